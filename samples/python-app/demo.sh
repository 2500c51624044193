#!/usr/bin/env bash
# The whole release process on a Python service, with the real tools, in about five minutes:
#
#   1. release 1.0.0 (prepare: the unittest suite, pyproject.toml and __version__ moved with the
#      POM, CHANGELOG promoted, tag with a "Report a problem" link), deploy it with Ansible to
#      staging and then production, where Prometheus watches the error rate;
#   2. release 1.1.0, whose new feature fails every 20th request: staging takes it (its health
#      check passes), production's Prometheus query sees 5 % errors against a threshold of 1 %,
#      and the plugin rolls production back to 1.0.0 on its own;
#   3. a hotfix 1.0.1 from the 1.0.0 tag, released and deployed to staging and production.
#
#   samples/python-app/demo.sh          run it; everything it started is stopped at the end
#   samples/python-app/demo.sh --keep   keep the project, its state and the logs
#
# Needs python3 (3.11+), git, ansible-playbook and prometheus (Debian: apt-get install
# ansible-core prometheus). Maven options go in MAVEN_ARGS (e.g. -Dmaven.repo.local=…).
# Exits non-zero on any failure; services, Prometheus and the load loop are stopped by PID.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
keep=false
[ "${1:-}" = "--keep" ] && keep=true

missing=()
command -v python3 >/dev/null || missing+=("python3 (Python 3.11 or later)")
command -v git >/dev/null || missing+=("git (apt-get install git)")
command -v ansible-playbook >/dev/null || missing+=("ansible-playbook (apt-get install ansible-core)")
command -v prometheus >/dev/null || missing+=("prometheus (apt-get install prometheus)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'The demo needs: %s\n' "${missing[@]}" >&2
  exit 1
fi

version=0.1.1-SNAPSHOT  # release-process:version (moves with each release)
repo="$HOME/.m2/repository"
[[ "${MAVEN_ARGS:-}" =~ -Dmaven\.repo\.local=([^ ]+) ]] && repo=${BASH_REMATCH[1]}
jar=$(ls "$repo/io/github/releaseprocess/release-process-maven-plugin/$version/"*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find "$root/src/main" -newer "$jar" -print -quit)" ]; then
  echo "== building the plugin (./mvnw install, tests skipped)"
  "$root/mvnw" -B -q -ntp -f "$root/pom.xml" install -DskipTests -DskipITs
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/python-app-demo.XXXXXX")
app="$work/python-app"
state="$work/state"
logs="$work/logs"
mkdir -p "$app" "$state" "$logs"

stop_pid_file() {
  local f=$1
  [ -f "$f" ] || return 0
  local pid
  pid=$(cat "$f")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}
cleanup() {
  local status=$?
  stop_pid_file "$work/load.pid"
  stop_pid_file "$work/prometheus.pid"
  for env in dev staging production; do stop_pid_file "$state/$env/run/app.pid"; done
  if $keep; then
    echo "kept: the project in $app, the services' state in $state, the logs in $logs"
  else
    rm -rf "$work"
  fi
  [ $status -eq 0 ] || echo "demo FAILED (exit $status)" >&2
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
staging_port=$(free_port)
production_port=$(free_port)
prometheus_port=$(free_port)

# The project: the sample with a git history of its own.
(cd "$here" && tar --exclude=./story --exclude=./demo.sh --exclude=./target --exclude='__pycache__' -cf - .) | tar -C "$app" -xf -
sed -i "s|<version>[^<]*</version> <!-- release-process:version -->|<version>$version</version> <!-- release-process:version -->|" "$app/pom.xml"
cd "$app"
git() {
  command git -c user.name="Demo Author" -c user.email=demo@example.invalid \
    -c commit.gpgsign=false -c tag.gpgsign=false -c init.defaultBranch=main "$@"
}
git init -q
git config user.name "Demo Author"
git config user.email demo@example.invalid
git add -A && git commit -qm "feat: greetings, health and metrics"
mkdir -p .mvn
cat > .mvn/maven.config <<CONFIG
-Dapp.state=$state
-Dapp.port.staging=$staging_port
-Dapp.port.production=$production_port
-Dprometheus.url=http://127.0.0.1:$prometheus_port
CONFIG

step=0
# mvn ARGS…: runs Maven, keeps the whole log in $logs and shows the lines a person wants to see.
mvn() {
  step=$((step + 1))
  local log
  log="$logs/$(printf %02d $step)-$(echo "$*" | tr -c 'a-zA-Z0-9.=-' '_' | cut -c1-60).log"
  echo "\$ mvn $*"
  if "$root/mvnw" -B -ntp -f "$app/pom.xml" "$@" > "$log" 2>&1; then
    show "$log"
    return 0
  else
    show "$log"
    return 1
  fi
}
show() {
  grep -E '^\[(INFO|WARNING|ERROR)\] (Release |Released|Test build of|\[test build\] Ran|\[test build\] OK|Rollback plan|Deploying|Deployed|Rolled back|Rolling|Monitoring|Prometheus (query|sample)|Started hotfix|Created|[a-z]+ +([0-9]|nothing)|    (monitor|Report|[0-9]{4}-))|^\[INFO\] \[(deploy|rollback) [a-z]+\] +"msg": "python-app|Deploying .* failed|BUILD FAILURE' "$1" \
    | sed -E 's/^\[ERROR\] Failed to execute goal [^:]+:[^:]+:[^:]+:[^ ]+ \(default-cli\) on project [^:]+: /[ERROR] /; s/ -> \[Help 1\]$//; s/^\[INFO\] (\[[a-z]+ [a-z]+\]) +"msg": "(.*)"$/\1 \2/' || true
}

echo "== the services: Prometheus scrapes staging and production every second"
cat > "$work/prometheus.yml" <<YML
global: {scrape_interval: 1s, evaluation_interval: 1s}
scrape_configs:
  - job_name: python-app
    static_configs:
      - targets: ['127.0.0.1:$staging_port', '127.0.0.1:$production_port']
YML
setsid prometheus --config.file="$work/prometheus.yml" --web.listen-address="127.0.0.1:$prometheus_port" \
  --storage.tsdb.path="$work/prometheus-data" --log.level=warn > "$logs/prometheus.log" 2>&1 < /dev/null &
echo $! > "$work/prometheus.pid"
for _ in $(seq 1 100); do
  python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=1)" \
    "http://127.0.0.1:$prometheus_port/-/ready" 2>/dev/null && break
  sleep 0.2
done
echo "Prometheus on http://127.0.0.1:$prometheus_port; staging will listen on $staging_port, production on $production_port"
# Users of production: 25 greetings a second, for at most 15 minutes.
setsid python3 "$here/ops/load.py" "http://127.0.0.1:$production_port/hello?name=demo" --rate 25 \
  --duration 900 > "$logs/load.log" 2>&1 < /dev/null &
echo $! > "$work/load.pid"
echo

echo "== 1. release 1.0.0: tests, version in pom.xml, pyproject.toml and app/__init__.py, changelog, tag"
mvn release-process:prepare -DreleaseVersion=1.0.0
git log --oneline --decorate -3 | cat
echo "-- the tag message (the release notes):"
git tag -l --format='%(contents)' v1.0.0 | sed 's/^/   /'
echo "-- the version in the release commit (and the next development version now):"
echo "   v1.0.0: pyproject.toml $(git show v1.0.0:pyproject.toml | grep '^version'), app/__init__.py $(git show v1.0.0:app/__init__.py | grep '^__version__')"
echo "   main:   pyproject.toml $(grep '^version' pyproject.toml), app/__init__.py $(grep '^__version__' app/__init__.py)"
echo

echo "== deploy 1.0.0 to staging, then to production (Ansible; Prometheus watches production)"
mvn release-process:deploy -Denvironment=staging
mvn release-process:deploy -Denvironment=production
echo

echo "== 2. release 1.1.0: greetings count visitors (its tests pass, but every 20th greeting fails)"
cp -R "$here/story/1.1.0/." .
python3 - <<'PY'
import re
text = open("CHANGELOG.md").read()
text = text.replace("## Unreleased\n", "## Unreleased\n\n### Added\n\n- Greetings count the visitors.\n", 1)
open("CHANGELOG.md", "w").write(text)
PY
git add -A && git commit -qm "feat(greeting): count the visitors"
mvn release-process:prepare
mvn release-process:deploy -Denvironment=staging
if mvn release-process:deploy -Denvironment=production; then
  echo "production should have refused 1.1.0" >&2
  exit 1
fi
echo "-- production answers:"
curl_health() { python3 -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode().strip())" "$1"; }
echo "   $(curl_health "http://127.0.0.1:$production_port/health")"
mvn release-process:status
echo

echo "== 3. hotfix 1.0.1 from v1.0.0: a blank name greeted nobody (reported through the link)"
mvn release-process:hotfix -Dfrom=1.0.0
cp -R "$here/story/1.0.1/." .
python3 - <<'PY'
text = open("CHANGELOG.md").read()
text = text.replace("## Unreleased\n", "## Unreleased\n\n### Fixed\n\n- A blank name greets the world instead of nobody.\n", 1)
open("CHANGELOG.md", "w").write(text)
PY
git add -A && git commit -qm "fix(greeting): a blank name greets the world"
mvn release-process:prepare
mvn release-process:deploy -Denvironment=staging -Dversion=1.0.1
mvn release-process:deploy -Denvironment=production -Dversion=1.0.1
echo "-- production answers:"
echo "   $(curl_health "http://127.0.0.1:$production_port/health")"
echo "   $(python3 -c "import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode().strip())" "http://127.0.0.1:$production_port/hello?name=%20%20")"
echo

echo "== where things stand"
mvn release-process:status
git log --oneline --decorate --branches --tags -8 | cat
ls -l "$state/production" | sed 's/^/   /'
stop_pid_file "$work/load.pid"
echo "-- the load loop saw: $(tail -1 "$logs/load.log")"
echo
echo "demo OK"
