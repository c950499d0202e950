package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/language"

	"github.com/jscd-go/jscd/internal/weburl"
	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/layout"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// count returns the number of elements matching a CSS selector.
func count(t *testing.T, ctx context.Context, selector string) int {
	t.Helper()
	return eval[int](t, ctx, `document.querySelectorAll(`+strconv.Quote(selector)+`).length`)
}

// attrs returns an attribute of every element matching a selector, in document order.
func attrs(t *testing.T, ctx context.Context, selector, name string) []string {
	t.Helper()
	return eval[[]string](t, ctx, `Array.from(document.querySelectorAll(`+strconv.Quote(selector)+
		`), (e) => e.getAttribute(`+strconv.Quote(name)+`) || '')`)
}

func text(t *testing.T, ctx context.Context, selector string) string {
	t.Helper()
	return eval[string](t, ctx, `(document.querySelector(`+strconv.Quote(selector)+`) || {}).textContent || ''`)
}

// setEditor replaces the editor's text as typing would, and waits until the page has
// validated it (the debounce has passed and the issue list reflects the new text).
func setEditor(t *testing.T, ctx context.Context, src string) {
	t.Helper()
	lit, _ := json.Marshal(src)
	eval[bool](t, ctx, `(() => { window.__edits = (window.__jscdEdits = (window.__jscdEdits || 0) + 1);
		const ta = document.getElementById('source');
		ta.value = `+string(lit)+`;
		ta.dispatchEvent(new Event('input', {bubbles: true}));
		return true; })()`)
	waitFor(t, ctx, `window.jscdDemo.timings.filter((x) => x.act === 'edit').length >= window.__edits`)
}

// groupsOf counts the entities a diff story has an entry for.
func groupsOf(changes []jscd.Change) int {
	n := 0
	for i, c := range changes {
		if i == 0 || c.Collection != changes[i-1].Collection || c.ID != changes[i-1].ID {
			n++
		}
	}
	return n
}

func TestPanelsShowTheBundledFramework(t *testing.T) {
	ctx := openPage(t, "")
	f := datasets.MustLoad("us-iraq")
	old := datasets.MustLoad("us-iraq-2021")
	lineage := f.Lineage()
	report := f.StatusAsOf(view.DefaultAsOf(f))
	people, orgs, links := 0, 0, 0
	for _, s := range f.Stakeholders {
		if s.Kind == jscd.StakeholderKindPerson {
			people++
		} else {
			orgs++
		}
	}
	for _, s := range f.Sources {
		if weburl.Valid(s.URL) {
			links++
		}
	}
	checks := []struct {
		what     string
		selector string
		want     int
	}{
		{"lineage nodes", "#lineage-svg g.node", len(lineage.Nodes())},
		{"lineage edges", "#lineage-svg path.edge", len(layout.Of(f).Edges)},
		{"timeline marks", "#timeline-svg .mark", len(f.Timeline())},
		{"commitments", "#commitment-list > li", len(report.Commitments)},
		{"people", "#people-list > li", people},
		{"organisations", "#org-list > li", orgs},
		{"sources", "#source-list > li", len(f.Sources)},
		{"source links", "#source-list a[href^=\"http\"]", links},
		{"issues", "#issue-list button.issue", len(f.Check())},
		{"diff entries", "#diff-list > li", groupsOf(jscd.Diff(old, f))},
	}
	for _, c := range checks {
		if got := count(t, ctx, c.selector); got != c.want {
			t.Errorf("%s (%s): %d on the page, the library says %d", c.what, c.selector, got, c.want)
		}
	}
	if len(lineage.Nodes()) == 0 || len(report.Commitments) == 0 || people == 0 {
		t.Fatal("the bundled framework has no lineage, commitments or people: the test proves nothing")
	}
	var wantDue []string
	for _, st := range report.Commitments {
		wantDue = append(wantDue, string(st.Due))
	}
	if got := attrs(t, ctx, "#commitment-list > li .pill[data-due]", "data-due"); strings.Join(got, " ") != strings.Join(wantDue, " ") {
		t.Errorf("due states on the page %v, the library says %v", got, wantDue)
	}
	title := eval[string](t, ctx, `document.getElementById('dataset').selectedOptions[0].textContent`)
	if !strings.Contains(title, f.Title.In("en")) {
		t.Errorf("framework picker shows %q, want the title %q", title, f.Title.In("en"))
	}
}

func TestLanguageSwitch(t *testing.T) {
	ctx := openPage(t, "")
	f := datasets.MustLoad("us-iraq")
	issues := f.Check()
	if len(issues) == 0 {
		t.Fatal("the bundled framework has no issues to show translated")
	}
	var org *jscd.Stakeholder
	for i := range f.Stakeholders {
		if s := &f.Stakeholders[i]; s.Kind != jscd.StakeholderKindPerson && s.Name["ar"] != "" {
			org = s
			break
		}
	}
	if org == nil {
		t.Fatal("no organisation with an Arabic name in the bundled data")
	}
	for _, lang := range []struct{ code, dir string }{{"ar", "rtl"}, {"ckb", "rtl"}, {"en", "ltr"}} {
		click(t, ctx, `a[data-act="lang"][data-val="`+lang.code+`"]`)
		waitFor(t, ctx, `document.documentElement.lang === '`+lang.code+`'`)
		dir := eval[string](t, ctx, `document.documentElement.dir`)
		if dir != lang.dir {
			t.Errorf("%s: dir=%q, want %q", lang.code, dir, lang.dir)
		}
		tag := language.Make(lang.code)
		wantName := org.Name.In(tag.String())
		if got := text(t, ctx, `#org-list li[data-id="`+string(org.ID)+`"] .name`); got != wantName {
			t.Errorf("%s: %s is named %q, want %q", lang.code, org.ID, got, wantName)
		}
		wantMsg := issues[0].Message(jscd.NewPrinter(tag)).String()
		if got := text(t, ctx, `#issue-list li:first-child .msg`); got != wantMsg {
			t.Errorf("%s: first issue reads %q, want %q", lang.code, got, wantMsg)
		}
	}
	if org.Name["ar"] == org.Name["en"] {
		t.Errorf("%s has the same Arabic and English name: the test proves nothing", org.ID)
	}
}

func TestMovingTheDateChangesStatuses(t *testing.T) {
	ctx := openPage(t, "")
	f := datasets.MustLoad("us-iraq")
	seen := map[string]bool{}
	for _, day := range []string{"2021-01-01", "2021-09-01", "2022-06-01", "2023-08-08"} {
		eval[bool](t, ctx, `(() => { const el = document.getElementById('asof-date'); el.value = '`+day+`';
			el.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`)
		// The "as of" label says the day in words.
		words := view.NewLang("en").DateInWords(jscd.MustParseDate(day))
		waitFor(t, ctx, `document.querySelector('#timeline-svg .asof-label').textContent.includes('`+words+`')`)
		asOf, _ := time.Parse(time.DateOnly, day)
		var want []string
		for _, st := range f.StatusAsOf(asOf).Commitments {
			want = append(want, string(st.Status)+"/"+string(st.Due))
		}
		statuses := attrs(t, ctx, "#commitment-list > li .pill[data-status]", "data-status")
		dues := attrs(t, ctx, "#commitment-list > li .pill[data-due]", "data-due")
		var got []string
		for i := range statuses {
			got = append(got, statuses[i]+"/"+dues[i])
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("as of %s the page shows %v, the library says %v", day, got, want)
		}
		seen[strings.Join(want, " ")] = true
	}
	if len(seen) < 2 {
		t.Error("the statuses are the same on every day tried: the test proves nothing")
	}
	// The slider moves the day too, and the date field follows it.
	eval[bool](t, ctx, `(() => { const el = document.getElementById('asof-slider'); el.value = '0';
		el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
	first, _, _ := view.DateRange(f)
	waitFor(t, ctx, `document.getElementById('asof-date').value === '`+first.Format(time.DateOnly)+`'`)
}

// utf16Offset returns the JavaScript string index of byte offset off of s.
func utf16Offset(s string, off int) int { return len(utf16.Encode([]rune(s[:off]))) }

// TestBrokenReferenceIsListedAndLocated: a visitor breaks a reference, finds the issue listed
// with its path and message, chooses it to reach its place in the text, and fixes it there.
func TestBrokenReferenceIsListedAndLocated(t *testing.T) {
	ctx := openPage(t, "")
	b, _ := datasets.Bytes("us-iraq")
	const good, bad = `"madeAt": "jscd-talks-2023-08"`, `"madeAt": "no-such-event"`
	if !bytes.Contains(b, []byte(good)) {
		t.Fatalf("the bundled text has no %s", good)
	}
	src := strings.Replace(string(b), good, bad, 1)
	f, err := jscd.Decode(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	var want *jscd.Issue
	for _, is := range f.Check() {
		if strings.HasSuffix(is.Path.String(), "/madeAt") && is.Severity == jscd.SeverityError {
			want = is
		}
	}
	if want == nil {
		t.Fatal("the library reports no error for the broken reference")
	}
	setEditor(t, ctx, src)
	sel := `#issue-list button[data-path="` + want.Path.String() + `"][data-code="` + string(want.Code) + `"]`
	waitFor(t, ctx, `document.querySelector('`+sel+`') !== null`)
	if got := text(t, ctx, sel+" .path"); got != want.Path.String() {
		t.Errorf("issue path shown as %q, want %q", got, want.Path.String())
	}
	if got := text(t, ctx, sel+" .msg"); got != want.Message(jscd.NewPrinter(language.English)).String() {
		t.Errorf("issue message %q, want %q", got, want.Message(jscd.NewPrinter(language.English)).String())
	}
	click(t, ctx, sel)
	wantStart := utf16Offset(src, strings.Index(src, bad))
	type selection struct {
		Active string `json:"active"`
		Start  int    `json:"start"`
		Text   string `json:"text"`
	}
	got := eval[selection](t, ctx, `(() => { const ta = document.getElementById('source');
		return {active: document.activeElement.id, start: ta.selectionStart,
			text: ta.value.slice(ta.selectionStart, ta.selectionEnd)}; })()`)
	if got.Active != "source" || got.Start != wantStart || !strings.HasPrefix(got.Text, `"madeAt"`) {
		t.Errorf("after choosing the issue: focus on %q, cursor at %d selecting %q; want the editor, %d, the madeAt member",
			got.Active, got.Start, got.Text, wantStart)
	}

	// The visitor fixes the reference where the cursor took them: the issue goes, and the list
	// is the library's for the bundled text again.
	fixed, err := jscd.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(() => { const ta = document.getElementById('source');
		const at = ta.value.indexOf('"no-such-event"', ta.selectionStart);
		ta.setRangeText('"jscd-talks-2023-08"', at, at + '"no-such-event"'.length, 'end');
		ta.dispatchEvent(new Event('input', {bubbles: true}));
		return true; })()`)
	waitFor(t, ctx, `document.querySelector('`+sel+`') === null`)
	if got, want := count(t, ctx, "#issue-list button.issue"), len(fixed.Check()); got != want {
		t.Errorf("after the fix the page lists %d issues, want the library's %d", got, want)
	}
	if got := eval[string](t, ctx, `document.getElementById('source').value`); got != string(b) {
		t.Error("after the fix the editor does not hold the bundled text")
	}
}

func TestDecodeErrorIsLocatedByLineAndColumn(t *testing.T) {
	ctx := openPage(t, "")
	b, _ := datasets.Bytes("us-iraq")
	src := strings.Replace(string(b), `"format": "jscd/1",`, `"format": "jscd/1"`, 1)
	_, err := jscd.Decode(strings.NewReader(src))
	issues := jscd.Issues(err)
	if len(issues) != 1 || issues[0].Line == 0 {
		t.Fatalf("the library gives %v for a missing comma; want one issue with a line", err)
	}
	setEditor(t, ctx, src)
	waitFor(t, ctx, `document.querySelector('#issues .stale') !== null`)
	click(t, ctx, `#issue-list button[data-val="0"]`)
	line := eval[int](t, ctx, `(() => { const ta = document.getElementById('source');
		return ta.value.slice(0, ta.selectionStart).split('\n').length; })()`)
	if line != issues[0].Line {
		t.Errorf("cursor on line %d, the issue is on line %d", line, issues[0].Line)
	}
}

// xss are payloads put into the document's texts and URLs.
var xss = []string{
	`<img src=x onerror="window.__xss=1">`,
	`<script>window.__xss=2</script>`,
	`"><svg onload="window.__xss=3"><a href="javascript:window.__xss=4">x</a>`,
	`<iframe src="javascript:window.__xss=5"></iframe>`,
}

// withPayloads returns the bundled framework with payloads in names, titles, a text and a URL,
// encoded. With defang, each payload has its angle brackets and quotes replaced by other
// characters, so the document has the same text lengths and words without any markup.
func withPayloads(t *testing.T, defang bool) (string, *jscd.Framework) {
	t.Helper()
	p := func(s string) string {
		if defang {
			return strings.NewReplacer("<", "[", ">", "]", `"`, "'").Replace(s)
		}
		return s
	}
	f := datasets.MustLoad("us-iraq")
	f.Stakeholders[1].Name["en"] = p(xss[0])
	f.Instruments[0].Name["en"] = p(xss[1])
	f.Events[0].Name["en"] = p(xss[2])
	f.Commitments[0].Text["en"] = p(xss[3])
	f.Sources[0].Title["en"] = p(xss[2])
	f.Sources[0].URL = "javascript:window.__xss=6"
	var buf bytes.Buffer
	if err := jscd.Encode(&buf, f); err != nil {
		t.Fatal(err)
	}
	return buf.String(), f
}

func TestUntrustedTextStaysText(t *testing.T) {
	ctx := openPage(t, "")
	// The panels whose elements depend only on the document's structure: the same document
	// with the payloads and with the defanged payloads must give the same elements.
	const countElements = `Array.from(document.querySelectorAll('#lineage, #timeline, #status, #people, #sources'),
		(el) => el.getElementsByTagName('*').length)`
	defanged, _ := withPayloads(t, true)
	setEditor(t, ctx, defanged)
	before := eval[[]int](t, ctx, countElements)

	src, f := withPayloads(t, false)
	setEditor(t, ctx, src)
	waitFor(t, ctx, `document.querySelector('#org-list li[data-id="`+string(f.Stakeholders[1].ID)+`"] .name').textContent === `+
		strconv.Quote(xss[0]))
	after := eval[[]int](t, ctx, countElements)
	if !slices.Equal(before, after) || len(after) != 5 {
		t.Errorf("elements per panel without markup %v, with the payloads %v: the payloads added or removed elements", before, after)
	}
	type outcome struct {
		XSS       any  `json:"xss"`
		Bad       int  `json:"bad"`
		Scripts   int  `json:"scripts"`
		Handlers  int  `json:"handlers"`
		BadLinks  int  `json:"badLinks"`
		ShownText bool `json:"shown"`
	}
	res := eval[outcome](t, ctx, `(() => {
		const all = Array.from(document.getElementsByTagName('*'));
		return {
			xss: window.__xss === undefined ? null : window.__xss,
			bad: document.querySelectorAll('img, iframe, object, embed, main svg svg').length,
			scripts: document.scripts.length,
			handlers: all.filter((el) => el.getAttributeNames().some((n) => n.startsWith('on'))).length,
			// The links of the page's head (style sheet, icon, the first view's render-blocking
			// expectation) come from index.html, not from the data; links within the page (an
			// entity's card, ?focus=…; a panel, #timeline) are the view's own.
			badLinks: Array.from(document.querySelectorAll('body [href]')).filter((a) => !/^(https?:|\?|#)/.test(a.getAttribute('href'))).length,
			shown: document.getElementById('lineage').textContent.includes('<script>') &&
				document.getElementById('status').textContent.includes('<iframe'),
		};
	})()`)
	if res.XSS != nil {
		t.Errorf("a payload ran: window.__xss = %v", res.XSS)
	}
	if res.Bad != 0 || res.Scripts != 2 || res.Handlers != 0 || res.BadLinks != 0 {
		t.Errorf("payload elements: %d img/iframe/object/embed/nested svg, %d scripts (want 2), %d elements with on* attributes, %d non-http links",
			res.Bad, res.Scripts, res.Handlers, res.BadLinks)
	}
	if !res.ShownText {
		t.Error("the payloads are not shown as text")
	}
	if n := count(t, ctx, `#source-list li[data-id="`+string(f.Sources[0].ID)+`"] a:not([href^="?"])`); n != 0 {
		t.Errorf("the javascript: URL became %d links", n)
	}
}
