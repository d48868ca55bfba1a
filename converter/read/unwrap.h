/*
 * unwrap.h — the pass between decode and outline for text input: text
 * copied out of a PDF, a web page or a chat app has a hard line break every
 * 16–40 characters, and page furniture (page numbers, a running header)
 * between the lines.  gw_unwrap() removes the furniture and joins wrapped
 * lines back into one block per paragraph, in place.  Clean text (one
 * paragraph per line) is left exactly as it is.  Internal to read/.
 */
#ifndef GW_UNWRAP_H
#define GW_UNWRAP_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

typedef struct gw_unwrap_opts {
	bool keep_lines;       /* do not join wrapped lines */
	bool keep_furniture;   /* do not remove page numbers, running headers, form feeds */
} gw_unwrap_opts;

/* What the pass did (all zero when the text was left alone). */
typedef struct gw_unwrap_stats {
	size_t lines_joined;   /* lines appended to the line before them */
	size_t paragraphs;     /* paragraphs made of two or more lines */
	size_t page_numbers;   /* page-number lines removed (— 3 —, 第3页 共8页, 3/8 …) */
	size_t running_lines;  /* running header or footer lines removed */
	size_t form_feeds;     /* lines with a form feed (a page break) before them */
	size_t wrap_width;     /* width the text is wrapped at, 0 when it is not */
	bool wrap_in_columns;  /* wrap_width is in display columns (CJK = 2), else characters */
} gw_unwrap_stats;

/* Rewrites the text blocks of b (one per input line) in place: furniture
 * lines go, wrapped lines are joined into one block (numbered by its first
 * line, strings from b's arena), page breaks become page_break_before.
 * Blocks that are not GW_BLOCK_TEXT are kept as they are and end a
 * paragraph.  o may be NULL (do everything); st may be NULL.  Emits one
 * warning summing up what was changed (when something was) and a note per
 * change for -v.  Fails only when out of memory (b is then unchanged). */
gw_status gw_unwrap(gw_blocks *b, const gw_unwrap_opts *o, gw_unwrap_stats *st, gw_diag *d);

#endif
