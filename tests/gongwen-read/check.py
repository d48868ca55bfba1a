#!/usr/bin/python3
"""check.py — one 公文 sample against its expectation (tests/e2e/gongwen-read.sh).

Usage: check.py TXT MODEL.json EXPECT.json
EXPECT holds the values a reader must find (written by hand from the sample
text): head, imprint, bylines, subtitle, title, salutation, closing,
attachments, signature, note, appendices as [marker, title, [paragraph text
or "TABLE rowsxcols", ...]] and sections flattened as [level, marker+heading].
Every key of EXPECT is compared; a key left out is not checked.  Also checks
the full text invariant of MODEL.md (head, bylines, note, appendices and
imprint included): the model's text in that order is the input without
whitespace.
"""
import json
import re
import sys


def flat(sections, out):
    for s in sections:
        out.append([s["level"], s["marker"] + s["heading"]])
        flat(s["sections"], out)
    return out


def para_text(p):
    if p["table"]:
        return "".join(c["text"] for c in p["table"]["cells"])
    return p["text"]


def invariant_text(m):
    parts = [(m["head"] or {}).get("text"), m["title"], m["subtitle"]]
    parts += m["bylines"] or []
    parts += [m["salutation"]] + [para_text(p) for p in m["preamble"]]

    def walk(ss):
        for s in ss:
            parts.extend([s["marker"], s["heading"], s["heading_end"]])
            parts.extend(para_text(p) for p in s["body"])
            walk(s["sections"])
    walk(m["sections"])
    parts += [m["closing"], m["attachments_text"]] + (m["signature"] or []) + [m["note"]]
    for a in m["appendices"]:
        parts += [a["marker"], a["title"]] + [para_text(p) for p in a["body"]]
    parts.append((m["imprint"] or {}).get("text"))
    return "".join(p for p in parts if p)


def main():
    txt, model, expect = sys.argv[1:4]
    m = json.load(open(model, encoding="utf-8"))
    want = json.load(open(expect, encoding="utf-8"))
    got = dict(m)
    got["sections"] = flat(m["sections"], [])
    got["appendices"] = [[a["marker"], a["title"],
                          [p["text"] if not p["table"] else "TABLE %dx%d" % (p["table"]["rows"], p["table"]["cols"])
                           for p in a["body"]]] for a in m["appendices"]]
    errs = []
    for k, v in want.items():
        if got.get(k) != v:
            errs.append("%s: expected %s, got %s" % (k, json.dumps(v, ensure_ascii=False),
                                                     json.dumps(got.get(k), ensure_ascii=False)))
    squash = lambda s: re.sub(r"[\s\u3000\u00a0\ufeff]", "", s)
    a, b = squash(invariant_text(m)), squash(open(txt, encoding="utf-8").read())
    if a != b:
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        errs.append("text invariant: first difference at char %d: %r vs %r" % (i, a[i:i + 20], b[i:i + 20]))
    print("\n".join(errs))
    sys.exit(1 if errs else 0)


main()
