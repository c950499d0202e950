package layout

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

var update = flag.Bool("update", false, "rewrite testdata/<dataset>.json from the layouts Of gives")

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

func TestOf(t *testing.T) {
	lo := Of(lineageFramework())
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

// TestOfReducesCrossings builds two layers wired in reverse, which document order draws with
// every pair of edges crossing, and checks the sweeps untangle them.
func TestOfReducesCrossings(t *testing.T) {
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
	lo := Of(f)
	if lo.Crossings != 0 {
		t.Fatalf("Crossings = %d, want 0; layers %v", lo.Crossings, lo.Layers)
	}
	want := [][]jscd.ID{{"a", "b", "c", "d"}, {"z", "y", "x", "w"}}
	if diff := cmp.Diff(want, lo.Layers); diff != "" {
		t.Errorf("Layers (-want +got):\n%s", diff)
	}
}

// TestOfLeavesOutBrokenEdges lays out a lineage with cycles: the edges broken to undo them
// (jscd.Lineage.BrokenEdges) are not drawn, and every node is placed once.
func TestOfLeavesOutBrokenEdges(t *testing.T) {
	f := &jscd.Framework{Instruments: []jscd.Instrument{
		{ID: "a", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "b"}}},
		{ID: "b", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "c"}}},
		{ID: "c", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "a"}}},
		{ID: "self", Relations: []jscd.Relation{{Type: jscd.RelationTypeContinues, To: "self"}}},
	}}
	lo := Of(f)
	want := []jscd.Edge{
		{From: "a", To: "b", Type: jscd.RelationTypeBasedOn},
		{From: "b", To: "c", Type: jscd.RelationTypeBasedOn},
	}
	if diff := cmp.Diff(want, lo.Edges); diff != "" {
		t.Errorf("Edges (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]jscd.ID{{"c", "self"}, {"b"}, {"a"}}, lo.Layers); diff != "" {
		t.Errorf("Layers (-want +got):\n%s", diff)
	}
}

// TestOfDocumentOrder checks that the drawing starts from document order, instruments before
// events, with a repeated ID placed where it first appears; the lineage's own order
// (jscd.Lineage.Nodes) puts bases first instead.
func TestOfDocumentOrder(t *testing.T) {
	f := &jscd.Framework{
		Instruments: []jscd.Instrument{
			{ID: "b", Relations: []jscd.Relation{{Type: jscd.RelationTypeBasedOn, To: "a"}}},
			{ID: "a"},
			{ID: "c"},
			{ID: "b"}, // a duplicate ID: the first instrument with it is the node
		},
		Events: []jscd.Event{{ID: "c", Instrument: "a"}, {ID: "e"}, {ID: ""}},
	}
	lo := Of(f)
	if diff := cmp.Diff([][]jscd.ID{{"a", "c", "e"}, {"b"}}, lo.Layers); diff != "" {
		t.Errorf("Layers (-want +got):\n%s", diff)
	}
}

func TestOfEmpty(t *testing.T) {
	for name, f := range map[string]*jscd.Framework{"nil": nil, "zero": {}} {
		lo := Of(f)
		if len(lo.Layers) != 0 || len(lo.Edges) != 0 || lo.Width != 0 {
			t.Errorf("%s: Layout = %+v, want empty", name, lo)
		}
		if _, ok := lo.Position("x"); ok {
			t.Errorf("%s: Position found a node in an empty layout", name)
		}
	}
}

// TestOfSharesNothing checks that a layout the caller changes does not change the next one.
func TestOfSharesNothing(t *testing.T) {
	f := lineageFramework()
	lo := Of(f)
	lo.Layers[0][0] = "changed"
	lo.Places["sfa"] = Point{Layer: 9}
	again := Of(f)
	if again.Layers[0][0] != "sfa" || again.Places["sfa"].Layer != 0 {
		t.Errorf("changing a Layout changed the next one: %v", again.Layers)
	}
}

// TestDatasets compares the layout of each bundled framework with testdata/<dataset>.json, so
// that a change that moves anything in the demo's drawing is seen. -update rewrites the files.
func TestDatasets(t *testing.T) {
	for _, name := range datasets.Names() {
		t.Run(name, func(t *testing.T) {
			got := Of(datasets.MustLoad(name))
			file := filepath.Join("testdata", name+".json")
			if *update {
				data, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, append(data, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v; go test -run TestDatasets -update writes it", err)
			}
			var want Layout
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("layout of %s (-%s +got):\n%s", name, file, diff)
			}
		})
	}
}

// FuzzOf lays out whatever decodes: every node of the lineage is placed once, every drawn edge
// runs down from a higher layer to a lower one along a route with a place in each layer
// between, and the same document gets the same layout.
func FuzzOf(f *testing.F) {
	for _, name := range datasets.Names() {
		data, err := datasets.Bytes(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, pattern := range []string{"../../../jscd/testdata/valid/*.json", "../../../jscd/testdata/invalid/*.json"} {
		files, err := filepath.Glob(filepath.FromSlash(pattern))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, ".issues.json") {
				continue
			}
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, err := jscd.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		lo := Of(fw)
		nodes := fw.Lineage().Nodes()
		placed := 0
		for k, layer := range lo.Layers {
			placed += len(layer)
			for _, id := range layer {
				if p, ok := lo.Position(id); !ok || p.Layer != k {
					t.Fatalf("%s is in layer %d, placed at %v", id, k, p)
				}
			}
		}
		if placed != len(nodes) || len(lo.Places) != len(nodes) {
			t.Fatalf("layout places %d nodes (%d places); the lineage has %d", placed, len(lo.Places), len(nodes))
		}
		if len(lo.Routes) != len(lo.Edges) {
			t.Fatalf("%d routes for %d edges", len(lo.Routes), len(lo.Edges))
		}
		for i, e := range lo.Edges {
			r := lo.Routes[i]
			from, _ := lo.Position(e.From)
			to, _ := lo.Position(e.To)
			if from.Layer <= to.Layer || len(r) != from.Layer-to.Layer+1 || r[0] != from || r[len(r)-1] != to {
				t.Fatalf("edge %v from %v to %v has route %v", e, from, to, r)
			}
		}
		if !cmp.Equal(lo, Of(fw)) {
			t.Fatal("two layouts of one document differ")
		}
	})
}

func BenchmarkOf(b *testing.B) {
	f := datasets.MustLoad("us-iraq")
	b.ReportAllocs()
	for b.Loop() {
		Of(f)
	}
}
