/*
 * test_buf.c — the growable byte buffer (model/buf.c): contents after many
 * appends of bytes and printf text, growth by doubling, the ceiling (exactly
 * at it fits, one byte past it is GW_E_TOO_LARGE and changes nothing), out
 * of memory (a real failed realloc) and the failed state that follows both,
 * and handing the bytes over with gw_buf_take; reading a file descriptor
 * (a pipe exactly at the ceiling reads, one byte more is refused); and
 * gw_array_grow for typed arrays (contents kept, doubling, the element
 * ceiling, size_t overflow, out of memory).
 */
#include "unit.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* gw_buf_read_fd of a pipe carrying n bytes of 'p' into a buffer with
 * ceiling max, chunk bytes per read: a pipe has no size to check first, so
 * the ceiling is found while reading. */
static gw_status read_pipe_of(size_t n, size_t max, size_t chunk, size_t *len)
{
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {   /* the writer: killed by SIGPIPE if the reader stops early */
		close(fds[0]);
		char block[4096];
		memset(block, 'p', sizeof block);
		for (size_t done = 0; done < n;) {
			ssize_t w = write(fds[1], block, n - done < sizeof block ? n - done : sizeof block);
			if (w <= 0)
				_exit(1);
			done += (size_t)w;
		}
		_exit(0);
	}
	close(fds[1]);
	gw_buf b;
	gw_buf_init(&b, max);
	gw_status st = gw_buf_read_fd(&b, fds[0], chunk);
	close(fds[0]);
	waitpid(pid, NULL, 0);
	*len = b.len;
	assert_true(b.len <= max);
	for (size_t i = 0; i < b.len; i++)
		assert_int_equal(b.p[i], 'p');
	if (b.p)
		assert_int_equal(b.p[b.len], '\0');
	assert_int_equal(gw_buf_status(&b), st == GW_E_TOO_LARGE ? GW_E_TOO_LARGE : GW_OK);
	gw_buf_free(&b);
	return st;
}

static void test_read_fd_stops_exactly_at_the_ceiling(void **state)
{
	(void)state;
	size_t len = 0;
	assert_int_equal(read_pipe_of(100000, 100000, 65536, &len), GW_OK);
	assert_int_equal(len, 100000);
	assert_int_equal(read_pipe_of(100001, 100000, 65536, &len), GW_E_TOO_LARGE);
	/* past the ceiling but short of the next doubling */
	assert_int_equal(read_pipe_of(120000, 100000, 65536, &len), GW_E_TOO_LARGE);
	/* a ceiling that is a multiple of the chunk (stdin's old check refused
	 * exactly 16 MB there), and a tiny chunk */
	assert_int_equal(read_pipe_of(131072, 131072, 65536, &len), GW_OK);
	assert_int_equal(len, 131072);
	assert_int_equal(read_pipe_of(131073, 131072, 65536, &len), GW_E_TOO_LARGE);
	assert_int_equal(read_pipe_of(5000, 5000, 1, &len), GW_OK);
	assert_int_equal(len, 5000);
	assert_int_equal(read_pipe_of(0, 10, 4, &len), GW_OK);
	assert_int_equal(len, 0);
	assert_int_equal(read_pipe_of(1, 0, 4, &len), GW_E_TOO_LARGE);
}

static void test_read_fd_error(void **state)
{
	(void)state;
	gw_buf b;
	gw_buf_init(&b, 100);
	assert_int_equal(gw_buf_adds(&b, "前"), GW_OK);
	errno = 0;
	assert_int_equal(gw_buf_read_fd(&b, -1, 16), GW_E_IO);
	assert_int_equal(errno, EBADF);
	assert_string_equal(b.p, "前");          /* kept, and still usable */
	assert_int_equal(gw_buf_status(&b), GW_OK);
	gw_buf_free(&b);
}

static void test_array_grow(void **state)
{
	(void)state;
	long *a = NULL;
	size_t cap = 0, grows = 0, last = 0;
	for (size_t n = 0; n < 10000; n++) {
		assert_int_equal(GW_ARRAY_GROW(a, cap, n + 1, 1u << 20), GW_OK);
		assert_true(cap >= n + 1);
		if (cap != last) {
			if (last)
				assert_int_equal(cap, 2 * last);
			last = cap;
			grows++;
		}
		a[n] = (long)n * 7;
	}
	assert_int_equal(grows, 11);   /* 16 … 16384: doubling, not one realloc per element */
	for (size_t n = 0; n < 10000; n++)
		assert_int_equal(a[n], (long)n * 7);
	/* need <= cap: nothing changes */
	long *same = a;
	assert_int_equal(GW_ARRAY_GROW(a, cap, 5, 10), GW_OK);
	assert_ptr_equal(a, same);
	free(a);
}

static void test_array_ceiling_and_failures(void **state)
{
	(void)state;
	int *a = NULL;
	size_t cap = 0;
	/* the element ceiling: 100 elements fit, 101 do not; never allocated past it */
	for (size_t n = 1; n <= 100; n++)
		assert_int_equal(GW_ARRAY_GROW(a, cap, n, 100), GW_OK);
	assert_int_equal(cap, 100);
	a[99] = 42;
	int *kept = a;
	assert_int_equal(GW_ARRAY_GROW(a, cap, 101, 100), GW_E_TOO_LARGE);
	assert_ptr_equal(a, kept);
	assert_int_equal(cap, 100);
	assert_int_equal(a[99], 42);
	/* need × size past size_t */
	assert_int_equal(GW_ARRAY_GROW(a, cap, SIZE_MAX / 2, SIZE_MAX), GW_E_TOO_LARGE);
	assert_int_equal(cap, 100);
	/* half the address space: realloc really fails; the array is kept */
	assert_int_equal(gw_array_grow((void **)&a, &cap, SIZE_MAX / 4, 2, SIZE_MAX), GW_E_NOMEM);
	assert_ptr_equal(a, kept);
	assert_int_equal(cap, 100);
	assert_int_equal(a[99], 42);
	free(a);
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
		cmocka_unit_test(test_read_fd_stops_exactly_at_the_ceiling),
		cmocka_unit_test(test_read_fd_error),
		cmocka_unit_test(test_array_grow),
		cmocka_unit_test(test_array_ceiling_and_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
