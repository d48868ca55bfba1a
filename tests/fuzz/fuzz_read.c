/*
 * fuzz_read.c — text bytes → reader → indicators → model JSON, the path of
 * every `gwexport report.txt`.  Promises checked on every input:
 *   - a failed read returns NULL with a status and a non-empty message;
 *   - a successful read gives a model that passes gw_report_check() (every
 *     invariant of report.h and MODEL.md: valid UTF-8, levels nest, points
 *     at their offsets, paragraph and indicator numbering, indicators'
 *     paragraphs, markers, clauses and units …);
 *   - its JSON reads back, and writing that again gives the same bytes
 *     (text → json → model → json round trip of report_json.h).
 * The bytes are passed without a trailing NUL (libFuzzer's buffer is exactly
 * `size` long), so a reader that runs past the end is caught by ASan.
 */
#include <string.h>

#include "fuzz.h"
#include "model/report_json.h"
#include "read/read.h"

/* Every invariant of the model (report.h, MODEL.md), and the text of the
 * model can be built. */
static void read_check_model(const gw_report *r)
{
	gw_diag d = {0};
	if (gw_report_check(r, &d) != GW_OK)
		fprintf(stderr, "reader output breaks the model: %s\n", d.what);
	GW_FUZZ_REQUIRE(d.status == GW_OK, "the reader's model passes gw_report_check");
	char *text = gw_report_text(r);
	GW_FUZZ_REQUIRE(text != NULL, "gw_report_text succeeds");
	free(text);
}

static void read_one(const uint8_t *data, size_t size, gw_encoding enc)
{
	gw_read_opts opts = {.name = "fuzz.txt", .encoding = enc, .extract_indicators = 0};
	gw_report *r = NULL;
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	gw_status st = gw_read_text(data, size, &opts, &r, &d);
	if (st != GW_OK) {
		GW_FUZZ_REQUIRE(r == NULL, "failed read returns no report");
		GW_FUZZ_REQUIRE(d.status == st && d.what[0] != '\0', "failed read says what is wrong");
		return;
	}
	GW_FUZZ_REQUIRE(r != NULL, "successful read returns a report");
	st = gw_indicators_extract(r, &d);
	if (st == GW_OK) {
		read_check_model(r);
		gw_fuzz_check_roundtrip(r);
	} else {
		GW_FUZZ_REQUIRE(d.what[0] != '\0', "failed extraction says what is wrong");
	}
	gw_report_free(r);
}

int GW_FUZZ_ENTRY(read)(const uint8_t *data, size_t size)
{
	read_one(data, size, GW_ENC_AUTO);
	/* Also one forced encoding, picked from the size so the run is
	 * deterministic: the --encoding paths see hostile bytes too. */
	static const gw_encoding forced[] = {GW_ENC_UTF8, GW_ENC_GB18030, GW_ENC_UTF16};
	read_one(data, size, forced[size % 3]);
	return 0;
}
