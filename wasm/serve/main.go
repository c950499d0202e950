// Command serve builds the jscd browser demo and serves it on localhost.
//
//	go run ./wasm/serve                 # build, then serve on http://127.0.0.1:8080/
//	go run ./wasm/serve -addr :9000     # another address
//	go run ./wasm/serve -out site/      # write the static site to site/ and exit
//	go run ./wasm/serve -file mine.json # open the page on your own framework
//
// It builds the GOOS=js GOARCH=wasm binary with the running Go toolchain, copies that
// toolchain's wasm_exec.js, and precompresses every file with gzip and, when the brotli
// command is installed, with brotli. See docs/demo.md.
//
// Each -file (the flag may be repeated) is offered in the page's framework picker before the
// bundled frameworks, and the first is the page's default. It is named in the picker by its
// title and in the page's address (?dataset=) by its file name made a slug ("My Framework.json"
// is "my-framework"); a document that does not decode or validate is shown with its issues.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/jscd-go/jscd/jscd/datasets"
	"github.com/jscd-go/jscd/wasm/internal/site"
	"github.com/jscd-go/jscd/wasm/internal/view"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to serve on")
	out := flag.String("out", "", "write the static site to `dir` and exit, instead of serving")
	var files []string
	flag.Func("file", "offer the framework document in `file` first (may be repeated)", func(name string) error {
		files = append(files, name)
		return nil
	})
	flag.Parse()
	log.SetFlags(0)
	if flag.NArg() > 0 {
		log.Fatalf("serve: unexpected argument %q (a document is given with -file)", flag.Arg(0))
	}
	docs, err := readDocuments(files)
	if err != nil {
		log.Fatal("serve: ", err)
	}
	for i, d := range docs {
		log.Printf("offering %s first, as ?dataset=%s", files[i], d.Name)
	}
	if err := run(*addr, *out, docs); err != nil {
		log.Fatal("serve: ", err)
	}
}

// readDocuments reads the files given with -file, each named by its file name made a slug.
func readDocuments(files []string) ([]view.Document, error) {
	var docs []view.Document
	seen := map[string]string{}
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		name := documentName(file)
		if slices.Contains(datasets.Names(), name) {
			return nil, fmt.Errorf("%s would be named %q, as a bundled framework is; rename the file", file, name)
		}
		if other, ok := seen[name]; ok {
			return nil, fmt.Errorf("%s and %s would both be named %q; rename one", other, file, name)
		}
		seen[name] = file
		docs = append(docs, view.Document{Name: name, Text: text})
	}
	return docs, nil
}

// documentName makes a file's name, without its directory and extension, a slug: lowercase
// ASCII letters and digits, every other run of characters one hyphen ("My Framework (v2).json"
// is "my-framework-v2"); "document" when nothing is left.
func documentName(file string) string {
	base := filepath.Base(file)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(base) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	if b.Len() == 0 {
		return "document"
	}
	return b.String()
}

func run(addr, out string, docs []view.Document) error {
	if out != "" {
		if err := site.Build(out, docs...); err != nil {
			return err
		}
		log.Printf("wrote the site to %s", out)
		return nil
	}
	dir, err := os.MkdirTemp("", "jscd-site-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	log.Print("building the WebAssembly demo…")
	if err := site.Build(dir, docs...); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return serve(ln, site.Handler(dir))
}

// serve serves until interrupted, then shuts down so the deferred clean-up of the built site
// runs.
func serve(ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Printf("serving the jscd demo on http://%s/", ln.Addr())
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
