#!/usr/bin/python3
"""segdict.py — builds the word dictionary of the label segmenter
(converter/read/segment.c) at build time: `segdict.py OUT.bin JIEBA_DICT
DOMAIN.txt`.

In:  Debian python3-jieba's dict.txt (`word frequency tag` a line, MIT
     licence, 349,046 words) and our domain lexicon (lexicon_domain.txt,
     same form: 地区生产总值, 一般公共预算收入 … which jieba lacks).
Out: one little-endian file the binary embeds (segdict_data.S):
       "GWSEG2\\0\\0"  u32 unknown_cost  u32 max_chars (12)  u32 count[12]
       then for L = 1..12 the count[L-1] words of L characters, sorted by
       their bytes, each a fixed record: 3L bytes of UTF-8, u16 cost
       (round(100 * -ln(frequency / total))), u8 class (GW_SEG_* of
       segment.h, from the tag)
     Every kept character is 3 bytes of UTF-8, so a word of L characters
     is 3L bytes: no offsets, no separators (2.5 MB for 226,000 words).
Kept: words of 1..12 Chinese characters only (labels are Chinese; digits and
latin letters are runs of their own), without personal names (nr, nrt,
nrfg: they glue a surname to the next word), idioms and set phrases (i, l:
no label holds one) and words seen once.
A domain word gets at least the frequency of the most frequent dictionary
word inside it, so it wins over any split into its parts.
"""
import math
import re
import struct
import sys

HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,12}$")   # 3 bytes each
SKIP_TAGS = {"nr", "nrt", "nrfg", "i", "l"}
MAX_CHARS = 12
# segment.h's gw_seg_class, by the first letter(s) of jieba's tag
CLASSES = {"n": 1, "v": 2, "d": 3, "p": 4, "c": 4, "u": 4, "y": 4, "e": 4, "o": 4,
           "m": 5, "q": 5, "t": 6, "f": 6, "a": 7, "b": 7, "z": 7, "r": 8}
# whole tags read apart from their first letter: a verbal noun (投资, 调查),
# an adjectival noun (a noun)
WHOLE_TAGS = {"vn": 9, "an": 1}


def tag_class(tag):
    return WHOLE_TAGS.get(tag, CLASSES.get(tag[:1], 0))


def read_words(path, words, domain):
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            if len(parts) != 3 or not parts[1].isdigit():
                sys.exit("%s: bad line (want `word frequency tag`): %r" % (path, line))
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if not HAN.match(word) or tag in SKIP_TAGS or (freq < 2 and not domain):
                continue
            if domain:
                freq = max(freq, words.get(word, (0, ""))[0], strongest_part(word, words))
            words[word] = (freq, tag)


def strongest_part(word, words):
    """The frequency of the most frequent word inside `word` (at least 2):
    with it the whole costs less than any split into two or more words."""
    best = 2
    for i in range(len(word)):
        for j in range(i + 1, len(word) + 1):
            if (i, j) != (0, len(word)) and word[i:j] in words:
                best = max(best, words[word[i:j]][0])
    return best


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    out, jieba_dict, domain = argv[1:]
    words = {}
    read_words(jieba_dict, words, False)
    read_words(domain, words, True)
    total = sum(f for f, _ in words.values())
    groups = [[] for _ in range(MAX_CHARS)]
    for w in words:
        groups[len(w) - 1].append(w.encode("utf-8"))
    costs = {w: min(65535, round(-100 * math.log(f / total))) for w, (f, _) in words.items()}
    unknown = max(costs.values()) + 100   # a character no word has: dearer than any word
    body = bytearray()
    for g in groups:
        for b in sorted(g):
            w = b.decode("utf-8")
            body += b + struct.pack("<HB", costs[w], tag_class(words[w][1]))
    with open(out, "wb") as f:
        f.write(b"GWSEG2\0\0")
        f.write(struct.pack("<II", unknown, MAX_CHARS))
        f.write(struct.pack("<%dI" % MAX_CHARS, *(len(g) for g in groups)))
        f.write(body)
    print("segdict: %d words, %d bytes" % (len(words), 48 + len(body)))

if __name__ == "__main__":
    main(sys.argv)
