#!/usr/bin/python3
"""xlsxcheck.py WORKBOOK MODEL_JSON EPOCH — reads a gwexport workbook back
with openpyxl and checks it against the model JSON it was made from.

Prints one "ok ..." or "FAIL ..." line per check (tests/e2e/lib.sh style).
Checks: sheet names; 指标 header order; every cell of every indicator row
(序号 章节 事项 指标名称 数值 单位 类型 增减 限定 性质 时期 状态 原句 段落 页码)
against the model; 数值 is a number cell unless masked (then the mask text
on a fill) with a thousands-separated format of the written decimals;
frozen header repeated on printed pages, landscape fit to one page wide,
autofilter, fitted widths, the long texts wrapped; 概要: no sum of amounts, counts
per 性质, 类型 and section as formulas with cached results recomputed from
the model, the 目标/实绩 pairs, one printed page; the stacked chart by 性质;
结构 rows; openpyxl loads it without a warning; document properties (title, creator, keywords, created = EPOCH).
"""
import datetime
import json
import math
import warnings
import sys
import zipfile

import openpyxl

HEADERS = ["序号", "章节", "事项", "指标名称", "数值", "单位", "类型", "增减", "限定", "性质", "时期", "状态",
           "原句", "段落", "页码"]
STATUSES = ["实绩", "目标", "基期", "累计"]
KINDS = ["金额", "比率", "计量", "数量"]

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


def number_format(text):
    """Thousands separated, with the decimals as written (4.97 → #,##0.00)."""
    t = text.replace("．", ".")
    d = len(t.split(".")[1]) if "." in t else 0
    return "General" if d > 6 else "#,##0" + ("." + "0" * d if d else "")


def sections_by_marker(model):
    """level-1 marker → its section, and paragraph number → the deepest
    heading below level 1 that holds it (事项), counted as MODEL.md numbers
    paragraphs: the preamble, then section bodies depth-first."""
    l1, item_of = {}, {}
    n = len(model.get("preamble") or [])

    def walk(secs, cur):
        nonlocal n
        for s in secs:
            c = None if s["level"] <= 1 else s
            if s["level"] == 1:
                l1[s["marker"]] = s
            elif s["level"] == 0:
                c = cur
            for _ in s.get("body") or []:
                n += 1
                item_of[n] = c
            walk(s.get("sections") or [], c)

    walk(model["sections"], None)
    return l1, item_of


def section_name(s):
    """marker + heading as 章节 and 事项 show it: cut to 40 characters with …"""
    name = (s.get("marker") or "") + (s.get("heading") or "")
    return name if len(name) <= 40 else name[:39] + "…"


def main():
    path, model_path, epoch = sys.argv[1], sys.argv[2], int(sys.argv[3])
    model = json.load(open(model_path, encoding="utf-8"))
    inds = model["indicators"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # a strict reader's complaint fails the load
        wb = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    check("sheets", wb.sheetnames == ["指标", "概要", "结构"], str(wb.sheetnames))
    ws = wb["指标"]
    head = [c.value for c in ws[1]]
    check("header order", head == HEADERS, str(head))
    check("header styled (bold, filled)", all(c.font.b and c.fill.fgColor.rgb not in (None, "00000000")
                                             for c in ws[1]))
    check("header frozen", ws.freeze_panes == "A2", str(ws.freeze_panes))
    check("autofilter over all rows", ws.auto_filter.ref == "A1:O%d" % (len(inds) + 1), str(ws.auto_filter.ref))
    check("指标 prints landscape, one page wide, header row repeated",
          ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth in (1, None) and
          ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage and
          str(ws.print_title_rows) in ("1:1", "$1:$1"), "%s %s %s %s" % (
              ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.print_title_rows))
    check("one row per indicator", ws.max_row == len(inds) + 1, "%d rows for %d" % (ws.max_row, len(inds)))
    l1, item_of = sections_by_marker(model)
    bad = []
    wsc = cached["指标"]
    for i, m in enumerate(inds):
        row = [c for c in ws[i + 2]]
        v = [c.value for c in row]
        state_formula = v[11]
        v[11] = wsc.cell(i + 2, 12).value   # 状态 is a formula on 数值: compare its cached result
        want_sec = m["section"]
        sec_ok = (v[1] == "（前言）") if want_sec is None else (isinstance(v[1], str) and v[1].startswith(want_sec))
        deepest = item_of.get(m["paragraph"])
        item_ok = v[2] == (section_name(deepest) if deepest else m["item"])
        if m["masked"]:
            val_ok = v[4] == m["text"] and row[4].data_type == "s" and row[4].fill.fgColor.rgb.endswith("FFEB9C")
        else:
            val_ok = isinstance(v[4], (int, float)) and row[4].data_type == "n" and \
                math.isclose(v[4], m["value"], rel_tol=1e-12, abs_tol=1e-12) and \
                row[4].number_format == number_format(m["text"])
        change = {"+": "增", "-": "减", None: None}[m["change"]]
        cells_ok = [v[0] == m["id"], sec_ok, item_ok, v[3] == m["label"], val_ok, v[5] == m["unit"],
                    v[6] == m["kind"], v[7] == change, v[8] == m["qualifier"],
                    v[9] == m.get("status"), v[10] == m.get("period"),
                    v[11] == ("脱敏" if m["masked"] else "正常") and str(state_formula).startswith("=IF(ISNUMBER(E"),
                    v[12] == m["clause"], v[13] == m["paragraph"], v[14] == m.get("page")]
        if not all(cells_ok):
            bad.append((i + 2, [HEADERS[k] for k, okk in enumerate(cells_ok) if not okk], v))
    check("every cell of 指标 matches the model (%d rows)" % len(inds), not bad, str(bad[:3]))
    check("章节 事项 指标名称 单位 时期 原句 wrap", all(
        c.alignment.wrap_text for col in "BCDFKM" for c in ws[col][1:] if c.value is not None))
    for col, letter, cap in ((3, "D", 14), (12, "M", 24), (1, "B", 14)):
        longest = max([width(str(ws.cell(r, col + 1).value or "")) for r in range(1, ws.max_row + 1)])
        w = ws.column_dimensions[letter].width
        check("column %s width fits CJK text (%.1f for %d)" % (letter, w, longest),
              w >= min(longest, cap - 1) and w <= cap + 1)

    # 概要: count formulas over 指标 with cached results equal to the model's figures; no amounts summed
    s, sc = wb["概要"], cached["概要"]
    labels = {s.cell(r, 1).value: r for r in range(1, s.max_row + 1)}
    n_masked = sum(1 for m in inds if m["masked"])
    check("概要 title", s["A1"].value == model["title"] or (model["title"] is None and s["A1"].value))
    formulas = [str(c.value) for row in s.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    check("概要 adds no amounts (no SUMIFS, no 金额合计)",
          not any("SUMIF" in f for f in formulas) and not any("金额合计" in str(k) for k in labels))
    note = [str(c.value) for row in s.iter_rows(max_row=8) for c in row if c.value and "不合计金额" in str(c.value)]
    check("概要 says under the title that it adds no amounts, and why", note and "分别" in note[0] and "其中" in note[0])
    want = [("指标数", len(inds), "COUNT("), ("脱敏指标数", n_masked, "COUNTIF(")]
    want += [("%s指标数" % st, sum(1 for m in inds if m.get("status") == st), "COUNTIF(") for st in STATUSES]
    want += [("%s类指标数" % k, sum(1 for m in inds if m["kind"] == k), "COUNTIF(") for k in KINDS]
    for name, n, fn in want:
        r = labels.get(name)
        ok = r is not None and str(s.cell(r, 2).value).startswith("=") and fn in s.cell(r, 2).value \
            and sc.cell(r, 2).value == n
        check("概要 %s is a formula with cached %s" % (name, n), ok,
              "" if r is None else "%s / %s" % (s.cell(r, 2).value, sc.cell(r, 2).value))
    per = {}
    for m in inds:
        p = per.setdefault(m["section"], [0, 0, 0, 0, 0, 0])
        p[0] += 1
        for k, st in enumerate(STATUSES):
            p[1 + k] += m.get("status") == st
        p[5] += m["masked"]
    rows_ok = True
    for marker, p in per.items():
        name = "（前言）" if marker is None else None
        r = None
        for lab, rr in labels.items():
            if isinstance(lab, str) and ((name and lab == name) or (marker and lab.startswith(marker))):
                r = rr
        got = None if r is None else [sc.cell(r, c).value for c in range(2, 8)]
        if r is None or not str(s.cell(r, 2).value).startswith("=COUNTIF(") or got != p:
            rows_ok = False
            print("    section %s: row %s want %s got %s" % (marker, r, p, got))
    check("概要 per-section counts (all, per 性质, masked) are formulas with right cached values", rows_ok)
    pairs = {}
    for m in inds:
        if not m["masked"] and m.get("status") in ("实绩", "目标"):
            pairs.setdefault((m["label"], m["unit"]), {}).setdefault(m["status"], m)
    want_pairs = sum(1 for v in pairs.values() if len(v) == 2)
    r0 = next((r for lab, r in labels.items() if isinstance(lab, str) and lab.startswith("目标与实绩对照")), None)
    got_pairs = 0
    if r0 is not None and s.cell(r0 + 1, 1).value == "指标名称":
        r = r0 + 2
        while s.cell(r, 1).value and s.cell(r, 5).value is not None:
            v = pairs.get((s.cell(r, 1).value, s.cell(r, 2).value), {})
            if len(v) == 2 and s.cell(r, 3).value == v["实绩"]["value"] and s.cell(r, 5).value == v["目标"]["value"]:
                got_pairs += 1
            r += 1
    check("概要 lists 目标 beside 实绩 for each label and unit with both (%d)" % want_pairs,
          r0 is not None and got_pairs == min(want_pairs, 40), "%s rows right" % got_pairs)
    check("概要 prints on one page", s.sheet_properties.pageSetUpPr.fitToPage and s.page_setup.fitToWidth in (1, None)
          and s.page_setup.fitToHeight in (1, None), "%s %s" % (s.page_setup.fitToWidth, s.page_setup.fitToHeight))
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        chart = z.read("xl/charts/chart1.xml").decode() if "xl/charts/chart1.xml" in names else ""
    check("chart of each section's indicators by 性质 (stacked)", "<c:barChart>" in chart and "概要" in chart
          and 'c:grouping val="stacked"' in chart and chart.count("<c:ser>") == 4)

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
