#!/usr/bin/env bash
# The studio's start to an open editor, measured from outside: the time from launching the JVM
# to the moment the studio says (-Dbarometer.startupProbe) that the example issues are open
# and painted. Run by `./barometer benchmark studio [RUNS]` under X or Xvfb.
#   first start after install: a fresh OSGi configuration area and a fresh workspace each time
#   every later start: a new JVM on the configuration area that the first start filled (as after
#   any earlier ./barometer command), a fresh workspace each time
set -euo pipefail

java_cmd=("$@")           # java and its options, up to (not including) -jar
runs="${BAROMETER_RUNS:-5}"
product="${BAROMETER_PRODUCT:?}"
examples="${BAROMETER_EXAMPLES:?}"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

source "$(dirname "${BASH_SOURCE[0]}")/studio-start.sh"

start_once() { # $1 configuration area; prints milliseconds to the open editor
  local workspace folder
  workspace="$(mktemp -d "$scratch/workspace.XXXX")"
  folder="$(mktemp -d "$scratch/issues.XXXX")"
  cp "$examples"/*.barometer "$folder"/
  studio_start_until_open "$scratch/studio.log" "$scratch/probe" "$1" "$workspace" "$folder" "${java_cmd[@]}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

fresh_configuration() { # a copy of the product's config.ini alone: no cached bundle resolution
  local configuration
  configuration="$(mktemp -d "$scratch/configuration.XXXX")"
  cp "$product/configuration/config.ini" "$configuration/"
  echo "$configuration"
}

echo "Barometer Studio start to the latest example issue open and painted (issue 18; issue 17 waits as a tab), $runs runs each, goal under 3000 ms"
cold=()
for i in $(seq 1 "$runs"); do
  cold+=("$(start_once "$(fresh_configuration)")")
done
warm_configuration="$(fresh_configuration)"
start_once "$warm_configuration" >/dev/null # fills the configuration area
warm=()
for i in $(seq 1 "$runs"); do
  warm+=("$(start_once "$warm_configuration")")
done
printf 'first start after install (fresh configuration area and workspace): %s ms; median %s ms\n' "${cold[*]}" "$(printf '%s\n' "${cold[@]}" | median)"
printf 'later starts (a new JVM, a fresh workspace):                        %s ms; median %s ms\n' "${warm[*]}" "$(printf '%s\n' "${warm[@]}" | median)"
