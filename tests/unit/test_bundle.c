/*
 * test_bundle.c — the BagIt zip writer (write/bundle.c), driven directly
 * with a hand-built report and hand-made payloads, and inspected with
 * libzip: layout and order, manifests (with known-answer digests),
 * bag-info, zip metadata (methods, DOS times in UTC, attributes, UTF-8
 * flag, no extra fields), determinism across time zones, unsafe names,
 * errors, and validation by verify.c and by the independent
 * tests/e2e/bagcheck.py.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zip.h>

#include "model/hash.h"
#include "model/report.h"
#include "verify.h"
#include "write/bagit.h"
#include "write/writers.h"

#define TS 1700000000   /* 2023-11-14 22:13:20 UTC */

/* Payloads with known sizes: 234 + 4 + 3 + 8 = 249 bytes in 4 files; the
 * PDF is the smallest whole one (verify reads its skeleton). */
static const char PDF[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
	"2 0 obj\n<< /Type /Pages /Kids [ ] /Count 0 >>\nendobj\n"
	"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
	"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n111\n%%EOF\n";
static const char XLSX[] = "PK\x03\x04";
static const char JSON[] = "abc";
static const char SRC[] = "\xca\xf6\xd6\xb0\xb1\xa8\xb8\xe6";  /* GB18030 bytes, not UTF-8 */
static const char SRC_NAME[] = "述职报告.txt";

/* Known answers for "abc" (FIPS 180-2 examples). */
static const char ABC256[] = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
static const char ABC512[] =
	"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
	"2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";

static gw_report *make_report(int with_org)
{
	gw_report *r = gw_report_new();
	assert_non_null(r);
	r->title = gw_report_strdup(r, "关于本局二〇二三年度履职情况的述职报告");
	r->source.name = gw_report_strdup(r, SRC_NAME);
	r->source.encoding = gw_report_strdup(r, "GB18030");
	r->source.bytes = sizeof SRC - 1;
	assert_int_equal(gw_sha256_hex(SRC, sizeof SRC - 1, r->source.sha256), 0);
	const char **items = gw_arena_array(r->arena, 2, sizeof *items);
	items[0] = gw_report_strdup(r, "某某县交通运输局");
	items[1] = gw_report_strdup(r, "2023年11月14日");
	r->signature.present = true;
	r->signature.items = with_org ? items : items + 1;
	r->signature.n = with_org ? 2 : 1;
	return r;
}

static gw_payload payloads[] = {
	{"report.pdf", (const unsigned char *)PDF, sizeof PDF - 1},
	{"report.xlsx", (const unsigned char *)XLSX, sizeof XLSX - 1},
	{"report.json", (const unsigned char *)JSON, sizeof JSON - 1},
	{"source/述职报告.txt", (const unsigned char *)SRC, sizeof SRC - 1},
};

static gw_write_opts make_opts(void)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.timestamp = TS;
	o.version = "gwexport 0.1.0";
	o.stem = "report";
	o.payloads = payloads;
	o.n_payloads = 4;
	return o;
}

static gw_bytes write_bag(const gw_report *r, const gw_write_opts *o)
{
	gw_bytes out = {0};
	gw_diag d;
	memset(&d, 0, sizeof d);
	gw_status st = gw_write_bundle(r, o, &out, &d);
	if (st)
		fail_msg("gw_write_bundle: %s", d.what);
	assert_non_null(out.data);
	return out;
}

static gw_bytes default_bag(void)
{
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	gw_bytes b = write_bag(r, &o);
	gw_report_free(r);
	return b;
}

static zip_t *open_mem(const gw_bytes *b)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &ze);
	assert_non_null(src);
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	if (!za)
		fail_msg("zip_open: %s", zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return za;
}

/* Whole content of entry `name` (NUL-terminated; caller frees). */
static char *entry_text(zip_t *za, const char *name, size_t *len)
{
	zip_stat_t st;
	if (zip_stat(za, name, 0, &st) != 0)
		fail_msg("no entry %s", name);
	char *buf = malloc(st.size + 1);
	zip_file_t *zf = zip_fopen(za, name, 0);
	assert_non_null(zf);
	assert_int_equal(zip_fread(zf, buf, st.size), (zip_int64_t)st.size);
	assert_int_equal(zip_fread(zf, buf, 1), 0);  /* EOF: CRC checked */
	zip_fclose(zf);
	buf[st.size] = '\0';
	if (len)
		*len = st.size;
	return buf;
}

static void count_problem(void *ctx, const char *problem)
{
	fprintf(stderr, "verify: %s\n", problem);
	(*(int *)ctx)++;
}

static void test_entries_in_fixed_order(void **state)
{
	(void)state;
	static const char *const want[] = {
		"report/bagit.txt", "report/bag-info.txt", "report/manifest-sha256.txt",
		"report/manifest-sha512.txt", "report/tagmanifest-sha256.txt",
		"report/tagmanifest-sha512.txt", "report/data/report.pdf", "report/data/report.xlsx",
		"report/data/report.json", "report/data/source/述职报告.txt",
	};
	gw_bytes b = default_bag();
	zip_t *za = open_mem(&b);
	assert_int_equal(zip_get_num_entries(za, 0), 10);
	for (zip_uint64_t i = 0; i < 10; i++)
		assert_string_equal(zip_get_name(za, i, ZIP_FL_ENC_RAW), want[i]);
	zip_discard(za);
	free(b.data);
}

static void test_bagit_txt_and_payload_bytes_untouched(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	zip_t *za = open_mem(&b);
	char *t = entry_text(za, "report/bagit.txt", NULL);
	assert_string_equal(t, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
	free(t);
	size_t len;
	t = entry_text(za, "report/data/source/述职报告.txt", &len);
	assert_int_equal(len, sizeof SRC - 1);
	assert_memory_equal(t, SRC, len);
	free(t);
	t = entry_text(za, "report/data/report.pdf", &len);
	assert_int_equal(len, sizeof PDF - 1);
	assert_memory_equal(t, PDF, len);
	free(t);
	zip_discard(za);
	free(b.data);
}

static void test_manifests_hold_known_digests(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	zip_t *za = open_mem(&b);
	char line[256];
	char *m = entry_text(za, "report/manifest-sha256.txt", NULL);
	snprintf(line, sizeof line, "%s  data/report.json\n", ABC256);
	assert_non_null(strstr(m, line));
	/* one line per payload, each "<64 hex>  data/<name>" */
	int lines = 0;
	for (char *p = m; (p = strchr(p, '\n')); p++)
		lines++;
	assert_int_equal(lines, 4);
	assert_non_null(strstr(m, "  data/source/述职报告.txt\n"));
	assert_int_equal(strstr(m, "data/report.pdf") - m, 66);  /* first line, in payload order */
	free(m);
	m = entry_text(za, "report/manifest-sha512.txt", NULL);
	snprintf(line, sizeof line, "%s  data/report.json\n", ABC512);
	assert_non_null(strstr(m, line));
	free(m);
	zip_discard(za);
	free(b.data);
}

static void test_tagmanifest_covers_tag_files(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	zip_t *za = open_mem(&b);
	char *tm = entry_text(za, "report/tagmanifest-sha256.txt", NULL);
	static const char *const tags[] = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt",
					   "manifest-sha512.txt"};
	size_t off = 0;
	for (size_t i = 0; i < 4; i++) {
		char path[64], hex[65], line[160];
		size_t len;
		snprintf(path, sizeof path, "report/%s", tags[i]);
		char *t = entry_text(za, path, &len);
		gw_sha256_hex(t, len, hex);
		free(t);
		int n = snprintf(line, sizeof line, "%s  %s\n", hex, tags[i]);
		assert_memory_equal(tm + off, line, (size_t)n);
		off += (size_t)n;
	}
	assert_int_equal(strlen(tm), off);
	free(tm);
	zip_discard(za);
	free(b.data);
}

static void test_bag_info_fields(void **state)
{
	(void)state;
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	gw_bytes b = write_bag(r, &o);
	zip_t *za = open_mem(&b);
	char *info = entry_text(za, "report/bag-info.txt", NULL);
	char want[2048];
	const gw_writer *pdf = &gw_writers[gw_writer_index("pdf", 3)];
	const gw_writer *xlsx = &gw_writers[gw_writer_index("xlsx", 4)];
	const gw_writer *json = &gw_writers[gw_writer_index("json", 4)];
	snprintf(want, sizeof want,
		 "Source-Organization: 某某县交通运输局\n"
		 "External-Description: 关于本局二〇二三年度履职情况的述职报告\n"
		 "External-Identifier: sha256:%s\n"
		 "Document-Type: 述职报告\n"
		 "Document-Date: 2023年11月14日\n"
		 "Bagging-Date: 2023-11-14\n"
		 "Bag-Software-Agent: gwexport 0.1.0\n"
		 "Bag-Size: 249 bytes\n"
		 "Payload-Oxum: 249.4\n"
		 "Payload-File: data/report.pdf (pdf: %s)\n"
		 "Payload-File: data/report.xlsx (xlsx: %s)\n"
		 "Payload-File: data/report.json (json: %s)\n"
		 "Source-Encoding: GB18030\n"
		 "Source-File-Name: 述职报告.txt\n", r->source.sha256, pdf->summary, xlsx->summary, json->summary);
	assert_string_equal(info, want);
	free(info);
	zip_discard(za);
	free(b.data);
	gw_report_free(r);

	/* A signature with only a date names no organisation; no title, no line. */
	r = make_report(0);
	r->title = NULL;
	b = write_bag(r, &o);
	za = open_mem(&b);
	info = entry_text(za, "report/bag-info.txt", NULL);
	assert_null(strstr(info, "Source-Organization"));
	assert_null(strstr(info, "External-Description"));
	assert_non_null(strstr(info, "Payload-Oxum: 249.4\n"));
	free(info);
	zip_discard(za);
	free(b.data);
	gw_report_free(r);
}

/* What an archivist files a 公文 by: kind (a bracketed note at the title's
 * end set aside), 发文字号, 发文机关 without 文件, date, pages from the PDF,
 * its PDF/A level; Bagging-Date is when the bag was made, not the input's
 * time, which still dates the zip entries. */
static void test_bag_info_archival_fields(void **state)
{
	(void)state;
	gw_report *r = make_report(0);
	r->title = gw_report_strdup(r, "关于追加防汛物资经费的请示（征求意见稿）");
	gw_head *h = gw_arena_array(r->arena, 1, sizeof *h);
	h->text = gw_report_strdup(r, "××县水利局文件\n×水发〔2024〕8号");
	h->doc_number = gw_report_strdup(r, "×水发〔2024〕8号");
	const char **issuers = gw_arena_array(r->arena, 2, sizeof *issuers);
	issuers[0] = gw_report_strdup(r, "××县水利局文件");
	issuers[1] = gw_report_strdup(r, "××县财政局");
	h->issuers = (gw_strlist){true, issuers, 2};
	r->head = h;
	static const char pdf[] = "%PDF-1.4\n2 0 obj\n<<\n/Type /Pages\n/Kids [ 3 0 R ]\n/Count 12\n>>\nendobj\n"
				  "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>";
	gw_payload p[] = {{"report.pdf", (const unsigned char *)pdf, sizeof pdf - 1}, payloads[3]};
	gw_write_opts o = make_opts();
	o.payloads = p;
	o.n_payloads = 2;
	o.bagging_time = TS + 3 * 86400;
	gw_bytes b = write_bag(r, &o);
	zip_t *za = open_mem(&b);
	char *info = entry_text(za, "report/bag-info.txt", NULL);
	static const char *const lines[] = {
		"\nDocument-Type: 请示\n", "\nDocument-Number: ×水发〔2024〕8号\n",
		"\nIssuing-Organization: ××县水利局\nIssuing-Organization: ××县财政局\n",
		"\nDocument-Date: 2023年11月14日\n", "\nPage-Count: 12\n", "\nBagging-Date: 2023-11-17\n",
		"; PDF/A-1b)\n",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		if (!strstr(info, lines[i]))
			fail_msg("'%s' not in:\n%s", lines[i], info);
	zip_stat_t st;
	assert_int_equal(zip_stat(za, "report/bagit.txt", 0, &st), 0);
	struct tm tm;
	time_t mt = st.mtime;
	localtime_r(&mt, &tm);  /* libzip reads DOS times as local time */
	assert_int_equal(tm.tm_mday, 14);
	free(info);
	zip_discard(za);
	free(b.data);

	/* no known kind, no PDF pages, no PDF/A claim without the XMP */
	r->title = gw_report_strdup(r, "二〇二三年度工作情况");
	r->head = NULL;
	p[0].len = 9;  /* "%PDF-1.4\n" only */
	b = write_bag(r, &o);
	za = open_mem(&b);
	info = entry_text(za, "report/bag-info.txt", NULL);
	assert_null(strstr(info, "Document-Type"));
	assert_null(strstr(info, "Document-Number"));
	assert_null(strstr(info, "Issuing-Organization"));
	assert_null(strstr(info, "Page-Count"));
	assert_null(strstr(info, "PDF/A"));
	free(info);
	zip_discard(za);
	free(b.data);
	gw_report_free(r);
}

static void test_bag_info_date_is_utc_and_values_one_line(void **state)
{
	(void)state;
	gw_report *r = make_report(1);
	r->title = gw_report_strdup(r, "第一行\n第二行\r");
	gw_write_opts o = make_opts();
	o.timestamp = 1700006400;  /* 2023-11-15 00:00:00 UTC = 08:00 in Beijing, 19:00 the 14th in New York */
	setenv("TZ", "EST5EDT", 1);
	tzset();
	gw_bytes b = write_bag(r, &o);
	zip_t *za = open_mem(&b);
	char *info = entry_text(za, "report/bag-info.txt", NULL);
	assert_non_null(strstr(info, "Bagging-Date: 2023-11-15\n"));
	assert_non_null(strstr(info, "External-Description: 第一行 第二行 \n"));
	free(info);
	zip_discard(za);
	free(b.data);
	gw_report_free(r);
	unsetenv("TZ");
	tzset();
}

static void test_zip_metadata(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	setenv("TZ", "UTC", 1);   /* libzip converts DOS times with mktime */
	tzset();
	zip_t *za = open_mem(&b);
	for (zip_uint64_t i = 0; i < 10; i++) {
		zip_stat_t st;
		assert_int_equal(zip_stat_index(za, i, 0, &st), 0);
		const char *name = zip_get_name(za, i, 0);
		int stored = strstr(name, ".pdf") || strstr(name, ".xlsx");
		assert_int_equal(st.comp_method, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE);
		assert_int_equal(st.mtime, TS);
		zip_uint8_t os;
		zip_uint32_t attr;
		assert_int_equal(zip_file_get_external_attributes(za, i, 0, &os, &attr), 0);
		assert_int_equal(os, ZIP_OPSYS_UNIX);
		assert_int_equal(attr, 0100644u << 16);
		assert_int_equal(zip_file_extra_fields_count(za, i, ZIP_FL_CENTRAL), 0);
		assert_int_equal(zip_file_extra_fields_count(za, i, ZIP_FL_LOCAL), 0);
	}
	/* STRICT reads names without the UTF-8 flag as CP437: the Chinese name
	 * only comes back unchanged because the flag is set. */
	assert_string_equal(zip_get_name(za, 9, ZIP_FL_ENC_STRICT), "report/data/source/述职报告.txt");
	zip_discard(za);
	free(b.data);
	unsetenv("TZ");
	tzset();
}

static void test_same_input_same_bytes_in_any_time_zone(void **state)
{
	(void)state;
	gw_bytes a = default_bag();
	static const char *const zones[] = {"UTC", "CST-8", "EST5EDT"};
	for (size_t i = 0; i < 3; i++) {
		setenv("TZ", zones[i], 1);
		tzset();
		gw_bytes b = default_bag();
		assert_int_equal(a.len, b.len);
		assert_memory_equal(a.data, b.data, a.len);
		free(b.data);
	}
	unsetenv("TZ");
	tzset();
	/* …and the time stamp really is in there. */
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	o.timestamp = TS + 86400;
	gw_bytes c = write_bag(r, &o);
	assert_true(c.len != a.len || memcmp(a.data, c.data, a.len) != 0);
	free(c.data);
	gw_report_free(r);
	free(a.data);
}

static void test_old_timestamp_is_clamped_to_1980(void **state)
{
	(void)state;
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	o.timestamp = 0;
	setenv("TZ", "UTC", 1);
	tzset();
	gw_bytes b = write_bag(r, &o);
	zip_t *za = open_mem(&b);
	zip_stat_t st;
	assert_int_equal(zip_stat_index(za, 0, 0, &st), 0);
	assert_int_equal(st.mtime, 315532800);  /* 1980-01-01 00:00:00 */
	char *info = entry_text(za, "report/bag-info.txt", NULL);
	assert_non_null(strstr(info, "Bagging-Date: 1970-01-01\n"));
	free(info);
	zip_discard(za);
	free(b.data);
	gw_report_free(r);
	unsetenv("TZ");
	tzset();
}

static void test_unsafe_names_are_made_safe(void **state)
{
	(void)state;
	static const char SRC2[] = "x";
	gw_payload odd[] = {
		{"report.json", (const unsigned char *)JSON, 3},
		{"source/../a\\b:c.txt", (const unsigned char *)SRC2, 1},
		{"source/100%.txt", (const unsigned char *)SRC2, 1},
		{"/source//\x01\xff.txt", (const unsigned char *)SRC2, 1},
	};
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	o.stem = "..";
	o.payloads = odd;
	o.n_payloads = 4;
	gw_bytes b = write_bag(r, &o);
	zip_t *za = open_mem(&b);
	assert_string_equal(zip_get_name(za, 0, 0), "__/bagit.txt");
	assert_string_equal(zip_get_name(za, 6, 0), "__/data/report.json");
	assert_string_equal(zip_get_name(za, 7, 0), "__/data/source/__/a_b_c.txt");
	assert_string_equal(zip_get_name(za, 8, 0), "__/data/source/100_.txt");  /* see bundle.c on '%' */
	assert_string_equal(zip_get_name(za, 9, 0), "__/data/source/__.txt");
	char *m = entry_text(za, "__/manifest-sha256.txt", NULL);
	assert_non_null(strstr(m, "  data/source/100_.txt\n"));
	free(m);
	zip_discard(za);
	int problems = 0;
	assert_int_equal(gw_verify_bundle_bytes(b.data, b.len, count_problem, &problems), 0);
	free(b.data);
	gw_report_free(r);
}

/* RFC 8493 §2.1.3: CR, LF and '%' and only those are percent-encoded. */
static void test_manifest_path_encoding(void **state)
{
	(void)state;
	static const struct {
		const char *plain, *encoded;
	} cases[] = {
		{"data/a.txt", "data/a.txt"},
		{"data/100%.txt", "data/100%25.txt"},
		{"data/a\rb\nc", "data/a%0Db%0Ac"},
		{"data/%0A.txt", "data/%250A.txt"},
		{"data/述职 报告.txt", "data/述职 报告.txt"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char enc[64], dec[64];
		size_t n = gw_bagit_encode_path(cases[i].plain, enc);
		assert_string_equal(enc, cases[i].encoded);
		assert_int_equal(gw_bagit_decode_path(enc, n, dec), strlen(cases[i].plain));
		assert_string_equal(dec, cases[i].plain);
	}
	char dec[16];
	gw_bagit_decode_path("%0d%0a%41%2", 11, dec);   /* lower case too; others kept */
	assert_string_equal(dec, "\r\n%41%2");
}

static void test_refuses_missing_payloads(void **state)
{
	(void)state;
	gw_report *r = make_report(1);
	gw_write_opts o = make_opts();
	gw_diag d;
	memset(&d, 0, sizeof d);
	gw_bytes out = {0};
	o.n_payloads = 0;
	assert_int_equal(gw_write_bundle(r, &o, &out, &d), GW_E_INTERNAL);
	assert_null(out.data);
	assert_non_null(strstr(d.what, "no files"));
	gw_payload nodata[] = {{"report.json", NULL, 5}};
	o.payloads = nodata;
	o.n_payloads = 1;
	assert_int_equal(gw_write_bundle(r, &o, &out, &d), GW_E_INTERNAL);
	assert_null(out.data);
	gw_payload same[] = {{"a.json", (const unsigned char *)"1", 1}, {"a.json", (const unsigned char *)"2", 1}};
	o.payloads = same;
	o.n_payloads = 2;
	assert_int_equal(gw_write_bundle(r, &o, &out, &d), GW_E_ZIP);
	assert_null(out.data);
	gw_report_free(r);
}

static void test_verify_accepts_it(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	int problems = 0;
	assert_int_equal(gw_verify_bundle_bytes(b.data, b.len, count_problem, &problems), 0);
	assert_int_equal(problems, 0);
	free(b.data);
}

/* The bag must satisfy a checker that shares no code with us. */
static void test_independent_checker_accepts_it(void **state)
{
	(void)state;
	gw_bytes b = default_bag();
	char path[] = "/tmp/gw-bundle-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, b.data, b.len), (ssize_t)b.len);
	close(fd);
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 '%s/e2e/bagcheck.py' '%s'", gw_tests_dir(), path);
	int rc = system(cmd);
	unlink(path);
	free(b.data);
	assert_int_equal(rc, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entries_in_fixed_order),
		cmocka_unit_test(test_bagit_txt_and_payload_bytes_untouched),
		cmocka_unit_test(test_manifests_hold_known_digests),
		cmocka_unit_test(test_tagmanifest_covers_tag_files),
		cmocka_unit_test(test_bag_info_fields),
		cmocka_unit_test(test_bag_info_archival_fields),
		cmocka_unit_test(test_bag_info_date_is_utc_and_values_one_line),
		cmocka_unit_test(test_zip_metadata),
		cmocka_unit_test(test_same_input_same_bytes_in_any_time_zone),
		cmocka_unit_test(test_old_timestamp_is_clamped_to_1980),
		cmocka_unit_test(test_unsafe_names_are_made_safe),
		cmocka_unit_test(test_manifest_path_encoding),
		cmocka_unit_test(test_refuses_missing_payloads),
		cmocka_unit_test(test_verify_accepts_it),
		cmocka_unit_test(test_independent_checker_accepts_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
