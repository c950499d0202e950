package jscd

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestTextLookupPicksReaderLanguage(t *testing.T) {
	name := Text{"en": "Iraq", "ar": "العراق", "ckb": "عێراق"}
	tests := []struct {
		prefs   []language.Tag
		want    string
		wantTag string
	}{
		{[]language.Tag{language.English}, "Iraq", "en"},
		{[]language.Tag{language.Arabic}, "العراق", "ar"},
		{[]language.Tag{language.MustParse("ar-IQ")}, "العراق", "ar"},
		{[]language.Tag{language.MustParse("ckb")}, "عێراق", "ckb"},
		{[]language.Tag{language.French, language.Arabic}, "العراق", "ar"},
		{[]language.Tag{language.Japanese}, "Iraq", "en"}, // no match: English
		{nil, "Iraq", "en"},
	}
	for _, tt := range tests {
		got, tag, ok := name.Lookup(tt.prefs...)
		if !ok || got != tt.want || tag.String() != tt.wantTag {
			t.Errorf("Lookup(%v) = %q, %v, %v; want %q, %s, true", tt.prefs, got, tag, ok, tt.want, tt.wantTag)
		}
	}
}

func TestTextFallbackWithoutEnglish(t *testing.T) {
	name := Text{"tr": "Irak", "ar": "العراق"}
	if got := name.In("ja"); got != "العراق" {
		t.Errorf("In(ja) = %q; want the first tag in order (ar)", got)
	}
	if got := name.String(); got != "العراق" {
		t.Errorf("String() = %q; want %q", got, "العراق")
	}
}

func TestTextEmptyAndInvalidKeys(t *testing.T) {
	if _, _, ok := Text(nil).Lookup(language.English); ok {
		t.Error("Lookup on nil Text reported ok")
	}
	if got := (Text{"not a tag": "x"}).In("en"); got != "" {
		t.Errorf("In on Text with only an invalid key = %q; want empty", got)
	}
	if !(Text{"en": ""}).IsEmpty() || (Text{"en": "a"}).IsEmpty() || !Text(nil).IsEmpty() {
		t.Error("IsEmpty gives wrong answers")
	}
}

func TestTextTagsOrder(t *testing.T) {
	got := []string{}
	for _, tag := range (Text{"tr": "a", "ar": "b", "en": "c", "ckb": "d"}).Tags() {
		got = append(got, tag.String())
	}
	if diff := cmp.Diff([]string{"en", "ar", "ckb", "tr"}, got); diff != "" {
		t.Errorf("Tags() (-want +got):\n%s", diff)
	}
}

func TestTextJSONIsAnObjectWithSortedKeys(t *testing.T) {
	b, err := json.Marshal(Text{"en": "Iraq", "ar": "العراق"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"ar":"العراق","en":"Iraq"}`; got != want {
		t.Errorf("json = %s; want %s", got, want)
	}
}

func BenchmarkTextIn(b *testing.B) {
	name := Text{"en": "Iraq", "ar": "العراق", "ckb": "عێراق"}
	b.Run("exact", func(b *testing.B) {
		for b.Loop() {
			_ = name.In("ar")
		}
	})
	b.Run("matched", func(b *testing.B) {
		ar := language.MustParse("ar-IQ")
		for b.Loop() {
			_, _, _ = name.Lookup(ar)
		}
	})
}

func TestTextLookupScriptsNeedTheMatcher(t *testing.T) {
	name := Text{"en": "Kurdistan", "ku": "Kurdistan", "ckb": "کوردستان", "sr": "Србија", "sr-Latn": "Srbija"}
	if got := name.In("sr-Latn-RS"); got != "Srbija" {
		t.Errorf("In(sr-Latn-RS) = %q; want the Latin-script text", got)
	}
	if got := name.In("sr-RS"); got != "Србија" {
		t.Errorf("In(sr-RS) = %q; want the Cyrillic text", got)
	}
	if got := name.In("ckb-IQ"); got != "کوردستان" {
		t.Errorf("In(ckb-IQ) = %q; want the Sorani text", got)
	}
}
