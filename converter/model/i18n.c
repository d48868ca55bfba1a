/* i18n.c — choosing the message language and finding the catalogue.
 * Only LC_MESSAGES follows the environment: LC_NUMERIC, LC_CTYPE and the
 * rest stay "C", so no locale can change a number or a byte we write. */
#include "i18n.h"

#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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

/* Accept-Language primary tags we have messages for: the LANGUAGE value
 * and the LC_MESSAGES locale that show them (language NULL: the sources'
 * English, no catalogue). */
static const struct {
	const char *tag, *language, *locale;
} languages[] = {{"zh", "zh_CN", "zh_CN.UTF-8"}, {"en", NULL, "C"}};

/* The languages[] index of one entry ("zh-CN;q=0.9", n bytes), -1 if none
 * or refused (q=0). */
static int language_of(const char *entry, size_t n)
{
	char e[64];
	snprintf(e, sizeof e, "%.*s", (int)(n < sizeof e ? n : sizeof e - 1), entry);
	const char *q = strstr(e, "q=");
	if (q && strtod(q + 2, NULL) <= 0)
		return -1;
	size_t tag = strcspn(e, "-_; ");
	for (size_t i = 0; i < sizeof languages / sizeof languages[0]; i++)
		if (tag == strlen(languages[i].tag) && strncasecmp(e, languages[i].tag, tag) == 0)
			return (int)i;
	return -1;
}

/* The languages[] index of the first entry of an Accept-Language value
 * that we have, -1 if none. */
static int pick_language(const char *accept_language)
{
	for (const char *p = accept_language; p && *p;) {
		p += strspn(p, " ,");
		size_t n = strcspn(p, ",");
		int i = n ? language_of(p, n) : -1;
		p += n;
		if (i >= 0)
			return i;
	}
	return -1;
}

void gw_i18n_use(const char *accept_language)
{
	int i = pick_language(accept_language);
	if (i < 0)
		return;
	if (languages[i].language)
		setenv("LANGUAGE", languages[i].language, 1);
	else
		unsetenv("LANGUAGE");
	/* glibc reads LANGUAGE under any locale but C/POSIX: C.UTF-8
	 * (built into glibc) serves when the locale is not generated. */
	if (!setlocale(LC_MESSAGES, languages[i].locale))
		setlocale(LC_MESSAGES, "C.UTF-8");
}

locale_t gw_i18n_locale(const char *accept_language)
{
	int i = pick_language(accept_language);
	return i < 0 ? (locale_t)0 : newlocale(LC_MESSAGES_MASK, languages[i].locale, (locale_t)0);
}

const char *gw_i18n(const char *msgid)
{
	return msgid && msgid[0] ? gettext(msgid) : msgid;
}
