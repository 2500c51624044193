#!/usr/bin/env bash
# `prepare` on a generated reactor of N modules (default 1000), the test build reduced to
# `validate` and no changelog: the journal's saves and flushes when a release rewrites every POM
# (issue 14). For each LABEL=LOCAL_REPO (a local repository holding a build of the plugin,
# 0.1.1-SNAPSHOT), one run in a fresh copy of the reactor under `strace -f`: the number of fsync
# and rename calls of the whole process tree, and its CPU and wall time (/usr/bin/time; strace
# slows every row alike).
#
#   bench/prepare-reactor.sh [--modules N] LABEL=LOCAL_REPO...
#
# Needs strace and /usr/bin/time. Writes only under bench/work/prepare-reactor/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/prepare-reactor
n=1000
[ "${1:-}" = --modules ] && { n=$2; shift 2; }
[ $# -ge 1 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
P=io.github.releaseprocess:release-process-maven-plugin:0.1.1-SNAPSHOT
t=$work/template
rm -rf "$work"; mkdir -p "$t/.mvn"  # an empty .mvn/: Maven's defaults, not this checkout's jvm.config
{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
  printf '  <modelVersion>4.0.0</modelVersion>\n  <groupId>bench.reactor</groupId>\n'
  printf '  <artifactId>root</artifactId>\n  <version>1.0.0-SNAPSHOT</version>\n  <packaging>pom</packaging>\n  <modules>\n'
  for i in $(seq -f '%04g' 1 "$n"); do printf '    <module>m%s</module>\n' "$i"; done
  printf '  </modules>\n  <build><pluginManagement><plugins><plugin>\n'
  printf '    <groupId>io.github.releaseprocess</groupId><artifactId>release-process-maven-plugin</artifactId>\n'
  printf '    <version>0.1.1-SNAPSHOT</version><configuration><gates><tests>validate</tests>\n'
  printf '    <changelogHasEntries>false</changelogHasEntries></gates></configuration>\n'
  printf '  </plugin></plugins></pluginManagement></build>\n</project>\n'
} > "$t/pom.xml"
for i in $(seq -f '%04g' 1 "$n"); do
  mkdir -p "$t/m$i"
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>bench.reactor</groupId>\n    <artifactId>root</artifactId>\n    <version>1.0.0-SNAPSHOT</version>\n  </parent>\n  <artifactId>m%s</artifactId>\n</project>\n' "$i" > "$t/m$i/pom.xml"
done
(
  cd "$t"
  git init -q -b main
  git config user.name "Bench Author"; git config user.email bench@example.invalid
  git config commit.gpgsign false; git config tag.gpgsign false
  git add -A && git commit -qm "feat: a reactor of $n modules"
)
echo "| build | fsync | rename | CPU s (user + sys) | wall s |"
echo "|---|---|---|---|---|"
for arg in "$@"; do
  label=${arg%%=*} repo=${arg#*=}
  rm -rf "$work/run"; cp -a "$t" "$work/run"
  (cd "$work/run" && env MAVEN_OPTS= /usr/bin/time -f "%U %S %e" -o "$work/time.txt" \
    strace -f --seccomp-bpf -e trace=fsync,rename -o "$work/strace-$label.txt" \
    "${BENCH_MVN:-$root/mvnw}" -B -o -q -Dmaven.repo.local="$repo" "$P:prepare" \
    -DreleaseVersion=1.0.0 -DdevelopmentVersion=1.0.1-SNAPSHOT > "$work/log-$label.txt" 2>&1) \
    || { echo "prepare-reactor.sh: $label failed, see ${work#"$root"/}/log-$label.txt" >&2; exit 1; }
  awk -v l="$label" -v f="$(grep -c 'fsync(' "$work/strace-$label.txt")" \
      -v r="$(grep -c 'rename(' "$work/strace-$label.txt")" \
      '{ printf "| %s | %s | %s | %.2f | %.2f |\n", l, f, r, $1 + $2, $3 }' "$work/time.txt"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
