package view

import (
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

// ref is one reference from an entity to another: From names To in a field, which says how
// ("based-on" for a relation, a role for a participant, "party", "by"…). The detail card of
// To lists its references as what refers to it.
type ref struct {
	From, To jscd.ID
	How      string // a label key: "relation.based-on", "role.lead", "by", "ref.cites"…
}

// references lists every reference between the entities of f, in document order: the graph
// the detail card reads both ways.
func references(f *jscd.Framework) []ref {
	var out []ref
	add := func(from, to jscd.ID, how string) {
		if from != "" && to != "" {
			out = append(out, ref{from, to, how})
		}
	}
	cites := func(from jscd.ID, sources []jscd.ID) {
		for _, s := range sources {
			add(from, s, "ref.cites")
		}
	}
	for _, s := range f.Stakeholders {
		add(s.ID, s.Parent, "ref.parent")
		for _, p := range s.Positions {
			add(s.ID, p.Organization, "ref.position")
		}
		cites(s.ID, s.Sources)
	}
	for _, ins := range f.Instruments {
		for _, r := range ins.Relations {
			add(ins.ID, r.To, "relation."+string(r.Type))
		}
		for _, p := range ins.Parties {
			add(ins.ID, p, "ref.party")
		}
		for _, s := range ins.Sites {
			add(ins.ID, s.Place, "ref.site")
		}
		cites(ins.ID, ins.Sources)
	}
	for _, ev := range f.Events {
		add(ev.ID, ev.Instrument, "relation."+eventOf)
		if ev.Location != nil {
			add(ev.ID, ev.Location.Place, "ref.location")
		}
		for _, p := range ev.Participants {
			add(ev.ID, p.Stakeholder, "role."+string(p.Role))
		}
		cites(ev.ID, ev.Sources)
	}
	for _, c := range f.Commitments {
		for _, id := range c.By {
			add(c.ID, id, "ref.by")
		}
		for _, id := range c.To {
			add(c.ID, id, "ref.towards")
		}
		add(c.ID, c.MadeAt, "ref.made")
		cites(c.ID, c.Sources)
	}
	for _, a := range f.Assessments {
		for _, id := range a.About {
			add(a.ID, id, "ref.about")
		}
		for _, id := range a.By {
			add(a.ID, id, "ref.by")
		}
		cites(a.ID, a.Sources)
	}
	for _, p := range f.Places {
		add(p.ID, p.Parent, "ref.parent")
		cites(p.ID, p.Sources)
	}
	for _, s := range f.Sources {
		add(s.ID, s.Publisher, "ref.publisher")
		for _, a := range s.Authors {
			add(s.ID, a, "ref.author")
		}
	}
	return out
}

// refsTo returns the references to id, in document order, once each (an entity that names
// id twice in one way is listed once).
func (in *Input) refsTo(id jscd.ID) []ref {
	d := in.derive()
	if d.refs == nil {
		d.refs = references(in.Framework)
	}
	var out []ref
	for _, r := range d.refs {
		if r.To == id && (len(out) == 0 || out[len(out)-1] != r) {
			out = append(out, r)
		}
	}
	return out
}

// status returns the library's status report for the chosen day, computed once per day and
// framework.
func (in *Input) status() *jscd.StatusReport {
	d := in.derive()
	if d.report == nil || !d.reportDay.Equal(in.AsOf) {
		end := in.Trace.Begin("jscd.StatusAsOf")
		d.report, d.reportDay = in.Framework.StatusAsOf(in.AsOf), in.AsOf
		end()
	}
	return d.report
}

// shortLink names an entity by its short name when it has one (the full name in its
// tooltip), as a link to its card.
func (in *Input) shortLink(ix entities, id jscd.ID) Node {
	l := in.Lang
	e, ok := ix[id]
	if !ok {
		return ix.nameNode(l, id)
	}
	name := textOf(l, "bdi", e.name, "name")
	if short, _ := l.Text(e.short); short != "" {
		name = textOf(l, "bdi", e.short, "name")
	}
	full, _ := l.Text(e.name)
	return h("a", at("class", "ref", "href", in.addressFor(l.Code, string(id)), "data-act", "focus",
		"data-val", string(id), "title", full), name)
}

// arg is a named part of a sentence (fillNodes).
type arg struct {
	name string
	node Node
}

// fillNodes builds a sentence from a template of the page's language and its parts: each
// {name} in the template is replaced by the part's node (a name isolated in a <bdi>, a date in
// a <time>, a list…), the words around them are text. A part the template does not name is
// left out; a name without a part is left as written.
func fillNodes(tmpl string, args ...arg) []Node {
	var out []Node
	for tmpl != "" {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[max(i, 0):], '}')
		if i < 0 || j < 0 {
			break
		}
		j += i
		name := tmpl[i+1 : j]
		k := -1
		for n, a := range args {
			if a.name == name {
				k = n
			}
		}
		if k < 0 {
			out = append(out, T(tmpl[:j+1]))
			tmpl = tmpl[j+1:]
			continue
		}
		if i > 0 {
			out = append(out, T(tmpl[:i]))
		}
		out = append(out, args[k].node)
		tmpl = tmpl[j+1:]
	}
	if tmpl != "" {
		out = append(out, T(tmpl))
	}
	return mergeTexts(out)
}

// mergeTexts joins adjacent text nodes, which the first view's HTML could not give back as
// two.
func mergeTexts(nodes []Node) []Node {
	out := nodes[:0]
	for _, n := range nodes {
		if k := len(out); k > 0 && n.Tag == "" && out[k-1].Tag == "" {
			out[k-1].Text += n.Text
			continue
		}
		if n.Tag == "" && n.Text == "" {
			continue
		}
		out = append(out, n)
	}
	return out
}

// sentence is a paragraph built by fillNodes from the label key.
func (in *Input) sentence(class, key string, args ...arg) Node {
	return h("p", at("class", class), fillNodes(in.Lang.L(key), args...)...)
}

// wrap puts nodes in a span, so that a list of them can be one part of a sentence.
func wrap(class string, nodes ...Node) Node {
	return h("span", at("class", class), nodes...)
}

// instrumentDates is an instrument's dates in words: its span, else its signature; "" when
// the document gives neither.
func instrumentDates(l *Lang, ins *jscd.Instrument) string {
	if !ins.Date.IsZero() {
		return l.DateInWords(ins.Date)
	}
	if !ins.Signed.IsZero() {
		return fill(l.L("signed.on"), "d", l.DateInWords(ins.Signed))
	}
	return ""
}

// earliest is the first day of d, or the zero time when d has none.
func earliest(d jscd.Date) time.Time {
	t, _ := d.Earliest()
	return t
}
