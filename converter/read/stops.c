/*
 * stops.c — full stops typed as ASCII '.' (stops.h): a report typed on a
 * phone, or with an English keyboard, may end every sentence with '.'
 * (…共计682万元.改造后…).  The rest of the reader knows 。 as the full stop,
 * so such a report was one sentence per paragraph: its 1.市场改造. run-in
 * headings stayed body text, a time heading ran on across sentences, and
 * most figures were never reached.
 *
 * A '.' is a stop when the character before it is Han, a closing bracket
 * or quote, or %, and what follows is Han, a digit (2.食品安全.1-11月…),
 * an opening bracket or quote, white space or the end of the line.  After
 * a digit or a Latin letter it never is (3.5, 1. as a marker, www.gov.cn,
 * e.g.), nor is a dot in a run of dots (...), nor one in Word's automatic
 * numbering (一. is its marker).  A document's stops become 。 only when
 * there are at least STOPS_MIN of them and more than its 。: a clean
 * report with a stray '.' is left exactly as it is.  Table cells are
 * left as they are (a table holds no sentences to split).
 */
#include "stops.h"

#include <string.h>

#include "../model/utf8.h"

#define STOPS_MIN 3   /* fewer is a typo, not a habit */

static const char FULL_STOP[] = "。";

static bool is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* What may end a sentence's last word: ” ’ ） 》 」 』 ) % */
static bool closes(uint32_t cp)
{
	return cp == 0x201D || cp == 0x2019 || cp == 0xFF09 || cp == 0x300B || cp == 0x300D || cp == 0x300F ||
	       cp == ')' || cp == '%' || cp == 0xFF05;
}

/* What may open the next sentence: “ ‘ （ 《 「 『 ( and spaces */
static bool opens(uint32_t cp)
{
	return cp == 0x201C || cp == 0x2018 || cp == 0xFF08 || cp == 0x300A || cp == 0x300C || cp == 0x300E ||
	       cp == '(' || gw_is_space(cp);
}

static uint32_t cp_before(const char *s, size_t i)
{
	size_t a = i, len;
	if (i == 0)
		return 0;
	while (a > 0 && ((unsigned char)s[a - 1] & 0xC0) == 0x80)
		a--;
	a = a > 0 ? a - 1 : 0;
	return gw_utf8_decode(s + a, i - a, &len);
}

/* Whether the '.' at s[i] ends a sentence; line_before is the last
 * character of the line before (a copy wrapped at a sentence's end puts
 * its '.' first on the next line). */
static bool is_stop(const char *s, size_t n, size_t i, uint32_t line_before)
{
	size_t len;
	if (s[i] != '.' || (i + 1 < n && s[i + 1] == '.') || (i > 0 && s[i - 1] == '.'))
		return false;
	uint32_t before = i ? cp_before(s, i) : line_before;
	uint32_t after = i + 1 < n ? gw_utf8_decode(s + i + 1, n - i - 1, &len) : 0;
	bool digit_after = after >= '0' && after <= '9' && before != '%' && before != ')' && before != 0xFF05 &&
			   before != 0xFF09;   /* 5%.5, (3).2 */
	return (is_han(before) || closes(before)) && (after == 0 || is_han(after) || opens(after) || digit_after);
}

/* The last character of the text block before b[i], or 0. */
static uint32_t line_before(const gw_blocks *b, size_t i)
{
	const gw_block *prev = i ? &b->v[i - 1] : NULL;
	return prev && prev->kind == GW_BLOCK_TEXT ? cp_before(prev->s, prev->len) : 0;
}

static size_t count_stops(const gw_block *b, uint32_t before, size_t *full_stops)
{
	size_t stops = 0;
	for (size_t i = b->numbering_len; i < b->len; i++) {
		stops += is_stop(b->s, b->len, i, before);
		if (i + 3 <= b->len && !memcmp(b->s + i, FULL_STOP, 3))
			++*full_stops;
	}
	return stops;
}

/* b's text with its k stops as 。, from the arena, its length into *len;
 * NULL when out of memory. */
static char *rewrite(gw_arena *a, const gw_block *b, uint32_t before, size_t k, size_t *len)
{
	char *out = gw_arena_alloc(a, b->len + 2 * k + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < b->len; i++) {
		if (i >= b->numbering_len && is_stop(b->s, b->len, i, before)) {
			memcpy(o, FULL_STOP, 3);
			o += 3;
		} else {
			*o++ = b->s[i];
		}
	}
	*o = '\0';
	*len = (size_t)(o - out);
	return out;
}

gw_status gw_stops_fix(gw_blocks *b, gw_diag *d)
{
	size_t stops = 0, full = 0;
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].kind == GW_BLOCK_TEXT)
			stops += count_stops(&b->v[i], line_before(b, i), &full);
	if (stops < STOPS_MIN || stops <= full)
		return GW_OK;
	/* all blocks rewritten first, then swapped in: a failure changes nothing */
	char **texts = gw_arena_array(b->arena, b->n, sizeof *texts);
	size_t *lens = gw_arena_array(b->arena, b->n, sizeof *lens);
	if (!texts || !lens)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	for (size_t i = 0; i < b->n; i++) {
		uint32_t before = line_before(b, i);
		size_t f = 0, k = b->v[i].kind == GW_BLOCK_TEXT ? count_stops(&b->v[i], before, &f) : 0;
		texts[i] = NULL;
		if (k && !(texts[i] = rewrite(b->arena, &b->v[i], before, k, &lens[i])))
			return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	}
	for (size_t i = 0; i < b->n; i++) {
		if (!texts[i])
			continue;
		b->v[i].s = texts[i];
		b->v[i].len = lens[i];
	}
	gw_warn(d, 0, "full stops typed as '.': read %zu of them as 。", stops);
	return GW_OK;
}
