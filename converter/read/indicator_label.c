/*
 * indicator_label.c — names the quantities indicators.c found in a
 * paragraph: label, change and the qualifier written before the number.
 *
 * The label is the noun phrase before the number, bounded by the phrase
 * (，；。：) and by the previous quantity, with connectives, adverbials,
 * empty verbs and dates stripped from its front and 达到/为… from its end,
 * plus the noun after a measure word (18个村落 → …村落).  Change words
 * (同比增长) stay in the label and set `change`; 提高到/降至 make the number
 * a level.  Subjects too generic to stand alone (总投资, 开工率, 同比增长) take
 * a topic from earlier in the sentence, chosen by what they are (a rate
 * follows the last count, money the first count, a change the last figure
 * of its kind); 分别 lists hand each value its own part of the subject.
 *
 * Which noun phrase is the subject comes from the clause's structure, not
 * from the wording of past reports: in "[time/place/agent/prepositional
 * phrase] VERB NP NUMBER UNIT" it is NP, the object of the verb
 * (clause_object); the verb is found with a lexicon of the genre's verbs
 * (lexicon.c's result and treatment verbs: data, not code).  The label stops at the
 * first predicate word between the subject and the number (由…, …到, 占)
 * and after a measure word's noun (cut_noun_predicate); words are only cut
 * at word boundaries (bound_suffix), and a one-character function word
 * bound in a word (主要, 平均, 雷达, 在线: lexicon.c's GW_LEX_BOUND) is never
 * read as one (bound_at).  Times are dates, seasons, plan periods and
 * 期间-phrases (date_prefix).  All vocabulary lives in lexicon.c.
 * Every step looks at a bounded window.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "indicator_text.h"
#include "units.h"

/* ---- step 2: labels ---------------------------------------------------- */

/* True when the character at byte i of p[a..b) is bound in a word of
 * lexicon.c's GW_LEX_BOUND that begins at i or at the character before it
 * (雷达, 平均, 及时, 中心): a function word or locative there is none, and
 * no cut may fall before it. */
static bool bound_at(const char *p, size_t a, size_t i, size_t b)
{
	if (i >= b)
		return false;
	if (gw_lex_prefix(GW_LEX_BOUND, p + i, b - i))
		return true;
	if (i <= a)
		return false;
	size_t prev = prev_start(p, i);
	return gw_lex_prefix(GW_LEX_BOUND, p + prev, b - prev) > i - prev;
}

/* True when a cut at byte i of p[a..b) would split a bound word: 天气雷|达,
 * 时间平|均为. */
static bool splits_word(const char *p, size_t a, size_t i, size_t b)
{
	if (i <= a || i >= b)
		return false;
	size_t prev = prev_start(p, i);
	return gw_lex_prefix(GW_LEX_BOUND, p + prev, b - prev) > i - prev;
}

static size_t clause_verb(const char *s, size_t n);
static size_t agent_adverb(const char *s, size_t n);
static bool ends_with_actor(const char *s, size_t n);

/* A season or period of the year named by a word (汛期, 暑期, 春运): a time
 * like a date; its length at p, or 0. */
static size_t season(const char *p, size_t n)
{
	return n ? gw_lex_prefix(GW_LEX_SEASON, p, n - 1) : 0;  /* and something after it */
}

/* 重要节假日期间, 防汛关键期间: a phrase of up to eight characters ending in
 * 期间 before its clause's verb (an adverb may come first) is when; its
 * length with 期间, or 0. */
static size_t during(const char *p, size_t n)
{
	size_t i = 0, len;
	for (int c = 0; c < 10 && i + 6 <= n; c++, i += len) {
		uint32_t cp = gw_utf8_decode(p + i, n - i, &len);
		if (!is_han(cp))
			return 0;
		if (c >= 1 && !memcmp(p + i, "期间", 6)) {
			size_t k = i + 6, adv = agent_adverb(p + k, n - k);
			return adv || clause_verb(p + k, n - k) || gw_lex_prefix(GW_LEX_VERB, p + k, n - k) ? k : 0;
		}
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

/* 2022年 / 6月底前 / 2023年9月底 / 一季度 / 6月中旬至8月下旬 / 汛期 /
 * “十三五”末 at the front: their length. */
static size_t date_prefix(const char *p, size_t n)
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
			size_t adv = agent_adverb(p + k, n - k);
			if (k == i + w && !clause_verb(p + k + adv, n - k - adv) &&
			    !gw_lex_prefix(GW_LEX_VERB, p + k, n - k))
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
		if (!best)
			return total;
		k += best;
		k += gw_lex_prefix(GW_LEX_DATE_AFTER, p + k, n - k);
		total = i = k;
	}
}

/* 通过“一卡通”, 依托“互联网+”: a means, not the subject, when a verb
 * follows it: its length, or 0. */
static size_t instrument(const char *t, size_t n)
{
	if (n <= 6 || !gw_lex_prefix(GW_LEX_INSTRUMENT, t, n) || memcmp(t + 6, "“", 3))
		return 0;
	for (size_t j = 9; j + 3 <= n && j < 60; j++)
		if (!memcmp(t + j, "”", 3))
			return gw_lex_prefix(GW_LEX_VERB, t + j + 3, n - j - 3) ? j + 3 : 0;
	return 0;
}

/* Words that begin with a connective's character but are nouns or verbs
 * themselves (对口就业率, 为民服务, 和谐): their first character stays. */
static bool lead_is_word(const char *t, size_t n)
{
	return gw_lex_prefix(GW_LEX_LEAD_WORD, t, n) > 0;
}

/* 在2023年省运会上, 在专项行动中: a frame of place or occasion before the
 * subject; its length (through 上/中/期间), or 0. */
static size_t frame(const char *t, size_t n)
{
	if (n < 9 || memcmp(t, "在", 3) != 0 || bound_at(t, 0, 0, n))
		return 0;   /* (在线, 在建: words, no preposition) */
	size_t i = 3, len;
	for (int c = 0; c < 16 && i < n; c++) {
		uint32_t cp = gw_utf8_decode(t + i, n - i, &len);
		if (is_phrase_delim(cp) || cp == 0x3001)
			return 0;
		size_t el;
		/* (and six bytes after it) 在便民服务中心设立: 中心 is a noun, no frame's end */
		if (c >= 1 && i + 6 <= n && (el = gw_lex_prefix(GW_LEX_FRAME_END, t + i, n - i - 6)) &&
		    !bound_at(t, 0, i, n))
			return i + el;
		i += len;
	}
	return 0;
}

static bool bound_suffix(const char *s, size_t n);

/* Strips connectives, adverbials, scopes, dates and (with `verbs`) empty
 * verbs from the front.  A verb coordinated with another (新建、改扩建) stays.
 * Only whole words go: a lead or verb glued to a bound noun suffix is the
 * start of a noun (上年度, 建成区) and stays. */
static void strip_front(const char *p, span *s, bool verbs)
{
	for (;;) {
		const char *t = p + s->a;
		size_t n = s->b - s->a, l = date_prefix(t, n), k;
		if ((k = frame(t, n)) > l)
			l = k;
		if (verbs && (k = instrument(t, n)) > l)
			l = k;
		if ((k = gw_lex_prefix(GW_LEX_LEAD, t, n)) > l && !lead_is_word(t, n) &&
		    !(k == 3 && bound_at(t, 0, 0, n)) &&   /* 对象, 均等, 为农: words */
		    !(k >= 6 && k < n && bound_suffix(t + k, n - k)))   /* 、 and 和 always go */
			l = k;
		if (verbs && (k = gw_lex_prefix(GW_LEX_VERB, t, n)) > l && !(k == 3 && bound_at(t, 0, 0, n)) &&
		    !(k + 3 <= n && (memcmp(t + k, "、", 3) == 0 || memcmp(t + k, "和", 3) == 0)) &&
		    !(k < n && bound_suffix(t + k, n - k)))
			l = k;
		if ((k = gw_lex_prefix(GW_LEX_SCOPE, t, n)) > l)
			l = k;
		if (!l)
			return;
		s->a += l;
	}
}

static size_t find_word(const char *p, const span *s, const char *w);
static void strip_back(const char *p, span *s, bool keep_de);

/* ---- clause structure: which word is the clause's verb ------------------- */

/* Length of a treatment verb at s[0..n), or 0. */
static size_t treatment_verb(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_TREATMENT_VERB, s, n);
}

/* Bound noun suffixes: a verb written straight before one is the first half
 * of a noun (建成区, 上年度, 完成率, 管理局, 办理量, 处理厂, 监测站, 调解室),
 * never the clause's verb. */
static bool bound_suffix(const char *s, size_t n)
{
	if (gw_lex_prefix(GW_LEX_SUFFIX_FREE, s, n))
		return false;   /* 区级, 区域, 度假, 局面, 员工 */
	return gw_lex_prefix(GW_LEX_NOUN_SUFFIX, s, n) > 0;
}

/* Length of a clause verb at s[0..n): one of lexicon.c's empty verbs or a
 * genre verb, not glued to a bound noun suffix; 0 when there is none. */
static size_t clause_verb(const char *s, size_t n)
{
	size_t best = gw_lex_prefix(GW_LEX_VERB, s, n), l;
	if ((l = gw_lex_prefix(GW_LEX_RESULT_VERB, s, n)) > best)
		best = l;
	if ((l = treatment_verb(s, n)) > best)
		best = l;
	if (best && best < n && bound_suffix(s + best, n - best))
		return 0;
	if (best && gw_lex_prefix(GW_LEX_BOUND, s, n) > best)
		return 0;   /* 均等化, 共享: a word, not the verb 均, 共 */
	/* verbs that usually name an activity inside a noun phrase (项目建设难题,
	 * 政务服务事项) never end a phrase before the object */
	if (best == 6 && gw_lex_prefix(GW_LEX_NOMINAL_VERB, s, n))
		return 0;
	return best;
}

/* Length of the clause verb that ends exactly at byte b of p[a..b), 0 if none. */
static size_t verb_before(const char *p, size_t a, size_t b)
{
	size_t best = 0;
	for (size_t l = 3; l <= 12 && l <= b - a; l += 3)
		if (clause_verb(p + b - l, l) == l)
			best = l;
	return best;
}

/* True when s[0..n) starts with an empty verb of lexicon.c (开展, 召开 …),
 * as opposed to a verb that says what was done (学习, 走访). */
static bool empty_clause_verb(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_VERB, s, n) == n;
}

/* Length of a preposition or co-verb opening s[0..n) with more after it
 * (与…签订, 从…中聘请, 联合…开展: lexicon.c's GW_LEX_PREPOSITION), or 0. */
static size_t preposition(const char *s, size_t n)
{
	size_t best = n ? gw_lex_prefix(GW_LEX_PREPOSITION, s, n - 1) : 0;
	if (best == 3 && !memcmp(s, "由", 3) && n >= 6 && !memcmp(s + 3, "于", 3))
		return 0;   /* 由于 is "because" */
	if (best == 3 && bound_at(s, 0, 0, n))
		return 0;   /* 在线, 对口, 为民: words, no preposition */
	return best;
}

/* True when p[a..b) ends with a preposition (strip_front drops 与, 对, 通过,
 * 依托 … as connectives before the clause object is looked for). */
static bool ends_with_preposition(const char *p, size_t a, size_t b)
{
	return gw_lex_suffix(GW_LEX_PREPOSITION, p + a, b - a) > 0;
}

/* 通过政府购买服务方式引进…, 依托“互联网+监管”系统开展…: the object of an
 * instrument preposition ends with a noun of means, verbs inside it are its
 * modifiers; the position after that noun, or a. */
static size_t after_means(const char *p, size_t a, size_t b)
{
	size_t len;
	for (size_t i = a; i < b; i += len) {
		gw_utf8_decode(p + i, b - i, &len);
		if (i + 6 < b && gw_lex_prefix(GW_LEX_MEANS, p + i, b - i) &&
		    (clause_verb(p + i + 6, b - i - 6) || preposition(p + i + 6, b - i - 6)))
			return i + 6;
	}
	return a;
}

static bool instrument_prep(const char *p, size_t a, size_t b)
{
	return b - a >= 6 && (gw_lex_suffix(GW_LEX_INSTRUMENT, p + a, b - a) ||
			      gw_lex_prefix(GW_LEX_INSTRUMENT, p + a, b - a));
}

/* Who acts, at the front of a clause: 我, 相关单位, 分管领导 … (a head noun
 * of an institution or an official).  A place acting (县区实施项目) is a
 * scope that tells figures apart, not an agent. */
static bool agent_head(const char *s, size_t n)
{
	/* 各乡镇, 全体干部: all of them, so no scope that tells counts apart
	 * (县区实施项目 next to 市级实施项目 is one, and stays) */
	if (n > 6 && n <= 15 && (!memcmp(s, "各", 3) || !memcmp(s, "全体", 6)) &&
	    memcmp(s, "各类", 6) && memcmp(s, "各项", 6) && memcmp(s, "各种", 6))
		return true;   /* (各类学生资助资金: 各类 is a determiner of things) */
	if (gw_lex_suffix(GW_LEX_AGENT_HEAD, s, n))
		return true;
	/* 村、企业、学校开展宣讲: places of several kinds listed are everywhere,
	 * no scope that tells counts apart (like 各乡镇) */
	span all = {0, n};
	return n > 9 && find_word(s, &all, "、") != (size_t)-1 && ends_with_actor(s, n);
}

/* 推动物业企业成立党组织 → 物业企业党组织: what the causee sets up is its
 * own, so the causee stays as a scope (as in 机关设立2个党小组). */
static bool establishing(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_ESTABLISH, s, n) > 0;
}

/* Verbs that make someone else act (引导企业投入, 推动部门建立). */
static bool causative(const char *s, size_t n)
{
	return gw_lex_is(GW_LEX_CAUSATIVE, s, n);
}

/* Adverbs between an agent and its verb: 相关单位共制定, 我已…. */
static size_t agent_adverb(const char *s, size_t n)
{
	return n ? gw_lex_prefix(GW_LEX_AGENT_ADVERB, s, n - 1) : 0;  /* and a verb after it */
}

/* True when what a verb at byte v (length vl) leaves before b may be its
 * object: non-empty (or a noun follows the number), and not a relative
 * clause (对列入名录的18个村落: 列入 is inside the modifier). */
static bool object_follows(const char *p, size_t v, size_t vl, size_t b, bool has_noun)
{
	size_t r = v + vl;
	if (r >= b)
		return has_noun;
	if (chars(p + r, b - r) < 2 && !has_noun)   /* 招聘会: a verb with a bound noun */
		return false;
	/* 安置到事业单位的比例: a verb with its complement names the measure */
	if (gw_lex_prefix(GW_LEX_COMPLEMENT, p + r, b - r))
		return false;
	return memcmp(p + b - 3, "的", 3) != 0;
}

/* The first clause verb in p[a..b) whose object may follow, or (size_t)-1. */
static size_t first_verb(const char *p, size_t a, size_t b, bool has_noun, size_t *vl)
{
	size_t len;
	for (size_t i = a; i < b; i += len) {
		gw_utf8_decode(p + i, b - i, &len);
		size_t v = clause_verb(p + i, b - i);
		if (v == len && bound_at(p, a, i, b))
			v = 0;   /* 项目平均工期: 均 of 平均 is no verb */
		/* 为基层减少重复报表: after a phrase, a change word is the verb too
		 * (it stays in the label: a verb of its own kind) */
		size_t c = gw_lex_prefix(GW_LEX_UP, p + i, b - i), d = gw_lex_prefix(GW_LEX_DOWN, p + i, b - i);
		if (!v && (c > d ? c : d) >= 6 && object_follows(p, i, c > d ? c : d, b, has_noun)) {
			*vl = 0;
			return i;
		}
		if (v && object_follows(p, i, v, b, has_noun)) {
			*vl = v;
			return i;
		}
	}
	return (size_t)-1;
}

/* Head nouns a verb modifies inside a noun phrase: 污水处理设施,
 * 应急供应网点, 垃圾转运车辆. */
static bool noun_head(const char *s, size_t n)
{
	return bound_suffix(s, n) || gw_lex_prefix(GW_LEX_NOUN_HEAD, s, n) > 0;
}

/* 新建、改扩建 and 新建和改造: a verb coordinated with another stays with it. */
static bool coordinated(const char *s, size_t n)
{
	return n >= 3 && (!memcmp(s, "、", 3) || !memcmp(s, "和", 3) || !memcmp(s, "及", 3) ||
			  !memcmp(s, "并", 3));
}

/* 在建, 在册, 在岗: a state, not the preposition 在. */
static bool state_word(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_STATE, s, n) > 0;
}

/* Past a prepositional phrase at the front of s (与…, 从…中, 联合…, 通过…
 * 方式): where the verb after its object starts, or 0.  A preposition
 * strip_front already dropped as a connective (与, 通过) counts too. */
static size_t past_preposition(const char *p, span s, size_t orig, bool has_noun)
{
	const char *t = p + s.a;
	size_t n = s.b - s.a, l, one = 0, vl;
	if ((l = preposition(t, n)))
		gw_utf8_decode(t + l, n - l, &one);   /* its object has a character at least */
	else if (s.a >= orig + 3 && ends_with_preposition(p, orig, s.a))
		gw_utf8_decode(t, n, &one);
	if (!one)
		return 0;
	if (instrument_prep(p, orig, s.a) || instrument_prep(p, s.a, s.a + l))
		one = after_means(p, s.a + l + one, s.b) - s.a - l;
	size_t at = first_verb(p, s.a + l + one, s.b, has_noun, &vl);
	return at == (size_t)-1 ? 0 : at;
}

/* Past the causee at the front of s, after a causative verb (引导社会资本
 * 投入…项目): where its own verb starts, or 0.  None when a verb follows at
 * once (督促解决: no causee) or when the causee sets something up, which is
 * then its own (推动企业成立党组织 → 企业党组织). */
static size_t past_causee(const char *p, span s, bool has_noun)
{
	size_t one = 0, vl;
	if (s.a >= s.b || clause_verb(p + s.a, s.b - s.a))
		return 0;
	gw_utf8_decode(p + s.a, s.b - s.a, &one);
	size_t at = first_verb(p, s.a + one, s.b, has_noun, &vl);
	return at == (size_t)-1 || establishing(p + at, s.b - at) ? 0 : at;
}

/* Past an agent at the front of s (相关单位共制定, 我牵头梳理, 分管领导带队):
 * where its verb starts, or 0. */
static size_t past_agent(const char *p, span s)
{
	size_t i = s.a, len;
	for (int c = 0; c < 16 && i < s.b; c++) {   /* a listed agent may be long */
		gw_utf8_decode(p + i, s.b - i, &len);
		i += len;
		if (!agent_head(p + s.a, i - s.a) ||
		    (c >= 10 && find_word(p, &(span){s.a, i}, "、") == (size_t)-1))
			continue;
		size_t j = i + agent_adverb(p + i, s.b - i);
		size_t v = clause_verb(p + j, s.b - j);
		if (v && object_follows(p, j, v, s.b, false) && !noun_head(p + j + v, s.b - j - v))
			return j;
	}
	return 0;
}

/* Drops what comes before the clause's verb and the verb itself, so that
 * the label is the verb's object: the subject is the noun phrase the
 * number's clause predicates on, in "[time/place/agent/prepositional
 * phrase] VERB NP NUMBER" it is NP.  The verb is recognised by the phrase
 * structure, not by its wording: a leading prepositional phrase ends at
 * the first verb after its object, an agent (an institution, an official,
 * 我) at the clause start is dropped with its adverbs, a causative verb's
 * causee likewise, serial verbs (牵头梳理, 建立完善) go together.  A result
 * verb goes, a treatment verb stays (see lexicon.c's result_verbs), and a verb stays
 * when nothing would be left (培训500人次).  *last gets the last verb
 * dropped (for a verbal measure, which counts the act).  orig is where s
 * started before connectives were stripped. */
static void clause_object(const char *p, span *s, size_t orig, bool has_noun, span *last)
{
	last->a = last->b = 0;
	/* 为引进人才发放补贴: whom it is for is label_one's (beneficiary_verb) */
	if (s->a >= 3 && (!memcmp(p + s->a - 3, "为", 3) || !memcmp(p + s->a - 3, "给", 3)))
		return;
	for (int guard = 0; guard < 12 && s->b > s->a; guard++) {
		size_t a0 = s->a, l, vl, at;
		strip_front(p, s, true);
		if (s->a != a0)
			continue;
		const char *t = p + s->a;
		size_t n = s->b - s->a;
		if ((at = past_preposition(p, *s, orig, has_noun))) {
			s->a = at;
		} else if ((l = clause_verb(t, n)) && object_follows(p, s->a, l, s->b, has_noun) &&
			   !coordinated(t + l, n - l)) {
			if (treatment_verb(t, n) == l)
				return;   /* it says what was done: the label keeps it */
			*last = (span){s->a, s->a + l};
			s->a += l;
			if (causative(t, l) && (at = past_causee(p, *s, has_noun)))
				s->a = at;
		} else if (s->a >= orig + 6 && causative(p + s->a - 6, 6) &&
			   (at = past_causee(p, *s, has_noun))) {
			s->a = at;   /* 推动 was stripped as an empty verb */
		} else if ((l = agent_adverb(t, n)) && (vl = clause_verb(t + l, n - l)) &&
			   object_follows(p, s->a + l, vl, s->b, has_noun)) {
			s->a += l;   /* 共接待, 均完成: an adverb goes with its verb */
		} else if (n >= 9 && !memcmp(t, "在其中", 9)) {
			s->a += 9;   /* 并在其中8座: "among them" marks a subset, like 其中 */
		} else if (has_noun && n > 9 && (!memcmp(t, "在", 3) || !memcmp(t, "到", 3) || !memcmp(t, "赴", 3)) &&
			   !state_word(t, n) && !bound_at(p, s->a, s->a, s->b)) {
			/* 在主城区12条主干道, 到挂点的3个村: a place (where, or where
			 * to go) scopes a counted noun; 在建, 到期 are words */
			s->a += 3;
		} else if ((at = past_agent(p, *s))) {
			s->a = at;
		} else {
			return;
		}
	}
}

/* 形成考察报告并推动转化落实措施: 并 + a verb starts the predicate the number
 * belongs to; what comes before it is another one.  Returns where it starts. */
static size_t last_coordinated(const char *p, span s, bool has_noun)
{
	size_t best = s.a, len;
	for (size_t i = s.a + 3; i + 3 < s.b; i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		if (memcmp(p + i, "并", 3))
			continue;
		size_t v = clause_verb(p + i + 3, s.b - i - 3);
		/* 发现并整改隐患: two verbs sharing one object stay together */
		bool verb_only = verb_before(p, s.a, i) == i - s.a;
		if (v && !verb_only && object_follows(p, i + 3, v, s.b, has_noun))
			best = i + 3;
	}
	return best;
}

/* 《月报》《专报》等, “护苗”“春蕾”等: names in title marks or quotes
 * written one after the other are a list without 、: true when p[a..i)
 * ends with a closing mark and holds two of them or more. */
static bool named_run(const char *p, size_t a, size_t i)
{
	if (i < a + 6 || (memcmp(p + i - 3, "》", 3) && memcmp(p + i - 3, "”", 3)))
		return false;
	int closed = 0;
	for (size_t j = a; j + 3 <= i; j++)
		if (!memcmp(p + j, "》", 3) || !memcmp(p + j, "”", 3))
			closed++;
	return closed >= 2;
}

/* 洗扫车、洒水车等环卫车辆, 手机APP、公众号等线上渠道: examples listed
 * before 等 name what the head noun after it covers; the head names the
 * measure.  等 inside a word (等候, 等级, 平等, 同等) is no list end.  When
 * a verb follows the head, the head is its agent (春节、国庆等节点开展…) and
 * the examples stay — unless the label names a measure (`measure`: a rate
 * or share, whose verbs are modifiers: 线上渠道办理业务占比). */
static size_t after_examples(const char *p, span s, bool measure)
{
	size_t best = s.a, len;
	for (size_t i = s.a + 3; i + 6 <= s.b; i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		if (memcmp(p + i, "等", 3))
			continue;
		bool word = gw_lex_prefix(GW_LEX_ETC_AFTER, p + i + 3, 3) ||
			    gw_lex_prefix(GW_LEX_ETC_BEFORE, p + i - 3, 3);
		/* a real list (甲、乙等) and a head specific enough to name the
		 * measure alone (环卫车辆, not 物资) */
		bool list = find_word(p, &(span){s.a, i}, "、") != (size_t)-1 || named_run(p, s.a, i);
		span head = {i + 3, s.b};
		strip_back(p, &head, false);   /* …寄递量达到: 达到 is the copula */
		if (!word && list && is_han(cp_at(p, s.b, i + 3, &(size_t){0})) &&
		    chars(p + i + 3, s.b - i - 3) >= 4 &&
		    (measure || first_verb(p, head.a, head.b, true, &(size_t){0}) == (size_t)-1))
			best = i + 3;
	}
	return best;
}

/* 为 ends a label only as a copula, not inside 行为/作为/成为 … */
static bool copula_wei(const char *p, const span *s)
{
	return !gw_lex_suffix(GW_LEX_COPULA_WORD, p + s->a, s->b - s->a);
}

/* The longest tail word (达到, 为, 共计 …) ending s that splits no bound
 * word (天气雷达 keeps 达, 时间平均为 loses only 为); 0 when none. */
static size_t tail_len(const char *p, const span *s)
{
	size_t n = s->b - s->a, l = gw_lex_suffix(GW_LEX_TAIL, p + s->a, n);
	while (l && splits_word(p, s->a, s->b - l, s->b)) {
		size_t m = 0;   /* the next shorter tail word ending s */
		for (size_t j = s->b - l + 1; j < s->b && !m; j++)
			if (((unsigned char)p[j] & 0xC0) != 0x80 && gw_lex_is(GW_LEX_TAIL, p + j, s->b - j))
				m = s->b - j;
		l = m;
	}
	return l;
}

/* Strips 达到/为/共计 … from the end. */
static void strip_back(const char *p, span *s, bool keep_de)
{
	for (;;) {
		size_t l = tail_len(p, s);
		if (!l)
			return;
		if (l == 3 && memcmp(p + s->b - 3, "为", 3) == 0 && !copula_wei(p, s))
			return;
		if (keep_de && l == 3 && memcmp(p + s->b - 3, "的", 3) == 0)
			return;
		s->b -= l;
	}
}

/* Finds "分别" inside s; returns its byte offset or (size_t)-1. */
static size_t find_word(const char *p, const span *s, const char *w)
{
	size_t wl = strlen(w);
	for (size_t i = s->a; i + wl <= s->b; i++)
		if (memcmp(p + i, w, wl) == 0)
			return i;
	return (size_t)-1;
}

/* Change words at the end of s: sets *change and returns where the change
 * phrase (with its comparison base 同比/比上年) starts; s->b if none.
 * 提高到/降至 make the number a level: they are stripped, no change. */
static size_t split_change(const char *p, span *s, char *change)
{
	*change = 0;
	size_t n = s->b - s->a, l;
	if ((l = gw_lex_suffix(GW_LEX_TO, p + s->a, n)) &&
	    (gw_lex_suffix(GW_LEX_UP, p + s->a, n - l) || gw_lex_suffix(GW_LEX_DOWN, p + s->a, n - l)))
		return s->b;  /* strip_back removes 提高到 … */
	size_t up = gw_lex_suffix(GW_LEX_UP, p + s->a, n);
	size_t down = gw_lex_suffix(GW_LEX_DOWN, p + s->a, n);
	l = up > down ? up : down;
	if (!l)
		return s->b;
	/* 新增 counts what is new, it is not a change — unless a comparison base
	 * comes before it: 比上年新增3家 is the increase */
	if (l == 3 && n >= 6 && memcmp(p + s->b - 6, "新增", 6) == 0) {
		if (!gw_lex_suffix(GW_LEX_COMPARE, p + s->a, n - 6))
			return s->b;
		l = 6;
	}
	/* 改造提升1.2万亩: the end of a compound verb of work done, no change */
	if (gw_lex_suffix(GW_LEX_VERB, p + s->a, n) > l)
		return s->b;
	*change = up > down ? '+' : '-';
	size_t at = s->b - l;
	size_t cl = gw_lex_suffix(GW_LEX_COMPARE, p + s->a, at - s->a);
	return at - cl;
}

/* An opening bracket starts a new phrase only before 其中 (an aside with its
 * own subjects); 每千人口执业（助理）医师 is one noun phrase. */
static bool bracket_inside(const char *p, size_t i, uint32_t cp)
{
	if (cp != 0xFF08 && cp != '(' && cp != 0xFF09 && cp != ')')
		return false;
	return !((cp == 0xFF08 || cp == '(') && strncmp(p + i, "其中", 6) == 0);
}

/* Where the phrase before byte i starts: a phrase delimiter, or `floor`. */
static size_t phrase_start(const char *p, size_t i, size_t floor)
{
	size_t lim = i > LOOKBACK ? i - LOOKBACK : 0;
	if (floor > lim)
		lim = floor;
	while (i > lim) {
		size_t s = prev_start(p, i);
		uint32_t cp = cp_before(p, i);
		if (is_phrase_delim(cp) && !bracket_inside(p, i, cp))
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
static size_t sentence_start(const char *p, size_t i)
{
	size_t lim = i > LOOKBACK ? i - LOOKBACK : 0;
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
static bool aside_at(const char *p, size_t s)
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
static size_t beneficiary_verb(const char *p, span s, size_t *vlen)
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
static size_t treated_after_beneficiary(const char *p, span s)
{
	size_t i = s.a, len;
	for (int c = 0; i < s.b && c < 12; c++, i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		size_t v;
		if (c >= 2 && (v = treatment_verb(p + i, s.b - i)) && clause_verb(p + i, s.b - i) == v &&
		    chars(p + i + v, s.b - i - v) >= 2)
			return i;
	}
	return 0;
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
	span s = {phrase_start(p, end, sent), end};
	strip_front(p, &s, true);   /* 开工建设南山至河口高速公路 → 南山至河口高速公路 */
	size_t cut, nstops;
	const gw_word *stops = gw_lex_words(GW_LEX_TOPIC_STOP, &nstops);
	for (size_t k = 0; k < nstops; k++)
		if ((cut = find_word(p, &s, stops[k].text)) != (size_t)-1)
			s.b = cut;
	cut_idiom(p, &s);
	/* 为民警办理意外伤害保险: for whom is no topic; what was provided is */
	bool for_whom = s.b - s.a > 12 && (!memcmp(p + s.a, "为", 3) || !memcmp(p + s.a, "给", 3));
	bool stripped = !for_whom && s.a >= 3 && s.b - s.a > 9 &&
			(!memcmp(p + s.a - 3, "为", 3) || !memcmp(p + s.a - 3, "给", 3));
	if (for_whom || stripped) {
		size_t v, vat = beneficiary_verb(p, (span){s.a + (for_whom ? 3 : 0), s.b}, &v);
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
		size_t q = find_word(p, &s, "“");
		if (q != (size_t)-1 && q > s.a)
			s.b = q;
	}
	strip_back(p, &s, false);
	if (s.b > s.a && chars(p + s.a, s.b - s.a) <= TOPIC_MAX_CHARS)
		cat(out, p + s.a, s.b - s.a);
}

/* The noun phrase after "的" that follows a chain of quantities, up to
 * its predicate: 120个楼栋3600户**万平方米的棚户区改造房屋 → 棚户区改造
 * 房屋, 日供水能力3万吨的第二水厂建成投用 → 第二水厂. */
static void post_de(const struct para_ctx *c, size_t k, span *out)
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
		if (cnt >= 2 && clause_verb(p + i, c->n - i) >= 6)
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
static void join_topic(char *buf, const char *topic, const char *s, size_t n)
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
		    chars(hit + strlen(stem), rest) <= (hit == topic ? 10 : 4)) {
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

/* What a subject needs to be understood on its own. */
enum need {
	NEED_NONE,      /* self-standing: 公路货运量, 列入名录的村落 */
	NEED_CHANGED,   /* only a change: 同比增长 → the thing just measured */
	NEED_GENERIC,   /* 总投资, 开工率, 竣工 → the topic of the sentence */
	NEED_SHORT      /* a bare short noun: 2名同志 → what the sentence says of it */
};

/* True when whole is a bare rate or share: 上线率, 办结率, 比例. */
static bool bare_rate(const char *whole, size_t wn)
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

static enum need need_of(size_t core_n, size_t noun_n, const char *whole, bool change)
{
	size_t wn = strlen(whole);
	if (wn == 0)
		return change ? NEED_CHANGED : NEED_GENERIC;
	/* 占年度计划的108%, 增速高于城镇居民1.8个百分点: said of the thing before */
	if (gw_lex_prefix(GW_LEX_OF_BEFORE, whole, wn))
		return NEED_CHANGED;
	if (noun_n == 0 && wn >= 6 && memcmp(whole, "完成", 6) == 0 && chars(whole, wn) <= 4)
		return NEED_GENERIC;   /* 完成整治612个: of what was counted before */
	if (gw_lex_is(GW_LEX_GENERIC, whole, wn) || chars(whole, wn) == 1 || bare_rate(whole, wn))
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

/* Topics a generic subject may borrow, from the current sentence. */
struct label_state {
	size_t sent;               /* start of the current sentence */
	char lead[BUF];            /* the sentence's first clause when it has no quantity */
	char first_trim[BUF];      /* first self-standing label (stage word cut) */
	char first_count[BUF];     /* first self-standing label of a count (项目, 户) */
	char near_full[BUF];       /* nearest self-standing label */
	char near_trim[BUF];
	char near_count[BUF];      /* nearest self-standing label of a count */
	size_t near_phrase;        /* phrase start of the nearest one */
	char para_topic[BUF];      /* last topic of the paragraph */
	span list_subj;            /* subject of the last 分别 list (for a second 分别) */
	char prev_base[BUF];       /* label (without change words) of the previous quantity */
	char new_verb[32];         /* 新增/新建 stripped from the last self-standing label */
	char new_unit[48];         /* and that quantity's base unit */
	char by_kind[4][BUF];      /* last label of each kind (天 changes 天, not %) */
	int prev_kind;             /* kind of the previous quantity, -1 at a sentence start */
	int near_kind;             /* kind of the quantity that set near_full */
};

/* The outer sentence's topics while a （其中…） aside is labelled. */
struct aside {
	struct label_state saved;
	bool active;
};

/* A topic without its stage or attribute: 重建开工 → 重建, 社保基金总收入 →
 * 社保基金, 生猪存栏 → 生猪. */
static void make_trim(const char *full, char *trim)
{
	snprintf(trim, BUF, "%s", full);
	size_t n = strlen(trim);
	size_t l = gw_lex_suffix(GW_LEX_STAGE, trim, n), a = gw_lex_suffix(GW_LEX_ATTR, trim, n);
	if (a > l)
		l = a;
	if (l && l < n)
		trim[n - l] = '\0';
}

static void set_topic(struct label_state *st, const char *topic, size_t phrase, gw_kind kind)
{
	if (!topic[0])
		return;
	char trim[BUF];
	make_trim(topic, trim);
	if (!st->first_trim[0])
		snprintf(st->first_trim, BUF, "%s", trim);
	if (kind == GW_KIND_COUNT) {
		if (!st->first_count[0])
			snprintf(st->first_count, BUF, "%s", trim);
		snprintf(st->near_count, BUF, "%s", trim);
	}
	snprintf(st->near_full, BUF, "%s", topic);
	snprintf(st->near_trim, BUF, "%s", trim);
	st->near_kind = (int)kind;
	snprintf(st->para_topic, BUF, "%s", trim);
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
static const char *pick_topic(const struct label_state *st, enum need need, size_t phrase,
			      const char *whole, gw_kind kind)
{
	const char *order[5] = {"", "", "", "", ""};
	bool staged = ends_with_stage(st->near_full);
	size_t wn = strlen(whole);
	bool rate = bare_rate(whole, wn) ||
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
		if (sl == 3 && bound_at(p, start, i, s.b))
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
static bool list_gap(const char *p, size_t a, size_t b)
{
	return b == a || gw_lex_is(GW_LEX_LIST_GAP, p + a, b - a);
}

static size_t after(const struct qty *q)
{
	return q->noun.b > q->end ? q->noun.b : q->end;
}

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

/* Labels a 分别 list: head k, members after it; returns the last member. */
static size_t label_list(struct para_ctx *c, size_t k, span subj, span chg, char change,
			 struct label_state *st)
{
	const char *p = c->p;
	size_t m = k + 1;
	while (m < c->nq && c->q[m].range_of < 0 && list_gap(p, after(&c->q[m - 1]), c->q[m].num_a))
		m++;
	size_t count = m - k;
	span parts[16];
	strip_front(p, &subj, true);
	strip_back(p, &subj, false);
	if (subj.b == subj.a)   /* 分别达到4.36万元和1.92万元，分别增长5.1%和7.4% */
		subj = st->list_subj;
	st->list_subj = subj;
	/* 接待游客3860万人次、旅游收入362亿元，分别增长46.2%和51.8%: the
	 * figures just given are the subjects, one each */
	bool from_figures = subj.b == subj.a && k >= count && c->q[k - count].num_a >= st->sent;
	for (size_t j = k - (from_figures ? count : 0); from_figures && j < k; j++)
		if (c->q[j].change || c->q[j].list_head >= 0 || !c->q[j].label[0])
			from_figures = false;
	size_t np = split_parts(p, subj, parts, 16);
	bool town_country = np == 1 && count == 2 && subj.b - subj.a > 6 &&
			    memcmp(p + subj.a, "城乡", 6) == 0;
	span app;
	for (size_t j = k; j < m; j++) {
		struct qty *q = &c->q[j];
		char buf[BUF] = "";
		if (from_figures) {
			const char *l = c->q[j - count].label;
			cat(buf, l, strlen(l));
		} else if (town_country) {   /* 城乡低保标准分别为760元和580元 */
			cat(buf, j == k ? "城市" : "农村", 6);
			cat(buf, p + subj.a + 6, subj.b - subj.a - 6);
		} else if (np == count && np >= 2 && ordinal_parts(p, parts, np)) {
			/* 第一、二、三产业增加值: 第 + each numeral + the head */
			span mine = parts[j - k], last = parts[np - 1];
			size_t d = j == k ? 3 : 0;
			cat(buf, "第", 3);
			cat(buf, p + mine.a + d, 3);
			cat(buf, p + last.a + 3, last.b - last.a - 3);
		} else if (np == count && np >= 2 && front_head(p, parts, np)) {
			/* 低保标准城市、农村 → 城市低保标准, 农村低保标准 */
			span first = parts[0];
			size_t own = gw_utf8_offset(p + first.a, first.b - first.a,
						    chars(p + first.a, first.b - first.a) -
						    chars(p + parts[np - 1].a, parts[np - 1].b - parts[np - 1].a));
			span mine = j == k ? (span){first.a + own, first.b} : parts[j - k];
			cat(buf, p + mine.a, mine.b - mine.a);
			cat(buf, p + first.a, own);
		} else if (np == count && np >= 2 && (app = apposition(p, parts[np - 1], np)).b) {
			/* 甲、乙、丙三项制度落实率: each item + the head after the count */
			span mine = parts[j - k];
			cat(buf, p + mine.a, (j + 1 - k == np ? app.a : mine.b) - mine.a);
			cat(buf, p + app.b, parts[np - 1].b - app.b);
		} else if (np == count && np >= 2) {
			/* the first part's length in characters, not bytes: 市、A县城区… */
			span mine = parts[j - k], last = parts[np - 1];
			size_t first_chars = chars(p + parts[0].a, parts[0].b - parts[0].a);
			size_t skip = gw_utf8_offset(p + last.a, last.b - last.a, first_chars);
			/* 事故起数、死亡人数: a later part that is only an attribute
			 * takes the first part's subject (事故死亡人数) */
			size_t attr = gw_lex_suffix(GW_LEX_ATTR, p + parts[0].a, parts[0].b - parts[0].a);
			if (parts[0].b - parts[0].a > 9 && bare_rate(p + mine.a, mine.b - mine.a) &&
			    bare_rate(p + parts[0].b - 9, 9))
				attr = 9;   /* 刑满释放人员衔接率、安置率 → 刑满释放人员安置率 */
			if (j > k && attr && attr < parts[0].b - parts[0].a &&
			    (gw_lex_suffix(GW_LEX_ATTR, p + mine.a, mine.b - mine.a) == mine.b - mine.a ||
			     bare_rate(p + mine.a, mine.b - mine.a)) &&
			    chars(p + mine.a, mine.b - mine.a) <= 4)
				cat(buf, p + parts[0].a, parts[0].b - parts[0].a - attr);
			cat(buf, p + mine.a, mine.b - mine.a);
			size_t head = shared_head(p, mine, last, skip);
			if (same_end(p, mine, last))
				skip = last.b - last.a;   /* 增值税、所得税: each names its own in full */
			else if (j - k + 1 < np && head < last.b - last.a &&
			    (chars(p + mine.a, mine.b - mine.a) <= 4 ||
			     (head != skip && chars(p + mine.a, mine.b - mine.a) <= 8 && !names_measure(p, mine))))
				skip = head;
			else
				skip = last.b - last.a;
			/* 发展党员、转正党员的人数: 的 ends the last item's own phrase,
			 * the shared head is what follows it */
			if (skip + 3 < last.b - last.a && !memcmp(p + last.a + skip, "的", 3))
				skip += 3;
			if (skip < last.b - last.a)
				cat(buf, p + last.a + skip, last.b - last.a - skip);
		} else {
			cat(buf, p + subj.a, subj.b - subj.a);
		}
		cat(buf, p + q->noun.a, q->noun.b - q->noun.a);
		if (j == k)
			set_topic(st, buf, phrase_start(p, q->num_a, 0), q->kind);
		cat(buf, p + chg.a, chg.b - chg.a);
		if (q->kind == GW_KIND_RATIO && chg.b - chg.a == 3 && !memcmp(p + chg.a, "占", 3))
			cat(buf, "比", 3);   /* 男性、女性干部分别占56%、44%: shares */
		snprintf(q->label, BUF, "%s", buf);
		q->change = change;
		if (j > k)
			q->list_head = (int)k;
	}
	return m - 1;
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
		if (k >= 2 && (is_phrase_delim(cp) || cp == 0x3001 || clause_verb(c->p + i, c->n - i) >= 6 ||
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
	size_t v = core.a > raw.a ? verb_before(c->p, raw.a, core.a) : 0;
	if (!v || !causative(c->p + core.a - v, v))
		return false;
	span pr = predicate_span(c, q);
	return pr.b > pr.a && clause_verb(c->p + pr.a, pr.b - pr.a) >= 6 &&
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
		size_t v = clause_verb(c->p + s.a, s.b - s.a);
		if (!v && (s.b - s.a > 6) && (!memcmp(c->p + s.a, "评为", 6) || !memcmp(c->p + s.a, "授予", 6)))
			v = 6;
		if (v && chars(c->p + s.a + v, s.b - s.a - v) >= 2)
			s.a += v;
	}
	clause_object(c->p, &s, s.a, false, &lv);
	return s;
}

/* Qualifier before the number (约/近/超过) is recorded and cut from pre. */
static void qualifier_before(const char *p, span *pre, struct qty *q)
{
	const char *w = gw_lex_suffix_word(GW_LEX_QUAL_BEFORE, p + pre->a, pre->b - pre->a);
	if (!w)
		return;
	if (!q->qualifier)
		q->qualifier = w;
	pre->b -= strlen(w);
}

/* 提高到每人每月143元: a per-unit phrase before the number is no subject. */
static void cut_per_unit(const char *p, span *s)
{
	if (s->b > s->a)   /* with something before it */
		s->b -= gw_lex_suffix(GW_LEX_PER_UNIT, p + s->a + 1, s->b - s->a - 1);
}

/* Cuts 达/了/达到/为 between a change word and the number: 增幅达6% → 增幅. */
static void cut_glue(const char *p, span *t)
{
	while (t->b > t->a) {
		size_t g = gw_lex_suffix(GW_LEX_GLUE, p + t->a, t->b - t->a);
		if (!g)
			return;
		span probe = {t->a, t->b - g};
		char ch;
		split_change(p, &probe, &ch);
		if (!ch)
			return;
		t->b -= g;
	}
}

static void new_sentence(struct label_state *st, const char *p, size_t sent, size_t num_a)
{
	st->sent = sent;
	lead_topic(p, sent, phrase_start(p, num_a, 0), st->lead);
	st->first_trim[0] = st->near_full[0] = st->near_trim[0] = '\0';
	st->first_count[0] = st->near_count[0] = st->prev_base[0] = '\0';
	st->list_subj.a = st->list_subj.b = 0;
	for (int i = 0; i < 4; i++)
		st->by_kind[i][0] = '\0';
	st->prev_kind = -1;
	st->new_verb[0] = st->new_unit[0] = '\0';
	st->near_phrase = (size_t)-1;
}

/* True when s[0..n) ends with a word naming who acts (机关, 市级, 县区 …). */
static bool ends_with_actor(const char *s, size_t n)
{
	return gw_lex_suffix(GW_LEX_ACTOR_END, s, n) > 0;
}

/* An empty verb right after a short actor (机关设立, 市级开展): its position
 * and length, or 0. */
static size_t scope_verb(const char *p, span s, size_t *at)
{
	size_t i = s.a, len;
	for (int c = 0; c < 12 && i < s.b; c++) {
		gw_utf8_decode(p + i, s.b - i, &len);
		i += len;
		if (!ends_with_actor(p + s.a, i - s.a))
			continue;
		size_t v = gw_lex_prefix(GW_LEX_SCOPE_VERB, p + i, s.b - i);
		if (v && !gw_lex_is(GW_LEX_GENERIC, p + i + v, s.b - i - v) &&   /* 项目完成投资 stays */
		    !(i + v + 3 <= s.b && (!memcmp(p + i + v, "区", 3) || !memcmp(p + i + v, "率", 3)))) {
			*at = i;
			return v;
		}
	}
	return 0;
}

/* 每千人口执业医师3.1人、注册护士3.6人: the per-capita base of the
 * previous label (its bytes up to 人口/人), when only 、 separates them. */
static size_t per_capita(const struct para_ctx *c, size_t k, size_t pre_a)
{
	const struct qty *pq = &c->q[k - 1];
	const char *l = pq->label;
	size_t e = after(pq);
	if (strncmp(l, "每", 3) != 0 || pre_a != e || e + 3 > c->n || memcmp(c->p + e, "、", 3) != 0)
		return 0;
	const char *hit = strstr(l, "人口");
	if (hit)
		return (size_t)(hit - l) + 6;
	hit = strstr(l + 3, "人");
	return hit ? (size_t)(hit - l) + 3 : 0;
}

/* A short rate whose first two characters end the last count's label. */
static bool rate_of_count(const char *count, const char *whole)
{
	size_t wn = strlen(whole), cn = strlen(count);
	if (wn < 9 || memcmp(whole + wn - 3, "率", 3) || chars(whole, wn) > 5 || cn <= 6)
		return false;
	return memcmp(count + cn - 6, whole, 6) == 0;
}

/* Where a level verb (调整为, 提高到, 相当于) sits inside s, or 0. */
static size_t level_verb(const char *p, span s)
{
	for (size_t i = s.a + 3; i < s.b; i++)   /* with more after it */
		if (gw_lex_prefix(GW_LEX_LEVEL_VERB, p + i, s.b - i - 1))
			return i;
	return 0;
}

/* Verbs that say only that something is there or was done: 实现12个乡镇…,
 * 完成15家单位… name 乡镇 and 单位, where 支持9个乡镇 names 支持乡镇. */
static bool empty_verb(const char *s, size_t n)
{
	return gw_lex_is(GW_LEX_EMPTY_VERB, s, n);
}

/* 由平均86天, 从每件12天, 由2020年的26%: 由/从 two or more characters into
 * the subject, followed by a date or a short phrase with no verb, starts a "from … to …"
 * predicate, whatever words it uses (由于, 从业, 从事, 自由, 理由 are words). */
static bool from_phrase(const char *p, size_t i, size_t b)
{
	if (gw_lex_prefix(GW_LEX_FROM_AFTER, p + i + 3, 3) || gw_lex_prefix(GW_LEX_FROM_BEFORE, p + i - 3, 3))
		return false;
	size_t r = i + 3, len;
	r += date_prefix(p + r, b - r);   /* 由2020年的26% */
	if (r + 3 <= b && !memcmp(p + r, "的", 3))
		r += 3;
	if (chars(p + r, b - r) > 6)
		return false;
	for (size_t k = r; k < b; k += len)
		if (!is_han(gw_utf8_decode(p + k, b - k, &len)) || clause_verb(p + k, b - k) >= 6)
			return false;
	return true;
}

/* 工期由原计划的180天…, 时限从过去的15天…: a "from the earlier level"
 * phrase ends the subject. */
static void cut_from_earlier(const char *p, span *s)
{
	for (size_t i = s->a + 3; i + 6 <= s->b; i++) {
		if (!gw_lex_prefix(GW_LEX_FROM, p + i, 3))
			continue;
		if (from_phrase(p, i, s->b) ||
		    (gw_lex_prefix(GW_LEX_EARLIER, p + i + 3, s->b - i - 3) && chars(p + i, s->b - i) <= 8)) {
			s->b = i;
			return;
		}
	}
}

static bool verbal_measure(const char *unit)
{
	return gw_lex_is(GW_LEX_VERBAL_MEASURE, unit, strlen(unit));
}

/* True when s ends with a preposition or 等: what stands before the number is
 * then a partner, a place or examples (县体校与3所中小学, 在12个乡镇,
 * 甲、乙等5个项目), and the thing counted is the noun after the measure word. */
static bool ends_with_partner(const char *p, span s)
{
	return gw_lex_suffix(GW_LEX_PARTNER_END, p + s.a, s.b - s.a) > 0;
}

/* True when the subject lost exactly one verb right before it, and the
 * verb says what was done to the thing counted. */
static bool kept_verb(const char *p, span raw, span core)
{
	size_t v = core.a > raw.a ? verb_before(p, raw.a, core.a) : 0;
	return v && !empty_verb(p + core.a - v, v);
}

/* 复议机关收到复议申请 → 复议申请: past an actor and its action at the
 * front of a label (who handled the things counted is no part of them). */
static const char *past_actor(const char *label)
{
	size_t n = strlen(label), i = 0, len;
	for (int c = 0; c < 10 && i < n; c++) {
		gw_utf8_decode(label + i, n - i, &len);
		i += len;
		size_t a = gw_lex_prefix(GW_LEX_ACTION, label + i, n - i);
		if (a && i + a < n && ends_with_actor(label, i))
			return label + i + a;
	}
	return label;
}

/* The object of a count's label: 调整价格项目 → 价格项目 (actions and empty
 * verbs stripped from the front). */
static const char *object_of(const char *label)
{
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
	return past_actor(label);
}

/* A count with no noun named only by an action (已化解128件), or a 其中
 * subset opening with one (其中安排工作岗位41名), counts the object of the
 * count just before it, in the same unit: action + object into buf. */
static bool action_of_previous(const struct para_ctx *c, size_t k, span pre, span raw, span core,
			       const struct label_state *st, char *buf)
{
	const char *p = c->p;
	const struct qty *q = &c->q[k], *pq = NULL;
	/* the count before it in the sentence (a few figures back at most) */
	for (size_t j = k; j-- > 0 && k - j <= 4 && c->q[j].num_a >= st->sent;)
		if (c->q[j].kind == GW_KIND_COUNT) {
			pq = &c->q[j];
			break;
		}
	if (!pq || q->noun.b > q->noun.a || q->kind != GW_KIND_COUNT || !st->near_count[0] ||
	    strcmp(pq->base_unit, q->base_unit) || pq->range_of >= 0 || q->range_of >= 0)
		return false;
	bool subset = find_word(p, &pre, "其中") != (size_t)-1;
	span act = subset ? raw : core;
	if (act.b <= act.a)
		act = raw;
	size_t n = act.b - act.a;
	if (!subset && n == 9 && !memcmp(p + act.a, "被", 3) && is_han(cp_at(p, act.b, act.a + 3, &(size_t){0})) &&
	    is_han(cp_at(p, act.b, act.a + 6, &(size_t){0}))) {
		/* 提出建议186条，被采纳172条: a passive count names the things
		 * counted before by what befell them (建议被采纳) */
		const char *obj = object_of(st->near_count);
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
	if (!l || empty_verb(p + act.a, l) || (!subset && l != n) || chars(p + act.a, n) > 8)
		return false;
	const char *obj = object_of(st->near_count);
	if (!obj[0] || find_word(p, &act, obj) != (size_t)-1)
		return false;
	cat(buf, p + act.a, n);
	cat(buf, obj, strlen(obj));
	return true;
}

/* 主题套餐扩展到45个, 覆盖面拓展至: a two-character verb + 到/至 at the end
 * makes the number a new level; it is predicate, not label. */
static void cut_level_tail(const char *p, span *s)
{
	if (s->b - s->a < 15)
		return;
	if (memcmp(p + s->b - 3, "到", 3) && memcmp(p + s->b - 3, "至", 3))
		return;
	/* 报到, 签到, 收到, 做到 are words of their own */
	size_t v = s->b - 9;
	if (gw_lex_prefix(GW_LEX_TO_GLUED, p + s->b - 6, 3))
		return;
	if (is_han(cp_at(p, s->b, v, &(size_t){0})) && is_han(cp_at(p, s->b, v + 3, &(size_t){0})))
		s->b = v;
}

/* 专业技术人员仅占35%: X占 N% is X's share (X占比); returns true and cuts 占
 * (and 仅/只/约 before it) when the subject ends so. */
static bool cut_share_verb(const char *p, span *s)
{
	if (s->b - s->a < 9 || memcmp(p + s->b - 3, "占", 3))
		return false;
	s->b -= 3;
	if (s->b - s->a > 6 && gw_lex_suffix(GW_LEX_SHARE_ADV, p + s->b - 3, 3))
		s->b -= 3;
	return true;
}

/* True when s is a verb alone, with 出 or 到 after it, before 的: 发现的,
 * 排查出的, 收到的 (not 检查发现的, 列入名录的: those say which ones). */
static bool bare_relative(const char *p, span s)
{
	if (s.b - s.a < 9 || memcmp(p + s.b - 3, "的", 3))
		return false;
	size_t e = s.b - 3;
	if (!memcmp(p + e - 3, "出", 3) || !memcmp(p + e - 3, "到", 3))
		e -= 3;
	size_t v = gw_lex_prefix(GW_LEX_RESULT_VERB, p + s.a, e - s.a);
	if (!v)
		v = treatment_verb(p + s.a, e - s.a);
	return v && v == e - s.a;
}

/* 占在编人员的20.8%: 占 + a whole + 的 before a percentage is the share of
 * the thing before in that whole: …占比, as 仅占 is; of a plan or target
 * (占年度计划的108%) it is how far the plan is done, and stays as written. */
static bool share_of_whole(const char *whole)
{
	size_t n = strlen(whole);
	if (n < 9 || memcmp(whole, "占", 3) || gw_lex_suffix(GW_LEX_PLAN, whole + n - 6, 6))
		return false;
	return memcmp(whole + n - 6, "比例", 6) && memcmp(whole + n - 6, "比重", 6);
}

/* 库房容量已使用92%, 资金已拨付85%: a percentage right after 已 + a verb
 * is the share of the subject that has undergone it.  Cuts 已 + verb from
 * s and returns the verb (容量 + 使用比例), or {0, 0}. */
static span cut_done_share(const char *p, span *s)
{
	size_t n = s->b - s->a, v = s->b - 6;
	/* 已经 or 已 before the verb's two characters, something before them */
	size_t al = n >= 12 ? gw_lex_suffix(GW_LEX_DONE_ADV, p + v - (n - 12), n - 12) : 0;
	if (!al || !is_han(cp_at(p, s->b, v, &(size_t){0})) || !is_han(cp_at(p, s->b, v + 3, &(size_t){0})))
		return (span){0, 0};
	s->b = v - al;
	return (span){v, v + 6};
}

/* 比2020年末, 较年初, 比上年同期: a comparison with an earlier time, however
 * the time is written (any date or period word after 比/较). */
static bool comparison_base(const char *p, span s)
{
	if (s.b - s.a < 6 || (memcmp(p + s.a, "比", 3) && memcmp(p + s.a, "较", 3)))
		return false;
	size_t a = s.a + 3, n = s.b - a;
	size_t d = date_prefix(p + a, n), l = gw_lex_prefix(GW_LEX_PERIOD, p + a, n);
	if (l > d)
		d = l;
	if (d && d + 6 <= n && (!memcmp(p + a + d, "同期", 6) || !memcmp(p + a + d, "水平", 6)))
		d += 6;
	return d && d == n;
}

/* Verbs that are nouns too at a noun's end (党组织, 年度计划, 工作部署). */
static bool verb_noun(const char *s, size_t n)
{
	return gw_lex_is(GW_LEX_VERB_NOUN, s, n);
}

/* The noun after a measure word ends where its predicate starts: 6个部门
 * 实现数据共享 → 部门, 9家平台限期整改 → 平台, 4300户增收 → (nothing).  A verb
 * at least two characters in, followed by more text, starts the predicate;
 * a short noun that is itself a change (增收, 减负) is one when a subject
 * stands before the number (带动农户4300户增收); alone it is all there is. */
static void cut_noun_predicate(const char *p, size_t n, struct qty *q, bool subject)
{
	size_t a = q->noun.a, b = q->noun.b, len;
	if (b <= a)
		return;
	if (subject && chars(p + a, b - a) <= 2 && (gw_lex_prefix(GW_LEX_UP, p + a, b - a) ||
					  gw_lex_prefix(GW_LEX_DOWN, p + a, b - a))) {
		q->noun.b = a;
		return;
	}
	size_t i = a;
	for (int c = 0; i < b; c++, i += len) {
		gw_utf8_decode(p + i, b - i, &len);
		size_t v;
		/* at the noun's end only when its object follows: quoted (推行“门前三包”)
		 * or after an adverb that ended the noun (作出不予处罚决定) */
		uint32_t next = cp_at(p, n, b, &(size_t){0});
		if (c >= 2 && (v = clause_verb(p + i, b - i)) >= 6 && !noun_head(p + i + v, b - i - v) &&
		    (chars(p + i + v, b - i - v) >= 2 ||   /* 推进会 is a noun */
		     (i + v == b && (next == 0x201C || (is_han(next) && !verb_noun(p + i, v)))))) {
			q->noun.b = i;
			return;
		}
	}
}

/* 移送问题线索6件，涉及人员11人 → 问题线索涉及人员: what an effect (涉及,
 * 惠及) is of is the thing the topic names, not what was done to it: the
 * topic's verbs (result or treatment) go.  True when eff was written. */
static bool effect_of(const char *whole, const char *topic, char *eff)
{
	size_t wn = strlen(whole);
	bool effect = wn > 6 && gw_lex_prefix(GW_LEX_EFFECT, whole, wn);
	if (!effect || !topic[0])
		return false;
	const char *obj = topic;
	span s = {0, strlen(obj)}, lv;
	clause_object(obj, &s, 0, false, &lv);
	size_t v = treatment_verb(obj + s.a, s.b - s.a);
	if (v && chars(obj + s.a + v, s.b - s.a - v) >= 2)
		s.a += v;
	if (s.b - s.a < 6)
		return false;
	eff[0] = '\0';
	cat(eff, obj + s.a, s.b - s.a);
	return true;
}

/* Where the text after the last 、 in s starts, or 0. */
static size_t last_list_sep(const char *p, span s)
{
	size_t at = 0;
	for (size_t i = s.a; i + 3 <= s.b; i++)
		if (!memcmp(p + i, "、", 3))
			at = i + 3;
	return at;
}

/* Builds the label, change and qualifier of quantity k (and of the members
 * of a 分别 list it heads); returns the last index it labelled. */
static size_t label_one(struct para_ctx *c, size_t k, struct label_state *st, struct aside *as)
{
	const char *p = c->p;
	struct qty *q = &c->q[k];
	size_t sent = sentence_start(p, q->num_a);
	if (sent != st->sent) {
		if (aside_at(p, sent)) {   /* （其中…）: its own topics, the outer ones kept */
			as->saved = *st;
			as->active = true;
			new_sentence(st, p, sent, q->num_a);
		} else if (as->active && sent == as->saved.sent) {
			*st = as->saved;   /* back after the aside: 同比增长 is of the outer figure */
			as->active = false;
		} else {
			as->active = false;
			new_sentence(st, p, sent, q->num_a);
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
		floor = after(pq);
		if (q->kind == GW_KIND_RATIO && pq->noun.b > pq->noun.a && pq->noun.b < q->num_a &&
		    pq->range_of < 0 &&
		    is_han(cp_at(p, c->n, pq->noun.b, &(size_t){0})) &&
		    !conjunction(p + pq->noun.b, c->n - pq->noun.b))
			floor = pq->noun.a;
	}
	if (floor > q->num_a)
		floor = q->num_a;
	size_t phrase = phrase_start(p, q->num_a, 0);
	span pre = {phrase_start(p, q->num_a, floor), q->num_a};
	/* 33项业务“全程网办”、12项业务“跨省通办”: what stands between the last
	 * figure and 、 ends the last list item; the next item starts after it */
	size_t sep = floor > phrase && pre.a == floor ? last_list_sep(p, pre) : 0;
	if (sep > pre.a + 3 && (!memcmp(p + sep - 6, "”", 3) ||
				first_verb(p, pre.a, sep - 3, true, &(size_t){0}) != (size_t)-1))
		pre.a = sep;   /* (省委、市政府3条措施: 省委 is a co-subject, it stays) */
	qualifier_before(p, &pre, q);
	cut_per_unit(p, &pre);
	span t = pre;
	cut_glue(p, &t);
	char change;
	size_t chg_at = split_change(p, &t, &change);
	span chg = {chg_at, change ? t.b : chg_at};
	span core = {pre.a, change ? chg_at : pre.b};
	/* 较上年末增加3.2万人, 比2020年末提高: a comparison base is part of the change */
	if (change && core.b > core.a &&
	    (comparison_base(p, core) || (chars(p + core.a, core.b - core.a) <= 6 &&
	     (!memcmp(p + core.a, "较", 3) || !memcmp(p + core.a, "比", 3))))) {
		chg.a = core.a;
		core.b = core.a;
	}

	size_t fb = find_word(p, &pre, "分别");
	if (fb != (size_t)-1) {
		if (!change) {   /* 分别恢复到2019年的112%和105%: the predicate names it */
			chg = (span){fb + 6, pre.b};
			strip_back(p, &chg, false);
			if (gw_lex_prefix(GW_LEX_TAIL, p + chg.a, chg.b - chg.a))
				chg.b = chg.a;   /* 分别提高到每人每月…: a level, nothing to add */
		}
		return label_list(c, k, (span){core.a, fb < core.b ? fb : core.b}, chg, change, st);
	}

	cut_noun_predicate(p, c->n, q, core.b > core.a);
	bool has_noun = q->noun.b > q->noun.a;
	span raw = core;
	bool ends_de = core.b - core.a > 3 && !memcmp(p + core.b - 3, "的", 3);
	strip_front(p, &raw, false);
	size_t core0 = core.a;
	strip_front(p, &core, true);
	span lastv;
	core.a = last_coordinated(p, core, has_noun);
	clause_object(p, &core, core0, has_noun, &lastv);
	/* 排查河道、水库等防洪工程: the examples go, the treatment verb stays */
	size_t ex = after_examples(p, core, q->kind == GW_KIND_RATIO);
	span tverb = {0, 0};
	for (size_t i = core.a, len, v; i < ex; i += len) {
		gw_utf8_decode(p + i, ex - i, &len);
		if ((v = treatment_verb(p + i, ex - i)) && clause_verb(p + i, ex - i) == v)
			tverb = (span){i, i + v};
	}
	core.a = ex;
	strip_back(p, &core, has_noun);
	cut_from_earlier(p, &core);
	cut_level_tail(p, &core);
	bool share_verb = !change && q->kind == GW_KIND_RATIO && cut_share_verb(p, &core);
	if (share_verb)
		strip_back(p, &core, false);
	if (!change && q->kind == GW_KIND_RATIO && core.b - core.a == 3 && !memcmp(p + core.a, "占", 3)) {
		core.a = core.b;   /* 青年18名、占78.3%: a bare 占 is the share of the figure before */
		share_verb = true;
	}
	span done = {0, 0};
	if (!change && !share_verb && q->kind == GW_KIND_RATIO)
		done = cut_done_share(p, &core);
	/* 对发现的5个问题, 对排查出的3个隐患: a relative clause of a result or
	 * treatment verb alone (with its complement 出/到) adds nothing: what
	 * was found is what is counted */
	if (has_noun && bare_relative(p, core))
		core.a = core.b;
	if (has_noun && ends_with_partner(p, core))   /* 县体校与3所中小学, 在12个乡镇 → 中小学, 乡镇 */
		core.a = core.b;
	/* 召开联席会议5次专题研究: a verbal measure word after a named thing counts
	 * how often it happened; what follows is the predicate (先后3次召开会议
	 * still names the act after it) */
	if (has_noun && core.b > core.a && verbal_measure(q->base_unit)) {
		q->noun.b = q->noun.a;
		has_noun = false;
	}
	/* 走访企业3次, 学习经验2次: a verbal measure counts the act, so a verb
	 * that says what was done stays (an empty one, 开展/召开, does not) */
	if (!has_noun && verbal_measure(q->base_unit) && lastv.b == core.a && lastv.b > lastv.a &&
	    !empty_clause_verb(p + lastv.a, lastv.b - lastv.a))
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
	size_t kept = core.a > raw.a ? verb_before(p, raw.a, core.a) : 0;
	bool verb_rate = kept && !change && bare_rate(p + core.a, core.b - core.a);   /* 发放准确率 */
	if (kept && !change && core.b > core.a &&
	    (chars(p + core.a, core.b - core.a) + chars(p + q->noun.a, q->noun.b - q->noun.a) == 2 || verb_rate) &&
	    !(core.a - kept > raw.a && empty_verb(p + core.a - kept, kept)))
		core.a -= kept;   /* 建成绿道; but 计划完成造林 → 造林: a second, empty verb goes */
	/* 标准调整为最低工资标准的90%: the subject is what was adjusted */
	size_t lv = level_verb(p, core);
	if (lv && q->kind == GW_KIND_RATIO && ends_de)
		core.b = lv;
	size_t vat = 0, vlen = scope_verb(p, core, &vat);
	/* 为自主创业军人发放贷款: 为 names whom it is for; dropping 为 and keeping
	 * 发放 would make them the ones who give — the verb goes */
	if (!vlen && core.a >= pre.a + 3 && !memcmp(p + core.a - 3, "为", 3)) {
		vat = beneficiary_verb(p, core, &vlen);
		/* 为企业追回欠款: a treatment verb says what was done, and for
		 * whom is part of it (the loss recovered is the beneficiary's):
		 * the phrase stays whole, 为 included */
		if (!vlen && treated_after_beneficiary(p, core))
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
	if (q->kind == GW_KIND_RATIO && !change && ends_de && share_of_whole(whole))
		snprintf(whole, sizeof whole, "占比");   /* 人员…，占在编人员的20.8% → 人员占比 */
	enum need need = share ? NEED_CHANGED : need_of(core.b - core.a, q->noun.b - q->noun.a, whole, change != 0);
	if (verb_rate && need == NEED_NONE)
		need = NEED_GENERIC;
	span pd;
	post_de(c, k, &pd);
	size_t wn = strlen(whole);
	if (need != NEED_CHANGED && action_of_previous(c, k, pre, raw, core, st, buf)) {
		/* 排查积案136件，已化解128件 → 化解积案; 其中上调102项 → 上调价格项目;
		 * the topic stays the thing, not what was done to it */
		char obj[BUF];
		snprintf(obj, BUF, "%s", object_of(st->near_count));
		set_topic(st, obj, phrase, q->kind);
	} else if (need == NEED_NONE && chars(whole, wn) <= 3 && wn >= 3 && !memcmp(whole + wn - 3, "级", 3) &&
	    st->near_full[0] && !has_noun) {
		/* 非遗项目64项，其中省级9项 → 省级非遗项目 */
		cat(buf, whole, wn);
		cat(buf, st->near_full, strlen(st->near_full));
	} else if (need == NEED_NONE && rate_of_count(st->near_count, whole) &&
		   !(k > 0 && c->q[k - 1].list_head >= 0)) {
		/* 婚姻登记6842对，登记合格率100% → 婚姻登记合格率; but after a
		 * 分别 list (甲、乙预警分别为…) the rate is of all of them, not of
		 * the first one named */
		join_topic(buf, st->near_count, whole, strlen(whole));
	} else if (need == NEED_NONE && chars(whole, strlen(whole)) <= 2 && !has_noun && !change &&
		   is_han(cp_at(p, c->n, q->end, &(size_t){0}))) {
		/* 消除56人以上大班额, 保障了12.6万亩农田灌溉用水: what follows says what */
		cat(buf, whole, strlen(whole));
		predicate(c, q, buf);
		set_topic(st, buf, phrase, q->kind);
	} else if (need == NEED_NONE) {
		size_t per = k > 0 ? per_capita(c, k, pre.a) : 0;
		if (per && strncmp(whole, c->q[k - 1].label, per) != 0)   /* 每千人口…医师3.1人、护士3.6人 */
			cat(buf, c->q[k - 1].label, per);
		size_t nv = gw_lex_prefix(GW_LEX_VERB, p + raw.a, raw.b - raw.a);
		bool subset = find_word(p, &pre, "其中") != (size_t)-1;
		if (subset && !nv && st->new_verb[0] && !strcmp(st->new_unit, q->base_unit) &&
		    !clause_verb(whole, strlen(whole)))   /* 其中8座增设… names its own act */
			cat(buf, st->new_verb, strlen(st->new_verb));   /* 新增耕地…，其中水田 → 新增水田 */
		cat(buf, whole, strlen(whole));
		set_topic(st, buf, phrase, q->kind);
		if (!subset && nv >= 6 && nv < sizeof st->new_verb && !memcmp(p + raw.a, "新", 3)) {
			memcpy(st->new_verb, p + raw.a, nv);
			st->new_verb[nv] = '\0';
			snprintf(st->new_unit, sizeof st->new_unit, "%s", q->base_unit);
		}
	} else if (pd.b > pd.a && need != NEED_CHANGED) {
		char topic[BUF] = "";
		cat(topic, p + pd.a, pd.b - pd.a);
		join_topic(buf, topic, whole, strlen(whole));
		set_topic(st, topic, phrase, q->kind);
	} else if (need == NEED_SHORT && kept_verb(p, raw, core) && !causee_acts(c, q, raw, core)) {
		/* 支持9个乡镇实施产业项目42个 → 支持乡镇 */
		size_t v = verb_before(p, raw.a, core.a);
		cat(buf, p + core.a - v, v);
		cat(buf, whole, strlen(whole));
	} else if (need == NEED_SHORT) {
		span pr = predicate_span(c, q);
		size_t wl = strlen(whole);
		if (pr.b > pr.a && clause_verb(p + pr.a, pr.b - pr.a) >= 6 && clause_verb(whole, wl) != wl &&
		    chars(p + pr.a, pr.b - pr.a) >= 4) {
			/* 7家医院实现结果互认 → 结果互认医院: a verb phrase after the
			 * noun says which ones, as a relative clause before it would
			 * (its result verb dropped like one before a subject) */
			span lv;
			clause_object(p, &pr, pr.a, false, &lv);
			cat(buf, p + pr.a, pr.b - pr.a);
			cat(buf, whole, strlen(whole));
		} else if (pr.b - pr.a > 6 && !memcmp(p + pr.a, "“", 3) && !memcmp(p + pr.b - 3, "”", 3) &&
			   find_word(p, &(span){pr.a + 3, pr.b - 3}, "“") == (size_t)-1) {
			/* 12项业务“跨省通办”: a quoted name after the noun says which
			 * kind, as it would before it: “跨省通办”业务 */
			cat(buf, p + pr.a, pr.b - pr.a);
			cat(buf, whole, strlen(whole));
		} else {
			cat(buf, whole, strlen(whole));
			predicate(c, q, buf);
		}
	} else if (!whole[0] && !change && k > 0 && st->prev_base[0] && !c->q[k - 1].change &&
		   list_gap(p, after(&c->q[k - 1]), q->num_a)) {
		/* 1280户4650人, 档案12个全宗、3.6万卷: figures written back to back
		 * (or joined by 、) count one thing, each in its unit: the subject
		 * before them, without the first one's noun (全宗 is its unit's) */
		const struct qty *pq = &c->q[k - 1];
		size_t bl = strlen(st->prev_base), nl = pq->noun.b - pq->noun.a;
		if (nl && nl < bl && !memcmp(st->prev_base + bl - nl, p + pq->noun.a, nl))
			bl -= nl;
		cat(buf, st->prev_base, bl);
	} else if (!whole[0] && !change && !has_noun && q->kind == GW_KIND_COUNT &&
		   find_word(p, &pre, "其中") != (size_t)-1 && st->near_count[0] &&
		   predicate_span(c, q).b > predicate_span(c, q).a) {
		/* 其中1篇获省级表彰: a subset keeps the whole's noun and its own predicate */
		const char *obj = object_of(st->near_count);
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
		const char *topic = pick_topic(st, need, phrase, whole, q->kind);
		char eff[BUF];
		if (effect_of(whole, topic, eff))
			topic = eff;
		if (bare_rate(whole, strlen(whole)))
			topic = past_actor(topic);   /* 系统接待来信来访, 办结率 → 来信来访办结率 */
		span obj = object_after(c, q);
		if (need == NEED_GENERIC && !has_noun && q->kind == GW_KIND_AMOUNT && obj.b > obj.a &&
		    (!topic[0] || clause_verb(p + q->end, c->n - q->end))) {
			/* 投资300万元实施改造工程 → 改造工程投资 */
			cat(buf, p + obj.a, obj.b - obj.a);
			cat(buf, whole, strlen(whole));
		} else {
			join_topic(buf, topic, whole, strlen(whole));
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

/* 省委**条和市委***条措施: a count with no noun, joined by 和/、 to one of
 * the same unit that has a noun, counts the same thing. */
static void share_nouns(struct para_ctx *c)
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

void gw_indicator_label_all(struct para_ctx *c)
{
	struct label_state st;
	static struct aside as;   /* large; extraction is single-threaded per process */
	memset(&st, 0, sizeof st);
	memset(&as, 0, sizeof as);
	st.sent = (size_t)-1;
	st.prev_kind = -1;
	for (size_t k = 0; k < c->nq; k++)
		k = label_one(c, k, &st, &as);
	share_nouns(c);
}

void gw_indicator_fit_label(char *buf)
{
	fit_label(buf);
}
