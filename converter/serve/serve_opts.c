/*
 * serve_opts.c — `gwexport serve` options: the listen address (loopback
 * unless a token is set), the token file and the limits.
 */
#include <getopt.h>
#include <netdb.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/i18n.h"
#include "serve_int.h"

static const char *const serve_help = N_(
"Usage: gwexport serve [--listen HOST:PORT] [--token-file FILE] [options]\n"
"\n"
"Serves a web page (in Chinese) and an HTTP API that convert .txt and .docx\n"
"reports like the command line does.  Open the printed address in a browser.\n"
"\n"
"Options:\n"
"      --listen HOST:PORT  address to listen on (default 127.0.0.1:8080; port 0\n"
"                          picks a free port); a HOST other than loopback\n"
"                          needs --token-file\n"
"      --token-file FILE   require the token in FILE (first line) as header\n"
"                          X-Gwexport-Token on every API request\n"
"      --max-jobs N        conversions running at once (default 2)\n"
"      --queue N           requests accepted at once, uploading or waiting;\n"
"                          more get 503 with Retry-After (default 8)\n"
"      --job-seconds N     a conversion is stopped after N seconds (default 60)\n"
"      --client-seconds N  an idle connection is closed after N seconds (default 30)\n"
"  -h, --help              print this help and exit\n"
"\n"
"API: POST /api/convert (multipart/form-data: file, optional layout) returns\n"
"JSON; POST /api/convert?format=pdf|ofd|xlsx|zip|json returns that file.\n"
"See the README and gwexport(1).\n");

static gw_serve_parse_result usage(const char *what, const char *arg)
{
	fprintf(stderr, "gwexport serve: %s '%s'\n%s\n", _(what), arg, _("Try 'gwexport serve --help'."));
	return GW_SERVE_EXIT_USAGE;
}

static int parse_count(const char *s, unsigned max, unsigned *out)
{
	char *end;
	long n = strtol(s, &end, 10);
	if (*s == '\0' || *end || n < 1 || n > (long)max)
		return -1;
	*out = (unsigned)n;
	return 0;
}

/* "HOST:PORT" or "[V6]:PORT" → host and port strings. */
static int split_listen(const char *s, char *host, size_t hsize, char *port, size_t psize)
{
	const char *colon = strrchr(s, ':');
	if (!colon || colon == s || strlen(colon + 1) == 0 || strlen(colon + 1) >= psize)
		return -1;
	const char *h = s;
	size_t hlen = (size_t)(colon - s);
	if (h[0] == '[' && hlen >= 2 && h[hlen - 1] == ']') {
		h++;
		hlen -= 2;
	}
	if (hlen == 0 || hlen >= hsize)
		return -1;
	memcpy(host, h, hlen);
	host[hlen] = '\0';
	strcpy(port, colon + 1);
	return 0;
}

static int resolve_listen(gw_serve_opts *o)
{
	char host[256], port[16];
	if (split_listen(o->listen, host, sizeof host, port, sizeof port) != 0)
		return -1;
	struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
				 .ai_flags = AI_PASSIVE | AI_NUMERICSERV};
	struct addrinfo *res = NULL;
	if (getaddrinfo(host, port, &hints, &res) != 0 || !res)
		return -1;
	memcpy(&o->addr, res->ai_addr, res->ai_addrlen);
	o->addr_len = res->ai_addrlen;
	freeaddrinfo(res);
	return 0;
}

static bool is_loopback(const struct sockaddr_storage *a)
{
	if (a->ss_family == AF_INET) {
		const struct sockaddr_in *v4 = (const struct sockaddr_in *)a;
		return (ntohl(v4->sin_addr.s_addr) >> 24) == 127;
	}
	if (a->ss_family == AF_INET6) {
		const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)a;
		return IN6_IS_ADDR_LOOPBACK(&v6->sin6_addr);
	}
	return false;
}

/* The first line of path, without trailing blanks; "" when unreadable. */
static int read_token(const char *path, char *token, size_t size)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	token[0] = '\0';
	char *got = fgets(token, (int)size, f);
	fclose(f);
	if (!got)
		return -1;
	size_t n = strcspn(token, "\r\n");
	while (n > 0 && (token[n - 1] == ' ' || token[n - 1] == '\t'))
		n--;
	token[n] = '\0';
	return n > 0 ? 0 : -1;
}

enum { OPT_LISTEN = 256, OPT_TOKEN, OPT_JOBS, OPT_QUEUE, OPT_JOB_SECONDS, OPT_CLIENT_SECONDS };

static gw_serve_parse_result parse_one(int c, gw_serve_opts *o)
{
	switch (c) {
	case OPT_LISTEN:
		if (strlen(optarg) >= sizeof o->listen)
			return usage(N_("--listen address too long"), optarg);
		strcpy(o->listen, optarg);
		return GW_SERVE_RUN;
	case OPT_TOKEN:
		if (read_token(optarg, o->token, sizeof o->token) != 0)
			return usage(N_("--token-file is unreadable or its first line is empty:"), optarg);
		return GW_SERVE_RUN;
	case OPT_JOBS:
		return parse_count(optarg, 64, &o->max_jobs) ? usage(N_("--max-jobs needs 1 to 64, not"), optarg)
							      : GW_SERVE_RUN;
	case OPT_QUEUE:
		return parse_count(optarg, 256, &o->queue) ? usage(N_("--queue needs 1 to 256, not"), optarg)
							   : GW_SERVE_RUN;
	case OPT_JOB_SECONDS:
		return parse_count(optarg, 3600, &o->job_seconds) ? usage(N_("--job-seconds needs 1 to 3600, not"), optarg)
								  : GW_SERVE_RUN;
	case OPT_CLIENT_SECONDS:
		return parse_count(optarg, 3600, &o->client_seconds)
			       ? usage(N_("--client-seconds needs 1 to 3600, not"), optarg)
			       : GW_SERVE_RUN;
	case 'h': fputs(_(serve_help), stdout); return GW_SERVE_EXIT_OK;
	default: return usage(N_("unknown option"), "?");
	}
}

static gw_serve_parse_result check_address(gw_serve_opts *o)
{
	if (resolve_listen(o) != 0)
		return usage(N_("--listen needs HOST:PORT (e.g. 127.0.0.1:8080), not"), o->listen);
	if (!is_loopback(&o->addr) && o->token[0] == '\0')
		return usage(N_("refusing to listen beyond this computer without --token-file:"), o->listen);
	return GW_SERVE_RUN;
}

gw_serve_parse_result gw_serve_parse(int argc, char **argv, gw_serve_opts *o)
{
	static const struct option longopts[] = {
		{"listen", required_argument, NULL, OPT_LISTEN},
		{"token-file", required_argument, NULL, OPT_TOKEN},
		{"max-jobs", required_argument, NULL, OPT_JOBS},
		{"queue", required_argument, NULL, OPT_QUEUE},
		{"job-seconds", required_argument, NULL, OPT_JOB_SECONDS},
		{"client-seconds", required_argument, NULL, OPT_CLIENT_SECONDS},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	*o = (gw_serve_opts){.max_jobs = 2, .queue = 8, .job_seconds = 60, .client_seconds = 30};
	strcpy(o->listen, "127.0.0.1:8080");
	optind = 1;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (c == '?')
			return usage(N_("unknown option or missing value:"), argv[optind - 1]);
		gw_serve_parse_result r = parse_one(c, o);
		if (r != GW_SERVE_RUN)
			return r;
	}
	if (optind < argc)
		return usage(N_("unexpected argument"), argv[optind]);
	return check_address(o);
}

bool gw_serve_token_ok(const gw_serve_opts *o, const char *given)
{
	if (o->token[0] == '\0')
		return true;
	if (!given)
		return false;
	/* Hashing first makes the comparison independent of both lengths. */
	unsigned char want[SHA256_DIGEST_LENGTH], got[SHA256_DIGEST_LENGTH];
	SHA256((const unsigned char *)o->token, strlen(o->token), want);
	SHA256((const unsigned char *)given, strlen(given), got);
	return CRYPTO_memcmp(want, got, sizeof want) == 0;
}
