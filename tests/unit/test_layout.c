/*
 * test_layout.c — layouts/NAME.ini parsing: the shipped layouts, every kind of
 * error with file, line and key, and the cross-field checks.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "page/layout.h"

static char dir[4096];

static void test_shipped_gbt9704_is_the_default(void **state)
{
	(void)state;
	gw_layout a, b;
	gw_diag d = {0};
	gw_layout_defaults(&a);
	assert_int_equal(gw_layout_load(NULL, dir, &b, &d), GW_OK);
	assert_non_null(strstr(b.name, "gbt9704.ini"));
	memcpy(b.name, a.name, sizeof a.name);
	assert_memory_equal(&a, &b, sizeof a);
	assert_int_equal(a.lines, 22);
	assert_int_equal(a.chars, 28);
	assert_true(a.top_mm == 37 && a.left_mm == 28 && a.block_width_mm == 156 && a.block_height_mm == 225);
}

static void test_draft(void **state)
{
	(void)state;
	gw_layout l;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load("draft", dir, &l, &d), GW_OK);
	assert_true(l.size_pt == 12 && l.line_pitch_pt == 18);
	assert_true(l.ln_enabled);
	assert_int_equal(l.pn_position, GW_PN_CENTER);
}

/* The 公文 keys: gbt9704 fills pages and draws a red 版头, draft keeps
 * widow/orphan control, letter is 10.1, a colour parses as RRGGBB. */
static void test_gongwen_layouts(void **state)
{
	(void)state;
	gw_layout g, dr, le, mi;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load(NULL, dir, &g, &d), GW_OK);
	assert_false(g.widow_orphan);
	assert_int_equal(g.head_color, 0xFF0000);
	assert_true(g.head_mark_top_mm == 35 && !g.head_mark_from_paper && g.head_rule_below_mm == 4);
	assert_true(g.imprint_thick_mm == 0.35 && g.imprint_thin_mm == 0.25 && g.imprint_size_pt == 14);
	assert_true(g.imprint_even_page && g.pn_first_page);
	assert_int_equal(gw_layout_load("draft", dir, &dr, &d), GW_OK);
	assert_true(dr.widow_orphan);
	assert_int_equal(gw_layout_load("letter", dir, &le, &d), GW_OK);
	assert_true(le.head_mark_from_paper && le.head_mark_top_mm == 30 && le.head_double_rule);
	assert_true(le.head_rule_length_mm == 170 && le.head_bottom_rule_mm == 20 && le.head_rule_below_mark);
	assert_false(le.pn_first_page);
	assert_false(le.imprint_rules || le.imprint_printed_line || le.imprint_even_page);
	assert_int_equal(gw_layout_load("minutes", dir, &mi, &d), GW_OK);
	assert_true(mi.head_mark_top_mm == 35);
	gw_layout l;
	gw_layout_defaults(&l);
	assert_int_equal(gw_layout_parse("[head]\ncolor = #e60012\n", "c.ini", &l, &d), GW_OK);
	assert_int_equal(l.head_color, 0xE60012);
}

static const struct {
	const char *text;
	size_t line;
	const char *in_what;
} bad[] = {
	{"[grid]\nlines = 22\nchars = 28\nfont = 仿宋\n", 4, "'grid.font'"},
	{"; c\n[grid]\nsize_pt = big\n", 3, "'grid.size_pt'"},
	{"[grid]\nlines = 22.5\n", 2, "'grid.lines'"},
	{"[grid]\njustify = maybe\n", 2, "'grid.justify'"},
	{"[page_number]\nposition = left\n", 2, "'page_number.position'"},
	{"[grid]\nline_pitch_pt = -3\n", 2, "'grid.line_pitch_pt'"},
	{"[pagee]\ntop_mm = 30\n", 2, "'pagee.top_mm'"},
	{"top_mm = 30\n", 1, "[section]"},
	{"[page]\nthis line has no equals sign\n", 2, "cannot read"},
	{"[head]\ncolor = red\n", 2, "'head.color'"},
	{"[head]\ncolor = #FF00\n", 2, "'head.color'"},
	{"[imprint]\neven_page = sometimes\n", 2, "'imprint.even_page'"},
	{"[pages]\nwidow_orphan = 2\n", 2, "'pages.widow_orphan'"},
};

static void test_errors_name_file_line_key(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		gw_layout l;
		gw_diag d = {0};
		gw_layout_defaults(&l);
		gw_status st = gw_layout_parse(bad[i].text, "my.ini", &l, &d);
		if (st != GW_E_LAYOUT || d.line != bad[i].line || !strstr(d.what, bad[i].in_what) ||
		    strcmp(d.file, "my.ini") != 0 || !d.hint[0])
			fail_msg("case %zu: status %d line %zu file '%s' what '%s'", i, st, d.line, d.file, d.what);
	}
}

static void test_cross_checks(void **state)
{
	(void)state;
	static const char *bad_fit[] = {
		"[grid]\nchars = 40\n",                    /* 40 × 16 pt cannot fit 156 mm */
		"[grid]\nlines = 30\n",                    /* 30 × 28.95 pt > 225 mm */
		"[page]\ntop_mm = 100\n",                  /* block runs off the page */
		"[grid]\nline_pitch_pt = 12\n",            /* pitch under the font size */
	};
	for (size_t i = 0; i < sizeof bad_fit / sizeof bad_fit[0]; i++) {
		gw_layout l;
		gw_diag d = {0};
		gw_layout_defaults(&l);
		if (gw_layout_parse(bad_fit[i], "fit.ini", &l, &d) != GW_E_LAYOUT)
			fail_msg("case %zu accepted", i);
	}
	gw_layout l;
	gw_diag d = {0};
	gw_layout_defaults(&l);
	assert_int_equal(gw_layout_parse("[grid]\nchars = 27 ; a looser grid\n", "ok.ini", &l, &d), GW_OK);
	assert_int_equal(l.chars, 27);
}

static void test_missing(void **state)
{
	(void)state;
	gw_layout l;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load("nosuch", dir, &l, &d), GW_E_LAYOUT);
	assert_non_null(strstr(d.what, "no layout named 'nosuch'"));
	assert_non_null(strstr(d.what, "draft, gbt9704"));
	gw_diag_clear(&d);
	assert_int_equal(gw_layout_load("/nonexistent/x.ini", dir, &l, &d), GW_E_LAYOUT);
}

/* Lines of any length (issue #17 item 8): a fixed 200-byte line reader cut
 * long comments, read their tails as keys ("chars = 99" after byte 200 took
 * effect) and counted the pieces as lines; an indented line continued the
 * key above it. */
static void test_long_and_indented_lines(void **state)
{
	(void)state;
	char text[2048], pad[601];
	memset(pad, 'x', 600);
	pad[600] = '\0';
	gw_layout l;
	gw_diag d = {0};
	gw_layout_defaults(&l);
	snprintf(text, sizeof text, "[grid]\nchars = 27\n; %s chars = 29\n", pad);
	assert_int_equal(gw_layout_parse(text, "long.ini", &l, &d), GW_OK);
	assert_int_equal(l.chars, 27);
	snprintf(text, sizeof text, "[grid]\n; %s\n;%s\nfont = 1\n", pad, pad);
	assert_int_equal(gw_layout_parse(text, "long.ini", &l, &d), GW_E_LAYOUT);
	assert_int_equal(d.line, 4);  /* the line after two long comments */
	gw_diag_clear(&d);
	snprintf(text, sizeof text, "[grid]\nchars = 27 %s\n", pad);
	assert_int_equal(gw_layout_parse(text, "long.ini", &l, &d), GW_E_LAYOUT);
	assert_int_equal(d.line, 2);
	assert_non_null(strstr(d.what, "'grid.chars'"));
	gw_diag_clear(&d);
	gw_layout_defaults(&l);
	assert_int_equal(gw_layout_parse("[grid]\nchars = 27\n  lines = 21\n", "ind.ini", &l, &d), GW_OK);
	assert_int_equal(l.chars, 27);
	assert_int_equal(l.lines, 21);
	assert_int_equal(gw_layout_parse("[grid]\nchars = 27\n\t chars = 30\n", "ind.ini", &l, &d), GW_E_LAYOUT);
	assert_int_equal(d.line, 3);
	assert_non_null(strstr(d.what, "already set on line 2"));
	gw_diag_clear(&d);
	gw_layout_defaults(&l);
	assert_int_equal(gw_layout_parse("\xEF\xBB\xBF[grid]\r\nchars: 26 ; colon, CRLF\r\n", "bom.ini", &l, &d), GW_OK);
	assert_int_equal(l.chars, 26);
}

int main(void)
{
	snprintf(dir, sizeof dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_gbt9704_is_the_default),
		cmocka_unit_test(test_draft),
		cmocka_unit_test(test_gongwen_layouts),
		cmocka_unit_test(test_errors_name_file_line_key),
		cmocka_unit_test(test_cross_checks),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_long_and_indented_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
