package jscd

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// The codes of the text-hygiene rules, which look at every value of every Text.
// Rules describes each rule, and docs/rules.md gives it with examples.
const (
	CodeTextNFC     Code = "text.nfc"
	CodeTextControl Code = "text.control"
	CodeTextScript  Code = "text.script"
	CodeTextEmpty   Code = "text.empty"
	CodeTextSpace   Code = "text.space"
)

const (
	fmtTextNFC     = "text is not in Unicode normalization form C (NFC)"
	fmtTextBidi    = "text contains the bidirectional control character %s, which can disguise how it reads"
	fmtTextControl = "text contains the control character %s"
	fmtTextScript  = "text tagged %q has no letters of its script (ISO 15924 code %s)"
	fmtTextEmpty   = "the %q text is empty"
	fmtTextSpace   = "text begins or ends with white space"
)

var textRules = [...]ruleSpec{
	{CodeTextNFC, SeverityWarning, "Text is in Unicode normalization form C.", []string{fmtTextNFC}},
	{CodeTextControl, SeverityError, "Text has no bidirectional controls or other control characters.", []string{fmtTextBidi, fmtTextControl}},
	{CodeTextScript, SeverityWarning, "Text is written in the script of its language tag.", []string{fmtTextScript}},
	{CodeTextEmpty, SeverityWarning, "No language of a text is the empty string.", []string{fmtTextEmpty}},
	{CodeTextSpace, SeverityWarning, "Text has no leading or trailing white space.", []string{fmtTextSpace}},
}

// textsDocument checks the language tags and the values of the document's own title and
// description.
func (c *checker) textsDocument() {
	c.requiredText(loc{}, "title", c.f.Title)
	c.checkText(loc{}, "description", -1, c.f.Description)
}

// textsEntities are the checks of the language tags and the values of every Text of each
// entity.
//
// They also report a mandatory Text with no value that is not empty (field.missing, a rule of
// the syntax family), since they read every value of every Text: reading each map once costs
// less than asking it twice (requiredText).
var textsEntities = entityVisitor{
	stakeholder: placed(func(c *checker, p loc, s *Stakeholder) {
		c.checkNamed(p, s.Name, s.ShortName, s.Description, s.Aliases)
		for j := range s.Positions {
			c.requiredText(p.at("positions", j), "title", s.Positions[j].Title)
		}
	}),
	instrument: placed(func(c *checker, p loc, in *Instrument) {
		c.checkNamed(p, in.Name, in.ShortName, in.Description, in.Aliases)
		for j := range in.Lifecycle {
			c.checkText(p.at("lifecycle", j), "note", -1, in.Lifecycle[j].Note)
		}
	}),
	event: placed((*checker).textsEvent),
	commitment: placed(func(c *checker, p loc, cm *Commitment) {
		c.requiredText(p, "text", cm.Text)
		for j := range cm.Status {
			c.checkText(p.at("status", j), "note", -1, cm.Status[j].Note)
		}
	}),
	assessment: placed(func(c *checker, p loc, a *Assessment) { c.requiredText(p, "text", a.Text) }),
	place: placed(func(c *checker, p loc, pl *Place) {
		c.checkNamed(p, pl.Name, pl.ShortName, pl.Description, pl.Aliases)
	}),
	source: placed(func(c *checker, p loc, s *Source) {
		c.requiredText(p, "title", s.Title)
		c.checkText(p, "description", -1, s.Description)
	}),
}

// checkNamed checks the name (which is mandatory), short name, description and aliases of an
// entity.
func (c *checker) checkNamed(p loc, name, short, desc Text, aliases []Text) {
	c.requiredText(p, "name", name)
	c.checkText(p, "shortName", -1, short)
	c.checkText(p, "description", -1, desc)
	for j := range aliases {
		c.checkText(p, "aliases", j, aliases[j])
	}
}

func (c *checker) textsEvent(p loc, ev *Event) {
	c.requiredText(p, "name", ev.Name)
	c.checkText(p, "description", -1, ev.Description)
	if loc := ev.Location; loc != nil {
		if loc.Place == "" {
			c.requiredText(p.key("location"), "name", loc.Name) // a place, or at least its name
		} else {
			c.checkText(p.key("location"), "name", -1, loc.Name)
		}
	}
	for j := range ev.Topics {
		c.requiredText(p.at("topics", j), "text", ev.Topics[j].Text)
	}
	for j := range ev.Outcomes {
		c.checkText(p, "outcomes", j, ev.Outcomes[j])
	}
}

// requiredText checks the Text at p/field as checkText does, and reports it missing when it has
// no value that is not empty.
func (c *checker) requiredText(p loc, field string, t Text) {
	if !c.checkText(p, field, -1, t) {
		c.missing(p, field)
	}
}

// checkText checks every language of the Text at p/field (or p/field/j when j >= 0), and
// reports whether it has a value that is not empty. The place of a value is worked out only
// for a value that has an issue.
//
// A document writes its texts in a few languages, and the keys met so far are in c.tags: t
// is asked for each of them first, which costs less than walking the map (a walk starts at a
// random place, and steps over every slot), the keys found most often first, until all of its
// keys are found; the map is walked only when some of its keys are new to the document.
func (c *checker) checkText(p loc, field string, j int, t Text) (hasValue bool) {
	left := len(t)
	known := c.tags.firstKeys()
	for i := 0; i < len(known) && left > 0; i++ {
		if value, ok := t[known[i].key]; ok {
			left--
			key, info := known[i].key, known[i].value
			c.tags.found(i) // may swap it with the one before, which was asked already
			hasValue = c.checkTextValue(p, field, j, key, info, value) || hasValue
		}
	}
	if left == 0 {
		return hasValue
	}
	for key, value := range t {
		if keyIndex(known, key) >= 0 {
			continue // checked above
		}
		hasValue = c.checkTextValue(p, field, j, key, c.tagInfo(key), value) || hasValue
	}
	return hasValue
}

// checkTextValue checks the value of the language key (info) of the Text at p/field (or
// p/field/j), and reports whether it is not empty.
func (c *checker) checkTextValue(p loc, field string, j int, key string, info *tagInfo, value string) bool {
	var found textFindings
	if value != "" {
		found = inspectText(info, value)
		if info.keyOK && found.faults == 0 {
			return true
		}
	}
	fp := refPath(&p, field, j)
	at := fp.key(key)
	switch {
	case info.err == nil && !info.keyOK:
		c.report(CodeLangCanonical, at, fmtLangCanonical, key, info.canonical)
	case info.err != nil:
		if lang, ok := languageForCountryCode(key); ok {
			c.report(CodeLangSyntax, at, fmtLangCountry, key, lang)
		} else {
			c.report(CodeLangSyntax, at, fmtLangSyntax, key)
		}
	}
	if value == "" {
		c.report(CodeTextEmpty, at, fmtTextEmpty, key)
		return false
	}
	c.reportText(at, key, info, found)
	return true
}

// textFindings is what inspectText finds wrong with a text value: two words, which the
// compiler passes in registers, for every value of a document.
type textFindings struct {
	faults  textFault // what is wrong, none for a value that is right
	control rune      // the first forbidden control character, with faultControl
}

// A textFault is one thing wrong with a text value, a bit of textFindings.faults.
type textFault uint8

const (
	faultControl textFault = 1 << iota // it has a forbidden control character
	faultScript                        // it has letters, none of them of its tag's script
	faultNotNFC                        // it is not in Unicode Normalization Form C
	faultSpace                         // it begins or ends with white space
)

// has reports whether what was found includes fault.
func (f textFindings) has(fault textFault) bool { return f.faults&fault != 0 }

// reportText reports what inspectText found in the value at at, written in the language key.
func (c *checker) reportText(at loc, key string, info *tagInfo, found textFindings) {
	if found.has(faultControl) {
		format, _ := controlFormat(found.control)
		c.report(CodeTextControl, at, format, fmt.Sprintf("U+%04X", found.control))
	}
	if found.has(faultScript) {
		c.report(CodeTextScript, at, fmtTextScript, key, info.script)
	}
	if found.has(faultNotNFC) {
		c.report(CodeTextNFC, at, fmtTextNFC)
	}
	if found.has(faultSpace) {
		c.report(CodeTextSpace, at, fmtTextSpace)
	}
}

// inspectText checks one non-empty text value written in the language that info describes.
//
// It runs on every text of the document on each validation (each keystroke in the demo), so
// it asks the Unicode tables only what it still needs to know. Most texts are made only of
// printable ASCII and of two-byte characters that are alone (nfcAlone: each in NFC, combining
// with no neighbour), as English, Arabic and Kurdish are: aloneTextEnd finds how far the value
// is such text, eight bytes at a time where it can, and there only its letters are still to
// learn, from its first letters (firstLetters). From the first other character on, once a
// letter has been seen, and one of the tag's script if that is checked, the rest of the value
// is only scanned for control characters and characters not alone; and a value made only of
// characters alone is in NFC without asking the normalizer, which is otherwise asked only
// about the part of the value from the last such character before the first one not alone to
// the end of the last one not alone (see the end of the loop).
func inspectText(info *tagInfo, value string) textFindings {
	var found textFindings
	end := aloneTextEnd(value, 0)
	letters, inScript := firstLetters(info, value[:end])
	// letters and, when the script is checked, inScript: no more to learn
	settled := info.scripts == nil || inScript
	alone := true    // every character before i is nfcAlone
	from, to := 0, 0 // what the normalizer reads when a character is not alone
	for i := end; i < len(value); {
		if settled && alone {
			if i = aloneTextEnd(value, i); i == len(value) {
				break
			}
		}
		start := i
		var r rune
		switch b := value[i]; {
		case b < utf8.RuneSelf:
			if settled {
				for i+8 <= len(value) && printableASCII(le64(value[i:i+8])) {
					i += 8
				}
				if i > start {
					continue
				}
			}
			r = rune(b)
			i++
			// An ASCII character is alone; it is a control character only below space (but
			// tab, line feed and carriage return) or as DEL, and a letter only from A to Z.
			if b >= ' ' && b != 0x7F {
				if !settled && 'a' <= b|0x20 && b|0x20 <= 'z' {
					letters = true
					inScript = inScript || info.inScript(r)
					settled = info.scripts == nil || inScript
				}
				continue
			}
		case b >= 0xC2 && b < 0xE0 && i+1 < len(value) && value[i+1]&0xC0 == 0x80:
			// Once settled, the commonest character of Arabic or Kurdish text, a letter from
			// U+00A0 on (no control character) that is alone, has nothing more to tell.
			if settled && aloneTwoByte(b, value[i+1]) {
				i += 2
				continue
			}
			r = rune(b&0x1F)<<6 | rune(value[i+1]&0x3F) // two bytes: U+0080 to U+07FF
			i += 2
		default:
			var size int
			r, size = utf8.DecodeRuneInString(value[i:])
			i += size
		}
		// From U+00A0 to U+07FF there is no control character and no bidi formatting one.
		if r < 0xA0 || r > 0x7FF {
			if _, bad := controlFormat(r); bad {
				found.faults |= faultControl
				found.control = r
				if alone {
					alone, from = false, previousStart(value, start)
				}
				to = len(value) // the rest was not looked at
				break
			}
		}
		if !nfcAlone(r) {
			if alone {
				alone, from = false, previousStart(value, start)
			}
			to = max(to, i)
			if r == utf8.RuneError {
				// Bytes that are not UTF-8: what the normalizer makes of them depends on what
				// follows them, so it reads the rest of the value.
				to = len(value)
			}
		}
		if !settled && isLetter(r) {
			letters = true
			inScript = inScript || info.inScript(r)
			settled = info.scripts == nil || inScript
		}
	}
	if info.scripts != nil && letters && !inScript {
		found.faults |= faultScript
	}
	// The characters before from are each alone: in NFC, of combining class 0, composing with
	// nothing before them. The one at from is such a character too, which blocks every later
	// one from combining with those before it; and so is each character from to on, the
	// end of the last one not alone. So the value is in NFC when value[from:to] is.
	if !alone && !norm.NFC.IsNormalString(value[from:to]) {
		found.faults |= faultNotNFC
	}
	if value != "" && (startsWithSpace(value) || endsWithSpace(value)) {
		found.faults |= faultSpace
	}
	return found
}

// firstLetters reports whether text, made of printable ASCII and two-byte characters from
// U+00A0 on, has letters, and letters of the script info checks, reading it only up to its
// first letter of that script. It reads nothing when no script is checked.
func firstLetters(info *tagInfo, text string) (letters, inScript bool) {
	if info.scripts == nil {
		return false, false
	}
	for i := 0; i < len(text); {
		var r rune
		if b := text[i]; b < utf8.RuneSelf {
			i++
			if 'a' > b|0x20 || b|0x20 > 'z' {
				continue
			}
			r = rune(b)
		} else {
			r = rune(b&0x1F)<<6 | rune(text[i+1]&0x3F)
			i += 2
			if !twoByteLetters.has(r) {
				continue
			}
		}
		letters = true
		if info.inScript(r) {
			return true, true
		}
	}
	return letters, false
}

// aloneTextEnd returns the offset from i, where a character of value starts, of the first
// character that is not printable ASCII or a two-byte character from U+00A0 on that is alone
// (nfcAlone): what inspectText has nothing to learn from once a text's letters are settled and
// every character so far is alone.
func aloneTextEnd(value string, i int) int {
	for i < len(value) {
		switch b := value[i]; {
		case b >= utf8.RuneSelf:
			// A word of Arabic or Kurdish text: two-byte characters, one after another, each
			// read as one little-endian word w of its two bytes (aloneTwoByte of w's low
			// byte, the lead, and its high byte).
			j := uint(i) // unsigned, the compiler drops one of the checks of the index
			for j+1 < uint(len(value)) {
				if w := uint16(value[j]) | uint16(value[j+1])<<8; w&0xC0E0 != 0x80C0 || aloneTwoBytes[w&0x1F]>>(w>>8&0x3F)&1 == 0 {
					break
				}
				j += 2
			}
			i = int(j)
			if i == len(value) || value[i] >= utf8.RuneSelf {
				return i
			}
		case b >= ' ' && b != 0x7F:
			// Printable ASCII, eight bytes at a time where more follow, as in English text;
			// the last few at once, when the last eight bytes of the value (or the first four
			// and the last four of a shorter one) are all printable ASCII.
			i++
			if i < len(value) && value[i] < utf8.RuneSelf {
				for i+8 <= len(value) && printableASCII(le64(value[i:i+8])) {
					i += 8
				}
				if n := len(value); i < n && i+8 > n {
					var last uint64
					switch {
					case n >= 8:
						last = le64(value[n-8:])
					case n >= 4:
						last = uint64(le32(value)) | uint64(le32(value[n-4:]))<<32
					}
					if printableASCII(last) {
						return n
					}
				}
			}
		default:
			return i
		}
	}
	return i
}

// aloneTwoByte reports whether the two-byte character of UTF-8 first byte lead (110xxxxx) and
// second byte cont (10yyyyyy) is from U+00A0 on and nfcAlone.
func aloneTwoByte(lead, cont byte) bool { return aloneTwoBytes[lead&0x1F]>>(cont&0x3F)&1 != 0 }

// aloneTwoBytes holds the characters from U+00A0 to U+07FF (two bytes in UTF-8, no control
// character) that are nfcAlone. For a two-byte character, the first byte 110xxxxx picks the
// word and the second byte 10yyyyyy the bit: the character is xxxxxyyyyyy. The words of C0
// and C1, which start no character, are zero.
var aloneTwoBytes = *runeBitsOf(0xA0, nfcAlone)

// runeBits holds one bit for each character below U+0800, the characters of one or two bytes
// in UTF-8: the character r is bit r&0x3F of word r>>6.
type runeBits [32]uint64

// runeBitsOf returns the bits of the characters from first to U+07FF for which in is true.
func runeBitsOf(first rune, in func(rune) bool) *runeBits {
	bits := new(runeBits)
	for r := first; r < 0x800; r++ {
		if in(r) {
			bits[r>>6] |= 1 << (r & 0x3F)
		}
	}
	return bits
}

// has reports whether the character r, below U+0800, is one of b.
func (b *runeBits) has(r rune) bool { return b[r>>6]>>(r&0x3F)&1 != 0 }

// previousStart returns where the character before the one at i starts in s, whose bytes
// before i are UTF-8, or 0 when there is none.
func previousStart(s string, i int) int {
	j := max(i-1, 0)
	for j > 0 && i-j < utf8.UTFMax && s[j]&0xC0 == 0x80 {
		j--
	}
	return j
}

// startsWithSpace reports whether the first character of the non-empty s is white space.
func startsWithSpace(s string) bool {
	switch b := s[0]; {
	case b < utf8.RuneSelf:
		return asciiSpace(b)
	case b >= 0xC2 && b < 0xE0 && len(s) > 1:
		return twoByteSpace(b, s[1])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// endsWithSpace reports whether the last character of the non-empty s is white space.
func endsWithSpace(s string) bool {
	n := len(s)
	switch b := s[n-1]; {
	case b < utf8.RuneSelf:
		return asciiSpace(b)
	case n > 1 && s[n-2] >= 0xC2 && s[n-2] < 0xE0:
		return twoByteSpace(s[n-2], b)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// twoByteSpace reports whether the bytes lead, from C2 to DF, and cont are a two-byte character
// that is white space: U+0085 or U+00A0, the only ones from U+0080 to U+07FF. Bytes that are
// not a character are no space either.
func twoByteSpace(lead, cont byte) bool {
	return lead == 0xC2 && (cont == 0x85 || cont == 0xA0)
}

// asciiSpace reports whether the ASCII byte b is white space, as unicode.IsSpace says.
func asciiSpace(b byte) bool {
	return b == ' ' || '\t' <= b && b <= '\r'
}

// le32 returns the first four bytes of s as a little-endian word.
func le32(s string) uint32 {
	s = s[:4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 returns the eight bytes of s as a little-endian word.
func le64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printableASCII reports whether each byte of w is printable ASCII, from space to tilde: no
// byte has its high bit set (w), none is below space (w minus space in every byte borrows),
// and none is DEL (w xor DEL, minus one in every byte, borrows). A borrow sets the high bit
// of its own byte, and can spill into the bytes above only from a byte that already fails.
func printableASCII(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (w|(w-' '*ones)|((w^0x7F*ones)-ones))&highs == 0
}

// controlFormat returns the message format for a forbidden control character r.
func controlFormat(r rune) (string, bool) {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return fmtTextBidi, true
	case r == '\t', r == '\n', r == '\r':
		return "", false
	case unicode.IsControl(r):
		return fmtTextControl, true
	}
	return "", false
}

// nfcAlone reports whether r is, for NFC, a character on its own: in NFC, of combining class
// 0, and composing with no character before it, so a text made only of such characters is in
// NFC. It knows the ranges that the demo's languages write most (Latin below the combining
// diacritics, the Arabic letters, digits and punctuation, the dashes and quotation marks);
// for any other character the normalizer is asked. TestNFCAlone checks every character of
// these ranges against the normalizer's own properties.
func nfcAlone(r rune) bool {
	switch {
	case r < 0x300: // ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
		return true
	case r < 0x60C:
		return false
	case r <= 0x64A: // Arabic comma to yeh, except the marks U+0610–U+061A
		return r == 0x60C || r >= 0x61B
	case r < 0x660:
		return false
	case r <= 0x66F, r >= 0x671 && r <= 0x6D3, r == 0x6D5: // digits, letters of Arabic and Sorani
		return true
	}
	return r >= 0x2010 && r <= 0x2027 // dashes, quotation marks, bullets, ellipsis
}

// isLetter is unicode.IsLetter, which looks a character from U+0100 on up in the table of all
// letters, asked of the characters of two bytes in a table of their own: Arabic and Kurdish
// texts begin with them.
func isLetter(r rune) bool {
	if r >= 0x80 && r < 0x800 {
		return twoByteLetters.has(r)
	}
	return unicode.IsLetter(r)
}

// twoByteLetters holds the letters from U+0080 to U+07FF.
var twoByteLetters = *runeBitsOf(0x80, unicode.IsLetter)

func inTables(r rune, tables []*unicode.RangeTable) bool {
	if r < utf8.RuneSelf && len(tables) > 0 && tables[0] == unicode.Latin {
		return true // an ASCII letter is Latin
	}
	return unicode.IsOneOf(tables, r)
}

// canonicalTag returns the canonical form of the valid language tag key under BCP 47 (RFC
// 5646, section 4.5): subtags in their conventional case, and deprecated subtags replaced by
// the preferred values of the IANA Language Subtag Registry ("iw" by "he", "in" by "id",
// "zh-cmn" by "cmn"). The aliases of CLDR are not BCP 47 and are left alone: "tl" (Tagalog) and
// "fil" (Filipino) are two languages of the registry, and "sh" stays "sh".
func canonicalTag(key string) string {
	tag, err := language.Deprecated.Parse(key)
	if err != nil {
		return key
	}
	// The registry's preferred value for the deprecated "mo" is "ro"; golang.org/x/text
	// follows CLDR there and writes "ro-MD", a region the key did not name.
	if tag.String() == "ro-MD" && !strings.Contains(strings.ToLower(key), "md") {
		return "ro"
	}
	return tag.String()
}

// tagInfo returns what the text rules know of a Text key, found once per document.
func (c *checker) tagInfo(key string) *tagInfo {
	if info, ok := c.tags.get(key); ok {
		return info
	}
	info := knownTag(key)
	c.tags.put(key, info)
	return info
}

// parseTagInfo parses key as a language tag, and finds its canonical form and the script its
// text is checked against.
func parseTagInfo(key string) *tagInfo {
	info := &tagInfo{key: key}
	info.tag, info.err = language.Parse(key)
	if info.err == nil {
		info.canonical = canonicalTag(key)
		info.keyOK = info.canonical == key
		base, _ := info.tag.Base()
		if script, conf := info.tag.Script(); conf != language.No && base.String() != "und" {
			info.script = script.String()
			info.scripts = scriptTables(info.script)
			info.letters = scriptLetters(info.script, info.scripts)
		}
	}
	return info
}

// inScript reports whether the letter r is of the script of info, which has one: from the
// bits of info.letters below U+0800 (the first letter of most texts, and the only place
// inspectText asks), else from the Unicode tables.
func (info *tagInfo) inScript(r rune) bool {
	if r < 0x800 && info.letters != nil {
		return info.letters.has(r)
	}
	return inTables(r, info.scripts)
}

// scriptLetters returns the bits of the characters of tables below U+0800, the tables of the
// script code, made once per process for each script: scriptTables knows a few, and they are
// never changed once made. It returns nil for nil tables.
func scriptLetters(code string, tables []*unicode.RangeTable) *runeBits {
	if tables == nil {
		return nil
	}
	if bits, ok := scriptLetterBits.Load(code); ok {
		return bits.(*runeBits)
	}
	bits := runeBitsOf(0, func(r rune) bool { return unicode.IsOneOf(tables, r) })
	actual, _ := scriptLetterBits.LoadOrStore(code, bits)
	return actual.(*runeBits)
}

// scriptLetterBits holds what scriptLetters made: script code → *runeBits.
var scriptLetterBits sync.Map

// scriptTables returns the Unicode tables of the letters of an ISO 15924 script, or nil for a
// script this rule does not know (then nothing is reported).
func scriptTables(code string) []*unicode.RangeTable {
	switch code {
	case "Latn":
		return []*unicode.RangeTable{unicode.Latin}
	case "Arab":
		return []*unicode.RangeTable{unicode.Arabic}
	case "Cyrl":
		return []*unicode.RangeTable{unicode.Cyrillic}
	case "Hebr":
		return []*unicode.RangeTable{unicode.Hebrew}
	case "Grek":
		return []*unicode.RangeTable{unicode.Greek}
	case "Armn":
		return []*unicode.RangeTable{unicode.Armenian}
	case "Geor":
		return []*unicode.RangeTable{unicode.Georgian}
	case "Syrc":
		return []*unicode.RangeTable{unicode.Syriac}
	case "Deva":
		return []*unicode.RangeTable{unicode.Devanagari}
	case "Beng":
		return []*unicode.RangeTable{unicode.Bengali}
	case "Thai":
		return []*unicode.RangeTable{unicode.Thai}
	case "Ethi":
		return []*unicode.RangeTable{unicode.Ethiopic}
	case "Hans", "Hant", "Hani":
		return []*unicode.RangeTable{unicode.Han}
	case "Jpan":
		return []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}
	case "Kore":
		return []*unicode.RangeTable{unicode.Hangul, unicode.Han}
	case "Hang":
		return []*unicode.RangeTable{unicode.Hangul}
	}
	return nil
}
