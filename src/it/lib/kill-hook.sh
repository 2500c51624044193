#!/bin/sh
# A pre-commit hook for the kill ITs: the first time it runs, it kills the Maven process that is
# committing (kill -9, as a CI timeout or a power loss would), so that the release stops in the
# middle of its release-commit step. Later runs let the commit through.
marker=.git/killed-once
[ -f "$marker" ] && exit 0
touch "$marker"
pid=$$
while [ "$pid" -gt 1 ]; do
    pid=$(awk '{print $4}' "/proc/$pid/stat")
    if [ "$(cat "/proc/$pid/comm")" = java ]; then
        kill -9 "$pid"
        sleep 5
        exit 1
    fi
done
echo "kill-hook: no java process above the hook" >&2
exit 1
