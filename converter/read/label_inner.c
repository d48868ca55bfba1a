/*
 * label_inner.c — words inside a finished label that are no part of what
 * it names: an addressee or actor before 将/把 (恳请县政府将配套资金 →
 * 配套资金), who acted and when before the act (镇纪委全年立案查处… →
 * 立案查处…; 区博物馆全年接待观众 → 区博物馆接待观众).  The words are
 * lexicon.c's GW_LEX_INNER_CUT (cut with all before them) and
 * GW_LEX_INNER_TIME (cut with an actor before them, else alone) and
 * GW_LEX_INNER_VERB (cut alone: 港口完成货物吞吐量); each must
 * be a word of its own in the label (segment.h), with a noun phrase after.
 * label_trim_edges (called by label_fit.c on every label) cuts what a cut
 * elsewhere left at its edges (GW_LEX_EDGE_START/_END, GW_LEX_EDGE_FRONT).
 * In: a label built by label.c's rules; out: the label cut in place.
 */
#include <string.h>

#include "label.h"
#include "segment.h"

#define INNER_REST_MIN_CHARS 2   /* what a cut leaves names a thing */
#define EDGE_REST_MIN_CHARS 3    /* and after an adverb or 各类, a specific one */
#define EXAMPLES_KIND_MIN_CHARS 4 /* a kind that says what was counted without its examples */

/* Where the first word of list l that is a word of its own in buf[0..n)
 * starts, with at least INNER_REST_MIN_CHARS after it (and, when
 * before_verb, a verb right after it: 全年接待, not 全年总收入); its
 * length into *wl; (size_t)-1 when none. */
static size_t word_in(const char *buf, size_t n, gw_lex l, bool before_verb, size_t *wl)
{
	/* Most labels hold none of the list's words: then no segmenting (it
	 * was a quarter of a conversion's instructions, three times a label). */
	if (!gw_lex_within(l, buf, n))
		return (size_t)-1;
	size_t ends[GW_SEG_MAX_CHARS], w = gw_segment(buf, n, ends, GW_SEG_MAX_CHARS);
	if (w > GW_SEG_MAX_CHARS)
		return (size_t)-1;
	for (size_t k = 0, at = 0; k + 1 < w; at = ends[k++]) {
		size_t len = ends[k] - at;
		gw_seg_class next = GW_SEG_OTHER;
		gw_seg_lookup(buf + ends[k], ends[k + 1] - ends[k], &next);
		if (at > 0 && gw_lex_is(l, buf + at, len) &&
		    chars(buf + ends[k], n - ends[k]) >= INNER_REST_MIN_CHARS &&
		    (!before_verb || next == GW_SEG_VERB || label_clause_verb(buf + ends[k], n - ends[k]))) {
			*wl = len;
			return at;
		}
	}
	return (size_t)-1;
}

/* 恳请县人民政府将县级配套资金 → 县级配套资金: what 将/把 takes is the
 * thing; who is asked or who acts on it is not. */
static void cut_through_object_mark(char *buf)
{
	size_t n = strlen(buf), wl, at = word_in(buf, n, GW_LEX_INNER_CUT, false, &wl);
	if (at == (size_t)-1)
		return;
	memmove(buf, buf + at + wl, n - at - wl + 1);
	/* 力争完成城建投资 → 城建投资: the empty verb after it goes as it would
	 * have at the front (完成投资 and 完成年度计划 keep theirs) */
	n = strlen(buf);
	size_t v = gw_lex_prefix(GW_LEX_INNER_VERB, buf, n);
	if (v && chars(buf + v, n - v) >= EDGE_REST_MIN_CHARS && !gw_lex_is(GW_LEX_GENERIC, buf + v, n - v) &&
	    !gw_lex_within(GW_LEX_PLAN, buf + v, n - v))
		memmove(buf, buf + v, n - v + 1);
}

/* 综合执法大队全年出动执法人员 → 出动执法人员, 区博物馆全年接待观众 →
 * 区博物馆接待观众: a time inside the label goes; an actor before it
 * (a body: 大队, 纪委, 局) goes with it, a place that is what was counted
 * at (博物馆) stays. */
static void cut_inner_time(char *buf)
{
	size_t n = strlen(buf), wl, at = word_in(buf, n, GW_LEX_INNER_TIME, true, &wl);
	if (at == (size_t)-1)
		return;
	if (label_ends_with_actor(buf, at))
		memmove(buf, buf + at + wl, n - at - wl + 1);
	else
		memmove(buf + at, buf + at + wl, n - at - wl + 1);
}

/* 港口完成货物吞吐量 → 港口货物吞吐量, 三大主导产业合计实现产值 → 三大
 * 主导产业产值: an empty verb between the thing and its measure goes —
 * not before a generic measure 完成 makes specific (完成投资), a plan it
 * is measured against (完成年度计划比例), or a verb (实现就业); 实现 only
 * before a generic measure (a yield: 产值, 税收). */
static void cut_inner_verb(char *buf)
{
	size_t n = strlen(buf), wl, at = word_in(buf, n, GW_LEX_INNER_VERB, false, &wl);
	if (at == (size_t)-1 || chars(buf, at) < 2)
		return;
	const char *rest = buf + at + wl;
	size_t rn = n - at - wl;
	bool done = wl == 6 && !memcmp(buf + at, "完成", 6);
	bool yield = gw_lex_is(GW_LEX_YIELD_VERB, buf + at, wl);
	/* 完成整治, 实现就业: before a verb it says what happened, it stays
	 * (but 合计|实现产值 goes word by word) */
	size_t first[1];
	gw_seg_class cls = GW_SEG_OTHER;
	if (gw_segment(rest, rn, first, 1))
		gw_seg_lookup(rest, first[0], &cls);
	bool verb = !gw_lex_prefix(GW_LEX_INNER_VERB, rest, rn) &&
		    (cls == GW_SEG_VERB || label_clause_verb(rest, rn) || chars(rest, rn) <= 2);   /* 完成整治 */
	bool generic = gw_lex_prefix(GW_LEX_GENERIC, rest, rn) > 0;
	if ((yield ? !generic : (done && generic) || verb) || gw_lex_within(GW_LEX_PLAN, rest, rn))
		return;
	memmove(buf + at, rest, rn + 1);
	cut_inner_verb(buf);   /* 合计|实现: each in turn, the label shorter each time */
}

/* Whether buf[0..n) names something: two characters, the first a Han one
 * (前|5家企业 keeps its 前). */
static bool names_thing(const char *buf, size_t n)
{
	size_t len;
	return chars(buf, n) >= INNER_REST_MIN_CHARS && is_han(gw_utf8_decode(buf, n, &len));
}

/* Whether buf[0..n) opens with a verb: one of the lexicon's or the
 * dictionary's (改造, 培训). */
static bool opens_with_verb(const char *buf, size_t n)
{
	size_t first[1];
	gw_seg_class cls = GW_SEG_OTHER;
	if (label_clause_verb(buf, n) >= 6 || gw_lex_prefix(GW_LEX_COUNTING_VERB, buf, n) >= 6)
		return true;
	return gw_segment(buf, n, first, 1) && first[0] >= 6 && gw_seg_lookup(buf, first[0], &cls) &&
	       cls == GW_SEG_VERB;
}

/* 再改造老旧小区, 可减少重复检查: again, or can, before what was done or
 * changed says how the figure stands, not what it is (heldout's testers:
 * 再 dropped 9 times of 13, 可 before a change or a new count 6 of 6);
 * 再就业, 再犯罪率, 可容纳, 可回收物 are words or abilities. */
static size_t modal_front(const char *buf, size_t n)
{
	if (n <= 9)
		return 0;
	if (!memcmp(buf, "再", 3) && !gw_lex_prefix(GW_LEX_BOUND, buf, n) && opens_with_verb(buf + 3, n - 3)) {
		size_t first[1];
		return gw_segment(buf, n, first, 1) && first[0] == 3 ? 3 : 0;
	}
	if (!memcmp(buf, "可", 3) &&
	    (gw_lex_prefix(GW_LEX_DOWN, buf + 3, n - 3) >= 6 || gw_lex_prefix(GW_LEX_UP, buf + 3, n - 3) >= 6 ||
	     gw_lex_prefix(GW_LEX_COUNTING_VERB, buf + 3, n - 3) >= 6))
		return 3;
	return 0;
}

/* The length of what opens buf[0..n) and is no part of a label: a date
 * (2027年更新老旧警报器: the time is the period's), an adverb, or a word
 * of its own left by a cut (年底|前); 0 when none. */
static size_t edge_front(const char *buf, size_t n)
{
	size_t l = label_date_prefix(buf, n);
	if (!l && (l = modal_front(buf, n)))
		return l;
	if (!l && n > 3 && !memcmp(buf, "近", 3) && (l = label_date_prefix(buf + 3, n - 3)))
		l += 3;   /* 近3年流失…: the span is the period's */
	if (!l && n > 9 && !memcmp(buf, "年龄在", 9) && buf[9] >= '0' && buf[9] <= '9')
		return 9;   /* 年龄在50岁以上的中医师: the bound says it */
	if (!l && n > 12 && !memcmp(buf, "近", 3) && gw_lex_prefix(GW_LEX_NUMERAL, buf + 3, 3) &&
	    !memcmp(buf + 6, "年", 3))
		l = 9 + (n > 15 && !memcmp(buf + 9, "来", 3) ? 3 : 0);   /* 近三年流失…, 近五年来 */
	/* 带动茶农人均增收 → 茶农人均增收, 带动农产品销售额 → 农产品销售额: a
	 * change or a tally is the others', not the causing (带动就业, 带动消费 and
	 * 带动农户增收1,800万元, an amount, keep it) */
	if (!l && (l = gw_lex_prefix(GW_LEX_CAUSATIVE, buf, n)) &&
	    !(gw_lex_suffix(GW_LEX_OTHERS_GAIN, buf, n) ? gw_lex_within(GW_LEX_PER_HEAD, buf, n)
							: gw_lex_suffix(GW_LEX_UP, buf, n) || gw_lex_suffix(GW_LEX_TALLY_END, buf, n)))
		l = 0;
	/* 投入养护资金 → 养护资金: a fund named by its use says what was put in
	 * (the testers 17 of 21); 投入资金 and 投入各类资金 keep the verb */
	if (!l && (l = gw_lex_prefix(GW_LEX_FUNDING_VERB, buf, n))) {
		size_t f = gw_lex_suffix(GW_LEX_FUND, buf + l, n - l);
		if (!f || f >= n - l || gw_lex_prefix(GW_LEX_DETERMINER, buf + l, n - l))
			l = 0;
	}
	/* 各类违法案件 → 违法案件, but 各类项目 says more than 项目 */
	if (!l && (l = gw_lex_prefix(GW_LEX_EDGE_FRONT, buf, n)) && chars(buf + l, n - l) < EDGE_REST_MIN_CHARS)
		return 0;
	if (!l && gw_lex_prefix(GW_LEX_EDGE_START, buf, n)) {
		size_t first[1];
		if (gw_segment(buf, n, first, 1) && gw_lex_is(GW_LEX_EDGE_START, buf, first[0]) &&
		    !(gw_lex_is(GW_LEX_RELATIVE_VERB, buf, first[0]) && label_relative_len(buf + first[0], n - first[0])))
			l = first[0];   /* 具有高级职称的个人会员 keeps the verb of its clause */
	}
	return l && l < n && names_thing(buf + l, n - l) ? l : 0;
}

/* The length of a relative clause opening buf[0..n) through its 的, with
 * a noun after it (高级职称的个人会员: 高级职称的), or 0: short enough to be a
 * class (LABEL_CLASS_MAX_CHARS before the 的). */
size_t label_relative_len(const char *buf, size_t n)
{
	static const char of[] = "的";
	const char *de = memmem(buf, n, of, strlen(of));
	if (!de || de == buf || (size_t)(de - buf) + strlen(of) >= n || chars(buf, (size_t)(de - buf)) > LABEL_CLASS_MAX_CHARS)
		return 0;
	return (size_t)(de - buf) + strlen(of);
}

/* The length of the word of its own that ends buf[0..n) and is no part of
 * a label (…安置比例将), or 0. */
static size_t edge_back(const char *buf, size_t n)
{
	size_t l = gw_lex_suffix(GW_LEX_EDGE_END, buf, n);
	if (!l || !names_thing(buf, n - l))
		return 0;
	size_t ends[GW_SEG_MAX_CHARS], w = gw_segment(buf, n, ends, GW_SEG_MAX_CHARS);
	return w >= 2 && w <= GW_SEG_MAX_CHARS && ends[w - 2] == n - l ? l : 0;
}

/* 兑现各类惠农补贴资金 → 兑现惠农补贴资金: 各类 (各项, 各种) goes after
 * a verb that stays as it goes at the front (edge_fronts). */
static void cut_class_after_verb(char *buf, size_t n)
{
	size_t v = gw_lex_prefix(GW_LEX_COUNTING_VERB, buf, n), t = label_staying_verb(buf, n), d;
	if (t > v)
		v = t;
	if (v && v + 3 < n && !memcmp(buf + v, "的", 3))
		d = 3;   /* 印发超过8万份的宣传册: the figure stood between them */
	else if (!v || v >= n || !(d = gw_lex_prefix(GW_LEX_DETERMINER, buf + v, n - v)) || d >= n - v ||
		 chars(buf + v + d, n - v - d) < EDGE_REST_MIN_CHARS)
		return;
	memmove(buf + v, buf + v + d, n - v - d + 1);
}

/* 考取了中级社工证 → 考取中级社工证: the spoken aspect mark, a word of its
 * own after another (了解, 为了 are words), is no part of what was counted. */
static void cut_aspect(char *buf)
{
	if (!strstr(buf, "了"))
		return;   /* most labels: no segmenting */
	size_t n = strlen(buf), ends[GW_SEG_MAX_CHARS], w = gw_segment(buf, n, ends, GW_SEG_MAX_CHARS);
	if (w > GW_SEG_MAX_CHARS)
		return;
	for (size_t k = w; k-- > 1;) {
		size_t at = ends[k - 1];
		if (ends[k] - at == 3 && !memcmp(buf + at, "了", 3))
			memmove(buf + at, buf + at + 3, strlen(buf + at + 3) + 1);
	}
}

void label_trim_edges(char *buf)
{
	cut_aspect(buf);
	size_t n = strlen(buf), l;
	while ((l = edge_front(buf, n))) {
		memmove(buf, buf + l, n - l + 1);
		n -= l;
	}
	cut_class_after_verb(buf, n);
	n = strlen(buf);
	while ((l = edge_back(buf, n)))
		buf[n -= l] = '\0';
}

/* 团建覆盖率仍低于全市平均 → 团建覆盖率低于全市平均: an adverb before a
 * gap (lexicon_label.c's GW_LEX_GAP_ADVERB: 仍, 均, 还) says how the text
 * feels about it, not what is measured. */
static void cut_gap_adverb(char *buf)
{
	size_t n = strlen(buf);
	if (!gw_lex_within(GW_LEX_OF_BEFORE, buf, n))
		return;
	size_t ends[GW_SEG_MAX_CHARS], w = gw_segment(buf, n, ends, GW_SEG_MAX_CHARS);
	for (size_t k = 1, at = ends[0]; w <= GW_SEG_MAX_CHARS && k + 1 < w; at = ends[k++]) {
		if (gw_lex_is(GW_LEX_GAP_ADVERB, buf + at, ends[k] - at) &&
		    gw_lex_prefix(GW_LEX_OF_BEFORE, buf + ends[k], n - ends[k]) >= 6) {
			memmove(buf + at, buf + ends[k], n - ends[k] + 1);
			return;
		}
	}
}

/* “冬季雷霆”等集中执行行动 → 集中执行行动, 查处酒驾、醉驾等违法行为 →
 * 查处违法行为: examples before their kind go (a verb that stays keeps
 * its place); 等 must be a word of its own (等级, 平等 are not). */
static void cut_examples(char *buf)
{
	size_t n = strlen(buf), wl, at = word_in(buf, n, GW_LEX_EXAMPLES_END, false, &wl);
	if (at == (size_t)-1)
		return;
	size_t from = gw_lex_prefix(GW_LEX_COUNTING_VERB, buf, n), rest = at + wl, t = label_staying_verb(buf, n);
	if (t > from)
		from = t;
	/* a short kind (活动, 培训, 损失) says too little without them; a
	 * single character before 等 is a grade (上等烟) */
	if (from >= at || chars(buf + from, at - from) < 2 || chars(buf + rest, n - rest) < EXAMPLES_KIND_MIN_CHARS)
		return;
	memmove(buf + from, buf + rest, n - rest + 1);
}

void label_cut_inner(char *buf)
{
	cut_examples(buf);
	cut_gap_adverb(buf);
	cut_through_object_mark(buf);
	cut_inner_time(buf);
	cut_inner_verb(buf);
}
