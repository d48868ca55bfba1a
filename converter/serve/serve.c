/*
 * serve.c — `gwexport serve`: the HTTP side (libmicrohttpd, a thread per
 * connection so a slow client holds only its own thread).  Routes: GET of
 * the embedded page, POST /api/convert (one document), POST /api/combine
 * (up to 20: their combined workbook).  Admission is bounded twice: at
 * most `queue` requests in the house (else 503 + Retry-After), of which at
 * most `max_jobs` convert at once (a semaphore); the rest wait their turn.
 */
#include <errno.h>
#include <microhttpd.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../model/buf.h"
#include "../model/i18n.h"
#include "../write/writers.h"
#include "serve.h"
#include "serve_int.h"

enum { MULTIPART_SLACK = 64 * 1024, POST_BUFFER = 64 * 1024, RETRY_AFTER_SECONDS = 5 };

static const char csp[] =
	"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
	"connect-src 'self'; frame-src 'self' blob:; object-src 'self' blob:; base-uri 'none'; "
	"form-action 'none'; frame-ancestors 'none'";

typedef struct gw_server {
	gw_serve_opts opts;
	/* The server's own language when its environment's LANGUAGE chose it,
	 * as an Accept-Language value ("en_US,en,en"); "" when its locale's
	 * LC_MESSAGES alone does (settle_language). */
	char language[256];
	atomic_uint admitted;
	sem_t converting;
} gw_server;

/* One POST /api/convert or /api/combine, from its headers to the
 * completion callback. */
typedef struct gw_request {
	gw_server *srv;
	struct MHD_PostProcessor *pp;
	int writer;                 /* ?format=; -1: the JSON summary */
	gw_upload files[GW_SERVE_MAX_FILES];
	bool combine;               /* /api/combine: the combined workbook of every file */
	size_t max_files;           /* 1 for /api/convert */
	size_t n_files, total;      /* total: bytes of every file */
	char layout[32];
	char sets[GW_SERVE_MAX_SETS][GW_SERVE_SET_MAX]; /* 版头/版记 fields, KEY=VALUE */
	size_t n_sets;
	const char *over;           /* the cap the upload passed: its message, or NULL */
	unsigned over_status;
	bool bad_field;
	bool released;              /* its place in the queue is given back */
} gw_request;

static const char *const msg_too_big = N_("the document is larger than 16 MB");
static const char *const msg_too_big_all = N_("the documents of one request are larger than 32 MB together");
static const char *const msg_too_many = N_("too many documents in one request: at most 20");
static const char *const msg_one_file =
	N_("send exactly one document as field 'file' (optionally 'layout', and 'set' fields KEY=VALUE of "
	   "at most 511 bytes, 16 at most)");
static const char *const msg_busy = N_("the server is busy; try again in a few seconds");
static const char *const msg_some_files =
	N_("send 1 to 20 documents as fields 'file' (optionally 'layout', and 'set' fields KEY=VALUE)");

static void add_safety_headers(struct MHD_Response *r)
{
	MHD_add_response_header(r, "Content-Security-Policy", csp);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(r, "Cache-Control", "no-store");
}

/* RFC 6266/5987: an ASCII fallback and the UTF-8 name percent-encoded. */
static void content_disposition(const char *name, char *out, size_t size)
{
	char ascii[256], enc[800];
	size_t a = 0, e = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p && a + 1 < sizeof ascii; p++)
		ascii[a++] = (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\' && *p != '%') ? (char)*p : '_';
	ascii[a] = '\0';
	for (const unsigned char *p = (const unsigned char *)name; *p && e + 4 < sizeof enc; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-._~", *p))
			enc[e++] = (char)*p;
		else
			e += (size_t)snprintf(enc + e, sizeof enc - e, "%%%02X", *p);
	}
	enc[e] = '\0';
	snprintf(out, size, "attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii, enc);
}

/* Sends a; takes its body. */
static enum MHD_Result send_answer(struct MHD_Connection *c, gw_answer *a)
{
	struct MHD_Response *r = MHD_create_response_from_buffer(a->len, a->body, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		gw_answer_free(a);
		return MHD_NO;
	}
	a->body = NULL;
	add_safety_headers(r);
	MHD_add_response_header(r, "Content-Type", a->content_type);
	if (a->filename) {
		char cd[1200];
		content_disposition(a->filename, cd, sizeof cd);
		MHD_add_response_header(r, "Content-Disposition", cd);
	}
	if (a->status == MHD_HTTP_SERVICE_UNAVAILABLE) {
		char s[16];
		snprintf(s, sizeof s, "%d", RETRY_AFTER_SECONDS);
		MHD_add_response_header(r, "Retry-After", s);
	}
	enum MHD_Result ok = MHD_queue_response(c, a->status, r);
	MHD_destroy_response(r);
	gw_answer_free(a);
	return ok;
}

/* message: an English literal (marked N_), sent in the request's language
 * (on_request). */
static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status, const char *message)
{
	gw_answer a;
	gw_answer_error(&a, status, _(message));
	return send_answer(c, &a);
}

static enum MHD_Result send_asset(struct MHD_Connection *c, const char *url)
{
	const char *path = strcmp(url, "/") == 0 ? "/index.html" : url;
	for (size_t i = 0; i < gw_n_assets; i++) {
		if (strcmp(gw_assets[i].path, path) != 0)
			continue;
		struct MHD_Response *r = MHD_create_response_from_buffer(
			gw_assets[i].len, (void *)gw_assets[i].data, MHD_RESPMEM_PERSISTENT);
		if (!r)
			return MHD_NO;
		add_safety_headers(r);
		MHD_add_response_header(r, "Content-Type", gw_assets[i].content_type);
		enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, r);
		MHD_destroy_response(r);
		return ok;
	}
	return send_error(c, MHD_HTTP_NOT_FOUND, N_("no such page"));
}

/* Appends to the last file; past a cap it flags the request and stops. */
static int append_file(gw_request *rq, const char *data, size_t size)
{
	gw_upload *f = &rq->files[rq->n_files - 1];
	if (size == 0)
		return 0;  /* an empty file has no buffer: memcpy(NULL, …, 0) is undefined */
	if (f->len + size > GW_SERVE_MAX_UPLOAD || rq->total + size > GW_SERVE_MAX_REQUEST) {
		rq->over = f->len + size > GW_SERVE_MAX_UPLOAD ? msg_too_big : msg_too_big_all;
		rq->over_status = MHD_HTTP_CONTENT_TOO_LARGE;
		return -1;
	}
	if (GW_ARRAY_GROW(f->data, f->cap, f->len + size, GW_SERVE_MAX_UPLOAD) != GW_OK)
		return -1;
	memcpy(f->data + f->len, data, size);
	f->len += size;
	rq->total += size;
	return 0;
}

/* A new 'file' field: one more document, if the request may have it. */
static int start_file(gw_request *rq, const char *filename)
{
	if (rq->n_files == rq->max_files) {
		rq->over = rq->max_files == 1 ? msg_one_file : msg_too_many;
		rq->over_status = rq->max_files == 1 ? MHD_HTTP_BAD_REQUEST : MHD_HTTP_CONTENT_TOO_LARGE;
		return -1;
	}
	gw_upload *f = &rq->files[rq->n_files++];
	if (!filename || strlen(filename) >= sizeof f->name)
		rq->bad_field = true;
	else
		strcpy(f->name, filename);
	return 0;
}

static void append_small(char *buf, size_t cap, const char *data, size_t size, bool *bad)
{
	size_t have = strlen(buf);
	if (have + size >= cap) {
		*bad = true;
		return;
	}
	memcpy(buf + have, data, size);
	buf[have + size] = '\0';
}

static enum MHD_Result on_field(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
				const char *type, const char *encoding, const char *data, uint64_t off, size_t size)
{
	(void)kind, (void)type, (void)encoding;
	gw_request *rq = cls;
	if (strcmp(key, "layout") == 0) {
		append_small(rq->layout, sizeof rq->layout, data, size, &rq->bad_field);
		return MHD_YES;
	}
	if (strcmp(key, "set") == 0) {
		if (off == 0 && rq->n_sets == GW_SERVE_MAX_SETS)
			rq->bad_field = true;
		else
			append_small(rq->sets[off == 0 ? rq->n_sets++ : rq->n_sets - 1], GW_SERVE_SET_MAX, data,
				     size, &rq->bad_field);
		return MHD_YES;
	}
	if (strcmp(key, "file") != 0)
		return MHD_YES; /* fields the server does not know yet are ignored */
	if ((off == 0 || rq->n_files == 0) && start_file(rq, filename) != 0)
		return MHD_NO;
	return append_file(rq, data, size) == 0 ? MHD_YES : MHD_NO;
}

/* Checks the headers of a POST /api/convert or (combine) /api/combine;
 * NULL and an answer queued when refused. */
static enum MHD_Result start_convert(gw_server *srv, struct MHD_Connection *c, void **con_cls, bool combine)
{
	const char *token = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Gwexport-Token");
	if (!gw_serve_token_ok(&srv->opts, token))
		return send_error(c, MHD_HTTP_UNAUTHORIZED, N_("missing or wrong access token (header X-Gwexport-Token)"));
	const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (length && strtoull(length, NULL, 10) > GW_SERVE_MAX_REQUEST + MULTIPART_SLACK)
		return send_error(c, MHD_HTTP_CONTENT_TOO_LARGE, msg_too_big_all);
	const char *format = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "format");
	int writer = format ? gw_writer_index(format, strlen(format)) : -1;
	if (format && writer < 0)
		return send_error(c, MHD_HTTP_BAD_REQUEST, N_("unknown format: use pdf, ofd, xlsx, zip or json"));
	if (atomic_fetch_add(&srv->admitted, 1) >= srv->opts.queue) {
		atomic_fetch_sub(&srv->admitted, 1);
		return send_error(c, MHD_HTTP_SERVICE_UNAVAILABLE, msg_busy);
	}
	gw_request *rq = calloc(1, sizeof *rq);
	if (!rq) {
		atomic_fetch_sub(&srv->admitted, 1);
		return MHD_NO;
	}
	*rq = (gw_request){.srv = srv, .writer = writer, .combine = combine,
			   .max_files = combine ? GW_SERVE_MAX_FILES : 1};
	*con_cls = rq; /* from here the completion callback frees it */
	rq->pp = MHD_create_post_processor(c, POST_BUFFER, on_field, rq);
	if (!rq->pp)
		return send_error(c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
				  N_("send the document as multipart/form-data, field 'file'"));
	return MHD_YES;
}

/* A name the CLI can be given as is: no path, no control characters, and
 * a .txt or .docx extension; NULL when it is fine. */
static const char *name_problem(const char *name)
{
	if (!name[0] || name[0] == '.' || strpbrk(name, "/\\"))
		return N_("the file name is missing or is a path");
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return N_("the file name has control characters");
	const char *dot = strrchr(name, '.');
	if (!dot || (strcasecmp(dot, ".txt") != 0 && strcasecmp(dot, ".docx") != 0))
		return "only .txt and .docx files can be converted";
	return NULL;
}

/* Converts once a conversion slot is free (waits at most the job time). */
static void convert_when_free(gw_request *rq, const gw_job *job, gw_answer *a)
{
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += rq->srv->opts.job_seconds;
	int got;
	while ((got = sem_timedwait(&rq->srv->converting, &until)) != 0 && errno == EINTR)
		;
	if (got != 0) {
		gw_answer_error(a, MHD_HTTP_SERVICE_UNAVAILABLE, _(msg_busy));
		return;
	}
	gw_job_run(job, a);
	sem_post(&rq->srv->converting);
}

/* The first problem of the uploaded files' names, with its status; NULL
 * when none. */
static const char *names_problem(const gw_request *rq, unsigned *status)
{
	for (size_t i = 0; i < rq->n_files; i++) {
		const char *problem = name_problem(rq->files[i].name);
		*status = MHD_HTTP_UNSUPPORTED_MEDIA_TYPE;
		if (problem)
			return problem;
		*status = MHD_HTTP_BAD_REQUEST;
		for (size_t j = 0; j < i; j++)
			if (strcmp(rq->files[i].name, rq->files[j].name) == 0)
				return N_("two documents of the request have the same file name");
	}
	return NULL;
}

/* What is wrong with the request as uploaded: a status and a message, or
 * 0 when it may be converted. */
static unsigned request_problem(const gw_request *rq, const char **message)
{
	if (rq->over) {
		*message = rq->over;
		return rq->over_status;
	}
	if (rq->n_files == 0 || rq->bad_field) {
		*message = rq->combine ? msg_some_files : msg_one_file;
		return MHD_HTTP_BAD_REQUEST;
	}
	unsigned status = 0;
	*message = names_problem(rq, &status);
	if (*message)
		return status;
	if (rq->layout[0] && strspn(rq->layout, "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(rq->layout)) {
		*message = N_("layout must be the name of a layout, such as gbt9704");
		return MHD_HTTP_BAD_REQUEST;
	}
	return 0;
}

/* Gives the request's place in the queue back, and its uploads.  Done as
 * soon as the answer is made, not when it has been sent: a client that
 * posts again right after reading an answer would otherwise find its
 * old place still taken (8 clients on --queue 8 got 22 × 503 in 200). */
static void release(gw_request *rq)
{
	if (rq->released)
		return;
	rq->released = true;
	for (size_t i = 0; i < rq->n_files; i++) {
		free(rq->files[i].data);
		rq->files[i] = (gw_upload){0};
	}
	atomic_fetch_sub(&rq->srv->admitted, 1);
}

static enum MHD_Result finish_convert(gw_request *rq, struct MHD_Connection *c)
{
	const char *problem = NULL;
	unsigned status = request_problem(rq, &problem);
	gw_answer a;
	if (status) {
		gw_answer_error(&a, status, _(problem));
	} else {
		gw_job job = {.files = rq->files, .n_files = rq->n_files,
			      .layout = rq->layout[0] ? rq->layout : NULL,
			      .sets = (const char(*)[GW_SERVE_SET_MAX])rq->sets, .n_sets = rq->n_sets,
			      .writer = rq->writer, .combine = rq->combine,
			      .seconds = rq->srv->opts.job_seconds,
			      .accept_language = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Language"),
			      .server_language = rq->srv->language[0] ? rq->srv->language : NULL};
		convert_when_free(rq, &job, &a);
	}
	release(rq);
	return send_answer(c, &a);
}

static enum MHD_Result route(gw_server *srv, struct MHD_Connection *c, const char *url, const char *method,
			     void **con_cls)
{
	if (strcmp(url, "/api/convert") == 0)
		return strcmp(method, "POST") == 0
			       ? start_convert(srv, c, con_cls, false)
			       : send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, N_("use POST for /api/convert"));
	if (strcmp(url, "/api/combine") == 0)
		return strcmp(method, "POST") == 0
			       ? start_convert(srv, c, con_cls, true)
			       : send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, N_("use POST for /api/combine"));
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, N_("only GET here"));
	return send_asset(c, url);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
				  const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
	(void)version;
	gw_request *rq = *con_cls;
	if (rq && *upload_size > 0) {
		/* Past a cap the rest of the body is read and dropped, so that the
		 * client sees the answer instead of a reset connection. */
		if (!rq->over && MHD_post_process(rq->pp, upload, *upload_size) != MHD_YES && !rq->over)
			rq->bad_field = true;
		*upload_size = 0;
		return MHD_YES;
	}
	/* The server's own messages in the request's language, as the
	 * conversion's are: this thread's locale while it answers.  None we
	 * have (or no memory for it): the server's language. */
	locale_t lang = gw_i18n_locale(MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Language"));
	locale_t was = lang ? uselocale(lang) : (locale_t)0;
	enum MHD_Result done = rq ? finish_convert(rq, c) : route(cls, c, url, method, con_cls);
	if (lang) {
		uselocale(was);
		freelocale(lang);
	}
	return done;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode why)
{
	(void)cls, (void)c, (void)why;
	gw_request *rq = *con_cls;
	if (!rq)
		return;
	release(rq);
	if (rq->pp)
		MHD_destroy_post_processor(rq->pp);
	free(rq);
	*con_cls = NULL;
}

static struct MHD_Daemon *start_daemon(gw_server *srv)
{
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG;
	if (srv->opts.addr.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	return MHD_start_daemon(flags, 0, NULL, NULL, on_request, srv, MHD_OPTION_SOCK_ADDR,
				(struct sockaddr *)&srv->opts.addr, MHD_OPTION_CONNECTION_TIMEOUT,
				(unsigned int)srv->opts.client_seconds, MHD_OPTION_CONNECTION_LIMIT,
				(unsigned int)(srv->opts.queue * 4 + 16), MHD_OPTION_NOTIFY_COMPLETED, on_completed,
				srv, MHD_OPTION_END);
}

/* "http://HOST:PORT/" with the port the system picked for port 0. */
static void print_address(const gw_server *srv, struct MHD_Daemon *d)
{
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	char host[300];
	snprintf(host, sizeof host, "%s", srv->opts.listen);
	char *colon = strrchr(host, ':');
	if (colon)
		*colon = '\0';
	printf("gwexport serve: http://%s:%u/ %s\n", host, info ? (unsigned)info->port : 0u, _("(Ctrl-C stops)"));
	fflush(stdout);
}

/* Serves until SIGINT or SIGTERM (blocked in every thread, taken here). */
static int serve_until_signal(gw_server *srv)
{
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	struct MHD_Daemon *d = start_daemon(srv);
	if (!d) {
		fprintf(stderr, _("gwexport serve: cannot listen on %s (address in use, or not this computer's)\n"),
			srv->opts.listen);
		return 1;
	}
	print_address(srv, d);
	int sig = 0;
	sigwait(&stop, &sig);
	MHD_stop_daemon(d);
	return 0;
}

/* glibc's gettext reads LANGUAGE before the thread's LC_MESSAGES (under
 * any LC_MESSAGES but C), so a LANGUAGE=en_US:en in the server's
 * environment answered a Chinese request's errors in English.  Before any
 * thread starts, the variable becomes the server's own language: the first
 * of its languages we have messages for, else English (where gettext, too,
 * finds no catalogue); the process takes it (gw_i18n_use leaves LANGUAGE
 * unset or naming that very language, which a request's thread locale
 * then agrees with), and each conversion child gets it as the language of
 * a request that names none we have.  Under LC_MESSAGES C gettext ignores
 * LANGUAGE: it is only dropped. */
static void settle_language(gw_server *srv)
{
	const char *env = getenv("LANGUAGE");
	const char *messages = setlocale(LC_MESSAGES, NULL);
	if (!env || !*env)
		return;
	if (!messages || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0) {
		unsetenv("LANGUAGE");
		return;
	}
	snprintf(srv->language, sizeof srv->language - 3, "%s", env);  /* room for ",en" */
	for (char *p = srv->language; *p; p++)
		if (*p == ':')
			*p = ',';
	strcat(srv->language, ",en");
	gw_i18n_use(srv->language);
}

int gw_serve_main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], GW_SERVE_JOB_ARG) == 0)
		return gw_serve_job_main(argc, argv);
	gw_server *srv = calloc(1, sizeof *srv);
	if (!srv) {
		fprintf(stderr, "gwexport serve: %s\n", _("out of memory"));
		return 1;
	}
	int rc;
	switch (gw_serve_parse(argc, argv, &srv->opts)) {
	case GW_SERVE_EXIT_OK: rc = 0; break;
	case GW_SERVE_EXIT_USAGE: rc = 2; break;
	default:
		if (sem_init(&srv->converting, 0, srv->opts.max_jobs) != 0) {
			fprintf(stderr, "gwexport serve: %s\n", _("cannot set up the job limit"));
			rc = 1;
			break;
		}
		atomic_init(&srv->admitted, 0);
		settle_language(srv);
		rc = serve_until_signal(srv);
		sem_destroy(&srv->converting);
	}
	free(srv);
	return rc;
}
