/*
 * compose.c — the report model → glyphs and grid rows (see compose.h).
 * Roles: title 小标宋 (centred, balanced), salutation 顶格, paragraphs
 * indented 2 cells, level 1 黑体 / level 2 楷体 / level 3 bold / level 4
 * body (a run-in heading shares its paragraph with the body text),
 * 附件说明 (7.3.4), signature and date (7.3.5.2).
 */
#include "compose.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/i18n.h"
#include "../model/buf.h"
#include "../model/utf8.h"

#define GETA 0x3013             /* 〓: stands in for a character no font has */

static gw_status nomem(gw_doc *doc)
{
	if (!doc->st)
		doc->st = gw_fail(doc->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory laying out the PDF");
	return doc->st;
}

static void note_missing(gw_doc *doc, uint32_t cp, size_t line)
{
	for (size_t i = 0; i < doc->n_miss; i++)
		if (doc->miss[i].cp == cp)
			return;
	if (doc->n_miss < GW_MAX_MISSING)
		doc->miss[doc->n_miss++] = (gw_missing){cp, line};
}

gw_status gw_compose_push(gw_doc *doc, uint32_t cp, int face, bool fake)
{
	if (doc->ng >= GW_MAX_GLYPHS)
		return doc->st = gw_fail(doc->d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into several files",
					 "the report is too long for one PDF (over %u characters)", GW_MAX_GLYPHS);
	size_t cg = doc->capg;
	if (GW_ARRAY_GROW(doc->g, cg, doc->ng + 1, GW_MAX_GLYPHS) ||
	    GW_ARRAY_GROW(doc->cp, doc->capg, doc->ng + 1, GW_MAX_GLYPHS))
		return nomem(doc);
	doc->g[doc->ng] = (gw_glyph){cp, (int16_t)face, fake};
	doc->cp[doc->ng++] = cp;
	return GW_OK;
}

/* Appends the characters of s drawn in `role`; a character no face has is
 * remembered for the error (or drawn as 〓 with allow_missing_glyphs). */
static gw_status add_text(gw_doc *doc, const char *s, gw_role role, size_t line)
{
	size_t n = s ? strlen(s) : 0;
	for (size_t i = 0; i < n && !doc->st;) {
		size_t len;
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		i += len;
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
			continue;  /* control characters carry no text */
		if (doc->L->halfwidth_digits && cp >= 0xFF10 && cp <= 0xFF19)
			cp = cp - 0xFF10 + '0';  /* ２０２３ set like 2023: half an em each, not one */
		bool fake;
		int face = gw_fonts_pick(doc->fonts, role, cp, &fake);
		if (face < 0) {
			note_missing(doc, cp, line);
			if (!doc->allow_missing)
				continue;
			cp = GETA;
			face = gw_fonts_pick(doc->fonts, role, cp, &fake);
			if (face < 0)
				continue;
		}
		gw_compose_push(doc, cp, face, fake);
	}
	return doc->st;
}

gw_status gw_compose_text(gw_doc *doc, const char *s, gw_role role, size_t line)
{
	return add_text(doc, s, role, line);
}

static gw_row *push_row(gw_doc *doc)
{
	size_t cr = doc->capr;
	if (GW_ARRAY_GROW(doc->rows, cr, doc->nr + 1, SIZE_MAX) ||
	    GW_ARRAY_GROW(doc->ts, doc->capr, doc->nr + 1, SIZE_MAX)) {
		nomem(doc);
		return NULL;
	}
	doc->capr = cr;
	gw_row *r = &doc->rows[doc->nr];
	memset(r, 0, sizeof *r);
	memset(&doc->ts[doc->nr], 0, sizeof doc->ts[0]);
	r->ol_level = doc->pending_level;
	r->ol_title = doc->pending_title;
	doc->pending_level = 0;
	doc->nr++;
	return r;
}

gw_row *gw_compose_row(gw_doc *doc)
{
	return push_row(doc);
}

static void blank_rows(gw_doc *doc, int n, bool keep)
{
	for (int i = 0; i < n; i++) {
		int lvl = doc->pending_level;
		doc->pending_level = 0;  /* an outline entry belongs on text, not a blank */
		if (!push_row(doc))
			return;
		doc->pending_level = lvl;
		doc->rows[doc->nr - 1].ol_level = 0;
		doc->ts[doc->nr - 1].blank = true;
		doc->ts[doc->nr - 1].keep_with_next = keep;
	}
}

/* cp's advance in face (1/1000 em), from the document's own table: the
 * shared gw_fonts holds no cache, and HarfBuzz is asked once per
 * character and face. */
static int advance(gw_doc *doc, int face, uint32_t cp)
{
	if (face < 0 || face >= GW_COMPOSE_FACES || cp > 0xFFFF)
		return gw_fonts_advance(doc->fonts, face, cp);
	int16_t **t = &doc->advances[face];
	if (!*t && (*t = malloc(65536 * sizeof **t)))
		memset(*t, 0xFF, 65536 * sizeof **t);
	if (!*t)
		return gw_fonts_advance(doc->fonts, face, cp);  /* no table: ask every time */
	if ((*t)[cp] < 0)
		(*t)[cp] = (int16_t)gw_fonts_advance(doc->fonts, face, cp);
	return (*t)[cp];
}

/* Advances (pt) of glyphs [g0, ng) at `size`. */
gw_status gw_compose_measure(gw_doc *doc, size_t g0, double size)
{
	size_t cap = doc->caplines;
	if (GW_ARRAY_GROW(doc->adv, cap, doc->ng + 1, (size_t)GW_MAX_GLYPHS + 1) ||
	    GW_ARRAY_GROW(doc->lines, doc->caplines, doc->ng + 1, (size_t)GW_MAX_GLYPHS + 1))
		return nomem(doc);
	for (size_t i = g0; i < doc->ng; i++)
		doc->adv[i] = advance(doc, doc->g[i].face, doc->g[i].cp) * size / 1000.0;
	if (g0 < doc->ng)  /* none pushed yet (no font draws a page number): doc->cp is NULL */
		gw_ts_compress(doc->cp + g0, doc->adv + g0, doc->ng - g0, size);  /* 标点挤压 */
	return GW_OK;
}

enum block { B_PARA, B_HEADING, B_CENTRED };

/* Breaks glyphs [g0, ng) into rows: paragraphs and headings on the grid
 * (first-line indent, justified), centred blocks balanced (title). */
static void set_block_hanging(gw_doc *doc, size_t g0, enum block kind, double size, double indent,
			      double hang);

static void set_block(gw_doc *doc, size_t g0, enum block kind, double size, double indent)
{
	set_block_hanging(doc, g0, kind, size, indent, 0);
}

static void set_block_hanging(gw_doc *doc, size_t g0, enum block kind, double size, double indent,
			      double hang)
{
	if (doc->st || g0 == doc->ng || gw_compose_measure(doc, g0, size))
		return;
	size_t n = doc->ng - g0, nl;
	double track = kind == B_CENTRED ? 0 : doc->cell * size / doc->L->size_pt - size;
	if (kind == B_CENTRED) {
		nl = gw_ts_balance(doc->cp + g0, doc->adv + g0, n, doc->width, track, doc->lines);
	} else {
		gw_ts_params p = {.width = doc->width, .first_indent = indent, .rest_indent = hang,
				  .size = size, .track = track,
				  .max_squeeze = size / 2, .justify = doc->L->justify};
		nl = gw_ts_break_tight(doc->cp + g0, doc->adv + g0, n, &p, doc->lines);
	}
	for (size_t l = 0; l < nl; l++) {
		gw_row *r = push_row(doc);
		if (!r)
			return;
		gw_ts_row *t = &doc->ts[doc->nr - 1];
		r->g0 = g0 + doc->lines[l].start;
		r->g1 = g0 + doc->lines[l].end;
		r->x = doc->lines[l].x;
		r->tc = doc->lines[l].tc;
		r->size = size;
		r->numbered = true;
		r->centred = kind == B_CENTRED;
		t->keep_with_next = kind != B_PARA;
		t->para_first = l == 0;
		t->para_last = l + 1 == nl;
	}
}

static double body_size(const gw_doc *doc) { return doc->L->size_pt; }
static double indent(const gw_doc *doc) { return doc->L->indent_chars * doc->cell; }

/* Rows [from, nr) lead into what follows (gw_row.lead): a heading. */
static void lead_rows(gw_doc *doc, size_t from)
{
	for (size_t i = from; i < doc->nr; i++)
		doc->rows[i].lead = true;
}

/* 第一部分　2023年工作总结: a part title.  model.md has no level above 一、,
 * so the reader keeps it as a paragraph; printed as one it would read as
 * body text, so it is set like a heading: centred, in the 黑体 role. */
static bool is_part_title(const char *t)
{
	static const char numerals[] = "一二三四五六七八九十";
	size_t n = strlen(t), len, k = 0, i = strlen("第");
	if (n > 40 * 3 || strncmp(t, "第", i) != 0 || strstr(t, "。") || strstr(t, "；") || strstr(t, "，"))
		return false;
	for (uint32_t cp; i < n && k < 3; i += len, k++) {
		cp = gw_utf8_decode(t + i, n - i, &len);
		char u[8] = {0};
		gw_utf8_encode(cp, u);
		if (cp < 0x4E00 || !strstr(numerals, u))
			break;
	}
	return k > 0 && strncmp(t + i, "部分", strlen("部分")) == 0;
}

static void paragraph(gw_doc *doc, const char *text, size_t line, double ind)
{
	size_t g0 = doc->ng, r0 = doc->nr;
	bool part = is_part_title(text);
	add_text(doc, text, part ? GW_ROLE_HEADING1 : GW_ROLE_BODY, line);
	set_block(doc, g0, part ? B_CENTRED : B_PARA, body_size(doc), part ? 0 : ind);
	if (part)
		lead_rows(doc, r0);
}

/* Remembers where paragraph p's glyphs start, so a character of it can
 * be found on its page. */
static void mark_paragraph(gw_doc *doc, const gw_paragraph *p)
{
	if (p->index < doc->n_para_g0)
		doc->para_g0[p->index] = doc->ng;
}

/* A body paragraph, or a table standing where one stands. */
static void body_paragraph(gw_doc *doc, const gw_paragraph *p)
{
	mark_paragraph(doc, p);
	if (p->table)
		gw_compose_table(doc, p);
	else
		paragraph(doc, p->text, p->line, indent(doc));
}

static gw_role heading_role(const gw_doc *doc, int level)
{
	switch (level) {
	case 1: return GW_ROLE_HEADING1;
	case 2: return GW_ROLE_HEADING2;
	case 3: return doc->L->level3_bold ? GW_ROLE_BOLD : GW_ROLE_BODY;
	default: return GW_ROLE_BODY;
	}
}

struct walk {
	gw_doc *doc;
	gw_report *scratch;    /* arena for outline titles */
};

static void section(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	struct walk *w = ctx;
	gw_doc *doc = w->doc;
	if (doc->st)
		return;
	const char *m = s->marker ? s->marker : "", *h = s->heading ? s->heading : "";
	size_t lm = strlen(m), lh = strlen(h);
	char *title = gw_arena_alloc(w->scratch->arena, lm + lh + 1);  /* the bookmark */
	if (!title) {
		nomem(doc);
		return;
	}
	memcpy(title, m, lm);
	memcpy(title + lm, h, lh + 1);
	doc->pending_level = s->level;
	doc->pending_title = title;
	gw_role role = s->level == GW_LEVEL_PART ? GW_ROLE_HEADING1 : heading_role(doc, s->level);
	size_t g0 = doc->ng, first = 0, r0 = doc->nr;
	add_text(doc, s->marker, role, s->line);
	add_text(doc, s->heading, role, s->line);
	add_text(doc, s->heading_end, role, s->line);
	if (s->inline_heading && s->n_body > 0) {
		/* run-in: the lead sentence in the heading face, the rest in body */
		mark_paragraph(doc, &s->body[0]);
		add_text(doc, s->body[0].text, GW_ROLE_BODY, s->body[0].line);
		set_block(doc, g0, B_PARA, body_size(doc), indent(doc));
		first = 1;
	} else if (s->level == GW_LEVEL_PART) {
		set_block(doc, g0, B_CENTRED, body_size(doc), 0);  /* 第一部分: centred */
		lead_rows(doc, r0);
	} else {
		set_block(doc, g0, B_HEADING, body_size(doc), indent(doc));
		lead_rows(doc, r0);
	}
	for (size_t i = first; i < s->n_body; i++)
		body_paragraph(doc, &s->body[i]);
}

/* Width (pt) of glyphs [g0, ng) measured at size with grid tracking. */
static double run_width(gw_doc *doc, size_t g0, double size)
{
	if (gw_compose_measure(doc, g0, size))
		return 0;
	double track = doc->cell * size / doc->L->size_pt - size;
	return gw_ts_width(doc->adv, g0, doc->ng, track) - track;
}

bool gw_compose_is_date(const char *s)
{
	return strstr(s, "年") && strstr(s, "月") && strstr(s, "日");
}

/* 7.3.5.2: 署名 ends signature_right_chars cells left of the edge, the date
 * starts date_shift_chars cells right of the 署名; a longer date ends
 * signature_right_chars left of the edge and pushes the 署名 left.  A line
 * too long for that is set like a paragraph. */
static void signature(gw_doc *doc, const gw_strlist *sig, const size_t *lines)
{
	if (!sig->n)
		return;
	if (doc->nr)
		doc->ts[doc->nr - 1].keep_with_next = true;  /* never a page of signature alone */
	blank_rows(doc, doc->L->blank_before_signature, true);
	double right = doc->width - doc->L->signature_right_chars * doc->cell;
	double shift = doc->L->date_shift_chars * doc->cell;
	double size = body_size(doc), track = doc->cell - size;
	size_t n = sig->n, nd = gw_compose_is_date(sig->items[n - 1]) && n > 1 ? 1 : 0;
	double name_w = 0, date_w = 0;
	for (size_t i = 0; i < n && !doc->st; i++) {  /* measuring pass */
		size_t g0 = doc->ng, n_miss = doc->n_miss;
		add_text(doc, sig->items[i], GW_ROLE_BODY, lines ? lines[i] : 0);
		double w = run_width(doc, g0, size);
		doc->ng = g0;
		doc->n_miss = n_miss;  /* counted again below */
		if (w > right)
			continue;
		if (nd && i == n - 1)
			date_w = w;
		else if (w > name_w)
			name_w = w;
	}
	double name_x = right - name_w, date_x = name_x + shift;
	if (nd && date_x + date_w > right) {
		date_x = right - date_w;
		name_x = date_x - shift;
	}
	for (size_t i = 0; i < n && !doc->st; i++) {
		size_t g0 = doc->ng;
		add_text(doc, sig->items[i], GW_ROLE_BODY, lines ? lines[i] : 0);
		double w = run_width(doc, g0, size);
		if (w > right || name_x < 0) {
			set_block(doc, g0, B_PARA, size, 0);
		} else {
			gw_row *r = push_row(doc);
			if (!r)
				return;
			r->g0 = g0;
			r->g1 = doc->ng;
			r->x = nd && i == n - 1 ? date_x : name_x + (name_w - w);
			r->tc = track;
			r->size = size;
			r->numbered = true;
			doc->ts[doc->nr - 1].para_first = doc->ts[doc->nr - 1].para_last = true;
		}
		doc->ts[doc->nr - 1].keep_with_next = i + 1 < n;
	}
}

/* The next '\n'-separated line of *p as a new string (caller frees), *p
 * moved past it; NULL when out of memory (doc->st set). */
static char *take_line(gw_doc *doc, const char **p)
{
	const char *e = strchr(*p, '\n');
	size_t len = e ? (size_t)(e - *p) : strlen(*p);
	char *text = strndup(*p, len);
	if (!text)
		nomem(doc);
	*p = e ? e + 1 : *p + len;
	return text;
}

/* 7.3.4: "附件：1. 名称" 左空二字; later "2. 名称" lines and wrapped lines
 * align with the first name (after "附件："). */
static void attachments(gw_doc *doc, const char *raw, const size_t *lines)
{
	if (!raw || !*raw)
		return;
	blank_rows(doc, doc->L->blank_before_attachments, false);
	double hang = indent(doc);
	const char *p = raw;
	for (size_t k = 0; *p && !doc->st; k++) {
		bool first = k == 0;
		size_t g0 = doc->ng;
		char *text = take_line(doc, &p);
		if (!text)
			return;
		add_text(doc, text, GW_ROLE_BODY, lines ? lines[k] : 0);
		free(text);
		if (first) {
			size_t colon = g0;
			while (colon < doc->ng && doc->g[colon].cp != 0xFF1A && doc->g[colon].cp != ':')
				colon++;
			if (colon < doc->ng && colon - g0 <= 4) {
				if (gw_compose_measure(doc, g0, body_size(doc)))
					return;
				hang = indent(doc);
				for (size_t i = g0; i <= colon; i++)
					hang += doc->adv[i] + doc->cell - body_size(doc);
			}
		}
		set_block_hanging(doc, g0, B_PARA, body_size(doc), first ? indent(doc) : hang, hang);
	}
}

/* 10.3 纪要: "出席" (3号黑体) + ： + names (3号仿宋), 左空二字, one blank
 * line under the body (or the 附件说明); 请假 and 列席 the same way, wrapped
 * lines aligned after the colon. */
static void attendance(gw_doc *doc, const gw_attendance *v, size_t n)
{
	if (!n)
		return;
	blank_rows(doc, 1, false);
	for (size_t k = 0; k < n && !doc->st; k++) {
		size_t g0 = doc->ng, label = strlen(v[k].role);
		if (!strncmp(v[k].text, v[k].role, label) && strncmp(v[k].text + label, "：", strlen("：")) == 0)
			label += strlen("：");
		else
			label = 0;  /* a line from JSON without its label: all in the body face */
		char *role = strndup(v[k].text, label);
		if (!role) {
			nomem(doc);
			return;
		}
		add_text(doc, role, GW_ROLE_HEADING1, 0);
		free(role);
		size_t names = doc->ng;
		add_text(doc, v[k].text + label, GW_ROLE_BODY, 0);
		if (doc->st || gw_compose_measure(doc, g0, body_size(doc)))
			return;
		double hang = indent(doc);
		for (size_t i = g0; i < names; i++)
			hang += doc->adv[i] + doc->cell - body_size(doc);
		set_block_hanging(doc, g0, B_PARA, body_size(doc), indent(doc), hang);
	}
}

/* 7.3.6 附注: 居左空二字, from the line under the 成文日期; one block per
 * input line.  It stays on the page of the signature. */
static void note(gw_doc *doc, const char *raw, const size_t *lines)
{
	if (!raw || !*raw)
		return;
	if (doc->nr)
		doc->ts[doc->nr - 1].keep_with_next = true;
	const char *p = raw;
	for (size_t k = 0; *p && !doc->st; k++) {
		char *text = take_line(doc, &p);
		if (!text)
			return;
		size_t g0 = doc->ng;
		add_text(doc, text, GW_ROLE_BODY, lines ? lines[k] : 0);
		free(text);
		set_block_hanging(doc, g0, B_PARA, body_size(doc), indent(doc), indent(doc));
	}
}

/* Page-1 slots under the 版头: empty rows that are not blank (a blank row
 * at a page top would be dropped), kept with the title. */
static void head_rows(gw_doc *doc, size_t n)
{
	for (size_t i = 0; i < n && !doc->st; i++) {
		if (!push_row(doc))
			return;
		gw_ts_row *t = &doc->ts[doc->nr - 1];
		t->keep_with_next = t->para_first = t->para_last = true;
	}
	doc->head_rows = n;
}

/* 7.3.7: each attachment on a new page: "附件N" in 黑体 flush left on the
 * first line, its title centred on the third, then its body like the main
 * body. */
static void appendix(gw_doc *doc, const gw_appendix *a)
{
	if (doc->n_segs >= sizeof doc->segs / sizeof doc->segs[0]) {
		doc->st = gw_fail(doc->d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "merge some attachments",
				  "more than %zu attachments", sizeof doc->segs / sizeof doc->segs[0]);
		return;
	}
	doc->segs[doc->n_segs++] = doc->nr;
	size_t g0 = doc->ng, r0 = doc->nr;
	add_text(doc, a->marker && *a->marker ? a->marker : "附件", GW_ROLE_HEADING1, 0);
	set_block(doc, g0, B_HEADING, body_size(doc), 0);
	if (a->title) {
		blank_rows(doc, 1, true);
		g0 = doc->ng;
		add_text(doc, a->title, GW_ROLE_TITLE, 0);
		set_block(doc, g0, B_CENTRED, doc->L->title_size_pt, 0);
		blank_rows(doc, doc->L->title_blank_after, true);
	}
	lead_rows(doc, r0);  /* the 附件 mark and title open a turned table's page with it */
	for (size_t i = 0; i < a->n_body; i++)
		body_paragraph(doc, &a->body[i]);
	if (doc->nr)
		doc->ts[doc->nr - 1].keep_with_next = false;
}

/* With a filled grid the last body line, the 附件说明, the 纪要's
 * 出席/请假/列席 lines and the signature block are one chain (rows [from,
 * nr)): it moves whole to a new page rather than leave the signature (or
 * a 列席 line) alone on one. */
static void keep_closing(gw_doc *doc, size_t from)
{
	if (doc->L->widow_orphan || from == 0 || from > doc->nr)
		return;
	doc->rows[from - 1].closing = true;
	for (size_t i = from - 1; i + 1 < doc->nr; i++)
		doc->ts[i].keep_with_next = true;
}

static void build(gw_doc *doc, const gw_report *r)
{
	const gw_layout *L = doc->L;
	gw_head minutes;
	const char *mark = NULL;
	bool title_is_mark;
	head_rows(doc, gw_frame_head(doc, gw_frame_minutes_head(doc, r, &minutes, &mark, &title_is_mark)));
	size_t g0 = doc->ng;
	if (!title_is_mark) {
		add_text(doc, r->title, GW_ROLE_TITLE, r->lines.title);
		set_block(doc, g0, B_CENTRED, L->title_size_pt, 0);
	}
	if (r->subtitle) {
		g0 = doc->ng;
		add_text(doc, r->subtitle, GW_ROLE_HEADING2, r->lines.subtitle);
		set_block(doc, g0, B_CENTRED, L->subtitle_size_pt, 0);
	}
	if (doc->nr && (!title_is_mark || r->subtitle))
		blank_rows(doc, L->title_blank_after, true);
	if (r->salutation)
		paragraph(doc, r->salutation, r->lines.salutation, 0);  /* 顶格 */
	for (size_t i = 0; i < r->n_preamble; i++)
		body_paragraph(doc, &r->preamble[i]);
	struct walk w = {doc, doc->scratch};
	gw_report_walk(r, section, &w);
	if (r->closing)
		paragraph(doc, r->closing, r->lines.closing, indent(doc));
	size_t body_end = doc->nr;
	attachments(doc, r->attachments_raw, r->lines.attachments);
	attendance(doc, r->attendance, r->n_attendance);
	signature(doc, &r->signature, r->lines.signature);
	note(doc, r->note, r->lines.note);
	if (r->signature.n || r->n_attendance)
		keep_closing(doc, body_end);
	if (doc->nr && doc->ts[doc->nr - 1].keep_with_next)
		doc->ts[doc->nr - 1].keep_with_next = false;
	for (size_t i = 0; i < r->n_appendices && !doc->st; i++)
		appendix(doc, &r->appendices[i]);
}

/* 5.2.3 并撑满版心: rows fill every slot of a page; only a chain of rows
 * kept together (a heading with its first line; the last body line with
 * the 附件说明 and the signature) that does not fit the rest of a page
 * moves whole to the next, leaving that page short.  Blank rows at a page
 * top are dropped.  Returns the page count. */
static int fill_pages(gw_ts_row *rows, size_t n, int slots)
{
	int page = 0, s = 0;
	for (size_t i = 0; i < n; i++) {
		gw_ts_row *r = &rows[i];
		if (s >= slots) {
			page++;
			s = 0;
		}
		if (s > 0 && r->keep_with_next && (i == 0 || !rows[i - 1].keep_with_next)) {
			size_t k = i;
			while (k < n && rows[k].keep_with_next)
				k++;
			int need = (int)(k - i) + (k < n);
			if (s + need > slots && need <= slots) {
				page++;
				s = 0;
			}
		}
		if (r->blank && s == 0) {
			r->page = r->slot = -1;
			continue;
		}
		r->page = page;
		r->slot = s++;
	}
	return page + 1;
}

/* Pages for rows [a, b), numbered from `first`: the layout's widow and
 * orphan control (typeset.c), or a filled grid. */
int gw_compose_paginate_range(gw_doc *doc, size_t a, size_t b, int first, int slots)
{
	if (b <= a)  /* no rows (doc->ts may still be NULL): one empty page, as
		        fill_pages and gw_ts_paginate give for none */
		return 1;
	int n = doc->L->widow_orphan ? gw_ts_paginate(doc->ts + a, b - a, slots)
				     : fill_pages(doc->ts + a, b - a, slots);
	for (size_t i = a; i < b; i++)
		if (doc->ts[i].page >= 0)
			doc->ts[i].page += first;
	return n;
}

/* The body, then each attachment from a new page (doc->segs). */
static int paginate(gw_doc *doc)
{
	int pages = 0;
	size_t a = 0;
	for (size_t k = 0; k <= doc->n_segs; k++) {
		size_t b = k < doc->n_segs ? doc->segs[k] : doc->nr;
		if (b > a || (k == 0 && doc->nr == 0))
			pages += gw_compose_table_paginate(doc, a, b, pages);  /* turned tables apart */
		a = b;
	}
	return pages;
}

int gw_compose_paginate(gw_doc *doc)
{
	return paginate(doc);
}

static gw_status check_missing(gw_doc *doc)
{
	if (!doc->n_miss || doc->st)
		return doc->st;
	char list[1024] = "";
	size_t used = 0;
	for (size_t i = 0; i < doc->n_miss && used < sizeof list - 64; i++) {
		char u[8] = {0};
		gw_utf8_encode(doc->miss[i].cp, u);
		int k = doc->miss[i].line
			? snprintf(list + used, sizeof list - used, "%s'%s' (U+%04X, line %zu)", i ? ", " : "", u,
				   (unsigned)doc->miss[i].cp, doc->miss[i].line)
			: snprintf(list + used, sizeof list - used, "%s'%s' (U+%04X)", i ? ", " : "", u,
				   (unsigned)doc->miss[i].cp);
		used += (size_t)k;
	}
	bool astral = false;
	for (size_t i = 0; i < doc->n_miss; i++)
		astral |= doc->miss[i].cp > 0xFFFF;
	const char *why = astral ? _(" (characters above U+FFFF cannot be set with libharu 2.3.0)") : "";
	if (doc->allow_missing) {
		gw_warn(doc->d, doc->miss[0].line, "no font can draw %s%s; drawn as 〓", list, why);
		return GW_OK;
	}
	return doc->st = gw_fail(doc->d, GW_E_GLYPH, doc->miss[0].line, GW_NO_BYTE,
				 "put a TrueType font that has them into the fonts/ directory (fonts/README.md), "
				 "replace them, or use --allow-missing-glyphs to draw 〓 instead",
				 "no font can draw %s%s", list, why);
}

gw_status gw_compose(gw_doc *doc, const gw_report *r, const gw_layout *L, const gw_fonts *fonts,
		     bool allow_missing, gw_diag *d)
{
	memset(doc, 0, sizeof *doc);
	doc->L = L;
	doc->fonts = fonts;
	doc->d = d;
	doc->allow_missing = allow_missing;
	doc->left = L->left_mm * GW_PT_PER_MM;
	doc->top = L->top_mm * GW_PT_PER_MM;
	doc->width = L->block_width_mm * GW_PT_PER_MM;
	doc->height = L->block_height_mm * GW_PT_PER_MM;
	doc->page_w = L->page_width_mm * GW_PT_PER_MM;
	doc->page_h = L->page_height_mm * GW_PT_PER_MM;
	doc->cell = doc->width / L->chars;
	doc->pitch = L->line_pitch_pt;
	doc->scratch = gw_report_new();
	doc->n_para_g0 = gw_report_paragraph_count(r) + 1;
	doc->para_g0 = malloc(doc->n_para_g0 * sizeof *doc->para_g0);
	if (!doc->scratch || !doc->para_g0)
		return nomem(doc);
	for (size_t i = 0; i < doc->n_para_g0; i++)
		doc->para_g0[i] = SIZE_MAX;
	build(doc, r);
	gw_status st = check_missing(doc);
	if (!st) {
		doc->pages = paginate(doc);
		gw_compose_table_finish(doc);
		gw_frame_imprint(doc, r->imprint);
		st = doc->st;
	}
	return st;
}

void gw_compose_free(gw_doc *doc)
{
	free(doc->g);
	free(doc->cp);
	free(doc->adv);
	free(doc->rows);
	free(doc->ts);
	free(doc->lines);
	free(doc->para_g0);
	for (size_t i = 0; i < GW_COMPOSE_FACES; i++)
		free(doc->advances[i]);
	gw_report_free(doc->scratch);
	gw_compose_table_free(doc);
	memset(doc, 0, sizeof *doc);
}
