package jscd

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// jsonField is a field of a struct type as encoding/json sees it.
type jsonField struct {
	index     int
	name      string // its JSON member name
	omitEmpty bool   // tagged omitempty
	omitZero  bool   // tagged omitzero
}

var (
	dateType       = reflect.TypeFor[Date]()
	extensionsType = reflect.TypeFor[Extensions]()
)

// jsonTypes holds the JSON fields of every struct type reachable from Framework: the table,
// read from the model's JSON tags, by which Encode writes a framework and Diff compares two.
type jsonTypes struct{ byType map[reflect.Type][]jsonField }

// jsonFields returns the jsonTypes, built on first use. (A pointer, rather than the map, lets
// sync.OnceValue share its compiled code with frameworkSchema's.)
var jsonFields = sync.OnceValue(func() *jsonTypes {
	m := map[reflect.Type][]jsonField{}
	addJSONFields(m, reflect.TypeFor[Framework]())
	return &jsonTypes{m}
})

// addJSONFields adds the fields of t, and of the types it holds, to m. It panics on a kind of
// value that Encode cannot write and Diff cannot compare, so that a new kind of model field
// cannot slip through (the tests run both).
func addJSONFields(m map[reflect.Type][]jsonField, t reflect.Type) {
	switch t {
	case dateType, rawMessageType, textType, extensionsType:
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		addJSONFields(m, t.Elem())
	case reflect.Struct:
		if _, done := m[t]; done {
			return
		}
		m[t] = structFields(t)
		for _, f := range m[t] {
			addJSONFields(m, t.Field(f.index).Type)
		}
	case reflect.String, reflect.Bool, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32,
		reflect.Int64:
	default:
		panic(fmt.Sprintf("jscd: the codec cannot write %v", t))
	}
}

// structFields returns the fields of struct type t that encoding/json writes.
func structFields(t reflect.Type) []jsonField {
	var fields []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		if sf.Anonymous {
			panic(fmt.Sprintf("jscd: the codec cannot write the embedded field %v.%s", t, sf.Name))
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := jsonField{index: i, name: name}
		for opt := range strings.SplitSeq(opts, ",") {
			f.omitEmpty = f.omitEmpty || opt == "omitempty"
			f.omitZero = f.omitZero || opt == "omitzero"
		}
		if f.omitZero && sf.Type != dateType && sf.Type.Kind() == reflect.Struct {
			panic(fmt.Sprintf("jscd: the codec cannot tell whether %v.%s is zero", t, sf.Name))
		}
		fields = append(fields, f)
	}
	return fields
}

// omitted reports whether encoding/json leaves the field f with value v out.
func (f jsonField) omitted(v reflect.Value) bool {
	switch {
	case f.omitZero && v.Type() == dateType:
		if dateOf(v).IsZero() {
			return true
		}
	case f.omitZero && v.IsZero():
		return true
	}
	if !f.omitEmpty {
		return false
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Float64:
		return v.Float() == 0
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// dateOf returns the Date held by v.
func dateOf(v reflect.Value) Date {
	if v.CanAddr() {
		return *v.Addr().Interface().(*Date)
	}
	return v.Interface().(Date)
}
