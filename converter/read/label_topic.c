/*
 * label_topic.c — topics across clauses.  Subjects too generic to stand
 * alone (总投资, 开工率, 同比增长) take a topic from earlier in the
 * sentence, chosen by what they are: a rate follows the last count, money
 * the first count, a change the last figure of its kind (label_pick_topic).
 * Sentences are bounded by 。；！？ and a （其中…） aside is one of its own
 * (label_sentence_start, label_aside_at).
 * In: the paragraph, the label_state of its sentence; out: topics (text)
 * and the state updated with each self-standing label.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "markers.h"
#include "segment.h"
#include "units.h"

#define POINT_MARKER_BYTES 12   /* 一是, 第一, 首先, ①: the marker only */

/* An opening bracket starts a new phrase only before 其中 (an aside with its
 * own subjects); 每千人口执业（助理）医师 is one noun phrase. */
static bool bracket_inside(const char *p, size_t i, uint32_t cp)
{
	if (cp != 0xFF08 && cp != '(' && cp != 0xFF09 && cp != ')')
		return false;
	return !((cp == 0xFF08 || cp == '(') && strncmp(p + i, "其中", 6) == 0);
}

/* 5,000万元以上工业项目, １，２６０户, 1:500地形图: a comma grouping digits or
 * a colon of a scale or ratio stands between two digits and ends no phrase
 * (i is the byte after the mark cp). */
static bool mark_between_digits(const char *p, size_t i, uint32_t cp)
{
	if (cp != ',' && cp != 0xFF0C && cp != ':' && cp != 0xFF1A)
		return false;
	size_t mark = prev_start(p, i);
	return mark > 0 && is_digit_cp(cp_before(p, mark)) && is_digit_cp(cp_at(p, i + 4, i, &(size_t){0}));   /* p ends in NUL */
}

/* Where the phrase before byte i starts: a phrase delimiter, or `floor`. */
size_t label_phrase_start(const char *p, size_t i, size_t floor)
{
	size_t lim = lookback_floor(p, i);
	if (floor > lim)
		lim = floor;
	while (i > lim) {
		size_t s = prev_start(p, i);
		uint32_t cp = cp_before(p, i);
		if (is_phrase_delim(cp) && !bracket_inside(p, i, cp) && !mark_between_digits(p, i, cp))
			return i;
		i = s;
	}
	return lim;
}

/* Start of the "（其中…" aside that the "）" ending at byte i closes, or 0. */
static size_t aside_open(const char *p, size_t i, size_t lim)
{
	size_t j = prev_start(p, i);   /* at the ） */
	while (j > lim) {
		uint32_t cp = cp_before(p, j);
		if (cp == 0xFF08 || cp == '(')
			return strncmp(p + j, "其中", 6) == 0 ? prev_start(p, j) : 0;
		if (cp == 0xFF09 || cp == ')' || cp == 0x3002)
			return 0;
		j = prev_start(p, j);
	}
	return 0;
}

/* Where the sentence holding byte i starts.  A （其中…） aside is skipped:
 * 支出38.6亿元（其中：教育支出9.2亿元），同比增长4.2% is one sentence. */
size_t label_sentence_start(const char *p, size_t i)
{
	size_t lim = lookback_floor(p, i);
	while (i > lim) {
		uint32_t cp = cp_before(p, i);
		size_t open;
		if ((cp == 0xFF09 || cp == ')') && (open = aside_open(p, i, lim)) != 0) {
			i = open;
			continue;
		}
		if (is_sentence_delim(cp) && !bracket_inside(p, i, cp))
			return i;
		i = prev_start(p, i);
	}
	return lim;
}

/* True when the sentence starting at byte s is a （其中…） aside. */
bool label_aside_at(const char *p, size_t s)
{
	if (s == 0 || strncmp(p + s, "其中", 6) != 0)
		return false;
	uint32_t cp = cp_before(p, s);
	return cp == 0xFF08 || cp == '(';
}

/* 生活垃圾日产日清, 困难群众应保尽保: a four-character idiom whose first and
 * third (or second and fourth) characters repeat is a predicate; a topic
 * ends before it. */
static void cut_idiom(const char *p, span *s)
{
	uint32_t c[4];
	size_t at[4], i = s->a, len;
	int n = 0;
	for (int k = 0; i < s->b && k < TOPIC_MAX_CHARS + 4; k++, i += len) {
		uint32_t cp = gw_utf8_decode(p + i, s->b - i, &len);
		if (n == 4) {
			memmove(c, c + 1, 3 * sizeof c[0]);
			memmove(at, at + 1, 3 * sizeof at[0]);
			n = 3;
		}
		c[n] = cp;
		at[n++] = i;
		if (n == 4 && k >= 5 && is_han(c[0]) && is_han(c[1]) && is_han(c[2]) && is_han(c[3]) &&
		    (c[0] == c[2]) != (c[1] == c[3]) && i + len == s->b) {
			s->b = at[0];
			return;
		}
	}
}

/* The first empty verb at least two characters into s (为自主创业军人发放
 *贷款: 发放): its position, length in *len (0 when none). */
size_t label_beneficiary_verb(const char *p, span s, size_t *vlen)
{
	size_t i = s.a, len;
	*vlen = 0;
	for (int c = 0; i < s.b && c < 16; c++, i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		size_t v;
		if (c >= 2 && (v = gw_lex_prefix(GW_LEX_VERB, p + i, s.b - i)) >= 6) {
			*vlen = v;
			return i;
		}
	}
	return 0;
}

/* 为企业追回欠款, 为群众挽回损失: the treatment verb after a beneficiary
 * (two characters at least into s); its position, or 0. */
size_t label_treated_after_beneficiary(const char *p, span s)
{
	size_t i = s.a, len;
	for (int c = 0; i < s.b && c < 12; c++, i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		size_t v;
		if (c >= 2 && (v = label_staying_verb(p + i, s.b - i)) && label_clause_verb(p + i, s.b - i) == v &&
		    chars(p + i + v, s.b - i - v) >= 2)
			return i;
	}
	return 0;
}

/* 分季度看, 从结构看, 总体来看: a view frame says how the figures are read,
 * it names none of them; where one ends s (规上工业增加值分季度看), or s.b.
 * A frame opens with a word of GW_LEX_VIEW_OPEN and ends in 看 within
 * VIEW_MAX_BYTES. */
#define VIEW_MAX_BYTES 24
static size_t view_frame_at(const char *p, span s)
{
	if (s.b - s.a < 6 || memcmp(p + s.b - 3, "看", 3))
		return s.b;
	for (size_t i = s.b - 3; i > s.a && s.b - i <= VIEW_MAX_BYTES;) {
		i = prev_start(p, i);
		if (gw_lex_prefix(GW_LEX_VIEW_OPEN, p + i, s.b - i))
			return i;
	}
	return s.b;
}

/* 项目前期工作经费偏紧，今年仅安排…, 孤独症学生比例逐年上升，已占…: a lead
 * clause saying how its thing is (lexicon's GW_LEX_HOW_IT_IS, a word of its
 * own at the end) names the thing without it. */
static void cut_predicate(const char *p, span *s)
{
	size_t n = s->b - s->a, l = gw_lex_suffix(GW_LEX_HOW_IT_IS, p + s->a, n);
	if (l && n - l >= 6 && gw_seg_boundary(p + s->a, n, n - l))
		s->b -= l;
}

/* The clause before the sentence's first figure as a topic, up to its first
 * verb, date or 截至: 灾后重建截至2022年底，重建开工… → 灾后重建;
 * 企业开办实现“一网通办”，平均用时… → 企业开办. */
static void lead_topic(const char *p, size_t sent, size_t phrase_a, char *out)
{
	out[0] = '\0';
	if (phrase_a <= sent)
		return;
	size_t end = prev_start(p, phrase_a), len;   /* drop the delimiter */
	span s = {label_phrase_start(p, end, sent), end};
	s.b = view_frame_at(p, s);
	label_strip_front(p, &s, true);   /* 开工建设南山至河口高速公路 → 南山至河口高速公路 */
	size_t cut, nstops;
	const gw_word *stops = gw_lex_words(GW_LEX_TOPIC_STOP, &nstops);
	for (size_t k = 0; k < nstops; k++)
		if ((cut = label_find_word(p, &s, stops[k].text)) != (size_t)-1)
			s.b = cut;
	cut_idiom(p, &s);
	/* 为民警办理意外伤害保险: for whom is no topic; what was provided is */
	bool for_whom = s.b - s.a > 12 && gw_lex_prefix(GW_LEX_FOR_WHOM, p + s.a, 3);
	bool stripped = !for_whom && s.a >= 3 && s.b - s.a > 9 &&
			gw_lex_prefix(GW_LEX_FOR_WHOM, p + s.a - 3, 3);
	if (for_whom || stripped) {
		size_t v, vat = label_beneficiary_verb(p, (span){s.a + (for_whom ? 3 : 0), s.b}, &v);
		if (v && s.b - vat - v >= 6)
			s.a = vat + v;
	}
	for (size_t k = s.a; k < s.b; k += len) {   /* stop at the first digit or verb */
		uint32_t cp = gw_utf8_decode(p + k, s.b - k, &len);
		if (is_digit_cp(cp) || (k >= s.a + 6 && gw_lex_prefix(GW_LEX_VERB, p + k, s.b - k) >= 6)) {
			s.b = k;
			break;
		}
	}
	if (s.b - s.a > 6 && !memcmp(p + s.b - 3, "”", 3)) {   /* 不动产登记“一网通办” → 不动产登记 */
		size_t q = label_find_word(p, &s, "“");
		if (q != (size_t)-1 && q > s.a)
			s.b = q;
	}
	label_strip_back(p, &s, false);
	cut_predicate(p, &s);
	if (s.b > s.a && chars(p + s.a, s.b - s.a) <= TOPIC_MAX_CHARS)
		cat(out, p + s.a, s.b - s.a);
}

/* The noun phrase after "的" that follows a chain of quantities, up to
 * its predicate: 120个楼栋3600户**万平方米的棚户区改造房屋 → 棚户区改造
 * 房屋, 日供水能力3万吨的第二水厂建成投用 → 第二水厂. */
void label_post_de(const struct para_ctx *c, size_t k, span *out)
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
		/* …的第二水厂建成投运: the noun ends where its predicate starts */
		if (cnt >= 2 && label_clause_verb(p + i, c->n - i) >= 6)
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
void label_join_topic(char *buf, const char *topic, const char *s, size_t n)
{
	size_t tl = strlen(topic);
	if (n > 3 && memcmp(s + n - 3, "率", 3) == 0) {
		char stem[BUF] = "";
		cat(stem, s, n - 3);
		const char *hit = stem[0] ? strstr(topic, stem) : NULL;
		size_t rest = hit ? tl - (size_t)(hit - topic) - strlen(stem) : 0;
		size_t head = hit ? (size_t)(hit - topic) : 0;
		bool noun_head = head >= 3 && strncmp(topic + head - 3, "并", 3) && strncmp(topic + head - 3, "和", 3) &&
				 strncmp(topic + head - 3, "及", 3) && !gw_lex_suffix(GW_LEX_VERB, topic, head);
		if (hit && noun_head && gw_lex_prefix(GW_LEX_TOPIC_PREP, topic, tl) && rest >= 6) {
			/* 向上级输送优秀运动苗子 + 输送率 → 优秀运动苗子输送率 */
			cat(buf, hit + strlen(stem), rest);
			cat(buf, s, n);
			return;
		}
		if (hit && noun_head && chars(topic, head) > 2) {
			/* 城乡居民医保参保人员 + 参保率 → 城乡居民医保参保率 */
			cat(buf, topic, head);
			cat(buf, s, n);
			return;
		}
		if (hit && rest > 0 && chars(hit + strlen(stem), rest) >= 2 &&
		    chars(hit + strlen(stem), rest) <= (hit == topic ? 10 : 4) &&
		    !gw_lex_prefix(GW_LEX_STEM_SUFFIX, hit + strlen(stem), rest)) {   /* not 普惠|性… */
			/* 整改隐患 + 整改率 → 隐患整改率 */
			cat(buf, hit + strlen(stem), rest);
			cat(buf, s, n);
			return;
		}
	}
	size_t best = 0;
	/* an overlap of one character is chance (审执结 + 结案率), of a word
	 * (开工) a shared word */
	for (size_t k = 1; k <= tl && k <= n; k++)
		if (memcmp(topic + tl - k, s, k) == 0 && ((unsigned char)s[k] & 0xC0) != 0x80 &&
		    chars(s, k) >= 2)
			best = k;
	cat(buf, topic, tl - best);
	cat(buf, s, n);
}

/* True when whole is a bare rate or share: 上线率, 办结率, 比例. */
bool label_bare_rate(const char *whole, size_t wn)
{
	return (wn >= 3 && memcmp(whole + wn - 3, "率", 3) == 0 && chars(whole, wn) <= 3);
}

/* 总支出, 日处理能力, 出栏: an attribute of something named before
 * (旅游收入 and 改造面积 say whose they are). */
static bool attribute(const char *whole, size_t wn)
{
	size_t skip = wn ? gw_lex_prefix(GW_LEX_ATTR_MOD, whole, wn - 1) : 0;   /* and more after it */
	return gw_lex_is(GW_LEX_ATTR, whole, wn) || (skip && gw_lex_is(GW_LEX_ATTR, whole + skip, wn - skip));
}

enum need label_need_of(size_t core_n, size_t noun_n, const char *whole, bool change)
{
	size_t wn = strlen(whole);
	if (wn == 0)
		return change ? NEED_CHANGED : NEED_GENERIC;
	/* 占年度计划的108%, 增速高于城镇居民1.8个百分点: said of the thing before */
	if (gw_lex_prefix(GW_LEX_OF_BEFORE, whole, wn))
		return NEED_CHANGED;
	if (noun_n == 0 && wn >= 6 && memcmp(whole, "完成", 6) == 0 && chars(whole, wn) <= 4)
		return NEED_GENERIC;   /* 完成整治612个: of what was counted before */
	if (gw_lex_is(GW_LEX_GENERIC, whole, wn) || chars(whole, wn) == 1 || label_bare_rate(whole, wn))
		return NEED_GENERIC;
	if (attribute(whole, wn))
		return NEED_GENERIC;
	/* 惠及群众, 支持项目, 入驻实体: what the figure before did */
	if (wn > 6 && gw_lex_prefix(GW_LEX_DONE_BY_BEFORE, whole, wn) && chars(whole, wn) <= 7)
		return NEED_GENERIC;
	if (core_n == 0 && noun_n && chars(whole, wn) <= 2)
		return NEED_SHORT;
	return NEED_NONE;
}

/* 新增完成治理的行政村 → 治理的行政村: a topic opening with what came,
 * without that and the empty verbs after it (a rate after it is of all of
 * them: 治理率; money spent on them is theirs: 新建学校总投资), or with a
 * verb of finding, without it (发现问题 → 问题); else the topic itself. */
const char *label_past_what_came(const char *s)
{
	size_t n = strlen(s), v, len;
	for (size_t i = 0; i < n; i += len) {   /* 巡察发现问题, 整改率 → 问题整改率 */
		gw_utf8_decode(s + i, n - i, &len);
		if ((v = gw_lex_prefix(GW_LEX_FINDING_VERB, s + i, n - i)) && i + v < n)
			return s + i + v;
	}
	if (!gw_lex_prefix(GW_LEX_COUNTING_VERB, s, n))
		return s;
	while (((v = gw_lex_prefix(GW_LEX_COUNTING_VERB, s, n)) || (v = gw_lex_prefix(GW_LEX_VERB, s, n))) && v < n) {
		s += v;
		n -= v;
	}
	return s;
}

/* A topic without its stage or attribute: 重建开工 → 重建, 社保基金总收入 →
 * 社保基金, 生猪存栏 → 生猪; and without the verb of a count that stays in
 * the count's own label (办理行政诉讼案件 → 行政诉讼案件 for its 胜诉率), but
 * not of what came (新建学校总投资). */
static void make_trim(const char *full, char *trim)
{
	size_t fn = strlen(full), v = label_staying_verb(full, fn);
	if (!v || v >= fn || gw_lex_prefix(GW_LEX_COUNTING_VERB, full, fn) ||
	    !gw_seg_boundary(full, fn, v))
		v = 0;
	size_t c = v ? gw_lex_prefix(GW_LEX_RESULT_COMPLEMENT, full + v, fn - v) : 0;
	if (c && v + c < fn && gw_seg_boundary(full, fn, v + c))
		v += c;   /* 监测到网络攻击 → 网络攻击, 排查出隐患 → 隐患 (not 抽查|出口企业) */
	copy_text(trim, full + v);
	size_t n = strlen(trim);
	size_t l = gw_lex_suffix(GW_LEX_STAGE, trim, n), a = gw_lex_suffix(GW_LEX_ATTR, trim, n);
	if (a > l)
		l = a;
	if (l && l < n)
		trim[n - l] = '\0';
}

void label_set_topic(struct label_state *st, const char *topic, size_t phrase, gw_kind kind)
{
	if (!topic[0])
		return;
	char trim[BUF];
	make_trim(topic, trim);
	if (!st->first_trim[0])
		copy_text(st->first_trim, trim);
	if (kind == GW_KIND_COUNT) {
		if (!st->first_count[0])
			copy_text(st->first_count, trim);
		copy_text(st->near_count, trim);
	}
	copy_text(st->near_full, topic);
	copy_text(st->near_trim, trim);
	st->near_kind = (int)kind;
	/* a measure (…的比例, 覆盖率) is no topic for the next sentences */
	if (!gw_lex_suffix(GW_LEX_MEASURE_HEAD, trim, strlen(trim)))
		copy_text(st->para_topic, trim);
	st->near_phrase = phrase;
}

/* 重建开工, 维修加固竣工: a topic naming a stage, parallel to the next one. */
static bool ends_with_stage(const char *s)
{
	size_t n = strlen(s);
	return n && gw_lex_suffix(GW_LEX_STAGE_END, s + 1, n - 1) > 0;  /* with something before it */
}

/* Which earlier subject a generic one belongs to:
 *   同比增长 → the thing just measured (near_full);
 *   开工率 in 开工1200户、开工率96% or 重建开工…，竣工… → the nearest;
 *   a rate (办结率, 整改率) → the nearest count (办理提案23件);
 *   money (总投资, 完成投资) → the first count of the sentence (实施项目168个). */
static const char *pick_topic(const struct label_state *st, enum need need, size_t phrase, const char *whole,
			      gw_kind kind)
{
	const char *order[5] = {"", "", "", "", ""};
	bool staged = ends_with_stage(st->near_full);
	size_t wn = strlen(whole);
	bool rate = label_bare_rate(whole, wn) ||
		    (wn > 3 && !memcmp(whole + wn - 3, "率", 3) && chars(whole, wn) <= 5) ||
		    (wn >= 6 && memcmp(whole, "完成", 6) == 0 && !gw_lex_is(GW_LEX_GENERIC, whole, wn));
	if (need == NEED_CHANGED) {
		/* a change in 天 or 万吨 is the change of the last 天 or 万吨 figure */
		order[0] = (kind != GW_KIND_RATIO && st->by_kind[kind][0]) ? st->by_kind[kind] : st->prev_base;
		order[1] = st->near_full;
	} else if (rate) {
		/* 办结率, 完成整治: of the count just given, or of what the phrase
		 * names; else nothing (火化率 stands alone) */
		order[0] = (st->near_phrase == phrase || staged) ? st->near_trim : "";
		order[1] = st->prev_kind == GW_KIND_COUNT ? st->near_count : "";
		order[2] = wn > 9 && gw_lex_prefix(GW_LEX_VERB, whole, wn) ? st->near_trim : "";   /* 发放准确率 */
		return order[0][0] ? order[0] : order[1][0] ? order[1] : order[2];
	} else if (!whole[0] && st->by_kind[kind][0]) {
		/* …提高1.2个百分点，达到35.6%: the figure before, of the same kind */
		return st->by_kind[kind];
	} else {
		order[0] = (st->near_phrase == phrase || staged) ? st->near_trim : "";
		if (kind == GW_KIND_RATIO && gw_lex_is(GW_LEX_GENERIC, whole, wn))
			order[1] = st->near_count;
		else
			order[1] = st->first_count;
	}
	/* an attribute takes only a close topic: never an unrelated earlier one */
	bool attr = need != NEED_CHANGED && attribute(whole, wn) && !gw_lex_is(GW_LEX_GENERIC, whole, wn);
	order[2] = !attr ? st->first_trim : st->near_kind == (int)kind ? st->near_trim : "";
	order[3] = st->lead;
	order[4] = attr ? "" : st->para_topic;
	for (int i = 0; i < 5; i++)
		if (order[i][0])
			return order[i];
	return "";
}

const char *label_pick_topic(const struct label_state *st, enum need need, size_t phrase,
			     const char *whole, gw_kind kind)
{
	const char *topic = pick_topic(st, need, phrase, whole, kind);
	/* 新建应急避难场所…，总面积达到…, …治理率提高到: a total or rate is of
	 * all of them, not of what came; money is spent on what came
	 * (新建学校总投资), and a change is of the figure it follows */
	return need == NEED_CHANGED || kind == GW_KIND_AMOUNT ? topic : label_past_what_came(topic);
}

/* True when the sentence at byte s opens a point (二是, 第二, 其次, ②):
 * a new point is about a new thing, so the paragraph's topic ends. */
static bool opens_point(const char *p, size_t s)
{
	size_t n = strnlen(p + s, POINT_MARKER_BYTES);
	while (((unsigned char)p[s + n] & 0xC0) == 0x80)
		n++;   /* whole characters only (p ends in NUL) */
	return gw_marker_point_families(p + s, n, NULL) != 0;
}

void label_new_sentence(struct label_state *st, const char *p, size_t sent, size_t num_a)
{
	if (opens_point(p, sent))
		st->para_topic[0] = '\0';
	/* 发现隐患5,146处，其中…；已整改4,981处: a part after ；still counts
	 * what the part before counted (label_count_before) */
	uint32_t before = sent ? cp_before(p, sent) : 0;
	bool part = (before == 0xFF1B || before == ';') && st->sent != (size_t)-1 && st->first_count[0];
	st->part_sent = part ? st->sent : (size_t)-1;
	st->sent = sent;
	lead_topic(p, sent, label_phrase_start(p, num_a, 0), st->lead);
	st->first_trim[0] = st->near_full[0] = st->near_trim[0] = '\0';
	st->first_count[0] = st->near_count[0] = st->prev_base[0] = '\0';
	st->list_subj.a = st->list_subj.b = 0;
	for (int i = 0; i < 4; i++)
		st->by_kind[i][0] = '\0';
	st->prev_kind = -1;
	st->new_verb[0] = st->new_unit[0] = '\0';
	st->near_phrase = (size_t)-1;
}

/* 每千人口执业医师3.1人、注册护士3.6人: the per-capita base of the
 * previous label (its bytes up to 人口/人), when only 、 separates them. */
size_t label_per_capita(const struct para_ctx *c, size_t k, size_t pre_a)
{
	const struct qty *pq = &c->q[k - 1];
	const char *l = pq->label;
	size_t e = label_qty_end(pq);
	if (strncmp(l, "每", 3) != 0 || pre_a != e || e + 3 > c->n || memcmp(c->p + e, "、", 3) != 0)
		return 0;
	const char *hit = strstr(l, "人口");
	if (hit)
		return (size_t)(hit - l) + 6;
	hit = strstr(l + 3, "人");
	return hit ? (size_t)(hit - l) + 3 : 0;
}

/* 复议机关收到复议申请 → 复议申请: past an actor and its action at the
 * front of a label (who handled the things counted is no part of them). */
const char *label_past_actor(const char *label)
{
	size_t n = strlen(label), i = 0, len;
	for (int c = 0; c < 10 && i < n; c++) {
		gw_utf8_decode(label + i, n - i, &len);
		i += len;
		size_t a = gw_lex_prefix(GW_LEX_ACTION, label + i, n - i);
		if (a && i + a < n && label_ends_with_actor(label, i))
			return label + i + a;
	}
	return label;
}

/* The object of a count's label: 调整价格项目 → 价格项目 (actions and empty
 * verbs stripped from the front). */
const char *label_object_of(const char *label)
{
	label = label_past_what_came(label);   /* 巡察发现问题 → 问题 */
	size_t n = strlen(label), l;
	while (n && ((l = gw_lex_prefix(GW_LEX_ACTION, label, n)) || (l = gw_lex_prefix(GW_LEX_VERB, label, n)) ||
		     (n > 6 && (l = gw_lex_prefix(GW_LEX_DETERMINER, label, n)))) &&
	       l < n) {
		label += l;
		n -= l;
	}
	/* 在册社区矫正对象 → 社区矫正对象: a state (在册, 在岗, 在建) is the
	 * stock's, not what an action counts */
	if (n > 12 && !memcmp(label, "在", 3)) {
		label += 6;
		n -= 6;
	}
	return label_past_actor(label);
}

/* 公园累计接待游客2,860万人次，其中…接待640万人次: the same act (接待)
 * inside the object before names what it acts on (游客); else obj. */
static const char *past_same_act(const char *obj, const char *act, size_t l)
{
	char verb[BUF] = "";
	cat(verb, act, l);
	const char *at = strstr(obj, verb);
	return at && at > obj && chars(at + l, strlen(at + l)) >= 2 ? at + l : obj;
}

/* The count quantity k may count again: the nearest count before it in
 * its sentence (a few figures back at most), or in the part before a ；
 * (发现隐患5,146处，其中重大隐患12处；已整改4,981处).  Its label (the
 * sentence's nearest count, or the part's first count in the same unit:
 * the whole, not its last 其中 member) into *name; NULL when none. */
static const struct qty *count_before(const struct para_ctx *c, size_t k, const struct label_state *st,
				      const char **name)
{
	bool part = !st->near_count[0] && st->part_sent != (size_t)-1;
	size_t from = part ? st->part_sent : st->sent;
	const struct qty *pq = NULL;
	*name = st->near_count;
	for (size_t j = k; j-- > 0 && k - j <= 4 && c->q[j].num_a >= from;)
		if (c->q[j].kind == GW_KIND_COUNT) {
			pq = &c->q[j];
			break;
		}
	for (size_t j = 0; part && pq && j < k; j++)
		if (c->q[j].num_a >= from && c->q[j].kind == GW_KIND_COUNT &&
		    !strcmp(c->q[j].base_unit, pq->base_unit)) {
			*name = c->q[j].label;
			break;
		}
	return pq;
}

const char *label_count_before(const struct para_ctx *c, size_t k, const struct label_state *st)
{
	const char *name;
	return count_before(c, k, st, &name) ? name : st->near_count;
}

/* A count with no noun named only by an action (已化解128件), or a 其中
 * subset opening with one (其中安排工作岗位41名), counts the object of the
 * count just before it, in the same unit: action + object into buf. */
bool label_action_of_previous(const struct para_ctx *c, size_t k, span pre, span raw, span core,
			      const struct label_state *st, char *buf)
{
	const char *p = c->p;
	const struct qty *q = &c->q[k];
	const char *near;
	const struct qty *pq = count_before(c, k, st, &near);
	if (!pq || q->noun.b > q->noun.a || q->kind != GW_KIND_COUNT || !near[0] ||
	    strcmp(pq->base_unit, q->base_unit) || pq->range_of >= 0 || q->range_of >= 0)
		return false;
	bool subset = label_find_word(p, &pre, "其中") != (size_t)-1;
	span act = subset ? raw : core;
	if (act.b <= act.a)
		act = raw;
	size_t n = act.b - act.a;
	if (!subset && n == 9 && !memcmp(p + act.a, "被", 3) && is_han(cp_at(p, act.b, act.a + 3, &(size_t){0})) &&
	    is_han(cp_at(p, act.b, act.a + 6, &(size_t){0}))) {
		/* 提出建议186条，被采纳172条: a passive count names the things
		 * counted before by what befell them (建议被采纳) */
		const char *obj = label_object_of(near);
		if (!obj[0])
			return false;
		cat(buf, obj, strlen(obj));
		cat(buf, p + act.a, n);
		return true;
	}
	size_t fresh = n > 3 && !memcmp(p + act.a, "新", 3) ? 3 : 0;   /* 新接收 */
	size_t l = gw_lex_prefix(GW_LEX_ACTION, p + act.a + fresh, n - fresh);
	l = l ? l + fresh : 0;
	if (!l)
		l = gw_lex_prefix(GW_LEX_VERB, p + act.a, n);
	if (l && n == l + 3 && !memcmp(p + act.a + l, "了", 3))
		n = l;   /* 已经整改了15个 */
	if (!l || label_empty_verb(p + act.a, l) || (!subset && l != n) || chars(p + act.a, n) > 8)
		return false;
	const char *obj = label_object_of(near);
	if (!obj[0] || label_find_word(p, &act, obj) != (size_t)-1)
		return false;
	obj = past_same_act(obj, p + act.a, l);
	/* 发现问题142个，已整改129个 → 已整改问题: 已 says they are done, as the
	 * count before them may not be */
	if (act.a > pre.a && gw_lex_suffix(GW_LEX_DONE_ADV, p + pre.a, act.a - pre.a))
		cat(buf, "已", 3);   /* (已经整改 → 已整改问题, as assessors write it) */
	cat(buf, p + act.a, n);
	cat(buf, obj, strlen(obj));
	return true;
}

/* 移送问题线索6件，涉及人员11人 → 问题线索涉及人员: what an effect (涉及,
 * 惠及) is of is the thing the topic names, not what was done to it: the
 * topic's verbs (result or treatment) go.  惠及 takes the topic only when
 * it is a payment (GW_LEX_PAYMENT); else eff is empty: whom it reached
 * stands alone (true, eff empty).  True when eff says what the effect is
 * of, or is empty on purpose; eff is "" whenever false is returned. */
bool label_effect_of(const char *whole, const char *topic, char *eff)
{
	size_t wn = strlen(whole);
	bool reaching = wn > 6 && gw_lex_prefix(GW_LEX_REACHING, whole, wn);
	bool effect = wn > 6 && gw_lex_prefix(GW_LEX_EFFECT, whole, wn);
	eff[0] = '\0';
	if (!(effect || reaching) || !topic[0])
		return false;
	const char *obj = topic;
	span s = {0, strlen(obj)}, lv;
	label_clause_object(obj, &s, 0, false, &lv);
	size_t v = label_staying_verb(obj + s.a, s.b - s.a);
	if (v && chars(obj + s.a + v, s.b - s.a - v) >= 2)
		s.a += v;
	if (reaching && !gw_lex_within(GW_LEX_PAYMENT, obj + s.a, s.b - s.a))
		return true;   /* 惠及企业312家: no payment, whom it reached alone */
	if (s.b - s.a < 6)
		return false;
	cat(eff, obj + s.a, s.b - s.a);
	return true;
}
