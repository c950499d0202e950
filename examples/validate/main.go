// Command validate checks framework documents with jscd.CheckBytes and prints every issue with
// its line and column, in English, Arabic or Kurdish (Sorani):
//
//	go run ./examples/validate jscd/datasets/us-iraq.json
//	go run ./examples/validate -lang ar my-framework.json
//
// It is the smallest program built on CheckBytes. The jscd command (jscd/cmd/jscd) does the same
// and more, for editors and CI: go install github.com/jscd-go/jscd/jscd/cmd/jscd@latest, then
// jscd vet my-framework.json. validate exits 1 when a document has errors and 2 when one cannot
// be read or does not decode.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/jscd-go/jscd/jscd"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	lang := flag.String("lang", "en", "language of the messages: en, ar or ckb")
	flag.Parse()
	p := jscd.NewPrinter(language.Make(*lang))
	status := 0
	for _, name := range flag.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "validate:", err)
			status = 2
			continue
		}
		status = max(status, check(os.Stdout, name, data, p))
	}
	os.Exit(status)
}

// check prints the issues of one document, one a line, and returns the exit status it deserves.
func check(w io.Writer, name string, data []byte, p *message.Printer) int {
	f, issues := jscd.CheckBytes(data)
	status := 0
	for _, issue := range issues {
		fmt.Fprintf(w, "%s: %s\n", name, issue.LocalizedError(p))
		if issue.Severity == jscd.SeverityError {
			status = 1
		}
	}
	if f == nil {
		status = 2 // the document does not decode: issues holds why, at its line and column
	}
	return status
}
