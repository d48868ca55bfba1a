#!/bin/sh
# tests/bench/pages.sh BINARY INPUT... — the cost of the indicators' page
# column (issue #15 point 2), called at the end of tests/bench/bench.sh with
# its inputs.  The page of each number comes from the document's layout:
# when a PDF (or OFD) is written that layout is made anyway (its time is in
# the pdf stage) and finding the pages is all that is added; with -f xlsx
# alone the layout is made for the column, inside the xlsx stage.  So, per
# input, medians of BENCH_RUNS runs (default 5) of the xlsx stage with
# -f xlsx and with -f pdf,xlsx: their difference is what the page column
# costs a workbook made without a PDF.  The indicators stage (status and
# period are read in its pass) is listed beside.  Never asserts times.
set -u
BIN=$1
shift
RUNS=${BENCH_RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SOURCE_DATE_EPOCH=1700000000

# stage FORMATS INPUT NAME: "median-of-NAME-stage" over RUNS runs, in ms.
stage() {
	for run in $(seq 1 "$RUNS"); do
		"$BIN" -q --timings -f "$1" -o "$WORK" "$2" 2>&1 | sed -n "s/.* $3 \([0-9.]*\) ms.*/\1/p"
	done | sort -n | awk '{v[NR] = $1} END {print (NR ? v[int((NR + 1) / 2)] : "-")}'
}

echo
echo "page column (issue #15): xlsx stage without and with a PDF, ms, medians of $RUNS"
printf '%-16s %12s %14s %14s %12s\n' input indicators "xlsx alone" "xlsx with pdf" "page column"
for input in "$@"; do
	[ -f "$input" ] || continue
	name=$(basename "$input" .txt)
	ind=$(stage xlsx "$input" indicators)
	alone=$(stage xlsx "$input" xlsx)
	with=$(stage pdf,xlsx "$input" xlsx)
	printf '%-16s %12s %14s %14s %12s\n' "$name" "$ind" "$alone" "$with" \
		"$(echo "$alone $with" | awk '{printf "%.1f", $1 - $2}')"
done
exit 0
