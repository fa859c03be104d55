# The benchmarks (sourced by ./judge): ./judge bench (the sandbox, a plain-launcher baseline, the
# sandbox driver, the running stack, the broker alone) and ./judge bench-api (the HTTP API against
# a running stack). They report numbers; the tests assert behaviour.

# ./judge bench [--compare] [--tolerance PERCENT]: without --compare the run becomes the committed
# baseline (infra/bench/baseline.json); with it, the run is compared to that baseline and the
# command fails, naming the numbers, when one is more than the tolerance (default 25 %) worse.
cmd_bench() {
  if [ "${1:-}" = languages ]; then
    shift
    bench_languages "$@"
    return
  fi
  if [ "${1:-}" = problems ]; then
    shift
    bench_problems "$@"
    return
  fi
  local compare=0 tolerance=25
  while [ $# -gt 0 ]; do
    case "$1" in
      --compare) compare=1 ;;
      --tolerance) shift; tolerance="${1:-}"
        [[ "$tolerance" =~ ^[0-9]+$ ]] || { echo "judge: bench: --tolerance needs a whole percentage, got '$tolerance'" >&2; exit 2; } ;;
      *) echo "judge: bench: unknown option '$1' (known: --compare, --tolerance PERCENT)" >&2; exit 2 ;;
    esac
    shift
  done
  if [ "$compare" = 1 ] && [ ! -f "$ROOT/infra/bench/baseline.json" ]; then
    echo "judge: bench --compare: no baseline yet (infra/bench/baseline.json); run ./judge bench first" >&2; exit 2
  fi
  ensure_packages
  ensure_languages
  require_root
  mkdir -p "$RUN/bench"
  echo "== the sandbox (make bench)"
  make -s -C "$ROOT/sandbox/native" BUILD="$ROOT/sandbox/target/native" bench ROUNDS="${JUDGE_BENCH_ROUNDS:-300}"
  echo "== the baseline: a 20-test C batch judged by a plain loop around the launcher"
  bench_baseline
  local quiet=(java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn) libs="$ROOT/infra/target/kafka-libs/*"
  echo "== the sandbox driver: per test, as run-service pays it (launcher spawned vs resident)"
  "${quiet[@]}" -cp "$(ls "$ROOT"/sandbox/target/sandbox-*-SNAPSHOT.jar | grep -v tests):$libs" \
    "$ROOT/infra/bench/DriverBench.java" "$ROOT/sandbox/target/native/judgebox" "$RUN/bench-aplusb" 10 40 \
    | tee "$RUN/bench/driver-bench.md"
  cmd_up >/dev/null
  # The two benchmarks that publish submissions read verdicts through one class (VerdictStream),
  # so they are compiled together rather than launched as single source files.
  local classes="$RUN/bench/classes"
  javac -nowarn -d "$classes" -cp "$libs" "$ROOT/infra/bench/VerdictStream.java" \
    "$ROOT/infra/bench/StackBench.java" "$ROOT/infra/bench/LanguageBench.java"
  echo "== the stack (20-test batches per language via Kafka and HTTP, throughput, burst)"
  "${quiet[@]}" -cp "$classes:$libs" StackBench \
    "127.0.0.1:$KAFKA_PORT" "http://127.0.0.1:${JUDGE_API_PORT:-2358}" "$RUN" "${JUDGE_BENCH_BATCHES:-10}" "${JUDGE_BENCH_BURST:-2000}"
  echo "== the broker alone: its CPU per record, outside the pipeline"
  "${quiet[@]}" -cp "$libs" "$ROOT/infra/bench/BrokerBench.java" \
    "127.0.0.1:$KAFKA_PORT" "$RUN/pids/kafka.pid" 1200 40 | grep "^Broker alone" | tee "$RUN/bench/broker-bench.md"
  echo "== every language: a 20-test A+B batch through the stack vs 20 bare runs of its toolchain"
  language_bench
  local baseline=(java -cp "$libs" "$ROOT/infra/bench/Baseline.java")
  if [ "$compare" = 1 ]; then
    "${baseline[@]}" compare "$RUN/bench/stack-bench.json" "$ROOT/infra/bench/baseline.json" "$tolerance"
  else
    "${baseline[@]}" record "$RUN/bench/stack-bench.json" "$ROOT/infra/bench/baseline.json" "$(machine_description)"
  fi
}

# ./judge bench languages [LANGUAGE...]: only the language part of ./judge bench (every declared
# language, or the ones named), against the stack; it starts the stack when it is not running and
# then stops it again. Results in run/bench/languages.md.
bench_languages() {
  ensure_packages
  ensure_languages
  require_root
  mkdir -p "$RUN/bench"
  local started=0
  pid_alive run-service || started=1
  cmd_up >/dev/null
  echo "== every language: a 20-test A+B batch through the stack vs 20 bare runs of its toolchain"
  echo "machine: $(machine_description); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  local rc=0
  language_bench "$@" || rc=$?
  [ "$started" = 0 ] || cmd_down
  return "$rc"
}

# ./judge bench problems [COUNT [MIB]]: COUNT problems (8) of MIB MiB of test data each (256)
# imported into the running stack, then a submission judged on the first and the last: the scale
# docs/performance.md records (2 GiB over all problems on the default stack).
bench_problems() {
  local count="${1:-8}" mib="${2:-256}"
  [[ "$count" =~ ^[0-9]+$ && "$mib" =~ ^[0-9]+$ && "$count" -gt 0 && "$mib" -gt 0 ]] \
    || { echo "judge: bench problems: COUNT and MIB must be positive whole numbers" >&2; exit 2; }
  require_root
  cmd_up >/dev/null
  echo "machine: $(machine_description); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -Xmx256m "$ROOT/infra/bench/ProblemScaleBench.java" "http://127.0.0.1:${JUDGE_API_PORT:-2358}" "$count" "$mib" "$RUN"
  echo "Redis: $(redis-cli -p "$REDIS_PORT" -a "$REDIS_PASSWORD" --no-auth-warning info memory \
    | grep -E '^(used_memory_human|maxmemory_human):' | tr -d '\r' | tr '\n' ' ')"
}

language_bench() {
  local libs="$ROOT/infra/target/kafka-libs/*" classes="$RUN/bench/classes"
  mkdir -p "$RUN/bench"
  javac -nowarn -d "$classes" -cp "$libs" "$ROOT/infra/bench/VerdictStream.java" "$ROOT/infra/bench/LanguageBench.java"
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classes:$libs" LanguageBench \
    "127.0.0.1:$KAFKA_PORT" "$ROOT" "$RUN/bench/languages.md" "${JUDGE_BENCH_LANGUAGE_ROUNDS:-3}" "$@"
}

machine_description() {
  local model cores mem
  model="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  cores="$(nproc)"
  mem="$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "$cores vCPUs ($model), $mem, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
}

# What judges do without this project: compile once, then --init/--run/--cleanup per test, one
# test at a time, no Kafka; and the same trusted A+B binary run bare 20 times, for scale.
bench_baseline() {
  local jb="$ROOT/sandbox/target/native/judgebox" box=990 dir t start end bare_start bare_end
  local src='#include <stdio.h>
int main(void){long a,b;scanf("%ld %ld",&a,&b);printf("%ld\n",a+b);return 0;}'
  "$jb" --box-id=$box --cg --cleanup >/dev/null 2>&1 || true
  start=$(date +%s%N)
  dir="$("$jb" --box-id=$box --cg --init)/box"
  printf '%s\n' "$src" > "$dir/main.c"
  "$jb" --box-id=$box --cg -p64 -t 10 -w 20 --cg-mem=524288 -s -E PATH=/usr/bin:/bin --run -- /usr/bin/gcc -O2 -o prog main.c >/dev/null 2>&1
  cp "$dir/prog" "$RUN/bench-aplusb"
  "$jb" --box-id=$box --cg --cleanup >/dev/null
  for t in $(seq 0 19); do
    dir="$("$jb" --box-id=$box --cg --init)/box"
    cp "$RUN/bench-aplusb" "$dir/prog"
    echo "$t $((2 * t))" > "$dir/in.txt"
    "$jb" --box-id=$box --cg -t 2 -w 5 --cg-mem=262144 -s --stdin=in.txt --stdout=out.txt --run -- /box/prog >/dev/null 2>&1
    [ "$(cat "$dir/out.txt")" = "$((3 * t))" ] || echo "judge: baseline test $t gave the wrong answer" >&2
    "$jb" --box-id=$box --cg --cleanup >/dev/null
  done
  end=$(date +%s%N)
  bare_start=$(date +%s%N)
  for t in $(seq 0 19); do echo "$t $((2 * t))" | "$RUN/bench-aplusb" >/dev/null; done
  bare_end=$(date +%s%N)
  echo "| baseline | time |"
  echo "|---|---|"
  echo "| compile once + --init/--run/--cleanup per test, 20 tests, sequential | $(( (end - start) / 1000000 )) ms |"
  echo "| the A+B binary run bare 20 times | $(( (bare_end - bare_start) / 1000000 )) ms |"
}

cmd_bench_api() {
  pid_alive api-service || { echo "judge: the stack is not running; start it with ./judge up" >&2; exit 1; }
  java "$ROOT/infra/bench/ApiBench.java" "http://127.0.0.1:${JUDGE_API_PORT:-2358}" "${1:-30}"
}
