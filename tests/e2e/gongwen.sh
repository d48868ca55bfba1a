# tests/e2e/gongwen.sh — the complete 公文 (GB/T 9704-2012 7.2–7.5, 10.1):
# hand-made report models in tests/gongwen/ (make_models.py) laid out with
# 版头, 版记 and 附件; positions, rule widths and colours checked by
# tests/gongwen/framecheck.py, filled pages (5.2.3) by gridcheck.py on these
# and on every sample and held-out report.
. "$GW_TESTS/e2e/lib.sh"
G="$GW_TESTS/gongwen"

# doc CASE MODEL [LAYOUT]: converts and runs framecheck.py CASE on the PDF
doc() {
	case=$1 model=$2 layout=${3:-gbt9704}
	out="$TMP/$case"
	mkdir -p "$out"
	if ! "$GWEXPORT" -q -f pdf -l "$layout" -o "$out" "$model" 2>"$out/err"; then
		fail "$case: converts ($(head -2 "$out/err"))"
		return
	fi
	pdf="$out/$(basename "$model" .json).pdf"
	"$PY" "$G/framecheck.py" "$case" "$pdf" | sed "s/^\(ok\|FAIL\) /\1 $case: /"
	check "$case: qpdf --check clean" qpdf --check "$pdf"
	check "$case: every page but the last filled (5.2.3)" "$PY" "$G/gridcheck.py" "$pdf"
}

doc up "$G/report-up.json"
doc down "$G/notice-down.json"
doc joint "$G/joint.json"
doc appendices "$G/appendices.json"
doc letter "$G/report-up.json" letter

# a 版记 too long for the last (even) page: a blank page, then the 版记 page
"$PY" - "$G/report-up.json" "$TMP/long-imprint.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
cc = ["县第%d中学" % i for i in range(1, 81)]
r["imprint"]["cc"] = cc
r["imprint"]["text"] = "抄送：" + "，".join(cc) + "。\n" + r["imprint"]["text"].split("\n")[-1]
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
doc blank "$TMP/long-imprint.json"

# the same report without 版头 and 版记: no rule, nothing red
"$PY" - "$G/report-up.json" "$TMP/plain.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
r["head"] = r["imprint"] = None
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
doc plain "$TMP/plain.json"

# the layouts are selectable by name
check "-l minutes converts" "$GWEXPORT" -q -f pdf -l minutes -o "$TMP" "$G/joint.json"

# 10.3: a 纪要 typed as text has no 发文机关标志 line; its title 青川县防汛工作会议纪要
# is the red mark (once), a title not ending in 纪要 stays under the mark 会议纪要,
# and --set 发文机关 still chooses the mark
M="$GW_TESTS/gongwen-read/given/minutes.txt"
# mdoc NAME ARGS...: converts with -l minutes into $TMP/NAME
mdoc() {
	name=$1; shift
	if ! "$GWEXPORT" -q -f pdf -l minutes -o "$TMP/$name" "$@" 2>"$TMP/$name.err"; then
		fail "$name: converts ($(head -2 "$TMP/$name.err"))"
		return 1
	fi
}
mkdir -p "$TMP/min-title" "$TMP/min-other" "$TMP/min-set"
cp "$M" "$TMP/min-title/min-title.txt"
sed '1s/.*/关于汛前准备工作的会议记录/' "$M" >"$TMP/min-other/min-other.txt"
cp "$M" "$TMP/min-set/min-set.txt"
if mdoc min-title "$TMP/min-title/min-title.txt"; then
	"$PY" "$G/framecheck.py" minutes "$TMP/min-title/min-title.pdf" 青川县防汛工作会议纪要 |
		sed "s/^\(ok\|FAIL\) /\1 minutes, title is the mark: /"
	check "minutes: every page but the last filled (5.2.3)" "$PY" "$G/gridcheck.py" "$TMP/min-title/min-title.pdf"
fi
if mdoc min-other "$TMP/min-other/min-other.txt"; then
	"$PY" "$G/framecheck.py" minutes "$TMP/min-other/min-other.pdf" 会议纪要 关于汛前准备工作的会议记录 |
		sed "s/^\(ok\|FAIL\) /\1 minutes, other title: /"
fi
if mdoc min-set --set 发文机关=青川县人民政府常务会议纪要 "$TMP/min-set/min-set.txt"; then
	"$PY" "$G/framecheck.py" minutes "$TMP/min-set/min-set.pdf" 青川县人民政府常务会议纪要 青川县防汛工作会议纪要 |
		sed "s/^\(ok\|FAIL\) /\1 minutes, --set 发文机关: /"
fi
# the default layout is unchanged: no mark made from the title
mkdir -p "$TMP/min-gbt"
"$GWEXPORT" -q -f pdf -o "$TMP/min-gbt" "$M"
"$PY" "$G/framecheck.py" plain "$TMP/min-gbt/minutes.pdf" | sed "s/^\(ok\|FAIL\) /\1 minutes in gbt9704: /"

# 5.2.3 on every sample and held-out report: no page short but as allowed
mkdir -p "$TMP/grid"
short=""
for f in "$SAMPLES"/*.txt $(held_out_texts); do
	b=$(basename "$(dirname "$f")")_$(basename "$f" .txt)
	mkdir -p "$TMP/grid/$b"
	"$GWEXPORT" -q -f pdf -o "$TMP/grid/$b" "$f" 2>/dev/null || { short="$short $b(no PDF)"; continue; }
	"$PY" "$G/gridcheck.py" "$TMP/grid/$b/$(basename "$f" .txt).pdf" >"$TMP/grid/$b.out" ||
		short="$short $b($(head -1 "$TMP/grid/$b.out"))"
done
check_eq "every sample and held-out report fills its pages" "" "$short"
# the draft layout keeps widow and orphan control: a page may end short there
"$GWEXPORT" -q -f pdf -l draft -o "$TMP" "$SAMPLES/street-office.txt"
check "draft: converts with widow/orphan control" test -s "$TMP/street-office.pdf"

# 7.5: page numbers in 4号半角宋体 — FandolSong Regular (make deps), not the
# Bold face the title (小标宋) takes, nor the AR PL Song face when Fandol is there
if [ -f "$GW_TESTS/../build/fonts/FandolSong-Regular.ttf" ]; then
	GWEXPORT_FONT_CACHE=off "$GWEXPORT" -q -f pdf -o "$TMP" "$SAMPLES/transport-2023.txt"
	pdftohtml -xml -i -q -stdout -zoom 1 -fontfullname "$TMP/transport-2023.pdf" >"$TMP/pn.xml"
	pn=$(sed -n 's/.*id="\([0-9]*\)" size="14" family="[A-Z]*+\([^"]*\)".*/\2/p' "$TMP/pn.xml" | sort -u)
	check_eq "page numbers in FandolSong-Regular" "FandolSong-Regular" "$pn"
	ti=$(sed -n 's/.*size="22" family="[A-Z]*+\([^",]*\).*/\1/p' "$TMP/pn.xml" | sort -u)
	check_eq "title in FandolSong-Bold" "FandolSong-Bold" "$ti"
	dw=$(pdftotext -bbox "$TMP/transport-2023.pdf" - | sed -n 's/.*xMin="\([0-9.]*\)".*xMax="\([0-9.]*\)".*>1<\/word>/\1 \2/p' | head -1)
	check "page-number digit half-width (7 pt ± 1)" awk -v s="$dw" 'BEGIN { split(s, a, " "); w = a[2] - a[1]; exit !(w > 6 && w < 8) }'
else
	fail "FandolSong-Regular missing from build/fonts (make fonts puts it there)"
fi
