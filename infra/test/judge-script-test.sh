#!/usr/bin/env bash
# Tests of the ./judge script: its process bookkeeping (infra/scripts/processes.sh: what counts as
# a running service) and its dispatcher (usage, unknown commands, commands that install nothing).
# Uses only trusted host binaries (sleep, perl); prints "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JUDGE_RUN_DIR; JUDGE_RUN_DIR="$(mktemp -d)"
# shellcheck source=../scripts/processes.sh
source "$ROOT/infra/scripts/processes.sh"
mkdir -p "$RUN/pids" "$RUN/logs"
passed=0 failed=0
check() { # description, expected (yes|no), service name
  local got=no
  pid_alive "$3" && got=yes
  if [ "$got" = "$2" ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1 (running: $got)"; fi
}
verdict() { # description, "" when it held or what was seen instead
  if [ -z "$2" ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1 ($2)"; fi
}

# A zombie: a child that exited and that its parent (perl, sleeping) never reaps.
zombie_parent_out="$(mktemp)"
perl -e '$p = fork(); if (!$p) { exit 0 } print "$p\n"; STDOUT->flush(); sleep 30' > "$zombie_parent_out" &
parent=$!
for _ in $(seq 50); do [ -s "$zombie_parent_out" ] && break; sleep 0.1; done
zombie="$(cat "$zombie_parent_out")"
for _ in $(seq 50); do grep -q ') Z ' "/proc/$zombie/stat" 2>/dev/null && break; sleep 0.1; done
echo "$zombie" > "$RUN/pids/run-service.pid"
check "a SIGKILLed service that is still a zombie is not running" no run-service

# A live process whose command line is not the service's (a reused pid).
sleep 30 & other=$!
echo "$other" > "$RUN/pids/redis.pid"
check "a live process of another program is not the service" no redis

# A live process whose command line is the service's.
bash -c 'exec -a "java -jar /x/run-service/target/run-service-0.1.0-exec.jar" sleep 30' & ours=$!
for _ in $(seq 50); do grep -q run-service "/proc/$ours/cmdline" 2>/dev/null && break; sleep 0.1; done
echo "$ours" > "$RUN/pids/run-service.pid"
check "the service's own live process is running" yes run-service

echo 999999999 > "$RUN/pids/kafka.pid"
check "a pid that does not exist is not running" no kafka
rm -f "$RUN/pids/kafka.pid"
check "no pid file is not running" no kafka

# up restarts what is not running, and says so.
echo "$zombie" > "$RUN/pids/result-service.pid"
out="$(start_bg result-service sleep 30)"
new="$(cat "$RUN/pids/result-service.pid")"
if [ "$new" != "$zombie" ] && [[ "$out" == "judge: started result-service (pid $new)" ]]; then
  passed=$((passed + 1)); echo "ok: a service found dead is started again and named"
else
  failed=$((failed + 1)); echo "FAILED: restart after a zombie (said: $out)"
fi

kill "$parent" "$other" "$ours" "$new" 2>/dev/null
wait 2>/dev/null

# The dispatcher, run as a command against an empty run directory. The package and build tools
# are stubs that log their call and fail, so a command that would install or build shows it and
# stops there instead of touching the machine.
stubs="$(mktemp -d)" calls="$(mktemp)"
for tool in dpkg-query apt-get mvn make npm java; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\nexit 97\n' "$tool" "$calls" > "$stubs/$tool"; chmod +x "$stubs/$tool"
done
judge() { # args...; sets code, out, err
  local o e; o="$(mktemp)" e="$(mktemp)"
  : > "$calls"
  code=0; JUDGE_RUN_DIR="$stubs/run" PATH="$stubs:$PATH" bash "$ROOT/judge" "$@" > "$o" 2> "$e" || code=$?
  out="$(cat "$o")" err="$(cat "$e")"; rm -f "$o" "$e"
}
mkdir -p "$stubs/run"

judge frobnicate
problem=""
[ "$code" = 2 ] || problem="exit $code"
[[ "$err" == *"judge: unknown command 'frobnicate'"* && "$err" == *"usage: ./judge <command>"* ]] || problem+=" stderr: $err"
[ -z "$out" ] || problem+=" stdout: $out"
verdict "an unknown command prints the usage on stderr and exits 2" "$problem"

problem=""
for args in help --help -h ""; do
  # shellcheck disable=SC2086 # "" means no argument at all
  judge $args
  [ "$code" = 0 ] && [[ "$out" == "usage: ./judge <command>"* ]] || problem+=" '$args': exit $code, $out$err"
  for c in up monitoring down status demo test bench bench-api soak; do
    grep -qE "^  $c " <<< "$out" || problem+=" '$args' does not list $c"
  done
done
verdict "help, --help, -h and no command print the usage, listing every command" "$problem"

judge status
problem=""
[ "$code" = 0 ] || problem="exit $code: $err"
[ "$(grep -c ': stopped$' <<< "$out")" = 9 ] || problem+=" said: $out"
[ -s "$calls" ] && problem+=" called: $(tr '\n' ';' < "$calls")"
verdict "status names the nine processes and checks or installs no package" "$problem"

mkdir -p "$stubs/run/pids"; echo 999999999 > "$stubs/run/pids/kafka.pid"
judge down
problem=""
[ "$code" = 0 ] || problem="exit $code: $err"
[ -e "$stubs/run/pids/kafka.pid" ] && problem+=" left a stale pid file"
[ -s "$calls" ] && problem+=" called: $(tr '\n' ';' < "$calls")"
verdict "down clears stale pid files and checks or installs no package" "$problem"

# up --cluster's nodes and up --run-services' further instances: listed while they have pid
# files, stopped and cleared by down.
for name in kafka-2 redis-6 run-service-3; do echo 999999999 > "$stubs/run/pids/$name.pid"; done
judge status
problem=""
for name in kafka-2 redis-6 run-service-3; do grep -q "^$name: stopped$" <<< "$out" || problem+=" no $name in: $out"; done
judge down
for name in kafka-2 redis-6 run-service-3; do [ -e "$stubs/run/pids/$name.pid" ] && problem+=" left $name's stale pid file"; done
[ -s "$calls" ] && problem+=" called: $(tr '\n' ';' < "$calls")"
verdict "status lists up --cluster's further nodes and up --run-services' instances, and down clears them" "$problem"

# A further run-service instance is told its own metrics port and counts as running by its marker.
ports="$(ROOT="$ROOT" bash -c 'for s in processes stack; do . "$ROOT/infra/scripts/$s.sh"; done
  run_service_port 2; run_service_port 3; process_marker run-service-2')"
problem=""
[ "$ports" = $'9112\n9122\n/run-service/target/run-service-' ] || problem="got: $ports"
verdict "up --run-services gives instances 2 and 3 metrics ports 9112 and 9122 and run-service's jar as marker" "$problem"

# up --cluster's addresses, as docs/operations.md lists them.
cluster_addresses="$(ROOT="$ROOT" bash -c 'for s in processes stack cluster; do . "$ROOT/infra/scripts/$s.sh"; done
  cluster_bootstrap; cluster_redis_uri')"
expected="127.0.0.1:9092,127.0.0.1:9192,127.0.0.1:9292
redis-cluster://judge-local@127.0.0.1:6390,127.0.0.1:6391,127.0.0.1:6392,127.0.0.1:6393,127.0.0.1:6394,127.0.0.1:6395"
problem=""
[ "$cluster_addresses" = "$expected" ] || problem="got: $cluster_addresses"
verdict "up --cluster gives the services three brokers and six Redis nodes on the documented ports" "$problem"

for args in "up --bogus" "up --run-services 0" "up --run-services" "bench --tolerance much" "bench --bogus" "soak forever"; do
  # shellcheck disable=SC2086 # a command and its options
  judge $args
  problem=""
  [ "$code" = 2 ] || problem="exit $code: $err"
  [[ "$err" == "judge: ${args%% *}: "* ]] || problem+=" said: $err"
  [ -s "$calls" ] && problem+=" called: $(tr '\n' ';' < "$calls")"
  verdict "./judge $args is refused (exit 2) before anything is installed or built" "$problem"
done

rm -rf "$JUDGE_RUN_DIR" "$zombie_parent_out" "$stubs" "$calls"
echo "judge-script: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
