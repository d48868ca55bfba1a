/*
 * writers.h — the backends.  Every backend has the same shape: it reads a
 * const model and options and produces the bytes of one output file in
 * memory (caller frees gw_bytes.data).  convert.c writes the bytes to disk
 * with outfile.c (temp file + rename), and hands them to the bundle.
 * A backend includes the model headers and this file only.
 */
#ifndef GW_WRITERS_H
#define GW_WRITERS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../model/diag.h"
#include "../model/report.h"

typedef struct gw_bytes {
	unsigned char *data;   /* malloc'd; caller frees */
	size_t len;
} gw_bytes;

/* A file to put under data/ in the bundle. */
typedef struct gw_payload {
	const char *name;      /* path inside data/: "report.pdf", "source/报告.txt" */
	const unsigned char *data;
	size_t len;
} gw_payload;

typedef struct gw_write_opts {
	const char *layout;        /* layout name ("gbt9704", "draft") or .ini path; NULL = default */
	const char *layouts_dir;   /* directory of named layouts */
	const char *fonts_dir;     /* project fonts/ directory (roles.ini, user fonts) */
	int allow_missing_glyphs;  /* warn instead of failing on characters no font has */
	time_t timestamp;          /* creation time for metadata (SOURCE_DATE_EPOCH or input mtime) */
	const char *version;       /* "gwexport 0.1.0" style creator string */
	const char *stem;          /* output base name: "report" for report.txt */
	/* Bundle only: the payload files (pdf, xlsx, json, source) in bag order. */
	const gw_payload *payloads;
	size_t n_payloads;
	/* Stage timings in seconds are added here when non-NULL (--timings). */
	double *elapsed;
} gw_write_opts;

typedef gw_status (*gw_writer_fn)(const gw_report *r, const gw_write_opts *o,
				  gw_bytes *out, gw_diag *d);

typedef struct gw_writer {
	const char *format;        /* "pdf", "xlsx", "zip", "json" */
	const char *extension;     /* ".pdf" … */
	gw_writer_fn write;        /* NULL: not available in this build */
} gw_writer;

/* The backend table; NULL-terminated by a {NULL} entry. */
extern const gw_writer gw_writers[];
const gw_writer *gw_writer_find(const char *format);

gw_status gw_write_json(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_pdf(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_xlsx(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_bundle(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);

/* Process-wide set-up shared by all documents of a batch (font lookup,
 * layouts); optional — backends initialise lazily otherwise.  Idempotent. */
gw_status gw_writers_prepare(const gw_write_opts *o, gw_diag *d);
void gw_writers_shutdown(void);

#endif
