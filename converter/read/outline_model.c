/*
 * outline_model.c — the last step of the outline pass (outline.c): the
 * outline found in the lines (outline_parts.h: line ranges, sections and
 * paragraphs by index) → the report model (report.h).  Every string is a
 * copy in the report's arena; paragraphs get their points (markers.c) and
 * numbers in reading order, sections their children, and the 版头, 附件
 * pages, attachments, 出席/列席 lines, signature and 附注 their fields, each
 * with the input line numbers messages need.
 */
#include "outline_parts.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

typedef struct builder {
	gw_report *r;
	gw_paragraph *target;  /* paragraph whose points are being filled */
	size_t count;
	const char *text;
} builder;

static int count_point(void *ctx, const gw_point_span *p)
{
	(void)p;
	((builder *)ctx)->count++;
	return 0;
}

static int store_point(void *ctx, const gw_point_span *p)
{
	builder *b = ctx;
	gw_point *pt = &b->target->points[b->count++];
	pt->marker = gw_arena_strndup(b->r->arena, b->text + p->at, p->marker_len);
	pt->lead = gw_arena_strndup(b->r->arena, b->text + p->lead_at, p->lead_len);
	pt->offset = p->offset;
	return pt->marker && pt->lead ? 0 : -1;
}

/* Families of the paragraphs next to src in the same section: a 第三，…
 * paragraph continues the 第一…第二 of the one before it. */
static unsigned neighbour_families(const outline *o, size_t i)
{
	unsigned f = 0;
	const para *p = &o->paras[i];
	if (i > 0 && o->paras[i - 1].owner == p->owner)
		f |= gw_marker_point_families(o->paras[i - 1].s, o->paras[i - 1].len, NULL);
	if (i + 1 < o->n_paras && o->paras[i + 1].owner == p->owner)
		f |= gw_marker_point_families(o->paras[i + 1].s, o->paras[i + 1].len, NULL);
	return f;
}

/* The reader's table (blocks.h) as the model's (report.h), cells copied. */
static gw_report_table *copy_table(gw_report *r, const gw_table *t)
{
	gw_report_table *out = gw_arena_alloc(r->arena, sizeof *out);
	gw_report_cell *cells = gw_arena_array(r->arena, t->n_cells ? t->n_cells : 1, sizeof *cells);
	if (!out || !cells)
		return NULL;
	for (size_t i = 0; i < t->n_cells; i++) {
		const gw_cell *c = &t->cells[i];
		cells[i] = (gw_report_cell){gw_arena_strdup(r->arena, c->text ? c->text : ""), c->row, c->col,
					    c->rows, c->cols};
		if (!cells[i].text)
			return NULL;
	}
	*out = (gw_report_table){t->n_rows, t->n_cols, t->header_rows, cells, t->n_cells};
	return out;
}

static int fill_paragraph(gw_report *r, const para *src, size_t index, unsigned neighbours,
			  gw_paragraph *out)
{
	char *text = gw_arena_strndup(r->arena, src->s, src->len);
	if (!text)
		return -1;
	out->text = text;
	out->index = index;
	out->line = src->no;
	if (src->table)
		return (out->table = copy_table(r, src->table)) ? 0 : -1;
	builder b = {.r = r, .target = out, .text = text};
	gw_marker_points_near(text, src->len, neighbours, count_point, &b);
	if (b.count == 0)
		return 0;
	out->points = gw_arena_array(r->arena, b.count, sizeof *out->points);
	if (!out->points)
		return -1;
	out->n_points = b.count;
	b.count = 0;
	return gw_marker_points_near(text, src->len, neighbours, store_point, &b);
}

static const char *join_lines(gw_report *r, const src_line *v, size_t n, const char *sep)
{
	size_t total = 0, seplen = strlen(sep);
	for (size_t i = 0; i < n; i++)
		total += v[i].len + (i ? seplen : 0);
	char *out = gw_arena_alloc(r->arena, total + 1);
	if (!out)
		return NULL;
	char *p = out;
	for (size_t i = 0; i < n; i++) {
		if (i) {
			memcpy(p, sep, seplen);
			p += seplen;
		}
		memcpy(p, v[i].s, v[i].len);
		p += v[i].len;
	}
	*p = '\0';
	return out;
}

static const char *copy_line(gw_report *r, const outline *o, size_t i)
{
	return i == NONE ? NULL : gw_arena_strndup(r->arena, o->v[i].s, o->v[i].len);
}

static int fill_section(gw_report *r, const node *nd, gw_section *s)
{
	const char *t = nd->line->s;
	s->level = nd->m.level;
	s->number = nd->m.number;
	s->marker = gw_arena_strndup(r->arena, t, nd->m.len);
	s->heading = gw_arena_strndup(r->arena, t + nd->m.len, nd->heading_len);
	s->heading_end = nd->end_len ? gw_arena_strndup(r->arena, t + nd->m.len + nd->heading_len,
							 nd->end_len) : NULL;
	s->inline_heading = nd->inline_heading;
	s->line = nd->line->no;
	if (nd->n_body)
		s->body = gw_arena_array(r->arena, nd->n_body, sizeof *s->body);
	if (nd->n_children)
		s->sections = gw_arena_array(r->arena, nd->n_children, sizeof *s->sections);
	bool ok = s->marker && s->heading && (!nd->end_len || s->heading_end) &&
		  (!nd->n_body || s->body) && (!nd->n_children || s->sections);
	return ok ? 0 : -1;
}

static int build_tree(gw_report *r, const outline *o, gw_section **where)
{
	size_t top = 0;
	for (size_t i = 0; i < o->n_nodes; i++)
		top += o->nodes[i].parent == NONE;
	if (top && !(r->sections = gw_arena_array(r->arena, top, sizeof *r->sections)))
		return -1;
	for (size_t i = 0; i < o->n_nodes; i++) {
		const node *nd = &o->nodes[i];
		/* Nodes are in document (pre-)order, so a parent is placed first. */
		gw_section *s = nd->parent == NONE ? &r->sections[r->n_sections++]
			: &where[nd->parent]->sections[where[nd->parent]->n_sections++];
		where[i] = s;
		if (fill_section(r, nd, s))
			return -1;
	}
	return 0;
}

static int build_paragraphs(gw_report *r, const outline *o, gw_section **where)
{
	size_t n_pre = 0;
	for (size_t i = 0; i < o->n_paras; i++)
		n_pre += o->paras[i].owner == NONE && o->paras[i].appendix == NONE;
	if (n_pre && !(r->preamble = gw_arena_array(r->arena, n_pre, sizeof *r->preamble)))
		return -1;
	for (size_t i = 0; i < o->n_paras; i++) {
		const para *p = &o->paras[i];
		gw_appendix *ap = p->appendix != NONE ? &r->appendices[p->appendix] : NULL;
		gw_paragraph *dst = ap ? &ap->body[ap->n_body++]
			: p->owner == NONE ? &r->preamble[r->n_preamble++]
			: &where[p->owner]->body[where[p->owner]->n_body++];
		if (fill_paragraph(r, p, i + 1, neighbour_families(o, i), dst))
			return -1;
	}
	return 0;
}

/* Input line numbers of v[at..at+n): for messages about those lines. */
static const size_t *line_numbers(gw_report *r, const outline *o, size_t at, size_t n)
{
	size_t *no = gw_arena_array(r->arena, n ? n : 1, sizeof *no);
	for (size_t i = 0; no && i < n; i++)
		no[i] = o->v[at + i].no;
	return no;
}

/* Attachment names: the text of each line without 附件： and its number. */
static int build_attachments(gw_report *r, const outline *o)
{
	if (o->att_begin == NONE)
		return 0;
	size_t n = o->attend_begin - o->att_begin;
	r->attachments.present = true;
	r->attachments.items = gw_arena_array(r->arena, n, sizeof *r->attachments.items);
	r->attachments_raw = join_lines(r, &o->v[o->att_begin], n, "\n");
	r->lines.attachments = line_numbers(r, o, o->att_begin, n);
	if (!r->attachments.items || !r->attachments_raw)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const src_line *l = &o->v[o->att_begin + i];
		const char *s = l->s;
		size_t len = l->len;
		if (i == 0) {
			size_t skip = gw_lex_prefix(GW_LEX_ATTACHMENT_LABEL, s, len);
			s += skip;
			len -= skip;
			while (len && (*s == ' ' || *s == '\t')) {
				s++;
				len--;
			}
		}
		gw_marker m;
		if (gw_marker_section(s, len, &m) && (m.level == 3 || m.level == 4)) {
			s += m.len;
			len -= m.len;
		}
		if (len == 0)
			continue;
		const char *name = gw_arena_strndup(r->arena, s, len);
		if (!name)
			return -1;
		r->attachments.items[r->attachments.n++] = name;
	}
	return 0;
}

static int build_signature(gw_report *r, const outline *o)
{
	if (o->note_begin < o->n) {
		r->note = join_lines(r, &o->v[o->note_begin], o->n - o->note_begin, "\n");
		r->lines.note = line_numbers(r, o, o->note_begin, o->n - o->note_begin);
		if (!r->note)
			return -1;
	}
	if (o->sig_begin == o->note_begin)
		return 0;
	size_t n = o->note_begin - o->sig_begin;
	r->signature.present = true;
	r->lines.signature = line_numbers(r, o, o->sig_begin, n);
	r->signature.items = gw_arena_array(r->arena, n, sizeof *r->signature.items);
	if (!r->signature.items)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!(r->signature.items[r->signature.n++] = copy_line(r, o, o->sig_begin + i)))
			return -1;
	return 0;
}

/* The 附件 pages' labels and titles; their bodies are filled with the
 * other paragraphs (build_paragraphs), so they are numbered after them. */
static int build_appendices(gw_report *r, const outline *o)
{
	if (!o->n_appendices)
		return 0;
	r->appendices = gw_arena_array(r->arena, o->n_appendices, sizeof *r->appendices);
	if (!r->appendices)
		return -1;
	for (size_t k = 0; k < o->n_appendices; k++) {
		const appx *ap = &o->appendices[k];
		gw_appendix *out = &r->appendices[r->n_appendices++];
		memset(out, 0, sizeof *out);
		out->marker = copy_line(r, o, ap->label);
		out->title = copy_line(r, o, ap->title);
		if (ap->n_body)
			out->body = gw_arena_array(r->arena, ap->n_body, sizeof *out->body);
		if (!out->marker || (ap->title != NONE && !out->title) || (ap->n_body && !out->body))
			return -1;
	}
	return 0;
}

/* The title's lines, the —— subtitle (one line, or two when it wraps) and
 * the bylines around it (speaker, date, （草案）), each as written. */
static int build_title(gw_report *r, const outline *o)
{
	size_t top = o->head_end, n_sub = 0, n_by = 0;
	if (o->title_end > top && !(r->title = join_lines(r, &o->v[top], o->title_end - top, "")))
		return -1;
	r->lines.title = o->title_end > top ? o->v[top].no : 0;
	if (o->sub_end == o->sub_begin)
		return 0;
	src_line *sub = malloc((o->sub_end - o->sub_begin) * sizeof *sub);
	r->bylines.items = gw_arena_array(r->arena, o->sub_end - o->sub_begin, sizeof *r->bylines.items);
	int rc = sub && r->bylines.items ? 0 : -1;
	bool prev = false;
	for (size_t i = o->sub_begin; i < o->sub_end && !rc; i++) {
		prev = gw_gongwen_subtitle_part(&o->v[i], prev);
		if (prev && !r->lines.subtitle)
			r->lines.subtitle = o->v[i].no;
		if (prev)
			sub[n_sub++] = o->v[i];
		else if (!(r->bylines.items[n_by++] = copy_line(r, o, i)))
			rc = -1;
	}
	r->bylines.n = n_by;
	r->bylines.present = n_by > 0;
	if (!rc && n_sub && !(r->subtitle = join_lines(r, sub, n_sub, "")))
		rc = -1;
	free(sub);
	return rc;
}

/* 版头 and 版记 as gongwen.c reads them. */
static int build_frame(gw_report *r, const outline *o)
{
	if (o->head_end && gw_gongwen_head(o->v, o->n_all, r) != o->head_end)
		return -1;
	if (o->imprint < o->n_all && gw_gongwen_imprint(o->v, o->head_end + 1, o->n_all, r) != o->imprint)
		return -1;
	return 0;
}

int gw_outline_model(gw_report *r, const outline *o)
{
	if (build_frame(r, o) || build_title(r, o) ||
	    (o->salutation != NONE && !(r->salutation = copy_line(r, o, o->salutation))) ||
	    (o->closing != NONE &&
	     !(r->closing = join_lines(r, &o->v[o->closing], o->closing_end - o->closing, ""))))
		return -1;
	r->lines.salutation = o->salutation != NONE ? o->v[o->salutation].no : 0;
	r->lines.closing = o->closing != NONE ? o->v[o->closing].no : 0;
	gw_section **where = malloc((o->n_nodes ? o->n_nodes : 1) * sizeof *where);
	int rc = !where || build_tree(r, o, where) || build_appendices(r, o) || build_paragraphs(r, o, where) ||
		 build_attachments(r, o) ||
		 gw_gongwen_attendance_build(r, &o->v[o->attend_begin], o->sig_begin - o->attend_begin) ||
		 build_signature(r, o) ? -1 : 0;
	free(where);
	return rc;
}

