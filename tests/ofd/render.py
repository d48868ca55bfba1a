#!/usr/bin/python3
"""render.py OFD PDF OUTDIR — the OFD opened by a real OFD reader: ofd.js
0.2.x (tests/ofd/node_modules) in headless Chromium.

A page is written to OUTDIR/render.html holding the OFD bytes (base64: a
file:// page may not fetch), which calls ofd.parseOfdDocument and
ofd.renderOfd(794, …) (794 px = 210 mm) and wraps each rendered page in a
<section data-page>.  chromium --dump-dom gives the DOM after rendering;
every page must be there with the same characters as the PDF page
(pdftotext; white space aside; ofd.js draws one <text> per character), and
each character within 1 mm of where the OFD puts it (Boundary + TextCode).
With OFD_SCREENSHOT=1 in the environment a screenshot of page 1 goes to
OUTDIR/page1.png, for a person to look at.
Exit 0 when all pages match, 1 with one line per problem, 2 when Chromium
cannot run here (the caller reports a skip).
"""
import base64
import collections
import html
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OFDJS = os.path.join(HERE, "node_modules", "ofd.js", "lib", "ofd.umd.min.js")

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>loading</title>
<style>body{margin:0} section{position:relative;margin:0 0 8px 0;background:#fff}</style>
<script src="file://%(js)s"></script></head><body><script>
var b = atob("%(b64)s"), a = new Uint8Array(b.length);
for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);
ofd.parseOfdDocument({ofd: a.buffer,
  success: function (res) {
    var divs = ofd.renderOfd(794, res[0]);
    divs.forEach(function (d, n) {
      var s = document.createElement("section"); s.setAttribute("data-page", n + 1);
      s.appendChild(d); document.body.appendChild(s); });
    document.title = "rendered " + divs.length; },
  fail: function (e) { document.title = "failed " + e; }});
</script></body></html>
"""


def chromium(args):
    for exe in ("chromium", "chromium-browser"):
        try:
            return subprocess.run([exe, "--headless=new", "--no-sandbox", "--disable-gpu",
                                   "--allow-file-access-from-files", "--virtual-time-budget=15000"] + args,
                                  capture_output=True, timeout=120)
        except FileNotFoundError:
            continue
    return None


def pdf_pages(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout.decode()
    return [collections.Counter(c for c in p if not c.isspace()) for p in out.split("\f")[:-1]]


def dom_pages(dom, page_mm):
    """(char, x, y) in mm of every <text> ofd.js drew, per page.  renderOfd
    scales each page to a width of its own choosing: the page div says it."""
    pages = []
    for m in re.finditer(r'<section data-page="(\d+)">(.*?)</section>', dom, re.S):
        chars = []
        width = re.match(r'<div[^>]*style="[^"]*width:\s*([\d.]+)px', m.group(2))
        px_per_mm = float(width.group(1)) / page_mm if width else 794 / page_mm
        for svg in re.finditer(r'<svg[^>]*style="([^"]*)"[^>]*>(.*?)</svg>', m.group(2), re.S):
            left = re.search(r"left:\s*([-\d.]+)px", svg.group(1))
            top = re.search(r"top:\s*([-\d.]+)px", svg.group(1))
            for t in re.finditer(r'<text x="([-\d.]+)" y="([-\d.]+)"[^>]*>(.*?)</text>', svg.group(2), re.S):
                ch = html.unescape(t.group(3))
                if left and top:
                    chars.append((ch, (float(left.group(1)) + float(t.group(1))) / px_per_mm,
                                  (float(top.group(1)) + float(t.group(2))) / px_per_mm))
        pages.append(chars)
    return pages


def ofd_glyphs(path):
    """(char, x, baseline) of every glyph, per page, from the package itself."""
    z = zipfile.ZipFile(path)
    pages = sorted((n for n in z.namelist() if n.endswith("/Content.xml")),
                   key=lambda n: int(re.search(r"Page_(\d+)/", n).group(1)))
    out = []
    for n in pages:
        glyphs = []
        text = z.read(n).decode()
        for obj in re.finditer(r'<ofd:TextObject[^>]*Boundary="([^"]*)"[^>]*>(.*?)</ofd:TextObject>', text, re.S):
            bx, by = (float(v) for v in obj.group(1).split()[:2])
            for code in re.finditer(r'<ofd:TextCode X="([^"]*)" Y="([^"]*)"(?: DeltaX="([^"]*)")?>(.*?)'
                                    r'</ofd:TextCode>', obj.group(2), re.S):
                toks, deltas, i = (code.group(3) or "").split(), [], 0
                while i < len(toks):
                    if toks[i] == "g":
                        deltas += [float(toks[i + 2])] * int(toks[i + 1])
                        i += 3
                    else:
                        deltas.append(float(toks[i]))
                        i += 1
                x, y = bx + float(code.group(1)), by + float(code.group(2))
                for k, ch in enumerate(html.unescape(code.group(4).replace("&#x20;", " "))):
                    glyphs.append((ch, x, y))
                    x += deltas[k] if k < len(deltas) else 0
        out.append(glyphs)
    return out


def main():
    ofd, pdf, outdir = sys.argv[1:4]
    if not os.path.exists(OFDJS):
        print(f"ofd.js is not installed ({OFDJS})")
        return 2
    page = os.path.join(outdir, "render.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGE % {"js": OFDJS, "b64": base64.b64encode(open(ofd, "rb").read()).decode()})
    run = chromium(["--dump-dom", "file://" + page])
    if run is None or run.returncode != 0 or b"<html" not in run.stdout:
        why = "not installed" if run is None else run.stderr.decode(errors="replace").strip()[-300:]
        print(f"chromium cannot run here: {why}")
        return 2
    dom = run.stdout.decode()
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    problems = []
    want = pdf_pages(pdf)
    if title != f"rendered {len(want)}":
        problems.append(f"ofd.js says {title!r}; the PDF has {len(want)} pages")
    box = re.search(r"<ofd:PhysicalBox>([^<]*)<", zipfile.ZipFile(ofd).read("Doc_0/Document.xml").decode())
    got = dom_pages(dom, float(box.group(1).split()[2]))
    placed = ofd_glyphs(ofd)
    worst = 0.0
    for n, (w, g, p) in enumerate(zip(want, got, placed), 1):
        have = collections.Counter(c for c, _, _ in g if not c.isspace())
        if have != w:
            problems.append(f"page {n}: rendered text differs from the PDF's: missing "
                            f"{''.join((w - have).elements())[:40]!r}, extra {''.join((have - w).elements())[:40]!r}")
        p = [q for q in p if not q[0].isspace()]
        g = [q for q in g if not q[0].isspace()]
        for (c, x, y), (pc, px, py) in zip(g, p):
            worst = max(worst, abs(x - px), abs(y - py))
            if c != pc or abs(x - px) > 1 or abs(y - py) > 1:
                problems.append(f"page {n}: {c!r} drawn at ({x:.2f}, {y:.2f}) mm, the OFD puts {pc!r} at "
                                f"({px:.2f}, {py:.2f})")
                break
    if os.environ.get("OFD_SCREENSHOT"):
        chromium(["--screenshot=" + os.path.join(outdir, "page1.png"), "--window-size=800,1130",
                  "file://" + page])
    print(f"{len(got)} pages rendered by ofd.js; characters at most {worst:.2f} mm from their OFD position")
    for p in problems[:20]:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
