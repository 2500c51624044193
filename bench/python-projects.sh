#!/usr/bin/env bash
# Carries real Python projects through the release as a new user would, at the commit before one
# of their release tags: init -Drelease-process.write (which writes the small pom.xml), commit,
# next-version, prepare -DdryRun, prepare -DskipTests; then prints what the release changed next
# to what the project's own release commit changed. Not a benchmark: a check of the adoption path
# (docs/guides/releasing-python.md, "What the others gave").
#
#   bench/python-projects.sh [REPO TAG [PREPARE-ARGS...]]
#     without arguments: the six projects of the guide, from the snapshots under /work/.mirror
#     (or $MIRRORS); with REPO (a git URL or path) and TAG: that one.
#   BENCH_M2_REPO  the local repository to build and run the plugin with (default ~/.m2/repository)
#   KEEP=1         keep the throw-away clones under bench/work/python/
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
m2=${BENCH_M2_REPO:-$HOME/.m2/repository}
mirrors=${MIRRORS:-/work/.mirror}
work=$root/bench/work/python
mkdir -p "$work"
mvn() { "$root/mvnw" -B -ntp -Dmaven.repo.local="$m2" "$@"; }
gav=$(cd "$root" && mvn -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | tail -1)
plugin=io.github.releaseprocess:release-process-maven-plugin:$gav
echo "== building the plugin $gav (tests skipped)"
(cd "$root" && mvn -q install -DskipTests -DskipITs -Dinvoker.skip) || { echo "plugin build failed"; exit 1; }

quiet() { grep -E '^\[(INFO|WARNING|ERROR)\]' | grep -v -E '(Scanning|---|BUILD|Total time|Finished at|-----|^\[INFO\] $|Building |from pom.xml|WARNING\]     )'; }

one() {
  local repo=$1 tag=$2; shift 2
  local dir=$work/$(basename "$(dirname "$repo")")-$tag
  rm -rf "$dir"; git clone -q --no-checkout "$repo" "$dir" || return 1
  cd "$dir" || return 1
  git -c advice.detachedHead=false checkout -q -B main "$tag^" || { echo "no such tag: $tag"; return 1; }
  for t in $(git tag -l); do git merge-base --is-ancestor "$t" HEAD 2>/dev/null || git tag -d "$t" >/dev/null; done
  git config user.name "Try Real"; git config user.email "try@example.invalid"
  git config commit.gpgsign false; git config tag.gpgsign false
  echo; echo "######## $repo $tag"
  echo "== init -Drelease-process.write"; mvn "$plugin:init" -Drelease-process.write 2>&1 | quiet | sed -n '/What the repository/,/Wrote\|The plugin configuration/p'
  [[ -f pom.xml ]] || { echo "!! init wrote no pom.xml"; return 1; }
  grep -qx 'target/' .gitignore 2>/dev/null || echo 'target/' >> .gitignore
  git add pom.xml .gitignore; git commit -qm "build: release with release-process-maven-plugin"
  echo "== next-version"; mvn release-process:next-version 2>&1 | quiet
  echo "== prepare -DdryRun"; mvn release-process:prepare -DdryRun -DskipTests "$@" 2>&1 | quiet | grep -v '^\[INFO\]   [ @+-]'
  echo "== prepare"; mvn release-process:prepare -DskipTests "$@" 2>&1 | quiet | tail -3
  local released; released=$(git describe --tags --abbrev=0 2>/dev/null)
  echo "== ours: $released"; git show --stat --format='%h %s' "$released" 2>/dev/null | tail -n +2 | grep '|'
  echo "== theirs: $tag"; git --git-dir="$repo" show --stat --format='%h %s' "$tag^{commit}" 2>/dev/null | grep '|'
  cd "$root" || return 1
  [[ ${KEEP:-0} == 1 ]] || rm -rf "$dir"
}

if [[ $# -ge 2 ]]; then
  one "$@"
else
  one "$mirrors/pallets+click/repo" 8.5.0
  one "$mirrors/psf+requests/repo" v2.34.0
  one "$mirrors/python-semantic-release+python-semantic-release/repo" v10.6.0
  one "$mirrors/commitizen-tools+commitizen/repo" v4.17.0
  one "$mirrors/httpie+cli/repo" 3.2.4
  one "$mirrors/encode+httpx/repo" 0.28.0 -Drelease-process.releaseVersion=0.28.0
fi
