#!/usr/bin/env bash
# Measures `summarizer summarize` on every file of the hostile corpus with two builds, in one run: REF (built from a
# temporary git worktree) as A and the working tree as B, alternating A B per file, each under GNU time and a timeout.
# Prints one Markdown table row per file: wall time, CPU time (user + sys) and peak RSS of each build, and the outcome
# (the error code, or the summary's word count).
#
# Usage: scripts/bench-hostile.sh REF [FILTER]
#   FILTER: only files whose name contains it.
# Settings (environment):
#   LIMIT=120       seconds before a run is killed (shown as "killed")
#   CORPUS=folder   reuse files generated earlier instead of running the corpus tests to make them
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:?usage: scripts/bench-hostile.sh REF [FILTER]}"
filter="${2:-}"
limit="${LIMIT:-120}"
ref_sha="$(git -C "$repo" rev-parse --short "$ref^{commit}")"

source "$repo/scripts/two-builds.sh"

corpus="${CORPUS:-}"
if [[ -z "$corpus" ]]; then
  corpus="$work/corpus"
  echo "generating the corpus (the hostile corpus tests write their files to $corpus)" >&2
  SUMMARIZER_HOSTILE_CORPUS="$corpus" dotnet test "$repo/tests/Summarizer.Cli.Tests" \
    --filter "FullyQualifiedName~HostileCorpusTests" >"$work/corpus-tests.txt" 2>&1 || true
fi

# One run: prints "wall cpu peak_mb outcome".
run() {
  local build="$1" file="$2" rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" timeout "$limit" \
    dotnet "$work/$build/summarizer.dll" summarize "$file" --format json >"$work/out.txt" 2>"$work/err.txt" || rc=$?
  local outcome
  if [[ $rc == 0 ]]; then
    outcome="summary, $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(s.split()) for s in d["summarySentences"]))' "$work/out.txt") words"
  elif [[ $rc == 124 ]]; then
    outcome="killed after ${limit} s"
  else
    outcome="$(grep -oE ': [a-z_]+: ' "$work/err.txt" | head -1 | tr -d ': ')"
    [[ -n "$outcome" ]] || outcome="exit $rc"
  fi
  awk -v o="$outcome" 'END {printf "%s s | %.1f s | %d MB | %s", $1, $2 + $3, $4 / 1024, o}' "$work/time.txt"
}

echo "| file | A wall | A CPU | A peak | A outcome | B wall | B CPU | B peak | B outcome |"
echo "|---|---|---|---|---|---|---|---|---|"
for file in "$corpus"/*; do
  name="$(basename "$file")"
  [[ -z "$filter" || "$name" == *"$filter"* ]] || continue
  echo "| $name | $(run a "$file") | $(run b "$file") |"
done
echo "A = $ref_sha, B = working tree; LIMIT=${limit}s" >&2
