package jscd

import (
	"strconv"
)

// Span is the place of a value in the text of a JSON document, as Locate finds it.
type Span struct {
	// Path is the path of the value: the path given to Locate when it names a value of the
	// document, otherwise its longest prefix that does (the object that lacks a member, the
	// array that has no such index, the string that has no members).
	Path Path
	// Offset and End are the byte offsets of the value's first byte and of the byte just
	// after its last.
	Offset, End int
	// KeyOffset is the byte offset of the opening quote of the member's key when the value is
	// an object member, where Decode locates an unknown field or a duplicate key; Offset
	// otherwise.
	KeyOffset int
	// Line and Column are the position of Offset, from 1, counted as Decode counts them:
	// lines end at '\n' and the column counts Unicode characters, not bytes.
	Line, Column int
}

// Locate returns the Span of the value at p in the JSON document data, so that an issue of
// validation, which knows only its Path, can be shown at a line and column as Decode's issues
// are.
//
// When p names nothing in data, as for a required member that is missing, Locate returns the
// Span of the nearest enclosing value that exists, and the Span's Path is shorter than p. ok is
// false only when data is not one valid JSON value (by the same syntax as Decode, nesting
// limit included). Where an object repeats a key, the last member counts, as in
// encoding/json. Locate reads data once and allocates only when a key holds an escape.
func Locate(data []byte, p Path) (span Span, ok bool) {
	l := locator{scanner: scanner{data: data}, want: p}
	l.skipSpace()
	l.keyOff = l.off
	if err := l.walk(0, true); err != nil {
		return Span{}, false
	}
	l.skipSpace()
	if l.off < len(data) {
		return Span{}, false
	}
	line, col := position(data, l.span.Offset)
	l.span.Line, l.span.Column = line, col
	return l.span, true
}

// locator walks a document with the scanner's syntax, looking for the value at want.
type locator struct {
	scanner
	want Path
	// keyOff is the offset of the key of the member whose value the walk is about to enter.
	keyOff int
	span   Span // the deepest value of want met so far
}

// walk walks the value at l.off. onPath reports whether it is the value at want[:depth]; if
// so, it becomes the span found, until a value deeper on the path is found inside it.
func (l *locator) walk(depth int, onPath bool) error {
	start := l.off
	if onPath {
		l.span = Span{Path: l.want[:depth], Offset: start, KeyOffset: l.keyOff}
	}
	if start >= len(l.data) {
		return l.failChar(fmtDecodeExpectValue)
	}
	var err error
	switch typeOf(l.data[start]) {
	case jsonObject:
		err = l.walkObject(depth, onPath && depth < len(l.want))
	case jsonArray:
		err = l.walkArray(depth, onPath && depth < len(l.want))
	case jsonString:
		_, _, err = l.str()
	case jsonNumber:
		_, err = l.scanNumber()
	case jsonBool:
		if l.data[start] == 't' {
			err = l.literal("true")
		} else {
			err = l.literal("false")
		}
	case jsonNull:
		err = l.literal("null")
	default:
		return l.failChar(fmtDecodeExpectValue)
	}
	if onPath && len(l.span.Path) == depth {
		l.span.End = l.off // nothing deeper was found inside
	}
	return err
}

// walkObject walks an object, l.off at its '{'; seeking reports whether one of its members
// is on the path, keyed want[depth].
func (l *locator) walkObject(depth int, seeking bool) error {
	if empty, err := l.open('}'); empty || err != nil {
		return err
	}
	for {
		keyOff := l.off
		if l.peek() != '"' {
			return l.failChar(fmtDecodeExpectKey)
		}
		lit, escaped, err := l.str()
		if err != nil {
			return err
		}
		l.skipSpace()
		if l.peek() != ':' {
			return l.failChar(fmtDecodeExpectColon)
		}
		l.off++
		l.skipSpace()
		// A repeated key is looked into again and the last one wins, as in
		// encoding/json (Decode rejects repeated keys).
		hit := seeking && keyIs(lit, escaped, l.want[depth])
		if hit {
			l.keyOff = keyOff
		}
		if err := l.walk(depth+1, hit); err != nil {
			return err
		}
		if more, err := l.next('}', fmtDecodeAfterMember); !more {
			return err
		}
	}
}

// walkArray walks an array, l.off at its '['; seeking reports whether one of its elements is
// on the path, indexed want[depth].
func (l *locator) walkArray(depth int, seeking bool) error {
	if empty, err := l.open(']'); empty || err != nil {
		return err
	}
	want := -1
	if seeking {
		want = arrayIndex(l.want[depth])
	}
	for i := 0; ; i++ {
		hit := i == want
		if hit {
			l.keyOff = l.off
		}
		if err := l.walk(depth+1, hit); err != nil {
			return err
		}
		if more, err := l.next(']', fmtDecodeAfterElement); !more {
			return err
		}
	}
}

// keyIs reports whether the string literal lit, a checked object key, decodes to seg.
func keyIs(lit []byte, escaped bool, seg string) bool {
	if !escaped {
		return string(lit[1:len(lit)-1]) == seg // the conversion does not allocate
	}
	// Decoded as Decode decodes it, lone surrogates included, so that it matches the key of
	// the decoded value the path was made from.
	return unquote(lit, true) == seg
}

// arrayIndex returns the array index that the path segment seg names, or -1 when it names
// none: RFC 6901 writes indices in decimal without leading zeros, and "-" (past the end)
// names no element.
func arrayIndex(seg string) int {
	if seg == "" || len(seg) > 1 && seg[0] == '0' {
		return -1
	}
	for i := 0; i < len(seg); i++ {
		if !isDigit(seg[i]) {
			return -1
		}
	}
	n, err := strconv.Atoi(seg)
	if err != nil {
		return -1
	}
	return n
}
