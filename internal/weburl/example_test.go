package weburl_test

import (
	"fmt"

	"github.com/jscd-go/jscd/internal/weburl"
)

// The demo links a source's URL only when Valid accepts it: the rule url.syntax holds the
// document to the same test.
func ExampleValid() {
	for _, u := range []string{
		"https://www.rudaw.net/english/opinion",
		"https://ar.wikipedia.org/wiki/العراق",
		"javascript:alert(1)",
		"https://example.org@evil.example/",
		"//example.org/relative",
	} {
		fmt.Println(weburl.Valid(u), u)
	}
	// Output:
	// true https://www.rudaw.net/english/opinion
	// true https://ar.wikipedia.org/wiki/العراق
	// false javascript:alert(1)
	// false https://example.org@evil.example/
	// false //example.org/relative
}
