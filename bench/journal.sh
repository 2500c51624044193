#!/usr/bin/env bash
# The journal of set-version in process (issue 14): JournaledWrite of N POMs (default 1,001) in a
# git repository where they are committed (recorded by blob id) against one where they are
# untracked (copied into the journal, as every file was before decision 0017), alternately, R
# runs (default 5). Needs git and java 17; work files in bench/work/journal/.
#   bench/journal.sh [N] [R]      environment: BENCH_M2_REPO (local repository)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/journal
rm -rf "$WORK" && mkdir -p "$WORK"
REPO_ARGS=()
[ -n "${BENCH_M2_REPO:-}" ] && REPO_ARGS=(-Dmaven.repo.local="$BENCH_M2_REPO")
./mvnw -B -q -ntp -o "${REPO_ARGS[@]}" compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
java -cp "target/classes:$(cat "$WORK/classpath.txt")" bench/JournalBench.java "${1:-1001}" \
    "${2:-5}" "$WORK" 2>&1 | grep -v '^SLF4J'
