/*
 * ttscale.h — rewrites a TrueType font program on a coarser design grid
 * (fewer units per em) before it is embedded.
 *
 * Why: the PDF's size is almost all glyph outlines, and the free Song face
 * needs 158 KB for a 700-character report at its native 1,024 units per em.
 * On a 256-unit grid a point moves at most 1/512 em — 0.03 pt at 16 pt,
 * 0.011 mm, a quarter of a 600-dpi printer dot — and the outlines deflate
 * about 15 % smaller (seed report: 224 KB → 192 KB).  Within about that
 * distance again, runs of small quadratic pieces are redrawn as one
 * (ttcurve.c): the converted Fandol faces have a third fewer points, and
 * the seed report's PDF goes from 324 KB to 268 KB.
 *
 * Pure byte work on the sfnt tables; bounds-checked, since the program comes
 * from a font file a user may have dropped into fonts/.  No libharu here.
 */
#ifndef GW_TTSCALE_H
#define GW_TTSCALE_H

#include <stddef.h>

/* Units per em the embedded programs use (fonts with fewer keep theirs);
 * -DGW_EMBED_UPEM=65535 builds a gwexport that embeds outlines as they are. */
#ifndef GW_EMBED_UPEM
#define GW_EMBED_UPEM 256u
#endif

/* How far (in units of that grid) a redrawn outline may move from the
 * font's (ttcurve.c): half a unit, 1/512 em, as far as rounding to the
 * grid moves a point — 0.03 pt at 16 pt. */
#define GW_EMBED_TOLERANCE 0.5

/* A design-unit value v of a font with `upem` units per em on the embedding
 * grid: rounded to nearest, halves away from zero. */
long gw_tt_scale(long v, unsigned upem);

/* The embedding grid for a font with `upem` units per em. */
unsigned gw_tt_target_upem(unsigned upem);

/* A copy of the TrueType program `in` with glyf outlines (simple and
 * composite), loca (long format), hmtx and the design-unit fields of head,
 * hhea, OS/2 and post moved to gw_tt_target_upem(); glyph instructions are
 * dropped, other tables copied.  Returns 0 and a malloc'ed *out, or -1 when
 * the program is malformed (*out NULL). */
int gw_tt_rescale(const unsigned char *in, size_t len, unsigned char **out, size_t *out_len);

#endif
