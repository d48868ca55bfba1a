/*
 * read.c — the reader's door (read.h): bytes → decode.c → outline.c →
 * (optionally) indicators.c, with source metadata filled in.
 */
#include "blocks.h"

#include "../model/hash.h"

gw_status gw_read_text(const unsigned char *bytes, size_t len, const gw_read_opts *opts,
		       gw_report **out, gw_diag *d)
{
	*out = NULL;
	if (len > GW_MAX_INPUT_BYTES)
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
			       "the input is larger than %u MB", GW_MAX_INPUT_BYTES >> 20);
	gw_blocks blocks;
	gw_report *r = NULL;
	gw_status st = gw_decode_text(bytes, len, opts ? opts->encoding : GW_ENC_AUTO, &blocks, d);
	if (st)
		return st;
	r = gw_report_new();
	if (!r) {
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
		goto done;
	}
	r->source.name = gw_report_strdup(r, opts && opts->name ? opts->name : "-");
	r->source.encoding = gw_report_strdup(r, blocks.encoding);
	r->source.bytes = len;
	if (!r->source.name || !r->source.encoding) {
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
		goto done;
	}
	if (gw_sha256_hex(bytes, len, r->source.sha256) != 0) {
		st = gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "SHA-256 of the input failed");
		goto done;
	}
	st = gw_outline_build(&blocks, r, d);
	if (!st && opts && opts->extract_indicators)
		st = gw_indicators_extract(r, d);
done:
	gw_blocks_free(&blocks);
	if (st)
		gw_report_free(r);
	else
		*out = r;
	return st;
}
