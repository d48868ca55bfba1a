/*
 * label_clause.c — the clause's structure.  In "[time/place/agent/
 * prepositional phrase] VERB NP NUMBER UNIT" the subject the number
 * measures is NP, the object of the verb (label_clause_object); the verb
 * is found with lexicon.c's genre verbs (result verbs, treatment verbs:
 * data, not code).  Words are only cut at word boundaries
 * (label_bound_at): a one-character function word bound in a word (主要,
 * 平均, 雷达, 在线) is never read as one.
 * In: a span of the paragraph; out: the span narrowed to the object (or a
 * verb's position and length), never past the span's ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "segment.h"
#include "units.h"

static bool bound_suffix(const char *s, size_t n);

/* True when the character at byte i of p[a..b) is bound in a word of
 * lexicon.c's GW_LEX_BOUND that begins at i or at the character before it
 * (雷达, 平均, 及时, 中心): a function word or locative there is none, and
 * no cut may fall before it. */
bool label_bound_at(const char *p, size_t a, size_t i, size_t b)
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
bool label_splits_word(const char *p, size_t a, size_t i, size_t b)
{
	if (i <= a || i >= b)
		return false;
	size_t prev = prev_start(p, i);
	return gw_lex_prefix(GW_LEX_BOUND, p + prev, b - prev) > i - prev;
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

/* 在2023年省运会上, 在专项行动中, 从入境货物中: a frame of place, occasion
 * or source before the subject; its length (through 上/中/期间), or 0. */
static size_t frame(const char *t, size_t n)
{
	if (n < 9 || label_bound_at(t, 0, 0, n))
		return 0;   /* (在线, 在建: words, no preposition) */
	if (memcmp(t, "在", 3) != 0 && (memcmp(t, "从", 3) != 0 || gw_lex_prefix(GW_LEX_FROM_AFTER, t + 3, n - 3)))
		return 0;   /* (从业, 从事) */
	size_t i = 3, len;
	for (int c = 0; c < 16 && i < n; c++) {
		uint32_t cp = gw_utf8_decode(t + i, n - i, &len);
		if (is_phrase_delim(cp) || cp == 0x3001)
			return 0;
		size_t el;
		/* (and six bytes after it) 在便民服务中心设立: 中心 is a noun, no frame's end */
		if (c >= 1 && i + 6 <= n && (el = gw_lex_prefix(GW_LEX_FRAME_END, t + i, n - i - 6)) &&
		    !label_bound_at(t, 0, i, n))
			return i + el;
		i += len;
	}
	return 0;
}

/* True when t[0..k) is a word of its own and the word after it a verb or
 * an adverb (segment.h): 共|接报, not 共享|单车.  After a one-character
 * adverb a verbal noun is a verb too (共|调查), after a word it is named by
 * it (年度考核, 街道服务). */
static bool word_then_verb(const char *t, size_t n, size_t k)
{
	size_t end[3];
	gw_seg_class c;
	size_t w = gw_segment(t, n < 48 ? n : 48, end, 3);
	return w >= 2 && end[0] == k && gw_seg_lookup(t + k, end[1] - k, &c) &&
	       (c == GW_SEG_VERB || c == GW_SEG_ADVERB || (k == 3 && c == GW_SEG_VERBAL_NOUN));
}

/* Strips connectives, adverbials, scopes, dates and (with `verbs`) empty
 * verbs from the front.  A verb coordinated with another (新建、改扩建) stays.
 * Only whole words go: a lead or verb glued to a bound noun suffix is the
 * start of a noun (上年度, 建成区) and stays. */
void label_strip_front(const char *p, span *s, bool verbs)
{
	for (;;) {
		const char *t = p + s->a;
		size_t n = s->b - s->a, l = label_date_prefix(t, n), k;
		if ((k = frame(t, n)) > l)
			l = k;
		if (verbs && (k = instrument(t, n)) > l)
			l = k;
		if ((k = gw_lex_prefix(GW_LEX_LEAD, t, n)) > l && !lead_is_word(t, n) &&
		    !(k == 3 && label_bound_at(t, 0, 0, n)) &&   /* 对象, 均等, 为农: words */
		    !(k >= 6 && k < n && bound_suffix(t + k, n - k)))   /* 、 and 和 always go */
			l = k;
		if (verbs && (k = gw_lex_prefix(GW_LEX_VERB, t, n)) > l && !(k == 3 && label_bound_at(t, 0, 0, n)) &&
		    gw_lex_prefix(GW_LEX_COUNTING_VERB, t, n) != k && label_staying_verb(t, n) != k &&
		    !(k + 3 <= n && (memcmp(t + k, "、", 3) == 0 || memcmp(t + k, "和", 3) == 0)) &&
		    !(k < n && bound_suffix(t + k, n - k)))
			l = k;
		if ((k = gw_lex_prefix(GW_LEX_SCOPE, t, n)) > l && !(k < n && gw_lex_is(GW_LEX_GENERIC, t + k, n - k)))
			l = k;   /* (辖区面积: the scope is what a bare measure is of) */
		if ((k = gw_lex_prefix(GW_LEX_SELF_BODY, t, n)) > l && k < n && gw_seg_boundary(t, n, k))
			l = k;   /* a whole word with something after it (中心城区, 学校 alone stay) */
		if ((k = gw_lex_prefix(GW_LEX_BEFORE_VERB, t, n)) > l && word_then_verb(t, n, k))
			l = k;
		if (!l)
			return;
		s->a += l;
	}
}

/* Length of a verb at s[0..n) that stays at a label's front, or 0: a
 * treatment verb, or a result verb that says what was counted (发放, 发布),
 * not only that it was done (开展, 建成). */
size_t label_staying_verb(const char *s, size_t n)
{
	size_t t = gw_lex_prefix(GW_LEX_TREATMENT_VERB, s, n), r = gw_lex_prefix(GW_LEX_RESULT_VERB, s, n);
	return r > t && gw_lex_prefix(GW_LEX_DONE_VERB, s, n) < r ? r : t;
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
size_t label_clause_verb(const char *s, size_t n)
{
	size_t best = gw_lex_prefix(GW_LEX_VERB, s, n), l;
	if ((l = gw_lex_prefix(GW_LEX_RESULT_VERB, s, n)) > best)
		best = l;
	if ((l = gw_lex_prefix(GW_LEX_DONE_VERB, s, n)) > best)
		best = l;
	if ((l = label_staying_verb(s, n)) > best)
		best = l;
	if (best && best < n && bound_suffix(s + best, n - best))
		return 0;
	if (best && gw_lex_prefix(GW_LEX_BOUND, s, n) > best)
		return 0;   /* 均等化, 共享: a word, not the verb 均, 共 */
	/* verbs that usually name an activity inside a noun phrase (项目建设难题,
	 * 政务服务事项) never end a phrase before the object */
	if (best == 6 && gw_lex_prefix(GW_LEX_NOMINAL_VERB, s, n))
		return 0;
	/* 开展了, 联系了: spoken, the aspect mark is the verb's (了解 is a word) */
	if (best && best + 3 <= n && !memcmp(s + best, "了", 3) && !gw_lex_prefix(GW_LEX_BOUND, s + best, n - best))
		best += 3;
	return best;
}

/* Length of the clause verb that ends exactly at byte b of p[a..b), 0 if none. */
size_t label_verb_before(const char *p, size_t a, size_t b)
{
	size_t best = 0;
	for (size_t l = 3; l <= 12 && l <= b - a; l += 3)
		if (label_clause_verb(p + b - l, l) == l)
			best = l;
	return best;
}

/* True when s[0..n) starts with an empty verb of lexicon.c (开展, 召开 …),
 * as opposed to a verb that says what was done (学习, 走访). */
bool label_empty_clause_verb(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_VERB, s, n) == n;
}

/* Length of a preposition or co-verb opening s[0..n) with more after it
 * (与…签订, 从…中聘请, 联合…开展: lexicon.c's GW_LEX_PREPOSITION), or 0. */
/* 在建, 在册, 在岗: a state, not the preposition 在. */
static bool state_word(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_STATE, s, n) > 0;
}

static size_t preposition(const char *s, size_t n)
{
	size_t best = n ? gw_lex_prefix(GW_LEX_PREPOSITION, s, n - 1) : 0;
	if (best == 3 && !memcmp(s, "由", 3) && n >= 6 && !memcmp(s + 3, "于", 3))
		return 0;   /* 由于 is "because" */
	if (best == 3 && (label_bound_at(s, 0, 0, n) || state_word(s, n)))
		return 0;   /* 在线, 对口, 为民, 在孵: words, no preposition */
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
		    (label_clause_verb(p + i + 6, b - i - 6) || preposition(p + i + 6, b - i - 6)))
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
	return n > 9 && label_find_word(s, &all, "、") != (size_t)-1 && label_ends_with_actor(s, n);
}

/* 推动物业企业成立党组织 → 物业企业党组织: what the causee sets up is its
 * own, so the causee stays as a scope (as in 机关设立2个党小组). */
static bool establishing(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_ESTABLISH, s, n) > 0;
}

/* Verbs that make someone else act (引导企业投入, 推动部门建立). */
bool label_causative(const char *s, size_t n)
{
	return gw_lex_is(GW_LEX_CAUSATIVE, s, n);
}

/* Adverbs between an agent and its verb: 相关单位共制定, 我已…. */
size_t label_agent_adverb(const char *s, size_t n)
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

/* The length of a verb of two characters or more that the segmenter finds
 * as a word of its own at byte i of p[a..b) (新修, 截获, 送去), or 0. */
static size_t dictionary_verb(const char *p, size_t a, size_t i, size_t b)
{
	size_t first[1];
	gw_seg_class cls = GW_SEG_OTHER;
	if (!gw_seg_boundary(p + a, b - a, i - a) || !gw_segment(p + i, b - i, first, 1) || first[0] < 6 ||
	    !gw_seg_lookup(p + i, first[0], &cls) || cls != GW_SEG_VERB || bound_suffix(p + i + first[0], b - i - first[0]))
		return 0;
	return first[0];
}

/* The first clause verb in p[a..b) whose object may follow, or (size_t)-1;
 * with any_verb, a verb the segmenter knows counts too. */
static size_t first_verb(const char *p, size_t a, size_t b, bool has_noun, bool any_verb, size_t *vl)
{
	size_t len;
	for (size_t i = a; i < b; i += len) {
		gw_utf8_decode(p + i, b - i, &len);
		size_t v = label_clause_verb(p + i, b - i);
		if (!v && any_verb)
			v = dictionary_verb(p, a, i, b);
		if (v == len && label_bound_at(p, a, i, b))
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

size_t label_first_verb(const char *p, size_t a, size_t b, bool has_noun, size_t *vl)
{
	return first_verb(p, a, b, has_noun, false, vl);
}

/* Head nouns a verb modifies inside a noun phrase: 污水处理设施,
 * 应急供应网点, 垃圾转运车辆. */
bool label_noun_head(const char *s, size_t n)
{
	return bound_suffix(s, n) || gw_lex_prefix(GW_LEX_NOUN_HEAD, s, n) > 0;
}

/* 新建、改扩建 and 新建和改造: a verb coordinated with another stays with it. */
static bool coordinated(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_COORDINATOR, s, n) > 0;
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
	/* 向部队输送新兵, 通过…系统查询: after a recipient or a means any verb
	 * ends the phrase (after 对 its object is often what is counted) */
	bool any = l && (!memcmp(t, "向", 3) || !memcmp(t, "通过", 6));
	size_t at = first_verb(p, s.a + l + one, s.b, has_noun, any, &vl);
	return at == (size_t)-1 ? 0 : at;
}

/* Past the causee at the front of s, after a causative verb (引导社会资本
 * 投入…项目): where its own verb starts, or 0.  None when a verb follows at
 * once (督促解决: no causee) or when the causee sets something up, which is
 * then its own (推动企业成立党组织 → 企业党组织). */
static size_t past_causee(const char *p, span s, bool has_noun)
{
	size_t one = 0, vl;
	if (s.a >= s.b || label_clause_verb(p + s.a, s.b - s.a))
		return 0;
	gw_utf8_decode(p + s.a, s.b - s.a, &one);
	size_t at = label_first_verb(p, s.a + one, s.b, has_noun, &vl);
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
		    (c >= 10 && label_find_word(p, &(span){s.a, i}, "、") == (size_t)-1))
			continue;
		size_t j = i + label_agent_adverb(p + i, s.b - i);
		size_t v = label_clause_verb(p + j, s.b - j);
		if (v && object_follows(p, j, v, s.b, false) && !label_noun_head(p + j + v, s.b - j - v))
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
 * causee likewise, serial verbs (牵头梳理, 建立完善) go together.  A verb
 * that only says it was done goes (lexicon_clause.c's done_verbs), one that
 * says what was counted stays (label_staying_verb: 发放, 检查), and a verb
 * stays when nothing would be left (培训500人次).  *last gets the last verb
 * dropped (for a verbal measure, which counts the act).  orig is where s
 * started before connectives were stripped. */
void label_clause_object(const char *p, span *s, size_t orig, bool has_noun, span *last)
{
	last->a = last->b = 0;
	/* 为引进人才发放补贴: whom it is for is label_one's (beneficiary_verb) */
	if (s->a >= 3 && gw_lex_prefix(GW_LEX_FOR_WHOM, p + s->a - 3, 3))
		return;
	for (int guard = 0; guard < 12 && s->b > s->a; guard++) {
		size_t a0 = s->a, l, vl, at;
		label_strip_front(p, s, true);
		if (s->a != a0)
			continue;
		const char *t = p + s->a;
		size_t n = s->b - s->a;
		if ((at = past_preposition(p, *s, orig, has_noun))) {
			s->a = at;
		} else if ((l = label_clause_verb(t, n)) && object_follows(p, s->a, l, s->b, has_noun) &&
			   !coordinated(t + l, n - l)) {
			if (label_staying_verb(t, n) == l || gw_lex_prefix(GW_LEX_COUNTING_VERB, t, n) == l)
				return;   /* it says what was done or came: the label keeps it */
			*last = (span){s->a, s->a + l};
			s->a += l;
			if (label_causative(t, l) && (at = past_causee(p, *s, has_noun)))
				s->a = at;
		} else if (s->a >= orig + 6 && label_causative(p + s->a - 6, 6) &&
			   (at = past_causee(p, *s, has_noun))) {
			s->a = at;   /* 推动 was stripped as an empty verb */
		} else if ((l = label_agent_adverb(t, n)) && (vl = label_clause_verb(t + l, n - l)) &&
			   object_follows(p, s->a + l, vl, s->b, has_noun)) {
			s->a += l;   /* 共接待, 均完成: an adverb goes with its verb */
		} else if (n >= 9 && !memcmp(t, "在其中", 9)) {
			s->a += 9;   /* 并在其中8座: "among them" marks a subset, like 其中 */
		} else if (has_noun && n > 9 && gw_lex_prefix(GW_LEX_PLACE_PREP, t, n) &&
			   !state_word(t, n) && !label_bound_at(p, s->a, s->a, s->b)) {
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
size_t label_last_coordinated(const char *p, span s, bool has_noun)
{
	size_t best = s.a, len;
	for (size_t i = s.a + 3; i + 3 < s.b; i += len) {
		gw_utf8_decode(p + i, s.b - i, &len);
		if (memcmp(p + i, "并", 3))
			continue;
		size_t v = label_clause_verb(p + i + 3, s.b - i - 3);
		/* 发现并整改隐患: two verbs sharing one object stay together */
		bool verb_only = label_verb_before(p, s.a, i) == i - s.a;
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
size_t label_after_examples(const char *p, span s, bool measure)
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
		bool list = label_find_word(p, &(span){s.a, i}, "、") != (size_t)-1 || named_run(p, s.a, i);
		span head = {i + 3, s.b};
		label_strip_back(p, &head, false);   /* …寄递量达到: 达到 is the copula */
		bool finding = gw_lex_is(GW_LEX_FINDING, p + head.a, head.b - head.a);   /* …等问题 */
		if (!word && list && is_han(cp_at(p, s.b, i + 3, &(size_t){0})) &&
		    (chars(p + i + 3, s.b - i - 3) >= 4 || finding) &&
		    (measure || label_first_verb(p, head.a, head.b, true, &(size_t){0}) == (size_t)-1))
			best = i + 3;
	}
	return best;
}

/* Finds "分别" inside s; returns its byte offset or (size_t)-1. */
size_t label_find_word(const char *p, const span *s, const char *w)
{
	size_t wl = strlen(w);
	for (size_t i = s->a; i + wl <= s->b; i++)
		if (memcmp(p + i, w, wl) == 0)
			return i;
	return (size_t)-1;
}

/* True when s[0..n) ends with a word naming who acts (机关, 市级, 县区 …). */
bool label_ends_with_actor(const char *s, size_t n)
{
	return gw_lex_suffix(GW_LEX_ACTOR_END, s, n) > 0;
}
