package jscd

import (
	"maps"
	"slices"
)

// LayoutSweeps is the number of barycenter iterations Layout runs to reduce edge crossings;
// each iteration sweeps the layers once from the roots up and once back down.
const LayoutSweeps = 12

// Layout is a layered drawing of a Lineage (a Sugiyama-style layout): each node gets a layer
// and a horizontal place, and each edge a route through the layers between its ends.
//
// Layers come from longest-path layering: a node that rests on nothing is in layer 0, and
// every other node is one layer above the highest node it rests on, so every edge runs from a
// higher layer down to a lower one. An edge that spans more than one layer passes through a
// dummy place in each layer between (its route bends there). The order within each layer is
// chosen by barycenter sweeps (LayoutSweeps iterations), keeping the order with the fewest
// crossings found; the start and all ties follow document order, so the same document always
// gets the same drawing.
type Layout struct {
	// Layers are the nodes of each layer in drawing order, Layers[0] being the roots (bases).
	// Dummy places are not listed; their X is in Routes.
	Layers [][]ID `json:"layers"`
	// Edges are the drawn edges: every edge of the lineage but those broken to undo cycles.
	Edges []Edge `json:"edges"`
	// Routes[i] is the route of Edges[i]: the place of From, one dummy place for each layer the
	// edge crosses, and the place of To.
	Routes [][]Point `json:"routes"`
	// Places is the place of every node.
	Places map[ID]Point `json:"places"`
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
func (lo Layout) Position(id ID) (Point, bool) {
	p, ok := lo.Places[id]
	return p, ok
}

// Layout returns a layered drawing of the lineage. The result is a copy that the caller may
// change.
func (l *Lineage) Layout() Layout {
	lo := l.layout
	lo.Layers = make([][]ID, len(l.layout.Layers))
	for i, layer := range l.layout.Layers {
		lo.Layers[i] = slices.Clone(layer)
	}
	lo.Edges = slices.Clone(l.layout.Edges)
	lo.Routes = make([][]Point, len(l.layout.Routes))
	for i, r := range l.layout.Routes {
		lo.Routes[i] = slices.Clone(r)
	}
	lo.Places = maps.Clone(l.layout.Places)
	return lo
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

func computeLayout(l *Lineage) Layout {
	g := newGrid(l)
	best := g.snapshot()
	bestCross := g.crossings()
	for range LayoutSweeps {
		if bestCross == 0 {
			break
		}
		for k := 1; k < len(g.order); k++ {
			g.sortByBarycenter(k, g.down)
		}
		for k := len(g.order) - 2; k >= 0; k-- {
			g.sortByBarycenter(k, g.up)
		}
		g.transpose()
		if c := g.crossings(); c < bestCross {
			best, bestCross = g.snapshot(), c
		}
	}
	g.restore(best)
	return g.result(l, bestCross)
}

func newGrid(l *Lineage) *grid {
	g := &grid{}
	layers := 0
	for _, k := range l.layer {
		layers = max(layers, k+1)
	}
	g.order = make([][]int, layers)
	for v, k := range l.layer {
		g.addPlace(k)
		g.order[k] = append(g.order[k], v)
	}
	for k, e := range l.edges {
		if l.broken[k] {
			continue
		}
		from, to := l.index[e.From], l.index[e.To]
		chain := []int{from}
		for k := l.layer[from] - 1; k > l.layer[to]; k-- {
			d := g.addPlace(k)
			g.order[k] = append(g.order[k], d)
			chain = append(chain, d)
		}
		chain = append(chain, to)
		for i := 1; i < len(chain); i++ {
			hi, lo := chain[i-1], chain[i]
			g.down[hi] = append(g.down[hi], lo)
			g.up[lo] = append(g.up[lo], hi)
		}
		g.chains = append(g.chains, chain)
	}
	g.reindex()
	g.key = make([]float64, len(g.pos))
	return g
}

func (g *grid) addPlace(layer int) int {
	g.layerOf = append(g.layerOf, layer)
	g.pos = append(g.pos, 0)
	g.up = append(g.up, nil)
	g.down = append(g.down, nil)
	return len(g.layerOf) - 1
}

func (g *grid) reindex() {
	for _, row := range g.order {
		for i, p := range row {
			g.pos[p] = i
		}
	}
}

// sortByBarycenter reorders layer k by the mean position of each place's neighbours in the
// adjacent layer given by adj. A place with no such neighbour keeps its position as its key;
// equal keys keep their current order.
func (g *grid) sortByBarycenter(k int, adj [][]int) {
	row := g.order[k]
	key := g.key
	for i, p := range row {
		key[p] = float64(i)
		if n := adj[p]; len(n) > 0 {
			sum := 0
			for _, q := range n {
				sum += g.pos[q]
			}
			key[p] = float64(sum) / float64(len(n))
		}
	}
	// Equal keys keep their current order, which g.pos holds: comparing positions last makes
	// the package's one sort of []int do what a stable sort would.
	slices.SortFunc(row, func(a, b int) int {
		switch {
		case key[a] < key[b]:
			return -1
		case key[a] > key[b]:
			return 1
		}
		return g.pos[a] - g.pos[b]
	})
	for i, p := range row {
		g.pos[p] = i
	}
}

// transposePasses bounds the passes of transpose, which keeps the layout fast on large graphs.
const transposePasses = 4

// transpose swaps neighbouring places in a layer while that removes crossings with the layers
// above and below: barycenter sweeps alone stop in local optima that one swap leaves (a node
// linked to both ends of the layer below stays at one end). At most transposePasses passes.
func (g *grid) transpose() {
	for range transposePasses {
		improved := false
		for _, row := range g.order {
			for i := 0; i+1 < len(row); i++ {
				u, v := row[i], row[i+1]
				if g.pairCrossings(v, u) < g.pairCrossings(u, v) {
					row[i], row[i+1] = v, u
					g.pos[u], g.pos[v] = i+1, i
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
func (g *grid) pairCrossings(u, v int) int {
	n := 0
	for _, adj := range [2][][]int{g.up, g.down} {
		for _, a := range adj[u] {
			for _, b := range adj[v] {
				if g.pos[a] > g.pos[b] {
					n++
				}
			}
		}
	}
	return n
}

// crossings counts the pairs of segments between adjacent layers that cross, by counting
// inversions with a Fenwick tree: O(E log V) for each pair of layers.
func (g *grid) crossings() int {
	total := 0
	for k := 0; k+1 < len(g.order); k++ {
		// A segment from position lo to position hi is the number lo*width+hi, so that
		// sorting numbers sorts segments by lo, then hi (a []int sort is compiled once for
		// the whole package; one of a struct type would add its own copy to the binary).
		width := len(g.order[k+1])
		var segs []int
		for _, p := range g.order[k] {
			for _, q := range g.up[p] {
				segs = append(segs, g.pos[p]*width+g.pos[q])
			}
		}
		slices.SortFunc(segs, func(a, b int) int { return a - b })
		tree := make([]int, width+1)
		for i, s := range segs {
			hi := s % width
			// Segments already seen whose upper end lies strictly right of hi cross s.
			total += i - fenwickSum(tree, hi+1)
			fenwickAdd(tree, hi+1)
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

func (g *grid) snapshot() [][]int {
	s := make([][]int, len(g.order))
	for k, row := range g.order {
		s[k] = slices.Clone(row)
	}
	return s
}

func (g *grid) restore(s [][]int) {
	g.order = s
	g.reindex()
}

func (g *grid) result(l *Lineage, crossings int) Layout {
	lo := Layout{
		Layers:    make([][]ID, len(g.order)),
		Edges:     []Edge{},
		Routes:    [][]Point{},
		Places:    make(map[ID]Point, len(l.nodes)),
		Crossings: crossings,
	}
	for _, row := range g.order {
		lo.Width = max(lo.Width, len(row))
	}
	point := func(p int) Point {
		k := g.layerOf[p]
		return Point{Layer: k, X: float64(g.pos[p]) + float64(lo.Width-len(g.order[k]))/2}
	}
	for k, row := range g.order {
		lo.Layers[k] = []ID{}
		for _, p := range row {
			if p < len(l.nodes) {
				lo.Layers[k] = append(lo.Layers[k], l.nodes[p])
				lo.Places[l.nodes[p]] = point(p)
			}
		}
	}
	for k, e := range l.edges {
		if !l.broken[k] {
			lo.Edges = append(lo.Edges, e)
		}
	}
	for _, chain := range g.chains {
		route := make([]Point, len(chain))
		for i, p := range chain {
			route[i] = point(p)
		}
		lo.Routes = append(lo.Routes, route)
	}
	return lo
}
