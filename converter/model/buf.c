/*
 * buf.c — the growable byte buffer of buf.h: every writer that builds text
 * or bytes of unknown length (tag files, formulas, files read whole) uses
 * this one instead of its own realloc loop, so growth, the ceiling and the
 * out-of-memory path are written and tested once.
 */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIRST_CAP 256

void gw_buf_init(gw_buf *b, size_t max)
{
	*b = (gw_buf){.max = max < SIZE_MAX ? max : SIZE_MAX - 1};
}

void gw_buf_free(gw_buf *b)
{
	free(b->p);
	gw_buf_init(b, b->max);
}

static gw_status failed(gw_buf *b, gw_status st)
{
	b->st = st;
	return st;
}

gw_status gw_buf_reserve(gw_buf *b, size_t n)
{
	if (b->st != GW_OK)
		return b->st;
	if (n > b->max - b->len)
		return failed(b, GW_E_TOO_LARGE);
	size_t need = b->len + n + 1;   /* ≤ max + 1, so no overflow */
	if (need <= b->cap)
		return GW_OK;
	size_t cap = b->cap ? b->cap : FIRST_CAP;
	while (cap < need)
		cap = cap <= SIZE_MAX / 2 ? cap * 2 : need;
	if (cap > b->max + 1)
		cap = b->max + 1;   /* the last growth stops at the ceiling */
	char *p = realloc(b->p, cap);
	if (!p)
		return failed(b, GW_E_NOMEM);
	if (!b->p)
		p[0] = '\0';
	b->p = p;
	b->cap = cap;
	return GW_OK;
}

gw_status gw_buf_add(gw_buf *b, const void *s, size_t n)
{
	gw_status st = gw_buf_reserve(b, n);
	if (st != GW_OK)
		return st;
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
	return GW_OK;
}

gw_status gw_buf_adds(gw_buf *b, const char *s)
{
	return gw_buf_add(b, s, strlen(s));
}

gw_status gw_buf_addf(gw_buf *b, const char *fmt, ...)
{
	if (b->st != GW_OK)
		return b->st;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)   /* only for a bad wide character: a bug, not a file's fault */
		return failed(b, GW_E_INTERNAL);
	gw_status st = gw_buf_reserve(b, (size_t)n);
	if (st != GW_OK)
		return st;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return GW_OK;
}

gw_status gw_buf_status(const gw_buf *b)
{
	return b->st;
}

char *gw_buf_take(gw_buf *b, size_t *len)
{
	if (b->st != GW_OK || gw_buf_reserve(b, 0) != GW_OK) {
		gw_buf_free(b);
		return NULL;
	}
	char *p = b->p;
	if (len)
		*len = b->len;
	b->p = NULL;
	gw_buf_free(b);
	return p;
}
