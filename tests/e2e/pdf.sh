# tests/e2e/pdf.sh — -f pdf over every sample (and the seed report when
# /work/shared is present): qpdf, poppler warnings, embedded subset fonts,
# text equal to the model, GB/T 9704 geometry (pdfcheck.py), outline,
# document info, determinism, layouts, glyph errors.
. "$GW_TESTS/e2e/lib.sh"
CHECK="$GW_TESTS/e2e/pdfcheck.py"

inputs=$(ls "$SAMPLES"/*.txt)
if [ -f "$SHARED_SEED" ]; then inputs="$inputs $SHARED_SEED"; else echo "skip seed report: $SHARED_SEED absent"; fi

for f in $inputs; do
	b=$(basename "$f" .txt)
	mkdir -p "$TMP/$b"
	if ! "$GWEXPORT" -q -f pdf,json -o "$TMP/$b" "$f" 2>"$TMP/$b/err"; then
		fail "$b: converts to PDF ($(head -3 "$TMP/$b/err"))"
		continue
	fi
	pdf="$TMP/$b/$b.pdf"
	check "$b: qpdf --check clean" qpdf --check "$pdf"
	pdftotext "$pdf" /dev/null 2>"$TMP/$b/poppler"
	check_eq "$b: no poppler warnings" "" "$(cat "$TMP/$b/poppler")"
	pdffonts "$pdf" | tail -n +3 >"$TMP/$b/fonts"
	check "$b: has fonts" test -s "$TMP/$b/fonts"
	check_eq "$b: every font embedded, subset, with ToUnicode" "" \
		"$(awk '$(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes"' "$TMP/$b/fonts")"
	check_eq "$b: only TrueType CID fonts" "" "$(grep -v 'CID TrueType' "$TMP/$b/fonts")"
	# every input here is at most seed-sized (~4,300 characters, 8 pages):
	# with the Fandol faces the seed is 324 KB (FandolFang's outlines are
	# detailed; XeLaTeX/ctex with the same faces: 379 KB), so 350 KB leaves
	# 8 % for layout changes and catches a whole font embedded by mistake
	size=$(wc -c < "$pdf")
	check "$b: under 350 KB with every font embedded ($size bytes)" test "$size" -lt 358400
	TZ=UTC pdfinfo "$pdf" >"$TMP/$b/info"
	check_grep "$b: Creator is gwexport <version>" "^Creator: *gwexport [0-9]" "$TMP/$b/info"
	title=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"])' "$TMP/$b/$b.json")
	check_grep "$b: Title from the model" "^Title: *$title" "$TMP/$b/info"
	check_grep "$b: dates from SOURCE_DATE_EPOCH" "^CreationDate: *Tue Nov 14 22:13:20 2023" "$TMP/$b/info"
	# every section and item has a bookmark, in order
	qpdf --json --json-key=outlines "$pdf" | $PY -c '
import json, sys
o = json.load(open(sys.argv[1], encoding="utf-8"))
def sec(ss):
    for s in ss or []:
        yield (s["marker"] or "") + (s["heading"] or "")
        yield from sec(s.get("sections"))
def ol(items):
    for x in items:
        yield x["title"]
        yield from ol(x.get("kids", []))
sys.exit(0 if list(sec(o["sections"])) == list(ol(json.load(sys.stdin)["outlines"])) else 1)
' "$TMP/$b/$b.json"
	check_eq "$b: bookmarks for every section and item" 0 $?
	$PY "$CHECK" "$pdf" "$TMP/$b/$b.json" gbt9704
done

# Faces per role: with the Fandol faces `make deps` puts into build/fonts,
# the body is 仿宋 (FandolFang), level 1 黑体, level 2 楷体, the title
# FandolSong Bold, and no role falls back (no warning, even without -v).
seed_fonts="$TMP/seed-report/fonts"
if [ -f "$GW_TESTS/../build/fonts/FandolFang-Regular.ttf" ]; then
	"$GWEXPORT" -f pdf -o "$TMP" "$SAMPLES/transport-2023.txt" 2>"$TMP/faces.err"
	check_eq "Fandol faces: no font warning" "" "$(grep -v ': wrote ' "$TMP/faces.err")"
	# The seed when shared/ is beside the tree, else one of our samples.
	faces_of="$seed_fonts" && src=seed
	[ -f "$seed_fonts" ] || { pdffonts "$TMP/transport-2023.pdf" > "$TMP/transport.fonts"; faces_of="$TMP/transport.fonts"; src=transport-2023; }
	for face in FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Bold; do
		check_grep "$src: $face embedded" "+$face" "$faces_of"
	done
else
	fail "Fandol faces missing from build/fonts (make deps puts them there)"
fi
# Fandol hidden (a data directory whose roles.ini finds no build/fonts):
# the Song face draws the body, and every run says so in ONE warning line.
mkdir -p "$TMP/nofandol/fonts"
cp -r "$GW_TESTS/../layouts" "$TMP/nofandol/"
cp "$GW_TESTS/../fonts/roles.ini" "$TMP/nofandol/fonts/"
GWEXPORT_DATA="$TMP/nofandol" GWEXPORT_FONT_CACHE=off "$GWEXPORT" -f pdf -o "$TMP/nofandol" \
	"$SAMPLES/transport-2023.txt" 2>"$TMP/nofandol.err"
check_eq "Fandol hidden: still converts" 0 $?
check_eq "Fandol hidden: one warning line" 1 "$(grep -vc ': wrote ' "$TMP/nofandol.err")"
check_grep "Fandol hidden: the warning names the body's Song face" \
	"fonts: .*AR PL SungtiL GB draws the body role, not a 仿宋" "$TMP/nofandol.err"
check_grep "Fandol hidden: the title role too" "draws the title role" "$TMP/nofandol.err"
pdffonts "$TMP/nofandol/transport-2023.pdf" >"$TMP/nofandol.fonts"
check_grep "Fandol hidden: the PDF uses the Song face" "BousungEG-Light-GB" "$TMP/nofandol.fonts"
GWEXPORT_DATA="$TMP/nofandol" XDG_CACHE_HOME="$TMP/nofandol-xdg" "$GWEXPORT" -f pdf -o "$TMP/nofandol" \
	"$SAMPLES/transport-2023.txt" 2>/dev/null
GWEXPORT_DATA="$TMP/nofandol" XDG_CACHE_HOME="$TMP/nofandol-xdg" "$GWEXPORT" -f pdf -o "$TMP/nofandol" \
	"$SAMPLES/transport-2023.txt" 2>"$TMP/nofandol2.err"
check_grep "Fandol hidden: the warning also on a run from the font cache" "draws the body role" "$TMP/nofandol2.err"

# Full-width digits: kept as typed by default; [text] halfwidth_digits sets them as 0–9.
printf '关于工作情况的汇报\n\n各位领导：\n全年完成投资３５亿元。\n' >"$TMP/fw.txt"
"$GWEXPORT" -q -f pdf -o "$TMP" "$TMP/fw.txt"
check_grep "full-width digits kept by default" "３５亿元" "$(pdftotext "$TMP/fw.pdf" "$TMP/fw.out"; echo "$TMP/fw.out")"
wide=$(pdftotext -bbox "$TMP/fw.pdf" - | sed -n 's/.*xMax="\([0-9.]*\)".*>全年.*/\1/p')
printf '[text]\nhalfwidth_digits = true\n' >"$TMP/fw.ini"
"$GWEXPORT" -q -f pdf -l "$TMP/fw.ini" -o "$TMP" "$TMP/fw.txt"
check_grep "halfwidth_digits = true: set as 35" "投资35亿元" "$(pdftotext "$TMP/fw.pdf" "$TMP/fw.out"; echo "$TMP/fw.out")"
narrow=$(pdftotext -bbox "$TMP/fw.pdf" - | sed -n 's/.*xMax="\([0-9.]*\)".*>全年.*/\1/p')
check "halfwidth_digits = true: two digits take one cell, not two ($wide → $narrow)" \
	awk -v w="$wide" -v n="$narrow" 'BEGIN { d = w - n; exit !(w > 0 && d > 15 && d < 16.5) }'

# Determinism: same input, layout, version → same bytes (also in another TZ);
# the model JSON gives the same PDF as the text.
s="$SAMPLES/transport-2023.txt"
mkdir -p "$TMP/d1" "$TMP/d2" "$TMP/d3"
"$GWEXPORT" -q -f pdf,json -o "$TMP/d1" "$s"
TZ=Asia/Shanghai "$GWEXPORT" -q -f pdf -o "$TMP/d2" "$s"
check "byte-identical PDF on a second run (TZ=Asia/Shanghai)" cmp "$TMP/d1/transport-2023.pdf" "$TMP/d2/transport-2023.pdf"
"$GWEXPORT" -q -f pdf -o "$TMP/d3" "$TMP/d1/transport-2023.json"
check "model JSON → the same PDF as the text" cmp "$TMP/d1/transport-2023.pdf" "$TMP/d3/transport-2023.pdf"
SOURCE_DATE_EPOCH=1600000000 "$GWEXPORT" -q -f pdf -o "$TMP/d2" "$s"
check_not "another timestamp → another file" cmp "$TMP/d1/transport-2023.pdf" "$TMP/d2/transport-2023.pdf"

# The draft layout: 12 pt, 1.5 spacing, line numbers.
mkdir -p "$TMP/draft"
"$GWEXPORT" -q -f pdf -l draft -o "$TMP/draft" "$s"
$PY "$CHECK" "$TMP/draft/transport-2023.pdf" "$TMP/d1/transport-2023.json" draft
n=$(pdftotext -tsv "$TMP/draft/transport-2023.pdf" - | awk -F'\t' '$1==5 && $7+$9 < 70 && $12 ~ /^[0-9]+$/' | wc -l)
check "draft: line numbers in the margin ($n)" test "$n" -gt 30

# A user layout: a path, errors name the file, line and key.
cat >"$TMP/mine.ini" <<'EOF'
[grid]
chars = 27
EOF
check "--layout path.ini is used" "$GWEXPORT" -q -f pdf -l "$TMP/mine.ini" -o "$TMP/draft" "$s"
printf '[grid]\nlines = 22\ncolour = red\n' >"$TMP/bad.ini"
"$GWEXPORT" -q -f pdf -l "$TMP/bad.ini" -o "$TMP/draft" "$s" 2>"$TMP/bad.err"
check_eq "bad layout exits 2 (a usage error)" 2 $?
check_grep "bad layout: file:line named" "bad.ini:3" "$TMP/bad.err"
check_grep "bad layout: key named" "grid.colour" "$TMP/bad.err"
"$GWEXPORT" -q -f pdf -l nosuch -o "$TMP/draft" "$s" 2>"$TMP/bad.err"
check_eq "unknown layout name exits 2 (a usage error)" 2 $?

# Characters no font has (Thai) or above U+FFFF: an error naming them and their line.
printf '关于工作情况的汇报\n\n各位领导：\n今年我们完成了\340\270\201项任务。\n汇报完毕。\n' >"$TMP/thai.txt"
"$GWEXPORT" -q -f pdf -o "$TMP" "$TMP/thai.txt" 2>"$TMP/thai.err"
check_eq "missing glyph exits 1" 1 $?
check_grep "missing glyph: character and line named" "U+0E01, line 4" "$TMP/thai.err"
check_not "missing glyph: no PDF written" test -f "$TMP/thai.pdf"
check "--allow-missing-glyphs writes it anyway" "$GWEXPORT" -q -f pdf --allow-missing-glyphs -o "$TMP" "$TMP/thai.txt"
printf '关于工作情况的汇报\n\n各位领导：\n张\360\240\256\267同志完成了任务。\n' >"$TMP/astral.txt"
"$GWEXPORT" -q -f pdf -o "$TMP" "$TMP/astral.txt" 2>"$TMP/astral.err"
check_grep "above U+FFFF refused" "U+20BB7" "$TMP/astral.err"

# Per-character fallback: 喆 and 堃 are not in GB 2312 (AR PL SungtiL GB):
# drawn with the next face of the body chain, text still extractable.
printf '关于工作情况的汇报\n\n各位领导：\n王喆、李堃同志完成了各项任务。\n' >"$TMP/rare.txt"
check "characters outside the first face: converts" "$GWEXPORT" -q -f pdf -o "$TMP" "$TMP/rare.txt"
check_grep "characters outside the first face: extracted" "王喆、李堃" "$(pdftotext "$TMP/rare.pdf" "$TMP/rare.out"; echo "$TMP/rare.out")"
n=$(pdffonts "$TMP/rare.pdf" | tail -n +3 | wc -l)
check "characters outside the first face: a second body face is embedded ($n fonts)" test "$n" -ge 2
