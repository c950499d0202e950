package view

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd"
)

// documentTitle reads the title member of a JSON document without decoding the rest (the
// bundled documents give it near their start), for the list of datasets. It is nil when the
// document has no readable title; the page then shows the dataset's name.
//
// It is a small scanner of its own rather than a decoder: the page lists the bundled
// documents before it decodes any, and a general JSON decoder would cost the WebAssembly
// binary far more than these few lines.
func documentTitle(doc []byte) jscd.Text {
	sc := titleScanner{b: doc}
	if !sc.take('{') {
		return nil
	}
	for !sc.take('}') {
		key, ok := sc.str()
		if !ok || !sc.take(':') {
			return nil
		}
		if key == "title" {
			return sc.text()
		}
		if !sc.skipValue() {
			return nil
		}
		if !sc.take(',') && sc.peek() != '}' {
			return nil
		}
	}
	return nil
}

// titleScanner reads the few JSON forms documentTitle needs.
type titleScanner struct {
	b   []byte
	off int
}

// peek returns the next byte that is not white space, or 0 at the end.
func (sc *titleScanner) peek() byte {
	for sc.off < len(sc.b) {
		switch c := sc.b[sc.off]; c {
		case ' ', '\t', '\n', '\r':
			sc.off++
		default:
			return c
		}
	}
	return 0
}

// take consumes c if it is the next byte that is not white space.
func (sc *titleScanner) take(c byte) bool {
	if sc.peek() != c {
		return false
	}
	sc.off++
	return true
}

// text reads an object whose members are all strings, as a language map.
func (sc *titleScanner) text() jscd.Text {
	if !sc.take('{') {
		return nil
	}
	t := jscd.Text{}
	for !sc.take('}') {
		k, ok := sc.str()
		if !ok || !sc.take(':') {
			return nil
		}
		v, ok := sc.str()
		if !ok {
			return nil
		}
		t[k] = v
		if !sc.take(',') && sc.peek() != '}' {
			return nil
		}
	}
	return t
}

// str reads a string, resolving its escapes.
func (sc *titleScanner) str() (string, bool) {
	if !sc.take('"') {
		return "", false
	}
	var out []byte
	for sc.off < len(sc.b) {
		c := sc.b[sc.off]
		sc.off++
		switch {
		case c == '"':
			return string(out), true
		case c < 0x20:
			return "", false
		case c != '\\':
			out = append(out, c)
		case sc.off >= len(sc.b):
			return "", false
		default:
			e := sc.b[sc.off]
			sc.off++
			if e == 'u' {
				r, ok := sc.hex4()
				if !ok {
					return "", false
				}
				if utf16.IsSurrogate(r) && sc.off+1 < len(sc.b) && sc.b[sc.off] == '\\' && sc.b[sc.off+1] == 'u' {
					sc.off += 2
					r2, ok := sc.hex4()
					if !ok {
						return "", false
					}
					r = utf16.DecodeRune(r, r2)
				}
				out = utf8.AppendRune(out, r) // a lone surrogate becomes U+FFFD
				continue
			}
			i := strings.IndexByte(`"\/bfnrt`, e)
			if i < 0 {
				return "", false
			}
			out = append(out, "\"\\/\b\f\n\r\t"[i])
		}
	}
	return "", false
}

// hex4 reads the four hex digits of a \u escape.
func (sc *titleScanner) hex4() (rune, bool) {
	if sc.off+4 > len(sc.b) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(sc.b[sc.off:sc.off+4]), 16, 32)
	sc.off += 4
	return rune(n), err == nil
}

// skipValue steps over one value of any kind: a string, or everything up to the bracket that
// closes an object or array, or a number or literal up to the next delimiter. It does not
// check the syntax of what it skips; Decode does that when the document is shown.
func (sc *titleScanner) skipValue() bool {
	depth := 0
	for {
		switch sc.peek() {
		case 0:
			return false
		case '"':
			if _, ok := sc.str(); !ok {
				return false
			}
		case '{', '[':
			depth++
			sc.off++
		case '}', ']':
			if depth == 0 {
				return true
			}
			depth--
			sc.off++
		case ',':
			if depth == 0 {
				return true
			}
			sc.off++
		default:
			sc.off++
		}
		if depth == 0 && (sc.peek() == ',' || sc.peek() == '}') {
			return true
		}
	}
}
