package jscd

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// referenceFoldName is foldName as first written, with golang.org/x/text's width and cases
// packages (which the library no longer links; the tests may).
func referenceFoldName(s string) string {
	folded := s
	if isASCII(s) {
		folded = strings.ToLower(s)
	} else {
		chain := transform.Chain(width.Fold, cases.Fold(), norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if folded, _, err = transform.String(chain, s); err != nil {
			folded = strings.ToLower(s)
		}
	}
	folded = strings.Map(foldRune, folded)
	return strings.Join(dropArticles(strings.Fields(folded)), " ")
}

// foldDiffersOnPurpose reports the runes foldName folds otherwise than the reference, as
// docs/search.md says: the Turkish dotless ı (now i), Cherokee (folded to the small letters
// rather than the capitals: the same runes still meet) and the half-width Hangul letters
// (folded to conjoining rather than compatibility jamo).
func foldDiffersOnPurpose(r rune) bool {
	return r == 'ı' || unicode.Is(unicode.Cherokee, r) || 0xFFA0 <= r && r <= 0xFFDC
}

// TestFoldNameMatchesReference compares foldName with the reference on every rune of the Basic
// Multilingual Plane (between two letters, so that a rune folded to a space shows) and on
// random strings of letters, marks, width forms and punctuation.
func TestFoldNameMatchesReference(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if !utf8.ValidRune(r) || foldDiffersOnPurpose(r) {
			continue
		}
		s := "x" + string(r) + "y"
		if got, want := foldName(s), referenceFoldName(s); got != want {
			t.Errorf("foldName(%q) (U+%04X) = %q, want %q", s, r, got, want)
		}
	}
	alphabet := []rune("aAeÉé\u0301\u0308\u0345ßẞſKΣσςİIiıΐᾳﬁﬀŉẚևＡｚ０\u3000ｶﾞ al-Al.'’ـأإآةىیکەھالسودانيSudaniشيعة\u064e\u0651")
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			c := alphabet[r.IntN(len(alphabet))]
			if c == 'ı' {
				continue
			}
			b.WriteRune(c)
		}
		s := b.String()
		if got, want := foldName(s), referenceFoldName(s); got != want {
			t.Errorf("foldName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldNameCases checks the foldings that need more than lower-casing.
func TestFoldNameCases(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Straße", "strasse"},                       // ß: full case folding
		{"STRAẞE", "strasse"},                       // capital sharp s
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},                    // capital sigma
		{"Οδυσσεύς", "οδυσσευσ"},                    // final sigma, and the tonos removed
		{"ᾼ", "αι"},                                 // ypogegrammeni folds to iota
		{"Ｓｕｄａｎｉ", "sudani"},                        // full-width Latin
		{"ＡＬ－ＳＵＤＡＮＩ", "sudani"},                     // full-width, with the article
		{"Sudani\u3000Mohammed", "sudani mohammed"}, // ideographic space
		{"ﬁnance Oﬃce", "finance office"},           // ligatures from PDFs
		{"İstanbul", "istanbul"},                    // dotted capital I: i and a removed dot
		{"Kılıç", "kilic"},                          // dotless ı folds to i (x/text's cases.Fold kept ı)
		{"KILIÇ", "kilic"},
		{"\u212Aelvin", "kelvin"}, // the Kelvin sign
	} {
		if got := foldName(tt.in); got != tt.want {
			t.Errorf("foldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"Al-Sudani", "sudani"},
		{"al Sudani", "sudani"},
		{"El-Sisi", "sisi"},
		{"Mohammed Shia' al-Sudani", "mohammed shia sudani"},
		{"Mohammed Shia’ Al-Sudani", "mohammed shia sudani"},
		{"Al", "al"}, // an article with nothing after it is a name
		{"Alexander", "alexander"},
		{"Ｓｕｄａｎｉ", "sudani"}, // full width
		{"STROUL", "stroul"},
		{"Straße", "strasse"},  // case folding, not lower-casing
		{"Kadhimî", "kadhimi"}, // diacritics
		{"Çelik-Öztürk", "celik ozturk"},
		{"U.S. Department of Defense", "us department of defense"},
		{"محمد شياع السوداني", "محمد شياع سوداني"},
		{"مُحَمَّد", "محمد"}, // harakat and shadda
		{"الكاظمي", "كاظمي"},
		{"أحمد إبراهيم آل", "احمد ابراهيم ال"},
		{"ٱلله", "له"},                         // alef wasla, then the article
		{"وزارة الدفاع", "وزاره دفاع"},         // taa marbuta
		{"مصطفى", "مصطفي"},                     // alef maqsura
		{"کازمی", "كازمي"},                     // Persian keheh and yeh
		{"وەزارەتی بەرگری", "وهزارهتي بهرگري"}, // Sorani ae
		{"الـعـبـاسـي", "عباسي"},               // tatweel
		{"ثابت العباسي", "ثابت عباسي"},
	}
	for _, tt := range tests {
		if got := foldName(tt.in); got != tt.want {
			t.Errorf("foldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFoldNameSoraniMeetsArabic checks that a name spelled with the same letters in the
// Kurdish (and Persian) and the Arabic forms of the alphabet folds the same.
func TestFoldNameSoraniMeetsArabic(t *testing.T) {
	pairs := [][2]string{
		{"کازمی", "كازمي"},
		{"مصطفی", "مصطفى"},
		{"ھەولێر", "هەولێر"},
	}
	for _, p := range pairs {
		if a, b := foldName(p[0]), foldName(p[1]); a != b {
			t.Errorf("foldName(%q) = %q, foldName(%q) = %q; want equal", p[0], a, p[1], b)
		}
	}
}
