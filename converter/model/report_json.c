/*
 * report_json.c — writes the model's JSON form "gwexport/report-2"
 * (MODEL.md); report_json_read.c reads it back.
 *
 * Writing is canonical so that text → json → model → json gives the same
 * bytes: keys in the order of MODEL.md, 2-space indent, UTF-8 unescaped,
 * a final newline — the layout of jansson's JSON_INDENT(2) dump.  Numbers:
 * an integral value below 2^53 is written as an integer (497000000), any
 * other with the fewest significant digits that read back to the same
 * double (4.97, not 4.9699999999999998).  Every key is written, null or []
 * when absent.
 *
 * The writer streams into one growing buffer instead of building a jansson
 * tree: a tree of a 50 MB report with a million indicators takes gigabytes
 * and tens of seconds, and jansson has one real precision per dump.  The
 * writer escapes like jansson (\" \\ \b \f \n \r \t, other controls
 * as \u00XX).
 */
#include "report_json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

#define SAFE_INT 9007199254740992.0 /* 2^53: integers exact in a double */
#define OUT_MAX ((size_t)3 << 30)   /* ceiling of the JSON text: 3 GiB */

/* ---- writing ---------------------------------------------------------------- */

static void newline(gw_buf *o, int depth)
{
	static const char spaces[] = "\n                                ";
	size_t d = depth < 16 ? (size_t)depth : 16; /* report-1 nests 13 deep at most */
	gw_buf_add(o, spaces, 1 + 2 * d);
}

/* A JSON string; invalid UTF-8 (never produced by the reader) becomes U+FFFD
 * so the output is always valid JSON. */
static void put_str(gw_buf *o, const char *s)
{
	if (!s) {
		gw_buf_adds(o, "null");
		return;
	}
	gw_buf_adds(o, "\"");
	size_t n = strlen(s), run = 0, i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t len = 1;
		if (c >= 0x80 && gw_utf8_decode(s + i, n - i, &len) == 0xFFFD &&
		    !(len == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
			gw_buf_add(o, s + run, i - run);
			gw_buf_adds(o, "\xEF\xBF\xBD");
			run = ++i;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\') {
			i += len;
			continue;
		}
		gw_buf_add(o, s + run, i - run);
		char esc[8];
		const char *e = c == '"'    ? "\\\""
				: c == '\\' ? "\\\\"
				: c == '\b' ? "\\b"
				: c == '\f' ? "\\f"
				: c == '\n' ? "\\n"
				: c == '\r' ? "\\r"
				: c == '\t' ? "\\t"
					    : NULL;
		if (!e) {
			snprintf(esc, sizeof esc, "\\u%04X", c);
			e = esc;
		}
		gw_buf_adds(o, e);
		run = ++i;
	}
	gw_buf_add(o, s + run, n - run);
	gw_buf_adds(o, "\"");
}

static void put_int(gw_buf *o, long long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", v);
	gw_buf_adds(o, buf);
}

/* Integral below 2^53: as an integer; else the shortest exact digits. */
static void put_num(gw_buf *o, double v)
{
	char buf[40];
	if (!isfinite(v)) {
		gw_buf_adds(o, "null");
		return;
	}
	if (v == floor(v) && fabs(v) < SAFE_INT) {
		put_int(o, (long long)v);
		return;
	}
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	gw_buf_adds(o, buf);
}

/* Object keys: `{` + first key, `,` + next keys, then `}` via close_obj. */
static void key(gw_buf *o, int depth, const char *k, int first)
{
	gw_buf_adds(o, first ? "{" : ",");
	newline(o, depth + 1);
	gw_buf_adds(o, "\"");
	gw_buf_adds(o, k);
	gw_buf_adds(o, "\": ");
}

static void close_obj(gw_buf *o, int depth)
{
	newline(o, depth);
	gw_buf_adds(o, "}");
}

/* Arrays: `[]` when empty, else one element per line. */
typedef void (*put_item)(gw_buf *o, const void *items, size_t i, int depth);

static void put_array(gw_buf *o, const void *items, size_t n, int depth, put_item fn)
{
	if (n == 0) {
		gw_buf_adds(o, "[]");
		return;
	}
	gw_buf_adds(o, "[");
	for (size_t i = 0; i < n && gw_buf_status(o) == GW_OK; i++) {
		if (i)
			gw_buf_adds(o, ",");
		newline(o, depth + 1);
		fn(o, items, i, depth + 1);
	}
	newline(o, depth);
	gw_buf_adds(o, "]");
}

static void str_item(gw_buf *o, const void *items, size_t i, int depth)
{
	(void)depth;
	put_str(o, ((const char *const *)items)[i]);
}

static void put_strlist(gw_buf *o, const gw_strlist *l, int depth)
{
	if (!l->present)
		gw_buf_adds(o, "null");
	else
		put_array(o, l->items, l->n, depth, str_item);
}

static void point_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_point *p = &((const gw_point *)items)[i];
	key(o, depth, "marker", 1);
	put_str(o, p->marker);
	key(o, depth, "lead", 0);
	put_str(o, p->lead);
	key(o, depth, "offset", 0);
	put_int(o, (long long)p->offset);
	close_obj(o, depth);
}

static void put_size(gw_buf *o, size_t v)
{
	put_int(o, (long long)v);
}

static void cell_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_report_cell *c = &((const gw_report_cell *)items)[i];
	key(o, depth, "text", 1);
	put_str(o, c->text ? c->text : "");
	key(o, depth, "row", 0);
	put_size(o, c->row);
	key(o, depth, "col", 0);
	put_size(o, c->col);
	key(o, depth, "row_span", 0);
	put_size(o, c->row_span);
	key(o, depth, "col_span", 0);
	put_size(o, c->col_span);
	close_obj(o, depth);
}

static void put_table(gw_buf *o, const gw_report_table *t, int depth)
{
	if (!t) {
		gw_buf_adds(o, "null");
		return;
	}
	key(o, depth, "rows", 1);
	put_size(o, t->rows);
	key(o, depth, "cols", 0);
	put_size(o, t->cols);
	key(o, depth, "header_rows", 0);
	put_size(o, t->header_rows);
	key(o, depth, "cells", 0);
	put_array(o, t->cells, t->n_cells, depth + 1, cell_item);
	close_obj(o, depth);
}

static void paragraph_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_paragraph *p = &((const gw_paragraph *)items)[i];
	key(o, depth, "text", 1);
	put_str(o, p->text ? p->text : "");
	key(o, depth, "points", 0);
	put_array(o, p->points, p->n_points, depth + 1, point_item);
	key(o, depth, "table", 0);
	put_table(o, p->table, depth + 1);
	close_obj(o, depth);
}

static void section_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_section *s = &((const gw_section *)items)[i];
	key(o, depth, "level", 1);
	put_int(o, s->level);
	key(o, depth, "marker", 0);
	put_str(o, s->marker ? s->marker : "");
	key(o, depth, "number", 0);
	put_int(o, s->number);
	key(o, depth, "heading", 0);
	put_str(o, s->heading ? s->heading : "");
	key(o, depth, "inline", 0);
	gw_buf_adds(o, s->inline_heading ? "true" : "false");
	key(o, depth, "heading_end", 0);
	put_str(o, s->heading_end);
	key(o, depth, "body", 0);
	put_array(o, s->body, s->n_body, depth + 1, paragraph_item);
	key(o, depth, "sections", 0);
	put_array(o, s->sections, s->n_sections, depth + 1, section_item);
	close_obj(o, depth);
}

static void indicator_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_indicator *x = &((const gw_indicator *)items)[i];
	key(o, depth, "id", 1);
	put_int(o, (long long)x->id);
	key(o, depth, "section", 0);
	put_str(o, x->section);
	key(o, depth, "item", 0);
	put_str(o, x->item);
	key(o, depth, "label", 0);
	put_str(o, x->label);
	key(o, depth, "text", 0);
	put_str(o, x->text ? x->text : "");
	key(o, depth, "value", 0);
	if (x->masked)
		gw_buf_adds(o, "null");
	else
		put_num(o, x->value);
	key(o, depth, "unit", 0);
	put_str(o, x->unit);
	key(o, depth, "kind", 0);
	put_str(o, gw_kind_name(x->kind));
	key(o, depth, "change", 0);
	gw_buf_adds(o, x->change == '+' ? "\"+\"" : x->change == '-' ? "\"-\"" : "null");
	key(o, depth, "qualifier", 0);
	put_str(o, x->qualifier);
	key(o, depth, "masked", 0);
	gw_buf_adds(o, x->masked ? "true" : "false");
	key(o, depth, "base_value", 0);
	if (x->masked)
		gw_buf_adds(o, "null");
	else
		put_num(o, x->base_value);
	key(o, depth, "base_unit", 0);
	put_str(o, x->base_unit);
	key(o, depth, "clause", 0);
	put_str(o, x->clause);
	key(o, depth, "paragraph", 0);
	put_int(o, (long long)x->paragraph);
	key(o, depth, "status", 0);
	put_str(o, gw_ind_status_name(x->status));
	key(o, depth, "period", 0);
	put_str(o, x->period);
	key(o, depth, "page", 0);
	if (x->page)
		put_size(o, x->page);
	else
		gw_buf_adds(o, "null");
	close_obj(o, depth);
}

static void put_head(gw_buf *o, const gw_head *h)
{
	if (!h) {
		gw_buf_adds(o, "null");
		return;
	}
	key(o, 1, "text", 1);
	put_str(o, h->text ? h->text : "");
	key(o, 1, "copy_number", 0);
	put_str(o, h->copy_number);
	key(o, 1, "secrecy", 0);
	put_str(o, h->secrecy);
	key(o, 1, "urgency", 0);
	put_str(o, h->urgency);
	key(o, 1, "issuers", 0);
	put_strlist(o, &h->issuers, 2);
	key(o, 1, "doc_number", 0);
	put_str(o, h->doc_number);
	key(o, 1, "signers", 0);
	put_strlist(o, &h->signers, 2);
	close_obj(o, 1);
}

static void put_imprint(gw_buf *o, const gw_imprint *m)
{
	if (!m) {
		gw_buf_adds(o, "null");
		return;
	}
	key(o, 1, "text", 1);
	put_str(o, m->text ? m->text : "");
	key(o, 1, "cc", 0);
	put_strlist(o, &m->cc, 2);
	key(o, 1, "printed_by", 0);
	put_str(o, m->printed_by);
	key(o, 1, "printed_on", 0);
	put_str(o, m->printed_on);
	close_obj(o, 1);
}

static void attendance_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_attendance *a = &((const gw_attendance *)items)[i];
	key(o, depth, "text", 1);
	put_str(o, a->text ? a->text : "");
	key(o, depth, "role", 0);
	put_str(o, a->role ? a->role : "");
	key(o, depth, "names", 0);
	put_strlist(o, &a->names, depth + 1);
	close_obj(o, depth);
}

static void appendix_item(gw_buf *o, const void *items, size_t i, int depth)
{
	const gw_appendix *a = &((const gw_appendix *)items)[i];
	key(o, depth, "marker", 1);
	put_str(o, a->marker ? a->marker : "");
	key(o, depth, "title", 0);
	put_str(o, a->title);
	key(o, depth, "body", 0);
	put_array(o, a->body, a->n_body, depth + 1, paragraph_item);
	close_obj(o, depth);
}

static void put_source(gw_buf *o, const gw_source *s)
{
	key(o, 1, "name", 1);
	put_str(o, s->name ? s->name : "");
	key(o, 1, "encoding", 0);
	put_str(o, s->encoding ? s->encoding : "");
	key(o, 1, "bytes", 0);
	put_int(o, (long long)s->bytes);
	key(o, 1, "sha256", 0);
	put_str(o, s->sha256);
	close_obj(o, 1);
}

char *gw_report_to_json(const gw_report *r, size_t *len)
{
	gw_buf o;
	gw_buf_init(&o, OUT_MAX);
	key(&o, 0, "schema", 1);
	put_str(&o, GW_SCHEMA);
	key(&o, 0, "source", 0);
	put_source(&o, &r->source);
	key(&o, 0, "head", 0);
	put_head(&o, r->head);
	key(&o, 0, "title", 0);
	put_str(&o, r->title);
	key(&o, 0, "subtitle", 0);
	put_str(&o, r->subtitle);
	key(&o, 0, "bylines", 0);
	put_strlist(&o, &r->bylines, 1);
	key(&o, 0, "salutation", 0);
	put_str(&o, r->salutation);
	key(&o, 0, "preamble", 0);
	put_array(&o, r->preamble, r->n_preamble, 1, paragraph_item);
	key(&o, 0, "sections", 0);
	put_array(&o, r->sections, r->n_sections, 1, section_item);
	key(&o, 0, "closing", 0);
	put_str(&o, r->closing);
	key(&o, 0, "attachments", 0);
	put_strlist(&o, &r->attachments, 1);
	key(&o, 0, "attachments_text", 0);
	put_str(&o, r->attachments_raw);
	if (r->n_attendance) {  /* only a 纪要 has it: other models stay as they were */
		key(&o, 0, "attendance", 0);
		put_array(&o, r->attendance, r->n_attendance, 1, attendance_item);
	}
	key(&o, 0, "signature", 0);
	put_strlist(&o, &r->signature, 1);
	key(&o, 0, "note", 0);
	put_str(&o, r->note);
	key(&o, 0, "appendices", 0);
	put_array(&o, r->appendices, r->n_appendices, 1, appendix_item);
	key(&o, 0, "imprint", 0);
	put_imprint(&o, r->imprint);
	key(&o, 0, "indicators", 0);
	put_array(&o, r->indicators, r->n_indicators, 1, indicator_item);
	close_obj(&o, 0);
	gw_buf_adds(&o, "\n");
	char *json = gw_buf_take(&o, len);
	if (!json)
		*len = 0;
	return json;
}
