/*
 * layout.c — layouts/NAME.ini → gw_layout.  A table maps each "section.key"
 * to a field, its type and its allowed range; a line reader (no length
 * limit, no continuation lines) makes every error name file, line and key.
 */
#include "layout.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../model/i18n.h"
#include "regfile.h"

void gw_layout_defaults(gw_layout *l)
{
	memset(l, 0, sizeof *l);
	snprintf(l->name, sizeof l->name, "(built-in gbt9704)");
	l->page_width_mm = 210;        /* 5.1 A4 */
	l->page_height_mm = 297;
	l->top_mm = 37;                /* 5.2.1 天头 */
	l->left_mm = 28;               /* 5.2.1 订口 */
	l->block_width_mm = 156;       /* 5.2.1 版心 */
	l->block_height_mm = 225;
	l->lines = 22;                 /* 5.2.3 */
	l->chars = 28;
	l->line_pitch_pt = 28.95;      /* layout.md §1.3 model W */
	l->size_pt = 16;               /* 3号 */
	l->justify = true;
	l->title_size_pt = 22;         /* 7.3.1 2号 */
	l->title_blank_after = 1;
	l->subtitle_size_pt = 16;
	l->indent_chars = 2;           /* 7.3.3 左空二字 */
	l->level3_bold = true;
	l->signature_right_chars = 2;  /* 7.3.5.2 */
	l->date_shift_chars = 2;
	l->blank_before_signature = 1;
	l->blank_before_attachments = 1;
	l->pn_enabled = true;          /* 7.5 */
	l->pn_size_pt = 14;
	l->pn_below_mm = 7;
	l->pn_inset_chars = 1;
	l->pn_position = GW_PN_OUTSIDE;
	l->ln_enabled = false;
	l->ln_size_pt = 8;
	l->ln_gap_mm = 4;
	l->ln_every = 1;
	l->pn_first_page = true;
	l->head_mark_size_pt = 42;     /* 初号: practice; 7.2.4 sets no size */
	l->head_mark_top_mm = 35;      /* 7.2.4 */
	l->head_mark_leading = 1.15;
	l->head_color = 0xFF0000;      /* 7.2.4 / 7.2.7 红色 */
	l->head_number_blank = 2;      /* 7.2.5 空二行 */
	l->head_rule_below_mm = 4;     /* 7.2.7 */
	l->head_rule_mm = 0.35;
	l->head_rule_thin_mm = 0.25;
	l->head_rule_gap_mm = 0.5;
	l->head_title_blank = 2;       /* 7.3.1 空二行 */
	l->imprint_size_pt = 14;       /* 7.4.2 4号仿宋 */
	l->imprint_inset_chars = 1;
	l->imprint_rules = true;
	l->imprint_thick_mm = 0.35;    /* 7.4.1 */
	l->imprint_thin_mm = 0.25;
	l->imprint_printed_line = true;
	l->imprint_even_page = true;
	l->widow_orphan = false;
}

enum kind { K_DOUBLE, K_INT, K_BOOL, K_PNPOS, K_COLOR };

struct key {
	const char *section, *name;
	enum kind kind;
	size_t off;
	double min, max;
};

#define F(field) offsetof(gw_layout, field)
static const struct key keys[] = {
	{"page", "width_mm", K_DOUBLE, F(page_width_mm), 50, 2000},
	{"page", "height_mm", K_DOUBLE, F(page_height_mm), 50, 2000},
	{"page", "top_mm", K_DOUBLE, F(top_mm), 0, 500},
	{"page", "left_mm", K_DOUBLE, F(left_mm), 0, 500},
	{"page", "block_width_mm", K_DOUBLE, F(block_width_mm), 20, 2000},
	{"page", "block_height_mm", K_DOUBLE, F(block_height_mm), 20, 2000},
	{"grid", "lines", K_INT, F(lines), 1, 200},
	{"grid", "chars", K_INT, F(chars), 4, 200},
	{"grid", "line_pitch_pt", K_DOUBLE, F(line_pitch_pt), 4, 200},
	{"grid", "size_pt", K_DOUBLE, F(size_pt), 4, 72},
	{"grid", "justify", K_BOOL, F(justify), 0, 1},
	{"title", "size_pt", K_DOUBLE, F(title_size_pt), 4, 96},
	{"title", "blank_after", K_INT, F(title_blank_after), 0, 5},
	{"title", "subtitle_size_pt", K_DOUBLE, F(subtitle_size_pt), 4, 72},
	{"text", "indent_chars", K_INT, F(indent_chars), 0, 8},
	{"text", "level3_bold", K_BOOL, F(level3_bold), 0, 1},
	{"text", "halfwidth_digits", K_BOOL, F(halfwidth_digits), 0, 1},
	{"text", "signature_right_chars", K_INT, F(signature_right_chars), 0, 20},
	{"text", "date_shift_chars", K_INT, F(date_shift_chars), 0, 20},
	{"text", "blank_before_signature", K_INT, F(blank_before_signature), 0, 5},
	{"text", "blank_before_attachments", K_INT, F(blank_before_attachments), 0, 5},
	{"page_number", "enabled", K_BOOL, F(pn_enabled), 0, 1},
	{"page_number", "size_pt", K_DOUBLE, F(pn_size_pt), 4, 72},
	{"page_number", "below_mm", K_DOUBLE, F(pn_below_mm), 0, 100},
	{"page_number", "inset_chars", K_DOUBLE, F(pn_inset_chars), 0, 20},
	{"page_number", "position", K_PNPOS, F(pn_position), 0, 1},
	{"line_numbers", "enabled", K_BOOL, F(ln_enabled), 0, 1},
	{"line_numbers", "size_pt", K_DOUBLE, F(ln_size_pt), 4, 24},
	{"line_numbers", "gap_mm", K_DOUBLE, F(ln_gap_mm), 0, 50},
	{"line_numbers", "every", K_INT, F(ln_every), 1, 100},
	{"page_number", "first_page", K_BOOL, F(pn_first_page), 0, 1},
	{"head", "mark_size_pt", K_DOUBLE, F(head_mark_size_pt), 8, 120},
	{"head", "mark_top_mm", K_DOUBLE, F(head_mark_top_mm), 0, 200},
	{"head", "mark_from_paper", K_BOOL, F(head_mark_from_paper), 0, 1},
	{"head", "mark_leading", K_DOUBLE, F(head_mark_leading), 1, 3},
	{"head", "color", K_COLOR, F(head_color), 0, 0xFFFFFF},
	{"head", "number_blank", K_INT, F(head_number_blank), 0, 5},
	{"head", "rule_below_mm", K_DOUBLE, F(head_rule_below_mm), 0, 50},
	{"head", "rule_below_mark", K_BOOL, F(head_rule_below_mark), 0, 1},
	{"head", "rule_mm", K_DOUBLE, F(head_rule_mm), 0.05, 5},
	{"head", "double_rule", K_BOOL, F(head_double_rule), 0, 1},
	{"head", "rule_thin_mm", K_DOUBLE, F(head_rule_thin_mm), 0.05, 5},
	{"head", "rule_gap_mm", K_DOUBLE, F(head_rule_gap_mm), 0, 5},
	{"head", "rule_length_mm", K_DOUBLE, F(head_rule_length_mm), 0, 2000},
	{"head", "bottom_rule_mm", K_DOUBLE, F(head_bottom_rule_mm), 0, 200},
	{"head", "title_blank", K_INT, F(head_title_blank), 0, 5},
	{"head", "mark_from_title", K_BOOL, F(head_mark_from_title), 0, 1},
	{"imprint", "size_pt", K_DOUBLE, F(imprint_size_pt), 4, 72},
	{"imprint", "inset_chars", K_DOUBLE, F(imprint_inset_chars), 0, 10},
	{"imprint", "rules", K_BOOL, F(imprint_rules), 0, 1},
	{"imprint", "thick_mm", K_DOUBLE, F(imprint_thick_mm), 0.05, 5},
	{"imprint", "thin_mm", K_DOUBLE, F(imprint_thin_mm), 0.05, 5},
	{"imprint", "printed_line", K_BOOL, F(imprint_printed_line), 0, 1},
	{"imprint", "even_page", K_BOOL, F(imprint_even_page), 0, 1},
	{"pages", "widow_orphan", K_BOOL, F(widow_orphan), 0, 1},
};

#define N_KEYS (sizeof keys / sizeof keys[0])

struct parse {
	gw_layout *l;
	gw_diag *d;
	const char *file;
	size_t line;           /* 1-based line being read */
	size_t set_on[N_KEYS]; /* line each key was set on, 0 if not yet */
	gw_status st;          /* first error, GW_OK until then */
};

static int bad(struct parse *p, const char *hint, const char *fmt, const char *sec,
	       const char *name, const char *value)
{
	if (p->st)
		return 0;
	gw_diag_set_file(p->d, p->file);
	p->st = gw_fail(p->d, GW_E_LAYOUT, p->line, GW_NO_BYTE, hint, fmt, sec, name, value);
	return 0;
}

static int set_bool(bool *out, const char *v)
{
	if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1"))
		*out = true;
	else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0"))
		*out = false;
	else
		return -1;
	return 0;
}

/* "FF0000" or "#ff0000": sRGB as 0xRRGGBB. */
static int set_color(uint32_t *out, const char *v)
{
	if (*v == '#')
		v++;
	char *end;
	if (strlen(v) != 6 || strspn(v, "0123456789abcdefABCDEF") != 6)
		return -1;
	*out = (uint32_t)strtoul(v, &end, 16);
	return 0;
}

static int set_value(gw_layout *l, const struct key *k, const char *v)
{
	char *field = (char *)l + k->off;
	if (k->kind == K_BOOL)
		return set_bool((bool *)field, v);
	if (k->kind == K_PNPOS) {
		if (!strcmp(v, "outside"))
			*(gw_pn_position *)field = GW_PN_OUTSIDE;
		else if (!strcmp(v, "center"))
			*(gw_pn_position *)field = GW_PN_CENTER;
		else
			return -1;
		return 0;
	}
	if (k->kind == K_COLOR)
		return set_color((uint32_t *)field, v);
	char *end;
	errno = 0;
	double x = strtod(v, &end);
	if (end == v || *end || errno || !isfinite(x) || x < k->min || x > k->max)
		return -1;
	if (k->kind == K_INT) {
		if (x != floor(x))
			return -1;
		*(int *)field = (int)x;
	} else {
		*(double *)field = x;
	}
	return 0;
}

/* What a key accepts, for the hint: "a number from 0 to 100".  buf: the
 * caller's, so parses of two layouts never share it. */
static const char *expected(const struct key *k, char *buf, size_t n)
{
	switch (k->kind) {
	case K_BOOL: return _("true or false");
	case K_PNPOS: return _("outside or center");
	case K_COLOR: return _("a colour as six hex digits RRGGBB (FF0000 is red)");
	case K_INT: snprintf(buf, n, _("a whole number from %g to %g"), k->min, k->max); return buf;
	default: snprintf(buf, n, _("a number from %g to %g"), k->min, k->max); return buf;
	}
}

static int handler(struct parse *p, const char *section, const char *name, const char *value)
{
	for (size_t i = 0; i < N_KEYS; i++) {
		const struct key *k = &keys[i];
		if (strcmp(k->section, section) || strcmp(k->name, name))
			continue;
		if (p->set_on[i]) {
			char first[48];
			snprintf(first, sizeof first, "%zu", p->set_on[i]);
			return bad(p, "keep one of the two lines", "key '%s.%s' is already set on line %s",
				   section, name, first);
		}
		p->set_on[i] = p->line;
		if (set_value(p->l, k, value) == 0)
			return 1;
		char what[96], hint[160];
		snprintf(hint, sizeof hint, _("write %s (see layouts/README.md)"), expected(k, what, sizeof what));
		return bad(p, hint, "bad value for key '%s.%s': '%s'", section, name, value);
	}
	return bad(p, "check the spelling; layouts/README.md lists every section and key",
		   "unknown key '%s.%s'%s", section, name, *section ? "" : _(" (keys must be inside a [section])"));
}

/* Cross-field checks: the grid must fit the block and the block the page. */
static gw_status check(const gw_layout *l, const char *file, gw_diag *d)
{
	const char *what = NULL;
	double cell = l->block_width_mm * GW_PT_PER_MM / l->chars;
	if (l->top_mm + l->block_height_mm > l->page_height_mm + 1e-6)
		what = "page.top_mm + page.block_height_mm is taller than the page";
	else if (l->left_mm + l->block_width_mm > l->page_width_mm + 1e-6)
		what = "page.left_mm + page.block_width_mm is wider than the page";
	else if (cell < 0.9 * l->size_pt)
		what = "grid.chars cells of grid.size_pt do not fit page.block_width_mm (cells would be under 90% of the font size)";
	else if (l->line_pitch_pt < l->size_pt)
		what = "grid.line_pitch_pt is smaller than grid.size_pt";
	else if (l->lines * l->line_pitch_pt > l->block_height_mm * GW_PT_PER_MM + 0.5)
		what = "grid.lines × grid.line_pitch_pt is taller than page.block_height_mm";
	else if (l->title_size_pt * 2 > l->block_width_mm * GW_PT_PER_MM)
		what = "title.size_pt is too large for page.block_width_mm";
	if (!what)
		return GW_OK;
	gw_diag_set_file(d, file);
	return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE, "change the values so the grid fits (layouts/README.md)",
		       "%s", what);
}

/* [start, end) with ASCII blanks cut from both ends. */
static void trim(const char **start, const char **end)
{
	while (*start < *end && (**start == ' ' || **start == '\t'))
		(*start)++;
	while (*end > *start && ((*end)[-1] == ' ' || (*end)[-1] == '\t' || (*end)[-1] == '\r'))
		(*end)--;
}

/* A value ends at an inline comment: ';' after a blank ("27 ; looser"). */
static const char *value_end(const char *v, const char *end)
{
	for (const char *c = v; c < end; c++)
		if (*c == ';' && c > v && (c[-1] == ' ' || c[-1] == '\t'))
			return c;
	return end;
}

/* One line: blank, "; comment" / "# comment", "[section]" or
 * "key = value" (also "key: value"), indented or not.  Lines have no
 * length limit (an earlier fixed 200-byte reader cut long comments, and
 * their tails were read as keys); a line never continues another. */
static int parse_line(struct parse *p, const char *s, const char *end, char *section, size_t section_size)
{
	trim(&s, &end);
	if (s == end || *s == ';' || *s == '#')
		return 1;
	const char *close = *s == '[' ? memchr(s, ']', (size_t)(end - s)) : NULL;
	if (close) {
		const char *rest = close + 1;
		trim(&rest, &end);
		if (rest < end && *rest != ';' && *rest != '#')
			return 0;
		snprintf(section, section_size, "%.*s", (int)(close - s - 1), s + 1);
		return 1;
	}
	const char *eq = s;
	while (eq < end && *eq != '=' && *eq != ':')
		eq++;
	if (eq == end || eq == s || *s == '[')
		return 0;
	const char *name_end = eq, *v = eq + 1, *v_end = end;
	trim(&s, &name_end);
	trim(&v, &v_end);
	v_end = value_end(v, v_end);
	trim(&v, &v_end);
	char name[128], value[256];
	snprintf(name, sizeof name, "%.*s", (int)(name_end - s), s);
	snprintf(value, sizeof value, "%.*s", (int)(v_end - v), v);
	if ((size_t)(v_end - v) >= sizeof value) /* no value of ours is that long */
		bad(p, "write a value of the kind layouts/README.md gives", "bad value for key '%s.%s': '%s…'",
		    section, name, value);
	else
		handler(p, section, name, value);
	return 1;
}

gw_status gw_layout_parse(const char *text, const char *file, gw_layout *l, gw_diag *d)
{
	struct parse p = {.l = l, .d = d, .file = file};
	char section[128] = "";
	if (!strncmp(text, "\xEF\xBB\xBF", 3)) /* Notepad's UTF-8 byte-order mark */
		text += 3;
	const char *s = text;
	while (*s && !p.st) {
		const char *nl = strchr(s, '\n'), *end = nl ? nl : s + strlen(s);
		p.line++;
		if (!parse_line(&p, s, end, section, sizeof section) && !p.st) {
			gw_diag_set_file(d, file);
			return gw_fail(d, GW_E_LAYOUT, p.line, GW_NO_BYTE,
				       "lines are '[section]', 'key = value' or '; comment'",
				       "cannot read this line of the layout file");
		}
		s = nl ? nl + 1 : end;
	}
	if (p.st)
		return p.st;
	snprintf(l->name, sizeof l->name, "%s", file);
	return check(l, file, d);
}

static gw_status read_file(const char *path, char **text, gw_diag *d)
{
	FILE *f = NULL;
	gw_regfile opened = gw_open_regular(path, &f);
	if (opened == GW_REG_NOT_REGULAR)
		return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE, "give a layout .ini file (a FIFO or device is not read)",
			       "layout file '%s' is not a regular file (a folder, FIFO or device)", path);
	if (opened != GW_REG_OK)
		return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE,
			       "give an existing .ini file or a layout name such as gbt9704 or draft",
			       "cannot open layout file '%s': %s", path, strerror(errno));
	size_t cap = 64 * 1024;  /* a layout is a few dozen lines */
	char *buf = malloc(cap + 1);
	size_t n = buf ? fread(buf, 1, cap + 1, f) : 0;
	int err = ferror(f);
	fclose(f);
	if (!buf)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading '%s'", path);
	if (err || n > cap || memchr(buf, '\0', n)) {
		free(buf);
		return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE, "a layout file is a short .ini text file",
			       err ? N_("cannot read layout file '%s'")
			       : n > cap ? N_("layout file '%s' is larger than 64 KB")
					 : N_("layout file '%s' has a zero byte: it is not text"), path);
	}
	buf[n] = '\0';
	*text = buf;
	return GW_OK;
}

/* "no layout named 'x'", listing the .ini names in dir. */
static gw_status unknown_name(const char *name, const char *dir, gw_diag *d)
{
	char names[512] = "";
	size_t used = 0;
	DIR *dp = opendir(dir);
	struct dirent *e;
	char *list[64];
	size_t n = 0;
	while (dp && (e = readdir(dp)) && n < 64) {
		size_t len = strlen(e->d_name);
		if (len > 4 && !strcmp(e->d_name + len - 4, ".ini") && e->d_name[0] != '.')
			list[n++] = strndup(e->d_name, len - 4);
	}
	if (dp)
		closedir(dp);
	for (size_t i = 0; i < n; i++)  /* sorted: readdir order varies */
		for (size_t j = i + 1; j < n; j++)
			if (list[i] && list[j] && strcmp(list[i], list[j]) > 0) {
				char *t = list[i];
				list[i] = list[j];
				list[j] = t;
			}
	for (size_t i = 0; i < n; i++) {
		if (list[i] && used + strlen(list[i]) + 3 < sizeof names)
			used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", used ? ", " : "", list[i]);
		free(list[i]);
	}
	return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE, "give a layout name from that list or a path to an .ini file",
		       "no layout named '%s' in %s (available: %s)", name, dir, used ? names : _("none"));
}

gw_status gw_layout_load(const char *name_or_path, const char *dir, gw_layout *l, gw_diag *d)
{
	gw_layout_defaults(l);
	const char *name = name_or_path && *name_or_path ? name_or_path : "gbt9704";
	char path[4096];
	size_t len = strlen(name);
	if (strchr(name, '/') || (len > 4 && !strcmp(name + len - 4, ".ini")))
		snprintf(path, sizeof path, "%s", name);
	else if (!strchr(name, '.'))
		snprintf(path, sizeof path, "%s/%s.ini", dir ? dir : "layouts", name);
	else
		return gw_fail(d, GW_E_LAYOUT, 0, GW_NO_BYTE, "use gbt9704, draft or a path to an .ini file",
			       "no layout named '%s'", name);
	if (!strchr(name, '/') && access(path, F_OK) != 0)
		return unknown_name(name, dir ? dir : "layouts", d);
	char *text = NULL;
	gw_status st = read_file(path, &text, d);
	if (st)
		return st;
	st = gw_layout_parse(text, path, l, d);
	free(text);
	return st;
}
