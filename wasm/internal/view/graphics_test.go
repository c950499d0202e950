package view

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/layout"
)

// minTextPx is the smallest text the drawings may show, in CSS pixels: they are drawn at
// their own size (one unit a pixel), so a font size in units is one in pixels.
const minTextPx = 12.0

// drawnFrameworks are the frameworks the geometry tests draw: the bundled ones and every
// valid document of the library's test data (the alliance framework has places, lifecycles,
// sites and positions known by one day).
func drawnFrameworks(t *testing.T) map[string]*jscd.Framework {
	t.Helper()
	out := map[string]*jscd.Framework{}
	for _, name := range datasets.Names() {
		out[name] = datasets.MustLoad(name)
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "jscd", "testdata", "valid", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test documents: %v", err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := jscd.Decode(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out[strings.TrimSuffix(filepath.Base(file), ".json")] = f
	}
	return out
}

// The lineage's labels are placed where they cover no other label, no node and no edge but
// their own; nodes do not overlap; every text is at least minTextPx and fits its node.
func TestLineageLabelsOverlapNothing(t *testing.T) {
	for name, f := range drawnFrameworks(t) {
		for _, lang := range Languages() {
			l := NewLang(lang.Code)
			ix := indexEntities(f)
			lo := layout.Of(f)
			dr := drawLineage(l, ix, lo)
			where := name + " " + lang.Code
			pairs := map[[2]jscd.ID]bool{}
			for _, e := range dr.edges {
				if e.relation != eventOf && len(e.points) > 1 {
					pairs[[2]jscd.ID{e.from, e.to}] = true
				}
			}
			labelled := len(pairs)
			if len(dr.labels) != labelled {
				t.Errorf("%s: %d of %d edge labels placed", where, len(dr.labels), labelled)
			}
			for i, a := range dr.labels {
				if a.px < minTextPx {
					t.Errorf("%s: label %q at %.1f px", where, a.text, a.px)
				}
				if a.box.x0 < 0 || a.box.y0 < 0 || a.box.x1 > dr.width || a.box.y1 > dr.height {
					t.Errorf("%s: label %q at %v leaves the drawing (%.0f×%.0f)", where, a.text, a.box, dr.width, dr.height)
				}
				for _, b := range dr.labels[i+1:] {
					if a.box.overlaps(b.box) {
						t.Errorf("%s: labels %q and %q overlap: %v %v", where, a.text, b.text, a.box, b.box)
					}
				}
				for _, n := range dr.nodes {
					if a.box.overlaps(n.box) {
						t.Errorf("%s: label %q covers node %s", where, a.text, n.id)
					}
				}
				for k, e := range dr.edges {
					if !slices.Contains(a.edges, k) && e.crosses(a.box) {
						t.Errorf("%s: the edge %s→%s runs through the label %q of %s→%s", where, e.from, e.to, a.text,
							dr.edges[a.edges[0]].from, dr.edges[a.edges[0]].to)
					}
				}
			}
			for i, a := range dr.nodes {
				for _, b := range dr.nodes[i+1:] {
					if a.box.overlaps(b.box) {
						t.Errorf("%s: nodes %s and %s overlap", where, a.id, b.id)
					}
				}
				for _, tx := range a.texts {
					if tx.px < minTextPx {
						t.Errorf("%s: %s: text %q at %.1f px", where, a.id, tx.text, tx.px)
					}
					w := emWidth(tx.text) * tx.px
					if tx.px == lineageKindPx {
						w *= regularEm // the kind is not bold
					}
					if w > lineageNodeW-2*lineageNameMargin+0.01 {
						t.Errorf("%s: %s: text %q is about %.0f units wide, wider than its node", where, a.id, tx.text, w)
					}
					if tx.y-tx.px/2 < a.box.y0 || tx.y+tx.px/2 > a.box.y1 {
						t.Errorf("%s: %s: text %q leaves its node", where, a.id, tx.text)
					}
				}
				if a.box.x0 < 0 || a.box.x1 > dr.width || a.box.y1 > dr.height {
					t.Errorf("%s: node %s leaves the drawing", where, a.id)
				}
			}
		}
	}
}

// Instruments and events linked to nothing are drawn apart, below every linked node, not in
// the top row with the foundations.
func TestLineageSetsUnlinkedNodesApart(t *testing.T) {
	f := datasets.MustLoad("us-iraq")
	l := NewLang("en")
	dr := drawLineage(l, indexEntities(f), layout.Of(f))
	apart := map[jscd.ID]bool{}
	for _, id := range dr.apart {
		apart[id] = true
	}
	for _, id := range []jscd.ID{"stroul-statement-2023-07", "abbasi-visit-to-us-2023-08"} {
		if !apart[id] {
			t.Errorf("%s, linked to nothing, is not set apart (apart: %v)", id, dr.apart)
		}
	}
	lowestLinked := 0.0
	for _, n := range dr.nodes {
		if !apart[n.id] {
			lowestLinked = max(lowestLinked, n.box.y1)
		}
	}
	for _, n := range dr.nodes {
		if apart[n.id] && n.box.y0 <= lowestLinked {
			t.Errorf("%s is drawn at %.0f, not below the linked nodes (down to %.0f)", n.id, n.box.y0, lowestLinked)
		}
	}
	if dr.caption.text == "" || dr.caption.box.y0 <= lowestLinked {
		t.Error("no caption over the nodes set apart")
	}
	svg := LineagePanel(&Input{Lang: l, Framework: f})
	if !strings.Contains(nodesText(svg), l.L("lineage.legend.apart")) {
		t.Error("the legend does not say what the row apart is")
	}
}

// The JSCD's own name is shown whole in its node, and a name that falls back to another
// language carries that language's tag.
func TestLineageNamesWholeAndTagged(t *testing.T) {
	f := datasets.MustLoad("us-iraq")
	for _, lang := range Languages() {
		l := NewLang(lang.Code)
		dr := drawLineage(l, indexEntities(f), layout.Of(f))
		for _, n := range dr.nodes {
			name, fallback := nameAndLang(l, indexEntities(f), n.id)
			var shown []string
			for _, tx := range n.texts[:len(n.texts)-1] {
				shown = append(shown, tx.text)
			}
			if n.id == "jscd" && strings.Join(shown, " ") != strings.Join(strings.Fields(name), " ") {
				t.Errorf("%s: the JSCD is named %q, want %q whole", lang.Code, shown, name)
			}
			n.node.Walk(func(x Node) {
				if x.Tag != "text" || x.Attrs[1] == "node-kind" {
					return
				}
				if got, _ := x.Attr("lang"); got != fallback {
					t.Errorf("%s: %s: a name's line has lang %q, want %q", lang.Code, n.id, got, fallback)
				}
			})
		}
	}
}

// The CSS sets every text of the drawings at minTextPx or more.
func TestDrawingFontSizes(t *testing.T) {
	css, err := os.ReadFile(filepath.Join("..", "web", "style.css"))
	if err != nil {
		t.Fatal(err)
	}
	rule := regexp.MustCompile(`(?m)^([^{}\n]*\.(?:node-name|node-kind|edge-label|apart-caption|year|row-label|asof-label|map-label|map-number|group-label)[^{}\n]*)\{([^}]*)\}`)
	size := regexp.MustCompile(`font-size:\s*([0-9.]+)px`)
	found := 0
	for _, m := range rule.FindAllStringSubmatch(string(css), -1) {
		for _, s := range size.FindAllStringSubmatch(m[2], -1) {
			found++
			if px, _ := strconv.ParseFloat(s[1], 64); px < minTextPx {
				t.Errorf("%s: font-size %spx, under %.0f", strings.TrimSpace(m[1]), s[1], minTextPx)
			}
		}
	}
	if found < 4 {
		t.Errorf("found %d font sizes of the drawings' texts in style.css, want them all", found)
	}
}

func nodesText(nodes []Node) string {
	var b strings.Builder
	for _, n := range nodes {
		b.WriteString(n.TextContent())
		b.WriteByte('\n')
	}
	return b.String()
}

// The map is drawn for a framework with coordinates, and not for one without; its markers
// and names cover one another nowhere, its text is at least minTextPx, and each place with
// coordinates is listed with the events held there.
func TestMapPanel(t *testing.T) {
	for name, f := range drawnFrameworks(t) {
		places := placesOnMap(f)
		for _, lang := range Languages() {
			in := &Input{Lang: NewLang(lang.Code), Framework: f}
			panel := MapPanel(in)
			if len(places) == 0 {
				if len(panel) != 0 {
					t.Errorf("%s %s: a map without coordinates", name, lang.Code)
				}
				continue
			}
			dr := drawMap(in.Lang, places)
			var boxes []box
			var what []string
			listed := 0
			for _, m := range dr.markers {
				listed += len(m.places)
				boxes = append(boxes, box{m.x - mapMarkerR, m.y - mapMarkerR, m.x + mapMarkerR, m.y + mapMarkerR})
				what = append(what, "marker "+strconv.Itoa(m.number))
				if m.label.text != "" {
					if m.label.px < minTextPx {
						t.Errorf("%s %s: name %q at %.1f px", name, lang.Code, m.label.text, m.label.px)
					}
					boxes = append(boxes, m.label.box)
					what = append(what, "name "+m.label.text)
				}
			}
			for i, a := range boxes {
				if a.x0 < 0 || a.y0 < 0 || a.x1 > dr.width || a.y1 > dr.height {
					t.Errorf("%s %s: %s leaves the map", name, lang.Code, what[i])
				}
				for j := i + 1; j < len(boxes); j++ {
					if a.overlaps(boxes[j]) {
						t.Errorf("%s %s: %s and %s overlap", name, lang.Code, what[i], what[j])
					}
				}
			}
			if listed != len(places) {
				t.Errorf("%s %s: %d places under markers, want %d", name, lang.Code, listed, len(places))
			}
			text := nodesText(panel)
			for _, p := range places {
				for _, ev := range p.events {
					if s, _ := in.Lang.Text(ev.Name); !strings.Contains(text, s) {
						t.Errorf("%s %s: the event %s held at %s is not listed", name, lang.Code, ev.ID, p.place.ID)
					}
				}
			}
			if !strings.Contains(fmtNodes(panel), `"href":"world.svg"`) {
				t.Errorf("%s %s: the map does not draw the outlines of the site's world.svg", name, lang.Code)
			}
		}
	}
	if len(placesOnMap(datasets.MustLoad("us-iraq"))) != 0 {
		t.Error("us-iraq has no coordinates, yet places on the map")
	}
	if len(placesOnMap(drawnFrameworks(t)["alliance"])) < 5 {
		t.Error("the alliance framework's places are not on the map")
	}
}

func fmtNodes(nodes []Node) string { return string(AppendNodes(nil, nodes)) }

// On a right-to-left page the diff's arrow points from the old value to the new one, leftwards;
// each value is isolated, a text marked with its language when it is not the page's, and an
// ID or other code marked as no language and left to right.
func TestDiffValuesOnRightToLeftPages(t *testing.T) {
	for _, code := range []string{"en", "ar", "ckb"} {
		l := NewLang(code)
		c := jscd.Change{Kind: jscd.ChangeKindChanged, Path: jscd.Path{"title"},
			Old: map[string]any{"en": "Old title"}, New: map[string]any{"en": "New title", "ar": "عنوان جديد"}}
		n := fieldChange(l, c)
		text := n.TextContent()
		want := "→"
		if l.RTL {
			want = "←"
		}
		if !strings.Contains(text, " "+want+" ") || (l.RTL && strings.Contains(text, "→")) {
			t.Errorf("%s: the change reads %q; want the arrow %s", code, text, want)
		}
		var langs []string
		n.Walk(func(x Node) {
			if x.Tag == "bdi" {
				lang, _ := x.Attr("lang")
				langs = append(langs, lang)
			}
		})
		wantLangs := map[string]string{"en": ",", "ar": "en,", "ckb": "en,ar"}[code]
		if strings.Join(langs, ",") != wantLangs {
			t.Errorf("%s: the values' lang attributes are %q, want %q", code, langs, wantLangs)
		}
		id := valueNode(l, "jscd-talks-2023-08")
		if lang, _ := id.Attr("lang"); lang != "zxx" {
			t.Errorf("%s: an ID in the diff has lang %q, want zxx", code, lang)
		}
		if dir, _ := id.Attr("dir"); dir != "ltr" {
			t.Errorf("%s: an ID in the diff has dir %q, want ltr", code, dir)
		}
	}
}
