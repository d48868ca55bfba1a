#!/bin/sh
# xlsx.sh — the assessors' workbook end to end: for the seed report and every
# sample, `-f xlsx,json` is read back with openpyxl and every cell of 指标 is
# compared with the model JSON (tests/e2e/xlsxcheck.py); two runs must give
# byte-identical files; the JSON model converts to the same workbook as the
# text; a masked heading and odd numbers do not break the formulas; a bad
# TMPDIR gives a clear error; LibreOffice opens it when it is installed.
. "$GW_TESTS/e2e/lib.sh"

OUT=$TMP/out
mkdir -p "$OUT" "$TMP/again" "$TMP/fromjson"

inputs="$SHARED_SEED"
for f in "$SAMPLES"/*.txt; do [ -f "$f" ] && inputs="$inputs $f"; done

for f in $inputs; do
	[ -f "$f" ] || continue
	stem=$(basename "$f" .txt)
	if ! "$GWEXPORT" -q -f xlsx,json -o "$OUT" "$f" > "$TMP/$stem.log" 2>&1; then
		fail "$stem: converts to xlsx"; sed 's/^/    /' "$TMP/$stem.log" | head -5; continue
	fi
	ok "$stem: converts to xlsx"
	$PY "$GW_TESTS/e2e/xlsxcheck.py" "$OUT/$stem.xlsx" "$OUT/$stem.json" "$SOURCE_DATE_EPOCH" |
		sed "s/^ok xlsx /ok $stem: /; s/^FAIL xlsx /FAIL $stem: /"
	"$GWEXPORT" -q -f xlsx -o "$TMP/again" "$f" > /dev/null 2>&1
	check "$stem: same input gives a byte-identical workbook" cmp "$OUT/$stem.xlsx" "$TMP/again/$stem.xlsx"
	cp "$OUT/$stem.json" "$TMP/fromjson/$stem.json"
	"$GWEXPORT" -q -f xlsx -o "$TMP/fromjson" "$TMP/fromjson/$stem.json" > "$TMP/$stem.json.log" 2>&1
	check "$stem: model JSON gives the same workbook as the text" cmp "$OUT/$stem.xlsx" "$TMP/fromjson/$stem.xlsx"
done

# Masked headings (* is a COUNTIF wildcard), quotes, full-width digits,
# thousands separators and a preamble figure.
cat > "$TMP/odd.txt" <<'EOF'
**区**局2023年工作总结
全年完成各项投资１，２００万元。
一、“***”工程建设
完成“***”工程投资3.5亿元，其中**项目投资**亿元。
二、其他工作
新增就业2,400人，发放补贴12.5万元。
EOF
if "$GWEXPORT" -q -f xlsx,json -o "$OUT" "$TMP/odd.txt" > "$TMP/odd.log" 2>&1; then
	ok "odd: converts"
	$PY "$GW_TESTS/e2e/xlsxcheck.py" "$OUT/odd.xlsx" "$OUT/odd.json" "$SOURCE_DATE_EPOCH" |
		sed "s/^ok xlsx /ok odd: /; s/^FAIL xlsx /FAIL odd: /"
else
	fail "odd: converts"; sed 's/^/    /' "$TMP/odd.log" | head -5
fi

# 目标 and 实绩 of the same label and unit: 概要 sets them side by side
# (xlsxcheck.py checks the pairs against the model; here two known rows).
cat > "$TMP/pairs.txt" <<'EOF'
县人力资源和社会保障局2023年工作总结
一、主要工作
全年城镇新增就业1.42万人，发放创业担保贷款2.6亿元。
二、2024年工作打算
力争城镇新增就业1.5万人，发放创业担保贷款3亿元。
EOF
if "$GWEXPORT" -q -f xlsx,json -o "$OUT" "$TMP/pairs.txt" > "$TMP/pairs.log" 2>&1; then
	$PY "$GW_TESTS/e2e/xlsxcheck.py" "$OUT/pairs.xlsx" "$OUT/pairs.json" "$SOURCE_DATE_EPOCH" |
		sed "s/^ok xlsx /ok pairs: /; s/^FAIL xlsx /FAIL pairs: /"
	check "pairs: 概要 has the two 目标/实绩 rows" $PY -c "
import openpyxl,sys
s=openpyxl.load_workbook(sys.argv[1])['概要']
rows=[[c.value for c in r] for r in s.iter_rows()]
i=[k for k,r in enumerate(rows) if r[0]=='指标名称'][0]
want=[['城镇新增就业','万人',1.42,'全年',1.5,None],['发放创业担保贷款','亿元',2.6,'全年',3,None]]
sys.exit([r[:6] for r in rows[i+1:i+3]] != want)" "$OUT/pairs.xlsx"
else
	fail "pairs: converts"; sed 's/^/    /' "$TMP/pairs.log" | head -5
fi

# No indicators at all: still a valid workbook.
printf '县档案馆工作总结\n一、主要工作\n认真做好档案整理工作。\n' > "$TMP/none.txt"
"$GWEXPORT" -q -f xlsx -o "$OUT" "$TMP/none.txt" > "$TMP/none.log" 2>&1
check "no indicators: workbook still opens" $PY -c "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); sys.exit(wb['指标'].max_row != 1)" "$OUT/none.xlsx"

# An unusable TMPDIR is reported, with what to do.
# (Not under valgrind: valgrind itself needs a usable TMPDIR.)
if [ -z "${GW_VALGRIND:-}" ]; then
	TMPDIR=$TMP/no-such-dir "$GWEXPORT" -f xlsx -o "$OUT" "$SAMPLES/transport-2023.txt" > "$TMP/tmpdir.log" 2>&1
	rc=$?
	check_eq "bad TMPDIR: exit 1" 1 "$rc"
	check_grep "bad TMPDIR: says what to do" "TMPDIR" "$TMP/tmpdir.log"
else
	echo "ok skip bad TMPDIR: valgrind itself needs a usable TMPDIR (make test runs it)"
fi

# LibreOffice: converting to csv fails on a workbook it would have to repair.
LO=$(command -v libreoffice || command -v soffice || true)
if [ -n "$LO" ]; then
	if timeout 120 "$LO" --headless --convert-to csv --outdir "$TMP/lo" "$OUT/transport-2023.xlsx" > "$TMP/lo.log" 2>&1 &&
		[ -s "$TMP/lo/transport-2023.csv" ]; then ok "LibreOffice opens the workbook"
	else fail "LibreOffice opens the workbook"; sed 's/^/    /' "$TMP/lo.log" | head -5; fi
	# Printed, 指标 is readable: at least 8.5 pt (5.9 before its long texts
	# wrapped in narrower columns), no text over another.
	if timeout 120 "$LO" --headless --convert-to pdf --outdir "$TMP/lo" "$OUT/transport-2023.xlsx" > "$TMP/lo.log" 2>&1 &&
		[ -s "$TMP/lo/transport-2023.pdf" ]; then $PY "$GW_TESTS/e2e/xlsxprint.py" "$TMP/lo/transport-2023.pdf" 8.5
	else fail "LibreOffice prints the workbook"; sed 's/^/    /' "$TMP/lo.log" | head -5; fi
else
	fail "LibreOffice opens the workbook: libreoffice not installed (make deps installs libreoffice-calc-nogui)"
fi
