/*
 * test_ttcurve.c — ttcurve.c: a contour of many small quadratic pieces
 * (as fonts/otf2ttf.py makes from a cubic) comes back with fewer pieces and
 * within the tolerance of the shape; lines, corners and short contours stay
 * as they are; with no tolerance nothing is merged.
 */
#include "unit.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "page/ttcurve.h"

#define R 100.0
#define PIECES 32

/* A circle of radius R about the origin as PIECES quadratic pieces, only
 * controls (every on-curve point implied), as TrueType writes circles. */
static size_t circle(gw_tt_point *v)
{
	double half = M_PI / PIECES, rc = R / cos(half);  /* controls where the tangents meet */
	for (int i = 0; i < PIECES; i++) {
		double a = 2 * M_PI * i / PIECES + half;
		v[i] = (gw_tt_point){rc * cos(a), rc * sin(a), false};
	}
	return PIECES;
}

/* The largest |distance from the origin − R| along the contour v[0..n)
 * (every on-curve point explicit), 64 points a piece. */
static double off_circle(const gw_tt_point *v, size_t n)
{
	double worst = 0;
	for (size_t i = 0; i < n; i++) {
		if (!v[i].on)
			continue;
		const gw_tt_point *c = &v[(i + 1) % n], *b = &v[(i + 2) % n];
		assert_false(c->on);  /* a circle has no lines */
		assert_true(b->on);
		for (int k = 0; k <= 64; k++) {
			double t = k / 64.0, u = 1 - t;
			double x = u * u * v[i].x + 2 * u * t * c->x + t * t * b->x;
			double y = u * u * v[i].y + 2 * u * t * c->y + t * t * b->y;
			double d = fabs(hypot(x, y) - R);
			worst = d > worst ? d : worst;
		}
	}
	return worst;
}

static void test_circle_fewer_pieces(void **state)
{
	(void)state;
	gw_tt_point v[PIECES], scratch[2 * PIECES], out[2 * PIECES];
	size_t n = circle(v);
	size_t m = gw_tt_contour_simplify(v, n, scratch, 0.5, out);
	assert_true(out[0].on);
	/* eight pieces of 45° (a quarter circle as one quadratic is 6 units
	 * off at this radius), each a control and an on-curve point */
	assert_int_equal(m, 16);
	assert_true(off_circle(out, m) <= 0.5 + 0.01);
	size_t coarse = gw_tt_contour_simplify(v, n, scratch, 4.0, out);
	assert_true(coarse < m);          /* a wider tolerance merges more */
	assert_true(off_circle(out, coarse) <= 4.0 + 0.01);
}

static void test_no_tolerance_keeps_every_piece(void **state)
{
	(void)state;
	gw_tt_point v[PIECES], scratch[2 * PIECES], out[2 * PIECES];
	size_t n = circle(v);
	assert_int_equal(gw_tt_contour_simplify(v, n, scratch, 0, out), 2 * n);  /* controls + implied points */
	for (size_t i = 0; i < 2 * n; i++)
		assert_true(out[i].on == (i % 2 == 0));
}

static void test_lines_and_corners_kept(void **state)
{
	(void)state;
	const gw_tt_point square[] = {{0, 0, true}, {0, 100, true}, {100, 100, true}, {100, 0, true}};
	gw_tt_point scratch[8], out[8];
	assert_int_equal(gw_tt_contour_simplify(square, 4, scratch, 10, out), 4);
	assert_memory_equal(out, square, sizeof square);
	/* a lens: two arcs of two pieces each, meeting at sharp corners (0,0) and (100,0) */
	const gw_tt_point lens[] = {{0, 0, true},    {20, 30, false}, {50, 40, true}, {80, 30, false},
				    {100, 0, true},  {80, -30, false}, {50, -40, true}, {20, -30, false}};
	gw_tt_point s2[16], o2[16];
	size_t m = gw_tt_contour_simplify(lens, 8, s2, 0.5, o2);
	bool left = false, right = false;
	for (size_t i = 0; i < m; i++) {
		left |= o2[i].on && o2[i].x == 0 && o2[i].y == 0;
		right |= o2[i].on && o2[i].x == 100 && o2[i].y == 0;
	}
	assert_true(left && right);
}

static void test_short_contour_copied(void **state)
{
	(void)state;
	const gw_tt_point two[] = {{1, 2, true}, {3, 4, false}};
	gw_tt_point scratch[4], out[4];
	assert_int_equal(gw_tt_contour_simplify(two, 2, scratch, 1, out), 2);
	assert_memory_equal(out, two, sizeof two);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_circle_fewer_pieces),
		cmocka_unit_test(test_no_tolerance_keeps_every_piece),
		cmocka_unit_test(test_lines_and_corners_kept),
		cmocka_unit_test(test_short_contour_copied),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
