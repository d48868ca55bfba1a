/* readers.c — the reader table: the one place that knows every input format. */
#include "readers.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../model/i18n.h"
#include "../model/report_json.h"
#include "../model/utf8.h"
#include "docx.h"

/* The text reader says itself when bytes are not text (GW_E_BINARY, with
 * what they look like), so it takes whatever no other reader claims. */
static int sniff_text(const unsigned char *bytes, size_t len, const char *name)
{
	(void)bytes;
	(void)len;
	(void)name;
	return GW_SNIFF_FALLBACK;
}

/* By content, not name: a report.json that is not a model (no '{' first)
 * goes to the text reader, and a model saved under another name is read. */
/* An RTF document also opens with '{': it is the text reader's to refuse
 * (with how to save a .docx), not a model JSON with a syntax error. */
static bool is_rtf(const unsigned char *bytes, size_t len)
{
	static const char bom[] = "\xEF\xBB\xBF", magic[] = "{\\rtf";
	if (len >= 3 && memcmp(bytes, bom, 3) == 0)
		bytes += 3, len -= 3;
	return len >= 5 && memcmp(bytes, magic, 5) == 0;
}

/* Notepad's "Unicode" and "Unicode big endian" save a model JSON as UTF-16
 * with a byte-order mark; jansson reads only UTF-8.  Returns 1 for little
 * endian, 2 for big endian, 0 for no UTF-16 byte-order mark. */
static int utf16_bom(const unsigned char *b, size_t len)
{
	if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		return 1;
	return len >= 2 && b[0] == 0xFE && b[1] == 0xFF ? 2 : 0;
}

static unsigned utf16_unit(const unsigned char *b, size_t i, int order)
{
	return order == 1 ? b[i] | (unsigned)b[i + 1] << 8 : (unsigned)b[i] << 8 | b[i + 1];
}

/* A model JSON in UTF-16: its first character after blanks is '{'. */
static bool utf16_looks_like_json(const unsigned char *b, size_t len)
{
	int order = utf16_bom(b, len);
	for (size_t i = 2; order && i + 1 < len; i += 2) {
		unsigned u = utf16_unit(b, i, order);
		if (u != ' ' && u != '\t' && u != '\r' && u != '\n')
			return u == '{';
	}
	return false;
}

/* UTF-16 (after its BOM) → NUL-terminated UTF-8, caller frees *out.  A lone
 * surrogate or an odd last byte is an encoding error at its byte offset. */
static gw_status utf16_to_utf8(const unsigned char *b, size_t len, char **out, size_t *n,
			       gw_diag *d)
{
	int order = utf16_bom(b, len);
	char *u8 = malloc(len / 2 * 3 + 1); /* ≤ 3 bytes per unit, 4 per pair */
	if (!u8)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading a UTF-16 model JSON");
	size_t o = 0, i = 2;
	for (; i + 1 < len; i += 2) {
		unsigned long c = utf16_unit(b, i, order);
		if (c >= 0xD800 && c < 0xDC00 && i + 3 < len) {
			unsigned lo = utf16_unit(b, i + 2, order);
			if (lo >= 0xDC00 && lo < 0xE000) {
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		if (c >= 0xD800 && c < 0xE000)
			break;
		o += gw_utf8_encode((uint32_t)c, u8 + o);
	}
	if (i < len) {
		static const char hint[] = N_("save the file again as UTF-8 (or convert the original text again)");
		free(u8);
		if (i + 1 == len)
			return gw_fail(d, GW_E_ENCODING, 0, i, hint, "a UTF-16 model JSON ends in half a character");
		return gw_fail(d, GW_E_ENCODING, 0, i, hint, "a UTF-16 model JSON has a lone surrogate (U+%04X)",
			       utf16_unit(b, i, order));
	}
	u8[o] = '\0';
	*out = u8;
	*n = o;
	return GW_OK;
}

static int sniff_json(const unsigned char *bytes, size_t len, const char *name)
{
	(void)name;
	if (utf16_looks_like_json(bytes, len))
		return GW_SNIFF_YES;
	return gw_looks_like_json(bytes, len) && !is_rtf(bytes, len) ? GW_SNIFF_YES : GW_SNIFF_NO;
}

static gw_status read_json(const unsigned char *bytes, size_t len, const gw_read_opts *o,
			   gw_report **out, gw_diag *d)
{
	const char *name = o ? o->name : "-";
	if (!utf16_bom(bytes, len))
		return gw_report_from_json((const char *)bytes, len, name, out, d);
	char *u8 = NULL;
	size_t n = 0;
	*out = NULL;
	gw_status st = utf16_to_utf8(bytes, len, &u8, &n, d);
	if (st)
		return st;
	st = gw_report_from_json(u8, n, name, out, d);
	if (st && d->byte != GW_NO_BYTE)
		d->byte = GW_NO_BYTE; /* an offset into our UTF-8 copy, not the file */
	free(u8);
	return st;
}

static size_t count_paragraphs(const gw_section *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i].n_body + count_paragraphs(s[i].sections, s[i].n_sections);
	return k;
}

/* Every reader's model passes this before indicators, writers and JSON:
 * memory grows with the paragraphs (one-figure paragraphs: 200,000 took
 * 0.4 GB through -f zip and a 100 MB JSON; two million, 2.6 GB). */
static gw_status check_size(gw_status st, gw_report **out, gw_diag *d)
{
	if (st || !*out)
		return st;
	size_t n = (*out)->n_preamble + count_paragraphs((*out)->sections, (*out)->n_sections);
	if (n <= GW_MAX_PARAGRAPHS)
		return GW_OK;
	gw_report_free(*out);
	*out = NULL;
	return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into several files",
		       "the report has %zu paragraphs; the limit is %u", n, GW_MAX_PARAGRAPHS);
}

static gw_status read_text(const unsigned char *bytes, size_t len, const gw_read_opts *o, gw_report **out,
			   gw_diag *d)
{
	return check_size(gw_read_text(bytes, len, o, out, d), out, d);
}

static gw_status read_docx(const unsigned char *bytes, size_t len, const gw_read_opts *o, gw_report **out,
			   gw_diag *d)
{
	return check_size(gw_read_docx(bytes, len, o, out, d), out, d);
}

static gw_status read_model(const unsigned char *bytes, size_t len, const gw_read_opts *o, gw_report **out,
			    gw_diag *d)
{
	return check_size(read_json(bytes, len, o, out, d), out, d);
}

const gw_reader gw_readers[] = {
	{.name = "text", .summary = N_("a report as plain text (UTF-8, GB18030/GBK, Big5 or UTF-16)"),
	 .sniff = sniff_text, .read = read_text, .needs_indicators = true},
	{.name = "json", .summary = N_("a report model written by -f json"),
	 .sniff = sniff_json, .read = read_model},
	{.name = "docx", .summary = N_("a Word document (.docx from Word, WPS or LibreOffice; flat Word XML)"),
	 .sniff = gw_docx_sniff_score, .read = read_docx, .needs_indicators = true},
};

const size_t gw_n_readers = sizeof gw_readers / sizeof gw_readers[0];

const gw_reader *gw_reader_pick(const unsigned char *bytes, size_t len, const char *name)
{
	const gw_reader *best = NULL;
	int best_score = GW_SNIFF_NO;
	for (size_t i = 0; i < gw_n_readers; i++) {
		int score = gw_readers[i].sniff(bytes, len, name);
		if (score > best_score) {
			best = &gw_readers[i];
			best_score = score;
		}
	}
	return best;
}
