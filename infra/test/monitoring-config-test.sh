#!/usr/bin/env bash
# Checks the monitoring and deployment files with the real tools: promtool (config, rules, the
# alert unit tests under infra/prometheus/tests), amtool, and docker-compose config (no engine
# needed). Run by ./judge test; prints "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JUDGE_RUN_DIR; JUDGE_RUN_DIR="$(mktemp -d)"
trap 'rm -rf "$JUDGE_RUN_DIR"' EXIT
RUN="$JUDGE_RUN_DIR"   # what processes.sh would set; stack.sh and monitoring.sh read it
# shellcheck source=../scripts/stack.sh
source "$ROOT/infra/scripts/stack.sh"
# shellcheck source=../scripts/monitoring.sh
source "$ROOT/infra/scripts/monitoring.sh"
passed=0 failed=0
check() { # description, command...
  local what="$1" out; shift
  if out="$("$@" 2>&1)"; then passed=$((passed + 1)); echo "ok: $what"
  else failed=$((failed + 1)); echo "FAILED: $what"; echo "$out" | sed 's/^/    /'; fi
}

check "promtool check rules infra/prometheus/rules.yml" promtool check rules "$ROOT/infra/prometheus/rules.yml"
check "promtool check config infra/prometheus/prometheus.yml" promtool check config "$ROOT/infra/prometheus/prometheus.yml"
for t in "$ROOT"/infra/prometheus/tests/*.yml; do
  check "promtool test rules ${t#"$ROOT"/}" promtool test rules "$t"
done
check "amtool check-config infra/prometheus/alertmanager.yml" amtool check-config "$ROOT/infra/prometheus/alertmanager.yml"

# The configuration ./judge up --with-monitoring writes, with ports other than the defaults.
PROMETHEUS_PORT=19090 REDIS_EXPORTER_PORT=19121 METRICS_PORT[run-service]=19102
monitoring_config > "$JUDGE_RUN_DIR/prometheus.yml"
check "the generated Prometheus configuration is valid" promtool check config "$JUDGE_RUN_DIR/prometheus.yml"
check "the generated configuration scrapes the configured ports" \
  grep -q '127.0.0.1:19102' "$JUDGE_RUN_DIR/prometheus.yml"
check "the generated configuration reads the project's rules" \
  grep -q "$ROOT/infra/prometheus/rules.yml" "$JUDGE_RUN_DIR/prometheus.yml"
# With further run-service instances running (up --run-services 2), it scrapes them all.
mkdir -p "$RUN/pids" && touch "$RUN/pids/run-service-2.pid"
monitoring_config > "$JUDGE_RUN_DIR/prometheus-runs.yml"
rm -f "$RUN/pids/run-service-2.pid"
check "the generated configuration is valid with two run-service instances" \
  promtool check config "$JUDGE_RUN_DIR/prometheus-runs.yml"
check "the generated configuration scrapes every run-service instance running" \
  grep -q '"127.0.0.1:19102", "127.0.0.1:19112"' "$JUDGE_RUN_DIR/prometheus-runs.yml"

if [ -f "$ROOT/infra/compose/docker-compose.yml" ]; then
  check "docker-compose config (infra/compose/docker-compose.yml)" \
    docker-compose -f "$ROOT/infra/compose/docker-compose.yml" config -q
  check "every image the compose file builds has its Dockerfile and build context" \
    bash "$ROOT/infra/compose/check-builds.sh"
  sed "s#/etc/prometheus/rules.yml#$ROOT/infra/prometheus/rules.yml#" "$ROOT/infra/compose/prometheus.yml" \
    > "$JUDGE_RUN_DIR/compose-prometheus.yml"
  check "promtool check config infra/compose/prometheus.yml" promtool check config "$JUDGE_RUN_DIR/compose-prometheus.yml"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
