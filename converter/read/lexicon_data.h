/*
 * lexicon_data.h — how the word lists of lexicon.c and the lexicon_*.c
 * files beside it are written (private to them): W() computes a word's
 * match keys at compile time, LIST() pairs a list with its length; and each
 * file's table of lists, which gw_lex_words (lexicon.c) looks in.
 */
#ifndef GW_LEXICON_DATA_H
#define GW_LEXICON_DATA_H

#include "lexicon.h"

/* A word's last two bytes (one for a one-byte word), compared like its
 * first two (GW_LEX_FIRST2) before its text is touched. */
#define LAST2(x)                                                                              \
	(unsigned short)(sizeof(x) > 2                                                            \
				 ? (unsigned char)(x)[sizeof(x) > 2 ? sizeof(x) - 3 : 0] << 8 |           \
					   (unsigned char)(x)[sizeof(x) - 2]                              \
				 : (unsigned char)(x)[0] << 8)
#define W(x) {x, sizeof(x) - 1, GW_LEX_FIRST2(x), LAST2(x)}
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

struct lex_list {
	const gw_word *words;
	size_t n;
};

#define LIST(name) {name, N_OF(name)}

/* A point's ordinal (一是…十是): a vocabulary several lists hold, each for
 * its own role (GW_LEX_LEAD, GW_LEX_EDGE_FRONT, GW_LEX_POINT_ORDINAL). */
#define POINT_ORDINALS                                                                          \
	W("一是"), W("二是"), W("三是"), W("四是"), W("五是"), W("六是"), W("七是"), W("八是"), W("九是"), \
		W("十是")

/* Each file's lists, indexed from the first gw_lex of its part of
 * lexicon.h (sized by it, so a list indexed outside its part fails to
 * compile). */
extern const struct lex_list gw_lex_clause_lists[GW_LEX_ASSEMBLY_FIRST_ - GW_LEX_CLAUSE_FIRST_];
extern const struct lex_list gw_lex_assembly_lists[GW_LEX_OUTLINE_FIRST_ - GW_LEX_ASSEMBLY_FIRST_];
extern const struct lex_list gw_lex_outline_lists[GW_LEX_LABEL_FIRST_ - GW_LEX_OUTLINE_FIRST_];

/* The words of a list from GW_LEX_LABEL_FIRST_ on (lexicon_label.c). */
const gw_word *gw_lex_label_words(gw_lex l, size_t *n);

#endif
