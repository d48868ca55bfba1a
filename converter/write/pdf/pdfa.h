/*
 * pdfa.h — what PDF/A-1b (ISO 19005-1, level B) asks of our PDFs beyond what
 * libharu writes, as plain data: the metadata values in the one form both
 * the Info dictionary and the XMP packet hold, the XMP packet itself, the
 * CIDSet bitmap of a subset font and the sRGB output profile.  pdf.c hangs
 * them into the document with libharu; nothing here knows libharu.
 *
 * Why each piece (shared/docs/libs.md §1.6, formats.md §2):
 *   XMP      §6.7.2–6.7.11: a Metadata stream, unfiltered, whose dc/xmp/pdf
 *            values equal the Info dictionary's, with pdfaid:part 1 and
 *            pdfaid:conformance B.  libharu's own (HPDF_PDFA_*) pastes the
 *            values in unescaped and misspells /Subtype.
 *   CIDSet   §6.3.5: every embedded CID font subset lists the CIDs its
 *            program holds.
 *   profile  §6.2.2: device colours (our black and red text) need an
 *            OutputIntent with an ICC profile; PDF 1.4 readers know ICC
 *            version 2 profiles.
 */
#ifndef GW_PDFA_H
#define GW_PDFA_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../../model/diag.h"
#include "../writers.h"

/* The document info, each value already through gw_pdfa_text; NULL when
 * the PDF has no such entry. */
typedef struct gw_pdfa_info {
	const char *title;     /* Info /Title      = dc:title x-default */
	const char *author;    /* Info /Author     = dc:creator, one entry */
	const char *subject;   /* Info /Subject    = dc:description x-default */
	const char *creator;   /* Info /Creator    = xmp:CreatorTool */
	const char *producer;  /* Info /Producer   = pdf:Producer */
	time_t date;           /* Info /CreationDate and /ModDate = xmp:CreateDate,
				  ModifyDate and MetadataDate, written in UTC */
} gw_pdfa_info;

/* s as a metadata value both an XMP packet and libharu's Info strings can
 * hold: characters XML 1.0 cannot carry (C0 controls, DEL, U+FFFE, U+FFFF)
 * and those libharu writes as a space anyway (above U+FFFF) become U+0020,
 * bytes that are not UTF-8 U+FFFD.  Writing the same value into both keeps
 * them equal, as §6.7.3 wants.  malloc'd; NULL for s NULL or empty, or when
 * out of memory (*nomem set then). */
/* A string in a PDF holds at most 65,535 bytes (libharu refuses more with
 * error 0x105B, and the UTF-16 form of UTF-8 text can double it): a title
 * or heading longer than this many bytes is cut, with …, in the document
 * info, the XMP packet and the bookmarks.  The page itself keeps it whole. */
#define GW_PDF_TEXT_MAX_BYTES 16000
char *gw_pdfa_text(const char *s, int *nomem);

/* The XMP packet for in (UTF-8, values XML-escaped) into *out (caller
 * frees out->data).  GW_E_NOMEM. */
gw_status gw_pdfa_xmp(const gw_pdfa_info *in, gw_bytes *out, gw_diag *d);

/* The CIDSet of a font whose CID c draws glyph gid[c] (0: none), for CIDs
 * 0 … n−1: one bit per CID, most significant bit first, CID 0 (.notdef)
 * always set.  Writes (n + 7) / 8 bytes at most into bits and returns how
 * many matter (up to the byte of the highest CID present). */
size_t gw_pdfa_cidset(const uint16_t *gid, size_t n, unsigned char *bits);

/* NULL when p[0..n) is an ICC profile a PDF/A-1 OutputIntent can carry for
 * our colours (a whole version 2 RGB display or output profile), else why
 * not ("is not an RGB profile", …). */
const char *gw_pdfa_profile_problem(const unsigned char *p, size_t n);

/* The sRGB profile from the first of the known places that holds a usable
 * one (Debian's icc-profiles-free, then colord's), into *out (caller
 * frees); *path names where it came from.  GW_E_IO with the package to
 * install when there is none. */
gw_status gw_pdfa_srgb_profile(gw_bytes *out, const char **path, gw_diag *d);

/* The same from the given places only (for tests). */
gw_status gw_pdfa_profile_from(const char *const *paths, size_t n, gw_bytes *out, const char **path,
			       gw_diag *d);

#endif
