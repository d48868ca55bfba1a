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

# held_out_dirs: every tests/heldout*/ set, one per line.  Under valgrind
# (GW_VALGRIND) a fixed sample: valgrind checks code paths, and two dozen sets
# of the same kind of text run the same paths at thirty times the cost, past
# CI's time limit.  The sample holds a Word set (heldout6), the first set and
# three with copies out of a PDF (heldout12, 17, 23).
held_out_dirs() {
	for d in "$GW_TESTS"/heldout*/; do
		d=${d%/}
		if [ -n "${GW_VALGRIND:-}" ]; then
			case "${d##*/}" in heldout | heldout6 | heldout12 | heldout17 | heldout23) ;; *) continue ;; esac
		fi
		echo "$d"
	done
}
# held_out_texts: the .txt reports of held_out_dirs
held_out_texts() { for d in $(held_out_dirs); do ls "$d"/*.txt 2>/dev/null; done; }
