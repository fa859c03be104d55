#!/bin/sh
# Checks that a judgebox binary carries the hardening the Makefile promises.
# Usage: verify_hardening.sh BINARY; prints each property and exits 1 if any is missing.
set -u
bin="$1"
fail=0
check() { # what, command...
	what="$1"; shift
	if "$@" >/dev/null 2>&1; then echo "hardening ok: $what"; else echo "hardening MISSING: $what ($bin)" >&2; fail=1; fi
}
command -v readelf >/dev/null || { echo "readelf is missing: install the Debian package binutils" >&2; exit 1; }
check "position-independent executable (ELF type DYN)" sh -c "readelf -h '$bin' | grep -q 'Type:.*DYN'"
check "RELRO segment" sh -c "readelf -lW '$bin' | grep -q GNU_RELRO"
check "BIND_NOW (full RELRO)" sh -c "readelf -dW '$bin' | grep -Eq 'BIND_NOW|FLAGS_1.*NOW'"
check "non-executable stack" sh -c "readelf -lW '$bin' | grep GNU_STACK | grep -vq 'RWE'"
check "stack protector" sh -c "readelf -sW '$bin' | grep -q __stack_chk_fail"
check "FORTIFY_SOURCE" sh -c "readelf -sW '$bin' | grep -Eq '__[a-z_]+_chk'"
exit $fail
