/*
 * test_docx.c — the Word reader (read/docx*.c) on documents written the
 * ways Word, WPS and flat Word XML write them (tests/docx/make_docx.py,
 * generated into a temporary folder): block text with Word's automatic
 * numbering written in, heading levels, tables, a text box read once,
 * tracked deletions dropped, fields, breaks and indents; and hostile files
 * refused with the right status and a message naming what is wrong.
 */
#include "unit.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "read/docx.h"
#include "read/docx_parts.h"

int docx_xml_table_sorted(void);

static char dir[256];

static int make_documents(void **state)
{
	(void)state;
	char tmpl[] = "/tmp/gw-docx-XXXXXX";
	if (!mkdtemp(tmpl))
		return -1;
	snprintf(dir, sizeof dir, "%s", tmpl);
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 %s/docx/make_docx.py %s --many", gw_tests_dir(), dir);
	return system(cmd) == 0 ? 0 : -1;
}

static int remove_documents(void **state)
{
	(void)state;
	char cmd[512];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static unsigned char *slurp(const char *name, size_t *len)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	unsigned char *b = malloc((size_t)n + 1);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return b;
}

static gw_status read_doc(const char *name, gw_blocks *out, gw_diag *d)
{
	size_t len;
	unsigned char *b = slurp(name, &len);
	memset(d, 0, sizeof *d);
	gw_status st = gw_docx_blocks(b, len, out, d);
	free(b);
	return st;
}

/* The block whose text is exactly s (fails the test when none). */
static const gw_block *block(const gw_blocks *b, const char *s)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].kind == GW_BLOCK_TEXT && strcmp(b->v[i].s, s) == 0)
			return &b->v[i];
	print_error("no block \"%s\"\n", s);
	fail();
	return NULL;
}

static size_t count_containing(const gw_blocks *b, const char *s)
{
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++) {
		if (b->v[i].kind == GW_BLOCK_TEXT && strstr(b->v[i].s, s))
			n++;
		for (size_t c = 0; b->v[i].table && c < b->v[i].table->n_cells; c++)
			n += strstr(b->v[i].table->cells[c].text, s) != NULL;
	}
	return n;
}

static void test_element_table_sorted(void **state)
{
	(void)state;
	assert_true(docx_xml_table_sorted());
	assert_int_equal(docx_xml_element("http://schemas.openxmlformats.org/wordprocessingml/2006/main p"),
			 DX_P);
	assert_int_equal(docx_xml_element("http://schemas.microsoft.com/office/word/2003/wordml vmerge"),
			 DX_VMERGE);
	assert_int_equal(docx_xml_element("urn:other p"), DX_OTHER);
}

static void test_number_formats(void **state)
{
	(void)state;
	static const struct {
		const char *fmt;
		long n;
		const char *want;
	} cases[] = {
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 99, "九十九"},
		{"chineseCounting", 101, "一〇一"},
		{"chineseCountingThousand", 100, "一百"},
		{"chineseCountingThousand", 105, "一百零五"},
		{"chineseCountingThousand", 1010, "一千零一十"},
		{"chineseCountingThousand", 20305, "二万零三百零五"},
		{"chineseLegalSimplified", 12, "壹拾贰"},
		{"ideographTraditional", 1, "甲"},
		{"ideographTraditional", 11, "甲"},
		{"ideographDigital", 205, "二〇五"},
		{"decimalEnclosedCircle", 1, "①"},
		{"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedParen", 3, "⑶"},
		{"lowerLetter", 1, "a"},
		{"lowerLetter", 27, "aa"},
		{"upperLetter", 3, "C"},
		{"upperRoman", 1999, "MCMXCIX"},
		{"lowerRoman", 4, "iv"},
		{"decimalZero", 5, "05"},
		{"decimalFullWidth", 12, "１２"},
		{"decimal", 7, "7"},
		{"ordinal", 7, "7"},
		{"none", 3, ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[64];
		docx_number_format(cases[i].fmt, cases[i].n, buf, sizeof buf);
		if (strcmp(buf, cases[i].want) != 0)
			print_error("%s %ld: got \"%s\", want \"%s\"\n", cases[i].fmt, cases[i].n, buf,
				    cases[i].want);
		assert_string_equal(buf, cases[i].want);
	}
}

static void test_heading_names(void **state)
{
	(void)state;
	assert_int_equal(docx_heading_of_name("heading 1"), 1);
	assert_int_equal(docx_heading_of_name("Heading 2"), 2);
	assert_int_equal(docx_heading_of_name("标题 3"), 3);
	assert_int_equal(docx_heading_of_name("标题4"), 4);
	assert_int_equal(docx_heading_of_name("heading 10"), -1);
	assert_int_equal(docx_heading_of_name("Title"), -1);
	assert_int_equal(docx_heading_of_name("标题"), -1);
}

/* Word's numbering written in, as Word shows it, through styles too. */
static void test_full_numbering(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	assert_int_equal(read_doc("full.docx", &b, &d), GW_OK);
	assert_string_equal(b.encoding, "DOCX");
	const gw_block *h1 = block(&b, "一、主要工作成效");
	assert_int_equal(h1->level, 1);
	assert_int_equal(h1->numbering_len, strlen("一、"));
	assert_string_equal(h1->style, "heading 1");
	assert_int_equal(block(&b, "（一）统计调查任务圆满完成")->level, 2);
	/* A custom style based on 标题 2 is a level-2 heading and continues its list. */
	const gw_block *custom = block(&b, "（二）统计服务更加有力");
	assert_int_equal(custom->level, 2);
	assert_string_equal(custom->style, "报告小标题");
	/* A new level-1 item restarts level 2. */
	assert_int_equal(block(&b, "二、存在的问题")->level, 1);
	block(&b, "（一）基层统计力量薄弱");
	/* A paragraph deleted with its mark is gone and takes no number. */
	block(&b, "2.数据质量稳步提升。");
	assert_int_equal(count_containing(&b, "整段删除"), 0);
	/* Other formats, start override, legal numbering, bullets. */
	static const char *const labelled[] = {"①圆圈编号", "a)字母编号",    "②再圈",
					       "1.小节",    "1.1 小节下",    "5.接着编",
					       "甲、甲项",  "第十一条 条款", "•要点"};
	for (size_t i = 0; i < sizeof labelled / sizeof labelled[0]; i++)
		assert_true(block(&b, labelled[i])->numbering_len > 0);
	/* numId 0 switches the style's numbering off; the level stays. */
	const gw_block *off = block(&b, "不编号");
	assert_int_equal(off->numbering_len, 0);
	assert_int_equal(off->level, 1);
	assert_int_equal(block(&b, "大纲级别段落")->level, 3);
	assert_int_equal(block(&b, "县人民政府：")->level, GW_LEVEL_NONE);
	gw_blocks_free(&b);
}

/* Text boxes once, deletions and comments out, fields' results in. */
static void test_full_text(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	assert_int_equal(read_doc("full.docx", &b, &d), GW_OK);
	assert_int_equal(count_containing(&b, "东山县统计局文件"), 1);
	assert_true(block(&b, "东山县统计局文件")->text_box);
	assert_false(block(&b, "县人民政府：")->text_box);
	block(&b, "1.全年完成各类统计报表1260份，及时率100%。");
	assert_int_equal(count_containing(&b, "1100"), 0);
	for (size_t i = 0; i < b.n; i++) /* no blank block left by the deleted paragraph */
		assert_false(b.v[i].len == 0 && b.v[i].kind == GW_BLOCK_TEXT && i > 0 &&
			     strcmp(b.v[i - 1].s, "1.全年完成各类统计报表1260份，及时率100%。") == 0);
	block(&b, "见统计公报第页，截至2024年1月10日（附表）✓。");
	block(&b, "第一行接着写\tWord Excel");
	block(&b, "控件内容统");
	static const char *const absent[] = {"批注不进正文", "页脚不进正文", "tǒng", "PAGE", "DATE"};
	for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
		assert_int_equal(count_containing(&b, absent[i]), 0);
	for (size_t i = 1; i < b.n; i++)
		assert_true(b.v[i].no > b.v[i - 1].no);
	gw_blocks_free(&b);
}

static void test_full_hints(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	assert_int_equal(read_doc("full.docx", &b, &d), GW_OK);
	assert_int_equal(block(&b, "关于2023年统计工作情况的报告")->align, GW_ALIGN_CENTER);
	assert_int_equal(block(&b, "县人民政府：")->align, GW_ALIGN_JUSTIFY);
	const gw_block *sign = block(&b, "东山县统计局");
	assert_int_equal(sign->align, GW_ALIGN_RIGHT);
	assert_true(sign->page_break_before);
	assert_true(block(&b, "新页开始")->page_break_before);
	assert_true(block(&b, "大纲级别段落")->page_break_before); /* after a section break */
	assert_false(block(&b, "2024年1月10日")->page_break_before);
	/* Indents: typed full-width spaces, firstLineChars, twips at the run's size. */
	assert_int_equal(
		block(&b, "今年以来，我局在县委、县政府的坚强领导下，扎实推进各项统计工作。")->indent_chars,
		2);
	assert_int_equal(block(&b, "全角空格缩进的段落")->indent_chars, 2);
	assert_int_equal(block(&b, "按磅缩进")->indent_chars, 2);
	assert_int_equal(block(&b, "县人民政府：")->indent_chars, 0);
	gw_blocks_free(&b);
}

static const gw_cell *cell_at(const gw_table *t, size_t row, size_t col)
{
	for (size_t i = 0; i < t->n_cells; i++)
		if (t->cells[i].row == row && t->cells[i].col == col)
			return &t->cells[i];
	fail_msg("no cell at %zu,%zu", row, col);
	return NULL;
}

static void test_full_table(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	assert_int_equal(read_doc("full.docx", &b, &d), GW_OK);
	const gw_table *t = NULL;
	size_t tables = 0;
	for (size_t i = 0; i < b.n; i++)
		if (b.v[i].kind == GW_BLOCK_TABLE) {
			t = b.v[i].table;
			tables++;
			assert_string_equal(b.v[i].s, "");
		}
	assert_int_equal(tables, 1); /* the nested one is flattened */
	assert_int_equal(t->n_rows, 5);
	assert_int_equal(t->n_cols, 3);
	assert_int_equal(t->header_rows, 2);
	assert_int_equal(cell_at(t, 0, 1)->cols, 2);
	assert_string_equal(cell_at(t, 0, 1)->text, "完成情况");
	const gw_cell *merged = cell_at(t, 2, 0);
	assert_string_equal(merged->text, "地区生产总值");
	assert_int_equal(merged->rows, 2);
	assert_string_equal(cell_at(t, 3, 1)->text, "（现价）");
	assert_string_equal(cell_at(t, 4, 1)->text, "数据来源：\n快报\n初步核实\n以年报为准");
	for (size_t i = 0; i < t->n_cells; i++)
		assert_false(t->cells[i].row == 3 && t->cells[i].col == 0);
	gw_blocks_free(&b);
}

/* WPS's runs and extensions, and flat XML, give the blocks Word's file gives. */
static void test_wps_and_flat(void **state)
{
	(void)state;
	gw_blocks word, wps, flat, pkg;
	gw_diag d;
	assert_int_equal(read_doc("twin.docx", &word, &d), GW_OK);
	assert_int_equal(read_doc("wps.docx", &wps, &d), GW_OK);
	assert_int_equal(word.n, wps.n);
	for (size_t i = 0; i < word.n; i++) {
		assert_string_equal(word.v[i].s, wps.v[i].s);
		assert_int_equal(word.v[i].level, wps.v[i].level);
	}
	assert_int_equal(count_containing(&wps, "WPS私有数据"), 0);
	assert_int_equal(read_doc("flat2003.docx", &flat, &d), GW_OK);
	const gw_block *h = block(&flat, "一、工作回顾");
	assert_int_equal(h->level, 1);
	assert_int_equal(h->numbering_len, strlen("一、"));
	block(&flat, "全年完成投资12.5亿元。");
	assert_int_equal(count_containing(&flat, "批注"), 0);
	assert_int_equal(count_containing(&flat, "脚注"), 0);
	assert_int_equal(flat.v[flat.n - 1].kind, GW_BLOCK_TABLE);
	assert_int_equal(flat.v[flat.n - 1].table->cells[0].rows, 2);
	assert_int_equal(read_doc("flatpkg.docx", &pkg, &d), GW_OK);
	assert_int_equal(pkg.n, 3);
	block(&pkg, "二、分项情况");
	assert_int_equal(count_containing(&pkg, "构建基块"), 0);
	gw_blocks_free(&word);
	gw_blocks_free(&wps);
	gw_blocks_free(&flat);
	gw_blocks_free(&pkg);
}

/* python-docx: built-in "Heading N" styles of its template, a plain table. */
static void test_python_docx(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	assert_int_equal(read_doc("python-docx.docx", &b, &d), GW_OK);
	assert_int_equal(b.n, 5);
	assert_string_equal(b.v[0].style, "Title");
	assert_int_equal(block(&b, "一、主要工作成效")->level, 1);
	assert_int_equal(block(&b, "一、主要工作成效")->numbering_len, 0);
	assert_int_equal(block(&b, "（一）统计服务")->level, 2);
	assert_int_equal(b.v[4].kind, GW_BLOCK_TABLE);
	assert_int_equal(b.v[4].table->n_cells, 4);
	assert_string_equal(b.v[4].table->cells[3].text, "6.3%");
	gw_blocks_free(&b);
}

static void test_many_paragraphs(void **state)
{
	(void)state;
	gw_blocks b;
	gw_diag d;
	clock_t t0 = clock();
	assert_int_equal(read_doc("many.docx", &b, &d), GW_OK);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_int_equal(b.n, 100000);
	assert_string_equal(b.v[b.n - 1].s, "100000.第99999段，增长89.5%。");
	/* Linear: 100,000 paragraphs read in well under 10 s even under ASan. */
	assert_true(secs < 10.0);
	gw_blocks_free(&b);
}

static void test_hostile(void **state)
{
	(void)state;
	static const struct {
		const char *file;
		gw_status st;
		const char *what;
	} cases[] = {
		{"hostile-bomb.docx", GW_E_TOO_LARGE, "declares more than 64 MB"},
		{"hostile-bomb-liar.docx", GW_E_TOO_LARGE, "unpacks to more than 64 MB"},
		{"hostile-doctype.docx", GW_E_UNSUPPORTED, "DOCTYPE"},
		{"hostile-xxe.docx", GW_E_UNSUPPORTED, "DOCTYPE"},
		{"hostile-broken.docx", GW_E_STRUCTURE, "word/document.xml, XML line 2"},
		{"hostile-deep.docx", GW_E_TOO_LARGE, "nested more than 256 deep"},
		{"hostile-missing.docx", GW_E_STRUCTURE, "no part word/document.xml"},
		{"hostile-truncated.docx", GW_E_STRUCTURE, "damaged"},
		{"hostile-excel.docx", GW_E_UNSUPPORTED, "Excel workbook"},
		{"hostile-long.docx", GW_E_TOO_LARGE, "paragraph 1 is longer than"},
		{"hostile-empty.docx", GW_E_EMPTY, "no text"},
		{"hostile-altchunk.docx", GW_E_UNSUPPORTED, "w:altChunk"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_blocks b;
		gw_diag d;
		gw_status st = read_doc(cases[i].file, &b, &d);
		if (st != cases[i].st || !strstr(d.what, cases[i].what))
			print_error("%s: status %d, \"%s\"\n", cases[i].file, st, d.what);
		assert_int_equal(st, cases[i].st);
		assert_non_null(strstr(d.what, cases[i].what));
		assert_true(d.hint[0] != '\0');
		assert_null(b.arena);
		assert_null(b.v);
	}
}

static void count_warning(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file, (void)line;
	if (strstr(msg, "altChunk"))
		(*(int *)ctx)++;
}

/* Text beside an embedded HTML part: read, with a warning that a part is not. */
static void test_alt_chunk_warns(void **state)
{
	(void)state;
	size_t len;
	unsigned char *bytes = slurp("altchunk-mixed.docx", &len);
	int warnings = 0;
	gw_diag d = {.warn = count_warning, .warn_ctx = &warnings};
	gw_blocks b;
	assert_int_equal(gw_docx_blocks(bytes, len, &b, &d), GW_OK);
	assert_int_equal(warnings, 1);
	block(&b, "正文段落");
	gw_blocks_free(&b);
	free(bytes);
}

static void test_not_word(void **state)
{
	(void)state;
	static const unsigned char ole[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0};
	static const unsigned char text[] = "一、总体情况\n全年增长6.3%。\n";
	gw_blocks b;
	gw_diag d = {0};
	assert_int_equal(gw_docx_blocks(ole, sizeof ole, &b, &d), GW_E_UNSUPPORTED);
	assert_non_null(strstr(d.what, ".doc"));
	assert_int_equal(gw_docx_blocks(text, sizeof text - 1, &b, &d), GW_E_BINARY);
	assert_false(gw_docx_sniff(text, sizeof text - 1));
	assert_false(gw_docx_sniff(ole, sizeof ole));
	size_t len;
	unsigned char *flat = slurp("flat2003.docx", &len);
	assert_true(gw_docx_sniff(flat, len));
	free(flat);
	unsigned char *zip = slurp("full.docx", &len);
	assert_true(gw_docx_sniff(zip, len));
	free(zip);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_element_table_sorted),
		cmocka_unit_test(test_number_formats),
		cmocka_unit_test(test_heading_names),
		cmocka_unit_test(test_full_numbering),
		cmocka_unit_test(test_full_text),
		cmocka_unit_test(test_full_hints),
		cmocka_unit_test(test_full_table),
		cmocka_unit_test(test_wps_and_flat),
		cmocka_unit_test(test_python_docx),
		cmocka_unit_test(test_many_paragraphs),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_alt_chunk_warns),
		cmocka_unit_test(test_not_word),
	};
	return cmocka_run_group_tests(tests, make_documents, remove_documents);
}
