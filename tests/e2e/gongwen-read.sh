#!/bin/sh
# gongwen-read.sh — the reader on 公文 as they come out of Word: every sample
# of tests/gongwen-read/ (版头 with 签发人, 联合行文, 份号/密级/紧急程度, parts,
# bylines, 附件 pages with a typed table, 版记 with typed rules) reads into
# the head/imprint/bylines/appendices/sections of its NAME.expect.json, keeps
# the whole text invariant (check.py), passes gw_report_check (JSON → model
# is refused otherwise) and round-trips JSON → JSON byte for byte.  Then
# fields given outside the text (given/: front matter, --set, bad keys and
# values) and a 纪要's attendance lines, in the JSON and on the PDF.
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

# A table (附件1 of appendix.txt) reaches the printed page as a ruled
# table (compose_table.c), every cell's text, with no warning.
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
check_not "appendix.txt: no warning that tables lose their rules" grep -q "plain rows" "$TMP/table.log"

# Fields given outside the text (read/frontmatter.h): a body-only text with a
# front-matter block, --set over it, the 纪要 attendance lines.
G=$DIR/given
"$GWEXPORT" -q -f json,pdf -o "$TMP" "$G/body-only.txt" 2>"$TMP/fm.err"
check_eq "front matter: converts" "" "$(cat "$TMP/fm.err")"
fields=$($PY -c 'import json,sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
h, i = m["head"], m["imprint"]
print("|".join([h["copy_number"], h["secrecy"], h["urgency"], ",".join(h["issuers"]), h["doc_number"],
      ",".join(h["signers"]), m["salutation"], ",".join(i["cc"]), i["printed_by"], i["printed_on"], m["title"]]))' "$TMP/body-only.json")
check_eq "front matter: every field in the model JSON" \
	"000027|秘密★1年|加急|青川县农业农村局文件|青农发〔2025〕12号|林晓东|县人民政府：|县委办公室,县人大常委会办公室|青川县农业农村局办公室|2025年3月4日|关于春季农业生产准备情况的报告" \
	"$fields"
pdftotext -layout "$TMP/body-only.pdf" "$TMP/fm.txt"
p1=$(pdftotext -l 1 "$TMP/body-only.pdf" - | tr -d ' \n')
for w in 000027 秘密★1年 加急 青川县农业农村局文件 青农发〔2025〕12号 签发人：林晓东 县人民政府：; do
	case "$p1" in *"$w"*) ok "front matter: page 1 (版头) prints $w" ;; *) fail "front matter: page 1 (版头) prints $w" ;; esac
done
last=$(pdftotext -f "$(pdfinfo "$TMP/body-only.pdf" | sed -n 's/^Pages: *//p')" "$TMP/body-only.pdf" - | tr -d ' \n')
for w in 抄送：县委办公室，县人大常委会办公室。 青川县农业农村局办公室 2025年3月4日印发; do
	case "$last" in *"$w"*) ok "front matter: last page (版记) prints $w" ;; *) fail "front matter: last page (版记) prints $w" ;; esac
done
check_not "front matter: its lines are not printed" grep -q -e "---" -e "发文字号：" -e "印发日期：" "$TMP/fm.txt"
# the red mark: frame.c draws it in colour (1 0 0 rg) only when there is a head
qpdf --qdf --object-streams=disable "$TMP/body-only.pdf" "$TMP/fm.qdf"
check_grep "front matter: the 发文机关标志 is red" "^1 0 0 rg" "$TMP/fm.qdf"

# --set over the front matter, ASCII and Chinese keys
"$GWEXPORT" -q -f json,pdf -o "$TMP" --set doc_number=青农发〔2025〕13号 --set 紧急程度=特急 \
	--set 抄送=县政协办公室 "$G/body-only.txt"
got=$($PY -c 'import json,sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
print(m["head"]["doc_number"], m["head"]["urgency"], ",".join(m["imprint"]["cc"]))' "$TMP/body-only.json")
check_eq "--set: overrides the front matter" "青农发〔2025〕13号 特急 县政协办公室" "$got"
pdftotext "$TMP/body-only.pdf" - | tr -d ' \n' > "$TMP/set.flat"
check_grep "--set: the PDF prints the given 发文字号" "青农发〔2025〕13号" "$TMP/set.flat"
check_not "--set: not the front matter's" grep -q "青农发〔2025〕12号" "$TMP/set.flat"
# --set on a model JSON input too
cp "$TMP/body-only.json" "$TMP/model.json"
"$GWEXPORT" -q -f json -o "$TMP/rt" --set 份号=000099 "$TMP/model.json"
check_eq "--set: over a model JSON" 000099 "$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["head"]["copy_number"])' "$TMP/rt/model.json")"

# bad keys and values: exit 2 (command line) or 1 (the text), the line and the keys named
"$GWEXPORT" -q -f json -o "$TMP" --set 颜色=红 "$G/body-only.txt" 2>"$TMP/bad1.err"
check_eq "--set unknown key: usage error" 2 $?
check_grep "--set unknown key: lists the keys" "unknown key '颜色'; keys are 发文机关 (issuers)" "$TMP/bad1.err"
"$GWEXPORT" -q -f json -o "$TMP" --set 印发日期=2025-03-04 "$G/body-only.txt" 2>"$TMP/bad2.err"
check_eq "--set bad date: usage error" 2 $?
check_grep "--set bad date: says how to write it" "印发日期=2024年1月10日" "$TMP/bad2.err"
sed 's/^份号：/分号：/' "$G/body-only.txt" > "$TMP/badkey.txt"
"$GWEXPORT" -q -f json -o "$TMP" "$TMP/badkey.txt" 2>"$TMP/bad3.err"
check_eq "front matter unknown key: fails" 1 $?
check_grep "front matter unknown key: its line and the keys" "badkey.txt:7: .*unknown key '分号'; keys are .*列席 (attending)" "$TMP/bad3.err"
sed 's/^紧急程度：加急/紧急程度：很急/' "$G/body-only.txt" > "$TMP/badval.txt"
"$GWEXPORT" -q -f json -o "$TMP" "$TMP/badval.txt" 2>"$TMP/bad4.err"
check_eq "front matter bad value: fails" 1 $?
check_grep "front matter bad value: its line" "badval.txt:6: .*紧急程度 '很急': it needs 特急 or 加急" "$TMP/bad4.err"

# 纪要 (10.3): 出席/请假/列席 lines are attendance in the JSON, printed two
# characters in with the label in the 黑体 face; --set adds or replaces one
"$GWEXPORT" -q -f json,pdf -l minutes -o "$TMP" --set 列席=县审计局、县统计局 "$G/minutes.txt"
att=$($PY -c 'import json,sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
print(";".join(a["role"] + "=" + ",".join(a["names"]) for a in m["attendance"]))' "$TMP/minutes.json")
check_eq "minutes: attendance in the JSON" \
	"出席=林晓东,县水利局,县应急管理局,县气象局主要负责同志;请假=县自然资源局;列席=县审计局,县统计局" "$att"
pdftohtml -xml -i -q -stdout -zoom 1 -fontfullname "$TMP/minutes.pdf" > "$TMP/minutes.xml"
for role in 出席 请假 列席; do
	check_grep "minutes: $role： two characters in (x 111)" "left=\"11[01]\" [^>]*>$role：<" "$TMP/minutes.xml"
done
hei=$(sed -n 's/.*fontspec id="\([0-9]*\)".*Hei.*/\1/p' "$TMP/minutes.xml" | head -1)
check_grep "minutes: the label in the 黑体 face" "font=\"$hei\">出席：<" "$TMP/minutes.xml"
check_grep "minutes: the names in the body face, after the label" "left=\"158\" [^>]*>林晓东，" "$TMP/minutes.xml"
"$GWEXPORT" -q -f json -o "$RT" "$TMP/minutes.json"
check "minutes: json -> json is byte-identical" cmp -s "$TMP/minutes.json" "$RT/minutes.json"
