/*
 * pdf.h — the PDF backend's drawing step on its own, for tests that hand
 * it a page list they changed (a rule, a colour) before drawing.  The
 * backend's entry point is gw_write_pdf (writers.h); no other backend
 * includes this file.
 */
#ifndef GW_PDF_H
#define GW_PDF_H

#include "../../model/diag.h"
#include "../../model/report.h"
#include "../../page/layout.h"
#include "../../page/page.h"
#include "../writers.h"

/* Draws pg into a PDF (*out, caller frees out->data).  r, o and L give the
 * document info and the /ID (a hash of the text, layout, version and
 * time); they do not move anything on the pages. */
gw_status gw_pdf_draw(const gw_pages *pg, const gw_report *r, const gw_write_opts *o, const gw_layout *L,
		      gw_bytes *out, gw_diag *d);

#endif
