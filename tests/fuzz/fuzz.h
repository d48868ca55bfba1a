/*
 * fuzz.h — what the fuzz harnesses share.  Each fuzz_<target>.c defines
 * GW_FUZZ_ENTRY(<target>): under libFuzzer that is LLVMFuzzerTestOneInput;
 * tests/unit/test_fuzz_replay.c defines GW_FUZZ_ENTRY first so it can
 * include every harness and replay corpus/ and regressions/ under `make
 * check` (and `make asan`) without clang.
 *
 * A harness checks the contract, not just "no crash": a failed read must
 * leave a message, a successful one must round-trip through JSON.  A broken
 * promise aborts with a line saying which one, so libFuzzer saves the input.
 */
#ifndef GW_FUZZ_H
#define GW_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/report_json.h"

#ifndef GW_FUZZ_ENTRY
#define GW_FUZZ_ENTRY(target) LLVMFuzzerTestOneInput
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
#endif

/* Aborts (so the fuzzer keeps the input) when a promise is broken. */
#define GW_FUZZ_REQUIRE(cond, what)                                              \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n",    \
				__FILE__, __LINE__, what);                       \
			abort();                                                 \
		}                                                                \
	} while (0)

/* Model → JSON → model → JSON gives the same bytes twice: the JSON a model
 * writes reads back, and the canonical form is a fixed point. */
static inline void gw_fuzz_check_roundtrip(const gw_report *r)
{
	size_t len1 = 0, len2 = 0;
	char *json1 = gw_report_to_json(r, &len1);
	GW_FUZZ_REQUIRE(json1 != NULL, "model serialises to JSON");
	gw_report *back = NULL;
	gw_diag d = {0};
	gw_status st = gw_report_from_json(json1, len1, "fuzz.json", &back, &d);
	if (st != GW_OK)
		fprintf(stderr, "JSON written by the model does not read back: %s\n", d.what);
	GW_FUZZ_REQUIRE(st == GW_OK && back != NULL, "JSON written by the model reads back");
	char *json2 = gw_report_to_json(back, &len2);
	GW_FUZZ_REQUIRE(json2 != NULL, "model read back serialises");
	GW_FUZZ_REQUIRE(len1 == len2 && memcmp(json1, json2, len1) == 0,
			"model -> json -> model -> json is byte-identical");
	free(json2);
	gw_report_free(back);
	free(json1);
}

#endif
