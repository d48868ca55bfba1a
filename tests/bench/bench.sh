#!/bin/sh
# tests/bench/bench.sh BINARY — `make bench` (BINARY = build-bench/gwexport).
#
# Generates its inputs in build-bench/bench-inputs/ (tests/bench/gen.py: a
# seed-sized report from tests/samples/transport-2023.txt or made up, the
# same as a .docx, 10× and 100× longer ones, a batch of 500 varied
# reports), converts each input to
# pdf,ofd,xlsx,zip BENCH_RUNS times (default 5) and prints one table:
#   input, stage (read … zip, total from `gwexport --timings`: the OFD stage
#   beside the PDF's, both from the same page engine; process = wall
#   clock of the whole process), median, min, max, median peak RSS (from
#   /usr/bin/time), output sizes;
# then the batch with -j 1 and -j 2 as reports per second;
# then a loopback load run of `gwexport serve` (tests/bench/load.py):
# BENCH_LOAD (1000; 0 skips it) JSON-summary conversions (every format) of
# the 1× report from BENCH_LOAD_CLIENTS (8) clients against the default
# server (--queue 8, --max-jobs 2): throughput, p50/p99 latency, errors and
# the server's RSS at start, after a warm-up and at the end.
# The shared seed (../shared/samples/seed-report.txt) is benched too when
# present.  Never asserts times; exits 0 unless it cannot run at all.
# Environment: BENCH_RUNS, BENCH_BATCH (number of batch reports, 500),
# BENCH_BATCH_RUNS (1), BENCH_FORMATS (pdf,ofd,xlsx,zip: the bundle holds the
# OFD, so the default run makes it anyway; naming it writes report.ofd too,
# so its size is listed).
set -u
BIN=${1:-build-bench/gwexport}
cd "$(dirname "$0")/../.." || exit 2
[ -x "$BIN" ] || { echo "bench: $BIN not built"; exit 1; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
RUNS=${BENCH_RUNS:-5}
BATCH=${BENCH_BATCH:-500}
BATCH_RUNS=${BENCH_BATCH_RUNS:-1}
FORMATS=${BENCH_FORMATS:-pdf,ofd,xlsx,zip}
PY=/usr/bin/python3
IN=build-bench/bench-inputs
WORK=build-bench/bench-work
RAW=$WORK/raw.tsv
export SOURCE_DATE_EPOCH=1700000000

seed_sample=""
[ -f tests/samples/transport-2023.txt ] && seed_sample=tests/samples/transport-2023.txt
echo "bench: generating inputs in $IN (seed: ${seed_sample:-made up by gen.py}, batch $BATCH)"
rm -rf "$IN" "$WORK"
mkdir -p "$IN" "$WORK"
$PY tests/bench/gen.py "$IN" "$seed_sample" "$BATCH" || exit 1
# The 1× report as a Word file (one w:p per line, with tests/docx's
# styles and numbering parts): its read stage beside the text's is the
# .docx reading time (issue #12: a few ms, not a multiple of the text path).
$PY - "$IN/report-1x.txt" "$IN/report-1x.docx" <<'PY' || exit 1
import sys
sys.path.insert(0, "tests/docx")
import make_docx as m
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
m.package(sys.argv[2], m.document("".join(m.para(m.runs(l)) for l in lines)))
PY
inputs="$IN/report-1x.txt $IN/report-1x.docx $IN/report-10x.txt $IN/report-100x.txt"
shared=../shared/samples/seed-report.txt
[ -f "$shared" ] && inputs="$shared $inputs"

# The font cache (fonts.c) lives in the work dir: one unmeasured warm-up run
# fills it, as a user's first run does; the first input is also measured
# with the cache off ("<name>-nocache": fontconfig started on every run).
export GWEXPORT_FONT_CACHE="$PWD/$WORK/fonts.cache"
first=${inputs%% *}
"$BIN" -q -f pdf -o "$WORK" "$first" > /dev/null 2>&1
rm -f "$WORK"/*.pdf

# raw.tsv: input run key value — one row per measured number.
: > "$RAW"
for input in $inputs "nocache:$first"; do
	name=$(basename "${input#nocache:}" .txt)  # report-1x.docx keeps its suffix
	case $input in nocache:*) name=$name-nocache; input=${input#nocache:}; export GWEXPORT_FONT_CACHE=off ;; esac
	echo "bench: $name ($(wc -c < "$input") bytes) × $RUNS"
	for run in $(seq 1 "$RUNS"); do
		out=$WORK/out-$name
		rm -rf "$out"; mkdir -p "$out"
		t0=$(date +%s%N)
		/usr/bin/time -f '%e %M' -o "$WORK/time" "$BIN" --timings -q -f "$FORMATS" -o "$out" "$input" \
			> "$WORK/log" 2>&1
		rc=$?
		t1=$(date +%s%N)
		if [ $rc -ne 0 ]; then
			echo "    run $run failed (exit $rc): $(grep -v '^timings' "$WORK/log" | head -2 | tr '\n' ' ')"
			echo "$name	$run	failed	$rc" >> "$RAW"
			continue
		fi
		# "timings X: read 1.00 ms, indicators …" → one row per stage.
		sed -n 's/^timings [^:]*: //p' "$WORK/log" | tr ',' '\n' | \
			sed -n 's/^ *\([a-z]*\) \([0-9.]*\) ms$/\1 \2/p' | \
			while read -r stage ms; do echo "$name	$run	$stage	$ms"; done >> "$RAW"
		# shellcheck disable=SC2046
		set -- $(tail -1 "$WORK/time"); rss=$2
		# Wall clock in ns (time(1) only gives 10 ms steps).
		echo "$name	$run	process	$(( (t1 - t0) / 1000 ))" | awk -F'\t' -v OFS='\t' '{$4 = $4 / 1000; print}' >> "$RAW"
		echo "$name	$run	rss	$rss" >> "$RAW"
		for f in "$out"/*; do
			[ -f "$f" ] && echo "$name	$run	size.${f##*.}	$(wc -c < "$f")" >> "$RAW"
		done
	done
done

# Batch: reports per second with -j 1 and -j 2.
export GWEXPORT_FONT_CACHE="$PWD/$WORK/fonts.cache"
for j in 1 2; do
	for run in $(seq 1 "$BATCH_RUNS"); do
		out=$WORK/batch-j$j
		rm -rf "$out"; mkdir -p "$out"
		echo "bench: batch of $BATCH with -j $j (run $run)"
		/usr/bin/time -f '%e %M' -o "$WORK/time" "$BIN" -q -j "$j" -f "$FORMATS" -o "$out" \
			"$IN"/batch/*.txt > "$WORK/batch.log" 2>&1
		rc=$?
		# time(1) puts "Command exited with non-zero status" first.
		# shellcheck disable=SC2046
		set -- $(tail -1 "$WORK/time"); secs=$1 rss=$2
		ok=$(ls "$out"/*.zip "$out"/*.pdf "$out"/*.json 2>/dev/null | sed 's/\.[a-z]*$//' | sort -u | wc -l)
		[ $rc -ne 0 ] && echo "    exit $rc: $(tail -1 "$WORK/batch.log")"
		echo "batch-j$j	$run	batch	$secs $ok $rss" >> "$RAW"
	done
done

$PY - "$RAW" "$RUNS" "$BATCH" <<'PY'
import sys, statistics
from collections import defaultdict, OrderedDict
raw, runs, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
vals = OrderedDict()
fails = defaultdict(int)
batches = defaultdict(list)
for line in open(raw, encoding="utf-8"):
    name, run, key, value = line.rstrip("\n").split("\t")
    if key == "failed":
        fails[name] += 1
        continue
    if key == "batch":
        batches[name].append(value.split())
        continue
    vals.setdefault(name, OrderedDict()).setdefault(key, []).append(float(value))
names = list(OrderedDict.fromkeys([l.split("\t")[0] for l in open(raw, encoding="utf-8")
                                   if not l.startswith("batch-")]))
stages = ["read", "indicators", "json", "pdf", "ofd", "xlsx", "zip", "total", "process"]
def kb(n):
    return "%.0f KB" % (n / 1024) if n < 1024 * 1024 else "%.1f MB" % (n / 1048576)
print()
print("%-16s %-11s %10s %10s %10s   %s" % ("input", "stage", "median ms", "min ms", "max ms", "peak RSS / outputs"))
print("-" * 92)
for name in names:
    v = vals.get(name, {})
    n_ok = len(v.get("process", []))
    if not n_ok:
        print("%-16s %-11s %s" % (name, "-", "all %d runs failed" % fails[name]))
        continue
    extra = []
    if "rss" in v:
        extra.append("RSS %s" % kb(statistics.median(v["rss"]) * 1024))
    sizes = ", ".join("%s %s" % (k[5:], kb(statistics.median(x))) for k, x in v.items() if k.startswith("size."))
    first = True
    for st in stages:
        if st not in v:
            continue
        x = v[st]
        note = ""
        if first:
            note = "%s; %d/%d runs ok" % ("; ".join(extra), n_ok, n_ok + fails[name])
        elif st == "json":
            note = sizes
        print("%-16s %-11s %10.1f %10.1f %10.1f   %s" % (name if first else "", st, statistics.median(x),
                                                      min(x), max(x), note))
        first = False
print()
for name, rows in batches.items():
    for secs, ok, rss in rows:
        secs, ok = float(secs), int(ok)
        print("%-16s %d reports in %.1f s = %.1f reports/s (%d converted, peak RSS %s)"
              % (name, batch, secs, batch / secs if secs else 0, ok, kb(int(rss) * 1024)))
PY
# The page column's cost, xlsx stage with and without a PDF (tests/bench/pages.sh).
GWEXPORT_FONT_CACHE="$PWD/$WORK/fonts.cache" sh tests/bench/pages.sh "$BIN" $inputs

# serve under load: the server's own memory must stay flat (conversions
# run in forked children, which end).
LOAD_N=${BENCH_LOAD:-1000}
LOAD_C=${BENCH_LOAD_CLIENTS:-8}
if [ "$LOAD_N" -gt 0 ]; then
	mkdir -p "$WORK/serve-tmp"
	TMPDIR="$PWD/$WORK/serve-tmp" "$BIN" serve --listen 127.0.0.1:0 > "$WORK/serve.out" 2> "$WORK/serve.err" &
	spid=$!
	port=""
	for _ in $(seq 50); do
		port=$(sed -n 's|^gwexport serve: http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/serve.out" 2>/dev/null)
		[ -n "$port" ] && break
		sleep 0.1
	done
	echo "bench: serve load, $LOAD_N conversions from $LOAD_C clients"
	$PY tests/bench/load.py "http://127.0.0.1:$port" "$IN/report-1x.txt" --total "$LOAD_N" \
		--clients "$LOAD_C" --pid "$spid" > "$WORK/load.json" 2>&1
	kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
	$PY - "$WORK/load.json" "$LOAD_N" "$LOAD_C" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except ValueError:
    print("serve load: no result (%s)" % open(sys.argv[1]).read()[:200])
    sys.exit(0)
print("serve load       %s conversions (JSON summary, every format) from %s clients in %.1f s = %.1f/s; "
      "latency p50 %.0f ms, p99 %.0f ms; errors %d %s" % (sys.argv[2], sys.argv[3], d["seconds"],
      d["throughput"] or 0, d["p50_ms"] or 0, d["p99_ms"] or 0, d["errors"], d["statuses"]))
print("serve RSS        %s KB at start, %s KB after %s warm-up conversions, %s KB after the run (%+d KB)"
      % (d["rss_start_kb"], d["rss_before_kb"], sys.argv[3], d["rss_after_kb"],
         (d["rss_after_kb"] or 0) - (d["rss_before_kb"] or 0)))
PY
fi
exit 0
