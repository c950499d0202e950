// Command measure prints the size of the demo's WebAssembly module and of the two programs that
// split it (floor, library), raw and compressed, as docs/performance.md gives them: each built
// as wasm/internal/site builds the demo (site.CompileWasm), then with its data segments
// merged as site.Build merges them, then compressed as site.Build compresses them
// (site.GzipFile, which uses zopfli when it is installed, else gzip -9; site.BrotliFile,
// brotli -q 11; the brotli columns are "-" when the command is missing).
//
//	go run ./wasm/sizes/measure
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/jscd-go/jscd/wasm/internal/site"
)

func main() {
	log.SetFlags(0)
	dir, err := os.MkdirTemp("", "jscd-sizes-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	fmt.Printf("gzip by %s\n", site.GzipEncoder())
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
	f, err := os.CreateTemp("", "jscd-sizes-*.wasm")
	if err != nil {
		log.Fatal(err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		log.Fatal(err)
	}
	f.Close()
	// The two compressions take about 25 s each for the demo's module: side by side.
	br := "-"
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := exec.LookPath("brotli"); err == nil {
			out, err := site.BrotliFile(f.Name())
			if err != nil {
				log.Fatal(err)
			}
			br = fmt.Sprint(len(out))
		}
	}()
	gz, err := site.GzipFile(f.Name())
	if err != nil {
		log.Fatal(err)
	}
	<-done
	return fmt.Sprintf("%9d / %9d / %9s", len(b), len(gz), br)
}
