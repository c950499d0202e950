// Package site builds the demo's static site (the WebAssembly binary, Go's wasm_exec.js and the
// page) and serves it with the right content types, precompressed encodings and a strict
// Content-Security-Policy. The serve command and the browser tests both use it, so the tests
// exercise exactly what visitors get.
package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/jscd-go/jscd/wasm/internal/view"
	"github.com/jscd-go/jscd/wasm/internal/web"
)

// AppPackage is the import path of the demo's GOOS=js main package.
const AppPackage = "github.com/jscd-go/jscd/wasm/app"

// WasmFile is the name of the WebAssembly binary in the built site.
const WasmFile = "jscd.wasm"

// CSP is the Content-Security-Policy of every response. Scripts come only from the site itself;
// 'wasm-unsafe-eval' lets it compile WebAssembly without allowing eval; there are no inline
// scripts or styles, no plugins, and Trusted Types forbid string-to-HTML sinks altogether.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
	"form-action 'none'; frame-ancestors 'none'; " +
	"require-trusted-types-for 'script'; trusted-types 'none'"

// Build writes the whole site into dir: the page files, the first view of every bundled
// dataset in every page language (prerendered natively by package view; see FirstView and
// FirstViewPage), wasm_exec.js from the running Go toolchain, the WebAssembly binary built
// with that toolchain, a gzip copy of every file (GzipFile) and, when the brotli command is
// installed, a brotli copy (BrotliFile). It logs nothing; errors carry the output of the
// failed command.
//
// The extra documents, when given, are offered before the bundled datasets, the first of them
// as the page's default: they are built into the WebAssembly binary and get first views of
// their own. Their names must be slugs that no bundled dataset has (view.CheckDocuments).
func Build(dir string, extra ...view.Document) error {
	if err := view.CheckDocuments(extra); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := copyPage(dir); err != nil {
		return err
	}
	if err := writeFirstViews(dir, extra); err != nil {
		return err
	}
	if err := copyWasmExec(dir); err != nil {
		return err
	}
	if err := buildWasm(dir, extra); err != nil {
		return err
	}
	if err := writeHeadersFile(dir); err != nil {
		return err
	}
	return compressAll(dir)
}

func copyPage(dir string) error {
	return fs.WalkDir(web.Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(name, ".go") {
			return err
		}
		b, err := fs.ReadFile(web.Files, name)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name), b, 0o644)
	})
}

// goCmd runs the go command found first on PATH. "go run" puts its own toolchain's bin first
// on PATH, so this is the running toolchain.
func goCmd(env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, errors.New("go " + strings.Join(args, " ") + ": " + err.Error() + "\n" + out.String())
	}
	return out.Bytes(), nil
}

func copyWasmExec(dir string) error {
	root, err := goCmd(nil, "env", "GOROOT")
	if err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), b, 0o644)
}

// buildWasm builds AppPackage from the module that holds it, which also works from a nested
// module that replaces this one with a local directory (the browser tests), with the extra
// documents added to it.
func buildWasm(dir string, extra []view.Document) error {
	out, err := filepath.Abs(filepath.Join(dir, WasmFile))
	if err != nil {
		return err
	}
	var flags []string
	if len(extra) > 0 {
		tmp, err := os.MkdirTemp("", "jscd-documents-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		overlay, err := documentsOverlay(tmp, extra)
		if err != nil {
			return err
		}
		flags = append(flags, "-overlay="+overlay)
	}
	if err := CompileWasm(AppPackage, out, flags...); err != nil {
		return err
	}
	return mergeWasmData(out)
}

// documentsFile is the file of AppPackage, added by an overlay at build time, that sets its
// extra documents.
const documentsFile = "zz_documents.go"

// documentsOverlay writes into dir a Go file that sets AppPackage's extra documents, and an
// overlay file for go build (-overlay) that adds it to the package; it returns the overlay's
// path.
func documentsOverlay(dir string, extra []view.Document) (string, error) {
	pkgDir, err := goCmd([]string{"GOOS=js", "GOARCH=wasm"}, "list", "-f", "{{.Dir}}", AppPackage)
	if err != nil {
		return "", err
	}
	var src strings.Builder
	src.WriteString("// Code generated by site.Build for the documents given to the demo. DO NOT EDIT.\n\n")
	src.WriteString("//go:build js && wasm\n\npackage main\n\nimport \"github.com/jscd-go/jscd/wasm/internal/view\"\n\n")
	src.WriteString("func init() {\n\textraDocuments = []view.Document{\n")
	for _, d := range extra {
		fmt.Fprintf(&src, "\t\t{Name: %s, Text: []byte(%s)},\n", strconv.Quote(d.Name), strconv.Quote(string(d.Text)))
	}
	src.WriteString("\t}\n}\n")
	file := filepath.Join(dir, documentsFile)
	if err := os.WriteFile(file, []byte(src.String()), 0o644); err != nil {
		return "", err
	}
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {
		filepath.Join(strings.TrimSpace(string(pkgDir)), documentsFile): file}})
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "overlay.json")
	return path, os.WriteFile(path, overlay, 0o644)
}

// CompileWasm builds the package pkg for GOOS=js GOARCH=wasm into the file out, with the flags
// Build uses for the demo (-trimpath, -ldflags='-s -w') and any others given; Build then
// merges its data segments.
func CompileWasm(pkg, out string, flags ...string) error {
	args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, flags...)
	_, err := goCmd([]string{"GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0"}, append(args, "-o", out, pkg)...)
	return err
}

// MaxDataGap is the longest run of zeros that Build has MergeDataSegments write out to join
// two data segments. The gaps inside Go's data are short; the few long ones lie between its
// sections.
const MaxDataGap = 4096

// mergeWasmData rewrites the module at path with its data segments merged (see
// MergeDataSegments). A module it does not understand, from another toolchain, is kept as it
// is, with a warning: it works, only larger.
func mergeWasmData(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	merged, err := MergeDataSegments(b, MaxDataGap)
	if err != nil {
		fmt.Fprintf(os.Stderr, "site: %s kept with its data segments unmerged: %v\n", path, err)
		return nil
	}
	return os.WriteFile(path, merged, 0o644)
}

// writeHeadersFile writes a _headers file, the convention of several static hosts for
// response headers, so a copy made with -out keeps its Content-Security-Policy there.
func writeHeadersFile(dir string) error {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, h := range securityHeaders {
		b.WriteString("  " + h[0] + ": " + h[1] + "\n")
	}
	b.WriteString("/*.wasm\n  Content-Type: application/wasm\n")
	return os.WriteFile(filepath.Join(dir, "_headers"), []byte(b.String()), 0o644)
}

// compressible reports whether a file is worth precompressing.
func compressible(name string) bool {
	switch filepath.Ext(name) {
	case ".html", ".css", ".js", ".wasm", ".svg", ".json":
		return true
	}
	return false
}

func compressAll(dir string) error {
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return err
	}
	_, brotliErr := exec.LookPath("brotli")
	var jobs []func() error
	for _, name := range names {
		if !compressible(name) {
			continue
		}
		jobs = append(jobs, func() error { return writeCompressed(name, ".gz", GzipFile) })
		if brotliErr == nil { // the command is installed
			jobs = append(jobs, func() error { return writeCompressed(name, ".br", BrotliFile) })
		}
	}
	return runAll(jobs, runtime.NumCPU())
}

// runAll runs jobs, n at a time (compressing the module is most of a build's time, and gzip
// and brotli of it can run side by side), and returns the first error.
func runAll(jobs []func() error, n int) error {
	next := make(chan func() error)
	errs := make(chan error, len(jobs))
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range next {
				errs <- job()
			}
		}()
	}
	for _, job := range jobs {
		next <- job
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func writeCompressed(name, suffix string, compress func(string) ([]byte, error)) error {
	b, err := compress(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name+suffix, b, 0o644)
}

// GzipEncoder names what GzipFile compresses with on this machine: "zopfli", "gzip" or
// "compress/gzip".
func GzipEncoder() string {
	for _, cmd := range []string{"zopfli", "gzip"} {
		if _, err := exec.LookPath(cmd); err == nil {
			return cmd
		}
	}
	return "compress/gzip"
}

// GzipFile returns the file name compressed as Build serves it with Content-Encoding: gzip.
// It uses the zopfli command when it is installed (a deflate encoder that searches much
// harder: the demo's module comes out about 5 % smaller than with gzip -9), else the gzip
// command at its best level (about 1 % smaller than compress/gzip), else compress/gzip at
// its best; see docs/demo.md. All three write the same format, without a name or a time.
func GzipFile(name string) ([]byte, error) {
	switch GzipEncoder() {
	case "zopfli":
		return command("zopfli", "--i1", "-c", name)
	case "gzip":
		return command("gzip", "-9", "-n", "-c", name)
	}
	in, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(in); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// BrotliFile returns the file name compressed by the brotli command at its best quality, as
// Build serves it with Content-Encoding: br when the command is installed. The Go standard
// library and the project's allowed dependencies have no brotli encoder; see docs/demo.md.
func BrotliFile(name string) ([]byte, error) {
	return command("brotli", "-q", "11", "-c", name)
}

// command runs a compressor and returns what it wrote.
func command(name string, args ...string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, errors.New(name + " " + strings.Join(args, " ") + ": " + err.Error() + "\n" + stderr.String())
	}
	return out, nil
}
