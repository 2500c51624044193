#!/usr/bin/env bash
# Times `release-process:prepare` against maven-release-plugin's `release:prepare` on one sample.
#
#   bench/prepare.sh [--runs R] [--rebuild]      RUNS=R in the environment works too (default 5)
#   bench/prepare.sh --floor [--runs R] [LABEL=LOCAL_REPO ...]
#
# --floor: the plugin-loading floor instead. In the same sample, R alternating rounds (default 6)
# of `mvn -B -q -o validate`, our `help`, our `prepare -Drelease-process.skip` (Maven loads the
# plugin and the Mojo, which returns at once) and maven-release-plugin's `release:help`, with the
# wrapper's Maven and then the system `mvn` (when there is one) in every round; wall time and CPU
# time (user + sys of the Maven process), median and min, and each row over `validate`. Each
# LABEL=LOCAL_REPO adds our two rows once more with another local repository (another build of
# the plugin installed there), side by side in the same rounds.
#
# BENCH_MVN=mvn runs every row with the system Maven instead of the wrapper's (issue 14: the Maven
# a user already has, 3.8.x here); the nested builds use the same installation.
# BENCH_OLD_M2_REPO=REPO adds a fourth row, `old`: our prepare again, from another local repository
# that holds another build of the plugin (0.1.1-SNAPSHOT, e.g. a copy of one with main's build),
# in the same rounds: before and after side by side.
# Whole-process wall time of three rows, R timed rounds after one warm-up round; each round runs
# every row once (the order rotates from round to round) so that machine noise hits every row
# alike, and each run gets its own fresh `cp -a` of the same generated sample:
#   verify   mvn -B -o clean verify           the test build alone (what both tools run inside)
#   ours     mvn -B -o <plugin>:prepare       release 1.1.0, next 1.1.1-SNAPSHOT
#   mrp      mvn -B -o maven-release-plugin:3.3.1:prepare, same versions, same tag, no push
# Prints median and min of each, ours / release:prepare, and each tool's time outside its test
# build, two ways: minus the verify row, and the wall time minus the test build's span read from
# the tool's own timestamped log (split into start-up, Maven boot, goal before and after the test
# build); then what each tool left in the working tree (`git status --porcelain`), its tag and
# versions. Exit status 1 when a tool did not tag or ours left something in the tree.
# Our rows run with our package's debug lines on (-Dorg.slf4j.simpleLogger.log.io.github.
# releaseprocess=debug: nothing of JGit's or Maven's), which mark the goal's first and last moment
# of work and the child's end, so that ours is also split into (a) Maven loading the plugin and
# the Mojo, (b) our work before the test build, (c) the child's start until its first line,
# (d) our work after the child's end and (e) the child's end after its last line; the target is
# (b) + (d). A build without those lines (e.g. an old one) shows n/a there.
#
# Needs: bash, git, python3, Java 17, network once (the warm-up resolves maven-release-plugin and
# the sample's plugins; the timed runs are offline). Everything it makes is under
# bench/work/prepare/ (git-ignored): the template sample, the per-run copies of the last round,
# the logs and results.txt. Environment: BENCH_M2_REPO (local repository, default
# ~/.m2/repository).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/prepare
mkdir -p "$work"

MRP_VERSION=3.3.1
PLUGIN_GA=io.github.releaseprocess:release-process-maven-plugin
PLUGIN_VERSION=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
PLUGIN=$PLUGIN_GA:$PLUGIN_VERSION
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=$M2_REPO/io/github/releaseprocess/release-process-maven-plugin/$PLUGIN_VERSION/release-process-maven-plugin-$PLUGIN_VERSION.jar
RELEASE=1.1.0            # a feat: commit after v1.0.0; both tools are also told so
NEXT=1.1.1-SNAPSHOT
TAG=v$RELEASE

usage() { sed -n '2,36p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

runs=${RUNS:-5}
rebuild=false
floor=false
floor_repos=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --floor) floor=true; runs=${RUNS:-6}; shift ;;
    *=*) $floor || { echo "prepare.sh: LABEL=LOCAL_REPO only with --floor" >&2; usage; }
         floor_repos+=("$1"); shift ;;
    --rebuild) rebuild=true; shift ;;
    -h|--help) usage ;;
    *) echo "prepare.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
case "$runs" in ''|*[!0-9]*) echo "prepare.sh: R must be an integer" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || { echo "prepare.sh: R must be >= 1" >&2; exit 2; }

log() { printf '%s\n' "$*" >&2; }
# git with the identity a clean machine lacks (the sample's own .git/config carries it too).
sgit() {
  git -c user.name="Bench Author" -c user.email=bench@example.invalid -c commit.gpgsign=false \
    -c tag.gpgsign=false -c init.defaultBranch=main "$@"
}

# ---------------------------------------------------------------------------------------------
# The plugin: built and installed from this checkout when missing or stale. The stamp
# (bench/work/plugin.stamp, shared with next-version.sh) keeps the checksum of the jar this
# checkout built: the local repository is shared with other checkouts.
# shellcheck source=lib/plugin.sh
. "$here/lib/plugin.sh"

# ---------------------------------------------------------------------------------------------
# The sample, generated once per run of this script into work/template: a one-module jar with
# one JUnit 4 test, every build plugin pinned, a <scm> pointing at a local bare repository
# (release:prepare needs one; nothing is pushed), a CHANGELOG.md whose [Unreleased] has entries,
# and the history: 1.0.0 tagged v1.0.0, the 1.0.1-SNAPSHOT commit, then a feat: commit.
make_template() {
  local t=$work/template remote=$work/remote.git
  rm -rf "$t" "$remote"
  sgit init -q --bare "$remote"
  mkdir -p "$t/src/main/java/com/example/bench" "$t/src/test/java/com/example/bench"
  # An empty .mvn/: Maven looks for the project's .mvn/ from the POM's folder upwards, and would
  # find this checkout's (its jvm.config's C1-only JIT and serial GC): the sample runs as a user's
  # project does, with Maven's defaults.
  mkdir -p "$t/.mvn"
  write_pom() {
    cat > "$t/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>com.example.bench</groupId>
  <artifactId>prepare-sample</artifactId>
  <version>$1</version>
  <name>prepare-sample (release-process benchmark)</name>

  <scm>
    <connection>scm:git:file://$remote</connection>
    <developerConnection>scm:git:file://$remote</developerConnection>
    <tag>HEAD</tag>
  </scm>

  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>

  <dependencies>
    <dependency>
      <groupId>junit</groupId>
      <artifactId>junit</artifactId>
      <version>4.13.2</version>
      <scope>test</scope>
    </dependency>
  </dependencies>

  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
        <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
        <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
        <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.4</version></plugin>
        <plugin><artifactId>maven-release-plugin</artifactId><version>$MRP_VERSION</version></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
EOF
  }
  write_pom 1.0.0
  cat > "$t/src/main/java/com/example/bench/Greeter.java" <<'EOF'
package com.example.bench;

public final class Greeter {
    public String greet() {
        return "Hello, world!";
    }
}
EOF
  cat > "$t/src/test/java/com/example/bench/GreeterTest.java" <<'EOF'
package com.example.bench;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GreeterTest {
    @Test
    public void greets() {
        assertEquals("Hello, world!", new Greeter().greet());
    }
}
EOF
  changelog() {
    {
      printf '# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n'
      printf 'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\n'
      printf 'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n'
      printf '## [Unreleased]\n\n'
      [ "$1" = entries ] && printf '### Added\n\n- Greetings by name.\n\n'
      printf '## [1.0.0] - 2026-01-15\n\n### Added\n\n- Greetings to the world.\n'
    } > "$t/CHANGELOG.md"
  }
  changelog none
  printf 'target/\n' > "$t/.gitignore"
  (
    cd "$t"
    sgit init -q
    git config user.name "Bench Author"; git config user.email bench@example.invalid
    git config commit.gpgsign false; git config tag.gpgsign false
    git remote add origin "$remote"
    git add -A && git commit -qm "feat: greet the world"
    git tag -a v1.0.0 -m "release 1.0.0"
  )
  write_pom 1.0.1-SNAPSHOT
  (cd "$t" && git commit -qam "chore(release): start 1.0.1 development")
  cat > "$t/src/main/java/com/example/bench/Greeter.java" <<'EOF'
package com.example.bench;

public final class Greeter {
    public String greet() {
        return greet("world");
    }

    public String greet(String name) {
        return "Hello, " + name + "!";
    }
}
EOF
  changelog entries
  (cd "$t" && git commit -qam "feat: greet people by name")
}

# ---------------------------------------------------------------------------------------------
# The rows. set_cmd LABEL DIR: the command line, in the array cmd. The wrapper's Maven (3.9.x) of
# this project, MAVEN_OPTS empty, and no .mvn/ in the sample: what a user gets. Log lines carry
# a timestamp (simplelogger properties; neither tool passes them on to its nested build, whose
# lines the outer Maven re-logs) so that the phases can be read from each tool's log.
set_cmd() {
  local off=$2 mvn
  mvn=(env MAVEN_OPTS= "${BENCH_MVN:-$root/mvnw}" -B $off -f "$3/pom.xml"
       -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
  [ -n "${BENCH_M2_REPO:-}" ] && mvn+=(-Dmaven.repo.local="$M2_REPO")
  case "$1" in
    verify) cmd=("${mvn[@]}" clean verify) ;;
    # Our package's debug lines (only ours: not JGit's, not Maven's) mark the goal's first and
    # last moment of work and the child's end, for the phases below.
    ours) cmd=("${mvn[@]}" -Dorg.slf4j.simpleLogger.log.io.github.releaseprocess=debug
               "$PLUGIN:prepare" -DreleaseVersion="$RELEASE" -DdevelopmentVersion="$NEXT") ;;
    # The same with the other build; its -Dmaven.repo.local comes last, and the last one counts.
    old) cmd=("${mvn[@]}" -Dmaven.repo.local="$BENCH_OLD_M2_REPO"
              -Dorg.slf4j.simpleLogger.log.io.github.releaseprocess=debug "$PLUGIN:prepare"
              -DreleaseVersion="$RELEASE" -DdevelopmentVersion="$NEXT") ;;
    # -Darguments=-o: its nested build offline for sure, as ours is (it passes the session's
    # offline mode on).
    mrp) cmd=("${mvn[@]}" "org.apache.maven.plugins:maven-release-plugin:$MRP_VERSION:prepare"
              -DreleaseVersion="$RELEASE" -DdevelopmentVersion="$NEXT" -Dtag="$TAG"
              -DpushChanges=false -DpreparationGoals="clean verify" ${off:+-Darguments=$off}) ;;
  esac
}
name_of() {
  case "$1" in
    verify) echo "mvn clean verify (the test build alone)" ;;
    ours) echo "release-process:prepare" ;;
    old) echo "release-process:prepare, old build" ;;
    mrp) echo "maven-release-plugin $MRP_VERSION release:prepare" ;;
  esac
}

# run_once LABEL OFFLINE_FLAG TIMED: a fresh copy of the template in work/run-LABEL, the row run
# there (log in work/log-LABEL.txt); when TIMED, appends the nanoseconds to work/times-LABEL.txt
# and what the run left behind to work/after-LABEL.txt.
run_once() {
  local label=$1 dir=$work/run-$1 t0 t1 rc=0
  rm -rf "$dir"
  cp -a "$work/template" "$dir"
  set_cmd "$label" "$2" "$dir"
  t0=$(date +%s%N)
  (cd "$dir" && "${cmd[@]}") > "$work/log-$label.txt" 2>&1 < /dev/null || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    log "!! $label failed with status $rc (log: bench/work/prepare/log-$label.txt):"
    grep -E '\[ERROR\]' "$work/log-$label.txt" | head -n 15 >&2 || tail -n 15 "$work/log-$label.txt" >&2
    return "$rc"
  fi
  $3 || return 0
  echo "$((t1 - t0))" >> "$work/times-$label.txt"
  [ "$label" = verify ] && return 0
  # The phases of the run, read from the log's timestamps (seconds, one line per run):
  #   span     the test build: from the line that starts it to its last output line (ours:
  #            "Test build of X: mvn …" then "[test build] …"; release:prepare: "Executing goals
  #            'clean verify'…" then the nested output re-logged as "[INFO] [INFO] …")
  #   boot     first log line to the goal's "--- …:prepare" line (Maven reading the project)
  #   before   the goal's start to the test build (gates, versions, files)
  #   after    the test build's last line to the goal's end ("Released …" / "Release preparation
  #            complete."): commits, tag, next version
  #   logged   first to last log line; the wall time minus this is start-up and exit (JVM,
  #            Maven's launcher and container, before "Scanning for projects…")
  python3 - "$work/log-$label.txt" "$label" >> "$work/span-$label.txt" <<'EOF'
import re, sys
from datetime import datetime
first = last = mojo = start = end = done = None
# Ours only, from the debug lines of our own package (-Dorg.slf4j.simpleLogger.log.
# io.github.releaseprocess=debug; a build without them gives nan): the goal's first and last
# moment of work, the child's first line, and the child's end as our JVM sees it.
goal0 = child1 = exited = goal1 = None
ts = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) ")
ours = sys.argv[2] in ("ours", "old")
ansi = re.compile(r"\x1b\[[0-9;]*m")  # Maven 3.8 starts its first line with colour resets
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = ansi.sub("", line)
    m = ts.match(line)
    if not m:
        continue
    t = datetime.strptime(m.group(1), "%H:%M:%S.%f")
    rest = line[m.end():]
    first = first or t
    last = t
    # Maven 3.9 names the plugin by its prefix (release-process:…), 3.8 by its artifactId.
    if mojo is None and re.match(r"\[INFO\] --- [\w.-]*release[\w.-]*:[\w.-]+:prepare ", rest):
        mojo = t
    elif mojo is not None and start is None and ours and "[DEBUG] Goal prepare starts" in rest:
        goal0 = t
    elif mojo is not None and start is None and (
            "Test build of " in rest if ours else "Executing goals '" in rest):
        start = t
    elif start is not None and done is None and (
            "[test build] " in rest if ours
            else re.match(r"\[(INFO|WARNING|ERROR)\] \[(INFO|WARNING|ERROR)\]", rest)):
        end = t
        child1 = child1 or t
    elif end is not None and ours and exited is None and "[DEBUG] Test build of " in rest:
        exited = t
    elif end is not None and done is None and (
            "Released " in rest if ours else "Release preparation complete" in rest):
        done = t
    elif done is not None and ours and goal1 is None and "[DEBUG] Goal prepare ends" in rest:
        goal1 = t
def d(a, b):
    if a is None or b is None:
        return float("nan")
    x = (b - a).total_seconds()
    return x + 86400 if x < 0 else x
# span boot before after logged, then (ours, nan without the debug lines): (a) Maven loading
# the plugin and the Mojo, (b) our work before the test build, (c) the child's start to its
# first line, (d) our work after the child's end, (e) the child's end after its last line.
if None not in (first, mojo, start, end, done):
    print("%.3f %.3f %.3f %.3f %.3f %.3f %.3f %.3f %.3f %.3f" % (
        d(start, end), d(first, mojo), d(mojo, start), d(end, done), d(first, last),
        d(mojo, goal0), d(goal0, start), d(start, child1), d(exited, goal1), d(end, exited)))
EOF
  # What the run left: status, the tag (object type), the version at the tag and at HEAD, commits.
  {
    printf 'status:'
    s=$(git -C "$dir" status --porcelain)
    if [ -z "$s" ]; then printf ' clean'; else printf ' %s' "$(printf '%s\n' "$s" | paste -sd ' ')"; fi
    printf '\ntag: %s\n' "$(git -C "$dir" cat-file -t "refs/tags/$TAG" 2>/dev/null || echo MISSING)"
    ver() { sed -n '0,/<artifactId>prepare-sample</d; s:.*<version>\(.*\)</version>.*:\1:p' | head -n 1; }
    printf 'version at tag: %s\n' "$(git -C "$dir" show "$TAG:pom.xml" 2>/dev/null | ver)"
    printf 'version at HEAD: %s\n' "$(git -C "$dir" show HEAD:pom.xml | ver)"
    printf 'new commits: %s\n' "$(git -C "$dir" rev-list --count "$(git -C "$work/template" rev-parse HEAD)..HEAD")"
  } > "$work/after-$label.txt"
  cat "$work/after-$label.txt" >> "$work/after-all-$label.txt"
}

# ---------------------------------------------------------------------------------------------
if ! reason=$(ensure_plugin prepare); then
  log "$reason: nothing to compare"
  exit 1
fi
jar0=$(jar_sum)
log "== sample: bench/work/prepare/template (one module, one JUnit test, v1.0.0 + a feat: commit)"
make_template
rm -f "$work"/times-*.txt "$work"/span-*.txt "$work"/after-*.txt

if $floor; then
  # The plugin-loading floor: what Maven pays before a goal of ours does anything, against a goal
  # that loads no plugin (validate) and the peer's do-nothing goal.
  log "== floor: warm-up (online: resolves maven-release-plugin $MRP_VERSION)"
  mvn_args=(-B -q -f "$work/template/pom.xml")
  [ -n "${BENCH_M2_REPO:-}" ] && mvn_args+=(-Dmaven.repo.local="$M2_REPO")
  env MAVEN_OPTS= "$root/mvnw" "${mvn_args[@]}" "org.apache.maven.plugins:maven-release-plugin:$MRP_VERSION:help" \
    > "$work/log-floor-warmup.txt" 2>&1 || { log "!! release:help failed (log: $work/log-floor-warmup.txt)"; exit 1; }
  mavens=("$root/mvnw")
  if command -v mvn > /dev/null; then
    . "$here/lib/system-mvn.sh"
    ensure_system_mvn_deps "$M2_REPO" ${BENCH_M2_REPO:+-Dmaven.repo.local="$M2_REPO"}
    mavens+=("$(command -v mvn)")
  fi
  rows=("validate=$M2_REPO|validate"
        "help=$M2_REPO|$PLUGIN:help"
        "prepare, skipped=$M2_REPO|$PLUGIN:prepare -Drelease-process.skip"
        "release:help $MRP_VERSION=$M2_REPO|org.apache.maven.plugins:maven-release-plugin:$MRP_VERSION:help")
  for extra in "${floor_repos[@]}"; do
    rows+=("help [${extra%%=*}]=${extra#*=}|$PLUGIN:help"
           "prepare, skipped [${extra%%=*}]=${extra#*=}|$PLUGIN:prepare -Drelease-process.skip")
  done
  python3 - "$runs" "$work/template" "$(IFS=,; echo "${mavens[*]}")" "${rows[@]}" <<'EOF' | tee "$work/floor.txt"
import os, resource, statistics, subprocess, sys, time
runs, sample, mavens = int(sys.argv[1]), sys.argv[2], sys.argv[3].split(",")
rows = [(a.split("=", 1)[0],) + tuple(a.split("=", 1)[1].split("|")) for a in sys.argv[4:]]
env = dict(os.environ, MAVEN_OPTS="")
wall, cpu = {}, {}
load0 = open("/proc/loadavg").read().split()[:3]
for r in range(runs):
    for m in mavens:
        k = r % len(rows)   # rotate the order from round to round
        for label, repo, goal in rows[k:] + rows[:k]:
            args = [m, "-B", "-q", "-o", "-Dmaven.repo.local=" + repo] + goal.split()
            u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.run(args, env=env, cwd=sample, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
            t1 = time.perf_counter()
            u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            if p.returncode != 0:
                sys.stderr.write(p.stdout.decode(errors="replace")[-3000:])
                sys.exit("!! %s failed: %s" % (label, " ".join(args)))
            wall.setdefault((m, label), []).append(t1 - t0)
            cpu.setdefault((m, label), []).append(
                u1.ru_utime + u1.ru_stime - u0.ru_utime - u0.ru_stime)
load1 = open("/proc/loadavg").read().split()[:3]
print("plugin-loading floor: %d alternating rounds; load %s -> %s; %d cores" % (
    runs, " ".join(load0), " ".join(load1), os.cpu_count()))
print()
print("| Maven | row | wall s, median (min) | over validate | CPU s, median (min) | over validate |")
print("|---|---|---|---|---|---|")
for m in mavens:
    name = "wrapper" if m.endswith("mvnw") else m
    w0 = statistics.median(wall[(m, "validate")])
    c0 = statistics.median(cpu[(m, "validate")])
    for label, _, _ in rows:
        w, c = wall[(m, label)], cpu[(m, label)]
        print("| %s | %s | %.2f (%.2f) | %+.2f | %.2f (%.2f) | %+.2f |" % (
            name, label, statistics.median(w), min(w), statistics.median(w) - w0,
            statistics.median(c), min(c), statistics.median(c) - c0))
EOF
  exit "${PIPESTATUS[0]}"
fi

labels=(verify ours mrp)
[ -n "${BENCH_OLD_M2_REPO:-}" ] && labels+=(old)
log "== warm-up (online, resolves maven-release-plugin $MRP_VERSION and the sample's plugins): ${labels[*]}"
for l in "${labels[@]}"; do run_once "$l" "" false; done
load0=$(cut -d' ' -f1-3 /proc/loadavg)
uptime0=$(uptime)
for r in $(seq 1 "$runs"); do
  # Rotate the order so that no row always runs first (or right after the same other row).
  order=()
  for i in "${!labels[@]}"; do order+=("${labels[$(( (i + r - 1) % ${#labels[@]} ))]}"); done
  log "== round $r/$runs: ${order[*]}"
  for l in "${order[@]}"; do run_once "$l" -o true; done
done
uptime1=$(uptime)
# The Maven that ran the rows (BENCH_MVN or the wrapper's).
maven_version=$(MAVEN_OPTS= "${BENCH_MVN:-$root/mvnw}" -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' \
  | sed -n 's/^Apache Maven \([^ ]*\).*/\1/p' | head -n 1)

# ---------------------------------------------------------------------------------------------
for l in "${labels[@]}"; do
  spans=""
  [ -f "$work/span-$l.txt" ] && spans=$(paste -sd ';' "$work/span-$l.txt")
  printf '%s\t%s\t%s\t%s\n' "$l" "$(name_of "$l")" "$(tr '\n' ' ' < "$work/times-$l.txt")" "$spans"
done > "$work/summary.tsv"
ok=0
{
  python3 - "$runs" "$work/summary.tsv" <<'EOF'
import statistics, sys
runs = int(sys.argv[1])
rows, names = {}, {}
for line in open(sys.argv[2], encoding="utf-8").read().strip("\n").splitlines():
    label, name, nums, spans = (line.split("\t") + [""])[:4]
    secs = [int(x) / 1e9 for x in nums.split()]
    phases = [[float(x) for x in s.split()] for s in spans.split(";") if s.strip()]
    rows[label] = (secs, phases)
    names[label] = name
med = {k: statistics.median(v[0]) for k, v in rows.items()}
lo = {k: min(v[0]) for k, v in rows.items()}
print("prepare benchmark: one-module jar, one JUnit test, release 1.1.0; %d timed rounds (whole process)" % runs)
print()
print("| %-44s | %8s | %7s | %17s |" % ("row", "median s", "min s", "/ release:prepare"))
print("|%s|%s|%s|%s|" % ("-" * 46, "-" * 10, "-" * 9, "-" * 19))
labels = [k for k in ("verify", "ours", "old", "mrp") if k in rows]
for k in labels:
    print("| %-44s | %8.2f | %7.2f | %17.2f |" % (names[k], med[k], lo[k], med[k] / med["mrp"]))
print()
print("ours / release:prepare: %.2f (medians), %.2f (mins); target <= 1.0"
      % (med["ours"] / med["mrp"], lo["ours"] / lo["mrp"]))
if "old" in rows:
    print("old build / release:prepare: %.2f (medians), %.2f (mins)"
          % (med["old"] / med["mrp"], lo["old"] / lo["mrp"]))
print()
print("time outside the test build (target <= 1 s for ours), median (min) seconds:")
print("| %-23s | %13s | %13s | %13s | %13s | %13s | %13s | %13s | %13s |" % (
    "tool", "- verify row", "wall - span", "test build", "start-up+exit", "Maven boot",
    "goal, before", "goal, after", "goal, outside"))
print("|%s|%s|%s|%s|%s|%s|%s|%s|%s|" % ("-" * 25, *(["-" * 15] * 8)))
for k, short in (("ours", "release-process:prepare"), ("old", "  the old build"),
                 ("mrp", "release:prepare")):
    if k not in rows:
        continue
    secs, phases = rows[k]
    cells = ["%6.2f (%.2f)" % (med[k] - med["verify"], lo[k] - lo["verify"])]
    if len(phases) == len(secs):
        cols = list(zip(*phases))   # span, boot, before, after, logged
        outside = [s - p[0] for s, p in zip(secs, phases)]
        jvm = [s - p[4] for s, p in zip(secs, phases)]
        goal = [p[2] + p[3] for p in phases]
        for v in (outside, cols[0], jvm, cols[1], cols[2], cols[3], goal):
            cells.append("%6.2f (%.2f)" % (statistics.median(v), min(v)))
    else:
        cells += ["n/a"] * 7
    print("| %-23s | %s |" % (short, " | ".join("%13s" % c for c in cells)))
if any(len(rows[k][1]) != len(rows[k][0]) for k in ("ours", "old", "mrp") if k in rows):
    print("(n/a: the phases were not found in every log: see bench/work/prepare/log-*.txt)")
print()
print("ours, the goal's time split by our debug lines, median (min) seconds (n/a: a build")
print("without them): (a) Maven loading the plugin and the Mojo (\"--- ...:prepare\" to the goal's")
print("first line of work), (b) our work before the test build, (c) the child's start until its")
print("first line, (d) our work after the child's end, (e) the child's end after its last line;")
print("the target is (b) + (d) <= 0.3 s")
print("| %-23s | %13s | %13s | %13s | %13s | %13s | %13s |" % (
    "build", "(a) loading", "(b) before", "(c) child start", "(d) after", "(e) child exit",
    "(b) + (d)"))
print("|%s|%s|%s|%s|%s|%s|%s|" % ("-" * 25, *(["-" * 15] * 6)))
for k, short in (("ours", "release-process:prepare"), ("old", "  the old build")):
    if k not in rows:
        continue
    phases = [p for p in rows[k][1] if len(p) >= 10]
    cells = []
    for v in ([p[5] for p in phases], [p[6] for p in phases], [p[7] for p in phases],
              [p[8] for p in phases], [p[9] for p in phases],
              [p[6] + p[8] for p in phases]):
        v = [x for x in v if x == x]   # nan: not in this build's log
        cells.append("%6.2f (%.2f)" % (statistics.median(v), min(v)) if v else "n/a")
    print("| %-23s | %s |" % (short, " | ".join("%13s" % c for c in cells)))
EOF
  echo
  echo "left behind (last round; git status --porcelain, the tag, the versions):"
  for l in "${labels[@]}"; do
    [ "$l" = verify ] && continue
    printf '  %s:\n' "$(name_of "$l")"
    sed 's/^/    /' "$work/after-$l.txt"
    # Every round must have left the same.
    if [ "$(sort -u "$work/after-all-$l.txt" | wc -l)" -ne "$(sort -u "$work/after-$l.txt" | wc -l)" ]; then
      echo "    (NOT the same in every round: see bench/work/prepare/after-all-$l.txt)"
    fi
  done
  printf 'machine: %s cores; at start:%s; at end:%s; %s; %s; Maven %s\n' "$(nproc)" \
    "${uptime0#*load average}" "${uptime1#*load average}" "$(java -version 2>&1 | head -n 1)" \
    "$(git --version)" "$maven_version"
  awk -v l="${load0%% *}" -v c="$(nproc)" 'BEGIN { if (l + 0 > c + 0)
    print "WARNING: the load average was above the core count: timings are noisy, trust the mins" }'
  # The local repository is shared: another checkout may install its own jar during the rounds.
  [ "$(jar_sum)" = "$jar0" ] || echo "WARNING: the plugin jar in the local repository changed" \
    "during the run (another checkout installed its own): the ours row may mix two builds"
} | tee "$work/results.txt"

# Exit status 1 when a tool did not tag, or ours left something in the tree.
grep -q '^tag: tag$' "$work/after-ours.txt" && grep -q '^tag: tag$' "$work/after-mrp.txt" \
  && grep -q '^status: clean$' "$work/after-ours.txt" || ok=1
exit "$ok"
