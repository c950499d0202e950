package site

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/view"
	"github.com/jscd-go/jscd/wasm/internal/web"
)

// Text and attribute values from the data are escaped, so no payload becomes markup; the
// attributes the renderer would drop (event handlers, style, non-web links) are not written.
func TestRegionHTMLEscapes(t *testing.T) {
	tests := []struct{ region, want string }{
		{`["<img src=x onerror=alert(1)>"]`, `&lt;img src=x onerror=alert(1)&gt;`},
		{`["a & b \u003c/p\u003e"]`, `a &amp; b &lt;/p&gt;`},
		{`[{"t":"p","a":{"title":"\"><script>alert(1)</script>","class":"x"},"c":["t"]}]`,
			`<p title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" class="x">t</p>`},
		{`[{"t":"a","a":{"href":"javascript:alert(1)","onclick":"alert(1)","style":"color:red"},"c":["x"]}]`,
			`<a>x</a>`},
		{`[{"t":"a","a":{"href":"https://example.org/?a=1&b=2"},"c":["x"]}]`,
			`<a href="https://example.org/?a=1&amp;b=2">x</a>`},
		{`[{"t":"p","c":["line\r\nnext"]}]`, `<p>line&#13;` + "\n" + `next</p>`},
		{`[{"t":"input","a":{"type":"range","value":"3"}}]`, `<input type="range" value="3">`},
		{`[{"t":"svg","a":{"viewBox":"0 0 1 1"},"c":[{"t":"text","a":{"x":"1"},"c":["<b>"]}]}]`,
			`<svg viewBox="0 0 1 1"><text x="1">&lt;b&gt;</text></svg>`},
	}
	for _, tt := range tests {
		got, err := regionHTML(tt.region)
		if err != nil {
			t.Errorf("%s: %v", tt.region, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.region, got, tt.want)
		}
	}
}

// What the HTML parser would not give back node for node is refused, with the reason.
func TestRegionHTMLRefusesWhatTheParserChanges(t *testing.T) {
	tests := []struct{ region, want string }{
		{`["a","b"]`, "two texts side by side"},
		{`[{"t":"p","c":[""]}]`, "an empty text"},
		{`[{"t":"table","c":[{"t":"tr"}]}]`, "<tr> directly in <table>"},
		{`[{"t":"tbody","c":["x"]}]`, "text directly in <tbody>"},
		{`[{"t":"input","c":["x"]}]`, "<input> cannot have children"},
		{`[{"t":"script","c":["alert(1)"]}]`, "<script> is not an HTML element"},
		{`[{"t":"textarea","c":["x"]}]`, "<textarea> is not an HTML element"},
		{`[{"t":"svg","c":[{"t":"foreignObject"}]}]`, "<foreignObject> is not an SVG element"},
		{`[{"t":"p","c":["a\u0000b"]}]`, "NUL"},
		{`[{"t":"p","a":{"title":"\u0000"}}]`, "NUL"},
		{`[{"t":"p","x":1}]`, "unknown member"},
		{`[{"c":[]}]`, "without a tag"},
		{`[1]`, "a node is a string or an object"},
		{`[] x`, "after the region"},
	}
	for _, tt := range tests {
		_, err := regionHTML(tt.region)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one that says %q", tt.region, err, tt.want)
		}
	}
}

// The Go writer and render.js set the same attributes: the pattern is the same text in both.
func TestAllowedAttributesAreTheRenderers(t *testing.T) {
	js, err := fs.ReadFile(web.Files, "render.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const ALLOWED = /(.*)/;`).FindSubmatch(js)
	if m == nil {
		t.Fatal("render.js has no ALLOWED pattern")
	}
	if got, want := allowedAttribute.String(), string(m[1]); got != want {
		t.Errorf("the writer's attribute pattern differs from render.js's:\n%s", cmp.Diff(want, got))
	}
}

// Every first-view page holds every region, the page's language and direction, the head of
// the document in a read-only editor and the whole document as JSON; its rendering waits for
// the last region, so the first paint shows the whole view.
func TestFirstViewPages(t *testing.T) {
	dir := pageDir(t)
	if err := writeFirstViews(dir, nil); err != nil {
		t.Fatal(err)
	}
	names := datasets.Names()
	for _, name := range names {
		doc, _ := datasets.Bytes(name)
		for _, lang := range langCodes() {
			b, err := os.ReadFile(filepath.Join(dir, FirstViewPage(name, lang)))
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			v, err := NewFirstView(name, lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, region := range view.AllRegions() {
				content, err := regionHTML(v.Regions[region])
				// A region may be empty (the detail card with no focus, places where there are none).
				empty := v.Regions[region] == "[]"
				if err != nil || content == "" && !empty || !strings.Contains(page, `id="`+region+`"`) || !strings.Contains(page, content) {
					t.Errorf("%s: region %s is not in the page (%v)", FirstViewPage(name, lang), region, err)
				}
			}
			want := `<html lang="` + lang + `" dir="` + v.Dir + `" data-first-view="` + name + " " + lang + `">`
			if !strings.Contains(page, want) {
				t.Errorf("%s: no %s", FirstViewPage(name, lang), want)
			}
			head := string(doc)[:lineEnd(string(doc), EditorHeadLines)]
			if !strings.Contains(page, "readonly>"+escapedText(t, head)+"</textarea>") {
				t.Errorf("%s: the editor does not hold the document's first %d lines, read-only", FirstViewPage(name, lang), EditorHeadLines)
			}
			if !strings.Contains(page, `<script type="application/json" id="jscd-text">`) || strings.Count(page, "</script>") != 3 {
				t.Errorf("%s: the whole text is not in one data block, or it closed a script early", FirstViewPage(name, lang))
			}
			if !strings.Contains(page, `<p id="validator" class="validator" role="status">`+escapedText(t, loadingNotes[lang])+`</p>`) {
				t.Errorf("%s: no loading note in the page's language", FirstViewPage(name, lang))
			}
		}
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	first, _ := os.ReadFile(filepath.Join(dir, FirstViewPage(names[0], langCodes()[0])))
	if string(index) != string(first) {
		t.Error("index.html is not the first view of the first dataset in the first language")
	}
}

// The page does not render before all its regions are parsed: index.html's head expects an
// empty element that follows every region, blocking rendering until the parser inserts it.
// (Chromium lifts the block when the expected element is inserted, not when its end tag is
// parsed, so the expected element is empty and after the regions, not the last region.)
func TestRenderingWaitsForEveryRegion(t *testing.T) {
	b, err := fs.ReadFile(web.Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	head := page[:strings.Index(page, "</head>")]
	m := regexp.MustCompile(`<link rel="expect" href="#([a-z-]+)" blocking="render">`).FindStringSubmatch(head)
	if m == nil {
		t.Fatal("index.html's head has no render-blocking expect link")
	}
	end := strings.Index(page, `<div id="`+m[1]+`" hidden></div>`)
	if end < 0 {
		t.Fatalf("index.html has no empty element #%s", m[1])
	}
	for _, region := range view.AllRegions() {
		if at := strings.Index(page, `id="`+region+`"`); at < 0 || at > end {
			t.Errorf("region %s is not before #%s", region, m[1])
		}
	}
}

func escapedText(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	if err := escapeText(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A value the page cannot carry fails the build with its reason, rather than being left out.
func TestFirstViewHTMLRefusesWhatHTMLCannotCarry(t *testing.T) {
	b, err := fs.ReadFile(web.Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	v, err := NewFirstView("us-iraq", "en")
	if err != nil {
		t.Fatal(err)
	}
	v.Loading = "Loading\x00"
	if _, err := firstViewHTML(string(b), "us-iraq", v); err == nil || !strings.Contains(err.Error(), "NUL") {
		t.Errorf("a NUL in the loading note: error %v, want one that names the NUL", err)
	}
}
