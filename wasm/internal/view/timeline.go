package view

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode"

	"github.com/jscd-go/jscd/jscd"
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

// timeAxis maps days to x coordinates in the track: each year has a width of its own, wide
// for a year in which an entry begins or ends and narrow for one in which nothing does, so
// that the years where things happened get the room (the years' lines show which is which).
type timeAxis struct {
	from, to time.Time
	years    []float64 // x where each year begins, from from's year to to's, one more at the end
	width    float64
	rtl      bool
}

// Year widths of the track, in units (pixels).
const (
	activeYearW = 84.0
	quietYearW  = 18.0
	trackPad    = 12.0
)

func newTimeAxis(entries []jscd.TimelineEntry, first, last time.Time, rtl bool) timeAxis {
	a := timeAxis{
		from: time.Date(first.Year(), 1, 1, 0, 0, 0, 0, time.UTC),
		to:   time.Date(last.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC),
		rtl:  rtl,
	}
	active := map[int]bool{}
	for _, e := range entries {
		if s, ok := spanOfDate(e.Date); ok {
			if !s.openFrom {
				active[s.from.Year()] = true
			}
			if !s.openTo {
				active[s.to.Year()] = true
			}
		}
	}
	x := trackPad
	for y := a.from.Year(); y <= a.to.Year(); y++ {
		a.years = append(a.years, x)
		if active[y] {
			x += activeYearW
		} else {
			x += quietYearW
		}
	}
	a.width = a.years[len(a.years)-1] + trackPad
	return a
}

// x returns the x of a day: in its year, in proportion to the days gone.
func (a timeAxis) x(t time.Time) float64 {
	if t.Before(a.from) {
		t = a.from
	}
	if !t.Before(a.to) {
		return a.mirror(a.years[len(a.years)-1])
	}
	k := t.Year() - a.from.Year()
	start := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	frac := float64(t.Sub(start)) / float64(start.AddDate(1, 0, 0).Sub(start))
	return a.mirror(a.years[k] + frac*(a.years[k+1]-a.years[k]))
}

func (a timeAxis) mirror(x float64) float64 {
	if a.rtl {
		return a.width - x
	}
	return x
}

// Timeline drawing sizes, in units (pixels): the axis, a row of the labels' column and of the
// track, and a group's heading row.
const (
	timelineAxisH   = 44.0 // the years, then the "as of" label below them
	timelineRowH    = 34.0 // two lines of a label
	timelineGroupH  = 28.0
	timelineMarkGap = 12.0 // between the centres of two point marks of a row, at least
	timelinePointR  = 5.0
	asOfLabelPx     = 12.5
	yearLabelPx     = 12.0
	yearLabelW      = 36.0 // room for a year's label, "2023" at yearLabelPx and a gap
)

// timelineLine is a row of the timeline: a group's heading, or a subject and its entries.
type timelineLine struct {
	heading string // the group, for a heading
	row     *timelineRow
	y, h    float64
}

// TimelinePanel draws the library's timeline: the subjects' names in a column of text at
// the page's start, and beside it a track that scrolls sideways on a narrow screen, opening
// on the most recent years. In the track a year or a month is a bar of its length (a year
// taller than a month), a day a point, whose shape says the entry's kind; an uncertain date is
// dashed, an approximate one faded; each mark has its date in a tooltip. Legends say so,
// one for each encoding. A line marks the day the commitments are shown as of.
func TimelinePanel(in *Input) []Node {
	l := in.Lang
	out := panelHead(l.L("timeline"), l.L("timeline.help"))
	d := in.derive()
	entries, first, last := d.timeline, d.first, d.last
	if !d.dated {
		return append(out, el("p", "empty", l.L("timeline.empty")))
	}
	axis := newTimeAxis(entries, first, last, l.RTL)
	lines := timelineLines(timelineRows(entries))
	height := timelineAxisH
	if n := len(lines); n > 0 {
		height = lines[n-1].y + lines[n-1].h
	}
	height += trackPad / 2
	ix := d.ix
	var labels []Node
	kids := axis.grid(height)
	for _, ln := range lines {
		if ln.row == nil {
			labels = append(labels, h("li", at("class", "group-label"), T(l.L("timeline.group."+ln.heading))))
			kids = append(kids, h("rect", at("class", "group-bg", "x", "0", "y", num(ln.y), "width", num(axis.width), "height", num(ln.h))))
			continue
		}
		labels = append(labels, timelineLabel(l, ix, *ln.row))
		kids = append(kids, timelineRowNode(l, axis, *ln.row, ln.y))
	}
	focus := axis.x(last)
	if !in.AsOf.IsZero() {
		x := axis.x(in.AsOf)
		focus = x
		// The label is centred on the line but kept inside the track, so that a day near
		// either end does not cut it off.
		// The day is isolated left to right (U+2066 … U+2069), so that an Arabic label does
		// not reorder its digits and hyphens.
		text := l.L("timeline.asOf") + " \u2066" + formatDay(in.AsOf) + "\u2069"
		half := emWidth(text) * asOfLabelPx / 2
		labelX := min(max(x, half+2), axis.width-half-2)
		kids = append(kids, h("line", at("class", "asof", "x1", num(x), "x2", num(x), "y1", num(timelineAxisH-14), "y2", num(height))),
			h("text", at("class", "asof-label", "x", num(labelX), "y", num(timelineAxisH-20), "text-anchor", "middle"), T(text)))
	}
	svg := h("svg", at("class", "timeline", "id", "timeline-svg", "viewBox", "0 0 "+num(axis.width)+" "+num(height),
		"width", num(axis.width), "height", num(height), "role", "group", "aria-label", l.L("timeline")), kids...)
	body := h("div", at("class", "timeline-body"),
		h("ol", at("class", "row-labels", "id", "timeline-labels", "aria-hidden", "true"), labels...),
		scroller(l, "timeline-scroll", focus/axis.width, svg))
	return append(out, timelineLegends(l, entries), body)
}

// timelineLines gives each group a heading and each row its place, from the top of the track.
func timelineLines(rows []timelineRow) []timelineLine {
	var out []timelineLine
	y := timelineAxisH
	group := ""
	for i := range rows {
		if rows[i].group != group {
			group = rows[i].group
			out = append(out, timelineLine{heading: group, y: y, h: timelineGroupH})
			y += timelineGroupH
		}
		out = append(out, timelineLine{row: &rows[i], y: y, h: timelineRowH})
		y += timelineRowH
	}
	return out
}

// grid draws a line at the start of each year and labels the years there is room for: every
// wide year, the first and the last, then the narrow ones whose label touches no other.
func (a timeAxis) grid(height float64) []Node {
	var out []Node
	n := len(a.years) - 1 // years drawn; a.years[n] is the end of the last
	labelled := make([]bool, n)
	var mids []float64
	free := func(mid float64) bool {
		for _, m := range mids {
			if math.Abs(m-mid) < yearLabelW {
				return false
			}
		}
		return true
	}
	for pass := range 2 {
		for k := range n {
			mid := (a.years[k] + a.years[k+1]) / 2
			wide := a.years[k+1]-a.years[k] >= yearLabelW || k == 0 || k == n-1
			if !labelled[k] && (wide || pass == 1) && free(mid) {
				labelled[k] = true
				mids = append(mids, mid)
			}
		}
	}
	for k, x0 := range a.years {
		x := num(a.mirror(x0))
		out = append(out, h("line", at("class", "year-line", "x1", x, "x2", x, "y1", num(timelineAxisH-10), "y2", num(height))))
		if k < n && labelled[k] {
			mid := (x0 + a.years[k+1]) / 2
			out = append(out, h("text", at("class", "year", "x", num(a.mirror(mid)), "y", "14", "text-anchor", "middle"),
				T(strconv.Itoa(a.from.Year()+k))))
		}
	}
	return out
}

// timelineLabel is a row's subject in the labels' column: its name in two lines at most,
// whole in its tooltip, marked with its language when that is not the page's.
func timelineLabel(l *Lang, ix entities, r timelineRow) Node {
	name, lang := nameAndLang(l, ix, r.subject)
	attrs := at("class", "row-label row-"+r.group, "data-subject", string(r.subject), "title", name, "dir", "auto")
	if lang != "" {
		attrs = append(attrs, "lang", lang)
	}
	return h("li", attrs, el("span", "clamp", name))
}

func timelineRowNode(l *Lang, axis timeAxis, r timelineRow, y float64) Node {
	kids := []Node{
		h("rect", at("class", "row-bg", "x", "0", "y", num(y), "width", num(axis.width), "height", num(timelineRowH))),
	}
	cy := y + timelineRowH/2
	var points []Node
	for _, p := range dodge(axis, r.entries) {
		if p.point {
			points = append(points, timelineMark(l, axis, p.entry, p.x, cy, true))
		} else {
			kids = append(kids, timelineMark(l, axis, p.entry, p.x, cy, false))
		}
	}
	kids = append(kids, points...) // points over bars, so each can be chosen
	return h("g", at("class", "row row-"+r.group, "data-subject", string(r.subject)), kids...)
}

// placedMark is an entry and the x it is drawn at: a point's centre, moved aside from the
// points before it in its row so that they do not cover each other (dodge); a bar's start.
type placedMark struct {
	entry jscd.TimelineEntry
	x     float64
	point bool
}

// dodge places a row's entries: bars where their dates are; points in the order of their
// dates, each at least timelineMarkGap from the one before it in the reading direction, so
// that entries of one day (a commitment made and agreed at one meeting) are side by side.
func dodge(axis timeAxis, entries []jscd.TimelineEntry) []placedMark {
	out := make([]placedMark, 0, len(entries))
	var pts []int
	for _, e := range entries {
		s, _ := spanOfDate(e.Date)
		if isPoint(e) {
			out = append(out, placedMark{e, axis.x(s.from), true})
			pts = append(pts, len(out)-1)
		} else {
			out = append(out, placedMark{entry: e})
		}
	}
	sign := 1.0
	if axis.rtl {
		sign = -1
	}
	slices.SortStableFunc(pts, func(a, b int) int { return cmp.Compare(sign*out[a].x, sign*out[b].x) })
	for k := 1; k < len(pts); k++ {
		prev, cur := &out[pts[k-1]], &out[pts[k]]
		if sign*(cur.x-prev.x) < timelineMarkGap {
			cur.x = prev.x + sign*timelineMarkGap
		}
	}
	return out
}

// isPoint reports whether an entry is drawn as a point: a single day.
func isPoint(e jscd.TimelineEntry) bool {
	return e.Date.Precision() == jscd.PrecisionDay && !e.Date.IsInterval()
}

// timelineMark draws one entry. Its classes carry what the eye should see (kind, precision,
// uncertainty, approximation, open ends) and its tooltip says it in words.
func timelineMark(l *Lang, axis timeAxis, e jscd.TimelineEntry, x, cy float64, point bool) Node {
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
	if e.Stage != "" {
		class += " stage-" + string(e.Stage)
		words = append(words, l.Enum("stage", string(e.Stage)))
	}
	if s.openFrom || s.openTo {
		class += " open"
		words = append(words, l.L("open"))
	}
	label, lang := l.Text(e.Label)
	title := el("title", "", label+" — "+joinWords(words))
	if lang != "" && lang != l.Code {
		title = h("title", at("lang", lang), T(label+" — "+joinWords(words)))
	}
	attrs := at("data-act", "locate-path", "data-val", pointer(e.Path), "data-kind", string(e.Kind),
		"data-date", e.Date.String(), "role", "button", "tabindex", "0")
	if point {
		return h("path", append(at("class", class, "d", pointShape(e.Kind, x, cy)), attrs...), title)
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
	hgt := 14.0
	if prec != "year" {
		hgt = 8
	}
	return h("rect", append(at("class", class, "x", num(x0), "y", num(cy-hgt/2), "width", num(max(x1-x0, 4)),
		"height", num(hgt), "rx", "2"), attrs...), title)
}

// pointShape is the outline of a point mark, by kind: a circle for most, a diamond for a
// step of an instrument's lifecycle or its signing, a triangle pointing up for a site added
// and down for one removed.
func pointShape(k jscd.TimelineKind, x, y float64) string {
	r := timelinePointR
	p := func(dx, dy float64) string { return num(x+dx) + "," + num(y+dy) }
	switch k {
	case jscd.TimelineKindLifecycle, jscd.TimelineKindSigned:
		r += 1
		return "M" + p(0, -r) + " L" + p(r, 0) + " L" + p(0, r) + " L" + p(-r, 0) + " Z"
	case jscd.TimelineKindSiteAdded:
		return "M" + p(0, -r-1) + " L" + p(r+1, r) + " L" + p(-r-1, r) + " Z"
	case jscd.TimelineKindSiteRemoved:
		return "M" + p(0, r+1) + " L" + p(r+1, -r) + " L" + p(-r-1, -r) + " Z"
	}
	return "M" + p(-r, 0) + " A" + num(r) + "," + num(r) + " 0 1,0 " + p(r, 0) + " A" + num(r) + "," + num(r) + " 0 1,0 " + p(-r, 0) + " Z"
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

// The timeline's legends, one for each thing its marks encode: how precise a date is (the
// mark's shape and height), how certain (its outline and fill), and what the entry is (its
// colour, and a point's shape).
var (
	precisionLegend = [...]struct{ class, label string }{
		{"swatch sw-year", "precision.year"},
		{"swatch sw-month", "precision.month"},
		{"swatch sw-day", "precision.day"},
	}
	certaintyLegend = [...]struct{ class, label string }{
		{"swatch sw-certain", "certain"},
		{"swatch sw-uncertain", "uncertain"},
		{"swatch sw-approximate", "approximate"},
		{"swatch sw-open", "open"},
	}
)

// timelineLegends shows, in words, what the marks' shapes, outlines and colours mean; the
// kinds' legend lists the kinds the timeline has.
func timelineLegends(l *Lang, entries []jscd.TimelineEntry) Node {
	var precision, certainty, kinds []Node
	for _, it := range precisionLegend {
		precision = append(precision, legendItem(l, it.class, it.label))
	}
	for _, it := range certaintyLegend {
		certainty = append(certainty, legendItem(l, it.class, it.label))
	}
	has := map[jscd.TimelineKind]bool{}
	for _, e := range entries {
		has[e.Kind] = true
	}
	for _, k := range jscd.TimelineKinds() {
		if has[k] {
			kinds = append(kinds, legendItem(l, "swatch sw-k sw-"+string(k), "timeline."+string(k)))
		}
	}
	return h("div", at("class", "legends", "id", "timeline-legend"),
		h("ul", at("class", "legend"), append([]Node{el("li", "legend-head", l.L("legend.precision"))}, precision...)...),
		h("ul", at("class", "legend"), append([]Node{el("li", "legend-head", l.L("legend.certainty"))}, certainty...)...),
		h("ul", at("class", "legend"), append([]Node{el("li", "legend-head", l.L("legend.kind"))}, kinds...)...),
		el("p", "help legend-note", l.L("timeline.quiet-years")))
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
