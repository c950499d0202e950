package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// The first view is also written as HTML, so that the browser draws it while it parses the
// page, before any script has run (docs/demo.md, "First view"). The HTML is made from the same
// view-model the renderer reads (package view's region JSON) and must parse into exactly the
// DOM the renderer would build from it, node for node: the module then takes over without a
// change. So the writer refuses, rather than writes, anything the HTML parser would turn into
// another tree (adjacent or empty text nodes, children of void elements, rows directly in a
// table, elements it does not know to be safe).

// allowedAttribute is the renderer's own rule for the attributes it sets (ALLOWED in
// render.js; a test keeps the two the same). Other attributes, event handlers and style among
// them, are dropped, and href must be http or https or stay within the page, as the renderer
// does.
var allowedAttribute = regexp.MustCompile(`^(class|id|title|role|tabindex|lang|dir|for|type|min|max|step|name|value|placeholder|href|rel|target|datetime|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|d|points|transform|text-anchor|dominant-baseline|marker-end|marker-start|markerWidth|markerHeight|refX|refY|orient|direction|preserveAspectRatio|selected|checked|disabled|hidden|open|aria-[a-z]+|data-[a-z-]+)$`)

// webURL is the renderer's rule for href: an http or https URL, or a link within the page (a
// query of the page's own address, or a fragment).
var webURL = regexp.MustCompile(`^world\.svg$|(?i)^https?://|^\?[\w=&.-]*$|^#[\w-]+$`)

// htmlTags are the HTML elements the view may use, and whether each is void (has no end tag
// and no children). Raw-text and escapable-raw-text elements (script, style, textarea, title
// outside SVG) and elements the parser moves or closes by itself are not among them.
var htmlTags = map[string]bool{
	"a": false, "abbr": false, "article": false, "b": false, "bdi": false, "br": true,
	"button": false, "caption": false, "cite": false, "code": false, "dd": false, "del": false,
	"details": false, "dfn": false, "div": false, "dl": false, "dt": false, "em": false,
	"fieldset": false, "figcaption": false, "figure": false, "footer": false, "h1": false,
	"h2": false, "h3": false, "h4": false, "h5": false, "h6": false, "header": false,
	"hr": true, "i": false, "input": true, "ins": false, "kbd": false, "label": false,
	"legend": false, "li": false, "mark": false, "meter": false, "nav": false, "ol": false,
	"optgroup": false, "option": false, "output": false, "p": false, "progress": false,
	"q": false, "s": false, "samp": false, "section": false, "select": false, "small": false,
	"span": false, "strong": false, "sub": false, "summary": false, "sup": false,
	"table": false, "tbody": false, "td": false, "tfoot": false, "th": false, "thead": false,
	"time": false, "tr": false, "u": false, "ul": false, "var": false, "wbr": true,
}

// svgTags are the SVG elements the view may use inside an svg element. Their names are all
// lower case, so the HTML parser keeps them as written.
var svgTags = map[string]bool{
	"circle": true, "image": true, "defs": true, "desc": true, "ellipse": true, "g": true, "line": true,
	"marker": true, "path": true, "polygon": true, "polyline": true, "rect": true,
	"text": true, "title": true, "tspan": true, "use": false,
}

// tableParts are the elements that the HTML parser only keeps where a table allows them; any
// text directly inside them would be moved out of the table.
var tableParts = map[string]bool{"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true}

// vnode is one node of the view-model as the region JSON gives it.
type vnode struct {
	tag   string      // "" for a text node
	attrs [][2]string // in the order the view gave them
	kids  []vnode
	text  string
}

// parseRegion reads a region's JSON: an array of nodes, each a string (text) or an object
// {"t": tag, "a": {name: value…}, "c": [nodes…]}.
func parseRegion(content string) ([]vnode, error) {
	d := json.NewDecoder(strings.NewReader(content))
	kids, err := parseNodes(d)
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("text after the region's array")
	}
	return kids, nil
}

func parseNodes(d *json.Decoder) ([]vnode, error) {
	if err := expectDelim(d, '['); err != nil {
		return nil, err
	}
	var nodes []vnode
	for d.More() {
		n, err := parseNode(d)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
	}
	_, err := d.Token() // ]
	return nodes, err
}

func parseNode(d *json.Decoder) (vnode, error) {
	tok, err := d.Token()
	if err != nil {
		return vnode{}, err
	}
	if s, ok := tok.(string); ok {
		return vnode{text: s}, nil
	}
	if tok != json.Delim('{') {
		return vnode{}, fmt.Errorf("a node is a string or an object, not %v", tok)
	}
	var n vnode
	for d.More() {
		key, err := d.Token()
		if err != nil {
			return vnode{}, err
		}
		switch key {
		case "t":
			tok, err := d.Token()
			tag, ok := tok.(string)
			if err != nil || !ok || tag == "" {
				return vnode{}, errors.New("an element's tag is not a string")
			}
			n.tag = tag
		case "a":
			if n.attrs, err = parseAttrs(d); err != nil {
				return vnode{}, err
			}
		case "c":
			if n.kids, err = parseNodes(d); err != nil {
				return vnode{}, err
			}
		default:
			return vnode{}, fmt.Errorf("unknown member %v of a node", key)
		}
	}
	if _, err := d.Token(); err != nil { // }
		return vnode{}, err
	}
	if n.tag == "" {
		return vnode{}, errors.New("an element without a tag")
	}
	return n, nil
}

func parseAttrs(d *json.Decoder) ([][2]string, error) {
	if err := expectDelim(d, '{'); err != nil {
		return nil, err
	}
	var attrs [][2]string
	for d.More() {
		name, err := d.Token()
		if err != nil {
			return nil, err
		}
		value, err := d.Token()
		if err != nil {
			return nil, err
		}
		v, ok := value.(string)
		if !ok {
			return nil, fmt.Errorf("attribute %v is not a string", name)
		}
		attrs = append(attrs, [2]string{name.(string), v})
	}
	_, err := d.Token() // }
	return attrs, err
}

func expectDelim(d *json.Decoder, want json.Delim) error {
	tok, err := d.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return fmt.Errorf("want %v, found %v", want, tok)
	}
	return nil
}

// htmlWriter writes view-model nodes as HTML.
type htmlWriter struct {
	b bytes.Buffer
}

// regionHTML returns the HTML of a region's content.
func regionHTML(content string) (string, error) {
	kids, err := parseRegion(content)
	if err != nil {
		return "", err
	}
	var w htmlWriter
	if err := w.children(kids, "", ""); err != nil {
		return "", err
	}
	return w.b.String(), nil
}

// children writes kids, the children of an element named parent ("" for the region itself)
// in the namespace ns ("svg" or "").
func (w *htmlWriter) children(kids []vnode, parent, ns string) error {
	for i, k := range kids {
		if k.tag != "" {
			if err := w.element(k, parent, ns); err != nil {
				return err
			}
			continue
		}
		switch {
		case k.text == "":
			return fmt.Errorf("an empty text in <%s>: the HTML parser makes no node of it", parent)
		case i > 0 && kids[i-1].tag == "":
			return fmt.Errorf("two texts side by side in <%s>: the HTML parser makes one node of them", parent)
		case tableParts[parent]:
			return fmt.Errorf("text directly in <%s>: the HTML parser moves it out of the table", parent)
		}
		if err := escapeText(&w.b, k.text); err != nil {
			return err
		}
	}
	return nil
}

func (w *htmlWriter) element(n vnode, parent, ns string) error {
	inner := ns
	if n.tag == "svg" {
		inner = "svg"
	}
	void := false
	if inner == "svg" {
		if _, ok := svgTags[n.tag]; !ok && n.tag != "svg" {
			return fmt.Errorf("<%s> is not an SVG element the page uses", n.tag)
		}
	} else {
		v, ok := htmlTags[n.tag]
		if !ok {
			return fmt.Errorf("<%s> is not an HTML element the page may write", n.tag)
		}
		void = v
	}
	if n.tag == "tr" && parent == "table" {
		return errors.New("<tr> directly in <table>: the HTML parser puts a <tbody> between them")
	}
	if void && len(n.kids) > 0 {
		return fmt.Errorf("<%s> cannot have children in HTML", n.tag)
	}
	w.b.WriteString("<" + n.tag)
	for _, a := range n.attrs {
		name, value := a[0], a[1]
		if !allowedAttribute.MatchString(name) || name == "href" && !webURL.MatchString(value) {
			continue
		}
		w.b.WriteString(" " + name + `="`)
		if err := escapeAttr(&w.b, value); err != nil {
			return fmt.Errorf("attribute %s of <%s>: %w", name, n.tag, err)
		}
		w.b.WriteByte('"')
	}
	w.b.WriteByte('>')
	if void {
		return nil
	}
	if err := w.children(n.kids, n.tag, inner); err != nil {
		return err
	}
	w.b.WriteString("</" + n.tag + ">")
	return nil
}

// escapeText writes s as the text of an element, with &, < and > as references so that
// nothing in it can start a tag or a reference. A carriage return is written as a reference,
// since the parser turns a literal one into a line feed.
func escapeText(b *bytes.Buffer, s string) error {
	return escape(b, s, "")
}

// escapeAttr writes s as the value of a double-quoted attribute.
func escapeAttr(b *bytes.Buffer, s string) error {
	return escape(b, s, `"`)
}

// escape writes s with &, <, > and the characters of also as character references. A NUL has
// no HTML form the parser would give back as a NUL (it drops it, or reads U+FFFD), so it is an
// error.
func escape(b *bytes.Buffer, s, also string) error {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#13;")
		case r == 0:
			return errors.New("a NUL character, which HTML cannot carry")
		case r < 0x80 && strings.ContainsRune(also, r):
			fmt.Fprintf(b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return nil
}
