/* readers.c — the reader table: the one place that knows every input format. */
#include "readers.h"

#include <stdbool.h>
#include <string.h>

#include "../model/report_json.h"
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

static int sniff_json(const unsigned char *bytes, size_t len, const char *name)
{
	(void)name;
	return gw_looks_like_json(bytes, len) && !is_rtf(bytes, len) ? GW_SNIFF_YES : GW_SNIFF_NO;
}

static gw_status read_json(const unsigned char *bytes, size_t len, const gw_read_opts *o,
			   gw_report **out, gw_diag *d)
{
	return gw_report_from_json((const char *)bytes, len, o ? o->name : "-", out, d);
}

const gw_reader gw_readers[] = {
	{.name = "text", .summary = "a report as plain text (UTF-8, GB18030/GBK, Big5 or UTF-16)",
	 .sniff = sniff_text, .read = gw_read_text, .needs_indicators = true},
	{.name = "json", .summary = "a report model written by -f json",
	 .sniff = sniff_json, .read = read_json},
	{.name = "docx", .summary = "a Word document (.docx from Word, WPS or LibreOffice; flat Word XML)",
	 .sniff = gw_docx_sniff_score, .read = gw_read_docx, .needs_indicators = true},
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
