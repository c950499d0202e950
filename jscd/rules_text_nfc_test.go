package jscd

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCAlone checks every character nfcAlone accepts against the normalizer: in NFC, of
// combining class 0, and a boundary before it (nothing before it combines with it).
func TestNFCAlone(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !nfcAlone(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("nfcAlone(U+%04X) is true, but NFC: normal %v, class %d, boundary before %v",
				r, norm.NFC.IsNormalString(s), p.CCC(), p.BoundaryBefore())
		}
	}
	if n < 900 {
		t.Errorf("nfcAlone accepts %d characters, fewer than the ranges it names", n)
	}
}

// TestNFCAloneTextsAreNormal checks the claim checkValue rests on: a text made only of
// characters nfcAlone accepts is in NFC. The texts mix the characters around each edge of
// its ranges, and it checks that texts with one combining mark added are still told apart.
func TestNFCAloneTextsAreNormal(t *testing.T) {
	var alone, other []rune
	for _, r := range []rune{'a', 'e', 0xE9, 0x2FF, 0x60C, 0x61B, 0x627, 0x622, 0x64A, 0x660, 0x66F,
		0x671, 0x6C6, 0x6D3, 0x6D5, 0x2010, 0x2013, 0x2027, 'I', 0x130, 0x131} {
		if !nfcAlone(r) {
			t.Fatalf("nfcAlone(U+%04X) is false", r)
		}
		alone = append(alone, r)
	}
	for _, r := range []rune{0x300, 0x301, 0x327, 0x610, 0x64B, 0x651, 0x653, 0x654, 0x655, 0x670, 0x6D4, 0x2000, 0x2028} {
		if nfcAlone(r) {
			t.Fatalf("nfcAlone(U+%04X) is true", r)
		}
		other = append(other, r)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteRune(alone[rng.IntN(len(alone))])
		}
		s := b.String()
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("%+q is made of nfcAlone characters but is not in NFC", s)
		}
	}
	// The rule still reports what the normalizer reports once other characters come in.
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			if rng.IntN(3) == 0 {
				b.WriteRune(other[rng.IntN(len(other))])
			} else {
				b.WriteRune(alone[rng.IntN(len(alone))])
			}
		}
		s := b.String()
		f := &Framework{Title: Text{"en": "x" + s}}
		want := !norm.NFC.IsNormalString("x" + s)
		got := false
		for _, is := range f.Check() {
			got = got || is.Code == CodeTextNFC
		}
		if got != want {
			t.Fatalf("text %+q: text.nfc reported %v, the normalizer says not NFC %v", "x"+s, got, want)
		}
	}
}

// TestInspectTextShortWays checks that inspectText, which reads ASCII and two-byte characters
// without decoding them, finds what reading every character with the Unicode tables finds: for
// every character below U+0800 and a few beyond, alone and between letters, and invalid bytes,
// under tags with and without a script to check.
func TestInspectTextShortWays(t *testing.T) {
	slow := func(info *tagInfo, value string) textFindings {
		var found textFindings
		letters, inScript, alone := false, false, true
		for _, r := range value {
			if format, bad := controlFormat(r); bad {
				found.control, found.controlFormat = r, format
				alone = false
				break
			}
			alone = alone && nfcAlone(r)
			if unicode.IsLetter(r) {
				letters = true
				inScript = inScript || inTables(r, info.scripts)
			}
		}
		found.script = info.scripts != nil && letters && !inScript
		found.notNFC = !alone && !norm.NFC.IsNormalString(value)
		first, _ := utf8.DecodeRuneInString(value)
		last, _ := utf8.DecodeLastRuneInString(value)
		found.space = unicode.IsSpace(first) || unicode.IsSpace(last)
		return found
	}
	infos := []*tagInfo{{key: "und"}, {key: "en", script: "Latn", scripts: scriptTables("Latn")}, {key: "ar", script: "Arab", scripts: scriptTables("Arab")}}
	var values []string
	for r := rune(0); r < 0x800; r++ {
		values = append(values, string(r), "a"+string(r)+"b", "ب"+string(r)+"ب")
	}
	for _, r := range []rune{0x202A, 0x2066, 0x2019, 0x0915, 0x1E9E, 0x10000} {
		values = append(values, string(r), "a"+string(r)+"b")
	}
	values = append(values, "\xC2", "a\xC2", "\xC2a", "\xE0\x80\x80", "\xDF\xBF", "\xC1\x81")
	for _, info := range infos {
		for _, v := range values {
			if got, want := inspectText(info, v), slow(info, v); got != want {
				t.Errorf("%s %q: inspectText = %+v, want %+v", info.key, v, got, want)
			}
		}
	}
}
