package view

import (
	"bytes"
	"fmt"
	"hash/fnv"
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
	bundled map[string]*jscd.Framework // the bundled frameworks decoded so far
	// now lists the regions the page wants drawn at once; the others an action changes are
	// only named in Result.Dirty. Nil means all.
	now []string
	// diffFor is the framework the diff was last paired with, so an edit re-pairs it.
	diffFor *jscd.Framework
	// unchecked is a decoded document not validated yet: validation waits until the issues
	// are drawn or used, so that decoding and validating a new document can be two tasks.
	unchecked *jscd.Framework
	// sizes is the length of each region's JSON when last built: the next is about as long,
	// so its buffer is allocated once at that size instead of grown a dozen times.
	sizes map[string]int
	// keeper keeps the visitor's edited text of each bundled dataset for the next visit; nil
	// keeps nothing.
	keeper Keeper
	// extra are the documents the page offers before the bundled ones (NewState).
	extra []Document
	// keys caches keyOf, which hashes a whole document.
	keys map[string]string
}

// Document is a framework the page offers besides the bundled ones: a file given to the
// demo's server (go run ./wasm/serve -file my-framework.json).
type Document struct {
	// Name names it in the framework picker and in the page's address (?dataset=name): a
	// lowercase slug of letters, digits and single hyphens, as a bundled dataset's name.
	Name string
	// Text is the document's JSON text, valid or not: the page shows what the library makes
	// of it, issues included.
	Text []byte
}

// Keeper keeps the visitor's edited text of each offered document across visits: the page's
// local storage, a map in tests. A key names the document as it was offered, its name and a
// hash of its original text ("us-iraq@5d0c1a7e2b9f3c44"), so that an edit is not laid over
// another version of the document (a file given to the server and changed since).
type Keeper interface {
	// Load returns the text kept under the key, if any.
	Load(key string) (text string, ok bool)
	// Save keeps the text under the key; it fails when the storage is full or refused.
	Save(key, text string) error
	// Remove forgets the key's text.
	Remove(key string)
}

// keyOf returns the Keeper key of an offered document: its name and the FNV-1a hash of its
// original text, computed once.
func (s *State) keyOf(name string) string {
	if key, ok := s.keys[name]; ok {
		return key
	}
	h := fnv.New64a()
	h.Write(s.bytesOf(name))
	key := name + "@" + strconv.FormatUint(h.Sum64(), 16)
	if s.keys == nil {
		s.keys = map[string]string{}
	}
	s.keys[name] = key
	return key
}

// SetKeeper makes the state keep each edited text with k: an edit is saved, a text equal to
// the bundled one is forgotten, and a dataset shown again starts from its kept text.
func (s *State) SetKeeper(k Keeper) { s.keeper = k }

// Result is what the page must do after an action.
type Result struct {
	// Regions maps a region's name to its new content, as the JSON array the renderer reads.
	Regions map[string][]byte
	// Dirty names the regions the action changed but did not draw because the page did not
	// ask for them now (ApplyFor); the page asks for each later with the "region" action.
	Dirty []string
	// Text, when not nil, replaces the editor's text.
	Text *string
	// Select, when not nil, puts the editor's cursor on a range.
	Select *Span
	// Lang and Dir are the page's language and direction.
	Lang, Dir string
	// Address is the query of the address of the view now shown (Input.Address), for the
	// page's location; Push says that the action chose a new view (a language, a framework,
	// an entity), which the browser's history keeps, rather than adjusting this one.
	Address string
	Push    bool
	// Editor is "open" when the document's text is shown for editing, "closed" when not.
	Editor string
}

// NewState returns the page's state with the bundled frameworks listed but not decoded: each
// is decoded when it is first shown, in the editor or as the other side of the diff, so the
// first page costs one decode; the picker shows the titles datasets.Title gives. The extra
// documents come first in the picker, and the first of them is the page's default; each is
// decoded for its title (its name when it has none or does not decode). NewState fails if a
// bundled dataset has no title, or an extra document's name is not a slug or is taken.
func NewState(extra ...Document) (*State, error) {
	if err := CheckDocuments(extra); err != nil {
		return nil, err
	}
	s := &State{bundled: map[string]*jscd.Framework{}, extra: extra}
	for _, d := range extra {
		title := jscd.Text{"en": d.Name}
		if f := s.framework(d.Name); f != nil && len(f.Title) > 0 {
			title = f.Title
		}
		s.in.Datasets = append(s.in.Datasets, Dataset{Name: d.Name, Title: title})
	}
	for _, name := range datasets.Names() {
		title, ok := datasets.Title(name)
		if !ok {
			return nil, fmt.Errorf("jscd: bundled dataset %q has no title", name)
		}
		s.in.Datasets = append(s.in.Datasets, Dataset{Name: name, Title: title})
	}
	s.in.Lang = NewLang("en")
	return s, nil
}

// CheckDocuments reports why the documents cannot be offered beside the bundled datasets:
// a name that is not a lowercase slug, is a bundled dataset's, or is given twice.
func CheckDocuments(docs []Document) error {
	for i, d := range docs {
		if err := checkDocumentName(d.Name, docs[:i]); err != nil {
			return err
		}
	}
	return nil
}

// checkDocumentName reports why name cannot name an extra document beside the bundled
// datasets and the documents before it.
func checkDocumentName(name string, before []Document) error {
	if !jscd.ID(name).Valid() {
		return fmt.Errorf("jscd: a document's name must be a lowercase slug (letters a-z, digits, single hyphens): %q", name)
	}
	if slices.Contains(datasets.Names(), name) {
		return fmt.Errorf("jscd: %q is the name of a bundled dataset; give the document another", name)
	}
	if slices.ContainsFunc(before, func(d Document) bool { return d.Name == name }) {
		return fmt.Errorf("jscd: two documents are named %q", name)
	}
	return nil
}

// bytesOf returns the text of an offered document: an extra one, or a bundled dataset.
func (s *State) bytesOf(name string) []byte {
	for _, d := range s.extra {
		if d.Name == name {
			return d.Text
		}
	}
	b, _ := datasets.Bytes(name)
	return b
}

// names lists the documents the page offers, the extra ones first.
func (s *State) names() []string {
	out := make([]string, 0, len(s.in.Datasets))
	for _, d := range s.in.Datasets {
		out = append(out, d.Name)
	}
	return out
}

// framework returns the named offered framework, decoding it on first use; nil if it does not
// decode (the bundled data is tested: an extra document, or a name that is not offered).
func (s *State) framework(name string) *jscd.Framework {
	if f, ok := s.bundled[name]; ok {
		return f
	}
	defer s.in.Trace.Begin("decode bundled " + name)()
	f, err := jscd.Decode(bytes.NewReader(s.bytesOf(name)))
	if err != nil {
		return nil
	}
	s.bundled[name] = f
	return f
}

// Text returns the editor's text as the state knows it.
func (s *State) Text() string { return string(s.text) }

// Input returns what the page shows now.
func (s *State) Input() *Input { return &s.in }

// Apply performs one action of the visitor:
//
//	init        val is the page's query string (?lang=ar&dataset=us-iraq-2021&asof=2021-12-31&focus=jscd)
//	start       like init, but redraws no region: the page then asks for each one
//	address     val is a query string: shows its view (after the browser's back button),
//	            keeping the editor's text unless it names another dataset
//	focus       val is an entity's ID: opens its detail card; "" closes it
//	editor      val is "open" or "close": shows or hides the document's text
//	region      val is the name of a region to redraw
//	dataset     val is a bundled dataset's name
//	lang        val is a page language code
//	edit        val is the editor's whole text
//	asof        val is a day, YYYY-MM-DD
//	asof-day    val is the date slider's value
//	party, area val is a group key, or "" for all
//	query       val is the name search
//	locate      val is the index of an issue in the list
//	fix         val is the index of an issue in the list: its suggestion replaces the value
//	            at its path, and the editor gets the new text with the cursor on that value
//	locate-path val is a JSON Pointer into the document
//	restore     puts the bundled text back in the editor and forgets the kept edit
//
// An unknown action, or a value it cannot use, changes nothing.
func (s *State) Apply(act, val string) Result {
	return s.ApplyFor(act, val, nil)
}

// ApplyFor is Apply for a page that shows only some regions: it draws the regions the action
// changes that are in now (those on screen) and names the others in Result.Dirty, so that
// work for what the visitor cannot see waits for a later task. A nil now means every region.
func (s *State) ApplyFor(act, val string, now []string) Result {
	s.now = now
	defer func() { s.now = nil }()
	switch act {
	case "init":
		s.initialize(val)
		return s.result(true, allRegions[:]...)
	case "start":
		s.initialize(val)
		s.now = []string{}
		return s.result(true, allRegions[:]...)
	case "region":
		if slices.Contains(allRegions[:], val) {
			s.now = nil
			return s.result(false, val)
		}
	case "address":
		return s.showAddress(val)
	case "dataset":
		if s.isOffered(val) {
			s.loadDataset(val)
			r := s.result(true, allRegions[:]...)
			r.Push = true
			return r
		}
	case "lang":
		s.in.Lang = NewLang(val)
		r := s.result(false, allRegions[:]...)
		r.Push = true
		return r
	case "focus":
		if val == "" || jscd.ID(val).Valid() {
			s.in.Focus = val
			r := s.result(false, RegionDetail, RegionTop)
			r.Push = true
			return r
		}
	case "editor":
		s.in.EditorOpen = val == "open"
		return s.result(false, RegionEditorHead)
	case "edit":
		s.edit([]byte(val))
		s.keep()
		return s.result(false, editedRegions[:]...)
	case "restore":
		if s.keeper != nil {
			s.keeper.Remove(s.keyOf(s.in.Dataset))
		}
		s.loadDataset(s.in.Dataset)
		return s.result(true, allRegions[:]...)
	case "asof":
		if t, ok := parseDay(val); ok {
			s.in.AsOf = t
			return s.result(false, dayRegions[:]...)
		}
	case "asof-day":
		if n, err := strconv.Atoi(val); err == nil && s.in.Framework != nil {
			s.in.AsOf = DayOfSlider(s.in.derive().first, n)
			return s.result(false, dayRegions[:]...)
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
		s.check()
		if i, err := strconv.Atoi(val); err == nil && i >= 0 && i < len(s.in.Issues) {
			sp := LocateIssue(s.text, s.in.Issues[i])
			return s.selectText(sp)
		}
	case "fix":
		s.check()
		if i, err := strconv.Atoi(val); err == nil && i >= 0 && i < len(s.in.Issues) {
			if text, at, ok := FixIssue(s.text, s.in.Issues[i]); ok {
				s.edit(text)
				s.keep()
				s.in.EditorOpen = true
				r := s.result(true, editedRegions[:]...)
				r.Select = &at
				return r
			}
		}
	case "locate-path":
		if p, err := jscd.ParsePath(val); err == nil {
			start, end, _ := LocatePath(s.text, p)
			return s.selectText(spanOf(s.text, start, end))
		}
	}
	return Result{}
}

// AddressView returns the dataset and the page language an address's query asks for
// ("?dataset=us-iraq-2021&lang=ar", with or without the "?"), of the datasets names lists (the
// bundled ones when it lists none): the last dataset named that is listed, else the first
// listed; the last language named if the page has it, else the first. The page's first action
// and the site's server (which sends the first view for the address) both choose with it.
func AddressView(query string, names ...string) (dataset, lang string) {
	if len(names) == 0 {
		names = datasets.Names()
	}
	dataset, lang = names[0], languages[0].Code
	for _, kv := range strings.Split(strings.TrimPrefix(query, "?"), "&") {
		k, v, _ := strings.Cut(kv, "=")
		switch {
		case k == "dataset" && slices.Contains(names, v):
			dataset = v
		case k == "lang":
			lang = languages[0].Code
			for _, c := range languages {
				if c.Code == v {
					lang = v
				}
			}
		}
	}
	return dataset, lang
}

func (s *State) initialize(query string) {
	name, lang := AddressView(query, s.names()...)
	s.in.Lang = NewLang(lang)
	s.loadDataset(name)
	s.choose(readAddress(query))
}

// choose applies the choices of an address beyond the dataset and the language.
func (s *State) choose(c addressChoices) {
	s.in.Focus = c.focus
	if !c.asOf.IsZero() && s.in.Framework != nil {
		s.in.AsOf = c.asOf
	} else {
		s.in.AsOf = s.in.DefaultAsOf
	}
}

// showAddress shows the view an address names, as the browser's back and forward buttons
// ask: its dataset (the editor's text is kept when it is the one shown), its language, its
// day and its focus.
func (s *State) showAddress(query string) Result {
	name, lang := AddressView(query, s.names()...)
	withText := name != s.in.Dataset
	if withText {
		s.loadDataset(name)
	}
	s.in.Lang = NewLang(lang)
	s.choose(readAddress(query))
	return s.result(withText, allRegions[:]...)
}

// selectText opens the editor with the cursor on a range of its text.
func (s *State) selectText(sp Span) Result {
	s.in.EditorOpen = true
	r := s.result(false, RegionEditorHead)
	r.Select = &sp
	return r
}

func (s *State) isOffered(name string) bool {
	return slices.ContainsFunc(s.in.Datasets, func(d Dataset) bool { return d.Name == name })
}

// loadDataset puts a bundled framework in the editor, or the visitor's edit of it that the
// keeper kept, and resets the choices that depend on the document.
func (s *State) loadDataset(name string) {
	b := s.bytesOf(name)
	kept := false
	if s.keeper != nil {
		var text string
		if text, kept = s.keeper.Load(s.keyOf(name)); kept {
			b = []byte(text)
		}
	}
	s.in.Dataset = name
	s.in.Party, s.in.Area, s.in.Query, s.in.Focus = "", "", "", ""
	s.in.KeepFailed = false
	// The panels showed another document: a text of this one that does not decode is not
	// a later version of that one.
	s.in.Framework, s.in.Stale, s.in.AsOf, s.in.DefaultAsOf = nil, false, time.Time{}, time.Time{}
	if f := s.bundled[name]; f != nil && !kept {
		s.show(b, f) // decoded before: for its title, or as the other side of the diff
	} else {
		s.edit(b)
	}
	s.in.Edited = s.edited()
	if s.in.Framework != nil {
		s.in.AsOf = defaultAsOf(s.in.derive().timeline)
		s.in.DefaultAsOf = s.in.AsOf
	}
}

// edit takes a new text: when it decodes, it becomes the document the panels show and its
// validation issues are listed; when it does not, the panels keep the last document that did
// and the decode error is listed.
func (s *State) edit(text []byte) {
	s.text = text
	end := s.in.Trace.Begin("jscd.Decode")
	f, err := jscd.Decode(bytes.NewReader(text))
	end()
	if err != nil {
		s.unchecked = nil
		s.in.Issues = jscd.Issues(err)
		if len(s.in.Issues) == 0 {
			s.in.Issues = []*jscd.Issue{{Code: "decode", Format: err.Error()}}
		}
		s.in.Stale = s.in.Framework != nil
		return
	}
	s.show(text, f)
}

// show puts a text and the framework it decodes to in the editor and the panels; its issues
// are found when they are drawn (check).
func (s *State) show(text []byte, f *jscd.Framework) {
	s.text = text
	s.in.Framework, s.in.Stale = f, false
	s.in.Issues, s.unchecked = nil, f
}

// edited reports whether the editor's text differs from the bundled text of its dataset.
func (s *State) edited() bool {
	return !bytes.Equal(s.text, s.bytesOf(s.in.Dataset))
}

// keep hands the editor's text to the keeper after the visitor changed it: an edited text is
// saved, the bundled text itself is forgotten. Without a keeper an edited text is not kept,
// and the page says so.
func (s *State) keep() {
	s.in.Edited = s.edited()
	s.in.KeepFailed = s.in.Edited && s.keeper == nil
	if s.keeper == nil {
		return
	}
	if !s.in.Edited {
		s.keeper.Remove(s.keyOf(s.in.Dataset))
		return
	}
	s.in.KeepFailed = s.keeper.Save(s.keyOf(s.in.Dataset), string(s.text)) != nil
}

// check validates the document if it has not been yet.
func (s *State) check() {
	if s.unchecked == nil {
		return
	}
	defer s.in.Trace.Begin("jscd.Check")()
	issues := s.unchecked.Check()
	// A visitor looks for what breaks the document first: errors, then warnings, then notes,
	// each in the library's order (by path). The "locate" action indexes this order.
	s.in.Issues, s.unchecked = bySeverity(issues), nil
}

// bySeverity returns issues ordered by severity, most serious first, keeping the order of
// issues of the same severity: a stable sort by severity, done as one pass per severity
// because a stable sort would link about 8 KB of sorting code into the page for this alone.
func bySeverity(issues []*jscd.Issue) []*jscd.Issue {
	if len(issues) == 0 {
		return issues
	}
	lo, hi := issues[0].Severity, issues[0].Severity
	for _, is := range issues {
		lo, hi = min(lo, is.Severity), max(hi, is.Severity)
	}
	out := make([]*jscd.Issue, 0, len(issues))
	for sev := lo; sev <= hi; sev++ {
		for _, is := range issues {
			if is.Severity == sev {
				out = append(out, is)
			}
		}
	}
	return out
}

// pairDiff pairs the document with the other bundled version of its framework, decoding that
// version the first time. A dataset named "<name>-<year>" is the earlier version of "<name>":
// the diff runs from the earlier version to the later, with the editor's document on its own
// side. It runs only when the diff is drawn, so a page that never shows it never decodes the
// other version.
func (s *State) pairDiff() {
	if s.diffFor == s.in.Framework && s.in.Framework != nil {
		return
	}
	s.diffFor = s.in.Framework
	name := s.in.Dataset
	s.in.DiffOld, s.in.DiffNew, s.in.DiffOldName, s.in.DiffNewName = nil, nil, "", ""
	for _, d := range s.in.Datasets {
		other := d.Name
		switch {
		case isEarlierVersion(other, name):
			s.in.DiffOld, s.in.DiffOldName = s.framework(other), other
			s.in.DiffNew, s.in.DiffNewName = s.in.Framework, name
		case isEarlierVersion(name, other):
			s.in.DiffOld, s.in.DiffOldName = s.in.Framework, name
			s.in.DiffNew, s.in.DiffNewName = s.framework(other), other
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
	r := Result{Regions: map[string][]byte{}, Lang: s.in.Lang.Code, Dir: s.in.Lang.Dir(),
		Address: s.in.Address(), Editor: "closed"}
	if s.in.EditorOpen {
		r.Editor = "open"
	}
	for _, name := range regions {
		if s.now != nil && !slices.Contains(s.now, name) {
			r.Dirty = append(r.Dirty, name)
			continue
		}
		r.Regions[name] = s.region(name)
	}
	if withText {
		t := string(s.text)
		r.Text = &t
	}
	return r
}

// Rehearse does the work of an edit of the editor's text (decode, validate, build every
// region) on a copy of the state, and throws the result away: the state, and what the page
// shows, stay as they were. The page calls it in idle moments after it starts. A browser
// first runs a WebAssembly function with code compiled quickly, and compiles it again with
// its optimising compiler once the function is hot, on another thread; on the page's first
// edits that compilation ran beside the edits, which took twice as long as later ones
// (docs/performance.md). Rehearsing makes the edit's code hot before the visitor edits.
func (s *State) Rehearse() {
	if s.text == nil {
		return
	}
	c := *s // edit and result set fields of the copy only; the maps they share are caches
	c.in.Trace, c.now = nil, nil
	c.edit(c.text)
	c.result(false, allRegions[:]...)
}

// PanicMessage is the text of a recovered panic value, for showing on the page.
func PanicMessage(v any) string {
	switch v := v.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}

// region renders one region. A panic in one panel (a bug, or data the library did not
// expect) shows as a plain sentence in that panel instead of stopping the page; the Go error
// is kept in the element's data-error, for whoever debugs the page, not shown.
func (s *State) region(name string) (out []byte) {
	defer func() {
		if v := recover(); v != nil {
			out = AppendNodes(nil, []Node{h("p", at("class", "fatal", "role", "alert", "data-error", PanicMessage(v)),
				T(s.in.Lang.L("error.panel")))})
		}
	}()
	switch name {
	case RegionDiff:
		s.pairDiff()
	case RegionIssues:
		s.check()
	}
	size := s.sizes[name]
	out = appendRegion(make([]byte, 0, size+size/8+64), &s.in, name)
	if s.sizes == nil {
		s.sizes = map[string]int{}
	}
	s.sizes[name] = len(out)
	return out
}
