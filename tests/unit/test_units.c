/*
 * test_units.c — the indicator vocabulary (converter/read/units.c): units
 * and measure words with their kinds, continuations that rule a unit out
 * (项目, 人大, 方面), magnitudes, and the word lists' prefix/suffix matching.
 */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "read/units.h"

struct unit_case {
	const char *text;     /* text right after the number */
	const char *name;     /* expected unit name, NULL = no unit */
	const char *kind;
	int measure_word;
	size_t len;           /* bytes of the unit as written */
};

static const struct unit_case unit_cases[] = {
	{"%以上", "%", "比率", 0, 1},
	{"％", "%", "比率", 0, 3},
	{"个百分点", "个百分点", "比率", 0, 12},
	{"‰", "‰", "比率", 0, 3},
	{"元/平方米", "元", "金额", 0, 3},
	{"公里", "公里", "计量", 0, 6},
	{"千米", "千米", "计量", 0, 6},          /* a unit, not 千 + 米 */
	{"平方米的", "平方米", "计量", 0, 9},
	{"个工作日", "个工作日", "计量", 0, 12},
	{"个月", "个月", "计量", 0, 6},
	{"个村落", "个", "数量", 1, 3},
	{"人次", "人次", "数量", 0, 6},
	{"户农户", "户", "数量", 1, 3},
	{"家次", "家次", "数量", 0, 6},
	{"项目", NULL, NULL, 0, 0},              /* 5项目: a noun, no measure word */
	{"人大代表", NULL, NULL, 0, 0},
	{"方面", NULL, NULL, 0, 0},
	{"元旦", NULL, NULL, 0, 0},
	{"周岁", NULL, NULL, 0, 0},              /* 80周岁 is an age, not weeks */
	{"号楼", NULL, NULL, 0, 0},
	{"月底", NULL, NULL, 0, 0},
	{"年", NULL, NULL, 0, 0},
	{"县区", NULL, NULL, 0, 0},
	{"G网络", NULL, NULL, 0, 0},
	{"km", "km", "计量", 0, 2},            /* stored as written; only ％ becomes % */
	/* measure words after a digit: 枚 款 卷 届 拨 堂 剂 …, not the words they begin */
	{"枚纪念章", "枚", "数量", 1, 3},
	{"枚举", NULL, NULL, 0, 0},
	{"款文创产品", "款", "数量", 1, 3},
	{"款项", NULL, NULL, 0, 0},
	{"卷档案", "卷", "数量", 1, 3},
	{"卷宗", NULL, NULL, 0, 0},
	{"届运动会", "届", "数量", 1, 3},
	{"届满", NULL, NULL, 0, 0},
	{"拨志愿者", "拨", "数量", 1, 3},
	{"拨付", NULL, NULL, 0, 0},
	{"堂公开课", "堂", "数量", 1, 3},
	{"万剂", NULL, NULL, 0, 0},            /* a magnitude is read before the unit */
	{"剂疫苗", "剂", "数量", 1, 3},
	{"剂次", "剂次", "数量", 0, 6},
	{"首原创歌曲", "首", "数量", 1, 3},
	{"首先", NULL, NULL, 0, 0},
	{"面锦旗", "面", "数量", 1, 3},
	{"面积", NULL, NULL, 0, 0},
	/* a digit before 个 makes it the measure word, whatever follows */
	{"个体育场馆", "个", "数量", 1, 3},
	{"个案件", "个", "数量", 1, 3},
	{"个人才驿站", "个", "数量", 1, 3},
	{"家乡镇卫生院", "家", "数量", 1, 3},
	{"名单位负责人", "名", "数量", 1, 3},
	{"名单", NULL, NULL, 0, 0},
	{"家庭", NULL, NULL, 0, 0},
	/* an exception to a blocked continuation: 项目 is a noun, 项目标 is 项 */
	{"项目标任务", "项", "数量", 1, 3},
	{"", NULL, NULL, 0, 0},
};

static void test_units(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof unit_cases / sizeof unit_cases[0]; i++) {
		const struct unit_case *c = &unit_cases[i];
		size_t len = 99;
		const gw_unit_def *u = gw_unit_match(c->text, strlen(c->text), &len);
		if (!c->name) {
			if (u)
				fprintf(stderr, "'%s' should be no unit, got %s\n", c->text, u->name);
			assert_null(u);
			assert_int_equal(len, 0);
			continue;
		}
		if (!u)
			fprintf(stderr, "'%s' should be %s\n", c->text, c->name);
		assert_non_null(u);
		assert_string_equal(u->name, c->name);
		assert_string_equal(gw_kind_name(u->kind), c->kind);
		assert_int_equal(u->measure_word, c->measure_word);
		assert_int_equal(len, c->len);
	}
}

static void test_magnitudes(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		double factor;
		size_t len;
	} m[] = {{"万元", 1e4, 3}, {"亿元", 1e8, 3}, {"万亿元", 1e12, 6}, {"千万元", 1e7, 6},
		 {"百万", 1e6, 6}, {"元", 0, 0}};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
		size_t len;
		const gw_magnitude *g = gw_magnitude_match(m[i].text, strlen(m[i].text), &len);
		if (!m[i].factor) {
			assert_null(g);
			continue;
		}
		assert_non_null(g);
		assert_true(g->factor == m[i].factor);
		assert_int_equal(len, m[i].len);
	}
}

static void test_word_lists(void **state)
{
	(void)state;
	const char *s = "累计建成公租房";
	/* the longest verb wins: 累计建成, not 累计 */
	assert_int_equal(gw_lex_prefix(GW_LEX_VERB, s, strlen(s)), strlen("累计建成"));
	s = "公路货运量同比增长";
	assert_int_equal(gw_lex_suffix(GW_LEX_UP, s, strlen(s)), strlen("增长"));
	assert_int_equal(gw_lex_suffix(GW_LEX_DOWN, s, strlen(s)), 0);
	s = "公路货运量同比";
	assert_int_equal(gw_lex_suffix(GW_LEX_COMPARE, s, strlen(s)), strlen("同比"));
	s = "城镇化率提高到";
	assert_int_equal(gw_lex_suffix(GW_LEX_TO, s, strlen(s)), strlen("到"));
	s = "以上";
	assert_int_equal(gw_lex_prefix(GW_LEX_QUAL_AFTER, s, strlen(s)), strlen("以上"));
	assert_true(gw_lex_is(GW_LEX_GENERIC, "总投资", strlen("总投资")));
	assert_false(gw_lex_is(GW_LEX_GENERIC, "总投资额度", strlen("总投资额度")));
	/* actions that name what is done to things counted */
	s = "化解重复积案";
	assert_int_equal(gw_lex_prefix(GW_LEX_ACTION, s, strlen(s)), strlen("化解"));
	assert_true(gw_lex_is(GW_LEX_ACTION, "上调", strlen("上调")));
	assert_false(gw_lex_is(GW_LEX_ACTION, "价格", strlen("价格")));
	/* single bytes and empty input */
	assert_int_equal(gw_lex_prefix(GW_LEX_RANGE, "-30", 3), 1);
	assert_int_equal(gw_lex_prefix(GW_LEX_RANGE, "", 0), 0);
	assert_int_equal(gw_lex_suffix(GW_LEX_UP, "", 0), 0);
	/* 在 and 重点 begin nouns (在建项目, 重点人群): never stripped as leads */
	assert_int_equal(gw_lex_prefix(GW_LEX_LEAD, "在建项目", strlen("在建项目")), 0);
	assert_int_equal(gw_lex_prefix(GW_LEX_LEAD, "重点人群", strlen("重点人群")), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_magnitudes),
		cmocka_unit_test(test_word_lists),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
