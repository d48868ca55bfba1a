/*
 * gongwen.h — the parts of an official document (公文, GB/T 9704-2012) that
 * stand outside a report's outline, recognised in lines as they come out of
 * Word or a typist's hands: the 版头 at the top (份号, 密级, 紧急程度,
 * 发文机关标志, 发文字号, 签发人), part headings (第一部分 …), bylines under the
 * title, 附件 pages after the signature, and the 版记 at the end (抄送, 主送,
 * 印发机关和印发日期, typed rules).  outline.c calls these at its head and
 * tail scans; everything here reads lines and writes head/imprint into the
 * report, never deciding the outline itself.  Internal to read/.
 */
#ifndef GW_GONGWEN_H
#define GW_GONGWEN_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks.h"
#include "markers.h"

/* A non-blank input line as outline.c sees it. */
typedef struct gw_line {
	const char *s;
	size_t len;
	size_t no;             /* 1-based input line, for messages */
	bool blank_before;     /* a blank line precedes it */
	const gw_block *b;     /* its block, for the hints */
} gw_line;

/* The 版头 at the top of v[0..n): how many lines it takes (0 when the
 * document has none).  With r, also fills r->head (text = those lines
 * joined by '\n', each field a part of them); returns (size_t)-1 when out
 * of memory.  Lines: 份号 (6 digits), 密级 (秘密, 机密★1年), 紧急程度 (特急,
 * 加急), marks (…文件, or names standing above a 发文字号), the 发文字号
 * (×政办〔2024〕7号; [2024], （2024）, 〔2024年〕 too) with 签发人 on its line
 * or the next, and typed rules (─── or ———). */
size_t gw_gongwen_head(const gw_line *v, size_t n, gw_report *r);

/* The 版记 at the end of v[first..n): the index of its first line, n when
 * there is none.  A 版记 has a …印发 line or a 抄送：/主送： line; typed
 * rules and continuation lines of 抄送 belong to it.  With r, fills
 * r->imprint from v[begin..n); returns (size_t)-1 when out of memory. */
size_t gw_gongwen_imprint(const gw_line *v, size_t first, size_t n, gw_report *r);

/* A 主送机关 line s[0..n): addressed bodies separated by ，/、 (brackets may
 * hold 、: 各县（市、区）人民政府), ending in ：. */
bool gw_gongwen_addressees(const char *s, size_t n);

/* A 公文's closing formula alone on the line s[0..n): 妥否，请批示。, 特此通知。 */
bool gw_gongwen_closing(const char *s, size_t n);

/* A 附件 label line standing alone: 附件, 附件1, 附件 2, 附件三, 附件1： (no
 * name after it: that is a 附件说明 line). */
bool gw_gongwen_appendix_label(const gw_line *l);

/* A part heading 第一部分 …, 第二部分：… at the start of s[0..n): fills m
 * (level GW_LEVEL_PART) and returns true.  Only short lines without a
 * sentence before their end: 第一部分是… in running text is no heading. */
bool gw_gongwen_part(const char *s, size_t n, gw_marker *m);

/* Whether line l, under the title, is the —— subtitle or a line continuing
 * it, as opposed to a byline (speaker, date, （草案）).  prev_subtitle: the
 * line before was subtitle. */
bool gw_gongwen_subtitle_part(const gw_line *l, bool prev_subtitle);

/* Tab-separated lines v[0..n) (each with at least one TAB) as a table in
 * arena a: one row per line, one cell per field; NULL when out of memory. */
const gw_table *gw_gongwen_tab_table(gw_arena *a, const gw_line *v, size_t n);

/* The 纪要 attendance lines (GB/T 9704 10.3: 出席：…, 请假：…, 列席：…)
 * ending right before v[end], not before v[first]: the index of the first
 * (end when none). */
size_t gw_gongwen_attendance(const gw_line *v, size_t first, size_t end);

/* Fills r->attendance from the lines v[0..n) gw_gongwen_attendance found:
 * text = the line, role and names parts of it.  -1 when out of memory. */
int gw_gongwen_attendance_build(gw_report *r, const gw_line *v, size_t n);

/* A line with a TAB between two fields: a row of a typed table. */
bool gw_gongwen_tab_row(const gw_line *l);

#endif
