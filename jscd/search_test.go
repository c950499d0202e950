package jscd_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func searchFramework() *jscd.Framework {
	return &jscd.Framework{Stakeholders: []jscd.Stakeholder{
		{ID: "iraq", Kind: jscd.StakeholderKindState, Name: jscd.Text{"en": "Iraq", "ar": "العراق"}},
		{ID: "sudani", Kind: jscd.StakeholderKindPerson,
			Name:      jscd.Text{"en": "Mohammed Shia' al-Sudani", "ar": "محمد شياع السوداني", "ckb": "محەمەد شیاع سوودانی"},
			Positions: []jscd.Position{{Title: jscd.Text{"en": "Prime Minister of Iraq", "ar": "رئيس وزراء العراق"}}}},
		{ID: "abbasi", Kind: jscd.StakeholderKindPerson,
			Name:      jscd.Text{"en": "Sabit al-Abbasi", "ar": "ثابت محمد سعيد العباسي"},
			Aliases:   []jscd.Text{{"en": "Thabet al-Abbasi"}, {"en": "Thabit Muhammad Saeed al-Abbasi"}},
			Positions: []jscd.Position{{Title: jscd.Text{"en": "Minister of Defense"}}}},
		{ID: "sudan", Kind: jscd.StakeholderKindState, Name: jscd.Text{"en": "Sudan"}},
		{ID: "centcom", Kind: jscd.StakeholderKindCommand, Name: jscd.Text{"en": "US Central Command"},
			ShortName: jscd.Text{"en": "CENTCOM"}},
	}}
}

type searchRow struct {
	ID      jscd.ID
	Score   jscd.Score
	Matched string
	Field   string
	Lang    string
}

func searchRows(rs []jscd.SearchResult) []searchRow {
	var rows []searchRow
	for _, r := range rs {
		rows = append(rows, searchRow{r.ID, r.Score, r.Matched, r.Field.String(), r.Lang})
	}
	return rows
}

func TestSearch(t *testing.T) {
	f := searchFramework()
	tests := []struct {
		query string
		want  []searchRow
	}{
		{"sudani", []searchRow{
			{"sudani", jscd.ScoreWord, "Mohammed Shia' al-Sudani", "/stakeholders/1/name/en", "en"},
		}},
		{"Al-Sudani", []searchRow{
			{"sudani", jscd.ScoreWord, "Mohammed Shia' al-Sudani", "/stakeholders/1/name/en", "en"},
		}},
		{"السوداني", []searchRow{
			{"sudani", jscd.ScoreWord, "محمد شياع السوداني", "/stakeholders/1/name/ar", "ar"},
		}},
		// "sudan" is all of Sudan's name, only the start of al-Sudani's.
		{"Sudan", []searchRow{
			{"sudan", jscd.ScoreExact, "Sudan", "/stakeholders/3/name/en", "en"},
			{"sudani", jscd.ScoreWordPrefix, "Mohammed Shia' al-Sudani", "/stakeholders/1/name/en", "en"},
		}},
		{"Thabet", []searchRow{
			{"abbasi", jscd.ScoreWord, "Thabet al-Abbasi", "/stakeholders/2/aliases/0/en", "en"},
		}},
		{"sabit", []searchRow{
			{"abbasi", jscd.ScoreWord, "Sabit al-Abbasi", "/stakeholders/2/name/en", "en"},
		}},
		{"ثابت", []searchRow{
			{"abbasi", jscd.ScoreWord, "ثابت محمد سعيد العباسي", "/stakeholders/2/name/ar", "ar"},
		}},
		{"abbasi sabit", []searchRow{ // words in any order
			{"abbasi", jscd.ScoreWord, "Sabit al-Abbasi", "/stakeholders/2/name/en", "en"},
		}},
		{"centcom", []searchRow{
			{"centcom", jscd.ScoreExact, "CENTCOM", "/stakeholders/4/shortName/en", "en"},
		}},
		{"prime minister", []searchRow{
			{"sudani", jscd.ScoreWord, "Prime Minister of Iraq", "/stakeholders/1/positions/0/title/en", "en"},
		}},
		{"minister", []searchRow{
			{"sudani", jscd.ScoreWord, "Prime Minister of Iraq", "/stakeholders/1/positions/0/title/en", "en"},
			{"abbasi", jscd.ScoreWord, "Minister of Defense", "/stakeholders/2/positions/0/title/en", "en"},
		}},
		{"ister", []searchRow{
			{"sudani", jscd.ScoreSubstring, "Prime Minister of Iraq", "/stakeholders/1/positions/0/title/en", "en"},
			{"abbasi", jscd.ScoreSubstring, "Minister of Defense", "/stakeholders/2/positions/0/title/en", "en"},
		}},
		{"العراق", []searchRow{
			{"iraq", jscd.ScoreExact, "العراق", "/stakeholders/0/name/ar", "ar"},
			{"sudani", jscd.ScoreWord, "رئيس وزراء العراق", "/stakeholders/1/positions/0/title/ar", "ar"},
		}},
		{"سوودانی", []searchRow{ // Sorani spelling
			{"sudani", jscd.ScoreWord, "محەمەد شیاع سوودانی", "/stakeholders/1/name/ckb", "ckb"},
		}},
		{"kadhimi", nil},
		{"", nil},
		{"-'", nil},
	}
	for _, tt := range tests {
		got := searchRows(f.Search(tt.query))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tt.query, diff)
		}
	}
}

func TestSearchResultPointsIntoFramework(t *testing.T) {
	f := searchFramework()
	rs := f.Search("abbasi")
	if len(rs) != 1 || rs[0].Entity != &f.Stakeholders[2] || rs[0].Collection != jscd.CollectionStakeholders {
		t.Fatalf("Search(abbasi) = %v, want a pointer to the third stakeholder", rs)
	}
}

func TestSearchEmpty(t *testing.T) {
	var nilFramework *jscd.Framework
	if got := nilFramework.Search("x"); got != nil {
		t.Errorf("nil framework: Search = %v", got)
	}
	if got := (&jscd.Framework{}).Search("x"); got != nil {
		t.Errorf("zero framework: Search = %v", got)
	}
}

// TestSearchBundled checks the spellings a reader of the article would try on the bundled
// US–Iraq data: each finds the person it names, first.
func TestSearchBundled(t *testing.T) {
	f, err := datasets.Load("us-iraq")
	if err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]jscd.ID{
		"sudani": "mohammed-shia-al-sudani", "Al-Sudani": "mohammed-shia-al-sudani",
		"al sudani": "mohammed-shia-al-sudani", "السوداني": "mohammed-shia-al-sudani",
		"Shia": "mohammed-shia-al-sudani", "Thabet": "sabit-al-abbasi", "Sabit": "sabit-al-abbasi",
		"kadhimi": "mustafa-al-kadhimi", "الكاظمي": "mustafa-al-kadhimi", "STROUL": "dana-stroul",
	} {
		var found []jscd.ID
		for _, r := range f.Search(query) {
			found = append(found, r.ID)
		}
		if len(found) == 0 || found[0] != want {
			t.Errorf("Search(%q) = %v, want %s first", query, found, want)
		}
	}
}

// TestSearchFindsEveryNamedEntity checks that instruments (by short name and alias), events
// and places are found, each result naming its collection and pointing at its entity.
func TestSearchFindsEveryNamedEntity(t *testing.T) {
	f := &jscd.Framework{
		Stakeholders: []jscd.Stakeholder{{ID: "northland", Kind: jscd.StakeholderKindState, Name: jscd.Text{"en": "Northland"}}},
		Instruments: []jscd.Instrument{{ID: "edca", Kind: jscd.InstrumentKindAgreement,
			Name:      jscd.Text{"en": "Enhanced Defense Cooperation Agreement"},
			ShortName: jscd.Text{"en": "EDCA"},
			Aliases:   []jscd.Text{{"en": "Basing pact"}}}},
		Events: []jscd.Event{{ID: "two-plus-two", Kind: jscd.EventKindMeeting, Name: jscd.Text{"en": "2+2 ministerial dialogue"}}},
		Places: []jscd.Place{{ID: "north-base", Kind: jscd.PlaceKindAirfield, Name: jscd.Text{"en": "North Air Base"},
			Aliases: []jscd.Text{{"tl": "Himpilan sa Hilaga"}}}},
	}
	tests := []struct {
		query      string
		collection jscd.Collection
		entity     any
		field      string
	}{
		{"edca", jscd.CollectionInstruments, &f.Instruments[0], "/instruments/0/shortName/en"},
		{"basing pact", jscd.CollectionInstruments, &f.Instruments[0], "/instruments/0/aliases/0/en"},
		{"2+2", jscd.CollectionEvents, &f.Events[0], "/events/0/name/en"},
		{"north air base", jscd.CollectionPlaces, &f.Places[0], "/places/0/name/en"},
		{"himpilan", jscd.CollectionPlaces, &f.Places[0], "/places/0/aliases/0/tl"},
	}
	for _, tt := range tests {
		rs := f.Search(tt.query)
		if len(rs) == 0 {
			t.Errorf("Search(%q) found nothing", tt.query)
			continue
		}
		r := rs[0]
		if r.Collection != tt.collection || r.Entity != tt.entity || r.Field.String() != tt.field {
			t.Errorf("Search(%q)[0] = %s %v at %s; want %s at %s", tt.query, r.Collection, r.ID, r.Field, tt.collection, tt.field)
		}
	}
	// A whole word of the base's name ranks before the start of the state's.
	if rs := f.Search("north"); len(rs) != 2 || rs[0].ID != "north-base" || rs[1].ID != "northland" {
		t.Errorf("Search(north) = %v; want the base, then the state", rs)
	}
}
