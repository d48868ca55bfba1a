/*
 * pdfa.c — the PDF/A-1b pieces as plain data (see pdfa.h): metadata values
 * fit for both the Info dictionary and XMP, the XMP packet, CIDSet bitmaps
 * and the sRGB profile from a Debian package.
 */
#include "pdfa.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../model/buf.h"
#include "../../model/i18n.h"
#include "../../model/utf8.h"

/* The packet is a few hundred bytes plus the values. */
#define XMP_MAX_BYTES ((size_t)1 << 20)
/* An ICC profile bigger than this is not an sRGB profile. */
#define PROFILE_MAX_BYTES ((size_t)1 << 20)

/* Where Debian puts an sRGB profile, best first: icc-profiles-free (a
 * 6,922-byte version 2.3 display profile, zlib licence), then colord-data.
 * gw_pdfa_profile_problem skips one of a version PDF 1.4 does not know. */
static const char *const srgb_paths[] = {
	"/usr/share/color/icc/sRGB.icc",
	"/usr/share/color/icc/colord/sRGB.icc",
};

static bool fits_metadata(uint32_t cp)
{
	return cp >= 0x20 && !(cp >= 0x7F && cp <= 0x9F) && cp != 0xFFFE && cp != 0xFFFF && cp <= 0xFFFF;
}

char *gw_pdfa_text(const char *s, int *nomem)
{
	if (!s || !*s)
		return NULL;
	size_t n = strlen(s);
	char *out = malloc(3 * n + 1);  /* a 1-byte invalid byte becomes 3 bytes of U+FFFD */
	if (!out) {
		*nomem = 1;
		return NULL;
	}
	size_t o = 0;
	for (size_t i = 0, len; i < n; i += len) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if (o >= GW_PDF_TEXT_MAX_BYTES) {
			o += gw_utf8_encode(0x2026, out + o);   /* … */
			break;
		}
		o += gw_utf8_encode(fits_metadata(cp) ? cp : 0x20, out + o);
	}
	out[o] = '\0';
	return out;
}

/* Element content: &, < and > as entities; a control character that was
 * not filtered before (gw_pdfa_text) as a space, so the packet stays XML. */
static void put_escaped(gw_buf *b, const char *s)
{
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '&')
			gw_buf_adds(b, "&amp;");
		else if (c == '<')
			gw_buf_adds(b, "&lt;");
		else if (c == '>')
			gw_buf_adds(b, "&gt;");
		else
			gw_buf_add(b, c < 0x20 || c == 0x7F ? " " : p, 1);
	}
}

/* How an XMP property holds its value: as text, or one item of a language
 * alternative (dc:title, dc:description) or of an ordered list
 * (dc:creator). */
typedef enum prop_shape { PROP_TEXT, PROP_ALT, PROP_SEQ } prop_shape;

static void put_prop(gw_buf *b, const char *name, prop_shape shape, const char *value)
{
	static const char *const open[] = {"", "<rdf:Alt><rdf:li xml:lang=\"x-default\">", "<rdf:Seq><rdf:li>"};
	static const char *const close[] = {"", "</rdf:li></rdf:Alt>", "</rdf:li></rdf:Seq>"};
	if (!value)
		return;
	gw_buf_addf(b, "   <%s>%s", name, open[shape]);
	put_escaped(b, value);
	gw_buf_addf(b, "%s</%s>\n", close[shape], name);
}

gw_status gw_pdfa_xmp(const gw_pdfa_info *in, gw_bytes *out, gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	struct tm tm;
	time_t t = in->date;
	char date[96] = "1970-01-01T00:00:00+00:00";
	if (gmtime_r(&t, &tm))
		snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	gw_buf b;
	gw_buf_init(&b, XMP_MAX_BYTES);
	/* no bytes= or encoding= attributes in the header (§6.7.5) */
	gw_buf_adds(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
		    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
		    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
		    "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
		    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
		    "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
	put_prop(&b, "dc:format", PROP_TEXT, "application/pdf");
	put_prop(&b, "dc:title", PROP_ALT, in->title);
	put_prop(&b, "dc:creator", PROP_SEQ, in->author);
	put_prop(&b, "dc:description", PROP_ALT, in->subject);
	put_prop(&b, "xmp:CreatorTool", PROP_TEXT, in->creator);
	put_prop(&b, "xmp:CreateDate", PROP_TEXT, date);
	put_prop(&b, "xmp:ModifyDate", PROP_TEXT, date);
	put_prop(&b, "xmp:MetadataDate", PROP_TEXT, date);
	put_prop(&b, "pdf:Producer", PROP_TEXT, in->producer);
	put_prop(&b, "pdfaid:part", PROP_TEXT, "1");
	put_prop(&b, "pdfaid:conformance", PROP_TEXT, "B");
	gw_buf_adds(&b, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
	size_t len;
	char *p = gw_buf_take(&b, &len);
	if (!p)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing the PDF's XMP metadata");
	out->data = (unsigned char *)p;
	out->len = len;
	return GW_OK;
}

size_t gw_pdfa_cidset(const uint16_t *gid, size_t n, unsigned char *bits)
{
	if (n == 0)
		return 0;
	size_t used = 1;
	memset(bits, 0, (n + 7) / 8);
	bits[0] = 0x80;  /* CID 0: .notdef is in every program */
	for (size_t c = 1; c < n; c++) {
		if (!gid[c])
			continue;
		bits[c / 8] |= (unsigned char)(0x80 >> (c % 8));
		used = c / 8 + 1;
	}
	return used;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

const char *gw_pdfa_profile_problem(const unsigned char *p, size_t n)
{
	if (n < 132)  /* header and tag count */
		return N_("is too short for an ICC profile");
	if (memcmp(p + 36, "acsp", 4) != 0)
		return N_("is not an ICC profile (no 'acsp' signature)");
	if (be32(p) != n)
		return N_("is cut or padded (its header gives another size)");
	if (memcmp(p + 16, "RGB ", 4) != 0)
		return N_("is not an RGB profile");
	if (memcmp(p + 12, "mntr", 4) != 0 && memcmp(p + 12, "prtr", 4) != 0)
		return N_("is neither a display nor an output profile");
	if (p[8] != 2)
		return N_("is not an ICC version 2 profile (PDF/A-1 is based on PDF 1.4)");
	return NULL;
}

/* The whole file at path into *out, at most PROFILE_MAX_BYTES; -1 when it
 * cannot be read (or is bigger). */
static int read_small_file(const char *path, gw_bytes *out)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	unsigned char *buf = malloc(PROFILE_MAX_BYTES + 1);
	size_t n = buf ? fread(buf, 1, PROFILE_MAX_BYTES + 1, f) : 0;
	int bad = !buf || ferror(f) || n > PROFILE_MAX_BYTES;
	fclose(f);
	if (bad) {
		free(buf);
		return -1;
	}
	out->data = buf;
	out->len = n;
	return 0;
}

gw_status gw_pdfa_profile_from(const char *const *paths, size_t n, gw_bytes *out, const char **path,
			       gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	const char *why = NULL, *where = NULL;
	for (size_t i = 0; i < n; i++) {
		gw_bytes b = {0};
		if (read_small_file(paths[i], &b) != 0)
			continue;
		const char *problem = gw_pdfa_profile_problem(b.data, b.len);
		if (!problem) {
			*out = b;
			*path = paths[i];
			return GW_OK;
		}
		if (!why) {
			why = problem;
			where = paths[i];
		}
		free(b.data);
	}
	if (why)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "reinstall it: apt-get install --reinstall icc-profiles-free",
			       "the sRGB colour profile %s %s; PDF/A needs a usable one", where, _(why));
	return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "install it: apt-get install icc-profiles-free (make deps does)",
		       "no sRGB colour profile found (%s); the PDF is written as PDF/A, which needs one",
		       n ? paths[0] : _("no place given"));
}

gw_status gw_pdfa_srgb_profile(gw_bytes *out, const char **path, gw_diag *d)
{
	return gw_pdfa_profile_from(srgb_paths, sizeof srgb_paths / sizeof srgb_paths[0], out, path, d);
}
