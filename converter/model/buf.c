/*
 * buf.c — the growable memory of buf.h: every writer that builds text or
 * bytes of unknown length (tag files, formulas, files read whole) uses
 * gw_buf, and every array grown one element at a time uses gw_array_grow,
 * instead of its own realloc loop, so growth, the ceiling and the
 * out-of-memory path are written and tested once.
 */
#include "buf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

gw_status gw_buf_read_fd(gw_buf *b, int fd, size_t chunk)
{
	if (!chunk)
		chunk = 1;
	for (;;) {
		if (b->st != GW_OK)
			return b->st;
		size_t room = b->max - b->len;
		if (room > 0 && gw_buf_reserve(b, room < chunk ? room : chunk) != GW_OK)
			return b->st;
		unsigned char probe;
		void *at = room > 0 ? (void *)(b->p + b->len) : &probe;
		ssize_t got = read(fd, at, room > 0 ? b->cap - 1 - b->len : 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return got == 0 ? GW_OK : GW_E_IO;
		if (room == 0)
			return failed(b, GW_E_TOO_LARGE);
		b->len += (size_t)got;
		b->p[b->len] = '\0';
	}
}

#define FIRST_ITEMS 16

gw_status gw_array_grow(void **items, size_t *cap, size_t need, size_t size, size_t max)
{
	if (need <= *cap)
		return GW_OK;
	if (need > max || !size || need > SIZE_MAX / size)
		return GW_E_TOO_LARGE;
	size_t ncap = *cap ? *cap : FIRST_ITEMS;
	while (ncap < need)
		ncap = ncap <= SIZE_MAX / 2 ? ncap * 2 : need;
	if (ncap > max)
		ncap = max;   /* the last growth stops at the ceiling */
	if (ncap > SIZE_MAX / size)
		ncap = need;
	void *p = realloc(*items, ncap * size);
	if (!p)
		return GW_E_NOMEM;
	*items = p;
	*cap = ncap;
	return GW_OK;
}
