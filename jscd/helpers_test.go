package jscd

import (
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
