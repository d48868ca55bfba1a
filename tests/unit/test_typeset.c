/*
 * test_typeset.c — line breaking, title balancing and page breaking on the
 * GB/T 9704 grid (16 pt glyphs on 28 cells of 15.79 pt), with advances
 * given directly: Han and full-width marks 16 pt, ASCII 8 pt.
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/utf8.h"
#include "page/typeset.h"

#define W 442.2047
#define SIZE 16.0
#define CELL (W / 28)
#define Q (SIZE - GW_TS_SQUEEZE * SIZE)  /* a mark squeezed by 标点挤压: 8.8 pt (typeset.h: why not 8) */

struct text {
	uint32_t cp[512];
	double adv[512];
	size_t n;
};

static void load(struct text *t, const char *s)
{
	t->n = 0;
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		size_t k;
		uint32_t cp = gw_utf8_decode(s + i, len - i, &k);
		i += k;
		t->cp[t->n] = cp;
		t->adv[t->n++] = cp < 0x80 ? SIZE / 2 : SIZE;
	}
}

static gw_ts_params body(double indent)
{
	gw_ts_params p = {.width = W, .first_indent = indent, .size = SIZE, .track = CELL - SIZE,
			  .max_squeeze = SIZE / 2, .justify = true};
	return p;
}

static size_t brk(struct text *t, const char *s, double indent, gw_ts_line *out)
{
	load(t, s);
	gw_ts_params p = body(indent);
	return gw_ts_break(t->cp, t->adv, t->n, &p, out);
}

/* Right end of a line's last glyph ink box (half a trimmed mark excluded). */
static double line_end(const struct text *t, const gw_ts_line *l)
{
	double x = l->x;
	for (size_t i = l->start; i < l->end; i++)
		x += t->adv[i] + (i + 1 < l->end ? l->tc : 0);
	if (gw_ts_trimmable(t->cp[l->end - 1]))
		x -= t->adv[l->end - 1] / 2;
	return x;
}

static const char *han58 =
	"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨";

static void test_sets(void **state)
{
	(void)state;
	const char *start = "，。、；：？！）》」』”’…%％—";
	const char *end = "（《「『“‘【〔";
	struct text t;
	load(&t, start);
	for (size_t i = 0; i < t.n; i++)
		assert_true(gw_ts_not_start(t.cp[i]));
	load(&t, end);
	for (size_t i = 0; i < t.n; i++) {
		assert_true(gw_ts_not_end(t.cp[i]));
		assert_false(gw_ts_not_start(t.cp[i]));
	}
	assert_false(gw_ts_not_start(0x4E00));
	assert_true(gw_ts_trimmable(0xFF0C));
	assert_false(gw_ts_trimmable(0x201C));
}

static void test_can_break(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		size_t at;   /* break before this code point index */
		bool ok;
	} cases[] = {
		{"年度2022年", 2, true},    /* Han | digit */
		{"年度2022年", 3, false},   /* inside 2022 */
		{"年度2022年", 6, true},    /* digit | Han */
		{"投资4.97亿", 3, false},   /* 4|. */
		{"投资4.97亿", 4, false},   /* .|97 */
		{"达到100%以上", 5, false}, /* 100|% */
		{"达到100%以上", 6, true},
		{"市**领导", 2, false},     /* inside a mask run */
		{"好，好", 1, false},       /* before ， */
		{"说“好”", 2, false},      /* after “ */
		{"说——好", 2, false},      /* inside —— */
		{"说——好", 1, false},      /* —— may not start a line (strict) */
		{"COVID-19病例", 5, false},
		{"增长率为-1.2‰", 5, false},  /* -|1.2: a sign stays with its number */
		{"增长率为-1.2‰", 4, true},   /* 为|-1.2 */
		{"变化＋３％", 3, false},       /* ＋|３ */
		{"甲乙", 1, true},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct text t;
		load(&t, cases[i].text);
		if (gw_ts_can_break(t.cp, t.n, cases[i].at) != cases[i].ok)
			fail_msg("case %zu: %s at %zu", i, cases[i].text, cases[i].at);
	}
}

static void test_grid_lines(void **state)
{
	(void)state;
	struct text t;
	gw_ts_line l[64];
	size_t nl = brk(&t, han58, 2 * CELL, l);
	assert_int_equal(nl, 3);
	assert_int_equal(l[0].end - l[0].start, 26);  /* 2 cells of indent */
	assert_int_equal(l[1].end - l[1].start, 28);
	assert_int_equal(l[2].end - l[2].start, 4);
	assert_true(fabs(l[0].x - 2 * CELL) < 1e-9);
	assert_true(fabs(line_end(&t, &l[0]) - W) < 0.01);
	assert_true(fabs(line_end(&t, &l[1]) - W) < 0.01);
	assert_true(fabs(l[2].tc - (CELL - SIZE)) < 1e-9);  /* last line: grid, not stretched */
}

static void test_push_in_comma(void **state)
{
	(void)state;
	/* 28 Han then ，: the comma stays on the first line, squeezed in */
	char s[512];
	snprintf(s, sizeof s, "%.*s，%s", 28 * 3, han58, "再来几字");
	struct text t;
	gw_ts_line l[8];
	size_t nl = brk(&t, s, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[0].end, 29);
	assert_true(l[0].tc < CELL - SIZE);
	assert_true(fabs(line_end(&t, &l[0]) - W) < 0.01);
	assert_false(gw_ts_not_start(t.cp[l[1].start]));
}

static void test_push_out(void **state)
{
	(void)state;
	/* 28 Han then ”。: too much to squeeze, the last Han goes down with them */
	char s[512];
	snprintf(s, sizeof s, "%.*s”。%s", 28 * 3, han58, "再来几字");
	struct text t;
	gw_ts_line l[8];
	size_t nl = brk(&t, s, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[0].end, 27);
	assert_true(l[0].tc > CELL - SIZE);  /* stretched to the edge */
	assert_true(fabs(line_end(&t, &l[0]) - W) < 0.01);
}

/* §7.3.5.5 tightening: 28 cells holding three ， then ”。 that may not
 * start the next line.  Tc alone (half an em) cannot take them, so plain
 * gw_ts_break pushes a character out; gw_ts_break_tight first compresses
 * the line's own commas (and the ”), keeping every character on the line. */
static void test_tighten_marks(void **state)
{
	(void)state;
	char s[512];
	snprintf(s, sizeof s, "%.*s，%.*s，%.*s，%.*s”。%s", 6 * 3, han58, 6 * 3, han58 + 18, 6 * 3, han58 + 36,
		 7 * 3, han58 + 54, "再来几字");
	struct text t;
	gw_ts_line l[8];
	size_t nl = brk(&t, s, 0, l);  /* the old way: push-out */
	assert_int_equal(nl, 2);
	assert_int_equal(l[0].end, 27);
	gw_ts_params p = body(0);
	load(&t, s);
	nl = gw_ts_break_tight(t.cp, t.adv, t.n, &p, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[0].end, 30);              /* 25 Han, 3 ，, ” and 。 */
	assert_int_equal(t.cp[l[1].start], 0x518D);  /* 再 starts the next line */
	assert_true(fabs(line_end(&t, &l[0]) - W) < 0.01);
	/* the marks gave their half em, in clreq's order: ” first, then the
	 * commas from the line end back; what is left goes to Tc */
	double given = 0;
	size_t squeezed = 0;
	for (size_t i = 0; i < l[0].end; i++)
		if (t.adv[i] < SIZE - 1e-9) {
			assert_true(gw_ts_trimmable(t.cp[i]));
			assert_true(t.adv[i] >= Q - 1e-9);
			given += SIZE - t.adv[i];
			squeezed++;
		}
	assert_true(fabs(t.adv[28] - Q) < 1e-9);     /* ” */
	assert_true(fabs(t.adv[20] - Q) < 1e-9);     /* the last comma */
	assert_true(fabs(t.adv[29] - SIZE) < 1e-9);  /* 。 ends the line: trimmed, not squeezed */
	assert_true(squeezed >= 2 && squeezed <= 4);
	assert_true(l[0].tc >= CELL - SIZE - SIZE / 2 / 29 - 1e-9);  /* Tc did the rest, within max_squeeze */
	/* the next line is untouched */
	for (size_t i = l[1].start; i < t.n; i++)
		assert_true(fabs(t.adv[i] - SIZE) < 1e-9);
	/* nothing to push in: tight and plain breaking agree, adv unchanged */
	struct text u;
	load(&u, han58);
	gw_ts_line m[8], m2[8];
	size_t a = gw_ts_break(u.cp, u.adv, u.n, &p, m), b = gw_ts_break_tight(u.cp, u.adv, u.n, &p, m2);
	assert_int_equal(a, b);
	for (size_t i = 0; i < a; i++)
		assert_int_equal(m[i].end, m2[i].end);
	for (size_t i = 0; i < u.n; i++)
		assert_true(fabs(u.adv[i] - SIZE) < 1e-9);
}

/* 标点挤压: each pair of adjacent marks takes 1.5 em; exact advances. */
static void test_compress_pairs(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		double adv[6];  /* after compression, pt */
	} cases[] = {
		{"说”、又", {16, Q, 16, 16}},           /* ” loses its empty right half */
		{"好。”他", {16, Q, 16, 16}},           /* 。 before ” */
		{"（一）。", {16, 16, Q, 16}},          /* ） before 。; （ at the start keeps its em */
		{"”“", {Q, 16}},                        /* closing then opening: 1.55 em */
		{"“《书》”", {Q, 16, 16, Q, 16}},      /* “《 opening pair; 》” closing pair */
		{"字，字", {16, 16, 16}},               /* a mark between Han characters: untouched */
		{"“字”", {16, 16, 16}},                 /* opening then Han: untouched (line-start quote stays) */
		{"。”）", {Q, Q, 16}},                  /* a chain of three: 2.1 em */
	};
	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		struct text t;
		load(&t, cases[c].s);
		gw_ts_compress(t.cp, t.adv, t.n, SIZE);
		for (size_t i = 0; i < t.n; i++)
			if (fabs(t.adv[i] - cases[c].adv[i]) > 1e-9)
				fail_msg("%s: glyph %zu advance %.2f, want %.2f", cases[c].s, i, t.adv[i],
					 cases[c].adv[i]);
	}
	/* a proportional (narrow) mark is not squeezed again */
	struct text t;
	load(&t, "”、");
	t.adv[0] = 6;
	assert_int_equal(gw_ts_compress(t.cp, t.adv, t.n, SIZE), 0);
	assert_true(fabs(t.adv[0] - 6) < 1e-9);
}

/* A compressed pair at a line end: the last mark trimmed to half width,
 * the compressed one not trimmed twice, the line ending on the edge; the
 * next line starts on the grid (no squeeze at a line start). */
static void test_compress_line_end(void **state)
{
	(void)state;
	char s[512];
	snprintf(s, sizeof s, "%.*s。”%.*s", 26 * 3, han58, 27 * 3, han58);
	struct text t;
	load(&t, s);
	assert_int_equal(gw_ts_compress(t.cp, t.adv, t.n, SIZE), 1);
	gw_ts_line l[8];
	gw_ts_params p = body(0);
	size_t nl = gw_ts_break(t.cp, t.adv, t.n, &p, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[0].end, 28);  /* 26 Han + 。” on 28 cells, 1 em to spare before trimming */
	assert_true(fabs(t.adv[26] - Q) < 1e-9);  /* 。 squeezed, not trimmed again */
	assert_true(fabs(line_end(&t, &l[0]) - W) < 0.01);  /* ”'s ink half ends on the edge */
	assert_true(fabs(l[1].x) < 1e-9);
}

static void test_no_split_number_or_open_quote(void **state)
{
	(void)state;
	struct text t;
	gw_ts_line l[8];
	/* 26 Han + "4.97" would straddle the edge: the number moves down whole */
	char s[512];
	snprintf(s, sizeof s, "%.*s4.97亿元%s", 27 * 3, han58, "完成");
	size_t nl = brk(&t, s, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[1].start, 27);
	assert_int_equal(t.cp[l[1].start], '4');
	/* “ at cell 28 may not end the line */
	snprintf(s, sizeof s, "%.*s“四个意识”", 27 * 3, han58);
	nl = brk(&t, s, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(t.cp[l[1].start], 0x201C);
	/* a mask run longer than the rest of the line stays whole */
	snprintf(s, sizeof s, "%.*s******条措施", 26 * 3, han58);
	nl = brk(&t, s, 0, l);
	assert_int_equal(t.cp[l[1].start], '*');
	assert_int_equal(l[0].end, 26);
}

static void test_long_word(void **state)
{
	(void)state;
	char s[512] = "网址";
	for (int i = 0; i < 12; i++)
		strcat(s, "abcdefghij");
	struct text t;
	gw_ts_line l[16];
	size_t nl = brk(&t, s, 0, l);
	assert_int_equal(l[0].end, 2);                     /* the word moves down whole … */
	assert_true(fabs(l[0].tc - (CELL - SIZE)) < 1e-9);  /* … leaving 网址 ragged, not stretched */
	assert_int_equal(l[nl - 1].end, t.n);               /* 120 letters > 1 line: split, nothing lost */
	for (size_t i = 0; i < nl; i++)
		assert_true(line_end(&t, &l[i]) <= W + 0.01);
}

static void test_short_last_line(void **state)
{
	(void)state;
	char s[512];
	snprintf(s, sizeof s, "%.*s。", 29 * 3, han58);  /* 28 + 1 Han + 。 */
	struct text t;
	gw_ts_line l[8];
	size_t nl = brk(&t, s, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(l[1].end - l[1].start, 3);  /* two Han and 。, not one */
}

static void test_every_line_legal(void **state)
{
	(void)state;
	const char *para = "通过集中学习、专题辅导、交流研讨，组织干部职工学习**次，覆盖率达到100%。"
			   "新建“口袋公园”12处，改造老旧小区4.97万平方米，完成投资3,200万元；"
			   "群众满意度测评结果为“优秀”（全市第一）。下一步将继续推进——重点抓好……各项工作。";
	struct text t;
	gw_ts_line l[64];
	size_t nl = brk(&t, para, 2 * CELL, l);
	assert_true(nl >= 4);
	for (size_t i = 0; i < nl; i++) {
		assert_false(gw_ts_not_start(t.cp[l[i].start]) && i > 0);
		assert_false(gw_ts_not_end(t.cp[l[i].end - 1]));
		if (i > 0)
			assert_true(l[i].start == l[i - 1].end);
		if (i + 1 < nl) {
			assert_true(gw_ts_can_break(t.cp, t.n, l[i].end));
			assert_true(fabs(line_end(&t, &l[i]) - W) < 0.01);
		}
		assert_true(line_end(&t, &l[i]) <= W + 0.01);
	}
	assert_int_equal(l[nl - 1].end, t.n);
}

static void test_balance_title(void **state)
{
	(void)state;
	struct text t;
	const char *title = "在全市2023年度目标责任考核工作会议上的述职报告";
	load(&t, title);
	for (size_t i = 0; i < t.n; i++)
		t.adv[i] = t.cp[i] < 0x80 ? 11 : 22;
	gw_ts_line l[8];
	size_t nl = gw_ts_balance(t.cp, t.adv, t.n, W, 0, l);
	assert_int_equal(nl, 2);
	double w0 = gw_ts_width(t.adv, l[0].start, l[0].end, 0);
	double w1 = gw_ts_width(t.adv, l[1].start, l[1].end, 0);
	assert_true(w0 <= w1 + 11);           /* 上短下长 */
	assert_true(fabs(w0 - w1) <= 3 * 22); /* balanced, not 3 + 19 */
	assert_true(gw_ts_can_break(t.cp, t.n, l[0].end));
	assert_true(fabs(l[0].x - (W - w0) / 2) < 1e-6);  /* centred */
	/* a subtitle breaks before an ordinal (第三次), not inside 委|员会 */
	load(&t, "——在县科学技术协会第九届委员会第三次全体会议上的工作报告");
	for (size_t i = 0; i < t.n; i++)
		t.adv[i] = 16;
	nl = gw_ts_balance(t.cp, t.adv, t.n, 28 * 16, 0, l);
	assert_int_equal(nl, 2);
	assert_int_equal(t.cp[l[1].start], 0x7B2C);  /* 第 */
	/* a short title stays on one line */
	load(&t, "关于交通运输工作的汇报");
	for (size_t i = 0; i < t.n; i++)
		t.adv[i] = 22;
	assert_int_equal(gw_ts_balance(t.cp, t.adv, t.n, W, 0, l), 1);
}

static void rows_para(gw_ts_row *r, size_t at, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		memset(&r[at + i], 0, sizeof r[0]);
		r[at + i].para_first = i == 0;
		r[at + i].para_last = i + 1 == n;
	}
}

static void test_paginate(void **state)
{
	(void)state;
	gw_ts_row r[64];
	/* 21 one-line paragraphs, then a heading, then a 3-line paragraph:
	 * the heading may not be the last row of page 1 */
	for (size_t i = 0; i < 21; i++)
		rows_para(r, i, 1);
	memset(&r[21], 0, sizeof r[0]);
	r[21].keep_with_next = true;
	rows_para(r, 22, 3);
	int pages = gw_ts_paginate(r, 25, 22);
	assert_int_equal(pages, 2);
	assert_int_equal(r[21].page, 1);
	assert_int_equal(r[21].slot, 0);
	/* widow: a 4-line paragraph at slots 19..22 would leave its last line
	 * alone on page 2: its third line moves too */
	for (size_t i = 0; i < 19; i++)
		rows_para(r, i, 1);
	rows_para(r, 19, 4);
	pages = gw_ts_paginate(r, 23, 22);
	assert_int_equal(r[21].page, 1);
	assert_int_equal(r[22].page, 1);
	assert_int_equal(r[20].page, 0);
	/* a full page of 22 lines stays full; a blank slot at a page top is dropped */
	for (size_t i = 0; i < 22; i++)
		rows_para(r, i, 1);
	memset(&r[22], 0, sizeof r[0]);
	r[22].blank = true;
	rows_para(r, 23, 1);
	pages = gw_ts_paginate(r, 24, 22);
	assert_int_equal(pages, 2);
	assert_int_equal(r[21].page, 0);
	assert_int_equal(r[22].page, -1);
	assert_int_equal(r[23].slot, 0);
}

/* A paragraph's last line kept with the signature (2 blank rows + 2 lines)
 * that does not fit takes the line before it along (no widow), and the
 * paragraph's first line too when it would stay alone (no orphan). */
static void signature_chain(gw_ts_row *r, size_t at)
{
	r[at - 1].keep_with_next = true;  /* the paragraph's last line */
	for (size_t k = 0; k < 4; k++) {
		memset(&r[at + k], 0, sizeof r[0]);
		r[at + k].blank = k < 2;
		r[at + k].keep_with_next = k < 3;
		r[at + k].para_first = r[at + k].para_last = k >= 2;
	}
}

static void test_paginate_signature(void **state)
{
	(void)state;
	gw_ts_row r[64];
	/* 4-line paragraph at slots 17..20: lines 3-4 move with the signature */
	for (size_t i = 0; i < 17; i++)
		rows_para(r, i, 1);
	rows_para(r, 17, 4);
	signature_chain(r, 21);
	gw_ts_paginate(r, 25, 22);
	assert_int_equal(r[18].page, 0);
	assert_int_equal(r[19].page, 1);
	assert_int_equal(r[19].slot, 0);
	assert_int_equal(r[20].page, 1);
	/* 3-line paragraph at slots 18..20: moving two lines would leave its
	 * first line alone at the bottom, so all three move */
	for (size_t i = 0; i < 18; i++)
		rows_para(r, i, 1);
	rows_para(r, 18, 3);
	signature_chain(r, 21);
	gw_ts_paginate(r, 25, 22);
	assert_int_equal(r[17].page, 0);
	assert_int_equal(r[18].page, 1);
	assert_int_equal(r[18].slot, 0);
	assert_int_equal(r[20].page, 1);
	assert_int_equal(r[24].page, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sets),
		cmocka_unit_test(test_can_break),
		cmocka_unit_test(test_grid_lines),
		cmocka_unit_test(test_push_in_comma),
		cmocka_unit_test(test_push_out),
		cmocka_unit_test(test_tighten_marks),
		cmocka_unit_test(test_compress_pairs),
		cmocka_unit_test(test_compress_line_end),
		cmocka_unit_test(test_no_split_number_or_open_quote),
		cmocka_unit_test(test_long_word),
		cmocka_unit_test(test_short_last_line),
		cmocka_unit_test(test_every_line_legal),
		cmocka_unit_test(test_balance_title),
		cmocka_unit_test(test_paginate),
		cmocka_unit_test(test_paginate_signature),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
