/* diag.c — status names, error recording and the one message format.
 * Every message text passes gw_diag_escape here, so a value quoted from an
 * input, a bag or a file name cannot drive the user's terminal. */
#include "diag.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

/* Code points shown as <U+XXXX>: C1 controls and the ones that reorder
 * text (bidi embeddings, overrides and isolates, marks). */
static const struct { uint32_t lo, hi; } shown_as_code[] = {
	{0x80, 0x9f}, {0x061c, 0x061c}, {0x200e, 0x200f}, {0x202a, 0x202e}, {0x2066, 0x2069},
};

static bool shown_as_code_point(uint32_t cp)
{
	for (size_t i = 0; i < sizeof shown_as_code / sizeof shown_as_code[0]; i++)
		if (cp >= shown_as_code[i].lo && cp <= shown_as_code[i].hi)
			return true;
	return false;
}

void gw_diag_escape(const char *in, char *out, size_t size)
{
	size_t n = strlen(in), o = 0;
	if (size == 0)
		return;
	for (size_t i = 0; i < n;) {
		const unsigned char *b = (const unsigned char *)in + i;
		size_t len = gw_utf8_valid_prefix(b, n - i) ? 0 : 1;
		uint32_t cp = len ? 0 : gw_utf8_decode(in + i, n - i, &len);
		char esc[16];
		const char *piece = in + i;
		size_t plen = len;
		if (len == 1 && (b[0] >= 0x80 || ((b[0] < 0x20 && b[0] != '\n' && b[0] != '\t') || b[0] == 0x7f))) {
			plen = (size_t)snprintf(esc, sizeof esc, "\\x%02x", b[0]);  /* invalid byte or C0 */
			piece = esc;
		} else if (shown_as_code_point(cp)) {
			plen = (size_t)snprintf(esc, sizeof esc, "<U+%04X>", (unsigned)cp);
			piece = esc;
		}
		if (o + plen >= size)
			break;  /* never half a character or half an escape */
		memcpy(out + o, piece, plen);
		o += plen;
		i += len;
	}
	out[o] = '\0';
}

void gw_diag_clear(gw_diag *d)
{
	d->status = GW_OK;
	d->line = 0;
	d->byte = GW_NO_BYTE;
	d->what[0] = '\0';
	d->hint[0] = '\0';
}

void gw_diag_set_file(gw_diag *d, const char *file)
{
	gw_diag_escape(file ? file : "", d->file, sizeof d->file);
}

gw_status gw_fail(gw_diag *d, gw_status st, size_t line, size_t byte,
		  const char *hint, const char *fmt, ...)
{
	if (!d)
		return st;
	d->status = st;
	d->line = line;
	d->byte = byte;
	char raw[sizeof d->what];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	gw_diag_escape(raw, d->what, sizeof d->what);
	gw_diag_escape(hint ? hint : "", d->hint, sizeof d->hint);
	return st;
}

static void vwarn(gw_diag *d, size_t line, const char *fmt, va_list ap)
{
	char raw[1024], msg[1024];
	vsnprintf(raw, sizeof raw, fmt, ap);
	gw_diag_escape(raw, msg, sizeof msg);
	d->warn(d->warn_ctx, d->file, line, msg);
}

void gw_warn(gw_diag *d, size_t line, const char *fmt, ...)
{
	if (!d || !d->warn)
		return;
	va_list ap;
	va_start(ap, fmt);
	vwarn(d, line, fmt, ap);
	va_end(ap);
}

void gw_note(gw_diag *d, size_t line, const char *fmt, ...)
{
	if (!d || !d->warn || !d->verbose)
		return;
	va_list ap;
	va_start(ap, fmt);
	vwarn(d, line, fmt, ap);
	va_end(ap);
}

const char *gw_strerror(gw_status st)
{
	switch (st) {
	case GW_OK: return "ok";
	case GW_E_USAGE: return "usage error";
	case GW_E_IO: return "file error";
	case GW_E_EMPTY: return "empty input";
	case GW_E_BINARY: return "not a text file";
	case GW_E_ENCODING: return "encoding error";
	case GW_E_STRUCTURE: return "structure error";
	case GW_E_JSON: return "model JSON error";
	case GW_E_LAYOUT: return "layout error";
	case GW_E_FONT: return "font error";
	case GW_E_GLYPH: return "missing glyphs";
	case GW_E_TOO_LARGE: return "input too large";
	case GW_E_NOMEM: return "out of memory";
	case GW_E_PDF: return "PDF error";
	case GW_E_XLSX: return "workbook error";
	case GW_E_ZIP: return "zip error";
	case GW_E_UNSUPPORTED: return "not supported";
	case GW_E_VERIFY: return "verification failed";
	case GW_E_INTERNAL: return "internal error";
	}
	return "unknown error";
}

int gw_exit_code(gw_status st)
{
	if (st == GW_OK)
		return 0;
	return st == GW_E_USAGE ? 2 : 1;
}

void gw_diag_format(const gw_diag *d, char *buf, size_t size)
{
	int n = 0;
	if (d->file[0] && d->line)
		n = snprintf(buf, size, "%s:%zu: ", d->file, d->line);
	else if (d->file[0])
		n = snprintf(buf, size, "%s: ", d->file);
	if (n < 0 || (size_t)n >= size)
		return;
	int m = snprintf(buf + n, size - n, "%s: %s", gw_strerror(d->status), d->what);
	if (m < 0 || (size_t)(n + m) >= size)
		return;
	n += m;
	if (d->byte != GW_NO_BYTE) {
		m = snprintf(buf + n, size - n, " (byte offset %zu)", d->byte);
		if (m < 0 || (size_t)(n + m) >= size)
			return;
		n += m;
	}
	if (d->hint[0])
		snprintf(buf + n, size - n, "\n  hint: %s", d->hint);
}
