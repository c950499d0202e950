// Package sizes holds two programs that split the size of the demo's WebAssembly binary
// into its parts, for docs/performance.md: floor (the Go runtime, syscall/js, encoding/json
// and golang.org/x/text's language and message packages, which any such demo pays) and
// library (floor plus every part of jscd the demo calls). The demo itself is wasm/app.
package sizes
