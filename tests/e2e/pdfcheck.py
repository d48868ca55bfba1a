#!/usr/bin/python3
"""pdfcheck.py PDF MODEL.json LAYOUT — checks a gwexport PDF against its model
and the GB/T 9704 numbers in layout.md §5, reading it the way a checker
would (pdftotext -tsv, pdfinfo).  Prints one "ok …" / "FAIL …" line per
check (tests/e2e/lib.sh style).  LAYOUT is gbt9704 or draft (the values
below are the ones the shipped .ini files set)."""
import json
import re
import subprocess
import sys
from collections import defaultdict

MM = 72 / 25.4
pdf, model_path, layout = sys.argv[1], sys.argv[2], sys.argv[3]
name = pdf.rsplit('/', 1)[-1]
L = {
    'gbt9704': dict(size=16, chars=28, lines=22, pitch=28.95, pn=14),
    'draft': dict(size=12, chars=36, lines=35, pitch=18.0, pn=10.5),
}[layout]
LEFT, TOP, W, H = 28 * MM, 37 * MM, 156 * MM, 225 * MM
RIGHT, BOTTOM = LEFT + W, TOP + H
TOL = 1 * MM
NOT_START = set('、。，．：；？！‼⁇⁈⁉”’）〕】》〉」』〗］｝～–·・‧％%‰℃)]},.:;!?—…')
TRIM = set('、。，．：；？！”’）〕】》〉」』〗］｝')
failed = 0


def check(what, cond, detail=''):
    global failed
    if cond:
        print(f'ok {name}: {what}')
    else:
        failed += 1
        print(f'FAIL {name}: {what}' + (f' ({detail})' if detail else ''))


def cells(s):
    return sum(1 if ord(c) > 0x2000 else 0.5 for c in s)


def model_text(m):
    out = [m.get('title'), m.get('subtitle'), m.get('salutation')]
    out += [p['text'] for p in m.get('preamble') or []]

    def walk(secs):
        for s in secs or []:
            out.extend([s.get('marker'), s.get('heading'), s.get('heading_end')])
            out.extend(p['text'] for p in s.get('body') or [])
            walk(s.get('sections'))
    walk(m.get('sections'))
    out += [m.get('closing'), m.get('attachments_text')]
    out += m.get('signature') or []
    out += [m.get('note')]
    return ''.join(x for x in out if x)


model = json.load(open(model_path, encoding='utf-8'))
run = subprocess.run(['pdftotext', '-q', pdf, '-'], capture_output=True, text=True)
lines = run.stdout.split('\n')
pn_re = re.compile(r'^— \d+ —$')
text_lines = [l for l in lines if not pn_re.match(l.strip())]
if layout == 'draft':  # line numbers: lone digits in the margin
    text_lines = [l for l in text_lines if not re.fullmatch(r'\d+', l.strip())]
got = re.sub(r'\s', '', ''.join(text_lines))
want = re.sub(r'\s', '', model_text(model))
if layout == 'gbt9704':
    detail = ''
    if got != want:
        i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
        detail = f'first difference at {i}: pdf …{got[max(0, i - 10):i + 10]}… model …{want[max(0, i - 10):i + 10]}…'
    check('pdftotext text equals the model text', got == want, detail)
sub = model.get('subtitle') or ''
bad = [l for l in lines if l and l[0] in NOT_START and not pn_re.match(l.strip())
       and not (sub and sub.startswith(l.strip()[:6]))]  # a subtitle opens with ——
check('no line starts with a closing mark', not bad, '; '.join(bad[:3]))

info = subprocess.run(['pdfinfo', '-f', '1', '-l', '999', pdf], capture_output=True, text=True).stdout
sizes = re.findall(r'Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)', info)
check('every page is A4', sizes and all(abs(float(w) - 595.28) < TOL and abs(float(h) - 841.89) < TOL for w, h in sizes))
npages = len(sizes)

tsv = subprocess.run(['pdftotext', '-tsv', pdf, '-'], capture_output=True, text=True).stdout.splitlines()[1:]
rows = defaultdict(list)  # (page, round(top)) → words
for r in tsv:
    f = r.split('\t')
    if f[0] != '5':
        continue
    page, x, y, w, h, t = int(f[1]), float(f[6]), float(f[7]), float(f[8]), float(f[9]), f[11]
    rows[(page, round(y))].append((x, y, w, h, t))

pn, body = {}, defaultdict(list)
for (page, _), words in sorted(rows.items()):
    words.sort()
    x0 = words[0][0]
    x1 = max(x + w for x, y, w, h, t in words)
    y0 = min(y for x, y, w, h, t in words)
    y1 = max(y + h for x, y, w, h, t in words)
    text = ''.join(t for *_, t in words)
    if re.fullmatch(r'—\d+—', text) and y0 > BOTTOM:
        pn.setdefault(page, []).append((x0, x1, y0, y1, text))
    elif layout == 'draft' and re.fullmatch(r'\d+', text) and x1 < LEFT:
        continue
    else:
        body[page].append((x0, x1, y0, y1, text))

check('one page number "— n —" per page, in order',
      all(len(pn.get(p, [])) == 1 and pn[p][0][4] == f'—{p}—' for p in range(1, npages + 1)))
if layout == 'gbt9704':
    pos_ok = True
    for p, [(x0, x1, y0, y1, _)] in ((p, v) for p, v in pn.items() if len(v) == 1):
        dash = BOTTOM + 7 * MM
        pos_ok &= y0 - 1 <= dash <= y1 + 1 and abs(y1 - y0 - L['pn']) < 0.5
        pos_ok &= abs(x1 - (RIGHT - L['pn'])) < 3 if p % 2 else abs(x0 - (LEFT + L['pn'])) < 3
    check('page numbers 7 mm below the block, odd right / even left, one 字 in', pos_ok)

edges = []
for p, ls in body.items():
    for x0, x1, y0, y1, t in ls:
        limit = RIGHT + TOL + (L['size'] / 2 if t[-1] in TRIM else 0)
        if x0 < LEFT - TOL or x1 > limit or y0 < TOP - TOL or y1 > BOTTOM + TOL:
            edges.append(f'p{p} {x0:.1f}-{x1:.1f},{y0:.1f}-{y1:.1f} {t[:8]}')
check('text inside the type area (±1 mm; a line-end mark may hang half an em)', not edges, '; '.join(edges[:3]))

# Full lines: continuation lines (start at the left edge) that reach the right edge.
full = [t for ls in body.values() for x0, x1, y0, y1, t in ls
        if abs(x0 - LEFT) < 1 and x1 > RIGHT - 1 and abs(y1 - y0 - L['size']) < 0.5]
wide = [cells(t) - (1 if t[-1] in TRIM and cells(t) == L['chars'] + 1 else 0)  # a pushed-in mark
        for t in full if all(ord(c) > 0x2000 for c in t)]
wide_t = [t for t in full if all(ord(c) > 0x2000 for c in t)]
n28 = sum(1 for c in wide if c == L['chars'])
# Lines holding an unbreakable number or * run may come up to 3 cells short.
# A line tightened to keep a mark off the next line's start (GB/T 9704
# 7.3.5.5, typeset.c gw_ts_break_tight) holds up to 0.45 cell more per
# full-width mark inside it, which gave its empty half.
def most(t):
    return L['chars'] + 1 + 0.45 * sum(1 for c in t[:-1] if c in TRIM)
short = [t for t in full if cells(t) < (L['chars'] - 1 if t in wide_t else L['chars'] - 3) or cells(t) > most(t)]
check(f'full lines: {L["chars"]} characters ({n28} of {len(wide)} all-Han lines; '
      f'all-Han {L["chars"] - 1}–{L["chars"] + 1}, others ≥ {L["chars"] - 3})',
      full and n28 >= 0.8 * len(wide) and not short, '; '.join(short[:3]))

C = W / L['chars']
lines_all = [(p, x0, x1, y0, y1, t) for p in sorted(body) for x0, x1, y0, y1, t in body[p]]
title = (model.get('title') or '').replace(' ', '')
def nows(t):
    """Text without white space: pdftotext writes a full-width space as ' '."""
    return ''.join(t.split())


if title and layout == 'gbt9704':
    tl = [l for l in lines_all if l[0] == 1 and abs(l[4] - l[3] - 22) < 0.5]
    check('title: 22 pt lines, centred, joined they give the title',
          tl and nows(''.join(l[5] for l in tl)) == nows(title) and all(abs((l[1] + l[2]) / 2 - (LEFT + W / 2)) < 3 for l in tl))
sal = model.get('salutation')
if sal:
    sl = [l for l in lines_all if sal.startswith(l[5])]
    check('salutation flush left', sl and abs(sl[0][1] - LEFT) < 1.5)
pre = model.get('preamble') or []
if pre:
    pl = [l for l in lines_all if pre[0]['text'].startswith(l[5]) and len(l[5]) > 3]
    check('paragraphs indented 2 characters', pl and abs(pl[0][1] - (LEFT + 2 * C)) < 1.5)
sig = model.get('signature') or []
if len(sig) >= 2 and layout == 'gbt9704':
    nl = [l for l in lines_all if nows(l[5]) == nows(sig[-2])]
    dl = [l for l in lines_all if nows(l[5]) == nows(sig[-1])]
    ok = bool(nl and dl)
    if ok:
        n, dt = nl[-1], dl[-1]
        if dt[2] - dt[1] + 2 * C <= n[2] - n[1] + 0.5:  # date fits under the 署名: 署名 2 字 from the edge
            ok = abs(n[2] - (RIGHT - 2 * C)) < 2 and abs(dt[1] - (n[1] + 2 * C)) < 2
        else:
            ok = abs(dt[2] - (RIGHT - 2 * C)) < 2 and abs(dt[1] - (n[1] + 2 * C)) < 2
        ok = ok and dt[0] == max(l[0] for l in lines_all) and dt[3] > n[3]
    check('signature 2 字 from the right, date 2 字 right of it (7.3.5.2)', ok)

heads = set()
def collect(secs):
    for x in secs or []:
        if not x.get('inline'):
            heads.add((x.get('marker') or '') + (x.get('heading') or ''))
        collect(x.get('sections'))
collect(model.get('sections'))
last_heads = [f'p{p}: {ls[-1][4]}' for p, ls in body.items() if p < npages and ls
              and max(ls, key=lambda l: l[2])[4] in heads]
check('no page ends with a heading', not last_heads, '; '.join(last_heads))

slots_ok, pitch_ok, per_page = True, True, []
for p in range(1, npages + 1):
    ys = sorted({round(y0, 1) for x0, x1, y0, y1, t in body.get(p, []) if abs(y1 - y0 - L['size']) < 0.5})
    tops = sorted(y0 - (L['pitch'] - (y1 - y0)) / 2 for x0, x1, y0, y1, t in body.get(p, []))
    if not ys:
        continue
    used = round((tops[-1] - TOP) / L['pitch']) + 1  # slots from the block top
    per_page.append(used)
    slots_ok &= used <= L['lines']
    for a, b in zip(ys, ys[1:]):
        k = (b - a) / L['pitch']
        pitch_ok &= abs(k - round(k)) * L['pitch'] < 0.5 or (p == 1)
# The page before the last may give up to 6 slots: the signature (2 blank
# rows + up to 2 lines) never stands alone, and takes 2 lines of the
# paragraph above it along (no widow).
short_ok = all(u >= L['lines'] - (6 if k == len(per_page) - 2 else 2) for k, u in enumerate(per_page[:-1]))
check(f'at most {L["lines"]} lines per page, full pages hold {L["lines"]}, others ≥ {L["lines"] - 2} '
      f'(the one before the signature ≥ {L["lines"] - 6})',
      slots_ok and (npages == 1 or ((npages < 4 or L['lines'] in per_page) and short_ok)),
      str(per_page))
check(f'body lines on a {L["pitch"]} pt grid', pitch_ok)
sys.exit(1 if failed else 0)
