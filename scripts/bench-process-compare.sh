#!/usr/bin/env bash
# `summarizer process` on COUNT articles in Azurite (default 1000), REF against the working tree, through
# scripts/bench-compare.sh (one run, alternating A B A B). Before every run, untimed: a fresh Azurite with the same
# COUNT articles uploaded, so each timed run summarises all of them from nothing. Afterwards it measures Azurite's
# ceiling for the same requests without the engine (scripts/azurite-ceiling.py) on a fresh Azurite, in the same session.
# Usage: scripts/bench-process-compare.sh REF [COUNT] [PARALLELISM]   (PAIRS as for bench-compare.sh)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:?usage: scripts/bench-process-compare.sh REF [COUNT] [PARALLELISM]}"
count="${2:-1000}"
export BENCH_PARALLELISM="${3:-16}"
[ -x "$repo/node_modules/.bin/azurite" ] || (cd "$repo" && npm ci --no-audit --no-fund)

export BENCH_STATE="$(mktemp -d)"
stop_azurite() { if [[ -f "$BENCH_STATE/azurite.pid" ]]; then kill "$(cat "$BENCH_STATE/azurite.pid")" 2>/dev/null || true; fi; }
trap 'stop_azurite; rm -rf "$BENCH_STATE"' EXIT
python3 "$repo/scripts/make-articles.py" "$BENCH_STATE/articles" "$count"

# Starts a fresh Azurite on free ports, writes its connection string to $BENCH_STATE/connection and its blob endpoint
# to $BENCH_STATE/endpoint. Sourced by SETUP and by the ceiling run below.
cat >"$BENCH_STATE/fresh-azurite.sh" <<SH
if [[ -f "\$BENCH_STATE/azurite.pid" ]]; then kill "\$(cat "\$BENCH_STATE/azurite.pid")" 2>/dev/null || true; fi
ports=(\$(python3 -c 'import socket
s=[socket.socket() for _ in range(3)]
[x.bind(("127.0.0.1",0)) for x in s]
print(*[x.getsockname()[1] for x in s])'))
node "$repo/node_modules/azurite/dist/src/azurite.js" --inMemoryPersistence --skipApiVersionCheck --loose --silent --disableTelemetry \
  --blobPort "\${ports[0]}" --queuePort "\${ports[1]}" --tablePort "\${ports[2]}" >"\$BENCH_STATE/azurite.log" 2>&1 &
echo \$! >"\$BENCH_STATE/azurite.pid"
for _ in \$(seq 100); do (echo >"/dev/tcp/127.0.0.1/\${ports[0]}") 2>/dev/null && break; sleep 0.1; done
echo "http://127.0.0.1:\${ports[0]}/devstoreaccount1" >"\$BENCH_STATE/endpoint"
echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=\$(cat "\$BENCH_STATE/endpoint");" >"\$BENCH_STATE/connection"
SH

export SETUP='source "$BENCH_STATE/fresh-azurite.sh"; $SUMMARIZER upload "$BENCH_STATE/articles" --connection "$(cat "$BENCH_STATE/connection")"'
bash "$repo/scripts/bench-compare.sh" "$ref" \
  '$SUMMARIZER process --connection "$(cat "$BENCH_STATE/connection")" --parallelism "$BENCH_PARALLELISM"'

source "$BENCH_STATE/fresh-azurite.sh"
python3 "$repo/scripts/azurite-ceiling.py" "$(cat "$BENCH_STATE/endpoint")" "$BENCH_STATE/articles" "$BENCH_PARALLELISM"
