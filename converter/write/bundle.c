/* bundle.c — placeholder until the BagIt bundle lands. */
#include "writers.h"

gw_status gw_write_bundle(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	(void)r; (void)o; (void)out;
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, "use -f json for now",
		       "the zip format is not yet supported");
}
