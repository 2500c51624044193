#!/bin/sh
# Switches <state>/current to releases/<version> and restarts the service on its port, detached:
#   ops/service.sh STATE VERSION PORT [PYTHON]
# Used by the Ansible playbook and the Fabric task alike (they install the sources first). The
# service runs in its own session (setsid), writes to <state>/logs/app.log, and its pid is in
# <state>/run/app.pid, so stopping the deployment's process tree does not stop it.
set -eu
state=$1 version=$2 port=$3 python=${4:-python3}
release="$state/releases/$version"
[ -d "$release/app" ] || { echo "no release $version in $state/releases" >&2; exit 1; }
mkdir -p "$state/run" "$state/logs"
pidfile="$state/run/app.pid"
if [ -f "$pidfile" ]; then
  pid=$(cat "$pidfile")
  if kill "$pid" 2>/dev/null; then
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
fi
ln -sfn "releases/$version" "$state/current.new" && mv -T "$state/current.new" "$state/current"
cd "$release"
setsid "$python" -m app --host 127.0.0.1 --port "$port" >>"$state/logs/app.log" 2>&1 </dev/null &
echo $! > "$pidfile"
i=0
while ! "$python" -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$port" 2>/dev/null; do
  if ! kill -0 "$(cat "$pidfile")" 2>/dev/null || [ $i -ge 100 ]; then
    echo "python-app $version did not start on port $port; the end of $state/logs/app.log:" >&2
    tail -5 "$state/logs/app.log" >&2
    exit 1
  fi
  sleep 0.1; i=$((i + 1))
done
echo "python-app $version runs on 127.0.0.1:$port (pid $(cat "$pidfile"))"
