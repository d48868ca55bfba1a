/*
 * label_status.c — what each indicator's number is and when: report-2
 * "status" (实绩, 目标, 基期, 累计) and "period" (the time phrase as written).
 *
 * In:  a paragraph, the byte span of one quantity, the year the report
 *      looks back on (gw_status_report_year).
 * Out: its status and the bytes of its period, or none.
 *
 * The rules, tried in this order (the first that holds decides):
 *   基期  the number is the earlier level of a change written 由X…至Y /
 *         从X…到Y, or follows a base phrase (上年为, 上年同期的);
 *   目标  a target cue before it in its sentence (力争, 预期, 目标, 确保)
 *         or clause (计划, 拟, 将, 可节约) with no result cue (实际, 已)
 *         between, or a due date after it (将于12月底前), or its period
 *         names a year after the report's year, or 明年;
 *   累计  a cumulative cue before it (累计 in its clause; 近三年, “十四五”以来
 *         in its sentence) and no time of its own since, or its period
 *         runs from an earlier year (以来) or spans years (近3年);
 *   目标  in a plan section (二、2024年工作打算; every section of a
 *         document titled as a plan of work: 2024年工作计划);
 *   实绩  otherwise.
 * The period is the time phrase nearest before the number in its sentence
 * that is no comparison base (the 上年 of 比上年 is not when, but what
 * with) nor inside a noun (当年立案的案件): 2023年, 上半年, 1-11月,
 * 截至11月底, “十四五”以来; a due date after it (将于12月底前) wins; the
 * earlier level of 由X至Y has only a time of its own.
 * Every word of the rules is in the tables below; the code only walks them.
 */
#include "label_status.h"

#include <stdbool.h>
#include <string.h>

#include "indicator_text.h"
#include "label.h"
#include "label_period.h"
#include "lexicon.h"
#include "segment.h"

/* ---- the rules as data ---------------------------------------------------- */

/* How far after it a cue holds: to the end of its clause (，；：), of its
 * part of the sentence (；) or of the sentence (。).  A list of targets
 * after 预期目标是： runs over several ；, a 力争 or 预计 only over its part
 * (全年预计实现38.6亿元；1-11月完成21.4亿元: the second is a result). */
enum scope { CLAUSE, PART, SENTENCE };

struct cue {
	const char *word;
	gw_ind_status status;   /* GW_STATUS_ACTUAL: a result cue, ending the cues before it */
	enum scope scope;
};

static const struct cue cues[] = {
	{"力争", GW_STATUS_TARGET, PART},          {"争取", GW_STATUS_TARGET, PART},
	{"力求", GW_STATUS_TARGET, PART},          {"预计", GW_STATUS_TARGET, PART},
	{"确保", GW_STATUS_TARGET, PART},          {"下一步", GW_STATUS_TARGET, PART},
	{"预期", GW_STATUS_TARGET, SENTENCE},      {"目标", GW_STATUS_TARGET, SENTENCE},
	{"计划", GW_STATUS_TARGET, CLAUSE},        {"拟", GW_STATUS_TARGET, CLAUSE},
	{"将", GW_STATUS_TARGET, CLAUSE},          {"估算", GW_STATUS_TARGET, PART},
	{"累计", GW_STATUS_CUMULATIVE, CLAUSE},
	{"近两年", GW_STATUS_CUMULATIVE, SENTENCE}, {"近三年", GW_STATUS_CUMULATIVE, SENTENCE},
	{"近五年", GW_STATUS_CUMULATIVE, SENTENCE}, {"两年来", GW_STATUS_CUMULATIVE, SENTENCE},
	{"三年来", GW_STATUS_CUMULATIVE, SENTENCE}, {"五年来", GW_STATUS_CUMULATIVE, SENTENCE},
	{"多年来", GW_STATUS_CUMULATIVE, SENTENCE}, {"十三五”以来", GW_STATUS_CUMULATIVE, SENTENCE},
	{"十四五”以来", GW_STATUS_CUMULATIVE, SENTENCE}, {"十三五以来", GW_STATUS_CUMULATIVE, SENTENCE},
	{"十四五以来", GW_STATUS_CUMULATIVE, SENTENCE}, {"十三五”期间", GW_STATUS_CUMULATIVE, SENTENCE},
	{"十三五期间", GW_STATUS_CUMULATIVE, SENTENCE}, {"恳请", GW_STATUS_TARGET, PART},
	/* What a measure can do (年可节约电量210万千瓦时) is its forecast effect,
	 * not a result; what a facility can hold (可容纳4.5万人) is its size. */
	{"可节约", GW_STATUS_TARGET, CLAUSE},      {"可节省", GW_STATUS_TARGET, CLAUSE},
	{"可降低", GW_STATUS_TARGET, CLAUSE},      {"可减少", GW_STATUS_TARGET, CLAUSE},
	{"可增加", GW_STATUS_TARGET, CLAUSE},      {"可新增", GW_STATUS_TARGET, CLAUSE},
	{"可带动", GW_STATUS_TARGET, CLAUSE},      {"可实现", GW_STATUS_TARGET, CLAUSE},
	{"可增收", GW_STATUS_TARGET, CLAUSE},      {"可减排", GW_STATUS_TARGET, CLAUSE},
	{"可提高", GW_STATUS_TARGET, CLAUSE},      {"可吸纳", GW_STATUS_TARGET, CLAUSE},
	{"可创造", GW_STATUS_TARGET, CLAUSE},      {"可拉动", GW_STATUS_TARGET, CLAUSE},
	{"可达", GW_STATUS_TARGET, CLAUSE},
	{"实际", GW_STATUS_ACTUAL, SENTENCE},
	{"已经", GW_STATUS_ACTUAL, SENTENCE},      {"已", GW_STATUS_ACTUAL, SENTENCE},
	{"完成了", GW_STATUS_ACTUAL, SENTENCE},    {"实现了", GW_STATUS_ACTUAL, SENTENCE},
};

/* In a level-1 heading, make the section a plan: its results are targets
 * (二、2024年工作打算, 三、下一步工作思路; a 请示's 二、项目建设内容, 三、资金需求,
 * 三、经费测算, 四、请示事项: what the money asked for would build). */
static const char *const plan_heading[] = {"打算", "计划", "思路", "安排", "下一步", "展望", "目标",
					   "建设内容", "项目内容", "资金需求", "测算", "请示事项", "申请事项",
					   "方案"};
/* ... unless it also reviews the present: 存在的问题和下一步打算, 计划执行情况. */
static const char *const review_heading[] = {"问题", "不足", "困难", "短板", "情况", "回顾", "成效",
					     "完成", "执行"};
/* A document whose title names a plan of work (2027年工作计划, 工作要点)
 * has plans for sections, unless the title also names a review of the
 * year (2026年工作总结和2027年工作计划): then only its plan headings.  The
 * 安排 of 关于申请安排配套资金的请示 asks for money: no plan of work. */
static const char *const plan_title[] = {"工作计划", "工作要点", "工作打算", "工作思路", "工作安排"};
static const char *const review_title[] = {"总结", "述职", "汇报", "情况", "回顾", "成效", "完成", "执行",
					   "问题"};

/* Right after the quantity, make it a target: the 150户 of 下达的150户任务. */
static const char *const target_after[] = {"任务", "目标", "的任务", "的目标"};
/* Later in its clause, make it a target: 其余5座将于12月底前完成. */
static const char *const target_later[] = {"将于", "将在", "拟于", "计划于", "力争于", "预计于",
					   "可在", "可于"};

/* Words starting with a cue that are no cue: the plan or target as a
 * thing (完成年度目标的105%, 目标任务; 计划用水, a water office's quota
 * system, also in a heading: 抓好计划用水管理 reviews it), 争取 as "obtained" (争取上级资金),
 * 将 as 把 (将其), 将近 (nearly). */
static const char *const not_cue_at[] = {
	"目标任务", "目标责任", "目标考核", "目标管理", "计划的", "目标的", "计划内",
	"计划生育", "计划单列", "争取上级", "争取中央", "争取国家", "争取省", "争取资金",
	"争取到", "争取专项", "争取债券", "争取各类", "争取贷款", "将近", "将其", "将军", "将领",
	"已于", "预期寿命", "计划用水", "计划管理",
};
/* Words ending with a cue that are no cue: 而已; a programme named a
 * 计划 (营养改善计划惠及学生1.9万人, 学前教育行动计划) is no plan to do,
 * nor are the plans and targets a finance office handles (用款计划, 审核
 * 绩效目标86个);
 * a named goal pursued (围绕“干净、整洁、有序”目标，…) frames what was done. */
static const char *const not_cue_before[] = {"而已", "不已", "改善计划", "行动计划", "培育计划",
					     "发展计划", "培养计划", "提升计划", "”目标", "超计划",
					     "用水计划", "绩效目标", "用款计划"};

/* The earlier level of a change: 由31座减少至27座, 从3.2万户增加到4.1万户
 * (由 and 从 are lexicon's GW_LEX_FROM, with its words holding them: 由于, 自由). */
static const char *const to_words[] = {"至", "到"};
/* … and the later level of a 由/从 change, a spoken 了 after them (从12个
 *扩大到了30个, 由38条调成了45条, 网格由1,105个细化为1,468个). */
static const char *const later_level_words[] = {"至", "到", "为", "成"};
static const char *const aspect[] = {"了"};
#define FROM_CHARS 12   /* most characters between 由 and its number (由2020年底的) */
#define TO_CHARS 10     /* most characters between the number and 至 (减少了) */

/* Right before a number, make it a base: 上年为31座, 比上年同期的2.1万人. */
static const char *const base_before[] = {"上年为", "去年为", "上年同期为", "同期为", "基期为",
					  "上年末为", "年初为", "原为", "上年的", "去年的",
					  "上年同期的", "上年末的", "上年是", "去年是", "去年同期是"};

#define LOCAL_GAP 9     /* most bytes between such a time and its number (的约) */
#define RELATIVE_CHARS 4 /* most characters of a verb between a time and 的 (以前建成的) */
/* After a time, make it part of a noun, no period: 完成全年目标任务的93.5%. */
static const char *const noun_after[] = {"目标", "任务", "计划的", "收入计划", "预算"};
/* After a time, make it the time of the next number only: 由2024年的186批次
 * (the base's time); and before a number, 上年为97.6% (全年为企业… is no such). */
static const char *const local_after[] = {"的"};
static const char *const local_before_number[] = {"为"};
/* Before a time, make it a comparison base, not the period: 比上年, 较2020年. */
static const char *const compare_before[] = {"比", "较", "同", "与", "高于", "低于", "快于",
					     "慢于", "多于", "少于", "好于", "优于"};
/* A date of founding describes a thing, it is no period of what follows
 * (登记信息平台建于2017年，…终端仅有4台). */
static const char *const founded_before[] = {"建于", "始建于", "成立于", "建成于", "投用于", "投产于", "修建于"};
/* …and so does a date its thing was founded or opened on, the verb ending
 * the clause (地铁1号线于2016年12月开通运营，线路全长28.6公里: the length
 * is today's; 2026年成立合作社5个 counts what was founded then; longest
 * first, as word_at takes the first that matches). */
static const char *const founded_after[] = {"建成运营", "建成投用", "开通运营", "挂牌成立", "投入使用", "投入运营",
					    "设立", "成立", "建成", "开通", "投用", "投运", "开业", "挂牌", "组建", "启用"};
/* Before a time that follows no time, make it a member of a list of
 * things (面对春季低温和7月下旬持续干旱: an event, not when); 上半年和全年
 * joins two times. */
static const char *const list_joins[] = {"和", "及"};
/* After a ；or ，, go on with the clause or part before: its period and
 * cues still hold (…1,245家次…；其中，移送…4件 are of the same year;
 * 计划实施项目90个，其中新开工项目不少于40个 are both planned; 累计建成
 * 1,035户，占总数的30.2% is a share of that running total). */
static const char *const part_goes_on[] = {"其中", "占"};
/* In a plan's section, what its clause says is there already is no target
 * (14座水库的初步设计均已编制完成; a 请示's 尚缺资金720万元, 中心现有在编人员23人:
 * the testers 18 of 19). */
static const char *const present_words[] = {"已", "尚缺口", "尚缺", "现有"};
/* A yearly average over a span (年均, 平均每年). */
static const char *const per_year[] = {"年均", "平均每年"};
/* Periods that point ahead or back by themselves. */
static const char *const period_ahead[] = {"明年"};
static const char *const period_since[] = {"以来"};

/* Sentence ends (a cue holds to them) and clause ends (a CLAUSE cue holds
 * to them; 、 joins the members of one list, so it ends nothing). */
static const uint32_t sentence_ends[] = {0x3002, 0xFF01, 0xFF1F, '!', '?'};
static const uint32_t clause_ends[] = {0xFF0C, ',', 0xFF1B, ';', 0xFF1A, ':'};
static const uint32_t part_ends[] = {0xFF1B, ';'};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ---- matching ------------------------------------------------------------- */
/* True when the character cp at byte i ends a clause: a ， or ； — but not
 * the comma grouping digits (4,860箱), which a report writes inside one
 * number; taken for a clause end it cut the 累计 of 累计投放4,860箱，其中… */
static bool clause_end_at(const char *p, size_t n, size_t i, uint32_t cp)
{
	if (!label_cp_in(cp, clause_ends, N(clause_ends)))
		return false;
	return (cp != ',' && cp != ';') || is_ascii_clause_mark_at(p, n, i);
}

/* True when the 由 or 从 of a from … to … starts at byte i (not 由于, 自由). */
static bool from_at(const char *p, size_t n, size_t i)
{
	size_t l = gw_lex_prefix(GW_LEX_FROM, p + i, n - i);
	return l && !gw_lex_prefix(GW_LEX_FROM_AFTER, p + i + l, n - i - l) &&
	       !(i >= 3 && gw_lex_prefix(GW_LEX_FROM_BEFORE, p + i - 3, 3));
}

/* Start of the sentence holding byte a, at most LOOKBACK bytes back. */
static size_t sentence_start(const char *p, size_t a)
{
	size_t s = a, lim = a > LOOKBACK ? a - LOOKBACK : 0;
	while (s > lim && !label_cp_in(cp_before(p, s), sentence_ends, N(sentence_ends)))
		s = prev_start(p, s);
	while (s > 0 && ((unsigned char)p[s] & 0xC0) == 0x80)   /* the cap may cut a character */
		s++;
	return s;
}

/* The cue starting at byte i, or NULL. */
/* 将 + what is handled + a verb of turning it into something (更换为, 改为):
 * 将 as 把, no future (全年将高压钠灯更换为LED路灯6,480盏). */
static const char *const disposal_verbs[] = {"更换为", "改为", "改造为", "转为", "调整为", "精简为", "替换为"};
#define DISPOSAL_CHARS 16   /* most characters between 将 and the verb */

static bool disposal_follows(const char *p, size_t n, size_t i)
{
	size_t len;
	for (int c = 0; c < DISPOSAL_CHARS && i < n; c++, i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (clause_end_at(p, n, i, cp) || label_cp_in(cp, sentence_ends, N(sentence_ends)))
			return false;
		if (label_word_at(disposal_verbs, N(disposal_verbs), p, n, i))
			return true;
	}
	return false;
}

static const struct cue *cue_at(const char *p, size_t n, size_t i)
{
	for (size_t k = 0; k < N(cues); k++) {
		size_t l = strlen(cues[k].word);
		if (i + l > n || memcmp(p + i, cues[k].word, l))
			continue;
		if (label_word_at(not_cue_at, N(not_cue_at), p, n, i) ||
		    label_word_before(not_cue_before, N(not_cue_before), p, i + l))
			return NULL;
		if (!strcmp(cues[k].word, "将") &&
		    (is_digit_cp(cp_at(p, n, i + l, &(size_t){0})) || disposal_follows(p, n, i + l)))
			return NULL;   /* 将120户纳入, 将高压钠灯更换为LED路灯: 将 as 把 */
		return &cues[k];
	}
	return NULL;
}

static bool fronted(const char *p, size_t n, size_t from, size_t i);

/* The cue at byte i (of character cp) updates the scan's statuses;
 * returns its length, or 0 when none starts there. */
static size_t take_cue(gw_status_scan *sc, const char *p, size_t n, size_t i, uint32_t cp)
{
	if (!label_cp_in(cp, sc->cue_firsts.cp, sc->cue_firsts.n))
		return 0;
	const struct cue *c = cue_at(p, n, i);
	if (!c)
		return 0;
	if (c->status == GW_STATUS_ACTUAL)   /* in a list of targets 实际 names a figure (实际到位资金) */
		for (int k = CLAUSE; k <= (sc->target_list ? PART : SENTENCE); k++)
			sc->cue_status[k] = GW_STATUS_ACTUAL;
	else {
		/* a running total's span further in (…，近三年仅新增1名；二是…)
		 * holds to the end of its part only, as a period does */
		enum scope at = c->scope == SENTENCE && c->status == GW_STATUS_CUMULATIVE &&
					!fronted(p, n, sc->sentence_a, i) ? PART : c->scope;
		if (sc->cue_status[at] != GW_STATUS_TARGET)   /* a target holds */
			sc->cue_status[at] = c->status;
	}
	return strlen(c->word);
}


/* 由31座减少至27座: 由/从 a few characters before the number (no digit
 * between) and 至/到 + a digit a few characters after it, in its clause. */
static bool from_to_base(const char *p, size_t n, size_t a, size_t end)
{
	size_t i = a, len;
	bool from = false;
	for (int c = 0; c <= FROM_CHARS && i > 0 && !from; c++) {
		i = prev_start(p, i);
		uint32_t cp = cp_at(p, n, i, &len);
		if (is_digit_cp(cp)) {   /* a date may stand between: 由2020年底的41座 */
			size_t ds = i;
			while (ds > 0 && is_digit_cp(cp_before(p, ds)))
				ds = prev_start(p, ds);
			if (label_date_atom(p, n, ds) == ds)
				return false;
			i = ds;
			continue;
		}
		if (clause_end_at(p, n, i, cp) || label_cp_in(cp, sentence_ends, N(sentence_ends)))
			return false;
		from = from_at(p, n, i);
	}
	if (!from)
		return false;
	i = end;
	for (int c = 0; c <= TO_CHARS && i < n; c++, i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (clause_end_at(p, n, i, cp) || label_cp_in(cp, sentence_ends, N(sentence_ends)))
			return false;
		size_t t = label_word_at(later_level_words, N(later_level_words), p, n, i), k = i + t;
		if (!t)
			continue;
		k += label_word_at(aspect, N(aspect), p, n, k);
		k = label_period_at(p, n, k);   /* 下降至今年的97批次 */
		k += label_word_at(local_after, N(local_after), p, n, k);
		if (is_digit_cp(cp_at(p, n, k, &(size_t){0})))
			return true;
	}
	return false;
}

/* True when the period p[i..e) opens its sentence (only spaces before it
 * from byte from): 截至6月底，… or 全年完成…；公路货运量… frames the whole
 * sentence, across its ；.  A period further in (深化改革，全年审批…；)
 * holds to the end of its part only, and then the sentence's opening one
 * holds again (2026年，…，全年完成…；改造… is 2026年). */
static bool fronted(const char *p, size_t n, size_t from, size_t i)
{
	size_t len;
	for (size_t k = from; k < i; k += len)
		if (!gw_is_space(cp_at(p, n, k, &len)))
			return false;
	return true;
}

/* Where the 的 after a time ends when a short verb stands between them
 * (当年立案的案件, 2005年以前建成的办公楼, 占全年超标天数的比例): the time
 * then dates the things of a noun, not the figure; else 0. */
static size_t relative_end(const char *p, size_t n, size_t e)
{
	size_t len, i = e;
	for (int c = 0; c <= RELATIVE_CHARS && i < n; c++, i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (c > 0 && label_word_at(local_after, N(local_after), p, n, i))
			return i + len;
		if (cp < 0x4E00 || cp > 0x9FFF)
			return 0;
	}
	return 0;
}

/* True when a 和 or 及 before byte i joins a time to a thing, not to
 * another time (the last time met ends right before the 和). */
static bool joins_thing(const gw_status_scan *sc, const char *p, size_t i)
{
	if (!label_word_before(list_joins, N(list_joins), p, i))
		return false;
	size_t j = prev_start(p, i);
	return sc->period_b != j && sc->local_b != j;
}

/* True when a time word at p[i..e) starts inside a word the segmenter
 * reads around it: 项目|前期 holds no 目前, 一年内 no 年内 (but 下降至今年的
 * is 至 + 今年, whatever the dictionary's 至今 says). */
static bool inside_word(const char *p, size_t n, size_t i, size_t e)
{
	if (label_word_before(to_words, N(to_words), p, i))
		return false;
	size_t ws = i, we = e, len;
	for (int c = 0; c < 4 && ws > 0; c++)
		ws = prev_start(p, ws);
	for (int c = 0; c < 2 && we < n; c++, we += len)
		cp_at(p, n, we, &len);
	/* …nor ends inside one: 全年级参考学生 is no 全年 */
	return !gw_seg_boundary(p + ws, we - ws, i - ws) || !gw_seg_boundary(p + ws, we - ws, e - ws);
}

/* True when a verb of founding ends the clause right after the time
 * ending at byte e. */
static bool founded_then(const char *p, size_t n, size_t e)
{
	size_t l = label_word_at(founded_after, N(founded_after), p, n, e), len;
	return l && clause_end_at(p, n, e + l, cp_at(p, n, e + l, &len));
}

/* A period starting at byte i (of character cp) and ending by byte a
 * becomes the scan's period unless it is a comparison base; returns its
 * length, or 0 when none starts there. */
static size_t take_period(gw_status_scan *sc, const char *p, size_t n, size_t i, uint32_t cp, size_t a)
{
	if (!is_digit_cp(cp) && !label_cp_in(cp, sc->period_firsts.cp, sc->period_firsts.n) && !label_opens_clause(p, i))
		return 0;
	if (i > 0 && is_digit_cp(cp_before(p, i)))
		return 0;
	size_t e = label_period_at(p, n, i), l;
	if (e == i || e > a || (!is_digit_cp(cp) && inside_word(p, n, i, e)))
		return 0;
	if (i >= 3 && !memcmp(p + i - 3, "（", 3) && sc->period_b && sc->period_b == i - 3)
		return e - i;   /* 严寒期（1月5日至1月24日）: the dates say when the period was */
	if (label_word_before(compare_before, N(compare_before), p, i) || label_word_before(founded_before, N(founded_before), p, i) ||
	    founded_then(p, n, e) || label_word_at(noun_after, N(noun_after), p, n, e) || joins_thing(sc, p, i))
		return e - i;
	l = label_word_at(local_after, N(local_after), p, n, e);
	if (!l && (l = label_word_at(local_before_number, N(local_before_number), p, n, e)) &&
	    !is_digit_cp(cp_at(p, n, e + l, &(size_t){0})))
		l = 0;
	size_t rel = l ? 0 : relative_end(p, n, e);
	if (l || rel) {   /* the next number's own time, if one follows close */
		sc->local_a = i;
		sc->local_b = e;
		sc->local_next = l ? e + l : rel;
		return e - i;
	}
	bool front = fronted(p, n, sc->sentence_a, i);
	if (e > i + 3 && !memcmp(p + i, "在", 3))
		i += 3;   /* 在“安全生产月”期间: the preposition is no part of the time */
	sc->period_a = i;
	sc->period_b = e;
	if (front) {
		sc->front_a = i;
		sc->front_b = e;
	}
	/* A new time starts a new count: 累计归集12.7亿条，其中今年新增4.3亿条. */
	for (int k = CLAUSE; k <= SENTENCE; k++)
		if (sc->cue_status[k] == GW_STATUS_CUMULATIVE)
			sc->cue_status[k] = GW_STATUS_ACTUAL;
	return e - i;
}

/* Starts scanning p at the sentence holding byte a. */
static void scan_reset(gw_status_scan *sc, const char *p, size_t n, size_t a)
{
	memset(sc, 0, sizeof *sc);
	sc->p = p;
	sc->n = n;
	sc->pos = sc->sentence_a = sentence_start(p, a);
	for (int k = CLAUSE; k <= SENTENCE; k++)
		sc->cue_status[k] = GW_STATUS_ACTUAL;
	for (size_t k = 0; k < N(cues); k++)
		label_firsts_add(&sc->cue_firsts, cues[k].word);
	label_period_firsts(&sc->period_firsts);
}

/* What the cues met say: a target at any scope, else a running total. */
static gw_ind_status cue_verdict(const gw_status_scan *sc)
{
	gw_ind_status v = GW_STATUS_ACTUAL;
	for (int k = CLAUSE; k <= SENTENCE; k++) {
		if (sc->cue_status[k] == GW_STATUS_TARGET)
			return GW_STATUS_TARGET;
		if (sc->cue_status[k] != GW_STATUS_ACTUAL)
			v = sc->cue_status[k];
	}
	return v;
}

/* A clause ending in ：after a target cue opens a list of targets
 * (拟通过以下渠道解决：争取…1,800万元；使用…1,260万元; 主要目标是：全年…；
 * 实际到位资金210亿元以上；…): the cue then holds to the end of the
 * sentence, a result cue in it (实际) notwithstanding. */
static void open_list(gw_status_scan *sc, uint32_t cp)
{
	if ((cp == 0xFF1A || cp == ':') && cue_verdict(sc) == GW_STATUS_TARGET) {
		sc->cue_status[SENTENCE] = GW_STATUS_TARGET;
		sc->target_list = true;
	}
}

/* Reads p from where the scan stopped up to byte a: sentence and clause
 * ends clear what they end, cues and periods are taken as met.  Words
 * are not looked for inside a cue or a period already taken. */
static void scan_to(gw_status_scan *sc, const char *p, size_t n, size_t a)
{
	size_t len;
	for (size_t i = sc->pos; i < a; i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (label_cp_in(cp, sentence_ends, N(sentence_ends))) {
			for (int k = CLAUSE; k <= SENTENCE; k++)
				sc->cue_status[k] = GW_STATUS_ACTUAL;
			sc->period_a = sc->period_b = sc->local_a = sc->local_b = 0;
			sc->front_a = sc->front_b = 0;
			sc->target_list = false;
			sc->sentence_a = i + len;
			continue;
		}
		if (clause_end_at(p, n, i, cp)) {
			open_list(sc, cp);
			if (!label_word_at(part_goes_on, N(part_goes_on), p, n, i + len))
				sc->cue_status[CLAUSE] = GW_STATUS_ACTUAL;
			if (label_cp_in(cp, part_ends, N(part_ends))) {
				sc->cue_status[PART] = GW_STATUS_ACTUAL;
				if (!label_word_at(part_goes_on, N(part_goes_on), p, n, i + len)) {
					sc->period_a = sc->front_a;
					sc->period_b = sc->front_b;
				}
			}
			continue;
		}
		if (i >= sc->period_end) {
			size_t l = take_period(sc, p, n, i, cp, a);
			sc->period_end = i + l;
		}
		if (i >= sc->cue_end) {
			size_t l = take_cue(sc, p, n, i, cp);
			sc->cue_end = i + l;
		}
	}
	if (a > sc->pos)
		sc->pos = a;
}

/* What the period alone says: a later year or 明年 → 目标, an earlier year
 * with 以来 or a span of years (近3年) → 累计, else ACTUAL (it says nothing). */
static gw_ind_status period_status(const char *p, size_t a, size_t b, int year)
{
	if (b > a && label_span_atom(p, b, a) > a)
		return GW_STATUS_CUMULATIVE;
	bool later = false, earlier = false, since = false;
	size_t len, end;
	unsigned v;
	for (size_t i = a; i < b; i += len) {
		cp_at(p, b, i, &len);
		if (gw_lex_prefix(GW_LEX_AFTER_DONE, p + i, b - i) == b - i)
			later = true;
		if (label_word_at(period_ahead, N(period_ahead), p, b, i))
			later = true;
		if (label_word_at(period_since, N(period_since), p, b, i))
			since = true;
		if ((i == a || !is_digit_cp(cp_before(p, i))) && label_digits_at(p, b, i, &v, &end) == 4 &&
		    end + 3 <= b && !memcmp(p + end, "年", 3) && year > 0) {
			later |= (int)v > year;
			earlier |= (int)v < year;
		}
	}
	return later ? GW_STATUS_TARGET : (since && earlier) ? GW_STATUS_CUMULATIVE : GW_STATUS_ACTUAL;
}

/* 其余5座将于12月底前完成: a target word right after the quantity or a
 * future cue later in its clause; the time that cue names (12月底前) is
 * when the target falls due, so it is the figure's period: *due_a..*due_b
 * (left alone when none is named). */
static bool target_after_number(const char *p, size_t n, size_t end, size_t *due_a, size_t *due_b)
{
	if (label_word_at(target_after, N(target_after), p, n, end))
		return true;
	size_t len, l;
	for (size_t i = end; i < n; i += len) {
		uint32_t cp = cp_at(p, n, i, &len);
		if (clause_end_at(p, n, i, cp) || label_cp_in(cp, sentence_ends, N(sentence_ends)))
			return false;
		if ((l = label_word_at(target_later, N(target_later), p, n, i))) {
			size_t e = label_period_at(p, n, i + l);
			if (e > i + l) {
				*due_a = i + l;
				*due_b = e;
			}
			return true;
		}
	}
	return false;
}

/* True when text holds a word of list that no longer word makes no cue
 * (not_cue_at, not_cue_before: 抓好计划用水管理 names no plan). */
static bool names_any(const char *text, const char *const *list, size_t count)
{
	size_t n = text ? strlen(text) : 0, len, l;
	for (size_t i = 0; i < n; i += len) {
		cp_at(text, n, i, &len);
		if ((l = label_word_at(list, count, text, n, i)) && !label_word_at(not_cue_at, N(not_cue_at), text, n, i) &&
		    !label_word_before(not_cue_before, N(not_cue_before), text, i + l))
			return true;
	}
	return false;
}

/* True when text names a word of plan and none of review. */
static bool names_plan(const char *text, const char *const *plan, size_t n_plan, const char *const *review,
		       size_t n_review)
{
	return names_any(text, plan, n_plan) && !names_any(text, review, n_review);
}

/* The last "YYYY年" in s (2026—2027年 → 2027), or 0. */
static int last_year_in(const char *s)
{
	size_t n = strlen(s), len, end;
	unsigned v;
	int last = 0;
	for (size_t i = 0; i < n; i += len) {
		cp_at(s, n, i, &len);
		if ((i == 0 || !is_digit_cp(cp_before(s, i))) && label_digits_at(s, n, i, &v, &end) == 4 && v >= 1900 &&
		    v <= 2100 && end + 3 <= n && !memcmp(s + end, "年", 3))
			last = (int)v;
	}
	return last;
}

bool gw_status_plan_heading(const char *heading, int year)
{
	if (!heading || names_any(heading, review_heading, N(review_heading)))
		return false;   /* 2027年一季度完成情况 looks back */
	return names_any(heading, plan_heading, N(plan_heading)) || (year && last_year_in(heading) > year);
}

bool gw_status_review_heading(const char *heading, int year)
{
	int last = heading ? last_year_in(heading) : 0;
	return heading && (names_any(heading, review_heading, N(review_heading)) || (year && last && last < year));
}

bool gw_status_plan_title(const char *title)
{
	return names_plan(title, plan_title, N(plan_title), review_title, N(review_title));
}

/* True when the clause holding byte i says it is done: 已 before or after
 * the figure (均已编制完成, 已建成). */
static bool bounds_clause(uint32_t cp)
{
	return label_cp_in(cp, clause_ends, N(clause_ends)) || label_cp_in(cp, sentence_ends, N(sentence_ends));
}

static bool clause_says_done(const char *p, size_t n, size_t i)
{
	size_t a = i, b = i, len;
	while (a > 0 && !bounds_clause(cp_before(p, a)))
		a = prev_start(p, a);
	while (b < n && !bounds_clause(cp_at(p, n, b, &len)))
		b += len;
	for (size_t i = a; i < b; i += len) {   /* a word of its own: not 实现|有 */
		cp_at(p, n, i, &len);
		size_t l = label_word_at(present_words, N(present_words), p, b, i);
		if (l && gw_seg_boundary(p + a, b - a, i - a) && gw_seg_boundary(p + a, b - a, i + l - a))
			return true;
	}
	return false;
}

/* True when the number at byte a is the later level of a 由…到/至 in its
 * clause (由9,600平方米扩大到1.25万平方米: the 1.25万). */
static bool from_to_level(const char *p, size_t n, size_t a)
{
	size_t i = a, len;
	bool to = false;
	for (int c = 0; c <= 2 * FROM_CHARS && i > 0; c++) {
		i = prev_start(p, i);
		uint32_t cp = cp_at(p, n, i, &len);
		if (clause_end_at(p, n, i, cp) || label_cp_in(cp, sentence_ends, N(sentence_ends)))
			return false;
		if (!to)   /* 细化为1,468个, 扩大到了30个 */
			to = c <= 3 && label_word_at(later_level_words, N(later_level_words), p, n, i);
		else if (from_at(p, n, i))
			return true;
		if (!to && c >= 2)
			return false;
	}
	return false;
}

/* True when the number at byte a is a yearly average over its span (近三年
 * …年均约1,137人次: a year's, no sum; the testers 7 of 7), not a yearly
 * growth (年均增长7%, summed over the span like 累计). */
static bool yearly_average(const char *p, size_t n, size_t a)
{
	size_t i = a, len, l;
	while (i > 0 && !bounds_clause(cp_before(p, i)))
		i = prev_start(p, i);
	for (; i < a; i += len) {
		cp_at(p, n, i, &len);
		if ((l = label_word_at(per_year, N(per_year), p, n, i)))
			return i + l > a || (!gw_lex_prefix(GW_LEX_UP, p + i + l, a - i - l) &&
					     !gw_lex_prefix(GW_LEX_DOWN, p + i + l, a - i - l));
	}
	return false;
}

gw_ind_status gw_status_of(gw_status_scan *sc, const char *p, size_t n, size_t num_a, size_t end,
			   int year, bool plan, size_t *period_a, size_t *period_b)
{
	if (sc->p != p || sc->n != n || num_a < sc->pos)
		scan_reset(sc, p, n, num_a);
	scan_to(sc, p, n, num_a);
	bool local = sc->local_b > sc->local_a && num_a >= sc->local_next &&
		     num_a - sc->local_next <= LOCAL_GAP;
	*period_a = local ? sc->local_a : sc->period_a;
	*period_b = local ? sc->local_b : sc->period_b;
	if (from_to_base(p, n, num_a, end)) {
		/* the earlier level: of its own time (由上年的6.3条) or of none —
		 * the sentence's time is when the later level was reached */
		if (!local)
			*period_a = *period_b;
		return GW_STATUS_BASE;
	}
	if (label_word_before(base_before, N(base_before), p, num_a))
		return GW_STATUS_BASE;
	bool due = target_after_number(p, n, end, period_a, period_b);
	gw_ind_status by_cue = cue_verdict(sc);
	gw_ind_status by_period = period_status(p, *period_a, *period_b, year);
	if (by_cue == GW_STATUS_TARGET || by_period == GW_STATUS_TARGET || due)
		return GW_STATUS_TARGET;
	/* A level at a time of its own (提高到目前的1.31平方米) is no running total,
	 * nor is the level a 由…到 reaches under a span's head (“十四五”以来，
	 * 校舍面积由9,600平方米扩大到1.25万平方米), unless its clause says 累计. */
	bool level = sc->cue_status[CLAUSE] != GW_STATUS_CUMULATIVE && from_to_level(p, n, num_a);
	if (((by_cue == GW_STATUS_CUMULATIVE && !local) || by_period == GW_STATUS_CUMULATIVE) && !level &&
	    !yearly_average(p, n, num_a))
		return GW_STATUS_CUMULATIVE;
	/* a plan's section may say what is done already (14座水库的初步设计均已编制完成) */
	return plan && !clause_says_done(p, n, num_a) ? GW_STATUS_TARGET : GW_STATUS_ACTUAL;
}

/* ---- the report's year ------------------------------------------------------ */

/* The first "YYYY年" in s (with its month in *month, 0 when none follows), or 0. */
static int year_in(const char *s, int *month)
{
	size_t n = strlen(s), len, end, end2;
	unsigned v, m;
	*month = 0;
	for (size_t i = 0; i < n; i += len) {
		cp_at(s, n, i, &len);
		if ((i > 0 && is_digit_cp(cp_before(s, i))) || label_digits_at(s, n, i, &v, &end) != 4 ||
		    end + 3 > n || memcmp(s + end, "年", 3) || v < 1900 || v > 2100)
			continue;
		if (label_digits_at(s, n, end + 3, &m, &end2) && m >= 1 && m <= 12 && end2 + 3 <= n &&
		    !memcmp(s + end2, "月", 3))
			*month = (int)m;
		return (int)v;
	}
	return 0;
}

/* A dated line's year looked back on: January and February review the year before. */
static int dated_year(const char *s)
{
	int month, y = s ? year_in(s, &month) : 0;
	if (!y || !month)
		return 0;
	return month <= 2 ? y - 1 : y;
}

int gw_status_report_year(const gw_report *r)
{
	int y, month;
	for (size_t i = 0; i < r->signature.n; i++)
		if ((y = dated_year(r->signature.items[i])))
			return y;
	for (size_t i = 0; i < r->bylines.n; i++)
		if ((y = dated_year(r->bylines.items[i])))
			return y;
	if (r->imprint && (y = dated_year(r->imprint->printed_on)))
		return y;
	if (r->subtitle && (y = dated_year(r->subtitle)))
		return y;
	return r->title ? year_in(r->title, &month) : 0;
}
