package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jscd-go/jscd/jscd/datasets"
)

// TestCompetitorsAgree checks that the benchmark measures what it says: every competitor
// reads the bundled document, and the two validators, jscd and the JSON Schema, reject the
// same broken ones (encoding/json, which checks only types, rejects the wrong type).
func TestCompetitorsAgree(t *testing.T) {
	schema, err := schemaValidator("../..")
	if err != nil {
		t.Fatal(err)
	}
	jscdCheck := func(data []byte) error { return jscdDecodeValidate(data, func(_, _ cost) {}) }
	usIraq, err := datasets.Bytes("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	plain := map[string]func([]byte) error{"encoding/json": jsonV1}
	if v2, ok := jsonV2(); ok {
		plain["encoding/json/v2"] = v2
	}

	for name, run := range map[string]func([]byte) error{"jscd": jscdCheck, "jsonschema": schema, "encoding/json": jsonV1} {
		if err := run(usIraq); err != nil {
			t.Errorf("%s rejects us-iraq: %v", name, err)
		}
	}
	if v2, ok := jsonV2(); ok {
		if err := v2(usIraq); err != nil {
			t.Errorf("encoding/json/v2 rejects us-iraq: %v", err)
		}
	}

	for _, c := range []struct {
		file       string
		typesWrong bool // a JSON type is wrong, which encoding/json rejects too
	}{
		{"unknown-top-level-field.json", false},
		{"unknown-nested-field.json", false},
		{"type-object-for-string.json", true},
		{"type-string-for-array.json", true},
	} {
		data, err := os.ReadFile(filepath.Join("../../jscd/testdata/decode", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if jscdCheck(data) == nil {
			t.Errorf("jscd accepts %s", c.file)
		}
		if schema(data) == nil {
			t.Errorf("jsonschema accepts %s", c.file)
		}
		for name, run := range plain {
			if got := run(data) != nil; got != c.typesWrong {
				t.Errorf("%s on %s: rejected %v, want %v", name, c.file, got, c.typesWrong)
			}
		}
	}
}

// TestRunSmoke runs the whole benchmark once, briefly, on the bundled document.
func TestRunSmoke(t *testing.T) {
	var out bytes.Buffer
	cfg := config{root: "../..", rounds: 1, minTime: time.Millisecond, noRSS: true, out: &out, progress: io.Discard}
	if err := run(cfg); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"jsonschema v6 (parse + validate) ÷ jscd Decode+Validate", "jscd Decode ÷ encoding/json Unmarshal", "| us-iraq |"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the output lacks %q:\n%s", want, out.String())
		}
	}
}
