#!/bin/sh
# variants.sh — the same report arriving another way gives the same model.
# tests/heldout6/variants/ holds, for reports of the independent tester's
# set, a Word file (styles, Word's automatic numbering, or a table), a PDF
# copy (LibreOffice → pdftotext, plain and -layout) and a phone copy (18
# characters a line, page numbers): each must read into the model of the
# clean text, all but `source` (structure, points, meta fields, indicators).
# hospital is left out: its figures are a table, which the text holds as
# tab-separated lines and a PDF or phone copy flattens.
. "$GW_TESTS/e2e/lib.sh"
SET="$GW_TESTS/heldout6"

same_model() {  # CLEAN.json VARIANT.json: equal but for source
	$PY - "$1" "$2" <<'PYEOF'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
for d in (a, b):
    d.pop("source", None)
diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
if diff:
    print("differs in: " + ", ".join(diff))
sys.exit(1 if diff else 0)
PYEOF
}

for name in cdc culture; do
	mkdir -p "$TMP/clean" && "$GWEXPORT" -q -f json -o "$TMP/clean" "$SET/$name.txt"
	check_eq "$name: the clean text converts" 0 $?
	for v in docx pdfcopy.txt pdflayout.txt phone.txt; do
		out="$TMP/$name-$v" && mkdir -p "$out"
		"$GWEXPORT" -q -f json -o "$out" "$SET/variants/$name.$v" 2> "$TMP/err"
		check_eq "$name.$v: converts" 0 $?
		stem=${v%.txt}; [ "$v" = docx ] && stem=""
		if same_model "$TMP/clean/$name.json" "$out/$name${stem:+.$stem}.json" > "$TMP/why" 2>&1; then
			ok "$name.$v: the same model as the clean text"
		else
			fail "$name.$v: not the clean text's model ($(cat "$TMP/why"))"
		fi
	done
done
