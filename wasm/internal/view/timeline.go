package view

import (
	"strconv"
	"time"
	"unicode"

	"github.com/jscd-go/jscd/jscd"
)

// Timeline drawing sizes, in SVG user units.
const (
	timelineW      = 860.0
	timelineLabelW = 230.0
	timelineRowH   = 22.0
	timelineAxisH  = 40.0 // the years, then the "as of" label below them
	timelinePad    = 8.0
	asOfLabelHalfW = 55.0 // half the width of "as of 2006-01-02" at the label's font size
)

// span is the earliest and latest day of a date, and whether each end is open.
type span struct {
	from, to         time.Time
	openFrom, openTo bool
}

func spanOfDate(d jscd.Date) (span, bool) {
	var s span
	var okFrom, okTo bool
	s.from, okFrom = d.Earliest()
	s.to, okTo = d.Latest()
	if !okFrom && !okTo {
		return s, false
	}
	s.openFrom, s.openTo = !okFrom, !okTo
	return s, true
}

// DateRange returns the first and last day of everything dated in f's timeline, so the date
// controls and the time axis cover the document; ok is false when nothing in f is dated.
func DateRange(f *jscd.Framework) (first, last time.Time, ok bool) {
	return dateRange(f.Timeline())
}

func dateRange(entries []jscd.TimelineEntry) (first, last time.Time, ok bool) {
	for _, e := range entries {
		s, has := spanOfDate(e.Date)
		if !has {
			continue
		}
		for _, t := range []time.Time{s.from, s.to} {
			if t.IsZero() {
				continue
			}
			if !ok || t.Before(first) {
				first = t
			}
			if !ok || t.After(last) {
				last = t
			}
			ok = true
		}
	}
	return first, last, ok
}

// DefaultAsOf is the day the page first shows the commitments' status on: the last day of the
// event that starts last, the moment the document describes (an event dated only by its year
// does not pull the day to the year's end); or the last dated day when there is no event.
func DefaultAsOf(f *jscd.Framework) time.Time { return defaultAsOf(f.Timeline()) }

func defaultAsOf(entries []jscd.TimelineEntry) time.Time {
	var start, best time.Time
	for _, e := range entries {
		if e.Kind != jscd.TimelineKindEvent {
			continue
		}
		from, ok1 := e.Date.Earliest()
		to, ok2 := e.Date.Latest()
		if ok1 && ok2 && !from.Before(start) {
			start, best = from, to
		}
	}
	if best.IsZero() {
		_, best, _ = dateRange(entries)
	}
	return best
}

// timelineRow is one subject of the timeline and its entries.
type timelineRow struct {
	subject jscd.ID
	group   string
	entries []jscd.TimelineEntry
}

// timelineGroups orders the rows: instruments and events, then commitments, then positions.
var timelineGroups = [...]string{"instruments", "commitments", "positions"}

func groupOf(k jscd.TimelineKind) string {
	switch k {
	case jscd.TimelineKindCommitmentMade, jscd.TimelineKindStatusChange, jscd.TimelineKindCommitmentDue:
		return "commitments"
	case jscd.TimelineKindPosition:
		return "positions"
	}
	return "instruments"
}

func timelineRows(entries []jscd.TimelineEntry) []timelineRow {
	var rows []timelineRow
	at := map[string]int{}
	for _, g := range timelineGroups {
		for _, e := range entries {
			if groupOf(e.Kind) != g {
				continue
			}
			key := g + "\x00" + string(e.Subject)
			i, seen := at[key]
			if !seen {
				i = len(rows)
				at[key] = i
				rows = append(rows, timelineRow{subject: e.Subject, group: g})
			}
			rows[i].entries = append(rows[i].entries, e)
		}
	}
	return rows
}

// timeAxis maps days to x coordinates over whole years.
type timeAxis struct {
	from, to time.Time
	x0, x1   float64
	rtl      bool
}

func (a timeAxis) x(t time.Time) float64 {
	frac := float64(t.Sub(a.from)) / float64(a.to.Sub(a.from))
	frac = min(max(frac, 0), 1)
	x := a.x0 + frac*(a.x1-a.x0)
	if a.rtl {
		return timelineW - x
	}
	return x
}

// TimelinePanel draws the library's timeline: one row per subject, a year or a month as a bar
// of its length (a year taller than a month), a day as a dot, an uncertain date dashed and an
// approximate one faded, each with its date in words in a tooltip and a legend that says so.
// A line marks the day the commitments are shown as of.
func TimelinePanel(in *Input) []Node {
	l := in.Lang
	out := panelHead(l.L("timeline"), l.L("timeline.help"))
	d := in.derive()
	entries, first, last := d.timeline, d.first, d.last
	if !d.dated {
		return append(out, el("p", "empty", l.L("timeline.empty")))
	}
	axis := timeAxis{
		from: time.Date(first.Year(), 1, 1, 0, 0, 0, 0, time.UTC),
		to:   time.Date(last.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC),
		x0:   timelineLabelW + timelinePad, x1: timelineW - timelinePad, rtl: l.RTL,
	}
	rows := timelineRows(entries)
	height := timelineAxisH + float64(len(rows))*timelineRowH + timelinePad
	ix := d.ix
	kids := axis.grid(height)
	for i, r := range rows {
		kids = append(kids, timelineRowNode(l, ix, axis, r, timelineAxisH+float64(i)*timelineRowH))
	}
	if !in.AsOf.IsZero() {
		x := axis.x(in.AsOf)
		// The label is centred on the line but kept inside the axis, so that a day near either
		// end does not cut it off.
		labelX := min(max(x, axis.x0+asOfLabelHalfW), axis.x1-asOfLabelHalfW)
		kids = append(kids, h("line", at("class", "asof", "x1", num(x), "x2", num(x), "y1", num(timelineAxisH-6), "y2", num(height))),
			h("text", at("class", "asof-label", "x", num(labelX), "y", num(timelineAxisH-9), "text-anchor", "middle"),
				T(l.L("timeline.asOf")+" "+formatDay(in.AsOf))))
	}
	svg := h("svg", at("class", "timeline", "id", "timeline-svg", "viewBox", "0 0 "+num(timelineW)+" "+num(height),
		"role", "group", "aria-label", l.L("timeline")), kids...)
	return append(out, timelineLegend(l), h("div", at("class", "scroll"), svg))
}

// grid draws a line and a label for each year, thinning the labels on long spans.
func (a timeAxis) grid(height float64) []Node {
	years := a.to.Year() - a.from.Year()
	step := 1
	for years/step > 12 {
		step++
	}
	var out []Node
	for y := a.from.Year(); y <= a.to.Year(); y++ {
		x := num(a.x(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)))
		out = append(out, h("line", at("class", "year-line", "x1", x, "x2", x, "y1", num(timelineAxisH-4), "y2", num(height))))
		if (y-a.from.Year())%step == 0 && y < a.to.Year() {
			mid := num(a.x(time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)))
			out = append(out, h("text", at("class", "year", "x", mid, "y", "12", "text-anchor", "middle"), T(strconv.Itoa(y))))
		}
	}
	return out
}

func timelineRowNode(l *Lang, ix entities, axis timeAxis, r timelineRow, y float64) Node {
	name := ix.name(l, r.subject)
	// The labels' column is at the page's start: the left end in English, the right end in
	// Arabic and Kurdish. Each label runs in its own text's direction (an English name on an
	// Arabic page keeps its ellipsis at its end), and is anchored so that it stays in the
	// column: at its start when it runs the page's way, at its end otherwise.
	labelX, dir, anchor := timelinePad, "ltr", "start"
	if l.RTL {
		labelX = timelineW - timelinePad
	}
	if startsRTL(name) {
		dir = "rtl"
	}
	if (dir == "rtl") != l.RTL {
		anchor = "end"
	}
	kids := []Node{
		h("rect", at("class", "row-bg", "x", "0", "y", num(y), "width", num(timelineW), "height", num(timelineRowH))),
		h("text", at("class", "row-label", "x", num(labelX), "y", num(y+timelineRowH/2), "text-anchor", anchor,
			"direction", dir, "dominant-baseline", "middle"), el("title", "", name), T(ellipsize(name, 34))),
	}
	for _, e := range r.entries {
		kids = append(kids, timelineMark(l, axis, e, y+timelineRowH/2))
	}
	return h("g", at("class", "row row-"+r.group, "data-subject", string(r.subject)), kids...)
}

// timelineMark draws one entry. Its classes carry what the eye should see (precision,
// uncertainty, approximation, open ends) and its tooltip says it in words.
func timelineMark(l *Lang, axis timeAxis, e jscd.TimelineEntry, cy float64) Node {
	s, _ := spanOfDate(e.Date)
	prec := precisionName(e.Date.Precision())
	class := "mark k-" + string(e.Kind) + " p-" + prec
	words := []string{l.Enum("timeline", string(e.Kind)), e.Date.String()}
	if prec != "" {
		words = append(words, l.L("precision."+prec))
	}
	if e.Date.Uncertain() {
		class += " uncertain"
		words = append(words, l.L("uncertain"))
	}
	if e.Date.Approximate() {
		class += " approximate"
		words = append(words, l.L("approximate"))
	}
	if e.Status != "" {
		class += " st-" + string(e.Status)
		words = append(words, l.Enum("status", string(e.Status)))
	}
	if s.openFrom || s.openTo {
		class += " open"
		words = append(words, l.L("open"))
	}
	label, _ := l.Text(e.Label)
	title := el("title", "", label+" — "+joinWords(words))
	attrs := at("data-act", "locate-path", "data-val", pointer(e.Path), "data-kind", string(e.Kind),
		"data-date", e.Date.String(), "role", "button", "tabindex", "0")
	if prec == "day" && !e.Date.IsInterval() {
		return h("circle", append(at("class", class, "cx", num(axis.x(s.from)), "cy", num(cy), "r", "4.5"), attrs...), title)
	}
	from, to := s.from, s.to.AddDate(0, 0, 1)
	if s.openFrom {
		from = axis.from
	}
	if s.openTo {
		to = axis.to
	}
	x0, x1 := axis.x(from), axis.x(to)
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	hgt := 12.0
	if prec != "year" {
		hgt = 7
	}
	return h("rect", append(at("class", class, "x", num(x0), "y", num(cy-hgt/2), "width", num(max(x1-x0, 3)),
		"height", num(hgt), "rx", "2"), attrs...), title)
}

func precisionName(p jscd.Precision) string {
	switch p {
	case jscd.PrecisionYear:
		return "year"
	case jscd.PrecisionSeason, jscd.PrecisionMonth:
		return "month"
	case jscd.PrecisionDay:
		return "day"
	}
	return ""
}

func joinWords(words []string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += " · "
		}
		s += w
	}
	return s
}

// legendItems are the timeline legend's swatches, each with the label that says what it means.
var legendItems = [...]struct{ class, label string }{
	{"swatch sw-year", "precision.year"},
	{"swatch sw-month", "precision.month"},
	{"swatch sw-day", "precision.day"},
	{"swatch sw-uncertain", "uncertain"},
	{"swatch sw-approximate", "approximate"},
	{"swatch sw-instrument", "timeline.instrument"},
	{"swatch sw-event", "timeline.event"},
	{"swatch sw-commitment", "timeline.commitment-made"},
	{"swatch sw-due", "timeline.commitment-due"},
	{"swatch sw-position", "timeline.position"},
}

// timelineLegend shows, in words, what each kind of mark means.
func timelineLegend(l *Lang) Node {
	items := make([]Node, len(legendItems))
	for i, it := range legendItems {
		items[i] = h("li", nil, h("span", at("class", it.class, "aria-hidden", "true")), T(l.L(it.label)))
	}
	return h("ul", at("class", "legend"), items...)
}

// startsRTL reports whether the first strongly directional letter of s is written right to
// left (Arabic script, as in the page's Arabic and Kurdish, or Hebrew), as dir="auto" decides.
func startsRTL(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}
