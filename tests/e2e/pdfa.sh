# tests/e2e/pdfa.sh — every PDF gwexport writes is PDF/A-1b (README
# "PDF/A"): the samples, the seed report, the 公文 models in every layout,
# the PDF inside a bundle and a hostile title, judged by Apache PDFBox
# Preflight (Debian's libpdfbox2-java, PDF/A-1b) in one JVM run; each also
# passes qpdf --check and our own reading of what Preflight does not check
# (the CIDSet lists exactly the CIDs whose glyphs the embedded program has;
# the XMP equals the Info dictionary).  Two damaged copies show Preflight
# is not blind.  Without java only the Preflight part is skipped.
. "$GW_TESTS/e2e/lib.sh"
G="$GW_TESTS/gongwen"
mkdir -p "$TMP/pdf"

# pdf NAME ARGS...: gwexport -f pdf ARGS into $TMP/NAME, then $TMP/pdf/NAME.pdf
pdf() {
	name=$1; shift
	mkdir -p "$TMP/$name"
	if "$GWEXPORT" -q -f pdf -o "$TMP/$name" "$@" 2>"$TMP/$name/err"; then
		mv "$TMP/$name"/*.pdf "$TMP/pdf/$name.pdf"
	else
		fail "$name: converts ($(head -2 "$TMP/$name/err"))"
	fi
}

for f in "$SAMPLES"/*.txt; do pdf "$(basename "$f" .txt)" "$f"; done
if [ -f "$SHARED_SEED" ]; then pdf seed "$SHARED_SEED"; else echo "note: seed report absent ($SHARED_SEED)"; fi
pdf gongwen-up "$G/report-up.json"
pdf gongwen-down "$G/notice-down.json"
pdf gongwen-joint "$G/joint.json"
pdf gongwen-appendices "$G/appendices.json"
pdf gongwen-letter -l letter "$G/report-up.json"
pdf gongwen-minutes -l minutes "$G/notice-down.json"
pdf draft -l draft "$SAMPLES/street-office.txt"
# a table wider than the 版心, turned on its pages (text matrices turned a quarter)
mkdir -p "$TMP/docx"
$PY "$GW_TESTS/docx/make_docx.py" "$TMP/docx" wide.docx >/dev/null 2>&1 && pdf wide-table "$TMP/docx/wide.docx"
printf '关于<审计>&"整改"\047落实\047的报告\n\n一、<情况>&说明\n完成任务a<b&c>d。\n' > "$TMP/hostile.txt"
pdf hostile --allow-missing-glyphs "$TMP/hostile.txt"
# the PDF in the bundle is the same writer's: check the very bytes in the zip
mkdir -p "$TMP/zip"
"$GWEXPORT" -q -f zip -o "$TMP/zip" "$SAMPLES/transport-2023.txt"
"$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
open(sys.argv[2], 'wb').write(z.read('transport-2023/data/transport-2023.pdf'))" \
	"$TMP/zip/transport-2023.zip" "$TMP/pdf/bundled.pdf"
check_eq "PDFs made (samples, 公文 models and layouts, bundle, hostile)" 1 "$(test "$(ls "$TMP/pdf" | wc -l)" -ge 15 && echo 1)"

# Damaged copies (same length, so the xref stays right), for showing that
# the checks below are not blind: no OutputIntents, no CIDSet, an XMP
# CreatorTool that is not the Info /Creator.
mkdir -p "$TMP/bad"
"$PY" - "$TMP/pdf/transport-2023.pdf" "$TMP/bad" <<'PY'
import sys
b = open(sys.argv[1], "rb").read()
open(sys.argv[2] + "/no-intent.pdf", "wb").write(b.replace(b"/OutputIntents", b"/OutputIntentz"))
open(sys.argv[2] + "/no-cidset.pdf", "wb").write(b.replace(b"/CIDSet", b"/CIDSex"))
open(sys.argv[2] + "/xmp-differs.pdf", "wb").write(b.replace(b"<xmp:CreatorTool>gw", b"<xmp:CreatorTool>GW"))
PY

# ---- our own checks: qpdf, CIDSet against the font programs, XMP = Info ----
for p in "$TMP"/pdf/*.pdf; do
	n=$(basename "$p" .pdf)
	check "$n: qpdf --check clean" qpdf --check "$p"
	qpdf --json-output --json-stream-data=inline --decode-level=generalized "$p" "$TMP/$n.json"
done
for n in no-cidset xmp-differs; do
	qpdf --json-output --json-stream-data=inline --decode-level=generalized "$TMP/bad/$n.pdf" "$TMP/bad/$n.json"
done
cat > "$TMP/own.py" <<'PY'
import base64, io, json, sys
import xml.etree.ElementTree as ET
from fontTools.ttLib import TTFont
def text(v): return v[2:] if v.startswith("u:") else bytes.fromhex(v[2:]).decode("latin-1")
ns = {"dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
      "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
      "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
pairs = [("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Subject", "dc:description"),
         ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")]


def problems(objs):
    def obj(ref): return objs["obj:" + ref]
    def data(ref): return base64.b64decode(obj(ref)["stream"]["data"])
    bad = []
    # CIDSet: bit c set exactly when CIDToGIDMap sends CID c to a glyph (and
    # CID 0), and that glyph is the one the program's cmap gives for U+c
    for k, o in objs.items():
        d = o.get("value") or o.get("stream", {}).get("dict")
        if not isinstance(d, dict) or d.get("/Subtype") != "/CIDFontType2":
            continue
        desc = obj(d["/FontDescriptor"])["value"]
        if "/CIDSet" not in desc or "/CapHeight" not in desc:
            bad.append("%s: no CIDSet or CapHeight" % desc["/FontName"]); continue
        bits = data(desc["/CIDSet"])
        gidmap = data(d["/CIDToGIDMap"])
        gids = [gidmap[2 * c] << 8 | gidmap[2 * c + 1] for c in range(len(gidmap) // 2)]
        font = TTFont(io.BytesIO(data(desc["/FontFile2"])))
        order = {g: i for i, g in enumerate(font.getGlyphOrder())}
        cmap = font.getBestCmap()
        want = {0} | {c for c, g in enumerate(gids) if g}
        have = {i * 8 + b for i, byte in enumerate(bits) for b in range(8) if byte & (0x80 >> b)}
        if want != have:
            bad.append("%s: CIDSet has %d CIDs, the map %d" % (desc["/FontName"], len(have), len(want)))
        wrong = [c for c in want - {0} if order.get(cmap.get(c)) != gids[c]]
        if wrong:
            bad.append("%s: %d CIDs map to another glyph than the program's cmap" % (desc["/FontName"], len(wrong)))
    # XMP = Info
    root = obj(objs["trailer"]["value"]["/Root"])["value"]
    info = obj(objs["trailer"]["value"]["/Info"])["value"]
    x = ET.fromstring(data(root["/Metadata"]).split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    def xmp(path):
        e = x.find(".//" + path, ns)
        return None if e is None else "".join(e.itertext())
    for key, prop in pairs:
        if (text(info[key]) if key in info else None) != xmp(prop):
            bad.append("Info %s %r but XMP %s %r" % (key, info.get(key), prop, xmp(prop)))
    d = text(info["/CreationDate"])
    iso = "%s-%s-%sT%s:%s:%s+00:00" % (d[2:6], d[6:8], d[8:10], d[10:12], d[12:14], d[14:16])
    if not d.endswith("+00'00'") or xmp("xmp:CreateDate") != iso or xmp("xmp:ModifyDate") != iso:
        bad.append("dates: Info %s, XMP %s" % (d, xmp("xmp:CreateDate")))
    if (xmp("pdfaid:part"), xmp("pdfaid:conformance")) != ("1", "B"):
        bad.append("pdfaid is not 1/B")
    if "/Filter" in obj(root["/Metadata"])["stream"]["dict"]:
        bad.append("the Metadata stream is filtered")
    return bad


for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1][:-5]
    bad = problems(json.load(open(path))["qpdf"][1])
    print("%s %s: CIDSet exactly the glyphs embedded, XMP = Info, pdfaid 1/B%s"
          % ("FAIL" if bad else "ok", name, "".join("\n    " + b for b in bad[:5])))
PY
"$PY" "$TMP/own.py" "$TMP"/*.json
"$PY" "$TMP/own.py" "$TMP"/bad/*.json > "$TMP/own-bad"
check_grep "own check sees a missing CIDSet" "^FAIL no-cidset" "$TMP/own-bad"
check_grep "own check sees XMP differing from Info" "Info /Creator .* but XMP xmp:CreatorTool 'GWexport" "$TMP/own-bad"
pdfinfo "$TMP/pdf/hostile.pdf" > "$TMP/hostile.info"
check_grep "hostile title kept as written in the Info" '^Title: *关于<审计>&"整改".落实.的报告$' "$TMP/hostile.info"

# ---- Apache PDFBox Preflight ------------------------------------------------
jars=""
for j in preflight pdfbox2 xmpbox fontbox2 commons-logging javax.activation jaxb-api; do
	[ -f "/usr/share/java/$j.jar" ] && jars="$jars:/usr/share/java/$j.jar" || missing="$missing $j.jar"
done
if ! command -v java >/dev/null 2>&1 || [ -n "$missing" ]; then
	echo "ok skip PDF/A-1b validation: no java or no PDFBox Preflight (missing:${missing:- java}); make deps installs default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java"
	exit 0
fi

ls "$TMP"/pdf/*.pdf "$TMP"/bad/*.pdf > "$TMP/list"
java -cp "${jars#:}" org.apache.pdfbox.preflight.Validator_A1b xml group "$TMP/list" > "$TMP/preflight.out" 2>&1
check "Preflight ran and wrote its report" test -s "$TMP/list.preflight.xml"
"$PY" - "$TMP/list.preflight.xml" > "$TMP/verdicts" <<'PY'
import sys
import xml.etree.ElementTree as ET
for p in ET.parse(sys.argv[1]).getroot().iter("preflight"):
    valid = p.findtext("isValid")
    errors = ["%s %s" % (e.findtext("code"), e.findtext("details")) for e in p.iter("error")]
    print("%s %s %s" % (p.get("name"), valid, " | ".join(errors[:3])))
PY
for p in "$TMP"/pdf/*.pdf; do
	n=$(basename "$p")
	if grep -q "^$n true" "$TMP/verdicts"; then ok "$n: Preflight says valid PDF/A-1b"
	else fail "$n: Preflight says valid PDF/A-1b ($(grep "^$n " "$TMP/verdicts" | cut -c1-300))"; fi
done
check_grep "Preflight refuses a copy without OutputIntents" "^no-intent.pdf false .*2.4.3" "$TMP/verdicts"
check_grep "Preflight refuses a copy without CIDSet" "^no-cidset.pdf false .*3.1.11" "$TMP/verdicts"
check_grep "Preflight refuses XMP that differs from the Info" "^xmp-differs.pdf false .*7.2" "$TMP/verdicts"
