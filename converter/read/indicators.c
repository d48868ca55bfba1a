/* indicators.c — placeholder until indicator extraction lands. */
#include "read.h"

gw_status gw_indicators_extract(gw_report *r, gw_diag *d)
{
	(void)d;
	r->indicators = NULL;
	r->n_indicators = 0;
	return GW_OK;
}
