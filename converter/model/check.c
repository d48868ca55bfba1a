/*
 * check.c — gw_report_check(): every invariant of the model (report.h,
 * MODEL.md "Invariants") verified on a finished gw_report.
 *
 * Who runs it: the JSON reader on every document it accepts (a model that
 * breaks an invariant is refused, the message naming the JSON path), the
 * fuzzers on every model, and the unit tests on the reader's output for
 * every sample.  A backend may then rely on the invariants instead of
 * guarding each access.
 *
 * One pass in document order; it stops at the first broken invariant and
 * reports it as "<JSON path>: <what>" with the input line when the model
 * knows it.  Linear in the size of the model, plus one bit per table cell
 * slot (at most GW_TABLE_MAX_SLOTS).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "jpath.h"
#include "report.h"
#include "utf8.h"


/* Base units of the 比率 kind, besides a rate per N ("/10万"); 金额 is a
 * base unit whose first part ends in 元.  The reader's unit table
 * (read/units.c) gives 比率 to each of these: a unit missing here made
 * the JSON reader refuse the model gwexport itself had written. */
static const char *const ratio_units[] = {"%", "‰", "个百分点", "百分点", "倍"};

#define HINT_REPAIR "correct the value, or convert the original text again (MODEL.md lists the invariants)"

typedef struct checker {
	const gw_report *r;
	gw_diag *d;
	gw_status st;
	gw_jpath path;
	size_t n_paragraphs;         /* gw_report_paragraph_count */
	size_t seen;                 /* paragraphs checked so far */
	const gw_paragraph **para;   /* [index] → paragraph, 1-based */
	const char **l1, **l2;       /* [index] → markers of the enclosing level-1/2 sections */
	const gw_section **run_in;   /* [index] → the section whose body[0] this paragraph
	                                 is (its heading's quantities count as this
	                                 paragraph's), or NULL */
	const char *cur_l1, *cur_l2; /* while walking the sections */
	const gw_section *cur_run_in;
} checker;

/* ---- reporting -------------------------------------------------------------- */

static int fail(checker *c, size_t line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(checker *c, size_t line, const char *fmt, ...)
{
	if (c->st)
		return -1;
	char what[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, _(fmt), ap);
	va_end(ap);
	c->st = gw_fail(c->d, GW_E_STRUCTURE, line, GW_NO_BYTE, HINT_REPAIR, "%s: %s",
			gw_jpath_text(&c->path), what);
	return -1;
}

static int nomem(checker *c)
{
	if (!c->st)
		c->st = gw_fail(c->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory checking the model");
	return -1;
}

/* ---- strings ---------------------------------------------------------------- */

/* A string member (key NULL: the current path is the string itself):
 * valid UTF-8, and present when required. */
static int str(checker *c, const char *key, const char *s, bool required, size_t line)
{
	if (!s && !required)
		return 0;
	size_t old = key ? gw_jpath_key(&c->path, key) : strlen(c->path.s);
	int rc = 0;
	if (!s) {
		rc = fail(c, line, "missing (must be a string)");
	} else {
		size_t n = strlen(s), ok = gw_utf8_valid_prefix((const unsigned char *)s, n);
		if (ok != n)
			rc = fail(c, line, "invalid UTF-8 at byte %zu", ok);
	}
	gw_jpath_pop(&c->path, old);
	return rc;
}

/* A string that must be part of `whole` (a field read out of text). */
static int part_of(checker *c, const char *key, const char *s, const char *whole)
{
	if (str(c, key, s, false, 0))
		return -1;
	if (!s || strstr(whole, s))
		return 0;
	size_t old = gw_jpath_key(&c->path, key);
	fail(c, 0, "'%s' is not in the text it was read from", s);
	gw_jpath_pop(&c->path, old);
	return -1;
}

/* present == false (JSON null) has no items; every item is a string. */
static int strlist(checker *c, const char *key, const gw_strlist *l, const char *whole)
{
	size_t old = gw_jpath_key(&c->path, key);
	int rc = 0;
	if (!l->present && l->n)
		rc = fail(c, 0, "%zu items but marked absent (present is false)", l->n);
	else if (l->n && !l->items)
		rc = fail(c, 0, "%zu items but no array", l->n);
	for (size_t i = 0; !rc && i < l->n; i++) {
		size_t o2 = gw_jpath_index(&c->path, i);
		rc = str(c, NULL, l->items[i], true, 0);
		if (!rc && whole && !strstr(whole, l->items[i]))
			rc = fail(c, 0, "'%s' is not in the text it was read from", l->items[i]);
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	return rc;
}

static int array(checker *c, const char *key, const void *items, size_t n)
{
	if (!n || items)
		return 0;
	size_t old = gw_jpath_key(&c->path, key);
	fail(c, 0, "%zu items but no array", n);
	gw_jpath_pop(&c->path, old);
	return -1;
}

/* ---- paragraphs and tables -------------------------------------------------- */

static int table(checker *c, const gw_report_table *t, size_t line)
{
	if (t->rows < 1 || t->cols < 1 || t->rows > GW_TABLE_MAX_SLOTS / t->cols)
		return fail(c, line, "a table has 1 to %zu cells (rows × cols); this one is %zu × %zu",
			    (size_t)GW_TABLE_MAX_SLOTS, t->rows, t->cols);
	if (t->header_rows > t->rows)
		return fail(c, line, "header_rows %zu is more than the %zu rows", t->header_rows, t->rows);
	if (array(c, "cells", t->cells, t->n_cells))
		return -1;
	unsigned char *used = calloc((t->rows * t->cols + 7) / 8, 1);
	if (!used)
		return nomem(c);
	size_t old = gw_jpath_key(&c->path, "cells");
	int rc = 0;
	for (size_t i = 0; !rc && i < t->n_cells; i++) {
		const gw_report_cell *e = &t->cells[i];
		size_t o2 = gw_jpath_index(&c->path, i);
		if (str(c, "text", e->text, true, line))
			rc = -1;
		else if (e->row_span < 1 || e->col_span < 1 || e->row >= t->rows || e->col >= t->cols ||
			 e->row_span > t->rows - e->row || e->col_span > t->cols - e->col)
			rc = fail(c, line,
				  "cell at row %zu, col %zu spanning %zu × %zu is outside the %zu × %zu grid",
				  e->row, e->col, e->row_span, e->col_span, t->rows, t->cols);
		else if (i && (e->row < e[-1].row || (e->row == e[-1].row && e->col <= e[-1].col)))
			rc = fail(c, line, "cells must be in row-major order of their top-left corners");
		for (size_t y = e->row; !rc && y < e->row + e->row_span; y++)
			for (size_t x = e->col; !rc && x < e->col + e->col_span; x++) {
				size_t bit = y * t->cols + x;
				if (used[bit / 8] & (1u << (bit % 8)))
					rc = fail(c, line, "overlaps another cell at row %zu, col %zu", y, x);
				used[bit / 8] |= (unsigned char)(1u << (bit % 8));
			}
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	free(used);
	return rc;
}

static int point(checker *c, const gw_point *p, const char *text, size_t prev_end, size_t line)
{
	if (str(c, "marker", p->marker, true, line) || str(c, "lead", p->lead, true, line))
		return -1;
	size_t n = strlen(text), at = gw_utf8_offset(text, n, p->offset);
	if (!p->marker[0])
		return fail(c, line, "empty point marker");
	if (gw_utf8_count(text, n) < p->offset)
		return fail(c, line, "offset %zu is past the paragraph's %zu characters", p->offset,
			    gw_utf8_count(text, n));
	if (p->offset < prev_end)
		return fail(c, line, "points must be in text order without overlapping (offset %zu)",
			    p->offset);
	if (strncmp(text + at, p->marker, strlen(p->marker)) != 0)
		return fail(c, line, "marker '%s' is not at character %zu of the paragraph", p->marker,
			    p->offset);
	if (!strstr(text + at + strlen(p->marker), p->lead))
		return fail(c, line, "lead '%s' does not follow marker '%s' in the paragraph", p->lead,
			    p->marker);
	return 0;
}

/* key is the JSON array ("preamble", "body") and i the paragraph's place in it. */
static int paragraph(checker *c, const gw_paragraph *p, size_t i)
{
	size_t o1 = gw_jpath_index(&c->path, i);
	int rc = str(c, "text", p->text, true, p->line);
	if (!rc && p->index != c->seen + 1)
		rc = fail(c, p->line, "index %zu, but it is paragraph %zu in document order", p->index,
			  c->seen + 1);
	if (!rc && p->table && (p->text[0] || p->n_points))
		rc = fail(c, p->line,
			  "a table paragraph has text \"\" and no points (its text is in the cells)");
	if (!rc && array(c, "points", p->points, p->n_points))
		rc = -1;
	size_t o2 = gw_jpath_key(&c->path, "points"), end = 0;
	for (size_t k = 0; !rc && k < p->n_points; k++) {
		size_t o3 = gw_jpath_index(&c->path, k);
		rc = point(c, &p->points[k], p->text, end, p->line);
		end = p->points[k].offset + gw_utf8_count(p->points[k].marker, strlen(p->points[k].marker));
		gw_jpath_pop(&c->path, o3);
	}
	gw_jpath_pop(&c->path, o2);
	if (!rc && p->table) {
		gw_jpath_key(&c->path, "table");
		rc = table(c, p->table, p->line);
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, o1);
	if (rc)
		return -1;
	c->seen++;
	if (c->seen <= c->n_paragraphs) {
		c->para[c->seen] = p;
		c->l1[c->seen] = c->cur_l1;
		c->l2[c->seen] = c->cur_l2;
		c->run_in[c->seen] = c->cur_run_in;
	}
	c->cur_run_in = NULL;
	return 0;
}

static int paragraphs(checker *c, const char *key, const gw_paragraph *p, size_t n)
{
	if (array(c, key, p, n))
		return -1;
	size_t old = gw_jpath_key(&c->path, key);
	for (size_t i = 0; i < n; i++)
		if (paragraph(c, &p[i], i))
			return -1;
	gw_jpath_pop(&c->path, old);
	return 0;
}

/* ---- sections --------------------------------------------------------------- */

/* Value of one Chinese numeral character (10, 100, 1000 for 十百千), or -1. */
static int cnum_digit(uint32_t cp)
{
	static const struct {
		uint32_t cp;
		int v;
	} digits[] = {
		{0x3007, 0}, {0x96F6, 0}, {0x4E00, 1},  {0x4E8C, 2},   {0x4E24, 2},
		{0x4E09, 3}, {0x56DB, 4}, {0x4E94, 5},  {0x516D, 6},   {0x4E03, 7},
		{0x516B, 8}, {0x4E5D, 9}, {0x5341, 10}, {0x767E, 100}, {0x5343, 1000},
	};
	for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
		if (digits[i].cp == cp)
			return digits[i].v;
	return -1;
}

/* The value of the first run of numerals (Arabic, full-width or Chinese)
 * in a marker, or -1 when it has none: "（十二）" → 12, "3." → 3. */
static long marker_value(const char *m)
{
	size_t n = strlen(m), i = 0, len;
	long arabic = -1, total = 0, cur = 0;
	bool chinese = false;
	while (i < n) {
		uint32_t cp = gw_utf8_decode(m + i, n - i, &len);
		int d = gw_fold_digit(cp) ? gw_fold_digit(cp) - '0' : -1;
		int v = d < 0 ? cnum_digit(cp) : -1;
		if (d >= 0 && !chinese) {
			arabic = (arabic < 0 ? 0 : arabic) * 10 + d;
			if (arabic > 100000000)
				return -1;
		} else if (v >= 0 && arabic < 0) {
			chinese = true;
			if (v >= 10) {
				total += (cur ? cur : 1) * v;
				cur = 0;
			} else {
				cur = v;
			}
		} else if (arabic >= 0 || chinese) {
			break;
		}
		i += len;
	}
	return arabic >= 0 ? arabic : chinese ? total + cur : -1;
}

static int sections(checker *c, const gw_section *s, size_t n, int parent_level);

static int section(checker *c, const gw_section *s, int parent_level)
{
	if (str(c, "marker", s->marker, true, s->line) || str(c, "heading", s->heading, true, s->line) ||
	    str(c, "heading_end", s->heading_end, false, s->line))
		return -1;
	if (s->level < GW_LEVEL_PART || s->level > GW_LEVEL_MAX || s->level <= parent_level)
		return fail(c, s->line,
			    "level %d: levels are %d..%d and a sub-section is deeper than its "
			    "section (level %d)",
			    s->level, GW_LEVEL_PART, GW_LEVEL_MAX, parent_level);
	/* "" is a heading only its source's style marks (.docx "Heading 2"): number 0;
	 * so is Word numbering the reader does not count (1.1, 第1条) before a
	 * heading its style marks — its marker holds a numeral all the same. */
	long v = s->marker[0] ? marker_value(s->marker) : 0;
	if (v >= 0 && s->number != 0 && v != s->number)
		return fail(c, s->line, "number %ld, but marker '%s' says %ld", s->number, s->marker, v);
	if (s->heading_end &&
	    (!s->inline_heading || gw_utf8_count(s->heading_end, strlen(s->heading_end)) != 1))
		return fail(c, s->line, "heading_end is one character and only set on an inline heading");
	const char *l1 = c->cur_l1, *l2 = c->cur_l2;
	if (s->level == 1) {
		c->cur_l1 = s->marker;
		c->cur_l2 = NULL;
	} else if (s->level == 2) {
		c->cur_l2 = s->marker;
	}
	c->cur_run_in = s;
	int rc =
		paragraphs(c, "body", s->body, s->n_body) || sections(c, s->sections, s->n_sections, s->level)
			? -1
			: 0;
	c->cur_l1 = l1;
	c->cur_l2 = l2;
	c->cur_run_in = NULL;
	return rc;
}

static int sections(checker *c, const gw_section *s, size_t n, int parent_level)
{
	if (array(c, "sections", s, n))
		return -1;
	size_t old = gw_jpath_key(&c->path, "sections");
	for (size_t i = 0; i < n; i++) {
		size_t o2 = gw_jpath_index(&c->path, i);
		if (section(c, &s[i], parent_level))
			return -1;
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	return 0;
}

/* ---- indicators ------------------------------------------------------------- */

static bool same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* 1 when the clause is text of the paragraph (or of one of its table's
 * cells), 0 when not, -1 out of memory.  A quantity in a section's heading
 * counts as its first paragraph's (MODEL.md "Indicators": a run-in heading
 * and its body are one line), so a first paragraph is searched together
 * with the heading before it. */
static int in_paragraph(const checker *c, size_t index, const char *clause)
{
	const gw_paragraph *p = c->para[index];
	const gw_section *s = c->run_in[index];
	if (p->table) {
		for (size_t i = 0; i < p->table->n_cells; i++)
			if (strstr(p->table->cells[i].text, clause))
				return 1;
		return 0;
	}
	if (!s || strstr(p->text, clause))
		return strstr(p->text, clause) != NULL;
	size_t nh = strlen(s->heading), ne = s->heading_end ? strlen(s->heading_end) : 0;
	char *line = malloc(nh + ne + strlen(p->text) + 1);
	if (!line)
		return -1;
	memcpy(line, s->heading, nh);
	memcpy(line + nh, s->heading_end ? s->heading_end : "", ne);
	strcpy(line + nh + ne, p->text);
	int found = strstr(line, clause) != NULL;
	free(line);
	return found;
}

static bool has_mask(const char *s)
{
	size_t n = strlen(s), len;
	for (size_t i = 0; i < n; i += len)
		if (gw_is_mask(gw_utf8_decode(s + i, n - i, &len)))
			return true;
	return false;
}

/* base_unit's first part (before any "/") ends in 元. */
static bool is_money(const char *base)
{
	const char *slash = strchr(base, '/');
	size_t n = slash ? (size_t)(slash - base) : strlen(base), y = strlen("元");
	return n >= y && memcmp(base + n - y, "元", y) == 0;
}

static int units(checker *c, const gw_indicator *x)
{
	if (!x->unit || !x->base_unit)
		return x->unit || x->base_unit ? fail(c, 0, "unit and base_unit are both set or both null")
					       : 0;
	size_t nu = strlen(x->unit), nb = strlen(x->base_unit);
	/* unit = magnitude (report.h's table, or none) + base_unit */
	static const gw_magnitude none = {"", 1};
	size_t lm = nu >= nb ? nu - nb : 0;
	const gw_magnitude *m = nu < nb || strcmp(x->unit + lm, x->base_unit) ? NULL
				: lm == 0 ? &none : gw_magnitude_match(x->unit, lm, &lm);
	if (m && lm != nu - nb)
		m = NULL;
	if (!m)
		return fail(c, 0, "unit '%s' is not a magnitude (万, 亿 …) followed by base_unit '%s'",
			    x->unit, x->base_unit);
	bool ratio = x->base_unit[0] == '/';
	for (size_t i = 0; i < sizeof ratio_units / sizeof ratio_units[0]; i++)
		ratio |= strcmp(x->base_unit, ratio_units[i]) == 0;
	if ((x->kind == GW_KIND_RATIO) != ratio || (x->kind == GW_KIND_AMOUNT) != is_money(x->base_unit))
		return fail(c, 0, "kind %s does not go with base_unit '%s'", gw_kind_name(x->kind),
			    x->base_unit);
	if (x->masked)
		return 0;
	double want = x->value * m->factor;
	if (!isfinite(x->value) || !(fabs(x->base_value - want) <= 1e-9 * fabs(want)))
		return fail(c, 0, "base_value %.17g is not value %.17g × %g (%s → %s)", x->base_value,
			    x->value, m->factor, x->unit, x->base_unit);
	return 0;
}

static int indicator_strings(checker *c, const gw_indicator *x)
{
	return str(c, "section", x->section, false, 0) || str(c, "item", x->item, false, 0) ||
			       str(c, "label", x->label, false, 0) || str(c, "text", x->text, true, 0) ||
			       str(c, "unit", x->unit, false, 0) ||
			       str(c, "qualifier", x->qualifier, false, 0) ||
			       str(c, "base_unit", x->base_unit, false, 0) ||
			       str(c, "clause", x->clause, false, 0) || str(c, "period", x->period, false, 0)
		       ? -1
		       : 0;
}

static int indicator(checker *c, const gw_indicator *x, size_t i)
{
	if (indicator_strings(c, x))
		return -1;
	if (x->id != i + 1)
		return fail(c, 0, "id %zu, but it is indicator %zu (ids are 1..n in order)", x->id, i + 1);
	if (x->paragraph < 1 || x->paragraph > c->seen)
		return fail(c, 0, "paragraph %zu does not exist (the document has %zu)", x->paragraph,
			    c->seen);
	size_t line = c->para[x->paragraph]->line;
	if (!same(x->section, c->l1[x->paragraph]) || !same(x->item, c->l2[x->paragraph]))
		return fail(c, line,
			    "section/item '%s'/'%s' are not the markers of the level-1/2 sections "
			    "around paragraph %zu ('%s'/'%s')",
			    x->section ? x->section : "null", x->item ? x->item : "null", x->paragraph,
			    c->l1[x->paragraph] ? c->l1[x->paragraph] : "null",
			    c->l2[x->paragraph] ? c->l2[x->paragraph] : "null");
	int found = x->clause ? in_paragraph(c, x->paragraph, x->clause) : 1;
	if (found < 0)
		return nomem(c);
	if (!found)
		return fail(c, line, "clause '%s' is not in paragraph %zu", x->clause, x->paragraph);
	if (!x->text[0] || (x->clause && !strstr(x->clause, x->text)))
		return fail(c, line, "text '%s' is not in its clause", x->text);
	if (x->masked != has_mask(x->text))
		return fail(c, line, "masked is %s but text '%s' %s (*, ＊, ×)", x->masked ? "true" : "false",
			    x->text, x->masked ? _("has no mask") : _("is a mask"));
	if ((unsigned)x->kind > GW_KIND_COUNT || (x->change && x->change != '+' && x->change != '-') ||
	    (unsigned)x->status > GW_STATUS_CUMULATIVE)
		return fail(c, line, "kind, change or status outside its vocabulary");
	return units(c, x);
}

static int indicators(checker *c, const gw_report *r)
{
	if (array(c, "indicators", r->indicators, r->n_indicators))
		return -1;
	size_t old = gw_jpath_key(&c->path, "indicators");
	for (size_t i = 0; i < r->n_indicators; i++) {
		size_t o2 = gw_jpath_index(&c->path, i);
		if (indicator(c, &r->indicators[i], i))
			return -1;
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	return 0;
}

/* ---- the document ----------------------------------------------------------- */

static bool is_hex64(const char *s)
{
	size_t i = 0;
	while (i < 64 && ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
		i++;
	return i == 64 && s[64] == '\0';
}

static int head(checker *c, const gw_head *h)
{
	if (!h)
		return 0;
	size_t old = gw_jpath_key(&c->path, "head");
	int rc = str(c, "text", h->text, true, 0) || part_of(c, "copy_number", h->copy_number, h->text) ||
				 part_of(c, "secrecy", h->secrecy, h->text) ||
				 part_of(c, "urgency", h->urgency, h->text) ||
				 strlist(c, "issuers", &h->issuers, h->text) ||
				 part_of(c, "doc_number", h->doc_number, h->text) ||
				 strlist(c, "signers", &h->signers, h->text)
			 ? -1
			 : 0;
	gw_jpath_pop(&c->path, old);
	return rc;
}

static int imprint(checker *c, const gw_imprint *m)
{
	if (!m)
		return 0;
	size_t old = gw_jpath_key(&c->path, "imprint");
	int rc = str(c, "text", m->text, true, 0) || strlist(c, "cc", &m->cc, m->text) ||
				 part_of(c, "printed_by", m->printed_by, m->text) ||
				 part_of(c, "printed_on", m->printed_on, m->text)
			 ? -1
			 : 0;
	gw_jpath_pop(&c->path, old);
	return rc;
}

static const char *const ATTENDANCE_ROLES[] = GW_ATTENDANCE_ROLES;

/* 10.3: each line's role is 出席, 请假 or 列席, and role and names are in its text. */
static int attendance(checker *c, const gw_report *r)
{
	if (array(c, "attendance", r->attendance, r->n_attendance))
		return -1;
	size_t old = gw_jpath_key(&c->path, "attendance");
	for (size_t i = 0; i < r->n_attendance; i++) {
		const gw_attendance *a = &r->attendance[i];
		size_t o2 = gw_jpath_index(&c->path, i);
		if (str(c, "text", a->text, true, 0) || str(c, "role", a->role, true, 0) ||
		    part_of(c, "role", a->role, a->text) || strlist(c, "names", &a->names, a->text))
			return -1;
		bool known = false;
		for (size_t k = 0; k < sizeof ATTENDANCE_ROLES / sizeof *ATTENDANCE_ROLES; k++)
			known |= strcmp(a->role, ATTENDANCE_ROLES[k]) == 0;
		if (!known)
			return fail(c, 0, "role '%s' is none of 出席, 请假, 列席", a->role);
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	return 0;
}

static int appendices(checker *c, const gw_report *r)
{
	if (array(c, "appendices", r->appendices, r->n_appendices))
		return -1;
	c->cur_l1 = c->cur_l2 = NULL;
	size_t old = gw_jpath_key(&c->path, "appendices");
	for (size_t i = 0; i < r->n_appendices; i++) {
		const gw_appendix *a = &r->appendices[i];
		size_t o2 = gw_jpath_index(&c->path, i);
		if (str(c, "marker", a->marker, true, 0) || str(c, "title", a->title, false, 0) ||
		    paragraphs(c, "body", a->body, a->n_body))
			return -1;
		if (!a->marker[0])
			return fail(c, 0, "empty marker (write the label line, e.g. 附件1)");
		gw_jpath_pop(&c->path, o2);
	}
	gw_jpath_pop(&c->path, old);
	return 0;
}

static int document(checker *c, const gw_report *r)
{
	size_t old = gw_jpath_key(&c->path, "source");
	int rc = str(c, "name", r->source.name, true, 0) || str(c, "encoding", r->source.encoding, true, 0);
	if (!rc && !is_hex64(r->source.sha256))
		rc = fail(c, 0, "sha256 is not 64 lower-case hex digits");
	gw_jpath_pop(&c->path, old);
	return rc || head(c, r->head) || str(c, "title", r->title, false, r->lines.title) ||
			       str(c, "subtitle", r->subtitle, false, r->lines.subtitle) ||
			       strlist(c, "bylines", &r->bylines, NULL) ||
			       str(c, "salutation", r->salutation, false, r->lines.salutation) ||
			       paragraphs(c, "preamble", r->preamble, r->n_preamble) ||
			       sections(c, r->sections, r->n_sections, GW_LEVEL_PART - 1) ||
			       str(c, "closing", r->closing, false, r->lines.closing) ||
			       strlist(c, "attachments", &r->attachments, NULL) ||
			       str(c, "attachments_text", r->attachments_raw, false, 0) ||
			       attendance(c, r) ||
			       strlist(c, "signature", &r->signature, NULL) ||
			       str(c, "note", r->note, false, 0) || appendices(c, r) ||
			       imprint(c, r->imprint) || indicators(c, r)
		       ? -1
		       : 0;
}

gw_status gw_report_check(const gw_report *r, gw_diag *d)
{
	checker c = {.r = r, .d = d, .n_paragraphs = gw_report_paragraph_count(r)};
	c.para = calloc(c.n_paragraphs + 1, sizeof *c.para);
	c.l1 = calloc(c.n_paragraphs + 1, sizeof *c.l1);
	c.l2 = calloc(c.n_paragraphs + 1, sizeof *c.l2);
	c.run_in = calloc(c.n_paragraphs + 1, sizeof *c.run_in);
	if (!c.para || !c.l1 || !c.l2 || !c.run_in)
		nomem(&c);
	else
		document(&c, r);
	free(c.para);
	free(c.l1);
	free(c.l2);
	free(c.run_in);
	return c.st;
}
