/* json.c — `-f json`: the model's canonical JSON form (model/report_json.c). */
#include "writers.h"

#include "../model/report_json.h"

gw_status gw_write_json(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	(void)o;
	size_t len = 0;
	char *json = gw_report_to_json(r, &len);
	if (!json)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory writing JSON");
	out->data = (unsigned char *)json;
	out->len = len;
	return GW_OK;
}
