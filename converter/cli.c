/* cli.c — option table, --help with examples, --version, --list-formats
 * (the format lists come from the reader and writer tables). */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/i18n.h"
#include "read/readers.h"
#include "write/writers.h"

/* --help is these texts around the format tables (print_help); each is
 * translated when printed. */
static const char *const help_head = N_(
"Usage: gwexport [options] INPUT...\n"
"       gwexport verify BUNDLE.zip...\n"
"       gwexport serve [options]   (a web page; see gwexport serve --help)\n"
"\n"
"Turns a Chinese work report (工作报告/述职报告/考核汇报) into a GB/T 9704\n"
"PDF and the other outputs listed under Output formats.  INPUT is a file in\n"
"one of the input formats below, or - for standard input.\n"
"\n"
"Options:\n"
"  -f, --formats LIST     output formats, comma-separated (default: %s)\n"
"  -o, --out DIR          write outputs to DIR (default: beside each input)\n"
"  -l, --layout NAME|FILE page layout: gbt9704 (default, 公文格式), letter\n"
"                         (信函格式), minutes (纪要格式), draft (a reading copy\n"
"                         with line numbers) or an .ini file; read only when\n"
"                         pdf, ofd or zip is written\n"
"      --encoding ENC     of text: auto (default), utf-8, gb18030 (also gbk), big5,\n"
"                         big5-hkscs, utf-16, utf-16le, utf-16be\n"
"      --no-unwrap        keep text copied from a PDF or phone line by line\n"
"                         (default: join wrapped lines, drop page numbers)\n"
"      --set KEY=VALUE    a 版头/版记 field over what the input says; KEY is\n"
"                         发文机关 发文字号 签发人 密级 紧急程度 份号 主送 抄送\n"
"                         印发机关 印发日期 出席 请假 列席 (or issuers, doc_number,\n"
"                         signers, secrecy, urgency, copy_number, to, cc,\n"
"                         printed_by, printed_on, present, on_leave, attending;\n"
"                         also 文号, 发文机关标志, 密级和保密期限, 主送机关,\n"
"                         抄送机关)\n"
"  -j, --jobs N           convert N inputs in parallel (default 1)\n"
"      --allow-missing-glyphs  warn, instead of failing, on characters no font has\n"
"      --timings          print the time of each stage to stderr\n"
"  -q, --quiet            print errors only (not the files written)\n"
"  -v, --verbose          also print notes (numbering that skips, fonts used)\n"
"      --list-formats     print the input and output formats and exit\n"
"      --version          print the version and exit\n"
"  -h, --help             print this help and exit\n"
"\n");

/* A text of its own, so adding it left help_head's translation as it was. */
static const char *const help_combine = N_(
"Many inputs in one workbook:\n"
"      --combine FILE     also write FILE (.xlsx) with the indicators of every\n"
"                         input: 指标 with each report's 单位, 对照 setting the\n"
"                         same indicator of different reports side by side, and\n"
"                         报告 listing every input (failed ones too); e.g.\n"
"                         gwexport -j 2 --combine 汇总.xlsx reports/*.docx\n"
"\n");

static const char *const help_tail = N_(
"\n"
"Examples:\n"
"  gwexport 述职报告.txt                   PDF, workbook and archive beside the file\n"
"  gwexport -f pdf -l draft report.txt     a reading copy with line numbers\n"
"  gwexport -f json report.txt             the report model as JSON\n"
"  gwexport --set 发文字号=×政办〔2024〕7号 --set 签发人=周立新 report.txt\n"
"                                          the 版头 for a text of the body only\n"
"  gwexport -j 2 -o out/ reports/*.txt     a batch, two at a time\n"
"  gwexport -f pdf - < report.txt > a.pdf  standard input to standard output\n"
"  gwexport verify report.zip              check an archive bundle\n"
"\n"
"Messages, and a line naming the files written for each input, go to\n"
"standard error; Ctrl-C stops a batch keeping what is finished.\n"
"Exit status: 0 all converted (or bundles valid), 1 some input failed,\n"
"2 the command is wrong (an option, -o, the layout): nothing converted,\n"
"130 stopped by Ctrl-C (143 by SIGTERM).\n");

uint32_t gw_formats_default(void)
{
	uint32_t bits = 0;
	for (size_t i = 0; i < gw_n_writers; i++)
		if (gw_writers[i].is_default)
			bits |= 1u << i;
	return bits;
}

/* "pdf,xlsx,zip" (sep ",") or "pdf, xlsx, zip" (sep ", ") for a set. */
static void join_names(char *buf, size_t size, uint32_t set, const char *sep)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < gw_n_writers && used < size; i++)
		if (set & (1u << i)) {
			int n = snprintf(buf + used, size - used, "%s%s", used ? sep : "", gw_writers[i].name);
			used += n > 0 ? (size_t)n : 0;
		}
}

static void print_help(void)
{
	char defaults[256];
	join_names(defaults, sizeof defaults, gw_formats_default(), ",");
	printf(_(help_head), defaults);
	fputs(_(help_combine), stdout);
	printf("%s", _("Output formats (-f), the files made for dir/report.txt:\n"));
	for (size_t i = 0; i < gw_n_writers; i++)
		printf("  %-6s report%-7s %s\n", gw_writers[i].name, gw_writers[i].extension,
		       _(gw_writers[i].summary));
	printf("%s", _("Each is written to a temporary file and renamed into place when complete.\n\n"));
	printf("%s", _("Input formats (told apart by content):\n"));
	for (size_t i = 0; i < gw_n_readers; i++)
		printf("  %-6s %s\n", gw_readers[i].name, _(gw_readers[i].summary));
	fputs(_(help_tail), stdout);
}

static void print_format_tables(void)
{
	printf("Output formats (-f NAME,...):\n");
	printf("  %-6s %-10s %-8s %-8s %s\n", "name", "extension", "bundled", "default", "summary");
	for (size_t i = 0; i < gw_n_writers; i++) {
		const gw_writer *w = &gw_writers[i];
		printf("  %-6s %-10s %-8s %-8s %s\n", w->name, w->extension, w->bundled ? "yes" : "no",
		       w->is_default ? "yes" : "no", w->summary);
	}
	printf("\nInput formats (told apart by content):\n");
	printf("  %-6s %s\n", "name", "summary");
	for (size_t i = 0; i < gw_n_readers; i++)
		printf("  %-6s %s\n", gw_readers[i].name, gw_readers[i].summary);
}

uint32_t gw_formats_parse(const char *list, const char **bad, size_t *bad_len)
{
	uint32_t bits = 0;
	const char *p = list;
	while (*p) {
		size_t n = strcspn(p, ",");
		int found = gw_writer_index(p, n);
		if (found < 0) {
			*bad = p;
			*bad_len = n;
			return 0;
		}
		bits |= 1u << found;
		p += n;
		if (*p == ',')
			p++;
	}
	if (!bits) {
		*bad = list;
		*bad_len = 0;
	}
	return bits;
}

static gw_cli_result usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "gwexport: ");
	fprintf(stderr, _(fmt), arg);
	fprintf(stderr, "\n%s\n", _("Try 'gwexport --help' for the options and examples."));
	return GW_CLI_EXIT_USAGE;
}

enum { OPT_ENCODING = 256, OPT_VERSION, OPT_TIMINGS, OPT_ALLOW_MISSING, OPT_LIST_FORMATS, OPT_NO_UNWRAP, OPT_SET,
       OPT_COMBINE };

/* --set KEY=VALUE (read/frontmatter.h checks the key and the value). */
static gw_cli_result parse_set(gw_cli *cli, const char *arg)
{
	gw_diag d = {0};
	if (gw_fields_set_arg(&cli->set, arg, &d) == GW_OK)
		return GW_CLI_RUN;
	fprintf(stderr, "gwexport: %s\n", d.what);
	if (d.hint[0])
		fprintf(stderr, _("  hint: %s\n"), d.hint);
	fprintf(stderr, "%s\n", _("Try 'gwexport --help' for the options and examples."));
	return GW_CLI_EXIT_USAGE;
}

static gw_cli_result parse_option(int c, gw_cli *cli)
{
	switch (c) {
	case 'f': {
		const char *bad = NULL;
		size_t bad_len = 0;
		cli->formats = gw_formats_parse(optarg, &bad, &bad_len);
		if (!cli->formats) {
			char all[512];
			join_names(all, sizeof all, UINT32_MAX, ", ");
			fprintf(stderr, _("gwexport: unknown format '%.*s' in --formats %s\n"
					  "Formats are: %s (comma-separated).\n"), (int)bad_len, bad, optarg, all);
			return GW_CLI_EXIT_USAGE;
		}
		return GW_CLI_RUN;
	}
	case 'o': cli->out_dir = optarg; return GW_CLI_RUN;
	case 'l': cli->layout = optarg; return GW_CLI_RUN;
	case 'j': {
		char *end;
		long n = strtol(optarg, &end, 10);
		if (*end || n < 1 || n > 256)
			return usage(N_("--jobs needs a number from 1 to 256, not '%s'"), optarg);
		cli->jobs = (int)n;
		return GW_CLI_RUN;
	}
	case 'q': cli->quiet = true; return GW_CLI_RUN;
	case 'v': cli->verbose = true; return GW_CLI_RUN;
	case OPT_ENCODING:
		if (gw_encoding_parse(optarg, &cli->encoding) != 0)
			return usage(N_("unknown encoding '%s' (use auto, utf-8, gb18030, big5, big5-hkscs, "
				     "utf-16, utf-16le or utf-16be)"), optarg);
		return GW_CLI_RUN;
	case OPT_TIMINGS: cli->timings = true; return GW_CLI_RUN;
	case OPT_NO_UNWRAP: cli->no_unwrap = true; return GW_CLI_RUN;
	case OPT_SET: return parse_set(cli, optarg);
	case OPT_COMBINE: cli->combine = optarg; return GW_CLI_RUN;
	case OPT_ALLOW_MISSING: cli->allow_missing_glyphs = true; return GW_CLI_RUN;
	case OPT_VERSION: printf("gwexport %s\n", GW_VERSION); return GW_CLI_EXIT_OK;
	case OPT_LIST_FORMATS: print_format_tables(); return GW_CLI_EXIT_OK;
	case 'h': print_help(); return GW_CLI_EXIT_OK;
	default: return usage("%s", _("invalid option"));
	}
}

static unsigned count_bits(uint32_t set)
{
	unsigned n = 0;
	for (; set; set &= set - 1)
		n++;
	return n;
}

/* What follows from the options together, once all are read. */
static void settle(gw_cli *cli)
{
	if (cli->quiet && cli->verbose)
		cli->verbose = false;
	cli->report_written = !cli->quiet;
	bool has_stdin = false;
	for (size_t i = 0; i < cli->n_inputs; i++)
		has_stdin |= strcmp(cli->inputs[i], "-") == 0;
	cli->stdin_to_stdout = has_stdin && !cli->out_dir && count_bits(cli->formats) == 1;
}

gw_cli_result gw_cli_parse(int argc, char **argv, gw_cli *cli)
{
	static const struct option longopts[] = {
		{"formats", required_argument, NULL, 'f'},
		{"out", required_argument, NULL, 'o'},
		{"layout", required_argument, NULL, 'l'},
		{"encoding", required_argument, NULL, OPT_ENCODING},
		{"no-unwrap", no_argument, NULL, OPT_NO_UNWRAP},
		{"set", required_argument, NULL, OPT_SET},
		{"jobs", required_argument, NULL, 'j'},
		{"combine", required_argument, NULL, OPT_COMBINE},
		{"quiet", no_argument, NULL, 'q'},
		{"verbose", no_argument, NULL, 'v'},
		{"timings", no_argument, NULL, OPT_TIMINGS},
		{"allow-missing-glyphs", no_argument, NULL, OPT_ALLOW_MISSING},
		{"list-formats", no_argument, NULL, OPT_LIST_FORMATS},
		{"version", no_argument, NULL, OPT_VERSION},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	memset(cli, 0, sizeof *cli);
	cli->formats = gw_formats_default();
	cli->jobs = 1;
	int first = 1;
	if (argc > 1 && strcmp(argv[1], "verify") == 0) {
		cli->verify = true;
		first = 2;
	}
	optind = first;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "f:o:l:j:qvh", longopts, NULL)) != -1) {
		if (c == '?') {
			if (optopt)
				return usage(N_("option -%c is unknown or needs a value"), (const char[]){(char)optopt, 0});
			return usage(N_("unknown option '%s'"), argv[optind - 1]);
		}
		gw_cli_result res = parse_option(c, cli);
		if (res != GW_CLI_RUN)
			return res;
	}
	cli->inputs = argv + optind;
	cli->n_inputs = (size_t)(argc - optind);
	if (cli->n_inputs == 0)
		return usage("%s", cli->verify ? _("verify needs at least one BUNDLE.zip")
					       : _("no input file given"));
	settle(cli);
	return GW_CLI_RUN;
}
