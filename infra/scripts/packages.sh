# The Debian packages ./judge needs, checked only by the commands that use them and installed only
# when missing (sourced by ./judge). Which command needs what:
#   test                     PACKAGES, MONITORING_PACKAGES, the languages (infra/scripts/languages.sh)
#   up, demo, bench          PACKAGES, the languages; up --with-monitoring also MONITORING_PACKAGES
#   monitoring               MONITORING_PACKAGES and curl
#   down, status, bench-api  nothing

# The launcher's build, the services' build, the local stack (redis-server; curl for health checks)
# and the two judged languages the tests cannot do without (python3, nodejs).
#
# Why OpenJDK 17 when Java programs are judged on the newest JDK: the two are different JDKs for
# different jobs. openjdk-17-jdk-headless is Debian 12's default JDK, the one `java` and `mvn`
# resolve to: Maven (whose Debian package brings only a JRE, and compiling needs javac) builds with
# it at the root POM's release 17 (the enforcer's floor), and the service JVMs, the Kafka broker and
# the bench clients run on it. The JDK that compiles and runs submitted Java is found at run time,
# the newest under /usr/lib/jvm (sandbox's Jdks, Temurin 25 on the build machines, installed
# outside apt); on a machine with nothing newer that is this JDK 17, and JavaStartupIT uses it to
# cover the CDS path of JDKs before 25. Raising the pin means raising maven.compiler.release too.
PACKAGES=(gcc g++ make libseccomp-dev python3 nodejs redis-server maven openjdk-17-jdk-headless curl)
# Monitoring and deployment checks (promtool, amtool, the Redis exporter, docker-compose config);
# installed without recommends, so no Docker engine comes along.
MONITORING_PACKAGES=(prometheus prometheus-alertmanager prometheus-redis-exporter docker-compose)

ensure_packages() { install_packages "$(missing_packages "${PACKAGES[@]}")"; }

ensure_monitoring_packages() {
  install_packages "$(missing_packages "${MONITORING_PACKAGES[@]}")" --no-install-recommends
}

missing_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

install_packages() { # "names", apt options...
  local missing="$1"; shift
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "judge: missing Debian packages: $missing" >&2
    echo "judge: install them (as root: apt-get install $missing) and run again" >&2
    exit 1
  fi
  echo "judge: installing $missing"
  apt-get update -qq
  # The monitoring packages would start their own daemons on Debian's default ports; a
  # policy-rc.d that refuses service starts keeps them off (./judge up starts its own).
  local policy=/usr/sbin/policy-rc.d added=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; added=1; fi
  # shellcheck disable=SC2086 # $missing is a list of package names
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" $missing >/dev/null || { [ "$added" = 0 ] || rm -f "$policy"; exit 1; }
  [ "$added" = 0 ] || rm -f "$policy"
}

require_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "judge: the sandbox needs root (namespaces, cgroups, box users); run as root" >&2
    exit 1
  fi
}
