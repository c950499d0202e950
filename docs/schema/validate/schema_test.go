package validate_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jscd-go/jscd/jscd"
)

const root = "../../.."

// schemaBlind are the decode test files whose problem no JSON Schema can see, because a
// schema judges the parsed value, not the text: duplicate keys (the parser keeps one), size
// limits, 4e0 (an integer to JSON Schema, a number in exponent form to Decode), and 1e400 (a
// number to JSON Schema, beyond a float64 to Decode).
// docs/schema.md lists them.
var schemaBlind = []string{
	"duplicate-escaped-key.json",
	"duplicate-in-extensions.json",
	"duplicate-in-text.json",
	"duplicate-nested-member.json",
	"coordinates-out-of-range-number.json",
	"duplicate-top-level.json",
	"too-large.json",
	"type-exponent-round.json",
}

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	s, err := c.Compile(filepath.Join(root, "docs/schema/jscd-1.schema.json"))
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return s
}

// files returns the JSON files matching pattern, relative to the repository root, leaving out
// the golden ".want.json" files.
func files(t *testing.T, pattern string) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join(root, pattern))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range all {
		if !strings.HasSuffix(f, ".want.json") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	return out
}

// validate returns the schema's error for the file (nil when it passes), and whether the
// file parses as JSON at all.
func validate(t *testing.T, s *jsonschema.Schema, file string) (err error, parses bool) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b) {
		return nil, false
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return nil, false
	}
	return s.Validate(inst), true
}

// leafLocations returns the instance locations, as JSON Pointers, of the innermost errors of
// a schema validation error: where the schema found each problem.
func leafLocations(err error) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil
	}
	var out []string
	// A location always extends its parent's, except under propertyNames, where the error is
	// located inside the name being checked (and the validator's location buffer may have
	// moved on): there, take the location of the object, as the parent error has it.
	var walk func(e *jsonschema.ValidationError, parent []string)
	walk = func(e *jsonschema.ValidationError, parent []string) {
		loc := e.InstanceLocation
		if len(loc) < len(parent) || !slices.Equal(loc[:len(parent)], parent) {
			loc = parent
		}
		if len(e.Causes) == 0 {
			out = append(out, jscd.Path(loc).String())
		}
		for _, c := range e.Causes {
			walk(c, loc)
		}
	}
	walk(ve, nil)
	return out
}

// complainsAt reports whether the schema error points at the value at path, or at the object
// or array holding it (where a schema reports a missing or an unknown member).
func complainsAt(err error, path string) bool {
	parent := ""
	if i := strings.LastIndex(path, "/"); i >= 0 {
		parent = path[:i]
	}
	for _, loc := range leafLocations(err) {
		if loc == path || loc == parent {
			return true
		}
	}
	return false
}

// TestAcceptedByLibraryAndSchema checks that documents the library accepts pass the schema.
func TestAcceptedByLibraryAndSchema(t *testing.T) {
	s := compile(t)
	for _, pattern := range []string{"jscd/testdata/valid/*.json", "jscd/datasets/*.json"} {
		for _, file := range files(t, pattern) {
			if err := libraryVerdict(t, file); err != nil {
				t.Fatalf("%s: the library rejects it: %v", file, err)
			}
			if err, _ := validate(t, s, file); err != nil {
				t.Errorf("%s: the library accepts it, the schema does not:\n%v", file, err)
			}
		}
	}
}

// libraryVerdict decodes and validates the file with the library.
func libraryVerdict(t *testing.T, file string) error {
	t.Helper()
	r, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	f, err := jscd.Decode(r)
	if err != nil {
		return err
	}
	return f.Validate()
}

// TestDecodeErrorsFailTheSchema checks that the schema finds the problem of each decode test
// file that parses as JSON, at the path Decode reports it, except those in schemaBlind, where
// it must not (so that the list stays true).
func TestDecodeErrorsFailTheSchema(t *testing.T) {
	s := compile(t)
	for _, file := range files(t, "jscd/testdata/decode/*.json") {
		err, parses := validate(t, s, file)
		if !parses {
			continue // not JSON: no schema can judge it
		}
		path := decodePath(t, file)
		blind := slices.Contains(schemaBlind, filepath.Base(file))
		found := slices.Contains(leafLocations(err), path)
		switch {
		case blind && found:
			t.Errorf("%s is listed as invisible to the schema, but the schema finds its problem at %q", file, path)
		case !blind && !complainsAt(err, path):
			t.Errorf("%s: Decode reports %q, the schema does not (it reports %v)", file, path, leafLocations(err))
		}
	}
}

// decodePath returns the path of the issue the decode test file's golden file expects.
func decodePath(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".want.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Path string }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatalf("%s.want.json: %v", file, err)
	}
	return want.Path
}

// broken are the documents of ./testdata, each a valid document broken once, with the path of
// the problem.
var broken = map[string]string{
	"country-lower-case.json":         "/stakeholders/0/country",
	"date-prose.json":                 "/instruments/0/date",
	"event-without-sources.json":      "/events/0/sources",
	"id-upper-case.json":              "/stakeholders/0/id",
	"kind-unknown.json":               "/stakeholders/0/kind",
	"parties-empty.json":              "/instruments/0/parties",
	"relation-unknown-member.json":    "/instruments/0/relations/0/note",
	"round-negative.json":             "/events/0/round",
	"status-change-without-date.json": "/commitments/0/status/0/date",
	"title-empty.json":                "/title",
	"title-missing.json":              "/title",
	"url-not-web.json":                "/sources/0/url",
}

// TestBrokenDocumentsFailTheSchema checks that the schema and the library both reject each
// broken document, the schema at the place of the problem.
func TestBrokenDocumentsFailTheSchema(t *testing.T) {
	s := compile(t)
	found, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != len(broken) {
		t.Errorf("testdata has %d files, the table %d", len(found), len(broken))
	}
	for name, path := range broken {
		file := filepath.Join("testdata", name)
		err, parses := validate(t, s, file)
		switch {
		case !parses:
			t.Errorf("%s does not parse as JSON; it should be broken in structure only", file)
		case !complainsAt(err, path):
			t.Errorf("%s: the schema does not report %q (it reports %v)", file, path, leafLocations(err))
		}
		if libraryVerdict(t, file) == nil {
			t.Errorf("%s: the library accepts it; the schema must not be stricter than the library", file)
		}
	}
}

// TestSchemaNoStricterThanLibrary checks, over the validation test files, that the schema
// rejects no document the library accepts (files whose issues are only warnings).
func TestSchemaNoStricterThanLibrary(t *testing.T) {
	s := compile(t)
	for _, file := range files(t, "jscd/testdata/invalid/*.json") {
		if strings.HasSuffix(file, ".issues.json") {
			continue
		}
		err, parses := validate(t, s, file)
		if parses && err != nil && libraryVerdict(t, file) == nil {
			t.Errorf("%s: the library accepts it, the schema rejects it at %v", file, leafLocations(err))
		}
	}
}
