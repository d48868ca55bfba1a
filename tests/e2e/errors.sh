#!/bin/sh
# errors.sh — hostile and broken inputs, end to end: every case must end in
# the documented exit code and a message that names the file (and line or
# byte where there is one), says what is wrong and what to do ("hint:"),
# never in a crash, a hang or a damaged file.  Only the slow size cases are
# skipped, under valgrind or ASan, saying so; `make test` runs them all.
. "$GW_TESTS/e2e/lib.sh"

T=$TMP
OUT=$T/out
mkdir -p "$OUT"
# timeout: a hang is a failure, not a stuck test run.
LIMIT=${GW_ERRORS_TIMEOUT:-300}

# gw NAME ARGS...: runs gwexport, output in $T/NAME.log, exit code in $rc.
gw() {
	name=$1; shift
	timeout "$LIMIT" "$GWEXPORT" "$@" > "$T/$name.log" 2>&1
	rc=$?
	[ $rc -eq 124 ] && echo "    (gwexport timed out after ${LIMIT}s: $*)"
	return 0
}
skip() { echo "ok skip $*"; }
# expect NAME RC ERE WHAT: exit code RC and the log matches ERE (grep -E).
expect() {
	check_eq "$4: exit $2" "$2" "$rc"
	if grep -Eq -- "$3" "$T/$1.log"; then ok "$4: says /$3/"
	else fail "$4: says /$3/"; sed 's/^/    /' "$T/$1.log" | head -8; fi
}
# expect_hint NAME WHAT: the message tells the user what to do.
expect_hint() {
	if grep -q "hint: ." "$T/$1.log"; then ok "$2: has a hint"
	else fail "$2: has a hint"; sed 's/^/    /' "$T/$1.log" | head -8; fi
}
no_outputs() { [ -z "$(ls -A "$OUT" 2>/dev/null)" ]; }

# A tiny good report: the input of the font and output-place cases below.
printf '县水务局工作总结\n一、主要工作\n新建供水工程12处。\n' > "$T/probe.txt"

# reader_case NAME RC ERE WHAT FILE [ARGS]: a bad text input.
reader_case() {
	name=$1 want=$2 re=$3 desc=$4 file=$5; shift 5
	gw "$name" -f json -o "$OUT" "$@" "$file"
	expect "$name" "$want" "$re" "$desc"
	check_grep "$desc: names the file" "$(basename "$file")" "$T/$name.log"
	[ "$want" -ne 0 ] && expect_hint "$name" "$desc"
	[ "$want" -ne 0 ] && check "$desc: no output left behind" no_outputs
	rm -f "$OUT"/* "$OUT"/.[!.]* 2>/dev/null
}

# --- Empty and blank -------------------------------------------------------
: > "$T/empty.txt"
reader_case empty 1 'empty' "empty file" "$T/empty.txt"
printf '  \n\t\r\n\343\200\200\343\200\200\n\n' > "$T/blank.txt"
reader_case blank 1 'empty|no text|blank' "only whitespace" "$T/blank.txt"
printf '\357\273\277' > "$T/bom.txt"
reader_case bom 1 'empty|no text' "only a BOM" "$T/bom.txt"
: | { timeout "$LIMIT" "$GWEXPORT" -f json -o "$OUT" - > "$T/stdin.log" 2>&1; rc=$?
	expect stdin 1 'stdin.*empty|empty' "empty standard input"; }

# --- Not text at all: say what it looks like --------------------------------
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' > "$T/scan.txt"
reader_case pdf 1 'PDF' "a PDF renamed to .txt" "$T/scan.txt"
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000[Content_Types].xml word/document.xml' > "$T/memo.txt"
reader_case docx 1 'DOCX|Word|\.docx' "a DOCX renamed to .txt" "$T/memo.txt"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\002\000\000\000' > "$T/photo.txt"
reader_case png 1 'PNG|image|picture' "a PNG renamed to .txt" "$T/photo.txt"
printf '县水务局工作总结\n一、主要工作\n新建\000供水工程\n' > "$T/nul.txt"
reader_case nul 1 'NUL|zero byte|\\0|binary' "NUL bytes" "$T/nul.txt"
check_grep "NUL bytes: names line 3" ':3:' "$T/nul.log"

# --- Encodings -------------------------------------------------------------
# 0xFF never occurs in UTF-8 or GB18030; 0x80 is no GB18030 lead byte.
printf '县水务局工作总结\n一、主要工作\n新建供水\377\200工程\n' > "$T/mixed.txt"
reader_case badenc 1 'UTF-8|GB18030|encoding' "invalid UTF-8 that is not GB18030" "$T/mixed.txt"
check_grep "invalid bytes: names line 3" ':3:' "$T/badenc.log"
check_grep "invalid bytes: gives the byte offset" 'byte' "$T/badenc.log"
printf '县水务局工作总结\n一、主要工作\n新建供水工程\344\270' > "$T/cut.txt"
reader_case cut 1 'truncat|incomplete|end of (the )?file|UTF-8|encoding' \
	"truncated multi-byte sequence at EOF" "$T/cut.txt"
check_grep "truncated sequence: gives the byte offset" 'byte' "$T/cut.log"
printf '县水务局工作总结\n' > "$T/forced.txt"
printf '\377\376' >> "$T/forced.txt"
reader_case forced 1 'UTF-8|encoding' "--encoding utf-8 on bytes that are not" "$T/forced.txt" --encoding utf-8

# UTF-8 and GBK lines in one file (text pasted from two programs)
printf '县水务局工作总结\n一、主要工作\n' > "$T/pasted.txt"
printf '新建供水工程。\n' | iconv -f UTF-8 -t GBK >> "$T/pasted.txt"
printf '二、下步打算\n' >> "$T/pasted.txt"
reader_case pasted 1 'line 3 is not UTF-8 like the lines before it' "a GBK line in a UTF-8 file" "$T/pasted.txt"
check_grep "a GBK line in a UTF-8 file: names line 3" 'pasted.txt:3:' "$T/pasted.log"
check_grep "a GBK line in a UTF-8 file: says to save as UTF-8" 'save the whole file as UTF-8' "$T/pasted.log"
# Too little text to tell GB18030 from Big5: refused, naming both options
printf '\260\317\260\354\263\127\271\272\n' > "$T/short-big5.txt"
reader_case unsure 1 'cannot tell whether the text is GB18030 \(GBK\) or Big5' "GB18030 or Big5: unsure" \
	"$T/short-big5.txt"
check_grep "GB18030 or Big5: names --encoding big5" '\-\-encoding big5' "$T/unsure.log"
gw unsure-forced -f json -o "$OUT" --encoding big5 "$T/short-big5.txt"
check_eq "GB18030 or Big5: --encoding big5 reads it" 0 "$rc"
check_grep "GB18030 or Big5: --encoding big5 gives 區域規劃" '區域規劃' "$OUT/short-big5.json"
rm -f "$OUT"/*
printf '\263\127' > "$T/hk-only.txt"
printf '\235\357' >> "$T/hk-only.txt"
reader_case big5-hk 1 'not valid Big5' "Big5-HKSCS bytes read with --encoding big5" "$T/hk-only.txt" \
	--encoding big5

# --- Old Office, WPS and PDF files: how to save a .docx instead -------------
# ole2 NAME: an OLE2 compound file header (what .doc, .wps and .et start with)
ole2() { printf '\320\317\021\340\241\261\032\341\000\000\000\000\000\000\000\000>\000\003\000\376\377' > "$T/$1"; }
for f in 报告.doc 述职.wps 指标.et; do
	ole2 "$f"
	reader_case "ole2-$f" 1 'old Word \(\.doc\) or WPS \(\.wps, \.et\)' "$f (OLE2)" "$T/$f"
	check_grep "$f: says how to save a .docx in WPS" '文件 → 另存为 → 文件类型 选 “Microsoft Word 文件(\*\.docx)”' \
		"$T/ole2-$f.log"
	check_grep "$f: says how to save a .docx in Word" '文件 → 另存为 → 保存类型 “Word 文档(\*\.docx)”' "$T/ole2-$f.log"
done
printf '%%PDF-1.7\n%%\342\343\317\323\n' > "$T/报告.pdf"
reader_case pdf-named 1 'PDF' "a .pdf" "$T/报告.pdf"
check_grep "a .pdf: says how to save a .docx" '另存为.*Word 文档(\*\.docx)' "$T/pdf-named.log"
# An RTF document opens with '{' like a model JSON: it must get the RTF
# message, not "model JSON error".
printf '{\\rtf1\\ansi {\\fonttbl\\f0 Song;} \\f0 x}' > "$T/报告.rtf"
reader_case rtf 1 'RTF' "an .rtf" "$T/报告.rtf"
check_grep "an .rtf: says how to save a .docx" '另存为.*Word 文档(\*\.docx)' "$T/rtf.log"
check_not "an .rtf: is not called a model JSON" grep -q 'JSON' "$T/rtf.log"

# --- Numbering and structure: converts, and says what it noticed ------------
printf '县水务局工作总结\n一、第一部分\n正文一。\n三、第三部分\n正文三。\n三、又是第三部分\n正文。\n' > "$T/skips.txt"
gw skips -v -f json -o "$OUT" "$T/skips.txt"
check_eq "numbering that skips or repeats: still converts" 0 "$rc"
check_grep "numbering skip: -v names line 4" 'skips.txt:4:' "$T/skips.log"
check_grep "numbering repeat: -v names line 6" 'skips.txt:6:' "$T/skips.log"
check "numbering skip: all three sections kept" \
	grep -q '又是第三部分' "$OUT/skips.json"
gw skipsq -q -f json -o "$OUT" "$T/skips.txt"
check_eq "numbering skip: -q prints nothing" "" "$(cat "$T/skipsq.log")"
rm -f "$OUT"/*

printf '县水务局工作总结\n一、第一部分\n二、第二部分\n（一）小节\n' > "$T/nobody.txt"
gw nobody -f json -o "$OUT" "$T/nobody.txt"
check_eq "headings with no body: converts" 0 "$rc"
check "headings with no body: every heading kept" sh -c \
	"grep -q '第一部分' '$OUT/nobody.json' && grep -q '第二部分' '$OUT/nobody.json' && grep -q '小节' '$OUT/nobody.json'"
rm -f "$OUT"/*


# --- Size: big inputs convert or are refused with the limit, in bounded memory
GEN=$T/gen.py
cat > "$GEN" <<'PY'
import sys
kind, path = sys.argv[1], sys.argv[2]
scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0   # < 1 under ASan
para = "全年新建集中供水工程12处，改造老旧管网86.5公里，农村自来水普及率达到96.3%。"
with open(path, "w", encoding="utf-8") as f:
    if kind == "longline":      # one 10 MB line
        f.write("县水务局工作总结\n一、主要工作\n")
        n = int(10 * 1024 * 1024 * scale) // len(para.encode())
        f.write(para * n + "\n")
    elif kind == "manylines":   # 200,000 short lines
        f.write("县水务局工作总结\n一、主要工作\n")
        for i in range(int(200000 * scale)):
            f.write("第%d项工作完成。\n" % i)
    elif kind == "huge":        # about 50 MB of real-looking sections
        f.write("县水务局工作总结\n")
        size, i = 0, 0
        while size < 50 * 1024 * 1024 * scale:
            i += 1
            block = "%d.第%d项工作\n%s\n" % (i, i, para * 8)
            f.write(block)
            size += len(block.encode())
    elif kind == "exact":       # exactly int(argv[3]) bytes of report text
        want = int(sys.argv[3])
        head = "县水务局工作总结\n一、主要工作\n".encode()
        line = (para * 40 + "\n").encode()
        n = (want - len(head)) // len(line)
        f.flush()
        f.buffer.write(head + line * n)
        pad = want - len(head) - len(line) * n
        if pad:
            f.buffer.write(b"x" * (pad - 1) + b"\n")
PY
# big NAME KIND WHAT: converts (exit 0) or refuses with a size limit
# (exit 1); either way within time and, outside ASan, 1 GB of memory.
big() {
	name=$1 kind=$2 desc=$3
	if [ -n "${GW_VALGRIND:-}" ]; then skip "$desc (too slow under valgrind)"; return; fi
	# Under ASan (10× slower, shadow memory) the same shapes at a tenth of
	# the size: memory errors show there; size and RSS are checked by the
	# plain build in `make test`.
	scale=1
	if is_asan; then scale=0.1; desc="$desc (ASan: a tenth of the size)"; fi
	$PY "$GEN" "$kind" "$T/$name.txt" "$scale"
	# A guard so a blow-up fails fast (as out of memory) instead of
	# taking the machine: 2 GB of address space, or ASan's malloc limit.
	if is_asan; then
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}malloc_limit_mb=2048:allocator_may_return_null=1" \
		/usr/bin/time -f '%M %e' -o "$T/$name.time" timeout "$LIMIT" \
			"$GWEXPORT" -f json -o "$OUT" "$T/$name.txt" > "$T/$name.log" 2>&1
	else
		/usr/bin/time -f '%M %e' -o "$T/$name.time" timeout "$LIMIT" sh -c 'ulimit -v 2097152; exec "$0" "$@"' \
			"$GWEXPORT" -f json -o "$OUT" "$T/$name.txt" > "$T/$name.log" 2>&1
	fi
	rc=$?
	rss=$(tail -1 "$T/$name.time" | cut -d' ' -f1)
	secs=$(tail -1 "$T/$name.time" | cut -d' ' -f2)
	echo "    $desc: exit $rc, $(($(wc -c < "$T/$name.txt") / 1048576)) MB in, ${secs}s, max RSS $((rss / 1024)) MB"
	case $rc in
	0) ok "$desc: converts"; check "$desc: JSON written" test -s "$OUT/$name.json" ;;
	1) expect "$name" 1 'too large|limit|MB' "$desc: refused with the limit" ;;
	*) fail "$desc: exit $rc"; sed 's/^/    /' "$T/$name.log" | head -5 ;;
	esac
	if is_asan; then skip "$desc: memory ceiling (ASan shadow memory)"
	else check "$desc: max RSS under 1 GB" test "$rss" -lt 1048576; fi
	rm -f "$OUT"/* "$T/$name.txt"
}
big longline longline "a 10 MB single line"
big manylines manylines "200,000 short lines"
big huge huge "50 MB of text"
# The documented ceiling (read.h): one byte over is refused with the limit
# in MB; exactly at it converts (not under ASan or valgrind: too slow).
max=$(sed -n 's/^#define GW_MAX_INPUT_BYTES *(\(.*\))$/\1/p' "$GW_TESTS/../converter/read/read.h" | tr -d 'u')
max=$((${max:-0}))
if [ "$max" -le 0 ]; then fail "GW_MAX_INPUT_BYTES found in converter/read/read.h (its #define changed shape?)"
elif [ -n "${GW_VALGRIND:-}" ]; then skip "GW_MAX_INPUT_BYTES boundary (too slow under valgrind)"
else
	mb=$((max / 1048576))
	$PY "$GEN" exact "$T/over.txt" $((max + 1))
	gw over -f json -o "$OUT" "$T/over.txt"
	expect over 1 "limit is $mb MB" "one byte over GW_MAX_INPUT_BYTES ($mb MB)"
	expect_hint over "input over the limit"
	check "over the limit: no output" no_outputs
	# the same through a pipe (no size to check first): refused while reading
	cat "$T/over.txt" | { gw overpipe -f json -o "$OUT" -
		expect overpipe 1 "standard input is larger than $mb MB" "one byte over GW_MAX_INPUT_BYTES on a pipe"; }
	check "over the limit on a pipe: no output" no_outputs
	rm -f "$T/over.txt"
	if is_asan; then skip "input of exactly GW_MAX_INPUT_BYTES (slow under ASan)"
	else
		$PY "$GEN" exact "$T/atmax.txt" "$max"
		check_eq "input of exactly GW_MAX_INPUT_BYTES: $max bytes" "$max" "$(wc -c < "$T/atmax.txt")"
		/usr/bin/time -f '%M %e' -o "$T/atmax.time" timeout "$LIMIT" sh -c 'ulimit -v 2097152; exec "$0" "$@"' \
			"$GWEXPORT" -f json -o "$OUT" "$T/atmax.txt" > "$T/atmax.log" 2>&1
		check_eq "input of exactly GW_MAX_INPUT_BYTES converts" 0 "$?"
		rss=$(tail -1 "$T/atmax.time" | cut -d' ' -f1)
		echo "    $mb MB input: $(tail -1 "$T/atmax.time" | cut -d' ' -f2)s, max RSS $((rss / 1024)) MB"
		check "input of exactly GW_MAX_INPUT_BYTES: max RSS under 1 GB" test "$rss" -lt 1048576
		rm -f "$OUT"/*
		# through a pipe too (stdin once refused exactly 16 MB: its check
		# ran when the buffer was full, before knowing more would come)
		cat "$T/atmax.txt" | { gw atmaxpipe -f json -o "$OUT" -
			check_eq "input of exactly GW_MAX_INPUT_BYTES on a pipe converts" 0 "$rc"; }
		rm -f "$T/atmax.txt" "$OUT"/*
	fi
fi

# --- Model JSON ------------------------------------------------------------
# json_case NAME ERE WHAT JSON: a model JSON document that must be refused.
json_case() {
	printf '%s\n' "$4" > "$T/$1.json"
	gw "$1" -f pdf -o "$OUT" "$T/$1.json"
	expect "$1" 1 "$2" "$3"
	check_grep "$3: names the file" "$1.json" "$T/$1.log"
	check "$3: no output left behind" no_outputs
	rm -f "$OUT"/*
}
json_case schema 'schema|report-9' "model JSON with an unknown schema version" \
	'{"schema": "gwexport/report-9", "title": "x"}'
json_case nokeys 'sections|missing|required' "model JSON with missing keys" \
	'{"schema": "gwexport/report-1", "title": "x"}'
json_case types 'title.*(string|type)|(string|type).*title' "model JSON with a wrong type" \
	'{"schema": "gwexport/report-1", "source": {"name": "a.txt", "encoding": "UTF-8", "bytes": 1, "sha256": "0000000000000000000000000000000000000000000000000000000000000000"}, "title": 42, "subtitle": null, "salutation": null, "preamble": [], "sections": [], "closing": null, "attachments": null, "signature": null, "indicators": []}'
json_case brokenjson 'line|column|JSON' "model JSON cut short" '{"schema": "gwexport/report-1", "title": '

# --- Fonts and glyphs (PDF backend) -----------------------------------------
# U+1F600 (emoji) and U+20000 (CJK Extension B): no free font has both.
printf '县水务局工作总结\n一、主要工作\n群众满意\360\237\230\200，地名\360\240\200\200。\n' > "$T/glyph.txt"
gw glyph -f pdf -o "$OUT" "$T/glyph.txt"
expect glyph 1 'U\+1F600|U\+20000|😀|𠀀' "characters no configured font has"
check_grep "missing glyph: names line 3" ':3' "$T/glyph.log"
expect_hint glyph "missing glyph"
# … and outside paragraphs: title (line 3 after two blank lines), closing, signature
printf '\n\n关于\360\237\230\200工作的报告\n\n市局：\n一、主要工作\n正文。\n特此报告\342\230\203。\n市某某局\360\240\200\200\n2023年1月1日\n' > "$T/glyph2.txt"
gw glyph2 -f pdf -o "$OUT" "$T/glyph2.txt"
expect glyph2 1 'U\+1F600' "characters no font has in the title"
check_grep "missing glyph in the title: its line (3)" "U+1F600, line 3)" "$T/glyph2.log"
check_grep "missing glyph in the closing: its line (8)" "U+2603, line 8)" "$T/glyph2.log"
check_grep "missing glyph in the signature: its line (9)" "U+20000, line 9)" "$T/glyph2.log"
# a blank line inside the signature block: the second organisation is on line 8
printf '关于工作的报告\n\n一、主要工作\n正文。\n市某某局\n\n\n市某某\360\237\230\200办公室\n2023年1月1日\n' > "$T/glyph3.txt"
gw glyph3 -f pdf -o "$OUT" "$T/glyph3.txt"
check_grep "missing glyph after a blank line in the signature: its own line (8)" "U+1F600, line 8)" "$T/glyph3.log"
gw glyphok -f pdf --allow-missing-glyphs -o "$OUT" "$T/glyph.txt"
check_eq "--allow-missing-glyphs converts anyway" 0 "$rc"
check_grep "--allow-missing-glyphs still warns" 'warning' "$T/glyphok.log"
rm -f "$OUT"/*
# No font at all: an empty fontconfig and an empty data dir.
mkdir -p "$T/nofonts/fonts" "$T/nofonts/layouts"
cp "$GW_TESTS/../layouts/"*.ini "$T/nofonts/layouts/" 2>/dev/null
cp "$GW_TESTS/../fonts/roles.ini" "$T/nofonts/fonts/" 2>/dev/null
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s/nofonts/fonts</dir><cachedir>%s/fc-cache</cachedir></fontconfig>\n' "$T" "$T" > "$T/fonts.conf"
FONTCONFIG_FILE="$T/fonts.conf" GWEXPORT_DATA="$T/nofonts" \
	timeout "$LIMIT" "$GWEXPORT" -f pdf -o "$OUT" "$T/probe.txt" > "$T/nofont.log" 2>&1
rc=$?
expect nofont 1 'fonts-[a-z0-9-]+' "fonts missing entirely: names a Debian package"
expect_hint nofont "fonts missing"
rm -f "$OUT"/*

# --- Output places ---------------------------------------------------------
gw nodir -f json -o "$T/does/not/exist" "$T/probe.txt"
expect nodir 2 'does not exist' "missing output directory"
expect_hint nodir "missing output directory"
if [ "$(id -u)" = 0 ]; then ro=/sys   # root writes anywhere except pseudo file systems
else ro=$T/ro; mkdir -p "$ro"; chmod 555 "$ro"; fi
gw rodir -f json -o "$ro" "$T/probe.txt"
expect rodir 1 'cannot (create|write)' "unwritable output directory"
expect_hint rodir "unwritable output directory"
# Output path = input: report.json converted to json beside itself.
cp "$T/probe.txt" "$T/self.pdf"
sum=$(sha256sum < "$T/self.pdf")
gw self -f pdf "$T/self.pdf"
expect self 1 'input file itself|is the input' "output path that is the input itself"
check_eq "output = input: input untouched" "$sum" "$(sha256sum < "$T/self.pdf")"
check "output = input: no temp file left" sh -c "! ls -a '$T' | grep -q '^\.self\.pdf\.'"
gw selfjson -f json -o "$OUT" "$T/probe.txt"
cp "$OUT/probe.json" "$T/model.json"
sum=$(sha256sum < "$T/model.json")
gw selfjson2 -f json "$T/model.json"
expect selfjson2 1 'input file itself|is the input' "model JSON converted to JSON beside itself"
check_eq "json output = input: input untouched" "$sum" "$(sha256sum < "$T/model.json")"
rm -f "$OUT"/*
# An older output survives a failed run untouched.
printf 'older output\n' > "$OUT/empty.json"
gw keep -f json -o "$OUT" "$T/empty.txt"
check_eq "failed run keeps an older output" "older output" "$(cat "$OUT/empty.json")"
rm -f "$OUT"/*
gw dirinput -f json -o "$OUT" "$T"
expect dirinput 1 'director' "a directory as input"
gw missing -f json -o "$OUT" "$T/nosuch.txt"
expect missing 1 'nosuch.txt' "a missing input"
expect_hint missing "a missing input"

# --- Never a crash ---------------------------------------------------------
for f in "$T"/*.log; do
	n=$(basename "$f" .log)
	if grep -Eq 'internal error|Sanitizer|runtime error|Segmentation' "$f"; then
		fail "no crash on $n"; sed 's/^/    /' "$f" | head -10
	fi
done
ok "no crash or sanitizer report in $(ls "$T"/*.log | wc -l) runs"

# Quoted input reaches the terminal escaped (model/diag.c): a right-to-left
# override (U+202E) would show the message reversed, ESC drives the terminal.
mkdir -p "$TMP/bidi"
printf '{"schema": "gw\342\200\256export/x\033[2J"}\n' > "$TMP/bidi/m.json"
"$GWEXPORT" -f json -o "$TMP/bidi" "$TMP/bidi/m.json" > "$TMP/bidi/log" 2>&1
check_eq "U+202E in the input: refused (exit 1)" 1 "$?"
check_grep "U+202E in the input: quoted as <U+202E>" 'gw<U+202E>export' "$TMP/bidi/log"
check_not "U+202E in the input: no raw override or ESC printed" grep -q "$(printf '\342\200\256\|\033')" "$TMP/bidi/log"

# A model JSON saved with a UTF-8 byte-order mark (Notepad) is read.
mkdir -p "$TMP/bomjson"
"$GWEXPORT" -q -f json -o "$TMP/bomjson" "$SAMPLES/transport-2023.txt"
{ printf '\357\273\277'; cat "$TMP/bomjson/transport-2023.json"; } > "$TMP/bomjson/bom.json"
"$GWEXPORT" -q -f pdf -o "$TMP/bomjson" "$TMP/bomjson/bom.json" > "$TMP/bomjson/log" 2>&1
check_eq "model JSON with a UTF-8 BOM: read (exit 0)" 0 "$?"
check "model JSON with a UTF-8 BOM: PDF written" test -s "$TMP/bomjson/bom.pdf"

# A model JSON saved by Notepad as "Unicode" (UTF-16LE) or "Unicode big
# endian" (UTF-16BE), each with its byte-order mark, is read as a model, not
# as report text; a lone surrogate in one is an encoding error at its byte.
mkdir -p "$TMP/u16json/out"
"$GWEXPORT" -q -f json -o "$TMP/u16json" "$SAMPLES/transport-2023.txt"
for order in LE BE; do
	bom='\377\376'; [ $order = BE ] && bom='\376\377'
	{ printf "$bom"; iconv -f UTF-8 -t UTF-16$order "$TMP/u16json/transport-2023.json"; } > "$TMP/u16json/m$order.json"
	"$GWEXPORT" -q -f json -o "$TMP/u16json/out" "$TMP/u16json/m$order.json" > "$TMP/u16json/log$order" 2>&1
	check_eq "model JSON in UTF-16$order with BOM: read (exit 0)" 0 "$?"
	check_eq "model JSON in UTF-16$order with BOM: the same model" \
		"$(cat "$TMP/u16json/transport-2023.json")" "$(cat "$TMP/u16json/out/m$order.json" 2>/dev/null)"
done
{ printf '\377\376'; printf '{"schema": "' | iconv -f UTF-8 -t UTF-16LE; printf '\000\330'; printf '"}' | iconv -f UTF-8 -t UTF-16LE; } > "$TMP/u16json/lone.json"
"$GWEXPORT" -q -f json -o "$TMP/u16json/out" "$TMP/u16json/lone.json" > "$TMP/u16json/loglone" 2>&1
check_eq "UTF-16 model JSON with a lone surrogate: refused (exit 1)" 1 "$?"
check_grep "UTF-16 model JSON with a lone surrogate: named with its byte" 'lone surrogate (U+D800) (byte offset 26)' "$TMP/u16json/loglone"

# A FIFO given as the layout is refused at once, not waited on forever
# (issue #17 item 7); so is a folder.
mkdir -p "$TMP/fifolayout"
mkfifo "$TMP/fifolayout/my.ini"
timeout 60 "$GWEXPORT" -f pdf -o "$TMP/fifolayout" -l "$TMP/fifolayout/my.ini" "$SAMPLES/transport-2023.txt" > "$TMP/fifolayout/log" 2>&1
check_eq "FIFO as the layout: refused without waiting (exit 2, a layout error)" 2 "$?"
check_grep "FIFO as the layout: says it is not a regular file" "my.ini' is not a regular file" "$TMP/fifolayout/log"
check_eq "FIFO as the layout: no output" "" "$(ls "$TMP/fifolayout" | grep -v '^my.ini$\|^log$')"

# Named limits (issue #17 item 5), each said before the work it would
# waste.  Pages: libharu keeps every page in one array of at most 32,767
# (GW_MAX_PAGES, page.h); a one-line grid reaches it with few paragraphs.
# Paragraphs: GW_MAX_PARAGRAPHS (readers.h) bounds a model's memory.
mkdir -p "$TMP/limits"
printf '[grid]\nlines = 1\n' > "$TMP/limits/one.ini"
$PY - "$TMP/limits" <<'PYEOF'
import sys
d = sys.argv[1]
head = "关于测试限制的报告\n\n"
open(d + "/many.txt", "w").write(head + "完成工作。\n" * 40000)
open(d + "/long.txt", "w").write(head + ("这是一段较长的文字用来占满两行版面，" * 2 + "完成工作。\n") * 20000)
open(d + "/paras.txt", "w").write(head + "完成1项。\n" * 200001)
PYEOF
gw lim_pages -f pdf,ofd -l "$TMP/limits/one.ini" -o "$TMP/limits" "$TMP/limits/many.txt"
expect lim_pages 1 'needs at least 40000 pages; a PDF or OFD may have at most 32767' "40,000 paragraphs on a one-line grid: refused before typesetting"
expect_hint lim_pages "over the page limit"
gw lim_pages2 -f pdf -l "$TMP/limits/one.ini" -o "$TMP/limits" "$TMP/limits/long.txt"
expect lim_pages2 1 'needs 40001 pages; a PDF or OFD may have at most 32767' "20,000 two-line paragraphs on a one-line grid: refused after line breaking"
gw lim_paras -o "$TMP/limits" "$TMP/limits/paras.txt"
expect lim_paras 1 'has 200001 paragraphs; the limit is 200000' "200,001 one-figure paragraphs: refused before indicators and writers"
check_eq "over a limit: no output" "" "$(ls "$TMP/limits" | grep -v '\.txt$\|\.ini$')"

# Control characters in text (issue #17 item 9): a terminal's colour codes
# made `ESC[31m` a figure "31 m" and hid 12.5亿元.  They are removed, with
# one warning naming the first line; the figures around them are read.
mkdir -p "$TMP/ctl"
printf '关于控制字符的报告\n\n一、总体情况\n今年完成投资\033[31m12.5\033[0m亿元，增长\0018%%。\n' > "$TMP/ctl/c.txt"
"$GWEXPORT" -f json -o "$TMP/ctl" "$TMP/ctl/c.txt" > "$TMP/ctl/log" 2>&1
check_eq "control characters: converts" 0 "$?"
check_grep "control characters: one warning with the line" 'c.txt:4: warning: removed 3 control characters' "$TMP/ctl/log"
check_eq "control characters: the figures are 12.5 亿元 and 8 %, no '31 m'" "12.5亿元 8%" \
	"$($PY -c 'import json,sys; print(" ".join(i["text"] + i["unit"] for i in json.load(open(sys.argv[1]))["indicators"]))' "$TMP/ctl/c.json")"

# A lone UTF-16 surrogate is named as the 16-bit unit it is, not as one of
# its bytes ("byte 0x3D").
$PY -c 'import sys; open(sys.argv[1], "wb").write(b"\xff\xfe" + "工作报告\n\n一、情况\n完成".encode("utf-16le") + b"\x3d\xd8" + "投资5亿元。\n".encode("utf-16le"))' "$TMP/ctl/s.txt"
"$GWEXPORT" -f json -o "$TMP/ctl" "$TMP/ctl/s.txt" > "$TMP/ctl/slog" 2>&1
check_eq "UTF-16 lone surrogate: refused" 1 "$?"
check_grep "UTF-16 lone surrogate: named, with its line" 'a lone surrogate U+D83D on line 4 is not valid UTF-16LE' "$TMP/ctl/slog"

# A model JSON whose title and first heading are over 64 KB failed with
# "libharu error 0x105B, please report this": a PDF string holds 65,535
# bytes.  The page prints them whole; the document info, XMP and bookmarks
# hold them cut at GW_PDF_TEXT_MAX_BYTES (pdfa.h) with …
"$GWEXPORT" -q -f json -o "$TMP/ctl" "$SAMPLES/street-office.txt"
$PY - "$TMP/ctl/street-office.json" "$TMP/ctl/huge.json" <<'PYEOF'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
m["title"] = "关于" + "很长的标题" * 5000 + "的报告"
m["sections"][0]["heading"] = "长" * 25000
json.dump(m, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PYEOF
"$GWEXPORT" -f pdf,ofd -o "$TMP/ctl" "$TMP/ctl/huge.json" > "$TMP/ctl/hlog" 2>&1
check_eq "title and heading over 64 KB in a model JSON: converts" 0 "$?"
check_eq "  ... the PDF's Title is cut with …" "yes" \
	"$(pdfinfo "$TMP/ctl/huge.pdf" 2>/dev/null | $PY -c 'import sys; t = sys.stdin.readline(); print("yes" if t.rstrip().endswith("…") and len(t) < 20000 else t[:60])')"
