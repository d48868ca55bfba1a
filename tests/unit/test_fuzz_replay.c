/*
 * test_fuzz_replay.c — replays every file of tests/fuzz/regressions/<target>/
 * and tests/fuzz/corpus/<target>/ through the fuzz harnesses, so each crash
 * the fuzzer ever found stays fixed under plain `make check` and `make asan`
 * (no clang needed).  Each file runs in a forked child, so a harness that
 * aborts on a broken promise (or crashes) fails only that file: every
 * failing file is named, and the target's test fails.  The child leaves
 * with exit(), so LeakSanitizer checks each input under `make asan`.
 */
#include "unit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define GW_FUZZ_ENTRY(target) fuzz_##target
#include "../fuzz/fuzz_docx.c"
#include "../fuzz/fuzz_font.c"
#include "../fuzz/fuzz_json.c"
#include "../fuzz/fuzz_layout.c"
#include "../fuzz/fuzz_ofd.c"
#include "../fuzz/fuzz_read.c"
#include "../fuzz/fuzz_verify.c"
#include "../fuzz/fuzz_write.c"

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

/* Replays one file in a child; returns 0 when the harness kept its promises. */
static int replay_file(const char *path, fuzz_fn fn)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		size_t len = 0;
		unsigned char *data = slurp(path, &len);
		if (!data)
			exit(3);
		fn(data, len);
		free(data);
		exit(0);
	}
	int status = 0;
	while (waitpid(pid, &status, 0) < 0)
		;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFSIGNALED(status))
		print_error("replay %s: killed by signal %d\n", path, WTERMSIG(status));
	else
		print_error("replay %s: exit %d\n", path, WEXITSTATUS(status));
	return -1;
}

/* Runs fn over every file in tests/fuzz/<kind>/<target>/; counts files
 * replayed and files that failed. */
static void replay_dir(const char *kind, const char *target, fuzz_fn fn, size_t *n, size_t *bad)
{
	char dir[1024];
	snprintf(dir, sizeof dir, "%s/fuzz/%s/%s", gw_tests_dir(), kind, target);
	DIR *dp = opendir(dir);
	if (!dp)
		return;
	struct dirent *e;
	while ((e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char path[2048];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		(*n)++;
		if (replay_file(path, fn) != 0)
			(*bad)++;
	}
	closedir(dp);
}

/* Replays corpus/<seeds>/ and regressions/<target>/ through fn. */
static void replay(const char *target, const char *seeds, fuzz_fn fn)
{
	size_t corpus = 0, regressions = 0, bad = 0;
	replay_dir("corpus", seeds, fn, &corpus, &bad);
	replay_dir("regressions", target, fn, &regressions, &bad);
	print_message("%s: %zu corpus files, %zu regressions replayed, %zu failed\n", target, corpus,
		      regressions, bad);
	/* The seed corpus is in git: an empty replay means a wrong path, not
	 * a pass. */
	assert_true(corpus > 0);
	assert_int_equal(bad, 0);
}

static void test_read(void **state) { (void)state; replay("read", "read", fuzz_read); }
static void test_json(void **state) { (void)state; replay("json", "json", fuzz_json); }
static void test_layout(void **state) { (void)state; replay("layout", "layout", fuzz_layout); }
static void test_verify(void **state) { (void)state; replay("verify", "verify", fuzz_verify); }
static void test_docx(void **state) { (void)state; replay("docx", "docx", fuzz_docx); }
static void test_ofd(void **state) { (void)state; replay("ofd", "ofd", fuzz_ofd); }
static void test_font(void **state) { (void)state; replay("font", "font", fuzz_font); }
/* The write target has no corpus of its own: it shares read's. */
static void test_write(void **state) { (void)state; replay("write", "read", fuzz_write); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_docx),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_ofd),
		cmocka_unit_test(test_font),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
