"""golden.py — compares one `gwexport -f json` output with its two goldens.

    golden.py model      OUT.json GOLDEN/NAME   # NAME.json: everything but "indicators"
    golden.py indicators OUT.json GOLDEN/NAME   # NAME.indicators.json: the indicators
    golden.py accept     OUT.json GOLDEN/NAME   # rewrite both from OUT.json

The indicators live in their own file, one indicator per line with every key
the tool writes, so a rule change shows in `git diff` as the lines of the
indicators it changed.  Both comparisons are exact (every key, every value);
on a difference the first lines of a unified diff are printed and the exit
status is 1, as it is when a golden is missing.
"""
import difflib
import json
import sys

DIFF_LINES = 40


def model_lines(model):
    """The model without its indicators, rendered as indented JSON lines."""
    rest = {k: v for k, v in model.items() if k != "indicators"}
    return json.dumps(rest, ensure_ascii=False, indent=2).split("\n")


def indicator_lines(model):
    """One line per indicator, keys in the tool's order, inside a JSON array."""
    rows = [json.dumps(i, ensure_ascii=False) for i in model.get("indicators", [])]
    return ["["] + [r + ("," if k + 1 < len(rows) else "") for k, r in enumerate(rows)] + ["]"]


PARTS = {"model": (".json", model_lines), "indicators": (".indicators.json", indicator_lines)}


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def compare(part, out, stem):
    suffix, render = PARTS[part]
    path = stem + suffix
    try:
        with open(path, encoding="utf-8") as f:
            golden = json.load(f)
        want = render(golden if part == "model" else {"indicators": golden})
    except FileNotFoundError:
        print("golden %s missing: run `ACCEPT=1 make check`, then review `git diff tests/golden`" % path)
        return 1
    got = render(out)
    if got == want:
        return 0
    diff = list(difflib.unified_diff(want, got, path, "this build", n=1, lineterm=""))
    print("\n".join(diff[:DIFF_LINES]))
    if len(diff) > DIFF_LINES:
        print("... %d more diff lines" % (len(diff) - DIFF_LINES))
    print("(ACCEPT=1 make check rewrites the golden; review `git diff tests/golden` before committing)")
    return 1


def main(argv):
    if len(argv) != 4 or argv[1] not in ("model", "indicators", "accept"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[2], encoding="utf-8") as f:
        out = json.load(f)
    if argv[1] == "accept":
        for suffix, render in PARTS.values():
            write(argv[3] + suffix, render(out))
        return 0
    return compare(argv[1], out, argv[3])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
