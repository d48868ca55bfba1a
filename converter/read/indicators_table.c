/*
 * indicators_table.c — a table's data cells → sentences with their row and
 * column headers (see indicators_table.h).
 *
 * In:  a table of the model (report.h gw_report_table).
 * Out: per data cell, "row header + column header + cell text [+ unit]".
 *
 * What is what, decided once per table:
 *   header rows  Word's repeated header rows (w:tblHeader), else the
 *                leading rows (at most 3) with no figure and no bare number;
 *   stub columns the leading columns with no figure (a 序号 column of bare
 *                numbers is one): the innermost stub cell that is not a
 *                bare number names the row;
 *   column head  the outermost and innermost header cells above a column: a
 *                time ("2023年", "1-10月") is the period, anything else is
 *                part of the sentence; a unit in brackets at a header's end
 *                ("投资（万元）") is taken by the bare numbers under it (or
 *                beside it, for a row header).
 * Linear in the number of cells (each cell is scanned once for figures).
 */
#include "indicators_table.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "indicator_text.h"

#define MAX_ROWS ((size_t)1 << 20)
#define MAX_COLS 4096
#define MAX_GUESSED_HEADERS 3
#define HEAD_BYTES 192           /* a header as used in a sentence */
#define NONE SIZE_MAX

/* Characters a column header made only of a time is written with. */
static const char *const time_chars[] = {
	"年", "月", "日", "季", "度", "上", "下", "半", "末", "初", "前", "本", "今", "去",
	"第", "一", "二", "三", "四", "-", "－", "～", "~", "至", "—", "/", NULL};

struct gw_table_figures {
	const gw_report_table *t;
	size_t header_rows, stub_cols;
	uint8_t *kind;           /* per cell: CELL_* */
	bool *row_unit;          /* per row: a text cell of it ends in a bracketed unit */
	size_t *row_head;        /* per row: the cell naming it, or NONE */
	size_t (*col_head)[2];   /* per column: outermost and innermost header cell, or NONE */
};

enum { CELL_EMPTY, CELL_TEXT, CELL_BARE, CELL_FIGURE };

/* The whole of s[0..n) is a number (1200, 3,200, 12.5, ***), spaces around. */
static bool bare_number(const char *s, size_t n)
{
	size_t i = 0, len, digits = 0;
	while (i < n && gw_is_space(cp_at(s, n, i, &len)))
		i += len;
	for (; i < n; i += len) {
		uint32_t cp = cp_at(s, n, i, &len);
		if (is_digit_cp(cp) || gw_is_mask(cp))
			digits++;
		else if (!(digits && (cp == '.' || cp == ',' || cp == 0xFF0E || cp == 0xFF0C)))
			break;
	}
	while (i < n && gw_is_space(cp_at(s, n, i, &len)))
		i += len;
	return digits && i == n;
}

static uint8_t cell_kind(const char *s)
{
	size_t n = strlen(s), i = 0, len;
	while (i < n && gw_is_space(cp_at(s, n, i, &len)))
		i += len;
	if (i == n)
		return CELL_EMPTY;
	if (bare_number(s, n))
		return CELL_BARE;
	size_t q = gw_indicator_trace(s, n, NULL, 0);
	return q && q != (size_t)-1 ? CELL_FIGURE : CELL_TEXT;
}

/* s is a unit as the scanner reads one after a number ("万元", "%", "万人次"). */
static bool is_unit(const char *s, size_t n)
{
	char probe[96];
	if (n == 0 || n + 2 > sizeof probe)
		return false;
	probe[0] = '1';
	memcpy(probe + 1, s, n);
	probe[n + 1] = '\0';
	gw_label_trace tr;
	return gw_indicator_trace(probe, n + 1, &tr, 1) == 1 && strlen(tr.text) == n + 1;
}

/* A header made only of a time: 2023年, 2024年1-10月, 上半年, 本年. */
static bool is_time(const char *s)
{
	size_t n = strlen(s), len, k;
	bool year_or_month = strstr(s, "年") || strstr(s, "月");
	if (!n || !year_or_month || chars(s, n) > 16)
		return false;
	for (size_t i = 0; i < n; i += len) {
		if (is_digit_cp(cp_at(s, n, i, &len)))
			continue;
		for (k = 0; time_chars[k] && (strlen(time_chars[k]) != len || strncmp(s + i, time_chars[k], len)); k++)
			;
		if (!time_chars[k])
			return false;
	}
	return true;
}

/* A header's text for a sentence: line breaks and spaces dropped, a
 * bracketed unit at its end cut off into unit (when unit is not NULL). */
static void clean_head(const char *s, char *out, size_t cap, char *unit, size_t ucap)
{
	size_t o = 0, n = strlen(s), len;
	for (size_t i = 0; i < n; i += len) {
		uint32_t cp = cp_at(s, n, i, &len);
		if (gw_is_space(cp) || cp == '\n' || cp == '\r')
			continue;
		if (o + len >= cap)
			break;
		memcpy(out + o, s + i, len);
		o += len;
	}
	out[o] = '\0';
	if (!unit || !o)
		return;
	size_t close = strlen("）");
	bool full = o >= close && strcmp(out + o - close, "）") == 0, half = out[o - 1] == ')';
	if (!full && !half)
		return;
	size_t end = o - (full ? close : 1);
	char *open = NULL;
	for (char *p = out; (p = strstr(p, full ? "（" : "(")) && p < out + end; p++)
		open = p;
	if (!open)
		return;
	size_t a = (size_t)(open - out) + (full ? strlen("（") : 1);
	if (!is_unit(out + a, end - a) || end - a + 1 > ucap)
		return;
	memcpy(unit, out + a, end - a);
	unit[end - a] = '\0';
	*open = '\0';
}

static bool row_has(const gw_table_figures *f, size_t row, uint8_t kind)
{
	const gw_report_table *t = f->t;
	for (size_t i = 0; i < t->n_cells; i++)
		if (t->cells[i].row == row && f->kind[i] == kind)
			return true;
	return false;
}

/* Word's header rows, else the leading rows without figures. */
static void find_header_rows(gw_table_figures *f)
{
	const gw_report_table *t = f->t;
	f->header_rows = t->header_rows;
	if (f->header_rows)
		return;
	size_t first_row = NONE;  /* cells are row-major: one pass per guessed row is enough */
	for (size_t i = 0; i < t->n_cells && first_row == NONE; i++)
		first_row = t->cells[i].row;
	size_t h = 0;
	while (first_row == 0 && h < MAX_GUESSED_HEADERS && h + 1 < t->rows && row_has(f, h, CELL_TEXT) &&
	       !row_has(f, h, CELL_FIGURE) && !row_has(f, h, CELL_BARE))
		h++;
	f->header_rows = h;
}

static void find_heads(gw_table_figures *f)
{
	const gw_report_table *t = f->t;
	for (size_t r = 0; r < t->rows; r++)
		f->row_head[r] = NONE;
	for (size_t c = 0; c < t->cols; c++)
		f->col_head[c][0] = f->col_head[c][1] = NONE;
	for (size_t i = 0; i < t->n_cells; i++) {
		const gw_report_cell *c = &t->cells[i];
		if (c->row >= f->header_rows || f->kind[i] == CELL_EMPTY)
			continue;
		for (size_t k = c->col; k < c->col + c->col_span && k < t->cols; k++) {
			if (f->col_head[k][0] == NONE)
				f->col_head[k][0] = i;
			f->col_head[k][1] = i;
		}
	}
}

/* The unit a column's header gives its bare numbers, into unit. */
static void column_unit(const gw_table_figures *f, size_t col, char *unit, size_t ucap)
{
	char head[HEAD_BYTES];
	unit[0] = '\0';
	for (int k = 1; k >= 0 && !unit[0]; k--)
		if (f->col_head[col][k] != NONE)
			clean_head(f->t->cells[f->col_head[col][k]].text, head, sizeof head, unit, ucap);
}

/* Rows whose name carries the unit: 新增就业（人）| 5000 | 5230. */
static void find_row_units(gw_table_figures *f)
{
	const gw_report_table *t = f->t;
	char head[HEAD_BYTES], unit[64];
	memset(f->row_unit, 0, t->rows * sizeof *f->row_unit);
	for (size_t i = 0; i < t->n_cells; i++) {
		const gw_report_cell *c = &t->cells[i];
		if (f->kind[i] != CELL_TEXT)
			continue;
		unit[0] = '\0';
		clean_head(c->text, head, sizeof head, unit, sizeof unit);
		for (size_t r = c->row; unit[0] && r < c->row + c->row_span && r < t->rows; r++)
			f->row_unit[r] = true;
	}
}

/* The stub: leading columns where no data cell holds a figure, nor a bare
 * number its header or its row's name gives a unit; the innermost text
 * cell names the row. */
static void find_stub(gw_table_figures *f)
{
	const gw_report_table *t = f->t;
	size_t first_data = t->cols;
	char unit[64];
	find_row_units(f);
	for (size_t i = 0; i < t->n_cells; i++) {
		const gw_report_cell *c = &t->cells[i];
		if (c->row < f->header_rows || c->col >= first_data)
			continue;
		if (f->kind[i] == CELL_FIGURE)
			first_data = c->col;
		else if (f->kind[i] == CELL_BARE &&
			 (f->row_unit[c->row] || (column_unit(f, c->col, unit, sizeof unit), unit[0])))
			first_data = c->col;
	}
	f->stub_cols = first_data == t->cols ? 0 : first_data;
	for (size_t i = 0; i < t->n_cells; i++) {
		const gw_report_cell *c = &t->cells[i];
		if (c->row < f->header_rows || c->col >= f->stub_cols || f->kind[i] != CELL_TEXT)
			continue;
		for (size_t r = c->row; r < c->row + c->row_span && r < t->rows; r++)
			f->row_head[r] = i;
	}
}

gw_table_figures *gw_table_figures_new(const gw_report_table *t, bool *too_large)
{
	*too_large = t->rows > MAX_ROWS || t->cols > MAX_COLS;
	if (*too_large)
		return NULL;
	gw_table_figures *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->t = t;
	f->kind = malloc(t->n_cells ? t->n_cells : 1);
	f->row_head = malloc(t->rows * sizeof *f->row_head);
	f->col_head = malloc(t->cols * sizeof *f->col_head);
	f->row_unit = malloc(t->rows * sizeof *f->row_unit);
	if (!f->kind || !f->row_head || !f->col_head || !f->row_unit) {
		gw_table_figures_free(f);
		return NULL;
	}
	for (size_t i = 0; i < t->n_cells; i++)
		f->kind[i] = cell_kind(t->cells[i].text);
	find_header_rows(f);
	find_heads(f);
	find_stub(f);
	return f;
}

void gw_table_figures_free(gw_table_figures *f)
{
	if (!f)
		return;
	free(f->kind);
	free(f->row_head);
	free(f->col_head);
	free(f->row_unit);
	free(f);
}

/* Appends s to out->text at *o; false when it does not fit. */
static bool put(gw_cell_sentence *out, size_t *o, const char *s)
{
	size_t n = strlen(s);
	if (*o + n >= sizeof out->text)
		return false;
	memcpy(out->text + *o, s, n + 1);
	*o += n;
	return true;
}

/* The headers of cell c into out->text (and period, unit). */
static bool put_heads(const gw_table_figures *f, const gw_report_cell *c, gw_cell_sentence *out, size_t *o,
		      char *unit, size_t ucap)
{
	char head[HEAD_BYTES];
	size_t rh = f->row_head[c->row];
	if (rh != NONE) {
		clean_head(f->t->cells[rh].text, head, sizeof head, unit, ucap);
		if (!put(out, o, head))
			return false;
	}
	const size_t *ch = f->col_head[c->col];
	for (int k = 0; k < 2; k++) {
		if (ch[k] == NONE || (k == 1 && ch[1] == ch[0]))
			continue;
		char u[64] = "";
		clean_head(f->t->cells[ch[k]].text, head, sizeof head, u, sizeof u);
		if (u[0])
			memcpy(unit, u, strlen(u) + 1);  /* the column's unit wins over the row's */
		if (is_time(head))
			memcpy(out->period, head, strlen(head) + 1 < sizeof out->period ? strlen(head) + 1 : 1);
		else if (!put(out, o, head))
			return false;
	}
	return true;
}

bool gw_table_figures_sentence(const gw_table_figures *f, size_t cell, gw_cell_sentence *out)
{
	const gw_report_cell *c = &f->t->cells[cell];
	if (c->row < f->header_rows || c->col < f->stub_cols || c->col >= f->t->cols ||
	    (f->kind[cell] != CELL_FIGURE && f->kind[cell] != CELL_BARE))
		return false;
	memset(out, 0, sizeof *out);
	out->cell = c->text;
	char unit[64] = "";
	size_t o = 0;
	if (!put_heads(f, c, out, &o, unit, sizeof unit)) {
		o = 0;  /* headers too long: the cell alone */
		out->text[0] = '\0';
	}
	out->cell_a = o;
	if (!put(out, &o, c->text))
		return false;
	out->cell_b = o;
	if (f->kind[cell] == CELL_BARE)
		return unit[0] && put(out, &o, unit);
	return true;
}

void gw_table_cell_label(const gw_cell_sentence *s, struct qty *q)
{
	size_t a = s->cell_a, len;
	while (a < q->num_a && gw_is_space(cp_at(s->text, q->num_a, a, &len)))
		a += len;
	a += gw_lex_prefix(GW_LEX_QUAL_BEFORE, s->text + a, q->num_a - a);
	if (a != q->num_a || s->cell_a == 0)
		return;
	q->label[0] = '\0';
	cat(q->label, s->text, s->cell_a);
	q->rule = "table headers";
}
