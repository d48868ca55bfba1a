/*
 * read.c — the reader's doors (read.h): text bytes → decode.c → blocks (a
 * front-matter block cut off by frontmatter.c, its fields applied last;
 * sentences ended in '.' given 。 by stops.c; wrapped lines joined by
 * unwrap.c), and
 * blocks from any format reader → outline.c → (optionally) indicators.c,
 * with source metadata filled in.
 */
#include "blocks.h"
#include "frontmatter.h"
#include "stops.h"
#include "unwrap.h"

#include "../model/hash.h"

static gw_status check_size(size_t len, gw_diag *d)
{
	if (len > GW_MAX_INPUT_BYTES)
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
			       "the input is larger than %u MB", GW_MAX_INPUT_BYTES >> 20);
	return GW_OK;
}

static gw_status fill_source(gw_report *r, const gw_blocks *blocks, const unsigned char *bytes,
			     size_t len, const gw_read_opts *opts, gw_diag *d)
{
	r->source.name = gw_report_strdup(r, opts && opts->name ? opts->name : "-");
	r->source.encoding = gw_report_strdup(r, blocks->encoding ? blocks->encoding : "UTF-8");
	r->source.bytes = len;
	if (!r->source.name || !r->source.encoding)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	if (gw_sha256_hex(bytes, len, r->source.sha256) != 0)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, NULL, "SHA-256 of the input failed");
	return GW_OK;
}

gw_status gw_read_blocks(gw_blocks *blocks, const unsigned char *bytes, size_t len,
			 const gw_read_opts *opts, gw_report **out, gw_diag *d)
{
	*out = NULL;
	gw_status st = check_size(len, d);
	if (st)
		return st;
	gw_report *r = gw_report_new();
	if (!r)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	st = fill_source(r, blocks, bytes, len, opts, d);
	if (!st)
		st = gw_outline_build(blocks, r, d);
	if (!st && opts && opts->extract_indicators)
		st = gw_indicators_extract(r, d);
	if (st)
		gw_report_free(r);
	else
		*out = r;
	return st;
}

gw_status gw_read_text(const unsigned char *bytes, size_t len, const gw_read_opts *opts,
		       gw_report **out, gw_diag *d)
{
	*out = NULL;
	gw_status st = check_size(len, d);
	if (st)
		return st;
	gw_blocks blocks;
	st = gw_decode_text(bytes, len, opts ? opts->encoding : GW_ENC_AUTO, &blocks, d);
	if (st)
		return st;
	gw_fields given = {0};  /* before unwrapping, which would join its lines */
	st = gw_frontmatter_take(&blocks, &given, d);
	if (!st)
		st = gw_stops_fix(&blocks, d);   /* before unwrapping: a line's last '.' ends it */
	if (!st && !(opts && opts->keep_lines))
		st = gw_unwrap(&blocks, NULL, NULL, d);
	if (!st)
		st = gw_read_blocks(&blocks, bytes, len, opts, out, d);
	if (!st && (st = gw_fields_apply(*out, &given, d))) {
		gw_report_free(*out);
		*out = NULL;
	}
	gw_blocks_free(&blocks);
	return st;
}
