/*
 * jpath.h — the JSON path ("sections[2].body[0].text") that the model
 * JSON reader and the model checker name in their messages.  Both walk a
 * tree and push a key or an index on the way down, and pop it on the way
 * back; a path longer than the buffer is cut (the message stays readable).
 */
#ifndef GW_JPATH_H
#define GW_JPATH_H

#include <stdio.h>
#include <string.h>

typedef struct {
	char s[256];
} gw_jpath;

/* Appends ".key" (or "key" at the top); returns the length to pop back to. */
static inline size_t gw_jpath_key(gw_jpath *p, const char *key)
{
	size_t old = strlen(p->s);
	snprintf(p->s + old, sizeof p->s - old, "%s%s", old ? "." : "", key);
	return old;
}

/* Appends "[i]"; returns the length to pop back to. */
static inline size_t gw_jpath_index(gw_jpath *p, size_t i)
{
	size_t old = strlen(p->s);
	snprintf(p->s + old, sizeof p->s - old, "[%zu]", i);
	return old;
}

static inline void gw_jpath_pop(gw_jpath *p, size_t old)
{
	p->s[old] = '\0';
}

/* The path for a message: "(top)" at the root. */
static inline const char *gw_jpath_text(const gw_jpath *p)
{
	return p->s[0] ? p->s : "(top)";
}

#endif
