#!/bin/sh
# bundle.sh — `-f zip` and `gwexport verify` end to end.
# Part 1 needs no backend: a bag built by hand with `zip` from a directory
# must verify, and each way of damaging it must be reported (exit 1).
# Part 2 converts real samples with -f zip: verify, the independent
# tests/e2e/bagcheck.py, source bytes untouched, same bytes twice and under
# another TZ.
. "$GW_TESTS/e2e/lib.sh"

BAGCHECK="$GW_TESTS/e2e/bagcheck.py"

# ---- part 1: hand-built bags ------------------------------------------------
mkbag() {  # mkbag DIR: a valid bag "bag/" in DIR, zipped as DIR/bag.zip
	b="$1/bag"
	mkdir -p "$b/data/sub"
	printf '一、总体情况\n全年完成投资12亿元。\n' > "$b/data/report.txt"
	printf 'second file\n' > "$b/data/sub/b.txt"
	"$PY" - "$b/data/doc.pdf" <<'PY'
import sys  # the smallest whole PDF (verify reads its skeleton), with a comment to find
out = b"%PDF-1.4\n% stored member, long enough to find in the zip\n"
offs = []
for o in (b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [ ] /Count 0 >>"):
    offs.append(len(out)); out += b"%d 0 obj\n%s\nendobj\n" % (len(offs), o)
x = len(out)
out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x
open(sys.argv[1], "wb").write(out)
PY
	printf 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n' > "$b/bagit.txt"
	(cd "$b" && find data -type f | sort | while read -r f; do
		sha256sum "$f" >&3; sha512sum "$f" >&4; done 3> manifest-sha256.txt 4> manifest-sha512.txt
	 bytes=$(find data -type f -exec cat {} + | wc -c)
	 printf 'Payload-Oxum: %s.3\nBagging-Date: 2023-11-14\n' "$bytes" > bag-info.txt)
	(cd "$1" && zip -q -r -0 bag.zip bag)
}

verify() {  # verify ZIP: runs gwexport verify, output in $TMP/v, status in $rc
	"$GWEXPORT" verify "$@" > "$TMP/v" 2>&1; rc=$?
}

mkdir -p "$TMP/good"
mkbag "$TMP/good"
GOOD="$TMP/good/bag.zip"
verify "$GOOD"
check_eq "hand-built bag verifies (exit 0)" 0 "$rc"
check_grep "hand-built bag prints ok" "bag.zip: ok$" "$TMP/v"
check "hand-built bag passes the independent checker" "$PY" "$BAGCHECK" "$GOOD"

# damage NAME: copy the good bag directory to $TMP/NAME for changing
damage() { rm -rf "$TMP/$1"; mkdir -p "$TMP/$1"; cp -r "$TMP/good/bag" "$TMP/$1/"; D="$TMP/$1"; }
rezip() { (cd "$D" && rm -f bag.zip && zip -q -r -0 bag.zip bag); }

# A flipped byte inside a stored member: only the CRC can tell.
cp "$GOOD" "$TMP/flip.zip"
"$PY" - "$TMP/flip.zip" <<'EOF'
import sys
p = sys.argv[1]; b = bytearray(open(p, "rb").read())
i = b.index(b"stored member"); b[i] ^= 1
open(p, "wb").write(b)
EOF
verify "$TMP/flip.zip"
check_eq "flipped byte: exit 1" 1 "$rc"
check_grep "flipped byte: CRC error named" "bag/data/doc.pdf: damaged: CRC error" "$TMP/v"

cp "$GOOD" "$TMP/drop.zip"; zip -q -d "$TMP/drop.zip" bag/data/sub/b.txt
verify "$TMP/drop.zip"
check_eq "dropped file: exit 1" 1 "$rc"
check_grep "dropped file: named" "bag/data/sub/b.txt: listed in manifest-sha256.txt but missing from the zip" "$TMP/v"
check_grep "dropped file: Payload-Oxum" "Payload-Oxum says" "$TMP/v"

damage add; printf 'extra\n' > "$D/bag/data/extra.txt"; rezip
verify "$D/bag.zip"
check_eq "added file: exit 1" 1 "$rc"
check_grep "added file: named" "bag/data/extra.txt: not listed in manifest-sha512.txt" "$TMP/v"

damage rename; mv "$D/bag/data/sub/b.txt" "$D/bag/data/sub/c.txt"; rezip
verify "$D/bag.zip"
check_grep "renamed entry: old name missing" "bag/data/sub/b.txt: listed in manifest-sha256.txt but missing" "$TMP/v"
check_grep "renamed entry: new name unlisted" "bag/data/sub/c.txt: not listed in manifest-sha256.txt" "$TMP/v"

damage oxum; sed -i 's/^Payload-Oxum: \([0-9]*\)\.3/Payload-Oxum: \1.4/' "$D/bag/bag-info.txt"; rezip
verify "$D/bag.zip"
check_eq "wrong Payload-Oxum: exit 1" 1 "$rc"
check_grep "wrong Payload-Oxum: named" "bag/bag-info.txt: Payload-Oxum says [0-9]* bytes in 4 files, the bag holds [0-9]* bytes in 3 files" "$TMP/v"
check_eq "wrong Payload-Oxum: the only problem" 1 "$(wc -l < "$TMP/v")"

damage line; sed -i '/report.txt/d' "$D/bag/manifest-sha256.txt"; rezip
verify "$D/bag.zip"
check_grep "manifest line removed: named" "bag/data/report.txt: not listed in manifest-sha256.txt" "$TMP/v"
check_eq "manifest line removed: the only problem" 1 "$(wc -l < "$TMP/v")"

damage content; printf 'changed\n' > "$D/bag/data/sub/b.txt"; rezip
verify "$D/bag.zip"
check_grep "changed content: sha256 named" "bag/data/sub/b.txt: content changed: its sha256 checksum differs" "$TMP/v"

head -c 300 "$GOOD" > "$TMP/trunc.zip"
verify "$TMP/trunc.zip"
check_eq "truncated zip: exit 1" 1 "$rc"
check_grep "truncated zip: not readable" "trunc.zip: not a readable zip file" "$TMP/v"

for evil in "../evil.txt" "/etc/evil.txt" 'bag\data\evil.txt' "C:/evil.txt" "bag/data/./x.txt"; do
	cp "$GOOD" "$TMP/slip.zip"
	"$PY" - "$TMP/slip.zip" "$evil" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "a") as z:
    z.writestr(zipfile.ZipInfo(sys.argv[2]), b"owned\n")
EOF
	verify "$TMP/slip.zip"
	label=$(printf '%s' "$evil" | sed 's/\\/<backslash>/g')  # echo in dash would eat '\'
	check_eq "unsafe name $label: exit 1" 1 "$rc"
	check_grep "unsafe name $label: reported" "unsafe entry name" "$TMP/v"
done
check "verify never extracts anything" test ! -e "$TMP/evil.txt" -a ! -e /etc/evil.txt

verify "$GOOD" "$TMP/drop.zip" "$TMP/missing.zip"
check_eq "several bundles, one bad: exit 1" 1 "$rc"
check_grep "several bundles: the good one is ok" "good/bag.zip: ok" "$TMP/v"
check_grep "several bundles: the missing one is named" "missing.zip: not a readable zip file" "$TMP/v"
check_not "independent checker rejects the dropped-file bag" "$PY" "$BAGCHECK" "$TMP/drop.zip"

# ---- part 2: bundles written by gwexport -f zip ------------------------------
mkdir -p "$TMP/out" "$TMP/out2"
cp "$SHARED_SEED" "$TMP/述职报告.txt" 2>/dev/null || cp "$SAMPLES/transport-2023.txt" "$TMP/述职报告.txt"
for s in "$TMP/述职报告.txt" "$SAMPLES/education-2022-gbk.txt" "$SAMPLES/health-2023-utf16.txt"; do
	name=$(basename "$s"); stem=${name%.*}
	"$GWEXPORT" -q -f zip -o "$TMP/out" "$s"; check_eq "-f zip $name: exit 0" 0 $?
	z="$TMP/out/$stem.zip"
	verify "$z"
	check_eq "$name: gwexport verify ok" 0 "$rc"
	check "$name: independent checker says valid" "$PY" "$BAGCHECK" "$z"
	check "$name: source bytes untouched in the bag" "$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); src = open(sys.argv[2], 'rb').read()
sys.exit(z.read(sys.argv[3] + '/data/source/' + sys.argv[4]) != src)" "$z" "$s" "$stem" "$name"
	check "$name: entry order and UTF-8 names" "$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); st = sys.argv[2]
want = [st + '/' + n for n in ('bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt',
        'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt', 'data/%s.pdf' % st, 'data/%s.ofd' % st,
        'data/%s.xlsx' % st, 'data/%s.json' % st, 'data/source/' + sys.argv[3])]
names = [i.filename for i in z.infolist()]
utf8 = all(i.flag_bits & 0x800 for i in z.infolist() if not i.filename.isascii())
stored = [i.filename for i in z.infolist() if i.compress_type == zipfile.ZIP_STORED]
sys.exit(not (names == want and utf8 and stored == want[6:9]))" "$z" "$stem" "$name"
	TZ=Asia/Shanghai "$GWEXPORT" -q -f zip -o "$TMP/out2" "$s"
	check "$name: same bytes again, in another time zone" cmp -s "$z" "$TMP/out2/$stem.zip"
done

# A model JSON as input: bag-info describes the file in data/source/ (the
# JSON) and names the text the model came from apart.
mkdir -p "$TMP/model" "$TMP/model/out"
"$GWEXPORT" -q -f json -o "$TMP/model" "$SAMPLES/education-2022-gbk.txt"
"$GWEXPORT" -q -f zip -o "$TMP/model/out" "$TMP/model/education-2022-gbk.json"
z="$TMP/model/out/education-2022-gbk.zip"
verify "$z"
check_eq "model JSON input: bundle verifies" 0 "$rc"
"$PY" -c "
import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read('education-2022-gbk/bag-info.txt').decode())" "$z" > "$TMP/model/info"
check_grep "model JSON input: Source-File-Name is the JSON in data/source" "^Source-File-Name: education-2022-gbk.json$" "$TMP/model/info"
check_grep "model JSON input: Source-Encoding UTF-8" "^Source-Encoding: UTF-8$" "$TMP/model/info"
check_grep "model JSON input: the original text is named apart" "^Original-Source-File-Name: education-2022-gbk.txt$" "$TMP/model/info"
check_grep "model JSON input: and its encoding" "^Original-Source-Encoding: GB18030$" "$TMP/model/info"
# … also when the text came from standard input (the model names it "-")
mkdir -p "$TMP/model/stdin"
"$GWEXPORT" -q -f json -o "$TMP/model/stdin" - < "$SAMPLES/education-2022-gbk.txt"
"$GWEXPORT" -q -f zip -o "$TMP/model/stdin" "$TMP/model/stdin/stdin.json"
"$PY" -c "
import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read('stdin/bag-info.txt').decode())" "$TMP/model/stdin/stdin.zip" > "$TMP/model/info2"
check_grep "model JSON from stdin text: Source-Encoding of the JSON" "^Source-Encoding: UTF-8$" "$TMP/model/info2"
check_grep "model JSON from stdin text: original encoding apart" "^Original-Source-Encoding: GB18030$" "$TMP/model/info2"

mkdir -p "$TMP/stdin"
"$GWEXPORT" -q -f zip -o "$TMP/stdin" - < "$TMP/述职报告.txt"
verify "$TMP/stdin/stdin.zip"
check_eq "standard input: bundle verifies" 0 "$rc"
check "standard input: source kept as data/source/stdin.txt" "$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sys.exit(z.read('stdin/data/source/stdin.txt') != open(sys.argv[2], 'rb').read())" \
	"$TMP/stdin/stdin.zip" "$TMP/述职报告.txt"

z="$TMP/out/述职报告.zip"
"$PY" -c "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))" \
	"$z" "述职报告/bag-info.txt" > "$TMP/info"
check_grep "bag-info has the Bagging-Date from SOURCE_DATE_EPOCH" "^Bagging-Date: 2023-11-14$" "$TMP/info"
check_grep "bag-info names the source encoding" "^Source-Encoding: UTF-8$" "$TMP/info"
cp "$z" "$TMP/bad.zip"
"$PY" - "$TMP/bad.zip" <<'EOF'
import sys, zipfile
p = sys.argv[1]; z = zipfile.ZipFile(p)
info = [i for i in z.infolist() if i.filename.endswith(".pdf")][0]
b = bytearray(open(p, "rb").read())
b[info.header_offset + 30 + len(info.filename.encode()) + 200] ^= 0xFF
open(p, "wb").write(b)
EOF
verify "$TMP/bad.zip"
check_eq "gwexport bag with a damaged PDF: exit 1" 1 "$rc"
check_grep "gwexport bag with a damaged PDF: named" "述职报告/data/述职报告.pdf: damaged" "$TMP/v"

# A file named in GBK (报告.txt as b1a8 b8e6, as a Chinese Windows share
# hands it over): the bag's tag files must still be UTF-8, so the name is
# decoded; its bytes are kept in hex.  Bytes that are no known encoding
# are escaped as #XX.
mkdir -p "$TMP/gbkname"
gbk=$(printf '\261\250\270\346')
cp "$TMP/述职报告.txt" "$TMP/gbkname/$gbk.txt"
"$GWEXPORT" -q -f zip,json -o "$TMP/gbkname" "$TMP/gbkname/$gbk.txt"; rc=$?
check_eq "GBK file name: converts (exit 0)" 0 "$rc"
verify "$TMP/gbkname/$gbk.zip"
check_eq "GBK file name: the bundle passes its own verify" 0 "$rc"
check "GBK file name: passes the independent checker" "$PY" "$BAGCHECK" "$TMP/gbkname/$gbk.zip"
"$PY" - "$TMP/gbkname/$gbk.zip" "$TMP/gbkname/$gbk.txt" > "$TMP/gbkname/names" <<'EOF'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print("\n".join(z.namelist()))
print("same-bytes" if z.read("报告/data/source/报告.txt") == open(sys.argv[2], "rb").read() else "changed")
sys.stdout.write(z.read("报告/bag-info.txt").decode("utf-8"))
EOF
check_grep "GBK file name: source kept under its decoded name, bytes untouched" "^same-bytes$" "$TMP/gbkname/names"
check_grep "GBK file name: Source-File-Name decoded" "^Source-File-Name: 报告.txt$" "$TMP/gbkname/names"
check_grep "GBK file name: original bytes in hex" "^Source-File-Name-Bytes: b1a8b8e62e747874$" "$TMP/gbkname/names"
check_grep "GBK file name: decoding named" "^Source-File-Name-Decoded-From: GB18030$" "$TMP/gbkname/names"
check "GBK file name: the JSON model is UTF-8 with the decoded name" "$PY" -c "
import json, sys
sys.exit(json.load(open(sys.argv[1], encoding='utf-8'))['source']['name'] != '报告.txt')" "$TMP/gbkname/$gbk.json"
odd=$(printf 'a\377\376')
cp "$TMP/述职报告.txt" "$TMP/gbkname/$odd.txt"
"$GWEXPORT" -q -f zip -o "$TMP/gbkname" "$TMP/gbkname/$odd.txt"
verify "$TMP/gbkname/$odd.zip"
check_eq "undecodable file name: the bundle verifies" 0 "$rc"
"$PY" -c "import sys, zipfile; print('\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))" \
	"$TMP/gbkname/$odd.zip" > "$TMP/gbkname/odd"
check_grep "undecodable file name: escaped as #XX" "^a#FF#FE/data/source/a#FF#FE.txt$" "$TMP/gbkname/odd"

# Hostile bytes in a bag reach the terminal only escaped: an ESC sequence
# in Payload-Oxum (would clear the screen and retitle the window) and a
# value cut mid-character are printed visibly and as valid UTF-8.
damage esc
sed -i "s/^Payload-Oxum: .*/Payload-Oxum: 1.$(printf '\033')]0;pwned$(printf '\007')$(printf '\033')[2J/" "$D/bag/bag-info.txt"
rezip
verify "$D/bag.zip"
check_eq "ESC in Payload-Oxum: exit 1" 1 "$rc"
check_grep "ESC in Payload-Oxum: shown as \\x1b" '\\x1b\]0;pwned\\x07\\x1b\[2J' "$TMP/v"
check_not "ESC in Payload-Oxum: no raw control byte printed" grep -q "$(printf '[\033\007]')" "$TMP/v"
damage cut
sed -i "s/^Payload-Oxum: .*/Payload-Oxum: $(printf '报%.0s' $(seq 40))/" "$D/bag/bag-info.txt"
rezip
verify "$D/bag.zip"
check_eq "multi-byte Payload-Oxum: exit 1" 1 "$rc"
check "multi-byte Payload-Oxum: the report is valid UTF-8" "$PY" -c "
import sys; open(sys.argv[1], 'rb').read().decode('utf-8')" "$TMP/v"

# A Payload-Oxum too large for 64 bits is not a number (it wrapped to
# 18446744073709551615 before), and neither is one with a sign.
for oxum in 99999999999999999999999.2 +5.2 5.-2; do
	damage oxum
	sed -i "s/^Payload-Oxum: .*/Payload-Oxum: $oxum/" "$D/bag/bag-info.txt"
	rezip
	verify "$D/bag.zip"
	check_grep "Payload-Oxum $oxum: not '<bytes>.<files>'" "Payload-Oxum '$oxum' is not '<bytes>.<files>'" "$TMP/v"
	check_not "Payload-Oxum $oxum: no wrapped number" grep -q 18446744073709551615 "$TMP/v"
done

# What an archivist files a 公文 by (issue #14): kind, 发文字号, 发文机关, date,
# pages (= the PDF's), every output named with its writer, the PDF as PDF/A.
mkdir -p "$TMP/gw"
"$GWEXPORT" -q -f zip -o "$TMP/gw" "$GW_TESTS/gongwen/notice-down.json"
z="$TMP/gw/notice-down.zip"
"$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sys.stdout.write(z.read('notice-down/bag-info.txt').decode())
open(sys.argv[2], 'wb').write(z.read('notice-down/data/notice-down.pdf'))" "$z" "$TMP/gw/n.pdf" > "$TMP/gw/info"
check_grep "bag-info: Document-Type from the title" "^Document-Type: 通知$" "$TMP/gw/info"
check_grep "bag-info: Document-Number (发文字号)" "^Document-Number: ×教发〔2024〕21号$" "$TMP/gw/info"
check_grep "bag-info: Issuing-Organization (发文机关, without 文件)" "^Issuing-Organization: ××县教育局$" "$TMP/gw/info"
check_grep "bag-info: Document-Date as signed" "^Document-Date: 2024年8月26日$" "$TMP/gw/info"
check_eq "bag-info: Page-Count is the PDF's page count" \
	"$(pdfinfo "$TMP/gw/n.pdf" | sed -n 's/^Pages: *//p')" "$(sed -n 's/^Page-Count: //p' "$TMP/gw/info")"
check_grep "bag-info: the PDF is listed as PDF/A-1b" "^Payload-File: data/notice-down.pdf (pdf: .*; PDF/A-1b)$" "$TMP/gw/info"
check_grep "bag-info: the OFD is listed" "^Payload-File: data/notice-down.ofd (ofd: " "$TMP/gw/info"
check "bag with the archival fields: independent checker says valid" "$PY" "$BAGCHECK" "$z"
# Without SOURCE_DATE_EPOCH the bag is dated the day it is made, not by the
# input's modification time (2001 here).
mkdir -p "$TMP/today"
cp "$SAMPLES/transport-2023.txt" "$TMP/today/old.txt"
touch -d 2001-02-03 "$TMP/today/old.txt"
today=$(date -u +%Y-%m-%d)
env -u SOURCE_DATE_EPOCH "$GWEXPORT" -q -f zip -o "$TMP/today" "$TMP/today/old.txt"
"$PY" -c "
import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read('old/bag-info.txt').decode())" "$TMP/today/old.zip" > "$TMP/today/info"
check_grep "no SOURCE_DATE_EPOCH: Bagging-Date is today ($today), not the input's date" "^Bagging-Date: $today$" "$TMP/today/info"

# A bag made from broken documents, or whose manifests were rewritten after
# the damage: the checksums agree, yet verify reads the PDF and the OFD and
# names each broken one.
mkdir -p "$TMP/docs"
"$GWEXPORT" -q -f zip -o "$TMP/docs" "$SAMPLES/transport-2023.txt"
"$PY" - "$TMP/docs/transport-2023.zip" "$TMP/docs/bad.zip" <<'PY'
import hashlib, io, sys, zipfile
src = zipfile.ZipFile(sys.argv[1]); top = "transport-2023/"
files = {i.filename: src.read(i) for i in src.infolist()}
pdf, ofd = top + "data/transport-2023.pdf", top + "data/transport-2023.ofd"
files[pdf] = files[pdf][:len(files[pdf]) // 2]                 # cut short
inner = zipfile.ZipFile(io.BytesIO(files[ofd])); buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for i in inner.infolist():
        data = inner.read(i)
        if i.filename == "Doc_0/Pages/Page_0/Content.xml":
            data = data.replace(b"</ofd:Layer>", b"</ofd:Layr>", 1)   # no longer XML
        z.writestr(i.filename, data)
files[ofd] = buf.getvalue()
payload = sorted(n for n in files if n.startswith(top + "data/"))
for alg in ("sha256", "sha512"):
    files[top + "manifest-%s.txt" % alg] = "".join(
        "%s  %s\n" % (hashlib.new(alg, files[n]).hexdigest(), n[len(top):]) for n in payload).encode()
info = files[top + "bag-info.txt"].decode().splitlines()
info = [l if not l.startswith("Payload-Oxum:") else "Payload-Oxum: %d.%d" % (
    sum(len(files[n]) for n in payload), len(payload)) for l in info]
files[top + "bag-info.txt"] = ("\n".join(info) + "\n").encode()
tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
for alg in ("sha256", "sha512"):
    files[top + "tagmanifest-%s.txt" % alg] = "".join(
        "%s  %s\n" % (hashlib.new(alg, files[top + t]).hexdigest(), t) for t in tags).encode()
with zipfile.ZipFile(sys.argv[2], "w") as z:
    for n, data in files.items():
        z.writestr(n, data)
PY
verify "$TMP/docs/bad.zip"
check_eq "broken documents, matching manifests: exit 1" 1 "$rc"
check_grep "broken PDF named" "transport-2023/data/transport-2023.pdf: not a well-formed PDF: it is cut short" "$TMP/v"
check_grep "broken OFD named, with the part" "transport-2023/data/transport-2023.ofd: not a well-formed OFD: Doc_0/Pages/Page_0/Content.xml is not well-formed XML" "$TMP/v"
check_eq "broken documents: only those two problems" 2 "$(wc -l < "$TMP/v")"
check "the damage is invisible to checksums (independent checker says valid)" "$PY" "$BAGCHECK" "$TMP/docs/bad.zip"
