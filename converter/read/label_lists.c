/*
 * label_lists.c — 分别 lists: "甲、乙分别为3个和5个" hands each value its
 * own part of the subject (甲, 乙), with the head they share (市、县城区
 * 污水处理率 → 市城区污水处理率, 县城区污水处理率), an apposition
 * (甲、乙、丙三项制度 → 甲制度 …), ordinals (第一、二、三产业) or a head
 * written before the items (标准城市、农村); and counts joined by 和
 * sharing one noun (label_share_nouns).
 * In: the paragraph's quantities and the list head's index; out: the
 * members' labels, change and list_head set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "segment.h"
#include "units.h"

/* Splits a 分别 subject into its parts: 市、县城区污水处理率 → 市 | 县城区污水处理率. */
static size_t split_parts(const char *p, span s, span *parts, size_t max)
{
	size_t np = 0, start = s.a, i = s.a, len;
	while (i < s.b && np + 1 < max) {
		size_t sl;
		if (i > start && i + 6 <= s.b && memcmp(p + i, "”“", 6) == 0) {   /* “五一”“十一” */
			parts[np++] = (span){start, i + 3};
			start = i + 3;
			i += 3;
			continue;
		}
		sl = gw_lex_prefix(GW_LEX_LIST_SEP, p + i, s.b - i);
		if (sl == 3 && label_bound_at(p, start, i, s.b))
			sl = 0;   /* 数据传输及时率: 及时 is a word, no list */
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
bool label_list_gap(const char *p, size_t a, size_t b)
{
	return b == a || gw_lex_is(GW_LEX_LIST_GAP, p + a, b - a);
}

size_t label_qty_end(const struct qty *q)
{
	return q->noun.b > q->end ? q->noun.b : q->end;
}

#define SHARED_END_NEAR_CHARS 3   /* 省级|公益林: where a part's own end may lie */

/* Where the head shared by a 分别 list starts in its last part: after the
 * last part's own copy of the word a part ends with (职工医保、城乡居民医保
 * 基金支付比例 → 基金支付比例), else `skip` (the first part's length). */
static size_t shared_head(const char *p, span mine, span last, size_t skip)
{
	if (chars(p + mine.a, mine.b - mine.a) < 3)
		return skip;
	size_t w = prev_start(p, prev_start(p, mine.b)), wl = mine.b - w;
	for (size_t i = last.a; i + wl < last.b; i++)
		if (!memcmp(p + i, p + w, wl))
			return i + wl - last.a;
	/* 国家级、省级公益林: the part's last character (级) near the last
	 * part's start, where parts of unequal length end alike */
	w = prev_start(p, mine.b);
	wl = mine.b - w;
	size_t len;
	for (size_t i = last.a, c = 0; i + wl < last.b && c < SHARED_END_NEAR_CHARS; i += len, c++) {
		gw_utf8_decode(p + i, last.b - i, &len);
		if (!memcmp(p + i, p + w, wl))
			return i + wl - last.a;
	}
	return skip;
}

/* True when a list part already names a measure (巩固率, 总产量, 人数): it
 * takes no head from the last part. */
static bool names_measure(const char *p, span s)
{
	/* with something before it */
	return s.b > s.a && gw_lex_suffix(GW_LEX_MEASURE_HEAD, p + s.a + 1, s.b - s.a - 1) > 0;
}

/* 甲、乙、丙三项制度落实率, 市、县两级财政: a count in Chinese numerals
 * (with a measure word, 级 or 大) right after the last item, equal to the
 * number of items, restates the list (an apposition); its span (三项) in
 * the last part, or {0, 0}. */
static span apposition(const char *p, span last, size_t items)
{
	size_t len, ul;
	for (size_t i = last.a + 3; i + 9 <= last.b; i += len) {
		gw_utf8_decode(p + i, last.b - i, &len);
		for (size_t d = 0; d < gw_small_numerals_n; d++) {
			const gw_unit_def *u;
			if (memcmp(p + i, gw_small_numerals[d].text, 3) || gw_small_numerals[d].value != items)
				continue;
			u = gw_unit_match(p + i + 3, last.b - i - 3, false, &ul);
			if (!(u && u->measure_word) &&   /* 市、县两级, 甲、乙、丙三大 */
			    (!memcmp(p + i + 3, "级", 3) || !memcmp(p + i + 3, "大", 3)))
				ul = 3, u = NULL;
			else if (!(u && u->measure_word))
				continue;
			if (chars(p + i + 3 + ul, last.b - i - 3 - ul) >= 2)
				return (span){i, i + 3 + ul};
		}
	}
	return (span){0, 0};
}

/* True when one Chinese numeral follows the first part's 第 and starts
 * each other part: 第一、二、三产业 (the parts share 第 and the head). */
static bool ordinal_parts(const char *p, const span *parts, size_t np)
{
	const char *digits = gw_ordinal_digits;
	size_t nd = strlen(digits);
	if (parts[0].b - parts[0].a != 6 || memcmp(p + parts[0].a, "第", 3) ||
	    !memmem(digits, nd, p + parts[0].a + 3, 3))
		return false;
	for (size_t i = 1; i < np; i++)
		if (parts[i].b - parts[i].a < 3 || !memmem(digits, nd, p + parts[i].a, 3) ||
		    (i + 1 < np && parts[i].b - parts[i].a != 3) || (i + 1 == np && parts[i].b - parts[i].a < 9))
			return false;
	return true;
}

/* 最低生活保障标准城市、农村: parts of one or two characters after a long
 * first one that ends with a part of their length, the rest of it naming
 * a measure — the head is written once, before the first item, so each
 * item takes it after itself. */
static bool front_head(const char *p, const span *parts, size_t np)
{
	size_t first = chars(p + parts[0].a, parts[0].b - parts[0].a);
	for (size_t i = 1; i < np; i++) {
		size_t c = chars(p + parts[i].a, parts[i].b - parts[i].a);
		if (c > 2 || c != chars(p + parts[1].a, parts[1].b - parts[1].a) || names_measure(p, parts[i]))
			return false;
	}
	if (first < chars(p + parts[1].a, parts[1].b - parts[1].a) + 3)
		return false;
	/* the head names a measure (…标准城市、农村), so the items are its
	 * kinds, not more things (充电桩、换电站) */
	span head = {parts[0].a, parts[0].b - (parts[1].b - parts[1].a)};
	return names_measure(p, head) ||
	       (head.b - head.a > 6 && gw_lex_suffix(GW_LEX_HEAD_MEASURE, p + head.a, head.b - head.a));
}

/* True when two list parts end with the same character (增值税、企业所得
 * 税): the earlier one names its thing in full, it shares no head. */
static bool same_end(const char *p, span mine, span last)
{
	if (mine.b - mine.a < 6 || last.b - last.a < 6)
		return false;
	size_t a = prev_start(p, mine.b), b = prev_start(p, last.b);
	return mine.b - a == last.b - b && !memcmp(p + a, p + b, mine.b - a);
}

/* A 分别 list's subject split for its members. */
struct list_subject {
	span subj;            /* the subject before 分别 */
	span parts[16];       /* its parts (甲、乙、丙) */
	size_t np;            /* how many parts */
	size_t count;         /* how many members (values) */
	bool from_figures;    /* the figures just before are the subjects, one each */
	bool town_country;    /* 城乡 … → 城市 …, 农村 … */
};

/* True when byte off is one of the w word ends in ends[] (but the last). */
static bool word_ends_at(const size_t *ends, size_t w, size_t off)
{
	for (size_t k = 0; k + 1 < w; k++)
		if (ends[k] == off)
			return true;
	return false;
}

/* Where the head the parts share starts in the last part: as many
 * characters in as the first part is long (not bytes: 市、县城区…) — or, when
 * that cuts a word and another part's length ends one, that many
 * (工业互联网、智慧矿山、智慧医疗场景 → 场景, not 景). */
static size_t head_skip(const char *p, const span *parts, size_t np)
{
	span last = parts[np - 1];
	const char *t = p + last.a;
	size_t n = last.b - last.a, first = gw_utf8_offset(t, n, chars(p + parts[0].a, parts[0].b - parts[0].a));
	if (first >= n || np < 3)
		return first;
	size_t ends[GW_SEG_MAX_CHARS], w = gw_segment(t, n, ends, GW_SEG_MAX_CHARS);
	if (w > GW_SEG_MAX_CHARS || word_ends_at(ends, w, first))
		return first;
	for (size_t i = 1; i + 1 < np; i++) {
		size_t off = gw_utf8_offset(t, n, chars(p + parts[i].a, parts[i].b - parts[i].a));
		if (off < n && word_ends_at(ends, w, off))
			return off;
	}
	return first;
}

/* 职工医保、城乡居民医保基金支付比例: member i's part with the head the
 * parts share (taken from the last part), or the part in full when it
 * names its thing itself (增值税、企业所得税). */
static void shared_part(const char *p, const span *parts, size_t np, size_t i, char *buf)
{
	span mine = parts[i], last = parts[np - 1];
	size_t skip = head_skip(p, parts, np);
	/* 事故起数、死亡人数: a later part that is only an attribute takes the
	 * first part's subject (事故死亡人数) */
	size_t attr = gw_lex_suffix(GW_LEX_ATTR, p + parts[0].a, parts[0].b - parts[0].a);
	if (parts[0].b - parts[0].a > 9 && label_bare_rate(p + mine.a, mine.b - mine.a) &&
	    label_bare_rate(p + parts[0].b - 9, 9))
		attr = 9;   /* 刑满释放人员衔接率、安置率 → 刑满释放人员安置率 */
	if (i > 0 && attr && attr < parts[0].b - parts[0].a &&
	    (gw_lex_suffix(GW_LEX_ATTR, p + mine.a, mine.b - mine.a) == mine.b - mine.a ||
	     label_bare_rate(p + mine.a, mine.b - mine.a)) &&
	    chars(p + mine.a, mine.b - mine.a) <= 4)
		cat(buf, p + parts[0].a, parts[0].b - parts[0].a - attr);
	cat(buf, p + mine.a, mine.b - mine.a);
	size_t head = shared_head(p, mine, last, skip);
	if (same_end(p, mine, last))
		skip = last.b - last.a;   /* 增值税、所得税: each names its own in full */
	else if (i + 1 < np && head < last.b - last.a &&
		 (chars(p + mine.a, mine.b - mine.a) <= 4 ||
		  (head != skip && chars(p + mine.a, mine.b - mine.a) <= 8 && !names_measure(p, mine))))
		skip = head;
	else
		skip = last.b - last.a;
	/* 发展党员、转正党员的人数: 的 ends the last item's own phrase, the
	 * shared head is what follows it */
	if (skip + 3 < last.b - last.a && !memcmp(p + last.a + skip, "的", 3))
		skip += 3;
	if (skip < last.b - last.a)
		cat(buf, p + last.a + skip, last.b - last.a - skip);
}

/* The subject of member i (0 = the head) of the list starting at quantity
 * k, by the first way of splitting that fits, into buf. */
static void member_subject(const struct para_ctx *c, const struct list_subject *l, size_t k, size_t i,
			   char *buf)
{
	const char *p = c->p;
	const span *parts = l->parts;
	size_t np = l->np;
	bool split = np == l->count && np >= 2;
	span app;
	if (l->from_figures) {
		const char *prev = c->q[k + i - l->count].label;
		cat(buf, prev, strlen(prev));
	} else if (l->town_country) {   /* 城乡低保标准分别为760元和580元 */
		cat(buf, i == 0 ? "城市" : "农村", 6);
		cat(buf, p + l->subj.a + 6, l->subj.b - l->subj.a - 6);
	} else if (split && ordinal_parts(p, parts, np)) {
		/* 第一、二、三产业增加值: 第 + each numeral + the head */
		span last = parts[np - 1];
		cat(buf, "第", 3);
		cat(buf, p + parts[i].a + (i == 0 ? 3 : 0), 3);
		cat(buf, p + last.a + 3, last.b - last.a - 3);
	} else if (split && front_head(p, parts, np)) {
		/* 低保标准城市、农村 → 城市低保标准, 农村低保标准 */
		span first = parts[0];
		size_t own = gw_utf8_offset(p + first.a, first.b - first.a,
					    chars(p + first.a, first.b - first.a) -
					    chars(p + parts[np - 1].a, parts[np - 1].b - parts[np - 1].a));
		span mine = i == 0 ? (span){first.a + own, first.b} : parts[i];
		cat(buf, p + mine.a, mine.b - mine.a);
		cat(buf, p + first.a, own);
	} else if (split && (app = apposition(p, parts[np - 1], np)).b) {
		/* 甲、乙、丙三项制度落实率: each item + the head after the count */
		span mine = parts[i];
		cat(buf, p + mine.a, (i + 1 == np ? app.a : mine.b) - mine.a);
		cat(buf, p + app.b, parts[np - 1].b - app.b);
	} else if (split) {
		shared_part(p, parts, np, i, buf);
	} else {
		cat(buf, p + l->subj.a, l->subj.b - l->subj.a);
	}
}

/* How the subject of the list headed by quantity k splits for its count
 * members: a 分别 without a subject of its own takes the last list's, or
 * the figures just before it (接待游客3860万人次、旅游收入362亿元，分别增长
 * 46.2%和51.8%). */
static void split_subject(const struct para_ctx *c, size_t k, struct list_subject *l,
			  struct label_state *st)
{
	const char *p = c->p;
	label_strip_front(p, &l->subj, true);
	label_strip_back(p, &l->subj, false);
	if (l->subj.b == l->subj.a)   /* 分别达到4.36万元和1.92万元，分别增长5.1%和7.4% */
		l->subj = st->list_subj;
	st->list_subj = l->subj;
	size_t count = l->count;
	l->from_figures = l->subj.b == l->subj.a && k >= count && c->q[k - count].num_a >= st->sent;
	for (size_t j = k - (l->from_figures ? count : 0); l->from_figures && j < k; j++)
		if (c->q[j].change || c->q[j].list_head >= 0 || !c->q[j].label[0])
			l->from_figures = false;
	l->np = split_parts(p, l->subj, l->parts, 16);
	l->town_country = l->np == 1 && count == 2 && l->subj.b - l->subj.a > 6 &&
			  memcmp(p + l->subj.a, "城乡", 6) == 0;
}

/* …分别为24个、11个和9个，3个项目入选省级示范: after a comma, a figure
 * with a noun of its own opens a clause of its own, no member of the list. */
static bool new_clause_member(const char *p, const struct qty *prev, const struct qty *q)
{
	size_t e = label_qty_end(prev);
	return q->noun.b > q->noun.a && q->num_a >= e + 3 && !memcmp(p + q->num_a - 3, "，", 3);
}

/* Labels a 分别 list: head k, members after it; returns the last member. */
size_t label_list(struct para_ctx *c, size_t k, span subj, span chg, char change,
		  struct label_state *st)
{
	const char *p = c->p;
	size_t m = k + 1;
	while (m < c->nq && c->q[m].range_of < 0 && label_list_gap(p, label_qty_end(&c->q[m - 1]), c->q[m].num_a) &&
	       !new_clause_member(p, &c->q[m - 1], &c->q[m]))
		m++;
	struct list_subject l = {.subj = subj, .count = m - k};
	split_subject(c, k, &l, st);
	for (size_t j = k; j < m; j++) {
		struct qty *q = &c->q[j];
		char buf[BUF] = "";
		member_subject(c, &l, k, j - k, buf);
		cat(buf, p + q->noun.a, q->noun.b - q->noun.a);
		if (j == k)
			label_set_topic(st, buf, label_phrase_start(p, q->num_a, 0), q->kind);
		cat(buf, p + chg.a, chg.b - chg.a);
		if (q->kind == GW_KIND_RATIO && chg.b - chg.a == 3 && !memcmp(p + chg.a, "占", 3))
			cat(buf, "比", 3);   /* 男性、女性干部分别占56%、44%: shares */
		else if (!change && chg.b - chg.a > 3 && !memcmp(p + chg.a, "占", 3))
			label_name_share(q, buf);   /* …分别占故障总数的38%和27% */
		copy_text(q->label, buf);
		q->change = change;
		if (j > k)
			q->list_head = (int)k;
	}
	return m - 1;
}

/* Where the text after the last 、 in s starts, or 0. */
size_t label_last_list_sep(const char *p, span s)
{
	size_t at = 0;
	for (size_t i = s.a; i + 3 <= s.b; i++)
		if (!memcmp(p + i, "、", 3))
			at = i + 3;
	return at;
}

/* 省委**条和市委***条措施: a count with no noun, joined by 和/、 to one of
 * the same unit that has a noun, counts the same thing. */
void label_share_nouns(struct para_ctx *c)
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

#define SUBSET_MEMBER_MAX_CHARS 4   /* 国道, 小麦, 农村公路: a bare member */

/* The whole a 其中 subset member k belongs to: the figure right before the
 * 其中 of k's sentence, in k's unit, with the subset's members between
 * them; or (size_t)-1. */
static size_t subset_whole(const struct para_ctx *c, size_t k)
{
	const struct qty *q = &c->q[k];
	for (size_t j = k; j-- > 0;) {
		const struct qty *w = &c->q[j];
		if (strcmp(w->base_unit, q->base_unit) || w->range_of >= 0)
			return (size_t)-1;
		span gap = {label_qty_end(w), c->q[j + 1].num_a};
		if (gap.b <= gap.a)
			continue;
		for (size_t i = gap.a, len; i < gap.b; i += len)
			if (is_sentence_delim(cp_at(c->p, c->n, i, &len)))
				return (size_t)-1;
		if (label_find_word(c->p, &gap, "其中") != (size_t)-1)
			return w->change ? (size_t)-1 : j;
	}
	return (size_t)-1;
}

/* True when every word of s is a noun (a bare member: 国道, 小麦). */
static bool bare_nouns(const char *s)
{
	size_t n = strlen(s), ends[GW_SEG_MAX_CHARS], w = gw_segment(s, n, ends, GW_SEG_MAX_CHARS);
	gw_seg_class cls;
	for (size_t k = 0, at = 0; k < w && w <= GW_SEG_MAX_CHARS; at = ends[k++])
		if (!gw_seg_lookup(s + at, ends[k] - at, &cls) || !gw_seg_noun(cls))
			return false;
	return w > 0 && w <= GW_SEG_MAX_CHARS;
}

/* What the whole's label measures, without the thing measured (its first
 * word) and 总: 公路总里程 → 里程, 农作物耕种收综合机械化率 → 耕种收综合机械化率;
 * NULL unless it ends on a measure (率, 量, 额 …, 里程): a count's members
 * are named bare (团组织12个，其中团委3个). */
static const char *measure_of(const char *label)
{
	size_t n = strlen(label), ends[GW_SEG_MAX_CHARS], w = gw_segment(label, n, ends, GW_SEG_MAX_CHARS);
	if (w < 2 || w > GW_SEG_MAX_CHARS)
		return NULL;
	const char *m = label + ends[0];
	if (!strncmp(m, "总", 3))
		m += 3;
	size_t ml = strlen(m);
	bool measure = gw_lex_suffix(GW_LEX_MEASURE_HEAD, m, ml) || (ml >= 6 && !strcmp(m + ml - 6, "里程"));
	return measure && chars(m, ml) >= 2 ? m : NULL;
}

/* 公路总里程3,286公里，其中国道142.7公里、省道218.3公里: a bare member of a
 * 其中 subset, in the unit of the whole, is part of what the whole
 * measures (国道里程, 小麦耕种收综合机械化率). */
void label_subset_measures(struct para_ctx *c)
{
	for (size_t k = 1; k < c->nq; k++) {
		struct qty *q = &c->q[k];
		size_t j = subset_whole(c, k);
		const char *m = j == (size_t)-1 ? NULL : measure_of(c->q[j].label);
		if (!m || q->change || q->kind == GW_KIND_COUNT || chars(q->label, strlen(q->label)) > SUBSET_MEMBER_MAX_CHARS ||
		    !bare_nouns(q->label) || strstr(q->label, m))
			continue;
		cat(q->label, m, strlen(m));
	}
}
