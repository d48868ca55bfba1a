/*
 * label_words.c — a label's edges moved to word boundaries (segment.h):
 * a label taken from the text may start inside a word (生活会 of 召开组织
 * 生活会) or end on a word that names nothing (税费收入可, 项目未, 着下游).
 * In: the paragraph, the number's phrase and the label built by label.c's
 * rules; out: the label with its first word whole and its dangling words
 * (lexicon.c's GW_LEX_DANGLING_END and _START, each a word of its own)
 * gone.  A label
 * that is not written as such in the phrase (joined from a topic) is left
 * as it is.
 */
#include <ctype.h>
#include <string.h>

#include "label.h"
#include "segment.h"

#define EXTEND_MAX_BYTES 6   /* a word's start at most two characters back */
#define GLUED_MAX_CHARS 12  /* most characters of digits glued to a label's front (1:10000, G20) */
#define CROSSING_MIN_BYTES 9 /* and the word at least three characters: a
				short one across the cut is more often the
				segmenter's guess (确|保重|点) than a word */

/* Where the label lab[0..n) is written last in p[a..b), or (size_t)-1. */
static size_t written_at(const char *p, size_t a, size_t b, const char *lab, size_t n)
{
	if (!n || b - a < n)
		return (size_t)-1;
	for (size_t k = b - n + 1; k-- > a;)
		if (!memcmp(p + k, lab, n))
			return k;
	return (size_t)-1;
}

static bool all_han(const char *s, size_t n)
{
	size_t len;
	for (size_t i = 0; i < n; i += len)
		if (!is_han(gw_utf8_decode(s + i, n - i, &len)))
			return false;
	return true;
}

/* The word boundary of p[a..b) at or before byte i (ends[] are relative to a). */
static size_t boundary_before(const size_t *ends, size_t w, size_t a, size_t i)
{
	size_t best = a;
	for (size_t k = 0; k < w && a + ends[k] <= i; k++)
		best = a + ends[k];
	return best;
}

/* The end of the word of p[a..) starting at boundary i (ends[] relative to a). */
static size_t word_end(const size_t *ends, size_t w, size_t a, size_t i)
{
	for (size_t k = 0; k < w; k++)
		if (a + ends[k] > i)
			return a + ends[k];
	return i;
}

/* True when byte i of p is inside the figure of a quantity of c. */
static bool in_quantity(const struct para_ctx *c, size_t i)
{
	for (size_t j = 0; j < c->nq; j++)
		if (c->q[j].num_a <= i && i < c->q[j].end)
			return true;
	return false;
}

/* 3号线|二期概算, 1:|500地形图, G|20: digits glued to the label's front
 * that are no figure of their own (a line's number, a map's scale) are part
 * of the name the label starts in; the start of them (with a designation
 * word after them, 号, and the Latin letters and ratio marks inside them),
 * or a when none is there. */
static size_t glued_name_start(const struct para_ctx *c, size_t phrase, size_t a)
{
	size_t i = a, len, l, glued = 0;
	bool digit = false;
	if (i > phrase && (l = gw_lex_suffix(GW_LEX_DESIGNATION, c->p + phrase, i - phrase)) && i - l > phrase &&
	    is_digit_cp(cp_before(c->p, i - l)))
		i -= l;
	while (i > phrase && glued++ < GLUED_MAX_CHARS) {
		size_t s = prev_start(c->p, i);
		uint32_t cp = cp_at(c->p, c->n, s, &len);
		if (!is_digit_cp(cp) && !(cp < 0x80 && (isalpha((int)cp) || cp == ':')) && cp != 0xFF1A)
			break;
		digit |= is_digit_cp(cp);
		i = s;
	}
	while (i < a && !is_digit_cp(cp_at(c->p, c->n, i, &len)) && !isalpha((unsigned char)c->p[i]))
		i += len;   /* a ratio mark opens no name */
	if (i > phrase && gw_lex_suffix(GW_LEX_DATE_UNIT, c->p + phrase, i - phrase))
		return a;   /* 12月3号|开展: a date */
	return digit && i < a && !in_quantity(c, i) && !in_quantity(c, a - 1) ? i : a;
}

/* 低于全市水文系统|平均: 平均 after a gap word is the average compared
 * with, not an adverb left before the number. */
static bool average_compared(const char *p, size_t a, size_t last, size_t e)
{
	if (e - last != 6 || memcmp(p + last, "平均", 6))
		return false;
	for (size_t i = a; i < last; i++)
		if (gw_lex_prefix(GW_LEX_OF_BEFORE, p + i, last - i) || gw_lex_prefix(GW_LEX_THAN, p + i, last - i))
			return true;
	return false;
}

void label_fit_words(const struct para_ctx *c, size_t phrase, size_t num_a, bool change, char *buf)
{
	size_t n = strlen(buf), k = written_at(c->p, phrase, num_a, buf, n);
	if (k == (size_t)-1)
		return;
	size_t ends[GW_SEG_MAX_CHARS], w = gw_segment(c->p + phrase, num_a - phrase, ends, GW_SEG_MAX_CHARS);
	if (w > GW_SEG_MAX_CHARS)
		return;
	size_t a = boundary_before(ends, w, phrase, k), e = k + n;
	/* 召开组织生活会 → 组织生活会, not 生活会 */
	size_t crossing = word_end(ends, w, phrase, a);
	if (a < k && k - a <= EXTEND_MAX_BYTES && crossing <= e && crossing - a >= CROSSING_MIN_BYTES &&
	    all_han(c->p + a, k - a))
		k = a;
	else
		a = k;
	a = glued_name_start(c, phrase, a);
	/* 税费收入可, 项目未: a dangling last word goes when more is left — and
	 * no change words follow, whose first part it may be (户均|增收) */
	for (size_t last; !change && e > a && (last = boundary_before(ends, w, phrase, e - 1)) > a &&
			  gw_lex_is(GW_LEX_DANGLING_END, c->p + last, e - last) &&
			  !gw_lex_suffix(GW_LEX_SCOPE, c->p + a, last - a) && !average_compared(c->p, a, last, e);)
		e = last;   /* 比例预计可: each in turn; 全市|平均 is the average */
	/* 着下游, 于2027年…: dangling first words go too, and a scope
	 * after one (但|全县|仍有|四级及以下公路) */
	bool cut = false;
	for (size_t first; (first = word_end(ends, w, phrase, a)) < e &&
			   (gw_lex_is(GW_LEX_DANGLING_START, c->p + a, first - a) ||
			    (cut && gw_lex_is(GW_LEX_SCOPE, c->p + a, first - a)));
	     cut = true)
		a = first;
	if ((a == k && e == k + n) || e - a >= BUF)
		return;
	memmove(buf, c->p + a, e - a);
	buf[e - a] = '\0';
}
