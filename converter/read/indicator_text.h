/*
 * indicator_text.h — what the two halves of indicator extraction share
 * (private to converter/read/): the quantity record, the per-paragraph
 * context, and small UTF-8 and buffer helpers.  indicators.c scans a
 * paragraph into quantities and stores them in the model;
 * label.c (with label_*.c, see label.h) names them (label, change,
 * qualifier before the number).
 */
#ifndef GW_INDICATOR_TEXT_H
#define GW_INDICATOR_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../model/report.h"
#include "../model/utf8.h"
#include "lexicon.h"

#define MAX_QTY 16384        /* quantities kept per paragraph (ceiling) */
#define LOOKBACK 900         /* bytes scanned back for a clause start */
#define NOUN_MAX_CHARS 16    /* noun after a measure word */
#define LABEL_MAX_CHARS 24   /* model.md */
#define TOPIC_MAX_CHARS 14
#define BUF 320              /* label buffers (bytes): 24 chars + room to cut */

typedef struct span {
	size_t a, b;
} span;

struct qty {
	size_t num_a, num_b;     /* number or mask as written */
	size_t end;              /* after unit, composite unit and trailing qualifier */
	span noun;               /* noun after a measure word (empty otherwise) */
	bool masked;
	double value, base;
	char unit[64], base_unit[48];
	gw_kind kind;
	const char *qualifier;   /* static string or NULL */
	char change;
	int range_of;            /* first end's index when this is a range's second end */
	int list_head;           /* 分别 list head's index for list members, else -1 */
	const char *rule;        /* the rule of label.c that named it (static string) */
	char label[BUF];
};

struct para_ctx {
	const char *p;
	size_t n;
	struct qty *q;
	size_t nq, cap;
};

/* ---- small helpers ------------------------------------------------------- */

static inline uint32_t cp_at(const char *p, size_t n, size_t i, size_t *len)
{
	if (i >= n) {
		*len = 0;
		return 0;
	}
	return gw_utf8_decode(p + i, n - i, len);
}

/* Start of the character before byte i (i > 0). */
static inline size_t prev_start(const char *p, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)p[i] & 0xC0) == 0x80);
	return i;
}

static inline uint32_t cp_before(const char *p, size_t i)
{
	if (i == 0)
		return 0;
	size_t s = prev_start(p, i), len;
	return gw_utf8_decode(p + s, i - s, &len);
}

static inline bool is_digit_cp(uint32_t cp)
{
	return gw_fold_digit(cp) != 0;
}

static inline bool is_ascii_alpha(uint32_t cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static inline bool is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Ends the phrase a label is built from. */
static inline bool is_phrase_delim(uint32_t cp)
{
	static const uint32_t d[] = {0xFF0C, ',', 0xFF1B, ';', 0x3002, 0xFF1A, ':', 0xFF01, '!',
				     0xFF1F, '?', 0xFF08, '(', 0xFF09, ')', 0x3010, 0x3011, '\n', 0};
	for (size_t i = 0; d[i]; i++)
		if (cp == d[i])
			return true;
	return false;
}

/* Ends a sentence (topics do not cross it). */
static inline bool is_sentence_delim(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF1B || cp == ';' || cp == 0xFF01 || cp == '!' ||
	       cp == 0xFF1F || cp == '?' || cp == 0xFF08 || cp == '(' || cp == 0xFF09 ||
	       cp == ')' || cp == '\n';
}

/* model.md: a clause is bounded by ，；。、 and line ends. */
static inline bool is_clause_delim(uint32_t cp)
{
	return cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002 || cp == 0x3001 || cp == '\n';
}

/* The ASCII , or ; at byte i (a phone's chat: 46栋,住户) ends a clause —
 * not a comma between digits, half- or full-width (a thousands separator:
 * 3,128). */
static inline bool is_ascii_clause_mark_at(const char *p, size_t n, size_t i)
{
	size_t len;
	uint32_t cp = cp_at(p, n, i, &len);
	if (cp != ',' && cp != ';')
		return false;
	return cp == ';' || !is_digit_cp(cp_before(p, i)) || !is_digit_cp(cp_at(p, n, i + len, &len));
}

static inline size_t chars(const char *s, size_t n)
{
	return gw_utf8_count(s, n);
}

/* Appends s[0..n) to buf (capacity BUF), never splitting a character. */
static inline void cat(char *buf, const char *s, size_t n)
{
	size_t len = strlen(buf);
	if (len + n >= BUF) {
		n = BUF - 1 - len;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf + len, s, n);
	buf[len + n] = '\0';
}

/* Sets buf (capacity BUF) to s, cut before a character that does not fit:
 * snprintf would cut inside one, and a later cut from the left could then
 * start a label with continuation bytes (found by fuzz read and docx). */
static inline void copy_text(char *buf, const char *s)
{
	buf[0] = '\0';
	cat(buf, s, strlen(s));
}

/* The limits of a scan LOOKBACK bytes around byte i of p (n bytes), moved
 * to a character start: a scan that gives up at its limit returns it, and
 * a limit inside a character made labels and clauses start with
 * continuation bytes (found by fuzz read and docx). */
static inline size_t lookback_floor(const char *p, size_t i)
{
	size_t lim = i > LOOKBACK ? i - LOOKBACK : 0;
	while (lim < i && ((unsigned char)p[lim] & 0xC0) == 0x80)
		lim++;
	return lim;
}

static inline size_t lookahead_ceil(const char *p, size_t i, size_t n)
{
	size_t lim = i + LOOKBACK < n ? i + LOOKBACK : n;
	while (lim > i && lim < n && ((unsigned char)p[lim] & 0xC0) == 0x80)
		lim--;
	return lim;
}

/* Removes every occurrence of word from buf. */
static inline void remove_word(char *buf, const char *word)
{
	size_t wl = strlen(word);
	char *hit;
	while ((hit = strstr(buf, word)) != NULL)
		memmove(hit, hit + wl, strlen(hit + wl) + 1);
}

/* Words that cannot start the noun after a measure word (在建, 有关 can). */
static inline bool conjunction(const char *s, size_t n)
{
	return gw_lex_prefix(GW_LEX_CONJUNCTION, s, n) > 0;
}

/* Finds the quantities of the paragraph in c (indicators.c); false when
 * memory ran out (the ones found are kept). */
bool gw_indicator_scan(struct para_ctx *c);

/* Labels every quantity of the paragraph in c (and sets change and the
 * qualifiers written before numbers). */
void gw_indicator_label_all(struct para_ctx *c);

/* One quantity of a paragraph as labelling left it (for tests). */
typedef struct gw_label_trace {
	char text[96];           /* number, unit and trailing qualifier as written */
	char label[BUF];         /* fitted, as the model stores it */
	const char *rule;        /* the rule of label.c that named it */
} gw_label_trace;

/* Scans and labels the paragraph text[0..n) as the reader does, and writes
 * its first cap quantities to out (for tests: tests/spec/labels.txt).
 * Returns how many quantities there are, or (size_t)-1 when memory ran out. */
size_t gw_indicator_trace(const char *text, size_t n, gw_label_trace *out, size_t cap);

/* The names of label.c's rules in the order they are tried, at most cap
 * of them into names; returns how many there are (for tests). */
size_t gw_label_rules(const char **names, size_t cap);

/* Makes a label fit the model: no 分别 or ，。；：, at most 24 characters
 * (cut at a verb or 的, else keeping the head noun at its end). */
void gw_indicator_fit_label(char *buf);

/* Reads into q->noun the noun its measure word counts, if its unit is one
 * (indicator_noun.c; indicators.c's scan calls it). */
struct gw_unit_def;
void gw_indicator_read_noun(const char *p, size_t n, struct qty *q, const struct gw_unit_def *u);

#endif
