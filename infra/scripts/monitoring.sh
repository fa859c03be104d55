# Prometheus (the rules and alerts of infra/prometheus), Alertmanager and the Redis exporter, from
# Debian's packages, against the stack the JUDGE_*_PORT variables describe (sourced by ./judge):
# ./judge monitoring, and what ./judge up --with-monitoring adds.

PROMETHEUS_PORT="${JUDGE_PROMETHEUS_PORT:-9090}"
ALERTMANAGER_PORT="${JUDGE_ALERTMANAGER_PORT:-9094}"
REDIS_EXPORTER_PORT="${JUDGE_REDIS_EXPORTER_PORT:-9121}"

cmd_monitoring() {
  install_packages "$(missing_packages curl)"
  ensure_monitoring_packages
  start_monitoring
}

start_monitoring() {
  local dir="$RUN/monitoring"
  mkdir -p "$dir" "$RUN/logs" "$RUN/pids"
  monitoring_config > "$dir/prometheus.yml"
  promtool check config "$dir/prometheus.yml" > "$RUN/logs/promtool.log" 2>&1 \
    || { echo "judge: the Prometheus configuration is invalid, see $RUN/logs/promtool.log" >&2; exit 1; }
  REDIS_PASSWORD="$REDIS_PASSWORD" start_bg redis-exporter prometheus-redis-exporter \
    -redis.addr "redis://127.0.0.1:$REDIS_PORT" -web.listen-address "127.0.0.1:$REDIS_EXPORTER_PORT"
  start_bg alertmanager prometheus-alertmanager --config.file="$ROOT/infra/prometheus/alertmanager.yml" \
    --storage.path="$dir/alertmanager-data" --web.listen-address="127.0.0.1:$ALERTMANAGER_PORT" --cluster.listen-address=
  start_bg prometheus prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/prometheus-data" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --web.enable-lifecycle
  wait_for "the Redis exporter on 127.0.0.1:$REDIS_EXPORTER_PORT" 20 ready "$REDIS_EXPORTER_PORT" /metrics
  wait_for "Alertmanager on 127.0.0.1:$ALERTMANAGER_PORT" 30 ready "$ALERTMANAGER_PORT" /-/ready
  wait_for "Prometheus on 127.0.0.1:$PROMETHEUS_PORT" 60 ready "$PROMETHEUS_PORT" /-/ready
  cat <<EOF_MON
  Prometheus       http://127.0.0.1:$PROMETHEUS_PORT   (rules and alerts: infra/prometheus/rules.yml)
  Alertmanager     http://127.0.0.1:$ALERTMANAGER_PORT   (route: infra/prometheus/alertmanager.yml)
  Redis exporter   http://127.0.0.1:$REDIS_EXPORTER_PORT/metrics
EOF_MON
}

# infra/prometheus/prometheus.yml with this stack's ports and the rule file's absolute path; the
# run stage's target lists every run-service instance running (up --run-services N).
monitoring_config() {
  local runs="127.0.0.1:${METRICS_PORT[run-service]}" name
  for name in $(extra_run_services); do runs="$runs\", \"127.0.0.1:$(run_service_port "${name#run-service-}")"; done
  sed -e "s#127.0.0.1:9101#127.0.0.1:${METRICS_PORT[compile-service]}#" \
      -e "s#127.0.0.1:9102#$runs#" \
      -e "s#127.0.0.1:9103#127.0.0.1:${METRICS_PORT[result-service]}#" \
      -e "s#127.0.0.1:9104#127.0.0.1:${METRICS_PORT[api-service]}#" \
      -e "s#127.0.0.1:9121#127.0.0.1:$REDIS_EXPORTER_PORT#" \
      -e "s#127.0.0.1:9094#127.0.0.1:$ALERTMANAGER_PORT#" \
      -e "s#127.0.0.1:9090#127.0.0.1:$PROMETHEUS_PORT#" \
      -e "s#^  - rules.yml#  - $ROOT/infra/prometheus/rules.yml#" \
      -e "s#^  scrape_interval: .*#  scrape_interval: ${JUDGE_SCRAPE_INTERVAL:-10s}#" \
      -e "s#^  evaluation_interval: .*#  evaluation_interval: ${JUDGE_EVALUATION_INTERVAL:-30s}#" \
      "$ROOT/infra/prometheus/prometheus.yml"
}
