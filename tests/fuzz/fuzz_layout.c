/*
 * fuzz_layout.c — bytes → layout .ini parser (page/layout.c), the
 * path of `gwexport --layout my.ini`.  Promises: a refused file has a
 * message; an accepted one gives a layout the PDF backend can use without
 * dividing by zero or drawing off the page: finite positive sizes, at
 * least one line and one character per line, a text block inside the page.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#include "page/layout.h"

static int layout_positive(double v)
{
	return isfinite(v) && v > 0;
}

static void layout_check(const gw_layout *l)
{
	GW_FUZZ_REQUIRE(layout_positive(l->page_width_mm) && layout_positive(l->page_height_mm),
			"page size is finite and positive");
	GW_FUZZ_REQUIRE(layout_positive(l->block_width_mm) && layout_positive(l->block_height_mm),
			"text block size is finite and positive");
	GW_FUZZ_REQUIRE(isfinite(l->top_mm) && isfinite(l->left_mm) && l->top_mm >= 0 && l->left_mm >= 0,
			"margins are finite and not negative");
	GW_FUZZ_REQUIRE(l->left_mm + l->block_width_mm <= l->page_width_mm + 1e-6 &&
			l->top_mm + l->block_height_mm <= l->page_height_mm + 1e-6,
			"text block lies inside the page");
	GW_FUZZ_REQUIRE(l->lines >= 1 && l->chars >= 1, "at least one line of one character");
	GW_FUZZ_REQUIRE(layout_positive(l->size_pt) && layout_positive(l->line_pitch_pt),
			"body size and line pitch are finite and positive");
	GW_FUZZ_REQUIRE(layout_positive(l->title_size_pt), "title size is finite and positive");
	GW_FUZZ_REQUIRE(!l->ln_enabled || l->ln_every >= 1, "line numbers every N >= 1 lines");
}

int GW_FUZZ_ENTRY(layout)(const uint8_t *data, size_t size)
{
	/* gw_layout_parse takes NUL-terminated text, as read from a file. */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	gw_layout l;
	gw_layout_defaults(&l);
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	gw_status st = gw_layout_parse(text, "fuzz.ini", &l, &d);
	if (st != GW_OK)
		GW_FUZZ_REQUIRE(d.status == st && d.what[0] != '\0', "refused layout says what is wrong");
	else
		layout_check(&l);
	free(text);
	return 0;
}
