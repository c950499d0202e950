package peers

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/awalterschulze/gographviz"
)

// exportDOT exports the lineage of the document at path and reads it back with gographviz,
// which parses DOT and checks every attribute name.
func exportDOT(t *testing.T, path string, args ...string) *gographviz.Graph {
	t.Helper()
	out, code := run(t, "", nil, append([]string{"export", "-to", "dot"}, append(args, path)...)...)
	if code != 0 {
		t.Fatalf("export -to dot: exit status %d", code)
	}
	ast, err := gographviz.ParseString(out)
	if err != nil {
		t.Fatalf("gographviz cannot parse the graph: %v\n%s", err, out)
	}
	g := gographviz.NewGraph()
	if err := gographviz.Analyse(ast, g); err != nil {
		t.Fatalf("gographviz rejects the graph: %v\n%s", err, out)
	}
	return g
}

// unquoted is an attribute value as DOT reads it.
func unquoted(t *testing.T, s string) string {
	t.Helper()
	if !strings.HasPrefix(s, `"`) {
		return s
	}
	// A DOT string escapes only the quote; other backslashes stay for the renderer (\n in a
	// label is a line break there), so Go's unquoting of \\ and \n gives the text drawn.
	u, err := strconv.Unquote(s)
	if err != nil {
		t.Fatalf("attribute %s: %v", s, err)
	}
	return u
}

// The graph has a node for every node of the lineage and an edge for every edge, with the
// relation as label.
func TestDOTParsesBack(t *testing.T) {
	for _, name := range []string{"jscd/datasets/us-iraq.json", "jscd/datasets/us-iraq-2021.json", "jscd/testdata/valid/every-field.json", "jscd/testdata/invalid/graph.json"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(root, name)
			l := decode(t, path).Lineage()
			g := exportDOT(t, path)
			if !g.Directed {
				t.Error("the graph is not directed")
			}
			for _, id := range l.Nodes() {
				if g.Nodes.Lookup[strconv.Quote(string(id))] == nil {
					t.Errorf("node %s is missing", id)
				}
			}
			if len(g.Nodes.Nodes) != len(l.Nodes()) {
				t.Errorf("%d nodes, want %d", len(g.Nodes.Nodes), len(l.Nodes()))
			}
			if len(g.Edges.Edges) != len(l.Edges()) {
				t.Errorf("%d edges, want %d", len(g.Edges.Edges), len(l.Edges()))
			}
			for i, e := range l.Edges() {
				ge := g.Edges.Edges[i]
				if ge.Src != strconv.Quote(string(e.From)) || ge.Dst != strconv.Quote(string(e.To)) {
					t.Errorf("edge %d is %s -> %s, want %s -> %s", i, ge.Src, ge.Dst, e.From, e.To)
				}
				if e.Type.Valid() && unquoted(t, ge.Attrs["label"]) == "" {
					t.Errorf("edge %s -> %s (%s) has no label", e.From, e.To, e.Type)
				}
			}
			for _, e := range l.BrokenEdges() {
				found := false
				for _, ge := range g.Edges.SrcToDsts[strconv.Quote(string(e.From))][strconv.Quote(string(e.To))] {
					found = found || ge.Attrs["constraint"] == "false"
				}
				if !found {
					t.Errorf("the edge %s -> %s broken to undo a cycle is not marked", e.From, e.To)
				}
			}
		})
	}
}

// Names with quotes, backslashes and line breaks, and names in Arabic, come back as written.
func TestDOTLabels(t *testing.T) {
	name := `The "Baghdad \ Erbil"` + "\nagreement"
	doc := `{
  "format": "jscd/1",
  "id": "labels",
  "title": {"en": "Labels", "ar": "تسميات"},
  "instruments": [
    {"id": "a", "kind": "treaty", "name": {"en": ` + quote(name) + `, "ar": "معاهدة"}, "date": "2008"},
    {"id": "b", "kind": "memorandum", "name": {"en": "B"}, "relations": [{"type": "implements", "to": "a"}]}
  ]
}`
	path := filepath.Join(t.TempDir(), "labels.json")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	g := exportDOT(t, path)
	// The label drawn is the name, a line break, and the date.
	want := name + "\n2008"
	if got := unquoted(t, g.Nodes.Lookup[`"a"`].Attrs["label"]); got != want {
		t.Errorf("label %q, want %q", got, want)
	}
	if got := g.Nodes.Lookup[`"a"`].Attrs["shape"]; got != "box" {
		t.Errorf("treaty shape %q", got)
	}
	g = exportDOT(t, path, "-lang", "ar")
	if got := unquoted(t, g.Nodes.Lookup[`"a"`].Attrs["label"]); got != "معاهدة\n2008" {
		t.Errorf("Arabic label %q", got)
	}
	if got := unquoted(t, g.Attrs["label"]); got != "تسميات" {
		t.Errorf("Arabic graph label %q", got)
	}
	if got := unquoted(t, g.Edges.Edges[0].Attrs["label"]); got != "ينفّذ" {
		t.Errorf("Arabic relation label %q", got)
	}
}
