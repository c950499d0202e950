package jscd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// Shared test helpers. Append new helpers at the end; do not reorder.

// cmpDate compares Dates, whose fields are unexported, by their text and by whether they
// failed to parse.
var cmpDate = cmp.Comparer(func(a, b Date) bool {
	return a.String() == b.String() && (a.Err() == nil) == (b.Err() == nil)
})

// cmpTag compares language.Tags, whose fields are unexported, by their canonical string.
var cmpTag = cmp.Comparer(func(a, b language.Tag) bool { return a.String() == b.String() })

// cmpModel holds the options every comparison of model values needs.
var cmpModel = cmp.Options{cmpDate, cmpTag}

// seedDocuments returns the documents of the test data that match patterns (slash-separated
// globs relative to jscd/), leaving out the golden issue lists, to seed fuzz targets.
func seedDocuments(tb testing.TB, patterns ...string) [][]byte {
	tb.Helper()
	var docs [][]byte
	for _, pattern := range patterns {
		files, err := filepath.Glob(filepath.FromSlash(pattern))
		if err != nil {
			tb.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, ".issues.json") {
				continue
			}
			data, err := os.ReadFile(file)
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, data)
		}
	}
	return docs
}
