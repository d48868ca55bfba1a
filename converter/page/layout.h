/*
 * layout.h — page layout as data: layouts/NAME.ini (inih) → gw_layout.
 * Every key has a default (the GB/T 9704-2012 value); a file overrides
 * some of them.  Unknown sections/keys and bad values are GW_E_LAYOUT
 * errors naming the file, line and key.  layouts/README.md lists the keys.
 */
#ifndef GW_LAYOUT_H
#define GW_LAYOUT_H

#include <stdbool.h>

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
