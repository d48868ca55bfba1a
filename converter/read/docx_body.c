/*
 * docx_body.c — the w:body of document.xml → blocks (blocks.h), in reading
 * order: one block per paragraph (w:p) or outermost table (w:tbl).  A
 * block's slot is taken when its element opens, so a text box's
 * paragraphs (w:txbxContent, nested inside a run of an outer paragraph)
 * follow the paragraph that anchors them — but for boxes anchored before
 * any text (a 红头 is one), which come first (boxes_first).  Per paragraph: the runs' text
 * (w:t, w:tab, w:sym; a soft w:br joins the lines), the shown result of
 * fields but not their code (nor PAGE/NUMPAGES/TOC results), Word's list
 * label in front (docx_numbering.c), and the hints: heading level (direct
 * w:outlineLvl, else the style chain), alignment, first-line indent, text
 * box or frame, page break before, style name.  Paragraphs inside a table
 * — nested tables included — become the text of its cell.
 */
#include "docx_parts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/arena.h"
#include "../model/utf8.h"

/* Fields deeper than this are read as code (their text dropped). */
#define MAX_FIELDS 32
/* Soft line breaks per paragraph that may end a block (more are joined). */
#define MAX_SOFT_BREAKS 16
/* A line after a soft break that is a date (2024年1月8日) is short. */
#define MAX_DATE_BYTES 48

/* Room for one list label ("（十二）", "1.2.3.4."). */
#define LABEL_CAP 96

/* Fields whose shown result is no text of the report: page numbers and
 * the table of contents (which would repeat every heading). */
static const char *const dropped_fields[] = {"PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF", "TOC"};

typedef struct para {
	size_t slot; /* block index; SIZE_MAX: text goes to a table cell */
	size_t no;
	gw_buf text;
	docx_props props;           /* said directly in w:pPr */
	const char *style_id;       /* w:pStyle */
	char label_2003[LABEL_CAP]; /* Word 2003 XML writes the label (wx:t) */
	bool in_ppr, in_numpr, in_mark_rpr, in_sect;
	bool text_box, page_break, sect_break, soft_break;
	bool mark_deleted; /* its paragraph mark is a tracked deletion */
	size_t breaks[MAX_SOFT_BREAKS]; /* text.len at each soft line break */
	size_t n_breaks;
	int run_size;      /* w:sz of the first run, half-points */
	size_t runs;       /* open w:r (a text box's paragraphs sit inside one) */
	bool in_run_rpr, in_t, in_instr;
} para;

typedef struct field {
	bool code; /* between begin and separate */
	bool drop; /* its result is not text */
	char name[16];
	size_t name_n;
} field;

struct docx_body {
	gw_blocks *out;
	size_t cap;
	const docx_styles *styles;
	docx_numbering *numbering;
	size_t in_body;
	para frames[DOCX_MAX_NEST];
	size_t depth;
	size_t text_boxes; /* open w:txbxContent */
	size_t tables;     /* open w:tbl */
	docx_table *table; /* the outermost open table */
	size_t table_slot;
	field fields[MAX_FIELDS];
	size_t fld_depth; /* open fields, may pass MAX_FIELDS */
	size_t paragraphs;
	size_t text_total;
	bool pending_break;
	size_t alt_chunks;
	gw_buf scratch; /* label + text of the paragraph closing */
};

docx_body *docx_body_new(gw_blocks *out, const docx_styles *st, docx_numbering *nb)
{
	docx_body *b = calloc(1, sizeof *b);
	if (!b)
		return NULL;
	b->out = out;
	b->styles = st;
	b->numbering = nb;
	for (size_t i = 0; i < DOCX_MAX_NEST; i++)
		gw_buf_init(&b->frames[i].text, GW_MAX_INPUT_BYTES);
	gw_buf_init(&b->scratch, GW_MAX_INPUT_BYTES + LABEL_CAP + 1);
	return b;
}

void docx_body_free(docx_body *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < DOCX_MAX_NEST; i++)
		gw_buf_free(&b->frames[i].text);
	gw_buf_free(&b->scratch);
	docx_table_free(b->table);
	free(b);
}

size_t docx_body_alt_chunks(const docx_body *b)
{
	return b->alt_chunks;
}

static void nomem(docx_xml *x)
{
	docx_xml_fail(x, GW_E_NOMEM, NULL, "out of memory");
}

static bool over_items(docx_body *b, docx_xml *x)
{
	size_t cells = b->table ? docx_table_cells(b->table) : 0;
	if (b->out->n + cells <= DOCX_MAX_ITEMS)
		return false;
	docx_xml_fail(x, GW_E_TOO_LARGE, "split the document into smaller files",
		      "more than %u paragraphs and table cells", DOCX_MAX_ITEMS);
	return true;
}

/* Takes the next block slot; the block is filled when its element closes. */
static size_t reserve(docx_body *b, docx_xml *x, gw_block_kind kind)
{
	gw_blocks *o = b->out;
	if (over_items(b, x))
		return SIZE_MAX;
	if (gw_arena_grow(o->arena, (void **)&o->v, &b->cap, o->n + 1, sizeof *o->v)) {
		nomem(x);
		return SIZE_MAX;
	}
	gw_block *k = &o->v[o->n];
	memset(k, 0, sizeof *k);
	k->kind = kind;
	k->s = "";
	k->level = GW_LEVEL_NONE;
	k->no = b->paragraphs + (kind == GW_BLOCK_TABLE);
	k->text_box = b->text_boxes > 0;
	k->page_break_before = b->pending_break;
	b->pending_break = false;
	return o->n++;
}

/* ---- fields --------------------------------------------------------- */

static bool text_shown(const docx_body *b)
{
	if (b->fld_depth > MAX_FIELDS)
		return false;
	for (size_t i = 0; i < b->fld_depth; i++)
		if (b->fields[i].code || b->fields[i].drop)
			return false;
	return true;
}

static bool field_dropped(const char *name)
{
	for (size_t i = 0; i < sizeof dropped_fields / sizeof dropped_fields[0]; i++)
		if (strcasecmp(name, dropped_fields[i]) == 0)
			return true;
	return false;
}

/* The first word of a field code ("PAGE" of " PAGE \* MERGEFORMAT "). */
static void field_name(field *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool sep = c == ' ' || c == '\\' || c == '\t';
		if (sep && f->name_n > 0) {
			f->name_n = sizeof f->name; /* complete */
			return;
		}
		if (!sep && f->name_n < sizeof f->name - 1) {
			f->name[f->name_n++] = c;
			f->name[f->name_n] = '\0';
		}
	}
}

static void field_char(docx_body *b, const char *type)
{
	if (!type)
		return;
	if (strcmp(type, "begin") == 0) {
		if (b->fld_depth < MAX_FIELDS)
			b->fields[b->fld_depth] = (field){.code = true};
		b->fld_depth++;
	} else if (strcmp(type, "separate") == 0 && b->fld_depth > 0 && b->fld_depth <= MAX_FIELDS) {
		field *f = &b->fields[b->fld_depth - 1];
		f->code = false;
		f->drop = field_dropped(f->name);
	} else if (strcmp(type, "end") == 0 && b->fld_depth > 0) {
		b->fld_depth--;
	}
}

static bool simple_field_dropped(const XML_Char **atts)
{
	field f = {0};
	const char *instr = docx_attr(atts, "instr");
	if (instr)
		field_name(&f, instr, strlen(instr));
	return field_dropped(f.name);
}

/* ---- text ------------------------------------------------------------ */

static bool ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static void add_text(docx_body *b, docx_xml *x, const char *s, size_t n)
{
	if (b->depth == 0 || n == 0)
		return;
	para *f = &b->frames[b->depth - 1];
	/* A soft line break only wraps the line: Chinese joins directly,
	 * two Latin words keep a space. */
	if (f->soft_break && f->text.len && ascii_alnum((unsigned char)f->text.p[f->text.len - 1]) &&
	    ascii_alnum((unsigned char)s[0]))
		gw_buf_add(&f->text, " ", 1);
	f->soft_break = false;
	gw_status st = gw_buf_add(&f->text, s, n);
	if (st == GW_E_TOO_LARGE)
		docx_xml_fail(x, st, "split the document into smaller files",
			      "paragraph %zu is longer than %u bytes", f->no, GW_MAX_INPUT_BYTES);
	else if (st != GW_OK)
		nomem(x);
}

static void add_cp(docx_body *b, docx_xml *x, uint32_t cp)
{
	char u[4];
	add_text(b, x, u, gw_utf8_encode(cp, u));
}

/* w:sym: a character of a symbol font, often written in the private-use
 * range F0xx; the common ones have a Unicode twin. */
static uint32_t symbol_char(const char *hex)
{
	static const struct {
		uint32_t pua, cp;
	} twins[] = {{0xF0B7, 0x2022}, {0xF06C, 0x25CF}, {0xF06E, 0x25A0}, {0xF0A7, 0x25AA},
		     {0xF0D8, 0x27A2}, {0xF0FC, 0x2713}, {0xF0FB, 0x2717}, {0xF0A8, 0x25A1},
		     {0xF076, 0x2756}, {0xF0E0, 0x2192}};
	uint32_t cp = hex ? (uint32_t)strtoul(hex, NULL, 16) : 0;
	for (size_t i = 0; i < sizeof twins / sizeof twins[0]; i++)
		if (twins[i].pua == cp)
			return twins[i].cp;
	if (cp >= 0xF020 && cp <= 0xF07E)
		return cp - 0xF000;
	if (cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || (cp >= 0xF000 && cp <= 0xF0FF))
		return 0;
	return cp;
}

static void line_break(docx_body *b, const XML_Char **atts)
{
	para *f = &b->frames[b->depth - 1];
	const char *type = docx_attr(atts, "type");
	if (type && strcmp(type, "page") == 0) {
		/* A break before any text puts the whole paragraph on a new
		 * page; one inside the text is no break between blocks. */
		if (f->text.len == 0)
			f->page_break = true;
	} else if (!type || strcmp(type, "textWrapping") == 0) {
		f->soft_break = true;
		if (f->n_breaks < MAX_SOFT_BREAKS && f->text.len)
			f->breaks[f->n_breaks++] = f->text.len;
	}
}

/* ---- paragraphs ------------------------------------------------------ */

static void para_open(docx_body *b, docx_xml *x)
{
	if (b->depth >= DOCX_MAX_NEST) {
		docx_xml_fail(x, GW_E_TOO_LARGE, DOCX_HINT_RESAVE, "text boxes nested more than %u deep",
			      DOCX_MAX_NEST);
		return;
	}
	b->paragraphs++;
	para *f = &b->frames[b->depth];
	gw_buf keep = f->text;
	memset(f, 0, sizeof *f);
	f->text = keep;
	f->text.len = 0;
	if (f->text.p)
		f->text.p[0] = '\0';
	docx_props_unset(&f->props);
	f->run_size = -1;
	f->no = b->paragraphs;
	f->text_box = b->text_boxes > 0;
	f->slot = SIZE_MAX;
	if (b->tables == 0 && (f->slot = reserve(b, x, GW_BLOCK_TEXT)) == SIZE_MAX)
		return;
	b->depth++;
}

static bool is_space_at(const char *s, size_t n, size_t *len, int *halves)
{
	uint32_t cp = gw_utf8_decode(s, n, len);
	if (!gw_is_space(cp))
		return false;
	*halves += cp == 0x3000 ? 2 : cp == '\t' ? 4 : 1;
	return true;
}

/* Strips indentation and trailing spaces; *lead: the indent in characters. */
static const char *strip(const char *s, size_t *n, int *lead)
{
	int halves = 0;
	size_t len;
	while (*n && is_space_at(s, *n, &len, &halves)) {
		s += len;
		*n -= len;
	}
	*lead = halves / 2;
	while (*n) {
		size_t k = *n - 1;
		while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
			k--;
		int ignored = 0;
		if (!is_space_at(s + k, *n - k, &len, &ignored))
			break;
		*n = k;
	}
	return s;
}

/* A label ending in a letter, digit or ideograph needs the space Word
 * puts after it; one ending in 、 ） . does not. */
static bool label_needs_space(const char *label, size_t n)
{
	size_t k = n - 1;
	while (k > 0 && ((unsigned char)label[k] & 0xC0) == 0x80)
		k--;
	size_t len;
	uint32_t cp = gw_utf8_decode(label + k, n - k, &len);
	return cp < 0x80 ? ascii_alnum((unsigned char)cp) : (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3007;
}

static int indent_of(const para *f, const docx_props *p, int lead)
{
	if (f->props.first_line_chars > 0)
		return (f->props.first_line_chars + 50) / 100;
	if (f->props.first_line_twips > 0) {
		int size = f->run_size > 0 ? f->run_size : p->size > 0 ? p->size : 21;
		return (f->props.first_line_twips + size * 5) / (size * 10);
	}
	if (lead > 0)
		return lead;
	return p->first_line_chars > 0 ? (p->first_line_chars + 50) / 100 : 0;
}

static int level_of(const docx_props *direct, const docx_props *resolved)
{
	if (direct->outline >= 0)
		return direct->outline < 9 ? direct->outline + 1 : GW_LEVEL_NONE;
	return resolved->heading > 0 ? resolved->heading : GW_LEVEL_NONE;
}

/* Label + text into b->scratch; returns the label's length. */
static size_t compose(docx_body *b, para *f, const docx_props *p, const char *s, size_t n)
{
	char label[LABEL_CAP];
	bool space = false;
	size_t ln;
	if (f->label_2003[0]) {
		ln = strlen(f->label_2003);
		memcpy(label, f->label_2003, ln + 1);
		space = true;
	} else {
		ln = p->num_id > 0 ? docx_numbering_next(b->numbering, p->num_id, p->ilvl, label,
							 sizeof label, &space)
				   : 0;
	}
	b->scratch.len = 0;
	gw_buf_add(&b->scratch, label, ln);
	if (ln && space && n && label_needs_space(label, ln))
		gw_buf_add(&b->scratch, " ", 1);
	gw_buf_add(&b->scratch, s, n);
	gw_buf_add(&b->scratch, "", 0); /* p exists and ends in NUL even when empty */
	return gw_buf_status(&b->scratch) == GW_OK ? ln : SIZE_MAX;
}

/* Marks that end a sentence: a soft break after one ends the block. */
static const char *const block_ends[] = {"。", "！", "？", "；", "：", NULL};

static bool ends_block(const char *s, size_t n)
{
	for (size_t i = 0; block_ends[i]; i++) {
		size_t l = strlen(block_ends[i]);
		if (n >= l && memcmp(s + n - l, block_ends[i], l) == 0)
			return true;
	}
	return false;
}

/* A signature's date line: short, with 年, 月 and 日, starting with a digit
 * or a Chinese numeral year (二〇二四年). */
static bool date_line(const char *s, size_t n)
{
	char buf[MAX_DATE_BYTES + 1];
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	if (!n || n > MAX_DATE_BYTES)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	bool starts = (*s >= '0' && *s <= '9') || strncmp(s, "二", strlen("二")) == 0 ||
		      strncmp(s, "一", strlen("一")) == 0;
	return starts && strstr(buf, "年") && strstr(buf, "月") && strstr(buf, "日");
}

/* Where the text of block k is cut at soft breaks that separate blocks
 * (Shift+Enter between a 署名 and its date, or after a sentence): the
 * pieces after the first become blocks of their own right after k, with
 * k's alignment and style.  off: the break offsets in k->s. */
static void split_soft(docx_body *b, docx_xml *x, size_t slot, const size_t *off, size_t n_off)
{
	gw_blocks *o = b->out;
	const char *s = o->v[slot].s;
	size_t len = o->v[slot].len, cut[MAX_SOFT_BREAKS], n_cut = 0;
	for (size_t i = 0; i < n_off; i++) {
		size_t next = i + 1 < n_off ? off[i + 1] : len;
		if (off[i] > 0 && off[i] < len && (ends_block(s, off[i]) || date_line(s + off[i], next - off[i])))
			cut[n_cut++] = off[i];
	}
	if (!n_cut)
		return;
	if (over_items(b, x) || gw_arena_grow(o->arena, (void **)&o->v, &b->cap, o->n + n_cut, sizeof *o->v)) {
		if (!x->st)
			nomem(x);
		return;
	}
	memmove(&o->v[slot + 1 + n_cut], &o->v[slot + 1], (o->n - slot - 1) * sizeof *o->v);
	o->n += n_cut;
	gw_block *k = &o->v[slot];
	for (size_t i = 0; i < n_cut; i++) {
		size_t a = cut[i], e = i + 1 < n_cut ? cut[i + 1] : len;
		while (a < e && s[a] == ' ')
			a++;
		gw_block *nb = &o->v[slot + 1 + i];
		*nb = *k;
		nb->s = gw_arena_strndup(o->arena, s + a, e - a);
		nb->len = e - a;
		nb->numbering_len = 0;
		nb->indent_chars = 0;
		nb->page_break_before = false;
		nb->level = GW_LEVEL_NONE;
		if (!nb->s) {
			nb->s = "";
			nomem(x);
		}
	}
	k->len = cut[0];
	((char *)k->s)[cut[0]] = '\0';  /* k->s is this reader's own arena copy */
}

/* The 红头 is a text box anchored in one of the first paragraphs (often the
 * title's, or the 发文字号's), yet it stands above them on the page: when
 * a top-level paragraph with no text before it anchors text boxes, its
 * block moves after theirs, so the reading order is the page's.  Returns
 * the paragraph's slot after the move.  Elsewhere a box follows its
 * anchor (a sidebar read after the paragraph it belongs to). */
static size_t boxes_first(docx_body *b, size_t slot)
{
	gw_blocks *o = b->out;
	if (b->depth > 0 || slot + 1 >= o->n)
		return slot;
	for (size_t j = 0; j < o->n; j++) {
		const gw_block *k = &o->v[j];
		bool box = k->text_box && k->kind == GW_BLOCK_TEXT;
		if ((j < slot && !box && k->s && (k->len || k->kind == GW_BLOCK_TABLE)) || (j > slot && !box))
			return slot;
	}
	gw_block anchor = o->v[slot];
	memmove(&o->v[slot], &o->v[slot + 1], (o->n - slot - 1) * sizeof *o->v);
	o->v[o->n - 1] = anchor;
	for (size_t j = o->n - 1; j > slot; j--)  /* paragraph numbers still rise, for messages */
		o->v[j].no = o->v[j - 1].no;
	o->v[slot].no = anchor.no;
	return o->n - 1;
}

static void para_close(docx_body *b, docx_xml *x)
{
	para *f = &b->frames[--b->depth];
	docx_props p = f->props;
	p.heading = -1;
	docx_styles_resolve(b->styles, f->style_id, &p);
	size_t n = f->text.len;
	int lead = 0;
	const char *s = strip(f->text.p ? f->text.p : "", &n, &lead);
	if (f->mark_deleted && n == 0) {
		/* Deleted with all its text: gone once changes are accepted,
		 * and it takes no list number. */
		if (f->slot != SIZE_MAX)
			b->out->v[f->slot].s = NULL;
		return;
	}
	size_t ln = compose(b, f, &p, s, n);
	if (ln == SIZE_MAX) {
		nomem(x);
		return;
	}
	size_t len = b->scratch.len;
	if (f->sect_break || (f->page_break && len == 0))
		b->pending_break = true;
	if (f->slot == SIZE_MAX) {
		if (b->table && docx_table_text(b->table, b->scratch.p, len))
			nomem(x);
		return;
	}
	if ((b->text_total += len) > GW_MAX_INPUT_BYTES) {
		docx_xml_fail(x, GW_E_TOO_LARGE, "split the document into smaller files",
			      "the document's text is longer than %u bytes", GW_MAX_INPUT_BYTES);
		return;
	}
	gw_block *k = &b->out->v[f->slot];
	k->s = gw_arena_strndup(b->out->arena, b->scratch.p, len);
	if (!k->s) {
		k->s = "";
		nomem(x);
		return;
	}
	k->len = len;
	k->numbering_len = ln;
	k->level = level_of(&f->props, &p);
	k->align = p.align;
	k->indent_chars = indent_of(f, &p, lead);
	k->text_box = k->text_box || f->text_box;
	k->page_break_before = k->page_break_before || f->page_break;
	k->style = p.style;
	size_t off[MAX_SOFT_BREAKS], n_off = 0, lead_bytes = (size_t)(s - (f->text.p ? f->text.p : s));
	for (size_t i = 0; i < f->n_breaks; i++)  /* break offsets in k->s: after the label, without indent */
		if (f->breaks[i] > lead_bytes && f->breaks[i] - lead_bytes + (len - n) < len)
			off[n_off++] = f->breaks[i] - lead_bytes + (len - n);
	size_t slot = k->text_box ? f->slot : boxes_first(b, f->slot);
	if (n_off)
		split_soft(b, x, slot, off, n_off);
}

/* ---- tables ---------------------------------------------------------- */

static void table_open(docx_body *b, docx_xml *x)
{
	if (b->tables++ > 0)
		return;
	if (!b->table && !(b->table = docx_table_new())) {
		nomem(x);
		return;
	}
	b->table_slot = reserve(b, x, GW_BLOCK_TABLE);
}

static void table_close(docx_body *b, docx_xml *x)
{
	if (b->tables == 0 || --b->tables > 0 || !b->table)
		return;
	gw_table *t = docx_table_finish(b->table, b->out->arena);
	docx_table_free(b->table);
	b->table = NULL;
	if (!t) {
		nomem(x);
		return;
	}
	if (b->table_slot != SIZE_MAX)
		b->out->v[b->table_slot].table = t;
}

static void cell_close(docx_body *b, docx_xml *x)
{
	int rc = docx_table_cell_end(b->table, b->out->arena);
	if (rc == -2)
		docx_xml_fail(x, GW_E_TOO_LARGE, DOCX_HINT_RESAVE, "a table row wider than %u columns",
			      DOCX_MAX_COLS);
	else if (rc)
		nomem(x);
	else
		over_items(b, x);
}

/* Table structure elements of the outermost table (nested ones only give
 * their text). */
static void table_start(docx_body *b, docx_xml *x, docx_el el, const XML_Char **atts)
{
	docx_table *t = b->table;
	if (b->tables != 1 || !t)
		return;
	switch (el) {
	case DX_TR: docx_table_row(t); break;
	case DX_TC: docx_table_cell(t); break;
	case DX_TBL_HEADER:
		if (docx_attr_on(atts))
			docx_table_row_header(t);
		break;
	case DX_GRID_BEFORE: docx_table_grid_before(t, docx_attr_int(atts, "val", 0, 100000, 0)); break;
	case DX_GRID_COL: docx_table_grid_col(t); break;
	case DX_GRID_SPAN: docx_table_span(t, docx_attr_int(atts, "val", 1, 100000, 1)); break;
	case DX_VMERGE: {
		const char *v = docx_attr(atts, "val");
		docx_table_vmerge(t, v && strcmp(v, "restart") == 0);
		break;
	}
	default: break;
	}
	(void)x;
}

/* ---- the sink -------------------------------------------------------- */

/* Elements of w:pPr (the paragraph's own properties). */
static void ppr_start(para *f, docx_el el, const XML_Char **atts, gw_arena *a, docx_xml *x)
{
	switch (el) {
	case DX_PSTYLE:
		if (!(f->style_id = gw_arena_strdup(a, docx_attr(atts, "val") ? docx_attr(atts, "val") : "")))
			nomem(x);
		break;
	case DX_NUM_PR:
	case DX_LIST_PR: f->in_numpr = true; break;
	case DX_NUM_ID:
	case DX_ILVL:
		if (f->in_numpr)
			docx_props_take(&f->props, el, atts);
		break;
	case DX_WX_T: {
		const char *v = docx_attr(atts, "val");
		if (f->in_numpr && v && strlen(v) < sizeof f->label_2003)
			strcpy(f->label_2003, v);
		break;
	}
	case DX_OUTLINE_LVL:
	case DX_JC:
	case DX_IND:
		if (!f->in_mark_rpr && !f->in_sect)
			docx_props_take(&f->props, el, atts);
		break;
	case DX_RPR: f->in_mark_rpr = true; break;
	case DX_DEL:
		if (f->in_mark_rpr)
			f->mark_deleted = true;
		break;
	case DX_FRAME_PR: f->text_box = true; break;
	case DX_PAGE_BREAK_BEFORE:
		if (docx_attr_on(atts))
			f->page_break = true;
		break;
	case DX_SECT_PR:
		f->in_sect = true;
		f->sect_break = true;
		break;
	case DX_SECT_TYPE:
		if (f->in_sect) {
			const char *v = docx_attr(atts, "val");
			f->sect_break =
				!(v && (strcmp(v, "continuous") == 0 || strcmp(v, "nextColumn") == 0));
		}
		break;
	default: break;
	}
}

/* Elements of a run (w:r) or of the paragraph's content. */
static void run_start(docx_body *b, docx_xml *x, para *f, docx_el el, const XML_Char **atts)
{
	switch (el) {
	case DX_R: f->runs++; break;
	case DX_RPR:
		if (f->runs)
			f->in_run_rpr = true;
		break;
	case DX_SZ:
		if (f->in_run_rpr && f->run_size < 0)
			f->run_size = (int)docx_attr_int(atts, "val", 1, 3276, -1);
		break;
	case DX_T:
		if (f->runs)
			f->in_t = true;
		break;
	case DX_TAB:
	case DX_PTAB:
		if (f->runs && text_shown(b))
			add_text(b, x, "\t", 1);
		break;
	case DX_BR:
	case DX_CR:
		if (f->runs && text_shown(b))
			line_break(b, atts);
		break;
	case DX_NO_BREAK_HYPHEN:
		if (text_shown(b))
			add_text(b, x, "-", 1);
		break;
	case DX_SYM: {
		uint32_t cp = symbol_char(docx_attr(atts, "char"));
		if (cp && text_shown(b))
			add_cp(b, x, cp);
		break;
	}
	case DX_INSTR_TEXT: f->in_instr = true; break;
	case DX_FLD_CHAR: field_char(b, docx_attr(atts, "fldCharType")); break;
	case DX_FLD_SIMPLE:
		if (simple_field_dropped(atts))
			docx_xml_skip(x);
		break;
	default: break;
	}
}

static void body_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	docx_body *b = ctx;
	if (el == DX_BODY) {
		b->in_body++;
		return;
	}
	if (!b->in_body)
		return;
	para *f = b->depth ? &b->frames[b->depth - 1] : NULL;
	switch (el) {
	case DX_P: para_open(b, x); return;
	case DX_TBL: table_open(b, x); return;
	case DX_TXBX_CONTENT: b->text_boxes++; return;
	case DX_ALT_CHUNK: b->alt_chunks++; return;
	case DX_PPR:
		if (f && !f->runs)
			f->in_ppr = true;
		return;
	case DX_ANNOTATION: {
		/* Word 2003 XML keeps comments and deletions inline. */
		const char *type = docx_attr(atts, "type");
		if (type && (strcmp(type, "Word.Comment") == 0 || strcmp(type, "Word.Deletion") == 0))
			docx_xml_skip(x);
		return;
	}
	default: break;
	}
	table_start(b, x, el, atts);
	if (f && f->in_ppr)
		ppr_start(f, el, atts, b->out->arena, x);
	else if (f)
		run_start(b, x, f, el, atts);
}

static void body_end(void *ctx, docx_xml *x, docx_el el)
{
	docx_body *b = ctx;
	if (el == DX_BODY) {
		if (b->in_body)
			b->in_body--;
		return;
	}
	if (!b->in_body)
		return;
	para *f = b->depth ? &b->frames[b->depth - 1] : NULL;
	switch (el) {
	case DX_P:
		if (b->depth)
			para_close(b, x);
		break;
	case DX_TBL: table_close(b, x); break;
	case DX_TC:
		if (b->tables == 1 && b->table)
			cell_close(b, x);
		break;
	case DX_TXBX_CONTENT:
		if (b->text_boxes)
			b->text_boxes--;
		break;
	case DX_PPR:
		if (f)
			f->in_ppr = false;
		break;
	case DX_NUM_PR:
	case DX_LIST_PR:
		if (f)
			f->in_numpr = false;
		break;
	case DX_SECT_PR:
		if (f)
			f->in_sect = false;
		break;
	case DX_RPR:
		if (f)
			f->in_mark_rpr = f->in_run_rpr = false;
		break;
	case DX_R:
		if (f && f->runs)
			f->runs--;
		break;
	case DX_T:
		if (f)
			f->in_t = false;
		break;
	case DX_INSTR_TEXT:
		if (f)
			f->in_instr = false;
		break;
	default: break;
	}
}

static void body_text(void *ctx, docx_xml *x, const char *s, size_t n)
{
	docx_body *b = ctx;
	if (!b->in_body || !b->depth)
		return;
	para *f = &b->frames[b->depth - 1];
	if (f->in_t && text_shown(b))
		add_text(b, x, s, n);
	else if (f->in_instr && b->fld_depth > 0 && b->fld_depth <= MAX_FIELDS &&
		 b->fields[b->fld_depth - 1].code)
		field_name(&b->fields[b->fld_depth - 1], s, n);
}

/* What marks a table at the end of the body as the 版记's frame (Word users
 * draw the 版记's rules as a table): a cell starting with 抄送/主送 or ending
 * with 印发 (GB/T 9704 7.4). */
static const char *const imprint_starts[] = {"抄送", "主送", NULL};
static const char *const imprint_ends[] = {"印发", NULL};
#define IMPRINT_TABLE_ROWS 6
#define IMPRINT_TABLE_COLS 3

static bool imprint_cell(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; imprint_starts[i]; i++)
		if (strncmp(s, imprint_starts[i], strlen(imprint_starts[i])) == 0)
			return true;
	for (size_t i = 0; imprint_ends[i]; i++)
		if (n >= strlen(imprint_ends[i]) && strcmp(s + n - strlen(imprint_ends[i]), imprint_ends[i]) == 0)
			return true;
	return false;
}

/* Row r of t as one line: its cells left to right, two full-width spaces
 * between them (as the 印发 line is typed), a cell's paragraphs joined. */
static char *row_line(gw_arena *a, const gw_table *t, size_t r)
{
	gw_buf line;
	gw_buf_init(&line, GW_MAX_INPUT_BYTES);
	for (size_t i = 0; i < t->n_cells; i++) {
		if (t->cells[i].row != r)
			continue;
		if (line.len)
			gw_buf_add(&line, "\u3000\u3000", strlen("\u3000\u3000"));
		for (const char *p = t->cells[i].text; *p; p++)
			gw_buf_add(&line, *p == '\n' ? "\u3000" : p, *p == '\n' ? strlen("\u3000") : 1);
	}
	char *out = gw_buf_status(&line) == GW_OK ? gw_arena_strndup(a, line.p ? line.p : "", line.len) : NULL;
	gw_buf_free(&line);
	return out;
}

/* The 版记 typed into a table at the end of the body: its rows become text
 * blocks, one a row, for the outline pass to find it (gongwen.c reads
 * lines, not tables).  A table of more rows or columns is data. */
static void imprint_table(docx_body *b)
{
	gw_blocks *o = b->out;
	size_t last = o->n;
	while (last > 0 && o->v[last - 1].kind == GW_BLOCK_TEXT && o->v[last - 1].len == 0)
		last--;
	if (last == 0 || o->v[last - 1].kind != GW_BLOCK_TABLE || !o->v[last - 1].table)
		return;
	const gw_table *t = o->v[last - 1].table;
	bool marked = false;
	for (size_t i = 0; i < t->n_cells; i++)
		marked |= imprint_cell(t->cells[i].text);
	if (!marked || t->n_rows > IMPRINT_TABLE_ROWS || t->n_cols > IMPRINT_TABLE_COLS ||
	    gw_arena_grow(o->arena, (void **)&o->v, &b->cap, o->n + t->n_rows, sizeof *o->v))
		return;  /* out of memory: the table stays a table */
	gw_block table = o->v[last - 1];
	memmove(&o->v[last - 1 + t->n_rows], &o->v[last], (o->n - last) * sizeof *o->v);
	for (size_t r = 0; r < t->n_rows; r++) {
		gw_block *k = &o->v[last - 1 + r];
		*k = table;
		k->kind = GW_BLOCK_TEXT;
		k->table = NULL;
		k->s = row_line(o->arena, t, r);
		k->s = k->s ? k->s : "";
		k->len = strlen(k->s);
	}
	o->n += t->n_rows - 1;
}

void docx_body_finish(docx_body *b)
{
	gw_blocks *o = b->out;
	size_t kept = 0;
	for (size_t i = 0; i < o->n; i++)
		if (o->v[i].s)
			o->v[kept++] = o->v[i];
	o->n = kept;
	imprint_table(b);
}

docx_sink docx_body_sink(docx_body *b)
{
	return (docx_sink){body_start, body_end, body_text, b};
}
