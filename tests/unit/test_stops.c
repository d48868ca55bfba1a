/* test_stops.c — stops.c: a report that ends its sentences with ASCII '.'
 * gets 。 there (and one warning); decimals, list markers, Latin words and
 * dot runs keep their dots; a clean report with a stray '.' is untouched. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "blocks_fixture.h"
#include "read/stops.h"

typedef struct sink {
	char text[1024];
	size_t warnings;
} sink;

static void collect(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file;
	(void)line;
	sink *s = ctx;
	snprintf(s->text, sizeof s->text, "%s", msg);
	s->warnings++;
}

/* Runs the pass; returns the blocks joined by '\n' (caller frees). */
static char *stops(const char *text, sink *out)
{
	gw_blocks b;
	make_blocks(&b, text, false);
	gw_diag d = {.warn = collect, .warn_ctx = out};
	assert_int_equal(gw_stops_fix(&b, &d), GW_OK);
	char *res = calloc(strlen(text) * 3 + 1, 1);
	assert_non_null(res);
	for (size_t i = 0; i < b.n; i++) {
		assert_int_equal(strlen(b.v[i].s), b.v[i].len);
		strcat(res, b.v[i].s);
		if (i + 1 < b.n)
			strcat(res, "\n");
	}
	gw_blocks_free(&b);
	return res;
}

static void expect(const char *input, const char *want, size_t warnings)
{
	sink s = {0};
	char *got = stops(input, &s);
	if (strcmp(got, want) != 0)
		print_message("--- want\n%s\n--- got\n%s\n", want, got);
	assert_string_equal(got, want);
	assert_int_equal(s.warnings, warnings);
	free(got);
}

static void test_phone_stops(void **state)
{
	(void)state;
	expect("现在中心管着5个市场,总摊位1,286个.今年交易额约5.8亿元.\n"
	       "1.市场改造.总投资1,350万元,出租率涨到了95%.\n"
	       "2.食品安全.1-11月快检样品2.38万批次.",
	       "现在中心管着5个市场,总摊位1,286个。今年交易额约5.8亿元。\n"
	       "1.市场改造。总投资1,350万元,出租率涨到了95%。\n"
	       "2.食品安全。1-11月快检样品2.38万批次。",
	       1);
	/* a copy wrapped right at a sentence's end: the '.' opens the next line */
	expect("一是安全\n.二是稳定.三是发展\n.", "一是安全\n。二是稳定。三是发展\n。", 1);
	sink s = {0};
	free(stops("一是安全.二是稳定.三是发展.", &s));
	assert_non_null(strstr(s.text, "3"));   /* the warning says how many */
}

static void test_dots_kept(void **state)
{
	(void)state;
	/* decimals, markers, Latin words, dot runs, a dot after a digit */
	expect("网址www.gov.cn.增长3.5%.\n一是好.二是快.三是省...\n1.概况\n排名第3.",
	       "网址www.gov.cn.增长3.5%。\n一是好。二是快。三是省...\n1.概况\n排名第3.", 1);
}

static void test_clean_untouched(void **state)
{
	(void)state;
	/* a report with 。 and two stray dots: fewer than its 。 */
	const char *clean = "全年完成投资5.2亿元。新建学校3所.\n一、概况\n受理案件120件。办结率98%。结案率95%.";
	expect(clean, clean, 0);
	/* two dots alone are a typo, not a habit */
	expect("新建学校3所.受理案件120件.", "新建学校3所.受理案件120件.", 0);
	expect("", "", 0);
}

/* Word's automatic numbering (一. as typed by Word) keeps its dot: the
 * outline reads numbering_len bytes of it as the marker. */
static void test_numbering_kept(void **state)
{
	(void)state;
	gw_blocks b;
	make_blocks(&b, "一.工作情况\n一是安全.二是稳定.三是发展.", false);
	b.v[0].numbering_len = strlen("一.");
	sink out = {0};
	gw_diag d = {.warn = collect, .warn_ctx = &out};
	assert_int_equal(gw_stops_fix(&b, &d), GW_OK);
	assert_string_equal(b.v[0].s, "一.工作情况");
	assert_string_equal(b.v[1].s, "一是安全。二是稳定。三是发展。");
	assert_int_equal(b.v[1].len, strlen(b.v[1].s));
	assert_int_equal(out.warnings, 1);
	gw_blocks_free(&b);
}

static void test_idempotent(void **state)
{
	(void)state;
	const char *once = "一是安全。二是稳定。三是发展。";
	expect(once, once, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_phone_stops),
		cmocka_unit_test(test_dots_kept),
		cmocka_unit_test(test_clean_untouched),
		cmocka_unit_test(test_numbering_kept),
		cmocka_unit_test(test_idempotent),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
