#!/usr/bin/env bash
# Shows whether a change altered what the engine writes: builds REF (in a temporary git worktree) and the working tree,
# runs `summarizer batch --sentences 3` with each over both DEV sets and over the html-dev pages (as HTML), and diffs
# the output records (summary, key points, key phrases, key sentences, language) set by set. Exits 1 when any differ,
# leaving the outputs in OUT_DIR for reading.
#
# Usage: scripts/output-diff.sh REF [OUT_DIR]
#   EVAL_DIR: the DEV sets (default ../shared/eval beside the repository's main working tree).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:?usage: scripts/output-diff.sh REF [OUT_DIR]}"
out="${2:-$(mktemp -d)}"
ref_sha="$(git -C "$repo" rev-parse --short "$ref^{commit}")"
main_tree="$(cd "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/.." && pwd)"
eval_dir="${EVAL_DIR:-$main_tree/../shared/eval}"
if [[ ! -f "$eval_dir/cnndm-dev.jsonl" || ! -f "$eval_dir/html-dev.jsonl.gz" ]]; then
  echo "output-diff: no DEV sets in $eval_dir; set EVAL_DIR" >&2
  exit 2
fi

source "$repo/scripts/two-builds.sh"

mkdir -p "$out"
cp "$eval_dir/cnndm-dev.jsonl" "$eval_dir/xsum-dev.jsonl" "$work/"
# The pages' HTML goes in the text field; --text-format html reads it as a page.
zcat "$eval_dir/html-dev.jsonl.gz" | python3 -c '
import json, sys
for line in sys.stdin:
    row = json.loads(line)
    print(json.dumps({"id": row["id"], "text": row["html"]}, ensure_ascii=False))' >"$work/html-dev.jsonl"

status=0
for set in cnndm-dev xsum-dev html-dev; do
  format=auto
  [[ "$set" == html-dev ]] && format=html
  for build in a b; do
    dotnet "$work/$build/summarizer.dll" batch --sentences 3 --text-format "$format" \
      --input "$work/$set.jsonl" --output "$out/$set.$build.jsonl" 2>/dev/null || true
  done

  if cmp -s "$out/$set.a.jsonl" "$out/$set.b.jsonl"; then
    echo "$set: identical ($(wc -l <"$out/$set.a.jsonl") records)"
  else
    status=1
    changed="$(diff <(cat "$out/$set.a.jsonl") <(cat "$out/$set.b.jsonl") | grep -c '^>' || true)"
    echo "$set: $changed of $(wc -l <"$out/$set.a.jsonl") records differ (A = $ref_sha: $out/$set.a.jsonl, B = working tree: $out/$set.b.jsonl)"
  fi
done
exit "$status"
