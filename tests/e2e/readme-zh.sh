#!/bin/sh
# readme-zh.sh — README.md's section for Chinese users (使用说明（中文）)
# describes the program as it is: it names every sheet of the workbook and
# every column header of its 指标 and 结构 sheets and of 概要's tables (so a
# column added without a word for the clerks fails here), every shipped
# layout, and only options that `gwexport --help` or `serve --help` list; the
# README's first lines link to it and its own links have targets.
. "$GW_TESTS/e2e/lib.sh"
ROOT=$(cd "$GW_TESTS/.." && pwd)
README=$ROOT/README.md
SECTION=$TMP/zh.md
awk '/^## 使用说明（中文）$/ { on = 1; print; next } on && /^## / { exit } on' "$README" > "$SECTION"
check "README.md has the section 使用说明（中文）" test -s "$SECTION"
check "the README's first 5 lines link to it" sh -c "head -5 '$README' | grep -qF '(#使用说明中文)'"

# GitHub's anchor of a heading: lower case, punctuation dropped, spaces → '-'.
sed -n 's/^#\{1,6\} //p' "$README" | $PY -c '
import re, sys
for h in sys.stdin.read().splitlines():
    print(re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-"))' > "$TMP/anchors"
missing=
for a in $(grep -oE '\]\(#[^)]+\)' "$SECTION" | sed 's/^](#//; s/)$//' | sort -u); do
	grep -qxF "$a" "$TMP/anchors" || missing="$missing #$a"
done
check_eq "every link of the section has a heading" "" "$missing"

# The workbook's sheets and column headers, as the program writes them now.
"$GWEXPORT" -q -f xlsx -o "$TMP" "$SAMPLES/transport-2023.txt"
check_eq "the sample converts to a workbook" 0 $?
$PY - "$TMP/transport-2023.xlsx" > "$TMP/names" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = list(wb.sheetnames)
for ws in wb.worksheets:
    rows = list(ws.iter_rows(values_only=True))
    if ws.title in ("指标", "结构"):
        names += [c for c in rows[0] if c]
    elif ws.title == "概要":
        # its tables' header rows: 章节 … and 指标名称 …
        names += [c for r in rows if r and r[0] in ("章节", "指标名称") for c in r if c]
print("\n".join(sorted(set(names))))
EOF
n=$(wc -l < "$TMP/names")
check "the workbook's sheet and column names are read (found $n)" test "$n" -ge 25
missing=
while read -r name; do
	grep -qF -- "$name" "$SECTION" || missing="$missing $name"
done < "$TMP/names"
check_eq "the section names every sheet and column of the workbook" "" "$missing"

missing=
for f in "$ROOT"/layouts/*.ini; do
	l=$(basename "$f" .ini)
	grep -qE "(^|[^a-z0-9])$l([^a-z0-9]|$)" "$SECTION" || missing="$missing $l"
done
check_eq "the section names every shipped layout" "" "$missing"

# The options its commands use exist (in either help text).
{
	LC_ALL=C LANGUAGE= "$GWEXPORT" --help
	LC_ALL=C LANGUAGE= "$GWEXPORT" serve --help
} > "$TMP/help" 2>&1
grep -E '^ *gwexport ' "$SECTION" | grep -oE ' --?[a-zA-Z][a-zA-Z0-9-]*' | sed 's/^ //' | sort -u > "$TMP/used"
check "the section's commands use options (found $(wc -l < "$TMP/used"))" test "$(wc -l < "$TMP/used")" -ge 8
unknown=
while read -r opt; do
	grep -qE -- "(^|[ ,])$opt([ ,=]|$)" "$TMP/help" || unknown="$unknown $opt"
done < "$TMP/used"
check_eq "every option in the section's commands is one --help lists" "" "$unknown"

# --set: every Chinese key name the program takes (read/frontmatter.c's
# field table: 文号 as well as 发文字号) is in the section.
$PY - "$ROOT/converter/read/frontmatter.c" > "$TMP/keys" <<'EOF2'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
for names in re.findall(r'\{GW_FIELD_\w+, \{([^}]*)\}', src):
    print("\n".join(re.findall(r'"([^"]+)"', names)))
EOF2
check "frontmatter.c's Chinese keys are read (found $(wc -l < "$TMP/keys"))" test "$(wc -l < "$TMP/keys")" -ge 18
missing=
while read -r key; do grep -qF -- "$key" "$SECTION" || missing="$missing $key"; done < "$TMP/keys"
check_eq "the section names every Chinese --set key" "" "$missing"

# The exit statuses --help lists (its paragraph "Exit status:") are
# all in the section's 退出状态 item.
sed -n '/^Exit status:/,/^$/p' "$TMP/help" | grep -oE '(^|[^0-9A-Za-z-])[0-9]+' | tr -dc '0-9\n' | sort -u > "$TMP/statuses"
check "--help lists at least 4 exit statuses (found $(wc -l < "$TMP/statuses"))" test "$(wc -l < "$TMP/statuses")" -ge 4
awk '/退出状态（/ { on = 1 } on { print } on && /^$/ { exit }' "$SECTION" > "$TMP/exit-zh"
missing=
while read -r n; do grep -qE "(^|[^0-9])$n([^0-9]|$)" "$TMP/exit-zh" || missing="$missing $n"; done < "$TMP/statuses"
check_eq "the section's 退出状态 names every exit status of --help" "" "$missing"
