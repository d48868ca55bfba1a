#!/bin/sh
# tests/valgrind.sh — `make valgrind`: end-to-end conversions under
# valgrind memcheck, zero errors and zero definite leaks required.
#
# 1. Every sample (tests/samples/*.txt, plus the shared seed when present)
#    to all four formats at once, its JSON back to PDF/XLSX, `verify` on its
#    bundle, and a -j 2 batch (forked workers are checked too).
# 2. The whole e2e suite (tests/e2e/*.sh) with $GWEXPORT replaced by a
#    wrapper that runs the real binary under valgrind (GW_VALGRIND=1 tells
#    errors.sh to skip its multi-megabyte inputs).
#
# Options: --errors-for-leak-kinds=definite --error-exitcode=99.  Memory
# still reachable at exit (GLib/fontconfig/harfbuzz caches) is not a leak
# and is not reported.  tests/valgrind.supp is used when it exists; each
# suppression in it must say why it is not our bug.
# One valgrind log per process lands in build-valgrind/logs/; any log with
# content is a failure and is printed.  Exits 0 only when all are clean.
set -u
cd "$(dirname "$0")/.." || exit 2
BUILD=${BUILD:-build}
REAL=$(cd "$BUILD" && pwd)/gwexport
[ -x "$REAL" ] || { echo "valgrind: $REAL not built (run make)"; exit 1; }
command -v valgrind >/dev/null || { echo "valgrind: not installed (apt-get install valgrind)"; exit 1; }
VG=$(pwd)/build-valgrind
LOGS=$VG/logs
rm -rf "$VG"
mkdir -p "$LOGS" "$VG/out"
SUPP=""
[ -f tests/valgrind.supp ] && SUPP="--suppressions=$(pwd)/tests/valgrind.supp"

# e2e runs some conversions as nobody: it must be able to write its log.
chmod 1777 "$LOGS"
# The wrapper: same arguments, same exit code unless valgrind found errors.
# Valgrind needs a usable \$TMPDIR for itself; a run that tests a broken
# TMPDIR (safety.sh) runs without valgrind and is counted in unchecked.txt.
cat > "$VG/gwexport" <<EOF
#!/bin/sh
if [ -n "\${TMPDIR:-}" ] && ! [ -d "\$TMPDIR" -a -w "\$TMPDIR" ]; then
	echo "TMPDIR=\$TMPDIR \$*" >> "$LOGS/../unchecked.txt"
	exec "$REAL" "\$@"
fi
exec valgrind -q --tool=memcheck --leak-check=full --show-leak-kinds=definite \\
	--errors-for-leak-kinds=definite --error-exitcode=99 --num-callers=30 \\
	--log-file="$LOGS/vg.%p.log" $SUPP "$REAL" "\$@"
EOF
chmod +x "$VG/gwexport"
GW=$VG/gwexport
export SOURCE_DATE_EPOCH=1700000000
export GW_VALGRIND=1

runs=0
bad_runs=0
# vg WHAT ARGS...: one conversion under valgrind; exit 99 means errors.
vg() {
	what=$1; shift
	runs=$((runs + 1))
	"$GW" "$@" > "$VG/last.log" 2>&1
	rc=$?
	if [ $rc -eq 99 ]; then
		bad_runs=$((bad_runs + 1)); echo "FAIL valgrind: $what"
	elif [ $rc -ge 128 ]; then
		bad_runs=$((bad_runs + 1)); echo "FAIL valgrind: $what (signal $((rc - 128)))"
	else
		echo "ok valgrind: $what (exit $rc)"
	fi
	[ $rc -ne 0 ] && sed 's/^/    /' "$VG/last.log" | head -5
	return 0
}

samples=""
for s in tests/samples/*.txt; do [ -f "$s" ] && samples="$samples $s"; done
seed=../shared/samples/seed-report.txt
[ -f "$seed" ] && samples="$samples $seed"
echo "== valgrind: samples"
[ -n "$samples" ] || echo "    (no samples yet: tests/samples/*.txt)"
for s in $samples; do
	stem=$(basename "$s" .txt)
	vg "$stem → pdf,xlsx,zip,json" -f pdf,xlsx,zip,json -o "$VG/out" "$s"
	if [ -s "$VG/out/$stem.json" ]; then
		mkdir -p "$VG/out/from-json"
		vg "$stem.json → pdf,xlsx" -f pdf,xlsx -o "$VG/out/from-json" "$VG/out/$stem.json"
	fi
	[ -s "$VG/out/$stem.zip" ] && vg "verify $stem.zip" verify "$VG/out/$stem.zip"
done
set -- $samples
if [ $# -ge 2 ]; then
	mkdir -p "$VG/out/batch"
	vg "batch -j 2 of $# samples" -j 2 -o "$VG/out/batch" "$@"
fi

echo "== valgrind: e2e suite through the wrapper"
BUILD=$VG sh tests/run.sh > "$VG/e2e.log" 2>&1
e2e_rc=$?
grep -E '^(FAIL|failing:|[0-9]+ passed)' "$VG/e2e.log"

# Every process (including -j workers and e2e runs) left a log; any text in
# one is an error report.
total=$(ls "$LOGS" | wc -l)
dirty=0
for l in "$LOGS"/vg.*.log; do
	[ -s "$l" ] || continue
	dirty=$((dirty + 1))
	echo "---- $(basename "$l")"
	head -60 "$l"
done
unchecked=0
[ -f "$VG/unchecked.txt" ] && unchecked=$(wc -l < "$VG/unchecked.txt")
echo "valgrind: $total processes checked, $dirty with errors or definite leaks; $bad_runs of $runs sample runs failed; e2e exit $e2e_rc; $unchecked runs with an unusable TMPDIR ran without valgrind"
[ $dirty -eq 0 ] && [ $bad_runs -eq 0 ] && [ $e2e_rc -eq 0 ]
