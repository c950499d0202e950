// Command serve builds the jscd browser demo and serves it on localhost.
//
//	go run ./wasm/serve                 # build, then serve on http://127.0.0.1:8080/
//	go run ./wasm/serve -addr :9000     # another address
//	go run ./wasm/serve -out site/      # write the static site to site/ and exit
//
// It builds the GOOS=js GOARCH=wasm binary with the running Go toolchain, copies that
// toolchain's wasm_exec.js, and precompresses every file with gzip and, when the brotli
// command is installed, with brotli. See docs/demo.md.
package main

import (
	"context"
	"errors"
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jscd-go/jscd/wasm/site"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "`host:port` to serve on")
	out := flag.String("out", "", "write the static site to `dir` and exit, instead of serving")
	flag.Parse()
	log.SetFlags(0)
	if err := run(*addr, *out); err != nil {
		log.Fatal("serve: ", err)
	}
}

func run(addr, out string) error {
	if out != "" {
		if err := site.Build(out); err != nil {
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
	if err := site.Build(dir); err != nil {
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
