#!/usr/bin/env bash
# Runs every fuzz target of the module (each Fuzz… function of each package, as
# `go test -list '^Fuzz'` finds them), one after another, each for the same time. It stops at the
# first failure with a non-zero status and prints the path of the failing input that `go test`
# wrote under the package's testdata/fuzz/, and the command that runs it again.
#
# Usage: scripts/fuzz.sh [-parallel N] [-minimizetime D] [duration]
#
#   duration       how long each target runs, as go test's -fuzztime takes it: 10m, 60s, or
#                  50000x for a number of inputs. Default: $FUZZTIME, or 10m.
#   -parallel      how many inputs are run at once (go test's -parallel). Default:
#                  $FUZZPARALLEL, or 1, so that fuzzing can run beside other work.
#   -minimizetime  how long go test may spend making an input smaller, both an input that
#                  reaches new code and a failing one (go test's -fuzzminimizetime). Default:
#                  $FUZZMINIMIZETIME, or 1s. With go test's own default, 60s, the targets
#                  seeded with whole documents spend a minute on each input that reaches new
#                  code, running nothing else meanwhile at -parallel 1: most of their time.
#
# A failing input stays in testdata/fuzz/ and so joins the target's seed corpus: fix the code,
# keep the file, and plain `go test` runs it from then on. See docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${FUZZTIME:-10m}
parallel=${FUZZPARALLEL:-1}
minimizetime=${FUZZMINIMIZETIME:-1s}
usage() { echo "usage: $0 [-parallel N] [-minimizetime D] [duration]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    -parallel|--parallel) [ $# -ge 2 ] || usage; parallel=$2; shift 2 ;;
    -parallel=*|--parallel=*) parallel=${1#*=}; shift ;;
    -minimizetime|--minimizetime) [ $# -ge 2 ] || usage; minimizetime=$2; shift 2 ;;
    -minimizetime=*|--minimizetime=*) minimizetime=${1#*=}; shift ;;
    -h|-help|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) usage ;;
    *) fuzztime=$1; shift ;;
  esac
done
case $parallel in '' | *[!0-9]* | 0) echo "$0: -parallel wants a positive number, not '$parallel'" >&2; exit 2 ;; esac

out=$(mktemp)
trap 'rm -f "$out"' EXIT

# Every package with a fuzz target, and its targets, found before any of them runs, so that a
# package that does not build stops the script at once.
targets=()
for pkg in $(go list ./...); do
  for name in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    targets+=("$pkg $name")
  done
done
if [ ${#targets[@]} -eq 0 ]; then
  echo "$0: no fuzz targets found" >&2
  exit 1
fi
echo "fuzzing ${#targets[@]} targets for $fuzztime each, -parallel $parallel, -fuzzminimizetime $minimizetime"

for target in "${targets[@]}"; do
  pkg=${target% *}
  name=${target#* }
  dir=$(go list -f '{{.Dir}}' "$pkg")
  rel=.${dir#"$PWD"}
  printf '\n== %s %s\n' "$rel" "$name"
  if go test -run '^$' -fuzz "^$name\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimizetime" \
    -parallel "$parallel" "$pkg" 2>&1 | tee "$out"; then
    continue
  fi
  # go test prints "Failing input written to testdata/fuzz/FuzzX/<hash>", relative to the
  # package's directory, when a new input fails; a failing seed has no new file.
  input=$(sed -n 's/^.*Failing input written to \(testdata\/fuzz\/[^ ]*\).*$/\1/p' "$out" | tail -n 1)
  # Go's fuzzing coordinator (before Go 1.27, golang/go#75804) may end a run that found
  # nothing with a bare "context deadline exceeded" when the duration runs out while a worker
  # is busy: no input failed, so the target counts as run.
  if [ -z "$input" ] && ! grep -q 'failure while testing seed corpus entry' "$out" &&
    [ "$(grep -v '^fuzz: ' "$out" | grep -c -v -e '^--- FAIL: ' -e '^    context deadline exceeded$' \
      -e '^FAIL' -e '^exit status 1$' -e '^ok ' -e '^$')" -eq 0 ] &&
    grep -q '^    context deadline exceeded$' "$out"; then
    printf '%s: %s ended on the deadline of Go'"'"'s fuzzing coordinator, with no failing input (golang/go#75804)\n' "$0" "$name" >&2
    continue
  fi
  printf '\n%s: %s in %s failed\n' "$0" "$name" "$rel" >&2
  if [ -n "$input" ]; then
    echo "failing input: $rel/$input" >&2
    echo "run it again:  go test -run '^$name/${input##*/}\$' $rel" >&2
  elif grep -q 'failure while testing seed corpus entry' "$out"; then
    echo "a seed of the corpus fails (see above); run the seeds with: go test -run '^$name\$' $rel" >&2
  fi
  exit 1
done
printf '\nall %d fuzz targets ran for %s each without a failure\n' "${#targets[@]}" "$fuzztime"
