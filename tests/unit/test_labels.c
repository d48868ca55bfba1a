/*
 * test_labels.c — the rules that name indicators (converter/read/label.c's
 * label_rules), against tests/spec/labels.txt: a spec in cmark's style,
 * one section per rule with examples (paragraph, ".", "TEXT → LABEL" per
 * quantity).  Each example's labels must match, its last quantity must be
 * labelled by the rule its header names, and every rule of the table must
 * have an example, so neither can change without the other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "read/indicator_text.h"

#define FENCE "````````````````````````````````"
#define MAX_EXAMPLES 256
#define MAX_LINES 16
#define MAX_RULES 64

struct example {
	char rule[64];
	char para[1024];
	char want[MAX_LINES][BUF + 100];   /* "TEXT → LABEL" */
	size_t n_want;
	size_t line;                       /* of the header in labels.txt */
};

/* Rules that are no entry of label_rules but paths of their own. */
static const char *const other_paths[] = {"list", "range"};

/* Copies src into dst[0..cap), cut if it must be (then the test fails on it). */
static void copy(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static void chomp(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

/* Reads every example of labels.txt into ex; returns how many. */
static size_t read_spec(struct example *ex, size_t cap)
{
	char path[1024], line[2048];
	snprintf(path, sizeof path, "%s/spec/labels.txt", gw_tests_dir());
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	size_t n = 0, lineno = 0;
	int part = 0;   /* 0 outside, 1 paragraph, 2 expected */
	while (fgets(line, sizeof line, f)) {
		lineno++;
		chomp(line);
		if (part == 0 && !strncmp(line, FENCE " example ", strlen(FENCE " example "))) {
			assert_true(n < cap);
			memset(&ex[n], 0, sizeof ex[n]);
			copy(ex[n].rule, sizeof ex[n].rule, line + strlen(FENCE " example "));
			ex[n].line = lineno;
			part = 1;
		} else if (part == 1 && !strcmp(line, ".")) {
			part = 2;
		} else if (part == 1) {
			assert_int_equal(ex[n].para[0], '\0');   /* one line of paragraph */
			copy(ex[n].para, sizeof ex[n].para, line);
		} else if (part == 2 && !strcmp(line, FENCE)) {
			n++;
			part = 0;
		} else if (part == 2) {
			assert_true(ex[n].n_want < MAX_LINES);
			copy(ex[n].want[ex[n].n_want++], sizeof ex[n].want[0], line);
		}
	}
	fclose(f);
	assert_int_equal(part, 0);   /* the last example is closed */
	return n;
}

static bool is_rule(const char *name, const char **rules, size_t n_rules)
{
	for (size_t i = 0; i < n_rules; i++)
		if (!strcmp(rules[i], name))
			return true;
	for (size_t i = 0; i < sizeof other_paths / sizeof other_paths[0]; i++)
		if (!strcmp(other_paths[i], name))
			return true;
	return false;
}

/* Every example labelled as written, its last quantity by its rule. */
static void test_examples(void **state)
{
	(void)state;
	struct example *ex = calloc(MAX_EXAMPLES, sizeof *ex);
	assert_non_null(ex);
	const char *rules[MAX_RULES];
	size_t n_rules = gw_label_rules(rules, MAX_RULES);
	assert_true(n_rules > 0 && n_rules <= MAX_RULES);
	size_t n = read_spec(ex, MAX_EXAMPLES), failed = 0;
	assert_true(n >= n_rules);
	for (size_t i = 0; i < n; i++) {
		gw_label_trace got[MAX_LINES];
		size_t nq = gw_indicator_trace(ex[i].para, strlen(ex[i].para), got, MAX_LINES);
		bool ok = is_rule(ex[i].rule, rules, n_rules) && nq == ex[i].n_want && nq > 0 &&
			  got[nq - 1].rule && !strcmp(got[nq - 1].rule, ex[i].rule);
		for (size_t k = 0; ok && k < nq; k++) {
			const char *want = ex[i].want[k], *arrow = strstr(want, " → ");
			ok = arrow && strlen(got[k].text) == (size_t)(arrow - want) &&
			     !strncmp(want, got[k].text, strlen(got[k].text)) && !strcmp(arrow + strlen(" → "), got[k].label);
		}
		if (ok)
			continue;
		failed++;
		printf("labels.txt:%zu (%s): %s\n", ex[i].line, ex[i].rule, ex[i].para);
		for (size_t k = 0; k < nq && k < MAX_LINES; k++)
			printf("  got %s → %s [%s]\n", got[k].text, got[k].label, got[k].rule ? got[k].rule : "-");
	}
	free(ex);
	assert_int_equal(failed, 0);
}

/* Every rule of label_rules has an example, each rule once in the table. */
static void test_every_rule_has_an_example(void **state)
{
	(void)state;
	struct example *ex = calloc(MAX_EXAMPLES, sizeof *ex);
	assert_non_null(ex);
	const char *rules[MAX_RULES];
	size_t n_rules = gw_label_rules(rules, MAX_RULES), n = read_spec(ex, MAX_EXAMPLES);
	for (size_t r = 0; r < n_rules; r++) {
		size_t found = 0;
		for (size_t i = 0; i < n; i++)
			found += !strcmp(ex[i].rule, rules[r]);
		if (!found)
			fail_msg("rule %s has no example in tests/spec/labels.txt", rules[r]);
		for (size_t s = 0; s < r; s++)
			assert_string_not_equal(rules[s], rules[r]);
	}
	/* the last rule always applies: it is the topic */
	assert_string_equal(rules[n_rules - 1], "topic");
	/* and examples name only rules that exist */
	for (size_t i = 0; i < n; i++)
		if (!is_rule(ex[i].rule, rules, n_rules))
			fail_msg("labels.txt:%zu names no rule: %s", ex[i].line, ex[i].rule);
	free(ex);
}

/* The rule is kept for each quantity: a paragraph using three rules. */
static void test_trace(void **state)
{
	(void)state;
	const char *para = "新建学校3所，总投资2.1亿元，其中省级示范校1所。";
	gw_label_trace got[4];
	size_t nq = gw_indicator_trace(para, strlen(para), got, 4);
	assert_int_equal(nq, 3);
	assert_string_equal(got[0].text, "3所");
	assert_string_equal(got[0].rule, "self_standing");
	assert_string_equal(got[1].label, "新建学校总投资");
	assert_string_equal(got[1].rule, "topic");
	/* fewer slots than quantities: the count is still all of them */
	assert_int_equal(gw_indicator_trace(para, strlen(para), got, 1), 3);
	assert_int_equal(gw_indicator_trace("", 0, got, 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples),
		cmocka_unit_test(test_every_rule_has_an_example),
		cmocka_unit_test(test_trace),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
