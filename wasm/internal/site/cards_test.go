package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// Every region of every framework of the library's test data, in every language, with the
// detail card of each of its entities open, is a tree the first view's HTML writer can write
// (no adjacent or empty texts, only links to the web or within the page): a document given
// to the server (serve -file) prerenders whatever it holds, and the renderer builds the same
// tree the HTML parser would.
func TestEveryCardCanBePrerendered(t *testing.T) {
	files, err := filepath.Glob("../../../jscd/testdata/valid/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test data: %v", err)
	}
	docs := []view.Document{
		{Name: "broken", Text: []byte(`{"format": "jscd/1",`)},
		{Name: "empty", Text: nil},
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, view.Document{Name: strings.TrimSuffix(filepath.Base(f), ".json"), Text: b})
	}
	s, err := view.NewState(docs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, lang := range view.Languages() {
			s.Apply("init", "?dataset="+d.Name+"&lang="+lang.Code)
			ids := []string{""}
			if f := s.Input().Framework; f != nil {
				ids = append(ids, entityIDs(f)...)
			}
			for _, id := range ids {
				r := s.Apply("focus", id)
				regions := r.Regions
				if id == "" {
					regions = s.Apply("lang", lang.Code).Regions
				}
				for name, b := range regions {
					if _, err := regionHTML(string(b)); err != nil {
						t.Errorf("%s %s, focus %q: region %s cannot be prerendered: %v", d.Name, lang.Code, id, name, err)
					}
				}
			}
		}
	}
}

// entityIDs lists the IDs of every entity of f.
func entityIDs(f *jscd.Framework) []string {
	var ids []string
	for _, x := range f.Stakeholders {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Instruments {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Events {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Commitments {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Assessments {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Places {
		ids = append(ids, string(x.ID))
	}
	for _, x := range f.Sources {
		ids = append(ids, string(x.ID))
	}
	return ids
}
