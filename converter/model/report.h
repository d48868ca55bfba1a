/*
 * report.h — THE report model: the one contract between the reader and
 * every backend (PDF, XLSX, ZIP bundle, JSON).
 *
 * The structs mirror the public JSON form "gwexport/report-1" described in
 * docs (../shared/docs/model.md); field names are the JSON keys.  A backend
 * includes this header (and diag.h) and nothing of the reader.
 *
 * Ownership: one gw_arena per document owns every string and array reachable
 * from a gw_report, including the report itself.  gw_report_free() releases
 * all of it in one call.  Backends receive `const gw_report *` and never
 * free or keep pointers into it after they return.
 *
 * Strings are NUL-terminated UTF-8.  "Absent" (JSON null) is a NULL pointer;
 * an empty array is n_x == 0 (the pointer may then be NULL).
 *
 * Text invariant ("nothing is lost"): concatenating, in this order,
 *   title, subtitle, salutation, preamble[*].text,
 *   for each section depth-first: marker, heading, heading_end, body[*].text,
 *   closing, attachments_raw, signature[*], note
 * gives back every character of the input except indentation, line breaks
 * and blank lines.  gw_report_text() builds exactly that string (the only
 * '\n' in it are those joining attachments_raw and note lines: compare
 * without them).
 */
#ifndef GW_REPORT_H
#define GW_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

#define GW_SCHEMA "gwexport/report-1"

/* Where the text came from.  Example: {"report.txt", "UTF-8", 12325, "ab12…"} */
typedef struct gw_source {
	const char *name;      /* base name of the input file, "-" for stdin */
	const char *encoding;  /* "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030" */
	uint64_t bytes;        /* size of the original input in bytes */
	char sha256[65];       /* lower-case hex SHA-256 of the original bytes */
} gw_source;

/* An enumeration inside a paragraph: 一是/二是…, 第一，…, 首先/其次…, ①②….
 * Example: {"一是", "强化理论武装", 0}.  The marker and lead are NOT removed
 * from the paragraph text: a point is an annotation of that text. */
typedef struct gw_point {
	const char *marker;    /* as written: "一是", "第二", "其次", "③" */
	const char *lead;      /* clause after the marker up to the first 。 or ； (excluded) */
	size_t offset;         /* code points from the start of paragraph text to the marker */
} gw_point;

/* One paragraph of running text, indentation and line breaks removed. */
typedef struct gw_paragraph {
	const char *text;
	gw_point *points;
	size_t n_points;
	size_t index;          /* 1-based position among all paragraphs of the document
	                          (preamble first, then section bodies depth-first);
	                          this is the indicator's "paragraph" */
	size_t line;           /* 1-based input line it starts on; 0 when read from JSON */
} gw_paragraph;

/* A numbered section.  Levels: 1 "一、", 2 "（一）"/"(一)", 3 "1."/"1．"/"1、",
 * 4 "（1）"/"(1)".  Example (inline level 2):
 *   {2, "（一）", 1, "努力克服疫情影响", inline=true, heading_end="。",
 *    body[0] = "认真落实……"}                                               */
typedef struct gw_section {
	int level;             /* 1..4 */
	const char *marker;    /* as written, including 、 or brackets: "一、", "(3)" */
	long number;           /* value of the marker's numeral: 一 → 1, 十二 → 12 */
	const char *heading;   /* heading text without marker; without the final 。 when inline */
	bool inline_heading;   /* JSON "inline": heading is the first sentence of a run-in line */
	const char *heading_end; /* the mark ending an inline heading ("。", "！", or "，"/"：" when
	                          a long numbered sentence runs in at its first short clause),
	                          or NULL.  Extra JSON key "heading_end" (keeps the text invariant). */
	gw_paragraph *body;
	size_t n_body;
	struct gw_section *sections;  /* sub-sections, deeper levels only */
	size_t n_sections;
	size_t line;           /* 1-based input line of the heading; 0 when read from JSON */
} gw_section;

/* The measure classes of model.md. */
typedef enum gw_kind {
	GW_KIND_AMOUNT,        /* 金额: …元 */
	GW_KIND_RATIO,         /* 比率: %, ‰, 个百分点 */
	GW_KIND_MEASURE,       /* 计量: 公里, 平方米, 吨, 天 … */
	GW_KIND_COUNT          /* 数量: 个, 人, 户, 次, 项 … */
} gw_kind;

/* One quantity of the report.  Example:
 *   {1, "三、", "（三）", "老旧小区改造总投资", "4.97", 4.97, "亿元", 金额, change 0,
 *    qualifier NULL, masked false, 497000000, "元", "总投资4.97亿元", 17}      */
typedef struct gw_indicator {
	size_t id;             /* 1-based, document order */
	const char *section;   /* marker of the enclosing level-1 section, or NULL */
	const char *item;      /* marker of the enclosing level-2 section, or NULL */
	const char *label;     /* short noun phrase naming what is measured (≤ 24 chars) */
	const char *text;      /* the number or mask as written: "4.97", "１，２００", "***" */
	double value;          /* parsed value; meaningless when masked */
	const char *unit;      /* magnitude + one measure word: "亿元", "个", "%", "个百分点" */
	gw_kind kind;
	char change;           /* '+', '-' or 0 (JSON null) */
	const char *qualifier; /* "以上", "多", "约" …, or NULL */
	bool masked;           /* text is a redaction (*, ＊, ×): value and base_value are null */
	double base_value;     /* value with the magnitude multiplied out; meaningless when masked */
	const char *base_unit; /* unit without magnitude: "元", "户", "%" */
	const char *clause;    /* text between the nearest delimiters around the quantity */
	size_t paragraph;      /* gw_paragraph.index of the paragraph holding it */
} gw_indicator;

/* A NULL-able list of strings (JSON null vs [] vs ["a","b"]). */
typedef struct gw_strlist {
	bool present;          /* false → JSON null */
	const char **items;
	size_t n;
} gw_strlist;

typedef struct gw_report {
	gw_arena *arena;       /* owns everything below, including this struct */
	gw_source source;
	const char *title;     /* title lines joined without separator (the PDF re-balances them) */
	const char *subtitle;  /* "——在……会议上的汇报", or NULL; byline lines under the title
	                          (speaker, （草案）, date, reporting body) are joined into it
	                          without separator */
	const char *salutation;
	gw_paragraph *preamble;
	size_t n_preamble;
	gw_section *sections;  /* top-level sections (level 1, or deeper when no level 1 precedes) */
	size_t n_sections;
	const char *closing;
	gw_strlist attachments; /* names without their numbers */
	const char *attachments_raw; /* the 附件说明 lines exactly as written (joined by '\n'),
	                          or NULL; extra JSON key "attachments_text" */
	gw_strlist signature;  /* organisation name and/or date lines */
	const char *note;      /* 附注 (GB/T 9704 §7.3.6): bracketed line(s) after the signature,
	                          （此件公开发布） or （联系人：…，电话：…）, joined by '\n', or
	                          NULL; extra JSON key "note" */
	struct {               /* 1-based input lines of the fields above, for messages
	                          only (not in the JSON); 0 or NULL when unknown */
		size_t title, subtitle, salutation, closing;  /* where each starts */
		const size_t *attachments;  /* one per attachments_raw line */
		const size_t *signature;    /* one per signature item */
		const size_t *note;         /* one per note line */
	} lines;
	gw_indicator *indicators;
	size_t n_indicators;
} gw_report;

/* A new empty report with its own arena, or NULL when out of memory. */
gw_report *gw_report_new(void);

/* Frees the report and everything it owns.  NULL is allowed. */
void gw_report_free(gw_report *r);

/* Copies a string (or its first n bytes) into the report's arena. */
const char *gw_report_strdup(gw_report *r, const char *s);
const char *gw_report_strndup(gw_report *r, const char *s, size_t n);

/* Depth-first walk over sections: called on entry with depth 0 for top level. */
typedef void (*gw_section_visit)(const gw_section *s, int depth, void *ctx);
void gw_report_walk(const gw_report *r, gw_section_visit visit, void *ctx);

/* Number of paragraphs in the document (preamble + all section bodies). */
size_t gw_report_paragraph_count(const gw_report *r);

/* The concatenated text of every field in document order (see the text
 * invariant above), with no separators.  Caller frees.  NULL on OOM. */
char *gw_report_text(const gw_report *r);

/* Names of kinds as written in JSON and the workbook: "金额", "比率", "计量", "数量". */
const char *gw_kind_name(gw_kind k);
/* Parses a kind name; returns false for an unknown one. */
bool gw_kind_parse(const char *name, gw_kind *out);

#endif
