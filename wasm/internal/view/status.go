package view

import (
	"slices"
	"strconv"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

// SliderDay returns the value of the date slider for day t: days since first.
func SliderDay(first, t time.Time) int { return int(t.Sub(first).Hours() / 24) }

// DayOfSlider returns the day of a slider value.
func DayOfSlider(first time.Time, v int) time.Time { return first.AddDate(0, 0, v) }

// StatusPanel shows the commitments as of the chosen day: the library's StatusAsOf report,
// filtered by its party and area groups, each commitment's status and due state in colour and
// in words.
func StatusPanel(in *Input) []Node {
	l := in.Lang
	f := in.Framework
	out := panelHead(l.L("commitments"), l.L("commitments.help"))
	if len(f.Commitments) == 0 {
		return append(out, el("p", "empty", l.L("commitments.none")))
	}
	report := in.status()
	ix := in.derive().ix
	out = append(out, statusControls(in, ix, report))
	shown := filterStates(report, in.Party, in.Area)
	out = append(out, dueSummary(l, shown))
	if len(shown) == 0 {
		return append(out, el("p", "empty", l.L("commitments.empty")))
	}
	var items []Node
	for _, st := range shown {
		items = append(items, commitmentItem(in, ix, st))
	}
	return append(out, h("ul", at("class", "commitments", "id", "commitment-list"), items...))
}

// filterStates keeps the states in the chosen party's and area's groups of the report.
func filterStates(r *jscd.StatusReport, party, area string) []jscd.CommitmentState {
	keep := func(groups []jscd.CommitmentGroup, key string) func(jscd.ID) bool {
		if key == "" {
			return func(jscd.ID) bool { return true }
		}
		for _, g := range groups {
			if string(g.Party)+string(g.Area) == key { // one of the two is empty
				return func(id jscd.ID) bool { return slices.Contains(g.Commitments, id) }
			}
		}
		return func(jscd.ID) bool { return false }
	}
	byParty, byArea := keep(r.ByParty, party), keep(r.ByArea, area)
	var out []jscd.CommitmentState
	for _, st := range r.Commitments {
		if byParty(st.ID) && byArea(st.ID) {
			out = append(out, st)
		}
	}
	return out
}

func statusControls(in *Input, ix entities, r *jscd.StatusReport) Node {
	l := in.Lang
	d := in.derive()
	first, last, ok := d.first, d.last, d.dated
	day := formatDay(in.AsOf)
	var dateControls []Node
	// A document with no dates has no day to move: no slider, and no date field that would
	// read 01/01/0001.
	if ok && !in.AsOf.IsZero() {
		dateControls = append(dateControls,
			h("input", at("type", "range", "id", "asof-slider", "data-act", "asof-day", "min", "0",
				"max", strconv.Itoa(SliderDay(first, last)), "step", "1",
				"value", strconv.Itoa(SliderDay(first, in.AsOf)), "aria-label", l.L("asOf"))),
			h("input", at("type", "date", "id", "asof-date", "data-act", "asof",
				"value", day, "min", formatDay(first), "max", formatDay(last), "aria-label", l.L("asOf"))),
			h("span", at("class", "asof-words"), dateNode(l, dayDate(in.AsOf))))
	}
	partyOpts := []Node{option("", l.L("all"), in.Party)}
	for _, g := range r.ByParty {
		name, lang := nameAndLang(l, ix, g.Party)
		if l.RTL {
			name = "\u2068" + name + "\u2069" // isolated, as the picker's titles (picker)
		}
		o := option(string(g.Party), name, in.Party)
		if lang != "" {
			o.Attrs = append(o.Attrs, "lang", lang)
		}
		partyOpts = append(partyOpts, o)
	}
	areaOpts := []Node{option("", l.L("all"), in.Area)}
	for _, g := range r.ByArea {
		areaOpts = append(areaOpts, option(string(g.Area), l.Enum("area", string(g.Area)), in.Area))
	}
	var asOf Node
	if len(dateControls) > 0 {
		asOf = h("label", at("class", "asof"), el("span", "", l.L("asOf")), h("span", at("class", "dates"), dateControls...))
	} else {
		asOf = el("p", "empty", l.L("asOf.none"))
	}
	return h("div", at("class", "filters"),
		asOf,
		h("label", nil, el("span", "", l.L("party")),
			h("select", at("id", "party-filter", "data-act", "party", "value", in.Party), partyOpts...)),
		h("label", nil, el("span", "", l.L("area")),
			h("select", at("id", "area-filter", "data-act", "area", "value", in.Area), areaOpts...)))
}

func option(value, label, selected string) Node {
	attrs := at("value", value)
	if value == selected {
		attrs = append(attrs, "selected", "")
	}
	return h("option", attrs, T(label))
}

// dueSummary counts the shown commitments in each due state, in the library's order.
func dueSummary(l *Lang, states []jscd.CommitmentState) Node {
	counts := map[jscd.DueState]int{}
	for _, st := range states {
		counts[st.Due]++
	}
	var items []Node
	for _, d := range jscd.DueStates() {
		if counts[d] == 0 {
			continue
		}
		items = append(items, h("li", at("class", "pill due-"+string(d), "data-due", string(d)),
			el("b", "", strconv.Itoa(counts[d])), T(" "+l.Enum("due", string(d)))))
	}
	return h("ul", at("class", "summary", "id", "due-summary"), items...)
}

func commitmentItem(in *Input, ix entities, st jscd.CommitmentState) Node {
	l := in.Lang
	c := st.Commitment
	status := string(st.Status)
	pills := []Node{
		h("span", at("class", "pill st-"+orNone(status), "data-status", status), T(l.Enum("status", status))),
		h("span", at("class", "pill due-"+string(st.Due), "data-due", string(st.Due)), T(l.Enum("due", string(st.Due)))),
		el("span", "strength", l.Enum("strength", string(c.Strength))),
	}
	meta := []Node{el("span", "", l.L("by")+": "), in.focusList(ix, c.By)}
	if len(c.To) > 0 {
		meta = append(meta, T(" · "+l.L("towards")+" "), in.focusList(ix, c.To))
	}
	if !c.Due.IsZero() {
		meta = append(meta, T(" · "+l.L("due")+": "), dateNode(l, c.Due))
	}
	if st.Status != "" && !st.Since.IsZero() {
		meta = append(meta, T(" · "+l.Enum("status", status)+" "+l.L("since")+" "), dateNode(l, st.Since))
	}
	kids := []Node{
		h("div", at("class", "pills"), pills...),
		h("p", at("class", "text"), in.entityLink(c.ID, textOf(l, "bdi", c.Text, ""))),
		h("p", at("class", "meta"), meta...),
	}
	if len(c.Areas) > 0 {
		var tags []Node
		for _, a := range c.Areas {
			tags = append(tags, el("li", "tag", l.Enum("area", string(a))))
		}
		kids = append(kids, h("ul", at("class", "tags"), tags...))
	}
	if st.Possibly != "" {
		kids = append(kids, h("p", at("class", "possibly"),
			T(fill(l.L("possibly"), "status", l.Enum("status", string(st.Possibly))))))
	}
	return h("li", at("class", "commitment st-"+orNone(status)+" due-"+string(st.Due), "data-id", string(st.ID)), kids...)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// sep is the list separator of the page's language.
func sep(l *Lang) string {
	if l.Code == "en" {
		return ", "
	}
	return "، "
}
