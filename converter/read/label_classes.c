/*
 * label_classes.c — the label rules that name a figure by a class of, or
 * the thing counted by, the figures before it in its sentence: a level or
 * bound alone (其中省级9项, 其中45岁以下的9人), a relative clause before a
 * count (其中使用超过8年的14台), an age bound after one (有27台使用超过8年),
 * a lone verb moving the money named before (其中上半年拨付500万元), a list
 * member sharing the attribute of the one before (牛3.8万头 after 生猪存栏…)
 * and an average of the figure before (平均每站不足3人).  Rules of
 * label.c's label_rules, in the order its comment gives; split from label.c
 * by job.  Internal to the reader's labelling (label_facts.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "label_facts.h"
#include "markers.h"
#include "segment.h"
#include "units.h"

/* The length of a bound that is the whole class (45岁以下, 50岁以上的
 * before 占比: lexicon's GW_LEX_CLASS_BOUND, then 的 or not), or 0. */
static size_t bound_class_len(const char *w, size_t n)
{
	if (n >= 6 && !strcmp(w + n - 6, "占比"))
		n -= 6;
	if (!n || !(w[0] >= '0' && w[0] <= '9'))
		return 0;
	size_t m = n >= 3 && !memcmp(w + n - 3, "的", 3) ? n - 3 : n;
	return gw_lex_suffix(GW_LEX_CLASS_BOUND, w, m) ? n : 0;
}

/* Averages and per-units that name no measure of their own: 平均每站不足3人
 * after 在编人员仅41人 is 平均每站在编人员 (and 平均每个行政村: four
 * characters after 平均每). */
static const struct attribute_word {
	const char *head;
	size_t max_after;   /* characters after it: 每站, 每个村 */
} ATTRIBUTE_ONLY[] = {{"日均", 0}, {"人均", 0}, {"户均", 0}, {"村均", 0}, {"平均每", 4}, {"每", 2}};

static bool attribute_only(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof ATTRIBUTE_ONLY / sizeof ATTRIBUTE_ONLY[0]; i++) {
		size_t l = strlen(ATTRIBUTE_ONLY[i].head);
		if (n >= l && !memcmp(w, ATTRIBUTE_ONLY[i].head, l) && chars(w + l, n - l) <= ATTRIBUTE_ONLY[i].max_after)
			return true;
	}
	return false;
}

/* The label of the sentence's last count before quantity k, as stored
 * (目前中心共有采编人员 → 采编人员), or NULL. */
static const char *last_count(const struct label_facts *f)
{
	for (size_t j = f->k; j-- > 0;) {
		const struct qty *q = &f->c->q[j];
		if (q->num_a < f->st->sent)
			break;
		if (q->kind == GW_KIND_COUNT && q->label[0] && !q->change && strncmp(q->label, "平均", 6) &&
		    !attribute_only(q->label, strlen(q->label)))
			return q->label;
	}
	return NULL;
}

/* The group the clause right before the figure's phrase says how it is
 * (一是部分村党组织书记年龄偏大，60岁以上的仍有19名 → 村党组织书记: the
 * sentence's lead as stored stops at its first verb), into out. */
static void group_said_how(const struct label_facts *f, char *out)
{
	const char *p = f->p;
	size_t sent = f->st->sent, h;
	out[0] = '\0';
	if (f->phrase <= sent)
		return;
	size_t e = prev_start(p, f->phrase);   /* the delimiter before the phrase */
	span s = {label_phrase_start(p, e, sent), e};
	if (s.b <= s.a || !(h = gw_lex_suffix(GW_LEX_HOW_IT_IS, p + s.a, s.b - s.a)))
		return;
	s.b -= h;
	label_strip_front(p, &s, false);   /* 其次, 目前, 我县 */
	size_t m = gw_marker_point_len(p + s.a, s.b - s.a);
	s.a += m;   /* 一是人员老化 */
	cat(out, p + s.a, s.b - s.a);
}

/* What a bound alone counts when no count comes before it in its sentence
 * (专业人员平均年龄51.3岁，40岁以下的只有1人 → 专业人员; 二是专业人员紧缺，45岁
 * 以下的仅6人 → 专业人员): the people whose average age was just given,
 * else the thing the sentence's lead clause says how it is; people only
 * (名, 人), or their share (县道班职工平均年龄54岁，50岁以上的占73% → 50岁以上
 * 县道班职工占比).  Into thing; false when there is none. */
static bool bound_people(const struct label_facts *f, char *thing)
{
	static const char *const ages[] = {"平均年龄", "年龄"};
	const struct qty *pq = f->k > 0 ? &f->c->q[f->k - 1] : NULL;
	bool share = f->wn >= 6 && !strcmp(f->whole + f->wn - 6, "占比");   /* 50岁以上的占73% */
	if (!share && !gw_lex_is(GW_LEX_PEOPLE_UNIT, f->q->unit, strlen(f->q->unit)))
		return false;
	thing[0] = '\0';
	if (pq && pq->num_a >= f->st->sent)
		for (size_t a = 0; a < sizeof ages / sizeof ages[0] && !thing[0]; a++) {
			size_t n = strlen(pq->label), l = strlen(ages[a]);
			if (n > l && !strcmp(pq->label + n - l, ages[a]))
				cat(thing, pq->label, n - l);
		}
	char group[BUF] = "";
	if (!thing[0])
		group_said_how(f, group);
	if (!thing[0] && group[0]) {
		size_t n = strlen(group);
		n -= gw_lex_suffix(GW_LEX_GROUP_ASPECT, group, n);   /* 考评员队伍老化 → 考评员 */
		size_t d = gw_lex_prefix(GW_LEX_PART_OF, group, n);   /* 部分村卫生保洁员 */
		if (chars(group + d, n - d) <= LABEL_CLASS_MAX_CHARS)
			cat(thing, group + d, n - d);
	}
	label_trim_edges(thing);
	return chars(thing, strlen(thing)) >= 2;
}

/* A class alone: a level (非遗项目64项，其中省级9项 → 省级非遗项目), a
 * place (其中城区11个) or a bound (其中45岁以下的9人, 50岁以上的占61%) of
 * the thing just named. */
bool level_class_applies(const struct label_facts *f)
{
	bool level = (chars(f->whole, f->wn) <= 3 && f->wn >= 3 && !memcmp(f->whole + f->wn - 3, "级", 3) &&
		      !gw_lex_is(GW_LEX_NOT_LEVEL, f->whole, f->wn)) ||
		     gw_lex_is(GW_LEX_PLACE_CLASS, f->whole, f->wn);
	if (f->need != NEED_NONE || f->has_noun)
		return false;
	char thing[BUF];
	return level ? f->st->near_full[0]
		     : bound_class_len(f->whole, f->wn) && !f->change && (last_count(f) || bound_people(f, thing));
}

/* 省级公益林 → 公益林: the thing without the level a member before named
 * (a level of up to three characters ending in 级, or a place class). */
static void past_level(char *thing)
{
	size_t n = strlen(thing), l = gw_lex_prefix(GW_LEX_PLACE_CLASS, thing, n), len;
	for (size_t i = 0, c = 0; !l && i < n && c < 3; i += len, c++) {
		gw_utf8_decode(thing + i, n - i, &len);
		if (len == 3 && !memcmp(thing + i, "级", 3))
			l = i + 3;
	}
	if (l && chars(thing + l, n - l) >= 2)
		memmove(thing, thing + l, n - l + 1);
}

/* A level is of the thing just named, a bound of the people (or things)
 * just counted, not of their average age. */
void level_class_build(const struct label_facts *f, char *buf)
{
	size_t cl = bound_class_len(f->whole, f->wn);
	const char *of = cl ? last_count(f) : f->st->near_full;
	if (!cl)
		cl = f->wn;
	char thing[BUF];
	if (of) {
		copy_text(thing, of);
		label_trim_edges(thing);   /* as it is stored: 现有职工 → 职工 */
	} else {
		bound_people(f, thing);
	}
	if (!bound_class_len(f->whole, f->wn))
		past_level(thing);   /* 省级公益林…、县级1.3万亩 → 县级公益林 */
	cat(buf, f->whole, cl);
	if (cl >= 3 && !memcmp(buf + strlen(buf) - 3, "的", 3))
		buf[strlen(buf) - 3] = '\0';
	cat(buf, thing, strlen(thing));
	cat(buf, f->whole + cl, f->wn - cl);
}

/* What a label names past its last empty verb (lexicon's GW_LEX_VERB, a
 * word of its own) and a determiner after it (安排补助资金 → 补助资金,
 * 县殡仪馆现有火化炉 → 火化炉); the whole label when there is none. */
static const char *thing_of(const char *label)
{
	size_t n = strlen(label), from = 0, len, d;
	for (size_t i = 0; i < n; i += len) {
		gw_utf8_decode(label + i, n - i, &len);
		size_t v = gw_lex_prefix(GW_LEX_VERB, label + i, n - i);   /* (检查设备 is a thing) */
		if (v && i + v < n && gw_seg_boundary(label, n, i) && gw_seg_boundary(label, n, i + v))
			from = i + v;
	}
	if (from && (d = gw_lex_prefix(GW_LEX_DETERMINER, label + from, n - from)) && from + d < n)
		from += d;
	return label + from;
}

/* 在编人员12人，其中从事财务审计的3人 → 从事财务审计的在编人员: a
 * relative clause written straight before a count (…的 N, …的有 N, …的只有
 * N: lexicon's GW_LEX_RELATIVE_TAIL) is a class of the things the sentence counted just before in the same
 * unit.  Not a 由…的 level, nor a share or a plan's 完成…的. */
static bool relative_before(const struct label_facts *f)
{
	const char *p = f->p;
	size_t i = f->q->num_a;
	i -= gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + f->phrase, i - f->phrase);
	i -= gw_lex_suffix(GW_LEX_RELATIVE_TAIL, p + f->phrase, i - f->phrase);   /* 的只有137名 */
	if (i < f->phrase + 3 || memcmp(p + i - 3, "的", 3))
		return false;
	for (size_t j = f->phrase; j + 3 <= i - 3; j++)   /* 由上年的31座: an earlier level (not 从事, 经由) */
		if ((!memcmp(p + j, "由", 3) || !memcmp(p + j, "从", 3)) &&
		    !gw_lex_prefix(GW_LEX_FROM_AFTER, p + j + 3, i - 3 - j - 3) &&
		    !(j >= f->phrase + 3 && gw_lex_prefix(GW_LEX_FROM_BEFORE, p + j - 3, 3)))
			return false;
	return true;
}

/* The label of the things a relative class is of: the sentence's last
 * count (last_count's), in the same unit, not named by the clause itself
 * and not a lone verb (审结802件 names nothing); NULL when there is none. */
static const char *class_count(const struct label_facts *f)
{
	const char *l = last_count(f);
	const struct qty *q = NULL;
	for (size_t j = f->k; l && j-- > 0 && !q;)
		if (f->c->q[j].label == l)
			q = &f->c->q[j];
	if (!q || strcmp(q->base_unit, f->q->base_unit) || strstr(l, f->whole) ||
	    label_clause_verb(l, strlen(l)) == strlen(l))
		return NULL;
	return l;
}

bool relative_class_applies(const struct label_facts *f)
{
	return f->need == NEED_NONE && !f->has_noun && !f->change && f->q->kind == GW_KIND_COUNT &&
	       chars(f->whole, f->wn) >= 3 && relative_before(f) && memcmp(f->whole, "完成", 6) &&
	       memcmp(f->whole, "占", 3) && class_count(f);
}

void relative_class_build(const struct label_facts *f, char *buf)
{
	char thing[BUF];
	copy_text(thing, thing_of(class_count(f)));
	label_trim_edges(thing);
	size_t wn = f->wn, t = gw_lex_suffix(GW_LEX_RELATIVE_TAIL, f->whole, wn);
	if (t && t + 3 < wn && !memcmp(f->whole + wn - t - 3, "的", 3))
		wn -= t;   /* 50岁以上的占5人: the clause, not what says how many */
	bool bound = bound_class_len(f->whole, wn) > 0;   /* a bound alone needs no 的: 50岁以上技术人员 */
	if (bound && !memcmp(f->whole + wn - 3, "的", 3))
		wn -= 3;
	cat(buf, f->whole, wn);
	size_t n = strlen(buf);
	if (!bound && (n < 3 || memcmp(buf + n - 3, "的", 3)))
		cat(buf, "的", 3);
	cat(buf, thing, strlen(thing));
}

/* 安排项目资金780万元，其中上半年拨付500万元 → 拨付项目资金: a verb alone
 * before an amount moves the money the sentence named before it. */
static const char *money_before(const struct label_facts *f)
{
	for (size_t j = f->k; j-- > 0;) {
		const struct qty *q = &f->c->q[j];
		if (q->num_a < f->st->sent)
			return NULL;
		if (q->kind == GW_KIND_AMOUNT && q->label[0] && !q->change)   /* and it names money */
			return label_verb_before(q->label, 0, strlen(q->label)) ? NULL : q->label;
	}
	return NULL;
}

bool money_verb_applies(const struct label_facts *f)
{
	return f->need == NEED_NONE && f->q->kind == GW_KIND_AMOUNT && !f->change && f->wn >= 6 &&
	       label_clause_verb(f->whole, f->wn) == f->wn && money_before(f);
}

void money_verb_build(const struct label_facts *f, char *buf)
{
	const char *m = money_before(f), *t = thing_of(m);
	cat(buf, f->whole, f->wn);
	if (!strcmp(t, f->whole))
		t = m;
	cat(buf, t, strlen(t));
}

/* 恳请县财政局在2027年预算中安排专项资金176万元 → 专项资金, 恳请局里在
 * 部门预算中追加1,060万元 → 追加资金: an amount a request asks for is named
 * by what follows the grant it asks (the last grant verb after the request,
 * in its clause), else by the verb and 资金 — not by whom it asks nor the
 * budget it comes from.  The span of the verb and its object in *v,
 * *o; false when the amount is no such. */
static bool requested_funds(const struct label_facts *f, span *v, span *o)
{
	const char *p = f->p;
	const struct qty *q = f->q;
	size_t from = f->k > 0 && f->c->q[f->k - 1].end > f->st->sent ? f->c->q[f->k - 1].end : f->st->sent, len;
	if (q->kind != GW_KIND_AMOUNT || f->change || from >= q->num_a)
		return false;
	size_t num = q->num_a - gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + from, q->num_a - from), ask = 0;
	if (num <= from)
		return false;
	v->a = v->b = 0;
	for (size_t i = from; i < num; i += len) {
		uint32_t cp = cp_at(p, num, i, &len);
		size_t l;
		if (cp == 0xFF0C || cp == 0xFF1B || cp == ',' || cp == ';')
			ask = 0, v->b = 0;   /* …，其中2027年一季度拨付150万元: a part of it */
		else if (!ask && (l = gw_lex_prefix(GW_LEX_REQUEST, p + i, num - i)))
			ask = i + l;
		else if (ask && (l = gw_lex_prefix(GW_LEX_GRANT_VERB, p + i, num - i)) && gw_seg_boundary(p + ask, num - ask, i - ask))
			*v = (span){i, i + l}, len = l;
	}
	if (!ask || !v->b)
		return false;
	*o = (span){v->b, num};
	for (size_t i = o->a; i < o->b; i += len)
		if (!is_han(cp_at(p, o->b, i, &len)))
			return false;   /* …安排资金936万元 only: a figure, a mark or a name in between is none */
	return chars(p + o->a, o->b - o->a) <= LABEL_CLASS_MAX_CHARS;
}

bool requested_funds_applies(const struct label_facts *f)
{
	span v, o;
	return requested_funds(f, &v, &o);
}

void requested_funds_build(const struct label_facts *f, char *buf)
{
	static const char money[] = "资金";
	span v, o;
	requested_funds(f, &v, &o);
	if (o.b > o.a && !gw_lex_is(GW_LEX_FUND, f->p + o.a, o.b - o.a)) {
		/* 安排专项经费68.5万元 → 专项经费 (the testers 12 of 18), but 安排资金 */
		cat(buf, f->p + o.a, o.b - o.a);
		return;
	}
	cat(buf, f->p + v.a, v.b - v.a);
	if (o.b > o.a)
		cat(buf, f->p + o.a, o.b - o.a);
	else
		cat(buf, money, strlen(money));
}

/* 监测设备有19台使用超过8年 → 使用超过8年的监测设备: an age bound written
 * after a count (the reader leaves the 8年 out) says which of the things
 * are counted, as a relative clause before it does. */
static size_t age_after_len(const struct label_facts *f)
{
	const char *t = f->p + f->q->end;
	size_t n = f->c->n - f->q->end, len, k = gw_lex_prefix(GW_LEX_IN_SERVICE, t, n), l;
	if (!k)
		return 0;
	if (n - k >= 3 && !memcmp(t + k, "已", 3))
		k += 3;
	if (!(l = gw_lex_prefix(GW_LEX_CLASS_BEFORE, t + k, n - k)) || !is_digit_cp(cp_at(t, n, k + l, &len)))
		return 0;
	for (k += l; k < n && is_digit_cp(cp_at(t, n, k, &len)); k += len)
		;
	return k + 3 <= n && !memcmp(t + k, "年", 3) ? k + 3 : 0;
}

/* The subject without what the reader took for the noun after the unit
 * (台|使用 is no noun: the bound starts there). */
static size_t age_after_subject(const struct label_facts *f)
{
	size_t nl = f->q->noun.b - f->q->noun.a, wn = f->wn;
	if (nl && nl <= wn && !memcmp(f->whole + wn - nl, f->p + f->q->noun.a, nl))
		wn -= nl;
	return wn;
}

bool age_after_applies(const struct label_facts *f)
{
	return f->need == NEED_NONE && f->q->kind == GW_KIND_COUNT && !f->change && age_after_len(f) &&
	       age_after_subject(f) > 3;
}

void age_after_build(const struct label_facts *f, char *buf)
{
	size_t wn = age_after_subject(f);
	if (wn > 3 && !memcmp(f->whole + wn - 3, "有", 3))
		wn -= 3;   /* 监测设备有 */
	cat(buf, f->p + f->q->end, age_after_len(f));
	cat(buf, "的", 3);
	cat(buf, f->whole, wn);
}

/* 生猪存栏42.6万头、牛3.8万头 → 牛存栏: a short list member right after a
 * figure whose label ends in an attribute (存栏, 产量, 面积) shares that
 * attribute, as a member shares the verb before it (shared_verb). */
static size_t shared_attribute(const struct label_facts *f)
{
	if (f->k == 0 || f->has_noun || f->change || !f->wn || chars(f->whole, f->wn) > 3 ||
	    gw_lex_suffix(GW_LEX_ATTR, f->whole, f->wn))
		return 0;
	const struct qty *prev = &f->c->q[f->k - 1];
	size_t len, gap = prev->end;
	if (gap < f->st->sent || gap + 3 != f->raw.a || cp_at(f->p, f->c->n, gap, &len) != 0x3001)   /* 、 */
		return 0;
	size_t pn = strlen(prev->label), l = gw_lex_suffix(GW_LEX_ATTR, prev->label, pn);
	if (!l || l >= pn || prev->kind != f->q->kind || !memcmp(prev->label + pn - 3, "数", 3))
		return 0;   /* (民宿总数128家、床位…: a count of the member before, no measure) */
	return l;
}

bool shared_attribute_applies(const struct label_facts *f)
{
	return shared_attribute(f) > 0;
}

void shared_attribute_build(const struct label_facts *f, char *buf)
{
	const char *pl = f->c->q[f->k - 1].label;
	size_t l = shared_attribute(f);
	cat(buf, f->whole, f->wn);
	cat(buf, pl + strlen(pl) - l, l);
}

/* The average of the figure just given, in its unit: its measure. */
bool average_of_previous_applies(const struct label_facts *f)
{
	const struct qty *pq = f->k > 0 ? &f->c->q[f->k - 1] : NULL;
	return pq && f->need == NEED_NONE && !f->has_noun && !f->change && f->st->prev_base[0] &&
	       attribute_only(f->whole, f->wn) && !strcmp(pq->base_unit, f->q->base_unit);
}

void average_of_previous_build(const struct label_facts *f, char *buf)
{
	const char *base = f->st->prev_base, *per = memmem(f->whole, f->wn, "每", 3), *at = NULL;
	if (per && per[3]) {   /* 每站 of 兽医站在编人员: 在编人员 (whole ends at its NUL) */
		for (const char *h = base; (h = strstr(h, per + 3)) != NULL; h = at)
			at = h + strlen(per + 3);
	}
	cat(buf, f->whole, f->wn);
	if (at && *at)
		base = at;
	size_t bn = strlen(base), w = gw_lex_suffix(GW_LEX_WHOLE_BARE, base, bn);
	if (w && chars(base, bn - w) >= 2)
		bn -= w;   /* 烈度台总数41个，平均每个乡镇约3个: 平均每个乡镇烈度台 */
	cat(buf, base, bn);
}

/* The byte offset of the first 中 or 里 of buf[0..n) that is a word of
 * its own (not 中级, 中心) after a whole of two characters or more, its
 * length in *in_n; n when there is none. */
static size_t among_at(const char *buf, size_t n, size_t *in_n)
{
	for (size_t at = 1; at + 3 < n; at++) {
		if (chars(buf, at) < 2)
			continue;
		size_t w = gw_lex_prefix(GW_LEX_AMONG, buf + at, n - at);
		if (w && gw_seg_boundary(buf, n, at) && gw_seg_boundary(buf, n, at + w)) {
			*in_n = w;
			return at;
		}
	}
	return n;
}

/* 职工中50岁以上的占62.5% → 50岁以上职工占比, 教师中本科以上学历的占87.5%
 * → 本科以上学历教师占比 (spoken: 团员里…): a class (a bound) within a whole
 * (X中Y) goes before the whole, as assessors write the share (heldout18–31:
 * 6 of 6). */
void label_class_share(char *buf)
{
	static const char share[] = "占比";
	size_t n = strlen(buf), sn = strlen(share), in_n = 0;
	if (n <= sn + 3 || memcmp(buf + n - sn, share, sn))
		return;
	size_t end = n - sn, at = among_at(buf, end, &in_n);
	if (at == end)
		return;
	size_t ca = at + in_n, cn = end - ca;
	if (cn >= 3 && !memcmp(buf + ca + cn - 3, "的", 3))
		cn -= 3;
	if (!gw_lex_within(GW_LEX_CLASS_BOUND, buf + ca, cn) || chars(buf + ca, cn) > LABEL_CLASS_MAX_CHARS)
		return;
	char out[BUF] = "";
	cat(out, buf + ca, cn);
	cat(out, buf, at);
	cat(out, share, sn);
	copy_text(buf, out);
}

/* True when the text says the members named by m[0..mn) are picked by what
 * holds of them: a relative clause ending right before the figure (…中使用
 * 超过30年的有5栋) or a predicate right after it (…中仍有6家未设咨询服务台). */
static bool picked_by_what_holds(const struct label_facts *f, const char *m, size_t mn)
{
	const char *s = f->p + f->phrase;
	size_t sn = f->q->num_a - f->phrase;
	for (const char *h = memmem(s, sn, m, mn); h; h = memmem(h + 1, sn - (size_t)(h + 1 - s), m, mn)) {
		size_t after = (size_t)(h - s) + mn, rest;
		if (after + 3 > sn || memcmp(s + after, "的", 3))
			continue;
		rest = sn - after - 3;
		if (!rest || gw_lex_is(GW_LEX_RELATIVE_TAIL, s + after + 3, rest))
			return true;
	}
	size_t e = f->q->end + mn, len;
	if (e > f->c->n || memcmp(f->p + f->q->end, m, mn))
		return false;
	/* …and all the clause says after it, no noun the count counts
	 * (园区中有12家企业入驻: 企业 is what is counted, no condition) */
	uint32_t next = cp_at(f->p, f->c->n, e, &len);
	return (!next || !is_han(next)) && !gw_lex_suffix(GW_LEX_NOUN_HEAD, m, mn) &&
	       !(f->q->noun.b > f->q->noun.a && f->q->noun.b - f->q->noun.a < mn &&
		 !memcmp(f->p + f->q->noun.a, m, f->q->noun.b - f->q->noun.a) &&
		 gw_lex_is(GW_LEX_NOUN_HEAD, m, f->q->noun.b - f->q->noun.a));
}

/* 仓房中使用超过30年的有5栋 → 使用超过30年的仓房, A级景区中仍有6家未设咨询
 * 服务台 → 未设咨询服务台的A级景区, 入住老人中80岁以上的196人 → 80岁以上入住
 * 老人 (a bound: no 的), 游客投诉中涉及排队的占46% → 涉及排队的游客投诉占比:
 * members of a whole picked by what holds of them are named as assessors
 * write them, the condition before the whole (heldout14–52: 17 of 19). */
void label_class_subset(const struct label_facts *f, char *buf)
{
	static const char share[] = "占比", of[] = "的";
	size_t n = strlen(buf), sn = strlen(share), end = n, in_n = 0;
	bool is_share = n > sn && !memcmp(buf + n - sn, share, sn);
	if (is_share)
		end -= sn;
	size_t at = among_at(buf, end, &in_n);
	if (at == end)
		return;
	size_t ca = at + in_n, cn = end - ca;
	if (!picked_by_what_holds(f, buf + ca, cn)) {   /* 中有专项经费的: 有 is the clause's */
		ca += gw_lex_prefix(GW_LEX_AMONG_HAVING, buf + ca, end - ca);
		cn = end - ca;
		if (chars(buf + ca, cn) < 2 || !picked_by_what_holds(f, buf + ca, cn))
			return;
	}
	char out[BUF] = "";
	cat(out, buf + ca, cn);
	if (!gw_lex_within(GW_LEX_CLASS_BOUND, buf + ca, cn) || chars(buf + ca, cn) > LABEL_CLASS_MAX_CHARS)
		cat(out, of, strlen(of));
	cat(out, buf, at);
	if (is_share)
		cat(out, share, sn);
	copy_text(buf, out);
}

/* 仍有13个自然村广播信号不稳定 → 广播信号不稳定的自然村, 19个乡镇中有11个没有
 * 专职工作人员 → 没有专职工作人员的乡镇: what is said after a count of things
 * there are (有, 仍有 … before it) says which of them are counted, as a
 * relative clause before the count does (heldout13–55's testers: 41 of 48
 * such labels put it first, with 的 unless it is a bound).  The thing is
 * the noun after the unit, else the whole named before 中 (26处场所中有17处);
 * a predicate holding a figure of its own (使用年限超过25年) is none. */
struct predicate_after {
	size_t thing_a, thing_b;   /* the thing counted, in the paragraph */
	size_t pred_a, pred_b;     /* what is said of them */
};

/* True when a count of things there are ends p[a..num): a having word,
 * then at most a qualifier (仍有约1,900套). */
static bool there_are_before(const char *p, size_t a, size_t num)
{
	size_t k = num - gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + a, num - a);
	return gw_lex_suffix(GW_LEX_THERE_ARE, p + a, k - a) > 0;
}

/* The whole named before 中 or 里 and the having word right before the
 * number, after a count of its own (26处场所中有): its span in *ta, *tb
 * (*ta is left as the caller set it when no count comes before). */
static bool whole_before_among(const struct label_facts *f, size_t *ta, size_t *tb)
{
	const char *p = f->p;
	size_t num = f->q->num_a, k = num - gw_lex_suffix(GW_LEX_QUAL_BEFORE, p + f->phrase, num - f->phrase);
	k -= gw_lex_suffix(GW_LEX_THERE_ARE, p + f->phrase, k - f->phrase);
	size_t in = gw_lex_suffix(GW_LEX_AMONG, p + f->phrase, k - f->phrase), len;
	if (!in)
		return false;
	*tb = k - in;
	for (size_t i = f->phrase; i < *tb;) {
		uint32_t cp = cp_at(p, *tb, i, &len);
		if (!is_digit_cp(cp) && !gw_is_mask(cp)) {
			i += len;
			continue;
		}
		size_t ul = 0, dl;
		while (i < *tb && ((cp = cp_at(p, *tb, i, &dl)), is_digit_cp(cp) || gw_is_mask(cp)))
			i += dl;
		*ta = gw_unit_match(p + i, *tb - i, false, &ul) ? i + ul : i;
	}
	return *ta > f->phrase && *ta < *tb && chars(p + *ta, *tb - *ta) <= PREDICATE_THING_MAX_CHARS &&
	       !gw_lex_prefix(GW_LEX_CLASS_BOUND, p + *ta, *tb - *ta);   /* 35岁|以下青年教师中 */
}

/* Where what is said of the things starts in p[a..b): the first word
 * boundary at which a predicate opens, or b.  (An opener that only begins
 * the noun, 仍有5户不动产未登记, leaves no thing: the rule then does not
 * apply; a boundary after it would lose 没签, 无法, 尚不能.) */
static size_t predicate_start(const char *p, size_t a, size_t b)
{
	size_t len;
	for (size_t i = a; i < b; i += len) {
		cp_at(p, b, i, &len);
		if (!gw_seg_boundary(p + a, b - a, i - a))
			continue;
		if (gw_lex_prefix(GW_LEX_PREDICATE_OPEN, p + i, b - i) || gw_lex_prefix(GW_LEX_PREDICATE_ATTR, p + i, b - i) ||
		    gw_lex_prefix(GW_LEX_DONE_VERB, p + i, b - i) ||
		    gw_lex_prefix(GW_LEX_RESULT_VERB, p + i, b - i) || gw_lex_prefix(GW_LEX_TREATMENT_VERB, p + i, b - i))
			return i;
	}
	return b;
}

static bool predicate_after_read(const struct label_facts *f, struct predicate_after *pa)
{
	const char *p = f->p;
	const struct qty *q = f->q;
	size_t n = f->c->n, e = q->end, len;
	size_t un = strlen(q->unit);
	if (q->kind != GW_KIND_COUNT || f->change || q->num_a <= f->phrase || !there_are_before(p, f->phrase, q->num_a) ||
	    (un >= 3 && !memcmp(q->unit + un - 3, "次", 3)))
		return false;   /* 每月约有600人次重复检查: times, no things */
	for (; e < n; e += len) {
		uint32_t cp = cp_at(p, n, e, &len);
		if (is_digit_cp(cp) || gw_is_mask(cp))
			return false;   /* 使用年限超过25年: a figure of its own */
		if (!((cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x201C || cp == 0x201D))
			break;
	}
	size_t s = predicate_start(p, q->end, e);
	pa->pred_a = s + gw_lex_prefix(GW_LEX_GAP_ADVERB, p + s, e - s);   /* 仍, 还, 已 */
	pa->pred_b = e;
	if (chars(p + pa->pred_a, e - pa->pred_a) < 2 || chars(p + pa->pred_a, e - pa->pred_a) > PREDICATE_MAX_CHARS ||
	    !memcmp(p + pa->pred_a, "的", 3))
		return false;
	pa->thing_a = q->end;
	pa->thing_b = s;
	return s > q->end || whole_before_among(f, &pa->thing_a, &pa->thing_b);
}

bool predicate_after_applies(const struct label_facts *f)
{
	struct predicate_after pa;
	return predicate_after_read(f, &pa);
}

void predicate_after_build(const struct label_facts *f, char *buf)
{
	struct predicate_after pa;
	predicate_after_read(f, &pa);
	const char *pred = f->p + pa.pred_a;
	size_t pn = pa.pred_b - pa.pred_a;
	cat(buf, pred, pn);
	if (!gw_lex_suffix(GW_LEX_CLASS_BOUND, pred, pn))
		cat(buf, "的", 3);   /* 年龄在55岁以上协管员: a bound needs none */
	cat(buf, f->p + pa.thing_a, pa.thing_b - pa.thing_a);
	label_set_topic(f->st, buf, f->phrase, f->q->kind);   /* …，涉及金额3,420万元 */
}
