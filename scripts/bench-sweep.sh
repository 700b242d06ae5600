#!/usr/bin/env bash
# The reconciliation sweep and the queue workers at scale, on Azurite (in memory): listing cost at 10,000, 20,000 and
# 50,000 articles (one in ten stale), and at 20,000 the app's timer function sweeping and WORKERS worker processes
# draining summarize-requests through the end-to-end host's queue listener. Fails unless exactly the stale articles
# are enqueued and each costs one engine call.
# Usage: scripts/bench-sweep.sh [WORKERS] [--listing-only]   (default 3 workers; --listing-only times the listings alone)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/azurite/dist/src/azurite.js ] || npm ci --no-audit --no-fund
bash scripts/quiet-build.sh tests/Summarizer.Functions.EndToEnd -c Release
dotnet tests/Summarizer.Functions.EndToEnd/bin/Release/net10.0/Summarizer.Functions.EndToEnd.dll sweep "${1:-3}" "${@:2}"
