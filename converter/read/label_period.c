/*
 * label_period.c — the grammar of a time phrase (report-2 "period"), split
 * from label_status.c by job: where a period starting at a byte ends
 * (label_period_at), and the word matching the status scan shares with it.
 *
 * A period is [lead] atom [tail] {[range] atom [tail]}: 截至 + 11月 + 底,
 * 1-11月, 今年秋季学期, 近三年, “十四五”以来, an event's span (项目建成后,
 * 供暖期间), a holiday with its length (春运40天).  Every word is in the
 * tables below; the code only walks them.
 */
#include "label_period.h"

#include <stdbool.h>
#include <string.h>

#include "indicator_text.h"
#include "label.h"
#include "lexicon.h"
#include "segment.h"

/* ---- the period's grammar: [lead] atom [tail] {[range] atom [tail]} ---- */
static const char *const period_leads[] = {"截至", "截止到", "截止"};
/* ... and one only where it opens a clause: 到11月底，完工13个; 到2027年底
 * (提高到2027年的 is a level's time: the testers 18 of 22). */
static const char *const clause_period_leads[] = {"到"};
static const char *const period_words[] = {
	"今年", "去年", "上年", "明年", "全年", "本年度", "当年", "上半年", "下半年",
	"前三季度", "前两季度", "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度",
	"第三季度", "第四季度", "年初", "年底", "年末", "年内", "目前", "现在", "近两年", "近三年",
	"近五年", "一年来", "两年来", "三年来", "五年来",
};
/* Times that are periods only where they open a clause (当前，…; 汛期共启动…)
 * or follow another time (今年汛期): elsewhere they name a thing (组织大学生暑期
 * 社会实践, 当前形势). */
static const char *const clause_period_words[] = {"当前", "主汛期", "汛期", "汛前", "汛后", "暑期", "暑假", "寒假",
						   "春运", "冬春季节", "冬春季", "冬春", "严寒期", "春节", "国庆节", "国庆", "元旦",
						   "五一", "端午节", "端午", "中秋节", "中秋", "清明节", "清明",
						   "元宵节", "重阳节", "教师节",
						   /* a river's and a field's seasons (2026年枯水期) */
						   "枯水期", "丰水期", "排灌期", "灌溉期", "灌溉季节"};
/* A season opening a clause before its verb (秋季开展培训…); before a noun it
 * names the measure (夏季臭氧超标天数). */
static const char *const season_words[] = {"夏秋季", "春夏季", "秋冬季", "冬春季", "春季", "夏季", "秋季", "冬季"};
/* An event's span opening a clause (供暖期间，…; 开放以来接待…; 项目建成后，…):
 * a period of two to LABEL_EVENT_MAX_CHARS characters ending in lexicon's
 * GW_LEX_EVENT_END, or one ending in GW_LEX_AFTER_DONE (label.h). */
#define EVENT_MIN_CHARS 2
/* Besides a point's ordinal (lexicon's GW_LEX_POINT_ORDINAL), opening a clause: */
static const char *const clause_leads[] = {"在", "其中"};
/* ... of which an event's span never starts with (其中清明节期间). */
static const char *const subset_leads[] = {"其中"};
static const uint32_t name_opens[] = {0x201C, 0x2018, 0x300A, 0x300C, '"', '\''};   /* “‘《「 */
/* A span of years counted back from now (近3年, 5年来): several years summed. */
static const char *const span_leads[] = {"近"};
static const char *const span_since[] = {"以来", "来"};
/* Plan names: a time only with a tail (“十四五”规划 names a plan). */
static const char *const plan_names[] = {"“十三五”", "“十四五”", "“十五五”", "十三五", "十四五",
					 "十五五"};
static const char *const period_tails[] = {"底", "末", "初", "以来", "来", "期间", "时期", "前后", "前夕", "前", "同期",
					   "上旬", "中旬", "下旬", "内", "假期", "黄金周", "季节", "高峰期间", "高峰期",
					   /* 秋季学期, 秋季开学前后 */
					   "学期", "开学"};
/* 12月份: after a month only, a word of its own (not 2026年|份额) */
static const char *const month_tails[] = {"份"};
#define MAX_TAILS 2     /* 2027年底前 */
/* A holiday's or a season's length after it, part of the period (春运40天,
 * 国庆7天假期: the testers 7 of 7); digits, then these, then a tail. */
static const char *const length_units[] = {"天"};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- matching (shared with label_status.c) ----------------------------------- */

/* Length of the first word of list that p[i..n) starts with, or 0. */
size_t label_word_at(const char *const *list, size_t count, const char *p, size_t n, size_t i)
{
	for (size_t k = 0; k < count; k++) {
		size_t l = strlen(list[k]);
		if (i + l <= n && !memcmp(p + i, list[k], l))
			return l;
	}
	return 0;
}

/* True when a word of list ends at byte i of p (i.e. p[..i) ends with it). */
bool label_word_before(const char *const *list, size_t count, const char *p, size_t i)
{
	for (size_t k = 0; k < count; k++) {
		size_t l = strlen(list[k]);
		if (l <= i && !memcmp(p + i - l, list[k], l))
			return true;
	}
	return false;
}

bool label_cp_in(uint32_t cp, const uint32_t *set, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (cp == set[k])
			return true;
	return false;
}

/* The first characters of a set of words (gw_status_scan's firsts): a
 * position whose character is not among them starts none of the words,
 * which spares trying each word at every position. */
void label_firsts_add(gw_status_firsts *f, const char *word)
{
	size_t len;
	uint32_t cp = gw_utf8_decode(word, strlen(word), &len);
	if (!label_cp_in(cp, f->cp, f->n) && f->n < N(f->cp))
		f->cp[f->n++] = cp;
}

void label_firsts_add_all(gw_status_firsts *f, const char *const *list, size_t count)
{
	for (size_t k = 0; k < count; k++)
		label_firsts_add(f, list[k]);
}


/* Digits at byte i: their count, value (capped) and end. */
size_t label_digits_at(const char *p, size_t n, size_t i, unsigned *value, size_t *end)
{
	size_t count = 0, len;
	*value = 0;
	for (uint32_t cp; (cp = cp_at(p, n, i, &len)) && is_digit_cp(cp); i += len, count++)
		if (*value < 100000)
			*value = *value * 10 + (unsigned)(gw_fold_digit(cp) - '0');
	*end = i;
	return count;
}

/* A date atom at byte i (2023年, 11月, 11月30日, 1-11月, 3季度): its end, or i. */
size_t label_date_atom(const char *p, size_t n, size_t i)
{
	unsigned v, v2;
	size_t k, k2, r;
	size_t d = label_digits_at(p, n, i, &v, &k);
	if (!d)
		return i;
	if (d == 4 && k + 6 <= n && !memcmp(p + k, "年度", 6))
		return k + 6;
	if (d == 4 && k + 3 <= n && !memcmp(p + k, "年", 3))
		return k + 3;
	if ((r = gw_lex_prefix(GW_LEX_RANGE, p + k, n - k)) && label_digits_at(p, n, k + r, &v2, &k2) &&
	    v2 >= 1 && v2 <= 12 && k2 + 3 <= n && !memcmp(p + k2, "月", 3))
		k = k2, v = v2;
	if (v >= 1 && v <= 12 && k + 3 <= n && !memcmp(p + k, "月", 3)) {
		k += 3;
		if (label_digits_at(p, n, k, &v2, &k2) && v2 >= 1 && v2 <= 31 && k2 + 3 <= n &&
		    (!memcmp(p + k2, "日", 3) || !memcmp(p + k2, "号", 3)))
			k = k2 + 3;
		return k;
	}
	if (v >= 1 && v <= 4 && k + 6 <= n && !memcmp(p + k, "季度", 6))
		return k + 6;
	return i;
}

/* A span of years at byte i (近3年, 5年来, 10年以来): its end, or i.  The
 * count alone (3年以上连续种植户, 建设期2年) is a duration, no span. */
size_t label_span_atom(const char *p, size_t n, size_t i)
{
	size_t k = i + label_word_at(span_leads, N(span_leads), p, n, i), e;
	unsigned v;
	size_t d = label_digits_at(p, n, k, &v, &e);
	if (!d || d > 2 || e + 3 > n || memcmp(p + e, "年", 3))
		return i;
	e += 3;
	if (k > i)
		return e;
	size_t l = label_word_at(span_since, N(span_since), p, n, e);
	return l ? e + l : i;
}

/* True when byte i opens a clause: the paragraph's, a sentence's or a
 * clause's start, or right after a point's marker (③汛期…, （2）, 一是) or
 * 在 (spaces aside); not after a word or inside a name (“暑期护苗”). */
bool label_opens_clause(const char *p, size_t i)
{
	while (i > 0 && gw_is_space(cp_before(p, i)))
		i = prev_start(p, i);
	if (i == 0 || label_word_before(clause_leads, N(clause_leads), p, i) || gw_lex_suffix(GW_LEX_POINT_ORDINAL, p, i))
		return true;
	uint32_t cp = cp_before(p, i);
	return (cp < 0x4E00 || cp > 0x9FFF) && !label_cp_in(cp, name_opens, N(name_opens));
}

/* 供暖期间 / 开放以来 opening a clause: its end, or i. */
/* Where an event's span that started c characters before byte k ends
 * (…期间, …以来), or 0: Han characters, a quoted name and masks only
 * (“**马拉松”赛事期间, 冬春 + 农闲期间). */
static size_t event_span_end(const char *p, size_t n, size_t k, int c)
{
	size_t len, l;
	bool quoted = false;   /* a name may hold digits: “99公益日”期间 */
	for (; c <= LABEL_EVENT_MAX_CHARS && k < n; c++, k += len) {
		if (c >= EVENT_MIN_CHARS && (l = gw_lex_prefix(GW_LEX_EVENT_END, p + k, n - k)))
			return k + l;
		if (c <= LABEL_AFTER_DONE_MAX_CHARS && (l = gw_lex_prefix(GW_LEX_AFTER_DONE, p + k, n - k)))
			return k + l;
		uint32_t cp = cp_at(p, n, k, &len);
		if (cp == 0x201C || cp == 0x201D)
			quoted = cp == 0x201C;
		else if ((cp < 0x4E00 || cp > 0x9FFF) && cp != 0x3001 && !gw_is_mask(cp) && !(quoted && is_digit_cp(cp)))
			return 0;   /* 春节、重阳节期间 */
	}
	return 0;
}

static size_t event_span_atom(const char *p, size_t n, size_t i)
{
	/* 其中清明节期间, 三是“十四五”以来: the span starts after 其中 or the
	 * ordinal (opens_clause) */
	bool lead = label_word_at(subset_leads, N(subset_leads), p, n, i) || gw_lex_prefix(GW_LEX_POINT_ORDINAL, p + i, n - i);
	size_t e = label_opens_clause(p, i) && !lead ? event_span_end(p, n, i, 0) : 0, len;
	for (size_t k = i; k < e; k += len) {
		cp_at(p, n, k, &len);
		size_t cl = label_word_at(clause_leads, N(clause_leads), p, n, k);
		if (k > i && cl && gw_seg_boundary(p + i, e - i, k - i) && gw_seg_boundary(p + i, e - i, k + cl - i))
			return i;   /* 恳请在项目实施期间: the span starts after 在 (not 存在, 现在) */
	}
	return e ? e : i;
}

/* The length of a time of clause_period_words at byte i, or quoted with a
 * tail after it (“五一”假期), or 0. */
static size_t holiday_at(const char *p, size_t n, size_t i)
{
	static const char open[] = "“", close[] = "”";
	size_t l = label_word_at(clause_period_words, N(clause_period_words), p, n, i), q = strlen(open);
	if (l || i + q > n || memcmp(p + i, open, q))
		return l;
	l = label_word_at(clause_period_words, N(clause_period_words), p, n, i + q);
	if (!l || i + q + l + q > n || memcmp(p + i + q + l, close, q))
		return 0;
	l += 2 * q;   /* …with a tail: “五一”“十一”两个黄金周接待量 names a thing */
	return label_word_at(period_tails, N(period_tails), p, n, i + l) ? l : 0;
}

/* The length of a holiday's length at byte i (40天, 7天假期), or 0. */
static size_t length_after(const char *p, size_t n, size_t i)
{
	unsigned v;
	size_t e, u;
	if (!label_digits_at(p, n, i, &v, &e) || !(u = label_word_at(length_units, N(length_units), p, n, e)))
		return 0;
	e += u;
	return e + label_word_at(period_tails, N(period_tails), p, n, e) - i;
}

/* The period starting at byte i: its end, or i when none starts there. */
static size_t period_words_at(const char *p, size_t n, size_t i)
{
	size_t k = i + label_word_at(period_leads, N(period_leads), p, n, i), end = i;
	if (k == i && label_opens_clause(p, i))
		k += label_word_at(clause_period_leads, N(clause_period_leads), p, n, i);
	for (;;) {
		size_t e = label_date_atom(p, n, k), l;
		if (e == k && (l = label_word_at(period_words, N(period_words), p, n, k)))
			e = k + l;
		bool holiday = false;
		if (e == k && (l = holiday_at(p, n, k)) && (k > i || label_opens_clause(p, i))) {
			e = k + l;
			holiday = true;
		}
		if (e == k && (l = label_word_at(season_words, N(season_words), p, n, k)) &&
		    (k > i || (label_opens_clause(p, i) && label_verb_follows(p + k + l, n - k - l))))
			e = k + l;   /* 秋季开展…, or after another time: 今年秋季 */
		if (e == k)
			e = label_span_atom(p, n, k);
		if (e == k)
			e = k + label_season_with_deixis(p + k, n - k);   /* 本供暖季 */
		if (e == k && k == i)
			e = event_span_atom(p, n, k);
		bool needs_tail = false;
		if (e == k && (l = label_word_at(plan_names, N(plan_names), p, n, k))) {
			e = k + l;
			needs_tail = true;
		}
		if (e == k)
			return end;
		size_t tails = 0;
		if (e >= k + 3 && !memcmp(p + e - 3, "月", 3) && (l = label_word_at(month_tails, N(month_tails), p, n, e)) &&
		    gw_seg_boundary(p + k, e + l + 6 <= n ? e + l + 6 - k : n - k, e + l - k))
			tails += l;
		for (int t = 0; t < MAX_TAILS && (l = label_word_at(period_tails, N(period_tails), p, n, e + tails)); t++)
			tails += l;
		if (needs_tail && !tails)
			return end;
		if (holiday)
			tails += length_after(p, n, e + tails);
		end = k = e + tails;
		size_t r = gw_lex_prefix(GW_LEX_RANGE, p + k, n - k);   /* 7月至8月 */
		if (r && label_date_atom(p, n, k + r) > k + r)
			k += r;
	}
}

/* ... and when it opens a clause, the event it names with it: 冬春 +
 * 农闲期间, 4月 + 爱国卫生月期间 are one period. */
size_t label_period_at(const char *p, size_t n, size_t i)
{
	size_t e = period_words_at(p, n, i), t;
	if (e > i && label_opens_clause(p, i) && (t = event_span_end(p, n, e, 1)))
		return t;
	return e;
}

/* The first characters of every word a period may start with. */
void label_period_firsts(gw_status_firsts *f)
{
	label_firsts_add_all(f, period_leads, N(period_leads));
	label_firsts_add_all(f, period_words, N(period_words));
	label_firsts_add_all(f, plan_names, N(plan_names));
	label_firsts_add_all(f, clause_period_words, N(clause_period_words));
	label_firsts_add_all(f, season_words, N(season_words));
	label_firsts_add_all(f, span_leads, N(span_leads));
	size_t nd;
	const gw_word *deixis = gw_lex_words(GW_LEX_SEASON_DEIXIS, &nd);
	for (size_t k = 0; k < nd; k++)
		label_firsts_add(f, deixis[k].text);
}
