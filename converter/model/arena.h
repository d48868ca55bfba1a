/*
 * arena.h — a per-document bump allocator.  Everything a document's model
 * holds is carved from one arena and released by one gw_arena_free().
 * Allocation failures return NULL; callers report GW_E_NOMEM.
 */
#ifndef GW_ARENA_H
#define GW_ARENA_H

#include <stddef.h>

typedef struct gw_arena gw_arena;

gw_arena *gw_arena_new(void);
void gw_arena_free(gw_arena *a);

/* Zeroed memory aligned for any object, or NULL. */
void *gw_arena_alloc(gw_arena *a, size_t size);
/* Like gw_arena_alloc for n elements of `size`, checking n*size for overflow. */
void *gw_arena_array(gw_arena *a, size_t n, size_t size);
/* Copies n bytes of s and appends a NUL. */
char *gw_arena_strndup(gw_arena *a, const char *s, size_t n);
char *gw_arena_strdup(gw_arena *a, const char *s);
/* Grows an arena array from *cap to at least need elements (doubling);
 * the old block is left to the arena.  Returns 0, or -1 when out of memory. */
int gw_arena_grow(gw_arena *a, void **items, size_t *cap, size_t need, size_t size);
/* Bytes handed out so far (for --timings / bench). */
size_t gw_arena_used(const gw_arena *a);

#endif
