/*
 * ofdxml.h — the OFD backend's XML text: a growable buffer with a ceiling,
 * numbers written without the locale, and escaping of the document's text.
 *
 * Escaping (every string that comes from the document goes through
 * gw_xml_text): < > & " ' become entities; in attributes TAB, LF and CR
 * become character references (attribute-value normalisation would turn
 * them into spaces), in element content CR does (end-of-line handling
 * would drop it).  Characters XML 1.0 cannot hold (C0 controls other than
 * TAB/LF/CR) and those it discourages and nobody can see (DEL and the C1
 * controls, U+FFFE, U+FFFF), and bytes that are not UTF-8, are written as
 * U+FFFD, a visible replacement mark, and counted in `replaced` so the
 * writer can say so.  Private-use characters are legal XML and are kept:
 * a font may draw them.
 */
#ifndef GW_OFDXML_H
#define GW_OFDXML_H

#include <stdbool.h>
#include <stddef.h>

#include "../../model/buf.h"
#include "../../model/diag.h"

/* One part's text: the largest is a page of a few thousand glyphs; a part
 * past this is a runaway and GW_E_TOO_LARGE. */
#define GW_XML_MAX_BYTES ((size_t)256 << 20)

typedef struct gw_xml {
	gw_buf b;              /* the part's text; failed appends are sticky (buf.h) */
	size_t replaced;       /* characters written as U+FFFD */
} gw_xml;

typedef enum gw_xml_where {
	GW_XML_ATTR,           /* inside an attribute value in double quotes */
	GW_XML_CONTENT         /* element content; leading and trailing spaces as &#x20; */
} gw_xml_where;

/* An empty part, with the GW_XML_MAX_BYTES ceiling. */
void gw_xml_init(gw_xml *x);
void gw_xml_put(gw_xml *x, const char *s, size_t n);
void gw_xml_puts(gw_xml *x, const char *s);
/* An unsigned integer (IDs). */
void gw_xml_uint(gw_xml *x, unsigned long long v);
/* A number with at most 4 decimals, trailing zeros dropped ("5.6444",
 * "12", "-0.5"); the decimal point is always '.'.  gw_xml_fmt writes it
 * into out and returns its length. */
void gw_xml_num(gw_xml *x, double v);
size_t gw_xml_fmt(double v, char out[32]);
/* s (NUL-terminated UTF-8 from the document), escaped for where. */
void gw_xml_text(gw_xml *x, const char *s, gw_xml_where where);
/* GW_OK, or the failure (GW_E_NOMEM, GW_E_TOO_LARGE) recorded in d. */
gw_status gw_xml_status(const gw_xml *x, const char *part, gw_diag *d);
void gw_xml_free(gw_xml *x);

#endif
