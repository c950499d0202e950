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

// inspectTextSlowly is what inspectText finds, found the long way: every character decoded,
// asked of the Unicode tables and of controlFormat, and the normalizer asked about the whole
// value whenever one character is not nfcAlone. It is the oracle of inspectText's short ways.
func inspectTextSlowly(info *tagInfo, value string) textFindings {
	var found textFindings
	letters, inScript, alone := false, false, true
	for _, r := range value {
		if _, bad := controlFormat(r); bad {
			found.faults, found.control = faultControl, r
			alone = false
			break
		}
		alone = alone && nfcAlone(r)
		if unicode.IsLetter(r) {
			letters = true
			inScript = inScript || inTables(r, info.scripts)
		}
	}
	if info.scripts != nil && letters && !inScript {
		found.faults |= faultScript
	}
	if !alone && !norm.NFC.IsNormalString(value) {
		found.faults |= faultNotNFC
	}
	first, _ := utf8.DecodeRuneInString(value)
	last, _ := utf8.DecodeLastRuneInString(value)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		found.faults |= faultSpace
	}
	return found
}

// inspectInfos are the kinds of language inspectText is asked about: no script checked,
// Latin and Arabic.
var inspectInfos = []*tagInfo{
	{key: "und"},
	{key: "en", script: "Latn", scripts: scriptTables("Latn"), letters: scriptLetters("Latn", scriptTables("Latn"))},
	{key: "ar", script: "Arab", scripts: scriptTables("Arab"), letters: scriptLetters("Arab", scriptTables("Arab"))},
	{key: "ru", script: "Cyrl", scripts: scriptTables("Cyrl")}, // the tables alone, without letters
}

// TestInspectTextShortWays checks inspectText against inspectTextSlowly on every character up
// to U+07FF, alone and between letters; on characters the short ways treat apart; on broken
// UTF-8; and on long values, where printable ASCII is taken eight bytes at a time and the
// normalizer starts late: each of those characters again after a run of letters, and after
// the letters a character that combines with the one before it.
func TestInspectTextShortWays(t *testing.T) {
	var values []string
	var special []rune
	for r := rune(0); r < 0x800; r++ {
		values = append(values, string(r), "a"+string(r)+"b", "ب"+string(r)+"ب")
	}
	for _, r := range []rune{0x202A, 0x2066, 0x2019, 0x0915, 0x1E9E, 0x10000, 0x300, 0x301, 0x64B, 0x651, 0x654, 0x1100, 0x1161, 0x0B47, 0x0B3E} {
		values = append(values, string(r), "a"+string(r)+"b")
		special = append(special, r)
	}
	values = append(values, "\xC2", "a\xC2", "\xC2a", "\xE0\x80\x80", "\xDF\xBF", "\xC1\x81")
	for _, lead := range []string{"Round eleven of the talks ", "الجولة الحادية عشرة ", "e", "ا"} {
		for n := range 20 {
			prefix := lead + strings.Repeat("x", n)
			for r := rune(0); r < 0x100; r++ {
				values = append(values, prefix+string(r)+strings.Repeat("y", n%9))
			}
			for _, r := range special {
				values = append(values, prefix+string(r), prefix+"e"+string(r)+"z", prefix+"ا"+string(r))
			}
			values = append(values, prefix+"\xFF", prefix+"e\u0301", prefix+"ا\u0654", prefix+"\u1100\u1161\u11A8")
		}
	}
	for _, info := range inspectInfos {
		for _, v := range values {
			if got, want := inspectText(info, v), inspectTextSlowly(info, v); got != want {
				t.Errorf("%s %q: inspectText = %+v, want %+v", info.key, v, got, want)
			}
		}
	}
}

// FuzzInspectText checks inspectText against inspectTextSlowly on any value.
func FuzzInspectText(f *testing.F) {
	for _, v := range []string{"Round 1", "الجولة الحادية عشرة", "ئەنجوومەنی باڵای هەماهەنگی", "Caf\u00e9 cafe\u0301", "tab\there", "x\x7fy", " lead", "\u202Ebidi"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, info := range inspectInfos {
			if got, want := inspectText(info, v), inspectTextSlowly(info, v); got != want {
				t.Fatalf("%s %q: inspectText = %+v, want %+v", info.key, v, got, want)
			}
		}
	})
}

// TestPrintableASCII checks printableASCII against a byte-by-byte test, for each byte value
// at each place of a word of letters, and for words of random bytes.
func TestPrintableASCII(t *testing.T) {
	slow := func(w uint64) bool {
		for range 8 {
			if b := byte(w); b < ' ' || b > '~' {
				return false
			}
			w >>= 8
		}
		return true
	}
	words := []uint64{0, ^uint64(0)}
	for pos := range 8 {
		for b := range 256 {
			base := uint64(0x6161616161616161) // eight 'a'
			words = append(words, base&^(0xFF<<(8*pos))|uint64(b)<<(8*pos))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		w := rng.Uint64()
		words = append(words, w, w&0x7F7F7F7F7F7F7F7F, w&0x7F7F7F7F7F7F7F7F|0x2020202020202020)
	}
	for _, w := range words {
		if got, want := printableASCII(w), slow(w); got != want {
			t.Errorf("printableASCII(%#016x) = %v, want %v", w, got, want)
		}
	}
}

// TestAloneTextEnd checks aloneTextEnd against a walk of one character at a time, from every
// character start of values of Arabic, Kurdish and English text, and of each character up to
// U+07FF and each two-byte sequence between Arabic letters and at the end of a value.
func TestAloneTextEnd(t *testing.T) {
	slow := func(v string, i int) int {
		for i < len(v) {
			r, size := utf8.DecodeRuneInString(v[i:])
			printable := r >= ' ' && r < 0x7F
			twoByteAlone := size == 2 && r >= 0xA0 && nfcAlone(r)
			if !printable && !twoByteAlone {
				return i
			}
			i += size
		}
		return i
	}
	values := []string{"", "Round eleven of the talks, in Baghdad", "الجولة الحادية عشرة من الحوار", "ئەنجوومەنی باڵای هەماهەنگی", "a\x7fb", "ب\tب", "ب\u0651ب", "بب\u064B", "ب\u00A0ب", "\u0627\u0654"}
	for r := rune(0); r < 0x800; r++ {
		values = append(values, string(r), "بب"+string(r)+"بب", "abcdefghij"+string(r))
	}
	for lead := 0xC0; lead < 0x100; lead++ {
		for cont := 0x00; cont < 0x100; cont += 0x11 {
			values = append(values, "ب"+string([]byte{byte(lead), byte(cont)})+"ب", "ب"+string([]byte{byte(lead)}), "ب"+string([]byte{byte(lead), byte(cont)}))
		}
	}
	// Short values and the last bytes of longer ones, which are read as one word: a byte that
	// ends the text at each place, after ASCII and after Arabic.
	for n := 1; n <= 17; n++ {
		for p := range n {
			for _, b := range []byte{0x00, 0x1F, 0x7F, 0x80, 0xD8, 0xFF} {
				v := []byte(strings.Repeat("x", n))
				v[p] = b
				values = append(values, string(v), "ب"+string(v), "بب"+string(v))
			}
		}
	}
	for _, v := range values {
		for i := 0; i <= len(v); i++ {
			if i < len(v) && !utf8.RuneStart(v[i]) {
				continue
			}
			if got, want := aloneTextEnd(v, i), slow(v, i); got != want {
				t.Errorf("aloneTextEnd(%q, %d) = %d, want %d", v, i, got, want)
			}
		}
	}
}

// TestSpaceAtEnds checks startsWithSpace and endsWithSpace against unicode.IsSpace of the
// first and last character, for every pair of bytes after and before a letter, and for each
// character up to U+3000 alone.
func TestSpaceAtEnds(t *testing.T) {
	var values []string
	for a := range 256 {
		for b := range 256 {
			pair := string([]byte{byte(a), byte(b)})
			values = append(values, pair, pair+"x", "x"+pair)
		}
	}
	for r := rune(0); r <= 0x3000; r++ {
		values = append(values, string(r))
	}
	for _, v := range values {
		first, _ := utf8.DecodeRuneInString(v)
		last, _ := utf8.DecodeLastRuneInString(v)
		if got, want := startsWithSpace(v), unicode.IsSpace(first); got != want {
			t.Errorf("startsWithSpace(%q) = %t, want %t", v, got, want)
		}
		if got, want := endsWithSpace(v), unicode.IsSpace(last); got != want {
			t.Errorf("endsWithSpace(%q) = %t, want %t", v, got, want)
		}
	}
}

// TestIsLetter checks isLetter against unicode.IsLetter for every character.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("isLetter(%U) = %t, want %t", r, got, want)
		}
	}
}

// TestScriptLetters checks the bits of scriptLetters against the Unicode tables of each script
// that scriptTables knows, for every character below U+0800.
func TestScriptLetters(t *testing.T) {
	codes := []string{"Latn", "Arab", "Cyrl", "Hebr", "Grek", "Armn", "Geor", "Syrc", "Deva", "Beng", "Thai", "Ethi", "Hans", "Hant", "Hani", "Jpan", "Kore", "Hang"}
	for _, code := range codes {
		tables := scriptTables(code)
		if tables == nil {
			t.Fatalf("scriptTables(%q) = nil", code)
		}
		info := &tagInfo{script: code, scripts: tables, letters: scriptLetters(code, tables)}
		for r := rune(0); r < 0x800; r++ {
			if got, want := info.inScript(r), unicode.IsOneOf(tables, r); got != want {
				t.Errorf("%s: inScript(%U) = %t, want %t", code, r, got, want)
			}
		}
		if scriptLetters(code, tables) != info.letters {
			t.Errorf("%s: scriptLetters makes its bits again", code)
		}
	}
	if scriptLetters("Zzzz", nil) != nil {
		t.Error("scriptLetters of no tables is not nil")
	}
}
