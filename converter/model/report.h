/*
 * report.h — THE report model: the one contract between the readers and
 * every backend (PDF, XLSX, ZIP bundle, JSON).
 *
 * The structs mirror the public JSON form "gwexport/report-2" (GW_SCHEMA),
 * documented key by key, with examples and the compatibility promise, in
 * MODEL.md next to this file; field names are the JSON keys.  A backend
 * includes this header (and diag.h) and nothing of the readers.
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
 *   head.text, title, subtitle, bylines[*], salutation, preamble[*],
 *   for each section depth-first: marker, heading, heading_end, body[*],
 *   closing, attachments_raw, attendance[*].text, signature[*], note,
 *   for each appendix: marker, title, body[*],
 *   imprint.text
 * where a paragraph gives its text, or a table its cells' texts in order,
 * gives back every character of the input except indentation, line breaks
 * and blank lines.  gw_report_text() builds exactly that string (the only
 * '\n' in it are those joining the lines of head, attachments_raw, note,
 * imprint and a cell's paragraphs: compare without them).  A text's
 * front-matter block (read/frontmatter.h) is not part of it; a value it or
 * --set gives is added as a line of head.text, imprint.text or an
 * attendance line, or replaces the salutation.
 *
 * gw_report_check() (check.c) verifies every invariant written here and in
 * MODEL.md; the JSON reader refuses a model that breaks one.
 */
#ifndef GW_REPORT_H
#define GW_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

#define GW_SCHEMA "gwexport/report-2"     /* written by gw_report_to_json */
#define GW_SCHEMA_1 "gwexport/report-1"   /* still read: see MODEL.md "Versions" */

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

/* One cell of a table, merged cells resolved: a cell spanning two columns
 * is one gw_report_cell with col_span 2, and the slots it covers have no
 * cell of their own.  Example: {"完成值", row 0, col 2, row_span 1, col_span 1}.
 * (Not gw_cell: that name is the .docx reader's own, read/blocks.h.) */
typedef struct gw_report_cell {
	const char *text;      /* the cell's paragraphs joined by '\n'; "" when empty */
	size_t row, col;       /* 0-based grid position of its top-left corner */
	size_t row_span, col_span;  /* each >= 1; row + row_span <= rows, col + col_span <= cols */
} gw_report_cell;

/* Most cells (rows × cols) a table may have: a ceiling for hostile JSON. */
#define GW_TABLE_MAX_SLOTS ((size_t)1 << 24)

/* A table standing where a paragraph stands.  Example: a 3 × 4 grid with one
 * header row: {rows 3, cols 4, header_rows 1, cells[0] = {"指标", 0, 0, 1, 1}}. */
typedef struct gw_report_table {
	size_t rows, cols;     /* grid size, each >= 1 */
	size_t header_rows;    /* leading rows repeated on each page (表头), 0..rows */
	gw_report_cell *cells; /* row-major by top-left corner; no two overlap */
	size_t n_cells;
} gw_report_table;

/* One paragraph of running text, indentation and line breaks removed, or a
 * table: then table is set, text is "" and points is empty, and the text
 * invariant takes the cells' texts in their order instead. */
typedef struct gw_paragraph {
	const char *text;
	gw_point *points;
	size_t n_points;
	size_t index;          /* 1-based position among all paragraphs of the document
	                          (preamble first, then section bodies depth-first);
	                          this is the indicator's "paragraph" */
	size_t line;           /* 1-based input line it starts on; 0 when read from JSON */
	gw_report_table *table; /* JSON "table": null for running text (report-2) */
} gw_paragraph;

/* A numbered section.  Levels: 0 "第一部分" (a part, report-2), 1 "一、",
 * 2 "（一）"/"(一)", 3 "1."/"1．"/"1、", 4 "（1）"/"(1)".  Example (inline level 2):
 *   {2, "（一）", 1, "努力克服疫情影响", inline=true, heading_end="。",
 *    body[0] = "认真落实……"}                                               */
typedef struct gw_section {
	int level;             /* 0..4 (GW_LEVEL_PART..GW_LEVEL_MAX) */
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

/* Section levels: a part (第一部分 …) is level 0, 一、 level 1, (1) level 4. */
#define GW_LEVEL_PART 0
#define GW_LEVEL_MAX 4

/* The measure classes of MODEL.md. */
typedef enum gw_kind {
	GW_KIND_AMOUNT,        /* 金额: …元 */
	GW_KIND_RATIO,         /* 比率: %, ‰, 个百分点 */
	GW_KIND_MEASURE,       /* 计量: 公里, 平方米, 吨, 天 … */
	GW_KIND_COUNT          /* 数量: 个, 人, 户, 次, 项 … */
} gw_kind;

/* What an indicator's number is (report-2 "status"): a result achieved, a
 * target, the base a change is measured from, or a running total.  The
 * reader may leave it unknown (JSON null). */
typedef enum gw_ind_status {
	GW_STATUS_UNKNOWN = 0, /* null */
	GW_STATUS_ACTUAL,      /* 实绩: 完成投资4.97亿元 */
	GW_STATUS_TARGET,      /* 目标: 力争达到95%以上 */
	GW_STATUS_BASE,        /* 基期: 比2020年的3.2万户 */
	GW_STATUS_CUMULATIVE   /* 累计: 累计建成12个 */
} gw_ind_status;

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
	gw_ind_status status;  /* report-2 "status": "实绩", "目标", "基期", "累计" or null */
	const char *period;    /* report-2 "period": the time it refers to as written
	                          ("2023年", "1-10月", "十四五期间"), or NULL */
	size_t page;           /* report-2 "page": 1-based page of the PDF/OFD the number
	                          is printed on (convert.c sets it from the layout),
	                          0 (JSON null) when no layout was made */
} gw_indicator;

/* A NULL-able list of strings (JSON null vs [] vs ["a","b"]). */
typedef struct gw_strlist {
	bool present;          /* false → JSON null */
	const char **items;
	size_t n;
} gw_strlist;

/* 版头 (GB/T 9704 §7.2): the block above the red rule.  text holds its lines
 * exactly as written (joined by '\n'; the text invariant takes it); the
 * other fields are what those lines say, each a substring of text.  Example:
 *   {"000001\n机密★1年\n特急\n××市人民政府文件\n×政发〔2023〕5号",
 *    "000001", "机密★1年", "特急", ["××市人民政府文件"], "×政发〔2023〕5号", null} */
typedef struct gw_head {
	const char *text;        /* the lines as written; never NULL */
	const char *copy_number; /* 份号 "000001", or NULL */
	const char *secrecy;     /* 密级和保密期限 "机密★1年", or NULL */
	const char *urgency;     /* 紧急程度 "特急", "加急", or NULL */
	gw_strlist issuers;      /* 发文机关标志, one per mark (联合行文 has several) */
	const char *doc_number;  /* 发文字号 "×政发〔2023〕5号", or NULL */
	gw_strlist signers;      /* 签发人 names (上行文), without the 签发人： label */
} gw_head;

/* 版记 (GB/T 9704 §7.4): the block after the attachments.  Same pattern as
 * gw_head.  Example: {"抄送：市委办公室，市人大常委会办公室。\n××市人民政府办公室
 * 2023年1月5日印发", ["市委办公室", "市人大常委会办公室"], "××市人民政府办公室",
 * "2023年1月5日"} */
typedef struct gw_imprint {
	const char *text;        /* the lines as written; never NULL */
	gw_strlist cc;           /* 抄送 organisations, without 抄送： and separators */
	const char *printed_by;  /* 印发机关, or NULL */
	const char *printed_on;  /* 印发日期 as written ("2023年1月5日"), or NULL */
} gw_imprint;

/* A 纪要's 出席, 请假 or 列席 line (GB/T 9704 10.3), as written or given
 * (front matter, --set).  Example: {"出席：县水利局、县财政局", "出席",
 * ["县水利局", "县财政局"]}. */
typedef struct gw_attendance {
	const char *text;        /* the line as written; never NULL */
	const char *role;        /* "出席", "请假" or "列席" (GW_ATTENDANCE_ROLES), part of text */
	gw_strlist names;        /* the units and names after the colon, each part of text */
} gw_attendance;

/* The roles of an attendance line, in the order 10.3 prints them. */
#define GW_ATTENDANCE_ROLES {"出席", "请假", "列席"}

/* An attachment's content printed after the signature (附件 as a document
 * of its own, GB/T 9704 §8).  Example: {"附件1", "2023年重点项目表",
 * body = [one table paragraph]}. */
typedef struct gw_appendix {
	const char *marker;    /* its label line as written: "附件1", "附件" */
	const char *title;     /* its title, or NULL */
	gw_paragraph *body;    /* paragraphs or tables; indexed after all section bodies */
	size_t n_body;
} gw_appendix;

typedef struct gw_report {
	gw_arena *arena;       /* owns everything below, including this struct */
	gw_source source;
	gw_head *head;         /* 版头, or NULL (JSON null) */
	const char *title;     /* title lines joined without separator (the PDF re-balances them) */
	const char *subtitle;  /* "——在……会议上的汇报", or NULL; byline lines under the title
	                          (speaker, （草案）, date, reporting body) are joined into it
	                          without separator (report-1; a reader that
	                          splits them fills bylines instead) */
	gw_strlist bylines;    /* lines under the title (speaker, （草案）, date), each as written */
	const char *salutation; /* the audience, or 主送机关 of an official document */
	gw_paragraph *preamble;
	size_t n_preamble;
	gw_section *sections;  /* top-level sections (level 1, or deeper when no level 1 precedes) */
	size_t n_sections;
	const char *closing;
	gw_strlist attachments; /* names without their numbers */
	const char *attachments_raw; /* the 附件说明 lines exactly as written (joined by '\n'),
	                          or NULL; extra JSON key "attachments_text" */
	gw_attendance *attendance; /* 纪要 出席/请假/列席 lines (10.3), in order; extra JSON key
	                          "attendance", written only when there are some */
	size_t n_attendance;
	gw_strlist signature;  /* organisation name and/or date lines */
	const char *note;      /* 附注 (GB/T 9704 §7.3.6): bracketed line(s) after the signature,
	                          （此件公开发布） or （联系人：…，电话：…）, joined by '\n', or
	                          NULL; extra JSON key "note" */
	gw_appendix *appendices; /* attachments as content, in order */
	size_t n_appendices;
	gw_imprint *imprint;   /* 版记, or NULL */
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

/* The body issuing r: the first line of its signature that is not a date
 * (a date has 年 and 月: 2025年1月6日, 二〇二五年一月), else its first
 * 发文机关标志 without a final 文件, else NULL; *len is its length in bytes.
 * Points into r.  The workbooks' 单位, the bundle's Source-Organization and
 * the reader's labels (what the body calls itself) read it. */
const char *gw_report_issuer(const gw_report *r, size_t *len);

/* Depth-first walk over sections: called on entry with depth 0 for top level. */
typedef void (*gw_section_visit)(const gw_section *s, int depth, void *ctx);
void gw_report_walk(const gw_report *r, gw_section_visit visit, void *ctx);

/* Calls visit on every paragraph in document order (preamble, section
 * bodies depth-first, appendix bodies): the order of gw_paragraph.index. */
typedef void (*gw_paragraph_visit)(const gw_paragraph *p, void *ctx);
void gw_report_walk_paragraphs(const gw_report *r, gw_paragraph_visit visit, void *ctx);

/* Number of paragraphs in the document (preamble + section bodies + appendix bodies). */
size_t gw_report_paragraph_count(const gw_report *r);

/* The concatenated text of every field in document order (see the text
 * invariant above), with no separators.  Caller frees.  NULL when out of
 * memory (or past a 2 GiB ceiling only a corrupt model reaches). */
char *gw_report_text(const gw_report *r);

/* Names of statuses as written in JSON: "实绩", "目标", "基期", "累计"; NULL for
 * GW_STATUS_UNKNOWN. */
const char *gw_ind_status_name(gw_ind_status s);
/* Parses a status name; returns false for an unknown one. */
bool gw_ind_status_parse(const char *name, gw_ind_status *out);

/* Checks every invariant of the model (report.h, MODEL.md "Invariants").
 * On the first broken one fills d (status GW_E_STRUCTURE, `what` starting
 * with the JSON path of the offending value, `line` when the model knows
 * it) and returns its status; GW_E_NOMEM when out of memory.  check.c. */
gw_status gw_report_check(const gw_report *r, gw_diag *d);

/* Names of kinds as written in JSON and the workbook: "金额", "比率", "计量", "数量". */
const char *gw_kind_name(gw_kind k);
/* Parses a kind name; returns false for an unknown one. */
bool gw_kind_parse(const char *name, gw_kind *out);

/* A magnitude a unit may carry in front of its base unit (MODEL.md
 * "Indicators"): unit = magnitude + base_unit, base_value = value × factor.
 * One table for the reader (units.c) and the model check (check.c). */
typedef struct gw_magnitude {
	const char *written;   /* "万" */
	double factor;         /* 1e4 */
} gw_magnitude;

/* The longest magnitude written at s[0..n) (*len its bytes), or NULL. */
const gw_magnitude *gw_magnitude_match(const char *s, size_t n, size_t *len);

#endif
