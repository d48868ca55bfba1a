/*
 * label_status.h — what an indicator's number is (report-2 "status":
 * 实绩, 目标, 基期, 累计) and the time it refers to ("period"), decided
 * from the words around it (private to converter/read/; indicators.c
 * calls these two functions, label_status.c holds the rules as tables).
 */
#ifndef GW_LABEL_STATUS_H
#define GW_LABEL_STATUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../model/report.h"

/* The year the report looks back on: from the first written date of the
 * signature, bylines or 版记 (a report dated January or February reviews
 * the year before), else the first year in the title; 0 when none (then
 * no year counts as future).  2024年1月8日 → 2023, 2023年工作总结 → 2023. */
int gw_status_report_year(const gw_report *r);

/* First characters of a set of words (label_status.c). */
typedef struct gw_status_firsts {
	uint32_t cp[96];
	size_t n;
} gw_status_firsts;

/* Where reading a paragraph stopped, so that its quantities, asked in
 * text order, cost one pass over it.  Zero it before the first call; one
 * per document (the caller owns it: no static state). */
typedef struct gw_status_scan {
	const char *p;                /* the paragraph read, NULL before the first call */
	size_t n, pos;                /* its length, and how far it is read */
	gw_ind_status cue_status[3];  /* what the cues met say, per scope (clause, part, sentence) */
	bool target_list;             /* in a list of targets opened by ：(主要目标是：…) */
	size_t period_a, period_b;    /* the nearest period met in the sentence */
	size_t sentence_a;            /* where the sentence being read starts */
	size_t front_a, front_b;      /* the period opening the sentence (截至6月底，…):
	                                 it holds over ；too */
	size_t local_a, local_b;      /* the nearest period of one number only (2024年的) */
	size_t local_next;            /* where that number may start */
	size_t period_end, cue_end;   /* inside a period or cue taken: no new one */
	gw_status_firsts cue_firsts, period_firsts;
} gw_status_scan;

/* The status and period of the quantity whose number starts at byte num_a
 * and whose unit (and trailing qualifier) ends at byte end of the
 * paragraph p[0..n).  year: gw_status_report_year; plan: under a heading
 * gw_status_plan_heading accepts.  period_a and period_b
 * get the period's bytes in p (equal when there is none).  Reads from the
 * start of the number's sentence (at most 900 bytes back) or from where
 * the scan stopped, and to the end of the clause after the number. */
gw_ind_status gw_status_of(gw_status_scan *sc, const char *p, size_t n, size_t num_a, size_t end,
			   int year, bool plan, size_t *period_a, size_t *period_b);

/* True when a level-1 heading names a plan (工作打算, 下一步工作思路) or a
 * time after the report's year (2026—2027年供暖季准备工作 in a report of
 * 2026; year 0 when unknown): the figures under it are targets unless a
 * rule says otherwise. */
bool gw_status_plan_heading(const char *heading, int year);

/* True when a level-1 heading looks back (2026年工作回顾, 存在的问题) or
 * names only a year before the report's: in a document titled as a plan,
 * such a section is no plan. */
bool gw_status_review_heading(const char *heading, int year);

/* True when a document's title names a plan and no review of the year
 * (2027年工作计划, 工作要点; not 工作总结和明年工作计划): every level-1
 * section is then a plan section; the preamble, which looks back, is not. */
bool gw_status_plan_title(const char *title);

#endif
