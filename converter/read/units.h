/*
 * units.h — the vocabulary of indicators as data: units and measure words
 * with their kind, magnitudes (万, 亿 …), and the word lists that label
 * building, change and qualifier detection use (verbs to strip, change
 * words, qualifiers, generic subjects …).  Everything here is a table in
 * units.c; indicators.c only asks "which entry starts (or ends) here?".
 * All matching is on UTF-8 bytes and returns lengths in bytes.
 */
#ifndef GW_UNITS_H
#define GW_UNITS_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/report.h"

/* One unit or measure word.  `written` is how it appears in text,
 * `name` how it is stored: as written, except ％ → % (model.md).  A measure word (个, 户, 次 …) is
 * usually followed by the noun it counts, which belongs to the label. */
typedef struct gw_unit_def {
	const char *written;
	const char *name;
	gw_kind kind;
	bool measure_word;
	const char *not_before;  /* "|"-separated continuations that make it no unit
	                            (项目 is no 项, 人大 no 人), or NULL */
} gw_unit_def;

/* A magnitude word and its factor: 万 → 1e4, 亿 → 1e8. */
typedef struct gw_magnitude {
	const char *written;
	double factor;
} gw_magnitude;

/* The longest unit written at s[0..n) that is not ruled out by what
 * follows it, or NULL.  *len gets its byte length. */
const gw_unit_def *gw_unit_match(const char *s, size_t n, size_t *len);

/* The longest magnitude written at s[0..n), or NULL. */
const gw_magnitude *gw_magnitude_match(const char *s, size_t n, size_t *len);

/* Word lists used by indicators.c. */
typedef enum gw_lex {
	GW_LEX_VERB,        /* empty verbs stripped from the front of a label: 完成, 争取, 累计建成 */
	GW_LEX_LEAD,        /* connectives and adverbials stripped from the front: 和, 其中, 认真 */
	GW_LEX_TAIL,        /* words stripped from the end of a label: 达到, 为, 共计 */
	GW_LEX_UP,          /* change words meaning "+": 增长, 提高 */
	GW_LEX_DOWN,        /* change words meaning "-": 下降, 压缩 */
	GW_LEX_TO,          /* after a change word, make the number a level: 到, 至, 为 */
	GW_LEX_QUAL_BEFORE, /* qualifiers written before the number: 约, 近, 超过 */
	GW_LEX_QUAL_AFTER,  /* qualifiers written after the unit: 以上, 以内, 左右 */
	GW_LEX_QUAL_INSIDE, /* between number (and magnitude) and unit: 多, 余 */
	GW_LEX_GENERIC,     /* subjects that need a topic to be understood: 总投资, 开工率 */
	GW_LEX_STAGE,       /* stage words dropped from a topic before a generic subject: 开工 */
	GW_LEX_NOUN_STOP,   /* words that end the noun after a measure word: 实施, 的, 和 */
	GW_LEX_SCOPE,       /* default scopes dropped from a label front: 全市, 全县 */
	GW_LEX_RANGE,       /* range connectors between two numbers: -, ～, 至 */
	GW_LEX_COMPARE,     /* comparison bases before a change word: 同比, 比上年 */
	GW_LEX_ATTR,        /* attributes of a subject in lists: 起数, 死亡人数, 面积 */
	GW_LEX_ACTION,      /* what is done to things counted: 化解, 上调, 受理, 安置 */
	GW_LEX_COUNT_
} gw_lex;

/* Length of the longest word of list `l` that s[0..n) starts with, or 0. */
size_t gw_lex_prefix(gw_lex l, const char *s, size_t n);
/* Length of the longest word of list `l` that s[0..n) ends with, or 0. */
size_t gw_lex_suffix(gw_lex l, const char *s, size_t n);
/* True when s[0..n) is exactly a word of list `l`. */
bool gw_lex_is(gw_lex l, const char *s, size_t n);

#endif
