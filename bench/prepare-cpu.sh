#!/usr/bin/env bash
# CPU time of `prepare` with two (or more) builds of the plugin, side by side (issue 14).
#
#   bench/prepare-cpu.sh [--runs R] [--profile N] REPO...
#
# Each REPO is a local Maven repository holding a build of the plugin (0.1.1-SNAPSHOT): make one
# per build with `cp -al` of BENCH_M2_REPO, then copy that build's jar and POM over the plugin's
# folder (copies, not links). Every round runs, in alternating order, from each REPO one whole
# `prepare` on bench/prepare.sh's sample with the test build reduced to `mvn validate` (so the
# goal's own work is most of what differs), and records the process tree's CPU time
# (user + sys, /usr/bin/time) and wall time; then `mvn validate` alone, the floor paid twice (the
# outer Maven and the test build). CPU time is much less sensitive to the load of a shared
# machine than wall time. --profile N: also N JFR recordings (settings=profile, attached with
# jcmd to the outer Maven only) with the first REPO, summarised by where the goal's main thread
# was sampled (bench/prepare_profile.py), outside the test build.
#
# Needs: bench/work/prepare/template (run bench/prepare.sh once), /usr/bin/time, jcmd and jfr for
# --profile. Writes only under bench/work/prepare-cpu/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/prepare-cpu
runs=5 profile=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 1 ] || { echo "prepare-cpu.sh: name at least one local repository" >&2; exit 2; }
[ -d "$here/work/prepare/template/.git" ] || { echo "prepare-cpu.sh: run bench/prepare.sh once first (it makes the sample)" >&2; exit 2; }
mvn=${BENCH_MVN:-$root/mvnw}
P=io.github.releaseprocess:release-process-maven-plugin:0.1.1-SNAPSHOT  # release-process:version
mkdir -p "$work"
# The sample, its test build reduced to `validate`, committed (the tree must be clean).
t=$work/template
rm -rf "$t"; cp -a "$here/work/prepare/template" "$t"
python3 - "$t/pom.xml" "$P" <<'PY'
import sys
p, ga = sys.argv[1], sys.argv[2].split(":")
s = open(p).read()
plugin = ("<plugin><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>"
          "<configuration><gates><tests>validate</tests></gates></configuration></plugin>\n" % tuple(ga))
s = s.replace("      </plugins>\n    </pluginManagement>", "        " + plugin + "      </plugins>\n    </pluginManagement>", 1)
open(p, "w").write(s)
PY
git -C "$t" -c user.name="Bench Author" -c user.email=bench@example.invalid commit -qam "build: test build validate only"

run() {  # run REPO ARGS...: one run in a fresh copy; prints "cpu wall"
  local repo=$1; shift
  rm -rf "$work/run"; cp -a "$t" "$work/run"
  (cd "$work/run" && env MAVEN_OPTS="${JFR_OPTS:-}" /usr/bin/time -f "%U %S %e" -o "$work/time.txt" \
    "$mvn" -B -o -q -Dmaven.repo.local="$repo" "$@" > "$work/log.txt" 2>&1) \
    || { echo "prepare-cpu.sh: failed, see ${work#"$root"/}/log.txt" >&2; tail -n 20 "$work/log.txt" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1 + $2, $3 }' "$work/time.txt"
}
goal=("$P:prepare" -DreleaseVersion=1.1.0 -DdevelopmentVersion=1.1.1-SNAPSHOT)
: > "$work/results.txt"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$runs"); do
  repos=("$@"); [ $((r % 2)) -eq 0 ] && mapfile -t repos < <(printf '%s\n' "$@" | tac)
  for repo in "${repos[@]}"; do echo "$repo $(run "$repo" "${goal[@]}")" >> "$work/results.txt"; done
  echo "validate $(run "$1" validate)" >> "$work/results.txt"
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$work/results.txt" <<'PY'
import collections, statistics, sys
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    name, cpu, wall = line.split()
    rows.setdefault(name, []).append((float(cpu), float(wall)))
print("| run | n | CPU s median (min) | wall s median (min) |")
print("|---|---|---|---|")
for name, v in rows.items():
    cpu = [c for c, _ in v]; wall = [w for _, w in v]
    print("| %s | %d | %.2f (%.2f) | %.2f (%.2f) |" % (
        "mvn validate alone" if name == "validate" else "prepare from " + name, len(v),
        statistics.median(cpu), min(cpu), statistics.median(wall), min(wall)))
PY
echo "load average at start: $load0; at end: $load1; $(nproc) cores"

if [ "$profile" -gt 0 ]; then
  rm -f "$work"/rec-*.jfr
  for i in $(seq 1 "$profile"); do
    rm -rf "$work/run"; cp -a "$t" "$work/run"
    (cd "$work/run" && exec env MAVEN_OPTS=-XX:FlightRecorderOptions=stackdepth=512 "$mvn" -B -o \
      -Dmaven.repo.local="$1" "${goal[@]}" > "$work/log.txt" 2>&1) &
    pid=$!
    # Attach once the launch scripts have exec'd into the outer JVM (jcmd's signal would end a
    # shell), before the goal starts; the test build is another process and stays unrecorded.
    for _ in $(seq 1 400); do
      [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && break
      sleep 0.02
    done
    for _ in $(seq 1 20); do
      jcmd "$pid" JFR.start settings=profile dumponexit=true filename="$work/rec-$i.jfr" 2>/dev/null \
        | grep -q "Started recording" && break
      sleep 0.1
    done
    wait "$pid"
  done
  python3 "$here/prepare_profile.py" "$work"/rec-*.jfr
fi
