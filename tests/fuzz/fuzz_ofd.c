/*
 * fuzz_ofd.c — text bytes → reader → page list → OFD package, then the
 * package read back: libzip opens it, and every XML part parses with expat,
 * has every element under the ofd: prefix, and holds no ID above MaxUnitID.
 * Promises: whatever text the reader accepts, the OFD writer either writes
 * a package whose XML is well-formed or names a documented size limit;
 * nothing crashes or leaks.  Characters no font has are allowed (warnings),
 * so odd text still reaches the XML.  Fonts are resolved once, on the
 * first input, and kept (a reachable pointer, not a leak).
 */
#include <expat.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "fuzz.h"
#include "read/read.h"
#include "write/writers.h"

static void *ofd_fonts;  /* gw_ofd_prepare's, made on the first input */

static gw_write_opts ofd_opts(char *layouts, char *fonts, size_t cap)
{
	const char *tests = getenv("GW_TESTS");
	snprintf(layouts, cap, "%s%slayouts", tests ? tests : "", tests ? "/../" : "");
	snprintf(fonts, cap, "%s%sfonts", tests ? tests : "", tests ? "/../" : "");
	gw_write_opts o;
	memset(&o, 0, sizeof o);
	o.layouts_dir = layouts;
	o.fonts_dir = fonts;
	o.allow_missing_glyphs = 1;
	o.timestamp = 1700000000;
	o.version = "gwexport fuzz";
	o.stem = "fuzz";
	return o;
}

/* What the parse of one part found. */
struct ofd_part {
	bool unprefixed;
	bool in_max;
	unsigned long max_id, top_id;
};

static void ofd_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct ofd_part *p = ud;
	p->unprefixed |= strncmp(name, "ofd:", 4) != 0;
	p->in_max = strcmp(name, "ofd:MaxUnitID") == 0;
	for (size_t i = 0; atts[i]; i += 2)
		if (strcmp(atts[i], "ID") == 0) {
			unsigned long id = strtoul(atts[i + 1], NULL, 10);
			p->top_id = id > p->top_id ? id : p->top_id;
		}
}

static void ofd_end(void *ud, const XML_Char *name)
{
	(void)name;
	((struct ofd_part *)ud)->in_max = false;
}

static void ofd_chars(void *ud, const XML_Char *s, int len)
{
	struct ofd_part *p = ud;
	if (p->in_max) {
		char num[24] = {0};
		memcpy(num, s, (size_t)len < sizeof num - 1 ? (size_t)len : sizeof num - 1);
		p->max_id = strtoul(num, NULL, 10);
	}
}

/* Reads every entry of the package; checks each XML part. */
static void ofd_check_package(const gw_bytes *b)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(b->data, b->len, 0, &ze);
	GW_FUZZ_REQUIRE(src != NULL, "the package fits a zip source");
	zip_t *za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	GW_FUZZ_REQUIRE(za != NULL, "the OFD package is a sound zip");
	zip_int64_t n = zip_get_num_entries(za, 0);
	GW_FUZZ_REQUIRE(n >= 4 && strcmp(zip_get_name(za, 0, 0), "OFD.xml") == 0, "OFD.xml comes first");
	unsigned long max_id = 0, top_id = 0;
	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		size_t nl = strlen(name);
		if (nl < 4 || strcmp(name + nl - 4, ".xml") != 0)
			continue;
		zip_stat_t st;
		GW_FUZZ_REQUIRE(zip_stat_index(za, (zip_uint64_t)i, 0, &st) == 0, "entries stat");
		char *data = malloc(st.size ? st.size : 1);
		zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
		GW_FUZZ_REQUIRE(data && zf && zip_fread(zf, data, st.size) == (zip_int64_t)st.size,
				"every part reads back (CRC checked)");
		zip_fclose(zf);
		struct ofd_part p = {0};
		XML_Parser xp = XML_ParserCreate("UTF-8");
		XML_SetUserData(xp, &p);
		XML_SetElementHandler(xp, ofd_start, ofd_end);
		XML_SetCharacterDataHandler(xp, ofd_chars);
		enum XML_Status xs = XML_Parse(xp, data, (int)st.size, 1);
		if (xs != XML_STATUS_OK)
			fprintf(stderr, "%s: %s at line %lu\n", name, XML_ErrorString(XML_GetErrorCode(xp)),
				(unsigned long)XML_GetCurrentLineNumber(xp));
		XML_ParserFree(xp);
		free(data);
		GW_FUZZ_REQUIRE(xs == XML_STATUS_OK, "every XML part of the OFD is well-formed");
		GW_FUZZ_REQUIRE(!p.unprefixed, "every OFD element has the ofd: prefix");
		max_id = p.max_id > max_id ? p.max_id : max_id;
		top_id = p.top_id > top_id ? p.top_id : top_id;
	}
	GW_FUZZ_REQUIRE(max_id > 0 && top_id <= max_id, "MaxUnitID is at least every ID");
	zip_close(za);
	zip_error_fini(&ze);
}

int GW_FUZZ_ENTRY(ofd)(const uint8_t *data, size_t size)
{
	char layouts[4096], fonts[4096];
	gw_write_opts o = ofd_opts(layouts, fonts, sizeof layouts);
	gw_diag d = {0};
	if (!ofd_fonts && gw_ofd_prepare(&o, &ofd_fonts, &d) != GW_OK) {
		fprintf(stderr, "fuzz_ofd: fonts: %s\n", d.what);
		exit(1);
	}
	gw_read_opts ro = {.name = "fuzz.txt", .encoding = GW_ENC_AUTO};
	gw_report *r = NULL;
	if (gw_read_text(data, size, &ro, &r, &d) != GW_OK)
		return 0;
	gw_bytes out = {0};
	o.ctx = ofd_fonts;
	gw_diag wd = {0};
	wd.byte = GW_NO_BYTE;
	gw_status st = gw_write_ofd(r, &o, &out, &wd);
	if (st != GW_OK) {
		fprintf(stderr, "ofd refused a model the reader accepted: %s\n", wd.what);
		GW_FUZZ_REQUIRE(st == GW_E_TOO_LARGE && wd.what[0] != '\0',
				"the OFD writer accepts what the reader accepts (or names a size limit)");
	} else {
		ofd_check_package(&out);
	}
	free(out.data);
	gw_report_free(r);
	return 0;
}
