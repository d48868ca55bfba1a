#!/usr/bin/python3
"""pagecheck.py PDF MODEL_JSON — every indicator's "page" is the PDF page its
number is printed on: the number with the characters around it in its
clause (up to 3 before, 2 after) is found in the text pdftotext gives for
that page, read with its neighbours so a clause cut by the page break still
matches (page numbers left out), and the number itself starts on that page.

Prints "ok page ..." / "FAIL page ..." lines (tests/e2e/lib.sh style) and
"pages P1 P2 ..." (each indicator's page) for the caller to compare.
"""
import json
import re
import subprocess
import sys


def page_text(pdf, p, cache):
    if p not in cache:
        out = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"],
                             capture_output=True, text=True).stdout if p >= 1 else ""
        # without the page number ("— 2 —"), which stands between a page's
        # last line and the next page's first
        cache[p] = re.sub(r"—\d+—$", "", re.sub(r"\s+", "", out))
    return cache[p]


def main():
    pdf, model = sys.argv[1], sys.argv[2]
    inds = json.load(open(model, encoding="utf-8"))["indicators"]
    n_pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                              text=True).stdout).group(1))
    cache, bad = {}, []
    for x in inds:
        p = x.get("page")
        if not isinstance(p, int) or not 1 <= p <= n_pages:
            bad.append((x["id"], p, "no page"))
            continue
        clause = re.sub(r"\s+", "", x["clause"] or "")
        i = clause.find(x["text"])
        before, after = clause[max(0, i - 3):i], clause[i + len(x["text"]):i + len(x["text"]) + 2]
        prev, here, nxt = (page_text(pdf, q, cache) for q in (p - 1, p, p + 1))
        s = prev + here + nxt
        lo, hi = len(prev), len(prev) + len(here)
        found = any(lo <= m.start() + len(before) < hi
                    for m in re.finditer(re.escape(before + x["text"] + after), s))
        if not found:
            bad.append((x["id"], p, before + x["text"] + after))
    print(("ok" if not bad else "FAIL") + " page: each of %d numbers is printed on its page %s" %
          (len(inds), bad[:3] if bad else ""))
    print("pages " + " ".join(str(x.get("page")) for x in inds))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
