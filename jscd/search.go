package jscd

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Score is how well a SearchResult matched its query: the higher, the better.
type Score int

// The scores of a SearchResult, best first.
const (
	ScoreExact      Score = 4 // the folded text equals the folded query
	ScoreWord       Score = 3 // every word of the query is a whole word of the text
	ScoreWordPrefix Score = 2 // every word of the query begins a word of the text
	ScoreSubstring  Score = 1 // the folded query occurs somewhere in the folded text
)

// SearchResult is an entity found by Search, with the text that matched best.
type SearchResult struct {
	// Collection is the collection the entity is in: stakeholders, instruments, events or
	// places.
	Collection Collection `json:"collection"`
	// ID is the entity's ID.
	ID ID `json:"id"`
	// Entity is the entity itself, in the framework searched: a *Stakeholder, *Instrument,
	// *Event or *Place.
	Entity any `json:"-"`
	// Name is the entity's name, for showing the result.
	Name Text `json:"name"`
	// Score is how well it matched: ScoreExact, ScoreWord, ScoreWordPrefix or ScoreSubstring.
	Score Score `json:"score"`
	// Matched is the text that matched, as written in the document.
	Matched string `json:"matched"`
	// Field is where that text is, starting with the entity's collection:
	// "/stakeholders/4/aliases/0/en".
	Field Path `json:"field"`
	// Lang is the language key of the text ("en", "ar", "ckb").
	Lang string `json:"lang"`
}

// Search finds the named entities whose texts match query, in any language of the
// document: stakeholders by name, short name, aliases and position titles; instruments by
// name, short name and aliases ("EDCA", "2+2"); events by name; places by name, short name and
// aliases. Query and texts are compared folded, so case, width, diacritics, Arabic letter
// variants and the definite article do not matter: "sudani", "Al-Sudani" and "السوداني" find
// the same person (docs/search.md gives the folding).
//
// Each entity appears once, with its best match. Results are ranked by Score (an exact match
// of a whole text, then of whole words, then a match at the start of words, then any
// substring), then people before everything else (a name search is most often for a person:
// "sudani" should find the Prime Minister before the Sudani government), then by document
// order, collection by collection; among an entity's texts the first best one is reported, in
// the order name, short name, aliases, position titles, and by language as in Text.Tags. A
// query that folds to nothing finds nothing.
func (f *Framework) Search(query string) []SearchResult {
	q := foldName(query)
	if f == nil || q == "" {
		return nil
	}
	s := searcher{q: q, qWords: strings.Fields(q)}
	searchList(&s, CollectionStakeholders, f.Stakeholders, func(st *Stakeholder, p Path, fn func(Text, Path)) (ID, Text) {
		eachNameText(st.Name, st.ShortName, st.Aliases, p, fn)
		for i, pos := range st.Positions {
			fn(pos.Title, p.Key("positions").Index(i).Key("title"))
		}
		return st.ID, st.Name
	})
	searchList(&s, CollectionInstruments, f.Instruments, func(in *Instrument, p Path, fn func(Text, Path)) (ID, Text) {
		eachNameText(in.Name, in.ShortName, in.Aliases, p, fn)
		return in.ID, in.Name
	})
	searchList(&s, CollectionEvents, f.Events, func(ev *Event, p Path, fn func(Text, Path)) (ID, Text) {
		fn(ev.Name, p.Key("name"))
		return ev.ID, ev.Name
	})
	searchList(&s, CollectionPlaces, f.Places, func(pl *Place, p Path, fn func(Text, Path)) (ID, Text) {
		eachNameText(pl.Name, pl.ShortName, pl.Aliases, p, fn)
		return pl.ID, pl.Name
	})
	return sortResults(s.out)
}

// searcher holds one search: the folded query, and the results found so far.
type searcher struct {
	q      string
	qWords []string
	tags   languageKeys
	out    []SearchResult
}

// searchList searches the entities of one collection. texts calls its fn with each searchable
// text of an entity and the text's path, in ranking order, and returns the entity's ID and
// name.
func searchList[E any](s *searcher, c Collection, list []E, texts func(*E, Path, func(Text, Path)) (ID, Text)) {
	for i := range list {
		e := &list[i]
		var best SearchResult
		id, name := texts(e, Path{string(c), strconv.Itoa(i)}, func(t Text, p Path) {
			for _, k := range s.tags.sorted(t) {
				if score := matchScore(foldName(t[k]), s.q, s.qWords); score > best.Score {
					best = SearchResult{Score: score, Matched: t[k], Field: p.Key(k), Lang: k}
				}
			}
		})
		if best.Score > 0 {
			best.Collection, best.ID, best.Entity, best.Name = c, id, e, name
			s.out = append(s.out, best)
		}
	}
}

// eachNameText calls fn with an entity's name, short name and aliases and their paths.
func eachNameText(name, short Text, aliases []Text, p Path, fn func(Text, Path)) {
	fn(name, p.Key("name"))
	fn(short, p.Key("shortName"))
	for i, a := range aliases {
		fn(a, p.Key("aliases").Index(i))
	}
}

// sortResults orders results by score, best first, then people first, keeping document order
// among equals.
func sortResults(results []SearchResult) []SearchResult {
	slices.SortStableFunc(results, func(a, b SearchResult) int {
		if a.Score != b.Score {
			return int(b.Score - a.Score)
		}
		return personFirst(a.Entity) - personFirst(b.Entity)
	})
	return results
}

// personFirst ranks people (0) before other entities (1).
func personFirst(e any) int {
	if s, ok := e.(*Stakeholder); ok && s.Kind == StakeholderKindPerson {
		return 0
	}
	return 1
}

func matchScore(text, q string, qWords []string) Score {
	switch {
	case text == "":
		return 0
	case text == q:
		return ScoreExact
	}
	words := strings.Fields(text)
	switch {
	case wordsMatch(words, qWords, func(w, q string) bool { return w == q }):
		return ScoreWord
	case wordsMatch(words, qWords, strings.HasPrefix):
		return ScoreWordPrefix
	case strings.Contains(text, q):
		return ScoreSubstring
	}
	return 0
}

// wordsMatch reports whether each query word matches a distinct word of the text, in any
// order: with strings.HasPrefix, "sudani moh" matches "mohammed shia sudani".
func wordsMatch(words, qWords []string, match func(word, query string) bool) bool {
	used := make([]bool, len(words))
	for _, q := range qWords {
		found := false
		for i, w := range words {
			if !used[i] && match(w, q) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// foldName returns the form of a name that Search compares: two names that a reader would
// take for the same spelling fold to the same string. It
//
//   - folds width (full-width Latin to ASCII) and case (Unicode case folding: "Straße" and
//     "STRASSE" meet, and so do "Kılıç" and "Kilic");
//   - strips diacritics (é → e, and the Arabic short vowels, shadda and hamza marks) by
//     removing nonspacing marks after canonical decomposition;
//   - unifies Arabic letter variants: alef forms (أ إ آ ٱ) to ا, taa marbuta ة to ه, alef maqsura
//     ى to ي, the Persian and Kurdish yeh ی and keheh ک to ي and ك, Kurdish ae ە and heh
//     doachashmee ھ to ه, and removes the tatweel ـ, so Kurdish Sorani and Arabic spellings meet;
//   - removes apostrophes and full stops (Shia' → shia, U.S. → us) and turns every other
//     character that is not a letter, mark or digit into a space (al-Sudani → al sudani);
//   - drops the definite article: a Latin word "al" or "el" before another word, and the
//     Arabic prefix ال of a longer word;
//   - joins the words with single spaces.
func foldName(s string) string {
	folded := s
	switch {
	case isASCII(s):
		// ASCII has no width, diacritics or special case foldings: lower-casing is the fold.
		folded = strings.ToLower(s)
	default:
		folded = foldUnicode(s)
	}
	folded = strings.Map(foldRune, folded)
	return strings.Join(dropArticles(strings.Fields(folded)), " ")
}

// languageKeys orders the keys of the texts of one search as Text.Tags does, remembering
// which keys are language tags: parsing a tag costs more than the rest of a short match.
type languageKeys struct {
	valid tagKeys
	keys  []string // reused by sorted
}

// sorted returns the keys of t that are language tags, English first, then the others in
// order. The slice is reused by the next call.
func (lk *languageKeys) sorted(t Text) []string {
	lk.keys = lk.keys[:0]
	for k := range t {
		if lk.valid.isTag(k) {
			lk.keys = append(lk.keys, k)
		}
	}
	slices.SortFunc(lk.keys, compareLanguageKeys)
	return lk.keys
}

// foldUnicode folds width, case and diacritics with the tables of the standard library and
// of golang.org/x/text/unicode/norm, rather than with golang.org/x/text/cases and width,
// whose case folding keeps the Turkish dotless ı apart from i, so "Kılıç" would not find
// "Kilic" (TestFoldNameMatchesReference lists where the two differ). After the canonical
// decomposition NFD, rune by rune:
//
//   - full-width and half-width forms (Ａ, the ideographic space, ｶ) become the ordinary ones
//     (A, a space, カ), and ligatures their letters (ﬁ → fi): their compatibility
//     decomposition in norm's tables is that mapping (see foldsAsCompatible);
//   - case is folded to the lower case of the upper case, which joins the simple case
//     foldings (ς and σ, ſ and s, the Kelvin sign and k); ß and ẞ become "ss", the one full
//     case folding of a Latin letter;
//   - nonspacing marks (diacritics, Arabic short vowels) are removed;
//
// and NFC recomposes what is left (Hangul syllables).
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if foldsAsCompatible(r) {
			for _, w := range norm.NFKD.String(string(r)) {
				foldCaseInto(&b, w)
			}
			continue
		}
		foldCaseInto(&b, r)
	}
	return norm.NFC.String(b.String())
}

// foldsAsCompatible reports whether r folds to its compatibility decomposition: a full-width
// or half-width form (the ideographic space, the block Halfwidth and Fullwidth Forms), whose
// decomposition is the ordinary form; or one of the letters whose full case folding is their
// decomposition: the Latin and Armenian ligatures (ﬁ → fi), ŉ, ẚ and և.
func foldsAsCompatible(r rune) bool {
	switch r {
	case '\u3000', 'ŉ', 'ẚ', 'և':
		return true
	}
	return '\uFF00' <= r && r <= '\uFFEF' || '\uFB00' <= r && r <= '\uFB17'
}

// foldCaseInto writes the case folding of r to b, or nothing for a nonspacing mark.
func foldCaseInto(b *strings.Builder, r rune) {
	switch r {
	case 'ß', 'ẞ':
		b.WriteString("ss")
		return
	}
	// Folding first keeps the Greek ypogegrammeni, a mark whose folding is the letter ι.
	if r = unicode.ToLower(unicode.ToUpper(r)); !unicode.Is(unicode.Mn, r) {
		b.WriteRune(r)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldRune maps one rune for foldName: Arabic letter variants to their base letter, characters
// dropped without a trace to -1, other separators and symbols to a space.
func foldRune(r rune) rune {
	switch r {
	case 'ٱ': // alef wasla; the hamza forms decompose to alef plus a removed mark
		return 'ا'
	case 'ة', 'ە', 'ھ': // taa marbuta; Kurdish ae and heh doachashmee
		return 'ه'
	case 'ى', 'ی': // alef maqsura; Persian and Kurdish yeh
		return 'ي'
	case 'ک': // keheh
		return 'ك'
	case 'ـ', '\'', '’', '‘', 'ʼ', 'ʻ', 'ʾ', 'ʿ', '`', '´', '.': // tatweel, apostrophes, stops
		return -1
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return r
	}
	return ' '
}

// dropArticles removes the definite article from words, leaving a word that is nothing but an
// article when no word follows it (a name may be just "Al").
func dropArticles(words []string) []string {
	out := words[:0]
	for i, w := range words {
		switch {
		case (w == "al" || w == "el" || w == "ال") && i+1 < len(words):
			continue
		case strings.HasPrefix(w, "ال") && len([]rune(w)) > 3:
			w = strings.TrimPrefix(w, "ال")
		}
		out = append(out, w)
	}
	return out
}
