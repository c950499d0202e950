package view

import (
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

// inWords rewrites the dates the drawings and the diff write as the document does (EDTF)
// into words in the reader's language (Lang.DateInWords): a mark's tooltip, which names the
// date its data-date holds; a date element (class "date") holding a date alone; a status
// change of the diff, "became fulfilled (2021-12-09)", and a changed field's value that is a
// date; a date isolated in a text (the "as of" label). A text that holds no such date is left
// as it is, so a drawing that writes its dates in words already passes through unchanged.
func inWords(l *Lang, nodes []Node) []Node {
	for i := range nodes {
		inWordsNode(l, &nodes[i], "")
	}
	return nodes
}

func inWordsNode(l *Lang, n *Node, markDate string) {
	if n.Tag == "" {
		return
	}
	if d, ok := n.Attr("data-date"); ok && d != "" {
		markDate = d
	}
	class, _ := n.Attr("class")
	switch {
	case n.Tag == "title" && markDate != "":
		for i := range n.Kids {
			if k := &n.Kids[i]; k.Tag == "" {
				k.Text = replaceDate(l, k.Text, markDate)
			}
		}
	case hasClass(class, "date") && n.Tag != "time" && len(n.Kids) == 1 && n.Kids[0].Tag == "":
		if d, err := jscd.ParseDate(n.Kids[0].Text); err == nil && !d.IsZero() {
			n.Kids[0].Text = l.DateInWords(d)
			n.Attrs = setAttr(n.Attrs, "dir", l.Dir())
		}
	case hasClass(class, "value") && len(n.Kids) == 1 && n.Kids[0].Tag == "" && !allDigits(n.Kids[0].Text):
		// A field of the diff whose value is a date.
		if d, err := jscd.ParseDate(n.Kids[0].Text); err == nil && !d.IsZero() {
			n.Kids[0].Text = l.DateInWords(d)
			n.Attrs = setAttr(setAttr(n.Attrs, "dir", "auto"), "lang", l.Code)
		}
	case strings.HasPrefix(class, "became") && len(n.Kids) == 1 && n.Kids[0].Tag == "":
		t := n.Kids[0].Text
		if open := strings.LastIndex(t, " ("); open >= 0 && strings.HasSuffix(t, ")") {
			if d, err := jscd.ParseDate(t[open+2 : len(t)-1]); err == nil && !d.IsZero() {
				n.Kids[0].Text = t[:open+2] + l.DateInWords(d) + ")"
			}
		}
	}
	for i := range n.Kids {
		if k := &n.Kids[i]; k.Tag == "" {
			k.Text = isolatedDates(l, k.Text)
		}
		inWordsNode(l, &n.Kids[i], markDate)
	}
}

// isolatedDates writes in words each date a text isolates left to right (U+2066 … U+2069, as
// the timeline's "as of" label does), isolated then by its first strong letter (U+2068), as
// the words of a right-to-left language run right to left.
func isolatedDates(l *Lang, s string) string {
	for {
		i := strings.Index(s, "\u2066")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "\u2069")
		if j < 0 {
			return s
		}
		raw := s[i+len("\u2066") : i+j]
		d, err := jscd.ParseDate(raw)
		if err != nil || d.IsZero() {
			return s
		}
		s = s[:i] + "\u2068" + l.DateInWords(d) + s[i+j:]
	}
}

// allDigits reports whether s is digits only: a number, which is never taken for a year.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// replaceDate replaces the date raw, written as the document writes it, in s by its words,
// where it stands alone between separators (" · ") or at an end.
func replaceDate(l *Lang, s, raw string) string {
	d, err := jscd.ParseDate(raw)
	if err != nil || d.IsZero() {
		return s
	}
	parts := strings.Split(s, " · ")
	for i, p := range parts {
		if p == raw {
			parts[i] = l.DateInWords(d)
		} else if strings.HasSuffix(p, " — "+raw) {
			parts[i] = strings.TrimSuffix(p, raw) + l.DateInWords(d)
		}
	}
	return strings.Join(parts, " · ")
}

// hasClass reports whether the class attribute value classes names class.
func hasClass(classes, class string) bool {
	for _, c := range strings.Fields(classes) {
		if c == class {
			return true
		}
	}
	return false
}
