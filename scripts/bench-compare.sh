#!/usr/bin/env bash
# Compares two builds of the `summarizer` tool on one command, in one run: REF (built from a temporary git worktree) as A
# and the working tree as B. After one untimed warm-up of each, it runs the command PAIRS times alternately (A B A B …)
# and prints the median wall time, CPU time (user + sys, the whole process tree) and peak RSS of each, and B/A, under a
# header naming the date, the machine and both commits, so a figure copied from it says where it came from.
#
# Usage: scripts/bench-compare.sh REF [COMMAND]
#   COMMAND runs under bash with $SUMMARIZER set to a command that starts the build under test (use it as
#   `$SUMMARIZER batch …`) and $BENCH_DIR set to a scratch folder shared by all runs. It is timed as a whole.
#   Default COMMAND: `batch --sentences 3` over 10,000 records made from the eval DEV sets (EVAL_DIR, by default
#   ../shared/eval beside the repository's main working tree, so a linked worktree finds it too). With the default
#   command the table also shows articles per second, and the script says whether A and B wrote the same output.
# Settings (environment):
#   PAIRS=5       timed pairs after the warm-up (fewer is allowed for a quick look, with a warning)
#   SETUP=…       a command run (untimed, same variables) before every run, e.g. to reset storage
#   RECORDS=10000 records in the default batch input
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:?usage: scripts/bench-compare.sh REF [COMMAND]}"
command="${2:-}"
pairs="${PAIRS:-5}"
records="${RECORDS:-10000}"
ref_sha="$(git -C "$repo" rev-parse --short "$ref^{commit}")"
if ((pairs < 5)); then
  echo "bench-compare: PAIRS=$pairs is fewer than the 5 pairs a published figure needs; for a quick look only" >&2
fi

source "$repo/scripts/two-builds.sh"

export BENCH_DIR="$work/scratch"
mkdir -p "$BENCH_DIR"
if [[ -z "$command" ]]; then
  # ../shared/eval sits beside the main working tree; a linked worktree reaches that tree through the common git folder.
  main_tree="$(cd "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/.." && pwd)"
  eval_dir="${EVAL_DIR:-$repo/../shared/eval}"
  if [[ -z "${EVAL_DIR:-}" && ! -d "$eval_dir" ]]; then eval_dir="$main_tree/../shared/eval"; fi
  if [[ ! -f "$eval_dir/cnndm-dev.jsonl" || ! -f "$eval_dir/xsum-dev.jsonl" ]]; then
    echo "bench-compare: no DEV sets in $eval_dir; set EVAL_DIR or pass a COMMAND" >&2
    exit 2
  fi

  python3 - "$BENCH_DIR/in.jsonl" "$records" "$eval_dir"/cnndm-dev.jsonl "$eval_dir"/xsum-dev.jsonl <<'PY'
import json, sys
out, count, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = [json.loads(line) for path in paths for line in open(path, encoding="utf-8") if line.strip()]
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        row = {"id": "bench-%05d" % i, "text": rows[i % len(rows)]["text"]}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
PY
  command='$SUMMARIZER batch --sentences 3 --input "$BENCH_DIR/in.jsonl" --output "$BENCH_DIR/out.jsonl"'
fi

# One run: SETUP untimed, then COMMAND under GNU time; appends "wall cpu rss_kb" to the build's results. The default
# command's output is kept per build, so the two builds' outputs can be compared at the end.
run() {
  local build="$1" results="$2"
  export SUMMARIZER="dotnet $work/$build/summarizer.dll"
  if [[ -n "${SETUP:-}" ]]; then bash -c "$SETUP" >/dev/null; fi
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bash -c "$command" >"$work/out.txt" 2>"$work/err.txt"; then
    echo "bench-compare: the command failed with build $build:" >&2
    tail -20 "$work/err.txt" >&2
    exit 1
  fi
  [[ -n "$results" ]] && awk '{printf "%s %.3f %s\n", $1, $2 + $3, $4}' "$work/time.txt" >>"$results"
  if [[ -f "$BENCH_DIR/out.jsonl" ]]; then mv "$BENCH_DIR/out.jsonl" "$work/out-$build.jsonl"; fi
  return 0
}

run a ""
run b ""
for ((i = 1; i <= pairs; i++)); do
  run a "$work/a.txt"
  run b "$work/b.txt"
  echo "pair $i/$pairs done" >&2
done

machine="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $machine"
echo "A = $ref_sha, B = working tree at $head_sha; command: ${2:-batch --sentences 3 over $records DEV records}"
# Articles per second only for the default run, whose record count is known.
python3 - "$work/a.txt" "$work/b.txt" "$pairs" "$([[ -z "$command" || -z "${2:-}" ]] && echo "$records" || echo 0)" <<'PY'
import statistics, sys
def load(path):
    rows = [list(map(float, line.split())) for line in open(path)]
    return [statistics.median(col) for col in zip(*rows)]
a, b = load(sys.argv[1]), load(sys.argv[2])
records = int(sys.argv[4])
print("medians of %s alternating pairs, after one warm-up run of each" % sys.argv[3])
print("%-14s %12s %12s %8s" % ("", "A", "B", "B/A"))
for name, i, fmt in (("wall (s)", 0, "%.2f"), ("cpu (s)", 1, "%.2f"), ("peak (MiB)", 2, "%.0f")):
    scale = 1 / 1024 if i == 2 else 1
    print("%-14s %12s %12s %8.2f" % (name, fmt % (a[i] * scale), fmt % (b[i] * scale), b[i] / a[i]))
if records:
    print("%-14s %12.0f %12.0f %8.2f" % ("articles/s", records / a[0], records / b[0], a[0] / b[0]))
PY
if [[ -z "${2:-}" ]]; then
  if cmp -s "$work/out-a.jsonl" "$work/out-b.jsonl"; then
    echo "output: A and B wrote identical files"
  else
    echo "output: A and B wrote different files"
  fi
fi
