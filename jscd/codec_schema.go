package jscd

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// valueKind is the JSON shape a schema node accepts.
type valueKind uint8

const (
	kindObject valueKind = iota // a struct: only its JSON field names are allowed
	kindMap                     // an object with free keys (Text, Extensions)
	kindArray
	kindString
	kindInt
	kindFloat
	kindBool
)

// schema is what Decode expects at one place of a document. It is derived once, by
// reflection, from the JSON tags of the model types, so that the model stays the single
// statement of the format. A nil *schema accepts any JSON value (extension values).
type schema struct {
	kind     valueKind
	nullable bool            // null is allowed (see writesNull)
	byLength [][]namedSchema // kindObject: the members, by the length of their JSON name
	names    []string        // kindObject: the JSON names in struct order, for suggestions
	elem     *schema         // kindMap, kindArray: the schema of each value
	langKeys bool            // kindMap: every key must be a BCP 47 language tag (Text)
	text     bool            // kindString: the Go type decodes itself with UnmarshalText
	field    int             // a member of a kindObject: the index of its struct field
	// required are the members of a kindObject that Decode requires: its float fields that
	// are not omitempty, since their zero value is a number like any other, so a missing one
	// could not be told from 0 (see checkRequired).
	required []namedSchema
	name     string // a member of a kindObject: its JSON name
}

// namedSchema is a member of a kindObject: its JSON name, its schema, and its bit, one of 64,
// by which Decode tells a member already met in an object (keySet.addMember).
type namedSchema struct {
	name   string
	schema *schema
	bit    uint64
}

// member returns the member named key of a kindObject, and whether it has one. The members
// are found by the length of their name first, then compared, which costs less than hashing
// the key: few members of an object have names of the same length.
func (s *schema) member(key string) (*namedSchema, bool) {
	if len(key) >= len(s.byLength) {
		return nil, false
	}
	for i := range s.byLength[len(key)] {
		if m := &s.byLength[len(key)][i]; m.name == key {
			return m, true
		}
	}
	return nil, false
}

var (
	textType            = reflect.TypeFor[Text]()
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// frameworkSchema is the schema of a whole document, built on first use.
var frameworkSchema = sync.OnceValue(func() *schema {
	return schemaOf(reflect.TypeFor[Framework]())
})

// schemaOf derives the schema of values of type t. It panics on a type the codec does not
// know how to check, so that a new kind of model field cannot slip through unchecked (the
// tests build the schema).
func schemaOf(t reflect.Type) *schema {
	switch {
	case t == rawMessageType:
		return nil
	case reflect.PointerTo(t).Implements(jsonUnmarshalerType):
		panic(fmt.Sprintf("jscd: codec has no schema for %v, which unmarshals itself", t))
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		return &schema{kind: kindString, text: true} // Date: a JSON string, parsed leniently
	}
	switch t.Kind() {
	case reflect.Pointer:
		return schemaOf(t.Elem())
	case reflect.Struct:
		return structSchema(t)
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			break
		}
		return &schema{kind: kindMap, elem: schemaOf(t.Elem()), langKeys: t == textType}
	case reflect.Slice:
		return &schema{kind: kindArray, elem: schemaOf(t.Elem())}
	case reflect.String:
		return &schema{kind: kindString}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &schema{kind: kindInt}
	case reflect.Float64:
		return &schema{kind: kindFloat}
	case reflect.Bool:
		return &schema{kind: kindBool}
	}
	panic(fmt.Sprintf("jscd: codec has no schema for %v", t))
}

// structSchema derives the schema of a struct from the JSON names of its exported fields.
func structSchema(t reflect.Type) *schema {
	s := &schema{kind: kindObject}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if len(s.names) == 64 {
			panic(fmt.Sprintf("jscd: codec tells the members of an object by 64 bits, and %v has more", t))
		}
		child := schemaOf(f.Type)
		m := namedSchema{name: name, schema: child, bit: 1 << len(s.names)}
		if child != nil {
			child.field = f.Index[0]
			child.name = name
			child.nullable = writesNull(f.Type, opts)
			if child.kind == kindFloat && !strings.Contains(","+opts+",", ",omitempty,") {
				s.required = append(s.required, m)
			}
		}
		if len(name) >= len(s.byLength) {
			s.byLength = append(s.byLength, make([][]namedSchema, len(name)+1-len(s.byLength))...)
		}
		s.byLength[len(name)] = append(s.byLength[len(name)], m)
		s.names = append(s.names, name)
	}
	return s
}

// writesNull reports whether Encode writes null for a nil value of a field of type t with
// JSON tag options opts: a nil map, slice or pointer not left out by omitempty or omitzero.
// Decode accepts null exactly there (a mandatory Text never filled in, say), so that
// everything Encode writes decodes again, and nowhere else.
func writesNull(t reflect.Type, opts string) bool {
	switch t.Kind() {
	case reflect.Map, reflect.Slice, reflect.Pointer:
	default:
		return false
	}
	for opt := range strings.SplitSeq(opts, ",") {
		if opt == "omitempty" || opt == "omitzero" {
			return false
		}
	}
	return true
}

// accepts reports whether a value of JSON type found may appear where s is expected.
// For kindInt it accepts any number; whether the number is an integer is checked apart.
func (s *schema) accepts(found jsonType) bool {
	if found == jsonNull {
		return s.nullable
	}
	switch s.kind {
	case kindObject, kindMap:
		return found == jsonObject
	case kindArray:
		return found == jsonArray
	case kindString:
		return found == jsonString
	case kindInt, kindFloat:
		return found == jsonNumber
	case kindBool:
		return found == jsonBool
	}
	return false
}

// expected names the JSON type s expects, for messages.
func (s *schema) expected() string {
	name := [...]string{
		kindObject: "object", kindMap: "object", kindArray: "array",
		kindString: "string", kindInt: "integer", kindFloat: "number", kindBool: "boolean",
	}[s.kind]
	if s.nullable {
		name += " or null"
	}
	return name
}

// suggest returns the name among known that is nearest to the unknown name, or "" when none
// is near enough to be a likely typo. Case is ignored when measuring, so "Format" suggests
// "format".
func suggest(name string, known []string) string {
	best, bestDist := "", typoLimit(name)+1
	for _, k := range known {
		if d := editDistance(strings.ToLower(name), strings.ToLower(k)); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// typoLimit is how many typos (editDistance) a name may have from a known one to be taken
// for it: one in a name of up to three letters, two up to seven, three in longer ones.
func typoLimit(name string) int {
	switch n := utf8.RuneCountInString(name); {
	case n > 7:
		return 3
	case n > 3:
		return 2
	}
	return 1
}

// editDistance is the optimal-string-alignment distance between a and b: the number of
// rune insertions, deletions, substitutions and transpositions of neighbours that turn a
// into b. Transpositions count once because swapped letters ("commitmnets") are the
// commonest typo.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows of the dynamic-programming table: two back, one back, current.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
