#!/usr/bin/env bash
# Writes the list of classes that `prepare` preloads on a second thread (issue 14):
# src/main/resources/io/github/releaseprocess/maven/prepare.classes.
#
#   bench/preload-classes.sh REPO
#
# Runs one `prepare` of bench/prepare-cpu.sh's sample (test build `validate`) from the local
# repository REPO with -Xlog:class+load, and keeps, in the order the goal loaded them, the classes
# that the goal's main work loaded from the plugin's jar or from the JDK's modules (not those of
# the class-data-sharing archive, which cost little): from the goal's first line of work to the
# test build's start, and from the test build's end to the goal's end (our package's debug lines
# mark both). Hidden classes (lambdas) cannot be preloaded and are left out. Run it again when the
# goal's code or a dependency changes much; a class the list names and the jar no longer has is
# skipped at run time, and PrepareClassesTest names it. Only the goal's own thread counts (the
# log's thread ids), not the thread that preloads the list written before.
#
# Needs: bench/work/prepare-cpu/template (run bench/prepare-cpu.sh once). Writes under
# bench/work/preload/ and the resource above.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/preload
[ $# -eq 1 ] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
repo=$1
[ -d "$here/work/prepare-cpu/template/.git" ] \
  || { echo "preload-classes.sh: run bench/prepare-cpu.sh once first (it makes the sample)" >&2; exit 2; }
P=io.github.releaseprocess:release-process-maven-plugin:0.1.1-SNAPSHOT  # release-process:version
rm -rf "$work"; mkdir -p "$work"
cp -a "$here/work/prepare-cpu/template" "$work/run"
# A local repository like REPO whose plugin jar has no list: the goal's own thread must load
# every class itself, in its own order (hard links, but the plugin's folder copied).
plugin=io/github/releaseprocess/release-process-maven-plugin/${P##*:}
cp -al "$repo" "$work/m2"
rm -rf "${work:?}/m2/$plugin"; cp -a "$repo/$plugin" "$work/m2/$plugin"
python3 - "$work/m2/$plugin/release-process-maven-plugin-${P##*:}.jar" <<'EOF'
import os, sys, zipfile
jar = sys.argv[1]
with zipfile.ZipFile(jar) as src, zipfile.ZipFile(jar + ".new", "w") as dst:
    for item in src.infolist():
        if not item.filename.endswith("/prepare.classes"):
            dst.writestr(item, src.read(item.filename))
os.replace(jar + ".new", jar)
EOF
repo=$work/m2
# The class log of every JVM (%p: the outer Maven's and the test build's apart).
(cd "$work/run" && env MAVEN_OPTS="-Xlog:class+load=info:file=$work/classes-%p.txt:time,tid" \
  "${BENCH_MVN:-$root/mvnw}" -B -o -Dmaven.repo.local="$repo" \
  -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
  -Dorg.slf4j.simpleLogger.log.io.github.releaseprocess=debug \
  "$P:prepare" -DreleaseVersion=1.1.0 -DdevelopmentVersion=1.1.1-SNAPSHOT) > "$work/log.txt" 2>&1 \
  || { echo "preload-classes.sh: prepare failed, see $work/log.txt" >&2; exit 1; }
python3 - "$work" "$root/src/main/resources/io/github/releaseprocess/maven/prepare.classes" <<'EOF'
import glob, re, sys
work, out = sys.argv[1], sys.argv[2]
marks = {}
for line in open(work + "/log.txt", encoding="utf-8", errors="replace"):
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    m = re.match(r"(\d\d:\d\d:\d\d\.\d{3}) (.*)", line)
    if not m:
        continue
    t, rest = m.groups()
    for key, text in (("start", "[DEBUG] Goal prepare starts"), ("build", "[INFO] Test build of "),
                      ("built", "[DEBUG] Test build of "), ("end", "[DEBUG] Goal prepare ends")):
        if text in rest and key not in marks:
            marks[key] = t
            break
assert len(marks) == 4, "the goal's debug lines are missing: %s" % marks
# The outer Maven's log is the one that loaded the plugin's classes before the test build.
logs = [f for f in glob.glob(work + "/classes-*.txt")
        if "io.github.releaseprocess.maven.PrepareMojo " in open(f).read()]
assert len(logs) == 1, logs
# Only the goal's own thread (the one that loaded the Mojo), not the preloading thread.
main = re.search(r"\]\[(\d+)\] io\.github\.releaseprocess\.maven\.PrepareMojo ",
                 open(logs[0]).read()).group(1)
names, seen = [], set()
for line in open(logs[0]):
    m = re.match(r"\[\d{4}-\d\d-\d\dT(\d\d:\d\d:\d\d\.\d{3})[^]]*\]\[(\d+)\] (\S+) source: (.*)",
                 line)
    if not m or m.group(2) != main:
        continue
    t, _, name, source = m.groups()
    inside = marks["start"] <= t < marks["build"] or marks["built"] <= t <= marks["end"]
    if not inside or "/" in name or "$$Lambda" in name:
        continue
    if not (source.startswith("jrt:/") or "release-process-maven-plugin" in source):
        continue
    if name not in seen:
        seen.add(name)
        names.append(name)
with open(out, "w") as f:
    f.write("# Classes prepare loads for its own work, in that order: bench/preload-classes.sh\n")
    f.write("# wrote this list, which core/ClassPreload loads on a second thread (issue 14).\n")
    f.write("\n".join(names) + "\n")
print("%d classes -> %s" % (len(names), out))
EOF
