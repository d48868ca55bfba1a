/*
 * compose.h — the report model laid out on pages: a flat array of
 * glyphs (each with the face that draws it, fonts.c), grouped into rows of
 * the page grid (typeset.c), each row with its page and slot.  page.c
 * turns them into the page list backends draw (page.h).
 */
#ifndef GW_COMPOSE_H
#define GW_COMPOSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../model/diag.h"
#include "../model/report.h"
#include "fonts.h"
#include "layout.h"
#include "typeset.h"

#define GW_MAX_GLYPHS (16u << 20)  /* ~4,000 pages of text */
#define GW_MAX_MISSING 12          /* characters listed in a GW_E_GLYPH message */
#define GW_COMPOSE_FACES 48        /* advance tables kept (fonts.c resolves at most 48 faces) */

typedef struct gw_glyph {
	uint32_t cp;
	int16_t face;
	bool fake;             /* faux bold */
} gw_glyph;

typedef struct gw_row {
	size_t g0, g1;         /* glyphs */
	double x, tc, size;    /* offset from the block's left edge, Tc, font size */
	bool numbered;         /* gets a line number in layouts that show them */
	bool lead;             /* a line of a heading or of a table's caption: it leads
	                          into what follows, so before a turned table it goes
	                          onto the table's first page (compose_table.c) */
	bool centred;          /* a centred block's line (title, 第一部分): x centres it
	                          on the 版心's width */
	int ol_level;          /* 1..4: an outline entry points here; 0: none */
	const char *ol_title;
	bool closing;          /* starts the chain that keeps the last body lines with the
	                          附件说明 and the signature (moved whole, never split) */
	size_t seg0, n_seg;    /* a table line: its cells' pieces doc->segs_tbl[seg0 ..
	                          seg0 + n_seg), drawn instead of [g0, g1) (compose_table.c) */
	size_t table;          /* a table line: 1 + its index in doc->tables; 0: not one */
	size_t table_row;      /* a table line: the model row it belongs to */
} gw_row;

/* One line of one table cell: glyphs set at x (from the block's left
 * edge) on its row's baseline moved down by dy. */
typedef struct gw_seg {
	size_t g0, g1;
	double x, dy, tc;
} gw_seg;

/* A table as placed: its lines are rows [row0, row1) of doc->rows, the
 * first header_lines of them its 表头, repeated after each page break.
 * A turned table (wider than the 版心, GB/T 9704 §8) has pages of its own,
 * its rows on the grid of gw_compose_turned_frame, and the heading and
 * caption lines that lead into it (rows [lead0, row0), gw_row.lead) open
 * its first page, turned with it; lead0 == row0 when none do. */
typedef struct gw_table_place {
	const gw_report_table *t;
	size_t lead0, row0, row1, header_lines;
	double *colx;          /* t->cols + 1 column edges from the block's left edge, pt */
	bool turned;
} gw_table_place;

/* GB/T 9704 §8: the 版心 of a page whose table is turned a quarter turn,
 * seen with the paper turned clockwise so that its left edge (订口 of an
 * odd page) is on top: a frame page_h wide and page_w high in which the
 * portrait 版心 is `width` wide and `height` high at (left, top), with
 * `lines` grid slots.  A point (X, Y) of it is (Y, page_h − X) on the
 * paper (gw_compose_unturn). */
typedef struct gw_turned_frame {
	double left, top, width, height;
	int lines;
} gw_turned_frame;

/* A line placed at an exact position, off the grid (版头, 版记). */
typedef struct gw_fixed {
	size_t g0, g1;         /* glyphs */
	int page;              /* 0-based */
	double x, y;           /* pen start: x from the block's left edge, baseline y from the page top */
	double tc, size;
	uint32_t rgb;          /* 0xRRGGBB */
} gw_fixed;

/* A straight line (red separator, 版记 rules) on a page, page coordinates. */
typedef struct gw_line_rule {
	int page;
	double x0, y0, x1, y1, width;
	uint32_t rgb;
} gw_line_rule;

#define GW_MAX_FIXED 64         /* head and imprint lines */
#define GW_MAX_RULES 16

typedef struct gw_missing {
	uint32_t cp;
	size_t line;
} gw_missing;

typedef struct gw_doc {
	const gw_layout *L;
	const gw_fonts *fonts;
	int16_t *advances[GW_COMPOSE_FACES];  /* per face: 65,536 advances (1/1000 em), -1 unknown; lazily */
	gw_diag *d;
	bool allow_missing;
	gw_glyph *g;
	uint32_t *cp;
	double *adv;
	size_t ng, capg;
	gw_row *rows;
	gw_ts_row *ts;
	gw_ts_line *lines;     /* scratch for gw_ts_break */
	size_t nr, capr, caplines;
	double left, top, width, height, cell, pitch, page_w, page_h;
	gw_missing miss[GW_MAX_MISSING];
	size_t n_miss;
	int pending_level;
	const char *pending_title;
	int pages;
	gw_report *scratch;    /* arena for outline titles */
	gw_fixed fixed[GW_MAX_FIXED];
	size_t n_fixed;
	gw_line_rule rules[GW_MAX_RULES];
	size_t n_rules;
	size_t head_rows;      /* rows [0, head_rows) hold page 1's slots under the 版头 */
	size_t segs[GW_MAX_FIXED];  /* rows where a new page must start (附件) */
	size_t n_segs;
	int first_plain;       /* > 0: pages from this index on carry no body (blank, 版记
	                          alone) and get no page number (7.5) */
	gw_seg *segs_tbl;      /* table cells' lines (gw_row.seg0) */
	size_t n_segs_tbl, cap_segs_tbl;
	gw_table_place *tables;
	size_t n_tables, cap_tables;
	gw_line_rule *table_rules;  /* the tables' cell rules, page coordinates */
	size_t n_table_rules, cap_table_rules;
	size_t *para_g0;       /* per gw_paragraph.index: its first glyph, SIZE_MAX when not
	                          drawn (the indicators' pages, gw_pages_page_of) */
	size_t n_para_g0;
	gw_status st;
} gw_doc;

/* Lays out r: glyphs, rows, pages (doc->pages, doc->ts[i].page/slot).
 * Characters no face has are GW_E_GLYPH listing them with their lines, or
 * a warning and 〓 with allow_missing.  Free with gw_compose_free, also on
 * failure. */
gw_status gw_compose(gw_doc *doc, const gw_report *r, const gw_layout *L, const gw_fonts *fonts,
		     bool allow_missing, gw_diag *d);
void gw_compose_free(gw_doc *doc);

/* Appends the characters of s drawn in `role` (frame.c). */
gw_status gw_compose_text(gw_doc *doc, const char *s, gw_role role, size_t line);
/* frame.c: the 版头 on page 1, returning the page-1 slots it takes above
 * the title; the 版记 after pagination (may add pages). */
size_t gw_frame_head(gw_doc *doc, const gw_head *h);
/* The 版头 to draw for r: r->head, or in a layout with head_mark_from_title
 * and no 发文机关标志 in r (a 纪要 typed as plain text, 10.3) a copy in *out
 * whose one mark (*mark) is r's title when that ends in 纪要 (then
 * *title_is_mark: the title is not set again), else 会议纪要. */
const gw_head *gw_frame_minutes_head(const gw_doc *doc, const gw_report *r, gw_head *out, const char **mark,
				     bool *title_is_mark);
void gw_frame_imprint(gw_doc *doc, const gw_imprint *im);

/* compose_table.c: a table paragraph as ruled grid rows (cells wrapped
 * inside their columns); after pagination, the 表头 repeated at the top of
 * each page the table continues on and the cell rules placed (may
 * paginate again). */
void gw_compose_table(gw_doc *doc, const gw_paragraph *p);
void gw_compose_table_finish(gw_doc *doc);
void gw_compose_table_free(gw_doc *doc);
/* Pages for rows [a, b) from page `first`, a turned table's rows on pages
 * of their own (compose.c's paginate calls it for each run of rows that
 * starts on a new page); returns the page count (1 for no rows). */
int gw_compose_table_paginate(gw_doc *doc, size_t a, size_t b, int first);
/* The turned frame of doc's layout, and whether row i is set in it: a
 * line of a turned table, or a heading or caption line leading into one
 * (gw_table_place.lead0; after pagination). */
gw_turned_frame gw_compose_turned_frame(const gw_doc *doc);
bool gw_compose_row_turned(const gw_doc *doc, size_t i);
/* A point of the turned frame on the paper. */
void gw_compose_unturn(const gw_doc *doc, double X, double Y, double *x, double *y);

/* A new grid row at the end (zeroed but for the pending outline entry),
 * or NULL when out of memory (doc->st set). */
gw_row *gw_compose_row(gw_doc *doc);
/* Assigns doc->ts rows to pages again (after rows were inserted); returns
 * the page count. */
int gw_compose_paginate(gw_doc *doc);
/* Rows [a, b) on pages of `slots` slots numbered from `first` (the
 * layout's widow and orphan control, or a filled grid); returns the page
 * count, 1 for no rows. */
int gw_compose_paginate_range(gw_doc *doc, size_t a, size_t b, int first, int slots);

/* Appends one glyph drawn with `face` (page numbers and line numbers). */
gw_status gw_compose_push(gw_doc *doc, uint32_t cp, int face, bool fake);
/* Fills doc->adv for glyphs [g0, ng) at `size`. */
gw_status gw_compose_measure(gw_doc *doc, size_t g0, double size);
/* "2024年1月8日", "二〇二三年十二月二十日": a date line of a signature. */
bool gw_compose_is_date(const char *s);

#endif
