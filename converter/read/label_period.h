/*
 * label_period.h — the grammar of a time phrase and the word matching the
 * status scan shares with it (label_period.c).  Internal to the reader's
 * labelling; label_status.c is its user.
 */
#ifndef GW_LABEL_PERIOD_H
#define GW_LABEL_PERIOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "label_status.h"

/* Length of the first word of list that p[i..n) starts with, or 0. */
size_t label_word_at(const char *const *list, size_t count, const char *p, size_t n, size_t i);
/* True when a word of list ends at byte i of p. */
bool label_word_before(const char *const *list, size_t count, const char *p, size_t i);
/* True when cp is one of set[0..count). */
bool label_cp_in(uint32_t cp, const uint32_t *set, size_t count);
/* Adds the first character of word (of each word of list) to f. */
void label_firsts_add(gw_status_firsts *f, const char *word);
void label_firsts_add_all(gw_status_firsts *f, const char *const *list, size_t count);
/* The first characters of every word a period may start with, into f. */
void label_period_firsts(gw_status_firsts *f);

/* Digits at byte i: their count, value (capped) and end. */
size_t label_digits_at(const char *p, size_t n, size_t i, unsigned *value, size_t *end);
/* A date (2026年11月, 1-11月) starting at byte i: its end, or i. */
size_t label_date_atom(const char *p, size_t n, size_t i);
/* A span of years counted back (近3年, 5年来) starting at byte i: its end, or i. */
size_t label_span_atom(const char *p, size_t n, size_t i);
/* True when byte i opens a clause (a point's marker, 在, punctuation before it). */
bool label_opens_clause(const char *p, size_t i);
/* The period starting at byte i: its end, or i when none starts there. */
size_t label_period_at(const char *p, size_t n, size_t i);

#endif
