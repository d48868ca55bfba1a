/*
 * test_page_cache.c — gw_pages_lay_out (page.h), the one call a
 * fixed-layout backend makes: the layout loaded and the pages built once
 * per cache (the second backend of -f pdf,ofd gets the same pages, not a
 * new build), the faces opened for the call when the batch has none, a
 * failure (unknown layout) reported once and returned again, and the
 * cache freed to empty; gw_pages_page_of, also of a positions_only layout
 * (no pages drawn, the same pages found).
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>

#include "page/page.h"

static char fonts_dir[4096], layouts_dir[4096];

static gw_report *report(void)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "关于村级道路养护工作的情况报告");
	r->n_preamble = 1;
	r->preamble = gw_arena_array(r->arena, 1, sizeof *r->preamble);
	r->preamble[0].text = gw_report_strdup(r, "今年以来，全乡完成通村道路养护三十六公里，修补坑槽二百余处。");
	return r;
}

static void test_laid_out_once(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_fonts *fonts = NULL;
	gw_diag d = {0};
	assert_int_equal(gw_pages_fonts_open(fonts_dir, false, &fonts, &d), GW_OK);
	gw_page_request q = {NULL, layouts_dir, fonts_dir, fonts, false, false};
	gw_page_cache cache = {0};
	const gw_layout *L1, *L2;
	const gw_pages *p1, *p2;
	assert_int_equal(gw_pages_lay_out(r, &q, &cache, &L1, &p1, &d), GW_OK);
	assert_true(cache.done);
	assert_true(p1->n_pages >= 1);
	assert_true(p1->n_fonts >= 1);
	const gw_page *first = p1->pages;
	/* the second backend: the very same pages, no new build */
	q.fonts = NULL;   /* would open faces if it built again */
	assert_int_equal(gw_pages_lay_out(r, &q, &cache, &L2, &p2, &d), GW_OK);
	assert_ptr_equal(p1, p2);
	assert_ptr_equal(L1, L2);
	assert_ptr_equal(p2->pages, first);
	gw_page_cache_free(&cache);
	assert_false(cache.done);
	assert_null(cache.pages.pages);
	assert_int_equal(cache.pages.n_pages, 0);
	gw_fonts_close(fonts);
	gw_report_free(r);
}

static void test_own_faces_same_pages(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_diag d = {0};
	gw_fonts *fonts = NULL;
	assert_int_equal(gw_pages_fonts_open(fonts_dir, false, &fonts, &d), GW_OK);
	gw_page_request with = {NULL, layouts_dir, fonts_dir, fonts, false, false};
	gw_page_request without = {NULL, layouts_dir, fonts_dir, NULL, false, false};
	gw_page_cache a = {0}, b = {0};
	const gw_layout *La, *Lb;
	const gw_pages *pa, *pb;
	assert_int_equal(gw_pages_lay_out(r, &with, &a, &La, &pa, &d), GW_OK);
	assert_int_equal(gw_pages_lay_out(r, &without, &b, &Lb, &pb, &d), GW_OK);
	assert_int_equal(pa->n_pages, pb->n_pages);
	assert_int_equal(pa->n_fonts, pb->n_fonts);
	assert_int_equal(pa->pages[0].n_runs, pb->pages[0].n_runs);
	for (size_t f = 0; f < pa->n_fonts; f++) {
		assert_int_equal(pa->fonts[f].len, pb->fonts[f].len);
		assert_memory_equal(pa->fonts[f].program, pb->fonts[f].program, pa->fonts[f].len);
	}
	gw_page_cache_free(&a);
	gw_page_cache_free(&b);
	gw_fonts_close(fonts);
	gw_report_free(r);
}

/* 60 paragraphs of 90 characters: several pages. */
static gw_report *long_report(void)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "关于村级道路养护工作的情况报告");
	r->n_preamble = 60;
	r->preamble = gw_arena_array(r->arena, r->n_preamble, sizeof *r->preamble);
	for (size_t i = 0; i < r->n_preamble; i++) {
		char t[1024] = "";
		for (int k = 0; k < 6; k++)
			strcat(t, "全乡完成通村道路养护三十六公里，");
		r->preamble[i].text = gw_report_strdup(r, t);
		r->preamble[i].index = i + 1;
	}
	return r;
}

static void test_page_of(void **state)
{
	(void)state;
	gw_report *r = long_report();
	gw_diag d = {0};
	gw_page_request full = {NULL, layouts_dir, fonts_dir, NULL, false, false};
	gw_page_request pos = {NULL, layouts_dir, fonts_dir, NULL, false, true};
	gw_page_cache a = {0}, b = {0};
	const gw_layout *L;
	const gw_pages *pa, *pb;
	assert_int_equal(gw_pages_lay_out(r, &full, &a, &L, &pa, &d), GW_OK);
	assert_int_equal(gw_pages_lay_out(r, &pos, &b, &L, &pb, &d), GW_OK);
	assert_true(pa->n_pages >= 3);
	assert_int_equal(pb->n_pages, 0);    /* nothing drawn, no font programs */
	assert_int_equal(pb->n_fonts, 0);
	size_t prev = 1;
	for (size_t i = 1; i <= r->n_preamble; i++)
		for (size_t off = 0; off < 96; off += 19) {
			size_t p = gw_pages_page_of(pa, i, off);
			assert_true(p >= prev && p <= pa->n_pages);   /* in order, on a page */
			assert_int_equal(gw_pages_page_of(pb, i, off), p);
			prev = p;
		}
	assert_int_equal(gw_pages_page_of(pa, 1, 0), 1);
	assert_int_equal(gw_pages_page_of(pa, r->n_preamble, 95), pa->n_pages);
	assert_int_equal(gw_pages_page_of(pa, r->n_preamble + 1, 0), 0);  /* no such paragraph */
	gw_page_cache_free(&a);
	gw_page_cache_free(&b);
	gw_report_free(r);
}

static void test_failure_kept(void **state)
{
	(void)state;
	gw_report *r = report();
	gw_diag d = {0};
	gw_page_request q = {"no-such-layout", layouts_dir, fonts_dir, NULL, false, false};
	gw_page_cache cache = {0};
	const gw_layout *L;
	const gw_pages *p;
	gw_status st = gw_pages_lay_out(r, &q, &cache, &L, &p, &d);
	assert_int_not_equal(st, GW_OK);
	assert_non_null(strstr(d.what, "no-such-layout"));
	gw_diag d2 = {0};
	assert_int_equal(gw_pages_lay_out(r, &q, &cache, &L, &p, &d2), st);   /* not tried again */
	assert_int_equal(p->n_pages, 0);
	gw_page_cache_free(&cache);
	gw_report_free(r);
}

int main(void)
{
	snprintf(fonts_dir, sizeof fonts_dir, "%s/../fonts", gw_tests_dir());
	snprintf(layouts_dir, sizeof layouts_dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_laid_out_once),
		cmocka_unit_test(test_own_faces_same_pages),
		cmocka_unit_test(test_page_of),
		cmocka_unit_test(test_failure_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
