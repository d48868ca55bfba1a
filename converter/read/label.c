/*
 * label.c — names the quantities indicators.c found in a paragraph:
 * label, change and the qualifier written before the number.
 *
 * The label is the noun phrase before the number, bounded by the phrase
 * (，；。：) and by the previous quantity, with connectives, adverbials,
 * empty verbs and dates stripped from its front (label_clause.c,
 * label_time.c) and 达到/为… from its end (label_subject.c), plus the noun
 * after a measure word (18个村落 → …村落).  What is then missing is taken
 * from the sentence by the first rule of label_rules that applies (a
 * topic, the clause after the unit, the figure before …).
 * In: para_ctx with its quantities; out: each quantity's label, change
 * and qualifier.  Every step looks at a bounded window.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "units.h"

/* Cuts an over-long label at its last verb or 的, else keeps its tail. */
/* Removes runs of 7 or more digits and hyphens (telephone and file numbers). */
static void remove_long_numbers(char *buf)
{
	size_t n = strlen(buf);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && ((buf[j] >= '0' && buf[j] <= '9') || buf[j] == '-'))
			j++;
		if (j - i >= 7) {
			memmove(buf + i, buf + j, n - j + 1);
			n -= j - i;
		} else {
			i = j > i ? j : i + 1;
		}
	}
}

/* A label never starts or ends with the list mark 、 (left by a cut). */
static void trim_list_marks(char *buf)
{
	size_t n = strlen(buf);
	while (n >= 3 && !memcmp(buf, "、", 3)) {
		memmove(buf, buf + 3, n - 2);
		n -= 3;
	}
	while (n >= 3 && !memcmp(buf + n - 3, "、", 3))
		buf[n -= 3] = '\0';
}

static void cut_to_fit(char *buf)
{
	remove_word(buf, "分别");
	remove_long_numbers(buf);
	size_t nbad;
	const gw_word *bad = gw_lex_words(GW_LEX_PUNCT, &nbad);
	for (size_t i = 0; i < nbad; i++)
		remove_word(buf, bad[i].text);
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

static void fit_label(char *buf)
{
	trim_list_marks(buf);
	cut_to_fit(buf);
	trim_list_marks(buf);
}

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
	/* 180天缩短为135天: a change to a new level says nothing of which */
	if (gw_lex_prefix(GW_LEX_UP, c->p + start, c->n - start) ||
	    gw_lex_prefix(GW_LEX_DOWN, c->p + start, c->n - start))
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
		if (!v && (s.b - s.a > 6) && (!memcmp(c->p + s.a, "评为", 6) || !memcmp(c->p + s.a, "授予", 6)))
			v = 6;
		if (v && chars(c->p + s.a + v, s.b - s.a - v) >= 2)
			s.a += v;
	}
	label_clause_object(c->p, &s, s.a, false, &lv);
	return s;
}

/* Builds the label, change and qualifier of quantity k (and of the members
 * of a 分别 list it heads); returns the last index it labelled. */
static size_t label_one(struct para_ctx *c, size_t k, struct label_state *st, struct aside *as)
{
	const char *p = c->p;
	struct qty *q = &c->q[k];
	size_t sent = label_sentence_start(p, q->num_a);
	if (sent != st->sent) {
		if (label_aside_at(p, sent)) {   /* （其中…）: its own topics, the outer ones kept */
			as->saved = *st;
			as->active = true;
			label_new_sentence(st, p, sent, q->num_a);
		} else if (as->active && sent == as->saved.sent) {
			*st = as->saved;   /* back after the aside: 同比增长 is of the outer figure */
			as->active = false;
		} else {
			as->active = false;
			label_new_sentence(st, p, sent, q->num_a);
		}
	}
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
		floor = label_qty_end(pq);
		if (q->kind == GW_KIND_RATIO && pq->noun.b > pq->noun.a && pq->noun.b < q->num_a &&
		    pq->range_of < 0 &&
		    is_han(cp_at(p, c->n, pq->noun.b, &(size_t){0})) &&
		    !conjunction(p + pq->noun.b, c->n - pq->noun.b))
			floor = pq->noun.a;
	}
	if (floor > q->num_a)
		floor = q->num_a;
	size_t phrase = label_phrase_start(p, q->num_a, 0);
	span pre = {label_phrase_start(p, q->num_a, floor), q->num_a};
	/* 33项业务“全程网办”、12项业务“跨省通办”: what stands between the last
	 * figure and 、 ends the last list item; the next item starts after it */
	size_t sep = floor > phrase && pre.a == floor ? label_last_list_sep(p, pre) : 0;
	if (sep > pre.a + 3 && (!memcmp(p + sep - 6, "”", 3) ||
				label_first_verb(p, pre.a, sep - 3, true, &(size_t){0}) != (size_t)-1))
		pre.a = sep;   /* (省委、市政府3条措施: 省委 is a co-subject, it stays) */
	label_qualifier_before(p, &pre, q);
	label_cut_per_unit(p, &pre);
	span t = pre;
	label_cut_glue(p, &t);
	char change;
	size_t chg_at = label_split_change(p, &t, &change);
	span chg = {chg_at, change ? t.b : chg_at};
	span core = {pre.a, change ? chg_at : pre.b};
	/* 较上年末增加3.2万人, 比2020年末提高: a comparison base is part of the change */
	if (change && core.b > core.a &&
	    (label_comparison_base(p, core) || (chars(p + core.a, core.b - core.a) <= 6 &&
	     (!memcmp(p + core.a, "较", 3) || !memcmp(p + core.a, "比", 3))))) {
		chg.a = core.a;
		core.b = core.a;
	}

	size_t fb = label_find_word(p, &pre, "分别");
	if (fb != (size_t)-1) {
		if (!change) {   /* 分别恢复到2019年的112%和105%: the predicate names it */
			chg = (span){fb + 6, pre.b};
			label_strip_back(p, &chg, false);
			if (gw_lex_prefix(GW_LEX_TAIL, p + chg.a, chg.b - chg.a))
				chg.b = chg.a;   /* 分别提高到每人每月…: a level, nothing to add */
		}
		return label_list(c, k, (span){core.a, fb < core.b ? fb : core.b}, chg, change, st);
	}

	label_cut_noun_predicate(p, c->n, q, core.b > core.a);
	bool has_noun = q->noun.b > q->noun.a;
	span raw = core;
	bool ends_de = core.b - core.a > 3 && !memcmp(p + core.b - 3, "的", 3);
	label_strip_front(p, &raw, false);
	size_t core0 = core.a;
	label_strip_front(p, &core, true);
	span lastv;
	core.a = label_last_coordinated(p, core, has_noun);
	label_clause_object(p, &core, core0, has_noun, &lastv);
	/* 排查河道、水库等防洪工程: the examples go, the treatment verb stays */
	size_t ex = label_after_examples(p, core, q->kind == GW_KIND_RATIO);
	span tverb = {0, 0};
	for (size_t i = core.a, len, v; i < ex; i += len) {
		gw_utf8_decode(p + i, ex - i, &len);
		if ((v = label_treatment_verb(p + i, ex - i)) && label_clause_verb(p + i, ex - i) == v)
			tverb = (span){i, i + v};
	}
	core.a = ex;
	label_strip_back(p, &core, has_noun);
	label_cut_from_earlier(p, &core);
	label_cut_level_tail(p, &core);
	bool share_verb = !change && q->kind == GW_KIND_RATIO && label_cut_share_verb(p, &core);
	if (share_verb)
		label_strip_back(p, &core, false);
	if (!change && q->kind == GW_KIND_RATIO && core.b - core.a == 3 && !memcmp(p + core.a, "占", 3)) {
		core.a = core.b;   /* 青年18名、占78.3%: a bare 占 is the share of the figure before */
		share_verb = true;
	}
	span done = {0, 0};
	if (!change && !share_verb && q->kind == GW_KIND_RATIO)
		done = label_cut_done_share(p, &core);
	/* 对发现的5个问题, 对排查出的3个隐患: a relative clause of a result or
	 * treatment verb alone (with its complement 出/到) adds nothing: what
	 * was found is what is counted */
	if (has_noun && label_bare_relative(p, core))
		core.a = core.b;
	if (has_noun && label_ends_with_partner(p, core))   /* 县体校与3所中小学, 在12个乡镇 → 中小学, 乡镇 */
		core.a = core.b;
	/* 召开联席会议5次专题研究: a verbal measure word after a named thing counts
	 * how often it happened; what follows is the predicate (先后3次召开会议
	 * still names the act after it) */
	if (has_noun && core.b > core.a && label_verbal_measure(q->base_unit)) {
		q->noun.b = q->noun.a;
		has_noun = false;
	}
	/* 走访企业3次, 学习经验2次: a verbal measure counts the act, so a verb
	 * that says what was done stays (an empty one, 开展/召开, does not) */
	if (!has_noun && label_verbal_measure(q->base_unit) && lastv.b == core.a && lastv.b > lastv.a &&
	    !label_empty_clause_verb(p + lastv.a, lastv.b - lastv.a))
		core.a = lastv.a;
	/* 完成投资 is not 总投资: keep 完成 before a generic money word */
	if (core.a >= raw.a + 6 && memcmp(p + core.a - 6, "完成", 6) == 0 &&
	    gw_lex_is(GW_LEX_GENERIC, p + core.a, core.b - core.a))
		core.a -= 6;

	char whole[BUF] = "", buf[BUF] = "";
	/* 完成年度目标任务的110.3%: a share of the figure before */
	bool share = q->kind == GW_KIND_RATIO && raw.b - raw.a > 9 && !memcmp(p + raw.a, "完成", 6) &&
		     !memcmp(p + raw.b - 3, "的", 3);
	if (share)
		core = (span){raw.a, raw.b - 3};
	/* 惠及居民, 新增学位: a bare two-character noun keeps its verb */
	size_t kept = core.a > raw.a ? label_verb_before(p, raw.a, core.a) : 0;
	bool verb_rate = kept && !change && label_bare_rate(p + core.a, core.b - core.a);   /* 发放准确率 */
	if (kept && !change && core.b > core.a &&
	    (chars(p + core.a, core.b - core.a) + chars(p + q->noun.a, q->noun.b - q->noun.a) == 2 || verb_rate) &&
	    !(core.a - kept > raw.a && label_empty_verb(p + core.a - kept, kept)))
		core.a -= kept;   /* 建成绿道; but 计划完成造林 → 造林: a second, empty verb goes */
	/* 标准调整为最低工资标准的90%: the subject is what was adjusted */
	size_t lv = label_level_verb(p, core);
	if (lv && q->kind == GW_KIND_RATIO && ends_de)
		core.b = lv;
	size_t vat = 0, vlen = label_scope_verb(p, core, &vat);
	/* 为自主创业军人发放贷款: 为 names whom it is for; dropping 为 and keeping
	 * 发放 would make them the ones who give — the verb goes */
	if (!vlen && core.a >= pre.a + 3 && !memcmp(p + core.a - 3, "为", 3)) {
		vat = label_beneficiary_verb(p, core, &vlen);
		/* 为企业追回欠款: a treatment verb says what was done, and for
		 * whom is part of it (the loss recovered is the beneficiary's):
		 * the phrase stays whole, 为 included */
		if (!vlen && label_treated_after_beneficiary(p, core))
			core.a -= 3;
	}
	if (vlen) {   /* 机关设立2个党小组 → 机关党小组 */
		cat(whole, p + core.a, vat - core.a);
		cat(whole, p + vat + vlen, core.b - vat - vlen);
	} else {
		cat(whole, p + tverb.a, tverb.b - tverb.a);
		cat(whole, p + core.a, core.b - core.a);
	}
	if (share_verb)
		cat(whole, "占比", 6);
	if (done.b > done.a) {   /* 容量已使用92% → 容量使用比例 */
		cat(whole, p + done.a, done.b - done.a);
		cat(whole, "比例", 6);
	}
	cat(whole, p + q->noun.a, q->noun.b - q->noun.a);
	if (q->kind == GW_KIND_RATIO && !change && ends_de && label_share_of_whole(whole))
		snprintf(whole, sizeof whole, "占比");   /* 人员…，占在编人员的20.8% → 人员占比 */
	enum need need = share ? NEED_CHANGED : label_need_of(core.b - core.a, q->noun.b - q->noun.a, whole, change != 0);
	if (verb_rate && need == NEED_NONE)
		need = NEED_GENERIC;
	span pd;
	label_post_de(c, k, &pd);
	size_t wn = strlen(whole);
	if (need != NEED_CHANGED && label_action_of_previous(c, k, pre, raw, core, st, buf)) {
		/* 排查积案136件，已化解128件 → 化解积案; 其中上调102项 → 上调价格项目;
		 * the topic stays the thing, not what was done to it */
		char obj[BUF];
		snprintf(obj, BUF, "%s", label_object_of(st->near_count));
		label_set_topic(st, obj, phrase, q->kind);
	} else if (need == NEED_NONE && chars(whole, wn) <= 3 && wn >= 3 && !memcmp(whole + wn - 3, "级", 3) &&
	    st->near_full[0] && !has_noun) {
		/* 非遗项目64项，其中省级9项 → 省级非遗项目 */
		cat(buf, whole, wn);
		cat(buf, st->near_full, strlen(st->near_full));
	} else if (need == NEED_NONE && label_rate_of_count(st->near_count, whole) &&
		   !(k > 0 && c->q[k - 1].list_head >= 0)) {
		/* 婚姻登记6842对，登记合格率100% → 婚姻登记合格率; but after a
		 * 分别 list (甲、乙预警分别为…) the rate is of all of them, not of
		 * the first one named */
		label_join_topic(buf, st->near_count, whole, strlen(whole));
	} else if (need == NEED_NONE && chars(whole, strlen(whole)) <= 2 && !has_noun && !change &&
		   is_han(cp_at(p, c->n, q->end, &(size_t){0}))) {
		/* 消除56人以上大班额, 保障了12.6万亩农田灌溉用水: what follows says what */
		cat(buf, whole, strlen(whole));
		predicate(c, q, buf);
		label_set_topic(st, buf, phrase, q->kind);
	} else if (need == NEED_NONE) {
		size_t per = k > 0 ? label_per_capita(c, k, pre.a) : 0;
		if (per && strncmp(whole, c->q[k - 1].label, per) != 0)   /* 每千人口…医师3.1人、护士3.6人 */
			cat(buf, c->q[k - 1].label, per);
		size_t nv = gw_lex_prefix(GW_LEX_VERB, p + raw.a, raw.b - raw.a);
		bool subset = label_find_word(p, &pre, "其中") != (size_t)-1;
		if (subset && !nv && st->new_verb[0] && !strcmp(st->new_unit, q->base_unit) &&
		    !label_clause_verb(whole, strlen(whole)))   /* 其中8座增设… names its own act */
			cat(buf, st->new_verb, strlen(st->new_verb));   /* 新增耕地…，其中水田 → 新增水田 */
		cat(buf, whole, strlen(whole));
		label_set_topic(st, buf, phrase, q->kind);
		if (!subset && nv >= 6 && nv < sizeof st->new_verb && !memcmp(p + raw.a, "新", 3)) {
			memcpy(st->new_verb, p + raw.a, nv);
			st->new_verb[nv] = '\0';
			snprintf(st->new_unit, sizeof st->new_unit, "%s", q->base_unit);
		}
	} else if (pd.b > pd.a && need != NEED_CHANGED) {
		char topic[BUF] = "";
		cat(topic, p + pd.a, pd.b - pd.a);
		label_join_topic(buf, topic, whole, strlen(whole));
		label_set_topic(st, topic, phrase, q->kind);
	} else if (need == NEED_SHORT && label_kept_verb(p, raw, core) && !causee_acts(c, q, raw, core)) {
		/* 支持9个乡镇实施产业项目42个 → 支持乡镇 */
		size_t v = label_verb_before(p, raw.a, core.a);
		cat(buf, p + core.a - v, v);
		cat(buf, whole, strlen(whole));
	} else if (need == NEED_SHORT) {
		span pr = predicate_span(c, q);
		size_t wl = strlen(whole);
		if (pr.b > pr.a && label_clause_verb(p + pr.a, pr.b - pr.a) >= 6 && label_clause_verb(whole, wl) != wl &&
		    chars(p + pr.a, pr.b - pr.a) >= 4) {
			/* 7家医院实现结果互认 → 结果互认医院: a verb phrase after the
			 * noun says which ones, as a relative clause before it would
			 * (its result verb dropped like one before a subject) */
			span lv;
			label_clause_object(p, &pr, pr.a, false, &lv);
			cat(buf, p + pr.a, pr.b - pr.a);
			cat(buf, whole, strlen(whole));
		} else if (pr.b - pr.a > 6 && !memcmp(p + pr.a, "“", 3) && !memcmp(p + pr.b - 3, "”", 3) &&
			   label_find_word(p, &(span){pr.a + 3, pr.b - 3}, "“") == (size_t)-1) {
			/* 12项业务“跨省通办”: a quoted name after the noun says which
			 * kind, as it would before it: “跨省通办”业务 */
			cat(buf, p + pr.a, pr.b - pr.a);
			cat(buf, whole, strlen(whole));
		} else {
			cat(buf, whole, strlen(whole));
			predicate(c, q, buf);
		}
	} else if (!whole[0] && !change && k > 0 && st->prev_base[0] && !c->q[k - 1].change &&
		   label_list_gap(p, label_qty_end(&c->q[k - 1]), q->num_a)) {
		/* 1280户4650人, 档案12个全宗、3.6万卷: figures written back to back
		 * (or joined by 、) count one thing, each in its unit: the subject
		 * before them, without the first one's noun (全宗 is its unit's) */
		const struct qty *pq = &c->q[k - 1];
		size_t bl = strlen(st->prev_base), nl = pq->noun.b - pq->noun.a;
		if (nl && nl < bl && !memcmp(st->prev_base + bl - nl, p + pq->noun.a, nl))
			bl -= nl;
		cat(buf, st->prev_base, bl);
	} else if (!whole[0] && !change && !has_noun && q->kind == GW_KIND_COUNT &&
		   label_find_word(p, &pre, "其中") != (size_t)-1 && st->near_count[0] &&
		   predicate_span(c, q).b > predicate_span(c, q).a) {
		/* 其中1篇获省级表彰: a subset keeps the whole's noun and its own predicate */
		const char *obj = label_object_of(st->near_count);
		cat(buf, obj, strlen(obj));
		predicate(c, q, buf);
	} else if (!whole[0] && !change && !has_noun && pre.a == pre.b && q->kind == GW_KIND_COUNT &&
		   object_after(c, q).b > object_after(c, q).a) {
		/* ，2人被评为先进个人: the clause after the unit names them */
		span obj = object_after(c, q);
		cat(buf, p + obj.a, obj.b - obj.a);
	} else if (!whole[0] && !change && q->kind == GW_KIND_MEASURE && measured_noun(c, q).b) {
		/* 为15万亩设施农业提供服务: a measure written before a noun
		 * phrase with nothing before it measures that noun */
		span np = measured_noun(c, q);
		cat(buf, p + np.a, np.b - np.a);
	} else if (!whole[0] && !change && raw.b > raw.a && q->kind == GW_KIND_COUNT &&
		   is_han(cp_at(p, c->n, q->end, &(size_t){0}))) {
		/* 帮助860人实现就业 → 帮助实现就业: the verbs are all there is */
		cat(buf, p + raw.a, raw.b - raw.a);
		predicate(c, q, buf);
	} else {
		const char *topic = label_pick_topic(st, need, phrase, whole, q->kind);
		char eff[BUF];
		if (label_effect_of(whole, topic, eff))
			topic = eff;
		if (label_bare_rate(whole, strlen(whole)))
			topic = label_past_actor(topic);   /* 系统接待来信来访, 办结率 → 来信来访办结率 */
		span obj = object_after(c, q);
		if (need == NEED_GENERIC && !has_noun && q->kind == GW_KIND_AMOUNT && obj.b > obj.a &&
		    (!topic[0] || label_clause_verb(p + q->end, c->n - q->end))) {
			/* 投资300万元实施改造工程 → 改造工程投资 */
			cat(buf, p + obj.a, obj.b - obj.a);
			cat(buf, whole, strlen(whole));
		} else {
			label_join_topic(buf, topic, whole, strlen(whole));
		}
	}
	if (q->kind == GW_KIND_AMOUNT && q->end + 6 <= c->n && !memcmp(p + q->end, "用于", 6) &&
	    chars(buf, strlen(buf)) <= 6)
		predicate(c, q, buf);   /* 腾出资金***万元用于基层“三保” */
	snprintf(st->prev_base, BUF, "%s", buf);
	if ((unsigned)q->kind < 4)
		snprintf(st->by_kind[q->kind], BUF, "%s", buf);
	st->prev_kind = (int)q->kind;
	cat(buf, p + chg.a, chg.b - chg.a);
	snprintf(q->label, BUF, "%s", buf);
	q->change = change;
	return k;
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
	st.prev_kind = -1;
	for (size_t k = 0; k < c->nq; k++)
		k = label_one(c, k, &st, &as);
	label_share_nouns(c);
}

void gw_indicator_fit_label(char *buf)
{
	fit_label(buf);
}
