#!/usr/bin/python3
"""ofdcheck.py OFD [PDF] — an independent reading of a package gwexport wrote.

Structure (from GB/T 33190-2016 and its Appendix A schemas; we keep our own
checks because the public copy of the schemas has no licence):
  * a zip whose OFD.xml has Version="1.0", DocType "OFD" or "OFD-A", DocInfo
    children in the schema's order with a DocID, and a DocRoot that exists;
  * every element in namespace http://www.ofdspec.org/2016 and written with
    the ofd: prefix (ofd.js reads only prefixed names);
  * Document.xml: CommonData starts with MaxUnitID, then PageArea, PublicRes;
    MaxUnitID >= every ID; IDs unique across the document; every reference
    (Font, PageID, DefaultCS) names an existing ID; every BaseLoc/FontFile
    resolves to an entry; nothing external (no absolute or ../ locations);
  * fonts are TrueType/OpenType programs whose cmap has every character of
    every TextCode that uses them; every TextObject has Size.
With PDF: per page, each word pdftotext -bbox finds starts (first glyph
pen position, baseline) and ends (last glyph + its advance) within 0.05 mm of
the OFD glyphs with the same characters, and every OFD glyph is matched.
A run of a turned table (page.h: CTM "0 -1 1 0 0 L", reading up the page)
is compared along its own direction: distance up the page and the baseline's
x, against the PDF word's tall box.
Prints one line per problem; exit 1 when there is any.
"""
import html
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from fontTools.ttLib import TTFont

NS = "http://www.ofdspec.org/2016"
Q = "{%s}" % NS
PT = 72 / 25.4
TOL_MM = 0.05  # page.h promises the PDF's positions; measured worst 0.001 mm
ASCENT = 0.88  # page.h GW_PAGE_ASCENT: the PDF's em box starts this far above the baseline
DOCINFO_ORDER = ["DocID", "Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "DocUsage",
                 "Cover", "Keywords", "Creator", "CreatorVersion", "CustomDatas"]
DOCUMENT_ORDER = ["CommonData", "Pages", "Outlines", "Permissions", "Actions", "VPreferences", "Bookmarks",
                  "Annotations", "CustomTags", "Attachments", "Extensions"]
COMMON_ORDER = ["MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS"]
REF_ATTRS = {"Font", "PageID", "ResourceID", "DrawParam", "ColorSpace"}

problems = []


def bad(msg):
    problems.append(msg)


def local(tag):
    return tag[len(Q):] if tag.startswith(Q) else None


def in_order(names, order, what):
    idx = []
    for n in names:
        if n not in order:
            bad(f"{what}: unexpected element {n}")
            return
        idx.append(order.index(n))
    if idx != sorted(idx):
        bad(f"{what}: children out of the schema's order: {names}")


def resolve(base, loc):
    if loc.startswith("/") or "://" in loc or ".." in loc.split("/"):
        bad(f"location {loc!r} is absolute, external or climbs out")
        return loc.lstrip("/")
    parts = [p for p in (base + "/" + loc).split("/") if p and p != "."]
    return "/".join(parts)


def parse(z, name):
    raw = z.read(name)
    text = raw.decode("utf-8")  # raises on invalid UTF-8: a problem in itself
    for m in re.finditer(r"<(/?)([^\s>/?!]+)", text):
        if not m.group(2).startswith("ofd:"):
            bad(f"{name}: element <{m.group(1)}{m.group(2)}> without the ofd: prefix")
    root = ET.fromstring(raw)
    for el in root.iter():
        if local(el.tag) is None:
            bad(f"{name}: element {el.tag} outside the OFD namespace")
    return root


def check_package(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    if len(set(names)) != len(names):
        bad("duplicate zip entries")
    if not names or names[0] != "OFD.xml":
        bad(f"first entry is {names[:1]}, not OFD.xml")
    ofd = parse(z, "OFD.xml")
    if ofd.tag != Q + "OFD" or ofd.get("Version") != "1.0" or ofd.get("DocType") not in ("OFD", "OFD-A"):
        bad(f"OFD.xml root: {ofd.tag} Version={ofd.get('Version')} DocType={ofd.get('DocType')}")
    bodies = ofd.findall(Q + "DocBody")
    if len(bodies) != 1:
        bad(f"{len(bodies)} DocBody elements (one document expected)")
    info = bodies[0].find(Q + "DocInfo")
    in_order([local(c.tag) for c in info], DOCINFO_ORDER, "DocInfo")
    if not (info.findtext(Q + "DocID") or "").strip():
        bad("DocInfo has no DocID")
    date = info.findtext(Q + "CreationDate")
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        bad(f"CreationDate {date!r} is not an xs:date")
    root_loc = bodies[0].findtext(Q + "DocRoot")
    if root_loc not in names:
        bad(f"DocRoot {root_loc} is not in the package")
        return None
    base = root_loc.rsplit("/", 1)[0]
    doc = parse(z, root_loc)
    in_order([local(c.tag) for c in doc], DOCUMENT_ORDER, "Document")
    common = doc.find(Q + "CommonData")
    kids = [local(c.tag) for c in common]
    if not kids or kids[0] != "MaxUnitID":
        bad(f"CommonData does not start with MaxUnitID: {kids}")
    in_order(kids, COMMON_ORDER, "CommonData")
    max_id = int(common.findtext(Q + "MaxUnitID"))
    trees = {root_loc: doc}
    for loc in common.findall(Q + "PublicRes"):
        name = resolve(base, loc.text)
        if name not in names:
            bad(f"PublicRes {name} missing")
            continue
        trees[name] = parse(z, name)
    pages = []
    for p in doc.find(Q + "Pages"):
        name = resolve(base, p.get("BaseLoc"))
        if name not in names:
            bad(f"page {name} missing")
            continue
        trees[name] = parse(z, name)
        pages.append((p.get("ID"), name))
    ids, refs = {}, []
    for name, tree in trees.items():
        for el in tree.iter():
            if el.get("ID") is not None and local(el.tag) != "Version":
                i = int(el.get("ID"))
                if i in ids:
                    bad(f"ID {i} used twice ({ids[i]} and {name})")
                ids[i] = name
                if i > max_id:
                    bad(f"ID {i} in {name} is above MaxUnitID {max_id}")
            for a in REF_ATTRS & set(el.attrib):
                refs.append((name, a, int(el.get(a))))
    cs = common.findtext(Q + "DefaultCS")
    if cs is not None:
        refs.append((root_loc, "DefaultCS", int(cs)))
    for name, a, v in refs:
        if v not in ids:
            bad(f"{name}: {a}={v} names no object")
    fonts = {}
    for name, tree in trees.items():
        if tree.tag != Q + "Res":
            continue
        res_base = resolve(name.rsplit("/", 1)[0], tree.get("BaseLoc"))
        for f in tree.iter(Q + "Font"):
            ff = f.findtext(Q + "FontFile")
            if ff is None:
                bad(f"font {f.get('ID')} is not embedded")
                continue
            loc = resolve(res_base, ff)
            if loc not in names:
                bad(f"font file {loc} missing")
                continue
            data = z.read(loc)
            if data[:4] not in (b"\0\1\0\0", b"OTTO", b"true"):
                bad(f"font file {loc} is not TrueType/OpenType")
                continue
            fonts[f.get("ID")] = TTFont(io.BytesIO(data))
    out = []
    for pid, name in pages:
        out.append(page_glyphs(trees[name], name, fonts))
    return out


def cmap_of(font):
    return font.getBestCmap() or {}


TURNED = re.compile(r"0 -1 1 0 0 ([\d.]+)$")


def page_glyphs(page, name, fonts):
    """Every glyph of the page: [char, x, baseline, end, matched, turned] in mm;
    for a turned run x and end are distances up the page (−y) and baseline
    is the baseline's x."""
    glyphs = []
    for obj in page.iter(Q + "TextObject"):
        ctm = obj.get("CTM")
        turned = TURNED.match(ctm) if ctm else None
        if ctm and not turned:
            bad(f"{name}: TextObject {obj.get('ID')} has CTM {ctm!r}, not a quarter turn")
            continue
        if obj.get("Size") is None:
            bad(f"{name}: TextObject {obj.get('ID')} without Size")
            continue
        size = float(obj.get("Size"))
        bx, by = (float(v) for v in obj.get("Boundary").split()[:2])
        font = fonts.get(obj.get("Font"))
        cmap = cmap_of(font) if font else {}
        for code in obj.findall(Q + "TextCode"):
            text = code.text or ""
            deltas = expand(code.get("DeltaX", ""))
            if text and len(deltas) not in (0, len(text) - 1):
                bad(f"{name}: DeltaX has {len(deltas)} values for {len(text)} characters")
            x = bx + float(code.get("X", 0))
            y = by + float(code.get("Y", 0))
            if turned:  # object (X, Y) is page (bx + Y, by + L − X): x up the page, y the baseline's x
                x, y = float(code.get("X", 0)) - by - float(turned.group(1)), bx + float(code.get("Y", 0))
            for i, ch in enumerate(text):
                if font is not None and ord(ch) not in cmap:
                    bad(f"{name}: U+{ord(ch):04X} {ch!r} is not in font {obj.get('Font')}'s cmap")
                adv = 0
                if font is not None and ord(ch) in cmap:
                    adv = font["hmtx"][cmap[ord(ch)]][0] / font["head"].unitsPerEm * size
                glyphs.append([ch, x, y, x + adv, False, bool(turned)])
                if i < len(deltas):
                    x += deltas[i]
    return glyphs


def expand(delta):
    vals, toks, i = [], delta.split(), 0
    while i < len(toks):
        if toks[i] == "g":
            vals += [float(toks[i + 2])] * int(toks[i + 1])
            i += 3
        else:
            vals.append(float(toks[i]))
            i += 1
    return vals


def pdf_words(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, check=True).stdout.decode()
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", out, re.S):
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            x0, y0, x1, y1 = (float(m.group(k)) / PT for k in range(1, 5))
            text = html.unescape(m.group(5))
            # upright: start x, baseline y, end x; turned (tops to the left): start −yMax,
            # baseline x, end −yMin
            words.append((text, (x0, y0 + ASCENT * (y1 - y0), x1), (-y1, x0 + ASCENT * (x1 - x0), -y0)))
        pages.append(words)
    return pages


def compare(ofd_pages, pdf_pages):
    if len(ofd_pages) != len(pdf_pages):
        bad(f"{len(ofd_pages)} OFD pages, {len(pdf_pages)} PDF pages")
    worst = 0.0
    for n, (glyphs, words) in enumerate(zip(ofd_pages, pdf_pages), 1):
        for text, upright, turned in words:
            chars = [c for c in text if not c.isspace()]
            for way, (x0, base, x1) in ((False, upright), (True, turned)):
                line = sorted((g for g in glyphs if not g[4] and g[5] == way and abs(g[2] - base) <= TOL_MM
                               and not g[0].isspace()), key=lambda g: g[1])
                start = [k for k, g in enumerate(line) if g[0] == text[0] and abs(g[1] - x0) <= TOL_MM]
                seq = line[start[0]:start[0] + len(chars)] if start else []
                if [g[0] for g in seq] == chars:
                    break
            if [g[0] for g in seq] != chars:
                bad(f"page {n}: PDF word {text!r} at x={x0:.2f} baseline={base:.2f} mm has no OFD glyphs "
                    f"there (found {''.join(g[0] for g in seq)!r})")
                continue
            for g in seq:
                g[4] = True
            worst = max(worst, abs(seq[0][1] - x0), abs(seq[0][2] - base), abs(seq[-1][3] - x1))
            if abs(seq[-1][3] - x1) > TOL_MM:
                bad(f"page {n}: word {text!r} ends at {x1:.2f} mm in the PDF, {seq[-1][3]:.2f} in the OFD")
        left = "".join(g[0] for g in glyphs if not g[4] and not g[0].isspace())
        if left:
            bad(f"page {n}: OFD text the PDF does not have there: {left[:60]!r}")
    return worst


def main():
    pages = check_package(sys.argv[1])
    if pages is not None and len(sys.argv) > 2:
        worst = compare(pages, pdf_words(sys.argv[2]))
        print(f"largest distance from the PDF: {worst:.3f} mm")
    for p in problems[:40]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
