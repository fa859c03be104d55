# The judged languages' toolchains (sourced by ./judge). Each is installed once per machine, when
# missing: Debian's packages, the current JVM-language compilers from Maven Central and TypeScript
# from npm, under /opt/judge/toolchains/<language> (a profile binds that directory into its boxes).
# Which toolchain each language uses, and why: shared-model/src/main/resources/languages/<name>.yaml.

LANGUAGE_PACKAGES=(nasm clang mono-mcs sbcl ldc elixir erlang-base gfortran golang-go ghc lua5.4 ocaml-nox
  octave fp-compiler php-cli swi-prolog-nox ruby rustc gnucobol3 gobjc gnustep-base-runtime libgnustep-base-dev
  r-base-core gnat gawk nim racket guile-3.0 chicken-bin polyml libpolyml-dev pypy3 sqlite3)
TOOLCHAINS=/opt/judge/toolchains

# Maven Central artifacts per JVM language (group:artifact:version), copied as artifact-version.jar,
# the names the language's profile gives.
MAVEN_TOOLCHAINS=(
  "kotlin org.jetbrains.kotlin:kotlin-compiler-embeddable:2.4.21 org.jetbrains.kotlin:kotlin-stdlib:2.4.21 org.jetbrains.kotlinx:kotlinx-coroutines-core-jvm:1.8.0 org.jetbrains:annotations:13.0"
  "scala org.scala-lang:scala3-compiler_3:3.9.0 org.scala-lang:scala3-interfaces:3.9.0 org.scala-lang:tasty-core_3:3.9.0 org.scala-lang.modules:scala-asm:9.9.0-scala-1 org.scala-sbt:compiler-interface:1.12.0 org.scala-lang:scala-library:3.9.0"
  "clojure org.clojure:clojure:1.12.7 org.clojure:spec.alpha:0.5.238 org.clojure:core.specs.alpha:0.4.74"
  "groovy org.apache.groovy:groovy:6.0.0"
)
TYPESCRIPT_PACKAGES=(typescript@7.0.2 @types/node@20)
# JVM languages whose every run starts a runtime of a few thousand classes get a class-data-sharing
# archive, <toolchain>/start.jsa, that their profiles' commands name (-XX:SharedArchiveFile): the
# language's main class and its training program (infra/languages/train.*). It halves Clojure's
# start (1.2 to 0.6 s of CPU in a box) and cuts Groovy's by a quarter (1.4 to 1.0 s). It belongs
# to one JDK build: it is made again when the newest JDK or the jars change.
CDS_TOOLCHAINS=("clojure clojure.main train.clj" "groovy groovy.ui.GroovyMain train.groovy")

ensure_languages() {
  install_packages "$(missing_packages "${LANGUAGE_PACKAGES[@]}")" --no-install-recommends
  local entry name coords dir
  for entry in "${MAVEN_TOOLCHAINS[@]}"; do
    name="${entry%% *}"; coords="${entry#* }"; dir="$TOOLCHAINS/$name"
    [ "$(cat "$dir/.installed" 2>/dev/null)" = "$coords" ] && continue
    echo "judge: installing $name from Maven Central"
    rm -rf "$dir"; mkdir -p "$dir"
    local c
    for c in $coords; do
      mvn -B -ntp dependency:copy -Dartifact="$c" -DoutputDirectory="$dir" >/dev/null \
        || { echo "judge: cannot fetch $c from Maven Central" >&2; return 1; }
    done
    echo "$coords" > "$dir/.installed"
  done
  for entry in "${CDS_TOOLCHAINS[@]}"; do
    # shellcheck disable=SC2086 # name, main class, training program
    ensure_start_archive $entry
  done
  dir="$TOOLCHAINS/typescript"
  if [ "$(cat "$dir/.installed" 2>/dev/null)" != "${TYPESCRIPT_PACKAGES[*]}" ]; then
    echo "judge: installing TypeScript from npm"
    rm -rf "$dir"; mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund --prefix "$dir" "${TYPESCRIPT_PACKAGES[@]}" >/dev/null) \
      || { echo "judge: cannot install ${TYPESCRIPT_PACKAGES[*]} from npm" >&2; return 1; }
    echo "${TYPESCRIPT_PACKAGES[*]}" > "$dir/.installed"
  fi
  chmod -R a+rX "$TOOLCHAINS"
}

# The newest JDK under /usr/lib/jvm, the one profiles call {javaHome} (sandbox's Jdks.newestHome).
newest_jdk() {
  local home version
  for home in /usr/lib/jvm/*; do
    [ -L "$home" ] || [ ! -x "$home/bin/javac" ] && continue
    version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release" 2>/dev/null)"
    echo "${version:-0} $home"
  done | sort -V | tail -1 | cut -d' ' -f2
}

# ensure_start_archive NAME MAIN_CLASS TRAINING: <toolchain>/start.jsa, dumped at the exit of a run
# of the trusted training program on the toolchain's jars (the classpath the profile's commands
# start with, in the order of MAVEN_TOOLCHAINS), then checked by a run that must map it
# (-Xshare:on). Without it the language still works, only slower.
ensure_start_archive() {
  local name="$1" main="$2" training="$ROOT/infra/languages/$3" dir="$TOOLCHAINS/$1" home stamp cp="" c
  home="$(newest_jdk)"
  [ -n "$home" ] && [ -f "$dir/.installed" ] || return 0
  stamp="$(cat "$dir/.installed") $home $(grep '^JAVA_RUNTIME_VERSION=' "$home/release") $(sha256sum < "$training")"
  [ -f "$dir/start.jsa" ] && [ "$(cat "$dir/.start.jsa.stamp" 2>/dev/null)" = "$stamp" ] && return 0
  echo "judge: building $name's class-data-sharing archive"
  for c in $(cat "$dir/.installed"); do
    c="${c#*:}"; cp="$cp${cp:+:}$dir/${c%%:*}-${c#*:}.jar"
  done
  local flags=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -cp "$cp" "$main" "$training")
  rm -f "$dir/start.jsa" "$dir/start.jsa.tmp"
  if printf '3 4\n1 2 3 4 5\n6\n' | "$home/bin/java" -XX:ArchiveClassesAtExit="$dir/start.jsa.tmp" "${flags[@]}" >/dev/null 2>&1 \
    && printf '3 4\n' | "$home/bin/java" -XX:SharedArchiveFile="$dir/start.jsa.tmp" -Xshare:on "${flags[@]}" >/dev/null 2>&1; then
    mv "$dir/start.jsa.tmp" "$dir/start.jsa"
    echo "$stamp" > "$dir/.start.jsa.stamp"
  else
    rm -f "$dir/start.jsa.tmp"
    echo "judge: warning: no class-data-sharing archive for $name; its programs start slower" >&2
  fi
}
