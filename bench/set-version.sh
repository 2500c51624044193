#!/usr/bin/env bash
# Times `release-process:set-version` against versions-maven-plugin `versions:set` on identical
# copies of a generated reactor: whole Maven processes, the same Maven for both tools in each row
# (this repository's ./mvnw, then the system `mvn`), same flags, the plugins resolved beforehand
# so no download is timed.
#
#   bench/set-version.sh [MODULES]        # default 1000 modules; RUNS=3 timed runs per tool
#
# Installs the plugin under test into the user's local repository first
# (./mvnw -B -q -ntp install -DskipTests -DskipITs). Work files go to bench/work/ (git-ignored).
# The reactor is a git repository with everything committed, as a user's is, so set-version
# writes through its journal (JournaledWrite); BENCH_GIT=0 times it outside git.
# Environment: BENCH_M2_REPO (local repository, default Maven's), BENCH_SYSTEM_MVN=0 to drop the
# rows with the system `mvn` (on by default when `mvn` is on the PATH). The system `mvn` rows
# (Maven 3.8.x here) run versions:set $VERSIONS_SYS_VERSION: 2.25.1 requires Maven 3.9.0, and
# $VERSIONS_SYS_VERSION is the newest versions-maven-plugin that still runs on Maven 3.8.
set -euo pipefail

MODULES="${1:-1000}"
RUNS="${RUNS:-3}"
VERSIONS_PLUGIN="org.codehaus.mojo:versions-maven-plugin:2.25.1"
VERSIONS_SYS_VERSION="${VERSIONS_SYS_VERSION:-2.23.0}"
VERSIONS_PLUGIN_SYS="org.codehaus.mojo:versions-maven-plugin:$VERSIONS_SYS_VERSION"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
MVN="$REPO/mvnw"
WORK="$HERE/work"

plugin_version="$(sed -n '/<artifactId>release-process-maven-plugin<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' "$REPO/pom.xml")"
OURS="io.github.releaseprocess:release-process-maven-plugin:$plugin_version:set-version"

MVN_ARGS=()
if [ -n "${BENCH_M2_REPO:-}" ]; then
  LOCAL_REPO="$BENCH_M2_REPO"
  MVN_ARGS=(-Dmaven.repo.local="$BENCH_M2_REPO")
else
  LOCAL_REPO="$(cd "$REPO" && "$MVN" -B -q -ntp help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null || echo "$HOME/.m2/repository")"
fi
SYSTEM_MVN=false
[ "${BENCH_SYSTEM_MVN:-1}" = 1 ] && command -v mvn >/dev/null && SYSTEM_MVN=true
INSTALLED_JAR="$LOCAL_REPO/io/github/releaseprocess/release-process-maven-plugin/$plugin_version/release-process-maven-plugin-$plugin_version.jar"

# Other work trees may install the same SNAPSHOT coordinates into the shared local repository:
# (re)install ours, untimed, whenever the installed jar is not this build's.
ensure_installed() {
  if [ -f "$INSTALLED_JAR" ] && [ -f "$REPO/target/release-process-maven-plugin-$plugin_version.jar" ] \
      && cmp -s "$INSTALLED_JAR" "$REPO/target/release-process-maven-plugin-$plugin_version.jar"; then
    return
  fi
  echo "Installing release-process-maven-plugin $plugin_version into $LOCAL_REPO..." >&2
  (cd "$REPO" && "$MVN" -B -q -ntp install -DskipTests -DskipITs "${MVN_ARGS[@]}")
}
ensure_installed

generate() { # $1 = folder, $2 = modules (default MODULES)
  local dir="$1" MODULES="${2:-$MODULES}"
  rm -rf "$dir"
  # An empty .mvn/: Maven looks for .mvn/ from the reactor's folder upwards and would find this
  # checkout's (its jvm.config: C1-only JIT, serial GC); both tools run with Maven's defaults.
  mkdir -p "$dir/.mvn"
  {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n'
    printf '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
    printf '  <modelVersion>4.0.0</modelVersion>\n'
    printf '  <groupId>bench.reactor</groupId>\n  <artifactId>root</artifactId>\n'
    printf '  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n  <modules>\n'
    for i in $(seq -f '%04g' 1 "$MODULES"); do printf '    <module>m%s</module>\n' "$i"; done
    printf '  </modules>\n</project>\n'
  } >"$dir/pom.xml"
  local prev=""
  for i in $(seq -f '%04g' 1 "$MODULES"); do
    mkdir -p "$dir/m$i"
    {
      printf '<?xml version="1.0" encoding="UTF-8"?>\n'
      printf '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
      printf '  <modelVersion>4.0.0</modelVersion>\n'
      printf '  <parent>\n    <groupId>bench.reactor</groupId>\n    <artifactId>root</artifactId>\n'
      printf '    <version>1.0.0-SNAPSHOT</version>\n  </parent>\n'
      printf '  <artifactId>m%s</artifactId>\n' "$i"
      if [ -n "$prev" ]; then
        printf '  <dependencies>\n    <dependency>\n      <groupId>bench.reactor</groupId>\n'
        printf '      <artifactId>m%s</artifactId>\n      <version>1.0.0-SNAPSHOT</version>\n' "$prev"
        printf '    </dependency>\n  </dependencies>\n'
      fi
      printf '</project>\n'
    } >"$dir/m$i/pom.xml"
    prev="$i"
  done
  if [ "${BENCH_GIT:-1}" = 1 ]; then
    git -C "$dir" init -q -b main
    git -C "$dir" add -A
    git -C "$dir" -c user.name=Bench -c user.email=bench@example.org -c commit.gpgsign=false \
      commit -q -m "chore: a reactor of $MODULES modules"
  fi
}

now() { date +%s.%N; }

# One timed run: copy the pristine reactor, run Maven in it, print the seconds.
# TIMED_MVN: the Maven to run (default this repository's wrapper); PRISTINE: the reactor to copy.
timed() { # $1 = name, rest = Maven arguments
  local name="$1"; shift
  rm -rf "$WORK/$name"
  cp -r "$WORK/${PRISTINE:-pristine}" "$WORK/$name"
  local start end
  start="$(now)"
  (cd "$WORK/$name" && env MAVEN_OPTS= "${TIMED_MVN:-$MVN}" -B -q -ntp "${MVN_ARGS[@]}" "$@" \
      >"$WORK/$name.log" 2>&1) \
    || { echo "$name failed, see $WORK/$name.log" >&2; exit 1; }
  end="$(now)"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "Generating a reactor of $MODULES modules..."
mkdir -p "$WORK"
generate "$WORK/pristine"

# The warm-up resolves the plugins on a reactor of 3 modules: versions:set on the full one
# takes minutes, and the file cache is warmed by the copy of each timed run anyway.
echo "Warm-up (resolves the plugins on a small reactor; not timed)..."
generate "$WORK/pristine-small" 3
ensure_installed
PRISTINE=pristine-small timed warmup-ours "$OURS" -DnewVersion=1.1.0 >/dev/null
PRISTINE=pristine-small timed warmup-versions "$VERSIONS_PLUGIN:set" -DnewVersion=1.1.0 -DgenerateBackupPoms=false >/dev/null
if $SYSTEM_MVN; then
  PRISTINE=pristine-small TIMED_MVN=mvn timed warmup-ours-sys "$OURS" -DnewVersion=1.1.0 >/dev/null
  PRISTINE=pristine-small TIMED_MVN=mvn timed warmup-versions-sys "$VERSIONS_PLUGIN_SYS:set" \
    -DnewVersion=1.1.0 -DgenerateBackupPoms=false >/dev/null
fi

validate=(); ours=(); versions=(); validate_sys=(); ours_sys=(); versions_sys=()
echo "load before the timed runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  validate+=("$(timed validate validate)")
  ensure_installed
  ours+=("$(timed ours "$OURS" -DnewVersion=1.1.0)")
  versions+=("$(timed versions "$VERSIONS_PLUGIN:set" -DnewVersion=1.1.0 -DgenerateBackupPoms=false)")
  echo "run $run: validate ${validate[-1]} s, set-version ${ours[-1]} s, versions:set ${versions[-1]} s"
  if $SYSTEM_MVN; then
    validate_sys+=("$(TIMED_MVN=mvn timed validate-sys validate)")
    ours_sys+=("$(TIMED_MVN=mvn timed ours-sys "$OURS" -DnewVersion=1.1.0)")
    versions_sys+=("$(TIMED_MVN=mvn timed versions-sys "$VERSIONS_PLUGIN_SYS:set" -DnewVersion=1.1.0 -DgenerateBackupPoms=false)")
    echo "       system mvn: validate ${validate_sys[-1]} s, set-version ${ours_sys[-1]} s, versions:set $VERSIONS_SYS_VERSION ${versions_sys[-1]} s"
  fi
done

v="$(printf '%s\n' "${validate[@]}" | median)"
o="$(printf '%s\n' "${ours[@]}" | median)"
s="$(printf '%s\n' "${versions[@]}" | median)"
same="identical"
diff -r -q -x '*.log' -x .git "$WORK/ours" "$WORK/versions" >/dev/null || same="DIFFERENT"

echo
echo "Reactor of $MODULES modules, median of $RUNS runs, Maven $("$MVN" -v 2>/dev/null | head -1 | cut -d' ' -f3)"
printf '%-44s %8s\n' "command" "seconds"
printf '%-44s %8.2f\n' "mvn validate (Maven loads the reactor)" "$v"
printf '%-44s %8.2f\n' "release-process:set-version" "$o"
printf '%-44s %8.2f\n' "versions:set (2.25.1, no backup POMs)" "$s"
awk -v o="$o" -v s="$s" 'BEGIN {printf "ratio set-version / versions:set: %.3f\n", o / s}'
echo "resulting POMs of both tools: $same"
if $SYSTEM_MVN; then
  vs="$(printf '%s\n' "${validate_sys[@]}" | median)"
  os="$(printf '%s\n' "${ours_sys[@]}" | median)"
  ss="$(printf '%s\n' "${versions_sys[@]}" | median)"
  same_sys="identical"
  diff -r -q -x '*.log' -x .git "$WORK/ours-sys" "$WORK/versions-sys" >/dev/null || same_sys="DIFFERENT"
  echo
  echo "Same with the system mvn ($(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g' | cut -d' ' -f3))"
  printf '%-44s %8.2f\n' "mvn validate (Maven loads the reactor)" "$vs"
  printf '%-44s %8.2f\n' "release-process:set-version" "$os"
  printf '%-44s %8.2f\n' "versions:set ($VERSIONS_SYS_VERSION, no backup POMs)" "$ss"
  awk -v o="$os" -v s="$ss" 'BEGIN {printf "ratio set-version / versions:set: %.3f\n", o / s}'
  echo "resulting POMs of both tools: $same_sys"
fi
