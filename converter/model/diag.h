/*
 * diag.h — errors as values.  A gw_status says what kind of failure; a
 * gw_diag says where (file, line, byte), what, and what the user can do.
 * Only main.c prints.  Warnings go through the diag's callback so -q/-v
 * and tests see them.
 */
#ifndef GW_DIAG_H
#define GW_DIAG_H

#include <stddef.h>

typedef enum gw_status {
	GW_OK = 0,
	GW_E_USAGE,        /* bad command line */
	GW_E_IO,           /* cannot read or write a file */
	GW_E_EMPTY,        /* input has no text */
	GW_E_BINARY,       /* input is not text (PDF, DOCX, image …) */
	GW_E_ENCODING,     /* bytes are not valid in the (detected) encoding */
	GW_E_STRUCTURE,    /* text cannot be read as a report */
	GW_E_JSON,         /* model JSON is malformed or does not follow the schema */
	GW_E_LAYOUT,       /* layout file is wrong */
	GW_E_FONT,         /* a font is missing or unusable */
	GW_E_GLYPH,        /* characters no configured font can draw */
	GW_E_TOO_LARGE,    /* input exceeds a documented limit */
	GW_E_NOMEM,        /* out of memory */
	GW_E_PDF,          /* PDF library failure */
	GW_E_XLSX,         /* workbook library failure */
	GW_E_ZIP,          /* zip library failure */
	GW_E_UNSUPPORTED,  /* format or feature not available */
	GW_E_VERIFY,       /* a bundle failed verification */
	GW_E_INTERNAL      /* a bug: please report it */
} gw_status;

typedef void (*gw_warn_fn)(void *ctx, const char *file, size_t line, const char *msg);

typedef struct gw_diag {
	gw_status status;
	char file[512];    /* input (or layout/font) file the problem is in, "" if none */
	size_t line;       /* 1-based line, 0 if not applicable */
	size_t byte;       /* 0-based byte offset in the file, (size_t)-1 if not applicable */
	char what[1024];   /* what is wrong */
	char hint[512];    /* what to do about it, "" if nothing useful */
	gw_warn_fn warn;   /* optional warning sink */
	void *warn_ctx;
	int verbose;       /* warnings marked verbose-only are dropped unless set */
} gw_diag;

#define GW_NO_BYTE ((size_t)-1)

/* Resets to GW_OK, keeping file, the warning sink and verbosity. */
void gw_diag_clear(gw_diag *d);
/* Records an error and returns its status (so `return gw_fail(...)` works). */
gw_status gw_fail(gw_diag *d, gw_status st, size_t line, size_t byte,
		  const char *hint, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* Emits a warning through d->warn (if any). */
void gw_warn(gw_diag *d, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Like gw_warn, only with -v. */
void gw_note(gw_diag *d, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void gw_diag_set_file(gw_diag *d, const char *file);
/* in made safe to print (at most size bytes with the NUL, never cut inside
 * a character): control characters and bytes that are not UTF-8 as \x1b,
 * C1 controls and bidi controls (U+202E, U+2066–2069 …) as <U+202E>; line
 * feeds and tabs kept.  gw_fail, gw_warn and gw_diag_set_file apply it. */
void gw_diag_escape(const char *in, char *out, size_t size);

/* Short English name of a status ("encoding error"). */
const char *gw_strerror(gw_status st);

/* Exit code of the command for a status: 2 for usage errors, 1 otherwise. */
int gw_exit_code(gw_status st);

/* Formats "file:line: byte N: what\n  hint: …" into buf. */
void gw_diag_format(const gw_diag *d, char *buf, size_t size);

#endif
