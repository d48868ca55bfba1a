/*
 * test_indicators_table.c — a table's figures as indicators
 * (converter/read/indicators_table.c through gw_indicators_extract).
 *
 * Table-driven: a table written as rows of cells separated by '|' (a cell
 * "^" continues the cell above: a vertical merge), and the indicators
 * expected from it in order (text, unit, label, change, period).  Every
 * model made is also run through gw_report_check, so a clause that is not
 * the text of a cell fails here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "model/arena.h"
#include "model/report.h"
#include "read/read.h"

struct expect {
	const char *text, *unit, *label;
	char change;
	const char *period;  /* NULL: none */
};

struct table_case {
	const char *name;
	const char *rows[8];
	size_t header_rows;  /* as Word marks them; 0: guessed */
	struct expect want[16];
};

static const struct table_case cases[] = {
	{"year columns, a 同比 column, row names",
	 {"指标|2023年|2024年|同比", "门急诊人次|39.3万人次|42.6万人次|增长8.4%", "平均住院日|7.8天|7.2天|下降0.6天"},
	 0,
	 {{"39.3", "万人次", "门急诊人次", 0, "2023年"},
	  {"42.6", "万人次", "门急诊人次", 0, "2024年"},
	  {"8.4", "%", "门急诊人次同比增长", '+', NULL},
	  {"7.8", "天", "平均住院日", 0, "2023年"},
	  {"7.2", "天", "平均住院日", 0, "2024年"},
	  {"0.6", "天", "平均住院日同比下降", '-', NULL}}},
	{"a unit in the column header, a 序号 column, bare numbers",
	 {"序号|项目|投资（万元）", "1|病险水库加固|3200", "2|灌区改造|1,800"},
	 1,
	 {{"3200", "万元", "病险水库加固投资", 0, NULL}, {"1,800", "万元", "灌区改造投资", 0, NULL}}},
	{"a unit in the row header; a merged row name",
	 {"项目|目标|完成", "新增就业（人）|5000|5230", "^|||"},
	 1,
	 {{"5000", "人", "新增就业目标", 0, NULL}, {"5230", "人", "新增就业完成", 0, NULL}}},
	{"no header row: the first row holds figures",
	 {"新建公路|35公里", "改造桥梁|12座"},
	 0,
	 {{"35", "公里", "新建公路", 0, NULL}, {"12", "座", "改造桥梁", 0, NULL}}},
	{"a row named by its time keeps it: the column's time is the period",
	 {"指标|2023年|2024年", "全年接待游客（万人次）|30|35"},
	 0,
	 {{"30", "万人次", "全年接待游客", 0, "2023年"}, {"35", "万人次", "全年接待游客", 0, "2024年"}}},
	{"bare numbers without any unit are no indicators", {"项目|数量", "甲|12", "乙|7"}, 0, {{NULL}}},
};

/* Builds the table of c into r's arena as the preamble's only paragraph. */
static void build(gw_report *r, const struct table_case *c)
{
	gw_report_table *t = gw_arena_alloc(r->arena, sizeof *t);
	gw_report_cell *cells = gw_arena_array(r->arena, 64, sizeof *cells);
	assert_non_null(t);
	assert_non_null(cells);
	memset(t, 0, sizeof *t);
	for (size_t row = 0; c->rows[row]; row++, t->rows++) {
		char line[256];
		snprintf(line, sizeof line, "%s", c->rows[row]);
		size_t col = 0;
		for (char *p = line, *bar; p; p = bar ? bar + 1 : NULL, col++) {
			bar = strchr(p, '|');
			if (bar)
				*bar = '\0';
			if (strcmp(p, "^") == 0) {  /* the cell above spans this row */
				for (size_t i = t->n_cells; i-- > 0;)
					if (cells[i].col == col) {
						cells[i].row_span++;
						break;
					}
			} else if (*p) {
				cells[t->n_cells++] = (gw_report_cell){gw_report_strdup(r, p), row, col, 1, 1};
			}
		}
		t->cols = col > t->cols ? col : t->cols;
	}
	t->header_rows = c->header_rows;
	t->cells = cells;
	gw_paragraph *p = gw_arena_alloc(r->arena, sizeof *p);
	assert_non_null(p);
	*p = (gw_paragraph){.text = "", .index = 1, .line = 1, .table = t};
	r->title = "表";
	r->source.name = "table.docx";
	r->source.encoding = "DOCX";
	memset(r->source.sha256, 'a', 64);
	r->preamble = p;
	r->n_preamble = 1;
}

static void test_cases(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		const struct table_case *c = &cases[k];
		gw_report *r = gw_report_new();
		assert_non_null(r);
		build(r, c);
		gw_diag d = {0};
		assert_int_equal(gw_indicators_extract(r, &d), GW_OK);
		size_t n = 0;
		while (c->want[n].text)
			n++;
		if (r->n_indicators != n)
			fail_msg("%s: %zu indicators, expected %zu", c->name, r->n_indicators, n);
		for (size_t i = 0; i < n; i++) {
			const gw_indicator *in = &r->indicators[i];
			const struct expect *w = &c->want[i];
			if (strcmp(in->text, w->text) || strcmp(in->unit, w->unit) || strcmp(in->label, w->label) ||
			    in->change != w->change || (w->period ? !in->period || strcmp(in->period, w->period)
								   : in->period != NULL))
				fail_msg("%s #%zu: got %s %s '%s' %c %s, expected %s %s '%s' %c %s", c->name, i, in->text,
					 in->unit, in->label, in->change ? in->change : '0',
					 in->period ? in->period : "-", w->text, w->unit, w->label,
					 w->change ? w->change : '0', w->period ? w->period : "-");
		}
		if (gw_report_check(r, &d) != GW_OK)
			fail_msg("%s: the model breaks an invariant: %s", c->name, d.what);
		gw_report_free(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
