/*
 * batch.c — runs gw_convert_one over the inputs.  With -j N > 1 each input
 * is converted in a forked child (at most N at once).  The shared set-up
 * (gw_convert_begin: fonts) is done once in the parent, so children inherit
 * it.  A child sends its messages back through a pipe; the parent prints
 * each input's messages whole and in the order of the inputs (so -j 1 and
 * -j 4 print the same lines), each ending in the line naming what it
 * wrote.  Every message goes to stderr: stdout carries only a document
 * (`gwexport -f pdf - > out.pdf`).
 *
 * What concerns every input (a missing -o directory, a bad layout, a
 * terminal as stdout) is checked once before any work and said once
 * (exit 2).  SIGINT/SIGTERM stop the batch between inputs: running workers
 * are ended, what finished is kept and listed, and the last line says how
 * far it got (exit 128 + the signal).
 */
#include "batch.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "convert.h"
#include "model/buf.h"
#include "model/i18n.h"
#include "page/layout.h"

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
	int n = line ? snprintf(buf, sizeof buf, _("%s:%zu: warning: %s\n"), file, line, msg)
		     : snprintf(buf, sizeof buf, _("%s: warning: %s\n"), file, msg);
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

/* The name an input goes by in messages: escaped, "<stdin>" for -. */
static void display_name(const char *input, char *name, size_t size)
{
	gw_diag_escape(strcmp(input, "-") ? input : "<stdin>", name, size);
}

/* "a.txt: wrote out/a.pdf, out/a.xlsx, out/a.zip", the line a clerk reads
 * to find the files; "<stdin>: wrote pdf to standard output" for -f pdf -. */
static void add_written(gw_buf *out, const char *input, const gw_cli *cli)
{
	char name[1024], path[PATH_MAX], shown[PATH_MAX];
	display_name(input, name, sizeof name);
	bool to_stdout = strcmp(input, "-") == 0 && cli->stdin_to_stdout;
	gw_buf list;
	gw_buf_init(&list, MSG_MAX);
	for (size_t i = 0; i < gw_n_writers; i++) {
		if (!(cli->formats & (1u << i)))
			continue;
		if (to_stdout) {
			gw_buf_adds(&list, gw_writers[i].name);
			continue;
		}
		if (gw_convert_output_path(input, cli, i, path, sizeof path) != 0)
			continue;
		/* "./a.pdf" is shown as the "a.pdf" the user typed the input like */
		gw_diag_escape(strncmp(path, "./", 2) ? path : path + 2, shown, sizeof shown);
		gw_buf_addf(&list, "%s%s", list.len ? _(", ") : "", shown);
	}
	if (to_stdout)
		gw_buf_addf(out, _("%s: wrote %s to standard output\n"), name, list.p ? list.p : "");
	else
		gw_buf_addf(out, _("%s: wrote %s\n"), name, list.p ? list.p : "");
	gw_buf_free(&list);
}

/* Converts one input; its messages (warnings, error, what it wrote) end
 * up in out. */
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
	} else if (cli->report_written) {
		add_written(out, input, cli);
	}
	if (cli->timings)
		print_timings(input, &t);
	return st;
}

/* ---- stopping: SIGINT (Ctrl-C) and SIGTERM ------------------------------ */

/* The program's one mutable static, and why there must be one: a signal
 * handler gets no argument through which it could reach the batch, and
 * all it may portably do is store to a volatile sig_atomic_t (C11 7.14.1.1
 * paragraph 5).  It holds the signal that asked the batch to stop, or 0;
 * the batch loops read it between inputs.  gw_batch_run clears it,
 * installs the handler for its run only and puts the old ones back. */
static volatile sig_atomic_t stop_signal;

static const int stop_signals[] = {SIGINT, SIGTERM};
#define N_STOP_SIGNALS (sizeof stop_signals / sizeof stop_signals[0])

static void on_stop(int sig)
{
	stop_signal = sig;
}

/* In-process (-j 1) the input in progress is finished before the batch
 * stops, so a second Ctrl-C ends the process at once (SA_RESETHAND)
 * rather than wait for a long one; outfile.c keeps its outputs whole even
 * then.  With workers nothing is waited for: they are ended.  A signal
 * ignored when we started (nohup, `cmd &` in a script) stays ignored. */
static void catch_stop(struct sigaction old[N_STOP_SIGNALS], bool in_process)
{
	stop_signal = 0;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = in_process ? SA_RESETHAND : 0;
	for (size_t k = 0; k < N_STOP_SIGNALS; k++) {
		sigaction(stop_signals[k], NULL, &old[k]);
		if (old[k].sa_handler != SIG_IGN)
			sigaction(stop_signals[k], &sa, NULL);
	}
}

static void restore_stop(const struct sigaction old[N_STOP_SIGNALS])
{
	for (size_t k = 0; k < N_STOP_SIGNALS; k++)
		sigaction(stop_signals[k], &old[k], NULL);
}

static void stop_set(sigset_t *set)
{
	sigemptyset(set);
	for (size_t k = 0; k < N_STOP_SIGNALS; k++)
		sigaddset(set, stop_signals[k]);
}

static bool is_stop_signal(int sig)
{
	for (size_t k = 0; k < N_STOP_SIGNALS; k++)
		if (stop_signals[k] == sig)
			return true;
	return false;
}

/* Blocks (SIG_BLOCK) or unblocks the stop signals.  The -j N parent keeps
 * them blocked but in ppoll, so a stop always wakes it (no window between
 * testing stop_signal and waiting), and a worker has its own dispositions
 * before a stop can reach it. */
static void mask_stop(int how, sigset_t *old)
{
	sigset_t set;
	stop_set(&set);
	sigprocmask(how, &set, old);
}

/* Set, or still held back by the -j N parent's mask (a Ctrl-C reaches
 * the workers and the parent together; the parent may see a worker's end
 * before its handler has run). */
static bool stop_requested(void)
{
	sigset_t pending;
	if (stop_signal)
		return true;
	sigpending(&pending);
	for (size_t k = 0; k < N_STOP_SIGNALS; k++)
		if (sigismember(&pending, stop_signals[k]))
			return true;
	return false;
}

/* How long the -j N parent waits for its own stop signal once a worker
 * has died of one. */
#define STOP_GRACE_NS 200000000L

/* Whether a worker that died of SIGINT/SIGTERM was ended by a stop of the
 * batch.  A Ctrl-C or `kill -TERM -PGID` queues the parent's signal before
 * any worker of the group can be reaped (one kernel call signals them
 * all), but a sender going one process at a time (systemd's
 * KillMode=control-group, `kill PID PID…`) may end the workers first: the
 * parent's own signal is then a moment away, so it is waited for briefly.
 * The stop signals are blocked here (run_workers), so sigtimedwait takes
 * it where the handler would have; it is kept the same way. */
static bool stopped_by_batch_stop(void)
{
	if (stop_requested())
		return true;
	sigset_t set;
	stop_set(&set);
	const struct timespec grace = {0, STOP_GRACE_NS};
	int sig;
	while ((sig = sigtimedwait(&set, NULL, &grace)) < 0 && errno == EINTR)
		;
	if (sig > 0)
		stop_signal = sig;
	return sig > 0;
}

struct worker {
	pid_t pid;
	int fd;
	size_t input;
	gw_buf msg;
};

/* One input's end: kept until every input before it is printed. */
struct outcome {
	bool finished;
	gw_status st;
	char *message;          /* its messages; NULL once printed, unless it failed */
};

struct batch {
	const gw_cli *cli;
	gw_convert *conv;       /* shared set-up (fonts), made once, inherited by workers */
	size_t done, failed;
	size_t printed;         /* outcomes[0..printed) are on stderr */
	struct outcome *outcomes;
	unsigned char *skip;   /* inputs already failed by refuse_clashes */
	struct worker *workers; /* -j N: the running children (run_parallel) */
	size_t n_workers;
	struct pollfd *polls;
	int progress;
	struct sigaction old_stop[N_STOP_SIGNALS];  /* as we found them; a worker's own */
};

static void progress(struct batch *b, const char *input)
{
	if (!b->progress)
		return;
	char name[1024];
	display_name(input, name, sizeof name);
	fprintf(stderr, "\r\033[K[%zu/%zu] %s", b->done, b->cli->n_inputs, name);
	if (b->done == b->cli->n_inputs)
		fputc('\n', stderr);
	fflush(stderr);
}

/* A failure's message is kept for --combine's list of failed inputs. */
static void print_message(struct batch *b, struct outcome *o)
{
	if (o->message && o->message[0]) {
		if (b->progress)
			fputs("\r\033[K", stderr);
		fputs(o->message, stderr);
	}
	if (o->st == GW_OK) {
		free(o->message);
		o->message = NULL;
	}
}

/* Prints the finished outcomes that no unfinished input precedes. */
static void print_in_order(struct batch *b)
{
	while (b->printed < b->cli->n_inputs && b->outcomes[b->printed].finished)
		print_message(b, &b->outcomes[b->printed++]);
}

static void record(struct batch *b, size_t i, gw_status st, gw_buf *m)
{
	b->done++;
	if (st)
		b->failed++;
	struct outcome *o = &b->outcomes[i];
	o->finished = true;
	o->st = st;
	o->message = gw_buf_take(m, NULL);
	gw_buf_free(m);
	print_in_order(b);
	progress(b, b->cli->inputs[i]);
}

static void run_serial(struct batch *b)
{
	for (size_t i = 0; i < b->cli->n_inputs && !stop_signal; i++) {
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
		free(b->outcomes[i].message);
	free(b->workers);
	free(b->polls);
	free(b->outcomes);
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
		 * catches a parent that died before prctl took effect.  Ctrl-C
		 * or the parent's SIGTERM ends a worker at once (no handler). */
		restore_stop(b->old_stop);
		mask_stop(SIG_UNBLOCK, NULL);
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

/* A worker that died of a signal other than the batch's stop: a crash, or
 * a stop signal sent to that worker alone (its input is failed, not the
 * batch stopped; converting it again is all it needs). */
static gw_status ended_by_signal(struct worker *w, int sig)
{
	char line[256];
	int len = is_stop_signal(sig)
			  ? snprintf(line, sizeof line,
				     _("gwexport: the conversion was stopped from outside gwexport (signal %d) "
				       "before it finished; convert this input again\n"),
				     sig)
			  : snprintf(line, sizeof line,
				     _("gwexport: internal error: the conversion crashed (signal %d); please "
				       "report it with the input file\n"),
				     sig);
	gw_buf_add(&w->msg, line, len > 0 && (size_t)len < sizeof line ? (size_t)len : 0);
	return is_stop_signal(sig) ? GW_E_IO : GW_E_INTERNAL;
}

/* Reads what a worker says until its pipe closes, then reaps it.
 * *stopped: the batch's stop ended it, so its input is neither converted
 * nor failed. */
static gw_status finish(struct worker *w, bool *stopped)
{
	*stopped = false;
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
	if (WIFSIGNALED(status) && is_stop_signal(WTERMSIG(status)) && stopped_by_batch_stop()) {
		*stopped = true;
		return GW_OK;
	}
	if (WIFSIGNALED(status))
		return ended_by_signal(w, WTERMSIG(status));
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? GW_OK : GW_E_IO;
}

/* A worker that is done: its input recorded, unless a stop ended it. */
static void reap(struct batch *b, struct worker *w)
{
	bool stopped;
	gw_status st = finish(w, &stopped);
	if (stopped)
		gw_buf_free(&w->msg);
	else
		record(b, w->input, st, &w->msg);
}

/* Ends the running workers (a Ctrl-C on the terminal has usually ended
 * them already) and reaps them: one that finished first is recorded. */
static void stop_running(struct batch *b, struct worker *ws, size_t running)
{
	for (size_t k = 0; k < running; k++)
		kill(ws[k].pid, SIGTERM);
	for (size_t k = 0; k < running; k++) {
		reap(b, &ws[k]);
		memset(&ws[k], 0, sizeof ws[k]);
	}
}

/* Takes in what the workers poll found ready have said; reaps and records
 * those that are done (their slots are filled from the end). */
static void collect_ready(struct batch *b, struct worker *ws, struct pollfd *pf, size_t *running)
{
	for (size_t k = 0; k < *running; k++) {
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
		reap(b, &ws[k]);
		ws[k] = ws[--*running];
		memset(&ws[*running], 0, sizeof ws[*running]);  /* no stale copy */
		pf[k] = pf[*running];
		k--;  /* wraps for k == 0; the loop's k++ brings it back */
	}
}

/* Starts workers up to jobs; returns the next input to start. */
static size_t spawn_more(struct batch *b, struct worker *ws, size_t jobs, size_t next, size_t *running)
{
	for (;;) {
		while (next < b->cli->n_inputs && b->skip[next])
			next++;
		if (*running >= jobs || next >= b->cli->n_inputs || spawn(b, next, &ws[*running]) != 0)
			return next;
		next++;
		++*running;
	}
}

static void run_workers(struct batch *b, struct worker *ws, struct pollfd *pf, size_t jobs)
{
	sigset_t waiting;  /* the mask ppoll waits with: stop signals let through */
	mask_stop(SIG_BLOCK, &waiting);
	size_t next = 0, running = 0;
	while (!stop_signal) {
		next = spawn_more(b, ws, jobs, next, &running);
		if (running == 0 && next >= b->cli->n_inputs)
			break;
		if (running == 0) {  /* fork failed: this one in-process */
			gw_buf m;
			gw_buf_init(&m, MSG_MAX);
			sigprocmask(SIG_SETMASK, &waiting, NULL);
			gw_status st = convert_collect(b->conv, next, b->cli, &m);
			mask_stop(SIG_BLOCK, NULL);
			record(b, next++, st, &m);
			continue;
		}
		for (size_t k = 0; k < running; k++)
			pf[k] = (struct pollfd){.fd = ws[k].fd, .events = POLLIN};
		if (ppoll(pf, running, NULL, &waiting) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		collect_ready(b, ws, pf, &running);
	}
	stop_running(b, ws, running);  /* after a stop, or a failed ppoll */
	sigprocmask(SIG_SETMASK, &waiting, NULL);
}

static void run_parallel(struct batch *b, size_t jobs)
{
	struct worker *ws = b->workers = calloc(jobs, sizeof *ws);
	b->n_workers = jobs;
	struct pollfd *pf = b->polls = calloc(jobs, sizeof *pf);
	if (ws && pf)
		run_workers(b, ws, pf, jobs);
	free(ws);
	free(pf);
	b->workers = NULL;
	b->polls = NULL;
	if (!ws || !pf)
		run_serial(b);
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
		char line[PATH_MAX * 3], name[PATH_MAX], other[PATH_MAX], key[PATH_MAX];
		display_name(b->cli->inputs[k[i].input], name, sizeof name);
		display_name(b->cli->inputs[k[first].input], other, sizeof other);
		gw_diag_escape(k[i].key, key, sizeof key);
		int len = snprintf(line, sizeof line,
				   _("gwexport: %s: its outputs would replace those of %s (both are %s.*)\n"
				     "  hint: convert one of them into another directory with -o, or rename it\n"),
				   name, other, key);
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

/* ---- what concerns every input: checked once, before any work ---------- */

/* The -o directory: there, a directory, and one we may write in. */
static gw_status check_out_dir(const char *dir, gw_diag *d)
{
	struct stat st;
	if (stat(dir, &st) != 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "create it first or choose another with -o",
			       "output directory '%s' does not exist", dir);
	if (!S_ISDIR(st.st_mode))
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "give a directory with -o",
			       "output directory '%s' is a file, not a directory", dir);
	if (access(dir, W_OK | X_OK) != 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "choose a directory you can write to with -o",
			       "cannot create a file in '%s': %s", dir, strerror(errno));
	return GW_OK;
}

/* Whether the run draws pages (PDF, OFD, or the bundle holding them): the
 * writers with a batch set-up (their fonts) are those.  Without them a
 * layout that cannot be read is no error: -f xlsx,json then has no page
 * numbers (tests/e2e/xlsx-page.sh). */
static bool draws_pages(const gw_cli *cli)
{
	uint32_t run = gw_convert_writers(cli->formats);
	for (size_t i = 0; i < gw_n_writers; i++)
		if ((run & (1u << i)) && gw_writers[i].prepare)
			return true;
	return false;
}

/* Problems of the command itself, which every input would meet: a
 * terminal as the standard output a document is to go to, the -o
 * directory, the -l layout.  Each is said once instead of once per input,
 * and nothing is converted. */
static gw_status check_command(const gw_cli *cli, gw_diag *d)
{
	if (cli->stdin_to_stdout && isatty(STDOUT_FILENO))
		return gw_fail(d, GW_E_USAGE, 0, GW_NO_BYTE,
			       "redirect it to a file (gwexport -f pdf - > report.pdf), or give -o DIR to write "
			       "stdin.* there",
			       "standard output is a terminal: not writing a document there");
	if (cli->out_dir) {
		gw_status st = check_out_dir(cli->out_dir, d);
		if (st)
			return st;
	}
	if (cli->layout && draws_pages(cli)) {
		char data[PATH_MAX], layouts[PATH_MAX + 16];
		gw_data_dir(data, sizeof data);
		snprintf(layouts, sizeof layouts, "%s/layouts", data);
		gw_layout layout;
		return gw_layout_load(cli->layout, layouts, &layout, d);
	}
	return GW_OK;
}

static int refuse_command(const gw_cli *cli)
{
	gw_diag d = {0};
	if (check_command(cli, &d) == GW_OK)
		return 0;
	char buf[4096];
	gw_diag_format(&d, buf, sizeof buf);
	fprintf(stderr, "gwexport: %s\n", buf);
	return 2;  /* a usage error: nothing was tried */
}

/* ---- the end of a batch ------------------------------------------------- */

static void print_failed(const struct batch *b)
{
	if (!b->failed)
		return;
	fputs(_("\nFailed inputs:\n"), stderr);
	for (size_t i = 0; i < b->cli->n_inputs; i++)
		if (b->outcomes[i].finished && b->outcomes[i].st) {
			char name[1024];
			display_name(b->cli->inputs[i], name, sizeof name);
			fprintf(stderr, "  %s\n", name);
		}
}

/* After a stop: what finished after an input that did not is printed too,
 * then how far the batch got.  Returns the exit code, 128 + the signal as
 * a shell reports a process the signal ended. */
static int print_stopped(struct batch *b, int sig)
{
	for (size_t i = b->printed; i < b->cli->n_inputs; i++)
		if (b->outcomes[i].finished)
			print_message(b, &b->outcomes[i]);
	if (b->progress)
		fputs("\r\033[K", stderr);
	print_failed(b);
	fprintf(stderr, _("interrupted: %zu of %zu done\n"), b->done, b->cli->n_inputs);
	return 128 + sig;
}

static void print_summary(const struct batch *b)
{
	const gw_cli *cli = b->cli;
	if (cli->n_inputs <= 1 || (!b->failed && cli->quiet))
		return;
	print_failed(b);
	fprintf(stderr, _("%zu converted, %zu failed (of %zu)\n"), cli->n_inputs - b->failed, b->failed,
		cli->n_inputs);
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
			const char *m = b->outcomes[i].message;
			if (!b->outcomes[i].finished || !b->outcomes[i].st)
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
	int refused = refuse_command(cli);
	if (refused)
		return refused;
	struct batch b = {.cli = cli};
	b.outcomes = calloc(cli->n_inputs, sizeof *b.outcomes);
	b.skip = calloc(cli->n_inputs, 1);
	if (!b.outcomes || !b.skip) {
		free(b.outcomes);
		free(b.skip);
		fputs(_("gwexport: out of memory\n"), stderr);
		return 1;
	}
	b.progress = cli->n_inputs > 1 && !cli->quiet && isatty(STDERR_FILENO);
	size_t jobs = (size_t)cli->jobs;
	if (jobs > cli->n_inputs)
		jobs = cli->n_inputs;
	if (cli->n_inputs > 1)
		refuse_clashes(&b, b.skip);
	if (begin(&b) != GW_OK) {
		free(b.outcomes);
		free(b.skip);
		return 1;
	}
	catch_stop(b.old_stop, jobs <= 1);
	if (jobs > 1)
		run_parallel(&b, jobs);
	else
		run_serial(&b);
	restore_stop(b.old_stop);
	int sig = stop_signal;
	bool stopped = sig && b.done < cli->n_inputs;
	/* a stopped batch has no workbook of the whole batch to combine */
	int combine_failed = cli->combine && !stopped ? combine(&b) : 0;
	gw_convert_end(b.conv);
	int rc = b.failed || combine_failed ? 1 : 0;
	if (stopped)
		rc = print_stopped(&b, sig);
	else
		print_summary(&b);
	for (size_t i = 0; i < cli->n_inputs; i++)
		free(b.outcomes[i].message);
	free(b.outcomes);
	free(b.skip);
	return rc;
}
