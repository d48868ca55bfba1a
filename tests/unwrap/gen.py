#!/usr/bin/env python3
"""gen.py — hard-wrapped copies of tests/unwrap/report.txt, as a clerk gets
them: text copied out of a PDF, or out of a chat app on a phone.

    python3 tests/unwrap/gen.py [OUTDIR [SOURCE]]
                                     (default: tests/unwrap/copies, report.txt)

PDF copies are typeset by an independent program (LibreOffice Writer,
headless, from a flat ODT written here), then extracted with pdftotext
(plain and -layout).  Two page styles: a bare page, and one with a running
header and a "— N —" page number in the footer.  Phone copies are wrapped
by this script at a fixed width, with and without "第N页 共M页" furniture.

Output is deterministic for a given LibreOffice and poppler; the extracted
.txt files are committed so `make check` does not need LibreOffice.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "report.txt")
HEADER = "青川县应急管理局2024年工作情况报告"
MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)")


def kind(line, index, lines):
    """What a line of the clean text is: title, salutation, heading, signature or body."""
    if index == 0:
        return "title"
    if line.endswith("：") and len(line) < 20:
        return "salutation"
    if MARKER.match(line) and len(line) < 24 and not line.endswith("。"):
        return "heading"
    if index >= len(lines) - 2:
        return "signature"
    return "body"


STYLES = {  # paragraph style per kind: alignment, first-line indent, size
    "title": ('fo:text-align="center"', "0pt", "22pt"),
    "salutation": ('fo:text-align="start"', "0pt", "16pt"),
    "heading": ('fo:text-align="start"', "32pt", "16pt"),
    "signature": ('fo:text-align="end"', "0pt", "16pt"),
    "body": ('fo:text-align="justify"', "32pt", "16pt"),
    "furniture": ('fo:text-align="center"', "0pt", "14pt"),
}


def fodt(lines, furniture):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    font = "AR PL UMing CN"
    styles = []
    for name, (align, indent, size) in STYLES.items():
        styles.append(
            f'<style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {align} fo:text-indent="{indent}" fo:line-height="150%" style:text-autospace="none"/>'
            f'<style:text-properties style:font-name="{font}" fo:font-size="{size}" '
            f'style:font-name-asian="{font}" style:font-size-asian="{size}"/></style:style>')
    header = footer = ""
    if furniture:
        header = f'<style:header><text:p text:style-name="furniture">{escape(HEADER)}</text:p></style:header>'
        footer = ('<style:footer><text:p text:style-name="furniture">— '
                  '<text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>')
    body = []
    for i, line in enumerate(lines):
        if line:
            body.append(f'<text:p text:style-name="{kind(line, i, lines)}">{escape(line)}</text:p>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ns} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
 fo:margin-top="25mm" fo:margin-bottom="25mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="5mm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style>
</style:page-layout>
{''.join(styles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{header}{footer}</style:master-page></office:master-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>
"""


def pdf_copies(lines, out):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        for furniture in (False, True):
            name = "pdf-furniture" if furniture else "pdf-bare"
            src = os.path.join(tmp, name + ".fodt")
            with open(src, "w", encoding="utf-8") as f:
                f.write(fodt(lines, furniture))
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            pdf = os.path.join(tmp, name + ".pdf")
            subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(out, name + ".txt")], check=True)
            subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf,
                            os.path.join(out, name + "-layout.txt")], check=True)


def wrap(line, width):
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


def phone_copy(lines, width, indent, per_page):
    """A chat-app copy: every paragraph cut at `width` characters; with
    per_page, a 第N页 共M页 line after every per_page lines (a copy of a
    copy of a PDF, as it travels between phones)."""
    out = []
    for i, line in enumerate(lines):
        if not line:
            continue
        lead = "　　" if indent and kind(line, i, lines) == "body" else ""
        out.extend(wrap(lead + line, width))
    if not per_page:
        return out
    pages = (len(out) + per_page - 1) // per_page
    paged = []
    for p in range(pages):
        paged.extend(out[p * per_page:(p + 1) * per_page])
        paged.append(f"第{p + 1}页 共{pages}页")
    return paged


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "copies")
    source = sys.argv[2] if len(sys.argv) > 2 else SOURCE
    os.makedirs(out, exist_ok=True)
    with open(source, encoding="utf-8") as f:
        lines = [line.strip() for line in f.read().split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if shutil.which("soffice") and shutil.which("pdftotext"):
        pdf_copies(lines, out)
    else:
        print("gen.py: soffice or pdftotext missing; PDF copies not made", file=sys.stderr)
    for name, width, indent, per_page in (("phone-18", 18, False, 0), ("phone-16-indent", 16, True, 0),
                                          ("phone-20-pages", 20, False, 30)):
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(phone_copy(lines, width, indent, per_page)) + "\n")


if __name__ == "__main__":
    main()
