#!/usr/bin/env bash
# Times `next-version` against the floor (git log) and other tools on a synthetic history.
#
#   bench/next-version.sh [N] [--runs R] [--rebuild] [--no-crb]   side by side, N commits (100000)
#   bench/next-version.sh --million                               1,000,000 commits, -Xmx128m
#   bench/next-version.sh --million-full             the same on ~6 git objects per commit (see below)
#
# Whole-process wall time of each tool, R timed runs each (default 5) after one warm-up run,
# interleaved so that machine noise hits every tool alike. Prints median, min, peak RSS, and the
# ratios to git-cliff and to git log; then the next version each tool computed (they must agree,
# else the exit status is 1) and the plugin's in-process analysis time from its DEBUG log.
#
# Needs: bash, git, python3, java 17, npm (once, to install git-cliff and
# conventional-recommended-bump into bench/work/next-version/node_modules). Everything it makes is
# under bench/work/next-version/ (git-ignored): the repositories (cached per N), node_modules, logs,
# results-N.txt.
# Environment: BENCH_M2_REPO (local repository, default ~/.m2/repository), BENCH_TUNED=0 to drop
# the row with C1/SerialGC JVM flags, BENCH_SYSTEM_MVN=0 to drop the rows with the system `mvn`
# (on by default when `mvn` is on the PATH: the Maven a user already has, 3.8.x here),
# BENCH_M2_BEFORE=DIR a second local repository holding an earlier build of the plugin (same
# version): adds its rows with both Mavens to every round, for a before/after side by side.
# CPU time (user + sys of the whole process, from /usr/bin/time) is printed beside the wall time:
# when other work shares the cores it moves far less than the wall time.
# --million uses the lean history shape (~1 git object per commit, make-history.sh --lean): JGit
# reads a pack's whole .idx into the heap, and the normal shape's 6,000,000 objects make a 168 MB
# .idx that no -Xmx128m run can open. --million-full shows that floor.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/next-version   # this script's own: bench/work/ is shared with the other benchmarks
mkdir -p "$work"

GIT_CLIFF_VERSION=2.14.2
CRB_VERSION=11.2.0
CRB_PRESET_VERSION=9.3.1
PLUGIN_GA=io.github.releaseprocess:release-process-maven-plugin
PLUGIN_VERSION=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
PLUGIN=$PLUGIN_GA:$PLUGIN_VERSION
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=$M2_REPO/io/github/releaseprocess/release-process-maven-plugin/$PLUGIN_VERSION/release-process-maven-plugin-$PLUGIN_VERSION.jar
EXPECTED=2.0.0   # what gen_history.py builds for N >= 2

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

n=100000
runs=5
million=false
shape=full
rebuild=false
with_crb=true
while [ $# -gt 0 ]; do
  case "$1" in
    --million) million=true; n=1000000; shape=lean; shift ;;
    --million-full) million=true; n=1000000; shape=full; shift ;;
    --runs) runs=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --no-crb) with_crb=false; shift ;;
    -h|--help) usage ;;
    [0-9]*) n=$1; shift ;;
    *) echo "next-version.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
case "$n$runs" in *[!0-9]*) echo "next-version.sh: N and R must be integers" >&2; exit 2 ;; esac
[ "$n" -ge 2 ] || { echo "next-version.sh: N must be >= 2" >&2; exit 2; }
[ "$runs" -ge 1 ] || { echo "next-version.sh: R must be >= 1" >&2; exit 2; }

have_time=false
[ -x /usr/bin/time ] && have_time=true
log() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------
# The plugin: built and installed when missing or stale (lib/plugin.sh). ours_status is empty
# when it is usable, else the reason why its rows are skipped.
# shellcheck source=lib/plugin.sh
. "$here/lib/plugin.sh"

# ---------------------------------------------------------------------------------------------
# The other tools, from npm, into bench/work/next-version/node_modules (a prefix of its own: an
# `npm install` prunes what its package.json does not list, e.g. another script's --no-save tools).
cliff=$work/node_modules/.bin/git-cliff
crb=$work/node_modules/.bin/conventional-recommended-bump
install_npm_tools() {
  local want=("git-cliff@$GIT_CLIFF_VERSION")
  $with_crb && want+=("conventional-recommended-bump@$CRB_VERSION"
                      "conventional-changelog-conventionalcommits@$CRB_PRESET_VERSION")
  if [ -x "$cliff" ] && { ! $with_crb || [ -x "$crb" ]; } \
     && "$cliff" --version 2>/dev/null | grep -q "$GIT_CLIFF_VERSION"; then
    return
  fi
  log "== npm install --prefix bench/work/next-version ${want[*]}"
  [ -f "$work/package.json" ] || printf '{ "private": true }\n' > "$work/package.json"
  if ! npm install --prefix "$work" --no-audit --no-fund --loglevel=error "${want[@]}" \
       > "$work/npm.log" 2>&1; then
    log "npm install failed (see bench/work/next-version/npm.log); git-cliff/crb rows will be skipped"
  fi
}

# ---------------------------------------------------------------------------------------------
# The repository, cached per N and per generator version.
# ensure_repo N SHAPE (full|lean); sets repo.
ensure_repo() {
  local name=repo-$1 opts=() stamp
  [ "$2" = lean ] && { name=$name-lean; opts=(--lean); }
  local dir=$work/$name
  stamp="$1 $2 $(cat "$here/gen_history.py" "$here/make-history.sh" | cksum)"
  repo=$dir
  if [ -f "$dir.stamp" ] && [ "$(cat "$dir.stamp")" = "$stamp" ] && [ -d "$dir/.git" ]; then
    log "== repository: bench/work/next-version/$name (cached; $(cat "$work/generate-$name.txt" 2>/dev/null))"
  else
    rm -rf "$dir" "$dir.tmp" "$dir.stamp"
    log "== generating bench/work/next-version/$name"
    "$here/make-history.sh" "$dir.tmp" "$1" "${opts[@]}" | sed 's/^make-history: //; s/\.tmp,/,/' \
      | tee "$work/generate-$name.txt" >&2
    mv "$dir.tmp" "$dir"
    printf '%s\n' "$stamp" > "$dir.stamp"
  fi
  # An empty .mvn/ (git keeps no empty folder, so the history is unchanged): Maven looks for .mvn/
  # from the POM's folder upwards and would find this checkout's (its jvm.config: C1-only JIT,
  # serial GC); the rows run with Maven's defaults, as a user's project does.
  mkdir -p "$dir/.mvn"
}

# ---------------------------------------------------------------------------------------------
# Timing. run_once LABEL CMD... : runs CMD in the repository, stdout to work/out-LABEL.txt,
# stderr to work/err-LABEL.txt, appends "seconds peakRssKB" to work/times-LABEL.txt.
run_once() {
  local label=$1; shift
  local t0 t1 rc=0 rss=0 user=0 sys=0
  t0=$(date +%s%N)
  if $have_time; then
    (cd "$repo" && /usr/bin/time -f '%M %U %S' -o "$work/rss-$label.txt" "$@") \
      > "$work/out-$label.txt" 2> "$work/err-$label.txt" || rc=$?
  else
    (cd "$repo" && "$@") > "$work/out-$label.txt" 2> "$work/err-$label.txt" || rc=$?
  fi
  t1=$(date +%s%N)
  if [ "$rc" -ne 0 ]; then
    log "!! $label failed with status $rc:"; tail -n 15 "$work/err-$label.txt" "$work/out-$label.txt" >&2
    return "$rc"
  fi
  local cpu=0
  if $have_time; then
    read -r rss user sys < <(tail -n 1 "$work/rss-$label.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
  fi
  echo "$((t1 - t0)) $rss $cpu" >> "$work/times-$label.txt"
}

# set_cmd LABEL: the command line of a row, in the array cmd. Maven rows use the wrapper's Maven,
# run in the synthetic repository (its own empty .mvn/, so no jvm.config): what a user gets.
set_cmd() {
  local mvn=("$root/mvnw" -B -o -f "$repo/pom.xml")
  [ -n "${BENCH_M2_REPO:-}" ] && mvn+=(-Dmaven.repo.local="$M2_REPO")
  local ours=("$PLUGIN:next-version" -Drelease-process.outputFile="$work/next-version-$n.json")
  local sys=(mvn -B -o -f "$repo/pom.xml")
  [ -n "${BENCH_M2_REPO:-}" ] && sys+=(-Dmaven.repo.local="$M2_REPO")
  local before=(-B -o -f "$repo/pom.xml" -Dmaven.repo.local="${BENCH_M2_BEFORE:-}")
  case "$1" in
    gitlog) cmd=(git log --format=%B v1.0.0..HEAD) ;;
    cliff) cmd=("$cliff" --config "$here/cliff.toml" --bumped-version) ;;
    crb) cmd=("$crb" -p conventionalcommits) ;;
    mvnfloor) cmd=(env MAVEN_OPTS= "${mvn[@]}" -q validate) ;;
    ours) cmd=(env MAVEN_OPTS= "${mvn[@]}" -q "${ours[@]}") ;;
    ours_tuned) cmd=(env "MAVEN_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "${mvn[@]}" -q "${ours[@]}") ;;
    ours_nocommits) cmd=(env MAVEN_OPTS= "${mvn[@]}" -q "${ours[@]}" -Drelease-process.outputCommits=false) ;;
    mvnfloor_sys) cmd=(env MAVEN_OPTS= "${sys[@]}" -q validate) ;;
    ours_sys) cmd=(env MAVEN_OPTS= "${sys[@]}" -q "${ours[@]}") ;;
    ours_sys_nocommits) cmd=(env MAVEN_OPTS= "${sys[@]}" -q "${ours[@]}" -Drelease-process.outputCommits=false) ;;
    ours_before) cmd=(env MAVEN_OPTS= "$root/mvnw" "${before[@]}" -q "${ours[@]}") ;;
    ours_sys_before) cmd=(env MAVEN_OPTS= mvn "${before[@]}" -q "${ours[@]}") ;;
    ours_debug) cmd=(env MAVEN_OPTS= "${mvn[@]}" -X "${ours[@]}") ;;
    # Without -q, so that the log keeps the INFO summary; -e: the stack trace of a failure.
    ours_million) cmd=(env MAVEN_OPTS=-Xmx128m "${mvn[@]}" -e "${ours[@]}") ;;
  esac
}

# ---------------------------------------------------------------------------------------------
ours_status=$(ensure_plugin next-version) || true

if $million; then
  ensure_repo "$n" "$shape"
  rm -f "$work"/times-*.txt
  log "== git log on $n commits ($shape shape)"
  set_cmd gitlog; run_once gitlog "${cmd[@]}"
  gl=$(awk '{ printf "%.2f", $1 / 1e9 }' "$work/times-gitlog.txt")
  if [ -n "$ours_status" ]; then
    log "SKIP next-version: $ours_status"
    printf '1,000,000 commits (%s shape): git log %s s; next-version skipped: %s\n' "$shape" "$gl" \
      "$ours_status" | tee "$work/results-million-$shape.txt"
    exit 0
  fi
  log "== next-version on $n commits ($shape shape) with MAVEN_OPTS=-Xmx128m"
  rm -f "$work/next-version-$n.json"
  set_cmd ours_million
  $have_time && cmd=(/usr/bin/time -v -o "$work/million-time.txt" "${cmd[@]}")
  t0=$(date +%s%N); rc=0
  (cd "$repo" && "${cmd[@]}") > "$work/million.log" 2>&1 || rc=$?
  t1=$(date +%s%N)
  secs=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  rss=n/a
  $have_time && rss=$(awk -F': ' '/Maximum resident/ { printf "%.0f MB", $2 / 1024 }' "$work/million-time.txt")
  version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("nextVersion"))' \
              "$work/next-version-$n.json" 2>/dev/null || echo "no JSON")
  oom=no; grep -q OutOfMemoryError "$work/million.log" && oom=YES
  if [ "$rc" -eq 0 ] && [ "$version" = "$EXPECTED" ]; then verdict=SUCCESS; else verdict=FAILURE; fi
  {
    echo "1,000,000 commits ($shape shape, $(git -C "$repo" count-objects -v | sed -n 's/in-pack: //p') objects)," \
         "MAVEN_OPTS=-Xmx128m: $verdict (exit $rc, nextVersion $version, OutOfMemoryError: $oom)"
    echo "  next-version whole process: $secs s, peak RSS $rss; git log: $gl s"
    grep -E -i -o 'analy[sz]ed [0-9]+ commits in [0-9.]+ ?ms' "$work/million.log" | sed 's/^/  /' || true
    echo "  log: bench/work/next-version/million.log"
  } | tee "$work/results-million-$shape.txt"
  [ "$verdict" = SUCCESS ]
  exit
fi

install_npm_tools
ensure_repo "$n" "$shape"
rm -f "$work"/times-*.txt "$work"/rss-*.txt "$work/inproc-json.txt"

labels=(gitlog)
if [ -x "$cliff" ]; then labels+=(cliff); else log "SKIP git-cliff: not installed"; fi
if $with_crb; then
  if [ -x "$crb" ]; then labels+=(crb); else log "SKIP conventional-recommended-bump: not installed"; fi
fi
labels+=(mvnfloor)
if [ -z "$ours_status" ]; then
  labels+=(ours ours_nocommits)
  [ "${BENCH_TUNED:-1}" = 1 ] && labels+=(ours_tuned)
  if [ "${BENCH_SYSTEM_MVN:-1}" = 1 ] && command -v mvn > /dev/null; then
    # shellcheck source=lib/system-mvn.sh
    . "$here/lib/system-mvn.sh"
    ensure_system_mvn_deps "$M2_REPO" -Dmaven.repo.local="$M2_REPO"
    labels+=(mvnfloor_sys ours_sys ours_sys_nocommits)
  fi
  if [ -n "${BENCH_M2_BEFORE:-}" ]; then
    if [ -f "${BENCH_M2_BEFORE%/}/${PLUGIN_JAR#"$M2_REPO"/}" ]; then
      labels+=(ours_before)
      case " ${labels[*]} " in *" ours_sys "*) labels+=(ours_sys_before) ;; esac
    else
      log "SKIP the before rows: no plugin jar under BENCH_M2_BEFORE=$BENCH_M2_BEFORE"
    fi
  fi
else
  log "SKIP next-version: $ours_status"
fi

load0=$(cut -d' ' -f1-3 /proc/loadavg)
log "== warm-up: one run of each (${labels[*]})"
failed=()
for l in "${labels[@]}"; do
  set_cmd "$l"; run_once "$l" "${cmd[@]}" || failed+=("$l")
done
if [ ${#failed[@]} -gt 0 ]; then
  log "!! dropping after a failed warm-up: ${failed[*]}"
  keep=()
  for l in "${labels[@]}"; do case " ${failed[*]} " in *" $l "*) ;; *) keep+=("$l") ;; esac; done
  labels=("${keep[@]}")
  case " ${failed[*]} " in *" gitlog "*) log "git log failed: nothing to compare with"; exit 1 ;; esac
fi
rm -f "$work"/times-*.txt
for r in $(seq 1 "$runs"); do
  log "== round $r/$runs"
  for l in "${labels[@]}"; do
    set_cmd "$l"; run_once "$l" "${cmd[@]}"
    if [ "$l" = ours ]; then
      python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get("analysisMillis"); v is None or print(v)' \
        "$work/next-version-$n.json" >> "$work/inproc-json.txt" 2>/dev/null || true
    fi
  done
done

# In-process analysis time: preferably the JSON field "analysisMillis" of every timed run (no -X
# needed); else the DEBUG line "analysed N commits in X ms" from 3 extra runs with -X (not timed;
# under -X the plugin also logs its per-commit DEBUG lines, so that figure is an upper bound).
inproc=""
inproc_src=""
if [ -z "$ours_status" ]; then
  if [ -s "$work/inproc-json.txt" ]; then
    inproc=$(tr '\n' ' ' < "$work/inproc-json.txt")
    inproc_src="JSON analysisMillis"
  else
    log "== in-process time: no analysisMillis in the JSON; 3 runs with -X (not timed)"
    vals=()
    for r in 1 2 3; do
      set_cmd ours_debug
      (cd "$repo" && "${cmd[@]}") > "$work/debug-$n.log" 2>&1 || true
      v=$(grep -E -o -i 'analy[sz]ed [0-9]+ commits in [0-9.]+ ?ms' "$work/debug-$n.log" | tail -n 1 \
            | grep -E -o '[0-9.]+ ?ms' | tr -d ' ms' || true)
      [ -n "$v" ] && vals+=("$v")
    done
    if [ ${#vals[@]} -gt 0 ]; then
      inproc="${vals[*]}"
      inproc_src="DEBUG line under -X"
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------
# Versions each tool computed.
version_of() {
  case "$1" in
    gitlog|mvnfloor|mvnfloor_sys) echo "-" ;;
    cliff) sed -n '1s/^v//p' "$work/out-cliff.txt" ;;
    crb)
      case "$(head -n 1 "$work/out-crb.txt")" in
        major) echo 2.0.0 ;; minor) echo 1.1.0 ;; patch) echo 1.0.1 ;; *) echo "?" ;;
      esac ;;
    ours|ours_tuned|ours_nocommits|ours_sys|ours_sys_nocommits|ours_before|ours_sys_before)
      python3 - "$work/next-version-$n.json" "$n" <<'EOF' 2>/dev/null || echo "no JSON"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
count = d.get("commitCount", len(d.get("commits") or []))
# A wrong commit count shows as a disagreement too.
print(d.get("nextVersion") if count == int(sys.argv[2]) else "%s (%s commits, not %s)"
      % (d.get("nextVersion"), count, sys.argv[2]))
EOF
      ;;
  esac
}
name_of() {
  case "$1" in
    gitlog) echo "git log --format=%B v1.0.0..HEAD (floor)" ;;
    cliff) echo "git-cliff $GIT_CLIFF_VERSION --bumped-version" ;;
    crb) echo "conventional-recommended-bump $CRB_VERSION" ;;
    mvnfloor) echo "mvn -q validate (Maven start-up)" ;;
    ours) echo "mvn release-process:next-version" ;;
    ours_tuned) echo "  same, C1 + SerialGC JVM flags" ;;
    ours_nocommits) echo "  same, -Drelease-process.outputCommits=false" ;;
    mvnfloor_sys) echo "system mvn $(mvn -v 2>/dev/null | sed -n '1s/.*Maven \([0-9.]*\).*/\1/p') -q validate" ;;
    ours_sys) echo "system mvn release-process:next-version" ;;
    ours_sys_nocommits) echo "  same, -Drelease-process.outputCommits=false" ;;
    ours_before) echo "next-version, BEFORE (BENCH_M2_BEFORE)" ;;
    ours_sys_before) echo "system mvn next-version, BEFORE" ;;
  esac
}

for l in "${labels[@]}"; do
  printf '%s\t%s\t%s\t' "$l" "$(name_of "$l")" "$(version_of "$l")"
  awk '{ print $1, $2, ($3 == "" ? 0 : $3) }' "$work/times-$l.txt" | tr '\n' ' '
  echo
done > "$work/summary.tsv"
result=$(python3 - "$n" "$runs" "$inproc" "$EXPECTED" "$inproc_src" "$work/summary.tsv" <<'EOF'
import statistics, sys
n, runs, inproc, expected, inproc_src = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = []
for line in open(sys.argv[6], encoding="utf-8").read().strip().splitlines():
    label, name, version, nums = line.split("\t")
    v = [int(x) for x in nums.split()]
    secs = [x / 1e9 for x in v[0::3]]
    rss = max(v[1::3]) / 1024
    cpu = statistics.median(v[2::3]) / 1000
    rows.append((label, name, version, statistics.median(secs), min(secs), rss, cpu))
med = {r[0]: r[3] for r in rows}
print("next-version benchmark: %d commits since v1.0.0, %d timed runs per tool (whole process)" % (n, runs))
print()
print("| %-42s | %8s | %7s | %10s | %8s | %9s | %9s |" % ("tool", "median s", "min s", "median CPU", "peak RSS", "/ git-cliff", "/ git log"))
print("|%s|%s|%s|%s|%s|%s|%s|" % ("-" * 44, "-" * 10, "-" * 9, "-" * 12, "-" * 10, "-" * 13, "-" * 11))
for label, name, version, m, lo, rss, cpu in rows:
    rc = "%.2f" % (m / med["cliff"]) if "cliff" in med else "n/a"
    rg = "%.1f" % (m / med["gitlog"])
    print("| %-42s | %8.2f | %7.2f | %8.2f s | %5.0f MB | %11s | %9s |" % (name, m, lo, cpu, rss, rc, rg))
print()
print("next version per tool (expected %s):" % expected)
ok = True
for label, name, version, *_ in rows:
    if version == "-":
        continue
    good = version == expected
    ok = ok and good
    print("  %-42s %s%s" % (name.strip(), version, "" if good else "   <-- DISAGREES"))
print("  all tools agree" if ok else "  TOOLS DISAGREE")
print()
lo = {r[0]: r[4] for r in rows}
if inproc:
    ip = [float(x) for x in inproc.split()]
    ipm, ipl = statistics.median(ip), min(ip)
    print("in-process analysis (%s, %d values): median %.0f ms, min %.0f ms" % (inproc_src, len(ip), ipm, ipl))
    print("  / git log: %.2f (medians), %.2f (mins); target <= 2"
          % (ipm / (med["gitlog"] * 1000), ipl / (lo["gitlog"] * 1000)))
if "ours" in med and "mvnfloor" in med:
    d, dl = med["ours"] - med["mvnfloor"], lo["ours"] - lo["mvnfloor"]
    print("next-version minus Maven start-up (plugin loading + analysis + JSON): median %.2f s, min %.2f s"
          % (d, dl))
    print("  / git log: %.2f (medians), %.2f (mins)" % (d / med["gitlog"], dl / lo["gitlog"]))
if "ours" in med and "cliff" in med:
    print("whole process: next-version / git-cliff = %.2f (medians), %.2f (mins); target <= 0.5"
          % (med["ours"] / med["cliff"], lo["ours"] / lo["cliff"]))
    for label, what in (("ours_nocommits", "wrapper Maven, outputCommits=false"),
                        ("ours_sys", "system mvn"),
                        ("ours_sys_nocommits", "system mvn, outputCommits=false"),
                        ("ours_before", "BEFORE, wrapper Maven"),
                        ("ours_sys_before", "BEFORE, system mvn")):
        if label in med:
            print("  %s: %.2f (medians), %.2f (mins)" % (what, med[label] / med["cliff"],
                                                        lo[label] / lo["cliff"]))
cpu = {r[0]: r[6] for r in rows}
for now, before, what in (("ours", "ours_before", "wrapper Maven"), ("ours_sys", "ours_sys_before", "system mvn")):
    if now in med and before in med:
        print("after / before, %s: wall %.2f (medians), %.2f (mins); CPU %.2f (medians)"
              % (what, med[now] / med[before], lo[now] / lo[before],
                 cpu[now] / cpu[before] if cpu[before] else float("nan")))
sys.exit(0 if ok else 1)
EOF
) && agree=0 || agree=$?
{
  printf '%s\n' "$result"
  [ -n "$ours_status" ] && printf 'next-version: SKIPPED, %s\n' "$ours_status"
  if [ -z "$ours_status" ] && [ -z "$inproc" ]; then
    echo "in-process analysis: no JSON analysisMillis and no DEBUG line 'analysed N commits in X ms'" \
         "(see bench/work/next-version/debug-$n.log)"
  fi
  awk -v l="${load0%% *}" -v c="$(nproc)" 'BEGIN { if (l + 0 > c + 0)
    print "WARNING: the load average was above the core count: timings are noisy, trust the mins" }'
  printf 'machine: %s cores, load %s at start, %s at end; %s; %s\n' "$(nproc)" "$load0" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "$(java -version 2>&1 | head -n 1)" "$(git --version)"
} | tee "$work/results-$n.txt"
exit "$agree"
