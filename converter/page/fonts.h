/*
 * fonts.h — font roles (title, body, heading1, heading2, bold, page
 * number) → chains of TrueType faces, resolved once per process with
 * fontconfig from fonts/roles.ini; per-character coverage and advances
 * (HarfBuzz); subsetting (hb-subset) for embedding.  No libharu here.
 */
#ifndef GW_FONTS_H
#define GW_FONTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../model/diag.h"

typedef enum gw_role {
	GW_ROLE_TITLE,     /* 小标宋 */
	GW_ROLE_BODY,      /* 仿宋: body, levels 3–4, salutation, signature */
	GW_ROLE_HEADING1,  /* 黑体 */
	GW_ROLE_HEADING2,  /* 楷体: level 2, subtitle */
	GW_ROLE_BOLD,      /* bold 仿宋 for level 3; empty → faux bold body */
	GW_ROLE_PAGENUM,   /* 宋体 */
	GW_ROLE_N
} gw_role;

typedef struct gw_fonts gw_fonts;

/* Initialises fontconfig, adds fonts_dir to its search path, reads
 * fonts_dir/roles.ini and resolves every role.  A role with no installed
 * font is GW_E_FONT naming the Debian package to install. */
gw_status gw_fonts_open(const char *fonts_dir, gw_fonts **out, gw_diag *d);
void gw_fonts_close(gw_fonts *f);

/* A font table of one face, the font program data[0..len) (copied),
 * drawing every role; name stands for its file in messages.  How the font
 * fuzz target hands hostile font files to the page engine without
 * fontconfig.  GW_E_FONT when HarfBuzz cannot read it. */
gw_status gw_fonts_from_memory(const unsigned char *data, size_t len, const char *name, gw_fonts **out,
			       gw_diag *d);

/* The role's section name in roles.ini ("body"). */
const char *gw_fonts_role_name(gw_role role);

/* The queries below only read f (no cache inside): one gw_fonts may serve
 * documents laid out side by side.
 *
 * Face (index into the font table) that draws cp in this role: the first
 * face of the role's chain that has the glyph.  -1 when none has it or cp
 * is above U+FFFF.  *fake_bold tells whether to embolden it. */
int gw_fonts_pick(const gw_fonts *f, gw_role role, uint32_t cp, bool *fake_bold);

/* Advance of cp in 1/1000 em on the embedding grid (ttscale.h), truncated
 * as libharu writes it into /W.  Not cached: compose.c keeps a per-document
 * table. */
int gw_fonts_advance(const gw_fonts *f, int face, uint32_t cp);

size_t gw_fonts_count(const gw_fonts *f);
const char *gw_fonts_family(const gw_fonts *f, int face);
const char *gw_fonts_file(const gw_fonts *f, int face);

/* A TrueType font program holding only cps (and U+0020), hinting and the
 * layout tables libharu ignores dropped.  Caller frees *data. */
gw_status gw_fonts_subset(const gw_fonts *f, int face, const uint32_t *cps, size_t n,
			  unsigned char **data, size_t *len, gw_diag *d);

/* Human notes gathered while resolving (a role served by a fallback face,
 * a CFF font skipped), one per line, or "" — for a -v note. */
const char *gw_fonts_notes(const gw_fonts *f);

/* Roles drawn with a face of another kind than the standard asks for (a
 * Song face for the 仿宋 body: no face of the role's `standard` list is
 * installed), as one line, or "" — said as a warning on every run. */
const char *gw_fonts_warning(const gw_fonts *f);

#endif
