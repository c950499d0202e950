// Package site builds the demo's static site (the WebAssembly binary, Go's wasm_exec.js and the
// page) and serves it with the right content types, precompressed encodings and a strict
// Content-Security-Policy. The serve command and the browser tests both use it, so the tests
// exercise exactly what visitors get.
package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/jscd-go/jscd/wasm/web"
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
// dataset in every page language (prerendered natively by package view; see FirstView),
// wasm_exec.js from the running Go toolchain, the WebAssembly binary built with that
// toolchain, a gzip copy of every file and, when the brotli command is installed, a brotli
// copy. It logs nothing; errors carry the
// output of the failed command.
func Build(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := copyPage(dir); err != nil {
		return err
	}
	if err := writeFirstViews(dir); err != nil {
		return err
	}
	if err := copyWasmExec(dir); err != nil {
		return err
	}
	if err := buildWasm(dir); err != nil {
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
// module that replaces this one with a local directory (the browser tests).
func buildWasm(dir string) error {
	out, err := filepath.Abs(filepath.Join(dir, WasmFile))
	if err != nil {
		return err
	}
	if err := CompileWasm(AppPackage, out); err != nil {
		return err
	}
	return mergeWasmData(out)
}

// CompileWasm builds the package pkg for GOOS=js GOARCH=wasm into the file out, with the flags
// Build uses for the demo (-trimpath, -ldflags='-s -w'); Build then merges its data segments.
func CompileWasm(pkg, out string) error {
	_, err := goCmd([]string{"GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0"},
		"build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
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
	brotli, _ := exec.LookPath("brotli")
	gzipCmd, _ := exec.LookPath("gzip")
	for _, name := range names {
		if !compressible(name) {
			continue
		}
		if err := writeGzip(gzipCmd, name); err != nil {
			return err
		}
		if brotli != "" {
			if err := writeBrotli(brotli, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeGzip writes name.gz: with the gzip command at its best level when there is one, since
// GNU gzip -9 compresses the demo's module about 1 % smaller than compress/gzip does (see
// docs/performance.md), and otherwise with compress/gzip.
func writeGzip(gzipCmd, name string) error {
	if gzipCmd != "" {
		out, err := exec.Command(gzipCmd, "-9", "-n", "-c", name).Output()
		if err != nil {
			return errors.New("gzip " + name + ": " + err.Error())
		}
		return os.WriteFile(name+".gz", out, 0o644)
	}
	in, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(in); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name+".gz", buf.Bytes(), 0o644)
}

// writeBrotli runs the brotli command at its best quality. The Go standard library and the
// project's allowed dependencies have no brotli encoder; see docs/demo.md.
func writeBrotli(brotli, name string) error {
	out, err := exec.Command(brotli, "-q", "11", "-f", "-o", name+".br", name).CombinedOutput()
	if err != nil {
		return errors.New("brotli " + name + ": " + err.Error() + "\n" + string(out))
	}
	return nil
}
