// Command validate checks framework documents and prints every issue, in English, Arabic or
// Kurdish (Sorani).
//
//	go run ./examples/validate jscd/datasets/us-iraq.json
//	go run ./examples/validate -lang ar -warnings mine.json
//
// Each issue shows its path and its line and column in the file. With no file it checks the
// bundled US–Iraq framework. It exits 1 when a document has errors (or warnings, with
// -warnings) and 2 when it cannot be read.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "en", "language of the messages: en, ar or ckb")
	strict := flag.Bool("warnings", false, "treat warnings as errors")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, "validate:", err)
		os.Exit(2)
	}
	files := flag.Args()
	if len(files) == 0 {
		files = []string{"(bundled us-iraq)"}
	}
	exit := 0
	for _, name := range files {
		exit = max(exit, check(os.Stdout, name, tag, *strict))
	}
	os.Exit(exit)
}

// check reports on one document and returns the exit status it deserves.
func check(w io.Writer, name string, tag language.Tag, strict bool) int {
	data, err := read(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, "validate:", err)
		return 2
	}
	p := jscd.NewPrinter(tag)
	f, err := jscd.Decode(bytes.NewReader(data))
	if err != nil {
		for _, issue := range jscd.Issues(err) {
			fmt.Fprintf(w, "%s: %s\n", name, issue.LocalizedError(p))
		}
		return 2
	}
	status := 0
	issues := f.Check()
	for _, issue := range issues {
		// Localize names the severity of warnings and hints, in the reader's language.
		fmt.Fprintf(w, "%s: %s\n", name, located(data, issue).LocalizedError(p))
		if issue.Severity == jscd.SeverityError || (strict && issue.Severity == jscd.SeverityWarning) {
			status = 1
		}
	}
	if len(issues) == 0 {
		fmt.Fprintf(w, "%s: no issues\n", name)
	}
	return status
}

// located returns a copy of a validation issue with the line and column of its path in data,
// so that it prints as Decode's issues do. An issue about a missing member gets the line and
// column of the object that lacks it.
func located(data []byte, issue *jscd.Issue) *jscd.Issue {
	span, ok := jscd.Locate(data, issue.Path)
	if !ok {
		return issue
	}
	c := *issue
	c.Line, c.Column = span.Line, span.Column
	return &c
}

func read(name string) ([]byte, error) {
	if name == "(bundled us-iraq)" {
		return datasets.Bytes("us-iraq")
	}
	return os.ReadFile(name)
}
