/*
 * fuzz_layout.c — bytes → layout .ini parser (write/pdf/layout.c), the
 * path of `gwexport --layout my.ini`.  Placeholder until layout.h lands:
 * the entry accepts every input and checks nothing; tests/fuzz/run.sh
 * skips the target while converter/write/pdf/layout.h is absent.
 */
#include "fuzz.h"

int GW_FUZZ_ENTRY(layout)(const uint8_t *data, size_t size)
{
	(void)data;
	(void)size;
	return 0;
}
