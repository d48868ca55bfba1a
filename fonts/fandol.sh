#!/bin/sh
# fonts/fandol.sh [DIR] — `make fonts-fandol`: the free Fandol faces
# (FandolFang 仿宋, FandolHei 黑体, FandolKai 楷体, FandolSong Bold for the
# title; GPL with the font exception, so embedding is allowed) as TrueType
# fonts in DIR (default: this fonts/ directory), where roles.ini finds them
# before the AR PL and WenQuanYi fallbacks (FandolFang is a 仿宋 the
# standard allows; the others are the nearest free faces).
#
# Debian ships them only inside texlive-lang-chinese; its .deb is
# downloaded and unpacked here, not installed (that would pull in
# texlive-base).  They are CFF, which libharu 2.3.0 cannot embed, so each is
# converted by otf2ttf.py (about 15 s and 7 MB each).  A PDF with the
# FandolFang body is about 1.7× the size of one with AR PL SungtiL GB.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here}
faces="FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Bold"

todo=""
for f in $faces; do
	if [ -f "$dir/$f.ttf" ]; then echo "fonts-fandol: $dir/$f.ttf is already there"
	else todo="$todo $f"; fi
done
[ -n "$todo" ] || exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"   # apt-get download runs as the _apt user when it can
echo "fonts-fandol: downloading texlive-lang-chinese (about 50 MB) from the Debian mirror"
if ! (cd "$tmp" && apt-get download texlive-lang-chinese >/dev/null 2>"$tmp/apt.log"); then
	sed 's/^/  /' "$tmp/apt.log" >&2
	echo "fonts-fandol: cannot download texlive-lang-chinese; run 'apt-get update' (as root) and try again" >&2
	exit 1
fi
dpkg-deb --fsys-tarfile "$tmp"/texlive-lang-chinese_*.deb |
	tar -x -C "$tmp" --wildcards '*/fandol/*'
src=$tmp/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
for f in $todo; do
	echo "fonts-fandol: converting $f to TrueType (about 15 s)"
	/usr/bin/python3 "$here/otf2ttf.py" "$src/$f.otf" "$dir/$f.ttf"
done
doc=$tmp/usr/share/doc/texlive-doc/fonts/fandol
[ -f "$doc/README" ] && cp "$doc/README" "$dir/Fandol-README"
[ -f "$doc/COPYING.gz" ] && cp "$doc/COPYING.gz" "$dir/Fandol-COPYING.gz"
echo "fonts-fandol: done; 'gwexport -v -f pdf report.txt' lists the fonts each role now uses"
