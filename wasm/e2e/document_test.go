package e2e

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/site"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// TestServingADocumentOfYourOwn: a site built with a document of its own (serve -file) opens
// on it, drawn from the library's reading of it, in the address's language too; the bundled
// frameworks stay in the picker, and choosing one shows it.
//
// Building that second site, most of it compressing its module, takes a while. So the test
// builds the shared site first, starts its own build in the background and lets the other
// tests run (t.Parallel: a parallel test goes on once the serial ones have ended), whose
// waits on the browser leave the processors free for it.
func TestServingADocumentOfYourOwn(t *testing.T) {
	doc, err := os.ReadFile("../../jscd/testdata/valid/every-field.json")
	if err != nil {
		t.Fatal(err)
	}
	siteDir(t)
	dir := t.TempDir()
	built := make(chan error, 1)
	go func() { built <- site.Build(dir, view.Document{Name: "northland", Text: doc}) }()
	t.Parallel()
	if err := <-built; err != nil {
		t.Fatalf("building the site with a document: %v", err)
	}
	url := serveHandler(t, site.Handler(dir))

	f, err := jscd.Decode(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	ctx := openPageAt(t, url, waitReady())
	if got := eval[string](t, ctx, `document.getElementById('dataset').value`); got != "northland" {
		t.Errorf("the picker shows %q; want the document given", got)
	}
	if got := text(t, ctx, "#dataset option:checked"); !strings.Contains(got, f.Title["en"]) {
		t.Errorf("the picker's entry reads %q; want the document's title %q", got, f.Title["en"])
	}
	if got := eval[string](t, ctx, `document.getElementById('source').value`); got != string(doc) {
		t.Errorf("the editor holds %d characters; want the document's %d", len(got), len(doc))
	}
	if got, want := count(t, ctx, "#lineage-svg g.node"), len(f.Lineage().Nodes()); got != want || want == 0 {
		t.Errorf("%d lineage nodes; the library says %d", got, want)
	}
	if count(t, ctx, "#issues-none") != 1 {
		t.Errorf("the valid document is not shown as valid: %q", text(t, ctx, "#issues"))
	}
	options := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#dataset option'), (o) => o.value)`)
	if want := append([]string{"northland"}, datasets.Names()...); strings.Join(options, " ") != strings.Join(want, " ") {
		t.Errorf("the picker offers %q; want %q", options, want)
	}

	eval[bool](t, ctx, `(() => { const s = document.getElementById('dataset'); s.value = 'us-iraq';
		s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
	us := datasets.MustLoad("us-iraq")
	waitFor(t, ctx, `document.querySelectorAll('#lineage-svg g.node').length === `+strconv.Itoa(len(us.Lineage().Nodes())))
	b, _ := datasets.Bytes("us-iraq")
	if got := eval[string](t, ctx, `document.getElementById('source').value`); got != string(b) {
		t.Error("choosing us-iraq does not put it in the editor")
	}

	// The document in Arabic, as the server sends it for the address.
	ar := openPageAt(t, url+"?lang=ar&dataset=northland", waitReady())
	if dir := eval[string](t, ar, `document.documentElement.dir`); dir != "rtl" {
		t.Errorf("?lang=ar gives dir=%q", dir)
	}
	if got := eval[string](t, ar, `document.getElementById('dataset').value`); got != "northland" {
		t.Errorf("?dataset=northland shows %q", got)
	}
}
