package jscd

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

var englishTag = language.English

// MessageLanguages are the languages the built-in message catalogue has: English, Arabic and
// Kurdish (Sorani).
var messageLanguages = [...]language.Tag{language.English, language.Arabic, language.MustParse("ckb")}

// MessageLanguages returns the languages of the built-in message catalogue, English first.
func MessageLanguages() []language.Tag { return append([]language.Tag(nil), messageLanguages[:]...) }

// translation is one message of the catalogue: its English format (the key) and its Arabic
// and Kurdish Sorani renderings, with the same verbs in the same order.
type translation struct {
	en, ar, ckb string
}

// translations is the message catalogue. Every Format that an Issue can carry is listed here.
var translations = [...]translation{
	// Filled in by the decode and validation code.
}

// messageCatalog builds the message catalogue once, on first use.
var messageCatalog = sync.OnceValue(func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(englishTag))
	for _, t := range translations {
		b.SetString(language.English, t.en, t.en)
		b.SetString(language.Arabic, t.en, t.ar)
		b.SetString(messageLanguages[2], t.en, t.ckb)
	}
	return b
})

// NewPrinter returns a printer that renders Issue messages in the catalogue language that best
// matches prefs (English, Arabic or Kurdish Sorani), chosen with a language.Matcher.
func NewPrinter(prefs ...language.Tag) *message.Printer {
	_, i, _ := language.NewMatcher(messageLanguages[:]).Match(prefs...)
	return message.NewPrinter(messageLanguages[i], message.Catalog(messageCatalog()))
}
