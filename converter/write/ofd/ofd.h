/*
 * ofd.h — the OFD backend's drawing step on its own, for tests that hand
 * it a page list they built or changed (hostile text, a red rule).  The
 * backend's entry point is gw_write_ofd (writers.h); no other backend
 * includes this file.
 */
#ifndef GW_OFD_H
#define GW_OFD_H

#include "../../model/diag.h"
#include "../../model/report.h"
#include "../../page/layout.h"
#include "../../page/page.h"
#include "../writers.h"

/* Draws pg into an OFD package (*out, caller frees out->data).  r, o and L
 * give the document info and DocID (a hash of the source, layout, version
 * and time); they do not move anything on the pages.  Text that XML 1.0
 * cannot hold is written as U+FFFD with one warning in d. */
gw_status gw_ofd_draw(const gw_pages *pg, const gw_report *r, const gw_write_opts *o, const gw_layout *L,
		      gw_bytes *out, gw_diag *d);

#endif
