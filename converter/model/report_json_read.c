/*
 * report_json_read.c — reads the model's JSON form ("gwexport/report-2",
 * and "gwexport/report-1") back into a gw_report; report_json.c writes it.
 *
 * Reading uses jansson, validates types as it builds, then runs
 * gw_report_check() on the result: every error names the JSON path
 * ("sections[2].body[0].text: expected a string, found a number"); jansson
 * gives line and column for syntax errors.  Keys of report-1 are required
 * (heading_end, attachments_text and note excepted); the keys report-2
 * added are optional, null/[] when missing.  Unknown keys: ignored in
 * report-1 documents, refused in report-2 documents (MODEL.md "Versions").
 */
#include "report_json.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "jpath.h"
#include "utf8.h"

#define HINT_MODEL "the file must be a model written by `gwexport -f json` (schema " GW_SCHEMA ")"

/* ---- reading ---------------------------------------------------------------- */

typedef struct reader {
	gw_report *r;
	gw_diag *d;
	gw_status st;
	int version; /* 1 or 2: the document's schema */
	gw_jpath path;
	size_t paragraphs; /* paragraphs read so far: the next one's index - 1 */
} reader;

/* The keys of each object of report-2 (MODEL.md); a report-2 document with
 * any other key is refused, so that a misspelt key in a hand-edited model
 * is not silently dropped.  report-1 promised "more keys may be added": its
 * unknown keys are ignored. */
static const char *const doc_keys[] = {
	"schema",     "source",   "head",       "title",   "subtitle",    "bylines",
	"salutation", "preamble", "sections",   "closing", "attachments", "attachments_text",
	"signature",  "note",     "appendices", "imprint", "indicators",  "attendance", NULL};
static const char *const source_keys[] = {"name", "encoding", "bytes", "sha256", NULL};
static const char *const head_keys[] = {"text",    "copy_number", "secrecy", "urgency",
					"issuers", "doc_number",  "signers", NULL};
static const char *const imprint_keys[] = {"text", "cc", "printed_by", "printed_on", NULL};
static const char *const appendix_keys[] = {"marker", "title", "body", NULL};
static const char *const attendance_keys[] = {"text", "role", "names", NULL};
static const char *const paragraph_keys[] = {"text", "points", "table", NULL};
static const char *const point_keys[] = {"marker", "lead", "offset", NULL};
static const char *const table_keys[] = {"rows", "cols", "header_rows", "cells", NULL};
static const char *const cell_keys[] = {"text", "row", "col", "row_span", "col_span", NULL};
static const char *const section_keys[] = {"level",       "marker", "number",   "heading", "inline",
					   "heading_end", "body",   "sections", NULL};
static const char *const indicator_keys[] = {"id",     "section",    "item",      "label",  "text",
					     "value",  "unit",       "kind",      "change", "qualifier",
					     "masked", "base_value", "base_unit", "clause", "paragraph",
					     "status", "period",     "page",      NULL};

/* Column ceiling of a table read from JSON (Word allows 63); with
 * GW_TABLE_MAX_SLOTS of report.h it keeps a hostile grid from making the
 * checker allocate gigabytes. */
#define TABLE_MAX_COLS 1000

static const char *type_name(const json_t *v)
{
	if (!v)
		return _("nothing");
	switch (json_typeof(v)) {
	case JSON_OBJECT: return _("an object");
	case JSON_ARRAY: return _("an array");
	case JSON_STRING: return _("a string");
	case JSON_INTEGER: return _("an integer");
	case JSON_REAL: return _("a number");
	case JSON_TRUE:
	case JSON_FALSE: return "true/false";
	case JSON_NULL: return "null";
	}
	return "something else";
}

static int bad_hint(reader *rd, const char *hint, const char *fmt, const char *a, const char *b)
{
	if (!rd->st) {
		char what[512];
		snprintf(what, sizeof what, _(fmt), a, b);
		rd->st = gw_fail(rd->d, GW_E_JSON, 0, GW_NO_BYTE, hint, "%s: %s",
				 gw_jpath_text(&rd->path), what);
	}
	return -1;
}

static int bad(reader *rd, const char *fmt, const char *a, const char *b)
{
	return bad_hint(rd, HINT_MODEL, fmt, a, b);
}

static int nomem(reader *rd)
{
	if (!rd->st)
		rd->st = gw_fail(rd->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading JSON");
	return -1;
}

/* Path bookkeeping: push returns the old length for pop. */
/* The member, or NULL with an error when it is missing and required. */
static json_t *member(reader *rd, json_t *obj, const char *key, bool required)
{
	json_t *v = json_object_get(obj, key);
	if (!v && required) {
		size_t old = gw_jpath_key(&rd->path, key);
		bad(rd, "missing (required by %s%s)", rd->version == 1 ? GW_SCHEMA_1 : GW_SCHEMA, "");
		gw_jpath_pop(&rd->path, old);
	}
	return v;
}

static int get_string(reader *rd, json_t *obj, const char *key, bool nullable, bool required,
		      const char **out)
{
	json_t *v = member(rd, obj, key, required);
	*out = NULL;
	if (!v || (nullable && json_is_null(v)))
		return v || !required ? 0 : -1;
	size_t old = gw_jpath_key(&rd->path, key);
	int rc = 0;
	if (!json_is_string(v))
		rc = bad(rd, "expected a string%s, found %s", nullable ? _(" or null") : "", type_name(v));
	else if (!(*out = gw_arena_strndup(rd->r->arena, json_string_value(v), json_string_length(v))))
		rc = nomem(rd);
	gw_jpath_pop(&rd->path, old);
	return rc;
}

static int get_integer(reader *rd, json_t *obj, const char *key, long long min, long long max, long long *out)
{
	json_t *v = member(rd, obj, key, true);
	if (!v)
		return -1;
	size_t old = gw_jpath_key(&rd->path, key);
	int rc = 0;
	if (!json_is_integer(v)) {
		rc = bad(rd, "expected an integer, found %s%s", type_name(v), "");
	} else if (json_integer_value(v) < min || json_integer_value(v) > max) {
		char range[96];
		snprintf(range, sizeof range, "%lld..%lld", min, max);
		rc = bad(rd, "integer out of range (expected %s)%s", range, "");
	} else {
		*out = json_integer_value(v);
	}
	gw_jpath_pop(&rd->path, old);
	return rc;
}

static int get_size(reader *rd, json_t *obj, const char *key, size_t min, size_t max, size_t *out)
{
	long long v = 0;
	if (get_integer(rd, obj, key, (long long)min, (long long)max, &v))
		return -1;
	*out = (size_t)v;
	return 0;
}

static int get_bool(reader *rd, json_t *obj, const char *key, bool *out)
{
	json_t *v = member(rd, obj, key, true);
	if (!v)
		return -1;
	if (!json_is_boolean(v)) {
		size_t old = gw_jpath_key(&rd->path, key);
		bad(rd, "expected true or false, found %s%s", type_name(v), "");
		gw_jpath_pop(&rd->path, old);
		return -1;
	}
	*out = json_is_true(v);
	return 0;
}

/* An array member; NULL for JSON null when nullable, or when missing and
 * not required (*err 0 then). */
static json_t *get_array(reader *rd, json_t *obj, const char *key, bool nullable, bool required, int *err)
{
	json_t *v = member(rd, obj, key, required);
	*err = 0;
	if (!v) {
		*err = required ? -1 : 0;
		return NULL;
	}
	if (nullable && json_is_null(v))
		return NULL;
	if (!json_is_array(v)) {
		size_t old = gw_jpath_key(&rd->path, key);
		*err = bad(rd, "expected an array%s, found %s", nullable ? _(" or null") : "", type_name(v));
		gw_jpath_pop(&rd->path, old);
		return NULL;
	}
	return v;
}

/* An object whose keys are all in `keys` (report-2; see doc_keys). */
static int expect_object(reader *rd, json_t *v, const char *const *keys)
{
	if (!json_is_object(v))
		return bad(rd, "expected an object, found %s%s", type_name(v), "");
	if (rd->version < 2)
		return 0;
	const char *k;
	json_t *unused;
	json_object_foreach(v, k, unused)
	{
		size_t i = 0;
		while (keys[i] && strcmp(keys[i], k) != 0)
			i++;
		if (keys[i])
			continue;
		char known[512] = "";
		for (i = 0; keys[i]; i++)
			snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", i ? ", " : "",
				 keys[i]);
		size_t old = gw_jpath_key(&rd->path, k);
		bad_hint(rd,
			 "remove the key or correct its spelling: " GW_SCHEMA " refuses keys it does "
			 "not know, so that nothing of a hand-edited model is silently dropped (MODEL.md)",
			 "unknown key (this object has: %s)%s", known, "");
		gw_jpath_pop(&rd->path, old);
		return -1;
	}
	return 0;
}

/* Calls fn on each element of the array member `key` (with the path
 * extended by key[i]); *n is its size, *items the arena array. */
typedef int (*read_elem)(reader *rd, json_t *v, void *elem);

static int read_array(reader *rd, json_t *obj, const char *key, bool required, size_t size, void **items,
		      size_t *n, read_elem fn)
{
	int err;
	json_t *arr = get_array(rd, obj, key, false, required, &err);
	*n = 0;
	if (err || !arr)
		return err;
	*n = json_array_size(arr);
	if (*n && !(*items = gw_arena_array(rd->r->arena, *n, size)))
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, key);
	for (size_t i = 0; i < *n; i++) {
		size_t o2 = gw_jpath_index(&rd->path, i);
		if (fn(rd, json_array_get(arr, i), (char *)*items + i * size))
			return -1;
		gw_jpath_pop(&rd->path, o2);
	}
	gw_jpath_pop(&rd->path, old);
	return 0;
}

static int read_point(reader *rd, json_t *v, const char *text, gw_point *pt)
{
	long long off = 0;
	if (expect_object(rd, v, point_keys) || get_string(rd, v, "marker", false, true, &pt->marker) ||
	    get_string(rd, v, "lead", false, true, &pt->lead) ||
	    get_integer(rd, v, "offset", 0, (long long)gw_utf8_count(text, strlen(text)), &off))
		return -1;
	pt->offset = (size_t)off;
	return 0;
}

static int read_cell(reader *rd, json_t *v, void *elem)
{
	gw_report_cell *c = elem;
	return expect_object(rd, v, cell_keys) || get_string(rd, v, "text", false, true, &c->text) ||
			       get_size(rd, v, "row", 0, GW_TABLE_MAX_SLOTS, &c->row) ||
			       get_size(rd, v, "col", 0, TABLE_MAX_COLS, &c->col) ||
			       get_size(rd, v, "row_span", 1, GW_TABLE_MAX_SLOTS, &c->row_span) ||
			       get_size(rd, v, "col_span", 1, TABLE_MAX_COLS, &c->col_span)
		       ? -1
		       : 0;
}

static int read_table(reader *rd, json_t *v, gw_report_table **out)
{
	gw_report_table *t = gw_arena_alloc(rd->r->arena, sizeof *t);
	if (!t)
		return nomem(rd);
	if (expect_object(rd, v, table_keys) || get_size(rd, v, "rows", 1, GW_TABLE_MAX_SLOTS, &t->rows) ||
	    get_size(rd, v, "cols", 1, TABLE_MAX_COLS, &t->cols))
		return -1;
	if (t->rows * t->cols > GW_TABLE_MAX_SLOTS) {
		char max[32];
		snprintf(max, sizeof max, "%zu", (size_t)GW_TABLE_MAX_SLOTS);
		size_t old = gw_jpath_key(&rd->path, "rows");
		bad(rd, "table too large (rows × cols above %s cells)%s", max, "");
		gw_jpath_pop(&rd->path, old);
		return -1;
	}
	*out = t;
	return get_size(rd, v, "header_rows", 0, t->rows, &t->header_rows)
		       ? -1
		       : read_array(rd, v, "cells", true, sizeof *t->cells, (void **)&t->cells, &t->n_cells,
				    read_cell);
}

static int read_paragraph(reader *rd, json_t *v, void *elem)
{
	gw_paragraph *p = elem;
	int err;
	if (expect_object(rd, v, paragraph_keys) || get_string(rd, v, "text", false, true, &p->text))
		return -1;
	json_t *pts = get_array(rd, v, "points", false, true, &err);
	if (err)
		return -1;
	p->index = ++rd->paragraphs;
	p->n_points = json_array_size(pts);
	if (p->n_points && !(p->points = gw_arena_array(rd->r->arena, p->n_points, sizeof *p->points)))
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, "points");
	for (size_t i = 0; i < p->n_points; i++) {
		size_t o2 = gw_jpath_index(&rd->path, i);
		if (read_point(rd, json_array_get(pts, i), p->text, &p->points[i]))
			return -1;
		gw_jpath_pop(&rd->path, o2);
	}
	gw_jpath_pop(&rd->path, old);
	json_t *table = json_object_get(v, "table");
	if (!table || json_is_null(table))
		return 0;
	old = gw_jpath_key(&rd->path, "table");
	if (read_table(rd, table, &p->table))
		return -1;
	gw_jpath_pop(&rd->path, old);
	return 0;
}

static int read_paragraphs(reader *rd, json_t *obj, const char *key, gw_paragraph **out, size_t *n)
{
	return read_array(rd, obj, key, true, sizeof **out, (void **)out, n, read_paragraph);
}

static int read_sections(reader *rd, json_t *obj, int parent_level, gw_section **out, size_t *n);

static int read_section(reader *rd, json_t *v, int parent_level, gw_section *s)
{
	long long level = 0, number = 0;
	bool inl = false;
	if (expect_object(rd, v, section_keys) ||
	    get_integer(rd, v, "level", parent_level + 1, GW_LEVEL_MAX, &level) ||
	    get_string(rd, v, "marker", false, true, &s->marker) ||
	    get_integer(rd, v, "number", 0, 1000000, &number) ||
	    get_string(rd, v, "heading", false, true, &s->heading) || get_bool(rd, v, "inline", &inl) ||
	    get_string(rd, v, "heading_end", true, false, &s->heading_end))
		return -1;
	s->level = (int)level;
	s->number = (long)number;
	s->inline_heading = inl;
	if (read_paragraphs(rd, v, "body", &s->body, &s->n_body))
		return -1;
	return read_sections(rd, v, s->level, &s->sections, &s->n_sections);
}

static int read_sections(reader *rd, json_t *obj, int parent_level, gw_section **out, size_t *n)
{
	int err;
	json_t *arr = get_array(rd, obj, "sections", false, true, &err);
	if (err)
		return -1;
	*n = json_array_size(arr);
	if (*n && !(*out = gw_arena_array(rd->r->arena, *n, sizeof **out)))
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, "sections");
	for (size_t i = 0; i < *n; i++) {
		size_t o2 = gw_jpath_index(&rd->path, i);
		if (read_section(rd, json_array_get(arr, i), parent_level, &(*out)[i]))
			return -1;
		gw_jpath_pop(&rd->path, o2);
	}
	gw_jpath_pop(&rd->path, old);
	return 0;
}

static int read_strlist(reader *rd, json_t *obj, const char *key, bool required, gw_strlist *l)
{
	int err;
	json_t *arr = get_array(rd, obj, key, true, required, &err);
	if (err || !arr)
		return err;
	l->present = true;
	l->n = json_array_size(arr);
	if (l->n && !(l->items = gw_arena_array(rd->r->arena, l->n, sizeof *l->items)))
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, key);
	for (size_t i = 0; i < l->n; i++) {
		json_t *v = json_array_get(arr, i);
		size_t o2 = gw_jpath_index(&rd->path, i);
		if (!json_is_string(v))
			return bad(rd, "expected a string, found %s%s", type_name(v), "");
		if (!(l->items[i] =
			      gw_arena_strndup(rd->r->arena, json_string_value(v), json_string_length(v))))
			return nomem(rd);
		gw_jpath_pop(&rd->path, o2);
	}
	gw_jpath_pop(&rd->path, old);
	return 0;
}

/* An optional object member (report-2 additions): *present false when
 * missing or null. */
static json_t *optional_object(reader *rd, json_t *obj, const char *key, const char *const *keys, int *err)
{
	json_t *v = json_object_get(obj, key);
	*err = 0;
	if (!v || json_is_null(v))
		return NULL;
	size_t old = gw_jpath_key(&rd->path, key);
	*err = expect_object(rd, v, keys);
	gw_jpath_pop(&rd->path, old);
	return *err ? NULL : v;
}

static int read_head(reader *rd, json_t *doc, gw_head **out)
{
	int err;
	json_t *v = optional_object(rd, doc, "head", head_keys, &err);
	if (err || !v)
		return err;
	gw_head *h = gw_arena_alloc(rd->r->arena, sizeof *h);
	if (!h)
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, "head");
	int rc = get_string(rd, v, "text", false, true, &h->text) ||
				 get_string(rd, v, "copy_number", true, false, &h->copy_number) ||
				 get_string(rd, v, "secrecy", true, false, &h->secrecy) ||
				 get_string(rd, v, "urgency", true, false, &h->urgency) ||
				 read_strlist(rd, v, "issuers", false, &h->issuers) ||
				 get_string(rd, v, "doc_number", true, false, &h->doc_number) ||
				 read_strlist(rd, v, "signers", false, &h->signers)
			 ? -1
			 : 0;
	gw_jpath_pop(&rd->path, old);
	*out = h;
	return rc;
}

static int read_imprint(reader *rd, json_t *doc, gw_imprint **out)
{
	int err;
	json_t *v = optional_object(rd, doc, "imprint", imprint_keys, &err);
	if (err || !v)
		return err;
	gw_imprint *m = gw_arena_alloc(rd->r->arena, sizeof *m);
	if (!m)
		return nomem(rd);
	size_t old = gw_jpath_key(&rd->path, "imprint");
	int rc = get_string(rd, v, "text", false, true, &m->text) ||
				 read_strlist(rd, v, "cc", false, &m->cc) ||
				 get_string(rd, v, "printed_by", true, false, &m->printed_by) ||
				 get_string(rd, v, "printed_on", true, false, &m->printed_on)
			 ? -1
			 : 0;
	gw_jpath_pop(&rd->path, old);
	*out = m;
	return rc;
}

static int read_appendix(reader *rd, json_t *v, void *elem)
{
	gw_appendix *a = elem;
	return expect_object(rd, v, appendix_keys) || get_string(rd, v, "marker", false, true, &a->marker) ||
			       get_string(rd, v, "title", true, false, &a->title) ||
			       read_paragraphs(rd, v, "body", &a->body, &a->n_body)
		       ? -1
		       : 0;
}

static int read_attendance(reader *rd, json_t *v, void *elem)
{
	gw_attendance *a = elem;
	return expect_object(rd, v, attendance_keys) || get_string(rd, v, "text", false, true, &a->text) ||
			       get_string(rd, v, "role", false, true, &a->role) ||
			       read_strlist(rd, v, "names", false, &a->names)
		       ? -1
		       : 0;
}

static int is_hex64(const char *s)
{
	if (strlen(s) != 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return 0;
	return 1;
}

static int read_source(reader *rd, json_t *doc, gw_source *s)
{
	json_t *v = member(rd, doc, "source", true);
	if (!v)
		return -1;
	size_t old = gw_jpath_key(&rd->path, "source");
	long long bytes = 0;
	const char *sha = NULL;
	int rc = expect_object(rd, v, source_keys) || get_string(rd, v, "name", false, true, &s->name) ||
				 get_string(rd, v, "encoding", false, true, &s->encoding) ||
				 get_integer(rd, v, "bytes", 0, (long long)1 << 50, &bytes) ||
				 get_string(rd, v, "sha256", false, true, &sha)
			 ? -1
			 : 0;
	if (!rc && !is_hex64(sha)) {
		gw_jpath_key(&rd->path, "sha256");
		rc = bad(rd, "expected 64 lower-case hex digits%s%s", "", "");
	}
	if (!rc) {
		s->bytes = (uint64_t)bytes;
		memcpy(s->sha256, sha, 65);
	}
	gw_jpath_pop(&rd->path, old);
	return rc;
}

/* A JSON number, or null exactly when the indicator is masked (a masked
 * quantity has no value: MODEL.md). */
static int get_value(reader *rd, json_t *obj, const char *key, bool masked, double *out)
{
	json_t *v = member(rd, obj, key, true);
	if (!v)
		return -1;
	*out = 0;
	if (masked && json_is_null(v))
		return 0;
	if (masked || !json_is_number(v)) {
		size_t old = gw_jpath_key(&rd->path, key);
		if (masked)
			bad_hint(rd, "write null here, or set \"masked\" to false when the text is a number",
				 "a masked indicator has no value: expected null, found %s%s", type_name(v),
				 "");
		else
			bad(rd, "expected a number, found %s%s", type_name(v), "");
		gw_jpath_pop(&rd->path, old);
		return -1;
	}
	*out = json_number_value(v);
	return 0;
}

/* report-2 "status", "period", "page": optional, null when unknown. */
static int read_indicator_extras(reader *rd, json_t *v, gw_indicator *x)
{
	const char *status = NULL;
	if (get_string(rd, v, "status", true, false, &status) ||
	    get_string(rd, v, "period", true, false, &x->period))
		return -1;
	if (status && !gw_ind_status_parse(status, &x->status)) {
		size_t old = gw_jpath_key(&rd->path, "status");
		bad(rd, "unknown status '%s' (expected 实绩, 目标, 基期, 累计 or null)%s", status, "");
		gw_jpath_pop(&rd->path, old);
		return -1;
	}
	json_t *page = json_object_get(v, "page");
	if (page && !json_is_null(page))
		return get_size(rd, v, "page", 1, (size_t)1 << 31, &x->page);
	return 0;
}

static int read_indicator(reader *rd, json_t *v, void *elem)
{
	gw_indicator *x = elem;
	long long id = 0, para = 0;
	const char *kind = NULL, *change = NULL;
	bool masked = false;
	if (expect_object(rd, v, indicator_keys) || get_integer(rd, v, "id", 1, (long long)1 << 40, &id) ||
	    get_string(rd, v, "section", true, true, &x->section) ||
	    get_string(rd, v, "item", true, true, &x->item) ||
	    get_string(rd, v, "label", true, true, &x->label) ||
	    get_string(rd, v, "text", false, true, &x->text) || get_bool(rd, v, "masked", &masked) ||
	    get_value(rd, v, "value", masked, &x->value) || get_string(rd, v, "unit", true, true, &x->unit) ||
	    get_string(rd, v, "kind", false, true, &kind) ||
	    get_string(rd, v, "change", true, true, &change) ||
	    get_string(rd, v, "qualifier", true, true, &x->qualifier) ||
	    get_value(rd, v, "base_value", masked, &x->base_value) ||
	    get_string(rd, v, "base_unit", true, true, &x->base_unit) ||
	    get_string(rd, v, "clause", true, true, &x->clause) ||
	    get_integer(rd, v, "paragraph", 1, (long long)rd->paragraphs, &para) ||
	    read_indicator_extras(rd, v, x))
		return -1;
	if (!gw_kind_parse(kind, &x->kind)) {
		gw_jpath_key(&rd->path, "kind");
		return bad(rd, "unknown kind '%s' (expected 金额, 比率, 计量 or 数量)%s", kind, "");
	}
	if (change && strcmp(change, "+") != 0 && strcmp(change, "-") != 0) {
		gw_jpath_key(&rd->path, "change");
		return bad(rd, "expected \"+\", \"-\" or null, found '%s'%s", change, "");
	}
	x->id = (size_t)id;
	x->paragraph = (size_t)para;
	x->masked = masked;
	x->change = change ? change[0] : 0;
	return 0;
}

static int read_schema(reader *rd, json_t *doc)
{
	json_t *v = json_object_get(doc, "schema");
	const char *hint = N_("this gwexport reads " GW_SCHEMA_1 " and " GW_SCHEMA
			      "; convert the text again with this version");
	if (!v) {
		rd->st = gw_fail(
			rd->d, GW_E_JSON, 0, GW_NO_BYTE, hint,
			"no \"schema\" key: this is not a gwexport model (this gwexport reads %s and %s)",
			GW_SCHEMA_1, GW_SCHEMA);
		return -1;
	}
	const char *name = json_is_string(v) ? json_string_value(v) : NULL;
	rd->version = !name ? 0 : !strcmp(name, GW_SCHEMA) ? 2 : !strcmp(name, GW_SCHEMA_1) ? 1 : 0;
	if (!rd->version) {
		rd->st = gw_fail(rd->d, GW_E_JSON, 0, GW_NO_BYTE, hint,
				 "unsupported schema %s%s%s: this gwexport reads %s and %s", name ? "'" : "",
				 name ? name : type_name(v), name ? "'" : "", GW_SCHEMA_1, GW_SCHEMA);
		return -1;
	}
	return 0;
}

/* Keys in document order; the new report-2 keys are optional (MODEL.md). */
static int read_document(reader *rd, json_t *doc)
{
	gw_report *r = rd->r;
	if (!json_is_object(doc))
		return bad(rd, "expected an object, found %s%s", type_name(doc), "");
	return read_schema(rd, doc) || expect_object(rd, doc, doc_keys) || read_source(rd, doc, &r->source) ||
			       read_head(rd, doc, &r->head) ||
			       get_string(rd, doc, "title", true, true, &r->title) ||
			       get_string(rd, doc, "subtitle", true, true, &r->subtitle) ||
			       read_strlist(rd, doc, "bylines", false, &r->bylines) ||
			       get_string(rd, doc, "salutation", true, true, &r->salutation) ||
			       read_paragraphs(rd, doc, "preamble", &r->preamble, &r->n_preamble) ||
			       read_sections(rd, doc, GW_LEVEL_PART - 1, &r->sections, &r->n_sections) ||
			       get_string(rd, doc, "closing", true, true, &r->closing) ||
			       read_strlist(rd, doc, "attachments", true, &r->attachments) ||
			       get_string(rd, doc, "attachments_text", true, false, &r->attachments_raw) ||
			       read_array(rd, doc, "attendance", false, sizeof *r->attendance,
					  (void **)&r->attendance, &r->n_attendance, read_attendance) ||
			       read_strlist(rd, doc, "signature", true, &r->signature) ||
			       get_string(rd, doc, "note", true, false, &r->note) ||
			       read_array(rd, doc, "appendices", false, sizeof *r->appendices,
					  (void **)&r->appendices, &r->n_appendices, read_appendix) ||
			       read_imprint(rd, doc, &r->imprint) ||
			       read_array(rd, doc, "indicators", true, sizeof *r->indicators,
					  (void **)&r->indicators, &r->n_indicators, read_indicator)
		       ? -1
		       : 0;
}

gw_status gw_report_from_json(const char *bytes, size_t len, const char *name, gw_report **out, gw_diag *d)
{
	(void)name;
	*out = NULL;
	/* Notepad saves "UTF-8" with a byte-order mark; jansson refuses it. */
	size_t bom = len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	json_error_t err;
	json_t *doc = json_loadb(bytes + bom, len - bom, JSON_REJECT_DUPLICATES, &err);
	if (!doc)
		return gw_fail(d, GW_E_JSON, (size_t)(err.line > 0 ? err.line : 0),
			       (size_t)(err.position >= 0 ? err.position : 0) + bom,
			       "repair the file, or convert the original text again",
			       "not valid JSON (column %d): %s", err.column, err.text);
	reader rd = {.d = d};
	rd.r = gw_report_new();
	if (!rd.r) {
		json_decref(doc);
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading JSON");
	}
	read_document(&rd, doc);
	json_decref(doc);
	if (!rd.st && (rd.st = gw_report_check(rd.r, d)) == GW_E_STRUCTURE) {
		/* Well-typed but inconsistent: the message names the JSON path. */
		rd.st = d->status = GW_E_JSON;
	}
	if (rd.st) {
		gw_report_free(rd.r);
		return rd.st;
	}
	*out = rd.r;
	return GW_OK;
}

int gw_looks_like_json(const unsigned char *bytes, size_t len)
{
	size_t i = 0;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		i = 3;
	while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
		i++;
	return i < len && bytes[i] == '{';
}
