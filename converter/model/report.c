/* report.c — creating, walking and freeing the report model. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

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
		gw_arena_free(r->arena);  /* r itself lives in the arena */
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

static void count_body(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	*(size_t *)ctx += s->n_body;
}

size_t gw_report_paragraph_count(const gw_report *r)
{
	size_t n = r->n_preamble;
	gw_report_walk(r, count_body, &n);
	return n;
}

/* A growable malloc'd string used only while gw_report_text builds. */
struct text_buf {
	char *p;
	size_t len, cap;
	int failed;
};

static void put(struct text_buf *b, const char *s)
{
	if (!s || b->failed)
		return;
	size_t n = strlen(s);
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->failed = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n + 1);
	b->len += n;
}

static void put_section(const gw_section *s, int depth, void *ctx)
{
	(void)depth;
	struct text_buf *b = ctx;
	put(b, s->marker);
	put(b, s->heading);
	put(b, s->heading_end);
	for (size_t i = 0; i < s->n_body; i++)
		put(b, s->body[i].text);
}

char *gw_report_text(const gw_report *r)
{
	struct text_buf b = {0};
	put(&b, "");
	put(&b, r->title);
	put(&b, r->subtitle);
	put(&b, r->salutation);
	for (size_t i = 0; i < r->n_preamble; i++)
		put(&b, r->preamble[i].text);
	gw_report_walk(r, put_section, &b);
	put(&b, r->closing);
	put(&b, r->attachments_raw);
	for (size_t i = 0; i < r->signature.n; i++)
		put(&b, r->signature.items[i]);
	put(&b, r->note);
	if (b.failed) {
		free(b.p);
		return NULL;
	}
	return b.p;
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
