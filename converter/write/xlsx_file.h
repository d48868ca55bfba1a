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

/* A format in the workbooks' one face (宋体 11 pt, vertically centred), or
 * NULL when out of memory. */
lxw_format *gw_xlsx_format(lxw_workbook *wb);

/* The styles both workbooks give their header row, wrapped text, masked
 * figures and sheet titles. */
void gw_xlsx_style(lxw_format *head, lxw_format *wrap, lxw_format *masked, lxw_format *title);

/* num[i]: a format showing i decimals (gw_xlsx_num_formats); false when out
 * of memory. */
bool gw_xlsx_add_num_formats(lxw_workbook *wb, lxw_format *num[8]);

#endif
