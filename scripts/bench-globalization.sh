#!/usr/bin/env bash
# What InvariantGlobalization would buy (docs/adr/0004): the `summarizer` tool published twice from the working tree,
# A with -p:InvariantGlobalization=true and B as it ships, with ICU (which string.Normalize needs). Prints each build's
# published size (files and zipped, as a deployment package is), then runs each command PAIRS times alternately
# (A B A B …) after one untimed warm-up and prints the median wall time, CPU time and peak RSS of each and B/A. The
# worker's start-up is measured by the end-to-end project's `startup` benchmark.
#
# Usage: scripts/bench-globalization.sh        Settings: PAIRS=10
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pairs="${PAIRS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "commit $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo '+changes'), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), ICU: $(ldconfig -p | grep -o 'libicuuc.so.[0-9]*' | head -1 || echo none)"
publish() {
  dotnet publish "$repo/src/Summarizer.Cli" -c Release -o "$work/$1" "${@:2}" -v quiet -nologo >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
}
publish a -p:InvariantGlobalization=true
publish b
for build in a b; do
  (cd "$work/$build" && zip -qr "$work/$build.zip" .)
  echo "$build: published $(du -sk "$work/$build" | cut -f1) KB, zipped $(( $(stat -c %s "$work/$build.zip") / 1024 )) KB"
done

# A page with accented and decomposed text, so the NFC path runs; the sample article for a whole summary.
printf '<html><body><article><p>%s</p></article></body></html>' \
  "$(python3 -c "print(('Cafe\u0301 a\u0300 la cre\u0300me, Zu\u0308rich und Sa\u0303o Paulo. ' * 40))")" >"$work/accents.html"
commands=(
  "--help"
  "summarize $repo/samples/northbridge-bridge.txt"
  "extract $work/accents.html"
)

run() {
  local build="$1" command="$2" results="$3"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" dotnet "$work/$build/summarizer.dll" $command >/dev/null 2>"$work/err.txt" \
    || { echo "bench-globalization: '$command' failed with build $build:" >&2; tail -5 "$work/err.txt" >&2; exit 1; }
  [[ -n "$results" ]] && awk '{printf "%s %.3f %s\n", $1, $2 + $3, $4}' "$work/time.txt" >>"$results"
  return 0
}

for command in "${commands[@]}"; do
  rm -f "$work/a.txt" "$work/b.txt"
  run a "$command" ""
  run b "$command" ""
  for ((i = 1; i <= pairs; i++)); do
    run a "$command" "$work/a.txt"
    run b "$command" "$work/b.txt"
  done
  python3 - "$work/a.txt" "$work/b.txt" "$command" "$pairs" <<'PY'
import statistics, sys
def load(path):
    rows = [list(map(float, line.split())) for line in open(path)]
    return [statistics.median(col) for col in zip(*rows)]
a, b = load(sys.argv[1]), load(sys.argv[2])
print("summarizer %s (medians of %s pairs): wall %.3f s -> %.3f s (x%.2f), CPU %.3f s -> %.3f s (x%.2f), peak RSS %d MB -> %d MB (x%.2f)"
      % (sys.argv[3].split()[0], sys.argv[4], a[0], b[0], b[0] / a[0], a[1], b[1], b[1] / a[1], a[2] / 1024, b[2] / 1024, b[2] / a[2]))
PY
done
