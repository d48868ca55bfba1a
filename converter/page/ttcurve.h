/*
 * ttcurve.h — fewer points for a TrueType contour, within a tolerance.
 *
 * Why: the PDF's size is almost all glyph outlines, and the free 仿宋
 * (FandolFang) is CFF converted to quadratic curves (fonts/otf2ttf.py,
 * within 1/1000 em): a character there has ~210 points, most of them the
 * many small quadratic pieces each cubic became.  ttscale.c moves every
 * point to a 256-unit grid anyway (an error of up to 1/512 em); within
 * about the same error, runs of those pieces are one quadratic, and an
 * on-curve point halfway between two controls need not be written at all.
 *
 * Pure arithmetic on one contour; no allocation, no font bytes.
 */
#ifndef GW_TTCURVE_H
#define GW_TTCURVE_H

#include <stdbool.h>
#include <stddef.h>

/* A point of a TrueType contour: on the curve, or the control point of a
 * quadratic piece (two controls in a row imply an on-curve point halfway). */
typedef struct gw_tt_point {
	double x, y;
	bool on;
} gw_tt_point;

/* The closed contour v[0..n) redrawn with fewer quadratic pieces: runs of
 * smoothly joined pieces become one wherever that one stays within `tol`
 * units of every piece it replaces (checked at the joins and the middle of
 * each piece: the pieces are short and smooth); lines and corners are kept.  Writes the contour to out,
 * every on-curve point explicit and out[0] on the curve, and returns its
 * length (n, copied, when n < 3).  scratch and out have room for 2n
 * points each. */
size_t gw_tt_contour_simplify(const gw_tt_point *v, size_t n, gw_tt_point *scratch, double tol,
			      gw_tt_point *out);

#endif
