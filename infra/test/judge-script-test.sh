#!/usr/bin/env bash
# Tests of the ./judge script's process bookkeeping: what counts as a running service.
# Uses only trusted host binaries (sleep, perl); prints "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export JUDGE_RUN_DIR; JUDGE_RUN_DIR="$(mktemp -d)"
# shellcheck source=../../judge
source "$ROOT/judge"
mkdir -p "$RUN/pids" "$RUN/logs"
passed=0 failed=0
check() { # description, expected (yes|no), service name
  local got=no
  pid_alive "$3" && got=yes
  if [ "$got" = "$2" ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1 (running: $got)"; fi
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
rm -rf "$JUDGE_RUN_DIR" "$zombie_parent_out"
echo "judge-script: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
