#!/usr/bin/env bash
# Runs the peer benchmark in both builds: the default one (jscd, the JSON Schema validator
# and encoding/json) and GOEXPERIMENT=jsonv2 (encoding/json/v2 as well, and encoding/json on
# v2's engine). It first writes the synthetic documents it reads, with the generator of the
# library (jscd/internal/synth), into $JSCD_PEERS_DIR (default: $TMPDIR/jscd-peers).
#
#   bench/peers/run.sh                          # us-iraq, 1k, 10k, 100k entities, 7 rounds
#   bench/peers/run.sh -rounds 3 -sizes 1000    # any flag of the program (go run . -help)
#   bench/peers/run.sh -jscd-only -sizes 10000,100000,1000000 -rounds 3   # scaling, jscd alone
#
# The flags given are passed to both runs; -sizes also says which documents to write.
set -euo pipefail
cd "$(dirname "$0")"
dir=${JSCD_PEERS_DIR:-${TMPDIR:-/tmp}/jscd-peers}
sizes=1000,10000,100000
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    -sizes|--sizes) sizes=${args[i+1]:-} ;;
    -sizes=*|--sizes=*) sizes=${args[i]#*=} ;;
  esac
done

mkdir -p "$dir"
(cd ../.. && go run ./jscd/internal/synth/cmd/synth -o "$dir" ${sizes//,/ })

echo "== default build"
go run . -dir "$dir" "$@"
echo
echo "== GOEXPERIMENT=jsonv2"
GOEXPERIMENT=jsonv2 go run . -dir "$dir" "$@"
