package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestCheckReportsIssuesInTheReadersLanguage(t *testing.T) {
	doc := `{"format": "jscd/1", "id": "x", "title": {"en": "X"}, "commitmnets": []}`
	file := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if status := check(&out, file, language.English, false); status != 2 {
		t.Errorf("status = %d; want 2 for a document that does not decode", status)
	}
	if !strings.Contains(out.String(), `/commitmnets (1:55): unknown field "commitmnets"; did you mean "commitments"? [decode.unknown-field]`) {
		t.Errorf("output lacks the located decode issue:\n%s", out.String())
	}
	out.Reset()
	check(&out, file, language.Arabic, false)
	if !strings.Contains(out.String(), "commitments") || !strings.ContainsRune(out.String(), 'ح') {
		t.Errorf("Arabic output is not Arabic:\n%s", out.String())
	}
}

func TestCheckBundledFrameworkHasNoErrors(t *testing.T) {
	var out strings.Builder
	if status := check(&out, "(bundled us-iraq)", language.English, true); status != 0 {
		t.Errorf("status = %d; want 0 (no errors, no warnings):\n%s", status, out.String())
	}
	// The bundled data has hints (commitments without a due date): each names its severity
	// once, after its place.
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for _, line := range lines {
		if strings.Count(line, "info") != 1 || !strings.Contains(line, ": info: ") {
			t.Errorf("a hint does not name its severity exactly once: %q", line)
		}
	}
	if len(lines) == 0 || lines[0] == "" {
		t.Error("no hints printed for the bundled data")
	}
}

func TestCheckLocatesValidationIssues(t *testing.T) {
	doc := `{
  "format": "jscd/1", "id": "x", "title": {"en": "X"},
  "stakeholders": [{"id": "iraq", "kind": "state", "name": {"ar": "العراق", "en": "Iraq"}, "country": "IQ"}],
  "commitments": [{"id": "c", "text": {"ar": "حماية المستشارين"}, "by": ["iraq"], "to": ["usa"], "strength": "intent"}]
}`
	file := filepath.Join(t.TempDir(), "refs.json")
	if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if status := check(&out, file, language.English, false); status != 1 {
		t.Errorf("status = %d; want 1 for a document with errors:\n%s", status, out.String())
	}
	// "usa" is on line 4, at the 90th character (the 105th byte: columns count characters).
	if !strings.Contains(out.String(), `/commitments/0/to/0 (4:90): "usa" does not name any entity of the document [ref.unresolved]`) {
		t.Errorf("output lacks the located validation issue:\n%s", out.String())
	}
	// A missing member is shown at the object that lacks it: the commitment, line 4 column 19.
	if !strings.Contains(out.String(), `/commitments/0/sources (4:19): `) {
		t.Errorf("output lacks the missing sources at the commitment:\n%s", out.String())
	}
}
