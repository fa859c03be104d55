# The local stack (sourced by ./judge): the Kafka broker (KRaft, one node), Redis and the four
# services as background processes of infra/scripts/processes.sh; ./judge up, down, status, demo.
# up --cluster runs three brokers and a Redis Cluster instead (infra/scripts/cluster.sh);
# up --run-services N starts N run-service instances (run-service, run-service-2, ...).

KAFKA_PORT="${JUDGE_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${JUDGE_KAFKA_CONTROLLER_PORT:-9093}"
REDIS_PORT="${JUDGE_REDIS_PORT:-6390}"
REDIS_PASSWORD="${JUDGE_REDIS_PASSWORD:-judge-local}"
# What the services are told: one broker and one Redis unless up --cluster says otherwise.
STACK_KAFKA="127.0.0.1:$KAFKA_PORT"
STACK_REDIS_URI="redis://$REDIS_PASSWORD@127.0.0.1:$REDIS_PORT"
STACK_REPLICATION=1
STACK_MIN_INSYNC=1
declare -A METRICS_PORT=([compile-service]="${JUDGE_COMPILE_METRICS_PORT:-9101}" [run-service]="${JUDGE_RUN_METRICS_PORT:-9102}" [result-service]="${JUDGE_RESULT_METRICS_PORT:-9103}" [api-service]="${JUDGE_API_METRICS_PORT:-9104}")

cmd_up() {
  local monitoring=0 cluster=0 run_services=1 n
  while [ $# -gt 0 ]; do
    case "$1" in
      --with-monitoring) monitoring=1 ;;
      --cluster) cluster=1 ;;
      --run-services) run_services="${2:-}"; [ $# -lt 2 ] || shift ;;
      --run-services=*) run_services="${1#*=}" ;;
      *) echo "judge: up: unknown option '$1' (known: --with-monitoring, --cluster, --run-services N)" >&2; exit 2 ;;
    esac
    shift
  done
  [[ "$run_services" =~ ^[1-9]$ ]] || { echo "judge: up: --run-services takes 1 to 9, not '$run_services'" >&2; exit 2; }
  ensure_packages
  [ "$monitoring" = 0 ] || ensure_monitoring_packages
  ensure_languages
  require_root
  mkdir -p "$RUN/logs" "$RUN/pids"
  build_if_stale
  if [ "$cluster" = 1 ]; then
    start_kafka_cluster
    start_redis_cluster
    for n in "${KAFKA_NODES[@]}"; do
      wait_for "Kafka on 127.0.0.1:$(cluster_kafka_port "$n")" 60 port_open "$(cluster_kafka_port "$n")"
    done
    STACK_KAFKA="$(cluster_bootstrap)" STACK_REDIS_URI="$(cluster_redis_uri)" STACK_REPLICATION=3 STACK_MIN_INSYNC=2
  else
    start_kafka
    start_redis
    wait_for "Kafka on 127.0.0.1:$KAFKA_PORT" 60 port_open "$KAFKA_PORT"
    wait_for "Redis on 127.0.0.1:$REDIS_PORT" 20 port_open "$REDIS_PORT"
  fi
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for n in $(seq 2 "$run_services"); do start_run_service "$n"; done
  for s in "${SERVICES[@]}"; do wait_for "$s" 120 healthy "${METRICS_PORT[$s]}"; done
  for n in $(seq 2 "$run_services"); do wait_for "run-service-$n" 120 healthy "$(run_service_port "$n")"; done
  cat <<EOF_UP
judge: the stack is up
  Kafka            $STACK_KAFKA   (publish to judge.submissions, read judge.verdicts)
  Redis            ${STACK_REDIS_URI#*@}   (password in JUDGE_REDIS_PASSWORD, default judge-local)
  compile-service  http://127.0.0.1:${METRICS_PORT[compile-service]}/actuator/prometheus
  run-service      http://127.0.0.1:${METRICS_PORT[run-service]}/actuator/prometheus$(for n in $(seq 2 "$run_services"); do printf ', :%s' "$(run_service_port "$n")"; done)
  result-service   http://127.0.0.1:${METRICS_PORT[result-service]}/actuator/prometheus
  api-service      http://127.0.0.1:${JUDGE_API_PORT:-2358} (HTTP API), metrics http://127.0.0.1:${METRICS_PORT[api-service]}/actuator/prometheus
  logs             $RUN/logs/
EOF_UP
  [ "$monitoring" = 0 ] || start_monitoring
}

cmd_down() {
  for name in "${MONITORS[@]}" api-service result-service $(extra_run_services) run-service compile-service; do
    stop_bg "$name"
  done
  stop_stores
}

cmd_status() {
  local brokers=(kafka) redis=(redis) n
  for n in 2 3; do [ -f "$RUN/pids/kafka-$n.pid" ] && brokers+=("kafka-$n"); done
  for n in 2 3 4 5 6; do [ -f "$RUN/pids/redis-$n.pid" ] && redis+=("redis-$n"); done
  for name in "${brokers[@]}" "${redis[@]}" "${SERVICES[@]}" $(extra_run_services) "${MONITORS[@]}"; do
    if pid_alive "$name"; then echo "$name: running (pid $(cat "$RUN/pids/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

cmd_demo() {
  cmd_up
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/infra/target/kafka-libs/*" "$ROOT/infra/demo/Demo.java" "127.0.0.1:$KAFKA_PORT" \
    "$ROOT/pipeline-tests/src/test/resources/languages" "$ROOT/pipeline-tests/src/test/resources/problems" \
    "http://127.0.0.1:${JUDGE_API_PORT:-2358}"
}

start_kafka() {
  local dir="$RUN/kafka" libs="$ROOT/infra/target/kafka-libs/*"
  mkdir -p "$dir"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=8
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=17825792
PROPS
  if [ ! -f "$dir/data/meta.properties" ]; then
    local id
    id="$(java -cp "$libs" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    java -cp "$libs" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" > "$RUN/logs/kafka-format.log" 2>&1 \
      || { echo "judge: formatting Kafka's storage failed, see $RUN/logs/kafka-format.log" >&2; exit 1; }
  fi
  # shellcheck disable=SC2086 # JUDGE_KAFKA_JVM_OPTS is a list of options
  start_bg kafka java -Xms256m -Xmx768m ${JUDGE_KAFKA_JVM_OPTS:-} -cp "$libs" kafka.Kafka "$dir/server.properties"
}

start_redis() {
  mkdir -p "$RUN/redis"
  # A memory ceiling, and a policy that never drops a key: submission states, outputs and callbacks
  # must not vanish; past the ceiling writes fail (and are retried) rather than losing data.
  start_bg redis redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --requirepass "$REDIS_PASSWORD" \
    --dir "$RUN/redis" --save "" --appendonly yes --maxmemory "${JUDGE_REDIS_MAXMEMORY:-4gb}" --maxmemory-policy noeviction
}

start_service() { # service [process name]
  local s="$1"
  # shellcheck disable=SC2086 # JUDGE_SERVICE_JVM_OPTS is a list of options
  JUDGE_KAFKA="$STACK_KAFKA" \
  JUDGE_REDIS_URI="$STACK_REDIS_URI" \
  JUDGE_REPLICATION="$STACK_REPLICATION" \
  JUDGE_MIN_INSYNC_REPLICAS="$STACK_MIN_INSYNC" \
  JUDGE_SANDBOX_BINARY="$ROOT/sandbox/target/native/judgebox" \
    start_bg "${2:-$s}" java -Xmx512m -XX:+UseSerialGC -Djdk.lang.Process.launchMechanism=VFORK ${JUDGE_SERVICE_JVM_OPTS--XX:TieredStopAtLevel=1} \
      -jar "$(service_jar "$s")"
}

# Instance n (2..9) of run-service: its own metrics port (9102 + 10 (n-1): 9112, 9122, ...), pid
# file and log; the same box range as the first, whose ids the instances claim with lock files in
# one directory (JUDGE_BOX_LOCKS), so no two hold one box.
run_service_port() { echo $((METRICS_PORT[run-service] + 10 * ($1 - 1))); }
start_run_service() { JUDGE_RUN_METRICS_PORT="$(run_service_port "$1")" start_service run-service "run-service-$1"; }
extra_run_services() { # the further instances that have a pid file
  local f
  for f in "$RUN"/pids/run-service-[2-9].pid; do [ -e "$f" ] && basename "$f" .pid; done
  return 0
}

healthy() { curl -sf "http://127.0.0.1:$1/actuator/health" | grep -q UP; }
