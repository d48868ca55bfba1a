/*
 * test_verify.c — `gwexport verify` (verify.c) against bags damaged on
 * purpose.  A good bag is written by gw_write_bundle, unpacked into a list
 * of (name, bytes), changed in one way, packed again with libzip (or its
 * zip bytes are changed directly), and verified; each case names the
 * problem lines it must produce.  Hand-built foreign bags (md5 only,
 * directory entries, CRLF, upper-case hex, "%25") must verify clean.
 */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "model/hash.h"
#include "model/report.h"
#include "verify.h"
#include "verify_doc.h"
#include "write/writers.h"

#define MAX_FILES 256

typedef struct file {
	char name[512];
	unsigned char *data;
	size_t len;
	int symlink, encrypt;
} file;

typedef struct files {
	file f[MAX_FILES];
	size_t n;
} files;

typedef struct problems {
	char text[32768];
	int calls;
} problems;

static void collect(void *ctx, const char *problem)
{
	problems *p = ctx;
	p->calls++;
	size_t used = strlen(p->text);
	snprintf(p->text + used, sizeof p->text - used, "%s\n", problem);
}

/* The smallest whole PDF: verify reads a PDF's skeleton. */
static const char MIN_PDF[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
	"2 0 obj\n<< /Type /Pages /Kids [ ] /Count 0 >>\nendobj\n"
	"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"
	"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n111\n%%EOF\n";

static gw_bytes good_bag(void)
{
	static const gw_payload payloads[] = {
		{"report.pdf", (const unsigned char *)MIN_PDF, sizeof MIN_PDF - 1},
		{"report.xlsx", (const unsigned char *)"PK\x03\x04", 4},
		{"report.json", (const unsigned char *)"{\"a\":1}\n", 8},
		{"source/年度报告.txt", (const unsigned char *)"一、工作回顾\n", 19},
	};
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "年度工作报告");
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.timestamp = 1700000000;
	o.version = "gwexport test";
	o.stem = "report";
	o.payloads = payloads;
	o.n_payloads = 4;
	gw_bytes b = {0};
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_write_bundle(r, &o, &b, &d), GW_OK);
	gw_report_free(r);
	return b;
}

static void unpack(const gw_bytes *b, files *fs)
{
	memset(fs, 0, sizeof *fs);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &ze);
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
	assert_non_null(za);
	for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); i++) {
		file *f = &fs->f[fs->n++];
		zip_stat_t st;
		zip_stat_index(za, (zip_uint64_t)i, 0, &st);
		snprintf(f->name, sizeof f->name, "%s", st.name);
		f->len = st.size;
		f->data = malloc(st.size + 1);
		zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
		assert_int_equal(zip_fread(zf, f->data, st.size), (zip_int64_t)st.size);
		zip_fclose(zf);
		f->data[st.size] = '\0';
	}
	zip_discard(za);
	zip_error_fini(&ze);
}

static void files_free(files *fs)
{
	for (size_t i = 0; i < fs->n; i++)
		free(fs->f[i].data);
	fs->n = 0;
}

static file *get(files *fs, const char *name)
{
	for (size_t i = 0; i < fs->n; i++)
		if (strcmp(fs->f[i].name, name) == 0)
			return &fs->f[i];
	fail_msg("no %s in the bag", name);
	return NULL;
}

static file *add(files *fs, const char *name, const char *text)
{
	assert_true(fs->n < MAX_FILES);
	file *f = &fs->f[fs->n++];
	memset(f, 0, sizeof *f);
	snprintf(f->name, sizeof f->name, "%s", name);
	f->len = strlen(text);
	f->data = (unsigned char *)strdup(text);
	return f;
}

static void set_text(file *f, const char *text)
{
	free(f->data);
	f->len = strlen(text);
	f->data = (unsigned char *)strdup(text);
}

static void drop(files *fs, const char *name)
{
	file *f = get(fs, name);
	free(f->data);
	*f = fs->f[--fs->n];
}

/* Replaces the first `from` in the file's text by `to`. */
static void edit(files *fs, const char *name, const char *from, const char *to)
{
	file *f = get(fs, name);
	char *at = strstr((char *)f->data, from);
	assert_non_null(at);
	char buf[16384];
	snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - (char *)f->data), (char *)f->data, to,
		 at + strlen(from));
	set_text(f, buf);
}

/* Rewrites the tag manifests so only the intended damage remains. */
static void retag(files *fs, const char *top)
{
	static const char *const tags[] = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt",
					   "manifest-sha512.txt"};
	char t256[4096] = "", t512[4096] = "", name[256];
	for (size_t i = 0; i < 4; i++) {
		snprintf(name, sizeof name, "%s/%s", top, tags[i]);
		file *f = get(fs, name);
		char h256[65], h512[129];
		gw_sha256_hex(f->data, f->len, h256);
		gw_sha512_hex(f->data, f->len, h512);
		snprintf(t256 + strlen(t256), sizeof t256 - strlen(t256), "%s  %s\n", h256, tags[i]);
		snprintf(t512 + strlen(t512), sizeof t512 - strlen(t512), "%s  %s\n", h512, tags[i]);
	}
	snprintf(name, sizeof name, "%s/tagmanifest-sha256.txt", top);
	set_text(get(fs, name), t256);
	snprintf(name, sizeof name, "%s/tagmanifest-sha512.txt", top);
	set_text(get(fs, name), t512);
}

static gw_bytes pack(const files *fs)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_t *za = zip_open_from_source(mem, ZIP_TRUNCATE, &ze);
	assert_non_null(za);
	zip_source_keep(mem);
	for (size_t i = 0; i < fs->n; i++) {
		const file *f = &fs->f[i];
		zip_source_t *s = zip_source_buffer(za, f->data, f->len, 0);
		zip_int64_t idx = zip_file_add(za, f->name, s, ZIP_FL_ENC_GUESS);
		if (idx < 0)
			fail_msg("cannot add %s: %s", f->name, zip_strerror(za));
		if (f->symlink)
			zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0, ZIP_OPSYS_UNIX,
							 (S_IFLNK | 0777u) << 16);
		if (f->encrypt)
			assert_int_equal(zip_file_set_encryption(za, (zip_uint64_t)idx, ZIP_EM_AES_256, "pw"), 0);
	}
	assert_int_equal(zip_close(za), 0);
	zip_stat_t st;
	zip_source_stat(mem, &st);
	gw_bytes out = {malloc(st.size), st.size};
	zip_source_open(mem);
	assert_int_equal(zip_source_read(mem, out.data, st.size), (zip_int64_t)st.size);
	zip_source_close(mem);
	zip_source_free(mem);
	return out;
}

/* ---- one damage per case ---------------------------------------------- */

static void change_payload(files *fs) { set_text(get(fs, "report/data/report.json"), "{\"a\":2}\n"); }
static void drop_payload(files *fs) { drop(fs, "report/data/report.xlsx"); }
static void add_payload(files *fs) { add(fs, "report/data/extra.txt", "x"); }
static void add_tag_file(files *fs) { add(fs, "report/notes.txt", "x"); }
static void rename_payload(files *fs) { snprintf(get(fs, "report/data/report.json")->name, 512, "report/data/report2.json"); }
static void zip_slip(files *fs) { add(fs, "../evil", "x"); }
static void zip_slip_inside(files *fs) { add(fs, "report/data/../../evil", "x"); }
static void absolute(files *fs) { add(fs, "/etc/evil", "x"); }
static void backslash(files *fs) { add(fs, "report\\data\\evil", "x"); }
static void drive_letter(files *fs) { add(fs, "c:evil", "x"); }
static void control_char(files *fs) { add(fs, "report/data/a\x1b[31mred", "x"); }
static void second_top(files *fs) { add(fs, "other/x.txt", "x"); }
static void symlink_entry(files *fs) { add(fs, "report/data/link", "/etc/passwd")->symlink = 1; }
static void encrypted(files *fs) { get(fs, "report/data/report.json")->encrypt = 1; }
static void no_bagit(files *fs) { drop(fs, "report/bagit.txt"); }

static void wrong_oxum(files *fs)
{
	edit(fs, "report/bag-info.txt", "Payload-Oxum: 265.4", "Payload-Oxum: 266.4");
	retag(fs, "report");
}

static void bad_oxum(files *fs)
{
	edit(fs, "report/bag-info.txt", "Payload-Oxum: 265.4", "Payload-Oxum: -265.4");
	retag(fs, "report");
}

static void manifest_line_removed(files *fs)
{
	file *m = get(fs, "report/manifest-sha256.txt");
	char *line = strstr((char *)m->data, "  data/report.json\n");
	assert_non_null(line);
	char *start = line - 64, *end = line + strlen("  data/report.json\n");
	memmove(start, end, strlen(end) + 1);
	m->len = strlen((char *)m->data);
	retag(fs, "report");
}

static void manifest_unsafe_path(files *fs)
{
	file *m = get(fs, "report/manifest-sha256.txt");
	char buf[4096];
	snprintf(buf, sizeof buf, "%s%064d  data/../../etc/passwd\n", (char *)m->data, 0);
	set_text(m, buf);
	retag(fs, "report");
}

static void manifest_bad_hex(files *fs)
{
	edit(fs, "report/manifest-sha256.txt", "  data/report.pdf", "x  data/report.pdf");
	retag(fs, "report");
}

static void bagit_version(files *fs)
{
	set_text(get(fs, "report/bagit.txt"), "BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n");
	retag(fs, "report");
}

static void bagit_bom(files *fs)
{
	set_text(get(fs, "report/bagit.txt"),
		 "\xEF\xBB\xBF" "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
	retag(fs, "report");
}

static void tag_manifest_changed(files *fs) { edit(fs, "report/bag-info.txt", "年度", "半年"); }

static void many_bad_names(files *fs)
{
	for (int i = 0; i < 150; i++) {
		char name[32];
		snprintf(name, sizeof name, "../evil%d", i);
		add(fs, name, "x");
	}
}

static void huge_tag_file(files *fs)
{
	file *f = get(fs, "report/manifest-sha512.txt");
	free(f->data);
	f->len = (16u << 20) + 1;
	f->data = calloc(1, f->len + 1);
	memset(f->data, 'a', f->len);
}

static const struct damage {
	const char *what;
	void (*apply)(files *fs);
	const char *expect[3];  /* substrings of the problem lines */
	int count;              /* exact number of problems, or 0 = at least one */
} damages[] = {
	{"payload changed", change_payload,
	 {"report/data/report.json: content changed: its sha256 checksum differs from manifest-sha256.txt",
	  "report/data/report.json: content changed: its sha512 checksum differs from manifest-sha512.txt"}, 2},
	{"payload dropped", drop_payload,
	 {"report/data/report.xlsx: listed in manifest-sha256.txt but missing from the zip",
	  "Payload-Oxum says 265 bytes in 4 files, the bag holds 261 bytes in 3 files"}, 3},
	{"payload added", add_payload,
	 {"report/data/extra.txt: not listed in manifest-sha256.txt",
	  "report/data/extra.txt: not listed in manifest-sha512.txt", "holds 266 bytes in 5 files"}, 3},
	{"tag file added", add_tag_file, {"report/notes.txt: not listed in any tag manifest"}, 1},
	{"payload renamed", rename_payload,
	 {"report/data/report.json: listed in manifest-sha256.txt but missing",
	  "report/data/report2.json: not listed in manifest-sha256.txt"}, 4},
	{"zip slip", zip_slip, {"../evil: unsafe entry name: it has a '.' or '..' path component"}, 1},
	{"zip slip inside", zip_slip_inside, {"report/data/../../evil: unsafe entry name"}, 1},
	{"absolute name", absolute, {"/etc/evil: unsafe entry name: it is an absolute path"}, 1},
	{"backslash", backslash, {"unsafe entry name: it contains a backslash"}, 1},
	{"drive letter", drive_letter, {"c:evil: unsafe entry name: it starts with a drive letter"}, 1},
	{"control character", control_char,
	 {"report/data/a\\x1B[31mred: unsafe entry name: it contains a control character"}, 1},
	{"second top directory", second_top, {"other/x.txt: lies outside the bag directory 'report/'"}, 1},
	{"symbolic link", symlink_entry, {"report/data/link: is a symbolic link"}, 1},
	{"encrypted entry", encrypted, {"report/data/report.json: is encrypted"}, 0},
	{"bagit.txt missing", no_bagit, {"no <bag>/bagit.txt"}, 0},
	{"wrong Payload-Oxum", wrong_oxum,
	 {"report/bag-info.txt: Payload-Oxum says 266 bytes in 4 files, the bag holds 265 bytes in 4 files"}, 1},
	{"malformed Payload-Oxum", bad_oxum, {"Payload-Oxum '-265.4' is not '<bytes>.<files>'"}, 1},
	{"manifest line removed", manifest_line_removed,
	 {"report/data/report.json: not listed in manifest-sha256.txt"}, 1},
	{"unsafe manifest path", manifest_unsafe_path,
	 {"manifest-sha256.txt line 5: unsafe path data/../../etc/passwd"}, 1},
	{"bad checksum in manifest", manifest_bad_hex,
	 {"report/manifest-sha256.txt line 1:", "is not a sha256 checksum",
	  "report/data/report.pdf: not listed in manifest-sha256.txt"}, 2},
	{"bagit.txt version", bagit_version, {"the first line must be 'BagIt-Version: 1.0'"}, 1},
	{"bagit.txt BOM", bagit_bom, {"byte-order mark"}, 1},
	{"tag file changed", tag_manifest_changed,
	 {"report/bag-info.txt: content changed: its sha256 checksum differs from tagmanifest-sha256.txt"}, 2},
	{"tag file over 16 MB", huge_tag_file, {"more than the 16 MB a tag file may have"}, 0},
	{"problem lines capped", many_bad_names, {"… and 50 more problems"}, 150},
};

static void test_damaged_bags(void **state)
{
	(void)state;
	gw_bytes good = good_bag();
	for (size_t i = 0; i < sizeof damages / sizeof damages[0]; i++) {
		const struct damage *dm = &damages[i];
		files fs;
		unpack(&good, &fs);
		dm->apply(&fs);
		gw_bytes bad = pack(&fs);
		files_free(&fs);
		problems p = {"", 0};
		int n = gw_verify_bundle_bytes(bad.data, bad.len, collect, &p);
		free(bad.data);
		for (size_t k = 0; k < 3 && dm->expect[k]; k++)
			if (!strstr(p.text, dm->expect[k]))
				fail_msg("%s: missing problem '%s'; got:\n%s", dm->what, dm->expect[k], p.text);
		if (dm->count ? n != dm->count : n < 1)
			fail_msg("%s: %d problems, expected %d:\n%s", dm->what, n, dm->count, p.text);
	}
	free(good.data);
}

static void test_good_bag_round_trip(void **state)
{
	(void)state;
	gw_bytes good = good_bag();
	files fs;
	unpack(&good, &fs);
	gw_bytes again = pack(&fs);   /* other compression, other times: still valid */
	files_free(&fs);
	problems p = {"", 0};
	assert_int_equal(gw_verify_bundle_bytes(good.data, good.len, collect, &p), 0);
	assert_int_equal(gw_verify_bundle_bytes(again.data, again.len, collect, &p), 0);
	assert_int_equal(p.calls, 0);
	free(again.data);
	free(good.data);
}

/* Damage to the zip's own bytes. */
static void test_damaged_zip_bytes(void **state)
{
	(void)state;
	gw_bytes good = good_bag();
	problems p = {"", 0};
	/* A flipped byte inside the stored PDF: only the CRC can tell. */
	unsigned char *at = memmem(good.data, good.len, "%PDF-1.4", 8);
	assert_non_null(at);
	at[5] ^= 1;
	assert_int_equal(gw_verify_bundle_bytes(good.data, good.len, collect, &p), 1);
	assert_non_null(strstr(p.text, "report/data/report.pdf: damaged: CRC error"));
	at[5] ^= 1;

	static const size_t cuts[] = {0, 1, 22, 100};
	for (size_t i = 0; i < 4; i++) {
		p = (problems){"", 0};
		size_t len = cuts[i] == 0 ? good.len / 2 : good.len - cuts[i];
		assert_int_equal(gw_verify_bundle_bytes(good.data, len, collect, &p), 1);
		assert_non_null(strstr(p.text, "not a readable zip file"));
	}
	p = (problems){"", 0};
	assert_true(gw_verify_bundle_bytes((const unsigned char *)"not a zip", 9, collect, &p) >= 1);
	assert_true(gw_verify_bundle_bytes(NULL, 0, collect, &p) >= 1);
	assert_non_null(strstr(p.text, "the zip is empty"));

	/* Same name twice: rename report.json to report.pdf in the headers. */
	unsigned char *dup = malloc(good.len);
	memcpy(dup, good.data, good.len);
	for (unsigned char *q = dup; (q = memmem(q, good.len - (size_t)(q - dup), "data/report.json", 16));)
		memcpy(q, "data/report.xlsx", 16);
	p = (problems){"", 0};
	assert_true(gw_verify_bundle_bytes(dup, good.len, collect, &p) >= 1);
	assert_true(strstr(p.text, "appears twice") || strstr(p.text, "two entries have the same name"));
	free(dup);
	free(good.data);
}

static void test_verify_from_path(void **state)
{
	(void)state;
	gw_bytes good = good_bag();
	char path[] = "/tmp/gw-verify-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, good.data, good.len), (ssize_t)good.len);
	close(fd);
	problems p = {"", 0};
	assert_int_equal(gw_verify_bundle(path, collect, &p), 0);
	assert_int_equal(truncate(path, (off_t)(good.len - 10)), 0);
	assert_int_equal(gw_verify_bundle(path, collect, &p), 1);
	unlink(path);
	assert_int_equal(gw_verify_bundle(path, collect, &p), 1);
	assert_non_null(strstr(p.text, "not a readable zip file"));
	p = (problems){"", 0};
	assert_int_equal(gw_verify_bundle("/tmp", collect, &p), 1);
	assert_non_null(strstr(p.text, "is a directory"));
	free(good.data);
}

/* A bag another tool could have made: md5 only, directory entries,
 * CRLF lines, upper-case hex, a '%' name encoded as %25, no bag-info,
 * an extra tag file covered by the tag manifest. */
static void test_foreign_bag_is_valid(void **state)
{
	(void)state;
	files fs;
	memset(&fs, 0, sizeof fs);
	add(&fs, "bag/", "");
	add(&fs, "bag/bagit.txt", "BagIt-Version: 0.97\r\nTag-File-Character-Encoding: utf-8\r\n");
	add(&fs, "bag/data/", "");
	add(&fs, "bag/data/100%.txt", "hello\n");
	add(&fs, "bag/data/sub/b.txt", "");
	add(&fs, "bag/manifest-md5.txt",
	    "B1946AC92492D2347C6235B4D2611184  data/100%25.txt\r\n"
	    "d41d8cd98f00b204e9800998ecf8427e\tdata/sub/b.txt\r\n\r\n");
	add(&fs, "bag/about.txt", "x");
	char t[512];
	char h1[65], h2[65];
	gw_sha256_hex(get(&fs, "bag/manifest-md5.txt")->data, get(&fs, "bag/manifest-md5.txt")->len, h1);
	gw_sha256_hex("x", 1, h2);
	snprintf(t, sizeof t, "%s  manifest-md5.txt\n%s  about.txt\n", h1, h2);
	add(&fs, "bag/tagmanifest-sha256.txt", t);
	gw_bytes b = pack(&fs);
	problems p = {"", 0};
	int n = gw_verify_bundle_bytes(b.data, b.len, collect, &p);
	if (n)
		fail_msg("%s", p.text);
	/* …and without the tag manifest's line for manifest-md5.txt it is not. */
	snprintf(t, sizeof t, "%s  about.txt\n", h2);
	set_text(get(&fs, "bag/tagmanifest-sha256.txt"), t);
	free(b.data);
	b = pack(&fs);
	p = (problems){"", 0};
	assert_int_equal(gw_verify_bundle_bytes(b.data, b.len, collect, &p), 1);
	assert_non_null(strstr(p.text, "bag/manifest-md5.txt: not listed in tagmanifest-sha256.txt"));
	free(b.data);
	files_free(&fs);
}

/* ---- the documents inside (step 7) -------------------------------------- */

/* A bag of report.pdf and report.ofd as given: its manifests match them,
 * so only reading the documents can find what is wrong with them. */
static int verify_documents(const unsigned char *pdf, size_t pdf_len, const gw_bytes *ofd, problems *p)
{
	gw_payload payloads[] = {
		{"report.pdf", pdf, pdf_len},
		{"report.ofd", ofd->data, ofd->len},
		{"source/r.txt", (const unsigned char *)"x", 1},
	};
	gw_report *r = gw_report_new();
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.timestamp = 1700000000;
	o.stem = "report";
	o.payloads = payloads;
	o.n_payloads = 3;
	gw_bytes b = {0};
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_write_bundle(r, &o, &b, &d), GW_OK);
	gw_report_free(r);
	*p = (problems){"", 0};
	int n = gw_verify_bundle_bytes(b.data, b.len, collect, p);
	free(b.data);
	return n;
}

#define OFD_ROOT "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\">" \
	"<ofd:DocBody><ofd:DocInfo/><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
#define OFD_DOC "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages>" \
	"<ofd:Page ID=\"2\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>"
#define OFD_PAGE "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content/></ofd:Page>"

/* A three-part OFD, each part given (NULL: left out). */
static gw_bytes small_ofd(const char *root, const char *doc, const char *page)
{
	files fs;
	memset(&fs, 0, sizeof fs);
	if (root)
		add(&fs, "OFD.xml", root);
	if (doc)
		add(&fs, "Doc_0/Document.xml", doc);
	if (page)
		add(&fs, "Doc_0/Pages/Page_0/Content.xml", page);
	gw_bytes b = pack(&fs);
	files_free(&fs);
	return b;
}

static void test_documents_inside(void **state)
{
	(void)state;
	static const struct {
		const char *what, *root, *doc, *page, *expect;
	} cases[] = {
		{"good", OFD_ROOT, OFD_DOC, OFD_PAGE, NULL},
		{"page not XML", OFD_ROOT, OFD_DOC, "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content></ofd:Page>",
		 "report/data/report.ofd: not a well-formed OFD: Doc_0/Pages/Page_0/Content.xml is not well-formed XML: "
		 "mismatched tag at line 1"},
		{"page missing", OFD_ROOT, OFD_DOC, NULL,
		 "report/data/report.ofd: not a well-formed OFD: a page's content Doc_0/Pages/Page_0/Content.xml is missing"},
		{"no DocRoot part", OFD_ROOT, NULL, OFD_PAGE, "its DocRoot Doc_0/Document.xml is missing"},
		{"root not in the OFD namespace", "<OFD><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>",
		 OFD_DOC, OFD_PAGE, "OFD.xml is missing or its root is not ofd:OFD"},
		{"no OFD.xml", NULL, OFD_DOC, OFD_PAGE, "OFD.xml is missing or its root is not ofd:OFD"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_bytes ofd = small_ofd(cases[i].root, cases[i].doc, cases[i].page);
		problems p;
		int n = verify_documents((const unsigned char *)MIN_PDF, sizeof MIN_PDF - 1, &ofd, &p);
		free(ofd.data);
		if (cases[i].expect ? n != 1 || !strstr(p.text, cases[i].expect) : n != 0)
			fail_msg("%s: %d problems:\n%s", cases[i].what, n, p.text);
	}
	/* not a zip at all */
	gw_bytes junk = {(unsigned char *)"PK\3\4 not really", 16};
	problems p;
	assert_int_equal(verify_documents((const unsigned char *)MIN_PDF, sizeof MIN_PDF - 1, &junk, &p), 1);
	assert_non_null(strstr(p.text, "report/data/report.ofd: not a well-formed OFD: not a readable zip"));
	/* a PDF cut short is named */
	gw_bytes ofd = small_ofd(OFD_ROOT, OFD_DOC, OFD_PAGE);
	assert_int_equal(verify_documents((const unsigned char *)MIN_PDF, 200, &ofd, &p), 1);
	assert_non_null(strstr(p.text, "report/data/report.pdf: not a well-formed PDF: it is cut short"));
	free(ofd.data);
}

/* The PDF skeleton, damaged in each way it reads. */
static void test_pdf_skeleton(void **state)
{
	(void)state;
	char why[256];
	const char *good = MIN_PDF;
	size_t n = sizeof MIN_PDF - 1;
	assert_int_equal(gw_pdf_problem((const unsigned char *)good, n, why, sizeof why), 0);
	static const struct { const char *from, *to, *expect; } cases[] = {
		{"%PDF-1.4", "%PDX-1.4", "does not start with %PDF-"},
		{"%%EOF", "%%EOX", "no %%EOF"},
		{"startxref\n111", "startxref\n999", "past the end"},
		{"startxref\n111", "startxref\n110", "no cross-reference table at byte 110"},
		{"0000000058 00000 n", "0000000057 00000 n", "object 2 is not where"},
		{"/Root 1 0 R", "/Rxxx 1 0 R", "names no /Root"},
		{"/Size 3 /Root", "/Prev 20 /Root", "no cross-reference table at byte 20"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *copy = strdup(good);
		char *at = strstr(copy, cases[i].from);
		assert_non_null(at);
		memcpy(at, cases[i].to, strlen(cases[i].to));
		int rc = gw_pdf_problem((const unsigned char *)copy, n, why, sizeof why);
		if (rc == 0 || !strstr(why, cases[i].expect))
			fail_msg("'%s' → '%s': %d '%s'", cases[i].from, cases[i].to, rc, why);
		free(copy);
	}
	/* a cross-reference stream (PDF 1.5+) is accepted unread */
	static const char xs[] = "%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
	assert_int_equal(gw_pdf_problem((const unsigned char *)xs, sizeof xs - 1, why, sizeof why), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_bag_round_trip),
		cmocka_unit_test(test_damaged_bags),
		cmocka_unit_test(test_damaged_zip_bytes),
		cmocka_unit_test(test_verify_from_path),
		cmocka_unit_test(test_foreign_bag_is_valid),
		cmocka_unit_test(test_documents_inside),
		cmocka_unit_test(test_pdf_skeleton),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
