/*
 * test_compose.c — the model laid out as glyphs and rows, before any PDF:
 * which face draws which part (roles), run-in headings, faux bold, no
 * character lost or duplicated across rows, missing characters with lines;
 * the 公文 frame (版头, 版记, 附件 pages) and the filled grid (5.2.3).
 */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/utf8.h"
#include "page/compose.h"
#include "page/page.h"

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


/* A report of n one-heading sections with three 3-line paragraphs each. */
static gw_report *long_report(size_t n)
{
	gw_report *r = report();
	gw_section *s = gw_arena_array(r->arena, n, sizeof *s);
	for (size_t i = 0; i < n; i++) {
		s[i].level = 1;
		s[i].marker = gw_report_strdup(r, "一、");
		s[i].heading = gw_report_strdup(r, "扎实推进重点工作");
		s[i].body = gw_arena_array(r->arena, 3, sizeof *s[i].body);
		s[i].n_body = 3;
		for (size_t k = 0; k < 3; k++)
			s[i].body[k].text = gw_report_strdup(r, "全年共完成各类建设项目二十个，总投资三亿元，较上年增长百分之十二，"
								 "群众满意度持续提升，各项工作取得新进展，为明年打下基础。");
	}
	r->sections = s;
	r->n_sections = n;
	const char *sig[] = {"××县水利局", "2024年5月6日"};
	r->signature = (gw_strlist){true, gw_arena_array(r->arena, 2, sizeof(char *)), 2};
	for (size_t i = 0; i < 2; i++)
		r->signature.items[i] = gw_report_strdup(r, sig[i]);
	return r;
}

/* The last slot used on each page, -1 for none. */
static void last_slots(const gw_doc *doc, int *last, int pages)
{
	for (int p = 0; p < pages; p++)
		last[p] = -1;
	for (size_t i = 0; i < doc->nr; i++)
		if (doc->ts[i].page >= 0 && doc->ts[i].page < pages && doc->ts[i].slot > last[doc->ts[i].page])
			last[doc->ts[i].page] = doc->ts[i].slot;
}

/* 5.2.3 撑满版心: with widow/orphan control off every page but the last
 * ends on the last slot, unless the next page starts with a heading chain
 * (then it is at most 2 short) or it precedes the signature page. */
static void test_fill_grid(void **state)
{
	(void)state;
	gw_report *r = long_report(12);
	gw_doc doc;
	gw_diag d = {0};
	assert_false(L.widow_orphan);
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	assert_true(doc.pages >= 4);
	int last[64];
	last_slots(&doc, last, doc.pages);
	for (int p = 0; p + 2 < doc.pages; p++) {  /* the signature page's predecessor may be short */
		if (last[p] == L.lines - 1)
			continue;
		size_t first = 0;
		while (first < doc.nr && doc.ts[first].page != p + 1)
			first++;
		assert_true(doc.ts[first].keep_with_next);  /* a heading starts the next page */
		assert_true(last[p] >= L.lines - 3);
	}
	/* the signature is never alone: its page holds a body line */
	size_t sig = doc.nr - 1;
	int sig_page = doc.ts[sig].page, body_on_it = 0;
	for (size_t i = 0; i < doc.nr; i++)
		body_on_it += doc.ts[i].page == sig_page && doc.rows[i].closing;
	assert_int_equal(body_on_it, 1);
	gw_compose_free(&doc);

	/* widow/orphan on: the pagination of typeset.c, unchanged */
	gw_layout wo = L;
	wo.widow_orphan = true;
	assert_int_equal(gw_compose(&doc, r, &wo, F, false, &d), GW_OK);
	gw_ts_row *copy = malloc(doc.nr * sizeof *copy);
	assert_non_null(copy);
	memcpy(copy, doc.ts, doc.nr * sizeof *copy);
	assert_int_equal(gw_ts_paginate(copy, doc.nr, wo.lines), doc.pages);
	for (size_t i = 0; i < doc.nr; i++)
		assert_true(copy[i].page == doc.ts[i].page && copy[i].slot == doc.ts[i].slot);
	free(copy);
	gw_compose_free(&doc);
	gw_report_free(r);
}

static gw_strlist list(gw_report *r, const char *a, const char *b)
{
	gw_strlist l = {true, gw_arena_array(r->arena, 2, sizeof(char *)), b ? 2 : 1};
	l.items[0] = gw_report_strdup(r, a);
	if (b)
		l.items[1] = gw_report_strdup(r, b);
	return l;
}

/* 7.2: the mark red, its top edge 35 mm under the block top; the red line
 * 4 mm under the 发文字号; the title two slots under it. */
static void test_head(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_head *h = gw_arena_array(r->arena, 1, sizeof *h);
	h->text = gw_report_strdup(r, "××县水利局文件\n×水发〔2024〕8号");
	h->issuers = list(r, "××县水利局文件", NULL);
	h->doc_number = gw_report_strdup(r, "×水发〔2024〕8号");
	r->head = h;
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	double mm = GW_PT_PER_MM;
	assert_int_equal(doc.n_fixed, 2);
	const gw_fixed *mark = &doc.fixed[0], *num = &doc.fixed[1];
	assert_int_equal(mark->rgb, 0xFF0000);
	assert_int_equal(num->rgb, 0);
	assert_true(fabs(mark->y - 0.88 * mark->size - (doc.top + 35 * mm)) < 0.01);
	assert_int_equal(doc.n_rules, 1);
	const gw_line_rule *red = &doc.rules[0];
	assert_int_equal(red->rgb, 0xFF0000);
	assert_true(fabs(red->y0 - (num->y + 0.12 * num->size + 4 * mm)) < 0.01);
	assert_true(fabs(red->x1 - red->x0 - doc.width) < 0.01);
	/* the title's first row sits two slots below the slot of the red line */
	size_t title = doc.head_rows;
	assert_true(title > 0 && doc.rows[0].g0 == doc.rows[0].g1);
	double title_top = doc.top + doc.ts[title].slot * doc.pitch;
	assert_true(title_top - red->y0 >= 1.9 * doc.pitch && title_top - red->y0 < 3 * doc.pitch);
	assert_int_equal(doc.pages, 1);
	gw_compose_free(&doc);
	gw_report_free(r);
}

/* 7.4 + 7.5: a one-page report's 版记 goes to page 2 (even), which gets
 * no page number; its last rule ends on the block's bottom edge. */
static void test_imprint_even_page(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_imprint *im = gw_arena_array(r->arena, 1, sizeof *im);
	im->text = gw_report_strdup(r, "抄送：县委办公室。\n××县水利局办公室　2024年5月6日印发");
	im->cc = list(r, "县委办公室", NULL);
	im->printed_by = gw_report_strdup(r, "××县水利局办公室");
	im->printed_on = gw_report_strdup(r, "2024年5月6日");
	r->imprint = im;
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	assert_int_equal(doc.pages, 2);
	assert_int_equal(doc.first_plain, 1);
	assert_int_equal(doc.n_rules, 3);
	double bottom = doc.top + doc.height;
	assert_true(fabs(doc.rules[2].y0 + doc.rules[2].width / 2 - bottom) < 0.01);
	assert_true(doc.rules[0].width > doc.rules[1].width);
	for (size_t i = 0; i < doc.n_fixed; i++)
		assert_int_equal(doc.fixed[i].page, 1);
	gw_compose_free(&doc);

	gw_layout odd = L;  /* without even_page it shares page 1 */
	odd.imprint_even_page = false;
	assert_int_equal(gw_compose(&doc, r, &odd, F, false, &d), GW_OK);
	assert_int_equal(doc.pages, 1);
	assert_int_equal(doc.first_plain, 0);
	gw_compose_free(&doc);
	gw_report_free(r);
}

/* 7.3.7: each attachment from a new page, label on line 1, title on line 3. */
static void test_appendix_pages(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_appendix *a = gw_arena_array(r->arena, 2, sizeof *a);
	for (size_t i = 0; i < 2; i++) {
		a[i].marker = gw_report_strdup(r, i ? "附件2" : "附件1");
		a[i].title = gw_report_strdup(r, "重点项目表");
		a[i].body = gw_arena_array(r->arena, 1, sizeof *a[i].body);
		a[i].body[0].text = gw_report_strdup(r, "项目进展顺利。");
		a[i].n_body = 1;
	}
	r->appendices = a;
	r->n_appendices = 2;
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	assert_int_equal(doc.pages, 3);
	assert_int_equal(doc.n_segs, 2);
	for (size_t k = 0; k < 2; k++) {
		size_t s = doc.segs[k];
		assert_int_equal(doc.ts[s].page, (int)k + 1);
		assert_int_equal(doc.ts[s].slot, 0);
		assert_true(doc.rows[s].x == 0);
		bool fake;
		assert_int_equal(doc.g[doc.rows[s].g0].face, gw_fonts_pick(F, GW_ROLE_HEADING1, 0x9644, &fake));
		assert_int_equal(doc.ts[s + 2].slot, 2);  /* title on the third line */
		assert_true(doc.rows[s + 2].size == L.title_size_pt);
	}
	gw_compose_free(&doc);
	gw_report_free(r);
}


/* A table of `rows` rows (one a 表头) as the report's only paragraph; row
 * 2's second cell is long enough to wrap. */
static gw_report *table_report(size_t rows)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "重点项目情况");
	gw_report_table *t = gw_arena_array(r->arena, 1, sizeof *t);
	gw_report_cell *c = gw_arena_array(r->arena, rows * 3, sizeof *c);
	*t = (gw_report_table){rows, 3, 1, c, 0};
	static const char *const head[] = {"项目", "建设内容", "投资（万元）"};
	for (size_t i = 0; i < rows; i++)
		for (size_t k = 0; k < 3; k++) {
			char buf[256];
			if (i == 0)
				snprintf(buf, sizeof buf, "%s", head[k]);
			else if (k == 1 && i == 2)
				snprintf(buf, sizeof buf, "新建四级公路十二公里，改造危桥三座，完善安全防护设施和排水设施，同步整治路域环境");
			else
				snprintf(buf, sizeof buf, k == 0 ? "项目%zu" : k == 1 ? "硬化路面%zu公里" : "%zu00", i);
			c[t->n_cells++] = (gw_report_cell){gw_report_strdup(r, buf), i, k, 1, 1};
		}
	r->preamble = gw_arena_array(r->arena, 1, sizeof *r->preamble);
	r->preamble[0] = (gw_paragraph){.text = "", .index = 1, .line = 2, .table = t};
	r->n_preamble = 1;
	return r;
}

/* Ruled tables: cells wrap inside their columns, the 表头 comes again on
 * every page the table runs on, and the rules sit on slot boundaries
 * inside the 版心. */
static void test_table(void **state)
{
	(void)state;
	gw_report *r = table_report(60);
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	assert_int_equal(doc.n_tables, 1);
	const gw_table_place *tp = &doc.tables[0];
	assert_true(doc.pages >= 3);
	/* columns: edges rising from 0 to the block width */
	assert_true(tp->colx[0] == 0 && fabs(tp->colx[3] - doc.width) < 0.01);
	for (size_t k = 0; k < 3; k++)
		assert_true(tp->colx[k + 1] > tp->colx[k]);
	/* every segment inside one column; the long cell wraps */
	size_t long_lines = 0;
	for (size_t i = tp->row0; i < tp->row1; i++) {
		const gw_row *row = &doc.rows[i];
		assert_true(row->n_seg >= 1 && row->table == 1);
		for (size_t k = row->seg0; k < row->seg0 + row->n_seg; k++) {
			const gw_seg *sg = &doc.segs_tbl[k];
			double w = 0;
			for (size_t g = sg->g0; g < sg->g1; g++)
				w += doc.adv[g] + (g + 1 < sg->g1 ? sg->tc : 0);
			size_t col = 0;
			while (col < 2 && sg->x >= tp->colx[col + 1])
				col++;
			assert_true(sg->x >= tp->colx[col] && sg->x + w <= tp->colx[col + 1] + 0.01);
			long_lines += row->table_row == 2 && col == 1;
		}
	}
	assert_true(long_lines >= 2);
	/* the 表头 (in 黑体) opens each page the table is on */
	int pages_with_table = 0;
	for (size_t i = tp->row0; i < tp->row1; i++) {
		if (i > tp->row0 && doc.ts[i].page == doc.ts[i - 1].page)
			continue;
		pages_with_table++;
		assert_int_equal(doc.rows[i].table_row, 0);
		const gw_seg *sg = &doc.segs_tbl[doc.rows[i].seg0];
		bool fake;
		assert_int_equal(doc.g[sg->g0].face, gw_fonts_pick(F, GW_ROLE_HEADING1, doc.g[sg->g0].cp, &fake));
	}
	assert_int_equal(pages_with_table, doc.pages);
	/* rules: inside the 版心, horizontal or vertical, on slot boundaries */
	int frames = 0;
	for (size_t k = 0; k < doc.n_table_rules; k++) {
		const gw_line_rule *ru = &doc.table_rules[k];
		assert_true(ru->x0 >= doc.left - 0.01 && ru->x1 <= doc.left + doc.width + 0.01);
		assert_true(ru->y0 >= doc.top - 0.01 && ru->y1 <= doc.top + doc.height + 0.01);
		assert_true(ru->x0 == ru->x1 || ru->y0 == ru->y1);
		double slots = (ru->y0 - doc.top) / doc.pitch;
		assert_true(fabs(slots - round(slots)) < 1e-6);
		frames += ru->x0 == doc.left && ru->x1 == doc.left + doc.width;
	}
	assert_true(frames >= 2 * doc.pages);  /* a top and a bottom rule on every page */
	gw_compose_free(&doc);
	gw_report_free(r);
}

/* A table of 10 columns of long figures (unbreakable runs wider than the
 * 版心 together) after the title, with a closing paragraph: turned onto
 * pages of its own (GB/T 9704 §8), 表头 not marked but evident. */
static gw_report *wide_report(size_t rows)
{
	gw_report *r = table_report(1);
	gw_report_table *t = gw_arena_array(r->arena, 1, sizeof *t);
	gw_report_cell *c = gw_arena_array(r->arena, rows * 10, sizeof *c);
	*t = (gw_report_table){rows, 10, 0, c, 0};
	for (size_t i = 0; i < rows; i++)
		for (size_t k = 0; k < 10; k++) {
			char buf[64];
			snprintf(buf, sizeof buf, i == 0 ? "指标%zu" : "%zu,345,678.%zu", k + 1, i);
			c[t->n_cells++] = (gw_report_cell){gw_report_strdup(r, buf), i, k, 1, 1};
		}
	r->preamble[0].table = t;
	r->closing = gw_report_strdup(r, "以上情况，特此报告。");
	return r;
}

static void test_turned_table(void **state)
{
	(void)state;
	gw_report *r = wide_report(40);
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	const gw_table_place *tp = &doc.tables[0];
	gw_turned_frame f = gw_compose_turned_frame(&doc);
	assert_true(tp->turned);
	/* the frame: the portrait 版心 seen with the paper's left edge on top */
	assert_true(fabs(f.width - doc.height) < 1e-9 && fabs(f.height - doc.width) < 1e-9);
	assert_true(fabs(f.top - doc.left) < 1e-9 && fabs(f.left + f.width + doc.top - doc.page_h) < 1e-9);
	assert_int_equal(f.lines, (int)(doc.width / doc.pitch));
	/* in its own pages: the title's page holds no table row, the closing a page after it */
	int first = doc.ts[tp->row0].page, last = doc.ts[tp->row1 - 1].page;
	assert_true(first == 1 && last >= 3);
	for (size_t i = 0; i < doc.nr; i++) {
		bool in = i >= tp->row0 && i < tp->row1;
		assert_true(in == gw_compose_row_turned(&doc, i));
		if (doc.ts[i].page < 0)
			continue;
		assert_true(in == (doc.ts[i].page >= first && doc.ts[i].page <= last));
		assert_true(!in || doc.ts[i].slot < f.lines);
	}
	/* the evident 表头 (text over figures) opens each turned page */
	for (size_t i = tp->row0 + 1; i < tp->row1; i++)
		if (doc.ts[i].page != doc.ts[i - 1].page)
			assert_int_equal(doc.rows[i].table_row, 0);
	/* every rule inside the portrait 版心 on the paper */
	for (size_t k = 0; k < doc.n_table_rules; k++) {
		const gw_line_rule *ru = &doc.table_rules[k];
		assert_true(ru->page >= first && ru->page <= last);
		assert_true(fmin(ru->x0, ru->x1) >= doc.left - 0.01 && fmax(ru->x0, ru->x1) <= doc.left + doc.width + 0.01);
		assert_true(fmin(ru->y0, ru->y1) >= doc.top - 0.01 && fmax(ru->y0, ru->y1) <= doc.top + doc.height + 0.01);
	}
	gw_compose_free(&doc);
	/* the page list: turned pages, their cells' runs turned, the page number upright */
	gw_pages pages;
	assert_int_equal(gw_pages_build(r, &L, F, false, &pages, &d), GW_OK);
	for (size_t p = 0; p < pages.n_pages; p++) {
		const gw_page *pg = &pages.pages[p];
		bool turned = (int)p >= first && (int)p <= last;
		assert_true(pg->turned == turned && pg->width < pg->height);
		size_t n_turned = 0;
		for (size_t k = 0; k < pg->n_runs; k++)
			n_turned += pg->runs[k].turned;
		assert_true(turned ? n_turned + 3 >= pg->n_runs && n_turned > 0 : n_turned == 0);
		assert_false(pg->runs[pg->n_runs - 1].turned);  /* "— n —", last */
	}
	gw_pages_free(&pages);
	gw_report_free(r);
}

/* The wide table of wide_report(rows) under a level-1 heading, with
 * `caption` as the paragraph just before it. */
static gw_report *wide_section_report(size_t rows, const char *caption)
{
	gw_report *r = wide_report(rows);
	gw_section *s = gw_arena_array(r->arena, 1, sizeof *s);
	r->sections = s;
	r->n_sections = 1;
	s->level = 1;
	s->marker = gw_report_strdup(r, "二、");
	s->heading = gw_report_strdup(r, "各乡镇主要指标");
	s->line = 3;
	s->body = gw_arena_array(r->arena, 2, sizeof *s->body);
	s->body[0] = (gw_paragraph){.text = gw_report_strdup(r, caption), .index = 2, .line = 4};
	s->body[1] = *r->preamble;
	s->body[1].index = 3;
	s->n_body = 2;
	r->n_preamble = 0;
	return r;
}

/* Rows whose glyphs start with `text`'s first character and hold it. */
static size_t rows_of(const gw_doc *doc, const char *text, size_t *first)
{
	const gw_glyph *g = find(doc, text);
	size_t n = 0;
	for (size_t i = 0; g && i < doc->nr; i++) {
		size_t at = (size_t)(g - doc->g);
		if (!doc->rows[i].table && !doc->ts[i].blank && doc->rows[i].g0 <= at && at < doc->rows[i].g1) {
			*first = i;
			n = 1;
			while (i + n < doc->nr && !doc->ts[i + n].blank && !doc->ts[i + n - 1].para_last)
				n++;
			break;
		}
	}
	return n;
}

/* A heading and a caption right before a turned table open its first page,
 * turned with it, at its top (GB/T 9704 §8 turns the table; a reader looks
 * for its caption above it, not alone at the foot of the page before); a
 * lead-in sentence is text: it and the heading above it stay upright. */
static void test_turned_caption(void **state)
{
	(void)state;
	gw_report *r = wide_section_report(12, "表1　各乡镇主要指标");
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	const gw_table_place *tp = &doc.tables[0];
	assert_true(tp->turned);
	size_t head = 0, cap = 0;
	assert_int_equal(rows_of(&doc, "二、", &head), 1);
	assert_int_equal(rows_of(&doc, "表1", &cap), 1);
	assert_int_equal(tp->lead0, head);
	assert_true(cap == head + 1 && tp->row0 == cap + 1);
	int page = doc.ts[tp->row0].page;
	assert_true(page >= 1 && doc.ts[0].page < page);  /* the title stays on page 1 */
	assert_true(doc.ts[head].page == page && doc.ts[head].slot == 0);
	assert_true(doc.ts[cap].page == page && doc.ts[cap].slot == 1 && doc.ts[tp->row0].slot == 2);
	assert_true(gw_compose_row_turned(&doc, head) && gw_compose_row_turned(&doc, cap));
	assert_false(gw_compose_row_turned(&doc, 0));
	gw_compose_free(&doc);
	/* in the page list: the heading's and caption's runs are turned too */
	gw_pages pages;
	assert_int_equal(gw_pages_build(r, &L, F, false, &pages, &d), GW_OK);
	const gw_page *pg = &pages.pages[page];
	assert_true(pg->turned && pg->n_marks == 1);
	bool seen = false;
	for (size_t k = 0; k < pg->n_runs; k++)
		if (strstr(pg->runs[k].text, "各乡镇主要指标") || strstr(pg->runs[k].text, "表1"))
			seen = true, assert_true(pg->runs[k].turned);
	assert_true(seen);
	for (size_t k = 0; k < pages.pages[page - 1].n_runs; k++)
		assert_null(strstr(pages.pages[page - 1].runs[k].text, "表1"));
	gw_pages_free(&pages);
	gw_report_free(r);

	r = wide_section_report(12, "全县主要指标如下：");
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	tp = &doc.tables[0];
	assert_int_equal(rows_of(&doc, "全县", &cap), 1);
	assert_int_equal(rows_of(&doc, "二、", &head), 1);
	assert_int_equal(tp->lead0, tp->row0);
	assert_false(doc.rows[cap].lead);
	assert_false(gw_compose_row_turned(&doc, cap) || gw_compose_row_turned(&doc, head));
	assert_true(doc.ts[cap].page < doc.ts[tp->row0].page && doc.ts[head].page == doc.ts[cap].page);
	gw_compose_free(&doc);
	gw_report_free(r);

	/* a part title (centred) goes along, centred on the turned frame */
	r = wide_section_report(12, "表1　各乡镇主要指标");
	r->sections[0].level = GW_LEVEL_PART;
	r->sections[0].marker = gw_report_strdup(r, "第二部分");
	r->sections[0].heading = gw_report_strdup(r, "主要指标");
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	gw_turned_frame f = gw_compose_turned_frame(&doc);
	page = doc.ts[doc.tables[0].row0].page;
	double page_h = doc.page_h;
	assert_int_equal(doc.tables[0].lead0 + 2, doc.tables[0].row0);
	gw_compose_free(&doc);
	assert_int_equal(gw_pages_build(r, &L, F, false, &pages, &d), GW_OK);
	seen = false;
	for (size_t k = 0; k < pages.pages[page].n_runs; k++) {
		const gw_run *run = &pages.pages[page].runs[k];
		if (!strstr(run->text, "第二部分"))
			continue;
		double w = 0;
		for (size_t i = 0; i < run->n; i++)
			w += run->adv[i] + (i + 1 < run->n ? run->spacing : 0);
		double from = page_h - run->y;  /* the turned frame's x of its pen */
		assert_true(run->turned && fabs(from + w / 2 - (f.left + f.width / 2)) < run->size);
		seen = true;
	}
	assert_true(seen);
	gw_pages_free(&pages);
	gw_report_free(r);
}

/* An upright table: a caption that would end a page goes to the next
 * with the table, as a heading does. */
static void test_upright_caption(void **state)
{
	(void)state;
	gw_report *r = table_report(8);
	size_t n = (size_t)L.lines - 3;  /* title, blank, n one-line paragraphs: the caption in the last slot */
	gw_paragraph *p = gw_arena_array(r->arena, n + 2, sizeof *p);
	for (size_t i = 0; i < n; i++)
		p[i] = (gw_paragraph){.text = gw_report_strdup(r, "全年工作平稳有序。"), .index = i + 1, .line = i + 2};
	p[n] = (gw_paragraph){.text = gw_report_strdup(r, "表1　重点项目进展"), .index = n + 1, .line = n + 2};
	p[n + 1] = *r->preamble;
	p[n + 1].index = n + 2;
	r->preamble = p;
	r->n_preamble = n + 2;
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	const gw_table_place *tp = &doc.tables[0];
	assert_false(tp->turned);
	size_t cap = 0;
	assert_int_equal(rows_of(&doc, "表1", &cap), 1);
	assert_true(cap + 1 == tp->row0 && doc.ts[cap].keep_with_next && doc.rows[cap].lead);
	assert_int_equal(doc.ts[cap].page, 1);
	assert_int_equal(doc.ts[tp->row0].page, 1);
	assert_int_equal(doc.ts[cap - 1].page, 0);
	gw_compose_free(&doc);
	gw_report_free(r);
}

/* The draft layout's line numbers: one beside every text slot, table lines
 * included, upright pages and turned ones alike; on a turned page they
 * read with the table, in the paper's bottom margin (the turned frame's
 * left), above the page number and clear of it. */
static void test_draft_turned_numbers(void **state)
{
	(void)state;
	gw_layout D;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load("draft", layouts_dir, &D, &d), GW_OK);
	assert_true(D.ln_enabled && D.ln_every == 1);
	double bottom = (D.top_mm + D.block_height_mm) * GW_PT_PER_MM;
	gw_report *r = wide_section_report(30, "表1　各乡镇主要指标");
	gw_doc doc;
	assert_int_equal(gw_compose(&doc, r, &D, F, false, &d), GW_OK);
	int *used = calloc((size_t)doc.pages, sizeof *used);
	assert_non_null(used);
	for (size_t i = 0; i < doc.nr; i++)
		if (doc.ts[i].page >= 0 && !doc.ts[i].blank && doc.rows[i].numbered)
			used[doc.ts[i].page]++;
	int first = doc.ts[doc.tables[0].row0].page, pages_n = doc.pages;
	gw_compose_free(&doc);
	gw_pages pages;
	assert_int_equal(gw_pages_build(r, &D, F, false, &pages, &d), GW_OK);
	assert_int_equal((int)pages.n_pages, pages_n);
	int turned_pages = 0;
	for (size_t p = 0; p < pages.n_pages; p++) {
		const gw_page *pg = &pages.pages[p];
		int numbers = 0;
		turned_pages += pg->turned;
		double pn_top = 0;  /* the top of the page number's em box */
		for (size_t k = 0; k < pg->n_runs; k++)
			if (pg->runs[k].size == D.pn_size_pt && pg->runs[k].y > bottom)
				pn_top = pg->runs[k].y - GW_PAGE_ASCENT * D.pn_size_pt;
		assert_true(pn_top > bottom);
		for (size_t k = 0; k < pg->n_runs; k++) {
			const gw_run *run = &pg->runs[k];
			if (run->size != D.ln_size_pt || strspn(run->text, "0123456789") != strlen(run->text))
				continue;
			numbers++;
			assert_true(run->turned == pg->turned);
			if (!pg->turned) {
				assert_true(run->x < D.left_mm * GW_PT_PER_MM);
				continue;
			}
			double w = 0;  /* a turned run goes up the page from its pen */
			for (size_t i = 0; i < run->n; i++)
				w += run->adv[i] + (i + 1 < run->n ? run->spacing : 0);
			assert_true(run->y - w > bottom && run->y < pn_top);
		}
		assert_int_equal(numbers, used[p]);
	}
	assert_true(turned_pages >= 2 && pages.pages[first].turned);
	free(used);
	gw_pages_free(&pages);
	gw_report_free(r);

	/* an upright table's lines are numbered too */
	r = table_report(8);
	assert_int_equal(gw_compose(&doc, r, &D, F, false, &d), GW_OK);
	size_t table_lines = doc.tables[0].row1 - doc.tables[0].row0;
	assert_true(doc.pages == 1 && !doc.tables[0].turned);
	gw_compose_free(&doc);
	assert_int_equal(gw_pages_build(r, &D, F, false, &pages, &d), GW_OK);
	size_t numbers = 0;
	for (size_t k = 0; k < pages.pages[0].n_runs; k++)
		numbers += pages.pages[0].runs[k].size == D.ln_size_pt;
	assert_int_equal(numbers, table_lines + 1);  /* and the title */
	gw_pages_free(&pages);
	gw_report_free(r);
}

/* A table that fits the 版心 stays upright; one whose first row holds a
 * figure has no 表头 to repeat. */
static void test_upright_no_header(void **state)
{
	(void)state;
	gw_report *r = table_report(60);
	r->preamble[0].table->header_rows = 0;
	r->preamble[0].table->cells[0].text = "2023";
	gw_doc doc;
	gw_diag d = {0};
	assert_int_equal(gw_compose(&doc, r, &L, F, false, &d), GW_OK);
	const gw_table_place *tp = &doc.tables[0];
	assert_false(tp->turned);
	assert_int_equal(tp->header_lines, 0);
	for (size_t i = tp->row0 + 1; i < tp->row1; i++)
		if (doc.ts[i].page != doc.ts[i - 1].page)
			assert_true(doc.rows[i].table_row != 0);
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
		cmocka_unit_test(test_fill_grid),
		cmocka_unit_test(test_head),
		cmocka_unit_test(test_imprint_even_page),
		cmocka_unit_test(test_appendix_pages),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_turned_table),
		cmocka_unit_test(test_upright_no_header),
		cmocka_unit_test(test_turned_caption),
		cmocka_unit_test(test_upright_caption),
		cmocka_unit_test(test_draft_turned_numbers),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
