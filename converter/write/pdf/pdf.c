/* pdf.c — placeholder until the PDF backend lands. */
#include "../writers.h"

gw_status gw_write_pdf(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	(void)r; (void)o; (void)out;
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, "use -f json for now",
		       "the pdf format is not yet supported");
}

gw_status gw_writers_prepare(const gw_write_opts *o, gw_diag *d)
{
	(void)o; (void)d;
	return GW_OK;
}

void gw_writers_shutdown(void)
{
}
