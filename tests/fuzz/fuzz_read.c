/*
 * fuzz_read.c — text bytes → reader → indicators → model JSON, the path of
 * every `gwexport report.txt`.  Promises checked on every input:
 *   - a failed read returns NULL with a status and a non-empty message;
 *   - a successful read gives a model whose strings are all valid UTF-8
 *     (report.h), whose section levels are 1..4 and
 *     deeper than their parent, and whose indicators point at existing
 *     paragraphs with ids 1..n;
 *   - its JSON reads back, and writing that again gives the same bytes
 *     (text → json → model → json round trip of report_json.h).
 * The bytes are passed without a trailing NUL (libFuzzer's buffer is exactly
 * `size` long), so a reader that runs past the end is caught by ASan.
 */
#include <string.h>

#include "fuzz.h"
#include "model/report_json.h"
#include "model/utf8.h"
#include "read/read.h"

/* report.h: every string of the model is NUL-terminated UTF-8. */
static void read_check_utf8(const char *s, const char *field)
{
	if (!s)
		return;
	size_t n = strlen(s);
	if (gw_utf8_valid_prefix((const unsigned char *)s, n) != n)
		fprintf(stderr, "invalid UTF-8 in %s: \"%s\"\n", field, s);
	GW_FUZZ_REQUIRE(gw_utf8_valid_prefix((const unsigned char *)s, n) == n,
			"every model string is valid UTF-8");
}

static void read_check_paragraphs(const gw_paragraph *p, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		GW_FUZZ_REQUIRE(p[k].text != NULL, "paragraph has text");
		read_check_utf8(p[k].text, "paragraph text");
		for (size_t i = 0; i < p[k].n_points; i++) {
			read_check_utf8(p[k].points[i].marker, "point marker");
			read_check_utf8(p[k].points[i].lead, "point lead");
		}
	}
}

static void read_check_list(const gw_strlist *l, const char *field)
{
	for (size_t i = 0; l->present && i < l->n; i++)
		read_check_utf8(l->items[i], field);
}

static void read_check_sections(const gw_section *s, size_t n, int parent_level)
{
	for (size_t i = 0; i < n; i++) {
		GW_FUZZ_REQUIRE(s[i].level >= 1 && s[i].level <= 4, "section level is 1..4");
		GW_FUZZ_REQUIRE(s[i].level > parent_level, "sub-section is deeper than its parent");
		GW_FUZZ_REQUIRE(s[i].marker != NULL, "section has a marker");
		GW_FUZZ_REQUIRE(s[i].n_body == 0 || s[i].body != NULL, "section body array exists");
		read_check_utf8(s[i].marker, "section marker");
		read_check_utf8(s[i].heading, "section heading");
		read_check_utf8(s[i].heading_end, "section heading_end");
		read_check_paragraphs(s[i].body, s[i].n_body);
		read_check_sections(s[i].sections, s[i].n_sections, s[i].level);
	}
}

static void read_check_model(const gw_report *r)
{
	read_check_utf8(r->title, "title");
	read_check_utf8(r->subtitle, "subtitle");
	read_check_utf8(r->salutation, "salutation");
	read_check_utf8(r->closing, "closing");
	read_check_utf8(r->attachments_raw, "attachments_text");
	read_check_list(&r->attachments, "attachments");
	read_check_list(&r->signature, "signature");
	read_check_paragraphs(r->preamble, r->n_preamble);
	read_check_sections(r->sections, r->n_sections, 0);
	size_t paragraphs = gw_report_paragraph_count(r);
	for (size_t i = 0; i < r->n_indicators; i++) {
		const gw_indicator *ind = &r->indicators[i];
		GW_FUZZ_REQUIRE(ind->id == i + 1, "indicator ids are 1..n in order");
		GW_FUZZ_REQUIRE(ind->paragraph >= 1 && ind->paragraph <= paragraphs,
				"indicator points at an existing paragraph");
		GW_FUZZ_REQUIRE(ind->text && ind->unit && ind->label, "indicator text, unit and label set");
		read_check_utf8(ind->label, "indicator label");
		read_check_utf8(ind->text, "indicator text");
		read_check_utf8(ind->unit, "indicator unit");
		read_check_utf8(ind->base_unit, "indicator base_unit");
		read_check_utf8(ind->clause, "indicator clause");
		read_check_utf8(ind->qualifier, "indicator qualifier");
	}
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
