#!/usr/bin/env bash
# Times the API check (`prepare -Drelease-process.apiCheck`) against japicmp's own command line.
#
#   bench/api-check.sh [--runs R] [--prepare-runs P] [--no-prepare] [--rebuild]
#
# The library: bench/gen_library.py writes 1,000 public classes (a constructor, two fields, five
# public methods each) in two versions: the new one removes 2 classes and 10 methods and adds 5
# classes and 20 methods (12 incompatible changes, 25 additions). javac and jar build old.jar
# and new.jar.
#
# 1. The check against japicmp's CLI, whole processes, R timed rounds after a warm-up, the order
#    rotating from round to round:
#      cli    java -cp <japicmp 0.27.0 and its dependencies> japicmp.JApiCmp -o old.jar -n new.jar
#             -m --ignore-missing-classes (output to a file). japicmp's jar-with-dependencies does
#             not resolve from the registry here; the same main class runs from the japicmp jar
#             and its dependencies on a class path.
#      ours   java -cp <the plugin and its dependencies> ApiCheckBench old.jar new.jar: the
#             plugin's ApiComparator and ApiVerdict, one comparison in a cold JVM, as prepare
#             runs it; it also prints the comparison's in-process time.
#    Target: ours <= 1.5 x cli (medians).
# 2. Whole `prepare` on that library as a Maven project (v1.0.0 installed in the local repository
#    as the baseline, then a fix: commit with the new sources; release 1.0.1, test build
#    `clean verify` of the 1,000 classes), P timed rounds, each run on a fresh copy:
#      plain  <plugin>:prepare
#      warn   <plugin>:prepare -Drelease-process.apiCheck=warn
#    Target: warn <= 1.2 x plain (medians).
#
# Needs: bash, git, python3, Java 17 (javac, jar), network once (japicmp and the sample's
# plugins). Everything goes under bench/work/api-check/ (git-ignored); results.txt holds the
# last table. Environment: BENCH_M2_REPO (local repository, default ~/.m2/repository).
# Exit status 1 when a row failed or the two tools disagree on the incompatible changes.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/api-check
mkdir -p "$work"

JAPICMP_VERSION=0.27.0
PLUGIN_GA=io.github.releaseprocess:release-process-maven-plugin
PLUGIN_VERSION=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
PLUGIN=$PLUGIN_GA:$PLUGIN_VERSION
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=$M2_REPO/io/github/releaseprocess/release-process-maven-plugin/$PLUGIN_VERSION/release-process-maven-plugin-$PLUGIN_VERSION.jar

usage() { sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
runs=${RUNS:-5}
prepare_runs=3
with_prepare=true
rebuild=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --prepare-runs) prepare_runs=$2; shift 2 ;;
    --no-prepare) with_prepare=false; shift ;;
    --rebuild) rebuild=true; shift ;;
    -h|--help) usage ;;
    *) echo "api-check.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
log() { printf '%s\n' "$*" >&2; }
sgit() {
  git -c user.name="Bench Author" -c user.email=bench@example.invalid -c commit.gpgsign=false \
    -c tag.gpgsign=false -c init.defaultBranch=main "$@"
}
mvn_cmd=(env MAVEN_OPTS= "$root/mvnw" -B -ntp)
[ -n "${BENCH_M2_REPO:-}" ] && mvn_cmd+=(-Dmaven.repo.local="$M2_REPO")

# shellcheck source=lib/plugin.sh
. "$here/lib/plugin.sh"
if ! reason=$(ensure_plugin prepare); then
  log "$reason: nothing to measure"
  exit 1
fi

# ---------------------------------------------------------------------------------------------
# Class paths: the plugin's runtime dependencies, and japicmp's alone (a POM of its own).
log "== class paths (dependency:build-classpath)"
(cd "$root" && "${mvn_cmd[@]}" -q dependency:build-classpath -Dmdep.includeScope=runtime \
   -Dmdep.outputFile="$work/plugin-cp.txt") > "$work/cp.log" 2>&1 || { cat "$work/cp.log" >&2; exit 1; }
mkdir -p "$work/japicmp-cli"
cat > "$work/japicmp-cli/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>japicmp-cli</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>com.github.siom79.japicmp</groupId>
      <artifactId>japicmp</artifactId>
      <version>$JAPICMP_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
(cd "$work/japicmp-cli" && "${mvn_cmd[@]}" -q dependency:build-classpath \
   -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cli-cp.txt") >> "$work/cp.log" 2>&1 \
  || { cat "$work/cp.log" >&2; exit 1; }
plugin_cp="$PLUGIN_JAR:$(cat "$work/plugin-cp.txt")"
cli_cp="$(cat "$work/cli-cp.txt")"

# ---------------------------------------------------------------------------------------------
# The library, old and new, and the two jars.
log "== library: 1,000 public classes, old and new (bench/gen_library.py)"
rm -rf "$work/lib"
python3 "$here/gen_library.py" "$work/lib" 1000
for v in old new; do
  mkdir -p "$work/lib/$v/classes"
  find "$work/lib/$v/src" -name '*.java' > "$work/lib/$v/sources.txt"
  javac -nowarn --release 17 -d "$work/lib/$v/classes" @"$work/lib/$v/sources.txt"
  jar --create --file "$work/$v.jar" -C "$work/lib/$v/classes" .
done
mkdir -p "$work/classes"
javac -nowarn -cp "$plugin_cp" -d "$work/classes" "$here/ApiCheckBench.java"

api_cmd() {
  case "$1" in
    cli) cmd=(java -cp "$cli_cp" japicmp.JApiCmp -o "$work/old.jar" -n "$work/new.jar" -m
              --ignore-missing-classes) ;;
    ours) cmd=(java -cp "$work/classes:$plugin_cp" ApiCheckBench "$work/old.jar" "$work/new.jar") ;;
  esac
}
# time_row KIND LABEL TIMED: runs the row once, appends nanoseconds to times-LABEL.txt.
time_row() {
  local t0 t1 rc=0
  "$1" "$2"
  t0=$(date +%s%N)
  "${cmd[@]}" > "$work/out-$2.txt" 2>&1 < /dev/null || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    log "!! $2 failed with status $rc (bench/work/api-check/out-$2.txt):"
    tail -n 15 "$work/out-$2.txt" >&2
    return "$rc"
  fi
  if $3; then echo "$((t1 - t0))" >> "$work/times-$2.txt"; fi
  if [ "$2" = ours ]; then sed -n 's/^in-process ms: \([0-9]*\).*/\1/p' "$work/out-ours.txt" >> "$work/inproc.txt"; fi
}
rm -f "$work"/times-*.txt "$work/inproc.txt"
log "== warm-up: cli ours"
time_row api_cmd cli false
time_row api_cmd ours false
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$runs"); do
  if [ $((r % 2)) -eq 1 ]; then order=(cli ours); else order=(ours cli); fi
  log "== round $r/$runs: ${order[*]}"
  for l in "${order[@]}"; do time_row api_cmd "$l" true; done
done
# Do they agree? japicmp's -m output: a removed class at the start of a line, the removed methods
# of a class that is still there indented under its "***" line.
cli_removed=$(awk '/^\*\*\*/ { kept = 1; next } /^---! REMOVED CLASS/ { n++ } /^[^\t]/ { kept = 0 }
  kept && /^\t---! REMOVED METHOD/ { n++ } END { print n + 0 }' "$work/out-cli.txt")
ours_broken=$(sed -n 's/^API against [^:]*: \([0-9]*\) incompatible.*/\1/p' "$work/out-ours.txt")

# ---------------------------------------------------------------------------------------------
# prepare with and without the check, on the library as a Maven project.
make_template() {
  local t=$work/template
  rm -rf "$t"
  mkdir -p "$t"
  write_pom() {
    cat > "$t/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example.bench</groupId>
  <artifactId>api-check-library</artifactId>
  <version>$1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
        <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
EOF
  }
  write_pom 1.0.0
  cp -a "$work/lib/old/src" "$t/src"
  printf '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-15\n\n### Added\n\n- The library.\n' > "$t/CHANGELOG.md"
  printf 'target/\n' > "$t/.gitignore"
  (
    cd "$t"
    sgit init -q
    git config user.name "Bench Author"; git config user.email bench@example.invalid
    git config commit.gpgsign false; git config tag.gpgsign false
    git add -A && git commit -qm "feat: the library"
    git tag -a v1.0.0 -m "release 1.0.0"
  )
  # The baseline, deployed: 1.0.0 installed into the local repository.
  (cd "$t" && "${mvn_cmd[@]}" -q install -DskipTests) > "$work/install.log" 2>&1 \
    || { tail -n 20 "$work/install.log" >&2; exit 1; }
  rm -rf "$t/target"
  write_pom 1.0.1-SNAPSHOT
  (cd "$t" && git commit -qam "chore(release): start 1.0.1 development")
  rm -rf "$t/src" && cp -a "$work/lib/new/src" "$t/src"
  printf '# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- Dead code removed.\n\n## [1.0.0] - 2026-01-15\n\n### Added\n\n- The library.\n' > "$t/CHANGELOG.md"
  (cd "$t" && git add -A && git commit -qm "fix: remove dead code")
}
prepare_cmd() {
  local dir=$work/run-$1
  rm -rf "$dir"
  cp -a "$work/template" "$dir"
  cmd=("${mvn_cmd[@]}" -o -f "$dir/pom.xml" "$PLUGIN:prepare" -Drelease-process.review=none)
  [ "$1" = warn ] && cmd+=(-Drelease-process.apiCheck=warn)
  return 0
}
if $with_prepare; then
  log "== prepare sample: bench/work/api-check/template (the library, v1.0.0 installed, a fix: commit)"
  make_template
  log "== warm-up: plain warn"
  time_row prepare_cmd plain false
  time_row prepare_cmd warn false
  for r in $(seq 1 "$prepare_runs"); do
    if [ $((r % 2)) -eq 1 ]; then order=(plain warn); else order=(warn plain); fi
    log "== prepare round $r/$prepare_runs: ${order[*]}"
    for l in "${order[@]}"; do time_row prepare_cmd "$l" true; done
  done
fi

# ---------------------------------------------------------------------------------------------
{
  python3 - "$work" "$with_prepare" <<'EOF'
import os, statistics, sys
work, with_prepare = sys.argv[1], sys.argv[2] == "true"
def secs(label):
    return [int(x) / 1e9 for x in open(os.path.join(work, "times-%s.txt" % label)).read().split()]
inproc = [int(x) / 1e3 for x in open(os.path.join(work, "inproc.txt")).read().split()]
cli, ours = secs("cli"), secs("ours")
print("API check on 1,000 public classes, old vs new; %d timed rounds (whole process)" % len(cli))
print()
print("| %-52s | %8s | %7s |" % ("row", "median s", "min s"))
print("|%s|%s|%s|" % ("-" * 54, "-" * 10, "-" * 9))
print("| %-52s | %8.2f | %7.2f |" % ("japicmp 0.27.0 CLI (JApiCmp -m)", statistics.median(cli), min(cli)))
print("| %-52s | %8.2f | %7.2f |" % ("the plugin's check (ApiComparator + ApiVerdict)", statistics.median(ours), min(ours)))
print("| %-52s | %8.2f | %7.2f |" % ("  of which the comparison, in-process (cold JVM)", statistics.median(inproc), min(inproc)))
print()
print("ours / CLI: %.2f (medians), %.2f (mins); target <= 1.5" % (
    statistics.median(ours) / statistics.median(cli), min(ours) / min(cli)))
print("in-process comparison / CLI: %.2f (medians): what prepare's run adds" % (
    statistics.median(inproc) / statistics.median(cli)))
if with_prepare:
    plain, warn = secs("plain"), secs("warn")
    print()
    print("prepare on that library (release 1.0.1, test build clean verify); %d timed rounds" % len(plain))
    print()
    print("| %-52s | %8s | %7s |" % ("row", "median s", "min s"))
    print("|%s|%s|%s|" % ("-" * 54, "-" * 10, "-" * 9))
    print("| %-52s | %8.2f | %7.2f |" % ("prepare", statistics.median(plain), min(plain)))
    print("| %-52s | %8.2f | %7.2f |" % ("prepare -Drelease-process.apiCheck=warn", statistics.median(warn), min(warn)))
    print()
    print("warn / plain: %.2f (medians), %.2f (mins); target <= 1.2" % (
        statistics.median(warn) / statistics.median(plain), min(warn) / min(plain)))
EOF
  echo
  echo "incompatible changes found: japicmp CLI $cli_removed (REMOVED CLASS/METHOD lines), ours $ours_broken"
  sed -n '1,2p' "$work/out-ours.txt"
  if $with_prepare; then grep -m1 -o 'API against.*' "$work/out-warn.txt" || echo "!! the warn run logged no API check"; fi
  printf 'machine: %s cores; load at start: %s; at end: %s; %s\n' "$(nproc)" "$load0" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$(java -version 2>&1 | head -n 1)"
  awk -v l="${load0%% *}" -v c="$(nproc)" 'BEGIN { if (l + 0 > c + 0)
    print "WARNING: the load average was above the core count: timings are noisy, trust the mins" }'
} | tee "$work/results.txt"
[ "$cli_removed" = "$ours_broken" ] && [ "$ours_broken" = 12 ]
