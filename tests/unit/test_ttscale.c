/*
 * test_ttscale.c — ttscale.c on real subsets of the Debian fonts gwexport
 * uses: the rescaled program is valid (HarfBuzz reads it), every outline
 * and advance is the original's on the 256-unit grid (the outline within
 * GW_EMBED_TOLERANCE plus rounding, with fewer points), re-encoding is exact
 * (rescaling a 256-unit program again changes no point), composite glyphs
 * survive, and truncated or damaged programs are refused without a crash.
 */
#include "unit.h"

#include <hb-subset.h>
#include <hb.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "page/ttscale.h"

#define SONG "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
#define UMING "/usr/share/fonts/truetype/arphic/uming.ttc"
static const char TEXT[] = "县农业农村局年度工作报告，粮食产量增长3.5%。（一）“三农”ABCxyz—ÀÅÇ½";  /* À…: composite glyphs */

/* hb-subset of `file` for TEXT, hinting dropped as gw_fonts_subset does. */
static unsigned char *subset(const char *file, unsigned index, size_t *len)
{
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(file);
	if (!blob)
		return NULL;
	hb_face_t *face = hb_face_create(blob, index);
	hb_blob_destroy(blob);
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	hb_set_t *u = hb_subset_input_unicode_set(in);
	hb_buffer_t *b = hb_buffer_create();  /* unshaped: infos hold code points */
	hb_buffer_add_utf8(b, TEXT, -1, 0, -1);
	unsigned nc;
	hb_glyph_info_t *gi = hb_buffer_get_glyph_infos(b, &nc);
	for (unsigned i = 0; i < nc; i++)
		hb_set_add(u, gi[i].codepoint);
	hb_buffer_destroy(b);
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	hb_face_t *sub = hb_subset_or_fail(face, in);
	hb_subset_input_destroy(in);
	hb_face_destroy(face);
	assert_non_null(sub);
	hb_blob_t *sb = hb_face_reference_blob(sub);
	unsigned n = 0;
	const char *d = hb_blob_get_data(sb, &n);
	unsigned char *copy = malloc(n);
	assert_non_null(copy);
	memcpy(copy, d, n);
	*len = n;
	hb_blob_destroy(sb);
	hb_face_destroy(sub);
	return copy;
}

/* An outline as a list of numbers: op code, then coordinates. */
struct path {
	float v[65536];
	size_t n;
};

static void rec(struct path *p, float op, float a, float b)
{
	if (p->n + 3 <= sizeof p->v / sizeof p->v[0]) {
		p->v[p->n++] = op;
		p->v[p->n++] = a;
		p->v[p->n++] = b;
	}
}
static void mv(hb_draw_funcs_t *f, void *d, hb_draw_state_t *s, float x, float y, void *u)
{
	(void)f, (void)s, (void)u;
	rec(d, 1, x, y);
}
static void ln(hb_draw_funcs_t *f, void *d, hb_draw_state_t *s, float x, float y, void *u)
{
	(void)f, (void)s, (void)u;
	rec(d, 2, x, y);
}
static void qd(hb_draw_funcs_t *f, void *d, hb_draw_state_t *s, float cx, float cy, float x, float y, void *u)
{
	(void)f, (void)s, (void)u;
	rec(d, 3, cx, cy);
	rec(d, 3, x, y);
}
static void cl(hb_draw_funcs_t *f, void *d, hb_draw_state_t *s, void *u)
{
	(void)f, (void)s, (void)u;
	rec(d, 4, 0, 0);
}

static hb_draw_funcs_t *draw_funcs(void)
{
	hb_draw_funcs_t *f = hb_draw_funcs_create();
	hb_draw_funcs_set_move_to_func(f, mv, NULL, NULL);
	hb_draw_funcs_set_line_to_func(f, ln, NULL, NULL);
	hb_draw_funcs_set_quadratic_to_func(f, qd, NULL, NULL);
	hb_draw_funcs_set_close_path_func(f, cl, NULL, NULL);
	return f;
}

static hb_font_t *font_of(const unsigned char *data, size_t len, hb_face_t **face)
{
	hb_blob_t *b = hb_blob_create((const char *)data, (unsigned)len, HB_MEMORY_MODE_READONLY, NULL, NULL);
	*face = hb_face_create(b, 0);
	hb_blob_destroy(b);
	return hb_font_create(*face);
}

/* Points of the outline p, scaled by k, every `step` units or closer along
 * each line and curve, into xy (pairs; cap pairs at most): their count. */
static size_t sample(const struct path *p, double k, double step, double *xy, size_t cap)
{
	size_t n = 0;
	double cx = 0, cy = 0, sx = 0, sy = 0;
	for (size_t i = 0; i < p->n; i += 3) {
		int op = (int)p->v[i];
		double x = p->v[i + 1] * k, y = p->v[i + 2] * k, qx = x, qy = y;
		if (op == 4)
			x = sx, y = sy, qx = (cx + sx) / 2, qy = (cy + sy) / 2;  /* the closing line */
		if (op == 3) {  /* control, then the end in the next record */
			i += 3;
			x = p->v[i + 1] * k, y = p->v[i + 2] * k;
		}
		if (op == 1) {
			sx = cx = x, sy = cy = y;
		} else {
			double len = hypot(qx - cx, qy - cy) + hypot(x - qx, y - qy);
			int steps = (int)(len / step) + 1;
			for (int j = 1; j <= steps && n < cap; j++) {
				double t = (double)j / steps, u = 1 - t;
				xy[2 * n] = u * u * cx + 2 * u * t * qx + t * t * x;
				xy[2 * n + 1] = u * u * cy + 2 * u * t * qy + t * t * y;
				n++;
			}
			cx = x, cy = y;
		}
		if (op == 1 && n < cap) {
			xy[2 * n] = x, xy[2 * n + 1] = y;
			n++;
		}
	}
	return n;
}

static int by_x(const void *a, const void *b)
{
	double d = *(const double *)a - *(const double *)b;
	return d < 0 ? -1 : d > 0;
}

/* The farthest any point of a[0..na) lies from the points b[0..nb)
 * (sorted by x), looking no farther than `limit` (then limit + 1). */
static double farthest(const double *a, size_t na, const double *b, size_t nb, double limit)
{
	double worst = 0;
	for (size_t i = 0; i < na; i++) {
		size_t lo = 0, hi = nb;
		while (lo < hi) {  /* first b with x ≥ a.x − limit */
			size_t mid = (lo + hi) / 2;
			if (b[2 * mid] < a[2 * i] - limit)
				lo = mid + 1;
			else
				hi = mid;
		}
		double best = limit + 1;
		for (size_t j = lo; j < nb && b[2 * j] <= a[2 * i] + limit; j++) {
			double d = hypot(b[2 * j] - a[2 * i], b[2 * j + 1] - a[2 * i + 1]);
			best = d < best ? d : best;
		}
		worst = best > worst ? best : worst;
	}
	return worst;
}

/* Outlines pa (scaled by k) and pb are the same shape: every point of each
 * within `limit` units of the other. */
static void same_shape(const struct path *pa, double k, const struct path *pb, double limit, unsigned glyph)
{
	enum { CAP = 1 << 18 };
	double *a = malloc(2 * CAP * sizeof *a), *b = malloc(2 * CAP * sizeof *b);
	assert_non_null(a);
	assert_non_null(b);
	size_t na = sample(pa, k, 0.5, a, CAP), nb = sample(pb, 1, 0.1, b, CAP);
	qsort(b, nb, 2 * sizeof *b, by_x);
	double ab = farthest(a, na, b, nb, limit);
	na = sample(pa, k, 0.1, a, CAP), nb = sample(pb, 1, 0.5, b, CAP);
	qsort(a, na, 2 * sizeof *a, by_x);
	double ba = farthest(b, nb, a, na, limit);
	if (ab > limit || ba > limit)
		print_message("glyph %u: outlines %.2f / %.2f units apart\n", glyph, ab, ba);
	assert_true(ab <= limit && ba <= limit);
	free(a);
	free(b);
}

static size_t contours(const struct path *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->n; i += 3)
		n += p->v[i] == 1;
	return n;
}

/* How far a rescaled outline may lie from the original one scaled: the
 * redrawing tolerance, a point's rounding (√2 / 2) and the outline's
 * placement (xMin − lsb, both rounded: half a unit), and the sampling. */
#define SHAPE_LIMIT (GW_EMBED_TOLERANCE + 0.71 + 0.5 + 0.05)

/* Every glyph of `b` is the one of `a` scaled by 256/upem_a — the same
 * contours, within SHAPE_LIMIT units (ttcurve.c redraws them with fewer
 * points) — or exactly equal, point for point. */
static void compare(const unsigned char *a, size_t na, const unsigned char *b, size_t nb, bool exact)
{
	hb_face_t *fa, *fb;
	hb_font_t *A = font_of(a, na, &fa), *B = font_of(b, nb, &fb);
	unsigned ua = hb_face_get_upem(fa);
	assert_int_equal(hb_face_get_upem(fb), exact ? ua : 256);
	assert_int_equal(hb_face_get_glyph_count(fa), hb_face_get_glyph_count(fb));
	double k = (double)hb_face_get_upem(fb) / ua;
	hb_draw_funcs_t *df = draw_funcs();
	struct path *pa = malloc(sizeof *pa), *pb = malloc(sizeof *pb);
	assert_non_null(pa);
	assert_non_null(pb);
	size_t points = 0;
	for (unsigned g = 0; g < hb_face_get_glyph_count(fa); g++) {
		pa->n = pb->n = 0;
		hb_font_get_glyph_shape(A, g, df, pa);
		hb_font_get_glyph_shape(B, g, df, pb);
		if (!exact) {
			assert_int_equal(contours(pa), contours(pb));
			same_shape(pa, k, pb, SHAPE_LIMIT, g);
		}
		for (size_t i = 0; exact && i < pa->n; i += 3) {  /* on the grid already: point for point */
			assert_int_equal(pa->n, pb->n);
			assert_true(pa->v[i] == pb->v[i] && pa->v[i + 1] == pb->v[i + 1] && pa->v[i + 2] == pb->v[i + 2]);
		}
		points += pa->n / 3;
		long adv_a = (long)hb_font_get_glyph_h_advance(A, g), adv_b = hb_font_get_glyph_h_advance(B, g);
		assert_int_equal(adv_b, exact ? adv_a : gw_tt_scale(adv_a, ua));
	}
	assert_true(points > 100);
	free(pa);
	free(pb);
	hb_draw_funcs_destroy(df);
	hb_font_destroy(A);
	hb_font_destroy(B);
	hb_face_destroy(fa);
	hb_face_destroy(fb);
}

static void test_song_subset(void **state)
{
	(void)state;
	size_t n = 0, m = 0, m2 = 0;
	unsigned char *orig = subset(SONG, 0, &n), *scaled = NULL, *again = NULL;
	if (!orig)
		skip();
	assert_int_equal(gw_tt_rescale(orig, n, &scaled, &m), 0);
	compare(orig, n, scaled, m, false);
	assert_true(m < n);  /* the point of it: fewer bytes */
	/* a program already on the grid comes back point for point */
	assert_int_equal(gw_tt_rescale(scaled, m, &again, &m2), 0);
	compare(scaled, m, again, m2, true);
	free(orig);
	free(scaled);
	free(again);
}

static void test_uming_subset(void **state)  /* a TTC face; À Å Ç ½ are composite glyphs */
{
	(void)state;
	size_t n = 0, m = 0;
	unsigned char *orig = subset(UMING, 0, &n), *scaled = NULL;
	if (!orig)
		skip();
	assert_int_equal(gw_tt_rescale(orig, n, &scaled, &m), 0);
	compare(orig, n, scaled, m, false);
	free(orig);
	free(scaled);
}

static void test_scale_rounding(void **state)
{
	(void)state;
	assert_int_equal(gw_tt_scale(1024, 1024), 256);
	assert_int_equal(gw_tt_scale(2, 1024), 1);    /* 0.5 → away from zero */
	assert_int_equal(gw_tt_scale(-2, 1024), -1);
	assert_int_equal(gw_tt_scale(1, 1024), 0);
	assert_int_equal(gw_tt_scale(-123, 2048), -15);
	assert_int_equal(gw_tt_scale(500, 1000), 128);
	assert_int_equal(gw_tt_scale(77, 200), 77);   /* coarser than the grid: kept */
	assert_int_equal(gw_tt_target_upem(200), 200);
	assert_int_equal(gw_tt_target_upem(2048), GW_EMBED_UPEM);
}

/* Every prefix and a few thousand single-byte changes: refused or valid,
 * never a crash (ASan and valgrind run this test too). */
static void test_damaged(void **state)
{
	(void)state;
	size_t n = 0;
	unsigned char *orig = subset(SONG, 0, &n);
	if (!orig)
		skip();
	unsigned char *out = NULL;
	size_t m = 0;
	for (size_t cut = 0; cut < n; cut += cut < 2048 ? 1 : 997) {
		unsigned char *p = malloc(cut ? cut : 1);
		assert_non_null(p);
		memcpy(p, orig, cut);
		if (gw_tt_rescale(p, cut, &out, &m) == 0)
			free(out);
		else
			assert_null(out);
		free(p);
	}
	unsigned char *p = malloc(n);
	assert_non_null(p);
	srand(7);
	for (int i = 0; i < 3000; i++) {
		memcpy(p, orig, n);
		size_t at = i < 1500 ? (size_t)rand() % (n < 4096 ? n : 4096) : (size_t)rand() % n;
		p[at] = (unsigned char)rand();
		if (gw_tt_rescale(p, n, &out, &m) == 0)
			free(out);
	}
	free(p);
	assert_int_equal(gw_tt_rescale((const unsigned char *)"OTTO\0\0\0\0\0\0\0\0", 12, &out, &m), -1);
	/* a second 'head' record (pointing at the first one's bytes) is refused */
	unsigned n_tables = (unsigned)(orig[4] << 8 | orig[5]);
	unsigned char *dup = malloc(n + 16);
	assert_non_null(dup);
	memcpy(dup, orig, 12 + 16 * (size_t)n_tables);
	size_t head = 0;
	for (unsigned i = 0; i < n_tables; i++)
		if (memcmp(orig + 12 + 16 * i, "head", 4) == 0)
			head = 12 + 16 * (size_t)i;
	assert_true(head > 0);
	memcpy(dup + 12 + 16 * (size_t)n_tables, orig + head, 16);  /* the extra record */
	memcpy(dup + 12 + 16 * ((size_t)n_tables + 1), orig + 12 + 16 * (size_t)n_tables,
	       n - 12 - 16 * (size_t)n_tables);
	dup[4] = (unsigned char)((n_tables + 1) >> 8);
	dup[5] = (unsigned char)(n_tables + 1);
	for (unsigned i = 0; i <= n_tables; i++) {  /* every offset moves by the new record */
		unsigned char *o = dup + 12 + 16 * i + 8;
		uint32_t v = (uint32_t)o[0] << 24 | (uint32_t)o[1] << 16 | (uint32_t)o[2] << 8 | o[3];
		v += 16;
		o[0] = (unsigned char)(v >> 24), o[1] = (unsigned char)(v >> 16), o[2] = (unsigned char)(v >> 8),
		o[3] = (unsigned char)v;
	}
	assert_int_equal(gw_tt_rescale(dup, n + 16, &out, &m), -1);
	assert_null(out);
	free(dup);
	free(orig);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scale_rounding),
		cmocka_unit_test(test_song_subset),
		cmocka_unit_test(test_uming_subset),
		cmocka_unit_test(test_damaged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
