#!/usr/bin/env bash
# Fuzzes parse + validate + the changelog editors with Jazzer for as long as asked (default 60 s).
# The normal test suite only replays the seeds in
# src/test/resources/io/github/releaseprocess/changelog/ChangelogFuzzTestInputs/; here Jazzer
# mutates them for real, in rounds of the test's maxDuration (20 s), keeping its corpus in
# .cifuzz-corpus/ between rounds. A finding is written next to the seeds as crash-…: keep it there
# (renamed) as a regression seed once fixed.
# Usage: bench/fuzz-changelog.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_WANTED=${1:-60}
rounds=$(( (SECONDS_WANTED + 19) / 20 ))
for ((i = 1; i <= rounds; i++)); do
  echo "== fuzz round $i of $rounds"
  JAZZER_FUZZ=1 ./mvnw -B -q -ntp test -Dtest=io.github.releaseprocess.changelog.ChangelogFuzzTest \
      -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -vE '^INFO: (Instrumented|Loaded)' || true
  if ls src/test/resources/io/github/releaseprocess/changelog/ChangelogFuzzTestInputs/parseAndValidate/crash-* >/dev/null 2>&1; then
    echo "Finding written to ChangelogFuzzTestInputs/parseAndValidate/crash-*"; exit 1
  fi
done
echo "no finding in $rounds rounds of 20 s"
