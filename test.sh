#!/usr/bin/env bash
# Runs every test of the project: formatting, vet, the library under -race, the library under
# GOOS=js GOARCH=wasm (Node runs it), the library built for 32-bit platforms (and its tests
# under GOARCH=386 on an x86-64 Linux machine), and the nested test modules (browser tests in headless
# Chromium, the JSON Schema cross-check). Browser tests skip when Chromium is missing, except
# under CI=true, where they fail. The measurements of the browser tests are not run here; see
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n== %s\n' "$*"; }

# Go runs GOOS=js GOARCH=wasm test binaries with Node ($(go env GOROOT)/lib/wasm/go_js_wasm_exec).
if ! command -v node >/dev/null 2>&1; then
  echo "test.sh: node is not installed; the library's tests under GOOS=js GOARCH=wasm need it" >&2
  echo "(on Debian or Ubuntu: apt-get install nodejs)" >&2
  exit 1
fi

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...

# The tests under Node run beside the -race tests, whose longest packages leave a processor
# idle much of the time; their output follows the -race tests' output.
js_log=$(mktemp)
js_pid=
trap 'kill "$js_pid" 2>/dev/null || true; rm -f "$js_log"' EXIT
GOOS=js GOARCH=wasm go test -count=1 -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" \
  ./jscd/... ./wasm/app/... >"$js_log" 2>&1 &
js_pid=$!

step "go test -race"
race=0
go test -race -count=1 ./... || race=$?

step "go test under GOOS=js GOARCH=wasm (Node)"
js=0
wait "$js_pid" || js=$?
cat "$js_log"
if [ "$race" -ne 0 ] || [ "$js" -ne 0 ]; then exit 1; fi

# An int of 32 bits must hold what the library keeps in one (offsets, years, lengths).
step "the library on 32-bit platforms"
GOARCH=386 go vet ./jscd/...
GOARCH=arm go vet ./jscd/...
# An x86-64 Linux kernel runs 386 programs unless it was built without 32-bit support.
p386=$(mktemp -d)
printf 'module p\ngo 1.21\n' >"$p386/go.mod"
printf 'package main\n\nfunc main() {}\n' >"$p386/main.go"
if [ "$(go env GOHOSTOS)/$(go env GOHOSTARCH)" = linux/amd64 ] &&
  (cd "$p386" && GOARCH=386 go build -o p . && ./p) 2>/dev/null; then
  GOARCH=386 go test -count=1 ./jscd/...
else
  echo "this machine does not run 386 programs: the library was built for 32-bit platforms, not tested there"
fi
rm -rf "$p386"

# Nested modules hold test-only tools (a browser driver, a JSON Schema validator) so that the
# library's users never download them.
for mod in $(find . -mindepth 2 -name go.mod -not -path './.git/*' | sort); do
  dir=$(dirname "$mod")
  step "nested module $dir"
  (cd "$dir" && go vet ./... && go test -count=1 ./...)
done
