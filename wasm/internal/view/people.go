package view

import (
	"github.com/jscd-go/jscd/jscd"
)

// PeoplePanel lists the stakeholders: organisations briefly, people with the positions they
// held over time. With a query it shows the library's name search results instead, best
// first, with the name that matched.
func PeoplePanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	ix := in.derive().ix
	out := panelHead(l.L("stakeholders"), l.L("stakeholders.help"))
	out = append(out, h("input", at("type", "search", "id", "people-search", "data-act", "query",
		"value", in.Query, "placeholder", l.L("search"), "aria-label", l.L("search"), "dir", "auto")))
	if in.Query != "" {
		return append(out, searchResults(in, ix))
	}
	var orgs, people []Node
	for i := range f.Stakeholders {
		s := &f.Stakeholders[i]
		if s.Kind == jscd.StakeholderKindPerson {
			people = append(people, personItem(in, ix, s, ""))
		} else {
			orgs = append(orgs, orgItem(in, s, ""))
		}
	}
	return append(out,
		el("h3", "", l.L("organizations")),
		h("ul", at("class", "orgs", "id", "org-list"), orgs...),
		el("h3", "", l.L("people")),
		h("ul", at("class", "people", "id", "people-list"), people...))
}

func searchResults(in *Input, ix entities) Node {
	l := in.Lang
	end := in.Trace.Begin("jscd.Search")
	results := in.Framework.Search(in.Query)
	end()
	if len(results) == 0 {
		return h("p", at("class", "empty", "id", "search-empty"), T(l.L("search.empty")))
	}
	var items []Node
	for _, r := range results {
		s, ok := r.Entity.(*jscd.Stakeholder)
		switch {
		case !ok:
			continue // the people panel lists stakeholders
		case s.Kind == jscd.StakeholderKindPerson:
			items = append(items, personItem(in, ix, s, r.Matched))
		default:
			items = append(items, orgItem(in, s, r.Matched))
		}
	}
	return h("ul", at("class", "people results", "id", "search-results"), items...)
}

// matchedNote says which written form of the name the search matched.
func matchedNote(l *Lang, matched string) Node {
	return h("span", at("class", "matched"), T(l.L("search.matched")+": "), h("bdi", at("dir", "auto"), T(matched)))
}

// entityLink makes an entity's name, or any node naming it, a link to its detail card.
func (in *Input) entityLink(id jscd.ID, name Node) Node {
	return h("a", at("class", "ref", "href", in.addressFor(in.Lang.Code, string(id)), "data-act", "focus",
		"data-val", string(id)), name)
}

func orgItem(in *Input, s *jscd.Stakeholder, matched string) Node {
	l := in.Lang
	kids := []Node{
		el("span", "kind kind-"+string(s.Kind), l.Enum("kind", string(s.Kind))),
		in.entityLink(s.ID, textOf(l, "bdi", s.Name, "name")),
	}
	if short, _ := l.Text(s.ShortName); short != "" {
		kids = append(kids, T(" ("), l.data("bdi", s.ShortName, "short"), T(")"))
	}
	if matched != "" {
		kids = append(kids, matchedNote(l, matched))
	}
	return h("li", at("class", "org", "data-id", string(s.ID)), kids...)
}

func personItem(in *Input, ix entities, s *jscd.Stakeholder, matched string) Node {
	l := in.Lang
	head := []Node{in.entityLink(s.ID, textOf(l, "bdi", s.Name, "name"))}
	if len(s.Aliases) > 0 {
		var aka []Node
		for i, a := range s.Aliases {
			if i > 0 {
				aka = append(aka, T(sep(l)))
			}
			aka = append(aka, l.data("bdi", a, "alias"))
		}
		head = append(head, h("span", at("class", "aka"), aka...))
	}
	kids := []Node{h("h4", nil, head...)}
	if matched != "" {
		kids = append(kids, matchedNote(l, matched))
	}
	var positions []Node
	for i := range s.Positions {
		positions = append(positions, in.positionItem(ix, &s.Positions[i]))
	}
	if len(positions) > 0 {
		kids = append(kids, h("ol", at("class", "positions"), positions...))
	}
	return h("li", at("class", "person", "data-id", string(s.ID)), kids...)
}

// positionItem is a position held, as the people panel and a person's card list it: its title,
// the organisation, and when it was held.
func (in *Input) positionItem(ix entities, p *jscd.Position) Node {
	l := in.Lang
	item := []Node{textOf(l, "span", p.Title, "title")}
	if p.Organization != "" {
		item = append(item, T(" · "), in.focusLink(ix, p.Organization))
	}
	if period := l.PeriodInWords(p.From, p.To); period != "" {
		item = append(item, T(" · "), h("span", at("class", "period"), T(period)))
	}
	if days := l.DaysInWords(p.HeldOn); days != "" {
		item = append(item, T(" · "), h("span", at("class", "period"), T(days)))
	}
	return h("li", nil, item...)
}
