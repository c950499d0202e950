package view

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/jscd-go/jscd/jscd"

	"github.com/jscd-go/jscd/internal/jsonw"
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

// FixIssue returns src with the string at the issue's path replaced by the issue's
// Suggestion (written as a JSON string), and where the new value is; ok is false when the
// issue suggests nothing or its path does not name a string in src.
func FixIssue(src []byte, is *jscd.Issue) (text []byte, at Span, ok bool) {
	if is.Suggestion == "" {
		return nil, Span{}, false
	}
	span, found := jscd.Locate(src, is.Path)
	if !found || len(span.Path) < len(is.Path) || span.Offset >= span.End || src[span.Offset] != '"' {
		return nil, Span{}, false
	}
	value := jsonw.AppendString(nil, is.Suggestion, false)
	text = make([]byte, 0, len(src)-(span.End-span.Offset)+len(value))
	text = append(append(append(text, src[:span.Offset]...), value...), src[span.End:]...)
	return text, spanOf(text, span.Offset, span.Offset+len(value)), true
}

// LocatePath returns the byte range in src of the value at the JSON Pointer p, starting at its
// key for an object member, as jscd.Locate finds it. When p names something that is not
// there, it returns the first character of the deepest value on p that is (its "{" or "["),
// and complete is false. When src is not JSON it returns the start of src.
func LocatePath(src []byte, p jscd.Path) (start, end int, complete bool) {
	span, ok := jscd.Locate(src, p)
	switch {
	case !ok:
		return 0, 0, false
	case len(span.Path) < len(p):
		return span.Offset, span.Offset + 1, false
	}
	return span.KeyOffset, span.End, true
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
