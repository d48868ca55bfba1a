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

#endif
