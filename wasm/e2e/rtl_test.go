package e2e

import (
	"testing"
)

// unisolated lists, on a right-to-left page, each text with Latin letters, or digits joined by
// punctuation (2008–2025, 2023-08-07), that is not isolated from the right-to-left text around
// it: its closest element that is not an inline one must be isolating (a <bdi>, an element
// with a dir attribute, or one the style sheet isolates). A text that itself holds Arabic
// script is a sentence of the page or the document and orders itself. An option holds text
// only: its Latin parts must be between Unicode's isolates (U+2066 or U+2068 … U+2069).
const unisolated = `(() => {
	const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
	const latin = /[A-Za-z]/;
	const numbers = /\d[^\s\d\p{L}\u2066-\u2069]+\d/u;
	const isolating = (el) => el.localName === 'bdi' || el.hasAttribute('dir') ||
		/isolate|plaintext/.test(getComputedStyle(el).unicodeBidi);
	const inline = (el) => getComputedStyle(el).display === 'inline' && el.localName !== 'svg';
	const where = (el) => { const r = el.closest('[id]'); return r ? '#' + r.id : el.localName; };
	const out = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = walker.nextNode());) {
		const s = n.data, p = n.parentElement;
		if (!p || p.closest('textarea, script, style, noscript')) continue;
		if (p.localName === 'option') {
			const outside = s.replace(/[\u2066\u2068][^\u2069]*\u2069/g, '');
			if (latin.test(outside) || numbers.test(outside)) out.push('an option of ' + where(p) + ' does not isolate ' + JSON.stringify(outside.trim()));
			continue;
		}
		if (!latin.test(s) && !numbers.test(s)) continue;
		if (arabic.test(s)) continue;
		let e = p;
		while (e && !isolating(e) && inline(e)) e = e.parentElement;
		if (e && isolating(e)) continue;
		out.push('not isolated in ' + where(p) + ' (<' + p.localName + '> in a <' + (e ? e.localName : '?') + '>): ' + JSON.stringify(s.trim()));
	}
	return out;
})()`

// wrongLang lists the texts whose script does not fit the language their closest lang
// attribute names: a Latin text marked Arabic or Kurdish (an English fallback, an ID, a code,
// a path not marked as such), and on a Kurdish page a text in Arabic letters Sorani does not
// use (ة, ك, ي: a fallback to Arabic) marked Kurdish. A tooltip (an SVG <title>) is one string
// that may join a fallback name and the page's words, and is left out.
const wrongLang = `(() => {
	const arabic = /[\u0600-\u06FF]/;
	const arabicOnly = /[\u0629\u0643\u064A]/;
	const latin = /[A-Za-z]{2,}/;
	const where = (el) => { const r = el.closest('[id]'); return r ? '#' + r.id : el.localName; };
	const out = [];
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n; (n = walker.nextNode());) {
		const s = n.data, p = n.parentElement;
		if (!p || p.closest('textarea, script, style, noscript, title')) continue;
		const l = p.closest('[lang]');
		const lang = l ? l.lang : '';
		if (latin.test(s) && !arabic.test(s) && /^(ar|ckb)$/.test(lang)) out.push('lang=' + lang + ' on a Latin text in ' + where(p) + ': ' + JSON.stringify(s.trim()));
		if (document.documentElement.lang === 'ckb' && arabicOnly.test(s) && lang === 'ckb') out.push('lang=ckb on an Arabic text in ' + where(p) + ': ' + JSON.stringify(s.trim()));
	}
	return out;
})()`

// TestRightToLeftValuesAreIsolated: on the Arabic and Kurdish pages every left-to-right value
// (a Latin name or title, an ID, a rule code, a JSON Pointer, a diff value, a span of years)
// is isolated from the sentence around it, in every panel, in the framework picker and the
// filters, and in the card of an entity of each kind; and every text carries the language it
// is written in (English and Arabic fallbacks, IDs and codes in no language).
func TestRightToLeftValuesAreIsolated(t *testing.T) {
	cards := []string{"jscd", "jscd-talks-2023-08", "sabit-al-abbasi", "united-states", "rudaw-op-ed-2023-08",
		"us-combat-forces-leave-iraq-by-end-2021", "iran-backed-groups-no-major-reaction", "no-such-entity"}
	for _, lang := range []string{"ar", "ckb"} {
		t.Run(lang, func(t *testing.T) {
			ctx := openPage(t, "?lang="+lang)
			showAllPanels(t, ctx)
			check := func(what string) {
				t.Helper()
				for _, s := range eval[[]string](t, ctx, unisolated) {
					t.Errorf("%s: %s", what, s)
				}
				for _, s := range eval[[]string](t, ctx, wrongLang) {
					t.Errorf("%s: %s", what, s)
				}
			}
			check("the page")
			for _, id := range cards {
				eval[any](t, ctx, `window.jscdDemo.apply('focus', '`+id+`')`)
				waitFor(t, ctx, `document.querySelector('#detail h2, #detail-missing') !== null && location.search.includes('focus=`+id+`')`)
				check("the card of " + id)
			}
		})
	}
}
