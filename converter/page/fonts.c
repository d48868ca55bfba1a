/*
 * fonts.c — roles.ini + fontconfig → per-role chains of TrueType faces;
 * HarfBuzz for coverage and advances; hb-subset for the embedded program.
 *
 * fontconfig "matches" any name (FangSong → WenQuanYi Zen Hei), so a face
 * is accepted only when one of its family names equals the requested one
 * and its format is TrueType (libharu 2.3.0 cannot load CFF).  Resolution
 * happens once per process (gw_fonts_open); faces are shared by roles.
 *
 * Starting fontconfig (parsing its XML configuration, loading its cache)
 * costs more than the rest of a small report's PDF, so the resolved table
 * is kept in ~/.cache/gwexport/fonts.cache and reused while roles.ini, the
 * fonts/ directory, fontconfig's configuration files and font directories
 * and the chosen font files keep their mtimes and sizes.
 */
#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>
#include <ini.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../model/hash.h"
#include "../model/i18n.h"
#include "regfile.h"
#include "ttscale.h"

#define MAX_CHAIN 16
#define MAX_FACES 48
#define MAX_LIST 1024   /* bytes of one family list in roles.ini */

struct face {
	char *file;
	int index;
	char *family;          /* the requested family it was resolved for */
	hb_face_t *hb;
	hb_font_t *font;
	unsigned upem;
};

struct role {
	char standard[MAX_LIST]; /* families the standard means (licensed) */
	char fallback[MAX_LIST]; /* free families from Debian packages */
	char fake_bold[MAX_LIST];/* families drawn with faux bold in this role */
	char package[256];       /* Debian package(s) for the fallback */
	char meaning[64];        /* 仿宋, 黑体 … for messages */
	char why[512];           /* said when the fallback is used (-v) */
	int faces[MAX_CHAIN];
	bool fake[MAX_CHAIN];
	size_t n;
};

struct gw_fonts {
	FcConfig *cfg;
	FcFontSet *all;        /* every installed face: family, file, index, format, weight */
	char own[4096];        /* realpath of fonts/: faces there win over installed ones */
	char search[4096];     /* roles.ini `search`: where `make deps` puts the converted free faces */
	char search_abs[8200]; /* fonts_dir/search */
	char built[4096];      /* its realpath, "" while it does not exist */
	struct face faces[MAX_FACES];
	size_t n_faces;
	struct role roles[GW_ROLE_N];
	char notes[2048];
	bool other_kind[GW_ROLE_N]; /* role served by a face of another kind (a Song face for 仿宋) */
	char warning[1024];    /* those roles: one line, said on every run, in the run's language */
	char roles_key[65];    /* SHA-256 of roles.ini, part of the cache key */
	bool from_cache;
};

/* Also roles.ini's section names; translated only in the run's warning. */
static const char *const role_names[GW_ROLE_N] = {N_("title"), N_("body"), N_("heading1"), N_("heading2"),
						   N_("bold"), N_("page_number")};

const char *gw_fonts_role_name(gw_role role)
{
	return role < GW_ROLE_N ? role_names[role] : "?";
}

static void note(gw_fonts *f, const char *fmt, ...)
{
	size_t used = strlen(f->notes);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->notes + used, sizeof f->notes - used, _(fmt), ap);
	va_end(ap);
}

/* ---- roles.ini ----------------------------------------------------------- */

struct roles_parse {
	gw_fonts *f;
	char err[256];
};

static int roles_handler(void *user, const char *section, const char *name, const char *value)
{
	struct roles_parse *p = user;
	if (!*section && !strcmp(name, "search") && strlen(value) < sizeof p->f->search) {
		snprintf(p->f->search, sizeof p->f->search, "%s", value);
		return 1;
	}
	int r = 0;
	while (r < GW_ROLE_N && strcmp(role_names[r], section))
		r++;
	if (r == GW_ROLE_N) {
		if (!p->err[0])
			snprintf(p->err, sizeof p->err, "unknown role [%s] (roles: title, body, heading1, "
				 "heading2, bold, page_number)", section);
		return 0;
	}
	struct role *ro = &p->f->roles[r];
	char *dst = !strcmp(name, "standard") ? ro->standard : !strcmp(name, "fallback") ? ro->fallback
		  : !strcmp(name, "fake_bold") ? ro->fake_bold : !strcmp(name, "package") ? ro->package
		  : !strcmp(name, "meaning") ? ro->meaning : !strcmp(name, "note") ? ro->why : NULL;
	size_t cap = !strcmp(name, "package") ? sizeof ro->package
		   : !strcmp(name, "meaning") ? sizeof ro->meaning
		   : !strcmp(name, "note") ? sizeof ro->why : MAX_LIST;
	if (!dst || strlen(value) >= cap) {
		if (!p->err[0])
			snprintf(p->err, sizeof p->err, dst ? _("value of '%s.%s' is too long")
				 : _("unknown key '%s.%s' (keys: standard, fallback, fake_bold, package, meaning, note)"),
				 section, name);
		return 0;
	}
	snprintf(dst, cap, "%s", value);
	return 1;
}

/* The resolution cache's key: SHA-256 of roles.ini and of the environment
 * that changes what fontconfig reads, or "" (no cache) when unreadable. */
static void cache_key(const char *roles_path, char hex[65])
{
	static const char *const env[] = {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "HOME",
				    "XDG_CONFIG_HOME", "XDG_DATA_HOME"};
	hex[0] = '\0';
	FILE *fp = NULL;
	if (gw_open_regular(roles_path, &fp) != GW_REG_OK)
		return;
	char buf[65536 + 8192];
	size_t n = fread(buf, 1, 65536, fp);
	bool whole = !ferror(fp) && feof(fp);
	fclose(fp);
	for (size_t i = 0; i < sizeof env / sizeof env[0] && whole; i++) {
		const char *v = getenv(env[i]);
		int k = snprintf(buf + n, sizeof buf - n, "%c%s=%s", 0, env[i], v ? v : "(unset)");
		whole = k > 0 && (size_t)k < sizeof buf - n;
		n += whole ? (size_t)k : 0;
	}
	if (whole && gw_sha256_hex(buf, n, hex) != 0)
		hex[0] = '\0';
}

static gw_status read_roles(gw_fonts *f, const char *fonts_dir, gw_diag *d)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/roles.ini", fonts_dir);
	struct roles_parse p = {.f = f};
	FILE *fp = NULL;
	gw_regfile opened = gw_open_regular(path, &fp);
	int rc = opened == GW_REG_OK ? ini_parse_file(fp, roles_handler, &p) : -1;
	if (fp)
		fclose(fp);
	if (rc == 0) {
		cache_key(path, f->roles_key);
		return GW_OK;
	}
	gw_diag_set_file(d, path);
	if (rc < 0)
		return gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "reinstall gwexport or set GWEXPORT_DATA to its data directory",
			       "cannot read the font role file %s%s", path,
			       opened == GW_REG_NOT_REGULAR ? _(": not a regular file") : "");
	return gw_fail(d, GW_E_FONT, (size_t)rc, GW_NO_BYTE, "see fonts/README.md for the format",
		       "%s", p.err[0] ? p.err : _("cannot read this line of roles.ini"));
}

/* ---- fontconfig resolution --------------------------------------------- */

static bool family_is(FcPattern *m, const char *want)
{
	FcChar8 *fam;
	for (int i = 0; FcPatternGetString(m, FC_FAMILY, i, &fam) == FcResultMatch; i++)
		if (FcStrCmpIgnoreCase(fam, (const FcChar8 *)want) == 0)
			return true;
	return false;
}

static void drop_faces(gw_fonts *f)
{
	for (size_t i = 0; i < f->n_faces; i++) {
		struct face *fc = &f->faces[i];
		hb_font_destroy(fc->font);
		hb_face_destroy(fc->hb);
		free(fc->file);
		free(fc->family);
		memset(fc, 0, sizeof *fc);
	}
	f->n_faces = 0;
}

/* A face from a font program (blob: the caller's reference) as the next
 * entry of f's table; its index, or -1. */
static int add_face_blob(gw_fonts *f, hb_blob_t *blob, const char *file, int index, const char *family)
{
	struct face *fc = &f->faces[f->n_faces];
	fc->hb = hb_face_create(blob, (unsigned)index);
	fc->font = hb_font_create(fc->hb);
	fc->upem = hb_face_get_upem(fc->hb);
	fc->file = strdup(file);
	fc->family = strdup(family);
	fc->index = index;
	if (!fc->file || !fc->family || !fc->upem) {
		free(fc->file);
		free(fc->family);
		hb_font_destroy(fc->font);
		hb_face_destroy(fc->hb);
		memset(fc, 0, sizeof *fc);
		return -1;
	}
	return (int)f->n_faces++;
}

static int add_face(gw_fonts *f, const char *file, int index, const char *family)
{
	for (size_t i = 0; i < f->n_faces; i++)
		if (!strcmp(f->faces[i].file, file) && f->faces[i].index == index)
			return (int)i;
	if (f->n_faces == MAX_FACES)
		return -1;
	FILE *fp = NULL;
	if (gw_open_regular(file, &fp) != GW_REG_OK)  /* HarfBuzz would wait on a FIFO */
		return -1;
	fclose(fp);
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(file);
	if (!blob)
		return -1;
	int id = add_face_blob(f, blob, file, index, family);
	hb_blob_destroy(blob);
	return id;
}

/* How well a listed face fits: one in fonts/ first, then TrueType, the weight nearest the
 * one wanted, upright, then file and index (a stable order whatever order
 * fontconfig lists in).  Lower is better. */
static bool in_dir(const char *dir, FcPattern *p)
{
	FcChar8 *file = NULL;
	size_t n = strlen(dir);
	return n && FcPatternGetString(p, FC_FILE, 0, &file) == FcResultMatch &&
	       strncmp((const char *)file, dir, n) == 0 && file[n] == '/';
}

static int styled_bold(FcPattern *p)
{
	FcChar8 *style = NULL;
	return FcPatternGetString(p, FC_STYLE, 0, &style) == FcResultMatch && strstr((const char *)style, "Bold");
}

static int better(const gw_fonts *f, FcPattern *a, FcPattern *b, int weight)
{
	int oa = in_dir(f->own, a), ob = in_dir(f->own, b);
	if (oa != ob)
		return ob - oa;  /* a font dropped into fonts/ is used first */
	FcChar8 *fa = NULL, *fb = NULL;
	int ta = FcPatternGetString(a, FC_FONTFORMAT, 0, &fa) == FcResultMatch && !strcmp((char *)fa, "TrueType");
	int tb = FcPatternGetString(b, FC_FONTFORMAT, 0, &fb) == FcResultMatch && !strcmp((char *)fb, "TrueType");
	if (ta != tb)
		return tb - ta;
	int wa = FC_WEIGHT_REGULAR, wb = FC_WEIGHT_REGULAR, sa = 0, sb = 0, ia = 0, ib = 0;
	FcPatternGetInteger(a, FC_WEIGHT, 0, &wa);
	FcPatternGetInteger(b, FC_WEIGHT, 0, &wb);
	if (abs(wa - weight) != abs(wb - weight))
		return abs(wa - weight) - abs(wb - weight);
	/* FandolSong-Bold declares the regular weight (usWeightClass 400):
	 * at equal weights its style name tells it from FandolSong-Regular. */
	int ba = styled_bold(a), bb = styled_bold(b), want = weight >= FC_WEIGHT_BOLD;
	if (ba != bb)
		return (ba != want) - (bb != want);
	FcPatternGetInteger(a, FC_SLANT, 0, &sa);
	FcPatternGetInteger(b, FC_SLANT, 0, &sb);
	if (sa != sb)
		return sa - sb;
	FcChar8 *pa = (FcChar8 *)"", *pb = (FcChar8 *)"";
	FcPatternGetString(a, FC_FILE, 0, &pa);
	FcPatternGetString(b, FC_FILE, 0, &pb);
	int c = strcmp((char *)pa, (char *)pb);
	if (c)
		return c;
	FcPatternGetInteger(a, FC_INDEX, 0, &ia);
	FcPatternGetInteger(b, FC_INDEX, 0, &ib);
	return ia - ib;
}

/* The installed TrueType face whose family is exactly `family`, or -1.
 * Looked up in one FcFontList of everything (fonts/ included) instead of
 * FcFontMatch per name: matching never substitutes, and it is ~30× cheaper. */
static int resolve(gw_fonts *f, const char *family, int weight)
{
	FcPattern *best = NULL;
	for (int i = 0; f->all && i < f->all->nfont; i++) {
		FcPattern *m = f->all->fonts[i];
		if (family_is(m, family) && (!best || better(f, m, best, weight) < 0))
			best = m;
	}
	if (!best)
		return -1;
	FcChar8 *file = NULL, *format = NULL;
	int index = 0;
	if (FcPatternGetString(best, FC_FILE, 0, &file) != FcResultMatch)
		return -1;
	FcPatternGetInteger(best, FC_INDEX, 0, &index);
	if (FcPatternGetString(best, FC_FONTFORMAT, 0, &format) == FcResultMatch &&
	    strcmp((const char *)format, "TrueType") == 0)
		return add_face(f, (const char *)file, index, family);
	note(f, "font '%s' (%s) skipped: it is %s, and libharu 2.3.0 embeds only TrueType\n",
	     family, file, format ? (const char *)format : _("of unknown format"));
	return -1;
}

static bool listed(const char *list, const char *family)
{
	char buf[MAX_LIST];
	snprintf(buf, sizeof buf, "%s", list);
	for (char *save, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ' || *t == '\t')
			t++;
		char *e = t + strlen(t);
		while (e > t && (e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		if (!strcmp(t, family))
			return true;
	}
	return false;
}

/* Appends the faces of a comma-separated family list to the role's chain. */
static size_t add_chain(gw_fonts *f, struct role *ro, const char *list, int weight)
{
	char buf[MAX_LIST];
	size_t added = 0;
	snprintf(buf, sizeof buf, "%s", list);
	for (char *save, *t = strtok_r(buf, ",", &save); t && ro->n < MAX_CHAIN;
	     t = strtok_r(NULL, ",", &save)) {
		while (*t == ' ' || *t == '\t')
			t++;
		char *e = t + strlen(t);
		while (e > t && (e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		if (!*t)
			continue;
		int id = resolve(f, t, weight);
		if (id < 0)
			continue;
		bool dup = false;
		for (size_t i = 0; i < ro->n; i++)
			dup |= ro->faces[i] == id;
		if (dup)
			continue;
		ro->fake[ro->n] = listed(ro->fake_bold, t);
		ro->faces[ro->n++] = id;
		added++;
	}
	return added;
}

/* A role drawn with a face of another kind (a Song face for the 仿宋
 * body): one clause of the run's one warning line. */
static void warn_kind(gw_fonts *f, const struct role *ro, int r)
{
	size_t used = strlen(f->warning);
	snprintf(f->warning + used, sizeof f->warning - used, _("%s%s%s draws the %s role, not a %s%s%s"),
		 used ? _("; ") : "", f->faces[ro->faces[0]].family, ro->fake[0] ? _(" (faux bold)") : "", _(role_names[r]),
		 ro->meaning, ro->why[0] ? _(": ") : "", ro->why[0] ? _(ro->why) : "");
}

/* The warning is made per run, not kept in the cache: a cache written by
 * a run in Chinese must not make an English run speak Chinese. */
static void compose_warning(gw_fonts *f)
{
	f->warning[0] = '\0';
	for (int r = 0; r < GW_ROLE_N; r++)
		if (f->other_kind[r])
			warn_kind(f, &f->roles[r], r);
}

static gw_status resolve_roles(gw_fonts *f, const char *fonts_dir, gw_diag *d)
{
	for (int r = 0; r < GW_ROLE_N; r++) {
		struct role *ro = &f->roles[r];
		if (!ro->standard[0] && !ro->fallback[0] && r != GW_ROLE_BOLD) {
			char path[4096];
			snprintf(path, sizeof path, "%s/roles.ini", fonts_dir);
			gw_diag_set_file(d, path);
			return gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "add the section with standard = … and fallback = … "
				       "(see fonts/README.md)", "roles.ini names no fonts for the %s role", role_names[r]);
		}
		/* 小标宋 is a heavy Song: of a Song family (FandolSong) the title takes the bold face */
		int weight = r == GW_ROLE_BOLD || r == GW_ROLE_TITLE ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR;
		size_t std = add_chain(f, ro, ro->standard, weight);
		add_chain(f, ro, ro->fallback, weight);
		if (ro->n == 0 && r == GW_ROLE_BOLD)
			continue;  /* no bold face: faux bold over the body chain */
		if (ro->n == 0) {
			char path[4096];
			snprintf(path, sizeof path, "%s/roles.ini", fonts_dir);
			gw_diag_set_file(d, path);
			char hint[512];
			snprintf(hint, sizeof hint, _("install the Debian package%s %s (apt-get install %s), "
				   "or put a TrueType %s font into %s"),
				 strchr(ro->package, ' ') ? "s" : "", ro->package[0] ? ro->package : "fonts-arphic-gbsn00lp",
				 ro->package[0] ? ro->package : "fonts-arphic-gbsn00lp",
				 ro->meaning[0] ? ro->meaning : role_names[r], fonts_dir);
			return gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, hint,
				       "no installed TrueType font for the %s role (%s): none of %s%s%s",
				       role_names[r], ro->meaning, ro->standard, ro->standard[0] ? ", " : "",
				       ro->fallback);
		}
		f->other_kind[r] = std == 0 && ro->standard[0];
	}
	return GW_OK;
}

/* ---- resolution cache ---------------------------------------------------- */

/* The version is part of it: another gwexport may resolve differently. */
#define CACHE_MAGIC "gwexport-font-cache 3 " GW_VERSION
#define CACHE_MAX_SUBDIRS 256   /* directories under fonts/ stamped; more: no cache */

/* $GWEXPORT_FONT_CACHE (a file, or "off"), else the XDG cache directory. */
static bool cache_path(char *buf, size_t n)
{
	const char *e = getenv("GWEXPORT_FONT_CACHE");
	const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
	int k;
	if (e && *e)
		k = strcmp(e, "off") ? snprintf(buf, n, "%s", e) : -1;
	else if (x && *x == '/')
		k = snprintf(buf, n, "%s/gwexport/fonts.cache", x);
	else if (h && *h == '/')
		k = snprintf(buf, n, "%s/.cache/gwexport/fonts.cache", h);
	else
		k = -1;
	return k > 0 && (size_t)k < n;
}

/* What identifies a file's version: mtime and ctime (ns), size and inode
 * (a copy that keeps the mtime is another inode), or "-" if absent.
 * *changed: the mtime, 0 if absent (the ctime cannot be set back, so the
 * racy check below would never pass for a file touched to an old date). */
static void stamp(const char *path, char *buf, size_t n, time_t *changed)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		snprintf(buf, n, "-");
		*changed = 0;
		return;
	}
	snprintf(buf, n, "%lld.%09ld:%lld.%09ld:%lld:%llu", (long long)sb.st_mtim.tv_sec, sb.st_mtim.tv_nsec,
		 (long long)sb.st_ctim.tv_sec, sb.st_ctim.tv_nsec, (long long)sb.st_size,
		 (unsigned long long)sb.st_ino);
	*changed = sb.st_mtim.tv_sec;
}

static bool plain(const char *s)
{
	return !strpbrk(s, "\t\n\r");
}

/* The cache being written: ok turns false when it must not be saved. */
struct cwriter {
	FILE *fp;
	bool ok;
	time_t since;          /* resolution started: anything changed since is "racy" */
	size_t subdirs;
};

/* A stamp taken from something changed while fontconfig was reading (within
 * the clock's second) may not describe what it read: such a cache is not
 * saved, as git does with racily clean files. */
static void put_stamp(struct cwriter *w, const char *path, char *st, size_t n)
{
	time_t changed;
	stamp(path, st, n, &changed);
	w->ok &= plain(path) && changed < w->since - 1;
}

static void put_path(struct cwriter *w, const char *path)
{
	char st[96];
	put_stamp(w, path, st, sizeof st);
	fprintf(w->fp, "path\t%s\t%s\n", st, path);
}

static void put_list(struct cwriter *w, FcStrList *l, bool parents)
{
	if (!l) {
		w->ok = false;
		return;
	}
	for (FcChar8 *p; (p = FcStrListNext(l));) {
		put_path(w, (const char *)p);
		if (parents) {  /* a file added to conf.d changes the directory */
			char dir[4096];
			snprintf(dir, sizeof dir, "%s", (const char *)p);
			char *slash = strrchr(dir, '/');
			if (slash && slash != dir) {
				*slash = '\0';
				put_path(w, dir);
			}
		}
	}
	FcStrListDone(l);
}

/* fonts/ and every directory below it: fontconfig scans them all, and a
 * font copied into fonts/licensed/ changes only that directory. */
static void put_tree(struct cwriter *w, const char *dir, int depth)
{
	put_path(w, dir);
	DIR *dp = depth < 8 ? opendir(dir) : NULL;
	if (!dp) {
		w->ok &= depth < 8;
		return;
	}
	for (struct dirent *e; (e = readdir(dp)) && w->ok;) {
		if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		char sub[4096];
		struct stat sb;
		if (snprintf(sub, sizeof sub, "%s/%s", dir, e->d_name) >= (int)sizeof sub ||
		    stat(sub, &sb) != 0 || !S_ISDIR(sb.st_mode))
			continue;
		if (++w->subdirs > CACHE_MAX_SUBDIRS) {
			w->ok = false;
			break;
		}
		put_tree(w, sub, depth + 1);
	}
	closedir(dp);
}

/* Best effort: a cache that cannot be written only costs the next run. */
static void cache_save(const gw_fonts *f, time_t since)
{
	char path[4096], tmp[4112];
	struct stat sb;
	if (!f->roles_key[0] || !cache_path(path, sizeof path))
		return;
	/* GWEXPORT_FONT_CACHE=/dev/null (or a FIFO): never renamed over */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return;
	char *slash = strrchr(path, '/');
	if (slash && slash != path) {  /* ~/.cache/gwexport: create up to two levels */
		*slash = '\0';
		char *up = strrchr(path, '/');
		if (up && up != path) {
			*up = '\0';
			mkdir(path, 0700);
			*up = '/';
		}
		mkdir(path, 0700);
		*slash = '/';
	}
	snprintf(tmp, sizeof tmp, "%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!fp) {
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		return;
	}
	struct cwriter w = {.fp = fp, .ok = plain(f->own), .since = since};
	fprintf(fp, "%s\nkey\t%s\t%s\n", CACHE_MAGIC, f->roles_key, f->own);
	if (f->own[0])
		put_tree(&w, f->own, 0);
	if (f->search_abs[0])
		put_path(&w, f->search_abs);  /* absent now: its appearance invalidates the cache */
	if (f->built[0])
		put_tree(&w, f->built, 0);
	put_list(&w, FcConfigGetConfigFiles(f->cfg), true);
	put_list(&w, FcConfigGetFontDirs(f->cfg), false);
	/* per-user places fontconfig reads only once they exist */
	const char *home = getenv("HOME"), *xc = getenv("XDG_CONFIG_HOME"), *xd = getenv("XDG_DATA_HOME");
	char p[4096];
	if (xc && *xc) {
		snprintf(p, sizeof p, "%s/fontconfig", xc);
		put_path(&w, p);
	}
	if (xd && *xd) {
		snprintf(p, sizeof p, "%s/fonts", xd);
		put_path(&w, p);
	}
	static const char *const in_home[] = {".config/fontconfig", ".local/share/fonts", ".fonts", ".fonts.conf"};
	for (size_t i = 0; home && *home && i < sizeof in_home / sizeof in_home[0]; i++) {
		snprintf(p, sizeof p, "%s/%s", home, in_home[i]);
		put_path(&w, p);
	}
	for (size_t i = 0; i < f->n_faces; i++) {
		char st[96];
		put_stamp(&w, f->faces[i].file, st, sizeof st);
		w.ok &= plain(f->faces[i].family);
		fprintf(fp, "face\t%d\t%s\t%s\t%s\n", f->faces[i].index, st, f->faces[i].family, f->faces[i].file);
	}
	for (int r = 0; r < GW_ROLE_N; r++) {
		fprintf(fp, "role\t%d", r);
		for (size_t i = 0; i < f->roles[r].n; i++)
			fprintf(fp, "\t%d:%d", f->roles[r].faces[i], (int)f->roles[r].fake[i]);
		fputc('\n', fp);
	}
	for (const char *n = f->notes, *e; *n; n = e + 1) {
		e = strchr(n, '\n');
		if (!e)
			break;
		fprintf(fp, "note\t%.*s\n", (int)(e - n), n);
	}
	for (int r = 0; r < GW_ROLE_N; r++)
		if (f->other_kind[r])
			fprintf(fp, "kind\t%d\n", r);
	fputs("end\n", fp);
	w.ok &= fflush(fp) == 0 && !ferror(fp);
	w.ok &= fclose(fp) == 0;
	if (!w.ok || rename(tmp, path) != 0)
		unlink(tmp);
}

/* One line of the cache into f.  false: the cache does not apply. */
static bool cache_line(gw_fonts *f, char *line, bool *end)
{
	char *save, *kind = strtok_r(line, "\t", &save);
	if (!kind)
		return false;
	if (!strcmp(kind, "end"))
		return *end = true;
	if (!strcmp(kind, "note")) {
		note(f, "%s\n", save ? save : "");
		return true;
	}
	if (!strcmp(kind, "kind")) {
		int r = save ? atoi(save) : -1;
		if (r < 0 || r >= GW_ROLE_N)
			return false;
		return f->other_kind[r] = true;
	}
	char *a = strtok_r(NULL, "\t", &save), *b = strtok_r(NULL, "\t", &save);
	if (!a)
		return false;
	if (!strcmp(kind, "key"))
		return !strcmp(a, f->roles_key) && !strcmp(b ? b : "", f->own);
	char now[96];
	time_t changed;
	if (!strcmp(kind, "path")) {
		stamp(b ? b : "", now, sizeof now, &changed);
		return b && !strcmp(a, now);
	}
	if (!strcmp(kind, "face")) {
		char *family = strtok_r(NULL, "\t", &save), *file = strtok_r(NULL, "\t", &save);
		if (!b || !family || !file)
			return false;
		stamp(file, now, sizeof now, &changed);
		size_t before = f->n_faces;
		return !strcmp(b, now) && add_face(f, file, atoi(a), family) == (int)before;
	}
	if (!strcmp(kind, "role")) {
		int r = atoi(a);
		if (r < 0 || r >= GW_ROLE_N || f->roles[r].n)
			return false;
		struct role *ro = &f->roles[r];
		for (char *t = b; t; t = strtok_r(NULL, "\t", &save)) {
			int id, fake;
			if (ro->n == MAX_CHAIN || sscanf(t, "%d:%d", &id, &fake) != 2 || id < 0 ||
			    (size_t)id >= f->n_faces)
				return false;
			ro->faces[ro->n] = id;
			ro->fake[ro->n++] = fake != 0;
		}
		return true;
	}
	return false;
}

/* Fills f's faces, chains and notes from the cache when every stamp in it
 * still holds; otherwise leaves them empty and returns false. */
static bool cache_load(gw_fonts *f)
{
	char path[4096];
	if (!f->roles_key[0] || !cache_path(path, sizeof path))
		return false;
	FILE *fp = NULL;
	gw_regfile opened = gw_open_regular(path, &fp);
	if (opened == GW_REG_NOT_REGULAR)
		note(f, "the font cache %s is not a regular file: not used, not replaced\n", path);
	if (opened != GW_REG_OK)
		return false;
	char line[8192];
	bool ok = fgets(line, sizeof line, fp) && !strcmp(line, CACHE_MAGIC "\n"), end = false;
	/* the key comes first: without it nothing says which roles.ini it is for */
	ok = ok && fgets(line, sizeof line, fp) && !strncmp(line, "key\t", 4) && strchr(line, '\n');
	if (ok) {
		*strchr(line, '\n') = '\0';
		ok = cache_line(f, line, &end) && !end;
	}
	while (ok && !end && fgets(line, sizeof line, fp)) {
		size_t n = strlen(line);
		ok = n && line[n - 1] == '\n';
		line[n ? n - 1 : 0] = '\0';
		ok = ok && cache_line(f, line, &end);
	}
	fclose(fp);
	if (ok && end)
		for (int r = 0; r < GW_ROLE_N; r++)
			ok &= f->roles[r].n > 0 || r == GW_ROLE_BOLD;
	if (ok && end)
		return true;
	drop_faces(f);
	for (int r = 0; r < GW_ROLE_N; r++)
		f->roles[r].n = 0;
	f->notes[0] = '\0';
	memset(f->other_kind, 0, sizeof f->other_kind);
	return false;
}

/* fontconfig opens every file under the directories added to it, a FIFO
 * too, and then waits for a writer forever: such a file is refused before
 * fontconfig starts.  Bounded as put_tree (8 levels, CACHE_MAX_SUBDIRS);
 * dot files are skipped, as fontconfig skips them. */
static gw_status check_tree(const char *dir, int depth, size_t *dirs, gw_diag *d)
{
	DIR *dp = depth < 8 && *dirs < CACHE_MAX_SUBDIRS ? opendir(dir) : NULL;
	gw_status st = GW_OK;
	for (struct dirent *e; dp && !st && (e = readdir(dp));) {
		char sub[4096];
		struct stat sb;
		if (e->d_name[0] == '.' || snprintf(sub, sizeof sub, "%s/%s", dir, e->d_name) >= (int)sizeof sub ||
		    fstatat(dirfd(dp), e->d_name, &sb, 0) != 0 || S_ISREG(sb.st_mode))
			continue;
		if (S_ISDIR(sb.st_mode)) {
			++*dirs;
			st = check_tree(sub, depth + 1, dirs, d);
			continue;
		}
		gw_diag_set_file(d, sub);
		st = gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "remove it or move it out of the fonts folder",
			     "not a regular file (a FIFO, socket or device): the font scan would wait on it forever");
	}
	if (dp)
		closedir(dp);
	return st;
}

gw_status gw_fonts_open(const char *fonts_dir, gw_fonts **out, gw_diag *d)
{
	*out = NULL;
	gw_fonts *f = calloc(1, sizeof *f);
	if (!f)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory loading fonts");
	const char *dir = fonts_dir && *fonts_dir ? fonts_dir : "fonts";
	gw_status st = read_roles(f, dir, d);
	if (st)
		goto fail;
	struct stat sb;
	if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode) && !realpath(dir, f->own))
		f->own[0] = '\0';
	if (f->search[0]) {  /* relative to fonts/ */
		snprintf(f->search_abs, sizeof f->search_abs, "%s%s%s", f->search[0] == '/' ? "" : dir,
			 f->search[0] == '/' ? "" : "/", f->search);
		if (stat(f->search_abs, &sb) != 0 || !S_ISDIR(sb.st_mode) || !realpath(f->search_abs, f->built))
			f->built[0] = '\0';
	}
	if (cache_load(f)) {
		f->from_cache = true;
		compose_warning(f);
		*out = f;
		return GW_OK;
	}
	size_t dirs = 0;
	if ((f->own[0] && (st = check_tree(f->own, 0, &dirs, d))) ||
	    (f->built[0] && (st = check_tree(f->built, 0, &dirs, d))))
		goto fail;
	time_t since = time(NULL);
	f->cfg = FcInitLoadConfigAndFonts();
	if (!f->cfg) {
		st = gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "check the fontconfig installation (fc-list)",
			     "fontconfig could not be initialised");
		goto fail;
	}
	if (f->own[0])
		FcConfigAppFontAddDir(f->cfg, (const FcChar8 *)f->own);
	if (f->built[0])
		FcConfigAppFontAddDir(f->cfg, (const FcChar8 *)f->built);
	FcPattern *any = FcPatternCreate();
	FcObjectSet *os = FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_FONTFORMAT, FC_WEIGHT, FC_SLANT,
					   FC_STYLE, (char *)NULL);
	if (any && os)
		f->all = FcFontList(f->cfg, any, os);
	if (any)
		FcPatternDestroy(any);
	if (os)
		FcObjectSetDestroy(os);
	if (!f->all) {
		st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory listing fonts");
		goto fail;
	}
	st = resolve_roles(f, dir, d);
	if (st)
		goto fail;
	compose_warning(f);
	cache_save(f, since);
	/* Faces keep their own file handles (HarfBuzz); fontconfig's data is no
	 * longer needed.  Freeing it now also keeps forked batch workers, which
	 * leave with _exit, from holding blocks valgrind cannot trace
	 * (fontconfig links patterns by offsets, not pointers). */
	FcFontSetDestroy(f->all);
	f->all = NULL;
	FcConfigDestroy(f->cfg);
	f->cfg = NULL;
	*out = f;
	return GW_OK;
fail:
	gw_fonts_close(f);
	return st;
}

gw_status gw_fonts_from_memory(const unsigned char *data, size_t len, const char *name, gw_fonts **out,
				gw_diag *d)
{
	*out = NULL;
	gw_fonts *f = calloc(1, sizeof *f);
	hb_blob_t *blob = f && len <= UINT_MAX ? hb_blob_create_or_fail((const char *)data, (unsigned)len,
									HB_MEMORY_MODE_DUPLICATE, NULL, NULL)
					       : NULL;
	int id = blob ? add_face_blob(f, blob, name, 0, "memory") : -1;
	hb_blob_destroy(blob);
	if (id < 0) {
		gw_fonts_close(f);
		gw_diag_set_file(d, name);
		return gw_fail(d, f ? GW_E_FONT : GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "not a font HarfBuzz can read");
	}
	for (int r = 0; r < GW_ROLE_N; r++) {
		f->roles[r].faces[0] = id;
		f->roles[r].n = 1;
	}
	*out = f;
	return GW_OK;
}

void gw_fonts_close(gw_fonts *f)
{
	if (!f)
		return;
	drop_faces(f);
	if (f->all)
		FcFontSetDestroy(f->all);
	if (f->cfg)
		FcConfigDestroy(f->cfg);
	free(f);
}

/* ---- per-character queries --------------------------------------------- */

static bool has_glyph(const struct face *fc, uint32_t cp)
{
	hb_codepoint_t g;
	return hb_font_get_nominal_glyph(fc->font, cp, &g) && g != 0;
}

static bool is_private_use(uint32_t cp)
{
	return cp >= 0xE000 && cp <= 0xF8FF;
}

int gw_fonts_pick(const gw_fonts *f, gw_role role, uint32_t cp, bool *fake_bold)
{
	*fake_bold = false;
	if (cp > 0xFFFF || role >= GW_ROLE_N)
		return -1;  /* libharu 2.3.0 turns code points above U+FFFF into spaces */
	const struct role *ro = &f->roles[role];
	bool force_fake = false;
	if (role == GW_ROLE_BOLD && ro->n == 0) {
		ro = &f->roles[GW_ROLE_BODY];
		force_fake = true;
	}
	/* A private-use code point means whatever the author's font drew there;
	 * another font's glyph at that point is a different character.  So
	 * only the role's first font may draw it (e.g. a licensed font in
	 * fonts/ with the office's own rare characters); otherwise it is a
	 * missing character, reported as such. */
	size_t n = is_private_use(cp) && ro->n ? 1 : ro->n;
	for (size_t i = 0; i < n; i++)
		if (has_glyph(&f->faces[ro->faces[i]], cp)) {
			*fake_bold = force_fake || ro->fake[i];
			return ro->faces[i];
		}
	return -1;
}

int gw_fonts_advance(const gw_fonts *f, int face, uint32_t cp)
{
	if (face < 0 || (size_t)face >= f->n_faces || cp > 0xFFFF)
		return 0;
	const struct face *fc = &f->faces[face];
	hb_codepoint_t g = 0;
	hb_font_get_nominal_glyph(fc->font, cp, &g);
	unsigned a = (unsigned)hb_font_get_glyph_h_advance(fc->font, g);
	/* on the grid the program is embedded on, truncated as libharu does */
	return (int)(int16_t)(gw_tt_scale((long)a, fc->upem) * 1000 / (long)gw_tt_target_upem(fc->upem));
}

size_t gw_fonts_count(const gw_fonts *f) { return f->n_faces; }
const char *gw_fonts_family(const gw_fonts *f, int face) { return f->faces[face].family; }
const char *gw_fonts_file(const gw_fonts *f, int face) { return f->faces[face].file; }
const char *gw_fonts_notes(const gw_fonts *f) { return f->notes; }
const char *gw_fonts_warning(const gw_fonts *f) { return f->warning; }

/* ---- subsetting --------------------------------------------------------- */

gw_status gw_fonts_subset(const gw_fonts *f, int face, const uint32_t *cps, size_t n,
			  unsigned char **data, size_t *len, gw_diag *d)
{
	static const char *const drop[] = {"GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG",
				     "BDF ", "FFTM", "gasp", "mort", "morx", "kern"};
	*data = NULL;
	*len = 0;
	const struct face *fc = &f->faces[face];
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	if (!in)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory subsetting a font");
	hb_set_t *u = hb_subset_input_unicode_set(in);
	hb_set_add(u, 0x20);
	for (size_t i = 0; i < n; i++)
		hb_set_add(u, cps[i]);
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	hb_set_t *tags = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++)
		hb_set_add(tags, hb_tag_from_string(drop[i], 4));
	hb_face_t *sub = hb_subset_or_fail(fc->hb, in);
	hb_subset_input_destroy(in);
	if (!sub)
		return gw_fail(d, GW_E_FONT, 0, GW_NO_BYTE, "try another font for this role in fonts/roles.ini",
			       "cannot subset font %s", fc->file);
	hb_blob_t *blob = hb_face_reference_blob(sub);
	unsigned blen = 0;
	const char *bytes = hb_blob_get_data(blob, &blen);
	gw_status st = GW_OK;
	if (blen && gw_tt_target_upem(fc->upem) != fc->upem &&
	    gw_tt_rescale((const unsigned char *)bytes, blen, data, len) == 0) {
		/* on the coarser grid (ttscale.h) */
	} else if (blen == 0 || !(*data = malloc(blen))) {
		st = gw_fail(d, blen ? GW_E_NOMEM : GW_E_FONT, 0, GW_NO_BYTE, NULL,
			     "cannot subset font %s", fc->file);
	} else {
		/* as is: a program the rescaler cannot read differs from the
		 * layout's advances by at most a thousandth of an em */
		memcpy(*data, bytes, blen);
		*len = blen;
	}
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	return st;
}
