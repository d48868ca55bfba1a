#!/bin/sh
# otf2ttf.sh — fonts/otf2ttf.py (used by `make fonts-fandol`): a CFF font
# becomes a TrueType font that fontconfig sees under the same family, and
# that gwexport then uses first for its role: a made-up CFF "FandolFang"
# with a few characters is converted, dropped into a private fonts/, and
# the PDF's body text must come from it (the other characters from the
# next face of the chain), copyable and embedded as a subset.
. "$GW_TESTS/e2e/lib.sh"

CONV="$GW_TESTS/../fonts/otf2ttf.py"
if ! "$PY" -c 'import fontTools' 2>/dev/null; then
	fail "otf2ttf: python3-fonttools missing (make deps installs it)"
	exit 0
fi

# A CFF font: family FandolFang, 工 作 报 告 as boxes of 1 em advance.
"$PY" - "$TMP/fang.otf" <<'EOF'
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
chars = "工作报告"
names = [".notdef", "space"] + ["uni%04X" % ord(c) for c in chars]
fb = FontBuilder(1000, isTTF=False)
fb.setupGlyphOrder(names)
fb.setupCharacterMap({0x20: "space", **{ord(c): "uni%04X" % ord(c) for c in chars}})
strings = {}
for i, n in enumerate(names):
    pen = T2CharStringPen(1000, None)
    if n != "space":  # a box, a different inner width per glyph
        pen.moveTo((100, -80)); pen.curveTo((100, 300), (100, 500), (100, 800))
        pen.lineTo((900, 800)); pen.lineTo((900, -80 + 40 * i)); pen.closePath()
    strings[n] = pen.getCharString()
fb.setupCFF("FandolFang-Regular", {"FullName": "FandolFang Regular"}, strings, {})
fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "FandolFang", "styleName": "Regular", "psName": "FandolFang-Regular"})
fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120, fsType=0)
fb.setupPost()
fb.save(sys.argv[1])
EOF
check "made a CFF test font" test -s "$TMP/fang.otf"

DATA="$TMP/data"
mkdir -p "$DATA/fonts" "$DATA/layouts"
cp "$GW_TESTS/../layouts/"*.ini "$DATA/layouts/"
cp "$GW_TESTS/../fonts/roles.ini" "$DATA/fonts/"
"$PY" "$CONV" "$TMP/fang.otf" "$DATA/fonts/FandolFang-Regular.ttf" > "$TMP/conv.log" 2>&1
check_eq "otf2ttf converts: exit 0" 0 "$?"
check_eq "no .part file left" "" "$(ls "$DATA/fonts" | grep '\.part$')"
if command -v fc-scan >/dev/null 2>&1; then
	check_eq "fontconfig sees TrueType, family FandolFang" "FandolFang TrueType" \
		"$(fc-scan --format '%{family[0]} %{fontformat}' "$DATA/fonts/FandolFang-Regular.ttf")"
fi
"$PY" - "$DATA/fonts/FandolFang-Regular.ttf" > "$TMP/tables" <<'EOF'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
g = f["glyf"]["uni5DE5"]
print("glyf" in f, "CFF " in f, f["maxp"].tableVersion == 0x10000, g.numberOfContours,
      f["hmtx"]["uni5DE5"][0], f.getBestCmap()[0x544A])
EOF
check_eq "converted font: glyf, no CFF, maxp 1.0, outline and metrics kept" \
	"True False True 1 1000 uni544A" "$(cat "$TMP/tables")"

printf '工作报告\n\n一、总体情况\n报告工作，推进有力。\n' > "$TMP/r.txt"
GWEXPORT_DATA="$DATA" GWEXPORT_FONT_CACHE=off "$GWEXPORT" -q -f pdf -o "$TMP" "$TMP/r.txt" 2> "$TMP/gw.log"
check_eq "gwexport with the converted font: exit 0" 0 "$?"
pdffonts "$TMP/r.pdf" > "$TMP/fonts" 2>&1
check_grep "PDF embeds a FandolFang subset" '^[A-Z]\{6\}+FandolFang-Regular .* yes yes yes' "$TMP/fonts"
check_grep "characters it lacks come from the next face" 'BousungEG-Light-GB' "$TMP/fonts"
check_eq "text copies out (page number last)" "工作报告一、总体情况报告工作，推进有力。—1—" \
	"$(pdftotext "$TMP/r.pdf" - 2>/dev/null | tr -d ' \n\f')"

# not a CFF font, and not a font: clear errors
"$PY" "$CONV" "$DATA/fonts/FandolFang-Regular.ttf" "$TMP/again.ttf" > "$TMP/e1" 2>&1
check_eq "TrueType input refused: exit 1" 1 "$?"
check_grep "… saying why" 'no CFF outlines' "$TMP/e1"
printf 'not a font' > "$TMP/junk.otf"
"$PY" "$CONV" "$TMP/junk.otf" "$TMP/junk.ttf" > "$TMP/e2" 2>&1
check_eq "junk input refused: exit 1" 1 "$?"
check_grep "… naming the file" 'cannot convert .*junk.otf' "$TMP/e2"
check_not "… and writing nothing" test -e "$TMP/junk.ttf"
