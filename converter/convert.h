/*
 * convert.h — one input end to end: read (text or model JSON) → indicators →
 * each requested backend → outputs written safely.  The input is only
 * ever opened for reading.
 */
#ifndef GW_CONVERT_H
#define GW_CONVERT_H

#include "cli.h"
#include "model/diag.h"

/* Stage times of one conversion, in seconds (--timings). */
typedef struct gw_timings {
	double read, indicators, json, pdf, xlsx, zip, total;
} gw_timings;

/* Converts one input as the command line asks.  Warnings go to d->warn. */
gw_status gw_convert_one(const char *input, const gw_cli *cli, gw_timings *t, gw_diag *d);

/* Shared set-up done once per process before a batch (fonts, layouts). */
gw_status gw_convert_prepare(const gw_cli *cli, gw_diag *d);

/* "DIR/STEM" naming where the outputs of input go (DIR resolved with
 * realpath when it exists), so a batch can find two inputs whose outputs
 * would replace each other.  Returns 0, or -1 if it does not fit. */
int gw_convert_output_key(const char *input, const gw_cli *cli, char *key, size_t size);

/* Directory holding layouts/ and fonts/ (next to the binary, installed
 * share dir, or $GWEXPORT_DATA). */
const char *gw_data_dir(void);

#endif
