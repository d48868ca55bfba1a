/*
 * test_status.c — what each indicator's number is and when
 * (converter/read/label_status.c): the examples of tests/spec/status.txt
 * read through gw_read_text (paragraph → status and period of every
 * quantity), and the report's year from its signature, bylines and title.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "model/report.h"
#include "read/label_status.h"
#include "read/read.h"

#define FENCE "````````````````````````````````"
#define MAX_EXAMPLES 64
#define MAX_LINES 8

struct example {
	int year;                  /* signature year, 0: the title gives 2023 */
	bool plan;                 /* under 二、2024年工作打算 */
	char para[1024];
	char want[MAX_LINES][256]; /* "TEXT → STATUS PERIOD" */
	size_t n_want;
	size_t line;
};

static void chomp(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

static size_t read_spec(struct example *ex, size_t cap)
{
	char path[1024], line[2048];
	snprintf(path, sizeof path, "%s/spec/status.txt", gw_tests_dir());
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	size_t n = 0, lineno = 0;
	int part = 0;   /* 0 outside, 1 paragraph, 2 expected */
	while (fgets(line, sizeof line, f)) {
		lineno++;
		chomp(line);
		if (part == 0 && !strncmp(line, FENCE " example ", strlen(FENCE " example "))) {
			assert_true(n < cap);
			memset(&ex[n], 0, sizeof ex[n]);
			const char *y = strstr(line, " year ");
			ex[n].year = y ? atoi(y + 6) : 0;
			ex[n].plan = strstr(line, " plan") != NULL;
			ex[n].line = lineno;
			part = 1;
		} else if (part == 1 && !strcmp(line, ".")) {
			part = 2;
		} else if (part == 1) {
			assert_int_equal(ex[n].para[0], '\0');
			assert_true(strlen(line) < sizeof ex[n].para);
			strcpy(ex[n].para, line);
		} else if (part == 2 && !strcmp(line, FENCE)) {
			n++;
			part = 0;
		} else if (part == 2) {
			assert_true(ex[n].n_want < MAX_LINES && strlen(line) < sizeof ex[n].want[0]);
			strcpy(ex[n].want[ex[n].n_want++], line);
		}
	}
	fclose(f);
	assert_int_equal(part, 0);
	return n;
}

/* Reads text as a report; caller frees. */
static gw_report *read_report(const char *text)
{
	gw_read_opts o = {.name = "status.txt", .extract_indicators = 1};
	gw_report *r = NULL;
	gw_diag d = {0};
	assert_int_equal(gw_read_text((const unsigned char *)text, strlen(text), &o, &r, &d), GW_OK);
	return r;
}

static gw_report *read_example(const struct example *ex)
{
	char text[1400];
	if (ex->plan)
		snprintf(text, sizeof text, "县某局2023年工作总结\n一、主要工作\n全年完成投资5亿元。\n"
			 "二、存在的问题和下一步打算\n执法人员仅52人。\n三、2024年工作打算\n%s\n", ex->para);
	else if (ex->year)
		snprintf(text, sizeof text, "县某局工作总结\n一、主要工作\n%s\n县某局\n%d年1月5日\n", ex->para,
			 ex->year + 1);
	else
		snprintf(text, sizeof text, "县某局2023年工作总结\n一、主要工作\n%s\n", ex->para);
	return read_report(text);
}

static void test_examples(void **state)
{
	(void)state;
	struct example *ex = calloc(MAX_EXAMPLES, sizeof *ex);
	assert_non_null(ex);
	size_t n = read_spec(ex, MAX_EXAMPLES), failed = 0;
	assert_true(n >= 15);
	for (size_t i = 0; i < n; i++) {
		gw_report *r = read_example(&ex[i]);
		/* a plan example: the first two figures are the result and the review's fact */
		size_t skip = ex[i].plan ? 2 : 0;
		bool ok = r->n_indicators == ex[i].n_want + skip;
		if (ex[i].plan && ok)
			ok = r->indicators[0].status == GW_STATUS_ACTUAL && r->indicators[1].status == GW_STATUS_ACTUAL;
		char got[MAX_LINES][256];
		for (size_t k = 0; k + skip < r->n_indicators && k < MAX_LINES; k++) {
			const gw_indicator *in = &r->indicators[k + skip];
			const char *st = gw_ind_status_name(in->status);
			snprintf(got[k], sizeof got[k], "%s%s → %s %s", in->text, in->unit, st ? st : "null",
				 in->period ? in->period : "-");
			ok = ok && !strcmp(got[k], ex[i].want[k]);
		}
		if (!ok) {
			failed++;
			printf("status.txt:%zu: %s\n", ex[i].line, ex[i].para);
			for (size_t k = 0; k + skip < r->n_indicators && k < MAX_LINES; k++)
				printf("  got %s\n", got[k]);
		}
		gw_report_free(r);
	}
	free(ex);
	assert_int_equal(failed, 0);
}

/* Every status of the vocabulary has an example (a rule nobody shows is a rule nobody checks). */
static void test_every_status_shown(void **state)
{
	(void)state;
	struct example *ex = calloc(MAX_EXAMPLES, sizeof *ex);
	assert_non_null(ex);
	size_t n = read_spec(ex, MAX_EXAMPLES);
	static const char *const names[] = {"实绩", "目标", "基期", "累计"};
	for (size_t s = 0; s < 4; s++) {
		bool found = false;
		for (size_t i = 0; i < n && !found; i++)
			for (size_t k = 0; k < ex[i].n_want && !found; k++)
				found = strstr(ex[i].want[k], names[s]) != NULL;
		if (!found)
			fail_msg("no example in status.txt gives %s", names[s]);
	}
	free(ex);
}

/* The year looked back on: a signature date in January or February is the
 * year before, a later month the same year; else the title's first year. */
static void test_report_year(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		int year;
	} cases[] = {
		{"县某局工作总结\n一、工作\n完成投资5亿元。\n县某局\n2024年1月8日\n", 2023},
		{"县某局工作总结\n一、工作\n完成投资5亿元。\n县某局\n2023年12月20日\n", 2023},
		{"县某局2022年工作总结和2023年工作计划\n一、工作\n完成投资5亿元。\n", 2022},
		{"县某局工作总结\n一、工作\n完成投资5亿元。\n", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_report *r = read_report(cases[i].text);
		assert_int_equal(gw_status_report_year(r), cases[i].year);
		gw_report_free(r);
	}
}

/* The rules look back one sentence at most and never past the paragraph:
 * a target cue in the sentence before does not reach the number. */
static void test_scope(void **state)
{
	(void)state;
	const char *p = "力争全年增长6%。完成投资5亿元，已于年初开工。";
	size_t a = strstr(p, "5亿") - p, pa, pb;
	gw_status_scan sc = {0};
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("5亿元"), 2023, false, &pa, &pb), GW_STATUS_ACTUAL);
	assert_int_equal(pa, pb);
	a = strstr(p, "6%") - p;
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + 2, 2023, false, &pa, &pb), GW_STATUS_TARGET);
	assert_int_equal(pb - pa, strlen("全年"));
	assert_int_equal(gw_status_of(&sc, "12个", 5, 0, 5, 0, false, &pa, &pb), GW_STATUS_ACTUAL);
}

/* A title naming a plan of work makes every section a plan section (its
 * figures are targets), the preamble that looks back excepted; a title
 * that also reviews the year, or asks for money (申请安排), does not. */
static void test_plan_title(void **state)
{
	(void)state;
	static const struct {
		const char *title;
		const char *want;  /* status of 5亿元 (preamble), then of 12个 (section) */
	} cases[] = {
		{"县某局2024年工作计划", "实绩 目标"},
		{"县某局2024年工作要点", "实绩 目标"},
		{"县某局2023年工作总结和2024年工作计划", "实绩 实绩"},
		{"县某局关于申请安排2024年配套资金的请示", "实绩 实绩"},
		{"县某局2023年工作总结", "实绩 实绩"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char text[512], got[64];
		snprintf(text, sizeof text, "%s\n\n上年完成投资5亿元。\n\n一、城市更新\n\n改造老旧小区12个。\n",
			 cases[i].title);
		gw_report *r = read_report(text);
		assert_int_equal(r->n_indicators, 2);
		snprintf(got, sizeof got, "%s %s", gw_ind_status_name(r->indicators[0].status),
			 gw_ind_status_name(r->indicators[1].status));
		if (strcmp(got, cases[i].want))
			fprintf(stderr, "%s: want %s, got %s\n", cases[i].title, cases[i].want, got);
		assert_string_equal(got, cases[i].want);
		gw_report_free(r);
	}
}

/* A level-1 heading names a plan by its words, or by a time after the
 * report's year that it does not review (供暖季准备工作 for the next season). */
static void test_plan_heading(void **state)
{
	(void)state;
	assert_true(gw_status_plan_heading("三、2027年工作打算", 2026));
	assert_true(gw_status_plan_heading("四、2026—2027年供暖季准备工作", 2026));
	assert_false(gw_status_plan_heading("一、2025—2026年供暖季运行基本情况", 2026));
	assert_false(gw_status_plan_heading("二、2027年一季度完成情况", 2026));
	assert_false(gw_status_plan_heading("四、2026—2027年供暖季准备工作", 0));
	assert_false(gw_status_plan_heading("一、主要工作成效", 2026));
	/* a 请示's project and its money: what would be built */
	assert_true(gw_status_plan_heading("三、项目建设内容和资金需求", 2026));
	assert_true(gw_status_plan_heading("二、项目内容", 0));
	assert_false(gw_status_plan_heading("一、项目建设情况", 2026));
	assert_true(gw_status_plan_heading("三、经费测算", 0));
	assert_true(gw_status_plan_heading("四、请示事项", 0));
	assert_true(gw_status_plan_heading("三、资金测算和申请事项", 0));
	assert_false(gw_status_plan_heading("二、项目基本情况", 0));
	/* 计划用水 is a water office's quota system, no plan */
	assert_false(gw_status_plan_heading("一、坚持以身作则，抓好计划用水管理", 2026));
	/* in a document titled as a plan, a section looking back is none */
	assert_true(gw_status_review_heading("一、2026年工作简要回顾", 2027));
	assert_true(gw_status_review_heading("一、2026年主要工作", 2027));
	assert_true(gw_status_review_heading("四、存在的问题", 0));
	assert_false(gw_status_review_heading("二、2027年主要目标", 2027));
	assert_false(gw_status_review_heading("三、重点任务", 2027));
	assert_false(gw_status_review_heading(NULL, 2027));
}

/* The period of the figure in each paragraph: an event's span with the
 * time or name before it (冬春 + 农闲期间, a quoted name, …期内), a season
 * before its verb but not before the noun it qualifies, no founding date. */
static void test_event_periods(void **state)
{
	(void)state;
	static const struct {
		const char *para, *figure, *period;
	} cases[] = {
		{"冬春农闲期间，新修梯田1.26万亩。", "1.26万亩", "冬春农闲期间"},
		{"4月爱国卫生月期间，清理点位2,380处。", "2,380处", "4月爱国卫生月期间"},
		{"“**马拉松”赛事期间，派出车辆8辆次。", "8辆次", "“**马拉松”赛事期间"},
		{"禁渔期内开展巡查52次。", "52次", "禁渔期内"},
		{"春节、重阳节期间，走访老干部860人次。", "860人次", "春节、重阳节期间"},
		{"“99公益日”期间，筹款386万元。", "386万元", "“99公益日”期间"},
		{"秋季开展技能培训12期。", "12期", "秋季"},
		{"夏季臭氧超标天数占比58%。", "58%", ""},
		{"登记平台建于2017年，自助终端仅有4台。", "4台", ""},
		/* a time word inside a word is none (项目|前期, 一年内), nor 至今 */
		{"全年办理项目前期手续36件。", "36件", "全年"},
		{"二是一年内到期债务达到23.5亿元。", "23.5亿元", ""},
		{"群众来访由2024年的186批次下降至今年的97批次。", "97批次", "今年"},
		{"汛前排查易涝点63处。", "63处", "汛前"},
		{"暑假开办“四点半课堂”40天。", "40天", "暑假"},
		{"项目建成后，签约率每年提高5个百分点。", "5个百分点", "项目建成后"},
		{"审计发现项目建成后资金闲置问题18个。", "18个", ""},
		{"第十五届全县农民运动会期间派出保障车辆12台。", "12台", "第十五届全县农民运动会期间"},
		{"“××马拉松”赛事期间派出保障车辆12台。", "12台", "“××马拉松”赛事期间"},
		{"在“安全生产月”期间，组织观摩会3场。", "3场", "“安全生产月”期间"},
		{"在“安全生产月”期间，组织观摩会3场；检查塔吊326台。", "326台", "“安全生产月”期间"},
		{"汛期前后对12台提升泵进行检修。", "12台", "汛期前后"},
		/* holidays and seasons of work open a clause like 汛期 */
		{"国庆假期开通旅游专线3条。", "3条", "国庆假期"},
		{"春节前后收缴非法烟花爆竹约1.6吨。", "1.6吨", "春节前后"},
		{"冬春季节开展村庄清洁行动4轮。", "4轮", "冬春季节"},
		{"春秋两季集中免疫畜禽11.6万头。", "11.6万头", "春秋两季"},
		{"一是季节性供血矛盾突出，献血人数下降6.2%。", "6.2%", ""},
		{"组织春节慰问活动12场。", "12场", ""},
		/* a season after another time, and the festivals' own names */
		{"今年秋季招收七年级新生620人。", "620人", "今年秋季"},
		{"国庆节前开展安全检查12次。", "12次", "国庆节前"},
		/* a time word that ends inside a word is none (全年级) */
		{"全年级参考学生598人。", "598人", ""},
		/* 现在 like 目前 (heldout25's and heldout27's testers) */
		{"现在座席一共320个。", "320个", "现在"},
		/* a date its thing was founded or opened on frames nothing after it */
		{"地铁1号线于2016年12月开通运营，线路全长28.6公里。", "28.6公里", ""},
		{"服务站2021年建成运营，设床位24张。", "24张", ""},
		{"2026年成立合作社5个。", "5个", "2026年"},
		/* month 份, a season's 学期, a river's season, a holiday's length */
		{"12月份力争贷款余额突破410亿元。", "410亿元", "12月份"},
		{"今年秋季学期送教上门儿童14名。", "14名", "今年秋季学期"},
		{"今年夏秋季共开展防雹作业63次。", "63次", "今年夏秋季"},
		{"2026年枯水期最小维护水深仅1.6米。", "1.6米", "2026年枯水期"},
		{"春运40天保障旅客21.4万人次。", "21.4万人次", "春运40天"},
		{"国庆7天假期处理紧急报修40多起。", "40多起", "国庆7天假期"},
		{"“五一”假期5天运送旅客19.8万人次。", "19.8万人次", "“五一”假期5天"},
		/* 份 only after a month and as a word; 冬春季 before 冬春 */
		{"2026年份额占比达到35%。", "35%", "2026年"},
		{"2026年冬春季开展培训12场。", "12场", "2026年冬春季"},
		{"冬春季节开展村庄清洁行动4轮。", "4轮", "冬春季节"},
		/* 在 inside a word (存在) starts no span */
		{"存在问题整改期间，共整改问题12个。", "12个", "存在问题整改期间"},
		/* no ordinal, nor what is asked before 在, opens the span */
		{"三是恳请在项目实施期间每年安排补助50万元。", "50万元", "项目实施期间"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *p = cases[i].para;
		size_t a = strstr(p, cases[i].figure) - p, pa, pb;
		gw_status_scan sc = {0};
		gw_status_of(&sc, p, strlen(p), a, a + strlen(cases[i].figure), 2026, false, &pa, &pb);
		char got[128];
		snprintf(got, sizeof got, "%.*s", (int)(pb - pa), p + pa);
		if (strcmp(got, cases[i].period))
			fprintf(stderr, "%s: want [%s], got [%s]\n", p, cases[i].period, got);
		assert_string_equal(got, cases[i].period);
	}
}

/* In a plan section, a clause that says it is done already (已) is a result. */
static void test_done_in_plan(void **state)
{
	(void)state;
	const char *p = "扩建骨灰堂1栋，8座泵站的设计均已完成。";
	size_t pa, pb, a = strstr(p, "1栋") - p;
	gw_status_scan sc = {0};
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("1栋"), 2026, true, &pa, &pb), GW_STATUS_TARGET);
	a = strstr(p, "8座") - p;
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("8座"), 2026, true, &pa, &pb), GW_STATUS_ACTUAL);
}

/* The status of the quantity written `q` in p, read in order with sc
 * (2026's report; in a plan section when plan). */
static gw_ind_status status_in(gw_status_scan *sc, const char *p, const char *q, bool plan)
{
	size_t pa, pb, a = (size_t)(strstr(p, q) - p);
	return gw_status_of(sc, p, strlen(p), a, a + strlen(q), 2026, plan, &pa, &pb);
}

/* ... and so is what it says is there now: a 请示's shortfall, its staff. */
static void test_present_in_plan(void **state)
{
	(void)state;
	const char *p = "项目总投资900万元，尚缺资金720万元。中心现有在编人员23人。";
	gw_status_scan sc = {0};
	assert_int_equal(status_in(&sc, p, "900万元", true), GW_STATUS_TARGET);
	assert_int_equal(status_in(&sc, p, "720万元", true), GW_STATUS_ACTUAL);
	assert_int_equal(status_in(&sc, p, "23人", true), GW_STATUS_ACTUAL);
}

/* 将 + a thing + 更换为/改为: 将 as 把, no future. */
static void test_ba_construction(void **state)
{
	(void)state;
	const char *p = "全年将高压钠灯更换为LED路灯6,480盏。明年将新建幼儿园3所。";
	gw_status_scan sc = {0};
	size_t a = strstr(p, "6,480") - p, pa, pb;
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("6,480盏"), 2026, false, &pa, &pb),
			 GW_STATUS_ACTUAL);
	a = strstr(p, "3所") - p;
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("3所"), 2026, false, &pa, &pb),
			 GW_STATUS_TARGET);
}

/* 近三年 further in holds to the next ；, as a period does; fronted it holds
 * across the sentence; the later level of a 由…到 under it is a level. */
static void test_span_in_part(void **state)
{
	(void)state;
	const char *p = "一是人员不足，近三年仅新增1名；二是经费偏低，年度经费不足10万元。近三年，新增就业1,200人；培训600人次。";
	const char *nums[] = {"1名", "10万元", "1,200人", "600人次"};
	const gw_ind_status want[] = {GW_STATUS_CUMULATIVE, GW_STATUS_ACTUAL, GW_STATUS_CUMULATIVE, GW_STATUS_CUMULATIVE};
	gw_status_scan sc = {0};
	for (size_t i = 0; i < 4; i++) {
		size_t a = strstr(p, nums[i]) - p, pa, pb;
		assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen(nums[i]), 2026, false, &pa, &pb), want[i]);
	}
	/* the level a 由…到 reaches under such a head is a level, not a sum */
	const char *q = "“十四五”以来，校舍面积由9,600平方米扩大到1.25万平方米，累计投入资金860万元。";
	const char *qn[] = {"9,600", "1.25万", "860万"};
	const gw_ind_status qw[] = {GW_STATUS_BASE, GW_STATUS_ACTUAL, GW_STATUS_CUMULATIVE};
	gw_status_scan sq = {0};
	for (size_t i = 0; i < 3; i++) {
		size_t a = strstr(q, qn[i]) - q, pa, pb;
		assert_int_equal(gw_status_of(&sq, q, strlen(q), a, a + strlen(qn[i]), 2026, false, &pa, &pb), qw[i]);
	}
}

/* A goal named in quotation marks frames what was done: its 目标 is no cue
 * (a bare 目标 still makes a target). */
static void test_named_goal(void **state)
{
	(void)state;
	const char *p = "中心围绕“干净、整洁、有序”目标，全区测评得分92.6分。目标是全年得分93分。";
	size_t a = strstr(p, "92.6") - p, pa, pb;
	gw_status_scan sc = {0};
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("92.6分"), 2026, false, &pa, &pb),
			 GW_STATUS_ACTUAL);
	a = strstr(p, "93分") - p;
	assert_int_equal(gw_status_of(&sc, p, strlen(p), a, a + strlen("93分"), 2026, false, &pa, &pb),
			 GW_STATUS_TARGET);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_every_status_shown),
		cmocka_unit_test(test_report_year),
		cmocka_unit_test(test_scope),
		cmocka_unit_test(test_plan_title),
		cmocka_unit_test(test_plan_heading),
		cmocka_unit_test(test_done_in_plan),
		cmocka_unit_test(test_present_in_plan),
		cmocka_unit_test(test_event_periods),
		cmocka_unit_test(test_named_goal),
		cmocka_unit_test(test_span_in_part),
		cmocka_unit_test(test_ba_construction),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
