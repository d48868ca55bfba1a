/*
 * batch.h — many inputs: in-process one by one, or -j N worker processes.
 * One failed input never stops the others; failures are listed at the end.
 */
#ifndef GW_BATCH_H
#define GW_BATCH_H

#include "cli.h"

/* Converts every input of cli; returns the process exit code (0 or 1). */
int gw_batch_run(const gw_cli *cli);

#endif
