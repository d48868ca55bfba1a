#!/bin/sh
# gongwen-read.sh — the reader on 公文 as they come out of Word: every sample
# of tests/gongwen-read/ (版头 with 签发人, 联合行文, 份号/密级/紧急程度, parts,
# bylines, 附件 pages with a typed table, 版记 with typed rules) reads into
# the head/imprint/bylines/appendices/sections of its NAME.expect.json, keeps
# the whole text invariant (check.py), passes gw_report_check (JSON → model
# is refused otherwise) and round-trips JSON → JSON byte for byte.
. "$GW_TESTS/e2e/lib.sh"
DIR="$GW_TESTS/gongwen-read"
OUT=$TMP/out
RT=$TMP/rt
mkdir -p "$OUT" "$RT"
n=0
for txt in "$DIR"/*.txt; do
	name=$(basename "$txt" .txt)
	n=$((n + 1))
	if ! "$GWEXPORT" -q -f json -o "$OUT" "$txt" > "$TMP/$name.log" 2>&1; then
		fail "$name: -f json"; sed 's/^/    /' "$TMP/$name.log" | head -5; continue
	fi
	if $PY "$DIR/check.py" "$txt" "$OUT/$name.json" "$DIR/$name.expect.json" > "$TMP/$name.check" 2>&1; then
		ok "$name: model as expected, nothing lost"
	else
		fail "$name: model"; sed 's/^/    /' "$TMP/$name.check"
	fi
	cp "$OUT/$name.json" "$TMP/$name.in.json"
	if "$GWEXPORT" -q -f json -o "$RT" "$TMP/$name.in.json" > "$TMP/$name.rt.log" 2>&1; then
		check "$name: json -> json is byte-identical" cmp -s "$OUT/$name.json" "$RT/$name.in.json"
	else
		fail "$name: json -> json"; sed 's/^/    /' "$TMP/$name.rt.log" | head -5
	fi
done
check "at least 7 samples" [ "$n" -ge 7 ]

# The checker itself catches a wrong field: a sample against another's expectation.
check_not "check.py notices a wrong head" $PY "$DIR/check.py" "$DIR/secret.txt" "$OUT/secret.json" \
	"$DIR/joint.expect.json"

# A table (附件1 of appendix.txt) reaches the printed page as plain rows,
# every cell's text, and the run says that its rules are not drawn.
"$GWEXPORT" -f pdf -o "$TMP" "$DIR/appendix.txt" > "$TMP/table.log" 2>&1
check_eq "appendix.txt: converts to PDF" 0 $?
pdftotext "$TMP/appendix.pdf" "$TMP/appendix.pdf.txt"
tr -d ' \n' < "$TMP/appendix.pdf.txt" > "$TMP/appendix.flat"
cells=$($PY -c 'import json,sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
for a in m.get("appendices") or []:
    for p in a["body"]:
        for c in (p.get("table") or {}).get("cells", []):
            print(c["text"].replace(" ", "").replace("\n", ""))' "$OUT/appendix.json")
check "appendix.txt: the model has a table" [ -n "$cells" ]
lost=""
for c in $cells; do grep -qF -- "$c" "$TMP/appendix.flat" || lost="$lost $c"; done
check_eq "appendix.txt: every table cell is printed" "" "$lost"
check_grep "appendix.txt: the run says tables are printed without rules" "table is printed as plain rows" "$TMP/table.log"
