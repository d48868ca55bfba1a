/*
 * frame.c — the frame of an official document around its body (compose.c):
 * the 版头 above the title (GB/T 9704-2012 7.2: 份号, 密级, 紧急程度, the red
 * 发文机关标志, 发文字号 and 签发人, the red separator line; the 信函格式 of
 * 10.1 with its double rules) and the 版记 at the foot of the last page
 * (7.4: 抄送, 印发机关和印发日期 between rules).  These lines sit at
 * positions the standard gives in millimetres, not on the line grid, so
 * they become gw_fixed lines and gw_line_rule rules of the gw_doc; the body
 * rows only learn how many slots of page 1 the 版头 takes.
 */
#include "compose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"

#define JOINT_WORD "文件"
#define MINUTES_WORD "纪要"       /* 10.3: the mark is "×××××纪要" */
#define MINUTES_MARK "会议纪要"   /* the mark when the title does not end in 纪要 */
#define JOINT_GAP_EM 0.5        /* between the stacked names and 文件 */
#define ITEM_GAP_EM 0.875       /* 10.1: items 7/8 of a 3号 character below the double rule */

static double mm(double v) { return v * GW_PT_PER_MM; }

/* Where the baseline of a line of `size` sits in a slot of the grid whose
 * top is `slot_top`: the em box centred in the slot, as page.c does. */
static double slot_baseline(const gw_doc *doc, double slot_top, double size)
{
	return slot_top + (doc->pitch - size) / 2 + GW_PAGE_ASCENT * size;
}

static double text_width(gw_doc *doc, size_t g0, double size, double track)
{
	if (gw_compose_measure(doc, g0, size))
		return 0;
	double w = 0;
	for (size_t i = g0; i < doc->ng; i++)
		w += doc->adv[i] + track;
	return w;
}

/* Glyphs [g0, g1) as a fixed line on `page`, pen at block x, baseline y. */
static void fixed_range(gw_doc *doc, size_t g0, size_t g1, int page, double x, double y, double size, double tc,
			uint32_t rgb)
{
	if (doc->st || g0 >= g1)
		return;
	if (doc->n_fixed >= GW_MAX_FIXED) {
		doc->st = gw_fail(doc->d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "shorten the 版头 or 版记",
				  "the 版头 and 版记 have more than %d lines", GW_MAX_FIXED);
		return;
	}
	doc->fixed[doc->n_fixed++] = (gw_fixed){g0, g1, page, x, y, tc, size, rgb};
}

static void fixed_line(gw_doc *doc, size_t g0, int page, double x, double y, double size, double tc,
		       uint32_t rgb)
{
	fixed_range(doc, g0, doc->ng, page, x, y, size, tc, rgb);
}

/* Adds `text` in `role` at `size` as a fixed line whose left end (align
 * -1), centre (0) or right end (1) is at block x; returns its width. */
static double put(gw_doc *doc, const char *text, gw_role role, int page, double x, double y, double size,
		  double track, int align, uint32_t rgb)
{
	size_t g0 = doc->ng;
	if (gw_compose_text(doc, text, role, 0))
		return 0;
	double w = text_width(doc, g0, size, track);
	double left = align < 0 ? x : align == 0 ? x - (w - track) / 2 : x - (w - track);
	fixed_line(doc, g0, page, left, y, size, track, rgb);
	return w - track;
}

static void rule(gw_doc *doc, int page, double x0, double x1, double y, double width_mm, uint32_t rgb)
{
	if (doc->n_rules >= GW_MAX_RULES || width_mm <= 0)
		return;
	doc->rules[doc->n_rules++] = (gw_line_rule){page, x0, y, x1, y, mm(width_mm), rgb};
}

/* The separator under the 版头 at y (page coordinates): one rule as wide as
 * the block (7.2.7), or 10.1's double rule, thick over thin (`down`) or
 * thin over thick, head_rule_length_mm long and centred on the block. */
static void separator(gw_doc *doc, double y, bool thick_first)
{
	const gw_layout *L = doc->L;
	double len = L->head_rule_length_mm > 0 ? mm(L->head_rule_length_mm) : doc->width;
	double x0 = doc->left + (doc->width - len) / 2, x1 = x0 + len;
	if (!L->head_double_rule) {
		rule(doc, 0, x0, x1, y, L->head_rule_mm, L->head_color);
		return;
	}
	double a = thick_first ? L->head_rule_mm : L->head_rule_thin_mm;
	double b = thick_first ? L->head_rule_thin_mm : L->head_rule_mm;
	rule(doc, 0, x0, x1, y + mm(a) / 2, a, L->head_color);
	rule(doc, 0, x0, x1, y + mm(a + L->head_rule_gap_mm + b / 2), b, L->head_color);
}

/* Bytes of a mark without a final "文件" when the joint form applies. */
static size_t name_len(const char *mark, bool joint)
{
	size_t n = strlen(mark), k = strlen(JOINT_WORD);
	return joint && n > k && !strcmp(mark + n - k, JOINT_WORD) ? n - k : n;
}

/* 联合行文 (7.2.4): several marks of which only the last ends in 文件 —
 * the names stacked and spread to one width, 文件 once to their right,
 * centred on them. */
static bool joint_form(const gw_head *h)
{
	size_t n = h->issuers.n, k = strlen(JOINT_WORD);
	if (n < 2)
		return false;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(h->issuers.items[i]);
		bool ends = len > k && !strcmp(h->issuers.items[i] + len - k, JOINT_WORD);
		if (ends != (i + 1 == n))
			return false;
	}
	return true;
}

/* Width of a mark's name (without 文件 in the joint form) at `size`. */
static double mark_width(gw_doc *doc, const char *mark, bool joint, double size, size_t *glyphs)
{
	size_t g0 = doc->ng, n = name_len(mark, joint);
	char buf[512];
	snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf ? n : sizeof buf - 1), mark);
	gw_compose_text(doc, buf, GW_ROLE_TITLE, 0);
	double w = text_width(doc, g0, size, 0);
	if (glyphs)
		*glyphs = doc->ng - g0;
	doc->ng = g0;
	return w;
}

/* The 发文机关标志: every mark at one size (the layout's, shrunk so the
 * widest line fits the block), red, centred; several marks stacked, in the
 * joint form with one 文件 to their right.  Returns the bottom edge of the
 * last mark (page coordinates). */
static double marks(gw_doc *doc, const gw_head *h)
{
	const gw_layout *L = doc->L;
	double size = L->head_mark_size_pt, names = 0;
	bool joint = joint_form(h);
	for (size_t i = 0; i < h->issuers.n; i++) {
		double w = mark_width(doc, h->issuers.items[i], joint, size, NULL);
		names = w > names ? w : names;
	}
	double word = joint ? mark_width(doc, JOINT_WORD, false, size, NULL) + JOINT_GAP_EM * size : 0;
	if (names + word > doc->width) {
		double k = doc->width / (names + word);
		size *= k, names *= k, word *= k;
	}
	double top = (L->head_mark_from_paper ? 0 : doc->top) + mm(L->head_mark_top_mm);
	double step = L->head_mark_leading * size, left = (doc->width - names - word) / 2;
	for (size_t i = 0; i < h->issuers.n; i++) {
		const char *m = h->issuers.items[i];
		char buf[512];
		size_t n = name_len(m, joint);
		snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf ? n : sizeof buf - 1), m);
		double y = top + GW_PAGE_ASCENT * size + i * step;
		size_t c = 0;
		double w = joint ? mark_width(doc, m, joint, size, &c) : 0;
		if (joint)  /* names spread to one width (分散对齐, practice) */
			put(doc, buf, GW_ROLE_TITLE, 0, left, y, size, c > 1 ? (names - w) / (double)(c - 1) : 0, -1,
			    L->head_color);
		else
			put(doc, m, GW_ROLE_TITLE, 0, doc->width / 2, y, size, 0, 0, L->head_color);
	}
	double bottom = h->issuers.n ? top + size + (h->issuers.n - 1) * step : doc->top;
	if (joint)
		put(doc, JOINT_WORD, GW_ROLE_TITLE, 0, left + names + JOINT_GAP_EM * size,
		    (top + bottom) / 2 - size / 2 + GW_PAGE_ASCENT * size, size, 0, -1, L->head_color);
	return bottom;
}

/* 份号, 密级和保密期限, 紧急程度 (7.2.1–7.2.3): 3号黑体, flush left, one per
 * line from the slot whose top is `top`.  Returns the bottom of the last. */
static double items(gw_doc *doc, const gw_head *h, double top)
{
	const char *list[] = {h->copy_number, h->secrecy, h->urgency};
	double size = doc->L->size_pt, track = doc->cell - size, bottom = top;
	for (size_t i = 0, k = 0; i < sizeof list / sizeof list[0]; i++) {
		if (!list[i])
			continue;
		double y = slot_baseline(doc, top + k * doc->pitch, size);
		put(doc, list[i], GW_ROLE_HEADING1, 0, 0, y, size, track, -1, 0);
		bottom = top + ++k * doc->pitch;
	}
	return bottom;
}

/* 发文字号 and 签发人 from the slot at `top` (7.2.5, 7.2.6): centred; with
 * 签发人 the number one character in from the left on the line of the last
 * names, "签发人：" and the names (楷体, two a line) one character in from
 * the right.  Returns the bottom of the number's glyphs. */
static double number_and_signers(gw_doc *doc, const gw_head *h, double top, bool right)
{
	double size = doc->L->size_pt, track = doc->cell - size;
	size_t n = h->signers.n, nl = (n + 1) / 2;
	double end = doc->width - doc->cell, names_w = 0;
	for (size_t l = 0; l < nl; l++) {  /* the widest line of names */
		size_t g0 = doc->ng;
		for (size_t k = 2 * l; k < n && k < 2 * l + 2; k++) {
			gw_compose_text(doc, k > 2 * l ? "　" : "", GW_ROLE_HEADING2, 0);
			gw_compose_text(doc, h->signers.items[k], GW_ROLE_HEADING2, 0);
		}
		double w = text_width(doc, g0, size, track) - track;
		names_w = w > names_w ? w : names_w;
		doc->ng = g0;
	}
	double names_x = end - names_w;
	for (size_t l = 0; l < nl && !doc->st; l++) {
		double y = slot_baseline(doc, top + l * doc->pitch, size);
		if (l == 0)
			put(doc, "签发人：", GW_ROLE_BODY, 0, names_x, y, size, track, 1, 0);
		size_t g0 = doc->ng;
		for (size_t k = 2 * l; k < n && k < 2 * l + 2; k++) {
			gw_compose_text(doc, k > 2 * l ? "　" : "", GW_ROLE_HEADING2, 0);
			gw_compose_text(doc, h->signers.items[k], GW_ROLE_HEADING2, 0);
		}
		text_width(doc, g0, size, track);
		fixed_line(doc, g0, 0, names_x, y, size, track, 0);
	}
	double line_top = top + (nl ? nl - 1 : 0) * doc->pitch;
	double y = slot_baseline(doc, line_top, size);
	if (h->doc_number) {
		if (n)
			put(doc, h->doc_number, GW_ROLE_BODY, 0, doc->cell, y, size, track, -1, 0);
		else
			put(doc, h->doc_number, GW_ROLE_BODY, 0, right ? doc->width : doc->width / 2, y, size, track,
			    right ? 1 : 0, 0);
	}
	return y + (1 - GW_PAGE_ASCENT) * size;
}

const gw_head *gw_frame_minutes_head(const gw_doc *doc, const gw_report *r, gw_head *out, const char **mark,
				     bool *title_is_mark)
{
	*title_is_mark = false;
	if (!doc->L->head_mark_from_title || (r->head && r->head->issuers.n))
		return r->head;
	*out = r->head ? *r->head : (gw_head){0};
	size_t n = r->title ? strlen(r->title) : 0, k = strlen(MINUTES_WORD);
	*title_is_mark = n > k && !strcmp(r->title + n - k, MINUTES_WORD) && !strchr(r->title, '\n');
	*mark = *title_is_mark ? r->title : MINUTES_MARK;
	out->issuers = (gw_strlist){.items = mark, .n = 1, .present = true};
	return out;
}

/* 7.2 (or 10.1 with head_rule_below_mark): draws the 版头 on page 1 and
 * returns the page-1 slots it takes, the blank lines above the title
 * included (7.3.1 空二行). */
size_t gw_frame_head(gw_doc *doc, const gw_head *h)
{
	const gw_layout *L = doc->L;
	if (!h)
		return 0;
	double bottom;
	if (L->head_rule_below_mark) {  /* 10.1: mark, double rule, then the items */
		double y = marks(doc, h) + mm(L->head_rule_below_mm);
		separator(doc, y, true);
		double under = y + mm(L->head_rule_mm + L->head_rule_gap_mm + L->head_rule_thin_mm);
		double top = under + ITEM_GAP_EM * L->size_pt - (doc->pitch - L->size_pt) / 2;
		bottom = items(doc, h, top);
		double nb = number_and_signers(doc, h, top, true);
		bottom = nb > bottom ? nb : bottom;
		if (L->head_bottom_rule_mm > 0) {
			double thick = mm(L->head_rule_mm), rest = mm(L->head_rule_thin_mm + L->head_rule_gap_mm);
			separator(doc, doc->page_h - mm(L->head_bottom_rule_mm) - thick / 2 - rest, false);
		}
	} else {
		items(doc, h, doc->top);
		double mark_bottom = marks(doc, h);
		bottom = number_and_signers(doc, h, mark_bottom + L->head_number_blank * doc->pitch, false);
		if (!h->doc_number && !h->signers.n)
			bottom = mark_bottom;
		bottom += mm(L->head_rule_below_mm);
		separator(doc, bottom, true);
	}
	double slots = (bottom - doc->top) / doc->pitch - 0.1;
	size_t first = slots > 0 ? (size_t)slots + (slots > (size_t)slots ? 1 : 0) : 0;
	size_t n = first + (size_t)L->head_title_blank;
	return n + 2 > (size_t)L->lines ? (size_t)(L->lines > 2 ? L->lines - 2 : 0) : n;
}

/* The 抄送 line(s) of 7.4.2: "抄送：" and the names joined by "，" with a
 * final "。", wrapped with continuation lines after the colon.  Lines are
 * broken now and placed later (their page is not known yet): they are
 * stored as fixed lines on page -1 with y = 0, the slot index in x. */
static size_t cc_lines(gw_doc *doc, const gw_imprint *im, double size, double inset, gw_ts_line *out, size_t cap,
		       size_t *g_start)
{
	size_t g0 = doc->ng;
	*g_start = g0;
	gw_compose_text(doc, "抄送：", GW_ROLE_BODY, 0);
	double label = text_width(doc, g0, size, 0);
	for (size_t i = 0; i < im->cc.n; i++) {
		gw_compose_text(doc, i ? "，" : "", GW_ROLE_BODY, 0);
		gw_compose_text(doc, im->cc.items[i], GW_ROLE_BODY, 0);
	}
	gw_compose_text(doc, "。", GW_ROLE_BODY, 0);
	if (doc->st || gw_compose_measure(doc, g0, size))
		return 0;
	size_t n = doc->ng - g0;
	gw_ts_params p = {.width = doc->width - 2 * inset, .first_indent = 0, .rest_indent = label, .size = size,
			  .track = 0, .max_squeeze = size / 2, .justify = true};
	gw_ts_line *lines = calloc(n + 1, sizeof *lines);
	if (!lines) {
		doc->st = gw_fail(doc->d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory laying out the 版记");
		return 0;
	}
	size_t nl = gw_ts_break(doc->cp + g0, doc->adv + g0, n, &p, lines);
	if (nl > cap)
		nl = cap;
	memcpy(out, lines, nl * sizeof *out);
	free(lines);
	return nl;
}

/* Lines of the 版记 as written (no 抄送 or 印发 fields): one line each. */
static size_t raw_lines(gw_doc *doc, const char *text, double size, double inset, int page, double y0)
{
	size_t k = 0;
	for (const char *p = text; p && *p && !doc->st; k++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char *line = strndup(p, len);
		if (line)
			put(doc, line, GW_ROLE_BODY, page, inset, y0 + k * doc->pitch, size, 0, -1, 0);
		free(line);
		p = e ? e + 1 : p + len;
	}
	return k;
}

static size_t count_raw(const char *text)
{
	size_t k = text && *text ? 1 : 0;
	for (const char *p = text; p && *p; p++)
		k += *p == '\n' && p[1];
	return k;
}

/* How many slots the 版记 takes at the foot of a page. */
static size_t imprint_slots(gw_doc *doc, const gw_imprint *im, gw_ts_line *cc, size_t cap, size_t *n_cc,
			    size_t *g_cc)
{
	const gw_layout *L = doc->L;
	double size = L->imprint_size_pt, inset = L->imprint_inset_chars * size;
	*n_cc = im->cc.n ? cc_lines(doc, im, size, inset, cc, cap, g_cc) : 0;
	bool printed = L->imprint_printed_line && (im->printed_by || im->printed_on);
	if (!*n_cc && !printed)
		return count_raw(im->text);
	return *n_cc + printed;
}

/* The last page with body rows and the slots used on it. */
static void last_page(const gw_doc *doc, int *page, int *used)
{
	*page = doc->pages > 0 ? doc->pages - 1 : 0;
	*used = 0;
	for (size_t i = 0; i < doc->nr; i++) {
		if (doc->ts[i].page == *page && gw_compose_row_turned(doc, i))
			*used = doc->L->lines;  /* a turned table's page: the 版记 goes on a page of its own */
		if (doc->ts[i].page == *page && !doc->ts[i].blank && doc->ts[i].slot + 1 > *used)
			*used = doc->ts[i].slot + 1;
	}
}

/* 7.4: the 版记 at the foot of the block of the last page, its last rule on
 * the block's bottom edge; on an even page when the layout asks (a new
 * page, and a blank one before it if needed: neither gets a page number,
 * 7.5).  Call after pagination; may add pages. */
void gw_frame_imprint(gw_doc *doc, const gw_imprint *im)
{
	const gw_layout *L = doc->L;
	if (!im || doc->st)
		return;
	gw_ts_line cc[GW_MAX_FIXED / 2];
	size_t n_cc = 0, g_cc = 0;
	size_t m = imprint_slots(doc, im, cc, GW_MAX_FIXED / 2, &n_cc, &g_cc);
	if (!m || doc->st)
		return;
	int page, used;
	last_page(doc, &page, &used);
	bool fits = used + (int)m <= L->lines;
	int target = page;
	if (!fits || (L->imprint_even_page && (page + 1) % 2))
		target = page + 1 + (L->imprint_even_page && (page + 2) % 2);
	if (target > page) {
		doc->first_plain = page + 1;
		doc->pages = target + 1;
	}
	double size = L->imprint_size_pt, inset = L->imprint_inset_chars * size;
	double bottom = doc->top + doc->height, top = bottom - m * doc->pitch;
	if (!n_cc && !(L->imprint_printed_line && (im->printed_by || im->printed_on))) {
		raw_lines(doc, im->text, size, inset, target, slot_baseline(doc, top, size));
	} else {
		for (size_t l = 0; l < n_cc; l++)
			fixed_range(doc, g_cc + cc[l].start, g_cc + cc[l].end, target, inset + cc[l].x,
				    slot_baseline(doc, top + l * doc->pitch, size), size, cc[l].tc, 0);
		if (n_cc < m) {
			double y = slot_baseline(doc, bottom - doc->pitch, size);
			if (im->printed_by)
				put(doc, im->printed_by, GW_ROLE_BODY, target, inset, y, size, 0, -1, 0);
			if (im->printed_on) {
				size_t g0 = doc->ng;
				gw_compose_text(doc, im->printed_on, GW_ROLE_BODY, 0);
				gw_compose_text(doc, "印发", GW_ROLE_BODY, 0);
				double w = text_width(doc, g0, size, 0);
				fixed_line(doc, g0, target, doc->width - inset - w, y, size, 0, 0);
			}
		}
	}
	if (!L->imprint_rules)
		return;
	double x0 = doc->left, x1 = doc->left + doc->width;
	rule(doc, target, x0, x1, top, L->imprint_thick_mm, 0);
	if (n_cc && n_cc < m)
		rule(doc, target, x0, x1, bottom - doc->pitch, L->imprint_thin_mm, 0);
	rule(doc, target, x0, x1, bottom - mm(L->imprint_thick_mm) / 2, L->imprint_thick_mm, 0);
}
