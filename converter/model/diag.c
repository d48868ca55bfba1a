/* diag.c — status names, error recording and the one message format. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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
	snprintf(d->file, sizeof d->file, "%s", file ? file : "");
}

gw_status gw_fail(gw_diag *d, gw_status st, size_t line, size_t byte,
		  const char *hint, const char *fmt, ...)
{
	if (!d)
		return st;
	d->status = st;
	d->line = line;
	d->byte = byte;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->what, sizeof d->what, fmt, ap);
	va_end(ap);
	snprintf(d->hint, sizeof d->hint, "%s", hint ? hint : "");
	return st;
}

static void vwarn(gw_diag *d, size_t line, const char *fmt, va_list ap)
{
	char msg[1024];
	vsnprintf(msg, sizeof msg, fmt, ap);
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
