#!/usr/bin/env python3
"""compare.py CLEAN.json COPY.json — does the model read from a hard-wrapped
copy equal the model read from the clean text?

Compares what a reader of the report sees: title, subtitle, salutation,
preamble and section tree (levels, markers, headings, paragraph text,
points), closing, attachments, signature, note, and every indicator's
value, unit, label, change, kind, qualifier and paragraph.  Source
metadata (name, size, hash) and input line numbers differ by nature and are
left out.  Prints each difference as a path; exits 1 when there is one.
"""
import json
import sys

SKIP = {"source", "line", "lines"}
INDICATOR_KEYS = ("section", "item", "label", "text", "value", "unit", "kind", "change", "qualifier",
                  "masked", "paragraph")


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in SKIP}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def diff(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            diff(a.get(k), b.get(k), f"{path}.{k}", out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items in the clean model, {len(b)} in the copy's")
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: {json.dumps(a, ensure_ascii=False)[:120]} → {json.dumps(b, ensure_ascii=False)[:120]}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        clean = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        copy = json.load(f)
    out = []
    body = lambda m: strip({k: v for k, v in m.items() if k != "indicators"})
    diff(body(clean), body(copy), "$", out)
    pick = lambda m: [{k: i.get(k) for k in INDICATOR_KEYS} for i in m.get("indicators", [])]
    diff(pick(clean), pick(copy), "$.indicators", out)
    for line in out[:40]:
        print(line)
    if len(out) > 40:
        print(f"… {len(out) - 40} more")
    sys.exit(1 if out else 0)


if __name__ == "__main__":
    main()
