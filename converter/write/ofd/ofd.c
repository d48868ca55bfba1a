/*
 * ofd.c — the OFD backend (-f ofd): the page list of page/page.h written as
 * a GB/T 33190-2016 package, the Chinese fixed-layout format archives keep
 * official documents in.  It draws exactly what the PDF draws: same runs,
 * same advances, same rules, same subset font programs.
 *
 *   OFD.xml                          DocInfo (DocID, Title, Author, …) → DocRoot
 *   Doc_0/Document.xml               CommonData (MaxUnitID first: the schema's
 *                                    sequence), Pages, Outlines, VPreferences
 *   Doc_0/PublicRes.xml              RGB colour space, Fonts → Res/font_N.ttf
 *   Doc_0/Res/font_N.ttf             the page list's font programs, as they are
 *   Doc_0/Pages/Page_N/Content.xml   one Layer: PathObjects (rules), TextObjects
 *
 * Units are millimetres from the page's top-left corner, y down (the page
 * list's own frame, divided by GW_PT_PER_MM).  A TextObject's Boundary is
 * the run's em box with a margin; its TextCode X/Y are the pen start on the
 * baseline inside that box, DeltaX the advances (with the run's spacing),
 * in the "g N v" form where a value repeats.  Every element carries the
 * ofd: prefix (ofd.js reads only prefixed names).
 *
 * DocType is "OFD": the standard's schema fixes it to that value, and the
 * outline entries carry Goto actions, which the OFD-A profile's checker
 * refuses.  Otherwise the package keeps to OFD-A: one document, every font
 * embedded and subset, nothing external, RGB colour only, Size on every
 * TextObject.
 *
 * Same input, same bytes: IDs are numbered in drawing order, the zip
 * entries are written in a fixed order with opts->timestamp as their time
 * (a DOS date computed in UTC), DocID is a hash of what decides the bytes.
 * Entries are deflated with libdeflate and handed to libzip ready-made.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#include <libdeflate.h>

#include "../../model/hash.h"
#include "../../model/i18n.h"
#include "../../page/fonts.h"
#include "../../page/layout.h"
#include "../../page/page.h"
#include "../writers.h"
#include "../zipentry.h"
#include "ofd.h"
#include "ofdxml.h"

#define OFD_NS "http://www.ofdspec.org/2016"
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
/* Room around a run's em box in its Boundary, in em: some readers clip to
 * the Boundary, and glyphs may reach outside the em box. */
#define TEXT_MARGIN 0.25

/* The batch context: fonts resolved once (fontconfig set-up ~18 ms).  Its
 * notes (-v: a role served by a fallback face) are given here, once; with
 * -f pdf,ofd the PDF writer gives the same notes too. */
gw_status gw_ofd_prepare(const gw_write_opts *o, void **ctx, gw_diag *d)
{
	gw_fonts *fonts = NULL;
	gw_status st = gw_pages_fonts_open(o ? o->fonts_dir : NULL, false, &fonts, d);
	*ctx = fonts;
	return st;
}

void gw_ofd_finish(void *ctx)
{
	gw_fonts_close(ctx);
}

/* One package being written. */
struct package {
	const gw_pages *pg;
	unsigned next_id;       /* last ID handed out */
	unsigned cs_id;         /* the RGB colour space */
	unsigned *page_id;      /* per page */
	gw_xml *content;        /* per page: Content.xml */
	gw_xml ofd, doc, res;
	size_t replaced;        /* characters written as U+FFFD, all parts */
};

static double mm(double pt)
{
	return pt / GW_PT_PER_MM;
}

static void rgb(gw_xml *x, const char *element, gw_rgb c)
{
	gw_xml_puts(x, "<ofd:");
	gw_xml_puts(x, element);
	gw_xml_puts(x, " Value=\"");
	gw_xml_uint(x, c.r);
	gw_xml_puts(x, " ");
	gw_xml_uint(x, c.g);
	gw_xml_puts(x, " ");
	gw_xml_uint(x, c.b);
	gw_xml_puts(x, "\"/>");
}

/* ` Name="v"` with v a number of millimetres. */
static void attr_num(gw_xml *x, const char *name, double v)
{
	gw_xml_puts(x, " ");
	gw_xml_puts(x, name);
	gw_xml_puts(x, "=\"");
	gw_xml_num(x, v);
	gw_xml_puts(x, "\"");
}

static void attr_id(gw_xml *x, const char *name, unsigned id)
{
	gw_xml_puts(x, " ");
	gw_xml_puts(x, name);
	gw_xml_puts(x, "=\"");
	gw_xml_uint(x, id);
	gw_xml_puts(x, "\"");
}

static void box(gw_xml *x, double left, double top, double width, double height)
{
	gw_xml_puts(x, " Boundary=\"");
	gw_xml_num(x, left);
	gw_xml_puts(x, " ");
	gw_xml_num(x, top);
	gw_xml_puts(x, " ");
	gw_xml_num(x, width);
	gw_xml_puts(x, " ");
	gw_xml_num(x, height);
	gw_xml_puts(x, "\"");
}

/* ---- page content ------------------------------------------------------- */

/* A rule: a PathObject whose Boundary holds the stroked line, the path
 * relative to it.  Cap is the default Butt, as in the PDF. */
static void draw_rule(struct package *p, gw_xml *x, const gw_rule *r)
{
	double w = mm(r->width), x0 = mm(r->x0), y0 = mm(r->y0), x1 = mm(r->x1), y1 = mm(r->y1);
	double left = (x0 < x1 ? x0 : x1) - w / 2, top = (y0 < y1 ? y0 : y1) - w / 2;
	double width = (x0 < x1 ? x1 - x0 : x0 - x1) + w, height = (y0 < y1 ? y1 - y0 : y0 - y1) + w;
	gw_xml_puts(x, "<ofd:PathObject");
	attr_id(x, "ID", ++p->next_id);
	box(x, left, top, width, height);
	attr_num(x, "LineWidth", w);
	gw_xml_puts(x, ">");
	rgb(x, "StrokeColor", r->color);
	gw_xml_puts(x, "<ofd:AbbreviatedData>M ");
	gw_xml_num(x, x0 - left);
	gw_xml_puts(x, " ");
	gw_xml_num(x, y0 - top);
	gw_xml_puts(x, " L ");
	gw_xml_num(x, x1 - left);
	gw_xml_puts(x, " ");
	gw_xml_num(x, y1 - top);
	gw_xml_puts(x, "</ofd:AbbreviatedData></ofd:PathObject>\n");
}

/* DeltaX: the n−1 pen moves of run in mm, equal neighbours as "g K v"
 * where that is shorter (compared as written, so rounding cannot split a
 * repeat the reader would see as one). */
static void delta_x(gw_xml *x, const gw_run *run)
{
	gw_xml_puts(x, " DeltaX=\"");
	char cur[32], next[32];
	size_t i = 0, len = run->n > 1 ? gw_xml_fmt(mm(run->adv[0] + run->spacing), cur) : 0;
	while (i + 1 < run->n) {
		size_t k = 1;
		while (i + k + 1 < run->n) {
			size_t nl = gw_xml_fmt(mm(run->adv[i + k] + run->spacing), next);
			if (nl != len || memcmp(next, cur, len) != 0)
				break;
			k++;
		}
		if (i > 0)
			gw_xml_puts(x, " ");
		char count[24];
		int cl = snprintf(count, sizeof count, "%zu", k);
		if (k > 1 && 3 + (size_t)cl + len < k * (len + 1) - 1) {
			gw_xml_puts(x, "g ");
			gw_xml_put(x, count, (size_t)cl);
			gw_xml_puts(x, " ");
			gw_xml_put(x, cur, len);
		} else {
			for (size_t j = 0; j < k; j++) {
				if (j)
					gw_xml_puts(x, " ");
				gw_xml_put(x, cur, len);
			}
		}
		i += k;
		if (i + 1 < run->n)
			len = gw_xml_fmt(mm(run->adv[i] + run->spacing), cur);
	}
	gw_xml_puts(x, "\"");
}

/* A run: one TextObject with one TextCode.  Faux bold (PDF: fill then
 * stroke) is Stroke="true" with the run's colour and stroke width.  A
 * turned run (page.h) is laid out upright inside its object, in a box as
 * long as the run, and turned by CTM="0 -1 1 0 0 L" (the object's x up the
 * page, its y to the right; L the box's length): its Boundary is that box
 * turned, on the page. */
static void draw_run(struct package *p, gw_xml *x, const gw_run *run)
{
	double pen = 0, lo = 0, hi = 0;  /* along the run, from its pen start */
	for (size_t i = 0; i < run->n; i++) {
		lo = pen < lo ? pen : lo;
		hi = pen + run->adv[i] > hi ? pen + run->adv[i] : hi;
		pen += run->adv[i] + run->spacing;
	}
	double pad = TEXT_MARGIN * run->size + run->stroke;
	double len = mm(hi - lo + 2 * pad), thick = mm(run->size + 2 * pad);
	double pen_x = mm(pad - lo), pen_y = mm(GW_PAGE_ASCENT * run->size + pad);  /* inside the object */
	bool black = run->color.r == 0 && run->color.g == 0 && run->color.b == 0;
	gw_xml_puts(x, "<ofd:TextObject");
	attr_id(x, "ID", ++p->next_id);
	if (run->turned)
		box(x, mm(run->x) - pen_y, mm(run->y) - (len - pen_x), thick, len);
	else
		box(x, mm(run->x + lo - pad), mm(run->y - GW_PAGE_ASCENT * run->size - pad), len, thick);
	attr_id(x, "Font", (unsigned)run->font + 1);
	attr_num(x, "Size", mm(run->size));
	if (run->turned) {
		gw_xml_puts(x, " CTM=\"0 -1 1 0 0 ");
		gw_xml_num(x, len);
		gw_xml_puts(x, "\"");
	}
	if (run->stroke > 0) {
		gw_xml_puts(x, " Stroke=\"true\"");
		attr_num(x, "LineWidth", mm(run->stroke));
	}
	gw_xml_puts(x, ">");
	if (!black)
		rgb(x, "FillColor", run->color);
	if (run->stroke > 0)
		rgb(x, "StrokeColor", run->color);
	gw_xml_puts(x, "<ofd:TextCode");
	attr_num(x, "X", pen_x);
	attr_num(x, "Y", pen_y);
	if (run->n > 1)
		delta_x(x, run);
	gw_xml_puts(x, ">");
	gw_xml_text(x, run->text, GW_XML_CONTENT);
	gw_xml_puts(x, "</ofd:TextCode></ofd:TextObject>\n");
}

/* Page i's Content.xml.  Its Area is given only when the page is not the
 * size of the document's PageArea (the first page's). */
static void draw_page(struct package *p, size_t i)
{
	const gw_page *pg = &p->pg->pages[i];
	const gw_page *first = &p->pg->pages[0];
	gw_xml *x = &p->content[i];
	p->page_id[i] = ++p->next_id;
	gw_xml_puts(x, XML_DECL "<ofd:Page xmlns:ofd=\"" OFD_NS "\">");
	if (pg->width != first->width || pg->height != first->height) {
		gw_xml_puts(x, "<ofd:Area><ofd:PhysicalBox>0 0 ");
		gw_xml_num(x, mm(pg->width));
		gw_xml_puts(x, " ");
		gw_xml_num(x, mm(pg->height));
		gw_xml_puts(x, "</ofd:PhysicalBox></ofd:Area>");
	}
	gw_xml_puts(x, "<ofd:Content><ofd:Layer");
	attr_id(x, "ID", ++p->next_id);
	gw_xml_puts(x, ">\n");
	for (size_t k = 0; k < pg->n_rules; k++)
		draw_rule(p, x, &pg->rules[k]);
	for (size_t k = 0; k < pg->n_runs; k++)
		draw_run(p, x, &pg->runs[k]);
	gw_xml_puts(x, "</ofd:Layer></ofd:Content></ofd:Page>\n");
}

/* ---- document ----------------------------------------------------------- */

/* Outline entries nest like the PDF's bookmarks: a level-n entry goes under
 * the last entry of a lower level.  Levels 2–4 start folded, as there. */
static void outlines(struct package *p, gw_xml *x)
{
	int open[8];
	size_t depth = 0;
	bool any = false;
	for (size_t i = 0; i < p->pg->n_pages; i++) {
		const gw_page *pg = &p->pg->pages[i];
		for (size_t k = 0; k < pg->n_marks; k++) {
			const gw_mark *m = &pg->marks[k];
			int lvl = m->level < 1 ? 1 : m->level > 4 ? 4 : m->level;
			if (!any)
				gw_xml_puts(x, "<ofd:Outlines>");
			any = true;
			while (depth > 0 && open[depth - 1] >= lvl) {
				gw_xml_puts(x, "</ofd:OutlineElem>");
				depth--;
			}
			gw_xml_puts(x, "\n<ofd:OutlineElem Title=\"");
			gw_xml_text(x, m->title ? m->title : "", GW_XML_ATTR);
			gw_xml_puts(x, lvl == 1 ? "\">" : "\" Expanded=\"false\">");
			gw_xml_puts(x, "<ofd:Actions><ofd:Action Event=\"CLICK\"><ofd:Goto><ofd:Dest Type=\"XYZ\"");
			attr_id(x, "PageID", p->page_id[i]);
			gw_xml_puts(x, " Left=\"0\"");
			attr_num(x, "Top", mm(m->y));
			gw_xml_puts(x, " Zoom=\"1\"/></ofd:Goto></ofd:Action></ofd:Actions>");
			open[depth++] = lvl;
		}
	}
	while (depth > 0) {
		gw_xml_puts(x, "</ofd:OutlineElem>");
		depth--;
	}
	if (any)
		gw_xml_puts(x, "\n</ofd:Outlines><ofd:VPreferences><ofd:PageMode>UseOutlines</ofd:PageMode>"
			    "</ofd:VPreferences>");
}

static void document(struct package *p)
{
	gw_xml *x = &p->doc;
	const gw_page *first = &p->pg->pages[0];
	gw_xml_puts(x, XML_DECL "<ofd:Document xmlns:ofd=\"" OFD_NS "\"><ofd:CommonData><ofd:MaxUnitID>");
	gw_xml_uint(x, p->next_id);
	gw_xml_puts(x, "</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ");
	gw_xml_num(x, mm(first->width));
	gw_xml_puts(x, " ");
	gw_xml_num(x, mm(first->height));
	gw_xml_puts(x, "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DefaultCS>");
	gw_xml_uint(x, p->cs_id);
	gw_xml_puts(x, "</ofd:DefaultCS></ofd:CommonData>\n<ofd:Pages>");
	for (size_t i = 0; i < p->pg->n_pages; i++) {
		gw_xml_puts(x, "\n<ofd:Page");
		attr_id(x, "ID", p->page_id[i]);
		gw_xml_puts(x, " BaseLoc=\"Pages/Page_");
		gw_xml_uint(x, i);
		gw_xml_puts(x, "/Content.xml\"/>");
	}
	gw_xml_puts(x, "\n</ofd:Pages>");
	outlines(p, x);
	gw_xml_puts(x, "\n</ofd:Document>\n");
}

/* Fonts are IDs 1..n (font i of the page list is ID i + 1), the colour
 * space n + 1; both are handed out before any page. */
static void public_res(struct package *p)
{
	gw_xml *x = &p->res;
	gw_xml_puts(x, XML_DECL "<ofd:Res xmlns:ofd=\"" OFD_NS "\" BaseLoc=\"Res\">\n<ofd:ColorSpaces><ofd:ColorSpace");
	attr_id(x, "ID", p->cs_id);
	gw_xml_puts(x, " Type=\"RGB\" BitsPerComponent=\"8\"/></ofd:ColorSpaces>\n<ofd:Fonts>");
	for (size_t f = 0; f < p->pg->n_fonts; f++) {
		const char *family = p->pg->fonts[f].family ? p->pg->fonts[f].family : "";
		gw_xml_puts(x, "\n<ofd:Font");
		attr_id(x, "ID", (unsigned)f + 1);
		gw_xml_puts(x, " FontName=\"");
		gw_xml_text(x, family, GW_XML_ATTR);
		gw_xml_puts(x, "\" FamilyName=\"");
		gw_xml_text(x, family, GW_XML_ATTR);
		gw_xml_puts(x, "\"><ofd:FontFile>font_");
		gw_xml_uint(x, f + 1);
		gw_xml_puts(x, ".ttf</ofd:FontFile></ofd:Font>");
	}
	gw_xml_puts(x, "\n</ofd:Fonts>\n</ofd:Res>\n");
}

/* 32 hex digits (the length of the standard's UUID form) of a hash of
 * what decides the bytes: the source, the layout, the version, the time. */
static gw_status doc_id(const gw_report *r, const gw_write_opts *o, const gw_layout *L, char id[33],
			gw_diag *d)
{
	gw_layout key = *L;
	memset(key.name, 0, sizeof key.name);  /* where the layout file lives changes nothing */
	char head[256];
	int k = snprintf(head, sizeof head, "%s|%s|%lld|", r->source.sha256, o->version ? o->version : "",
			 (long long)o->timestamp);
	size_t hl = k < 0 ? 0 : (size_t)k >= sizeof head ? sizeof head - 1 : (size_t)k;
	unsigned char *buf = malloc(hl + sizeof key);
	if (!buf)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing the OFD");
	memcpy(buf, head, hl);
	memcpy(buf + hl, &key, sizeof key);
	char hex[65];
	int rc = gw_sha256_hex(buf, hl + sizeof key, hex);
	free(buf);
	if (rc)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "SHA-256 failed");
	memcpy(id, hex, 32);
	id[32] = '\0';
	return GW_OK;
}

static void element(gw_xml *x, const char *name, const char *text)
{
	gw_xml_puts(x, "<ofd:");
	gw_xml_puts(x, name);
	gw_xml_puts(x, ">");
	gw_xml_text(x, text, GW_XML_CONTENT);
	gw_xml_puts(x, "</ofd:");
	gw_xml_puts(x, name);
	gw_xml_puts(x, ">\n");
}

/* OFD.xml: DocInfo in the schema's order.  Author is the issuing body (the
 * signature's organisation line), as in the PDF; dates are xs:date, UTC. */
static void entry_file(struct package *p, const gw_report *r, const gw_write_opts *o, const char *id)
{
	gw_xml *x = &p->ofd;
	gw_xml_puts(x, XML_DECL "<ofd:OFD xmlns:ofd=\"" OFD_NS "\" Version=\"1.0\" DocType=\"OFD\">\n"
		    "<ofd:DocBody>\n<ofd:DocInfo>\n");
	element(x, "DocID", id);
	if (r->title)
		element(x, "Title", r->title);
	if (p->pg->signer)
		element(x, "Author", p->pg->signer);
	element(x, "Subject", r->subtitle ? r->subtitle : "工作报告");
	struct tm tm;
	time_t t = o->timestamp;
	char date[32] = "1980-01-01";
	if (gmtime_r(&t, &tm) && tm.tm_year + 1900 >= 1 && tm.tm_year + 1900 <= 9999)
		snprintf(date, sizeof date, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	element(x, "CreationDate", date);
	element(x, "ModDate", date);
	const char *version = o->version ? o->version : "gwexport";
	if (strncmp(version, "gwexport ", 9) == 0) {
		element(x, "Creator", "gwexport");
		element(x, "CreatorVersion", version + 9);
	} else {
		element(x, "Creator", version);
	}
	gw_xml_puts(x, "</ofd:DocInfo>\n<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>\n</ofd:DocBody>\n</ofd:OFD>\n");
}

/* ---- the zip ------------------------------------------------------------ */

/* One entry's bytes, deflated by libdeflate before libzip sees them: a
 * source whose stat says "deflated, this CRC, these sizes" is copied into
 * the archive as is.  libdeflate at level 6 is ~2x faster than libzip's
 * zlib for the same size (the seed's 390 KB of fonts: ~20 ms saved).  The
 * source owns this struct and frees it (ZIP_SOURCE_FREE). */
struct deflated {
	unsigned char *z;
	size_t zlen, len, off;
	uint32_t crc;
	zip_error_t error;
};

static zip_int64_t deflated_cb(void *ud, void *data, zip_uint64_t n, zip_source_cmd_t cmd)
{
	struct deflated *e = ud;
	switch (cmd) {
	case ZIP_SOURCE_OPEN:
		e->off = 0;
		return 0;
	case ZIP_SOURCE_READ: {
		size_t k = n < e->zlen - e->off ? (size_t)n : e->zlen - e->off;
		memcpy(data, e->z + e->off, k);
		e->off += k;
		return (zip_int64_t)k;
	}
	case ZIP_SOURCE_CLOSE:
		return 0;
	case ZIP_SOURCE_STAT: {
		zip_stat_t *st = data;
		zip_stat_init(st);
		st->size = e->len;
		st->comp_size = e->zlen;
		st->comp_method = ZIP_CM_DEFLATE;
		st->crc = e->crc;
		st->valid |= ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
		return sizeof *st;
	}
	case ZIP_SOURCE_ERROR:
		return zip_error_to_data(&e->error, data, n);
	case ZIP_SOURCE_FREE:
		zip_error_fini(&e->error);
		free(e->z);
		free(e);
		return 0;
	case ZIP_SOURCE_SUPPORTS:
		return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
						      ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
	default:
		zip_error_set(&e->error, ZIP_ER_OPNOTSUPP, 0);
		return -1;
	}
}

static zip_source_t *deflated_source(zip_t *za, struct libdeflate_compressor *c, const void *data, size_t len)
{
	struct deflated *e = calloc(1, sizeof *e);
	size_t cap = libdeflate_deflate_compress_bound(c, len);
	if (e)
		e->z = malloc(cap);
	if (!e || !e->z) {
		free(e);
		return NULL;
	}
	e->zlen = libdeflate_deflate_compress(c, data, len, e->z, cap);
	e->len = len;
	e->crc = libdeflate_crc32(0, data, len);
	zip_error_init(&e->error);
	zip_source_t *src = e->zlen || len == 0 ? zip_source_function(za, deflated_cb, e) : NULL;
	if (!src) {
		zip_error_fini(&e->error);
		free(e->z);
		free(e);
	}
	return src;
}

static int add_entry(gw_zip *z, struct libdeflate_compressor *c, const char *name, const void *data, size_t len)
{
	return gw_zip_add_deflated(z, name, deflated_source(z->za, c, data, len), 0);
}

static int add_xml(gw_zip *z, struct libdeflate_compressor *c, const char *name, const gw_xml *x)
{
	return add_entry(z, c, name, x->b.p ? x->b.p : "", x->b.len);
}

/* Every part, in a fixed order: entry file, document, resources, fonts,
 * pages. */
static int add_parts(gw_zip *z, const struct package *p)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(6);
	char name[64];
	int rc = c ? 0 : -1;
	if (!rc && (add_xml(z, c, "OFD.xml", &p->ofd) || add_xml(z, c, "Doc_0/Document.xml", &p->doc) ||
		    add_xml(z, c, "Doc_0/PublicRes.xml", &p->res)))
		rc = -1;
	for (size_t f = 0; !rc && f < p->pg->n_fonts; f++) {
		snprintf(name, sizeof name, "Doc_0/Res/font_%zu.ttf", f + 1);
		rc = add_entry(z, c, name, p->pg->fonts[f].program, p->pg->fonts[f].len);
	}
	for (size_t i = 0; !rc && i < p->pg->n_pages; i++) {
		snprintf(name, sizeof name, "Doc_0/Pages/Page_%zu/Content.xml", i);
		rc = add_xml(z, c, name, &p->content[i]);
	}
	if (c)
		libdeflate_free_compressor(c);
	return rc;
}

static gw_status write_zip(const struct package *p, time_t ts, gw_bytes *out, gw_diag *d)
{
	gw_zip z;
	gw_status st = gw_zip_begin(&z, N_("the OFD package"), ts, d);
	if (st)
		return st;
	if (add_parts(&z, p) != 0)
		z.failed = true;
	return gw_zip_end(&z, out, d);
}

/* ---- entry points ------------------------------------------------------- */

static gw_status parts_status(struct package *p, gw_diag *d)
{
	gw_status st = gw_xml_status(&p->ofd, "OFD.xml", d);
	if (!st)
		st = gw_xml_status(&p->doc, "Document.xml", d);
	if (!st)
		st = gw_xml_status(&p->res, "PublicRes.xml", d);
	for (size_t i = 0; i < p->pg->n_pages && !st; i++)
		st = gw_xml_status(&p->content[i], "Content.xml", d);
	p->replaced = p->ofd.replaced + p->doc.replaced + p->res.replaced;
	for (size_t i = 0; i < p->pg->n_pages; i++)
		p->replaced += p->content[i].replaced;
	return st;
}

gw_status gw_ofd_draw(const gw_pages *pg, const gw_report *r, const gw_write_opts *o, const gw_layout *L,
		      gw_bytes *out, gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	if (pg->n_pages == 0)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, "please report this with the input file",
			       "the page engine made no pages");
	struct package p = {.pg = pg};
	p.page_id = calloc(pg->n_pages, sizeof *p.page_id);
	p.content = calloc(pg->n_pages, sizeof *p.content);
	char id[33];
	gw_status st = p.page_id && p.content ? doc_id(r, o, L, id, d)
		: gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing the OFD");
	gw_xml_init(&p.ofd);
	gw_xml_init(&p.doc);
	gw_xml_init(&p.res);
	for (size_t i = 0; p.content && i < pg->n_pages; i++)
		gw_xml_init(&p.content[i]);
	if (!st) {
		p.next_id = (unsigned)pg->n_fonts;
		p.cs_id = ++p.next_id;
		for (size_t i = 0; i < pg->n_pages; i++)
			draw_page(&p, i);
		public_res(&p);
		document(&p);
		entry_file(&p, r, o, id);
		st = parts_status(&p, d);
	}
	if (!st && p.replaced)
		gw_warn(d, 0, "OFD: %zu character(s) that XML cannot hold (control characters or broken UTF-8) "
			"written as U+FFFD", p.replaced);
	if (!st)
		st = write_zip(&p, o->timestamp, out, d);
	for (size_t i = 0; p.content && i < pg->n_pages; i++)
		gw_xml_free(&p.content[i]);
	gw_xml_free(&p.ofd);
	gw_xml_free(&p.doc);
	gw_xml_free(&p.res);
	free(p.content);
	free(p.page_id);
	return st;
}

gw_status gw_write_ofd(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	return gw_write_laid_out(r, o, gw_ofd_draw, out, d);
}
