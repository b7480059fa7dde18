# Sourced by the scripts that start the studio from outside and watch it open the examples.
#   studio_start_until_open LOG PROBE CONFIGURATION WORKSPACE FOLDER JAVA [JAVA OPTIONS...]
# starts the studio ($BAROMETER_LAUNCHER) on FOLDER as a project of WORKSPACE, waits (at most
# 60 s) until it writes PROBE, i.e. until its issues are open and painted, stops it, and prints
# the milliseconds from launch to the paint (the moment PROBE holds, on the clock `date` reads;
# when it holds none, the moment PROBE was seen). When it never got there: its output, and status 1.
studio_start_until_open() {
  local log="$1" probe="$2" configuration="$3" workspace="$4" folder="$5" pid start end
  shift 5
  rm -f "$probe"
  start=$(date +%s%N)
  "$@" -Dbarometer.open="$folder" -Dbarometer.startupProbe="$probe" \
    -jar "${BAROMETER_LAUNCHER:?}" -configuration "$configuration" -data "$workspace" \
    -product org.barometer.studio.product -application org.barometer.studio.application >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ -f "$probe" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  end=$(date +%s%N)
  stop_started "$pid"
  if [ ! -f "$probe" ]; then
    echo "the studio did not open the issues; its output:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
  local painted
  painted="$(awk 'NR == 1 && $1 ~ /^[0-9]+$/ { print $1 }' "$probe")"
  [ -n "$painted" ] && end=$(( painted * 1000000 ))
  echo $(( (end - start) / 1000000 ))
}

#   ide_start_until_shown LOG CONFIGURATION WORKSPACE JAVA [JAVA OPTIONS...]
# starts the platform's IDE workbench of the same installation with no folder, waits (at most
# 60 s) until its window is shown, stops it, and prints the milliseconds from launch to the window.
ide_start_until_shown() {
  local log="$1" configuration="$2" workspace="$3" pid start shown watcher ready
  shift 3
  ready="$(mktemp)"; rm -f "$ready"
  shown="$(mktemp)"
  /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/window-shown.py" "Barometer Studio" "$ready" >"$shown" &
  watcher=$!
  for _ in $(seq 1 200); do [ -f "$ready" ] && break; sleep 0.01; done
  start=$(date +%s%N)
  "$@" -jar "${BAROMETER_LAUNCHER:?}" -configuration "$configuration" -data "$workspace" \
    -product org.barometer.studio.product -application org.eclipse.ui.ide.workbench >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ -s "$shown" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  kill "$watcher" 2>/dev/null || true
  stop_started "$pid"
  wait "$watcher" 2>/dev/null || true
  rm -f "$ready"
  if [ ! -s "$shown" ]; then
    echo "the IDE workbench showed no window; its output:" >&2
    tail -n 30 "$log" >&2
    rm -f "$shown"
    return 1
  fi
  echo $(( ($(cat "$shown") - start) / 1000000 ))
  rm -f "$shown"
}

#   stop_started PID
# stops a start that has been measured: asked to end (the JVM writes its class-data archive
# then), and killed when it has not ended 10 s later. A JVM ended while its window is still
# being built can hang for ever in its exit, in the X library's lock (seen at 13:25 on 5 Dec:
# the benchmark waited 12 minutes for an IDE start that had long been measured).
stop_started() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
