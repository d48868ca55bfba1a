/*
 * report_json.c — the model's JSON form "gwexport/report-1", both ways.
 *
 * Writing is canonical so that text → json → model → json gives the same
 * bytes: keys in the order of model.md (plus heading_end after "inline" and
 * attachments_text after "attachments"), 2-space indent, UTF-8 unescaped,
 * a final newline.  Numbers: an integral value below 2^53 is written as a
 * JSON integer (497000000); any other value with the fewest significant
 * digits that read back to the same double (4.97, not 4.9699999999999998),
 * so a reread double prints the same again.  jansson has one precision per
 * dump, so such a value is dumped as a placeholder integer (below any
 * integer of the model) and its text is put in after the dump.
 *
 * Reading validates as it builds: every error names the JSON path
 * ("sections[2].body[0].text: expected a string, found a number"); jansson
 * gives line and column for syntax errors.  Unknown keys are ignored (the
 * schema allows additions); keys missing from report-1 are errors, except
 * the two extras, which default to null.
 */
#include "report_json.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define SAFE_INT 9007199254740992.0   /* 2^53: integers exact in a double */
#define HINT_MODEL "the file must be a model written by `gwexport -f json` (schema " GW_SCHEMA ")"

/* ---- writing ---------------------------------------------------------------- */

typedef struct writer {
	int failed;
	double *reals;         /* non-integral values, in dump order */
	size_t n_reals, cap_reals;
} writer;

/* Placeholder integers for reals: far below every integer of the model
 * (counts and offsets are >= 0, integral values are > -2^53). */
#define REAL_BASE (-4000000000000000000LL)
#define MAX_REALS 100000000

static void set(writer *w, json_t *obj, const char *key, json_t *value)
{
	if (!value || json_object_set_new(obj, key, value) != 0)
		w->failed = 1;
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static void append(writer *w, json_t *arr, json_t *value)
{
	if (!value || json_array_append_new(arr, value) != 0)
		w->failed = 1;
}

static bool integral(double v)
{
	return isfinite(v) && v == floor(v) && fabs(v) < SAFE_INT;
}

/* v with the fewest %.Ng digits that read back to exactly v. */
static void shortest(double v, char *buf, size_t size)
{
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, size, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			return;
	}
}

static json_t *number(writer *w, double v)
{
	if (!isfinite(v))
		return json_null();
	if (integral(v))
		return json_integer((json_int_t)v);
	if (w->n_reals == w->cap_reals) {
		size_t cap = w->cap_reals ? w->cap_reals * 2 : 64;
		double *p = cap <= MAX_REALS ? realloc(w->reals, cap * sizeof *p) : NULL;
		if (!p)
			return NULL;
		w->reals = p;
		w->cap_reals = cap;
	}
	w->reals[w->n_reals] = v;
	return json_integer(REAL_BASE + (json_int_t)w->n_reals++);
}

/* Copies the dump to a malloc'd string with a final newline, writing each
 * placeholder as its real.  Placeholders are values of the keys "value" and
 * "base_value": the text `value": -` cannot occur inside a JSON string,
 * where the quote would be escaped (`value\": -`). */
static char *put_reals(const writer *w, const char *text, size_t *len)
{
	size_t n = strlen(text);
	char *out = malloc(n + w->n_reals * 32 + 2), *o = out;
	if (!out)
		return NULL;
	const char *p = text;
	static const char key_end[] = "value\": ";
	const size_t skip = sizeof key_end - 1;
	for (const char *hit; (hit = strstr(p, "value\": -")) != NULL;) {
		char *end;
		long long v = strtoll(hit + skip, &end, 10);
		size_t keep = (size_t)(hit + skip - p);
		memcpy(o, p, keep);
		o += keep;
		if (v >= REAL_BASE && v < REAL_BASE + (long long)w->n_reals) {
			shortest(w->reals[v - REAL_BASE], o, 32);
			o += strlen(o);
			p = end;
		} else {
			p = hit + skip;
		}
	}
	size_t rest = strlen(p);
	memcpy(o, p, rest);
	o += rest;
	*o++ = '\n';
	*o = '\0';
	*len = (size_t)(o - out);
	return out;
}

static json_t *strlist(writer *w, const gw_strlist *l)
{
	if (!l->present)
		return json_null();
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < l->n; i++)
		append(w, arr, json_string(l->items[i]));
	return arr;
}

static json_t *paragraph(writer *w, const gw_paragraph *p)
{
	json_t *o = json_object(), *pts = json_array();
	if (!o || !pts) {
		json_decref(o);
		json_decref(pts);
		return NULL;
	}
	set(w, o, "text", json_string(p->text ? p->text : ""));
	for (size_t i = 0; i < p->n_points; i++) {
		json_t *pt = json_object();
		if (pt) {
			set(w, pt, "marker", json_string(p->points[i].marker));
			set(w, pt, "lead", json_string(p->points[i].lead));
			set(w, pt, "offset", json_integer((json_int_t)p->points[i].offset));
		}
		append(w, pts, pt);
	}
	set(w, o, "points", pts);
	return o;
}

static json_t *paragraphs(writer *w, const gw_paragraph *p, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++)
		append(w, arr, paragraph(w, &p[i]));
	return arr;
}

static json_t *sections(writer *w, const gw_section *s, size_t n);

static json_t *section(writer *w, const gw_section *s)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	set(w, o, "level", json_integer(s->level));
	set(w, o, "marker", json_string(s->marker ? s->marker : ""));
	set(w, o, "number", json_integer(s->number));
	set(w, o, "heading", json_string(s->heading ? s->heading : ""));
	set(w, o, "inline", json_boolean(s->inline_heading));
	set(w, o, "heading_end", str_or_null(s->heading_end));
	set(w, o, "body", paragraphs(w, s->body, s->n_body));
	set(w, o, "sections", sections(w, s->sections, s->n_sections));
	return o;
}

static json_t *sections(writer *w, const gw_section *s, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++)
		append(w, arr, section(w, &s[i]));
	return arr;
}

static json_t *indicator(writer *w, const gw_indicator *x)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	char change[2] = {x->change, '\0'};
	set(w, o, "id", json_integer((json_int_t)x->id));
	set(w, o, "section", str_or_null(x->section));
	set(w, o, "item", str_or_null(x->item));
	set(w, o, "label", str_or_null(x->label));
	set(w, o, "text", json_string(x->text ? x->text : ""));
	set(w, o, "value", x->masked ? json_null() : number(w, x->value));
	set(w, o, "unit", str_or_null(x->unit));
	set(w, o, "kind", json_string(gw_kind_name(x->kind)));
	set(w, o, "change", x->change == '+' || x->change == '-' ? json_string(change) : json_null());
	set(w, o, "qualifier", str_or_null(x->qualifier));
	set(w, o, "masked", json_boolean(x->masked));
	set(w, o, "base_value", x->masked ? json_null() : number(w, x->base_value));
	set(w, o, "base_unit", str_or_null(x->base_unit));
	set(w, o, "clause", str_or_null(x->clause));
	set(w, o, "paragraph", json_integer((json_int_t)x->paragraph));
	return o;
}

static json_t *source(writer *w, const gw_source *s)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	set(w, o, "name", json_string(s->name ? s->name : ""));
	set(w, o, "encoding", json_string(s->encoding ? s->encoding : ""));
	set(w, o, "bytes", json_integer((json_int_t)s->bytes));
	set(w, o, "sha256", json_string(s->sha256));
	return o;
}

static json_t *document(writer *w, const gw_report *r)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	set(w, o, "schema", json_string(GW_SCHEMA));
	set(w, o, "source", source(w, &r->source));
	set(w, o, "title", str_or_null(r->title));
	set(w, o, "subtitle", str_or_null(r->subtitle));
	set(w, o, "salutation", str_or_null(r->salutation));
	set(w, o, "preamble", paragraphs(w, r->preamble, r->n_preamble));
	set(w, o, "sections", sections(w, r->sections, r->n_sections));
	set(w, o, "closing", str_or_null(r->closing));
	set(w, o, "attachments", strlist(w, &r->attachments));
	set(w, o, "attachments_text", str_or_null(r->attachments_raw));
	set(w, o, "signature", strlist(w, &r->signature));
	json_t *ind = json_array();
	for (size_t i = 0; ind && i < r->n_indicators; i++)
		append(w, ind, indicator(w, &r->indicators[i]));
	set(w, o, "indicators", ind);
	return o;
}

char *gw_report_to_json(const gw_report *r, size_t *len)
{
	writer w = {0};
	*len = 0;
	json_t *doc = document(&w, r);
	char *text = NULL, *out = NULL;
	if (doc && !w.failed)
		text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(doc);
	if (text)
		out = put_reals(&w, text, len);
	free(text);
	free(w.reals);
	return out;
}

/* ---- reading ---------------------------------------------------------------- */

typedef struct reader {
	gw_report *r;
	gw_diag *d;
	gw_status st;
	char path[256];
	size_t paragraphs;     /* paragraphs read so far: the next one's index - 1 */
} reader;

static const char *type_name(const json_t *v)
{
	if (!v)
		return "nothing";
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "an integer";
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "true/false";
	case JSON_NULL: return "null";
	}
	return "something else";
}

static int bad(reader *rd, const char *fmt, const char *a, const char *b)
{
	if (!rd->st) {
		char what[512];
		snprintf(what, sizeof what, fmt, a, b);
		rd->st = gw_fail(rd->d, GW_E_JSON, 0, GW_NO_BYTE, HINT_MODEL, "%s: %s",
				 rd->path[0] ? rd->path : "(top)", what);
	}
	return -1;
}

static int nomem(reader *rd)
{
	if (!rd->st)
		rd->st = gw_fail(rd->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading JSON");
	return -1;
}

/* Path bookkeeping: push returns the old length for pop. */
static size_t push_key(reader *rd, const char *key)
{
	size_t old = strlen(rd->path);
	snprintf(rd->path + old, sizeof rd->path - old, "%s%s", old ? "." : "", key);
	return old;
}

static size_t push_index(reader *rd, size_t i)
{
	size_t old = strlen(rd->path);
	snprintf(rd->path + old, sizeof rd->path - old, "[%zu]", i);
	return old;
}

static void pop(reader *rd, size_t old)
{
	rd->path[old] = '\0';
}

/* The member, or NULL with an error when it is missing and required. */
static json_t *member(reader *rd, json_t *obj, const char *key, bool required)
{
	json_t *v = json_object_get(obj, key);
	if (!v && required) {
		size_t old = push_key(rd, key);
		bad(rd, "missing (required by %s%s)", GW_SCHEMA, "");
		pop(rd, old);
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
	size_t old = push_key(rd, key);
	int rc = 0;
	if (!json_is_string(v))
		rc = bad(rd, "expected a string%s, found %s", nullable ? " or null" : "", type_name(v));
	else if (!(*out = gw_arena_strndup(rd->r->arena, json_string_value(v), json_string_length(v))))
		rc = nomem(rd);
	pop(rd, old);
	return rc;
}

static int get_integer(reader *rd, json_t *obj, const char *key, long long min, long long max,
		       long long *out)
{
	json_t *v = member(rd, obj, key, true);
	if (!v)
		return -1;
	size_t old = push_key(rd, key);
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
	pop(rd, old);
	return rc;
}

static int get_bool(reader *rd, json_t *obj, const char *key, bool *out)
{
	json_t *v = member(rd, obj, key, true);
	if (!v)
		return -1;
	if (!json_is_boolean(v)) {
		size_t old = push_key(rd, key);
		bad(rd, "expected true or false, found %s%s", type_name(v), "");
		pop(rd, old);
		return -1;
	}
	*out = json_is_true(v);
	return 0;
}

/* An array member; *n is its size.  NULL for JSON null when nullable. */
static json_t *get_array(reader *rd, json_t *obj, const char *key, bool nullable, int *err)
{
	json_t *v = member(rd, obj, key, true);
	*err = 0;
	if (!v) {
		*err = -1;
		return NULL;
	}
	if (nullable && json_is_null(v))
		return NULL;
	if (!json_is_array(v)) {
		size_t old = push_key(rd, key);
		*err = bad(rd, "expected an array%s, found %s", nullable ? " or null" : "", type_name(v));
		pop(rd, old);
		return NULL;
	}
	return v;
}

static int expect_object(reader *rd, json_t *v)
{
	return json_is_object(v) ? 0 : bad(rd, "expected an object, found %s%s", type_name(v), "");
}

static int read_point(reader *rd, json_t *v, const char *text, gw_point *pt)
{
	long long off = 0;
	if (expect_object(rd, v) || get_string(rd, v, "marker", false, true, &pt->marker) ||
	    get_string(rd, v, "lead", false, true, &pt->lead) ||
	    get_integer(rd, v, "offset", 0, (long long)gw_utf8_count(text, strlen(text)), &off))
		return -1;
	pt->offset = (size_t)off;
	return 0;
}

static int read_paragraph(reader *rd, json_t *v, gw_paragraph *p)
{
	int err;
	if (expect_object(rd, v) || get_string(rd, v, "text", false, true, &p->text))
		return -1;
	json_t *pts = get_array(rd, v, "points", false, &err);
	if (err)
		return -1;
	p->index = ++rd->paragraphs;
	p->n_points = json_array_size(pts);
	if (p->n_points && !(p->points = gw_arena_array(rd->r->arena, p->n_points, sizeof *p->points)))
		return nomem(rd);
	size_t old = push_key(rd, "points");
	for (size_t i = 0; i < p->n_points; i++) {
		size_t o2 = push_index(rd, i);
		if (read_point(rd, json_array_get(pts, i), p->text, &p->points[i]))
			return -1;
		pop(rd, o2);
	}
	pop(rd, old);
	return 0;
}

static int read_paragraphs(reader *rd, json_t *obj, const char *key, gw_paragraph **out, size_t *n)
{
	int err;
	json_t *arr = get_array(rd, obj, key, false, &err);
	if (err)
		return -1;
	*n = json_array_size(arr);
	if (*n && !(*out = gw_arena_array(rd->r->arena, *n, sizeof **out)))
		return nomem(rd);
	size_t old = push_key(rd, key);
	for (size_t i = 0; i < *n; i++) {
		size_t o2 = push_index(rd, i);
		if (read_paragraph(rd, json_array_get(arr, i), &(*out)[i]))
			return -1;
		pop(rd, o2);
	}
	pop(rd, old);
	return 0;
}

static int read_sections(reader *rd, json_t *obj, int parent_level, gw_section **out, size_t *n);

static int read_section(reader *rd, json_t *v, int parent_level, gw_section *s)
{
	long long level = 0, number = 0;
	bool inl = false;
	if (expect_object(rd, v) || get_integer(rd, v, "level", parent_level + 1, 4, &level) ||
	    get_string(rd, v, "marker", false, true, &s->marker) ||
	    get_integer(rd, v, "number", 0, 1000000, &number) ||
	    get_string(rd, v, "heading", false, true, &s->heading) ||
	    get_bool(rd, v, "inline", &inl) ||
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
	json_t *arr = get_array(rd, obj, "sections", false, &err);
	if (err)
		return -1;
	*n = json_array_size(arr);
	if (*n && !(*out = gw_arena_array(rd->r->arena, *n, sizeof **out)))
		return nomem(rd);
	size_t old = push_key(rd, "sections");
	for (size_t i = 0; i < *n; i++) {
		size_t o2 = push_index(rd, i);
		if (read_section(rd, json_array_get(arr, i), parent_level, &(*out)[i]))
			return -1;
		pop(rd, o2);
	}
	pop(rd, old);
	return 0;
}

static int read_strlist(reader *rd, json_t *obj, const char *key, gw_strlist *l)
{
	int err;
	json_t *arr = get_array(rd, obj, key, true, &err);
	if (err || !arr)
		return err;
	l->present = true;
	l->n = json_array_size(arr);
	if (l->n && !(l->items = gw_arena_array(rd->r->arena, l->n, sizeof *l->items)))
		return nomem(rd);
	size_t old = push_key(rd, key);
	for (size_t i = 0; i < l->n; i++) {
		json_t *v = json_array_get(arr, i);
		size_t o2 = push_index(rd, i);
		if (!json_is_string(v))
			return bad(rd, "expected a string, found %s%s", type_name(v), "");
		if (!(l->items[i] = gw_arena_strndup(rd->r->arena, json_string_value(v), json_string_length(v))))
			return nomem(rd);
		pop(rd, o2);
	}
	pop(rd, old);
	return 0;
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
	size_t old = push_key(rd, "source");
	long long bytes = 0;
	const char *sha = NULL;
	int rc = expect_object(rd, v) || get_string(rd, v, "name", false, true, &s->name) ||
		 get_string(rd, v, "encoding", false, true, &s->encoding) ||
		 get_integer(rd, v, "bytes", 0, (long long)1 << 50, &bytes) ||
		 get_string(rd, v, "sha256", false, true, &sha) ? -1 : 0;
	if (!rc && !is_hex64(sha)) {
		push_key(rd, "sha256");
		rc = bad(rd, "expected 64 lower-case hex digits%s%s", "", "");
	}
	if (!rc) {
		s->bytes = (uint64_t)bytes;
		memcpy(s->sha256, sha, 65);
	}
	pop(rd, old);
	return rc;
}

/* A JSON number or null (only when allowed); *is_null says which. */
static int get_number(reader *rd, json_t *obj, const char *key, bool nullable, double *out, bool *is_null)
{
	json_t *v = member(rd, obj, key, true);
	*is_null = false;
	if (!v)
		return -1;
	if (json_is_null(v) && nullable) {
		*is_null = true;
		return 0;
	}
	if (!json_is_number(v)) {
		size_t old = push_key(rd, key);
		bad(rd, "expected a number%s, found %s", nullable ? " or null" : "", type_name(v));
		pop(rd, old);
		return -1;
	}
	*out = json_number_value(v);
	return 0;
}

static int read_indicator(reader *rd, json_t *v, gw_indicator *x)
{
	long long id = 0, para = 0;
	const char *kind = NULL, *change = NULL;
	bool masked = false, vnull, bnull;
	if (expect_object(rd, v) || get_integer(rd, v, "id", 1, (long long)1 << 40, &id) ||
	    get_string(rd, v, "section", true, true, &x->section) ||
	    get_string(rd, v, "item", true, true, &x->item) ||
	    get_string(rd, v, "label", true, true, &x->label) ||
	    get_string(rd, v, "text", false, true, &x->text) ||
	    get_bool(rd, v, "masked", &masked) ||
	    get_number(rd, v, "value", masked, &x->value, &vnull) ||
	    get_string(rd, v, "unit", true, true, &x->unit) ||
	    get_string(rd, v, "kind", false, true, &kind) ||
	    get_string(rd, v, "change", true, true, &change) ||
	    get_string(rd, v, "qualifier", true, true, &x->qualifier) ||
	    get_number(rd, v, "base_value", masked, &x->base_value, &bnull) ||
	    get_string(rd, v, "base_unit", true, true, &x->base_unit) ||
	    get_string(rd, v, "clause", true, true, &x->clause) ||
	    get_integer(rd, v, "paragraph", 1, (long long)rd->paragraphs, &para))
		return -1;
	if (!gw_kind_parse(kind, &x->kind)) {
		push_key(rd, "kind");
		return bad(rd, "unknown kind '%s' (expected 金额, 比率, 计量 or 数量)%s", kind, "");
	}
	if (change && strcmp(change, "+") != 0 && strcmp(change, "-") != 0) {
		push_key(rd, "change");
		return bad(rd, "expected \"+\", \"-\" or null, found '%s'%s", change, "");
	}
	x->id = (size_t)id;
	x->paragraph = (size_t)para;
	x->masked = masked;
	x->change = change ? change[0] : 0;
	if (masked)
		x->value = x->base_value = 0;
	return 0;
}

static int read_indicators(reader *rd, json_t *doc, gw_report *r)
{
	int err;
	json_t *arr = get_array(rd, doc, "indicators", false, &err);
	if (err)
		return -1;
	r->n_indicators = json_array_size(arr);
	if (r->n_indicators &&
	    !(r->indicators = gw_arena_array(r->arena, r->n_indicators, sizeof *r->indicators)))
		return nomem(rd);
	size_t old = push_key(rd, "indicators");
	for (size_t i = 0; i < r->n_indicators; i++) {
		size_t o2 = push_index(rd, i);
		if (read_indicator(rd, json_array_get(arr, i), &r->indicators[i]))
			return -1;
		pop(rd, o2);
	}
	pop(rd, old);
	return 0;
}

static int read_schema(reader *rd, json_t *doc)
{
	json_t *v = json_object_get(doc, "schema");
	const char *hint = "this gwexport reads " GW_SCHEMA "; convert the text again with this version";
	if (!v) {
		rd->st = gw_fail(rd->d, GW_E_JSON, 0, GW_NO_BYTE, hint,
				 "no \"schema\" key: this is not a gwexport model (this gwexport reads %s)",
				 GW_SCHEMA);
		return -1;
	}
	if (!json_is_string(v) || strcmp(json_string_value(v), GW_SCHEMA) != 0) {
		rd->st = gw_fail(rd->d, GW_E_JSON, 0, GW_NO_BYTE, hint,
				 "unsupported schema %s%s%s: this gwexport reads %s",
				 json_is_string(v) ? "'" : "", json_is_string(v) ? json_string_value(v) : type_name(v),
				 json_is_string(v) ? "'" : "", GW_SCHEMA);
		return -1;
	}
	return 0;
}

static int read_document(reader *rd, json_t *doc)
{
	gw_report *r = rd->r;
	if (!json_is_object(doc))
		return bad(rd, "expected an object, found %s%s", type_name(doc), "");
	return read_schema(rd, doc) || read_source(rd, doc, &r->source) ||
	       get_string(rd, doc, "title", true, true, &r->title) ||
	       get_string(rd, doc, "subtitle", true, true, &r->subtitle) ||
	       get_string(rd, doc, "salutation", true, true, &r->salutation) ||
	       read_paragraphs(rd, doc, "preamble", &r->preamble, &r->n_preamble) ||
	       read_sections(rd, doc, 0, &r->sections, &r->n_sections) ||
	       get_string(rd, doc, "closing", true, true, &r->closing) ||
	       read_strlist(rd, doc, "attachments", &r->attachments) ||
	       get_string(rd, doc, "attachments_text", true, false, &r->attachments_raw) ||
	       read_strlist(rd, doc, "signature", &r->signature) ||
	       read_indicators(rd, doc, r) ? -1 : 0;
}

gw_status gw_report_from_json(const char *bytes, size_t len, const char *name,
			      gw_report **out, gw_diag *d)
{
	(void)name;
	*out = NULL;
	json_error_t err;
	json_t *doc = json_loadb(bytes, len, JSON_REJECT_DUPLICATES, &err);
	if (!doc)
		return gw_fail(d, GW_E_JSON, (size_t)(err.line > 0 ? err.line : 0),
			       (size_t)(err.position >= 0 ? err.position : 0),
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
