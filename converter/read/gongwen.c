/*
 * gongwen.c — the 公文 elements around a report's outline (gongwen.h): the
 * 版头 lines at the top, the 版记 lines at the end, 附件 labels, part
 * headings, the subtitle/byline split and typed tables.
 *
 * In:  the non-blank lines outline.c has (gw_line), as Word's "copy as
 *      text" or a typist leaves them: ××县人民政府办公室文件 / ×政办〔2024〕7号
 *      签发人：张三 / … / 抄送：县委办公室，县人大常委会办公室。 /
 *      ××县人民政府办公室　　2024年1月10日印发.
 * Out: how many lines each block takes, and r->head / r->imprint with
 *      text = those lines as written and every field a part of that text
 *      (report.h), so the text invariant holds.
 * The words that tell the lines apart are the tables below.
 */
#include "gongwen.h"

#include <string.h>

#include "../model/utf8.h"
#include "lexicon.h"

#define FAIL ((size_t)-1)
#define MARK_MAX 40          /* code points of a 发文机关标志 line */
#define MARK_LINES 6         /* marks of a 联合行文 stacked above the 发文字号 */
#define DOCNO_PREFIX_MAX 20  /* code points before the year bracket: ×政办 */
#define SECRECY_MAX 12       /* 机密★10年 */
#define IMPRINT_LINE_MAX 120 /* a 抄送 line (long lists wrap) */
#define CC_CONT_LINES 3      /* lines a 抄送 list continues on */
#define PART_HEADING_MAX 40

static const char *const SECRECY[] = {"绝密", "机密", "秘密", NULL};
static const char *const URGENCY[] = {"特急", "加急", "特提", "平急", NULL};
static const char *const YEAR_OPEN[] = {"〔", "[", "［", "（", "(", "【", "﹝", NULL};
static const char *const YEAR_CLOSE[] = {"〕", "]", "］", "）", ")", "】", "﹞", NULL};
static const char *const SIGNER_LABEL[] = {"签发人：", "签发人:", "签发人", NULL};
static const char *const CC_LABEL[] = {"抄送：", "抄送:", NULL};
static const char *const TO_LABEL[] = {"主送：", "主送:", NULL};
static const char *const ATTENDANCE_ROLES[] = GW_ATTENDANCE_ROLES;
static const char *const COLON[] = {"：", ":", NULL};
/* What a 抄送 continuation line never holds (its names end in 。 at most). */
static const char *const CC_STOPS[] = {"。", "；", "：", "！", "？", NULL};
static const char *const OPEN_BRACKETS[] = {"（", "(", NULL};
static const char *const MARK_END = "文件";
static const char *const PRINTED = "印发";
/* Punctuation no mark or name holds. */
static const char *const CLAUSE_MARKS[] = {"，", "。", "；", "：", "！", "？", "、", ",", ";", ":",
					   "!", "?", "“", "”", NULL};
/* Separators of a 抄送 list and of 签发人 names. */
static const char *const LIST_SEPS[] = {"，", "、", ",", "；", ";", NULL};
/* Characters a typed rule line is made of. */
static const uint32_t RULE_CHARS[] = {0x2500, 0x2501, 0x2014, 0x2015, 0x2013, '-', '_', '=', 0xFF3F,
				      0xFF1D, 0x2550, 0};

/* ---- small text tests ----------------------------------------------------- */

static bool at(const char *s, size_t n, size_t i, const char *w)
{
	size_t wl = strlen(w);
	return i + wl <= n && memcmp(s + i, w, wl) == 0;
}

/* Length of the word of set found at s[i..n), 0 when none. */
static size_t at_any(const char *s, size_t n, size_t i, const char *const *set)
{
	for (; *set; set++)
		if (at(s, n, i, *set))
			return strlen(*set);
	return 0;
}

static bool ends_with(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);
	return n >= wl && memcmp(s + n - wl, w, wl) == 0;
}

static bool has_any(const char *s, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (memmem(s, n, *set, strlen(*set)))
			return true;
	return false;
}

static size_t cps(const char *s, size_t n)
{
	return gw_utf8_count(s, n);
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	size_t len;
	while (i < n && gw_is_space(gw_utf8_decode(s + i, n - i, &len)))
		i += len;
	return i;
}

/* End of trailing spaces trimmed from s[i..end). */
static size_t trim_end(const char *s, size_t i, size_t end)
{
	while (end > i) {
		size_t k = end - 1;
		while (k > i && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		size_t len;
		if (!gw_is_space(gw_utf8_decode(s + k, end - k, &len)))
			break;
		end = k;
	}
	return end;
}

static size_t skip_digits(const char *s, size_t n, size_t i, size_t *count)
{
	size_t len;
	*count = 0;
	while (i < n && gw_fold_digit(gw_utf8_decode(s + i, n - i, &len))) {
		i += len;
		(*count)++;
	}
	return i;
}

/* Digits or redaction marks (*, ＊, ×): a 发文字号 copied for publication
 * has its year or serial masked, *交〔2026〕**号. */
static size_t skip_figures(const char *s, size_t n, size_t i, size_t *count)
{
	size_t len;
	*count = 0;
	while (i < n) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if (!gw_fold_digit(cp) && !gw_is_mask(cp))
			break;
		i += len;
		(*count)++;
	}
	return i;
}

static bool has_digit(const char *s, size_t n)
{
	size_t len;
	for (size_t i = 0; i < n; i += len)
		if (gw_fold_digit(gw_utf8_decode(s + i, n - i, &len)))
			return true;
	return false;
}

static bool is_table(const gw_line *l)
{
	return l->b && l->b->kind == GW_BLOCK_TABLE;
}

/* A line drawn with ─, —, -, _ or = only (a 版记 rule typed as text). */
static bool is_rule(const gw_line *l)
{
	size_t len, n = 0;
	for (size_t i = 0; i < l->len; i += len, n++) {
		uint32_t cp = gw_utf8_decode(l->s + i, l->len - i, &len);
		const uint32_t *r = RULE_CHARS;
		while (*r && *r != cp)
			r++;
		if (!*r && !gw_is_space(cp))
			return false;
	}
	return n >= 3;
}

/* ---- 版头 lines --------------------------------------------------------------- */

/* 份号: six digits alone on the line. */
static bool is_copy_number(const gw_line *l)
{
	size_t count, end = skip_digits(l->s, l->len, 0, &count);
	return count == 6 && end == l->len;
}

/* 密级和保密期限: 秘密, 机密★1年, 绝密★长期. */
static bool is_secrecy(const gw_line *l)
{
	return at_any(l->s, l->len, 0, SECRECY) && cps(l->s, l->len) <= SECRECY_MAX &&
	       !has_any(l->s, l->len, CLAUSE_MARKS);
}

static bool is_urgency(const gw_line *l)
{
	size_t k = at_any(l->s, l->len, 0, URGENCY);
	return k && k == l->len;
}

/* The 发文字号 at the start of s[0..n): ×政办〔2024〕7号 → its length, 0 if none.
 * Year and serial may be masked (*交〔2026〕**号). */
static size_t doc_number_len(const char *s, size_t n)
{
	size_t i = 0, len, count = 0, open = 0;
	while (i < n && count <= DOCNO_PREFIX_MAX && !(open = at_any(s, n, i, YEAR_OPEN))) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if (gw_is_space(cp) || at_any(s, n, i, CLAUSE_MARKS))
			return 0;
		i += len;
		count++;
	}
	if (!open)
		return 0;
	i = skip_figures(s, n, i + open, &count);
	if (count != 4)
		return 0;
	if (at(s, n, i, "年"))
		i += strlen("年");
	size_t close = at_any(s, n, i, YEAR_CLOSE);
	if (!close)
		return 0;
	i = skip_figures(s, n, i + close, &count);
	if (count < 1 || count > 6 || !at(s, n, i, "号"))
		return 0;
	return i + strlen("号");
}

/* Where 签发人 starts in l at or after i (after spaces), or l->len. */
static size_t signer_at(const gw_line *l, size_t i)
{
	i = skip_spaces(l->s, l->len, i);
	return at_any(l->s, l->len, i, SIGNER_LABEL) ? i : l->len;
}

static bool is_doc_number_line(const gw_line *l)
{
	size_t k = doc_number_len(l->s, l->len);
	return k && (k == l->len || signer_at(l, k) < l->len);
}

static bool is_signer_line(const gw_line *l)
{
	return signer_at(l, 0) == 0;
}

/* A name that could be a 发文机关标志: short, no punctuation, no digits. */
static bool could_be_mark(const gw_line *l)
{
	return !is_table(l) && l->len && cps(l->s, l->len) <= MARK_MAX &&
	       !has_any(l->s, l->len, CLAUSE_MARKS) && !has_digit(l->s, l->len) && !at(l->s, l->len, 0, "关于") &&
	       !is_signer_line(l);
}

/* A mark: a name ending in 文件, a name in a text box (a .docx's 红头 is
 * one: blocks.h text_box), or names standing right above a 发文字号. */
static bool is_mark(const gw_line *v, size_t i, size_t n)
{
	if (!could_be_mark(&v[i]))
		return false;
	if (ends_with(v[i].s, v[i].len, MARK_END) || (v[i].b && v[i].b->text_box))
		return true;
	size_t j = i;
	while (j < n && j - i < MARK_LINES && could_be_mark(&v[j]))
		j++;
	return j < n && (is_doc_number_line(&v[j]) || is_signer_line(&v[j]));
}

/* What the head scan found, as line indices (NONE when absent). */
typedef struct head_scan {
	size_t copy, secrecy, urgency, doc;
	size_t marks[MARK_LINES];
	size_t n_marks;
	size_t signer_lines[2];
	size_t n_signer_lines;
} head_scan;

#define NONE ((size_t)-1)

/* One line of the head: which element it is, or false at the first line
 * that is none of them. */
static bool head_line(const gw_line *v, size_t i, size_t n, head_scan *h)
{
	const gw_line *l = &v[i];
	bool before_marks = h->n_marks == 0 && h->doc == NONE;
	if (is_table(l))
		return false;
	if (before_marks && h->copy == NONE && h->secrecy == NONE && is_copy_number(l))
		h->copy = i;
	else if (before_marks && h->secrecy == NONE && is_secrecy(l))
		h->secrecy = i;
	else if (before_marks && h->urgency == NONE && is_urgency(l))
		h->urgency = i;
	else if (h->doc == NONE && is_doc_number_line(l))
		h->doc = i;
	else if (h->n_signer_lines < 2 && is_signer_line(l))
		h->signer_lines[h->n_signer_lines++] = i;
	else if (h->doc == NONE && h->n_marks < MARK_LINES && is_mark(v, i, n))
		h->marks[h->n_marks++] = i;
	else if ((h->doc != NONE || h->n_marks) && is_rule(l))
		;
	else
		return false;
	return true;
}

/* Appends a copy of s[0..len) to out (present from then on).  The list
 * grows by one each time: a name list has a handful of items. */
static int strlist_push(gw_report *r, gw_strlist *out, const char *s, size_t len)
{
	const char *name = gw_report_strndup(r, s, len);
	const char **items = gw_arena_array(r->arena, out->n + 1, sizeof *items);
	if (!name || !items)
		return -1;
	if (out->n)
		memcpy(items, out->items, out->n * sizeof *items);
	items[out->n++] = name;
	out->items = items;
	out->present = true;
	return 0;
}

/* The names of line l from byte from on, separated by ，、；(or , ;) and ended by
 * 。: 县水利局、县财政局。 → 县水利局, 县财政局.  out is present when l has
 * anything after from. */
static int add_listed_names(gw_report *r, const gw_line *l, size_t from, gw_strlist *out)
{
	size_t i = from;
	if (i < l->len)
		out->present = true;
	while (i < l->len) {
		size_t start = i = skip_spaces(l->s, l->len, i);
		while (i < l->len && !at_any(l->s, l->len, i, LIST_SEPS) && !at(l->s, l->len, i, "。"))
			i++;
		size_t end = trim_end(l->s, start, i);
		if (end > start && strlist_push(r, out, l->s + start, end - start))
			return -1;
		i += i < l->len ? (at(l->s, l->len, i, "。") ? strlen("。") : at_any(l->s, l->len, i, LIST_SEPS)) : 0;
	}
	return 0;
}

/* A 签发人 line's names, each a part of it: 签发人：张三　李四 → 张三, 李四. */
static int add_names(gw_report *r, const gw_line *l, size_t from, gw_strlist *out)
{
	size_t i = skip_spaces(l->s, l->len, from);
	i += at_any(l->s, l->len, i, SIGNER_LABEL);
	while (i < l->len) {
		size_t len, start = i = skip_spaces(l->s, l->len, i);
		while (i < l->len && !gw_is_space(gw_utf8_decode(l->s + i, l->len - i, &len)) &&
		       !at_any(l->s, l->len, i, LIST_SEPS))
			i += len;
		if (i > start && strlist_push(r, out, l->s + start, i - start))
			return -1;
		size_t sep = at_any(l->s, l->len, i, LIST_SEPS);
		i += sep;
	}
	return 0;
}

static const char *join(gw_report *r, const gw_line *v, size_t n)
{
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += v[i].len + 1;
	char *out = gw_arena_alloc(r->arena, total + 1), *p = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		if (i)
			*p++ = '\n';
		memcpy(p, v[i].s, v[i].len);
		p += v[i].len;
	}
	*p = '\0';
	return out;
}

static const char *line_copy(gw_report *r, const gw_line *v, size_t i)
{
	return i == NONE ? NULL : gw_report_strndup(r, v[i].s, v[i].len);
}

static int fill_head(gw_report *r, const gw_line *v, size_t k, const head_scan *h)
{
	gw_head *hd = gw_arena_alloc(r->arena, sizeof *hd);
	if (!hd)
		return -1;
	memset(hd, 0, sizeof *hd);
	hd->text = join(r, v, k);
	hd->copy_number = line_copy(r, v, h->copy);
	hd->secrecy = line_copy(r, v, h->secrecy);
	hd->urgency = line_copy(r, v, h->urgency);
	if (!hd->text || (h->copy != NONE && !hd->copy_number) || (h->secrecy != NONE && !hd->secrecy) ||
	    (h->urgency != NONE && !hd->urgency))
		return -1;
	if (h->n_marks) {
		hd->issuers.present = true;
		hd->issuers.items = gw_arena_array(r->arena, h->n_marks, sizeof *hd->issuers.items);
		if (!hd->issuers.items)
			return -1;
		for (size_t i = 0; i < h->n_marks; i++)
			if (!(hd->issuers.items[hd->issuers.n++] = line_copy(r, v, h->marks[i])))
				return -1;
	}
	if (h->doc != NONE) {
		const gw_line *l = &v[h->doc];
		size_t len = doc_number_len(l->s, l->len);
		if (!(hd->doc_number = gw_report_strndup(r, l->s, len)))
			return -1;
		if (signer_at(l, len) < l->len && add_names(r, l, signer_at(l, len), &hd->signers))
			return -1;
	}
	for (size_t i = 0; i < h->n_signer_lines; i++)
		if (add_names(r, &v[h->signer_lines[i]], 0, &hd->signers))
			return -1;
	r->head = hd;
	return 0;
}

size_t gw_gongwen_head(const gw_line *v, size_t n, gw_report *r)
{
	head_scan h = {.copy = NONE, .secrecy = NONE, .urgency = NONE, .doc = NONE};
	size_t k = 0;
	while (k < n && head_line(v, k, n, &h))
		k++;
	/* Signer lines alone, or a lone 份号-looking number, make no head. */
	bool found = h.doc != NONE || h.n_marks || h.secrecy != NONE || h.urgency != NONE ||
		     (h.copy != NONE && k > 1);
	if (!found || k >= n)
		return 0;
	if (r && fill_head(r, v, k, &h))
		return FAIL;
	return k;
}

/* ---- 版记 lines ---------------------------------------------------------------- */

/* A date 2024年1月10日 at s[i..n): its end, or i when none. */
static size_t date_end(const char *s, size_t n, size_t i)
{
	size_t count, j = skip_digits(s, n, i, &count);
	if (count != 4 || !at(s, n, j, "年"))
		return i;
	j = skip_digits(s, n, j + strlen("年"), &count);
	if (count < 1 || count > 2 || !at(s, n, j, "月"))
		return i;
	j = skip_digits(s, n, j + strlen("月"), &count);
	if (count < 1 || count > 2 || !at(s, n, j, "日"))
		return i;
	return j + strlen("日");
}

/* The 印发 line: [印发机关, spaces,] date, 印发.  Fills where the date starts. */
static bool is_printed_line(const gw_line *l, size_t *date_at)
{
	if (!ends_with(l->s, l->len, PRINTED) || l->len > IMPRINT_LINE_MAX * 4)
		return false;
	size_t end = trim_end(l->s, 0, l->len - strlen(PRINTED));
	for (size_t i = 0; i < end; i++) {
		if (((unsigned char)l->s[i] & 0xC0) == 0x80)
			continue;
		if (date_end(l->s, end, i) == end) {
			/* the 印发机关 is apart from the date (spaces of any kind):
			 * 方案已于2024年1月10日印发 is a sentence */
			size_t by_end = trim_end(l->s, 0, i);
			*date_at = i;
			return i == 0 || (by_end < i && !has_any(l->s, by_end, CLAUSE_MARKS));
		}
	}
	return false;
}

static bool is_cc_line(const gw_line *l)
{
	return at_any(l->s, l->len, 0, CC_LABEL) || at_any(l->s, l->len, 0, TO_LABEL);
}

/* A line continuing a 抄送 list: names and separators, ending in 。 at most. */
static bool is_cc_continuation(const gw_line *l)
{
	size_t n = ends_with(l->s, l->len, "。") ? l->len - strlen("。") : l->len;
	return !is_table(l) && l->len && cps(l->s, l->len) <= IMPRINT_LINE_MAX && !has_any(l->s, n, CC_STOPS);
}

/* A 印发机关 alone on the line above a date-only 印发 line. */
static bool is_printer_above(const gw_line *l)
{
	return could_be_mark(l) && cps(l->s, l->len) <= MARK_MAX;
}

/* One step of the backward scan: how many lines above k belong to the
 * 版记 (0: none).  A 抄送 list's continuation lines count only with the
 * 抄送 line above them. */
static size_t imprint_step(const gw_line *v, size_t first, size_t k, bool *anchor)
{
	const gw_line *l = &v[k - 1];
	size_t date;
	if (is_rule(l))
		return 1;
	if (is_printed_line(l, &date)) {
		*anchor = true;
		return date == 0 && k - 1 > first && is_printer_above(&v[k - 2]) ? 2 : 1;
	}
	if (is_cc_line(l)) {
		*anchor = true;
		return 1;
	}
	size_t j = k;
	while (j > first && k - j < CC_CONT_LINES && is_cc_continuation(&v[j - 1]) && !is_cc_line(&v[j - 1]))
		j--;
	if (j > first && j < k && is_cc_line(&v[j - 1]))
		return k - j + 1;
	return 0;
}

/* 抄送 names of the lines v[a..b) (the first holds 抄送：), each a part of one line. */
static int add_cc(gw_report *r, const gw_line *v, size_t a, size_t b, gw_strlist *out)
{
	for (size_t k = a; k < b; k++)
		if (add_listed_names(r, &v[k], k == a ? at_any(v[k].s, v[k].len, 0, CC_LABEL) : 0, out))
			return -1;
	return 0;
}

static int fill_imprint(gw_report *r, const gw_line *v, size_t begin, size_t n)
{
	gw_imprint *im = gw_arena_alloc(r->arena, sizeof *im);
	if (!im || !(im->text = join(r, &v[begin], n - begin)))
		return -1;
	memset(&im->cc, 0, sizeof im->cc);
	im->printed_by = im->printed_on = NULL;
	for (size_t k = begin; k < n; k++) {
		const gw_line *l = &v[k];
		size_t date;
		if (at_any(l->s, l->len, 0, CC_LABEL)) {
			size_t e = k + 1;
			while (e < n && !is_cc_line(&v[e]) && !is_rule(&v[e]) && !is_printed_line(&v[e], &date) &&
			       is_cc_continuation(&v[e]) && !(e + 1 < n && is_printed_line(&v[e + 1], &date) &&
							      date == 0 && is_printer_above(&v[e])))
				e++;
			if (add_cc(r, v, k, e, &im->cc))
				return -1;
		} else if (is_printed_line(l, &date)) {
			size_t by_end = trim_end(l->s, 0, date);
			if (by_end > 0)
				im->printed_by = gw_report_strndup(r, l->s, by_end);
			else if (k > begin && is_printer_above(&v[k - 1]))
				im->printed_by = gw_report_strndup(r, v[k - 1].s, v[k - 1].len);
			size_t de = date_end(l->s, l->len, date);
			im->printed_on = gw_report_strndup(r, l->s + date, de - date);
			if ((by_end > 0 && !im->printed_by) || !im->printed_on)
				return -1;
		}
	}
	r->imprint = im;
	return 0;
}

size_t gw_gongwen_imprint(const gw_line *v, size_t first, size_t n, gw_report *r)
{
	size_t k = n, begin = n;
	bool anchor = false;
	while (k > first) {
		bool this_anchor = false;
		size_t step = imprint_step(v, first, k, &this_anchor);
		if (!step)
			break;
		k -= step;
		anchor |= this_anchor;
		if (anchor)
			begin = k;
	}
	/* Leading rules above the first element belong to the 版记 too; trailing
	 * ones without an element are body text. */
	if (begin == n || !anchor)
		return n;
	while (begin > first && is_rule(&v[begin - 1]))
		begin--;
	if (r && fill_imprint(r, v, begin, n))
		return FAIL;
	return begin;
}

/* ---- 主送机关 ------------------------------------------------------------------ */

#define ADDRESSEE_MAX 30     /* code points of one addressee */
#define ADDRESSEES_MAX 120   /* of the whole line */

/* How an addressed body's name ends (各县（市、区）人民政府, 市政府各部门). */
static const char *const BODY_ENDS[] = {
	"政府", "委员会", "局", "办公室", "办事处", "街道", "委",
	"厅", "院", "会", "公司", "中心", "所", "站", "队", "部", "处", "科", "党委", "党组",
	"医院", "社区", "乡镇", "园区", "集团", "银行", NULL};

static bool ends_any(const char *s, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (ends_with(s, n, *set))
			return true;
	return false;
}

/* Bodies named by kind, addressed only as a group: 各成员单位, 有关部门
 * (三个部门 or 相关单位 in a sentence is no addressee). */
static const char *const GROUP_ENDS[] = {"单位", "部门", "机构", "学校", "企业", NULL};
static const char *const GROUP_WORDS[] = {"各", "有关", "直属", "所属", NULL};
/* What an addressee's name never holds: a sentence or a quotation. */
static const char *const ADDRESSEE_STOPS[] = {"。", "；", "：", "！", "？", "“", NULL};

/* One addressee s[0..n): a short body's name (县直各学校, 各县（市、区）人民政府). */
static bool is_addressee(const char *s, size_t n)
{
	if (!n || cps(s, n) > ADDRESSEE_MAX || has_any(s, n, ADDRESSEE_STOPS))
		return false;
	return ends_any(s, n, BODY_ENDS) || (ends_any(s, n, GROUP_ENDS) && has_any(s, n, GROUP_WORDS));
}

bool gw_gongwen_addressees(const char *s, size_t n)
{
	size_t colon = ends_with(s, n, "：") ? strlen("：") : ends_with(s, n, ":") ? 1 : 0;
	if (!colon || cps(s, n) > ADDRESSEES_MAX)
		return false;
	n -= colon;
	int depth = 0, parts = 0;
	size_t a = 0, len = 1;
	for (size_t i = 0; i <= n; i += i < n ? len : 1) {
		uint32_t cp = i < n ? gw_utf8_decode(s + i, n - i, &len) : 0;
		depth += (cp == 0xFF08 || cp == '(') - (cp == 0xFF09 || cp == ')');
		bool sep = i == n || (depth == 0 && (cp == 0xFF0C || cp == 0x3001 || cp == ','));
		if (!sep)
			continue;
		if (!is_addressee(s + a, i - a))
			return false;
		parts++;
		a = i + (i < n ? len : 0);
	}
	return parts >= 1 && depth == 0;
}

/* ---- closing formulas ------------------------------------------------------- */

/* What may end a closing formula (特此报告。). */
static const char *const CLOSING_ENDS[] = {"。", "！", ".", NULL};

bool gw_gongwen_closing(const char *s, size_t n)
{
	size_t count;
	const gw_word *lines = gw_lex_words(GW_LEX_CLOSING_LINE, &count);   /* lexicon_outline.c */
	for (size_t i = 0; i < count; i++) {
		size_t k = lines[i].len;
		if (n >= k && memcmp(s, lines[i].text, k) == 0 &&
		    (k == n || (at_any(s, n, k, CLOSING_ENDS) && k + at_any(s, n, k, CLOSING_ENDS) == n)))
			return true;
	}
	return false;
}

/* ---- 附件, parts, bylines, typed tables --------------------------------------- */

bool gw_gongwen_appendix_label(const gw_line *l)
{
	const char *s = l->s;
	size_t n = l->len, i = strlen("附件"), count;
	if (is_table(l) || !at(s, n, 0, "附件"))
		return false;
	i = skip_spaces(s, n, i);
	size_t j = skip_digits(s, n, i, &count);
	long v;
	if (j == i)
		j = i + gw_marker_cnum(s + i, n - i, &v);
	if (at(s, n, j, "：") || at(s, n, j, ":"))
		j += at(s, n, j, "：") ? strlen("：") : 1;
	return skip_spaces(s, n, j) == n;
}

/* What may follow 第一部分 before its heading. */
static const char *const PART_SEPS[] = {"、", "：", ":", "　", NULL};

bool gw_gongwen_part(const char *s, size_t n, gw_marker *m)
{
	long v;
	if (!at(s, n, 0, "第"))
		return false;
	size_t i = strlen("第"), k = gw_marker_cnum(s + i, n - i, &v);
	if (!k || !at(s, n, i + k, "部分"))
		return false;
	i += k + strlen("部分");
	size_t after = skip_spaces(s, n, i);
	size_t sep = after == i ? at_any(s, n, i, PART_SEPS) : 0;
	if (after == i && !sep && i < n)
		return false;   /* 第一部分是…: running text */
	size_t body = skip_spaces(s, n, after + sep);
	if (cps(s, n) > PART_HEADING_MAX || gw_lex_within(GW_LEX_SENTENCE_MARK, s + body, n - body))
		return false;
	*m = (gw_marker){GW_LEVEL_PART, v, body};
	return true;
}

bool gw_gongwen_subtitle_part(const gw_line *l, bool prev_subtitle)
{
	if (gw_lex_prefix(GW_LEX_DASH, l->s, l->len))
		return true;
	if (!prev_subtitle)
		return false;
	/* A ——… line wrapped in two: the second half has no space, no bracket
	 * and no date of its own (those are bylines). */
	size_t len;
	for (size_t i = 0; i < l->len; i += len)
		if (gw_is_space(gw_utf8_decode(l->s + i, l->len - i, &len)))
			return false;
	return !at_any(l->s, l->len, 0, OPEN_BRACKETS) && date_end(l->s, l->len, 0) == 0;
}

bool gw_gongwen_tab_row(const gw_line *l)
{
	return !is_table(l) && memchr(l->s, '\t', l->len) != NULL;
}

/* Fields of a tab-separated line, leading and trailing spaces trimmed. */
static size_t count_fields(const gw_line *l)
{
	size_t n = 1;
	for (size_t i = 0; i < l->len; i++)
		n += l->s[i] == '\t';
	return n;
}

const gw_table *gw_gongwen_tab_table(gw_arena *a, const gw_line *v, size_t n)
{
	size_t cols = 0, total = 0;
	for (size_t i = 0; i < n; i++) {
		size_t f = count_fields(&v[i]);
		cols = f > cols ? f : cols;
		total += f;
	}
	gw_table *t = gw_arena_alloc(a, sizeof *t);
	gw_cell *cells = gw_arena_array(a, total ? total : 1, sizeof *cells);
	if (!t || !cells)
		return NULL;
	size_t c = 0;
	for (size_t row = 0; row < n; row++) {
		const char *s = v[row].s;
		size_t len = v[row].len, col = 0;
		for (size_t i = 0; i <= len; col++) {
			size_t e = i;
			while (e < len && s[e] != '\t')
				e++;
			size_t b = skip_spaces(s, e, i), end = trim_end(s, b, e);
			const char *text = gw_arena_strndup(a, s + b, end - b);
			if (!text)
				return NULL;
			cells[c++] = (gw_cell){text, row, col, 1, 1};
			i = e + 1;
		}
	}
	/* Tabs typed to line columns up ("门急诊人次\t\t86.5万人次") leave a
	 * column empty in every row: it is no column. */
	size_t *to = gw_arena_array(a, cols ? cols : 1, sizeof *to), kept = 0, k = 0;
	if (!to)
		return NULL;
	for (size_t i = 0; i < cols; i++)
		to[i] = (size_t)-1;
	for (size_t i = 0; i < c; i++)
		if (*cells[i].text)
			to[cells[i].col] = 0;
	for (size_t i = 0; i < cols; i++)
		to[i] = to[i] == 0 || (i + 1 == cols && !kept) ? kept++ : (size_t)-1;
	for (size_t i = 0; i < c; i++)
		if (to[cells[i].col] != (size_t)-1)
			cells[k] = cells[i], cells[k++].col = to[cells[i].col];
	*t = (gw_table){n, kept, cells, k, n > 1 ? 1 : 0};
	return t;
}

/* ---- 纪要 attendance (10.3) ------------------------------------------------ */

/* Length of "出席：" (role and colon) at the start of l, 0 when it is none. */
static size_t attendance_label(const gw_line *l, size_t *role_len)
{
	for (size_t k = 0; k < sizeof ATTENDANCE_ROLES / sizeof *ATTENDANCE_ROLES; k++) {
		size_t rl = strlen(ATTENDANCE_ROLES[k]);
		if (!at(l->s, l->len, 0, ATTENDANCE_ROLES[k]))
			continue;
		size_t i = skip_spaces(l->s, l->len, rl);
		size_t c = at_any(l->s, l->len, i, COLON);
		if (c && l->len > i + c && cps(l->s, l->len) <= IMPRINT_LINE_MAX) {
			*role_len = rl;
			return i + c;
		}
	}
	return 0;
}

size_t gw_gongwen_attendance(const gw_line *v, size_t first, size_t end)
{
	size_t k = end, rl;
	while (k > first && attendance_label(&v[k - 1], &rl))
		k--;
	return k;
}

int gw_gongwen_attendance_build(gw_report *r, const gw_line *v, size_t n)
{
	if (!n)
		return 0;
	r->attendance = gw_arena_array(r->arena, n, sizeof *r->attendance);
	if (!r->attendance)
		return -1;
	for (size_t k = 0; k < n; k++) {
		gw_attendance *a = &r->attendance[r->n_attendance++];
		*a = (gw_attendance){0};
		size_t rl = 0, label = attendance_label(&v[k], &rl);
		a->text = gw_report_strndup(r, v[k].s, v[k].len);
		a->role = gw_report_strndup(r, v[k].s, rl);
		if (!a->text || !a->role || add_listed_names(r, &v[k], label, &a->names))
			return -1;
	}
	return 0;
}
