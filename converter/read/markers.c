/*
 * markers.c — numbering recognised from small tables: Chinese numerals,
 * the four section-marker levels of model.md and the point markers inside
 * paragraphs.  Pure functions over UTF-8 bytes; outline.c decides what a
 * marker means in context.
 *
 * Guards worth knowing: "1." is a marker only when no digit follows (so
 * "1.5亿元" and "3、5年" are text), numbers have at most two digits (so
 * "2023." is text), and a point marker counts only at the start of a
 * paragraph or after a punctuation mark (so "统一是" is text).
 */
#include "markers.h"

#include <stdint.h>
#include <string.h>

#include "../model/utf8.h"
#include "lexicon.h"

#define CP_DUN        0x3001  /* 、 */
#define CP_FULLSTOP   0x3002  /* 。 */
#define CP_SEMI       0xFF1B  /* ； */
#define CP_COMMA      0xFF0C  /* ， */
#define CP_COLON      0xFF1A  /* ： */

static uint32_t cp_at(const char *s, size_t n, size_t *len)
{
	if (n == 0) {
		*len = 0;
		return 0;
	}
	return gw_utf8_decode(s, n, len);
}

/* The numeral characters: 〇 零 一 二 两 三 四 五 六 七 八 九 十. */
static const struct numeral_char {
	uint32_t cp;
	int value;
} NUMERAL_CHARS[] = {
	{0x3007, 0}, {0x96F6, 0}, {0x4E00, 1}, {0x4E8C, 2}, {0x4E24, 2}, {0x4E09, 3},
	{0x56DB, 4}, {0x4E94, 5}, {0x516D, 6}, {0x4E03, 7}, {0x516B, 8}, {0x4E5D, 9},
	{0x5341, 10},
};

/* Value of one numeral character: 0..9, 10 for 十, -1 for anything else. */
static int cdigit(uint32_t cp)
{
	for (size_t i = 0; i < sizeof NUMERAL_CHARS / sizeof NUMERAL_CHARS[0]; i++)
		if (NUMERAL_CHARS[i].cp == cp)
			return NUMERAL_CHARS[i].value;
	return -1;
}

size_t gw_marker_cnum(const char *s, size_t n, long *value)
{
	size_t l1, l2, l3;
	int d1 = cdigit(cp_at(s, n, &l1));
	if (d1 < 0)
		return 0;
	int d2 = cdigit(cp_at(s + l1, n - l1, &l2));
	if (d1 == 0) {          /* 〇 / 零 stand alone */
		*value = 0;
		return l1;
	}
	if (d1 == 10) {         /* 十, 十X */
		*value = 10 + (d2 >= 1 && d2 <= 9 ? d2 : 0);
		return l1 + (d2 >= 1 && d2 <= 9 ? l2 : 0);
	}
	if (d2 != 10) {         /* X */
		*value = d1;
		return l1;
	}
	int d3 = cdigit(cp_at(s + l1 + l2, n - l1 - l2, &l3));
	*value = d1 * 10 + (d3 >= 1 && d3 <= 9 ? d3 : 0);   /* X十, X十Y */
	return l1 + l2 + (d3 >= 1 && d3 <= 9 ? l3 : 0);
}

/* One or two Arabic digits (half- or full-width); bytes spanned, 0 if none. */
static size_t arabic(const char *s, size_t n, long *value)
{
	size_t i = 0, count = 0;
	long v = 0;
	while (i < n && count < 3) {
		size_t len;
		int d = gw_fold_digit(cp_at(s + i, n - i, &len));
		if (!d)
			break;
		v = v * 10 + (d - '0');
		i += len;
		count++;
	}
	if (count == 0 || count > 2)
		return 0;
	*value = v;
	return i;
}

static bool is_open(uint32_t cp) { return cp == 0xFF08 || cp == '('; }
static bool is_close(uint32_t cp) { return cp == 0xFF09 || cp == ')'; }

/* （一） (一) （1） (1), brackets of either width in any pairing. */
static size_t bracketed(const char *s, size_t n, gw_marker *m)
{
	size_t l, in, lc;
	if (!is_open(cp_at(s, n, &l)))
		return 0;
	long v;
	int level = 2;
	in = gw_marker_cnum(s + l, n - l, &v);
	if (!in) {
		in = arabic(s + l, n - l, &v);
		level = 4;
	}
	if (!in || v < 1 || !is_close(cp_at(s + l + in, n - l - in, &lc)))
		return 0;
	m->level = level;
	m->number = v;
	return l + in + lc;
}

/* True when s starts with a year: four digits and 年 (2023年度…).  After
 * "1." it makes the 1. a marker: no quantity is written 1.2023年. */
static bool year_at(const char *s, size_t n)
{
	size_t i = 0, len;
	for (int k = 0; k < 4; k++) {
		if (!gw_fold_digit(cp_at(s + i, n - i, &len)))
			return false;
		i += len;
	}
	return n - i >= 3 && memcmp(s + i, "年", 3) == 0;
}

/* 一、 (level 1) or 1. 1． 1、 (level 3, only when no digit follows, unless
 * a year does: 1.2023年工作要点). */
static size_t punctuated(const char *s, size_t n, gw_marker *m)
{
	long v;
	size_t l, lp, ln;
	size_t num = gw_marker_cnum(s, n, &v);
	if (num) {
		if (v < 1 || cp_at(s + num, n - num, &lp) != CP_DUN)
			return 0;
		m->level = 1;
		m->number = v;
		return num + lp;
	}
	num = arabic(s, n, &v);
	if (!num || v < 1)
		return 0;
	uint32_t p = cp_at(s + num, n - num, &lp);
	if (p != '.' && p != 0xFF0E && p != CP_DUN)
		return 0;
	l = num + lp;
	if (gw_fold_digit(cp_at(s + l, n - l, &ln)) && !year_at(s + l, n - l))
		return 0;   /* 1.5亿元, 3、5年: a quantity, not a marker */
	m->level = 3;
	m->number = v;
	return l;
}

bool gw_marker_section(const char *s, size_t n, gw_marker *m)
{
	memset(m, 0, sizeof *m);
	size_t len = bracketed(s, n, m);
	if (!len)
		len = punctuated(s, n, m);
	if (!len)
		return false;
	size_t sl;
	while (len < n && gw_is_space(cp_at(s + len, n - len, &sl)))
		len += sl;
	m->len = len;
	return true;
}

/* ---- numbering past the limits ------------------------------------------- */

#define CP_HUNDRED  0x767E  /* 百 */
#define CP_THOUSAND 0x5343  /* 千 */

/* A run of numeral characters, 百 and 千 included (一百零一): its bytes,
 * and in *large whether it holds 百 or 千. */
static size_t numeral_run(const char *s, size_t n, bool *large)
{
	size_t i = 0, len;
	*large = false;
	while (i < n) {
		uint32_t cp = cp_at(s + i, n - i, &len);
		bool big = cp == CP_HUNDRED || cp == CP_THOUSAND;
		if (cdigit(cp) < 0 && !big)
			break;
		*large |= big;
		i += len;
	}
	return i;
}

size_t gw_marker_section_past(const char *s, size_t n)
{
	size_t lo = 0, lp;
	bool large;
	if (is_open(cp_at(s, n, &lo))) {
		size_t run = numeral_run(s + lo, n - lo, &large);
		return large && is_close(cp_at(s + lo + run, n - lo - run, &lp)) ? lo + run + lp : 0;
	}
	size_t run = numeral_run(s, n, &large);
	return large && cp_at(s + run, n - run, &lp) == CP_DUN ? run + lp : 0;
}

/* Bytes of a point marker numbered past GW_POINT_NUMBER_MAX at s, 0 if none. */
static size_t point_past_at(const char *s, size_t n)
{
	size_t l = 0, la, at = 0;
	bool large, ordinal = cp_at(s, n, &l) == 0x7B2C;   /* 第 */
	if (ordinal)
		at = l;
	size_t run = numeral_run(s + at, n - at, &large);
	long v = 0;
	if (!run || (!large && (gw_marker_cnum(s + at, run, &v) != run || v <= GW_POINT_NUMBER_MAX)))
		return 0;
	uint32_t next = cp_at(s + at + run, n - at - run, &la);
	bool marked = ordinal ? next == CP_COMMA || next == CP_DUN || next == CP_COLON : next == 0x662F;
	return marked ? at + run + (ordinal ? 0 : la) : 0;
}

/* ---- points -------------------------------------------------------------- */

/* A point marker may follow these (or start the paragraph). */
static bool point_context(uint32_t prev)
{
	return prev == 0 || prev == CP_FULLSTOP || prev == CP_SEMI || prev == CP_COLON ||
	       prev == 0xFF01 || prev == 0xFF1F || prev == CP_COMMA || prev == ';' || prev == ':';
}

/* Punctuation between a marker and its lead (第一，…  首先，…  一是：…). */
static bool after_mark(uint32_t cp)
{
	return cp == CP_COMMA || cp == CP_DUN || cp == CP_COLON;
}

/* Bytes of a point marker at s (0 if none); *skip = bytes of a ，、： after
 * it, *family = its GW_POINT_* family. */
static size_t point_at(const char *s, size_t n, uint32_t prev, size_t *skip, unsigned *family)
{
	size_t l, la;
	uint32_t cp = cp_at(s, n, &l);
	size_t mlen = 0;
	int needs_mark = 0;
	*skip = 0;
	*family = 0;
	if (cp >= 0x2460 && cp <= 0x2473) {          /* ①..⑳ anywhere */
		mlen = l;
		*family = GW_POINT_CIRCLED;
	} else if (!point_context(prev)) {
		return 0;
	} else if (cp == 0x7B2C) {                  /* 第一，  第二、 */
		long v;
		size_t num = gw_marker_cnum(s + l, n - l, &v);
		if (num && v >= 1 && v <= GW_POINT_NUMBER_MAX) {
			mlen = l + num;
			needs_mark = 1;
			*family = GW_POINT_ORDINAL;
		}
	} else {
		long v;
		size_t num = gw_marker_cnum(s, n, &v);
		if (num && v >= 1 && v <= GW_POINT_NUMBER_MAX && cp_at(s + num, n - num, &la) == 0x662F) {
			mlen = num + la;                    /* 一是 … 二十是 */
			*family = GW_POINT_SHI;
		}
		size_t wl = mlen ? 0 : gw_lex_prefix(GW_LEX_ORDER_WORD, s, n);
		if (wl) {
			mlen = wl;
			needs_mark = 1;
			*family = GW_POINT_ORDER;
		}
	}
	if (!mlen)
		return 0;
	uint32_t next = cp_at(s + mlen, n - mlen, &la);
	if (after_mark(next))
		*skip = la;
	else if (needs_mark)
		return 0;   /* 第一批, 最后一公里: words, not markers */
	return mlen;
}

/* Families written in text, and (in *series) those written at least twice. */
size_t gw_marker_point_len(const char *text, size_t n)
{
	size_t skip = 0;
	unsigned family;
	size_t mlen = point_at(text, n, 0, &skip, &family);
	return mlen ? mlen + skip : 0;
}

unsigned gw_marker_point_families(const char *text, size_t n, unsigned *series)
{
	size_t i = 0, len, skip;
	uint32_t prev = 0;
	unsigned seen = 0, twice = 0, family;
	while (i < n) {
		uint32_t cp = cp_at(text + i, n - i, &len);
		size_t mlen = point_at(text + i, n - i, prev, &skip, &family);
		if (mlen) {
			twice |= seen & family;
			seen |= family;
			i += mlen + skip;
			prev = skip ? cp_at(text + i - skip, skip, &len) : 0x662F;   /* as gw_marker_points_near */
			continue;
		}
		prev = cp;
		i += len;
	}
	if (series)
		*series = twice;
	return seen;
}

int gw_marker_points_near(const char *text, size_t n, unsigned neighbours, gw_point_fn fn, void *ctx)
{
	size_t i = 0, cps = 0;
	uint32_t prev = 0;
	int open = 0, rc;
	gw_point_span cur = {0};
	unsigned series, family;
	gw_marker_point_families(text, n, &series);
	/* 首先 and 第一 enumerate only as a series: a lone courtesy 首先，… is text */
	unsigned lone = (GW_POINT_ORDER | GW_POINT_ORDINAL) & ~(series | neighbours);
	while (i < n) {
		size_t len, skip;
		uint32_t cp = cp_at(text + i, n - i, &len);
		size_t mlen = point_at(text + i, n - i, prev, &skip, &family);
		if (mlen && !(family & lone)) {
			if (open) {
				cur.lead_len = i - cur.lead_at;
				if ((rc = fn(ctx, &cur)) != 0)
					return rc;
			}
			cur.at = i;
			cur.offset = cps;
			cur.marker_len = mlen;
			cur.lead_at = i + mlen + skip;
			open = 1;
			size_t end = cur.lead_at;
			while (i < end) {
				prev = cp_at(text + i, n - i, &len);
				i += len;
				cps++;
			}
			continue;
		}
		if (open && (cp == CP_FULLSTOP || cp == CP_SEMI)) {
			cur.lead_len = i - cur.lead_at;
			open = 0;
			if ((rc = fn(ctx, &cur)) != 0)
				return rc;
		}
		prev = cp;
		cps++;
		i += len;
	}
	if (open) {
		cur.lead_len = n - cur.lead_at;
		return fn(ctx, &cur);
	}
	return 0;
}

int gw_marker_points_past(const char *text, size_t n, gw_point_fn fn, void *ctx)
{
	size_t i = 0, cps = 0, len;
	uint32_t prev = 0;
	while (i < n) {
		size_t mlen = point_context(prev) ? point_past_at(text + i, n - i) : 0;
		if (mlen) {
			gw_point_span p = {.at = i, .offset = cps, .marker_len = mlen, .lead_at = i + mlen};
			int rc = fn(ctx, &p);
			if (rc)
				return rc;
		}
		prev = cp_at(text + i, n - i, &len);
		i += len;
		cps++;
	}
	return 0;
}

int gw_marker_points(const char *text, size_t n, gw_point_fn fn, void *ctx)
{
	return gw_marker_points_near(text, n, 0, fn, ctx);
}
