/*
 * main.c — entry point: parse the command line, convert or verify, exit
 * 0 (all good), 1 (some input failed), 2 (usage error).
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "batch.h"
#include "cli.h"
#include "model/diag.h"
#include "model/i18n.h"
#include "serve/serve.h"
#include "verify.h"

/* A bag's names and values are data: escaped like every diagnostic. */
static void print_problem(void *ctx, const char *problem)
{
	char name[1024], text[4096];
	gw_diag_escape((const char *)ctx, name, sizeof name);
	gw_diag_escape(problem, text, sizeof text);
	fprintf(stdout, "%s: %s\n", name, text);
}

static int run_verify(const gw_cli *cli)
{
	int bad = 0;
	for (size_t i = 0; i < cli->n_inputs; i++) {
		int problems = gw_verify_bundle(cli->inputs[i], print_problem, cli->inputs[i]);
		char name[1024];
		gw_diag_escape(cli->inputs[i], name, sizeof name);
		if (problems == 0)
			printf(_("%s: ok\n"), name);
		else
			bad = 1;
	}
	return bad;
}

int main(int argc, char **argv)
{
	/* Messages in the user's language; numbers in every output are
	 * written with '.' whatever the user's locale (only LC_MESSAGES
	 * follows the environment). */
	gw_i18n_init(argv[0]);
	/* A full disk or `ulimit -f` must end in a clean error (EFBIG) and a
	 * removed temp file, not in death by SIGXFSZ. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc > 1 && strcmp(argv[1], "serve") == 0)
		return gw_serve_main(argc - 1, argv + 1);
	gw_cli cli;
	switch (gw_cli_parse(argc, argv, &cli)) {
	case GW_CLI_EXIT_OK: return 0;
	case GW_CLI_EXIT_USAGE: return 2;
	case GW_CLI_RUN: break;
	}
	return cli.verify ? run_verify(&cli) : gw_batch_run(&cli);
}
