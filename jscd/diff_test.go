package jscd_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jscd-go/jscd/jscd"
)

func diffFrameworks(t testing.TB) (old, new *jscd.Framework) {
	old = &jscd.Framework{
		Format: jscd.FormatTag, ID: "f", Title: jscd.Text{"en": "F (2021)"},
		Stakeholders: []jscd.Stakeholder{
			{ID: "kadhimi", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "Mustafa al-Kadhimi"},
				Positions: []jscd.Position{{Title: jscd.Text{"en": "Prime Minister"}, From: day(t, "2020-05-07")}}},
			{ID: "gone", Kind: jscd.StakeholderKindState, Name: jscd.Text{"en": "Gone"}},
		},
		Commitments: []jscd.Commitment{{
			ID: "withdrawal", Text: jscd.Text{"en": "Leave"}, Strength: jscd.StrengthDecision,
			Due: day(t, "2021"), Sources: []jscd.ID{"a"},
			Status: []jscd.StatusChange{{Status: jscd.CommitmentStatusAgreed, Date: day(t, "2021-07-23")}},
		}},
	}
	new = &jscd.Framework{
		Format: jscd.FormatTag, ID: "f", Title: jscd.Text{"en": "F (2023)", "ar": "إطار"},
		Stakeholders: []jscd.Stakeholder{
			{ID: "sudani", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "Mohammed Shia' al-Sudani"}},
			{ID: "kadhimi", Kind: jscd.StakeholderKindPerson, Name: jscd.Text{"en": "Mustafa al-Kadhimi"},
				Positions: []jscd.Position{{Title: jscd.Text{"en": "Prime Minister"},
					From: day(t, "2020-05-07"), To: day(t, "2022-10-27")}}},
		},
		Commitments: []jscd.Commitment{{
			ID: "withdrawal", Text: jscd.Text{"en": "Leave"}, Strength: jscd.StrengthDecision,
			Due: day(t, "2021"), Sources: []jscd.ID{"b"},
			Status: []jscd.StatusChange{
				{Status: jscd.CommitmentStatusAgreed, Date: day(t, "2021-07-23")},
				{Status: jscd.CommitmentStatusFulfilled, Date: day(t, "2021-12-09")},
			},
		}},
	}
	return old, new
}

func TestDiff(t *testing.T) {
	old, new := diffFrameworks(t)
	got := jscd.Diff(old, new)
	want := jscd.Changes{
		{Kind: jscd.ChangeKindAdded, Collection: jscd.CollectionFramework, Path: jscd.Path{"title", "ar"}, New: "إطار"},
		{Kind: jscd.ChangeKindChanged, Collection: jscd.CollectionFramework, Path: jscd.Path{"title", "en"}, Old: "F (2021)", New: "F (2023)"},
		{Kind: jscd.ChangeKindAdded, Collection: "stakeholders", ID: "sudani", New: map[string]any{
			"id": "sudani", "kind": "person", "name": map[string]any{"en": "Mohammed Shia' al-Sudani"},
		}},
		{Kind: jscd.ChangeKindAdded, Collection: "stakeholders", ID: "kadhimi",
			Path: jscd.Path{"positions", "0", "to"}, New: "2022-10-27"},
		{Kind: jscd.ChangeKindRemoved, Collection: "stakeholders", ID: "gone", Old: map[string]any{
			"id": "gone", "kind": "state", "name": map[string]any{"en": "Gone"},
		}},
		{Kind: jscd.ChangeKindChanged, Collection: "commitments", ID: "withdrawal",
			Path: jscd.Path{"sources", "0"}, Old: "a", New: "b"},
		{Kind: jscd.ChangeKindAdded, Collection: "commitments", ID: "withdrawal",
			Path: jscd.Path{"status", "1"}, New: map[string]any{"status": "fulfilled", "date": "2021-12-09"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
	if got := jscd.Diff(new, new); got != nil {
		t.Errorf("Diff(new, new) = %v, want nothing", got)
	}
}

func TestDiffIsSymmetric(t *testing.T) {
	old, new := diffFrameworks(t)
	forward, backward := jscd.Diff(old, new), jscd.Diff(new, old)
	if len(forward) != len(backward) {
		t.Fatalf("Diff(old, new) has %d changes, Diff(new, old) %d", len(forward), len(backward))
	}
	swap := map[jscd.ChangeKind]jscd.ChangeKind{
		jscd.ChangeKindAdded: jscd.ChangeKindRemoved, jscd.ChangeKindRemoved: jscd.ChangeKindAdded,
		jscd.ChangeKindChanged: jscd.ChangeKindChanged,
	}
	for _, c := range forward {
		found := false
		for _, b := range backward {
			if b.Collection == c.Collection && b.ID == c.ID && cmp.Equal(b.Path, c.Path) &&
				b.Kind == swap[c.Kind] && cmp.Equal(b.Old, c.New) && cmp.Equal(b.New, c.Old) {
				found = true
			}
		}
		if !found {
			t.Errorf("no reverse of %v in Diff(new, old)", c)
		}
	}
}

func TestDiffNumbersAndExtensions(t *testing.T) {
	old := &jscd.Framework{Events: []jscd.Event{{ID: "r", Round: 3,
		Extensions: jscd.Extensions{"x-note": json.RawMessage(`{"a":1}`)}}}}
	new := &jscd.Framework{Events: []jscd.Event{{ID: "r", Round: 4,
		Extensions: jscd.Extensions{"x-note": json.RawMessage(`{"a":1.5}`)}}}}
	want := jscd.Changes{
		{Kind: jscd.ChangeKindChanged, Collection: "events", ID: "r", Path: jscd.Path{"extensions", "x-note", "a"},
			Old: json.Number("1"), New: json.Number("1.5")},
		{Kind: jscd.ChangeKindChanged, Collection: "events", ID: "r", Path: jscd.Path{"round"},
			Old: json.Number("3"), New: json.Number("4")},
	}
	if diff := cmp.Diff(want, jscd.Diff(old, new)); diff != "" {
		t.Errorf("Diff (-want +got):\n%s", diff)
	}
}

func TestDiffDuplicateIDs(t *testing.T) {
	old := &jscd.Framework{Sources: []jscd.Source{{ID: "s", URL: "https://a.example"}}}
	new := &jscd.Framework{Sources: []jscd.Source{
		{ID: "s", URL: "https://a.example"}, {ID: "s", URL: "https://b.example"},
	}}
	if got := jscd.Diff(old, new); got != nil {
		t.Errorf("Diff = %v; the second entity with a used ID is not compared", got)
	}
}

func TestDiffEmpty(t *testing.T) {
	var nilFramework *jscd.Framework
	if got := jscd.Diff(nilFramework, &jscd.Framework{}); got != nil {
		t.Errorf("Diff(nil, zero) = %v, want nothing", got)
	}
	got := jscd.Diff(nil, &jscd.Framework{ID: "f", Events: []jscd.Event{{ID: "e"}}})
	want := jscd.Changes{
		{Kind: jscd.ChangeKindChanged, Collection: jscd.CollectionFramework, Path: jscd.Path{"id"}, Old: "", New: "f"},
		{Kind: jscd.ChangeKindAdded, Collection: "events", ID: "e", New: map[string]any{
			"id": "e", "kind": "", "name": nil,
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diff(nil, f) (-want +got):\n%s", diff)
	}
}

func TestChangesString(t *testing.T) {
	old, new := diffFrameworks(t)
	got := jscd.Diff(old, new).String()
	want := `+ framework /title/ar: "إطار"
~ framework /title/en: "F (2021)" → "F (2023)"
+ stakeholders sudani: "Mohammed Shia' al-Sudani"
+ stakeholders kadhimi /positions/0/to: "2022-10-27"
- stakeholders gone: "Gone"
~ commitments withdrawal /sources/0: "a" → "b"
+ commitments withdrawal /status/1: {"date":"2021-12-09","status":"fulfilled"}
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diff(old, new).String() (-want +got):\n%s", diff)
	}
}

func TestChangeStringCutsLongValues(t *testing.T) {
	c := jscd.Change{Kind: jscd.ChangeKindChanged, Collection: jscd.CollectionFramework, Path: jscd.Path{"description", "en"},
		Old: strings.Repeat("a", 100), New: "b"}
	got := c.String()
	if !strings.Contains(got, "…") || strings.Contains(got, strings.Repeat("a", 80)) {
		t.Errorf("Change.String() = %q, want the long value cut short", got)
	}
}
