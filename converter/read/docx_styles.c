/*
 * docx_styles.c — styles.xml (or the w:styles of a flat file) → the
 * paragraph properties a style gives through its w:basedOn chain: list
 * numbering (w:numPr), outline level and heading level by name ("heading
 * 1", "Heading 1", "标题 1"), alignment, first-line indent, font size.
 * Custom styles based on a heading style are headings too.  Also the
 * reading of a w:pPr property element, shared with docx.c.
 */
#include "docx_parts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/arena.h"

/* A basedOn chain longer than this is a loop (Word allows no loops). */
#define MAX_CHAIN 16

/* A style named one of these and a digit is a heading of that level
 * (case ignored: heading 1, Heading 1, 标题 1). */
static const char *const HEADING_STYLE_PREFIXES[] = {"heading", "标题"};

typedef struct style {
	const char *id, *name, *based_on;
	bool paragraph, is_default;
	docx_props props; /* what the style itself says; props.heading from its name */
	size_t base;      /* index of based_on after finish, SIZE_MAX if none */
} style;

struct docx_styles {
	gw_arena *arena;
	style *v;
	size_t n, cap;
	size_t dflt;      /* default paragraph style, SIZE_MAX if none */
	size_t in_styles; /* > 0 inside <w:styles> */
	bool in_style, in_ppr, in_rpr, in_numpr;
	bool failed; /* out of memory while parsing */
};

void docx_props_unset(docx_props *p)
{
	*p = (docx_props){.num_id = -1,
			  .ilvl = -1,
			  .outline = -1,
			  .heading = -1,
			  .align = GW_ALIGN_NONE,
			  .first_line_chars = -1,
			  .first_line_twips = -1,
			  .size = -1,
			  .style = NULL};
}

static const struct {
	const char *val;
	gw_align align;
} alignments[] = {
	{"left", GW_ALIGN_LEFT},          {"start", GW_ALIGN_LEFT},
	{"center", GW_ALIGN_CENTER},      {"right", GW_ALIGN_RIGHT},
	{"end", GW_ALIGN_RIGHT},          {"both", GW_ALIGN_JUSTIFY},
	{"distribute", GW_ALIGN_JUSTIFY}, {"thaiDistribute", GW_ALIGN_JUSTIFY},
};

static gw_align align_of(const char *v)
{
	for (size_t i = 0; v && i < sizeof alignments / sizeof alignments[0]; i++)
		if (strcmp(v, alignments[i].val) == 0)
			return alignments[i].align;
	return GW_ALIGN_NONE;
}

/* Word 2003 XML spells w:ind's attributes with hyphens. */
static long ind_attr(const XML_Char **atts, const char *name, const char *name_2003)
{
	long v = docx_attr_int(atts, name, -100000, 100000, -1);
	return v >= 0 ? v : docx_attr_int(atts, name_2003, -100000, 100000, -1);
}

void docx_props_take(docx_props *p, docx_el el, const XML_Char **atts)
{
	switch (el) {
	case DX_NUM_ID: p->num_id = (int)docx_attr_int(atts, "val", 0, 1000000000, -1); break;
	case DX_ILVL: p->ilvl = (int)docx_attr_int(atts, "val", 0, DOCX_MAX_LEVELS - 1, -1); break;
	case DX_OUTLINE_LVL: p->outline = (int)docx_attr_int(atts, "val", 0, 9, -1); break;
	case DX_JC: p->align = align_of(docx_attr(atts, "val")); break;
	case DX_IND: {
		long chars = ind_attr(atts, "firstLineChars", "first-line-chars");
		long twips = ind_attr(atts, "firstLine", "first-line");
		if (chars >= 0)
			p->first_line_chars = (int)chars;
		if (twips >= 0)
			p->first_line_twips = (int)twips;
		break;
	}
	case DX_SZ: p->size = (int)docx_attr_int(atts, "val", 1, 3276, -1); break;
	default: break;
	}
}

int docx_heading_of_name(const char *name)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < sizeof HEADING_STYLE_PREFIXES / sizeof HEADING_STYLE_PREFIXES[0]; i++) {
		size_t n = strlen(HEADING_STYLE_PREFIXES[i]);
		if (strncasecmp(name, HEADING_STYLE_PREFIXES[i], n) != 0)
			continue;
		const char *s = name + n;
		while (*s == ' ')
			s++;
		if (s[0] >= '1' && s[0] <= '9' && s[1] == '\0')
			return s[0] - '0';
	}
	return -1;
}

docx_styles *docx_styles_new(gw_arena *a)
{
	docx_styles *s = calloc(1, sizeof *s);
	if (s) {
		s->arena = a;
		s->dflt = SIZE_MAX;
	}
	return s;
}

void docx_styles_free(docx_styles *s)
{
	free(s);
}

static char *keep(docx_styles *s, const char *v)
{
	char *c = v ? gw_arena_strdup(s->arena, v) : NULL;
	if (v && !c)
		s->failed = true;
	return c;
}

static void style_open(docx_styles *s, const XML_Char **atts)
{
	if (gw_arena_grow(s->arena, (void **)&s->v, &s->cap, s->n + 1, sizeof *s->v) != 0) {
		s->failed = true;
		return;
	}
	style *st = &s->v[s->n++];
	memset(st, 0, sizeof *st);
	const char *type = docx_attr(atts, "type");
	st->paragraph = !type || strcmp(type, "paragraph") == 0;
	const char *dflt = docx_attr(atts, "default");
	st->is_default =
		dflt && (strcmp(dflt, "1") == 0 || strcmp(dflt, "true") == 0 || strcmp(dflt, "on") == 0);
	st->id = keep(s, docx_attr(atts, "styleId"));
	docx_props_unset(&st->props);
	st->base = SIZE_MAX;
	s->in_style = true;
}

static void styles_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	(void)x;
	docx_styles *s = ctx;
	if (el == DX_STYLES) {
		s->in_styles++;
		return;
	}
	if (!s->in_styles)
		return;
	if (el == DX_STYLE) {
		style_open(s, atts);
		return;
	}
	if (!s->in_style || s->n == 0)
		return;
	style *st = &s->v[s->n - 1];
	switch (el) {
	case DX_NAME:
		st->name = keep(s, docx_attr(atts, "val"));
		st->props.heading = docx_heading_of_name(st->name);
		break;
	case DX_BASED_ON: st->based_on = keep(s, docx_attr(atts, "val")); break;
	case DX_PPR: s->in_ppr = true; break;
	case DX_RPR: s->in_rpr = true; break;
	case DX_NUM_PR: s->in_numpr = true; break;
	case DX_NUM_ID:
	case DX_ILVL:
		if (s->in_numpr)
			docx_props_take(&st->props, el, atts);
		break;
	case DX_OUTLINE_LVL:
	case DX_JC:
	case DX_IND:
		if (s->in_ppr && !s->in_rpr)
			docx_props_take(&st->props, el, atts);
		break;
	case DX_SZ:
		if (s->in_rpr)
			docx_props_take(&st->props, el, atts);
		break;
	default: break;
	}
}

static void styles_end(void *ctx, docx_xml *x, docx_el el)
{
	(void)x;
	docx_styles *s = ctx;
	switch (el) {
	case DX_STYLES:
		if (s->in_styles)
			s->in_styles--;
		break;
	case DX_STYLE: s->in_style = false; break;
	case DX_PPR: s->in_ppr = false; break;
	case DX_RPR: s->in_rpr = false; break;
	case DX_NUM_PR: s->in_numpr = false; break;
	default: break;
	}
}

static void styles_text(void *ctx, docx_xml *x, const char *t, size_t n)
{
	(void)ctx, (void)x, (void)t, (void)n;
}

docx_sink docx_styles_sink(docx_styles *s)
{
	return (docx_sink){styles_start, styles_end, styles_text, s};
}

static int style_cmp(const void *a, const void *b)
{
	const style *x = a, *y = b;
	if (!x->id || !y->id)
		return !x->id - !y->id;
	return strcmp(x->id, y->id);
}

static size_t find(const docx_styles *s, const char *id)
{
	if (!id)
		return SIZE_MAX;
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = s->v[mid].id ? strcmp(id, s->v[mid].id) : -1;
		if (c == 0)
			return mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return SIZE_MAX;
}

int docx_styles_finish(docx_styles *s)
{
	if (s->failed)
		return -1;
	if (s->n > 1)
		qsort(s->v, s->n, sizeof *s->v, style_cmp);
	for (size_t i = 0; i < s->n; i++) {
		s->v[i].base = find(s, s->v[i].based_on);
		if (s->v[i].paragraph && s->v[i].is_default && s->dflt == SIZE_MAX)
			s->dflt = i;
	}
	return 0;
}

/* Copies into p what it leaves unset. */
static void fill(docx_props *p, const docx_props *from)
{
	if (p->num_id < 0)
		p->num_id = from->num_id;
	if (p->ilvl < 0 && from->num_id >= 0)
		p->ilvl = from->ilvl;
	if (p->align == GW_ALIGN_NONE)
		p->align = from->align;
	if (p->first_line_chars < 0)
		p->first_line_chars = from->first_line_chars;
	if (p->first_line_twips < 0)
		p->first_line_twips = from->first_line_twips;
	if (p->size < 0)
		p->size = from->size;
}

void docx_styles_resolve(const docx_styles *s, const char *style_id, docx_props *p)
{
	size_t i = style_id ? find(s, style_id) : SIZE_MAX;
	if (i == SIZE_MAX)
		i = s->dflt;
	if (i == SIZE_MAX)
		return;
	if (!p->style)
		p->style = s->v[i].name;
	for (int hop = 0; hop < MAX_CHAIN && i != SIZE_MAX; hop++, i = s->v[i].base) {
		const docx_props *sp = &s->v[i].props;
		fill(p, sp);
		/* The nearest style that says a level decides it; its own
		 * outline level wins over its name. */
		if (p->heading < 0 && sp->outline >= 0)
			p->heading = sp->outline < 9 ? sp->outline + 1 : 0;
		else if (p->heading < 0 && sp->heading > 0)
			p->heading = sp->heading;
	}
}

int docx_styles_num_of(const docx_styles *s, const char *style_id)
{
	size_t i = find(s, style_id);
	return i == SIZE_MAX ? -1 : s->v[i].props.num_id;
}
