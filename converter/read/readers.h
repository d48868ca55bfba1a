/*
 * readers.h — the reader table: the one list of input formats.  convert.c
 * asks every row how sure it is that the input is its format (sniff) and
 * reads it with the surest; --help and --list-formats list the rows.
 * Adding an input format is one new file with its read function, one row in
 * readers.c, and its tests.
 */
#ifndef GW_READERS_H
#define GW_READERS_H

#include <stdbool.h>
#include <stddef.h>

#include "read.h"

/* How sure a reader is that the bytes are its format. */
enum {
	GW_SNIFF_NO = 0,         /* not this format */
	GW_SNIFF_FALLBACK = 10,  /* could be: read it when nothing is surer */
	GW_SNIFF_YES = 100       /* the format's own signature */
};

typedef struct gw_reader {
	const char *name;          /* "text" */
	const char *summary;       /* one line for --help and --list-formats */
	/* GW_SNIFF_*: name is the input's base name ("-" for stdin). */
	int (*sniff)(const unsigned char *bytes, size_t len, const char *name);
	/* On success *out owns a new report; on failure *out is NULL. */
	gw_status (*read)(const unsigned char *bytes, size_t len, const gw_read_opts *o,
			  gw_report **out, gw_diag *d);
	bool needs_indicators;     /* convert.c runs the indicator pass on the
				    * model (a model JSON carries its own) */
} gw_reader;

/* Paragraphs a model may have (every reader's, checked before indicators
 * and writers): a 16 MB report of ordinary prose has about 50,000; at this
 * bound one-figure paragraphs take at most ~0.5 GB through every writer.
 * Over it: GW_E_TOO_LARGE. */
#define GW_MAX_PARAGRAPHS 200000u

extern const gw_reader gw_readers[];
extern const size_t gw_n_readers;

/* The reader surest of the bytes (the first of equals), NULL if none
 * would read them. */
const gw_reader *gw_reader_pick(const unsigned char *bytes, size_t len, const char *name);

#endif
