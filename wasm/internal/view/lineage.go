package view

import (
	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/wasm/internal/layout"
)

// Lineage drawing sizes, in SVG user units.
const (
	lineageUnit   = 200.0 // horizontal distance between places
	lineageNodeW  = 184.0
	lineageNodeH  = 84.0
	lineageLayerH = 140.0
	lineagePad    = 16.0

	// A node's name is set in lines of at most lineageNameLines, lineageNameLineH apart, in
	// the node's width less a margin on each side, at the font size of .node-name in
	// style.css, or of .node-name.tight for a name that does not fit otherwise.
	lineageNameLines  = 3
	lineageNameLineH  = 19.0 // Arabic script needs the room
	lineageNameMargin = 8.0
	lineageNameFontPx = 15.0
	lineageTightPx    = 13.0
)

// LineagePanel draws the layered layout of the lineage (layout.Of) as SVG: bases at the top,
// each arrow running from an instrument or event to what it rests on. In a right-to-left page
// the drawing is mirrored, so it reads in the page's direction.
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
	ix := in.derive().ix
	width := max(float64(lo.Width), 1)*lineageUnit + 2*lineagePad
	height := float64(len(lo.Layers))*lineageLayerH - (lineageLayerH - lineageNodeH) + 2*lineagePad
	g := lineageGeometry{rtl: l.RTL, width: width}
	var kids []Node
	kids = append(kids, h("defs", nil,
		h("marker", at("id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
			"markerWidth", "8", "markerHeight", "8", "orient", "auto-start-reverse"),
			h("path", at("d", "M0,0 L10,5 L0,10 z", "class", "arrowhead")))))
	var labels []edgeLabel
	for i, e := range lo.Edges {
		edge, label, ok := g.edge(l, e, lo.Routes[i])
		kids = append(kids, edge)
		if ok {
			labels = append(labels, label)
		}
	}
	kids = append(kids, h("g", at("class", "edge-labels"), placeLabels(labels)...))
	for _, layer := range lo.Layers {
		for _, id := range layer {
			p, _ := lo.Position(id)
			kids = append(kids, g.node(l, ix, id, p))
		}
	}
	svg := h("svg", at("class", "lineage", "id", "lineage-svg", "viewBox", "0 0 "+num(width)+" "+num(height),
		"role", "group", "aria-label", l.L("lineage")), kids...)
	return append(out, h("div", at("class", "scroll"), svg))
}

// eventOf is the page's name for the edge from an event to its instrument, which has no
// relation type in the library (jscd.Edge): its class (rel-event-of in style.css), its
// data-type and its label key (relation.event-of).
const eventOf = "event-of"

type lineageGeometry struct {
	rtl   bool
	width float64
}

// center returns the centre of a place.
func (g lineageGeometry) center(p layout.Point) (x, y float64) {
	x = lineagePad + p.X*lineageUnit + lineageUnit/2
	if g.rtl {
		x = g.width - x
	}
	return x, lineagePad + float64(p.Layer)*lineageLayerH + lineageNodeH/2
}

// edgeLabel is the name of an edge's relation and where it goes: centred on x, y, within
// the edge's vertical span from top to bottom.
type edgeLabel struct {
	text        string
	x, y        float64
	top, bottom float64
}

// edge draws one edge, and gives its label to be placed with the others (placeLabels).
func (g lineageGeometry) edge(l *Lang, e jscd.Edge, route []layout.Point) (Node, edgeLabel, bool) {
	if len(route) < 2 {
		return h("g", nil), edgeLabel{}, false
	}
	// The route runs from From (a higher layer, lower on the page) up to To.
	x0, y0 := g.center(route[0])
	d := "M" + num(x0) + "," + num(y0-lineageNodeH/2)
	px, py := x0, y0-lineageNodeH/2
	for i, p := range route[1:] {
		x, y := g.center(p)
		if i == len(route)-2 {
			y += lineageNodeH/2 + 2
		}
		mid := (py + y) / 2
		d += " C" + num(px) + "," + num(mid) + " " + num(x) + "," + num(mid) + " " + num(x) + "," + num(y)
		px, py = x, y
	}
	relation := string(e.Type)
	if relation == "" {
		relation = eventOf
	}
	path := h("g", at("class", "edge-group"), h("path", at("class", "edge rel-"+relation, "d", d,
		"marker-end", "url(#arrow)", "data-from", string(e.From), "data-to", string(e.To), "data-type", relation)))
	if relation == eventOf {
		return path, edgeLabel{}, false
	}
	// The label sits two thirds of the way to the edge's first bend or its end, so the
	// labels of edges leaving one node spread out towards their targets.
	x1, y1 := g.center(route[1])
	if len(route) == 2 {
		y1 += lineageNodeH / 2
	}
	y0 -= lineageNodeH / 2
	lx, ly := x0+(x1-x0)*2/3, y0+(y1-y0)*2/3
	return path, edgeLabel{text: l.Enum("relation", relation), x: lx, y: ly, top: y1 + 8, bottom: y0 - 8}, true
}

// Edge label sizes, for keeping labels apart: the font is 13 px (style.css).
const (
	edgeLabelH         = 15.0
	edgeLabelCharWidth = 7.0
)

// placeLabels draws the edge labels, moving a label that would cover one already placed up
// or down along its edge (within the edge's vertical span) until it does not: edges that
// leave one node towards neighbouring targets would otherwise stack their labels.
func placeLabels(labels []edgeLabel) []Node {
	var placed []edgeLabel
	out := make([]Node, 0, len(labels))
	for _, lb := range labels {
		y := lb.y
		for _, step := range []float64{0, -1, 1, -2, 2, -3, 3} {
			cand := lb.y + step*edgeLabelH
			if cand < lb.top || cand > lb.bottom {
				continue
			}
			if !overlaps(placed, lb, cand) {
				y = cand
				break
			}
		}
		lb.y = y
		placed = append(placed, lb)
		out = append(out, h("text", at("class", "edge-label", "x", num(lb.x), "y", num(lb.y),
			"text-anchor", "middle", "dominant-baseline", "middle"), T(lb.text)))
	}
	return out
}

// overlaps reports whether lb at height y would cover a label already placed.
func overlaps(placed []edgeLabel, lb edgeLabel, y float64) bool {
	w := float64(runeLen(lb.text)) * edgeLabelCharWidth
	for _, p := range placed {
		pw := float64(runeLen(p.text)) * edgeLabelCharWidth
		if abs(p.y-y) < edgeLabelH && abs(p.x-lb.x) < (w+pw)/2 {
			return true
		}
	}
	return false
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
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

func (g lineageGeometry) node(l *Lang, ix entities, id jscd.ID, p layout.Point) Node {
	e := ix[id]
	cx, cy := g.center(p)
	name := ix.name(l, id)
	lines, class := nodeNameLines(name, ix.short(l, id))
	kindGroup := "instrument"
	if e.collection == "events" {
		kindGroup = "event"
	}
	kids := []Node{
		el("title", "", name+" — "+l.Enum(kindGroup, e.kind)),
		h("rect", at("x", num(cx-lineageNodeW/2), "y", num(cy-lineageNodeH/2), "width", num(lineageNodeW),
			"height", num(lineageNodeH), "rx", "8")),
	}
	// The name's lines are centred a little above the node's middle, the kind's line below them.
	top := cy - 7 - lineageNameLineH/2*float64(len(lines)-1)
	for i, s := range lines {
		kids = append(kids, h("text", at("class", class, "x", num(cx), "y", num(top+lineageNameLineH*float64(i)),
			"text-anchor", "middle", "dominant-baseline", "middle"), T(s)))
	}
	kids = append(kids, h("text", at("class", "node-kind", "x", num(cx), "y", num(cy+lineageNodeH/2-10),
		"text-anchor", "middle", "dominant-baseline", "middle"), T(l.Enum(kindGroup, e.kind))))
	return h("g", at("class", "node node-"+kindGroup, "data-id", string(id), "role", "button", "tabindex", "0",
		"data-act", "locate-path", "data-val", pointer(e.path)), kids...)
}
