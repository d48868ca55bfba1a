/*
 * frontmatter.c — 版头/版记 fields given outside the text (frontmatter.h):
 * the key table, value checks, `--set KEY=VALUE`, and writing the values
 * into the model.  The front-matter block itself is cut from the blocks by
 * gw_frontmatter_take (read.c calls it before unwrapping).
 *
 * In:  KEY：VALUE pairs (from the block or the command line).
 * Out: gw_fields, then r->head / r->imprint / r->salutation /
 *      r->attendance with each value a line of its block's text.
 */
#include "frontmatter.h"

#include <stdio.h>
#include <string.h>

#include "../model/i18n.h"
#include "../model/utf8.h"
#include "blocks.h"

/* What a value must look like. */
typedef enum value_kind {
	V_TEXT,        /* any non-empty text */
	V_LIST,        /* names separated by ，、,；; */
	V_DOC_NUMBER,  /* ends in 号 and holds a 4-digit year */
	V_SECRECY,     /* starts with 绝密, 机密 or 秘密 */
	V_URGENCY,     /* 特急, 加急 (特提, 平急) */
	V_COPY_NUMBER, /* 1 to 6 digits */
	V_DATE         /* 2024年1月10日, no leading zeros */
} value_kind;

typedef struct field_def {
	gw_field_id id;
	const char *names[3];  /* Chinese names, the first the one messages use */
	const char *alias;     /* ASCII alias: the model's JSON key where it has one */
	value_kind kind;
	const char *example;
} field_def;

static const field_def FIELDS[GW_FIELD_N] = {
	{GW_FIELD_ISSUERS, {"发文机关", "发文机关标志", NULL}, "issuers", V_LIST, "××县人民政府办公室"},
	{GW_FIELD_DOC_NUMBER, {"发文字号", "文号", NULL}, "doc_number", V_DOC_NUMBER, "×政办〔2024〕7号"},
	{GW_FIELD_SIGNERS, {"签发人", NULL, NULL}, "signers", V_LIST, "周立新"},
	{GW_FIELD_SECRECY, {"密级", "密级和保密期限", NULL}, "secrecy", V_SECRECY, "机密★1年"},
	{GW_FIELD_URGENCY, {"紧急程度", NULL, NULL}, "urgency", V_URGENCY, "特急"},
	{GW_FIELD_COPY_NUMBER, {"份号", NULL, NULL}, "copy_number", V_COPY_NUMBER, "000001"},
	{GW_FIELD_TO, {"主送", "主送机关", NULL}, "to", V_TEXT, "各乡镇人民政府，县政府各部门"},
	{GW_FIELD_CC, {"抄送", "抄送机关", NULL}, "cc", V_LIST, "县委办公室，县人大常委会办公室"},
	{GW_FIELD_PRINTED_BY, {"印发机关", NULL, NULL}, "printed_by", V_TEXT, "××县人民政府办公室"},
	{GW_FIELD_PRINTED_ON, {"印发日期", NULL, NULL}, "printed_on", V_DATE, "2024年1月10日"},
	{GW_FIELD_PRESENT, {"出席", NULL, NULL}, "present", V_LIST, "县水利局，县财政局"},
	{GW_FIELD_ON_LEAVE, {"请假", NULL, NULL}, "on_leave", V_LIST, "县林业局"},
	{GW_FIELD_ATTENDING, {"列席", NULL, NULL}, "attending", V_LIST, "县审计局"},
};

static const char KEY_LIST[] =
	"发文机关 (issuers), 发文字号 (doc_number), 签发人 (signers), 密级 (secrecy), "
	"紧急程度 (urgency), 份号 (copy_number), 主送 (to), 抄送 (cc), 印发机关 (printed_by), "
	"印发日期 (printed_on), 出席 (present), 请假 (on_leave), 列席 (attending)";

static const char *const SECRECY[] = {"绝密", "机密", "秘密", NULL};
static const char *const URGENCY[] = {"特急", "加急", "特提", "平急", NULL};
static const char *const COLONS[] = {"：", ":", NULL};
static const char *const FENCE = "---";

const char *gw_field_keys(void)
{
	return KEY_LIST;
}

static bool same(const char *a, const char *key, size_t n)
{
	return a && strlen(a) == n && memcmp(a, key, n) == 0;
}

int gw_field_lookup(const char *key, size_t n)
{
	for (int i = 0; i < GW_FIELD_N; i++) {
		const field_def *f = &FIELDS[i];
		if (same(f->alias, key, n) || same(f->names[0], key, n) || same(f->names[1], key, n) ||
		    same(f->names[2], key, n))
			return i;
	}
	return -1;
}

static bool starts_any(const char *s, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (n >= strlen(*set) && memcmp(s, *set, strlen(*set)) == 0)
			return true;
	return false;
}

static bool equals_any(const char *s, size_t n, const char *const *set)
{
	for (; *set; set++)
		if (same(*set, s, n))
			return true;
	return false;
}

/* Digits at s[*i..n) (ASCII or full-width) as a number; count them. */
static long number_at(const char *s, size_t n, size_t *i, size_t *digits, bool *zero_first)
{
	long v = 0;
	size_t len;
	*digits = 0;
	*zero_first = false;
	while (*i < n) {
		int d = gw_fold_digit(gw_utf8_decode(s + *i, n - *i, &len));
		if (!d)
			break;
		if (*digits == 0)
			*zero_first = d == '0';
		v = v * 10 + (d - '0');
		*i += len;
		(*digits)++;
	}
	return v;
}

static bool word_at(const char *s, size_t n, size_t *i, const char *w)
{
	size_t wl = strlen(w);
	if (*i + wl > n || memcmp(s + *i, w, wl) != 0)
		return false;
	*i += wl;
	return true;
}

/* 2024年1月10日: year of 4 digits, month and day without a leading zero. */
static bool is_date(const char *s, size_t n)
{
	size_t i = 0, k;
	bool z;
	long y = number_at(s, n, &i, &k, &z);
	if (k != 4 || y < 1000 || !word_at(s, n, &i, "年"))
		return false;
	long m = number_at(s, n, &i, &k, &z);
	if (!k || z || m < 1 || m > 12 || !word_at(s, n, &i, "月"))
		return false;
	long d = number_at(s, n, &i, &k, &z);
	return k && !z && d >= 1 && d <= 31 && word_at(s, n, &i, "日") && i == n;
}

static bool has_year(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t k, len;
		bool z;
		size_t j = i;
		number_at(s, n, &j, &k, &z);
		if (k == 4)
			return true;
		i = j > i ? j : i + (gw_utf8_decode(s + i, n - i, &len), len ? len : 1);
	}
	return false;
}

static bool all_digits(const char *s, size_t n, size_t max)
{
	size_t i = 0, k;
	bool z;
	number_at(s, n, &i, &k, &z);
	return i == n && k >= 1 && k <= max;
}

static bool value_ok(value_kind kind, const char *s, size_t n)
{
	switch (kind) {
	case V_DOC_NUMBER: return n >= strlen("号") && !memcmp(s + n - strlen("号"), "号", strlen("号")) &&
				  has_year(s, n);
	case V_SECRECY: return starts_any(s, n, SECRECY);
	case V_URGENCY: return equals_any(s, n, URGENCY);
	case V_COPY_NUMBER: return all_digits(s, n, 6);
	case V_DATE: return is_date(s, n);
	case V_TEXT:
	case V_LIST: return true;
	}
	return false;
}

static const char *const KIND_RULE[] = {
	[V_TEXT] = N_("some text"), [V_LIST] = N_("names separated by ，"),
	[V_DOC_NUMBER] = N_("the year in full and 号 at the end"),
	[V_SECRECY] = N_("绝密, 机密 or 秘密, with the period after ★"),
	[V_URGENCY] = N_("特急 or 加急"), [V_COPY_NUMBER] = N_("up to 6 digits"),
	[V_DATE] = N_("year, month and day in Arabic numerals, no leading zeros"),
};

/* Trims ASCII and ideographic spaces around s[0..*n). */
static const char *trim(const char *s, size_t *n)
{
	size_t len;
	while (*n && gw_is_space(gw_utf8_decode(s, *n, &len))) {
		s += len;
		*n -= len;
	}
	while (*n) {
		size_t k = *n - 1;
		while (k && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		if (!gw_is_space(gw_utf8_decode(s + k, *n - k, &len)))
			break;
		*n = k;
	}
	return s;
}

static gw_status bad_value(gw_diag *d, const field_def *f, size_t line, const char *what, const char *v,
			   size_t n)
{
	char hint[256];
	snprintf(hint, sizeof hint, _("write it like %s%s%s"), f->names[0], line ? "：" : "=", f->example);
	return gw_fail(d, line ? GW_E_STRUCTURE : GW_E_USAGE, line, GW_NO_BYTE, hint, "%s%s '%.*s': it needs %s",
		       line ? _("front matter: ") : "--set: ", f->names[0], (int)n, v, _(what));
}

gw_status gw_fields_put(gw_fields *fs, gw_field_id id, const char *value, size_t n, size_t line, gw_diag *d)
{
	const field_def *f = &FIELDS[id];
	value = trim(value, &n);
	if (!n)
		return gw_fail(d, line ? GW_E_STRUCTURE : GW_E_USAGE, line, GW_NO_BYTE, NULL,
			       "%s%s has no value (example: %s：%s)", line ? _("front matter: ") : "--set: ",
			       f->names[0], f->names[0], f->example);
	if (!value_ok(f->kind, value, n))
		return bad_value(d, f, line, KIND_RULE[f->kind], value, n);
	if (fs->value[id] && line && fs->line[id])
		return gw_fail(d, GW_E_STRUCTURE, line, GW_NO_BYTE, "keep one of the two lines",
			       "front matter: %s is given twice (first on line %zu)", f->names[0], fs->line[id]);
	fs->value[id] = value;
	fs->len[id] = n;
	fs->line[id] = line;
	return GW_OK;
}

int gw_fields_any(const gw_fields *f)
{
	for (int i = 0; i < GW_FIELD_N; i++)
		if (f->value[i])
			return 1;
	return 0;
}

gw_status gw_fields_set_arg(gw_fields *f, const char *arg, gw_diag *d)
{
	const char *eq = strchr(arg, '=');
	if (!eq)
		return gw_fail(d, GW_E_USAGE, 0, GW_NO_BYTE, "write --set 发文字号=×政办〔2024〕7号",
			       "--set needs KEY=VALUE, not '%s'", arg);
	size_t kn = (size_t)(eq - arg);
	const char *key = trim(arg, &kn);
	int id = gw_field_lookup(key, kn);
	if (id < 0)
		return gw_fail(d, GW_E_USAGE, 0, GW_NO_BYTE, NULL, "--set: unknown key '%.*s'; keys are %s",
			       (int)kn, key, KEY_LIST);
	return gw_fields_put(f, (gw_field_id)id, eq + 1, strlen(eq + 1), 0, d);
}

/* ---- the front-matter block ---------------------------------------------- */

static bool is_fence(const gw_block *b)
{
	return b->kind == GW_BLOCK_TEXT && b->len == strlen(FENCE) && memcmp(b->s, FENCE, b->len) == 0;
}

/* KEY：VALUE of one block line into f. */
static gw_status take_line(const gw_block *b, gw_fields *f, gw_diag *d)
{
	const char *colon = NULL;
	size_t clen = 0;
	for (const char *const *c = COLONS; *c; c++) {
		const char *p = memmem(b->s, b->len, *c, strlen(*c));
		if (p && (!colon || p < colon)) {
			colon = p;
			clen = strlen(*c);
		}
	}
	if (!colon)
		return gw_fail(d, GW_E_STRUCTURE, b->no, GW_NO_BYTE, "write KEY：VALUE, e.g. 发文字号：×政办〔2024〕7号, "
			       "or end the block with a line ---", "front matter: '%.*s' is no KEY：VALUE line",
			       (int)b->len, b->s);
	size_t kn = (size_t)(colon - b->s);
	const char *key = trim(b->s, &kn);
	int id = gw_field_lookup(key, kn);
	if (id < 0)
		return gw_fail(d, GW_E_STRUCTURE, b->no, GW_NO_BYTE, NULL,
			       "front matter: unknown key '%.*s'; keys are %s", (int)kn, key, KEY_LIST);
	const char *v = colon + clen;
	return gw_fields_put(f, (gw_field_id)id, v, (size_t)(b->s + b->len - v), b->no, d);
}

gw_status gw_frontmatter_take(gw_blocks *blocks, gw_fields *f, gw_diag *d)
{
	size_t first = 0;
	while (first < blocks->n && blocks->v[first].kind == GW_BLOCK_TEXT && blocks->v[first].len == 0)
		first++;
	if (first == blocks->n || !is_fence(&blocks->v[first]))
		return GW_OK;
	size_t end = first + 1;
	while (end < blocks->n && !is_fence(&blocks->v[end]))
		end++;
	if (end == blocks->n)
		return gw_fail(d, GW_E_STRUCTURE, blocks->v[first].no, GW_NO_BYTE,
			       "end the block with a line --- after its last KEY：VALUE line",
			       "front matter: the --- on this line is never closed");
	for (size_t i = first + 1; i < end; i++) {
		gw_block *b = &blocks->v[i];
		if (b->kind != GW_BLOCK_TEXT || b->len == 0)
			continue;
		gw_status st = take_line(b, f, d);
		if (st)
			return st;
	}
	/* Consumed: blank lines keep the line numbers of what follows. */
	for (size_t i = first; i <= end; i++) {
		blocks->v[i].s = "";
		blocks->v[i].len = 0;
	}
	return GW_OK;
}

/* ---- into the model ------------------------------------------------------- */

/* Separators of a list value: 县委办公室，县人大常委会办公室 */
static const char *const LIST_SEPS[] = {"，", "、", ",", "；", ";", NULL};

static size_t sep_at(const char *s, size_t n, size_t i)
{
	for (const char *const *p = LIST_SEPS; *p; p++)
		if (i + strlen(*p) <= n && memcmp(s + i, *p, strlen(*p)) == 0)
			return strlen(*p);
	return 0;
}

/* The items of the list s[0..n) as copies in r's arena (each a part of s,
 * a final 。 left off). */
static int split_list(gw_report *r, const char *s, size_t n, gw_strlist *out)
{
	if (n >= strlen("。") && !memcmp(s + n - strlen("。"), "。", strlen("。")))
		n -= strlen("。");
	*out = (gw_strlist){.present = true};
	size_t cap = 1;
	for (size_t i = 0; i < n; i++)
		cap += sep_at(s, n, i) ? 1 : 0;
	out->items = gw_arena_array(r->arena, cap, sizeof *out->items);
	if (!out->items)
		return -1;
	for (size_t i = 0, start = 0; i <= n;) {
		size_t sep = i < n ? sep_at(s, n, i) : 1;
		if (!sep) {
			i++;
			continue;
		}
		size_t len = i - start;
		const char *item = trim(s + start, &len);
		if (len && !(out->items[out->n++] = gw_report_strndup(r, item, len)))
			return -1;
		i += sep;
		start = i;
	}
	return 0;
}

/* Appends line[0..n) to *text (a line of its own). */
static int add_line(gw_report *r, const char **text, const char *prefix, const char *s, size_t n)
{
	size_t old = *text ? strlen(*text) : 0, pl = strlen(prefix);
	char *t = gw_arena_alloc(r->arena, old + 1 + pl + n + 1);
	if (!t)
		return -1;
	memcpy(t, *text ? *text : "", old);
	size_t k = old;
	if (old)
		t[k++] = '\n';
	memcpy(t + k, prefix, pl);
	memcpy(t + k + pl, s, n);
	t[k + pl + n] = '\0';
	*text = t;
	return 0;
}

static int set_text(gw_report *r, const char **text, const char *prefix, const char **field, const gw_fields *f,
		    gw_field_id id)
{
	if (!f->value[id])
		return 0;
	if (add_line(r, text, prefix, f->value[id], f->len[id]))
		return -1;
	*field = gw_report_strndup(r, f->value[id], f->len[id]);
	return *field ? 0 : -1;
}

static int set_list(gw_report *r, const char **text, const char *prefix, gw_strlist *field, const gw_fields *f,
		    gw_field_id id)
{
	if (!f->value[id])
		return 0;
	return add_line(r, text, prefix, f->value[id], f->len[id]) ||
	       split_list(r, f->value[id], f->len[id], field) ? -1 : 0;
}

static bool any_of(const gw_fields *f, gw_field_id a, gw_field_id b)
{
	for (int i = (int)a; i <= (int)b; i++)
		if (f->value[i])
			return true;
	return false;
}

static int apply_head(gw_report *r, const gw_fields *f)
{
	if (!any_of(f, GW_FIELD_ISSUERS, GW_FIELD_COPY_NUMBER))
		return 0;
	if (!r->head && !(r->head = gw_arena_alloc(r->arena, sizeof *r->head)))
		return -1;
	gw_head *h = r->head;
	if (!h->text)
		h->text = "";
	return set_text(r, &h->text, "", &h->copy_number, f, GW_FIELD_COPY_NUMBER) ||
	       set_text(r, &h->text, "", &h->secrecy, f, GW_FIELD_SECRECY) ||
	       set_text(r, &h->text, "", &h->urgency, f, GW_FIELD_URGENCY) ||
	       set_list(r, &h->text, "", &h->issuers, f, GW_FIELD_ISSUERS) ||
	       set_text(r, &h->text, "", &h->doc_number, f, GW_FIELD_DOC_NUMBER) ||
	       set_list(r, &h->text, "签发人：", &h->signers, f, GW_FIELD_SIGNERS) ? -1 : 0;
}

static int apply_imprint(gw_report *r, const gw_fields *f)
{
	if (!any_of(f, GW_FIELD_CC, GW_FIELD_PRINTED_ON))
		return 0;
	if (!r->imprint && !(r->imprint = gw_arena_alloc(r->arena, sizeof *r->imprint)))
		return -1;
	gw_imprint *m = r->imprint;
	if (!m->text)
		m->text = "";
	return set_list(r, &m->text, "抄送：", &m->cc, f, GW_FIELD_CC) ||
	       set_text(r, &m->text, "", &m->printed_by, f, GW_FIELD_PRINTED_BY) ||
	       set_text(r, &m->text, "", &m->printed_on, f, GW_FIELD_PRINTED_ON) ? -1 : 0;
}

/* a[0..an) followed by b, in r's arena. */
static const char *concat(gw_report *r, const char *a, size_t an, const char *b)
{
	size_t bn = strlen(b);
	char *t = gw_arena_alloc(r->arena, an + bn + 1);
	if (t) {
		memcpy(t, a, an);
		memcpy(t + an, b, bn + 1);
	}
	return t;
}

/* 主送 → the salutation (7.3.2: the last body's name followed by ：). */
static int apply_to(gw_report *r, const gw_fields *f)
{
	const char *v = f->value[GW_FIELD_TO];
	size_t n = f->len[GW_FIELD_TO];
	if (!v)
		return 0;
	bool colon = false;
	for (const char *const *c = COLONS; *c; c++)
		colon |= n >= strlen(*c) && !memcmp(v + n - strlen(*c), *c, strlen(*c));
	r->salutation = concat(r, v, n, colon ? "" : "：");
	return r->salutation ? 0 : -1;
}

static const gw_field_id ATTENDANCE_FIELDS[] = {GW_FIELD_PRESENT, GW_FIELD_ON_LEAVE, GW_FIELD_ATTENDING};

/* The attendance line of `role`: the existing one, or a new one at the end. */
static gw_attendance *attendance_line(gw_report *r, const char *role)
{
	for (size_t i = 0; i < r->n_attendance; i++)
		if (!strcmp(r->attendance[i].role, role))
			return &r->attendance[i];
	gw_attendance *v = gw_arena_array(r->arena, r->n_attendance + 1, sizeof *v);
	if (!v)
		return NULL;
	if (r->n_attendance)
		memcpy(v, r->attendance, r->n_attendance * sizeof *v);
	r->attendance = v;
	return &v[r->n_attendance++];
}

/* 出席/请假/列席 given: "出席：" + the value replaces that role's line. */
static int apply_attendance(gw_report *r, const gw_fields *f)
{
	for (size_t k = 0; k < sizeof ATTENDANCE_FIELDS / sizeof *ATTENDANCE_FIELDS; k++) {
		gw_field_id id = ATTENDANCE_FIELDS[k];
		if (!f->value[id])
			continue;
		const char *role = FIELDS[id].names[0];
		gw_attendance *a = attendance_line(r, role);
		if (!a)
			return -1;
		*a = (gw_attendance){0};
		const char *label = concat(r, role, strlen(role), "：");
		const char *value = label ? gw_report_strndup(r, f->value[id], f->len[id]) : NULL;
		if (!value || !(a->text = concat(r, label, strlen(label), value)) ||
		    !(a->role = gw_report_strdup(r, role)) || split_list(r, value, strlen(value), &a->names))
			return -1;
	}
	return 0;
}

gw_status gw_fields_apply(gw_report *r, const gw_fields *f, gw_diag *d)
{
	if (apply_head(r, f) || apply_imprint(r, f) || apply_to(r, f) || apply_attendance(r, f))
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	return GW_OK;
}
