package jscd

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"

	"github.com/jscd-go/jscd/internal/jsonw"
)

// Encode writes f to w in the canonical form of the format: members in the order of the
// model's fields, empty optional members left out, two-space indentation, object keys of Text
// and Extensions sorted, no HTML escaping ("<" stays "<"), and a final newline. Extension
// values are written token for token, indented like the rest of the document whatever white
// space they hold (see Extensions).
//
// The output is what encoding/json writes for f with an Encoder set to indent by two spaces
// and not to escape HTML (a test holds the two to the same bytes). Encode writes it itself,
// from the table of the model's JSON fields that Diff also reads, so that it can check every
// extension value and name the path of a bad one.
//
// For every document x in canonical form, Encode(Decode(x)) is x, byte for byte. For every f
// that Decode returns, Decode(Encode(f)) equals f, except that an empty optional Text or list
// comes back nil, as it is left out. Encode does not change f. An extension value that is not
// valid JSON is an error, and nothing is written.
func Encode(w io.Writer, f *Framework) error {
	if f == nil {
		return errors.New("jscd: Encode of a nil *Framework")
	}
	e := encoder{fields: jsonFields().byType}
	e.value(reflect.ValueOf(f).Elem(), 0)
	if e.err != nil {
		return fmt.Errorf("jscd: encoding: %w", e.err)
	}
	e.buf = append(e.buf, '\n')
	if _, err := w.Write(e.buf); err != nil {
		return fmt.Errorf("jscd: encoding: %w", err)
	}
	return nil
}

// encoder writes model values as indented JSON into buf.
type encoder struct {
	buf    []byte
	fields map[reflect.Type][]jsonField // the JSON fields of each struct type (see jsonTypes)
	path   []string                     // the member names down to the value being written
	err    error                        // the first error; what is written after it is dropped
}

// newline starts a new line indented for nesting depth.
func (e *encoder) newline(depth int) {
	e.buf = append(e.buf, '\n')
	for range depth {
		e.buf = append(e.buf, ' ', ' ')
	}
}

// value writes v, a value of a model type, at nesting depth.
func (e *encoder) value(v reflect.Value, depth int) {
	switch v.Type() {
	case dateType:
		e.buf = jsonw.AppendString(e.buf, dateOf(v).String(), false)
		return
	case rawMessageType:
		e.raw(v.Bytes(), depth)
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		e.value(v.Elem(), depth)
	case reflect.Struct:
		e.structValue(v, depth)
	case reflect.Map:
		e.mapValue(v, depth)
	case reflect.Slice:
		e.slice(v, depth)
	case reflect.String:
		e.buf = jsonw.AppendString(e.buf, v.String(), false)
	case reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case reflect.Float64:
		var ok bool
		if e.buf, ok = jsonw.AppendFloat(e.buf, v.Float()); !ok && e.err == nil {
			e.err = fmt.Errorf("%s: %v is not a number JSON can write", Path(e.path), v.Float())
		}
	default: // the integer kinds: addJSONFields panics on any other kind of field
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	}
}

// structValue writes the members of a struct that are not omitted, in field order.
func (e *encoder) structValue(v reflect.Value, depth int) {
	e.buf = append(e.buf, '{')
	n := 0
	for _, f := range e.fields[v.Type()] {
		fv := v.Field(f.index)
		if f.omitted(fv) {
			continue
		}
		if n > 0 {
			e.buf = append(e.buf, ',')
		}
		n++
		e.member(f.name, fv, depth+1)
	}
	e.close(n, '}', depth)
}

// member writes one "name": value member at nesting depth.
func (e *encoder) member(name string, v reflect.Value, depth int) {
	e.newline(depth)
	e.buf = jsonw.AppendString(e.buf, name, false)
	e.buf = append(e.buf, ':', ' ')
	e.path = append(e.path, name)
	e.value(v, depth)
	e.path = e.path[:len(e.path)-1]
}

// close ends an object or array of n members or elements: empty ones stay on one line.
func (e *encoder) close(n int, end byte, depth int) {
	if n > 0 {
		e.newline(depth)
	}
	e.buf = append(e.buf, end)
}

// mapValue writes a map with string keys (Text, Extensions), its keys sorted.
func (e *encoder) mapValue(v reflect.Value, depth int) {
	keys := make([]string, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		keys = append(keys, it.Key().String())
	}
	slices.Sort(keys)
	e.buf = append(e.buf, '{')
	for i, k := range keys {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.member(k, v.MapIndex(reflect.ValueOf(k).Convert(v.Type().Key())), depth+1)
	}
	e.close(len(keys), '}', depth)
}

// slice writes a slice as an array, one element per line.
func (e *encoder) slice(v reflect.Value, depth int) {
	e.buf = append(e.buf, '[')
	for i := range v.Len() {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.newline(depth + 1)
		e.path = append(e.path, strconv.Itoa(i))
		e.value(v.Index(i), depth+1)
		e.path = e.path[:len(e.path)-1]
	}
	e.close(v.Len(), ']', depth)
}

// raw writes an extension value, the JSON text b, with canonical white space: b's tokens as
// they are, strings and numbers untouched, laid out like the rest of the document. A nil
// value is null.
func (e *encoder) raw(b []byte, depth int) {
	if b == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	if err := checkJSON(b); err != nil {
		if e.err == nil {
			is := err.(*Issue)
			e.err = fmt.Errorf("the extension value at %s is not valid JSON: %s, at line %d, column %d of the value",
				Path(e.path), is.Message(NewPrinter()), is.Line, is.Column)
		}
		return
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case ' ', '\t', '\n', '\r':
		case '"':
			end := stringEnd(b, i)
			e.buf = append(e.buf, b[i:end]...)
			i = end - 1
		case '{', '[':
			e.buf = append(e.buf, c)
			if j := spaceEnd(b, i+1); b[j] == '}' || b[j] == ']' {
				e.buf = append(e.buf, b[j]) // an empty object or array stays "{}" or "[]"
				i = j
				continue
			}
			depth++
			e.newline(depth)
		case '}', ']':
			depth--
			e.newline(depth)
			e.buf = append(e.buf, c)
		case ',':
			e.buf = append(e.buf, ',')
			e.newline(depth)
		case ':':
			e.buf = append(e.buf, ':', ' ')
		default: // a number's or a literal's character
			e.buf = append(e.buf, c)
		}
	}
}

// checkJSON reports whether b is exactly one JSON value, with white space around it allowed;
// its error is always an *Issue of Decode's syntax codes.
func checkJSON(b []byte) error {
	s := scanner{data: b}
	s.skipSpace()
	if s.off == len(b) {
		return issueAt(b, s.off, nil, CodeDecodeSyntax, fmtDecodeEmpty)
	}
	if err := s.value(nil, reflect.Value{}); err != nil {
		return err
	}
	s.skipSpace()
	if s.off < len(b) {
		return issueAt(b, s.off, nil, CodeDecodeTrailingData, fmtDecodeTrailing)
	}
	return nil
}

// stringEnd returns the offset just after the string literal that starts at b[i], a quote,
// in JSON text that has been checked.
func stringEnd(b []byte, i int) int {
	for i++; b[i] != '"'; i++ {
		if b[i] == '\\' {
			i++
		}
	}
	return i + 1
}

// parseData returns the JSON text b as generic JSON data (nil, bool, string, json.Number,
// []any or map[string]any; the last of two equal keys wins), or nil when b is not JSON.
func parseData(b []byte) any {
	if checkJSON(b) != nil {
		return nil
	}
	s := scanner{data: b}
	return s.data1()
}

// data1 reads one value of checked JSON text at s.off (white space before it allowed) as
// generic JSON data.
func (s *scanner) data1() any {
	s.skipSpace()
	switch c := s.data[s.off]; c {
	case '{':
		m := map[string]any{}
		for s.off++; s.more('}'); {
			lit, escaped, _ := s.str()
			s.skipSpace()
			s.off++ // the colon
			m[unquote(lit, escaped)] = s.data1()
		}
		return m
	case '[':
		a := []any{}
		for s.off++; s.more(']'); {
			a = append(a, s.data1())
		}
		return a
	case '"':
		lit, escaped, _ := s.str()
		return unquote(lit, escaped)
	case 't':
		s.off += len("true")
		return true
	case 'f':
		s.off += len("false")
		return false
	case 'n':
		s.off += len("null")
		return nil
	}
	start := s.off
	_, _ = s.scanNumber()
	return json.Number(s.data[start:s.off])
}

// more skips white space and a comma in checked JSON text, and reports whether another
// member or element follows before end, which it skips when none does.
func (s *scanner) more(end byte) bool {
	s.skipSpace()
	if s.data[s.off] == ',' {
		s.off++
		s.skipSpace()
	}
	if s.data[s.off] == end {
		s.off++
		return false
	}
	return true
}
