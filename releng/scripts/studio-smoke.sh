#!/usr/bin/env bash
# The materialized product's studio, started as ./barometer studio starts it, on a copy of the
# examples: fails unless it opens and paints the latest issue within 60 s. Run by the product's
# build after the command line's smoke test, under the build's X display (Xvfb in CI).
#   studio-smoke.sh JAVA LAUNCHER SCRATCH EXAMPLES
set -euo pipefail
java="$1" launcher="$2" scratch="$3" examples="$4"
if [ -z "${DISPLAY:-}" ]; then
  echo "No X display: the studio's start was not checked."
  exit 0
fi
source "$(dirname "${BASH_SOURCE[0]}")/studio-start.sh"
mkdir -p "$scratch/studio-configuration" "$scratch/studio-workspace" "$scratch/studio-issues"
cp "$(dirname "$launcher")/../configuration/config.ini" "$scratch/studio-configuration/"
cp "$examples"/*.barometer "$scratch/studio-issues/"
ms="$(BAROMETER_LAUNCHER="$launcher" studio_start_until_open "$scratch/studio.log" "$scratch/studio.probe" \
  "$scratch/studio-configuration" "$scratch/studio-workspace" "$scratch/studio-issues" "$java")"
echo "The product's studio opened the latest example issue in $ms ms."
