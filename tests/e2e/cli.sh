#!/bin/sh
# cli.sh — the command line itself: help, version, usage errors, exit codes.
. "$GW_TESTS/e2e/lib.sh"

"$GWEXPORT" --help > "$TMP/help" 2>&1; check_eq "--help exits 0" 0 $?
check_grep "--help shows examples" "Examples:" "$TMP/help"
check_grep "--help gives the default formats" "default: pdf,xlsx,zip" "$TMP/help"

# The format tables (write/writers.c, read/readers.c) are the one list of
# formats: --list-formats prints them, and --help, -f, the output names and
# the man page must agree with every row.
"$GWEXPORT" --list-formats > "$TMP/formats" 2>&1; check_eq "--list-formats exits 0" 0 $?
rows() { awk -v h="$1" 'index($0, h) == 1 {s = 1; next} /^$/ {s = 0} s && $1 != "name"' "$TMP/formats"; }
rows "Output formats" > "$TMP/writers"
rows "Input formats" > "$TMP/readers"
for f in pdf xlsx zip json; do
	check "--list-formats lists output $f" grep -q "^  $f  *\.$f  *\(yes\|no\) " "$TMP/writers"
done
for f in text json; do
	check "--list-formats lists input $f" grep -q "^  $f  " "$TMP/readers"
done
check_grep "--list-formats: zip is not in the bundle" "^  zip  *\.zip  *no  *yes " "$TMP/writers"
check_grep "--list-formats: pdf is in the bundle, by default" "^  pdf  *\.pdf  *yes  *yes " "$TMP/writers"
MAN="$GW_TESTS/../converter/gwexport.1"
printf '标题\n\n一、情况\n今年完成了任务。\n' > "$TMP/row.txt"
while read -r name ext bundled default summary; do
	check_grep "--help lists output $name" "^  $name  *report$ext  *$summary\$" "$TMP/help"
	check_grep "the man page lists output $name" "^\\.B $name\$" "$MAN"
	check_grep "the man page names report$ext" "report$ext" "$MAN"
	awk -v n="$name" '$0 == ".B " n {s = 1; next} /^\.(TP|PP|SH)/ {s = 0} s' "$MAN" > "$TMP/man-$name"
	grep -q "Written by default" "$TMP/man-$name" && said=yes || said=no
	check_eq "the man page says whether $name is written by default" "$default" "$said"
	grep -q "eld in the bundle" "$TMP/man-$name" && said=yes || said=no
	check_eq "the man page says whether the bundle holds $name" "$bundled" "$said"
	mkdir -p "$TMP/row-$name"
	"$GWEXPORT" -q -f "$name" -o "$TMP/row-$name" "$TMP/row.txt" > "$TMP/out" 2>&1
	check_eq "-f $name converts" 0 $?
	check_eq "-f $name writes row$ext only" "row$ext" "$(ls "$TMP/row-$name")"
	"$GWEXPORT" -f "$name,nosuch" x.txt > "$TMP/out" 2>&1
	check_grep "the -f error lists $name" "^Formats are: .*\b$name\b" "$TMP/out"
done < "$TMP/writers"
while read -r name summary; do
	check_grep "--help lists input $name" "^  $name  *$summary\$" "$TMP/help"
	check_grep "the man page lists input $name" "^\\.B $name\$" "$MAN"
done < "$TMP/readers"
"$GWEXPORT" --version > "$TMP/ver"; check_eq "--version exits 0" 0 $?
check_grep "--version prints the version" "^gwexport [0-9]" "$TMP/ver"

"$GWEXPORT" > "$TMP/out" 2>&1; check_eq "no input is a usage error" 2 $?
check_grep "no input says so" "no input file given" "$TMP/out"
"$GWEXPORT" -f pdf,docx x.txt > "$TMP/out" 2>&1; check_eq "unknown format exits 2" 2 $?
check_grep "unknown format is named" "unknown format 'docx'" "$TMP/out"
"$GWEXPORT" --bogus x.txt > "$TMP/out" 2>&1; check_eq "unknown option exits 2" 2 $?
check_grep "unknown option points to --help" "gwexport --help" "$TMP/out"
"$GWEXPORT" -j 0 x.txt > "$TMP/out" 2>&1; check_eq "-j 0 exits 2" 2 $?
"$GWEXPORT" --encoding latin1 x.txt > "$TMP/out" 2>&1; check_eq "unknown encoding exits 2" 2 $?
check_grep "unknown encoding is named" "latin1" "$TMP/out"
"$GWEXPORT" verify > "$TMP/out" 2>&1; check_eq "verify without bundle exits 2" 2 $?

"$GWEXPORT" -f json "$TMP/missing.txt" > "$TMP/out" 2>&1; check_eq "missing input exits 1" 1 $?
check_grep "missing input is named" "missing.txt" "$TMP/out"
printf '标题\n' > "$TMP/a.txt"
"$GWEXPORT" -f json -o "$TMP/nodir" "$TMP/a.txt" > "$TMP/out" 2>&1; check_eq "missing output dir exits 2 (nothing tried)" 2 $?
check_grep "missing output dir is named" "does not exist" "$TMP/out"
check "options after the input are honoured" sh -c "'$GWEXPORT' '$TMP/a.txt' --version"

# --- What a run says it did (issue #16): one line per input on stderr naming
# the files written; nothing with -q.
mkdir -p "$TMP/said"
printf '县水务局工作总结\n一、主要工作\n新建供水工程12处。\n' > "$TMP/said/w.txt"
"$GWEXPORT" -f pdf,json -o "$TMP/said" "$TMP/said/w.txt" > "$TMP/said.out" 2> "$TMP/said.err"
check_eq "success: exit 0" 0 $?
check_eq "success: one line naming the files written" \
	"$TMP/said/w.txt: wrote $TMP/said/w.pdf, $TMP/said/w.json" "$(grep ': wrote ' "$TMP/said.err")"
check_eq "success: nothing on stdout" "" "$(cat "$TMP/said.out")"
(cd "$TMP/said" && "$GWEXPORT" w.txt > /dev/null 2> "$TMP/said2.err")
check_eq "success: the default formats beside the input, named as typed" "w.txt: wrote w.pdf, w.xlsx, w.zip" \
	"$(grep ': wrote ' "$TMP/said2.err")"
"$GWEXPORT" -q -f json -o "$TMP/said" "$TMP/said/w.txt" > "$TMP/said3.out" 2>&1
check_eq "-q: a success prints nothing" "" "$(cat "$TMP/said3.out")"

(cd "$TMP/said" && LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 "$GWEXPORT" -f json w.txt > /dev/null 2> "$TMP/saidzh.err")
check_eq "success in Chinese: the line in the user's language" "w.txt：已写出 w.json" "$(cat "$TMP/saidzh.err")"

# --- Standard input: with exactly one format (and no -o) the document goes
# to standard output, byte for byte; otherwise files named stdin.*.
mkdir -p "$TMP/pipe"
"$GWEXPORT" -f pdf - < "$TMP/said/w.txt" > "$TMP/pipe/out.pdf" 2> "$TMP/pipe/err"
check_eq "-f pdf - > out.pdf: exit 0" 0 $?
check "-f pdf - > out.pdf: a valid PDF (qpdf --check)" qpdf --check "$TMP/pipe/out.pdf"
check_grep "-f pdf -: says where it went" "^<stdin>: wrote pdf to standard output\$" "$TMP/pipe/err"
"$GWEXPORT" -q -f pdf -o "$TMP/pipe" - < "$TMP/said/w.txt"
check "-f pdf -: stdout holds the same bytes as the file -o writes" cmp "$TMP/pipe/out.pdf" "$TMP/pipe/stdin.pdf"
"$GWEXPORT" -q -f zip - < "$TMP/said/w.txt" | cat > "$TMP/pipe/piped.zip"
"$GWEXPORT" verify "$TMP/pipe/piped.zip" > "$TMP/pipe/verify" 2>&1
check_eq "-f zip - | cat: the bundle through a pipe verifies" 0 $?
mkdir -p "$TMP/pipe/cwd"
(cd "$TMP/pipe/cwd" && "$GWEXPORT" -f pdf,json - < "$TMP/said/w.txt" > "$TMP/pipe/cwd.out" 2> "$TMP/pipe/cwd.err")
check_eq "- with two formats: files stdin.*" "stdin.json stdin.pdf" "$(ls "$TMP/pipe/cwd" | tr '\n' ' ' | sed 's/ $//')"
check_grep "- with two formats: says so" "^<stdin>: wrote stdin.pdf, stdin.json\$" "$TMP/pipe/cwd.err"
check_eq "- with two formats: nothing on stdout" "" "$(cat "$TMP/pipe/cwd.out")"
# A terminal as standard output is refused (script(1) gives the command a pty).
if command -v script > /dev/null; then
	mkdir -p "$TMP/tty"
	(cd "$TMP/tty" && script -qec "'$GWEXPORT' -f pdf - < '$TMP/said/w.txt'; echo rc=\$?" /dev/null > "$TMP/tty.log" 2>&1)
	check_grep "-f pdf - on a terminal: exit 2" "rc=2" "$TMP/tty.log"
	check_grep "-f pdf - on a terminal: says why" "standard output is a terminal" "$TMP/tty.log"
	check_not "-f pdf - on a terminal: no PDF bytes on the screen" grep -q '%PDF' "$TMP/tty.log"
	check_eq "-f pdf - on a terminal: nothing written" "" "$(ls "$TMP/tty")"
else
	fail "-f pdf - on a terminal: no script(1) to give it one (make deps installs bsdutils)"
fi

# --- A problem of the command itself is said once and exits 2 (usage):
# the -o directory, the layout.
for k in 1 2 3; do cp "$TMP/said/w.txt" "$TMP/said/in$k.txt"; done
"$GWEXPORT" -j 2 -f json -o "$TMP/nodir" "$TMP/said"/in*.txt > "$TMP/once.log" 2>&1
check_eq "missing -o directory, 3 inputs: exit 2" 2 $?
check_eq "missing -o directory, 3 inputs: said once" 1 "$(grep -c 'does not exist' "$TMP/once.log")"
check_eq "missing -o directory, 3 inputs: one error and its hint only" 2 "$(wc -l < "$TMP/once.log")"
"$GWEXPORT" -f json -o "$TMP/said/w.txt" "$TMP/said/w.txt" > "$TMP/ofile.log" 2>&1
check_eq "-o naming a file: exit 2" 2 $?
check_grep "-o naming a file: says so" "is a file, not a directory" "$TMP/ofile.log"
"$GWEXPORT" -f pdf -l nosuch -o "$TMP/said" "$TMP/said"/in*.txt > "$TMP/lay.log" 2>&1
check_eq "unknown layout: exit 2" 2 $?
check_eq "unknown layout, 3 inputs: said once" 1 "$(grep -c "no layout named 'nosuch'" "$TMP/lay.log")"
printf '[page]\ntop_mm = lots\n' > "$TMP/bad.ini"
"$GWEXPORT" -f pdf -l "$TMP/bad.ini" -o "$TMP/said" "$TMP/said"/in*.txt > "$TMP/lay2.log" 2>&1
check_eq "layout file with an error: exit 2" 2 $?
check_eq "layout file with an error, 3 inputs: said once, with its line" 1 "$(grep -c 'bad.ini:2: layout error' "$TMP/lay2.log")"
check "layout errors: nothing converted" sh -c "! ls '$TMP/said' | grep -q '^in.\.pdf'"
