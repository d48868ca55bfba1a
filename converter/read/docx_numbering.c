/*
 * docx_numbering.c — numbering.xml → the labels Word draws before listed
 * paragraphs.  A paragraph's w:numPr (numId, ilvl) names a w:num, which
 * points at a w:abstractNum whose w:lvl says the format (w:numFmt
 * chineseCounting → 一, decimal → 1 …), the text (w:lvlText "%1、",
 * "（%1）", "%1.%2") and the start value.  Counters live per abstract list,
 * as in Word: every w:num of one abstractNum continues the same list unless
 * its w:lvlOverride/w:startOverride restarts it; using a level restarts
 * the levels below it (w:lvlRestart can say otherwise).
 */
#include "docx_parts.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/arena.h"
#include "../model/utf8.h"

/* Real documents define a few hundred lists at most. */
#define MAX_LISTS 20000u

typedef enum num_fmt {
	F_DECIMAL,
	F_DECIMAL_ZERO,
	F_UPPER_ROMAN,
	F_LOWER_ROMAN,
	F_UPPER_LETTER,
	F_LOWER_LETTER,
	F_CN_COUNTING,
	F_CN_THOUSAND,
	F_CN_LEGAL,
	F_IDEO_DIGITAL,
	F_IDEO_TRADITIONAL,
	F_IDEO_ZODIAC,
	F_CIRCLE,
	F_PAREN,
	F_FULLSTOP,
	F_FULLWIDTH,
	F_NONE,
	F_BULLET
} num_fmt;

static const struct {
	const char *name;
	num_fmt fmt;
} formats[] = {
	{"decimal", F_DECIMAL},
	{"decimalHalfWidth", F_DECIMAL},
	{"decimalZero", F_DECIMAL_ZERO},
	{"upperRoman", F_UPPER_ROMAN},
	{"lowerRoman", F_LOWER_ROMAN},
	{"upperLetter", F_UPPER_LETTER},
	{"lowerLetter", F_LOWER_LETTER},
	{"chineseCounting", F_CN_COUNTING},
	{"chineseCountingThousand", F_CN_THOUSAND},
	{"taiwaneseCounting", F_CN_COUNTING},
	{"taiwaneseCountingThousand", F_CN_THOUSAND},
	{"japaneseCounting", F_CN_THOUSAND},
	{"chineseLegalSimplified", F_CN_LEGAL},
	{"ideographDigital", F_IDEO_DIGITAL},
	{"taiwaneseDigital", F_IDEO_DIGITAL},
	{"ideographTraditional", F_IDEO_TRADITIONAL},
	{"ideographZodiac", F_IDEO_ZODIAC},
	{"decimalEnclosedCircle", F_CIRCLE},
	{"decimalEnclosedCircleChinese", F_CIRCLE},
	{"ideographEnclosedCircle", F_CIRCLE},
	{"decimalEnclosedParen", F_PAREN},
	{"decimalEnclosedFullstop", F_FULLSTOP},
	{"decimalFullWidth", F_FULLWIDTH},
	{"decimalFullWidth2", F_FULLWIDTH},
	{"none", F_NONE},
	{"bullet", F_BULLET},
};

static num_fmt fmt_of(const char *name)
{
	for (size_t i = 0; name && i < sizeof formats / sizeof formats[0]; i++)
		if (strcmp(name, formats[i].name) == 0)
			return formats[i].fmt;
	return F_DECIMAL; /* ordinal, cardinalText … and unknown: Arabic digits */
}

typedef enum suffix { SUFF_TAB, SUFF_SPACE, SUFF_NOTHING } suffix;

typedef struct level {
	bool set;
	bool legal; /* w:isLgl: higher levels shown in Arabic digits */
	num_fmt fmt;
	suffix suff;
	int restart; /* w:lvlRestart, -1 when absent */
	long start;
	const char *text; /* w:lvlText, NULL when absent */
} level;

typedef struct abstract {
	long id;
	level lv[DOCX_MAX_LEVELS];
	const char *style_link; /* w:numStyleLink */
	long counter[DOCX_MAX_LEVELS];
	bool started[DOCX_MAX_LEVELS];
} abstract;

typedef struct num {
	long id, abstract_id;
	size_t abs;                /* index after finish, SIZE_MAX if none */
	level lv[DOCX_MAX_LEVELS]; /* w:lvlOverride/w:lvl */
	long start_override[DOCX_MAX_LEVELS];
	bool pending[DOCX_MAX_LEVELS]; /* start override not yet applied */
} num;

struct docx_numbering {
	gw_arena *arena;
	abstract *abs;
	size_t n_abs, cap_abs;
	num *nums;
	size_t n_nums, cap_nums;
	size_t in_numbering;
	abstract *cur_abs;
	num *cur_num;
	level *cur_lvl;
	int override_lvl; /* open w:lvlOverride's ilvl, -1 */
	bool failed;
};

docx_numbering *docx_numbering_new(gw_arena *a)
{
	docx_numbering *nb = calloc(1, sizeof *nb);
	if (nb) {
		nb->arena = a;
		nb->override_lvl = -1;
	}
	return nb;
}

void docx_numbering_free(docx_numbering *nb)
{
	free(nb);
}

static void level_open(docx_numbering *nb, level *lv)
{
	*lv = (level){.set = true, .fmt = F_DECIMAL, .suff = SUFF_TAB, .restart = -1, .start = 0};
	nb->cur_lvl = lv;
}

static void open_abstract(docx_numbering *nb, docx_xml *x, const XML_Char **atts)
{
	if (nb->n_abs >= MAX_LISTS) {
		docx_xml_fail(x, GW_E_TOO_LARGE, DOCX_HINT_RESAVE, "more than %u lists", MAX_LISTS);
		return;
	}
	if (gw_arena_grow(nb->arena, (void **)&nb->abs, &nb->cap_abs, nb->n_abs + 1, sizeof *nb->abs)) {
		nb->failed = true;
		return;
	}
	abstract *a = &nb->abs[nb->n_abs++];
	memset(a, 0, sizeof *a);
	a->id = docx_attr_int(atts, "abstractNumId", -1, 1000000000, -1);
	nb->cur_abs = a;
}

static void open_num(docx_numbering *nb, docx_xml *x, const XML_Char **atts)
{
	if (nb->n_nums >= MAX_LISTS) {
		docx_xml_fail(x, GW_E_TOO_LARGE, DOCX_HINT_RESAVE, "more than %u lists", MAX_LISTS);
		return;
	}
	if (gw_arena_grow(nb->arena, (void **)&nb->nums, &nb->cap_nums, nb->n_nums + 1, sizeof *nb->nums)) {
		nb->failed = true;
		return;
	}
	num *n = &nb->nums[nb->n_nums++];
	memset(n, 0, sizeof *n);
	n->id = docx_attr_int(atts, "numId", -1, 1000000000, -1);
	n->abstract_id = -1;
	n->abs = SIZE_MAX;
	nb->cur_num = n;
}

static const char *keep(docx_numbering *nb, const char *v)
{
	char *c = v ? gw_arena_strdup(nb->arena, v) : NULL;
	if (v && !c)
		nb->failed = true;
	return c;
}

/* A property of the open w:lvl. */
static void level_take(docx_numbering *nb, level *lv, docx_el el, const XML_Char **atts)
{
	const char *v = docx_attr(atts, "val");
	switch (el) {
	case DX_START: lv->start = docx_attr_int(atts, "val", 0, 1000000, 0); break;
	case DX_NUM_FMT: lv->fmt = fmt_of(v); break;
	case DX_LVL_TEXT: lv->text = keep(nb, v ? v : ""); break;
	case DX_LVL_RESTART: lv->restart = (int)docx_attr_int(atts, "val", 0, 99, -1); break;
	case DX_IS_LGL: lv->legal = docx_attr_on(atts); break;
	case DX_SUFF:
		lv->suff = !v                          ? SUFF_TAB
			   : strcmp(v, "space") == 0   ? SUFF_SPACE
			   : strcmp(v, "nothing") == 0 ? SUFF_NOTHING
						       : SUFF_TAB;
		break;
	default: break;
	}
}

static void numbering_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	docx_numbering *nb = ctx;
	if (el == DX_NUMBERING) {
		nb->in_numbering++;
		return;
	}
	if (!nb->in_numbering)
		return;
	int ilvl = (int)docx_attr_int(atts, "ilvl", 0, DOCX_MAX_LEVELS - 1, 0);
	switch (el) {
	case DX_ABSTRACT_NUM: open_abstract(nb, x, atts); return;
	case DX_NUM: open_num(nb, x, atts); return;
	case DX_LVL:
		if (nb->cur_num && nb->override_lvl >= 0)
			level_open(nb, &nb->cur_num->lv[ilvl]);
		else if (nb->cur_abs)
			level_open(nb, &nb->cur_abs->lv[ilvl]);
		return;
	case DX_LVL_OVERRIDE: nb->override_lvl = ilvl; return;
	case DX_START_OVERRIDE:
		if (nb->cur_num && nb->override_lvl >= 0) {
			nb->cur_num->start_override[nb->override_lvl] =
				docx_attr_int(atts, "val", 0, 1000000, 0);
			nb->cur_num->pending[nb->override_lvl] = true;
		}
		return;
	case DX_ABSTRACT_NUM_ID:
		if (nb->cur_num)
			nb->cur_num->abstract_id = docx_attr_int(atts, "val", -1, 1000000000, -1);
		return;
	case DX_NUM_STYLE_LINK:
		if (nb->cur_abs)
			nb->cur_abs->style_link = keep(nb, docx_attr(atts, "val"));
		return;
	default:
		if (nb->cur_lvl)
			level_take(nb, nb->cur_lvl, el, atts);
		return;
	}
}

static void numbering_end(void *ctx, docx_xml *x, docx_el el)
{
	(void)x;
	docx_numbering *nb = ctx;
	switch (el) {
	case DX_NUMBERING:
		if (nb->in_numbering)
			nb->in_numbering--;
		break;
	case DX_ABSTRACT_NUM: nb->cur_abs = NULL; break;
	case DX_NUM: nb->cur_num = NULL; break;
	case DX_LVL: nb->cur_lvl = NULL; break;
	case DX_LVL_OVERRIDE: nb->override_lvl = -1; break;
	default: break;
	}
}

static void numbering_text(void *ctx, docx_xml *x, const char *s, size_t n)
{
	(void)ctx, (void)x, (void)s, (void)n;
}

docx_sink docx_numbering_sink(docx_numbering *nb)
{
	return (docx_sink){numbering_start, numbering_end, numbering_text, nb};
}

static int abs_cmp(const void *a, const void *b)
{
	const abstract *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static int num_cmp(const void *a, const void *b)
{
	const num *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static size_t find_abs(const docx_numbering *nb, long id)
{
	abstract key = {.id = id};
	const abstract *a = nb->n_abs ? bsearch(&key, nb->abs, nb->n_abs, sizeof key, abs_cmp) : NULL;
	return a ? (size_t)(a - nb->abs) : SIZE_MAX;
}

static num *find_num(docx_numbering *nb, long id)
{
	num key = {.id = id};
	return nb->n_nums ? bsearch(&key, nb->nums, nb->n_nums, sizeof key, num_cmp) : NULL;
}

int docx_numbering_finish(docx_numbering *nb, const docx_styles *st)
{
	if (nb->failed)
		return -1;
	if (nb->n_abs > 1)
		qsort(nb->abs, nb->n_abs, sizeof *nb->abs, abs_cmp);
	if (nb->n_nums > 1)
		qsort(nb->nums, nb->n_nums, sizeof *nb->nums, num_cmp);
	for (size_t i = 0; i < nb->n_nums; i++) {
		size_t a = find_abs(nb, nb->nums[i].abstract_id);
		/* A list defined by a numbering style (w:numStyleLink) takes
		 * its levels and counters from the style's own list. */
		if (a != SIZE_MAX && nb->abs[a].style_link && st) {
			num *linked = find_num(nb, docx_styles_num_of(st, nb->abs[a].style_link));
			size_t b = linked ? find_abs(nb, linked->abstract_id) : SIZE_MAX;
			if (b != SIZE_MAX && !nb->abs[b].style_link)
				a = b;
		}
		nb->nums[i].abs = a;
	}
	return 0;
}

/* ---- writing numbers ------------------------------------------------ */

typedef struct out {
	char *p;
	size_t n, cap;
} out;

static void put(out *o, const char *s, size_t n)
{
	if (o->n + n < o->cap) {
		memcpy(o->p + o->n, s, n);
		o->n += n;
	}
	if (o->cap)
		o->p[o->n] = '\0';
}

static void put_str(out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_cp(out *o, uint32_t cp)
{
	char b[4];
	put(o, b, gw_utf8_encode(cp, b));
}

static void put_decimal(out *o, long n, const char *fmt)
{
	char b[32];
	put(o, b, (size_t)snprintf(b, sizeof b, fmt, n));
}

static void put_roman(out *o, long n, bool upper)
{
	static const struct {
		int v;
		const char *s;
	} r[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
		 {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
		for (; n >= r[i].v; n -= r[i].v)
			for (const char *s = r[i].s; *s; s++)
				put_cp(o, upper ? (uint32_t)(*s - 'a' + 'A') : (uint32_t)*s);
}

/* Word's letters: a … z, aa … zz, aaa … */
static void put_letters(out *o, long n, bool upper)
{
	char c = (char)((upper ? 'A' : 'a') + (n - 1) % 26);
	for (long k = 0; k <= (n - 1) / 26; k++)
		put(o, &c, 1);
}

static const char *const cn_digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
static const char *const cn_legal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
static const char *const cn_units[] = {"", "十", "百", "千"};
static const char *const cn_legal_units[] = {"", "拾", "佰", "仟"};

static void put_digitwise(out *o, long n)
{
	char b[32];
	snprintf(b, sizeof b, "%ld", n);
	for (const char *s = b; *s; s++)
		put_str(o, cn_digits[*s - '0']);
}

/* 0 < n < 10000 read out: 三千零五, 十二 (short_ten: 10–19 without 一). */
static void put_counted4(out *o, long n, bool legal, bool short_ten)
{
	const char *const *dig = legal ? cn_legal : cn_digits;
	const char *const *unit = legal ? cn_legal_units : cn_units;
	bool zero = false, any = false;
	for (int p = 3; p >= 0; p--) {
		long div = p == 3 ? 1000 : p == 2 ? 100 : p == 1 ? 10 : 1;
		int d = (int)(n / div % 10);
		if (d == 0) {
			zero = any;
			continue;
		}
		if (zero)
			put_str(o, "零");
		zero = false;
		if (!(short_ten && !any && p == 1 && d == 1))
			put_str(o, dig[d]);
		put_str(o, unit[p]);
		any = true;
	}
}

/* Counting with 万: 一万零二百, 十二 (n ≥ 10^8 falls back to digits). */
static void put_counted(out *o, long n, bool legal)
{
	if (n >= 100000000 || n <= 0) {
		put_decimal(o, n, "%ld");
		return;
	}
	long high = n / 10000, low = n % 10000;
	if (high) {
		put_counted4(o, high, legal, !legal);
		put_str(o, legal ? "萬" : "万");
		if (low && low < 1000)
			put_str(o, "零");
		if (low)
			put_counted4(o, low, legal, false);
		return;
	}
	put_counted4(o, low, legal, !legal);
}

static const char *const ideo_traditional[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
static const char *const ideo_zodiac[] = {"子", "丑", "寅", "卯", "辰", "巳",
					  "午", "未", "申", "酉", "戌", "亥"};

static void put_number(out *o, num_fmt f, long n)
{
	bool positive = n > 0;
	switch (f) {
	case F_NONE:
	case F_BULLET: return;
	case F_DECIMAL_ZERO: put_decimal(o, n, "%02ld"); return;
	case F_UPPER_ROMAN:
	case F_LOWER_ROMAN:
		if (positive && n < 4000) {
			put_roman(o, n, f == F_UPPER_ROMAN);
			return;
		}
		break;
	case F_UPPER_LETTER:
	case F_LOWER_LETTER:
		if (positive && n <= 260) {
			put_letters(o, n, f == F_UPPER_LETTER);
			return;
		}
		break;
	case F_CN_COUNTING:
		/* Word's chineseCounting reads out 1–99 and spells larger numbers
		 * digit by digit (一〇一). */
		if (n >= 100 || n == 0)
			put_digitwise(o, n);
		else
			put_counted(o, n, false);
		return;
	case F_CN_THOUSAND:
		if (n == 0)
			put_str(o, "〇");
		else
			put_counted(o, n, false);
		return;
	case F_CN_LEGAL:
		if (n == 0)
			put_str(o, "零");
		else
			put_counted(o, n, true);
		return;
	case F_IDEO_DIGITAL: put_digitwise(o, n); return;
	case F_IDEO_TRADITIONAL:
		if (positive) {
			put_str(o, ideo_traditional[(n - 1) % 10]);
			return;
		}
		break;
	case F_IDEO_ZODIAC:
		if (positive) {
			put_str(o, ideo_zodiac[(n - 1) % 12]);
			return;
		}
		break;
	case F_CIRCLE:
		if (positive && n <= 20) {
			put_cp(o, 0x2460 + (uint32_t)n - 1);
			return;
		}
		break;
	case F_PAREN:
		if (positive && n <= 20) {
			put_cp(o, 0x2474 + (uint32_t)n - 1);
			return;
		}
		break;
	case F_FULLSTOP:
		if (positive && n <= 20) {
			put_cp(o, 0x2488 + (uint32_t)n - 1);
			return;
		}
		break;
	case F_FULLWIDTH: {
		char b[32];
		snprintf(b, sizeof b, "%ld", n);
		for (const char *s = b; *s; s++)
			put_cp(o, 0xFF10 + (uint32_t)(*s - '0'));
		return;
	}
	case F_DECIMAL: break;
	}
	put_decimal(o, n, "%ld");
}

size_t docx_number_format(const char *fmt, long n, char *buf, size_t cap)
{
	out o = {buf, 0, cap};
	if (cap)
		buf[0] = '\0';
	put_number(&o, fmt_of(fmt), n);
	return o.n;
}

/* ---- advancing a list ----------------------------------------------- */

static const level *level_of(const docx_numbering *nb, const num *n, int i)
{
	if (n->lv[i].set)
		return &n->lv[i];
	return &nb->abs[n->abs].lv[i];
}

/* Using level i restarts level m below it unless w:lvlRestart says a
 * higher level only (1-based) or never (0). */
static bool restarts(const level *m_lvl, int i)
{
	return m_lvl->restart < 0 || (m_lvl->restart > 0 && i <= m_lvl->restart - 1);
}

static void advance(docx_numbering *nb, num *n, int i)
{
	abstract *a = &nb->abs[n->abs];
	if (n->pending[i]) {
		a->counter[i] = n->start_override[i];
		n->pending[i] = false;
	} else if (a->started[i]) {
		if (a->counter[i] < 100000000)
			a->counter[i]++;
	} else {
		a->counter[i] = level_of(nb, n, i)->start;
	}
	a->started[i] = true;
	for (int m = i + 1; m < DOCX_MAX_LEVELS; m++)
		if (restarts(level_of(nb, n, m), i))
			a->started[m] = false;
}

/* lvlText with each %N replaced by level N-1's number. */
static void put_label(const docx_numbering *nb, const num *n, const level *lv, out *o)
{
	const abstract *a = &nb->abs[n->abs];
	for (const char *s = lv->text; *s; s++) {
		if (s[0] == '%' && s[1] >= '1' && s[1] <= '9') {
			int k = s[1] - '1';
			const level *kl = level_of(nb, n, k);
			long v = a->started[k] ? a->counter[k] : kl->start;
			put_number(o, lv->legal ? F_DECIMAL : kl->fmt, v);
			s++;
			continue;
		}
		size_t len;
		uint32_t cp = gw_utf8_decode(s, strlen(s), &len);
		/* Bullets in Symbol/Wingdings are private-use code points. */
		if (cp >= 0xF000 && cp <= 0xF0FF)
			put_cp(o, 0x2022);
		else
			put(o, s, len);
		s += len - 1;
	}
}

size_t docx_numbering_next(docx_numbering *nb, int num_id, int ilvl, char *buf, size_t cap, bool *space)
{
	*space = false;
	if (cap)
		buf[0] = '\0';
	num *n = num_id > 0 ? find_num(nb, num_id) : NULL;
	if (!n || n->abs == SIZE_MAX)
		return 0;
	int i = ilvl < 0 ? 0 : ilvl >= DOCX_MAX_LEVELS ? DOCX_MAX_LEVELS - 1 : ilvl;
	const level *lv = level_of(nb, n, i);
	if (!lv->set)
		return 0;
	advance(nb, n, i);
	if (!lv->text || lv->fmt == F_NONE)
		return 0;
	out o = {buf, 0, cap};
	put_label(nb, n, lv, &o);
	*space = o.n > 0 && lv->suff != SUFF_NOTHING;
	return o.n;
}
