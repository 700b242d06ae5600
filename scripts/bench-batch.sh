#!/usr/bin/env bash
# Measures `summarizer batch` as a whole process: builds Release, makes a 10,000-article JSON Lines file by repeating
# the DEV sets' records under new ids, runs batch once and prints articles per second and peak memory (RSS).
# Usage: scripts/bench-batch.sh [EVAL_DIR] [RECORDS]     EVAL_DIR defaults to ../shared/eval relative to the repo root.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${1:-$repo/../shared/eval}"
records="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sources=("$eval_dir"/*.jsonl)
if [[ ! -e "${sources[0]}" ]]; then
  echo "bench-batch: no .jsonl files in $eval_dir" >&2
  exit 2
fi

bash "$repo/scripts/quiet-build.sh" "$repo/src/Summarizer.Cli" -c Release -o "$work/bin"

# Repeat the records, giving each copy a new id; python3 is only used to rewrite JSON safely.
python3 - "$work/in.jsonl" "$records" "${sources[@]}" <<'PY'
import json, sys
out, count, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = [json.loads(line) for path in paths for line in open(path, encoding="utf-8") if line.strip()]
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        row = dict(rows[i % len(rows)])
        row["id"] = "bench-%05d" % i
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
PY

/usr/bin/time -v -o "$work/time.txt" dotnet "$work/bin/summarizer.dll" batch --input "$work/in.jsonl" --output "$work/out.jsonl" 2>"$work/stderr.txt" \
  || { echo "bench-batch: batch failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }

wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
rss_kb="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
cpu="$(awk -F': ' '/User time|System time/ {sum += $2} END {print sum}' "$work/time.txt")"
lines="$(wc -l < "$work/out.jsonl")"
python3 - "$records" "$lines" "$wall" "$rss_kb" "$(du -k "$work/in.jsonl" | cut -f1)" "$cpu" <<'PY'
import sys
records, lines, wall, rss_kb, input_kb = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
cpu = float(sys.argv[6])
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
print("records:      %d in, %d out (input %.1f MB)" % (records, lines, input_kb / 1024))
print("wall time:    %.2f s (whole process, including start-up)" % seconds)
print("throughput:   %.0f articles/s" % (records / seconds))
print("cpu time:     %.2f s user+sys (%.0f articles per CPU-second; wall time suffers when other work shares the cores)" % (cpu, records / cpu))
print("peak memory:  %.0f MB RSS" % (rss_kb / 1024))
PY
