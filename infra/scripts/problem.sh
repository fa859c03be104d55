# ./judge problem check PACKAGE: imports a problem package (zip or directory) into the running
# stack (started if it is not) and judges every program under its submissions/ folder.

cmd_problem() {
  case "${1:-}" in
    check)
      shift
      [ $# -eq 1 ] || { echo "usage: ./judge problem check PACKAGE (a .zip or a directory)" >&2; exit 2; }
      [ -e "$1" ] || { echo "judge: problem check: no package at '$1'" >&2; exit 2; }
      local pkg; pkg="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
      cmd_up >/dev/null
      java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/infra/target/kafka-libs/*" \
        "$ROOT/infra/problem/ProblemCheck.java" "http://127.0.0.1:${JUDGE_API_PORT:-2358}" "$pkg"
      ;;
    *) echo "usage: ./judge problem check PACKAGE (a .zip or a directory)" >&2; exit 2 ;;
  esac
}
