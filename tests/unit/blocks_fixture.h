/*
 * blocks_fixture.h — what the tests of the passes over text blocks
 * (test_unwrap.c, test_stops.c) share: blocks built as decode.c builds them
 * from text, one per line.
 */
#ifndef GW_BLOCKS_FIXTURE_H
#define GW_BLOCKS_FIXTURE_H

#include <string.h>

#include "unit.h"

#include "read/blocks.h"

/* Blocks as decode.c makes them from text: one per line, indentation
 * stripped (each U+3000 or two spaces counting as one character in
 * indent_chars when `indent` is set). */
static inline void make_blocks(gw_blocks *b, const char *text, bool indent)
{
	memset(b, 0, sizeof *b);
	b->arena = gw_arena_new();
	assert_non_null(b->arena);
	size_t cap = 1;
	for (const char *p = text; *p; p++)
		cap += *p == '\n';
	b->v = gw_arena_array(b->arena, cap, sizeof *b->v);
	assert_non_null(b->v);
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		int cols = 0;
		while (len && (*p == ' ' || memcmp(p, "　", len >= 3 ? 3 : len) == 0)) {
			size_t step = *p == ' ' ? 1 : 3;
			cols += step == 1 ? 1 : 2;
			p += step;
			len -= step;
		}
		gw_block *blk = &b->v[b->n];
		blk->s = gw_arena_strndup(b->arena, p, len);
		blk->len = len;
		blk->no = ++b->n;
		blk->indent_chars = indent ? cols / 2 : 0;
		if (!e)
			break;
		p = e + 1;
	}
}

#endif
