#!/usr/bin/python3
"""agreement.py --dir tests/heldoutN [--summary FILE] — how far two people
agree on labels, and how far the tool agrees with each.

A set with a second annotator has DIR/annotator2/NAME.labels.json beside
NAME.expect.json: the same (text, unit) list in the same order, labelled
by someone who saw only the texts and that list (not the first labels).
Printed, per pair, over the figures both have (for the tool: the figures
evaluate.py matches):
  exact      the label equals the other's first label
  char-F1    character-level F1 against the other's first label
  accepted   the label is among the other's accepted forms (first + label_alt)
The human pair is the ceiling a tool can be held to: a target above what
two careful people reach against each other measures taste, not the tool.
Needs GWEXPORT (the binary) for the tool's rows; --summary writes them as JSON.
"""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate as ev  # noqa: E402  (beside this file)


class Pair:
    """Running scores of one labeller against another's labels."""

    def __init__(self):
        self.n = self.exact = self.accepted = 0
        self.f1 = 0.0

    def add(self, got, other):
        forms = [other["label"]] + other.get("label_alt", [])
        self.n += 1
        self.exact += got == other["label"]
        self.accepted += got in forms
        self.f1 += ev.char_f1(other["label"], got)

    def row(self):
        n = max(self.n, 1)
        return {"figures": self.n, "exact": self.exact / n, "char_f1": self.f1 / n,
                "accepted": self.accepted / n}


def load_pairs(d):
    """(name, first annotator's indicators, second's) for each report."""
    out = []
    a2 = os.path.join(d, "annotator2")
    for fn in sorted(os.listdir(a2)):
        if not fn.endswith(".labels.json"):
            continue
        name = fn[:-len(".labels.json")]
        first = json.load(open(os.path.join(d, name + ".expect.json"), encoding="utf-8"))["indicators"]
        second = json.load(open(os.path.join(a2, fn), encoding="utf-8"))
        if [(x["text"], x["unit"]) for x in first] != [(x["text"], x["unit"]) for x in second]:
            sys.exit(f"{name}: annotator2's (text, unit) list differs from {name}.expect.json")
        out.append((name, first, second))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--summary")
    args = ap.parse_args()
    reports = load_pairs(args.dir)
    pairs = {k: Pair() for k in ("2 vs 1", "1 vs 2", "tool vs 1", "tool vs 2")}
    gw = os.environ.get("GWEXPORT")
    with tempfile.TemporaryDirectory() as tmp:
        for name, first, second in reports:
            for a, b in zip(first, second):
                pairs["2 vs 1"].add(b["label"], a)
                pairs["1 vs 2"].add(a["label"], b)
            if not gw:
                continue
            got, _ = ev.run_tool(gw, os.path.join(args.dir, name + ".txt"), tmp)
            found = got.get("indicators", []) if got else []
            for i, j in ev.lcs_pairs(first, found, ev.ind_key, ev.ind_key):
                label = found[j].get("label") or ""
                pairs["tool vs 1"].add(label, first[i])
                pairs["tool vs 2"].add(label, second[i])
    rows = {k: p.row() for k, p in pairs.items() if p.n}
    for k, r in rows.items():
        print(f"{k:10} {r['figures']:4} figures  exact {r['exact']:.3f}  char-F1 {r['char_f1']:.3f}"
              f"  accepted {r['accepted']:.3f}")
    if args.summary:
        json.dump(rows, open(args.summary, "w"), indent=1)


if __name__ == "__main__":
    main()
