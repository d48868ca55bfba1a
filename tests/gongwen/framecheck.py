#!/usr/bin/env python3
"""framecheck.py — where the 版头, 版记 and 附件 of a gwexport PDF are, checked
against GB/T 9704-2012 (layout.md §0, §1.7).  Usage: framecheck.py CASE FILE.pdf
with CASE one of up, down, joint, appendices, letter, blank, plain, or
minutes MARK [TITLE].
Prints "ok WHAT" / "FAIL WHAT (…)" lines for tests/e2e/gongwen.sh.
Positions: pdftotext -bbox (pt, y down; boxes are the em box), pdftohtml -xml
(font family, size, colour); rules from the content streams (qpdf --qdf).
Tolerance 1 mm = 2.83 pt unless said.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MM = 72 / 25.4
TOP, LEFT, WIDTH, BOTTOM = 37 * MM, 28 * MM, 156 * MM, 262 * MM
PAGE_H = 297 * MM
PITCH, CELL = 28.95, 156 * MM / 28
TOL = MM
FAILED = []


def report(what, good, detail=""):
    print(("ok %s" % what) if good else ("FAIL %s (%s)" % (what, detail)))
    if not good:
        FAILED.append(what)


def near(what, want, got, tol=TOL):
    report(what, got is not None and abs(want - got) <= tol, "want %.2f, got %s" % (want, got))


def words(pdf):
    """Per page: [(text, xMin, yMin, xMax, yMax)]."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for chunk in out.split("<page ")[1:]:
        pages.append([(m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
                      for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                                           r'([^<]*)</word>', chunk)])
    return pages


def runs(pdf):
    """Per page: [(text, family, size, colour)] from pdftohtml -xml."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", "1", "-fontfullname", pdf],
                         check=True, capture_output=True).stdout
    fonts, pages = {}, []
    for page in ET.fromstring(xml).iter("page"):
        for fs in page.iter("fontspec"):
            fonts[fs.get("id")] = (re.sub(r"^[A-Z]{6}\+", "", fs.get("family")), float(fs.get("size")),
                                   fs.get("color").lower())
        pages.append([("".join(t.itertext()),) + fonts[t.get("font")] for t in page.iter("text")])
    return pages


def rules(pdf):
    """Per page: [(colour 'r g b', width, x0, y0 from the top, x1)] of stroked lines."""
    out = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("latin-1")
    pages = []
    for stream in re.split(r"%% Contents for page \d+", out)[1:]:
        stream = stream.split("endstream")[0]
        found = []
        for m in re.finditer(r"([\d.]+ [\d.]+ [\d.]+) RG\s+([\d.]+) w\s+\d+ J\s+([\d.]+) ([\d.]+) m\s+([\d.]+) [\d.]+ l",
                             stream):
            found.append((m.group(1), float(m.group(2)), float(m.group(3)), PAGE_H - float(m.group(4)),
                          float(m.group(5))))
        pages.append(found)
    return pages


def find(page, text):
    for w in page:
        if w[0].startswith(text):
            return w
    return None


def page_number(page):
    """The n of a "— n —" below the block, or None."""
    for i, w in enumerate(page):
        if w[0].isdigit() and w[2] > BOTTOM + 5:
            return int(w[0])
    return None


def red(rs, text):
    """Every character of text is drawn in red on the page (a spread mark may
    come out of pdftohtml as several runs)."""
    drawn = "".join(r[0] for r in rs if r[3] == "#ff0000")
    return all(c in drawn for c in text)


def check_head(w, rs, rl, mark, top_want):
    m = find(w[0], mark)
    near("mark top edge 35 mm under the block top", top_want, m and m[2])
    near("mark centred on the block", LEFT + WIDTH / 2, m and (m[1] + m[3]) / 2)
    report("mark inside the block width", m and m[1] >= LEFT - 0.5 and m[3] <= LEFT + WIDTH + 0.5, str(m))
    report("mark is red (#ff0000)", red(rs[0], mark), str(rs[0][:3]))
    report("everything else black", all(r[3] == "#000000" for r in rs[0] if not r[0] in mark), "")
    reds = [r for r in rl[0] if r[0] == "1 0 0"]
    report("one red rule on page 1", len(reds) == 1, str(rl[0]))
    return m, reds[0] if reds else None


def case_up(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    m, line = check_head(w, rs, rl, "××县水利局文件", TOP + 35 * MM)
    num, sig = find(w[0], "×水发"), find(w[0], "签发人")
    near("上行文: 发文字号 one character in from the left", LEFT + CELL, num and num[1])
    near("签发人 ends one character in from the right", LEFT + WIDTH - CELL, sig and sig[3])
    near("发文字号 and 签发人 on one line", num and num[2], sig and sig[2], 0.5)
    gap = num and m and (num[2] - m[4]) / PITCH
    report("发文字号 two lines under the mark", gap and 2 <= gap < 2.5, "gap %s lines" % gap)
    near("red line 4 mm under the 发文字号", (num[4] if num else 0) + 4 * MM, line and line[3])
    report("red line as wide as the block", line and abs(line[2] - LEFT) < 0.5 and abs(line[4] - LEFT - WIDTH) < 0.5,
           str(line))
    t = find(w[0], "关于2024年汛前")
    gap = t and line and (t[2] - line[3]) / PITCH
    report("title two lines under the red line", gap and 1.9 <= gap < 3, "gap %s lines" % gap)
    check_imprint(w, rs, rl, len(w) - 1)
    report("版记 page numbered when it holds body text", page_number(w[-1]) == len(w), str(page_number(w[-1])))


def check_imprint(w, rs, rl, last):
    report("版记 on an even page", (last + 1) % 2 == 0, "page %d" % (last + 1))
    black = [r for r in rl[last] if r[0] == "0 0 0"]
    report("版记 has three rules (thick, thin, thick)", len(black) == 3, str(black))
    if len(black) == 3:
        black.sort(key=lambda r: r[3])
        near("版记 last rule's bottom edge on the block's bottom edge", BOTTOM, black[2][3] + black[2][1] / 2)
        near("版记 first and last rules 0.35 mm", 0.35 * MM, black[0][1], 0.01)
        near("版记 last rule 0.35 mm", 0.35 * MM, black[2][1], 0.01)
        near("版记 middle rule 0.25 mm", 0.25 * MM, black[1][1], 0.01)
        report("版记 rules as wide as the block", all(abs(r[2] - LEFT) < 0.5 and abs(r[4] - LEFT - WIDTH) < 0.5
                                                    for r in black), str(black))
    cc = find(w[last], "抄送")
    near("抄送 one character (4号) in from the left", LEFT + 14, cc and cc[1])
    report("抄送 in 4号", any(r[0].startswith("抄送") and abs(r[2] - 14) < 0.5 for r in rs[last]), "")
    pr = [x for x in w[last] if x[0].endswith("印发")]
    near("印发日期 one character in from the right", LEFT + WIDTH - 14, pr and pr[0][3])


def case_down(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    m, line = check_head(w, rs, rl, "××县教育局文件", TOP + 35 * MM)
    for i, t in enumerate(["000123", "机密★1年", "特急"]):
        x = find(w[0], t)
        near("%s on line %d" % (t, i + 1), TOP + i * PITCH + (PITCH - 16) / 2, x and x[2])
        near("%s flush left" % t, LEFT, x and x[1])
    hei = [r[1] for r in rs[0] if r[0].startswith("一、")]
    report("份号/密级/紧急程度 in the 黑体 face of the level-1 headings",
           hei and all(r[1] == hei[0] for r in rs[0] if r[0] in ("000123", "机密★1年", "特急")), str(hei))
    num = find(w[0], "×教发")
    near("下行文: 发文字号 centred", LEFT + WIDTH / 2, num and (num[1] + num[3]) / 2)
    near("red line 4 mm under the 发文字号", (num[4] if num else 0) + 4 * MM, line and line[3])
    last = len(w) - 1
    check_imprint(w, rs, rl, last)
    report("版记 alone on its page: no page number", page_number(w[last]) is None, str(page_number(w[last])))
    report("the page before it keeps its number", page_number(w[last - 1]) == last, str(page_number(w[last - 1])))


def case_blank(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    last = len(w) - 1
    check_imprint(w, rs, rl, last)
    report("a blank page before the 版记 page", not w[last - 1], str(w[last - 1][:3]))
    report("no page number on the blank page nor on the 版记 page",
           page_number(w[last]) is None and page_number(w[last - 1]) is None, "")
    report("the page before the blank one numbered", page_number(w[last - 2]) == last - 1, "")


def case_joint(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    a, b, word = find(w[0], "××县人民政府"), find(w[0], "××县人民武装部"), find(w[0], "文件")
    report("two marks stacked", a and b and b[2] > a[4] - 1, "%s %s" % (a, b))
    near("first mark's top edge 35 mm under the block top", TOP + 35 * MM, a and a[2])
    report("the names spread to one width", a and b and abs((a[3] - a[1]) - (b[3] - b[1])) < 1, "")
    near("文件 centred on the names vertically", (a[2] + b[4]) / 2 if a and b else 0,
         word and (word[2] + word[4]) / 2)
    report("文件 to the right of the names", word and b and word[1] > b[3], "")
    near("the group centred on the block", LEFT + WIDTH / 2, a and word and (a[1] + word[3]) / 2)
    report("marks and 文件 red", red(rs[0], "××县人民政府") and red(rs[0], "文件"), "")


def case_appendices(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    p1 = find(w[0], "第一部分")
    report("part heading centred", p1 and abs(((p1[1] + w[0][w[0].index(p1) + 1][3]) / 2) - LEFT - WIDTH / 2) < 3,
           str(p1))
    hei = [r[1] for r in rs[0] if r[0].startswith("一、")]
    report("part heading in the 黑体 face", hei and any(r[0].startswith("第一部分") and r[1] == hei[0] for r in rs[0]),
           "")
    starts = [i for i, p in enumerate(w) if p and p[0][0].startswith("附件")]
    report("two attachments, each from a new page", len(starts) == 2, str(starts))
    for n, i in enumerate(starts):
        lab = w[i][0]
        near("附件%d label on line 1" % (n + 1), TOP + (PITCH - 16) / 2, lab[2])
        near("附件%d label flush left" % (n + 1), LEFT, lab[1])
        report("附件%d label in 黑体" % (n + 1), any(r[0].startswith("附件") and r[1] == hei[0] for r in rs[i]), "")
        title = w[i][1]
        near("附件%d title on line 3" % (n + 1), TOP + 2 * PITCH + (PITCH - 22) / 2, title[2])
        near("附件%d title centred" % (n + 1), LEFT + WIDTH / 2, (title[1] + title[3]) / 2, 3)
        report("附件%d page numbered (continues)" % (n + 1), page_number(w[i]) == i + 1, str(page_number(w[i])))


def case_letter(pdf):
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    m = find(w[0], "××县水利局文件")
    near("信函: mark top edge 30 mm from the paper top", 30 * MM, m and m[2])
    reds = sorted([r for r in rl[0] if r[0] == "1 0 0"], key=lambda r: r[3])
    report("信函: two red double rules on page 1", len(reds) == 4, str(reds))
    if len(reds) == 4:
        report("信函: rules 170 mm long, centred on the block",
               all(abs(r[4] - r[2] - 170 * MM) < 0.5 and abs((r[2] + r[4]) / 2 - LEFT - WIDTH / 2) < 0.5 for r in reds), "")
        near("信函: upper double rule 4 mm under the mark", m[4] + 4 * MM if m else 0, reds[0][3] - reds[0][1] / 2)
        report("信函: thick over thin, then thin over thick", reds[0][1] > reds[1][1] and reds[2][1] < reds[3][1], "")
        near("信函: lower double rule 20 mm above the paper bottom", PAGE_H - 20 * MM, reds[3][3] + reds[3][1] / 2)
    report("信函: no page number on page 1", page_number(w[0]) is None, "")
    report("信函: page 2 numbered", len(w) < 2 or page_number(w[1]) == 2, "")
    report("信函: 版记 without rules", not [r for r in rl[-1] if r[0] == "0 0 0"], str(rl[-1]))


def case_minutes(pdf, mark, title=""):
    """10.3: a 纪要 typed as text.  Its title ending in 纪要 is the red mark and
    is not set again; any other title stays under the rule, the mark is
    `mark` (会议纪要)."""
    w, rs, rl = words(pdf), runs(pdf), rules(pdf)
    m, line = check_head(w, rs, rl, mark, TOP + 35 * MM)
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    report("纪要: the mark printed once", text.count(mark) == 1, "%d times" % text.count(mark))
    first = min((x for x in w[0] if line and x[2] > line[3]), key=lambda x: x[2], default=None)
    if title:
        report("纪要: the title is the first line under the rule", first and first[0] == title, str(first))
        report("纪要: the title black", any(r[0] == title and r[3] == "#000000" for r in rs[0]), "")
    # 空二行 from the first slot under the rule (up to a line further down
    # than the rule), the glyphs' top up to (PITCH - 16) / 2 into theirs
    gap = first and line and (first[2] - line[3]) / PITCH
    report("纪要: the text two lines under the red line", gap and 2 <= gap < 3.25, "gap %s lines" % gap)
    att = find(w[-1], "出席")
    near("纪要: 出席 two characters in", LEFT + 2 * CELL, att and att[1], 1.5)
    on = [i for i, p in enumerate(w) for x in p if x[0][:2] in ("出席", "请假", "列席")]
    body = [x for x in w[on[-1]] if x[2] < (att[2] if att else 0)] if on else []
    report("纪要: 出席/请假/列席 on one page with the body's last line", len(on) == 3 and len(set(on)) == 1 and body,
           "pages %s" % on)


def case_plain(pdf):
    rl, rs = rules(pdf), runs(pdf)
    report("no 版头: no rules", not any(rl), "")
    report("no 版头: every run black", all(r[3] == "#000000" for p in rs for r in p), "")


def main():
    case, pdf = sys.argv[1], sys.argv[2]
    globals()["case_" + case](pdf, *sys.argv[3:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
