/*
 * batch.c — runs gw_convert_one over the inputs.  With -j N > 1 each input
 * is converted in a forked child (at most N at once).  The shared set-up
 * (gw_convert_begin: fonts) is done once in the parent, so children inherit
 * it.  A child sends its messages back through a pipe; the parent prints
 * them whole, so lines of parallel jobs never interleave.
 */
#include "batch.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "convert.h"
#include "model/buf.h"
#include "model/i18n.h"

/* Ceiling of the messages of one conversion, collected so they can be
 * printed as a block: thousands of warnings fit. */
#define MSG_MAX ((size_t)64 << 20)

struct warn_ctx {
	const gw_cli *cli;
	gw_buf *out;
};

static void on_warning(void *ctx, const char *file, size_t line, const char *msg)
{
	struct warn_ctx *w = ctx;
	if (w->cli->quiet)
		return;
	char buf[2048];
	int n = line ? snprintf(buf, sizeof buf, "%s:%zu: warning: %s\n", file, line, msg)
		     : snprintf(buf, sizeof buf, "%s: warning: %s\n", file, msg);
	if (n > 0)
		gw_buf_add(w->out, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* "timings IN: read 1.00 ms, indicators …, <each writer> …, total … ms",
 * the writers in table order. */
static void print_timings(const char *input, const gw_timings *t)
{
	char line[4096];
	size_t n = 0;
	n += (size_t)snprintf(line, sizeof line, "timings %s: read %.2f ms, indicators %.2f ms", input,
			      t->read * 1e3, t->indicators * 1e3);
	for (size_t i = 0; i < gw_n_writers && n < sizeof line; i++)
		n += (size_t)snprintf(line + n, sizeof line - n, ", %s %.2f ms", gw_writers[i].name,
				      t->write[i] * 1e3);
	if (n < sizeof line)
		snprintf(line + n, sizeof line - n, ", total %.2f ms", t->total * 1e3);
	fprintf(stderr, "%s\n", line);
}

/* Converts one input; its messages (warnings, error) end up in out. */
static gw_status convert_collect(gw_convert *conv, size_t index, const gw_cli *cli, gw_buf *out)
{
	const char *input = cli->inputs[index];
	gw_convert_set_index(conv, index);   /* --combine keeps the model as this input's */
	struct warn_ctx w = {cli, out};
	gw_diag d = {0};
	d.warn = on_warning;
	d.warn_ctx = &w;
	d.verbose = cli->verbose;
	gw_timings t;
	gw_status st = gw_convert_one(conv, input, &t, &d);
	if (st) {
		char buf[4096];
		gw_diag_format(&d, buf, sizeof buf);
		gw_buf_add(out, "gwexport: ", 10);
		gw_buf_add(out, buf, strlen(buf));
		gw_buf_add(out, "\n", 1);
	} else if (cli->verbose) {
		char buf[1024];
		int n = snprintf(buf, sizeof buf, "%s: converted\n", input);
		gw_buf_add(out, buf, (size_t)n);
	}
	if (cli->timings)
		print_timings(input, &t);
	return st;
}

struct worker {
	pid_t pid;
	int fd;
	size_t input;
	gw_buf msg;
};

struct failure {
	const char *input;
	char *message;
};

struct batch {
	const gw_cli *cli;
	gw_convert *conv;       /* shared set-up (fonts), made once, inherited by workers */
	size_t done, failed;
	struct failure *failures;
	unsigned char *skip;   /* inputs already failed by refuse_clashes */
	struct worker *workers; /* -j N: the running children (run_parallel) */
	size_t n_workers;
	struct pollfd *polls;
	int progress;
};

static void progress(struct batch *b, const char *input)
{
	if (!b->progress)
		return;
	fprintf(stderr, "\r\033[K[%zu/%zu] %s", b->done, b->cli->n_inputs, input);
	if (b->done == b->cli->n_inputs)
		fputc('\n', stderr);
	fflush(stderr);
}

static void record(struct batch *b, size_t i, gw_status st, gw_buf *m)
{
	b->done++;
	if (b->progress && m->len)
		fputs("\r\033[K", stderr);
	if (m->len)
		fputs(m->p, stderr);
	if (st) {
		b->failed++;
		b->failures[i].input = b->cli->inputs[i];
		b->failures[i].message = gw_buf_take(m, NULL);
	}
	gw_buf_free(m);
	progress(b, b->cli->inputs[i]);
}

static void run_serial(struct batch *b)
{
	for (size_t i = 0; i < b->cli->n_inputs; i++) {
		if (b->skip[i])
			continue;
		gw_buf m;
		gw_buf_init(&m, MSG_MAX);
		gw_status st = convert_collect(b->conv, i, b->cli, &m);
		record(b, i, st, &m);
	}
}


/* A worker frees what it inherited from the parent (fonts, the batch's
 * arrays, messages of other inputs) before _exit, so a memory checker
 * sees no leak.  Worker slots are kept free of stale copies (see
 * run_parallel), so each message pointer appears once. */
static void release_inherited(struct batch *b)
{
	gw_convert_end(b->conv);
	for (size_t k = 0; k < b->n_workers; k++)
		gw_buf_free(&b->workers[k].msg);
	for (size_t i = 0; i < b->cli->n_inputs; i++)
		free(b->failures[i].message);
	free(b->workers);
	free(b->polls);
	free(b->failures);
	free(b->skip);
}

static int spawn(struct batch *b, size_t i, struct worker *w)
{
	int fds[2];
	memset(w, 0, sizeof *w);  /* before fork: the child inherits a clean slot */
	gw_buf_init(&w->msg, MSG_MAX);
	if (pipe(fds) != 0)
		return -1;
	fflush(NULL);
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		/* A worker dies with the batch: killing only the parent must not
		 * leave workers writing outputs nobody will report.  getppid()
		 * catches a parent that died before prctl took effect. */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
			_exit(1);
		close(fds[0]);
		gw_buf m;
		gw_buf_init(&m, MSG_MAX);
		gw_status st = convert_collect(b->conv, i, b->cli, &m);
		size_t off = 0;
		while (off < m.len) {
			ssize_t n = write(fds[1], m.p + off, m.len - off);
			if (n <= 0 && errno != EINTR)
				break;
			if (n > 0)
				off += (size_t)n;
		}
		gw_buf_free(&m);
		release_inherited(b);
		_exit(st ? 1 : 0);
	}
	close(fds[1]);
	w->pid = pid;
	w->fd = fds[0];
	w->input = i;
	return 0;
}

/* Reads what a worker says until its pipe closes, then reaps it. */
static gw_status finish(struct worker *w)
{
	char buf[4096];
	ssize_t n;
	while ((n = read(w->fd, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		gw_buf_add(&w->msg, buf, (size_t)n);
	}
	close(w->fd);
	int status = 0;
	while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFSIGNALED(status)) {
		char line[256];
		int len = snprintf(line, sizeof line, "gwexport: internal error: the conversion crashed "
				   "(signal %d); please report it with the input file\n", WTERMSIG(status));
		gw_buf_add(&w->msg, line, (size_t)len);
		return GW_E_INTERNAL;
	}
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? GW_OK : GW_E_IO;
}

static void run_parallel(struct batch *b, size_t jobs)
{
	struct worker *ws = b->workers = calloc(jobs, sizeof *ws);
	b->n_workers = jobs;
	struct pollfd *pf = b->polls = calloc(jobs, sizeof *pf);
	if (!ws || !pf) {
		free(ws);
		free(pf);
		b->workers = NULL;
		b->polls = NULL;
		run_serial(b);
		return;
	}
	size_t next = 0, running = 0;
	for (;;) {
		while (next < b->cli->n_inputs && b->skip[next])
			next++;
		while (running < jobs && next < b->cli->n_inputs) {
			if (spawn(b, next, &ws[running]) != 0)
				break;
			next++;
			running++;
			while (next < b->cli->n_inputs && b->skip[next])
				next++;
		}
		if (running == 0) {
			if (next < b->cli->n_inputs) {  /* fork failed: finish in-process */
				gw_buf m;
				gw_buf_init(&m, MSG_MAX);
				gw_status st = convert_collect(b->conv, next, b->cli, &m);
				record(b, next++, st, &m);
				continue;
			}
			break;
		}
		for (size_t k = 0; k < running; k++)
			pf[k] = (struct pollfd){.fd = ws[k].fd, .events = POLLIN};
		if (poll(pf, running, -1) < 0 && errno != EINTR)
			break;
		for (size_t k = 0; k < running; k++) {
			if (!(pf[k].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			char buf[4096];
			ssize_t n = read(ws[k].fd, buf, sizeof buf);
			if (n > 0) {
				gw_buf_add(&ws[k].msg, buf, (size_t)n);
				continue;
			}
			if (n < 0 && errno == EINTR)
				continue;
			gw_status st = finish(&ws[k]);
			record(b, ws[k].input, st, &ws[k].msg);
			ws[k] = ws[--running];
			memset(&ws[running], 0, sizeof ws[running]);  /* no stale copy */
			pf[k] = pf[running];
			k--;  /* wraps for k == 0; the loop's k++ brings it back */
		}
	}
	free(ws);
	free(pf);
	b->workers = NULL;
	b->polls = NULL;
}

struct keyed {
	char *key;
	size_t input;
};

static int by_key_then_input(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->input < y->input ? -1 : x->input > y->input;
}

/* Inputs whose outputs would replace those of an earlier input (same
 * directory and base name) are failed up front, by name, instead of
 * silently overwriting each other.  Sorting keeps this O(n log n). */
static void refuse_clashes(struct batch *b, unsigned char *skip)
{
	size_t n = b->cli->n_inputs;
	struct keyed *k = calloc(n, sizeof *k);
	if (!k)
		return;
	for (size_t i = 0; i < n; i++) {
		char key[PATH_MAX * 2];
		k[i].input = i;
		if (gw_convert_output_key(b->cli->inputs[i], b->cli, key, sizeof key) == 0)
			k[i].key = strdup(key);
	}
	size_t valid = 0;
	for (size_t i = 0; i < n; i++)
		if (k[i].key)
			k[valid++] = k[i];
	qsort(k, valid, sizeof *k, by_key_then_input);
	for (size_t i = 1; i < valid; i++) {
		if (strcmp(k[i].key, k[i - 1].key) != 0)
			continue;
		size_t first = i - 1;
		while (first > 0 && strcmp(k[first - 1].key, k[i].key) == 0)
			first--;
		gw_buf m;
		gw_buf_init(&m, MSG_MAX);
		char line[PATH_MAX * 3];
		int len = snprintf(line, sizeof line,
				   "gwexport: %s: its outputs would replace those of %s (both are %s.*)\n"
				   "  hint: convert one of them into another directory with -o, or rename it\n",
				   b->cli->inputs[k[i].input], b->cli->inputs[k[first].input], k[i].key);
		gw_buf_add(&m, line, len > 0 && (size_t)len < sizeof line ? (size_t)len : 0);
		skip[k[i].input] = 1;
		record(b, k[i].input, GW_E_USAGE, &m);
	}
	for (size_t i = 0; i < valid; i++)
		free(k[i].key);
	free(k);
}

/* A note of the shared set-up (-v: fonts used) belongs to no input. */
static void on_setup_note(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)ctx;
	(void)file;
	(void)line;
	fprintf(stderr, "gwexport: %s\n", msg);
}

/* The set-up shared by every input (fonts), once per batch, before any
 * worker forks so each inherits it. */
static gw_status begin(struct batch *b)
{
	gw_diag d = {0};
	d.warn = on_setup_note;
	d.verbose = b->cli->verbose;
	gw_status st = gw_convert_begin(b->cli, &b->conv, &d);
	if (st) {
		char buf[2048];
		gw_diag_format(&d, buf, sizeof buf);
		fprintf(stderr, "gwexport: %s\n", buf);
	}
	return st;
}

/* --combine: the batch's workbook (convert.c), each failed input listed
 * with the first line of its message.  Returns 1 when it was not written. */
static int combine(struct batch *b)
{
	size_t n = b->cli->n_inputs;
	const char **why = calloc(n, sizeof *why);
	char **lines = calloc(n, sizeof *lines);
	gw_status st = GW_E_NOMEM;
	gw_diag d = {0};
	if (why && lines) {
		for (size_t i = 0; i < n; i++) {
			const char *m = b->failures[i].message;
			if (!b->failures[i].input)
				continue;
			if (m && !strncmp(m, "gwexport: ", 10))
				m += 10;
			lines[i] = strndup(m ? m : "", m ? strcspn(m, "\n") : 0);
			why[i] = lines[i] ? lines[i] : "";
		}
		st = gw_convert_combine(b->conv, why, &d);
	}
	if (st) {
		char buf[4096];
		gw_diag_format(&d, buf, sizeof buf);
		fprintf(stderr, "gwexport: %s\n", buf);
	} else if (b->cli->verbose) {
		fprintf(stderr, _("%s: combined %zu inputs\n"), b->cli->combine, n);
	}
	for (size_t i = 0; lines && i < n; i++)
		free(lines[i]);
	free(lines);
	free(why);
	return st != GW_OK;
}

int gw_batch_run(const gw_cli *cli)
{
	struct batch b = {.cli = cli};
	b.failures = calloc(cli->n_inputs, sizeof *b.failures);
	b.skip = calloc(cli->n_inputs, 1);
	if (!b.failures || !b.skip) {
		free(b.failures);
		free(b.skip);
		fprintf(stderr, "gwexport: out of memory\n");
		return 1;
	}
	b.progress = cli->n_inputs > 1 && !cli->quiet && isatty(STDERR_FILENO);
	size_t jobs = (size_t)cli->jobs;
	if (jobs > cli->n_inputs)
		jobs = cli->n_inputs;
	if (cli->n_inputs > 1)
		refuse_clashes(&b, b.skip);
	if (begin(&b) != GW_OK) {
		free(b.failures);
		free(b.skip);
		return 1;
	}
	if (jobs > 1)
		run_parallel(&b, jobs);
	else
		run_serial(&b);
	int combine_failed = cli->combine ? combine(&b) : 0;
	gw_convert_end(b.conv);
	if (cli->n_inputs > 1 && (b.failed || !cli->quiet)) {
		if (b.failed) {
			fprintf(stderr, "\nFailed inputs:\n");
			for (size_t i = 0; i < cli->n_inputs; i++)
				if (b.failures[i].input)
					fprintf(stderr, "  %s\n", b.failures[i].input);
		}
		fprintf(stderr, "%zu converted, %zu failed (of %zu)\n", cli->n_inputs - b.failed,
			b.failed, cli->n_inputs);
	}
	for (size_t i = 0; i < cli->n_inputs; i++)
		free(b.failures[i].message);
	free(b.failures);
	free(b.skip);
	return b.failed || combine_failed ? 1 : 0;
}
