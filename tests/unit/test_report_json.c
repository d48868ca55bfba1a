/* test_report_json.c — report_json.c: canonical output, exact number round
 * trips, text → json → model → json identity, and schema errors with their
 * JSON path (or line for syntax errors). */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "unit.h"
#include "model/report_json.h"
#include "read/read.h"

static const char TEXT[] =
	"测试报告\n——副标题\n各位领导：\n前言。\n一、甲\n一是快。二是好。\n总投资4.97亿元。\n（一）乙。丙。\n"
	"以上报告，请审议。\n附件：1. 表一\n2. 表二\n某某局\n2024年1月2日\n";

static gw_report *from_text(void)
{
	gw_read_opts o = {.name = "t.txt"};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_read_text((const unsigned char *)TEXT, strlen(TEXT), &o, &r, &d), GW_OK);
	return r;
}

static gw_report *reread(const char *json, size_t len)
{
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	gw_status st = gw_report_from_json(json, len, "t.json", &r, &d);
	if (st)
		print_message("from_json: %s\n", d.what);
	assert_int_equal(st, GW_OK);
	return r;
}

/* Adds indicators with awkward numbers to a report (arena-owned), all in
 * paragraph 3 (总投资4.97亿元。), and a masked one in paragraph 2. */
static void add_indicators(gw_report *r, const double *values, size_t n)
{
	r->indicators = gw_arena_array(r->arena, n + 1, sizeof *r->indicators);
	for (size_t i = 0; i < n; i++) {
		gw_indicator *x = &r->indicators[i];
		x->id = i + 1;
		x->section = "一、";
		x->label = "投资";
		x->text = "4.97";
		x->value = values[i];
		x->unit = "亿元";
		x->kind = GW_KIND_AMOUNT;
		x->change = i % 2 ? '+' : 0;
		x->base_value = values[i] * 1e8;
		x->base_unit = "元";
		x->clause = "总投资4.97亿元";
		x->paragraph = 3;
	}
	gw_indicator *m = &r->indicators[n];
	m->id = n + 1;
	m->section = "一、";
	m->text = "***";
	m->base_unit = "户";
	m->masked = true;
	m->value = 12; /* ignored: masked values are null */
	m->kind = GW_KIND_COUNT;
	m->unit = "户";
	m->qualifier = "多";
	m->change = '-';
	m->paragraph = 2;
	r->n_indicators = n + 1;
}

static void test_canonical_and_round_trip(void **state)
{
	(void)state;
	static const double values[] = {4.97, 497000000,  0.1,  1.0 / 3, 2.6e4,
					1e-7, 123456.789, 1e21, -3.5,    0.3000000000000000444};
	size_t nv = sizeof values / sizeof values[0];
	gw_report *r = from_text();
	add_indicators(r, values, nv);
	/* Text that looks like a number placeholder stays text. */
	r->indicators[0].label = "\"value\": -4000000000000000000";
	size_t len;
	char *json = gw_report_to_json(r, &len);
	assert_non_null(json);
	assert_int_equal(strlen(json), len);
	assert_true(len > 0 && json[len - 1] == '\n');
	/* Key order of model.md, UTF-8 unescaped. */
	const char *keys[] = {"\"schema\": \"gwexport/report-2\"",
			      "\"source\"",
			      "\"head\": null",
			      "\"title\"",
			      "\"subtitle\"",
			      "\"bylines\": null",
			      "\"salutation\"",
			      "\"preamble\"",
			      "\"table\": null",
			      "\"sections\"",
			      "\"closing\"",
			      "\"attachments\"",
			      "\"attachments_text\"",
			      "\"signature\"",
			      "\"note\"",
			      "\"appendices\": []",
			      "\"imprint\": null",
			      "\"indicators\"",
			      "\"status\": null",
			      "\"period\": null",
			      "\"page\": null"};
	const char *prev = json;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *k = strstr(json, keys[i]);
		assert_non_null(k);
		assert_true(k >= prev);
		prev = k;
	}
	assert_non_null(strstr(json, "\"title\": \"测试报告\""));
	const char *inl = strstr(json, "\"inline\": true,");
	assert_non_null(inl);
	inl += strlen("\"inline\": true,");
	inl += strspn(inl, " \n");
	assert_memory_equal(inl, "\"heading_end\": \"。\"", strlen("\"heading_end\": \"。\""));
	assert_non_null(strstr(json, "\"value\": 4.97,"));
	assert_non_null(strstr(json, "\"value\": 497000000,"));
	assert_non_null(strstr(json, "\"change\": \"+\""));
	assert_non_null(strstr(json, "\"kind\": \"数量\""));

	gw_report *back = reread(json, len);
	for (size_t i = 0; i < nv; i++) {
		assert_true(back->indicators[i].value == values[i]);
		assert_true(back->indicators[i].base_value == values[i] * 1e8);
	}
	assert_string_equal(back->indicators[0].label, "\"value\": -4000000000000000000");
	assert_true(back->indicators[nv].masked);
	assert_int_equal(back->indicators[nv].change, '-');
	assert_int_equal(back->preamble[0].index, 1);
	assert_int_equal(back->sections[0].body[0].index, 2);
	assert_int_equal(back->sections[0].body[0].line, 0);
	size_t len2;
	char *json2 = gw_report_to_json(back, &len2);
	assert_int_equal(len, len2);
	assert_string_equal(json, json2);
	free(json2);
	gw_report_free(back);
	gw_report_free(r);
	free(json);
}

/* Numbers are printed with the fewest digits that read back exactly when
 * the document has only such values. */
static void test_short_numbers(void **state)
{
	(void)state;
	static const double values[] = {4.97, 0.1, 98.5};
	gw_report *r = from_text();
	add_indicators(r, values, 3);
	for (size_t i = 0; i < 3; i++)
		r->indicators[i].base_value = values[i];
	size_t len;
	char *json = gw_report_to_json(r, &len);
	assert_non_null(strstr(json, "\"value\": 4.97,"));
	assert_non_null(strstr(json, "\"value\": 0.1,"));
	assert_non_null(strstr(json, "\"value\": 98.5,"));
	assert_null(strstr(json, "4.9699"));
	assert_non_null(strstr(json, "\"value\": null,"));
	free(json);
	gw_report_free(r);
}

typedef struct {
	const char *name;
	const char *edit_from; /* replace this part of the valid JSON … */
	const char *edit_to;   /* … with this (NULL: use `json` as is) */
	const char *json;
	size_t line;      /* expected diag line (syntax errors), 0 otherwise */
	const char *what; /* substring of the message */
} error_case;

static const error_case errors[] = {
	{"truncated", NULL, NULL, "{\n  \"schema\": ", 2, "not valid JSON"},
	{"not json", NULL, NULL, "{ nope }", 1, "not valid JSON"},
	{"duplicate key", NULL, NULL, "{\"a\": 1, \"a\": 2}", 1, "duplicate"},
	{"top is array", NULL, NULL, "[]", 0, "expected an object"},
	{"no schema", NULL, NULL, "{\"title\": null}", 0, "this gwexport reads gwexport/report-1"},
	{"other schema", "gwexport/report-2", "gwexport/report-9", NULL, 0,
	 "unsupported schema 'gwexport/report-9': this gwexport reads gwexport/report-1"},
	{"title type", "\"title\": \"测试报告\"", "\"title\": 5", NULL, 0,
	 "title: expected a string or null, found an integer"},
	{"paragraph text type", "\"text\": \"前言。\"", "\"text\": null", NULL, 0,
	 "preamble[0].text: expected a string, found null"},
	{"level out of range", "\"level\": 2", "\"level\": 1", NULL, 0,
	 "sections[0].sections[0].level: integer out of range"},
	{"point offset past text", "\"offset\": 4", "\"offset\": 400", NULL, 0,
	 "sections[0].body[0].points[1].offset: integer out of range"},
	{"missing key", "\"closing\": \"以上报告，请审议。\",", "", NULL, 0, "closing: missing"},
	{"bad sha", "\"sha256\": \"", "\"sha256\": \"x", NULL, 0, "source.sha256: expected 64"},
	{"attachments item", "\"表一\"", "7", NULL, 0, "attachments[0]: expected a string"},
	{"indicators not array", "\"indicators\": []", "\"indicators\": {}", NULL, 0,
	 "indicators: expected an array, found an object"},
	{"unknown key in report-2", "\"subtitle\":", "\"subtitel\": null, \"subtitle\":", NULL, 0,
	 "subtitel: unknown key (this object has: schema, source, head, title, subtitle"},
	{"unknown key deep in report-2", "\"heading\": \"甲\",", "\"heading\": \"甲\", \"x\": 1,", NULL, 0,
	 "sections[0].x: unknown key"},
	{"head not object", "\"head\": null", "\"head\": []", NULL, 0,
	 "head: expected an object, found an array"},
	{"head without text", "\"head\": null", "\"head\": {\"urgency\": \"特急\"}", NULL, 0,
	 "head.text: missing"},
	{"bylines item", "\"bylines\": null", "\"bylines\": [1]", NULL, 0, "bylines[0]: expected a string"},
	{"appendix body", "\"appendices\": []", "\"appendices\": [{\"marker\": \"附件\"}]", NULL, 0,
	 "appendices[0].body: missing"},
	{"table not object", "\"table\": null", "\"table\": 3", NULL, 0,
	 "preamble[0].table: expected an object, found an integer"},
	{"table zero rows", "\"table\": null", "\"table\": {\"rows\": 0}", NULL, 0,
	 "preamble[0].table.rows: integer out of range"},
	{"table too large", "\"table\": null", "\"table\": {\"rows\": 16000000, \"cols\": 900}", NULL, 0,
	 "preamble[0].table.rows: table too large"},
	{"cell span zero", "\"table\": null",
	 "\"table\": {\"rows\": 1, \"cols\": 1, \"header_rows\": 0, \"cells\": [{\"text\": \"\", "
	 "\"row\": 0, \"col\": 0, \"row_span\": 0, \"col_span\": 1}]}",
	 NULL, 0, "preamble[0].table.cells[0].row_span: integer out of range"},
};

/* Errors found only in particular documents: a masked indicator with a
 * number, an unknown status. */
static const char INDICATOR_JSON[] =
	"{\"id\": 1, \"section\": null, \"item\": null, \"label\": \"户数\", \"text\": \"**\", "
	"\"value\": %s, \"unit\": \"户\", \"kind\": \"数量\", \"change\": null, \"qualifier\": null, "
	"\"masked\": true, \"base_value\": null, \"base_unit\": \"户\", \"clause\": null, "
	"\"paragraph\": 1, \"status\": %s}";

static char *replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	assert_non_null(at);
	size_t n = strlen(s) - strlen(from) + strlen(to);
	char *out = malloc(n + 1);
	size_t head = (size_t)(at - s);
	memcpy(out, s, head);
	strcpy(out + head, to);
	strcat(out, at + strlen(from));
	return out;
}

static void test_errors(void **state)
{
	(void)state;
	gw_report *r = from_text();
	size_t len;
	char *valid = gw_report_to_json(r, &len);
	gw_report_free(r);
	for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
		const error_case *c = &errors[i];
		char *json = c->json ? strdup(c->json) : replace(valid, c->edit_from, c->edit_to);
		gw_diag d;
		memset(&d, 0, sizeof d);
		gw_report *out = (gw_report *)1;
		print_message("json error: %s\n", c->name);
		assert_int_equal(gw_report_from_json(json, strlen(json), "t.json", &out, &d), GW_E_JSON);
		assert_null(out);
		assert_int_equal(d.line, c->line);
		if (!strstr(d.what, c->what))
			print_message("message: %s\n", d.what);
		assert_non_null(strstr(d.what, c->what));
		assert_true(d.hint[0] != '\0');
		free(json);
	}
	free(valid);
}

/* Reads json (must fail) and checks the message holds `what`. */
static void assert_refused(const char *json, const char *what)
{
	gw_diag d;
	memset(&d, 0, sizeof d);
	gw_report *out = NULL;
	assert_int_equal(gw_report_from_json(json, strlen(json), "t.json", &out, &d), GW_E_JSON);
	assert_null(out);
	if (!strstr(d.what, what))
		print_message("message: %s\n", d.what);
	assert_non_null(strstr(d.what, what));
	assert_true(d.hint[0] != '\0');
}

static void test_indicator_errors(void **state)
{
	(void)state;
	gw_report *r = from_text();
	size_t len;
	char *valid = gw_report_to_json(r, &len);
	gw_report_free(r);
	static const struct {
		const char *value, *status, *what;
	} cases[] = {
		{"12", "null",
		 "indicators[0].value: a masked indicator has no value: expected null, found an integer"},
		{"null", "\"计划\"", "indicators[0].status: unknown status '计划'"},
		{"null", "3", "indicators[0].status: expected a string or null, found an integer"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char ind[1024];
		snprintf(ind, sizeof ind, INDICATOR_JSON, cases[i].value, cases[i].status);
		char with[1100];
		snprintf(with, sizeof with, "\"indicators\": [%s]", ind);
		char *json = replace(valid, "\"indicators\": []", with);
		assert_refused(json, cases[i].what);
		free(json);
	}
	free(valid);
}

/* A report-1 document may carry keys gwexport does not know (report-1
 * promised additions); a report-2 document may not (see errors[]). */
static void test_report1_ignores_unknown_keys(void **state)
{
	(void)state;
	gw_report *r = from_text();
	size_t len;
	char *valid = gw_report_to_json(r, &len);
	gw_report_free(r);
	char *v1 = replace(valid, "gwexport/report-2", "gwexport/report-1");
	char *json = replace(v1, "\"subtitle\":", "\"x-extra\": {\"a\": 1}, \"subtitle\":");
	gw_report *back = reread(json, strlen(json));
	assert_string_equal(back->subtitle, "——副标题");
	gw_report_free(back);
	free(json);
	free(v1);
	free(valid);
}

/* Copies s into the report's arena (test shorthand). */
static const char *S(gw_report *r, const char *s)
{
	return gw_report_strdup(r, s);
}

static gw_strlist list(gw_report *r, const char *a, const char *b)
{
	gw_strlist l = {.present = true, .n = b ? 2 : 1};
	l.items = gw_arena_array(r->arena, 2, sizeof *l.items);
	l.items[0] = S(r, a);
	if (b)
		l.items[1] = S(r, b);
	return l;
}

/* Every report-2 addition filled in, consistent with the invariants. */
static void add_report2_elements(gw_report *r)
{
	gw_head *h = gw_arena_alloc(r->arena, sizeof *h);
	h->text = S(r, "000001\n机密★1年\n特急\n某某局文件\n某局发〔2024〕1号 签发人：张三 李四");
	h->copy_number = S(r, "000001");
	h->secrecy = S(r, "机密★1年");
	h->urgency = S(r, "特急");
	h->issuers = list(r, "某某局文件", NULL);
	h->doc_number = S(r, "某局发〔2024〕1号");
	h->signers = list(r, "张三", "李四");
	r->head = h;
	r->bylines = list(r, "（2024年1月2日）", NULL);
	gw_imprint *m = gw_arena_alloc(r->arena, sizeof *m);
	m->text = S(r, "抄送：甲局，乙局。\n某某局办公室 2024年1月3日印发");
	m->cc = list(r, "甲局", "乙局");
	m->printed_by = S(r, "某某局办公室");
	m->printed_on = S(r, "2024年1月3日");
	r->imprint = m;
	/* A part above the existing level-1 sections. */
	gw_section *part = gw_arena_array(r->arena, 1, sizeof *part);
	part->level = GW_LEVEL_PART;
	part->marker = S(r, "第一部分");
	part->number = 1;
	part->heading = S(r, "工作回顾");
	part->sections = r->sections;
	part->n_sections = r->n_sections;
	r->sections = part;
	r->n_sections = 1;
	/* An appendix holding a table and a paragraph. */
	size_t n = gw_report_paragraph_count(r);
	gw_appendix *a = gw_arena_array(r->arena, 1, sizeof *a);
	a->marker = S(r, "附件1");
	a->title = S(r, "统计表");
	a->n_body = 2;
	a->body = gw_arena_array(r->arena, 2, sizeof *a->body);
	gw_report_table *t = gw_arena_alloc(r->arena, sizeof *t);
	*t = (gw_report_table){.rows = 3, .cols = 2, .header_rows = 1, .n_cells = 5};
	t->cells = gw_arena_array(r->arena, 5, sizeof *t->cells);
	t->cells[0] = (gw_report_cell){S(r, "指标"), 0, 0, 1, 1};
	t->cells[1] = (gw_report_cell){S(r, "数值"), 0, 1, 1, 1};
	t->cells[2] = (gw_report_cell){S(r, "投资"), 1, 0, 2, 1};
	t->cells[3] = (gw_report_cell){S(r, "4.97亿元"), 1, 1, 1, 1};
	t->cells[4] = (gw_report_cell){S(r, "第一行\n第二行"), 2, 1, 1, 1};
	a->body[0] = (gw_paragraph){.text = S(r, ""), .index = n + 1, .table = t};
	a->body[1] = (gw_paragraph){.text = S(r, "说明。"), .index = n + 2};
	r->appendices = a;
	r->n_appendices = 1;
	gw_indicator *x = gw_arena_array(r->arena, 1, sizeof *x);
	*x = (gw_indicator){.id = 1,
			    .label = S(r, "投资"),
			    .text = S(r, "4.97"),
			    .value = 4.97,
			    .unit = S(r, "亿元"),
			    .kind = GW_KIND_AMOUNT,
			    .base_value = 497000000,
			    .base_unit = S(r, "元"),
			    .clause = S(r, "4.97亿元"),
			    .paragraph = n + 1,
			    .status = GW_STATUS_ACTUAL,
			    .period = S(r, "2023年"),
			    .page = 3};
	r->indicators = x;
	r->n_indicators = 1;
}

static void test_report2_elements_round_trip(void **state)
{
	(void)state;
	gw_report *r = from_text();
	add_report2_elements(r);
	size_t len;
	char *json = gw_report_to_json(r, &len);
	assert_non_null(json);
	gw_report *back = reread(json, len);
	assert_string_equal(back->head->secrecy, "机密★1年");
	assert_int_equal(back->head->signers.n, 2);
	assert_string_equal(back->head->signers.items[1], "李四");
	assert_string_equal(back->bylines.items[0], "（2024年1月2日）");
	assert_int_equal(back->sections[0].level, 0);
	assert_string_equal(back->sections[0].sections[0].marker, "一、");
	assert_string_equal(back->imprint->cc.items[1], "乙局");
	assert_string_equal(back->imprint->printed_on, "2024年1月3日");
	const gw_paragraph *tp = &back->appendices[0].body[0];
	assert_non_null(tp->table);
	assert_int_equal(tp->table->header_rows, 1);
	assert_int_equal(tp->table->cells[2].row_span, 2);
	assert_string_equal(tp->table->cells[4].text, "第一行\n第二行");
	assert_null(back->appendices[0].body[1].table);
	assert_int_equal(back->appendices[0].body[1].index, gw_report_paragraph_count(back));
	assert_int_equal(back->indicators[0].paragraph, tp->index);
	assert_int_equal(back->indicators[0].status, GW_STATUS_ACTUAL);
	assert_string_equal(back->indicators[0].period, "2023年");
	assert_int_equal(back->indicators[0].page, 3);
	/* The text invariant covers every new element, in document order. */
	char *text = gw_report_text(back);
	const char *order[] = {
		"000001",           "测试报告", "（2024年1月2日）", "各位领导",
		"第一部分工作回顾", "一、甲",   "某某局",           "附件1统计表指标数值投资4.97亿元第一行",
		"说明。",           "抄送"};
	const char *at = text;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		const char *k = strstr(at, order[i]);
		if (!k)
			print_message("not in order: %s\n", order[i]);
		assert_non_null(k);
		at = k;
	}
	free(text);
	size_t len2;
	char *json2 = gw_report_to_json(back, &len2);
	assert_string_equal(json, json2);
	free(json2);
	free(json);
	gw_report_free(back);
	gw_report_free(r);
}

/* True when `again` (a rewritten report-1 document) holds everything of
 * `orig` unchanged, and its other keys are optional ones written as null
 * or [] (report-2 additions, and the report-1 extras an old file lacks). */
static bool same_plus_empty(const json_t *orig, const json_t *again)
{
	if (json_is_array(orig)) {
		if (!json_is_array(again) || json_array_size(orig) != json_array_size(again))
			return false;
		for (size_t i = 0; i < json_array_size(orig); i++)
			if (!same_plus_empty(json_array_get(orig, i), json_array_get(again, i)))
				return false;
		return true;
	}
	if (!json_is_object(orig))
		return json_equal(orig, again);
	static const char *const optional[] = {"head",        "bylines",          "appendices", "imprint",
					       "table",       "status",           "period",     "page",
					       "heading_end", "attachments_text", "note"};
	const char *k;
	json_t *m;
	json_object_foreach((json_t *)again, k, m)
	{
		const json_t *o = json_object_get(orig, k);
		if (o) {
			if (!same_plus_empty(o, m))
				return false;
			continue;
		}
		bool known = false;
		for (size_t i = 0; i < sizeof optional / sizeof optional[0]; i++)
			known |= strcmp(k, optional[i]) == 0;
		if (!known || !(json_is_null(m) || (json_is_array(m) && json_array_size(m) == 0))) {
			print_message("unexpected key %s\n", k);
			return false;
		}
	}
	return json_object_size(orig) <= json_object_size(again);
}

/* The goldens are report-1 documents written by earlier versions: each
 * reads, and writing it gives report-2 with the same content. */
static void test_reads_report1_goldens(void **state)
{
	(void)state;
	static const char *const names[] = {"development-reform", "education-2022-gbk", "health-2023-utf16",
					    "street-office",      "transport-2023",     "water-bom-cr"};
	size_t read = 0;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char path[1024];
		snprintf(path, sizeof path, "%s/fuzz/corpus/json/gen-%s.json", gw_tests_dir(), names[i]);
		json_error_t err;
		json_t *orig = json_load_file(path, 0, &err);
		if (!orig)
			print_message("%s: %s\n", path, err.text);
		assert_non_null(orig);
		assert_string_equal(json_string_value(json_object_get(orig, "schema")), "gwexport/report-1");
		char *bytes = json_dumps(orig, 0);
		gw_report *r = reread(bytes, strlen(bytes));
		size_t len;
		char *json = gw_report_to_json(r, &len);
		json_t *again = json_loads(json, 0, &err);
		assert_non_null(again);
		assert_string_equal(json_string_value(json_object_get(again, "schema")), "gwexport/report-2");
		assert_true(json_is_null(json_object_get(again, "head")));
		json_object_set_new(again, "schema", json_string("gwexport/report-1"));
		assert_true(same_plus_empty(orig, again));
		read++;
		json_decref(again);
		json_decref(orig);
		free(json);
		free(bytes);
		gw_report_free(r);
	}
	assert_int_equal(read, 6);
}

/* Reads one text file with indicators; 1 when it passes gw_report_check, 0
 * when the reader refused it (not this test's business). */
static int check_reader_output(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	static const size_t cap = (size_t)8 << 20;
	unsigned char *buf = malloc(cap);
	size_t n = fread(buf, 1, cap, f);
	fclose(f);
	gw_read_opts o = {.name = path, .extract_indicators = 1};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	int checked = 0;
	if (gw_read_text(buf, n, &o, &r, &d) == GW_OK) {
		memset(&d, 0, sizeof d);
		if (gw_report_check(r, &d) != GW_OK)
			print_message("%s: %s\n", path, d.what);
		assert_int_equal(d.status, GW_OK);
		checked = 1;
	}
	gw_report_free(r);
	free(buf);
	return checked;
}

/* The reader's model of every text under tests/ keeps every invariant. */
static void test_reader_output_passes_check(void **state)
{
	(void)state;
	static const char *const dirs[] = {"samples",  "heldout",  "heldout2",   "heldout3",
					   "heldout4", "heldout5", "indicators", "fuzz/corpus/read"};
	size_t checked = 0;
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		char dir[1024];
		snprintf(dir, sizeof dir, "%s/%s", gw_tests_dir(), dirs[i]);
		DIR *dp = opendir(dir);
		if (!dp)
			continue;
		for (struct dirent *e; (e = readdir(dp));) {
			size_t len = strlen(e->d_name);
			if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0)
				continue;
			char path[2048];
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			checked += (size_t)check_reader_output(path);
		}
		closedir(dp);
	}
	assert_true(checked >= 50);
}

static void test_looks_like_json(void **state)
{
	(void)state;
	assert_true(gw_looks_like_json((const unsigned char *)" \n{", 3));
	assert_true(gw_looks_like_json((const unsigned char *)"\xef\xbb\xbf{", 4));
	assert_false(gw_looks_like_json((const unsigned char *)"标题", 6));
	assert_false(gw_looks_like_json((const unsigned char *)"", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_canonical_and_round_trip),
		cmocka_unit_test(test_short_numbers),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_indicator_errors),
		cmocka_unit_test(test_report1_ignores_unknown_keys),
		cmocka_unit_test(test_report2_elements_round_trip),
		cmocka_unit_test(test_reads_report1_goldens),
		cmocka_unit_test(test_reader_output_passes_check),
		cmocka_unit_test(test_looks_like_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
