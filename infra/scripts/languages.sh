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
