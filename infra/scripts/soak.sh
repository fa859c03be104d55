# The soak (sourced by ./judge): ./judge soak [minutes] runs infra/soak/Soak.java against the
# stack for that long (20 minutes by default) at 70 % of the capacity it measures first, with
# HostileLoadIT's kinds of hostile traffic beside the ordinary submissions, and writes what it
# sampled (heap after GC, open files and threads per service, Redis's memory, p99 latency over
# time) to run/soak/<time>/samples.csv and summary.md. Not part of ./judge test. It uses the stack
# that runs, or starts one (./judge up) and stops it again at the end.

cmd_soak() {
  local minutes="${1:-20}" started=0 out services=""
  [[ "$minutes" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "judge: soak: minutes must be a number, got '$minutes'" >&2; exit 2; }
  if ! pid_alive api-service; then
    cmd_up >/dev/null
    started=1
    trap 'cmd_down >/dev/null' EXIT
  fi
  for s in "${SERVICES[@]}"; do services+="${services:+,}$s=${METRICS_PORT[$s]}"; done
  out="$RUN/soak/$(date -u +%Y%m%dT%H%M%SZ)"
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/infra/target/kafka-libs/*" "$ROOT/infra/soak/Soak.java" \
    "http://127.0.0.1:${JUDGE_API_PORT:-2358}" "127.0.0.1:$KAFKA_PORT" "$REDIS_PORT" "$REDIS_PASSWORD" "$RUN" "$services" \
    "$minutes" "$out"
  echo "judge: soak: $out/summary.md, $out/samples.csv"
  if [ "$started" = 1 ]; then
    cmd_down >/dev/null
    trap - EXIT
  fi
}
