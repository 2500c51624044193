#!/bin/sh
# The deploy-podman profile: builds the image python-app:<version> from the tagged sources and
# (re)starts the environment's container on the host network, detached, with its pid in
# <state>/run/app.pid. The rollback plan is the previous version's image, still there.
#   ops/container.sh VERSION PORT STATE
set -eu
version=$1 port=$2 state=$3
cd "$(dirname "$0")/.."
. ops/podman.sh
# One container per state folder: python-app-production-1234567890.
name="python-app-$(basename "$state")-$(printf %s "$state" | cksum | cut -d" " -f1)"
base="${PYTHON_BASE_IMAGE:-localhost/python-base:3.11}"
if ! podman_ image exists "$base"; then
  sh ops/python-base-image.sh
fi
podman_ build -q --build-arg "BASE=$base" -t "localhost/python-app:$version" . >/dev/null
podman_ rm -f -t 5 "$name" >/dev/null 2>&1 || true
podman_ run -d --name "$name" --network=host "localhost/python-app:$version" \
    --host 127.0.0.1 --port "$port" >/dev/null
mkdir -p "$state/run"
podman_ inspect -f '{{.State.Pid}}' "$name" > "$state/run/app.pid"
i=0
until python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$port" 2>/dev/null; do
  if [ $i -ge 100 ]; then
    echo "python-app $version did not start on port $port; podman logs $name:" >&2
    podman_ logs "$name" 2>&1 | tail -5 >&2
    exit 1
  fi
  sleep 0.1; i=$((i + 1))
done
echo "python-app $version runs in container $name on 127.0.0.1:$port (pid $(cat "$state/run/app.pid"))"
