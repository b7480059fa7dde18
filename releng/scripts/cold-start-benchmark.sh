#!/usr/bin/env bash
# The studio's start, measured from outside against the platform's IDE workbench of the same
# installation, interleaved in one run so that both meet the same machine:
#   studio: from launching the JVM to the moment the studio says (-Dbarometer.startupProbe) that
#           the latest example issue is open and painted (the older one waits as a tab);
#   IDE:    from launching the JVM (-application org.eclipse.ui.ide.workbench, no folder) to its
#           window being shown (an X MapNotify, watched by window-shown.py).
# Every start is a new JVM on a configuration area an earlier start filled, with a fresh workspace.
# Run by `./barometer benchmark studio [RUNS]` under X or Xvfb.
set -euo pipefail

java_cmd=("$@")           # java and its options, up to (not including) -jar
runs="${BAROMETER_RUNS:-5}"
product="${BAROMETER_PRODUCT:?}"
examples="${BAROMETER_EXAMPLES:?}"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

source "$(dirname "${BASH_SOURCE[0]}")/studio-start.sh"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

fresh_configuration() { # a copy of the product's config.ini alone: no cached bundle resolution
  local configuration
  configuration="$(mktemp -d "$scratch/configuration.XXXX")"
  cp "$product/configuration/config.ini" "$configuration/"
  echo "$configuration"
}

studio_once() { # prints milliseconds to the open issue
  local workspace folder
  workspace="$(mktemp -d "$scratch/workspace.XXXX")"
  folder="$(mktemp -d "$scratch/issues.XXXX")"
  cp "$examples"/*.barometer "$folder"/
  studio_start_until_open "$scratch/studio.log" "$scratch/probe" "$studio_configuration" "$workspace" "$folder" "${java_cmd[@]}"
}

ide_once() { # prints milliseconds to the empty IDE window
  ide_start_until_shown "$scratch/ide.log" "$ide_configuration" "$(mktemp -d "$scratch/workspace.XXXX")" "${java_cmd[@]}"
}

studio_configuration="$(fresh_configuration)"
ide_configuration="$(fresh_configuration)"
studio_once >/dev/null # each fills its configuration area
ide_once >/dev/null

echo "Start of the studio to the latest example issue open and painted, against the IDE workbench window"
echo "of the same installation with no folder, $runs interleaved runs each (later starts: new JVM, fresh workspace)"
studio=()
ide=()
for i in $(seq 1 "$runs"); do
  studio+=("$(studio_once)")
  ide+=("$(ide_once)")
done
studio_median="$(printf '%s\n' "${studio[@]}" | median)"
ide_median="$(printf '%s\n' "${ide[@]}" | median)"
printf 'studio, issue open and painted: %s ms; median %s ms\n' "${studio[*]}" "$studio_median"
printf 'IDE workbench, empty window:    %s ms; median %s ms\n' "${ide[*]}" "$ide_median"
awk -v s="$studio_median" -v i="$ide_median" 'BEGIN { printf "ratio studio / IDE: %.2f (goal at most 1.00)\n", s / i }'
