package jscd

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"sort"
	"unicode/utf8"
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
	var spans [1]Span
	if !locateSorted(data, []Path{p}, spans[:]) {
		return Span{}, false
	}
	spans[0].Line, spans[0].Column = position(data, spans[0].Offset)
	return spans[0], true
}

// locateAll returns, for each of paths, the Span that Locate returns, reading data once: its
// cost is that of one Locate, and of sorting the paths.
func locateAll(data []byte, paths []Path) ([]Span, bool) {
	order := make([]int, len(paths))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return comparePlaces(paths[a], paths[b]) })
	sorted := make([]Path, len(paths))
	for k, o := range order {
		sorted[k] = paths[o]
	}
	found := make([]Span, len(paths))
	if !locateSorted(data, sorted, found) {
		return nil, false
	}
	spans := make([]Span, len(paths))
	for k, o := range order {
		spans[o] = found[k]
	}
	setPositions(data, spans)
	return spans, true
}

// locateSorted sets spans[k] to the Span of the value at paths[k], but for its Line and
// Column; paths are in the order of comparePlaces.
func locateSorted(data []byte, paths []Path, spans []Span) bool {
	l := locator{scanner: scanner{data: data}, paths: paths, spans: spans}
	l.skipSpace()
	l.keyOff = l.off
	if err := l.walk(0, len(paths), 0); err != nil {
		return false
	}
	l.skipSpace()
	return l.off == len(data)
}

// comparePlaces orders paths segment by segment (comparePlaceSegments), a path before the paths it
// is a prefix of, so that the paths through one place of a document are a run of the order.
func comparePlaces(a, b Path) int {
	for k := range min(len(a), len(b)) {
		if c := comparePlaceSegments(a[k], b[k]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// comparePlaceSegments orders path segments (or a segment and an object key, not made a
// string): those that are array indices (arrayIndex) first, by index, then the others in byte
// order. Two segments are equal in this order only when they are the same string.
func comparePlaceSegments[S string | []byte](seg string, key S) int {
	is, ik := arrayIndex(seg), arrayIndex(key)
	switch {
	case is >= 0 && ik >= 0:
		return cmp.Compare(is, ik)
	case is >= 0:
		return -1
	case ik >= 0:
		return 1
	case seg < string(key):
		return -1
	case seg > string(key):
		return 1
	}
	return 0
}

// setPositions sets the Line and Column of each span from its Offset, reading data once.
func setPositions(data []byte, spans []Span) {
	order := make([]int, len(spans))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(spans[a].Offset, spans[b].Offset) })
	line, col, at := 1, 1, 0
	for _, k := range order {
		// An offset is at the first byte of a value, never inside a character, so counting the
		// runes between offsets counts them as position does.
		off := min(spans[k].Offset, len(data))
		seg := data[at:off]
		if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
			line += bytes.Count(seg, []byte{'\n'})
			col = 1 + utf8.RuneCount(seg[nl+1:])
		} else {
			col += utf8.RuneCount(seg)
		}
		at = off
		spans[k].Line, spans[k].Column = line, col
	}
}

// locator walks a document with the scanner's syntax, noting for each of paths (in the order
// of comparePlaces) the deepest value on it met so far.
type locator struct {
	scanner
	paths []Path
	spans []Span
	// keyOff is the offset of the key of the member whose value the walk is about to enter.
	keyOff int
}

// walk walks the value at l.off, which is the value at paths[k][:depth] for each k in [lo, hi):
// it becomes the span found for each, until a value deeper on its path is found inside it.
func (l *locator) walk(lo, hi, depth int) error {
	start := l.off
	for k := lo; k < hi; k++ {
		l.spans[k] = Span{Path: l.paths[k][:depth], Offset: start, KeyOffset: l.keyOff}
	}
	// The paths that go deeper (those that end here come first in the order).
	deeper := lo
	for deeper < hi && len(l.paths[deeper]) == depth {
		deeper++
	}
	if start >= len(l.data) {
		return l.failChar(fmtDecodeExpectValue)
	}
	var err error
	switch typeOf(l.data[start]) {
	case jsonObject:
		err = l.walkObject(deeper, hi, depth)
	case jsonArray:
		err = l.walkArray(deeper, hi, depth)
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
	for k := lo; k < hi; k++ {
		if len(l.spans[k].Path) == depth {
			l.spans[k].End = l.off // nothing deeper was found inside
		}
	}
	return err
}

// walkObject walks an object, l.off at its '{', the value at paths[lo:hi][:depth] for paths
// that all go deeper.
func (l *locator) walkObject(lo, hi, depth int) error {
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
		a, b := lo, lo
		if lo < hi {
			key := lit[1 : len(lit)-1]
			if escaped {
				// Decoded as Decode decodes it, lone surrogates included, so that it matches
				// the key of the decoded value the path was made from.
				key = []byte(unquote(lit, true))
			}
			a, b = l.run(lo, hi, depth, func(seg string) int { return comparePlaceSegments(seg, key) })
		}
		if a < b {
			l.keyOff = keyOff
		}
		if err := l.walk(a, b, depth+1); err != nil {
			return err
		}
		if more, err := l.next('}', fmtDecodeAfterMember); !more {
			return err
		}
	}
}

// walkArray walks an array, l.off at its '[', the value at paths[lo:hi][:depth] for paths
// that all go deeper.
func (l *locator) walkArray(lo, hi, depth int) error {
	if empty, err := l.open(']'); empty || err != nil {
		return err
	}
	for i := 0; ; i++ {
		a, b := lo, lo
		if lo < hi {
			a, b = l.run(lo, hi, depth, func(seg string) int {
				if j := arrayIndex(seg); j >= 0 {
					return cmp.Compare(j, i)
				}
				return 1 // not an index: after every index
			})
		}
		if a < b {
			l.keyOff = l.off
		}
		if err := l.walk(a, b, depth+1); err != nil {
			return err
		}
		if more, err := l.next(']', fmtDecodeAfterElement); !more {
			return err
		}
	}
}

// run returns the run [a, b) of paths[lo:hi] whose segment at depth is the one sought:
// compare says of a segment whether it comes before the one sought in the order of
// comparePlaceSegments (-1), is it (0) or comes after (+1). The paths of [lo, hi) agree up to
// depth and go deeper, so they are in the order of their segments at depth.
func (l *locator) run(lo, hi, depth int, compare func(seg string) int) (a, b int) {
	a = lo + sort.Search(hi-lo, func(k int) bool { return compare(l.paths[lo+k][depth]) >= 0 })
	b = a + sort.Search(hi-a, func(k int) bool { return compare(l.paths[a+k][depth]) > 0 })
	return a, b
}

// arrayIndex returns the array index that the path segment seg names, or -1 when it names
// none: RFC 6901 writes indices in decimal without leading zeros, and "-" (past the end)
// names no element. An index too large for an int names none either.
func arrayIndex[S string | []byte](seg S) int {
	if len(seg) == 0 || len(seg) > 1 && seg[0] == '0' {
		return -1
	}
	n := 0
	for i := 0; i < len(seg); i++ {
		if !isDigit(seg[i]) {
			return -1
		}
		d := int(seg[i] - '0')
		if n > (math.MaxInt-d)/10 {
			return -1
		}
		n = n*10 + d
	}
	return n
}
