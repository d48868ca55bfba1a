#!/bin/sh
# install.sh — `make install PREFIX=… DESTDIR=…` puts a working program, its
# man page, layouts and font roles in place; the installed binary finds its
# data under PREFIX/share/gwexport.
. "$GW_TESTS/e2e/lib.sh"
if [ -n "${GW_VALGRIND:-}" ]; then echo "ok skip install (GWEXPORT is valgrind's wrapper)"; exit 0; fi
ROOT=$(cd "$GW_TESTS/.." && pwd)
BUILD_DIR=$(dirname "$GWEXPORT")
D=$TMP/dest
make -s -C "$ROOT" install PREFIX=/opt/gw DESTDIR="$D" BUILD="$BUILD_DIR" > "$TMP/install.log" 2>&1
check_eq "make install exits 0" 0 $?
for f in bin/gwexport share/man/man1/gwexport.1 share/gwexport/layouts/gbt9704.ini \
	share/gwexport/layouts/draft.ini share/gwexport/fonts/roles.ini; do
	check "installs $f" test -s "$D/opt/gw/$f"
done
mkdir -p "$TMP/out"
(cd / && GWEXPORT_DATA= "$D/opt/gw/bin/gwexport" -q -f pdf -l draft -o "$TMP/out" "$SAMPLES/street-office.txt") > "$TMP/run.log" 2>&1
check_eq "the installed binary converts with its installed draft layout" 0 $?
check "its PDF has pages" sh -c "pdfinfo '$TMP/out/street-office.pdf' | grep -q '^Pages: *[1-9]'"
