package site

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/view"
	"github.com/jscd-go/jscd/wasm/internal/web"
)

// pageDir writes the page's index.html into a new directory, as Build's first step does.
func pageDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := fs.ReadFile(web.Files, "index.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func langCodes() []string {
	var codes []string
	for _, l := range view.Languages() {
		codes = append(codes, l.Code)
	}
	return codes
}

// Every bundled dataset has a first view in every page language, holding every region, the
// dataset's text and the loading note in that language; index.html names them all.
func TestWriteFirstViews(t *testing.T) {
	dir := pageDir(t)
	if err := writeFirstViews(dir, nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range datasets.Names() {
		text, _ := datasets.Bytes(name)
		for _, lang := range langCodes() {
			b, err := os.ReadFile(filepath.Join(dir, FirstViewFile(name, lang)))
			if err != nil {
				t.Fatal(err)
			}
			var v FirstView
			if err := json.Unmarshal(b, &v); err != nil {
				t.Fatalf("%s: %v", FirstViewFile(name, lang), err)
			}
			var regions []string
			for r, content := range v.Regions {
				regions = append(regions, r)
				if !json.Valid([]byte(content)) {
					t.Errorf("%s: region %s is not JSON", FirstViewFile(name, lang), r)
				}
			}
			slices.Sort(regions)
			want := view.AllRegions()
			slices.Sort(want)
			if diff := cmp.Diff(want, regions); diff != "" {
				t.Errorf("%s: regions (-want +got):\n%s", FirstViewFile(name, lang), diff)
			}
			if v.Text != string(text) || v.Lang != lang || v.Loading == "" || v.Loading != loadingNotes[lang] {
				t.Errorf("%s: text of %d bytes (want %d), lang %q, loading note %q", FirstViewFile(name, lang),
					len(v.Text), len(text), v.Lang, v.Loading)
			}
		}
	}
	page, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	meta := `<meta name="jscd-first-views" content="` + strings.Join(datasets.Names(), " ") + ";" +
		strings.Join(langCodes(), " ") + `">`
	if !strings.Contains(string(page), meta) {
		t.Errorf("index.html does not name the first views with %s", meta)
	}
}

// Two builds write the same first views, byte for byte: nothing in them depends on the clock
// or on map order.
func TestFirstViewsAreDeterministic(t *testing.T) {
	a, b := pageDir(t), pageDir(t)
	for _, dir := range []string{a, b} {
		if err := writeFirstViews(dir, nil); err != nil {
			t.Fatal(err)
		}
	}
	names, err := filepath.Glob(filepath.Join(a, "*"))
	if err != nil || len(names) < 2 {
		t.Fatalf("first views written: %v (%v)", names, err)
	}
	for _, name := range names {
		x, _ := os.ReadFile(name)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(name)))
		if err != nil {
			t.Fatal(err)
		}
		if string(x) != string(y) {
			t.Errorf("%s differs between two builds", filepath.Base(name))
		}
	}
}

// The module takes over with "start" and then asks for each region; each region it gives must
// equal the first view's, so that the page patches nothing.
func TestFirstViewIsWhatTheModuleDraws(t *testing.T) {
	for _, name := range datasets.Names() {
		for _, lang := range langCodes() {
			v, err := NewFirstView(name, lang)
			if err != nil {
				t.Fatal(err)
			}
			s, err := view.NewState()
			if err != nil {
				t.Fatal(err)
			}
			r := s.ApplyFor("start", "?lang="+lang+"&dataset="+name, []string{})
			if r.Text == nil || *r.Text != v.Text || r.Lang != v.Lang || r.Dir != v.Dir {
				t.Errorf("%s %s: the module's start gives another text, language or direction", name, lang)
			}
			got := map[string]string{}
			for _, region := range r.Dirty {
				got[region] = string(s.ApplyFor("region", region, nil).Regions[region])
			}
			if diff := cmp.Diff(v.Regions, got); diff != "" {
				t.Errorf("%s %s: regions (-first view +module):\n%s", name, lang, diff)
			}
		}
	}
}

func TestWriteFirstViewsNeedsThePlaceholder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFirstViews(dir, nil); err == nil {
		t.Error("writeFirstViews filled an index.html without the placeholder")
	}
}

// A site built with a document of its own offers it first: its first views are written in
// every language, index.html is its English page and names it first, and the server's choice
// of page for an address knows it.
func TestWriteFirstViewsWithADocument(t *testing.T) {
	text, err := os.ReadFile("../../../jscd/testdata/valid/every-field.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := view.Document{Name: "northland", Text: text}
	dir := pageDir(t)
	if err := writeFirstViews(dir, []view.Document{doc}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range langCodes() {
		b, err := os.ReadFile(filepath.Join(dir, FirstViewFile("northland", lang)))
		if err != nil {
			t.Fatal(err)
		}
		var v FirstView
		if err := json.Unmarshal(b, &v); err != nil || v.Text != string(text) || v.Lang != lang {
			t.Errorf("%s: text of %d bytes (want %d), lang %q (%v)", FirstViewFile("northland", lang), len(v.Text), len(text), v.Lang, err)
		}
		if _, err := os.Stat(filepath.Join(dir, FirstViewPage("northland", lang))); err != nil {
			t.Error(err)
		}
	}
	want := append([]string{"northland"}, datasets.Names()...)
	if got := offeredNames(dir); !slices.Equal(got, want) {
		t.Errorf("the site offers %q; want %q", got, want)
	}
	index, _ := os.ReadFile(filepath.Join(dir, "index.html"))
	page, _ := os.ReadFile(filepath.Join(dir, FirstViewPage("northland", "en")))
	if string(index) != string(page) {
		t.Error("index.html is not the document's English page")
	}
	for q, page := range map[string]string{"": "view-northland-en.html", "lang=ar": "view-northland-ar.html",
		"dataset=us-iraq": "view-us-iraq-en.html", "dataset=nonesuch": "view-northland-en.html"} {
		if got := firstViewPageFor(q, offeredNames(dir)); got != page {
			t.Errorf("query %q: page %s; want %s", q, got, page)
		}
	}
	if err := writeFirstViews(pageDir(t), []view.Document{{Name: "us-iraq", Text: text}}); err == nil {
		t.Error("a document named as a bundled dataset was written")
	}
}

// Every bundled dataset has, in every page language, the card of each of its entities: the
// card and the header exactly as the module draws them for an address with that focus, so the
// module changes nothing when it takes over a card drawn from the file.
func TestWriteCards(t *testing.T) {
	dir := pageDir(t)
	if err := writeFirstViews(dir, nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range datasets.Names() {
		f := datasets.MustLoad(name)
		for _, lang := range langCodes() {
			b, err := os.ReadFile(filepath.Join(dir, CardsFile(name, lang)))
			if err != nil {
				t.Fatal(err)
			}
			var c Cards
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatalf("%s: %v", CardsFile(name, lang), err)
			}
			ids := []string{string(f.Instruments[0].ID), string(f.Stakeholders[0].ID), string(f.Sources[0].ID)}
			if len(c.Cards) < len(f.Stakeholders)+len(f.Instruments)+len(f.Events) || c.AsOf == "" {
				t.Errorf("%s: %d cards as of %q", CardsFile(name, lang), len(c.Cards), c.AsOf)
			}
			for _, id := range ids {
				s, err := view.NewState()
				if err != nil {
					t.Fatal(err)
				}
				r := s.Apply("init", "?dataset="+name+"&lang="+lang+"&focus="+id)
				for _, region := range []string{view.RegionDetail, view.RegionTop} {
					if got, want := c.Cards[id][region], string(r.Regions[region]); got != want {
						t.Errorf("%s: the %s region of %s is not the module's:\n got %.300s\nwant %.300s", CardsFile(name, lang), region, id, got, want)
					}
				}
				if !strings.Contains(c.Cards[id][view.RegionDetail], `"data-id":"`+id+`"`) {
					t.Errorf("%s: the card of %s is not its card: %.300s", CardsFile(name, lang), id, c.Cards[id][view.RegionDetail])
				}
			}
		}
	}
}
