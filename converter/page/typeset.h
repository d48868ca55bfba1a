/*
 * typeset.h — Chinese line and page breaking on a character grid: pure
 * functions over code points and advances (no fonts, no PDF), so they can
 * be unit-tested with plain arrays.
 *
 * Units are PDF points.  A glyph of advance `adv` occupies adv + track on
 * the line, where track = cell - size is the grid tracking (16 pt glyphs on
 * 15.79 pt cells: track = -0.21).  Rules follow layout.md §2 (clreq basic
 * + strict kinsoku, unbreakable digit/Latin/mask runs, —— and ……, push-in
 * of one closing mark, line-end closing marks trimmed to half width).
 */
#ifndef GW_TYPESET_H
#define GW_TYPESET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* May not start a line: closing punctuation, pause/stop marks, %, …… */
bool gw_ts_not_start(uint32_t cp);
/* May not end a line: opening brackets and quotes, ￥ ＄ / */
bool gw_ts_not_end(uint32_t cp);
/* A full-width mark whose empty right half may be trimmed at line end. */
bool gw_ts_trimmable(uint32_t cp);
/* An opening mark whose empty left half may be dropped next to another mark. */
bool gw_ts_opening(uint32_t cp);
/* True when a line may break between cp[i-1] and cp[i] (0 < i < n). */
bool gw_ts_can_break(const uint32_t *cp, size_t n, size_t i);

typedef struct gw_ts_params {
	double width;        /* line width of every line after the first */
	double first_indent; /* first line starts this far right (and is shorter) */
	double rest_indent;  /* every later line starts this far right (hanging indent) */
	double size;         /* font size: a trimmable mark's half is size/2 */
	double track;        /* grid tracking added after every glyph (cell - size) */
	double max_squeeze;  /* how much a line may be compressed to keep a mark (push-in) */
	bool justify;        /* stretch every line but the last to the full width */
} gw_ts_params;

typedef struct gw_ts_line {
	size_t start, end;   /* glyphs [start, end) */
	double x;            /* offset of the first glyph from the line start (indent) */
	double tc;           /* character spacing to use for this line (PDF Tc) */
} gw_ts_line;

/* Breaks n glyphs into lines.  out must have room for n lines (at least 1);
 * returns the number of lines (0 only when n == 0). */
size_t gw_ts_break(const uint32_t *cp, const double *adv, size_t n, const gw_ts_params *p,
		   gw_ts_line *out);

/* gw_ts_break with GB/T 9704 §7.3.5.5-style tightening (layout.md §2.4):
 * when the glyph after a full line may not start one, the line's own
 * full-width closing and pause/stop marks give their empty half first
 * (clreq's order: closing brackets and quotes, ，、；：, then 。？！; a line's
 * first glyph keeps its place), then Tc up to max_squeeze, and only when
 * that is not enough is a character pushed out to the next line.  The
 * compressed marks' advances are written into adv. */
size_t gw_ts_break_tight(const uint32_t *cp, double *adv, size_t n, const gw_ts_params *p, gw_ts_line *out);

/* Title: breaks into as few lines of at most `width` as possible, balanced
 * in length, upper lines not longer than lower ones (梯形), preferring breaks
 * where the script changes or after 的/之/和/与/及.  Lines are not justified
 * (tc = track) and x is the centring offset.  Returns the line count. */
size_t gw_ts_balance(const uint32_t *cp, const double *adv, size_t n, double width,
		     double track, gw_ts_line *out);

/* 标点挤压 (layout.md §2.3, quanjiao): two adjacent full-width marks take
 * 1.5 em, not 2.  Where one of them has an empty half facing the other
 * (a closing or pause/stop mark's right half, an opening mark's left half),
 * the first mark's advance loses GW_TS_SQUEEZE em, which moves the second mark onto
 * that empty half: ”、 。” ）。 ”“ （（ .  A mark after a Han character, or
 * a line's first mark, keeps its em: the 2-字 indent and 顶格 positions do
 * not move.  Line-end trimming stays with gw_ts_break.  Changes adv in
 * place; returns how many marks were compressed. */
size_t gw_ts_compress(const uint32_t *cp, double *adv, size_t n, double size);

/* The squeeze, in em: 0.45, not the full empty half (0.5), because text
 * extractors see each glyph's box at its font width: poppler starts a new
 * line when a box overlaps the previous one by half an em or more, so
 * with 0.5 every squeezed pair would come out of pdftotext split across
 * lines.  0.45 em keeps the overlap under half an em even in a pushed-in
 * line (Tc down to −0.5 pt at 16 pt); the pair takes 1.55 em, 0.8 pt
 * from 1.5 em at 16 pt. */
#define GW_TS_SQUEEZE 0.45

/* Width of glyphs [a, b) as set with tracking, without trimming. */
double gw_ts_width(const double *adv, size_t a, size_t b, double track);

/* One row of the page grid: a text line or a deliberate blank slot. */
typedef struct gw_ts_row {
	bool blank;          /* an empty slot (dropped at the top of a page) */
	bool keep_with_next; /* headings, title: never the last row of a page */
	bool para_first;     /* first line of a paragraph */
	bool para_last;      /* last line of a paragraph */
	int page;            /* out: 0-based page, -1 when dropped */
	int slot;            /* out: 0-based slot on the page */
} gw_ts_row;

/* Assigns rows to pages of `slots` slots: keep-with-next chains move to
 * the next page rather than end one; a paragraph's last line is not left
 * alone at a page top when moving one more line avoids it; a paragraph's
 * first line is not left alone at a page bottom.  Returns the page count. */
int gw_ts_paginate(gw_ts_row *rows, size_t n, int slots);

#endif
