/* report.c — creating, walking and freeing the report model. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

gw_report *gw_report_new(void)
{
	gw_arena *a = gw_arena_new();
	if (!a)
		return NULL;
	gw_report *r = gw_arena_alloc(a, sizeof *r);
	if (!r) {
		gw_arena_free(a);
		return NULL;
	}
	r->arena = a;
	return r;
}

void gw_report_free(gw_report *r)
{
	if (r)
		gw_arena_free(r->arena); /* r itself lives in the arena */
}

const char *gw_report_strdup(gw_report *r, const char *s)
{
	return s ? gw_arena_strdup(r->arena, s) : NULL;
}

const char *gw_report_strndup(gw_report *r, const char *s, size_t n)
{
	return gw_arena_strndup(r->arena, s, n);
}

static void walk(const gw_section *s, size_t n, int depth, gw_section_visit visit, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		visit(&s[i], depth, ctx);
		walk(s[i].sections, s[i].n_sections, depth + 1, visit, ctx);
	}
}

void gw_report_walk(const gw_report *r, gw_section_visit visit, void *ctx)
{
	walk(r->sections, r->n_sections, 0, visit, ctx);
}

struct paragraph_walk {
	gw_paragraph_visit visit;
	void *ctx;
};

static void visit_body(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	const struct paragraph_walk *w = ctx;
	for (size_t i = 0; i < s->n_body; i++)
		w->visit(&s->body[i], w->ctx);
}

void gw_report_walk_paragraphs(const gw_report *r, gw_paragraph_visit visit, void *ctx)
{
	struct paragraph_walk w = {visit, ctx};
	for (size_t i = 0; i < r->n_preamble; i++)
		visit(&r->preamble[i], ctx);
	gw_report_walk(r, visit_body, &w);
	for (size_t a = 0; a < r->n_appendices; a++)
		for (size_t i = 0; i < r->appendices[a].n_body; i++)
			visit(&r->appendices[a].body[i], ctx);
}

static void count_body(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	*(size_t *)ctx += s->n_body;
}

size_t gw_report_paragraph_count(const gw_report *r)
{
	size_t n = r->n_preamble;
	gw_report_walk(r, count_body, &n);
	for (size_t a = 0; a < r->n_appendices; a++)
		n += r->appendices[a].n_body;
	return n;
}

/* Ceiling of the model's text: far above any input the readers accept
 * (read.h's 16 MB), so only a corrupt model reaches it. */
#define TEXT_MAX ((size_t)1 << 31)

static void put(gw_buf *b, const char *s)
{
	if (s)
		gw_buf_adds(b, s);
}

static void put_paragraph(const gw_paragraph *p, void *ctx)
{
	gw_buf *b = ctx;
	if (!p->table) {
		put(b, p->text);
		return;
	}
	for (size_t i = 0; i < p->table->n_cells; i++)
		put(b, p->table->cells[i].text);
}

static void put_list(gw_buf *b, const gw_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		put(b, l->items[i]);
}

static void put_section(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	put(ctx, s->marker);
	put(ctx, s->heading);
	put(ctx, s->heading_end);
	for (size_t i = 0; i < s->n_body; i++)
		put_paragraph(&s->body[i], ctx);
}

/* The order is report.h's text invariant (and MODEL.md's). */
char *gw_report_text(const gw_report *r)
{
	gw_buf b;
	gw_buf_init(&b, TEXT_MAX);
	put(&b, r->head ? r->head->text : NULL);
	put(&b, r->title);
	put(&b, r->subtitle);
	put_list(&b, &r->bylines);
	put(&b, r->salutation);
	for (size_t i = 0; i < r->n_preamble; i++)
		put_paragraph(&r->preamble[i], &b);
	gw_report_walk(r, put_section, &b);
	put(&b, r->closing);
	put(&b, r->attachments_raw);
	for (size_t i = 0; i < r->n_attendance; i++)
		put(&b, r->attendance[i].text);
	put_list(&b, &r->signature);
	put(&b, r->note);
	for (size_t a = 0; a < r->n_appendices; a++) {
		const gw_appendix *x = &r->appendices[a];
		put(&b, x->marker);
		put(&b, x->title);
		for (size_t i = 0; i < x->n_body; i++)
			put_paragraph(&x->body[i], &b);
	}
	put(&b, r->imprint ? r->imprint->text : NULL);
	return gw_buf_take(&b, NULL);
}

static const char *const kind_names[] = {"金额", "比率", "计量", "数量"};

const char *gw_kind_name(gw_kind k)
{
	return (unsigned)k < 4 ? kind_names[k] : "数量";
}

bool gw_kind_parse(const char *name, gw_kind *out)
{
	for (unsigned i = 0; i < 4; i++)
		if (strcmp(name, kind_names[i]) == 0) {
			*out = (gw_kind)i;
			return true;
		}
	return false;
}

/* Index = gw_ind_status; [0] is unknown (JSON null). */
static const char *const status_names[] = {NULL, "实绩", "目标", "基期", "累计"};
#define N_STATUS (sizeof status_names / sizeof status_names[0])

const char *gw_ind_status_name(gw_ind_status s)
{
	return (unsigned)s < N_STATUS ? status_names[s] : NULL;
}

bool gw_ind_status_parse(const char *name, gw_ind_status *out)
{
	for (unsigned i = 1; i < N_STATUS; i++)
		if (strcmp(name, status_names[i]) == 0) {
			*out = (gw_ind_status)i;
			return true;
		}
	return false;
}

static const gw_magnitude magnitudes[] = {
	{"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"亿", 1e8}, {"千万", 1e7},
	{"百万", 1e6},  {"十万", 1e5},  {"万", 1e4},    {"千", 1e3}, {"百", 1e2},
};

const gw_magnitude *gw_magnitude_match(const char *s, size_t n, size_t *len)
{
	const gw_magnitude *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < sizeof magnitudes / sizeof magnitudes[0]; i++) {
		size_t l = strlen(magnitudes[i].written);
		if (l > best_len && l <= n && memcmp(s, magnitudes[i].written, l) == 0) {
			best = &magnitudes[i];
			best_len = l;
		}
	}
	*len = best_len;
	return best;
}

static bool is_date_line(const char *s)
{
	return strstr(s, "年") && strstr(s, "月");
}

const char *gw_report_issuer(const gw_report *r, size_t *len)
{
	for (size_t i = 0; i < r->signature.n; i++)
		if (r->signature.items[i] && *r->signature.items[i] && !is_date_line(r->signature.items[i])) {
			*len = strlen(r->signature.items[i]);
			return r->signature.items[i];
		}
	if (r->head && r->head->issuers.n && r->head->issuers.items[0] && *r->head->issuers.items[0]) {
		static const char mark[] = "文件";   /* 某某局文件: the mark, not the body */
		const char *s = r->head->issuers.items[0];
		size_t n = strlen(s), k = strlen(mark);
		*len = n > k && !strcmp(s + n - k, mark) ? n - k : n;
		return s;
	}
	*len = 0;
	return NULL;
}
