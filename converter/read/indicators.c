/*
 * indicators.c — paragraphs → indicators (the reader's last pass): the
 * scan (step 1) that finds quantities; steps 2–3 in indicators_store.c.
 *
 * In:  a report whose outline is read (sections, paragraphs with index).
 * Out: r->indicators, one per quantity written with Arabic digits or a mask
 *      and followed by a unit, measure word, % or 个百分点 (model.md).
 *
 * Each paragraph is read in three steps:
 *   1. scan  — find quantities: number (half/full width, 1,200 / １，２００,
 *              decimals) or mask run, then [多|余] [magnitude] [多|余] unit
 *              [以上 …] [noun after a measure word: indicator_noun.c]; ranges (3～5天) give
 *              both ends the shared unit.  Ordinals (第5条, 前5名), names
 *              (4G, 5号楼) and bare numbers never match a unit; a span
 *              (年, 个月, 周, 天) that is a date (2023年) or a time frame
 *              (近3年来) is dropped (year_date, time_frame).
 *   2. label — label.c (label.h) names each quantity (label, change,
 *              qualifier before the number).
 *   3. store — (indicators_store.c, which runs steps 2 and 3) clause, section
 *              and item markers, values; one malloc'd list
 *              copied into the report's arena at the end.
 * Figures in a run-in heading count as its first paragraph's.
 * Vocabulary lives in units.c and lexicon.c; this file holds only the procedure.
 * Every step looks at a bounded window around the quantity, so the pass is
 * linear in the paragraph length.
 */
#include "read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/buf.h"
#include "indicator_text.h"
#include "segment.h"
#include "units.h"

/* ---- step 1: scanning quantities --------------------------------------- */

struct number {
	size_t a, b;
	bool masked;
	uint64_t mant;
	int frac;        /* digits after the point */
	bool ok;
};

/* True when p[i..] holds exactly three digits not followed by a fourth. */
static bool three_digits(const char *p, size_t n, size_t i)
{
	size_t len;
	for (int k = 0; k < 3; k++) {
		if (!is_digit_cp(cp_at(p, n, i, &len)))
			return false;
		i += len;
	}
	return !is_digit_cp(cp_at(p, n, i, &len));
}

/* Reads the number or mask run starting at byte i. */
static size_t read_number(const char *p, size_t n, size_t i, struct number *num)
{
	memset(num, 0, sizeof *num);
	num->a = i;
	int digits = 0, group = 0, frac = -1;
	bool sep = false, overflow = false;
	size_t len, nl;
	for (;;) {
		uint32_t cp = cp_at(p, n, i, &len);
		int d = gw_fold_digit(cp);
		if (d) {
			if (num->mant > (UINT64_MAX - 9) / 10 || digits >= 17)
				overflow = true;
			else
				num->mant = num->mant * 10 + (uint64_t)(d - '0');
			digits++;
			group++;
			if (frac >= 0)
				frac++;
		} else if (cp && gw_is_mask(cp)) {
			num->masked = true;
		} else if ((cp == '.' || cp == 0xFF0E) && frac < 0 && (digits || num->masked)) {
			uint32_t nx = cp_at(p, n, i + len, &nl);
			if (!is_digit_cp(nx) && !gw_is_mask(nx))
				break;
			frac = 0;
			group = 0;
		} else if ((cp == ',' || cp == 0xFF0C) && frac < 0 && digits && !num->masked &&
			   group >= 1 && group <= 3 && (!sep || group == 3) &&
			   three_digits(p, n, i + len)) {
			sep = true;
			group = 0;
		} else {
			break;
		}
		i += len;
	}
	num->b = i;
	num->frac = frac < 0 ? 0 : frac;
	num->ok = !overflow && (digits || num->masked);
	return i;
}

/* A quantity must not continue a word or another number: 第5条, G20, 9:30, 2023/5. */
static bool bad_context(const char *p, size_t a)
{
	uint32_t prev = cp_before(p, a);
	if (is_ascii_alpha(prev) || prev == 0x7B2C /* 第 */ || prev == '_')
		return true;
	if (prev == ':' || prev == 0xFF1A || prev == '/' || prev == '.' || prev == 0xFF0E ||
	    prev == '-') {
		size_t s = prev_start(p, a);
		return s > 0 && is_digit_cp(cp_before(p, s));
	}
	return false;
}

struct unit_hit {
	const gw_unit_def *u;
	const gw_magnitude *m;
	const char *qual;
	size_t end;
};

/* model.md: a date is no indicator.  N年 is a date when N is a year — four
 * characters, 1900–2100 or masked (20**年, ****年) — or when the month
 * follows it (23年5月, **年**月). */
static bool year_date(const char *p, size_t n, const struct number *num, size_t end)
{
	size_t len;
	uint32_t next = cp_at(p, n, end, &len);
	if (is_digit_cp(next) || gw_is_mask(next))
		return true;
	if (num->frac || chars(p + num->a, num->b - num->a) != 4)
		return false;
	return num->masked || (num->mant >= 1900 && num->mant <= 2100);
}

/* 110千伏变电站, 2026届毕业生: a voltage or a year's cohort written
 * straight before a noun names a kind of thing (model.md: names are no
 * indicators); 电压等级110千伏 and 第3届 are not names. */
static bool names_kind(const char *p, size_t n, const struct number *num, const struct unit_hit *h)
{
	bool voltage = !h->m && (!strcmp(h->u->name, "千伏") || !strcmp(h->u->name, "kV"));
	bool cohort = !h->m && !strcmp(h->u->name, "届") && !num->frac && !num->masked && num->mant >= 1950 &&
		      num->mant <= 2100;
	return (voltage || cohort) && is_han(cp_at(p, n, h->end, &(size_t){0}));
}

/* 日均办件超过400件时响应明显变慢: a figure followed by 时 (when) states a
 * condition, not a result; 时间, 时期, 时段 … are nouns after a figure. */
static bool is_condition(const char *p, size_t n, size_t end)
{
	static const char *const TIME_NOUN_TAILS[] = {"间", "期", "段", "代", "候", "刻", "节", "效", "长"};
	if (end + 3 > n || memcmp(p + end, "时", 3))
		return false;
	for (size_t i = 0; i < sizeof TIME_NOUN_TAILS / sizeof TIME_NOUN_TAILS[0]; i++)
		if (end + 6 <= n && !memcmp(p + end + 3, TIME_NOUN_TAILS[i], 3))
			return false;
	return true;
}

/* Where the clause of byte a starts: after the last ，；。、 or line end. */
static size_t clause_start(const char *p, size_t a)
{
	size_t s = a, lim = lookback_floor(p, a);
	while (s > lim && !is_clause_delim(cp_before(p, s)))
		s = prev_start(p, s);
	return s;
}

/* True when byte a opens its clause: nothing before it but the connectives
 * and default scopes that may lead a clause (其中, 我局, 全市). */
static bool opens_clause(const char *p, size_t s, size_t a)
{
	size_t l;
	while (s < a && ((l = gw_lex_prefix(GW_LEX_LEAD, p + s, a - s)) ||
			 (l = gw_lex_prefix(GW_LEX_SCOPE, p + s, a - s))))
		s += l;
	return s == a;
}

/* A span's count (年, 个月, 周, 天 — lexicon.c GW_LEX_SPAN) is a time frame, saying when
 * rather than measuring how long, when
 *   - a frame word comes right before the number (前3年, 过去5年, 每3个月,
 *     近3年) and it is no shift (提前3天 is how early: measured);
 *   - a frame word follows the unit (3年来, 10余年来, 3个月内, 5年间, 3天后);
 *   - the span alone opens its clause and ends it (**年，全市…).
 * It is the measured value, whatever follows, after a level or a duration's
 * name (缩短至3个月内, 时限为5天内, 历时近3年, 用3年时间).  a: where the
 * quantity's text starts (a range's first number), end: after its unit. */
static bool time_frame(const char *p, size_t n, size_t a, size_t end)
{
	size_t s = clause_start(p, a), len;
	size_t bare = a - gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + s, a - s);
	if (gw_lex_suffix(GW_LEX_LEVEL, p + s, bare - s))
		return false;
	size_t fb = gw_lex_suffix(GW_LEX_FRAME_BEFORE, p + s, a - s);
	if (fb && gw_lex_suffix(GW_LEX_SHIFT, p + s, a - s) <= fb)
		return true;
	size_t k = end + gw_lex_prefix(GW_LEX_QUAL_INSIDE, p + end, n - end);
	if (gw_lex_prefix(GW_LEX_FRAME_AFTER, p + k, n - k))
		return true;
	uint32_t before = s ? cp_before(p, s) : 0, after = cp_at(p, n, k, &len);
	return before != 0x3001 && opens_clause(p, s, a) && (after == 0xFF0C || after == ',');
}

/* 3年行动, 5年规划, 100天攻坚行动: a span right followed by a programme
 * word names a programme, it measures nothing.  (Only right after it: in
 * 用30天完成计划任务 the span is measured.) */
static bool programme(const char *p, size_t n, size_t end)
{
	return gw_lex_prefix(GW_LEX_PROGRAMME, p + end, n - end) != 0;
}

/* [多|余] [magnitude] [多|余] unit at byte j, right after the number num of
 * the quantity starting at byte a; false when no unit. */
static bool read_unit(const char *p, size_t n, size_t j, const struct number *num, size_t a,
		      struct unit_hit *h)
{
	memset(h, 0, sizeof *h);
	size_t k = j, l, ul, ml;
	if ((l = gw_lex_prefix(GW_LEX_QUAL_INSIDE, p + k, n - k))) {
		h->qual = memcmp(p + k, "多", 3) == 0 ? "多" : "余";
		k += l;
	}
	h->u = gw_unit_match(p + k, n - k, num->masked, &ul);
	if (!h->u) {
		h->m = gw_magnitude_match(p + k, n - k, &ml);
		if (!h->m)
			return false;
		k += ml;
		if ((l = gw_lex_prefix(GW_LEX_QUAL_INSIDE, p + k, n - k))) {
			h->qual = memcmp(p + k, "多", 3) == 0 ? "多" : "余";
			k += l;
		}
		h->u = gw_unit_match(p + k, n - k, num->masked, &ul);
		if (!h->u)
			return false;
	}
	h->end = k + ul;
	/* A latin unit must not run on into a word (5km is, 5kmh is not). */
	size_t len;
	uint32_t next = cp_at(p, n, h->end, &len);
	if (is_ascii_alpha((unsigned char)h->u->written[0]) &&
	    (is_ascii_alpha(next) || (next >= 0xFF21 && next <= 0xFF5A)))
		return false;
	if (gw_unit_is_span(h->u) && !h->m &&
	    ((strcmp(h->u->name, "年") == 0 && year_date(p, n, num, h->end)) ||
	     time_frame(p, n, a, h->end) || programme(p, n, h->end)))
		return false;
	return !names_kind(p, n, num, h) && !is_condition(p, n, h->end);
}

static double pow10i(int e)
{
	double r = 1;
	while (e-- > 0)
		r *= 10;
	return r;
}

/* A composite unit: 元/平方米, 吨/日, and per a magnitude of a unit,
 * 吨标准煤/万元 (energy per 10,000 yuan of output).  The denominator's
 * magnitude is part of the base unit too: it scales what the figure is
 * per, not the figure.  A number after the slash is no unit (1/3, 2024/12). */
static void read_per_unit(const char *p, size_t n, struct qty *q)
{
	size_t ul, ml = 0, slash;
	uint32_t cp = cp_at(p, n, q->end, &slash);
	if (cp != '/' && cp != 0xFF0F)
		return;
	size_t k = q->end + slash;
	const gw_unit_def *u2 = gw_unit_per_match(p + k, n - k, &ul);
	const gw_magnitude *m2 = u2 ? NULL : gw_magnitude_match(p + k, n - k, &ml);
	if (m2)
		u2 = gw_unit_per_match(p + k + ml, n - k - ml, &ul);
	if (!u2 || (is_ascii_alpha((unsigned char)u2->written[0]) &&
		    is_ascii_alpha(cp_at(p, n, k + ml + ul, &(size_t){0}))))
		return;   /* 5吨/dl: a Latin unit runs on into no word */
	const char *mw = m2 ? m2->written : "";
	size_t a = strlen(q->unit), b = strlen(q->base_unit);
	snprintf(q->unit + a, sizeof q->unit - a, "/%s%s", mw, u2->name);
	snprintf(q->base_unit + b, sizeof q->base_unit - b, "/%s%s", mw, u2->name);
	q->end = k + ml + ul;
}

/* 12件（套）, 486万头（只）: a second measure word in brackets after the
 * unit says what else is counted so; it belongs to the figure, not to the
 * label of the next one. */
static void read_alternate_measure(const char *p, size_t n, struct qty *q)
{
	size_t ol, ml, cl;
	uint32_t open = cp_at(p, n, q->end, &ol);
	if (open != 0xFF08 && open != '(')
		return;
	const gw_unit_def *u = gw_unit_match(p + q->end + ol, n - q->end - ol, false, &ml);
	uint32_t close = u ? cp_at(p, n, q->end + ol + ml, &cl) : 0;
	if (u && u->kind == q->kind && (close == 0xFF09 || close == ')'))
		q->end += ol + ml + cl;
}

/* Fills value, unit and kind of q from the number and the unit hit. */
static void set_measure(const char *p, size_t n, struct qty *q, const struct number *num,
			const struct unit_hit *h)
{
	q->num_a = num->a;
	q->num_b = num->b;
	q->masked = num->masked;
	double f = h->m ? h->m->factor : 1;
	double div = pow10i(num->frac);
	q->value = (double)num->mant / div;
	double prod = (double)num->mant * f;
	q->base = prod < 9007199254740992.0 ? prod / div : q->value * f;
	snprintf(q->unit, sizeof q->unit, "%s%s", h->m ? h->m->written : "", h->u->name);
	snprintf(q->base_unit, sizeof q->base_unit, "%s", h->u->name);
	q->kind = h->u->kind;
	q->qualifier = h->qual;
	q->end = h->end;
	read_per_unit(p, n, q);
	read_alternate_measure(p, n, q);
}

/* 以上/以内/左右 … right after the unit. */
static void read_trailing_qualifier(const char *p, size_t n, struct qty *q)
{
	const char *w = gw_lex_prefix_word(GW_LEX_QUAL_AFTER, p + q->end, n - q->end);
	if (!w)
		return;
	if (!q->qualifier)
		q->qualifier = w;
	q->end += strlen(w);
}

static struct qty *push(struct para_ctx *c)
{
	if (GW_ARRAY_GROW(c->q, c->cap, c->nq + 1, MAX_QTY) != GW_OK)
		return NULL;
	struct qty *q = &c->q[c->nq++];
	memset(q, 0, sizeof *q);
	q->range_of = -1;
	q->list_head = -1;
	return q;
}

/* True when byte i sits inside “…” that closes within the phrase: a name
 * such as “四个100%” or “1+N”, not a quantity. */
#define TITLE_MAX_BYTES 120   /* how far a title's 《 or 》 is looked for */

/* True when p[a..b) is inside a title in 《》 (编印《**年鉴（2026）》1部: the
 * **年 is part of the name), which may hold brackets but no clause end. */
static bool in_title(const char *p, size_t n, size_t a, size_t b)
{
	size_t i = a, lim = a > TITLE_MAX_BYTES ? a - TITLE_MAX_BYTES : 0, len;
	uint32_t cp = 0;
	while (i > lim && (cp = cp_before(p, i)) != 0x300A && cp != 0x300B && !is_clause_delim(cp))
		i = prev_start(p, i);
	if (cp != 0x300A)
		return false;
	for (i = b; i < n && i < b + TITLE_MAX_BYTES; i += len)
		if ((cp = cp_at(p, n, i, &len)) == 0x300B || cp == 0x300A || is_clause_delim(cp))
			return cp == 0x300B;
	return false;
}

static bool quoted(const char *p, size_t n, size_t a, size_t b)
{
	size_t i = a, lim = a > 120 ? a - 120 : 0, len;
	bool open = false;
	while (i > lim) {
		uint32_t cp = cp_before(p, i);
		if (cp == 0x201D || is_phrase_delim(cp))
			break;
		if (cp == 0x201C) {
			open = true;
			break;
		}
		i = prev_start(p, i);
	}
	if (!open)
		return false;
	for (i = b; i < n && i < b + 120; i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (cp == 0x201D)
			return true;
		if (cp == 0x201C || is_phrase_delim(cp))
			return false;
	}
	return false;
}

/* 人口自然增长率为-1.2‰: a minus sign right before the number, not joining
 * two numbers (20-30, 0931-8123456), makes it negative and part of the text. */
static void negative(const char *p, struct qty *q)
{
	size_t a = q->num_a;
	if (a == 0 || q->masked)
		return;
	size_t s = prev_start(p, a);
	uint32_t cp = cp_before(p, a);
	if (cp != '-' && cp != 0xFF0D && cp != 0x2212)
		return;
	uint32_t before = s ? cp_before(p, s) : 0;
	if (is_digit_cp(before) || is_ascii_alpha(before) || gw_is_mask(before))
		return;
	q->num_a = s;
	q->value = -q->value;
	q->base = -q->base;
}

/* 15%-20%, 3天～5天: a range connector between two quantities written each
 * with its unit joins them into a range (the dash is no minus sign); the
 * second end is labelled like the first.  Returns where scanning continues. */
static size_t second_end(struct para_ctx *c, size_t first, bool *oom)
{
	const char *p = c->p;
	size_t n = c->n, j = c->q[first].end, len;
	size_t cl = gw_lex_prefix(GW_LEX_RANGE, p + j, n - j);
	uint32_t next = cl ? cp_at(p, n, j + cl, &len) : 0;
	if (!cl || !(is_digit_cp(next) || gw_is_mask(next)))
		return j;
	struct number num;
	struct unit_hit h;
	size_t j2 = read_number(p, n, j + cl, &num);
	if (!num.ok || !read_unit(p, n, j2, &num, c->q[first].num_a, &h) ||
	    strcmp(h.u->name, c->q[first].base_unit) != 0)
		return j;
	struct qty *q2 = push(c);
	if (!q2) {
		*oom = true;
		return n;
	}
	set_measure(p, n, q2, &num, &h);
	read_trailing_qualifier(p, n, q2);
	gw_indicator_read_noun(p, n, q2, h.u);
	q2->range_of = (int)first;
	c->q[first].noun = q2->noun;
	return q2->end;
}

/* True when the text at byte k can begin the noun a class names: a
 * Chinese character opening no change, level, time frame or conjunction
 * (60天以上压缩到15天, 增长5%以上的目标 are measured). */
static bool class_noun_at(const char *p, size_t n, size_t k)
{
	size_t len;
	return is_han(cp_at(p, n, k, &len)) && !gw_lex_prefix(GW_LEX_UP, p + k, n - k) &&
	       !gw_lex_prefix(GW_LEX_DOWN, p + k, n - k) && !gw_lex_prefix(GW_LEX_LEVEL, p + k, n - k) &&
	       !gw_lex_prefix(GW_LEX_FRAME_AFTER, p + k, n - k) &&
	       !gw_lex_prefix(GW_LEX_CONJUNCTION, p + k, n - k);
}

/* True when a count — a number and a counting unit (32个, 14家) — starts
 * at byte k. */
static bool count_at(const char *p, size_t n, size_t k)
{
	struct number num;
	struct unit_hit h;
	size_t j = read_number(p, n, k, &num);
	return num.ok && j > k && read_unit(p, n, j, &num, k, &h) && h.u->kind == GW_KIND_COUNT;
}

/* 500万元以上项目286个, 10万元以上的村, 24小时值班, 总投资10亿元以上的32个
 * 在建项目: a figure that bounds a class (以上/以下, then a noun or, after
 * 的, the class's count) or names round-the-clock service hours names a
 * kind of thing, it is no indicator (issue #15); the count after it is,
 * and its subject keeps the class.  a: the figure's start, end: after its
 * unit.  Returns where scanning continues, or 0 for a measured figure. */
#define WITHIN_RATE_CHARS 6   /* 10秒内接听率: most characters from 内 to 率 */

/* 10秒内接听率, 30日内办结率: a time limit (内, 以内) that a rate right
 * after it is measured within names that rate's class; the length of 内
 * or 以内 at byte k then, else 0. */
static size_t within_rate(const char *p, size_t n, size_t k)
{
	size_t w = k + 6 <= n && !memcmp(p + k, "以内", 6) ? 6 : k + 3 <= n && !memcmp(p + k, "内", 3) ? 3 : 0, len;
	for (size_t i = k + w, c = 0; w && c < WITHIN_RATE_CHARS; c++, i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (!is_han(cp))
			return 0;
		if (cp == 0x7387)   /* 率 */
			return w;
	}
	return 0;
}

static size_t class_name_end(const char *p, size_t n, size_t a, size_t end)
{
	size_t w = within_rate(p, n, end);
	if (w)
		return end + w;
	size_t k = end + gw_lex_prefix(GW_LEX_CLASS_BOUND, p + end, n - end);
	bool bound = k > end;
	if (!bound && (gw_lex_prefix(GW_LEX_ROUND_CLOCK, p + a, n - a) != end - a ||
		       gw_lex_prefix(GW_LEX_QUAL_AFTER, p + end, n - end)))
		return 0;   /* 在24小时以内启动: a time limit, measured */
	if (bound && k + 3 <= n && !memcmp(p + k, "的", 3)) {
		k += 3;
		if (count_at(p, n, k))
			return k;
	}
	return class_noun_at(p, n, k) ? k : 0;
}

#define CLASS_COUNT_CHARS 12  /* most characters between the figure and the class's count */

/* True when a number (with a counting unit when `counting`) comes within
 * CLASS_COUNT_CHARS characters of byte k, in the same clause. */
static bool count_follows(const char *p, size_t n, size_t k, bool counting)
{
	size_t len;
	for (int c = 0; k < n && c < CLASS_COUNT_CHARS; c++, k += len) {
		uint32_t cp = cp_at(p, n, k, &len);
		if (is_digit_cp(cp) || gw_is_mask(cp))
			return !counting || count_at(p, n, k);
		if (cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A || cp == ',' || cp == ';')
			return false;
	}
	return false;
}

/* True when the word right after byte k is a noun (营业收入超10亿元企业). */
static bool noun_word_at(const char *p, size_t n, size_t k)
{
	size_t ends[2], m = n - k < 48 ? n - k : 48;
	gw_seg_class cls;
	return m && gw_segment(p + k, m, ends, 2) && gw_seg_lookup(p + k, ends[0], &cls) &&
	       gw_seg_noun(cls);
}

/* True when a count stands in the clause before byte a, with nothing but
 * words between (监测设备有19台使用超过8年: the 19台). */
static bool count_before(const char *p, size_t a)
{
	size_t s = clause_start(p, a);
	for (size_t i = a; i > s;) {
		i = prev_start(p, i);
		if (!is_digit_cp(cp_at(p, a, i, &(size_t){0})))
			continue;
		while (i > s && (is_digit_cp(cp_before(p, i)) || cp_before(p, i) == '.' || cp_before(p, i) == ','))
			i = prev_start(p, i);
		return count_at(p, a, i);
	}
	return false;
}

/* A bound before the figure (超, 低于) that names a class, so the figure is
 * no indicator:
 *   - 产值超10亿元的建筑企业2家, 使用年限超过15年的有39台: 的, then a count
 *     in the same clause within a few characters — the class it counts;
 *   - 营业收入超10亿元企业达到14家: a noun right after the figure, then a
 *     count of it;
 *   - 年度任务完成率低于60%的单位: a measure (…率, …量) bounded, then 的 and
 *     the things that have it — the figure says which, measures nothing.
 * (发放超过12万份的宣传资料 is measured: a verb, not a measure, before the
 * bound, and no count.)  Returns where scanning continues, or 0. */
static size_t class_before_end(const char *p, size_t n, size_t a, size_t end)
{
	size_t bl = gw_lex_suffix(GW_LEX_CLASS_BEFORE, p, a);
	if (!bl)
		return 0;
	/* 冷藏柜有27台使用超过8年: how old the things just counted are, a class
	 * (使用已超过12年 is measured: heldout19) */
	size_t sl = gw_lex_suffix(GW_LEX_IN_SERVICE, p, a - bl);
	if (sl && count_before(p, a - bl - sl))
		return end;
	if (end + 3 > n || memcmp(p + end, "的", 3))
		return noun_word_at(p, n, end) && count_follows(p, n, end, true) ? end : 0;
	size_t s = clause_start(p, a - bl);
	if (gw_lex_suffix(GW_LEX_MEASURE_HEAD, p + s, a - bl - s) && class_noun_at(p, n, end + 3))
		return end + 3;
	if (bl == 3 && !memcmp(p + a - 3, "满", 3) && class_noun_at(p, n, end + 3))
		return end + 3;   /* 在岗满1年的新入职人员: a time served names who */
	return count_follows(p, n, end + 3, false) ? end + 3 : 0;
}

/* 60岁以上的占38%, 35岁以下41人, 14至18周岁新团员: an age bounded, or right
 * before a noun, says which people are counted and measures nothing (where
 * 平均年龄56.4岁, 由52.3岁下降到45.6岁 and 控制在45岁以下 are measured).
 * A second end of the same unit (14周岁至18周岁) goes with it.  end: after
 * the unit.  Returns where scanning continues, or 0 for a measured age. */
static size_t age_class_end(const char *p, size_t n, size_t end, const gw_unit_def *u)
{
	if (!gw_lex_is(GW_LEX_AGE_UNIT, u->name, strlen(u->name)))
		return 0;
	size_t j = end + gw_lex_prefix(GW_LEX_RANGE, p + end, n - end), j2;
	struct number num;
	struct unit_hit h;
	if (j > end && (j2 = read_number(p, n, j, &num)) > j && num.ok && read_unit(p, n, j2, &num, j, &h) &&
	    h.u == u)
		end = h.end;
	size_t k = end + gw_lex_prefix(GW_LEX_CLASS_BOUND, p + end, n - end);
	if (k > end && count_at(p, n, k))
		return k;
	if (k > end && k + 3 < n && !memcmp(p + k, "的", 3) && count_follows(p, n, k + 3, true))
		return k + 3;   /* 年龄在50岁以上的中医师41名 */
	if (k == end && gw_lex_prefix(GW_LEX_QUAL_AFTER, p + end, n - end))
		return 0;   /* 45.6岁左右 */
	return class_noun_at(p, n, k) ? k : 0;
}

/* 路 counts channels only where its clause names a signal (视频监控点位
 * 6,420路, 1,200路高清视频); elsewhere N路 is a bus route's name (开通
 * 201路、202路城乡公交). */
static bool route_name(const char *p, size_t n, size_t a, size_t end, const gw_unit_def *u)
{
	if (!gw_lex_is(GW_LEX_CHANNEL_UNIT, u->name, strlen(u->name)))
		return false;
	size_t s = clause_start(p, a), e = end, len;
	while (e < n && e < end + 60 && !is_clause_delim(cp_at(p, n, e, &len)))
		e += len;
	return !gw_lex_within(GW_LEX_SIGNAL, p + s, e - s);
}

/* 排名后3位的乡镇, 对前5名乡镇: 前/后 as a word of its own, then a number
 * and 名/位, is a place in a ranking — an ordinal like 第3位, no indicator.
 * (目前5名, 先后3名: there 前/后 ends another word, and the count is one.) */
static bool rank(const char *p, size_t a, const struct unit_hit *h)
{
	if (h->m || !gw_lex_is(GW_LEX_RANK_UNIT, h->u->name, strlen(h->u->name)))
		return false;
	size_t s = clause_start(p, a);
	size_t l = gw_lex_suffix(GW_LEX_RANK_BEFORE, p + s, a - s);
	return l && gw_seg_boundary(p + s, a - s, a - l - s);
}

/* 分别提高1.2个和0.9个百分点: a 个 before 和/、 and a figure in 个百分点
 * is in 个百分点 too; the unit to read it in, or u. */
static const gw_unit_def *shared_points(const char *p, size_t n, size_t end, const gw_unit_def *u)
{
	static const char *const JOINS[] = {"和", "、"};
	if (strcmp(u->name, "个"))
		return u;
	for (size_t k = 0; k < sizeof JOINS / sizeof JOINS[0]; k++) {
		size_t jl = strlen(JOINS[k]), ul;
		struct number num;
		if (end + jl > n || memcmp(p + end, JOINS[k], jl))
			continue;
		size_t j = read_number(p, n, end + jl, &num);
		const gw_unit_def *v = num.ok ? gw_unit_match(p + j, n - j, num.masked, &ul) : NULL;
		if (v && !strcmp(v->name, "个百分点"))
			return v;
	}
	return u;
}

/* Tries a quantity at byte i; returns where scanning continues. */
static size_t scan_one(struct para_ctx *c, size_t i, bool *oom)
{
	const char *p = c->p;
	size_t n = c->n;
	struct number num;
	size_t j = read_number(p, n, i, &num);
	if (!num.ok || bad_context(p, i))
		return j;
	struct unit_hit h;
	if (read_unit(p, n, j, &num, i, &h)) {
		if (quoted(p, n, i, h.end) || in_title(p, n, i, h.end) || rank(p, i, &h) || route_name(p, n, i, h.end, h.u))
			return h.end;
		size_t class_end = class_name_end(p, n, i, h.end);
		if (!class_end)
			class_end = class_before_end(p, n, i, h.end);
		if (!class_end)
			class_end = age_class_end(p, n, h.end, h.u);
		if (class_end)
			return class_end;
		struct qty *q = push(c);
		if (!q) {
			*oom = true;
			return n;
		}
		h.u = shared_points(p, n, h.end, h.u);
		set_measure(p, n, q, &num, &h);
		negative(p, q);
		read_trailing_qualifier(p, n, q);
		gw_indicator_read_noun(p, n, q, h.u);
		if (q->noun.b == q->noun.a)
			return second_end(c, c->nq - 1, oom);
		return q->end;
	}
	/* a range: 20-30分钟, 3～5天, 1.5万—2万元 — both ends take the second
	 * end's unit (and its magnitude unless the first has its own) */
	size_t ml = 0, len;
	const gw_magnitude *m1 = gw_magnitude_match(p + j, n - j, &ml);
	size_t cl = gw_lex_prefix(GW_LEX_RANGE, p + j + ml, n - j - ml);
	j += cl ? ml : 0;
	if (!cl || !(is_digit_cp(cp_at(p, n, j + cl, &len)) || gw_is_mask(cp_at(p, n, j + cl, &len))))
		return j;
	struct number num2;
	size_t j2 = read_number(p, n, j + cl, &num2);
	if (!num2.ok || !read_unit(p, n, j2, &num2, i, &h))
		return j2;
	size_t age_end = age_class_end(p, n, h.end, h.u);   /* 0至3岁婴幼儿 */
	if (age_end)
		return age_end;
	struct qty *q1 = push(c);
	if (!q1) {
		*oom = true;
		return n;
	}
	struct unit_hit h1 = h;
	h1.qual = NULL;
	if (m1 && cl)
		h1.m = m1;
	set_measure(p, n, q1, &num, &h1);
	q1->end = j;
	q1->noun.a = q1->noun.b = j;
	size_t first = c->nq - 1;
	struct qty *q2 = push(c);
	if (!q2) {
		*oom = true;
		return n;
	}
	q1 = &c->q[first];
	set_measure(p, n, q2, &num2, &h);
	read_trailing_qualifier(p, n, q2);
	gw_indicator_read_noun(p, n, q2, h.u);
	q2->range_of = (int)first;
	q1->noun = q2->noun;
	return q2->end;
}

bool gw_indicator_scan(struct para_ctx *c)
{
	size_t i = 0, len;
	bool oom = false;
	while (i < c->n && !oom) {
		uint32_t cp = cp_at(c->p, c->n, i, &len);
		if (is_digit_cp(cp) || gw_is_mask(cp))
			i = scan_one(c, i, &oom);
		else
			i += len;
	}
	return !oom;
}
