#!/bin/sh
# redhead.sh — the 红头 of a Word 公文 in a text box (tests/docx/make_docx.py
# redhead*.docx; Word stores the box twice, DrawingML in mc:Choice and VML in
# mc:Fallback).  The box is read once and goes to the model's 版头 — the mark
# (发文机关标志, with 文件 or without), the 发文字号 when the box holds it —
# even when anchored in the 发文字号's paragraph, after its text; the 版记
# is read from text paragraphs or from the table Word users draw its rules
# with; the PDF prints the mark once, in red, above the title.
. "$GW_TESTS/e2e/lib.sh"

DOCS=$TMP/docs
OUT=$TMP/out
mkdir -p "$DOCS" "$OUT"
if ! $PY "$GW_TESTS/docx/make_docx.py" "$DOCS" redhead.docx redhead-table.docx > "$TMP/make.log" 2>&1; then
	fail "make_docx.py"; sed 's/^/    /' "$TMP/make.log"; exit 1
fi

for name in redhead redhead-table; do
	"$GWEXPORT" -q -f json,pdf -o "$OUT" "$DOCS/$name.docx" 2> "$TMP/$name.err"
	check_eq "$name: converts" 0 $?
	case $name in
	redhead) mark=青川县统计局文件 ;;
	*) mark=青川县统计局 ;;
	esac
	$PY - "$OUT/$name.json" "$mark" > "$TMP/$name.model" 2>&1 <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
h, im = m.get("head") or {}, m.get("imprint") or {}
assert h.get("issuers") == [sys.argv[2]], h
assert h.get("doc_number") == "青统发〔2025〕3号", h
assert h.get("text") == sys.argv[2] + "\n青统发〔2025〕3号", h
assert m["title"] == "青川县统计局关于2024年统计工作情况的报告", m["title"]
body = json.dumps(m.get("preamble"), ensure_ascii=False) + json.dumps(m.get("sections"), ensure_ascii=False)
assert sys.argv[2] not in body.replace("青川县统计局关于", ""), "the mark is in the body too"
assert im.get("cc") == ["县委办公室", "县人大常委会办公室"], im
assert im.get("printed_by") == "青川县统计局办公室" and im.get("printed_on") == "2025年1月20日", im
assert m["signature"] == ["青川县统计局", "2025年1月20日"], m["signature"]
print("ok")
PY
	check_eq "$name: 版头 (mark, 发文字号), title, signature and 版记 in the model" ok "$(tail -1 "$TMP/$name.model")"
	grep -v '^ok$' "$TMP/$name.model" | sed 's/^/    /' | head -5
	pdftotext -f 1 -l 1 "$OUT/$name.pdf" "$TMP/$name.p1"
	check_eq "$name: the PDF's first lines: the mark, the 发文字号 under it" "$mark 青统发〔2025〕3号" \
		"$(grep . "$TMP/$name.p1" | head -2 | tr '\n' ' ' | sed 's/ $//')"
	pdftohtml -xml -i -q -stdout -f 1 -l 1 "$OUT/$name.pdf" > "$TMP/$name.xml"
	$PY - "$TMP/$name.xml" "$mark" > "$TMP/$name.red" 2>&1 <<'PY'
import re, sys
x = open(sys.argv[1], encoding="utf-8").read()
fonts = dict(re.findall(r'<fontspec id="(\d+)"[^>]*color="(#[0-9a-fA-F]+)"', x))
runs = [(int(top), fonts.get(f), re.sub("<[^>]+>", "", t))
        for top, f, t in re.findall(r'<text top="(\d+)"[^>]*font="(\d+)"[^>]*>(.*?)</text>', x)]
title = min(top for top, _, t in runs if t.startswith("青川县统计局关于"))
above = [(c, t) for top, c, t in runs if top < title]
assert above == [("#ff0000", sys.argv[2]), ("#000000", "青统发〔2025〕3号")], above
print("ok")
PY
	check_eq "$name: the PDF prints the mark once, in red, and nothing else of the box above the title" \
		ok "$(tail -1 "$TMP/$name.red")"
	grep -v '^ok$' "$TMP/$name.red" | sed 's/^/    /' | head -3
done
