#!/usr/bin/env bash
# next-version on a monorepo: a generated Maven reactor of 200 components with N commits since
# their last releases (issue 11).
#
#   bench/monorepo.sh [N] [--small M] [--runs R] [--rebuild]
#
# N (default 50000) and M (default 10000) are the two history lengths; R (default 3) timed runs of
# each row. Prints the table; the last one is kept in bench/work/monorepo/results.txt.
# Rows:
#   git log (floor)      git log --name-only --format=%H c000-v1.0.0..HEAD (the oldest release)
#   in-process analysis  bench/MonorepoBench.java: the component walk, diffs and decisions, with
#                        the reactor load (POMs read, graph built) timed apart; interleaved with
#                        git log, one JVM per round; then one run under -Xmx32m at each size
#                        (memory: it must complete), with the largest live heap after a GC
#   mvn validate         Maven start-up and its own load of the 201-project reactor
#   next-version         the whole process: mvn ... next-version -Drelease-process.outputFile=…
# Needs git, python3, Java 17, /usr/bin/time for the peak RSS (optional).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/monorepo
PLUGIN_GA=io.github.releaseprocess:release-process-maven-plugin
PLUGIN_VERSION=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=$M2_REPO/io/github/releaseprocess/release-process-maven-plugin/$PLUGIN_VERSION/release-process-maven-plugin-$PLUGIN_VERSION.jar

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
n=50000
small=10000
runs=3
rebuild=false
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    -h|--help) usage ;;
    [0-9]*) n=$1; shift ;;
    *) echo "monorepo.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
log() { printf '%s\n' "$*" >&2; }
have_time=false
[ -x /usr/bin/time ] && have_time=true
mkdir -p "$work"

# shellcheck source=lib/plugin.sh
. "$here/lib/plugin.sh"
plugin_status=$(ensure_plugin next-version) || true

CP_FILE=$work/classpath.txt
if [ ! -f "$CP_FILE" ] || [ "$root/pom.xml" -nt "$CP_FILE" ]; then
  repo_opt=()
  [ -n "${BENCH_M2_REPO:-}" ] && repo_opt=(-Dmaven.repo.local="$M2_REPO")
  (cd "$root" && ./mvnw -B -q -ntp -o "${repo_opt[@]}" dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE") >/dev/null
fi
[ -d "$root/target/classes/io" ] || (cd "$root" && ./mvnw -B -q -ntp -o compile) >/dev/null
CP="$root/target/classes:$(cat "$CP_FILE")"

# generate N: bench/work/monorepo/mN, cached per size and generator version; repacked as
# `git gc` would leave it (fast-import's own pack has long delta chains that git never keeps).
generate() {
  local dir=$work/m$1 stamp
  stamp="$1 $(cksum < "$here/gen_monorepo.py")"
  if [ -f "$dir.stamp" ] && [ "$(cat "$dir.stamp")" = "$stamp" ]; then
    log "== repository: bench/work/monorepo/m$1 (cached)"
    return
  fi
  rm -rf "$dir" "$dir.stamp"
  log "== generating bench/work/monorepo/m$1"
  git init -q -b main "$dir"
  git -C "$dir" config gc.auto 0
  python3 "$here/gen_monorepo.py" "$1" --plugin-version "$PLUGIN_VERSION" \
    | git -C "$dir" fast-import --quiet
  git -C "$dir" branch -q -D topic
  git -C "$dir" checkout -q main
  git -C "$dir" repack -adfq
  echo "$stamp" > "$dir.stamp"
}

# timed LABEL DIR CMD...: R runs; appends "seconds peakRssKB" lines to work/times-LABEL.txt.
timed() {
  local label=$1 dir=$2; shift 2
  rm -f "$work/times-$label.txt"
  for _ in $(seq 0 "$runs"); do   # run 0 warms the caches and is dropped
    local t0 t1 rss=0
    t0=$(date +%s%N)
    if $have_time; then
      (cd "$dir" && /usr/bin/time -f '%M' -o "$work/rss.txt" "$@") > "$work/out-$label.txt" 2>&1
      rss=$(tail -n 1 "$work/rss.txt")
    else
      (cd "$dir" && "$@") > "$work/out-$label.txt" 2>&1
    fi
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $rss" >> "$work/times-$label.txt"
  done
  sed -i 1d "$work/times-$label.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for size in "$small" "$n"; do
  generate "$size"
done

{
  echo "monorepo bench: 200 components, $small and $n commits since their releases, $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
  for size in "$small" "$n"; do
    dir=$work/m$size
    # Interleaved, so that the noise of a shared machine falls on both alike: per round one
    # git log and one JVM that analyses twice (the first warms the JIT up and is dropped).
    rm -f "$work/gitlog-$size.txt" "$work/inproc-$size.txt"
    (cd "$dir" && git log --name-only --format=%H c000-v1.0.0..HEAD > /dev/null)  # warm the cache
    for _ in $(seq 1 "$runs"); do
      t0=$(date +%s%N)
      (cd "$dir" && git log --name-only --format=%H c000-v1.0.0..HEAD > /dev/null)
      t1=$(date +%s%N)
      echo $(( (t1 - t0) / 1000000 )) >> "$work/gitlog-$size.txt"
      java -Xmx256m -XX:+UseSerialGC -cp "$CP" "$here/MonorepoBench.java" "$dir" 2 2>/dev/null \
        | grep analysisMs >> "$work/inproc-$size.txt"
    done
    gitlog=$(median < "$work/gitlog-$size.txt")
    analysis=$(sed 's/.* analysisMs=\([0-9]*\).*/\1/' "$work/inproc-$size.txt" | median)
    reactor=$(sed 's/.* reactorMs=\([0-9]*\).*/\1/' "$work/inproc-$size.txt" | median)
    diff=$(sed 's/^diffMs=\([0-9]*\).*/\1/' "$work/inproc-$size.txt" | median)
    released=$(sed 's/.* released=\([0-9]*\).*/\1/' "$work/inproc-$size.txt" | head -1)
    # Memory: one analysis in a small heap; it must complete at both sizes.
    mem=$(java -Xmx32m -XX:+UseSerialGC -cp "$CP" "$here/MonorepoBench.java" "$dir" 1 2>/dev/null \
      | grep analysisMs | sed 's/.* peakLiveHeapMB=\([0-9.]*\).*/\1 MB/') || true
    printf '%6d commits: git log %6d ms | analysis %6d ms (%.2f x git log; trees %d ms) | reactor load %d ms | %s of 200 released | -Xmx32m: %s\n' \
      "$size" "$gitlog" "$analysis" "$(echo "$analysis / $gitlog" | bc -l)" "$diff" "$reactor" \
      "$released" "${mem:-FAILED}"
  done
  if [ -z "$plugin_status" ]; then
    dir=$work/m$n
    timed validate "$dir" "$root/mvnw" -B -q -o -f pom.xml -Dmaven.repo.local="$M2_REPO" validate
    timed nextversion "$dir" "$root/mvnw" -B -q -o -f pom.xml -Dmaven.repo.local="$M2_REPO" \
      "$PLUGIN_GA:$PLUGIN_VERSION:next-version" -Drelease-process.outputFile="$work/next-version.json"
    v=$(cut -d' ' -f1 "$work/times-validate.txt" | median)
    nv=$(cut -d' ' -f1 "$work/times-nextversion.txt" | median)
    vr=$(cut -d' ' -f2 "$work/times-validate.txt" | sort -n | tail -1)
    nvr=$(cut -d' ' -f2 "$work/times-nextversion.txt" | sort -n | tail -1)
    printf '%6d commits, whole process: mvn validate %d ms (RSS %s KB) | next-version %d ms (RSS %s KB); next-version - validate = %d ms\n' \
      "$n" "$v" "$vr" "$nv" "$nvr" "$((nv - v))"
  else
    echo "whole process rows skipped: $plugin_status"
  fi
} | tee "$work/results.txt"
