/*
 * indicators.c — paragraphs → indicators (the reader's last pass).
 *
 * In:  a report whose outline is read (sections, paragraphs with index).
 * Out: r->indicators, one per quantity written with Arabic digits or a mask
 *      and followed by a unit, measure word, % or 个百分点 (model.md).
 *
 * Each paragraph is read in two steps:
 *   1. scan  — find quantities: number (half/full width, 1,200 / １，２００,
 *              decimals) or mask run, then [多|余] [magnitude] [多|余] unit
 *              [以上 …] [noun after a measure word]; ranges (3～5天) give
 *              both ends the shared unit.  Dates, ordinals (第5条), names
 *              (4G, 5号楼) and bare numbers never match a unit.
 *   2. label — the noun phrase before the number, bounded by the clause
 *              and by the previous quantity, with connectives, adverbials,
 *              empty verbs and dates stripped from its front and 达到/为…
 *              from its end; change words (同比增长) stay in the label and
 *              set `change`; subjects too generic to stand alone (总投资,
 *              开工率) get the topic of the sentence in front; 分别 lists
 *              hand each value its own part of the subject.
 * Vocabulary lives in units.c; this file holds only the procedure.
 * Every step looks at a bounded window around the quantity, so the pass is
 * linear in the paragraph length.
 */
#include "read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/utf8.h"
#include "units.h"

#define MAX_QTY 16384        /* quantities kept per paragraph (ceiling) */
#define LOOKBACK 900         /* bytes scanned back for a clause start */
#define NOUN_MAX_CHARS 16    /* noun after a measure word */
#define LABEL_MAX_CHARS 24   /* model.md */
#define TOPIC_MAX_CHARS 14
#define BUF 320              /* label buffers (bytes): 24 chars + room to cut */

typedef struct span {
	size_t a, b;
} span;

struct qty {
	size_t num_a, num_b;     /* number or mask as written */
	size_t end;              /* after unit, composite unit and trailing qualifier */
	span noun;               /* noun after a measure word (empty otherwise) */
	bool masked;
	double value, base;
	char unit[64], base_unit[48];
	gw_kind kind;
	const char *qualifier;   /* static string or NULL */
	char change;
	int range_of;            /* first end's index when this is a range's second end */
	int list_head;           /* 分别 list head's index for list members, else -1 */
	char label[BUF];
};

struct para_ctx {
	const char *p;
	size_t n;
	struct qty *q;
	size_t nq, cap;
};

/* ---- small helpers ------------------------------------------------------- */

static uint32_t cp_at(const char *p, size_t n, size_t i, size_t *len)
{
	if (i >= n) {
		*len = 0;
		return 0;
	}
	return gw_utf8_decode(p + i, n - i, len);
}

/* Start of the character before byte i (i > 0). */
static size_t prev_start(const char *p, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)p[i] & 0xC0) == 0x80);
	return i;
}

static uint32_t cp_before(const char *p, size_t i)
{
	if (i == 0)
		return 0;
	size_t s = prev_start(p, i), len;
	return gw_utf8_decode(p + s, i - s, &len);
}

static bool is_digit_cp(uint32_t cp)
{
	return gw_fold_digit(cp) != 0;
}

static bool is_ascii_alpha(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static bool is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Ends the phrase a label is built from. */
static bool is_phrase_delim(uint32_t cp)
{
	static const uint32_t d[] = {0xFF0C, ',', 0xFF1B, ';', 0x3002, 0xFF1A, ':', 0xFF01, '!',
				     0xFF1F, '?', 0xFF08, '(', 0xFF09, ')', 0x3010, 0x3011, '\n', 0};
	for (size_t i = 0; d[i]; i++)
		if (cp == d[i])
			return true;
	return false;
}

/* Ends a sentence (topics do not cross it). */
static bool is_sentence_delim(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF1B || cp == ';' || cp == 0xFF01 || cp == '!' ||
	       cp == 0xFF1F || cp == '?' || cp == 0xFF08 || cp == '(' || cp == 0xFF09 ||
	       cp == ')' || cp == '\n';
}

/* model.md: a clause is bounded by ，；。、 and line ends. */
static bool is_clause_delim(uint32_t cp)
{
	return cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002 || cp == 0x3001 || cp == '\n';
}

static size_t chars(const char *s, size_t n)
{
	return gw_utf8_count(s, n);
}

/* Appends s[0..n) to buf (capacity BUF), never splitting a character. */
static void cat(char *buf, const char *s, size_t n)
{
	size_t len = strlen(buf);
	if (len + n >= BUF) {
		n = BUF - 1 - len;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf + len, s, n);
	buf[len + n] = '\0';
}

/* Removes every occurrence of word from buf. */
static void remove_word(char *buf, const char *word)
{
	size_t wl = strlen(word);
	char *hit;
	while ((hit = strstr(buf, word)) != NULL)
		memmove(hit, hit + wl, strlen(hit + wl) + 1);
}

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

/* [多|余] [magnitude] [多|余] unit at byte j; false when no unit. */
static bool read_unit(const char *p, size_t n, size_t j, struct unit_hit *h)
{
	memset(h, 0, sizeof *h);
	size_t k = j, l, ul, ml;
	if ((l = gw_lex_prefix(GW_LEX_QUAL_INSIDE, p + k, n - k))) {
		h->qual = memcmp(p + k, "多", 3) == 0 ? "多" : "余";
		k += l;
	}
	h->u = gw_unit_match(p + k, n - k, &ul);
	if (!h->u) {
		h->m = gw_magnitude_match(p + k, n - k, &ml);
		if (!h->m)
			return false;
		k += ml;
		if ((l = gw_lex_prefix(GW_LEX_QUAL_INSIDE, p + k, n - k))) {
			h->qual = memcmp(p + k, "多", 3) == 0 ? "多" : "余";
			k += l;
		}
		h->u = gw_unit_match(p + k, n - k, &ul);
		if (!h->u)
			return false;
	}
	h->end = k + ul;
	/* A latin unit must not run on into a word (5km is, 5kmh is not). */
	size_t len;
	if (is_ascii_alpha((unsigned char)h->u->written[0]) && is_ascii_alpha(cp_at(p, n, h->end, &len)))
		return false;
	return true;
}

static double pow10i(int e)
{
	double r = 1;
	while (e-- > 0)
		r *= 10;
	return r;
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
	/* composite unit: 元/平方米 */
	size_t ul;
	if (q->end < n && p[q->end] == '/') {
		const gw_unit_def *u2 = gw_unit_match(p + q->end + 1, n - q->end - 1, &ul);
		if (u2) {
			size_t a = strlen(q->unit), b = strlen(q->base_unit);
			snprintf(q->unit + a, sizeof q->unit - a, "/%s", u2->name);
			snprintf(q->base_unit + b, sizeof q->base_unit - b, "/%s", u2->name);
			q->end += 1 + ul;
		}
	}
}

/* 以上/以内/左右 … right after the unit. */
static void read_trailing_qualifier(const char *p, size_t n, struct qty *q)
{
	static const char *const kept[] = {"以上", "以下", "以内", "左右", "多", "余", "上下", "之多"};
	size_t l = gw_lex_prefix(GW_LEX_QUAL_AFTER, p + q->end, n - q->end);
	if (!l)
		return;
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
		if (strlen(kept[i]) == l && memcmp(p + q->end, kept[i], l) == 0) {
			if (!q->qualifier)
				q->qualifier = kept[i];
			q->end += l;
			return;
		}
}

/* Words that cannot start the noun after a measure word (在建, 有关 can). */
static bool conjunction(const char *s, size_t n)
{
	static const char *const w[] = {"和", "及", "与", "或", "并", "的", "等", "均", "已", "为", "是",
					"也", "都", "还", "又", "把", "被", "将", "从", "向", "给", "对"};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
		if (n >= 3 && memcmp(s, w[i], 3) == 0)
			return true;
	return false;
}

/* Stop words that may still begin a noun right after a measure word (在建项目). */
static bool noun_start(const char *s, size_t n)
{
	static const char *const w[] = {"建设", "改造", "提升", "整治", "服务", "投入", "使用", "在",
					"有", "需", "要", "于", "新增", "覆盖", "投产", "中"};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		size_t l = strlen(w[i]);
		if (n >= l && memcmp(s, w[i], l) == 0)
			return true;
	}
	return false;
}

/* A noun that ran to the length cap is cut after the last occurrence of the
 * measure word itself: 万户建档立卡贫困户住房保障… → 建档立卡贫困户. */
static void cut_noun(const char *p, struct qty *q, const gw_unit_def *u)
{
	size_t n = q->noun.b - q->noun.a, ul = strlen(u->written);
	if (chars(p + q->noun.a, n) < NOUN_MAX_CHARS)
		return;
	for (size_t i = q->noun.b; i >= q->noun.a + ul; i--)
		if (memcmp(p + i - ul, u->written, ul) == 0) {
			q->noun.b = i;
			return;
		}
}

/* The noun a measure word counts: 18个村落 → 村落.  Stops at delimiters,
 * digits, masks and at verbs or particles listed in NOUN_STOP. */
static void read_noun(const char *p, size_t n, struct qty *q, const gw_unit_def *u)
{
	q->noun.a = q->noun.b = q->end;
	if (!u->measure_word)
		return;
	size_t i = q->end, len;
	/* 4300名60岁以上老人: an age belongs to the noun */
	size_t d = i;
	while (is_digit_cp(cp_at(p, n, d, &len)))
		d += len;
	size_t age = (d + 3 <= n && memcmp(p + d, "岁", 3) == 0) ? 3 :
		     (d + 6 <= n && memcmp(p + d, "周岁", 6) == 0) ? 6 : 0;
	if (d > i && age) {
		i = d + age;
		i += gw_lex_prefix(GW_LEX_QUAL_AFTER, p + i, n - i);
	}
	for (size_t c = 0; c < NOUN_MAX_CHARS; c++) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (!is_han(cp))
			break;
		size_t stop = gw_lex_prefix(GW_LEX_NOUN_STOP, p + i, n - i);
		if (stop && (c > 0 || !noun_start(p + i, n - i)))
			break;
		i += len;
	}
	q->noun.b = i;
	cut_noun(p, q, u);
}

static struct qty *push(struct para_ctx *c)
{
	if (c->nq == c->cap) {
		if (c->cap >= MAX_QTY)
			return NULL;
		size_t ncap = c->cap ? c->cap * 2 : 32;
		struct qty *nq = realloc(c->q, ncap * sizeof *nq);
		if (!nq)
			return NULL;
		c->q = nq;
		c->cap = ncap;
	}
	struct qty *q = &c->q[c->nq++];
	memset(q, 0, sizeof *q);
	q->range_of = -1;
	q->list_head = -1;
	return q;
}

/* True when byte i sits inside “…” that closes within the phrase: a name
 * such as “四个100%” or “1+N”, not a quantity. */
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
	if (read_unit(p, n, j, &h)) {
		if (quoted(p, n, i, h.end))
			return h.end;
		struct qty *q = push(c);
		if (!q) {
			*oom = true;
			return n;
		}
		set_measure(p, n, q, &num, &h);
		read_trailing_qualifier(p, n, q);
		read_noun(p, n, q, h.u);
		return q->end;
	}
	/* a range: 20-30分钟, 3～5天 — both ends take the second end's unit */
	size_t cl = gw_lex_prefix(GW_LEX_RANGE, p + j, n - j), len;
	if (!cl || !(is_digit_cp(cp_at(p, n, j + cl, &len)) || gw_is_mask(cp_at(p, n, j + cl, &len))))
		return j;
	struct number num2;
	size_t j2 = read_number(p, n, j + cl, &num2);
	if (!num2.ok || !read_unit(p, n, j2, &h))
		return j2;
	struct qty *q1 = push(c);
	if (!q1) {
		*oom = true;
		return n;
	}
	struct unit_hit h1 = h;
	h1.qual = NULL;
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
	read_noun(p, n, q2, h.u);
	q2->range_of = (int)first;
	q1->noun = q2->noun;
	return q2->end;
}

static bool scan(struct para_ctx *c)
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

/* ---- step 2: labels ---------------------------------------------------- */

/* 2022年 / 6月底前 / 2023年9月底 / 一季度 at the front: their length. */
static size_t date_prefix(const char *p, size_t n)
{
	static const char *const units[] = {"年", "月份", "月", "日", "号", "季度"};
	static const char *const after[] = {"底前", "底", "初", "末", "前", "以来", "中旬", "上旬", "下旬",
					    "份", "度", "期间", "内", "以前"};
	size_t i = 0, len, total = 0;
	for (;;) {
		size_t k = i;
		while (is_digit_cp(cp_at(p, n, k, &len)))
			k += len;
		if (k == i)
			return total;
		size_t best = 0;
		for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
			size_t ul = strlen(units[u]);
			if (ul > best && k + ul <= n && memcmp(p + k, units[u], ul) == 0)
				best = ul;
		}
		if (!best)
			return total;
		k += best;
		size_t ab = 0;
		for (size_t u = 0; u < sizeof after / sizeof after[0]; u++) {
			size_t al = strlen(after[u]);
			if (al > ab && k + al <= n && memcmp(p + k, after[u], al) == 0)
				ab = al;
		}
		k += ab;
		total = i = k;
	}
}

/* Words that begin with a connective's character but are nouns or verbs
 * themselves (对口就业率, 为民服务, 和谐): their first character stays. */
static bool lead_is_word(const char *t, size_t n)
{
	static const char *const w[] = {"对口", "对外", "对接", "对象", "对标", "对比", "对照", "对应",
					"为民", "为老", "为农", "和谐", "和美", "及时", "并网", "并购", "均衡"};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++)
		if (n >= 6 && memcmp(t, w[i], 6) == 0)
			return true;
	return false;
}

/* Strips connectives, adverbials, scopes, dates and (with `verbs`) empty
 * verbs from the front.  A verb coordinated with another (新建、改扩建) stays. */
static void strip_front(const char *p, span *s, bool verbs)
{
	for (;;) {
		const char *t = p + s->a;
		size_t n = s->b - s->a, l = date_prefix(t, n), k;
		if ((k = gw_lex_prefix(GW_LEX_LEAD, t, n)) > l && !lead_is_word(t, n))
			l = k;
		if (verbs && (k = gw_lex_prefix(GW_LEX_VERB, t, n)) > l &&
		    !(k + 3 <= n && (memcmp(t + k, "、", 3) == 0 || memcmp(t + k, "和", 3) == 0)))
			l = k;
		if ((k = gw_lex_prefix(GW_LEX_SCOPE, t, n)) > l)
			l = k;
		if (!l)
			return;
		s->a += l;
	}
}

/* 为 ends a label only as a copula, not inside 行为/作为/成为 … */
static bool copula_wei(const char *p, const span *s)
{
	static const char *const words[] = {"行为", "作为", "成为", "认为", "因为", "称为", "视为",
					    "以为", "更为", "较为", "最为", "极为", "列为", "评为"};
	size_t n = s->b - s->a;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		size_t l = strlen(words[i]);
		if (l <= n && memcmp(p + s->b - l, words[i], l) == 0)
			return false;
	}
	return true;
}

/* Strips 达到/为/共计 … from the end. */
static void strip_back(const char *p, span *s, bool keep_de)
{
	for (;;) {
		size_t n = s->b - s->a, l = gw_lex_suffix(GW_LEX_TAIL, p + s->a, n);
		if (!l)
			return;
		if (l == 3 && memcmp(p + s->b - 3, "为", 3) == 0 && !copula_wei(p, s))
			return;
		if (keep_de && l == 3 && memcmp(p + s->b - 3, "的", 3) == 0)
			return;
		s->b -= l;
	}
}

/* Finds "分别" inside s; returns its byte offset or (size_t)-1. */
static size_t find_word(const char *p, const span *s, const char *w)
{
	size_t wl = strlen(w);
	for (size_t i = s->a; i + wl <= s->b; i++)
		if (memcmp(p + i, w, wl) == 0)
			return i;
	return (size_t)-1;
}

/* Change words at the end of s: sets *change and returns where the change
 * phrase (with its comparison base 同比/比上年) starts; s->b if none.
 * 提高到/降至 make the number a level: they are stripped, no change. */
static size_t split_change(const char *p, span *s, char *change)
{
	*change = 0;
	size_t n = s->b - s->a, l;
	if ((l = gw_lex_suffix(GW_LEX_TO, p + s->a, n)) &&
	    (gw_lex_suffix(GW_LEX_UP, p + s->a, n - l) || gw_lex_suffix(GW_LEX_DOWN, p + s->a, n - l)))
		return s->b;  /* strip_back removes 提高到 … */
	size_t up = gw_lex_suffix(GW_LEX_UP, p + s->a, n);
	size_t down = gw_lex_suffix(GW_LEX_DOWN, p + s->a, n);
	l = up > down ? up : down;
	if (!l)
		return s->b;
	/* 新增 counts what is new, it is not a change */
	if (l == 3 && n >= 6 && memcmp(p + s->b - 6, "新增", 6) == 0)
		return s->b;
	*change = up > down ? '+' : '-';
	size_t at = s->b - l;
	size_t cl = gw_lex_suffix(GW_LEX_COMPARE, p + s->a, at - s->a);
	return at - cl;
}

/* An opening bracket starts a new phrase only before 其中 (an aside with its
 * own subjects); 每千人口执业（助理）医师 is one noun phrase. */
static bool bracket_inside(const char *p, size_t i, uint32_t cp)
{
	if (cp != 0xFF08 && cp != '(' && cp != 0xFF09 && cp != ')')
		return false;
	return !((cp == 0xFF08 || cp == '(') && strncmp(p + i, "其中", 6) == 0);
}

/* Where the phrase before byte i starts: a phrase delimiter, or `floor`. */
static size_t phrase_start(const char *p, size_t i, size_t floor)
{
	size_t lim = i > LOOKBACK ? i - LOOKBACK : 0;
	if (floor > lim)
		lim = floor;
	while (i > lim) {
		size_t s = prev_start(p, i);
		uint32_t cp = cp_before(p, i);
		if (is_phrase_delim(cp) && !bracket_inside(p, i, cp))
			return i;
		i = s;
	}
	return lim;
}

static size_t sentence_start(const char *p, size_t i)
{
	size_t lim = i > LOOKBACK ? i - LOOKBACK : 0;
	while (i > lim) {
		uint32_t cp = cp_before(p, i);
		if (is_sentence_delim(cp) && !bracket_inside(p, i, cp))
			return i;
		i = prev_start(p, i);
	}
	return lim;
}

/* The sentence's first clause as a topic when it holds no quantity:
 * 灾后重建截至2022年底，… → 灾后重建. */
static void lead_topic(const char *p, size_t sent, size_t first_num, char *out)
{
	out[0] = '\0';
	size_t i = sent, len;
	while (i < first_num) {
		uint32_t cp = gw_utf8_decode(p + i, first_num - i, &len);
		if (cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':')
			break;
		i += len;
	}
	if (i >= first_num)
		return;
	span s = {sent, i};
	size_t cut;
	static const char *const stops[] = {"截至", "截止", "以来", "期间", "方面"};
	for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
		if ((cut = find_word(p, &s, stops[k])) != (size_t)-1)
			s.b = cut;
	for (size_t k = s.a; k < s.b; k += len) {   /* stop at the first digit */
		if (is_digit_cp(gw_utf8_decode(p + k, s.b - k, &len))) {
			s.b = k;
			break;
		}
	}
	strip_front(p, &s, true);
	strip_back(p, &s, false);
	if (s.b > s.a && chars(p + s.a, s.b - s.a) <= TOPIC_MAX_CHARS)
		cat(out, p + s.a, s.b - s.a);
}

/* The noun phrase after "的" that follows a chain of quantities:
 * 225个楼宇8325户***万平方米的老旧小区改造房屋 → 老旧小区改造房屋. */
static void post_de(const struct para_ctx *c, size_t k, span *out)
{
	const char *p = c->p;
	size_t e = c->q[k].noun.b > c->q[k].end ? c->q[k].noun.b : c->q[k].end;
	for (size_t j = k + 1; j < c->nq && c->q[j].num_a == e; j++)
		e = c->q[j].noun.b > c->q[j].end ? c->q[j].noun.b : c->q[j].end;
	out->a = out->b = 0;
	if (e + 3 > c->n || memcmp(p + e, "的", 3) != 0)
		return;
	size_t i = e + 3, len, cnt = 0;
	while (i < c->n && cnt < TOPIC_MAX_CHARS) {
		uint32_t cp = cp_at(p, c->n, i, &len);
		if (!is_han(cp) && cp != 0x3001)
			break;
		i += len;
		cnt++;
	}
	out->a = e + 3;
	out->b = i;
}

/* Appends topic then s, merging an overlap (维修加固开工 + 开工率 → 维修加固开工率);
 * a rate whose stem the topic names takes the topic's object instead
 * (整改隐患 + 整改率 → 隐患整改率). */
static void join_topic(char *buf, const char *topic, const char *s, size_t n)
{
	size_t tl = strlen(topic);
	if (n > 3 && memcmp(s + n - 3, "率", 3) == 0) {
		char stem[BUF] = "";
		cat(stem, s, n - 3);
		const char *hit = stem[0] ? strstr(topic, stem) : NULL;
		size_t rest = hit ? tl - (size_t)(hit - topic) - strlen(stem) : 0;
		if (hit && rest > 0 && chars(hit + strlen(stem), rest) >= 2 &&
		    chars(hit + strlen(stem), rest) <= 4) {
			cat(buf, hit + strlen(stem), rest);
			cat(buf, s, n);
			return;
		}
	}
	size_t best = 0;
	for (size_t k = 1; k <= tl && k <= n; k++)
		if (memcmp(topic + tl - k, s, k) == 0 && ((unsigned char)s[k] & 0xC0) != 0x80)
			best = k;
	cat(buf, topic, tl - best);
	cat(buf, s, n);
}

/* Cuts an over-long label at its last verb or 的, else keeps its tail. */
static void fit_label(char *buf)
{
	remove_word(buf, "分别");
	static const char *const bad[] = {"，", "。", "；", "：", ",", ";", ":"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		remove_word(buf, bad[i]);
	size_t n = strlen(buf);
	if (chars(buf, n) <= LABEL_MAX_CHARS)
		return;
	size_t len;
	for (size_t i = 0; i < n; i += len) {
		gw_utf8_decode(buf + i, n - i, &len);
		size_t v = gw_lex_prefix(GW_LEX_VERB, buf + i, n - i);
		if (!v && memcmp(buf + i, "的", 3) == 0)
			v = 3;
		if (v && i + v < n && chars(buf + i + v, n - i - v) <= LABEL_MAX_CHARS &&
		    chars(buf + i + v, n - i - v) >= 4) {
			memmove(buf, buf + i + v, n - i - v + 1);
			return;
		}
	}
	size_t off = gw_utf8_offset(buf, n, chars(buf, n) - LABEL_MAX_CHARS);
	memmove(buf, buf + off, n - off + 1);
}

/* What a subject needs to be understood on its own. */
enum need {
	NEED_NONE,      /* self-standing: 公路货运量, 列入名录的村落 */
	NEED_CHANGED,   /* only a change: 同比增长 → the thing just measured */
	NEED_GENERIC,   /* 总投资, 开工率, 竣工 → the topic of the sentence */
	NEED_SHORT      /* a bare short noun: 2名同志 → what the sentence says of it */
};

/* True when whole is a bare rate or share: 上线率, 办结率, 比例. */
static bool bare_rate(const char *whole, size_t wn)
{
	return (wn >= 3 && memcmp(whole + wn - 3, "率", 3) == 0 && chars(whole, wn) <= 3);
}

static enum need need_of(size_t core_n, size_t noun_n, const char *whole, bool change)
{
	size_t wn = strlen(whole);
	if (wn == 0)
		return change ? NEED_CHANGED : NEED_GENERIC;
	/* 占年度计划的108%, 增速高于城镇居民1.8个百分点: said of the thing before */
	static const char *const of_before[] = {"占", "增速", "增幅", "高于", "低于", "快于", "慢于", "超出",
						"超过", "比全省", "比全国", "较全省"};
	for (size_t i = 0; i < sizeof of_before / sizeof of_before[0]; i++) {
		size_t l = strlen(of_before[i]);
		if (wn >= l && memcmp(whole, of_before[i], l) == 0)
			return NEED_CHANGED;
	}
	if (noun_n == 0 && wn >= 6 && memcmp(whole, "完成", 6) == 0 && chars(whole, wn) <= 4)
		return NEED_GENERIC;   /* 完成整治612个: of what was counted before */
	if (gw_lex_is(GW_LEX_GENERIC, whole, wn) || chars(whole, wn) == 1 || bare_rate(whole, wn))
		return NEED_GENERIC;
	if (core_n == 0 && noun_n && chars(whole, wn) <= 2)
		return NEED_SHORT;
	return NEED_NONE;
}

/* Topics a generic subject may borrow, from the current sentence. */
struct label_state {
	size_t sent;               /* start of the current sentence */
	char lead[BUF];            /* the sentence's first clause when it has no quantity */
	char first_trim[BUF];      /* first self-standing label (stage word cut) */
	char first_count[BUF];     /* first self-standing label of a count (项目, 户) */
	char near_full[BUF];       /* nearest self-standing label */
	char near_trim[BUF];
	char near_count[BUF];      /* nearest self-standing label of a count */
	size_t near_phrase;        /* phrase start of the nearest one */
	char para_topic[BUF];      /* last topic of the paragraph */
	span list_subj;            /* subject of the last 分别 list (for a second 分别) */
	char prev_base[BUF];       /* label (without change words) of the previous quantity */
	char by_kind[4][BUF];      /* last label of each kind (天 changes 天, not %) */
};

static void make_trim(const char *full, char *trim)
{
	snprintf(trim, BUF, "%s", full);
	size_t n = strlen(trim);
	size_t l = gw_lex_suffix(GW_LEX_STAGE, trim, n);
	if (l && l < n)
		trim[n - l] = '\0';
}

static void set_topic(struct label_state *st, const char *topic, size_t phrase, gw_kind kind)
{
	if (!topic[0])
		return;
	char trim[BUF];
	make_trim(topic, trim);
	if (!st->first_trim[0])
		snprintf(st->first_trim, BUF, "%s", trim);
	if (kind == GW_KIND_COUNT) {
		if (!st->first_count[0])
			snprintf(st->first_count, BUF, "%s", trim);
		snprintf(st->near_count, BUF, "%s", trim);
	}
	snprintf(st->near_full, BUF, "%s", topic);
	snprintf(st->near_trim, BUF, "%s", trim);
	snprintf(st->para_topic, BUF, "%s", trim);
	st->near_phrase = phrase;
}

/* 重建开工, 维修加固竣工: a topic naming a stage, parallel to the next one. */
static bool ends_with_stage(const char *s)
{
	static const char *const w[] = {"开工", "竣工", "完工", "完成", "建成", "开工建设"};
	size_t n = strlen(s);
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		size_t l = strlen(w[i]);
		if (l < n && memcmp(s + n - l, w[i], l) == 0)
			return true;
	}
	return false;
}

/* Which earlier subject a generic one belongs to:
 *   同比增长 → the thing just measured (near_full);
 *   开工率 in 开工1200户、开工率96% or 重建开工…，竣工… → the nearest;
 *   a rate (办结率, 整改率) → the nearest count (办理提案23件);
 *   money (总投资, 完成投资) → the first count of the sentence (实施项目168个). */
static const char *pick_topic(const struct label_state *st, enum need need, size_t phrase,
			      const char *whole, gw_kind kind)
{
	const char *order[5] = {"", "", "", "", ""};
	bool staged = ends_with_stage(st->near_full);
	size_t wn = strlen(whole);
	bool rate = bare_rate(whole, wn) ||
		    (wn >= 6 && memcmp(whole, "完成", 6) == 0 && !gw_lex_is(GW_LEX_GENERIC, whole, wn));
	if (need == NEED_CHANGED) {
		/* a change in 天 or 万吨 is the change of the last 天 or 万吨 figure */
		order[0] = (kind != GW_KIND_RATIO && st->by_kind[kind][0]) ? st->by_kind[kind] : st->prev_base;
		order[1] = st->near_full;
	} else if (rate) {
		/* 办结率, 完成整治: of the nearest count, or nothing (火化率 stands alone) */
		order[0] = (st->near_phrase == phrase || staged) ? st->near_trim : "";
		order[1] = st->near_count;
		return order[0][0] ? order[0] : order[1];
	} else {
		order[0] = (st->near_phrase == phrase || staged) ? st->near_trim : "";
		if (kind == GW_KIND_RATIO && gw_lex_is(GW_LEX_GENERIC, whole, wn))
			order[1] = st->near_count;
		else
			order[1] = st->first_count;
	}
	order[2] = st->first_trim;
	order[3] = st->lead;
	order[4] = st->para_topic;
	for (int i = 0; i < 5; i++)
		if (order[i][0])
			return order[i];
	return "";
}

/* Splits a 分别 subject into its parts: 市、县城区污水处理率 → 市 | 县城区污水处理率. */
static size_t split_parts(const char *p, span s, span *parts, size_t max)
{
	size_t np = 0, start = s.a, i = s.a, len;
	static const char *const seps[] = {"、", "和", "及", "与", "以及"};
	while (i < s.b && np + 1 < max) {
		size_t sl = 0;
		for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
			size_t l = strlen(seps[k]);
			if (l > sl && i + l <= s.b && memcmp(p + i, seps[k], l) == 0)
				sl = l;
		}
		if (sl && i > start) {
			parts[np++] = (span){start, i};
			start = i + sl;
			i += sl;
			continue;
		}
		gw_utf8_decode(p + i, s.b - i, &len);
		i += len;
	}
	if (start < s.b)
		parts[np++] = (span){start, s.b};
	return np;
}

/* True when the text between two quantities only joins list items. */
static bool list_gap(const char *p, size_t a, size_t b)
{
	static const char *const seps[] = {"", "、", "和", "与", "及", "以及", "，"};
	for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++)
		if (strlen(seps[k]) == b - a && memcmp(p + a, seps[k], b - a) == 0)
			return true;
	return false;
}

static size_t after(const struct qty *q)
{
	return q->noun.b > q->end ? q->noun.b : q->end;
}

/* Labels a 分别 list: head k, members after it; returns the last member. */
static size_t label_list(struct para_ctx *c, size_t k, span subj, span chg, char change,
			 struct label_state *st)
{
	const char *p = c->p;
	size_t m = k + 1;
	while (m < c->nq && c->q[m].range_of < 0 && list_gap(p, after(&c->q[m - 1]), c->q[m].num_a))
		m++;
	size_t count = m - k;
	span parts[16];
	strip_front(p, &subj, true);
	strip_back(p, &subj, false);
	if (subj.b == subj.a)   /* 分别达到4.36万元和1.92万元，分别增长5.1%和7.4% */
		subj = st->list_subj;
	st->list_subj = subj;
	/* 接待游客3860万人次、旅游收入362亿元，分别增长46.2%和51.8%: the
	 * figures just given are the subjects, one each */
	bool from_figures = subj.b == subj.a && k >= count && c->q[k - count].num_a >= st->sent;
	for (size_t j = k - (from_figures ? count : 0); from_figures && j < k; j++)
		if (c->q[j].change || c->q[j].list_head >= 0 || !c->q[j].label[0])
			from_figures = false;
	size_t np = split_parts(p, subj, parts, 16);
	bool town_country = np == 1 && count == 2 && subj.b - subj.a > 6 &&
			    memcmp(p + subj.a, "城乡", 6) == 0;
	for (size_t j = k; j < m; j++) {
		struct qty *q = &c->q[j];
		char buf[BUF] = "";
		if (from_figures) {
			const char *l = c->q[j - count].label;
			cat(buf, l, strlen(l));
		} else if (town_country) {   /* 城乡低保标准分别为760元和580元 */
			cat(buf, j == k ? "城市" : "农村", 6);
			cat(buf, p + subj.a + 6, subj.b - subj.a - 6);
		} else if (np == count && np >= 2) {
			/* the first part's length in characters, not bytes: 市、A县城区… */
			span mine = parts[j - k], last = parts[np - 1];
			size_t first_chars = chars(p + parts[0].a, parts[0].b - parts[0].a);
			size_t skip = gw_utf8_offset(p + last.a, last.b - last.a, first_chars);
			cat(buf, p + mine.a, mine.b - mine.a);
			if (j - k + 1 < np && skip < last.b - last.a &&
			    chars(p + mine.a, mine.b - mine.a) <= 4)
				cat(buf, p + last.a + skip, last.b - last.a - skip);
		} else {
			cat(buf, p + subj.a, subj.b - subj.a);
		}
		cat(buf, p + q->noun.a, q->noun.b - q->noun.a);
		if (j == k)
			set_topic(st, buf, phrase_start(p, q->num_a, 0), q->kind);
		cat(buf, p + chg.a, chg.b - chg.a);
		snprintf(q->label, BUF, "%s", buf);
		q->change = change;
		if (j > k)
			q->list_head = (int)k;
	}
	return m - 1;
}

/* The predicate after a bare noun: 2名同志加入党组织 → 同志加入党组织. */
static void predicate(const struct para_ctx *c, const struct qty *q, char *buf)
{
	size_t start = q->noun.b > q->end ? q->noun.b : q->end;
	size_t i = start, len, cnt = 0;
	while (i < c->n && cnt < TOPIC_MAX_CHARS) {
		uint32_t cp = cp_at(c->p, c->n, i, &len);
		if (!is_han(cp))
			break;
		i += len;
		cnt++;
	}
	cat(buf, c->p + start, i - start);
}

/* Qualifier before the number (约/近/超过) is recorded and cut from pre. */
static void qualifier_before(const char *p, span *pre, struct qty *q)
{
	static const char *const kept[] = {"约", "近", "将近", "接近", "超过", "超", "逾", "不足",
					   "不到", "不少于", "不低于", "不超过", "至少", "大约"};
	size_t l = gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + pre->a, pre->b - pre->a);
	if (!l)
		return;
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
		if (strlen(kept[i]) == l && memcmp(p + pre->b - l, kept[i], l) == 0 && !q->qualifier)
			q->qualifier = kept[i];
	pre->b -= l;
}

/* Cuts 达/了/达到/为 between a change word and the number: 增幅达6% → 增幅. */
static void cut_glue(const char *p, span *t)
{
	static const char *const glue[] = {"达", "了", "达到", "为"};
	while (t->b > t->a) {
		size_t g = 0;
		for (size_t i = 0; i < 4; i++) {
			size_t gl = strlen(glue[i]);
			if (gl <= t->b - t->a && memcmp(p + t->b - gl, glue[i], gl) == 0)
				g = gl;
		}
		if (!g)
			return;
		span probe = {t->a, t->b - g};
		char ch;
		split_change(p, &probe, &ch);
		if (!ch)
			return;
		t->b -= g;
	}
}

static void new_sentence(struct label_state *st, const char *p, size_t sent, size_t num_a)
{
	st->sent = sent;
	lead_topic(p, sent, num_a, st->lead);
	st->first_trim[0] = st->near_full[0] = st->near_trim[0] = '\0';
	st->first_count[0] = st->near_count[0] = st->prev_base[0] = '\0';
	st->list_subj.a = st->list_subj.b = 0;
	for (int i = 0; i < 4; i++)
		st->by_kind[i][0] = '\0';
	st->near_phrase = (size_t)-1;
}

/* True when s[0..n) ends with a word naming who acts (机关, 市级, 县区 …). */
static bool ends_with_actor(const char *s, size_t n)
{
	static const char *const w[] = {"机关", "部门", "市级", "县级", "区级", "县区", "市", "县", "区",
					"镇", "乡", "街道", "社区", "村", "单位", "系统", "局", "委", "中心",
					"学校", "医院", "公司", "企业", "支部", "党组", "我们", "我局", "我委"};
	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		size_t l = strlen(w[i]);
		if (l <= n && memcmp(s + n - l, w[i], l) == 0)
			return true;
	}
	return false;
}

/* An empty verb right after a short actor (机关设立, 市级开展): its position
 * and length, or 0. */
static size_t scope_verb(const char *p, span s, size_t *at)
{
	static const char *const verbs[] = {"设立", "开展", "组织", "举办", "召开", "完成", "建成", "新建",
					    "成立", "组建", "建立", "配备", "实现", "累计", "共有", "现有",
					    "新增", "拥有", "投入", "争取", "发放"};
	size_t i = s.a, len;
	for (int c = 0; c < 6 && i < s.b; c++) {
		gw_utf8_decode(p + i, s.b - i, &len);
		i += len;
		if (!ends_with_actor(p + s.a, i - s.a))
			continue;
		for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
			size_t v = strlen(verbs[k]);
			if (i + v <= s.b && memcmp(p + i, verbs[k], v) == 0) {
				*at = i;
				return v;
			}
		}
	}
	return 0;
}

/* A short rate whose first two characters end the last count's label. */
static bool rate_of_count(const char *count, const char *whole)
{
	size_t wn = strlen(whole), cn = strlen(count);
	if (wn < 9 || memcmp(whole + wn - 3, "率", 3) || chars(whole, wn) > 5 || cn <= 6)
		return false;
	return memcmp(count + cn - 6, whole, 6) == 0;
}

/* Builds the label, change and qualifier of quantity k (and of the members
 * of a 分别 list it heads); returns the last index it labelled. */
static size_t label_one(struct para_ctx *c, size_t k, struct label_state *st)
{
	const char *p = c->p;
	struct qty *q = &c->q[k];
	size_t sent = sentence_start(p, q->num_a);
	if (sent != st->sent)
		new_sentence(st, p, sent, q->num_a);
	if (q->range_of >= 0) {   /* second end of a range: same label as the first */
		const struct qty *f = &c->q[q->range_of];
		memcpy(q->label, f->label, BUF);
		q->change = f->change;
		return k;
	}
	size_t floor = 0;
	if (k > 0 && c->q[k - 1].end <= q->num_a) {
		/* a noun running straight into this phrase is part of its subject:
		 * 300个行政村卫生公厕建设覆盖率100% */
		const struct qty *pq = &c->q[k - 1];
		floor = after(pq);
		if (q->kind == GW_KIND_RATIO && pq->noun.b > pq->noun.a && pq->noun.b < q->num_a &&
		    pq->range_of < 0 &&
		    is_han(cp_at(p, c->n, pq->noun.b, &(size_t){0})) &&
		    !conjunction(p + pq->noun.b, c->n - pq->noun.b))
			floor = pq->noun.a;
	}
	if (floor > q->num_a)
		floor = q->num_a;
	size_t phrase = phrase_start(p, q->num_a, 0);
	span pre = {phrase_start(p, q->num_a, floor), q->num_a};
	qualifier_before(p, &pre, q);
	span t = pre;
	cut_glue(p, &t);
	char change;
	size_t chg_at = split_change(p, &t, &change);
	span chg = {chg_at, change ? t.b : chg_at};
	span core = {pre.a, change ? chg_at : pre.b};

	size_t fb = find_word(p, &pre, "分别");
	if (fb != (size_t)-1)
		return label_list(c, k, (span){core.a, fb < core.b ? fb : core.b}, chg, change, st);

	bool has_noun = q->noun.b > q->noun.a;
	span raw = core;
	strip_front(p, &raw, false);
	strip_front(p, &core, true);
	strip_back(p, &core, has_noun);
	/* 完成投资 is not 总投资: keep 完成 before a generic money word */
	if (core.a >= raw.a + 6 && memcmp(p + core.a - 6, "完成", 6) == 0 &&
	    gw_lex_is(GW_LEX_GENERIC, p + core.a, core.b - core.a))
		core.a -= 6;

	char whole[BUF] = "", buf[BUF] = "";
	/* 惠及居民, 新增学位: a bare two-character noun keeps its verb */
	size_t kept = gw_lex_suffix(GW_LEX_VERB, p + raw.a, core.a - raw.a);
	if (kept && !change && chars(p + core.a, core.b - core.a) + chars(p + q->noun.a, q->noun.b - q->noun.a) == 2 &&
	    core.b > core.a)
		core.a -= kept;
	size_t vat, vlen = scope_verb(p, core, &vat);
	if (vlen) {   /* 机关设立2个党小组 → 机关党小组 */
		cat(whole, p + core.a, vat - core.a);
		cat(whole, p + vat + vlen, core.b - vat - vlen);
	} else {
		cat(whole, p + core.a, core.b - core.a);
	}
	cat(whole, p + q->noun.a, q->noun.b - q->noun.a);
	enum need need = need_of(core.b - core.a, q->noun.b - q->noun.a, whole, change != 0);
	span pd;
	post_de(c, k, &pd);
	if (need == NEED_NONE && rate_of_count(st->near_count, whole)) {
		/* 婚姻登记6842对，登记合格率100% → 婚姻登记合格率 */
		join_topic(buf, st->near_count, whole, strlen(whole));
	} else if (need == NEED_NONE && chars(whole, strlen(whole)) <= 2 && !has_noun && !change &&
		   is_han(cp_at(p, c->n, q->end, &(size_t){0}))) {
		/* 消除56人以上大班额, 保障了12.6万亩农田灌溉用水: what follows says what */
		cat(buf, whole, strlen(whole));
		predicate(c, q, buf);
		set_topic(st, buf, phrase, q->kind);
	} else if (need == NEED_NONE) {
		cat(buf, whole, strlen(whole));
		set_topic(st, buf, phrase, q->kind);
	} else if (pd.b > pd.a && need != NEED_CHANGED) {
		char topic[BUF] = "";
		cat(topic, p + pd.a, pd.b - pd.a);
		join_topic(buf, topic, whole, strlen(whole));
		set_topic(st, topic, phrase, q->kind);
	} else if (need == NEED_SHORT) {
		cat(buf, whole, strlen(whole));
		predicate(c, q, buf);
	} else if (!whole[0] && !change && raw.b > raw.a && q->kind == GW_KIND_COUNT &&
		   is_han(cp_at(p, c->n, q->end, &(size_t){0}))) {
		/* 帮助860人实现就业 → 帮助实现就业: the verbs are all there is */
		cat(buf, p + raw.a, raw.b - raw.a);
		predicate(c, q, buf);
	} else {
		join_topic(buf, pick_topic(st, need, phrase, whole, q->kind), whole, strlen(whole));
	}
	snprintf(st->prev_base, BUF, "%s", buf);
	if ((unsigned)q->kind < 4)
		snprintf(st->by_kind[q->kind], BUF, "%s", buf);
	cat(buf, p + chg.a, chg.b - chg.a);
	snprintf(q->label, BUF, "%s", buf);
	q->change = change;
	return k;
}

/* 省委**条和市委***条措施: a count with no noun, joined by 和/、 to one of
 * the same unit that has a noun, counts the same thing. */
static void share_nouns(struct para_ctx *c)
{
	for (size_t k = c->nq; k-- > 1;) {
		struct qty *a = &c->q[k - 1], *b = &c->q[k];
		if (a->noun.b > a->noun.a || b->noun.b == b->noun.a || strcmp(a->base_unit, b->base_unit) ||
		    a->range_of >= 0 || b->range_of >= 0 || a->list_head >= 0 || b->list_head >= 0)
			continue;
		size_t i = a->end, len;
		bool joined = false;
		while (i < b->num_a) {
			uint32_t cp = cp_at(c->p, c->n, i, &len);
			if (is_phrase_delim(cp))
				break;
			if (cp == 0x548C /* 和 */ || cp == 0x53CA /* 及 */ || cp == 0x4E0E /* 与 */)
				joined = true;
			i += len;
		}
		if (i < b->num_a || !joined)
			continue;
		char noun[BUF] = "";
		cat(noun, c->p + b->noun.a, b->noun.b - b->noun.a);
		size_t nl = strlen(noun), ll = strlen(a->label);
		if (ll < nl || strcmp(a->label + ll - nl, noun))
			cat(a->label, noun, nl);
		a->noun = b->noun;
	}
}

/* A label must never be empty: fall back to the clause around the number. */
static void fallback_label(const struct para_ctx *c, struct qty *q, const char *clause)
{
	(void)c;
	if (q->label[0])
		return;
	snprintf(q->label, BUF, "%s", clause);
}

/* ---- step 3: into the model -------------------------------------------- */

#define INTERN_SLOTS 64     /* distinct units/qualifiers kept shared */

struct extract {
	gw_report *r;
	gw_indicator *list;        /* malloc'd while extracting, copied to the arena once */
	size_t n, cap;
	const char *interned[INTERN_SLOTS];
	size_t n_interned;
	const char *section, *item;
	gw_diag *d;
	gw_status st;
	struct para_ctx pc;        /* reused between paragraphs */
};

static void clause_of(const char *p, size_t n, const struct qty *q, span *out)
{
	size_t a = q->num_a, lim = a > LOOKBACK ? a - LOOKBACK : 0, len;
	while (a > lim && !is_clause_delim(cp_before(p, a)))
		a = prev_start(p, a);
	size_t b = q->end, blim = b + LOOKBACK < n ? b + LOOKBACK : n;
	while (b < blim) {
		uint32_t cp = cp_at(p, n, b, &len);
		if (is_clause_delim(cp))
			break;
		b += len;
	}
	out->a = a;
	out->b = b;
}

/* Units, base units and qualifiers come from small sets: one arena copy each. */
static const char *intern(struct extract *x, const char *s)
{
	for (size_t i = 0; i < x->n_interned; i++)
		if (strcmp(x->interned[i], s) == 0)
			return x->interned[i];
	const char *copy = gw_report_strdup(x->r, s);
	if (copy && x->n_interned < INTERN_SLOTS)
		x->interned[x->n_interned++] = copy;
	return copy;
}

static gw_status emit(struct extract *x, const gw_paragraph *para, size_t n, struct qty *q)
{
	gw_report *r = x->r;
	if (x->n == x->cap) {
		size_t ncap = x->cap ? x->cap * 2 : 64;
		gw_indicator *nl = realloc(x->list, ncap * sizeof *nl);
		if (!nl)
			return GW_E_NOMEM;
		x->list = nl;
		x->cap = ncap;
	}
	const char *p = para->text;
	span cl;
	clause_of(p, n, q, &cl);
	char clause[BUF] = "";
	cat(clause, p + cl.a, cl.b - cl.a);
	fallback_label(&x->pc, q, clause);
	fit_label(q->label);
	gw_indicator *in = &x->list[x->n];
	memset(in, 0, sizeof *in);
	in->id = x->n + 1;
	in->section = x->section;
	in->item = x->item;
	in->label = gw_report_strdup(r, q->label);
	in->text = gw_report_strndup(r, p + q->num_a, q->num_b - q->num_a);
	in->masked = q->masked;
	in->value = q->masked ? 0 : q->value;
	in->base_value = q->masked ? 0 : q->base;
	in->unit = intern(x, q->unit);
	in->base_unit = intern(x, q->base_unit);
	in->kind = q->kind;
	in->change = q->change;
	in->qualifier = q->qualifier ? intern(x, q->qualifier) : NULL;
	in->clause = gw_report_strndup(r, p + cl.a, cl.b - cl.a);
	in->paragraph = para->index;
	if (!in->label || !in->text || !in->unit || !in->base_unit || !in->clause ||
	    (q->qualifier && !in->qualifier))
		return GW_E_NOMEM;
	x->n++;
	return GW_OK;
}

static void paragraph(struct extract *x, const gw_paragraph *para)
{
	if (x->st || !para->text)
		return;
	struct para_ctx *c = &x->pc;
	c->p = para->text;
	c->n = strlen(para->text);
	c->nq = 0;
	if (!scan(c)) {
		if (c->nq < MAX_QTY) {
			x->st = GW_E_NOMEM;
			return;
		}
		gw_warn(x->d, para->line, "paragraph %zu has more than %d quantities; the rest are not "
			"listed as indicators", para->index, MAX_QTY);
	}
	struct label_state st;
	memset(&st, 0, sizeof st);
	st.sent = (size_t)-1;
	for (size_t k = 0; k < c->nq; k++)
		k = label_one(c, k, &st);
	share_nouns(c);
	for (size_t k = 0; k < c->nq && !x->st; k++)
		x->st = emit(x, para, c->n, &c->q[k]);
}

static void section(struct extract *x, const gw_section *s)
{
	const char *sec = x->section, *item = x->item;
	if (s->level == 1) {
		x->section = s->marker;
		x->item = NULL;
	} else if (s->level == 2) {
		x->item = s->marker;
	}
	/* A heading's figures (（2）完成老旧管网改造186公里，…) count as the
	 * first paragraph's: a run-in heading and its body are one line. */
	if (s->heading && s->n_body) {
		gw_paragraph h = s->body[0];
		h.text = s->heading;
		h.line = s->line;
		paragraph(x, &h);
	}
	for (size_t i = 0; i < s->n_body; i++)
		paragraph(x, &s->body[i]);
	for (size_t i = 0; i < s->n_sections; i++)
		section(x, &s->sections[i]);
	x->section = sec;
	x->item = item;
}

gw_status gw_indicators_extract(gw_report *r, gw_diag *d)
{
	struct extract x = {.r = r, .d = d};
	r->indicators = NULL;
	r->n_indicators = 0;
	for (size_t i = 0; i < r->n_preamble; i++)
		paragraph(&x, &r->preamble[i]);
	for (size_t i = 0; i < r->n_sections; i++)
		section(&x, &r->sections[i]);
	free(x.pc.q);
	if (!x.st && x.n) {
		r->indicators = gw_arena_array(r->arena, x.n, sizeof *r->indicators);
		if (r->indicators) {
			memcpy(r->indicators, x.list, x.n * sizeof *r->indicators);
			r->n_indicators = x.n;
		} else {
			x.st = GW_E_NOMEM;
		}
	}
	free(x.list);
	if (x.st == GW_E_NOMEM)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, "close other programs or split the report",
			       "out of memory while extracting indicators");
	return x.st;
}
