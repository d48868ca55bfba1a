/*
 * fuzz_json.c — bytes → model JSON reader (`gwexport report.json`).
 * Promises: a refused document returns NULL with a message (which names
 * the JSON path for schema errors); an accepted one serialises, and that
 * JSON reads back to the same bytes (the canonical form is a fixed point).
 */
#include <string.h>

#include "fuzz.h"
#include "model/report_json.h"

int GW_FUZZ_ENTRY(json)(const uint8_t *data, size_t size)
{
	gw_report *r = NULL;
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	gw_status st = gw_report_from_json((const char *)data, size, "fuzz.json", &r, &d);
	if (st != GW_OK) {
		GW_FUZZ_REQUIRE(r == NULL, "refused JSON returns no report");
		GW_FUZZ_REQUIRE(d.status == st && d.what[0] != '\0', "refused JSON says what is wrong");
		return 0;
	}
	GW_FUZZ_REQUIRE(r != NULL, "accepted JSON returns a report");
	size_t len1 = 0, len2 = 0;
	char *json1 = gw_report_to_json(r, &len1);
	GW_FUZZ_REQUIRE(json1 != NULL, "accepted model serialises");
	gw_report *back = NULL;
	st = gw_report_from_json(json1, len1, "fuzz.json", &back, &d);
	if (st != GW_OK)
		fprintf(stderr, "canonical JSON does not read back: %s\n", d.what);
	GW_FUZZ_REQUIRE(st == GW_OK && back != NULL, "canonical JSON reads back");
	char *json2 = gw_report_to_json(back, &len2);
	GW_FUZZ_REQUIRE(json2 != NULL, "model read back serialises");
	GW_FUZZ_REQUIRE(len1 == len2 && memcmp(json1, json2, len1) == 0,
			"json -> model -> json is a fixed point");
	free(json2);
	free(json1);
	gw_report_free(back);
	gw_report_free(r);
	return 0;
}
