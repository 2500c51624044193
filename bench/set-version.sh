#!/usr/bin/env bash
# Times `release-process:set-version` against versions-maven-plugin `versions:set` on identical
# copies of a generated reactor: whole Maven processes, the same Maven for both tools in each row
# (this repository's ./mvnw, then the system `mvn`), same flags, the plugins resolved beforehand
# so no download is timed.
#
#   bench/set-version.sh [MODULES]        # default 1000 modules; RUNS=3 timed runs per tool
#   BENCH_N=1 bench/set-version.sh        # also each command with -N (Maven loads the root only;
#                                         # set-version and versions:set walk the modules themselves)
#
# Each round runs every command once, in turn, on a fresh copy (alternating, so that a change in
# the machine's load hits every row alike); the table gives the median wall time and the median
# CPU time (user + sys of Maven's JVM and its children), which suffers less from other processes.
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

# One timed run: copy the pristine reactor, run Maven in it, print "wall-seconds cpu-seconds".
# TIMED_MVN: the Maven to run (default this repository's wrapper); PRISTINE: the reactor to copy.
timed() { # $1 = name, rest = Maven arguments
  local name="$1"; shift
  rm -rf "$WORK/$name"
  cp -r "$WORK/${PRISTINE:-pristine}" "$WORK/$name"
  (cd "$WORK/$name" && env MAVEN_OPTS= /usr/bin/time -f '%e %U %S' -o "$WORK/$name.time" \
      "${TIMED_MVN:-$MVN}" -B -q -ntp "${MVN_ARGS[@]}" "$@" >"$WORK/$name.log" 2>&1) \
    || { echo "$name failed, see $WORK/$name.log" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$WORK/$name.time"
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

# The rows: name, label, Maven arguments (VERSIONS stands for the versions plugin of that Maven).
ROWS=(validate ours versions)
[ "${BENCH_N:-0}" = 1 ] && ROWS=(validate validate-n ours ours-n versions versions-n)
label() {
  case "$1" in
    validate) echo "mvn validate (Maven loads the reactor)" ;;
    validate-n) echo "mvn -N validate (Maven loads the root)" ;;
    ours) echo "release-process:set-version" ;;
    ours-n) echo "release-process:set-version, -N" ;;
    versions) echo "versions:set $2 (no backup POMs)" ;;
    versions-n) echo "versions:set $2, -N" ;;
  esac
}
args() { # $1 = row, $2 = versions plugin
  case "$1" in
    validate) echo validate ;;
    validate-n) echo -N validate ;;
    ours) echo "$OURS" -DnewVersion=1.1.0 ;;
    ours-n) echo -N "$OURS" -DnewVersion=1.1.0 ;;
    versions) echo "$2:set" -DnewVersion=1.1.0 -DgenerateBackupPoms=false ;;
    versions-n) echo -N "$2:set" -DnewVersion=1.1.0 -DgenerateBackupPoms=false ;;
  esac
}
MAVENS=(wrapper)
$SYSTEM_MVN && MAVENS+=(sys)
declare -A WALL CPU
echo "load before the timed runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  for m in "${MAVENS[@]}"; do
    line="run $run, $m:"
    for row in "${ROWS[@]}"; do
      ensure_installed
      if [ "$m" = sys ]; then
        # shellcheck disable=SC2046
        t="$(TIMED_MVN=mvn timed "$row-sys" $(args "$row" "$VERSIONS_PLUGIN_SYS"))"
      else
        # shellcheck disable=SC2046
        t="$(timed "$row" $(args "$row" "$VERSIONS_PLUGIN"))"
      fi
      WALL[$m.$row]+="${t% *} "; CPU[$m.$row]+="${t#* } "
      line="$line $row ${t% *} s (cpu ${t#* })"
    done
    echo "$line"
  done
done
echo "load after the timed runs: $(cut -d' ' -f1-3 /proc/loadavg)"

med() { printf '%s\n' $1 | median; }
same() { # $1, $2 = work folders; identical files, logs and .git aside?
  diff -r -q -x '*.log' -x '*.time' -x .git "$WORK/$1" "$WORK/$2" >/dev/null && echo identical || echo DIFFERENT
}
for m in "${MAVENS[@]}"; do
  if [ "$m" = sys ]; then
    sfx=-sys; vp="$VERSIONS_SYS_VERSION"
    echo; echo "System mvn ($(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g' | cut -d' ' -f3))"
  else
    sfx=; vp="${VERSIONS_PLUGIN##*:}"
    echo; echo "Wrapper Maven $("$MVN" -v 2>/dev/null | head -1 | cut -d' ' -f3)"
  fi
  echo "Reactor of $MODULES modules, median of $RUNS runs"
  printf '%-46s %8s %8s\n' "command" "wall s" "cpu s"
  for row in "${ROWS[@]}"; do
    printf '%-46s %8.2f %8.2f\n' "$(label "$row" "$vp")" "$(med "${WALL[$m.$row]}")" "$(med "${CPU[$m.$row]}")"
  done
  ratio() { awk -v o="$(med "${WALL[$m.$1]}")" -v s="$(med "${WALL[$m.$2]}")" \
      -v oc="$(med "${CPU[$m.$1]}")" -v sc="$(med "${CPU[$m.$2]}")" \
      'BEGIN {printf "%.3f (cpu %.3f)", o / s, oc / sc}'; }
  echo "ratio set-version / versions:set: $(ratio ours versions)"
  echo "resulting POMs of both tools: $(same "ours$sfx" "versions$sfx")"
  if [ "${BENCH_N:-0}" = 1 ]; then
    echo "ratio set-version -N / versions:set: $(ratio ours-n versions)"
    echo "ratio set-version -N / versions:set -N: $(ratio ours-n versions-n)"
    echo "set-version -N wrote what set-version wrote: $(same "ours$sfx" "ours-n$sfx")"
    echo "versions:set -N wrote what versions:set wrote: $(same "versions$sfx" "versions-n$sfx")"
  fi
done
