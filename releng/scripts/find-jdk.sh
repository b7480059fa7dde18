# Sourced by ./mvnw and ./barometer: prints the home of a JDK 21 or newer.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.

barometer_java_feature_version() {
  # "25.0.3" -> 25, "1.8.0_392" -> 8
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in 1.*) echo "${v#1.}" ;; *) echo "${v%%.*}" ;; esac
}

barometer_find_jdk() {
  local required=21 candidate best="" best_version=0 version
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    version=$(barometer_java_feature_version "$JAVA_HOME")
    if [ "${version:-0}" -ge "$required" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    version=$(barometer_java_feature_version "$candidate")
    if [ "${version:-0}" -ge "$required" ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  if [ -z "$best" ]; then
    echo "Barometer Studio needs a JDK $required or newer: set JAVA_HOME to one, or install one under /usr/lib/jvm (for example a Temurin 21 or 25 JDK)." >&2
    return 1
  fi
  echo "$best"
}
