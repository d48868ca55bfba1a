/*
 * label.c — names the quantities indicators.c found in a paragraph:
 * label, change and the qualifier written before the number.
 *
 * The label is the noun phrase before the number, bounded by the phrase
 * (，；。：) and by the previous quantity, with connectives, adverbials,
 * empty verbs and dates stripped from its front (label_clause.c,
 * label_time.c) and 达到/为… from its end (label_subject.c), plus the noun
 * after a measure word (18个村落 → …村落); label_phrase.c reads all that into
 * a label_facts (label_facts.h).  What is then missing is taken
 * from the sentence by the first rule of label_rules that applies (a
 * topic, the clause after the unit, the figure before …; the rules naming
 * a class of the figures before are label_classes.c's).
 * In: para_ctx with its quantities; out: each quantity's label, change
 * and qualifier.  Every step looks at a bounded window.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "label_facts.h"
#include "segment.h"
#include "units.h"

/* The predicate after a bare noun: 2名同志加入党组织 → 同志加入党组织.
 * One that opens with an adverb of extent (12个乡镇全覆盖, 18个社区全部建成,
 * 15家单位既有…) says something of all of them, not which: nothing is added. */
static span predicate_span(const struct para_ctx *c, const struct qty *q)
{
	size_t start = q->noun.b > q->end ? q->noun.b : q->end;
	size_t i = start, len, cnt = 0;
	span none = {start, start};
	if (start <= c->n && gw_lex_prefix(GW_LEX_EXTENT, c->p + start, c->n - start))
		return none;
	/* 180天缩短为135天, 由156项扩展到203项: a change to a new level says
	 * nothing of which */
	if (gw_lex_prefix(GW_LEX_UP, c->p + start, c->n - start) ||
	    gw_lex_prefix(GW_LEX_DOWN, c->p + start, c->n - start) ||
	    gw_lex_prefix(GW_LEX_LEVEL_MOVE, c->p + start, c->n - start))
		return none;
	while (i < c->n && cnt < TOPIC_MAX_CHARS) {
		uint32_t cp = cp_at(c->p, c->n, i, &len);
		if (!is_han(cp) && cp != 0x201C && cp != 0x201D)
			break;
		i += len;
		cnt++;
	}
	return (span){start, i};
}

static void predicate(const struct para_ctx *c, const struct qty *q, char *buf)
{
	span s = predicate_span(c, q);
	cat(buf, c->p + s.a, s.b - s.a);
}

/* 为3万亩高标准农田提供服务, 完成2万亩造林任务: the noun phrase right
 * after a measure (亩, 平方米, 吨: no measure word) up to the verb or
 * conjunction that follows it or its phrase's end; {0, 0} when none. */
static span measured_noun(const struct para_ctx *c, const struct qty *q)
{
	span none = {0, 0};
	size_t i = q->end, len;
	for (int k = 0; i < c->n && k < TOPIC_MAX_CHARS; k++, i += len) {
		uint32_t cp = cp_at(c->p, c->n, i, &len);
		if (k >= 2 && (is_phrase_delim(cp) || cp == 0x3001 || label_clause_verb(c->p + i, c->n - i) >= 6 ||
			       gw_lex_prefix(GW_LEX_NOUN_STOP, c->p + i, c->n - i)))
			return (span){q->end, i};   /* 污水管网并投入使用, 造林任务。 */
		if (!is_han(cp))
			return none;
	}
	return none;
}

/* 帮助860名妇女实现就业: after a causative verb the causee's own
 * predicate says which ones are counted (实现就业妇女), the causative verb
 * adds nothing — unless the predicate has a count of its own (支持9个乡镇
 * 实施项目42个 counts 乡镇 by the support). */
static bool causee_acts(const struct para_ctx *c, const struct qty *q, span raw, span core)
{
	size_t v = core.a > raw.a ? label_verb_before(c->p, raw.a, core.a) : 0;
	if (!v || !label_causative(c->p + core.a - v, v))
		return false;
	span pr = predicate_span(c, q);
	return pr.b > pr.a && label_clause_verb(c->p + pr.a, pr.b - pr.a) >= 6 &&
	       !is_digit_cp(cp_at(c->p, c->n, pr.b, &(size_t){0}));
}

/* 2人被评为先进个人, 投资300万元实施改造工程: when nothing before the number
 * names the thing, the clause after the unit does; its verb is dropped like
 * a verb before a subject (被 too), so what is left is what it names. */
static span object_after(const struct para_ctx *c, const struct qty *q)
{
	span s = predicate_span(c, q), lv;
	if (s.b - s.a > 3 && !memcmp(c->p + s.a, "被", 3)) {
		s.a += 3;
		size_t v = label_clause_verb(c->p + s.a, s.b - s.a);
		if (!v && s.b - s.a > 6 && gw_lex_prefix(GW_LEX_CONFERRED, c->p + s.a, s.b - s.a))
			v = 6;
		if (v && chars(c->p + s.a + v, s.b - s.a - v) >= 2)
			s.a += v;
	}
	label_clause_object(c->p, &s, s.a, false, &lv);
	return s;
}


/* ---- the rules --------------------------------------------------------- */

/* 排查积案136件，已化解128件 → 已化解积案; 其中上调102项 → 上调价格项目:
 * a count named only by an action counts the object of the count before;
 * the topic stays the thing, not what was done to it. */
static bool previous_object_applies(const struct label_facts *f)
{
	char probe[BUF] = "";
	return f->need != NEED_CHANGED &&
	       label_action_of_previous(f->c, f->k, f->pre, f->raw, f->core, f->st, probe);
}

static void previous_object_build(const struct label_facts *f, char *buf)
{
	label_action_of_previous(f->c, f->k, f->pre, f->raw, f->core, f->st, buf);
	char obj[BUF];
	copy_text(obj, label_object_of(label_count_before(f->c, f->k, f->st)));
	label_set_topic(f->st, obj, f->phrase, f->q->kind);
}

/* 合格率98.2%（上年为97.6%）: an earlier period alone names the earlier
 * level of the figure just given (its status is 基期). */
static bool earlier_level_applies(const struct label_facts *f)
{
	const char *w = f->whole;
	size_t n = f->wn;
	if (n > 3 && !memcmp(w, "（", 3)) {
		w += 3;
		n -= 3;
	} else if (n > 1 && w[0] == '(') {
		w++;
		n--;
	}
	if (n > 3 && !memcmp(w + n - 3, "是", 3))
		n -= 3;   /* (去年是93.2%): a chat's copula, as 为 */
	return f->k > 0 && !f->change && f->st->prev_base[0] && gw_lex_is(GW_LEX_PERIOD, w, n);
}

static void earlier_level_build(const struct label_facts *f, char *buf)
{
	cat(buf, f->st->prev_base, strlen(f->st->prev_base));
}

#define TIME_SPENT_MIN_CHARS 2   /* what a time is spent on names a thing */

/* 计划用3至5年时间, 历时8个月: a span after a verb of spending time is
 * the time taken, named by that verb — never by an earlier clause. */
static bool time_taken_applies(const struct label_facts *f)
{
	return gw_lex_is(GW_LEX_TIME_TAKEN, f->whole, f->wn) &&
	       gw_lex_is(GW_LEX_SPAN, f->q->base_unit, strlen(f->q->base_unit));
}

/* 用2至3年时间完成城区132株衰弱古树的复壮 → 衰弱古树复壮: what the time
 * is spent on, from the rest of the clause after the span (past its empty
 * verbs and any figure in it, without 的) into out; "" when none. */
static void time_spent_on(const struct para_ctx *c, const struct qty *q, char *out)
{
	const char *p = c->p;
	size_t a = q->end, e, len;
	if (a + 6 <= c->n && !memcmp(p + a, "时间", 6))
		a += 6;
	for (e = a; e < c->n && !is_phrase_delim(cp_at(p, c->n, e, &len)); e += len)
		;
	for (size_t k = 0; k < c->nq; k++)   /* …132株 in the clause: what follows it */
		if (c->q[k].num_a >= a && c->q[k].end <= e)
			a = c->q[k].end;
	for (size_t l = 1; l && a < e; a += l)
		if (!(l = label_agent_adverb(p + a, e - a)) && !(l = gw_lex_prefix(GW_LEX_INNER_VERB, p + a, e - a)))
			break;
	for (size_t i = a; i < e; i += len) {
		cp_at(p, e, i, &len);
		if (len != 3 || memcmp(p + i, "的", 3))
			cat(out, p + i, len);
	}
	size_t on = strlen(out);
	if (chars(out, on) < TIME_SPENT_MIN_CHARS || gw_lex_suffix(GW_LEX_INNER_VERB, out, on))
		out[0] = '\0';   /* 用3年时间基本完成: nothing named */
}

static void time_taken_build(const struct label_facts *f, char *buf)
{
	char what[BUF] = "";
	time_spent_on(f->c, f->q, what);
	if (what[0]) {
		cat(buf, what, strlen(what));
		cat(buf, "用时", 6);
		return;
	}
	cat(buf, f->whole, f->wn);
	if (chars(f->whole, f->wn) == 1)
		cat(buf, "时", 3);   /* 用 → 用时 */
}

/* 缺口66万元由中心垫付, 余款…在9月底前拨付, 剩余1项正在推进: what follows
 * the unit opens with a preposition or an adverb — a predicate about the
 * figure, no noun completing its name. */
static bool predicate_follows(const struct label_facts *f)
{
	const char *t = f->p + f->q->end;
	size_t n = f->c->n - f->q->end;
	/* (危房12户尚未改造: what was not done yet is what is counted) */
	return gw_lex_prefix(GW_LEX_DANGLING_END, t, n) > 0 && !gw_lex_prefix(GW_LEX_NEGATION, t, n);
}

/* 消除56人以上大班额, 保障了12.6万亩农田灌溉用水: a word or two before a
 * number with no noun after its unit: what follows says what. */
static bool short_then_text_applies(const struct label_facts *f)
{
	return f->need == NEED_NONE && chars(f->whole, f->wn) <= 2 && !f->has_noun && !f->change &&
	       is_han(cp_at(f->p, f->c->n, f->q->end, &(size_t){0})) && !predicate_follows(f);
}

static void short_then_text_build(const struct label_facts *f, char *buf)
{
	cat(buf, f->whole, f->wn);
	predicate(f->c, f->q, buf);
	label_set_topic(f->st, buf, f->phrase, f->q->kind);
}

/* 对执法人员开展轮训2期 → 执法人员轮训: an act done to a named group or
 * thing (对X开展/进行Y) is named with it, as assessors write it (held-out
 * testers, 72 sets: 9 of 12), unless the target is counted or bounded
 * itself or a list (对14家供热企业, 对县内二级以上医疗机构, 对眼镜店、加油站:
 * the act alone). */
#define ACT_TARGET_MIN_CHARS 2
#define ACT_TARGET_MAX_CHARS 12

/* True when the 对 at byte i of the phrase is a word of its own: the
 * preposition, not 对接, 对标, 对照, 针对. */
static bool preposition_dui(const struct label_facts *f, size_t i)
{
	const char *s = f->p + f->phrase;
	size_t n = f->core.b - f->phrase, at = i - f->phrase;
	return gw_seg_boundary(s, n, at) && gw_seg_boundary(s, n, at + 3) &&
	       !label_bound_at(f->p, f->phrase, i, f->core.b) &&              /* 针对 */
	       !gw_lex_prefix(GW_LEX_LEAD_WORD, f->p + i, f->core.b - i);   /* 对接, 对标 */
}

/* The target x and the act after its verb (act, to the subject's end);
 * false when the phrase has no such target. */
static bool act_target(const struct label_facts *f, span *x, span *act)
{
	const char *p = f->p;
	size_t at = 0, len, v = 0, i;
	for (i = f->phrase; i < f->core.b; i += len) {
		uint32_t cp = cp_at(p, f->core.b, i, &len);
		if (cp == 0x5BF9 && !at && preposition_dui(f, i))   /* 对 */
			at = i + len;
		else if (at && chars(p + at, i - at) >= ACT_TARGET_MIN_CHARS &&
			 (v = gw_lex_prefix(GW_LEX_ACT_ON_VERB, p + i, f->core.b - i)))
			break;
		else if (at && (is_digit_cp(cp) || is_phrase_delim(cp) || cp == 0x3001 ||
				gw_lex_prefix(GW_LEX_CLASS_BOUND, p + i, f->core.b - i)))
			return false;
	}
	if (!v || i + v >= f->core.b)
		return false;
	*x = (span){at, i};
	label_strip_front(p, x, false);   /* 全县, 辖区 */
	*act = (span){i + v > f->core.a ? i + v : f->core.a, f->core.b};
	size_t n = chars(p + x->a, x->b - x->a);
	return n >= ACT_TARGET_MIN_CHARS && n <= ACT_TARGET_MAX_CHARS;
}

static bool act_target_applies(const struct label_facts *f)
{
	span x, act;
	return f->need == NEED_NONE && !f->change && !f->has_noun && act_target(f, &x, &act);
}

static void act_target_build(const struct label_facts *f, char *buf)
{
	span x, act;
	act_target(f, &x, &act);
	cat(buf, f->p + x.a, x.b - x.a);
	cat(buf, f->p + act.a, act.b - act.a);
	label_set_topic(f->st, buf, f->phrase, f->q->kind);
}

/* 公路货运量3.2亿吨: the subject stands alone and becomes the topic; a
 * 其中 subset takes the 新增 of the whole (新增耕地…，其中水田 → 新增水田),
 * a per-capita list its base (每千人口执业医师3.1人、注册护士3.6人). */
static bool self_standing_applies(const struct label_facts *f)
{
	return f->need == NEED_NONE;
}

/* True when a clause verb (result or treatment) ends s[0..n). */
static bool verb_ends(const char *s, size_t n)
{
	return gw_lex_suffix(GW_LEX_RESULT_VERB, s, n) || gw_lex_suffix(GW_LEX_DONE_VERB, s, n) ||
	       gw_lex_suffix(GW_LEX_TREATMENT_VERB, s, n);
}

/* 新建口袋公园12个、社区游园9个 → 新建社区游园: a list member right after
 * a figure whose label opens with a verb that stays (counted or treated)
 * shares that verb when it has none of its own; its length, or 0. */
static size_t shared_verb(const struct label_facts *f)
{
	if (f->k == 0 || f->raw.b <= f->raw.a)
		return 0;
	const struct qty *prev = &f->c->q[f->k - 1];
	size_t len, gap = prev->end;
	if (gap + 3 > f->raw.a || gap < f->st->sent || cp_at(f->p, f->c->n, gap, &len) != 0x3001)   /* 、 */
		return 0;
	for (gap += len; gap < f->raw.a && gw_is_space(cp_at(f->p, f->c->n, gap, &len)); gap += len)
		;
	const char *pl = prev->label;
	size_t pn = strlen(pl), v = gw_lex_prefix(GW_LEX_COUNTING_VERB, pl, pn), t = label_staying_verb(pl, pn);
	if (t > v)
		v = t;
	const char *raw = f->p + f->raw.a;
	size_t rn = f->raw.b - f->raw.a;
	if (gap != f->raw.a || !v || v >= pn || gw_lex_prefix(GW_LEX_VERB, raw, rn) || label_clause_verb(raw, rn) ||
	    gw_lex_prefix(GW_LEX_COUNTING_VERB, raw, rn) || !gw_seg_boundary(pl, pn, v))
		return 0;
	char verb[BUF] = "";
	cat(verb, pl, v);
	if (strstr(f->whole, verb))
		return 0;   /* 柔性引进专家团队 has its own */
	/* 撰写调研报告3篇、业务论文2篇: a verb before it in the text makes it
	 * part of the object (调研报告), no verb of the list */
	for (size_t j = prev->num_a; j-- > f->st->sent;)
		if (j + v <= prev->num_a && !memcmp(f->p + j, verb, v))
			return verb_ends(f->p + f->st->sent, j - f->st->sent) ? 0 : v;
	return 0;
}

static void self_standing_build(const struct label_facts *f, char *buf)
{
	const struct para_ctx *c = f->c;
	struct label_state *st = f->st;
	size_t per = f->k > 0 ? label_per_capita(c, f->k, f->pre.a) : 0;
	if (per && strncmp(f->whole, c->q[f->k - 1].label, per) != 0)
		cat(buf, c->q[f->k - 1].label, per);
	size_t sv = per ? 0 : shared_verb(f);
	if (sv)
		cat(buf, c->q[f->k - 1].label, sv);
	size_t nv = gw_lex_prefix(GW_LEX_VERB, f->p + f->raw.a, f->raw.b - f->raw.a);
	bool subset = label_find_word(f->p, &f->pre, "其中") != (size_t)-1;
	if (subset && !nv && st->new_verb[0] && !strcmp(st->new_unit, f->q->base_unit) &&
	    !label_clause_verb(f->whole, f->wn))   /* 其中8座增设… names its own act */
		cat(buf, st->new_verb, strlen(st->new_verb));
	cat(buf, f->whole, f->wn);
	label_set_topic(st, buf, f->phrase, f->q->kind);
	if (!subset && nv >= 6 && nv < sizeof st->new_verb && !memcmp(f->p + f->raw.a, "新", 3)) {
		memcpy(st->new_verb, f->p + f->raw.a, nv);
		st->new_verb[nv] = '\0';
		snprintf(st->new_unit, sizeof st->new_unit, "%s", f->q->base_unit);
	}
}

/* 日供水能力3万吨的第二水厂 → 第二水厂日供水能力: the noun after 的 that
 * follows the figures is what they measure. */
static bool noun_after_de_applies(const struct label_facts *f)
{
	return f->pd.b > f->pd.a && f->need != NEED_CHANGED;
}

static void noun_after_de_build(const struct label_facts *f, char *buf)
{
	char topic[BUF] = "";
	cat(topic, f->p + f->pd.a, f->pd.b - f->pd.a);
	label_join_topic(buf, topic, f->whole, f->wn);
	label_set_topic(f->st, topic, f->phrase, f->q->kind);
}

/* 支持9个乡镇实施产业项目42个 → 支持乡镇: a bare short noun keeps the verb
 * that says what was done to it (unless a causee acts: 帮助860名妇女实现
 * 就业 is short_noun's). */
static bool verb_and_short_noun_applies(const struct label_facts *f)
{
	return f->need == NEED_SHORT && label_kept_verb(f->p, f->raw, f->core) &&
	       !causee_acts(f->c, f->q, f->raw, f->core);
}

static void verb_and_short_noun_build(const struct label_facts *f, char *buf)
{
	size_t v = label_verb_before(f->p, f->raw.a, f->core.a);
	cat(buf, f->p + f->core.a - v, v);
	cat(buf, f->whole, f->wn);
}

/* 2名同志加入党组织 → 同志加入党组织, 7家医院实现结果互认 → 结果互认医院,
 * 12项业务“跨省通办” → “跨省通办”业务: what the sentence says of a bare
 * short noun says which ones. */
static bool short_noun_applies(const struct label_facts *f)
{
	return f->need == NEED_SHORT;
}

static void short_noun_build(const struct label_facts *f, char *buf)
{
	const char *p = f->p;
	span pr = predicate_span(f->c, f->q);
	if (pr.b > pr.a && label_clause_verb(p + pr.a, pr.b - pr.a) >= 6 &&
	    label_clause_verb(f->whole, f->wn) != f->wn && chars(p + pr.a, pr.b - pr.a) >= 4) {
		/* a verb phrase after the noun says which ones, as a relative
		 * clause before it would (its result verb dropped like one
		 * before a subject) */
		span lv;
		label_clause_object(p, &pr, pr.a, false, &lv);
		cat(buf, p + pr.a, pr.b - pr.a);
		cat(buf, f->whole, f->wn);
	} else if (pr.b > pr.a && gw_lex_prefix(GW_LEX_NEGATION, p + pr.a, pr.b - pr.a) &&
		   chars(p + pr.a, pr.b - pr.a) >= 3) {
		/* 8个项目未按期开工 → 未按期开工项目: what was not done says
		 * which ones, and stays whole */
		cat(buf, p + pr.a, pr.b - pr.a);
		cat(buf, f->whole, f->wn);
		label_set_topic(f->st, buf, f->phrase, f->q->kind);
	} else if (pr.b - pr.a > 6 && !memcmp(p + pr.a, "“", 3) && !memcmp(p + pr.b - 3, "”", 3) &&
		   label_find_word(p, &(span){pr.a + 3, pr.b - 3}, "“") == (size_t)-1) {
		/* a quoted name after the noun says which kind, as before it */
		cat(buf, p + pr.a, pr.b - pr.a);
		cat(buf, f->whole, f->wn);
	} else {
		cat(buf, f->whole, f->wn);
		predicate(f->c, f->q, buf);
	}
}

/* 1280户4650人, 档案12个全宗、3.6万卷: figures written back to back (or
 * joined by 、) count one thing, each in its unit: the subject before
 * them, without the first one's noun (全宗 is its unit's). */
static bool back_to_back_applies(const struct label_facts *f)
{
	const struct para_ctx *c = f->c;
	return !f->whole[0] && !f->change && f->k > 0 && f->st->prev_base[0] && !c->q[f->k - 1].change &&
	       label_list_gap(f->p, label_qty_end(&c->q[f->k - 1]), f->q->num_a);
}

static void back_to_back_build(const struct label_facts *f, char *buf)
{
	const struct qty *pq = &f->c->q[f->k - 1];
	const char *base = f->st->prev_base;
	size_t bl = strlen(base), nl = pq->noun.b - pq->noun.a;
	if (nl && nl < bl && !memcmp(base + bl - nl, f->p + pq->noun.a, nl))
		bl -= nl;
	cat(buf, base, bl);
}

/* 其中1篇获省级表彰: a subset with no noun keeps the whole's noun and adds
 * its own predicate. */
static bool subset_predicate_applies(const struct label_facts *f)
{
	if (f->whole[0] || f->change || f->has_noun || f->q->kind != GW_KIND_COUNT ||
	    label_find_word(f->p, &f->pre, "其中") == (size_t)-1 || !f->st->near_count[0])
		return false;
	span pr = predicate_span(f->c, f->q);
	return pr.b > pr.a;
}

static void subset_predicate_build(const struct label_facts *f, char *buf)
{
	const char *obj = label_object_of(f->st->near_count);
	cat(buf, obj, strlen(obj));
	predicate(f->c, f->q, buf);
}

/* ，2人被评为先进个人: a count opening its phrase is named by the clause
 * after its unit. */
static bool clause_after_applies(const struct label_facts *f)
{
	if (f->whole[0] || f->change || f->has_noun || f->pre.a != f->pre.b || f->q->kind != GW_KIND_COUNT)
		return false;
	span obj = object_after(f->c, f->q);
	return obj.b > obj.a;
}

static void clause_after_build(const struct label_facts *f, char *buf)
{
	span obj = object_after(f->c, f->q);
	cat(buf, f->p + obj.a, obj.b - obj.a);
}

/* 为15万亩设施农业提供服务: a measure written before a noun phrase with
 * nothing before it measures that noun. */
static bool measured_noun_applies(const struct label_facts *f)
{
	return !f->whole[0] && !f->change && f->q->kind == GW_KIND_MEASURE && measured_noun(f->c, f->q).b;
}

static void measured_noun_build(const struct label_facts *f, char *buf)
{
	span np = measured_noun(f->c, f->q);
	cat(buf, f->p + np.a, np.b - np.a);
}

/* 帮助860人实现就业 → 帮助实现就业: verbs before and after a bare count
 * are all there is. */
static bool verbs_only_applies(const struct label_facts *f)
{
	return !f->whole[0] && !f->change && f->raw.b > f->raw.a && f->q->kind == GW_KIND_COUNT &&
	       is_han(cp_at(f->p, f->c->n, f->q->end, &(size_t){0}));
}

static void verbs_only_build(const struct label_facts *f, char *buf)
{
	cat(buf, f->p + f->raw.a, f->raw.b - f->raw.a);
	predicate(f->c, f->q, buf);
}

/* 实施项目168个，总投资52亿元 → 项目总投资: a generic subject (or none)
 * takes the topic label_pick_topic chooses; money spent on a thing named
 * after it (投资300万元实施改造工程) is that thing's. */
static bool topic_applies(const struct label_facts *f)
{
	(void)f;
	return true;
}

static void topic_build(const struct label_facts *f, char *buf)
{
	const char *topic = label_pick_topic(f->st, f->need, f->phrase, f->whole, f->q->kind);
	char eff[BUF];
	if (label_effect_of(f->whole, topic, eff))
		topic = eff;
	if (label_bare_rate(f->whole, f->wn))
		topic = label_past_actor(topic);   /* 系统接待来信来访, 办结率 → 来信来访办结率 */
	span obj = object_after(f->c, f->q);
	if (f->need == NEED_GENERIC && !f->has_noun && f->q->kind == GW_KIND_AMOUNT && obj.b > obj.a &&
	    (!topic[0] || label_clause_verb(f->p + f->q->end, f->c->n - f->q->end))) {
		cat(buf, f->p + obj.a, obj.b - obj.a);
		cat(buf, f->whole, f->wn);
	} else if (topic[0] && !f->change && gw_lex_is(GW_LEX_PER_HEAD, f->whole, f->wn)) {
		cat(buf, f->whole, f->wn);   /* 办公用房…，人均不足20平方米 → 人均办公用房 */
		cat(buf, topic, strlen(topic));
	} else {
		label_join_topic(buf, topic, f->whole, f->wn);
	}
}

/* One way to name a quantity: used when `applies` holds and no rule
 * before it in label_rules does. */
struct label_rule {
	const char *name;
	bool (*applies)(const struct label_facts *f);
	void (*build)(const struct label_facts *f, char *buf);
};

#define RULE(name) {#name, name##_applies, name##_build}

/* The rules in the order they are tried; the first that applies names the
 * quantity (tests/spec/labels.txt has examples of each).  Why this order:
 *  - earlier_level first: a period alone (（上年为…）) names nothing by
 *    itself, every later rule would take it for a subject; time_taken
 *    next, for the same reason (用 alone would borrow a topic);
 *  - previous_object next: an action alone (已化解128件) reads as a
 *    self-standing subject to need_of, so it must be caught before;
 *  - level_class, relative_class, money_verb, shared_attribute, age_after,
 *    average_of_previous and short_then_text before
 *    self_standing: each is a subject that still borrows from the
 *    sentence — a class (a bound, a relative clause …的), the money a lone
 *    verb moves, the attribute of the list member before, the age bound
 *    after a count, the measure an average is of, a word whose noun follows
 *    the unit.  They read different words
 *    (以上/的, a lone verb, 、, 使用超过, 平均每/日均, 率, what follows the
 *    unit), so their order among themselves matters only where two could
 *    apply: a bound before a relative clause (50岁以上的 is a bound);
 *  - act_target just before self_standing: an act done to a target of 对
 *    (对执法人员开展轮训) needs nothing either, and self_standing would
 *    name it by the act alone;
 *  - self_standing: everything else that needs nothing;
 *  - noun_after_de before the short-noun rules and the topic: a noun after
 *    的 is closer than any topic (…能力3万吨的第二水厂);
 *  - verb_and_short_noun before short_noun: a verb that stays before a
 *    bare noun names it better than the predicate after it;
 *  - back_to_back, subset_predicate, clause_after, measured_noun and
 *    verbs_only handle an empty subject, from the most specific evidence
 *    (the figure right before, a 其中 subset) to the least (verbs around
 *    the number); clause_after only when nothing precedes the number;
 *  - topic last: it always applies. */
static const struct label_rule label_rules[] = {
	RULE(earlier_level),
	RULE(time_taken),
	RULE(previous_object),
	RULE(level_class),
	RULE(relative_class),
	RULE(money_verb),
	RULE(requested_funds),
	RULE(shared_attribute),
	RULE(age_after),
	RULE(predicate_after),
	RULE(average_of_previous),
	RULE(short_then_text),
	RULE(act_target),
	RULE(self_standing),
	RULE(noun_after_de),
	RULE(verb_and_short_noun),
	RULE(short_noun),
	RULE(back_to_back),
	RULE(subset_predicate),
	RULE(clause_after),
	RULE(measured_noun),
	RULE(verbs_only),
	RULE(topic),
};

/* ---- reading the quantity's phrase -------------------------------------- */

/* Keeps st on the sentence of q: a new sentence starts afresh, a （其中…）
 * aside has its own topics and hands the outer ones back after it. */
static void track_sentence(const char *p, const struct qty *q, struct label_state *st, struct aside *as)
{
	size_t sent = label_sentence_start(p, q->num_a);
	if (sent == st->sent)
		return;
	if (label_aside_at(p, sent)) {
		as->saved = *st;
		as->active = true;
		label_new_sentence(st, p, sent, q->num_a);
	} else if (as->active && sent == as->saved.sent) {
		*st = as->saved;   /* back after the aside: 同比增长 is of the outer figure */
		as->active = false;
	} else {
		if (as->active)
			*st = as->saved;   /* the aside is over: the part before it is the outer one */
		as->active = false;
		label_new_sentence(st, p, sent, q->num_a);
	}
}

/* True when s[0..n) is a time and nothing else: 2023年, 上半年. */
static bool is_time(const char *s, size_t n)
{
	return label_date_prefix(s, n) == n || gw_lex_is(GW_LEX_SEASON, s, n);
}

/* What years of use or running measure (部分实训设备使用已超过10年 →
 * …使用年限, 交易系统运行已超过5年 → …运行时间, 体育场建成已超过20年 →
 * …建成年限): the unit, the act it follows and the noun (建成: the testers
 * 3 of 4).  Days of duty (值班250天) or kilometres of works
 * (改造28公里) name the act alone, as assessors write them. */
static const struct measure_of_unit {
	const char *unit, *after, *noun;
} MEASURE_OF_UNIT[] = {
	{"年", "使用", "年限"}, {"年", "运行", "时间"}, {"年", "建成", "年限"},
};

/* The label buf of quantity q ends with an act (a verb the segmenter or
 * the clause lexicon knows): the noun its unit measures, or NULL. */
static const char *measure_of_act(const struct qty *q, const char *buf)
{
	size_t n = strlen(buf), ends[GW_SEG_MAX_CHARS], w;
	gw_seg_class cls = GW_SEG_OTHER;
	if (n < 6 || (w = gw_segment(buf, n, ends, GW_SEG_MAX_CHARS)) < 2 || w > GW_SEG_MAX_CHARS)
		return NULL;
	size_t last = ends[w - 2];
	if (!(gw_seg_lookup(buf + last, n - last, &cls) && cls == GW_SEG_VERB) && label_verb_before(buf, 0, n) != n - last)
		return NULL;
	for (size_t i = 0; i < sizeof MEASURE_OF_UNIT / sizeof MEASURE_OF_UNIT[0]; i++) {
		const struct measure_of_unit *m = &MEASURE_OF_UNIT[i];
		if (!strcmp(q->unit, m->unit) && !strcmp(buf + last, m->after))
			return m->noun;
	}
	return NULL;
}

/* 运送乘客完成年度目标 → 运送乘客: how far a plan is done is no figure a
 * change after it is of (…，完成年度目标的108%，同比增长11.7%: the
 * passengers grew; the testers 6 of 6); else label as it is, into out. */
static void past_plan_done(const char *label, char *out)
{
	size_t n = strlen(label), len, l;
	copy_text(out, label);
	if (!gw_lex_suffix(GW_LEX_PLAN, label, n))
		return;
	/* the first such word of its own, with a thing before it */
	for (size_t i = 0; i < n; i += len) {
		gw_utf8_decode(label + i, n - i, &len);
		if (chars(label, i) >= 2 && (l = gw_lex_prefix(GW_LEX_PLAN_DONE, label + i, n - i)) &&
		    gw_seg_boundary(label, n, i) && gw_seg_boundary(label, n, i + l)) {
			out[i] = '\0';
			return;
		}
	}
}

/* 停车位为设计需求的78% → 停车位占设计需求: a percentage a thing is "of"
 * another (为…的) is its share of it, as 占 says (the testers, 3 of 3);
 * the share's name is then added by label_name_share.  为 must be a word of its
 * own with a thing on each side and end no relative clause (评价结果为
 * “优秀”的项目比例 stays). */
static void copula_share(const struct qty *q, char *buf)
{
	static const char copula[] = "为", share[] = "占", standard[] = "标准";
	size_t n = strlen(buf), sl = strlen(standard);
	if (n > sl && !strcmp(buf + n - sl, standard))
		return;   /* 面积仅为国家标准的61%: how far a standard is met */
	const char *at = strstr(buf, copula);
	if (strcmp(q->unit, "%") || !at || chars(buf, (size_t)(at - buf)) < 2 ||
	    chars(at + 3, strlen(at + 3)) < 2 || strstr(buf, share) || strstr(at + 3, "的") ||
	    !gw_seg_boundary(buf, n, (size_t)(at - buf)) || !gw_seg_boundary(buf, n, (size_t)(at - buf) + 3))
		return;
	memcpy(buf + (at - buf), share, strlen(share));   /* both 3 bytes */
}

/* 实有市场主体9,860户，比上年末多612户 → 实有市场主体比上年末多: a
 * comparison with a base and nothing compared is of the figure just given
 * in its sentence (the testers 38 of 73 such labels; the rest name the
 * figure before otherwise).  比 must be a word (比对, 比重 are none). */
static void compared_of_previous(const struct label_facts *f, char *buf)
{
	size_t n = strlen(buf), t = gw_lex_prefix(GW_LEX_THAN, buf, n);
	const struct qty *pq = f->k > 0 ? &f->c->q[f->k - 1] : NULL;
	if (!t || !gw_seg_boundary(buf, n, t) || !pq || pq->num_a < f->st->sent || !f->st->prev_base[0] ||
	    gw_lex_prefix(GW_LEX_THAN, f->st->prev_base, strlen(f->st->prev_base)) ||
	    !(gw_lex_suffix(GW_LEX_COMPARATIVE, buf, n) || gw_lex_suffix(GW_LEX_UP, buf, n) ||
	      gw_lex_suffix(GW_LEX_DOWN, buf, n)) ||
	    chars(f->st->prev_base, strlen(f->st->prev_base)) + chars(buf, n) > LABEL_MAX_CHARS)
		return;
	char out[BUF] = "";
	cat(out, f->st->prev_base, strlen(f->st->prev_base));
	cat(out, buf, n);
	copy_text(buf, out);
}

/* 尚缺资金720万元 → 资金缺口, 尚缺护理员20名 → 护理员缺口, 尚缺1,600万元 →
 * 资金缺口: a figure of what is still lacking is its 缺口, named by what
 * lacks when the text says (money, people), else by money for an amount
 * (the testers 23 of 27 wrote …缺口), else 缺口 alone (按配比尚缺9名); what
 * stood before 缺 (按…标准, 可自筹) goes.  缺劳力家庭 (a lack naming a class)
 * has no such figure. */
static void shortfall(const struct qty *q, char *buf)
{
	static const char gap[] = "缺口", money[] = "资金";
	size_t n = strlen(buf), at = n, l = 0;
	for (size_t i = 0, len; i < n; i += len) {
		gw_utf8_decode(buf + i, n - i, &len);
		size_t w = gw_lex_prefix(GW_LEX_SHORT_OF, buf + i, n - i);
		if (w && gw_seg_boundary(buf, n, i) && gw_seg_boundary(buf, n, i + w) &&   /* not 紧缺 */
		    (w > 3 || i + w == n || gw_lex_is(GW_LEX_FUND, buf + i + w, n - i - w)))
			at = i, l = w;   /* a bare 缺 ends one or lacks money: 缺劳力人员 is a class */
	}
	if (at == n)
		return;
	const char *what = buf + at + l;
	size_t wn = n - at - l;
	char out[BUF] = "";
	if (!wn && q->kind == GW_KIND_AMOUNT)
		cat(out, money, strlen(money));
	else if (gw_lex_is(GW_LEX_FUND, what, wn) ||
		 (wn && gw_lex_is(GW_LEX_PEOPLE_UNIT, q->unit, strlen(q->unit)) && chars(what, wn) <= 4))
		cat(out, what, wn);
	else if (wn)
		return;
	cat(out, gap, strlen(gap));
	copy_text(buf, out);
}

/* Appends the change words s[0..n) to buf without an adverb inside them,
 * before the change itself (比去年还少 → 比去年少, 比上年还下降 → 比上年下降:
 * how it feels, not what changed).  An adverb before a change the words do
 * not hold (税收比上年又增长: 又 ends the subject) stays where it is. */
static void cat_change(char *buf, const char *s, size_t n)
{
	for (size_t i = 0, len; i < n; i += len) {
		gw_utf8_decode(s + i, n - i, &len);
		size_t a = gw_lex_prefix(GW_LEX_CHANGE_ADVERB, s + i, n - i), r = i + a;
		if (a && i > 0 && r < n &&
		    (gw_lex_prefix(GW_LEX_UP, s + r, n - r) || gw_lex_prefix(GW_LEX_DOWN, s + r, n - r) ||
		     gw_lex_is(GW_LEX_MORE_LESS, s + r, n - r))) {
			cat(buf, s, i);
			cat(buf, s + r, n - r);
			return;
		}
	}
	cat(buf, s, n);
}

/* Stores the label built in buf: what years of use measure (使用年限), the
 * predicate of money spent (腾出资金…万元用于基层“三保”), the topics of what
 * follows, then the change words. */
/* 技改投资占工业投资的44.1% → 技改投资占工业投资比重 (heldout12–24's
 * testers: 13 of 19, the rest 占比 or 比例): a percentage share of a whole
 * names itself a 比重 — not a plan done (占年度计划的108%), a gap (…占比
 * 低于全市平均) or a share already named (的比重 as written, 占比). */
void label_name_share(const struct qty *q, char *buf)
{
	size_t n = strlen(buf);
	const char *of = strstr(buf, "占");
	if (strcmp(q->unit, "%") || !of || of == buf || chars(of + 3, strlen(of + 3)) < 2 ||
	    gw_lex_within(GW_LEX_OF_BEFORE, of + 3, strlen(of + 3)) ||
	    (gw_lex_suffix(GW_LEX_PLAN, buf, n) && memcmp(of + 3, "总", 3)) ||   /* 占总预算: a whole */
	    (n >= 6 && (!memcmp(buf + n - 6, "比重", 6) || !memcmp(buf + n - 6, "比例", 6) ||
			!memcmp(buf + n - 6, "占比", 6))) ||
	    (n >= 3 && !memcmp(buf + n - 3, "率", 3)) || chars(buf, n) + 2 > LABEL_MAX_CHARS)
		return;   /* (nor where 比重 would push the label's front out) */
	/* 网安民警仅占全局警力的2.6%: how much is the number's (预约 is a word) */
	size_t at = (size_t)(of - buf), adv = gw_lex_suffix(GW_LEX_SHARE_ADV, buf, at);
	if (adv && adv + 6 <= at && gw_seg_boundary(buf, at, at - adv))
		memmove(buf + at - adv, buf + at, n - at + 1);
	cat(buf, "比重", 6);
}

/* 其中具有高级职称的187名 → 具有高级职称的个人会员 (was 高级职称的…): a
 * label opening with a relative clause (…的 and its noun) gets back the
 * verb written right before it in the figure's phrase, which opens the
 * clause.  有 in 共有, 仍有, 还有 … says there are, it opens nothing (中有专项
 * 工作经费的 keeps it: the testers wrote 有专项工作经费的…). */
static void relative_verb_back(const struct label_facts *f, char *buf)
{
	size_t n = strlen(buf), cl = label_relative_len(buf, n);
	const char *s = f->p + f->phrase, *at = cl ? memmem(s, f->q->num_a - f->phrase, buf, cl) : NULL;
	if (!at || at == s)
		return;
	size_t before = (size_t)(at - s), v = gw_lex_suffix(GW_LEX_RELATIVE_VERB, s, before);
	if (!v || (v == 3 && gw_lex_suffix(GW_LEX_THERE_ARE, s, before) > v) ||
	    chars(buf, n) + chars(s + before - v, v) > LABEL_MAX_CHARS)
		return;
	char out[BUF] = "";
	cat(out, s + before - v, v);
	cat(out, buf, n);
	copy_text(buf, out);
}

/* 工伤认定案件年均 → 年均工伤认定案件 (lexicon's GW_LEX_TRAILING_MEAN): after
 * the period is cut from the front (indicators_store.c), so that the period
 * never ends up inside; not where the period is still in the label
 * (党建经费近三年年均). */
void label_mean_to_front(char *buf, const char *period, size_t pn)
{
	size_t n = strlen(buf), m = gw_lex_suffix(GW_LEX_TRAILING_MEAN, buf, n);
	if (!m || chars(buf, n - m) < 2 || (pn && memmem(buf, n, period, pn)))
		return;
	char out[BUF] = "";
	cat(out, buf + n - m, m);
	cat(out, buf, n - m);
	copy_text(buf, out);
}

static void store_label(struct label_facts *f, char *buf)
{
	const char *p = f->p;
	struct qty *q = f->q;
	struct label_state *st = f->st;
	compared_of_previous(f, buf);
	relative_verb_back(f, buf);
	if (!(f->chg.b > f->chg.a)) {
		shortfall(q, buf);
		copula_share(q, buf);
		label_name_share(q, buf);
		label_class_share(buf);
		label_class_subset(f, buf);
	}
	const char *measure = f->chg.b > f->chg.a ? NULL : measure_of_act(q, buf);
	if (measure) {
		char *done = strstr(buf, "已");   /* 设备已使用12年 → 设备使用年限 */
		if (done && done > buf && strlen(done) <= 3 + 6)
			memmove(done, done + 3, strlen(done + 3) + 1);
		cat(buf, measure, strlen(measure));
	}
	if (q->kind == GW_KIND_AMOUNT && q->end + 6 <= f->c->n && !memcmp(p + q->end, "用于", 6) &&
	    chars(buf, strlen(buf)) <= 6)
		predicate(f->c, q, buf);
	/* 分季度看，一季度增长4.2%，上半年增长4.9%: a change of nothing named
	 * (or of the time before) keeps the time it is of, so the labels
	 * stay apart */
	size_t when = f->chg.a > f->phrase ? f->chg.a - f->phrase : 0, bn = strlen(buf);
	if (f->chg.b > f->chg.a && when && is_time(p + f->phrase, when) && (!bn || is_time(buf, bn))) {
		buf[0] = '\0';
		cat(buf, p + f->phrase, when);
	}
	char base[BUF];
	past_plan_done(buf, base);
	copy_text(st->prev_base, base);
	if ((unsigned)q->kind < 4)
		copy_text(st->by_kind[q->kind], base);
	/* …，占在编人员的20.8% → 人员占在编人员比例; a change after it
	 * (比上年提高) is of 人员占比, as written above */
	size_t bl = strlen(buf);
	if (f->share_of[0] && bl >= 6 && !strcmp(buf + bl - 6, "占比")) {
		buf[bl - 6] = '\0';
		cat(buf, f->share_of, strlen(f->share_of));
	}
	st->prev_kind = (int)q->kind;
	cat_change(buf, p + f->chg.a, f->chg.b - f->chg.a);
	copy_text(q->label, buf);
	q->change = f->change;
}

/* Builds the label, change and qualifier of quantity k (and of the members
 * of a 分别 list it heads); returns the last index it labelled. */
static size_t label_one(struct para_ctx *c, size_t k, struct label_state *st, struct aside *as)
{
	struct qty *q = &c->q[k];
	track_sentence(c->p, q, st, as);
	if (q->range_of >= 0) {   /* second end of a range: same label as the first */
		const struct qty *first = &c->q[q->range_of];
		memcpy(q->label, first->label, BUF);
		q->change = first->change;
		q->rule = "range";
		return k;
	}
	struct label_facts f = {.c = c, .p = c->p, .k = k, .q = q, .st = st};
	label_read_phrase(&f);
	size_t last = label_read_list(&f);
	if (last != (size_t)-1) {
		for (size_t j = k; j <= last; j++)
			c->q[j].rule = "list";
		return last;
	}
	label_read_subject(&f);
	const struct label_rule *r = &label_rules[0];
	while (!r->applies(&f))
		r++;   /* the last rule always applies */
	char buf[BUF] = "";
	r->build(&f, buf);
	label_fit_words(c, f.phrase, q->num_a, f.chg.b > f.chg.a, buf);
	label_cut_inner(buf);
	q->rule = r->name;
	store_label(&f, buf);
	return k;
}

size_t gw_label_rules(const char **names, size_t cap)
{
	size_t n = sizeof label_rules / sizeof label_rules[0];
	for (size_t i = 0; i < n && i < cap; i++)
		names[i] = label_rules[i].name;
	return n;
}

void gw_indicator_label_all(struct para_ctx *c)
{
	/* about 7 KB on the stack: each conversion has its own, so several
	 * may run side by side in one process */
	struct label_state st;
	struct aside as;
	memset(&st, 0, sizeof st);
	memset(&as, 0, sizeof as);
	st.sent = (size_t)-1;
	st.part_sent = (size_t)-1;
	st.prev_kind = -1;
	for (size_t k = 0; k < c->nq; k++)
		k = label_one(c, k, &st, &as);
	label_share_nouns(c);
	label_subset_measures(c);
}
