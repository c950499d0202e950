// Package view shapes a jscd framework into what the demo page shows: trees of elements and
// text (Node) that a small JavaScript renderer turns into DOM, plus the labels of the page in
// English, Arabic and Kurdish. It holds no domain logic: everything it shows comes from package
// jscd (decode, validation, lineage, timeline, status, search, diff); it only orders, labels and
// classes things for display. It does not touch the DOM, so plain "go test" covers it.
package view

import (
	"github.com/jscd-go/jscd/internal/jsonw"
)

// Node is an element or a text in the page: a small virtual DOM. A Node with an empty Tag is a
// text node holding Text; any other Node is an element with attributes and children.
//
// The renderer creates text nodes and sets attributes with the DOM's own setters, so no data
// is ever parsed as HTML; it also drops event-handler attributes and URLs that are not http or
// https, as a second line of defence behind this package.
type Node struct {
	Tag   string
	Attrs []string // name, value, name, value, …
	Kids  []Node
	Text  string
}

// T returns a text node. It is not inlined, like h and el: the page builds its text at
// hundreds of call sites, and a call is smaller than the struct it would write there.
//
//go:noinline
func T(s string) Node { return Node{Text: s} }

// h returns an element; attrs are name, value pairs. It is not inlined, for the size of the
// WebAssembly code (see T).
//
//go:noinline
func h(tag string, attrs []string, kids ...Node) Node {
	return Node{Tag: tag, Attrs: attrs, Kids: kids}
}

// el returns an element that holds one text, with a class unless class is "". Most of the
// page's elements are such; building them here rather than with h, at and T at each call
// keeps the WebAssembly code of the panels small (each call site of those costs a few
// hundred bytes), which is why it is not inlined.
//
//go:noinline
func el(tag, class, text string) Node {
	var attrs []string
	if class != "" {
		attrs = []string{"class", class}
	}
	return Node{Tag: tag, Attrs: attrs, Kids: []Node{{Text: text}}}
}

// verbatim returns an element holding a text that is in no language and reads left to right
// on every page (an ID, a rule code, a JSON Pointer, a URL): isolated from the sentence around
// it by its dir, and marked lang="zxx" so that it is not taken for a text of the page's
// language. It is not inlined, like el.
//
//go:noinline
func verbatim(tag, class, text string) Node {
	attrs := at("dir", "ltr", "lang", "zxx")
	if class != "" {
		attrs = append(attrs, "class", class)
	}
	return Node{Tag: tag, Attrs: attrs, Kids: []Node{{Text: text}}}
}

// at collects attribute pairs, for readability at call sites.
func at(pairs ...string) []string { return pairs }

// Attr returns the value of the attribute name, and whether n has it.
func (n Node) Attr(name string) (string, bool) {
	for i := 0; i+1 < len(n.Attrs); i += 2 {
		if n.Attrs[i] == name {
			return n.Attrs[i+1], true
		}
	}
	return "", false
}

// TextContent returns the text of n and all its descendants, like the DOM's textContent.
func (n Node) TextContent() string {
	if n.Tag == "" {
		return n.Text
	}
	var b []byte
	for _, k := range n.Kids {
		b = append(b, k.TextContent()...)
	}
	return string(b)
}

// Walk calls fn for n and each of its descendants, parents first.
func (n Node) Walk(fn func(Node)) {
	fn(n)
	for _, k := range n.Kids {
		k.Walk(fn)
	}
}

// AppendJSON appends the JSON form the renderer reads: a string for a text node, and
// {"t": tag, "a": {name: value…}, "c": [children…]} for an element. It is written by hand
// rather than with encoding/json because it runs on every keystroke in the editor and this is
// several times faster than reflection.
func (n Node) AppendJSON(b []byte) []byte {
	if n.Tag == "" {
		return jsonw.AppendString(b, n.Text, false)
	}
	b = append(b, `{"t":`...)
	b = jsonw.AppendString(b, n.Tag, false)
	if len(n.Attrs) >= 2 {
		b = append(b, `,"a":{`...)
		for i := 0; i+1 < len(n.Attrs); i += 2 {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonw.AppendString(b, n.Attrs[i], false)
			b = append(b, ':')
			b = jsonw.AppendString(b, n.Attrs[i+1], false)
		}
		b = append(b, '}')
	}
	if len(n.Kids) > 0 {
		b = append(b, `,"c":[`...)
		for i, k := range n.Kids {
			if i > 0 {
				b = append(b, ',')
			}
			b = k.AppendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}
