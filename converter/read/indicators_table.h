/*
 * indicators_table.h — a table's figures as sentences (private to
 * converter/read/).  A figure in a table cell says little by itself
 * ("39.3万人次", "增长8.4%", "3200"): its meaning is in the row's and the
 * column's headers.  indicators_table.c reads a table's headers once and
 * then writes each data cell as the sentence an office writer would have
 * written, row header + column header + cell text (+ the unit a header
 * gives in brackets):
 *
 *   指标       | 2023年     | 同比                row 门急诊人次, column 同比:
 *   门急诊人次 | 39.3万人次 | 增长8.4%      →     "门急诊人次同比增长8.4%"
 *
 * indicators.c scans and labels that sentence like any paragraph and keeps
 * only the quantities inside the cell's own bytes, with the cell's text as
 * their clause (the model's text invariant).  A column header that is a
 * time ("2023年") becomes the indicators' period, not part of the label.
 */
#ifndef GW_INDICATORS_TABLE_H
#define GW_INDICATORS_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/report.h"

#define GW_CELL_SENTENCE_MAX 1024  /* bytes; longer cells are read without their headers */

/* One data cell as a sentence. */
typedef struct gw_cell_sentence {
	char text[GW_CELL_SENTENCE_MAX];
	size_t cell_a, cell_b;   /* the cell's own text inside `text` */
	const char *cell;        /* the cell's text in the model */
	char period[48];         /* the column's time ("2023年"), "" when none */
} gw_cell_sentence;

typedef struct gw_table_figures gw_table_figures;

/* Reads t's header rows and row-header (stub) columns.  NULL when out of
 * memory or when the table is too large to read figures from (*too_large
 * then set: more than 2^20 rows or 4,096 columns). */
gw_table_figures *gw_table_figures_new(const gw_report_table *t, bool *too_large);
void gw_table_figures_free(gw_table_figures *f);

/* Cell `cell` (index into t->cells) as a sentence; false when it is a
 * header, a row header or empty, or holds no figure to read. */
bool gw_table_figures_sentence(const gw_table_figures *f, size_t cell, gw_cell_sentence *out);

struct qty;

/* When nothing but a qualifier (约, 超过) stands before q's number in the
 * cell, q is named by its headers alone (the labeller would pick words of
 * the headers apart: 新增就业目标5000人 is no 就业目标); a cell with words of
 * its own (增长8.4%) keeps the labeller's label. */
void gw_table_cell_label(const gw_cell_sentence *s, struct qty *q);

#endif
