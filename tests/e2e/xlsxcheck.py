#!/usr/bin/python3
"""xlsxcheck.py WORKBOOK MODEL_JSON EPOCH — reads a gwexport workbook back
with openpyxl and checks it against the model JSON it was made from.

Prints one "ok ..." or "FAIL ..." line per check (tests/e2e/lib.sh style).
Checks: sheet names; 指标 header order; every cell of every indicator row
(序号 章节 事项 指标名称 数值 单位 类型 增减 限定 状态 原句 段落) against the
model; 数值 is a number cell unless masked (then the mask text on a fill);
frozen header, autofilter, fitted widths, wrapped 原句; 概要 formulas and
their cached results recomputed from the model; the chart; 结构 rows;
document properties (title, creator, keywords, created = EPOCH).
"""
import datetime
import json
import math
import sys
import zipfile

import openpyxl

HEADERS = ["序号", "章节", "事项", "指标名称", "数值", "单位", "类型", "增减", "限定", "状态", "原句", "段落"]
MONEY = {"亿元": 1, "万元": 1e-4, "元": 1e-8, "千元": 1e-5, "百万元": 1e-2, "千万元": 1e-1, "万亿元": 1e4}

failures = 0


def check(what, cond, detail=""):
    global failures
    if cond:
        print("ok xlsx %s" % what)
    else:
        failures += 1
        print("FAIL xlsx %s %s" % (what, detail))


def width(s):
    return sum(2 if ord(c) >= 0x1100 and (0x2E80 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFF60
                                          or 0x3000 <= ord(c) <= 0x303F or ord(c) >= 0x20000) else 1
               for c in s)


def sections_by_marker(model):
    """level-1 marker → "marker+heading" and paragraph → level-2 section."""
    l1, l2_of = {}, {}

    def walk(secs, cur1, cur2):
        for s in secs:
            c1, c2 = cur1, cur2
            if s["level"] == 1:
                c1, c2 = s, None
                l1[s["marker"]] = s
            elif s["level"] == 2:
                c2 = s
            for p in s.get("body", []):
                l2_of[p.get("index")] = c2
            walk(s.get("sections", []), c1, c2)

    walk(model["sections"], None, None)
    return l1, l2_of


def main():
    path, model_path, epoch = sys.argv[1], sys.argv[2], int(sys.argv[3])
    model = json.load(open(model_path, encoding="utf-8"))
    inds = model["indicators"]
    wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    check("sheets", wb.sheetnames == ["指标", "概要", "结构"], str(wb.sheetnames))
    ws = wb["指标"]
    head = [c.value for c in ws[1]]
    check("header order", head == HEADERS, str(head))
    check("header styled (bold, filled)", all(c.font.b and c.fill.fgColor.rgb not in (None, "00000000")
                                             for c in ws[1]))
    check("header frozen", ws.freeze_panes == "A2", str(ws.freeze_panes))
    check("autofilter over all rows", ws.auto_filter.ref == "A1:L%d" % (len(inds) + 1), str(ws.auto_filter.ref))
    check("one row per indicator", ws.max_row == len(inds) + 1, "%d rows for %d" % (ws.max_row, len(inds)))
    l1, _ = sections_by_marker(model)
    bad = []
    wsc = cached["指标"]
    for i, m in enumerate(inds):
        row = [c for c in ws[i + 2]]
        v = [c.value for c in row]
        state_formula = v[9]
        v[9] = wsc.cell(i + 2, 10).value   # 状态 is a formula on 数值: compare its cached result
        want_sec = m["section"]
        sec_ok = (v[1] == "（前言）") if want_sec is None else (isinstance(v[1], str) and v[1].startswith(want_sec))
        item_ok = (m["item"] is None and v[2] is None) or (m["item"] is not None and isinstance(v[2], str)
                                                           and v[2].startswith(m["item"]))
        if m["masked"]:
            val_ok = v[4] == m["text"] and row[4].data_type == "s" and row[4].fill.fgColor.rgb.endswith("FFEB9C")
        else:
            val_ok = isinstance(v[4], (int, float)) and row[4].data_type == "n" and \
                math.isclose(v[4], m["value"], rel_tol=1e-12, abs_tol=1e-12)
        change = {"+": "增", "-": "减", None: None}[m["change"]]
        cells_ok = [v[0] == m["id"], sec_ok, item_ok, v[3] == m["label"], val_ok, v[5] == m["unit"],
                    v[6] == m["kind"], v[7] == change, v[8] == m["qualifier"],
                    v[9] == ("脱敏" if m["masked"] else "正常") and str(state_formula).startswith("=IF(ISNUMBER(E"),
                    v[10] == m["clause"], v[11] == m["paragraph"]]
        if not all(cells_ok):
            bad.append((i + 2, [HEADERS[k] for k, okk in enumerate(cells_ok) if not okk], v))
    check("every cell of 指标 matches the model (%d rows)" % len(inds), not bad, str(bad[:3]))
    check("原句 wraps", len(inds) == 0 or ws["K2"].alignment.wrap_text)
    for col, letter in ((3, "D"), (10, "K"), (1, "B")):
        longest = max([width(str(ws.cell(r, col + 1).value or "")) for r in range(1, ws.max_row + 1)])
        w = ws.column_dimensions[letter].width
        check("column %s width fits CJK text (%.1f for %d)" % (letter, w, longest),
              w >= min(longest, 30) and w <= 64)

    # 概要: formulas over 指标 with cached results equal to the model's figures
    s, sc = wb["概要"], cached["概要"]
    labels = {s.cell(r, 1).value: r for r in range(1, s.max_row + 1)}
    n_masked = sum(1 for m in inds if m["masked"])
    yi = sum(m["value"] * MONEY[m["unit"]] for m in inds
             if not m["masked"] and m["kind"] == "金额" and m["unit"] in MONEY)
    check("概要 title", s["A1"].value == model["title"] or (model["title"] is None and s["A1"].value))
    for name, want, fn in (("指标数", len(inds), "COUNT("), ("脱敏指标数", n_masked, "COUNTIF("),
                           ("金额合计（亿元，不含脱敏）", yi, "SUMIFS(")):
        r = labels.get(name)
        ok = r is not None and str(s.cell(r, 2).value).startswith("=") and fn in s.cell(r, 2).value \
            and math.isclose(sc.cell(r, 2).value or 0, want, rel_tol=1e-9, abs_tol=1e-9)
        check("概要 %s is a formula with cached %s" % (name, want), ok,
              "" if r is None else "%s / %s" % (s.cell(r, 2).value, sc.cell(r, 2).value))
    per = {}
    for m in inds:
        key = m["section"]
        p = per.setdefault(key, [0, 0, 0.0])
        p[0] += 1
        p[1] += m["masked"]
        if not m["masked"] and m["kind"] == "金额" and m["unit"] in MONEY:
            p[2] += m["value"] * MONEY[m["unit"]]
    rows_ok = True
    for marker, p in per.items():
        name = "（前言）" if marker is None else None
        r = None
        for lab, rr in labels.items():
            if isinstance(lab, str) and ((name and lab == name) or (marker and lab.startswith(marker))):
                r = rr
        if r is None or not str(s.cell(r, 2).value).startswith("=COUNTIF(") or \
                sc.cell(r, 2).value != p[0] or sc.cell(r, 3).value != p[1] or \
                not math.isclose(sc.cell(r, 4).value or 0, p[2], rel_tol=1e-9, abs_tol=1e-9) or \
                "SUMIFS(" not in str(s.cell(r, 4).value):
            rows_ok = False
            print("    section %s: row %s %s" % (marker, r, p))
    check("概要 per-section counts, masked and 亿元 sums are formulas with right cached values", rows_ok)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        chart = z.read("xl/charts/chart1.xml").decode() if "xl/charts/chart1.xml" in names else ""
    check("chart of indicators per section", "<c:barChart>" in chart and "概要" in chart)

    # 结构: one row per section, level and marker
    st = wb["结构"]
    n_sec = 0

    def count(secs):
        nonlocal n_sec
        for x in secs:
            n_sec += 1
            count(x.get("sections", []))
    count(model["sections"])
    markers = [st.cell(r, 2).value for r in range(2, st.max_row + 1) if st.cell(r, 2).value]
    check("结构 lists every section", len(markers) == n_sec, "%d vs %d" % (len(markers), n_sec))
    check("结构 indicator counts add up", sum(st.cell(r, 6).value or 0 for r in range(2, st.max_row + 1)) == len(inds))

    p = wb.properties
    check("properties: title", p.title == (model["title"] or p.title), str(p.title))
    check("properties: creator gwexport", p.creator == "gwexport", str(p.creator))
    check("properties: keywords", p.keywords and "指标" in p.keywords, str(p.keywords))
    created = datetime.datetime.utcfromtimestamp(epoch)
    check("properties: created = SOURCE_DATE_EPOCH", p.created == created, "%s vs %s" % (p.created, created))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
