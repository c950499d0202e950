package jscd

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// TimelineKind says what a TimelineEntry marks.
type TimelineKind string

// The kinds of timeline entry, in the order entries of the same date are listed.
const (
	TimelineKindInstrument     TimelineKind = "instrument"      // an instrument's span (its date)
	TimelineKindSigned         TimelineKind = "signed"          // an instrument's signing
	TimelineKindLifecycle      TimelineKind = "lifecycle"       // a step of an instrument's lifecycle
	TimelineKindSiteAdded      TimelineKind = "site-added"      // a place coming under an instrument
	TimelineKindSiteRemoved    TimelineKind = "site-removed"    // a place ceasing to be under it
	TimelineKindEvent          TimelineKind = "event"           // an event
	TimelineKindCommitmentMade TimelineKind = "commitment-made" // a commitment made
	TimelineKindStatusChange   TimelineKind = "status-change"   // a step of a commitment's status history
	TimelineKindCommitmentDue  TimelineKind = "commitment-due"  // a commitment's due date
	TimelineKindPosition       TimelineKind = "position"        // a position held by a person, or a day it was held on
)

var timelineKinds = [...]TimelineKind{
	TimelineKindInstrument, TimelineKindSigned, TimelineKindLifecycle, TimelineKindSiteAdded,
	TimelineKindSiteRemoved, TimelineKindEvent, TimelineKindCommitmentMade,
	TimelineKindStatusChange, TimelineKindCommitmentDue, TimelineKindPosition,
}

// TimelineKinds returns every TimelineKind, in the order entries of the same date are listed.
func TimelineKinds() []TimelineKind { return slices.Clone(timelineKinds[:]) }

// TimelineEntry is one dated thing on a Timeline.
type TimelineEntry struct {
	// Date is the date as the document gives it, so a renderer can show its precision,
	// uncertainty, approximation and span (Precision, Uncertain, Approximate, IsInterval).
	Date Date `json:"date"`
	// Kind is what the entry marks.
	Kind TimelineKind `json:"kind"`
	// Subject is the entity the entry is about: the instrument (for its span, signing,
	// lifecycle and sites), event, commitment, or the person holding a position.
	Subject ID `json:"subject"`
	// Path is the JSON Pointer of the date field in the document ("/events/3/date"). A
	// commitment made at an event is dated by the event, so its Path is the event's date.
	Path Path `json:"path"`
	// Label names the entry in every language the data has: the instrument's or event's name,
	// the commitment's text, "instrument, place" for a site, or "person, title" for a
	// position.
	Label Text `json:"label"`
	// Status is the status entered, for a TimelineKindStatusChange; empty otherwise.
	Status CommitmentStatus `json:"status,omitempty"`
	// Stage is the stage entered, for a TimelineKindLifecycle; empty otherwise.
	Stage LifecycleStage `json:"stage,omitempty"`
	// Place is the site, for a TimelineKindSiteAdded or TimelineKindSiteRemoved; empty
	// otherwise.
	Place ID `json:"place,omitempty"`
}

// Timeline returns every dated thing in f in time order: instruments' spans, signings,
// lifecycle steps and sites added and removed, events, commitments made and due, status
// changes, and positions held (as a span, or as the days they are known to have been held
// on).
//
// Entries are ordered by Date.Compare (span-aware: earliest first, then latest), then by kind
// in the order of TimelineKinds, then by document order. Things with no date, or with a date
// that does not parse, are left out (validation reports the latter). A nil framework gives nil.
func (f *Framework) Timeline() []TimelineEntry {
	if f == nil {
		return nil
	}
	var out []TimelineEntry
	add := func(e TimelineEntry) {
		if e.Date.valid() {
			out = append(out, e)
		}
	}
	labels := &labelJoiner{}
	f.positionEntries(add, labels)
	f.instrumentEntries(add, labels)
	f.eventEntries(add)
	f.commitmentEntries(add)
	return sortTimeline(out)
}

// sortTimeline orders entries by date, then kind, then the order they were added in (document
// order). It sorts indices rather than the entries, which are large to move.
func sortTimeline(entries []TimelineEntry) []TimelineEntry {
	if len(entries) == 0 {
		return nil
	}
	rank := make([]int, len(entries))
	order := make([]int, len(entries))
	for i, e := range entries {
		rank[i] = slices.Index(timelineKinds[:], e.Kind)
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := entries[a].Date.Compare(entries[b].Date); c != 0 {
			return c
		}
		return rank[a] - rank[b]
	})
	sorted := make([]TimelineEntry, len(entries))
	for i, j := range order {
		sorted[i] = entries[j]
	}
	return sorted
}

func (f *Framework) positionEntries(add func(TimelineEntry), labels *labelJoiner) {
	for i, s := range f.Stakeholders {
		for j, p := range s.Positions {
			date, field := positionSpan(p)
			add(TimelineEntry{
				Date: date, Kind: TimelineKindPosition, Subject: s.ID,
				Path:  Path{"stakeholders", strconv.Itoa(i), "positions", strconv.Itoa(j), field},
				Label: labels.join(s.Name, p.Title),
			})
			for k, day := range p.HeldOn {
				add(TimelineEntry{
					Date: day, Kind: TimelineKindPosition, Subject: s.ID,
					Path:  Path{"stakeholders", strconv.Itoa(i), "positions", strconv.Itoa(j), "heldOn", strconv.Itoa(k)},
					Label: labels.join(s.Name, p.Title),
				})
			}
		}
	}
}

// positionSpan returns the span a position was held as one interval, so the timeline can order
// and draw it as a span, and the field it starts at: "from/to" when both ends are single dates,
// "from/.." (open end) while the position is held, "/to" (unknown start) when only the end is
// known. When the ends cannot be joined (one is itself an interval), the start alone.
func positionSpan(p Position) (Date, string) {
	switch {
	case p.From.IsZero() && p.To.IsZero():
		return Date{}, "from"
	case p.To.IsZero():
		if d, err := ParseDate(p.From.String() + "/.."); err == nil && !p.From.IsInterval() {
			return d, "from"
		}
		return p.From, "from"
	case p.From.IsZero():
		if d, err := ParseDate("/" + p.To.String()); err == nil && !p.To.IsInterval() {
			return d, "to"
		}
		return p.To, "to"
	}
	if d, err := ParseDate(p.From.String() + "/" + p.To.String()); err == nil {
		return d, "from"
	}
	return p.From, "from"
}

func (f *Framework) instrumentEntries(add func(TimelineEntry), labels *labelJoiner) {
	placeNames := make(map[ID]Text, len(f.Places))
	for _, pl := range f.Places {
		if _, dup := placeNames[pl.ID]; !dup {
			placeNames[pl.ID] = pl.Name
		}
	}
	for i, in := range f.Instruments {
		path := Path{"instruments", strconv.Itoa(i)}
		add(TimelineEntry{Date: in.Date, Kind: TimelineKindInstrument, Subject: in.ID,
			Path: path.Key("date"), Label: in.Name})
		add(TimelineEntry{Date: in.Signed, Kind: TimelineKindSigned, Subject: in.ID,
			Path: path.Key("signed"), Label: in.Name})
		for j, st := range in.Lifecycle {
			add(TimelineEntry{Date: st.Date, Kind: TimelineKindLifecycle, Subject: in.ID,
				Path: path.Key("lifecycle").Index(j).Key("date"), Label: in.Name, Stage: st.Stage})
		}
		for j, site := range in.Sites {
			label := in.Name
			if name, ok := placeNames[site.Place]; ok {
				label = labels.join(in.Name, name)
			}
			sp := path.Key("sites").Index(j)
			add(TimelineEntry{Date: site.Added, Kind: TimelineKindSiteAdded, Subject: in.ID,
				Path: sp.Key("added"), Label: label, Place: site.Place})
			add(TimelineEntry{Date: site.Removed, Kind: TimelineKindSiteRemoved, Subject: in.ID,
				Path: sp.Key("removed"), Label: label, Place: site.Place})
		}
	}
}

func (f *Framework) eventEntries(add func(TimelineEntry)) {
	for i, ev := range f.Events {
		add(TimelineEntry{Date: ev.Date, Kind: TimelineKindEvent, Subject: ev.ID,
			Path: Path{"events", strconv.Itoa(i), "date"}, Label: ev.Name})
	}
}

func (f *Framework) commitmentEntries(add func(TimelineEntry)) {
	events := f.eventIndex()
	for i, c := range f.Commitments {
		path := Path{"commitments", strconv.Itoa(i)}
		made, event := f.madeDate(i, events)
		madePath := path.Key("made")
		if event >= 0 {
			madePath = Path{"events", strconv.Itoa(event), "date"}
		}
		add(TimelineEntry{Date: made, Kind: TimelineKindCommitmentMade, Subject: c.ID,
			Path: madePath, Label: c.Text})
		for j, st := range c.Status {
			add(TimelineEntry{Date: st.Date, Kind: TimelineKindStatusChange, Subject: c.ID,
				Path: path.Key("status").Index(j).Key("date"), Label: c.Text, Status: st.Status})
		}
		add(TimelineEntry{Date: c.Due, Kind: TimelineKindCommitmentDue, Subject: c.ID,
			Path: path.Key("due"), Label: c.Text})
	}
}

// madeDate returns when commitment i was made: its own Made date, or else the date of the event
// it was made at, found with event, together with that event's index (-1 when the date is the
// commitment's own). The zero Date when neither is known. Validation, StatusAsOf and Timeline
// all date commitments through it.
func (f *Framework) madeDate(i int, event eventLookup) (Date, int) {
	c := &f.Commitments[i]
	if !c.Made.zero() || c.MadeAt == "" {
		return c.Made, -1
	}
	if j, ok := event(c.MadeAt); ok {
		return f.Events[j].Date, j
	}
	return Date{}, -1
}

// eventLookup returns the index of the event an ID names, if it names one.
type eventLookup func(ID) (int, bool)

// eventIndex returns a lookup of each event ID to the index of the first event with it.
func (f *Framework) eventIndex() eventLookup {
	m := make(map[ID]int, len(f.Events))
	for j, ev := range f.Events {
		if _, dup := m[ev.ID]; !dup {
			m[ev.ID] = j
		}
	}
	return func(id ID) (int, bool) {
		j, ok := m[id]
		return j, ok
	}
}

// labelJoiner joins texts into the labels of one timeline. A label is in every language of
// its parts, and a part missing a language gives its best match for it (see Text.In), which
// costs a language.Matcher. Which key is the best match depends only on the part's keys and
// the language, so the joiner remembers it for each set of keys met (a document uses a few
// sets: "en"+"ar", "en"+"ar"+"ckb"), as it remembers the comma of each language.
type labelJoiner struct {
	picks  map[string]labelPick // key set and language (see pickKey) -> the key picked
	commas map[string]string    // language key -> its comma
}

// join joins parts as "a, b" in every language any of them has.
func (lj *labelJoiner) join(parts ...Text) Text {
	out := Text{}
	for _, p := range parts {
		for k := range p {
			out[k] = ""
		}
	}
	if len(out) == 0 {
		return nil
	}
	joined := make([]string, 0, len(parts))
	for k := range out {
		joined = joined[:0]
		for _, p := range parts {
			if key, ok := lj.pickKey(p, k); ok && p[key] != "" {
				joined = append(joined, p[key])
			}
		}
		out[k] = strings.Join(joined, lj.comma(k))
	}
	return out
}

// pickKey returns the key of t whose text Text.In gives for the language key k: k itself when
// t has it; otherwise the best match, remembered by the keys of t. It reports false when
// Text.In gives nothing (no key of t is a language tag).
func (lj *labelJoiner) pickKey(t Text, k string) (string, bool) {
	if _, ok := t[k]; ok {
		return k, true
	}
	keys := make([]string, 0, len(t))
	for key := range t {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	memo := strings.Join(keys, "\x00") + "\x01" + k
	if pick, ok := lj.picks[memo]; ok {
		return pick.key, pick.ok
	}
	// Text.In's choice depends on the keys alone: asked of a text that holds each key as its
	// own value, it answers with the key.
	probe := make(Text, len(keys))
	for _, key := range keys {
		probe[key] = key
	}
	tag, err := language.Parse(k)
	if err != nil {
		tag = language.English // Text.String's choice, which Timeline gives for a key that is no tag
	}
	key, _, ok := probe.Lookup(tag)
	if lj.picks == nil {
		lj.picks = map[string]labelPick{}
	}
	lj.picks[memo] = labelPick{key, ok}
	return key, ok
}

// labelPick is a remembered answer of pickKey.
type labelPick struct {
	key string
	ok  bool
}

// comma returns the comma of language key: the Arabic comma "، " for languages written in
// Arabic script (Arabic, Kurdish Sorani, Persian), a Latin comma otherwise.
func (lj *labelJoiner) comma(key string) string {
	if sep, ok := lj.commas[key]; ok {
		return sep
	}
	sep := ", "
	if tag, err := language.Parse(key); err == nil {
		if script, _ := tag.Script(); script.String() == "Arab" {
			sep = "، "
		}
	}
	if lj.commas == nil {
		lj.commas = map[string]string{}
	}
	lj.commas[key] = sep
	return sep
}
