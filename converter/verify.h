/*
 * verify.h — `gwexport verify BUNDLE.zip`: proves a BagIt bundle is intact
 * without extracting anything.
 */
#ifndef GW_VERIFY_H
#define GW_VERIFY_H

#include "model/diag.h"

typedef void (*gw_problem_fn)(void *ctx, const char *problem);

/* Checks the zip at path.  Each problem found is passed to `problem` as one
 * line ("data/report.pdf: sha256 mismatch").  Returns the number of problems
 * (0 = the bag is valid); a zip that cannot be opened at all is one problem. */
int gw_verify_bundle(const char *path, gw_problem_fn problem, void *ctx);

/* Same, on zip bytes in memory (fuzzing, tests). */
int gw_verify_bundle_bytes(const unsigned char *data, size_t len, gw_problem_fn problem, void *ctx);

#endif
