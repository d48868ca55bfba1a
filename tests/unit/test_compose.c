/*
 * test_compose.c — the model laid out as glyphs and rows, before any PDF:
 * which face draws which part (roles), run-in headings, faux bold, no
 * character lost or duplicated across rows, missing characters with lines.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "model/utf8.h"
#include "page/compose.h"

static char fonts_dir[4096], layouts_dir[4096];
static gw_fonts *F;
static gw_layout L;

static int setup(void **state)
{
	(void)state;
	gw_diag d = {0};
	if (gw_fonts_open(fonts_dir, &F, &d) || gw_layout_load(NULL, layouts_dir, &L, &d)) {
		fprintf(stderr, "%s (%s)\n", d.what, d.hint);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	gw_fonts_close(F);
	return 0;
}

static gw_report *report(void)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "关于全年工作的汇报");
	r->salutation = gw_report_strdup(r, "各位领导：");
	gw_section *s = gw_arena_array(r->arena, 1, sizeof *s);
	r->sections = s;
	r->n_sections = 1;
	s->level = 1;
	s->marker = gw_report_strdup(r, "一、");
	s->heading = gw_report_strdup(r, "主要工作");
	s->line = 3;
	s->sections = gw_arena_array(r->arena, 2, sizeof *s);
	s->n_sections = 2;
	gw_section *c = &s->sections[0];
	c->level = 2;
	c->marker = gw_report_strdup(r, "（一）");
	c->heading = gw_report_strdup(r, "抓好项目");
	c->heading_end = gw_report_strdup(r, "。");
	c->inline_heading = true;
	c->body = gw_arena_array(r->arena, 1, sizeof *c->body);
	c->body[0].text = gw_report_strdup(r, "完成投资十亿元。");
	c->body[0].line = 4;
	c->n_body = 1;
	c = &s->sections[1];
	c->level = 3;
	c->marker = gw_report_strdup(r, "1.");
	c->heading = gw_report_strdup(r, "加强管理");
	c->line = 5;
	c->body = gw_arena_array(r->arena, 1, sizeof *c->body);
	c->body[0].text = gw_report_strdup(r, "制度更加健全。");
	c->body[0].line = 6;
	c->n_body = 1;
	return r;
}

/* Face of the first glyph of `text` in the doc's glyph stream. */
static const gw_glyph *find(const gw_doc *doc, const char *text)
{
	size_t len;
	uint32_t cp0 = gw_utf8_decode(text, strlen(text), &len);
	uint32_t cp1 = gw_utf8_decode(text + len, strlen(text) - len, &len);
	for (size_t i = 0; i + 1 < doc->ng; i++)
		if (doc->g[i].cp == cp0 && doc->g[i + 1].cp == cp1)
			return &doc->g[i];
	fail_msg("'%s' not laid out", text);
	return NULL;
}

static void test_roles(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	bool fake;
	int body = gw_fonts_pick(F, GW_ROLE_BODY, 0x5B8C, &fake);
	assert_int_equal(find(&doc, "主要")->face, gw_fonts_pick(F, GW_ROLE_HEADING1, 0x4E3B, &fake));
	assert_int_equal(find(&doc, "抓好")->face, gw_fonts_pick(F, GW_ROLE_HEADING2, 0x6293, &fake));
	assert_int_equal(find(&doc, "完成")->face, body);  /* run-in: the rest is body */
	assert_true(find(&doc, "加强")->fake);              /* level 3 in faux bold */
	assert_false(find(&doc, "制度")->fake);
	assert_false(find(&doc, "完成")->fake);
	gw_compose_free(&doc);
	gw_report_free(r);
}

static void test_rows_cover_text(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	char *want = gw_report_text(r);
	char got[4096] = "";
	size_t n = 0, next = 0;
	for (size_t i = 0; i < doc.nr; i++) {
		if (doc.ts[i].blank)
			continue;
		assert_int_equal(doc.rows[i].g0, next);  /* in order, nothing skipped or repeated */
		next = doc.rows[i].g1;
		for (size_t k = doc.rows[i].g0; k < doc.rows[i].g1; k++)
			n += gw_utf8_encode(doc.g[k].cp, got + n);
	}
	got[n] = '\0';
	assert_string_equal(got, want);
	/* the heading 一、 is not run-in: its own row, kept with the next */
	int outlines = 0;
	for (size_t i = 0; i < doc.nr; i++)
		outlines += doc.rows[i].ol_level > 0;
	assert_int_equal(outlines, 3);
	assert_int_equal(doc.pages, 1);
	free(want);
	gw_compose_free(&doc);
	gw_report_free(r);
}

/* A 第一部分 paragraph (no level in model.md) is set as a part title:
 * 黑体 role, centred, kept with what follows; a paragraph that only starts
 * with 第…部分 and goes on as a sentence stays body text. */
static void test_part_title(void **state)
{
	(void)state;
	gw_report *r = report();
	r->preamble = gw_arena_array(r->arena, 2, sizeof *r->preamble);
	r->n_preamble = 2;
	r->preamble[0].text = gw_report_strdup(r, "第一部分　二〇二三年工作回顾");
	r->preamble[1].text = gw_report_strdup(r, "第二部分内容较多，主要是计划。");
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	bool fake;
	const gw_glyph *part = find(&doc, "第一"), *prose = find(&doc, "第二");
	assert_int_equal(part->face, gw_fonts_pick(F, GW_ROLE_HEADING1, 0x7B2C, &fake));
	assert_int_equal(prose->face, gw_fonts_pick(F, GW_ROLE_BODY, 0x7B2C, &fake));
	size_t row = 0;
	while (row < doc.nr && !(doc.rows[row].g0 <= (size_t)(part - doc.g) && (size_t)(part - doc.g) < doc.rows[row].g1))
		row++;
	assert_true(row < doc.nr);
	double w = doc.width, x = doc.rows[row].x;
	assert_true(x > w / 8 && x < w / 2);  /* centred (a paragraph starts at 2 cells: w / 14) */
	assert_true(doc.ts[row].keep_with_next);
	gw_compose_free(&doc);
	gw_report_free(r);
}

static void test_missing_lines(void **state)
{
	(void)state;
	gw_report *r = report();
	r->sections[0].sections[1].body[0].text = gw_report_strdup(r, "泰文\xE0\xB8\x81与\xE0\xB8\x82。");
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_E_GLYPH);
	assert_int_equal(d.line, 6);
	assert_non_null(strstr(d.what, "U+0E01, line 6"));
	assert_non_null(strstr(d.what, "U+0E02, line 6"));
	gw_compose_free(&doc);
	gw_report_free(r);
}

int main(void)
{
	snprintf(fonts_dir, sizeof fonts_dir, "%s/../fonts", gw_tests_dir());
	snprintf(layouts_dir, sizeof layouts_dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_rows_cover_text),
		cmocka_unit_test(test_part_title),
		cmocka_unit_test(test_missing_lines),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
