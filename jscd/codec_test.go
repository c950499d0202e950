package jscd

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/decode from the results")

// decodeWant is the expected outcome of a golden decode case, stored in <case>.want.json.
type decodeWant struct {
	// MaxBytes, when set, is passed to Decode with the option MaxBytes.
	MaxBytes int64  `json:"maxBytes,omitempty"`
	Path     string `json:"path"`
	Code     Code   `json:"code"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Message  string `json:"message"`
}

// decodeCases returns the input files of the golden decode cases.
func decodeCases(t *testing.T) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join("testdata", "decode", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, f := range all {
		if !strings.HasSuffix(f, ".want.json") {
			cases = append(cases, f)
		}
	}
	if len(cases) < 20 {
		t.Fatalf("found %d golden decode cases; the glob is wrong", len(cases))
	}
	return cases
}

func TestDecodeErrorsGolden(t *testing.T) {
	for _, input := range decodeCases(t) {
		name := strings.TrimSuffix(filepath.Base(input), ".json")
		t.Run(name, func(t *testing.T) {
			wantFile := strings.TrimSuffix(input, ".json") + ".want.json"
			want := readDecodeWant(t, wantFile)
			data, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			var opts []DecodeOption
			if want.MaxBytes > 0 {
				opts = append(opts, MaxBytes(want.MaxBytes))
			}
			f, err := Decode(bytes.NewReader(data), opts...)
			if err == nil {
				t.Fatalf("Decode succeeded (%v); want an error", f.ID)
			}
			got := issueOf(t, err)
			gotWant := decodeWant{
				MaxBytes: want.MaxBytes, Path: got.Path.String(), Code: got.Code,
				Line: got.Line, Column: got.Column, Message: got.Message(NewPrinter(language.English)).String(),
			}
			if *update {
				writeDecodeWant(t, wantFile, gotWant)
				return
			}
			if diff := cmp.Diff(want, gotWant); diff != "" {
				t.Errorf("Decode(%s) issue (-want +got):\n%s", input, diff)
			}
		})
	}
}

// issueOf checks that err is a single error-severity *Issue reachable both by errors.As and
// by Issues, and returns it.
func issueOf(t *testing.T, err error) *Issue {
	t.Helper()
	var issue *Issue
	if !errors.As(err, &issue) {
		t.Fatalf("errors.As(%v, *Issue) = false", err)
	}
	if all := Issues(err); len(all) != 1 || all[0] != issue {
		t.Fatalf("Issues(err) = %v; want exactly the issue errors.As found", all)
	}
	if !errors.Is(err, issue.Code) {
		t.Errorf("errors.Is(err, %q) = false", issue.Code)
	}
	if issue.Severity != SeverityError {
		t.Errorf("Severity = %v; want error", issue.Severity)
	}
	return issue
}

func readDecodeWant(t *testing.T, file string) decodeWant {
	t.Helper()
	var want decodeWant
	b, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) && *update {
		return want
	}
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return want
}

func writeDecodeWant(t *testing.T, file string, w decodeWant) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(w); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeReadError(t *testing.T) {
	ioErr := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("{\n  \"format\""), iotest.ErrReader(ioErr))
	_, err := Decode(r)
	if err == nil {
		t.Fatal("Decode of a failing reader succeeded")
	}
	got := issueOf(t, err)
	// The position is where reading stopped: after the 12 bytes read.
	want := &Issue{Code: CodeDecodeRead, Format: fmtDecodeRead, Line: 2, Column: 11}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Issue{}, "Args")); diff != "" {
		t.Errorf("Decode of a failing reader (-want +got):\n%s", diff)
	}
	if len(got.Args) != 1 || got.Args[0] != ioErr {
		t.Errorf("Args = %v; want the reader's error", got.Args)
	}
}

func TestDecodeMaxBytesBoundary(t *testing.T) {
	doc := `{"format":"jscd/1","id":"x","title":{"en":"X"}}`
	n := int64(len(doc))
	if _, err := Decode(strings.NewReader(doc), MaxBytes(n)); err != nil {
		t.Errorf("Decode at exactly the limit: %v", err)
	}
	_, err := Decode(strings.NewReader(doc), MaxBytes(n-1))
	if !errors.Is(err, CodeDecodeTooLarge) {
		t.Errorf("Decode one byte over the limit: %v; want %s", err, CodeDecodeTooLarge)
	}
	if _, err := Decode(strings.NewReader(doc), MaxBytes(0)); err != nil {
		t.Errorf("MaxBytes(0) should keep the default limit: %v", err)
	}
}

func TestDecodeTooDeep(t *testing.T) {
	deep := strings.Repeat("[", maxNesting+1) + strings.Repeat("]", maxNesting+1)
	doc := `{"format":"jscd/1","id":"x","title":{"en":"X"},"extensions":{"x":` + deep + `}}`
	_, err := Decode(strings.NewReader(doc))
	got := issueOf(t, err)
	if got.Code != CodeDecodeTooLarge || got.Format != fmtDecodeTooDeep {
		t.Errorf("Decode of %d nested arrays: %v; want %s", maxNesting+1, err, fmtDecodeTooDeep)
	}
	allowed := strings.Repeat("[", maxNesting-2) + strings.Repeat("]", maxNesting-2)
	doc = `{"format":"jscd/1","id":"x","title":{"en":"X"},"extensions":{"x":` + allowed + `}}`
	if _, err := Decode(strings.NewReader(doc)); err != nil {
		t.Errorf("Decode at the depth limit: %v", err)
	}
}

func TestDecodeInvalidUTF8(t *testing.T) {
	doc := "{\"format\":\"jscd/1\",\"id\":\"x\",\"title\":{\"en\":\"caf\xe9\"}}"
	got := issueOf(t, mustFail(t, doc))
	want := decodeWant{Path: "/title/en", Code: CodeDecodeSyntax, Line: 1, Column: 47, Message: fmtDecodeUTF8}
	if diff := cmp.Diff(want, wantOf(got)); diff != "" {
		t.Errorf("invalid UTF-8 (-want +got):\n%s", diff)
	}
}

func mustFail(t *testing.T, doc string) error {
	t.Helper()
	_, err := Decode(strings.NewReader(doc))
	if err == nil {
		t.Fatalf("Decode(%q) succeeded; want an error", doc)
	}
	return err
}

func wantOf(i *Issue) decodeWant {
	return decodeWant{
		Path: i.Path.String(), Code: i.Code, Line: i.Line, Column: i.Column,
		Message: i.Message(NewPrinter(language.English)).String(),
	}
}

// TestDecodePrecedence checks which problem is reported when a document has several.
func TestDecodePrecedence(t *testing.T) {
	tests := []struct {
		name, doc string
		want      Code
	}{
		{"syntax after an unknown field", `{"format":"jscd/1","bogus":1,"id":}`, CodeDecodeSyntax},
		{"wrong format before an unknown field", `{"bogus":1,"format":"jscd/9"}`, CodeDecodeFormat},
		{"missing format before a type error", `{"id":1}`, CodeDecodeFormat},
		{"first in document order", `{"format":"jscd/1","id":1,"bogus":2}`, CodeDecodeType},
		{"first in document order, reversed", `{"format":"jscd/1","bogus":2,"id":1}`, CodeDecodeUnknownField},
		{"type error of the root before format", `"jscd/1"`, CodeDecodeType},
	}
	for _, tt := range tests {
		got := issueOf(t, mustFail(t, tt.doc))
		if got.Code != tt.want {
			t.Errorf("%s: Decode(%s) = %v; want code %s", tt.name, tt.doc, got, tt.want)
		}
	}
}

func TestDecodeColumnCountsRunes(t *testing.T) {
	// "العراق" is 6 runes and 12 bytes: a byte count would put the error 6 columns later.
	doc := `{"format":"jscd/1","title":{"ar":"العراق","e n":"x"}}`
	got := issueOf(t, mustFail(t, doc))
	if got.Line != 1 || got.Column != 43 {
		t.Errorf("error at %d:%d; want 1:43", got.Line, got.Column)
	}
}

// TestDecodeLenientValues checks that bad values, as opposed to bad structure, decode and
// survive a round trip for validation to report.
func TestDecodeLenientValues(t *testing.T) {
	doc := `{
  "format": "jscd/1",
  "id": "Not A Slug!",
  "title": {
    "en": "Lenient"
  },
  "stakeholders": [
    {
      "id": "iraq",
      "kind": "empire",
      "name": {
        "en": "Iraq"
      },
      "country": "ZZZ",
      "parent": "nobody"
    }
  ],
  "commitments": [
    {
      "id": "c",
      "by": [
        "nobody"
      ],
      "text": {
        "en": "x"
      },
      "strength": "maybe",
      "due": "by the end of 2021"
    }
  ]
}
`
	f, err := Decode(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	want := &Framework{
		Format: FormatTag, ID: "Not A Slug!", Title: Text{"en": "Lenient"},
		Stakeholders: []Stakeholder{{ID: "iraq", Kind: "empire", Name: Text{"en": "Iraq"}, Country: "ZZZ", Parent: "nobody"}},
		Commitments: []Commitment{{
			ID: "c", By: []ID{"nobody"}, Text: Text{"en": "x"}, Strength: "maybe",
			Due: badDate("by the end of 2021"),
		}},
	}
	if diff := cmp.Diff(want, f, cmpModel); diff != "" {
		t.Errorf("Decode (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, f); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, buf.String()); diff != "" {
		t.Errorf("Encode(Decode(doc)) (-want +got):\n%s", diff)
	}
}

// badDate returns the Date that decoding the invalid EDTF text s gives.
func badDate(s string) Date {
	var d Date
	if err := d.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	if d.Err() == nil {
		panic(fmt.Sprintf("%q parsed as a valid date", s))
	}
	return d
}

func TestDecodeNullWhereEncodeWritesIt(t *testing.T) {
	// A framework built in Go without a title encodes "title": null; that must decode.
	var buf bytes.Buffer
	if err := Encode(&buf, &Framework{Format: FormatTag, ID: "x"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"title": null`) {
		t.Fatalf("Encode wrote %s; the test expects a null title", buf.String())
	}
	f, err := Decode(&buf)
	if err != nil {
		t.Fatalf("Decode of Encode's output: %v", err)
	}
	if f.Title != nil {
		t.Errorf("Title = %v; want nil", f.Title)
	}
}

func TestEncodeCanonicalDetails(t *testing.T) {
	f := &Framework{
		Format: FormatTag, ID: "x",
		Title:      Text{"en": "<b> & </b>", "ar": "العراق", "ckb": "عێراق"},
		Extensions: Extensions{"z": json.RawMessage(`{"b":1.50,"a":[1e3]}`), "a": json.RawMessage(`"<&>"`)},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, f); err != nil {
		t.Fatal(err)
	}
	want := `{
  "format": "jscd/1",
  "id": "x",
  "title": {
    "ar": "العراق",
    "ckb": "عێراق",
    "en": "<b> & </b>"
  },
  "extensions": {
    "a": "<&>",
    "z": {
      "b": 1.50,
      "a": [
        1e3
      ]
    }
  }
}
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Encode (-want +got):\n%s", diff)
	}
}

func TestEncodeErrors(t *testing.T) {
	if err := Encode(io.Discard, nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	bad := &Framework{Format: FormatTag, Extensions: Extensions{"x": json.RawMessage(`{oops`)}}
	if err := Encode(io.Discard, bad); err == nil {
		t.Error("Encode with an invalid raw extension succeeded")
	}
}

func TestSuggest(t *testing.T) {
	known := structSchema(reflectTypeOfFramework()).names
	tests := []struct{ name, want string }{
		{"commitmnets", "commitments"},
		{"Format", "format"},
		{"titel", "title"},
		{"stakeholder", "stakeholders"},
		{"extension", "extensions"},
		{"colour", ""},
		{"x", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.name, known); got != tt.want {
			t.Errorf("suggest(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
	if got := suggest("typ", []string{"type", "to", "sources", "extensions"}); got != "type" {
		t.Errorf("suggest(typ) = %q; want type", got)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3},
		{"commitmnets", "commitments", 1}, {"ab", "ba", 1}, {"العراق", "العرق", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d (symmetry)", tt.b, tt.a, got, tt.want)
		}
	}
}

// mustMember returns the schema of member name of the object schema s, failing t when s has
// no such member.
func (s *schema) mustMember(t *testing.T, name string) *schema {
	t.Helper()
	m, ok := s.member(name)
	if !ok {
		t.Fatalf("the schema has no member %q", name)
	}
	return m.schema
}

// TestSchemaMemberFindsEveryName checks, on every object of the format, that member finds
// each JSON name of its struct, with the schema of that field, and no other name: a name one
// byte longer or shorter, another name of the same length with one byte changed, or "".
func TestSchemaMemberFindsEveryName(t *testing.T) {
	seen := map[*schema]bool{}
	var walk func(s *schema, at string)
	walk = func(s *schema, at string) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		if s.kind != kindObject {
			walk(s.elem, at+"/*")
			return
		}
		for _, name := range s.names {
			found, ok := s.member(name)
			if !ok {
				t.Errorf("%s: member(%q) finds nothing", at, name)
				continue
			}
			m := found.schema
			if found.name != name || m != nil && m.name != name {
				t.Errorf("%s: member(%q) is the member %q", at, name, found.name)
			}
			if found.bit != 1<<slices.Index(s.names, name) {
				t.Errorf("%s: member %q has bit %#x, want bit %d", at, name, found.bit, slices.Index(s.names, name))
			}
			for _, other := range []string{name + "x", name[:len(name)-1], "x" + name[1:], name[:len(name)-1] + "\x00"} {
				if _, ok := s.member(other); ok && !slices.Contains(s.names, other) {
					t.Errorf("%s: member(%q) finds a member", at, other)
				}
			}
			walk(m, at+"/"+name)
		}
		if _, ok := s.member(""); ok {
			t.Errorf("%s: member(\"\") finds a member", at)
		}
	}
	walk(frameworkSchema(), "")
	if len(seen) < 10 {
		t.Errorf("walked %d schemas; want every object of the format", len(seen))
	}
}

// TestCodecSchemaFollowsModel spot-checks the schema derived from the model's JSON tags.
func TestCodecSchemaFollowsModel(t *testing.T) {
	root := frameworkSchema()
	if len(root.names) != reflectTypeOfFramework().NumField() {
		t.Errorf("Framework schema has %d fields; the struct has %d", len(root.names), reflectTypeOfFramework().NumField())
	}
	note := root.mustMember(t, "commitments").elem.mustMember(t, "status").elem.mustMember(t, "note")
	if note.kind != kindMap || !note.langKeys || note.nullable {
		t.Errorf("commitments[].status[].note = %+v; want an optional Text", note)
	}
	if title := root.mustMember(t, "title"); !title.nullable || !title.langKeys {
		t.Errorf("title = %+v; want a mandatory (nullable) Text", title)
	}
	if ext := root.mustMember(t, "extensions"); ext.kind != kindMap || ext.langKeys || ext.elem != nil {
		t.Errorf("extensions = %+v; want an object of any values", ext)
	}
	event := root.mustMember(t, "events").elem
	if loc := event.mustMember(t, "location"); loc.kind != kindObject || loc.nullable {
		t.Errorf("events[].location = %+v; want a non-null object", loc)
	}
	for name, want := range map[string]valueKind{"round": kindInt, "date": kindString, "participants": kindArray} {
		if got := event.mustMember(t, name).kind; got != want {
			t.Errorf("events[].%s kind = %d; want %d", name, got, want)
		}
	}
}

// TestDecodeMessagesTranslated checks that every format Decode uses is in the catalogue with
// the same verbs in Arabic and Kurdish, and renders in those languages.
func TestDecodeMessagesTranslated(t *testing.T) {
	formats := []string{
		fmtDecodeEmpty, fmtDecodeEOF, fmtDecodeExpectValue, fmtDecodeExpectKey,
		fmtDecodeExpectColon, fmtDecodeAfterMember, fmtDecodeAfterElement, fmtDecodeStringChar,
		fmtDecodeEscape, fmtDecodeUTF8, fmtDecodeNumberChar, fmtDecodeLiteralChar,
		fmtDecodeUnknownSuggest, fmtDecodeUnknown, fmtDecodeDuplicate, fmtDecodeType,
		fmtDecodeIntRange, fmtDecodeTrailing, fmtDecodeTooLarge, fmtDecodeTooDeep,
		fmtDecodeLanguageTag, fmtDecodeFormatMissing, fmtDecodeFormatWrong, fmtDecodeRead,
	}
	rows := map[string]translation{}
	for _, tr := range translations {
		rows[tr.en] = tr
	}
	for _, f := range formats {
		tr, ok := rows[f]
		if !ok {
			t.Errorf("format %q is not in the catalogue", f)
			continue
		}
		for lang, s := range map[string]string{"ar": tr.ar, "ckb": tr.ckb} {
			if verbs(s) != verbs(f) {
				t.Errorf("%s translation of %q has verbs %q; want %q", lang, f, verbs(s), verbs(f))
			}
		}
	}
	issue := issueOf(t, mustFail(t, `{"format":"jscd/1","commitmnets":[]}`))
	tests := []struct {
		lang language.Tag
		want string
	}{
		{language.English, `unknown field "commitmnets"; did you mean "commitments"?`},
		{language.Arabic, `حقل غير معروف "commitmnets"؛ هل تقصد "commitments"؟`},
		{language.MustParse("ckb"), `خانەی نەناسراو "commitmnets"؛ مەبەستت "commitments" بوو؟`},
	}
	for _, tt := range tests {
		if got := issue.Message(NewPrinter(tt.lang)).String(); got != tt.want {
			t.Errorf("message in %v = %q; want %q", tt.lang, got, tt.want)
		}
	}
	// Braces in a translation are text, not catalogue syntax.
	member := issueOf(t, mustFail(t, `{"format":"jscd/1" "id":"x"}`))
	if got, want := member.Message(NewPrinter(language.Arabic)).String(), `محرف غير صالح '"' بعد عضو في كائن؛ المتوقع ',' أو '}'`; got != want {
		t.Errorf("Arabic message = %q; want %q", got, want)
	}
}

// verbs returns the formatting verbs of a format, in order.
func verbs(format string) string {
	var out []string
	for i := 0; i < len(format)-1; i++ {
		if format[i] == '%' {
			out = append(out, format[i:i+2])
			i++
		}
	}
	return strings.Join(out, " ")
}

func reflectTypeOfFramework() reflect.Type { return reflect.TypeFor[Framework]() }

// TestFormatDocMatchesModel keeps docs/format.md in step with the model: each object type has
// a table listing its members in canonical order, and every decode code is documented.
func TestFormatDocMatchesModel(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "format.md"))
	if err != nil {
		t.Fatal(err)
	}
	tables := docMemberTables(string(doc))
	// Every struct type of the model: those the codec's field table holds.
	var types []reflect.Type
	for typ := range jsonFields().byType {
		types = append(types, typ)
	}
	slices.SortFunc(types, func(a, b reflect.Type) int { return strings.Compare(a.Name(), b.Name()) })
	if len(types) < 17 {
		t.Fatalf("only %d struct types in the model", len(types))
	}
	for _, typ := range types {
		want := structSchema(typ).names
		if diff := cmp.Diff(want, tables[typ.Name()]); diff != "" {
			t.Errorf("docs/format.md, table of %s (-model +doc):\n%s", typ.Name(), diff)
		}
	}
	codes := []Code{
		CodeDecodeSyntax, CodeDecodeUnknownField, CodeDecodeDuplicateKey, CodeDecodeType,
		CodeDecodeTrailingData, CodeDecodeTooLarge, CodeDecodeLanguageTag, CodeDecodeFormat,
		CodeDecodeRead, CodeDecodeMissingMember,
	}
	for _, c := range codes {
		if !strings.Contains(string(doc), "| `"+string(c)+"` |") {
			t.Errorf("docs/format.md does not document %s", c)
		}
	}
}

// docMemberTables returns, for each "### Type" section of doc, the member names in the first
// column of its table.
func docMemberTables(doc string) map[string][]string {
	tables := map[string][]string{}
	section := ""
	for line := range strings.Lines(doc) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "## "):
			section = ""
		case strings.HasPrefix(line, "### "):
			section = strings.TrimPrefix(line, "### ")
		case section != "" && strings.HasPrefix(line, "| `"):
			name, _, _ := strings.Cut(strings.TrimPrefix(line, "| `"), "`")
			tables[section] = append(tables[section], name)
		}
	}
	return tables
}

// TestKeySetFindsEveryDuplicate holds keySet to a map, through the move from its own array
// to a map and for keys that share a length and a first byte.
func TestKeySetFindsEveryDuplicate(t *testing.T) {
	for n := range 40 {
		for dup := range n {
			var k keySet
			want := map[string]bool{}
			keys := make([]string, 0, n+1)
			for i := range n {
				keys = append(keys, fmt.Sprintf("k%02d", i)) // one length, one first byte
			}
			keys = append(keys, keys[dup])
			for i, key := range keys {
				if got := k.addIsDuplicate(key); got != want[key] {
					t.Fatalf("%d keys, key %d (%q): duplicate %v, want %v", n, i, key, got, want[key])
				}
				want[key] = true
			}
		}
	}
	var k keySet
	for i, key := range []string{"", "a", "", "b", "a"} {
		if got, want := k.addIsDuplicate(key), i == 2 || i == 4; got != want {
			t.Errorf("key %d (%q): duplicate %v, want %v", i, key, got, want)
		}
	}
}

// TestDecodeSizesCollections checks that each collection of a document, and each list of
// strings (countElements), is decoded into a slice of its exact size, whatever its strings
// hold: escaped quotes and backslashes, brackets and commas.
func TestDecodeSizesCollections(t *testing.T) {
	doc := `{"format":"jscd/1","id":"x","title":{"en":"X"},"sources":[` +
		`{"id":"a","kind":"news","title":{"en":"a \"quoted\" ], title"}},` +
		`{"id":"b","kind":"news","title":{"en":"ends in a backslash \\"}},` +
		`{"id":"c","kind":"news","title":{"en":"\\\"[{,"},"authors":["x, y","z"]}],` +
		`"stakeholders":[{"id":"s","kind":"state","name":{"en":"S"}}]}`
	f, err := Decode(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Sources) != 3 || cap(f.Sources) != 3 || len(f.Stakeholders) != 1 || cap(f.Stakeholders) != 1 {
		t.Errorf("sources: len %d cap %d, want 3 and 3; stakeholders: len %d cap %d, want 1 and 1",
			len(f.Sources), cap(f.Sources), len(f.Stakeholders), cap(f.Stakeholders))
	}
	if authors := f.Sources[2].Authors; len(authors) != 2 || cap(authors) != 2 {
		t.Errorf("authors: len %d cap %d, want 2 and 2", len(authors), cap(authors))
	}
	if got, want := f.Sources[1].Title["en"], `ends in a backslash \`; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestDecodeCollectionsAcrossChunks checks that a collection decoded in chunks (see
// collection) comes out whole, in order, and in a slice of its exact size, for lengths on
// either side of every chunk boundary, up to past the one where the chunks hold
// maxChunkedBytes and the rest is decoded straight into the collection's slice.
func TestDecodeCollectionsAcrossChunks(t *testing.T) {
	size := int(reflect.TypeFor[Commitment]().Size())
	lengths := []int{0, 1}
	for chunk, end := firstChunkElements, firstChunkElements; ; end += chunk {
		lengths = append(lengths, end-1, end, end+1)
		if end*size >= maxChunkedBytes {
			lengths = append(lengths, end+maxChunkElements+1)
			break
		}
		chunk = min(2*chunk, maxChunkElements)
	}
	for _, n := range lengths {
		f := &Framework{Format: FormatTag, ID: "x", Title: Text{"en": "X"}}
		f.Commitments = make([]Commitment, n)
		for i := range f.Commitments {
			f.Commitments[i] = Commitment{ID: ID(fmt.Sprintf("c%d", i)), Text: Text{"en": fmt.Sprint(i)}}
		}
		var buf bytes.Buffer
		if err := Encode(&buf, f); err != nil {
			t.Fatal(err)
		}
		got, err := Decode(&buf)
		if err != nil {
			t.Fatalf("%d commitments: %v", n, err)
		}
		if len(got.Commitments) != n {
			t.Errorf("%d commitments: %d decoded", n, len(got.Commitments))
			continue
		}
		for i, cm := range got.Commitments {
			if want := f.Commitments[i]; cm.ID != want.ID || cm.Text["en"] != want.Text["en"] || len(cm.Text) != 1 {
				t.Errorf("%d commitments: commitment %d is %s %v, want %s %v", n, i, cm.ID, cm.Text, want.ID, want.Text)
				break
			}
		}
		if cap(got.Commitments) != n {
			t.Errorf("%d commitments: capacity %d", n, cap(got.Commitments))
		}
	}
}

// spaceEndSlowly is spaceEnd one byte at a time: the offset of the first byte of b at or after
// i that is not JSON white space.
func spaceEndSlowly(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// TestSpaceEnd checks spaceEnd, which reads indentation a word at a time, against a
// byte-by-byte scan (spaceEndSlowly): after a line break, runs of every length of spaces ended by
// every byte value, at every place of a word, and mixes of the four white space bytes.
func TestSpaceEnd(t *testing.T) {
	var inputs []string
	for lead := range 9 {
		for k := range 20 {
			for c := range 256 {
				inputs = append(inputs, strings.Repeat("x", lead)+"\n"+strings.Repeat(" ", k)+string(rune(c)), strings.Repeat(" ", lead)+"\n"+strings.Repeat(" ", k))
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20_000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = " \t\r\n  x"[rng.IntN(7)]
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		data := []byte(in)
		for i := range len(data) + 1 {
			if got, want := spaceEnd(data, i), spaceEndSlowly(data, i); got != want {
				t.Fatalf("spaceEnd(%q, %d) = %d, want %d", in, i, got, want)
			}
		}
	}
}

// textEndSlowly is textEnd done one character at a time: the offset of the first byte from i
// on that is not plain string text or part of a valid two-byte character, or else the first of
// the bytes left that no longer fill a word of eight from where the scan stood (a word that
// ends with the first byte of a character is followed by one that begins with it).
func textEndSlowly(data []byte, i int) int {
	for i+8 <= len(data) {
		end := i + 8
		for i < end {
			c := data[i]
			switch {
			case c >= 0x20 && c < 0x80 && c != '"' && c != '\\':
				i++
			case c >= 0xC2 && c < 0xE0 && i+1 < end && data[i+1]&0xC0 == 0x80:
				i += 2
			case c >= 0xC2 && c < 0xE0 && i+1 == end:
				end = i // its word is the next one
			default:
				return i
			}
		}
	}
	return i
}

// TestTextEnd checks the eight-bytes-at-a-time scan of string text against one character at a
// time (textEndSlowly): every byte value at every place of a text of letters, ASCII or Arabic,
// and every pair of bytes after a two-byte character, and random strings of the bytes that
// matter.
func TestTextEnd(t *testing.T) {
	var inputs [][]byte
	for _, base := range []string{strings.Repeat("a", 20), strings.Repeat("ب", 10), "aب" + strings.Repeat("ب", 9)} {
		for v := range 256 {
			for at := range len(base) {
				data := []byte(base)
				data[at] = byte(v)
				inputs = append(inputs, data)
			}
		}
	}
	for v := range 256 {
		for u := range 256 {
			inputs = append(inputs, []byte("aaaaaب"+string([]byte{byte(v), byte(u)})+"aaaaaaaa"))
		}
	}
	alphabet := []byte{'a', ' ', '"', '\\', 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8, 0xDF, 0xE0, 0xE2, 0xF0, 0xFF}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100_000 {
		data := make([]byte, rng.IntN(30))
		for i := range data {
			data[i] = alphabet[rng.IntN(len(alphabet))]
		}
		inputs = append(inputs, data)
	}
	for _, data := range inputs {
		if got, want := textEnd(data, 0), textEndSlowly(data, 0); got != want {
			t.Fatalf("textEnd(%q) = %d, want %d", data, got, want)
		}
	}
}

// TestDecodeStringLists checks the lists of strings inside entities, which Decode gathers in
// a scratch list before it copies them into a slice of their length: lists of every length up
// to past a few growths of the scratch list, several lists in one entity and in many entities
// (the scratch list is reused), empty lists, and a bad element, reported at its own path.
func TestDecodeStringLists(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 15, 16, 17, 100, 1000} {
		f := &Framework{Format: FormatTag, ID: "x", Title: Text{"en": "X"}}
		for i := range 3 {
			in := Instrument{ID: ID(fmt.Sprintf("i%d", i)), Kind: InstrumentKindAgreement, Name: Text{"en": "I"}}
			for j := range n + i {
				in.Parties = append(in.Parties, ID(fmt.Sprintf("p%d-%d", i, j)))
				in.Sources = append(in.Sources, ID(fmt.Sprintf("s%d", j)))
			}
			if n > 0 {
				in.Areas = []Area{AreaCounterterrorism, AreaTraining}
			}
			f.Instruments = append(f.Instruments, in)
		}
		var buf bytes.Buffer
		if err := Encode(&buf, f); err != nil {
			t.Fatal(err)
		}
		got, err := Decode(&buf)
		if err != nil {
			t.Fatalf("lists of %d: %v", n, err)
		}
		for i, in := range got.Instruments {
			want := f.Instruments[i]
			if !slices.Equal(in.Parties, want.Parties) || !slices.Equal(in.Sources, want.Sources) || !slices.Equal(in.Areas, want.Areas) {
				t.Errorf("lists of %d: instrument %d decodes as %v %v %v, want %v %v %v", n, i, in.Parties, in.Sources, in.Areas, want.Parties, want.Sources, want.Areas)
			}
		}
	}
	doc := `{"format": "jscd/1", "id": "x", "title": {"en": "X"}, "instruments": [
		{"id": "a", "kind": "agreement", "name": {"en": "A"}, "parties": []},
		{"id": "b", "kind": "agreement", "name": {"en": "B"}, "parties": ["p", 7, "q"]}]}`
	f, err := Decode(strings.NewReader(doc))
	var is *Issue
	if f != nil || !errors.As(err, &is) || is.Code != CodeDecodeType || is.Path.String() != "/instruments/1/parties/1" {
		t.Fatalf("Decode of a number among parties = %v, %v; want a %s issue at /instruments/1/parties/1", f, err, CodeDecodeType)
	}
	f, err = Decode(strings.NewReader(strings.Replace(doc, `"p", 7, "q"`, `"p", "q"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if p := f.Instruments[0].Parties; p == nil || len(p) != 0 {
		t.Errorf("[] decodes as %#v, want an empty slice", p)
	}
	if p := f.Instruments[1].Parties; !slices.Equal(p, []ID{"p", "q"}) {
		t.Errorf(`["p", "q"] decodes as %v`, p)
	}
}
