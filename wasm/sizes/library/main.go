//go:build js && wasm

// Command library calls every part of jscd that the demo calls (the bundled datasets, Decode,
// Check, issue messages, Lineage, Timeline, StatusAsOf, Search, Diff) and nothing else.
package main

import (
	"bytes"
	"syscall/js"
	"time"

	"golang.org/x/text/language"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/datasets"
)

func main() {
	b, _ := datasets.Bytes(js.Global().Get("dataset").String())
	f, err := jscd.Decode(bytes.NewReader(b))
	n := len(jscd.Issues(err))
	p := jscd.NewPrinter(language.Make(js.Global().Get("lang").String()))
	s := f.Title.In("ar")
	for _, is := range f.Check() {
		s += is.Message(p).String()
	}
	n += len(f.Lineage().Nodes()) + len(f.Timeline()) + len(f.StatusAsOf(time.Now()).Commitments) +
		len(f.Search(s)) + len(jscd.Diff(f, datasets.MustLoad("us-iraq-2021")))
	js.Global().Set("output", s)
	js.Global().Set("count", n)
}
