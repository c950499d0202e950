package site

import (
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

// FirstView is what the page draws before its WebAssembly module is ready: the regions and the
// editor's text that the module's first action would give for one bundled dataset in one page
// language, computed at build time by the same view code (package view), natively. The page
// fetches the one its address asks for, draws it with its renderer, and the module takes over
// from the same state when it has started; see docs/demo.md.
type FirstView struct {
	Lang string `json:"lang"`
	Dir  string `json:"dir"`
	// Regions maps a region's name to its content, the same JSON text the module gives the
	// renderer, as a string: the renderer compares the module's text with it to skip regions
	// that did not change.
	Regions map[string]string `json:"regions"`
	Text    string            `json:"text"`
	// Loading says, in the page's language, that the validator is still loading.
	Loading string `json:"loading"`
}

// Cards are the detail cards of a document's entities in one page language, as the module
// draws them for an address with ?focus=ID and the document's own day (an address names its
// day only when it is another: see view.Input.Address): for each ID, the regions that opening
// its card draws, the card and the header (whose language links keep the focus), each as the
// JSON text the module gives the renderer. A page whose address has a focus fetches the file
// (CardsFile) with its first view and draws the card before the module is ready; the module
// then finds both regions drawn as it would draw them.
type Cards struct {
	// AsOf is the document's own day (YYYY-MM-DD), which the cards' statuses are as of.
	AsOf  string                       `json:"asof"`
	Cards map[string]map[string]string `json:"cards"`
}

// CardsFile is the name of the file that holds the cards of a dataset in a page language.
func CardsFile(dataset, lang string) string {
	return "cards-" + dataset + "-" + lang + ".json"
}

// NewCards computes the cards of every entity of a dataset in a page language, as
// NewFirstView computes its first view.
func NewCards(dataset, lang string, extra ...view.Document) (*Cards, error) {
	s, err := view.NewState(extra...)
	if err != nil {
		return nil, err
	}
	s.Apply("init", "?dataset="+dataset+"&lang="+lang)
	in := s.Input()
	c := &Cards{Cards: map[string]map[string]string{}}
	if !in.AsOf.IsZero() {
		c.AsOf = in.AsOf.Format(time.DateOnly)
	}
	for _, id := range in.CardIDs() {
		r := s.Apply("focus", id)
		c.Cards[id] = map[string]string{
			view.RegionDetail: string(r.Regions[view.RegionDetail]),
			view.RegionTop:    string(r.Regions[view.RegionTop]),
		}
	}
	return c, nil
}

// loadingNotes is FirstView.Loading in each page language.
var loadingNotes = map[string]string{
	"en":  "Loading the validator; edits are checked as soon as it is ready.",
	"ar":  "جارٍ تحميل المدقِّق؛ تُفحص التعديلات حالما يجهز.",
	"ckb": "پشکنەر باردەکرێت؛ دەستکارییەکان هەر کە ئامادە بوو دەپشکنرێن.",
}

// FirstViewFile is the name of the file that holds the first view of a dataset in a page
// language.
func FirstViewFile(dataset, lang string) string {
	return "first-view-" + dataset + "-" + lang + ".json"
}

// firstViewsMeta is the placeholder in index.html that Build fills with the datasets and
// languages it prerendered ("us-iraq us-iraq-2021;en ar ckb"), the default of each first, so
// the page can name the file its address asks for without a request of its own.
const firstViewsMeta = `<meta name="jscd-first-views" content="">`

// NewFirstView computes the first view of a dataset in a page language: a bundled one, or one
// of the extra documents offered before them (Build). It is deterministic: the "as of" day
// comes from the document, not from the clock.
func NewFirstView(dataset, lang string, extra ...view.Document) (*FirstView, error) {
	s, err := view.NewState(extra...)
	if err != nil {
		return nil, err
	}
	r := s.Apply("init", "?dataset="+dataset+"&lang="+lang)
	v := &FirstView{Lang: r.Lang, Dir: r.Dir, Regions: map[string]string{}, Text: s.Text(),
		Loading: loadingNotes[r.Lang]}
	for name, b := range r.Regions {
		v.Regions[name] = string(b)
	}
	return v, nil
}

// writeFirstViews writes the first view of every extra document and bundled dataset in every
// page language, as JSON (FirstViewFile) and as a page (FirstViewPage), names them in
// index.html, and makes index.html the page of the first dataset in the first language.
func writeFirstViews(dir string, extra []view.Document) error {
	var langs []string
	for _, l := range view.Languages() {
		langs = append(langs, l.Code)
	}
	var names []string
	for _, d := range extra {
		names = append(names, d.Name)
	}
	names = append(names, datasets.Names()...)
	index := filepath.Join(dir, "index.html")
	b, err := os.ReadFile(index)
	if err != nil {
		return err
	}
	template, err := nameFirstViews(string(b), names, langs)
	if err != nil {
		return err
	}
	var first string
	for _, name := range names {
		for _, lang := range langs {
			page, err := writeFirstView(dir, template, name, lang, extra)
			if err != nil {
				return err
			}
			if first == "" {
				first = page
			}
		}
	}
	return os.WriteFile(index, []byte(first), 0o644)
}

// writeFirstView writes the first view of one dataset in one language, as JSON and as a page,
// and the cards of its entities (CardsFile), and returns the page.
func writeFirstView(dir, template, name, lang string, extra []view.Document) (string, error) {
	v, err := NewFirstView(name, lang, extra...)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, FirstViewFile(name, lang)), b, 0o644); err != nil {
		return "", err
	}
	cards, err := NewCards(name, lang, extra...)
	if err != nil {
		return "", err
	}
	if b, err = json.Marshal(cards); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, CardsFile(name, lang)), b, 0o644); err != nil {
		return "", err
	}
	page, err := firstViewHTML(template, name, v)
	if err != nil {
		return "", err
	}
	return page, os.WriteFile(filepath.Join(dir, FirstViewPage(name, lang)), []byte(page), 0o644)
}

// nameFirstViews fills the placeholder of the page template with the datasets and languages
// prerendered.
func nameFirstViews(page string, names, langs []string) (string, error) {
	if !strings.Contains(page, firstViewsMeta) {
		return "", errors.New("site: index.html lacks " + firstViewsMeta)
	}
	filled := `<meta name="jscd-first-views" content="` +
		html.EscapeString(strings.Join(names, " ")+";"+strings.Join(langs, " ")) + `">`
	return strings.Replace(page, firstViewsMeta, filled, 1), nil
}
