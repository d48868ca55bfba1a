#!/bin/sh
# i18n.sh — the Chinese interface (issue #16): every message of the sources
# has a checked zh_CN translation (make po-check); the same error cases give
# English under LC_ALL=C and LANG=en_US.UTF-8, Chinese under
# LANG=zh_CN.UTF-8 and under LANGUAGE=zh_CN:en, with the same exit codes and
# the same file, line and byte numbers; and no locale (Chinese, or German
# with its decimal comma) changes a byte of the JSON, workbook, PDF or OFD.
. "$GW_TESTS/e2e/lib.sh"
ROOT=$(cd "$GW_TESTS/.." && pwd)
BUILD_DIR=$(dirname "$GWEXPORT")
T=$TMP

if make -s -C "$ROOT" BUILD="$BUILD_DIR" po-check > "$T/po.log" 2>&1; then
	ok "every message of the sources has a zh_CN translation (make po-check)"
else
	fail "every message of the sources has a zh_CN translation (make po-check)"
	sed 's/^/    /' "$T/po.log" | head -20
fi

has_locale() { locale -a 2>/dev/null | tr 'A-Z' 'a-z' | grep -qx "$1"; }
if ! has_locale zh_cn.utf8; then
	echo "ok skip i18n: no zh_CN.UTF-8 locale (make deps or make locales generates it; glibc shows no translation under C)"
	exit 0
fi

# run LANGNAME NAME ARGS...: gwexport in one of the four environments, output
# in $T/NAME.LANGNAME, exit code in $T/NAME.LANGNAME.rc.  tests/run.sh sets
# LC_MESSAGES=C: every run here says its whole environment.
run() {
	lang=$1 name=$2; shift 2
	case $lang in
	c) set -- env -u LANGUAGE -u LC_MESSAGES LC_ALL=C "$GWEXPORT" "$@" ;;
	en) set -- env -u LANGUAGE -u LC_MESSAGES -u LC_ALL LANG=en_US.UTF-8 "$GWEXPORT" "$@" ;;
	zh) set -- env -u LANGUAGE -u LC_MESSAGES -u LC_ALL LANG=zh_CN.UTF-8 "$GWEXPORT" "$@" ;;
	zhl) set -- env -u LC_MESSAGES -u LC_ALL LANGUAGE=zh_CN:en LANG=zh_CN.UTF-8 "$GWEXPORT" "$@" ;;
	esac
	(cd "$T" && "$@") > "$T/$name.$lang" 2>&1
	echo $? > "$T/$name.$lang.rc"
}

# The numbers a message gives: "f.txt:3:" / "f.txt 第 3 行：", "(byte offset
# 13)" / "（字节偏移 13）" — the same in both languages.
places() {
	sed -n -e 's/^.*[^ ]:\([0-9][0-9]*\): .*$/line \1/p' -e 's/^.* 第 \([0-9][0-9]*\) 行：.*$/line \1/p' \
		-e 's/^.*(byte offset \([0-9][0-9]*\)).*$/byte \1/p' -e 's/^.*（字节偏移 \([0-9][0-9]*\)）.*$/byte \1/p' "$1"
}

# case NAME ENGLISH-ERE CHINESE-ERE ARGS...: the four runs of one case.
case_() {
	name=$1 en=$2 zh=$3; shift 3
	for l in c en zh zhl; do run $l "$name" "$@"; done
	rc=$(cat "$T/$name.c.rc")
	check_eq "$name: the same exit code in every language" "$rc $rc $rc $rc" \
		"$(cat "$T/$name.c.rc" "$T/$name.en.rc" "$T/$name.zh.rc" "$T/$name.zhl.rc" | tr '\n' ' ' | sed 's/ $//')"
	check "$name: the same English under C and en_US.UTF-8" cmp -s "$T/$name.c" "$T/$name.en"
	check "$name: the same Chinese under LANG and under LANGUAGE=zh_CN:en" cmp -s "$T/$name.zh" "$T/$name.zhl"
	if grep -Eq -- "$en" "$T/$name.c"; then ok "$name: English says /$en/"
	else fail "$name: English says /$en/"; sed 's/^/    /' "$T/$name.c" | head -6; fi
	if grep -Eq -- "$zh" "$T/$name.zh"; then ok "$name: Chinese says /$zh/"
	else fail "$name: Chinese says /$zh/"; sed 's/^/    /' "$T/$name.zh" | head -6; fi
	check_not "$name: no English 'hint:' in the Chinese" grep -q 'hint:' "$T/$name.zh"
	check_not "$name: no Chinese '提示' in the English" grep -q '提示' "$T/$name.c"
	check_eq "$name: the same line and byte numbers" "$(places "$T/$name.c" | tr '\n' ' ')" \
		"$(places "$T/$name.zh" | tr '\n' ' ')"
}

mkdir -p "$T/out"
printf '%%PDF-1.4\n%%\342\343\n1 0 obj\n' > "$T/scan.pdf"
printf '县水务局工作总结\n一、主要工作\n新建供水工程\37712处。\n' > "$T/bad-utf8.txt"
: > "$T/empty.txt"
printf '县水务局工作总结\n\033[31m一、主要工作\n新建供水工程12处。\n' > "$T/ctrl.txt"
printf '[page]\nmargin_tpo = 37\n' > "$T/bad-layout.ini"
printf '{"schema": "gwexport/report-9"}\n' > "$T/bad-model.json"
printf '{"schema": "gwexport/report-2", \n' > "$T/cut-model.json"
cp "$SAMPLES/street-office.txt" "$T/street.txt"

case_ missing-file "cannot open 'no-such-report.txt'" "无法打开“no-such-report.txt”" -o out no-such-report.txt
case_ pdf-input "this looks like a PDF file" "这像是 ?PDF 文件" -o out scan.pdf
check_grep "pdf-input: the Chinese hint says how to save a .docx in WPS" "文件 → 另存为 → 文件类型" "$T/pdf-input.zh"
case_ bad-encoding "bad-utf8.txt:3: encoding error" "bad-utf8.txt 第 3 行：文字编码有误" -o out bad-utf8.txt
case_ empty-input "the file is empty" "文件是空的" -o out empty.txt
case_ bad-layout "unknown key 'page.margin_tpo'" "不认识的键“page.margin_tpo”" -l bad-layout.ini -o out street.txt
case_ bad-model "unsupported schema 'gwexport/report-9'" "不支持的模型版本" -o out bad-model.json
case_ cut-model "not valid JSON" "不是有效的 JSON" -o out cut-model.json
case_ control-chars "removed 1 control character" "删除了 1 个控制字符" -f json -o out ctrl.txt
case_ usage-jobs "--jobs needs a number from 1 to 256" "--jobs 后面要写 1 到 256 之间的数字" -j 0 street.txt
case_ usage-option "unknown option '--colour'" "不认识的选项“--colour”" --colour street.txt
case_ usage-no-input "no input file given" "没有给出要转换的文件"
case_ help "^Usage: gwexport" "^用法：gwexport" --help
check_eq "usage errors exit 2" "2 2 2" "$(cat "$T/usage-jobs.zh.rc" "$T/usage-option.zh.rc" "$T/usage-no-input.zh.rc" | tr '\n' ' ' | sed 's/ $//')"

# verify: a bundle whose PDF was changed after it was made.
(cd "$T" && env -u LANGUAGE LC_ALL=C "$GWEXPORT" -q -f zip -o out street.txt) > "$T/bundle.log" 2>&1
if [ -s "$T/out/street.zip" ]; then
	case_ verify-good ": ok$" "：完好$" verify out/street.zip
	$PY - "$T/out/street.zip" "$T/damaged.zip" <<'EOF'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w") as zo:
    for info in zi.infolist():
        data = zi.read(info.filename)
        if info.filename.endswith(".json") and "/data/" in "/" + info.filename:
            data = data.replace(b"gwexport", b"gwEXPORT", 1)
        zo.writestr(info, data)
EOF
	case_ verify-damaged "content changed" "内容已被改动" verify damaged.zip
else
	fail "a bundle to verify"; sed 's/^/    /' "$T/bundle.log" | head -5
fi

# An installed copy finds its catalogue (PREFIX/share/locale beside its
# bin/, also under a DESTDIR), not only the build tree's build/locale.
if [ -n "${GW_VALGRIND:-}" ]; then
	echo "ok skip installed catalogue (GWEXPORT is valgrind's wrapper)"
else
	make -s -C "$ROOT" install PREFIX=/opt/gw DESTDIR="$T/dest" BUILD="$BUILD_DIR" > "$T/install.log" 2>&1
	check "make install puts the zh_CN catalogue in PREFIX/share/locale" \
		test -s "$T/dest/opt/gw/share/locale/zh_CN/LC_MESSAGES/gwexport.mo"
	(cd "$T" && env -u LANGUAGE -u LC_MESSAGES -u LC_ALL LANG=zh_CN.UTF-8 "$T/dest/opt/gw/bin/gwexport" \
		-o out empty.txt) > "$T/installed.zh" 2>&1
	check_grep "the installed binary speaks Chinese" "文件是空的" "$T/installed.zh"
fi

# Numbers: LC_NUMERIC must not leak into any output (de_DE writes 1,5).
for l in c zh de; do
	mkdir -p "$T/num-$l"
	case $l in
	c) set -- env -u LANGUAGE -u LC_MESSAGES LC_ALL=C ;;
	zh) set -- env -u LANGUAGE -u LC_MESSAGES -u LC_ALL LANG=zh_CN.UTF-8 LC_NUMERIC=zh_CN.UTF-8 ;;
	de) set -- env -u LANGUAGE -u LC_MESSAGES LC_ALL=de_DE.UTF-8 ;;
	esac
	"$@" "$GWEXPORT" -q -f json,xlsx,pdf,ofd -o "$T/num-$l" "$SAMPLES/transport-2023.txt" > "$T/num-$l.log" 2>&1
	echo $? > "$T/num-$l.rc"
done
check_eq "the sample converts under C, zh_CN and de_DE" "0 0 0" "$(cat "$T/num-c.rc" "$T/num-zh.rc" "$T/num-de.rc" | tr '\n' ' ' | sed 's/ $//')"
for ext in json xlsx pdf ofd; do
	check "transport-2023.$ext: byte-identical under zh_CN" cmp -s "$T/num-c/transport-2023.$ext" "$T/num-zh/transport-2023.$ext"
	if has_locale de_de.utf8; then
		check "transport-2023.$ext: byte-identical under de_DE (decimal comma)" \
			cmp -s "$T/num-c/transport-2023.$ext" "$T/num-de/transport-2023.$ext"
	else
		echo "ok skip transport-2023.$ext under de_DE: no de_DE.UTF-8 locale (make locales)"
	fi
done
check "the JSON has decimal points (the check above can fail)" grep -q '[0-9]\.[0-9]' "$T/num-c/transport-2023.json"

# gwexport serve: a conversion's messages follow the request's
# Accept-Language (the page in a Chinese browser gets Chinese), else the
# server's environment (here C: English, as the CLI's).
if ! command -v curl > /dev/null; then
	echo "ok skip serve's languages: no curl (make deps installs it)"
elif [ -n "${GW_VALGRIND:-}" ]; then
	echo "ok skip serve's languages under valgrind (serve.sh's reason: timing-bound)"
else
	env -u LANGUAGE -u LC_MESSAGES LC_ALL=C "$GWEXPORT" serve --listen 127.0.0.1:0 > "$T/serve.out" 2> "$T/serve.err" &
	SPID=$!
	trap 'kill $SPID 2>/dev/null; chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
	for _ in $(seq 50); do
		PORT=$(sed -n 's|^gwexport serve: http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$T/serve.out")
		[ -n "$PORT" ] && break
		sleep 0.1
	done
	# ask NAME ACCEPT-LANGUAGE FILE: the JSON answer in $T/NAME.json, status printed
	ask() {
		curl -s -o "$T/$1.json" -w '%{http_code}' ${2:+-H "Accept-Language: $2"} -F "file=@$T/$3" \
			"http://127.0.0.1:$PORT/api/convert"
	}
	field() { $PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@" 2>&1; }
	check_eq "serve: an empty file is 422 in any language" "422 422 422 422" \
		"$(ask e-zh 'zh-CN,zh;q=0.9,en;q=0.8' empty.txt) $(ask e-en 'en-US,en;q=0.9' empty.txt) $(ask e-none '' empty.txt) $(ask e-q0 'zh;q=0, en' empty.txt)"
	check_grep "serve: Accept-Language zh-CN gives the Chinese error" "文件是空的" "$T/e-zh.json"
	check_grep "serve: Accept-Language en-US gives the English error" "the file is empty" "$T/e-en.json"
	check_grep "serve: no Accept-Language: the server's language (C: English)" "the file is empty" "$T/e-none.json"
	check_grep "serve: zh;q=0 is refused, en taken" "the file is empty" "$T/e-q0.json"
	check_eq "serve: the Chinese error is the CLI's Chinese message" "$(cat "$T/empty-input.zh")" \
		"$(field "$T/e-zh.json" "d['error']")"
	ask w-zh 'zh-TW,zh;q=0.9' ctrl.txt > /dev/null
	check_grep "serve: the summary's warnings in Chinese for any zh" "删除了 1 个控制字符" "$T/w-zh.json"
	kill $SPID 2>/dev/null
fi

# The font warning (a Song face draws the 仿宋 body) is made in each run's
# language, also when the run reads the font cache a Chinese run wrote; its
# roles.ini note is translated too (它是宋体, not "a Song face").
mkdir -p "$T/nofandol/fonts"
cp -r "$ROOT/layouts" "$T/nofandol/"
cp "$ROOT/fonts/roles.ini" "$T/nofandol/fonts/"
cp "$ROOT/tests/samples/transport-2023.txt" "$T/fw.txt"
# files changed in the second the cache is written are not trusted to it
find "$T/nofandol" -exec touch -d "1 minute ago" {} +
export GWEXPORT_DATA="$T/nofandol" GWEXPORT_FONT_CACHE="$T/nofandol.cache"
run zh font-zh -q -f pdf -o "$T" fw.txt
run c font-c -q -f pdf -o "$T" fw.txt
unset GWEXPORT_DATA GWEXPORT_FONT_CACHE
check "font warning: the cache was written by the Chinese run" grep -q "^kind" "$T/nofandol.cache"
check_grep "font warning in Chinese, with the note translated" "但它不是仿宋：它是宋体" "$T/font-zh.zh"
check_grep "font warning in English from the cache the Chinese run wrote" \
	"draws the body role, not a 仿宋: a Song face" "$T/font-c.c"
check "font warning: no Chinese sentence in the English run" sh -c "! grep -q '被用作' '$T/font-c.c'"
