package view

import (
	"strconv"

	"github.com/jscd-go/jscd/jscd"
)

// InstrumentsPanel lists the instruments, each with its kind, parties and dates, where it
// stands on the chosen day (the library's StatusReport.Instruments: its status, and the
// latest stage of its lifecycle with its date), its lifecycle from signature on, each stage
// with its date in words and its note, and the sites it covers with the dates they were added
// and removed. Stages and sites that come after the chosen day are set back.
func InstrumentsPanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	out := panelHead(l.L("instruments"), l.L("instruments.help"))
	if len(f.Instruments) == 0 {
		return append(out, el("p", "empty", l.L("lineage.empty")))
	}
	ix := in.derive().ix
	states := map[jscd.ID]jscd.InstrumentState{}
	for _, st := range in.status().Instruments {
		states[st.ID] = st
	}
	var items []Node
	for i := range f.Instruments {
		ins := &f.Instruments[i]
		items = append(items, instrumentItem(in, ix, ins, states[ins.ID]))
	}
	return append(out, h("ul", at("class", "instruments", "id", "instrument-list"), items...))
}

func instrumentItem(in *Input, ix entities, ins *jscd.Instrument, st jscd.InstrumentState) Node {
	l := in.Lang
	head := []Node{in.focusLink(ix, ins.ID)}
	if short, _ := l.Text(ins.ShortName); short != "" {
		head = append(head, T(" ("), textOf(l, "bdi", ins.ShortName, "short"), T(")"))
	}
	kids := []Node{
		h("p", at("class", "kind-line"), el("span", "kind", l.Enum("instrument", string(ins.Kind))),
			instrumentState(l, st)),
		h("h3", nil, head...),
	}
	var meta []Node
	if len(ins.Parties) > 0 {
		meta = append(meta, h("span", nil, T(l.L("parties")+": "), in.andList(ix, ins.Parties)))
	}
	if !ins.Date.IsZero() {
		meta = append(meta, h("span", nil, T(l.L("dates")+": "), dateNode(l, ins.Date)))
	}
	if len(meta) > 0 {
		kids = append(kids, h("p", at("class", "meta"), joinWith(meta, " · ")...))
	}
	if steps := in.lifecycleList(ins); len(steps.Kids) > 0 {
		kids = append(kids, el("h4", "", l.L("lifecycle")), steps)
	}
	if sites := in.sitesList(ix, ins); len(sites.Kids) > 0 {
		kids = append(kids, el("h4", "", l.L("sites")), sites)
	}
	return h("li", at("class", "instrument", "data-id", string(ins.ID)), kids...)
}

// instrumentState shows where an instrument stands on the day: its status, and the stage it
// is in since when ("in force since 1 June 1999").
func instrumentState(l *Lang, st jscd.InstrumentState) Node {
	if st.Status == "" {
		return el("span", "ist-none", l.L("istatus.none"))
	}
	kids := []Node{T(l.Enum("istatus", string(st.Status)))}
	if !st.Since.IsZero() {
		stage := l.L("stage.signed")
		switch {
		case string(st.Stage) == string(st.Status): // terminated, suspended: said once
			stage = l.L("since")
		case st.Stage != "":
			stage = l.Enum("stage", string(st.Stage))
		}
		kids = []Node{T(l.Enum("istatus", string(st.Status)) + " · " + stage + " "), dateNode(l, st.Since)}
	}
	return h("span", at("class", "pill ist-"+string(st.Status), "data-status", string(st.Status)), kids...)
}

// lifecycleList is an instrument's lifecycle: its signature, then each stage entered, with
// its date in words and its note; a step after the chosen day is marked "later".
func (in *Input) lifecycleList(ins *jscd.Instrument) Node {
	l := in.Lang
	var items []Node
	if !ins.Signed.IsZero() {
		items = append(items, in.lifecycleStep("signed", l.L("stage.signed"), ins.Signed, nil))
	}
	for _, s := range ins.Lifecycle {
		items = append(items, in.lifecycleStep(string(s.Stage), l.Enum("stage", string(s.Stage)), s.Date, s.Note))
	}
	return h("ol", at("class", "lifecycle"), items...)
}

func (in *Input) lifecycleStep(stage, label string, d jscd.Date, note jscd.Text) Node {
	l := in.Lang
	class := "step stage-" + stage
	if in.after(d) {
		class += " later"
	}
	kids := []Node{el("span", "stage", label), T(" "), dateNode(l, d)}
	if !note.IsEmpty() {
		kids = append(kids, T(" — "), textOf(l, "span", note, "note"))
	}
	return h("li", at("class", class, "data-stage", stage), kids...)
}

// after reports whether d certainly begins after the chosen day.
func (in *Input) after(d jscd.Date) bool {
	t, ok := d.Earliest()
	return ok && !in.AsOf.IsZero() && t.After(in.AsOf)
}

// sitesList lists the places an instrument covers, each with when it was added and removed.
func (in *Input) sitesList(ix entities, ins *jscd.Instrument) Node {
	l := in.Lang
	var items []Node
	for _, s := range ins.Sites {
		class := "site"
		if in.after(s.Added) {
			class += " later"
		}
		kids := []Node{in.focusLink(ix, s.Place)}
		if period := l.PeriodInWords(s.Added, s.Removed); period != "" {
			kids = append(kids, T(" — "), h("span", at("class", "period"), T(period)))
		}
		items = append(items, h("li", at("class", class, "data-place", string(s.Place)), kids...))
	}
	return h("ul", at("class", "sites"), items...)
}

// AssessmentsPanel shows each analytic judgement: what it says, who made it and when, how
// sure they are (in words and as a meter), what it is about and where it was made.
func AssessmentsPanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	out := panelHead(l.L("assessments"), l.L("assessments.help"))
	if len(f.Assessments) == 0 {
		return append(out, el("p", "empty", l.L("assessments.empty")))
	}
	ix := in.derive().ix
	var items []Node
	for i := range f.Assessments {
		a := &f.Assessments[i]
		text := h("a", at("class", "ref", "href", in.addressFor(l.Code, string(a.ID)), "data-act", "focus",
			"data-val", string(a.ID)), textOf(l, "bdi", a.Text, "text"))
		meta := []Node{confidenceNode(l, a.Confidence)}
		if len(a.By) > 0 {
			meta = append(meta, h("span", nil, T(l.L("by")+": "), in.andList(ix, a.By)))
		}
		if !a.Date.IsZero() {
			meta = append(meta, dateNode(l, a.Date))
		}
		kids := []Node{h("p", at("class", "judgement"), text), h("p", at("class", "meta"), joinWith(meta, " · ")...)}
		if len(a.About) > 0 {
			kids = append(kids, h("p", at("class", "about"), T(l.L("about")+": "), in.andList(ix, a.About)))
		}
		items = append(items, h("li", at("class", "assessment conf-"+orNone(string(a.Confidence)), "data-id", string(a.ID)), kids...))
	}
	return append(out, h("ul", at("class", "assessments", "id", "assessment-list"), items...))
}

// PlacesPanel lists the framework's places, each with its kind, where it lies, the
// instruments that cover it as a site (with the dates it was added and removed) and the
// events held there. A framework without places has no such panel.
func PlacesPanel(in *Input) []Node {
	f := in.Framework
	if f == nil || len(f.Places) == 0 {
		return nil
	}
	l := in.Lang
	ix := in.derive().ix
	out := panelHead(l.L("places"), l.L("places.help"))
	var items []Node
	for i := range f.Places {
		items = append(items, in.placeItem(ix, &f.Places[i]))
	}
	return append(out, h("ul", at("class", "places", "id", "place-list"), items...))
}

func (in *Input) placeItem(ix entities, p *jscd.Place) Node {
	l := in.Lang
	kids := []Node{
		el("span", "kind", l.Enum("place", string(p.Kind))),
		h("h3", nil, in.focusLink(ix, p.ID)),
	}
	var where []Node
	if p.Parent != "" {
		where = append(where, h("span", nil, T(l.L("place.in")+" "), in.focusLink(ix, p.Parent)))
	}
	if p.Country != "" {
		where = append(where, h("span", at("class", "country"), in.countryNode(ix, p.Country)))
	}
	if p.Coordinates != nil {
		where = append(where, h("span", at("class", "coordinates"), T(coordinatesInWords(l, p.Coordinates))))
	}
	if len(where) > 0 {
		kids = append(kids, h("p", at("class", "meta"), joinWith(where, " · ")...))
	}
	if sites := in.sitesOf(ix, p.ID); len(sites) > 0 {
		kids = append(kids, h("p", at("class", "covered"), T(l.L("place.covered")+": "), wrap("list", joinWith(sites, listSep(l))...)))
	}
	if events := in.eventsAt(ix, p.ID); len(events) > 0 {
		kids = append(kids, h("p", at("class", "held"), T(l.L("place.held")+": "), wrap("list", joinWith(events, listSep(l))...)))
	}
	return h("li", at("class", "place", "data-id", string(p.ID)), kids...)
}

// sitesOf names the instruments that cover a place, each with the dates it was covered.
func (in *Input) sitesOf(ix entities, place jscd.ID) []Node {
	var out []Node
	for i := range in.Framework.Instruments {
		ins := &in.Framework.Instruments[i]
		for _, s := range ins.Sites {
			if s.Place != place {
				continue
			}
			n := []Node{in.shortLink(ix, ins.ID)}
			if period := in.Lang.PeriodInWords(s.Added, s.Removed); period != "" {
				n = append(n, T(" ("), h("span", at("class", "period"), T(period)), T(")"))
			}
			out = append(out, wrap("site-of", n...))
		}
	}
	return out
}

// eventsAt names the events held at a place, each with its date.
func (in *Input) eventsAt(ix entities, place jscd.ID) []Node {
	var out []Node
	for i := range in.Framework.Events {
		e := &in.Framework.Events[i]
		if e.Location == nil || e.Location.Place != place {
			continue
		}
		n := []Node{in.focusLink(ix, e.ID)}
		if !e.Date.IsZero() {
			n = append(n, T(" ("), dateNode(in.Lang, e.Date), T(")"))
		}
		out = append(out, wrap("event-at", n...))
	}
	return out
}

// coordinatesInWords writes a point as degrees north or south and east or west.
func coordinatesInWords(l *Lang, c *jscd.Coordinates) string {
	ns, ew := "coord.n", "coord.e"
	lat, lon := c.Lat, c.Lon
	if lat < 0 {
		ns, lat = "coord.s", -lat
	}
	if lon < 0 {
		ew, lon = "coord.w", -lon
	}
	return strconv.FormatFloat(lat, 'f', -1, 64) + "° " + l.L(ns) + sep(l) +
		strconv.FormatFloat(lon, 'f', -1, 64) + "° " + l.L(ew)
}
