# tests/e2e/lib.sh — tiny assertion helpers for end-to-end scripts.
# Each check prints "ok <what>" or "FAIL <what>"; tests/run.sh counts them.
# Scripts get $GWEXPORT (the binary) and $GW_TESTS (the tests/ dir).
: "${GWEXPORT:?run through tests/run.sh}"
SAMPLES="$GW_TESTS/samples"
SHARED_SEED=${SHARED_SEED:-"$GW_TESTS/../../shared/samples/seed-report.txt"}
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000

ok() { echo "ok $*"; }
fail() { echo "FAIL $*"; }
# check WHAT CMD...: passes when CMD succeeds
check() { what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi; }
# check_not WHAT CMD...: passes when CMD fails
check_not() { what=$1; shift; if "$@" >/dev/null 2>&1; then fail "$what"; else ok "$what"; fi; }
# check_eq WHAT EXPECTED ACTUAL
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1 (expected '$2', got '$3')"; fi; }
# check_grep WHAT PATTERN FILE
check_grep() { if grep -q -- "$2" "$3"; then ok "$1"; else fail "$1 ('$2' not in $3)"; sed 's/^/    /' "$3" | head -20; fi; }

# is_asan: the binary under test is an AddressSanitizer build (make asan).
is_asan() { grep -q __asan_init "$GWEXPORT" 2>/dev/null; }
