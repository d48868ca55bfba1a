#!/bin/sh
# xlsx-page.sh — issue #15 point 2, where each number is: every indicator's
# "page" (JSON) and 页码 (workbook) is the PDF page its number is printed on
# (tests/e2e/pagecheck.py reads each page back with pdftotext), for the seed,
# every sample, a Word file with a table and a paragraph that runs over
# three pages; -f xlsx alone (no PDF asked) gives the same pages; a layout
# that cannot be made leaves the pages empty without failing the workbook.
. "$GW_TESTS/e2e/lib.sh"

OUT=$TMP/out
mkdir -p "$OUT" "$TMP/alone" "$TMP/docx"
$PY "$GW_TESTS/docx/make_docx.py" "$TMP/docx" > /dev/null 2>&1

# One paragraph of 40 figures, long enough to run over pages.
{
	echo "县发展和改革局2024年项目建设情况报告"
	echo "一、项目建设"
	i=1
	line=""
	while [ $i -le 40 ]; do line="${line}第${i}批项目建设进展顺利，各项工作有序推进，完成投资${i}.5亿元，"; i=$((i + 1)); done
	echo "${line}全部按期完成。"
} > "$TMP/long.txt"

inputs="$SHARED_SEED $TMP/docx/full.docx $TMP/long.txt"
for f in "$SAMPLES"/*.txt; do inputs="$inputs $f"; done

for f in $inputs; do
	[ -f "$f" ] || continue
	stem=$(basename "$f"); stem=${stem%.*}
	if ! "$GWEXPORT" -q -f pdf,xlsx,json -o "$OUT" "$f" > "$TMP/$stem.log" 2>&1; then
		fail "$stem: converts"; sed 's/^/    /' "$TMP/$stem.log" | head -5; continue
	fi
	$PY "$GW_TESTS/e2e/pagecheck.py" "$OUT/$stem.pdf" "$OUT/$stem.json" > "$TMP/$stem.pages"
	sed -n "s/^ok page/ok $stem: page/p; s/^FAIL page/FAIL $stem: page/p" "$TMP/$stem.pages"
	check "$stem: 页码 of the workbook equals the model's pages" $PY -c "
import json,openpyxl,sys
m=json.load(open(sys.argv[2]))['indicators']
ws=openpyxl.load_workbook(sys.argv[1])['指标']
sys.exit(ws.cell(1,15).value!='页码' or [ws.cell(i+2,15).value for i in range(len(m))]!=[x['page'] for x in m])" \
		"$OUT/$stem.xlsx" "$OUT/$stem.json"
	"$GWEXPORT" -q -f json -o "$TMP/alone" "$f" > /dev/null 2>&1
	check "$stem: -f json alone gives the same pages as with the PDF" $PY -c "
import json,sys
a,b=(json.load(open(p))['indicators'] for p in sys.argv[1:3])
sys.exit([x['page'] for x in a]!=[x['page'] for x in b] or any(x['page'] is None for x in a))" \
		"$OUT/$stem.json" "$TMP/alone/$stem.json"
done

check "long: one paragraph's figures are on three pages, in order" $PY -c "
import json,sys
p=[x['page'] for x in json.load(open(sys.argv[1]))['indicators']]
sys.exit(len(set(p))<3 or p!=sorted(p) or len({x for x in p})!=p[-1]-p[0]+1)" "$OUT/long.json"

# A layout file that cannot be read: -f xlsx,json has no pages (null), no error.
"$GWEXPORT" -q -f xlsx,json -l "$TMP/no-such.ini" -o "$TMP/alone" "$TMP/long.txt" > "$TMP/nolayout.log" 2>&1
check_eq "no layout: the workbook is still written (exit 0)" 0 "$?"
check "no layout: pages are null" $PY -c "
import json,sys
sys.exit(any(x['page'] is not None for x in json.load(open(sys.argv[1]))['indicators']))" "$TMP/alone/long.json"
