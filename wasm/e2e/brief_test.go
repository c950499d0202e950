package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/site"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// windows are the sizes the page is read at: a phone and a desktop.
var windows = []struct {
	name string
	w, h int64
}{{"phone", 390, 844}, {"desktop", 1400, 1000}}

// openWindow opens url in a window of the given size and waits until the module has taken
// the page over.
func openWindow(t *testing.T, url string, w, h int64) context.Context {
	t.Helper()
	ctx := openPageAt(t, "about:blank", noWait)
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
		emulation.SetDeviceMetricsOverrideParams{Width: w, Height: h, DeviceScaleFactor: 1, Mobile: w < 600}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), waitReady()); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	return ctx
}

// noWait waits for nothing.
func noWait(context.Context, *chromedp.Target) (chromedp.Void, error) { return chromedp.Void{}, nil }

// briefOf returns the view's own text of the brief's paragraphs of a class, as the page
// should show them.
func briefOf(t *testing.T, query, class string, docs ...view.Document) []string {
	t.Helper()
	s, err := view.NewState(docs...)
	if err != nil {
		t.Fatal(err)
	}
	s.Apply("init", query)
	var out []string
	for _, n := range view.Region(s.Input(), view.RegionSummary) {
		n.Walk(func(n view.Node) {
			if c, _ := n.Attr("class"); c == class && n.Tag == "p" {
				out = append(out, n.TextContent())
			}
		})
	}
	return out
}

// rawEDTF matches a date as a document writes it (EDTF), which a visitor never reads.
var rawEDTF = regexp.MustCompile(`\d{4}-\d{2}(?:-\d{2})?(?:[^\d]|$)|\d{4}/\d{4}|\d{4}/\.\.|\.\./\d{4}|\d{4}(?:-\d{2})*[~?%]`)

// TestReadingTheFrameworkInThreeLanguages: in English, Arabic and Kurdish, on a phone and on
// a desktop, the page opens on the framework's own title and the brief's sentences, made from
// the data as the view makes them; it is no wider than the window; the editor's text is a
// click away, not shown; no date is shown as the document writes it. Choosing a person, a
// lineage node, a timeline mark or a commitment opens its card, which fits the window and
// takes the keyboard; the choice is in the address and survives a reload; Escape closes the
// card and gives the keyboard back; the card's last button shows the entity in the document.
func TestReadingTheFrameworkInThreeLanguages(t *testing.T) {
	f := datasets.MustLoad("us-iraq")
	for _, lang := range []string{"en", "ar", "ckb"} {
		for _, win := range windows {
			t.Run(lang+"-"+win.name, func(t *testing.T) {
				query := "?dataset=us-iraq&lang=" + lang
				ctx := openWindow(t, siteURL(t)+query, win.w, win.h)
				l := view.NewLang(lang)
				if got, want := text(t, ctx, "#framework-title"), f.Title.In(lang, "ar", "en"); lang != "ckb" && got != want {
					t.Errorf("the header's title is %q, want the framework's %q", got, want)
				}
				if got := text(t, ctx, "#summary h2"); got != l.L("summary") {
					t.Errorf("the brief is headed %q", got)
				}
				lead := briefOf(t, query, "lead")
				if len(lead) == 0 {
					t.Fatal("the view's brief has no lead sentence")
				}
				if got := text(t, ctx, "#summary p.lead"); got != lead[0] {
					t.Errorf("the brief's first sentence reads %q; the view says %q", got, lead[0])
				}
				if got, want := count(t, ctx, "#summary p.side"), len(briefOf(t, query, "side")); got != want || want == 0 {
					t.Errorf("%d sentences say who led a side; the view has %d", got, want)
				}
				if wide := eval[int](t, ctx, `document.documentElement.scrollWidth - innerWidth`); wide > 0 {
					t.Errorf("the page is %d px wider than the window", wide)
				}
				if shown := eval[bool](t, ctx, `document.getElementById('source').offsetParent !== null`); shown {
					t.Error("the editor's text is shown before the visitor asks for it")
				}
				visible := eval[string](t, ctx, `Array.from(document.querySelectorAll(
					'#top, #summary, #instruments, #status, #people, #assessments, #sources'), (el) => el.innerText).join('\n')`)
				for _, line := range strings.Split(visible, "\n") {
					if line = strings.TrimSpace(line); rawEDTF.MatchString(line) && !strings.Contains(line, "Rudaw op-ed") {
						t.Errorf("a date as the document writes it: %q", line)
					}
				}

				// A person, chosen in the people panel.
				openCard(t, ctx, `#people-list a.ref[data-val="sabit-al-abbasi"]`, "sabit-al-abbasi", win.w)
				if !strings.Contains(eval[string](t, ctx, `location.search`), "focus=sabit-al-abbasi") {
					t.Errorf("the address does not hold the focus: %s", eval[string](t, ctx, `location.search`))
				}
				if err := chromedp.Do(ctx, chromedp.Reload(), waitReady()); err != nil {
					t.Fatal(err)
				}
				waitFor(t, ctx, `document.querySelector('#detail .card[data-id="sabit-al-abbasi"]') !== null`)
				if got := eval[string](t, ctx, `document.documentElement.lang`); got != lang {
					t.Errorf("after a reload the page is in %q", got)
				}
				eval[bool](t, ctx, `document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})), true`)
				waitFor(t, ctx, `document.getElementById('detail').childElementCount === 0 && !location.search.includes('focus=')`)

				// A lineage node, a timeline mark and a commitment.
				node := eval[string](t, ctx, `document.querySelector('#lineage-svg g.node[data-act="focus"]').dataset.val`)
				openCard(t, ctx, `#lineage-svg g.node[data-val="`+node+`"]`, node, win.w)
				mark := eval[string](t, ctx, `document.querySelector('#timeline-svg .mark[data-act="focus"]').dataset.val`)
				openCard(t, ctx, `#timeline-svg .mark[data-val="`+mark+`"]`, mark, win.w)
				openCard(t, ctx, `#commitment-list a.ref[data-val="us-combat-forces-leave-iraq-by-end-2021"]`, "us-combat-forces-leave-iraq-by-end-2021", win.w)
				card := text(t, ctx, "#detail")
				for _, want := range []string{l.DateInWords(jscd.MustParseDate("2021")), l.L("detail.history")} {
					if !strings.Contains(card, want) {
						t.Errorf("the commitment's card lacks %q: %s", want, card)
					}
				}

				// Its place in the document.
				click(t, ctx, `#detail button[data-act="locate-path"]`)
				waitFor(t, ctx, `document.activeElement.id === 'source' && document.getElementById('source').offsetParent !== null`)
				b, _ := datasets.Bytes("us-iraq")
				p, _ := jscd.ParsePath(attrs(t, ctx, `#detail button[data-act="locate-path"]`, "data-val")[0])
				start, _, _ := view.LocatePath(b, p)
				if got, want := editorSelection(t, ctx).Start, utf16Offset(string(b), start); got != want {
					t.Errorf("the card's button puts the cursor at %d, want %d", got, want)
				}
			})
		}
	}
}

// openCard clicks what names an entity, and checks that its card opens, fits the window and
// has the keyboard.
func openCard(t *testing.T, ctx context.Context, selector, id string, width int64) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(selector))); err != nil {
		t.Fatalf("scrolling to %s: %v", selector, err)
	}
	eval[bool](t, ctx, `document.querySelector(`+strconv.Quote(selector)+`).dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, button: 0})), true`)
	waitFor(t, ctx, `document.querySelector('#detail .card[data-id="`+id+`"]') !== null && document.activeElement.id === 'detail-title'`)
	r := eval[[2]float64](t, ctx, `(() => { const r = document.getElementById('detail').getBoundingClientRect(); return [r.left, r.right]; })()`)
	if r[0] < -0.5 || r[1] > float64(width)+0.5 {
		t.Errorf("the card of %s spans %v..%v in a %d px window", id, r[0], r[1], width)
	}
}

// TestLanguageLinksWorkBeforeTheModule: before the WebAssembly module has arrived, a language
// link loads the page prerendered in that language, keeping the rest of the address.
func TestLanguageLinksWorkBeforeTheModule(t *testing.T) {
	url, release := gatedSite(t)
	ctx := openPageAt(t, url+"?dataset=us-iraq&lang=en&asof=2021-12-31", waitFirstRender())
	if eval[string](t, ctx, `document.documentElement.dataset.ready || ''`) != "" {
		t.Fatal("the module took over though it was held back")
	}
	click(t, ctx, `#top a[data-act="lang"][data-val="ar"]`)
	waitAcrossNavigation(t, ctx, `document.documentElement.lang === 'ar' && document.documentElement.dataset.firstRender === 'true'`)
	if got := eval[string](t, ctx, `document.documentElement.dataset.firstView`); got != "us-iraq ar" {
		t.Errorf("the Arabic page is not the prerendered one: data-first-view %q", got)
	}
	if got := eval[string](t, ctx, `location.search`); !strings.Contains(got, "asof=2021-12-31") || !strings.Contains(got, "lang=ar") {
		t.Errorf("the address after the language link is %s", got)
	}
	if got, want := text(t, ctx, "#summary h2"), view.NewLang("ar").L("summary"); got != want {
		t.Errorf("the brief is headed %q before the module, want %q", got, want)
	}
	release()
	if err := chromedp.Do(ctx, waitReady()); err != nil {
		t.Fatal(err)
	}
	// The module applies the rest of the address: the day.
	waitFor(t, ctx, `document.getElementById('asof-date').value === '2021-12-31'`)
}

// waitAcrossNavigation polls a condition while the page navigates: an evaluation that fails
// because the document it ran in has gone is tried again in the next one.
func waitAcrossNavigation(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %v", cond, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestTheDayIsInTheAddress: moving the day puts it in the address, and a reload keeps it; the
// browser's back button closes a card opened after it.
func TestTheDayIsInTheAddress(t *testing.T) {
	ctx := openPage(t, "?lang=ckb")
	eval[bool](t, ctx, `(() => { const d = document.getElementById('asof-date'); d.value = '2021-09-01';
		d.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
	waitFor(t, ctx, `location.search.includes('asof=2021-09-01')`)
	if err := chromedp.Do(ctx, chromedp.Reload(), waitReady()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById('asof-date').value === '2021-09-01'`)
	openCard(t, ctx, `#people-list a.ref[data-val="dana-stroul"]`, "dana-stroul", 1400)
	eval[bool](t, ctx, `history.back(), true`)
	waitFor(t, ctx, `document.getElementById('detail').childElementCount === 0 && location.search.includes('asof=2021-09-01')`)
}

// TestRepeatedIssuesAreOneLine: the bundled document's repeated notes are one line each,
// which opens to list every one; each still leads to its place.
func TestRepeatedIssuesAreOneLine(t *testing.T) {
	ctx := openPage(t, "")
	f := datasets.MustLoad("us-iraq")
	counts := map[jscd.Code]int{}
	for _, is := range f.Check() {
		counts[is.Code]++
	}
	repeated := 0
	for _, n := range counts {
		if n > 1 {
			repeated++
		}
	}
	if repeated == 0 {
		t.Fatal("no code repeats in the bundled document: the test proves nothing")
	}
	if got := count(t, ctx, "#issue-list > li.issue-group"); got != repeated {
		t.Errorf("%d groups, want %d", got, repeated)
	}
	code := attrs(t, ctx, "#issue-list > li.issue-group", "data-code")[0]
	if got := text(t, ctx, "#issue-list > li.issue-group .times"); got != "×"+strconv.Itoa(counts[jscd.Code(code)]) {
		t.Errorf("the group of %s says %q", code, got)
	}
	click(t, ctx, "#issue-list > li.issue-group summary")
	click(t, ctx, "#issue-list > li.issue-group button.issue")
	// The issue leads to its place: the editor opens and takes the keyboard, with its cursor on
	// the issue's path.
	waitFor(t, ctx, `document.documentElement.dataset.editor === 'open' && document.activeElement.id === 'source' && document.getElementById('source').selectionEnd > 0`)
	if open := eval[bool](t, ctx, `document.querySelector('#issue-list > li.issue-group details').open`); !open {
		t.Error("the group closed when its issue was chosen")
	}
}

// documentsSite builds, once, a site offering documents that test how the page reads a
// framework other than the bundled ones: the fictional alliance (places, sites, lifecycles),
// a file that is not JSON, and the alliance without its stakeholders, sources and places, so
// that every reference is broken.
func documentsSite(t *testing.T) (string, []view.Document) {
	t.Helper()
	alliance, err := os.ReadFile("../../jscd/testdata/valid/alliance.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(alliance, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"stakeholders", "sources", "places"} {
		delete(doc, k)
	}
	orphans, _ := json.MarshalIndent(doc, "", "  ")
	docs := []view.Document{
		{Name: "alliance", Text: alliance},
		{Name: "broken", Text: []byte("{\n  \"format\": \"jscd/1\",\n  \"id\": oops\n}\n")},
		{Name: "orphans", Text: orphans},
	}
	siteDir(t)
	dir := t.TempDir()
	built := make(chan error, 1)
	go func() { built <- site.Build(dir, docs...) }()
	t.Parallel()
	if err := <-built; err != nil {
		t.Fatalf("building the site with documents: %v", err)
	}
	return serveHandler(t, site.Handler(dir)), docs
}

// TestOtherFrameworksAndBrokenDocuments: a framework of another shape is told from its own
// data (its places listed with the sites of each instrument, its instruments with their
// lifecycles), in each language; a file that does not decode says what is wrong and where,
// with every panel empty and saying so, and no date field; a document whose references are
// all broken draws every panel, naming what it cannot find by its ID; a kept edit that does
// not decode offers the original back. No Go error is ever shown.
func TestOtherFrameworksAndBrokenDocuments(t *testing.T) {
	url, docs := documentsSite(t)
	f, err := jscd.Decode(bytes.NewReader(docs[0].Text))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar", "ckb"} {
		query := "?dataset=alliance&lang=" + lang
		ctx := openPageAt(t, url+query, waitReady())
		if got, want := text(t, ctx, "#summary p.lead"), briefOf(t, query, "lead", docs...)[0]; got != want {
			t.Errorf("%s: the brief reads %q; the view says %q", lang, got, want)
		}
		if got := count(t, ctx, "#place-list > li"); got != len(f.Places) {
			t.Errorf("%s: %d places listed, the document has %d", lang, got, len(f.Places))
		}
		if got := count(t, ctx, "#place-list .site-of"); got == 0 {
			t.Errorf("%s: no place lists the instrument that covers it", lang)
		}
		if got := count(t, ctx, `#instrument-list li[data-id="visiting-forces-agreement"] .lifecycle li`); got != len(f.Instruments[3].Lifecycle)+1 {
			t.Errorf("%s: the VFA's lifecycle has %d steps on the page", lang, got)
		}
		openCard(t, ctx, `#place-list a.ref[data-val="north-air-base"]`, "north-air-base", 1400)
		if card := text(t, ctx, "#detail"); !strings.Contains(card, "EDCA") {
			t.Errorf("%s: the base's card does not name the agreement that covers it: %s", lang, card)
		}
		if n := count(t, ctx, ".fatal"); n > 0 {
			t.Errorf("%s: %d internal errors shown", lang, n)
		}
	}

	broken := openPageAt(t, url+"?dataset=broken&lang=ar", waitReady())
	if got := text(t, broken, "#problem-message"); !strings.Contains(got, "السطر 3، العمود") {
		t.Errorf("the broken file's problem reads %q; want its line and column", got)
	}
	if n := count(t, broken, ".panels .unreadable"); n < 6 {
		t.Errorf("%d panels say they have nothing to show", n)
	}
	if n := count(t, broken, "#asof-date, .fatal"); n > 0 {
		t.Errorf("the unreadable document shows %d date fields or internal errors", n)
	}
	if got := text(t, broken, "body"); strings.Contains(got, "runtime error") || strings.Contains(got, "nil pointer") || strings.Contains(got, "0001") {
		t.Errorf("the page shows a Go error or a zero date: %.300s", got)
	}

	orphans := openPageAt(t, url+"?dataset=orphans", waitReady())
	if n := count(t, orphans, ".fatal"); n > 0 {
		t.Errorf("the document with broken references shows %d internal errors", n)
	}
	if got := text(t, orphans, "#summary"); !strings.Contains(got, "northland") {
		t.Errorf("the brief does not name the missing parties by their IDs: %.300s", got)
	}

	// A kept edit that does not decode, reloaded.
	ctx := openPageAt(t, url+"?dataset=alliance", waitReady())
	setEditor(t, ctx, `{"format": "jscd/1",`)
	if err := chromedp.Do(ctx, chromedp.Reload(), waitReady()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector('#problem button.restore') !== null`)
	if n := count(t, ctx, ".fatal, #asof-date"); n > 0 {
		t.Errorf("the broken kept edit shows %d internal errors or date fields", n)
	}
	click(t, ctx, "#problem button.restore")
	waitFor(t, ctx, `document.getElementById('problem') === null && document.querySelectorAll('#place-list > li').length === `+strconv.Itoa(len(f.Places)))
}
