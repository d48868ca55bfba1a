/* test_markers.c — markers.c: Chinese numerals, the four section-marker
 * levels (and the look-alikes that are not markers), and point markers. */
#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "read/markers.h"

static void test_cnum(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t len;     /* bytes consumed */
		long value;
	} cases[] = {
		{"一", 3, 1}, {"十", 3, 10}, {"十二", 6, 12}, {"二十", 6, 20}, {"二十三、", 9, 23},
		{"九十九", 9, 99}, {"〇", 3, 0}, {"零", 3, 0}, {"两", 3, 2}, {"三是", 3, 3},
		{"一二", 3, 1}, {"甲", 0, 0}, {"1", 0, 0}, {"", 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long v = -1;
		size_t n = gw_marker_cnum(cases[i].s, strlen(cases[i].s), &v);
		print_message("cnum: %s\n", cases[i].s);
		assert_int_equal(n, cases[i].len);
		if (n)
			assert_int_equal(v, cases[i].value);
	}
}

static void test_sections(void **state)
{
	(void)state;
	static const struct {
		const char *line;
		int level;      /* 0: not a marker */
		long number;
		const char *marker;
	} cases[] = {
		{"一、深化理论学习", 1, 1, "一、"},
		{"十二、其他", 1, 12, "十二、"},
		{"（一）加强领导", 2, 1, "（一）"},
		{"(三)完善制度", 2, 3, "(三)"},
		{"(十一）混合括号", 2, 11, "(十一）"},
		{"（1）网格管理", 4, 1, "（1）"},
		{"(12)标题", 4, 12, "(12)"},
		{"（１）全角数字", 4, 1, "（１）"},
		{"1.重点项目", 3, 1, "1."},
		{"1．全角点", 3, 1, "1．"},
		{"2、顿号", 3, 2, "2、"},
		{"12. 空格后", 3, 12, "12. "},
		{"３．全角", 3, 3, "３．"},
		{"1.5亿元资金到位", 0, 0, NULL},
		{"3、5年内完成", 0, 0, NULL},
		{"1．５亿元", 0, 0, NULL},
		/* a year after the number: no quantity is written 1.2024年 */
		{"1.2024年项目资金明细表", 3, 1, "1."},
		{"2．２０２５年度考核细则", 3, 2, "2．"},
		{"3、2022年整改清单", 3, 3, "3、"},
		{"1.2024亿元", 0, 0, NULL},
		{"1.202年", 0, 0, NULL},
		{"2023年全市完成", 0, 0, NULL},
		{"2023.1.10", 0, 0, NULL},
		{"100.标题", 0, 0, NULL},
		{"0.标题", 0, 0, NULL},
		{"一是强化", 0, 0, NULL},
		{"一，二", 0, 0, NULL},
		{"〇、", 0, 0, NULL},
		{"（2023）", 0, 0, NULL},
		{"（一", 0, 0, NULL},
		{"（一）", 2, 1, "（一）"},
		{"〔2022〕8号", 0, 0, NULL},
		{"①甲", 0, 0, NULL},
		{"统一、规范", 0, 0, NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_marker m;
		bool found = gw_marker_section(cases[i].line, strlen(cases[i].line), &m);
		print_message("section: %s\n", cases[i].line);
		assert_int_equal(found, cases[i].level != 0);
		if (!found)
			continue;
		assert_int_equal(m.level, cases[i].level);
		assert_int_equal(m.number, cases[i].number);
		assert_int_equal(m.len, strlen(cases[i].marker));
		assert_memory_equal(cases[i].line, cases[i].marker, m.len);
	}
}

/* Points rendered as "marker:lead@offset" joined by '|'. */
static int render_point(void *ctx, const gw_point_span *p)
{
	char **out = ctx;
	const char *text = out[1];
	char *buf = out[0];
	size_t n = strlen(buf);
	snprintf(buf + n, 512 - n, "%s%.*s:%.*s@%zu", n ? "|" : "", (int)p->marker_len, text + p->at,
		 (int)p->lead_len, text + p->lead_at, p->offset);
	return 0;
}

static void test_points(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		const char *points;
	} cases[] = {
		{"一是强化理论。二是推进落实；三是严格管理", "一是:强化理论@0|二是:推进落实@7|三是:严格管理@14"},
		{"工作：一是甲；二是乙", "一是:甲@3|二是:乙@7"},
		{"统一是关键。", ""},
		{"第一，加强领导。第二、完善制度。", "第一:加强领导@0|第二:完善制度@8"},
		{"第一批项目开工。", ""},
		{"担任第一责任人。", ""},
		{"首先，做好准备；其次，加强协调。最后一公里", "首先:做好准备@0|其次:加强协调@8"},
		/* 首先… and 第一… enumerate only as a series of two or more */
		{"最后，狠抓落实", ""},
		{"首先，向莅临指导的各位专家表示感谢。下面汇报三项工作。", ""},
		{"第一，夯实基础。", ""},
		{"首先，摸清底数；最后，建立台账。", "首先:摸清底数@0|最后:建立台账@8"},
		{"第一，严控支出；第二，盘活存量。", "第一:严控支出@0|第二:盘活存量@8"},
		{"首先，感谢大家。第一，稳住基本盘；第二，扩大增量。", "第一:稳住基本盘@8|第二:扩大增量@17"},
		{"一是强化宣传。", "一是:强化宣传@0"},
		{"①甲；②乙", "①:甲@0|②:乙@3"},
		{"①甲②乙。", "①:甲@0|②:乙@2"},
		{"共⑳项", "⑳:项@1"},
		{"十一是其他。", "十一是:其他@0"},
		{"二十一是其他。", ""},
		{"", ""},
		{"没有要点的一段话。", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[512] = "";
		char *ctx[2] = {buf, (char *)cases[i].text};
		print_message("points: %s\n", cases[i].text);
		assert_int_equal(gw_marker_points(cases[i].text, strlen(cases[i].text), render_point, ctx), 0);
		assert_string_equal(buf, cases[i].points);
	}
}

/* A lone member continues the series of a neighbouring paragraph. */
static void test_points_near(void **state)
{
	(void)state;
	const char *t = "第三，压实责任。";
	char buf[512] = "";
	char *ctx[2] = {buf, (char *)t};
	unsigned series = 99;
	assert_int_equal(gw_marker_point_families("第一，甲；第二，乙。", strlen("第一，甲；第二，乙。"), &series),
			 GW_POINT_ORDINAL);
	assert_int_equal(series, GW_POINT_ORDINAL);
	assert_int_equal(gw_marker_point_families(t, strlen(t), &series), GW_POINT_ORDINAL);
	assert_int_equal(series, 0);
	assert_int_equal(gw_marker_points_near(t, strlen(t), GW_POINT_ORDINAL, render_point, ctx), 0);
	assert_string_equal(buf, "第三:压实责任@0");
	buf[0] = '\0';
	assert_int_equal(gw_marker_points_near(t, strlen(t), GW_POINT_ORDER, render_point, ctx), 0);
	assert_string_equal(buf, "");
}

static int stop_at_second(void *ctx, const gw_point_span *p)
{
	(void)p;
	return ++*(int *)ctx == 2 ? 7 : 0;
}

static void test_points_stop(void **state)
{
	(void)state;
	int seen = 0;
	const char *t = "一是甲。二是乙。三是丙。";
	assert_int_equal(gw_marker_points(t, strlen(t), stop_at_second, &seen), 7);
	assert_int_equal(seen, 2);
}

/* Numbering past GW_MARKER_NUMBER_MAX / GW_POINT_NUMBER_MAX is found, so
 * that it can be named, and is not numbering. */
static int count_past(void *ctx, const gw_point_span *p)
{
	char *out = ctx;
	size_t used = strlen(out);
	snprintf(out + used, 64 - used, "%zu+%zu ", p->at, p->marker_len);
	return 0;
}

static void test_past_limits(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t past;   /* gw_marker_section_past */
	} sections[] = {
		{"一百、加强管理", 9}, {"（一百零一）项目", 18}, {"(一百二十)项目", 14}, {"九十九、收尾", 0},
		{"一百元", 0}, {"一、总体", 0}, {"（一百", 0}, {"", 0},
	};
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++) {
		gw_marker m;
		print_message("past: %s\n", sections[i].s);
		assert_int_equal(gw_marker_section_past(sections[i].s, strlen(sections[i].s)), sections[i].past);
		if (sections[i].past)
			assert_false(gw_marker_section(sections[i].s, strlen(sections[i].s), &m));
	}
	static const struct {
		const char *text, *want;
	} points[] = {
		{"二十是甲；二十一是乙；第二十一，丙。", "15+12 33+12 "},
		{"一百是丁。三十是戊", "0+9 15+9 "},
		{"统一百是。第一，己", ""},
	};
	for (size_t i = 0; i < sizeof points / sizeof points[0]; i++) {
		char got[64] = "";
		assert_int_equal(gw_marker_points_past(points[i].text, strlen(points[i].text), count_past, got), 0);
		assert_string_equal(got, points[i].want);
	}
	assert_int_equal(GW_MARKER_NUMBER_MAX, 99);
	long v;
	assert_int_equal(gw_marker_cnum("九十九", 9, &v), 9);
	assert_int_equal(v, GW_MARKER_NUMBER_MAX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cnum),
		cmocka_unit_test(test_sections),
		cmocka_unit_test(test_points),
		cmocka_unit_test(test_points_near),
		cmocka_unit_test(test_points_stop),
		cmocka_unit_test(test_past_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
