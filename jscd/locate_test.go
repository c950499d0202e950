package jscd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// locateDoc has Arabic text before a value on the same line, so that a column counted in
// bytes would differ from one counted in runes, keys that need escaping in a pointer, and a
// key written with \u escapes.
const locateDoc = `{
  "title": {"ar": "العراق والولايات المتحدة", "en": "Iraq"},
  "a~b": 1, "c/d": [true, null],
  "\u0065sc\u00e9": "x",
  "list": [10, {"k": "v"}, []],
  "n": -1.5e3
}
`

func TestLocate(t *testing.T) {
	type found struct {
		Path         string // the JSON Pointer of the value located
		Value        string // the text from Offset to End
		Member       string // the text from KeyOffset to End
		Line, Column int
	}
	tests := []struct {
		pointer string
		want    found
	}{
		{"", found{"", strings.TrimSpace(locateDoc), strings.TrimSpace(locateDoc), 1, 1}},
		{"/title/ar", found{"/title/ar", `"العراق والولايات المتحدة"`, `"ar": "العراق والولايات المتحدة"`, 2, 19}},
		// 53 runes from the start of the line, 77 bytes.
		{"/title/en", found{"/title/en", `"Iraq"`, `"en": "Iraq"`, 2, 53}},
		{"/a~0b", found{"/a~0b", `1`, `"a~b": 1`, 3, 10}},
		{"/c~1d/1", found{"/c~1d/1", `null`, `null`, 3, 27}},
		{"/escé", found{"/escé", `"x"`, `"\u0065sc\u00e9": "x"`, 4, 21}},
		{"/list/1/k", found{"/list/1/k", `"v"`, `"k": "v"`, 5, 22}},
		{"/list/2", found{"/list/2", `[]`, `[]`, 5, 28}},
		{"/n", found{"/n", `-1.5e3`, `"n": -1.5e3`, 6, 8}},

		// Paths to nothing: the nearest enclosing value that exists.
		{"/title/fr", found{"/title", `{"ar": "العراق والولايات المتحدة", "en": "Iraq"}`, `"title": {"ar": "العراق والولايات المتحدة", "en": "Iraq"}`, 2, 12}},
		{"/list/1/missing/0", found{"/list/1", `{"k": "v"}`, `{"k": "v"}`, 5, 16}},
		{"/list/3", found{"/list", `[10, {"k": "v"}, []]`, `"list": [10, {"k": "v"}, []]`, 5, 11}},
		{"/list/-", found{"/list", `[10, {"k": "v"}, []]`, `"list": [10, {"k": "v"}, []]`, 5, 11}},
		{"/list/01", found{"/list", `[10, {"k": "v"}, []]`, `"list": [10, {"k": "v"}, []]`, 5, 11}},
		{"/list/2/0", found{"/list/2", `[]`, `[]`, 5, 28}},
		{"/n/0", found{"/n", `-1.5e3`, `"n": -1.5e3`, 6, 8}},
		{"/a~1b", found{"", strings.TrimSpace(locateDoc), strings.TrimSpace(locateDoc), 1, 1}},
		{"/esc\\u00e9", found{"", strings.TrimSpace(locateDoc), strings.TrimSpace(locateDoc), 1, 1}},
	}
	data := []byte(locateDoc)
	for _, tt := range tests {
		p, err := ParsePath(tt.pointer)
		if err != nil {
			t.Fatal(err)
		}
		span, ok := Locate(data, p)
		if !ok {
			t.Errorf("Locate(%q) failed", tt.pointer)
			continue
		}
		got := found{span.Path.String(), string(data[span.Offset:span.End]), string(data[span.KeyOffset:span.End]), span.Line, span.Column}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Locate(%q) (-want +got):\n%s", tt.pointer, diff)
		}
	}
}

func TestLocateRejectsWhatIsNotJSON(t *testing.T) {
	for _, doc := range []string{
		"",
		"  ",
		"{",
		`{"a": 1,}`,
		`{"a": 1} x`,
		`{"a": 1} {}`,
		`{"a": 1, "b": }`, // broken after the value asked for
		`{"a" 1}`,
		`{a: 1}`,
		`[1, 2`,
		`[01]`,
		`{"a": tru}`,
		"{\"a\": \"\xff\"}",
		`{"a": "\x"}`,
		strings.Repeat("[", maxNesting+1) + strings.Repeat("]", maxNesting+1),
	} {
		if span, ok := Locate([]byte(doc), Path{"a"}); ok {
			t.Errorf("Locate(%q) = %+v, true; want false", doc, span)
		}
	}
}

func TestLocateOddDocuments(t *testing.T) {
	tests := []struct {
		doc, pointer string
		want         string // the located text
		line, column int
	}{
		{"  42 \n", "", "42", 1, 3},
		{"  42 \n", "/x", "42", 1, 3},
		{`{"a": 1, "a": [2]}`, "/a/0", "2", 1, 16}, // the last of repeated keys, as encoding/json
		{"\n\n[\r\n\t\"ع\",\n  {}]", "/1", "{}", 5, 3},
		{strings.Repeat("[", maxNesting) + strings.Repeat("]", maxNesting), "/0/0", "[" + strings.Repeat("[", maxNesting-3) + strings.Repeat("]", maxNesting-2), 1, 3},
	}
	for _, tt := range tests {
		p, err := ParsePath(tt.pointer)
		if err != nil {
			t.Fatal(err)
		}
		span, ok := Locate([]byte(tt.doc), p)
		if got := tt.doc[span.Offset:span.End]; !ok || got != tt.want || span.Line != tt.line || span.Column != tt.column {
			t.Errorf("Locate(%q, %q) = %q at %d:%d, %v; want %q at %d:%d",
				tt.doc, tt.pointer, got, span.Line, span.Column, ok, tt.want, tt.line, tt.column)
		}
	}
}

// TestLocateValidationIssues locates every issue that Check finds in the cases of
// testdata/invalid that Decode accepts, and checks each place against encoding/json's
// reading of the document.
func TestLocateValidationIssues(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases, exact, enclosing int
	for _, file := range files {
		if strings.HasSuffix(file, ".issues.json") {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Decode(bytes.NewReader(data))
		if err != nil {
			continue // its issues are Decode's own, with their line and column
		}
		cases++
		for _, is := range f.Check() {
			span, ok := Locate(data, is.Path)
			if !ok {
				t.Errorf("%s: %v: not located", file, is)
				continue
			}
			checkSpan(t, data, is.Path, span)
			if len(span.Path) == len(is.Path) {
				exact++
			} else {
				enclosing++
			}
		}
	}
	// Both kinds occur: most issues are at a value, some at a member that is missing.
	if cases == 0 || exact == 0 || enclosing == 0 {
		t.Errorf("located the issues of %d cases: %d exactly, %d at an enclosing value; want some of each", cases, exact, enclosing)
	}
}

// checkSpan checks the span that Locate gave for p in the valid JSON document data against
// encoding/json: the span holds the value at span.Path, which is p when p names a value and
// otherwise its longest prefix that does, and its line and column are those of its offset.
func checkSpan(t *testing.T, data []byte, p Path, span Span) {
	t.Helper()
	if span.Offset < 0 || span.Offset > span.End || span.End > len(data) ||
		span.KeyOffset < 0 || span.KeyOffset > span.Offset {
		t.Fatalf("Locate(%q) = %+v: offsets outside the document of %d bytes", p, span, len(data))
	}
	if len(span.Path) > len(p) || !cmp.Equal(p[:len(span.Path)], span.Path, cmp.Comparer(func(a, b Path) bool { return a.String() == b.String() })) {
		t.Fatalf("Locate(%q) located %q, not a prefix of it", p, span.Path)
	}
	doc, err := unmarshalAny(data)
	if err != nil {
		t.Fatalf("Locate(%q) succeeded on a document encoding/json rejects: %v", p, err)
	}
	located, err := unmarshalAny(data[span.Offset:span.End])
	if err != nil {
		t.Fatalf("Locate(%q) = %q, not a JSON value: %v", p, data[span.Offset:span.End], err)
	}
	if want, ok := jsonValueAt(doc, span.Path); !ok || !cmp.Equal(want, located) {
		t.Errorf("Locate(%q) = %q at %q; encoding/json has %v there", p, data[span.Offset:span.End], span.Path, want)
	}
	if len(span.Path) < len(p) {
		if v, ok := jsonValueAt(doc, p[:len(span.Path)+1]); ok {
			t.Errorf("Locate(%q) stopped at %q, but %q is %v", p, span.Path, p[:len(span.Path)+1], v)
		}
	}
	if line := 1 + bytes.Count(data[:span.Offset], []byte("\n")); span.Line != line || span.Column < 1 {
		t.Errorf("Locate(%q) at %d:%d; the offset %d is on line %d", p, span.Line, span.Column, span.Offset, line)
	}
}

// unmarshalAny decodes the JSON value data into an any as json.Unmarshal does, except that
// numbers are json.Numbers: JSON has no limit on a number's magnitude, and neither have Decode
// and Locate, but json.Unmarshal rejects a number out of float64's range (1e700).
func unmarshalAny(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, fmt.Errorf("invalid character %q after the JSON value", rest[0])
	}
	return v, nil
}

// jsonValueAt returns the value at p in v, a value decoded by unmarshalAny.
func jsonValueAt(v any, p Path) (any, bool) {
	for _, seg := range p {
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[seg]; !ok {
				return nil, false
			}
		case []any:
			i := arrayIndex(seg)
			if i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func TestLocateDoesNotAllocate(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "invalid", "references.json"))
	if err != nil {
		t.Fatal(err)
	}
	p := Path{"commitments", "0", "madeAt"}
	if _, ok := Locate(data, p); !ok {
		t.Fatalf("Locate(%q) failed", p)
	}
	if n := testing.AllocsPerRun(20, func() { Locate(data, p) }); n != 0 {
		t.Errorf("Locate allocates %v times; want 0", n)
	}
}

// FuzzLocate: Locate never panics, succeeds only on JSON, and what it locates is the value
// encoding/json finds at the path, or the nearest enclosing one.
func FuzzLocate(f *testing.F) {
	f.Add([]byte(locateDoc), "/title/en")
	f.Add([]byte(locateDoc), "/list/1/missing")
	f.Add([]byte(`{"a": 1, "a": {"b": [true]}}`), "/a/b/0")
	for _, data := range seedDocuments(f, "testdata/valid/*.json", "testdata/invalid/*.json") {
		f.Add(data, "/commitments/0/due")
	}
	f.Fuzz(func(t *testing.T, data []byte, pointer string) {
		p, err := ParsePath(pointer)
		if err != nil {
			p = Path{pointer}
		}
		span, ok := Locate(data, p)
		if !ok {
			return
		}
		if !json.Valid(data) {
			t.Fatalf("Locate(%q) succeeded on invalid JSON %q", p, data)
		}
		checkSpan(t, data, p, span)
		// Located together, p, its prefixes and its siblings by index are each where Locate
		// puts them alone.
		paths := []Path{p}
		for k := range p {
			paths = append(paths, p[:k], append(p[:k:k], "0"), append(p[:k:k], "1"))
		}
		spans, ok := locateAll(data, paths)
		if !ok {
			t.Fatalf("locateAll failed where Locate does not")
		}
		for k, q := range paths {
			want, _ := Locate(data, q)
			if diff := cmp.Diff(want, spans[k]); diff != "" {
				t.Fatalf("locateAll: path %q (-Locate +locateAll):\n%s", q, diff)
			}
		}
	})
}
