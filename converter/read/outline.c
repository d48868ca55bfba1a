/*
 * outline.c — second reader pass: blocks (blocks.h) → the report's
 * outline: title, subtitle, salutation, preamble, sections (parts and
 * four numbered levels; standalone or inline headings), paragraphs with
 * their points, closing
 * formula, 附件说明 and signature.  Indicators come later (indicators.c).
 *
 * How a report is read:
 *   1. The tail is peeled from the end: signature (organisation and/or
 *      date lines), then an attachment block (附件：…), then a closing
 *      formula (one line, or two joined).  This order is the order of
 *      the text invariant in report.h.
 *   2. The head is taken from the top: title line(s), a —— subtitle and
 *      bylines (speaker, date of the speech) joined into subtitle, a
 *      salutation ending in ：.
 *   3. Every other line is a section heading (a marker from markers.c at
 *      its start) or a paragraph of the innermost open section (or of the
 *      preamble before the first heading).
 * Each input line lands in exactly one field, so nothing is lost.  The tree
 * is built in flat arrays first (parents by index, outline_parts.h) and
 * copied into the arena by outline_model.c once its shape is known: linear
 * in the input, no pointer fix-ups.
 */
#include "blocks.h"
#include "outline_parts.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../model/utf8.h"
#include "gongwen.h"
#include "lexicon.h"
#include "markers.h"

/* Length limits (code points) that tell a title, salutation, closing or
 * signature line from running text. */
#define TITLE_MAX 50
#define TITLE_LINES 3
#define SUBTITLE_LINES 3
#define CLOSING_LINES 2
#define SALUTATION_MAX 60
#define CLOSING_MAX 60
#define SIGNATURE_MAX 30
#define SIGNATURE_LINES 4
#define NOTE_MAX 80     /* a 附注 line: （此件公开发布）, （联系人：…，电话：…） */
#define NOTE_LINES 3
#define RUNIN_MAX 24   /* a heading ending in ： (or ，) before body text */
#define LONG_HEADING 28 /* a one-sentence line longer than this is a paragraph */
/* The longest heading made (bytes after the marker): half the 65,535 bytes
 * libharu lets a PDF string (a bookmark's title) hold, as UTF-16 may double
 * ASCII text.  A real heading has a few dozen characters; a longer "heading"
 * is text whose punctuation or line breaks were lost (issue #17). */
#define HEADING_MAX_BYTES 32768

/* ---- small text tests ------------------------------------------------------ */

static bool starts(const src_line *l, const char *prefix)
{
	size_t n = strlen(prefix);
	return l->len >= n && memcmp(l->s, prefix, n) == 0;
}

static bool ends(const src_line *l, const char *suffix)
{
	size_t n = strlen(suffix);
	return l->len >= n && memcmp(l->s + l->len - n, suffix, n) == 0;
}

static bool contains(const src_line *l, const char *needle)
{
	return memmem(l->s, l->len, needle, strlen(needle)) != NULL;
}

/* Whether a word of lexicon list w stands anywhere in l, starts or ends it. */
static bool contains_any(const src_line *l, gw_lex w)
{
	return gw_lex_within(w, l->s, l->len);
}

static bool starts_any(const src_line *l, gw_lex w)
{
	return gw_lex_prefix(w, l->s, l->len) > 0;
}

static bool ends_any(const src_line *l, gw_lex w)
{
	return gw_lex_suffix(w, l->s, l->len) > 0;
}

/* ，。；：！？、 or , ; : ! ?: no title, name or signature line holds one. */
static bool has_clause_mark(const src_line *l)
{
	return contains_any(l, GW_LEX_CLAUSE_MARK) || contains_any(l, GW_LEX_ASCII_CLAUSE_MARK);
}

/* At most max code points (checked without counting a 10 MB line twice). */
static bool is_short(const src_line *l, size_t max)
{
	return l->len <= max * 4 && gw_utf8_count(l->s, l->len) <= max;
}

/* ---- hints from the source format (blocks.h) --------------------------------
 * Plain text has none; a .docx paragraph may know its heading level (from
 * its style), Word's automatic numbering and its alignment.  The text
 * decides; hints settle only what the text leaves open. */

/* The style's heading level when the model has it (0 part, 1..4), else -1. */
static int hint_level(const src_line *l)
{
	return l->b->level >= GW_LEVEL_PART && l->b->level <= GW_LEVEL_MAX ? l->b->level : -1;
}

static bool title_style(const src_line *l)
{
	return l->b->style && gw_lex_is(GW_LEX_TITLE_STYLE, l->b->style, strlen(l->b->style));
}

/* A centred line (or one in Word's title style) at the top is a title
 * line even after an empty paragraph. */
static bool title_hinted(const src_line *l)
{
	return l->b->align == GW_ALIGN_CENTER || title_style(l);
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	size_t len;
	while (i < n && gw_is_space(gw_utf8_decode(s + i, n - i, &len)))
		i += len;
	return i;
}

/* The section marker a line starts with: typed, or Word's automatic
 * numbering (numbering_len bytes) read like a typed one, also where the
 * text after it would make a typed one a quantity (numbering "1." before
 * 5G基站…).  Numbering markers.c does not know (1.1, •, 第1条) opens a
 * section only when the style gives it a level. */
static bool line_marker(const src_line *l, gw_marker *m)
{
	size_t nl = l->b->numbering_len;
	if (nl == 0 && gw_gongwen_part(l->s, l->len, m))
		return true;   /* 第一部分 …: a part (level 0) */
	bool typed = gw_marker_section(l->s, l->len, m);
	if (nl == 0 || nl > l->len || (typed && m->len >= nl))
		return typed;
	if (gw_marker_section(l->s, nl, m)) {
		m->len = skip_spaces(l->s, l->len, nl);
		return true;
	}
	if (hint_level(l) < 0)
		return false;
	*m = (gw_marker){hint_level(l), 0, skip_spaces(l->s, l->len, nl)};
	return true;
}

/* Tables stand where paragraphs stand: never a title, closing or signature
 * line, and the head and tail end at them. */
static bool is_table(const src_line *l)
{
	return l->b->kind == GW_BLOCK_TABLE;
}

static bool usable_table(const gw_table *t)
{
	return t && t->n_rows && t->n_cols;
}

static bool is_marker_line(const src_line *l)
{
	gw_marker m;
	return line_marker(l, &m);
}

/* ---- head: title, subtitle, salutation ------------------------------------- */

static bool is_org(const src_line *l);

/* For pieces of a line, which have no hints of their own. */
static const gw_block NO_HINTS = {.level = GW_LEVEL_NONE};

/* 尊敬的…： / 各位领导、同志们： / or an addressed body (区人大常委会：). */
static bool is_salutation(const src_line *l)
{
	if (!is_short(l, SALUTATION_MAX) || !ends_any(l, GW_LEX_COLON) || contains_any(l, GW_LEX_SENTENCE_MARK))
		return false;
	if (starts_any(l, GW_LEX_SALUTATION_OPEN) || contains_any(l, GW_LEX_AUDIENCE) ||
	    gw_gongwen_addressees(l->s, l->len))
		return true;
	/* a 主送机关 line: one or more organisations, 、-separated (区委、区政府：) */
	size_t end = l->len - (ends(l, "：") ? strlen("：") : 1), sep = strlen("、");
	for (size_t a = 0, b = 0; b <= end; b++) {
		if (b < end && !(b + sep <= end && memcmp(l->s + b, "、", sep) == 0))
			continue;
		src_line part = *l;
		part.s = l->s + a;
		part.len = b - a;
		part.b = &NO_HINTS;
		/* 区直各单位, 各有关部门: a collective addressee, never a sentence
		 * that merely ends in 部门 (我局牵头协调了以下部门：) */
		bool collective = is_short(&part, SIGNATURE_MAX) && !has_clause_mark(&part) &&
				  ends_any(&part, GW_LEX_COLLECTIVE_BODY) && contains_any(&part, GW_LEX_COLLECTIVE_MARK);
		if (!is_org(&part) && !collective)
			return false;
		a = b + sep;
		b += sep - 1;
	}
	return true;
}

static bool is_subtitle(const src_line *l)
{
	return starts_any(l, GW_LEX_DASH) && is_short(l, TITLE_MAX * 2);
}

/* A title line: short, no sentence punctuation, not numbered, not a
 * bracketed date line such as （2023年2月15日）, not a heading the style
 * names (工作回顾 in 标题 1, left-aligned) unless centred. */
static bool is_title_line(const src_line *l)
{
	return !is_table(l) && is_short(l, TITLE_MAX) && !contains_any(l, GW_LEX_SENTENCE_MARK) &&
	       !ends_any(l, GW_LEX_COLON) && !is_marker_line(l) && !is_subtitle(l) && !starts(l, "（") &&
	       !starts(l, "(") && !starts(l, "附件") && !(hint_level(l) >= 0 && !title_hinted(l));
}

static bool is_date(const src_line *l);

static bool has_space(const src_line *l)
{
	return memchr(l->s, ' ', l->len) || contains(l, "　");
}

/* A line under the title that belongs with it: ——…, the speaker
 * (市交通运输局局长 王某某), the reporting body (区农业农村局), a bracketed
 * note or date (（草案）, （2024年1月15日）). */
static bool is_byline(const src_line *l)
{
	if (is_subtitle(l))
		return true;
	bool bracketed = (starts(l, "（") || starts(l, "(")) && (ends(l, "）") || ends(l, ")"));
	return is_short(l, TITLE_MAX) && !contains_any(l, GW_LEX_SENTENCE_MARK) && !ends_any(l, GW_LEX_COLON) &&
	       !is_marker_line(l) && !is_salutation(l) &&
	       (bracketed || is_date(l) || ((has_space(l) || is_org(l)) && !contains(l, "，")));
}

static void read_head(outline *o)
{
	size_t i = o->head_end, top = i;
	/* Title lines after the first have no spaces (those are bylines). */
	while (i < o->body_end && i - top < TITLE_LINES && is_title_line(&o->v[i]) &&
	       (i == top || ((!o->v[i].blank_before || title_hinted(&o->v[i])) && !has_space(&o->v[i]))) &&
	       !is_salutation(&o->v[i]))
		i++;
	o->title_end = i;
	o->sub_begin = o->sub_end = i;
	o->salutation = NONE;
	while (i < o->body_end && i - o->sub_begin < SUBTITLE_LINES &&
	       (is_subtitle(&o->v[i]) || (o->title_end > top && is_byline(&o->v[i]))))
		i++;
	o->sub_end = i;
	if (i < o->body_end && is_salutation(&o->v[i]))
		o->salutation = i++;
	o->body_begin = i;
}

/* ---- tail: signature, attachments, closing ---------------------------------- */

/* A number written in Arabic digits or Chinese numerals at s[i..n);
 * returns the index after it (i when there is none). */
static size_t skip_number(const char *s, size_t n, size_t i)
{
	size_t start = i, len;
	long v;
	while (i < n && gw_fold_digit(gw_utf8_decode(s + i, n - i, &len)))
		i += len;
	return i > start ? i : i + gw_marker_cnum(s + i, n - i, &v);
}

static bool word_at(const char *s, size_t n, size_t i, const char *w)
{
	size_t wl = strlen(w);
	return i + wl <= n && memcmp(s + i, w, wl) == 0;
}

/* 2023年1月10日, 二〇二三年一月十日, 2023年1月; optionally in brackets. */
static bool is_date(const src_line *l)
{
	const char *s = l->s;
	size_t n = l->len, i = 0, len;
	uint32_t cp = gw_utf8_decode(s, n, &len);
	bool bracket = cp == 0xFF08 || cp == '(';
	if (bracket) {
		i += len;
		size_t close = n >= 3 && memcmp(s + n - 3, "）", 3) == 0 ? 3 : s[n - 1] == ')' ? 1 : 0;
		if (!close)
			return false;
		n -= close;
	}
	int digits = 0;
	while (i < n && digits < 5) {
		long v;
		size_t cl = gw_marker_cnum(s + i, n - i, &v);
		if (gw_fold_digit(gw_utf8_decode(s + i, n - i, &len)))
			i += len;
		else if (cl && v < 10)
			i += cl;
		else
			break;
		digits++;
	}
	if (digits != 4 || !word_at(s, n, i, "年"))
		return false;
	size_t m = skip_number(s, n, i + 3);
	if (m == i + 3 || !word_at(s, n, m, "月"))
		return false;
	i = m + 3;
	if (i == n)
		return true;
	size_t day = skip_number(s, n, i);
	return day > i && word_at(s, n, day, "日") && day + 3 == n;
}

/* 汇报完毕… / 谢谢大家 / 以上报告，请予审议 / 特此报告: a short formula line.
 * A line opening with 以上 counts only when it names the report. */
static bool is_closing(const src_line *l)
{
	if (!is_short(l, CLOSING_MAX))
		return false;
	return contains_any(l, GW_LEX_CLOSING_DONE) || contains_any(l, GW_LEX_CLOSING_ASK) ||
	       starts_any(l, GW_LEX_CLOSING_OPEN) || gw_gongwen_closing(l->s, l->len) ||
	       (starts_any(l, GW_LEX_CLOSING_LEAD) && contains_any(l, GW_LEX_REPORT_WORD));
}

/* An organisation name: short, no punctuation, ends like a body's name. */
static bool is_org(const src_line *l)
{
	return is_short(l, SIGNATURE_MAX) && !has_clause_mark(l) && !is_marker_line(l) &&
	       !is_closing(l) && ends_any(l, GW_LEX_ORG_SUFFIX);
}

/* A signer's name above a date: short, no punctuation, no digits. */
static bool is_name_over_date(const src_line *l)
{
	if (!is_short(l, 20) || has_clause_mark(l) || is_marker_line(l) || is_closing(l))
		return false;
	for (size_t i = 0; i < l->len; i++)
		if (l->s[i] >= '0' && l->s[i] <= '9')
			return false;
	return true;
}

/* A right-aligned short line at the end: a signer the text alone cannot
 * tell from a sentence fragment (张某某, 第三党支部 without a date). */
static bool is_aligned_signer(const src_line *l)
{
	return l->b->align == GW_ALIGN_RIGHT && is_short(l, SIGNATURE_MAX) &&
	       !has_clause_mark(l) && !is_marker_line(l) && !is_closing(l);
}

/* The signature: organisation and date lines ending right before `end`. */
static size_t find_signature(const outline *o, size_t first, size_t end)
{
	size_t k = end;
	bool date_seen = false;
	while (k > first && end - k < SIGNATURE_LINES && !is_table(&o->v[k - 1])) {
		const src_line *l = &o->v[k - 1];
		if (is_date(l))
			date_seen = true;
		else if (!is_org(l) && !is_aligned_signer(l) &&
			 !(date_seen && k < end && is_date(&o->v[k]) && is_name_over_date(l)))
			break;
		k--;
	}
	return k;
}

/* A whole line in brackets that is not a date: （此件公开发布）. */
static bool is_note(const src_line *l)
{
	size_t len;
	uint32_t open = gw_utf8_decode(l->s, l->len, &len);
	bool close = ends(l, "）") || (l->len && l->s[l->len - 1] == ')');
	return (open == 0xFF08 || open == '(') && close && is_short(l, NOTE_MAX) && !is_date(l);
}

/* 附注 (GB/T 9704 §7.3.6) comes after the 成文日期: bracketed last lines
 * count as one only when a signature stands right above them. */
static size_t find_note(const outline *o, size_t first)
{
	size_t k = o->n;
	while (k > first && o->n - k < NOTE_LINES && is_note(&o->v[k - 1]))
		k--;
	return k < o->n && find_signature(o, first, k) < k ? k : o->n;
}

static bool starts_attachment(const src_line *l)
{
	return starts_any(l, GW_LEX_ATTACHMENT_LABEL);
}

static bool is_numbered_item(const src_line *l)
{
	gw_marker m;
	return line_marker(l, &m) && (m.level == 3 || m.level == 4);
}

/* 附件：… and the numbered lines after it, ending right before `end`. */
static size_t find_attachments(const outline *o, size_t first, size_t end)
{
	size_t j = end;
	while (j > first && !starts_attachment(&o->v[j - 1]) && is_numbered_item(&o->v[j - 1]))
		j--;
	if (j > first && starts_attachment(&o->v[j - 1]))
		return j - 1;
	return NONE;
}

/* The first 附件 label line (附件1 alone) standing right after a signature
 * (or on a new page): the main text ends there.  n when none. */
static size_t find_appendices(outline *o, size_t first)
{
	size_t end = o->n;
	for (size_t k = first + 1; k < end; k++) {
		if (!gw_gongwen_appendix_label(&o->v[k]))
			continue;
		o->n = k;
		size_t note = find_note(o, first);
		bool signed_above = find_signature(o, first, note) < note;
		o->n = end;
		if (signed_above || o->v[k].b->page_break_before)
			return k;
	}
	return end;
}

/* The 版头, 版记 and 附件 pages (gongwen.c) around the main text. */
static void read_frame(outline *o)
{
	o->n_all = o->n;
	o->head_end = gw_gongwen_head(o->v, o->n, NULL);
	size_t first = o->n > o->head_end + 1 ? o->head_end + 1 : o->n;
	o->imprint = gw_gongwen_imprint(o->v, first, o->n, NULL);
	o->n = o->imprint;
	o->n = find_appendices(o, first);
}

static void read_tail(outline *o)
{
	size_t top = o->head_end;
	size_t first = o->n > top + 1 ? top + 1 : o->n;   /* the first line is never tail */
	o->note_begin = find_note(o, first);
	o->sig_begin = find_signature(o, first, o->note_begin);
	o->attend_begin = gw_gongwen_attendance(o->v, first, o->sig_begin);
	o->att_begin = find_attachments(o, first, o->attend_begin);
	size_t end = o->att_begin != NONE ? o->att_begin : o->attend_begin;
	/* One formula line, or two (汇报完毕，请指正。 / 谢谢！), joined. */
	o->closing_end = end;
	while (end > first && o->closing_end - end < CLOSING_LINES && is_closing(&o->v[end - 1]))
		end--;
	o->closing = end < o->closing_end ? end : NONE;
	o->body_end = end;
}

/* ---- body: sections and paragraphs ------------------------------------------ */

/* Splits the text after a marker into heading and heading_end (see report.h):
 *   一、总体情况                 standalone heading
 *   （一）加强领导。正文……       run-in: heading up to the first 。！？
 *   1.主要做法：正文……           run-in at a ： after a short heading
 *   （1）开展治理，新建水厂2座，日供水能力增加1.5万吨。
 *                                one long sentence and nothing else: an
 *                                enumerated paragraph; its first short clause
 *                                is the run-in heading, so the quantities
 *                                stay in body text where indicators look.  */
static void split_heading(node *nd)
{
	const char *t = nd->line->s + nd->m.len;
	size_t n = nd->line->len - nd->m.len, i = 0, cps = 0, len;
	size_t comma = NONE, comma_len = 0;
	nd->heading_len = n;
	while (i < n) {
		uint32_t cp = gw_utf8_decode(t + i, n - i, &len);
		bool stop = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
		bool runin = (cp == 0xFF1A || cp == ':') && cps <= RUNIN_MAX && cps > 0 && i + len < n;
		if (cp == 0xFF0C && comma == NONE && cps > 0 && cps <= RUNIN_MAX) {
			comma = i;
			comma_len = len;
		}
		if (stop || runin) {
			nd->heading_len = i;
			nd->end_len = len;
			nd->inline_heading = true;   /* even when nothing follows */
			break;
		}
		i += len;
		cps++;
	}
	bool whole_line = nd->heading_len + nd->end_len == n;
	if (whole_line && cps > LONG_HEADING && comma != NONE) {
		nd->heading_len = comma;
		nd->end_len = comma_len;
		nd->inline_heading = true;
	}
}

/* Text that could be a heading as well as a paragraph: short, and no
 * sentence ends before its last character. */
static bool could_be_heading(const src_line *l)
{
	src_line head = *l;
	if (ends_any(l, GW_LEX_SENTENCE_MARK))
		head.len -= strlen("。");   /* every GW_LEX_SENTENCE_MARK mark is 3 bytes */
	return is_short(l, LONG_HEADING) && !contains_any(&head, GW_LEX_SENTENCE_MARK);
}

static const char *style_name(const src_line *l)
{
	return l->b->style ? l->b->style : "?";
}

/* Whether body line l opens a section, and its marker.  Markers decide; a
 * style's heading level makes a marker-less line a heading only when its
 * text could be one.  Every disagreement between the two is a note. */
static bool opens_section(const src_line *l, gw_marker *m, gw_diag *d)
{
	int level = l->b->level;
	if (line_marker(l, m)) {
		if (level != GW_LEVEL_NONE && level != m->level)
			gw_note(d, l->no, "style \"%s\" says heading level %d, the marker \"%.*s\" level %d: "
				"the marker decides", style_name(l), level, (int)m->len, l->s, m->level);
		return true;
	}
	if (l->b->numbering_len)
		gw_note(d, l->no, "Word numbering \"%.*s\" is not a section number: kept in the paragraph",
			(int)l->b->numbering_len, l->s);
	if (level == GW_LEVEL_NONE)
		return false;
	if (hint_level(l) >= 0 && could_be_heading(l)) {
		*m = (gw_marker){level, 0, 0};
		return true;
	}
	if (hint_level(l) >= 0)
		gw_note(d, l->no, "style \"%s\" says heading level %d, but the text reads as a paragraph: "
			"kept as one", style_name(l), level);
	else
		gw_note(d, l->no, "style \"%s\" says heading level %d, which the report outline has no "
			"place for (levels 0 to 4): kept as a paragraph", style_name(l), level);
	return false;
}

/* A heading longer than HEADING_MAX_BYTES: warns, and the line stays a
 * paragraph (nothing is lost, and no bookmark is too long for the PDF). */
static bool heading_too_long(const src_line *l, const gw_marker *m, gw_diag *d)
{
	node probe = {.m = *m, .line = l};
	split_heading(&probe);
	if (probe.heading_len <= HEADING_MAX_BYTES)
		return false;
	gw_warn(d, l->no, "the heading after \"%.*s\" is %zu bytes long, more than the %d a heading may have: "
		"kept as a paragraph (end the heading with 。 or put the text after it on a line of its own)",
		(int)m->len, l->s, probe.heading_len, HEADING_MAX_BYTES);
	return true;
}

typedef struct past_note {
	gw_diag *d;
	const src_line *l;
	const char *s;
} past_note;

static int note_point_past(void *ctx, const gw_point_span *p)
{
	const past_note *c = ctx;
	gw_note(c->d, c->l->no, "\"%.*s\" at byte %zu reads like a point numbered past %d (二十是), the last "
		"the reader knows: kept as text (number the points 1. 2. … or give each a paragraph)",
		(int)p->marker_len, c->s + p->at, (size_t)(c->s - c->l->s) + p->at, GW_POINT_NUMBER_MAX);
	return 1;   /* the first of a paragraph is enough */
}

/* -v notes for numbering past what markers.c reads (markers.h): a section
 * number past 九十九、 on line l, the first point past 二十是 in s[0..len). */
static void note_past_limits(const src_line *l, const char *s, size_t len, gw_diag *d)
{
	size_t past = s == l->s ? gw_marker_section_past(s, len) : 0;
	if (past)
		gw_note(d, l->no, "\"%.*s\" reads like a section number past %d (九十九、), the last the reader "
			"knows: kept as a paragraph (split the list into parts of at most %d)",
			(int)past, s, GW_MARKER_NUMBER_MAX, GW_MARKER_NUMBER_MAX);
	past_note c = {d, l, s};
	gw_marker_points_past(s, len, note_point_past, &c);
}

static void note_numbering(outline *o, node *nd, gw_diag *d)
{
	if (nd->m.number == 0)
		return;   /* a heading without a number (style or unknown numbering) */
	int *last_level = nd->parent == NONE ? &o->top_last_level : &o->nodes[nd->parent].last_level;
	long *last_number = nd->parent == NONE ? &o->top_last_number : &o->nodes[nd->parent].last_number;
	long expect = *last_level == nd->m.level ? *last_number + 1 : 1;
	if (nd->m.number != expect)
		gw_note(d, nd->line->no, "section number %ld where %ld was expected (kept as written)",
			nd->m.number, expect);
	*last_level = nd->m.level;
	*last_number = nd->m.number;
}

static void add_para(outline *o, const char *s, size_t len, size_t no, size_t owner)
{
	para *p = &o->paras[o->n_paras++];
	p->s = s;
	p->len = len;
	p->no = no;
	p->owner = owner;
	p->table = NULL;
	p->appendix = NONE;
	if (owner != NONE)
		o->nodes[owner].n_body++;
}

/* Lines v[i..) typed as a table (two or more tab-separated lines, as in
 * 附件 pages) as one table paragraph: how many lines it takes, 0 when they
 * are no table, (size_t)-1 when out of memory. */
static size_t typed_table(outline *o, gw_arena *a, size_t i, size_t end, size_t owner)
{
	size_t e = i;
	while (e < end && gw_gongwen_tab_row(&o->v[e]))
		e++;
	if (e - i < 2)
		return 0;
	add_para(o, "", 0, o->v[i].no, owner);
	return (o->paras[o->n_paras - 1].table = gw_gongwen_tab_table(a, &o->v[i], e - i)) ? e - i : (size_t)-1;
}

static int read_body(outline *o, gw_arena *a, gw_diag *d)
{
	size_t stack[8], depth = 0;   /* open sections, innermost last; levels 1..4 */
	for (size_t i = o->body_begin; i < o->body_end; i++) {
		const src_line *l = &o->v[i];
		gw_marker m;
		size_t rows = typed_table(o, a, i, o->body_end, depth ? stack[depth - 1] : NONE);
		if (rows == (size_t)-1)
			return -1;
		if (rows) {
			i += rows - 1;
			continue;
		}
		if (is_table(l) || !opens_section(l, &m, d) || heading_too_long(l, &m, d)) {
			if (!is_table(l))
				note_past_limits(l, l->s, l->len, d);
			add_para(o, l->s, l->len, l->no, depth ? stack[depth - 1] : NONE);
			o->paras[o->n_paras - 1].table = l->b->table;
			continue;
		}
		while (depth && o->nodes[stack[depth - 1]].m.level >= m.level)
			depth--;
		size_t id = o->n_nodes++;
		node *nd = &o->nodes[id];
		memset(nd, 0, sizeof *nd);
		nd->m = m;
		nd->line = l;
		nd->parent = depth ? stack[depth - 1] : NONE;
		if (nd->parent != NONE)
			o->nodes[nd->parent].n_children++;
		split_heading(nd);
		note_numbering(o, nd, d);
		stack[depth++] = id;
		size_t used = m.len + nd->heading_len + nd->end_len;
		if (used < l->len) {   /* the rest of a run-in line is body[0] */
			note_past_limits(l, l->s + used, l->len - used, d);
			add_para(o, l->s + used, l->len - used, l->no, id);
		}
	}
	return 0;
}

/* 附件 pages v[n..imprint): a label line (附件1) opens each, a title line
 * may follow, then paragraphs; consecutive tab-separated lines are one table. */
static int read_appendices(outline *o, gw_arena *a)
{
	for (size_t i = o->n; i < o->imprint; i++) {
		const src_line *l = &o->v[i];
		if (i == o->n || gw_gongwen_appendix_label(l)) {
			appx *ap = &o->appendices[o->n_appendices++];
			*ap = (appx){i, NONE, 0};
			if (i + 1 < o->imprint && is_title_line(&o->v[i + 1]) && !gw_gongwen_tab_row(&o->v[i + 1]))
				ap->title = ++i;
			continue;
		}
		size_t e = i;
		while (e < o->imprint && gw_gongwen_tab_row(&o->v[e]))
			e++;
		add_para(o, l->s, l->len, l->no, NONE);
		para *p = &o->paras[o->n_paras - 1];
		p->appendix = o->n_appendices - 1;
		o->appendices[p->appendix].n_body++;
		p->table = is_table(l) ? l->b->table : NULL;
		if (e - i >= 2) {
			p->s = "";
			p->len = 0;
			if (!(p->table = gw_gongwen_tab_table(a, &o->v[i], e - i)))
				return -1;
			i = e - 1;
		}
	}
	return 0;
}

/* ---- the pass ---------------------------------------------------------------- */

gw_status gw_outline_build(const gw_blocks *blocks, gw_report *r, gw_diag *d)
{
	outline o;
	memset(&o, 0, sizeof o);
	gw_status st = GW_OK;
	size_t cap = blocks->n ? blocks->n : 1;
	src_line *v = malloc(cap * sizeof *v);
	o.nodes = malloc(cap * sizeof *o.nodes);
	o.paras = malloc(cap * sizeof *o.paras);
	o.appendices = malloc(cap * sizeof *o.appendices);
	if (!v || !o.nodes || !o.paras || !o.appendices) {
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading the outline");
		goto done;
	}
	bool blank = false;
	for (size_t i = 0; i < blocks->n; i++) {
		const gw_block *b = &blocks->v[i];
		if (b->kind == GW_BLOCK_TABLE && !usable_table(b->table)) {
			gw_note(d, b->no, "a table without rows or columns: left out");
			continue;
		}
		if (b->len == 0 && b->kind != GW_BLOCK_TABLE) {
			blank = true;
			continue;
		}
		v[o.n++] = (src_line){b->s ? b->s : "", b->len, b->no, blank, b};
		blank = false;
	}
	o.v = v;
	read_frame(&o);
	read_tail(&o);
	read_head(&o);
	if (read_body(&o, r->arena, d) || read_appendices(&o, r->arena) || gw_outline_model(r, &o))
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the report model");
done:
	free(v);
	free(o.nodes);
	free(o.paras);
	free(o.appendices);
	return st;
}
