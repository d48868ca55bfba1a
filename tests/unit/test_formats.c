/*
 * test_formats.c — the reader and writer tables (read/readers.c,
 * write/writers.c), the one list of formats.  Walks every row, so a new
 * format is checked by adding its row: names and extensions unique, every
 * row complete, prepare/finish paired, a writer's batch context giving the
 * same bytes as the writer's own set-up, and convert running what the
 * bundle holds before the bundle.
 */
#include <stdio.h>
#include <string.h>
#include <zip.h>

#include "unit.h"
#include "cli.h"
#include "convert.h"
#include "read/readers.h"
#include "write/writers.h"

static const char report_text[] =
	"关于二〇二五年度工作情况的报告\n\n"
	"一、主要工作\n"
	"全年完成道路养护120公里，同比增长8.5%。\n"
	"二、下一步打算\n"
	"继续做好各项工作。\n";

static void writer_rows_are_complete_and_unique(void **state)
{
	(void)state;
	assert_true(gw_n_writers > 0 && gw_n_writers <= GW_MAX_WRITERS);
	for (size_t i = 0; i < gw_n_writers; i++) {
		const gw_writer *w = &gw_writers[i];
		assert_non_null(w->name);
		assert_true(w->name[0] != '\0' && !strchr(w->name, ',') && !strchr(w->name, ' '));
		assert_non_null(w->extension);
		assert_true(w->extension[0] == '.' && strlen(w->extension) > 1);
		assert_non_null(w->write);
		assert_non_null(w->summary);
		assert_true(w->summary[0] != '\0');
		assert_true((w->prepare == NULL) == (w->finish == NULL));
		assert_false(w->bundled && w->packs_bundled);  /* the bundle cannot hold itself */
		assert_int_equal(gw_writer_index(w->name, strlen(w->name)), (int)i);
		for (size_t j = 0; j < i; j++) {
			assert_string_not_equal(w->name, gw_writers[j].name);
			assert_string_not_equal(w->extension, gw_writers[j].extension);
		}
	}
	assert_int_equal(gw_writer_index("pdfx", 4), -1);
	assert_int_equal(gw_writer_index("pdf,xlsx", 8), -1);
}

static void reader_rows_are_complete_and_unique(void **state)
{
	(void)state;
	assert_true(gw_n_readers > 0);
	for (size_t i = 0; i < gw_n_readers; i++) {
		const gw_reader *r = &gw_readers[i];
		assert_non_null(r->name);
		assert_true(r->name[0] != '\0');
		assert_non_null(r->summary);
		assert_non_null(r->sniff);
		assert_non_null(r->read);
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(r->name, gw_readers[j].name);
	}
}

/* What convert.c did before the table: '{' first means model JSON,
 * everything else (binary included) goes to the text reader, which says
 * itself what is wrong. */
static void readers_are_picked_by_content(void **state)
{
	(void)state;
	static const struct { const char *bytes; size_t len; const char *name, *reader; } cases[] = {
		{"标题\n正文", 10, "a.txt", "text"},
		{"{\"schema\": \"gwexport/report-1\"}", 31, "a.txt", "json"},
		{"\xef\xbb\xbf \n{}", 7, "-", "json"},
		{"[1, 2]", 6, "list.json", "text"},
		{"%PDF-1.7\n\x80\x81", 11, "a.pdf", "text"},
		{"", 0, "empty.txt", "text"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const gw_reader *r = gw_reader_pick((const unsigned char *)cases[i].bytes, cases[i].len,
						    cases[i].name);
		assert_non_null(r);
		assert_string_equal(r->name, cases[i].reader);
	}
	gw_report *rep = NULL;
	gw_diag d = {0};
	const gw_reader *text = gw_reader_pick((const unsigned char *)"\x89PNG\r\n\x1a\n\0\0", 10, "a.png");
	assert_string_equal(text->name, "text");
	gw_read_opts ro = {.name = "a.png"};
	assert_int_equal(text->read((const unsigned char *)"\x89PNG\r\n\x1a\n\0\0", 10, &ro, &rep, &d),
			 GW_E_BINARY);
	assert_null(rep);
}

/* Every reader reads what the writers make of it: text → model → json
 * → model gives the same JSON. */
static void json_reader_reads_the_json_writer(void **state)
{
	(void)state;
	gw_report *r = NULL, *back = NULL;
	gw_diag d = {0};
	gw_read_opts ro = {.name = "r.txt"};
	const gw_reader *text = gw_reader_pick((const unsigned char *)report_text, sizeof report_text - 1, "r.txt");
	assert_string_equal(text->name, "text");
	assert_int_equal(text->read((const unsigned char *)report_text, sizeof report_text - 1, &ro, &r, &d), GW_OK);
	int json = gw_writer_index("json", 4);
	assert_true(json >= 0);
	gw_write_opts wo = {.stem = "r"};
	gw_bytes a = {0}, b = {0};
	assert_int_equal(gw_writers[json].write(r, &wo, &a, &d), GW_OK);
	const gw_reader *model = gw_reader_pick(a.data, a.len, "r.json");
	assert_string_equal(model->name, "json");
	assert_false(model->needs_indicators);
	assert_true(text->needs_indicators);
	assert_int_equal(model->read(a.data, a.len, &ro, &back, &d), GW_OK);
	assert_int_equal(gw_writers[json].write(back, &wo, &b, &d), GW_OK);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	free(a.data);
	free(b.data);
	gw_report_free(r);
	gw_report_free(back);
}

static uint32_t bit(const char *name)
{
	int i = gw_writer_index(name, strlen(name));
	assert_true(i >= 0);
	return 1u << i;
}

/* Asking for the bundle runs every writer it holds; asking for one that is
 * held runs that one only. */
static void bundle_pulls_in_what_it_holds(void **state)
{
	(void)state;
	uint32_t bundled = 0, packs = 0;
	for (size_t i = 0; i < gw_n_writers; i++) {
		bundled |= gw_writers[i].bundled ? 1u << i : 0;
		packs |= gw_writers[i].packs_bundled ? 1u << i : 0;
	}
	assert_true(packs != 0);
	assert_int_equal(gw_convert_writers(packs), packs | bundled);
	for (size_t i = 0; i < gw_n_writers; i++)
		if (!gw_writers[i].packs_bundled)
			assert_int_equal(gw_convert_writers(1u << i), 1u << i);
	assert_int_equal(gw_convert_writers(bit("zip")), bit("zip") | bit("pdf") | bit("ofd") | bit("xlsx") | bit("json"));
	uint32_t defaults = 0;
	for (size_t i = 0; i < gw_n_writers; i++)
		defaults |= gw_writers[i].is_default ? 1u << i : 0;
	assert_int_equal(gw_formats_default(), defaults);
	assert_int_equal(defaults, bit("pdf") | bit("xlsx") | bit("zip"));
}

/* A writer's batch context is only a cache: writing with it and without
 * it (the writer sets itself up) gives the same bytes. */
static void prepared_context_changes_nothing(void **state)
{
	(void)state;
	char fonts[4096], layouts[4096];
	snprintf(fonts, sizeof fonts, "%s/../fonts", gw_tests_dir());
	snprintf(layouts, sizeof layouts, "%s/../layouts", gw_tests_dir());
	gw_report *r = NULL;
	gw_diag d = {0};
	gw_read_opts ro = {.name = "r.txt"};
	assert_int_equal(gw_read_text((const unsigned char *)report_text, sizeof report_text - 1, &ro, &r, &d),
			 GW_OK);
	assert_int_equal(gw_indicators_extract(r, &d), GW_OK);
	gw_write_opts o = {.layouts_dir = layouts, .fonts_dir = fonts, .timestamp = 1700000000,
			   .version = "gwexport test", .stem = "r"};
	gw_payload payloads[] = {{"source/r.txt", (const unsigned char *)report_text, sizeof report_text - 1}};
	size_t prepared = 0;
	for (size_t i = 0; i < gw_n_writers; i++) {
		const gw_writer *w = &gw_writers[i];
		if (!w->prepare)
			continue;
		prepared++;
		void *ctx = NULL;
		assert_int_equal(w->prepare(&o, &ctx, &d), GW_OK);
		assert_non_null(ctx);
		gw_write_opts with = o, without = o;
		with.ctx = ctx;
		if (w->packs_bundled) {
			with.payloads = without.payloads = payloads;
			with.n_payloads = without.n_payloads = 1;
		}
		gw_bytes a = {0}, b = {0}, c = {0};
		assert_int_equal(w->write(r, &with, &a, &d), GW_OK);
		assert_int_equal(w->write(r, &with, &b, &d), GW_OK);  /* the context is reusable */
		assert_int_equal(w->write(r, &without, &c, &d), GW_OK);
		assert_true(a.len > 0);
		assert_int_equal(a.len, b.len);
		assert_memory_equal(a.data, b.data, a.len);
		assert_int_equal(a.len, c.len);
		assert_memory_equal(a.data, c.data, a.len);
		w->finish(ctx);
		free(a.data);
		free(b.data);
		free(c.data);
	}
	assert_true(prepared >= 1);  /* pdf shares its fonts */
	gw_report_free(r);
}

/* The bundle knows no format list: it stores what is compressed already
 * by its content, whatever the payload is called. */
static void bundle_stores_by_content_not_name(void **state)
{
	(void)state;
	gw_report *r = NULL;
	gw_diag d = {0};
	gw_read_opts ro = {.name = "r.txt"};
	assert_int_equal(gw_read_text((const unsigned char *)report_text, sizeof report_text - 1, &ro, &r, &d),
			 GW_OK);
	static const struct { const char *name, *data; int stored; } cases[] = {
		{"r.newformat", "PK\3\4 a zip container of a format the bundle never heard of", 1},
		{"r.pdf", "not a PDF at all, only called one: deflated", 0},
		{"r.dat", "%PDF-1.7 whatever it is called", 1},
		{"source/r.txt", report_text, 0},
	};
	gw_payload p[4];
	for (size_t i = 0; i < 4; i++)
		p[i] = (gw_payload){cases[i].name, (const unsigned char *)cases[i].data, strlen(cases[i].data)};
	gw_write_opts o = {.timestamp = 1700000000, .version = "gwexport test", .stem = "r",
			   .payloads = p, .n_payloads = 4};
	gw_bytes out = {0};
	assert_int_equal(gw_write_bundle(r, &o, &out, &d), GW_OK);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(out.data, out.len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	assert_non_null(za);
	for (size_t i = 0; i < 4; i++) {
		char name[256];
		snprintf(name, sizeof name, "r/data/%s", cases[i].name);
		zip_stat_t st;
		assert_int_equal(zip_stat(za, name, 0, &st), 0);
		assert_int_equal(st.comp_method, cases[i].stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE);
	}
	zip_discard(za);
	zip_error_fini(&ze);
	free(out.data);
	gw_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(writer_rows_are_complete_and_unique),
		cmocka_unit_test(reader_rows_are_complete_and_unique),
		cmocka_unit_test(readers_are_picked_by_content),
		cmocka_unit_test(json_reader_reads_the_json_writer),
		cmocka_unit_test(bundle_pulls_in_what_it_holds),
		cmocka_unit_test(prepared_context_changes_nothing),
		cmocka_unit_test(bundle_stores_by_content_not_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
