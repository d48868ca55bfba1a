#!/usr/bin/python3
"""gen.py — makes the benchmark's inputs (tests/bench/bench.sh calls it).

  gen.py OUTDIR [SEED_TXT] [BATCH_N]

Writes into OUTDIR:
  report-1x.txt     a seed-sized report (~4,000 characters): SEED_TXT when
                    given (tests/samples/transport-2023.txt), its sections repeated
                    until it is that long, else one made here
  report-10x.txt    the same with its level-1 sections repeated until the text is
  report-100x.txt   10× / 100× longer, headings renumbered 一、二、… 一百二十、…
  batch/NNN.txt     BATCH_N (default 500) varied reports: departments, years,
                    numbering styles, points, masks, GB18030/BOM/CRLF variants

Everything is generated from the word lists below (our own text), with a fixed
random seed so every run benches the same bytes.
"""
import os
import random
import re
import sys

DIGITS = "零一二三四五六七八九"
SEED_CHARS = 4000   # the size of a real report (the shared seed has ~4,100 characters)


def cn_number(n):
    """1 → 一, 12 → 十二, 105 → 一百零五, 1200 → 一千二百 (up to 9999)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    parts, zero = [], False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                parts.append("零")
                zero = False
            parts.append(DIGITS[d] + name)
        elif parts:
            zero = True
    return "".join(parts)


ORGS = ["县水务局", "市交通运输局", "区教育局", "县卫生健康局", "市生态环境局", "区市场监督管理局",
        "县农业农村局", "市住房和城乡建设局", "县自然资源局", "市应急管理局", "区人力资源和社会保障局",
        "县文化和旅游局", "市商务局", "县民政局", "区城市管理局", "县林业和草原局"]
THINGS = [("新建集中供水工程", "处"), ("改造老旧管网", "公里"), ("培训基层干部", "人次"),
          ("完成固定资产投资", "亿元"), ("新增就业岗位", "个"), ("办理群众诉求", "件"),
          ("整治问题点位", "处"), ("新建改建农村公路", "公里"), ("发放补助资金", "万元"),
          ("建成标准化示范点", "个"), ("检查生产经营单位", "家"), ("完成造林面积", "亩"),
          ("处置突发事件", "起"), ("新增城镇绿地", "平方米"), ("受理审批事项", "项"),
          ("帮扶困难群众", "户"), ("清运垃圾", "吨"), ("组织专题学习", "次")]
RATES = ["群众满意度", "项目完工率", "任务完成率", "水质达标率", "资金支付率", "按期办结率",
         "覆盖率", "合格率"]
VERBS = ["同比增长", "比上年提高", "同比下降", "较去年减少"]
L1_HEADINGS = ["深化理论学习，加强政治建设", "聚焦主责主业，推动重点工作落地见效", "坚持人民至上，持续改善民生",
               "强化安全底线，防范化解重大风险", "深化改革创新，优化营商环境", "从严管党治党，锻造过硬队伍",
               "统筹发展和安全，夯实基层基础", "存在的问题和不足", "下一步工作打算"]
L2_HEADINGS = ["狠抓项目建设", "强化资金保障", "规范内部管理", "推进数字化建设", "加强队伍建设",
               "落实监督责任", "提升服务水平", "抓好宣传引导", "健全长效机制", "加快补齐短板"]
POINT_LEADS = ["完善工作机制", "压实工作责任", "强化督导检查", "加强协调联动", "注重示范引领",
               "抓好问题整改", "坚持问题导向", "细化工作措施"]
FILLER = ["认真落实上级决策部署，结合本地实际制定实施方案，明确时间表和路线图",
          "坚持每月调度、每季通报，确保各项任务按期推进", "针对群众反映集中的问题，逐项建立台账、限期销号",
          "主动对接相关部门，形成上下联动、齐抓共管的工作格局", "积极争取上级支持，多渠道筹措建设资金",
          "组织开展专项督查，对发现的问题及时反馈、跟踪整改"]


def number(rng, unit):
    if rng.random() < 0.08:
        return "**"
    if unit in ("亿元",):
        return "%.2f" % rng.uniform(0.5, 30)
    if unit in ("公里", "吨"):
        return "%.1f" % rng.uniform(5, 900)
    n = rng.randint(3, 3000)
    return "{:,}".format(n) if n >= 1000 and rng.random() < 0.3 else str(n)


def sentence(rng):
    r = rng.random()
    if r < 0.45:
        thing, unit = rng.choice(THINGS)
        s = "%s%s%s" % (thing, number(rng, unit), unit)
        if rng.random() < 0.5:
            s += "，%s%.1f%%" % (rng.choice(VERBS), rng.uniform(0.5, 25))
        return "全年" + s + "。"
    if r < 0.65:
        return "%s达到%.1f%%%s。" % (rng.choice(RATES), rng.uniform(80, 99.9), rng.choice(["", "以上"]))
    return rng.choice(FILLER) + "。"


def paragraph(rng, n_sent):
    if rng.random() < 0.25:
        k = rng.randint(2, 4)
        leads = rng.sample(POINT_LEADS, k)
        return "".join("%s是%s。%s" % (DIGITS[i + 1], leads[i], sentence(rng)) for i in range(k))
    return "".join(sentence(rng) for _ in range(n_sent))


def report(rng, target_chars=None):
    org = rng.choice(ORGS)
    year = rng.randint(2019, 2024)
    lines = [rng.choice(["%s%d年度工作总结" % (org, year), "%s关于%d年工作情况的报告" % (org, year),
                         "在%d年度考核工作会上的汇报发言" % year])]
    if rng.random() < 0.3:
        lines.append("——在全%s%d年度工作会议上" % (rng.choice(["县", "市", "区"]), year + 1))
    lines.append("")
    lines.append(rng.choice(["尊敬的各位领导：", "各位领导、同志们：", "尊敬的**组长，各位领导："]))
    lines.append("%d年，在上级党委、政府的坚强领导下，我们紧紧围绕年度目标任务，真抓实干，各项工作取得了新进展。"
                 "现将有关情况汇报如下。" % year)
    n_sections = rng.randint(3, 6)
    inline = rng.random() < 0.5
    for i, heading in enumerate(rng.sample(L1_HEADINGS, n_sections), 1):
        lines.append("%s、%s" % (cn_number(i), heading))
        for j, sub in enumerate(rng.sample(L2_HEADINGS, rng.randint(1, 4)), 1):
            marker = ("（%s）" if rng.random() < 0.8 else "(%s)") % cn_number(j)
            if inline:
                lines.append("%s%s。%s" % (marker, sub, paragraph(rng, rng.randint(2, 4))))
            else:
                lines.append(marker + sub)
                lines.append(paragraph(rng, rng.randint(2, 5)))
            if rng.random() < 0.3:
                for k in range(1, rng.randint(2, 4)):
                    lines.append("%d%s%s" % (k, rng.choice([".", "．", "、"]), paragraph(rng, 2)))
    lines.append(rng.choice(["以上报告，请予审议。", "汇报完毕，请各位领导批评指正。", "谢谢大家！"]))
    if rng.random() < 0.2:
        lines += ["", "附件：1.%d年重点项目清单" % year, "2.主要指标完成情况表"]
    if rng.random() < 0.6:
        lines += ["", org, "%d年%d月%d日" % (year + 1, rng.randint(1, 2), rng.randint(1, 28))]
    text = "\n".join(lines) + "\n"
    return text


def own_seed(rng):
    """A report of about 4,000 characters."""
    best = report(rng)
    while len(best) < 3800 or len(best) > 4400:
        best = report(rng)
    return best


HEAD_RE = re.compile(r"^[ \t\u3000]*([零一二三四五六七八九十百千]+)、")
TAIL_RE = re.compile(r"^[ \t\u3000]*(以上|汇报完毕|谢谢|特此|附件)")


def split_sections(text):
    """head lines, [section lines...], tail lines (closing, attachments, signature)."""
    lines = text.splitlines()
    firsts = [i for i, l in enumerate(lines) if HEAD_RE.match(l)]
    if not firsts:
        return lines, [], []
    tail_at = len(lines)
    for i in range(firsts[-1] + 1, len(lines)):
        if TAIL_RE.match(lines[i]):
            tail_at = i
            break
    bounds = firsts + [tail_at]
    sections = [lines[bounds[k]:bounds[k + 1]] for k in range(len(firsts))]
    return lines[:firsts[0]], sections, lines[tail_at:]


def repeat(text, goal):
    """The report with its level-1 sections repeated (headings renumbered)
    until it has at least goal characters."""
    head, sections, tail = split_sections(text)
    if not sections:
        return text * max(1, -(-goal // max(1, len(text))))
    out, n, size = [], 0, len(text) - sum(len("\n".join(s)) + 1 for s in sections)
    while size < goal:
        for s in sections:
            if n >= len(sections) and size >= goal:
                break
            n += 1
            out.append(HEAD_RE.sub(lambda m: m.group(0).replace(m.group(1), cn_number(n)), s[0], count=1))
            out.extend(s[1:])
            size += len("\n".join(s)) + 1
    return "\n".join(head + out + tail) + "\n"


def write(path, text, rng=None):
    data = text
    enc, newline = "utf-8", "\n"
    if rng is not None:
        r = rng.random()
        if r < 0.1:
            enc = "gb18030"
        elif r < 0.15:
            enc = "utf-8-sig"
        if rng.random() < 0.15:
            newline = "\r\n"
        if rng.random() < 0.2:
            data = "\n".join(("\u3000\u3000" + l if l and not HEAD_RE.match(l) else l)
                             for l in data.split("\n"))
    with open(path, "w", encoding=enc, newline=newline) as f:
        f.write(data)


def main():
    out = sys.argv[1]
    seed_txt = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    batch_n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    rng = random.Random(20240115)
    os.makedirs(os.path.join(out, "batch"), exist_ok=True)
    if seed_txt and os.path.exists(seed_txt):
        with open(seed_txt, encoding="utf-8") as f:
            base = f.read()
    else:
        base = own_seed(rng)
    if len(base) < SEED_CHARS * 9 // 10:
        base = repeat(base, SEED_CHARS)
    write(os.path.join(out, "report-1x.txt"), base)
    write(os.path.join(out, "report-10x.txt"), repeat(base, len(base) * 10))
    write(os.path.join(out, "report-100x.txt"), repeat(base, len(base) * 100))
    for i in range(batch_n):
        write(os.path.join(out, "batch", "%03d.txt" % (i + 1)), report(rng), rng)


if __name__ == "__main__":
    main()
