/*
 * outfile.h — safe output files.  Bytes go to a temporary file in the
 * target directory, are flushed to disk, and only then renamed over the
 * target: on any failure no partial file remains and an older output is
 * left as it was.  The input file is never a valid target.
 */
#ifndef GW_OUTFILE_H
#define GW_OUTFILE_H

#include <stddef.h>

#include "../model/diag.h"

/* Writes data to path atomically.  `input` (may be NULL) is the path of the
 * input file: writing over it is refused (same inode or same path). */
gw_status gw_outfile_write(const char *path, const unsigned char *data, size_t len,
			   const char *input, gw_diag *d);

/* Reads a whole file into a malloc'd buffer (NUL-terminated, *len bytes)
 * refusing files over max bytes.  Used for inputs and for backends that
 * must go through a file (libxlsxwriter 1.1.4). */
gw_status gw_file_read(const char *path, size_t max, unsigned char **data, size_t *len,
		       gw_diag *d);

#endif
