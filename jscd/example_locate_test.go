package jscd_test

import (
	"fmt"
	"strings"

	"github.com/jscd-go/jscd/jscd"
)

func ExampleLocate() {
	data := []byte(exampleDocument)
	f, err := jscd.Decode(strings.NewReader(exampleDocument))
	if err != nil {
		panic(err)
	}
	// Validation knows only the path of a problem; Locate finds it in the text, with the line
	// and the column (in characters) that Decode would give.
	for _, issue := range f.Check() {
		if span, ok := jscd.Locate(data, issue.Path); ok {
			fmt.Printf("%d:%d: %s\n", span.Line, span.Column, issue)
		}
	}

	// A path to a member that is missing locates the object that lacks it.
	span, _ := jscd.Locate(data, jscd.Path{"events", "0", "location"})
	fmt.Printf("%s at %d:%d\n", span.Path, span.Line, span.Column)
	// Output:
	// 18:33: /commitments/0/by/0: "frnace" does not name any entity of the document; did you mean "france" (/stakeholders/0)? [ref.unresolved]
	// 19:56: /commitments/0/due: due date 2018 is before the commitment was made, 2019-01-15 [time.due-before-made]
	// /events/0 at 14:5
}
