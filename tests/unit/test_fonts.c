/*
 * test_fonts.c — role resolution with the Debian fonts gwexport depends on
 * (fonts-arphic-*, fonts-wqy-microhei): per-character fallback, refusals,
 * advances, subsetting, and roles.ini errors.
 */
#include "unit.h"

#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "page/fonts.h"

static char dir[4096];
static gw_fonts *F;

static int setup(void **state)
{
	(void)state;
	gw_diag d = {0};
	if (gw_fonts_open(dir, &F, &d) != GW_OK) {
		fprintf(stderr, "fonts: %s (%s)\n", d.what, d.hint);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	gw_fonts_close(F);
	return 0;
}

static void test_roles_resolve(void **state)
{
	(void)state;
	bool fake;
	int body = gw_fonts_pick(F, GW_ROLE_BODY, 0x4E2D, &fake);  /* 中 */
	assert_true(body >= 0);
	assert_false(fake);
	int h1 = gw_fonts_pick(F, GW_ROLE_HEADING1, 0x4E2D, &fake);
	int h2 = gw_fonts_pick(F, GW_ROLE_HEADING2, 0x4E2D, &fake);
	assert_true(h1 >= 0 && h2 >= 0);
	assert_true(h1 != body && h2 != body && h1 != h2);  /* 黑体, 楷体, 仿宋 faces differ */
	/* a face is only accepted under its own family name */
	const char *fam = gw_fonts_family(F, body);
	assert_true(strcmp(fam, "AR PL SungtiL GB") == 0 || strstr(fam, "仿宋") || strstr(fam, "FangSong") ||
		    strcmp(fam, "FandolFang") == 0);
	/* a Song face for the 仿宋 body is a warning, a 仿宋 none */
	if (strcmp(fam, "AR PL SungtiL GB") == 0)
		assert_non_null(strstr(gw_fonts_warning(F), "AR PL SungtiL GB draws the body role, not a 仿宋"));
	else
		assert_null(strstr(gw_fonts_warning(F), "body role"));
	/* no bold 仿宋 installed: level 3 is the body face, faux bold */
	int bold = gw_fonts_pick(F, GW_ROLE_BOLD, 0x4E2D, &fake);
	if (strstr(gw_fonts_notes(F), "bold role") == NULL && bold == body)
		assert_true(fake);
}

static void test_per_character_fallback(void **state)
{
	(void)state;
	bool fake;
	int zhong = gw_fonts_pick(F, GW_ROLE_BODY, 0x4E2D, &fake);
	int zhe = gw_fonts_pick(F, GW_ROLE_BODY, 0x5586, &fake);  /* 喆: not in GB 2312 */
	assert_true(zhe >= 0);
	if (strcmp(gw_fonts_family(F, zhong), "AR PL SungtiL GB") == 0)
		assert_int_not_equal(zhe, zhong);
	assert_int_equal(gw_fonts_pick(F, GW_ROLE_BODY, 0x0E01, &fake), -1);   /* Thai: no face */
	assert_int_equal(gw_fonts_pick(F, GW_ROLE_BODY, 0x20BB7, &fake), -1);  /* above U+FFFF */
	/* Private use: AR PL UMing has a glyph at U+E794, but a fallback font's
	 * private-use glyph is not the author's character: only the role's
	 * first face may draw it. */
	int pua = gw_fonts_pick(F, GW_ROLE_BODY, 0xE794, &fake);
	assert_true(pua == -1 || pua == zhong);
}

static void test_advances(void **state)
{
	(void)state;
	bool fake;
	int f = gw_fonts_pick(F, GW_ROLE_PAGENUM, '1', &fake);
	assert_true(f >= 0);
	assert_int_equal(gw_fonts_advance(F, f, 0x4E2D), 1000);
	int one = gw_fonts_advance(F, f, '1');
	assert_true(one >= 450 && one <= 600);  /* 半角 digits */
	assert_int_equal(gw_fonts_advance(F, f, '1'), one);  /* the same answer again */
}

static void test_subset(void **state)
{
	(void)state;
	bool fake;
	int f = gw_fonts_pick(F, GW_ROLE_BODY, 0x4E2D, &fake);
	uint32_t cps[] = {0x4E2D, 0x6587, '1', 0xFF0C};
	unsigned char *data = NULL;
	size_t len = 0;
	gw_diag d = {0};
	assert_int_equal(gw_fonts_subset(F, f, cps, 4, &data, &len, &d), GW_OK);
	assert_non_null(data);
	assert_true(len > 100 && len < 64 * 1024);  /* 5 glyphs, not the 5 MB font */
	assert_true(memcmp(data, "\x00\x01\x00\x00", 4) == 0);  /* TrueType outlines */
	free(data);
}

static void write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_roles_errors(void **state)
{
	(void)state;
	char tmp[] = "/tmp/gw_fonts_XXXXXX";
	assert_non_null(mkdtemp(tmp));
	char path[4200];
	snprintf(path, sizeof path, "%s/roles.ini", tmp);
	gw_fonts *f = NULL;
	gw_diag d = {0};

	write_text(path, "[body]\nmeaning = 仿宋\nstandrd = FangSong\n");
	assert_int_equal(gw_fonts_open(tmp, &f, &d), GW_E_FONT);
	assert_int_equal(d.line, 3);
	assert_non_null(strstr(d.what, "body.standrd"));

	write_text(path, "[heading1]\nfallback = WenQuanYi Micro Hei\n");
	gw_diag_clear(&d);
	assert_int_equal(gw_fonts_open(tmp, &f, &d), GW_E_FONT);
	assert_non_null(strstr(d.what, "no fonts for the title role"));

	write_text(path, "[title]\nfallback = AR PL SungtiL GB\n"
		   "[body]\nmeaning = 仿宋\nstandard = NoSuchFangSong\nfallback = NoSuchSong\n"
		   "package = fonts-arphic-gbsn00lp\n");
	gw_diag_clear(&d);
	assert_int_equal(gw_fonts_open(tmp, &f, &d), GW_E_FONT);
	assert_non_null(strstr(d.hint, "apt-get install fonts-arphic-gbsn00lp"));
	assert_non_null(strstr(d.what, "body"));
	assert_null(f);

	unlink(path);
	gw_diag_clear(&d);
	assert_int_equal(gw_fonts_open(tmp, &f, &d), GW_E_FONT);  /* no roles.ini */
	rmdir(tmp);
}

/* A TrueType file dropped into fonts/ wins over the installed copy of its
 * family: FcConfigAppFontAddDir plus the fonts/-first rule. */
static void test_own_fonts_first(void **state)
{
	(void)state;
	bool fake;
	/* the page-number face (AR PL SungtiL GB): its family is in name ID 1,
	 * which a subset keeps (Fandol's is in ID 16, which hb-subset drops) */
	int f = gw_fonts_pick(F, GW_ROLE_PAGENUM, 0x4E2D, &fake);
	uint32_t cps[] = {0x4E2D, 0x6587};
	unsigned char *data = NULL;
	size_t len = 0;
	gw_diag d = {0};
	assert_int_equal(gw_fonts_subset(F, f, cps, 2, &data, &len, &d), GW_OK);
	char tmp[] = "/tmp/gw_own_XXXXXX", path[4200], cmd[4300];
	assert_non_null(mkdtemp(tmp));
	snprintf(path, sizeof path, "%s/own.ttf", tmp);
	FILE *out = fopen(path, "wb");
	assert_non_null(out);
	assert_int_equal(fwrite(data, 1, len, out), len);
	fclose(out);
	free(data);
	snprintf(cmd, sizeof cmd, "cp '%s/roles.ini' '%s/'", dir, tmp);
	assert_int_equal(system(cmd), 0);
	gw_fonts *own = NULL;
	assert_int_equal(gw_fonts_open(tmp, &own, &d), GW_OK);
	int g = gw_fonts_pick(own, GW_ROLE_PAGENUM, 0x4E2D, &fake);
	char real[4096];
	assert_non_null(realpath(tmp, real));
	assert_true(strncmp(gw_fonts_file(own, g), real, strlen(real)) == 0);
	/* 国 is not in the dropped subset: the next face of the chain draws it */
	int h = gw_fonts_pick(own, GW_ROLE_PAGENUM, 0x56FD, &fake);
	assert_true(h >= 0 && h != g);
	gw_fonts_close(own);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	snprintf(dir, sizeof dir, "%s/../fonts", gw_tests_dir());
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_resolve),
		cmocka_unit_test(test_per_character_fallback),
		cmocka_unit_test(test_advances),
		cmocka_unit_test(test_subset),
		cmocka_unit_test(test_roles_errors),
		cmocka_unit_test(test_own_fonts_first),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
