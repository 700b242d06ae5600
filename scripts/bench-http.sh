#!/usr/bin/env bash
# Latency of POST /api/summarize through the Functions worker, driven the way the Functions host drives it (the
# end-to-end test host in tests/Summarizer.Functions.EndToEnd): p50/p95 for a 3 KB and a 50 KB article at 1, 8 and 32
# concurrent clients, one Release worker on Azurite (started from node_modules, installed with npm ci when missing).
# Usage: scripts/bench-http.sh [REQUESTS_PER_RUN]   (default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/azurite/dist/src/azurite.js ] || npm ci --no-audit --no-fund
bash scripts/quiet-build.sh tests/Summarizer.Functions.EndToEnd -c Release
dotnet tests/Summarizer.Functions.EndToEnd/bin/Release/net10.0/Summarizer.Functions.EndToEnd.dll "${1:-400}"
