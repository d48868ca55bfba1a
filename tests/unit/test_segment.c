/*
 * test_segment.c — the label segmenter (converter/read/segment.c) over the
 * dictionary the build made from Debian's jieba list and
 * converter/read/lexicon_domain.txt: table-driven segmentations, word
 * lookups with their class, the domain words kept whole, and the edges
 * (empty text, a text longer than one piece, a short ends array).
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "read/segment.h"

/* The text segmented, words joined by '/'. */
static void joined(const char *s, char *out, size_t cap)
{
	size_t ends[256], n = gw_segment(s, strlen(s), ends, 256), at = 0, o = 0;
	assert_true(n <= 256);
	out[0] = '\0';
	for (size_t k = 0; k < n; k++) {
		o += (size_t)snprintf(out + o, cap - o, "%s%.*s", k ? "/" : "", (int)(ends[k] - at), s + at);
		assert_true(o < cap);
		at = ends[k];
	}
	assert_int_equal(at, strlen(s));
}

static const struct {
	const char *text, *words;
} cases[] = {
	/* domain words (lexicon_domain.txt) stay whole where jieba splits them */
	{"地区生产总值增长", "地区生产总值/增长"},
	{"一般公共预算收入", "一般公共预算收入"},
	{"召开组织生活会", "召开/组织生活会"},
	{"规模以上工业增加值", "规模以上工业增加值"},
	/* jieba's own words */
	{"承担着下游约", "承担/着/下游/约"},
	{"可供工业用地仅剩", "可/供/工业用地/仅剩"},
	/* numbers, codes and marks */
	{"国道G312线改扩建1,200.5万元", "国道/G312/线/改扩建/1,200.5/万元"},
	{"“三公”经费", "“/三公/”/经费"},
	{"", ""},
};

static void test_cases(void **state)
{
	(void)state;
	char got[1024];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		joined(cases[i].text, got, sizeof got);
		if (strcmp(got, cases[i].words))
			fprintf(stderr, "case %s: want %s got %s\n", cases[i].text, cases[i].words, got);
		assert_string_equal(got, cases[i].words);
	}
}

static void test_lookup(void **state)
{
	(void)state;
	gw_seg_class c = GW_SEG_OTHER;
	assert_true(gw_seg_lookup("新增", 6, &c));
	assert_int_equal(c, GW_SEG_VERB);
	assert_true(gw_seg_lookup("地区生产总值", 18, &c));
	assert_int_equal(c, GW_SEG_NOUN);
	assert_true(gw_seg_lookup("未", 3, &c));
	assert_int_equal(c, GW_SEG_ADVERB);
	assert_true(gw_seg_lookup("调查", 6, &c));   /* jieba's vn: a noun that is a verb too */
	assert_int_equal(c, GW_SEG_VERBAL_NOUN);
	assert_true(gw_seg_noun(c));
	assert_false(gw_seg_noun(GW_SEG_VERB));
	assert_true(gw_seg_lookup("的", 3, NULL));
	assert_false(gw_seg_lookup("生活会组", 12, NULL));   /* no such word */
	assert_false(gw_seg_lookup("ab", 2, NULL));           /* not Chinese */
	assert_false(gw_seg_lookup("", 0, NULL));
	assert_false(gw_seg_lookup("一二三四五六七八九十一二三", 39, NULL));   /* longer than any word */
}

/* A text longer than one piece is segmented piece by piece: every byte is
 * covered, the ends rise, and a short ends array gets the first words. */
static void test_long_text(void **state)
{
	(void)state;
	char s[3 * 1250 + 1] = "";
	for (int i = 0; i < 250; i++)
		strcat(s, "组织生活会");   /* 5 characters, 1250 in all, past one piece */
	size_t n = strlen(s), ends[2000];
	size_t w = gw_segment(s, n, ends, 2000);
	assert_true(w > 200 && w <= 2000);
	for (size_t k = 1; k < w; k++)
		assert_true(ends[k] > ends[k - 1]);
	assert_int_equal(ends[w - 1], n);
	size_t few[3];
	assert_int_equal(gw_segment(s, n, few, 3), w);
	assert_int_equal(few[0], ends[0]);
	assert_int_equal(few[2], ends[2]);
	assert_true(gw_seg_boundary(s, n, 15));
	assert_false(gw_seg_boundary(s, n, 6));
	assert_true(gw_seg_boundary(s, n, 0));
	assert_true(gw_seg_boundary(s, n, n));
}

static void test_boundary(void **state)
{
	(void)state;
	const char *s = "召开组织生活会9场";
	size_t n = strlen(s);
	assert_true(gw_seg_boundary(s, n, 6));    /* 召开|组织 */
	assert_false(gw_seg_boundary(s, n, 12));  /* 组织|生活会: inside a word */
	assert_true(gw_seg_boundary(s, n, 21));   /* 会|9 */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_boundary),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
