package view

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/jscd-go/jscd/jscd"
)

// Language is one of the page's languages.
type Language struct {
	Code string // the BCP 47 tag: "en", "ar", "ckb"
	Name string // the language's name in itself
	RTL  bool   // written right to left
}

// languages are the page's languages, in the order of the switch.
var languages = [...]Language{
	{"en", "English", false},
	{"ar", "العربية", true},
	{"ckb", "کوردی", true},
}

// Languages returns the page's languages in the order of the language switch.
func Languages() []Language { return append([]Language(nil), languages[:]...) }

// Lang renders labels, data texts and issue messages for one reader.
type Lang struct {
	Language
	tag     language.Tag
	labels  map[string]string
	printer *message.Printer
	// picks remembers which key jscd.Text.Lookup chose for each set of keys: Lookup builds a
	// language matcher on every call, and the page looks up thousands of texts with the same
	// few sets of languages.
	picks map[string]pick
}

// pick is the key of a Text the reader gets, and the tag it is written in.
type pick struct{ key, tag string }

// NewLang returns the renderer for the page language code, falling back to English for a code
// the page does not have.
func NewLang(code string) *Lang {
	l := &Lang{Language: languages[0]}
	for _, c := range languages {
		if c.Code == code {
			l.Language = c
		}
	}
	l.tag = language.Make(l.Code)
	col := 0
	for i, c := range languages {
		if c.Code == l.Code {
			col = i
		}
	}
	l.labels = make(map[string]string, len(labels))
	for _, row := range labels {
		s := row[1+col]
		if s == "" {
			s = row[1] // English when the row has no translation
		}
		l.labels[row[0]] = s
	}
	l.printer = jscd.NewPrinter(l.tag)
	l.picks = map[string]pick{}
	return l
}

// Dir returns "rtl" or "ltr", for the dir attribute.
func (l *Lang) Dir() string {
	if l.RTL {
		return "rtl"
	}
	return "ltr"
}

// L returns the label key in the reader's language; English when it has no translation, and the
// key itself for a key not in the table. It is not inlined: the panels call it in a hundred
// places, and a call is smaller than a map lookup in the WebAssembly code.
//
//go:noinline
func (l *Lang) L(key string) string {
	if s, ok := l.labels[key]; ok {
		return s
	}
	return key
}

// Enum returns the label of an enumerated value of the format (a status, an area, a kind…):
// the table row "group.value", or the value itself when the table has no row for it, so a value
// the format does not define is shown as written. It is not inlined, like L.
//
//go:noinline
func (l *Lang) Enum(group, value string) string {
	key := group + "." + value
	if s := l.L(key); s != key {
		return s
	}
	return value
}

// Text picks the version of t for the reader, as jscd.Text.Lookup does, and returns it with
// the language tag it is written in, so the page can mark text that fell back to another
// language.
func (l *Lang) Text(t jscd.Text) (string, string) {
	if len(t) == 0 {
		return "", ""
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	set := strings.Join(keys, ",")
	p, ok := l.picks[set]
	if !ok {
		p = l.choose(t, keys)
		l.picks[set] = p
	}
	if p.key == "" {
		return "", ""
	}
	return t[p.key], p.tag
}

// choose asks the library which of t's keys suits the reader.
func (l *Lang) choose(t jscd.Text, keys []string) pick {
	_, tag, ok := t.Lookup(l.tag)
	if !ok {
		return pick{}
	}
	for _, k := range keys {
		if k == tag.String() {
			return pick{k, k}
		}
	}
	for _, k := range keys {
		if kt, err := language.Parse(k); err == nil && kt == tag {
			return pick{k, tag.String()}
		}
	}
	return pick{}
}

// Message renders an issue's message in the reader's language.
func (l *Lang) Message(is *jscd.Issue) string { return is.Message(l.printer).String() }

// messageNodes is the issue's message as nodes. On a right-to-left page each of its
// arguments (an ID, a value, a path; each value of a list) is isolated in a <bdi>, so that the
// Arabic or Kurdish sentence keeps its order around them: unisolated, the quotes, hyphens and
// slashes of a Latin value are laid out by the sentence's direction and the value reads
// scrambled, and a message that starts with a quoted Latin value is taken for a
// left-to-right one. The library tells the arguments from the words (jscd.Issue.MessageParts).
func (l *Lang) messageNodes(is *jscd.Issue) []Node {
	if !l.RTL {
		return []Node{T(l.Message(is))}
	}
	parts := is.Message(l.printer)
	out := make([]Node, 0, len(parts))
	for _, part := range parts {
		if part.Arg < 0 {
			out = append(out, T(part.Text))
			continue
		}
		attrs := at("dir", "auto")
		if plainASCII(part.Text) {
			// An ID, a code, a path or a value of the format: in no language.
			attrs = append(attrs, "lang", "zxx")
		}
		out = append(out, h("bdi", attrs, T(part.Text)))
	}
	return out
}

// data returns a bidi-isolated element holding a text from the document, marked with the
// language it is written in when that is not the page's, and with dir="auto" so a name in
// another script keeps its own direction inside a sentence.
func (l *Lang) data(tag string, t jscd.Text, class string) Node {
	s, lang := l.Text(t)
	attrs := at("dir", "auto")
	if class != "" {
		attrs = append(attrs, "class", class)
	}
	if lang != "" && lang != l.Code {
		attrs = append(attrs, "lang", lang)
	}
	return h(tag, attrs, T(s))
}

// plainASCII reports whether s is printable ASCII only, as the IDs, codes, paths and enumerated
// values an issue quotes are.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}
