#!/usr/bin/env bash
# The materialized product's studio, started with the product's own configuration (not the
# barometer script's JVM options) on a copy of the examples: fails unless it opens and paints the
# latest issue within 60 s, and unless, started without an X display, it fails and ends instead of
# waiting (its display is made early, on a thread of its own: GTK's lock, taken by the failed
# attempt, is that thread's). Run by the product's build after the command line's smoke test,
# under the build's X display (Xvfb in CI).
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

mkdir -p "$scratch/no-x-workspace"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY timeout 90 "$java" -jar "$launcher" -configuration "$scratch/studio-configuration" \
  -data "$scratch/no-x-workspace" -product org.barometer.studio.product -application org.barometer.studio.application \
  >"$scratch/no-x.log" 2>&1 || status=$?
if [ "$status" = 0 ] || [ "$status" = 124 ]; then
  echo "Without an X display the studio should fail and end; exit $status (124: still waiting after 90 s):" >&2
  tail -n 20 "$scratch/no-x.log" >&2
  exit 1
fi
if grep -q "Exception in thread" "$scratch/no-x.log"; then
  echo "Without an X display the studio printed a stack trace:" >&2
  cat "$scratch/no-x.log" >&2
  exit 1
fi
echo "Without an X display the studio failed and ended (exit $status)."
