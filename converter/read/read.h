/*
 * read.h — the only door into the reader: input bytes → report model.
 * Passes: decode.c (bytes → UTF-8 lines, as blocks: blocks.h) → outline.c
 * (blocks → title, salutation, sections, paragraphs, closing, signature;
 * markers.c for the numbering) → indicators.c (paragraphs → indicators).
 */
#ifndef GW_READ_H
#define GW_READ_H

#include <stddef.h>

#include "../model/diag.h"
#include "../model/report.h"

typedef enum gw_encoding {
	GW_ENC_AUTO = 0,   /* BOM, else UTF-16 by its zero bytes, else valid UTF-8,
	                      else GB18030 or Big5 by their characters (decode.c) */
	GW_ENC_UTF8,
	GW_ENC_GB18030,    /* also GBK, GB2312 */
	GW_ENC_UTF16,      /* BOM, else byte order from the zero bytes, else LE */
	GW_ENC_UTF16LE,
	GW_ENC_UTF16BE,
	GW_ENC_BIG5,
	GW_ENC_BIG5_HKSCS
} gw_encoding;

/* Hard limit: above it the reader refuses with GW_E_TOO_LARGE.  A long
 * work report is 10–50 KB; 16 MB is over 1,000 of them, and keeps every
 * conversion (model, indicators, JSON, PDF held in memory) well under 1 GB. */
#define GW_MAX_INPUT_BYTES (16u * 1024u * 1024u)

typedef struct gw_read_opts {
	const char *name;      /* source.name: base name of the input, "-" for stdin */
	gw_encoding encoding;
	int extract_indicators; /* non-zero: run indicators.c after the outline */
	int keep_lines;        /* text: one paragraph per input line, page numbers kept
				  (--no-unwrap; else unwrap.c joins hard-wrapped lines) */
} gw_read_opts;

/* Reads a report from text bytes.  On success *out owns a new report (free
 * with gw_report_free); on failure *out is NULL and d says file/line/byte. */
gw_status gw_read_text(const unsigned char *bytes, size_t len, const gw_read_opts *opts,
		       gw_report **out, gw_diag *d);

/* The document as blocks (blocks.h), made by a format reader (.docx). */
typedef struct gw_blocks gw_blocks;

/* Reads a report from blocks a format reader made of bytes[0..len) (the
 * original file: source.bytes and source.sha256 are computed from it;
 * source.encoding is blocks->encoding, source.name opts->name).  Runs the
 * passes after decoding: outline, then indicators when asked.  blocks stay
 * the caller's (passes may rewrite them in place); free them after.  On
 * success *out owns a new report; on failure *out is NULL. */
gw_status gw_read_blocks(gw_blocks *blocks, const unsigned char *bytes, size_t len,
			 const gw_read_opts *opts, gw_report **out, gw_diag *d);

/* Parses an --encoding value, any case: auto, utf-8 (utf8), gb18030 (gbk,
 * gb2312, cp936), big5 (cp950), big5-hkscs, utf-16, utf-16le, utf-16be. */
int gw_encoding_parse(const char *name, gw_encoding *out);

/* Fills r->indicators from the report's paragraphs (replacing any). */
gw_status gw_indicators_extract(gw_report *r, gw_diag *d);

#endif
