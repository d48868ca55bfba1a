/*
 * test_ofd.c — the OFD backend: its XML text (escaping, numbers) and the
 * package read back with libzip and expat: entry order, well-formed parts,
 * the ofd: prefix on every element, MaxUnitID first and >= every ID, IDs
 * unique, references resolved, hostile text kept or replaced visibly, a
 * coloured rule and run, same bytes for the same input.  Positions against
 * the PDF and font coverage are checked by tests/e2e/ofd.sh.
 */
#include "unit.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "model/report.h"
#include "page/page.h"
#include "write/ofd/ofd.h"
#include "write/ofd/ofdxml.h"
#include "write/writers.h"

static char fonts_dir[4096], layouts_dir[4096];

static gw_write_opts opts(void)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.layouts_dir = layouts_dir;
	o.fonts_dir = fonts_dir;
	o.timestamp = 1700000000;
	o.version = "gwexport 0.0-test";
	o.stem = "t";
	return o;
}

/* ---- ofdxml.c ----------------------------------------------------------- */

static const struct {
	const char *in;
	gw_xml_where where;
	const char *out;
	size_t replaced;
} escapes[] = {
	{"工作报告", GW_XML_CONTENT, "工作报告", 0},
	{"a<b>&c\"d'e", GW_XML_CONTENT, "a&lt;b&gt;&amp;c&quot;d&apos;e", 0},
	{"a<b>&c\"d'e", GW_XML_ATTR, "a&lt;b&gt;&amp;c&quot;d&apos;e", 0},
	{"&amp;", GW_XML_CONTENT, "&amp;amp;", 0},                    /* escaped once more, not trusted */
	{"x\ty\nz", GW_XML_ATTR, "x&#9;y&#10;z", 0},                  /* attribute normalisation */
	{"x\ty\nz", GW_XML_CONTENT, "x\ty\nz", 0},
	{"a\r\nb", GW_XML_CONTENT, "a&#13;\nb", 0},                    /* end-of-line handling */
	{"a\x01" "b\x1f" "c", GW_XML_CONTENT, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c", 2},  /* not XML 1.0 */
	{"a\x7f" "b\xc2\x85" "c", GW_XML_ATTR, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c", 2},  /* DEL, C1 NEL */
	{"\xef\xbf\xbe\xef\xbf\xbf", GW_XML_CONTENT, "\xEF\xBF\xBD\xEF\xBF\xBD", 2},     /* U+FFFE U+FFFF */
	{"a\xff" "b\xe4\xb8", GW_XML_CONTENT, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD", 3},  /* not UTF-8 */
	{"\xed\xa0\x80", GW_XML_CONTENT, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},   /* a surrogate */
	{"\xef\xbf\xbd", GW_XML_CONTENT, "\xEF\xBF\xBD", 0},            /* a real U+FFFD is text */
	{"\xee\x80\x80\xf0\xa0\xae\xb7", GW_XML_CONTENT, "\xee\x80\x80\xf0\xa0\xae\xb7", 0},  /* PUA, 𠮷 */
	{"  two  ", GW_XML_CONTENT, "&#x20;&#x20;two&#x20;&#x20;", 0},  /* readers that trim text */
	{"a b", GW_XML_CONTENT, "a b", 0},
	{"  two  ", GW_XML_ATTR, "  two  ", 0},
	{"", GW_XML_CONTENT, "", 0},
};

static void test_escaping(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof escapes / sizeof escapes[0]; i++) {
		gw_xml x;
		gw_xml_init(&x);
		gw_xml_text(&x, escapes[i].in, escapes[i].where);
		assert_int_equal(gw_buf_status(&x.b), GW_OK);
		assert_string_equal(x.b.p ? x.b.p : "", escapes[i].out);
		assert_int_equal(x.replaced, escapes[i].replaced);
		gw_xml_free(&x);
	}
}

static const struct {
	double v;
	const char *out;
} numbers[] = {
	{5.644444444, "5.6444"}, {210.0, "210"}, {297.00001, "297"}, {-0.5, "-0.5"}, {0.1, "0.1"},
	{0.00004, "0"}, {-0.00004, "0"}, {12.34566, "12.3457"}, {12.34564, "12.3456"}, {1e20, "0"}, {0.0 / 0.0, "0"},
};

static void test_numbers(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
		char buf[32];
		gw_xml_fmt(numbers[i].v, buf);
		assert_string_equal(buf, numbers[i].out);
	}
}

static void test_ceiling(void **state)
{
	(void)state;
	gw_xml x;
	gw_xml_init(&x);
	x.b.max = 10;  /* a small ceiling stands for the real one */
	gw_xml_puts(&x, "0123456789abc");
	gw_diag d = {0};
	assert_int_equal(gw_xml_status(&x, "Content.xml", &d), GW_E_TOO_LARGE);
	assert_non_null(strstr(d.what, "Content.xml"));
	gw_xml_free(&x);
}

/* ---- the package, read back -------------------------------------------- */

static gw_paragraph para(gw_report *r, const char *text, size_t line)
{
	gw_paragraph p = {0};
	p.text = gw_report_strdup(r, text);
	p.line = line;
	return p;
}

/* A short report written for this test; title and heading carry markup. */
static gw_report *sample(const char *title)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, title);
	r->salutation = gw_report_strdup(r, "各位领导：");
	r->sections = gw_arena_array(r->arena, 2, sizeof *r->sections);
	r->n_sections = 2;
	for (size_t i = 0; i < 2; i++) {
		gw_section *s = &r->sections[i];
		s->level = 1;
		s->marker = gw_report_strdup(r, i ? "二、" : "一、");
		s->heading = gw_report_strdup(r, i ? "下一步<工作>打算" : "基本情况");
		s->line = 3 + 2 * i;
		s->body = gw_arena_array(r->arena, 1, sizeof *s->body);
		s->body[0] = para(r, i ? "继续推进“放管服”改革，提升政务服务水平。"
				  : "全年办理群众来信来访1,236件次，办结率98.5%，同比提高2.1个百分点。", 4 + 2 * i);
		s->n_body = 1;
	}
	r->signature.present = true;
	r->signature.n = 2;
	r->signature.items = gw_arena_array(r->arena, 2, sizeof(char *));
	r->signature.items[0] = gw_report_strdup(r, "某某县信访局");
	r->signature.items[1] = gw_report_strdup(r, "2024年1月8日");
	return r;
}

/* What one XML part holds, as far as the tests look. */
struct part {
	int depth;
	bool bad_prefix, has_ns;
	char first_in_common[32];   /* first child element of CommonData */
	bool in_common, in_max, in_code;
	unsigned long max_id;
	unsigned long ids[4096];
	size_t n_ids;
	unsigned long refs[4096];   /* Font, PageID, DefaultCS values */
	size_t n_refs;
	bool in_cs;
	char text[8192];            /* TextCode, Title, Author contents, '|' after each */
	size_t text_len;
	int text_depth;
};

static void add_text(struct part *p, const char *s, size_t n)
{
	if (p->text_len + n + 2 < sizeof p->text) {
		memcpy(p->text + p->text_len, s, n);
		p->text_len += n;
		p->text[p->text_len] = '\0';
	}
}

static void on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct part *p = ud;
	if (strncmp(name, "ofd:", 4) != 0)
		p->bad_prefix = true;
	const char *local = name + 4;
	if (p->in_common && !p->first_in_common[0])
		snprintf(p->first_in_common, sizeof p->first_in_common, "%s", local);
	p->in_common |= strcmp(local, "CommonData") == 0;
	p->in_max = strcmp(local, "MaxUnitID") == 0;
	p->in_cs = strcmp(local, "DefaultCS") == 0;
	if (strcmp(local, "TextCode") == 0 || strcmp(local, "Title") == 0 || strcmp(local, "Author") == 0)
		p->text_depth = p->depth + 1;
	for (size_t i = 0; atts[i]; i += 2) {
		if (strcmp(atts[i], "xmlns:ofd") == 0 && strcmp(atts[i + 1], "http://www.ofdspec.org/2016") == 0)
			p->has_ns = true;
		if (strcmp(atts[i], "ID") == 0 && p->n_ids < 4096)
			p->ids[p->n_ids++] = strtoul(atts[i + 1], NULL, 10);
		if ((strcmp(atts[i], "Font") == 0 || strcmp(atts[i], "PageID") == 0) && p->n_refs < 4096)
			p->refs[p->n_refs++] = strtoul(atts[i + 1], NULL, 10);
		if (strcmp(local, "OutlineElem") == 0 && strcmp(atts[i], "Title") == 0) {
			add_text(p, atts[i + 1], strlen(atts[i + 1]));
			add_text(p, "|", 1);
		}
	}
	p->depth++;
}

static void on_end(void *ud, const XML_Char *name)
{
	struct part *p = ud;
	p->depth--;
	if (strcmp(name, "ofd:CommonData") == 0)
		p->in_common = false;
	if (p->text_depth && p->depth + 1 == p->text_depth) {
		add_text(p, "|", 1);
		p->text_depth = 0;
	}
	p->in_max = p->in_cs = false;
}

static void on_chars(void *ud, const XML_Char *s, int len)
{
	struct part *p = ud;
	char num[32];
	size_t n = (size_t)len < sizeof num - 1 ? (size_t)len : sizeof num - 1;
	memcpy(num, s, n);
	num[n] = '\0';
	if (p->in_max)
		p->max_id = strtoul(num, NULL, 10);
	if (p->in_cs && p->n_refs < 4096)
		p->refs[p->n_refs++] = strtoul(num, NULL, 10);
	if (p->text_depth)
		add_text(p, s, (size_t)len);
}

/* Parses data as XML into *p; returns whether it is well-formed. */
static bool parse(const char *data, size_t len, struct part *p)
{
	memset(p, 0, sizeof *p);
	XML_Parser xp = XML_ParserCreate("UTF-8");
	XML_SetUserData(xp, p);
	XML_SetElementHandler(xp, on_start, on_end);
	XML_SetCharacterDataHandler(xp, on_chars);
	bool ok = XML_Parse(xp, data, (int)len, 1) == XML_STATUS_OK;
	if (!ok)
		fprintf(stderr, "XML error: %s at line %lu\n", XML_ErrorString(XML_GetErrorCode(xp)),
			(unsigned long)XML_GetCurrentLineNumber(xp));
	XML_ParserFree(xp);
	return ok;
}

/* The package's entries, read back: names and contents (caller frees). */
struct package {
	size_t n;
	char names[64][64];
	char *data[64];
	size_t len[64];
};

static void unpack(const gw_bytes *b, struct package *pk)
{
	memset(pk, 0, sizeof *pk);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &ze);
	assert_non_null(src);
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	assert_non_null(za);
	zip_int64_t n = zip_get_num_entries(za, 0);
	assert_true(n > 0 && n <= 64);
	for (zip_int64_t i = 0; i < n; i++) {
		zip_stat_t st;
		assert_int_equal(zip_stat_index(za, (zip_uint64_t)i, 0, &st), 0);
		snprintf(pk->names[i], sizeof pk->names[i], "%s", st.name);
		pk->data[i] = malloc(st.size + 1);
		zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
		assert_non_null(zf);
		assert_int_equal(zip_fread(zf, pk->data[i], st.size), (zip_int64_t)st.size);
		zip_fclose(zf);
		pk->data[i][st.size] = '\0';
		pk->len[i] = st.size;
	}
	pk->n = (size_t)n;
	zip_close(za);
	zip_error_fini(&ze);
}

static void pack_free(struct package *pk)
{
	for (size_t i = 0; i < pk->n; i++)
		free(pk->data[i]);
}

static const char *entry(const struct package *pk, const char *name)
{
	for (size_t i = 0; i < pk->n; i++)
		if (strcmp(pk->names[i], name) == 0)
			return pk->data[i];
	return NULL;
}

/* Every XML part well-formed and prefixed; returns the texts seen. */
static void check_package(const struct package *pk, char *texts, size_t cap)
{
	static const char *const head[] = {"OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"};
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(pk->names[i], head[i]);
	unsigned long all[8192], max_id = 0;
	size_t n_all = 0, pages = 0;
	unsigned long refs[8192];
	size_t n_refs = 0;
	texts[0] = '\0';
	struct part *p = malloc(sizeof *p);
	for (size_t i = 0; i < pk->n; i++) {
		if (strstr(pk->names[i], ".ttf")) {
			assert_memory_equal(pk->data[i], "\0\1\0\0", 4);  /* TrueType */
			continue;
		}
		assert_true(parse(pk->data[i], pk->len[i], p));
		assert_false(p->bad_prefix);
		assert_true(p->has_ns);
		if (strcmp(pk->names[i], "Doc_0/Document.xml") == 0) {
			assert_string_equal(p->first_in_common, "MaxUnitID");
			max_id = p->max_id;
		}
		if (strstr(pk->names[i], "Content.xml")) {
			char want[64];
			snprintf(want, sizeof want, "Doc_0/Pages/Page_%zu/Content.xml", pages++);
			assert_string_equal(pk->names[i], want);  /* pages in order, after the fonts */
		}
		for (size_t k = 0; k < p->n_ids; k++)
			all[n_all++] = p->ids[k];
		for (size_t k = 0; k < p->n_refs; k++)
			refs[n_refs++] = p->refs[k];
		if (strlen(texts) + p->text_len + 1 < cap)
			strcat(texts, p->text);
	}
	free(p);
	assert_true(pages > 0);
	assert_true(max_id > 0);
	for (size_t i = 0; i < n_all; i++) {
		assert_true(all[i] >= 1 && all[i] <= max_id);
		for (size_t k = i + 1; k < n_all; k++)
			assert_true(all[i] != all[k]);
	}
	for (size_t i = 0; i < n_refs; i++) {
		bool found = false;
		for (size_t k = 0; k < n_all && !found; k++)
			found = refs[i] == all[k];
		assert_true(found);
	}
}

static void test_package(void **state)
{
	(void)state;
	gw_report *r = sample("关于<2023年度>信访工作 & “接诉即办”情况的报告");
	gw_write_opts o = opts();
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_ofd(r, &o, &out, &d), GW_OK);
	struct package pk;
	unpack(&out, &pk);
	char *texts = malloc(65536);
	check_package(&pk, texts, 65536);
	/* the title and outline come back as written; the issuing body is Author */
	assert_non_null(strstr(texts, "关于<2023年度>信访工作 & “接诉即办”情况的报告|"));
	assert_non_null(strstr(texts, "某某县信访局|"));
	assert_non_null(strstr(texts, "二、下一步<工作>打算|"));
	assert_non_null(strstr(texts, "全年办理群众来信来访"));
	const char *ofd = entry(&pk, "OFD.xml");
	assert_non_null(strstr(ofd, "Version=\"1.0\" DocType=\"OFD\""));
	assert_non_null(strstr(ofd, "<ofd:CreationDate>2023-11-14</ofd:CreationDate>"));
	assert_non_null(strstr(ofd, "<ofd:Creator>gwexport</ofd:Creator>\n<ofd:CreatorVersion>0.0-test<"));
	const char *doc = entry(&pk, "Doc_0/Document.xml");
	assert_non_null(strstr(doc, "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"));
	const char *res = entry(&pk, "Doc_0/PublicRes.xml");
	assert_non_null(strstr(res, "BaseLoc=\"Res\""));
	assert_non_null(strstr(res, "<ofd:FontFile>font_1.ttf</ofd:FontFile>"));
	assert_non_null(entry(&pk, "Doc_0/Res/font_1.ttf"));
	free(texts);
	pack_free(&pk);
	free(out.data);
	gw_report_free(r);
}

static void test_deterministic(void **state)
{
	(void)state;
	gw_report *r = sample("关于2023年度信访工作情况的报告");
	gw_write_opts o = opts();
	gw_bytes a = {0}, b = {0}, c = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_ofd(r, &o, &a, &d), GW_OK);
	assert_int_equal(gw_write_ofd(r, &o, &b, &d), GW_OK);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	o.timestamp += 86400;  /* another day: dates, DocID and zip times change */
	assert_int_equal(gw_write_ofd(r, &o, &c, &d), GW_OK);
	struct package pa, pc;
	unpack(&a, &pa);
	unpack(&c, &pc);
	assert_string_not_equal(entry(&pa, "OFD.xml"), entry(&pc, "OFD.xml"));
	assert_non_null(strstr(entry(&pc, "OFD.xml"), "2023-11-15"));
	assert_string_equal(entry(&pa, "Doc_0/Pages/Page_0/Content.xml"), entry(&pc, "Doc_0/Pages/Page_0/Content.xml"));
	pack_free(&pa);
	pack_free(&pc);
	free(a.data);
	free(b.data);
	free(c.data);
	gw_report_free(r);
}

static void count_warning(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file;
	(void)line;
	if (strstr(msg, "U+FFFD"))
		(*(int *)ctx)++;
}

/* A page list changed by hand: a red rule, a red run, and runs whose text
 * holds what XML cannot (the page engine never makes those; a page list
 * from elsewhere might). */
static void test_rule_colour_hostile(void **state)
{
	(void)state;
	gw_report *r = sample("关于2023年度信访工作情况的报告");
	gw_write_opts o = opts();
	gw_layout L;
	gw_fonts *fonts = NULL;
	gw_pages pg;
	int warnings = 0;
	gw_diag d = {.warn = count_warning, .warn_ctx = &warnings};
	assert_int_equal(gw_layout_load(NULL, layouts_dir, &L, &d), GW_OK);
	assert_int_equal(gw_fonts_open(fonts_dir, &fonts, &d), GW_OK);
	assert_int_equal(gw_pages_build(r, &L, fonts, false, &pg, &d), GW_OK);
	gw_rule rule = {100, 640, 500, 640, 2, {255, 0, 0}};
	assert_int_equal(gw_pages_add_rule(&pg, 0, &rule, &d), GW_OK);
	gw_page *p0 = &pg.pages[0];
	assert_true(p0->n_runs >= 3);
	p0->runs[0].color = (gw_rgb){255, 0, 0};
	p0->runs[1].text = "]]></ofd:TextCode><x>\x01\x02\xff";
	p0->runs[2].text = "<!DOCTYPE x [<!ENTITY a \"b\">]>&a;";
	gw_bytes out = {0};
	assert_int_equal(gw_ofd_draw(&pg, r, &o, &L, &out, &d), GW_OK);
	assert_int_equal(warnings, 1);  /* one warning for the three replaced characters */
	struct package pk;
	unpack(&out, &pk);
	char *texts = malloc(65536);
	check_package(&pk, texts, 65536);
	assert_non_null(strstr(texts, "]]></ofd:TextCode><x>\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|"));
	assert_non_null(strstr(texts, "<!DOCTYPE x [<!ENTITY a \"b\">]>&a;|"));
	const char *c0 = entry(&pk, "Doc_0/Pages/Page_0/Content.xml");
	/* the rule: 2 pt = 0.7056 mm wide, 400 pt = 141.1111 mm long, red */
	const char *path = strstr(c0, "<ofd:PathObject");
	assert_non_null(path);
	assert_non_null(strstr(path, "Boundary=\"34.925 225.425 141.8167 0.7056\" LineWidth=\"0.7056\">"
				     "<ofd:StrokeColor Value=\"255 0 0\"/><ofd:AbbreviatedData>M 0.3528 0.3528 L "
				     "141.4639 0.3528</ofd:AbbreviatedData>"));
	assert_true(path < strstr(c0, "<ofd:TextObject"));  /* under the text, as in the PDF */
	/* the red run says so; black runs carry no FillColor */
	const char *first = strstr(c0, "<ofd:TextObject");
	const char *second = strstr(first + 1, "<ofd:TextObject");
	const char *red = strstr(first, "<ofd:FillColor Value=\"255 0 0\"/>");
	assert_true(red && red < second);
	assert_null(strstr(second, "<ofd:FillColor"));
	free(texts);
	pack_free(&pk);
	free(out.data);
	gw_pages_free(&pg);
	gw_fonts_close(fonts);
	gw_report_free(r);
}

static void test_bad_layout(void **state)
{
	(void)state;
	gw_report *r = sample("关于2023年度信访工作情况的报告");
	gw_write_opts o = opts();
	o.layout = "no-such-layout";
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_ofd(r, &o, &out, &d), GW_E_LAYOUT);
	assert_null(out.data);
	gw_report_free(r);
}

int main(void)
{
	snprintf(fonts_dir, sizeof fonts_dir, "%s/../fonts", gw_tests_dir());
	snprintf(layouts_dir, sizeof layouts_dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_ceiling),
		cmocka_unit_test(test_package),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_rule_colour_hostile),
		cmocka_unit_test(test_bad_layout),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
