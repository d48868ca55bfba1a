#!/bin/sh
# cli.sh — the command line itself: help, version, usage errors, exit codes.
. "$GW_TESTS/e2e/lib.sh"

"$GWEXPORT" --help > "$TMP/help" 2>&1; check_eq "--help exits 0" 0 $?
check_grep "--help shows examples" "Examples:" "$TMP/help"
check_grep "--help lists formats" "pdf,xlsx,zip,json" "$TMP/help"
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
