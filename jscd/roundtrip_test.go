package jscd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// canonicalFiles returns every document that must round-trip byte for byte: the files of
// testdata/valid and the bundled datasets.
func canonicalFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/valid/*.json", "datasets/*.json"} {
		m, err := filepath.Glob(filepath.FromSlash(pattern))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 4 {
		t.Fatalf("found %d canonical files; the globs are wrong", len(files))
	}
	return files
}

func TestRoundTrip(t *testing.T) {
	for _, file := range canonicalFiles(t) {
		t.Run(filepath.ToSlash(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Decode(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			var buf bytes.Buffer
			if err := Encode(&buf, f); err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if !bytes.Equal(buf.Bytes(), data) {
				t.Errorf("Encode(Decode(file)) differs from the file (-file +encoded):\n%s",
					cmp.Diff(strings.Split(string(data), "\n"), strings.Split(buf.String(), "\n")))
			}
			again, err := Decode(&buf)
			if err != nil {
				t.Fatalf("Decode of the encoded form: %v", err)
			}
			if diff := cmp.Diff(f, again, cmpModel); diff != "" {
				t.Errorf("Decode(Encode(f)) (-f +again):\n%s", diff)
			}
		})
	}
}

// TestRoundTripKeepsExtensionTokens checks the tricky raw JSON of every-field.json through
// Decode: number spellings, key order and escapes are those of the file, and the white space
// between tokens is gone.
func TestRoundTripKeepsExtensionTokens(t *testing.T) {
	f := decodeFile(t, "testdata/valid/every-field.json")
	checks := []struct {
		name string
		raw  []byte
		want []string
	}{
		{"framework", f.Extensions["x-producer"], []string{"1.50", "1e3", "-0", "1E-7", "12345678901234567890", `\u00e9`, `\u2028`, "<&>", "🙂", "العراق"}},
		{"stakeholder", f.Stakeholders[0].Extensions["x-example"], []string{`"z-last":1`}},
		{"commitment", f.Commitments[0].Extensions["x-example"], []string{"1.50"}},
		{"assessment", f.Assessments[0].Extensions["x-example"], []string{"1e3"}},
		{"location", f.Events[0].Location.Extensions["x-example"], []string{"<Hall & Annex>"}},
	}
	for _, c := range checks {
		for _, w := range c.want {
			if !bytes.Contains(c.raw, []byte(w)) {
				t.Errorf("%s extension %s lost %q", c.name, c.raw, w)
			}
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, c.raw); err != nil || !bytes.Equal(compact.Bytes(), c.raw) {
			t.Errorf("%s extension %s is not in compact form (%v)", c.name, c.raw, err)
		}
	}
	raw := string(f.Stakeholders[0].Extensions["x-example"])
	if strings.Index(raw, "z-last") > strings.Index(raw, "a-first") {
		t.Errorf("extension keys were reordered: %s", raw)
	}
}

// TestDecodeCompactsExtensions checks that Decode holds an extension value without the white
// space between its tokens, whatever its layout, and keeps the white space inside its strings;
// so that Decode(Encode(f)) equals f, when Encode has indented the value differently from the
// text f was decoded from.
func TestDecodeCompactsExtensions(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"0":[]}`, `{"0":[]}`},
		{"{\n\t\"a\" :\r\n[ 1 , 2.50e+3 , { } , [ ] , null ] ,\"b\":\"x \\\" y\" }", `{"a":[1,2.50e+3,{},[],null],"b":"x \" y"}`},
		{`  "  spaced  \n "  `, `"  spaced  \n "`},
		{`-0`, `-0`},
		{`[ true,false ]`, `[true,false]`},
		{`[ "\\" , "x" ]`, `["\\","x"]`},
	} {
		doc := `{"format":"jscd/1","extensions":{"x":` + c.in + `}}`
		f, err := Decode(strings.NewReader(doc))
		if err != nil {
			t.Fatalf("Decode(%s): %v", doc, err)
		}
		if got := string(f.Extensions["x"]); got != c.want {
			t.Errorf("Decode(%s) holds the extension value %s; want %s", doc, got, c.want)
		}
		var buf bytes.Buffer
		if err := Encode(&buf, f); err != nil {
			t.Fatal(err)
		}
		again, err := Decode(&buf)
		if err != nil {
			t.Fatalf("Decode of Encode's output: %v", err)
		}
		if diff := cmp.Diff(f, again, cmpModel); diff != "" {
			t.Errorf("Decode(Encode(Decode(%s))) differs (-first +again):\n%s", doc, diff)
		}
	}
}

func decodeFile(t testing.TB, name string) *Framework {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode(%s): %v", name, err)
	}
	return f
}

// TestEncodeDoesNotChangeFramework decodes a file twice, encodes one copy many times, and
// requires both copies to stay equal.
func TestEncodeDoesNotChangeFramework(t *testing.T) {
	for _, file := range canonicalFiles(t) {
		f, pristine := decodeFile(t, file), decodeFile(t, file)
		for range 3 {
			var buf bytes.Buffer
			if err := Encode(&buf, f); err != nil {
				t.Fatal(err)
			}
		}
		if diff := cmp.Diff(pristine, f, cmpModel); diff != "" {
			t.Errorf("%s: Encode changed the framework (-before +after):\n%s", file, diff)
		}
	}
}

// TestCodecConcurrentReaders decodes once and then encodes and reads the framework from many
// goroutines; run with -race.
func TestCodecConcurrentReaders(t *testing.T) {
	file := largestTestFile(t)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	f := decodeFile(t, file)
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for range 16 {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := Encode(&buf, f); err != nil {
				errs <- err.Error()
				return
			}
			if !bytes.Equal(buf.Bytes(), data) {
				errs <- "concurrent Encode gave different bytes"
			}
			_ = f.Title.In("ar")
			for _, s := range f.Stakeholders {
				_ = s.Name.String()
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// largestTestFile returns the largest canonical file, for benchmarks.
func largestTestFile(t testing.TB) string {
	files := canonicalFiles(t)
	size := func(name string) int64 {
		fi, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	return slices.MaxFunc(files, func(a, b string) int { return int(size(a) - size(b)) })
}

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile(largestTestFile(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	file := largestTestFile(b)
	f := decodeFile(b, file)
	var buf bytes.Buffer
	if err := Encode(&buf, f); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		buf.Reset()
		if err := Encode(&buf, f); err != nil {
			b.Fatal(err)
		}
	}
}

// TestValidFixturesValidate keeps testdata/valid honest: its documents are not only
// well-formed but pass every validation rule.
func TestValidFixturesValidate(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "valid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if err := decodeFile(t, file).Validate(); err != nil {
			t.Errorf("%s: %v", file, err)
		}
	}
}

// TestEveryFieldFixtureIsComplete checks that testdata/valid/every-field.json sets every
// member of every object type at least once, so that the round trip covers the whole model,
// members added later included.
func TestEveryFieldFixtureIsComplete(t *testing.T) {
	seen := map[string]bool{}
	markSetFields(reflect.ValueOf(decodeFile(t, "testdata/valid/every-field.json")), seen)
	for typ := range structTypes(reflect.TypeFor[Framework](), map[reflect.Type]bool{}) {
		for f := range typ.Fields() {
			if f.IsExported() && !seen[typ.Name()+"."+f.Name] {
				t.Errorf("every-field.json never sets %s.%s", typ.Name(), f.Name)
			}
		}
	}
}

// markSetFields records in seen every "Type.Field" that is not zero somewhere in v.
func markSetFields(v reflect.Value, seen map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			markSetFields(v.Elem(), seen)
		}
	case reflect.Slice:
		for i := range v.Len() {
			markSetFields(v.Index(i), seen)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() && !v.Field(i).IsZero() {
				seen[v.Type().Name()+"."+f.Name] = true
				markSetFields(v.Field(i), seen)
			}
		}
	}
}

// structTypes yields the model's struct types reachable from t (Date excluded: it is a value).
func structTypes(t reflect.Type, done map[reflect.Type]bool) map[reflect.Type]bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return structTypes(t.Elem(), done)
	case reflect.Struct:
		if done[t] || t == reflect.TypeFor[Date]() {
			return done
		}
		done[t] = true
		for f := range t.Fields() {
			structTypes(f.Type, done)
		}
	}
	return done
}
