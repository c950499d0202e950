package jscd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jscd-go/jscd/internal/jsonw"
)

// ChangeKind says what happened to a value between two versions of a document.
type ChangeKind string

// The kinds of change.
const (
	ChangeKindAdded   ChangeKind = "added"   // present only in the new version
	ChangeKindRemoved ChangeKind = "removed" // present only in the old version
	ChangeKindChanged ChangeKind = "changed" // present in both, with different values
)

// Change is one difference between two versions of a framework.
type Change struct {
	// Kind is what happened.
	Kind ChangeKind `json:"kind"`
	// Collection is the collection of the entity changed, or CollectionFramework for the
	// framework's own fields ($schema, format, id, title, description, extensions).
	Collection Collection `json:"collection"`
	// ID is the entity's ID; empty for the framework's own fields.
	ID ID `json:"id,omitempty"`
	// Path is the place of the change inside the entity ("/status/1", "/name/ar"); empty when
	// the whole entity was added or removed.
	Path Path `json:"path,omitempty"`
	// Old is the old value as JSON data (nil, bool, json.Number, string, []any or
	// map[string]any); nil when Kind is ChangeKindAdded.
	Old any `json:"old,omitempty"`
	// New is the new value, like Old; nil when Kind is ChangeKindRemoved.
	New any `json:"new,omitempty"`
}

// Diff returns the differences from old to new. Entities are matched by ID within their
// collection; an entity whose ID is new is added, one whose ID is gone is removed, and the
// fields of a matched entity are compared as JSON values: objects key by key, arrays index by
// index (so an item inserted in the middle of a list shows as changes to the items after it,
// and additions at the end). When an ID occurs twice in a collection, the first is compared.
//
// Changes come in a stable order: the framework's own fields first, then the collections in
// format order; within a collection, the entities in the new document's order (changed and
// added ones), then the removed ones in the old document's order; within an entity, by path,
// object keys sorted. A nil framework is an empty one.
func Diff(old, new *Framework) Changes {
	if old == nil {
		old = &Framework{}
	}
	if new == nil {
		new = &Framework{}
	}
	d := differ{fields: jsonFields().byType, collection: CollectionFramework}
	oldHead, newHead := frameworkHead(old), frameworkHead(new)
	d.entity(reflect.ValueOf(&oldHead).Elem(), reflect.ValueOf(&newHead).Elem())
	diffList(&d, CollectionStakeholders, old.Stakeholders, new.Stakeholders, func(s *Stakeholder) ID { return s.ID })
	diffList(&d, CollectionInstruments, old.Instruments, new.Instruments, func(in *Instrument) ID { return in.ID })
	diffList(&d, CollectionEvents, old.Events, new.Events, func(ev *Event) ID { return ev.ID })
	diffList(&d, CollectionCommitments, old.Commitments, new.Commitments, func(c *Commitment) ID { return c.ID })
	diffList(&d, CollectionAssessments, old.Assessments, new.Assessments, func(a *Assessment) ID { return a.ID })
	diffList(&d, CollectionPlaces, old.Places, new.Places, func(pl *Place) ID { return pl.ID })
	diffList(&d, CollectionSources, old.Sources, new.Sources, func(s *Source) ID { return s.ID })
	return d.out
}

// frameworkHead returns the framework's own fields, without its collections (which are
// omitted from its JSON when empty).
func frameworkHead(f *Framework) Framework {
	return Framework{Schema: f.Schema, Format: f.Format, ID: f.ID, Title: f.Title,
		Description: f.Description, Extensions: f.Extensions}
}

// differ compares two frameworks as encoding/json would write them, without writing them. Equal
// entities (from one keystroke of an editor to the next, nearly all of them) are told equal by
// walking their typed values; only an entity that differs, or is added or removed, is turned
// into generic JSON data, read from its typed values and the model's JSON tags, and the
// differences of that data are listed. Encoding and decoding every entity, as Diff first did,
// cost ten times as much.
type differ struct {
	fields     map[reflect.Type][]jsonField
	collection Collection
	id         ID
	path       []string // where the walk is inside the entity; copied into each Change
	out        []Change
}

// diffList compares the entities of one collection, matched by ID (see Diff).
func diffList[E any](d *differ, c Collection, old, new []E, idOf func(*E) ID) {
	d.collection = c
	oldIndex := make(map[ID]int, len(old))
	for j := range old {
		if _, dup := oldIndex[idOf(&old[j])]; !dup {
			oldIndex[idOf(&old[j])] = j
		}
	}
	// reflect.ValueOf(&x).Elem() is addressable, which lets dateOf read a Date without a copy.
	value := func(e *E) reflect.Value { return reflect.ValueOf(e).Elem() }
	done := make(map[ID]bool, len(new))
	for i := range new {
		d.id = idOf(&new[i])
		if done[d.id] {
			continue
		}
		done[d.id] = true
		if j, ok := oldIndex[d.id]; ok {
			d.entity(value(&old[j]), value(&new[i]))
		} else {
			d.emit(ChangeKindAdded, nil, d.jsonValue(value(&new[i])))
		}
	}
	for j := range old {
		if d.id = idOf(&old[j]); !done[d.id] {
			done[d.id] = true
			d.emit(ChangeKindRemoved, d.jsonValue(value(&old[j])), nil)
		}
	}
}

// entity reports the differences between two versions of an entity.
func (d *differ) entity(o, n reflect.Value) {
	if !d.equal(o, n) {
		d.data(d.jsonValue(o), d.jsonValue(n))
	}
}

// equal reports whether encoding/json would certainly write o and n, two values of the same
// type, the same way. It may report false for values written alike (two extension values that
// differ only in white space, two strings that differ only in invalid UTF-8): the comparison of
// their JSON data then finds no difference.
func (d *differ) equal(o, n reflect.Value) bool {
	switch t := o.Type(); t {
	case dateType:
		return dateOf(o).String() == dateOf(n).String()
	case rawMessageType:
		return bytes.Equal(o.Bytes(), n.Bytes())
	case textType:
		a, b := o.Interface().(Text), n.Interface().(Text)
		return (a == nil) == (b == nil) && maps.Equal(a, b)
	case extensionsType:
		a, b := o.Interface().(Extensions), n.Interface().(Extensions)
		return (a == nil) == (b == nil) && maps.EqualFunc(a, b, func(x, y json.RawMessage) bool { return bytes.Equal(x, y) })
	}
	switch o.Kind() {
	case reflect.Pointer:
		if o.IsNil() || n.IsNil() {
			return o.IsNil() && n.IsNil()
		}
		return d.equal(o.Elem(), n.Elem())
	case reflect.Struct:
		return d.equalStructs(o, n)
	case reflect.Slice:
		if o.IsNil() != n.IsNil() || o.Len() != n.Len() {
			return false
		}
		for i := range o.Len() {
			if !d.equal(o.Index(i), n.Index(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return o.String() == n.String()
	case reflect.Bool:
		return o.Bool() == n.Bool()
	case reflect.Float64:
		return o.Float() == n.Float()
	}
	return o.Int() == n.Int()
}

func (d *differ) equalStructs(o, n reflect.Value) bool {
	for _, f := range d.fields[o.Type()] {
		ov, nv := o.Field(f.index), n.Field(f.index)
		inOld, inNew := !f.omitted(ov), !f.omitted(nv)
		if inOld != inNew || inOld && !d.equal(ov, nv) {
			return false
		}
	}
	return true
}

// jsonValue returns v as generic JSON data (nil, bool, json.Number, string, []any or
// map[string]any), as encoding/json would write it and read it back with numbers kept as
// json.Number.
func (d *differ) jsonValue(v reflect.Value) any {
	switch t := v.Type(); t {
	case dateType:
		return encodedString(dateOf(v).String())
	case rawMessageType:
		return parseData(v.Bytes())
	case textType:
		return textValue(v.Interface().(Text))
	case extensionsType:
		return extensionsValue(v.Interface().(Extensions))
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice:
		if v.IsNil() {
			return nil
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		return d.jsonValue(v.Elem())
	case reflect.Struct:
		m := map[string]any{}
		for _, f := range d.fields[v.Type()] {
			if fv := v.Field(f.index); !f.omitted(fv) {
				m[f.name] = d.jsonValue(fv)
			}
		}
		return m
	case reflect.Slice:
		a := make([]any, v.Len())
		for i := range a {
			a[i] = d.jsonValue(v.Index(i))
		}
		return a
	case reflect.String:
		return encodedString(v.String())
	case reflect.Bool:
		return v.Bool()
	case reflect.Float64:
		b, ok := jsonw.AppendFloat(nil, v.Float())
		if !ok {
			return nil // NaN or an infinity, which Encode refuses to write
		}
		return json.Number(b)
	}
	return json.Number(strconv.FormatInt(v.Int(), 10))
}

// textValue returns t as generic JSON data.
func textValue(t Text) any {
	if t == nil {
		return nil
	}
	m := make(map[string]any, len(t))
	for k, s := range t {
		m[encodedString(k)] = encodedString(s)
	}
	return m
}

// extensionsValue returns e as generic JSON data.
func extensionsValue(e Extensions) any {
	if e == nil {
		return nil
	}
	m := make(map[string]any, len(e))
	for k, raw := range e {
		m[encodedString(k)] = parseData(raw)
	}
	return m
}

// encodedString returns s as encoding/json writes it and reads it back: each byte of invalid
// UTF-8 becomes U+FFFD. Valid text, nearly all text, is returned as it is.
func encodedString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// emit reports a change at the current path.
func (d *differ) emit(kind ChangeKind, old, new any) {
	var p Path
	if len(d.path) > 0 {
		p = slices.Clone(Path(d.path))
	}
	d.out = append(d.out, Change{Kind: kind, Collection: d.collection, ID: d.id, Path: p, Old: old, New: new})
}

// data reports every difference between two values of generic JSON data, at their path.
func (d *differ) data(old, new any) {
	switch o := old.(type) {
	case map[string]any:
		if n, ok := new.(map[string]any); ok {
			d.objects(o, n)
			return
		}
	case []any:
		if n, ok := new.([]any); ok {
			d.arrays(o, n)
			return
		}
	}
	if !scalarsEqual(old, new) {
		d.emit(ChangeKindChanged, old, new)
	}
}

func (d *differ) objects(o, n map[string]any) {
	keys := make([]string, 0, len(o)+len(n))
	for k := range o {
		keys = append(keys, k)
	}
	for k := range n {
		if _, ok := o[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		ov, inOld := o[k]
		nv, inNew := n[k]
		d.path = append(d.path, k)
		switch {
		case !inOld:
			d.emit(ChangeKindAdded, nil, nv)
		case !inNew:
			d.emit(ChangeKindRemoved, ov, nil)
		default:
			d.data(ov, nv)
		}
		d.path = d.path[:len(d.path)-1]
	}
}

func (d *differ) arrays(o, n []any) {
	for i := range max(len(o), len(n)) {
		d.path = append(d.path, strconv.Itoa(i))
		switch {
		case i >= len(o):
			d.emit(ChangeKindAdded, nil, n[i])
		case i >= len(n):
			d.emit(ChangeKindRemoved, o[i], nil)
		default:
			d.data(o[i], n[i])
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// scalarsEqual compares two JSON values that are not both objects or both arrays: only two
// equal scalars of the same type are equal.
func scalarsEqual(a, b any) bool {
	switch a := a.(type) {
	case nil:
		return b == nil
	case bool:
		b, ok := b.(bool)
		return ok && a == b
	case string:
		b, ok := b.(string)
		return ok && a == b
	case json.Number:
		b, ok := b.(json.Number)
		return ok && a == b
	}
	return false
}

// Changes is a list of changes, as Diff returns it.
type Changes []Change

// String returns the changes as text, one line each (see Change.String).
func (cs Changes) String() string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// String returns the change as one line of text: "+" added, "-" removed, "~" changed, then
// the collection, the ID and the path, and the values in compact JSON (long values cut short
// with "…"). A whole entity added or removed is shown by its English name, title or text.
func (c Change) String() string {
	var b strings.Builder
	b.WriteString(changeSign(c.Kind))
	b.WriteByte(' ')
	b.WriteString(string(c.Collection))
	if c.ID != "" {
		b.WriteByte(' ')
		b.WriteString(string(c.ID))
	}
	if len(c.Path) > 0 {
		b.WriteByte(' ')
		b.WriteString(c.Path.String())
	}
	b.WriteString(": ")
	switch {
	case c.Kind == ChangeKindAdded && len(c.Path) == 0:
		b.WriteString(entityLabel(c.New))
	case c.Kind == ChangeKindRemoved && len(c.Path) == 0:
		b.WriteString(entityLabel(c.Old))
	case c.Kind == ChangeKindAdded:
		b.WriteString(compactJSON(c.New))
	case c.Kind == ChangeKindRemoved:
		b.WriteString(compactJSON(c.Old))
	default:
		b.WriteString(compactJSON(c.Old))
		b.WriteString(" → ")
		b.WriteString(compactJSON(c.New))
	}
	return b.String()
}

func changeSign(k ChangeKind) string {
	switch k {
	case ChangeKindAdded:
		return "+"
	case ChangeKindRemoved:
		return "-"
	}
	return "~"
}

// maxValueRunes is how much of a value a line of Change.String shows.
const maxValueRunes = 72

// entityLabel returns the English (or else first) name, title or text of an entity in JSON
// form, quoted, for the line that says it was added or removed.
func entityLabel(v any) string {
	m, _ := v.(map[string]any)
	for _, field := range []string{"name", "title", "text"} {
		if t, ok := m[field].(map[string]any); ok {
			text := Text{}
			for k, s := range t {
				if str, ok := s.(string); ok {
					text[k] = str
				}
			}
			if s := text.String(); s != "" {
				return compactJSON(s)
			}
		}
	}
	return compactJSON(v)
}

func compactJSON(v any) string {
	b, ok := jsonw.AppendData(nil, v, jsonw.Style{})
	if !ok {
		return fmt.Sprint(v)
	}
	s := string(b)
	if utf8.RuneCountInString(s) > maxValueRunes {
		r := []rune(s)
		s = string(r[:maxValueRunes-1]) + "…"
	}
	return s
}
