/* test_cli.c — format lists and option parsing. */
#include <string.h>

#include "unit.h"
#include "cli.h"
#include "write/writers.h"

/* The -f set bit of the writer called name. */
static uint32_t bit(const char *name)
{
	int i = gw_writer_index(name, strlen(name));
	assert_true(i >= 0);
	return 1u << i;
}

static void formats_parse_lists(void **state)
{
	(void)state;
	const struct { const char *list; uint32_t bits; const char *bad; } cases[] = {
		{"pdf", bit("pdf"), NULL},
		{"pdf,xlsx,zip,json", bit("pdf") | bit("xlsx") | bit("zip") | bit("json"), NULL},
		{"json,json", bit("json"), NULL},
		{"pdf,doc", 0, "doc"},
		{"PDF", 0, "PDF"},
		{"pdf,", bit("pdf"), NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *bad = NULL;
		size_t bad_len = 0;
		assert_int_equal(gw_formats_parse(cases[i].list, &bad, &bad_len), cases[i].bits);
		if (cases[i].bad) {
			assert_int_equal(bad_len, strlen(cases[i].bad));
			assert_memory_equal(bad, cases[i].bad, bad_len);
		}
	}
}

static void parse_sets_defaults_and_options(void **state)
{
	(void)state;
	char *argv[] = {"gwexport", "a.txt", "-f", "json", "-j", "3", "-o", "out", "-q", "b.txt", NULL};
	gw_cli cli;
	assert_int_equal(gw_cli_parse(10, argv, &cli), GW_CLI_RUN);
	assert_int_equal(cli.formats, bit("json"));
	assert_int_equal(cli.jobs, 3);
	assert_string_equal(cli.out_dir, "out");
	assert_true(cli.quiet);
	assert_int_equal(cli.n_inputs, 2);
	assert_string_equal(cli.inputs[0], "a.txt");
	assert_string_equal(cli.inputs[1], "b.txt");

	char *argv2[] = {"gwexport", "verify", "x.zip", NULL};
	assert_int_equal(gw_cli_parse(3, argv2, &cli), GW_CLI_RUN);
	assert_true(cli.verify);
	assert_int_equal(cli.n_inputs, 1);
	assert_int_equal(cli.formats, bit("pdf") | bit("xlsx") | bit("zip"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(formats_parse_lists),
		cmocka_unit_test(parse_sets_defaults_and_options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
