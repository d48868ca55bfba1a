#!/bin/sh
# turned-caption.sh — a heading and a table caption right before a table
# wider than the 版心 (tests/tables/turned-caption.txt: 二、各乡镇主要指标完成情况,
# 表1　2025年上半年各乡镇农业主要指标, a typed table of nine columns of
# figures) go onto the turned page with the table, above it and turned with
# it, instead of ending the page before alone (converter/page/compose_table.c
# lead_start); in the draft layout that turned page has its line numbers,
# turned with the table, in the paper's bottom margin clear of the page
# number, and table lines are numbered (a reviewer cites a figure by its
# line).  PDF and OFD alike (ofdcheck.py; ofd.js in Chromium when installed).
. "$GW_TESTS/e2e/lib.sh"

IN="$GW_TESTS/tables/turned-caption.txt"
OUT=$TMP/out
mkdir -p "$OUT/gw" "$OUT/draft"
"$GWEXPORT" -q -f pdf,ofd -o "$OUT/gw" "$IN" 2> "$TMP/gw.err"
check_eq "turned caption: converts" 0 $?
"$GWEXPORT" -q -l draft -f pdf,ofd -o "$OUT/draft" "$IN" 2> "$TMP/draft.err"
check_eq "turned caption: converts with -l draft" 0 $?
PDF=$OUT/gw/turned-caption.pdf
DRAFT=$OUT/draft/turned-caption.pdf

pdfinfo -f 1 -l 9 "$PDF" > "$TMP/info"
check_grep "turned caption: 3 pages (text, the turned table, text)" "^Pages: *3$" "$TMP/info"
check_eq "turned caption: every page A4 portrait, none rotated (the table is turned, not the paper)" "3 3" \
	"$(grep -c 'size: *595.276 x 841.89 pts (A4)' "$TMP/info") $(grep -c 'rot: *0$' "$TMP/info")"
for p in 1 2 3; do pdftotext -f $p -l $p "$PDF" "$TMP/p$p"; done
check_not "turned caption: the heading does not end page 1 alone" grep -q "各乡镇主要指标完成情况" "$TMP/p1"
check_not "turned caption: nor does the caption" grep -q "表1" "$TMP/p1"
check_grep "turned caption: page 1 ends with the text before them" "栏保持在1.3万头左右。" "$TMP/p1"
check_grep "turned caption: the heading is on the turned page" "二、各乡镇主要指标完成情况" "$TMP/p2"
check_grep "turned caption: … and the caption" "2025年上半年各乡镇农业主要指标" "$TMP/p2"
check_grep "turned caption: the text after the table starts page 3" "三、下半年工作打算" "$TMP/p3"

# On page 2 the heading and caption are turned like the table (boxes taller
# than wide), stand above it as the page is read turned (nearer the paper's
# left edge than the 表头), read from its head end (their first character
# lowest on the paper, at the frame's left, the paper's bottom edge of the
# 版心) and lie inside the 版心.
pdftotext -f 2 -l 2 -bbox "$PDF" "$TMP/p2.bbox"
$PY - "$TMP/p2.bbox" > "$TMP/p2.geom" 2>&1 <<'PY'
import re, sys
words = [(m.group(5), *(float(m.group(k)) for k in range(1, 5)))
         for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                              open(sys.argv[1], encoding="utf-8").read())]
def find(pred):
    return next(w for w in words if pred(w[0]))
head = find(lambda t: "各乡镇主要指标完成情况" in t)
cap = find(lambda t: "农业主要指标" in t)
table_head = find(lambda t: t == "乡镇")
for w in (head, cap):
    _, x0, y0, x1, y1 = w
    assert y1 - y0 > 4 * (x1 - x0), ("not turned", w)
    assert 79.37 - 1 <= x0 and x1 <= 521.57 + 1 and 104.88 - 1 <= y0 and y1 <= 742.68 + 1, ("outside the 版心", w)
assert head[3] < cap[1] and cap[3] < table_head[1], ("not heading, caption, table from the left", head, cap, table_head)
assert abs(head[4] - cap[4]) < 40 and head[4] > 600, ("not starting at the frame's left", head, cap)
print("ok")
PY
check_eq "turned caption: heading, caption, then the table, all turned and inside the 版心" ok "$(tail -1 "$TMP/p2.geom")"
grep -v '^ok$' "$TMP/p2.geom" | sed 's/^/    /' | head -5

# The draft: line numbers on the turned page, one per slot used (heading,
# caption, 2 表头 lines, 5 rows: 1–9), turned, below the 版心, clear of
# the page number.
pdftotext -f 2 -l 2 -bbox "$DRAFT" "$TMP/d2.bbox"
$PY - "$TMP/d2.bbox" > "$TMP/d2.geom" 2>&1 <<'PY'
import re, sys
words = [(m.group(5), *(float(m.group(k)) for k in range(1, 5)))
         for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                              open(sys.argv[1], encoding="utf-8").read())]
pn = [w for w in words if w[0] == "—"]
pn_top = min(w[2] for w in pn)
nums = sorted((w for w in words if re.fullmatch(r"\d+", w[0]) and w[2] > 742.68 and abs(w[2] - pn_top) > 1),
              key=lambda w: w[1])
assert [w[0] for w in nums] == [str(n) for n in range(1, 10)], [w[0] for w in nums]
for w in nums:  # a turned half-width digit: as wide as the font is high, half as tall
    assert w[3] - w[1] > 1.5 * (w[4] - w[2]), ("not turned", w)
    assert w[4] <= pn_top, ("touches the page number", w, pn_top)
head = next(w for w in words if "各乡镇主要指标完成情况" in w[0])
# slot 1's number sits beside the heading (same column of the turned page)
assert abs((nums[0][1] + nums[0][3]) / 2 - (head[1] + head[3]) / 2) < 3, (nums[0], head)
print("ok")
PY
check_eq "turned caption, draft: the turned page numbers its 9 lines, turned, clear of the page number" ok \
	"$(tail -1 "$TMP/d2.geom")"
grep -v '^ok$' "$TMP/d2.geom" | sed 's/^/    /' | head -5

for v in gw draft; do
	check "turned caption ($v): the OFD has every glyph where the PDF has it" \
		$PY "$GW_TESTS/ofd/ofdcheck.py" "$OUT/$v/turned-caption.ofd" "$OUT/$v/turned-caption.pdf"
done
OFDJS_DIR="$GW_TESTS/ofd"
if [ ! -f "$OFDJS_DIR/node_modules/ofd.js/lib/ofd.umd.min.js" ]; then
	ok "skip ofd.js rendering: ofd.js is not installed (tests/e2e/ofd.sh installs it)"
else
	for v in gw draft; do
		mkdir -p "$TMP/render-$v"
		$PY "$OFDJS_DIR/render.py" "$OUT/$v/turned-caption.ofd" "$OUT/$v/turned-caption.pdf" "$TMP/render-$v" \
			> "$TMP/render-$v/log" 2>&1
		rc=$?
		if [ $rc -eq 2 ]; then
			ok "skip ofd.js rendering ($v): $(head -1 "$TMP/render-$v/log")"
			continue
		fi
		check_eq "turned caption ($v): ofd.js renders every page with the PDF's text, where the OFD puts it" 0 $rc
		sed 's/^/    /' "$TMP/render-$v/log" | head -4
	done
fi
