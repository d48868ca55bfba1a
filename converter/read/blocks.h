/*
 * blocks.h — what a format reader hands to the outline pass: the document
 * as a list of blocks in reading order, each a paragraph of text (or a
 * table) plus the hints its source format knows.
 *
 *   text  (decode.c → stops.c → unwrap.c)  one block per input line; hints: indentation, form feeds
 *   .docx (docx.c)               one block per w:p / w:tbl, with hints
 *
 * The outline pass (outline.c) decides structure from the text; hints only
 * confirm it (a style's heading level, Word's automatic numbering) or say
 * what the text cannot (a table, a text box).  A reader that knows nothing
 * leaves every hint at its "unknown" value (zero, except level: set it to
 * GW_LEVEL_NONE), and the outline is what it was when input was plain lines.
 *
 * How outline.c uses the hints:
 *   level          a marker decides a heading's level; a level that differs
 *                  is a note (-v).  A block without a marker becomes a
 *                  heading at level 0..4 (0: a part) only when its text could be one
 *                  (short, no sentence before its end); otherwise, and for
 *                  levels 5..9 the model has no place for, it stays
 *                  a paragraph, with a note.  A heading-styled block at the
 *                  top is no title line unless centred or in style Title/标题.
 *   numbering_len  read like a typed marker; numbering markers.c does not
 *                  know (1.1, ●) opens a section only with a level 1..4.
 *   align          CENTER lets top lines after an empty paragraph join the
 *                  title; RIGHT makes a short line at the end a signer.
 *   GW_BLOCK_TABLE a table paragraph (report.h) where it stands, cells copied;
 *                  never part of the title or the tail (the scans stop at
 *                  it).  A table without rows or columns is left out, noted.
 *
 * Ownership: one arena per gw_blocks owns every string, table and the
 * block array; gw_blocks_free() releases all of it.  Strings are
 * NUL-terminated UTF-8.  Internal to read/: nothing outside includes it.
 */
#ifndef GW_BLOCKS_H
#define GW_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/arena.h"
#include "read.h"

/* No heading level known (gw_block.level). */
#define GW_LEVEL_NONE (-1)

typedef enum gw_align {
	GW_ALIGN_NONE = 0,     /* not said (plain text) */
	GW_ALIGN_LEFT,
	GW_ALIGN_CENTER,
	GW_ALIGN_RIGHT,
	GW_ALIGN_JUSTIFY
} gw_align;

typedef enum gw_block_kind {
	GW_BLOCK_TEXT = 0,     /* a paragraph (or, in text input, one line; "" is a blank line) */
	GW_BLOCK_TABLE         /* a table: s is "" and table is set */
} gw_block_kind;

/* One cell of a table grid, merged cells already resolved: a cell spanning
 * two columns (w:gridSpan) is one gw_cell with cols == 2; a vertical merge
 * (w:vMerge) is one gw_cell with rows > 1 and no cells for the covered rows.
 * Example: {"完成值", row 0, col 2, rows 1, cols 1}. */
typedef struct gw_cell {
	const char *text;      /* the cell's paragraphs joined by '\n'; "" when empty */
	size_t row, col;       /* 0-based grid position of its top-left corner */
	size_t rows, cols;     /* span, each ≥ 1 */
} gw_cell;

typedef struct gw_table {
	size_t n_rows, n_cols; /* grid size */
	gw_cell *cells;        /* row-major by top-left corner */
	size_t n_cells;
	size_t header_rows;    /* leading rows marked as repeating headers (w:tblHeader), else 0 */
} gw_table;

typedef struct gw_block {
	gw_block_kind kind;
	const char *s;         /* text, indentation and trailing spaces stripped; NUL-terminated.
	                          Word's automatic numbering is written at its start exactly as
	                          Word displays it ("一、", "（二）", "3.") so that the outline
	                          pass reads it like a typed marker; numbering_len says how many
	                          bytes of s it takes (0: none or typed by hand). */
	size_t len;            /* bytes of s; 0 for a blank line */
	size_t no;             /* 1-based input line (text) or paragraph number (.docx), for messages */
	/* Hints; zero values mean "unknown", except level (GW_LEVEL_NONE). */
	int level;             /* GW_LEVEL_NONE, or the heading level the source says:
	                          0 part heading (第一部分), 1..9 (Word outline level + 1,
	                          style "Heading N" / "标题 N" → N) */
	size_t numbering_len;  /* see s */
	gw_align align;
	int indent_chars;      /* first-line indent in characters (firstLineChars / 100), 0 unknown */
	bool text_box;         /* came from a text box or frame (a 红头 mark is usually one) */
	bool page_break_before; /* a hard page break or section break precedes it */
	const char *style;     /* source style name ("Heading 1", "标题 2", "Title"), or NULL */
	gw_table *table;       /* GW_BLOCK_TABLE only */
} gw_block;

typedef struct gw_blocks {
	gw_arena *arena;       /* owns everything below */
	gw_block *v;
	size_t n;
	const char *encoding;  /* source.encoding: "UTF-8", "GB18030", "UTF-16LE", "DOCX" … */
} gw_blocks;

/* Releases everything a gw_blocks owns (its arena); b itself is the caller's. */
void gw_blocks_free(gw_blocks *b);

/* ---- the passes over blocks (read.c calls them in this order) ---- */

/* decode.c: text bytes → one GW_BLOCK_TEXT block per input line.  Refuses
 * empty and binary input and bytes that are invalid in the (detected or
 * given) encoding, naming the line and the byte offset in the original
 * input.  On success the caller frees *out with gw_blocks_free. */
gw_status gw_decode_text(const unsigned char *bytes, size_t len, gw_encoding enc,
			 gw_blocks *out, gw_diag *d);

/* outline.c: blocks → the report's outline (everything but indicators). */
gw_status gw_outline_build(const gw_blocks *blocks, gw_report *r, gw_diag *d);

#endif
