// Package layout draws the lineage of a framework (jscd.Framework.Lineage) in layers, giving
// the places that the demo's lineage panel scales into SVG. It reads the lineage through the
// library's API only.
//
// The method, in three steps:
//
//  1. Layering by longest path, over the lineage's edges less those broken to undo cycles: a
//     node that rests on nothing is in layer 0, every other node one layer above the highest
//     node it rests on, so every edge runs from a higher layer down to a lower one.
//  2. An edge that spans more than one layer gets a dummy place (a bend) in each layer between.
//  3. Crossing reduction by barycenter sweeps and transposition. Starting from document order
//     (instruments, then events), each of Sweeps iterations sorts every layer by the mean
//     position of its neighbours one layer down (sweeping from layer 1 up), then by the mean
//     position of its neighbours one layer up (sweeping back down), then swaps neighbouring
//     places in a layer while that removes crossings (at most 4 passes). A place with no
//     neighbour on the side looked at keeps its position, and ties keep the current order.
//     The order with the fewest crossings seen is kept (crossings between two layers are
//     counted as inversions with a Fenwick tree, O(E log V)); the iterations stop early at
//     zero crossings.
//
// Each step is deterministic, so the same document always gets the same drawing.
package layout

import (
	"slices"

	"github.com/jscd-go/jscd/jscd"
)

// Sweeps is the number of barycenter iterations Of runs to reduce edge crossings; each
// iteration sweeps the layers once from the roots up and once back down.
const Sweeps = 12

// Layout is a layered drawing of a lineage (a Sugiyama-style layout): each node gets a layer
// and a horizontal place, and each edge a route through the layers between its ends, bending
// at a dummy place in each layer it crosses. The package comment says how they are chosen.
type Layout struct {
	// Layers are the nodes of each layer in drawing order, Layers[0] being the roots (bases).
	// Dummy places are not listed; their X is in Routes.
	Layers [][]jscd.ID `json:"layers"`
	// Edges are the drawn edges: every edge of the lineage but those broken to undo cycles
	// (jscd.Lineage.BrokenEdges), in document order.
	Edges []jscd.Edge `json:"edges"`
	// Routes[i] is the route of Edges[i]: the place of From, one dummy place for each layer the
	// edge crosses, and the place of To.
	Routes [][]Point `json:"routes"`
	// Places is the place of every node.
	Places map[jscd.ID]Point `json:"places"`
	// Width is the largest number of places (nodes and dummies) in a layer.
	Width int `json:"width"`
	// Crossings is the number of edge crossings left in the drawing.
	Crossings int `json:"crossings"`
}

// Point is a place in a Layout: a layer, and an X from 0 to Width-1 (places in each layer are
// one unit apart and centred on the widest layer, so X may end in .5).
type Point struct {
	Layer int     `json:"layer"`
	X     float64 `json:"x"`
}

// Position returns the place of node id, and false if id is not in the layout.
func (lo Layout) Position(id jscd.ID) (Point, bool) {
	p, ok := lo.Places[id]
	return p, ok
}

// Of lays out the lineage of f (f.Lineage()). A nil or empty framework gives an empty Layout.
func Of(f *jscd.Framework) Layout {
	g := newGraph(f)
	gr := newGrid(g)
	best := gr.snapshot()
	bestCross := gr.crossings()
	for range Sweeps {
		if bestCross == 0 {
			break
		}
		for k := 1; k < len(gr.order); k++ {
			gr.sortByBarycenter(k, gr.down)
		}
		for k := len(gr.order) - 2; k >= 0; k-- {
			gr.sortByBarycenter(k, gr.up)
		}
		gr.transpose()
		if c := gr.crossings(); c < bestCross {
			best, bestCross = gr.snapshot(), c
		}
	}
	gr.restore(best)
	return gr.result(g, bestCross)
}

// graph is what the layout needs of a lineage: its nodes in document order (which starts the
// drawing and breaks its ties), the edges it draws and each node's layer.
type graph struct {
	nodes []jscd.ID       // document order: instruments, then events, each ID once
	index map[jscd.ID]int // node -> position in nodes
	edges []jscd.Edge     // the lineage's edges but the broken ones, in document order
	layer []int           // node -> longest-path layer over edges, 0 for roots
}

func newGraph(f *jscd.Framework) *graph {
	l := f.Lineage()
	g := &graph{index: map[jscd.ID]int{}}
	add := func(id jscd.ID) {
		if _, seen := g.index[id]; !seen && l.Has(id) {
			g.index[id] = len(g.nodes)
			g.nodes = append(g.nodes, id)
		}
	}
	if f != nil {
		for _, in := range f.Instruments {
			add(in.ID)
		}
		for _, ev := range f.Events {
			add(ev.ID)
		}
	}
	broken := map[jscd.Edge]bool{}
	for _, e := range l.BrokenEdges() {
		broken[e] = true // a lineage holds each edge once, so the value names it
	}
	out := make([][]int, len(g.nodes)) // node -> the nodes its drawn edges rest on
	for _, e := range l.Edges() {
		if !broken[e] {
			g.edges = append(g.edges, e)
			from := g.index[e.From]
			out[from] = append(out[from], g.index[e.To])
		}
	}
	// Nodes puts every node after those its unbroken edges rest on, so each node's bases
	// have their layers when it is reached.
	g.layer = make([]int, len(g.nodes))
	for _, id := range l.Nodes() {
		v := g.index[id]
		for _, to := range out[v] {
			g.layer[v] = max(g.layer[v], g.layer[to]+1)
		}
	}
	return g
}

// grid is the working state of the layout: places are numbered, nodes first (by node index)
// and dummies after; order[k] lists the places of layer k from left to right.
type grid struct {
	layerOf []int     // place -> layer
	order   [][]int   // layer -> places, left to right
	pos     []int     // place -> index in its layer's order
	up      [][]int   // place -> neighbouring places one layer up
	down    [][]int   // place -> neighbouring places one layer down
	chains  [][]int   // drawn edge -> places from From to To
	key     []float64 // place -> sort key, scratch space of sortByBarycenter
}

func newGrid(g *graph) *grid {
	gr := &grid{}
	layers := 0
	for _, k := range g.layer {
		layers = max(layers, k+1)
	}
	gr.order = make([][]int, layers)
	for v, k := range g.layer {
		gr.addPlace(k)
		gr.order[k] = append(gr.order[k], v)
	}
	for _, e := range g.edges {
		from, to := g.index[e.From], g.index[e.To]
		chain := []int{from}
		for k := g.layer[from] - 1; k > g.layer[to]; k-- {
			d := gr.addPlace(k)
			gr.order[k] = append(gr.order[k], d)
			chain = append(chain, d)
		}
		chain = append(chain, to)
		for i := 1; i < len(chain); i++ {
			hi, lo := chain[i-1], chain[i]
			gr.down[hi] = append(gr.down[hi], lo)
			gr.up[lo] = append(gr.up[lo], hi)
		}
		gr.chains = append(gr.chains, chain)
	}
	gr.reindex()
	gr.key = make([]float64, len(gr.pos))
	return gr
}

func (gr *grid) addPlace(layer int) int {
	gr.layerOf = append(gr.layerOf, layer)
	gr.pos = append(gr.pos, 0)
	gr.up = append(gr.up, nil)
	gr.down = append(gr.down, nil)
	return len(gr.layerOf) - 1
}

func (gr *grid) reindex() {
	for _, row := range gr.order {
		for i, p := range row {
			gr.pos[p] = i
		}
	}
}

// sortByBarycenter reorders layer k by the mean position of each place's neighbours in the
// adjacent layer given by adj. A place with no such neighbour keeps its position as its key;
// equal keys keep their current order.
func (gr *grid) sortByBarycenter(k int, adj [][]int) {
	row := gr.order[k]
	key := gr.key
	for i, p := range row {
		key[p] = float64(i)
		if n := adj[p]; len(n) > 0 {
			sum := 0
			for _, q := range n {
				sum += gr.pos[q]
			}
			key[p] = float64(sum) / float64(len(n))
		}
	}
	slices.SortStableFunc(row, func(a, b int) int {
		switch {
		case key[a] < key[b]:
			return -1
		case key[a] > key[b]:
			return 1
		}
		return 0
	})
	for i, p := range row {
		gr.pos[p] = i
	}
}

// transposePasses bounds the passes of transpose, which keeps the layout fast on large graphs.
const transposePasses = 4

// transpose swaps neighbouring places in a layer while that removes crossings with the layers
// above and below: barycenter sweeps alone stop in local optima that one swap leaves (a node
// linked to both ends of the layer below stays at one end). At most transposePasses passes.
func (gr *grid) transpose() {
	for range transposePasses {
		improved := false
		for _, row := range gr.order {
			for i := 0; i+1 < len(row); i++ {
				u, v := row[i], row[i+1]
				if gr.pairCrossings(v, u) < gr.pairCrossings(u, v) {
					row[i], row[i+1] = v, u
					gr.pos[u], gr.pos[v] = i+1, i
					improved = true
				}
			}
		}
		if !improved {
			return
		}
	}
}

// pairCrossings counts the crossings between the edges of u and those of v, in both adjacent
// layers, when u is left of v.
func (gr *grid) pairCrossings(u, v int) int {
	n := 0
	for _, adj := range [2][][]int{gr.up, gr.down} {
		for _, a := range adj[u] {
			for _, b := range adj[v] {
				if gr.pos[a] > gr.pos[b] {
					n++
				}
			}
		}
	}
	return n
}

// segment is an edge's piece between two adjacent layers, as the positions of its ends.
type segment struct{ lo, hi int }

// crossings counts the pairs of segments between adjacent layers that cross, by counting
// inversions with a Fenwick tree: O(E log V) for each pair of layers.
func (gr *grid) crossings() int {
	total := 0
	for k := 0; k+1 < len(gr.order); k++ {
		var segs []segment
		for _, p := range gr.order[k] {
			for _, q := range gr.up[p] {
				segs = append(segs, segment{gr.pos[p], gr.pos[q]})
			}
		}
		slices.SortFunc(segs, func(a, b segment) int {
			if a.lo != b.lo {
				return a.lo - b.lo
			}
			return a.hi - b.hi
		})
		tree := make([]int, len(gr.order[k+1])+1)
		for i, s := range segs {
			// Segments already seen whose upper end lies strictly right of s's cross it.
			total += i - fenwickSum(tree, s.hi+1)
			fenwickAdd(tree, s.hi+1)
		}
	}
	return total
}

// fenwickAdd adds one at 1-based index i of tree.
func fenwickAdd(tree []int, i int) {
	for ; i < len(tree); i += i & -i {
		tree[i]++
	}
}

// fenwickSum returns the sum of tree over 1-based indices 1..i.
func fenwickSum(tree []int, i int) int {
	s := 0
	for ; i > 0; i -= i & -i {
		s += tree[i]
	}
	return s
}

func (gr *grid) snapshot() [][]int {
	s := make([][]int, len(gr.order))
	for k, row := range gr.order {
		s[k] = slices.Clone(row)
	}
	return s
}

func (gr *grid) restore(s [][]int) {
	gr.order = s
	gr.reindex()
}

func (gr *grid) result(g *graph, crossings int) Layout {
	lo := Layout{
		Layers:    make([][]jscd.ID, len(gr.order)),
		Edges:     slices.Clone(g.edges),
		Routes:    [][]Point{},
		Places:    make(map[jscd.ID]Point, len(g.nodes)),
		Crossings: crossings,
	}
	if lo.Edges == nil {
		lo.Edges = []jscd.Edge{}
	}
	for _, row := range gr.order {
		lo.Width = max(lo.Width, len(row))
	}
	point := func(p int) Point {
		k := gr.layerOf[p]
		return Point{Layer: k, X: float64(gr.pos[p]) + float64(lo.Width-len(gr.order[k]))/2}
	}
	for k, row := range gr.order {
		lo.Layers[k] = []jscd.ID{}
		for _, p := range row {
			if p < len(g.nodes) {
				lo.Layers[k] = append(lo.Layers[k], g.nodes[p])
				lo.Places[g.nodes[p]] = point(p)
			}
		}
	}
	for _, chain := range gr.chains {
		route := make([]Point, len(chain))
		for i, p := range chain {
			route[i] = point(p)
		}
		lo.Routes = append(lo.Routes, route)
	}
	return lo
}
