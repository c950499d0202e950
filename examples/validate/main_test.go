package main

import (
	"os"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
)

func TestCheckReportsDecodeIssuesInTheReadersLanguage(t *testing.T) {
	doc := []byte(`{"format": "jscd/1", "id": "x", "title": {"en": "X"}, "commitmnets": []}`)
	var out strings.Builder
	if status := check(&out, "bad.json", doc, jscd.NewPrinter(language.English)); status != 2 {
		t.Errorf("status = %d; want 2 for a document that does not decode", status)
	}
	if !strings.Contains(out.String(), `bad.json: /commitmnets (1:55): unknown field "commitmnets"; did you mean "commitments"? [decode.unknown-field]`) {
		t.Errorf("output lacks the located decode issue:\n%s", out.String())
	}
	out.Reset()
	check(&out, "bad.json", doc, jscd.NewPrinter(language.Arabic))
	if !strings.Contains(out.String(), "commitments") || !strings.ContainsRune(out.String(), 'ح') {
		t.Errorf("Arabic output is not Arabic:\n%s", out.String())
	}
}

func TestCheckLocatesValidationIssues(t *testing.T) {
	doc := []byte(`{
  "format": "jscd/1", "id": "x", "title": {"en": "X"},
  "stakeholders": [{"id": "iraq", "kind": "state", "name": {"ar": "العراق", "en": "Iraq"}, "country": "IQ"}],
  "commitments": [{"id": "c", "text": {"ar": "حماية المستشارين"}, "by": ["iraq"], "to": ["usa"], "strength": "intent"}]
}`)
	var out strings.Builder
	if status := check(&out, "refs.json", doc, jscd.NewPrinter(language.English)); status != 1 {
		t.Errorf("status = %d; want 1 for a document with errors:\n%s", status, out.String())
	}
	// "usa" is on line 4, at the 90th character (the 105th byte: columns count characters).
	if !strings.Contains(out.String(), `refs.json: /commitments/0/to/0 (4:90): "usa" does not name any entity of the document [ref.unresolved]`) {
		t.Errorf("output lacks the located validation issue:\n%s", out.String())
	}
}

func TestCheckBundledFrameworkHasNoErrors(t *testing.T) {
	data, err := os.ReadFile("../../jscd/datasets/us-iraq.json")
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if status := check(&out, "us-iraq.json", data, jscd.NewPrinter(language.English)); status != 0 {
		t.Errorf("status = %d; want 0:\n%s", status, out.String())
	}
}
