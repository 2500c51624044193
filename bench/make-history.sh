#!/usr/bin/env bash
# Creates a synthetic git repository for the benchmark.
#
#   bench/make-history.sh DIR [N] [--seed S] [--lean]
#
# DIR must not exist (or be empty). The repository has pom.xml (1.0.1-SNAPSHOT) and README.md in a
# root commit tagged v1.0.0 (annotated), then exactly N commits (default 100000) reachable from
# main and not from v1.0.0: a realistic Conventional Commits mix, some merge commits, a non-release
# tag in the middle. See gen_history.py for the mix. The expected next version is 2.0.0 (N >= 2).
# --lean: ~1 git object per commit instead of ~6 (see gen_history.py: why the 1M check uses it).
# Uses git fast-import: 100,000 commits take a few seconds.
set -euo pipefail

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
dir=$1; shift
n=100000
if [ $# -ge 1 ] && [ "${1#-}" = "$1" ]; then n=$1; shift; fi
seed=42
lean=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --lean) lean=(--lean); shift ;;
    *) usage ;;
  esac
done
case "$n" in ''|*[!0-9]*) echo "make-history: N must be a positive integer, got '$n'" >&2; exit 2 ;; esac

here=$(cd "$(dirname "$0")" && pwd)
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then
  echo "make-history: $dir exists and is not empty" >&2
  exit 2
fi
mkdir -p "$dir"

start=$(date +%s%N)
git -C "$dir" init -q -b main
git -C "$dir" config core.autocrlf false
git -C "$dir" config gc.auto 0   # keep the pack exactly as fast-import wrote it
python3 "$here/gen_history.py" "$n" --seed "$seed" "${lean[@]}" | git -C "$dir" fast-import --quiet
git -C "$dir" reset -q --hard main
end=$(date +%s%N)

count=$(git -C "$dir" rev-list --count v1.0.0..main)
if [ "$count" != "$n" ]; then
  echo "make-history: expected $n commits after v1.0.0, found $count" >&2
  exit 1
fi
awk -v ns=$((end - start)) -v n="$n" -v d="$dir" \
  'BEGIN { printf "make-history: %d commits after v1.0.0 in %s, generated in %.1f s\n", n, d, ns / 1e9 }'
