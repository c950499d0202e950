// Command asof tells where every commitment of a framework stands on a given day, grouped by
// the party that made it, with names in the reader's language.
//
//	go run ./examples/asof -date 2021-12-15
//	go run ./examples/asof -date 2022-01-01 -lang ar
//	go run ./examples/asof -file mine.json -date 2024-06-30
//
// Without -file it reads the bundled US–Iraq framework.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
	"golang.org/x/text/language"
)

func main() {
	day := flag.String("date", time.Now().Format(time.DateOnly), "the day, YYYY-MM-DD")
	lang := flag.String("lang", "en", "the reader's language (BCP 47: en, ar, ckb, …)")
	file := flag.String("file", "", "a framework document; the bundled us-iraq one by default")
	flag.Parse()
	log.SetFlags(0)

	asOf, err := time.Parse(time.DateOnly, *day)
	if err != nil {
		log.Fatalf("asof: -date: %v", err)
	}
	reader, err := language.Parse(*lang)
	if err != nil {
		log.Fatalf("asof: -lang: %v", err)
	}
	f, err := load(*file)
	if err != nil {
		log.Fatalf("asof: %v", err)
	}

	report := f.StatusAsOf(asOf)
	names := stakeholderNames(f)
	states := make(map[jscd.ID]jscd.CommitmentState, len(report.Commitments))
	for _, s := range report.Commitments {
		states[s.ID] = s
	}
	fmt.Printf("%s, as of %s\n", f.Title.In(reader.String()), asOf.Format(time.DateOnly))
	for _, group := range report.ByParty {
		fmt.Printf("\n%s\n", names[group.Party].In(reader.String()))
		for _, id := range group.Commitments {
			state := states[id]
			status := string(state.Status)
			if status == "" {
				status = "no status"
			}
			fmt.Printf("  %-12s %-11s %s\n", state.Due, status, state.Commitment.Text.In(reader.String()))
		}
	}
}

func load(file string) (*jscd.Framework, error) {
	data, err := datasets.Bytes("us-iraq")
	if file != "" {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		return nil, err
	}
	return jscd.Decode(bytes.NewReader(data))
}

func stakeholderNames(f *jscd.Framework) map[jscd.ID]jscd.Text {
	names := make(map[jscd.ID]jscd.Text, len(f.Stakeholders))
	for _, s := range f.Stakeholders {
		names[s.ID] = s.Name
	}
	return names
}
