/*
 * cli.h — the command line: options, --help text, format list.
 */
#ifndef GW_CLI_H
#define GW_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "read/read.h"

enum { GW_FMT_PDF = 1, GW_FMT_XLSX = 2, GW_FMT_ZIP = 4, GW_FMT_JSON = 8 };

typedef struct gw_cli {
	bool verify;               /* `gwexport verify BUNDLE...` */
	unsigned formats;          /* GW_FMT_* bits; default pdf,xlsx,zip */
	const char *out_dir;       /* NULL: beside each input */
	const char *layout;        /* NULL: default layout */
	gw_encoding encoding;
	int jobs;
	bool quiet, verbose, timings, allow_missing_glyphs;
	char **inputs;
	size_t n_inputs;
} gw_cli;

typedef enum { GW_CLI_RUN, GW_CLI_EXIT_OK, GW_CLI_EXIT_USAGE } gw_cli_result;

/* Parses argv.  Prints --help/--version itself (GW_CLI_EXIT_OK) and usage
 * errors with a pointer to --help (GW_CLI_EXIT_USAGE). */
gw_cli_result gw_cli_parse(int argc, char **argv, gw_cli *cli);

/* Parses "pdf,xlsx" into GW_FMT_* bits; returns 0 on an unknown name and
 * stores it in *bad. */
unsigned gw_formats_parse(const char *list, const char **bad, size_t *bad_len);

#endif
