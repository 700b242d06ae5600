#!/usr/bin/env bash
# Measures `summarizer process` against Azurite: uploads N generated articles (default 1000), runs the backfill twice
# and prints both figures with the storage requests each run made (counted in Azurite's own request log), per article.
# The first run summarises every article; the second must skip all of them and write nothing, which the script checks
# by listing the summaries container (names and ETags) before and after it. Then it measures Azurite's ceiling for
# the same requests without the engine (scripts/azurite-ceiling.py), the bound `process` can approach here.
# Usage: scripts/bench-process.sh [COUNT] [PARALLELISM]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
parallelism="${2:-16}"

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
bash scripts/quiet-build.sh src/Summarizer.Cli -c Release
cli=(dotnet src/Summarizer.Cli/bin/Release/net10.0/summarizer.dll)

work="$(mktemp -d)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
blob_port="$(free_port)"; queue_port="$(free_port)"; table_port="$(free_port)"
# Not --silent: Azurite then writes one access-log line per request, which is how requests are counted.
node node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --skipApiVersionCheck --loose --disableTelemetry \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$work/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill "$azurite_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && break; sleep 0.1; done

account="devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/$account;"
requests() { grep -c '" [1-5][0-9][0-9] ' "$work/azurite.log" || true; }

python3 scripts/make-articles.py "$work/articles" "$count"
"${cli[@]}" upload "$work/articles" --connection "$connection" >/dev/null
echo "uploaded $count articles to Azurite (blob port $blob_port)"

# Runs process once and prints its line and the requests it made.
run() {
  local before after
  before="$(requests)"
  "${cli[@]}" process --connection "$connection" --parallelism "$parallelism" 2>/dev/null
  sleep 0.2 # Azurite writes its log line after answering
  after="$(requests)"
  python3 -c "import sys; n, c = int(sys.argv[1]), int(sys.argv[2]); print(f'storage requests: {n} ({n / c:.2f} per article, including the 2 listings and creating the containers)')" \
    "$((after - before))" "$count"
}

echo "first run (parallelism $parallelism):"
run
echo "second run:"
scripts/list-blobs.py "http://127.0.0.1:$blob_port/$account" summaries >"$work/before.tsv"
run
scripts/list-blobs.py "http://127.0.0.1:$blob_port/$account" summaries >"$work/after.tsv"
if cmp -s "$work/before.tsv" "$work/after.tsv"; then
  echo "summaries container unchanged by the second run ($(wc -l <"$work/after.tsv") blobs, same ETags)"
else
  echo "FAIL: the second run changed the summaries container" >&2
  exit 1
fi

python3 scripts/azurite-ceiling.py "http://127.0.0.1:$blob_port/$account" "$work/articles" "$parallelism"
