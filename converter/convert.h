/*
 * convert.h — one input end to end: read (the reader the table picks) →
 * indicators → each requested writer → outputs written safely.  The input
 * is only ever opened for reading.  A batch shares one gw_convert: the
 * data paths and what each writer prepared for all its documents.
 */
#ifndef GW_CONVERT_H
#define GW_CONVERT_H

#include <stddef.h>

#include "cli.h"
#include "model/diag.h"
#include "write/writers.h"

/* Stage times of one conversion, in seconds (--timings). */
typedef struct gw_timings {
	double read, indicators;
	double write[GW_MAX_WRITERS];   /* indexed like gw_writers */
	double total;
} gw_timings;

typedef struct gw_convert gw_convert;

/* Prepares what the writers cli asks for share across the batch (fonts);
 * notes about it (-v) go to d.  A writer whose set-up fails is left to set
 * up per input, so the failure is reported for each input it affects.
 * Fails when out of memory, or (with --combine) when the combined
 * workbook cannot be written (then *out is NULL).  Free with gw_convert_end. */
gw_status gw_convert_begin(const gw_cli *cli, gw_convert **out, gw_diag *d);
void gw_convert_end(gw_convert *c);

/* Converts one input as the command line asks.  Warnings go to d->warn. */
gw_status gw_convert_one(gw_convert *c, const char *input, gw_timings *t, gw_diag *d);

/* --combine (cli->combine): each input gw_convert_one converts keeps its
 * model, as input number `index` (its place in cli->inputs: set it before
 * each gw_convert_one; a -j worker does so in its own copy).  After the
 * batch, gw_convert_combine writes the one workbook of all of them
 * (write/xlsx_combine.h) to cli->combine, atomically: failed[i] is NULL
 * for an input that was converted, else the first line of its error.
 * gw_convert_begin refuses a combined workbook that is an input or whose
 * folder does not exist; gw_convert_end removes the kept models. */
void gw_convert_set_index(gw_convert *c, size_t index);
gw_status gw_convert_combine(gw_convert *c, const char *const *failed, gw_diag *d);

/* The writers a conversion runs: the requested ones, plus the bundled ones
 * when the bundle is requested (bit i: gw_writers[i]). */
uint32_t gw_convert_writers(uint32_t requested);

/* "DIR/STEM" naming where the outputs of input go (DIR resolved with
 * realpath when it exists), so a batch can find two inputs whose outputs
 * would replace each other.  Returns 0, or -1 if it does not fit. */
int gw_convert_output_key(const char *input, const gw_cli *cli, char *key, size_t size);

/* "DIR/STEM.EXT", the path input's output in gw_writers[writer] is
 * written to (DIR as given, not resolved; "./stdin.pdf" for `-`).  Returns
 * 0, or -1 if it does not fit. */
int gw_convert_output_path(const char *input, const gw_cli *cli, size_t writer, char *path, size_t size);

/* Writes into dir the directory holding layouts/ and fonts/ ($GWEXPORT_DATA,
 * next to the binary, or the installed share dir). */
void gw_data_dir(char *dir, size_t size);

#endif
