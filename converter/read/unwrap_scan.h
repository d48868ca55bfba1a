/*
 * unwrap_scan.h — what unwrap.c (joining wrapped lines) and
 * unwrap_furniture.c (page numbers, running headers and footers) share:
 * one `line` per block with the role the passes give it, the `scan` over
 * them, and the few text tests both use.  Internal to those two files.
 */
#ifndef GW_UNWRAP_SCAN_H
#define GW_UNWRAP_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"

typedef enum role {
	ROLE_TEXT = 0,         /* kept */
	ROLE_BLANK,            /* kept: a paragraph break */
	ROLE_PAGE_NUMBER,      /* removed */
	ROLE_RUNNING,          /* removed: running header or footer */
	ROLE_LAYOUT,           /* removed: a blank line or form feed around furniture */
	ROLE_BLOCK             /* kept: not a text block (a table) */
} role;

typedef struct line {
	const char *s;         /* the block's text without form feeds */
	size_t len;
	size_t chars, cols;    /* width with indentation: characters, display columns */
	role role;
	bool page_break;       /* a form feed stood on or before this line */
	bool heading;          /* starts with a section marker and reads like a heading */
	int level;             /* the marker's level (markers.h), 0 without one */
	bool join_next;        /* the next kept line continues this one */
	long page;             /* page number (ROLE_PAGE_NUMBER candidates), else -1 */
} line;

typedef struct scan {
	gw_blocks *b;
	line *v;               /* one per block */
	size_t n;
	bool has_indent;       /* some text line is indented: indentation marks paragraphs */
	bool has_boundaries;   /* form feeds or page numbers show where pages end */
	bool by_columns;       /* the width measure */
	size_t width, tol;     /* full: width - tol <= measure <= width + tol */
	unsigned point_paragraphs; /* point families that open paragraphs (markers.h) */
} scan;

/* Removes page furniture: sets ROLE_PAGE_NUMBER, ROLE_RUNNING and
 * ROLE_LAYOUT (unwrap_furniture.c).  Fails only when out of memory. */
gw_status gw_unwrap_furniture(scan *sc);

/* Kept text with something in it. */
bool gw_unwrap_is_content(const line *l);
/* The first content line at or after `from`, sc->n when none. */
size_t gw_unwrap_first_content(const scan *sc, size_t from);

/* s[0..n) ends a sentence (。！？；… or ASCII), closing quotes looked through. */
bool gw_unwrap_ends_sentence(const char *s, size_t n);
/* s[0..n) holds a full-width clause mark (，。；：、！？). */
bool gw_unwrap_has_clause_mark(const char *s, size_t n);
/* The index of the first non-space at or after i. */
size_t gw_unwrap_skip_spaces(const char *s, size_t n, size_t i);
/* Arabic digits (half- or full-width) at s[*i..n): their value (at most a
 * page number), -1 if none; *i moves past them. */
long gw_unwrap_number_at(const char *s, size_t n, size_t *i);
/* Matches the literal w at s[*i..n) (spaces before it skipped); *i moves
 * past it. */
bool gw_unwrap_word(const char *s, size_t n, size_t *i, const char *w);

#endif
