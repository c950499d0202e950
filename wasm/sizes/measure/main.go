// Command measure prints the size of the demo's WebAssembly module and of the two programs that
// split it (floor, library), raw and compressed, as docs/performance.md gives them: each built
// as wasm/site builds the demo (site.CompileWasm), then with its data segments
// merged as site.Build merges them, then compressed with `gzip -9` and `brotli -q 11` (the
// commands site.Build uses; a column is "-" when its command is missing).
//
//	go run ./wasm/sizes/measure
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/jscd-go/jscd/wasm/site"
)

func main() {
	log.SetFlags(0)
	dir, err := os.MkdirTemp("", "jscd-sizes-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println("program                      unmerged raw / gzip / brotli         merged raw / gzip / brotli")
	for _, pkg := range []string{"./wasm/sizes/floor", "./wasm/sizes/library", "./wasm/app"} {
		out := filepath.Join(dir, "m.wasm")
		if err := site.CompileWasm(pkg, out); err != nil {
			log.Fatal(err)
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			log.Fatal(err)
		}
		merged, err := site.MergeDataSegments(raw, site.MaxDataGap)
		if err != nil {
			log.Fatalf("%s: %v", pkg, err)
		}
		fmt.Printf("%-28s %s   %s\n", pkg, sizes(raw), sizes(merged))
	}
}

// sizes returns "raw / gzip / brotli" for b.
func sizes(b []byte) string {
	return fmt.Sprintf("%9d / %9s / %9s", len(b), compressed(b, "gzip", "-9", "-n", "-c"), compressed(b, "brotli", "-q", "11", "-c"))
}

// compressed returns the size of b compressed by the command name with args, or "-".
func compressed(b []byte, name string, args ...string) string {
	path, err := exec.LookPath(name)
	if err != nil {
		return "-"
	}
	cmd := exec.Command(path, args...)
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("%s: %v", name, err)
	}
	return fmt.Sprint(len(out))
}
