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
}
