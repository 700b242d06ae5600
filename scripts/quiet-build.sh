#!/usr/bin/env bash
# `dotnet build` for the scripts here: prints nothing when the build succeeds and the whole build log when it fails
# (a build whose output went to /dev/null used to end a script silently).
# Usage: scripts/quiet-build.sh PROJECT [dotnet build options...]
set -uo pipefail
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$@" -v quiet -nologo >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
