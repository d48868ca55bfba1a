#!/usr/bin/python3
"""evaluate.py — scores gwexport on the held-out reports of this directory.

Each <name>.txt has a hand-written <name>.expect.json (written from
docs/model.md, never from the tool's output).  For every report this runs
`$GWEXPORT -q -f json -o TMP <name>.txt` and compares:

  structure   title, subtitle, salutation, closing, attachments, signature
              (and note, the 附注, when the expectation has that key)
              (exact), plus the sections flattened in document order as
              (level, marker, heading, inline), aligned in order (LCS);
              score = right fields + matched sections
                      / (6 + max(expected sections, produced sections))
  indicators  (text, unit) aligned in order (LCS): precision = matched /
              produced, recall = matched / expected
  label       of matched indicators: equal to "label" or one of "label_alt"
  change, qualifier, masked   of matched indicators: exact
  label_exact, label_char_f1   of matched indicators: equal to the primary
              "label", and the character-level F1 against it (mean)
  status, period   of matched indicators whose expectation has the key
              (heldout7 on): exact

Overall numbers are pooled over all reports (micro average).

Usage: evaluate.py [-v] [-q] [--summary FILE] [--floors] [--dir DIR] [--check-expect] [NAME...]
  -v              list every mismatch (expected vs got, with the clause)
  -q              only the overall lines
  --summary FILE  also write the overall numbers as JSON to FILE
  --floors        also print this set's line for tests/e2e/heldout.sh: each
                  score with one item fewer right, rounded down to 4 places
  --dir DIR       score the reports of DIR (default: this file's directory;
                  tests/heldout2 is a second held-out set in the same format)
  --check-expect  only check the expectations against the texts (every
                  expected text+unit occurs in the report, in order) and exit
GWEXPORT defaults to ../../build/gwexport beside this file.
"""
import collections
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = HERE  # where the <name>.txt / <name>.expect.json pairs are (--dir)
FIELDS = ("title", "subtitle", "salutation", "closing", "attachments", "signature")
LABEL_MAX = 24
LABEL_BANNED = "，。；："


def lcs_pairs(a, b, key_a, key_b):
    """Index pairs (i, j) of a longest common subsequence of a and b."""
    ka = [key_a(x) for x in a]
    kb = [key_b(y) for y in b]
    n, m = len(ka), len(kb)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if ka[i] == kb[j] else max(t[i + 1][j], t[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if ka[i] == kb[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def flatten(sections, out):
    for s in sections:
        out.append(s)
        flatten(s.get("sections") or [], out)
    return out


def sec_key(s):
    return (s["level"], s["marker"], s["heading"], bool(s["inline"]))


def fmt_sec(s):
    return "%d %s%s%s" % (s["level"], s["marker"], s["heading"], " [inline]" if s["inline"] else "")


def run_tool(gw, txt, outdir):
    try:
        p = subprocess.run([gw, "-q", "-f", "json", "-o", outdir, txt],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "cannot run %s: %s" % (gw, e)
    stem = os.path.splitext(os.path.basename(txt))[0]
    path = os.path.join(outdir, stem + ".json")
    if p.returncode != 0 or not os.path.exists(path):
        return None, p.stderr.decode("utf-8", "replace").strip()
    with open(path, encoding="utf-8") as f:
        return json.load(f), ""


def score_structure(exp, got, errs):
    right = 0
    fields = FIELDS + (("note",) if "note" in exp else ())  # 附注: scored where expected
    for k in fields:
        if exp.get(k) == got.get(k):
            right += 1
        else:
            errs.append(("structure", "%s: expected %s, got %s" % (
                k, json.dumps(exp.get(k), ensure_ascii=False), json.dumps(got.get(k), ensure_ascii=False))))
    es = exp["sections"]
    gs = flatten(got.get("sections") or [], [])
    pairs = lcs_pairs(es, gs, sec_key, sec_key)
    hit_e = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    for i, s in enumerate(es):
        if i not in hit_e:
            errs.append(("structure", "section missing: %s" % fmt_sec(s)))
    for j, s in enumerate(gs):
        if j not in hit_g:
            errs.append(("structure", "section not expected: %s" % fmt_sec(s)))
    return right + len(pairs), len(fields) + max(len(es), len(gs))


def ind_key(x):
    return (x["text"], x["unit"])


def fmt_ind(x):
    s = "%s%s" % (x["text"], x["unit"])
    if x.get("clause"):
        s += "  «%s»" % x["clause"]
    return s


def char_f1(want, got):
    """Character-level F1 of a label against the expected one (bags of characters)."""
    cw, cg = collections.Counter(want), collections.Counter(got)
    common = sum((cw & cg).values())
    if not common:
        return 0.0
    p, r = common / len(got), common / len(want)
    return 2 * p * r / (p + r)


def score_indicators(exp, got, errs, t):
    ei = exp["indicators"]
    gi = got.get("indicators") or []
    pairs = lcs_pairs(ei, gi, ind_key, ind_key)
    hit_e = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    t["exp"] += len(ei)
    t["got"] += len(gi)
    t["match"] += len(pairs)
    for i, x in enumerate(ei):
        if i not in hit_e:
            errs.append(("missing", "%s%s (label %s)" % (x["text"], x["unit"], x["label"])))
    for j, y in enumerate(gi):
        if j not in hit_g:
            errs.append(("extra", "%s (label %s)" % (fmt_ind(y), y.get("label"))))
    for i, j in pairs:
        x, y = ei[i], gi[j]
        ok_labels = [x["label"]] + x.get("label_alt", [])
        lab = y.get("label") or ""
        if lab in ok_labels:
            t["label"] += 1
        else:
            errs.append(("label", "%s: expected %s, got %s" % (
                fmt_ind(y), " | ".join(ok_labels), json.dumps(y.get("label"), ensure_ascii=False))))
        t["exact"] += lab == x["label"]
        t["f1"] += char_f1(x["label"], lab)
        for k in ("status", "period"):   # scored where the set gives them (heldout7 on)
            if k in x:
                t[k + "_n"] += 1
                if x[k] == y.get(k):
                    t[k] += 1
                else:
                    errs.append((k, "%s: expected %s, got %s" % (
                        fmt_ind(y), json.dumps(x[k], ensure_ascii=False), json.dumps(y.get(k), ensure_ascii=False))))
        for k in ("change", "qualifier", "masked"):
            if x.get(k) == y.get(k):
                t[k] += 1
            else:
                errs.append((k, "%s: expected %s, got %s" % (
                    fmt_ind(y), json.dumps(x.get(k), ensure_ascii=False), json.dumps(y.get(k), ensure_ascii=False))))
    for y in gi:
        lab = y.get("label") or ""
        if len(lab) > LABEL_MAX or any(c in lab for c in LABEL_BANNED) or not lab:
            t["label_form_bad"] += 1
            errs.append(("label-form", "%s: label %s is empty, longer than %d or has %s" % (
                fmt_ind(y), json.dumps(lab, ensure_ascii=False), LABEL_MAX, LABEL_BANNED)))


def read_report(path):
    """The report's text as the tool reads it: UTF-8 (BOM allowed), UTF-16
    with a BOM, else GB18030."""
    raw = open(path, "rb").read()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def check_expect(names):
    """Every expected text+unit must occur in the report text in order."""
    bad = 0
    for name in names:
        text = read_report(os.path.join(DATA, name + ".txt"))
        with open(os.path.join(DATA, name + ".expect.json"), encoding="utf-8") as f:
            exp = json.load(f)
        pos = 0
        for x in exp["indicators"]:
            unit = "％" if x["unit"] == "%" else x["unit"]
            # the unit follows the number, perhaps after a range's second end
            # (20-30分钟) or a 、-list (28宗、51宗) or a qualifier (2.3万多人)
            # a 多/余 may sit inside the unit: 2.3万多人 is 2.3 万人 with 多
            unit_re = re.escape(unit[0]) + "[多余]?" + re.escape(unit[1:])
            pat = re.compile(re.escape(x["text"]) + r"[^，。；]{0,8}?(" + unit_re + "|" + re.escape(x["unit"]) + ")")
            m = pat.search(text, pos)
            if not m:
                print("expect %s: %s%s not found after offset %d" % (name, x["text"], x["unit"], pos))
                bad += 1
                continue
            pos = m.start() + len(x["text"])
            for lab in [x["label"]] + x.get("label_alt", []):
                if len(lab) > LABEL_MAX or any(c in lab for c in LABEL_BANNED):
                    print("expect %s: label %s breaks the label rules" % (name, lab))
                    bad += 1
        for s in exp["sections"]:
            if (s["marker"] + s["heading"]) not in text:
                print("expect %s: section %s not in the text" % (name, fmt_sec(s)))
                bad += 1
    print("expectations: %d problem(s)" % bad)
    return 1 if bad else 0


def ratio(a, b):
    return a / b if b else 1.0


def floor_of(right, total):
    """The score with one item fewer right, rounded down to 4 places: the
    regression floor tests/e2e/heldout.sh holds a set to, so one more
    mismatch than today still passes and a second one fails."""
    return math.floor(ratio(max(right - 1, 0), total) * 10000) / 10000 if total else 1.0


def floors_line(res):
    """`KEY=FLOOR ...` for each score, in the form tests/e2e/heldout.sh reads."""
    counts = {"precision": ("matched", "produced"), "recall": ("matched", "expected"),
              "label": ("label_right", "matched"), "change": ("change_right", "matched"),
              "qualifier": ("qualifier_right", "matched"), "masked": ("masked_right", "matched"),
              "label_exact": ("exact_right", "matched"),
              "structure": ("structure_right", "structure_total")}
    if res["status_total"]:
        counts["status"] = ("status_right", "status_total")
    if res["period_total"]:
        counts["period"] = ("period_right", "period_total")
    return " ".join("%s=%.4f" % (k, floor_of(res[a], res[b])) for k, (a, b) in counts.items())


def main(argv):
    verbose = "-v" in argv
    quiet = "-q" in argv
    summary = None
    if "--summary" in argv:
        summary = argv[argv.index("--summary") + 1]
    global DATA
    if "--dir" in argv:
        DATA = os.path.abspath(argv[argv.index("--dir") + 1])
    names = [a for a in argv if not a.startswith("-") and a != summary
             and not (a == DATA or os.path.abspath(a) == DATA)]
    if not names:
        names = sorted(f[:-len(".expect.json")] for f in os.listdir(DATA) if f.endswith(".expect.json"))
    if "--check-expect" in argv:
        return check_expect(names)
    gw = os.environ.get("GWEXPORT") or os.path.join(HERE, "..", "..", "build", "gwexport")
    keys = ("exp", "got", "match", "label", "change", "qualifier", "masked", "label_form_bad",
            "exact", "f1", "status", "status_n", "period", "period_n")
    total = dict.fromkeys(keys, 0)
    s_right = s_all = 0
    by_kind = {}
    failed_runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            with open(os.path.join(DATA, name + ".expect.json"), encoding="utf-8") as f:
                exp = json.load(f)
            got, err = run_tool(gw, os.path.join(DATA, name + ".txt"), tmp)
            errs = []
            t = dict.fromkeys(keys, 0)
            if got is None:
                failed_runs += 1
                got = {"sections": [], "indicators": []}
                errs.append(("run", "gwexport failed: %s" % err))
            r, a = score_structure(exp, got, errs)
            score_indicators(exp, got, errs, t)
            s_right += r
            s_all += a
            for k in keys:
                total[k] += t[k]
            for kind, _ in errs:
                by_kind[kind] = by_kind.get(kind, 0) + 1
            if not quiet:
                print("%-10s structure %.3f  P %.3f  R %.3f  label %.3f  change %.3f  qualifier %.3f  (%d expected, %d produced, %d matched)" % (
                    name, ratio(r, a), ratio(t["match"], t["got"]), ratio(t["match"], t["exp"]),
                    ratio(t["label"], t["match"]), ratio(t["change"], t["match"]),
                    ratio(t["qualifier"], t["match"]), t["exp"], t["got"], t["match"]))
            if verbose:
                for kind, msg in errs:
                    print("    %-10s %s" % (kind, msg))
    res = {
        "structure": ratio(s_right, s_all),
        "precision": ratio(total["match"], total["got"]),
        "recall": ratio(total["match"], total["exp"]),
        "label": ratio(total["label"], total["match"]),
        "change": ratio(total["change"], total["match"]),
        "qualifier": ratio(total["qualifier"], total["match"]),
        "masked": ratio(total["masked"], total["match"]),
        "label_exact": ratio(total["exact"], total["match"]),
        "label_char_f1": ratio(total["f1"], total["match"]),
        "status": ratio(total["status"], total["status_n"]) if total["status_n"] else None,
        "period": ratio(total["period"], total["period_n"]) if total["period_n"] else None,
        "label_form_bad": total["label_form_bad"],
        "expected": total["exp"], "produced": total["got"], "matched": total["match"],
        "label_right": total["label"], "change_right": total["change"],
        "status_right": total["status"], "status_total": total["status_n"],
        "period_right": total["period"], "period_total": total["period_n"],
        "exact_right": total["exact"], "qualifier_right": total["qualifier"], "masked_right": total["masked"],
        "structure_right": s_right, "structure_total": s_all,
        "failed_runs": failed_runs,
        "errors_by_kind": by_kind,
    }
    print("overall    structure %.3f  P %.3f  R %.3f  label %.3f  change %.3f  qualifier %.3f  masked %.3f  (%d expected, %d produced, %d matched, %d labels breaking the form)" % (
        res["structure"], res["precision"], res["recall"], res["label"], res["change"],
        res["qualifier"], res["masked"], res["expected"], res["produced"], res["matched"], res["label_form_bad"]))
    print("labels     exact %.3f  character-level F1 %.3f (against the primary label)" % (
        res["label_exact"], res["label_char_f1"]))
    if total["status_n"] or total["period_n"]:
        print("status     %.3f  period %.3f  (%d and %d matched indicators with an expected value)" % (
            res["status"] or 0, res["period"] or 0, total["status_n"], total["period_n"]))
    print("mismatches by kind: " + ", ".join("%s %d" % kv for kv in sorted(by_kind.items(), key=lambda kv: -kv[1])))
    if "--floors" in argv:
        print("floors     " + floors_line(res))
    if summary:
        with open(summary, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False)
    return 1 if failed_runs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
