#!/bin/sh
# xlsx-combine.sh — issue #15 point 4: `--combine 汇总.xlsx` writes one
# workbook of a batch besides each input's own outputs.  Over the seed, every
# sample, a Word file and two towns' reports that share indicators, plus an
# input that fails: openpyxl reads it without a warning; 指标 holds every
# indicator of every converted input in input order with its 单位 (from the
# signature, else the file name); 对照 sets the same 指标名称 + 计量单位 + 性质
# of different reports side by side (a target never beside a result); 报告
# lists every input, the failed one with its error; -j 1 and -j 2 give the
# same bytes; a combined workbook that cannot be made leaves an older one as
# it was; LibreOffice converts it to PDF, printing 指标 at a readable size.
. "$GW_TESTS/e2e/lib.sh"

OUT=$TMP/out
mkdir -p "$OUT" "$TMP/in" "$TMP/docx" "$TMP/j1"
$PY "$GW_TESTS/docx/make_docx.py" "$TMP/docx" > /dev/null 2>&1

town() {  # town NAME JOBS REVENUE TARGET
	cat <<EOF
$1人民政府2024年工作总结
一、经济发展
全年一般公共预算收入$3亿元，同比增长5.2%。
二、民生保障
城镇新增就业$2万人，新建农村公路18公里。
三、2025年工作打算
力争城镇新增就业$4万人。

$1人民政府
2025年1月6日
EOF
}
town 青石镇 1.2 3.4 1.5 > "$TMP/in/qingshi.txt"
town 白沙镇 0.86 2.75 1.0 > "$TMP/in/baisha.txt"
printf 'x\000binary' > "$TMP/in/broken.txt"

set -- "$SHARED_SEED"
for f in "$SAMPLES"/*.txt; do set -- "$@" "$f"; done
set -- "$@" "$TMP/docx/full.docx" "$TMP/in/qingshi.txt" "$TMP/in/broken.txt" "$TMP/in/baisha.txt"
[ -f "$SHARED_SEED" ] || shift

"$GWEXPORT" -q -j 2 -f xlsx,json -o "$OUT" --combine "$OUT/汇总.xlsx" "$@" > "$TMP/j2.log" 2>&1
check_eq "a batch with a failed input exits 1" 1 "$?"
check "the combined workbook is written" test -s "$OUT/汇总.xlsx"
check "each input still has its own workbook" test -s "$OUT/qingshi.xlsx" -a -s "$OUT/transport-2023.xlsx"
check "no temporary folder is left" sh -c "! ls '${TMPDIR:-/tmp}' | grep -q '^gwexport-combine-'"

# The combined workbook against each input's model JSON.
$PY - "$OUT" "$@" <<'PY'
import json, os, pathlib, sys, warnings
warnings.simplefilter("error")          # any openpyxl warning fails the load
import openpyxl
out, inputs = sys.argv[1], sys.argv[2:]
wb = openpyxl.load_workbook(os.path.join(out, "汇总.xlsx"))
def check(what, cond, detail=""):
    print(("ok " if cond else "FAIL ") + "combine: " + what + ("" if cond else " " + str(detail)))
check("sheets 指标 对照 报告", wb.sheetnames == ["指标", "对照", "报告"], wb.sheetnames)
stems = [os.path.splitext(os.path.basename(p))[0] for p in inputs]
models = {s: json.loads(pathlib.Path(out, s + ".json").read_text()) for s in stems if s != "broken"}
rows = [r for r in wb["指标"].iter_rows(min_row=2, values_only=True)]
want = [(os.path.basename(p), x) for p, s in zip(inputs, stems) if s in models for x in models[s]["indicators"]]
check("指标 has every converted input's indicators, in input order (%d)" % len(want),
      [r[1] for r in rows] == [f for f, _ in want], len(rows))
same = len(rows) == len(want) and all(
    r[2] == x["id"] and r[5] == x["label"] and r[6] == (x["text"] if x["masked"] else x["value"]) and
    r[7] == x["unit"] and r[11] == x["status"] and r[14] == x["paragraph"] and r[15] == x["page"]
    for r, (_, x) in zip(rows, want))
check("指标 rows equal the models (序号 名称 数值 计量单位 性质 段落 页码)", same)
own = []   # 章节 and 事项 of each input's own workbook, in the same order
for p, s in zip(inputs, stems):
    if s in models:
        own += [(r[1], r[2]) for r in openpyxl.load_workbook(os.path.join(out, s + ".xlsx"))["指标"]
                .iter_rows(min_row=2, values_only=True)]
check("章节 and 事项 by name, as each report's own workbook has them (事项: the deepest heading)",
      [(r[3], r[4]) for r in rows] == own,
      next(((a, b) for a, b in zip([(r[3], r[4]) for r in rows], own) if a != b), len(own)))
ws = wb["指标"]
check("指标 prints landscape, one page wide, header row repeated, long texts wrapped",
      ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth in (1, None) and
      ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage and
      str(ws.print_title_rows) in ("1:1", "$1:$1") and
      all(c.alignment.wrap_text for col in "ABDEFMN" for c in ws[col][1:] if c.value is not None),
      (ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.print_title_rows))
units = {r[1]: r[0] for r in rows}
check("单位 from the signature", units.get("qingshi.txt") == "青石镇人民政府" and
      units.get("baisha.txt") == "白沙镇人民政府", units)
check("单位 is the file name when the report names no body",
      units.get("health-2023-utf16.txt") == "health-2023-utf16", units.get("health-2023-utf16.txt"))
cmp = wb["对照"]
head = [c.value for c in cmp[1]]
files = [c.value for c in cmp[2]]
col = {f: i for i, f in enumerate(files)}
body = [[c.value for c in r] for r in cmp.iter_rows(min_row=3)]
def row(label, unit, status):
    return next((r for r in body if r[0] == label and r[1] == unit and r[2] == status), None)
jobs = row("城镇新增就业", "万人", "实绩")
check("对照: one row sets both towns' 城镇新增就业 (实绩) side by side",
      jobs is not None and jobs[col["qingshi.txt"]] == 1.2 and jobs[col["baisha.txt"]] == 0.86 and
      jobs[-1] == sum(1 for v in jobs[3:-1] if v is not None), jobs)
tgt = row("城镇新增就业", "万人", "目标")
check("对照: the targets are a row of their own",
      tgt is not None and tgt[col["qingshi.txt"]] == 1.5 and tgt[col["baisha.txt"]] == 1.0, tgt)
check("对照: the columns are the converted inputs in order, 单位 over file name",
      files[3:-1] == [os.path.basename(p) for p, s in zip(inputs, stems) if s in models] and
      head[col["qingshi.txt"]] == "青石镇人民政府", files)
keys = {}
for s, m in models.items():
    for x in m["indicators"]:
        if x["label"]:
            keys.setdefault((x["label"], x["unit"], x["status"]), set()).add(s)
shared = {k for k, v in keys.items() if len(v) >= 2}
got = {(r[0], r[1], r[2]) for r in body if r[0] and r[2]}
check("对照: exactly the indicators two or more reports give (%d)" % len(shared), got == shared,
      sorted(got ^ shared)[:3])
rrows = [r for r in wb["报告"].iter_rows(min_row=3, values_only=True) if r[0]]
check("报告: every input, in order", [r[1] for r in rrows] == [os.path.basename(p) for p in inputs])
broken = next((r for r in rrows if r[1] == "broken.txt"), None)
check("报告: the failed input says 失败 and why", broken and broken[10] == "失败" and "binary" in (broken[11] or ""),
      broken)
check("报告: indicator counts per input", all(r[4] == len(models[os.path.splitext(r[1])[0]]["indicators"])
                                           for r in rrows if r[10] == "转换成功"))
PY

"$GWEXPORT" -q -j 1 -f xlsx -o "$TMP/j1" --combine "$TMP/j1/汇总.xlsx" "$@" > /dev/null 2>&1
check "-j 1 and -j 2 give the same combined workbook" cmp "$OUT/汇总.xlsx" "$TMP/j1/汇总.xlsx"

# A combined workbook that cannot be made leaves the older one as it was.
cp "$OUT/汇总.xlsx" "$TMP/older.xlsx"
if [ -z "${GW_VALGRIND:-}" ]; then
	TMPDIR=$TMP/no-such-dir "$GWEXPORT" -q -f xlsx -o "$OUT" --combine "$OUT/汇总.xlsx" "$TMP/in/qingshi.txt" \
		> "$TMP/notmp.log" 2>&1
	check_eq "no usable TMPDIR: exit 1" 1 "$?"
	check_grep "no usable TMPDIR: says what to do" "TMPDIR" "$TMP/notmp.log"
	check "no usable TMPDIR: the older combined workbook is untouched" cmp "$OUT/汇总.xlsx" "$TMP/older.xlsx"
else
	echo "ok skip bad TMPDIR: valgrind itself needs a usable TMPDIR (make test runs it)"
fi
cp "$TMP/in/qingshi.txt" "$TMP/qingshi.orig"
"$GWEXPORT" -q -f xlsx -o "$OUT" --combine "$TMP/in/qingshi.txt" "$TMP/in/qingshi.txt" "$TMP/in/baisha.txt" \
	> "$TMP/self.log" 2>&1
check_eq "--combine naming an input: refused (exit 1)" 1 "$?"
check_grep "--combine naming an input: says so" "also an input" "$TMP/self.log"
check "--combine naming an input: the input is untouched" cmp "$TMP/in/qingshi.txt" "$TMP/qingshi.orig"
mkdir -p "$TMP/nodir"
"$GWEXPORT" -q -f xlsx -o "$TMP/nodir" --combine "$TMP/no-such/汇总.xlsx" "$TMP/in/baisha.txt" > "$TMP/nodir.log" 2>&1
check_eq "--combine into a missing folder: exit 1" 1 "$?"
check_grep "--combine into a missing folder: names it" "does not exist" "$TMP/nodir.log"
check "--combine into a missing folder: nothing converted" test ! -e "$TMP/nodir/baisha.xlsx"

# LibreOffice opens it (converting fails on a workbook it must repair) and
# prints the comparison; the PDF is kept in build/test-output/combine/.
LO=$(command -v libreoffice || command -v soffice || true)
if [ -n "$LO" ]; then
	if timeout 180 "$LO" --headless --convert-to pdf --outdir "$TMP/lo" "$OUT/汇总.xlsx" > "$TMP/lo.log" 2>&1 &&
		[ -s "$TMP/lo/汇总.pdf" ]; then
		ok "LibreOffice converts the combined workbook to PDF"
		pdftotext "$TMP/lo/汇总.pdf" - | tr -d ' \n' > "$TMP/lo.txt"
		check_grep "LibreOffice's PDF prints 对照 with both towns" "青石镇人民政府" "$TMP/lo.txt"
		# 指标 readable: at least 8 pt (5.1 when its 16 columns, 232 wide,
		# were fitted to the page), no wrapped text printed over the next row.
		$PY "$GW_TESTS/e2e/xlsxprint.py" "$TMP/lo/汇总.pdf" 8
		mkdir -p "$GW_TESTS/../build/test-output/combine" 2>/dev/null &&
			cp "$TMP/lo/汇总.pdf" "$GW_TESTS/../build/test-output/combine/" 2>/dev/null
	else fail "LibreOffice converts the combined workbook to PDF"; sed 's/^/    /' "$TMP/lo.log" | head -5; fi
else
	fail "LibreOffice: not installed (make deps installs libreoffice-calc-nogui)"
fi
