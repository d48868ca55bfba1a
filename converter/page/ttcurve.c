/*
 * ttcurve.c — one TrueType contour redrawn with fewer quadratic pieces (see
 * ttcurve.h for why).  The contour is first written with every on-curve
 * point explicit, so it is a chain of pieces: lines, and quadratics
 * (start, control, end).  A run of quadratics that join smoothly is
 * replaced by the one quadratic with the run's end points and end tangents
 * (its control is where the two tangents meet), when that stays within the
 * tolerance of every piece of the run; the neighbours' joins stay smooth,
 * since the tangents are kept.
 */
#include "ttcurve.h"

#include <math.h>
#include <string.h>

#define RUN_MAX 16      /* pieces merged into one at most (bounds the work) */
#define SAMPLES 1       /* points checked inside each piece: its middle (three made
                           the seed report's PDF 0.1 % smaller for 15 % more work) */
#define JOIN_STEPS 3    /* nearest-point refinement from a chord-length guess */
#define SAMPLE_STEPS 2  /* … from the joins' parameters, a close guess */

typedef struct vec {
	double x, y;
} vec;

typedef struct piece {
	vec a, c, b;    /* start, control, end */
} piece;

static vec sub(vec a, vec b) { return (vec){a.x - b.x, a.y - b.y}; }
static double dot(vec a, vec b) { return a.x * b.x + a.y * b.y; }
static double cross(vec a, vec b) { return a.x * b.y - a.y * b.x; }
static vec pt(const gw_tt_point *p) { return (vec){p->x, p->y}; }

static vec at(vec a, vec c, vec b, double t)
{
	double u = 1 - t;
	return (vec){u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y};
}

/* The parameter of the point of quadratic (a, c, b) nearest p, refined from
 * the guess u by `steps` of Newton's method on (C(u) − p)·C'(u) = 0. */
static double nearest(vec a, vec c, vec b, vec p, double u, int steps)
{
	vec dd = {2 * (a.x - 2 * c.x + b.x), 2 * (a.y - 2 * c.y + b.y)};
	for (int k = 0; k < steps; k++) {
		vec e = sub(at(a, c, b, u), p);
		vec d = {2 * ((1 - u) * (c.x - a.x) + u * (b.x - c.x)), 2 * ((1 - u) * (c.y - a.y) + u * (b.y - c.y))};
		double f = dot(e, d), fp = dot(d, d) + dot(e, dd);
		if (fp <= 1e-12)
			break;
		double next = u - f / fp;
		next = next < 0 ? 0 : next > 1 ? 1 : next;
		if (fabs(next - u) < 1e-6)
			return next;
		u = next;
	}
	return u;
}

static bool within(vec a, vec b, double tol2)
{
	vec d = sub(a, b);
	return dot(d, d) <= tol2;
}

/* The control of one quadratic for the pieces p[0..m) (m ≥ 2): on the
 * tangents at their start and end, when the quadratic passes within tol
 * of every join and of SAMPLES points of every piece, in order.  Nearest
 * points are found by Newton's method from close guesses, so a checked
 * distance is never under-estimated. */
static bool merged(const piece *p, size_t m, double tol, vec *q)
{
	vec a = p[0].a, b = p[m - 1].b;
	vec da = sub(p[0].c, a), db = sub(p[m - 1].c, b), w = sub(b, a);
	double den = cross(da, db), tol2 = tol * tol;
	if (fabs(den) <= 1e-9 * sqrt(dot(da, da) * dot(db, db)) || den == 0)
		return false;  /* a straight or S-shaped run, or a piece without a tangent */
	double s = cross(w, db) / den, r = cross(w, da) / den;
	if (s <= 0 || r <= 0)
		return false;  /* the tangents meet behind an end: a turn of 180° or more */
	vec c = {a.x + s * da.x, a.y + s * da.y};
	double u[RUN_MAX + 1], total = 0, done = 0;
	for (size_t j = 0; j < m; j++)
		total += sqrt(dot(sub(p[j].b, p[j].a), sub(p[j].b, p[j].a)));
	if (total <= 0)
		return false;
	u[0] = 0, u[m] = 1;
	for (size_t j = 0; j + 1 < m; j++) {  /* the joins first: the cheapest test that fails */
		done += sqrt(dot(sub(p[j].b, p[j].a), sub(p[j].b, p[j].a)));
		u[j + 1] = nearest(a, c, b, p[j].b, done / total, JOIN_STEPS);
		if (u[j + 1] <= u[j] || !within(at(a, c, b, u[j + 1]), p[j].b, tol2))
			return false;
	}
	for (size_t j = 0; j < m; j++)
		for (int k = 1; k <= SAMPLES; k++) {
			double t = (double)k / (SAMPLES + 1);
			vec v = at(p[j].a, p[j].c, p[j].b, t);
			double uv = nearest(a, c, b, v, u[j] + t * (u[j + 1] - u[j]), SAMPLE_STEPS);
			if (!within(at(a, c, b, uv), v, tol2))
				return false;
		}
	*q = c;
	return true;
}

/* v[0..n) with every on-curve point explicit, from an on-curve point, into
 * e (room for 2n); returns the count.  n ≥ 1. */
static size_t explicit_points(const gw_tt_point *v, size_t n, gw_tt_point *e)
{
	size_t s = 0, m = 0;
	while (s < n && !v[s].on)
		s++;
	if (s == n) {  /* only controls: start at the point implied between the last and the first */
		e[m++] = (gw_tt_point){(v[n - 1].x + v[0].x) / 2, (v[n - 1].y + v[0].y) / 2, true};
		s = 0;
	}
	for (size_t i = 0; i < n; i++) {
		const gw_tt_point *p = &v[(s + i) % n], *next = &v[(s + i + 1) % n];
		e[m++] = *p;
		if (!p->on && !next->on && !(s == 0 && !v[0].on && i + 1 == n))
			e[m++] = (gw_tt_point){(p->x + next->x) / 2, (p->y + next->y) / 2, true};
	}
	return m;
}

struct writer {
	gw_tt_point *out;
	size_t k;
	piece run[RUN_MAX];
	size_t n_run;
	vec c;          /* the control standing for the run */
	bool closes;    /* the run ends at the contour's first point (written already) */
};

static void flush(struct writer *w)
{
	if (!w->n_run)
		return;
	w->out[w->k++] = (gw_tt_point){w->c.x, w->c.y, false};
	if (!w->closes)
		w->out[w->k++] = (gw_tt_point){w->run[w->n_run - 1].b.x, w->run[w->n_run - 1].b.y, true};
	w->n_run = 0;
}

static void add_quad(struct writer *w, piece p, double tol, bool closes)
{
	vec c;
	if (w->n_run && w->n_run < RUN_MAX) {
		w->run[w->n_run] = p;
		if (merged(w->run, w->n_run + 1, tol, &c)) {
			w->n_run++;
			w->c = c;
			w->closes = closes;
			return;
		}
	}
	flush(w);
	w->run[0] = p;
	w->n_run = 1;
	w->c = p.c;
	w->closes = closes;
}

size_t gw_tt_contour_simplify(const gw_tt_point *v, size_t n, gw_tt_point *scratch, double tol,
			      gw_tt_point *out)
{
	if (n < 3) {
		memcpy(out, v, n * sizeof *out);
		return n;
	}
	size_t m = explicit_points(v, n, scratch);
	const gw_tt_point *e = scratch;
	struct writer w = {.out = out, .k = 1};
	out[0] = e[0];
	for (size_t i = 0; i < m;) {
		if (i + 1 < m && !e[i + 1].on) {
			piece p = {pt(&e[i]), pt(&e[i + 1]), pt(&e[(i + 2) % m])};
			i += 2;
			add_quad(&w, p, tol, i >= m);
		} else {
			flush(&w);
			i += 1;
			if (i < m)
				out[w.k++] = e[i];
		}
	}
	flush(&w);
	return w.k;
}
