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
"$GWEXPORT" -f json -o "$TMP/nodir" "$TMP/a.txt" > "$TMP/out" 2>&1; check_eq "missing output dir exits 1" 1 $?
check_grep "missing output dir is named" "does not exist" "$TMP/out"
check "options after the input are honoured" sh -c "'$GWEXPORT' '$TMP/a.txt' --version"
