/* test_model.c — arena, UTF-8 helpers, diag formatting, report text order,
 * and gw_report_check(): one valid model by hand, then one broken copy per
 * invariant, each refused with the JSON path of what broke. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/arena.h"
#include "model/diag.h"
#include "model/hash.h"
#include "model/report.h"
#include "model/utf8.h"

static void arena_allocates_zeroed_aligned_blocks(void **state)
{
	(void)state;
	gw_arena *a = gw_arena_new();
	assert_non_null(a);
	for (size_t size = 1; size < 70000; size = size * 3 + 1) {
		unsigned char *p = gw_arena_alloc(a, size);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		for (size_t i = 0; i < size; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAB, size);
	}
	assert_null(gw_arena_array(a, SIZE_MAX / 2, 4));
	gw_arena_free(a);
}

static void arena_grow_keeps_items(void **state)
{
	(void)state;
	gw_arena *a = gw_arena_new();
	int *items = NULL;
	size_t cap = 0;
	for (int i = 0; i < 1000; i++) {
		assert_int_equal(gw_arena_grow(a, (void **)&items, &cap, (size_t)i + 1, sizeof *items), 0);
		items[i] = i * 7;
	}
	for (int i = 0; i < 1000; i++)
		assert_int_equal(items[i], i * 7);
	assert_true(cap >= 1000);
	gw_arena_free(a);
}

static void utf8_decodes_and_rejects(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		uint32_t cp;
		size_t len;
	} cases[] = {
		{"A", 'A', 1},
		{"\xC3\x97", 0xD7, 2},
		{"\xE4\xB8\xAD", 0x4E2D, 3},
		{"\xF0\xA0\xAE\xB7", 0x20BB7, 4},
		{"\xC0\x80", 0xFFFD, 1},
		{"\xE4\xB8", 0xFFFD, 1},
		{"\xED\xA0\x80", 0xFFFD, 1},
		{"\xF5\x80\x80\x80", 0xFFFD, 1},
		{"\x80", 0xFFFD, 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len;
		assert_int_equal(gw_utf8_decode(cases[i].s, strlen(cases[i].s), &len), cases[i].cp);
		assert_int_equal(len, cases[i].len);
	}
	char buf[4];
	assert_int_equal(gw_utf8_encode(0x4E2D, buf), 3);
	assert_memory_equal(buf, "\xE4\xB8\xAD", 3);
	assert_int_equal(gw_utf8_count("中a文", strlen("中a文")), 3);
	assert_int_equal(gw_utf8_offset("中a文", strlen("中a文"), 2), 4);
	const unsigned char bad[] = "ok\xE4\xB8";
	assert_int_equal(gw_utf8_valid_prefix(bad, 4), 2);
}

static void utf8_classes(void **state)
{
	(void)state;
	assert_true(gw_is_wide(0x4E2D));
	assert_true(gw_is_wide(0xFF0C));
	assert_false(gw_is_wide('a'));
	assert_int_equal(gw_fold_digit(0xFF15), '5');
	assert_int_equal(gw_fold_digit('7'), '7');
	assert_int_equal(gw_fold_digit(0x4E00), 0);
	assert_true(gw_is_space(0x3000));
	assert_true(gw_is_mask('*'));
	assert_true(gw_is_mask(0xFF0A));
	assert_false(gw_is_mask('x'));
}

static void diag_formats_place_and_hint(void **state)
{
	(void)state;
	gw_diag d = {0};
	gw_diag_set_file(&d, "a.txt");
	assert_int_equal(gw_fail(&d, GW_E_ENCODING, 3, 17, "save as UTF-8", "bad byte 0x%02X", 0xFF),
			 GW_E_ENCODING);
	char buf[512];
	gw_diag_format(&d, buf, sizeof buf);
	assert_string_equal(buf, "a.txt:3: encoding error: bad byte 0xFF (byte offset 17)\n"
				 "  hint: save as UTF-8");
	assert_int_equal(gw_exit_code(GW_E_USAGE), 2);
	assert_int_equal(gw_exit_code(GW_E_IO), 1);
	assert_int_equal(gw_exit_code(GW_OK), 0);
}

static void report_text_follows_document_order(void **state)
{
	(void)state;
	gw_report *r = gw_report_new();
	assert_non_null(r);
	r->title = gw_report_strdup(r, "T");
	r->salutation = gw_report_strdup(r, "S：");
	r->preamble = gw_arena_array(r->arena, 1, sizeof *r->preamble);
	r->preamble[0].text = gw_report_strdup(r, "P。");
	r->n_preamble = 1;
	r->sections = gw_arena_array(r->arena, 1, sizeof *r->sections);
	r->n_sections = 1;
	gw_section *s = &r->sections[0];
	s->marker = gw_report_strdup(r, "一、");
	s->heading = gw_report_strdup(r, "H");
	s->sections = gw_arena_array(r->arena, 1, sizeof *s->sections);
	s->n_sections = 1;
	s->sections[0].marker = gw_report_strdup(r, "（一）");
	s->sections[0].heading = gw_report_strdup(r, "I");
	s->sections[0].heading_end = gw_report_strdup(r, "。");
	s->sections[0].body = gw_arena_array(r->arena, 1, sizeof(gw_paragraph));
	s->sections[0].body[0].text = gw_report_strdup(r, "B");
	s->sections[0].n_body = 1;
	r->closing = gw_report_strdup(r, "C");
	r->signature.present = true;
	r->signature.n = 1;
	r->signature.items = gw_arena_array(r->arena, 1, sizeof(char *));
	r->signature.items[0] = gw_report_strdup(r, "G");
	char *text = gw_report_text(r);
	assert_string_equal(text, "TS：P。一、H（一）I。BCG");
	assert_int_equal(gw_report_paragraph_count(r), 2);
	free(text);
	gw_report_free(r);
}

/* ---- gw_report_check ---------------------------------------------------- */

static const char *S(gw_report *r, const char *s)
{
	return gw_report_strdup(r, s);
}

static gw_strlist list1(gw_report *r, const char *a)
{
	gw_strlist l = {.present = true, .n = 1};
	l.items = gw_arena_array(r->arena, 1, sizeof *l.items);
	l.items[0] = S(r, a);
	return l;
}

/* The parts of the valid model the cases break. */
typedef struct model {
	gw_report *r;
	gw_section *part, *l1, *l2;
	gw_paragraph *p2, *p3, *table_para;
	gw_report_table *table;
	gw_indicator *money, *masked;
} model;

static gw_section *sections_of(gw_report *r, gw_section *parent, int level, const char *marker, long number,
			       const char *heading)
{
	gw_section *s = gw_arena_array(r->arena, 1, sizeof *s);
	*s = (gw_section){.level = level, .marker = S(r, marker), .number = number, .heading = S(r, heading)};
	if (parent) {
		parent->sections = s;
		parent->n_sections = 1;
	}
	return s;
}

static gw_paragraph *paragraph_in(gw_report *r, gw_paragraph **body, size_t *n, const char *text,
				  size_t index)
{
	gw_paragraph *p = gw_arena_array(r->arena, 1, sizeof *p);
	*p = (gw_paragraph){.text = S(r, text), .index = index};
	*body = p;
	*n = 1;
	return p;
}

/*   机密★1年 / 某局文件 (head)   T   （草案）   前言。
 *   第一部分回顾 > 一、甲 [一是快，二是好。投资4.97亿元。] > （二）乙。[丙。]
 *   附件1 表 [2 × 2 table: 指标 | 比例 / 完成 | **%]   抄送：甲局。            */
static model valid_model(void)
{
	model m = {.r = gw_report_new()};
	gw_report *r = m.r;
	r->source = (gw_source){.name = S(r, "t.txt"), .encoding = S(r, "UTF-8"), .bytes = 9};
	memset(r->source.sha256, 'a', 64);
	gw_head *h = gw_arena_alloc(r->arena, sizeof *h);
	*h = (gw_head){.text = S(r, "机密★1年\n某局文件"),
		       .secrecy = S(r, "机密★1年"),
		       .issuers = list1(r, "某局文件")};
	r->head = h;
	r->title = S(r, "T");
	r->bylines = list1(r, "（草案）");
	paragraph_in(r, &r->preamble, &r->n_preamble, "前言。", 1);
	m.part = sections_of(r, NULL, 0, "第一部分", 1, "回顾");
	r->sections = m.part;
	r->n_sections = 1;
	m.l1 = sections_of(r, m.part, 1, "一、", 1, "甲");
	m.p2 = paragraph_in(r, &m.l1->body, &m.l1->n_body, "一是快，二是好。投资4.97亿元。", 2);
	m.p2->points = gw_arena_array(r->arena, 2, sizeof *m.p2->points);
	m.p2->points[0] = (gw_point){S(r, "一是"), S(r, "快"), 0};
	m.p2->points[1] = (gw_point){S(r, "二是"), S(r, "好"), 4};
	m.p2->n_points = 2;
	m.l2 = sections_of(r, m.l1, 2, "（二）", 2, "乙");
	m.l2->inline_heading = true;
	m.l2->heading_end = S(r, "。");
	m.p3 = paragraph_in(r, &m.l2->body, &m.l2->n_body, "丙。", 3);
	gw_appendix *a = gw_arena_array(r->arena, 1, sizeof *a);
	*a = (gw_appendix){.marker = S(r, "附件1"), .title = S(r, "表")};
	r->appendices = a;
	r->n_appendices = 1;
	m.table_para = paragraph_in(r, &a->body, &a->n_body, "", 4);
	m.table = gw_arena_alloc(r->arena, sizeof *m.table);
	*m.table = (gw_report_table){.rows = 2, .cols = 2, .header_rows = 1, .n_cells = 4};
	m.table->cells = gw_arena_array(r->arena, 4, sizeof *m.table->cells);
	m.table->cells[0] = (gw_report_cell){S(r, "指标"), 0, 0, 1, 1};
	m.table->cells[1] = (gw_report_cell){S(r, "比例"), 0, 1, 1, 1};
	m.table->cells[2] = (gw_report_cell){S(r, "完成"), 1, 0, 1, 1};
	m.table->cells[3] = (gw_report_cell){S(r, "**%"), 1, 1, 1, 1};
	m.table_para->table = m.table;
	gw_imprint *im = gw_arena_alloc(r->arena, sizeof *im);
	*im = (gw_imprint){.text = S(r, "抄送：甲局。"), .cc = list1(r, "甲局")};
	r->imprint = im;
	r->indicators = gw_arena_array(r->arena, 2, sizeof *r->indicators);
	r->n_indicators = 2;
	m.money = &r->indicators[0];
	*m.money = (gw_indicator){.id = 1,
				  .section = S(r, "一、"),
				  .label = S(r, "投资"),
				  .text = S(r, "4.97"),
				  .value = 4.97,
				  .unit = S(r, "亿元"),
				  .kind = GW_KIND_AMOUNT,
				  .base_value = 4.97e8,
				  .base_unit = S(r, "元"),
				  .clause = S(r, "投资4.97亿元"),
				  .paragraph = 2,
				  .status = GW_STATUS_ACTUAL};
	m.masked = &r->indicators[1];
	*m.masked = (gw_indicator){.id = 2,
				   .text = S(r, "**"),
				   .masked = true,
				   .unit = S(r, "%"),
				   .kind = GW_KIND_RATIO,
				   .base_unit = S(r, "%"),
				   .clause = S(r, "**%"),
				   .paragraph = 4,
				   .page = 2};
	return m;
}

static void check_accepts_valid_model_and_text_covers_it(void **state)
{
	(void)state;
	model m = valid_model();
	gw_diag d = {0};
	if (gw_report_check(m.r, &d))
		print_message("%s\n", d.what);
	assert_int_equal(gw_report_check(m.r, &d), GW_OK);
	assert_int_equal(gw_report_paragraph_count(m.r), 4);
	char *text = gw_report_text(m.r);
	assert_string_equal(
		text, "机密★1年\n某局文件T（草案）前言。第一部分回顾一、甲一是快，二是好。投资4.97亿元。"
		      "（二）乙。丙。附件1表指标比例完成**%抄送：甲局。");
	free(text);
	gw_report_free(m.r);
}

/* Word numbering no rule counts (1.1, 第1条) before a heading its style
 * marks keeps its text as marker with number 0: the JSON gwexport writes for
 * such a .docx must read back (fuzz_docx found the check refusing it). */
static void check_accepts_uncounted_word_numbering(void **state)
{
	(void)state;
	static const char *const markers[] = {"1.1 ", "第1条 ", "• "};
	for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		model m = valid_model();
		m.l1->marker = markers[i];
		m.l1->number = 0;
		m.money->section = markers[i];
		gw_diag d = {0};
		if (gw_report_check(m.r, &d))
			print_message("%s: %s\n", markers[i], d.what);
		assert_int_equal(gw_report_check(m.r, &d), GW_OK);
		gw_report_free(m.r);
	}
}

typedef struct broken {
	const char *name;
	void (*breaks)(model *m);
	const char *what; /* start of the message: JSON path, then what */
} broken;

static void deeper_than_parent(model *m)
{
	m->l2->level = 1;
}
static void level_range(model *m)
{
	m->part->level = 5;
}
static void number_vs_marker(model *m)
{
	m->l1->number = 2;
}
static void empty_marker(model *m)
{
	m->l1->marker = "";
}
static void heading_end_not_inline(model *m)
{
	m->l2->inline_heading = false;
}
static void offset_past_text(model *m)
{
	m->p2->points[1].offset = 99;
}
static void marker_not_at_offset(model *m)
{
	m->p2->points[1].offset = 3;
}
static void points_out_of_order(model *m)
{
	m->p2->points[1].offset = 0;
}
static void lead_elsewhere(model *m)
{
	m->p2->points[1].lead = "慢";
}
static void index_skips(model *m)
{
	m->p3->index = 7;
}
static void table_with_text(model *m)
{
	m->table_para->text = "x";
}
static void cell_outside(model *m)
{
	m->table->cells[3].col_span = 2;
}
static void cells_overlap(model *m)
{
	m->table->cells[0].row_span = 2;
}
static void cells_unordered(model *m)
{
	m->table->cells[1] = (gw_report_cell){"比例", 0, 0, 1, 1};
}
static void header_rows_range(model *m)
{
	m->table->header_rows = 3;
}
static void id_order(model *m)
{
	m->money->id = 5;
}
static void paragraph_missing(model *m)
{
	m->money->paragraph = 9;
}
static void section_marker(model *m)
{
	m->money->section = "二、";
}
static void item_marker(model *m)
{
	m->money->item = "（二）";
}
static void clause_elsewhere(model *m)
{
	m->money->clause = "投资5亿元";
}
static void text_not_in_clause(model *m)
{
	m->money->text = "5";
}
static void unit_vs_base(model *m)
{
	m->money->base_unit = "户";
}
static void kind_vs_base(model *m)
{
	m->money->kind = GW_KIND_COUNT;
}
static void base_value(model *m)
{
	m->money->base_value = 4.97e4;
}
static void masked_number(model *m)
{
	m->money->masked = true;
}
static void unmasked_mask(model *m)
{
	m->masked->masked = false;
}
static void unit_without_base(model *m)
{
	m->masked->base_unit = NULL;
}
static void status_range(model *m)
{
	m->money->status = (gw_ind_status)9;
}
static void bad_utf8(model *m)
{
	m->r->title = "T\xE4\xB8";
}
static void absent_list_items(model *m)
{
	m->r->bylines.present = false;
}
static void no_paragraph_text(model *m)
{
	m->p3->text = NULL;
}
static void head_field_elsewhere(model *m)
{
	m->r->head->secrecy = "绝密";
}
static void head_without_text(model *m)
{
	m->r->head->text = NULL;
}
static void imprint_cc_elsewhere(model *m)
{
	m->r->imprint->cc.items[0] = "乙局";
}
static void appendix_marker(model *m)
{
	m->r->appendices[0].marker = "";
}
static void sha256_form(model *m)
{
	m->r->source.sha256[3] = 'G';
}

static const broken broken_models[] = {
	{"sub-section not deeper", deeper_than_parent, "sections[0].sections[0].sections[0]: level 1"},
	{"level out of range", level_range, "sections[0]: level 5: levels are 0..4"},
	{"number vs marker", number_vs_marker, "sections[0].sections[0]: number 2, but marker '一、' says 1"},
	{"no marker, no number", empty_marker, "sections[0].sections[0]: number 1, but marker '' says 0"},
	{"heading_end needs inline", heading_end_not_inline,
	 "sections[0].sections[0].sections[0]: heading_end"},
	{"point offset past text", offset_past_text,
	 "sections[0].sections[0].body[0].points[1]: offset 99 is past the paragraph's 17 characters"},
	{"point marker not at offset", marker_not_at_offset,
	 "sections[0].sections[0].body[0].points[1]: marker '二是' is not at character 3"},
	{"points in text order", points_out_of_order,
	 "sections[0].sections[0].body[0].points[1]: points must be"},
	{"lead after marker", lead_elsewhere, "sections[0].sections[0].body[0].points[1]: lead '慢'"},
	{"paragraph index", index_skips,
	 "sections[0].sections[0].sections[0].body[0]: index 7, but it is paragraph 3"},
	{"table paragraph text", table_with_text, "appendices[0].body[0]: a table paragraph has text \"\""},
	{"cell outside grid", cell_outside,
	 "appendices[0].body[0].table.cells[3]: cell at row 1, col 1 spanning 1 × 2"},
	{"cells overlap", cells_overlap,
	 "appendices[0].body[0].table.cells[2]: overlaps another cell at row 1, col 0"},
	{"cells in order", cells_unordered,
	 "appendices[0].body[0].table.cells[1]: cells must be in row-major order"},
	{"header rows", header_rows_range,
	 "appendices[0].body[0].table: header_rows 3 is more than the 2 rows"},
	{"indicator ids", id_order, "indicators[0]: id 5, but it is indicator 1"},
	{"indicator paragraph", paragraph_missing,
	 "indicators[0]: paragraph 9 does not exist (the document has 4)"},
	{"indicator section", section_marker,
	 "indicators[0]: section/item '二、'/'null' are not the markers"},
	{"indicator item", item_marker, "indicators[0]: section/item '一、'/'（二）'"},
	{"indicator clause", clause_elsewhere, "indicators[0]: clause '投资5亿元' is not in paragraph 2"},
	{"indicator text in clause", text_not_in_clause, "indicators[0]: text '5' is not in its clause"},
	{"unit = magnitude + base_unit", unit_vs_base, "indicators[0]: unit '亿元' is not a magnitude"},
	{"kind goes with base_unit", kind_vs_base,
	 "indicators[0]: kind 数量 does not go with base_unit '元'"},
	{"base_value = value × magnitude", base_value, "indicators[0]: base_value 49700"},
	{"masked means a mask", masked_number, "indicators[0]: masked is true but text '4.97' has no mask"},
	{"a mask is masked", unmasked_mask, "indicators[1]: masked is false but text '**' is a mask"},
	{"unit and base_unit together", unit_without_base, "indicators[1]: unit and base_unit are both set"},
	{"status vocabulary", status_range, "indicators[0]: kind, change or status outside its vocabulary"},
	{"valid UTF-8", bad_utf8, "title: invalid UTF-8 at byte 1"},
	{"absent list has no items", absent_list_items, "bylines: 1 items but marked absent"},
	{"paragraph text", no_paragraph_text, "sections[0].sections[0].sections[0].body[0].text: missing"},
	{"head field from its text", head_field_elsewhere, "head.secrecy: '绝密' is not in the text"},
	{"head text", head_without_text, "head.text: missing"},
	{"imprint cc from its text", imprint_cc_elsewhere, "imprint.cc[0]: '乙局' is not in the text"},
	{"appendix marker", appendix_marker, "appendices[0]: empty marker"},
	{"source sha256", sha256_form, "source: sha256 is not 64 lower-case hex digits"},
};

static void check_refuses_each_broken_invariant(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof broken_models / sizeof broken_models[0]; i++) {
		const broken *b = &broken_models[i];
		model m = valid_model();
		b->breaks(&m);
		gw_diag d = {0};
		print_message("broken: %s\n", b->name);
		assert_int_equal(gw_report_check(m.r, &d), GW_E_STRUCTURE);
		if (strncmp(d.what, b->what, strlen(b->what)) != 0)
			print_message("message: %s\n", d.what);
		assert_memory_equal(d.what, b->what, strlen(b->what));
		assert_true(d.hint[0] != '\0');
		gw_report_free(m.r);
	}
}

static void kinds_round_trip(void **state)
{
	(void)state;
	for (int k = GW_KIND_AMOUNT; k <= GW_KIND_COUNT; k++) {
		gw_kind back;
		assert_true(gw_kind_parse(gw_kind_name((gw_kind)k), &back));
		assert_int_equal(back, k);
	}
	gw_kind k;
	assert_false(gw_kind_parse("体积", &k));
}

static void sha_digests_match_known_vectors(void **state)
{
	(void)state;
	char h256[65], h512[129];
	assert_int_equal(gw_sha256_hex("abc", 3, h256), 0);
	assert_string_equal(h256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_int_equal(gw_sha512_hex("", 0, h512), 0);
	assert_memory_equal(h512, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce", 64);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena_allocates_zeroed_aligned_blocks),
		cmocka_unit_test(arena_grow_keeps_items),
		cmocka_unit_test(utf8_decodes_and_rejects),
		cmocka_unit_test(utf8_classes),
		cmocka_unit_test(diag_formats_place_and_hint),
		cmocka_unit_test(report_text_follows_document_order),
		cmocka_unit_test(check_accepts_valid_model_and_text_covers_it),
		cmocka_unit_test(check_refuses_each_broken_invariant),
		cmocka_unit_test(check_accepts_uncounted_word_numbering),
		cmocka_unit_test(kinds_round_trip),
		cmocka_unit_test(sha_digests_match_known_vectors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
