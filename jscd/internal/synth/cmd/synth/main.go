// Command synth writes synthetic frameworks, encoded with jscd.Encode, for tools outside this
// module that cannot import the internal synth package (the peer benchmark in bench/peers).
//
//	go run ./jscd/internal/synth/cmd/synth -o DIR 1000 10000 100000
//
// writes DIR/synth-1000.json, DIR/synth-10000.json and DIR/synth-100000.json: synth.Framework
// of each size, with seed 1 unless -seed is given. A file that exists is written again only if
// its content would differ.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/jscd-go/jscd/jscd"
	"github.com/jscd-go/jscd/jscd/internal/synth"
)

func main() {
	dir := flag.String("o", ".", "the directory to write the files into")
	seed := flag.Int64("seed", 1, "the seed of synth.Framework")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: synth [-o dir] [-seed n] entities...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, arg := range flag.Args() {
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "synth: %q is not a number of entities\n", arg)
			os.Exit(2)
		}
		if err := write(filepath.Join(*dir, fmt.Sprintf("synth-%d.json", n)), n, *seed); err != nil {
			fmt.Fprintln(os.Stderr, "synth:", err)
			os.Exit(1)
		}
	}
}

// write encodes the framework of n entities into file, leaving the file alone when it holds
// that text already (the frameworks are deterministic, so a benchmark's script may call this
// every time).
func write(file string, n int, seed int64) error {
	var b bytes.Buffer
	if err := jscd.Encode(&b, synth.Framework(n, seed)); err != nil {
		return err
	}
	if old, err := os.ReadFile(file); err == nil && bytes.Equal(old, b.Bytes()) {
		return nil
	}
	return os.WriteFile(file, b.Bytes(), 0o644)
}
