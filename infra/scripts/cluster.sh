# The replicated stack of ./judge up --cluster (sourced by ./judge): three KRaft brokers, each a
# broker and a controller, and a Redis Cluster of three primaries and three replicas, all on
# loopback. Broker n listens on KAFKA_PORT + 100 (n-1) and its controller on KAFKA_CONTROLLER_PORT
# + 100 (n-1): 9092/9093, 9192/9193, 9292/9293. Redis nodes are REDIS_PORT .. REDIS_PORT + 5
# (6390-6395, cluster bus 16390-16395). Topics get three copies, two of which must have a record
# before a send succeeds; the services are told so (JUDGE_REPLICATION, JUDGE_MIN_INSYNC_REPLICAS).

KAFKA_NODES=(1 2 3)
REDIS_NODES=(1 2 3 4 5 6)

cluster_kafka_port() { echo $((KAFKA_PORT + 100 * ($1 - 1))); }
cluster_controller_port() { echo $((KAFKA_CONTROLLER_PORT + 100 * ($1 - 1))); }
cluster_redis_port() { echo $((REDIS_PORT + $1 - 1)); }
cluster_process() { [ "$2" = 1 ] && echo "$1" || echo "$1-$2"; } # kind, node: kafka, kafka-2, ...

cluster_bootstrap() {
  local n out=()
  for n in "${KAFKA_NODES[@]}"; do out+=("127.0.0.1:$(cluster_kafka_port "$n")"); done
  (IFS=,; echo "${out[*]}")
}

cluster_redis_uri() {
  local n out=()
  for n in "${REDIS_NODES[@]}"; do out+=("127.0.0.1:$(cluster_redis_port "$n")"); done
  (IFS=,; echo "redis-cluster://$REDIS_PASSWORD@${out[*]}")
}

start_kafka_cluster() {
  local libs="$ROOT/infra/target/kafka-libs/*" voters=() n dir id=""
  for n in "${KAFKA_NODES[@]}"; do voters+=("$n@127.0.0.1:$(cluster_controller_port "$n")"); done
  for n in "${KAFKA_NODES[@]}"; do
    dir="$RUN/kafka-cluster/$n"
    mkdir -p "$dir"
    cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$(IFS=,; echo "${voters[*]}")
listeners=PLAINTEXT://127.0.0.1:$(cluster_kafka_port "$n"),CONTROLLER://127.0.0.1:$(cluster_controller_port "$n")
advertised.listeners=PLAINTEXT://127.0.0.1:$(cluster_kafka_port "$n")
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=8
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
group.initial.rebalance.delay.ms=0
message.max.bytes=17825792
PROPS
    if [ ! -f "$dir/data/meta.properties" ]; then
      [ -n "$id" ] || id="$(cat "$RUN/kafka-cluster/cluster-id" 2>/dev/null || true)"
      if [ -z "$id" ]; then
        id="$(java -cp "$libs" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
        echo "$id" > "$RUN/kafka-cluster/cluster-id"
      fi
      java -cp "$libs" kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" > "$RUN/logs/kafka-format-$n.log" 2>&1 \
        || { echo "judge: formatting broker $n's storage failed, see $RUN/logs/kafka-format-$n.log" >&2; exit 1; }
    fi
    # shellcheck disable=SC2086 # JUDGE_KAFKA_JVM_OPTS is a list of options
    start_bg "$(cluster_process kafka "$n")" java -Xms256m -Xmx512m ${JUDGE_KAFKA_JVM_OPTS:-} -cp "$libs" kafka.Kafka "$dir/server.properties"
  done
}

start_redis_cluster() {
  local n port dir nodes=()
  for n in "${REDIS_NODES[@]}"; do
    port="$(cluster_redis_port "$n")"
    dir="$RUN/redis-cluster/$port"
    mkdir -p "$dir"
    nodes+=("127.0.0.1:$port")
    start_bg "$(cluster_process redis "$n")" redis-server --port "$port" --bind 127.0.0.1 --requirepass "$REDIS_PASSWORD" \
      --masterauth "$REDIS_PASSWORD" --cluster-enabled yes --cluster-config-file "$dir/nodes.conf" \
      --cluster-node-timeout "${JUDGE_REDIS_NODE_TIMEOUT_MS:-5000}" --cluster-require-full-coverage no --dir "$dir" --save "" --appendonly yes \
      --maxmemory "${JUDGE_REDIS_MAXMEMORY:-1gb}" --maxmemory-policy noeviction
  done
  for n in "${REDIS_NODES[@]}"; do wait_for "Redis on 127.0.0.1:$(cluster_redis_port "$n")" 20 port_open "$(cluster_redis_port "$n")"; done
  # The first start makes the cluster; later starts find it in each node's nodes.conf.
  if ! redis_cluster_ok; then
    if [ "$(cluster_known_nodes)" -lt 6 ]; then
      redis-cli -a "$REDIS_PASSWORD" --no-auth-warning --cluster create "${nodes[@]}" --cluster-replicas 1 --cluster-yes \
        > "$RUN/logs/redis-cluster-create.log" 2>&1 \
        || { echo "judge: redis-cli --cluster create failed, see $RUN/logs/redis-cluster-create.log" >&2; exit 1; }
    fi
    wait_for "the Redis Cluster (all slots served)" 60 redis_cluster_ok
  fi
}

cluster_known_nodes() {
  redis-cli -p "$REDIS_PORT" -a "$REDIS_PASSWORD" --no-auth-warning cluster info 2>/dev/null \
    | sed -n 's/^cluster_known_nodes:\([0-9]*\).*/\1/p' | grep . || echo 0
}

redis_cluster_ok() {
  local n
  for n in "${REDIS_NODES[@]}"; do
    redis-cli -p "$(cluster_redis_port "$n")" -a "$REDIS_PASSWORD" --no-auth-warning cluster info 2>/dev/null \
      | grep -q '^cluster_state:ok' || return 1
  done
}

# Redis, then Kafka; the nodes of each at once: stopped one by one, the last brokers would wait for
# a quorum that is gone, and Redis would fail over the primaries stopped first.
stop_stores() {
  local n stopping=()
  for n in "${REDIS_NODES[@]}"; do stop_bg "$(cluster_process redis "$n")" & stopping+=($!); done
  wait "${stopping[@]}"
  stopping=()
  for n in "${KAFKA_NODES[@]}"; do stop_bg "$(cluster_process kafka "$n")" & stopping+=($!); done
  wait "${stopping[@]}"
}
