package jscd

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestHintsForCommonMistakes checks the messages that name the likely intended value: a
// country code used as a language key, the EU's codes for the UK and Greece, British spelling
// of an area.
func TestHintsForCommonMistakes(t *testing.T) {
	f := validDocument(t)
	f.Stakeholders[0].Name["jp"] = "フランス"
	f.Stakeholders[1].Country = "UK"
	f.Instruments[0].Areas = append(f.Instruments[0].Areas, "defence")
	want := map[string]string{
		"/stakeholders/0/name/jp":                                     `language tag "jp" is a country code, not a language; did you mean "ja"?`,
		"/stakeholders/1/country":                                     `"UK" is not an ISO 3166-1 alpha-2 country code; did you mean "GB"?`,
		"/instruments/0/areas/" + itoa(len(f.Instruments[0].Areas)-1): `"defence" is not a defined area of cooperation; did you mean "defense"?`,
	}
	got := map[string]string{}
	for _, is := range f.Check() {
		if _, ok := want[is.Path.String()]; ok {
			got[is.Path.String()] = is.Message(NewPrinter(language.English)).String()
		}
	}
	for path, msg := range want {
		if got[path] != msg {
			t.Errorf("%s: message %q; want %q", path, got[path], msg)
		}
	}
}

func TestDecodeHintsALanguageForACountryCode(t *testing.T) {
	doc := `{"format": "jscd/1", "id": "x", "title": {"en": "X", "cn": "X"}}`
	_, err := Decode(strings.NewReader(doc))
	issues := Issues(err)
	if len(issues) != 1 {
		t.Fatalf("Decode gave %v; want one issue", err)
	}
	if got, want := issues[0].Error(), `/title/cn (1:54): "cn" is a country code, not a language tag; did you mean "zh"? [decode.language-tag]`; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if _, ok := languageForCountryCode("en"); ok {
		t.Error(`languageForCountryCode("en") gave a hint for a valid language tag`)
	}
	if lang, ok := languageForCountryCode("ir"); !ok || lang != "fa" {
		t.Errorf(`languageForCountryCode("ir") = %q, %v; want "fa"`, lang, ok)
	}
}

func TestErrorNamesTheSeverityInTheReadersLanguage(t *testing.T) {
	is := &Issue{Path: Path{"a"}, Code: CodeCommitmentNoDue, Severity: SeverityInfo, Format: fmtCommitmentNoDue}
	if got := is.LocalizedError(NewPrinter(language.Arabic)); !strings.HasPrefix(got, "/a: ملاحظة: ") {
		t.Errorf("Arabic rendering %q does not name the severity in Arabic", got)
	}
	is.Severity = SeverityError
	if got := is.Error(); strings.Contains(got, "error:") {
		t.Errorf("an error names its severity: %q", got)
	}
}

// TestPositionOverlapScalesToManyTerms gives one person thousands of consecutive one-year
// terms in one title, one of them overlapping its predecessor: exactly that one is reported.
// (The sweep compares each term with one other; a pairwise check took seconds here.)
func TestPositionOverlapScalesToManyTerms(t *testing.T) {
	f := validDocument(t)
	person := &f.Stakeholders[3]
	org := person.Positions[0].Organization
	person.Positions = nil
	const n = 5000
	for y := 0; y < n; y++ {
		from, to := MustParseDate(year(y)+"-01-01"), MustParseDate(year(y)+"-12-31")
		if y == 4321 {
			from = MustParseDate(year(y-1) + "-06-01")
		}
		person.Positions = append(person.Positions, Position{Title: Text{"en": "Envoy"}, Organization: org, From: from, To: to})
	}
	var got []string
	for _, is := range f.Check() {
		if is.Code == CodePositionOverlap {
			got = append(got, is.Path.String()+" "+is.Args[0].(string))
		}
	}
	want := "/stakeholders/3/positions/4321 /stakeholders/3/positions/4320"
	if len(got) != 1 || got[0] != want {
		t.Errorf("position.overlap issues = %q; want [%q]", got, want)
	}
}

func year(y int) string { return strings.Repeat("0", 4-len(itoa(y+1000))) + itoa(y+1000) }
