#!/bin/sh
# tests/run.sh — runs every unit test binary and every end-to-end script,
# then prints one summary line: "N passed, M failed".
# Unit tests are cmocka binaries (they print their own per-test summary);
# e2e scripts use tests/e2e/lib.sh and print "ok"/"FAIL" lines plus a count.
# "ok skip <why>" lines (a case this machine cannot run) count as passed and
# are also totalled on their own line, so a skip never goes unseen.
BUILD=${BUILD:-build}
# The cases compare English messages: a tester's Chinese LANGUAGE or
# LC_MESSAGES must not translate them (tests/e2e/i18n.sh sets its own).
unset LANGUAGE
export LC_MESSAGES=C
[ -z "${LC_ALL:-}" ] || export LC_ALL=C.UTF-8
GW_TESTS=$(cd "$(dirname "$0")" && pwd)
export GW_TESTS
GWEXPORT=$(cd "$BUILD" && pwd)/gwexport
export GWEXPORT
results=$(mktemp)
skips=$(mktemp)
trap 'rm -f "$results" "$skips"' EXIT

for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	out=$("$t" 2>&1); rc=$?
	printf '%s\n' "$out"
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
	[ -n "$p" ] || p=0; [ -n "$f" ] || f=0
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "FAIL $name exited $rc"; fi
	echo "$p $f $name" >> "$results"
done

for s in "$GW_TESTS"/e2e/*.sh; do
	case "$s" in */lib.sh) continue ;; esac
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	echo "== e2e $name"
	t0=$(date +%s)
	out=$(sh "$s" 2>&1); rc=$?
	printf '%s\n' "$out"
	# what each script costs, so a slow one is seen (CI has a time limit)
	echo "== e2e $name: $(( $(date +%s) - t0 )) s"
	p=$(printf '%s\n' "$out" | grep -c '^ok ')
	f=$(printf '%s\n' "$out" | grep -c '^FAIL ')
	printf '%s\n' "$out" | grep '^ok skip ' | sed "s/^ok skip /  $name: /" >> "$skips"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "FAIL $name exited $rc"; fi
	echo "$p $f $name" >> "$results"
done

if [ -s "$skips" ]; then
	echo "skipped (counted as passed): $(wc -l < "$skips")"
	cat "$skips"
fi
awk '{p+=$1; f+=$2; if ($2>0) bad=bad " " $3}
     END {if (bad!="") print "failing:" bad; printf "%d passed, %d failed\n", p, f; exit (f>0)}' "$results"
