#!/bin/sh
# architecture.sh — the design card's dependency rules, checked mechanically
# on every #include "…" (resolved to a path under converter/):
#   model/   includes only model/;
#   page/    (the page engine shared by fixed-layout backends) includes only
#            page/ and model/, never a backend or the reader;
#   read/    (the readers: text, .docx, model JSON) includes only read/ and
#            model/, never the page engine, a backend or the CLI;
#   write/   backends include model/, page/, writers.h, outfile.h and their
#            own folder (write/pdf/ for pdf.c), never the reader, the CLI or
#            another backend; bagit.h is shared by the bundle writer and
#            verify.c only;
#   serve/   (the web front end, like the CLI) is included by main.c only;
# and each library header has one home.
. "$GW_TESTS/e2e/lib.sh"
cd "$GW_TESTS/../converter" || exit 1

# includes FILES…: "file target" per quoted include, target relative to converter/
includes() {
	for f in "$@"; do
		[ -f "$f" ] || continue
		sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
			echo "$f $(realpath -m --relative-to=. "$(dirname "$f")/$inc")"
		done
	done
}

bad=$(includes model/*.c model/*.h | grep -v ' model/')
check_eq "the model depends on nothing of ours outside model/" "" "$bad"
bad=$(includes page/*.c page/*.h | grep -v -e ' page/' -e ' model/')
check_eq "page/ includes only page/ and model/ (no backend, no reader)" "" "$bad"
bad=$(includes read/*.c read/*.h | grep -v -e ' read/' -e ' model/')
check_eq "read/ includes only read/ and model/ (no page engine, no backend, no CLI)" "" "$bad"
bad=$(includes write/*.c write/*.h |
	grep -v -e ' model/' -e ' page/' -e ' write/writers\.h$' -e ' write/outfile\.h$' -e ' write/bagit\.h$' \
		-e ' write/zipentry\.h$' -e ' write/xlsx_file\.h$' -e ' write/xlsx_combine\.h$')
check_eq "single-file backends include only model/, page/ and write/ helpers" "" "$bad"
bad=$(for d in write/*/; do
	d=${d%/}
	includes "$d"/*.c "$d"/*.h |
		grep -v -e ' model/' -e ' page/' -e ' write/writers\.h$' -e ' write/outfile\.h$' -e ' write/zipentry\.h$' \
			-e " $d/"
done)
check_eq "folder backends include only model/, page/, write/ helpers and their own folder" "" "$bad"
bad=$(includes write/*.c write/*.h write/*/*.c write/*/*.h page/*.c page/*.h model/*.c model/*.h |
	grep -e ' read/' -e ' cli\.h$' -e ' convert\.h$' -e ' batch\.h$' -e ' verify\.h$')
check_eq "backends and the page engine do not include the reader or the CLI" "" "$bad"
bad=$(includes read/*.c read/*.h write/*.c write/*.h write/*/*.c write/*/*.h page/*.c page/*.h model/*.c model/*.h \
	*.c *.h | grep ' serve/')
check_eq "serve/ (the web front end) is used by main.c only: no reader, model, page or backend includes it" \
	"" "$(echo "$bad" | grep -v '^main\.c ')"
bad=$(includes write/*.c write/*.h write/*/*.c write/*/*.h | grep ' write/bagit\.h$' |
	grep -v -e '^write/bundle\.c ' -e '^write/bagit\.c ')
check_eq "bagit.h is shared only by the bundle writer and verify.c" "" "$bad"

# libname:expected files including it
for pair in "hpdf.h:write/pdf/pdf.c" "xlsxwriter.h:write/xlsx.c write/xlsx_combine.c write/xlsx_file.c" "zip.h:read/docx.c verify.c write/bundle.c write/ofd/ofd.c write/zipentry.c" \
	"hb-subset.h:page/fonts.c" "fontconfig/fontconfig.h:page/fonts.c" "microhttpd.h:serve/serve.c"; do
	lib=${pair%%:*}
	want=${pair#*:}
	got=$(grep -l "#include <$lib>" ./*.c ./*/*.c ./*/*/*.c | sed 's|^\./||' | sort | tr '\n' ' ' | sed 's/ $//')
	check_eq "<$lib> is included only by $want" "$want" "$got"
done
