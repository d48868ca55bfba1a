/*
 * segment.h — Chinese word segmentation for labels (private to
 * converter/read/): the words of a dictionary built at build time from
 * Debian's jieba dictionary and our domain lexicon (segdict.py,
 * lexicon_domain.txt), and the classic segmenter over it — every
 * dictionary word starting at each character, then the path through the
 * text of least total cost (-log frequency).  Labels are cut at the word
 * boundaries it finds, not inside a word (组织生活会, not 生活会).
 * Everything works on UTF-8 bytes; nothing is allocated; no state is kept
 * between calls, so conversions may run side by side.
 */
#ifndef GW_SEGMENT_H
#define GW_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

/* A word's class, from jieba's part-of-speech tag (segdict.py's CLASSES). */
typedef enum gw_seg_class {
	GW_SEG_OTHER,
	GW_SEG_NOUN,       /* n…, an: 断面, 生产总值 */
	GW_SEG_VERB,       /* v: 召开, 新增 */
	GW_SEG_ADVERB,     /* d: 仍, 均, 未 */
	GW_SEG_FUNCTION,   /* p, c, u, y, e, o: 于, 和, 着, 的 */
	GW_SEG_NUMERAL,    /* m, q: 三, 个 */
	GW_SEG_TIME,       /* t, f: 今年, 以上 */
	GW_SEG_ADJECTIVE,  /* a, b, z: 重点, 大型 */
	GW_SEG_PRONOUN,    /* r: 其, 我们 */
	GW_SEG_VERBAL_NOUN /* vn, a verb that is also a noun: 投资, 调查, 联系 */
} gw_seg_class;

/* Characters segmented in one pass; a longer text is cut into pieces of
 * this many characters (a label has at most 24, a clause rarely 60). */
#define GW_SEG_MAX_CHARS 160

/* True when s[0..n) is a dictionary word; its class into *cls (may be NULL). */
bool gw_seg_lookup(const char *s, size_t n, gw_seg_class *cls);

/* True for a noun of either kind (断面; 投资 as 总投资 reads it). */
static inline bool gw_seg_noun(gw_seg_class c)
{
	return c == GW_SEG_NOUN || c == GW_SEG_VERBAL_NOUN;
}

/* Segments s[0..n): the byte offset where each word ends goes into
 * ends[0..], at most cap of them; returns how many words there are (more
 * than cap when ends was too short: the first cap are written).  A run of
 * digits, latin letters and their marks (12.5, G312) is one word; any other
 * character that is not Chinese is a word of its own. */
size_t gw_segment(const char *s, size_t n, size_t *ends, size_t cap);

/* True when byte i of s[0..n) falls between two words (0 and n do). */
bool gw_seg_boundary(const char *s, size_t n, size_t i);

#endif
