/*
 * ofdxml.c — XML text for the OFD parts: appending with a ceiling,
 * locale-free numbers, and the escaping rules of ofdxml.h.
 */
#include "ofdxml.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../model/utf8.h"

void gw_xml_init(gw_xml *x)
{
	gw_buf_init(&x->b, GW_XML_MAX_BYTES);
	x->replaced = 0;
}

void gw_xml_put(gw_xml *x, const char *s, size_t n)
{
	gw_buf_add(&x->b, s, n);
}

void gw_xml_puts(gw_xml *x, const char *s)
{
	gw_xml_put(x, s, strlen(s));
}

static size_t put_uint(char *out, unsigned long long v)
{
	char buf[24];
	size_t i = sizeof buf;
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(out, buf + i, sizeof buf - i);
	return sizeof buf - i;
}

void gw_xml_uint(gw_xml *x, unsigned long long v)
{
	char buf[24];
	gw_xml_put(x, buf, put_uint(buf, v));
}

size_t gw_xml_fmt(double v, char out[32])
{
	/* beyond ±9e14 mm nothing is on a page; NaN would be a bug upstream */
	if (!isfinite(v) || fabs(v) > 9e14)
		v = 0;
	long long q = llround(v * 10000.0);
	size_t n = 0;
	if (q < 0) {
		out[n++] = '-';
		q = -q;
	}
	n += put_uint(out + n, (unsigned long long)(q / 10000));
	int frac = (int)(q % 10000), digits = 4;
	if (frac != 0) {
		while (frac % 10 == 0) {
			frac /= 10;
			digits--;
		}
		out[n] = '.';
		for (int i = digits; i >= 1; i--, frac /= 10)
			out[n + (size_t)i] = (char)('0' + frac % 10);
		n += (size_t)digits + 1;
	}
	out[n] = '\0';
	return n;
}

void gw_xml_num(gw_xml *x, double v)
{
	char buf[32];
	gw_xml_put(x, buf, gw_xml_fmt(v, buf));
}

/* What XML 1.0 cannot hold, or holds but nobody sees: written as U+FFFD. */
static bool unwritable(uint32_t cp)
{
	return (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF;
}

/* The entity or character reference for cp in `where`, or NULL to copy it. */
static const char *reference(uint32_t cp, gw_xml_where where)
{
	switch (cp) {
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '&': return "&amp;";
	case '"': return "&quot;";
	case '\'': return "&apos;";
	case '\r': return "&#13;";
	case '\t': return where == GW_XML_ATTR ? "&#9;" : NULL;
	case '\n': return where == GW_XML_ATTR ? "&#10;" : NULL;
	default: return NULL;
	}
}

void gw_xml_text(gw_xml *x, const char *s, gw_xml_where where)
{
	size_t n = strlen(s);
	size_t lead = 0, trail = n;
	if (where == GW_XML_CONTENT) {
		/* some readers (ofd.js) trim element text; a reference survives */
		while (lead < n && s[lead] == ' ')
			lead++;
		while (trail > lead && s[trail - 1] == ' ')
			trail--;
	}
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		const char *ref = (i < lead || i >= trail) && cp == ' ' ? "&#x20;" : reference(cp, where);
		if (ref) {
			gw_xml_puts(x, ref);
		} else if ((cp == 0xFFFD && len == 1) || unwritable(cp)) {
			gw_xml_put(x, "\xEF\xBF\xBD", 3);
			x->replaced++;
		} else {
			gw_xml_put(x, s + i, len);
		}
		i += len;
	}
}

gw_status gw_xml_status(const gw_xml *x, const char *part, gw_diag *d)
{
	gw_status st = gw_buf_status(&x->b);
	if (st == GW_E_TOO_LARGE)
		return gw_fail(d, st, 0, GW_NO_BYTE, "split the report into smaller documents",
			       "the OFD part %s would be larger than %zu MB", part, GW_XML_MAX_BYTES >> 20);
	if (st)
		return gw_fail(d, st, 0, GW_NO_BYTE, NULL, "out of memory writing the OFD part %s", part);
	return GW_OK;
}

void gw_xml_free(gw_xml *x)
{
	gw_buf_free(&x->b);
	x->replaced = 0;
}
