// Command build builds a small bilateral framework in Go values, checks it, writes it as a
// jscd/1 document, reads it back and asks it a few questions: a template for tracking a
// framework of your own.
//
//	go run ./examples/build            # the report on stdout, the document after it
//	go run ./examples/build -o fw.json # the document in fw.json
//
// The framework is illustrative: Japan and India are real states, but every instrument,
// event, person, commitment and source below is fictional, and the title says so.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/jscd-go/jscd/jscd"
)

func main() {
	out := flag.String("o", "", "write the document to this file instead of stdout")
	flag.Parse()
	log.SetFlags(0)

	if err := write(*out); err != nil {
		log.Fatalf("build: %v", err)
	}
}

// write runs the program with the document going to the file named out, or to stdout after
// the report when out is empty.
func write(out string) error {
	if out == "" {
		_, err := run(os.Stdout, os.Stdout)
		return err
	}
	file, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := run(os.Stdout, file); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// result is what run found, for the test to check.
type result struct {
	built, decoded *jscd.Framework
	encoded        []byte
	issues         []*jscd.Issue // every issue of every severity, from Check
	report         *jscd.StatusReport
	ancestors      []jscd.Edge
	found          []jscd.SearchResult
	asOf           time.Time // the day of the status report
}

// run builds the framework, validates it, encodes it to doc, decodes it back and writes the
// answers to a few questions to report.
func run(report, doc io.Writer) (*result, error) {
	r := &result{built: Build(), asOf: time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC)}
	r.issues = r.built.Check()
	for _, issue := range r.issues {
		// Issue.Error does not say how serious the issue is, so print the severity too.
		fmt.Fprintln(report, issue.Severity, issue)
	}
	if err := r.built.Validate(); err != nil {
		return r, err
	}

	var buf bytes.Buffer
	if err := jscd.Encode(&buf, r.built); err != nil {
		return r, err
	}
	r.encoded = buf.Bytes()
	decoded, err := jscd.Decode(bytes.NewReader(r.encoded))
	if err != nil {
		return r, err
	}
	r.decoded = decoded

	r.report = decoded.StatusAsOf(r.asOf)
	r.ancestors = decoded.Lineage().Ancestors("jwg-meeting-1")
	r.found = decoded.Search("yamada")
	printAnswers(report, r)

	_, err = doc.Write(r.encoded)
	return r, err
}

// printAnswers writes the status report, the lineage and the search results, names in Japanese
// where the document has them.
func printAnswers(w io.Writer, r *result) {
	fmt.Fprintf(w, "%s\n\nAs of %s:\n", r.decoded.Title.In("en"), r.asOf.Format(time.DateOnly))
	for _, c := range r.report.Commitments {
		fmt.Fprintf(w, "  %-36s %-10s %-9s %s\n", c.ID, c.Status, c.Due, c.Commitment.Text)
	}
	fmt.Fprintf(w, "\nWhat the first working-group meeting rests on:\n")
	for _, e := range r.ancestors {
		fmt.Fprintf(w, "  %s %s %s\n", e.From, e.Type, e.To)
	}
	fmt.Fprintf(w, "\nSearch \"yamada\":\n")
	for _, s := range r.found {
		fmt.Fprintf(w, "  %s (%s), matched %q\n", s.Name.In("ja"), s.ID, s.Matched)
	}
	fmt.Fprintln(w)
}
