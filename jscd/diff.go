package jscd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// ChangeKind says what happened to a value between two versions of a document.
type ChangeKind string

// The kinds of change.
const (
	ChangeAdded   ChangeKind = "added"   // present only in the new version
	ChangeRemoved ChangeKind = "removed" // present only in the old version
	ChangeChanged ChangeKind = "changed" // present in both, with different values
)

// Change is one difference between two versions of a framework.
type Change struct {
	// Kind is what happened.
	Kind ChangeKind `json:"kind"`
	// Collection is the collection of the entity changed ("stakeholders", "instruments",
	// "events", "commitments", "assessments", "sources"), or "framework" for the framework's own
	// fields (format, id, title, description, extensions).
	Collection string `json:"collection"`
	// ID is the entity's ID; empty for the framework's own fields.
	ID ID `json:"id,omitempty"`
	// Path is the place of the change inside the entity ("/status/1", "/name/ar"); empty when
	// the whole entity was added or removed.
	Path Path `json:"path,omitempty"`
	// Old is the old value as JSON data (nil, bool, json.Number, string, []any or
	// map[string]any); nil when Kind is ChangeAdded.
	Old any `json:"old,omitempty"`
	// New is the new value, like Old; nil when Kind is ChangeRemoved.
	New any `json:"new,omitempty"`
}

// diffCollections are the collections of a document in format order, with each entity's ID
// and JSON encoding.
var diffCollections = [...]struct {
	name     string
	entities func(*Framework) (ids []ID, values [][]byte)
}{
	{"stakeholders", func(f *Framework) ([]ID, [][]byte) {
		return entities(f.Stakeholders, func(s Stakeholder) ID { return s.ID })
	}},
	{"instruments", func(f *Framework) ([]ID, [][]byte) {
		return entities(f.Instruments, func(s Instrument) ID { return s.ID })
	}},
	{"events", func(f *Framework) ([]ID, [][]byte) { return entities(f.Events, func(s Event) ID { return s.ID }) }},
	{"commitments", func(f *Framework) ([]ID, [][]byte) {
		return entities(f.Commitments, func(s Commitment) ID { return s.ID })
	}},
	{"assessments", func(f *Framework) ([]ID, [][]byte) {
		return entities(f.Assessments, func(s Assessment) ID { return s.ID })
	}},
	{"sources", func(f *Framework) ([]ID, [][]byte) { return entities(f.Sources, func(s Source) ID { return s.ID }) }},
}

// entities returns the IDs of list and the JSON encoding of each entity. Entities are compared
// as encoded bytes first, so that only those that differ are decoded into JSON values.
func entities[E any](list []E, id func(E) ID) ([]ID, [][]byte) {
	ids := make([]ID, len(list))
	values := make([][]byte, len(list))
	for i, e := range list {
		ids[i] = id(e)
		values[i], _ = json.Marshal(e) // the model types always marshal
	}
	return ids, values
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
func Diff(old, new *Framework) []Change {
	var out []Change
	out = append(out, diffFramework(old, new)...)
	for _, c := range diffCollections {
		var oldIDs, newIDs []ID
		var oldVals, newVals [][]byte
		if old != nil {
			oldIDs, oldVals = c.entities(old)
		}
		if new != nil {
			newIDs, newVals = c.entities(new)
		}
		out = append(out, diffCollection(c.name, oldIDs, oldVals, newIDs, newVals)...)
	}
	return out
}

func diffFramework(old, new *Framework) []Change {
	head := func(f *Framework) any {
		if f == nil {
			f = &Framework{}
		}
		return jsonValue(Framework{Format: f.Format, ID: f.ID, Title: f.Title,
			Description: f.Description, Extensions: f.Extensions})
	}
	var out []Change
	diffValues(head(old), head(new), nil, func(kind ChangeKind, p Path, o, n any) {
		out = append(out, Change{Kind: kind, Collection: "framework", Path: p, Old: o, New: n})
	})
	return out
}

func diffCollection(name string, oldIDs []ID, oldVals [][]byte, newIDs []ID, newVals [][]byte) []Change {
	var out []Change
	oldIndex := firstIndex(oldIDs)
	done := map[ID]bool{}
	for i, id := range newIDs {
		if done[id] {
			continue
		}
		done[id] = true
		j, ok := oldIndex[id]
		if !ok {
			out = append(out, Change{Kind: ChangeAdded, Collection: name, ID: id, New: decodeJSON(newVals[i])})
			continue
		}
		if bytes.Equal(oldVals[j], newVals[i]) {
			continue
		}
		diffValues(decodeJSON(oldVals[j]), decodeJSON(newVals[i]), nil, func(kind ChangeKind, p Path, o, n any) {
			out = append(out, Change{Kind: kind, Collection: name, ID: id, Path: p, Old: o, New: n})
		})
	}
	for j, id := range oldIDs {
		if !done[id] {
			done[id] = true
			out = append(out, Change{Kind: ChangeRemoved, Collection: name, ID: id, Old: decodeJSON(oldVals[j])})
		}
	}
	return out
}

func firstIndex(ids []ID) map[ID]int {
	m := make(map[ID]int, len(ids))
	for i, id := range ids {
		if _, dup := m[id]; !dup {
			m[id] = i
		}
	}
	return m
}

// diffValues reports through emit every difference between two JSON values, at its path.
func diffValues(old, new any, p Path, emit func(ChangeKind, Path, any, any)) {
	switch o := old.(type) {
	case map[string]any:
		if n, ok := new.(map[string]any); ok {
			diffObjects(o, n, p, emit)
			return
		}
	case []any:
		if n, ok := new.([]any); ok {
			diffArrays(o, n, p, emit)
			return
		}
	}
	if !jsonEqual(old, new) {
		emit(ChangeChanged, p, old, new)
	}
}

func diffObjects(o, n map[string]any, p Path, emit func(ChangeKind, Path, any, any)) {
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
		switch {
		case !inOld:
			emit(ChangeAdded, p.Key(k), nil, nv)
		case !inNew:
			emit(ChangeRemoved, p.Key(k), ov, nil)
		default:
			diffValues(ov, nv, p.Key(k), emit)
		}
	}
}

func diffArrays(o, n []any, p Path, emit func(ChangeKind, Path, any, any)) {
	for i := range max(len(o), len(n)) {
		switch {
		case i >= len(o):
			emit(ChangeAdded, p.Index(i), nil, n[i])
		case i >= len(n):
			emit(ChangeRemoved, p.Index(i), o[i], nil)
		default:
			diffValues(o[i], n[i], p.Index(i), emit)
		}
	}
}

// jsonEqual compares two scalar JSON values (the only kind diffValues compares whole, besides
// an object against a non-object).
func jsonEqual(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// jsonValue returns v as generic JSON data: what encoding/json writes for it, read back with
// numbers kept as json.Number. The model types always marshal, so an error cannot happen.
func jsonValue(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return decodeJSON(b)
}

// decodeJSON decodes JSON into generic data, keeping numbers as json.Number.
func decodeJSON(b []byte) any {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil
	}
	return out
}

// Changes is a list of changes that prints as text; see FormatChanges.
type Changes []Change

// String returns the changes as FormatChanges writes them.
func (cs Changes) String() string {
	var b strings.Builder
	_ = FormatChanges(&b, cs) // a strings.Builder never fails
	return b.String()
}

// String returns the change as one line of FormatChanges.
func (c Change) String() string {
	var b strings.Builder
	b.WriteString(changeSign(c.Kind))
	b.WriteByte(' ')
	b.WriteString(c.Collection)
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
	case c.Kind == ChangeAdded && len(c.Path) == 0:
		b.WriteString(entityLabel(c.New))
	case c.Kind == ChangeRemoved && len(c.Path) == 0:
		b.WriteString(entityLabel(c.Old))
	case c.Kind == ChangeAdded:
		b.WriteString(compactJSON(c.New))
	case c.Kind == ChangeRemoved:
		b.WriteString(compactJSON(c.Old))
	default:
		b.WriteString(compactJSON(c.Old))
		b.WriteString(" → ")
		b.WriteString(compactJSON(c.New))
	}
	return b.String()
}

// FormatChanges writes changes as text, one line each: "+" added, "-" removed, "~" changed,
// then the collection, the ID and the path, and the values in compact JSON (long values cut
// short with "…"). A whole entity added or removed is shown by its English name, title or text.
func FormatChanges(w io.Writer, changes []Change) error {
	for _, c := range changes {
		if _, err := fmt.Fprintln(w, c.String()); err != nil {
			return err
		}
	}
	return nil
}

func changeSign(k ChangeKind) string {
	switch k {
	case ChangeAdded:
		return "+"
	case ChangeRemoved:
		return "-"
	}
	return "~"
}

// maxValueRunes is how much of a value a line of FormatChanges shows.
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
	if v == nil {
		return "null"
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	s := strings.TrimSuffix(b.String(), "\n")
	if utf8.RuneCountInString(s) > maxValueRunes {
		r := []rune(s)
		s = string(r[:maxValueRunes-1]) + "…"
	}
	return s
}
