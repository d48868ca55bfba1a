#!/bin/sh
# extract.sh OUT.pot — every English message of converter/ into a template
# (`make po`, and `make po-check`, which tests/e2e/i18n.sh runs: it fails
# when a message is missing from a .po, untranslated or fuzzy).
#
# The sources are preprocessed first (CPP, CPPFLAGS from the Makefile, with
# -DGW_XGETTEXT so N_() survives): a hint built from macros such as
# HINT_TEXT " in UTF-8, …" is then extracted as the one string gw_fail
# translates at run time.  Keywords: _ (gettext) and N_ (model/i18n.h);
# gw_fail's hint (5th argument) and format (6th), gw_warn's and gw_note's
# format (3rd), and the file-local wrappers that hand a format or a hint on
# (they translate it themselves): layout.c bad(p, hint, fmt), json bad(rd,
# fmt) and bad_hint(rd, hint, fmt), check.c and verify_doc.c fail(x, y,
# fmt), fail_msg(why, size, msg), docx_xml_fail(x, st, hint, fmt), verify.c
# report(v, fmt), fonts.c note(f, fmt).  Two passes: with literals in both
# a hint and a format argument xgettext calls the keyword ambiguous and
# keeps only one of them.  Messages built at run time from other messages
# are out of reach: each piece is then wrapped in _() or N_() itself.
set -e
out=${1:?usage: extract.sh OUT.pot}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
find converter -name '*.c' | LC_ALL=C sort | while read -r src; do
	mkdir -p "$tmp/$(dirname "$src")"
	${CPP:-cc -E} -C -DGW_XGETTEXT -D_GNU_SOURCE ${CPPFLAGS:-} "$src" -o "$tmp/$src"
	echo "$tmp/$src"
done > "$tmp/files"
common="--language=C --from-code=UTF-8 --add-comments=TRANSLATORS: --add-location=file
	--package-name=gwexport --msgid-bugs-address=gwexport
	--exclude-file=$root/converter/po/exclude.pot"
xgettext $common --files-from="$tmp/files" --keyword=_ --keyword=N_ \
	--keyword=gw_fail:6 --keyword=gw_warn:3 --keyword=gw_note:3 \
	--flag=gw_fail:6:c-format --flag=gw_warn:3:c-format --flag=gw_note:3:c-format \
	--keyword=bad:2 --keyword=bad_hint:3 --keyword=fail:3 --keyword=fail_msg:3 \
	--keyword=docx_xml_fail:4 --keyword=report:2 --keyword=note:2 \
	--flag=bad_hint:3:c-format --flag=fail:3:c-format --flag=docx_xml_fail:4:c-format \
	--flag=report:2:c-format --flag=note:2:c-format \
	-o "$tmp/formats.pot"
xgettext $common --files-from="$tmp/files" --keyword --keyword=gw_fail:5 --keyword=bad_hint:2 \
	--keyword=docx_xml_fail:3 --flag=gw_fail:5:no-c-format -o "$tmp/hints.pot"
# layout.c's bad(p, hint, fmt): its format; the json reader's bad(rd, fmt,
# a, b) has data there.
grep '/converter/page/layout.c$' "$tmp/files" > "$tmp/layout"
xgettext $common --files-from="$tmp/layout" --keyword --keyword=bad:3 --flag=bad:3:c-format \
	-o "$tmp/layout.pot"
# fonts/roles.ini's notes (why a fallback face is not of its role's kind)
# are data, printed through gettext by fonts.c's warn_kind.
{
	printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
	sed -n 's/^note *= *//p' fonts/roles.ini | LC_ALL=C sort -u |
		sed 's/.*/#: fonts\/roles.ini\nmsgid "&"\nmsgstr ""\n/'
} > "$tmp/roles.pot"
msgcat --add-location=file --sort-by-file "$tmp/formats.pot" "$tmp/hints.pot" "$tmp/layout.pot" \
	"$tmp/roles.pot" -o "$tmp/all.pot"
# Locations name our files, not the preprocessed copies; no creation date:
# it would change the template on every run.
sed -e '/^"POT-Creation-Date:/d' -e "s|$tmp/||g" "$tmp/all.pot" > "$out"
