#!/bin/sh
# tests/fuzz/seed.sh [BUILD] — refreshes the generated part of the seed
# corpus (files named gen-*) from the current build: tests/samples/*.txt
# into corpus/read/, their model JSON into corpus/json/, the bundle of the
# smallest report into corpus/verify/, layouts/*.ini into corpus/layout/.
# Hand-made seeds are left alone.  Keeps the corpus under 1 MB.
set -eu
cd "$(dirname "$0")/../.."
GW=${1:-build}/gwexport
C=tests/fuzz/corpus
[ -x "$GW" ] || { echo "seed: build $GW first (make)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000
rm -f $C/*/gen-*
for s in tests/samples/*.txt; do
	[ -f "$s" ] || continue
	[ "$(wc -c < "$s")" -le 32768 ] && cp "$s" "$C/read/gen-$(basename "$s")"
done
for s in $C/read/*.txt; do
	stem=$(basename "$s" .txt)
	"$GW" -q -f json -o "$tmp" "$s" 2>/dev/null && [ "$(wc -c < "$tmp/$stem.json")" -le 65536 ] &&
		mv "$tmp/$stem.json" "$C/json/gen-${stem#gen-}.json"
done
"$GW" -q -f zip -o "$tmp" $C/read/report-small.txt 2>/dev/null &&
	mv "$tmp/report-small.zip" "$C/verify/gen-report-small.zip"
for l in layouts/*.ini; do [ -f "$l" ] && cp "$l" "$C/layout/gen-$(basename "$l")"; done
echo "seed: corpus is $(du -sk $C | cut -f1) KB"
ls $C/*/gen-* | wc -l
