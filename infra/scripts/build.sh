# The build and the tests (sourced by ./judge): ./judge test, and the build ./judge up does when a
# service's jar is older than its sources.

cmd_test() {
  ensure_packages
  ensure_monitoring_packages
  ensure_languages
  require_root
  bash "$ROOT/infra/test/judge-script-test.sh"
  bash "$ROOT/infra/test/monitoring-config-test.sh"
  mvn -B verify "$@"
}

service_jar() { ls "$ROOT/$1"/target/"$1"-*-exec.jar 2>/dev/null | head -1 || true; }

build_if_stale() {
  local stale=0 jar
  for s in "${SERVICES[@]}"; do
    jar="$(service_jar "$s")"
    if [ -z "$jar" ] || [ -n "$(find "$ROOT/$s/src" "$ROOT/shared-model/src" "$ROOT/shared-kafka/src" "$ROOT/shared-state/src" "$ROOT/sandbox/src" "$ROOT/sandbox/native" -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
      stale=1
    fi
  done
  [ -d "$ROOT/infra/target/kafka-libs" ] || stale=1
  [ -x "$ROOT/sandbox/target/native/judgebox" ] || stale=1
  if [ "$stale" = 1 ]; then
    echo "judge: building (mvn -B package -DskipTests) ..."
    mvn -B package -DskipTests > "$RUN/logs/build.log" 2>&1 || { echo "judge: build failed, see $RUN/logs/build.log" >&2; exit 1; }
  fi
}
