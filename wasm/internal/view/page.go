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

	AsOf  time.Time // the day of the commitments' status
	Party string    // the party whose commitments are shown; "" for all
	Area  string    // the area whose commitments are shown; "" for all
	Query string    // the name search

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
	RegionTop        = "top"
	RegionLineage    = "lineage"
	RegionTimeline   = "timeline"
	RegionStatus     = "status"
	RegionPeople     = "people"
	RegionMap        = "map"
	RegionDiff       = "diff"
	RegionSources    = "sources"
	RegionEditorHead = "editor-head"
	RegionIssues     = "issues"
)

// allRegions lists every region of the page, in the page's order.
var allRegions = [...]string{RegionTop, RegionLineage, RegionTimeline, RegionStatus, RegionPeople, RegionMap,
	RegionDiff, RegionSources, RegionEditorHead, RegionIssues}

// editedRegions are the regions a new text of the document changes: all but the header (the
// editor's head says whether the text is edited).
var editedRegions = [...]string{RegionLineage, RegionTimeline, RegionStatus, RegionPeople, RegionMap, RegionDiff,
	RegionSources, RegionEditorHead, RegionIssues}

// AllRegions lists every region of the page.
func AllRegions() []string { return slices.Clone(allRegions[:]) }

// Region builds the nodes of one region of the page.
func Region(in *Input, name string) []Node {
	switch name {
	case RegionTop:
		return Top(in)
	case RegionLineage:
		return LineagePanel(in)
	case RegionTimeline:
		return TimelinePanel(in)
	case RegionStatus:
		return StatusPanel(in)
	case RegionPeople:
		return PeoplePanel(in)
	case RegionMap:
		return MapPanel(in)
	case RegionDiff:
		return DiffPanel(in)
	case RegionSources:
		return SourcesPanel(in)
	case RegionEditorHead:
		return EditorHead(in)
	case RegionIssues:
		return IssuesPanel(in)
	}
	return nil
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

// Top is the page header: title, framework picker and language switch.
func Top(in *Input) []Node {
	l := in.Lang
	var options []Node
	for _, d := range in.Datasets {
		title, _ := l.Text(d.Title)
		label := d.Name
		if title != "" {
			label = title + " — " + d.Name
		}
		attrs := at("value", d.Name)
		if d.Name == in.Dataset {
			attrs = append(attrs, "selected", "")
		}
		options = append(options, h("option", attrs, T(label)))
	}
	var langs []Node
	for _, c := range languages {
		pressed := "false"
		if c.Code == l.Code {
			pressed = "true"
		}
		langs = append(langs, h("button", at("type", "button", "class", "lang", "lang", c.Code,
			"data-act", "lang", "data-val", c.Code, "aria-pressed", pressed), T(c.Name)))
	}
	return []Node{
		h("div", at("class", "brand"),
			el("h1", "", l.L("title")),
			el("p", "subtitle", l.L("subtitle"))),
		h("div", at("class", "controls"),
			h("label", at("class", "picker"), T(l.L("framework")+" "),
				h("select", at("id", "dataset", "data-act", "dataset", "value", in.Dataset), options...)),
			h("div", at("class", "langs", "role", "group", "aria-label", l.L("language")), langs...)),
	}
}

// EditorHead is the heading of the editor.
func EditorHead(in *Input) []Node {
	l := in.Lang
	out := []Node{
		h("h2", at("id", "editor-title"), T(l.L("editor"))),
		el("p", "help", l.L("editor.help")),
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

// IssuesPanel lists the issues of the editor's text: severity in colour and words, code,
// message in the page's language and path. Each is a button that puts the cursor at its place.
func IssuesPanel(in *Input) []Node {
	l := in.Lang
	out := []Node{el("h2", "", l.L("issues"))}
	if in.Stale {
		out = append(out, h("p", at("class", "stale", "role", "status"), T(l.L("issues.stale"))))
	}
	if len(in.Issues) == 0 {
		return append(out, h("p", at("class", "ok", "id", "issues-none"), T(l.L("issues.none"))))
	}
	var counts [3]int
	for _, is := range in.Issues {
		if int(is.Severity) < len(counts) {
			counts[is.Severity]++
		}
	}
	out = append(out, h("p", at("class", "count", "id", "issues-count"), T(fill(l.L("issues.count"),
		"e", strconv.Itoa(counts[0]), "w", strconv.Itoa(counts[1]), "i", strconv.Itoa(counts[2])))))
	var items []Node
	for i, is := range in.Issues[:min(len(in.Issues), maxIssuesListed)] {
		sev := is.Severity.String()
		where := pointer(is.Path)
		if is.Line > 0 {
			where += " (" + strconv.Itoa(is.Line) + ":" + strconv.Itoa(is.Column) + ")"
		}
		if where == "" {
			where = "/"
		}
		kids := []Node{h("button", at("type", "button", "class", "issue sev-"+sev, "data-act", "locate",
			"data-val", strconv.Itoa(i), "data-path", pointer(is.Path), "data-code", string(is.Code)),
			el("span", "sev", l.Enum("severity", sev)),
			h("code", at("class", "code", "dir", "ltr"), T(string(is.Code))),
			h("span", at("class", "msg", "dir", "auto"), l.messageNodes(is)...),
			h("code", at("class", "path", "dir", "ltr"), T(where)))}
		if is.Suggestion != "" {
			kids = append(kids, fixButton(l, i, is.Suggestion))
		}
		items = append(items, h("li", nil, kids...))
	}
	out = append(out, h("ol", at("class", "issues", "id", "issue-list"), items...))
	if more := len(in.Issues) - maxIssuesListed; more > 0 {
		out = append(out, h("p", at("class", "count", "id", "issues-more"),
			T(fill(l.L("issues.more"), "n", strconv.Itoa(more)))))
	}
	return out
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
	kids = append(kids, h("bdi", at("class", "value", "dir", "ltr"), T(suggestion)))
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
