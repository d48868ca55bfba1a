/* report_json.c — placeholder until the JSON form lands. */
#include "report_json.h"

#include <stdlib.h>

char *gw_report_to_json(const gw_report *r, size_t *len)
{
	(void)r;
	*len = 0;
	return calloc(1, 1);
}

gw_status gw_report_from_json(const char *bytes, size_t len, const char *name,
			      gw_report **out, gw_diag *d)
{
	(void)bytes; (void)len; (void)name;
	*out = NULL;
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, NULL, "JSON reader not yet written");
}

int gw_looks_like_json(const unsigned char *bytes, size_t len)
{
	size_t i = 0;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
		i = 3;
	while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
		i++;
	return i < len && bytes[i] == '{';
}
