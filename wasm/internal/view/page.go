package view

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

// Dataset is a bundled framework the visitor can pick.
type Dataset struct {
	Name  string
	Title jscd.Text
}

// Input is everything the page shows: the visitor's choices and what the library made of the
// document.
type Input struct {
	Lang     *Lang
	Datasets []Dataset
	Dataset  string // the name of the bundled framework the text started from

	// Framework is the document the panels show: the editor's text if it decodes, otherwise
	// the last text that did (Stale is then true).
	Framework *jscd.Framework
	Stale     bool
	// Edited is true when the editor's text is not the bundled one; KeepFailed when the
	// page could not keep it for the next visit (State.SetKeeper).
	Edited, KeepFailed bool
	// Issues are the decode errors or the validation issues of the editor's text. The
	// validation issues are there once the issues region has been drawn (State validates a
	// new document in the task that draws them, not in the one that decodes it).
	Issues []*jscd.Issue

	AsOf time.Time // the day of the commitments' status
	// DefaultAsOf is the document's own day (DefaultAsOf), which the address leaves out.
	DefaultAsOf time.Time
	// Focus is the ID of the entity whose detail card is open, "" for none (?focus=ID).
	Focus string
	// EditorOpen is true while the document's text is shown for editing; the page opens on
	// the framework, with the editor a click away.
	EditorOpen bool
	Party      string // the party whose commitments are shown; "" for all
	Area       string // the area whose commitments are shown; "" for all
	Query      string // the name search

	// Diff compares two versions of the framework, named by their dataset names.
	DiffOld, DiffNew         *jscd.Framework
	DiffOldName, DiffNewName string

	// Trace, when not nil, times the steps of building the page.
	Trace *Trace

	derived *derived
	// indexes are the entity indexes of the last two frameworks asked for (indexOf): the
	// document and the other version of the diff, which stays the same from edit to edit.
	indexes [2]indexed
}

// indexed is the entity index of one decoded framework.
type indexed struct {
	f  *jscd.Framework
	ix entities
}

// indexOf returns the entities of f, indexed once per decoded framework: a framework is not
// changed once decoded, and an edit decodes a new one, so the pointer is the key. It keeps
// the last two, so that the diff, which names entities of both versions on every edit,
// indexes only the new document.
func (in *Input) indexOf(f *jscd.Framework) entities {
	if in.indexes[0].f == f && in.indexes[0].ix != nil {
		return in.indexes[0].ix
	}
	if in.indexes[1].f == f && in.indexes[1].ix != nil {
		in.indexes[0], in.indexes[1] = in.indexes[1], in.indexes[0]
		return in.indexes[0].ix
	}
	in.indexes[1], in.indexes[0] = in.indexes[0], indexed{f, indexEntities(f)}
	return in.indexes[0].ix
}

// derived holds what several panels compute from the same framework, computed once.
type derived struct {
	f           *jscd.Framework
	timeline    []jscd.TimelineEntry
	ix          entities
	first, last time.Time
	dated       bool
	// refs are the references between entities (references), built when a card first needs
	// them; report is the status report of reportDay (Input.status).
	refs      []ref
	report    *jscd.StatusReport
	reportDay time.Time
}

// derive returns the data derived from in.Framework, computing it when the framework changed.
func (in *Input) derive() *derived {
	if in.derived == nil || in.derived.f != in.Framework {
		end := in.Trace.Begin("jscd.Timeline")
		d := &derived{f: in.Framework, timeline: in.Framework.Timeline()}
		end()
		d.ix = in.indexOf(in.Framework)
		d.first, d.last, d.dated = dateRange(d.timeline)
		in.derived = d
	}
	return in.derived
}

// Region names, matching the element IDs of index.html.
const (
	RegionTop         = "top"
	RegionSummary     = "summary"
	RegionLineage     = "lineage"
	RegionInstruments = "instruments"
	RegionTimeline    = "timeline"
	RegionStatus      = "status"
	RegionPeople      = "people"
	RegionAssessments = "assessments"
	RegionMap         = "map"
	RegionPlaces      = "places"
	RegionDiff        = "diff"
	RegionSources     = "sources"
	RegionEditorHead  = "editor-head"
	RegionIssues      = "issues"
	RegionDetail      = "detail"
)

// allRegions lists every region of the page, in the page's order.
var allRegions = [...]string{RegionTop, RegionSummary, RegionLineage, RegionInstruments, RegionTimeline,
	RegionStatus, RegionPeople, RegionAssessments, RegionMap, RegionPlaces, RegionDiff, RegionSources, RegionEditorHead,
	RegionIssues, RegionDetail}

// editedRegions are the regions a new text of the document changes: all of them, since the
// header names the framework and counts what it holds.
var editedRegions = allRegions

// dayRegions are the regions that show something as of the chosen day, and the header, whose
// language links carry the day.
var dayRegions = [...]string{RegionTop, RegionSummary, RegionInstruments, RegionTimeline, RegionStatus, RegionDetail}

// readable are the panels that show the document: when no text of it ever decoded, each says
// so in a sentence instead (unreadablePanel).
var readable = map[string][2]string{
	RegionLineage: {"lineage", "lineage.help"}, RegionInstruments: {"instruments", "instruments.help"},
	RegionTimeline: {"timeline", "timeline.help"}, RegionStatus: {"commitments", "commitments.help"},
	RegionPeople: {"stakeholders", "stakeholders.help"}, RegionAssessments: {"assessments", "assessments.help"},
	RegionDiff: {"diff", "diff.help"}, RegionSources: {"sources", "sources.help"},
}

// AllRegions lists every region of the page.
func AllRegions() []string { return slices.Clone(allRegions[:]) }

// Region builds the nodes of one region of the page.
func Region(in *Input, name string) []Node {
	if keys, ok := readable[name]; ok && in.Framework == nil {
		return unreadablePanel(in, keys[0], keys[1])
	}
	switch name {
	case RegionTop:
		return Top(in)
	case RegionSummary:
		return SummaryPanel(in)
	case RegionLineage:
		return retarget(LineagePanel(in))
	case RegionInstruments:
		return InstrumentsPanel(in)
	case RegionTimeline:
		return retarget(inWords(in.Lang, TimelinePanel(in)))
	case RegionStatus:
		return StatusPanel(in)
	case RegionPeople:
		return PeoplePanel(in)
	case RegionAssessments:
		return AssessmentsPanel(in)
	case RegionMap:
		return retarget(inWords(in.Lang, MapPanel(in)))
	case RegionPlaces:
		return PlacesPanel(in)
	case RegionDiff:
		return inWords(in.Lang, DiffPanel(in))
	case RegionSources:
		return SourcesPanel(in)
	case RegionEditorHead:
		return EditorHead(in)
	case RegionIssues:
		return IssuesPanel(in)
	case RegionDetail:
		return DetailCard(in)
	}
	return nil
}

// unreadablePanel is a panel of a document no text of which ever decoded: its heading, its
// help and a sentence that says there is nothing to show (the summary says why).
func unreadablePanel(in *Input, title, help string) []Node {
	l := in.Lang
	return append(panelHead(l.L(title), l.L(help)), el("p", "empty unreadable", l.L("problem.panel")))
}

// RegionJSON builds one region as the JSON array the renderer reads.
func RegionJSON(in *Input, name string) []byte {
	return appendRegion(nil, in, name)
}

// appendRegion appends one region as the JSON array the renderer reads.
func appendRegion(b []byte, in *Input, name string) []byte {
	defer in.Trace.Begin("region " + name)()
	return AppendNodes(b, Region(in, name))
}

// AppendNodes appends nodes as a JSON array.
func AppendNodes(b []byte, nodes []Node) []byte {
	b = append(b, '[')
	for i, n := range nodes {
		if i > 0 {
			b = append(b, ',')
		}
		b = n.AppendJSON(b)
	}
	return append(b, ']')
}

// EditorHead is the heading of the editor.
func EditorHead(in *Input) []Node {
	l := in.Lang
	toggle, label := "open", "editor.open"
	if in.EditorOpen {
		toggle, label = "close", "editor.close"
	}
	out := []Node{
		h("h2", at("id", "editor-title"), T(l.L("editor"))),
		el("p", "help", l.L("editor.help")),
		h("button", at("type", "button", "class", "toggle-editor", "id", "toggle-editor", "data-act", "editor",
			"data-val", toggle, "aria-controls", "source", "aria-expanded", strconv.FormatBool(in.EditorOpen)), T(l.L(label))),
	}
	if !in.Edited {
		return out
	}
	note := "editor.kept"
	if in.KeepFailed {
		note = "editor.not-kept"
	}
	return append(out, h("p", at("class", "kept", "id", "kept", "role", "status"),
		T(l.L(note)+" "),
		h("button", at("type", "button", "class", "restore", "data-act", "restore"), T(l.L("editor.restore")))))
}

// fixButton offers the library's suggested value for issue i ("Use france"), which the
// "fix" action puts in the text. The label's template places the value ({v}) where the
// language puts the object of "use".
func fixButton(l *Lang, i int, suggestion string) Node {
	before, after, _ := strings.Cut(l.L("issues.fix"), "{v}")
	var kids []Node
	if before != "" {
		kids = append(kids, T(before))
	}
	kids = append(kids, verbatim("bdi", "value", suggestion))
	if after != "" {
		kids = append(kids, T(after))
	}
	return h("button", at("type", "button", "class", "fix", "data-act", "fix", "data-val", strconv.Itoa(i)), kids...)
}

// maxIssuesListed bounds the issue list: a pasted document with thousands of issues would
// otherwise cost seconds of drawing on every keystroke, and nobody reads past the first ones.
// The counts above the list still cover every issue.
const maxIssuesListed = 200

// num formats a coordinate for SVG.
func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// panelHead is a panel's heading, with an optional help line.
func panelHead(title, help string) []Node {
	out := []Node{el("h2", "", title)}
	if help != "" {
		out = append(out, el("p", "help", help))
	}
	return out
}
