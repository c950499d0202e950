package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDocumentName(t *testing.T) {
	for file, want := range map[string]string{
		"mine.json":                     "mine",
		"/tmp/x/My Framework (v2).json": "my-framework-v2",
		"US_Japan--2024.JSON":           "us-japan-2024",
		"-.json":                        "document",
		"ÉTÉ été.json":                  "t-t",
		"noext":                         "noext",
	} {
		if got := documentName(file); got != want {
			t.Errorf("documentName(%q) = %q; want %q", file, got, want)
		}
	}
}

func TestReadDocuments(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a, b := write("Northland.json", `{"format": "jscd/1"}`), write("south land.json", `not json`)
	docs, err := readDocuments([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "northland" || string(docs[0].Text) != `{"format": "jscd/1"}` ||
		docs[1].Name != "south-land" || string(docs[1].Text) != "not json" {
		t.Errorf("documents %+v", docs)
	}
	for _, tt := range []struct {
		files []string
		want  string
	}{
		{[]string{write("US-Iraq.json", "{}")}, `as a bundled framework is`},
		{[]string{a, write("northland.JSON", "{}")}, `would both be named "northland"`},
		{[]string{filepath.Join(dir, "missing.json")}, "missing.json"},
	} {
		if _, err := readDocuments(tt.files); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readDocuments(%q): error %v; want one saying %s", tt.files, err, tt.want)
		}
	}
}
