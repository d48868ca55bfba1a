#!/bin/sh
# tables.sh — ruled tables in the PDF and OFD (converter/page/compose_table.c).
# A table wider than the 156 mm 版心 (tests/docx/make_docx.py wide.docx: nine
# columns of figures) is turned a quarter turn onto pages of its own (GB/T
# 9704 §8): the paper stays A4 portrait (no /Rotate), the table reads up the
# page with its head at the left (binding) edge, the page number stays
# upright where every page has it, the 表头 repeats on the next turned page,
# the text after the table starts a new upright page; pdftotext -layout
# reads the rows in order, the OFD draws the same glyphs (ofdcheck.py) and
# the PDF is PDF/A-1b (pdfa.sh runs Preflight over it).  A 表头 Word did not
# mark repeats when it is evidently one (long-table.docx), and nothing
# repeats when the first row holds figures (no-header.docx).
. "$GW_TESTS/e2e/lib.sh"

DOCS=$TMP/docs
OUT=$TMP/out
mkdir -p "$DOCS" "$OUT"
if ! $PY "$GW_TESTS/docx/make_docx.py" "$DOCS" wide.docx long-table.docx no-header.docx > "$TMP/make.log" 2>&1; then
	fail "make_docx.py"; sed 's/^/    /' "$TMP/make.log"; exit 1
fi

# ---- a table wider than the 版心 -------------------------------------------
"$GWEXPORT" -q -f pdf,ofd,json -o "$OUT" "$DOCS/wide.docx" 2> "$TMP/wide.err"
check_eq "wide table: converts" 0 $?
PDF=$OUT/wide.pdf
pdfinfo -f 1 -l 99 "$PDF" > "$TMP/wide.info"
check_grep "wide table: 4 pages (text, two turned table pages, text)" "^Pages: *4$" "$TMP/wide.info"
check_eq "wide table: every page A4 portrait" 4 "$(grep -c 'size: *595.276 x 841.89 pts (A4)' "$TMP/wide.info")"
check_eq "wide table: no page rotated (/Rotate 0: the paper is not turned, the table is)" 4 \
	"$(grep -c 'rot: *0$' "$TMP/wide.info")"
check "wide table: qpdf --check" qpdf --check "$PDF"

pdftotext -bbox "$PDF" "$TMP/wide.bbox.html"
$PY - "$TMP/wide.bbox.html" > "$TMP/wide.geom" 2>&1 <<'PY'
import re, sys
pages = re.findall(r"<page [^>]*>(.*?)</page>", open(sys.argv[1], encoding="utf-8").read(), re.S)
def words(n):
    return [(m.group(5), *(float(m.group(k)) for k in range(1, 5)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 pages[n - 1])]
def find(n, text):
    return next(w for w in words(n) if w[0] == text)
# the figures read up the page: boxes much taller than wide
for n, figure in ((2, "42,983"), (3, "74,177")):
    _, x0, y0, x1, y1 = find(n, figure)
    assert y1 - y0 > 2 * (x1 - x0), ("not turned", n, figure, x0, y0, x1, y1)
# the table's head towards the left edge: the 表头 left of the first row, on both pages
for n in (2, 3):
    head, row = find(n, "乡镇"), find(n, "城关镇" if n == 2 else "桃源乡")
    assert head[1] < row[1], ("head not at the left edge", n, head, row)
# inside the 版心 turned: x within 28..184 mm, y within 37..262 mm
for n in (2, 3):
    for w in words(n):
        if w[0] in ("—", str(n)):
            continue
        assert 79.37 - 1 <= w[1] and w[3] <= 521.57 + 1 and 104.88 - 1 <= w[2] and w[4] <= 742.68 + 1, w
# page numbers upright where every page has them: odd right, even left, same line as page 1's
ref = [w for w in words(1) if w[0] == "1"][-1]
for n in (2, 3, 4):
    num = [w for w in words(n) if w[0] == str(n)][-1]
    assert abs(num[2] - ref[2]) < 0.01 and abs((num[3] - num[1]) - (ref[3] - ref[1])) < 0.01, (n, num, ref)
    assert (num[1] > 300) == (n % 2 == 1), ("page number side", n, num)
print("ok")
PY
check_eq "wide table: turned (reads up the page, head at the left edge, inside the 版心), page numbers upright as on every page" \
	ok "$(tail -1 "$TMP/wide.geom")"
grep -v '^ok$' "$TMP/wide.geom" | sed 's/^/    /' | head -5

pdftotext -layout "$PDF" "$TMP/wide.layout"
check_grep "wide table: pdftotext -layout reads a row in order" \
	"城关镇 *42,983 *39,917 *195,680.8 *5.9% *9,133.06 *66,594.9 *21,980 *42.5%" "$TMP/wide.layout"
check_grep "wide table: … and the last row (合计) on the next turned page" \
	"合计 *74,177 *67,115 *360,151.2 *7.3%" "$TMP/wide.layout"
for p in 1 4; do pdftotext -f $p -l $p "$PDF" "$TMP/wide.p$p"; done
pdftotext -f 3 -l 3 -layout "$PDF" "$TMP/wide.p3"
check_grep "wide table: the 表头 (not marked in Word, evidently one) repeats on the second turned page" "乡镇" "$TMP/wide.p3"
check_not "wide table: no cell on the page before it" grep -q "城关镇" "$TMP/wide.p1"
check_grep "wide table: the text after it starts a new upright page" "下步工作" "$TMP/wide.p4"
check_eq "wide table: every cell in the PDF text" 19 \
	"$(pdftotext "$PDF" - | grep -c -E '^(城关镇|东坝镇|西河乡|南山镇|北岭乡|青石镇|白沙乡|红岩镇|柳溪乡|金桥镇|石门乡|龙潭镇|桃源乡|新华镇|长岭乡|双河镇|马鞍乡|清水镇|合计)$')"
check "wide table: the OFD has every glyph where the PDF has it (turned runs by CTM)" \
	$PY "$GW_TESTS/ofd/ofdcheck.py" "$OUT/wide.ofd" "$PDF"
$PY - "$OUT/wide.ofd" > "$TMP/wide.ctm" <<'PY'
import re, zipfile
z = zipfile.ZipFile(__import__("sys").argv[1])
page = lambda n: z.read(f"Doc_0/Pages/Page_{n}/Content.xml").decode()
print(len(re.findall(r'CTM="0 -1 1 0 0 ', page(1))), len(re.findall(r"CTM=", page(0) + page(3))))
PY
check_eq "wide table: OFD turns the table's runs on its pages only" "0" "$(cut -d' ' -f2 "$TMP/wide.ctm")"

# The checker sees a table drawn upright on a turned page.
$PY - "$OUT/wide.ofd" "$TMP/upright.ofd" <<'PY'
import re, sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w") as z:
    for i in src.infolist():
        data = src.read(i)
        if i.filename == "Doc_0/Pages/Page_1/Content.xml":
            data = re.sub(rb' CTM="[^"]*"', b"", data)
        z.writestr(i.filename, data, zipfile.ZIP_DEFLATED)
PY
check_not "wide table: ofdcheck sees the turned runs drawn upright" \
	$PY "$GW_TESTS/ofd/ofdcheck.py" "$TMP/upright.ofd" "$PDF"

# ---- 表头 Word did not mark -------------------------------------------------
for f in long-table no-header; do
	"$GWEXPORT" -q -f pdf,json -o "$OUT" "$DOCS/$f.docx"
	pdftotext -layout -f 2 -l 2 "$OUT/$f.pdf" "$TMP/$f.p2"
done
check_eq "evident 表头: first line of page 2 repeats 指标 | 2024年 | 增长" "指标 2024年 增长" \
	"$(grep -m1 . "$TMP/long-table.p2" | tr -s ' ' | sed 's/^ //')"
check_grep "evident 表头: … the model keeps header_rows as Word said (0)" '"header_rows": 0' "$OUT/long-table.json"
check_not "no 表头 (first row holds figures): nothing repeated on page 2" grep -q "第1项指标" "$TMP/no-header.p2"

# ---- tables typed in plain text with tabs -----------------------------------
# Columns lined up with several tabs; a line of its own with a tab gap.
mkdir -p "$OUT/typed"
printf '县卫健委2024年工作总结\n\n一、主要指标\n全年主要指标完成情况如下：\n指标\t\t2024年\t\t增长\n门急诊人次\t\t86.5万人次\t\t6.3%%\n出院人次\t\t3.2万人次\t\t4.1%%\n二、下步打算\n住院服务人次\t\t12.4万人次，增长5.1%%。\n' \
	> "$OUT/typed/typed.txt"
"$GWEXPORT" -f json,pdf -o "$OUT/typed" "$OUT/typed/typed.txt" > "$TMP/typed.log" 2>&1
check_eq "typed table: converts" 0 $?
check_not "typed table: its rows are not joined as wrapped lines" grep -q "joined" "$TMP/typed.log"
$PY - "$OUT/typed/typed.json" > "$TMP/typed.model" 2>&1 <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
tables = [p["table"] for s in m["sections"] for p in s["body"] if p.get("table")]
assert len(tables) == 1, tables
t = tables[0]
assert (t["rows"], t["cols"]) == (3, 3), (t["rows"], t["cols"])  # no empty columns from the doubled tabs
assert [c["text"] for c in t["cells"][:3]] == ["指标", "2024年", "增长"], t["cells"][:3]
labels = {i["text"]: i["label"] for i in m["indicators"]}
assert not any("\t" in l for l in labels.values()), labels
assert labels["86.5"] == "门急诊人次" and labels["12.4"] == "住院服务人次", labels
assert labels["5.1"] == "住院服务人次增长", labels
print("ok")
PY
check_eq "typed table: one 3×3 table in the body, no tab in any label (门急诊人次, 住院服务人次增长)" \
	ok "$(tail -1 "$TMP/typed.model")"
grep -v '^ok$' "$TMP/typed.model" | sed 's/^/    /' | head -5
pdftotext -layout "$OUT/typed/typed.pdf" "$TMP/typed.layout"
check_grep "typed table: printed ruled, a row in order" "门急诊人次 *86.5万人次 *6.3%" "$TMP/typed.layout"

# ---- a table typed with tabs in an appendix of a text -------------------------
# Its rows have lines of one width: they must not pass for wrapped text and be
# joined (tests/tables/appendix-tabs.txt: 6 rows of 5 columns).
"$GWEXPORT" -f json -o "$OUT" "$GW_TESTS/tables/appendix-tabs.txt" 2> "$TMP/apptabs.err"
check_eq "tab table in an appendix: converts" 0 $?
check_eq "tab table in an appendix: nothing joined" "" "$(grep 'hard-wrapped' "$TMP/apptabs.err")"
check_eq "tab table in an appendix: 6 rows × 5 columns" "6 5" "$($PY -c '
import json, sys
m = json.load(open(sys.argv[1]))
t = m["appendices"][0]["body"][0]["table"]
print(t["rows"], t["cols"])' "$OUT/appendix-tabs.json")"
