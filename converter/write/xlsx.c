/*
 * xlsx.c — the workbook for assessors (考核组), who check each report's
 * numbers against targets.  The only file that includes xlsxwriter.h.
 *
 *   指标   one row per indicator: 序号 章节 事项 指标名称 数值 单位 类型 增减 限定
 *          性质 时期 状态 原句 段落 页码.  章节 is the level-1 section, 事项 the
 *          deepest heading under it that holds the figure (gw_xlsx_places).  数值 is a real number (decimals as written,
 *          thousands separated) or, when masked, the mask on a highlighted
 *          fill; 性质 is the model's status (实绩/目标/基期/累计), 时期 its
 *          period as written; 页码 the PDF page its number is printed on
 *          (empty when no layout could be made); 状态 (正常/脱敏) is a formula on 数值, so typing
 *          the real figure over a mask updates everything.  Header styled,
 *          frozen and repeated on each printed page, autofilter, widths fitted
 *          to CJK text, the long texts wrapped in narrow columns on rows as
 *          tall as they need (gw_xlsx_table); printed landscape, one page
 *          wide, at about 9 pt.
 *   概要   title, source, counts, and per level-1 section the number of
 *          indicators of each 性质 and masked ones, and per 类型 — all
 *          COUNTIF/COUNTIFS formulas over 指标 (plain A1 ranges, the most
 *          portable form) with cached results, so they follow an assessor's
 *          corrections.  No amounts are added up (a note under the title
 *          says so and why): a report's amounts are
 *          rarely parts of one whole (the GDP and its own components, a
 *          project's investment and its funding sources, this year's results
 *          and next year's targets), so a total would mislead.  Then 目标
 *          beside 实绩 for each label and unit that has both, and a stacked
 *          column chart of each section's indicators by 性质.  Fits one page.
 *   结构   the outline: 层级 编号 标题 段落数 字数 指标数 (rows grouped by level).
 *
 * libxlsxwriter 1.1.4 can only write a file (in-memory output came in 1.1.5)
 * and truncates its target first, so the workbook goes to a private mkstemp
 * file in $TMPDIR that is read back and unlinked; convert.c then saves the
 * bytes atomically.  Output is deterministic: the creation time is
 * o->timestamp and libxlsxwriter dates zip entries 1980-01-01.
 */
#include "writers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "../model/buf.h"
#include "../model/utf8.h"
#include "xlsx_file.h"

#define MAX_ROWS 1048575u          /* Excel's last row minus the header */
#define N_COLS 15
#define MAX_FORMULA_BYTES 8192u    /* Excel's limit is 8,192 characters */

enum col { C_ID, C_SECTION, C_ITEM, C_LABEL, C_VALUE, C_UNIT, C_KIND, C_CHANGE, C_QUAL, C_STATUS,
	   C_PERIOD, C_STATE, C_CLAUSE, C_PARA, C_PAGE };

/* The long texts wrap in narrow columns: at most 128.5 wide in all, so the
 * sheet prints one A4 landscape page wide at about 9 pt (gw_xlsx_column). */
static const gw_xlsx_column columns[N_COLS] = {
	{"序号", 4.5, false}, {"章节", 14, true},   {"事项", 14, true},   {"指标名称", 14, true},
	{"数值", 12, false},  {"单位", 6, true},    {"类型", 4.5, false}, {"增减", 4.5, false},
	{"限定", 5, false},   {"性质", 4.5, false}, {"时期", 8, true},    {"状态", 4.5, false},
	{"原句", 24, true},   {"段落", 4.5, false}, {"页码", 4.5, false}};

/* Column letters of 指标 for the formulas of 概要 (A1 references). */
#define COL_LETTER(c) ((char)('A' + (c)))

/* The statuses in the order 概要 lists them. */
static const gw_ind_status statuses[] = {GW_STATUS_ACTUAL, GW_STATUS_TARGET, GW_STATUS_BASE,
					 GW_STATUS_CUMULATIVE};
#define N_STATUS 4
static const gw_kind kinds[] = {GW_KIND_AMOUNT, GW_KIND_RATIO, GW_KIND_MEASURE, GW_KIND_COUNT};
#define N_KINDS 4

static const char *const SHEET_IND = "指标";
static const char *const SHEET_SUM = "概要";
static const char *const SHEET_OUT = "结构";

/* ---- what the sheets are built from ------------------------------------ */

/* One level-1 section (or the part before the first one) as 概要 lists it. */
struct part {
	char *name;                /* "三、认真履职尽责…" or "（前言）" */
	const char *marker;        /* NULL for the preamble part */
	size_t n_ind, n_masked;
	size_t n_status[N_STATUS]; /* indicators per 性质 */
};

struct book {
	const gw_report *r;
	const gw_write_opts *opts;
	lxw_workbook *wb;
	lxw_format *head, *text, *wrap, *masked, *state_masked, *num[8], *title, *label_f,
		*total, *indent[4];
	struct part *parts;
	size_t n_parts;
	gw_xlsx_places places;     /* paragraph index → level-1 section and 事项 */
	size_t *owner;             /* paragraph index → outline row */
	size_t *part;              /* paragraph index → 概要 part (0: preamble) */
	size_t n_sections;         /* all levels */
	double width[N_COLS];      /* 指标: each column's widest text */
	unsigned lines;            /* 指标: the lines of the row being written */
	size_t rows;               /* indicator rows written */
	lxw_error err;
};

struct map_ctx {
	struct book *b;
	const gw_section *l1;
	size_t next_owner;
	size_t part;               /* current 概要 part */
};

static void map_paragraphs(struct map_ctx *m, const gw_section *s)
{
	struct book *b = m->b;
	const gw_section *l1 = m->l1;
	size_t part = m->part;
	if (s->level == 1) {
		m->l1 = s;
		m->part++;   /* parts are the level-1 sections in order, after the preamble */
	}
	size_t id = ++m->next_owner;
	b->n_sections++;
	for (size_t i = 0; i < s->n_body; i++) {
		size_t k = s->body[i].index;
		if (k && k <= b->places.max_para) {
			b->owner[k] = id;
			b->part[k] = m->l1 ? m->part : 0;
		}
	}
	for (size_t i = 0; i < s->n_sections; i++)
		map_paragraphs(m, &s->sections[i]);
	m->l1 = l1;
	if (s->level != 1)
		m->part = part;
}

/* Parts are the level-1 sections in document order, at any depth: under a
 * part heading (level 0, 第一部分) they are not top-level. */
static void count_level1(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	if (s->level == 1)
		++*(size_t *)ctx;
}

static void add_part(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	struct book *b = ctx;
	if (s->level != 1)
		return;
	struct part *p = &b->parts[b->n_parts++];
	p->name = gw_xlsx_section_name(s);
	p->marker = s->marker;
}

/* Fills the paragraph maps and the 概要 parts with their cached totals. */
static gw_status plan(struct book *b, gw_diag *d)
{
	const gw_report *r = b->r;
	if (!gw_xlsx_places_make(&b->places, r))
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the workbook");
	b->owner = calloc(b->places.max_para + 1, sizeof *b->owner);
	b->part = calloc(b->places.max_para + 1, sizeof *b->part);
	size_t n_level1 = 0;
	gw_report_walk(r, count_level1, &n_level1);
	b->parts = calloc(n_level1 + 1, sizeof *b->parts);
	if (!b->owner || !b->part || !b->parts)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the workbook");
	struct map_ctx m = {.b = b};
	for (size_t i = 0; i < r->n_sections; i++)
		map_paragraphs(&m, &r->sections[i]);
	/* part 0 is the preamble (and anything outside a level-1 section) */
	b->parts[0].name = strdup(GW_XLSX_PREAMBLE);
	b->n_parts = 1;
	gw_report_walk(r, add_part, b);
	for (size_t i = 0; i < b->n_parts; i++)
		if (!b->parts[i].name)
			return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the workbook");
	return GW_OK;
}

/* The 概要 part an indicator belongs to (0: preamble): by its paragraph,
 * else (a model JSON with odd paragraph numbers) by its section marker. */
static size_t part_of(const struct book *b, const gw_indicator *in)
{
	if (in->paragraph && in->paragraph <= b->places.max_para && b->places.l1[in->paragraph])
		return b->part[in->paragraph];
	for (size_t i = 1; in->section && i < b->n_parts; i++)
		if (b->parts[i].marker && !strcmp(in->section, b->parts[i].marker))
			return i;
	return 0;
}

static void free_book(struct book *b)
{
	for (size_t i = 0; i < b->n_parts; i++)
		free(b->parts[i].name);
	free(b->parts);
	gw_xlsx_places_free(&b->places);
	free(b->owner);
	free(b->part);
}

/* ---- formats ------------------------------------------------------------ */

static lxw_format *fmt(struct book *b) { return gw_xlsx_format(b->wb); }

static bool make_formats(struct book *b)
{
	if (!(b->head = fmt(b)) || !(b->text = fmt(b)) || !(b->wrap = fmt(b)) || !(b->masked = fmt(b)) ||
	    !(b->state_masked = fmt(b)) || !(b->title = fmt(b)) || !(b->label_f = fmt(b)) ||
	    !(b->total = fmt(b)))
		return false;
	gw_xlsx_style(b->head, b->wrap, b->masked, b->title);
	format_set_bg_color(b->state_masked, 0xFFEB9C);
	format_set_font_color(b->state_masked, 0x9C5700);
	format_set_bold(b->label_f);
	format_set_bold(b->total);
	format_set_top(b->total, LXW_BORDER_THIN);
	format_set_num_format(b->total, "#,##0");
	if (!gw_xlsx_add_num_formats(b->wb, b->num))
		return false;
	for (int i = 0; i < 4; i++) {
		if (!(b->indent[i] = fmt(b)))
			return false;
		format_set_indent(b->indent[i], (uint8_t)(i * 2));
	}
	return true;
}

/* ---- cells -------------------------------------------------------------- */

static void put_str(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, const char *s,
		    lxw_format *f)
{
	if (b->err || !s || !*s)
		return;
	b->err = worksheet_write_string(ws, row, (lxw_col_t)col, s, f ? f : b->text);
}

static void put_num(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, double v, lxw_format *f)
{
	if (b->err)
		return;
	if (!isfinite(v))   /* libxlsxwriter would write NAN/INF into the XML */
		v = 0;
	b->err = worksheet_write_number(ws, row, (lxw_col_t)col, v, f ? f : b->num[0]);
}

static void put_formula(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, const char *formula,
			double cached, lxw_format *f)
{
	if (b->err)
		return;
	if (!isfinite(cached))
		cached = 0;
	b->err = worksheet_write_formula_num(ws, row, (lxw_col_t)col, formula, f ? f : b->num[0], cached);
}

/* ---- sheet 指标 ---------------------------------------------------------- */

/* A text of 指标 in column col: wrapped where the column wraps, and
 * counted for the column's width. */
static void put_text(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, const char *s)
{
	put_str(b, ws, row, col, s, columns[col].wrap ? b->wrap : NULL);
	gw_xlsx_fit(&b->width[col], s);
	gw_xlsx_fit_lines(&b->lines, s, &columns[col]);
}

static void indicator_row(struct book *b, lxw_worksheet *ws, lxw_row_t row, const gw_indicator *in)
{
	const gw_section *at = in->paragraph <= b->places.max_para ? b->places.item[in->paragraph] : NULL;
	const char *part = b->parts[part_of(b, in)].name;
	char *item = at ? gw_xlsx_section_name(at) : NULL;
	if (at && !item) {
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
		return;
	}
	const char *item_s = item ? item : in->item;
	const char *change = in->change == '+' ? "增" : in->change == '-' ? "减" : NULL;
	b->lines = 1;
	put_num(b, ws, row, C_ID, (double)in->id, NULL);
	put_text(b, ws, row, C_SECTION, part);
	put_text(b, ws, row, C_ITEM, item_s);
	put_text(b, ws, row, C_LABEL, in->label);
	if (in->masked || !isfinite(in->value))
		put_str(b, ws, row, C_VALUE, in->text, b->masked);
	else
		put_num(b, ws, row, C_VALUE, in->value, b->num[gw_xlsx_decimals(in->text)]);
	put_text(b, ws, row, C_UNIT, in->unit);
	put_text(b, ws, row, C_KIND, gw_kind_name(in->kind));
	put_text(b, ws, row, C_CHANGE, change);
	put_text(b, ws, row, C_QUAL, in->qualifier);
	put_text(b, ws, row, C_STATUS, gw_ind_status_name(in->status));
	put_text(b, ws, row, C_PERIOD, in->period);
	/* 状态 follows 数值: an assessor who types the real figure over a mask
	 * turns the row 正常 and every total in 概要 takes it in */
	if (!b->err) {
		char f[64];
		snprintf(f, sizeof f, "=IF(ISNUMBER(%c%u),\"正常\",\"脱敏\")", COL_LETTER(C_VALUE), row + 1);
		b->err = worksheet_write_formula_str(ws, row, C_STATE, f, in->masked ? b->state_masked : b->text,
						     (in->masked || !isfinite(in->value)) ? "脱敏" : "正常");
	}
	put_text(b, ws, row, C_CLAUSE, in->clause);
	put_num(b, ws, row, C_PARA, (double)in->paragraph, NULL);
	if (in->page)
		put_num(b, ws, row, C_PAGE, (double)in->page, NULL);
	gw_xlsx_fit(&b->width[C_STATE], "脱敏");
	gw_xlsx_fit_value(&b->width[C_VALUE], in);
	if (!b->err)
		b->err = gw_xlsx_row_lines(ws, row, b->lines);
	free(item);
}

static void sheet_indicators(struct book *b, lxw_worksheet *ws, gw_diag *d)
{
	const gw_report *r = b->r;
	for (int c = 0; c < N_COLS; c++)
		b->width[c] = gw_xlsx_text_width(columns[c].head);
	b->rows = r->n_indicators;
	if (b->rows > MAX_ROWS) {
		gw_warn(d, 0, "the workbook lists the first %u of %zu indicators (Excel's row limit)",
			MAX_ROWS, r->n_indicators);
		b->rows = MAX_ROWS;
	}
	for (size_t i = 0; i < b->rows && !b->err; i++)
		indicator_row(b, ws, (lxw_row_t)(i + 1), &r->indicators[i]);
	if (!b->err)
		b->err = gw_xlsx_table(ws, columns, N_COLS, b->width, (lxw_row_t)b->rows, b->head);
}

/* ---- sheet 概要 ---------------------------------------------------------- */

/* A COUNTIF criterion matching `name` exactly: "=" + name with the
 * wildcards * ? ~ escaped (masked headings hold *) and quotes doubled. */
static void criterion(const char *name, char *out, size_t size)
{
	size_t k = 0;
	out[k++] = '"';
	out[k++] = '=';
	for (const char *s = name; *s && k + 4 < size; s++) {
		if (*s == '*' || *s == '?' || *s == '~')
			out[k++] = '~';
		if (*s == '"')
			out[k++] = '"';
		out[k++] = *s;
	}
	out[k++] = '"';
	out[k] = '\0';
}

/* "=COUNTIF('指标'!$X$2:$X$last,crit)" (with a second column and criterion when col2 >= 0). */
static void count_formula(char *f, size_t size, int col, const char *crit, int col2, const char *crit2,
			  lxw_row_t last)
{
	char c = COL_LETTER(col), c2 = col2 >= 0 ? COL_LETTER(col2) : 'A';
	if (col2 < 0)
		snprintf(f, size, "=COUNTIF('%s'!$%c$2:$%c$%u,%s)", SHEET_IND, c, c, last + 1, crit);
	else
		snprintf(f, size, "=COUNTIFS('%s'!$%c$2:$%c$%u,%s,'%s'!$%c$2:$%c$%u,%s)", SHEET_IND, c, c,
			 last + 1, crit, SHEET_IND, c2, c2, last + 1, crit2);
}

static void summary_counts(struct book *b, lxw_worksheet *ws, lxw_row_t *row)
{
	const gw_report *r = b->r;
	lxw_row_t last = (lxw_row_t)(b->rows > 0 ? b->rows : 1);
	size_t masked = 0, per_status[N_STATUS] = {0}, per_kind[N_KINDS] = {0};
	for (size_t i = 0; i < b->rows; i++) {
		const gw_indicator *in = &r->indicators[i];
		masked += in->masked;
		for (int k = 0; k < N_STATUS; k++)
			per_status[k] += in->status == statuses[k];
		for (int k = 0; k < N_KINDS; k++)
			per_kind[k] += in->kind == kinds[k];
	}
	char f[600], crit[64], name[64];
	put_str(b, ws, *row, 0, "章节数", b->label_f);
	put_num(b, ws, (*row)++, 1, (double)b->n_sections, NULL);
	put_str(b, ws, *row, 0, "段落数", b->label_f);
	put_num(b, ws, (*row)++, 1, (double)gw_report_paragraph_count(r), NULL);
	put_str(b, ws, *row, 0, "指标数", b->label_f);
	snprintf(f, sizeof f, "=COUNT('%s'!$A$2:$A$%u)", SHEET_IND, last + 1);
	put_formula(b, ws, (*row)++, 1, f, (double)b->rows, NULL);
	put_str(b, ws, *row, 0, "脱敏指标数", b->label_f);
	count_formula(f, sizeof f, C_STATE, "\"脱敏\"", -1, NULL, last);
	put_formula(b, ws, (*row)++, 1, f, (double)masked, NULL);
	for (int k = 0; k < N_STATUS; k++) {
		snprintf(name, sizeof name, "%s指标数", gw_ind_status_name(statuses[k]));
		snprintf(crit, sizeof crit, "\"%s\"", gw_ind_status_name(statuses[k]));
		put_str(b, ws, *row, 0, name, b->label_f);
		count_formula(f, sizeof f, C_STATUS, crit, -1, NULL, last);
		put_formula(b, ws, (*row)++, 1, f, (double)per_status[k], NULL);
	}
	for (int k = 0; k < N_KINDS; k++) {
		snprintf(name, sizeof name, "%s类指标数", gw_kind_name(kinds[k]));
		snprintf(crit, sizeof crit, "\"%s\"", gw_kind_name(kinds[k]));
		put_str(b, ws, *row, 0, name, b->label_f);
		count_formula(f, sizeof f, C_KIND, crit, -1, NULL, last);
		put_formula(b, ws, (*row)++, 1, f, (double)per_kind[k], NULL);
	}
}

#define PART_COLS (2 + N_STATUS)   /* 指标数, one per 性质, 脱敏数 */

/* Per level-1 section: 指标数, one count per 性质, 脱敏数; returns the first and last data rows. */
static void summary_parts(struct book *b, lxw_worksheet *ws, lxw_row_t *row, lxw_row_t *first,
			  lxw_row_t *lastrow)
{
	const gw_report *r = b->r;
	static const char *const head[] = {"章节", "指标数", "实绩", "目标", "基期", "累计", "脱敏数"};
	_Static_assert(sizeof head / sizeof head[0] == PART_COLS + 1, "one heading per column");
	lxw_row_t last = (lxw_row_t)(b->rows > 0 ? b->rows : 1);
	for (int c = 0; c <= PART_COLS; c++)
		put_str(b, ws, *row, c, head[c], b->head);
	(*row)++;
	for (size_t i = 0; i < b->rows; i++) {
		struct part *p = &b->parts[part_of(b, &r->indicators[i])];
		p->n_ind++;
		p->n_masked += r->indicators[i].masked;
		for (int k = 0; k < N_STATUS; k++)
			p->n_status[k] += r->indicators[i].status == statuses[k];
	}
	*first = *row;
	char crit[600], f[1400], scrit[16];
	double sum[PART_COLS] = {0};
	for (size_t i = 0; i < b->n_parts && !b->err; i++) {
		const struct part *p = &b->parts[i];
		if (i == 0 && p->n_ind == 0)   /* no preamble figures: no row */
			continue;
		criterion(p->name, crit, sizeof crit);
		put_str(b, ws, *row, 0, p->name, NULL);
		count_formula(f, sizeof f, C_SECTION, crit, -1, NULL, last);
		put_formula(b, ws, *row, 1, f, (double)p->n_ind, NULL);
		sum[0] += (double)p->n_ind;
		for (int k = 0; k < N_STATUS; k++) {
			snprintf(scrit, sizeof scrit, "\"%s\"", gw_ind_status_name(statuses[k]));
			count_formula(f, sizeof f, C_SECTION, crit, C_STATUS, scrit, last);
			put_formula(b, ws, *row, 2 + k, f, (double)p->n_status[k], NULL);
			sum[1 + k] += (double)p->n_status[k];
		}
		count_formula(f, sizeof f, C_SECTION, crit, C_STATE, "\"脱敏\"", last);
		put_formula(b, ws, *row, PART_COLS, f, (double)p->n_masked, NULL);
		sum[PART_COLS - 1] += (double)p->n_masked;
		(*row)++;
	}
	*lastrow = *row - 1;
	/* counts of one table add up: the only 合计 of the workbook */
	put_str(b, ws, *row, 0, "合计", b->total);
	for (int c = 1; c <= PART_COLS; c++) {
		char col = COL_LETTER(c);
		snprintf(f, sizeof f, "=SUM(%c%u:%c%u)", col, *first + 1, col, *lastrow + 1);
		put_formula(b, ws, *row, c, f, sum[c - 1], b->total);
	}
	(*row)++;
}

#define MAX_PAIRS 40        /* 目标/实绩 pairs listed: 概要 stays one page */
#define PAIR_SEARCH 20000   /* indicators searched for pairs (quadratic) */

/* The first unmasked indicator before `lim` with in's label and unit and status st, or NULL. */
static const gw_indicator *partner(const gw_report *r, size_t lim, const gw_indicator *in, gw_ind_status st)
{
	for (size_t j = 0; j < lim; j++) {
		const gw_indicator *o = &r->indicators[j];
		if (o->status == st && !o->masked && !strcmp(o->label, in->label) && !strcmp(o->unit, in->unit))
			return o;
	}
	return NULL;
}

static void pair_row(struct book *b, lxw_worksheet *ws, lxw_row_t row, const gw_indicator *act,
		     const gw_indicator *tgt)
{
	put_str(b, ws, row, 0, act->label, NULL);
	put_str(b, ws, row, 1, act->unit, NULL);
	put_num(b, ws, row, 2, act->value, b->num[gw_xlsx_decimals(act->text)]);
	put_str(b, ws, row, 3, act->period, NULL);
	put_num(b, ws, row, 4, tgt->value, b->num[gw_xlsx_decimals(tgt->text)]);
	put_str(b, ws, row, 5, tgt->period, NULL);
	put_num(b, ws, row, 6, (double)tgt->id, NULL);
}

/* 目标 beside 实绩 for each label and unit that has both (the first of each). */
static void summary_pairs(struct book *b, lxw_worksheet *ws, lxw_row_t *row)
{
	static const char *const head[] = {"指标名称", "单位", "实绩", "实绩时期", "目标", "目标时期", "目标序号"};
	const gw_report *r = b->r;
	size_t lim = b->rows < PAIR_SEARCH ? b->rows : PAIR_SEARCH, n = 0;
	for (size_t i = 0; i < lim && n < MAX_PAIRS && !b->err; i++) {
		const gw_indicator *tgt = &r->indicators[i];
		if (tgt->status != GW_STATUS_TARGET || tgt->masked || partner(r, i, tgt, GW_STATUS_TARGET))
			continue;   /* the first target of a label only */
		const gw_indicator *act = partner(r, lim, tgt, GW_STATUS_ACTUAL);
		if (!act)
			continue;
		if (!n++) {
			put_str(b, ws, (*row)++, 0, "目标与实绩对照（同一指标名称和单位）", b->label_f);
			for (int c = 0; c < 7; c++)
				put_str(b, ws, *row, c, head[c], b->head);
			(*row)++;
		}
		pair_row(b, ws, (*row)++, act, tgt);
	}
	if (!n)
		put_str(b, ws, (*row)++, 0, "目标与实绩对照：没有同一指标名称和单位的目标与实绩", b->label_f);
}

static void summary_chart(struct book *b, lxw_worksheet *ws, lxw_row_t first, lxw_row_t last, lxw_row_t at)
{
	if (b->err || last < first)
		return;
	lxw_chart *ch = workbook_add_chart(b->wb, LXW_CHART_COLUMN_STACKED);
	if (!ch) {
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
		return;
	}
	chart_title_set_name(ch, "各章节指标的性质");
	for (int k = 0; k < N_STATUS; k++) {
		lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
		if (!s) {
			b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
			return;
		}
		chart_series_set_categories(s, SHEET_SUM, first, 0, last, 0);
		chart_series_set_values(s, SHEET_SUM, first, (lxw_col_t)(2 + k), last, (lxw_col_t)(2 + k));
		chart_series_set_name_range(s, SHEET_SUM, first - 1, (lxw_col_t)(2 + k));
	}
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	chart_axis_set_name(ch->y_axis, "指标数");
	lxw_chart_options opt = {.x_scale = 1.3, .y_scale = 1.1, .description = "各章节实绩、目标、基期、累计指标数"};
	b->err = worksheet_insert_chart_opt(ws, at, 0, ch, &opt);
}

/* Why 概要 counts and never adds amounts, said where an assessor looks
 * for a total.  Not even a list the text gives with 分别 is a whole: in our
 * samples it is as often two per-capita incomes (城乡居民人均可支配收入分别
 * 达到46820元和21360元) or two rates as parts of one sum. */
static const char no_sums_note[] =
	"说明：本表只计数，不合计金额。报告中的数多不是同一整体的组成部分（地区生产总值与其构成、"
	"项目总投资与其资金来源、今年实绩与明年目标），“其中”所列是整体的一部分，“分别”所列也常"
	"不能相加（如城乡居民人均可支配收入分别为46820元和21360元），相加会误导；需要合计时请在"
	"“指标”表中筛选后自行核对相加。";

static void summary_no_sums(struct book *b, lxw_worksheet *ws, lxw_row_t row)
{
	if (!b->err)
		b->err = worksheet_merge_range(ws, row, 0, row, PART_COLS, no_sums_note, b->wrap);
	if (!b->err)
		b->err = worksheet_set_row(ws, row, 62, b->wrap);
}

static void sheet_summary(struct book *b, lxw_worksheet *ws)
{
	const gw_report *r = b->r;
	lxw_row_t row = 0;
	put_str(b, ws, row++, 0, r->title ? r->title : "（无标题）", b->title);
	put_str(b, ws, row, 0, "来源文件", b->label_f);
	put_str(b, ws, row++, 1, r->source.name, NULL);
	if (r->source.sha256[0]) {
		put_str(b, ws, row, 0, "SHA-256", b->label_f);
		put_str(b, ws, row++, 1, r->source.sha256, NULL);
	}
	summary_no_sums(b, ws, row++);
	row++;
	summary_counts(b, ws, &row);
	row++;
	lxw_row_t first = 0, last = 0;
	summary_parts(b, ws, &row, &first, &last);
	row++;
	summary_pairs(b, ws, &row);
	row++;
	double w0 = 12;
	for (size_t i = 0; i < b->n_parts; i++)
		if (gw_xlsx_text_width(b->parts[i].name) > w0)
			w0 = gw_xlsx_text_width(b->parts[i].name);
	if (!b->err)
		b->err = worksheet_set_column(ws, 0, 0, (w0 + 2) < 40 ? w0 + 2 : 40, NULL);
	if (!b->err)
		b->err = worksheet_set_column(ws, 1, PART_COLS, 10, NULL);
	summary_chart(b, ws, first, last, row);
	worksheet_set_paper(ws, 9);   /* A4, one page: an assessor prints it as the cover */
	worksheet_fit_to_pages(ws, 1, 1);
	worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
}

/* ---- sheet 结构 ---------------------------------------------------------- */

struct outline_ctx {
	struct book *b;
	lxw_worksheet *ws;
	lxw_row_t row;
	size_t id;                 /* same numbering as map_paragraphs */
	size_t *per_owner;         /* indicators per section id */
};

static size_t body_chars(const gw_paragraph *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += p[i].text ? gw_utf8_count(p[i].text, strlen(p[i].text)) : 0;
	return c;
}

static void outline_row(struct outline_ctx *o, int level, const char *marker, const char *heading,
			const gw_paragraph *body, size_t n_body, size_t n_ind)
{
	struct book *b = o->b;
	lxw_row_t row = o->row++;
	int ind = level < 1 ? 0 : level > 4 ? 3 : level - 1;
	put_num(b, o->ws, row, 0, level, NULL);
	put_str(b, o->ws, row, 1, marker, NULL);
	put_str(b, o->ws, row, 2, heading, b->indent[ind]);
	put_num(b, o->ws, row, 3, (double)n_body, NULL);
	put_num(b, o->ws, row, 4, (double)body_chars(body, n_body), NULL);
	put_num(b, o->ws, row, 5, (double)n_ind, NULL);
	if (!b->err && level > 1) {
		lxw_row_col_options opt = {.hidden = 0, .level = (uint8_t)(level - 1), .collapsed = 0};
		b->err = worksheet_set_row_opt(o->ws, row, LXW_DEF_ROW_HEIGHT, NULL, &opt);
	}
	double w = gw_xlsx_text_width(heading ? heading : "") + 2.0 * ind;
	if (w > b->width[2])
		b->width[2] = w;
}

static void outline_section(struct outline_ctx *o, const gw_section *s)
{
	size_t id = ++o->id;
	outline_row(o, s->level, s->marker, s->heading, s->body, s->n_body, o->per_owner[id]);
	for (size_t i = 0; i < s->n_sections && !o->b->err; i++)
		outline_section(o, &s->sections[i]);
}

static void sheet_outline(struct book *b, lxw_worksheet *ws)
{
	static const char *const head[] = {"层级", "编号", "标题", "段落数", "字数", "指标数"};
	static const double widths[] = {6, 8, 40, 8, 8, 8};
	const gw_report *r = b->r;
	struct outline_ctx o = {.b = b, .ws = ws, .row = 1};
	o.per_owner = calloc(b->n_sections + 1, sizeof *o.per_owner);
	if (!o.per_owner) {
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
		return;
	}
	size_t pre = 0;
	for (size_t i = 0; i < b->rows; i++) {
		size_t k = r->indicators[i].paragraph;
		size_t owner = k <= b->places.max_para ? b->owner[k] : 0;
		if (owner)
			o.per_owner[owner]++;
		else
			pre++;
	}
	for (int c = 0; c < 6; c++)
		put_str(b, ws, 0, c, head[c], b->head);
	b->width[2] = 10;
	if (r->n_preamble || pre)
		outline_row(&o, 0, NULL, GW_XLSX_PREAMBLE, r->preamble, r->n_preamble, pre);
	for (size_t i = 0; i < r->n_sections && !b->err; i++)
		outline_section(&o, &r->sections[i]);
	free(o.per_owner);
	for (int c = 0; c < 6 && !b->err; c++) {
		double w = c == 2 ? (b->width[2] + 2 < 60 ? b->width[2] + 2 : 60) : widths[c];
		b->err = worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL);
	}
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_outline_settings(ws, 1, 0, 1, 0);
}

/* ---- workbook ----------------------------------------------------------- */

static void properties(struct book *b, const gw_write_opts *o)
{
	const gw_report *r = b->r;
	char keywords[256];
	snprintf(keywords, sizeof keywords, "工作报告,指标,考核,%zu项指标", r->n_indicators);
	lxw_doc_properties props = {
		.title = (char *)(r->title ? r->title : (o->stem ? o->stem : "")),
		.subject = "工作报告指标一览（供考核组核对）",
		.author = "gwexport",
		.company = (char *)(r->signature.n ? r->signature.items[0] : ""),
		.category = "工作报告",
		.keywords = keywords,
		.comments = (char *)(o->version ? o->version : "gwexport"),
		.created = o->timestamp > 0 ? o->timestamp : 315532800,   /* 0 would mean "now" */
	};
	b->err = workbook_set_properties(b->wb, &props);
	if (!b->err)
		b->err = workbook_set_custom_property_string(b->wb, "creator",
							     o->version ? o->version : "gwexport");
	if (!b->err && r->source.name)
		b->err = workbook_set_custom_property_string(b->wb, "source", r->source.name);
}

static gw_status build(struct book *b, const gw_write_opts *o, gw_diag *d)
{
	lxw_worksheet *ind = workbook_add_worksheet(b->wb, SHEET_IND);
	lxw_worksheet *sum = workbook_add_worksheet(b->wb, SHEET_SUM);
	lxw_worksheet *out = workbook_add_worksheet(b->wb, SHEET_OUT);
	if (!ind || !sum || !out || !make_formats(b))
		b->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
	if (!b->err)
		properties(b, o);
	if (!b->err)
		sheet_indicators(b, ind, d);
	if (!b->err)
		sheet_summary(b, sum);
	if (!b->err)
		sheet_outline(b, out);
	if (b->err)
		return gw_fail(d, GW_E_XLSX, 0, GW_NO_BYTE, "please report this as a bug",
			       "building the workbook failed: %s", lxw_strerror(b->err));
	worksheet_activate(ind);
	return GW_OK;
}

static lxw_error build_report(lxw_workbook *wb, void *ctx, gw_status *st, gw_diag *d)
{
	struct book *b = ctx;
	b->wb = wb;
	if ((*st = plan(b, d)) != GW_OK || (*st = build(b, b->opts, d)) != GW_OK)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	return LXW_NO_ERROR;
}

gw_status gw_write_xlsx(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	struct book b = {.r = r, .opts = o};
	gw_status st = gw_xlsx_make(build_report, &b, out, d);
	free_book(&b);
	return st;
}
