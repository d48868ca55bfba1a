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

/* One output file: where and what. */
typedef struct gw_outfile {
	const char *path;
	const unsigned char *data;
	size_t len;
} gw_outfile;

/* Writes a set of files, all in one directory, all or nothing: on any
 * failure every target is as it was before (see outfile.c).  A name too
 * long for its temporary is refused before anything is written, and so is
 * `input` (may be NULL) as a target (same inode or same path). */
gw_status gw_outfile_write_set(const gw_outfile *files, size_t n, const char *input, gw_diag *d);

/* GW_OK when path's base name and its temporary ".name.XXXXXX" fit the
 * file system's NAME_MAX (and PATH_MAX); else a clear error. */
gw_status gw_outfile_check_name(const char *path, gw_diag *d);

/* Writes data to path atomically (a set of one).  `input` (may be NULL) is the path of the
 * input file: writing over it is refused (same inode or same path). */
gw_status gw_outfile_write(const char *path, const unsigned char *data, size_t len,
			   const char *input, gw_diag *d);

/* Writes data whole to fd (standard output for `gwexport -f pdf -`: a pipe
 * or a file, never a terminal, which the command line refuses first).  No
 * temporary: what a reader already took cannot be taken back. */
gw_status gw_outfile_to_fd(int fd, const unsigned char *data, size_t len, gw_diag *d);

/* Reads a whole file into a malloc'd buffer (NUL-terminated, *len bytes)
 * refusing files over max bytes.  Used for inputs and for backends that
 * must go through a file (libxlsxwriter 1.1.4). */
gw_status gw_file_read(const char *path, size_t max, unsigned char **data, size_t *len,
		       gw_diag *d);

#endif
