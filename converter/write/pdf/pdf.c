/*
 * pdf.c — the PDF backend (-f pdf): model → GB/T 9704 pages with libharu
 * 2.3.0.  The only file that includes hpdf.h.
 *
 * Steps: compose.c turns the model into glyphs (each with the face that
 * draws it, fonts.c) on grid rows and pages (typeset.c); here each used
 * face is subset (hb-subset) and loaded from memory, and the rows are drawn
 * with one Tc per line (Tw does nothing for CID fonts), then page numbers,
 * line numbers (draft), bookmarks and document info.
 *
 * libharu workarounds (shared/docs/libs.md): fonts are loaded from memory
 * through internal calls (no LoadTTFontFromMemory in 2.3.0); the parsed
 * cmap is flattened to one segment so HPDF_GetFont's 65,536 lookups are
 * O(1); the bogus ToUnicode CMap is rewritten as an identity bfrange map;
 * the subset program is embedded as is instead of libharu's re-encoding of
 * it (embed_program); compression is set before any font; one subset per
 * face per document;
 * /ID is our own hash, dates come from opts->timestamp: same input, same
 * bytes.  Errors longjmp to one setjmp in render().
 */
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <libdeflate.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../model/hash.h"
#include "../../model/utf8.h"
#include "../writers.h"
#include "../../page/compose.h"
#include "../../page/fonts.h"
#include "../../page/layout.h"
#include "../../page/typeset.h"

#define ASCENT 0.88             /* baseline below the em-box top (FontDescriptor Ascent/1000) */
#define DASH_RISE 0.38          /* 一字线 height above the baseline, in em (AR PL SungtiL GB) */

/* The batch context (gw_pdf_prepare): fonts resolved once, since
 * fontconfig set-up costs ~18 ms.  Its notes (-v) are given there, once. */
gw_status gw_pdf_prepare(const gw_write_opts *o, void **ctx, gw_diag *d)
{
	gw_fonts *fonts = NULL;
	*ctx = NULL;
	gw_status st = gw_fonts_open(o && o->fonts_dir ? o->fonts_dir : "fonts", &fonts, d);
	if (st)
		return st;
	for (const char *n = gw_fonts_notes(fonts), *e; *n; n = *e ? e + 1 : e) {
		e = strchr(n, '\n');
		e = e ? e : n + strlen(n);
		gw_note(d, 0, "%.*s", (int)(e - n), n);
	}
	*ctx = fonts;
	return GW_OK;
}

void gw_pdf_finish(void *ctx)
{
	gw_fonts_close(ctx);
}

static gw_status nomem(gw_doc *doc)
{
	if (!doc->st)
		doc->st = gw_fail(doc->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing the PDF");
	return doc->st;
}

/* ---- libharu ------------------------------------------------------------ */

struct scratch;

struct hctx {
	jmp_buf jb;
	HPDF_STATUS err, detail;
	const char *font_file;  /* the font being loaded, for the message */
	struct scratch *sc;     /* the embedded font programs, for embed_program() */
};

static void on_error(HPDF_STATUS err, HPDF_STATUS detail, void *ud)
{
	struct hctx *h = ud;
	if (err == HPDF_STREAM_EOF)
		return;  /* reading the finished file back reaches its end */
	h->err = err;
	h->detail = detail;
	longjmp(h->jb, 1);
}

/* HPDF_GetFont looks up all 65,536 code points through the cmap with a
 * linear scan over its segments (~12 ms per font); one segment holding a
 * full glyph array makes each lookup a single index. */
static void flatten_cmap(HPDF_FontDef def)
{
	HPDF_TTFontDefAttr a = (HPDF_TTFontDefAttr)def->attr;
	HPDF_TTF_CmapRange *c = &a->cmap;
	if (c->format != 4 || c->seg_count_x2 == 0)
		return;
	HPDF_UINT16 *map = HPDF_GetMem(def->mmgr, 65536 * sizeof *map);
	HPDF_UINT16 *end = HPDF_GetMem(def->mmgr, sizeof *end);
	HPDF_UINT16 *start = HPDF_GetMem(def->mmgr, sizeof *start);
	HPDF_UINT16 *range = HPDF_GetMem(def->mmgr, sizeof *range);
	HPDF_INT16 *delta = HPDF_GetMem(def->mmgr, sizeof *delta);
	if (!map || !end || !start || !range || !delta)
		return;  /* the error handler has already jumped out */
	memset(map, 0, 65536 * sizeof *map);
	unsigned segs = c->seg_count_x2 / 2;
	for (unsigned i = 0; i < segs; i++)
		for (uint32_t u = c->start_count[i]; u <= c->end_count[i]; u++) {
			if (c->id_range_offset[i] == 0) {
				map[u] = (HPDF_UINT16)(u + (uint32_t)c->id_delta[i]);
			} else {
				size_t idx = c->id_range_offset[i] / 2 + (u - c->start_count[i]) - (segs - i);
				map[u] = idx < c->glyph_id_array_count && c->glyph_id_array[idx]
					? (HPDF_UINT16)(c->glyph_id_array[idx] + c->id_delta[i]) : 0;
			}
		}
	HPDF_FreeMem(def->mmgr, c->end_count);
	HPDF_FreeMem(def->mmgr, c->start_count);
	HPDF_FreeMem(def->mmgr, c->id_delta);
	HPDF_FreeMem(def->mmgr, c->id_range_offset);
	if (c->glyph_id_array)
		HPDF_FreeMem(def->mmgr, c->glyph_id_array);
	*end = 0xFFFF;
	*start = 0;
	*range = 2;  /* GetGlyphid: idx = 2/2 + (u - 0) - (1 - 0) = u */
	*delta = 0;
	c->end_count = end;
	c->start_count = start;
	c->id_range_offset = range;
	c->id_delta = delta;
	c->glyph_id_array = map;
	c->glyph_id_array_count = 65536;
	c->seg_count_x2 = 2;
}

/* libharu writes the UTF-8 *encoding* CMap as /ToUnicode (begincidrange,
 * invalid there).  Codes are UCS-2 code points, so the right map is the
 * identity: 248 bfranges <XX00> <XXFF> <XX00>, surrogates skipped. */
static void fix_tounicode(HPDF_Font font)
{
	HPDF_FontAttr a = (HPDF_FontAttr)font->attr;
	HPDF_Dict cm = a->cmap_stream;
	if (!cm)
		return;
	HPDF_Dict_RemoveElement(cm, "Type");
	HPDF_Dict_RemoveElement(cm, "CMapName");
	HPDF_Dict_RemoveElement(cm, "CIDSystemInfo");
	HPDF_Dict_RemoveElement(cm, "WMode");
	HPDF_MemStream_FreeData(cm->stream);
	HPDF_Stream_WriteStr(cm->stream, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
			     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
			     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
			     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	char buf[64];
	int in_block = 0;
	for (int hi = 0; hi < 256; hi++) {
		if (hi >= 0xD8 && hi <= 0xDF)
			continue;
		if (in_block == 0) {
			int left = 0;
			for (int k = hi; k < 256 && left < 100; k++)
				left += !(k >= 0xD8 && k <= 0xDF);
			snprintf(buf, sizeof buf, "%d beginbfrange\n", left);
			HPDF_Stream_WriteStr(cm->stream, buf);
		}
		snprintf(buf, sizeof buf, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
		HPDF_Stream_WriteStr(cm->stream, buf);
		if (++in_block == 100 || hi == 255) {
			HPDF_Stream_WriteStr(cm->stream, "endbfrange\n");
			in_block = 0;
		}
	}
	HPDF_Stream_WriteStr(cm->stream, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

/* HPDF_LoadTTFontFromMemory arrived in 2.4.5; this is its 2.3.0 body. */
static const char *load_ttf(HPDF_Doc pdf, const unsigned char *data, size_t len, gw_diag *d,
			    const char *file)
{
	struct hctx *h = pdf->error.user_data;
	h->font_file = file;  /* libharu refusing it (no glyf, no English name, …) */
	/* One byte of slack: libharu's memory-stream seek to exactly the end of
	 * a stream whose size is a multiple of its buffer size finds no buffer
	 * and fails with HPDF_INVALID_OBJECT — which happens whenever a subset
	 * ends with glyf and its last glyph is empty (fuzz regressions in
	 * tests/fuzz/regressions/write/). */
	HPDF_Stream s = HPDF_MemStream_New(pdf->mmgr, (HPDF_UINT)len + 1);
	HPDF_Stream_Write(s, data, (HPDF_UINT)len);
	HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, s, HPDF_TRUE);
	if (!def) {
		HPDF_CheckError(&pdf->error);
		return NULL;
	}
	if (HPDF_Doc_FindFontDef(pdf, def->base_font)) {
		/* libharu would silently reuse the other font's glyphs */
		gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "remove one of the two fonts from fonts/roles.ini",
			"font %s has the same PostScript name (%s) as another font in use", file, def->base_font);
		HPDF_FontDef_Free(def);
		return NULL;
	}
	HPDF_List_Add(pdf->fontdef_list, def);
	if (pdf->ttfont_tag[0] == 0) {
		memcpy(pdf->ttfont_tag, "HPDFAA", 6);
	} else {
		for (int i = 5; i >= 0; i--) {
			if (++pdf->ttfont_tag[i] > 'Z')
				pdf->ttfont_tag[i] = 'A';
			else
				break;
		}
	}
	HPDF_TTFontDef_SetTagName(def, (char *)pdf->ttfont_tag);
	h->font_file = NULL;
	/* em-box metrics for every face (layout.md §4): text boxes are then
	 * exactly the font size and sit where baseline() puts them */
	def->ascent = (HPDF_INT16)(ASCENT * 1000);
	def->descent = (HPDF_INT16)(-(1 - ASCENT) * 1000);
	flatten_cmap(def);
	return def->base_font;
}

/* One face's subset font program, deflated, for its FontFile2 stream. */
struct program {
	HPDF_FontDef def;
	unsigned char *z;
	size_t zlen, len;
	HPDF_STATUS (*descriptor_fn)(HPDF_Dict);  /* libharu's own before-write step */
};

/* Buffers used between setjmp and a possible longjmp: owned by render(),
 * freed on every way out (volatile: written after setjmp). */
struct scratch {
	uint8_t *volatile bits;        /* code points used, one 8 KB bitmap per face */
	uint32_t *volatile list;       /* one face's code points */
	unsigned char *volatile data;  /* one subset font program */
	char *volatile text;           /* UTF-8 of one run */
	struct program *volatile progs;  /* per face; z == NULL for unused faces */
	volatile size_t n_progs;
	struct libdeflate_compressor *volatile deflater;
};

static void scratch_free(struct scratch *sc)
{
	free(sc->bits);
	free(sc->list);
	free(sc->data);
	free(sc->text);
	for (size_t i = 0; i < sc->n_progs; i++)
		free(sc->progs[i].z);
	free(sc->progs);
	if (sc->deflater)
		libdeflate_free_compressor(sc->deflater);
}

/* libharu drops a /Filter key from a stream it does not filter itself; this
 * writes one into the dictionary of a stream that is already deflated. */
static HPDF_STATUS write_flate_filter(HPDF_Dict dict, HPDF_Stream out)
{
	(void)dict;
	return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

/* Replaces stream s's bytes by their deflated form, and has libharu write
 * them as they are.  For the CIDToGIDMap: libharu maps all 65,536 codes, so
 * each font carries a 128 KB map that its zlib pass spent ~2 ms on. */
static HPDF_STATUS predeflate(HPDF_Dict s, struct libdeflate_compressor *c)
{
	if (s->write_fn == write_flate_filter) {
		s->filter = HPDF_STREAM_FILTER_NONE;  /* libharu's step set it again */
		return HPDF_OK;
	}
	HPDF_UINT32 len = s->stream->size;
	size_t cap = libdeflate_zlib_compress_bound(c, len);
	unsigned char *raw = malloc(len ? len : 1), *z = malloc(cap);
	HPDF_STATUS st = raw && z ? HPDF_OK : HPDF_SetError(s->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	HPDF_UINT got = len;
	if (st == HPDF_OK && len)
		st = HPDF_Stream_Seek(s->stream, 0, HPDF_SEEK_SET) || HPDF_Stream_Read(s->stream, raw, &got) ||
			got != len ? HPDF_SetError(s->error, HPDF_INVALID_STREAM, 0) : HPDF_OK;
	size_t zlen = st == HPDF_OK ? libdeflate_zlib_compress(c, raw, len, z, cap) : 0;
	if (st == HPDF_OK && zlen == 0)
		st = HPDF_SetError(s->error, HPDF_INVALID_STREAM, 0);
	if (st == HPDF_OK) {
		HPDF_Stream_Free(s->stream);
		s->stream = HPDF_MemStream_New(s->mmgr, (HPDF_UINT)zlen + 1);
		st = s->stream ? HPDF_Stream_Write(s->stream, z, (HPDF_UINT)zlen) : HPDF_Error_GetCode(s->error);
		s->filter = HPDF_STREAM_FILTER_NONE;
		s->write_fn = write_flate_filter;
	}
	free(raw);
	free(z);
	return st;
}

/* Runs in place of libharu's before-write step of a Type0 font.  libharu
 * 2.3.0 would re-encode the program it parsed (HPDF_TTFontDef_SaveFontData)
 * and deflate it with zlib: that re-encoding fails on programs whose size is
 * a multiple of its 4,096-byte stream buffers (error 0x1033, about one font
 * in 4,096: tests/fuzz/regressions/write/), and the two steps were ~23 ms of
 * the seed's PDF.  The hb-subset program is already a valid TrueType font, so
 * it goes in as is, deflated once with libdeflate (same size, 2× faster). */
static HPDF_STATUS embed_program(HPDF_Dict font)
{
	struct hctx *h = font->error->user_data;
	HPDF_FontAttr fa = (HPDF_FontAttr)font->attr;
	struct program *p = NULL;
	for (size_t i = 0; i < h->sc->n_progs && !p; i++)
		if (h->sc->progs[i].def == fa->fontdef && h->sc->progs[i].z)
			p = &h->sc->progs[i];
	if (!p)
		return HPDF_SetError(font->error, HPDF_INVALID_FONTDEF_DATA, 0);
	HPDF_TTFontDefAttr da = (HPDF_TTFontDefAttr)fa->fontdef->attr;
	bool first = fa->fontdef->descriptor == NULL;
	da->embedding = HPDF_FALSE;  /* descriptor, widths and names, but no program */
	HPDF_STATUS st = p->descriptor_fn(font);
	da->embedding = HPDF_TRUE;
	if (st == HPDF_OK && fa->map_stream)
		st = predeflate(fa->map_stream, h->sc->deflater);
	if (st != HPDF_OK || !first)
		return st;
	HPDF_Dict ff = HPDF_DictStream_New(font->mmgr, fa->xref);
	if (!ff)
		return HPDF_Error_GetCode(font->error);
	/* one buffer holding the whole program: libharu's 4 KB-buffer streams
	 * fail to seek to an end that falls on a buffer boundary */
	HPDF_Stream_Free(ff->stream);
	ff->stream = HPDF_MemStream_New(font->mmgr, (HPDF_UINT)p->zlen + 1);
	if (!ff->stream)
		return HPDF_Error_GetCode(font->error);
	ff->filter = HPDF_STREAM_FILTER_NONE;  /* already deflated */
	st = HPDF_Stream_Write(ff->stream, p->z, (HPDF_UINT)p->zlen);
	ff->write_fn = write_flate_filter;
	st += HPDF_Dict_AddNumber(ff, "Length1", (HPDF_INT32)p->len);
	st += HPDF_Dict_Add(fa->fontdef->descriptor, "FontFile2", ff);
	return st == HPDF_OK ? HPDF_OK : HPDF_Error_GetCode(font->error);
}

/* Deflates face f's program and routes its Type0 font's before-write step
 * through embed_program(). */
static gw_status keep_program(gw_doc *doc, struct scratch *sc, size_t f, HPDF_Font font,
			      const unsigned char *data, size_t len)
{
	struct program *p = &sc->progs[f];
	size_t cap = libdeflate_zlib_compress_bound(sc->deflater, len);
	p->z = malloc(cap);
	if (!p->z)
		return nomem(doc);
	p->zlen = libdeflate_zlib_compress(sc->deflater, data, len, p->z, cap);
	if (p->zlen == 0)
		return gw_fail(doc->d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "cannot deflate font %s",
			       gw_fonts_file(doc->fonts, (int)f));
	p->len = len;
	p->def = ((HPDF_FontAttr)font->attr)->fontdef;
	p->descriptor_fn = font->before_write_fn;
	font->before_write_fn = embed_program;
	return GW_OK;
}

/* Code points each face draws, page-number and line-number digits included. */
struct usage {
	uint8_t *bits;         /* n_faces × 8 KB bitmap */
	size_t n_faces;
};

static void use(struct usage *u, int face, uint32_t cp)
{
	if (face >= 0 && (size_t)face < u->n_faces && cp < 65536)
		u->bits[(size_t)face * 8192 + cp / 8] |= (uint8_t)(1u << (cp % 8));
}

static const char pn_chars[] = "0123456789 ";

static gw_status load_fonts(gw_doc *doc, HPDF_Doc pdf, HPDF_Font *hf, struct scratch *sc)
{
	size_t nf = gw_fonts_count(doc->fonts);
	sc->bits = calloc(nf ? nf : 1, 8192);
	sc->list = malloc(65536 * sizeof *sc->list);
	sc->progs = calloc(nf ? nf : 1, sizeof *sc->progs);
	sc->deflater = libdeflate_alloc_compressor(6);
	if (!sc->bits || !sc->list || !sc->progs || !sc->deflater)
		return nomem(doc);
	sc->n_progs = nf;
	struct usage u = {sc->bits, nf};
	uint32_t *list = sc->list;
	for (size_t i = 0; i < doc->ng; i++)
		use(&u, doc->g[i].face, doc->g[i].cp);
	bool fake;
	for (const char *c = pn_chars; *c; c++)
		use(&u, gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, (uint32_t)*c, &fake), (uint32_t)*c);
	use(&u, gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, 0x2014, &fake), 0x2014);
	for (size_t f = 0; f < nf; f++) {
		size_t n = 0;
		for (uint32_t cp = 0; cp < 65536; cp++)
			if (u.bits[f * 8192 + cp / 8] & (1u << (cp % 8)))
				list[n++] = cp;
		if (!n)
			continue;
		unsigned char *data = NULL;
		size_t len = 0;
		gw_status st = gw_fonts_subset(doc->fonts, (int)f, list, n, &data, &len, doc->d);
		if (st)
			return st;
		sc->data = data;
		const char *name = load_ttf(pdf, data, len, doc->d, gw_fonts_file(doc->fonts, (int)f));
		if (!name)
			return doc->d->status ? doc->d->status
				: gw_fail(doc->d, GW_E_FONT, 0, GW_NO_BYTE, "choose another font for this role in fonts/roles.ini",
					  "the PDF library cannot load font %s", gw_fonts_file(doc->fonts, (int)f));
		hf[f] = HPDF_GetFont(pdf, name, "UTF-8");
		fix_tounicode(hf[f]);
		st = keep_program(doc, sc, f, hf[f], data, len);
		free(data);
		sc->data = NULL;
		if (st)
			return st;
	}
	return GW_OK;
}

/* ---- drawing ------------------------------------------------------------ */

struct pen {
	HPDF_Doc pdf;
	HPDF_Page page;
	HPDF_Font *hf;
	char *buf;             /* UTF-8 of one run */
	int face;
	double size;
	bool fake;
};

/* Draws glyphs [g0, g1) of one face at x (pt from the page's left), baseline y (from the top). */
static void draw_run(gw_doc *doc, struct pen *p, size_t g0, size_t g1, double x, double y, double size,
		     double tc)
{
	const gw_glyph *g = &doc->g[g0];
	if (g->face != p->face || size != p->size) {
		HPDF_Page_SetFontAndSize(p->page, p->hf[g->face], (HPDF_REAL)size);
		p->face = g->face;
		p->size = size;
	}
	if (g->fake != p->fake) {
		HPDF_Page_SetTextRenderingMode(p->page, g->fake ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
		if (g->fake)
			HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)(0.03 * size));
		p->fake = g->fake;
	}
	if (tc < HPDF_MIN_CHARSPACE)
		tc = HPDF_MIN_CHARSPACE;
	if (tc > HPDF_MAX_CHARSPACE)
		tc = HPDF_MAX_CHARSPACE;
	HPDF_Page_SetCharSpace(p->page, (HPDF_REAL)tc);
	size_t n = 0;
	for (size_t i = g0; i < g1; i++)
		n += gw_utf8_encode(doc->g[i].cp, p->buf + n);
	p->buf[n] = '\0';
	HPDF_Page_TextOut(p->page, (HPDF_REAL)x, (HPDF_REAL)(doc->page_h - y), p->buf);
}

static double baseline(const gw_doc *doc, int slot, double size)
{
	return doc->top + slot * doc->pitch + (doc->pitch - size) / 2 + ASCENT * size;
}

static void draw_row(gw_doc *doc, struct pen *p, const gw_row *r, int slot)
{
	double x = doc->left + r->x, y = baseline(doc, slot, r->size);
	size_t a = r->g0;
	for (size_t i = r->g0; i <= r->g1; i++) {
		if (i < r->g1 && doc->g[i].face == doc->g[a].face && doc->g[i].fake == doc->g[a].fake)
			continue;
		draw_run(doc, p, a, i, x, y, r->size, r->tc);
		for (size_t k = a; k < i; k++)
			x += doc->adv[k] + r->tc;
		a = i;
	}
}

/* A short string in the page-number role (digits, spaces, 一字线). */
static void draw_label(gw_doc *doc, struct pen *p, const uint32_t *cps, size_t n, double x, double y,
		       double size, int align /* -1 left, 0 centre, 1 right */)
{
	double w = 0;
	size_t g0 = doc->ng;
	for (size_t i = 0; i < n; i++) {
		bool fake;
		int f = gw_fonts_pick(doc->fonts, GW_ROLE_PAGENUM, cps[i], &fake);
		if (f < 0 || gw_compose_push(doc, cps[i], f, false))
			continue;
	}
	if (doc->st || gw_compose_measure(doc, g0, size))
		return;
	for (size_t i = g0; i < doc->ng; i++)
		w += doc->adv[i];
	x -= align > 0 ? w : align == 0 ? w / 2 : 0;
	size_t a = g0;
	for (size_t i = g0; i <= doc->ng; i++) {
		if (i < doc->ng && doc->g[i].face == doc->g[a].face)
			continue;
		draw_run(doc, p, a, i, x, y, size, 0);
		for (size_t k = a; k < i; k++)
			x += doc->adv[k];
		a = i;
	}
	doc->ng = g0;
}

/* GB/T 9704 7.5: "— n —", 4号, dash line 7 mm below the block; odd pages
 * right, even pages left, one 字 in from the edge. */
static void page_number(gw_doc *doc, struct pen *p, int page)
{
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
		draw_label(doc, p, cps, n, doc->left + doc->width / 2, y, size, 0);
	else if (page % 2)
		draw_label(doc, p, cps, n, doc->left + doc->width - inset, y, size, 1);
	else
		draw_label(doc, p, cps, n, doc->left + inset, y, size, -1);
}

static void line_number(gw_doc *doc, struct pen *p, int slot)
{
	const gw_layout *L = doc->L;
	if ((slot + 1) % L->ln_every)
		return;
	uint32_t cps[8];
	size_t n = 0;
	char num[16];
	snprintf(num, sizeof num, "%d", slot + 1);
	for (const char *c = num; *c; c++)
		cps[n++] = (uint32_t)*c;
	double y = baseline(doc, slot, L->size_pt) - (L->size_pt - L->ln_size_pt) * 0.1;
	draw_label(doc, p, cps, n, doc->left - L->ln_gap_mm * GW_PT_PER_MM, y, L->ln_size_pt, 1);
}

struct outline {
	HPDF_Outline parent[5];
	HPDF_Encoder enc;
};

static void bookmark(gw_doc *doc, struct pen *p, struct outline *o, const gw_row *r, int slot)
{
	int lvl = r->ol_level < 1 ? 1 : r->ol_level > 4 ? 4 : r->ol_level;
	HPDF_Outline parent = NULL;
	for (int l = lvl - 1; l >= 1 && !parent; l--)
		parent = o->parent[l];
	HPDF_Outline ol = HPDF_CreateOutline(p->pdf, parent, r->ol_title, o->enc);
	HPDF_Destination dst = HPDF_Page_CreateDestination(p->page);
	HPDF_Destination_SetXYZ(dst, 0, (HPDF_REAL)(doc->page_h - doc->top - slot * doc->pitch), 1);
	HPDF_Outline_SetDestination(ol, dst);
	HPDF_Outline_SetOpened(ol, lvl == 1 ? HPDF_TRUE : HPDF_FALSE);
	o->parent[lvl] = ol;
	for (int l = lvl + 1; l < 5; l++)
		o->parent[l] = NULL;
}

static void draw_pages(gw_doc *doc, HPDF_Doc pdf, HPDF_Font *hf, struct scratch *sc)
{
	struct pen p = {.pdf = pdf, .hf = hf, .face = -1};
	struct outline o = {.enc = HPDF_GetEncoder(pdf, "UTF-8")};
	size_t longest = 16;
	for (size_t i = 0; i < doc->nr; i++)
		if (doc->rows[i].g1 - doc->rows[i].g0 > longest)
			longest = doc->rows[i].g1 - doc->rows[i].g0;
	p.buf = sc->text = malloc(longest * 4 + 1);
	if (!p.buf) {
		nomem(doc);
		return;
	}
	size_t i = 0;
	for (int pg = 0; pg < doc->pages && !doc->st; pg++) {
		p.page = HPDF_AddPage(pdf);
		HPDF_Page_SetWidth(p.page, (HPDF_REAL)doc->page_w);
		HPDF_Page_SetHeight(p.page, (HPDF_REAL)doc->page_h);
		HPDF_Page_BeginText(p.page);
		p.face = -1;
		p.fake = false;
		for (; i < doc->nr && doc->ts[i].page <= pg; i++) {
			const gw_ts_row *t = &doc->ts[i];
			const gw_row *r = &doc->rows[i];
			if (t->page < 0 || t->blank)
				continue;
			if (r->ol_level)
				bookmark(doc, &p, &o, r, t->slot);
			draw_row(doc, &p, r, t->slot);
			if (doc->L->ln_enabled && r->numbered)
				line_number(doc, &p, t->slot);
		}
		if (doc->L->pn_enabled)
			page_number(doc, &p, pg + 1);
		if (p.fake)
			HPDF_Page_SetTextRenderingMode(p.page, HPDF_FILL);
		HPDF_Page_EndText(p.page);
	}
}

/* ---- document info, /ID, save ----------------------------------------- */

static void info(const gw_report *r, const gw_write_opts *o, HPDF_Doc pdf)
{
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	if (r->title)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, r->title);
	const char *author = NULL;
	for (size_t i = 0; i < r->signature.n && !author; i++)
		if (!gw_compose_is_date(r->signature.items[i]))
			author = r->signature.items[i];
	if (author)
		HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, author);
	HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, r->subtitle ? r->subtitle : "工作报告");
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, o->version ? o->version : "gwexport");
	struct tm tm;
	time_t t = o->timestamp;
	gmtime_r(&t, &tm);
	HPDF_Date dt = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
			'Z', 0, 0};
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, dt);
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, dt);
}

/* /ID from a hash of what determines the bytes: text, layout, version, time. */
static gw_status file_id(const gw_report *r, const gw_write_opts *o, const gw_layout *L, HPDF_Doc pdf,
			 gw_diag *d)
{
	char *text = gw_report_text(r);
	if (!text)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	size_t tl = strlen(text);
	size_t cap = tl + sizeof *L + 256;
	char *buf = malloc(cap);
	if (!buf) {
		free(text);
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	}
	memcpy(buf, text, tl);
	int k = snprintf(buf + tl, 256, "|%s|%lld|", o->version ? o->version : "", (long long)o->timestamp);
	gw_layout key = *L;
	memset(key.name, 0, sizeof key.name);  /* where the file lives does not change the PDF */
	memcpy(buf + tl + k, &key, sizeof key);
	char hex[65];
	int rc = gw_sha256_hex(buf, tl + (size_t)k + sizeof *L, hex);
	free(buf);
	free(text);
	if (rc)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "SHA-256 failed");
	HPDF_BYTE id[16];
	for (int i = 0; i < 16; i++) {
		unsigned v;
		sscanf(hex + 2 * i, "%2x", &v);
		id[i] = (HPDF_BYTE)v;
	}
	HPDF_Array arr = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict_Add(pdf->trailer, "ID", arr);
	HPDF_Array_Add(arr, HPDF_Binary_New(pdf->mmgr, id, 16));
	HPDF_Array_Add(arr, HPDF_Binary_New(pdf->mmgr, id, 16));
	return GW_OK;
}

static gw_status save(HPDF_Doc pdf, gw_bytes *out, gw_diag *d)
{
	HPDF_SaveToStream(pdf);
	HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
	unsigned char *buf = malloc(size ? size : 1);
	if (!buf)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory saving the PDF");
	HPDF_UINT32 got = 0;
	while (got < size) {
		HPDF_UINT32 n = size - got;
		HPDF_ReadFromStream(pdf, buf + got, &n);
		if (n == 0)
			break;
		got += n;
	}
	if (got != size) {
		free(buf);
		return gw_fail(d, GW_E_PDF, 0, GW_NO_BYTE, NULL, "libharu returned %u of %u bytes", got, size);
	}
	out->data = buf;
	out->len = size;
	return GW_OK;
}

static gw_status render(gw_doc *doc, const gw_report *r, const gw_write_opts *o, gw_bytes *out)
{
	struct hctx h = {0};
	HPDF_Doc volatile pdf = NULL;
	HPDF_Font *volatile hf = NULL;
	struct scratch sc = {0};
	h.sc = &sc;
	gw_status st = GW_OK;
	if (setjmp(h.jb)) {
		if (doc->st)
			st = doc->st;
		else if (h.font_file)
			st = gw_fail(doc->d, GW_E_FONT, 0, GW_NO_BYTE,
				     "remove it from fonts/ (or its family from fonts/roles.ini); fonts need TrueType "
				     "outlines and an English (Windows, 0x0409) name table",
				     "the PDF library cannot use font %s (libharu error 0x%04X, detail %u)", h.font_file,
				     (unsigned)h.err, (unsigned)h.detail);
		else
			st = gw_fail(doc->d, GW_E_PDF, 0, GW_NO_BYTE, "please report this with the input file",
				     "libharu error 0x%04X (detail %u)", (unsigned)h.err, (unsigned)h.detail);
		goto done;
	}
	hf = calloc(gw_fonts_count(doc->fonts) + 1, sizeof *hf);
	pdf = HPDF_New(on_error, &h);
	if (!hf || !pdf) {
		st = nomem(doc);
		goto done;
	}
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);  /* before any font: fonts get Flate only then */
	HPDF_UseUTFEncodings(pdf);
	st = load_fonts(doc, pdf, hf, &sc);
	if (!st)
		draw_pages(doc, pdf, hf, &sc);
	st = st ? st : doc->st;
	if (!st) {
		HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
		HPDF_AddPageLabel(pdf, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, "");
		info(r, o, pdf);
		st = file_id(r, o, doc->L, pdf, doc->d);
	}
	if (!st)
		st = save(pdf, out, doc->d);
done:
	if (pdf)
		HPDF_Free(pdf);
	free(hf);
	scratch_free(&sc);
	return st;
}


gw_status gw_write_pdf(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	void *own = NULL;
	gw_status st = o->ctx ? GW_OK : gw_pdf_prepare(o, &own, d);
	if (st)
		return st;
	gw_fonts *fonts = o->ctx ? o->ctx : own;
	gw_layout L;
	st = gw_layout_load(o->layout, o->layouts_dir, &L, d);
	if (!st) {
		gw_doc doc;
		st = gw_compose(&doc, r, &L, fonts, o->allow_missing_glyphs != 0, d);
		if (!st)
			st = render(&doc, r, o, out);
		gw_compose_free(&doc);
	}
	gw_pdf_finish(own);
	return st;
}
