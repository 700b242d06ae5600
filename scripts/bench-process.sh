#!/usr/bin/env bash
# Measures `summarizer process` against Azurite: uploads N generated articles (default 1000), runs the backfill twice
# and prints both figures. The first run summarises every article; the second must skip all of them and write nothing,
# which the script checks by listing the summaries container (names and ETags) before and after it.
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
node node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --skipApiVersionCheck --loose --silent --disableTelemetry \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$work/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill "$azurite_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && break; sleep 0.1; done

account="devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/$account;"

# Articles of 8 to 30 sentences built from a fixed vocabulary: deterministic, distinct, news-sized.
python3 - "$work/articles" "$count" <<'PY'
import os, random, sys
folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
rng = random.Random(42)
subjects = ["The council", "A local charity", "The harbour authority", "Researchers at the university", "The regional hospital",
            "Farmers in the valley", "The rail operator", "City planners", "The school board", "A group of residents"]
verbs = ["announced", "rejected", "approved", "questioned", "delayed", "funded", "reviewed", "criticised", "welcomed", "proposed"]
objects = ["a new cycle lane", "the budget for next year", "plans for a library", "a study of river pollution",
           "longer opening hours", "a housing scheme near the station", "repairs to the old bridge", "a summer festival",
           "changes to bus routes", "a ban on night flights"]
tails = ["after months of debate", "on Tuesday evening", "despite strong objections", "with support from volunteers",
         "following a public consultation", "ahead of the winter", "at a cost of several million", "for the third time"]
for i in range(count):
    sentences = [f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} {rng.choice(tails)}."
                 for _ in range(rng.randint(8, 30))]
    paragraphs = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
    with open(os.path.join(folder, f"article-{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Report number {i}.\n\n" + "\n\n".join(paragraphs) + "\n")
PY

"${cli[@]}" upload "$work/articles" --connection "$connection" >/dev/null
echo "uploaded $count articles to Azurite (blob port $blob_port)"

echo "first run (parallelism $parallelism):"
"${cli[@]}" process --connection "$connection" --parallelism "$parallelism" 2>/dev/null
echo "second run:"
scripts/list-blobs.py "http://127.0.0.1:$blob_port/$account" summaries >"$work/before.tsv"
"${cli[@]}" process --connection "$connection" --parallelism "$parallelism" 2>/dev/null
scripts/list-blobs.py "http://127.0.0.1:$blob_port/$account" summaries >"$work/after.tsv"
if cmp -s "$work/before.tsv" "$work/after.tsv"; then
  echo "summaries container unchanged by the second run ($(wc -l <"$work/after.tsv") blobs, same ETags)"
else
  echo "FAIL: the second run changed the summaries container" >&2
  exit 1
fi
