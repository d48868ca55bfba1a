/*
 * test_fuzz_replay.c — replays every file of tests/fuzz/regressions/<target>/
 * and tests/fuzz/corpus/<target>/ through the fuzz harnesses, so each crash
 * the fuzzer ever found stays fixed under plain `make check` and `make asan`
 * (no clang needed).  A harness aborts on a broken promise; cmocka reports
 * that as a failed test naming the target, and the file being replayed is
 * printed first so the failing input is known.
 */
#include "unit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GW_FUZZ_ENTRY(target) fuzz_##target
#include "../fuzz/fuzz_json.c"
#include "../fuzz/fuzz_layout.c"
#include "../fuzz/fuzz_read.c"
#include "../fuzz/fuzz_verify.c"

typedef int (*fuzz_fn)(const uint8_t *data, size_t size);

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	unsigned char *buf = NULL;
	if (fseek(f, 0, SEEK_END) == 0) {
		long n = ftell(f);
		rewind(f);
		/* Exactly n bytes (at least 1 for malloc): no NUL after the
		 * data, as under libFuzzer, so over-reads are caught by ASan. */
		if (n >= 0 && (buf = malloc(n ? (size_t)n : 1)) != NULL &&
		    fread(buf, 1, (size_t)n, f) == (size_t)n)
			*len = (size_t)n;
		else {
			free(buf);
			buf = NULL;
		}
	}
	fclose(f);
	return buf;
}

/* Runs fn over every regular file in tests/fuzz/<kind>/<target>/; returns
 * how many were replayed. */
static size_t replay_dir(const char *kind, const char *target, fuzz_fn fn)
{
	char dir[1024];
	snprintf(dir, sizeof dir, "%s/fuzz/%s/%s", gw_tests_dir(), kind, target);
	DIR *dp = opendir(dir);
	if (!dp)
		return 0;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[2048];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t len = 0;
		unsigned char *data = slurp(path, &len);
		if (!data)
			continue;
		fprintf(stderr, "replay %s\n", path);
		fn(data, len);
		free(data);
		n++;
	}
	closedir(dp);
	return n;
}

static void replay(const char *target, fuzz_fn fn)
{
	size_t corpus = replay_dir("corpus", target, fn);
	size_t regressions = replay_dir("regressions", target, fn);
	print_message("%s: %zu corpus files, %zu regressions replayed\n", target, corpus, regressions);
	/* The seed corpus is in git: an empty replay means a wrong path, not
	 * a pass. */
	assert_true(corpus > 0);
}

static void test_read(void **state) { (void)state; replay("read", fuzz_read); }
static void test_json(void **state) { (void)state; replay("json", fuzz_json); }
static void test_layout(void **state) { (void)state; replay("layout", fuzz_layout); }
static void test_verify(void **state) { (void)state; replay("verify", fuzz_verify); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_verify),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
