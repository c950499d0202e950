package view

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd"
)

// Span is a range of the editor's text, in UTF-16 code units as JavaScript strings count them,
// with the 1-based line it starts on.
type Span struct {
	Start, End, Line int
}

// LocateIssue returns where in src the issue is: at its line and column when Decode gave
// them, otherwise at the member its path names (or, when the path names something missing,
// at the start of the nearest enclosing value that exists).
func LocateIssue(src []byte, is *jscd.Issue) Span {
	if is.Line > 0 {
		off := offsetOfLineColumn(src, is.Line, is.Column)
		return spanOf(src, off, lineEnd(src, off))
	}
	start, end, complete := LocatePath(src, is.Path)
	if !complete {
		end = lineEnd(src, start)
	}
	return spanOf(src, start, end)
}

// LocatePath returns the byte range in src of the value at the JSON Pointer p, starting at its
// key for an object member. When p names something that is not there, it returns the first
// character of the deepest value on p that is (its "{" or "["), and complete is false. It reads src with encoding/json's
// tokenizer, so it needs src to be valid JSON only up to the place it looks for.
func LocatePath(src []byte, p jscd.Path) (start, end int, complete bool) {
	l := &locator{src: src, dec: json.NewDecoder(bytes.NewReader(src))}
	start, end, depth := l.find(p)
	return start, end, depth == len(p)
}

type locator struct {
	src []byte
	dec *json.Decoder
}

// next returns the offset where the next token starts: after white space, colons and commas.
func (l *locator) next() int {
	off := int(l.dec.InputOffset())
	for off < len(l.src) {
		switch l.src[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// find reads the value that comes next and returns the range of the deepest value of p found
// in it, and how many segments of p it matched.
func (l *locator) find(p jscd.Path) (start, end, depth int) {
	start = l.next()
	tok, err := l.dec.Token()
	if err != nil {
		return start, start, 0
	}
	delim, isDelim := tok.(json.Delim)
	if len(p) == 0 || !isDelim {
		if isDelim {
			l.skipRest()
		}
		return start, int(l.dec.InputOffset()), 0
	}
	for i := 0; l.dec.More(); i++ {
		memberStart := l.next()
		if delim == '{' {
			key, err := l.dec.Token()
			if err != nil {
				break
			}
			if k, _ := key.(string); k != p[0] {
				l.skipValue()
				continue
			}
		} else if strconv.Itoa(i) != p[0] {
			l.skipValue()
			continue
		}
		if len(p) == 1 {
			_, e, _ := l.find(nil)
			return memberStart, e, 1
		}
		s, e, d := l.find(p[1:])
		return s, e, d + 1
	}
	return start, start + 1, 0
}

// skipValue reads and discards the next value.
func (l *locator) skipValue() {
	tok, err := l.dec.Token()
	if err != nil {
		return
	}
	if _, ok := tok.(json.Delim); ok {
		l.skipRest()
	}
}

// skipRest reads up to the end of the object or array just opened.
func (l *locator) skipRest() {
	for depth := 1; depth > 0; {
		tok, err := l.dec.Token()
		if err != nil {
			return
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
}

// offsetOfLineColumn returns the byte offset of a 1-based line and 1-based column counted in runes,
// clamped to the text.
func offsetOfLineColumn(src []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	// Decode counts columns in runes; step over col-1 of them.
	for c := 1; c < col && off < len(src) && src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(src[off:])
		off += size
	}
	return off
}

func lineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(src)
}

// spanOf converts a byte range of src into a Span.
func spanOf(src []byte, start, end int) Span {
	start, end = min(max(start, 0), len(src)), min(max(end, start), len(src))
	s := Span{Line: 1 + bytes.Count(src[:start], []byte{'\n'})}
	s.Start = utf16Len(src[:start])
	s.End = s.Start + utf16Len(src[start:end])
	return s
}

// utf16Len returns the length of b in UTF-16 code units.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// pointer returns p.String(), the JSON Pointer of p, without building an escaper when no
// segment needs escaping: the page formats hundreds of paths on every keystroke.
func pointer(p jscd.Path) string {
	n := 0
	for _, seg := range p {
		if strings.ContainsAny(seg, "~/") {
			return p.String()
		}
		n += 1 + len(seg)
	}
	b := make([]byte, 0, n)
	for _, seg := range p {
		b = append(append(b, '/'), seg...)
	}
	return string(b)
}
