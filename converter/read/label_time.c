/*
 * label_time.c — times written at the front of a subject, which are no
 * part of it: dates (2022年, 6月底前, 1至11月), seasons before their
 * clause's verb (汛期共组织…), five-year plan periods (“十三五”末),
 * 期间-phrases (重要节假日期间) and comparison bases (比2020年末, 较上年).
 * In: a byte range of the paragraph; out: the length of the time at its
 * front (0 when there is none) or whether the range is a comparison base.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "segment.h"
#include "units.h"

/* A season or period of the year named by a word (汛期, 暑期, 春运): a time
 * like a date; its length at p, or 0. */
static size_t season(const char *p, size_t n)
{
	return n ? gw_lex_prefix(GW_LEX_SEASON, p, n - 1) : 0;  /* and something after it */
}

/* 本供暖季, 上一学年: a season named with this, the last or the whole; its
 * length at p, or 0 (something must follow it). */
size_t label_season_with_deixis(const char *p, size_t n)
{
	size_t d = gw_lex_prefix(GW_LEX_SEASON_DEIXIS, p, n), l;
	/* and a word ends after it: 全年中心… is 全年 + 中心, not 全 + 年中 */
	return d && d < n && (l = gw_lex_prefix(GW_LEX_SEASON, p + d, n - d - 1)) && gw_seg_boundary(p, n, d + l) ? d + l : 0;
}

#define VERB_PROBE_BYTES 24   /* a verb's bytes looked at (eight characters) */

bool label_verb_follows(const char *p, size_t n)
{
	if (gw_lex_prefix(GW_LEX_UP, p, n) || gw_lex_prefix(GW_LEX_DOWN, p, n))
		return false;
	if (label_agent_adverb(p, n) || label_clause_verb(p, n) || gw_lex_prefix(GW_LEX_VERB, p, n) ||
	    gw_lex_prefix(GW_LEX_PREPOSITION, p, n))
		return true;
	size_t first[1], m = n < VERB_PROBE_BYTES ? n : VERB_PROBE_BYTES;   /* the first word only */
	gw_seg_class cls = GW_SEG_OTHER;
	return gw_segment(p, m, first, 1) && gw_seg_lookup(p, first[0], &cls) && cls == GW_SEG_VERB;
}

/* 重要节假日期间, “**马拉松”赛事期间, 禁渔期内, 开放以来: a phrase of up to
 * LABEL_EVENT_MAX_CHARS characters (a name in quotes, masked or with digits
 * in its quotes, may be among them) ending in an event's end (lexicon's
 * GW_LEX_EVENT_END) before its clause's verb (an adverb or a co-verb may
 * come first) is when, as label_status.c reads it; so is a time after
 * something is done (项目建成后可容纳…: GW_LEX_AFTER_DONE).  Its length, or 0. */
static size_t during(const char *p, size_t n)
{
	size_t i = 0, len, l;
	bool quoted = false;
	for (int c = 0; c <= LABEL_EVENT_MAX_CHARS && i < n; c++, i += len) {
		if (c >= 1 && (l = gw_lex_prefix(GW_LEX_EVENT_END, p + i, n - i)))
			return label_verb_follows(p + i + l, n - i - l) ? i + l : 0;
		if (c <= LABEL_AFTER_DONE_MAX_CHARS && (l = gw_lex_prefix(GW_LEX_AFTER_DONE, p + i, n - i)) && i + l < n)
			return i + l;
		uint32_t cp = gw_utf8_decode(p + i, n - i, &len);
		if (cp == 0x201C || cp == 0x201D)   /* “ ” */
			quoted = cp == 0x201C;
		else if (!is_han(cp) && !gw_is_mask(cp) && !(quoted && is_digit_cp(cp)))
			return 0;
	}
	return 0;
}

/* A five-year plan's period, quoted or not: “十三五”末, 十四五期间,
 * “十四五”以来 — a time like a date; its length at p, or 0 (a plan's
 * name alone, “十四五”规划, is none). */
static size_t plan_period(const char *p, size_t n)
{
	size_t i = 0, l;
	if (n >= 3 && !memcmp(p, "“", 3))
		i = 3;
	if (i + 9 > n || memcmp(p + i, "十", 3) || memcmp(p + i + 6, "五", 3))
		return 0;
	i += 9;
	if (i + 3 <= n && !memcmp(p + i, "”", 3))
		i += 3;
	return (l = gw_lex_prefix(GW_LEX_PLAN_POINT, p + i, n - i)) ? i + l : 0;
}

/* 防火期（1月至4月、10月至12月）: the dates in brackets after a season say
 * when it was; their length (brackets included), or 0. */
static size_t bracketed_dates(const char *p, size_t n)
{
	static const char *const opens[] = {"（", "("}, *const closes[] = {"）", ")"};
	for (size_t b = 0; b < 2; b++) {
		size_t ol = strlen(opens[b]), len;
		if (n <= ol || memcmp(p, opens[b], ol))
			continue;
		bool digit = false;
		for (size_t i = ol, c = 0; i < n && c <= BRACKET_DATES_MAX_CHARS; i += len, c++) {
			uint32_t cp = cp_at(p, n, i, &len);
			if (!memcmp(p + i, closes[b], strlen(closes[b])))
				return digit ? i + strlen(closes[b]) : 0;
			digit |= is_digit_cp(cp);
		}
	}
	return 0;
}

/* 2022年 / 6月底前 / 2023年9月底 / 一季度 / 6月中旬至8月下旬 / 汛期 /
 * “十三五”末 at the front: their length. */
size_t label_date_prefix(const char *p, size_t n)
{
	size_t i = 0, len, total = 0;
	for (;;) {
		size_t k = i;
		while (is_digit_cp(cp_at(p, n, k, &len)))
			k += len;
		if (k == i && total && (len = gw_lex_prefix(GW_LEX_RANGE, p + k, n - k)) &&
		    is_digit_cp(cp_at(p, n, k + len, &(size_t){0}))) {
			i = k += len;   /* 6月中旬至8月下旬: a range of dates is a date */
			while (is_digit_cp(cp_at(p, n, k, &len)))
				k += len;
		}
		if (k == i && !total && (len = during(p + i, n - i))) {
			total = i = k + len;   /* 重要节假日期间共出动 */
			total = i += bracketed_dates(p + i, n - i);
			continue;
		}
		if (k == i && (len = label_season_with_deixis(p + i, n - i))) {
			total = i = k + len;   /* 本供暖季全市集中供热面积 */
			continue;
		}
		if (k == i && (len = plan_period(p + i, n - i))) {
			total = i = k + len;   /* “十三五”末, “十四五”以来 */
			continue;
		}
		if (k == i) {
			/* a season before its clause's verb (汛期共组织…, 暑期期间
			 * 开展…) is when; before a noun it names the measure
			 * (汛期降雨量) */
			size_t w = season(p + i, n - i);
			if (!w)
				return total;
			k = i + w;
			for (size_t u = 0; u < 2; u++)   /* 汛期期间, 暑期以来 */
				if (k + 6 <= n && (!memcmp(p + k, u ? "以来" : "期间", 6)))
					k += 6;
			k += bracketed_dates(p + k, n - k);
			if (k == i + w && !label_verb_follows(p + k, n - k))
				return total;
			total = i = k;
			continue;
		}
		size_t r = gw_lex_prefix(GW_LEX_RANGE, p + k, n - k);   /* 1至11月 */
		if (r && is_digit_cp(cp_at(p, n, k + r, &len)))
			for (k += r; is_digit_cp(cp_at(p, n, k, &len));)
				k += len;
		/* 全镇9村1社区: counts of places naming a scope */
		size_t pl = gw_lex_prefix(GW_LEX_PLACE_COUNT, p + k, n - k);
		if (pl) {
			total = i = k + pl;
			continue;
		}
		size_t best = gw_lex_prefix(GW_LEX_DATE_UNIT, p + k, n - k);
		if (!best || (!total && gw_lex_is(GW_LEX_DESIGNATION, p + k, best)))
			return total;   /* 3号线 numbers a line: a day only after its month */
		k += best;
		k += gw_lex_prefix(GW_LEX_DATE_AFTER, p + k, n - k);
		total = i = k;
	}
}

/* 比2020年末, 较年初, 比上年同期: a comparison with an earlier time, however
 * the time is written (any date or period word after 比/较). */
bool label_comparison_base(const char *p, span s)
{
	if (s.b - s.a < 6 || !gw_lex_prefix(GW_LEX_THAN, p + s.a, 3))
		return false;
	size_t a = s.a + 3, n = s.b - a;
	size_t d = label_date_prefix(p + a, n), l = gw_lex_prefix(GW_LEX_PERIOD, p + a, n);
	if (l > d)
		d = l;
	if (d && d + 6 <= n && (!memcmp(p + a + d, "同期", 6) || !memcmp(p + a + d, "水平", 6)))
		d += 6;
	return d && d == n;
}

/* 下降至今年的97批次, 减少至目前的17座, 增加到2025年底的: a time with 的
 * between a change's 至/到 and the level says when the level holds (the
 * period, label_status.c), it names nothing; its length at the end of s
 * (from the 至/到 on, which strip_back then takes), or 0.  Before a share
 * only the present counts (提高到目前的76%): 恢复到2019年的112% is a
 * share of that year (dates false). */
size_t label_level_time(const char *p, span s, bool dates)
{
	if (s.b - s.a < 9 || memcmp(p + s.b - 3, "的", 3))
		return 0;
	size_t e = s.b - 3;
	for (size_t t = e; t > s.a; t = prev_start(p, t)) {
		if (!gw_lex_suffix(GW_LEX_TO, p + s.a, t - s.a))
			continue;
		size_t d = label_date_prefix(p + t, e - t);
		bool date = d == e - t || gw_lex_is(GW_LEX_PERIOD, p + t, e - t);
		return (dates && date) || gw_lex_is(GW_LEX_NOW, p + t, e - t) ? s.b - t : 0;
	}
	return 0;
}
