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
 * usually followed by the noun it counts, which belongs to the label.
 *
 * Right after digits the unit is read whatever follows (3家长期不达标平台 is
 * 3 家): only whole words that are written glued to a number without being a
 * count of it rule it out there — `glued` (9部门 like 9县区, 80周岁, 10万人口).
 * A mask (**) may hide a name, and a name goes on into any noun (**家具厂,
 * **人民医院, **米业公司): after a mask `after_mask` words rule it out too.
 * Both are "|"-separated continuations (the word minus the unit itself); a
 * "!" entry is an exception to them ("目|!目标": 5项目 is a noun, 3项目标任务
 * is 3 项 目标任务). */
typedef struct gw_unit_def {
	const char *written;
	const char *name;
	gw_kind kind;
	bool measure_word;
	const char *glued;       /* after digits or a mask, or NULL */
	const char *after_mask;  /* after a mask only, or NULL */
} gw_unit_def;

/* A magnitude word and its factor: 万 → 1e4, 亿 → 1e8. */
typedef struct gw_magnitude {
	const char *written;
	double factor;
} gw_magnitude;

/* The longest unit written at s[0..n) (the text right after a number) that
 * is not ruled out by what follows it, or NULL.  after_mask: the number was
 * (partly) masked.  *len gets its byte length as written.  Besides the table:
 *  - a counting unit + 次 is one compound unit (段次, 批次, 人次 …);
 *  - a Latin unit may be written in full-width letters (５ｋｍ → km), and
 *    abbreviations of two letters or more match in any case (KW → kW). */
const gw_unit_def *gw_unit_match(const char *s, size_t n, bool after_mask, size_t *len);

/* True for calendar spans (年, 个月, 周, 天): their count may be a time frame
 * (近3年来, 3个月内) rather than a measured duration; see indicators.c. */
bool gw_unit_is_span(const gw_unit_def *u);

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
	GW_LEX_FRAME_BEFORE,/* before a span, make it a time frame: 前, 过去, 今后, 每 */
	GW_LEX_FRAME_AFTER, /* after a span, make it a time frame: 来, 以来, 内, 前, 间 */
	GW_LEX_SHIFT,       /* words ending like a frame word that measure a shift: 提前 */
	GW_LEX_LEVEL,       /* right before a number, make it a level: 至, 到, 为, 控制在 */
	GW_LEX_PROGRAMME,   /* after a span, make it a programme's name: 行动, 规划 */
	GW_LEX_BOUND,       /* words binding a one-character function word: 主要, 国有, 达标 */
	GW_LEX_COUNT_
} gw_lex;

/* Length of the longest word of list `l` that s[0..n) starts with, or 0. */
size_t gw_lex_prefix(gw_lex l, const char *s, size_t n);
/* Length of the longest word of list `l` that s[0..n) ends with, or 0. */
size_t gw_lex_suffix(gw_lex l, const char *s, size_t n);
/* True when s[0..n) is exactly a word of list `l`. */
bool gw_lex_is(gw_lex l, const char *s, size_t n);

#endif
