#!/usr/bin/env bash
# Quality gate: scores the embedded engine with `summarizer eval --sentences 3` on each evaluation set and fails when
# it falls below the Lead-3 baseline on ROUGE-1 or ROUGE-Lsum. Prints both tables.
# Usage: scripts/quality-gate.sh [EVAL_DIR]      EVAL_DIR defaults to ../shared/eval relative to the repository root.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="${1:-$repo/../shared/eval}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sets=("$eval_dir"/*-dev.jsonl)
if [[ ! -e "${sets[0]}" ]]; then
  echo "quality-gate: no *-dev.jsonl files in $eval_dir" >&2
  exit 2
fi

bash "$repo/scripts/quiet-build.sh" "$repo/src/Summarizer.Cli" -c Release -o "$work/bin"

status=0
for data in "${sets[@]}"; do
  dotnet "$work/bin/summarizer.dll" eval --input "$data" --sentences 3 --engine extractive | tee "$work/table.txt"
  # Rows read: NAME R1 ±se R2 ±se RL ±se RLsum ±se
  engine=$(awk '$1 == "extractive" {print $2, $8}' "$work/table.txt")
  lead=$(awk '$1 == "lead-3" {print $2, $8}' "$work/table.txt")
  if ! awk -v e="$engine" -v l="$lead" 'BEGIN { split(e, a, " "); split(l, b, " "); exit !(a[1] >= b[1] && a[2] >= b[2]) }'; then
    echo "quality-gate: $(basename "$data"): the engine ($engine) is below Lead-3 ($lead) on ROUGE-1 or ROUGE-Lsum" >&2
    status=1
  fi
  echo
done
[[ $status -eq 0 ]] && echo "quality-gate: the engine is at or above Lead-3 on every set"
exit $status
