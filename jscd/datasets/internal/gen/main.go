// Command gen writes the bundled US–Iraq datasets, us-iraq.json and us-iraq-2021.json, from the
// data in this directory, every fact of which rests on the Rudaw op-ed of August 2023 or on
// the public record of offices held (see docs/dataset-us-iraq.md).
//
// Run it from jscd/datasets with go generate, or:
//
//	go run ./internal/gen -dir .
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jscd-go/jscd/jscd"
)

// dataset is one file the generator writes.
type dataset struct {
	file  string
	build func() *jscd.Framework
}

// datasets are the files, by name.
func datasets() []dataset {
	return []dataset{
		{"us-iraq.json", usIraq2023},
		{"us-iraq-2021.json", usIraq2021},
	}
}

// encode writes f in the canonical form of jscd.Encode.
func encode(f *jscd.Framework) ([]byte, error) {
	var b bytes.Buffer
	if err := jscd.Encode(&b, f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func main() {
	dir := flag.String("dir", ".", "directory to write the JSON files into")
	flag.Parse()
	for _, d := range datasets() {
		if err := write(filepath.Join(*dir, d.file), d.build()); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

func write(path string, f *jscd.Framework) error {
	b, err := encode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, b, 0o644)
}
