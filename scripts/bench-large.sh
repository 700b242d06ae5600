#!/usr/bin/env bash
# Measures one very large article through `summarizer summarize` as a whole process: wall time and peak memory (RSS)
# for a 1 MB and a 10 MB plain-text article made by repeating the repository's sample article.
# Usage: scripts/bench-large.sh [SIZES_IN_MB...]      (default: 1 10)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("${@:-1}")
[[ $# -eq 0 ]] && sizes=(1 10)

bash "$repo/scripts/quiet-build.sh" "$repo/src/Summarizer.Cli" -c Release -o "$work/bin"

# The runtime's own footprint, to tell apart from what the article costs: the same command on the small sample.
/usr/bin/time -f "%M" -o "$work/base.txt" dotnet "$work/bin/summarizer.dll" summarize "$repo/samples/northbridge-bridge.txt" > /dev/null
base_kb=$(cat "$work/base.txt")
echo "baseline: summarising the 3 KB sample peaks at $((base_kb / 1024)) MB RSS (runtime, JIT and libraries)"

for mb in "${sizes[@]}"; do
  file="$work/article-${mb}mb.txt"
  target=$((mb * 1000 * 1000))
  : > "$file"
  while [[ $(stat -c %s "$file") -lt $target ]]; do
    cat "$repo/samples/northbridge-bridge.txt" >> "$file"
    printf '\n\n' >> "$file"
  done
  bytes=$(stat -c %s "$file")
  /usr/bin/time -f "%e %M" -o "$work/time.txt" dotnet "$work/bin/summarizer.dll" summarize "$file" --max-bytes $((bytes + 1)) > "$work/out.txt"
  read -r wall rss_kb < "$work/time.txt"
  awk -v mb="$mb" -v bytes="$bytes" -v wall="$wall" -v rss="$rss_kb" -v base="$base_kb" 'BEGIN {
    printf "%3d MB article: %.2f s wall (whole process), peak %.0f MB RSS = %.1fx the input; %.0f MB above baseline = %.1fx\n",
      mb, wall, rss / 1024, rss * 1024 / bytes, (rss - base) / 1024, (rss - base) * 1024 / bytes }'
done
