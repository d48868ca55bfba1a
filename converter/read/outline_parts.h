/*
 * outline_parts.h — the outline as outline.c finds it, before it is copied
 * into the report model by outline_model.c: line ranges for the head and
 * tail, and the sections and paragraphs in flat arrays (parents by index).
 * Internal to those two files.
 */
#ifndef GW_OUTLINE_PARTS_H
#define GW_OUTLINE_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "gongwen.h"
#include "markers.h"

#define NONE ((size_t)-1)

typedef gw_line src_line;   /* gongwen.h: a non-blank line and its block */

typedef struct node {
	gw_marker m;
	const src_line *line;
	size_t heading_len;    /* bytes after the marker */
	size_t end_len;        /* bytes of heading_end after the heading, 0 if none */
	bool inline_heading;
	size_t parent;         /* index into nodes, NONE for top level */
	size_t n_children, n_body;
	int last_level;        /* of the previous child, for numbering notes */
	long last_number;
} node;

typedef struct para {
	const char *s;
	size_t len;
	size_t no;
	size_t owner;          /* node index, NONE for the preamble */
	const gw_table *table; /* a table paragraph (s is "") */
	size_t appendix;       /* index into the appendices, NONE in the main text */
} para;

typedef struct appx {
	size_t label, title;   /* line indices; title NONE when absent */
	size_t n_body;
} appx;

typedef struct outline {
	const src_line *v;     /* non-blank lines */
	size_t n;              /* lines of the main text: v[0..n) (gongwen.c's 版头 included) */
	size_t n_all;          /* all lines: 附件 pages are v[n..imprint), the 版记 v[imprint..n_all) */
	size_t head_end;       /* the 版头 is v[0..head_end) (gongwen.c) */
	size_t imprint;
	appx *appendices;      /* 附件 pages, in order */
	size_t n_appendices;
	size_t title_end;      /* title is v[head_end..title_end) */
	size_t sub_begin, sub_end;     /* subtitle (and byline) lines */
	size_t salutation;             /* index or NONE */
	size_t body_begin, body_end;
	size_t closing;        /* first closing line or NONE; closing lines end at closing_end */
	size_t closing_end;
	size_t att_begin;      /* attachments are v[att_begin..attend_begin), or NONE */
	size_t attend_begin;   /* 纪要 出席/请假/列席 lines are v[attend_begin..sig_begin) (gongwen.c) */
	size_t sig_begin;      /* signature is v[sig_begin..note_begin) */
	size_t note_begin;     /* 附注 is v[note_begin..n) */
	node *nodes;
	size_t n_nodes;
	para *paras;
	size_t n_paras;
	int top_last_level;
	long top_last_number;
} outline;

/* Copies the outline o into r (strings and arrays in r's arena).  Returns
 * -1 when out of memory, else 0. */
int gw_outline_model(gw_report *r, const outline *o);

#endif
