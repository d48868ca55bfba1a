/*
 * test_outfile.c — safe outputs and bounded reads (write/outfile.c):
 * complete file or nothing, older output kept on failure, no temporary
 * file left behind, the input never overwritten, usual permissions, and
 * read ceilings.  Failures that root would not see (unwritable directory)
 * and the file-size limit run in a forked child.
 */
#include "unit.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "write/outfile.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/gw-outfile-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[256];
	snprintf(cmd, sizeof cmd, "chmod -R u+w '%s'; rm -rf '%s'", dir, dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void path_of(char *out, size_t size, const char *name)
{
	snprintf(out, size, "%s/%s", dir, name);
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static char *slurp(const char *path)
{
	static char buf[65536];
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	return buf;
}

/* Entries in the test directory that look like our temporary files. */
static int temp_files(const char *d)
{
	DIR *dp = opendir(d);
	assert_non_null(dp);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(dp)))
		n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(dp);
	return n;
}

static gw_diag fresh_diag(void)
{
	gw_diag d;
	memset(&d, 0, sizeof d);
	return d;
}

static void test_writes_new_file_with_usual_mode(void **state)
{
	(void)state;
	char p[128];
	path_of(p, sizeof p, "report.json");
	gw_diag d = fresh_diag();
	mode_t old = umask(027);
	gw_status st = gw_outfile_write(p, (const unsigned char *)"{}\n", 3, NULL, &d);
	umask(old);
	assert_int_equal(st, GW_OK);
	assert_string_equal(slurp(p), "{}\n");
	struct stat s;
	assert_int_equal(stat(p, &s), 0);
	assert_int_equal(s.st_mode & 0777, 0640);   /* 0666 & ~027, not mkstemp's 0600 */
	assert_int_equal(temp_files(dir), 0);
	/* An empty output is a file too. */
	assert_int_equal(gw_outfile_write(p, (const unsigned char *)"", 0, NULL, &d), GW_OK);
	assert_int_equal(stat(p, &s), 0);
	assert_int_equal(s.st_size, 0);
}

static void test_replaces_atomically(void **state)
{
	(void)state;
	char p[128];
	path_of(p, sizeof p, "report.pdf");
	put_file(p, "old output");
	int fd = open(p, O_RDONLY);   /* a reader of the old file… */
	assert_true(fd >= 0);
	gw_diag d = fresh_diag();
	assert_int_equal(gw_outfile_write(p, (const unsigned char *)"new output", 10, NULL, &d), GW_OK);
	assert_string_equal(slurp(p), "new output");
	char buf[32] = "";
	assert_int_equal(read(fd, buf, sizeof buf - 1), 10);
	assert_string_equal(buf, "old output");   /* …still sees the complete old file */
	close(fd);
	assert_int_equal(temp_files(dir), 0);
}

static void test_refuses_to_overwrite_the_input(void **state)
{
	(void)state;
	char in[128], hard[128], sym[128], dotted[160];
	path_of(in, sizeof in, "report.json");
	path_of(hard, sizeof hard, "hard.json");
	path_of(sym, sizeof sym, "sym.json");
	snprintf(dotted, sizeof dotted, "%s/./report.json", dir);
	put_file(in, "the input");
	assert_int_equal(link(in, hard), 0);
	assert_int_equal(symlink(in, sym), 0);
	const char *targets[] = {in, dotted, hard, sym};
	for (size_t i = 0; i < 4; i++) {
		gw_diag d = fresh_diag();
		assert_int_equal(gw_outfile_write(targets[i], (const unsigned char *)"x", 1, in, &d), GW_E_IO);
		assert_non_null(strstr(d.what, "is the input file itself"));
		assert_string_equal(slurp(in), "the input");
	}
	assert_int_equal(temp_files(dir), 0);
}

static void test_missing_directory_fails_cleanly(void **state)
{
	(void)state;
	char p[160];
	snprintf(p, sizeof p, "%s/no/such/dir/report.json", dir);
	gw_diag d = fresh_diag();
	assert_int_equal(gw_outfile_write(p, (const unsigned char *)"x", 1, NULL, &d), GW_E_IO);
	assert_non_null(strstr(d.what, "cannot create a file in"));
	assert_non_null(strstr(d.hint, "create the directory"));
}

static void test_directory_as_target_fails_cleanly(void **state)
{
	(void)state;
	char p[128];
	path_of(p, sizeof p, "report.zip");
	assert_int_equal(mkdir(p, 0755), 0);
	gw_diag d = fresh_diag();
	assert_int_equal(gw_outfile_write(p, (const unsigned char *)"x", 1, NULL, &d), GW_E_IO);
	assert_non_null(strstr(d.what, "cannot write"));
	assert_int_equal(temp_files(dir), 0);
}

/* Runs fn in a child; returns its exit status (0 = all its checks held). */
static int in_child(int (*fn)(void))
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn());
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status))
		fail_msg("child died of signal %d", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return WEXITSTATUS(status);
}

static int write_as_nobody(void)
{
	char p[128];
	path_of(p, sizeof p, "ro/report.json");
	if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
		return 10;
	gw_diag d = fresh_diag();
	if (gw_outfile_write(p, (const unsigned char *)"new", 3, NULL, &d) != GW_E_IO)
		return 11;
	if (!strstr(d.what, "cannot create a file in") || !strstr(d.hint, "write to"))
		return 12;
	return 0;
}

static void test_unwritable_directory_keeps_old_output(void **state)
{
	(void)state;
	char ro[128], p[128];
	path_of(ro, sizeof ro, "ro");
	path_of(p, sizeof p, "ro/report.json");
	assert_int_equal(mkdir(ro, 0755), 0);
	put_file(p, "old");
	assert_int_equal(chmod(ro, 0555), 0);
	assert_int_equal(chmod(dir, 0755), 0);   /* nobody must reach ro/ */
	assert_int_equal(in_child(write_as_nobody), 0);
	assert_string_equal(slurp(p), "old");
	assert_int_equal(temp_files(ro), 0);
}

/* A full disk, as the file-size limit: write() fails with EFBIG once
 * SIGXFSZ is ignored (main.c does that). */
static int write_over_limit(void)
{
	char p[128];
	path_of(p, sizeof p, "big.json");
	struct rlimit rl = {4096, 4096};
	signal(SIGXFSZ, SIG_IGN);
	if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
		return 10;
	static unsigned char big[100000];
	memset(big, 'x', sizeof big);
	gw_diag d = fresh_diag();
	if (gw_outfile_write(p, big, sizeof big, NULL, &d) != GW_E_IO)
		return 11;
	if (!strstr(d.what, "File too large") || !strstr(d.hint, "ulimit"))
		return 12;
	return 0;
}

static void test_file_size_limit_keeps_old_output(void **state)
{
	(void)state;
	char p[128];
	path_of(p, sizeof p, "big.json");
	put_file(p, "old complete output");
	assert_int_equal(in_child(write_over_limit), 0);
	assert_string_equal(slurp(p), "old complete output");
	assert_int_equal(temp_files(dir), 0);
}

static void test_file_read_limits(void **state)
{
	(void)state;
	char p[128];
	path_of(p, sizeof p, "in.txt");
	put_file(p, "12345678");
	unsigned char *data = NULL;
	size_t len = 0;
	gw_diag d = fresh_diag();
	assert_int_equal(gw_file_read(p, 8, &data, &len, &d), GW_OK);   /* exactly at the limit */
	assert_int_equal(len, 8);
	assert_int_equal(data[8], '\0');
	assert_memory_equal(data, "12345678", 8);
	free(data);
	assert_int_equal(gw_file_read(p, 7, &data, &len, &d), GW_E_TOO_LARGE);
	assert_null(data);
	/* Not a regular file: the growing read must stop at the ceiling too. */
	assert_int_equal(gw_file_read("/dev/zero", 1 << 20, &data, &len, &d), GW_E_TOO_LARGE);
	assert_null(data);
	assert_int_equal(gw_file_read(dir, 100, &data, &len, &d), GW_E_IO);
	path_of(p, sizeof p, "missing.txt");
	assert_int_equal(gw_file_read(p, 100, &data, &len, &d), GW_E_IO);
	assert_non_null(strstr(d.hint, "check the file name"));
}

/* gw_file_read of a pipe carrying n bytes of 'p' with ceiling max: a pipe
 * has no size to check first, so the ceiling is found while reading. */
static gw_status read_pipe_of(size_t n, size_t max, size_t *len)
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
	char path[64];
	snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
	unsigned char *data = NULL;
	gw_diag d = fresh_diag();
	gw_status st = gw_file_read(path, max, &data, len, &d);
	close(fds[0]);
	waitpid(pid, NULL, 0);
	for (size_t i = 0; st == GW_OK && i < *len; i++)
		assert_int_equal(data[i], 'p');
	assert_true(st == GW_OK || (!data && strstr(d.what, "larger than")));
	free(data);
	return st;
}

static void test_pipe_read_stops_exactly_at_the_ceiling(void **state)
{
	(void)state;
	size_t len = 0;
	assert_int_equal(read_pipe_of(100000, 100000, &len), GW_OK);
	assert_int_equal(len, 100000);
	assert_int_equal(read_pipe_of(100001, 100000, &len), GW_E_TOO_LARGE);
	/* past the ceiling but short of the next doubling (once accepted) */
	assert_int_equal(read_pipe_of(120000, 100000, &len), GW_E_TOO_LARGE);
	assert_int_equal(read_pipe_of(0, 100000, &len), GW_OK);
	assert_int_equal(len, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_writes_new_file_with_usual_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_replaces_atomically, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_to_overwrite_the_input, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_directory_fails_cleanly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_directory_as_target_fails_cleanly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unwritable_directory_keeps_old_output, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_size_limit_keeps_old_output, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_read_limits, setup, teardown),
		cmocka_unit_test(test_pipe_read_stops_exactly_at_the_ceiling),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
