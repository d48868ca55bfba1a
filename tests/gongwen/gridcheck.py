#!/usr/bin/env python3
"""gridcheck.py — GB/T 9704 5.2.3 "每面排22行…并撑满版心" on a gwexport PDF.

Reads the text lines of every page (pdftohtml -xml: position and font),
maps each to its grid slot and reports each page that does not use its last
slot, unless the layout allows it:
  - the last page, and the last page before an attachment (附件 on line 1)
    or before a page without body text (版记 alone);
  - a page whose next page starts with a heading kept with its text (the
    first line of the next page is not in the body face): up to 3 slots;
  - the page before the last page of the body (the signature moved there
    with the last body lines).
Usage: gridcheck.py FILE.pdf [--slots 22 --pitch 28.95 --top 104.88]
Prints one line per page ("page N: slots used A..B") with -v; exits 1 and
prints "SHORT page N ..." when a page is short without a reason.
"""
import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def pages_of(pdf):
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", "1", "-fontfullname", pdf],
                         check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    fonts = {}
    pages = []
    for page in root.iter("page"):
        for fs in page.iter("fontspec"):
            fonts[fs.get("id")] = (re.sub(r"^[A-Z]{6}\+", "", fs.get("family")), float(fs.get("size")),
                                   fs.get("color"))
        lines = []
        for t in page.iter("text"):
            text = "".join(t.itertext())
            lines.append((float(t.get("top")), float(t.get("left")), float(t.get("height")), fonts[t.get("font")],
                          text))
        pages.append(lines)
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--slots", type=int, default=22)
    ap.add_argument("--pitch", type=float, default=28.95)
    ap.add_argument("--top", type=float, default=104.88)
    ap.add_argument("--bottom", type=float, default=742.68)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    pages = pages_of(a.pdf)
    body_face = None
    info = []
    for lines in pages:
        # body text: black, 3号 or larger, inside the block (not the page
        # number below it, not the 4号 版记)
        body = [l for l in lines if a.top - 4 <= l[0] and l[0] + l[2] <= a.bottom + 2 and l[3][2] == "#000000"
                and l[3][1] >= 15]
        slots = sorted({int((l[0] + l[2] / 2 - a.top) // a.pitch) for l in body})
        first = min(body, key=lambda l: (l[0], l[1])) if body else None
        info.append((slots, first, body))
        for l in body:
            if l[3][1] < 17 and l[3][1] > 15 and body_face is None and len(l[4]) > 20:
                body_face = l[3][0]
    bad = 0
    n = len(pages)
    starts = [k for k in range(n) if info[k][1] and info[k][1][4].startswith("附件") and info[k][1][3][0] != body_face]
    main_last = (starts[0] if starts else max(k for k in range(n) if info[k][0] or k == 0) + 1) - 1
    for i, (slots, first, body) in enumerate(info):
        if a.v:
            print("page %d: %s" % (i + 1, "slots %d..%d (%d lines)" % (slots[0], slots[-1], len(slots))
                                   if slots else "no body text"))
        if not slots or slots[-1] >= a.slots - 1 or i + 1 == n:
            continue
        nxt = info[i + 1]
        if not nxt[0] or (nxt[1] and nxt[1][4].startswith("附件") and nxt[1][3][0] != body_face):
            continue  # next page: 版记 alone, blank, or an attachment
        if nxt[1] and nxt[1][3][0] != body_face and slots[-1] >= a.slots - 4:
            continue  # next page starts with a heading kept with its text
        if i + 1 == main_last:
            continue  # the signature page's predecessor
        print("SHORT page %d: last slot %d of %d" % (i + 1, slots[-1] + 1, a.slots))
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
