#!/usr/bin/env bash
# Replays a project's real releases: for each of its last N release tags, checks out the commit
# just before the tagged release commit (its first parent; see --merge-parent), runs `next-version` there as a user
# would (the project's own POM, JSON output) and compares our version with the one the project
# really released. Not a benchmark: it measures agreement, and prints a Markdown table
# (tag, ours, theirs, agree?, our reason) on stdout.
#
#   bench/replay-releases.sh REPO N [--tags REGEX] [--tag-format FMT] [--merge-parent K]
#                            [--rebuild] [-Dname=value ...]
#     REPO          a git URL or a local path (a bare snapshot is fine: it is cloned)
#     N             how many of the newest release tags to replay (by version order)
#     --tags REGEX  which tags are releases (default: final SemVer tags, ^v[0-9]+\.[0-9]+\.[0-9]+$)
#     --tag-format  passed as -Drelease-process.tagFormat (default v@{version}); the released
#                   version is the tag with the format's text around @{version} removed
#     --merge-parent K  when the tagged commit is a merge, replay its K-th parent (default 1).
#                   Apache Commons tag a merge of master into a release branch whose first parent
#                   already holds the final version: K=2 replays master, where the POM is at the
#                   -SNAPSHOT a user of the plugin would release from
#     --rebuild     rebuild the plugin even when the installed jar is this checkout's
#     -D...         passed on to next-version, e.g. -Drelease-process.preset=release-please-java
#
# The tag names the release commit; a tag put on a later commit (a CI job tagging after a merge)
# still replays its first parent, so read disagreements with `git log` at hand. The project's POM is
# read by Maven (its parent POMs come from the remote repository once) and next-version runs with
# -N at the root: a reactor's modules are not loaded. Everything it makes is under
# bench/work/replay/ (git-ignored): one clone per project, the JSON and the log of each run.
# Environment: BENCH_M2_REPO (local repository, default ~/.m2/repository). Exit status 0 even when
# versions disagree (that is the finding); 2 on bad usage, 1 when the plugin cannot be built.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$here/work/replay
mkdir -p "$work"

PLUGIN_GA=io.github.releaseprocess:release-process-maven-plugin
PLUGIN_VERSION=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
PLUGIN=$PLUGIN_GA:$PLUGIN_VERSION
M2_REPO=${BENCH_M2_REPO:-$HOME/.m2/repository}
PLUGIN_JAR=$M2_REPO/io/github/releaseprocess/release-process-maven-plugin/$PLUGIN_VERSION/release-process-maven-plugin-$PLUGIN_VERSION.jar

usage() { sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
log() { echo "$@" >&2; }

[ $# -ge 2 ] || usage
repo=$1; count=$2; shift 2
[[ $count =~ ^[0-9]+$ ]] || usage
tags_re='^v[0-9]+\.[0-9]+\.[0-9]+$'
tag_format='v@{version}'
rebuild=false
merge_parent=1
props=()
while [ $# -gt 0 ]; do
  case $1 in
    --tags) tags_re=$2; shift 2;;
    --tag-format) tag_format=$2; shift 2;;
    --merge-parent) merge_parent=$2; shift 2;;
    --rebuild) rebuild=true; shift;;
    -D*) props+=("$1"); shift;;
    *) usage;;
  esac
done
[[ $tag_format == *'@{version}'* ]] || { log "--tag-format needs @{version}"; exit 2; }
prefix=${tag_format%%@\{version\}*}
suffix=${tag_format#*@\{version\}}

# shellcheck source=lib/plugin.sh
. "$here/lib/plugin.sh"
ensure_plugin next-version || exit 1

name=$(basename "${repo%/}" .git)
[ "$name" = repo ] && name=$(basename "$(dirname "${repo%/}")")
clone=$work/$name
if [ ! -d "$clone/.git" ]; then
  log "== cloning $repo into ${clone#"$root"/}"
  git clone -q --no-checkout "$repo" "$clone"
fi
git -C "$clone" config user.name "Replay"; git -C "$clone" config user.email "replay@example.invalid"

mapfile -t tags < <(git -C "$clone" tag -l --sort=-v:refname | grep -E -- "$tags_re" | head -n "$count")
[ ${#tags[@]} -gt 0 ] || { log "no tag of $repo matches $tags_re"; exit 2; }

echo "| tag | ours | theirs | agree? | our reason |"
echo "|---|---|---|---|---|"
agree=0; total=0
for tag in "${tags[@]}"; do
  theirs=${tag#"$prefix"}; theirs=${theirs%"$suffix"}
  commit=$(git -C "$clone" rev-parse "$tag^{commit}")
  parent=1
  git -C "$clone" rev-parse --verify -q "$commit^2" > /dev/null && parent=$merge_parent
  before=$(git -C "$clone" rev-parse --verify -q "$commit^$parent" || true)
  [ -n "$before" ] || { echo "| $tag | | $theirs | – | the release commit has no parent |"; continue; }
  git -C "$clone" -c advice.detachedHead=false checkout -q -f "$before"
  git -C "$clone" clean -q -fdx
  out=$work/$name-${tag//\//_}.json; runlog=${out%.json}.log
  rm -f "$out"
  (cd "$clone" && "$root/mvnw" -B -ntp -N -Dmaven.repo.local="$M2_REPO" "$PLUGIN:next-version" \
      -Drelease-process.tagFormat="$tag_format" -Drelease-process.outputFile="$out" \
      ${props[@]+"${props[@]}"}) > "$runlog" 2>&1 || true
  total=$((total + 1))
  if [ ! -s "$out" ]; then
    err=$(grep -m1 -E '^\[ERROR\]' "$runlog" | cut -c9-140 || true)
    echo "| $tag | error | $theirs | no | ${err:-see ${runlog#"$root"/}} |"
    continue
  fi
  row=$(python3 - "$out" "$theirs" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
ours = d.get("nextVersion") or "none"
reasons = d.get("reasons") or []
# The deciding reason: the POM's -SNAPSHOT when it raised the version, else the bump's.
why = next((r for r in reasons if "-SNAPSHOT, above" in r),
           next((r for r in reasons if " bump: " in r), reasons[-1] if reasons else ""))
why = why.replace("|", "\\|")
if len(why) > 110:
    why = why[:107] + "..."
print(ours + "\t" + ("yes" if ours == sys.argv[2] else "no") + "\t" + why)
PY
  )
  IFS=$'\t' read -r ours same why <<< "$row"
  [ "$same" = yes ] && agree=$((agree + 1))
  echo "| $tag | $ours | $theirs | $same | $why |"
done
echo
changes=$([ -z "$(git -C "$root" status --porcelain -- src pom.xml)" ] || echo ' + local changes')
echo "$agree of $total releases agree ($name, newest $count tags matching $tags_re; plugin at $(git -C "$root" rev-parse --short HEAD)$changes)."
