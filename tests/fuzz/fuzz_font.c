/*
 * fuzz_font.c — font file bytes → the page engine, as when a user drops a
 * hostile or broken font into fonts/: HarfBuzz reads it (coverage,
 * advances), hb-subset cuts it, ttscale.c moves it to the embedding grid,
 * libharu parses the result (PDF) and the OFD writer embeds it.  The text
 * typeset is made of characters the font's own cmap maps, so its glyphs
 * are the ones subset and drawn.  Promises: a refused font has a message
 * (and is not called a bug of ours); an accepted one gives a PDF and an
 * OFD; a program ttscale.c rescales still reads as a font with as many
 * glyphs, on the embedding grid.
 */
#include <hb.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "model/utf8.h"
#include "page/fonts.h"
#include "page/ttscale.h"
#include "read/read.h"
#include "write/writers.h"

#define FONT_TEXT_CHARS 48  /* characters of the font's cmap typeset */

static char font_layouts[4096];

/* "标题\n\n一、…\n" plus up to FONT_TEXT_CHARS characters the font maps
 * (printable, BMP: the page engine draws no more), as a paragraph. */
static size_t font_text(const uint8_t *data, size_t size, char *text, size_t cap)
{
	static const char head[] = "关于字体的工作报告\n\n一、总体情况\n";
	size_t n = strlen(head);
	memcpy(text, head, n);
	hb_blob_t *blob = hb_blob_create((const char *)data, (unsigned)size, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *face = hb_face_create(blob, 0);
	hb_set_t *cps = hb_set_create();
	hb_face_collect_unicodes(face, cps);
	size_t taken = 0;
	for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; taken < FONT_TEXT_CHARS && hb_set_next(cps, &cp);) {
		if (cp < 0x21 || (cp >= 0x7F && cp < 0xA0) || cp > 0xFFFD || (cp >= 0xD800 && cp < 0xE000) ||
		    cp == 0x2028 || cp == 0x2029 || n + 8 > cap)
			continue;
		n += gw_utf8_encode(cp, text + n);
		taken++;
	}
	hb_set_destroy(cps);
	hb_face_destroy(face);
	hb_blob_destroy(blob);
	text[n++] = '\n';
	text[n] = '\0';
	return n;
}

static void font_refused(gw_status st, const gw_diag *d, const char *what)
{
	if (st == GW_OK)
		return;
	fprintf(stderr, "%s refused: %s\n", what, d->what);
	GW_FUZZ_REQUIRE(d->what[0] != '\0', "a refused font says what is wrong");
	GW_FUZZ_REQUIRE(st != GW_E_INTERNAL, "a bad font is not called a bug of ours");
}

/* What ttscale.c makes of the raw program, when it takes it at all. */
static void font_rescale(const uint8_t *data, size_t size)
{
	unsigned char *out = NULL;
	size_t len = 0;
	if (gw_tt_rescale(data, size, &out, &len) != 0) {
		GW_FUZZ_REQUIRE(out == NULL, "a refused program leaves no output");
		return;
	}
	hb_blob_t *a = hb_blob_create((const char *)data, (unsigned)size, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_blob_t *b = hb_blob_create((const char *)out, (unsigned)len, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_t *fa = hb_face_create(a, 0), *fb = hb_face_create(b, 0);
	GW_FUZZ_REQUIRE(hb_face_get_glyph_count(fa) == hb_face_get_glyph_count(fb),
			"a rescaled program has as many glyphs");
	GW_FUZZ_REQUIRE(hb_face_get_upem(fb) == gw_tt_target_upem(hb_face_get_upem(fa)),
			"a rescaled program is on the embedding grid");
	hb_face_destroy(fa);
	hb_face_destroy(fb);
	hb_blob_destroy(a);
	hb_blob_destroy(b);
	free(out);
}

static void font_write(const char *what, gw_writer_fn fn, const gw_report *r, gw_fonts *fonts,
		       const char *magic)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.layouts_dir = font_layouts;
	o.allow_missing_glyphs = 1;
	o.timestamp = 1700000000;
	o.version = "gwexport fuzz";
	o.stem = "fuzz";
	o.ctx = fonts;
	gw_bytes out = {0};
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	gw_status st = fn(r, &o, &out, &d);
	font_refused(st, &d, what);
	if (st == GW_OK)
		GW_FUZZ_REQUIRE(out.len > strlen(magic) && memcmp(out.data, magic, strlen(magic)) == 0,
				"an accepted font gives the format's bytes");
	free(out.data);
}

int GW_FUZZ_ENTRY(font)(const uint8_t *data, size_t size)
{
	if (!font_layouts[0]) {
		const char *tests = getenv("GW_TESTS");
		snprintf(font_layouts, sizeof font_layouts, "%s%slayouts", tests ? tests : "", tests ? "/../" : "");
	}
	if (size > (1u << 20))
		return 0;
	font_rescale(data, size);
	gw_fonts *fonts = NULL;
	gw_diag d = {0};
	gw_status st = gw_fonts_from_memory(data, size, "fuzz.ttf", &fonts, &d);
	font_refused(st, &d, "HarfBuzz");
	if (st)
		return 0;
	char text[1024];
	size_t n = font_text(data, size, text, sizeof text);
	gw_read_opts ro = {.name = "font.txt"};
	gw_report *r = NULL;
	gw_diag rd = {0};
	if (gw_read_text((const unsigned char *)text, n, &ro, &r, &rd) == GW_OK) {
		font_write("pdf", gw_write_pdf, r, fonts, "%PDF-");
		font_write("ofd", gw_write_ofd, r, fonts, "PK");
		gw_report_free(r);
	}
	gw_fonts_close(fonts);
	return 0;
}
