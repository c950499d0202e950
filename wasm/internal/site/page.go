package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/jscd-go/jscd/wasm/internal/view"
)

// FirstViewPage is the name of the page that holds the first view of a dataset in a page
// language as HTML. Build writes one for every dataset it offers in every language; index.html
// is the one of the first dataset in the first language. Handler serves the one an address
// asks for (?dataset=…&lang=…) at "/".
func FirstViewPage(dataset, lang string) string {
	return "view-" + dataset + "-" + lang + ".html"
}

// EditorHeadLines is how many of the document's lines a first-view page's editor holds. The
// editor's cost to lay out grows with its lines (about 0.1 ms a line on a cold load), so the
// page holds what a window up to 1,400 pixels high shows, and render.js adds the rest, which
// the page carries as a JSON string in #jscd-text, once the first view is painted.
const EditorHeadLines = 80

// firstViewHTML fills the page template (index.html, its first-views list filled) with the
// first view v of dataset: the page's language and direction, every region's content, the
// head of the document in the editor (read-only until render.js has put the rest in), the
// loading note in the page's language and the whole text.
func firstViewHTML(template, dataset string, v *FirstView) (string, error) {
	p := &pageFiller{page: template}
	p.replace(`<html lang="en" dir="ltr">`, `<html lang="`+p.attr(v.Lang)+`" dir="`+p.attr(v.Dir)+
		`" data-first-view="`+p.attr(dataset+" "+v.Lang)+`">`)
	for _, name := range view.AllRegions() {
		content, err := regionHTML(v.Regions[name])
		if err != nil {
			return "", fmt.Errorf("site: first view of %s in %s, region %s: %w", dataset, v.Lang, name, err)
		}
		p.fillElement(`id="`+name+`"`, "", content)
	}
	head, err := editorHead(v.Text)
	if err != nil {
		return "", fmt.Errorf("site: first view of %s: the document: %w", dataset, err)
	}
	p.fillElement(`<textarea id="source"`, " readonly", head)
	p.replace(`<p id="validator" class="validator" role="status">Loading the validator…</p>`,
		`<p id="validator" class="validator" role="status">`+p.text(v.Loading)+`</p>`)
	whole, err := json.Marshal(v.Text) // escapes <, > and &, so "</script" cannot occur
	if err != nil {
		return "", err
	}
	p.replace(`</body>`, `<script type="application/json" id="jscd-text">`+string(whole)+"</script>\n</body>")
	if p.err != nil {
		return "", fmt.Errorf("site: first view of %s in %s: %w", dataset, v.Lang, p.err)
	}
	return p.page, nil
}

// editorHead returns the first EditorHeadLines lines of the document as the content of a
// textarea. The parser drops a newline right after <textarea>, so a text that starts with one
// gets another.
func editorHead(doc string) (string, error) {
	head := doc
	if n := lineEnd(doc, EditorHeadLines); n >= 0 {
		head = doc[:n]
	}
	var b bytes.Buffer
	if strings.HasPrefix(head, "\n") {
		b.WriteByte('\n')
	}
	if err := escapeText(&b, head); err != nil {
		return "", err
	}
	return b.String(), nil
}

// lineEnd returns the index of the n-th line feed of s, or -1 if s has fewer.
func lineEnd(s string, n int) int {
	at := -1
	for range n {
		i := strings.IndexByte(s[at+1:], '\n')
		if i < 0 {
			return -1
		}
		at += 1 + i
	}
	return at
}

// pageFiller edits the page template, keeping the first error.
type pageFiller struct {
	page string
	err  error
}

// attr returns s escaped as an attribute value; text, as an element's text. Either keeps the
// escaping's error, as the filler's first.
func (p *pageFiller) attr(s string) string { return p.escaped(s, escapeAttr) }
func (p *pageFiller) text(s string) string { return p.escaped(s, escapeText) }

func (p *pageFiller) escaped(s string, escape func(*bytes.Buffer, string) error) string {
	var b bytes.Buffer
	if err := escape(&b, s); err != nil && p.err == nil {
		p.err = err
	}
	return b.String()
}

// replace replaces the one occurrence of old.
func (p *pageFiller) replace(old, new string) {
	if p.err != nil {
		return
	}
	if strings.Count(p.page, old) != 1 {
		p.err = errors.New("index.html does not have exactly one " + old)
		return
	}
	p.page = strings.Replace(p.page, old, new, 1)
}

// fillElement finds the start tag that contains marker, adds attrs at its end and puts
// content in place of what the template's element holds (up to its end tag; the template
// does not nest an element in one of the same name).
func (p *pageFiller) fillElement(marker, attrs, content string) {
	if p.err != nil {
		return
	}
	i := strings.Index(p.page, marker)
	if i < 0 || strings.Count(p.page, marker) != 1 {
		p.err = errors.New("index.html does not have exactly one element with " + marker)
		return
	}
	open := strings.LastIndexByte(p.page[:i+1], '<')
	end := i + strings.IndexByte(p.page[i:], '>')
	name, _, _ := strings.Cut(p.page[open+1:end], " ")
	closing := strings.Index(p.page[end:], "</"+name+">")
	if end < i || name == "" || closing < 0 {
		p.err = errors.New("index.html: the element with " + marker + " has no end tag")
		return
	}
	p.page = p.page[:end] + attrs + ">" + content + p.page[end+closing:]
}
