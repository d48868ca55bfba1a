/*
 * indicators_fixture.h — what the indicator tests (test_indicators.c,
 * test_indicators_reports.c) share: a tiny outline reader that builds a
 * report from text by hand (gw_report_new + sections + paragraphs, headings
 * 一、/（一）, `#` lines are comments) and extracts its indicators, so the
 * tests do not depend on outline.c; a dump of the indicators as TSV (the
 * columns of tests/indicators/NAME.tsv); and the shape every label must have.
 */
#ifndef GW_INDICATORS_FIXTURE_H
#define GW_INDICATORS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "model/report.h"
#include "model/utf8.h"
#include "read/read.h"

/* ---- a tiny outline reader for test inputs ------------------------------ */

struct builder {
	gw_report *r;
	size_t cap_pre, cap_sec;
	gw_section *l1;      /* current level-1 section */
	size_t cap_l1;
	gw_section *l2;
	size_t cap_body, cap_body2;
	size_t index;
};

static int starts(const char *s, const char *w)
{
	return strncmp(s, w, strlen(w)) == 0;
}

/* Level of a heading line (1: 一、 2: （一）), or 0; *mlen gets the marker length. */
static int heading_level(const char *line, size_t *mlen)
{
	static const char *const nums[] = {"十一", "十二", "十", "一", "二", "三", "四", "五", "六",
					   "七", "八", "九"};
	const char *s = line;
	int paren = starts(s, "（");
	if (paren)
		s += 3;
	size_t k;
	for (k = 0; k < sizeof nums / sizeof nums[0]; k++)
		if (starts(s, nums[k]))
			break;
	if (k == sizeof nums / sizeof nums[0])
		return 0;
	s += strlen(nums[k]);
	if (!paren && starts(s, "、")) {
		*mlen = (size_t)(s + 3 - line);
		return 1;
	}
	if (paren && starts(s, "）")) {
		*mlen = (size_t)(s + 3 - line);
		return 2;
	}
	return 0;
}

static gw_paragraph *add_paragraph(struct builder *b, gw_paragraph **arr, size_t *n, size_t *cap,
				   const char *text, size_t line)
{
	if (gw_arena_grow(b->r->arena, (void **)arr, cap, *n + 1, sizeof **arr))
		return NULL;
	gw_paragraph *p = &(*arr)[(*n)++];
	memset(p, 0, sizeof *p);
	p->text = gw_report_strdup(b->r, text);
	p->index = ++b->index;
	p->line = line;
	return p;
}

static void add_line(struct builder *b, const char *line, size_t lineno)
{
	size_t mlen = 0;
	int level = heading_level(line, &mlen);
	if (level == 1) {
		gw_report *r = b->r;
		assert_int_equal(gw_arena_grow(r->arena, (void **)&r->sections, &b->cap_sec, r->n_sections + 1,
					       sizeof(gw_section)), 0);
		b->l1 = &r->sections[r->n_sections++];
		memset(b->l1, 0, sizeof *b->l1);
		b->l1->level = 1;
		b->l1->marker = gw_report_strndup(r, line, mlen);
		b->l1->heading = gw_report_strdup(r, line + mlen);
		b->l2 = NULL;
		b->cap_l1 = b->cap_body = 0;
		return;
	}
	if (level == 2 && b->l1) {
		assert_int_equal(gw_arena_grow(b->r->arena, (void **)&b->l1->sections, &b->cap_l1,
					       b->l1->n_sections + 1, sizeof(gw_section)), 0);
		b->l2 = &b->l1->sections[b->l1->n_sections++];
		memset(b->l2, 0, sizeof *b->l2);
		b->l2->level = 2;
		b->l2->marker = gw_report_strndup(b->r, line, mlen);
		b->l2->heading = gw_report_strdup(b->r, "");
		b->cap_body2 = 0;
		/* run-in heading: the rest of the line is the body (heading kept in text) */
		add_paragraph(b, &b->l2->body, &b->l2->n_body, &b->cap_body2, line + mlen, lineno);
		return;
	}
	if (b->l2)
		add_paragraph(b, &b->l2->body, &b->l2->n_body, &b->cap_body2, line, lineno);
	else if (b->l1)
		add_paragraph(b, &b->l1->body, &b->l1->n_body, &b->cap_body, line, lineno);
	else
		add_paragraph(b, &b->r->preamble, &b->r->n_preamble, &b->cap_pre, line, lineno);
}

/* Builds a report from text: `#` lines are comments, headings 一、/（一）. */
static gw_report *report_from_text(const char *text)
{
	struct builder b = {0};
	b.r = gw_report_new();
	assert_non_null(b.r);
	char *copy = strdup(text), *save = NULL;
	size_t lineno = 0;
	for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		lineno++;
		size_t n = strlen(line);
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' '))
			line[--n] = '\0';
		if (!n || line[0] == '#')
			continue;
		add_line(&b, line, lineno);
	}
	free(copy);
	gw_diag d = {0};
	assert_int_equal(gw_indicators_extract(b.r, &d), GW_OK);
	return b.r;
}

static const char *change_name(char c)
{
	return c == '+' ? "+" : c == '-' ? "-" : "";
}

static void dump(const gw_report *r, FILE *out)
{
	for (size_t i = 0; i < r->n_indicators; i++) {
		const gw_indicator *in = &r->indicators[i];
		fprintf(out, "%zu\t%s\t%s\t%s\t%s\t%s\t%s\t# %s\n", in->paragraph, in->text, in->unit,
			in->label, gw_kind_name(in->kind), change_name(in->change),
			in->qualifier ? in->qualifier : "", in->clause);
	}
}

/* Every label: valid UTF-8, 1..24 characters, none of ，。；：. */
static void check_label_shape(const char *l)
{
	size_t n = strlen(l);
	assert_int_equal(gw_utf8_valid_prefix((const unsigned char *)l, n), n);
	size_t c = gw_utf8_count(l, n);
	if (c < 1 || c > 24)
		fprintf(stderr, "bad label length: %s\n", l);
	assert_true(c >= 1 && c <= 24);
	static const char *const bad[] = {"，", "。", "；", "：", ",", ";", ":"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_null(strstr(l, bad[i]));
	/* never starts or ends with the list mark 、 (a cut may leave one) */
	assert_false(n >= 3 && !memcmp(l, "、", 3));
	assert_false(n >= 3 && !memcmp(l + n - 3, "、", 3));
}

#endif
