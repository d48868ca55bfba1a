#!/bin/sh
# docx.sh — Word input end to end.  tests/docx/make_docx.py writes a report
# twice: as Word would save it (automatic numbering, heading styles, runs
# split the WPS way …) and as clean text; both must give the same model —
# outline, points, indicators — only source differs (encoding "DOCX", the
# .docx's own size and SHA-256), and the bundle keeps the original .docx
# byte for byte.  The same for a copy LibreOffice re-saved, for WPS's file
# and for flat Word XML named .docx.  Hostile files (zip bombs, DOCTYPE,
# broken or deep XML, missing parts, an Excel file) fail with exit 1, a
# message and a hint, and leave no output.
. "$GW_TESTS/e2e/lib.sh"

DOCS=$TMP/docs
OUT=$TMP/out
mkdir -p "$DOCS" "$OUT"
if ! $PY "$GW_TESTS/docx/make_docx.py" "$DOCS" > "$TMP/make.log" 2>&1; then
	fail "make_docx.py"; sed 's/^/    /' "$TMP/make.log"; exit 1
fi

# same_model A.json B.json: equal but for source.
same_model() {
	$PY - "$1" "$2" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
a.pop("source"); b.pop("source")
for k in sorted(set(a) | set(b)):
    if a.get(k) != b.get(k):
        print("    differs:", k, json.dumps(a.get(k), ensure_ascii=False)[:200])
        print("         vs:", json.dumps(b.get(k), ensure_ascii=False)[:200])
        sys.exit(1)
PY
}

# twin NAME DOCX TXT: DOCX and TXT convert to the same model.
twin() {
	mkdir -p "$OUT/$1-docx" "$OUT/$1-txt"
	if ! "$GWEXPORT" -f json,pdf,zip -o "$OUT/$1-docx" "$2" > "$TMP/$1.log" 2>&1; then
		fail "$1: converts"; sed 's/^/    /' "$TMP/$1.log" | head -5; return
	fi
	ok "$1: converts"
	"$GWEXPORT" -f json -o "$OUT/$1-txt" "$3" > /dev/null 2>&1
	j=$(ls "$OUT/$1-docx"/*.json)
	if same_model "$j" "$OUT/$1-txt"/*.json; then ok "$1: same model as its clean text"
	else fail "$1: same model as its clean text"; fi
	check_eq "$1: source.encoding" DOCX "$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["source"]["encoding"])' "$j")"
	# sections, points and indicators really are there (not two empty models)
	check_eq "$1: 3 sections, indicators" "3 yes" "$($PY -c '
import json, sys
m = json.load(open(sys.argv[1]))
print(len(m["sections"]), "yes" if len(m["indicators"]) >= 10 else "no")' "$j")"
	zip=$(ls "$OUT/$1-docx"/*.zip)
	base=$(basename "$2")
	entry=$(unzip -Z1 "$zip" | grep "/data/source/$base\$")
	if [ -n "$entry" ] && unzip -p "$zip" "$entry" | cmp -s - "$2"; then
		ok "$1: bundle keeps the original .docx"
	else
		fail "$1: bundle keeps the original .docx"
	fi
}

twin word "$DOCS/twin.docx" "$DOCS/twin.txt"
twin wps "$DOCS/wps.docx" "$DOCS/wps.txt"
pdftotext "$OUT/word-docx/twin.pdf" "$TMP/twin.pdftxt" 2>/dev/null
check_grep "word: the PDF shows Word's numbering" "一、主要工作成效" "$TMP/twin.pdftxt"
check_grep "word: the PDF shows level-2 numbering" "（二）统计分析服务水平持续提升" "$TMP/twin.pdftxt"

# LibreOffice re-saves the Word file its own way (its numbering, its styles).
if command -v soffice > /dev/null 2>&1; then
	mkdir -p "$TMP/lo"
	if soffice -env:UserInstallation="file://$TMP/lo/profile" --headless \
		--convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/lo" "$DOCS/twin.docx" > "$TMP/lo.log" 2>&1 &&
		[ -s "$TMP/lo/twin.docx" ]; then
		twin libreoffice "$TMP/lo/twin.docx" "$DOCS/twin.txt"
	else
		fail "LibreOffice re-saves twin.docx"; sed 's/^/    /' "$TMP/lo.log" | head -5
	fi
else
	fail "soffice missing (make deps installs libreoffice-writer-nogui)"
fi

# Flat XML named .docx, python-docx's file, and the feature file convert.
for f in flat2003 flatpkg python-docx full; do
	check "$f.docx converts" "$GWEXPORT" -f json,pdf -o "$OUT" "$DOCS/$f.docx"
done
check_grep "flat 2003: Word's written-out label" '"marker": "一、"' "$OUT/flat2003.json"

# hostile FILE WHAT: exit 1, WHAT and a hint on stderr, no output file.
hostile() {
	mkdir -p "$TMP/h"
	"$GWEXPORT" -o "$TMP/h" "$DOCS/$1" > "$TMP/h.out" 2> "$TMP/h.err"
	rc=$?
	if [ $rc -eq 1 ] && grep -q -- "$2" "$TMP/h.err" && grep -q "hint:" "$TMP/h.err" &&
		[ -z "$(ls -A "$TMP/h")" ]; then
		ok "$1 refused: $2"
	else
		fail "$1 refused: $2 (exit $rc)"; sed 's/^/    /' "$TMP/h.err" | head -3
	fi
}
hostile hostile-bomb.docx "declares more than 64 MB"
hostile hostile-bomb-liar.docx "unpacks to more than 64 MB"
hostile hostile-doctype.docx "DOCTYPE"
hostile hostile-xxe.docx "DOCTYPE"
hostile hostile-broken.docx "word/document.xml, XML line 2"
hostile hostile-deep.docx "nested more than 256 deep"
hostile hostile-missing.docx "no part word/document.xml"
hostile hostile-truncated.docx "damaged"
hostile hostile-excel.docx "Excel workbook"
hostile hostile-long.docx "paragraph 1 is longer than"
hostile hostile-empty.docx "no text"
hostile hostile-altchunk.docx "w:altChunk"

# The independent tester's hospital.docx (tests/heldout6): its 4×5 Word
# table's figures are indicators named by their row and column headers,
# the year columns as their period, and every clause is the cell's text.
mkdir -p "$OUT/hospital"
"$GWEXPORT" -q -f json -o "$OUT/hospital" "$GW_TESTS/heldout6/variants/hospital.docx" 2> "$TMP/hosp.err"
check_eq "hospital.docx: converts" 0 $?
if $PY - "$OUT/hospital/hospital.json" > "$TMP/hosp.why" 2>&1 <<'PY'
import json, sys
ind = json.load(open(sys.argv[1], encoding="utf-8"))["indicators"]
got = [(i["text"], i["unit"], i["label"], i["change"], i["period"], i["clause"])
       for i in ind if i["label"].startswith(("门急诊", "平均住院日"))][:6]
want = [("39.3", "万人次", "门急诊人次", None, "2023年", "39.3万人次"),
        ("42.6", "万人次", "门急诊人次", None, "2024年", "42.6万人次"),
        ("8.4", "%", "门急诊人次同比增长", "+", None, "增长8.4%"),
        ("7.8", "天", "平均住院日", None, "2023年", "7.8天"),
        ("7.2", "天", "平均住院日", None, "2024年", "7.2天"),
        ("0.6", "天", "平均住院日同比下降", "-", None, "下降0.6天")]
if got != want:
    print("    got", got)
    sys.exit(1)
PY
then ok "hospital.docx: table cells are indicators labelled by their headers"
else fail "hospital.docx: table cells are indicators labelled by their headers"; cat "$TMP/hosp.why"
fi

# ... and its PDF prints the table ruled: the cells in reading order (row
# by row) and, on page 1, a horizontal rule above and below each of the 5
# rows and a vertical one beside each of the 4 columns (PDF path segments).
"$GWEXPORT" -q -f pdf -o "$OUT/hospital" "$GW_TESTS/heldout6/variants/hospital.docx" 2> "$TMP/hosp.err"
check_eq "hospital.docx: PDF converts" 0 $?
pdftotext -f 1 -l 1 "$OUT/hospital/hospital.pdf" - | tr -d ' \n' > "$TMP/hosp.flat"
check_grep "hospital.docx: the table's cells are printed row by row" \
	"指标2023年2024年同比门急诊人次39.3万人次42.6万人次增长8.4%出院人次" "$TMP/hosp.flat"
qpdf --qdf --object-streams=disable "$OUT/hospital/hospital.pdf" "$TMP/hosp.qdf.pdf"
rules=$($PY - "$TMP/hosp.qdf.pdf" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read().decode("latin-1")
page1 = data.split("%% Contents for page 2")[0].split("%% Contents for page 1")[-1]
segs = re.findall(r"([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l", page1)
h = {round(float(y0), 1) for x0, y0, x1, y1 in segs if y0 == y1}
v = {round(float(x0), 1) for x0, y0, x1, y1 in segs if x0 == x1}
print(len(h), len(v))
PY
)
check_eq "hospital.docx: rules at 6 heights and 5 column edges on page 1" "6 5" "$rules"

# Soft line breaks (Shift+Enter, w:br): one inside a sentence only wraps
# the line; one after a sentence or before a date line ends the block, so
# a right-aligned "县水利局<w:br/>2024年7月8日" is a 署名 and a date.
$PY - "$DOCS/soft.docx" <<'PY'
import sys
sys.path.insert(0, __import__("os").environ["GW_TESTS"] + "/docx")
import make_docx as m
br = '<w:r><w:br/></w:r>'
m.package(sys.argv[1], m.document("".join([
    m.para(m.runs("关于全县防汛工作情况的报告"), jc="center"),
    m.para(m.runs("县人民政府：")),
    m.para(m.runs("今年以来，我局全年加固堤防") + br + m.runs("12公里，新建泵站3座。") + br +
           m.runs("现将有关情况报告如下。")),
    m.para(m.runs("特此报告。")),
    m.para(m.runs("县水利局") + br + m.runs("2024年7月8日"), jc="right")])))
PY
mkdir -p "$OUT/soft"
"$GWEXPORT" -q -f json -o "$OUT/soft" "$DOCS/soft.docx" 2> "$TMP/soft.err"
check_eq "soft.docx: converts" 0 $?
got=$($PY -c 'import json,sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
print("|".join(d["signature"] + [p["text"] for p in d["preamble"]]))' "$OUT/soft/soft.json")
check_eq "soft.docx: a soft break splits 署名 and date and ends a sentence's block, joins inside one" \
	"县水利局|2024年7月8日|今年以来，我局全年加固堤防12公里，新建泵站3座。|现将有关情况报告如下。" "$got"
