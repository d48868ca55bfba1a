/*
 * fuzz_write.c — text bytes → reader → every backend (pdf, xlsx, json,
 * zip bundle), as `gwexport -f pdf,xlsx,zip,json` does (cmark's fuzzer
 * runs every renderer too).  Promises: every backend turns every model the
 * reader accepts into non-empty bytes (only a documented size limit may
 * refuse it, with a message); nothing crashes or leaks.
 * Characters no font has are allowed (warnings), so odd text still reaches
 * the typesetter.  Fonts and layouts come from the source tree ($GW_TESTS/..
 * or the current directory); fonts are loaded once, before fuzzing.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "read/read.h"
#include "write/writers.h"

static char write_layouts[4096], write_fonts[4096];
static void *pdf_fonts;  /* gw_pdf_prepare's, when LLVMFuzzerInitialize ran */

static void write_paths(void)
{
	const char *tests = getenv("GW_TESTS");
	snprintf(write_layouts, sizeof write_layouts, "%s%slayouts", tests ? tests : "",
		 tests ? "/../" : "");
	snprintf(write_fonts, sizeof write_fonts, "%s%sfonts", tests ? tests : "", tests ? "/../" : "");
}

static gw_write_opts write_opts(void)
{
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.layouts_dir = write_layouts;
	o.fonts_dir = write_fonts;
	o.allow_missing_glyphs = 1;
	o.timestamp = 1700000000;
	o.version = "gwexport fuzz";
	o.stem = "fuzz";
	return o;
}

/* Font set-up is costly: done once, outside the inputs libFuzzer checks
 * for leaks.  Without it (replay) each PDF sets its fonts up itself. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	write_paths();
	gw_write_opts o = write_opts();
	gw_diag d = {0};
	if (gw_pdf_prepare(&o, &pdf_fonts, &d) != GW_OK) {
		fprintf(stderr, "fuzz_write: fonts: %s\n", d.what);
		exit(1);
	}
	return 0;
}

static void write_one(const char *format, gw_writer_fn fn, const gw_report *r, const gw_write_opts *o,
		      gw_bytes *out)
{
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	gw_status st = fn(r, o, out, &d);
	if (st != GW_OK) {
		fprintf(stderr, "%s refused a model the reader accepted: %s\n", format, d.what);
		GW_FUZZ_REQUIRE(st == GW_E_TOO_LARGE && d.what[0] != '\0',
				"backends accept what the reader accepts (or name a size limit)");
		free(out->data);
		out->data = NULL;
		out->len = 0;
		return;
	}
	GW_FUZZ_REQUIRE(out->data != NULL && out->len > 0, "a backend that succeeds returns bytes");
}

int GW_FUZZ_ENTRY(write)(const uint8_t *data, size_t size)
{
	if (!write_fonts[0])
		write_paths();
	gw_read_opts ro = {.name = "fuzz.txt", .encoding = GW_ENC_AUTO};
	gw_report *r = NULL;
	gw_diag d = {0};
	if (gw_read_text(data, size, &ro, &r, &d) != GW_OK)
		return 0;
	if (gw_indicators_extract(r, &d) == GW_OK) {
		gw_write_opts o = write_opts();
		gw_bytes pdf = {0}, xlsx = {0}, json = {0}, zip = {0};
		o.ctx = pdf_fonts;
		write_one("pdf", gw_write_pdf, r, &o, &pdf);
		o.ctx = NULL;
		write_one("xlsx", gw_write_xlsx, r, &o, &xlsx);
		write_one("json", gw_write_json, r, &o, &json);
		if (pdf.data && xlsx.data && json.data) {
			gw_payload payloads[] = {
				{"fuzz.pdf", pdf.data, pdf.len},
				{"fuzz.xlsx", xlsx.data, xlsx.len},
				{"fuzz.json", json.data, json.len},
				{"source/fuzz.txt", data, size},
			};
			o.payloads = payloads;
			o.n_payloads = 4;
			write_one("zip", gw_write_bundle, r, &o, &zip);
		}
		free(pdf.data);
		free(xlsx.data);
		free(json.data);
		free(zip.data);
	}
	gw_report_free(r);
	return 0;
}
