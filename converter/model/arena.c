/*
 * arena.c — chunked bump allocator: big requests get their own chunk, small
 * ones share 64 KiB chunks.  Chunks form a singly linked list freed at once.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)
#define ALIGN 16

struct chunk {
	struct chunk *next;
	size_t size;
	size_t used;
	_Alignas(ALIGN) unsigned char data[];
};

struct gw_arena {
	struct chunk *head;
	size_t total;
};

gw_arena *gw_arena_new(void)
{
	return calloc(1, sizeof(gw_arena));
}

void gw_arena_free(gw_arena *a)
{
	if (!a)
		return;
	struct chunk *c = a->head;
	while (c) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

static struct chunk *chunk_new(size_t size)
{
	struct chunk *c = malloc(sizeof(struct chunk) + size);
	if (!c)
		return NULL;
	c->next = NULL;
	c->size = size;
	c->used = 0;
	return c;
}

void *gw_arena_alloc(gw_arena *a, size_t size)
{
	if (size > SIZE_MAX / 2)
		return NULL;
	size_t rounded = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (rounded == 0)
		rounded = ALIGN;
	struct chunk *c = a->head;
	if (!c || c->size - c->used < rounded) {
		if (rounded > CHUNK_SIZE / 4) {
			/* A big block gets its own chunk behind the head, so the head's
			 * free space stays usable for small requests. */
			struct chunk *big = chunk_new(rounded);
			if (!big)
				return NULL;
			big->used = rounded;
			if (c) {
				big->next = c->next;
				c->next = big;
			} else {
				a->head = big;
			}
			a->total += rounded;
			memset(big->data, 0, rounded);
			return big->data;
		}
		c = chunk_new(CHUNK_SIZE);
		if (!c)
			return NULL;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += rounded;
	a->total += rounded;
	memset(p, 0, rounded);
	return p;
}

void *gw_arena_array(gw_arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return gw_arena_alloc(a, n * size);
}

char *gw_arena_strndup(gw_arena *a, const char *s, size_t n)
{
	char *p = gw_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *gw_arena_strdup(gw_arena *a, const char *s)
{
	return gw_arena_strndup(a, s, strlen(s));
}

int gw_arena_grow(gw_arena *a, void **items, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return 0;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	void *p = gw_arena_array(a, ncap, size);
	if (!p)
		return -1;
	if (*items && *cap)
		memcpy(p, *items, *cap * size);
	*items = p;
	*cap = ncap;
	return 0;
}

size_t gw_arena_used(const gw_arena *a)
{
	return a->total;
}
