#!/bin/sh
# serve.sh — `gwexport serve` over HTTP with curl: the JSON summary, each
# format byte-identical to the CLI's file, errors as JSON with a 4xx status
# in the request's language, the 16 MB cap, the token, the bounded queue, a
# stalled client, the conversion child (the program started anew: killed,
# stopped by --job-seconds, unable to start), bursts and a load run (under
# ASan too), and the temp files gone afterwards.
. "$GW_TESTS/e2e/lib.sh"
command -v curl > /dev/null || { ok "skip serve: no curl (make deps installs it)"; exit 0; }
# Under make valgrind every process of the server would run under memcheck:
# its timeouts, queue and stalled-client cases measure time, which valgrind
# stretches 20-50 times.  The conversion code the server runs is the CLI's,
# checked under valgrind by every other e2e file; make asan runs this one.
[ -n "${GW_VALGRIND:-}" ] && { ok "skip serve under valgrind (timing-bound; make asan runs it)"; exit 0; }
export TMPDIR="$TMP/tmp"   # the server's temp dirs, checked empty at the end
mkdir -p "$TMPDIR"
SAMPLE="$SAMPLES/street-office.txt"
DOCX="$GW_TESTS/heldout6/variants/hospital.docx"
SERVERS=""
trap 'for p in $SERVERS; do kill "$p" 2>/dev/null; done; chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

# start NAME ARGS...: a server on a free port, with SERVE_ENV (NAME=VALUE
# words) added to its environment; sets PORT and PID
start() {
	name=$1; shift
	env ${SERVE_ENV:-} "$GWEXPORT" serve --listen 127.0.0.1:0 "$@" > "$TMP/$name.out" 2> "$TMP/$name.err" &
	started "$name" $!
}
# started NAME PID: waits for the address of the server NAME started as PID
started() {
	name=$1 PID=$2
	SERVERS="$SERVERS $PID"
	for _ in $(seq 50); do
		PORT=$(sed -n 's|^gwexport serve: http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$TMP/$name.out" 2>/dev/null)
		[ -n "$PORT" ] && return 0
		sleep 0.1
	done
	fail "$name: server printed no address"; cat "$TMP/$name.err"; return 1
}
# post URL OUT FILE [curl args]: prints the HTTP status
post() {
	url=$1 out=$2 file=$3; shift 3
	curl -s -o "$out" -w '%{http_code}' "$@" -F "file=@$file" "$url"
}
jget() { $PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@" 2>&1; }
# check_json WHAT EXPECTED FILE EXPR: EXPR over the JSON in FILE; shows FILE when it fails
check_json() {
	got=$(jget "$3" "$4")
	check_eq "$1" "$2" "$got"
	[ "$2" = "$got" ] || sed 's/^/    /' "$3" | head -5
}

start main || exit 1
U="http://127.0.0.1:$PORT"
MAIN_PID=$PID
check_grep "prints the address it listens on" "http://127.0.0.1:$PORT/" "$TMP/main.out"

# The CLI's files for the same inputs (same name: the model records it).
mkdir -p "$TMP/cli" "$TMP/in"
cp "$SAMPLE" "$TMP/in/街道述职.txt"
cp "$DOCX" "$TMP/in/hospital.docx"
"$GWEXPORT" -f pdf,ofd,xlsx,zip,json -o "$TMP/cli" "$TMP/in/街道述职.txt" "$TMP/in/hospital.docx" 2> "$TMP/cli.err"

for doc in 街道述职.txt hospital.docx; do
	stem=${doc%.*}
	code=$(post "$U/api/convert" "$TMP/$stem.sum.json" "$TMP/in/$doc")
	check_eq "$doc: JSON summary answers 200" 200 "$code"
	n=$(jget "$TMP/$stem.sum.json" "len(d['indicators'])")
	want=$(jget "$TMP/cli/$stem.json" "len(d['indicators'])")
	check_eq "$doc: summary has the CLI's $want indicators" "$want" "$n"
	check_eq "$doc: indicators carry status, period and page" "True" \
		"$(jget "$TMP/$stem.sum.json" "all({'status','period','page'} <= set(i) for i in d['indicators']) and len(d['outline']) > 0")"
	check_eq "$doc: downloads list every format" "pdf ofd xlsx zip json" \
		"$(jget "$TMP/$stem.sum.json" "' '.join(x['format'] for x in d['downloads'])")"
	for f in pdf ofd xlsx zip json; do
		code=$(post "$U/api/convert?format=$f" "$TMP/$stem.got.$f" "$TMP/in/$doc" -D "$TMP/$stem.h.$f")
		check_eq "$doc: ?format=$f answers 200" 200 "$code"
		check "$doc: ?format=$f is byte-identical to the CLI's $stem.$f" cmp "$TMP/$stem.got.$f" "$TMP/cli/$stem.$f"
	done
done
check_grep "Chinese download name per RFC 5987" \
	"filename\*=UTF-8''%E8%A1%97%E9%81%93%E8%BF%B0%E8%81%8C.pdf" "$TMP/街道述职.h.pdf"
check_grep "a strict Content-Security-Policy on answers" "script-src 'self'" "$TMP/街道述职.h.pdf"
(cd "$TMP/in" && "$GWEXPORT" -f pdf,ofd,xlsx,zip,json -o "$TMP/cli" 街道述职.txt 2> "$TMP/street.err")
check_eq "the summary's warnings are the CLI's messages, line by line (not its 'wrote' line)" \
	"$(grep -v ': wrote ' "$TMP/street.err")" "$(jget "$TMP/街道述职.sum.json" "chr(10).join(d['warnings'])")"
check_eq "no warning is a line about the files written (the child's standard output is not kept)" "[]" \
	"$(jget "$TMP/街道述职.sum.json" "[w for w in d['warnings'] if '../out' in w or '街道述职.pdf' in w or '街道述职.xlsx' in w]")"

# Errors: JSON {error} with the CLI's message and a 4xx status.
cp "$GW_TESTS/fuzz/corpus/docx/hostile-broken.docx" "$TMP/in/bad.docx"
code=$(post "$U/api/convert" "$TMP/bad.json" "$TMP/in/bad.docx")
(cd "$TMP/in" && "$GWEXPORT" -f pdf,ofd,xlsx,zip,json -o "$TMP/cli" bad.docx 2> "$TMP/bad.cli")
check_eq "a broken .docx: 422" 422 "$code"
check_eq "a broken .docx: the CLI's message as JSON error" "$(cat "$TMP/bad.cli")" "$(jget "$TMP/bad.json" "d['error']")"
# In the server's language, as the CLI: started under zh_CN, the error is
# the CLI's Chinese message (and the English one above under C).
if locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
	export LC_ALL=zh_CN.UTF-8
	start zh || exit 1
	(cd "$TMP/in" && "$GWEXPORT" -f pdf,ofd,xlsx,zip,json -o "$TMP/cli" bad.docx 2> "$TMP/bad.zh")
	unset LC_ALL
	code=$(post "http://127.0.0.1:$PORT/api/convert" "$TMP/bad-zh.json" "$TMP/in/bad.docx")
	check_eq "a broken .docx, server under zh_CN: 422 and the CLI's Chinese message" "422 True" \
		"$code $(jget "$TMP/bad-zh.json" "d['error'] == open('$TMP/bad.zh').read().rstrip() and '提示' in d['error']")"
	code=$(post "http://127.0.0.1:$PORT/api/convert" "$TMP/two-zh.json" "$SAMPLE" -F "file=@$SAMPLE;filename=x.txt")
	check_eq "  ... and the server's own errors in Chinese too (two files: 400)" "400 True" \
		"$code $(jget "$TMP/two-zh.json" "'恰好上传一个文件' in d['error']")"
	# The request's language (Accept-Language) wins over the server's, for
	# the server's own messages as for the conversion's.
	code=$(post "http://127.0.0.1:$PORT/api/convert?format=doc" "$TMP/fmt-en.json" "$SAMPLE" -H 'Accept-Language: en-GB,en;q=0.9')
	check_eq "server under zh_CN, request in English: the server's own error in English" \
		"400 unknown format: use pdf, ofd, xlsx, zip or json" "$code $(jget "$TMP/fmt-en.json" "d['error']")"
	code=$(post "$U/api/convert?format=doc" "$TMP/fmt-zh.json" "$SAMPLE" -H 'Accept-Language: zh-CN,zh;q=0.9,en;q=0.8')
	check_eq "server under C, request in Chinese: the server's own error in Chinese" \
		"400 不认识的格式：请用 pdf、ofd、xlsx、zip 或 json" "$code $(jget "$TMP/fmt-zh.json" "d['error']")"
	code=$(post "$U/api/convert" "$TMP/bad-al.json" "$TMP/in/bad.docx" -H 'Accept-Language: zh-CN')
	check_eq "  ... and the conversion's message in Chinese as well (the CLI's, under zh_CN)" "422 True" \
		"$code $(jget "$TMP/bad-al.json" "d['error'] == open('$TMP/bad.zh').read().rstrip()")"
	# A LANGUAGE in the server's environment (glibc's gettext reads it before
	# any LC_MESSAGES but C) neither overrides a request's language nor is
	# lost as the server's own, for the server's messages and the
	# conversion child's alike.
	printf 'x\000binary' > "$TMP/in/binary.txt"
	# spoken [curl args]: the language (zh, en or ?) of the server's own
	# error (an unknown format) and of the child's (a binary file), on $PORT
	spoken() {
		post "http://127.0.0.1:$PORT/api/convert?format=doc" "$TMP/spoken-server.json" "$SAMPLE" "$@" > /dev/null
		post "http://127.0.0.1:$PORT/api/convert" "$TMP/spoken-child.json" "$TMP/in/binary.txt" "$@" > /dev/null
		for f in server child; do
			if grep -q '不认识的格式\|不是文本文件' "$TMP/spoken-$f.json"; then printf 'zh'
			elif grep -q 'unknown format\|not a text file' "$TMP/spoken-$f.json"; then printf 'en'
			else printf '?'; fi
			[ "$f" = child ] || printf ' '
		done
	}
	for env in "LANGUAGE=en_US:en" "LANGUAGE=en_US:en LC_ALL=zh_CN.UTF-8"; do
		SERVE_ENV=$env
		start langen || exit 1
		SERVE_ENV=
		check_eq "server under $env, request in Chinese: the server's and the child's messages in Chinese" \
			"zh zh" "$(spoken -H 'Accept-Language: zh-CN,zh;q=0.9')"
		check_eq "server under $env, request in English: in English" "en en" "$(spoken -H 'Accept-Language: en')"
		check_eq "server under $env, a request naming no language: the server's (LANGUAGE's) English" \
			"en en" "$(spoken)"
		kill "$PID"
	done
	SERVE_ENV="LANGUAGE=zh_CN:en LC_ALL=C.UTF-8"
	start langzh || exit 1
	SERVE_ENV=
	check_eq "server under LANGUAGE=zh_CN:en, request in English: in English" "en en" \
		"$(spoken -H 'Accept-Language: en-GB,en;q=0.9')"
	check_eq "server under LANGUAGE=zh_CN:en, a request naming no language: the server's Chinese" "zh zh" "$(spoken)"
	check_eq "server under LANGUAGE=zh_CN:en, request in Chinese: in Chinese" "zh zh" \
		"$(spoken -H 'Accept-Language: zh-CN')"
	kill "$PID"
else
	ok "skip the Chinese error case: no zh_CN.UTF-8 locale (make deps generates it)"
fi
code=$(post "$U/api/convert?format=json" "$TMP/dash.json" "$SAMPLE;filename=-l.txt")
check_eq "a document named like an option (-l.txt) is converted as a document" "200 -l.txt" \
	"$code $(jget "$TMP/dash.json" "d['source']['name']")"
code=$(post "$U/api/convert" "$TMP/png.json" "$SAMPLE" -F "file=@$SAMPLE;filename=x.txt")
check_eq "a second file field on /api/convert: 400 JSON saying one document" "400 True" \
	"$code $(jget "$TMP/png.json" "'exactly one document' in d['error']")"
code=$(curl -s -o "$TMP/nofile.json" -w '%{http_code}' -F layout=draft "$U/api/convert")
check_eq "no file field: 400 JSON" "400 True" "$code $(jget "$TMP/nofile.json" "'field' in d['error']")"
cp "$SAMPLE" "$TMP/in/report.pdf"
code=$(post "$U/api/convert" "$TMP/ext.json" "$TMP/in/report.pdf")
check_eq "not .txt/.docx: 415 JSON" "415 only .txt and .docx files can be converted" "$code $(jget "$TMP/ext.json" "d['error']")"
code=$(post "$U/api/convert" "$TMP/lay.json" "$SAMPLE" -F layout=nosuch)
check_eq "an unknown layout: 4xx with the CLI's message" "4 True" "${code%??} $(jget "$TMP/lay.json" "'nosuch' in d['error']")"
code=$(post "$U/api/convert" "$TMP/lay2.json" "$SAMPLE" -F layout=../etc)
check_eq "a layout that is a path: 400" "400" "$code"
code=$(post "$U/api/convert?format=doc" "$TMP/fmt.json" "$SAMPLE")
check_eq "an unknown format: 400" "400" "$code"
code=$(post "$U/api/convert?format=pdf" "$TMP/draft.pdf" "$TMP/in/街道述职.txt" -F layout=draft)
"$GWEXPORT" -f pdf -l draft -o "$TMP/cli-draft" "$TMP/in/街道述职.txt" 2>/dev/null ||
	{ mkdir -p "$TMP/cli-draft" && "$GWEXPORT" -f pdf -l draft -o "$TMP/cli-draft" "$TMP/in/街道述职.txt" 2>/dev/null; }
check "layout=draft: the CLI's -l draft PDF" cmp "$TMP/draft.pdf" "$TMP/cli-draft/街道述职.pdf"
code=$(curl -s -o /dev/null -w '%{http_code}' "$U/api/convert")
check_eq "GET /api/convert: 405" 405 "$code"
code=$(curl -s -o /dev/null -w '%{http_code}' "$U/nothing")
check_eq "an unknown page: 404" 404 "$code"

# 16 MB cap: a 17 MB upload is refused with 413 before it is read.
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$TMP/in/huge.txt"
code=$(post "$U/api/convert" "$TMP/huge.json" "$TMP/in/huge.txt")
check_eq "a 17 MB upload: 413 JSON" "413 the document is larger than 16 MB" "$code $(jget "$TMP/huge.json" "d['error']")"
code=$(curl -s -o "$TMP/huge2.json" -w '%{http_code}' -H 'Transfer-Encoding: chunked' -F "file=@$TMP/in/huge.txt" "$U/api/convert")
check_eq "a 17 MB chunked upload (no length): 413" 413 "$code"

# Several documents in one request: POST /api/combine answers the combined
# workbook (the CLI's --combine), capped at 20 documents.
if "$GWEXPORT" --help 2>/dev/null | grep -q -- '--combine'; then
	cp "$SAMPLES/transport-2023.txt" "$TMP/in/交通.txt"
	(cd "$TMP/in" && "$GWEXPORT" -q -f json -o "$TMP/cli-comb" --combine "$TMP/cli-comb/汇总.xlsx" \
		街道述职.txt hospital.docx 交通.txt 2>/dev/null ||
		{ mkdir -p "$TMP/cli-comb" && "$GWEXPORT" -q -f json -o "$TMP/cli-comb" --combine "$TMP/cli-comb/汇总.xlsx" \
			街道述职.txt hospital.docx 交通.txt 2>/dev/null; })
	code=$(curl -s -D "$TMP/comb.h" -o "$TMP/comb.xlsx" -w '%{http_code}' -F "file=@$TMP/in/街道述职.txt" \
		-F "file=@$TMP/in/hospital.docx" -F "file=@$TMP/in/交通.txt" "$U/api/combine")
	check_eq "/api/combine with 3 documents: 200" 200 "$code"
	check "  ... the CLI's --combine workbook, byte for byte" cmp "$TMP/comb.xlsx" "$TMP/cli-comb/汇总.xlsx"
	check_grep "  ... named 汇总.xlsx" "filename\*=UTF-8''%E6%B1%87%E6%80%BB.xlsx" "$TMP/comb.h"
	code=$(curl -s -o "$TMP/comb-bad.xlsx" -w '%{http_code}' -F "file=@$TMP/in/街道述职.txt" \
		-F "file=@$TMP/in/bad.docx" "$U/api/combine")
	check_eq "/api/combine with a broken .docx among them: 200, the workbook lists it as failed" "200 True" \
		"$code $($PY -c "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(any(b'bad.docx' in z.read(n) for n in z.namelist() if n.startswith('xl/')))" "$TMP/comb-bad.xlsx" 2>&1)"
	set --
	for i in $(seq 21); do cp "$SAMPLE" "$TMP/in/m$i.txt"; set -- "$@" -F "file=@$TMP/in/m$i.txt"; done
	code=$(curl -s -o "$TMP/comb21.json" -w '%{http_code}' "$@" "$U/api/combine")
	check_eq "/api/combine with 21 documents: 413 naming the cap of 20" "413 True" \
		"$code $(jget "$TMP/comb21.json" "'at most 20' in d['error']")"
	shift 2
	code=$(curl -s -o "$TMP/comb20.xlsx" -w '%{http_code}' "$@" "$U/api/combine")
	check_eq "/api/combine with 20 documents: 200" 200 "$code"
	code=$(curl -s -o "$TMP/comb0.json" -w '%{http_code}' -F layout=draft "$U/api/combine")
	check_eq "/api/combine without a document: 400" "400 True" "$code $(jget "$TMP/comb0.json" "'1 to 20' in d['error']")"
	check_eq "GET /api/combine: 405" 405 "$(curl -s -o /dev/null -w '%{http_code}' "$U/api/combine")"
else
	ok "skip /api/combine: this build has no --combine yet"
fi

# A stalled client (headers and half a body, then nothing) holds no
# conversion slot: with --max-jobs 1 another upload is still converted at
# once, and the server closes the stalled connection after --client-seconds.
start stall --max-jobs 1 --queue 2 --client-seconds 2 || exit 1
S="http://127.0.0.1:$PORT"
$PY - "$PORT" > "$TMP/stall.log" 2>&1 <<'PY' &
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
# (a boundary of one character would be refused at once: libmicrohttpd
# wants two or more)
s.sendall(b"POST /api/convert HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=BB\r\n"
          b"Content-Length: 100000\r\n\r\n--BB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")
t0 = time.monotonic()
s.settimeout(20)
try:
    got = s.recv(4096)
except OSError as e:
    got = repr(e).encode()
print("closed after %.1f s: %r" % (time.monotonic() - t0, got[:60]))
PY
STALL=$!
sleep 0.3
t0=$(date +%s%N)
code=$(post "$S/api/convert?format=json" "$TMP/while-stalled.json" "$SAMPLE")
t1=$(date +%s%N)
check_eq "a client stalled mid-upload does not hold the only conversion slot (--max-jobs 1)" 200 "$code"
check_eq "  ... the other upload answers within 3 s" 1 "$(( (t1 - t0) < 3000000000 ))"
wait "$STALL"
check_eq "  ... and the stalled client is disconnected, unanswered, after --client-seconds 2 (within 2-6 s)" "True" \
	"$($PY -c "import re,sys; m=re.search(r\"closed after ([0-9.]+) s: b''\", open(sys.argv[1]).read()); print(bool(m) and 1.5 <= float(m.group(1)) <= 6)" "$TMP/stall.log")"
code=$(post "$S/api/convert?format=json" "$TMP/after-stall.json" "$SAMPLE")
check_eq "  ... and the server goes on converting" 200 "$code"

# A conversion child killed mid-way: that request gets a 5xx JSON error,
# the server goes on answering.
for _ in $(seq 200); do cat "$SAMPLE"; done > "$TMP/in/long.txt"
post "$U/api/convert" "$TMP/killed.json" "$TMP/in/long.txt" > "$TMP/killed.code" &
CURL=$!
child=""
for _ in $(seq 100); do child=$(pgrep -P "$MAIN_PID" | head -1); [ -n "$child" ] && break; sleep 0.05; done
if [ -n "$child" ]; then
	# A new program (this binary's hidden entry), not a copy of the
	# threaded server, and none of the server's sockets.
	for _ in $(seq 100); do grep -q -- --internal-job "/proc/$child/cmdline" 2>/dev/null && break; sleep 0.02; done
	check_eq "the conversion child is this program started anew, holding no socket of the server" \
		"$(readlink -f "$GWEXPORT") --internal-job 0" \
		"$(readlink "/proc/$child/exe") $(tr '\0' '\n' < "/proc/$child/cmdline" | sed -n 3p) $(ls -l "/proc/$child/fd" | grep -c 'socket:')"
	kill -KILL "$child"
	wait "$CURL"
	check_eq "a killed conversion child: 500 JSON error" "500 True" \
		"$(cat "$TMP/killed.code") $(jget "$TMP/killed.json" "'signal 9' in d['error']")"
else
	wait "$CURL"; fail "a killed conversion child: no child process seen"
fi
code=$(post "$U/api/convert?format=json" "$TMP/after-kill.json" "$SAMPLE")
check_eq "the server still converts after a child was killed" 200 "$code"

# A hang is stopped by --job-seconds, the server lives on.
# 2,000 copies (~12 MB) take far longer than 1 s on any machine; 200 took
# 0.55 s on a fast one.
for _ in $(seq 10); do cat "$TMP/in/long.txt"; done > "$TMP/in/longer.txt"
start slow --job-seconds 1 || exit 1
code=$(post "http://127.0.0.1:$PORT/api/convert" "$TMP/slow.json" "$TMP/in/longer.txt")
check_eq "a conversion over --job-seconds: 500 'took longer'" "500 True" \
	"$code $(jget "$TMP/slow.json" "'took longer than 1 s' in d['error']")"
code=$(post "http://127.0.0.1:$PORT/api/convert?format=json" "$TMP/slow2.json" "$SAMPLE")
check_eq "  ... and the next one is served" 200 "$code"

# Started through a relative path from its own folder: the conversion
# child still finds the program (it execs /proc/self/exe, not argv[0]).
(cd "$(dirname "$GWEXPORT")" && exec ./gwexport serve --listen 127.0.0.1:0) > "$TMP/rel.out" 2> "$TMP/rel.err" &
started rel $! || exit 1
code=$(post "http://127.0.0.1:$PORT/api/convert?format=json" "$TMP/rel.json" "$SAMPLE")
check_eq "a server started as ./gwexport converts" 200 "$code"

# A child that cannot start the program: execve fails with E2BIG when its
# arguments and environment pass a quarter of the stack limit (ulimit -s
# 4096: 1 MB): the server's environment is padded to 6 kB under it, and
# a 22 kB Accept-Language (the child's argument) goes over.  The request
# gets 500 saying why; a request with the usual few hundred bytes of
# arguments is still converted by the same server.
pad=$((4096 * 1024 / 4 - $(env | wc -c) - 6000))
(
	ulimit -s 4096 || exit 1
	i=0
	while [ "$pad" -gt 0 ]; do
		n=$((pad > 100000 ? 100000 : pad)) i=$((i + 1))
		export "GW_PAD$i=$(head -c "$n" /dev/zero | tr '\0' x)"
		pad=$((pad - n - 8 - ${#i}))
	done
	exec "$GWEXPORT" serve --listen 127.0.0.1:0
) > "$TMP/e2big.out" 2> "$TMP/e2big.err" &
started e2big $! || exit 1
code=$(post "http://127.0.0.1:$PORT/api/convert" "$TMP/e2big.json" "$SAMPLE" \
	-H "Accept-Language: $($PY -c "print('en;q=0.5,' * 2500)")")
check_eq "a child that cannot exec the program: 500 saying so, with the system's reason" "500 True" \
	"$code $(jget "$TMP/e2big.json" "'could not start its conversion program (Argument list too long)' in d['error']")"
code=$(post "http://127.0.0.1:$PORT/api/convert?format=json" "$TMP/e2big2.json" "$SAMPLE")
check_eq "  ... and the same server converts a request with shorter arguments" 200 "$code"

# The queue: with --queue 1, a slow upload holds the only place, so another
# request gets 503 with Retry-After.
start queue --queue 1 || exit 1
Q="http://127.0.0.1:$PORT"
curl -s -o /dev/null --limit-rate 20k -F "file=@$TMP/in/long.txt" "$Q/api/convert?format=json" &
SLOW=$!
sleep 0.5
code=$(curl -s -D "$TMP/busy.h" -o "$TMP/busy.json" -w '%{http_code}' -F "file=@$SAMPLE" "$Q/api/convert")
check_eq "queue full: 503 JSON" "503 True" "$code $(jget "$TMP/busy.json" "'busy' in d['error']")"
check_grep "queue full: Retry-After" "Retry-After: " "$TMP/busy.h"
kill "$SLOW" 2>/dev/null; wait "$SLOW" 2>/dev/null

# 20 uploads at once (tests/bench/load.py --burst: released together by a
# barrier).  With the default --queue 8 each is converted (the CLI's bytes)
# or refused with 503 and Retry-After, nothing else; with --queue 20 all
# are converted.
LOAD="$GW_TESTS/bench/load.py"
(cd "$TMP/in" && "$GWEXPORT" -f json -o "$TMP/cli-load" 街道述职.txt 2>/dev/null ||
	{ mkdir -p "$TMP/cli-load" && "$GWEXPORT" -f json -o "$TMP/cli-load" 街道述职.txt 2>/dev/null; })
# Under ASan too: there, while each child was a bare fork of the threaded
# server, one in each burst of 20 hung on a lock held at fork time until
# --job-seconds; each child now execs the program anew (serve_job.c).
start burst8 || exit 1
$PY "$LOAD" "http://127.0.0.1:$PORT" "$TMP/in/街道述职.txt" --format json --expect "$TMP/cli-load/街道述职.json" \
	--clients 20 --burst > "$TMP/burst8.json" 2>&1
check_json "20 uploads at once, --queue 8: each 200 (the CLI's bytes) or 503 with Retry-After" "(20, 0, 0, True)" \
	"$TMP/burst8.json" "d['answers'], d['busy_without_retry_after'], d['mismatch'], set(d['statuses']) <= {'200','503'} and d['statuses'].get('200',0) >= 2"
start burst20 --queue 20 || exit 1
$PY "$LOAD" "http://127.0.0.1:$PORT" "$TMP/in/街道述职.txt" --format json --expect "$TMP/cli-load/街道述职.json" \
	--clients 20 --burst > "$TMP/burst20.json" 2>&1
check_json "20 uploads at once, --queue 20: all 20 converted, each the CLI's bytes" "({'200': 20}, 0)" \
	"$TMP/burst20.json" "d['statuses'], d['mismatch']"

# A small load run (make bench runs 1,000 from 8 clients): 40 summaries
# from 4 clients, no error, and the server's memory flat — conversions run
# in children, so the server itself only holds uploads and answers.
# Under ASan that server runs without the allocator's quarantine, which
# keeps freed memory for a while (the RSS grew 25 → 57 MB over these 40
# with it, by 1-3 MB without): so the RSS measures what the server keeps.
is_asan && SERVE_ENV="ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=0"
start load || exit 1
SERVE_ENV=
$PY "$LOAD" "http://127.0.0.1:$PORT" "$TMP/in/街道述职.txt" --total 40 --clients 4 --pid "$PID" > "$TMP/load.json" 2>&1
check_json "load: 40 conversions from 4 clients, errors = 0" "(40, 0)" "$TMP/load.json" "d['answers'], d['errors']"
check_json "load: the server's RSS grows by less than 4 MB over 40 conversions" "True" \
	"$TMP/load.json" "d['rss_after_kb'] - d['rss_before_kb'] < 4096"

# The token: beyond loopback only with --token-file; then every API call
# needs X-Gwexport-Token.
"$GWEXPORT" serve --listen 0.0.0.0:0 > "$TMP/open.out" 2> "$TMP/open.err" &
OPEN=$!
sleep 0.5
if kill -0 "$OPEN" 2>/dev/null; then kill "$OPEN"; fail "0.0.0.0 without a token is refused"; else
	wait "$OPEN"; check_eq "0.0.0.0 without a token is refused (exit 2)" 2 "$?"; fi
check_grep "  ... saying why" "without --token-file" "$TMP/open.err"
printf 'k3y-for-the-office\n' > "$TMP/token"
start token --token-file "$TMP/token" || exit 1
T="http://127.0.0.1:$PORT"
check_eq "token set, none sent: 401" 401 "$(post "$T/api/convert" "$TMP/t1.json" "$SAMPLE")"
check_eq "token set, wrong one: 401" 401 "$(post "$T/api/convert" "$TMP/t2.json" "$SAMPLE" -H 'X-Gwexport-Token: k3y-for-the-offic')"
check_eq "token set, right one: 200" 200 \
	"$(post "$T/api/convert?format=json" "$TMP/t3.json" "$SAMPLE" -H 'X-Gwexport-Token: k3y-for-the-office')"
check_eq "the page itself needs no token" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$T/")"


# 版头/版记 fields: each 'set' field is the CLI's --set.
start fields || exit 1
F="http://127.0.0.1:$PORT"
code=$(post "$F/api/convert?format=json" "$TMP/set.json" "$TMP/in/街道述职.txt" -F 'set=发文字号=东街办〔2024〕3号' -F 'set=签发人=李明')
(cd "$TMP/in" && "$GWEXPORT" -f json --set 发文字号=东街办〔2024〕3号 --set 签发人=李明 -o "$TMP/cli-set" 街道述职.txt 2>/dev/null ||
	{ mkdir -p "$TMP/cli-set" && "$GWEXPORT" -f json --set 发文字号=东街办〔2024〕3号 --set 签发人=李明 -o "$TMP/cli-set" 街道述职.txt 2>/dev/null; })
check_eq "set fields: 200" 200 "$code"
check "set fields: the CLI's --set model, byte for byte" cmp "$TMP/set.json" "$TMP/cli-set/街道述职.json"
code=$(post "$F/api/convert" "$TMP/set-bad.json" "$SAMPLE" -F 'set=颜色=红')
check_eq "an unknown set key: 400 with the CLI's message" "400 True" "$code $(jget "$TMP/set-bad.json" "'颜色' in d['error']")"

# The page in a real browser: Debian's chromium headless, driven by
# puppeteer-core (npm, test-only, tests/browser/package.json).  A clerk's
# path: drops the .docx, uploads two .txt at once, pastes a text with HTML
# in it, downloads the PDF and the workbook of the .docx and the combined
# workbook of the two; waits until every PDF preview is drawn; screenshots
# of the page and of each result in $SHOTS.
SHOTS="$(dirname "$GWEXPORT")/test-output/serve"
BROWSER_DIR="$GW_TESTS/browser"
if [ ! -d "$BROWSER_DIR/node_modules/puppeteer-core" ] && command -v npm > /dev/null 2>&1; then
	npm install --prefix "$BROWSER_DIR" --no-audit --no-fund --ignore-scripts > "$TMP/npm.log" 2>&1 ||
		sed 's/^/    /' "$TMP/npm.log" | tail -5
fi
if [ ! -d "$BROWSER_DIR/node_modules/puppeteer-core" ]; then
	ok "skip browser test: puppeteer-core is not installed (npm missing or offline: npm install --prefix tests/browser)"
else
	rm -rf "$SHOTS" && mkdir -p "$SHOTS"
	(cd "$TMP/in" && "$GWEXPORT" -f pdf,xlsx -l gbt9704 -o "$TMP/cli-page" hospital.docx 2>/dev/null ||
		{ mkdir -p "$TMP/cli-page" && "$GWEXPORT" -f pdf,xlsx -l gbt9704 -o "$TMP/cli-page" hospital.docx 2>/dev/null; })
	cp "$SAMPLES/transport-2023.txt" "$TMP/in/交通.txt"
	node "$BROWSER_DIR/page.js" "$F/" "$SHOTS" "$TMP/in/hospital.docx" "$TMP/in/街道述职.txt" "$TMP/in/交通.txt" \
		> "$TMP/page.json" 2> "$TMP/page.err"
	rc=$?
	if [ $rc -eq 2 ]; then
		ok "skip browser test: $(head -1 "$TMP/page.json")"
	else
		check_eq "browser: page.js ran" 0 "$rc"; [ $rc -eq 0 ] || sed 's/^/    /' "$TMP/page.err" | head -10
		r() { jget "$TMP/page.json" "$1"; }
		check_eq "browser: four results (three files, one pasted text), none failed" "4 0" \
			"$(r "len(d['results'])") $(r "sum(1 for x in d['results'] if x['error'])")"
		check_eq "browser: hospital.docx shows the CLI's 82 indicators with status" "82 True" \
			"$(r "[len(x['rows']) for x in d['results'] if x['name']=='hospital.docx'][0]") $(r "all(x['rows'][0][4] for x in d['results'])")"
		check_eq "browser: outline and PDF preview shown" "True" \
			"$(r "all(x['outline'] and x['preview'].startswith('blob:') for x in d['results'])")"
		check_eq "browser: hospital.docx lists the API's (the CLI's) warnings" \
			"$(jget "$TMP/hospital.sum.json" "d['warnings']")" \
			"$(r "[x['warnings'] for x in d['results'] if x['name']=='hospital.docx'][0]")"
		check_eq "browser: document text shown as text, never as HTML" "0 True" \
			"$(r "d['pwned']") $(r "any(x['title'].startswith('<img src=x') for x in d['results'])")"
		check_eq "browser: no console error" "[]" "$(r "d['errors']")"
		check "browser: the downloaded PDF is the CLI's" cmp "$SHOTS/downloads/hospital.pdf" "$TMP/cli-page/hospital.pdf"
		check "browser: the downloaded workbook is the CLI's" cmp "$SHOTS/downloads/hospital.xlsx" "$TMP/cli-page/hospital.xlsx"
		check_eq "browser: every PDF preview is drawn (white paper over a tenth or more of each of the 4)" "4 True" \
			"$(r "len(d['previews'])") $(r "all(p['white'] >= 0.1 for p in d['previews'])")"
		check "browser: screenshots saved ($SHOTS/page.png, result-1..4.png)" \
			test -s "$SHOTS/page.png" -a -s "$SHOTS/result-1.png" -a -s "$SHOTS/result-4.png"
		if "$GWEXPORT" --help 2>/dev/null | grep -q -- '--combine'; then
			(cd "$TMP/in" && mkdir -p "$TMP/cli-pcomb" && "$GWEXPORT" -q -f json -l gbt9704 -o "$TMP/cli-pcomb" \
				--combine "$TMP/cli-pcomb/汇总.xlsx" 街道述职.txt 交通.txt 2>/dev/null)
			check_eq "browser: two files chosen at once offer their combined workbook" True "$(r "d['combined']")"
			check "browser: the downloaded 汇总.xlsx is the CLI's --combine of the two" \
				cmp "$SHOTS/downloads/汇总.xlsx" "$TMP/cli-pcomb/汇总.xlsx"
		fi
	fi
fi

# The example systemd unit: systemd-analyze (Debian's systemd package) checks
# it, with ExecStart pointed at this build (verify wants the program to
# exist), and rates its sandbox.
UNIT="$GW_TESTS/../converter/serve/contrib/gwexport-serve.service"
if command -v systemd-analyze > /dev/null 2>&1; then
	mkdir -p "$TMP/unit"
	sed "s|/usr/local/bin/gwexport|$GWEXPORT|" "$UNIT" > "$TMP/unit/gwexport-serve.service"
	systemd-analyze verify "$TMP/unit/gwexport-serve.service" > "$TMP/unit.log" 2>&1
	check_eq "systemd unit: systemd-analyze verify says nothing" "0 0" "$? $(wc -c < "$TMP/unit.log")"
	[ -s "$TMP/unit.log" ] && sed 's/^/    /' "$TMP/unit.log" | head -5
	systemd-analyze security --offline=true "$TMP/unit/gwexport-serve.service" > "$TMP/sec.log" 2>&1
	level=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' "$TMP/sec.log")
	check_eq "systemd unit: exposure level at most 3.0 (got ${level:-none})" "True" \
		"$($PY -c "import sys; print(sys.argv[1] != '' and float(sys.argv[1]) <= 3.0)" "$level")"
else
	ok "skip systemd unit check: no systemd-analyze (Debian package systemd)"
fi

for p in $SERVERS; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
SERVERS=""
check_eq "no temporary files are left" "" "$(ls -A "$TMPDIR")"
