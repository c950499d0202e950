package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

const exportHelp = `Export writes a document, or what the library finds in it, in a format other tools read, to standard output:

  csv   the commitments, one row each (RFC 4180), with their status and their state against their due date on the day of -as-of (default today): for spreadsheets
  ics   the dated events as an iCalendar calendar (RFC 5545): a day, or several, as all-day events from the dates as written; an uncertain or approximate date, or one known only to the month or year, is written in the event's summary
  dot   the lineage (what rests on what) as a Graphviz graph: instruments and events as nodes shaped by kind, relations as edges styled by type, bases at the top
  json  the status report of -as-of as JSON: every commitment's state, the counts, and the commitments by party and by area

Names and texts are in the language of -lang when the document has it. The column names of the CSV and the values of the format (kinds, statuses, states) stay as the format writes them.`

const exportExits = `  0  the export was written
  2  a usage error, or a document that cannot be read or does not decode`

var exportCommand = &command{
	name:     "export",
	args:     "-to csv|ics|dot|json [flags] FILE",
	synopsis: "write commitments, events, lineage or status for other tools",
	help:     exportHelp,
	exits:    exportExits,
	setup:    setupExport,
}

func setupExport(c *ctx) func([]string) int {
	to := c.fs.String("to", "", c.p.Sprintf("format to write: csv, ics, dot or json"))
	c.meta["to"] = "csv|ics|dot|json"
	asOf := c.asOfFlag("the day of the status, for csv and json (default today)")
	return func(args []string) int {
		if *to == "" {
			return c.usageError(c.p.Sprintf("-to is required: csv, ics, dot or json"))
		}
		if !c.oneOf("to", *to, "csv", "ics", "dot", "json") || !c.wantArgs(args, 1, 1) {
			return exitTrouble
		}
		day := c.today()
		if *asOf != "" {
			var ok bool
			if day, ok = c.parseDay(*asOf); !ok {
				return exitTrouble
			}
		}
		f, _, ok := c.decodeOne(args[0])
		if !ok {
			return exitTrouble
		}
		var err error
		switch *to {
		case "csv":
			err = c.exportCSV(c.stdout, f, day)
		case "ics":
			err = c.exportICS(c.stdout, f)
		case "dot":
			err = c.exportDOT(c.stdout, f)
		case "json":
			err = writeJSON(c.stdout, f.StatusAsOf(day))
		}
		if err != nil {
			c.fail(err.Error())
			return exitTrouble
		}
		return exitOK
	}
}

// csvHeader names the columns of export -to csv.
var csvHeader = []string{
	"id", "by", "to", "strength", "areas", "made_at", "made", "due", "status", "since",
	"possibly", "due_state", "as_of", "text",
}

func (c *ctx) exportCSV(w io.Writer, f *jscd.Framework, day time.Time) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // RFC 4180
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	report := f.StatusAsOf(day)
	for _, s := range report.Commitments {
		cm := s.Commitment
		if cm == nil {
			continue
		}
		areas := make([]string, len(cm.Areas))
		for i, a := range cm.Areas {
			areas[i] = string(a)
		}
		row := []string{
			string(cm.ID), joinIDs(cm.By), joinIDs(cm.To), string(cm.Strength),
			strings.Join(areas, ";"), string(cm.MadeAt), cm.Made.String(), cm.Due.String(),
			string(s.Status), s.Since.String(), string(s.Possibly), string(s.Due),
			report.AsOf.Format(time.DateOnly), c.text(cm.Text),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func joinIDs(ids []jscd.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ";")
}

func (c *ctx) exportDOT(w io.Writer, f *jscd.Framework) error {
	l := f.Lineage()
	instruments := map[jscd.ID]*jscd.Instrument{}
	for i := range f.Instruments {
		if _, dup := instruments[f.Instruments[i].ID]; !dup {
			instruments[f.Instruments[i].ID] = &f.Instruments[i]
		}
	}
	events := map[jscd.ID]*jscd.Event{}
	for i := range f.Events {
		if _, dup := events[f.Events[i].ID]; !dup {
			events[f.Events[i].ID] = &f.Events[i]
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", dotQuote(string(f.ID)))
	fmt.Fprintf(&b, "  graph [rankdir=BT, labelloc=t, label=%s];\n", dotQuote(c.text(f.Title)))
	b.WriteString("  node [fontname=\"Helvetica\", fontsize=11];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=9];\n")
	for _, id := range l.Nodes() {
		if in, ok := instruments[id]; ok {
			shape := instrumentShapes[in.Kind]
			if shape == "" {
				shape = "box"
			}
			fmt.Fprintf(&b, "  %s [label=%s, shape=%s, style=filled, fillcolor=\"#dde8f5\", tooltip=%s];\n",
				dotQuote(string(id)), dotQuote(nodeLabel(c.text(in.Name), in.Date)), shape,
				dotQuote(string(id)+" ("+string(in.Kind)+")"))
			continue
		}
		if ev, ok := events[id]; ok {
			fmt.Fprintf(&b, "  %s [label=%s, shape=ellipse, style=filled, fillcolor=\"#f5ecd9\", tooltip=%s];\n",
				dotQuote(string(id)), dotQuote(nodeLabel(c.text(ev.Name), ev.Date)),
				dotQuote(string(id)+" ("+string(ev.Kind)+")"))
		}
	}
	broken := map[jscd.Edge]bool{}
	for _, e := range l.BrokenEdges() {
		broken[e] = true
	}
	for _, e := range l.Edges() {
		attrs := []string{}
		if _, isEvent := events[e.From]; isEvent && !e.Type.Valid() {
			// An event's link to its instrument.
			attrs = append(attrs, "style=dotted", "arrowhead=none")
		} else {
			attrs = append(attrs, "label="+dotQuote(c.label(string(e.Type))))
			if style := relationStyles[e.Type]; style != "" {
				attrs = append(attrs, style)
			}
		}
		if broken[e] {
			// An edge left out to break a cycle: drawn, but not to rank the nodes.
			attrs = append(attrs, "color=red", "constraint=false")
		}
		fmt.Fprintf(&b, "  %s -> %s [%s];\n", dotQuote(string(e.From)), dotQuote(string(e.To)), strings.Join(attrs, ", "))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// instrumentShapes are the Graphviz node shapes of the kinds of instrument.
var instrumentShapes = map[jscd.InstrumentKind]string{
	jscd.InstrumentKindTreaty:             "box, peripheries=2",
	jscd.InstrumentKindFrameworkAgreement: "box3d",
	jscd.InstrumentKindAgreement:          "box",
	jscd.InstrumentKindMemorandum:         "note",
	jscd.InstrumentKindDialogue:           "component",
	jscd.InstrumentKindCommittee:          "house",
	jscd.InstrumentKindMechanism:          "hexagon",
}

// relationStyles are the Graphviz edge styles of the relation types.
var relationStyles = map[jscd.RelationType]string{
	jscd.RelationTypeBasedOn:     "style=bold",
	jscd.RelationTypeComplements: "style=dashed",
	jscd.RelationTypeContinues:   "style=solid",
	jscd.RelationTypeImplements:  "style=solid, color=\"#2b6cb0\"",
	jscd.RelationTypeSupersedes:  "style=bold, color=\"#9b2c2c\"",
	jscd.RelationTypePartOf:      "arrowhead=diamond",
}

func nodeLabel(name string, d jscd.Date) string {
	if d.IsZero() {
		return name
	}
	return name + "\n" + d.String()
}

// dotQuote writes s as a DOT quoted string. In a quoted string DOT gives meaning only to \"
// and, in labels, to escapes such as \n and \l, so a backslash is doubled, a quote escaped and
// a line break written as \n.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
