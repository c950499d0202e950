package jscd_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
)

// exampleDocument is a small framework with two mistakes: a commitment made by a stakeholder
// that does not exist, and a commitment due before the event it was made at.
const exampleDocument = `{
  "format": "jscd/1",
  "id": "example",
  "title": {"en": "An example framework"},
  "stakeholders": [
    {"id": "france", "kind": "state", "name": {"en": "France"}, "country": "FR"},
    {"id": "india", "kind": "state", "name": {"en": "India"}, "country": "IN"}
  ],
  "instruments": [
    {"id": "dialogue", "kind": "dialogue", "name": {"en": "Defence dialogue"},
     "parties": ["france", "india"], "date": "2018/..", "sources": ["statement"]}
  ],
  "events": [
    {"id": "round-1", "kind": "round", "name": {"en": "First round"}, "instrument": "dialogue",
     "round": 1, "date": "2019-01-15", "sources": ["statement"]}
  ],
  "commitments": [
    {"id": "next-round", "by": ["frnace"], "to": ["india"], "text": {"en": "Hold a second round"},
     "strength": "intent", "madeAt": "round-1", "due": "2018", "sources": ["statement"]}
  ],
  "sources": [
    {"id": "statement", "kind": "official", "title": {"en": "Joint statement"}}
  ]
}`

func decodeExample() *jscd.Framework {
	f, err := jscd.Decode(strings.NewReader(exampleDocument))
	if err != nil {
		panic(err)
	}
	return f
}

func ExampleFramework_Validate() {
	f := decodeExample()
	err := f.Validate()
	fmt.Println(err)
	fmt.Println("unresolved reference:", errors.Is(err, jscd.CodeRefUnresolved))

	var first *jscd.Issue
	if errors.As(err, &first) {
		fmt.Println("first:", first.Path, first.Code)
	}
	// Output:
	// jscd: 2 errors:
	// /commitments/0/by/0: "frnace" does not name any entity of the document; did you mean "france" (/stakeholders/0)? [ref.unresolved]
	// /commitments/0/due: due date 2018 is before the commitment was made, 2019-01-15 [time.due-before-made]
	// unresolved reference: true
	// first: /commitments/0/by/0 ref.unresolved
}

func ExampleFramework_Check() {
	f := decodeExample()
	f.Commitments[0].By = []jscd.ID{"france"}
	f.Commitments[0].Due = jscd.Date{}
	// Check returns warnings and infos as well as errors; AsOf turns on the rules about the
	// present. An issue that is not an error names its severity when printed.
	for _, issue := range f.Check(jscd.AsOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))) {
		fmt.Println(issue)
	}
	// Output:
	// /commitments/0: info: the commitment has no due date, so it can never be overdue [commitment.no-due]
}

func ExampleIssues() {
	f := decodeExample()
	for _, issue := range jscd.Issues(f.Validate()) {
		fmt.Printf("%s at %s (%s)\n", issue.Code, issue.Path, issue.Severity)
	}
	// Output:
	// ref.unresolved at /commitments/0/by/0 (error)
	// time.due-before-made at /commitments/0/due (error)
}

func ExampleNewPrinter() {
	f := decodeExample()
	issues := jscd.Issues(f.Validate())
	arabic := jscd.NewPrinter(language.MustParse("ar-IQ"))
	sorani := jscd.NewPrinter(language.MustParse("ckb"))
	fmt.Println(issues[0].LocalizedError(arabic))
	fmt.Println(issues[1].Message(sorani))
	// Output:
	// /commitments/0/by/0: "frnace" لا يشير إلى أي كيان في المستند؛ هل تقصد "france" (/stakeholders/0)؟ [ref.unresolved]
	// وادەی 2018 پێش ئەوەیە کە پابەندبوونەکە بدرێت، 2019-01-15
}

// Message tells a message's arguments from its words, for a renderer that sets them
// apart: here in brackets, as an HTML page would isolate them in a right-to-left sentence.
func ExampleIssue_Message() {
	f := decodeExample()
	issue := jscd.Issues(f.Validate())[0]
	for _, part := range issue.Message(jscd.NewPrinter(language.Arabic)) {
		if part.Arg >= 0 {
			fmt.Printf("[%s]", part.Text)
		} else {
			fmt.Print(part.Text)
		}
	}
	fmt.Println()
	// Output:
	// ["frnace"] لا يشير إلى أي كيان في المستند؛ هل تقصد ["france"] ([/stakeholders/0])؟
}

func ExampleDisableRules() {
	f := decodeExample()
	err := f.Validate(jscd.DisableRules(jscd.CodeTimeDueBeforeMade))
	fmt.Println(len(jscd.Issues(err)), "error left:", jscd.Issues(err)[0].Code)
	// Output:
	// 1 error left: ref.unresolved
}

func ExampleRules() {
	for _, rule := range jscd.Rules() {
		if rule.Family == "graph" {
			fmt.Printf("%-20s %-7s %s\n", rule.Code, rule.Severity, rule.Summary)
		}
	}
	// Output:
	// graph.self           error   No instrument relates to itself and no stakeholder or place is its own parent.
	// graph.cycle          error   Relations based-on, part-of, supersedes, continues, implements and amends have no cycles.
	// graph.parent-cycle   error   Parent links of stakeholders and of places have no cycles.
}

// A program that makes IDs, from file names say, checks them as the rule id.syntax will.
func ExampleID_Valid() {
	for _, id := range []jscd.ID{"sfa-2008", "SFA 2008", "sfa--2008"} {
		fmt.Println(id.Valid(), id)
	}
	// Output:
	// true sfa-2008
	// false SFA 2008
	// false sfa--2008
}
