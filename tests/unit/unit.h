/*
 * unit.h — what every cmocka unit test includes.  Tests are table-driven
 * where they can be; each file tests one converter module.
 */
#ifndef GW_UNIT_H
#define GW_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

/* Directory of the source tree's tests/ (the runner sets GW_TESTS). */
static inline const char *gw_tests_dir(void)
{
	const char *d = getenv("GW_TESTS");
	return d ? d : "tests";
}

#endif
