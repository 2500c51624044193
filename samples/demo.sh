#!/usr/bin/env bash
# Runs the plugin on the bundled sample project, as a newcomer would, in about a minute:
# builds and installs the plugin (once), copies samples/quickstart to a temporary folder, gives it
# a git history with a release tag and a few Conventional Commits, and runs next-version there,
# then changelog (entries from the commits) and prepare (the release: test build, commit, tag).
#
#   samples/demo.sh            run it; the temporary copy is removed afterwards
#   samples/demo.sh --keep     keep the copy and print where it is
#
# It exits non-zero, with the reason, when any step fails, the release included.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
keep=false
[ "${1:-}" = "--keep" ] && keep=true

version=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
jar=$(ls "${HOME}/.m2/repository/io/github/releaseprocess/release-process-maven-plugin/$version/"*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$root/src/main" -newer "$jar" -print -quit)" ]; then
  echo "== building the plugin (./mvnw install, tests skipped)"
  "$root/mvnw" -B -q -ntp -f "$root/pom.xml" install -DskipTests -DskipITs
fi

demo=$(mktemp -d "${TMPDIR:-/tmp}/release-process-demo.XXXXXX")
# prepare's output goes beside the copy: its test build runs `mvn clean`, and the tree must stay clean.
log="$demo.prepare.log"
$keep || trap 'rm -rf "$demo" "$log"' EXIT
cp -R "$root/samples/quickstart/." "$demo/"
cd "$demo"

# A history: a released 1.2.0, then a fix, a feature and a chore.
git() {
  command git -c commit.gpgsign=false -c tag.gpgsign=false -c init.defaultBranch=main "$@"
}
printf 'target/\n' > .gitignore
git init -q
# The identity of the demo's commits, in the temporary repository only: prepare commits and tags
# there too, and a machine without a global git identity must still run the demo.
git config user.name "Demo Author"
git config user.email demo@example.invalid
git add -A && git commit -qm "feat: greet people by name"
git tag -a v1.2.0 -m "release 1.2.0"
printf '\n// punctuation fixed\n' >> src/main/java/com/example/Greeter.java
git commit -qam "fix(greeter): missing exclamation mark"
printf '\n// shouting\n' >> src/main/java/com/example/Greeter.java
git commit -qam "feat(greeter): shout when asked"
printf '\n' >> CHANGELOG.md
git commit -qam "chore: tidy the changelog"

echo "== git log of the sample"
git log --oneline --decorate
echo
mvn() { "$root/mvnw" -B -ntp -f "$demo/pom.xml" "$@"; }
echo "== mvn release-process:next-version"
mvn release-process:next-version -Drelease-process.outputFile=target/next-version.json
echo
echo "== target/next-version.json (head)"
head -8 target/next-version.json
echo
echo "== mvn release-process:changelog   (fills [Unreleased] from the commits)"
mvn -q release-process:changelog
git commit -qam "docs: changelog entries for the release"
sed -n '/## \[Unreleased\]/,/## \[1.2.0\]/p' CHANGELOG.md
echo
echo "== mvn release-process:prepare   (gates, test build, release commit, tag, next SNAPSHOT)"
if ! mvn release-process:prepare > "$log" 2>&1; then
  echo "!! prepare failed; what it said:" >&2
  sed -n -E '/^\[(ERROR|WARNING)\]/p' "$log" >&2
  echo "!! the whole output is in $log (run with --keep to keep it)" >&2
  exit 1
fi
sed -n -E '/^\[(INFO|WARNING)\] (Release|Released|Test build|\[test build\] \[INFO\] BUILD)/p' "$log"
if ! git rev-parse -q --verify refs/tags/v1.3.0 > /dev/null; then
  echo "!! prepare succeeded but made no tag v1.3.0; its output is in $log" >&2
  exit 1
fi
echo
echo "== the result"
git log --oneline --decorate -3
git status --short
if $keep; then
  echo "sample kept in $demo, prepare's output in $log"
fi
