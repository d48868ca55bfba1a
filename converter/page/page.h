/*
 * page.h — the page engine's product, and the contract between it and every
 * fixed-layout backend (PDF and OFD): the report laid out as a
 * device-independent list of pages.  A backend draws this list and decides
 * nothing about where anything goes; everything about placement (GB/T 9704
 * geometry, line breaking, page numbers, line numbers) is decided here.
 *
 *   gw_pages_build(report, layout, fonts)        compose.c + typeset.c +
 *        │                                       fonts.c (+ ttscale.c)
 *        ▼
 *   gw_pages ─ pages[]  ─ runs[]   positioned glyph runs (text, page and line numbers)
 *            │          ├ rules[]  straight lines (red separator line, 版记 rules)
 *            │          └ marks[]  outline entries (bookmarks)
 *            └ fonts[]             the embedded font programs the runs use
 *
 * The room (converter/page/; it includes only itself and model/):
 *   layout.c   layouts/NAME.ini → gw_layout (GB/T 9704 geometry as data)
 *   fonts.c    roles → faces (fontconfig), coverage and advances
 *              (HarfBuzz), subset programs (hb-subset)
 *   ttscale.c  the subset programs moved to a 256-unit grid: here and not
 *              in a backend because fonts.c measures advances on that grid,
 *              so the program any backend embeds and the layout must come
 *              from one place
 *   typeset.c  line and page breaking on the character grid (pure)
 *   compose.c  the model → glyphs on grid rows and pages
 *   page.c     rows → this list, with page numbers, line numbers, marks
 *
 * Units and origin: every length is in PDF points (1/72 inch; 1 mm =
 * GW_PT_PER_MM pt), measured from the page's top-left corner, x to the
 * right and y DOWN (as on paper and in OFD).  A PDF backend flips y
 * (page height − y); an OFD backend divides by GW_PT_PER_MM.
 *
 * Ownership: a gw_pages owns every array and string it points to (font
 * programs included) and gw_pages_free releases them all; nothing points
 * into the report, the layout or the gw_fonts it was built from, so those
 * may be freed first.  Backends get a const gw_pages *.
 *
 * Drawing order: on each page the rules first, then the runs in array
 * order (the order matters for byte-identical output, not for the picture:
 * nothing overlaps).  Colours are sRGB, 0–255 per channel.
 *
 * Orientation: every page is the paper as it is printed, A4 portrait.  A
 * table wider than the 版心 is turned a quarter turn on pages of its own
 * (GB/T 9704 §8; gw_page.turned): its runs are `turned` — they read up
 * the page, their glyphs' tops towards the left edge, so that the table
 * reads with the paper turned clockwise, its head at the left (binding)
 * edge — while the page number stays upright where every page has it.
 * Rules are plain lines in page coordinates either way.  The page is not
 * given a /Rotate or a landscape size: a duplex printer then prints every
 * sheet the same way up, and no viewer or print dialog picks a direction.
 */
#ifndef GW_PAGE_H
#define GW_PAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../model/diag.h"
#include "../model/report.h"
#include "fonts.h"
#include "layout.h"

/* Where a baseline sits below the top of the em box, in em: the engine
 * places every line as if each face's ascent were this (layout.md §4), so a
 * backend that writes font metrics (PDF FontDescriptor /Ascent) writes
 * GW_PAGE_ASCENT * 1000 and −(1 − GW_PAGE_ASCENT) * 1000. */
#define GW_PAGE_ASCENT 0.88

typedef struct gw_rgb {
	uint8_t r, g, b;       /* sRGB: {0,0,0} black, {255,0,0} the red of a 红头 */
} gw_rgb;

/* Glyphs of one font at one size set on one baseline: the pen starts at
 * (x, y) and moves by adv[i] + spacing after glyph i.  Glyph ids are not
 * given: the subset programs keep each character's cmap entry, so a
 * backend maps text (or cp) through the program it embeds (PDF: Identity-H
 * codes through libharu's cmap; OFD: TextCode). */
typedef struct gw_run {
	int font;              /* index into gw_pages.fonts */
	double size;           /* font size, pt */
	gw_rgb color;          /* fill (and, with stroke > 0, stroke) colour */
	double x, y;           /* pen start on the baseline, pt from the top-left */
	double spacing;        /* extra advance after every glyph, pt (PDF Tc); may be negative */
	double stroke;         /* 0: fill only; > 0: faux bold, outlines also stroked this wide (pt) */
	const char *text;      /* the n characters as UTF-8, NUL-terminated */
	const uint32_t *cp;    /* the n code points (all ≤ U+FFFF) */
	const double *adv;     /* the n advances at `size`, pt, spacing not included */
	size_t n;              /* ≥ 1 */
	bool turned;           /* reads up the page: the pen moves from (x, y) towards
	                          the top (y − adv − spacing), glyph tops towards the
	                          left edge (a turned table, see Orientation above) */
} gw_run;

/* A straight line from (x0, y0) to (x1, y1) along its centre, `width` pt
 * thick, butt ends (the line ends exactly at its end points). */
typedef struct gw_rule {
	double x0, y0, x1, y1; /* pt from the top-left */
	double width;          /* thickness, pt (> 0) */
	gw_rgb color;
} gw_rule;

/* An outline entry (bookmark) for a section heading. */
typedef struct gw_mark {
	int level;             /* 1..4: 一、 (一) 1. (1); a level-n entry nests under the last lower level */
	const char *title;     /* marker + heading, UTF-8 */
	double y;              /* top of the heading's line, pt from the page top */
} gw_mark;

typedef struct gw_page {
	double width, height;  /* pt: the paper, portrait */
	bool turned;           /* holds a turned table (its runs are turned; the page number is not) */
	gw_run *runs;
	size_t n_runs;
	gw_rule *rules;
	size_t n_rules;
	gw_mark *marks;        /* in reading order */
	size_t n_marks;
} gw_page;

/* One embedded font: a TrueType program holding only the characters the
 * runs draw with it (plus U+0020 and the page-number digits), hinting and
 * layout tables dropped, outlines on the embedding grid (ttscale.h).  The
 * runs' advances were measured on that grid, so program and layout agree. */
typedef struct gw_page_font {
	const char *family;    /* the family it was chosen for ("AR PL SungtiL GB") */
	const char *file;      /* the font file it came from, for messages */
	const unsigned char *program;
	size_t len;
} gw_page_font;

typedef struct gw_pages {
	gw_page *pages;
	size_t n_pages;
	gw_page_font *fonts;   /* in the order of the faces in gw_fonts */
	size_t n_fonts;
	const char *signer;    /* first signature line that is not a date, or NULL (document author) */
	struct gw_pages_store *store;  /* private: the memory behind the pointers above */
} gw_pages;

/* Pages a document may have: libharu 2.3.0 keeps every page in one /Kids
 * array of at most HPDF_LIMIT_MAX_ARRAY (32,767) entries ("libharu error
 * 0x1001" past it); the OFD writer keeps the same bound so -f pdf,ofd agree.
 * gw_pages_build refuses more with GW_E_TOO_LARGE, before typesetting when
 * the paragraphs alone need more. */
#define GW_MAX_PAGES 32767u

/* Lays out r with layout L and the faces of `fonts` into *out.  Characters
 * no face has are GW_E_GLYPH listing them with their lines, or a warning
 * and 〓 with allow_missing.  *out is valid for gw_pages_free also on
 * failure. */
gw_status gw_pages_build(const gw_report *r, const gw_layout *L, const gw_fonts *fonts, bool allow_missing,
			 gw_pages *out, gw_diag *d);
void gw_pages_free(gw_pages *p);

/* The 1-based page on which character `offset` of paragraph `paragraph`
 * (gw_paragraph.index) is drawn — offset in code points, control
 * characters not counted; for a table, of its cells' texts one after the
 * other — or 0 when that paragraph is not drawn.  A character trimmed at a
 * line end counts as on its line's page. */
size_t gw_pages_page_of(const gw_pages *p, size_t paragraph, size_t offset);

/* Appends a copy of *rule to page `page` (0-based).  GW_E_INTERNAL for a
 * page that does not exist or a width ≤ 0, GW_E_NOMEM. */
gw_status gw_pages_add_rule(gw_pages *p, size_t page, const gw_rule *rule, gw_diag *d);

/* ---- for backends: one call from a model to its pages -------------------- */

/* Opens the faces of fonts_dir/roles.ini for a batch of documents
 * (fontconfig set-up costs ~18 ms): its notes (-v: a role served by a
 * fallback face) go to d, and with warn_missing also the warning that no
 * face fits a role, so a batch gives them once. */
gw_status gw_pages_fonts_open(const char *fonts_dir, bool warn_missing, gw_fonts **fonts, gw_diag *d);

/* What a fixed-layout backend asks the page engine for. */
typedef struct gw_page_request {
	const char *layout;        /* layout name ("gbt9704", "draft") or .ini path; NULL: the default */
	const char *layouts_dir;   /* directory of named layouts */
	const char *fonts_dir;     /* roles.ini and user fonts, when fonts is NULL */
	const gw_fonts *fonts;     /* the batch's faces, or NULL: opened for this request */
	bool allow_missing;        /* 〓 and a warning for a character no face has */
	bool positions_only;       /* only where things are (gw_pages_page_of), for a
	                              backend that draws nothing: no pages, runs or
	                              font programs are made (a third of the time) */
} gw_page_request;

/* One document's layout and pages, laid out once for every fixed-layout
 * backend that draws it (-f pdf,ofd).  Its owner (convert.c, one per
 * document; a backend called alone, its own) zeroes it, gw_pages_lay_out
 * fills it, gw_page_cache_free frees it. */
typedef struct gw_page_cache {
	bool done;             /* laid out: st, layout and pages are set */
	gw_status st;          /* how it went (the diagnostic went to the first caller's d) */
	gw_layout layout;
	gw_pages pages;
} gw_page_cache;

/* The layout and pages of r as q asks — the layout file loaded, the faces
 * opened when q->fonts is NULL, the pages built — made on the first call
 * for a cache and returned by the later ones.  On GW_OK *L and *pages
 * point into the cache until gw_page_cache_free. */
gw_status gw_pages_lay_out(const gw_report *r, const gw_page_request *q, gw_page_cache *cache,
			   const gw_layout **L, const gw_pages **pages, gw_diag *d);
void gw_page_cache_free(gw_page_cache *cache);

#endif
