/*
 * test_xlsx.c — the workbook backend (converter/write/xlsx.c) on reports
 * built by hand: it returns a zip in memory, is deterministic, survives
 * odd values (NaN, huge numbers, masked and empty fields, no sections),
 * leaves no temporary file behind and reports an unusable TMPDIR.
 * Cell-by-cell checks against the model are in tests/e2e/xlsx.sh.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

#include "model/report.h"
#include "write/writers.h"

static gw_report *sample(void)
{
	gw_report *r = gw_report_new();
	assert_non_null(r);
	r->title = gw_report_strdup(r, "县交通运输局工作总结");
	r->source.name = gw_report_strdup(r, "t.txt");
	r->n_preamble = 1;
	r->preamble = gw_arena_array(r->arena, 1, sizeof(gw_paragraph));
	r->preamble[0].text = gw_report_strdup(r, "全年完成投资1.2亿元。");
	r->preamble[0].index = 1;
	r->n_sections = 1;
	r->sections = gw_arena_array(r->arena, 1, sizeof(gw_section));
	gw_section *s = &r->sections[0];
	s->level = 1;
	s->marker = gw_report_strdup(r, "一、");
	s->heading = gw_report_strdup(r, "“***”工程建设，这是一个很长很长很长很长很长很长很长很长很长很长的标题");
	s->n_body = 1;
	s->body = gw_arena_array(r->arena, 1, sizeof(gw_paragraph));
	s->body[0].text = gw_report_strdup(r, "改造**公里，投资3.5亿元。");
	s->body[0].index = 2;
	r->n_indicators = 4;
	r->indicators = gw_arena_array(r->arena, 4, sizeof(gw_indicator));
	gw_indicator *in = r->indicators;
	const char *units[] = {"亿元", "公里", "亿元", "%"};
	for (size_t i = 0; i < 4; i++) {
		in[i].id = i + 1;
		in[i].label = gw_report_strdup(r, "投资");
		in[i].text = gw_report_strdup(r, i == 1 ? "**" : "3.5");
		in[i].value = 3.5;
		in[i].unit = gw_report_strdup(r, units[i]);
		in[i].base_unit = in[i].unit;
		in[i].kind = i == 3 ? GW_KIND_RATIO : i == 1 ? GW_KIND_MEASURE : GW_KIND_AMOUNT;
		in[i].masked = i == 1;
		in[i].clause = gw_report_strdup(r, "投资3.5亿元");
		in[i].paragraph = i == 0 ? 1 : 2;
		in[i].section = i == 0 ? NULL : s->marker;
	}
	in[2].value = NAN;          /* from a hostile JSON model: must not reach the XML as "NAN" */
	in[3].value = 1e300;
	in[3].change = '+';
	in[3].qualifier = gw_report_strdup(r, "以上");
	return r;
}

static gw_write_opts opts(void)
{
	gw_write_opts o = {0};
	o.timestamp = 1700000000;
	o.version = "gwexport test";
	o.stem = "t";
	return o;
}

/* Files named gwexport-xlsx-* in dir. */
static int temp_files(const char *dir)
{
	DIR *dp = opendir(dir);
	int n = 0;
	struct dirent *e;
	while (dp && (e = readdir(dp)) != NULL)
		n += strncmp(e->d_name, "gwexport-xlsx-", 14) == 0;
	if (dp)
		closedir(dp);
	return n;
}

static void test_zip_in_memory_and_deterministic(void **state)
{
	(void)state;
	char dir[] = "/tmp/gwxlsxtestXXXXXX";
	assert_non_null(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	gw_report *r = sample();
	gw_write_opts o = opts();
	gw_bytes a = {0}, b = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_xlsx(r, &o, &a, &d), GW_OK);
	assert_int_equal(gw_write_xlsx(r, &o, &b, &d), GW_OK);
	assert_true(a.len > 1000);
	assert_memory_equal(a.data, "PK\x03\x04", 4);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	assert_int_equal(temp_files(dir), 0);   /* the private file is unlinked */
	/* NaN and infinities never reach the sheet XML */
	char zip[64];
	snprintf(zip, sizeof zip, "%s/t.xlsx", dir);
	FILE *f = fopen(zip, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(a.data, 1, a.len, f), a.len);
	fclose(f);
	char cmd[256];
	snprintf(cmd, sizeof cmd, "unzip -p %s xl/worksheets/sheet1.xml | grep -c -E '>(NAN|INF|-INF|nan|inf)<'", zip);
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	int hits = -1;
	assert_int_equal(fscanf(p, "%d", &hits), 1);
	pclose(p);
	assert_int_equal(hits, 0);
	unlink(zip);
	/* a different creation time gives different bytes (it is really used) */
	o.timestamp = 1600000000;
	gw_bytes c = {0};
	assert_int_equal(gw_write_xlsx(r, &o, &c, &d), GW_OK);
	assert_true(c.len != a.len || memcmp(c.data, a.data, a.len) != 0);
	free(a.data);
	free(b.data);
	free(c.data);
	gw_report_free(r);
	rmdir(dir);
	unsetenv("TMPDIR");
}

static void test_empty_report(void **state)
{
	(void)state;
	gw_report *r = gw_report_new();
	gw_write_opts o = opts();
	gw_bytes a = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_xlsx(r, &o, &a, &d), GW_OK);
	assert_true(a.len > 1000);
	free(a.data);
	gw_report_free(r);
}

static void test_bad_tmpdir(void **state)
{
	(void)state;
	setenv("TMPDIR", "/nonexistent/gwexport-test", 1);
	gw_report *r = sample();
	gw_write_opts o = opts();
	gw_bytes a = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_xlsx(r, &o, &a, &d), GW_E_IO);
	assert_null(a.data);
	assert_non_null(strstr(d.hint, "TMPDIR"));
	assert_non_null(strstr(d.what, "/nonexistent/gwexport-test"));
	gw_report_free(r);
	unsetenv("TMPDIR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zip_in_memory_and_deterministic),
		cmocka_unit_test(test_empty_report),
		cmocka_unit_test(test_bad_tmpdir),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
