#!/bin/sh
# architecture.sh — the design card's dependency rules, checked mechanically:
# backends (converter/write/) include only the model, writers.h/outfile.h and
# their own files, never the reader or another backend; the model includes
# nothing of ours outside model/; each library header has one home.
. "$GW_TESTS/e2e/lib.sh"
cd "$GW_TESTS/../converter" || exit 1

bad=$(grep -n '#include "' write/*.c write/*.h write/pdf/*.c write/pdf/*.h |
	grep -e 'read/' -e 'read\.h"' -e 'cli\.h"' -e 'convert\.h"' -e 'batch\.h"')
check_eq "backends do not include the reader or the CLI" "" "$bad"
bad=$(grep -ln '#include "pdf/' write/*.c)
check_eq "no backend includes the PDF backend's files" "" "$bad"
bad=$(grep -ln 'bagit\.h"' write/*.c write/pdf/*.c | grep -v -e 'write/bundle\.c$' -e 'write/bagit\.c$')
check_eq "bagit.h is shared only by the bundle writer and verify.c" "" "$bad"
bad=$(grep -n '#include "' model/*.c model/*.h | grep '\.\./')
check_eq "the model depends on nothing of ours outside model/" "" "$bad"

# libname:expected files including it
for pair in "hpdf.h:write/pdf/pdf.c" "xlsxwriter.h:write/xlsx.c" "zip.h:verify.c write/bundle.c"; do
	lib=${pair%%:*}
	want=${pair#*:}
	got=$(grep -l "#include <$lib>" ./*.c ./*/*.c ./*/*/*.c | sed 's|^\./||' | sort | tr '\n' ' ' | sed 's/ $//')
	check_eq "<$lib> is included only by $want" "$want" "$got"
done
