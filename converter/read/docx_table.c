/*
 * docx_table.c — a w:tbl → gw_table (blocks.h): cells placed on the grid
 * as Word draws them.  w:gridBefore skips columns at a row's start,
 * w:gridSpan widens a cell, and a w:vMerge="restart" cell grows down over
 * the w:vMerge (continue) cells below it, which leave no cell of their own
 * (their text, if any, is added to it).  Leading rows marked w:tblHeader
 * are the header.  Nested tables are not built: docx.c adds their text to
 * the outer cell.
 */
#include "docx_parts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../model/arena.h"

typedef enum vmerge { VM_NONE, VM_RESTART, VM_CONTINUE } vmerge;

struct docx_table {
	gw_cell *cells; /* heap until finish */
	size_t n, cap;
	size_t rows; /* rows opened; the open one is rows - 1 */
	size_t col;  /* next free column of the open row */
	size_t n_cols, grid_cols;
	size_t header_rows;
	size_t *open; /* per column: the cell a vertical merge may extend, SIZE_MAX */
	size_t open_cap;
	bool in_cell;
	long span;
	vmerge merge;
	gw_buf text;
};

docx_table *docx_table_new(void)
{
	docx_table *t = calloc(1, sizeof *t);
	if (t)
		gw_buf_init(&t->text, GW_MAX_INPUT_BYTES);
	return t;
}

void docx_table_free(docx_table *t)
{
	if (!t)
		return;
	free(t->cells);
	free(t->open);
	gw_buf_free(&t->text);
	free(t);
}

size_t docx_table_cells(const docx_table *t)
{
	return t->n;
}

int docx_table_row(docx_table *t)
{
	t->rows++;
	t->col = 0;
	return 0;
}

void docx_table_row_header(docx_table *t)
{
	/* Only a run of header rows from the top repeats on each page. */
	if (t->rows > 0 && t->header_rows == t->rows - 1)
		t->header_rows = t->rows;
}

void docx_table_grid_before(docx_table *t, long n)
{
	if (n > 0 && n <= (long)DOCX_MAX_COLS && t->col == 0)
		t->col = (size_t)n;
}

void docx_table_grid_col(docx_table *t)
{
	if (t->grid_cols < DOCX_MAX_COLS)
		t->grid_cols++;
}

int docx_table_cell(docx_table *t)
{
	if (t->rows == 0)
		docx_table_row(t);
	t->in_cell = true;
	t->span = 1;
	t->merge = VM_NONE;
	t->text.len = 0;
	if (t->text.p)
		t->text.p[0] = '\0';
	return 0;
}

void docx_table_span(docx_table *t, long n)
{
	t->span = n < 1 ? 1 : n;
}

void docx_table_vmerge(docx_table *t, bool restart)
{
	t->merge = restart ? VM_RESTART : VM_CONTINUE;
}

int docx_table_text(docx_table *t, const char *s, size_t n)
{
	if (!t->in_cell || n == 0)
		return 0;
	if (t->text.len)
		gw_buf_add(&t->text, "\n", 1);
	return gw_buf_add(&t->text, s, n) == GW_OK ? 0 : -1;
}

static int open_columns(docx_table *t, size_t need)
{
	size_t old = t->open_cap;
	if (GW_ARRAY_GROW(t->open, t->open_cap, need, DOCX_MAX_COLS) != GW_OK)
		return -1;
	for (size_t i = old; i < t->open_cap; i++)
		t->open[i] = SIZE_MAX;
	return 0;
}

/* The text of a covered (continue) cell goes to the cell covering it. */
static int extend(docx_table *t, size_t at, gw_arena *a)
{
	gw_cell *c = &t->cells[at];
	c->rows = t->rows - c->row;
	if (t->text.len == 0)
		return 0;
	size_t old = strlen(c->text);
	char *s = gw_arena_alloc(a, old + 1 + t->text.len + 1);
	if (!s)
		return -1;
	memcpy(s, c->text, old);
	size_t k = old;
	if (old)
		s[k++] = '\n';
	memcpy(s + k, t->text.p, t->text.len + 1);
	c->text = s;
	return 0;
}

static int place(docx_table *t, size_t span, gw_arena *a)
{
	/* one past the limit, so docx_body's over_items names it */
	if (GW_ARRAY_GROW(t->cells, t->cap, t->n + 1, (size_t)DOCX_MAX_ITEMS + 1) != GW_OK)
		return -1;
	const char *text = gw_arena_strndup(a, t->text.p ? t->text.p : "", t->text.len);
	if (!text)
		return -1;
	t->cells[t->n] = (gw_cell){.text = text, .row = t->rows - 1, .col = t->col, .rows = 1, .cols = span};
	for (size_t k = t->col; k < t->col + span; k++)
		t->open[k] = t->merge == VM_RESTART ? t->n : SIZE_MAX;
	t->n++;
	return 0;
}

int docx_table_cell_end(docx_table *t, gw_arena *a)
{
	if (!t->in_cell)
		return 0;
	t->in_cell = false;
	size_t span = (size_t)t->span;
	if (span > DOCX_MAX_COLS || t->col + span > DOCX_MAX_COLS)
		return -2;
	if (open_columns(t, t->col + span))
		return -1;
	size_t at = t->open[t->col];
	int rc = t->merge == VM_CONTINUE && at != SIZE_MAX && t->cells[at].col == t->col ? extend(t, at, a)
											 : place(t, span, a);
	t->col += span;
	if (t->col > t->n_cols)
		t->n_cols = t->col;
	return rc;
}

gw_table *docx_table_finish(docx_table *t, gw_arena *a)
{
	gw_table *g = gw_arena_alloc(a, sizeof *g);
	if (!g)
		return NULL;
	g->n_rows = t->rows;
	g->n_cols = t->n_cols > t->grid_cols ? t->n_cols : t->grid_cols;
	g->header_rows = t->header_rows;
	g->n_cells = t->n;
	if (t->n) {
		g->cells = gw_arena_array(a, t->n, sizeof *g->cells);
		if (!g->cells)
			return NULL;
		memcpy(g->cells, t->cells, t->n * sizeof *g->cells);
	}
	return g;
}
