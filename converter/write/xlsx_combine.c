/*
 * xlsx_combine.c — the workbook of a batch (--combine), for assessors who
 * compare what several units report:
 *
 *   指标   one row per indicator of every converted report, in input order
 *          then document order: 单位 (who reported it) 文件 序号 章节 事项
 *          指标名称 数值 计量单位 类型 增减 限定 性质 时期 原句 段落 页码;
 *          laid out and printed as each report's own 指标 (gw_xlsx_table).
 *   对照   one row per indicator that at least two reports give — same
 *          指标名称, 计量单位 and 性质, so a target is never set beside a
 *          result — with one column per report (its 单位 over its file
 *          name), holding that report's first such figure; rows in order of
 *          first appearance.  Nothing is added up.
 *   报告   every input in the order given: 单位, title, indicator counts per
 *          性质, and 结果 (转换成功 / 失败 with the error), so a failed input
 *          is never silently missing; a stacked chart of each report's
 *          indicators by 性质.
 *
 * 单位 is the issuing body as the report signs it (gw_report_issuer), else
 * its file name.  The workbook is deterministic: it depends only on the
 * models, their order and o->timestamp.
 */
#include "xlsx_combine.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "../model/utf8.h"
#include "xlsx_file.h"

#define MAX_ROWS 1048575u          /* Excel's last row minus the header */

static const char *const SHEET_IND = "指标";
static const char *const SHEET_CMP = "对照";
static const char *const SHEET_REP = "报告";

enum ind_col { I_UNIT, I_FILE, I_ID, I_SECTION, I_ITEM, I_LABEL, I_VALUE, I_MEASURE, I_KIND, I_CHANGE,
	       I_QUAL, I_STATUS, I_PERIOD, I_CLAUSE, I_PARA, I_PAGE, N_IND_COLS };
/* Each report's own 指标 (xlsx.c) with 单位 and 文件 wrapped before it,
 * and 原句 and 指标名称 a little narrower: at most 135.5 wide in all, so it
 * prints one A4 landscape page wide at about 8 pt (gw_xlsx_column). */
static const gw_xlsx_column ind_cols[N_IND_COLS] = {
	{"单位", 8, true},     {"文件", 8, true},     {"序号", 4.5, false}, {"章节", 14, true},
	{"事项", 14, true},    {"指标名称", 12, true}, {"数值", 12, false},  {"计量单位", 6, true},
	{"类型", 4.5, false},  {"增减", 4.5, false},  {"限定", 5, false},   {"性质", 4.5, false},
	{"时期", 8, true},     {"原句", 20, true},    {"段落", 4.5, false}, {"页码", 4.5, false}};

static const gw_ind_status statuses[] = {GW_STATUS_ACTUAL, GW_STATUS_TARGET, GW_STATUS_BASE,
					 GW_STATUS_CUMULATIVE};
#define N_STATUS 4

struct cbook {
	const gw_combine_entry *e;
	size_t n;
	const gw_write_opts *o;
	lxw_workbook *wb;
	lxw_format *head, *text, *wrap, *masked, *title, *num[8];
	char **unit;               /* per entry: 单位 as shown (malloc'd) */
	const char **file;         /* per entry: the file's base name (points into e[i].input) */
	double widest[N_IND_COLS]; /* 指标: each column's widest text */
	unsigned lines;            /* 指标: the lines of the row being written */
	lxw_error err;
	gw_diag *d;
};

/* ---- 单位 ---------------------------------------------------------------- */

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* Each entry's 单位: the issuing body, else the file name without its extension. */
static bool name_units(struct cbook *b)
{
	b->unit = calloc(b->n ? b->n : 1, sizeof *b->unit);
	b->file = calloc(b->n ? b->n : 1, sizeof *b->file);
	if (!b->unit || !b->file)
		return false;
	for (size_t i = 0; i < b->n; i++) {
		b->file[i] = base_name(b->e[i].input);
		size_t len = 0;
		const char *u = b->e[i].r ? gw_report_issuer(b->e[i].r, &len) : NULL;
		if (!u) {
			const char *dot = strrchr(b->file[i], '.');
			u = b->file[i];
			len = dot && dot != u ? (size_t)(dot - u) : strlen(u);
		}
		if (!(b->unit[i] = strndup(u, len)))
			return false;
	}
	return true;
}

/* ---- cells -------------------------------------------------------------- */

static void put_str(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
		    lxw_format *f)
{
	if (!b->err && s && *s)
		b->err = worksheet_write_string(ws, row, col, s, f ? f : b->text);
}

static void put_num(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *f)
{
	if (!b->err)
		b->err = worksheet_write_number(ws, row, col, isfinite(v) ? v : 0, f ? f : b->num[0]);
}

/* The figure as the report gives it: a number with its written decimals,
 * or the mask on a highlighted fill. */
static void put_value(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const gw_indicator *x)
{
	if (x->masked || !isfinite(x->value))
		put_str(b, ws, row, col, x->text, b->masked);
	else
		put_num(b, ws, row, col, x->value, b->num[gw_xlsx_decimals(x->text)]);
}

static lxw_format *add_format(struct cbook *b) { return gw_xlsx_format(b->wb); }

static bool make_formats(struct cbook *b)
{
	if (!(b->head = add_format(b)) || !(b->text = add_format(b)) || !(b->wrap = add_format(b)) ||
	    !(b->masked = add_format(b)) || !(b->title = add_format(b)))
		return false;
	gw_xlsx_style(b->head, b->wrap, b->masked, b->title);
	return gw_xlsx_add_num_formats(b->wb, b->num);
}

static void print_wide(struct cbook *b, lxw_worksheet *ws, lxw_row_t head_rows)
{
	if (!b->err)
		b->err = gw_xlsx_print_wide(ws, head_rows);
}

/* ---- sheet 指标 ---------------------------------------------------------- */

/* A text of 指标 in column col: wrapped where the column wraps, and
 * counted for the column's width. */
static void put_text(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s)
{
	put_str(b, ws, row, col, s, ind_cols[col].wrap ? b->wrap : NULL);
	gw_xlsx_fit(&b->widest[col], s);
	gw_xlsx_fit_lines(&b->lines, s, &ind_cols[col]);
}

/* 章节 and 事项 by name, as in each report's own workbook: the level-1
 * section and the deepest heading under it (a marker alone, "一、", says
 * nothing beside other reports); a model's markers where its paragraph
 * numbers name no place. */
static void put_place(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const gw_section *s,
		      const char *marker)
{
	char *name = s ? gw_xlsx_section_name(s) : NULL;
	if (s && !name && !b->err)
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
	put_text(b, ws, row, col, name ? name : marker);
	free(name);
}

static void indicator_row(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, size_t k, const gw_indicator *x,
			  const gw_xlsx_places *pl)
{
	const char *change = x->change == '+' ? "增" : x->change == '-' ? "减" : NULL;
	bool placed = x->paragraph && x->paragraph <= pl->max_para;
	b->lines = 1;
	put_text(b, ws, row, I_UNIT, b->unit[k]);
	put_text(b, ws, row, I_FILE, b->file[k]);
	put_num(b, ws, row, I_ID, (double)x->id, NULL);
	put_place(b, ws, row, I_SECTION, placed ? pl->l1[x->paragraph] : NULL,
		  x->section ? x->section : GW_XLSX_PREAMBLE);
	put_place(b, ws, row, I_ITEM, placed ? pl->item[x->paragraph] : NULL, x->item);
	put_text(b, ws, row, I_LABEL, x->label);
	put_value(b, ws, row, I_VALUE, x);
	gw_xlsx_fit_value(&b->widest[I_VALUE], x);
	put_text(b, ws, row, I_MEASURE, x->unit);
	put_text(b, ws, row, I_KIND, gw_kind_name(x->kind));
	put_text(b, ws, row, I_CHANGE, change);
	put_text(b, ws, row, I_QUAL, x->qualifier);
	put_text(b, ws, row, I_STATUS, gw_ind_status_name(x->status));
	put_text(b, ws, row, I_PERIOD, x->period);
	put_text(b, ws, row, I_CLAUSE, x->clause);
	put_num(b, ws, row, I_PARA, (double)x->paragraph, NULL);
	if (x->page)
		put_num(b, ws, row, I_PAGE, (double)x->page, NULL);
	if (!b->err)
		b->err = gw_xlsx_row_lines(ws, row, b->lines);
}

static void sheet_indicators(struct cbook *b, lxw_worksheet *ws)
{
	for (lxw_col_t c = 0; c < N_IND_COLS; c++)
		b->widest[c] = gw_xlsx_text_width(ind_cols[c].head);
	lxw_row_t row = 1;
	for (size_t k = 0; k < b->n && !b->err; k++) {
		gw_xlsx_places pl = {0};
		if (b->e[k].r && !gw_xlsx_places_make(&pl, b->e[k].r)) {
			b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
			break;
		}
		for (size_t i = 0; b->e[k].r && i < b->e[k].r->n_indicators && !b->err; i++) {
			if (row > MAX_ROWS) {
				gw_warn(b->d, 0, "the combined workbook lists the first %u indicators (Excel's row limit)",
					MAX_ROWS);
				k = b->n;
				break;
			}
			indicator_row(b, ws, row++, k, &b->e[k].r->indicators[i], &pl);
		}
		gw_xlsx_places_free(&pl);
	}
	if (!b->err)
		b->err = gw_xlsx_table(ws, ind_cols, N_IND_COLS, b->widest, row - 1, b->head);
}

/* ---- sheet 对照 ---------------------------------------------------------- */

/* One indicator as a candidate for 对照. */
struct occ {
	const gw_indicator *x;
	size_t report;             /* entry index */
	size_t seq;                /* place in 指标 (input order, then document order) */
};

static int cmp_str(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* By key: label, measure unit, status. */
static int key_cmp(const struct occ *a, const struct occ *b)
{
	int c = cmp_str(a->x->label, b->x->label);
	if (!c)
		c = cmp_str(a->x->unit, b->x->unit);
	return c ? c : (int)a->x->status - (int)b->x->status;
}

/* By key, then by place. */
static int by_key(const void *pa, const void *pb)
{
	const struct occ *a = pa, *b = pb;
	int c = key_cmp(a, b);
	return c ? c : a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* A key at least two reports give: occurrences [first, end) of the sorted
 * array, the first of them its first appearance. */
struct key {
	size_t first, end;
	size_t seq;                /* place of its first appearance */
};

static int by_seq(const void *pa, const void *pb)
{
	const struct key *a = pa, *b = pb;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The keys at least two reports give, in order of first appearance;
 * *occ holds the sorted occurrences they index (caller frees both).
 * NULL when out of memory. */
static struct key *shared_keys(const struct cbook *b, struct occ **occ, size_t *n_keys)
{
	size_t n = 0;
	for (size_t k = 0; k < b->n; k++)
		n += b->e[k].r ? b->e[k].r->n_indicators : 0;
	*occ = calloc(n ? n : 1, sizeof **occ);
	struct key *keys = calloc(n ? n : 1, sizeof *keys);
	*n_keys = 0;
	if (!*occ || !keys) {
		free(keys);
		return NULL;
	}
	size_t m = 0;
	for (size_t k = 0, seq = 0; k < b->n; k++)
		for (size_t i = 0; b->e[k].r && i < b->e[k].r->n_indicators; i++, seq++)
			if (b->e[k].r->indicators[i].label)
				(*occ)[m++] = (struct occ){&b->e[k].r->indicators[i], k, seq};
	qsort(*occ, m, sizeof **occ, by_key);
	for (size_t s = 0, e; s < m; s = e) {
		size_t reports = 1;
		for (e = s + 1; e < m && key_cmp(&(*occ)[s], &(*occ)[e]) == 0; e++)
			reports += (*occ)[e].report != (*occ)[e - 1].report;
		if (reports >= 2)
			keys[(*n_keys)++] = (struct key){s, e, (*occ)[s].seq};
	}
	qsort(keys, *n_keys, sizeof *keys, by_seq);
	return keys;
}

/* Row 0: 单位 of each converted report (one column each, input order),
 * row 1: its file name.  col_of[k] is entry k's column, 0 for none. */
static void compare_head(struct cbook *b, lxw_worksheet *ws, lxw_col_t *col_of)
{
	static const char *const key_head[] = {"指标名称", "计量单位", "性质"};
	for (lxw_col_t c = 0; c < 3; c++) {
		put_str(b, ws, 0, c, key_head[c], b->head);
		put_str(b, ws, 1, c, c == 0 ? "（文件）" : "", b->head);
	}
	lxw_col_t c = 3;
	for (size_t k = 0; k < b->n; k++) {
		col_of[k] = 0;
		if (!b->e[k].r || (unsigned)c - 3 >= GW_COMBINE_MAX_COLUMNS)
			continue;
		put_str(b, ws, 0, c, b->unit[k], b->head);
		put_str(b, ws, 1, c, b->file[k], b->head);
		col_of[k] = c++;
	}
	put_str(b, ws, 0, c, "单位数", b->head);
	put_str(b, ws, 1, c, "", b->head);
	if (!b->err)
		b->err = worksheet_set_column(ws, 0, 0, 28, NULL);
	if (!b->err)
		b->err = worksheet_set_column(ws, 1, 2, 9, NULL);
	if (!b->err && c > 3)
		b->err = worksheet_set_column(ws, 3, c - 1, 14, NULL);
	if (!b->err)
		b->err = worksheet_set_column(ws, c, c, 7, NULL);
	for (lxw_row_t r = 0; r < 2 && !b->err; r++)   /* room for a long name wrapped on two lines */
		b->err = worksheet_set_row(ws, r, 30, NULL);
}

static void compare_row(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, const struct occ *o,
			const struct key *k, const lxw_col_t *col_of, lxw_col_t last_col)
{
	const gw_indicator *x = o[k->first].x;
	put_str(b, ws, row, 0, x->label, NULL);
	put_str(b, ws, row, 1, x->unit, NULL);
	put_str(b, ws, row, 2, gw_ind_status_name(x->status), NULL);
	size_t reports = 0;
	for (size_t i = k->first; i < k->end && !b->err; i++) {
		if (i > k->first && o[i].report == o[i - 1].report)
			continue;   /* a report's first figure of this key only */
		reports++;
		if (col_of[o[i].report])
			put_value(b, ws, row, col_of[o[i].report], o[i].x);
	}
	put_num(b, ws, row, last_col, (double)reports, NULL);
}

static void sheet_compare(struct cbook *b, lxw_worksheet *ws)
{
	struct occ *occ = NULL;
	size_t n_keys = 0;
	struct key *keys = shared_keys(b, &occ, &n_keys);
	lxw_col_t *col_of = calloc(b->n ? b->n : 1, sizeof *col_of);
	if (!keys || !col_of) {
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
	} else {
		compare_head(b, ws, col_of);
		lxw_col_t last = 3;
		for (size_t k = 0; k < b->n; k++)
			last = col_of[k] >= last ? col_of[k] + 1 : last;
		lxw_row_t row = 2;
		for (size_t i = 0; i < n_keys && row <= MAX_ROWS && !b->err; i++)
			compare_row(b, ws, row++, occ, &keys[i], col_of, last);
		if (n_keys == 0)
			put_str(b, ws, 2, 0, "没有两份以上报告共有的指标（指标名称、计量单位和性质都相同）", NULL);
		worksheet_freeze_panes(ws, 2, 3);
		print_wide(b, ws, 2);
	}
	free(keys);
	free(occ);
	free(col_of);
}

/* ---- sheet 报告 ---------------------------------------------------------- */

enum rep_col { R_NO, R_FILE, R_UNIT, R_TITLE, R_COUNT, R_STATUS0, R_MASKED = R_STATUS0 + N_STATUS, R_RESULT,
	       R_WHY, N_REP_COLS };
static const char *const rep_head[N_REP_COLS] = {"序号", "文件", "单位", "标题", "指标数", "实绩", "目标",
						 "基期", "累计", "脱敏", "结果", "说明"};
static const double rep_width[N_REP_COLS] = {5, 18, 22, 36, 7, 6, 6, 6, 6, 6, 9, 40};

static void report_row(struct cbook *b, lxw_worksheet *ws, lxw_row_t row, size_t k)
{
	const gw_report *r = b->e[k].r;
	put_num(b, ws, row, R_NO, (double)(k + 1), NULL);
	put_str(b, ws, row, R_FILE, b->file[k], NULL);
	put_str(b, ws, row, R_UNIT, b->unit[k], NULL);
	if (!r) {
		put_str(b, ws, row, R_RESULT, "失败", b->masked);
		put_str(b, ws, row, R_WHY, b->e[k].why ? b->e[k].why : "未能转换", b->wrap);
		return;
	}
	size_t per[N_STATUS] = {0}, masked = 0;
	for (size_t i = 0; i < r->n_indicators; i++) {
		masked += r->indicators[i].masked;
		for (int s = 0; s < N_STATUS; s++)
			per[s] += r->indicators[i].status == statuses[s];
	}
	put_str(b, ws, row, R_TITLE, r->title, NULL);
	put_num(b, ws, row, R_COUNT, (double)r->n_indicators, NULL);
	for (int s = 0; s < N_STATUS; s++)
		put_num(b, ws, row, (lxw_col_t)(R_STATUS0 + s), (double)per[s], NULL);
	put_num(b, ws, row, R_MASKED, (double)masked, NULL);
	put_str(b, ws, row, R_RESULT, "转换成功", NULL);
}

static void report_chart(struct cbook *b, lxw_worksheet *ws, lxw_row_t last, lxw_row_t at)
{
	lxw_chart *ch = b->err ? NULL : workbook_add_chart(b->wb, LXW_CHART_BAR_STACKED);
	if (!ch) {
		b->err = b->err ? b->err : LXW_ERROR_MEMORY_MALLOC_FAILED;
		return;
	}
	chart_title_set_name(ch, "各单位报告的指标（按性质）");
	for (int s = 0; s < N_STATUS; s++) {
		lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
		if (!ser) {
			b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
			return;
		}
		chart_series_set_categories(ser, SHEET_REP, 2, R_UNIT, last, R_UNIT);
		chart_series_set_values(ser, SHEET_REP, 2, (lxw_col_t)(R_STATUS0 + s), last, (lxw_col_t)(R_STATUS0 + s));
		chart_series_set_name_range(ser, SHEET_REP, 1, (lxw_col_t)(R_STATUS0 + s));
	}
	chart_axis_set_reverse(ch->y_axis);   /* bars top to bottom in input order */
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	chart_axis_set_name(ch->x_axis, "指标数");
	double tall = 1 + (double)(last - 1) / 12;
	lxw_chart_options opt = {.x_scale = 1.5, .y_scale = tall < 4 ? tall : 4,
				 .description = "各单位实绩、目标、基期、累计指标数"};
	b->err = worksheet_insert_chart_opt(ws, at, R_FILE, ch, &opt);
}

static void sheet_reports(struct cbook *b, lxw_worksheet *ws)
{
	size_t ok = 0;
	for (size_t k = 0; k < b->n; k++)
		ok += b->e[k].r != NULL;
	char title[128];
	snprintf(title, sizeof title, "指标汇总：%zu份报告，%zu份转换成功，%zu份失败", b->n, ok, b->n - ok);
	put_str(b, ws, 0, 0, title, b->title);
	for (lxw_col_t c = 0; c < N_REP_COLS; c++) {
		put_str(b, ws, 1, c, rep_head[c], b->head);
		if (!b->err)
			b->err = worksheet_set_column(ws, c, c, rep_width[c], NULL);
	}
	lxw_row_t row = 2;
	for (size_t k = 0; k < b->n && row <= MAX_ROWS && !b->err; k++)
		report_row(b, ws, row++, k);
	if (b->n)
		report_chart(b, ws, row - 1, row + 1);
	worksheet_freeze_panes(ws, 2, 0);
	print_wide(b, ws, 2);
}

/* ---- workbook ----------------------------------------------------------- */

static lxw_error build_combined(lxw_workbook *wb, void *ctx, gw_status *st, gw_diag *d)
{
	struct cbook *b = ctx;
	b->wb = wb;
	b->d = d;
	lxw_worksheet *ind = workbook_add_worksheet(wb, SHEET_IND);
	lxw_worksheet *cmp = workbook_add_worksheet(wb, SHEET_CMP);
	lxw_worksheet *rep = workbook_add_worksheet(wb, SHEET_REP);
	if (!ind || !cmp || !rep || !make_formats(b) || !name_units(b)) {
		*st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the combined workbook");
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	}
	char keywords[96];
	snprintf(keywords, sizeof keywords, "工作报告,指标,考核,汇总,%zu份报告", b->n);
	lxw_doc_properties props = {
		.title = "指标汇总", .subject = "多份工作报告的指标汇总与对照（供考核组核对）",
		.author = "gwexport", .category = "工作报告", .keywords = keywords,
		.comments = (char *)(b->o->version ? b->o->version : "gwexport"),
		.created = b->o->timestamp > 0 ? b->o->timestamp : 315532800,   /* 0 would mean "now" */
	};
	b->err = workbook_set_properties(wb, &props);
	sheet_indicators(b, ind);
	sheet_compare(b, cmp);
	sheet_reports(b, rep);
	if (!b->err)
		worksheet_activate(cmp);
	return b->err;
}

gw_status gw_write_xlsx_combined(const gw_combine_entry *e, size_t n, const gw_write_opts *o, gw_bytes *out,
				 gw_diag *d)
{
	struct cbook b = {.e = e, .n = n, .o = o};
	gw_status st = gw_xlsx_make(build_combined, &b, out, d);
	for (size_t i = 0; b.unit && i < n; i++)
		free(b.unit[i]);
	free(b.unit);
	free(b.file);
	return st;
}
