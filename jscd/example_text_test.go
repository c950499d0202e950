package jscd_test

import (
	"fmt"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
)

// A Text holds one string per language; In picks the one that suits a reader best, with a
// language.Matcher, and falls back to English.
func ExampleText_In() {
	name := jscd.Text{
		"en":  "Iraq",
		"ar":  "العراق",
		"ckb": "عێراق",
	}
	fmt.Println(name.In("ar"))
	fmt.Println(name.In("ar-IQ"))
	fmt.Println(name.In("ckb"))
	fmt.Println(name.In("fr", "en"))
	fmt.Println(name.In("ja")) // nothing matches: English
	// Output:
	// العراق
	// العراق
	// عێراق
	// Iraq
	// Iraq
}

// Lookup also tells which language was picked, so a renderer can set lang and dir.
func ExampleText_Lookup() {
	minister := jscd.Text{"en": "Minister of Defense", "ar": "وزير الدفاع"}
	text, tag, ok := minister.Lookup(language.MustParse("ckb"), language.Arabic)
	fmt.Println(text, tag, ok)
	// Output:
	// وزير الدفاع ar true
}
