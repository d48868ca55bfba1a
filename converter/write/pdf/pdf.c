/*
 * pdf.c — the PDF backend (-f pdf): the page list of page/page.h drawn
 * with libharu 2.3.0.  The only file that includes hpdf.h.  Where anything
 * goes was decided by the page engine (converter/page/); here each page's
 * outline entries, rules and glyph runs become PDF objects and content
 * (one Tc per run: Tw does nothing for CID fonts), then document info.
 *
 * libharu workarounds (shared/docs/libs.md): fonts are loaded from memory
 * through internal calls (no LoadTTFontFromMemory in 2.3.0); the parsed
 * cmap is flattened to one segment so HPDF_GetFont's 65,536 lookups are
 * O(1); the bogus ToUnicode CMap is rewritten as an identity bfrange map;
 * the subset program is embedded as is instead of libharu's re-encoding of
 * it (embed_program); compression is set before any font; one subset per
 * face per document;
 * /ID is our own hash, dates come from opts->timestamp: same input, same
 * bytes.  Errors longjmp to one setjmp in gw_pdf_draw().
 *
 * Every PDF is PDF/A-1b (pdfa.h: it costs ~1 ms and ~10 KB): the XMP
 * packet, the sRGB OutputIntent, a CIDSet and CapHeight in each font
 * descriptor (pdfa_descriptor), outline destinations as direct arrays, no
 * transparency, every font embedded; tests/e2e/pdfa.sh has Apache PDFBox
 * Preflight check it.
 */
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <libdeflate.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../model/hash.h"
#include "../../model/utf8.h"
#include "../../page/fonts.h"
#include "../../page/layout.h"
#include "../../page/page.h"
#include "../writers.h"
#include "pdf.h"
#include "pdfa.h"

/* The batch context (gw_pdf_prepare): fonts resolved once, since
 * fontconfig set-up costs ~18 ms.  Its notes (-v) are given there, once. */
gw_status gw_pdf_prepare(const gw_write_opts *o, void **ctx, gw_diag *d)
{
	gw_fonts *fonts = NULL;
	gw_status st = gw_pages_fonts_open(o ? o->fonts_dir : NULL, true, &fonts, d);
	*ctx = fonts;
	return st;
}

void gw_pdf_finish(void *ctx)
{
	gw_fonts_close(ctx);
}

static gw_status nomem(gw_diag *d)
{
	return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing the PDF");
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
	def->ascent = (HPDF_INT16)(GW_PAGE_ASCENT * 1000);
	def->descent = (HPDF_INT16)(-(1 - GW_PAGE_ASCENT) * 1000);
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

/* Buffers used between setjmp and a possible longjmp: owned by
 * gw_pdf_draw(), freed on every way out (volatile: written after setjmp). */
struct scratch {
	struct program *volatile progs;  /* per font of the page list */
	volatile size_t n_progs;
	struct libdeflate_compressor *volatile deflater;
	char *volatile meta[4];          /* title, author, subject, creator (gw_pdfa_text) */
	gw_bytes xmp, icc;               /* the XMP packet, the sRGB profile */
};

static void scratch_free(struct scratch *sc)
{
	for (size_t i = 0; i < sc->n_progs; i++)
		free(sc->progs[i].z);
	free(sc->progs);
	if (sc->deflater)
		libdeflate_free_compressor(sc->deflater);
	for (size_t i = 0; i < sizeof sc->meta / sizeof sc->meta[0]; i++)
		free(sc->meta[i]);
	free(sc->xmp.data);
	free(sc->icc.data);
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

/* PDF/A-1 §6.3.5 and Preflight rule 3.1.2: the descriptor libharu made
 * for def lists the CIDs its subset program holds, and has a CapHeight.
 * CIDs are code points (Identity-H over the UTF-8 encoder), and libharu's
 * CIDToGIDMap maps CIDs 0 … 65534 through the same cmap lookup, so the
 * set is exactly the CIDs that map to a glyph.  The flattened cmap
 * (flatten_cmap) is that lookup as an array; asking libharu 65,535 times
 * per font cost ~27 M instructions on the seed report. */
static HPDF_STATUS pdfa_descriptor(HPDF_Dict font, HPDF_FontDef def)
{
	enum { N_CIDS = 65535 };
	HPDF_TTF_CmapRange *cmap = &((HPDF_TTFontDefAttr)def->attr)->cmap;
	bool flat = cmap->seg_count_x2 == 2 && cmap->glyph_id_array_count == 65536;
	uint16_t *gid = flat ? NULL : malloc(N_CIDS * sizeof *gid);
	unsigned char *bits = malloc((N_CIDS + 7) / 8);
	HPDF_Dict set = (flat || gid) && bits ? HPDF_DictStream_New(font->mmgr, ((HPDF_FontAttr)font->attr)->xref)
		: NULL;
	HPDF_STATUS st = set ? HPDF_OK : HPDF_SetError(font->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
	if (st == HPDF_OK) {
		for (uint32_t c = 0; gid && c < N_CIDS; c++)
			gid[c] = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)c);
		size_t n = gw_pdfa_cidset(flat ? cmap->glyph_id_array : gid, N_CIDS, bits);
		set->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
		st = HPDF_Stream_Write(set->stream, bits, (HPDF_UINT)n);
		st += HPDF_Dict_Add(def->descriptor, "CIDSet", set);
		/* libharu 2.3.0 does not read the OS/2 cap height of TrueType
		 * faces; a CJK face's capitals reach about its ascent */
		st += HPDF_Dict_AddNumber(def->descriptor, "CapHeight", def->cap_height ? def->cap_height : def->ascent);
	}
	free(gid);
	free(bits);
	return st == HPDF_OK ? HPDF_OK : HPDF_Error_GetCode(font->error);
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
	if (st == HPDF_OK)
		st = pdfa_descriptor(font, fa->fontdef);
	return st == HPDF_OK ? HPDF_OK : HPDF_Error_GetCode(font->error);
}

/* Deflates font f's program and routes its Type0 font's before-write
 * step through embed_program(). */
static gw_status keep_program(const gw_page_font *pf, struct scratch *sc, size_t f, HPDF_Font font,
			      gw_diag *d)
{
	struct program *p = &sc->progs[f];
	size_t cap = libdeflate_zlib_compress_bound(sc->deflater, pf->len);
	p->z = malloc(cap);
	if (!p->z)
		return nomem(d);
	p->zlen = libdeflate_zlib_compress(sc->deflater, pf->program, pf->len, p->z, cap);
	if (p->zlen == 0)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "cannot deflate font %s", pf->file);
	p->len = pf->len;
	p->def = ((HPDF_FontAttr)font->attr)->fontdef;
	p->descriptor_fn = font->before_write_fn;
	font->before_write_fn = embed_program;
	return GW_OK;
}

/* The page list's font programs, loaded in order: hf[i] draws font i. */
static gw_status load_fonts(const gw_pages *pg, HPDF_Doc pdf, HPDF_Font *hf, struct scratch *sc, gw_diag *d)
{
	sc->progs = calloc(pg->n_fonts ? pg->n_fonts : 1, sizeof *sc->progs);
	sc->deflater = libdeflate_alloc_compressor(6);
	if (!sc->progs || !sc->deflater)
		return nomem(d);
	sc->n_progs = pg->n_fonts;
	for (size_t f = 0; f < pg->n_fonts; f++) {
		const gw_page_font *pf = &pg->fonts[f];
		const char *name = load_ttf(pdf, pf->program, pf->len, d, pf->file);
		if (!name)
			return d->status ? d->status
				: gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "choose another font for this role in fonts/roles.ini",
					  "the PDF library cannot load font %s", pf->file);
		hf[f] = HPDF_GetFont(pdf, name, "UTF-8");
		fix_tounicode(hf[f]);
		gw_status st = keep_program(pf, sc, f, hf[f], d);
		if (st)
			return st;
	}
	return GW_OK;
}

/* ---- drawing ------------------------------------------------------------ */

/* The text state of the page being drawn: set only when it changes. */
struct pen {
	HPDF_Page page;
	HPDF_Font *hf;
	double height;         /* page height: y flips from the top to PDF's bottom */
	int font;
	double size;
	bool fake;
	bool turned;           /* the text matrix is turned (a turned run was drawn last) */
	gw_rgb color;
};

static bool same_rgb(gw_rgb a, gw_rgb b)
{
	return a.r == b.r && a.g == b.g && a.b == b.b;
}

#define PIECE_MAX 256  /* glyphs per Tj (a 28-cell line holds at most ~60) */

static double clamp_tc(double tc)
{
	return tc < HPDF_MIN_CHARSPACE ? HPDF_MIN_CHARSPACE : tc > HPDF_MAX_CHARSPACE ? HPDF_MAX_CHARSPACE : tc;
}

/* How much the layout shortened glyph i (标点挤压, typeset.c): its advance
 * minus the font's width, 0 for almost every glyph. */
static double squeeze(HPDF_Font font, const gw_run *run, size_t i)
{
	double natural = HPDF_Font_GetUnicodeWidth(font, (HPDF_UNICODE)run->cp[i]) * run->size / 1000.0;
	double d = run->adv[i] - natural;
	return fabs(d) < 1e-4 ? 0 : d;
}

/* The end of the piece starting at a: unsqueezed glyphs up to the next
 * squeezed one; or glyphs squeezed alike plus the glyph after them, drawn
 * with Tc lowered by the squeeze.  Text extractors (poppler) give a glyph
 * its advance with Tc except the last of a Tj, so the squeezed marks' boxes
 * then end where the next glyph starts: no overlap, one line of text. */
static size_t piece_end(HPDF_Font font, const gw_run *run, size_t a, double *delta)
{
	size_t b = a + 1;
	*delta = squeeze(font, run, a);
	if (*delta == 0) {
		while (b < run->n && b - a < PIECE_MAX && squeeze(font, run, b) == 0)
			b++;
		return b;
	}
	while (b < run->n && b - a < PIECE_MAX && fabs(squeeze(font, run, b) - *delta) < 1e-4)
		b++;
	return b < run->n ? b + 1 : b;
}

/* The run's text from its own advances, in pieces (piece_end); most runs
 * are one piece, one Tj. */
static void draw_pieces(struct pen *p, const gw_run *run, double tc)
{
	HPDF_Font font = p->hf[run->font];
	char piece[3 * (PIECE_MAX + 1) + 1];  /* code points ≤ U+FFFF: ≤ 3 bytes */
	double x = run->x, set_tc = tc;
	for (size_t a = 0, b; a < run->n; a = b) {
		double delta;
		b = piece_end(font, run, a, &delta);
		size_t len = 0;
		for (size_t k = a; k < b; k++)
			len += gw_utf8_encode(run->cp[k], piece + len);
		piece[len] = '\0';
		double want = clamp_tc(tc + delta);
		if (want != set_tc) {
			HPDF_Page_SetCharSpace(p->page, (HPDF_REAL)want);
			set_tc = want;
		}
		if (run->turned) {  /* reading up the page: x along the run is PDF's y */
			HPDF_Page_SetTextMatrix(p->page, 0, 1, -1, 0, (HPDF_REAL)run->x,
						(HPDF_REAL)(p->height - run->y + (x - run->x)));
			HPDF_Page_ShowText(p->page, piece);
		} else {
			HPDF_Page_TextOut(p->page, (HPDF_REAL)x, (HPDF_REAL)(p->height - run->y), piece);
		}
		for (size_t k = a; k < b; k++)
			x += run->adv[k] + tc;
	}
}

static void draw_run(struct pen *p, const gw_run *run)
{
	if (run->font != p->font || run->size != p->size) {
		HPDF_Page_SetFontAndSize(p->page, p->hf[run->font], (HPDF_REAL)run->size);
		p->font = run->font;
		p->size = run->size;
	}
	if (!same_rgb(run->color, p->color)) {
		HPDF_REAL r = run->color.r / 255.0f, g = run->color.g / 255.0f, b = run->color.b / 255.0f;
		HPDF_Page_SetRGBFill(p->page, r, g, b);
		HPDF_Page_SetRGBStroke(p->page, r, g, b);  /* faux bold strokes in the same colour */
		p->color = run->color;
	}
	bool fake = run->stroke > 0;
	if (fake != p->fake) {
		HPDF_Page_SetTextRenderingMode(p->page, fake ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
		if (fake)
			HPDF_Page_SetLineWidth(p->page, (HPDF_REAL)run->stroke);
		p->fake = fake;
	}
	if (p->turned && !run->turned)  /* TextOut moves relative to the text matrix: upright again */
		HPDF_Page_SetTextMatrix(p->page, 1, 0, 0, 1, 0, 0);
	p->turned = run->turned;
	double tc = clamp_tc(run->spacing);
	HPDF_Page_SetCharSpace(p->page, (HPDF_REAL)tc);
	draw_pieces(p, run, tc);
}

/* Rules go under the text, each in its own graphics state so that its
 * colour and width do not reach the text's faux-bold strokes. */
static void draw_rule(HPDF_Page page, double height, const gw_rule *r)
{
	HPDF_Page_GSave(page);
	HPDF_Page_SetRGBStroke(page, r->color.r / 255.0f, r->color.g / 255.0f, r->color.b / 255.0f);
	HPDF_Page_SetLineWidth(page, (HPDF_REAL)r->width);
	HPDF_Page_SetLineCap(page, HPDF_BUTT_END);
	HPDF_Page_MoveTo(page, (HPDF_REAL)r->x0, (HPDF_REAL)(height - r->y0));
	HPDF_Page_LineTo(page, (HPDF_REAL)r->x1, (HPDF_REAL)(height - r->y1));
	HPDF_Page_Stroke(page);
	HPDF_Page_GRestore(page);
}

struct outline {
	HPDF_Outline parent[5];
	HPDF_Encoder enc;
};

static void bookmark(HPDF_Doc pdf, struct pen *p, struct outline *o, const gw_mark *m)
{
	int lvl = m->level < 1 ? 1 : m->level > 4 ? 4 : m->level;
	HPDF_Outline parent = NULL;
	for (int l = lvl - 1; l >= 1 && !parent; l--)
		parent = o->parent[l];
	int oom = 0;
	char *title = gw_pdfa_text(m->title, &oom);   /* cut to what a PDF string holds */
	HPDF_Outline ol = HPDF_CreateOutline(pdf, parent, title ? title : "", o->enc);
	free(title);
	/* [page /XYZ left top zoom] written in place: libharu's destinations
	 * are indirect objects, which PDF/A-1 readers (Preflight 1.2.3) refuse */
	HPDF_Array dst = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict_Add(ol, "Dest", dst);
	HPDF_Array_Add(dst, p->page);
	HPDF_Array_AddName(dst, "XYZ");
	HPDF_Array_AddReal(dst, 0);
	HPDF_Array_AddReal(dst, (HPDF_REAL)(p->height - m->y));
	HPDF_Array_AddReal(dst, 1);
	HPDF_Outline_SetOpened(ol, lvl == 1 ? HPDF_TRUE : HPDF_FALSE);
	o->parent[lvl] = ol;
	for (int l = lvl + 1; l < 5; l++)
		o->parent[l] = NULL;
}

static void draw_pages(const gw_pages *pages, HPDF_Doc pdf, HPDF_Font *hf)
{
	struct pen p = {.hf = hf};
	struct outline o = {.enc = HPDF_GetEncoder(pdf, "UTF-8")};
	for (size_t i = 0; i < pages->n_pages; i++) {
		const gw_page *pg = &pages->pages[i];
		p.page = HPDF_AddPage(pdf);
		p.height = pg->height;
		HPDF_Page_SetWidth(p.page, (HPDF_REAL)pg->width);
		HPDF_Page_SetHeight(p.page, (HPDF_REAL)pg->height);
		for (size_t k = 0; k < pg->n_marks; k++)
			bookmark(pdf, &p, &o, &pg->marks[k]);
		for (size_t k = 0; k < pg->n_rules; k++)
			draw_rule(p.page, pg->height, &pg->rules[k]);
		HPDF_Page_BeginText(p.page);
		p.font = -1;
		p.fake = false;
		p.turned = false;
		p.color = (gw_rgb){0, 0, 0};
		for (size_t k = 0; k < pg->n_runs; k++)
			draw_run(&p, &pg->runs[k]);
		if (p.fake)
			HPDF_Page_SetTextRenderingMode(p.page, HPDF_FILL);
		HPDF_Page_EndText(p.page);
	}
}

/* ---- document info, /ID, save ----------------------------------------- */

/* The document info, and the same values in the XMP packet (PDF/A-1
 * §6.7.3 wants them equal): each goes through gw_pdfa_text once and that
 * one copy is written into both. */
static gw_status info(const gw_pages *pg, const gw_report *r, const gw_write_opts *o, HPDF_Doc pdf,
		      struct scratch *sc, gw_diag *d)
{
	static const HPDF_InfoType keys[4] = {HPDF_INFO_TITLE, HPDF_INFO_AUTHOR, HPDF_INFO_SUBJECT,
					      HPDF_INFO_CREATOR};
	const char *values[4] = {r->title, pg->signer, r->subtitle ? r->subtitle : "工作报告",
				 o->version ? o->version : "gwexport"};
	int oom = 0;
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	for (size_t i = 0; i < 4; i++) {
		sc->meta[i] = gw_pdfa_text(values[i], &oom);
		if (sc->meta[i])
			HPDF_SetInfoAttr(pdf, keys[i], sc->meta[i]);
	}
	if (oom)
		return nomem(d);
	struct tm tm;
	time_t t = o->timestamp;
	gmtime_r(&t, &tm);
	/* "+00'00'", not 'Z': libharu 2.3.0 writes 'Z' as "Z00'00'" */
	HPDF_Date dt = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
			'+', 0, 0};
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, dt);
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, dt);
	gw_pdfa_info in = {sc->meta[0], sc->meta[1], sc->meta[2], sc->meta[3],
			   HPDF_GetInfoAttr(pdf, HPDF_INFO_PRODUCER), o->timestamp};
	return gw_pdfa_xmp(&in, &sc->xmp, d);
}

/* What PDF/A-1 adds to the catalog: the XMP packet as /Metadata
 * (unfiltered, §6.7.2) and the sRGB profile as the /OutputIntents that
 * give our device colours a meaning (§6.2.2). */
static gw_status pdfa_catalog(HPDF_Doc pdf, struct scratch *sc, gw_diag *d)
{
	const char *path;
	gw_status st = gw_pdfa_srgb_profile(&sc->icc, &path, d);
	if (st)
		return st;
	pdf->pdf_version = HPDF_VER_14;
	HPDF_Dict meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict_AddName(meta, "Type", "Metadata");
	HPDF_Dict_AddName(meta, "Subtype", "XML");
	meta->filter = HPDF_STREAM_FILTER_NONE;
	HPDF_Stream_Write(meta->stream, sc->xmp.data, (HPDF_UINT)sc->xmp.len);
	HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
	HPDF_Dict icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_Dict_AddNumber(icc, "N", 3);
	HPDF_Dict_AddName(icc, "Alternate", "DeviceRGB");
	icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Stream_Write(icc->stream, sc->icc.data, (HPDF_UINT)sc->icc.len);
	HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
	HPDF_Dict_AddName(intent, "Type", "OutputIntent");
	HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
	HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(pdf->mmgr, "http://www.color.org", NULL));
	HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(intent, "DestOutputProfile", icc);
	HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
	HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
	HPDF_Array_Add(intents, intent);
	return GW_OK;
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

gw_status gw_pdf_draw(const gw_pages *pg, const gw_report *r, const gw_write_opts *o, const gw_layout *L,
		      gw_bytes *out, gw_diag *d)
{
	struct hctx h = {0};
	HPDF_Doc volatile pdf = NULL;
	HPDF_Font *volatile hf = NULL;
	struct scratch sc = {0};
	h.sc = &sc;
	gw_status st = GW_OK;
	out->data = NULL;
	out->len = 0;
	if (setjmp(h.jb)) {
		if (h.font_file)
			st = gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE,
				     "remove it from fonts/ (or its family from fonts/roles.ini); fonts need TrueType "
				     "outlines and an English (Windows, 0x0409) name table",
				     "the PDF library cannot use font %s (libharu error 0x%04X, detail %u)", h.font_file,
				     (unsigned)h.err, (unsigned)h.detail);
		else
			st = gw_fail(d, GW_E_PDF, 0, GW_NO_BYTE, "please report this with the input file",
				     "libharu error 0x%04X (detail %u)", (unsigned)h.err, (unsigned)h.detail);
		goto done;
	}
	hf = calloc(pg->n_fonts + 1, sizeof *hf);
	pdf = HPDF_New(on_error, &h);
	if (!hf || !pdf) {
		st = nomem(d);
		goto done;
	}
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);  /* before any font: fonts get Flate only then */
	HPDF_UseUTFEncodings(pdf);
	st = load_fonts(pg, pdf, hf, &sc, d);
	if (!st) {
		draw_pages(pg, pdf, hf);
		HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
		HPDF_AddPageLabel(pdf, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, "");
		st = info(pg, r, o, pdf, &sc, d);
	}
	if (!st)
		st = pdfa_catalog(pdf, &sc, d);
	if (!st)
		st = file_id(r, o, L, pdf, d);
	if (!st)
		st = save(pdf, out, d);
done:
	if (pdf)
		HPDF_Free(pdf);
	free(hf);
	scratch_free(&sc);
	return st;
}

gw_status gw_write_pdf(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	return gw_write_laid_out(r, o, gw_pdf_draw, out, d);
}
