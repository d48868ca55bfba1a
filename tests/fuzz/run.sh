#!/bin/sh
# tests/fuzz/run.sh SECONDS [TARGET...] — `make fuzz`.
#
# Builds the library with clang (-fsanitize=fuzzer-no-link,address,undefined)
# into build-fuzz/, links one libFuzzer binary per target, replays
# tests/fuzz/regressions/<target>/ (every crash ever found), then fuzzes each
# target for SECONDS from tests/fuzz/corpus/<target>/ (the seed corpus in
# git) plus build-fuzz/corpus-run/<target>/ (what earlier runs discovered).
# Crashes, hangs (> 10 s), leaks and > 2 GB inputs are saved under
# build-fuzz/crashes/<target>/; copy each into regressions/<target>/ once
# understood (see README.md).  FUZZ_SEED=N (CI sets it) makes the run
# repeatable: seed N and a fixed number of inputs per target (ci_runs).  Prints one line per target with the number of
# executions; exits 1 if any target crashed or a regression fails.
set -u
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
B=build-fuzz
FZ=tests/fuzz
ALL_TARGETS="read json layout verify write docx ofd font"
TARGETS=${*:-$ALL_TARGETS}
CLANG=${CLANG:-clang}

command -v "$CLANG" >/dev/null || { echo "fuzz: $CLANG not found (apt-get install clang libclang-rt-14-dev)"; exit 1; }

SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# PKGS may run over several lines (backslash continuations): join them first.
PKGS=$(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' Makefile | sed -n 's/^PKGS *= *//p')
# The library, instrumented for coverage but without libFuzzer's main.
# -Wno-error: clang warns about things gcc does not; `make` (gcc) is the gate.
echo "fuzz: building the library with $CLANG into $B/"
make --no-print-directory BUILD=$B CC="$CLANG" OPT="-O1 -g" \
	SAN="-fsanitize=fuzzer-no-link $SAN" CFLAGS="-Wno-error" $B/libgw.a || exit 1

CFLAGS="-std=c11 -D_GNU_SOURCE -O1 -g $SAN -Iconverter -I$FZ $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lhpdf -lz -lm"

# has_target T: 0 when the module the target exercises exists in this tree.
has_target() {
	case "$1" in
	layout) [ -f converter/page/layout.h ] ;;
	*) true ;;
	esac
}

# max_len T: the largest input the fuzzer invents for T.
max_len() {
	case "$1" in
	read) echo 16384 ;;
	json) echo 65536 ;;
	layout) echo 8192 ;;
	verify) echo 131072 ;;
	write) echo 4096 ;;     # every backend per input: keep inputs short
	docx) echo 65536 ;;     # a .docx zip, or flat XML / document.xml
	ofd) echo 4096 ;;       # a page list and a package per input
	font) echo 16384 ;;     # a font program (seeds: 2–5 KB subsets)
	esac
}

# ci_runs T: with FUZZ_SEED set (CI), the number of inputs T runs: about
# 60 s of an unloaded 2-core machine.  A fixed seed and count make CI's run
# the same on every machine (what passes here passes there; one stopped by
# the time bound runs a prefix of it); `make fuzz` without FUZZ_SEED
# explores with a fresh seed each time, and what it finds becomes a
# regression replayed above.
ci_runs() {
	case "$1" in
	read) echo 50000 ;;
	json) echo 200000 ;;
	layout) echo 600000 ;;
	verify) echo 1000000 ;;
	write) echo 6000 ;;
	docx) echo 30000 ;;
	ofd) echo 15000 ;;
	font) echo 8000 ;;
	*) echo 20000 ;;
	esac
}

# seeds T: the seed corpus of T (write shares read's texts).
seeds() {
	case "$1" in
	write) echo read ;;
	*) echo "$1" ;;
	esac
}

summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
status=0
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

for t in $TARGETS; do
	if ! has_target "$t"; then
		echo "fuzz: $t skipped (its module is not in this tree yet)"
		printf '%-8s %8s %12s %10s %8s  %s\n' "$t" - - - - "skipped: module missing" >> "$summary"
		continue
	fi
	bin=$B/fuzz_$t
	$CLANG $CFLAGS -fsanitize=fuzzer $FZ/fuzz_$t.c $B/libgw.a $LIBS -o "$bin" || { status=1; continue; }
	mkdir -p "$B/corpus-run/$t" "$B/crashes/$t"
	dict=""
	[ -f "$FZ/$(seeds "$t").dict" ] && dict="-dict=$FZ/$(seeds "$t").dict"

	# 1. Every crash found so far must stay fixed.
	reg_note="0 regressions"
	if [ -d "$FZ/regressions/$t" ] && [ -n "$(ls -A "$FZ/regressions/$t" 2>/dev/null)" ]; then
		n=$(ls "$FZ/regressions/$t" | wc -l)
		if "$bin" -timeout=10 -rss_limit_mb=2048 "$FZ/regressions/$t"/* > "$B/replay-$t.log" 2>&1; then
			reg_note="$n regressions pass"
		else
			reg_note="REGRESSION FAILS (see $B/replay-$t.log)"
			status=1
		fi
	fi

	# 2. Fuzz for the time given.
	log=$B/fuzz-$t.log
	echo "fuzz: $t for ${SECONDS_EACH}s"
	fixed=""
	[ -n "${FUZZ_SEED:-}" ] && fixed="-seed=$FUZZ_SEED -runs=$(ci_runs "$t")"
	"$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 $fixed \
		-max_len="$(max_len "$t")" -print_final_stats=1 $dict \
		-artifact_prefix="$B/crashes/$t/" "$B/corpus-run/$t" "$FZ/corpus/$(seeds "$t")" > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')
	if [ $rc -ne 0 ]; then
		status=1
		art=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
		result="CRASH rc=$rc ${art:-see $log}"
		grep -E 'ERROR: |fuzz invariant broken|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/    /'
	else
		result="no crash"
	fi
	printf '%-8s %8s %12s %10s %8s  %s; %s\n' "$t" "${SECONDS_EACH}s" "${execs:-?}" \
		"${rate:-?}" "${cov:-?}" "$result" "$reg_note" >> "$summary"
done

echo
printf '%-8s %8s %12s %10s %8s  %s\n' target time execs "exec/s" cov result
cat "$summary"
exit $status
