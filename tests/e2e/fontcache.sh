#!/bin/sh
# fontcache.sh — the font resolution cache (fonts.c): written on the first
# run, used on the next (fontconfig is not started), rebuilt whenever
# roles.ini, the fonts/ directory, fontconfig's environment or a chosen font
# changes, ignored when damaged or unwritable, and never changes the PDF.
. "$GW_TESTS/e2e/lib.sh"

if ! "$GWEXPORT" -q -f pdf -o "$TMP" "$SAMPLES/street-office.txt" 2>/dev/null; then
	fail "font cache: -f pdf fails on street-office.txt (pdf.sh says why)"
	exit 0
fi
rm -f "$TMP"/*.pdf

# A private copy of the program's data, so roles.ini and fonts/ can change.
DATA="$TMP/data"
mkdir -p "$DATA/fonts/licensed" "$DATA/layouts" "$TMP/out"
cp "$GW_TESTS/../layouts/"*.ini "$DATA/layouts/"
cp "$GW_TESTS/../fonts/roles.ini" "$DATA/fonts/"
# the converted Fandol faces, where roles.ini's `search` looks (../build/fonts)
mkdir -p "$DATA/build"
[ ! -d "$GW_TESTS/../build/fonts" ] || ln -s "$(cd "$GW_TESTS/../build/fonts" && pwd)" "$DATA/build/fonts"
# A cache is not saved while what it stamps changed within the last second
# (fontconfig may have read it half-way): age the fresh copy first.
age() { find "$DATA/fonts" -exec touch -d '2 hours ago' {} +; }
export GWEXPORT_DATA="$DATA" XDG_CACHE_HOME="$TMP/xdg"
unset GWEXPORT_FONT_CACHE
CACHE="$TMP/xdg/gwexport/fonts.cache"
IN="$SAMPLES/street-office.txt"

# run NAME: converts IN to $TMP/NAME.pdf; records the files it opened
run() {
	if command -v strace >/dev/null 2>&1; then
		# LeakSanitizer cannot run under ptrace (make asan): leaks are
		# checked by every other run
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
			strace -f -qq -e trace=open,openat -o "$TMP/$1.trace" "$GWEXPORT" -q -f pdf -o "$TMP/out" "$IN"
	else
		"$GWEXPORT" -q -f pdf -o "$TMP/out" "$IN"; : > "$TMP/$1.trace"
	fi
	rc=$?
	mv "$TMP/out/street-office.pdf" "$TMP/$1.pdf" 2>/dev/null
	return $rc
}
# started_fontconfig NAME: did the run read fontconfig's configuration?
started_fontconfig() { grep -q 'fonts\.conf' "$TMP/$1.trace"; }
HAVE_STRACE=0; command -v strace >/dev/null 2>&1 && HAVE_STRACE=1
fc_check() {  # fc_check WHAT NAME yes|no
	if [ $HAVE_STRACE = 0 ]; then fail "$1: no strace to watch it (make deps installs it)"; return; fi
	if [ "$3" = yes ]; then check "$1" started_fontconfig "$2"; else check_not "$1" started_fontconfig "$2"; fi
}

touch -d '+1 hour' "$DATA/fonts"   # "changed just now" however slow the run (valgrind)
check "fresh fonts/ (changed this second): converts" run racy
check_not "… but no cache is saved from a racy resolution" test -e "$CACHE"
age
check "cold run converts" run cold
check "cache written to \$XDG_CACHE_HOME/gwexport/fonts.cache" test -s "$CACHE"
check_grep "cache names the resolved faces" "^face" "$CACHE"
fc_check "cold run starts fontconfig" cold yes

check "warm run converts" run warm
fc_check "warm run does not start fontconfig" warm no
check "warm run: same PDF bytes" cmp "$TMP/cold.pdf" "$TMP/warm.pdf"

# roles.ini edited: resolved again
printf '\n; edited\n' >> "$DATA/fonts/roles.ini"
check "after editing roles.ini: converts" run roles
fc_check "after editing roles.ini: fontconfig again" roles yes
check "after editing roles.ini: same PDF" cmp "$TMP/cold.pdf" "$TMP/roles.pdf"
check "… and the next run uses the new cache" run roles2
fc_check "… without fontconfig" roles2 no

# a file dropped into fonts/ changes the directory: resolved again
: > "$DATA/fonts/notes.txt"
check "after a change in fonts/: converts" run drop
fc_check "after a change in fonts/: fontconfig again" drop yes
# … and so does one dropped into a directory below fonts/
age
run sub0 > /dev/null 2>&1
: > "$DATA/fonts/licensed/readme.txt"
check "after a change in fonts/licensed/: converts" run sub
fc_check "after a change in fonts/licensed/: fontconfig again" sub yes
age
run sub2 > /dev/null 2>&1

# fontconfig's environment is part of the key
printf '<?xml version="1.0"?>\n<fontconfig><dir>%s/data/fonts</dir><cachedir>%s/fc-cache</cachedir></fontconfig>\n' "$TMP" "$TMP" > "$TMP/empty.conf"
# (the Fandol faces of build/fonts stay out of it: gwexport adds them itself)
mv "$DATA/build" "$DATA/build.off"
FONTCONFIG_FILE="$TMP/empty.conf" "$GWEXPORT" -f pdf -o "$TMP/out" "$IN" > "$TMP/nofont.log" 2>&1
check_eq "FONTCONFIG_FILE with no fonts: not served from the cache (exit 1)" 1 "$?"
check_grep "FONTCONFIG_FILE with no fonts: names a package" "fonts-" "$TMP/nofont.log"
mv "$DATA/build.off" "$DATA/build"
check "… and the normal environment still converts" run back

# a face whose stamp no longer holds: resolved again
sed -i 's/^\(face\t[0-9]*\t\)[0-9]*/\11/' "$CACHE"
check "stale face stamp: converts" run stale
fc_check "stale face stamp: fontconfig again" stale yes
check "stale face stamp: same PDF" cmp "$TMP/cold.pdf" "$TMP/stale.pdf"

# damaged caches are ignored and replaced
for kind in garbage truncated badrole badface empty; do
	case $kind in
	garbage) head -c 3000 /dev/urandom > "$CACHE" ;;
	truncated) head -c 200 "$CACHE" > "$CACHE.t" && mv "$CACHE.t" "$CACHE" ;;
	badrole) run fix_$kind >/dev/null 2>&1; sed -i 's/^role\t1\t.*/role\t1\t99:0/' "$CACHE" ;;
	badface) run fix_$kind >/dev/null 2>&1; sed -i 's#^\(face\t[0-9]*\t[^\t]*\t[^\t]*\t\).*#\1/nonexistent.ttf#' "$CACHE" ;;
	empty) : > "$CACHE" ;;
	esac
	check "$kind cache: converts" run "$kind"
	check "$kind cache: same PDF" cmp "$TMP/cold.pdf" "$TMP/$kind.pdf"
	check_eq "$kind cache: rewritten" "gwexport-font-cache 3" "$(head -1 "$CACHE" | cut -d' ' -f1-2)"
done
# the key line is required: without it nothing ties the cache to roles.ini
sed -i '/^key	/d' "$CACHE"
check "cache without its key line: converts" run nokey
fc_check "cache without its key line: fontconfig again" nokey yes

# off, and an unwritable place
rm -rf "$TMP/xdg"
GWEXPORT_FONT_CACHE=off "$GWEXPORT" -q -f pdf -o "$TMP/out" "$IN"
check_eq "GWEXPORT_FONT_CACHE=off converts" 0 "$?"
check_not "GWEXPORT_FONT_CACHE=off writes no cache" test -e "$TMP/xdg"
GWEXPORT_FONT_CACHE=/proc/gwexport/fonts.cache "$GWEXPORT" -q -f pdf -o "$TMP/out" "$IN" 2> "$TMP/ro.log"
check_eq "unwritable cache place: converts" 0 "$?"
check_eq "unwritable cache place: says nothing" "" "$(cat "$TMP/ro.log")"
GWEXPORT_FONT_CACHE="$TMP/mine.cache" "$GWEXPORT" -q -f pdf -o "$TMP/out" "$IN"
check "GWEXPORT_FONT_CACHE=FILE: cache written there" test -s "$TMP/mine.cache"
check_eq "no temporary cache files left" "" "$(ls -a "$TMP" | grep 'cache\.' )"

# A FIFO is never opened for reading (it would wait for a writer forever,
# silently: issue #17 item 7).  At the cache path: not used, not replaced,
# and -v says so; in fonts/ (fontconfig opens every file there): an error
# naming it; as roles.ini: an error.  `timeout` turns a hang into a failure.
mkfifo "$TMP/fifo.cache"
GWEXPORT_FONT_CACHE="$TMP/fifo.cache" timeout 60 "$GWEXPORT" -v -f pdf -o "$TMP/out" "$IN" > "$TMP/fifo.log" 2>&1
check_eq "FIFO at the font cache path: converts without waiting (exit 0)" 0 "$?"
check_grep "FIFO at the font cache path: -v says it is not used" "fifo.cache is not a regular file" "$TMP/fifo.log"
check "FIFO at the font cache path: still a FIFO (never renamed over)" test -p "$TMP/fifo.cache"
mkfifo "$DATA/fonts/licensed/evil.ttf"
GWEXPORT_FONT_CACHE=off timeout 60 "$GWEXPORT" -f pdf -o "$TMP/out" "$IN" > "$TMP/fifo2.log" 2>&1
check_eq "FIFO in fonts/licensed/: refused without waiting (exit 1)" 1 "$?"
check_grep "FIFO in fonts/licensed/: names it" "licensed/evil.ttf.*not a regular file" "$TMP/fifo2.log"
rm -f "$DATA/fonts/licensed/evil.ttf"
mv "$DATA/fonts/roles.ini" "$TMP/roles.ini.off"
mkfifo "$DATA/fonts/roles.ini"
GWEXPORT_FONT_CACHE=off timeout 60 "$GWEXPORT" -f pdf -o "$TMP/out" "$IN" > "$TMP/fifo3.log" 2>&1
check_eq "FIFO as roles.ini: refused without waiting (exit 1)" 1 "$?"
check_grep "FIFO as roles.ini: says so" "roles.ini: not a regular file" "$TMP/fifo3.log"
rm -f "$DATA/fonts/roles.ini"; mv "$TMP/roles.ini.off" "$DATA/fonts/roles.ini"
