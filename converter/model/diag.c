/* diag.c — status names, error recording and the one message format.
 * Every message text passes gw_diag_escape here, so a value quoted from an
 * input, a bag or a file name cannot drive the user's terminal.  Formats,
 * hints and status names are translated here (model/i18n.h), so callers
 * write plain English literals and xgettext finds them at the call. */
#include "diag.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
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
	vsnprintf(raw, sizeof raw, gw_i18n(fmt), ap);
	va_end(ap);
	gw_diag_escape(raw, d->what, sizeof d->what);
	gw_diag_escape(hint ? gw_i18n(hint) : "", d->hint, sizeof d->hint);
	return st;
}

static void vwarn(gw_diag *d, size_t line, const char *fmt, va_list ap)
{
	char raw[1024], msg[1024];
	vsnprintf(raw, sizeof raw, gw_i18n(fmt), ap);
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

/* Indexed by gw_status; translated when returned. */
static const char *const status_names[] = {
	[GW_OK] = N_("ok"),
	[GW_E_USAGE] = N_("usage error"),
	[GW_E_IO] = N_("file error"),
	[GW_E_EMPTY] = N_("empty input"),
	[GW_E_BINARY] = N_("not a text file"),
	[GW_E_ENCODING] = N_("encoding error"),
	[GW_E_STRUCTURE] = N_("structure error"),
	[GW_E_JSON] = N_("model JSON error"),
	[GW_E_LAYOUT] = N_("layout error"),
	[GW_E_FONT] = N_("font error"),
	[GW_E_GLYPH] = N_("missing glyphs"),
	[GW_E_TOO_LARGE] = N_("input too large"),
	[GW_E_NOMEM] = N_("out of memory"),
	[GW_E_PDF] = N_("PDF error"),
	[GW_E_XLSX] = N_("workbook error"),
	[GW_E_ZIP] = N_("zip error"),
	[GW_E_UNSUPPORTED] = N_("not supported"),
	[GW_E_VERIFY] = N_("verification failed"),
	[GW_E_INTERNAL] = N_("internal error"),
};

const char *gw_strerror(gw_status st)
{
	if ((unsigned)st < sizeof status_names / sizeof status_names[0] && status_names[st])
		return gw_i18n(status_names[st]);
	return _("unknown error");
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
		/* TRANSLATORS: file name and line number before a message. */
		n = snprintf(buf, size, _("%s:%zu: "), d->file, d->line);
	else if (d->file[0])
		n = snprintf(buf, size, "%s: ", d->file);
	if (n < 0 || (size_t)n >= size)
		return;
	/* TRANSLATORS: status name (gw_strerror), then what is wrong. */
	int m = snprintf(buf + n, size - n, _("%s: %s"), gw_strerror(d->status), d->what);
	if (m < 0 || (size_t)(n + m) >= size)
		return;
	n += m;
	if (d->byte != GW_NO_BYTE) {
		/* TRANSLATORS: 0-based offset of the byte in the file. */
		m = snprintf(buf + n, size - n, _(" (byte offset %zu)"), d->byte);
		if (m < 0 || (size_t)(n + m) >= size)
			return;
		n += m;
	}
	if (d->hint[0])
		snprintf(buf + n, size - n, _("\n  hint: %s"), d->hint);
}
