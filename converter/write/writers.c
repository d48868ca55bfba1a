/* writers.c — the one place that knows every backend. */
#include "writers.h"

#include <string.h>

const gw_writer gw_writers[] = {
	{"pdf", ".pdf", gw_write_pdf},
	{"xlsx", ".xlsx", gw_write_xlsx},
	{"zip", ".zip", gw_write_bundle},
	{"json", ".json", gw_write_json},
	{NULL, NULL, NULL},
};

const gw_writer *gw_writer_find(const char *format)
{
	for (const gw_writer *w = gw_writers; w->format; w++)
		if (strcmp(w->format, format) == 0)
			return w;
	return NULL;
}
