# The bookkeeping of the processes ./judge starts in the background (sourced by ./judge; tested by
# infra/test/judge-script-test.sh): every process has a name, a pid file under $RUN/pids, a log
# under $RUN/logs, and a marker its command line contains, so a reused pid is never taken for it.

RUN="${JUDGE_RUN_DIR:-$ROOT/run}"
SERVICES=(compile-service run-service result-service api-service)
MONITORS=(redis-exporter alertmanager prometheus)

process_marker() {
  case "$1" in
    kafka|kafka-[0-9]) echo "kafka.Kafka" ;;
    redis|redis-[0-9]) echo "redis-server" ;;
    prometheus) echo "prometheus --config.file" ;;
    alertmanager) echo "prometheus-alertmanager" ;;
    redis-exporter) echo "prometheus-redis-exporter" ;;
    run-service-[0-9]) echo "/run-service/target/run-service-" ;;
    *) echo "/$1/target/$1-" ;;
  esac
}

# Running = the pid file names a process that is not a zombie (a SIGKILLed process stays one
# until its parent or init reaps it, which some hosts do late) and whose command line is ours.
pid_alive() {
  local file="$RUN/pids/$1.pid" pid stat state
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  state="${stat##*) }"; state="${state%% *}"
  [ "$state" != Z ] && [ "$state" != X ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(process_marker "$1")"
}

start_bg() { # name, command...
  local name="$1"; shift
  if pid_alive "$name"; then echo "judge: $name already runs (pid $(cat "$RUN/pids/$name.pid"))"; return; fi
  nohup "$@" > "$RUN/logs/$name.log" 2>&1 &
  echo $! > "$RUN/pids/$name.pid"
  echo "judge: started $name (pid $!)"
}

stop_bg() { # name
  local name="$1" pid
  if pid_alive "$name"; then
    pid="$(cat "$RUN/pids/$name.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    echo "judge: stopped $name (pid $pid)"
  fi
  rm -f "$RUN/pids/$name.pid"
}

wait_for() { # description, seconds, test command...
  local what="$1" secs="$2"; shift 2
  for _ in $(seq $((secs * 5))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "judge: $what did not come up; see $RUN/logs/" >&2
  exit 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ready() { curl -sf "http://127.0.0.1:$1$2" >/dev/null; }
