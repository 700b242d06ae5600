#!/usr/bin/env bash
# Page corpus (tests/Summarizer.Core.Tests/Fixtures/Pages: Wikipedia, government, blogs, shops, forums, non-English
# news, legacy encodings) through our decoder and the embedded summariser: per kind and overall, pages refused, must-lines
# found, never-lines leaked into the text, furniture lines in summaries or key points, then every failure. The same run
# scores our main-content F1 on the dev pages (html-dev.jsonl.gz), so a change tuned on one is reported on both.
# Usage: scripts/page-corpus-eval.sh [--write-gaps] [--dump DIR] [EVAL_DIR]
#   --write-gaps  rewrite the corpus's known-gaps.tsv as exactly today's failures (review the diff, commit it with the fix)
#   --dump DIR    write each page's extracted text, summary sentences and key points to DIR for reading
#   EVAL_DIR      defaults to ../shared/eval relative to the repo root; without it the dev F1 is skipped
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$repo/../shared/eval"
corpus_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --write-gaps) corpus_args+=("$1"); shift ;;
    --dump) corpus_args+=("$1" "$(mkdir -p "$2" && cd "$2" && pwd)"); shift 2 ;;
    *) eval_dir="$1"; shift ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

bash "$repo/scripts/quiet-build.sh" "$repo/benchmarks/Summarizer.Benchmarks" -c Release -o "$work/bin"
echo "== page corpus ($(git -C "$repo" rev-parse --short HEAD))"
dotnet "$work/bin/Summarizer.Benchmarks.dll" page-corpus "$repo/tests/Summarizer.Core.Tests/Fixtures/Pages" "${corpus_args[@]}"

if [[ ! -f "$eval_dir/html-dev.jsonl.gz" || ! -f "$eval_dir/html_f1.py" ]]; then
  echo "page-corpus-eval: no html-dev.jsonl.gz and html_f1.py in $eval_dir; dev F1 skipped" >&2
  exit 0
fi
echo "== dev pages ($eval_dir/html-dev.jsonl.gz), our main content"
dotnet "$work/bin/Summarizer.Benchmarks.dll" html-eval "$work/predictions" "$eval_dir/html-dev.jsonl.gz" >/dev/null
python3 "$eval_dir/html_f1.py" "$work/predictions/ours.jsonl" "$eval_dir/html-dev.jsonl.gz" --worst "${WORST:-5}"
