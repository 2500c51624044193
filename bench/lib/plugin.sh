# Sourced by the benchmarks: the plugin jar this checkout builds, installed into the local
# repository when it is missing or stale. The local repository is shared with other checkouts,
# so bench/work/plugin.stamp keeps the checksum of the jar this checkout built, and a jar with
# another checksum is rebuilt. Expects: here, root, work, M2_REPO, PLUGIN_JAR, rebuild and log().

jar_sum() { sha256sum "$PLUGIN_JAR" 2>/dev/null | cut -c1-64; }

# ensure_plugin GOAL: builds the plugin when needed. Prints nothing when the jar is usable, else
# one line saying why not, and returns 1.
ensure_plugin() {
  local goal=$1 stale=false stamp=$here/work/plugin.stamp
  mkdir -p "$here/work"
  if $rebuild || [ ! -f "$PLUGIN_JAR" ] || [ ! -f "$stamp" ]; then
    stale=true
  elif [ "$(cat "$stamp")" != "$(jar_sum)" ]; then
    log "== the installed plugin jar is not the one this checkout built: rebuilding"
    stale=true
  elif [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$stamp" -print -quit)" ]; then
    stale=true
  fi
  if $stale; then
    log "== building the plugin: ./mvnw -B -q -ntp install -DskipTests -DskipITs (log: ${work#"$root"/}/build.log)"
    local repo_opt=()
    [ -n "${BENCH_M2_REPO:-}" ] && repo_opt=(-Dmaven.repo.local="$M2_REPO")
    if ! (cd "$root" && ./mvnw -B -q -ntp install -DskipTests -DskipITs "${repo_opt[@]}") \
         > "$work/build.log" 2>&1; then
      tail -n 20 "$work/build.log" >&2
      echo "the plugin build failed (see ${work#"$root"/}/build.log)"
      return 1
    fi
    jar_sum > "$stamp"
  fi
  log "== plugin: the jar this checkout built (HEAD $(git -C "$root" rev-parse --short HEAD)$(
    [ -z "$(git -C "$root" status --porcelain -- src pom.xml)" ] || echo ' + local changes'))"
  if ! python3 - "$PLUGIN_JAR" "$goal" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    d = z.read("META-INF/maven/plugin.xml").decode("utf-8")
sys.exit(0 if "<goal>" + sys.argv[2] + "</goal>" in d else 1)
PY
  then
    echo "the built plugin has no $goal goal"
    return 1
  fi
}
