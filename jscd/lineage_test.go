package jscd_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
)

// lineageFramework is the shape of the US–Iraq lineage, with short IDs: the JSCD rests on the
// SFA, the Strategic Dialogue and the HCC; the dialogue and the HCC rest on the SFA.
func lineageFramework() *jscd.Framework {
	rel := func(t jscd.RelationType, to jscd.ID) jscd.Relation { return jscd.Relation{Type: t, To: to} }
	return &jscd.Framework{
		Instruments: []jscd.Instrument{
			{ID: "jscd", Relations: []jscd.Relation{
				rel(jscd.RelationTypeBasedOn, "sfa"), rel(jscd.RelationTypeBasedOn, "sd"),
				rel(jscd.RelationTypeBasedOn, "hcc"),
			}},
			{ID: "sfa"},
			{ID: "sd", Relations: []jscd.Relation{rel(jscd.RelationTypeImplements, "sfa")}},
			{ID: "hcc", Relations: []jscd.Relation{rel(jscd.RelationTypeImplements, "sfa")}},
		},
		Events: []jscd.Event{
			{ID: "round-4", Instrument: "sd"},
			{ID: "talks", Instrument: "jscd"},
			{ID: "statement"}, // no instrument: a node with no edge
		},
	}
}

func TestLineageNodesAndEdges(t *testing.T) {
	l := lineageFramework().Lineage()
	wantNodes := []jscd.ID{"sfa", "sd", "hcc", "jscd", "round-4", "talks", "statement"}
	if diff := cmp.Diff(wantNodes, l.Nodes()); diff != "" {
		t.Errorf("Nodes (-want +got):\n%s", diff)
	}
	wantEdges := []jscd.Edge{
		{From: "jscd", To: "sfa", Type: jscd.RelationTypeBasedOn},
		{From: "jscd", To: "sd", Type: jscd.RelationTypeBasedOn},
		{From: "jscd", To: "hcc", Type: jscd.RelationTypeBasedOn},
		{From: "sd", To: "sfa", Type: jscd.RelationTypeImplements},
		{From: "hcc", To: "sfa", Type: jscd.RelationTypeImplements},
		{From: "round-4", To: "sd", Type: jscd.EdgeEventOf},
		{From: "talks", To: "jscd", Type: jscd.EdgeEventOf},
	}
	if diff := cmp.Diff(wantEdges, l.Edges()); diff != "" {
		t.Errorf("Edges (-want +got):\n%s", diff)
	}
	if got := l.Cycles(); got != nil {
		t.Errorf("Cycles = %v, want none", got)
	}
}

func TestLineageAncestorsDescendants(t *testing.T) {
	l := lineageFramework().Lineage()
	wantAnc := []jscd.Edge{
		{From: "talks", To: "jscd", Type: jscd.EdgeEventOf},
		{From: "jscd", To: "sfa", Type: jscd.RelationTypeBasedOn},
		{From: "jscd", To: "sd", Type: jscd.RelationTypeBasedOn},
		{From: "jscd", To: "hcc", Type: jscd.RelationTypeBasedOn},
		{From: "sd", To: "sfa", Type: jscd.RelationTypeImplements},
		{From: "hcc", To: "sfa", Type: jscd.RelationTypeImplements},
	}
	if diff := cmp.Diff(wantAnc, l.Ancestors("talks")); diff != "" {
		t.Errorf("Ancestors(talks) (-want +got):\n%s", diff)
	}
	wantDesc := []jscd.Edge{
		{From: "jscd", To: "sd", Type: jscd.RelationTypeBasedOn},
		{From: "round-4", To: "sd", Type: jscd.EdgeEventOf},
		{From: "talks", To: "jscd", Type: jscd.EdgeEventOf},
	}
	if diff := cmp.Diff(wantDesc, l.Descendants("sd")); diff != "" {
		t.Errorf("Descendants(sd) (-want +got):\n%s", diff)
	}
	if got := l.Ancestors("sfa"); got != nil {
		t.Errorf("Ancestors(sfa) = %v, want none: the SFA rests on nothing", got)
	}
	if got := l.Ancestors("no-such-id"); got != nil {
		t.Errorf("Ancestors(unknown) = %v, want nil", got)
	}
}

func TestLineageLayout(t *testing.T) {
	lo := lineageFramework().Lineage().Layout()
	wantLayers := [][]jscd.ID{
		{"sfa", "statement"},
		{"sd", "hcc"},
		{"round-4", "jscd"},
		{"talks"},
	}
	if diff := cmp.Diff(wantLayers, lo.Layers); diff != "" {
		t.Errorf("Layers (-want +got):\n%s", diff)
	}
	// jscd -> sfa spans two layers, so its route has a dummy place in layer 1.
	for i, e := range lo.Edges {
		if e.From == "jscd" && e.To == "sfa" {
			if got := len(lo.Routes[i]); got != 3 {
				t.Errorf("route of jscd->sfa has %d points, want 3: %v", got, lo.Routes[i])
			}
		}
		r := lo.Routes[i]
		from, _ := lo.Position(e.From)
		to, _ := lo.Position(e.To)
		if r[0] != from || r[len(r)-1] != to {
			t.Errorf("route %v of %v does not run from %v to %v", r, e, from, to)
		}
	}
	if lo.Width != 3 {
		t.Errorf("Width = %d, want 3 (sd, hcc and the dummy of jscd->sfa)", lo.Width)
	}
	if lo.Crossings != 0 {
		t.Errorf("Crossings = %d, want 0", lo.Crossings)
	}
}

// TestLineageLayoutReducesCrossings builds two layers wired in reverse, which document order
// draws with every pair of edges crossing, and checks the sweeps untangle them.
func TestLineageLayoutReducesCrossings(t *testing.T) {
	f := &jscd.Framework{}
	bases := []jscd.ID{"a", "b", "c", "d"}
	for _, id := range bases {
		f.Instruments = append(f.Instruments, jscd.Instrument{ID: id})
	}
	for i, id := range []jscd.ID{"w", "x", "y", "z"} {
		f.Instruments = append(f.Instruments, jscd.Instrument{ID: id, Relations: []jscd.Relation{
			{Type: jscd.RelationTypeBasedOn, To: bases[len(bases)-1-i]},
		}})
	}
	lo := f.Lineage().Layout()
	if lo.Crossings != 0 {
		t.Fatalf("Crossings = %d, want 0; layers %v", lo.Crossings, lo.Layers)
	}
	want := [][]jscd.ID{{"a", "b", "c", "d"}, {"z", "y", "x", "w"}}
	if diff := cmp.Diff(want, lo.Layers); diff != "" {
		t.Errorf("Layers (-want +got):\n%s", diff)
	}
}

func TestLineageCycles(t *testing.T) {
	f := &jscd.Framework{Instruments: []jscd.Instrument{
		{ID: "a", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "b"}}},
		{ID: "b", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "c"}}},
		{ID: "c", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "a"}}},
		{ID: "self", Relations: []jscd.Relation{{Type: jscd.RelationTypeContinues, To: "self"}}},
	}}
	l := f.Lineage()
	wantCycles := [][]jscd.ID{{"a", "b", "c"}, {"self"}}
	if diff := cmp.Diff(wantCycles, l.Cycles()); diff != "" {
		t.Errorf("Cycles (-want +got):\n%s", diff)
	}
	wantBroken := []jscd.Edge{
		{From: "c", To: "a", Type: jscd.RelationTypeBasedOn},
		{From: "self", To: "self", Type: jscd.RelationTypeContinues},
	}
	if diff := cmp.Diff(wantBroken, l.BrokenEdges()); diff != "" {
		t.Errorf("BrokenEdges (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]jscd.ID{"c", "b", "a", "self"}, l.Nodes()); diff != "" {
		t.Errorf("Nodes (-want +got):\n%s", diff)
	}
	// The walks still follow the broken edge, and stop instead of looping.
	if got := len(l.Ancestors("a")); got != 3 {
		t.Errorf("Ancestors(a) has %d edges, want 3: %v", got, l.Ancestors("a"))
	}
	if got := len(l.Descendants("self")); got != 1 {
		t.Errorf("Descendants(self) has %d edges, want 1", got)
	}
	lo := l.Layout()
	if got := len(lo.Edges); got != 2 {
		t.Errorf("Layout draws %d edges, want 2 (the broken ones left out)", got)
	}
}

func TestLineageLeavesOutBadReferences(t *testing.T) {
	f := &jscd.Framework{
		Instruments: []jscd.Instrument{
			{ID: "a", Relations: []jscd.Relation{
				{Type: jscd.RelationTypeBasedOn, To: "missing"},
				{Type: jscd.RelationTypeBasedOn, To: "b"},
				{Type: jscd.RelationTypeBasedOn, To: "b"}, // the same edge twice is one edge
				{Type: jscd.RelationTypeComplements, To: "b"},
			}},
			{ID: "b"},
			{ID: "a", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "c"}}}, // duplicate ID
			{ID: "c"},
		},
		Events: []jscd.Event{{ID: "e", Instrument: "missing"}, {ID: "b", Instrument: "a"}},
	}
	l := f.Lineage()
	want := []jscd.Edge{
		{From: "a", To: "b", Type: jscd.RelationTypeBasedOn},
		{From: "a", To: "b", Type: jscd.RelationTypeComplements},
	}
	if diff := cmp.Diff(want, l.Edges()); diff != "" {
		t.Errorf("Edges (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]jscd.ID{"b", "a", "c", "e"}, l.Nodes()); diff != "" {
		t.Errorf("Nodes (-want +got):\n%s", diff)
	}
}

// TestLineageEdgesRestOnInstruments checks that a relation naming an event, and an event's
// instrument naming another event, are left out like other references of the wrong kind: an
// edge always rests on an instrument, so events stay leaves of the graph.
func TestLineageEdgesRestOnInstruments(t *testing.T) {
	f := &jscd.Framework{
		Instruments: []jscd.Instrument{
			{ID: "a", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "e1"}}},
		},
		Events: []jscd.Event{
			{ID: "e1", Instrument: "e2"},
			{ID: "e2", Instrument: "e1"},
			{ID: "e3", Instrument: "a"},
		},
	}
	l := f.Lineage()
	if diff := cmp.Diff([]jscd.Edge{{From: "e3", To: "a", Type: jscd.EdgeEventOf}}, l.Edges()); diff != "" {
		t.Errorf("Edges (-want +got):\n%s", diff)
	}
	if got := l.Cycles(); got != nil {
		t.Errorf("Cycles = %v, want none", got)
	}
	if diff := cmp.Diff([]jscd.ID{"a", "e1", "e2", "e3"}, l.Nodes()); diff != "" {
		t.Errorf("Nodes (-want +got):\n%s", diff)
	}
}

func TestLineageEmpty(t *testing.T) {
	for name, f := range map[string]*jscd.Framework{"nil": nil, "zero": {}} {
		l := f.Lineage()
		if l.Nodes() != nil || l.Edges() != nil || l.Cycles() != nil || l.BrokenEdges() != nil {
			t.Errorf("%s: got nodes %v, edges %v, cycles %v", name, l.Nodes(), l.Edges(), l.Cycles())
		}
		if l.Ancestors("x") != nil || l.Descendants("x") != nil {
			t.Errorf("%s: walks of an unknown ID returned edges", name)
		}
		lo := l.Layout()
		if len(lo.Layers) != 0 || len(lo.Edges) != 0 || lo.Width != 0 {
			t.Errorf("%s: Layout = %+v, want empty", name, lo)
		}
		if _, ok := lo.Position("x"); ok {
			t.Errorf("%s: Position found a node in an empty layout", name)
		}
	}
}

func TestLayoutIsACopy(t *testing.T) {
	l := lineageFramework().Lineage()
	lo := l.Layout()
	lo.Layers[0][0] = "changed"
	lo.Places["sfa"] = jscd.Point{Layer: 9}
	again := l.Layout()
	if again.Layers[0][0] != "sfa" || again.Places["sfa"].Layer != 0 {
		t.Errorf("changing a Layout changed the Lineage: %v", again.Layers)
	}
}

func TestEdgeEventOfIsNotARelationType(t *testing.T) {
	if jscd.EdgeEventOf.Valid() {
		t.Error("EdgeEventOf.Valid() = true; documents must not use it")
	}
}
