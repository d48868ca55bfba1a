/*
 * markers.h — numbering a report is written with, recognised from tables:
 * section markers (一、 （一） 1. （1）), Chinese numerals and the point
 * markers that enumerate inside a paragraph (一是 第一， 首先， ①).
 * Internal to read/.
 */
#ifndef GW_MARKERS_H
#define GW_MARKERS_H

#include <stdbool.h>
#include <stddef.h>

/* The largest numbers read as numbering (issue #17).  Chinese numerals are
 * read up to 九十九 (gw_marker_cnum), so sections go up to 九十九、 and
 * （九十九）; points go up to 二十是 and 第二十, as circled numbers go to ⑳
 * (a larger 一是-style count is rare, and 三十是 in running text is not
 * one).  Numbering past them stays text; gw_marker_section_past and
 * gw_marker_points_past find it so that outline.c can say so with -v. */
#define GW_MARKER_NUMBER_MAX 99
#define GW_POINT_NUMBER_MAX 20

/* A section marker found at the start of a line. */
typedef struct gw_marker {
	int level;          /* 1 一、  2 （一）  3 1. 1． 1、  4 （1） */
	long number;        /* value of the numeral */
	size_t len;         /* bytes of the marker as written, with the spaces after it */
} gw_marker;

/* Chinese numeral at s[0..n): 〇 零 一…九 两 十, up to 九十九.  Returns the
 * bytes it spans (0 when s does not start with a well-formed numeral). */
size_t gw_marker_cnum(const char *s, size_t n, long *value);

/* True when the line s[0..n) (indentation already removed) starts with a
 * section marker; fills m. */
bool gw_marker_section(const char *s, size_t n, gw_marker *m);

/* Bytes of a section marker past GW_MARKER_NUMBER_MAX at the start of
 * s[0..n) (一百、 （一百零一） 一百二十、), 0 when there is none. */
size_t gw_marker_section_past(const char *s, size_t n);

/* One point marker inside a paragraph. */
typedef struct gw_point_span {
	size_t at;          /* byte offset of the marker */
	size_t offset;      /* code points before the marker */
	size_t marker_len;  /* bytes of the marker ("一是", "第二", "其次", "③") */
	size_t lead_at;     /* byte offset of the lead (after marker and a ，、：) */
	size_t lead_len;    /* bytes of the lead, up to 。 ； or the next point */
} gw_point_span;

/* Point families: 一是…, 第一…, 首先/其次/再次/最后, ①②… */
enum {
	GW_POINT_SHI = 1,
	GW_POINT_ORDINAL = 2,
	GW_POINT_ORDER = 4,
	GW_POINT_CIRCLED = 8,
};

/* Bit set of the families whose markers text[0..n) holds; *series (if not
 * NULL) gets those it holds at least twice.  Linear in n. */
/* The length of the point marker opening text (一是, 第二，, ③) with the
 * punctuation after it, or 0. */
size_t gw_marker_point_len(const char *text, size_t n);
unsigned gw_marker_point_families(const char *text, size_t n, unsigned *series);

/* Calls fn for every point in text[0..n), in order.  Stops and returns fn's
 * value when it is non-zero; returns 0 otherwise.  Linear in n.
 * 首先… and 第一… enumerate only as a series: a member alone in its paragraph
 * is text unless `neighbours` (the families of the paragraphs next to it)
 * continues the series (第一，…第二，… / next paragraph 第三，…). */
typedef int (*gw_point_fn)(void *ctx, const gw_point_span *p);
int gw_marker_points_near(const char *text, size_t n, unsigned neighbours, gw_point_fn fn, void *ctx);
/* Calls fn (at, marker_len and offset filled) for every point marker in
 * text[0..n) numbered past GW_POINT_NUMBER_MAX (二十一是, 第二十一，), which
 * is therefore text; returns as gw_marker_points_near. */
int gw_marker_points_past(const char *text, size_t n, gw_point_fn fn, void *ctx);
/* The same with no neighbours. */
int gw_marker_points(const char *text, size_t n, gw_point_fn fn, void *ctx);

#endif
