package view

import (
	"strconv"

	"github.com/jscd-go/jscd/jscd"
)

// Top is the page's header, about the framework itself: its title and description, its
// parties, the span of its dates and what it holds; a short reading order through the
// panels; the framework picker and the language switch. The site's own name is a small line
// above the title, so that the framework, not the tool, is what the header names.
//
// Each language is a link to the address of the same view in that language: before the
// module runs, following it loads the page prerendered in that language; after, the renderer
// switches in place.
func Top(in *Input) []Node {
	l := in.Lang
	brand := []Node{el("p", "site", l.L("title")), frameworkTitle(in)}
	if f := in.Framework; f != nil {
		if !f.Description.IsEmpty() {
			// Focusable, so that a tap shows it whole where it is cut short (style.css).
			d := textOf(l, "p", f.Description, "description")
			d.Attrs = append(d.Attrs, "tabindex", "0")
			brand = append(brand, d)
		}
		brand = append(brand, frameworkFacts(in))
	}
	return []Node{
		h("div", at("class", "brand"), brand...),
		h("div", at("class", "controls"), picker(in), languageLinks(in)),
		readingOrder(in),
	}
}

// frameworkTitle is the framework's title, as the document gives it or, for a document that
// could not be read, as the picker lists it.
func frameworkTitle(in *Input) Node {
	l := in.Lang
	if f := in.Framework; f != nil && !f.Title.IsEmpty() {
		n := textOf(l, "h1", f.Title, "")
		n.Attrs = append(n.Attrs, "id", "framework-title")
		return n
	}
	for _, d := range in.Datasets {
		if d.Name == in.Dataset && !d.Title.IsEmpty() {
			n := textOf(l, "h1", d.Title, "")
			n.Attrs = append(n.Attrs, "id", "framework-title")
			return n
		}
	}
	return h("h1", at("id", "framework-title", "dir", "ltr", "lang", "zxx"), T(in.Dataset))
}

// frameworkFacts says who the parties are, when the framework's dates run and how many of
// each kind of entity it holds.
func frameworkFacts(in *Input) Node {
	l := in.Lang
	f := in.Framework
	d := in.derive()
	var kids []Node
	if parties := frameworkParties(f); len(parties) > 0 {
		kids = append(kids, h("span", at("class", "fact parties"), T(l.L("parties")+": "), in.andList(d.ix, parties)))
	}
	if d.dated {
		span := strconv.Itoa(d.first.Year())
		if d.last.Year() != d.first.Year() {
			span += "–" + strconv.Itoa(d.last.Year())
		}
		kids = append(kids, h("span", at("class", "fact span"), T(l.L("dates")+": "), h("bdi", numbersDir(span), T(span))))
	}
	kids = append(kids, sourceFacts(in)...)
	counts := []struct {
		key string
		n   int
	}{
		{"instruments", len(f.Instruments)}, {"events", len(f.Events)}, {"commitments", len(f.Commitments)},
		{"stakeholders", len(f.Stakeholders)}, {"assessments", len(f.Assessments)}, {"places", len(f.Places)},
		{"sources", len(f.Sources)},
	}
	var items []Node
	for _, c := range counts {
		if c.n == 0 {
			continue
		}
		key := "count." + c.key
		if c.n == 1 {
			key += ".one"
		}
		items = append(items, h("li", at("data-count", c.key), T(fill(l.L(key), "n", strconv.Itoa(c.n)))))
	}
	kids = append(kids, h("ul", at("class", "counts", "id", "framework-counts"), items...))
	return h("div", at("class", "facts"), kids...)
}

// maxSourceFacts bounds the sources the header names; the sources panel lists them all.
const maxSourceFacts = 2

// sourceFacts say who wrote what the framework is read from: each source with authors, as a
// link to its card, with its authors, publisher and date.
func sourceFacts(in *Input) []Node {
	l := in.Lang
	ix := in.derive().ix
	var out []Node
	for i := range in.Framework.Sources {
		s := &in.Framework.Sources[i]
		if len(s.Authors) == 0 || len(out) == maxSourceFacts {
			continue
		}
		kids := []Node{T(l.L("fact.source") + ": "), in.focusLink(ix, s.ID), T(sep(l))}
		kids = append(kids, fillNodes(l.L("fact.by"), arg{"who", in.andList(ix, s.Authors)})...)
		var where []Node
		if s.Publisher != "" {
			where = append(where, in.focusLink(ix, s.Publisher))
		}
		if !s.Published.IsZero() {
			if len(where) > 0 {
				where = append(where, T(sep(l)))
			}
			where = append(where, dateNode(l, s.Published))
		}
		if len(where) > 0 {
			kids = append(kids, T(" ("))
			kids = append(kids, where...)
			kids = append(kids, T(")"))
		}
		out = append(out, h("span", at("class", "fact source"), mergeTexts(kids)...))
	}
	return out
}

// frameworkParties returns the parties of the framework's instruments, in the order they
// first appear: for a bilateral framework, its two states.
func frameworkParties(f *jscd.Framework) []jscd.ID {
	var out []jscd.ID
	seen := map[jscd.ID]bool{}
	for _, ins := range f.Instruments {
		for _, p := range ins.Parties {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// picker chooses the framework shown.
func picker(in *Input) Node {
	l := in.Lang
	var options []Node
	for _, d := range in.Datasets {
		title, lang := l.Text(d.Title)
		label := d.Name
		if title != "" {
			label = title + " — " + d.Name
		}
		if l.RTL {
			// An option holds text only, no <bdi>: the title and the name are isolated by
			// Unicode's isolates, the title in its own direction (U+2068), the name left to
			// right (U+2066), so that a Latin title or name keeps its order on the page.
			label = "\u2066" + d.Name + "\u2069"
			if title != "" {
				label = "\u2068" + title + "\u2069 — " + label
			}
		}
		attrs := at("value", d.Name)
		if lang != "" && lang != l.Code {
			attrs = append(attrs, "lang", lang)
		}
		if d.Name == in.Dataset {
			attrs = append(attrs, "selected", "")
		}
		options = append(options, h("option", attrs, T(label)))
	}
	return h("label", at("class", "picker"), T(l.L("framework")+" "),
		h("select", at("id", "dataset", "data-act", "dataset", "value", in.Dataset), options...))
}

// languageLinks switch the page's language: each is a link to this view in its language.
func languageLinks(in *Input) Node {
	l := in.Lang
	var langs []Node
	for _, c := range languages {
		attrs := at("class", "lang", "lang", c.Code, "dir", "auto", "href", in.addressFor(c.Code, in.Focus),
			"data-act", "lang", "data-val", c.Code)
		if c.Code == l.Code {
			attrs = append(attrs, "aria-current", "true")
		}
		langs = append(langs, h("a", attrs, T(c.Name)))
	}
	return h("div", at("class", "langs", "role", "group", "aria-label", l.L("language")), langs...)
}

// readingOrder leads a newcomer through the panels, from what rests on what to what changed,
// and offers the document itself last.
func readingOrder(in *Input) Node {
	l := in.Lang
	steps := []string{RegionLineage, RegionTimeline, RegionStatus, RegionPeople, RegionAssessments}
	if in.Framework != nil && len(in.Framework.Places) > 0 {
		steps = append(steps, RegionPlaces)
	}
	steps = append(steps, RegionDiff)
	var items []Node
	for _, s := range steps {
		items = append(items, h("li", nil, h("a", at("href", "#"+s), T(l.L("read."+s)))))
	}
	items = append(items, h("li", at("class", "to-editor"), h("button", at("type", "button", "class", "open-editor",
		"data-act", "editor", "data-val", "open", "aria-controls", "source"), T(l.L("read.editor")))))
	return h("nav", at("class", "reading", "aria-label", l.L("reading")), h("ol", nil, items...))
}

// andList names entities as links, joined as the language joins the last of a list ("A, B
// and C").
func (in *Input) andList(ix entities, ids []jscd.ID) Node {
	nodes := make([]Node, len(ids))
	for i, id := range ids {
		nodes[i] = in.focusLink(ix, id)
	}
	return h("span", at("class", "names"), joinAnd(in.Lang, nodes)...)
}

// joinAnd joins nodes as the language joins a list: "A, B and C"; "A، B وC"; "A، B و C".
func joinAnd(l *Lang, nodes []Node) []Node {
	var out []Node
	for i, n := range nodes {
		switch {
		case i == 0:
		case i == len(nodes)-1:
			out = append(out, T(l.L("and")))
		default:
			out = append(out, T(sep(l)))
		}
		out = append(out, n)
	}
	return out
}
