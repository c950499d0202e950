package e2e

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// selection is where the editor's cursor is after an action.
type selection struct {
	Active string `json:"active"`
	Start  int    `json:"start"`
}

func editorSelection(t *testing.T, ctx context.Context) selection {
	t.Helper()
	return eval[selection](t, ctx, `(() => { const ta = document.getElementById('source');
		return {active: document.activeElement.id, start: ta.selectionStart}; })()`)
}

// TestSVGButtonsGoToTheDocument: a lineage node chosen by mouse and a timeline mark chosen
// by keyboard each open their entity's card, which leads to its place in the document; every
// panel explains itself in a line under its heading, in the page's language.
func TestSVGButtonsGoToTheDocument(t *testing.T) {
	ctx := openPage(t, "")
	b, _ := datasets.Bytes("us-iraq")
	src := string(b)
	want := func(pointer string) int {
		p, err := jscd.ParsePath(pointer)
		if err != nil {
			t.Fatal(err)
		}
		start, _, _ := view.LocatePath(b, p)
		return utf16Offset(src, start)
	}

	// A lineage node chosen by mouse and a timeline mark chosen by keyboard each open the
	// card of their entity, whose last button puts the editor's cursor on it.
	node := `#lineage .node[data-act="focus"]`
	click(t, ctx, node)
	id := attrs(t, ctx, node, "data-val")[0]
	waitFor(t, ctx, `document.querySelector('#detail .card[data-id="`+id+`"]') !== null`)
	locate := `#detail button[data-act="locate-path"]`
	click(t, ctx, locate)
	if got, w := editorSelection(t, ctx), want(attrs(t, ctx, locate, "data-val")[0]); got.Active != "source" || got.Start != w {
		t.Errorf("after a lineage node's card: focus on %q, cursor at %d; want the editor at %d", got.Active, got.Start, w)
	}

	mark := `#timeline-svg .mark[data-path^="/commitments/"]`
	// The key is dispatched in the page: the protocol's key events send the Enter's character
	// as an event of its own, which the page's preventDefault cannot cancel as a browser's
	// would, and which would then type a newline into the editor.
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(mark))); err != nil {
		t.Fatal(err)
	}
	id = attrs(t, ctx, mark, "data-val")[0]
	eval[bool](t, ctx, `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true}))`)
	waitFor(t, ctx, `document.querySelector('#detail .card[data-id="`+id+`"]') !== null`)
	click(t, ctx, locate)
	if got, w := editorSelection(t, ctx), want(attrs(t, ctx, locate, "data-val")[0]); got.Active != "source" || got.Start != w {
		t.Errorf("after a timeline mark's card: focus on %q, cursor at %d; want the editor at %d", got.Active, got.Start, w)
	}
	click(t, ctx, `#detail a.close`)
	waitFor(t, ctx, `document.getElementById('detail').childElementCount === 0`)

	for _, lang := range []string{"ar", "ckb"} {
		click(t, ctx, `a[data-act="lang"][data-val="`+lang+`"]`)
		waitFor(t, ctx, `document.documentElement.lang === '`+lang+`'`)
		helps := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('.panels > .panel:not(:empty)'),
			(p) => (p.querySelector('h2 + .help') || {}).textContent || '')`)
		for i, help := range helps {
			if help == "" || strings.ContainsAny(help, "aeiou") {
				t.Errorf("%s: panel %d explains itself with %q; want a line in the page's language", lang, i, help)
			}
		}
	}
}

// TestDocumentsWithoutContent: an empty text, a bare object, a document without stakeholders
// and a pasted document with thousands of issues each give a list of issues, never a blank or
// broken page (the harness fails the test on any console warning or error).
func TestDocumentsWithoutContent(t *testing.T) {
	ctx := openPage(t, "")
	for _, src := range []string{"", "{}", `{"format":"jscd/1","id":"x","title":{"en":"X"}}`} {
		setEditor(t, ctx, src)
		waitFor(t, ctx, `document.querySelector('#issue-list .sev-error') !== null`)
		if n := count(t, ctx, ".fatal"); n > 0 {
			t.Errorf("%q: %d internal errors shown", src, n)
		}
	}
	huge := manyCommitments(t, 4000)
	setEditor(t, ctx, huge)
	waitFor(t, ctx, `document.getElementById('issues-more') !== null`)
	if n := count(t, ctx, "#issue-list button.issue"); n != 200 {
		t.Errorf("a huge paste lists %d issues, want the first 200", n)
	}
	// The page still answers: back to the bundled text, the issues follow.
	b, _ := datasets.Bytes("us-iraq")
	setEditor(t, ctx, string(b))
	waitFor(t, ctx, `document.getElementById('issues-more') === null && document.querySelector('#issue-list .sev-error') === null`)
}

// manyCommitments is the bundled document with its commitments repeated to at least n.
func manyCommitments(t *testing.T, n int) string {
	t.Helper()
	b, _ := datasets.Bytes("us-iraq")
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var cs []json.RawMessage
	if err := json.Unmarshal(doc["commitments"], &cs); err != nil {
		t.Fatal(err)
	}
	var many []json.RawMessage
	for len(many) < n {
		many = append(many, cs...)
	}
	doc["commitments"], _ = json.Marshal(many)
	out, _ := json.MarshalIndent(doc, "", "  ")
	t.Logf("huge paste: %s bytes", strconv.Itoa(len(out)))
	return string(out)
}

// TestRehearsalsChangeNothing: the module's idle work after start-up (rehearsing an edit, so
// that the browser optimises the edit's code) runs, ends, and leaves the page as it was,
// whether the editor holds the bundled text or a visitor's broken edit.
func TestRehearsalsChangeNothing(t *testing.T) {
	ctx := openPage(t, "")
	const snapshot = `document.body.innerHTML + '\n' + document.getElementById('source').value`
	// The edit replaces the editor's text before the page is warm: the rehearsals then work on
	// the visitor's text.
	eval[bool](t, ctx, `(() => {
		const ta = document.getElementById('source');
		ta.value = ta.value.replace('"madeAt": "jscd-talks-2023-08"', '"madeAt": "nowhere"');
		window.jscdDemo.apply('edit', ta.value);
		return true;
	})()`)
	waitFor(t, ctx, `document.querySelector('#issues li') !== null`)
	before := eval[string](t, ctx, snapshot)
	idle, err := chromedp.Run(ctx, chromedp.Evaluate[int](`window.jscdDemo.warmed().then(() =>
		window.jscdDemo.timings.filter((x) => x.act === 'idle').length)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if idle < 2 {
		t.Errorf("%d idle actions before the page was warm; want the rehearsals and their end", idle)
	}
	if after := eval[string](t, ctx, snapshot); after != before {
		t.Errorf("the page changed while the module rehearsed:\nbefore: %.300s\nafter:  %.300s", before, after)
	}
	if !strings.Contains(before, "nowhere") {
		t.Error("the visitor's edit is not in the editor")
	}
}

// TestPageFitsANarrowScreen: on a phone-sized window, in English and in Arabic, the page is
// no wider than the window: the header's controls and the commitments' filters wrap and
// shrink, and only the drawings scroll sideways, inside their panels.
func TestPageFitsANarrowScreen(t *testing.T) {
	for _, query := range []string{"", "?lang=ar"} {
		t.Run(query, func(t *testing.T) {
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
				emulation.SetDeviceMetricsOverrideParams{Width: 400, Height: 800, DeviceScaleFactor: 1}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(siteURL(t)+query), waitReady()); err != nil {
				t.Fatal(err)
			}
			wide := eval[[]string](t, ctx, `(() => {
				const out = [];
				if (document.documentElement.scrollWidth > innerWidth) out.push('the page: ' + document.documentElement.scrollWidth + ' px');
				for (const el of document.querySelectorAll('body *')) {
					if (el.closest('.scroll')) continue; // scrolls inside its panel
					const r = el.getBoundingClientRect();
					if (r.width > 0 && (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5)) {
						out.push(el.localName + (el.id ? '#' + el.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
					}
				}
				return out;
			})()`)
			if len(wide) > 0 {
				t.Errorf("wider than a 400 px window: %v", wide)
			}
		})
	}
}

// TestFixButtonRepairsATypo: a reference one typo from an ID is listed with the library's
// suggestion as a button; choosing it puts the ID in the text, the editor's cursor on it, and
// the issue goes.
func TestFixButtonRepairsATypo(t *testing.T) {
	ctx := openPage(t, "")
	b, _ := datasets.Bytes("us-iraq")
	good := string(b)
	setEditor(t, ctx, strings.Replace(good, `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "jscd-talks-2023-8"`, 1))
	const fix = `#issue-list button.fix`
	waitFor(t, ctx, `document.querySelector('`+fix+`') !== null`)
	if got := text(t, ctx, fix); !strings.Contains(got, "jscd-talks-2023-08") {
		t.Errorf("the fix button reads %q; want the suggested ID", got)
	}
	click(t, ctx, fix)
	waitFor(t, ctx, `document.querySelector('`+fix+`') === null && document.getElementById('source').value === `+strconv.Quote(good))
	got := editorSelection(t, ctx)
	want := utf16Offset(good, strings.Index(good, `"madeAt": "jscd-talks-2023-08"`)+len(`"madeAt": `))
	if got.Active != "source" || got.Start != want {
		t.Errorf("after the fix: focus on %q, cursor at %d; want the editor at %d", got.Active, got.Start, want)
	}
	if n := count(t, ctx, `#issue-list button[data-code="ref.unresolved"]`); n != 0 {
		t.Errorf("%d unresolved references listed after the fix", n)
	}
}

// TestRightToLeftMessagesKeepValuesWhole: on an Arabic page the IDs and values an issue quotes
// are isolated one by one, so a list of values reads right to left, and a value that fits on a
// line is never broken across two (at its hyphens, say).
func TestRightToLeftMessagesKeepValuesWhole(t *testing.T) {
	ctx := openPage(t, "?lang=ar")
	b, _ := datasets.Bytes("us-iraq")
	src := strings.Replace(string(b), `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "jscd-talks-2023-8"`, 1)
	src = strings.Replace(src, `"kind": "state"`, `"kind": "ally"`, 1)
	setEditor(t, ctx, src)
	waitFor(t, ctx, `document.querySelector('#issue-list [data-code="enum.unknown"]') !== null`)
	type value struct {
		Text        string
		Lines       int
		Left, Right float64
		Top         float64
		Wider       bool // than its message: it may break
	}
	values := eval[[]value](t, ctx, `Array.from(document.querySelectorAll('#issue-list .msg bdi'), (el) => {
		const r = el.getBoundingClientRect(), rects = el.getClientRects();
		const msg = el.closest('.msg');
		return {text: el.textContent, lines: new Set(Array.from(rects, (x) => Math.round(x.top))).size,
			left: r.left, right: r.right, top: Math.round(r.top),
			wider: el.scrollWidth > msg.clientWidth};
	})`)
	seen := map[string]value{}
	for _, v := range values {
		seen[v.Text] = v
		if !v.Wider && v.Lines != 1 {
			t.Errorf("the value %q is laid out on %d lines; want one", v.Text, v.Lines)
		}
	}
	for _, want := range []string{`"jscd-talks-2023-8"`, `"jscd-talks-2023-08"`, `"ally"`, "state", "government", "armed-group"} {
		if _, ok := seen[want]; !ok {
			t.Errorf("%q is not isolated in an issue message; isolated: %v", want, values)
		}
	}
	// The allowed kinds are listed state, government, …: on one line, right to left.
	if s, g := seen["state"], seen["government"]; s.Top == g.Top && !(s.Left > g.Right) {
		t.Errorf("\"state\" (%v–%v) is not to the right of \"government\" (%v–%v) on their line", s.Left, s.Right, g.Left, g.Right)
	}
}

// TestEditsSurviveAReload: a visitor's edit is kept in the browser, so a reload (or the next
// visit) shows it, says it is the visitor's text and offers the original back; restoring
// brings the bundled document back, and the next reload shows that.
func TestEditsSurviveAReload(t *testing.T) {
	ctx := openPage(t, "")
	b, _ := datasets.Bytes("us-iraq")
	bundled := string(b)
	edited := strings.Replace(bundled, `"en": "United States"`, `"en": "United States (edited)"`, 1)
	if count(t, ctx, "#kept") != 0 {
		t.Fatal("the bundled document is shown as edited")
	}
	setEditor(t, ctx, edited)
	waitFor(t, ctx, `document.querySelector('#kept button.restore') !== null`)

	reload := func() {
		t.Helper()
		url := eval[string](t, ctx, `location.href`)
		if err := chromedp.Do(ctx, chromedp.Navigate(url), waitReady()); err != nil {
			t.Fatalf("reloading %s: %v", url, err)
		}
	}
	reload()
	waitFor(t, ctx, `document.getElementById('source').value === `+strconv.Quote(edited))
	if !strings.Contains(text(t, ctx, ".panels"), "United States (edited)") {
		t.Error("after a reload the panels do not show the kept edit")
	}
	if !strings.Contains(text(t, ctx, "#kept"), "kept in this browser") {
		t.Errorf("after a reload the note reads %q", text(t, ctx, "#kept"))
	}

	click(t, ctx, "#kept button.restore")
	waitFor(t, ctx, `document.getElementById('kept') === null && document.getElementById('source').value === `+strconv.Quote(bundled))
	if strings.Contains(text(t, ctx, ".panels"), "United States (edited)") {
		t.Error("after restoring, the panels still show the edit")
	}
	reload()
	waitFor(t, ctx, `document.getElementById('source').value === `+strconv.Quote(bundled))
	if count(t, ctx, "#kept") != 0 {
		t.Error("after restoring and reloading, the document is shown as edited")
	}
}
