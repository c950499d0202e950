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
		{From: "round-4", To: "sd"},
		{From: "talks", To: "jscd"},
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
		{From: "talks", To: "jscd"},
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
		{From: "round-4", To: "sd"},
		{From: "talks", To: "jscd"},
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
	if diff := cmp.Diff([]jscd.Edge{{From: "e3", To: "a"}}, l.Edges()); diff != "" {
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
	}
}
