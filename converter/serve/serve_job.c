/*
 * serve_job.c — one conversion of `gwexport serve`, isolated: a child
 * process with CPU, memory and time limits runs the command line's own
 * pipeline (gw_cli_parse + gw_batch_run) in a private temp dir, with its
 * standard error in a file there.  The parent turns what it left into the
 * HTTP answer and removes the dir, whatever happened.  A crash or a hang
 * ends only the child.
 *
 * The child is this same program started anew (fork, then execve of
 * /proc/self/exe with the hidden `serve GW_SERVE_JOB_ARG` entry), never a
 * bare fork of the server: the server is threaded, and a lock another
 * thread holds at fork time (malloc's, ASan's allocator, stdio, gettext)
 * stays locked for good in a forked copy — under ASan one child in each
 * burst of 20 uploads hung until --job-seconds that way.  So everything
 * the child needs (argv, descriptors, limits) is made before fork, and
 * between fork and execve the child makes async-signal-safe system calls
 * only.
 *
 * Why fork + execve and not posix_spawn: the limits (setrlimit, alarm) and
 * the parent-death signal must be in place before the new program runs a
 * single instruction, and posix_spawn has no file action for them.
 * Why /proc/self/exe and not argv[0]: it names the running binary whatever
 * the current directory or the path the server was started by, and even
 * after the file was replaced on disk (an upgrade while the server runs),
 * so the child always speaks the server's own version of the hidden entry.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../batch.h"
#include "../cli.h"
#include "../model/i18n.h"
#include "../write/writers.h"
#include "serve_int.h"

enum {
	JOB_ADDRESS_SPACE = 2048u * 1024 * 1024, /* fonts are mmapped: keep it roomy */
	JOB_LOG_MAX = 64 * 1024,
	JOB_EXIT_SETUP = 3,                      /* the child could not start the conversion */
	/* serve GW_SERVE_JOB_ARG DIR LANG SERVER-LANG, then the CLI's
	 * gwexport -f F -o ../out --combine X (--set KV)… -l L -- FILES…,
	 * and NULL */
	JOB_ARGV_MAX = 18 + 2 * GW_SERVE_MAX_SETS + GW_SERVE_MAX_FILES,
};

/* Everything the CLI writes for the JSON summary. */
static const char all_formats[] = "pdf,ofd,xlsx,zip,json";
/* The combined workbook, in out/ (-f json: the cheapest own output of
 * each input, which --combine needs anyway). */
static const char combined_name[] = "汇总.xlsx";
static const char self_exe[] = "/proc/self/exe";

/* What the child needs between fork and execve, all made before fork. */
typedef struct job_exec {
	char *argv[JOB_ARGV_MAX];
	char combined[300];        /* ../out/汇总.xlsx */
	int null_fd, log_fd;       /* become stdin + stdout, and stderr */
	int failed[2];             /* a pipe: the child writes errno there when it cannot exec */
	pid_t server;
	sigset_t no_signals;
	struct rlimit cpu, as;
	unsigned seconds;
} job_exec;

/* The child's command line: the hidden entry, then the CLI's own. */
static void job_argv(const char *dir, const gw_job *job, job_exec *x)
{
	const char *formats = job->combine ? "json" : job->writer < 0 ? all_formats : gw_writers[job->writer].name;
	const char *lang = job->accept_language ? job->accept_language : "";
	const char *server_lang = job->server_language ? job->server_language : "";
	const char *head[] = {"gwexport", "serve", GW_SERVE_JOB_ARG, dir, lang, server_lang,
			      "gwexport", "-f", formats, "-o", "../out"};
	int argc = 0;
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		x->argv[argc++] = (char *)head[i];
	if (job->combine) {
		snprintf(x->combined, sizeof x->combined, "../out/%s", combined_name);
		x->argv[argc++] = "--combine";
		x->argv[argc++] = x->combined;
	}
	for (size_t i = 0; i < job->n_sets; i++) {
		x->argv[argc++] = "--set";
		x->argv[argc++] = (char *)job->sets[i];
	}
	if (job->layout) {
		x->argv[argc++] = "-l";
		x->argv[argc++] = (char *)job->layout;
	}
	x->argv[argc++] = "--"; /* a file named "-l.txt" is a file */
	for (size_t i = 0; i < job->n_files; i++)
		x->argv[argc++] = (char *)job->files[i].name;
	x->argv[argc] = NULL;
}

/* fd moved above 2 (still close-on-exec): a server started without
 * standard input or error could get 0-2 for a job's files, and the
 * child's dup2 onto 0-2 would then clobber them. */
static int above_std(int fd)
{
	if (fd < 0 || fd > 2)
		return fd;
	int moved = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	close(fd);
	return moved;
}

/* Opens the child's descriptors (close-on-exec: another job's child must
 * not keep them); 0, or -1. */
static int job_open(const char *dir, job_exec *x)
{
	char log[1024];
	snprintf(log, sizeof log, "%s/log", dir);
	x->null_fd = above_std(open("/dev/null", O_RDWR | O_CLOEXEC));
	x->log_fd = above_std(open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
	x->failed[0] = x->failed[1] = -1;
	if (x->null_fd < 0 || x->log_fd < 0 || pipe2(x->failed, O_CLOEXEC) != 0)
		return -1;
	x->failed[0] = above_std(x->failed[0]);
	x->failed[1] = above_std(x->failed[1]);
	return x->failed[0] < 0 || x->failed[1] < 0 ? -1 : 0;
}

static void job_close(job_exec *x)
{
	int *fds[] = {&x->null_fd, &x->log_fd, &x->failed[0], &x->failed[1]};
	for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++)
		if (*fds[i] >= 0) {
			close(*fds[i]);
			*fds[i] = -1;
		}
}

/* 0 when the descriptors are open and the argv made; -1 (none open). */
static int job_prepare(const char *dir, const gw_job *job, job_exec *x)
{
	job_argv(dir, job, x);
	x->server = getpid();
	sigemptyset(&x->no_signals);
	x->seconds = job->seconds;
	x->cpu = (struct rlimit){job->seconds, job->seconds + 1};
	x->as = (struct rlimit){JOB_ADDRESS_SPACE, JOB_ADDRESS_SPACE};
	if (job_open(dir, x) == 0)
		return 0;
	job_close(x);
	return -1;
}

/* In the child, between fork and execve: async-signal-safe calls only
 * (see the top of the file).  Never returns: on a failure it writes errno
 * to the pipe for the parent. */
static void child_exec(const job_exec *x)
{
	/* The server ends: so does the conversion (the signal is kept across
	 * execve); getppid catches a server that ended before prctl. */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != x->server)
		_exit(JOB_EXIT_SETUP);
	/* The server blocks SIGINT/SIGTERM and ignores SIGPIPE; both would
	 * outlive execve. */
	sigprocmask(SIG_SETMASK, &x->no_signals, NULL);
	signal(SIGPIPE, SIG_DFL);
	setrlimit(RLIMIT_CPU, &x->cpu);
#ifndef __SANITIZE_ADDRESS__   /* ASan reserves terabytes of shadow memory: no child would start */
	setrlimit(RLIMIT_AS, &x->as);
#endif
	/* Only standard error (errors and warnings) is kept: what the CLI
	 * reports on standard output (the files it wrote, in out/ here) is no
	 * warning. */
	if (dup2(x->null_fd, 0) >= 0 && dup2(x->null_fd, 1) >= 0 && dup2(x->log_fd, 2) >= 0) {
		/* Other connections' sockets and other jobs' files stay out of
		 * the conversion (close_range may be missing: they are then
		 * only held until it ends). */
		if (x->failed[1] > 3)  /* it is above 2: above_std */
			close_range(3, (unsigned)x->failed[1] - 1, 0);
		close_range((unsigned)x->failed[1] + 1, ~0u, 0);
		alarm(x->seconds);
		execve(self_exe, x->argv, environ);
	}
	int err = errno;
	/* When even this write fails the parent sees exit 3 with no log. */
	(void)!write(x->failed[1], &err, sizeof err);
	_exit(JOB_EXIT_SETUP);
}

/* errno of a child that could not execve, 0 when it did (the pipe closed
 * on execve without a word). */
static int exec_error(int fd)
{
	int err = 0;
	ssize_t n;
	while ((n = read(fd, &err, sizeof err)) < 0 && errno == EINTR)
		;
	return n == (ssize_t)sizeof err ? err : 0;
}

int gw_serve_job_main(int argc, char **argv)
{
	/* argv: serve GW_SERVE_JOB_ARG DIR LANG SERVER-LANG gwexport ARGS…
	 * (job_argv).  Run from in/ like a clerk in the document's folder:
	 * messages name the file as the CLI run there would. */
	if (argc < 7 || chdir(argv[2]) != 0 || chdir("in") != 0)
		return JOB_EXIT_SETUP;
	gw_i18n_use(argv[4][0] ? argv[4] : NULL);  /* the server's, then the request's if we have it */
	gw_i18n_use(argv[3][0] ? argv[3] : NULL);
	gw_cli cli;
	int rc = 2;
	if (gw_cli_parse(argc - 5, argv + 5, &cli) == GW_CLI_RUN) {
		cli.report_written = false;  /* the page lists the downloads; the log is warnings only */
		rc = gw_batch_run(&cli);
	}
	return rc;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int stage_file(const char *dir, const gw_upload *f)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/in/%s", dir, f->name);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return -1;
	int rc = write_all(fd, f->data ? f->data : "", f->len);
	return close(fd) != 0 || rc != 0 ? -1 : 0;
}

/* dir/in/NAME for each upload, and an empty dir/out. */
static int stage_input(const char *dir, const gw_job *job)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/in", dir);
	if (mkdir(path, 0700) != 0)
		return -1;
	snprintf(path, sizeof path, "%s/out", dir);
	if (mkdir(path, 0700) != 0)
		return -1;
	for (size_t i = 0; i < job->n_files; i++)
		if (stage_file(dir, &job->files[i]) != 0)
			return -1;
	return 0;
}

/* Waits for the child; kills it when it outlives its alarm (stopped, or
 * stuck where SIGALRM cannot reach).  Returns its wait status. */
static int reap(pid_t pid, unsigned seconds)
{
	struct timespec step = {0, 10 * 1000 * 1000};
	long waited_ms = 0, limit_ms = (long)(seconds + 2) * 1000;
	int status = 0;
	for (;;) {
		pid_t got = waitpid(pid, &status, WNOHANG);
		if (got == pid)
			return status;
		if (got < 0 && errno != EINTR)
			return -1;
		if (waited_ms > limit_ms)
			kill(pid, SIGKILL);
		nanosleep(&step, NULL);
		waited_ms += 10;
	}
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st, (void)type, (void)ftw;
	remove(path);
	return 0;
}

static char *read_file(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && (size_t)st.st_size <= max && (buf = malloc((size_t)st.st_size + 1))) {
		*len = fread(buf, 1, (size_t)st.st_size, f);
		buf[*len] = '\0';
	}
	fclose(f);
	return buf;
}

/* The CLI's messages, trimmed; "" when none. */
static char *read_log(const char *dir)
{
	char path[1024];
	size_t len = 0;
	snprintf(path, sizeof path, "%s/log", dir);
	char *log = read_file(path, JOB_LOG_MAX, &len);
	if (!log)
		return strdup("");
	while (len > 0 && (log[len - 1] == '\n' || log[len - 1] == ' '))
		log[--len] = '\0';
	return log;
}

/* The outputs in dir/out, by writer. */
static size_t list_outputs(const char *dir, gw_output *outs, size_t max)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/out", dir);
	DIR *d = opendir(path);
	size_t n = 0;
	for (struct dirent *e; d && n < max && (e = readdir(d));) {
		const char *dot = strrchr(e->d_name, '.');
		int w = dot ? gw_writer_index(dot + 1, strlen(dot + 1)) : -1;
		struct stat st;
		snprintf(path, sizeof path, "%s/out/%s", dir, e->d_name);
		if (w < 0 || strlen(e->d_name) >= sizeof outs[n].name || stat(path, &st) != 0 ||
		    strcmp(dot, gw_writers[w].extension) != 0)
			continue;
		outs[n] = (gw_output){.writer = w, .bytes = (long long)st.st_size};
		strcpy(outs[n].name, e->d_name);
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static const char *content_type(int writer)
{
	static const char *const types[][2] = {
		{"pdf", "application/pdf"},
		{"ofd", "application/ofd"},
		{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
		{"zip", "application/zip"},
		{"json", "application/json"},
	};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(types[i][0], gw_writers[writer].name) == 0)
			return types[i][1];
	return "application/octet-stream";
}

static void answer_file(const char *dir, const gw_output *out, gw_answer *a)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/out/%s", dir, out->name);
	size_t len = 0;
	char *data = read_file(path, (size_t)1 << 30, &len);
	char *name = strdup(out->name);
	if (!data || !name) {
		free(data), free(name);
		gw_answer_error(a, 500, _("the server could not read the converted file"));
		return;
	}
	*a = (gw_answer){.status = 200, .body = data, .len = len, .content_type = content_type(out->writer),
			 .filename = name};
}

static void answer_summary(const char *dir, const char *log, gw_answer *a)
{
	gw_output outs[16];
	size_t n = list_outputs(dir, outs, 16);
	char model[1024] = "";
	for (size_t i = 0; i < n; i++)
		if (strcmp(gw_writers[outs[i].writer].name, "json") == 0)
			snprintf(model, sizeof model, "%s/out/%s", dir, outs[i].name);
	char *body = model[0] ? gw_serve_summary(model, log, outs, n) : NULL;
	if (!body) {
		gw_answer_error(a, 500, _("the server could not read the conversion's model"));
		return;
	}
	*a = (gw_answer){.status = 200, .body = body, .len = strlen(body), .content_type = "application/json"};
}

/* A child that ended by a signal: stopped by a limit, or crashed. */
static void answer_signal(int sig, unsigned seconds, gw_answer *a)
{
	char msg[200];
	if (sig == SIGALRM || sig == SIGXCPU)
		snprintf(msg, sizeof msg, _("the conversion took longer than %u s and was stopped"), seconds);
	else
		snprintf(msg, sizeof msg, _("the conversion stopped unexpectedly (signal %d); the server is still running"),
			 sig);
	gw_answer_error(a, 500, msg);
}

/* The combined workbook when the CLI wrote it: an input that failed is
 * listed in it (its 报告 sheet), so exit 1 still answers it. */
static bool answer_combined(const char *dir, gw_answer *a)
{
	gw_output out = {.writer = gw_writer_index("xlsx", 4)};
	char path[1024];
	struct stat st;
	snprintf(path, sizeof path, "%s/out/%s", dir, combined_name);
	if (out.writer < 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	strcpy(out.name, combined_name);
	answer_file(dir, &out, a);
	return true;
}

static void answer_exit(const char *dir, const gw_job *job, int code, gw_answer *a)
{
	char *log = read_log(dir);
	if (!log) {
		gw_answer_error(a, 500, _("out of memory"));
		return;
	}
	if (job->combine && code <= 1 && answer_combined(dir, a)) {
		/* answered */
	} else if (code == 0 && job->combine) {
		gw_answer_error(a, 500, _("the conversion wrote no file"));
	} else if (code == 0 && job->writer < 0) {
		answer_summary(dir, log, a);
	} else if (code == 0) {
		gw_output out;
		if (list_outputs(dir, &out, 1) == 1)
			answer_file(dir, &out, a);
		else
			gw_answer_error(a, 500, _("the conversion wrote no file"));
	} else {
		/* The CLI's own message: 1 = this document failed, 2 = a request
		 * the CLI refuses (unknown layout). */
		gw_answer_error(a, code == 2 ? 400 : code == JOB_EXIT_SETUP ? 500 : 422,
				log[0] ? log : _("the conversion failed"));
	}
	free(log);
}

/* The child could not start the program (execve, or dup2, failed). */
static void answer_exec_failed(int err, gw_answer *a)
{
	char why[200], msg[400];
	snprintf(msg, sizeof msg, _("the server could not start its conversion program (%s)"),
		 strerror_r(err, why, sizeof why));
	gw_answer_error(a, 500, msg);
}

/* Forks the child that execs the conversion; its pid, or -1 when fork
 * failed.  *exec_err: the child's errno when it could not exec, else 0. */
static pid_t start_child(job_exec *x, int *exec_err)
{
	pid_t pid = fork();
	if (pid == 0)
		child_exec(x);
	int child_ends[] = {x->failed[1], x->null_fd, x->log_fd};
	for (size_t i = 0; i < sizeof child_ends / sizeof child_ends[0]; i++)
		close(child_ends[i]);
	x->failed[1] = x->null_fd = x->log_fd = -1;
	*exec_err = pid > 0 ? exec_error(x->failed[0]) : 0;
	job_close(x);
	return pid;
}

static void run_in(const char *dir, const gw_job *job, gw_answer *a)
{
	job_exec x;
	if (stage_input(dir, job) != 0 || job_prepare(dir, job, &x) != 0) {
		gw_answer_error(a, 500, _("the server could not store the upload in its temporary folder"));
		return;
	}
	int exec_err = 0;
	pid_t pid = start_child(&x, &exec_err);
	if (pid < 0) {
		gw_answer_error(a, 503, _("the server cannot start a conversion now; try again"));
		return;
	}
	int status = reap(pid, job->seconds);
	if (exec_err)
		answer_exec_failed(exec_err, a);
	else if (status >= 0 && WIFEXITED(status))
		answer_exit(dir, job, WEXITSTATUS(status), a);
	else
		answer_signal(status >= 0 && WIFSIGNALED(status) ? WTERMSIG(status) : 0, job->seconds, a);
}

void gw_job_run(const gw_job *job, gw_answer *a)
{
	const char *tmp = getenv("TMPDIR");
	char dir[300];
	int n = snprintf(dir, sizeof dir, "%s/gwexport-serve-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
	if (n < 0 || (size_t)n >= sizeof dir || !mkdtemp(dir)) {
		gw_answer_error(a, 500, _("the server could not make a temporary folder"));
		return;
	}
	run_in(dir, job, a);
	nftw(dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}
