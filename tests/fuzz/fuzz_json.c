/*
 * fuzz_json.c — bytes → model JSON reader (`gwexport report.json`).
 * Promises: a refused document returns NULL with a message (which names
 * the JSON path for schema errors); an accepted one passes
 * gw_report_check() (the reader runs it; asserted here so a reader that
 * stopped doing so is caught), serialises, and that JSON reads back to the
 * same bytes (the canonical form is a fixed point).
 */
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
	GW_FUZZ_REQUIRE(gw_report_check(r, &d) == GW_OK, "accepted JSON passes gw_report_check");
	gw_fuzz_check_roundtrip(r);
	gw_report_free(r);
	return 0;
}
