package jscd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzAnalysis runs every question a renderer asks (the browser demo asks them on every
// keystroke) on whatever decodes: none may panic, loop or answer inconsistently, whatever the
// references, dates or cycles of the document.
func FuzzAnalysis(f *testing.F) {
	for _, data := range seedDocuments(f, "testdata/invalid/*.json", "testdata/valid/*.json", "datasets/*.json") {
		f.Add(data, "sudani")
	}
	base, err := os.ReadFile(filepath.Join("datasets", "us-iraq-2021.json"))
	if err != nil {
		f.Fatal(err)
	}
	old, err := Decode(bytes.NewReader(base))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, query string) {
		fw, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		l := fw.Lineage()
		for _, id := range l.Nodes() {
			l.Ancestors(id)
			l.Descendants(id)
		}
		fw.Timeline()
		report := fw.StatusAsOf(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
		if len(report.Commitments) != len(fw.Commitments) {
			t.Fatalf("StatusAsOf reports %d commitments of %d", len(report.Commitments), len(fw.Commitments))
		}
		for _, r := range fw.Search(query) {
			if r.Entity == nil || r.Score <= 0 || len(r.Field) == 0 || r.Field[0] != string(r.Collection) {
				t.Fatalf("search result without an entity, a score or a field in its collection: %+v", r)
			}
		}
		if changes := Diff(fw, fw); len(changes) != 0 {
			t.Fatalf("a framework differs from itself: %v", Changes(changes))
		}
		Diff(old, fw)
		for _, is := range fw.Check() {
			if _, ok := Locate(data, is.Path); !ok {
				t.Fatalf("Locate cannot find %s in a document that decoded", is.Path)
			}
		}
	})
}
