# Sourced by the container scripts: podman as it runs on a plain Debian machine as root, with
# runc (crun trips over RLIMIT_NOFILE and hybrid cgroups there), cgroupfs, no ulimit defaults.
here=$(cd "$(dirname "$0")" && pwd)
export CONTAINERS_CONF="${CONTAINERS_CONF:-$here/containers.conf}"
podman_() {
  if [ -x /usr/sbin/runc ]; then
    podman --runtime /usr/sbin/runc --cgroup-manager=cgroupfs "$@"
  else
    podman "$@"
  fi
}
