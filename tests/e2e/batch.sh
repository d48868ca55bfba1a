#!/bin/sh
# batch.sh — many inputs at once (`gwexport -j N a.txt b.txt …`): a failed
# input never stops the others, good outputs are kept, failures are listed
# at the end with a summary line and exit 1; progress only on a terminal;
# -q prints errors only; -j 1 and -j 2 give the same files.
. "$GW_TESTS/e2e/lib.sh"

T=$TMP
mkdir -p "$T/in" "$T/j1" "$T/j2" "$T/q"
# Five small reports of our own, one empty (fails), one not text (fails).
for i in 1 2 3 4 5; do
	printf '县第%s水厂工作总结\n一、主要工作\n新建供水工程%s处，改造管网%s.5公里。\n二、下步打算\n完成投资%s00万元。\n' \
		"$i" "$i" "$i" "$i" > "$T/in/r$i.txt"
done
: > "$T/in/bad-empty.txt"
printf '%%PDF-1.4\n%%\342\343\317\323\n' > "$T/in/bad-scan.txt"
INPUTS="$T/in/r1.txt $T/in/bad-empty.txt $T/in/r2.txt $T/in/r3.txt $T/in/bad-scan.txt $T/in/r4.txt $T/in/r5.txt"

GOOD=5 BAD=2

# shellcheck disable=SC2086
"$GWEXPORT" -j 2 -f json -o "$T/j2" $INPUTS > "$T/j2.log" 2>&1
check_eq "-j 2 with failures exits 1" 1 $?
check_grep "-j 2 summary line" "^$GOOD converted, $BAD failed (of 7)\$" "$T/j2.log"
check_grep "-j 2 lists failures at the end" "^Failed inputs:" "$T/j2.log"
check_eq "summary is the last line" "$GOOD converted, $BAD failed (of 7)" "$(tail -1 "$T/j2.log")"
# The failed inputs are listed after "Failed inputs:", each exactly once.
sed -n '/^Failed inputs:/,$p' "$T/j2.log" > "$T/j2.failed"
check_eq "bad-empty listed once" 1 "$(grep -c 'bad-empty.txt$' "$T/j2.failed")"
check_eq "bad-scan listed once" 1 "$(grep -c 'bad-scan.txt$' "$T/j2.failed")"
check_eq "no good input listed as failed" "$BAD" "$(grep -c '^  ' "$T/j2.failed")"
check "no progress without a terminal" sh -c "! grep -q '\[[0-9]*/7\]' '$T/j2.log'"
# Each error is one whole message, not interleaved with another job's.
check_eq "each failure has its error line" "$BAD" "$(grep -c '^gwexport: ' "$T/j2.log")"

for i in 1 2 3 4 5; do
	check "-j 2 keeps good output r$i.json" test -s "$T/j2/r$i.json"
done
check "-j 2 writes nothing for failed inputs" sh -c "! ls '$T/j2' | grep -q bad"
check "-j 2 leaves no temp files" sh -c "! ls -a '$T/j2' | grep -q '^\.'[^.]"
# shellcheck disable=SC2086
"$GWEXPORT" -j 1 -f json -o "$T/j1" $INPUTS > "$T/j1.log" 2>&1
check_eq "-j 1 with failures exits 1" 1 $?
check "-j 1 and -j 2 write identical files" diff -r "$T/j1" "$T/j2"
"$GWEXPORT" -j 2 -f json -o "$T/j2" "$T/in/r1.txt" "$T/in/r2.txt" > "$T/ok.log" 2>&1
check_eq "all good exits 0" 0 $?
check_grep "all good: summary line" "^2 converted, 0 failed (of 2)\$" "$T/ok.log"
"$GWEXPORT" -j 2 -q -f json -o "$T/q" "$T/in/r1.txt" "$T/in/r2.txt" "$T/in/r3.txt" > "$T/q.log" 2>&1
check_eq "-q all good exits 0" 0 $?
check_eq "-q all good prints nothing" "" "$(cat "$T/q.log")"
check "-q still converts" test -s "$T/q/r3.json"
# Two inputs with the same base name into one -o directory: both
# outputs are kept, or the second is refused by name; never one
# silently replaced by the other while the summary says "2 converted".
mkdir -p "$T/a" "$T/b" "$T/dup"
printf '甲单位工作总结\n一、情况\n完成投资1亿元。\n' > "$T/a/x.txt"
printf '乙单位工作总结\n一、情况\n完成投资2亿元。\n' > "$T/b/x.txt"
"$GWEXPORT" -j 2 -f json -o "$T/dup" "$T/a/x.txt" "$T/b/x.txt" > "$T/dup.log" 2>&1
dup_rc=$?
kept=$(cat "$T/dup"/*.json 2>/dev/null | grep -c -e '甲单位工作总结' -e '乙单位工作总结')
if [ "$kept" -eq 2 ] || { [ $dup_rc -eq 1 ] && grep -q 'x.txt' "$T/dup.log" && grep -q '1 failed' "$T/dup.log"; }; then
	ok "same base name twice: no output silently lost"
else
	fail "same base name twice: no output silently lost (exit $dup_rc, $kept of 2 kept)"
	sed 's/^/    /' "$T/dup.log"
fi
# More jobs than inputs, and stdin among files.
"$GWEXPORT" -j 8 -f json -o "$T/q" "$T/in/r4.txt" > "$T/j8.log" 2>&1
check_eq "-j 8 with one input exits 0" 0 $?

# shellcheck disable=SC2086
"$GWEXPORT" -j 2 -q -f json -o "$T/q" $INPUTS > "$T/qbad.log" 2>&1
check_eq "-q with failures exits 1" 1 $?
check_grep "-q still reports the failures" "^Failed inputs:" "$T/qbad.log"
check_grep "-q still prints the summary" "failed (of 7)" "$T/qbad.log"
check "-q prints no progress or warnings" sh -c "! grep -Eq '\[[0-9]+/7\]|warning' '$T/qbad.log'"

# Progress only on a terminal: script(1) (bsdutils, Essential in Debian) gives
# the command a pty.
if command -v script > /dev/null; then
	script -qec "'$GWEXPORT' -j 2 -f json -o '$T/q' $INPUTS" /dev/null > "$T/tty.log" 2>&1
	check_grep "progress on a terminal" '\[7/7\]' "$T/tty.log"
	check_grep "terminal: summary still printed" "failed (of 7)" "$T/tty.log"
	script -qec "'$GWEXPORT' -q -j 2 -f json -o '$T/q' $INPUTS" /dev/null > "$T/ttyq.log" 2>&1
	check "-q: no progress even on a terminal" sh -c "! grep -q '\[[0-9]*/7\]' '$T/ttyq.log'"
else
	fail "progress on a terminal: no script(1) to give it one (make deps installs bsdutils)"
fi

# --timings: one line per input on stderr, in the documented shape: read,
# indicators, every output format in --list-formats order, total.
"$GWEXPORT" -j 2 --timings -f json -o "$T/q" "$T/in/r1.txt" "$T/in/r2.txt" > "$T/tim.log" 2>&1
check_eq "--timings: one line per input" 2 "$(grep -c '^timings ' "$T/tim.log")"
writers=$("$GWEXPORT" --list-formats | awk '/^Output formats/ {s = 1; next} /^$/ {s = 0} s && $1 != "name" {print $1}')
stages=$(for w in $writers; do printf ', %s [0-9.]* ms' "$w"; done)
check_grep "--timings: line shape" \
	"^timings .*r1.txt: read [0-9.]* ms, indicators [0-9.]* ms$stages, total [0-9.]* ms\$" \
	"$T/tim.log"
check_grep "--timings: json is timed" "json [0-9.]*[1-9][0-9.]* ms" "$T/tim.log"

# Killing only the batch parent ends its workers too (PR_SET_PDEATHSIG):
# before, they went on converting and writing with nobody to report them.
mkdir -p "$T/orphan"
# inputs large enough that a worker still runs a second after the kill
big=$(for k in $(seq 300); do sed 1,3d "$SAMPLES/transport-2023.txt"; done)
for k in 1 2 3 4; do { head -3 "$SAMPLES/transport-2023.txt"; printf '%s\n' "$big"; } > "$T/orphan/r$k.txt"; done
"$GWEXPORT" -q -j 2 -f pdf,xlsx -o "$T/orphan" "$T/orphan"/r*.txt & parent=$!
kids=""
for try in $(seq 100); do
	kids=$(ps -o pid= --ppid "$parent" | tr -d ' ')
	[ -n "$kids" ] && break
	sleep 0.05
done
kill -KILL "$parent"; wait "$parent" 2>/dev/null
sleep 0.5
alive=""
for k in $kids; do  # a zombie no one reaps yet is dead: state Z
	st=$(sed -n 's/^[0-9]* ([^)]*) \(.\).*/\1/p' "/proc/$k/stat" 2>/dev/null)
	[ -n "$st" ] && [ "$st" != Z ] && alive="$alive $k"
done
if [ -z "$kids" ]; then
	echo "ok skip workers die with the parent: no worker seen before the batch ended"
else
	check_eq "workers die with the batch parent (SIGKILL to the parent only)" "" "$alive"
fi

# --- One line per input naming what it wrote, in the order of the inputs
# whatever -j: the logs of -j 1 and -j 3 are the same lines.
mkdir -p "$T/ord1" "$T/ord3"
# shellcheck disable=SC2086
"$GWEXPORT" -j 1 -f json -o "$T/ord1" $INPUTS 2>&1 | sed "s|$T/ord1|OUT|g" > "$T/ord1.log"
# shellcheck disable=SC2086
"$GWEXPORT" -j 3 -f json -o "$T/ord3" $INPUTS 2>&1 | sed "s|$T/ord3|OUT|g" > "$T/ord3.log"
check "-j 3 prints the same lines in the same order as -j 1" diff "$T/ord1.log" "$T/ord3.log"
check_eq "one 'wrote' line per good input, each whole" \
	"$(for i in 1 2 3 4 5; do printf '%s: wrote OUT/r%s.json\n' "$T/in/r$i.txt" "$i"; done)" \
	"$(grep ': wrote ' "$T/ord3.log")"

# --- Ctrl-C ends a batch cleanly: the inputs finished keep their outputs,
# no temporary file is left, no worker lives on, the last line says how far
# it got, exit 130.  ctrlc.py runs gwexport on a pty and types ^C there (the
# whole process group gets SIGINT, as at a terminal) once OUT holds N files;
# with `term` it sends SIGTERM to the batch parent only, with `each` to each
# worker and then the parent, with `worker` to one worker only (OUT.ended:
# how many workers it signalled).  The pty is set
# NOFLSH: by default the line discipline answers ^C by discarding the output
# gwexport wrote but this script had not read yet (termios(3)), which lost a
# 'wrote' line the batch had printed and counted (5 done, 4 named in CI;
# strace showed the write 2.5 ms before the SIGINT).
cat > "$T/ctrlc.py" <<'PY'
import glob, os, pty, select, signal, subprocess, sys, termios, time
how, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
cmd = sys.argv[4:]
def ready():
    return len([f for f in glob.glob(out + '/*') if not os.path.basename(f).startswith('.')]) >= n
def workers(pid):
    ps = subprocess.run(['ps', '-o', 'pid=', '--ppid', str(pid)], capture_output=True, text=True)
    return [int(k) for k in ps.stdout.split()]
if how in ('term', 'each', 'worker'):
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(out + '.log', 'wb'))
    while not ready() and p.poll() is None:
        time.sleep(0.005)
    kids = []
    while how != 'term' and not kids and p.poll() is None:
        kids = workers(p.pid)
    ended = 0
    for k in kids[:1] if how == 'worker' else kids:
        try:
            os.kill(k, signal.SIGTERM)
            ended += 1
        except ProcessLookupError:  # it ended meanwhile
            pass
    open(out + '.ended', 'w').write('%d\n' % ended)
    if how != 'worker':
        time.sleep(0.02 if how == 'each' else 0)
        p.send_signal(signal.SIGTERM)
    print(p.wait())
    sys.exit(0)
pid, fd = pty.fork()
if pid == 0:  # as at a terminal, even when this test runs with SIGINT ignored (`cmd &`)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    mode = termios.tcgetattr(0)
    mode[3] |= termios.NOFLSH
    termios.tcsetattr(0, termios.TCSANOW, mode)
    os.execv(cmd[0], cmd)
log, sent, t0 = b'', False, time.time()
while time.time() - t0 < 120:
    if not sent and ready():
        os.write(fd, b'\x03')
        sent = True
    if select.select([fd], [], [], 0.005)[0]:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        log += data
open(out + '.log', 'wb').write(log.replace(b'\x1b[K', b'').replace(b'\r', b'\n'))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
PY
mkdir -p "$T/many"
for k in $(seq 10 49); do cp "$SAMPLES/transport-2023.txt" "$T/many/r$k.txt"; done
# interrupted RUN WHAT [INPUTS]: the checks on $T/RUN after the stop of a
# batch of INPUTS (40)
interrupted() {
	log="$T/$1.log" total=${3:-40}
	last=$(grep -v '^$' "$log" | tail -1)
	case $last in
	"interrupted: "*" of $total done") ok "$2: the last line says how far it got" ;;
	*) fail "$2: the last line says how far it got ('$last')"; tail -5 "$log" | sed 's/^/    /' ;;
	esac
	done_n=$(echo "$last" | sed -n "s/^interrupted: \\([0-9]*\\) of $total done\$/\\1/p")
	files=$(ls "$T/$1" | grep -c '\.json$')
	check "$2: stopped before the end" test "${done_n:-$total}" -lt "$total"
	check "$2: every input counted done has its output" test "$files" -ge "${done_n:-99}"
	check_eq "$2: no temporary file left" "" "$(ls -A "$T/$1" | grep '^\.')"
	bad=""
	for f in "$T/$1"/*.json; do "$PY" -c 'import json, sys; json.load(open(sys.argv[1]))' "$f" 2>/dev/null || bad="$bad $f"; done
	check_eq "$2: every output kept is complete" "" "$bad"
	check_eq "$2: each input done is named once" "$done_n" "$(grep -c ': wrote ' "$log")"
	check_eq "$2: no input named twice" "" "$(grep -o '[^ ]*: wrote ' "$log" | sort | uniq -d)"
	# A worker the stop ended is neither done nor failed: not a crash.
	check_eq "$2: no input failed" "" "$(grep -e 'internal error' -e '^Failed inputs:' "$log")"
	sleep 0.2
	check_eq "$2: no worker left running" "" "$(ps -eo args | grep -F -- "$T/$1 " | grep -v grep)"
}
# Under make valgrind a worker ended by a signal makes valgrind write its
# "terminating with default action" note, which that run counts as an error.
if [ -n "${GW_VALGRIND:-}" ]; then
	echo "ok skip Ctrl-C and SIGTERM cases: workers ended by a signal under valgrind leave notes it counts as errors"
else
for j in 1 2; do
	mkdir -p "$T/int$j"
	rc=$("$PY" "$T/ctrlc.py" tty "$T/int$j" 6 "$GWEXPORT" -j $j -f json -o "$T/int$j" "$T/many"/r*.txt)
	check_eq "Ctrl-C, -j $j: exit 130" 130 "$rc"
	interrupted "int$j" "Ctrl-C, -j $j"
done
# In the user's language: the same stop in Chinese.
mkdir -p "$T/intzh"
rc=$(LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 "$PY" "$T/ctrlc.py" tty "$T/intzh" 6 "$GWEXPORT" -j 2 -f json -o "$T/intzh" "$T/many"/r*.txt)
check_eq "Ctrl-C in Chinese: exit 130" 130 "$rc"
check_grep "Ctrl-C in Chinese: 已中断：完成 N / 40" "^已中断：完成 [0-9]* / 40\$" "$T/intzh.log"
check_eq "Ctrl-C in Chinese: no temporary file left" "" "$(ls -A "$T/intzh" | grep '^\.')"
mkdir -p "$T/term"
rc=$("$PY" "$T/ctrlc.py" term "$T/term" 6 "$GWEXPORT" -j 2 -f json -o "$T/term" "$T/many"/r*.txt)
check_eq "SIGTERM to the batch parent: exit 143" 143 "$rc"
interrupted term "SIGTERM to the batch parent"
# systemd (KillMode=control-group) and `kill PID PID…` signal one process
# at a time: a worker can die of SIGTERM before the parent has its own.
# That is the batch's stop too, not a crash of that worker's input (it was
# said as one, "internal error … (signal 15)", and counted failed).
# After the small input, the workers convert large ones (1 s each): the
# signal surely finds them converting.
mkdir -p "$T/each"
rc=$("$PY" "$T/ctrlc.py" each "$T/each" 1 "$GWEXPORT" -j 2 -f json -o "$T/each" "$T/many/r10.txt" \
	"$T/orphan/r1.txt" "$T/orphan/r2.txt" "$T/orphan/r3.txt")
check_eq "SIGTERM to each process, workers first: exit 143" 143 "$rc"
check "SIGTERM to each process: a worker was signalled first" test "$(cat "$T/each.ended")" -ge 1
interrupted each "SIGTERM to each process, workers first" 4
# A worker ended alone (someone's `kill PID`) fails its input, says why and
# what to do, and the batch goes on.
mkdir -p "$T/alone"
rc=$("$PY" "$T/ctrlc.py" worker "$T/alone" 0 "$GWEXPORT" -j 2 -f json -o "$T/alone" "$T/orphan/r1.txt" "$T/orphan/r2.txt")
check_eq "a worker ended alone: exit 1" 1 "$rc"
check_eq "a worker ended alone: a worker was signalled" 1 "$(cat "$T/alone.ended")"
check_eq "a worker ended alone: its input failed, the other converted" "1 converted, 1 failed (of 2)" \
	"$(tail -1 "$T/alone.log")"
check_grep "a worker ended alone: what ended it and what to do" \
	"^gwexport: the conversion was stopped from outside gwexport (signal 15) before it finished; convert this input again\$" \
	"$T/alone.log"
check_eq "a worker ended alone: not called a crash" "" "$(grep 'internal error' "$T/alone.log")"
fi
