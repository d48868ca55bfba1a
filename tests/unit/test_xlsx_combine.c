/* test_xlsx_combine.c — write/xlsx_combine.c: which 单位 a report is listed
 * under (signature, else 版头, else none), and the combined workbook of
 * reports and failed inputs (made and deterministic here; its cells are
 * read back by tests/e2e/xlsx-combine.sh with openpyxl). */
#include <string.h>

#include "unit.h"
#include "../../converter/model/arena.h"
#include "../../converter/model/report.h"
#include "../../converter/write/xlsx_combine.h"

static void strlist(gw_report *r, gw_strlist *l, const char *const *items, size_t n)
{
	const char **v = gw_arena_array(r->arena, n, sizeof *v);
	assert_non_null(v);
	for (size_t i = 0; i < n; i++)
		v[i] = gw_report_strdup(r, items[i]);
	*l = (gw_strlist){true, v, n};
}

/* A report signed with `sig` (n lines) and with 发文机关标志 `issuer` (or none). */
static gw_report *signed_report(const char *const *sig, size_t n, const char *issuer)
{
	gw_report *r = gw_report_new();
	assert_non_null(r);
	r->title = gw_report_strdup(r, "工作总结");
	if (n)
		strlist(r, &r->signature, sig, n);
	if (issuer) {
		gw_head *h = gw_arena_alloc(r->arena, sizeof *h);
		assert_non_null(h);
		memset(h, 0, sizeof *h);
		h->text = gw_report_strdup(r, issuer);
		strlist(r, &h->issuers, &issuer, 1);
		r->head = h;
	}
	return r;
}

static const struct {
	const char *sig[2];
	size_t n;
	const char *issuer;
	const char *unit;          /* NULL: none, the file name stands for it */
} units[] = {
	{{"青石镇人民政府", "2025年1月6日"}, 2, NULL, "青石镇人民政府"},
	{{"2025年1月6日", "青石镇人民政府"}, 2, NULL, "青石镇人民政府"},     /* a date line is skipped */
	{{"2025年1月6日"}, 1, "白沙县水利局文件", "白沙县水利局"},          /* 版头 without 文件 */
	{{"县交通运输局"}, 1, "县人民政府文件", "县交通运输局"},            /* the signature first */
	{{NULL}, 0, "文件", "文件"},                                       /* nothing left to cut */
	{{"2025年1月6日"}, 1, NULL, NULL},
	{{"二〇二五年一月"}, 1, NULL, NULL},                                /* a date without its day */
};

static void test_unit_of_a_report(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
		gw_report *r = signed_report(units[i].sig, units[i].n, units[i].issuer);
		size_t len = 99;
		const char *u = gw_report_issuer(r, &len);
		if (!units[i].unit) {
			assert_null(u);
		} else {
			assert_non_null(u);
			assert_int_equal(len, strlen(units[i].unit));
			assert_memory_equal(u, units[i].unit, len);
		}
		gw_report_free(r);
	}
}

static gw_write_opts opts(void)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.timestamp = 1700000000;
	o.version = "gwexport test";
	return o;
}

/* A converted report and a failed input make a workbook (a zip), the same
 * bytes twice, larger than the workbook of no input; its sheets are read
 * back with openpyxl by tests/e2e/xlsx-combine.sh. */
static void test_workbook_of_reports_and_failures(void **state)
{
	(void)state;
	const char *sig[] = {"青石镇人民政府"};
	gw_report *r = signed_report(sig, 1, NULL);
	gw_combine_entry e[] = {{"in/qingshi.txt", r, NULL}, {"in/broken.txt", NULL, "not a text file"}};
	gw_write_opts o = opts();
	gw_diag d = {0};
	gw_bytes a = {0}, b = {0}, none = {0};
	assert_int_equal(gw_write_xlsx_combined(e, 2, &o, &a, &d), GW_OK);
	assert_int_equal(gw_write_xlsx_combined(e, 2, &o, &b, &d), GW_OK);
	assert_int_equal(gw_write_xlsx_combined(e, 0, &o, &none, &d), GW_OK);
	assert_true(a.len > 4 && memcmp(a.data, "PK\3\4", 4) == 0);
	assert_true(none.len > 4 && memcmp(none.data, "PK\3\4", 4) == 0);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);   /* deterministic */
	assert_true(a.len > none.len);
	free(a.data);
	free(b.data);
	free(none.data);
	gw_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_of_a_report),
		cmocka_unit_test(test_workbook_of_reports_and_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
