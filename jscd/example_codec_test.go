package jscd_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
)

func ExampleDecode() {
	doc := `{
  "format": "jscd/1",
  "id": "us-iraq",
  "title": {"en": "US–Iraq security cooperation", "ar": "التعاون الأمني الأمريكي العراقي"},
  "instruments": [
    {
      "id": "sfa",
      "kind": "framework-agreement",
      "name": {"en": "Strategic Framework Agreement"},
      "shortName": {"en": "SFA"},
      "areas": ["defense", "politics", "energy"],
      "signed": "2008",
      "extensions": {"x-note": {"score": 1.50}}
    }
  ]
}`
	f, err := jscd.Decode(strings.NewReader(doc))
	if err != nil {
		log.Fatal(err)
	}
	sfa := f.Instruments[0]
	fmt.Println(f.Title.In("ar"))
	fmt.Println(sfa.ShortName, sfa.Kind, sfa.Signed, sfa.Areas)
	fmt.Println(string(sfa.Extensions["x-note"]))
	// Output:
	// التعاون الأمني الأمريكي العراقي
	// SFA framework-agreement 2008 [defense politics energy]
	// {"score":1.50}
}

func ExampleEncode() {
	f := &jscd.Framework{
		Format: jscd.FormatTag,
		ID:     "example",
		Title:  jscd.Text{"en": "Example <framework>", "ckb": "نموونە"},
		Stakeholders: []jscd.Stakeholder{
			{ID: "iraq", Kind: jscd.StakeholderKindState, Name: jscd.Text{"en": "Iraq", "ar": "العراق"}, Country: "IQ"},
		},
	}
	if err := jscd.Encode(os.Stdout, f); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "format": "jscd/1",
	//   "id": "example",
	//   "title": {
	//     "ckb": "نموونە",
	//     "en": "Example <framework>"
	//   },
	//   "stakeholders": [
	//     {
	//       "id": "iraq",
	//       "kind": "state",
	//       "name": {
	//         "ar": "العراق",
	//         "en": "Iraq"
	//       },
	//       "country": "IQ"
	//     }
	//   ]
	// }
}

// Decode reports a structural problem as an *Issue with its JSON Pointer path, its line and
// column, and, for a misspelt field, the name that was probably meant.
func ExampleDecode_error() {
	doc := `{
  "format": "jscd/1",
  "id": "example",
  "title": {"en": "Example"},
  "commitmnets": []
}`
	_, err := jscd.Decode(strings.NewReader(doc))
	var issue *jscd.Issue
	if errors.As(err, &issue) {
		fmt.Println(issue.Path, issue.Line, issue.Column, issue.Code)
		fmt.Println(issue.Message(jscd.NewPrinter(language.English)))
		fmt.Println(issue.Message(jscd.NewPrinter(language.Arabic)))
	}
	fmt.Println(err)
	// Output:
	// /commitmnets 5 3 decode.unknown-field
	// unknown field "commitmnets"; did you mean "commitments"?
	// حقل غير معروف "commitmnets"؛ هل تقصد "commitments"؟
	// /commitmnets (5:3): unknown field "commitmnets"; did you mean "commitments"? [decode.unknown-field]
}
