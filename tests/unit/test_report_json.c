/* test_report_json.c — report_json.c: canonical output, exact number round
 * trips, text → json → model → json identity, and schema errors with their
 * JSON path (or line for syntax errors). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/report_json.h"
#include "read/read.h"

static const char TEXT[] =
	"测试报告\n——副标题\n各位领导：\n前言。\n一、甲\n一是快。二是好。\n（一）乙。丙。\n"
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

/* Adds indicators with awkward numbers to a report (arena-owned). */
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
		x->paragraph = 1;
	}
	gw_indicator *m = &r->indicators[n];
	m->id = n + 1;
	m->text = "***";
	m->masked = true;
	m->value = 12;          /* ignored: masked values are null */
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
	static const double values[] = {4.97, 497000000, 0.1, 1.0 / 3, 2.6e4, 1e-7, 123456.789, 1e21,
					-3.5, 0.3000000000000000444};
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
	const char *keys[] = {"\"schema\"", "\"source\"", "\"title\"", "\"subtitle\"", "\"salutation\"",
			      "\"preamble\"", "\"sections\"", "\"closing\"", "\"attachments\"",
			      "\"attachments_text\"", "\"signature\"", "\"note\"", "\"indicators\""};
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
	const char *edit_from;  /* replace this part of the valid JSON … */
	const char *edit_to;    /* … with this (NULL: use `json` as is) */
	const char *json;
	size_t line;            /* expected diag line (syntax errors), 0 otherwise */
	const char *what;       /* substring of the message */
} error_case;

static const error_case errors[] = {
	{"truncated", NULL, NULL, "{\n  \"schema\": ", 2, "not valid JSON"},
	{"not json", NULL, NULL, "{ nope }", 1, "not valid JSON"},
	{"duplicate key", NULL, NULL, "{\"a\": 1, \"a\": 2}", 1, "duplicate"},
	{"top is array", NULL, NULL, "[]", 0, "expected an object"},
	{"no schema", NULL, NULL, "{\"title\": null}", 0, "this gwexport reads gwexport/report-1"},
	{"other schema", "gwexport/report-1", "gwexport/report-9", NULL, 0,
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
};

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
		cmocka_unit_test(test_looks_like_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
