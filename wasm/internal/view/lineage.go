package view

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/wasm/internal/layout"
)

// Lineage drawing sizes, in SVG user units. The drawing is shown at its own size, one unit a
// CSS pixel (style.css), so these are also the sizes on screen: a panel narrower than the
// drawing scrolls sideways instead of shrinking its text.
const (
	lineageUnit    = 200.0 // horizontal distance between places
	lineageNodeW   = 184.0
	lineageNodeH   = 100.0
	lineageLayerH  = 190.0 // a node and the gap below it, where the edges' labels go
	lineagePortGap = 34.0  // between the ends of two edges on one side of a node, at most
	lineagePad     = 16.0
	// Nodes linked to nothing are drawn apart, in a row under a caption below the layers.
	lineageApartGap     = 56.0 // from the last layer to the caption's row
	lineageCaptionH     = 28.0
	lineageCaptionPx    = 13.0
	lineageApartPerLine = 4 // nodes per row of the nodes apart, at most

	// A node's name is set in lines of at most lineageNameLines, lineageNameLineH apart, in
	// the node's width less a margin on each side, at the font size of .node-name in
	// style.css, or of .node-name.tight for a name that does not fit otherwise.
	lineageNameLines  = 4
	lineageNameLineH  = 18.0 // Arabic script needs the room
	lineageNameMargin = 8.0
	lineageNameFontPx = 14.0
	lineageTightPx    = 12.5
	lineageKindPx     = 12.5
)

// LineagePanel draws the layered layout of the lineage (layout.Of) as SVG: bases at the top,
// each arrow running from an instrument or event to what it rests on, and the instruments and
// events linked to nothing set apart below. In a right-to-left page the drawing is mirrored,
// so it reads in the page's direction. A legend says what the colours and lines mean.
func LineagePanel(in *Input) []Node {
	l := in.Lang
	out := panelHead(l.L("lineage"), l.L("lineage.help"))
	f := in.Framework
	if f == nil || len(f.Instruments) == 0 {
		return append(out, el("p", "empty", l.L("lineage.empty")))
	}
	end := in.Trace.Begin("jscd.Lineage+Layout")
	lo := layout.Of(f)
	end()
	d := in.derive()
	dr := drawLineage(l, d.ix, lo)
	kids := []Node{h("defs", nil,
		h("marker", at("id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
			"markerWidth", "8", "markerHeight", "8", "orient", "auto-start-reverse"),
			h("path", at("d", "M0,0 L10,5 L0,10 z", "class", "arrowhead"))))}
	for _, e := range dr.edges {
		kids = append(kids, e.node)
	}
	var labels []Node
	for _, lb := range dr.labels {
		labels = append(labels, h("text", at("class", "edge-label", "x", num(lb.x), "y", num(lb.y),
			"text-anchor", "middle", "dominant-baseline", "central"), T(lb.text)))
	}
	kids = append(kids, h("g", at("class", "edge-labels"), labels...))
	if dr.caption.text != "" {
		kids = append(kids, h("text", at("class", "apart-caption", "x", num(dr.caption.x), "y", num(dr.caption.y),
			"text-anchor", "middle", "dominant-baseline", "central"), T(dr.caption.text)))
	}
	for _, n := range dr.nodes {
		kids = append(kids, n.node)
	}
	svg := h("svg", at("class", "lineage", "id", "lineage-svg", "viewBox", "0 0 "+num(dr.width)+" "+num(dr.height),
		"width", num(dr.width), "height", num(dr.height), "role", "group", "aria-label", l.L("lineage")), kids...)
	focus := dr.focusX(d.timeline) / dr.width
	return append(out, lineageLegend(l, len(dr.apart) > 0), scroller(l, "lineage-scroll", focus, svg))
}

// scroller wraps a drawing shown at its own size in a box that scrolls sideways when the
// panel is narrower. render.js scrolls it so that the point focus (a fraction of the drawing's
// width from its left edge) is in view when the page opens, and marks which sides have more
// to see, which style.css shows at the edges; a line under it says so in words.
func scroller(l *Lang, id string, focus float64, drawing Node) Node {
	if math.IsNaN(focus) || focus < 0 {
		focus = 0
	}
	return h("div", at("class", "scroller", "id", id),
		h("div", at("class", "scroll", "data-focus", num3(min(focus, 1)), "tabindex", "0", "role", "region",
			"aria-label", l.L("scroll.label")), drawing),
		el("p", "more-hint", l.L("scroll.more")))
}

// num3 formats a fraction for an attribute.
func num3(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

// lineageLegend says what the lineage's colours and lines mean.
func lineageLegend(l *Lang, apart bool) Node {
	items := []Node{
		legendItem(l, "swatch sw-node-instrument", "lineage.legend.instrument"),
		legendItem(l, "swatch sw-node-event", "lineage.legend.event"),
		legendItem(l, "line-swatch ls-based-on", "lineage.legend.based-on"),
		legendItem(l, "line-swatch ls-relation", "lineage.legend.relation"),
		legendItem(l, "line-swatch ls-supersedes", "lineage.legend.supersedes"),
		legendItem(l, "line-swatch ls-event-of", "lineage.legend.event-of"),
		legendItem(l, "", "lineage.legend.top"),
	}
	if apart {
		items = append(items, legendItem(l, "", "lineage.legend.apart"))
	}
	return h("ul", at("class", "legend", "id", "lineage-legend"), items...)
}

func legendItem(l *Lang, class, key string) Node {
	if class == "" {
		return el("li", "", l.L(key))
	}
	return h("li", nil, h("span", at("class", class, "aria-hidden", "true")), T(l.L(key)))
}

// eventOf is the page's name for the edge from an event to its instrument, which has no
// relation type in the library (jscd.Edge): its class (rel-event-of in style.css), its
// data-type and its label key (relation.event-of).
const eventOf = "event-of"

// box is a rectangle of the drawing: its left, top, right and bottom.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

func (a box) contains(x, y float64) bool { return x >= a.x0 && x <= a.x1 && y >= a.y0 && y <= a.y1 }

// crossedBy reports whether the segment from (ax, ay) to (bx, by) passes through the box.
func (a box) crossedBy(ax, ay, bx, by float64) bool {
	if a.contains(ax, ay) || a.contains(bx, by) {
		return true
	}
	// Clip the segment's parameter range against each slab (Liang–Barsky).
	t0, t1 := 0.0, 1.0
	dx, dy := bx-ax, by-ay
	for _, c := range [4][2]float64{{-dx, ax - a.x0}, {dx, a.x1 - ax}, {-dy, ay - a.y0}, {dy, a.y1 - ay}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = max(t0, r)
		} else {
			t1 = min(t1, r)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// lineageDrawing is the lineage laid out in the drawing's units: what the panel draws, and
// what the tests check (no label covers another, a node or an edge other than its own).
type lineageDrawing struct {
	width, height float64
	nodes         []drawnNode
	edges         []drawnEdge
	labels        []drawnLabel
	apart         []jscd.ID // the nodes linked to nothing, drawn below the layers
	caption       drawnLabel
}

type drawnNode struct {
	id    jscd.ID
	box   box
	texts []drawnLabel // its name's lines and its kind, each with its font size
	node  Node
}

type drawnEdge struct {
	from, to jscd.ID
	relation string
	points   []point // the edge's curve as a polyline, for the overlap tests
	node     Node
}

type drawnLabel struct {
	text  string
	x, y  float64 // the centre of the text
	px    float64 // its font size
	box   box
	edges []int // the edges it names; none for a node's text or the caption
}

type point struct{ x, y float64 }

// regularEm scales emWidth, an estimate for bold text, to text of regular weight.
const regularEm = 0.88

// edgeLabelPx is the edge labels' font size (.edge-label in style.css); a label is kept
// edgeLabelPad units clear of the edges that are not its own.
const (
	edgeLabelPx  = 13.0
	edgeLabelPad = 3.0
)

// drawLineage lays out the lineage lo in the drawing's units, mirrored for a right-to-left
// page, and places the edges' labels.
func drawLineage(l *Lang, ix entities, lo layout.Layout) *lineageDrawing {
	linked := map[jscd.ID]bool{}
	for _, e := range lo.Edges {
		linked[e.From], linked[e.To] = true, true
	}
	dr := &lineageDrawing{}
	// The layered part is drawn from the left edge of the places its linked nodes and its
	// edges' bends use, so that leaving out the unlinked nodes leaves no empty column.
	minX, maxX, layers := math.Inf(1), math.Inf(-1), 0
	for _, layer := range lo.Layers {
		for _, id := range layer {
			if !linked[id] {
				dr.apart = append(dr.apart, id)
				continue
			}
			p := lo.Places[id]
			minX, maxX, layers = min(minX, p.X), max(maxX, p.X), max(layers, p.Layer+1)
		}
	}
	for _, route := range lo.Routes {
		for _, p := range route {
			minX, maxX = min(minX, p.X), max(maxX, p.X)
		}
	}
	columns := 0.0
	if layers > 0 {
		columns = maxX - minX + 1
	} else {
		minX = 0
	}
	apartPerRow := min(len(dr.apart), max(lineageApartPerLine, int(columns)))
	apartRows := 0
	if len(dr.apart) > 0 {
		apartRows = (len(dr.apart) + apartPerRow - 1) / apartPerRow
	}
	dr.width = max(columns, float64(apartPerRow), 1)*lineageUnit + 2*lineagePad
	layeredH := float64(layers)*lineageLayerH - (lineageLayerH - lineageNodeH)
	dr.height = 2*lineagePad + max(layeredH, 0)
	apartTop := lineagePad
	if layers > 0 {
		apartTop += layeredH + lineageApartGap
	}
	if apartRows > 0 {
		dr.height = apartTop + lineageCaptionH + float64(apartRows)*lineageLayerH - (lineageLayerH - lineageNodeH) + lineagePad
	}
	mirror := func(x float64) float64 {
		if l.RTL {
			return dr.width - x
		}
		return x
	}
	center := func(p layout.Point) point {
		return point{mirror(lineagePad + (p.X-minX)*lineageUnit + lineageUnit/2),
			lineagePad + float64(p.Layer)*lineageLayerH + lineageNodeH/2}
	}
	ports := edgePorts(lo, center)
	for i, e := range lo.Edges {
		dr.edges = append(dr.edges, drawEdge(e, lo.Routes[i], center, ports[i]))
	}
	for _, layer := range lo.Layers {
		for _, id := range layer {
			if linked[id] {
				c := center(lo.Places[id])
				dr.nodes = append(dr.nodes, drawNode(l, ix, id, c.x, c.y))
			}
		}
	}
	if len(dr.apart) > 0 {
		// The caption is centred over the row of nodes apart, mirrored or not alike.
		text := l.L("lineage.apart")
		w := emWidth(text) * lineageCaptionPx
		rowW := float64(apartPerRow) * lineageUnit
		x, y := lineagePad+rowW/2, apartTop+lineageCaptionH/2
		if l.RTL {
			x = dr.width - x
		}
		dr.caption = drawnLabel{text: text, x: x, y: y, px: lineageCaptionPx,
			box: box{x - w/2, y - lineageCaptionPx*0.7, x + w/2, y + lineageCaptionPx*0.7}}
		for i, id := range dr.apart {
			row, col := i/apartPerRow, i%apartPerRow
			cx := mirror(lineagePad + float64(col)*lineageUnit + lineageUnit/2)
			cy := apartTop + lineageCaptionH + float64(row)*lineageLayerH + lineageNodeH/2
			dr.nodes = append(dr.nodes, drawNode(l, ix, id, cx, cy))
		}
	}
	dr.placeLabels(l)
	return dr
}

// edgePorts spreads the ends of the edges that leave one node (from its top) or reach it (at
// its bottom) along that side, in the order of where they come from or go, so that no two
// edges start at one point: each edge gets the horizontal offsets of its two ends.
func edgePorts(lo layout.Layout, center func(layout.Point) point) [][2]float64 {
	type end struct {
		edge, side int     // side 0: the edge's From end; 1: its To end
		toward     float64 // the x the edge heads for from this end
	}
	ends := map[[2]any][]end{}
	for i, e := range lo.Edges {
		r := lo.Routes[i]
		if len(r) < 2 {
			continue
		}
		ends[[2]any{e.From, 0}] = append(ends[[2]any{e.From, 0}], end{i, 0, center(r[1]).x})
		ends[[2]any{e.To, 1}] = append(ends[[2]any{e.To, 1}], end{i, 1, center(r[len(r)-2]).x})
	}
	out := make([][2]float64, len(lo.Edges))
	for _, list := range ends {
		slices.SortStableFunc(list, func(a, b end) int { return cmp.Compare(a.toward, b.toward) })
		n := float64(len(list))
		gap := 0.0
		if n > 1 {
			gap = min(lineagePortGap, (lineageNodeW-40)/(n-1))
		}
		for k, e := range list {
			out[e.edge][e.side] = (float64(k) - (n-1)/2) * gap
		}
	}
	return out
}

// drawEdge draws one edge: a curve from the top of its From node, through a bend in each
// layer it crosses, to the bottom of its To node; ports are the offsets of its two ends from
// the nodes' centres (edgePorts).
func drawEdge(e jscd.Edge, route []layout.Point, center func(layout.Point) point, ports [2]float64) drawnEdge {
	relation := string(e.Type)
	if relation == "" {
		relation = eventOf
	}
	de := drawnEdge{from: e.From, to: e.To, relation: relation}
	if len(route) < 2 {
		de.node = h("g", nil)
		return de
	}
	// The route runs from From (a higher layer, lower on the page) up to To.
	start := center(route[0])
	prev := point{start.x + ports[0], start.y - lineageNodeH/2}
	d := "M" + num(prev.x) + "," + num(prev.y)
	de.points = append(de.points, prev)
	for i, p := range route[1:] {
		c := center(p)
		if i == len(route)-2 {
			c.x += ports[1]
			c.y += lineageNodeH/2 + 2
		} else {
			c.y += lineageNodeH / 2 // a bend passes a layer at its nodes' bottom edge, then rises straight
		}
		mid := (prev.y + c.y) / 2
		d += " C" + num(prev.x) + "," + num(mid) + " " + num(c.x) + "," + num(mid) + " " + num(c.x) + "," + num(c.y)
		for k := 1; k <= 16; k++ {
			t := float64(k) / 16
			de.points = append(de.points, bezier(prev, point{prev.x, mid}, point{c.x, mid}, c, t))
		}
		if i < len(route)-2 {
			top := point{c.x, c.y - lineageNodeH}
			d += " L" + num(top.x) + "," + num(top.y)
			de.points = append(de.points, top)
			c = top
		}
		prev = c
	}
	de.node = h("g", at("class", "edge-group"), h("path", at("class", "edge rel-"+relation, "d", d,
		"marker-end", "url(#arrow)", "data-from", string(e.From), "data-to", string(e.To), "data-type", relation)))
	return de
}

func bezier(p0, p1, p2, p3 point, t float64) point {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return point{a*p0.x + b*p1.x + c*p2.x + d*p3.x, a*p0.y + b*p1.y + c*p2.y + d*p3.y}
}

// placeLabels places each labelled edge's label: on its edge where that covers nothing, else
// beside it, trying points along the edge from its middle outwards; a label is never placed
// over a node, another label or an edge other than its own. Edges between the same two nodes
// share one label that names each relation ("based on · complements"). A label that finds
// no such place is left out; its relation is still in the legend.
func (dr *lineageDrawing) placeLabels(l *Lang) {
	h := edgeLabelPx * 1.3
	done := map[[2]jscd.ID]bool{}
	for _, e := range dr.edges {
		pair := [2]jscd.ID{e.from, e.to}
		if e.relation == eventOf || len(e.points) < 2 || done[pair] {
			continue
		}
		done[pair] = true
		var own []int
		var names []string
		for k, o := range dr.edges {
			if o.from == e.from && o.to == e.to && o.relation != eventOf {
				own = append(own, k)
				names = append(names, l.Enum("relation", o.relation))
			}
		}
		text := strings.Join(names, " · ")
		w := emWidth(text)*edgeLabelPx*regularEm + 6
		// Between parallel edges, the label goes on the middle one.
		on := dr.edges[own[len(own)/2]]
		for _, c := range labelCandidates(on.points, w) {
			lb := drawnLabel{text: text, x: c.x, y: c.y, px: edgeLabelPx, edges: own,
				box: box{c.x - w/2, c.y - h/2, c.x + w/2, c.y + h/2}}
			if dr.free(lb) {
				dr.labels = append(dr.labels, lb)
				break
			}
		}
	}
}

// labelCandidates are the places tried for an edge's label, best first: points along the
// edge every labelStep units, from its middle outwards, on the edge and then beside it; at
// most maxLabelCandidates, which bounds the work on a large lineage.
func labelCandidates(pts []point, w float64) []point {
	var along []point
	for k := 1; k < len(pts); k++ {
		p, q := pts[k-1], pts[k]
		n := max(1, int(math.Hypot(q.x-p.x, q.y-p.y)/labelStep))
		for i := range n {
			t := float64(i) / float64(n)
			along = append(along, point{p.x + t*(q.x-p.x), p.y + t*(q.y-p.y)})
		}
	}
	if len(along) < 3 {
		return nil
	}
	along = along[1:] // not at the very start of the edge, on its node's border
	mid := len(along) / 2
	order := []int{mid}
	for k := 1; k <= mid; k++ {
		if mid-k >= 0 {
			order = append(order, mid-k)
		}
		if mid+k < len(along) {
			order = append(order, mid+k)
		}
	}
	var out []point
	for _, side := range []float64{0, -1, 1} {
		for _, i := range order {
			p := along[i]
			out = append(out, point{p.x + side*(w/2+edgeLabelPad+2), p.y})
			if len(out) == maxLabelCandidates {
				return out
			}
		}
	}
	return out
}

const (
	labelStep          = 5.0
	maxLabelCandidates = 300
)

// free reports whether a label may go at its box: inside the drawing, over no node, no label
// placed before, and no edge but its own.
func (dr *lineageDrawing) free(lb drawnLabel) bool {
	b := lb.box
	if b.x0 < 0 || b.y0 < 0 || b.x1 > dr.width || b.y1 > dr.height {
		return false
	}
	for _, n := range dr.nodes {
		if n.box.overlaps(b) {
			return false
		}
	}
	for _, o := range dr.labels {
		if o.box.overlaps(b) {
			return false
		}
	}
	if dr.caption.text != "" && dr.caption.box.overlaps(b) {
		return false
	}
	padded := box{b.x0 - edgeLabelPad, b.y0 - edgeLabelPad, b.x1 + edgeLabelPad, b.y1 + edgeLabelPad}
	for i, e := range dr.edges {
		if !slices.Contains(lb.edges, i) && e.crosses(padded) {
			return false
		}
	}
	return true
}

// crosses reports whether the edge's curve passes through the box.
func (e drawnEdge) crosses(b box) bool {
	for k := 1; k < len(e.points); k++ {
		p, q := e.points[k-1], e.points[k]
		if b.crossedBy(p.x, p.y, q.x, q.y) {
			return true
		}
	}
	return false
}

// focusX is where the drawing should open on a narrow screen: the centre of the node whose
// date starts last, the framework's most recent activity.
func (dr *lineageDrawing) focusX(entries []jscd.TimelineEntry) float64 {
	latest := map[jscd.ID]time.Time{}
	for _, e := range entries {
		if e.Kind != jscd.TimelineKindInstrument && e.Kind != jscd.TimelineKindEvent {
			continue
		}
		if t, ok := e.Date.Earliest(); ok && t.After(latest[e.Subject]) {
			latest[e.Subject] = t
		}
	}
	best, x := time.Time{}, 0.0
	for _, n := range dr.nodes {
		if t := latest[n.id]; !t.IsZero() && !t.Before(best) {
			best, x = t, (n.box.x0+n.box.x1)/2
		}
	}
	return x
}

// nodeNameLines sets a node's name in the lines its box has room for, and gives the lines'
// class: the whole name if it fits; else the whole name in a smaller font (.tight) if it
// fits so; else its short name if that fits; else the name cut with an ellipsis (the node's
// tooltip has it whole).
func nodeNameLines(name, short string) (lines []string, class string) {
	room := lineageNodeW - 2*lineageNameMargin
	lines, whole := fitLines(name, room/lineageNameFontPx, lineageNameLines)
	if whole {
		return lines, "node-name"
	}
	if tight, ok := fitLines(name, room/lineageTightPx, lineageNameLines); ok {
		return tight, "node-name tight"
	}
	if s, ok := fitLines(short, room/lineageNameFontPx, lineageNameLines); ok && short != name {
		return s, "node-name"
	}
	return lines, "node-name"
}

// nameAndLang returns id's display name and the language it is written in, when that is not
// the page's (a fallback): "" otherwise.
func nameAndLang(l *Lang, ix entities, id jscd.ID) (string, string) {
	if e, ok := ix[id]; ok {
		if s, lang := l.Text(e.name); s != "" {
			if lang == l.Code {
				lang = ""
			}
			return s, lang
		}
	}
	return string(id), "" // an ID is not in any language
}

func drawNode(l *Lang, ix entities, id jscd.ID, cx, cy float64) drawnNode {
	e := ix[id]
	name, lang := nameAndLang(l, ix, id)
	lines, class := nodeNameLines(name, ix.short(l, id))
	px := lineageNameFontPx
	if class != "node-name" {
		px = lineageTightPx
	}
	kindGroup := "instrument"
	if e.collection == "events" {
		kindGroup = "event"
	}
	dn := drawnNode{id: id, box: box{cx - lineageNodeW/2, cy - lineageNodeH/2, cx + lineageNodeW/2, cy + lineageNodeH/2}}
	title := el("title", "", name+" — "+l.Enum(kindGroup, e.kind))
	if lang != "" {
		title = h("title", at("lang", lang), T(name+" — "+l.Enum(kindGroup, e.kind)))
	}
	kids := []Node{
		title,
		h("rect", at("x", num(dn.box.x0), "y", num(dn.box.y0), "width", num(lineageNodeW),
			"height", num(lineageNodeH), "rx", "8")),
	}
	// The name's lines are centred a little above the node's middle, the kind's line below them.
	top := cy - 9 - lineageNameLineH/2*float64(len(lines)-1)
	for i, s := range lines {
		y := top + lineageNameLineH*float64(i)
		attrs := at("class", class, "x", num(cx), "y", num(y), "text-anchor", "middle", "dominant-baseline", "central")
		if lang != "" {
			attrs = append(attrs, "lang", lang)
		}
		kids = append(kids, h("text", attrs, T(s)))
		dn.texts = append(dn.texts, drawnLabel{text: s, x: cx, y: y, px: px})
	}
	kindY := cy + lineageNodeH/2 - 11
	kids = append(kids, h("text", at("class", "node-kind", "x", num(cx), "y", num(kindY),
		"text-anchor", "middle", "dominant-baseline", "central"), T(l.Enum(kindGroup, e.kind))))
	dn.texts = append(dn.texts, drawnLabel{text: l.Enum(kindGroup, e.kind), x: cx, y: kindY, px: lineageKindPx})
	dn.node = h("g", at("class", "node node-"+kindGroup, "data-id", string(id), "role", "button", "tabindex", "0",
		"data-act", "locate-path", "data-val", pointer(e.path)), kids...)
	return dn
}
