package view

import (
	"slices"
	"strconv"

	"github.com/jscd-go/jscd/internal/weburl"
	"github.com/jscd-go/jscd/jscd"
)

// DetailCard is the card of the entity in focus (?focus=ID), opened by choosing it anywhere
// on the page: a lineage node, a timeline row or mark, a commitment, a person, a place, any
// name. It says what the document says of it: its description, its dates in words, its
// parties or participants with their roles, topics and outcomes, status history, lifecycle
// and sites, the assessments about it, its sources (a link only for a valid http or https
// URL), what it refers to and what refers to it, each a link to its own card; and a button
// that shows it in the document. Without a focus the region is empty, and hidden.
func DetailCard(in *Input) []Node {
	if in.Focus == "" || in.Framework == nil {
		return nil
	}
	l := in.Lang
	ix := in.derive().ix
	id := jscd.ID(in.Focus)
	e, ok := ix[id]
	closeLink := h("a", at("class", "close", "href", in.addressFor(l.Code, ""), "data-act", "focus", "data-val", "",
		"aria-label", l.L("detail.close")), T("×"))
	if !ok {
		return []Node{h("div", at("class", "card-head"), closeLink),
			h("p", at("class", "empty", "id", "detail-missing"), fillNodes(l.L("detail.missing"), arg{"id", verbatim("bdi", "", in.Focus)})...)}
	}
	// The title carries the language its text is written in where that is not the page's.
	title := textOf(l, "h2", e.name, "")
	title.Attrs = append(title.Attrs, "id", "detail-title", "tabindex", "-1")
	if name, _ := l.Text(e.name); name == "" {
		title = h("h2", at("id", "detail-title", "tabindex", "-1", "dir", "ltr", "lang", "zxx"), T(in.Focus))
	}
	head := h("div", at("class", "card-head"),
		h("p", at("class", "kind"), T(l.Enum("collection", e.collection)+" · "+kindLabel(l, e))),
		closeLink)
	out := []Node{head, title}
	entity, _ := in.Framework.Lookup(id)
	var body []Node
	switch x := entity.(type) {
	case *jscd.Stakeholder:
		body = in.stakeholderDetail(ix, x)
	case *jscd.Instrument:
		body = in.instrumentDetail(ix, x)
	case *jscd.Event:
		body = in.eventDetail(ix, x)
	case *jscd.Commitment:
		body = in.commitmentDetail(ix, x)
	case *jscd.Assessment:
		body = in.assessmentDetail(ix, x)
	case *jscd.Place:
		body = in.placeDetail(ix, x)
	case *jscd.Source:
		body = in.sourceDetail(ix, x)
	}
	out = append(out, body...)
	out = append(out, in.assessmentsAbout(ix, id)...)
	out = append(out, in.referredBy(ix, id)...)
	out = append(out, h("p", at("class", "to-document"), h("button", at("type", "button", "class", "locate",
		"data-act", "locate-path", "data-val", pointer(e.path)), T(l.L("detail.json")))))
	return []Node{h("div", at("class", "card", "data-id", in.Focus, "data-collection", e.collection,
		"role", "dialog", "aria-labelledby", "detail-title"), out...)}
}

// kindLabel is the label of an entity's kind within its collection.
func kindLabel(l *Lang, e entity) string {
	group := map[string]string{"stakeholders": "kind", "instruments": "instrument", "events": "event",
		"commitments": "strength", "assessments": "confidence", "places": "place", "sources": "source"}[e.collection]
	if e.kind == "" {
		return ""
	}
	return l.Enum(group, e.kind)
}

// field is one line of a card: a label and what the document says.
func field(l *Lang, key string, value ...Node) Node {
	return h("div", at("class", "field", "data-field", key), append([]Node{el("dt", "", l.L(key))}, h("dd", nil, value...))...)
}

// fields puts a card's lines in a description list, leaving out those that say nothing.
func fields(lines ...Node) Node {
	var kids []Node
	for _, n := range lines {
		if n.Tag != "" {
			kids = append(kids, n)
		}
	}
	return h("dl", at("class", "fields"), kids...)
}

// description is an entity's description, if it has one.
func description(l *Lang, t jscd.Text) []Node {
	if t.IsEmpty() {
		return nil
	}
	return []Node{textOf(l, "p", t, "description")}
}

// sourcesField lists the sources an entity cites, each a link to its card and, when it has a
// URL the library's rule url.syntax accepts (weburl.Valid: absolute http or https, a host, no
// user name), a link to where it can be read.
func (in *Input) sourcesField(ix entities, ids []jscd.ID) Node {
	if len(ids) == 0 {
		return Node{}
	}
	var items []Node
	for _, id := range ids {
		item := []Node{in.focusLink(ix, id)}
		for i := range in.Framework.Sources {
			if s := &in.Framework.Sources[i]; s.ID == id && weburl.Valid(s.URL) {
				item = append(item, T(" "), h("a", at("class", "external", "href", s.URL, "rel", "noopener noreferrer external",
					"target", "_blank", "aria-label", in.Lang.L("detail.url")), T("↗")))
				break
			}
		}
		items = append(items, h("li", nil, item...))
	}
	return field(in.Lang, "sources", h("ul", at("class", "cited"), items...))
}

func (in *Input) stakeholderDetail(ix entities, s *jscd.Stakeholder) []Node {
	l := in.Lang
	out := description(l, s.Description)
	var lines []Node
	if short, _ := l.Text(s.ShortName); short != "" {
		lines = append(lines, field(l, "detail.short", textOf(l, "bdi", s.ShortName, "")))
	}
	if len(s.Aliases) > 0 {
		var aka []Node
		for _, a := range s.Aliases {
			aka = append(aka, textOf(l, "bdi", a, "alias"))
		}
		lines = append(lines, field(l, "detail.aliases", joinWith(aka, sep(l))...))
	}
	if s.Country != "" && in.countryState(s.Country) != s.ID {
		lines = append(lines, field(l, "detail.country", in.countryNode(ix, s.Country)))
	}
	if s.Parent != "" {
		lines = append(lines, field(l, "detail.parent", in.focusLink(ix, s.Parent)))
	}
	if len(s.Positions) > 0 {
		var items []Node
		for i := range s.Positions {
			items = append(items, in.positionItem(ix, &s.Positions[i]))
		}
		lines = append(lines, field(l, "detail.positions", h("ul", at("class", "positions"), items...)))
	}
	lines = append(lines, in.sourcesField(ix, s.Sources))
	return append(out, fields(lines...))
}

func (in *Input) instrumentDetail(ix entities, ins *jscd.Instrument) []Node {
	l := in.Lang
	out := description(l, ins.Description)
	var st jscd.InstrumentState
	for _, x := range in.status().Instruments {
		if x.ID == ins.ID {
			st = x
		}
	}
	lines := []Node{}
	if short, _ := l.Text(ins.ShortName); short != "" {
		lines = append(lines, field(l, "detail.short", textOf(l, "bdi", ins.ShortName, "")))
	}
	if len(ins.Aliases) > 0 {
		var aka []Node
		for _, a := range ins.Aliases {
			aka = append(aka, textOf(l, "bdi", a, "alias"))
		}
		lines = append(lines, field(l, "detail.aliases", joinWith(aka, sep(l))...))
	}
	if st.Status != "" {
		lines = append(lines, field(l, "detail.on-day", instrumentState(l, st), T(" "), asOfNote(l, in)))
	}
	if !ins.Date.IsZero() {
		lines = append(lines, field(l, "dates", dateNode(l, ins.Date)))
	}
	if len(ins.Parties) > 0 {
		lines = append(lines, field(l, "parties", in.andList(ix, ins.Parties)))
	}
	if len(ins.Areas) > 0 {
		lines = append(lines, field(l, "detail.areas", areaTags(l, ins.Areas)))
	}
	if steps := in.lifecycleList(ins); len(steps.Kids) > 0 {
		lines = append(lines, field(l, "lifecycle", steps))
	}
	if sites := in.sitesList(ix, ins); len(sites.Kids) > 0 {
		lines = append(lines, field(l, "sites", sites))
	}
	if len(ins.Relations) > 0 {
		var items []Node
		for _, r := range ins.Relations {
			items = append(items, h("li", nil, el("span", "relation", l.Enum("relation", string(r.Type))), T(" "),
				in.focusLink(ix, r.To)))
		}
		lines = append(lines, field(l, "detail.relations", h("ul", at("class", "relations"), items...)))
	}
	lines = append(lines, in.sourcesField(ix, ins.Sources))
	return append(out, fields(lines...))
}

// asOfNote says which day a state holds on.
func asOfNote(l *Lang, in *Input) Node {
	return h("span", at("class", "as-of"), T("("+l.L("asOf")+" "), dateNode(l, dayDate(in.AsOf)), T(")"))
}

// areaTags lists areas of cooperation.
func areaTags(l *Lang, areas []jscd.Area) Node {
	var tags []Node
	for _, a := range areas {
		tags = append(tags, el("li", "tag", l.Enum("area", string(a))))
	}
	return h("ul", at("class", "tags"), tags...)
}

func (in *Input) eventDetail(ix entities, e *jscd.Event) []Node {
	l := in.Lang
	out := description(l, e.Description)
	var lines []Node
	if !e.Date.IsZero() {
		lines = append(lines, field(l, "detail.date", dateNode(l, e.Date)))
	}
	if where, ok := in.locationNode(ix, e.Location); ok {
		kids := []Node{where}
		if e.Location.Country != "" && e.Location.Place == "" && !e.Location.Name.IsEmpty() {
			kids = append(kids, T(" · "), in.countryNode(ix, e.Location.Country))
		}
		lines = append(lines, field(l, "detail.where", kids...))
	}
	if e.Instrument != "" {
		kids := []Node{in.focusLink(ix, e.Instrument)}
		if e.Round > 0 {
			kids = append(kids, T(" · "+fill(l.L("detail.round"), "n", strconv.Itoa(e.Round))))
		}
		lines = append(lines, field(l, "relation.event-of", kids...))
	}
	if len(e.Participants) > 0 {
		var items []Node
		for _, p := range e.Participants {
			role := " — " + l.Enum("role", string(p.Role))
			item := []Node{in.focusLink(ix, p.Stakeholder)}
			switch {
			case p.Delegation != "":
				item = append(item, T(role+" · "+l.L("detail.delegation")+" "), in.focusLink(ix, p.Delegation))
			case p.ThirdParty:
				item = append(item, T(role+" · "+l.L("detail.third-party")))
			default:
				item = append(item, T(role))
			}
			items = append(items, h("li", nil, item...))
		}
		lines = append(lines, field(l, "detail.participants", h("ul", at("class", "participants"), items...)))
	}
	if len(e.Topics) > 0 {
		var items []Node
		for _, t := range e.Topics {
			items = append(items, h("li", nil, textOf(l, "span", t.Text, "topic")))
		}
		lines = append(lines, field(l, "detail.topics", h("ul", at("class", "topics"), items...)))
	}
	if len(e.Outcomes) > 0 {
		var items []Node
		for _, o := range e.Outcomes {
			items = append(items, h("li", nil, textOf(l, "span", o, "outcome")))
		}
		lines = append(lines, field(l, "detail.outcomes", h("ul", at("class", "outcomes"), items...)))
	}
	lines = append(lines, in.sourcesField(ix, e.Sources))
	return append(out, fields(lines...))
}

func (in *Input) commitmentDetail(ix entities, c *jscd.Commitment) []Node {
	l := in.Lang
	var out []Node // the card's title is the commitment's text
	var st jscd.CommitmentState
	for _, x := range in.status().Commitments {
		if x.ID == c.ID {
			st = x
		}
	}
	var lines []Node
	status := string(st.Status)
	lines = append(lines, field(l, "detail.on-day",
		h("span", at("class", "pill st-"+orNone(status), "data-status", status), T(l.Enum("status", status))), T(" "),
		h("span", at("class", "pill due-"+string(st.Due), "data-due", string(st.Due)), T(l.Enum("due", string(st.Due)))),
		T(" "), asOfNote(l, in)))
	lines = append(lines, field(l, "strength", el("span", "strength", l.Enum("strength", string(c.Strength)))))
	if len(c.By) > 0 {
		lines = append(lines, field(l, "by", in.andList(ix, c.By)))
	}
	if len(c.To) > 0 {
		lines = append(lines, field(l, "towards", in.andList(ix, c.To)))
	}
	if c.MadeAt != "" {
		lines = append(lines, field(l, "detail.made-at", in.focusLink(ix, c.MadeAt)))
	}
	if !c.Made.IsZero() {
		lines = append(lines, field(l, "detail.made", dateNode(l, c.Made)))
	}
	if !c.Due.IsZero() {
		lines = append(lines, field(l, "due", dateNode(l, c.Due)))
	}
	if len(c.Areas) > 0 {
		lines = append(lines, field(l, "detail.areas", areaTags(l, c.Areas)))
	}
	if len(c.Status) > 0 {
		var items []Node
		for _, s := range c.Status {
			class := "step st-" + orNone(string(s.Status))
			if in.after(s.Date) {
				class += " later"
			}
			item := []Node{el("span", "stage", l.Enum("status", string(s.Status))), T(" "), dateNode(l, s.Date)}
			if !s.Note.IsEmpty() {
				item = append(item, T(" — "), textOf(l, "span", s.Note, "note"))
			}
			items = append(items, h("li", at("class", class), item...))
		}
		lines = append(lines, field(l, "detail.history", h("ol", at("class", "history"), items...)))
	}
	lines = append(lines, in.sourcesField(ix, c.Sources))
	return append(out, fields(lines...))
}

func (in *Input) assessmentDetail(ix entities, a *jscd.Assessment) []Node {
	l := in.Lang
	var out []Node // the card's title is the judgement's text
	lines := []Node{field(l, "detail.confidence", confidenceNode(l, a.Confidence))}
	if len(a.By) > 0 {
		lines = append(lines, field(l, "by", in.andList(ix, a.By)))
	}
	if !a.Date.IsZero() {
		lines = append(lines, field(l, "detail.date", dateNode(l, a.Date)))
	}
	if len(a.About) > 0 {
		lines = append(lines, field(l, "about", in.andList(ix, a.About)))
	}
	lines = append(lines, in.sourcesField(ix, a.Sources))
	return append(out, fields(lines...))
}

func (in *Input) placeDetail(ix entities, p *jscd.Place) []Node {
	l := in.Lang
	out := description(l, p.Description)
	var lines []Node
	if len(p.Aliases) > 0 {
		var aka []Node
		for _, a := range p.Aliases {
			aka = append(aka, textOf(l, "bdi", a, "alias"))
		}
		lines = append(lines, field(l, "detail.aliases", joinWith(aka, sep(l))...))
	}
	if p.Parent != "" {
		lines = append(lines, field(l, "detail.parent", in.focusLink(ix, p.Parent)))
	}
	if p.Country != "" {
		lines = append(lines, field(l, "detail.country", in.countryNode(ix, p.Country)))
	}
	if p.Coordinates != nil {
		lines = append(lines, field(l, "detail.coordinates", h("span", at("class", "coordinates"), T(coordinatesInWords(l, p.Coordinates)))))
	}
	if sites := in.sitesOf(ix, p.ID); len(sites) > 0 {
		lines = append(lines, field(l, "place.covered", wrap("list", joinWith(sites, listSep(l))...)))
	}
	if events := in.eventsAt(ix, p.ID); len(events) > 0 {
		lines = append(lines, field(l, "place.held", wrap("list", joinWith(events, listSep(l))...)))
	}
	lines = append(lines, in.sourcesField(ix, p.Sources))
	return append(out, fields(lines...))
}

func (in *Input) sourceDetail(ix entities, s *jscd.Source) []Node {
	l := in.Lang
	out := description(l, s.Description)
	var lines []Node
	if s.Publisher != "" {
		lines = append(lines, field(l, "detail.publisher", in.focusLink(ix, s.Publisher)))
	}
	if len(s.Authors) > 0 {
		lines = append(lines, field(l, "detail.authors", in.andList(ix, s.Authors)))
	}
	if !s.Published.IsZero() {
		lines = append(lines, field(l, "detail.published", dateNode(l, s.Published)))
	}
	if weburl.Valid(s.URL) {
		lines = append(lines, field(l, "detail.url", h("a", at("href", s.URL, "rel", "noopener noreferrer external",
			"target", "_blank", "dir", "ltr", "lang", "zxx"), T(s.URL))))
	}
	return append(out, fields(lines...))
}

// assessmentsAbout quotes the judgements about an entity.
func (in *Input) assessmentsAbout(ix entities, id jscd.ID) []Node {
	l := in.Lang
	var items []Node
	for i := range in.Framework.Assessments {
		a := &in.Framework.Assessments[i]
		if !slices.Contains(a.About, id) {
			continue
		}
		kids := []Node{h("a", at("class", "ref", "href", in.addressFor(l.Code, string(a.ID)), "data-act", "focus",
			"data-val", string(a.ID)), textOf(l, "bdi", a.Text, "text")), T(" "), confidenceNode(l, a.Confidence)}
		if len(a.By) > 0 {
			kids = append(kids, T(" · "), in.andList(ix, a.By))
		}
		items = append(items, h("li", nil, kids...))
	}
	if len(items) == 0 {
		return nil
	}
	return []Node{el("h3", "", l.L("detail.assessments")), h("ul", at("class", "judgements"), items...)}
}

// maxReferences bounds the list of what refers to an entity (a source is cited by most of a
// document).
const maxReferences = 30

// referredBy lists what refers to an entity and how: the instruments that rest on it, the
// events held under it or at it, the commitments and assessments that name it, the people
// who held a position in it, the entities that cite it.
func (in *Input) referredBy(ix entities, id jscd.ID) []Node {
	l := in.Lang
	refs := in.refsTo(id)
	if len(refs) == 0 {
		return nil
	}
	var items []Node
	for _, r := range refs[:min(len(refs), maxReferences)] {
		how := l.L(r.How)
		if g, v, ok := cutKey(r.How); ok {
			how = l.Enum(g, v)
		}
		items = append(items, h("li", nil, in.focusLink(ix, r.From), T(" · "), el("span", "how", how)))
	}
	out := []Node{el("h3", "", l.L("detail.referred")), h("ul", at("class", "referred"), items...)}
	if more := len(refs) - maxReferences; more > 0 {
		out = append(out, el("p", "more", fill(l.L("detail.more"), "n", strconv.Itoa(more))))
	}
	return out
}

// cutKey splits an enumeration's label key ("relation.based-on") into its group and value.
func cutKey(key string) (group, value string, ok bool) {
	for i := 0; i < len(key); i++ {
		if key[i] == '.' {
			g := key[:i]
			if g == "relation" || g == "role" {
				return g, key[i+1:], true
			}
			return "", "", false
		}
	}
	return "", "", false
}

// textOf is a text of the document in an element (Lang.data), with no text node when the text
// is empty: an element never holds an empty text.
func textOf(l *Lang, tag string, t jscd.Text, class string) Node {
	n := l.data(tag, t, class)
	if len(n.Kids) == 1 && n.Kids[0].Text == "" {
		n.Kids = nil
	}
	return n
}
