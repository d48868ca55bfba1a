#!/usr/bin/env python3
"""make_models.py — writes the hand-made report models (gwexport/report-2
JSON) of this directory: official documents with 版头, 版记, 附件 and part
headings, in our own Chinese text.  The JSON files are committed; run this
after changing it (python3 make_models.py) and commit both.
"""
import json


def para(t):
    return {"text": t, "points": [], "table": None}


def sec(level, marker, n, heading, body, subs=()):
    return {"level": level, "marker": marker, "number": n, "heading": heading, "inline": False,
            "heading_end": None, "body": [para(b) for b in body], "sections": list(subs)}


def head(copy=None, secrecy=None, urgency=None, issuers=(), num=None, signers=None):
    lines = [x for x in (copy, secrecy, urgency) if x] + list(issuers)
    if num:
        lines.append(num)
    if signers:
        lines.append("签发人：" + "　".join(signers))
    return {"text": "\n".join(lines), "copy_number": copy, "secrecy": secrecy, "urgency": urgency,
            "issuers": list(issuers), "doc_number": num, "signers": list(signers) if signers else None}


def imprint(cc, by, on):
    t = ("抄送：" + "，".join(cc) + "。\n") if cc else ""
    t += by + "　　" + on + "印发"
    return {"text": t, "cc": cc, "printed_by": by, "printed_on": on}


def report(title, sal, pre, secs, closing=None, sig=None, attach=None):
    return {"schema": "gwexport/report-2",
            "source": {"name": "hand.json", "encoding": "UTF-8", "bytes": 0, "sha256": "0" * 64},
            "head": None, "title": title, "subtitle": None, "bylines": None, "salutation": sal,
            "preamble": [para(p) for p in pre], "sections": secs, "closing": closing,
            "attachments": [a for a in attach] if attach else None,
            "attachments_text": ("附件：" + "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(attach))
                                 if attach else None),
            "signature": sig, "note": None, "appendices": [], "imprint": None, "indicators": []}


FLOOD = ["今年以来，县水利局在县委、县政府的坚强领导下，坚持以防为主、防抗救相结合，全面压实防汛责任，扎实开展汛前检查，"
         "及时消除各类隐患，为安全度汛打下了坚实基础。",
         "全县共排查水库、堤防、山塘等重点部位三百余处，发现并整改隐患四十六处，储备编织袋、救生衣、抢险舟等物资一批，"
         "组建抢险队伍十二支。"]
SCHOOL = ["各乡镇中心学校要把校舍安全摆在突出位置，组织专业人员对教学楼、宿舍、食堂逐栋排查，对发现的问题建立清单，"
          "明确整改时限和责任人，整改一项销号一项，确保不留死角。",
          "要加强食品安全管理，严格执行食材采购索证索票和留样制度，落实校长陪餐要求，定期公开食堂收支情况，"
          "接受师生和家长监督。",
          "要健全应急处置机制，完善防溺水、防校园欺凌等专项预案，每学期至少组织一次疏散演练，提高师生自救互救能力。"]


def write(name, r):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    # 上行文 报告 with 签发人 and a 版记 that shares the last page
    r = report("关于2024年汛前准备工作情况的报告", "县人民政府：", FLOOD,
               [sec(1, "一、", 1, "主要做法", ["一是压实责任。逐级签订防汛责任书，明确各级行政首长为第一责任人，层层落实到村到人。",
                                            "二是强化排查。组织技术人员对重点部位逐一检查，建立问题台账，实行销号管理。"]),
                sec(1, "二、", 2, "下一步打算", ["我局将继续加强值班值守，密切关注雨情水情，及时发布预警信息，确保人民群众生命财产安全。"])],
               "特此报告。", ["县水利局", "2024年5月6日"])
    r["head"] = head(issuers=["××县水利局文件"], num="×水发〔2024〕8号", signers=["王明"])
    r["imprint"] = imprint(["县委办公室", "县人大常委会办公室"], "××县水利局办公室", "2024年5月6日")
    write("report-up.json", r)

    # 下行文 通知 with 份号, 密级, 紧急程度; body long enough to end on an odd page
    body = [sec(1, "一、", 1, "全面排查校舍安全隐患", SCHOOL[:1] * 3),
            sec(1, "二、", 2, "切实抓好食品安全", SCHOOL[1:2] * 3),
            sec(1, "三、", 3, "健全应急处置机制", SCHOOL[2:] * 3)]
    r = report("关于做好2024年秋季学期学校安全工作的通知", "各乡镇中心学校，县直各学校：",
               ["为切实保障广大师生生命财产安全，营造平安和谐的校园环境，现就做好2024年秋季学期学校安全工作通知如下。"],
               body, "请各校于9月20日前将排查整改情况报县教育局安全股。", ["××县教育局", "2024年8月26日"])
    r["head"] = head(copy="000123", secrecy="机密★1年", urgency="特急", issuers=["××县教育局文件"],
                     num="×教发〔2024〕21号")
    r["imprint"] = imprint(["县委教育工委", "县公安局", "县市场监督管理局", "县卫生健康局", "县应急管理局", "县消防救援大队",
                            "各乡镇人民政府"], "××县教育局办公室", "2024年8月26日")
    write("notice-down.json", r)

    # 联合行文: two marks, 文件 once on their right
    r = report("关于开展2024年征兵宣传工作的通知", "各乡镇人民政府、街道办事处：",
               ["为做好2024年度征兵工作，广泛动员适龄青年踊跃报名应征，经研究，决定在全县范围内开展征兵宣传活动。",
                "各地要充分利用广播、宣传栏、微信公众号等渠道，深入学校、村组和企业宣传征兵政策，营造依法服兵役的浓厚氛围。"],
               [], "请认真贯彻落实。", ["××县人民政府", "××县人民武装部", "2024年3月1日"])
    r["head"] = head(issuers=["××县人民政府", "××县人民武装部文件"], num="×政发〔2024〕3号")
    r["imprint"] = imprint(["县委办公室"], "××县人民政府办公室", "2024年3月1日")
    write("joint.json", r)

    # 附件: two attachments after the signature, part headings in the body
    parts = [sec(0, "第一部分", 1, "　上半年工作回顾", [],
                 [sec(1, "一、", 1, "项目建设有序推进", FLOOD[:1]), sec(1, "二、", 2, "安全生产形势平稳", FLOOD[1:])]),
             sec(0, "第二部分", 2, "　下半年工作安排", [],
                 [sec(1, "一、", 1, "抓好在建项目", SCHOOL[:1]), sec(1, "二、", 2, "抓好安全管理", SCHOOL[1:2])])]
    r = report("××县交通运输局2024年上半年工作总结", "县人民政府：", ["现将我局2024年上半年工作情况报告如下。"], parts,
               "特此报告。", ["××县交通运输局", "2024年7月5日"], attach=["重点项目进度表", "下半年工作任务分工"])
    r["appendices"] = [
        {"marker": "附件1", "title": "重点项目进度表",
         "body": [para("截至6月底，全县在建交通项目八个，其中完工两个，按计划推进五个，滞后一个。滞后项目已制定赶工方案，"
                       "确保年底前完成主体工程。")]},
        {"marker": "附件2", "title": "下半年工作任务分工",
         "body": [para(t) for t in SCHOOL]},
    ]
    r["head"] = head(issuers=["××县交通运输局文件"], num="×交发〔2024〕15号")
    r["imprint"] = imprint(["县发展改革局", "县财政局"], "××县交通运输局办公室", "2024年7月5日")
    write("appendices.json", r)


if __name__ == "__main__":
    main()
