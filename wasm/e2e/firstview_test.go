package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/site"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// pageState is what a visitor sees of the page: each region's markup, the editor's text and
// the page's language and direction.
type pageState struct {
	Regions map[string]string `json:"regions"`
	Text    string            `json:"text"`
	Lang    string            `json:"lang"`
	Dir     string            `json:"dir"`
}

const readPageState = `(() => ({
	regions: Object.fromEntries(Array.from(document.querySelectorAll('#top, #editor-head, #issues, .panels > .panel'),
		(el) => [el.id, el.innerHTML])),
	text: document.getElementById('source').value,
	lang: document.documentElement.lang,
	dir: document.documentElement.dir,
}))()`

// countMutations starts counting every change to the regions' DOM, read by window.__mutations.
const countMutations = `(() => {
	window.__mutations = 0;
	const observer = new MutationObserver((list) => { window.__mutations += list.length; });
	for (const el of document.querySelectorAll('#top, #editor-head, #issues, .panels > .panel')) {
		observer.observe(el, {subtree: true, childList: true, attributes: true, characterData: true});
	}
	return true;
})()`

// The first view, prerendered at build time, is drawn before the WebAssembly module is ready,
// shows what the library makes of the document, and is what the module then draws: taking
// over changes nothing on the page. Edits after the take-over work as before.
func TestFirstViewBeforeTheModule(t *testing.T) {
	for _, tt := range []struct {
		query, dataset, lang, dir string
	}{
		{"", "us-iraq", "en", "ltr"},
		{"?lang=ar&dataset=us-iraq-2021", "us-iraq-2021", "ar", "rtl"},
		{"?dataset=nonesuch&lang=xx", "us-iraq", "en", "ltr"},
		// As a static host serves it: the page holds the default view and render.js draws the
		// one asked for from its JSON file.
		{"index.html?lang=ckb&dataset=us-iraq-2021", "us-iraq-2021", "ckb", "rtl"},
	} {
		t.Run(tt.dataset+"-"+tt.lang, func(t *testing.T) {
			url, release := gatedSite(t)
			ctx := openPageAt(t, url+tt.query, waitFirstRender())
			if eval[bool](t, ctx, `document.documentElement.dataset.ready === 'true'`) {
				t.Fatal("the module took over while its file was held back")
			}
			before := eval[pageState](t, ctx, readPageState)
			b, err := datasets.Bytes(tt.dataset)
			if err != nil {
				t.Fatal(err)
			}
			if before.Text != string(b) || before.Lang != tt.lang || before.Dir != tt.dir {
				t.Errorf("first view: editor has %d characters (want the %d of %s), lang %q dir %q (want %q %q)",
					len(before.Text), len(b), tt.dataset, before.Lang, before.Dir, tt.lang, tt.dir)
			}
			f := datasets.MustLoad(tt.dataset)
			if got, want := count(t, ctx, "#lineage-svg g.node"), len(f.Lineage().Nodes()); got != want || want == 0 {
				t.Errorf("first view: %d lineage nodes, the library says %d", got, want)
			}
			if got, want := count(t, ctx, "#issue-list button.issue"), min(len(f.Check()), 200); got != want {
				t.Errorf("first view: %d issues listed, the library says %d", got, want)
			}
			if note := text(t, ctx, "#validator"); note == "" {
				t.Error("no note says that the validator is loading")
			}
			if eval[bool](t, ctx, `'replacing' in document.documentElement.dataset || getComputedStyle(document.body).visibility !== 'visible'`) {
				t.Error("the first view is drawn but the page stays hidden")
			}

			eval[bool](t, ctx, countMutations)
			release()
			if err := chromedp.Do(ctx, waitReady()); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `true`)
			after := eval[pageState](t, ctx, readPageState)
			if diff := cmp.Diff(before, after); diff != "" {
				t.Errorf("the module's page differs from the first view (-first view +module):\n%s", clip(diff, 3000))
			}
			if n := eval[int](t, ctx, `window.__mutations`); n != 0 {
				t.Errorf("taking over changed the regions' DOM %d times, want 0", n)
			}
			if count(t, ctx, "#validator") != 0 {
				t.Error("the loading note stays after the module is ready")
			}

			// An edit after the take-over is validated and drawn as before.
			setEditor(t, ctx, strings.Replace(string(b), `"en": "United States"`, `"en": "United States (edited)"`, 1))
			waitFor(t, ctx, `document.querySelector('.panels').textContent.includes('United States (edited)')`)
		})
	}
}

// An edit typed before the module is ready, and a language chosen after it, are held and
// applied when the module takes over: the editor keeps the visitor's text, the issues follow
// it (a broken reference is listed), and the page turns Arabic.
func TestEditBeforeTheModuleIsKept(t *testing.T) {
	url, release := gatedSite(t)
	ctx := openPageAt(t, url, waitFirstRender())
	b, _ := datasets.Bytes("us-iraq")
	const good, bad = `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "no-such-event"`
	if !strings.Contains(string(b), good) {
		t.Fatalf("the bundled document has no %s to edit", good)
	}
	edited := strings.Replace(string(b), good, bad, 1)
	broken := `#issue-list button[data-path$="/madeAt"].sev-error`
	if count(t, ctx, broken) != 0 {
		t.Fatal("the bundled document already has a broken madeAt: the test proves nothing")
	}
	lit, _ := json.Marshal(edited)
	eval[bool](t, ctx, `(() => { const ta = document.getElementById('source');
		ta.value = `+string(lit)+`;
		ta.dispatchEvent(new Event('input', {bubbles: true}));
		return true; })()`)
	// With an edit made, the language waits for the module rather than loading the page
	// prerendered in it, which would lose the edit.
	click(t, ctx, `a[data-act="lang"][data-val="ar"]`)
	if !eval[bool](t, ctx, `document.getElementById('validator').classList.contains('waiting')`) {
		t.Error("the loading note does not say that edits wait")
	}
	release()
	if err := chromedp.Do(ctx, waitReady()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector('`+broken+`') !== null`)
	if got := eval[string](t, ctx, `document.getElementById('source').value`); got != edited {
		t.Errorf("the editor lost the early edit: %d characters, want %d", len(got), len(edited))
	}
	if dir := eval[string](t, ctx, `document.documentElement.dir`); dir != "rtl" {
		t.Errorf("the language chosen before the module was ready was not applied: dir %q", dir)
	}
	if got, want := text(t, ctx, "#top .site"), view.NewLang("ar").L("title"); got != want {
		t.Errorf("header %q, want the Arabic title %q", got, want)
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// The page as the server sends it already shows the first view: with scripts disabled the
// browser draws every panel of the view the address asks for, in its language and direction,
// and the editor holds the start of the document.
func TestFirstViewIsInThePage(t *testing.T) {
	url := siteURL(t)
	for _, tt := range []struct{ query, dataset, lang, dir string }{
		{"", "us-iraq", "en", "ltr"},
		{"?dataset=us-iraq-2021&lang=ar", "us-iraq-2021", "ar", "rtl"},
	} {
		t.Run(tt.dataset+"-"+tt.lang, func(t *testing.T) {
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled,
				emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(url+tt.query)); err != nil {
				t.Fatal(err)
			}
			f := datasets.MustLoad(tt.dataset)
			if got, want := count(t, ctx, "#lineage-svg g.node"), len(f.Lineage().Nodes()); got != want || want == 0 {
				t.Errorf("%d lineage nodes in the page, the library says %d", got, want)
			}
			if got, want := count(t, ctx, "#issue-list button.issue"), min(len(f.Check()), 200); got != want {
				t.Errorf("%d issues listed in the page, the library says %d", got, want)
			}
			v, err := site.NewFirstView(tt.dataset, tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range view.AllRegions() {
				// A region the view leaves empty (no card open, no places) stays empty.
				if count(t, ctx, "#"+id+" > *") == 0 && v.Regions[id] != "[]" {
					t.Errorf("region %s is empty in the page", id)
				}
			}
			b, _ := datasets.Bytes(tt.dataset)
			editor := eval[string](t, ctx, `document.getElementById('source').value`)
			if len(editor) < 100 || !strings.HasPrefix(string(b), editor) {
				t.Errorf("the editor holds %d characters that do not start the document", len(editor))
			}
			if got := eval[[2]string](t, ctx, `[document.documentElement.lang, document.documentElement.dir]`); got != [2]string{tt.lang, tt.dir} {
				t.Errorf("page language and direction %v, want %s %s", got, tt.lang, tt.dir)
			}
			if eval[bool](t, ctx, `document.documentElement.dataset.firstRender === 'true'`) {
				t.Fatal("render.js ran: scripts were not disabled, so the test shows nothing")
			}
		})
	}
}

// The first frame the browser shows of the page is the whole first view: the header, every
// panel on screen with all its items (those under content-visibility: auto included) and the
// issues, pixel for pixel as they are once the page has settled. (A page may be painted
// before all of it is parsed; index.html's render-blocking "expect" link prevents that.)
func TestFirstFrameIsTheWholeView(t *testing.T) {
	for _, query := range []string{"", "?lang=ar&dataset=us-iraq-2021"} {
		t.Run(query, func(t *testing.T) {
			url, release := gatedSite(t)
			defer release()
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
				emulation.SetDeviceMetricsOverrideParams{Width: 1400, Height: 1100, DeviceScaleFactor: 1}); err != nil {
				t.Fatal(err)
			}
			frames := make(chan []byte, 100)
			if err := chromedp.Listen(ctx, func(ev any) {
				if f, ok := ev.(*page.EventScreencastFrame); ok {
					select {
					case frames <- f.Data:
					default:
					}
					go chromedp.Call(ctx, page.ScreencastFrameAck, page.ScreencastFrameAckParams{SessionID: f.SessionID})
				}
			}); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, page.StartScreencast, page.StartScreencastParams{Format: "png"}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(url+query), waitFirstRender()); err != nil {
				t.Fatal(err)
			}
			time.Sleep(700 * time.Millisecond) // the frames after the first view's settle
			rects := eval[[][4]int](t, ctx, `Array.from(document.querySelectorAll('#top, .panels, #issues'), (el) => {
				const r = el.getBoundingClientRect();
				return [Math.floor(r.left), Math.floor(r.top), Math.ceil(Math.min(r.right, innerWidth)), Math.ceil(Math.min(r.bottom, innerHeight))];
			})`)
			var shown []image.Image
			for len(frames) > 0 {
				img, err := png.Decode(bytes.NewReader(<-frames))
				if err != nil {
					t.Fatal(err)
				}
				if !uniform(img, rects[0]) { // the blank page before has no header
					shown = append(shown, img)
				}
			}
			if len(shown) == 0 {
				t.Fatal("no frame of the page was captured")
			}
			first, last := shown[0], shown[len(shown)-1]
			if dir := os.Getenv("JSCD_FRAMES"); dir != "" {
				for i, img := range []image.Image{first, last} {
					var b bytes.Buffer
					png.Encode(&b, img)
					os.WriteFile(filepath.Join(dir, fmt.Sprintf("frame%s-%d.png", strings.ReplaceAll(query, "&", "_"), i)), b.Bytes(), 0o644)
				}
			}
			for i, r := range rects {
				if n, box := differentPixels(first, last, r); n > 0 {
					t.Errorf("%d pixels of %s, in %v, differ between the first frame and the settled page (%d frames)",
						n, []string{"the header", "the panels", "the issues"}[i], box, len(shown))
				}
			}
		})
	}
}

// uniform reports whether every pixel of r in img has the same colour.
func uniform(img image.Image, r [4]int) bool {
	c := img.At(r[0], r[1])
	for y := r[1]; y < r[3]; y++ {
		for x := r[0]; x < r[2]; x++ {
			if img.At(x, y) != c {
				return false
			}
		}
	}
	return true
}

// differentPixels counts the pixels of r that differ between a and b, and gives the box
// around them.
func differentPixels(a, b image.Image, r [4]int) (int, image.Rectangle) {
	n := 0
	var box image.Rectangle
	for y := r[1]; y < r[3]; y++ {
		for x := r[0]; x < r[2]; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return n, box
}

// A linked card (?focus=ID) is drawn before the WebAssembly module is ready, from the cards
// the site prerendered, under the site's own server and as a static host serves the page; the
// header's language links keep the focus; the module, when it takes over, finds the card and
// the header as it would draw them and changes nothing. An address with a day of its own
// waits for the module, whose card is as of that day.
func TestLinkedCardBeforeTheModule(t *testing.T) {
	for _, tt := range []struct {
		query, dataset, lang, focus string
		before                      bool // the card is drawn before the module
	}{
		{"?lang=ar&focus=sabit-al-abbasi", "us-iraq", "ar", "sabit-al-abbasi", true},
		{"?focus=jscd", "us-iraq", "en", "jscd", true},
		{"index.html?dataset=us-iraq-2021&lang=ckb&focus=strategic-dialogue", "us-iraq-2021", "ckb", "strategic-dialogue", true},
		{"?focus=us-combat-forces-leave-iraq-by-end-2021&asof=2021-06-30", "us-iraq", "en", "us-combat-forces-leave-iraq-by-end-2021", false},
	} {
		t.Run(tt.dataset+"-"+tt.lang+"-"+tt.focus, func(t *testing.T) {
			s, err := view.NewState()
			if err != nil {
				t.Fatal(err)
			}
			q := strings.TrimPrefix(tt.query, "index.html")
			s.Apply("init", q)
			var title string
			for _, n := range view.Region(s.Input(), view.RegionDetail) {
				n.Walk(func(n view.Node) {
					if id, _ := n.Attr("id"); id == "detail-title" {
						title = n.TextContent()
					}
				})
			}
			if title == "" {
				t.Fatalf("the view has no card title for %s", q)
			}

			url, release := gatedSite(t)
			ctx := openPageAt(t, url+tt.query, waitFirstRender())
			if eval[bool](t, ctx, `document.documentElement.dataset.ready === 'true'`) {
				t.Fatal("the module took over while its file was held back")
			}
			got := eval[string](t, ctx, `document.getElementById('detail-title')?.textContent ?? ''`)
			links := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#top a.lang'), (a) => a.getAttribute('href'))`)
			if tt.before {
				if got != title {
					t.Errorf("before the module the card's title is %q; want %q", got, title)
				}
				for _, href := range links {
					if !strings.Contains(href, "focus="+tt.focus) {
						t.Errorf("a language link leads to %s, without the card", href)
					}
				}
			} else if got != "" {
				t.Errorf("before the module an address with its own day shows the card %q, as of the document's day", got)
			}

			eval[bool](t, ctx, `(() => {
				window.__cardMutations = 0;
				const observer = new MutationObserver((list) => { window.__cardMutations += list.length; });
				for (const el of document.querySelectorAll('#top, #detail')) {
					observer.observe(el, {subtree: true, childList: true, attributes: true, characterData: true});
				}
				return true;
			})()`)
			release()
			if err := chromedp.Do(ctx, waitReady()); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `true`)
			if got := eval[string](t, ctx, `document.getElementById('detail-title')?.textContent ?? ''`); got != title {
				t.Errorf("after the module the card's title is %q; want %q", got, title)
			}
			if n := eval[int](t, ctx, `window.__cardMutations`); tt.before && n != 0 {
				t.Errorf("taking over changed the card and the header %d times, want 0", n)
			}
		})
	}
}
