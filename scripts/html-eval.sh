#!/usr/bin/env bash
# Web-page extraction quality: runs our HTML decoder and SmartReader over the dev pages (html-dev.jsonl.gz), writes
# their predictions and scores both with html_f1.py (mean token F1, pages under 0.5, worst pages).
# Usage: scripts/html-eval.sh [EVAL_DIR] [OUTPUT_DIR]   EVAL_DIR defaults to ../shared/eval relative to the repo root;
#        predictions are kept in OUTPUT_DIR (default: a temporary directory, removed afterwards).
# Per-page time is measured by BenchmarkDotNet, not here:
#   dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter "*WebPage*"
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$(cd "${1:-$repo/../shared/eval}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${2:-$work/predictions}"

if [[ ! -f "$eval_dir/html-dev.jsonl.gz" || ! -f "$eval_dir/html_f1.py" ]]; then
  echo "html-eval: html-dev.jsonl.gz and html_f1.py are needed in $eval_dir" >&2
  exit 2
fi

bash "$repo/scripts/quiet-build.sh" "$repo/benchmarks/Summarizer.Benchmarks" -c Release -o "$work/bin"
dotnet "$work/bin/Summarizer.Benchmarks.dll" html-eval "$out" "$eval_dir/html-dev.jsonl.gz"
for name in ours smartreader; do
  echo "== $name"
  python3 "$eval_dir/html_f1.py" "$out/$name.jsonl" "$eval_dir/html-dev.jsonl.gz" --worst "${WORST:-10}"
done
