/*
 * stops.h — the pass before unwrapping (text) and outlining (.docx): a
 * report whose sentences end in ASCII '.' (typed on a phone: 共计682万元.
 * 改造后…) gets 。 there, so that sentences, run-in headings and periods
 * are found as in any other report.  Internal to read/.
 */
#ifndef GW_STOPS_H
#define GW_STOPS_H

#include "blocks.h"

/* Rewrites the '.' that end sentences in b's text blocks as 。, when the
 * document ends its sentences that way (stops.c says how that is told);
 * else leaves b exactly as it is.  Emits one warning when it changed
 * something.  Fails only when out of memory (b is then unchanged). */
gw_status gw_stops_fix(gw_blocks *b, gw_diag *d);

#endif
