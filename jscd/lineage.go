package jscd

import "slices"

// Edge is one link of a Lineage: From holds the relation and rests on To ("the JSCD is based on
// the Strategic Framework Agreement" is the edge From "jscd", To "sfa", Type
// RelationTypeBasedOn). The edge from an event to its instrument (a round to its dialogue) has
// an empty Type: it is the event's instrument field, not a relation.
type Edge struct {
	// From is the entity that holds the relation: the instrument that is based on another,
	// or the event that belongs to an instrument.
	From ID `json:"from"`
	// To is the instrument From rests on.
	To ID `json:"to"`
	// Type is the instrument's relation to To as written, or "" for an event's link to its
	// instrument. (A relation written without a type gives "" too; validation reports it as
	// CodeFieldMissing.)
	Type RelationType `json:"type"`
}

// Lineage is the graph of what rests on what: instruments and events are its nodes, the
// instruments' relations and the events' instruments its edges. Build one with
// Framework.Lineage; it is never changed afterwards, so any number of goroutines may read it.
//
// An edge always rests on an instrument: a relation, or an event's instrument, that names
// anything else (an event, a stakeholder, nothing) is left out of the graph, as validation
// reports it; so events are leaves. When an ID is used twice, the first entity with it is the node and the later
// ones are left out. Cycles are broken deterministically; see Cycles.
type Lineage struct {
	nodes  []ID       // document order: instruments, then events
	nInstr int        // nodes[:nInstr] are the instruments
	index  map[ID]int // node -> position in nodes
	edges  []Edge     // document order
	out    [][]int    // node -> indices into edges leaving it (towards its bases)
	in     [][]int    // node -> indices into edges arriving at it
	broken []bool     // edge index -> left out of the order to break a cycle
	cycles [][]ID     // one per broken edge
	topo   []ID       // bases first
}

// Lineage builds the lineage graph of f. A nil or empty framework gives an empty Lineage.
func (f *Framework) Lineage() *Lineage {
	l := &Lineage{index: map[ID]int{}}
	if f != nil {
		l.addNodes(f)
	}
	l.addEdges(f)
	l.breakCycles()
	l.order()
	return l
}

func (l *Lineage) addNode(id ID) {
	if _, dup := l.index[id]; dup || id == "" {
		return
	}
	l.index[id] = len(l.nodes)
	l.nodes = append(l.nodes, id)
}

func (l *Lineage) addNodes(f *Framework) {
	for _, in := range f.Instruments {
		l.addNode(in.ID)
	}
	l.nInstr = len(l.nodes)
	for _, ev := range f.Events {
		l.addNode(ev.ID)
	}
}

func (l *Lineage) addEdges(f *Framework) {
	l.out = make([][]int, len(l.nodes))
	l.in = make([][]int, len(l.nodes))
	l.broken = []bool{}
	if f == nil {
		return
	}
	seen := map[ID]bool{}
	for _, in := range f.Instruments {
		if seen[in.ID] {
			continue // a later entity with a used ID is not the node
		}
		seen[in.ID] = true
		for _, r := range in.Relations {
			l.addEdge(Edge{From: in.ID, To: r.To, Type: r.Type})
		}
	}
	for _, ev := range f.Events {
		if seen[ev.ID] {
			continue
		}
		seen[ev.ID] = true
		if ev.Instrument != "" {
			l.addEdge(Edge{From: ev.ID, To: ev.Instrument})
		}
	}
	l.broken = make([]bool, len(l.edges))
}

func (l *Lineage) addEdge(e Edge) {
	from, ok1 := l.index[e.From]
	to, ok2 := l.index[e.To]
	if !ok1 || !ok2 || to >= l.nInstr {
		return
	}
	// Two relations of different types between the same instruments are two edges; the very
	// same edge twice is one.
	for _, k := range l.out[from] {
		if l.edges[k] == e {
			return
		}
	}
	k := len(l.edges)
	l.edges = append(l.edges, e)
	l.out[from] = append(l.out[from], k)
	l.in[to] = append(l.in[to], k)
}

// breakCycles runs a depth-first search from every node in document order, following each
// node's edges in document order, and marks each edge that closes a cycle (a back edge) as
// broken. The same document always breaks the same edges.
func (l *Lineage) breakCycles() {
	const (
		unvisited = iota
		onStack
		done
	)
	state := make([]int, len(l.nodes))
	var stack []dfsFrame
	for root := range l.nodes {
		if state[root] != unvisited {
			continue
		}
		state[root] = onStack
		stack = append(stack, dfsFrame{node: root})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(l.out[top.node]) {
				state[top.node] = done
				stack = stack[:len(stack)-1]
				continue
			}
			k := l.out[top.node][top.next]
			top.next++
			to := l.index[l.edges[k].To]
			switch state[to] {
			case unvisited:
				state[to] = onStack
				stack = append(stack, dfsFrame{node: to})
			case onStack:
				l.broken[k] = true
				l.cycles = append(l.cycles, l.cycleOf(stack, to))
			}
		}
	}
}

// dfsFrame is a node on the depth-first search stack and the next of its edges to follow.
type dfsFrame struct{ node, next int }

// cycleOf returns the nodes of the cycle closed by an edge from the top of stack back to node
// to, in the order the edges run: to first, the node holding the closing edge last.
func (l *Lineage) cycleOf(stack []dfsFrame, to int) []ID {
	var cyc []ID
	for i := len(stack) - 1; i >= 0; i-- {
		cyc = append(cyc, l.nodes[stack[i].node])
		if stack[i].node == to {
			break
		}
	}
	slices.Reverse(cyc)
	return cyc
}

// order computes the topological order over the edges that are not broken: bases first, ties
// by document order.
func (l *Lineage) order() {
	n := len(l.nodes)
	pending := make([]int, n) // unbroken edges to bases not yet placed
	for k, e := range l.edges {
		if !l.broken[k] {
			pending[l.index[e.From]]++
		}
	}
	ready := &minHeap{}
	for v := range n {
		if pending[v] == 0 {
			ready.push(v)
		}
	}
	for ready.len() > 0 {
		v := ready.pop()
		l.topo = append(l.topo, l.nodes[v])
		for _, k := range l.in[v] {
			if l.broken[k] {
				continue
			}
			u := l.index[l.edges[k].From]
			if pending[u]--; pending[u] == 0 {
				ready.push(u)
			}
		}
	}
}

// Nodes returns the instruments and events of the lineage in a stable topological order: every
// node comes after the nodes it rests on, and nodes free to come in either order come in
// document order (instruments before events).
func (l *Lineage) Nodes() []ID { return slices.Clone(l.topo) }

// Edges returns every edge of the lineage, including those broken to undo cycles, in document
// order: the instruments' relations in the order written, then the events' instruments.
func (l *Lineage) Edges() []Edge { return slices.Clone(l.edges) }

// Cycles returns each cycle found in the relations, as the IDs along it in the direction of its
// edges; the edge from the last ID back to the first is the one broken to order the graph (see
// BrokenEdges). It returns nil for an acyclic lineage, which is what a valid document gives.
func (l *Lineage) Cycles() [][]ID {
	out := make([][]ID, len(l.cycles))
	for i, c := range l.cycles {
		out[i] = slices.Clone(c)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// BrokenEdges returns the edges left out of Nodes' order to break cycles, in document order.
// Ancestors and Descendants still follow them.
func (l *Lineage) BrokenEdges() []Edge {
	var out []Edge
	for k, e := range l.edges {
		if l.broken[k] {
			out = append(out, e)
		}
	}
	return out
}

// Has reports whether id is a node of the lineage.
func (l *Lineage) Has(id ID) bool {
	_, ok := l.index[id]
	return ok
}

// Ancestors returns every edge reachable from id by following edges from the node holding
// them to the node they rest on: everything id rests on, directly or not. Edges come in
// breadth-first order, each node's own edges in document order, each edge once; cycles end
// the walk rather than loop. It returns nil for an unknown id.
func (l *Lineage) Ancestors(id ID) []Edge {
	return l.walk(id, l.out, func(e Edge) ID { return e.To })
}

// Descendants returns every edge reachable from id by following edges backwards: everything
// that rests on id, directly or not, in the order and with the guarantees of Ancestors.
func (l *Lineage) Descendants(id ID) []Edge {
	return l.walk(id, l.in, func(e Edge) ID { return e.From })
}

func (l *Lineage) walk(id ID, adj [][]int, next func(Edge) ID) []Edge {
	start, ok := l.index[id]
	if !ok {
		return nil
	}
	seen := make([]bool, len(l.nodes))
	seen[start] = true
	var out []Edge
	for queue := []int{start}; len(queue) > 0; queue = queue[1:] {
		for _, k := range adj[queue[0]] {
			e := l.edges[k]
			out = append(out, e)
			if v := l.index[next(e)]; !seen[v] {
				seen[v] = true
				queue = append(queue, v)
			}
		}
	}
	return out
}

// minHeap is a binary heap of node indices, smallest first: the ready nodes of the
// topological sort, so that ties go to document order.
type minHeap struct{ a []int }

func (h *minHeap) len() int { return len(h.a) }

func (h *minHeap) push(v int) {
	h.a = append(h.a, v)
	for i := len(h.a) - 1; i > 0; {
		p := (i - 1) / 2
		if h.a[p] <= h.a[i] {
			break
		}
		h.a[p], h.a[i] = h.a[i], h.a[p]
		i = p
	}
}

func (h *minHeap) pop() int {
	top := h.a[0]
	last := len(h.a) - 1
	h.a[0] = h.a[last]
	h.a = h.a[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.a[l] < h.a[m] {
			m = l
		}
		if r < last && h.a[r] < h.a[m] {
			m = r
		}
		if m == i {
			break
		}
		h.a[i], h.a[m] = h.a[m], h.a[i]
		i = m
	}
	return top
}
