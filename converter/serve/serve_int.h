/*
 * serve_int.h — what the parts of `gwexport serve` share: the options
 * (serve_opts.c), one conversion in a child process (serve_job.c), the JSON
 * answer (serve_result.c) and the embedded page (generated serve_assets.c).
 */
#ifndef GW_SERVE_INT_H
#define GW_SERVE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

enum {
	GW_SERVE_MAX_UPLOAD = 16 * 1024 * 1024, /* bytes of one document */
	/* Documents of one request (several go to the combined workbook) and
	 * their bytes together: with the default --queue 8 the uploads held
	 * at once stay under 8 × 32 MB. */
	GW_SERVE_MAX_FILES = 20,
	GW_SERVE_MAX_REQUEST = 32 * 1024 * 1024,
	GW_SERVE_TOKEN_MAX = 512,
	GW_SERVE_MAX_SETS = 16,                 /* 版头/版记 fields (--set) of one request */
	GW_SERVE_SET_MAX = 512,                 /* bytes of one KEY=VALUE */
};

typedef struct gw_serve_opts {
	char listen[300];                 /* HOST:PORT as given */
	struct sockaddr_storage addr;
	socklen_t addr_len;
	char token[GW_SERVE_TOKEN_MAX];   /* from --token-file; "" = none */
	unsigned max_jobs;                /* conversions running at once */
	unsigned queue;                   /* requests admitted at once (uploading, waiting, converting) */
	unsigned job_seconds;             /* wall and CPU limit of one conversion */
	unsigned client_seconds;          /* idle limit of one connection */
} gw_serve_opts;

typedef enum { GW_SERVE_RUN, GW_SERVE_EXIT_OK, GW_SERVE_EXIT_USAGE } gw_serve_parse_result;

/* Parses `serve [options]` (argv[0] = "serve"); prints --help and usage
 * errors itself.  A non-loopback address without a token is a usage error. */
gw_serve_parse_result gw_serve_parse(int argc, char **argv, gw_serve_opts *o);

/* True when no token is set, or given equals it (constant time). */
bool gw_serve_token_ok(const gw_serve_opts *o, const char *given);

/* One uploaded document. */
typedef struct gw_upload {
	char name[256];        /* its file name: checked, no '/', unique in the request */
	char *data;            /* malloc'd */
	size_t len, cap;
} gw_upload;

/* One conversion request. */
typedef struct gw_job {
	const gw_upload *files;
	size_t n_files;        /* 1 .. GW_SERVE_MAX_FILES */
	const char *layout;    /* NULL: default */
	const char (*sets)[GW_SERVE_SET_MAX]; /* KEY=VALUE for --set each */
	size_t n_sets;
	int writer;            /* index into gw_writers; -1: every format + JSON summary */
	bool combine;          /* the combined workbook of every file (writer unused) */
	unsigned seconds;
	const char *accept_language; /* the request's, NULL if none: the messages' language */
	const char *server_language; /* when the request names no language we have, or NULL: the environment's */
} gw_job;

/* The HTTP answer to a job. */
typedef struct gw_answer {
	unsigned status;
	char *body;            /* malloc'd */
	size_t len;
	const char *content_type;
	char *filename;        /* malloc'd download name, or NULL */
} gw_answer;

/* Runs the job in a child process with limits (this program again, by
 * its hidden entry below), in a private temp dir that is removed before
 * returning.  Always fills a (an error answer on failure). */
void gw_job_run(const gw_job *job, gw_answer *a);

/* The hidden entry a job's child runs: `gwexport serve GW_SERVE_JOB_ARG
 * DIR ACCEPT-LANGUAGE SERVER-LANGUAGE gwexport CLI-ARGS…` (argv here from
 * "serve" on) converts DIR/in's files into DIR/out as the CLI run from
 * DIR/in would, its messages in the request's language, else in the
 * server's (either may be "").  Returns the exit code: the
 * CLI's (0, 1, 2), or 3 when it cannot enter DIR/in.  Not for users: no
 * help text lists it. */
#define GW_SERVE_JOB_ARG "--internal-job"
int gw_serve_job_main(int argc, char **argv);

/* A JSON {"error": message} answer. */
void gw_answer_error(gw_answer *a, unsigned status, const char *message);
void gw_answer_free(gw_answer *a);

/* The files a JSON-summary job wrote, as the summary lists them. */
typedef struct gw_output {
	int writer;            /* index into gw_writers */
	char name[256];
	long long bytes;
} gw_output;

/* Builds the JSON summary from the model JSON the job wrote, the CLI's
 * messages (one warning a line) and the outputs.  NULL on a bad model or
 * out of memory. */
char *gw_serve_summary(const char *model_path, const char *messages, const gw_output *outs,
		       size_t n_outs);

/* The page, embedded at build time (converter/serve/web/, serve_assets.sh). */
typedef struct gw_asset {
	const char *path;          /* "/app.js" */
	const char *content_type;
	const unsigned char *data;
	size_t len;
} gw_asset;
extern const gw_asset gw_assets[];
extern const size_t gw_n_assets;

#endif
