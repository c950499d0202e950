package view

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

// State is the page's state: the visitor's choices, the editor's text and what the library
// made of it. Apply changes it by one action and says what to redraw. It is used from one
// goroutine (the page's event loop).
type State struct {
	in      Input
	text    []byte
	bundled map[string]*jscd.Framework
	first   time.Time // the day the date slider starts on
}

// Result is what the page must do after an action.
type Result struct {
	// Regions maps a region's name to its new content, as the JSON array the renderer reads.
	Regions map[string][]byte
	// Text, when not nil, replaces the editor's text.
	Text *string
	// Select, when not nil, puts the editor's cursor on a range.
	Select *Span
	// Lang and Dir are the page's language and direction.
	Lang, Dir string
}

// NewState loads the bundled frameworks. It fails only if the bundled data does not decode.
func NewState() (*State, error) {
	s := &State{bundled: map[string]*jscd.Framework{}}
	for _, name := range datasets.Names() {
		f, err := datasets.Load(name)
		if err != nil {
			return nil, err
		}
		s.bundled[name] = f
		s.in.Datasets = append(s.in.Datasets, Dataset{Name: name, Title: f.Title})
	}
	s.in.Lang = NewLang("en")
	return s, nil
}

// Text returns the editor's text as the state knows it.
func (s *State) Text() string { return string(s.text) }

// Input returns what the page shows now.
func (s *State) Input() *Input { return &s.in }

// Apply performs one action of the visitor:
//
//	init        val is the page's query string (?lang=ar&dataset=us-iraq-2021)
//	start       like init, but redraws no region: the page then asks for each one
//	region      val is the name of a region to redraw
//	dataset     val is a bundled dataset's name
//	lang        val is a page language code
//	edit        val is the editor's whole text
//	asof        val is a day, YYYY-MM-DD
//	asof-day    val is the date slider's value
//	party, area val is a group key, or "" for all
//	query       val is the name search
//	locate      val is the index of an issue in the list
//	locate-path val is a JSON Pointer into the document
//
// An unknown action, or a value it cannot use, changes nothing.
func (s *State) Apply(act, val string) Result {
	switch act {
	case "init":
		s.initialize(val)
		return s.result(true, AllRegions()...)
	case "start":
		s.initialize(val)
		return s.result(true)
	case "region":
		if slices.Contains(AllRegions(), val) {
			return s.result(false, val)
		}
	case "dataset":
		if _, ok := s.bundled[val]; ok {
			s.loadDataset(val)
			return s.result(true, AllRegions()...)
		}
	case "lang":
		s.in.Lang = NewLang(val)
		return s.result(false, AllRegions()...)
	case "edit":
		s.edit([]byte(val))
		return s.result(false, RegionLineage, RegionTimeline, RegionStatus, RegionPeople, RegionDiff, RegionSources, RegionIssues)
	case "asof":
		if t, err := time.Parse(time.DateOnly, val); err == nil {
			s.in.AsOf = t
			return s.result(false, RegionStatus, RegionTimeline)
		}
	case "asof-day":
		if n, err := strconv.Atoi(val); err == nil {
			s.in.AsOf = DayOfSlider(s.first, n)
			return s.result(false, RegionStatus, RegionTimeline)
		}
	case "party":
		s.in.Party = val
		return s.result(false, RegionStatus)
	case "area":
		s.in.Area = val
		return s.result(false, RegionStatus)
	case "query":
		s.in.Query = val
		return s.result(false, RegionPeople)
	case "locate":
		if i, err := strconv.Atoi(val); err == nil && i >= 0 && i < len(s.in.Issues) {
			sp := LocateIssue(s.text, s.in.Issues[i])
			return Result{Select: &sp}
		}
	case "locate-path":
		if p, err := jscd.ParsePath(val); err == nil {
			start, end, _ := LocatePath(s.text, p)
			sp := spanOf(s.text, start, end)
			return Result{Select: &sp}
		}
	}
	return Result{}
}

func (s *State) initialize(query string) {
	name, lang := datasets.Names()[0], "en"
	for _, kv := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "dataset":
			if _, ok := s.bundled[v]; ok {
				name = v
			}
		case "lang":
			lang = v
		}
	}
	s.in.Lang = NewLang(lang)
	s.loadDataset(name)
}

// loadDataset puts a bundled framework in the editor and resets the choices that depend on
// the document.
func (s *State) loadDataset(name string) {
	b, _ := datasets.Bytes(name) // name is one of Names
	s.in.Dataset = name
	s.in.Party, s.in.Area, s.in.Query = "", "", ""
	s.edit(b)
	s.in.AsOf = DefaultAsOf(s.in.Framework)
}

// edit takes a new text: when it decodes, it becomes the document the panels show and its
// validation issues are listed; when it does not, the panels keep the last document that did
// and the decode error is listed.
func (s *State) edit(text []byte) {
	s.text = text
	f, err := jscd.Decode(bytes.NewReader(text))
	if err != nil {
		s.in.Issues = jscd.Issues(err)
		if len(s.in.Issues) == 0 {
			s.in.Issues = []*jscd.Issue{{Code: "decode", Format: err.Error()}}
		}
		s.in.Stale = s.in.Framework != nil
		return
	}
	s.in.Framework, s.in.Stale = f, false
	s.in.Issues = f.Check()
	d := s.in.derive()
	s.first = d.first
	s.setDiff()
}

// setDiff pairs the document with the other bundled version of its framework. A dataset
// named "<name>-<year>" is the earlier version of "<name>": the diff runs from the earlier
// version to the later, with the editor's document on its own side.
func (s *State) setDiff() {
	name := s.in.Dataset
	s.in.DiffOld, s.in.DiffNew, s.in.DiffOldName, s.in.DiffNewName = nil, nil, "", ""
	for other, f := range s.bundled {
		switch {
		case isEarlierVersion(other, name):
			s.in.DiffOld, s.in.DiffOldName = f, other
			s.in.DiffNew, s.in.DiffNewName = s.in.Framework, name
		case isEarlierVersion(name, other):
			s.in.DiffOld, s.in.DiffOldName = s.in.Framework, name
			s.in.DiffNew, s.in.DiffNewName = f, other
		default:
			continue
		}
		return
	}
}

// isEarlierVersion reports whether dataset a is named "<b>-<digits>".
func isEarlierVersion(a, b string) bool {
	rest, ok := strings.CutPrefix(a, b+"-")
	if !ok || rest == "" {
		return false
	}
	_, err := strconv.Atoi(rest)
	return err == nil
}

// result renders the named regions; withText also sends the editor's text.
func (s *State) result(withText bool, regions ...string) Result {
	r := Result{Regions: map[string][]byte{}, Lang: s.in.Lang.Code, Dir: s.in.Lang.Dir()}
	for _, name := range regions {
		r.Regions[name] = s.region(name)
	}
	if withText {
		t := string(s.text)
		r.Text = &t
	}
	return r
}

// region renders one region. A panic in one panel (a bug, or data the library did not
// expect) shows as a message in that panel instead of stopping the page.
func (s *State) region(name string) (out []byte) {
	defer func() {
		if v := recover(); v != nil {
			msg := "?"
			if err, ok := v.(error); ok {
				msg = err.Error()
			} else if str, ok := v.(string); ok {
				msg = str
			}
			out = AppendNodes(nil, []Node{h("p", at("class", "fatal", "role", "alert"),
				T(s.in.Lang.L("error.internal")+" "+msg))})
		}
	}()
	return RegionJSON(&s.in, name)
}
