#!/usr/bin/env bash
# Benchmark of validate-changelog (issue 3). Measures, on this machine:
#   1. in-process parse + validate time of the largest corpus changelog and of generated files
#      with 3,000 (1 MB) and 30,000 releases (10 MB): first run in a fresh JVM and the median
#      of warm runs; the 10x file must take at most 12x the time (linear growth);
#   2. the whole process, Maven start-up included: 'mvn release-process:validate-changelog' on
#      the 10 MB file, against 'node' parsing the same file with the npm package keep-a-changelog
#      (installed with npm into bench/work); target ratio <= 0.02 (issue 14);
#   the other dialects (seed, conventional-changelog, commitizen): the same releases in each form,
#   in process, must be linear and within 1.5x of the Keep a Changelog time;
#   3. with --huge only: 'mvn release-process:validate-changelog' on a generated 100 MB file
#      (300,000 releases) with MAVEN_OPTS=-Xmx512m on a user's JVM (the sample has its own
#      `.mvn/`): SUCCESS/FAILURE, wall time, CPU time, peak RSS;
#   4. with --side-by-side only (issue 14): node + keep-a-changelog and the goal on the same
#      1 MB and 3 MB files, alternating in each round, with the wrapper's Maven and the system
#      `mvn`, and `mvn -q validate` (the Maven start-up) of both: medians, mins and the ratios.
#      Each Maven row runs twice: in a sample with a `.mvn/` of its own (no jvm.config: the JVM
#      a user gets) and in a sample under bench/work/ without one, where Maven finds this
#      project's `.mvn/jvm.config` (C1 only, SerialGC), as every run before 2026-11-28 did.
#   5. with --before-after only: the goal on the 10 MB file with the plugin of another local
#      repository (BENCH_OLD_M2_REPO, e.g. a copy of one where an older commit is installed) and
#      with this checkout's (installed into BENCH_M2_REPO), alternating, with the wrapper's Maven
#      and the system `mvn`, in the user's-JVM sample: wall and CPU (user + sys) medians and mins.
# Usage: bench/validate-changelog.sh [--skip-npm]   (the npm run takes minutes on 10 MB)
#        BENCH_OLD_M2_REPO=… BENCH_M2_REPO=… bench/validate-changelog.sh --before-after [ROUNDS]
#        bench/validate-changelog.sh --huge
#        bench/validate-changelog.sh --side-by-side [ROUNDS]   (default 3 rounds; BENCH_10MB=1
#        adds one round on the 10 MB file, which takes node many minutes; with ROUNDS 0 that
#        round alone; BENCH_10MB_RUNS=N runs our rows N times on it, node once)
# Environment: BENCH_M2_REPO (the local repository behind the bench-local one, default
# ~/.m2/repository), BENCH_SYSTEM_MVN=0 to drop the system `mvn` rows of --side-by-side,
# BENCH_PROJECT_JVM=0 to drop the rows under this project's jvm.config.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/work
mkdir -p "$WORK"
SKIP_NPM=${1:-}
ROUNDS=${2:-3}
TAIL=${BENCH_M2_REPO:-$HOME/.m2/repository}
# With BENCH_M2_REPO the plugin is installed there and every Maven uses it alone; else a
# bench-local repository in front of the user's (maven.repo.local.tail needs Maven 3.9).
if [ -n "${BENCH_M2_REPO:-}" ]; then
  REPO_ARGS=(-Dmaven.repo.local="$BENCH_M2_REPO")
else
  REPO_ARGS=(-Dmaven.repo.local="$WORK/repo" -Dmaven.repo.local.tail="$TAIL")
fi

echo "== build the plugin into a bench-local repository (the user repository is its tail)"
./mvnw -B -q -ntp -o install -DskipTests -DskipITs "${REPO_ARGS[@]}" >/dev/null
./mvnw -B -q -ntp -o "${REPO_ARGS[@]}" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="$ROOT/target/classes:$(cat "$WORK/classpath.txt")"
bench() { java -cp "$CP" "$ROOT/bench/ChangelogBench.java" "$@"; }

if [ "$SKIP_NPM" = "--huge" ]; then
  HUGE=$WORK/changelog-300000.md
  [ -f "$HUGE" ] || bench generate 300000 "$HUGE"
  ls -l "$HUGE" | awk '{print $5, $9}'
  SAMPLE=$WORK/sample-huge
  # Its own .mvn/: the JVM a user gets (G1, C2), not this project's jvm.config.
  mkdir -p "$SAMPLE/.mvn"
  printf '%s\n' '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' \
    '<groupId>bench</groupId><artifactId>huge</artifactId><version>1.0.0-SNAPSHOT</version>' \
    '<packaging>pom</packaging></project>' > "$SAMPLE/pom.xml"
  VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
  echo "== mvn validate-changelog on $(du -m "$HUGE" | cut -f1) MB with MAVEN_OPTS=-Xmx512m"
  set +e
  (cd "$SAMPLE" && MAVEN_OPTS=-Xmx512m /usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB peak RSS' \
      "$ROOT/mvnw" -B -o "${REPO_ARGS[@]}" \
      "io.github.releaseprocess:release-process-maven-plugin:$VERSION:validate-changelog" \
      -Drelease-process.changelog="$HUGE" -Drelease-process.checkTags=false) \
      > "$WORK/huge.log" 2>&1
  rc=$?
  set -e
  grep -E "releases\)|OutOfMemory|BUILD|peak RSS" "$WORK/huge.log" | sed 's/^/  /'
  if [ $rc -eq 0 ]; then echo "100 MB under -Xmx512m: SUCCESS"; else echo "100 MB under -Xmx512m: FAILURE (see $WORK/huge.log)"; exit 1; fi
  exit 0
fi

# The sample project the Maven rows run in, and how they run.
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
# The sample is a project of its own: its `.mvn/` stops Maven's search for the project base
# directory, so this project's .mvn/jvm.config does not reach it (what a user gets). SAMPLE_P
# has no `.mvn/`: Maven finds this project's, as the sample did before 2026-11-28.
SAMPLE=$WORK/sample-user
SAMPLE_P=$WORK/sample
write_sample() {
  mkdir -p "$SAMPLE/.mvn" "$SAMPLE_P"
  rm -rf "$SAMPLE_P/.mvn"
  cat > "$SAMPLE/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>sample</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.releaseprocess</groupId>
        <artifactId>release-process-maven-plugin</artifactId>
        <version>$VERSION</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cp "$SAMPLE/pom.xml" "$SAMPLE_P/pom.xml"
}
mvn_run() {
  (cd "$SAMPLE" && env MAVEN_OPTS= "${BENCH_MVN:-$ROOT/mvnw}" -B -q -o "${REPO_ARGS[@]}" \
      release-process:validate-changelog \
      -Drelease-process.changelog="$1" -Drelease-process.checkTags=false)
}
mvn_floor() { (cd "$SAMPLE" && env MAVEN_OPTS= "${BENCH_MVN:-$ROOT/mvnw}" -B -q -o "${REPO_ARGS[@]}" validate); }
node_setup() {
  [ -d "$WORK/node_modules/keep-a-changelog" ] || npm install --prefix "$WORK" --no-save --silent keep-a-changelog >/dev/null
  cat > "$WORK/parse.mjs" <<'JS'
import { parser } from "keep-a-changelog";
import { readFileSync } from "node:fs";
const changelog = parser(readFileSync(process.argv[2], "utf8"));
console.log(`${changelog.releases.length} releases`);
JS
}
node_run() { (cd "$WORK" && node parse.mjs "$1"); }
now() { date +%s%N; }

if [ "$SKIP_NPM" = "--before-after" ]; then
  : "${BENCH_OLD_M2_REPO:?set BENCH_OLD_M2_REPO to the local repository of the plugin before}"
  : "${BENCH_M2_REPO:?set BENCH_M2_REPO to the local repository this checkout installs into}"
  [ -f "$WORK/changelog-30000.md" ] || bench generate 30000 "$WORK/changelog-30000.md"
  write_sample
  T=$WORK/before-after; rm -rf "$T"; mkdir -p "$T"
  mvns=(wrapper); command -v mvn >/dev/null && [ "${BENCH_SYSTEM_MVN:-1}" = 1 ] && mvns+=(sys)
  ba_run() { # SIDE MVN: one run; wall and CPU seconds appended to $T/SIDE-MVN
    local repo=$BENCH_M2_REPO m=$ROOT/mvnw
    [ "$1" = before ] && repo=$BENCH_OLD_M2_REPO
    [ "$2" = sys ] && m=mvn
    (cd "$SAMPLE" && env MAVEN_OPTS= /usr/bin/time -f '%e %U %S' -o "$T/time" "$m" -B -q -o \
        -Dmaven.repo.local="$repo" release-process:validate-changelog \
        -Drelease-process.changelog="$WORK/changelog-30000.md" \
        -Drelease-process.checkTags=false) > "$T/$1-$2.log" 2>&1 \
        || { echo "!! $1 $2 failed:"; tail -n 20 "$T/$1-$2.log"; exit 1; }
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$T/time" >> "$T/$1-$2"
  }
  echo "== warm-up (not timed), load $(cut -d' ' -f1-3 /proc/loadavg)"
  for m in "${mvns[@]}"; do ba_run before "$m"; ba_run after "$m"; done
  rm -f "$T"/before-* "$T"/after-*
  for r in $(seq 1 "${ROUNDS:-3}"); do
    for m in "${mvns[@]}"; do
      if [ $((r % 2)) = 1 ]; then ba_run before "$m"; ba_run after "$m"
      else ba_run after "$m"; ba_run before "$m"; fi
    done
    echo "round $r, load $(cut -d' ' -f1 /proc/loadavg): $(for f in "$T"/*-*; do case $f in *.log) continue;; esac; printf '%s %s  ' "${f##*/}" "$(tail -n 1 "$f")"; done)"
  done
  echo "== load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$T" <<'PY'
import os, statistics, sys
t = sys.argv[1]
print("| 10 MB, 30,000 releases | runs | wall median s | wall min s | CPU median s | CPU min s |")
print("|---|---|---|---|---|---|")
for m in ("wrapper", "sys"):
    for side in ("before", "after"):
        f = os.path.join(t, "%s-%s" % (side, m))
        if not os.path.exists(f):
            continue
        rows = [line.split() for line in open(f)]
        wall = [float(r[0]) for r in rows]
        cpu = [float(r[1]) for r in rows]
        name = "%s, %s" % (side, "wrapper Maven" if m == "wrapper" else "system mvn")
        print("| %s | %d | %.2f | %.2f | %.2f | %.2f |" % (name, len(rows), statistics.median(wall),
              min(wall), statistics.median(cpu), min(cpu)))
PY
  exit 0
fi

if [ "$SKIP_NPM" = "--side-by-side" ]; then
  SYS=false
  [ "${BENCH_SYSTEM_MVN:-1}" = 1 ] && command -v mvn >/dev/null && SYS=true
  [ -f "$WORK/changelog-3000.md" ] || bench generate 3000 "$WORK/changelog-3000.md"
  [ -f "$WORK/changelog-9000.md" ] || bench generate 9000 "$WORK/changelog-9000.md"
  sizes=(3000 9000)
  [ "$ROUNDS" = 0 ] && sizes=()
  if [ "${BENCH_10MB:-0}" = 1 ]; then
    [ -f "$WORK/changelog-30000.md" ] || bench generate 30000 "$WORK/changelog-30000.md"
  fi
  write_sample; node_setup
  rows=(node mvn floor); $SYS && rows+=(sys sysfloor)
  if [ "${BENCH_PROJECT_JVM:-1}" = 1 ]; then
    rows+=(pmvn pfloor); $SYS && rows+=(psys psysfloor)
  fi
  T=$WORK/side-by-side; rm -rf "$T"; mkdir -p "$T"
  timed() { # ROW SIZE: one run, its milliseconds appended to $T/ROW-SIZE
    local t0 t1 out
    out=$T/$1-$2.log
    t0=$(now)
    case $1 in
      node) node_run "$WORK/changelog-$2.md" ;;
      mvn) mvn_run "$WORK/changelog-$2.md" ;;
      floor) mvn_floor ;;
      sys) BENCH_MVN=mvn mvn_run "$WORK/changelog-$2.md" ;;
      sysfloor) BENCH_MVN=mvn mvn_floor ;;
      pmvn) SAMPLE=$SAMPLE_P mvn_run "$WORK/changelog-$2.md" ;;
      pfloor) SAMPLE=$SAMPLE_P mvn_floor ;;
      psys) SAMPLE=$SAMPLE_P BENCH_MVN=mvn mvn_run "$WORK/changelog-$2.md" ;;
      psysfloor) SAMPLE=$SAMPLE_P BENCH_MVN=mvn mvn_floor ;;
    esac > "$out" 2>&1 || { echo "!! $1 on $2 releases failed:"; tail -n 20 "$out"; exit 1; }
    t1=$(now)
    echo $(( (t1 - t0) / 1000000 )) >> "$T/$1-$2"
  }
  echo "== warm-up (file cache, local repository; not timed), load $(cut -d' ' -f1-3 /proc/loadavg)"
  mvn_run "$WORK/changelog-3000.md" >/dev/null
  $SYS && BENCH_MVN=mvn mvn_run "$WORK/changelog-3000.md" >/dev/null
  SAMPLE=$SAMPLE_P mvn_run "$WORK/changelog-3000.md" >/dev/null
  for r in $(seq 1 "$ROUNDS"); do
    for n in "${sizes[@]}"; do
      for row in "${rows[@]}"; do timed "$row" "$n"; done
      echo "round $r, $n releases: $(for row in "${rows[@]}"; do printf '%s %s ms  ' "$row" "$(tail -n 1 "$T/$row-$n")"; done)"
    done
  done
  if [ "${BENCH_10MB:-0}" = 1 ]; then
    sizes+=(30000)
    for r in $(seq 1 "${BENCH_10MB_RUNS:-1}"); do
      for row in "${rows[@]}"; do
        [ "$row" = node ] && [ "$r" -gt 1 ] && continue   # node takes minutes: once
        timed "$row" 30000
      done
      echo "round $r, 30000 releases, load $(cut -d' ' -f1 /proc/loadavg): $(for row in "${rows[@]}"; do printf '%s %s ms  ' "$row" "$(tail -n 1 "$T/$row-30000")"; done)"
    done
  fi
  echo "== load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$T" "${sizes[@]}" <<'PY'
import os, statistics, sys
t, sizes = sys.argv[1], sys.argv[2:]
names = {"node": "node + keep-a-changelog", "mvn": "validate-changelog, wrapper Maven",
         "floor": "mvn -q validate, wrapper (start-up)", "sys": "validate-changelog, system mvn",
         "sysfloor": "mvn -q validate, system mvn (start-up)",
         "pmvn": "validate-changelog, wrapper, this project's jvm.config",
         "pfloor": "mvn -q validate, wrapper, this project's jvm.config",
         "psys": "validate-changelog, system mvn, this project's jvm.config",
         "psysfloor": "mvn -q validate, system mvn, this project's jvm.config"}
print("| size | row | runs | median ms | min ms | / node (medians) | / node (mins) |")
print("|---|---|---|---|---|---|---|")
for n in sizes:
    mb = os.path.getsize(os.path.join(t, "..", "changelog-%s.md" % n)) / 1e6
    vals = {}
    for row in names:
        f = os.path.join(t, "%s-%s" % (row, n))
        if os.path.exists(f):
            vals[row] = [int(x) for x in open(f).read().split()]
    node = vals.get("node")
    for row, v in vals.items():
        med, mn = statistics.median(v), min(v)
        r1 = "%.4f" % (med / statistics.median(node)) if node and row != "node" else ""
        r2 = "%.4f" % (mn / min(node)) if node and row != "node" else ""
        print("| %.1f MB (%s releases) | %s | %d | %.0f | %d | %s | %s |" % (mb, n, names[row], len(v), med, mn, r1, r2))
PY
  exit 0
fi

echo "== generate"
[ -f "$WORK/changelog-3000.md" ] || bench generate 3000 "$WORK/changelog-3000.md"
[ -f "$WORK/changelog-30000.md" ] || bench generate 30000 "$WORK/changelog-30000.md"
LARGEST=$(ls -S src/test/corpus/changelogs/keepachangelog/* | head -1)
ls -l "$LARGEST" "$WORK/changelog-3000.md" "$WORK/changelog-30000.md" | awk '{print $5, $9}'

echo "== in-process: parse + validate (fresh JVM; first run, then warm runs)"
bench time "$LARGEST" 20
bench time "$WORK/changelog-3000.md" 20
bench time "$WORK/changelog-30000.md" 6
echo "== linear growth: 1 MB and 10 MB alternately in one JVM"
bench linear "$WORK/changelog-3000.md" "$WORK/changelog-30000.md" 7
echo "== dialects: the same 30,000 releases in the four forms, alternately in one JVM"
bench dialects 30000 5 "$WORK"
bench dialects 3000 9 "$WORK"

echo "== whole process: mvn release-process:validate-changelog on the 10 MB file"
write_sample
mvn_run "$WORK/changelog-3000.md" >/dev/null   # warm the file cache and the repository
best_mvn=
for i in 1 2 3; do
  t0=$(now); mvn_run "$WORK/changelog-30000.md" >/dev/null; t1=$(now)
  ms=$(( (t1 - t0) / 1000000 )); echo "mvn run $i: $ms ms"
  if [ -z "$best_mvn" ] || [ "$ms" -lt "$best_mvn" ]; then best_mvn=$ms; fi
done
t0=$(now); mvn_run "$WORK/changelog-3000.md" >/dev/null; t1=$(now)
echo "mvn on the 1 MB file: $(( (t1 - t0) / 1000000 )) ms"
best_sys=
if [ -n "${BENCH_M2_REPO:-}" ] && command -v mvn >/dev/null; then
  for i in 1 2 3; do
    t0=$(now); BENCH_MVN=mvn mvn_run "$WORK/changelog-30000.md" >/dev/null; t1=$(now)
    ms=$(( (t1 - t0) / 1000000 )); echo "system mvn run $i: $ms ms"
    if [ -z "$best_sys" ] || [ "$ms" -lt "$best_sys" ]; then best_sys=$ms; fi
  done
fi

if [ "$SKIP_NPM" = "--skip-npm" ]; then
  echo "npm comparison skipped"; exit 0
fi
echo "== whole process: node + keep-a-changelog parsing the same file"
node_setup
t0=$(now); node_run "$WORK/changelog-3000.md"; t1=$(now)
node_1mb=$(( (t1 - t0) / 1000000 )); echo "node on the 1 MB file: $node_1mb ms"
t0=$(now); node_run "$WORK/changelog-30000.md"; t1=$(now)
node_10mb=$(( (t1 - t0) / 1000000 )); echo "node on the 10 MB file: $node_10mb ms"
echo "ratio mvn/node on 10 MB: $(awk "BEGIN { printf \"%.4f\", $best_mvn / $node_10mb }") (target <= 0.02)"
[ -z "$best_sys" ] || echo "ratio system mvn/node on 10 MB: $(awk "BEGIN { printf \"%.4f\", $best_sys / $node_10mb }") (target <= 0.02)"
