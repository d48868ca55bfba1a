/*
 * buf.h — growable memory, written and tested once: gw_buf, the one growable
 * byte buffer, and gw_array_grow for typed arrays.
 *
 * gw_buf: append bytes or printf text (or read a file descriptor), up to a
 * ceiling its owner sets.  It grows by doubling (so appends cost O(1)
 * amortised) and keeps its contents NUL-terminated.  The struct's owner
 * frees it with gw_buf_free, or takes the bytes with gw_buf_take.
 *
 * An append that would pass the ceiling (GW_E_TOO_LARGE) or cannot get
 * memory (GW_E_NOMEM) leaves the contents as they were and makes the buffer
 * failed: later appends do nothing and return the same status, so a writer
 * may append freely and check gw_buf_status once at the end.
 */
#ifndef GW_BUF_H
#define GW_BUF_H

#include <stddef.h>

#include "diag.h"

typedef struct gw_buf {
	char *p;           /* the contents and a NUL; NULL until the first growth */
	size_t len;        /* bytes in p, not counting the NUL */
	size_t cap;        /* bytes allocated at p */
	size_t max;        /* ceiling on len */
	gw_status st;      /* GW_OK, or why an append failed */
} gw_buf;

/* An empty buffer holding at most max bytes. */
void gw_buf_init(gw_buf *b, size_t max);
/* Frees the contents; the buffer is empty again (same ceiling, not failed). */
void gw_buf_free(gw_buf *b);

/* Appends n bytes of s. */
gw_status gw_buf_add(gw_buf *b, const void *s, size_t n);
/* Appends the string s. */
gw_status gw_buf_adds(gw_buf *b, const char *s);
/* Appends printf-formatted text, however long (up to the ceiling). */
gw_status gw_buf_addf(gw_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Makes room for n more bytes after len (and the NUL), for a caller that
 * writes into p + len itself (read(2), iconv) and then adds to len. */
gw_status gw_buf_reserve(gw_buf *b, size_t n);

/* Reads fd to its end, appending to b and asking read(2) for `chunk` bytes
 * at a time at first (a file's size + 1 when known, so one read does).
 * GW_OK; GW_E_IO with errno set (the buffer stays usable); GW_E_NOMEM; or
 * GW_E_TOO_LARGE when fd holds more than the ceiling allows, found by a
 * one-byte read once the buffer is full, so exactly `max` bytes still read,
 * also from a pipe. */
gw_status gw_buf_read_fd(gw_buf *b, int fd, size_t chunk);

/* GW_OK, or the status of the first append that failed. */
gw_status gw_buf_status(const gw_buf *b);
/* Hands the contents to the caller (malloc'd, NUL-terminated, "" when
 * empty; NULL when out of memory), *len their length if len is not NULL;
 * the buffer is empty afterwards.  NULL too when the buffer has failed. */
char *gw_buf_take(gw_buf *b, size_t *len);

/* Typed arrays: grows the malloc'd array *items of `size`-byte elements so
 * it holds at least `need` of them, doubling *cap (first 16) but never past
 * `max` elements.  GW_OK (also when need <= *cap: nothing changes);
 * GW_E_TOO_LARGE when need > max or the bytes would overflow size_t;
 * GW_E_NOMEM.  On failure *items and *cap are as they were.  The caller
 * owns and frees *items.  New elements are not initialised. */
gw_status gw_array_grow(void **items, size_t *cap, size_t need, size_t size, size_t max);
/* gw_array_grow for an array lvalue `a` of any element type. */
#define GW_ARRAY_GROW(a, cap, need, max) gw_array_grow((void **)&(a), &(cap), (need), sizeof *(a), (max))

#endif
