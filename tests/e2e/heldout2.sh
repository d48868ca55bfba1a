#!/bin/sh
# heldout2.sh — the tool against a second set of reports nobody tuned it to
# (tests/heldout2/: six departments not in tests/samples, tests/indicators or
# tests/heldout, expectations written by hand from docs/model.md before the
# first run).  tests/heldout/evaluate.py --dir scores `gwexport -f json` on
# each; this script holds it to the floors of the acceptance issue: indicator
# (value, unit) precision and recall >= 0.99, labels >= 0.95, outline
# structure >= 0.95.  Every mismatch is listed with -v:
#   GWEXPORT=build/gwexport /usr/bin/python3 tests/heldout/evaluate.py --dir tests/heldout2 -v
. "$GW_TESTS/e2e/lib.sh"

EVAL="$GW_TESTS/heldout/evaluate.py"
HELD2="$GW_TESTS/heldout2"
check "held-out 2 expectations match their texts" $PY "$EVAL" --dir "$HELD2" --check-expect
$PY "$EVAL" --dir "$HELD2" --summary "$TMP/summary2.json" > "$TMP/eval2.log" 2>&1
rc=$?
sed 's/^/    /' "$TMP/eval2.log"
check_eq "every held-out 2 report converts" 0 "$rc"

# floor NAME KEY MIN: ok when the pooled score KEY is at least MIN
floor() {
	got=$($PY -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))[sys.argv[2]])' "$TMP/summary2.json" "$2" 2>/dev/null)
	if [ -n "$got" ] && $PY -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$got" "$3"; then
		ok "held-out 2 $1 $got >= $3"
	else
		fail "held-out 2 $1 ${got:-?} < $3 (details: GWEXPORT=build/gwexport $PY tests/heldout/evaluate.py --dir tests/heldout2 -v)"
	fi
}
floor "indicator precision" precision 0.99
floor "indicator recall" recall 0.99
floor "label accuracy" label 0.95
floor "structure accuracy" structure 0.95
