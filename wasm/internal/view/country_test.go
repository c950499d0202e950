package view

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jscd-go/jscd/jscd/datasets"
)

// withPlaces is the bundled us-iraq document with a place in Iraq, a place in Turkey (a
// country the document has no state of) and an event located only by its country.
func withPlaces(t *testing.T) Document {
	t.Helper()
	b, err := datasets.Bytes("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	doc["places"] = []any{
		map[string]any{"id": "baghdad", "kind": "city", "name": map[string]any{"en": "Baghdad", "ar": "بغداد"}, "country": "IQ"},
		map[string]any{"id": "ankara", "kind": "city", "name": map[string]any{"en": "Ankara", "ar": "أنقرة"}, "country": "TR"},
	}
	events := doc["events"].([]any)
	for _, e := range events {
		if e := e.(map[string]any); e["id"] == "hcc-discussions-2023" {
			e["location"] = map[string]any{"country": "IQ"}
		}
	}
	b, err = json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return Document{Name: "places", Text: b}
}

// A country is named, in the page's language, by the document's state of that country, as a
// link to its card; a country the document has no state of is shown as its code, marked as
// one. No panel or card shows a bare ISO code where the document names the country.
func TestCountriesAreNamed(t *testing.T) {
	for _, tt := range []struct {
		lang, iraq string
	}{{"en", "Iraq"}, {"ar", "العراق"}, {"ckb", "عێراق"}} {
		t.Run(tt.lang, func(t *testing.T) {
			s := stateAt(t, "?dataset=places&lang="+tt.lang, withPlaces(t))
			in := s.Input()
			if len(in.Issues) != 0 && in.Framework == nil {
				t.Fatalf("the document does not decode: %v", in.Issues)
			}
			var state, code []Node
			for _, n := range Region(in, RegionPlaces) {
				n.Walk(func(n Node) {
					if c, _ := n.Attr("class"); hasClass(c, "country") {
						for _, k := range n.Kids {
							if k.Tag == "a" {
								state = append(state, k)
							} else if k.Tag == "abbr" {
								code = append(code, k)
							}
						}
					}
				})
			}
			if len(state) != 1 || len(code) != 1 {
				t.Fatalf("the places panel names %d countries by their state and %d by their code; want 1 and 1", len(state), len(code))
			}
			if v, _ := state[0].Attr("data-val"); v != "iraq" || state[0].TextContent() != tt.iraq {
				t.Errorf("Baghdad's country is %q (a link to %q); want %q, a link to iraq", state[0].TextContent(), v, tt.iraq)
			}
			if lang, _ := code[0].Attr("lang"); code[0].TextContent() != "TR" || lang != "zxx" {
				t.Errorf("Ankara's country is %q, lang %q; want the code TR, lang zxx", code[0].TextContent(), lang)
			}
			if title, _ := code[0].Attr("title"); title == "" {
				t.Error("the code TR does not say that it is a country code")
			}

			for id, want := range map[string]string{
				"sabit-al-abbasi":           tt.iraq, // a person
				"iraqi-ministry-of-defense": tt.iraq,
				"baghdad":                   tt.iraq, // a place
				"hcc-discussions-2023":      tt.iraq, // an event held in a country
				"orsam":                     "TR",    // no state of Turkey in the document
			} {
				s.Apply("focus", id)
				card := Region(in, RegionDetail)
				text := cardText(card)
				if !strings.Contains(text, want) {
					t.Errorf("the card of %s does not name the country %q: %s", id, want, text)
				}
				if want != "TR" && (strings.Contains(text, " IQ") || strings.Contains(text, "IQ ")) {
					t.Errorf("the card of %s shows the code IQ: %s", id, text)
				}
			}
			// A state's card does not give itself as its country.
			s.Apply("focus", "iraq")
			ps := paragraphs(Region(in, RegionDetail))
			for _, p := range ps {
				if strings.Contains(p, "IQ") {
					t.Errorf("the card of the state of Iraq shows its code: %q", p)
				}
			}
		})
	}
}
