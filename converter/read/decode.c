/* decode.c — placeholder until the reader lands. */
#include "read.h"

#include <string.h>

int gw_encoding_parse(const char *name, gw_encoding *out)
{
	if (strcmp(name, "auto") == 0) *out = GW_ENC_AUTO;
	else if (strcmp(name, "utf-8") == 0) *out = GW_ENC_UTF8;
	else if (strcmp(name, "gb18030") == 0) *out = GW_ENC_GB18030;
	else if (strcmp(name, "utf-16") == 0) *out = GW_ENC_UTF16;
	else return -1;
	return 0;
}

gw_status gw_read_text(const unsigned char *bytes, size_t len, const gw_read_opts *opts,
		       gw_report **out, gw_diag *d)
{
	(void)bytes; (void)len; (void)opts;
	*out = NULL;
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, NULL, "reader not yet written");
}
