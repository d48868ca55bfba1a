#!/bin/sh
# fonts/fandol.sh [DIR] — part of `make deps`: the free Fandol faces
# (FandolFang 仿宋, FandolHei 黑体, FandolKai 楷体, FandolSong Bold for the
# title; GPL with the font exception, so embedding is allowed) as TrueType
# fonts in DIR (make deps: build/fonts, which roles.ini's `search` names;
# default: this fonts/ directory), where roles.ini finds them before the
# AR PL and WenQuanYi faces.
#
# Debian ships them only inside texlive-lang-chinese (49 MB, 98 MB
# installed, and it pulls in texlive-base; there is no fonts-fandol
# package); its .deb is downloaded and only the fandol/ files unpacked,
# nothing installed.  They are CFF, which libharu 2.3.0 cannot embed, so
# each is converted by otf2ttf.py (15–60 s and 6–9 MB each).  The converted
# files are kept in $FANDOL_CACHE (default ~/.cache/gwexport/fandol), so
# another build tree gets them by a copy.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here}
cache=${FANDOL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gwexport/fandol}
faces="FandolFang-Regular FandolHei-Regular FandolKai-Regular FandolSong-Bold FandolSong-Regular"
mkdir -p "$dir" "$cache"

todo=""
for f in $faces; do
	if [ -f "$dir/$f.ttf" ]; then :
	elif [ -f "$cache/$f.ttf" ]; then cp "$cache/$f.ttf" "$dir/$f.ttf.tmp" && mv "$dir/$f.ttf.tmp" "$dir/$f.ttf"
	else todo="$todo $f"; fi
done
for x in Fandol-README Fandol-COPYING.gz; do
	[ ! -f "$cache/$x" ] || [ -f "$dir/$x" ] || cp "$cache/$x" "$dir/$x"
done
if [ -z "$todo" ]; then echo "fonts-fandol: Fandol faces in $dir"; exit 0; fi

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
	/usr/bin/python3 "$here/otf2ttf.py" "$src/$f.otf" "$tmp/$f.ttf"
	cp "$tmp/$f.ttf" "$cache/$f.ttf.tmp" && mv "$cache/$f.ttf.tmp" "$cache/$f.ttf"
	mv "$tmp/$f.ttf" "$dir/$f.ttf"
done
doc=$tmp/usr/share/doc/texlive-doc/fonts/fandol
for x in README COPYING.gz; do
	[ ! -f "$doc/$x" ] || { cp "$doc/$x" "$dir/Fandol-$x"; cp "$doc/$x" "$cache/Fandol-$x"; }
done
echo "fonts-fandol: done; 'gwexport -v -f pdf report.txt' lists the fonts each role now uses"
