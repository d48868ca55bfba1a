/* xlsx.c — placeholder until the workbook backend lands. */
#include "writers.h"

gw_status gw_write_xlsx(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	(void)r; (void)o; (void)out;
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, "use -f json for now",
		       "the xlsx format is not yet supported");
}
