/*
 * writers.h — the backends.  Every backend has the same shape: it reads a
 * const model and options and produces the bytes of one output file in
 * memory (caller frees gw_bytes.data).  convert.c writes the bytes to disk
 * with outfile.c (temp file + rename), and hands them to the bundle.
 * A backend includes the model headers and this file only.
 *
 * The writer table (writers.c) is the one list of output formats: -f,
 * --help, --list-formats, output names, the order outputs are made in, what
 * the bundle holds and --timings all come from it.  Adding a format is one
 * new file with its write function, one row, and its tests.
 */
#ifndef GW_WRITERS_H
#define GW_WRITERS_H

#include <stdbool.h>
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
	time_t bagging_time;       /* when the outputs are made (SOURCE_DATE_EPOCH, else the run's
				    * time): the bundle's Bagging-Date; 0 = timestamp */
	const char *version;       /* "gwexport 0.1.0" style creator string */
	const char *stem;          /* output base name: "report" for report.txt */
	/* The input file name's bytes when they were not UTF-8 (then the model,
	 * stem and bundle carry a decoded name), and how it was decoded
	 * ("GB18030", or "escaped" as #XX); both NULL for a UTF-8 name. */
	const char *source_name_bytes;
	const char *source_name_decoding;
	/* Bundle only: the payload files (the bundled outputs, then the
	 * source) in bag order. */
	const gw_payload *payloads;
	size_t n_payloads;
	/* What this writer's prepare made for the batch (convert.c sets it per
	 * writer).  NULL: the writer prepares for itself and frees it after. */
	void *ctx;
	/* The document's pages, laid out once for every fixed-layout writer
	 * (page.h gw_page_cache; convert.c gives one per document).  NULL: the
	 * writer lays the document out for itself. */
	struct gw_page_cache *pages;
} gw_write_opts;

typedef gw_status (*gw_writer_fn)(const gw_report *r, const gw_write_opts *o,
				  gw_bytes *out, gw_diag *d);
/* Makes what a writer shares across the documents of a batch (the PDF
 * writer's fonts: fontconfig set-up costs ~18 ms).  Notes about it (-v)
 * go to d once per batch. */
typedef gw_status (*gw_prepare_fn)(const gw_write_opts *o, void **ctx, gw_diag *d);
typedef void (*gw_finish_fn)(void *ctx);

typedef struct gw_writer {
	const char *name;          /* -f name: "pdf" */
	const char *extension;     /* output file: STEM + ".pdf" */
	bool bundled;              /* goes into the bundle's data/ */
	gw_prepare_fn prepare;     /* NULL: nothing shared across documents */
	gw_writer_fn write;
	gw_finish_fn finish;       /* frees what prepare made; NULL with prepare */
	const char *summary;       /* one line for --help and --list-formats */
	bool is_default;           /* written when -f is not given */
	bool packs_bundled;        /* is the bundle: gets the bundled outputs as
				    * o->payloads, so runs after them */
} gw_writer;

/* The writer table, in the order formats are listed and saved. */
extern const gw_writer gw_writers[];
extern const size_t gw_n_writers;
/* A format set is a bit mask over the table; keep gw_n_writers below it. */
#define GW_MAX_WRITERS 32

/* Index of the writer called name[0..len), or -1. */
int gw_writer_index(const char *name, size_t len);

gw_status gw_write_json(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_pdf(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_ofd(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_xlsx(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);
gw_status gw_write_bundle(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d);

/* A fixed-layout backend's drawing step (gw_pdf_draw, gw_ofd_draw): the
 * document's pages into the bytes of one file; r, o and L give only the
 * document info and the file id. */
struct gw_pages;
struct gw_layout;
typedef gw_status (*gw_draw_fn)(const struct gw_pages *pg, const gw_report *r, const gw_write_opts *o,
				const struct gw_layout *L, gw_bytes *out, gw_diag *d);
/* The write function of a fixed-layout backend: the document laid out
 * once (o->pages, shared by -f pdf,ofd; else for this call alone) and
 * drawn with `draw`. */
gw_status gw_write_laid_out(const gw_report *r, const gw_write_opts *o, gw_draw_fn draw, gw_bytes *out,
			    gw_diag *d);

/* The PDF writer's batch context: the resolved fonts. */
gw_status gw_pdf_prepare(const gw_write_opts *o, void **ctx, gw_diag *d);
void gw_pdf_finish(void *ctx);
/* The OFD writer's: its own resolved fonts, the same kind as the PDF's. */
gw_status gw_ofd_prepare(const gw_write_opts *o, void **ctx, gw_diag *d);
void gw_ofd_finish(void *ctx);

#endif
