/*
 * xlsx_combine.h — the workbook of a whole batch (`gwexport --combine
 * 汇总.xlsx reports/一.docx …`, issue #15 point 4): every report's indicators
 * in one 指标 sheet with the 单位 that reported them, a 对照 sheet setting
 * the same indicator (label, measure unit and 性质) of different units side
 * by side, and a 报告 sheet listing every input, failed ones included.
 */
#ifndef GW_XLSX_COMBINE_H
#define GW_XLSX_COMBINE_H

#include "writers.h"

/* One input of the batch, in the order given on the command line. */
typedef struct gw_combine_entry {
	const char *input;         /* the file as given ("reports/a.docx") */
	const gw_report *r;        /* its model; NULL when it was not converted */
	const char *why;           /* when r is NULL: the first line of its error, or NULL */
} gw_combine_entry;

/* Reports a 对照 sheet may set side by side: Excel's 16,384 columns less
 * the three of the key.  Later reports are in 指标 and 报告 only. */
#define GW_COMBINE_MAX_COLUMNS 16000u

/* The workbook of entries e[0..n) into *out (caller frees out->data);
 * o gives the creation time and the creator. */
gw_status gw_write_xlsx_combined(const gw_combine_entry *e, size_t n, const gw_write_opts *o, gw_bytes *out,
				 gw_diag *d);

#endif
