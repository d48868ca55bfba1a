#!/usr/bin/python3
"""xlsxprint.py PDF MIN_PT — how LibreOffice prints a workbook's 指标 sheet
(issue #15 point 6: readable at a glance).  PDF is the workbook converted by
`soffice --headless --convert-to pdf`; the pages of 指标 are those whose
header row names 原句 (it is repeated on each page).  A full-width CJK
character is one em wide, so a word of n of them n pt wide at n/width pt:
the median over the sheet's words is the printed size, which must be at
least MIN_PT.  No two words may overlap: a wrapped text taller than its row
is printed over the next rows.  Prints "ok …" / "FAIL …" lines and the
measured size (tests/e2e/lib.sh style)."""
import re
import statistics
import subprocess
import sys

pdf, min_pt = sys.argv[1], float(sys.argv[2])
name = pdf.rsplit('/', 1)[-1]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
html = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
pages = [[(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(p)]
         for p in html.split('<page ')[1:]]


def cjk(w):
    return w and all('\u4e00' <= c <= '\u9fff' for c in w)


def overlaps(words):
    """Pairs of words whose boxes share more than a hairline across and a
    third of their height down (a box is 1.3 em tall: the lines of one
    wrapped cell touch)."""
    bad = []
    words = sorted(words, key=lambda w: w[1])
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b[1] >= a[3]:
                break
            down = min(a[3], b[3]) - b[1]
            if min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and down > min(a[3] - a[1], b[3] - b[1]) / 3:
                bad.append((a[4], b[4]))
    return bad


sheet = [i for i, p in enumerate(pages) if any(w[4] == '原句' for w in p)]
ok = bool(sheet) and sheet == list(range(sheet[0], sheet[0] + len(sheet)))
print(('ok ' if ok else 'FAIL ') + '%s: 指标 prints on %d pages, each with its header row' % (name, len(sheet)))
sizes = [(w[2] - w[0]) / len(w[4]) for i in sheet for w in pages[i] if cjk(w[4])]
size = statistics.median(sizes) if sizes else 0
print(('ok ' if size >= min_pt else 'FAIL ') + '%s: 指标 prints at %.2f pt (at least %.1f)' % (name, size, min_pt))
bad = [(i + 1, pair) for i in sheet for pair in overlaps(pages[i])]
print(('ok ' if not bad else 'FAIL ') + '%s: no text of 指标 is printed over another%s' % (
    name, '' if not bad else ' (%d pairs, first on page %d: %s)' % (len(bad), bad[0][0], bad[0][1])))
