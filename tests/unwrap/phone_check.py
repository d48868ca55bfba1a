#!/usr/bin/env python3
"""phone_check.py GWEXPORT TMPDIR WIDTHS TXT... — phone copies of other
reports, made at test time: every line of each text cut every WIDTH
characters, for each of the comma-separated WIDTHS.  For each, the model read from the copy must hold exactly the
text of the model read from the original (nothing lost or added, spacing
aside), and its paragraphs are counted against the original's.

Prints one line per copy that is not read back paragraph for paragraph,
then "paragraphs: K of N read back (P%)" per width; exits 1 when text was lost or
added, or when fewer than MIN_SHARE of the paragraphs are read back.  A
paragraph that ends exactly at a line end, followed by one that starts
without a sign (no indentation, no marker), cannot be told from one going
on: those are the expected misses.
"""
import json
import os
import re
import subprocess
import sys

MIN_SHARE = 90


def model(gwexport, path, out):
    os.makedirs(out, exist_ok=True)
    subprocess.run([gwexport, "-q", "-f", "json", "-o", out, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = os.path.splitext(os.path.basename(path))[0]
    with open(os.path.join(out, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def body_texts(paragraphs):
    """A body's paragraphs; a table paragraph (text "") by its cells' text."""
    for p in paragraphs:
        if p.get("table"):
            yield from (c["text"] for c in p["table"]["cells"])
        else:
            yield p["text"]


def texts(m):
    """Every text field of a model in reading order (paragraph-like units)."""
    parts = [(m.get("head") or {}).get("text"), m["title"], m["subtitle"]]
    parts += (m.get("bylines") or []) + [m["salutation"]]
    parts += list(body_texts(m["preamble"]))

    def walk(sections):
        for s in sections:
            parts.append((s["marker"] or "") + (s["heading"] or "") + (s.get("heading_end") or ""))
            parts.extend(body_texts(s["body"]))
            walk(s["sections"])
    walk(m["sections"])
    parts += [m["closing"], m.get("attachments_text")] + (m["signature"] or []) + [m.get("note")]
    for a in m.get("appendices") or []:
        parts += [a["marker"], a["title"]] + list(body_texts(a["body"]))
    parts.append((m.get("imprint") or {}).get("text"))
    return [p for p in parts if p]


def squash(s):
    return re.sub(r"[\s\u3000\u00a0\ufeff]", "", s)


def main():
    gwexport, tmp, widths = sys.argv[1], sys.argv[2], [int(w) for w in sys.argv[3].split(",")]
    reports = []
    for path in sys.argv[4:]:
        try:
            with open(path, encoding="utf-8-sig") as f:
                lines = [line.strip() for line in f.read().splitlines()]
        except UnicodeDecodeError:
            continue   # other encodings are decode.c's business
        reports.append((path, lines, texts(model(gwexport, path, os.path.join(tmp, "clean")))))
    bad = False
    for width in widths:
        total = kept = 0
        for path, lines, clean in reports:
            name = os.path.splitext(os.path.basename(path))[0]
            copy = os.path.join(tmp, f"copy{width}", name + ".txt")
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            with open(copy, "w", encoding="utf-8") as f:
                for line in lines:
                    f.write("".join(line[i:i + width] + "\n" for i in range(0, len(line), width)))
            read = texts(model(gwexport, copy, os.path.join(tmp, f"read{width}")))
            if squash("".join(clean)) != squash("".join(read)):
                print(f"{name} at {width}: text lost or added")
                bad = True
            have = set(read)
            hits = sum(1 for p in clean if p in have)
            total += len(clean)
            kept += hits
            if hits < len(clean):
                print(f"{name} at {width}: {len(clean) - hits} of {len(clean)} paragraphs not read back")
        share = 100 * kept // max(total, 1)
        print(f"at {width} characters: {kept} of {total} paragraphs read back ({share}%)")
        bad = bad or share < MIN_SHARE
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
