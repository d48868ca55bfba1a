/*
 * i18n.h — the user's language for messages (GNU gettext, domain
 * "gwexport", translations in converter/po/).  English literals are the
 * message ids: wrap a message printed to a user in _("…"), and a literal
 * kept in a table to be translated when printed in N_("…").  gw_fail,
 * gw_warn and gw_note translate their format and hint themselves, so their
 * call sites keep plain English literals.
 */
#ifndef GW_I18N_H
#define GW_I18N_H

#include <libintl.h>
#include <locale.h>

/* converter/po/extract.sh preprocesses the sources with GW_XGETTEXT:
 * N_("…") must stay visible to xgettext. */
#ifndef GW_XGETTEXT
#define _(s) gettext(s)
#define N_(s) (s)
#endif

#define GW_TEXT_DOMAIN "gwexport"

/* Called once by main before anything is printed: messages follow
 * LANGUAGE / LC_ALL / LC_MESSAGES / LANG, every other category stays "C"
 * (numbers in every output are written with '.'), and translations come
 * out as UTF-8 whatever LC_CTYPE says.  The catalogue is looked up beside
 * the executable (build/locale when run from the build tree), then in
 * PREFIX/share/locale relative to it, then in GW_LOCALEDIR.  argv0 is used
 * only when /proc/self/exe cannot be read. */
void gw_i18n_init(const char *argv0);

/* For the conversion child of `gwexport serve`: its messages from
 * here on in the first language of an HTTP Accept-Language value
 * ("zh-CN,zh;q=0.9,en;q=0.8") that has a catalogue — any zh is zh_CN, en is
 * the English of the sources.  NULL, or no language we have: unchanged (the
 * server's own environment).  The entries are taken in the order written
 * (browsers write them by preference); q=0 ones are skipped.  Sets
 * LANGUAGE and LC_MESSAGES of the process: call it where no other thread
 * runs (the child; the server before it starts its threads). */
void gw_i18n_use(const char *accept_language);

/* For a thread of `gwexport serve` answering a request: a locale object
 * whose LC_MESSAGES shows messages in the language gw_i18n_use would pick
 * for accept_language; every other category is "C", as in the process.
 * Install it with uselocale() (glibc's gettext follows the thread's
 * locale), free it with freelocale().  (locale_t)0 when the value names
 * no language we have or its locale is not installed (make locales): the
 * thread keeps the process's language.  glibc reads a LANGUAGE variable
 * before the thread's locale (under any LC_MESSAGES but C): the server
 * folds its own into the process's language before it starts its threads
 * (serve.c, settle_language), so that it names no other language. */
locale_t gw_i18n_locale(const char *accept_language);

/* gettext that leaves "" alone (gettext("") is the catalogue's header). */
const char *gw_i18n(const char *msgid) __attribute__((format_arg(1)));

#endif
