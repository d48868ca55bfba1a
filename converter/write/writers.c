/* writers.c — the writer table: the one place that knows every output format. */
#include "writers.h"

#include "../model/i18n.h"

#include <string.h>

#include "../page/page.h"

const gw_writer gw_writers[] = {
	{.name = "pdf", .extension = ".pdf", .bundled = true,
	 .prepare = gw_pdf_prepare, .write = gw_write_pdf, .finish = gw_pdf_finish,
	 .summary = N_("the report as a GB/T 9704 official document"), .is_default = true},
	{.name = "ofd", .extension = ".ofd", .bundled = true,
	 .prepare = gw_ofd_prepare, .write = gw_write_ofd, .finish = gw_ofd_finish,
	 .summary = N_("the same pages as a GB/T 33190 OFD document, for archives")},
	{.name = "xlsx", .extension = ".xlsx", .bundled = true, .write = gw_write_xlsx,
	 .summary = N_("Excel workbook of the report's indicators and outline"), .is_default = true},
	{.name = "zip", .extension = ".zip", .write = gw_write_bundle,
	 .summary = N_("BagIt archive of the bundled outputs and the source (gwexport verify)"),
	 .is_default = true, .packs_bundled = true},
	{.name = "json", .extension = ".json", .bundled = true, .write = gw_write_json,
	 .summary = N_("the report model as JSON (gwexport reads it back as input)")},
};

const size_t gw_n_writers = sizeof gw_writers / sizeof gw_writers[0];

int gw_writer_index(const char *name, size_t len)
{
	for (size_t i = 0; i < gw_n_writers; i++)
		if (strlen(gw_writers[i].name) == len && strncmp(gw_writers[i].name, name, len) == 0)
			return (int)i;
	return -1;
}

_Static_assert(sizeof gw_writers / sizeof gw_writers[0] <= GW_MAX_WRITERS,
	       "a format set is a bit mask: raise GW_MAX_WRITERS with its type");

gw_status gw_write_laid_out(const gw_report *r, const gw_write_opts *o, gw_draw_fn draw, gw_bytes *out,
			    gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	gw_page_request q = {o->layout, o->layouts_dir, o->fonts_dir, o->ctx, o->allow_missing_glyphs != 0, false};
	gw_page_cache own = {0};
	const gw_layout *L;
	const gw_pages *pages;
	gw_status st = gw_pages_lay_out(r, &q, o->pages ? o->pages : &own, &L, &pages, d);
	if (!st)
		st = draw(pages, r, o, L, out, d);
	gw_page_cache_free(&own);
	return st;
}
