package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// screenSizes are the windows the drawings are checked at: a phone and a desktop.
var screenSizes = []struct {
	name string
	w, h int64
}{{"phone", 390, 844}, {"desktop", 1400, 1000}}

// openSized opens the demo at query in a window of the given size, waits until the module
// has taken over, and lays every panel out (off-screen panels are skipped otherwise, as
// content-visibility: auto asks).
func openSized(t *testing.T, query string, w, h int64) context.Context {
	t.Helper()
	url := siteURL(t) // built before the tab's timeout starts
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
		emulation.SetDeviceMetricsOverrideParams{Width: w, Height: h, DeviceScaleFactor: 1, Mobile: w < 600}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+query), waitReady()); err != nil {
		t.Fatal(err)
	}
	showAllPanels(t, ctx)
	return ctx
}

func showAllPanels(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
		for (const p of document.querySelectorAll('.panels > .panel')) p.style.contentVisibility = 'visible';
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return true;
	})()`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
}

// legibility is what checkLegible finds wrong in the page's drawings, as sentences.
const legibility = `(() => {
	const out = [];
	const px = (el) => parseFloat(getComputedStyle(el).fontSize);
	for (const svg of document.querySelectorAll('svg.lineage, svg.timeline, svg.map')) {
		const vb = svg.viewBox.baseVal;
		const scale = svg.getBoundingClientRect().width / vb.width;
		for (const text of svg.querySelectorAll('text')) {
			const size = px(text) * scale;
			if (size < 11.95) out.push(svg.id + ': "' + text.textContent + '" at ' + size.toFixed(1) + ' px');
		}
	}
	for (const li of document.querySelectorAll('.row-labels li')) {
		if (px(li) < 11.95) out.push('timeline label "' + li.textContent + '" at ' + px(li) + ' px');
	}
	// Edge labels cover no other label and no node, as the browser lays them out.
	const boxes = (sel) => Array.from(document.querySelectorAll(sel), (el) => [el, el.getBoundingClientRect()]);
	const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
	const labels = boxes('#lineage-svg .edge-label');
	const nodes = boxes('#lineage-svg .node rect');
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++) {
			if (overlap(labels[i][1], labels[j][1])) out.push('edge labels "' + labels[i][0].textContent + '" and "' + labels[j][0].textContent + '" overlap');
		}
		for (const [n, r] of nodes) {
			if (overlap(labels[i][1], r)) out.push('edge label "' + labels[i][0].textContent + '" covers a node');
		}
	}
	// Each timeline label sits beside its row.
	const rows = Array.from(document.querySelectorAll('#timeline-svg g.row'));
	const names = Array.from(document.querySelectorAll('.row-labels li.row-label'));
	if (rows.length !== names.length) out.push(rows.length + ' timeline rows, ' + names.length + ' labels');
	for (let i = 0; i < Math.min(rows.length, names.length); i++) {
		const a = rows[i].querySelector('.row-bg').getBoundingClientRect(), b = names[i].getBoundingClientRect();
		const mid = (r) => (r.top + r.bottom) / 2;
		if (Math.abs(mid(a) - mid(b)) > 3 || rows[i].dataset.subject !== names[i].dataset.subject) {
			out.push('timeline label "' + names[i].textContent + '" is ' + (mid(b) - mid(a)).toFixed(1) + ' px off its row');
		}
	}
	// A drawing wider than its panel says so, and opens on its most recent part: the
	// timeline's "as of" line is in view.
	for (const box of document.querySelectorAll('.scroll[data-focus]')) {
		const more = box.parentElement.getAttribute('data-more') || '';
		const hint = box.parentElement.querySelector('.more-hint');
		const wide = box.scrollWidth > box.clientWidth + 1;
		if (wide && (more === '' || !hint || hint.offsetParent === null)) out.push(box.parentElement.id + ': wider than its panel, with no cue');
		if (!wide && more !== '') out.push(box.parentElement.id + ': a cue, though it fits');
	}
	const line = document.querySelector('#timeline-svg line.asof');
	if (line) {
		const r = line.getBoundingClientRect(), v = document.getElementById('timeline-scroll').querySelector('.scroll').getBoundingClientRect();
		if (r.left < v.left - 0.5 || r.right > v.right + 0.5) out.push('the "as of" line is out of view (' + r.left.toFixed(0) + ' in ' + v.left.toFixed(0) + '..' + v.right.toFixed(0) + ')');
	}
	return out;
})()`

// TestDrawingsAreLegible: in every language, on a phone and on a desktop, the lineage's and
// the timeline's text is 12 px or more as drawn, their labels overlap nothing, the timeline's
// names sit beside their rows, and a drawing wider than its panel opens on the most recent
// activity (the "as of" line in view) with a visible cue that more lies to the side.
// JSCD_SCREENSHOTS=dir also writes a screenshot of each page there.
func TestDrawingsAreLegible(t *testing.T) {
	for _, lang := range []string{"en", "ar", "ckb"} {
		for _, size := range screenSizes {
			t.Run(lang+"-"+size.name, func(t *testing.T) {
				ctx := openSized(t, "?lang="+lang, size.w, size.h)
				for _, p := range eval[[]string](t, ctx, legibility) {
					t.Error(p)
				}
				if got := count(t, ctx, "#lineage-legend li"); got < 5 {
					t.Errorf("the lineage's legend has %d entries", got)
				}
				if got := count(t, ctx, "#timeline-legend ul.legend"); got != 3 {
					t.Errorf("the timeline has %d legends, want 3 (precision, certainty, kind)", got)
				}
				screenshot(t, ctx, lang+"-"+size.name)
			})
		}
	}
}

// screenshot writes the page's drawings and its changes, each to $JSCD_SCREENSHOTS/name-part.png,
// when that is set.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("JSCD_SCREENSHOTS")
	if dir == "" {
		return
	}
	for _, id := range []string{"lineage", "timeline", "map", "diff"} {
		if count(t, ctx, "#"+id+" > *") == 0 {
			continue
		}
		png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#"+id)))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+"-"+id+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMapAndNewTimelineEntries: the bundled US–Iraq data locates no place, so the page has
// no map; the fictional alliance framework, typed into the editor, gets one drawn on the
// site's own world.svg with a numbered marker for its places and a list of the events held
// there, and its timeline draws lifecycle steps, sites added and removed, and positions known
// by one day as points. In the three languages, on a phone and a desktop.
func TestMapAndNewTimelineEntries(t *testing.T) {
	doc, err := os.ReadFile("../../jscd/testdata/valid/alliance.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar", "ckb"} {
		for _, size := range screenSizes {
			t.Run(lang+"-"+size.name, func(t *testing.T) {
				ctx := openSized(t, "?lang="+lang, size.w, size.h)
				if count(t, ctx, "#map *") != 0 || eval[float64](t, ctx, `document.getElementById('map').offsetHeight`) != 0 {
					t.Error("a map is shown for a framework that locates no place")
				}
				setEditor(t, ctx, string(doc))
				waitFor(t, ctx, `document.querySelector('#map-svg') !== null && document.querySelector('#timeline-svg .k-lifecycle') !== null`)
				showAllPanels(t, ctx)
				if got := attrs(t, ctx, "#map-svg image", "href"); len(got) != 1 || got[0] != "world.svg" {
					t.Errorf("the map's outlines come from %q; want the site's world.svg", got)
				}
				loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => { const r = await fetch('world.svg');
					return r.ok && r.headers.get('content-type') === 'image/svg+xml'; })()`, chromedp.EvalAwaitPromise))
				if err != nil || !loaded {
					t.Error("world.svg is not served as an SVG image")
				}
				if got := count(t, ctx, "#map-list li.map-item"); got != 7 {
					t.Errorf("the map lists %d places; the alliance framework locates 7", got)
				}
				if got := text(t, ctx, "#map-list"); !strings.Contains(got, "exercise") && !strings.Contains(got, "Shoulder") && lang == "en" {
					t.Errorf("the map's list does not give the exercise held on the far island: %q", got)
				}
				for _, sel := range []string{".k-lifecycle", ".k-site-added", ".k-site-removed", "path.k-position"} {
					if count(t, ctx, "#timeline-svg "+sel) == 0 {
						t.Errorf("the timeline draws no %s", sel)
					}
				}
				for _, p := range eval[[]string](t, ctx, legibility) {
					t.Error(p)
				}
				screenshot(t, ctx, "alliance-"+lang+"-"+size.name)
			})
		}
	}
}

// TestRightToLeftDiff: on the Arabic and Kurdish pages the diff's arrows point from the old
// value to the new one, leftwards, and the English values carry lang="en".
func TestRightToLeftDiff(t *testing.T) {
	for _, lang := range []string{"ar", "ckb"} {
		t.Run(lang, func(t *testing.T) {
			ctx := openPage(t, "?lang="+lang)
			showAllPanels(t, ctx)
			arrows := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#diff .became-arrow'), (e) => e.textContent.trim())`)
			if len(arrows) == 0 {
				t.Fatal("the diff shows no changed value")
			}
			for _, a := range arrows {
				if a != "←" {
					t.Errorf("an arrow reads %q on a right-to-left page", a)
				}
			}
			wrong := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#diff bdi.value'))
				.filter((e) => /^[\x20-\x7e]*[A-Za-z]{3,}/.test(e.textContent) && !/^(en|zxx)$/.test(e.closest('[lang]').lang))
				.map((e) => e.textContent + ' (lang=' + e.closest('[lang]').lang + ')')`)
			for _, w := range wrong {
				t.Errorf("a Latin value is not marked with its language: %s", w)
			}
		})
	}
}

// TestReadingOrderArrows checks that the header's reading order joins its steps with arrows
// that point the way the page reads, and none after its last step, before the editor's button.
func TestReadingOrderArrows(t *testing.T) {
	for _, tt := range []struct{ lang, arrow string }{{"en", "→"}, {"ar", "←"}, {"ckb", "←"}} {
		t.Run(tt.lang, func(t *testing.T) {
			ctx := openPage(t, "?lang="+tt.lang)
			got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('.reading li'), (li) =>
				(li.classList.contains('to-editor') ? 'editor:' : 'step:') + getComputedStyle(li, '::after').content)`)
			if len(got) < 3 {
				t.Fatalf("the reading order has %d items: %q", len(got), got)
			}
			steps := 0
			for k, item := range got {
				kind, content, _ := strings.Cut(item, ":")
				lastStep := kind == "step" && (k+1 == len(got) || strings.HasPrefix(got[k+1], "editor:"))
				switch {
				case kind == "editor" || lastStep:
					if content != "none" && content != "normal" {
						t.Errorf("item %d (%s) is followed by %s", k+1, kind, content)
					}
				case !strings.Contains(content, tt.arrow):
					t.Errorf("step %d is followed by %s, not %q", k+1, content, tt.arrow)
				}
				if kind == "step" {
					steps++
				}
			}
			if steps != 6 {
				t.Errorf("the reading order has %d steps, want 6", steps)
			}
		})
	}
}
