/*
 * indicator_noun.c — the noun a measure word counts (18个村落 → 村落, 3个国考、
 * 省考断面 → 国考、省考断面, 完成3家钢铁企业超低排放改造 → …超低排放改造).
 * In: the paragraph and a quantity scanned by indicators.c, its unit;
 * out: q->noun.  Stops and starts are word lists in lexicon.c.
 */
#include <string.h>

#include "indicator_text.h"
#include "segment.h"
#include "units.h"

/* Stop words that may still begin a noun right after a measure word (在建项目). */
static bool noun_start(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_NOUN_START, s, n) > 0;
}

/* True when the stop word of `stop` bytes at byte i (在, 有, 要, 达, 负责 …)
 * is bound in a longer word (lexicon.c's GW_LEX_BOUND) that begins at i or
 * at `prev`, the character before it inside the noun (prev == i at the
 * noun's start): 主要, 国有, 达标 and 负责人 are words, not 主 + 要,
 * 国 + 有, 达 + 标, 负责 + 人. */
static bool bound_stop(const char *p, size_t n, size_t prev, size_t i, size_t stop)
{
	if (gw_lex_prefix(GW_LEX_BOUND, p + i, n - i) > stop)
		return true;
	return prev < i && gw_lex_prefix(GW_LEX_BOUND, p + prev, n - prev) > i - prev;
}

/* 规模以上企业, 副高以上职称: inside a noun, 以上/以下 followed by a noun
 * closes a class (a qualifier stands right after the unit, read before
 * the noun). */
static bool class_bound(const char *p, size_t n, size_t i, size_t stop)
{
	if (stop != 6 || (memcmp(p + i, "以上", 6) && memcmp(p + i, "以下", 6)))
		return false;
	return is_han(cp_at(p, n, i + 6, &(size_t){0})) && !gw_lex_prefix(GW_LEX_NOUN_STOP, p + i + 6, n - i - 6);
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

/* End of a bracketed alternative at byte i — （社区） of 村（社区）: up to four
 * Chinese characters in brackets — or i when there is none. */
static size_t bracket_alt(const char *p, size_t n, size_t i)
{
	size_t len, j;
	uint32_t open = cp_at(p, n, i, &len);
	if (open != 0xFF08 && open != '(')
		return i;
	j = i + len;
	for (int c = 0; c <= 4; c++) {
		uint32_t cp = cp_at(p, n, j, &len);
		if (cp == 0xFF09 || cp == ')')
			return c ? j + len : i;
		if (!is_han(cp) || strncmp(p + j, "其中", 6) == 0)
			return i;
		j += len;
	}
	return i;
}

/* True when a dangling adverb (未, 仍, 均: GW_LEX_DANGLING_END) stands at
 * byte i as a word of its own (segment.h) in the noun begun at start. */
static bool dangling_at(const char *p, size_t n, size_t start, size_t i)
{
	size_t l = gw_lex_prefix(GW_LEX_DANGLING_END, p + i, n - i);
	if (!l)
		return false;
	size_t end = i + l + 12 < n ? i + l + 12 : n;   /* and a little after it */
	return gw_seg_boundary(p + start, end - start, i - start) &&
	       gw_seg_boundary(p + start, end - start, i + l - start);
}

/* True when a qualifier of the next figure starts at byte i (5个分馆年接待量
 * 不足1万人次): it belongs to that figure, so it ends the noun before it. */
static bool qualifier_of_next(const char *p, size_t n, size_t i)
{
	size_t l = gw_lex_prefix(GW_LEX_QUAL_BEFORE, p + i, n - i), len;
	uint32_t next = l ? cp_at(p, n, i + l, &len) : 0;
	return l && (is_digit_cp(next) || gw_is_mask(next));
}

/* End of the noun starting at byte i (i when none): Chinese characters up
 * to a delimiter or a word of NOUN_STOP, at most NOUN_MAX_CHARS. */
static size_t noun_run(const char *p, size_t n, size_t i)
{
	size_t len, start = i;
	for (size_t c = 0; c < NOUN_MAX_CHARS; c++) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (!is_han(cp) || gw_lex_prefix(GW_LEX_LEVEL_MOVE, p + i, n - i) || (c > 0 && dangling_at(p, n, start, i)) ||
		    qualifier_of_next(p, n, i))
			break;   /* 156项扩展到203项: no noun; 8个项目未按期开工: 项目 */
		size_t stop = gw_lex_prefix(GW_LEX_NOUN_STOP, p + i, n - i);
		if (stop && bound_stop(p, n, c ? prev_start(p, i) : i, i, stop))
			stop = 0;   /* 党政主要领导干部, 长期不达标平台 */
		if (stop && c > 0 && class_bound(p, n, i, stop))
			stop = 0;   /* 4家规模以上企业, 12名副高以上职称人员 */
		if (stop && (c > 0 || !noun_start(p + i, n - i)))
			break;
		i += len;
	}
	return i;
}

/* 完成3家钢铁企业超低排放改造。: after 完成 the counted things' action
 * ends the clause, and names them with it (超低排放改造); its length at
 * byte i, or 0 (8个项目未按期开工 stops before the verb). */
static size_t done_action(const char *p, size_t n, const struct qty *q, size_t i)
{
	size_t l = i > q->end ? gw_lex_prefix(GW_LEX_NOUN_STOP, p + i, n - i) : 0, len;
	if (!l || q->num_a < 6 || memcmp(p + q->num_a - 6, "完成", 6))
		return 0;   /* 实现12个乡镇全覆盖: a state reached, no action */
	uint32_t after = cp_at(p, n, i + l, &len);
	return after == 0 || is_phrase_delim(after) ? l : 0;
}

/* The noun a measure word counts: 18个村落 → 村落.  Stops at delimiters,
 * digits, masks and at verbs or particles listed in NOUN_STOP. */
void gw_indicator_read_noun(const char *p, size_t n, struct qty *q, const gw_unit_def *u)
{
	q->noun.a = q->noun.b = q->end;
	if (!u->measure_word || gw_lex_prefix(GW_LEX_PER_HEAD, p + q->end, n - q->end))
		return;   /* 860户户均增收2,400元: the average is the next figure's */
	size_t i = q->end, len;
	/* 4300名60岁以上老人: an age belongs to the noun */
	size_t d = i;
	while (is_digit_cp(cp_at(p, n, d, &len)))
		d += len;
	size_t age = (d + 3 <= n && memcmp(p + d, "岁", 3) == 0) ? 3 :
		     (d + 6 <= n && memcmp(p + d, "周岁", 6) == 0) ? 6 : 0;
	if (d > i && age) {
		i = d + age;
		if (i + 3 < n && !memcmp(p + i, "及", 3) && gw_lex_prefix(GW_LEX_QUAL_AFTER, p + i + 3, n - i - 3))
			i += 3;   /* 65岁及以上老年人: the class's bound included */
		i += gw_lex_prefix(GW_LEX_QUAL_AFTER, p + i, n - i);
	}
	i = noun_run(p, n, i);
	/* 3个国考、省考断面: nouns joined by 、 share the last one's head (a
	 * figure after the next noun makes it a list item of its own) */
	while (i > q->end && i + 3 < n && !memcmp(p + i, "、", 3)) {
		size_t next = noun_run(p, n, i + 3);
		uint32_t after = cp_at(p, n, next, &len);
		if (next == i + 3 || is_digit_cp(after) || gw_is_mask(after) || after == 0x3001)
			break;
		i = next;
	}
	i += done_action(p, n, q, i);
	q->noun.b = i;
	cut_noun(p, q, u);
	/* 村（社区）, 乡镇（街道）: a short bracketed alternative names the same thing */
	if (q->noun.b > q->noun.a)
		q->noun.b = bracket_alt(p, n, q->noun.b);
}
