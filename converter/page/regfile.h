/*
 * regfile.h — opening the page engine's own files (layouts, roles.ini, the
 * font cache, font files) without ever blocking.  A FIFO at such a path
 * made every run wait for a writer forever, silently (issue #17 item 7).
 */
#ifndef GW_REGFILE_H
#define GW_REGFILE_H

#include <stdio.h>

typedef enum gw_regfile {
	GW_REG_OK = 0,         /* *out is open for reading ("rb"); caller fcloses */
	GW_REG_CANNOT_OPEN,    /* open failed: errno says why */
	GW_REG_NOT_REGULAR     /* a directory, FIFO, socket or device */
} gw_regfile;

/* Opens path (following symbolic links) for reading only if it is a regular
 * file.  The check is on the open descriptor (O_NONBLOCK, so opening a FIFO
 * never waits), so a file swapped in between cannot slip past it. */
gw_regfile gw_open_regular(const char *path, FILE **out);

#endif
