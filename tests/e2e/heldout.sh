#!/bin/sh
# heldout.sh — the tool against reports nobody tuned it to (tests/heldout/:
# eight departments not in tests/samples, expectations written by hand from
# docs/model.md).  tests/heldout/evaluate.py runs `gwexport -f json` on each
# and scores it; this script holds it to the floors of the acceptance issue:
# indicator (value, unit) precision and recall >= 0.99, labels >= 0.95,
# outline structure >= 0.95.  Every mismatch is listed with -v:
#   GWEXPORT=build/gwexport /usr/bin/python3 tests/heldout/evaluate.py -v
. "$GW_TESTS/e2e/lib.sh"

HELD="$GW_TESTS/heldout"
check "held-out expectations match their texts" $PY "$HELD/evaluate.py" --check-expect
$PY "$HELD/evaluate.py" --summary "$TMP/summary.json" > "$TMP/eval.log" 2>&1
rc=$?
sed 's/^/    /' "$TMP/eval.log"
check_eq "every held-out report converts" 0 "$rc"

# floor NAME KEY MIN: ok when the pooled score KEY is at least MIN
floor() {
	got=$($PY -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))[sys.argv[2]])' "$TMP/summary.json" "$2" 2>/dev/null)
	if [ -n "$got" ] && $PY -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$got" "$3"; then
		ok "held-out $1 $got >= $3"
	else
		fail "held-out $1 ${got:-?} < $3 (details: GWEXPORT=build/gwexport $PY tests/heldout/evaluate.py -v)"
	fi
}
floor "indicator precision" precision 0.99
floor "indicator recall" recall 0.99
floor "label accuracy" label 0.95
floor "structure accuracy" structure 0.95
