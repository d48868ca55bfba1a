#!/bin/sh
# safety.sh — every output is complete or absent: for each format this build
# supports, an unwritable or missing output directory, a full disk (file-size
# limit and, when mount is allowed, a tiny tmpfs) and SIGKILL during the
# write leave no partial target and keep the older output; the input is
# never a target and never opened for writing; its bytes and mtime never
# change.  Skipped only where this machine cannot do it (no nobody user, no
# mount), each saying why; `make test` as root in a container runs them all.
. "$GW_TESTS/e2e/lib.sh"

chmod 755 "$TMP"   # nobody must reach the input and the output dirs
MNT="$TMP/full"
trap 'umount "$MNT" 2>/dev/null; chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

mkdir -p "$TMP/in"
IN="$TMP/in/report.txt"
cp "$SAMPLES/transport-2023.txt" "$IN"
touch -d '2023-01-02 03:04:05.123456789' "$IN"
stamp() { sha256sum "$IN" | cut -d' ' -f1; stat -c '%y %i' "$IN"; }
BEFORE=$(stamp)
input_intact() { check_eq "$1: input bytes and mtime unchanged" "$BEFORE" "$(stamp)"; }
no_temp() {  # no_temp WHAT DIR: outfile.c's temporaries are .NAME.XXXXXX
	left=$(find "$2" -maxdepth 1 -name '.*' ! -name . | head -3)
	check_eq "$1: no temporary file left" "" "$left"
}
OLD="an older output that must survive"

as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
NOBODY=""   # why the cases run as nobody cannot run here, or empty
as_nobody true 2>/dev/null || NOBODY="not root, cannot switch to nobody"
# nobody must also reach the program's layouts/ and fonts/: a checkout inside
# a private directory (mktemp -d is 0700) hides them, so skip then.
[ -z "$NOBODY" ] && ! as_nobody test -r "$GW_TESTS/../fonts/roles.ini" 2>/dev/null &&
	NOBODY="nobody cannot read fonts/roles.ini (checkout in a private directory)"
# Under `make valgrind` the binary is a wrapper writing root-owned logs,
# which nobody cannot do: those cases run in the plain `make test`.
[ -n "${GW_VALGRIND:-}" ] && NOBODY="valgrind's wrapper writes root-owned logs (make test runs it)"

for fmt in json pdf xlsx zip; do
	out="$TMP/ref-$fmt"; mkdir -p "$out"
	"$GWEXPORT" -q -f "$fmt" -o "$out" "$IN" > "$TMP/log" 2>&1; rc=$?
	check_eq "$fmt: reference run exits 0" 0 $rc
	REF="$out/report.$fmt"
	input_intact "$fmt reference run"

	# Unwritable output directory (root ignores modes: run as nobody).
	if [ -z "$NOBODY" ]; then
		d="$TMP/ro-$fmt"; mkdir -p "$d"; printf '%s' "$OLD" > "$d/report.$fmt"; chmod 555 "$d"
		as_nobody "$GWEXPORT" -f "$fmt" -o "$d" "$IN" > "$TMP/log" 2>&1
		check_eq "$fmt unwritable dir: exits 2 (said once, nothing tried)" 2 $?
		check_grep "$fmt unwritable dir: says so" "cannot create a file in" "$TMP/log"
		check_grep "$fmt unwritable dir: says what to do" "hint: choose a directory you can write to" "$TMP/log"
		check_eq "$fmt unwritable dir: older output kept" "$OLD" "$(cat "$d/report.$fmt")"
		no_temp "$fmt unwritable dir" "$d"
		input_intact "$fmt unwritable dir"
		# …and nobody can convert into a writable dir: the input (root's,
		# 0644) is only ever read.
		w="$TMP/rw-$fmt"; mkdir -p "$w"; chmod 777 "$w"
		check "$fmt as nobody: converts a file it may only read" as_nobody "$GWEXPORT" -q -f "$fmt" -o "$w" "$IN"
		check "$fmt as nobody: same bytes as root" cmp -s "$REF" "$w/report.$fmt"
	else
		echo "ok skip $fmt unwritable dir: $NOBODY"
	fi

	"$GWEXPORT" -f "$fmt" -o "$TMP/nope-$fmt" "$IN" > "$TMP/log" 2>&1
	check_eq "$fmt missing output dir: exits 2 (said once, nothing tried)" 2 $?
	check_grep "$fmt missing output dir: says so" "does not exist" "$TMP/log"
	check "$fmt missing output dir: not created" test ! -e "$TMP/nope-$fmt"
	input_intact "$fmt missing dir"

	size=$(wc -c < "$REF")
	# Every format of transport-2023.txt is tens of KB: smaller is broken.
	if [ "$size" -lt 8192 ]; then
		fail "$fmt: reference output only $size bytes (disk-full cases need > 8 KB)"
		continue
	fi
	# Disk full, as a file-size limit (dash counts 512-byte blocks): main.c
	# ignores SIGXFSZ, so write() fails with EFBIG and the error is clean.
	d="$TMP/limit-$fmt"; mkdir -p "$d"; printf '%s' "$OLD" > "$d/report.$fmt"
	blocks=$((size / 1024))
	(ulimit -f "$blocks"; exec "$GWEXPORT" -f "$fmt" -o "$d" "$IN") > "$TMP/log" 2>&1
	check_eq "$fmt file-size limit: exits 1 (not killed by SIGXFSZ)" 1 $?
	check_grep "$fmt file-size limit: says so" "File too large" "$TMP/log"
	check_eq "$fmt file-size limit: older output kept" "$OLD" "$(cat "$d/report.$fmt")"
	no_temp "$fmt file-size limit" "$d"
	input_intact "$fmt file-size limit"

	# Disk really full: a tmpfs half the output's size, when we may mount.
	mkdir -p "$MNT"
	kb=$((size / 2048 + 8))
	if mount -t tmpfs -o "size=${kb}k" tmpfs "$MNT" 2>/dev/null; then
		printf '%s' "$OLD" > "$MNT/report.$fmt"
		"$GWEXPORT" -f "$fmt" -o "$MNT" "$IN" > "$TMP/log" 2>&1
		check_eq "$fmt disk full: exits 1" 1 $?
		check_grep "$fmt disk full: says so" "No space left on device" "$TMP/log"
		check_grep "$fmt disk full: says what to do" "free some disk space" "$TMP/log"
		check_eq "$fmt disk full: older output kept" "$OLD" "$(cat "$MNT/report.$fmt")"
		no_temp "$fmt disk full" "$MNT"
		umount "$MNT"
		input_intact "$fmt disk full"
	else
		echo "ok skip $fmt disk full: mount not permitted here"
	fi
done

# ---- the input as its own output --------------------------------------------
if [ -f "$TMP/ref-json/report.json" ]; then
	mkdir -p "$TMP/self"
	cp "$TMP/ref-json/report.json" "$TMP/self/report.json"
	touch -d '2023-01-02 03:04:05' "$TMP/self/report.json"
	self_stamp() { sha256sum "$TMP/self/report.json" | cut -d' ' -f1; stat -c '%y %i' "$TMP/self/report.json"; }
	S0=$(self_stamp)
	for o in "" "self" "self/." "in/../self"; do
		# shellcheck disable=SC2086
		(cd "$TMP" && "$GWEXPORT" -f json ${o:+-o "$o"} self/report.json) > "$TMP/log" 2>&1
		check_eq "json input as output (-o ${o:-none}): exits 1" 1 $?
		check_grep "json input as output (-o ${o:-none}): refused" "is the input file itself" "$TMP/log"
		check_eq "json input as output (-o ${o:-none}): input unchanged" "$S0" "$(self_stamp)"
	done
	no_temp "json input as output" "$TMP/self"
fi

# ---- the input is only ever opened for reading --------------------------------
fmts=$(for f in json pdf xlsx zip; do [ -f "$TMP/ref-$f/report.$f" ] && printf '%s,' "$f"; done)
fmts=${fmts%,}
if ! command -v strace > /dev/null; then
	fail "input never opened for writing: no strace to watch it (make deps installs it)"
elif [ -n "$fmts" ]; then
	mkdir -p "$TMP/traced"
	strace -f -qq -e trace=open,openat,creat,truncate -o "$TMP/trace" \
		"$GWEXPORT" -q -f "$fmts" -o "$TMP/traced" "$IN"
	grep -F "$IN" "$TMP/trace" > "$TMP/opens"
	check_grep "strace sees the input opened ($fmts)" "O_RDONLY" "$TMP/opens"
	check_not "input never opened for writing ($fmts)" grep -E "O_WRONLY|O_RDWR|O_TRUNC|O_CREAT|creat\(|truncate\(" "$TMP/opens"
	input_intact "traced run"
fi

# ---- SIGKILL while the output is being written ---------------------------------
# A large input (its JSON is ~10 MB) makes the write long enough to catch:
# the process is killed as soon as its temporary file appears.
"$PY" - "$SAMPLES/transport-2023.txt" "$TMP/big.txt" <<'EOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
body = "\n".join(l for l in lines[3:] if l.strip())
open(sys.argv[2], "w", encoding="utf-8").write(lines[0] + "\n\n" + "\n".join([body] * 300) + "\n")
EOF
for fmt in $(printf '%s' "$fmts" | tr ',' ' '); do
	[ "$fmt" = json ] && src="$TMP/big.txt" || src="$IN"
	d="$TMP/kill-$fmt"; mkdir -p "$d"
	"$GWEXPORT" -q -f "$fmt" -o "$d" "$src" && mv "$d/$(basename "${src%.txt}").$fmt" "$TMP/complete.$fmt"
	"$PY" - "$GWEXPORT" "$fmt" "$d" "$src" "$OLD" "$TMP/complete.$fmt" > "$TMP/kill.log" <<'EOF'
import os, signal, subprocess, sys
gw, fmt, d, src, old, complete = sys.argv[1:]
target = os.path.join(d, os.path.basename(src)[:-4] + "." + fmt)
full = open(complete, "rb").read()
caught = bad = 0
for attempt in range(6):
    open(target, "wb").write(old.encode())
    p = subprocess.Popen([gw, "-q", "-f", fmt, "-o", d, src], start_new_session=True)
    killed = False
    while p.poll() is None:
        if any(n.startswith(".") for n in os.listdir(d)):
            os.killpg(p.pid, signal.SIGKILL); killed = True
            break
    p.wait()
    got = open(target, "rb").read()
    caught += killed
    if got != (old.encode() if killed else full) and got != full:
        bad += 1
    for n in os.listdir(d):
        if n.startswith("."):
            f = os.path.join(d, n)
            # the few instructions between naming the finished file and
            # renaming it over the target: a complete copy, never a part
            # or the older output kept as a backup until the new set is in
            # (outfile.c removes such files on a later run after a minute)
            data = open(f, "rb").read()
            print("named-complete" if data == full else "backup-of-old" if data == old.encode()
                  else "leftover", n)
            os.unlink(f)
    if caught >= 2:
        break
print("caught", caught, "of", attempt + 1, "bad", bad)
EOF
	# A kill rarely lands (the temporary file gets its name only when
	# complete), but every run counts: killed, the target is the old file or
	# the complete one; not killed, it is the complete one.
	runs=$(sed -n 's/^caught \([0-9]* of [0-9]*\) .*/\1/p' "$TMP/kill.log")
	check_grep "$fmt SIGKILL during the write (landed in ${runs:-?} runs): target is the old or the complete file" \
		"bad 0$" "$TMP/kill.log"
	# outfile.c writes an unnamed O_TMPFILE file and names it only once
	# complete, so a killed process leaves no partial temporary file.  The
	# killer polls for exactly that name, so it can land in the few
	# instructions between naming the finished file and renaming it over the
	# target: such a file is a complete copy (litter, nothing lost).
	check_not "$fmt SIGKILL mid-write leaves no partial temporary file" grep -q leftover "$TMP/kill.log"
done
input_intact "all runs"

# ---- the workbook's temporary file in $TMPDIR ------------------------------------
# libxlsxwriter writes to a file by name; its name is removed before the
# workbook is written into it (through /proc/self/fd), so a killed run
# leaves no gwexport-xlsx-* file holding the report's figures.
if command -v strace > /dev/null && [ -d /proc/self/fd ]; then
	mkdir -p "$TMP/xtmp" "$TMP/xout"
	TMPDIR="$TMP/xtmp" strace -f -qq -e trace=openat,unlink -o "$TMP/xtrace" \
		"$GWEXPORT" -q -f xlsx -o "$TMP/xout" "$IN"
	gone=$(grep -n 'unlink(".*gwexport-xlsx-' "$TMP/xtrace" | head -1 | cut -d: -f1)
	written=$(grep -n 'O_TRUNC' "$TMP/xtrace" | grep -E 'gwexport-xlsx-|/proc/self/fd/' | head -1 | cut -d: -f1)
	check "workbook temporary: its name is gone before the workbook is written (${gone:-?} < ${written:-?})" \
		test "${gone:-99999}" -lt "${written:-0}"
	check_eq "workbook temporary: nothing left in TMPDIR" "" "$(ls "$TMP/xtmp")"
else
	echo "ok skip workbook temporary: no strace or no /proc"
fi

# ---- too few file descriptors (ulimit -n) -------------------------------------
# libxlsxwriter prints its own "[ERROR] workbook_close(): … Too many open
# files" line when it cannot open a file: with 4 or 5 descriptors the user
# gets only our error (what and what to do), and an older set stays whole.
if [ -n "${GW_VALGRIND:-}" ] || ldd "$GWEXPORT" 2>/dev/null | grep -q libasan; then
	echo "ok skip ulimit -n 4: valgrind and ASan need descriptors of their own (make test runs it)"
else
	mkdir -p "$TMP/fds"
	for f in pdf xlsx zip; do printf '%s\n' "$OLD" > "$TMP/fds/report.$f"; done
	for n in 4 5; do
		(ulimit -n $n; exec "$GWEXPORT" -o "$TMP/fds" "$IN") > "$TMP/fds.out" 2> "$TMP/fds.err"
		check_eq "ulimit -n $n: refused (exit 1)" 1 "$?"
		check_not "ulimit -n $n: no libxlsxwriter [ERROR] line" grep -q 'ERROR\]' "$TMP/fds.err"
		check_eq "ulimit -n $n: stderr is our one error and its hint" \
			"gwexport: $IN: file error: too few files may be open to write the workbook (Too many open files; the limit is $n)
  hint: raise the limit (ulimit -n 64, or close other programs) and run again" "$(cat "$TMP/fds.err")"
		check_eq "ulimit -n $n: nothing on stdout" "" "$(cat "$TMP/fds.out")"
		for f in pdf xlsx zip; do
			check_eq "ulimit -n $n: older report.$f kept" "$OLD" "$(cat "$TMP/fds/report.$f")"
		done
		no_temp "ulimit -n $n" "$TMP/fds"
	done
	(ulimit -n 4; exec "$GWEXPORT" -f pdf -o "$TMP/fds" "$IN") > /dev/null 2> "$TMP/fds.err"
	check_grep "ulimit -n 4, -f pdf: says to raise the limit" "hint: raise the limit on open files" "$TMP/fds.err"
fi

# ---- temporaries a killed run left --------------------------------------------
# Without O_TMPFILE (no /proc, NFS, SMB) the temporary has its name while it
# is written, so SIGKILL leaves a partial ".NAME.XXXXXX" beside the target.
# The next run of the same names removes such files once a minute old (a
# younger one may belong to a run on another machine sharing the folder) and
# is never confused by them; names not ours are never touched.
S="$TMP/stale"; mkdir -p "$S"
# valgrind itself cannot start without /proc: under make valgrind the kill
# is replaced by the made-up leftover, like a machine without unshare.
if [ -z "${GW_VALGRIND:-}" ] && unshare -m sh -c 'mount -t tmpfs none /proc' 2>/dev/null; then
	# A loaded machine may finish the write before the poll sees the
	# temporary (it failed once so in a busy make check): up to 8 tries.
	unshare -m sh -c 'mount -t tmpfs none /proc || exit 9
		for try in 1 2 3 4 5 6 7 8; do
			"$0" -q -f json -o "$1" "$2" & pid=$!
			while ! ls -a "$1" | grep -q "^\.big\.json\."; do
				kill -0 $pid 2>/dev/null || break
			done
			kill -9 $pid 2>/dev/null; wait $pid
			ls -a "$1" | grep -q "^\.big\.json\." && exit 0
			rm -f "$1/big.json"
		done
		exit 8' "$GWEXPORT" "$S" "$TMP/big.txt"
	left=$(ls -a "$S" | grep '^\.big\.json\.' | head -1)
	check "no /proc, SIGKILL mid-write: a named temporary is left (the case to clean up)" test -n "$left"
	[ -z "$left" ] || touch -d '2 minutes ago' "$S/$left"
else
	echo "ok skip no /proc, SIGKILL mid-write: cannot unshare a mount namespace here, or under valgrind (the made-up leftovers below still run)"
	left=.big.json.k1ll3d; printf '{"schema": "gwexport/rep' > "$S/$left"; touch -d '2 minutes ago' "$S/$left"
fi
printf 'partial' > "$S/.big.json.0ld0ld"; touch -d '10 minutes ago' "$S/.big.json.0ld0ld"
printf 'young' > "$S/.big.json.y0ung1"
printf 'not ours' > "$S/.other.json.0ld0ld"; touch -d '10 minutes ago' "$S/.other.json.0ld0ld"
printf 'not ours' > "$S/.big.json.toolong"; touch -d '10 minutes ago' "$S/.big.json.toolong"
"$GWEXPORT" -q -f json -o "$S" "$TMP/big.txt"
check_eq "after a killed run: the next run converts (exit 0)" 0 "$?"
check_not "after a killed run: its temporary (a minute old) is removed" test -e "$S/$left"
check_not "after a killed run: an older partial temporary is removed" test -e "$S/.big.json.0ld0ld"
check "after a killed run: a temporary younger than a minute is kept" test -e "$S/.big.json.y0ung1"
check "after a killed run: temporaries of other names are kept" test -e "$S/.other.json.0ld0ld"
check "after a killed run: names not of our pattern are kept" test -e "$S/.big.json.toolong"
"$GWEXPORT" -q -f json -o "$TMP" "$TMP/big.txt"
check "after a killed run: the output is the complete one" cmp "$TMP/big.json" "$S/big.json"
