package jscd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// refCollections are the collections of a document in format order, with each entity's ID
// and JSON encoding.
var refCollections = [...]struct {
	name     string
	entities func(*Framework) (ids []ID, values [][]byte)
}{
	{"stakeholders", func(f *Framework) ([]ID, [][]byte) {
		return refEntities(f.Stakeholders, func(s Stakeholder) ID { return s.ID })
	}},
	{"instruments", func(f *Framework) ([]ID, [][]byte) {
		return refEntities(f.Instruments, func(s Instrument) ID { return s.ID })
	}},
	{"events", func(f *Framework) ([]ID, [][]byte) { return refEntities(f.Events, func(s Event) ID { return s.ID }) }},
	{"commitments", func(f *Framework) ([]ID, [][]byte) {
		return refEntities(f.Commitments, func(s Commitment) ID { return s.ID })
	}},
	{"assessments", func(f *Framework) ([]ID, [][]byte) {
		return refEntities(f.Assessments, func(s Assessment) ID { return s.ID })
	}},
	{"places", func(f *Framework) ([]ID, [][]byte) { return refEntities(f.Places, func(p Place) ID { return p.ID }) }},
	{"sources", func(f *Framework) ([]ID, [][]byte) { return refEntities(f.Sources, func(s Source) ID { return s.ID }) }},
}

// refEntities returns the IDs of list and the JSON encoding of each entity. Entities are compared
// as encoded bytes first, so that only those that differ are decoded into JSON values.
func refEntities[E any](list []E, id func(E) ID) ([]ID, [][]byte) {
	ids := make([]ID, len(list))
	values := make([][]byte, len(list))
	for i, e := range list {
		ids[i] = id(e)
		values[i], _ = json.Marshal(e) // the model types always marshal
	}
	return ids, values
}

// referenceDiff is Diff as it was first written: every entity encoded with encoding/json and
// decoded back into generic JSON data, which is then compared. It defines what Diff must return,
// and the tests compare Diff with it.
func referenceDiff(old, new *Framework) Changes {
	var out Changes
	out = append(out, refFramework(old, new)...)
	for _, c := range refCollections {
		var oldIDs, newIDs []ID
		var oldVals, newVals [][]byte
		if old != nil {
			oldIDs, oldVals = c.entities(old)
		}
		if new != nil {
			newIDs, newVals = c.entities(new)
		}
		out = append(out, refCollection(Collection(c.name), oldIDs, oldVals, newIDs, newVals)...)
	}
	return out
}

func refFramework(old, new *Framework) []Change {
	head := func(f *Framework) any {
		if f == nil {
			f = &Framework{}
		}
		return refJSONValue(Framework{Schema: f.Schema, Format: f.Format, ID: f.ID, Title: f.Title,
			Description: f.Description, Extensions: f.Extensions})
	}
	var out []Change
	refValues(head(old), head(new), nil, func(kind ChangeKind, p Path, o, n any) {
		out = append(out, Change{Kind: kind, Collection: "framework", Path: p, Old: o, New: n})
	})
	return out
}

func refCollection(name Collection, oldIDs []ID, oldVals [][]byte, newIDs []ID, newVals [][]byte) []Change {
	var out []Change
	oldIndex := refFirstIndex(oldIDs)
	done := map[ID]bool{}
	for i, id := range newIDs {
		if done[id] {
			continue
		}
		done[id] = true
		j, ok := oldIndex[id]
		if !ok {
			out = append(out, Change{Kind: ChangeKindAdded, Collection: name, ID: id, New: refDecodeJSON(newVals[i])})
			continue
		}
		if bytes.Equal(oldVals[j], newVals[i]) {
			continue
		}
		refValues(refDecodeJSON(oldVals[j]), refDecodeJSON(newVals[i]), nil, func(kind ChangeKind, p Path, o, n any) {
			out = append(out, Change{Kind: kind, Collection: name, ID: id, Path: p, Old: o, New: n})
		})
	}
	for j, id := range oldIDs {
		if !done[id] {
			done[id] = true
			out = append(out, Change{Kind: ChangeKindRemoved, Collection: name, ID: id, Old: refDecodeJSON(oldVals[j])})
		}
	}
	return out
}

func refFirstIndex(ids []ID) map[ID]int {
	m := make(map[ID]int, len(ids))
	for i, id := range ids {
		if _, dup := m[id]; !dup {
			m[id] = i
		}
	}
	return m
}

// refValues reports through emit every difference between two JSON values, at its path.
func refValues(old, new any, p Path, emit func(ChangeKind, Path, any, any)) {
	switch o := old.(type) {
	case map[string]any:
		if n, ok := new.(map[string]any); ok {
			refObjects(o, n, p, emit)
			return
		}
	case []any:
		if n, ok := new.([]any); ok {
			refArrays(o, n, p, emit)
			return
		}
	}
	if !refJSONEqual(old, new) {
		emit(ChangeKindChanged, p, old, new)
	}
}

func refObjects(o, n map[string]any, p Path, emit func(ChangeKind, Path, any, any)) {
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
			emit(ChangeKindAdded, p.Key(k), nil, nv)
		case !inNew:
			emit(ChangeKindRemoved, p.Key(k), ov, nil)
		default:
			refValues(ov, nv, p.Key(k), emit)
		}
	}
}

func refArrays(o, n []any, p Path, emit func(ChangeKind, Path, any, any)) {
	for i := range max(len(o), len(n)) {
		switch {
		case i >= len(o):
			emit(ChangeKindAdded, p.Index(i), nil, n[i])
		case i >= len(n):
			emit(ChangeKindRemoved, p.Index(i), o[i], nil)
		default:
			refValues(o[i], n[i], p.Index(i), emit)
		}
	}
}

// refJSONEqual compares two scalar JSON values (the only kind refValues compares whole, besides
// an object against a non-object).
func refJSONEqual(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// refJSONValue returns v as generic JSON data: what encoding/json writes for it, read back with
// numbers kept as json.Number. The model types always marshal, so an error cannot happen.
func refJSONValue(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return refDecodeJSON(b)
}

// refDecodeJSON decodes JSON into generic data, keeping numbers as json.Number.
func refDecodeJSON(b []byte) any {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil
	}
	return out
}

// diffTestFrameworks returns the frameworks of the bundled datasets and of testdata/valid.
func diffTestFrameworks(t *testing.T) map[string]*Framework {
	t.Helper()
	files, _ := filepath.Glob(filepath.FromSlash("datasets/*.json"))
	valid, _ := filepath.Glob(filepath.FromSlash("testdata/valid/*.json"))
	out := map[string]*Framework{}
	for _, file := range append(files, valid...) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out[file] = f
	}
	if len(out) < 6 {
		t.Fatalf("found %d test frameworks, want the 2 datasets and 4 valid files", len(out))
	}
	return out
}

// TestDiffMatchesReference checks that Diff gives exactly what comparing the JSON encodings
// gives, on every pair of test frameworks and on random changes to each.
func TestDiffMatchesReference(t *testing.T) {
	frameworks := diffTestFrameworks(t)
	check := func(name string, old, new *Framework) {
		t.Helper()
		want, got := referenceDiff(old, new), Diff(old, new)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Diff differs from the JSON comparison (-want +got):\n%s", name, diff)
		}
	}
	for oldName, old := range frameworks {
		check(oldName+" against nil", old, nil)
		check("nil against "+oldName, nil, old)
		for newName, new := range frameworks {
			check(oldName+" against "+newName, old, new)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for name, f := range frameworks {
		for i := range 60 {
			changed := copyFramework(t, f)
			mutate(r, reflect.ValueOf(changed).Elem())
			check(fmt.Sprintf("%s, change %d", name, i), f, changed)
			check(fmt.Sprintf("%s, change %d, backwards", name, i), changed, f)
			other := copyFramework(t, f)
			mutate(r, reflect.ValueOf(other).Elem())
			check(fmt.Sprintf("%s, changes %d against other changes", name, i), changed, other)
		}
	}
}

func copyFramework(t *testing.T, f *Framework) *Framework {
	t.Helper()
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	var out Framework
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// mutate changes a few values inside v at random, with the values that are hard to compare
// among them: null against empty, invalid UTF-8, zero and invalid dates, extensions of every
// JSON type.
func mutate(r *rand.Rand, v reflect.Value) {
	const p = 0.08 // the chance that a value is replaced
	switch {
	case v.Type() == dateType:
		if r.Float64() < p {
			texts := []string{"", "2021", "2021-07-23", "not a date", "2021/.."}
			d, _ := ParseDate(texts[r.IntN(len(texts))])
			if r.IntN(5) == 0 {
				d = Date{}
			}
			v.Set(reflect.ValueOf(d))
		}
		return
	case v.Type() == reflect.TypeFor[Extensions]():
		if r.Float64() < p {
			raws := []string{`{"a":1}`, `{"a":1.5,"b":[1,2]}`, `[1,"x"]`, `1.0`, `"s"`, `null`, `true`}
			ext := Extensions{}
			for range r.IntN(3) {
				ext[fmt.Sprintf("x-%d", r.IntN(3))] = json.RawMessage(raws[r.IntN(len(raws))])
			}
			if r.IntN(4) == 0 {
				ext = nil
			}
			v.Set(reflect.ValueOf(ext))
		}
		return
	case v.Type() == textType:
		mutateText(r, v, p)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		switch {
		case r.Float64() < p && !v.IsNil():
			v.Set(reflect.Zero(v.Type()))
		case r.Float64() < p && v.IsNil():
			v.Set(reflect.New(v.Type().Elem()))
		case !v.IsNil():
			mutate(r, v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(r, v.Field(i))
			}
		}
	case reflect.Slice:
		mutateSlice(r, v, p)
	case reflect.String:
		if r.Float64() < p {
			texts := []string{"", "x", "bad \xff\xfe utf-8", "bad \xfe\xff utf-8", v.String() + "!"}
			v.SetString(texts[r.IntN(len(texts))])
		}
	case reflect.Int:
		if r.Float64() < p {
			v.SetInt(int64(r.IntN(3)))
		}
	case reflect.Bool:
		if r.Float64() < p {
			v.SetBool(!v.Bool())
		}
	}
}

func mutateText(r *rand.Rand, v reflect.Value, p float64) {
	if r.Float64() >= p {
		return
	}
	t := Text{}
	for k, s := range v.Interface().(Text) {
		t[k] = s
	}
	switch r.IntN(5) {
	case 0:
		t = nil
	case 1:
		t = Text{}
	case 2:
		t["ar"] = "نص"
	case 3:
		delete(t, "en")
	case 4:
		t["en"] += " changed"
	}
	v.Set(reflect.ValueOf(t))
}

func mutateSlice(r *rand.Rand, v reflect.Value, p float64) {
	switch {
	case r.Float64() < p/2:
		v.Set(reflect.Zero(v.Type()))
	case r.Float64() < p/2:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	case r.Float64() < p && v.Len() > 0:
		v.Set(v.Slice(0, v.Len()-1))
	case r.Float64() < p:
		v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
	}
	for i := range v.Len() {
		mutate(r, v.Index(i))
	}
}

// BenchmarkDiffAgainstEncoding compares Diff with the comparison of encodings it stands for
// (referenceDiff), on the diffs the demo draws: the bundled us-iraq-2021 → us-iraq, and
// us-iraq against itself with one value changed (docs/diff.md).
func BenchmarkDiffAgainstEncoding(b *testing.B) {
	load := func(name string) *Framework {
		data, err := os.ReadFile(filepath.Join("datasets", name+".json"))
		if err != nil {
			b.Fatal(err)
		}
		f, err := Decode(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		return f
	}
	changed := load("us-iraq")
	changed.Commitments[0].Due = Date{}
	pairs := []struct {
		name     string
		old, new *Framework
	}{
		{"2021-to-2023", load("us-iraq-2021"), load("us-iraq")},
		{"one-value", load("us-iraq"), changed},
	}
	for _, p := range pairs {
		b.Run(p.name+"/Diff", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Diff(p.old, p.new)
			}
		})
		b.Run(p.name+"/encodings", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				referenceDiff(p.old, p.new)
			}
		})
	}
}
