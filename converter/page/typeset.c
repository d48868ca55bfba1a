/*
 * typeset.c — line breaking (kinsoku, unbreakable runs, push-in/push-out,
 * justification by Tc), title balancing and page breaking for the PDF
 * backend.  Pure functions: input is code points and advances in points,
 * output is index ranges and spacing.  See typeset.h and layout.md §2.
 */
#include "typeset.h"

#include <math.h>

#define EPS 0.01

static bool in(uint32_t cp, const uint32_t *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == cp)
			return true;
	return false;
}

#define IN(cp, set) in((cp), (set), sizeof(set) / sizeof((set)[0]))

/* layout.md §2.1: basic + strict sets, with ASCII and ％ additions. */
static const uint32_t not_start_set[] = {
	0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x203C, 0x2047, 0x2048,
	0x2049, 0x201D, 0x2019, 0xFF09, 0x3015, 0x3011, 0x300B, 0x3009, 0x300D, 0x300F, 0x3017,
	0xFF3D, 0xFF5D, 0xFF5E, 0x2013, 0x00B7, 0x30FB, 0x2027, 0xFF05, 0x0025, 0x2030, 0x2103,
	')', ']', '}', ',', '.', ':', ';', '!', '?', ' ',
	0x2014, 0x2E3A, 0x2026, 0x22EF,  /* strict: 破折号 and 省略号 */
};

static const uint32_t not_end_set[] = {
	0x201C, 0x2018, 0xFF08, 0x3014, 0x3010, 0x300A, 0x3008, 0x300C, 0x300E, 0x3016, 0xFF3B,
	0xFF5B, 0xFF0F, '/', '(', '[', '{', 0xFFE5, 0xFF04,
};

/* Full-width marks with their ink in the left half (GB glyph positions). */
static const uint32_t trimmable_set[] = {
	0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x201D, 0x2019, 0xFF09,
	0x3015, 0x3011, 0x300B, 0x3009, 0x300D, 0x300F, 0x3017, 0xFF3D, 0xFF5D,
};

/* Opening marks: ink in the right half, the left half empty. */
static const uint32_t opening_set[] = {
	0x201C, 0x2018, 0xFF08, 0x3014, 0x3010, 0x300A, 0x3008, 0x300C, 0x300E, 0x3016, 0xFF3B, 0xFF5B,
};

bool gw_ts_not_start(uint32_t cp) { return IN(cp, not_start_set); }
bool gw_ts_opening(uint32_t cp) { return IN(cp, opening_set); }
bool gw_ts_not_end(uint32_t cp) { return IN(cp, not_end_set); }
bool gw_ts_trimmable(uint32_t cp) { return IN(cp, trimmable_set); }

static bool is_digit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Letters, digits and redaction marks: a run of them is one unbreakable word. */
static bool is_word(uint32_t c)
{
	return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
	       c == '*' || c == 0xFF0A || c == 0x00D7;
}

bool gw_ts_can_break(const uint32_t *cp, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return false;
	uint32_t a = cp[i - 1], b = cp[i];
	if (gw_ts_not_start(b) || gw_ts_not_end(a))
		return false;
	if (is_word(a) && is_word(b))
		return false;
	/* 4.97, 1,200, 9:30: a separator between digits belongs to the number. */
	if (i >= 2 && (a == '.' || a == ',' || a == ':' || a == 0xFF0E || a == 0xFF0C) &&
	    is_digit(b) && is_digit(cp[i - 2]))
		return false;
	/* -1.2‰, +3%, ±0.5, －２: a sign stays with its number (a line-final
	 * hyphen also reads as a hyphenation and is dropped by text extraction) */
	if (is_digit(b) && (a == '-' || a == '+' || a == 0x2212 || a == 0xFF0D || a == 0xFF0B || a == 0x00B1))
		return false;
	/* COVID-19, A-3: a hyphen inside a word. */
	if (b == '-' && is_word(a))
		return false;
	if (a == '-' && is_word(b) && i >= 2 && is_word(cp[i - 2]))
		return false;
	return true;
}

double gw_ts_width(const double *adv, size_t a, size_t b, double track)
{
	double w = 0;
	for (size_t i = a; i < b; i++)
		w += adv[i] + track;
	return w;
}

/* A mark set on a full em (a proportional or already compressed one is left alone). */
static bool full_em(double adv, double size)
{
	return adv >= 0.75 * size;
}

size_t gw_ts_compress(const uint32_t *cp, double *adv, size_t n, double size)
{
	size_t done = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		uint32_t a = cp[i], b = cp[i + 1];
		bool a_closes = gw_ts_trimmable(a), b_opens = gw_ts_opening(b);
		bool b_mark = gw_ts_trimmable(b) || b_opens;
		/* the empty space between them: a's right half, or b's left half */
		bool gap = (a_closes && b_mark) || (gw_ts_opening(a) && b_opens);
		if (gap && full_em(adv[i], size) && full_em(adv[i + 1], size)) {
			adv[i] -= GW_TS_SQUEEZE * size;
			done++;
		}
	}
	return done;
}

/* What a line-final glyph may give back: the empty half of a full-width mark. */
static double trim(const uint32_t *cp, const double *adv, size_t k, double size)
{
	return gw_ts_trimmable(cp[k]) && full_em(adv[k], size) ? adv[k] / 2 : 0;
}

/* Tc that makes [s, e) end exactly at `avail` (its last mark trimmed). */
static double justify_tc(const uint32_t *cp, const double *adv, size_t s, size_t e,
			 double avail, const gw_ts_params *p)
{
	if (e - s < 2)
		return p->track;
	double sum = 0;
	for (size_t i = s; i < e; i++)
		sum += adv[i];
	return (avail - sum + trim(cp, adv, e - 1, p->size)) / (double)(e - s - 1);
}

/* What glyph i, inside a line starting at a and not its last glyph, may
 * give when the line is tightened (§7.3.5.5, clreq push-in): the empty
 * right half of a full-width closing or pause/stop mark, GW_TS_SQUEEZE em
 * (typeset.h: why not 0.5).  A line's first glyph keeps its place. */
static double mark_slack(const uint32_t *cp, const double *adv, size_t a, size_t i, double size)
{
	return i > a && gw_ts_trimmable(cp[i]) && full_em(adv[i], size) ? GW_TS_SQUEEZE * size : 0;
}

/* clreq's order of compression: closing brackets and quotes first, then
 * the pause marks ，、；：, then the stops 。？！. */
static int squeeze_rank(uint32_t c)
{
	static const uint32_t pauses[] = {0xFF0C, 0x3001, 0xFF1B, 0xFF1A};
	static const uint32_t stops[] = {0x3002, 0xFF1F, 0xFF01, 0xFF0E};
	return IN(c, pauses) ? 1 : IN(c, stops) ? 2 : 0;
}

/* Tightens [a, e) by `over` points by compressing its marks in clreq's
 * order, from the line end back; what the marks cannot give is left to
 * the line's Tc (at most max_squeeze). */
static void squeeze_marks(const uint32_t *cp, double *adv, size_t a, size_t e, double over, double size)
{
	for (int rank = 0; rank < 3 && over > EPS; rank++)
		for (size_t i = e - 1; i-- > a && over > EPS;) {
			double give = squeeze_rank(cp[i]) == rank ? mark_slack(cp, adv, a, i, size) : 0;
			give = give < over ? give : over;
			adv[i] -= give;
			over -= give;
		}
}

/* End of the next line starting at a: greedy fill; when the next glyph may
 * not start a line, push-in (tight: compress the line's marks, then Tc up
 * to max_squeeze), else push-out. */
static size_t next_end(const uint32_t *cp, const double *adv, double *tight, size_t n, size_t a, double avail,
		       const gw_ts_params *p)
{
	double w = 0, slack = 0;
	size_t k = a;
	while (k < n && w + adv[k] + p->track - trim(cp, adv, k, p->size) <= avail + EPS) {
		if (tight && k > a)
			slack += mark_slack(cp, adv, a, k - 1, p->size);
		w += adv[k] + p->track;
		k++;
	}
	if (k == n)
		return n;
	if (k > a && gw_ts_not_start(cp[k])) {
		size_t j = k;
		double ww = w;
		for (; j < n && gw_ts_not_start(cp[j]); j++) {
			double s = tight ? slack + mark_slack(cp, adv, a, j - 1, p->size) : 0;
			if (ww + adv[j] + p->track - trim(cp, adv, j, p->size) > avail + p->max_squeeze + s + EPS)
				break;
			slack = s;
			ww += adv[j] + p->track;
		}
		if (j > k && (j == n || gw_ts_can_break(cp, n, j))) {
			double over = ww - p->track - trim(cp, adv, j - 1, p->size) - avail;
			if (tight && over > EPS)
				squeeze_marks(cp, tight, a, j, over, p->size);
			return j;
		}
	}
	size_t j = k;
	while (j > a && !gw_ts_can_break(cp, n, j))
		j--;
	if (j > a)
		return j;
	return k > a ? k : a + 1;  /* one unbreakable run longer than the line */
}

/* Glyphs of [s, e) that are not closing marks (a "short" last line has ≤ 1). */
static size_t solid_count(const uint32_t *cp, size_t s, size_t e)
{
	size_t c = 0;
	for (size_t i = s; i < e; i++)
		if (!gw_ts_not_start(cp[i]))
			c++;
	return c;
}

/* Avoid a last line of one character (plus marks) by pulling one more down. */
static void fix_short_last(const uint32_t *cp, const double *adv, size_t n, const gw_ts_params *p,
			   gw_ts_line *out, size_t nl)
{
	if (nl < 2 || solid_count(cp, out[nl - 1].start, n) > 1)
		return;
	gw_ts_line *prev = &out[nl - 2];
	double avail = p->width - p->rest_indent;
	for (size_t j = prev->end - 1; j > prev->start + 1; j--) {
		if (!gw_ts_can_break(cp, n, j))
			continue;
		double w = gw_ts_width(adv, j, n, p->track) - trim(cp, adv, n - 1, p->size);
		if (w <= avail + EPS) {
			prev->end = j;
			out[nl - 1].start = j;
		}
		return;
	}
}

/* tight: adv itself, writable (gw_ts_break_tight), or NULL. */
static size_t break_lines(const uint32_t *cp, const double *adv, double *tight, size_t n, const gw_ts_params *p,
			  gw_ts_line *out)
{
	size_t nl = 0;
	for (size_t a = 0; a < n; nl++) {
		double avail = p->width - (nl == 0 ? p->first_indent : p->rest_indent);
		size_t e = next_end(cp, adv, tight, n, a, avail, p);
		out[nl].start = a;
		out[nl].end = e;
		a = e;
	}
	fix_short_last(cp, adv, n, p, out, nl);
	for (size_t l = 0; l < nl; l++) {
		gw_ts_line *ln = &out[l];
		double avail = p->width - (l == 0 ? p->first_indent : p->rest_indent);
		ln->x = l == 0 ? p->first_indent : p->rest_indent;
		double natural = gw_ts_width(adv, ln->start, ln->end, p->track) - p->track -
				 trim(cp, adv, ln->end - 1, p->size);
		bool last = l + 1 == nl;
		ln->tc = p->track;
		if ((p->justify && !last) || natural > avail + EPS)
			ln->tc = justify_tc(cp, adv, ln->start, ln->end, avail, p);
		if (ln->tc > p->track + p->size)
			ln->tc = p->track;  /* gaps over an em look broken: leave the line ragged */
	}
	return nl;
}

size_t gw_ts_break(const uint32_t *cp, const double *adv, size_t n, const gw_ts_params *p,
		   gw_ts_line *out)
{
	return break_lines(cp, adv, NULL, n, p, out);
}

size_t gw_ts_break_tight(const uint32_t *cp, double *adv, size_t n, const gw_ts_params *p, gw_ts_line *out)
{
	return break_lines(cp, adv, adv, n, p, out);
}

/* ---- title balancing ---------------------------------------------------- */

static bool is_han(uint32_t c)
{
	return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* Cost (in em²) of breaking before i: 0 where Han meets a number or Latin, small
 * after a particle (的 之 和 与 及 在 上 暨) or before a word that opens a phrase
 * (第… ordinals, 关于), large inside a run of Han (it may split a word). */
static double break_penalty(const uint32_t *cp, size_t n, size_t i)
{
	static const uint32_t particles[] = {0x7684, 0x4E4B, 0x548C, 0x4E0E, 0x53CA, 0x5728, 0x4E0A, 0x66A8};
	uint32_t a = cp[i - 1], b = cp[i];
	if (is_han(b) && is_word(a))
		return 60;  /* 2022|年度: a number stays with its measure word */
	if (is_han(a) != is_han(b))
		return 0;
	if (IN(a, particles))
		return 8;
	if (b == 0x7B2C || (b == 0x5173 && i + 1 < n && cp[i + 1] == 0x4E8E))  /* 第, 关于 */
		return 8;
	return 60;  /* worse than a 5-character imbalance */
}

#define MAX_TITLE 128  /* glyphs balanced; longer titles are broken greedily */

size_t gw_ts_balance(const uint32_t *cp, const double *adv, size_t n, double width,
		     double track, gw_ts_line *out)
{
	if (n == 0)
		return 0;
	gw_ts_params gp = {.width = width, .size = 0, .track = track};
	size_t nl = gw_ts_break(cp, adv, n, &gp, out);
	if (nl > 1 && n <= MAX_TITLE) {
		double cost[MAX_TITLE + 1][8];
		size_t from[MAX_TITLE + 1][8];
		size_t L = nl < 8 ? nl : 7;
		double em = 0;
		for (size_t i = 0; i < n; i++)
			em = adv[i] > em ? adv[i] : em;
		double target = gw_ts_width(adv, 0, n, track) / (double)L;
		for (size_t j = 0; j <= n; j++)
			for (size_t l = 0; l <= L; l++)
				cost[j][l] = INFINITY;
		cost[0][0] = 0;
		for (size_t l = 1; l <= L; l++)
			for (size_t j = 1; j <= n; j++) {
				if (j < n && !gw_ts_can_break(cp, n, j))
					continue;
				for (size_t i = 0; i < j; i++) {
					if (cost[i][l - 1] == INFINITY)
						continue;
					double w = gw_ts_width(adv, i, j, track) - track;
					if (w > width + EPS)
						continue;
					double d = (w - target) / em;
					double c = cost[i][l - 1] + d * d + (j < n ? break_penalty(cp, n, j) : 0);
					if (l < L && w > target + em / 2)
						c += 10;  /* upper line longer: not a 梯形 */
					if (c < cost[j][l]) {
						cost[j][l] = c;
						from[j][l] = i;
					}
				}
			}
		if (L == nl && cost[n][L] < INFINITY) {
			size_t j = n;
			for (size_t l = L; l > 0; l--) {
				out[l - 1].start = from[j][l];
				out[l - 1].end = j;
				j = from[j][l];
			}
		}
	}
	for (size_t l = 0; l < nl; l++) {
		double w = gw_ts_width(adv, out[l].start, out[l].end, track) - track;
		out[l].x = (width - w) / 2;
		out[l].tc = track;
	}
	return nl;
}

/* ---- page breaking ------------------------------------------------------ */

/* Slots a keep-with-next chain starting at i needs on one page: the chain,
 * the row it is kept with, and that row's successor when moving it alone
 * would leave a first line at the bottom. */
static int chain_need(const gw_ts_row *rows, size_t n, size_t i)
{
	int c = 0;
	while (i < n && rows[i].keep_with_next) {
		c++;
		i++;
	}
	if (i < n) {
		c++;
		if (rows[i].para_first && !rows[i].para_last)
			c++;
	}
	return c;
}

/* Rows before i (a paragraph's last line, moving to the next page with
 * the chain it starts) that must move with it: the line before it, so it
 * is no widow, and the paragraph's first line too when that would be left
 * alone at the bottom (an orphan).  0 when that does not fit or the
 * paragraph would leave the page empty. */
static size_t widow_pull(const gw_ts_row *rows, size_t n, size_t i, int page, int slots)
{
	int need = chain_need(rows, n, i);
	if (i < 1 || rows[i - 1].page != page || rows[i - 1].blank || rows[i - 1].slot < 1)
		return 0;
	if (rows[i - 1].para_first)
		return need + 1 <= slots ? 1 : 0;
	bool orphan = i >= 2 && rows[i - 2].para_first && rows[i - 2].page == page;
	if (!orphan)
		return need + 1 <= slots ? 1 : 0;
	return rows[i - 2].slot >= 1 && need + 2 <= slots ? 2 : 0;
}

int gw_ts_paginate(gw_ts_row *rows, size_t n, int slots)
{
	int page = 0, s = 0;
	size_t orphan_ok = (size_t)-1;  /* a first line allowed at the bottom */
	for (size_t i = 0; i < n; i++) {
		gw_ts_row *r = &rows[i];
		if (s >= slots) {
			page++;
			s = 0;
		}
		if (r->blank && s == 0) {
			r->page = -1;
			r->slot = -1;
			continue;
		}
		bool move = false;
		if (s > 0 && r->keep_with_next && (i == 0 || !rows[i - 1].keep_with_next)) {
			int need = chain_need(rows, n, i);
			size_t len = 0;
			while (i + len < n && rows[i + len].keep_with_next)
				len++;
			move = s + need > slots && need <= slots;
			/* moving would leave 3+ slots empty: keep the chain and let
			 * the paragraph's first line stand at the bottom instead */
			if (move && s + need - 1 == slots && slots - s >= 3 && i + len < n &&
			    rows[i + len].para_first && !rows[i + len].para_last) {
				move = false;
				orphan_ok = i + len;
			}
		} else if (s > 0 && s == slots - 1 && !r->blank && !r->para_last && i != orphan_ok) {
			/* orphan: a first line alone at the bottom; widow: the next
			 * row would be a last line alone at the top */
			move = r->para_first || (i + 1 < n && rows[i + 1].para_last && !rows[i + 1].blank);
		}
		/* a chain that starts on a paragraph's last line (the line before
		 * the signature) takes the line before it along: a last line alone
		 * at the top of a page is a widow */
		size_t pull = move && r->keep_with_next && r->para_last && !r->para_first ? widow_pull(rows, n, i, page, slots)
											   : 0;
		if (move) {
			page++;
			s = 0;
			for (size_t k = i - pull; k < i; k++) {
				rows[k].page = page;
				rows[k].slot = s++;
			}
			if (r->blank) {
				r->page = -1;
				r->slot = -1;
				continue;
			}
		}
		r->page = page;
		r->slot = s++;
	}
	return page + 1;
}
