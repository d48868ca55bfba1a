/*
 * cli.h — the command line: options, --help text, -f format sets (over
 * the writer table, write/writers.h).
 */
#ifndef GW_CLI_H
#define GW_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "read/frontmatter.h"
#include "read/read.h"

typedef struct gw_cli {
	bool verify;               /* `gwexport verify BUNDLE...` */
	uint32_t formats;          /* bit i: gw_writers[i]; default: the is_default rows */
	const char *out_dir;       /* NULL: beside each input */
	const char *layout;        /* NULL: default layout */
	gw_encoding encoding;
	int jobs;
	bool quiet, verbose, timings, allow_missing_glyphs;
	bool no_unwrap;            /* --no-unwrap: keep hard-wrapped text line by line */
	/* One line per converted input naming what was written (on stderr,
	 * like every message); off with -q, and off for `gwexport serve`,
	 * whose page lists the downloads itself. */
	bool report_written;
	/* `-` among the inputs, exactly one format and no -o: that output goes
	 * to standard output (see gw_cli_stdout_refusal); else stdin's outputs
	 * are files named stdin.* like any input's. */
	bool stdin_to_stdout;
	gw_fields set;             /* --set KEY=VALUE: 版头/版记 fields over what the input says */
	const char *combine;       /* --combine FILE.xlsx: one workbook of the batch, or NULL */
	char **inputs;
	size_t n_inputs;
} gw_cli;

typedef enum { GW_CLI_RUN, GW_CLI_EXIT_OK, GW_CLI_EXIT_USAGE } gw_cli_result;

/* Parses argv.  Prints --help/--version/--list-formats itself
 * (GW_CLI_EXIT_OK) and usage errors with a pointer to --help
 * (GW_CLI_EXIT_USAGE). */
gw_cli_result gw_cli_parse(int argc, char **argv, gw_cli *cli);

/* Parses "pdf,xlsx" into a set of writers (bit i: gw_writers[i]); returns
 * 0 on an unknown name and stores it in *bad. */
uint32_t gw_formats_parse(const char *list, const char **bad, size_t *bad_len);

/* The writers written when -f is not given. */
uint32_t gw_formats_default(void);

#endif
