package jscd

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"math/bits"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// jsonType is the type of a JSON value, as told by its first byte.
type jsonType uint8

const (
	jsonInvalid jsonType = iota
	jsonObject
	jsonArray
	jsonString
	jsonNumber
	jsonBool
	jsonNull
)

// String names t for messages.
func (t jsonType) String() string {
	return [...]string{"invalid", "object", "array", "string", "number", "boolean", "null"}[t]
}

// typeOf returns the type of the value that starts with byte c.
func typeOf(c byte) jsonType {
	switch {
	case c == '{':
		return jsonObject
	case c == '[':
		return jsonArray
	case c == '"':
		return jsonString
	case c == '-' || '0' <= c && c <= '9':
		return jsonNumber
	case c == 't' || c == 'f':
		return jsonBool
	case c == 'n':
		return jsonNull
	}
	return jsonInvalid
}

// decodeInto decodes doc into f, or reports its first structural problem as an *Issue, in
// which case f holds part of the document and must not be used. The strings of f are
// substrings of doc (see strText).
//
// It walks the JSON once against the schema of the model, checking it and filling f as it
// goes. Syntax errors stop the walk at once; other problems are noted (the first one only)
// while the walk goes on without filling, because a syntax error further on and a wrong
// "format" tag take precedence over them: a document of another format should be told so, not
// told about the fields it has that this one lacks.
func decodeInto(doc string, f *Framework) error {
	data := bytesOf(doc)
	s := scanner{data: data, doc: doc, formatOff: -1}
	s.skipSpace()
	if s.off == len(data) {
		return issueAt(data, s.off, nil, CodeDecodeSyntax, fmtDecodeEmpty)
	}
	root := s.off
	var target reflect.Value
	if f != nil {
		target = reflect.ValueOf(f).Elem()
	}
	if err := s.value(frameworkSchema(), target); err != nil {
		return err
	}
	s.skipSpace()
	if s.off < len(data) {
		return issueAt(data, s.off, nil, CodeDecodeTrailingData, fmtDecodeTrailing)
	}
	if data[root] == '{' {
		if err := s.checkFormat(root); err != nil {
			return err
		}
	}
	if s.first != nil {
		return s.first
	}
	return nil
}

// bytesOf returns the bytes of s without copying them, for the scanner to read a document
// held as a string (see strText). They must never be written: a string's bytes are immutable.
func bytesOf(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// scanner walks a JSON document, checking its syntax and its fit to a schema, and fills the
// Go values it is given (see value) while no problem has been met.
type scanner struct {
	data  []byte
	doc   string // data as a string, when the scanner decodes a document (see strText)
	off   int
	depth int
	path  []segment // where the walk is, to name it in an Issue
	first *Issue    // the first non-syntax problem met, if any

	// formatOff and formatEnd delimit the value of the top-level "format" member.
	formatOff, formatEnd int

	tags tagKeys // which Text keys are language tags

	strs []string // the scratch list of stringList
}

// currentPath returns the path of the walk as a Path.
func (s *scanner) currentPath() Path { return pathOf(s.path) }

// fail returns a syntax-level issue at off; the walk stops there.
func (s *scanner) fail(off int, code Code, format string, args ...any) error {
	return issueAt(s.data, off, s.currentPath(), code, format, args...)
}

// note records a non-syntax issue at off unless an earlier one was recorded; the walk goes on.
func (s *scanner) note(off int, code Code, format string, args ...any) {
	if s.first == nil {
		s.first = issueAt(s.data, off, s.currentPath(), code, format, args...)
	}
}

// failChar fails with format, whose single verb is the character at s.off; or with "unexpected
// end of input" when there is none.
func (s *scanner) failChar(format string) error {
	if s.off >= len(s.data) {
		return s.fail(s.off, CodeDecodeSyntax, fmtDecodeEOF)
	}
	r, _ := utf8.DecodeRune(s.data[s.off:])
	return s.fail(s.off, CodeDecodeSyntax, format, r)
}

func (s *scanner) skipSpace() { s.off = spaceEnd(s.data, s.off) }

// spaceEnd returns the offset of the first byte of data from i on that is not JSON white
// space, or len(data). The indentation that follows a line break in a formatted document is
// read a word at a time: the first byte of a word that is not a space is its lowest byte that
// differs from one.
func spaceEnd(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case '\n':
			i++
			for i+8 <= len(data) {
				if x := binary.LittleEndian.Uint64(data[i:]) ^ eightSpaces; x != 0 {
					i += bits.TrailingZeros64(x) / 8
					break
				}
				i += 8
			}
		case ' ', '\t', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// eightSpaces is eight ASCII spaces read as one little-endian word.
const eightSpaces = 0x2020202020202020

// value walks one value starting at s.off (after white space), checking it against sc and,
// when v is valid, storing it in v, a settable value of the Go type sc was derived from. A
// nil sc accepts any JSON value, stored as its text in compact form (json.RawMessage; see
// compact). Nothing is stored once a problem has been noted, since the document will not be
// returned.
func (s *scanner) value(sc *schema, v reflect.Value) error {
	if s.off >= len(s.data) {
		return s.failChar(fmtDecodeExpectValue)
	}
	start := s.off
	found := typeOf(s.data[start])
	if found == jsonInvalid {
		return s.failChar(fmtDecodeExpectValue)
	}
	if sc != nil && !sc.accepts(found) {
		s.note(start, CodeDecodeType, fmtDecodeType, sc.expected(), found.String())
		sc = nil // its content cannot be checked against a schema of another type
	}
	if s.first != nil {
		v = reflect.Value{}
	}
	if sc == nil || found == jsonNull {
		// Any JSON value (an extension's), or null where it is allowed: walk it, then store its
		// text, or leave the nil map, slice or pointer that a fresh value holds.
		if err := s.skipValue(found); err != nil {
			return err
		}
		if v.IsValid() && sc == nil && s.first == nil {
			v.SetBytes(compact(s.data[start:s.off]))
		}
		return nil
	}
	if v.IsValid() && v.Kind() == reflect.Pointer {
		v.Set(reflect.New(v.Type().Elem()))
		v = v.Elem()
	}
	switch found {
	case jsonObject:
		return s.object(sc, v)
	case jsonArray:
		return s.array(sc, v)
	case jsonString:
		return s.stringValue(sc, v)
	case jsonNumber:
		return s.number(sc, v)
	}
	word := "false"
	if s.data[start] == 't' {
		word = "true"
	}
	if err := s.literal(word); err != nil {
		return err
	}
	if v.IsValid() {
		v.SetBool(word == "true")
	}
	return nil
}

// compact returns a copy of b, one checked JSON value, without the white space between its
// tokens, as json.Compact writes it; the tokens themselves are copied as they are (number
// spellings, string escapes, member order). Decode keeps extension values in this form: their
// white space is not part of the data, and Encode lays it out again, so a value keeps the same
// bytes through Encode and Decode, whatever its indentation in the text it was read from.
func compact(b []byte) []byte {
	out := make([]byte, 0, len(b))
	start := 0 // the start of the bytes not yet copied
	for i := 0; i < len(b); {
		switch b[i] {
		case '"':
			i = stringEnd(b, i)
		case ' ', '\t', '\n', '\r':
			out = append(out, b[start:i]...)
			i = spaceEnd(b, i)
			start = i
		default:
			i++
		}
	}
	return append(out, b[start:]...)
}

// skipValue walks the value of type found at s.off without a schema or a place to store it.
func (s *scanner) skipValue(found jsonType) error {
	switch found {
	case jsonObject:
		return s.object(nil, reflect.Value{})
	case jsonArray:
		return s.array(nil, reflect.Value{})
	case jsonString:
		_, _, err := s.str()
		return err
	case jsonNumber:
		_, err := s.scanNumber()
		return err
	case jsonBool:
		if s.data[s.off] == 't' {
			return s.literal("true")
		}
		return s.literal("false")
	}
	return s.literal("null")
}

// stringValue walks a string checked against sc, storing it in v: as it is in a string, or
// through UnmarshalText for a type that has it (Date).
func (s *scanner) stringValue(sc *schema, v reflect.Value) error {
	str, err := s.strText()
	if err != nil || !v.IsValid() {
		return err
	}
	if sc.text {
		if d, ok := v.Addr().Interface().(*Date); ok {
			// As Date.UnmarshalText, without its copies of the text to and from a []byte.
			*d, _ = ParseDate(str)
			return nil
		}
		// UnmarshalText of the model's types is lenient and never fails (see Date).
		_ = v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(str))
		return nil
	}
	v.SetString(str)
	return nil
}

// enter counts one more level of nesting, failing beyond maxNesting.
func (s *scanner) enter() error {
	s.depth++
	if s.depth > maxNesting {
		return s.fail(s.off, CodeDecodeTooLarge, fmtDecodeTooDeep, maxNesting)
	}
	return nil
}

// open enters the object or array at s.off (its '{' or '['), closed by end. It reports
// whether the container is empty, in which case it has been read whole.
func (s *scanner) open(end byte) (empty bool, err error) {
	if err := s.enter(); err != nil {
		return false, err
	}
	s.off++
	s.skipSpace()
	if s.peek() == end {
		s.off++
		s.depth--
		return true, nil
	}
	return false, nil
}

// next reads what follows a member or element of a container closed by end: a comma, when
// more follow; end, which closes the container; anything else is the error afterFormat.
func (s *scanner) next(end byte, afterFormat string) (more bool, err error) {
	s.skipSpace()
	switch s.peek() {
	case ',':
		s.off++
		s.skipSpace()
		return true, nil
	case end:
		s.off++
		s.depth--
		return false, nil
	}
	return false, s.failChar(afterFormat)
}

// object walks an object, s.off at its '{', storing it in v (a struct or a map) when valid.
func (s *scanner) object(sc *schema, v reflect.Value) error {
	if v.IsValid() && sc.kind == kindMap {
		v.Set(reflect.MakeMap(v.Type()))
	}
	start := s.off
	var seen keySet
	if empty, err := s.open('}'); empty || err != nil {
		if err == nil {
			s.checkRequired(sc, &seen, start)
		}
		return err
	}
	for {
		if err := s.member(sc, v, &seen); err != nil {
			return err
		}
		if more, err := s.next('}', fmtDecodeAfterMember); !more {
			if err == nil {
				s.checkRequired(sc, &seen, start)
			}
			return err
		}
	}
}

// checkRequired notes the first member that sc requires and the object at start lacks.
func (s *scanner) checkRequired(sc *schema, seen *keySet, start int) {
	if sc == nil {
		return
	}
	for _, f := range sc.required {
		if !seen.hasMember(f.bit) {
			s.note(start, CodeDecodeMissingMember, fmtDecodeMissingMember, f.name)
			return
		}
	}
}

// member walks one "key": value member of an object checked against sc and stored in v;
// s.off is at the key.
func (s *scanner) member(sc *schema, v reflect.Value, seen *keySet) error {
	keyOff := s.off
	if s.off >= len(s.data) || s.data[s.off] != '"' {
		return s.failChar(fmtDecodeExpectKey)
	}
	key, err := s.strText()
	if err != nil {
		return err
	}
	s.skipSpace()
	if s.off >= len(s.data) || s.data[s.off] != ':' {
		return s.failChar(fmtDecodeExpectColon)
	}
	s.off++
	s.skipSpace()

	s.path = append(s.path, segment{key: key, index: -1})
	var child *schema
	if sc != nil && sc.kind == kindObject {
		// A member of the model, told by its bit, or an unknown one.
		if m, ok := sc.member(key); ok {
			if seen.addMember(m.bit) {
				s.note(keyOff, CodeDecodeDuplicateKey, fmtDecodeDuplicate, key)
			}
			child = m.schema
		} else {
			s.noteUnknown(sc, key, keyOff)
		}
	} else {
		if seen.addIsDuplicate(key) {
			s.note(keyOff, CodeDecodeDuplicateKey, fmtDecodeDuplicate, key)
		}
		child = s.keySchema(sc, key, keyOff)
	}
	valueOff := s.off
	err = s.memberValue(sc, child, v, key)
	if len(s.path) == 1 && key == "format" && s.formatOff < 0 {
		s.formatOff, s.formatEnd = valueOff, s.off
	}
	s.path = s.path[:len(s.path)-1]
	return err
}

// memberValue walks the value of member key, checked against child, and stores it in v, the
// struct or map (checked against sc) that holds the member.
func (s *scanner) memberValue(sc, child *schema, v reflect.Value, key string) error {
	if !v.IsValid() || s.first != nil || child == nil && sc.kind != kindMap {
		return s.value(child, reflect.Value{})
	}
	if sc.kind == kindObject {
		return s.value(child, v.Field(child.field))
	}
	if sc.langKeys && s.peek() == '"' {
		// A Text: the commonest value of a document, stored without a reflect.Value per entry.
		str, err := s.strText()
		if err == nil {
			v.Interface().(Text)[key] = str
		}
		return err
	}
	elem := reflect.New(v.Type().Elem()).Elem()
	err := s.value(child, elem)
	if err == nil && s.first == nil {
		v.SetMapIndex(reflect.ValueOf(key), elem)
	}
	return err
}

// keySchema returns the schema of the value of key in an object with free keys (a kindMap, or
// any object where sc is nil), noting a bad language tag.
func (s *scanner) keySchema(sc *schema, key string, keyOff int) *schema {
	if sc == nil {
		return nil
	}
	if sc.langKeys && !s.tags.isTag(key) {
		if lang, ok := languageForCountryCode(key); ok {
			s.note(keyOff, CodeDecodeLanguageTag, fmtDecodeLanguageOfCountry, key, lang)
		} else {
			s.note(keyOff, CodeDecodeLanguageTag, fmtDecodeLanguageTag, key)
		}
	}
	return sc.elem
}

// noteUnknown notes key, which names no member of the object sc, suggesting a near one.
func (s *scanner) noteUnknown(sc *schema, key string, keyOff int) {
	if near := suggest(key, sc.names); near != "" {
		s.note(keyOff, CodeDecodeUnknownField, fmtDecodeUnknownSuggest, key, near)
	} else {
		s.note(keyOff, CodeDecodeUnknownField, fmtDecodeUnknown, key)
	}
}

// array walks an array, s.off at its '[', storing it in v (a slice) when valid.
func (s *scanner) array(sc *schema, v reflect.Value) error {
	// [] is an empty slice, not a nil one. A non-empty array grows v, nil until then, in place
	// (Grow below), where MakeSlice would allocate a slice header besides the elements.
	empty, err := s.open(']')
	if empty && v.IsValid() {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	if empty || err != nil {
		return err
	}
	var elem *schema
	if sc != nil {
		elem = sc.elem
	}
	if v.IsValid() && s.first == nil {
		switch {
		case s.depth == 2:
			return s.collection(elem, v)
		case elem != nil && elem.kind == kindString && !elem.text:
			return s.stringList(elem, v)
		}
	}
	// A list of objects grows as it fills: walking the objects twice, or through a scratch
	// list of reflect values, would cost more than the arrays.
	for i := 0; ; i++ {
		s.path = append(s.path, segment{index: i})
		var ev reflect.Value
		if v.IsValid() && s.first == nil {
			v.Grow(1)
			v.SetLen(i + 1)
			ev = v.Index(i)
		}
		err := s.value(elem, ev)
		s.path = s.path[:len(s.path)-1]
		if err != nil {
			return err
		}
		if more, err := s.next(']', fmtDecodeAfterElement); !more {
			return err
		}
	}
}

// stringList walks the elements of a list of strings inside an entity (its sources, parties,
// areas…), s.off after its '[', and stores them in v, a nil slice of a string type, at their
// number exactly. Grown as it fills, v would be allocated one array after another, each twice
// the last; counted first, the list would be read twice. So the strings go to the scanner's
// scratch list first, then are copied once into v.
func (s *scanner) stringList(elem *schema, v reflect.Value) error {
	start := len(s.strs)
	for i := 0; ; i++ {
		s.strs = append(s.strs, "")
		s.path = append(s.path, segment{index: i})
		err := s.value(elem, reflect.ValueOf(&s.strs[start+i]).Elem())
		s.path = s.path[:len(s.path)-1]
		if err != nil {
			return err
		}
		if more, err := s.next(']', fmtDecodeAfterElement); !more {
			if err == nil && s.first == nil {
				strs := s.strs[start:]
				v.Grow(len(strs))
				v.SetLen(len(strs))
				// v's elements are strings of another name (ID, Area…): the same memory.
				copy(unsafe.Slice((*string)(v.UnsafePointer()), len(strs)), strs)
			}
			s.strs = s.strs[:start]
			return err
		}
	}
}

// collection walks the elements of a collection of the document (stakeholders, events…), s.off
// at its first element, and stores them in v, a nil slice, at their number exactly.
//
// Growing v as it fills would copy it several times and hold the old copies, a third of
// Decode's memory; counting the elements first (countElements) reads the collection twice, a
// fifth of Decode's time. So the elements are decoded into chunks, each twice as long as the
// one before, and copied once into a slice of their number. The chunks are garbage after that:
// once they hold maxChunkedBytes, the elements left are counted, and decoded straight into a
// slice of the number of all, so that a long collection leaves no more garbage than that.
func (s *scanner) collection(elem *schema, v reflect.Value) error {
	t := v.Type()
	var full []reflect.Value // the chunks filled
	chunk := reflect.MakeSlice(t, firstChunkElements, firstChunkElements)
	k := 0 // the elements decoded into chunk
	n := 0 // the elements decoded into the chunks
	for i := 0; ; i++ {
		var ev reflect.Value
		if s.first == nil { // else the document will not be returned: nothing is stored
			switch {
			case v.Cap() > 0: // sized: the elements go straight into v
				v.Grow(1) // only when the count was wrong, in a malformed document
				v.SetLen(i + 1)
				ev = v.Index(i)
			case k == chunk.Len() && uintptr(n)*t.Elem().Size() >= maxChunkedBytes:
				full = append(full, chunk)
				v.Set(reflect.MakeSlice(t, i+1, n+s.countElements()))
				copyChunks(v, full, chunk, 0)
				ev = v.Index(i)
			case k == chunk.Len():
				full = append(full, chunk)
				size := min(2*k, maxChunkElements)
				chunk, k = reflect.MakeSlice(t, size, size), 0
				fallthrough
			default:
				ev = chunk.Index(k)
				k++
				n++
			}
		}
		s.path = append(s.path, segment{index: i})
		err := s.value(elem, ev)
		s.path = s.path[:len(s.path)-1]
		if err != nil {
			return err
		}
		if more, err := s.next(']', fmtDecodeAfterElement); !more {
			if err != nil || s.first != nil || v.Cap() > 0 {
				return err
			}
			break
		}
	}
	if k == n && k == chunk.Len() {
		v.Set(chunk) // one chunk, full
		return nil
	}
	v.Set(reflect.MakeSlice(t, n, n))
	copyChunks(v, full, chunk, k)
	return nil
}

// copyChunks copies the elements of the chunks full, then the first k of chunk, to the start
// of v.
func copyChunks(v reflect.Value, full []reflect.Value, chunk reflect.Value, k int) {
	at := 0
	for _, c := range full {
		at += reflect.Copy(v.Slice(at, v.Len()), c)
	}
	reflect.Copy(v.Slice(at, v.Len()), chunk.Slice(0, k))
}

// How collection decodes a collection: into chunks of firstChunkElements, then twice as many
// each time, up to maxChunkElements, while they hold less than maxChunkedBytes.
const (
	firstChunkElements = 16
	maxChunkElements   = 4096
	maxChunkedBytes    = 4 << 20
)

// countElements returns the number of elements of the array whose first element starts at
// s.off, by a quick walk to its end that checks nothing (array and next do): the commas
// outside strings and nested values, plus one. For a malformed array the count may be wrong;
// it is only the capacity of the slice the array fills.
func (s *scanner) countElements() int {
	data := s.data
	depth, n := 0, 1
	for i := s.off; i < len(data); i++ {
		switch countClass[data[i]] {
		case countOther:
		case countQuote:
			i = quoteEnd(data, i)
		case countOpen:
			depth++
		case countClose:
			if depth == 0 {
				return n
			}
			depth--
		case countComma:
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// The classes of bytes countElements tells apart; every other byte is countOther.
const (
	countOther = iota
	countQuote
	countOpen
	countClose
	countComma
)

// countClass gives the class of each byte for countElements: looking a byte up costs less than
// comparing it with each of the five that matter, and most bytes matter not at all.
var countClass = [256]uint8{'"': countQuote, '[': countOpen, '{': countOpen, ']': countClose, '}': countClose, ',': countComma}

// quoteEnd returns the offset of the quote that ends the string whose opening quote is at
// data[i], or len(data) when there is none: the first quote not escaped by an odd number of
// backslashes.
func quoteEnd(data []byte, i int) int {
	for {
		j := bytes.IndexByte(data[i+1:], '"')
		if j < 0 {
			return len(data)
		}
		i += 1 + j
		k := i - 1
		for data[k] == '\\' {
			k--
		}
		if (i-1-k)%2 == 0 {
			return i
		}
	}
}

// str walks a string, s.off at its opening quote, and returns its literal, quotes included,
// and whether it holds an escape. It does not decode it (see unquote).
func (s *scanner) str() (lit []byte, escaped bool, err error) {
	start := s.off
	s.off = textEnd(s.data, s.off+1)
	for s.off < len(s.data) {
		c := s.data[s.off]
		switch {
		case c == '"':
			s.off++
			return s.data[start:s.off], escaped, nil
		case c == '\\':
			escaped = true
			if err := s.escape(); err != nil {
				return nil, false, err
			}
		case c < 0x20:
			return nil, false, s.failChar(fmtDecodeStringChar)
		case c < utf8.RuneSelf:
			s.off = textEnd(s.data, s.off+1)
		case c >= 0xC2 && c < 0xE0 && s.off+1 < len(s.data) && s.data[s.off+1]&0xC0 == 0x80:
			s.off = textEnd(s.data, s.off+2) // a valid two-byte character
		default:
			r, size := utf8.DecodeRune(s.data[s.off:])
			if r == utf8.RuneError && size == 1 {
				return nil, false, s.fail(s.off, CodeDecodeSyntax, fmtDecodeUTF8)
			}
			s.off += size
		}
	}
	return nil, false, s.failChar(fmtDecodeStringChar)
}

// textEnd returns the offset from i, where a character starts, of the first byte of data that
// is neither plain string text (an ASCII character other than a quote, a backslash or a control
// character) nor part of a two-byte UTF-8 character (U+0080 to U+07FF: Latin letters with
// diacritics, Greek, Cyrillic, Hebrew, Arabic…), looking at eight bytes at a time: most strings
// of a document are made of these from their start to their closing quote. It stops at the
// first byte of a character of three or four bytes and of bytes that are not UTF-8; and where
// the bytes of data left no longer fill a word, at the first of them. The caller reads on from
// there one character at a time.
func textEnd(data []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(data) {
		w := binary.LittleEndian.Uint64(data[i:])
		quote, backslash := w^(ones*'"'), w^(ones*'\\')
		// Each term flags the high bit of every byte it looks for (a byte below 0x20, a
		// quote, a backslash), and perhaps of bytes above one, where a borrow runs to, never
		// below: the lowest bit flagged is the first such byte.
		stop := ((w-ones*0x20)&^w | (quote-ones)&^quote | (backslash-ones)&^backslash) & highs
		if high := w & highs; high != 0 {
			// Bytes with their high bit set, told apart by their next two bits (each moved
			// to the high bit of its own byte): 110xxxxx starts a two-byte character, whose
			// second byte is 10xxxxxx; 111xxxxx starts a longer one. C0 and C1 (110000xx)
			// start no character: they would spell ASCII in two bytes.
			bit6, bit5 := w<<1&highs, w<<2&highs
			lead := high & bit6 &^ bit5
			cont := high &^ bit6
			overlong := lead &^ ((w&(ones*0x1E) + ones*0x7F) & highs)
			// A character begun in the last byte is read with the next word.
			split := lead & (0x80 << 56)
			stop |= high&bit6&bit5 | overlong | (lead&^split)&^(cont>>8) | cont&^(lead<<8)
			if stop == 0 && split != 0 {
				i += 7
				continue
			}
		}
		if stop != 0 {
			return i + bits.TrailingZeros64(stop)/8
		}
		i += 8
	}
	return i
}

// strText walks a string, s.off at its opening quote, and returns the string it denotes: a
// substring of s.doc when it holds no escape, so that Decode's strings cost no allocation and
// the document's text is in memory once; a new string otherwise, or when the scanner has no
// s.doc.
func (s *scanner) strText() (string, error) {
	start := s.off
	lit, escaped, err := s.str()
	switch {
	case err != nil:
		return "", err
	case !escaped && s.doc != "":
		return s.doc[start+1 : s.off-1], nil
	}
	return unquote(lit, escaped), nil
}

// escape walks one escape sequence; s.off is at its backslash.
func (s *scanner) escape() error {
	s.off++
	if s.off >= len(s.data) {
		return s.failChar(fmtDecodeEscape)
	}
	switch s.data[s.off] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		s.off++
		return nil
	case 'u':
		s.off++
		for range 4 {
			if s.off >= len(s.data) || !isHex(s.data[s.off]) {
				return s.failChar(fmtDecodeEscape)
			}
			s.off++
		}
		return nil
	}
	return s.failChar(fmtDecodeEscape)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// number walks a number, checking that it is an integer of Go's int range where sc
// expects one, or a number of float64's range where sc expects a number, and stores it in v.
func (s *scanner) number(sc *schema, v reflect.Value) error {
	start := s.off
	integral, err := s.scanNumber()
	if err != nil {
		return err
	}
	lit := string(s.data[start:s.off])
	if sc.kind == kindFloat {
		f, err := strconv.ParseFloat(lit, 64)
		switch {
		case err != nil:
			s.note(start, CodeDecodeType, fmtDecodeNumberRange, lit)
		case v.IsValid() && s.first == nil:
			v.SetFloat(f)
		}
		return nil
	}
	if !integral {
		s.note(start, CodeDecodeType, fmtDecodeType, sc.expected(), jsonNumber.String())
		return nil
	}
	n, err := strconv.ParseInt(lit, 10, strconv.IntSize)
	switch {
	case err != nil:
		s.note(start, CodeDecodeType, fmtDecodeIntRange, lit)
	case v.IsValid() && s.first == nil:
		v.SetInt(n)
	}
	return nil
}

// scanNumber walks the grammar -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and reports
// whether the number has neither fraction nor exponent.
func (s *scanner) scanNumber() (integral bool, err error) {
	if s.peek() == '-' {
		s.off++
	}
	switch c := s.peek(); {
	case c == '0':
		s.off++
	case '1' <= c && c <= '9':
		s.digits()
	default:
		return false, s.failChar(fmtDecodeNumberChar)
	}
	integral = true
	if s.peek() == '.' {
		integral = false
		s.off++
		if !isDigit(s.peek()) {
			return false, s.failChar(fmtDecodeNumberChar)
		}
		s.digits()
	}
	if c := s.peek(); c == 'e' || c == 'E' {
		integral = false
		s.off++
		if c := s.peek(); c == '+' || c == '-' {
			s.off++
		}
		if !isDigit(s.peek()) {
			return false, s.failChar(fmtDecodeNumberChar)
		}
		s.digits()
	}
	return integral, nil
}

// peek returns the byte at s.off, or 0 at the end of the input.
func (s *scanner) peek() byte {
	if s.off < len(s.data) {
		return s.data[s.off]
	}
	return 0
}

func (s *scanner) digits() {
	for isDigit(s.peek()) {
		s.off++
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// literal walks the literal word (true, false or null) at s.off.
func (s *scanner) literal(word string) error {
	for i := range len(word) {
		if s.off >= len(s.data) || s.data[s.off] != word[i] {
			if s.off >= len(s.data) {
				return s.failChar(fmtDecodeEOF)
			}
			r, _ := utf8.DecodeRune(s.data[s.off:])
			return s.fail(s.off, CodeDecodeSyntax, fmtDecodeLiteralChar, r, word)
		}
		s.off++
	}
	return nil
}

// checkFormat checks the top-level "format" member of the object at offset root.
func (s *scanner) checkFormat(root int) error {
	if s.formatOff < 0 {
		return issueAt(s.data, root, Path{"format"}, CodeDecodeFormat, fmtDecodeFormatMissing, FormatTag)
	}
	lit := s.data[s.formatOff:s.formatEnd]
	if lit[0] == '"' && unquote(lit, true) == FormatTag {
		return nil
	}
	return issueAt(s.data, s.formatOff, Path{"format"}, CodeDecodeFormat, fmtDecodeFormatWrong, clip(lit), FormatTag)
}

// clip shortens the JSON text lit for a message, at a rune boundary.
func clip(lit []byte) string {
	const maxRunes = 40
	if utf8.RuneCount(lit) <= maxRunes {
		return string(lit)
	}
	return string([]rune(string(lit))[:maxRunes]) + "…"
}

// keySet is the set of keys met in one object, to find duplicates. The members of an object of
// the model are told by their bits (addMember). Other objects (a Text, extensions) have free
// keys; most have a few, which it holds in itself, so that an object costs no allocation: a
// key is compared with those held only when its bit in seen (by its length and first byte) is
// set. An object of more than len(small) keys moves them to a map.
type keySet struct {
	members uint64 // the bits of the members of the model met (see namedSchema)

	seen  uint64
	n     int
	small [16]string
	large map[string]struct{}
}

// addMember adds the member of an object of the model whose bit is bit, and reports whether
// it was already there.
func (k *keySet) addMember(bit uint64) bool {
	held := k.members&bit != 0
	k.members |= bit
	return held
}

// hasMember reports whether the member of an object of the model whose bit is bit is there.
func (k *keySet) hasMember(bit uint64) bool { return k.members&bit != 0 }

// addIsDuplicate adds key to the set and reports whether it was already there.
func (k *keySet) addIsDuplicate(key string) bool {
	if k.large != nil {
		if _, ok := k.large[key]; ok {
			return true
		}
		k.large[key] = struct{}{}
		return false
	}
	bit := uint64(len(key))
	if len(key) > 0 {
		bit += uint64(key[0]) * 7
	}
	bit = 1 << (bit % 64)
	if k.seen&bit != 0 {
		for _, s := range k.small[:k.n] {
			if s == key {
				return true
			}
		}
	}
	if k.n == len(k.small) {
		k.large = make(map[string]struct{}, 2*len(k.small))
		for _, s := range k.small {
			k.large[s] = struct{}{}
		}
		k.large[key] = struct{}{}
		return false
	}
	k.seen |= bit
	k.small[k.n] = key
	k.n++
	return false
}

// unquote returns the string that the checked string literal lit (quotes included) denotes,
// decoding its escapes when escaped is true. A \u escape of a lone surrogate becomes U+FFFD,
// as in encoding/json.
func unquote(lit []byte, escaped bool) string {
	body := lit[1 : len(lit)-1]
	if !escaped {
		return string(body)
	}
	var b strings.Builder
	b.Grow(len(body))
	for {
		k := bytes.IndexByte(body, '\\')
		if k < 0 {
			b.Write(body)
			return b.String()
		}
		b.Write(body[:k]) // the text up to the next escape, as it is
		body = body[k:]
		if body[1] != 'u' {
			b.WriteByte(unescaped(body[1]))
			body = body[2:]
			continue
		}
		r := hex4(body[2:])
		body = body[6:]
		if utf16.IsSurrogate(r) {
			pair := utf8.RuneError
			if len(body) >= 6 && body[0] == '\\' && body[1] == 'u' {
				pair = utf16.DecodeRune(r, hex4(body[2:]))
			}
			if pair != utf8.RuneError {
				body = body[6:]
			}
			r = pair
		}
		b.WriteRune(r)
	}
}

// unescaped returns the byte that the one-character escape \c stands for.
func unescaped(c byte) byte {
	switch c {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return c // '"', '\\' and '/'
}

// hex4 returns the value of the four hexadecimal digits that b starts with, checked by escape.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}
