/* blocks.c — the reader's block list (blocks.h): its one release call. */
#include "blocks.h"

#include <string.h>

void gw_blocks_free(gw_blocks *b)
{
	if (!b)
		return;
	gw_arena_free(b->arena);
	memset(b, 0, sizeof *b);
}
