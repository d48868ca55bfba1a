/* xlsx_file.c — a workbook built into a private temporary file and read
 * back (see xlsx_file.h), and the cell conventions both workbooks share. */
#include "xlsx_file.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "../model/utf8.h"
#include "outfile.h"

#define MAX_XLSX_BYTES (512u << 20)

const char *const gw_xlsx_num_formats[8] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000",
					    "#,##0.0000", "#,##0.00000", "#,##0.000000", "General"};

lxw_format *gw_xlsx_format(lxw_workbook *wb)
{
	lxw_format *f = workbook_add_format(wb);
	if (f) {
		format_set_font_name(f, "宋体");
		format_set_font_size(f, 11);
		/* rows of wrapped text are several lines tall: every cell starts
		 * on the first */
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	}
	return f;
}

void gw_xlsx_style(lxw_format *head, lxw_format *wrap, lxw_format *masked, lxw_format *title)
{
	format_set_bold(head);
	format_set_font_color(head, LXW_COLOR_WHITE);
	format_set_bg_color(head, 0x1F4E78);
	format_set_align(head, LXW_ALIGN_CENTER);
	format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
	format_set_border(head, LXW_BORDER_THIN);
	format_set_text_wrap(head);   /* a long header in a narrow column */
	format_set_text_wrap(wrap);
	format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
	format_set_bg_color(masked, 0xFFEB9C);
	format_set_font_color(masked, 0x9C5700);
	format_set_align(masked, LXW_ALIGN_RIGHT);
	format_set_bold(title);
	format_set_font_size(title, 16);
}

bool gw_xlsx_add_num_formats(lxw_workbook *wb, lxw_format *num[8])
{
	for (int i = 0; i < 8; i++) {
		if (!(num[i] = gw_xlsx_format(wb)))
			return false;
		format_set_num_format(num[i], gw_xlsx_num_formats[i]);
	}
	return true;
}

double gw_xlsx_text_width(const char *s)
{
	size_t n = s ? strlen(s) : 0, i = 0, len;
	double w = 0;
	while (i < n) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		w += gw_is_wide(cp) ? 2 : 1;
		i += len;
	}
	return w;
}

void gw_xlsx_fit(double *widest, const char *s)
{
	double w = s ? gw_xlsx_text_width(s) : 0;
	if (w > *widest)
		*widest = w;
}

/* Height of a line of 11 pt text in a row, in points (Excel's default
 * row for 11 pt is 15). */
#define LINE_POINTS 15.0

void gw_xlsx_fit_lines(unsigned *lines, const char *s, const gw_xlsx_column *col)
{
	/* Excel's width unit is 7 px and a 宋体 11 pt character 15 px, so
	 * less the padding a width w holds (w - 2) / 2 characters a line:
	 * LibreOffice, whose unit is wider, then leaves some room below */
	double room = col->max_width - 2, w = s ? gw_xlsx_text_width(s) : 0;
	unsigned n = col->wrap && w > room ? (unsigned)ceil(w / room) : 1;
	if (n > *lines)
		*lines = n;
}

lxw_error gw_xlsx_row_lines(lxw_worksheet *ws, lxw_row_t row, unsigned lines)
{
	return lines > 1 ? worksheet_set_row(ws, row, LINE_POINTS * lines, NULL) : LXW_NO_ERROR;
}

void gw_xlsx_fit_value(double *widest, const gw_indicator *x)
{
	if (x->masked || !isfinite(x->value)) {
		gw_xlsx_fit(widest, x->text);
		return;
	}
	int decimals = gw_xlsx_decimals(x->text);
	double w = snprintf(NULL, 0, "%.*f", decimals > 6 ? 6 : decimals, x->value) * 1.3;  /* separators */
	if (w > *widest)
		*widest = w;
}

lxw_error gw_xlsx_print_wide(lxw_worksheet *ws, lxw_row_t head_rows)
{
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);   /* A4 */
	worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.5);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_set_footer(ws, "&C第 &P 页，共 &N 页");
	return worksheet_repeat_rows(ws, 0, head_rows - 1);
}

lxw_error gw_xlsx_table(lxw_worksheet *ws, const gw_xlsx_column *cols, size_t n, const double *widest,
			lxw_row_t last_row, lxw_format *head)
{
	lxw_error err = LXW_NO_ERROR;
	unsigned lines = 1;
	for (size_t c = 0; c < n && !err; c++) {
		double w = widest[c] + 2;
		err = worksheet_write_string(ws, 0, (lxw_col_t)c, cols[c].head, head);
		if (!err)
			err = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
						   w < cols[c].max_width ? w : cols[c].max_width, NULL);
		gw_xlsx_fit_lines(&lines, cols[c].head, &cols[c]);
	}
	if (!err)   /* the header bold on a fill: a little more room than a row */
		err = worksheet_set_row(ws, 0, LINE_POINTS * lines + 5, NULL);
	if (err)
		return err;
	worksheet_freeze_panes(ws, 1, 0);
	err = worksheet_autofilter(ws, 0, 0, last_row, (lxw_col_t)(n - 1));
	return err ? err : gw_xlsx_print_wide(ws, 1);
}

int gw_xlsx_decimals(const char *text)
{
	size_t n = strlen(text), i = 0, len;
	int after = -1;
	while (i < n) {
		uint32_t cp = gw_utf8_decode(text + i, n - i, &len);
		if (cp == '.' || cp == 0xFF0E)
			after = 0;
		else if (after >= 0 && gw_fold_digit(cp))
			after++;
		i += len;
	}
	return after < 0 ? 0 : after > 6 ? 7 : after;
}

/* A private temporary file for libxlsxwriter; path gets its name.  Where
 * /proc is there, the name is removed at once and libxlsxwriter reopens
 * the file through /proc/self/fd/N: a run killed mid-write leaves no file
 * holding the report's figures.  *fd stays open until the caller closes it. */
static gw_status temp_path(char *path, size_t size, const char **dir, int *fd, gw_diag *d)
{
	*dir = getenv("TMPDIR");
	if (!*dir || !**dir)
		*dir = "/tmp";
	snprintf(path, size, "%s/gwexport-xlsx-XXXXXX", *dir);
	*fd = mkstemp(path);
	if (*fd < 0) {
		int e = errno;
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE,
			       e == EMFILE || e == ENFILE ? "raise the limit (ulimit -n 64) and run again"
							  : "set TMPDIR to a writable directory",
			       "cannot create a temporary file in '%s' for the workbook: %s", *dir, strerror(e));
	}
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", *fd);
	if (access(proc, F_OK) == 0 && unlink(path) == 0)
		snprintf(path, size, "%s", proc);
	return GW_OK;
}

/* Files libxlsxwriter 1.1.4 holds open at once in workbook_close besides
 * ours: the workbook and the temporary of the part being assembled
 * (measured: fails with 1 free descriptor, works with 2). */
#define LXW_FILES_AT_ONCE 2

/* libxlsxwriter prints its own "[ERROR] workbook_close(): … Too many open
 * files" to stderr when it cannot open a file, which only main.c may do:
 * so the descriptors it needs are tried first (dups of fd, closed again),
 * and their lack is our own error. */
static gw_status check_descriptors(int fd, gw_diag *d)
{
	int probe[LXW_FILES_AT_ONCE], n = 0, err = 0;
	for (; n < LXW_FILES_AT_ONCE && !err; n++)
		if ((probe[n] = fcntl(fd, F_DUPFD_CLOEXEC, 0)) < 0)
			err = errno;
	for (int i = 0; i < n; i++)
		if (probe[i] >= 0)
			close(probe[i]);
	if (!err)
		return GW_OK;
	struct rlimit lim = {0};
	getrlimit(RLIMIT_NOFILE, &lim);
	return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "raise the limit (ulimit -n 64, or close other programs) and run again",
		       "too few files may be open to write the workbook (%s; the limit is %llu)", strerror(err),
		       (unsigned long long)lim.rlim_cur);
}

gw_status gw_xlsx_make(gw_xlsx_build_fn build, void *ctx, gw_bytes *out, gw_diag *d)
{
	char path[4096];
	const char *dir;
	int fd = -1;
	out->data = NULL;
	out->len = 0;
	gw_status st = temp_path(path, sizeof path, &dir, &fd, d);
	if (!st && (st = check_descriptors(fd, d)) != GW_OK) {
		close(fd);
		if (strncmp(path, "/proc/self/fd/", 14) != 0)
			unlink(path);
	}
	if (st)
		return st;
	/* libxlsxwriter prints numbers with %G: keep it in the C locale whatever the caller set */
	locale_t c_loc = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	locale_t old = c_loc ? uselocale(c_loc) : (locale_t)0;
	lxw_workbook_options wo = {.constant_memory = 0, .tmpdir = (char *)dir, .use_zip64 = 0};
	lxw_workbook *wb = workbook_new_opt(path, &wo);
	if (!wb) {
		st = gw_fail(d, GW_E_XLSX, 0, GW_NO_BYTE, "check free memory and TMPDIR",
			     "cannot start the workbook");
	} else {
		lxw_error err = build(wb, ctx, &st, d);
		if (err && !st)
			st = gw_fail(d, GW_E_XLSX, 0, GW_NO_BYTE, "please report this as a bug",
				     "building the workbook failed: %s", lxw_strerror(err));
		lxw_error cl = workbook_close(wb);   /* frees the workbook in every case */
		if (!st && cl)
			st = gw_fail(d, GW_E_XLSX, 0, GW_NO_BYTE, "check free space in TMPDIR",
				     "writing the workbook failed: %s", lxw_strerror(cl));
		if (!st)
			st = gw_file_read(path, MAX_XLSX_BYTES, &out->data, &out->len, d);
	}
	if (strncmp(path, "/proc/self/fd/", 14) != 0)
		unlink(path);
	close(fd);
	if (c_loc) {
		uselocale(old);
		freelocale(c_loc);
	}
	return st;
}

/* ---- where a paragraph stands (章节, 事项) ---------------------------------- */

char *gw_xlsx_section_name(const gw_section *s)
{
	const char *m = s->marker ? s->marker : "", *h = s->heading ? s->heading : "";
	size_t ml = strlen(m), hl = strlen(h);
	char *out = malloc(ml + hl + 4);
	if (!out)
		return NULL;
	memcpy(out, m, ml);
	memcpy(out + ml, h, hl + 1);
	size_t n = ml + hl;
	if (gw_utf8_count(out, n) > GW_XLSX_NAME_CHARS) {
		size_t cut = gw_utf8_offset(out, n, GW_XLSX_NAME_CHARS - 1);
		memcpy(out + cut, "…", sizeof "…");
	}
	return out;
}

/* Paragraph indexes a model may name: its own, or an indicator's beyond
 * them (a model JSON with odd paragraph numbers). */
static size_t max_index(const gw_report *r)
{
	size_t n = gw_report_paragraph_count(r);
	for (size_t i = 0; i < r->n_indicators; i++)
		if (r->indicators[i].paragraph > n)
			n = r->indicators[i].paragraph;
	return n;
}

/* The paragraphs of s and of its sub-sections; l1 and item are the
 * sections around s (a part, level 0, has neither). */
static void place_section(gw_xlsx_places *pl, const gw_section *s, const gw_section *l1, const gw_section *item)
{
	if (s->level == 1) {
		l1 = s;
		item = NULL;
	} else if (s->level >= 2) {
		item = s;
	}
	for (size_t i = 0; i < s->n_body; i++) {
		size_t k = s->body[i].index;
		if (k && k <= pl->max_para) {
			pl->l1[k] = l1;
			pl->item[k] = item;
		}
	}
	for (size_t i = 0; i < s->n_sections; i++)
		place_section(pl, &s->sections[i], l1, item);
}

bool gw_xlsx_places_make(gw_xlsx_places *pl, const gw_report *r)
{
	pl->max_para = max_index(r);
	pl->l1 = calloc(pl->max_para + 1, sizeof *pl->l1);
	pl->item = calloc(pl->max_para + 1, sizeof *pl->item);
	if (!pl->l1 || !pl->item) {
		gw_xlsx_places_free(pl);
		return false;
	}
	for (size_t i = 0; i < r->n_sections; i++)
		place_section(pl, &r->sections[i], NULL, NULL);
	return true;
}

void gw_xlsx_places_free(gw_xlsx_places *pl)
{
	free(pl->l1);
	free(pl->item);
	pl->l1 = pl->item = NULL;
}
