/*
 * compose_table.c — a table paragraph (report.h gw_report_table) → ruled
 * rows of the page grid (see compose.h).
 *
 * GB/T 9704 says how a table's page is turned and numbered, not how a
 * table looks; what offices print (and Word's "Table Grid") is a full grid
 * of thin rules, the 表头 in 黑体 repeated on every page the table runs
 * on, cells in 仿宋 a size below the body.  So:
 *   - columns share the 版心's width: each gets at least its longest
 *     unbreakable run (a number with its unit), the rest of the width goes
 *     to the columns whose text is longest;
 *   - a table whose runs do not fit the 版心's 156 mm is turned a quarter
 *     turn onto pages of its own (GB/T 9704 §8: "A4纸型的表格横排时，页码
 *     位置与公文其他页码保持一致，单页码表头在订口一边，双页码表头在切口一边"):
 *     the paper stays portrait and keeps its page number where every page
 *     has it, the table reads with the paper turned clockwise, its head
 *     at the left edge (the 订口 of an odd page, the 切口 of an even one),
 *     on the 225 mm × 156 mm 版心 (gw_turned_frame); only when the runs do
 *     not fit that either is the text set smaller (down to 五号), then
 *     cells break anywhere;
 *   - a cell's paragraphs wrap inside its column; a line of text takes one
 *     grid slot, a table row as many slots as its tallest cell, and the
 *     lines of one row are never split across pages (unless it is taller
 *     than a page); a cell of one line is centred, a longer one set flush
 *     left, and a cell shorter than its row is centred vertically;
 *   - a caption (the paragraph just before the table when it reads as a
 *     title, not a sentence) is kept with the table like a heading; the
 *     headings and caption right before a turned table open its first
 *     turned page, turned with it, rather than end the page before alone
 *     (a reader finds a table under its caption, as Word prints a
 *     landscape section that starts at the caption);
 *   - after pagination (gw_compose_table_finish) the header lines are
 *     copied to the top of every page the table continues on, pages are
 *     made again, and each cell gets its rules on each page it is on.
 */
#include "compose.h"

#include <stdlib.h>
#include <string.h>

#include "../model/buf.h"
#include "../model/utf8.h"

static const double table_sizes[] = {14, 12, 10.5};  /* 四号, 小四, 五号 (pt), tried in order */
#define CELL_PAD 0.35       /* text kept this far (em) from the vertical rules */
#define RULE_WIDTH 0.5      /* pt: a thin rule, as 7.4.1 draws the 版记's inner ones */

/* One cell paragraph's glyphs (cells are split at '\n' into these). */
struct piece {
	size_t cell, g0, g1;
};

/* One line of a cell after breaking. */
struct cline {
	size_t cell, g0, g1;
	double x, tc, w;
};

struct layout {
	const gw_report_table *t;
	double size;
	double width;                        /* of the 版心 it is set in, pt */
	bool turned;
	size_t header_rows;                  /* the 表头: set in 黑体, repeated on each page */
	struct piece *pieces;
	size_t n_pieces;
	struct cline *lines;
	size_t n_lines, cap_lines;
	size_t *first_line, *n_cell_lines;  /* per cell */
	size_t *row_h;                       /* lines per table row */
	double *colx;                        /* cols + 1 edges */
};

static void oom(gw_doc *doc)
{
	if (!doc->st)
		doc->st = gw_fail(doc->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory laying out a table");
}

/* Every cell's text as glyphs, one piece per cell paragraph, measured at
 * the first table size. */
static void add_pieces(gw_doc *doc, struct layout *lo, size_t header_rows, size_t line)
{
	const gw_report_table *t = lo->t;
	size_t cap = 0, g_start = doc->ng;
	for (size_t i = 0; i < t->n_cells && !doc->st; i++) {
		gw_role role = t->cells[i].row < header_rows ? GW_ROLE_HEADING1 : GW_ROLE_BODY;
		for (const char *p = t->cells[i].text; p && !doc->st;) {
			const char *e = strchr(p, '\n');
			size_t n = e ? (size_t)(e - p) : strlen(p);
			char *s = strndup(p, n);
			if (!s || GW_ARRAY_GROW(lo->pieces, cap, lo->n_pieces + 1, SIZE_MAX)) {
				free(s);
				oom(doc);
				return;
			}
			size_t g0 = doc->ng;
			gw_compose_text(doc, s, role, line);
			free(s);
			if (doc->ng > g0)
				lo->pieces[lo->n_pieces++] = (struct piece){i, g0, doc->ng};
			p = e ? e + 1 : NULL;
		}
	}
	if (!doc->st)
		gw_compose_measure(doc, g_start, table_sizes[0]);
}

/* What a column needs, pt: its widest unbreakable run, its widest body
 * paragraph (at least min) and its widest paragraph (at least body). */
struct need {
	double min, body, nat;
};

/* Each column's needs, from the cells one column wide. */
static void column_needs(const gw_doc *doc, const struct layout *lo, double pad, struct need *need)
{
	const gw_report_table *t = lo->t;
	for (size_t c = 0; c < t->cols; c++)
		need[c] = (struct need){2 * pad + lo->size, 2 * pad + lo->size, 2 * pad + lo->size};
	for (size_t k = 0; k < lo->n_pieces; k++) {
		const struct piece *pc = &lo->pieces[k];
		const gw_report_cell *cell = &t->cells[pc->cell];
		if (cell->col_span != 1 || cell->col >= t->cols)
			continue;
		struct need *nd = &need[cell->col];
		double run = 0, all = 0;
		size_t n = pc->g1 - pc->g0;
		for (size_t i = 0; i < n; i++) {
			if (i > 0 && gw_ts_can_break(doc->cp + pc->g0, n, i))
				run = 0;
			run += doc->adv[pc->g0 + i];
			all += doc->adv[pc->g0 + i];
			nd->min = run + 2 * pad > nd->min ? run + 2 * pad : nd->min;
		}
		if (cell->row >= lo->header_rows && all + 2 * pad > nd->body)
			nd->body = all + 2 * pad;
		nd->nat = all + 2 * pad > nd->nat ? all + 2 * pad : nd->nat;
	}
	for (size_t c = 0; c < t->cols; c++) {
		need[c].body = need[c].body > need[c].min ? need[c].body : need[c].min;
		need[c].nat = need[c].nat > need[c].body ? need[c].nat : need[c].body;
	}
}

/* Column edges for the current size; false when the unbreakable runs do
 * not fit the width (the caller turns the table or tries a smaller size).
 * The width goes first to the runs, then to the body cells (so that a
 * column of names or figures is not broken to make room for a long
 * header), then to the headers, each in proportion to what is missing. */
static bool place_columns(const gw_doc *doc, struct layout *lo, struct need *need, bool last)
{
	const gw_report_table *t = lo->t;
	double pad = CELL_PAD * lo->size, W = lo->width, sum_min = 0, sum_body = 0, sum_nat = 0;
	column_needs(doc, lo, pad, need);
	for (size_t c = 0; c < t->cols; c++) {
		sum_min += need[c].min;
		sum_body += need[c].body;
		sum_nat += need[c].nat;
	}
	if (sum_min > W + 0.01 && !last)
		return false;
	lo->colx[0] = 0;
	for (size_t c = 0; c < t->cols; c++) {
		const struct need *nd = &need[c];
		double w;
		if (sum_nat <= W)  /* everything fits on one line: widen in proportion */
			w = nd->nat * W / sum_nat;
		else if (sum_body <= W)  /* the body on one line, the spare width to the longest headers */
			w = nd->body + (W - sum_body) * (nd->nat - nd->body) / (sum_nat - sum_body);
		else if (sum_min <= W)  /* the spare width to the columns with the most text */
			w = nd->min + (W - sum_min) * (nd->body - nd->min) / (sum_body - sum_min);
		else
			w = nd->min * W / sum_min;
		lo->colx[c + 1] = lo->colx[c] + w;
	}
	lo->colx[t->cols] = W;  /* no rounding drift at the right rule */
	return true;
}

/* Breaks every piece into lines inside its cell's columns. */
static void break_pieces(gw_doc *doc, struct layout *lo)
{
	const gw_report_table *t = lo->t;
	double pad = CELL_PAD * lo->size;
	lo->n_lines = 0;
	for (size_t k = 0; k < lo->n_pieces && !doc->st; k++) {
		const struct piece *pc = &lo->pieces[k];
		const gw_report_cell *cell = &t->cells[pc->cell];
		size_t right = cell->col + cell->col_span < t->cols ? cell->col + cell->col_span : t->cols;
		double width = lo->colx[right] - lo->colx[cell->col < t->cols ? cell->col : 0] - 2 * pad;
		gw_ts_params p = {.width = width > lo->size ? width : lo->size, .size = lo->size, .track = 0,
				  .max_squeeze = lo->size / 2, .justify = false};
		size_t n = pc->g1 - pc->g0;
		size_t nl = gw_ts_break(doc->cp + pc->g0, doc->adv + pc->g0, n, &p, doc->lines);
		if (GW_ARRAY_GROW(lo->lines, lo->cap_lines, lo->n_lines + nl, SIZE_MAX)) {
			oom(doc);
			return;
		}
		for (size_t l = 0; l < nl; l++) {
			const gw_ts_line *ln = &doc->lines[l];
			double w = 0;
			for (size_t i = ln->start; i < ln->end; i++)
				w += doc->adv[pc->g0 + i] + (i + 1 < ln->end ? ln->tc : 0);
			lo->lines[lo->n_lines++] = (struct cline){pc->cell, pc->g0 + ln->start, pc->g0 + ln->end,
								  ln->x, ln->tc, w};
		}
	}
}

/* Scales the cells' advances from size `from` to lo->size. */
static void rescale(gw_doc *doc, struct layout *lo, double from)
{
	double f = lo->size / from;
	for (size_t i = 0; i < lo->n_pieces; i++)
		for (size_t g = lo->pieces[i].g0; g < lo->pieces[i].g1; g++)
			doc->adv[g] *= f;
}

/* Chooses the 版心 (upright or turned), size and column widths, and
 * breaks the cells. */
static void fit(gw_doc *doc, struct layout *lo)
{
	struct need *need = malloc(lo->t->cols * sizeof *need);
	if (!need) {
		oom(doc);
		return;
	}
	size_t n_sizes = sizeof table_sizes / sizeof table_sizes[0];
	lo->size = table_sizes[0];  /* as add_pieces measured */
	lo->width = doc->width;
	if (!place_columns(doc, lo, need, false)) {
		lo->turned = true;
		lo->width = gw_compose_turned_frame(doc).width;
		for (size_t k = 0; k < n_sizes; k++) {
			double measured = lo->size;
			lo->size = table_sizes[k];
			rescale(doc, lo, measured);
			if (place_columns(doc, lo, need, k + 1 == n_sizes))
				break;
		}
	}
	free(need);
	if (!doc->st)
		break_pieces(doc, lo);
}

/* Lines per cell and per table row; a cell spanning rows that needs more
 * lines than they have lengthens its last row. */
static void row_heights(struct layout *lo)
{
	const gw_report_table *t = lo->t;
	for (size_t r = 0; r < t->rows; r++)
		lo->row_h[r] = 1;
	for (size_t i = 0; i < t->n_cells; i++)
		lo->n_cell_lines[i] = 0, lo->first_line[i] = SIZE_MAX;
	for (size_t l = 0; l < lo->n_lines; l++) {
		size_t c = lo->lines[l].cell;
		if (lo->first_line[c] == SIZE_MAX)
			lo->first_line[c] = l;
		lo->n_cell_lines[c]++;
	}
	for (int pass = 0; pass < 2; pass++)  /* single rows first, then spans */
		for (size_t i = 0; i < t->n_cells; i++) {
			const gw_report_cell *c = &t->cells[i];
			if ((c->row_span > 1) != (pass == 1) || c->row >= t->rows)
				continue;
			size_t end = c->row + c->row_span <= t->rows ? c->row + c->row_span : t->rows, have = 0;
			for (size_t r = c->row; r < end; r++)
				have += lo->row_h[r];
			if (lo->n_cell_lines[i] > have)
				lo->row_h[end - 1] += lo->n_cell_lines[i] - have;
		}
}

/* The first grid row of each table row (line_of[r]), rows pushed. */
static size_t push_lines(gw_doc *doc, const struct layout *lo, size_t table, size_t header_rows, size_t *line_of)
{
	const gw_report_table *t = lo->t;
	size_t first = doc->nr;
	for (size_t r = 0; r < t->rows && !doc->st; r++) {
		line_of[r] = doc->nr - first;
		for (size_t k = 0; k < lo->row_h[r]; k++) {
			gw_row *row = gw_compose_row(doc);
			if (!row)
				return first;
			row->size = lo->size;
			row->numbered = true;  /* a reviewer cites a figure by its line too */
			row->table = table;
			row->table_row = r;
			gw_ts_row *ts = &doc->ts[doc->nr - 1];
			ts->keep_with_next = k + 1 < lo->row_h[r] || r < header_rows;
			ts->para_first = ts->para_last = true;
		}
	}
	line_of[t->rows] = doc->nr - first;
	return first;
}

struct seg_at {
	size_t line;   /* grid row */
	size_t order;  /* tie-break: document order */
	gw_seg seg;
};

static int by_line(const void *a, const void *b)
{
	const struct seg_at *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Each cell line as a segment of its grid row, centred or flush left. */
static void add_segments(gw_doc *doc, const struct layout *lo, size_t first, const size_t *line_of)
{
	const gw_report_table *t = lo->t;
	struct seg_at *v = malloc((lo->n_lines ? lo->n_lines : 1) * sizeof *v);
	if (!v || GW_ARRAY_GROW(doc->segs_tbl, doc->cap_segs_tbl, doc->n_segs_tbl + lo->n_lines, SIZE_MAX)) {
		free(v);
		oom(doc);
		return;
	}
	double pad = CELL_PAD * lo->size;
	for (size_t l = 0; l < lo->n_lines; l++) {
		const struct cline *cl = &lo->lines[l];
		const gw_report_cell *c = &t->cells[cl->cell];
		size_t end = c->row + c->row_span <= t->rows ? c->row + c->row_span : t->rows;
		size_t right = c->col + c->col_span < t->cols ? c->col + c->col_span : t->cols;
		size_t n = lo->n_cell_lines[cl->cell], k = l - lo->first_line[cl->cell];
		double room = (double)(line_of[end] - line_of[c->row]), off = (room - (double)n) / 2;
		size_t whole = (size_t)off;
		double x0 = lo->colx[c->col], inner = lo->colx[right] - x0 - 2 * pad;
		double x = n == 1 ? x0 + pad + (inner - cl->w) / 2 : x0 + pad + cl->x;
		v[l] = (struct seg_at){first + line_of[c->row] + whole + k, l,
				       {cl->g0, cl->g1, x, (off - (double)whole) * doc->pitch, cl->tc}};
	}
	qsort(v, lo->n_lines, sizeof *v, by_line);
	for (size_t l = 0; l < lo->n_lines; l++) {
		gw_row *row = &doc->rows[v[l].line];
		if (!row->n_seg)
			row->seg0 = doc->n_segs_tbl;
		row->n_seg++;
		doc->segs_tbl[doc->n_segs_tbl++] = v[l].seg;
	}
	free(v);
}

/* Characters that may follow the digits of a period ("2024年", "1—6月",
 * "2023年度", "第一季度" has none): a cell of digits and these names a time,
 * not a figure. */
static const uint32_t period_chars[] = {0x5E74 /* 年 */, 0x6708 /* 月 */, 0x65E5 /* 日 */, 0x5EA6 /* 度 */,
					0x5B63 /* 季 */, 0x81F3 /* 至 */, '-', '~', 0x2014, 0x2013, 0xFF5E, 0xFF0D};

static bool is_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* A cell that holds a figure: it starts with a digit (or a sign or a
 * point before one) and is not a period.  "42,983", "6.3%", "12.5亿元",
 * "-0.4" are figures; "2024年", "1—6月", "乡镇", "" are not. */
static bool figure_cell(const char *s)
{
	size_t n = s ? strlen(s) : 0, i = 0, len;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	uint32_t cp = i < n ? gw_utf8_decode(s + i, n - i, &len) : 0, next = 0;
	if (i < n && i + len < n)
		next = gw_utf8_decode(s + i + len, n - i - len, &(size_t){0});
	bool sign = cp == '+' || cp == '-' || cp == 0x2212 || cp == '.';
	if (!is_digit(cp) && !(sign && is_digit(next)))
		return false;
	bool period = false;
	for (; i < n; i += len) {
		cp = gw_utf8_decode(s + i, n - i, &len);
		bool time = false;
		for (size_t k = 0; k < sizeof period_chars / sizeof period_chars[0]; k++)
			time |= cp == period_chars[k];
		if (!time && !is_digit(cp))
			return true;  /* a unit, %, a point or a separator: a figure */
		period |= time && cp != '-' && cp != '~' && cp != 0x2014 && cp != 0x2013 && cp != 0xFF5E &&
			  cp != 0xFF0D;
	}
	return !period;
}

/* The 表头 Word did not mark (w:tblHeader) but a reader sees: the first
 * row holds no figure and some column under a text cell of it holds
 * figures only (empty cells aside, at least one) — "乡镇 | 户籍人口（人）"
 * over "城关镇 | 42,983".  MODEL.md header_rows says the same. */
static bool evident_header(const gw_report_table *t)
{
	if (t->rows < 2 || !t->cols)
		return false;
	for (size_t i = 0; i < t->n_cells; i++)
		if (t->cells[i].row == 0 && figure_cell(t->cells[i].text))
			return false;
	size_t *figures = calloc(t->cols, sizeof *figures), *others = calloc(t->cols, sizeof *others);
	bool found = false;
	for (size_t k = 0; figures && others && k < t->n_cells; k++) {
		const gw_report_cell *c = &t->cells[k];
		if (c->row == 0 || c->col >= t->cols || c->col_span != 1 || !c->text || !*c->text)
			continue;
		if (figure_cell(c->text))
			figures[c->col]++;
		else
			others[c->col]++;
	}
	for (size_t i = 0; figures && others && i < t->n_cells && !found; i++) {
		const gw_report_cell *h = &t->cells[i];
		found = h->row == 0 && h->col < t->cols && h->col_span == 1 && h->row_span == 1 && h->text &&
			*h->text && figures[h->col] && !others[h->col];
	}
	free(figures);
	free(others);
	return found;  /* out of memory: no guess, the table is still set */
}

/* Ends a sentence or a lead-in: a paragraph holding one is not a caption. */
static const uint32_t sentence_marks[] = {0x3002 /* 。 */, 0xFF1B /* ； */, 0xFF01 /* ！ */, 0xFF1F /* ？ */};

static bool sentence_mark(uint32_t cp)
{
	for (size_t k = 0; k < sizeof sentence_marks / sizeof sentence_marks[0]; k++)
		if (cp == sentence_marks[k])
			return true;
	return false;
}

/* The paragraph just before a table is its caption when it reads as a
 * title, not as a sentence: at most two lines, not centred (the title, a
 * part title), no 。；！？ and not ending in a colon (a lead-in such as
 * "完成情况如下：" belongs to the text) — "表1　2025年上半年各乡镇农业主要指标",
 * "（单位：万元）".  It is kept with the table like a heading. */
static void keep_caption(gw_doc *doc)
{
	if (!doc->nr || doc->nr <= doc->head_rows)
		return;
	size_t last = doc->nr - 1, first = last;
	if (doc->ts[last].blank || doc->rows[last].table || !doc->ts[last].para_last)
		return;
	while (first > doc->head_rows && !doc->ts[first].para_first)
		first--;
	if (last - first >= 2 || doc->rows[first].centred || doc->rows[first].table)
		return;
	size_t g0 = doc->rows[first].g0, g1 = doc->rows[last].g1;
	for (size_t g = g0; g < g1; g++)
		if (sentence_mark(doc->cp[g]))
			return;
	if (g1 > g0 && (doc->cp[g1 - 1] == 0xFF1A || doc->cp[g1 - 1] == ':'))
		return;
	for (size_t i = first; i <= last; i++) {
		doc->ts[i].keep_with_next = true;
		doc->rows[i].lead = true;
	}
}

static void layout_free(struct layout *lo)
{
	free(lo->pieces);
	free(lo->lines);
	free(lo->first_line);
	free(lo->n_cell_lines);
	free(lo->row_h);
}

void gw_compose_table(gw_doc *doc, const gw_paragraph *p)
{
	const gw_report_table *t = p->table;
	if (doc->st || !t->rows || !t->cols)
		return;
	if (GW_ARRAY_GROW(doc->tables, doc->cap_tables, doc->n_tables + 1, SIZE_MAX)) {
		oom(doc);
		return;
	}
	size_t header_rows = t->header_rows < t->rows ? t->header_rows : 0;  /* all header: none repeated */
	if (!t->header_rows && evident_header(t))
		header_rows = 1;
	keep_caption(doc);
	struct layout lo = {.t = t, .header_rows = header_rows};
	size_t nc = t->n_cells ? t->n_cells : 1;
	lo.first_line = malloc(nc * sizeof *lo.first_line);
	lo.n_cell_lines = malloc(nc * sizeof *lo.n_cell_lines);
	lo.row_h = malloc(t->rows * sizeof *lo.row_h);
	size_t *line_of = malloc((t->rows + 1) * sizeof *line_of);
	double *colx = malloc((t->cols + 1) * sizeof *colx);
	lo.colx = colx;
	if (!lo.first_line || !lo.n_cell_lines || !lo.row_h || !line_of || !colx) {
		oom(doc);
	} else {
		add_pieces(doc, &lo, header_rows, p->line);
		if (!doc->st)
			fit(doc, &lo);
		if (!doc->st) {
			row_heights(&lo);
			size_t first = push_lines(doc, &lo, doc->n_tables + 1, header_rows, line_of);
			add_segments(doc, &lo, first, line_of);
			if (!doc->st) {
				doc->tables[doc->n_tables++] =
					(gw_table_place){t, first, first, doc->nr, line_of[header_rows], colx, lo.turned};
				colx = NULL;  /* owned by doc->tables now */
			}
		}
	}
	free(colx);
	free(line_of);
	layout_free(&lo);
}

/* ---- after pagination ------------------------------------------------ */

/* Inserts copies of rows [src, src + count) at `at` (> src): the 表头 at
 * the top of a page the table continues on.  Row indices kept elsewhere
 * (attachment starts, later tables) move with the rows. */
static bool insert_copies(gw_doc *doc, size_t at, size_t src, size_t count)
{
	int pending = doc->pending_level;
	doc->pending_level = 0;
	for (size_t k = 0; k < count; k++)
		if (!gw_compose_row(doc))
			return false;
	doc->pending_level = pending;
	size_t tail = doc->nr - count - at;
	memmove(&doc->rows[at + count], &doc->rows[at], tail * sizeof *doc->rows);
	memmove(&doc->ts[at + count], &doc->ts[at], tail * sizeof *doc->ts);
	for (size_t k = 0; k < count; k++) {
		doc->rows[at + k] = doc->rows[src + k];
		doc->rows[at + k].ol_level = 0;
		doc->rows[at + k].closing = false;
		doc->ts[at + k] = doc->ts[src + k];
		doc->ts[at + k].keep_with_next = true;
	}
	for (size_t k = 0; k < doc->n_segs; k++)
		doc->segs[k] += doc->segs[k] >= at ? count : 0;
	for (size_t k = 0; k < doc->n_tables; k++) {
		doc->tables[k].lead0 += doc->tables[k].lead0 >= at ? count : 0;
		doc->tables[k].row0 += doc->tables[k].row0 >= at ? count : 0;
		doc->tables[k].row1 += doc->tables[k].row1 >= at ? count : 0;
	}
	return true;
}

/* The 表头 again after each page break inside a table (Word's "repeat as
 * header row"); one that takes half a page or more is not repeated. */
static void repeat_headers(gw_doc *doc)
{
	for (size_t k = 0; k < doc->n_tables && !doc->st; k++) {
		size_t h = doc->tables[k].header_lines;
		int lines = doc->tables[k].turned ? gw_compose_turned_frame(doc).lines : doc->L->lines;
		if (!h || 2 * h >= (size_t)lines)
			continue;
		for (size_t i = doc->tables[k].row0 + h + 1; i < doc->tables[k].row1 && !doc->st; i++) {
			if (doc->ts[i].page == doc->ts[i - 1].page || doc->ts[i].page < 0)
				continue;
			if (!insert_copies(doc, i, doc->tables[k].row0, h))
				return;
			doc->pages = gw_compose_paginate(doc);
			i += h;
		}
	}
}

/* A rule of table tp from (x0, y0) to (x1, y1) in its frame: the page's,
 * or the turned frame (then put on the paper). */
static void add_rule(gw_doc *doc, const gw_table_place *tp, int page, double x0, double y0, double x1, double y1)
{
	if (GW_ARRAY_GROW(doc->table_rules, doc->cap_table_rules, doc->n_table_rules + 1, SIZE_MAX)) {
		oom(doc);
		return;
	}
	if (tp->turned) {
		gw_compose_unturn(doc, x0, y0, &x0, &y0);
		gw_compose_unturn(doc, x1, y1, &x1, &y1);
	}
	doc->table_rules[doc->n_table_rules++] = (gw_line_rule){page, x0, y0, x1, y1, RULE_WIDTH, 0x000000};
}

/* The rules of lines [a, b) of table tp, all on one page: the frame, and
 * each cell's bottom and right edge over the slots its rows take there.
 * slot_lo/slot_hi: per table row, scratch (SIZE_MAX when not on the page). */
static void page_rules(gw_doc *doc, const gw_table_place *tp, size_t a, size_t b, size_t *slot_lo,
		       size_t *slot_hi)
{
	const gw_report_table *t = tp->t;
	int page = doc->ts[a].page;
	for (size_t i = a; i < b; i++) {
		size_t r = doc->rows[i].table_row, s = (size_t)doc->ts[i].slot;
		slot_lo[r] = slot_lo[r] == SIZE_MAX || s < slot_lo[r] ? s : slot_lo[r];
		slot_hi[r] = slot_hi[r] == SIZE_MAX || s > slot_hi[r] ? s : slot_hi[r];
	}
	gw_turned_frame f = gw_compose_turned_frame(doc);
	double left = tp->turned ? f.left : doc->left, block_top = tp->turned ? f.top : doc->top;
	double right = left + (tp->turned ? f.width : doc->width);
	double top = block_top + doc->ts[a].slot * doc->pitch, bottom = block_top + (doc->ts[b - 1].slot + 1) * doc->pitch;
	add_rule(doc, tp, page, left, top, right, top);
	add_rule(doc, tp, page, left, bottom, right, bottom);
	add_rule(doc, tp, page, left, top, left, bottom);
	add_rule(doc, tp, page, right, top, right, bottom);
	for (size_t i = 0; i < t->n_cells && !doc->st; i++) {
		const gw_report_cell *c = &t->cells[i];
		size_t lo = SIZE_MAX, hi = 0;
		for (size_t r = c->row; r < c->row + c->row_span && r < t->rows; r++)
			if (slot_lo[r] != SIZE_MAX) {
				lo = slot_lo[r] < lo ? slot_lo[r] : lo;
				hi = slot_hi[r] > hi ? slot_hi[r] : hi;
			}
		if (lo == SIZE_MAX || c->col >= t->cols)
			continue;
		size_t end = c->col + c->col_span < t->cols ? c->col + c->col_span : t->cols;
		double x0 = left + tp->colx[c->col], x1 = left + tp->colx[end];
		double y0 = block_top + lo * doc->pitch, y1 = block_top + (hi + 1) * doc->pitch;
		if (y1 < bottom - 0.01)
			add_rule(doc, tp, page, x0, y1, x1, y1);
		if (end < t->cols)
			add_rule(doc, tp, page, x1, y0, x1, y1);
	}
	for (size_t i = a; i < b; i++)
		slot_lo[doc->rows[i].table_row] = slot_hi[doc->rows[i].table_row] = SIZE_MAX;
}

static void table_rules(gw_doc *doc, const gw_table_place *tp)
{
	size_t rows = tp->t->rows;
	size_t *slot_lo = malloc(rows * sizeof *slot_lo), *slot_hi = malloc(rows * sizeof *slot_hi);
	if (!slot_lo || !slot_hi) {
		free(slot_lo);
		free(slot_hi);
		oom(doc);
		return;
	}
	for (size_t r = 0; r < rows; r++)
		slot_lo[r] = slot_hi[r] = SIZE_MAX;
	for (size_t a = tp->row0, b; a < tp->row1 && !doc->st; a = b) {
		for (b = a; b < tp->row1 && doc->ts[b].page == doc->ts[a].page; b++)
			;
		if (doc->ts[a].page >= 0)
			page_rules(doc, tp, a, b, slot_lo, slot_hi);
	}
	free(slot_lo);
	free(slot_hi);
}

void gw_compose_table_finish(gw_doc *doc)
{
	if (!doc->n_tables || doc->st)
		return;
	repeat_headers(doc);
	for (size_t k = 0; k < doc->n_tables && !doc->st; k++)
		table_rules(doc, &doc->tables[k]);
}

/* ---- turned tables (GB/T 9704 §8) ----------------------------------- */

gw_turned_frame gw_compose_turned_frame(const gw_doc *doc)
{
	gw_turned_frame f = {doc->page_h - doc->top - doc->height, doc->left, doc->height, doc->width, 0};
	f.lines = doc->pitch > 0 ? (int)(f.height / doc->pitch + 1e-6) : 1;
	f.lines = f.lines > 0 ? f.lines : 1;
	return f;
}

void gw_compose_unturn(const gw_doc *doc, double X, double Y, double *x, double *y)
{
	*x = Y;
	*y = doc->page_h - X;
}

bool gw_compose_row_turned(const gw_doc *doc, size_t i)
{
	if (i >= doc->nr)
		return false;
	if (doc->rows[i].table)
		return doc->tables[doc->rows[i].table - 1].turned;
	if (!doc->rows[i].lead)
		return false;
	for (size_t k = 0; k < doc->n_tables; k++)
		if (doc->tables[k].turned && doc->tables[k].lead0 <= i && i < doc->tables[k].row0)
			return true;
	return false;
}

/* The first of the rows before turned table tp (from row a on) that open
 * its first page with it: the keep-with-next chain of heading and caption
 * lines (and blank rows between them, a 附件's) that ends at the table,
 * without the blank rows it would start with.  tp->row0 when there is
 * none, or when the chain, the 表头 and one more line would not fit a
 * turned page. */
static size_t lead_start(const gw_doc *doc, const gw_table_place *tp, size_t a, int lines)
{
	size_t k = tp->row0;
	while (k > a && doc->ts[k - 1].keep_with_next && !doc->rows[k - 1].table &&
	       (doc->rows[k - 1].lead || doc->ts[k - 1].blank))
		k--;
	while (k < tp->row0 && doc->ts[k].blank)
		k++;
	return tp->row0 - k + tp->header_lines + 1 <= (size_t)lines ? k : tp->row0;
}

int gw_compose_table_paginate(gw_doc *doc, size_t a, size_t b, int first)
{
	int pages = 0, lines = gw_compose_turned_frame(doc).lines;
	for (size_t k = 0; k < doc->n_tables; k++) {
		gw_table_place *tp = &doc->tables[k];
		if (!tp->turned || tp->row0 < a || tp->row1 > b || tp->row1 <= tp->row0)
			continue;
		tp->lead0 = lead_start(doc, tp, a, lines);
		if (tp->lead0 > a)
			pages += gw_compose_paginate_range(doc, a, tp->lead0, first + pages, doc->L->lines);
		pages += gw_compose_paginate_range(doc, tp->lead0, tp->row1, first + pages, lines);
		a = tp->row1;
	}
	if (b > a || pages == 0)
		pages += gw_compose_paginate_range(doc, a, b, first + pages, doc->L->lines);
	return pages;
}

void gw_compose_table_free(gw_doc *doc)
{
	for (size_t k = 0; k < doc->n_tables; k++)
		free(doc->tables[k].colx);
	free(doc->tables);
	free(doc->segs_tbl);
	free(doc->table_rules);
}
