/*
 * test_buf.c — the growable byte buffer (model/buf.c): contents after many
 * appends of bytes and printf text, growth by doubling, the ceiling (exactly
 * at it fits, one byte past it is GW_E_TOO_LARGE and changes nothing), out
 * of memory (a real failed realloc) and the failed state that follows both,
 * and handing the bytes over with gw_buf_take.
 */
#include "unit.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "model/buf.h"

/* Under AddressSanitizer a huge allocation must fail like it does in glibc
 * (return NULL) instead of aborting, so the out-of-memory path runs. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "allocator_may_return_null=1";
}

static void test_appends_keep_every_byte(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 1 << 20);
	char want[20000];
	size_t n = 0;
	for (int i = 0; i < 1000; i++) {
		char piece[32];
		int k = snprintf(piece, sizeof piece, "第%d项;", i);
		if (i % 3 == 0)
			assert_int_equal(gw_buf_add(&b, piece, (size_t)k), GW_OK);
		else if (i % 3 == 1)
			assert_int_equal(gw_buf_adds(&b, piece), GW_OK);
		else
			assert_int_equal(gw_buf_addf(&b, "第%d项;", i), GW_OK);
		memcpy(want + n, piece, (size_t)k);
		n += (size_t)k;
	}
	assert_int_equal(b.len, n);
	assert_memory_equal(b.p, want, n);
	assert_int_equal(b.p[n], '\0');
	assert_int_equal(gw_buf_status(&b), GW_OK);
	gw_buf_free(&b);
	assert_null(b.p);
	assert_int_equal(b.len, 0);
}

static void test_bytes_with_nul_and_long_printf(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 1 << 20);
	assert_int_equal(gw_buf_add(&b, "a\0b", 3), GW_OK);
	assert_int_equal(gw_buf_add(&b, NULL, 0), GW_OK);
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.p, "a\0b", 4);
	/* one printf far longer than any first allocation */
	char big[5000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(gw_buf_addf(&b, "<%s|%d>", big, 42), GW_OK);
	assert_int_equal(b.len, 3 + 1 + 4999 + 4);
	assert_memory_equal(b.p + 3 + 1 + 4999, "|42>", 5);
	gw_buf_free(&b);
}

static void test_growth_doubles(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 1 << 20);
	size_t grows = 0, last = 0;
	for (int i = 0; i < 100000; i++) {
		assert_int_equal(gw_buf_add(&b, "0123456789", 10), GW_OK);
		if (b.cap != last) {
			if (last)
				assert_int_equal(b.cap, 2 * last);
			last = b.cap;
			grows++;
		}
		assert_true(b.cap >= b.len + 1);
	}
	/* 1,000,000 bytes from 256: 13 doublings, not one realloc per append */
	assert_int_equal(b.len, 1000000);
	assert_true(grows <= 14);
	gw_buf_free(&b);
}

static void test_ceiling(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 1000);
	char block[1000];
	memset(block, 'y', sizeof block);
	assert_int_equal(gw_buf_add(&b, block, 999), GW_OK);
	assert_int_equal(gw_buf_add(&b, "z", 1), GW_OK);   /* exactly at the ceiling */
	assert_int_equal(b.len, 1000);
	assert_true(b.cap <= 1001);                          /* never allocates past it */
	assert_int_equal(gw_buf_add(&b, "!", 1), GW_E_TOO_LARGE);
	assert_int_equal(b.len, 1000);                       /* unchanged */
	assert_int_equal(b.p[999], 'z');
	assert_int_equal(b.p[1000], '\0');
	/* failed: later appends, even small ones, do nothing */
	assert_int_equal(gw_buf_add(&b, "", 0), GW_E_TOO_LARGE);
	assert_int_equal(gw_buf_addf(&b, "%d", 1), GW_E_TOO_LARGE);
	assert_int_equal(gw_buf_status(&b), GW_E_TOO_LARGE);
	assert_null(gw_buf_take(&b, NULL));
	assert_null(b.p);

	/* a printf that would pass the ceiling, and a length that would
	 * overflow len + n */
	gw_buf_init(&b, 8);
	assert_int_equal(gw_buf_addf(&b, "%s", "12345678"), GW_OK);
	gw_buf_free(&b);
	assert_int_equal(gw_buf_addf(&b, "%s", "123456789"), GW_E_TOO_LARGE);
	assert_int_equal(b.len, 0);
	gw_buf_free(&b);
	assert_int_equal(gw_buf_add(&b, "1", 1), GW_OK);
	assert_int_equal(gw_buf_reserve(&b, SIZE_MAX), GW_E_TOO_LARGE);
	assert_int_equal(b.len, 1);
	gw_buf_free(&b);
}

static void test_out_of_memory(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, SIZE_MAX);
	assert_int_equal(gw_buf_adds(&b, "kept"), GW_OK);
	/* half the address space: realloc really fails */
	assert_int_equal(gw_buf_reserve(&b, SIZE_MAX / 2), GW_E_NOMEM);
	assert_int_equal(b.len, 4);
	assert_string_equal(b.p, "kept");
	assert_int_equal(gw_buf_adds(&b, "more"), GW_E_NOMEM);
	assert_int_equal(gw_buf_status(&b), GW_E_NOMEM);
	assert_string_equal(b.p, "kept");
	assert_null(gw_buf_take(&b, NULL));
	/* freed and usable again */
	assert_int_equal(gw_buf_status(&b), GW_OK);
	assert_int_equal(gw_buf_adds(&b, "again"), GW_OK);
	assert_string_equal(b.p, "again");
	gw_buf_free(&b);
}

static void test_take(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 100);
	size_t len = 99;
	char *s = gw_buf_take(&b, &len);   /* empty: "" */
	assert_non_null(s);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);
	assert_int_equal(gw_buf_addf(&b, "%s=%u", "份数", 3u), GW_OK);
	s = gw_buf_take(&b, &len);
	assert_string_equal(s, "份数=3");
	assert_int_equal(len, strlen("份数=3"));
	assert_null(b.p);   /* the caller owns the bytes now */
	assert_int_equal(b.len, 0);
	assert_int_equal(b.max, 100);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_appends_keep_every_byte),
		cmocka_unit_test(test_bytes_with_nul_and_long_printf),
		cmocka_unit_test(test_growth_doubles),
		cmocka_unit_test(test_ceiling),
		cmocka_unit_test(test_out_of_memory),
		cmocka_unit_test(test_take),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
