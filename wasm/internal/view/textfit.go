package view

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The page cannot measure text before it is drawn (the view is built in Go, and the first
// view at build time), so text that must fit a box in an SVG drawing is fitted by an estimate
// of its width. The estimate is for DejaVu Sans Bold, the font Debian's browsers use for the
// page's bold sans-serif and among the widest of the common ones: set in a narrower system
// font (Segoe UI, San Francisco, Noto Sans) the text fits with room to spare.

// emWidth estimates the advance of s set in a bold sans-serif, in ems.
func emWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += runeEm(r)
	}
	return w
}

// runeEm is the estimated advance of r in a bold sans-serif, in ems (DejaVu Sans Bold's
// widths, rounded up by class).
func runeEm(r rune) float64 {
	switch {
	case strings.ContainsRune("ijlI!|.,:;'`", r):
		return 0.35
	case strings.ContainsRune("frt()[]-/ ", r):
		return 0.5
	case strings.ContainsRune("mwMW…", r):
		return 1.1
	case r < 0x80 && unicode.IsUpper(r):
		return 0.82
	case r < 0x80:
		return 0.72
	case unicode.Is(unicode.Arabic, r):
		return 0.62 // joined Arabic letters are narrower than Latin ones
	case unicode.Is(unicode.Mn, r):
		return 0 // a combining mark sits on the letter before it
	default:
		return 0.82
	}
}

// fitLines breaks s at spaces into at most n lines, each at most width ems wide by emWidth.
// A word wider than a line is cut; when s does not fit, the last line ends in "…" and whole
// is false.
func fitLines(s string, width float64, n int) (lines []string, whole bool) {
	words := strings.Fields(s)
	for len(words) > 0 && len(lines) < n {
		line := words[0]
		if emWidth(line) > width { // a word longer than a line is cut
			head := cutEm(line, width)
			if head == "" {
				_, size := utf8.DecodeRuneInString(line)
				head = line[:size]
			}
			lines = append(lines, head)
			words[0] = line[len(head):]
			if words[0] == "" {
				words = words[1:]
			}
			continue
		}
		k, w := 1, emWidth(line)
		for k < len(words) {
			next := w + runeEm(' ') + emWidth(words[k])
			if next > width {
				break
			}
			line, w = line+" "+words[k], next
			k++
		}
		lines = append(lines, line)
		words = words[k:]
	}
	if len(words) == 0 {
		return lines, true
	}
	if len(lines) == 0 {
		return nil, false
	}
	last := len(lines) - 1
	rest := lines[last] + " " + strings.Join(words, " ")
	lines[last] = strings.TrimRight(cutEm(rest, width-runeEm('…')), " ") + "…"
	return lines, false
}

// cutEm returns the longest prefix of s, whole runes, at most width ems wide.
func cutEm(s string, width float64) string {
	w := 0.0
	for i, r := range s {
		if w += runeEm(r); w > width {
			return s[:i]
		}
	}
	return s
}
