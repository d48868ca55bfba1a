# tests/e2e/ofd.sh — -f pdf,ofd over every sample (and the seed report when
# /work/shared is present): the package's structure, fonts and IDs, and every
# glyph where the PDF has it (tests/ofd/ofdcheck.py), determinism, the draft
# layout, hostile text; then the pages rendered by a real OFD reader (ofd.js
# in headless Chromium) must show the PDF's text (tests/ofd/render.sh).
. "$GW_TESTS/e2e/lib.sh"
CHECK="$GW_TESTS/ofd/ofdcheck.py"

inputs=$(ls "$SAMPLES"/*.txt)
if [ -f "$SHARED_SEED" ]; then inputs="$inputs $SHARED_SEED"; else echo "skip seed report: $SHARED_SEED absent"; fi
# The 公文 models (版头 with 签发人, 下行文, 联合行文, 附件 pages with a
# table) and a Word file with a ruled table: every element the frame draws.
gongwen="$GW_TESTS/gongwen/report-up.json $GW_TESTS/gongwen/notice-down.json $GW_TESTS/gongwen/joint.json $GW_TESTS/gongwen/appendices.json"
inputs="$inputs $gongwen $GW_TESTS/heldout6/variants/hospital.docx"
# a table wider than the 版心, turned on pages of its own (runs with a CTM)
mkdir -p "$TMP/docx"
$PY "$GW_TESTS/docx/make_docx.py" "$TMP/docx" wide.docx >/dev/null 2>&1 && inputs="$inputs $TMP/docx/wide.docx"

for f in $inputs; do
	b=$(basename "$f"); b=${b%.*}
	mkdir -p "$TMP/$b"
	if ! "$GWEXPORT" -q -f pdf,ofd -o "$TMP/$b" "$f" 2>"$TMP/$b/err"; then
		fail "$b: converts to PDF and OFD ($(head -3 "$TMP/$b/err"))"
		continue
	fi
	$PY "$CHECK" "$TMP/$b/$b.ofd" "$TMP/$b/$b.pdf" > "$TMP/$b/check" 2>&1
	check_eq "$b: OFD structure, fonts and every glyph within 0.05 mm of the PDF's" 0 $?
	sed 's/^/    /' "$TMP/$b/check" | head -12
	mkdir -p "$TMP/$b/again"
	"$GWEXPORT" -q -f ofd -o "$TMP/$b/again" "$f"
	check "$b: two runs give the same bytes" cmp "$TMP/$b/$b.ofd" "$TMP/$b/again/$b.ofd"
done

# The checker is not blind: one run moved by 0.1 mm, one character changed.
s=$(ls "$SAMPLES"/*.txt | head -1)
b=$(basename "$s" .txt)
if [ -f "$TMP/$b/$b.ofd" ]; then
	$PY - "$TMP/$b/$b.ofd" "$TMP/moved.ofd" "$TMP/changed.ofd" <<'PY'
import re, sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
def rewrite(out, fix):
    with zipfile.ZipFile(out, "w") as z:
        for i in src.infolist():
            data = src.read(i)
            if i.filename == "Doc_0/Pages/Page_0/Content.xml":
                data = fix(data.decode()).encode()
            z.writestr(i.filename, data, zipfile.ZIP_DEFLATED)
rewrite(sys.argv[2], lambda t: re.sub(r'(<ofd:TextCode X=")([\d.]+)', lambda m: m.group(1) + str(round(float(m.group(2)) + 0.1, 4)), t, 1))
rewrite(sys.argv[3], lambda t: re.sub(r'(<ofd:TextCode[^>]*>)(.)', r'\1口', t, 1))
PY
	check_not "the checker sees a glyph moved by 0.1 mm" $PY "$CHECK" "$TMP/moved.ofd" "$TMP/$b/$b.pdf"
	check_not "the checker sees a changed character" $PY "$CHECK" "$TMP/changed.ofd" "$TMP/$b/$b.pdf"
fi

# The draft layout (line numbers in the margin) and a custom page size.
mkdir -p "$TMP/draft"
"$GWEXPORT" -q -f pdf,ofd -l draft -o "$TMP/draft" "$SAMPLES/street-office.txt"
check_eq "draft layout: converts" 0 $?
check "draft layout: OFD matches the PDF" $PY "$CHECK" "$TMP/draft/street-office.ofd" "$TMP/draft/street-office.pdf"

# Hostile text: markup characters, quotes, private use, in the title, the
# headings (outline titles) and the body.  It must stay well-formed XML and
# come back as written.
mkdir -p "$TMP/hostile"
printf '关于<b>&amp;"引号"\047单引号\047的报告\n\n一、<script>情况</script>&\n今年完成了任务 a<b & c>d "e" \356\200\200。\n\n二、下一步\n继续努力。\n' \
	> "$TMP/hostile/h.txt"
"$GWEXPORT" -q -f pdf,ofd,json --allow-missing-glyphs -o "$TMP/hostile" "$TMP/hostile/h.txt" 2>"$TMP/hostile/err"
check_eq "hostile text: converts" 0 $?
check "hostile text: OFD matches the PDF" $PY "$CHECK" "$TMP/hostile/h.ofd" "$TMP/hostile/h.pdf"
$PY - "$TMP/hostile/h.ofd" "$TMP/hostile/h.json" > "$TMP/hostile/rt" 2>&1 <<'PY'
import json, sys, zipfile
import xml.etree.ElementTree as ET
Q = "{http://www.ofdspec.org/2016}"
z = zipfile.ZipFile(sys.argv[1]); model = json.load(open(sys.argv[2], encoding="utf-8"))
title = ET.fromstring(z.read("OFD.xml")).find(f"{Q}DocBody/{Q}DocInfo/{Q}Title").text
assert title == model["title"], (title, model["title"])
outline = [e.get("Title") for e in ET.fromstring(z.read("Doc_0/Document.xml")).iter(f"{Q}OutlineElem")]
assert any("<script>" in t and "&" in t for t in outline), outline
body = "".join(c.text or "" for n in z.namelist() if n.endswith("Content.xml")
               for c in ET.fromstring(z.read(n)).iter(f"{Q}TextCode"))
# no font has U+E000: the page engine draws 〓 there, in the PDF too
for piece in ('a<b', '& c>d', '"e"', "〓"):
    assert piece in body, piece
print("ok")
PY
check_eq "hostile text: title, outline and body read back as written" "ok" "$(cat "$TMP/hostile/rt")"

# A real OFD reader: ofd.js (npm, test-only, tests/ofd/package.json) in
# headless Chromium must render every page with the PDF's characters, each
# where the OFD puts it (tests/ofd/render.py).  ofd.js ignores embedded fonts
# (it asks the browser for FontName), so fonts are checked above, not here.
# OFD_SCREENSHOT=1 keeps a PNG of page 1 next to the rendered HTML.
OFDJS_DIR="$GW_TESTS/ofd"
if [ ! -f "$OFDJS_DIR/node_modules/ofd.js/lib/ofd.umd.min.js" ] && command -v npm >/dev/null 2>&1; then
	npm install --prefix "$OFDJS_DIR" --no-audit --no-fund --ignore-scripts >"$TMP/npm.log" 2>&1 ||
		sed 's/^/    /' "$TMP/npm.log" | tail -5
fi
if [ ! -f "$OFDJS_DIR/node_modules/ofd.js/lib/ofd.umd.min.js" ]; then
	ok "skip ofd.js rendering: ofd.js is not installed (npm missing or offline: npm install --prefix tests/ofd)"
else
	# Every input above (samples, seed, 公文 models, the Word table) and the hostile text.
	pairs="$TMP/hostile/h"
	for f in $inputs; do b=$(basename "$f"); b=${b%.*}; pairs="$pairs $TMP/$b/$b"; done
	for pair in $pairs; do
		[ -f "$pair.ofd" ] || continue
		what=$(basename "$pair")
		mkdir -p "$pair.render"
		$PY "$OFDJS_DIR/render.py" "$pair.ofd" "$pair.pdf" "$pair.render" > "$pair.render/log" 2>&1
		rc=$?
		if [ $rc -eq 2 ]; then
			ok "skip ofd.js rendering of $what: $(head -1 "$pair.render/log")"
			continue
		fi
		check_eq "$what: ofd.js in Chromium renders every page with the PDF's text, where the OFD puts it" 0 $rc
		sed 's/^/    /' "$pair.render/log" | head -8
	done
fi
