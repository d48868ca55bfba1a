#!/bin/sh
# extract.sh OUT.pot — every English message of converter/ into a template.
# Used by `make po` and by tests/e2e/i18n.sh (which fails when a message is
# missing from a .po, untranslated or fuzzy), so the two see the same list.
# Keywords: _ and N_ (model/i18n.h); gw_fail's hint (5th argument) and
# format (6th), gw_warn's and gw_note's format (3rd): diag.c translates
# those itself, so their call sites hold plain English literals.
set -e
out=${1:?usage: extract.sh OUT.pot}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
find converter -name '*.[ch]' | LC_ALL=C sort > "$out.files"
common="--language=C --from-code=UTF-8 --add-comments=TRANSLATORS: --add-location=file
	--sort-by-file --package-name=gwexport --msgid-bugs-address=gwexport --files-from=$out.files"
# Two passes: when a call has literals in both gw_fail:5 and gw_fail:6,
# xgettext calls the keyword ambiguous and takes only one of them.
xgettext $common --keyword=_ --keyword=N_ \
	--keyword=gw_fail:6 --keyword=gw_warn:3 --keyword=gw_note:3 \
	--flag=gw_fail:6:c-format --flag=gw_warn:3:c-format --flag=gw_note:3:c-format \
	-o "$out.formats"
xgettext $common --keyword --keyword=gw_fail:5 --flag=gw_fail:5:no-c-format -o "$out.hints"
msgcat --add-location=file --sort-by-file "$out.formats" "$out.hints" -o "$out.tmp"
rm -f "$out.files" "$out.formats" "$out.hints"
# The creation date would change the template on every run.
sed '/^"POT-Creation-Date:/d' "$out.tmp" > "$out"
rm -f "$out.tmp"
