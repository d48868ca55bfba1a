#!/bin/sh
# outset.sh — one input's outputs (pdf, xlsx, zip …) are one set: a failed
# run replaces none of the older set (write/outfile.c writes every
# temporary first, then swaps them in together under a lock on the output
# directory).  Cases: a full disk after the first file, a name too long for
# the workbook's temporary, two runs racing for the same names.
. "$GW_TESTS/e2e/lib.sh"

MNT="$TMP/full"
trap 'umount "$MNT" 2>/dev/null; rm -rf "$TMP"' EXIT
IN="$TMP/in/report.txt"
mkdir -p "$TMP/in"
cp "$SAMPLES/transport-2023.txt" "$IN"
OLD="an older output that must survive"
old_set() {  # old_set DIR: report.pdf/.xlsx/.zip hold $OLD
	for e in pdf xlsx zip; do printf '%s %s' "$OLD" "$e" > "$1/report.$e"; done
}
old_kept() {  # old_kept WHAT DIR
	for e in pdf xlsx zip; do
		check_eq "$1: older report.$e kept" "$OLD $e" "$(cat "$2/report.$e")"
	done
	left=$(find "$2" -maxdepth 1 -name '.*' ! -name . | head -3)
	check_eq "$1: no temporary file left" "" "$left"
}

# ---- disk full in the middle of the set ---------------------------------------
# 200 KB hold the new PDF (~110 KB) and workbook (~17 KB) but not the zip
# too: before, the PDF and workbook were replaced and the zip was not.
mkdir -p "$MNT"
if mount -t tmpfs -o size=200k tmpfs "$MNT" 2>/dev/null; then
	old_set "$MNT"
	"$GWEXPORT" -f pdf,xlsx,zip -o "$MNT" "$IN" > "$TMP/log" 2>&1
	check_eq "disk full mid-set: exits 1" 1 $?
	check_grep "disk full mid-set: says so" "No space left on device" "$TMP/log"
	check_grep "disk full mid-set: says nothing was replaced" "no output was replaced" "$TMP/log"
	old_kept "disk full mid-set" "$MNT"
	umount "$MNT"
else
	echo "ok skip disk full mid-set: mount not permitted here (needs root)"
fi

# ---- a name too long for its temporary -----------------------------------------
# A 245-byte stem: report.pdf fits NAME_MAX (255) with its temporary
# ".NAME.XXXXXX", the workbook's does not; refused before anything is made.
stem=$(printf '%0245d' 0 | tr 0 a)
mkdir -p "$TMP/long"
cp "$IN" "$TMP/long/$stem.txt"
"$GWEXPORT" -f pdf,xlsx -o "$TMP/long" "$TMP/long/$stem.txt" > "$TMP/log" 2>&1
check_eq "long name: exits 1" 1 $?
check_grep "long name: says which name and the limit" "with its temporary name it may be at most 247" "$TMP/log"
check_grep "long name: says what to do" "rename the input file" "$TMP/log"
check_eq "long name: no PDF written" "" "$(find "$TMP/long" -name '*.pdf')"

# ---- two runs, one output folder, the same base name ---------------------------
# Different inputs called report.txt: each run's PDF must be the copy in its
# own zip; without the lock the renames interleaved (8-10 of 50 rounds).
mkdir -p "$TMP/a" "$TMP/b" "$TMP/race"
cp "$IN" "$TMP/a/report.txt"
sed 's/2023/2022/g' "$IN" > "$TMP/b/report.txt"
mismatch=0
for round in 1 2 3 4 5 6 7 8 9 10 11 12; do
	"$GWEXPORT" -q -f pdf,zip -o "$TMP/race" "$TMP/a/report.txt" &
	"$GWEXPORT" -q -f pdf,zip -o "$TMP/race" "$TMP/b/report.txt"
	wait
	"$PY" -c "
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1] + '/report.zip')
sys.exit(z.read('report/data/report.pdf') != open(sys.argv[1] + '/report.pdf', 'rb').read())" "$TMP/race" ||
		mismatch=$((mismatch + 1))
done
check_eq "two runs racing for report.*: the PDF is always the one in the zip (12 rounds)" 0 "$mismatch"

# ---- modes: never taken from a link's target, never setuid/setgid/sticky --------
mkdir -p "$TMP/mode" "$TMP/mode/shared"
chmod 1777 "$TMP/mode/shared"
printf 'x' > "$TMP/mode/suid"; chmod 4755 "$TMP/mode/suid"
mode_after() {  # mode_after NAME: converts into $TMP/mode, prints report.json's mode
	(umask 022; "$GWEXPORT" -q -f json -o "$TMP/mode" "$IN")
	stat -c %a "$TMP/mode/report.json"
}
ln -sfn shared "$TMP/mode/report.json"
check_eq "output name a link to a 1777 folder: new file 644, not world-writable" 644 "$(mode_after)"
rm -f "$TMP/mode/report.json"; ln -s suid "$TMP/mode/report.json"
check_eq "output name a link to a 4755 file: new file 644, not setuid" 644 "$(mode_after)"
check_eq "the link's target is left alone" 4755 "$(stat -c %a "$TMP/mode/suid")"
rm -f "$TMP/mode/report.json"; printf 'old' > "$TMP/mode/report.json"; chmod 6775 "$TMP/mode/report.json"
check_eq "an older 6775 output: replaced as 755 (no setuid/setgid, no group write umask 022 takes)" 755 "$(mode_after)"
