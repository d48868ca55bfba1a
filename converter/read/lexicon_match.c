/*
 * lexicon_match.c — finding a lexicon's words in text: the longest word a
 * text starts or ends with, a word inside it, the text being one.  The
 * lists themselves are data in lexicon.c and the lexicon_*.c files beside
 * it, reached through gw_lex_words.
 */
#include "lexicon.h"

#include <string.h>

size_t gw_lex_prefix(gw_lex l, const char *s, size_t n)
{
	size_t count, best = 0;
	const gw_word *w = gw_lex_words(l, &count);
	if (!n)
		return 0;
	unsigned short c1 = (unsigned short)((unsigned char)s[0] << 8), c2 = n > 1 ? GW_LEX_FIRST2(s) : c1;
	for (size_t i = 0; i < count; i++) {
		size_t len = w[i].len;
		if (w[i].first == (len > 1 ? c2 : c1) && len > best && len <= n && memcmp(s, w[i].text, len) == 0)
			best = len;
	}
	return best;
}

/* The longest word of list l that s[0..n) ends with, or NULL. */
static const gw_word *suffix_at(gw_lex l, const char *s, size_t n)
{
	size_t count, best = 0;
	const gw_word *w = gw_lex_words(l, &count), *at = NULL;
	if (!n)
		return NULL;
	unsigned short c1 = (unsigned short)((unsigned char)s[n - 1] << 8);
	unsigned short c2 = n > 1 ? GW_LEX_FIRST2(s + n - 2) : c1;
	for (size_t i = 0; i < count; i++) {
		size_t len = w[i].len;
		if (w[i].last == (len > 1 ? c2 : c1) && len > best && len <= n &&
		    memcmp(s + n - len, w[i].text, len) == 0) {
			best = len;
			at = &w[i];
		}
	}
	return at;
}

size_t gw_lex_suffix(gw_lex l, const char *s, size_t n)
{
	const gw_word *at = suffix_at(l, s, n);
	return at ? at->len : 0;
}

const char *gw_lex_suffix_word(gw_lex l, const char *s, size_t n)
{
	const gw_word *at = suffix_at(l, s, n);
	return at ? at->text : NULL;
}

const char *gw_lex_prefix_word(gw_lex l, const char *s, size_t n)
{
	size_t count, len = gw_lex_prefix(l, s, n);
	const gw_word *w = gw_lex_words(l, &count);
	for (size_t i = 0; len && i < count; i++)
		if (w[i].len == len && memcmp(s, w[i].text, len) == 0)
			return w[i].text;
	return NULL;
}

bool gw_lex_within(gw_lex l, const char *s, size_t n)
{
	size_t count;
	const gw_word *w = gw_lex_words(l, &count);
	for (size_t i = 0; i < count; i++)
		if (memmem(s, n, w[i].text, w[i].len))
			return true;
	return false;
}

bool gw_lex_is(gw_lex l, const char *s, size_t n)
{
	size_t count;
	const gw_word *w = gw_lex_words(l, &count);
	for (size_t i = 0; i < count; i++)
		if (w[i].len == n && memcmp(s, w[i].text, n) == 0)
			return true;
	return false;
}
