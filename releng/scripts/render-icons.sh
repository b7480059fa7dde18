#!/usr/bin/env bash
# Renders the bundles' SVG icons to the PNGs they ship (see RenderIcons.java). Run after
# changing an icon; the studio tests fail while a PNG no longer matches its SVG.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/releng/scripts/find-jdk.sh"
JAVA_HOME="$(barometer_find_jdk)"
jsvg="$HOME/.m2/repository/com/github/weisj/jsvg/2.1.0/jsvg-2.1.0.jar" # the version the target platform pins
[ -f "$jsvg" ] || (cd "$ROOT" && ./mvnw -q dependency:get -Dartifact=com.github.weisj:jsvg:2.1.0)
cd "$ROOT/bundles"
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "$jsvg" "$ROOT/releng/scripts/RenderIcons.java" \
  org.barometer.studio org.barometer.editor org.barometer.views
