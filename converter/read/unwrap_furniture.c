/*
 * unwrap_furniture.c — page furniture in text copied out of a PDF or a
 * word processor (the first step of unwrap.c's pass): the lines that are
 * the page's, not the report's, get a role that removes them.
 *
 *   Page numbers on a line of their own: — 3 —, - 3 -, 第3页, 第3页 共8页
 *   always; a bare 3 or 3/8 only as part of a run (3, 4, 5 … at least
 *   MIN_PAGE_GAP lines apart), so a number in body text stays.
 *   Running headers and footers: a short line repeated right after
 *   (header) or right before (footer) two or more page breaks; without page
 *   breaks, one repeated at a regular interval.  The first line stays the
 *   title unless it stands apart as every other copy does.
 *   Blank lines next to removed furniture, or before a page break, are page
 *   layout, not paragraph breaks.
 *
 * Linear in the input, except the running header search: quadratic in the
 * number of page breaks.
 */
#include "unwrap_scan.h"

#include "../model/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RUNNING_MAX 40        /* characters of a running header or footer */
#define MIN_PAGE_GAP 8        /* lines between two page numbers of a run */

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- page numbers -------------------------------------------------------------- */

/* How page numbers are printed.  Strong forms are never body text on a
 * line of their own; weak forms count only as a run (see find_pages). */
typedef struct page_form {
	const char *before, *after;
	bool strong;
} page_form;

static const page_form PAGE_FORMS[] = {
	{"—", "—", true}, {"－", "－", true}, {"–", "–", true}, {"-", "-", true},
	{"第", "页", true}, {"Page", "", false}, {"", "", false},
};

/* What may stand between a page number and 共8页 (nothing, too). */
static const char *const PAGE_TOTAL_LEADS[] = {"/", "，", ",", ""};

/* A total after the number: 共8页, /共8页, ，共8页, /8, of 8. */
static bool page_total(const char *s, size_t n, size_t *i)
{
	for (size_t k = 0; k < N_OF(PAGE_TOTAL_LEADS); k++) {
		size_t j = *i;
		if (!gw_unwrap_word(s, n, &j, PAGE_TOTAL_LEADS[k]) || !gw_unwrap_word(s, n, &j, "共"))
			continue;
		j = gw_unwrap_skip_spaces(s, n, j);
		if (gw_unwrap_number_at(s, n, &j) >= 0 && gw_unwrap_word(s, n, &j, "页")) {
			*i = j;
			return true;
		}
	}
	size_t j = *i;
	if (!gw_unwrap_word(s, n, &j, "/") && !gw_unwrap_word(s, n, &j, "of"))
		return false;
	j = gw_unwrap_skip_spaces(s, n, j);
	if (gw_unwrap_number_at(s, n, &j) < 0)
		return false;
	*i = j;
	return true;
}

/* The page number a whole line prints, or -1; *strong tells the form. */
static long page_number(const char *s, size_t n, bool *strong)
{
	if (n == 0 || n > 48)
		return -1;
	for (size_t f = 0; f < sizeof PAGE_FORMS / sizeof PAGE_FORMS[0]; f++) {
		const page_form *pf = &PAGE_FORMS[f];
		size_t i = 0;
		if (*pf->before && !gw_unwrap_word(s, n, &i, pf->before))
			continue;
		i = gw_unwrap_skip_spaces(s, n, i);
		long v = gw_unwrap_number_at(s, n, &i);
		if (v < 0 || (*pf->after && !gw_unwrap_word(s, n, &i, pf->after)))
			continue;
		bool total = page_total(s, n, &i);
		if (gw_unwrap_skip_spaces(s, n, i) != n)
			continue;
		*strong = pf->strong || (total && *pf->before);
		return v;
	}
	return -1;
}

/* Weak page numbers count when the one before or after in the text is the
 * page before or after, far enough away to be a page apart. */
static void find_pages(scan *sc)
{
	size_t prev = (size_t)-1;
	for (size_t i = 0; i < sc->n; i++) {
		line *l = &sc->v[i];
		bool strong = false;
		l->page = l->role == ROLE_TEXT ? page_number(l->s, l->len, &strong) : -1;
		if (l->page < 0)
			continue;
		if (strong)
			l->role = ROLE_PAGE_NUMBER;
		if (prev != (size_t)-1 && sc->v[prev].page + 1 == l->page && i - prev >= MIN_PAGE_GAP) {
			sc->v[prev].role = ROLE_PAGE_NUMBER;
			l->role = ROLE_PAGE_NUMBER;
		}
		prev = i;
	}
}

/* ---- running headers and footers -------------------------------------------- */

static bool is_boundary(const line *l)
{
	return l->role == ROLE_PAGE_NUMBER || l->page_break;
}

bool gw_unwrap_is_content(const line *l)
{
	return l->role == ROLE_TEXT && l->len > 0;
}

static bool same_text(const line *a, const line *b)
{
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

/* True when the line holds a letter, a digit or a Han character: a line
 * of marks alone (————, ＊＊＊) is a separator the writer typed. */
static bool names_something(const line *l)
{
	size_t len;
	for (size_t i = 0; i < l->len; i += len) {
		uint32_t cp = gw_utf8_decode(l->s + i, l->len - i, &len);
		if ((cp < 0x80 && ((cp | 0x20) - 'a' < 26 || cp - '0' < 10)) || (cp >= 0x3400 && cp <= 0x9FFF) ||
		    cp == 0x3007 || (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
		    (cp >= 0xFF41 && cp <= 0xFF5A))
			return true;   /* (〇, full-width digits and letters) */
	}
	return false;
}

/* A running header or footer is a name or a title: short, no clause in it
 * (a repeated line of body text is not one), and something named. */
static bool running_candidate(const line *l)
{
	return gw_unwrap_is_content(l) && l->chars <= RUNNING_MAX && !l->heading && !gw_unwrap_has_clause_mark(l->s, l->len) &&
	       !gw_unwrap_ends_sentence(l->s, l->len) && names_something(l);
}

/* The content line nearest to a page break, going from `from` in
 * direction dir (+1: the new page's header, -1: the old page's footer);
 * sc->n when there is none before a non-text block or the text's end. */
static size_t nearest_content(const scan *sc, size_t from, int dir)
{
	for (size_t j = from; j < sc->n; j = dir > 0 ? j + 1 : j - 1) {
		if (sc->v[j].role == ROLE_BLOCK)
			break;
		if (gw_unwrap_is_content(&sc->v[j]))
			return j;
		if (dir < 0 && j == 0)
			break;
	}
	return sc->n;
}

/* Content lines right after (dir +1) or before (dir -1) page breaks that
 * could be a running header or footer, each once, in order, into out;
 * returns how many.  A form feed stands on the new page's first line; a
 * page number is the last line of its page. */
static size_t page_edges(const scan *sc, int dir, size_t *out)
{
	size_t k = 0;
	for (size_t i = 0; i < sc->n; i++) {
		const line *l = &sc->v[i];
		if (!is_boundary(l) || (i == 0 && dir < 0))
			continue;
		size_t from = l->role == ROLE_PAGE_NUMBER ? (dir > 0 ? i + 1 : i - 1) : (dir > 0 ? i : i - 1);
		size_t j = nearest_content(sc, from, dir);
		if (j < sc->n && running_candidate(&sc->v[j]) && (k == 0 || out[k - 1] != j))
			out[k++] = j;
	}
	return k;
}

/* Removes every edge line whose text is at two or more edges. */
static size_t drop_repeated(scan *sc, const size_t *edge, size_t n)
{
	size_t removed = 0;
	for (size_t a = 0; a < n; a++) {
		size_t same = 0;
		for (size_t c = 0; c < n; c++)
			same += same_text(&sc->v[edge[a]], &sc->v[edge[c]]);
		if (same >= 2 && sc->v[edge[a]].role == ROLE_TEXT) {
			sc->v[edge[a]].role = ROLE_RUNNING;
			removed++;
		}
	}
	return removed;
}

size_t gw_unwrap_first_content(const scan *sc, size_t from)
{
	while (from < sc->n && !gw_unwrap_is_content(&sc->v[from]))
		from++;
	return from;
}

static bool blank_after(const scan *sc, size_t i)
{
	return i + 1 < sc->n && sc->v[i + 1].role == ROLE_BLANK;
}

/* The text's first line, repeated as a header on later pages, is a header
 * on page 1 too when the title follows it (header == title), or when it
 * stands apart from what follows it as every other copy does (pdftotext
 * puts the header's text block apart with a blank line).  Otherwise it is
 * the title, and the header is left off page 1. */
static void keep_title(scan *sc, size_t first)
{
	if (first >= sc->n || sc->v[first].role != ROLE_RUNNING)
		return;
	size_t next = gw_unwrap_first_content(sc, first + 1);
	if (next < sc->n && same_text(&sc->v[first], &sc->v[next]))
		return;
	bool apart = blank_after(sc, first);
	for (size_t i = first + 1; apart && i < sc->n; i++)
		if (sc->v[i].role == ROLE_RUNNING && same_text(&sc->v[i], &sc->v[first]))
			apart = blank_after(sc, i);
	if (!apart || !sc->has_boundaries)
		sc->v[first].role = ROLE_TEXT;
}

/* Without page breaks: a short line that comes back at a regular interval. */
static void find_periodic(scan *sc)
{
	for (size_t i = 0; i < sc->n; i++) {
		if (!running_candidate(&sc->v[i]))
			continue;
		size_t count = 1, last = i, min_gap = SIZE_MAX, max_gap = 0;
		for (size_t j = i + 1; j < sc->n; j++) {
			if (!gw_unwrap_is_content(&sc->v[j]) || !same_text(&sc->v[i], &sc->v[j]))
				continue;
			size_t gap = j - last;
			min_gap = gap < min_gap ? gap : min_gap;
			max_gap = gap > max_gap ? gap : max_gap;
			last = j;
			count++;
		}
		if (count < 3 || min_gap < MIN_PAGE_GAP || max_gap * 2 > min_gap * 3)
			continue;
		for (size_t j = i; j < sc->n; j++)
			if (gw_unwrap_is_content(&sc->v[j]) && same_text(&sc->v[i], &sc->v[j]))
				sc->v[j].role = ROLE_RUNNING;
	}
}

static gw_status find_running(scan *sc)
{
	size_t boundaries = 0;
	for (size_t i = 0; i < sc->n; i++)
		boundaries += is_boundary(&sc->v[i]);
	size_t first = gw_unwrap_first_content(sc, 0);
	sc->has_boundaries = boundaries > 0;
	if (boundaries == 0) {
		find_periodic(sc);
		keep_title(sc, first);
		return GW_OK;
	}
	/* page 1's header and the last page's footer are edges too */
	size_t *edge = malloc((2 * boundaries + 2) * sizeof *edge);
	if (!edge)
		return GW_E_NOMEM;
	size_t n = page_edges(sc, +1, edge);
	if (first < sc->n && running_candidate(&sc->v[first]) && (n == 0 || edge[0] != first))
		edge[n++] = first;
	drop_repeated(sc, edge, n);
	n = page_edges(sc, -1, edge);
	size_t last = sc->n;
	while (last > 0 && !gw_unwrap_is_content(&sc->v[last - 1]))
		last--;
	if (last > 0 && running_candidate(&sc->v[last - 1]) && (n == 0 || edge[n - 1] != last - 1))
		edge[n++] = last - 1;
	drop_repeated(sc, edge, n);
	free(edge);
	keep_title(sc, first);
	return GW_OK;
}

/* Blank lines next to removed furniture or before a page break are page
 * layout, not paragraph breaks. */
static void drop_layout_blanks(scan *sc)
{
	for (size_t i = 0; i < sc->n; i++) {
		line *l = &sc->v[i];
		bool furniture = l->role == ROLE_PAGE_NUMBER || l->role == ROLE_RUNNING ||
				 (l->page_break && l->role == ROLE_BLANK);
		if (!furniture && !l->page_break)
			continue;
		if (l->role == ROLE_BLANK)
			l->role = ROLE_LAYOUT;
		for (size_t j = i; j > 0 && sc->v[j - 1].role == ROLE_BLANK; j--)
			sc->v[j - 1].role = ROLE_LAYOUT;
		for (size_t j = i + 1; furniture && j < sc->n && sc->v[j].role == ROLE_BLANK; j++)
			sc->v[j].role = ROLE_LAYOUT;
	}
}

/* ---- the furniture pass ------------------------------------------------------- */

gw_status gw_unwrap_furniture(scan *sc)
{
	find_pages(sc);
	if (find_running(sc))
		return GW_E_NOMEM;
	drop_layout_blanks(sc);
	return GW_OK;
}
