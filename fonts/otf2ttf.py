#!/usr/bin/python3
"""otf2ttf.py SRC.otf DST.ttf — turns an OpenType-CFF font into TrueType.

libharu 2.3.0 embeds TrueType (glyf) outlines only, and the only free 仿宋
with simplified characters, FandolFang, is CFF.  Each glyph's cubic curves
are approximated by quadratic ones (fontTools' Cu2QuPen, at most 1 font
unit off: invisible at any print size); metrics, cmap, names and OS/2 are
kept; hinting is not (gwexport drops it when subsetting anyway).  Used by
`make fonts-fandol` (fonts/fandol.sh).  Needs python3-fonttools.
"""
import os
import sys

try:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, TTLibError, newTable
except ImportError:
    sys.exit("otf2ttf: python3-fonttools is missing (apt-get install python3-fonttools)")

MAX_ERR = 1.0  # font units


def quadratic_glyf(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType ones clockwise
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    return glyf


def truetype_maxp(n_glyphs):
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = n_glyphs
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    return maxp


def convert(src, dst):
    font = TTFont(src)
    if "CFF " not in font:
        raise ValueError("%s has no CFF outlines (already TrueType?)" % src)
    font["glyf"] = quadratic_glyf(font)
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["maxp"] = truetype_maxp(len(font.getGlyphOrder()))
    font["post"].formatType = 3.0  # no glyph names: CID-keyed fonts have none to keep
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    tmp = dst + ".part"
    font.save(tmp)  # maxp's point and contour counts are recomputed here
    os.replace(tmp, dst)


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: otf2ttf.py SRC.otf DST.ttf")
    try:
        convert(argv[1], argv[2])
    except (OSError, TTLibError, ValueError, KeyError) as e:
        sys.exit("otf2ttf: cannot convert %s: %s" % (argv[1], e))


if __name__ == "__main__":
    main(sys.argv)
