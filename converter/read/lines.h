/*
 * lines.h — the reader's internal hand-over from decode.c to outline.c:
 * the input as UTF-8 lines, line breaks removed, indentation and trailing
 * spaces stripped, each line knowing its 1-based input line number.
 * Internal to read/: nothing outside this directory includes it.
 */
#ifndef GW_LINES_H
#define GW_LINES_H

#include <stddef.h>

#include "read.h"

typedef struct gw_line {
	const char *s;      /* stripped text, NUL-terminated, points into gw_lines.buf */
	size_t len;         /* bytes; 0 for a blank line */
	size_t no;          /* 1-based line number in the input */
} gw_line;

typedef struct gw_lines {
	char *buf;          /* the whole text as UTF-8, line ends replaced by NULs (malloc'd) */
	gw_line *v;         /* every input line, blank ones included (malloc'd) */
	size_t n;
	const char *encoding; /* static name for source.encoding: "UTF-8", "GB18030" … */
} gw_lines;

/* Decodes bytes into lines.  Refuses empty and binary input and bytes that
 * are invalid in the (detected or given) encoding, naming the line and the
 * byte offset in the original input.  On success the caller frees *out with
 * gw_lines_free. */
gw_status gw_lines_decode(const unsigned char *bytes, size_t len, gw_encoding enc,
			  gw_lines *out, gw_diag *d);
void gw_lines_free(gw_lines *l);

/* Builds the outline of a report (everything but indicators) from lines. */
gw_status gw_outline_build(const gw_lines *lines, gw_report *r, gw_diag *d);

#endif
