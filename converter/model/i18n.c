/* i18n.c — choosing the message language and finding the catalogue.
 * Only LC_MESSAGES follows the environment: LC_NUMERIC, LC_CTYPE and the
 * rest stay "C", so no locale can change a number or a byte we write. */
#include "i18n.h"

#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef GW_LOCALEDIR
#define GW_LOCALEDIR "/usr/local/share/locale"
#endif

/* Where to look, relative to the directory of the executable: the build
 * tree (build/gwexport → build/locale), then an installed tree
 * (PREFIX/bin/gwexport → PREFIX/share/locale, also under a DESTDIR). */
static const char *const exe_relative[] = {"locale", "../share/locale"};

static int has_catalogue(const char *dir)
{
	char mo[PATH_MAX + 64];
	struct stat st;
	snprintf(mo, sizeof mo, "%s/zh_CN/LC_MESSAGES/" GW_TEXT_DOMAIN ".mo", dir);
	return stat(mo, &st) == 0 && S_ISREG(st.st_mode);
}

static void exe_dir(const char *argv0, char *dir, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0)
		exe[n] = '\0';
	else if (argv0 && strchr(argv0, '/'))
		snprintf(exe, sizeof exe, "%s", argv0);
	else
		snprintf(exe, sizeof exe, "%s", "./gwexport");
	snprintf(dir, size, "%s", dirname(exe));
}

static void find_locale_dir(const char *argv0, char *out, size_t size)
{
	char bin[PATH_MAX];
	exe_dir(argv0, bin, sizeof bin);
	for (size_t i = 0; i < sizeof exe_relative / sizeof exe_relative[0]; i++) {
		char cand[PATH_MAX + 32];
		snprintf(cand, sizeof cand, "%s/%s", bin, exe_relative[i]);
		if (has_catalogue(cand)) {
			snprintf(out, size, "%s", cand);
			return;
		}
	}
	snprintf(out, size, "%s", GW_LOCALEDIR);
}

void gw_i18n_init(const char *argv0)
{
	setlocale(LC_ALL, "C");
	setlocale(LC_MESSAGES, "");
	char dir[PATH_MAX + 32];
	find_locale_dir(argv0, dir, sizeof dir);
	bindtextdomain(GW_TEXT_DOMAIN, dir);
	bind_textdomain_codeset(GW_TEXT_DOMAIN, "UTF-8");
	/* strerror's texts come from glibc's own catalogue: as UTF-8 too,
	 * not as '?' for the "C" LC_CTYPE. */
	bind_textdomain_codeset("libc", "UTF-8");
	textdomain(GW_TEXT_DOMAIN);
}

const char *gw_i18n(const char *msgid)
{
	return msgid && msgid[0] ? gettext(msgid) : msgid;
}
