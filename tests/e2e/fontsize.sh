#!/bin/sh
# fontsize.sh — the PDF size fonts/README.md states for make demo's sample
# (tests/samples/transport-2023.txt) is the size gwexport writes now, with
# the faces this machine has (the Fandol column when pdffonts lists Fandol
# faces, else the fallback column), within 3%: a change to fonts, subsetting
# or the outline redraw that moves it further fails here until the README
# says the new size.
. "$GW_TESTS/e2e/lib.sh"
ROOT=$(cd "$GW_TESTS/.." && pwd)
README=$ROOT/fonts/README.md
row=$(grep -F '`tests/samples/transport-2023.txt`' "$README")
check "fonts/README.md has a size row for transport-2023.txt" test -n "$row"
# the byte counts of the row, Fandol column first
fandol=$(printf '%s\n' "$row" | grep -oE '\(([0-9,]+) bytes\)' | sed -n 1p | tr -dc '0-9')
fallback=$(printf '%s\n' "$row" | grep -oE '\(([0-9,]+) bytes\)' | sed -n 2p | tr -dc '0-9')
check "the row gives both sizes in bytes ('$fandol', '$fallback')" test -n "$fandol" -a -n "$fallback"

"$GWEXPORT" -q -f pdf -o "$TMP" "$SAMPLES/transport-2023.txt"
check_eq "the sample converts" 0 $?
if ! command -v pdffonts > /dev/null 2>&1; then echo "ok skip fontsize (no pdffonts: poppler-utils)"; exit 0; fi
if pdffonts "$TMP/transport-2023.pdf" | grep -q Fandol; then faces=Fandol want=$fandol; else faces=fallback want=$fallback; fi
got=$(wc -c < "$TMP/transport-2023.pdf")
check "the PDF ($faces faces) is $got bytes, fonts/README.md says ${want:-?} (within 3%)" \
	$PY -c "import sys; g, w = int(sys.argv[1]), int(sys.argv[2]); sys.exit(abs(g - w) > 0.03 * w)" "$got" "${want:-0}"
