package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCommittedFilesAreGenerated keeps the committed JSON and this generator in step: edit
// the data here, then run go generate in jscd/datasets.
func TestCommittedFilesAreGenerated(t *testing.T) {
	for _, d := range datasets() {
		want, err := encode(d.build())
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", d.file))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s is not what the generator writes; run go generate in jscd/datasets "+
				"(-generated +committed):\n%s", d.file, diff)
		}
	}
}
