/*
 * xlsx_file.h — what the two workbooks (xlsx.c: one report's; xlsx_combine.c:
 * a batch's, --combine) share: libxlsxwriter 1.1.4 writes only to a file, so
 * a workbook is built into a private temporary file that is read back into
 * memory (convert.c then saves the bytes atomically), with numbers printed in
 * the C locale; and the few cell conventions both follow.
 */
#ifndef GW_XLSX_FILE_H
#define GW_XLSX_FILE_H

#include <xlsxwriter.h>

#include "writers.h"

/* Fills wb (sheets, formats, properties); returns an lxw_error (the
 * workbook's own), or sets *st and returns LXW_ERROR_MEMORY_MALLOC_FAILED
 * for a failure it has reported in d itself. */
typedef lxw_error (*gw_xlsx_build_fn)(lxw_workbook *wb, void *ctx, gw_status *st, gw_diag *d);

/* Builds a workbook with build(ctx) and returns its bytes in *out (caller
 * frees out->data).  Errors name TMPDIR, the descriptor limit or the
 * library's message. */
gw_status gw_xlsx_make(gw_xlsx_build_fn build, void *ctx, gw_bytes *out, gw_diag *d);

/* Display width of s in '0' widths: East-Asian wide characters count 2. */
double gw_xlsx_text_width(const char *s);

/* Digits after the decimal point as written ("4.97" → 2, "１，２００" → 0),
 * 7 for more than 6 (then the number is shown as General). */
int gw_xlsx_decimals(const char *text);

/* The number formats of gw_xlsx_decimals' values: thousands separated,
 * the decimals as written ("#,##0.00"), General past 6. */
extern const char *const gw_xlsx_num_formats[8];

/* A format in the workbooks' one face (宋体 11 pt, top-aligned), or
 * NULL when out of memory. */
lxw_format *gw_xlsx_format(lxw_workbook *wb);

/* The styles both workbooks give their header row, wrapped text, masked
 * figures and sheet titles. */
void gw_xlsx_style(lxw_format *head, lxw_format *wrap, lxw_format *masked, lxw_format *title);

/* num[i]: a format showing i decimals (gw_xlsx_num_formats); false when out
 * of memory. */
bool gw_xlsx_add_num_formats(lxw_workbook *wb, lxw_format *num[8]);

/* One column of a 指标 sheet: its header, the widest it may be made (in
 * '0' widths, gw_xlsx_text_width's unit) and whether its text wraps there.
 * A sheet's widest widths add up to what prints one A4 landscape page wide
 * at a readable size: fitted to the page width, the print shrinks as the
 * sum grows.  LibreOffice 7.4 (Calibri, the workbooks' default font, taken
 * as DejaVu Sans: the widest columns) printed the combined 指标 at 5.1 pt
 * when its columns were 232 wide and at 8.2 pt at 132, the seed report's
 * at 5.9 pt (196) and 9.1 pt (124); xlsx.sh and xlsx-combine.sh measure
 * it. */
typedef struct gw_xlsx_column {
	const char *head;
	double max_width;
	bool wrap;
} gw_xlsx_column;

/* *widest becomes the width of s when that is more. */
void gw_xlsx_fit(double *widest, const char *s);

/* *lines becomes the lines s takes wrapped in col when that is more (a
 * column that does not wrap: 1).  LibreOffice does not make a row taller
 * for its wrapped text (7.4 prints the lines over the next rows), so the
 * rows get their height from this estimate (gw_xlsx_row_lines). */
void gw_xlsx_fit_lines(unsigned *lines, const char *s, const gw_xlsx_column *col);

/* Makes row tall enough for `lines` lines of 11 pt text (nothing for 1). */
lxw_error gw_xlsx_row_lines(lxw_worksheet *ws, lxw_row_t row, unsigned lines);

/* *widest becomes the width x's 数值 is shown in when that is more: the
 * mask as written, or the number with its decimals and separators. */
void gw_xlsx_fit_value(double *widest, const gw_indicator *x);

/* Lays out a table sheet whose cells are written: the header row (row 0)
 * in head, each column as wide as its widest text widest[c] + 2, at most
 * cols[c].max_width; the header frozen, an autofilter over rows
 * 0..last_row, printed as gw_xlsx_print_wide with the header on each
 * page. */
lxw_error gw_xlsx_table(lxw_worksheet *ws, const gw_xlsx_column *cols, size_t n, const double *widest,
			lxw_row_t last_row, lxw_format *head);

/* Prints ws on A4 landscape, one page wide (as many long as it takes),
 * rows 0..head_rows-1 repeated on each page, 第 N 页，共 M 页 at the foot. */
lxw_error gw_xlsx_print_wide(lxw_worksheet *ws, lxw_row_t head_rows);

/* Section names in 章节, 事项 and 概要 are cut to this many characters
 * (a COUNTIF criterion holds at most 255). */
#define GW_XLSX_NAME_CHARS 40

/* 章节 of what stands before the first level-1 section. */
#define GW_XLSX_PREAMBLE "（前言）"

/* marker + heading, cut to GW_XLSX_NAME_CHARS characters with "…"; caller
 * frees; NULL when out of memory. */
char *gw_xlsx_section_name(const gw_section *s);

/* Where each paragraph of a model stands, by paragraph index 1..max_para
 * (the model's paragraphs, or an indicator's number beyond them in a model
 * JSON): its level-1 section for 章节, and for 事项 the deepest heading
 * below that which holds it ((二), or 1. under (二), or 1、 straight under
 * 一、), NULL where there is none. */
typedef struct gw_xlsx_places {
	size_t max_para;
	const gw_section **l1, **item;
} gw_xlsx_places;

/* Fills pl for r; false when out of memory (then pl holds nothing to free). */
bool gw_xlsx_places_make(gw_xlsx_places *pl, const gw_report *r);
void gw_xlsx_places_free(gw_xlsx_places *pl);

#endif
