package jscd

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Text is a text in one or more languages: a map from a BCP 47 language tag ("en", "ar",
// "ckb", "ar-Latn") to the text in that language. In JSON it is an object,
// {"en": "Iraq", "ar": "العراق"}.
//
// Keys are tags as written in the document. Decode rejects a key that is not a well-formed
// BCP 47 tag; validation warns about a key that is not in canonical form.
type Text map[string]string

// Tags returns the languages of t in a stable order: English first when present (it is the
// fallback when no language matches a reader's), then the others sorted by tag.
// Keys that are not valid tags are left out.
func (t Text) Tags() []language.Tag {
	tags, _ := t.sortedTags()
	return tags
}

// compareLanguageKeys orders the keys of a Text: English first, as the fallback language,
// then the others by tag.
func compareLanguageKeys(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "en":
		return -1
	case b == "en":
		return 1
	}
	return strings.Compare(a, b)
}

// sortedTags returns the valid tags of t in the order of Tags, and the key each was written as.
func (t Text) sortedTags() ([]language.Tag, []string) {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compareLanguageKeys)
	tags := make([]language.Tag, 0, len(keys))
	valid := keys[:0]
	for _, k := range keys {
		if tag, err := language.Parse(k); err == nil {
			tags = append(tags, tag)
			valid = append(valid, k)
		}
	}
	return tags, valid
}

// Lookup returns the value of t that best suits a reader who prefers the languages prefs, in
// order, together with the tag it is written in. It matches with a language.Matcher, so a
// reader of "ar-IQ" gets the "ar" text. When nothing matches it returns the English text, or
// else the first by tag. It reports false only when t has no value under a valid tag.
func (t Text) Lookup(prefs ...language.Tag) (string, language.Tag, bool) {
	if v, tag, ok := t.lookupDirect(prefs); ok {
		return v, tag, true
	}
	tags, keys := t.sortedTags()
	if len(tags) == 0 {
		return "", language.Und, false
	}
	_, i, conf := language.NewMatcher(tags).Match(prefs...)
	if conf == language.No {
		i = 0
	}
	return t[keys[i]], tags[i], true
}

// lookupDirect answers the common cases without building a language.Matcher (which costs
// tens of microseconds): the first preference that is a key as written, or whose base
// language is a key written in the same script ("ar" for a reader of "ar-IQ"). Those are the
// answers the matcher gives too; anything subtler is left to it.
func (t Text) lookupDirect(prefs []language.Tag) (string, language.Tag, bool) {
	for _, pref := range prefs {
		if v, ok := t[pref.String()]; ok {
			return v, pref, true
		}
		base, _ := pref.Base()
		v, ok := t[base.String()]
		if !ok {
			continue
		}
		baseTag := language.Make(base.String())
		prefScript, _ := pref.Script()
		baseScript, _ := baseTag.Script()
		if prefScript == baseScript {
			return v, baseTag, true
		}
		return "", language.Und, false // same language, other script: ask the matcher
	}
	return "", language.Und, false
}

// languageForCountryCode returns the usual language of the country whose ISO 3166-1 code key
// is, when key is not a language tag but is a country code ("jp" → "ja", "cn" → "zh",
// "ir" → "fa"), the commonest mistake in language keys. It uses the likely-subtags data of
// golang.org/x/text/language.
func languageForCountryCode(key string) (string, bool) {
	if _, err := language.Parse(key); err == nil {
		return "", false
	}
	region, err := language.ParseRegion(key)
	if err != nil || !region.IsCountry() {
		return "", false
	}
	base, conf := language.Make("und-" + region.String()).Base()
	if conf == language.No || base.String() == "und" {
		return "", false
	}
	return base.String(), true
}

// In returns the value of t that best suits a reader of the languages langs, BCP 47 tags in
// order of preference ("ar", "ckb", "en-GB"): see Lookup, which takes parsed tags. A tag that
// does not parse is passed over.
func (t Text) In(langs ...string) string {
	prefs := make([]language.Tag, 0, len(langs))
	for _, l := range langs {
		if tag, err := language.Parse(l); err == nil {
			prefs = append(prefs, tag)
		}
	}
	s, _, _ := t.Lookup(prefs...)
	return s
}

// String returns the English text, or the first text by tag when there is no English.
func (t Text) String() string {
	s, _, _ := t.Lookup(language.English)
	return s
}

// IsEmpty reports whether t has no non-empty value.
func (t Text) IsEmpty() bool {
	for _, v := range t {
		if v != "" {
			return false
		}
	}
	return true
}
