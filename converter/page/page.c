/*
 * page.c — compose.c's rows → the page list of page.h: each row split into
 * runs of one face, the page furniture (GB/T 9704 7.5 page numbers, the
 * draft layout's line numbers, outline entries) placed, and the subset
 * font programs made.  Everything is carved from one arena owned by the
 * gw_pages, so one gw_pages_free releases it.
 */
#include "page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/arena.h"
#include "../model/i18n.h"
#include "../model/utf8.h"
#include "compose.h"

#define DASH_RISE 0.38          /* 一字线 height above the baseline, in em (AR PL SungtiL GB) */
#define FAKE_BOLD_STROKE 0.03   /* faux bold: outline stroked this wide, in em */

/* Glyphs [g0, g1) drawn on page `page` (0-based): a row, or one line of
 * a table cell. */
struct glyph_span {
	size_t g0, g1;
	size_t page;
};

struct gw_pages_store {
	gw_arena *arena;
	size_t *para_g0;             /* gw_doc.para_g0, for gw_pages_page_of */
	size_t n_para_g0;
	struct glyph_span *spans;    /* every drawn row's glyphs, by g0 */
	size_t n_spans;
};

/* One document being built. */
struct build {
	gw_doc *doc;
	gw_pages *out;
	gw_arena *arena;
	int *font_of_face;     /* face in gw_fonts → index in out->fonts, -1 unused */
	gw_page *page;         /* the page being filled */
	gw_rgb color;          /* of the runs being added */
	bool turned;           /* the runs being added are placed in the turned frame */
	size_t cap_runs, cap_marks;
};

static gw_status nomem(gw_doc *doc)
{
	if (!doc->st)
		doc->st = gw_fail(doc->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory laying out the pages");
	return doc->st;
}

/* Characters set in the page-number role on every document, whether or
 * not the layout shows page numbers: the page-number face's subset then
 * does not depend on the layout's [page_number] and [line_numbers]. */
static const char pn_chars[] = "0123456789 ";

static void use(uint8_t *bits, size_t n_faces, int face, uint32_t cp)
{
	if (face >= 0 && (size_t)face < n_faces && cp < 65536)
		bits[(size_t)face * 8192 + cp / 8] |= (uint8_t)(1u << (cp % 8));
}

/* One used face's subset program, copied into the arena as font n_fonts. */
static gw_status add_font(struct build *b, int face, const uint32_t *cps, size_t n)
{
	gw_doc *doc = b->doc;
	unsigned char *data = NULL;
	size_t len = 0;
	gw_status st = gw_fonts_subset(doc->fonts, face, cps, n, &data, &len, doc->d);
	if (st)
		return doc->st = st;
	gw_page_font *pf = &b->out->fonts[b->out->n_fonts];
	unsigned char *program = gw_arena_alloc(b->arena, len);
	pf->family = gw_arena_strdup(b->arena, gw_fonts_family(doc->fonts, face));
	pf->file = gw_arena_strdup(b->arena, gw_fonts_file(doc->fonts, face));
	if (program)
		memcpy(program, data, len);
	free(data);
	if (!program || !pf->family || !pf->file)
		return nomem(doc);
	pf->program = program;
	pf->len = len;
	b->font_of_face[face] = (int)b->out->n_fonts++;
	return GW_OK;
}

/* The code points each face draws (the document's glyphs and the
 * page-number characters), then one subset program per used face. */
static gw_status make_fonts(struct build *b)
{
	gw_doc *doc = b->doc;
	size_t nf = gw_fonts_count(doc->fonts);
	uint8_t *bits = calloc(nf ? nf : 1, 8192);
	uint32_t *list = malloc(65536 * sizeof *list);
	b->font_of_face = gw_arena_array(b->arena, nf ? nf : 1, sizeof *b->font_of_face);
	b->out->fonts = gw_arena_array(b->arena, nf ? nf : 1, sizeof *b->out->fonts);
	if (!bits || !list || !b->font_of_face || !b->out->fonts) {
		free(bits);
		free(list);
		return nomem(doc);
	}
	for (size_t i = 0; i < doc->ng; i++)
		use(bits, nf, doc->g[i].face, doc->g[i].cp);
	bool fake;
	for (const char *c = pn_chars; *c; c++)
		use(bits, nf, gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, (uint32_t)*c, &fake), (uint32_t)*c);
	use(bits, nf, gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, 0x2014, &fake), 0x2014);
	for (size_t f = 0; f < nf && !doc->st; f++) {
		b->font_of_face[f] = -1;
		size_t n = 0;
		for (uint32_t cp = 0; cp < 65536; cp++)
			if (bits[f * 8192 + cp / 8] & (1u << (cp % 8)))
				list[n++] = cp;
		if (n)
			add_font(b, (int)f, list, n);
	}
	free(bits);
	free(list);
	return doc->st;
}

/* Glyphs [g0, g1) of doc (one face, one faux-bold state) as a run at x on
 * baseline y. */
static void add_run(struct build *b, size_t g0, size_t g1, double x, double y, double size, double spacing)
{
	gw_doc *doc = b->doc;
	gw_page *pg = b->page;
	size_t n = g1 - g0;
	if (doc->st || n == 0)
		return;
	if (gw_arena_grow(b->arena, (void **)&pg->runs, &b->cap_runs, pg->n_runs + 1, sizeof *pg->runs)) {
		nomem(doc);
		return;
	}
	uint32_t *cp = gw_arena_array(b->arena, n, sizeof *cp);
	double *adv = gw_arena_array(b->arena, n, sizeof *adv);
	char *text = gw_arena_alloc(b->arena, n * 3 + 1);  /* code points ≤ U+FFFF: ≤ 3 bytes each */
	if (!cp || !adv || !text) {
		nomem(doc);
		return;
	}
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		cp[i] = doc->g[g0 + i].cp;
		adv[i] = doc->adv[g0 + i];
		len += gw_utf8_encode(cp[i], text + len);
	}
	text[len] = '\0';
	const gw_glyph *g = &doc->g[g0];
	if (b->turned)
		gw_compose_unturn(doc, x, y, &x, &y);
	pg->runs[pg->n_runs++] = (gw_run){
		.font = b->font_of_face[g->face], .size = size, .color = b->color, .x = x, .y = y, .spacing = spacing,
		.stroke = g->fake ? FAKE_BOLD_STROKE * size : 0, .text = text, .cp = cp, .adv = adv, .n = n,
		.turned = b->turned};
}

/* Glyphs [g0, g1) from x, split where the face or faux bold changes. */
static void add_runs(struct build *b, size_t g0, size_t g1, double x, double y, double size, double spacing)
{
	const gw_doc *doc = b->doc;
	size_t a = g0;
	for (size_t i = g0; i <= g1; i++) {
		if (i < g1 && doc->g[i].face == doc->g[a].face && doc->g[i].fake == doc->g[a].fake)
			continue;
		add_run(b, a, i, x, y, size, spacing);
		for (size_t k = a; k < i; k++)
			x += doc->adv[k] + spacing;
		a = i;
	}
}

static gw_rgb rgb(uint32_t v)
{
	return (gw_rgb){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
}

/* The baseline of a line of `size` in slot `slot` of a block whose top is
 * `top` (the page's 版心, or the turned frame's). */
static double baseline(const gw_doc *doc, double top, int slot, double size)
{
	return top + slot * doc->pitch + (doc->pitch - size) / 2 + GW_PAGE_ASCENT * size;
}

static void line_number(struct build *b, int slot, bool turned);

/* Row r of a page of the turned frame: a table's cells' pieces, or a
 * heading or caption line leading into it (a centred one centred on the
 * frame), placed in that frame and put on the paper by add_run. */
static void turned_row(struct build *b, const gw_row *r, int slot)
{
	const gw_doc *doc = b->doc;
	gw_turned_frame f = gw_compose_turned_frame(doc);
	double y = baseline(doc, f.top, slot, r->size);
	b->turned = true;
	for (size_t k = r->seg0; k < r->seg0 + r->n_seg; k++) {
		const gw_seg *sg = &doc->segs_tbl[k];
		add_runs(b, sg->g0, sg->g1, f.left + sg->x, y + sg->dy, r->size, sg->tc);
	}
	if (!r->table)
		add_runs(b, r->g0, r->g1, f.left + r->x + (r->centred ? (f.width - doc->width) / 2 : 0), y, r->size,
			 r->tc);
	b->turned = false;
	if (doc->L->ln_enabled && r->numbered)
		line_number(b, slot, true);
}

/* A short string in the page-number role (digits, spaces, 一字线) ending
 * (align 1), centred (0) or starting (-1) at x, but starting at min_x at
 * the least. */
static void add_label(struct build *b, const uint32_t *cps, size_t n, double x, double y, double size,
		      int align, double min_x)
{
	gw_doc *doc = b->doc;
	size_t g0 = doc->ng;
	for (size_t i = 0; i < n; i++) {
		bool fake;
		int f = gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, cps[i], &fake);
		if (f >= 0)
			gw_compose_push(doc, cps[i], f, false);
	}
	if (doc->st || gw_compose_measure(doc, g0, size))
		return;
	double w = 0;
	for (size_t i = g0; i < doc->ng; i++) {
		/* 7.5 半角: a space is half an em whatever the face says (FandolSong's is 1/3) */
		if (doc->cp[i] == ' ')
			doc->adv[i] = size / 2;
		w += doc->adv[i];
	}
	x -= align > 0 ? w : align == 0 ? w / 2 : 0;
	add_runs(b, g0, doc->ng, x > min_x ? x : min_x, y, size, 0);
	doc->ng = g0;
}

/* GB/T 9704 7.5: "— n —", 4号, dash line 7 mm below the block; odd pages
 * right, even pages left, one 字 in from the edge. */
static void page_number(struct build *b, int page)
{
	const gw_doc *doc = b->doc;
	const gw_layout *L = doc->L;
	uint32_t cps[32];
	size_t n = 0;
	char num[16];
	snprintf(num, sizeof num, "%d", page);
	cps[n++] = 0x2014;
	cps[n++] = ' ';
	for (const char *c = num; *c; c++)
		cps[n++] = (uint32_t)*c;
	cps[n++] = ' ';
	cps[n++] = 0x2014;
	double size = L->pn_size_pt;
	double y = doc->top + doc->height + L->pn_below_mm * GW_PT_PER_MM + DASH_RISE * size;
	double inset = L->pn_inset_chars * size;
	if (L->pn_position == GW_PN_CENTER)
		add_label(b, cps, n, doc->left + doc->width / 2, y, size, 0, 0);
	else if (page % 2)
		add_label(b, cps, n, doc->left + doc->width - inset, y, size, 1, 0);
	else
		add_label(b, cps, n, doc->left + inset, y, size, -1, 0);
}

/* The top of the page number's em box, from the top of the paper (7.5). */
static double page_number_top(const gw_doc *doc)
{
	const gw_layout *L = doc->L;
	return doc->top + doc->height + L->pn_below_mm * GW_PT_PER_MM + (DASH_RISE - GW_PAGE_ASCENT) * L->pn_size_pt;
}

/* The draft layout's line numbers (reviewers cite "p. 3, l. 17"): every
 * ln_every-th slot, right-aligned ln_gap_mm left of the block.  On a
 * turned page they read with the table, left of the turned frame — in the
 * paper's bottom margin, where the page number stays upright: there a
 * number that would reach the page number's line moves towards the
 * frame, so the two never touch. */
static void line_number(struct build *b, int slot, bool turned)
{
	const gw_doc *doc = b->doc;
	const gw_layout *L = doc->L;
	if ((slot + 1) % L->ln_every)
		return;
	uint32_t cps[16];
	size_t n = 0;
	char num[16];
	snprintf(num, sizeof num, "%d", slot + 1);
	for (const char *c = num; *c; c++)
		cps[n++] = (uint32_t)*c;
	gw_turned_frame f = gw_compose_turned_frame(doc);
	double left = turned ? f.left : doc->left, min_x = 0;
	double y = baseline(doc, turned ? f.top : doc->top, slot, L->size_pt) - (L->size_pt - L->ln_size_pt) * 0.1;
	if (turned && L->pn_enabled)  /* frame x → paper y = page_h − x */
		min_x = doc->page_h - page_number_top(doc) + 1;
	b->turned = turned;
	add_label(b, cps, n, left - L->ln_gap_mm * GW_PT_PER_MM, y, L->ln_size_pt, 1, min_x);
	b->turned = false;
}

static void add_mark(struct build *b, const gw_row *r, double y)
{
	gw_doc *doc = b->doc;
	gw_page *pg = b->page;
	if (gw_arena_grow(b->arena, (void **)&pg->marks, &b->cap_marks, pg->n_marks + 1, sizeof *pg->marks)) {
		nomem(doc);
		return;
	}
	const char *title = gw_arena_strdup(b->arena, r->ol_title ? r->ol_title : "");
	if (!title) {
		nomem(doc);
		return;
	}
	int level = r->ol_level < 1 ? 1 : r->ol_level > 4 ? 4 : r->ol_level;
	pg->marks[pg->n_marks++] = (gw_mark){level, title, y};
}

/* Page pg: its rows (from *row on), their line numbers and marks, then
 * the page number. */
static void fill_page(struct build *b, int pg, size_t *row)
{
	gw_doc *doc = b->doc;
	b->cap_runs = b->cap_marks = 0;
	b->page->width = doc->page_w;
	b->page->height = doc->page_h;
	size_t i = *row;
	for (; i < doc->nr && doc->ts[i].page <= pg && !doc->st; i++) {
		const gw_ts_row *t = &doc->ts[i];
		const gw_row *r = &doc->rows[i];
		if (t->page < 0 || t->blank)
			continue;
		bool turned = gw_compose_row_turned(doc, i);
		b->page->turned |= turned;
		if (r->ol_level)  /* a turned page's entry points at its top */
			add_mark(b, r, turned ? 0 : doc->top + t->slot * doc->pitch);
		if (turned) {
			turned_row(b, r, t->slot);
			continue;
		}
		double y = baseline(doc, doc->top, t->slot, r->size);
		if (r->n_seg)  /* a table line: each cell's piece at its own place */
			for (size_t k = r->seg0; k < r->seg0 + r->n_seg; k++) {
				const gw_seg *sg = &doc->segs_tbl[k];
				add_runs(b, sg->g0, sg->g1, doc->left + sg->x, y + sg->dy, r->size, sg->tc);
			}
		else
			add_runs(b, r->g0, r->g1, doc->left + r->x, y, r->size, r->tc);
		if (doc->L->ln_enabled && r->numbered)
			line_number(b, t->slot, false);
	}
	*row = i;
	for (size_t k = 0; k < doc->n_fixed && !doc->st; k++) {
		const gw_fixed *f = &doc->fixed[k];
		if (f->page != pg)
			continue;
		b->color = rgb(f->rgb);
		add_runs(b, f->g0, f->g1, doc->left + f->x, f->y, f->size, f->tc);
		b->color = (gw_rgb){0, 0, 0};
	}
	bool plain = doc->first_plain > 0 && pg >= doc->first_plain;
	if (doc->L->pn_enabled && !plain && (pg > 0 || doc->L->pn_first_page))
		page_number(b, pg + 1);
}

/* The rules of the 版头 and 版记 and the tables' cell rules (compose.h
 * gw_line_rule) on their pages. */
static gw_status add_rules(struct build *b)
{
	const gw_doc *doc = b->doc;
	for (size_t k = 0; k < doc->n_rules + doc->n_table_rules; k++) {
		const gw_line_rule *r = k < doc->n_rules ? &doc->rules[k] : &doc->table_rules[k - doc->n_rules];
		if (r->page < 0 || (size_t)r->page >= b->out->n_pages)
			continue;
		gw_rule rule = {r->x0, r->y0, r->x1, r->y1, r->width, rgb(r->rgb)};
		gw_status st = gw_pages_add_rule(b->out, (size_t)r->page, &rule, doc->d);
		if (st)
			return st;
	}
	return GW_OK;
}

static gw_status make_pages(struct build *b)
{
	gw_doc *doc = b->doc;
	size_t n = doc->pages > 0 ? (size_t)doc->pages : 0, row = 0;
	b->out->pages = gw_arena_array(b->arena, n ? n : 1, sizeof *b->out->pages);
	if (!b->out->pages)
		return nomem(doc);
	b->out->n_pages = n;
	for (size_t pg = 0; pg < n && !doc->st; pg++) {
		b->page = &b->out->pages[pg];
		fill_page(b, (int)pg, &row);
	}
	return doc->st;
}

static gw_status find_signer(const gw_report *r, struct build *b)
{
	for (size_t i = 0; i < r->signature.n; i++)
		if (!gw_compose_is_date(r->signature.items[i])) {
			b->out->signer = gw_arena_strdup(b->arena, r->signature.items[i]);
			return b->out->signer ? GW_OK : nomem(b->doc);
		}
	return GW_OK;
}

/* Lines a body needs at least: one per heading and one per paragraph. */
static size_t least_lines(const gw_section *s, size_t n)
{
	size_t lines = 0;
	for (size_t i = 0; i < n; i++)
		lines += 1 + s[i].n_body + least_lines(s[i].sections, s[i].n_sections);
	return lines;
}

static gw_status too_many_pages(size_t pages, bool at_least, gw_diag *d)
{
	return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into several files",
		       "the report needs %s%zu pages; a PDF or OFD may have at most %u", at_least ? _("at least ") : "",
		       pages, GW_MAX_PAGES);
}

static int span_cmp(const void *a, const void *b)
{
	const struct glyph_span *x = a, *y = b;
	return x->g0 < y->g0 ? -1 : x->g0 > y->g0 ? 1 : x->page < y->page ? -1 : x->page > y->page;
}

static void add_span(struct build *b, size_t *n, size_t g0, size_t g1, int page)
{
	if (g1 > g0 && page >= 0)
		b->out->store->spans[(*n)++] = (struct glyph_span){g0, g1, (size_t)page};
}

/* Where each paragraph's glyphs start and on which page each drawn row's
 * glyphs are, kept so gw_pages_page_of can answer after the rows are gone. */
static gw_status make_anchors(struct build *b)
{
	gw_doc *doc = b->doc;
	struct gw_pages_store *s = b->out->store;
	size_t cap = doc->nr + doc->n_segs_tbl;
	s->para_g0 = gw_arena_array(b->arena, doc->n_para_g0 ? doc->n_para_g0 : 1, sizeof *s->para_g0);
	s->spans = gw_arena_array(b->arena, cap ? cap : 1, sizeof *s->spans);
	if (!s->para_g0 || !s->spans)
		return nomem(doc);
	if (doc->n_para_g0)
		memcpy(s->para_g0, doc->para_g0, doc->n_para_g0 * sizeof *s->para_g0);
	s->n_para_g0 = doc->n_para_g0;
	size_t n = 0;
	for (size_t i = 0; i < doc->nr; i++) {
		const gw_row *r = &doc->rows[i];
		if (doc->ts[i].blank)
			continue;
		if (!r->table)
			add_span(b, &n, r->g0, r->g1, doc->ts[i].page);
		for (size_t k = r->seg0; k < r->seg0 + r->n_seg; k++)
			add_span(b, &n, doc->segs_tbl[k].g0, doc->segs_tbl[k].g1, doc->ts[i].page);
	}
	qsort(s->spans, n, sizeof *s->spans, span_cmp);
	s->n_spans = n;
	return GW_OK;
}

size_t gw_pages_page_of(const gw_pages *p, size_t paragraph, size_t offset)
{
	const struct gw_pages_store *s = p->store;
	if (!s || !s->spans || paragraph >= s->n_para_g0 || s->para_g0[paragraph] == SIZE_MAX || !s->n_spans)
		return 0;
	size_t g = s->para_g0[paragraph] + offset, lo = 0, hi = s->n_spans;
	while (hi - lo > 1) {  /* the last span starting at or before g */
		size_t mid = lo + (hi - lo) / 2;
		if (s->spans[mid].g0 <= g)
			lo = mid;
		else
			hi = mid;
	}
	return s->spans[lo].page + 1;
}

/* gw_pages_build, or with positions_only only the composition and what
 * gw_pages_page_of needs. */
static gw_status build_pages(const gw_report *r, const gw_layout *L, const gw_fonts *fonts, bool allow_missing,
			     bool positions_only, gw_pages *out, gw_diag *d)
{
	memset(out, 0, sizeof *out);
	/* before typesetting: two million one-line paragraphs took 2.6 GB to
	 * find out they make 90,000 pages */
	size_t least = (r->n_preamble + least_lines(r->sections, r->n_sections)) / (size_t)(L->lines > 0 ? L->lines : 1);
	if (least > GW_MAX_PAGES)
		return too_many_pages(least, true, d);
	gw_doc doc;
	gw_status st = gw_compose(&doc, r, L, fonts, allow_missing, d);
	if (!st && doc.pages > (int)GW_MAX_PAGES)
		st = too_many_pages((size_t)doc.pages, false, d);
	out->store = calloc(1, sizeof *out->store);
	gw_arena *arena = out->store ? gw_arena_new() : NULL;
	if (!st && !arena)
		st = nomem(&doc);
	if (out->store)
		out->store->arena = arena;
	struct build b = {.doc = &doc, .out = out, .arena = arena};
	if (!st && !positions_only)
		st = make_fonts(&b);
	if (!st && !positions_only)
		st = make_pages(&b);
	if (!st && !positions_only)
		st = add_rules(&b);
	if (!st && !positions_only)
		st = find_signer(r, &b);
	if (!st)
		st = make_anchors(&b);
	gw_compose_free(&doc);
	return st;
}

gw_status gw_pages_build(const gw_report *r, const gw_layout *L, const gw_fonts *fonts, bool allow_missing,
			 gw_pages *out, gw_diag *d)
{
	return build_pages(r, L, fonts, allow_missing, false, out, d);
}

void gw_pages_free(gw_pages *p)
{
	if (p->store)
		gw_arena_free(p->store->arena);
	free(p->store);
	memset(p, 0, sizeof *p);
}

gw_status gw_pages_add_rule(gw_pages *p, size_t page, const gw_rule *rule, gw_diag *d)
{
	if (page >= p->n_pages || !(rule->width > 0))
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "rule on page %zu of %zu, %g pt wide",
			       page + 1, p->n_pages, rule->width);
	gw_page *pg = &p->pages[page];
	gw_rule *rules = gw_arena_array(p->store->arena, pg->n_rules + 1, sizeof *rules);
	if (!rules)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory adding a rule");
	if (pg->n_rules)
		memcpy(rules, pg->rules, pg->n_rules * sizeof *rules);
	rules[pg->n_rules] = *rule;
	pg->rules = rules;
	pg->n_rules++;
	return GW_OK;
}

gw_status gw_pages_fonts_open(const char *fonts_dir, bool warn_missing, gw_fonts **fonts, gw_diag *d)
{
	gw_status st = gw_fonts_open(fonts_dir ? fonts_dir : "fonts", fonts, d);
	if (st)
		return st;
	for (const char *n = gw_fonts_notes(*fonts), *e; *n; n = *e ? e + 1 : e) {
		e = strchr(n, '\n');
		e = e ? e : n + strlen(n);
		gw_note(d, 0, "%.*s", (int)(e - n), n);
	}
	if (warn_missing && *gw_fonts_warning(*fonts))
		gw_warn(d, 0, "fonts: %s (`make deps` installs the free Fandol faces; see fonts/README.md)",
			gw_fonts_warning(*fonts));
	return GW_OK;
}

static gw_status lay_out(const gw_report *r, const gw_page_request *q, gw_page_cache *c, gw_diag *d)
{
	gw_fonts *own = NULL;
	gw_status st = q->fonts ? GW_OK : gw_pages_fonts_open(q->fonts_dir, true, &own, d);
	if (st)
		return st;
	st = gw_layout_load(q->layout, q->layouts_dir, &c->layout, d);
	if (!st)
		st = build_pages(r, &c->layout, q->fonts ? q->fonts : own, q->allow_missing, q->positions_only,
				 &c->pages, d);
	gw_fonts_close(own);
	return st;
}

gw_status gw_pages_lay_out(const gw_report *r, const gw_page_request *q, gw_page_cache *cache,
			   const gw_layout **L, const gw_pages **pages, gw_diag *d)
{
	if (!cache->done) {
		cache->st = lay_out(r, q, cache, d);
		cache->done = true;
	}
	*L = &cache->layout;
	*pages = &cache->pages;
	return cache->st;
}

void gw_page_cache_free(gw_page_cache *cache)
{
	gw_pages_free(&cache->pages);
	*cache = (gw_page_cache){0};
}
