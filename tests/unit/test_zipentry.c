/*
 * test_zipentry.c — the in-memory zip writer shared by the OFD package and
 * the bundle (write/zipentry.c): entries in the order added, stored or
 * deflated as asked, every entry dated in UTC whatever TZ says, mode 0644,
 * the bytes read back whole; a failed add makes gw_zip_end fail naming
 * the archive.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "write/zipentry.h"

static zip_t *open_bytes(const gw_bytes *b)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &ze);
	assert_non_null(src);
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
	assert_non_null(za);
	zip_error_fini(&ze);
	return za;
}

static void test_entries(void **state)
{
	(void)state;
	setenv("TZ", "Asia/Shanghai", 1);   /* the date must not follow it */
	gw_zip z;
	gw_diag d = {0};
	assert_int_equal(gw_zip_begin(&z, "the test archive", 1700000000, &d), GW_OK);
	char text[4000];
	memset(text, 'a', sizeof text);
	assert_int_equal(gw_zip_add(&z, "报告/正文.txt", text, sizeof text, false, ZIP_FL_ENC_UTF_8), 0);
	assert_int_equal(gw_zip_add(&z, "b.bin", "xyz", 3, true, 0), 0);
	gw_bytes out = {0};
	assert_int_equal(gw_zip_end(&z, &out, &d), GW_OK);
	assert_non_null(out.data);
	zip_t *za = open_bytes(&out);
	assert_int_equal(zip_get_num_entries(za, 0), 2);
	assert_string_equal(zip_get_name(za, 0, ZIP_FL_ENC_RAW), "报告/正文.txt");
	assert_string_equal(zip_get_name(za, 1, ZIP_FL_ENC_RAW), "b.bin");
	zip_stat_t st;
	assert_int_equal(zip_stat_index(za, 0, 0, &st), 0);
	assert_int_equal(st.comp_method, ZIP_CM_DEFLATE);
	assert_true(st.comp_size < 100);
	assert_int_equal(zip_stat_index(za, 1, 0, &st), 0);
	assert_int_equal(st.comp_method, ZIP_CM_STORE);
	/* 2023-11-14 22:13:20 UTC as a DOS date and time */
	zip_uint8_t os;
	zip_uint32_t attr;
	assert_int_equal(zip_file_get_external_attributes(za, 1, 0, &os, &attr), 0);
	assert_int_equal(os, ZIP_OPSYS_UNIX);
	assert_int_equal(attr >> 16, 0100644u);
	struct tm tm = {0};
	assert_int_equal(zip_stat_index(za, 1, 0, &st), 0);
	localtime_r(&st.mtime, &tm);   /* libzip reads the DOS fields as local time */
	assert_int_equal(tm.tm_hour, 22);
	assert_int_equal(tm.tm_min, 13);
	assert_int_equal(tm.tm_mday, 14);
	zip_discard(za);
	free(out.data);
}

static void test_failed_add(void **state)
{
	(void)state;
	gw_zip z;
	gw_diag d = {0};
	assert_int_equal(gw_zip_begin(&z, "the test archive", 0, &d), GW_OK);
	assert_int_equal(gw_zip_add_deflated(&z, "x", NULL, 0), -1);   /* a source that could not be made */
	assert_int_equal(gw_zip_add(&z, "y", "1", 1, true, 0), -1);    /* failed: later adds do nothing */
	gw_bytes out = {0};
	assert_int_equal(gw_zip_end(&z, &out, &d), GW_E_ZIP);
	assert_null(out.data);
	assert_non_null(strstr(d.what, "cannot build the test archive"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entries),
		cmocka_unit_test(test_failed_add),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
