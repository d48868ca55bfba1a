/*
 * test_pdf.c — gw_write_pdf on reports built by hand (no reader): the
 * PDF is written to a temp file and checked with poppler (pdftotext,
 * pdffonts, pdfinfo) and qpdf, as a user's viewer would read it.  The
 * PDF/A pieces (pdfa.h) are checked on their own, the XMP packet with
 * expat; tests/e2e/pdfa.sh has Apache PDFBox Preflight judge whole files.
 */
#include "unit.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/report.h"
#include "page/page.h"
#include "write/pdf/pdf.h"
#include "write/pdf/pdfa.h"
#include "write/writers.h"

static char fonts_dir[4096], layouts_dir[4096];

static gw_write_opts opts(const char *layout)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.layout = layout;
	o.layouts_dir = layouts_dir;
	o.fonts_dir = fonts_dir;
	o.timestamp = 1700000000;
	o.version = "gwexport 0.0-test";
	o.stem = "t";
	return o;
}

static gw_paragraph para(gw_report *r, const char *text, size_t line)
{
	gw_paragraph p = {0};
	p.text = gw_report_strdup(r, text);
	p.line = line;
	return p;
}

/* A short report in the genre, written for this test. */
static gw_report *sample(void)
{
	gw_report *r = gw_report_new();
	r->title = gw_report_strdup(r, "关于2023年度全区交通运输工作情况的汇报");
	r->salutation = gw_report_strdup(r, "各位领导，同志们：");
	r->preamble = gw_arena_array(r->arena, 1, sizeof *r->preamble);
	r->preamble[0] = para(r, "按照会议安排，现将我局2023年度工作开展情况汇报如下。", 4);
	r->n_preamble = 1;
	r->sections = gw_arena_array(r->arena, 2, sizeof *r->sections);
	r->n_sections = 2;
	gw_section *s = &r->sections[0];
	s->level = 1;
	s->marker = gw_report_strdup(r, "一、");
	s->heading = gw_report_strdup(r, "狠抓项目建设，路网结构持续优化");
	s->line = 5;
	s->body = gw_arena_array(r->arena, 1, sizeof *s->body);
	s->body[0] = para(r, "全年完成交通固定资产投资12.6亿元，同比增长8.5%。新改建农村公路156公里，"
			  "实施危桥改造7座，完成“四好农村路”示范创建任务，群众出行条件明显改善。"
			  "一是加快重点项目。二是强化养护管理，路况优良率达到92.3%以上。", 6);
	s->n_body = 1;
	s->sections = gw_arena_array(r->arena, 1, sizeof *s->sections);
	s->n_sections = 1;
	gw_section *c = &s->sections[0];
	c->level = 2;
	c->marker = gw_report_strdup(r, "（一）");
	c->heading = gw_report_strdup(r, "推进客运服务提质");
	c->inline_heading = true;
	c->heading_end = gw_report_strdup(r, "。");
	c->line = 7;
	c->body = gw_arena_array(r->arena, 1, sizeof *c->body);
	c->body[0] = para(r, "开通城乡公交线路**条，新增公交车辆36辆，建制村通客车率保持100%。", 7);
	c->n_body = 1;
	s = &r->sections[1];
	s->level = 1;
	s->marker = gw_report_strdup(r, "二、");
	s->heading = gw_report_strdup(r, "存在的问题和下一步打算");
	s->line = 8;
	s->body = gw_arena_array(r->arena, 1, sizeof *s->body);
	s->body[0] = para(r, "下一步，我们将认真贯彻上级决策部署，补齐短板弱项，推动交通运输高质量发展。", 9);
	s->n_body = 1;
	r->closing = gw_report_strdup(r, "汇报完毕，请各位领导批评指正。");
	r->signature.present = true;
	r->signature.n = 2;
	r->signature.items = gw_arena_array(r->arena, 2, sizeof(char *));
	r->signature.items[0] = gw_report_strdup(r, "某某区交通运输局");
	r->signature.items[1] = gw_report_strdup(r, "2024年1月8日");
	return r;
}

static char *run(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	if (!p)
		return NULL;
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf) {
		pclose(p);
		return NULL;
	}
	n = fread(buf, 1, cap, p);
	buf[n] = '\0';
	pclose(p);
	return buf;
}

static void write_file(const char *path, const gw_bytes *b)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(b->data, 1, b->len, f), b->len);
	fclose(f);
}

/* Removes ASCII whitespace, form feeds and the page-number lines "— n —". */
static void squeeze(char *s)
{
	char *w = s;
	for (char *p = s; *p; p++)
		if (*p != ' ' && *p != '\n' && *p != '\f' && *p != '\t')
			*w++ = *p;
	*w = '\0';
}

static void test_text_fonts_info(void **state)
{
	(void)state;
	gw_report *r = sample();
	gw_write_opts o = opts(NULL);
	gw_bytes out = {0};
	gw_diag d = {0};
	gw_status st = gw_write_pdf(r, &o, &out, &d);
	if (st)
		fprintf(stderr, "%s / %s\n", d.what, d.hint);
	assert_int_equal(st, GW_OK);
	char path[] = "/tmp/gw_test_pdf_XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	write_file(path, &out);
	char cmd[8192];

	snprintf(cmd, sizeof cmd, "pdftotext -q %s - | grep -v '^— [0-9]* —$'", path);
	char *txt = run(cmd);
	char *want = gw_report_text(r);
	squeeze(txt);
	squeeze(want);
	assert_string_equal(txt, want);
	free(txt);
	free(want);

	snprintf(cmd, sizeof cmd, "pdffonts %s | tail -n +3 | awk '$(NF-4) != \"yes\" || $(NF-3) != \"yes\" || $(NF-2) != \"yes\"' | wc -l", path);
	txt = run(cmd);
	assert_string_equal(txt, "0\n");  /* every font embedded, subset, with ToUnicode */
	free(txt);

	snprintf(cmd, sizeof cmd, "pdfinfo %s | grep -E '^(Title|Author|Creator|Pages):' | tr -s ' '", path);
	txt = run(cmd);
	assert_non_null(strstr(txt, "Title: 关于2023年度全区交通运输工作情况的汇报"));
	assert_non_null(strstr(txt, "Author: 某某区交通运输局"));
	assert_non_null(strstr(txt, "Creator: gwexport 0.0-test"));
	free(txt);

	snprintf(cmd, sizeof cmd, "qpdf --check %s >/dev/null 2>&1 && echo clean", path);
	txt = run(cmd);
	assert_string_equal(txt, "clean\n");
	free(txt);
	snprintf(cmd, sizeof cmd, "pdftotext %s /dev/null 2>&1 | wc -l", path);
	txt = run(cmd);
	assert_string_equal(txt, "0\n");  /* no poppler warnings (ToUnicode fixed) */
	free(txt);

	unlink(path);
	free(out.data);
	gw_report_free(r);
}

static void test_deterministic(void **state)
{
	(void)state;
	gw_report *r = sample();
	gw_write_opts o = opts(NULL);
	gw_bytes a = {0}, b = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_pdf(r, &o, &a, &d), GW_OK);
	assert_int_equal(gw_write_pdf(r, &o, &b, &d), GW_OK);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	o.timestamp += 86400;  /* another day: other dates and /ID */
	gw_bytes c = {0};
	assert_int_equal(gw_write_pdf(r, &o, &c, &d), GW_OK);
	assert_true(c.len != a.len || memcmp(a.data, c.data, a.len) != 0);
	free(a.data);
	free(b.data);
	free(c.data);
	gw_report_free(r);
}

static void test_missing_glyph(void **state)
{
	(void)state;
	gw_report *r = sample();
	/* U+20BB7 𠮷 (above U+FFFF) and U+0E01 (Thai: no configured font) */
	r->preamble[0].text = gw_report_strdup(r, "他姓\xF0\xA0\xAE\xB7，来自\xE0\xB8\x81地。");
	gw_write_opts o = opts(NULL);
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_pdf(r, &o, &out, &d), GW_E_GLYPH);
	assert_null(out.data);
	assert_int_equal(d.line, 4);
	assert_non_null(strstr(d.what, "U+20BB7"));
	assert_non_null(strstr(d.what, "U+0E01"));
	assert_non_null(strstr(d.what, "line 4"));
	o.allow_missing_glyphs = 1;
	gw_diag_clear(&d);
	assert_int_equal(gw_write_pdf(r, &o, &out, &d), GW_OK);
	assert_non_null(out.data);
	free(out.data);
	gw_report_free(r);
}

static void test_bad_layout(void **state)
{
	(void)state;
	gw_report *r = sample();
	gw_write_opts o = opts("nosuchlayout");
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_pdf(r, &o, &out, &d), GW_E_LAYOUT);
	gw_report_free(r);
}

static void test_draft_layout(void **state)
{
	(void)state;
	gw_report *r = sample();
	gw_write_opts o = opts("draft");
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_pdf(r, &o, &out, &d), GW_OK);
	char path[] = "/tmp/gw_test_pdf_XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	write_file(path, &out);
	char cmd[8192];
	/* line numbers 1, 2, 3 … stand alone left of the text block (x < 79 pt) */
	snprintf(cmd, sizeof cmd, "pdftotext -tsv %s - | awk -F'\\t' '$1==5 && $7 < 75 && $12 ~ /^[0-9]+$/' | wc -l", path);
	char *txt = run(cmd);
	assert_true(atoi(txt) >= 10);
	free(txt);
	unlink(path);
	free(out.data);
	gw_report_free(r);
}

/* Text in, same text out, whatever the shape: nothing dropped at breaks. */
static void assert_roundtrip(gw_report *r)
{
	gw_write_opts o = opts(NULL);
	gw_bytes out = {0};
	gw_diag d = {0};
	gw_status st = gw_write_pdf(r, &o, &out, &d);
	if (st)
		fprintf(stderr, "%s / %s\n", d.what, d.hint);
	assert_int_equal(st, GW_OK);
	char path[] = "/tmp/gw_test_pdf_XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	write_file(path, &out);
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "pdftotext -q %s - | grep -v '^— [0-9]* —$'", path);
	char *txt = run(cmd);
	char *want = gw_report_text(r);
	squeeze(txt);
	squeeze(want);
	assert_string_equal(txt, want);
	free(txt);
	free(want);
	snprintf(cmd, sizeof cmd, "qpdf --check %s >/dev/null 2>&1 && echo clean", path);
	txt = run(cmd);
	assert_string_equal(txt, "clean\n");
	free(txt);
	unlink(path);
	free(out.data);
}

static void test_empty_report(void **state)
{
	(void)state;
	gw_report *r = gw_report_new();
	assert_roundtrip(r);
	gw_report_free(r);
}

static void test_pathological_shapes(void **state)
{
	(void)state;
	gw_report *r = sample();
	char buf[4096] = "";
	for (int i = 0; i < 12; i++)
		strcat(buf, "关于进一步加强和改进");  /* a 120-character title */
	r->title = gw_report_strdup(r, buf);
	strcpy(buf, "网址");
	for (int i = 0; i < 30; i++)
		strcat(buf, "abcdefghij");             /* one 300-letter word */
	strcat(buf, "。");
	r->preamble[0].text = gw_report_strdup(r, buf);
	/* 40 headings in a row: the keep-with-next chain is longer than a page */
	gw_section *s = gw_arena_array(r->arena, 40, sizeof *s);
	for (int i = 0; i < 40; i++) {
		s[i].level = 1;
		s[i].marker = gw_report_strdup(r, "一、");
		s[i].heading = gw_report_strdup(r, "标题");
	}
	r->sections = s;
	r->n_sections = 40;
	const char *sig[] = {"很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的机关名称", "2024年1月8日"};
	r->signature.items[0] = gw_report_strdup(r, sig[0]);
	r->signature.items[1] = gw_report_strdup(r, sig[1]);
	assert_roundtrip(r);
	gw_report_free(r);
}

/* The page list's rule and colour primitives, drawn: a red rule under
 * the text (its own q … Q, so the faux-bold strokes stay black) and a red
 * title, both in page 1's content stream and on the rendered page. */
static void test_rule_and_colour(void **state)
{
	(void)state;
	gw_report *r = sample();
	gw_write_opts o = opts(NULL);
	gw_layout L;
	gw_fonts *fonts = NULL;
	gw_pages pg;
	gw_diag d = {0};
	assert_int_equal(gw_layout_load(NULL, layouts_dir, &L, &d), GW_OK);
	assert_int_equal(gw_fonts_open(fonts_dir, &fonts, &d), GW_OK);
	assert_int_equal(gw_pages_build(r, &L, fonts, false, &pg, &d), GW_OK);
	double h = pg.pages[0].height;  /* PDF y = h - y */
	gw_rule rule = {100, h - 640, 500, h - 640, 2, {255, 0, 0}};
	assert_int_equal(gw_pages_add_rule(&pg, 0, &rule, &d), GW_OK);
	pg.pages[0].runs[0].color = (gw_rgb){255, 0, 0};
	gw_bytes out = {0};
	assert_int_equal(gw_pdf_draw(&pg, r, &o, &L, &out, &d), GW_OK);
	char path[] = "/tmp/gw_test_pdf_XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	write_file(path, &out);
	char cmd[8192];
	/* page 1's content stream, uncompressed: rule first, then red text */
	snprintf(cmd, sizeof cmd, "qpdf --qdf --object-streams=disable %s - | "
		 "awk '/^%%%% Contents for page 1$/ {on=1} on && /^endstream/ {exit} on' | "
		 "grep -E '^(q|Q|BT|[0-9. ]+ (RG|rg|w|J|m|l)|S)$' | head -11 | tr '\\n' '|'", path);
	char *txt = run(cmd);
	assert_string_equal(txt, "q|1 0 0 RG|2 w|0 J|100 640 m|500 640 l|S|Q|BT|1 0 0 rg|1 0 0 RG|");
	free(txt);
	/* the rule's middle, rendered at 72 dpi, is red */
	snprintf(cmd, sizeof cmd, "pdftoppm -r 72 -f 1 -l 1 -x 300 -y %d -W 1 -H 1 %s | tail -c 3 | od -An -tu1 | tr -s ' '",
		 (int)(h - 640), path);
	txt = run(cmd);
	assert_string_equal(txt, " 255 0 0\n");
	free(txt);
	unlink(path);
	free(out.data);
	gw_pages_free(&pg);
	gw_fonts_close(fonts);
	gw_report_free(r);
}

/* ---- PDF/A ---------------------------------------------------------------- */

/* The text inside element `prop` of an XMP packet (nested rdf:li
 * included), or NULL when the packet is not well-formed XML. */
struct xmp_find {
	const char *prop;
	int depth;             /* > 0 while inside prop */
	char text[1024];
	size_t n;
};

static void XMLCALL xmp_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	(void)atts;
	struct xmp_find *f = ud;
	if (f->depth > 0 || strcmp(name, f->prop) == 0)
		f->depth++;
}

static void XMLCALL xmp_end(void *ud, const XML_Char *name)
{
	(void)name;
	struct xmp_find *f = ud;
	if (f->depth > 0)
		f->depth--;
}

static void XMLCALL xmp_chars(void *ud, const XML_Char *s, int len)
{
	struct xmp_find *f = ud;
	if (f->depth > 0 && f->n + (size_t)len < sizeof f->text) {
		memcpy(f->text + f->n, s, (size_t)len);
		f->n += (size_t)len;
	}
}

static char *xmp_value(const unsigned char *xml, size_t len, const char *prop)
{
	struct xmp_find f = {.prop = prop};
	XML_Parser p = XML_ParserCreate("UTF-8");
	XML_SetUserData(p, &f);
	XML_SetElementHandler(p, xmp_start, xmp_end);
	XML_SetCharacterDataHandler(p, xmp_chars);
	int ok = XML_Parse(p, (const char *)xml, (int)len, 1) == XML_STATUS_OK;
	XML_ParserFree(p);
	f.text[f.n] = '\0';
	return ok ? strdup(f.text) : NULL;
}

/* One form for Info and XMP: what XML 1.0 cannot hold, and what libharu
 * writes as a space (above U+FFFF), is a space; bad bytes are U+FFFD. */
static void test_pdfa_text(void **state)
{
	(void)state;
	static const struct { const char *in, *out; } cases[] = {
		{"工作报告", "工作报告"},
		{"A & <B>", "A & <B>"},                             /* escaped later, in the XMP */
		{"甲\x01乙\t丙\n丁\x7f", "甲 乙 丙 丁 "},
		{"他姓\xF0\xA0\xAE\xB7", "他姓 "},                   /* U+20BB7 */
		{"\xEF\xBF\xBE\xEF\xBF\xBF", "  "},                 /* U+FFFE, U+FFFF */
		{"\xC2\x85x", " x"},                                /* C1 control NEL */
		{"a\xFF" "b", "a\xEF\xBF\xBD" "b"},                 /* not UTF-8 */
		{"\xEE\x80\x80", "\xEE\x80\x80"},                   /* private use: kept */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int oom = 0;
		char *t = gw_pdfa_text(cases[i].in, &oom);
		assert_non_null(t);
		assert_string_equal(t, cases[i].out);
		assert_int_equal(oom, 0);
		free(t);
	}
	int oom = 0;
	assert_null(gw_pdfa_text(NULL, &oom));
	assert_null(gw_pdfa_text("", &oom));
	assert_int_equal(oom, 0);
}

/* The packet is XML whatever the values, and gives them back as written;
 * an absent value is an absent property. */
static void test_pdfa_xmp(void **state)
{
	(void)state;
	gw_pdfa_info in = {"关于<b>&amp;\"引号\"的报告]]>", "某某局 & 某某委", NULL, "gwexport 0.0-test",
			   "Haru Free PDF Library 2.3.0", 1700000000};
	gw_bytes x = {0};
	gw_diag d = {0};
	assert_int_equal(gw_pdfa_xmp(&in, &x, &d), GW_OK);
	static const struct { const char *prop, *want; } props[] = {
		{"dc:title", "关于<b>&amp;\"引号\"的报告]]>"},
		{"dc:creator", "某某局 & 某某委"},
		{"xmp:CreatorTool", "gwexport 0.0-test"},
		{"pdf:Producer", "Haru Free PDF Library 2.3.0"},
		{"xmp:CreateDate", "2023-11-14T22:13:20+00:00"},
		{"xmp:ModifyDate", "2023-11-14T22:13:20+00:00"},
		{"pdfaid:part", "1"},
		{"pdfaid:conformance", "B"},
		{"dc:description", ""},
	};
	for (size_t i = 0; i < sizeof props / sizeof props[0]; i++) {
		char *v = xmp_value(x.data, x.len, props[i].prop);
		assert_non_null(v);
		assert_string_equal(v, props[i].want);
		free(v);
	}
	assert_null(memmem(x.data, x.len, "dc:description", 14));
	/* §6.7.5: no bytes= or encoding= in the packet header */
	assert_null(memmem(x.data, x.len, "bytes=", 6));
	assert_null(memmem(x.data, x.len, "encoding=", 9));
	free(x.data);
	/* a control character that skipped gw_pdfa_text still leaves XML */
	in.title = "a\x01" "b";
	assert_int_equal(gw_pdfa_xmp(&in, &x, &d), GW_OK);
	char *v = xmp_value(x.data, x.len, "dc:title");
	assert_non_null(v);
	assert_string_equal(v, "a b");
	free(v);
	free(x.data);
}

static void test_pdfa_cidset(void **state)
{
	(void)state;
	uint16_t gid[20] = {0};
	unsigned char bits[3];
	gid[3] = 5;
	gid[9] = 1;
	gid[17] = 2;
	assert_int_equal(gw_pdfa_cidset(gid, 20, bits), 3);
	assert_int_equal(bits[0], 0x90);  /* CID 0 (.notdef) and 3, most significant bit first */
	assert_int_equal(bits[1], 0x40);  /* CID 9 */
	assert_int_equal(bits[2], 0x40);  /* CID 17 */
	memset(gid, 0, sizeof gid);
	gid[0] = 0;
	assert_int_equal(gw_pdfa_cidset(gid, 20, bits), 1);  /* only .notdef */
	assert_int_equal(bits[0], 0x80);
	assert_int_equal(gw_pdfa_cidset(gid, 0, bits), 0);
}

/* A 132-byte ICC header: version 2 RGB display profile of that size. */
static void icc_header(unsigned char p[132])
{
	memset(p, 0, 132);
	p[3] = 132;
	p[8] = 2;
	memcpy(p + 12, "mntr", 4);
	memcpy(p + 16, "RGB ", 4);
	memcpy(p + 20, "XYZ ", 4);
	memcpy(p + 36, "acsp", 4);
}

static void test_pdfa_profile(void **state)
{
	(void)state;
	unsigned char p[132];
	icc_header(p);
	assert_null(gw_pdfa_profile_problem(p, 132));
	memcpy(p + 12, "prtr", 4);
	assert_null(gw_pdfa_profile_problem(p, 132));
	static const struct { size_t at; const char *bytes; const char *why; } bad[] = {
		{36, "acsX", "no 'acsp'"},
		{3, "\x80", "another size"},
		{16, "CMYK", "not an RGB"},
		{12, "link", "neither a display"},
		{8, "\x04", "version 2"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		icc_header(p);
		memcpy(p + bad[i].at, bad[i].bytes, strlen(bad[i].bytes));
		const char *why = gw_pdfa_profile_problem(p, 132);
		assert_non_null(why);
		assert_non_null(strstr(why, bad[i].why));
	}
	assert_non_null(gw_pdfa_profile_problem(p, 100));

	/* the first usable file wins; a missing or bad one is skipped */
	char good[] = "/tmp/gw_test_icc_XXXXXX", wrong[] = "/tmp/gw_test_icc_XXXXXX";
	int fd = mkstemp(good);
	icc_header(p);
	assert_int_equal(write(fd, p, 132), 132);
	close(fd);
	fd = mkstemp(wrong);
	memcpy(p + 16, "GRAY", 4);
	assert_int_equal(write(fd, p, 132), 132);
	close(fd);
	const char *paths[] = {"/nonexistent/sRGB.icc", wrong, good};
	gw_bytes b = {0};
	const char *from = NULL;
	gw_diag d = {0};
	assert_int_equal(gw_pdfa_profile_from(paths, 3, &b, &from, &d), GW_OK);
	assert_string_equal(from, good);
	assert_int_equal(b.len, 132);
	free(b.data);
	/* none usable: the bad one is named with why, else the package to install */
	assert_int_equal(gw_pdfa_profile_from(paths, 2, &b, &from, &d), GW_E_IO);
	assert_null(b.data);
	assert_non_null(strstr(d.what, wrong));
	assert_non_null(strstr(d.what, "not an RGB profile"));
	gw_diag_clear(&d);
	assert_int_equal(gw_pdfa_profile_from(paths, 1, &b, &from, &d), GW_E_IO);
	assert_non_null(strstr(d.hint, "icc-profiles-free"));
	unlink(good);
	unlink(wrong);
	/* the one the PDF writer uses is there (make deps installs it) */
	gw_diag_clear(&d);
	assert_int_equal(gw_pdfa_srgb_profile(&b, &from, &d), GW_OK);
	free(b.data);
}

/* The PDF carries what PDF/A-1b needs, and its XMP says what its Info
 * says, hostile title included. */
static void test_pdfa_in_pdf(void **state)
{
	(void)state;
	gw_report *r = sample();
	r->title = gw_report_strdup(r, "关于<审计> & \"整改\"工作的报告");
	gw_write_opts o = opts(NULL);
	o.allow_missing_glyphs = 1;
	gw_bytes out = {0};
	gw_diag d = {0};
	assert_int_equal(gw_write_pdf(r, &o, &out, &d), GW_OK);
	assert_memory_equal(out.data, "%PDF-1.4", 8);
	static const char *const needed[] = {"/OutputIntents", "/GTS_PDFA1", "/DestOutputProfile",
					     "/Type /Metadata", "/Subtype /XML", "/ID [", "/CapHeight"};
	for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++)
		assert_non_null(memmem(out.data, out.len, needed[i], strlen(needed[i])));
	size_t fonts = 0, sets = 0;
	for (const unsigned char *p = out.data; (p = memmem(p, out.len - (size_t)(p - out.data), "/FontFile2", 10));
	     p++)
		fonts++;
	for (const unsigned char *p = out.data; (p = memmem(p, out.len - (size_t)(p - out.data), "/CIDSet", 7)); p++)
		sets++;
	assert_true(fonts >= 2);
	assert_int_equal(sets, fonts);  /* one CIDSet per embedded subset */
	const unsigned char *a = memmem(out.data, out.len, "<?xpacket begin", 15);
	const unsigned char *z = memmem(out.data, out.len, "<?xpacket end=\"w\"?>", 19);
	assert_true(a && z && z > a);
	char *title = xmp_value(a, (size_t)(z + 19 - a), "dc:title");
	char *author = xmp_value(a, (size_t)(z + 19 - a), "dc:creator");
	assert_non_null(title);
	char path[] = "/tmp/gw_test_pdf_XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	write_file(path, &out);
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "pdfinfo %s | sed -n 's/^Title: *//p; s/^Author: *//p'", path);
	char *txt = run(cmd);
	char want[2048];
	snprintf(want, sizeof want, "%s\n%s\n", title, author);
	assert_string_equal(txt, want);
	assert_string_equal(title, "关于<审计> & \"整改\"工作的报告");
	free(txt);
	free(title);
	free(author);
	unlink(path);
	free(out.data);
	gw_report_free(r);
}

int main(void)
{
	snprintf(fonts_dir, sizeof fonts_dir, "%s/../fonts", gw_tests_dir());
	snprintf(layouts_dir, sizeof layouts_dir, "%s/../layouts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_fonts_info),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_missing_glyph),
		cmocka_unit_test(test_bad_layout),
		cmocka_unit_test(test_draft_layout),
		cmocka_unit_test(test_empty_report),
		cmocka_unit_test(test_pathological_shapes),
		cmocka_unit_test(test_rule_and_colour),
		cmocka_unit_test(test_pdfa_text),
		cmocka_unit_test(test_pdfa_xmp),
		cmocka_unit_test(test_pdfa_cidset),
		cmocka_unit_test(test_pdfa_profile),
		cmocka_unit_test(test_pdfa_in_pdf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
