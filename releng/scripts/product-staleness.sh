# Sourced by ./barometer: whether the built application is older than the sources it is built from.

# Prints the first source file under ROOT changed after REFERENCE (a file of the last build's
# time) and succeeds; fails, printing nothing, when the build is current. Not sources: build
# output and generated code (target/, bin/, src-gen/, xtend-gen/, and whatever git ignores),
# and releng/scripts/, which ./barometer runs from the tree. Only files count: a folder's time
# moves whenever a build creates its target/. A pull that only deletes files is not seen.
barometer_newer_source() { # root reference
  local root="$1" reference="$2" file
  while IFS= read -r file; do
    if git -C "$root" check-ignore -q "$file" 2>/dev/null; then
      continue
    fi
    echo "$file"
    return 0
  done < <(cd "$root" && find bundles features releng targets pom.xml \
    \( -name target -o -name bin -o -name src-gen -o -name xtend-gen -o -path releng/scripts \) -prune \
    -o -type f -newer "$reference" -print 2>/dev/null)
  return 1
}
