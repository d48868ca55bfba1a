/*
 * unwrap.c — the pass between decode and outline for text input (unwrap.h):
 * one block per input line → one block per paragraph, page furniture gone.
 *
 * Text copied out of a PDF (pdftotext, a viewer's copy), a web page or a
 * chat app on a phone breaks every line at the width it was shown at.  Read
 * line by line, every piece becomes a paragraph: a 一是…二是… point is cut
 * at the line end, 1328 / 万人次 loses its unit, and "— 3 —" is body text.
 *
 *   1. Furniture (unwrap_furniture.c).  Form feeds mark page breaks; page
 *      numbers and running headers and footers go, and so do the blank
 *      lines around them.
 *   2. Detection, per document.  Wrapped text has many lines of (nearly)
 *      the same width — measured in characters (a phone app cuts at N
 *      characters) or in display columns (a PDF line holds N ems; Latin
 *      digits take half).  The width W is the most common one; a line is
 *      full when it is within the tolerance of W.  The text counts as
 *      wrapped only when enough lines are full and most full lines stop
 *      without sentence punctuation.  Clean text (one paragraph per line)
 *      has lines of every length, and is never touched.
 *   3. Joining.  A full line is joined to the next unless the next starts
 *      a section (一、 （一） 1. （1）), is a date, a closing formula or is
 *      indented, or the full line is a heading itself (it goes on only into
 *      its own short tail, or into the 。 of a run-in heading the cut fell
 *      before; a marker line holding a sentence, or a short heading ending
 *      in ： with text after it, is a run-in paragraph, no heading).  A line
 *      starting with 。，、 (kinsoku) always continues.  A full line ending
 *      in 。 is ambiguous (a paragraph may end right at the margin); it is
 *      joined unless the next line is indented (when the text shows
 *      indentation at all) or starts something new.  CJK joins without a
 *      space, Latin words with one, a hyphenated Latin word without its
 *      hyphen, split numbers (28 / 67家) and number + unit without a space.
 *      Once the text counts as wrapped, a line of uneven width goes on too
 *      when it stops mid-clause (on a character after a comma, or on ，、).
 *      In a PDF copy (wrapped in ems) the spaces pdftotext puts next to
 *      CJK characters of a justified line (报告 2023年, 余 人 。) go too.
 *
 * decode.c strips white space from each line but says what it held: a form
 * feed (page_break_before) and the indentation (indent_chars).  A form feed
 * still in a block's text (another reader) counts the same.
 *
 * The blocks are rewritten only when everything needed was allocated, so
 * a failure leaves them as they were.  Linear in the input (the running
 * header search is quadratic in the number of page breaks only).  The
 * line and scan types both files share are in unwrap_scan.h.
 */
#include "unwrap.h"
#include "unwrap_scan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/i18n.h"
#include "../model/utf8.h"
#include "lexicon.h"
#include "markers.h"
#include "segment.h"
#include "units.h"

#define MIN_WRAP_CHARS 14     /* a narrower "wrap" is a list of short lines */
#define MAX_WRAP_CHARS 60     /* wider lines are paragraphs, not a wrap */
#define MIN_FULL_LINES 4
#define MIN_FULL_SHARE 30     /* % of the measured lines that are full */
#define MIN_OPEN_SHARE 60     /* % of full lines that stop mid-sentence */
#define MIN_SPLIT_SHARE 25    /* % of the measured lines that end inside a word (ragged wrap) */
#define SEAM_CHARS 4          /* characters each side of a line end the segmenter reads */
#define MAX_PAGE 9999
#define MAX_MEASURE 512
#define MAX_INDENT 4          /* characters of a paragraph indent; more is centring */
#define MIN_INDENTED 3        /* indented lines that show the text marks paragraphs so */
#define INDENT_CHARS 2        /* a paragraph indent */
#define INDENT_COLS 6         /* the same in columns, and a column of play (digits, kinsoku) */
#define NOTES_MAX 200         /* -v notes about single changes; the summary counts all */
#define RUNIN_MAX 24          /* a heading ending in ： before body text (outline.c's) */
#define RUNIN_TAIL_MAX 12     /* code points of a run-in heading's end on the next line */

#define CP_FORM_FEED 0x0C

/* 。！？；… and their ASCII forms: a line ending in one may end a paragraph. */
static const uint32_t SENTENCE_END_CPS[] = {0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, '.', '!', '?', ';'};
/* Closing quotes and brackets, looked through to the mark before them. */
static const uint32_t CLOSER_CPS[] = {0x201D, 0x2019, 0xFF09, 0x300D, 0x300F, 0x300B, ')', '"'};
/* Punctuation that never starts a line in Chinese typesetting (kinsoku). */
static const uint32_t LINE_TAIL_CPS[] = {0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09,
					 0x201D, 0x2019, 0x300B, 0x300D, 0x300F, 0x2026, '%', 0xFF05};
/* Marks no paragraph ends with: ， 、 “ （ ‘ 《 */
static const uint32_t MID_CLAUSE_CPS[] = {0xFF0C, 0x3001, 0x201C, 0xFF08, 0x2018, 0x300A};
/* Punctuation Unicode calls ambiguous in width, which CJK fonts (and so a
 * PDF of Chinese text) set a full em wide: “ ” ‘ ’ … — · */
static const uint32_t WIDE_PUNCT_CPS[] = {0x201C, 0x201D, 0x2018, 0x2019, 0x2026, 0x2014, 0x00B7};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- small text tests -------------------------------------------------------- */

static uint32_t first_cp(const char *s, size_t n)
{
	size_t len;
	return n ? gw_utf8_decode(s, n, &len) : 0;
}

static uint32_t last_cp(const char *s, size_t n, size_t *at)
{
	size_t i = n;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	size_t len;
	*at = i;
	return n ? gw_utf8_decode(s + i, n - i, &len) : 0;
}

static bool in_set(uint32_t cp, const uint32_t *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == cp)
			return true;
	return false;
}

static bool is_sentence_end(uint32_t cp)
{
	return in_set(cp, SENTENCE_END_CPS, N_OF(SENTENCE_END_CPS));
}

/* 。！？ (not ；): where a paragraph, not just a clause, can end. */
static bool ends_period(const line *l)
{
	size_t at;
	uint32_t cp = last_cp(l->s, l->len, &at);
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

static bool is_closer(uint32_t cp)
{
	return in_set(cp, CLOSER_CPS, N_OF(CLOSER_CPS));
}

bool gw_unwrap_ends_sentence(const char *s, size_t n)
{
	size_t at;
	uint32_t cp = last_cp(s, n, &at);
	while (is_closer(cp) && at > 0) {
		n = at;
		cp = last_cp(s, n, &at);
	}
	return is_sentence_end(cp);
}

bool gw_unwrap_has_clause_mark(const char *s, size_t n)
{
	return gw_lex_within(GW_LEX_CLAUSE_MARK, s, n);
}

/* 。！？ inside a heading line make it a run-in heading over body text. */
static bool has_sentence_mark(const char *s, size_t n)
{
	return gw_lex_within(GW_LEX_SENTENCE_MARK, s, n);
}

/* The text after a section marker goes on as a paragraph the way
 * outline.c reads one (split_heading): a sentence ends in it, or a short
 * heading ends in ： with text after it (（一）强化路网建设：上半年…). */
static bool runs_in(const char *s, size_t n)
{
	if (has_sentence_mark(s, n))
		return true;
	size_t len, cps = 0;
	for (size_t i = 0; i < n && cps <= RUNIN_MAX; i += len, cps++) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if ((cp == 0xFF1A || cp == ':') && cps > 0)
			return i + len < n;
	}
	return false;
}

/* The line ends a run-in heading cut at the line end and goes on with
 * body text: a sentence ends within its first few characters
 * (（一）坚持项目为王，经济发展稳中 / 有进。面对外部需求…).  A body
 * paragraph under a heading rarely ends its first sentence that soon. */
static bool ends_runin_heading(const char *s, size_t n)
{
	size_t len, cps = 0;
	for (size_t i = 0; i < n && cps < RUNIN_TAIL_MAX; i += len, cps++) {
		gw_utf8_decode(s + i, n - i, &len);
		if (gw_lex_prefix(GW_LEX_SENTENCE_MARK, s + i, n - i))
			return cps > 0;
	}
	return false;
}

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t p = strlen(prefix);
	return n >= p && memcmp(s, prefix, p) == 0;
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
	size_t p = strlen(suffix);
	return n >= p && memcmp(s + n - p, suffix, p) == 0;
}

static bool is_ascii_alnum(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

static bool is_digit(uint32_t cp)
{
	return gw_fold_digit(cp) != 0;
}

size_t gw_unwrap_skip_spaces(const char *s, size_t n, size_t i)
{
	size_t len;
	while (i < n && gw_is_space(gw_utf8_decode(s + i, n - i, &len)))
		i += len;
	return i;
}

/* Arabic digits (half- or full-width) at s[*i..n): their value, -1 if none. */
long gw_unwrap_number_at(const char *s, size_t n, size_t *i)
{
	long v = 0;
	size_t start = *i, len;
	while (*i < n) {
		int d = gw_fold_digit(gw_utf8_decode(s + *i, n - *i, &len));
		if (!d || v > MAX_PAGE)
			break;
		v = v * 10 + (d - '0');
		*i += len;
	}
	return *i > start && v <= MAX_PAGE ? v : -1;
}

/* Matches the literal w at s[*i..n) (spaces before it skipped). */
bool gw_unwrap_word(const char *s, size_t n, size_t *i, const char *w)
{
	size_t j = gw_unwrap_skip_spaces(s, n, *i), wl = strlen(w);
	if (j + wl > n || memcmp(s + j, w, wl) != 0)
		return false;
	*i = j + wl;
	return true;
}

/* ---- measuring and detection ----------------------------------------------------- */

static bool is_cjk_punct(uint32_t cp)
{
	return in_set(cp, WIDE_PUNCT_CPS, N_OF(WIDE_PUNCT_CPS));
}

/* A space pdftotext puts into a justified CJK line (报告 2023年, or 余 人 。
 * 行 业 in a line set wide): an ASCII space with a wide character on one
 * side.  A PDF copy loses it (see copy_line); it never counts in a width. */
static bool is_layout_space(const char *s, size_t n, size_t i)
{
	if (s[i] != ' ')
		return false;
	size_t at, len;
	uint32_t before = i ? last_cp(s, i, &at) : 0;
	uint32_t after = i + 1 < n ? gw_utf8_decode(s + i + 1, n - i - 1, &len) : 0;
	/* 1. 加快…: a space after an ASCII mark is the author's */
	bool marked = before < 0x80 && before != ' ' && !is_ascii_alnum(before);
	return (gw_is_wide(before) || gw_is_wide(after)) && !marked && before && after && after != ' ';
}

static void measure(line *l, int indent)
{
	size_t i = 0, len;
	l->chars = l->cols = 0;
	while (i < l->len) {
		uint32_t cp = gw_utf8_decode(l->s + i, l->len - i, &len);
		if (is_layout_space(l->s, l->len, i)) {
			i += len;
			continue;
		}
		l->chars++;
		l->cols += gw_is_wide(cp) || is_cjk_punct(cp) ? 2 : 1;
		i += len;
	}
	if (indent > 0) {
		l->chars += (size_t)indent;
		l->cols += 2 * (size_t)indent;
	}
	gw_marker m;
	l->heading = gw_marker_section(l->s, l->len, &m) && !runs_in(l->s + m.len, l->len - m.len);
	l->level = l->heading ? m.level : 0;
}

static size_t width_of(const scan *sc, const line *l)
{
	return sc->by_columns ? l->cols : l->chars;
}

static bool is_full(const scan *sc, const line *l)
{
	size_t w = width_of(sc, l);
	return sc->width && w + sc->tol >= sc->width && w <= sc->width + sc->tol;
}

/* Full, or (in a PDF) short of full by an indent: the lines that pile up
 * at the width when text is wrapped. */
static bool piled(const scan *sc, const line *l)
{
	size_t w = width_of(sc, l);
	return is_full(sc, l) || (sc->by_columns && w + INDENT_COLS >= sc->width && w <= sc->width);
}

/* Lines that can tell whether the text is wrapped: kept text, not headings. */
static bool measured(const line *l)
{
	return gw_unwrap_is_content(l) && !l->heading;
}

/* The width lines fill: they pile up at it, and the first lines of
 * indented paragraphs pile up a little short of it (more of them than
 * full lines when paragraphs are short), so it is taken high in the pile
 * around the most common width. */
static size_t pile_top(const size_t *count, size_t mode, size_t spread)
{
	size_t from = mode > spread ? mode - spread : 0, total = 0, seen = 0;
	for (size_t w = from; w <= MAX_MEASURE; w++)
		total += count[w];
	for (size_t w = from; w <= MAX_MEASURE; w++) {
		seen += count[w];
		if (seen * 4 >= total * 3)
			return w;
	}
	return mode;
}

/* The width the text is wrapped at, in [lo, hi] (0: none), and how many
 * measured lines are full at it.  An app cuts at exactly N characters
 * (the most common width, no tolerance); a PDF line holds N ems, give or
 * take a character for digits, kinsoku and justification. */
static size_t best_width(scan *sc, bool by_columns, size_t lo, size_t hi, size_t *full)
{
	size_t count[MAX_MEASURE + 1] = {0};
	sc->by_columns = by_columns;
	for (size_t i = 0; i < sc->n; i++) {
		size_t w = width_of(sc, &sc->v[i]);
		if (measured(&sc->v[i]) && w <= MAX_MEASURE)
			count[w]++;
	}
	size_t best = 0;
	for (size_t w = lo; w <= hi; w++)
		if (count[w] && count[w] >= count[best])
			best = w;
	if (best)
		best = pile_top(count, best, by_columns ? INDENT_COLS : INDENT_CHARS);
	sc->width = best;
	sc->tol = by_columns && best ? (best / 12 > 2 ? best / 12 : 2) : 0;
	*full = 0;
	for (size_t i = 0; best && i < sc->n; i++)
		*full += measured(&sc->v[i]) && piled(sc, &sc->v[i]);
	return best;
}

/* Han characters, as indicator_text.h counts them (the basic block and
 * extension A: 3 bytes of UTF-8 each, as the seam buffer below assumes). */
static bool is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* The end of line a falls inside a word that line b finishes (宏观审 /
 * 慎管理, 增速高于全市平 / 均): the segmenter, reading up to SEAM_CHARS
 * characters each side, finds no word boundary at the seam.  Clean text
 * ends its lines at a sentence end or a heading, never there. */
static bool splits_word(const line *a, const line *b)
{
	size_t at, len, from = a->len;
	if (!is_han(last_cp(a->s, a->len, &at)) || !is_han(first_cp(b->s, b->len)))
		return false;
	for (int c = 0; c < SEAM_CHARS && from > 0 && is_han(last_cp(a->s, from, &at)); c++)
		from = at;
	char buf[2 * SEAM_CHARS * 3];   /* SEAM_CHARS Han characters each side */
	size_t n = a->len - from, i = 0;
	if (n > sizeof buf / 2)
		return false;
	memcpy(buf, a->s + from, n);
	for (int c = 0; c < SEAM_CHARS && i < b->len && is_han(gw_utf8_decode(b->s + i, b->len - i, &len)); c++)
		i += len;
	if (n + i > sizeof buf)
		return false;
	memcpy(buf + n, b->s, i);
	return !gw_seg_boundary(buf, n + i, n);
}

/* The next kept text line after line i when nothing (no blank line, no
 * furniture kept) stands between them, else NULL. */
static const line *next_text(const scan *sc, size_t i)
{
	for (i++; i < sc->n && sc->v[i].role != ROLE_TEXT && sc->v[i].role != ROLE_BLANK &&
		  sc->v[i].role != ROLE_BLOCK; i++)
		;
	return i < sc->n && sc->v[i].role == ROLE_TEXT ? &sc->v[i] : NULL;
}

/* A hand-retyped PDF or a phone's proportional font wraps at no one
 * width, but its lines still end inside words: enough of them do. */
static bool ragged_wrap(const scan *sc, size_t measured_lines)
{
	size_t split = 0;
	for (size_t i = 0; i < sc->n; i++) {
		const line *a = &sc->v[i], *b = measured(a) ? next_text(sc, i) : NULL;
		/* ends inside a word, or inside a clause of its own sentence (a
		 * ， in it and no sentence mark at its end: 较年初 / 提高3.7个百分点) */
		split += b && !b->heading &&
			 (splits_word(a, b) ||
			  (gw_unwrap_has_clause_mark(a->s, a->len) && !gw_unwrap_ends_sentence(a->s, a->len) &&
			   !ends_with(a->s, a->len, "：") && !ends_with(a->s, a->len, ":")));
	}
	return split >= MIN_FULL_LINES && split * 100 >= measured_lines * MIN_SPLIT_SHARE;
}

static bool detect_wrap(scan *sc)
{
	size_t full_chars, full_cols;
	size_t w_chars = best_width(sc, false, MIN_WRAP_CHARS, MAX_WRAP_CHARS, &full_chars);
	size_t w_cols = best_width(sc, true, 2 * MIN_WRAP_CHARS, 2 * MAX_WRAP_CHARS, &full_cols);
	/* an app cuts at exactly N characters: a sharp peak wins */
	if (full_chars * 2 >= full_cols)
		best_width(sc, false, w_chars, w_chars, &full_chars);
	(void)w_cols;
	size_t n = 0, full = 0, open = 0;
	for (size_t i = 0; i < sc->n; i++) {
		const line *l = &sc->v[i];
		if (!measured(l))
			continue;
		n++;
		if (!piled(sc, l))
			continue;
		full++;
		open += !gw_unwrap_ends_sentence(l->s, l->len);
	}
	bool wrapped = (full >= MIN_FULL_LINES && full * 100 >= n * MIN_FULL_SHARE &&
			open * 100 >= full * MIN_OPEN_SHARE) ||
		       (sc->width && ragged_wrap(sc, n));
	if (!wrapped)
		sc->width = 0;
	return wrapped;
}

/* ---- joining ---------------------------------------------------------------------- */

/* 2024年1月16日 (or with Chinese numerals) alone on a line. */
static bool is_date_line(const char *s, size_t n)
{
	size_t i = 0;
	long v;
	if (gw_unwrap_number_at(s, n, &i) < 1000) {
		i = 0;
		for (int k = 0; k < 4; k++) {
			size_t c = gw_marker_cnum(s + i, n - i, &v);
			if (!c || v > 9)
				return false;
			i += c;
		}
	}
	return gw_unwrap_word(s, n, &i, "年") && n - i <= 24 && memmem(s + i, n - i, "月", strlen("月")) &&
	       gw_unwrap_ends_sentence(s, n) == false;
}

/* Words that open a closing formula (特此报告, 以上汇报, 汇报完毕) or the
 * attachments (附件：), never wrapped into the line before. */
static bool starts_closing(const char *s, size_t n)
{
	size_t lead = gw_lex_prefix(GW_LEX_CLOSING_LEAD, s, n);
	return gw_lex_prefix(GW_LEX_CLOSING_OPEN, s, n) || gw_lex_prefix(GW_LEX_CLOSING_DONE, s, n) ||
	       (lead && gw_lex_prefix(GW_LEX_REPORT_WORD, s + lead, n - lead)) ||
	       gw_lex_prefix(GW_LEX_ATTACHMENT_LABEL, s, n);
}

/* Full, or short of full by a paragraph indent (two characters) that was
 * stripped and mid-sentence: the first line of an indented paragraph when
 * the text does not say how it was indented. */
static bool nearly_full(const scan *sc, const line *a)
{
	size_t slack = sc->by_columns ? INDENT_COLS : INDENT_CHARS, w = width_of(sc, a);
	return is_full(sc, a) ||
	       (!gw_unwrap_ends_sentence(a->s, a->len) && w + slack >= sc->width && w <= sc->width);
}

/* 尊敬的…：, 各位…：, …同志们：: a salutation by its words. */
static bool is_salutation_text(const line *l)
{
	if (!ends_with(l->s, l->len, "："))
		return false;
	return gw_lex_prefix(GW_LEX_SALUTATION_OPEN, l->s, l->len) ||
	       gw_lex_suffix(GW_LEX_ADDRESSED, l->s, l->len - strlen("："));
}

/* A salutation under the title: by its words, or any short line ending in
 * a colon after a line that is not quite full. */
static bool is_salutation(const scan *sc, const line *l, bool after_full)
{
	size_t at;
	uint32_t cp = last_cp(l->s, l->len, &at);
	if ((cp != 0xFF1A && cp != ':') || width_of(sc, l) >= sc->width)
		return false;
	return !after_full || is_salutation_text(l);
}

/* A line starting with kinsoku punctuation continues the line before. */
static bool is_line_tail(uint32_t cp)
{
	return in_set(cp, LINE_TAIL_CPS, N_OF(LINE_TAIL_CPS));
}

static int note_first_point(void *ctx, const gw_point_span *p)
{
	*(bool *)ctx = p->at == 0;
	return 1;
}

/* The point family (GW_POINT_SHI …) the line starts with, or 0. */
static unsigned leading_point(const line *l)
{
	bool at_start = false;
	gw_marker_points(l->s, l->len, note_first_point, &at_start);
	if (!at_start)
		return 0;
	size_t cut = l->len < 12 ? l->len : 12;   /* the marker only: 一是 第一 首先 ① */
	while (cut < l->len && ((unsigned char)l->s[cut] & 0xC0) == 0x80)
		cut++;
	return gw_marker_point_families(l->s, cut, NULL);
}

/* A line starting a paragraph for sure in a PDF copy without indentation:
 * short of full by the two-character indent, and going on (digits and
 * kinsoku move a full line by a column or so, never by four). */
static bool indent_width(const scan *sc, const line *b)
{
	size_t w = b->cols;
	return sc->by_columns && w + INDENT_COLS >= sc->width && w + 3 <= sc->width && !gw_unwrap_ends_sentence(b->s, b->len);
}

/* The rest of a heading or title too long for its line: short, no
 * sentence in it.  (一、坚持党建引领，基层治理体系不断 / 完善) */
static bool is_heading_tail(const scan *sc, const line *b)
{
	return width_of(sc, b) < sc->width && !has_sentence_mark(b->s, b->len) && !gw_unwrap_ends_sentence(b->s, b->len);
}

/* A ragged wrap: a line ending in a mark no paragraph ends with (， 、 “
 * （), or a line of body text (a comma or 、 in it) over half the width
 * that stops on a character or a digit.  A hand-retyped PDF, a phone's
 * proportional font or a justified column leaves lines of uneven width,
 * and 禽蛋产 / 量0.96万吨 is still one sentence; a heading or a signature
 * has no clause mark.  A closing quote or bracket is looked through: what
 * it closes ends there, not the sentence. */
static bool stops_mid_clause(const scan *sc, const line *a)
{
	size_t at, n = a->len;
	uint32_t cp = last_cp(a->s, n, &at);
	if (in_set(cp, MID_CLAUSE_CPS, N_OF(MID_CLAUSE_CPS)))
		return true;
	while (is_closer(cp) && at > 0) {   /* …达到96%以上。“五一” / 假期5天: a name's quote */
		n = at;
		cp = last_cp(a->s, n, &at);
	}
	bool word = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
	if (word && 2 * width_of(sc, a) >= sc->width && !a->heading && gw_lex_suffix(GW_LEX_OPEN_END, a->s, a->len))
		return true;   /* …由上年的2,856元提高到 / 2,981元: its object still to come */
	return word && 2 * width_of(sc, a) >= sc->width && gw_unwrap_has_clause_mark(a->s, a->len);
}

/* A figure cut from its unit: a line ending in a digit before one that
 * opens with a magnitude or a unit (发放宣传资料1.6 / 万份). */
static bool splits_figure(const line *a, const line *b)
{
	size_t at, len;
	uint32_t cp = last_cp(a->s, a->len, &at);
	if (!(cp >= '0' && cp <= '9') && !(cp >= 0xFF10 && cp <= 0xFF19))
		return false;
	return gw_magnitude_match(b->s, b->len, &len) || gw_unit_match(b->s, b->len, false, &len);
}

/* Does the kept line b continue the (nearly) full line a?  A heading or
 * the first line (a title) continues only into its own tail. */
static bool continues(const scan *sc, const line *a, const line *b, int indent_b, bool first)
{
	if (b->role != ROLE_TEXT || b->len == 0 || b->heading || starts_with(b->s, b->len, "——"))
		return false;
	if (is_line_tail(first_cp(b->s, b->len)))
		return true;
	bool full = is_full(sc, a);
	/* 1. and （1） lines fill the width when they open an enumerated
	 * paragraph; 一、 and （一） headings, titles, subtitles and
	 * salutations do not go on into body text, but a heading cut before
	 * the 。 of its run-in end does */
	bool enumerated = a->heading && a->level >= 3 && full;
	gw_marker m;
	if (a->heading && !enumerated)
		return full && (is_heading_tail(sc, b) ||
				(ends_runin_heading(b->s, b->len) && !gw_marker_section(b->s, b->len, &m)));
	/* a title that fills its line exactly stays apart from the
	 * salutation under it (县人民政府：) */
	if (first && !gw_unwrap_has_clause_mark(a->s, a->len))
		return full && is_heading_tail(sc, b) && !is_salutation(sc, b, false);
	if (starts_with(a->s, a->len, "——") || is_salutation_text(a))
		return full && is_heading_tail(sc, b);
	if (!(nearly_full(sc, a) || stops_mid_clause(sc, a) || splits_figure(a, b) || splits_word(a, b)) ||
	    (!full && first) ||
	    is_salutation(sc, b, full))
		return false;
	if (gw_marker_section(b->s, b->len, &m) || is_date_line(b->s, b->len) || starts_closing(b->s, b->len))
		return false;
	if (sc->has_indent)
		return indent_b == 0;
	if (!gw_unwrap_ends_sentence(a->s, a->len))
		return true;
	/* A full line ending a sentence may end its paragraph at the margin.
	 * Without indentation to tell, the next line goes on unless it looks
	 * like a first line, opens a point the way this text's paragraphs do,
	 * or is a short line without punctuation (a signature). */
	return !indent_width(sc, b) && !(ends_period(a) && (leading_point(b) & sc->point_paragraphs)) &&
	       !(is_heading_tail(sc, b));
}

/* Point families that open paragraphs in this text: those at the start of
 * a line that follows a short line ending a sentence. */
static unsigned learn_point_paragraphs(const scan *sc)
{
	unsigned families = 0;
	const line *prev = NULL;
	for (size_t i = 0; i < sc->n; i++) {
		const line *l = &sc->v[i];
		if (!gw_unwrap_is_content(l))
			continue;
		if (prev && !nearly_full(sc, prev) && ends_period(prev))
			families |= leading_point(l);
		prev = l;
	}
	return families;
}

static size_t next_kept(const scan *sc, size_t i)
{
	for (i++; i < sc->n; i++)
		if (sc->v[i].role == ROLE_TEXT || sc->v[i].role == ROLE_BLANK || sc->v[i].role == ROLE_BLOCK)
			return i;
	return sc->n;
}

static size_t mark_joins(scan *sc)
{
	size_t joined = 0, first = gw_unwrap_first_content(sc, 0);
	sc->point_paragraphs = learn_point_paragraphs(sc);
	for (size_t i = 0; i < sc->n; i++) {
		if (!gw_unwrap_is_content(&sc->v[i]))
			continue;
		size_t j = next_kept(sc, i);
		if (j < sc->n && continues(sc, &sc->v[i], &sc->v[j], sc->b->v[j].indent_chars, i == first)) {
			sc->v[i].join_next = true;
			joined++;
		}
	}
	return joined;
}

/* What goes between two joined lines: nothing for CJK, numbers split at
 * the margin and number + unit; one space between Latin words; a
 * hyphenated Latin word loses its hyphen ("inter-" "national"). */
typedef enum seam { SEAM_NONE, SEAM_SPACE, SEAM_DROP_HYPHEN } seam;

static bool is_ascii_letter(uint32_t cp)
{
	return cp < 0x80 && is_ascii_alnum(cp) && !is_digit(cp);
}

/* The Latin token at the end of a line (or the start, dir +1) sits right
 * against a CJK character: 万元GD|P用水量 is one token cut by the wrap. */
static bool latin_in_cjk(const line *l, int dir)
{
	size_t i = dir > 0 ? 0 : l->len, len;
	while (dir > 0 ? i < l->len : i > 0) {
		size_t at = i;
		uint32_t cp;
		if (dir > 0) {
			cp = gw_utf8_decode(l->s + i, l->len - i, &len);
			i += len;
		} else {
			cp = last_cp(l->s, i, &at);
			i = at;
		}
		if (cp >= 0x80)
			return gw_is_wide(cp);
		if (!is_ascii_alnum(cp) && cp != '.')
			return false;
	}
	return false;
}

static seam seam_between(const line *a, const line *b)
{
	size_t at, at2;
	uint32_t end = last_cp(a->s, a->len, &at);
	uint32_t before = at ? last_cp(a->s, at, &at2) : 0;
	uint32_t start = first_cp(b->s, b->len);
	if (end == '-' && is_ascii_letter(before) && start >= 'a' && start <= 'z')
		return SEAM_DROP_HYPHEN;
	if (start >= 0x80 || !is_ascii_alnum(start) || end >= 0x80)
		return SEAM_NONE;
	if (latin_in_cjk(a, -1) && latin_in_cjk(b, +1))
		return SEAM_NONE;
	if (is_ascii_letter(end))
		return SEAM_SPACE;            /* word word, word 12 */
	if (is_digit(end))
		return is_ascii_letter(start) ? SEAM_SPACE : SEAM_NONE;   /* 12 items; 28|67 */
	/* after , . ; : ! ? ) a word goes on after a space; a number (6.2:38.1:|55.7) does not */
	return strchr(",.;:!?)", (int)end) && is_ascii_letter(before) ? SEAM_SPACE : SEAM_NONE;
}

/* ---- rewriting the blocks ---------------------------------------------------------- */

/* The joined text of lines v[from..to] (to's join_next is false). */
/* Appends l's text at p; in a PDF copy without its layout spaces. */
static char *copy_line(char *p, const line *l, bool pdf)
{
	for (size_t i = 0; i < l->len; i++)
		if (!pdf || !is_layout_space(l->s, l->len, i))
			*p++ = l->s[i];
	return p;
}

static char *join_text(gw_arena *a, const line *v, size_t from, size_t to, bool pdf)
{
	size_t total = 0;
	for (size_t i = from; i <= to; i++)
		total += v[i].len + 1;
	char *out = gw_arena_alloc(a, total + 1), *p = out;
	if (!out)
		return NULL;
	const line *prev = NULL;
	for (size_t i = from; i <= to; i++) {
		const line *l = &v[i];
		if (l->role != ROLE_TEXT)
			continue;
		if (prev) {
			seam sm = seam_between(prev, l);
			if (sm == SEAM_SPACE)
				*p++ = ' ';
			else if (sm == SEAM_DROP_HYPHEN)
				p--;
		}
		p = copy_line(p, l, pdf);
		prev = l;
	}
	*p = '\0';
	return out;
}

static void note_paragraph(gw_diag *d, const scan *sc, size_t from, size_t to, size_t *notes)
{
	if ((*notes)++ < NOTES_MAX)
		gw_note(d, sc->b->v[from].no, "lines %zu-%zu joined into one paragraph (hard-wrapped text)",
			sc->b->v[from].no, sc->b->v[to].no);
}

static void note_removed(gw_diag *d, const scan *sc, size_t i, size_t *notes)
{
	const line *l = &sc->v[i];
	if (l->role != ROLE_PAGE_NUMBER && l->role != ROLE_RUNNING)
		return;
	if ((*notes)++ < NOTES_MAX)
		gw_note(d, sc->b->v[i].no, "removed %s \"%.*s\"",
			l->role == ROLE_PAGE_NUMBER ? _("page number") : _("running header or footer"),
			(int)(l->len > 120 ? 120 : l->len), l->s);
}

/* Builds the new block list in out (room for sc->n) and returns its size,
 * or (size_t)-1 when out of memory. */
static size_t rebuild(const scan *sc, gw_block *out, gw_unwrap_stats *st, gw_diag *d)
{
	size_t k = 0, notes = 0;
	bool pdf = sc->width && sc->by_columns;   /* wrapped in ems: a PDF copy */
	for (size_t i = 0; i < sc->n; i++) {
		const line *l = &sc->v[i];
		note_removed(d, sc, i, &notes);
		if (l->role != ROLE_TEXT && l->role != ROLE_BLANK && l->role != ROLE_BLOCK)
			continue;
		gw_block blk = sc->b->v[i];
		if (l->role != ROLE_BLOCK) {
			blk.s = l->s;
			blk.len = l->len;
			blk.page_break_before = blk.page_break_before || l->page_break;
		}
		size_t end = i;
		while (sc->v[end].join_next)
			end = next_kept(sc, end);
		if (end > i || (pdf && l->role == ROLE_TEXT && memchr(l->s, ' ', l->len))) {
			char *text = join_text(sc->b->arena, sc->v, i, end, pdf);
			if (!text)
				return (size_t)-1;
			blk.s = text;
			blk.len = strlen(text);
		}
		if (end > i) {
			st->paragraphs++;
			note_paragraph(d, sc, i, end, &notes);
			for (size_t j = i + 1; j <= end; j++)
				note_removed(d, sc, j, &notes);
		}
		out[k++] = blk;
		i = end;
	}
	return k;
}

/* ---- the pass ---------------------------------------------------------------------- */

/* Form feeds at either end of a line: page breaks pdftotext writes. */
static void strip_form_feeds(line *l)
{
	while (l->len && (l->s[0] == CP_FORM_FEED || l->s[l->len - 1] == CP_FORM_FEED)) {
		if (l->s[0] == CP_FORM_FEED) {
			l->s++;
			l->len--;
		} else {
			l->len--;
		}
		l->page_break = true;
		size_t head = gw_unwrap_skip_spaces(l->s, l->len, 0);
		l->s += head;
		l->len -= head;
	}
}

static void load(scan *sc, const gw_unwrap_opts *o, gw_unwrap_stats *st)
{
	size_t indented = 0;
	for (size_t i = 0; i < sc->n; i++) {
		const gw_block *blk = &sc->b->v[i];
		line *l = &sc->v[i];
		memset(l, 0, sizeof *l);
		l->page = -1;
		/* a table, or a row typed with tabs (乡镇\t播种面积\t…): never joined */
		if (blk->kind != GW_BLOCK_TEXT || memchr(blk->s, '\t', blk->len)) {
			l->role = ROLE_BLOCK;
			continue;
		}
		l->s = blk->s;
		l->len = blk->len;
		l->page_break = blk->page_break_before;   /* decode.c saw a form feed */
		if (!o->keep_furniture)
			strip_form_feeds(l);
		st->form_feeds += l->page_break;
		l->role = l->len ? ROLE_TEXT : ROLE_BLANK;
		measure(l, blk->indent_chars);
		indented += blk->indent_chars > 0 && blk->indent_chars <= MAX_INDENT && l->len;
	}
	/* a centred title or a right-aligned signature is not a paragraph indent */
	sc->has_indent = indented >= MIN_INDENTED;
}

static void summarise(gw_diag *d, const gw_unwrap_stats *st)
{
	char removed[160] = "";
	if (st->page_numbers && st->running_lines)
		snprintf(removed, sizeof removed, _("; removed %zu page numbers and %zu running header/footer lines"),
			 st->page_numbers, st->running_lines);
	else if (st->page_numbers)
		snprintf(removed, sizeof removed, _("; removed %zu page numbers"), st->page_numbers);
	else if (st->running_lines)
		snprintf(removed, sizeof removed, _("; removed %zu running header/footer lines"), st->running_lines);
	if (st->lines_joined)
		gw_warn(d, 0, "hard-wrapped text: joined %zu wrapped lines into %zu paragraphs%s "
			"(--no-unwrap keeps every line)", st->lines_joined, st->paragraphs, removed);
	else if (*removed)
		gw_warn(d, 0, "page furniture: %s (--no-unwrap keeps every line)", removed + 2);
}

gw_status gw_unwrap(gw_blocks *b, const gw_unwrap_opts *o, gw_unwrap_stats *st, gw_diag *d)
{
	static const gw_unwrap_opts defaults = {0};
	gw_unwrap_stats local;
	o = o ? o : &defaults;
	st = st ? st : &local;
	memset(st, 0, sizeof *st);
	if (b->n == 0 || (o->keep_lines && o->keep_furniture))
		return GW_OK;
	scan sc = {.b = b, .n = b->n};
	sc.v = malloc(b->n * sizeof *sc.v);
	gw_block *out = malloc(b->n * sizeof *out);
	gw_status rc = GW_OK;
	if (!sc.v || !out)
		goto nomem;
	load(&sc, o, st);
	if (!o->keep_furniture) {
		if (gw_unwrap_furniture(&sc))
			goto nomem;
	}
	if (!o->keep_lines && detect_wrap(&sc))
		st->lines_joined = mark_joins(&sc);
	st->wrap_width = sc.width;
	st->wrap_in_columns = sc.by_columns;
	for (size_t i = 0; i < sc.n; i++) {
		st->page_numbers += sc.v[i].role == ROLE_PAGE_NUMBER;
		st->running_lines += sc.v[i].role == ROLE_RUNNING;
	}
	size_t k = rebuild(&sc, out, st, d);
	if (k == (size_t)-1)
		goto nomem;
	memcpy(b->v, out, k * sizeof *out);
	b->n = k;
	summarise(d, st);
	goto done;
nomem:
	rc = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory joining wrapped lines");
	memset(st, 0, sizeof *st);
done:
	free(sc.v);
	free(out);
	return rc;
}
