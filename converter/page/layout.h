/*
 * layout.h — page layout as data: layouts/NAME.ini (inih) → gw_layout.
 * Every key has a default (the GB/T 9704-2012 value); a file overrides
 * some of them.  Unknown sections/keys and bad values are GW_E_LAYOUT
 * errors naming the file, line and key.  layouts/README.md lists the keys.
 */
#ifndef GW_LAYOUT_H
#define GW_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

#include "../model/diag.h"

typedef enum gw_pn_position {
	GW_PN_OUTSIDE,   /* odd pages right, even pages left (GB/T 9704 7.5) */
	GW_PN_CENTER
} gw_pn_position;

typedef struct gw_layout {
	char name[256];            /* file the layout came from (for messages) */
	/* [page] — millimetres */
	double page_width_mm, page_height_mm;
	double top_mm, left_mm;            /* 天头, 订口 */
	double block_width_mm, block_height_mm;  /* 版心 */
	/* [grid] */
	int lines, chars;                  /* slots per page, cells per line */
	double line_pitch_pt;              /* distance between slot tops */
	double size_pt;                    /* body font size */
	bool justify;
	/* [title] */
	double title_size_pt;
	int title_blank_after;             /* empty slots after title (and subtitle) */
	double subtitle_size_pt;
	/* [text] */
	int indent_chars;
	bool level3_bold;
	bool halfwidth_digits;  /* ０–９ typed full width set as 0–9 (default off: GB/T 9704 text keeps what was typed) */
	int signature_right_chars;         /* 署名 ends this many cells left of the edge */
	int date_shift_chars;              /* date starts this many cells right of 署名 */
	int blank_before_signature;
	int blank_before_attachments;
	/* [page_number] */
	bool pn_enabled;
	double pn_size_pt;
	double pn_below_mm;                /* dash line below the block bottom */
	double pn_inset_chars;             /* 一字 in from the block edge */
	gw_pn_position pn_position;
	/* [line_numbers] */
	bool ln_enabled;
	double ln_size_pt;
	double ln_gap_mm;                  /* right end of the number, left of the block */
	int ln_every;                      /* number every Nth line */
	bool pn_first_page;                /* page 1 numbered (信函格式 10.1: no) */
	/* [head] 版头 (7.2; 信函 10.1) */
	double head_mark_size_pt;          /* 发文机关标志 size before shrinking to the block width */
	double head_mark_top_mm;           /* mark's top edge below the block top (or the paper top) */
	bool head_mark_from_paper;         /* head_mark_top_mm counts from the paper top (10.1) */
	double head_mark_leading;          /* stacked marks (联合行文): baseline distance in mark ems */
	uint32_t head_color;               /* 0xRRGGBB of the mark and the rules */
	int head_number_blank;             /* empty lines between the mark and 发文字号 (7.2.5) */
	double head_rule_below_mm;         /* separator line below the 发文字号 (7.2.7), or below the mark */
	bool head_rule_below_mark;         /* the rule follows the mark, items under it (10.1) */
	double head_rule_mm;               /* separator thickness (the thick line of a double rule) */
	bool head_double_rule;             /* thick over thin under the mark, thin over thick at the bottom (10.1) */
	double head_rule_thin_mm, head_rule_gap_mm;
	double head_rule_length_mm;        /* 0: the block width */
	double head_bottom_rule_mm;        /* 10.1: double rule this far above the paper bottom on page 1; 0 none */
	int head_title_blank;              /* empty lines between the rule and the title (7.3.1) */
	bool head_mark_from_title;         /* 10.3: no 发文机关标志 given: the title (…纪要) is the mark */
	/* [imprint] 版记 (7.4) */
	double imprint_size_pt;            /* 4号 */
	double imprint_inset_chars;        /* 左右各空一字, in imprint ems */
	bool imprint_rules;                /* 7.4.1 rules (信函格式: none) */
	double imprint_thick_mm, imprint_thin_mm;
	bool imprint_printed_line;         /* 印发机关和印发日期 line (信函格式: none) */
	bool imprint_even_page;            /* the 版记 on an even page (double-sided printing) */
	/* [pages] */
	bool widow_orphan;                 /* on: a paragraph's first/last line never alone on a page,
	                                      pages up to 2 lines short; off: every page filled (5.2.3) */
} gw_layout;

/* The built-in defaults (GB/T 9704-2012). */
void gw_layout_defaults(gw_layout *l);

/* Resolves `name_or_path` (NULL → "gbt9704"; a name → dir/NAME.ini; a
 * path containing '/' or ending in .ini → that file) and loads it over the
 * defaults.  Errors: GW_E_LAYOUT with d->file, d->line and the key. */
gw_status gw_layout_load(const char *name_or_path, const char *dir, gw_layout *l, gw_diag *d);

/* Parses ini text over *l (which holds defaults); `file` names it in errors. */
gw_status gw_layout_parse(const char *text, const char *file, gw_layout *l, gw_diag *d);

#define GW_PT_PER_MM (72.0 / 25.4)

#endif
