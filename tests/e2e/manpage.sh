#!/bin/sh
# manpage.sh — the two manual pages, converter/gwexport.1 (English) and
# converter/gwexport.zh_CN.1 (Simplified Chinese, for the clerks who use the
# tool): each renders through man and groff without a single warning, each
# documents every option `gwexport --help` and `gwexport serve --help` list
# (so an option added without its man page entry fails here), the Chinese one
# names every option, environment variable, --set alias and number the English
# one does (so it cannot silently fall behind a change to the English page),
# and `make install` puts it where `man` finds it for a zh_CN user.
. "$GW_TESTS/e2e/lib.sh"
ROOT=$(cd "$GW_TESTS/.." && pwd)
EN=$ROOT/converter/gwexport.1
ZH=$ROOT/converter/gwexport.zh_CN.1
if ! command -v man > /dev/null 2>&1 || ! command -v groff > /dev/null 2>&1; then
	echo "ok skip manpage (no man or groff: make deps installs man-db and groff-base)"
	exit 0
fi
# man warns about a locale that is not installed, so fall back to C.UTF-8
# (the page is read as UTF-8 either way) and say so in the check's name.
ZH_LANG=zh_CN.UTF-8
locale -a 2> /dev/null | grep -qix 'zh_CN.utf-\{0,1\}8' || ZH_LANG=C.UTF-8

# in_locale LOCALE CMD...: CMD with every locale variable man reads set to
# LOCALE (tests/run.sh sets LC_MESSAGES=C, which alone picks man's language)
in_locale() { l=$1; shift; env LANG="$l" LC_ALL= LC_MESSAGES="$l" LANGUAGE= "$@"; }
# warnings PAGE LANG: every warning man (at two widths) and groff print for PAGE
warnings() {
	for w in 80 64; do
		in_locale "$2" env MANWIDTH=$w man --warnings=all -l "$1" 2>&1 > /dev/null
	done
	groff -k -man -Tutf8 -ww -z "$1" 2>&1
}
for page in "$EN:C.UTF-8" "$ZH:$ZH_LANG"; do
	file=${page%%:*} lang=${page#*:}
	name=$(basename "$file")
	warnings "$file" "$lang" > "$TMP/warn"
	check_eq "$name renders with no man/groff warning ($lang)" "" "$(head -5 "$TMP/warn")"
	# One line a paragraph (no wrapping), so an option is never split.
	in_locale "$lang" env MANWIDTH=1000 man -l "$file" > "$TMP/$name.txt" 2> /dev/null
done
check_grep "the Chinese page is Chinese" '^用法' "$TMP/gwexport.zh_CN.1.txt"
check_grep "the English page is English" '^SYNOPSIS' "$TMP/gwexport.1.txt"

# The options of both help texts (English: the option names are the same in
# every language): the first column of each line that starts with a dash.
{
	LC_ALL=C LANGUAGE= "$GWEXPORT" --help
	LC_ALL=C LANGUAGE= "$GWEXPORT" serve --help
} 2>&1 | sed -n 's/^ *\(-[^ ].*\)/\1/p' | sed 's/   .*//' |
	grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z0-9-]*' | sed 's/^[ ,]*//' | sort -u > "$TMP/options"
n=$(wc -l < "$TMP/options")
check "the help texts list at least 20 options (found $n)" test "$n" -ge 20
# has WORD FILE: WORD stands in FILE as a word of its own (--format is not --formats)
has() { grep -qE -- "(^|[^A-Za-z0-9_-])$1([^A-Za-z0-9_-]|$)" "$2"; }
for name in gwexport.1 gwexport.zh_CN.1; do
	missing=
	while read -r opt; do
		has "$opt" "$TMP/$name.txt" || missing="$missing $opt"
	done < "$TMP/options"
	check_eq "$name documents every option of --help and serve --help" "" "$missing"
done

# -l: the entry of each page and of --help names every layout layouts/
# ships, and each page says for which formats it is read (pdf, ofd, zip:
# since 30f6a90 -f xlsx,json does not need a readable layout).
LC_ALL=C LANGUAGE= "$GWEXPORT" --help > "$TMP/help" 2>&1
# entry FILE: the lines from the -l option to the next option (--encoding)
entry() { sed -n '/^ *-l, --layout/,/^ *--encoding/p' "$1" | sed '$d'; }
entry "$TMP/help" > "$TMP/help.l"
for name in gwexport.1 gwexport.zh_CN.1; do entry "$TMP/$name.txt" > "$TMP/$name.l"; done
for f in "$ROOT"/layouts/*.ini; do printf '%s\n' "$(basename "$f" .ini)"; done > "$TMP/layouts"
check "layouts/ ships at least 4 layouts (found $(wc -l < "$TMP/layouts"))" test "$(wc -l < "$TMP/layouts")" -ge 4
for l in help gwexport.1 gwexport.zh_CN.1; do
	missing=
	while read -r lay; do has "$lay" "$TMP/$l.l" || missing="$missing $lay"; done < "$TMP/layouts"
	check_eq "the -l entry of $l names every shipped layout" "" "$missing"
done
for name in gwexport.1 gwexport.zh_CN.1; do
	missing=
	for f in pdf ofd zip xlsx json; do has "$f" "$TMP/$name.l" || missing="$missing $f"; done
	check_eq "the -l entry of $name says for which formats the layout is read" "" "$missing"
done

# --set: every key the program takes (each field's Chinese names and its
# ASCII alias, read from read/frontmatter.c's table) is in both pages and
# in --help, so 文号 is not a secret.
$PY - "$ROOT/converter/read/frontmatter.c" > "$TMP/keys" <<'EOF2'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
for names, alias in re.findall(r'\{GW_FIELD_\w+, \{([^}]*)\}, "(\w+)"', src):
    print("\n".join(re.findall(r'"([^"]+)"', names) + [alias]))
EOF2
check "frontmatter.c's field table is read (found $(wc -l < "$TMP/keys") keys)" test "$(wc -l < "$TMP/keys")" -ge 26
for l in help gwexport.1.txt gwexport.zh_CN.1.txt; do
	missing=
	while read -r key; do grep -qF -- "$key" "$TMP/$l" || missing="$missing $key"; done < "$TMP/keys"
	check_eq "$l names every --set key" "" "$missing"
done

# The text input's encodings (--list-formats: "UTF-8, GB18030/GBK, Big5 or
# UTF-16") are each named in the FORMATS entry `text` of both pages.
LC_ALL=C LANGUAGE= "$GWEXPORT" --list-formats | sed -n 's/^  text  .*(\(.*\))$/\1/p' |
	sed 's/ or /,/g; s/[,\/]/\n/g' | sed 's/^ *//; /^$/d' > "$TMP/encodings"
check "--list-formats names at least 4 text encodings (found $(wc -l < "$TMP/encodings"))" \
	test "$(wc -l < "$TMP/encodings")" -ge 4
for name in gwexport.1 gwexport.zh_CN.1; do
	grep -E '^ +text +' "$TMP/$name.txt" > "$TMP/$name.text"
	missing=
	while read -r enc; do grep -qF -- "$enc" "$TMP/$name.text" || missing="$missing $enc"; done < "$TMP/encodings"
	check_eq "$name: the text input format names every encoding --list-formats does" "" "$missing"
done

# What the English source names, the Chinese source must name too: long
# options, identifiers with an underscore (environment variables, --set
# aliases) and numbers of two or more digits (defaults, limits, statuses).
src_words() {
	grep -v '^\.\\"' "$1" | sed 's/\\-/-/g; s/\\f[BIRP]//g' |
		grep -oE -- '--[a-z][a-z0-9-]*|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+|(^|[^0-9.])[0-9]{2,}' |
		sed 's/^[^-A-Za-z0-9]//' | sort -u
}
src_words "$EN" > "$TMP/en.words"
src_words "$ZH" > "$TMP/zh.words"
check "the English page's names and numbers are read (found $(wc -l < "$TMP/en.words"))" \
	test "$(wc -l < "$TMP/en.words")" -ge 40
check_eq "the Chinese page names every option, variable, alias and number of the English one" "" \
	"$(comm -23 "$TMP/en.words" "$TMP/zh.words" | tr '\n' ' ')"

# Installed, `man gwexport` shows the Chinese page to a zh_CN user and the
# English one otherwise; uninstall removes it.
if [ -n "${GW_VALGRIND:-}" ]; then echo "ok skip manpage install (GWEXPORT is valgrind's wrapper)"; exit 0; fi
D=$TMP/dest
make -s -C "$ROOT" install PREFIX=/usr DESTDIR="$D" BUILD="$(dirname "$GWEXPORT")" > "$TMP/install.log" 2>&1
check_eq "make install exits 0" 0 $?
check "installs share/man/zh_CN/man1/gwexport.1" cmp "$ZH" "$D/usr/share/man/zh_CN/man1/gwexport.1"
# MANPATH, not -M: man-db looks into the locale's subfolder (zh_CN/) only
# for a manpath, as for the system's.
in_locale "$ZH_LANG" env MANWIDTH=80 MANPATH="$D/usr/share/man" man gwexport > "$TMP/man-zh" 2>&1
if [ "$ZH_LANG" = zh_CN.UTF-8 ]; then
	check_grep "man gwexport in zh_CN shows the Chinese page" '^用法' "$TMP/man-zh"
fi
in_locale C.UTF-8 env MANWIDTH=80 MANPATH="$D/usr/share/man" man gwexport > "$TMP/man-en" 2>&1
check_grep "man gwexport in C shows the English page" '^SYNOPSIS' "$TMP/man-en"
make -s -C "$ROOT" uninstall PREFIX=/usr DESTDIR="$D" > "$TMP/uninstall.log" 2>&1
check_not "make uninstall removes the Chinese page" test -e "$D/usr/share/man/zh_CN/man1/gwexport.1"
