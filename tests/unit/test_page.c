/*
 * test_page.c — the page list (page/page.h) as a backend receives it:
 * every run on its page and in the text block, the report's text once and
 * in order, one page per composed page, page numbers where GB/T 9704 7.5
 * puts them, outline entries, the embedded programs, the rule primitive,
 * and that the list owns its memory (the report and fonts freed first).
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "model/utf8.h"
#include "page/compose.h"
#include "page/page.h"

static char fonts_dir[4096], layouts_dir[4096];
static gw_fonts *F;

static int setup(void **state)
{
	(void)state;
	gw_diag d = {0};
	if (gw_fonts_open(fonts_dir, &F, &d)) {
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

static gw_layout layout(const char *name)
{
	gw_layout L;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load(name, layouts_dir, &L, &d), GW_OK);
	return L;
}

static gw_section *heading(gw_report *r, gw_section *s, int level, const char *marker, const char *text)
{
	s->level = level;
	s->marker = gw_report_strdup(r, marker);
	s->heading = gw_report_strdup(r, text);
	return s;
}

/* Three levels of headings, then `paras` body paragraphs (many → pages). */
static gw_report *report(int paras)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "关于全镇二〇二四年农村人居环境整治工作的汇报");
	r->salutation = gw_report_strdup(r, "各位领导：");
	gw_section *s = heading(r, gw_arena_array(r->arena, 1, sizeof *s), 1, "一、", "主要做法");
	r->sections = s;
	r->n_sections = 1;
	s->sections = heading(r, gw_arena_array(r->arena, 1, sizeof *s), 2, "（一）", "垃圾分类");
	s->n_sections = 1;
	gw_section *c = s->sections;
	c->sections = heading(r, gw_arena_array(r->arena, 1, sizeof *s), 3, "1.", "建立收运体系");
	c->n_sections = 1;
	c = c->sections;
	c->body = gw_arena_array(r->arena, (size_t)paras, sizeof *c->body);
	c->n_body = (size_t)paras;
	for (int i = 0; i < paras; i++)
		c->body[i].text = gw_report_strdup(r, "全镇新建垃圾收集点四十二个，配备分类桶一千二百余只，"
						   "村庄保洁实现全覆盖，群众满意度调查得分逐季提高。");
	r->closing = gw_report_strdup(r, "以上汇报，请予审阅。");
	r->signature.n = 2;
	r->signature.items = gw_arena_array(r->arena, 2, sizeof(char *));
	r->signature.items[0] = gw_report_strdup(r, "某某镇人民政府");
	r->signature.items[1] = gw_report_strdup(r, "2025年1月6日");
	return r;
}

static double run_width(const gw_run *run)
{
	double w = 0;
	for (size_t i = 0; i < run->n; i++)
		w += run->adv[i] + run->spacing;
	return w - run->spacing;
}

static bool is_page_number(const gw_run *run, const gw_layout *L)
{
	return L->pn_enabled && run->size == L->pn_size_pt && run->y > (L->top_mm + L->block_height_mm) * GW_PT_PER_MM;
}

static bool is_line_number(const gw_run *run, const gw_layout *L)
{
	return L->ln_enabled && run->x < L->left_mm * GW_PT_PER_MM;
}

/* Every run: a known font, its text = its code points, inside the page;
 * body runs (not page or line numbers) inside the text block. */
static void check_runs(const gw_pages *pg, const gw_layout *L)
{
	double left = L->left_mm * GW_PT_PER_MM, right = left + L->block_width_mm * GW_PT_PER_MM;
	double top = L->top_mm * GW_PT_PER_MM, bottom = top + L->block_height_mm * GW_PT_PER_MM;
	for (size_t p = 0; p < pg->n_pages; p++) {
		const gw_page *page = &pg->pages[p];
		assert_true(fabs(page->width - L->page_width_mm * GW_PT_PER_MM) < 1e-9);
		assert_true(fabs(page->height - L->page_height_mm * GW_PT_PER_MM) < 1e-9);
		for (size_t k = 0; k < page->n_runs; k++) {
			const gw_run *run = &page->runs[k];
			assert_true(run->font >= 0 && (size_t)run->font < pg->n_fonts);
			assert_true(run->n >= 1 && run->size > 0);
			char text[4096];
			size_t n = 0;
			for (size_t i = 0; i < run->n && n < sizeof text - 4; i++)
				n += gw_utf8_encode(run->cp[i], text + n);
			text[n] = '\0';
			assert_string_equal(run->text, text);
			double w = run_width(run);
			double above = run->y - GW_PAGE_ASCENT * run->size, below = run->y + (1 - GW_PAGE_ASCENT) * run->size;
			assert_true(run->x >= 0 && run->x + w <= page->width);
			assert_true(above >= 0 && below <= page->height);
			if (is_page_number(run, L) || is_line_number(run, L))
				continue;
			/* a line-end mark may hang half a cell into the margin (push-in) */
			assert_true(run->x >= left - 1e-6 && run->x + w <= right + run->size / 2);
			assert_true(above >= top - 1e-6 && below <= bottom + 1e-6);
		}
	}
}

static void squeeze(char *s)
{
	char *w = s;
	for (char *p = s; *p; p++)
		if (*p != ' ' && *p != '\n')
			*w++ = *p;
	*w = '\0';
}

/* The body runs' text, in page and run order, is the report's text. */
static void check_text(const gw_pages *pg, const gw_layout *L, const gw_report *r)
{
	char *want = gw_report_text(r);
	size_t cap = strlen(want) * 2 + 1, n = 0;
	char *got = calloc(1, cap);
	assert_non_null(got);
	for (size_t p = 0; p < pg->n_pages; p++)
		for (size_t k = 0; k < pg->pages[p].n_runs; k++) {
			const gw_run *run = &pg->pages[p].runs[k];
			if (is_page_number(run, L) || is_line_number(run, L))
				continue;
			size_t len = strlen(run->text);
			assert_true(n + len < cap);
			memcpy(got + n, run->text, len);
			n += len;
		}
	squeeze(got);
	squeeze(want);
	assert_string_equal(got, want);
	free(got);
	free(want);
}

static void test_runs_inside_page(void **state)
{
	(void)state;
	const char *names[] = {"gbt9704", "draft"};
	for (size_t i = 0; i < 2; i++) {
		gw_layout L = layout(names[i]);
		gw_report *r = report(40);
		gw_pages pg;
		gw_diag d = {0};
		assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_OK);
		check_runs(&pg, &L);
		check_text(&pg, &L, r);
		gw_pages_free(&pg);
		gw_report_free(r);
	}
}

/* One page per composed page; "— n —" on each, at the outside edge one
 * 字 in (odd pages right, even pages left). */
static void test_pages_and_numbers(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(40);
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	gw_pages pg;
	assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_OK);
	assert_true(doc.pages >= 3);
	assert_int_equal(pg.n_pages, (size_t)doc.pages);
	double left = L.left_mm * GW_PT_PER_MM, right = left + L.block_width_mm * GW_PT_PER_MM;
	double inset = L.pn_inset_chars * L.pn_size_pt;
	for (size_t p = 0; p < pg.n_pages; p++) {
		char label[64] = "", want[64];
		double x0 = INFINITY, x1 = -INFINITY;
		for (size_t k = 0; k < pg.pages[p].n_runs; k++) {
			const gw_run *run = &pg.pages[p].runs[k];
			if (!is_page_number(run, &L))
				continue;
			strcat(label, run->text);
			x0 = fmin(x0, run->x);
			x1 = fmax(x1, run->x + run_width(run));
		}
		snprintf(want, sizeof want, "— %zu —", p + 1);
		assert_string_equal(label, want);
		if ((p + 1) % 2)
			assert_true(fabs(x1 - (right - inset)) < 1e-6);
		else
			assert_true(fabs(x0 - (left + inset)) < 1e-6);
	}
	assert_string_equal(pg.signer, "某某镇人民政府");
	gw_pages_free(&pg);
	gw_compose_free(&doc);
	gw_report_free(r);
}

static void test_marks(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(2);
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_OK);
	assert_int_equal(pg.n_pages, 1);
	const gw_page *page = &pg.pages[0];
	assert_int_equal(page->n_marks, 3);
	const char *titles[] = {"一、主要做法", "（一）垃圾分类", "1.建立收运体系"};
	double top = L.top_mm * GW_PT_PER_MM, prev = top - 1;
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(page->marks[i].level, (int)i + 1);
		assert_string_equal(page->marks[i].title, titles[i]);
		assert_true(page->marks[i].y > prev);  /* reading order, each on its own line */
		assert_true(page->marks[i].y < top + L.block_height_mm * GW_PT_PER_MM);
		prev = page->marks[i].y;
	}
	gw_pages_free(&pg);
	gw_report_free(r);
}

/* Each font is a TrueType program (sfnt version 1.0) that some run uses. */
static void test_fonts(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(2);
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_OK);
	assert_true(pg.n_fonts >= 2);
	for (size_t f = 0; f < pg.n_fonts; f++) {
		const gw_page_font *pf = &pg.fonts[f];
		assert_true(pf->len > 12);
		assert_memory_equal(pf->program, "\x00\x01\x00\x00", 4);
		assert_true(*pf->family && *pf->file);
		bool used = false;
		for (size_t k = 0; k < pg.pages[0].n_runs; k++)
			used |= pg.pages[0].runs[k].font == (int)f;
		assert_true(used);
	}
	gw_pages_free(&pg);
	gw_report_free(r);
}

/* Nothing in the list points into the report or the fonts (run under
 * make asan / valgrind, a dangling pointer here is an error). */
static void test_owns_memory(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(2);
	gw_fonts *own = NULL;
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_fonts_open(fonts_dir, &own, &d), GW_OK);
	assert_int_equal(gw_pages_build(r, &L, own, false, &pg, &d), GW_OK);
	gw_report_free(r);
	gw_fonts_close(own);
	assert_string_equal(pg.pages[0].marks[0].title, "一、主要做法");
	assert_string_equal(pg.signer, "某某镇人民政府");
	size_t bytes = 0;
	for (size_t f = 0; f < pg.n_fonts; f++)
		bytes += strlen(pg.fonts[f].family) + strlen(pg.fonts[f].file) + (pg.fonts[f].program[0] == 0);
	assert_true(bytes > 0);
	assert_non_null(strstr(pg.pages[0].runs[0].text, "关于全镇"));
	gw_pages_free(&pg);
	assert_null(pg.pages);
}

static void test_add_rule(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(2);
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_OK);
	gw_rule red = {79.4, 200, 521.6, 200, 1.0, {255, 0, 0}}, thin = red;
	thin.width = 0;
	assert_int_equal(gw_pages_add_rule(&pg, 1, &red, &d), GW_E_INTERNAL);  /* one page only */
	gw_diag_clear(&d);
	assert_int_equal(gw_pages_add_rule(&pg, 0, &thin, &d), GW_E_INTERNAL);
	gw_diag_clear(&d);
	assert_int_equal(pg.pages[0].n_rules, 0);
	assert_int_equal(gw_pages_add_rule(&pg, 0, &red, &d), GW_OK);
	red.y0 = red.y1 = 300;
	red.color = (gw_rgb){0, 0, 0};
	assert_int_equal(gw_pages_add_rule(&pg, 0, &red, &d), GW_OK);
	assert_int_equal(pg.pages[0].n_rules, 2);
	assert_true(pg.pages[0].rules[0].y0 == 200 && pg.pages[0].rules[0].color.r == 255);
	assert_true(pg.pages[0].rules[1].y0 == 300 && pg.pages[0].rules[1].color.r == 0);
	gw_pages_free(&pg);
	gw_report_free(r);
}

static void test_missing_glyph(void **state)
{
	(void)state;
	gw_layout L = layout("gbt9704");
	gw_report *r = report(2);
	r->closing = gw_report_strdup(r, "泰文\xE0\xB8\x81。");
	r->lines.closing = 9;
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_pages_build(r, &L, F, false, &pg, &d), GW_E_GLYPH);
	assert_int_equal(d.line, 9);
	gw_pages_free(&pg);
	gw_diag_clear(&d);
	assert_int_equal(gw_pages_build(r, &L, F, true, &pg, &d), GW_OK);  /* drawn as 〓 */
	bool geta = false;
	for (size_t k = 0; k < pg.pages[0].n_runs; k++)
		geta |= strstr(pg.pages[0].runs[k].text, "〓") != NULL;
	assert_true(geta);
	gw_pages_free(&pg);
	gw_report_free(r);
}

int main(void)
{
	snprintf(fonts_dir, sizeof fonts_dir, "%s/../fonts", gw_tests_dir());
	snprintf(layouts_dir, sizeof layouts_dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_runs_inside_page),
		cmocka_unit_test(test_pages_and_numbers),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_fonts),
		cmocka_unit_test(test_owns_memory),
		cmocka_unit_test(test_add_rule),
		cmocka_unit_test(test_missing_glyph),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
