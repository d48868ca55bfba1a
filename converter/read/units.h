/*
 * units.h — units and measure words with their kind, and magnitudes (万,
 * 亿 …), as data: everything here is a table in units.c; indicators.c only
 * asks "which entry starts here?".  The word lists (verbs to strip, change
 * words, qualifiers, generic subjects …) are in lexicon.h.
 * All matching is on UTF-8 bytes and returns lengths in bytes.
 */
#ifndef GW_UNITS_H
#define GW_UNITS_H

#include <stdbool.h>
#include <stddef.h>

#include "../model/report.h"
#include "lexicon.h"

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


/* The longest unit written at s[0..n) (the text right after a number) that
 * is not ruled out by what follows it, or NULL.  after_mask: the number was
 * (partly) masked.  *len gets its byte length as written.  Besides the table:
 *  - a counting unit + 次 is one compound unit (段次, 批次, 人次 …);
 *  - a Latin unit may be written in full-width letters (５ｋｍ → km), and
 *    abbreviations of two letters or more match in any case (KW → kW). */
const gw_unit_def *gw_unit_match(const char *s, size_t n, bool after_mask, size_t *len);

/* The unit a figure is per, at s[0..n) right after its "/": any unit of
 * gw_unit_match, or one read only there (日, 月, 时: 400吨/日, 3元/月). */
const gw_unit_def *gw_unit_per_match(const char *s, size_t n, size_t *len);

/* True for calendar spans (年, 个月, 周, 天): their count may be a time frame
 * (近3年来, 3个月内) rather than a measured duration; see indicators.c. */
bool gw_unit_is_span(const gw_unit_def *u);


#endif
