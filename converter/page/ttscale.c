/*
 * ttscale.c — a TrueType program moved to a coarser design grid (see
 * ttscale.h for why).  Reads the sfnt table directory, rewrites glyf (every
 * contour redrawn with fewer pieces by ttcurve.c, its points rounded to the
 * new grid, implied on-curve points left out, flags re-packed, instructions
 * dropped),
 * loca (long), hmtx and the design-unit fields of head, hhea, OS/2 and post,
 * copies every other table, and writes a new directory with checksums.
 * Every read is bounds-checked: a malformed program is refused (-1).
 */
#include "ttscale.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../model/buf.h"
#include "ttcurve.h"

#define MAX_TABLES 64

/* Simple-glyph flags (OpenType glyf). */
#define ON_CURVE 0x01
#define X_SHORT 0x02
#define Y_SHORT 0x04
#define REPEAT 0x08
#define X_SAME_OR_POS 0x10
#define Y_SAME_OR_POS 0x20
#define OVERLAP_SIMPLE 0x40
/* Composite-glyph flags. */
#define ARGS_ARE_WORDS 0x0001
#define ARGS_ARE_XY 0x0002
#define HAVE_SCALE 0x0008
#define MORE_COMPONENTS 0x0020
#define HAVE_XY_SCALE 0x0040
#define HAVE_2X2 0x0080
#define HAVE_INSTRUCTIONS 0x0100

struct table {
	uint32_t tag;
	const unsigned char *p;
	size_t len;
	unsigned char *own;    /* rewritten copy, or NULL: p is written as is */
	size_t own_len;
};

static uint16_t rd16(const unsigned char *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static int16_t rds16(const unsigned char *p) { return (int16_t)rd16(p); }
static uint32_t rd32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void wr16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}
static void wr32(unsigned char *p, uint32_t v)
{
	wr16(p, v >> 16);
	wr16(p + 2, v & 0xFFFF);
}

static void put(gw_buf *b, const void *src, size_t n)
{
	gw_buf_add(b, src, n);
}
static void put8(gw_buf *b, unsigned v)
{
	if (b->len + 1 < b->cap && b->st == GW_OK) {  /* the common case: glyf is written byte by byte */
		b->p[b->len++] = (char)v;
		b->p[b->len] = '\0';
		return;
	}
	char c = (char)v;
	gw_buf_add(b, &c, 1);
}
static void put16(gw_buf *b, unsigned v)
{
	put8(b, v >> 8 & 0xFF);
	put8(b, v & 0xFF);
}

unsigned gw_tt_target_upem(unsigned upem)
{
	return upem > GW_EMBED_UPEM ? GW_EMBED_UPEM : upem;
}

/* v × k rounded to nearest, halves away from zero (exact for the usual
 * power-of-two ratios such as 256/1024 and 256/2048). */
static long scaled(long v, double k)
{
	double x = (double)v * k;
	return x >= 0 ? (long)(x + 0.5) : -(long)(-x + 0.5);
}

static double ratio(unsigned upem)
{
	return upem ? (double)gw_tt_target_upem(upem) / upem : 1.0;
}

long gw_tt_scale(long v, unsigned upem)
{
	return scaled(v, ratio(upem));
}

/* ---- one glyph ------------------------------------------------------------ */

struct scaler {
	double k;              /* new units per old unit */
	bool redraw;           /* contours redrawn with fewer pieces (ttcurve.c) */
};

/* A point moved to the new grid: rounded to nearest, halves away from zero
 * (as scaled() does, so an unchanged point lands where it always did). */
static int32_t grid(double v)
{
	double r = v >= 0 ? floor(v + 0.5) : -floor(-v + 0.5);
	return (int32_t)(r < INT16_MIN ? INT16_MIN : r > INT16_MAX ? INT16_MAX : r);
}

/* A glyph's points on the new grid, as they are written. */
struct outline {
	int32_t *x, *y;
	unsigned char *on;
	unsigned n;
	unsigned *ends;        /* last point of each contour */
};

/* Whether out[i], on the curve between two controls, can be left out: the
 * point they imply (their midpoint) is where it was drawn, before rounding
 * or within half a unit after. */
static bool implied(const gw_tt_point *v, size_t n, size_t i, const int32_t *x, const int32_t *y)
{
	size_t a = (i + n - 1) % n, b = (i + 1) % n;
	if (!v[i].on || v[a].on || v[b].on)
		return false;
	double eps = 1e-9 * (1 + fabs(v[a].x) + fabs(v[b].x) + fabs(v[a].y) + fabs(v[b].y));
	if (fabs(2 * v[i].x - v[a].x - v[b].x) <= eps && fabs(2 * v[i].y - v[a].y - v[b].y) <= eps)
		return true;
	return labs(2L * x[i] - x[a] - x[b]) <= 1 && labs(2L * y[i] - y[a] - y[b]) <= 1;
}

/* One contour v[0..n) (new units) appended to o: redrawn when s->redraw,
 * rounded, and then the on-curve points its controls imply left out. */
static void add_contour(const struct scaler *s, gw_tt_point *v, size_t n, gw_tt_point *scratch, gw_tt_point *tmp,
			int32_t *rx, int32_t *ry, struct outline *o)
{
	if (s->redraw) {
		n = gw_tt_contour_simplify(v, n, scratch, GW_EMBED_TOLERANCE, tmp);
		v = tmp;
	}
	for (size_t i = 0; i < n; i++) {
		rx[i] = grid(v[i].x);
		ry[i] = grid(v[i].y);
	}
	for (size_t i = 0; i < n; i++) {
		if (s->redraw && implied(v, n, i, rx, ry))
			continue;
		o->x[o->n] = rx[i];
		o->y[o->n] = ry[i];
		o->on[o->n++] = v[i].on;
	}
}

/* The points x, y, flags of a glyph's nc contours (ends from g) on the new
 * grid into o (room for 2 npts points).  -1 when out of memory. */
static int outline(const struct scaler *s, const unsigned char *g, int nc, const int32_t *x, const int32_t *y,
		   const unsigned char *flags, unsigned npts, struct outline *o)
{
	size_t cap = 2 * (size_t)npts + 2;
	gw_tt_point *v = malloc(cap * sizeof *v), *scratch = malloc(cap * sizeof *v), *tmp = malloc(cap * sizeof *v);
	int32_t *rx = malloc(cap * sizeof *rx), *ry = malloc(cap * sizeof *ry);
	int rc = v && scratch && tmp && rx && ry ? 0 : -1;
	for (unsigned c = 0, start = 0; !rc && c < (unsigned)nc; c++) {
		unsigned end = rd16(g + 10 + 2 * c) + 1u;
		for (unsigned i = start; i < end; i++)
			v[i - start] = (gw_tt_point){x[i] * s->k, y[i] * s->k, flags[i] & ON_CURVE};
		add_contour(s, v, end - start, scratch, tmp, rx, ry, o);
		o->ends[c] = o->n - 1;
		start = end;
	}
	free(v);
	free(scratch);
	free(tmp);
	free(rx);
	free(ry);
	return rc;
}

static int16_t sc(const struct scaler *s, long v)
{
	long r = scaled(v, s->k);
	return (int16_t)(r < INT16_MIN ? INT16_MIN : r > INT16_MAX ? INT16_MAX : r);
}

/* Deltas of one axis: the flag bits and bytes the glyf format packs them in. */
static unsigned delta_flag(int d, unsigned short_bit, unsigned same_bit)
{
	if (d == 0)
		return same_bit;
	if (d > -256 && d < 256)
		return short_bit | (d > 0 ? same_bit : 0);
	return 0;
}

static void put_delta(gw_buf *b, int d, unsigned flag, unsigned short_bit, unsigned same_bit)
{
	if (flag & short_bit)
		put8(b, (unsigned)(d < 0 ? -d : d));
	else if (!(flag & same_bit))
		put16(b, (unsigned)(uint16_t)(int16_t)d);
}

/* A simple glyph's bytes: header box (scaled), contour ends, no
 * instructions, flags packed with repeats, then the x and y deltas in
 * their shortest forms. */
static void write_simple(const struct scaler *s, const unsigned char *g, int nc, unsigned overlap,
			 const struct outline *o, gw_buf *out)
{
	/* The header's box is scaled, not recomputed: rasterisers place the
	 * outline by xMin − lsb (phantom points), so a font whose box
	 * disagrees with its points must keep disagreeing the same way.
	 * Rounding is monotonic, so a consistent box stays exact (a redrawn
	 * outline stays within GW_EMBED_TOLERANCE of it). */
	put16(out, (unsigned)nc);
	for (int k = 0; k < 4; k++)
		put16(out, (unsigned)(uint16_t)sc(s, rds16(g + 2 + 2 * k)));
	for (int c = 0; c < nc; c++)
		put16(out, o->ends[c]);
	put16(out, 0);  /* no instructions */
	unsigned npts = o->n;
	for (unsigned i = 0; i < npts;) {  /* flags, packed with repeats */
		unsigned f = 0, run = 0;
		for (unsigned j = i; j < npts && run < 256; j++, run++) {
			int dx = j ? o->x[j] - o->x[j - 1] : o->x[0], dy = j ? o->y[j] - o->y[j - 1] : o->y[0];
			unsigned fj = (o->on[j] ? ON_CURVE : 0) | (j == 0 ? overlap : 0) |
				      delta_flag(dx, X_SHORT, X_SAME_OR_POS) | delta_flag(dy, Y_SHORT, Y_SAME_OR_POS);
			if (j == i)
				f = fj;
			else if (fj != f)
				break;
		}
		if (run > 1) {
			put8(out, f | REPEAT);
			put8(out, run - 1);
		} else {
			put8(out, f);
		}
		i += run;
	}
	for (int axis = 0; axis < 2; axis++) {
		unsigned short_bit = axis ? Y_SHORT : X_SHORT, same_bit = axis ? Y_SAME_OR_POS : X_SAME_OR_POS;
		const int32_t *c = axis ? o->y : o->x;
		for (unsigned i = 0; i < npts; i++) {
			int d = i ? c[i] - c[i - 1] : c[0];
			put_delta(out, d, delta_flag(d, short_bit, same_bit), short_bit, same_bit);
		}
	}
}

static int simple_glyph(const struct scaler *s, const unsigned char *g, size_t n, int nc, gw_buf *out)
{
	size_t at = 10 + 2 * (size_t)nc;
	if (at + 2 > n)
		return -1;
	unsigned npts = 0;
	for (int i = 0; i < nc; i++) {
		unsigned end = rd16(g + 10 + 2 * i) + 1u;
		if (end <= npts && i > 0)
			return -1;  /* contour end points must increase */
		npts = end;
	}
	at += 2 + rd16(g + at);  /* instructions: dropped (no hinting in subsets) */
	unsigned char *flags = malloc(npts ? npts : 1);
	int32_t *x = malloc((npts ? npts : 1) * sizeof *x), *y = malloc((npts ? npts : 1) * sizeof *y);
	int rc = flags && x && y ? 0 : -1;
	for (unsigned i = 0; !rc && i < npts;) {  /* flags, with repeats */
		if (at >= n) {
			rc = -1;
			break;
		}
		unsigned char f = g[at++];
		unsigned times = 1;
		if (f & REPEAT) {
			if (at >= n) {
				rc = -1;
				break;
			}
			times += g[at++];
		}
		for (; times && i < npts; times--)
			flags[i++] = f;
	}
	for (int axis = 0; !rc && axis < 2; axis++) {  /* x then y, as deltas */
		unsigned short_bit = axis ? Y_SHORT : X_SHORT, same_bit = axis ? Y_SAME_OR_POS : X_SAME_OR_POS;
		int32_t v = 0, *c = axis ? y : x;
		for (unsigned i = 0; i < npts; i++) {
			if (flags[i] & short_bit) {
				if (at + 1 > n) {
					rc = -1;
					break;
				}
				v += flags[i] & same_bit ? g[at] : -g[at];
				at += 1;
			} else if (!(flags[i] & same_bit)) {
				if (at + 2 > n) {
					rc = -1;
					break;
				}
				v += rds16(g + at);
				at += 2;
			}
			c[i] = v;
		}
	}
	size_t cap = 2 * (size_t)npts + 1;  /* a redrawn contour has at most twice its points */
	struct outline o = {malloc(cap * sizeof *o.x), malloc(cap * sizeof *o.y), malloc(cap), 0,
			    malloc((nc ? (size_t)nc : 1) * sizeof *o.ends)};
	if (!rc && (!o.x || !o.y || !o.on || !o.ends || outline(s, g, nc, x, y, flags, npts, &o)))
		rc = -1;
	struct scaler plain = {s->k, false};
	if (!rc && o.n > npts && (o.n = 0, outline(&plain, g, nc, x, y, flags, npts, &o)))
		rc = -1;  /* more points than it had (a damaged program's huge coordinates): as they are */
	if (!rc)
		write_simple(s, g, nc, flags[0] & OVERLAP_SIMPLE, &o, out);
	free(o.x);
	free(o.y);
	free(o.on);
	free(o.ends);
	free(flags);
	free(x);
	free(y);
	return rc;
}

static int composite_glyph(const struct scaler *s, const unsigned char *g, size_t n, gw_buf *out)
{
	put(out, g, 2);
	for (int k = 0; k < 4; k++)
		put16(out, (unsigned)(uint16_t)sc(s, rds16(g + 2 + 2 * k)));
	size_t at = 10;
	unsigned flags;
	do {
		if (at + 4 > n)
			return -1;
		flags = rd16(g + at);
		size_t args = flags & ARGS_ARE_WORDS ? 4 : 2;
		size_t xform = flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0;
		if (at + 4 + args + xform > n)
			return -1;
		put16(out, flags & ~(unsigned)HAVE_INSTRUCTIONS);
		put(out, g + at + 2, 2);  /* component glyph index */
		const unsigned char *a = g + at + 4;
		if (!(flags & ARGS_ARE_XY)) {
			put(out, a, args);  /* point numbers: not coordinates */
		} else if (flags & ARGS_ARE_WORDS) {
			put16(out, (unsigned)(uint16_t)sc(s, rds16(a)));
			put16(out, (unsigned)(uint16_t)sc(s, rds16(a + 2)));
		} else {  /* a smaller grid keeps them within a byte */
			put8(out, (unsigned)(uint8_t)(int8_t)sc(s, (int8_t)a[0]));
			put8(out, (unsigned)(uint8_t)(int8_t)sc(s, (int8_t)a[1]));
		}
		put(out, a + args, xform);
		at += 4 + args + xform;
	} while (flags & MORE_COMPONENTS);
	return 0;
}

/* ---- tables -------------------------------------------------------------- */

struct font {
	struct table t[MAX_TABLES];
	size_t n;
	unsigned upem;
	unsigned n_glyphs;
};

static struct table *find(struct font *f, const char *tag)
{
	uint32_t want = rd32((const unsigned char *)tag);
	for (size_t i = 0; i < f->n; i++)
		if (f->t[i].tag == want)
			return &f->t[i];
	return NULL;
}

static unsigned char *own_copy(struct table *t, size_t min)
{
	if (t->len < min || !(t->own = malloc(t->len)))
		return NULL;
	memcpy(t->own, t->p, t->len);
	t->own_len = t->len;
	return t->own;
}

static void scale_fields(const struct scaler *s, unsigned char *p, const unsigned short *at, size_t n,
			 bool unsigned_values)
{
	for (size_t i = 0; i < n; i++) {
		long v = unsigned_values ? (long)rd16(p + at[i]) : (long)rds16(p + at[i]);
		wr16(p + at[i], (unsigned)(uint16_t)scaled(v, s->k));
	}
}

static int rescale_metrics(struct font *f, const struct scaler *s)
{
	static const unsigned short head_bbox[] = {36, 38, 40, 42};
	static const unsigned short hhea_s[] = {4, 6, 8, 12, 14, 16, 22}, hhea_u[] = {10};
	static const unsigned short os2_s[] = {2, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 68, 70, 72};
	static const unsigned short os2_u[] = {74, 76}, os2_v2[] = {86, 88}, post_s[] = {8, 10};
	struct table *head = find(f, "head"), *hhea = find(f, "hhea"), *hmtx = find(f, "hmtx");
	unsigned char *p = head ? own_copy(head, 54) : NULL;
	if (!p)
		return -1;
	wr16(p + 18, gw_tt_target_upem(f->upem));
	scale_fields(s, p, head_bbox, 4, false);
	wr16(p + 50, 1);  /* loca is written in the long format */
	if (!hhea || !(p = own_copy(hhea, 36)))
		return -1;
	scale_fields(s, p, hhea_s, sizeof hhea_s / sizeof *hhea_s, false);
	scale_fields(s, p, hhea_u, 1, true);
	unsigned n_hm = rd16(p + 34);
	if (!hmtx || !(p = own_copy(hmtx, 4 * (size_t)n_hm)))
		return -1;
	for (size_t i = 0; i < n_hm; i++) {
		wr16(p + 4 * i, (unsigned)(uint16_t)scaled(rd16(p + 4 * i), s->k));
		wr16(p + 4 * i + 2, (unsigned)(uint16_t)scaled(rds16(p + 4 * i + 2), s->k));
	}
	for (size_t at = 4 * (size_t)n_hm; at + 2 <= hmtx->len; at += 2)  /* left side bearings only */
		wr16(p + at, (unsigned)(uint16_t)scaled(rds16(p + at), s->k));
	struct table *os2 = find(f, "OS/2"), *post = find(f, "post");
	if (os2 && os2->len >= 78 && (p = own_copy(os2, 78))) {
		scale_fields(s, p, os2_s, sizeof os2_s / sizeof *os2_s, false);
		scale_fields(s, p, os2_u, 2, true);
		if (rd16(p) >= 2 && os2->len >= 90)
			scale_fields(s, p, os2_v2, 2, false);
	}
	if (post && post->len >= 12 && (p = own_copy(post, 12)))
		scale_fields(s, p, post_s, 2, false);
	return 0;
}

/* Whether a composite glyph places a component by point numbers (which a
 * redrawn outline would renumber) rather than by an offset. */
static bool anchors_points(const unsigned char *g, size_t n)
{
	size_t at = 10;
	unsigned flags;
	do {
		if (at + 4 > n)
			return false;  /* malformed: composite_glyph refuses it */
		flags = rd16(g + at);
		if (!(flags & ARGS_ARE_XY))
			return true;
		size_t args = flags & ARGS_ARE_WORDS ? 4 : 2;
		size_t xform = flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0;
		at += 4 + args + xform;
	} while (flags & MORE_COMPONENTS);
	return false;
}

/* glyf and loca (read in either format, written long). */
static int rescale_glyphs(struct font *f, const struct scaler *scale, bool loca_long)
{
	struct table *glyf = find(f, "glyf"), *loca = find(f, "loca");
	if (!glyf || !loca || loca->len < ((size_t)f->n_glyphs + 1) * (loca_long ? 4 : 2))
		return -1;
	struct scaler redraw = *scale, *s = &redraw;
	for (unsigned i = 0; s->redraw && i < f->n_glyphs; i++) {
		size_t a = loca_long ? rd32(loca->p + 4 * i) : 2u * rd16(loca->p + 2 * i);
		size_t b = loca_long ? rd32(loca->p + 4 * i + 4) : 2u * rd16(loca->p + 2 * i + 2);
		if (a + 10 <= b && b <= glyf->len && rds16(glyf->p + a) < 0 && anchors_points(glyf->p + a, b - a))
			s->redraw = false;
	}
	/* a coarser grid never needs more bytes than the source */
	gw_buf g;
	gw_buf_init(&g, UINT32_MAX);   /* loca holds 32-bit offsets */
	unsigned char *lo = malloc(((size_t)f->n_glyphs + 1) * 4);
	int rc = lo && gw_buf_reserve(&g, glyf->len + 64) == GW_OK ? 0 : -1;
	for (unsigned i = 0; !rc && i < f->n_glyphs; i++) {
		size_t a = loca_long ? rd32(loca->p + 4 * i) : 2u * rd16(loca->p + 2 * i);
		size_t b = loca_long ? rd32(loca->p + 4 * i + 4) : 2u * rd16(loca->p + 2 * i + 2);
		wr32(lo + 4 * i, (uint32_t)g.len);
		if (a > b || b > glyf->len) {
			rc = -1;
		} else if (b - a >= 10) {
			const unsigned char *q = glyf->p + a;
			int nc = rds16(q);
			rc = nc >= 0 ? simple_glyph(s, q, b - a, nc, &g) : composite_glyph(s, q, b - a, &g);
			if (g.len % 2)
				put8(&g, 0);
		} else if (b != a) {
			rc = -1;
		}
		if (gw_buf_status(&g) != GW_OK)
			rc = -1;
	}
	if (!rc) {
		wr32(lo + 4 * (size_t)f->n_glyphs, (uint32_t)g.len);
		glyf->own = (unsigned char *)gw_buf_take(&g, &glyf->own_len);
		loca->own = lo;
		loca->own_len = ((size_t)f->n_glyphs + 1) * 4;
		return glyf->own ? 0 : -1;
	}
	gw_buf_free(&g);
	free(lo);
	return -1;
}

static uint32_t checksum(const unsigned char *p, size_t n)
{
	uint32_t sum = 0;
	size_t i = 0;
	for (; i + 4 <= n; i += 4)
		sum += rd32(p + i);
	if (i < n) {  /* the zero padding completes the last word */
		unsigned char w[4] = {0};
		memcpy(w, p + i, n - i);
		sum += rd32(w);
	}
	return sum;
}

static int write_font(struct font *f, size_t in_len, unsigned char **out, size_t *out_len)
{
	size_t size = 12 + 16 * f->n;
	for (size_t i = 0; i < f->n; i++)
		size += ((f->t[i].own ? f->t[i].own_len : f->t[i].len) + 3) & ~(size_t)3;
	/* tables may overlap in a crafted directory: never more than the input
	 * plus padding and a long loca */
	if (size > 2 * in_len + 65536)
		return -1;
	unsigned char *o = calloc(1, size);
	if (!o)
		return -1;
	unsigned entry = 1, shift = 0;
	while (entry * 2 <= f->n) {
		entry *= 2;
		shift++;
	}
	wr32(o, 0x00010000);
	wr16(o + 4, (unsigned)f->n);
	wr16(o + 6, entry * 16);
	wr16(o + 8, shift);
	wr16(o + 10, (unsigned)f->n * 16 - entry * 16);
	size_t at = 12 + 16 * f->n, head_at = 0;
	uint32_t total = 0;  /* the whole font's sum: tables are padded to words */
	for (size_t i = 0; i < f->n; i++) {
		const unsigned char *p = f->t[i].own ? f->t[i].own : f->t[i].p;
		size_t n = f->t[i].own ? f->t[i].own_len : f->t[i].len;
		memcpy(o + at, p, n);
		if (f->t[i].tag == rd32((const unsigned char *)"head")) {
			head_at = at;
			wr32(o + at + 8, 0);  /* checkSumAdjustment: set below */
		}
		unsigned char *rec = o + 12 + 16 * i;
		wr32(rec, f->t[i].tag);
		uint32_t sum = checksum(o + at, n);
		total += sum;
		wr32(rec + 4, sum);
		wr32(rec + 8, (uint32_t)at);
		wr32(rec + 12, (uint32_t)n);
		at += (n + 3) & ~(size_t)3;
	}
	if (head_at)
		wr32(o + head_at + 8, 0xB1B0AFBAu - (total + checksum(o, 12 + 16 * f->n)));
	*out = o;
	*out_len = size;
	return 0;
}

int gw_tt_rescale(const unsigned char *in, size_t len, unsigned char **out, size_t *out_len)
{
	*out = NULL;
	*out_len = 0;
	struct font f = {.n = 0};
	if (len < 12 || (rd32(in) != 0x00010000 && rd32(in) != rd32((const unsigned char *)"true")))
		return -1;
	f.n = rd16(in + 4);
	if (f.n == 0 || f.n > MAX_TABLES || 12 + 16 * f.n > len)
		return -1;
	for (size_t i = 0; i < f.n; i++) {
		const unsigned char *rec = in + 12 + 16 * i;
		size_t off = rd32(rec + 8), n = rd32(rec + 12);
		if (off > len || n > len - off)
			return -1;
		f.t[i] = (struct table){.tag = rd32(rec), .p = in + off, .len = n};
		/* ascending tags, as the spec asks: HarfBuzz finds tables by
		 * binary search, so in an unsorted directory (or one with two
		 * tables of a tag) it sees other tables than a scan would, and the
		 * layout's advances would not be the embedded program's (fuzz font) */
		if (i && f.t[i - 1].tag >= f.t[i].tag)
			return -1;
	}
	struct table *head = find(&f, "head"), *maxp = find(&f, "maxp");
	/* a head HarfBuzz refuses (version, magic number) makes it take 1000
	 * units per em: the layout's advances would not be this program's */
	if (!head || head->len < 54 || rd16(head->p) != 1 || rd32(head->p + 12) != 0x5F0F3CF5u || !maxp ||
	    maxp->len < 6)
		return -1;
	f.upem = rd16(head->p + 18);
	f.n_glyphs = rd16(maxp->p + 4);
	bool loca_long = rds16(head->p + 50) == 1;
	struct scaler s = {ratio(f.upem), ratio(f.upem) < 1};
	int rc = f.upem < 16 || f.upem > 16384 ? -1 : 0;  /* HarfBuzz takes 1000 for such */
	if (!rc)
		rc = rescale_glyphs(&f, &s, loca_long);
	if (!rc)
		rc = rescale_metrics(&f, &s);
	if (!rc)
		rc = write_font(&f, len, out, out_len);
	for (size_t i = 0; i < f.n; i++)
		free(f.t[i].own);
	return rc;
}
