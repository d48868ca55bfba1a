/*
 * fuzz_verify.c — zip bytes → `gwexport verify` (gw_verify_bundle_bytes).
 * An archive from the records office may be damaged in any way; verify must
 * answer with problems, never crash.  Promises: the return value is the
 * number of problem lines reported, each line non-empty, and 0 means none.
 */
#include <string.h>

#include "fuzz.h"
#include "verify.h"

struct verify_count {
	int lines;
};

static void verify_problem(void *ctx, const char *problem)
{
	GW_FUZZ_REQUIRE(problem != NULL && problem[0] != '\0', "problem line is not empty");
	((struct verify_count *)ctx)->lines++;
}

int GW_FUZZ_ENTRY(verify)(const uint8_t *data, size_t size)
{
	struct verify_count c = {0};
	int problems = gw_verify_bundle_bytes(data, size, verify_problem, &c);
	GW_FUZZ_REQUIRE(problems >= 0, "problem count is not negative");
	GW_FUZZ_REQUIRE((problems == 0) == (c.lines == 0), "0 problems iff no problem line");
	return 0;
}
