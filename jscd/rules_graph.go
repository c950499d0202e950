package jscd

import (
	"slices"
	"strings"
)

// The codes of the graph rules.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeGraphSelf        Code = "graph.self"
	CodeGraphCycle       Code = "graph.cycle"
	CodeGraphParentCycle Code = "graph.parent-cycle"
)

const (
	fmtGraphSelfRelation = "the instrument has a %q relation to itself"
	fmtGraphSelfParent   = "this entity is its own parent"
	fmtGraphCycle        = "%q relations form a cycle: %s"
	fmtGraphParentCycle  = "parent links form a cycle: %s"
	cycleArrow           = " → "
)

var graphRules = [...]ruleSpec{
	{CodeGraphSelf, SeverityError, "No instrument relates to itself and no stakeholder or place is its own parent.", []string{fmtGraphSelfRelation, fmtGraphSelfParent}},
	{CodeGraphCycle, SeverityError, "Relations based-on, part-of, supersedes, continues, implements and amends have no cycles.", []string{fmtGraphCycle}},
	{CodeGraphParentCycle, SeverityError, "Parent links of stakeholders and of places have no cycles.", []string{fmtGraphParentCycle}},
}

// acyclicRelations are the relation types whose graphs must have no cycles. Complements is
// left out: two instruments may well complement each other.
var acyclicRelations = [...]RelationType{
	RelationTypeBasedOn, RelationTypePartOf, RelationTypeSupersedes, RelationTypeContinues, RelationTypeImplements,
	RelationTypeAmends,
}

// checkGraphs runs the graph rules. Cycle detection is linear in the size of the graph.
func (c *checker) checkGraphs() {
	f := c.f
	for i := range f.Instruments {
		for j, rel := range f.Instruments[i].Relations {
			if rel.To != "" && rel.To == f.Instruments[i].ID {
				ip := element("instruments", i)
				rp := ip.at("relations", j)
				c.report(CodeGraphSelf, rp.key("to"), fmtGraphSelfRelation, string(rel.Type))
			}
		}
	}
	for _, t := range acyclicRelations {
		c.relationCycles(t)
	}
	c.parentCycles()
}

// relationGraph is the graph of one relation type among instruments, in compressed form: the
// edges leaving instrument v are to[off[v]:off[v+1]], each from relation rel[k] of v.
type relationGraph struct {
	off, to, rel []int
}

func (g *relationGraph) edges(v int) (to, rel []int) {
	return g.to[g.off[v]:g.off[v+1]], g.rel[g.off[v]:g.off[v+1]]
}

// buildRelationGraph returns the graph of relations of type t between distinct instruments,
// and whether it has any edge.
func (c *checker) buildRelationGraph(t RelationType) (*relationGraph, bool) {
	ins := c.f.Instruments
	// edge reports whether relation j of instrument i, which resolves to r, is an edge.
	edge := func(i, j int, r entityRef) bool {
		return ins[i].Relations[j].Type == t && r.kind == kindInstrument && r.i != i
	}
	edges := 0
	for i := range ins {
		for j, r := range c.refs.relations(i) {
			if edge(i, j, r) {
				edges++
			}
		}
	}
	if edges == 0 {
		return nil, false
	}
	g := &relationGraph{off: make([]int, len(ins)+1), to: make([]int, 0, edges), rel: make([]int, 0, edges)}
	for i := range ins {
		g.off[i] = len(g.to)
		for j, r := range c.refs.relations(i) {
			if edge(i, j, r) {
				g.to = append(g.to, r.i)
				g.rel = append(g.rel, j)
			}
		}
	}
	g.off[len(ins)] = len(g.to)
	return g, true
}

// relationCycles reports one cycle for each strongly connected group of instruments in the
// graph of relation type t.
func (c *checker) relationCycles(t RelationType) {
	g, any := c.buildRelationGraph(t)
	if !any {
		return
	}
	for _, comp := range stronglyConnected(g) {
		first := slices.Min(comp)
		cycle, rels := cycleThrough(g, comp, first)
		names := make([]string, len(cycle))
		for k, v := range cycle {
			names[k] = string(c.f.Instruments[v].ID)
		}
		ip := element("instruments", first)
		c.report(CodeGraphCycle, ip.at("relations", rels[0]),
			fmtGraphCycle, string(t), strings.Join(names, cycleArrow))
	}
}

// stronglyConnected returns the strongly connected components of g with more than one node,
// by Tarjan's algorithm, run iteratively so that long chains do not exhaust the stack.
func stronglyConnected(g *relationGraph) [][]int {
	n := len(g.off) - 1
	index, low := make([]int, n), make([]int, n)
	onStack := make([]bool, n)
	var stack []int
	var comps [][]int
	type frame struct{ v, e int }
	var calls []frame
	counter := 0
	visit := func(v int) {
		counter++
		index[v], low[v] = counter, counter
		stack = append(stack, v)
		onStack[v] = true
		calls = append(calls, frame{v, 0})
	}
	for root := range n {
		if index[root] != 0 || g.off[root] == g.off[root+1] {
			continue
		}
		visit(root)
		for len(calls) > 0 {
			top := &calls[len(calls)-1]
			v := top.v
			if to, _ := g.edges(v); top.e < len(to) {
				w := to[top.e]
				top.e++
				if index[w] == 0 {
					visit(w)
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				u := calls[len(calls)-1].v
				low[u] = min(low[u], low[v])
			}
			if low[v] == index[v] {
				var comp []int
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp = append(comp, w)
					if w == v {
						break
					}
				}
				if len(comp) > 1 {
					comps = append(comps, comp)
				}
			}
		}
	}
	return comps
}

// bfsStep records how a breadth-first search reached a node: from which node, by which
// relation of that node.
type bfsStep struct{ from, rel int }

// cycleThrough returns a shortest cycle through start inside the component comp: the nodes
// from start back to start, and the relation index of each edge taken. It searches breadth
// first, so its cost is linear in the component.
func cycleThrough(g *relationGraph, comp []int, start int) (nodes, rels []int) {
	inComp := make(map[int]bool, len(comp))
	for _, v := range comp {
		inComp[v] = true
	}
	came := map[int]bfsStep{}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		to, rel := g.edges(v)
		for k, w := range to {
			if !inComp[w] {
				continue
			}
			if w == start {
				return unwindCycle(came, start, v, rel[k])
			}
			if _, seen := came[w]; !seen {
				came[w] = bfsStep{v, rel[k]}
				queue = append(queue, w)
			}
		}
	}
	return []int{start, start}, []int{0} // unreachable: comp is strongly connected
}

// unwindCycle rebuilds the cycle start → … → last → start from the breadth-first links.
func unwindCycle(came map[int]bfsStep, start, last, lastRel int) (nodes, rels []int) {
	for v := last; v != start; v = came[v].from {
		nodes = append(nodes, v)
		rels = append(rels, came[v].rel)
	}
	nodes = append(nodes, start)
	slices.Reverse(nodes)
	slices.Reverse(rels)
	return append(nodes, start), append(rels, lastRel)
}

// parentCycles reports each cycle of parent links once, among the stakeholders and among the
// places.
func (c *checker) parentCycles() {
	parentCycles(c, kindStakeholder, c.f.Stakeholders, func(s *Stakeholder) (ID, ID) { return s.ID, s.Parent })
	parentCycles(c, kindPlace, c.f.Places, func(pl *Place) (ID, ID) { return pl.ID, pl.Parent })
}

// parentCycles reports each cycle of parent links in list, the entities of collection kind,
// once, at its first entity in document order. Each entity has at most one parent, so one
// walk per entity, never revisiting a finished one, is linear.
func parentCycles[E any](c *checker, kind entityKind, list []E, links func(*E) (id, parent ID)) {
	at := func(v int) loc {
		p := entityRef{kind, v}.loc()
		return p.key("parent")
	}
	walk := make([]int, len(list)) // 0: not seen; k: seen in walk k
	for i := range list {
		if walk[i] != 0 {
			continue
		}
		id := i + 1
		v := i
		for {
			walk[v] = id
			self, parent := links(&list[v])
			if parent == self && self != "" {
				c.report(CodeGraphSelf, at(v), fmtGraphSelfParent)
				break
			}
			r, ok := c.index.lookup(parent)
			if !ok || r.kind != kind {
				break
			}
			if walk[r.i] == id {
				reportParentCycle(c, list, links, r.i, at)
				break
			}
			if walk[r.i] != 0 {
				break
			}
			v = r.i
		}
	}
}

// reportParentCycle reports the parent cycle through entity v of list.
func reportParentCycle[E any](c *checker, list []E, links func(*E) (id, parent ID), v int, at func(int) loc) {
	parentOf := func(u int) int {
		_, parent := links(&list[u])
		return c.index.at(parent).i
	}
	cycle := []int{v}
	for u := parentOf(v); u != v; u = parentOf(u) {
		cycle = append(cycle, u)
	}
	first := slices.Index(cycle, slices.Min(cycle))
	cycle = append(cycle[first:], cycle[:first]...)
	names := make([]string, 0, len(cycle)+1)
	for _, u := range cycle {
		id, _ := links(&list[u])
		names = append(names, string(id))
	}
	names = append(names, names[0])
	c.report(CodeGraphParentCycle, at(cycle[0]), fmtGraphParentCycle, strings.Join(names, cycleArrow))
}
