#!/usr/bin/python3
# The stricter label measure of the workbook issue: the tool's label against the
# tester's first label, exactly and by character-level F1 (evaluate.py accepts
# any of label_alt). Usage: labels_strict.py tests/heldout6
"""labels_strict.py DIR — exact-match rate and character-level F1 of labels against
the expected primary label (and best over label_alt), matched indicators only."""
import json, os, sys, tempfile, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate as ev
def f1(a, b):
    ca, cb = collections.Counter(a), collections.Counter(b)
    common = sum((ca & cb).values())
    if not common: return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)
d = sys.argv[1]; gw = os.environ.get('GWEXPORT', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'build', 'gwexport'))
n = ex = exalt = 0; f = falt = 0.0
with tempfile.TemporaryDirectory() as t:
    for name in sorted(x[:-12] for x in os.listdir(d) if x.endswith('.expect.json')):
        exp = json.load(open(os.path.join(d, name + '.expect.json')))
        got, _ = ev.run_tool(gw, os.path.join(d, name + ".txt"), t)
        gi = got.get('indicators', []) if got else []
        for i, j in ev.lcs_pairs(exp['indicators'], gi, ev.ind_key, ev.ind_key):
            e, g = exp['indicators'][i], gi[j]
            want = [e['label']] + e.get('label_alt', [])
            gl = g.get('label') or ''
            n += 1; ex += gl == e['label']; exalt += gl in want
            f += f1(e['label'], gl); falt += max(f1(w, gl) for w in want)
print(f"{d}: {n} matched; label exact {ex/n:.3f} (with alternatives {exalt/n:.3f}); char-F1 {f/n:.3f} (best alternative {falt/n:.3f})")
