# Sourced by the benchmarks that also time the system `mvn` (Maven 3.8.x here). Maven 3.8 adds
# org.codehaus.plexus:plexus-utils:1.1 to the class realm of every plugin that does not declare
# plexus-utils itself, so an offline run (-o) of our plugin fails when the local repository lacks
# it, though Maven 3.9 never asks for it. Resolved once, online, through the wrapper's Maven.

# ensure_system_mvn_deps LOCAL_REPO [MAVEN_ARGS...]: prints nothing when all is there.
ensure_system_mvn_deps() {
  local repo=$1; shift
  local jar=$repo/org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar
  command -v mvn > /dev/null || return 0
  [ -f "$jar" ] && return 0
  printf '%s\n' "== resolving plexus-utils 1.1 (Maven 3.8 puts it into every plugin's realm)" >&2
  "$(dirname "${BASH_SOURCE[0]}")/../../mvnw" -B -q -ntp "$@" \
    dependency:get -Dartifact=org.codehaus.plexus:plexus-utils:1.1 -Dtransitive=false >&2 || true
}
