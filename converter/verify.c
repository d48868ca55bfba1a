/*
 * verify.c — `gwexport verify BUNDLE.zip`: proves that a BagIt bag (RFC
 * 8493) inside a zip is intact, ours or anyone's, without extracting
 * anything: names are compared as strings, contents are hashed while read.
 *
 * The checks, in order:
 *   1. the zip opens with ZIP_CHECKCONS (central directory and local
 *      headers agree) and has at most GW_BAG_MAX_ENTRIES entries;
 *   2. every name is safe (bagit.h: no "..", absolute path, backslash,
 *      drive letter, control character), appears once, is not a symbolic
 *      link or encrypted, and lies in the one directory holding bagit.txt;
 *   3. bagit.txt is a valid bag declaration; tag files are read (≤ 16 MB);
 *   4. manifests: each line names a file of the bag, every payload file is
 *      in every payload manifest, every tag manifest lists every payload
 *      manifest, and no file is outside every manifest;
 *   5. every file is read to its end — libzip checks the CRC only then —
 *      while its digests are computed and compared with the manifests;
 *   6. Payload-Oxum in bag-info.txt matches the payload's bytes and files;
 *   7. a payload file called .pdf has a PDF's skeleton, one called .ofd is a
 *      sound zip whose XML parts are well-formed and name parts it holds
 *      (verify_doc.h): a bag made from a broken file, or whose manifests
 *      were rewritten after the damage, still says which file is broken.
 * Each problem is reported as one line through the callback.
 */
#include "verify.h"

#include <stdarg.h>
#include <stdint.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <openssl/evp.h>
#include <zip.h>

#include "model/i18n.h"
#include "model/utf8.h"
#include "verify_doc.h"
#include "write/bagit.h"

#define MAX_SHOWN 100   /* problems printed; the rest are only counted */

enum { A_MD5, A_SHA1, A_SHA256, A_SHA512, N_ALGS };
static const struct {
	const char *name;
	size_t hex_len;
} algs[N_ALGS] = {{"md5", 32}, {"sha1", 40}, {"sha256", 64}, {"sha512", 128}};

static const EVP_MD *alg_md(int a)
{
	switch (a) {
	case A_MD5: return EVP_md5();
	case A_SHA1: return EVP_sha1();
	case A_SHA256: return EVP_sha256();
	default: return EVP_sha512();
	}
}

typedef struct ventry {
	const char *name;            /* as stored (libzip owns it) */
	const char *rel;             /* name after "<top>/", NULL when outside */
	zip_uint64_t index, size;
	int is_dir, bad;             /* bad: reported already, skip it */
	const char *expect[N_ALGS];  /* hex digits in a manifest's text (not NUL-ended) */
	unsigned char *text;         /* tag files only: the whole content */
	size_t text_len;
} ventry;

typedef struct manifest {
	int alg;
	int tag;                     /* tagmanifest-*.txt */
	ventry *file;
} manifest;

typedef struct vctx {
	zip_t *za;
	gw_problem_fn problem;
	void *ctx;
	int count;
	int stop;                    /* a ceiling was hit: no further reading */
	ventry *e;                   /* sorted by name */
	size_t n;
	const char *top;             /* bag directory name (points into an entry name) */
	size_t top_len;
	manifest man[2 * N_ALGS];
	size_t n_man;
	uint64_t total_read;
} vctx;

static void report(vctx *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report(vctx *v, const char *fmt, ...)
{
	if (++v->count > MAX_SHOWN)
		return;
	char msg[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	va_end(ap);
	v->problem(v->ctx, msg);
}

/* A name fit for a terminal: control and non-UTF-8 bytes as \xNN, long
 * names cut.  Names come from untrusted zips. */
static const char *show(const char *s, size_t len, char *buf, size_t size)
{
	size_t o = 0;
	for (size_t i = 0; i < len && o + 8 < size; i++) {
		unsigned char ch = (unsigned char)s[i];
		size_t ok = ch >= 0x80 ? gw_utf8_valid_prefix((const unsigned char *)s + i, len - i) : 1;
		size_t cp = 1;
		if (ch >= 0x80 && ok)
			gw_utf8_decode(s + i, len - i, &cp);
		if (ch < 0x20 || ch == 0x7f || ok == 0) {
			o += (size_t)snprintf(buf + o, size - o, "\\x%02X", ch);
		} else if (o + cp + 1 < size) {
			memcpy(buf + o, s + i, cp);
			o += cp;
			i += cp - 1;
		} else {
			break;
		}
	}
	buf[o] = '\0';
	return buf;
}

#define SHOW(s) show((s), strlen(s), (char[600]){0}, 600)

static int by_name(const void *a, const void *b)
{
	return strcmp(((const ventry *)a)->name, ((const ventry *)b)->name);
}

static ventry *find(vctx *v, const char *name)
{
	ventry key = {.name = name};
	return bsearch(&key, v->e, v->n, sizeof *v->e, by_name);
}

static int is_symlink(zip_t *za, zip_uint64_t i)
{
	zip_uint8_t os;
	zip_uint32_t attr;
	if (zip_file_get_external_attributes(za, i, 0, &os, &attr) != 0)
		return 0;
	return os == ZIP_OPSYS_UNIX && ((attr >> 16) & S_IFMT) == S_IFLNK;
}

/* Step 2a: one problem per unsafe, encrypted, linked or oversized entry. */
static int load_entries(vctx *v)
{
	zip_int64_t n = zip_get_num_entries(v->za, 0);
	if (n <= 0) {
		report(v, "the zip is empty: it holds no bag");
		return -1;
	}
	if ((zip_uint64_t)n > GW_BAG_MAX_ENTRIES) {
		report(v, "the zip has %lld entries; at most %u are checked", (long long)n, GW_BAG_MAX_ENTRIES);
		return -1;
	}
	v->e = calloc((size_t)n, sizeof *v->e);
	if (!v->e) {
		report(v, "out of memory listing %lld entries", (long long)n);
		return -1;
	}
	v->n = (size_t)n;
	for (size_t i = 0; i < v->n; i++) {
		ventry *e = &v->e[i];
		zip_stat_t st;
		e->index = i;
		e->name = zip_get_name(v->za, i, ZIP_FL_ENC_RAW);
		if (!e->name || zip_stat_index(v->za, i, ZIP_FL_ENC_RAW, &st) != 0) {
			e->name = e->name ? e->name : "";
			e->bad = 1;
			report(v, "entry %zu: cannot be read: %s", i + 1, zip_strerror(v->za));
			continue;
		}
		size_t len = strlen(e->name);
		e->size = st.size;
		e->is_dir = len > 0 && e->name[len - 1] == '/';
		const char *why = gw_bagit_name_problem(e->name, len);
		if (why)
			report(v, "%s: unsafe entry name: it %s", SHOW(e->name), _(why));
		else if (st.encryption_method != ZIP_EM_NONE)
			report(v, "%s: is encrypted, so it cannot be checked", SHOW(e->name));
		else if (is_symlink(v->za, i))
			report(v, "%s: is a symbolic link; a bag holds only files", SHOW(e->name));
		else if (st.size > GW_BAG_MAX_ENTRY_BYTES)
			report(v, "%s: is %llu bytes; entries over 1 GB are not checked", SHOW(e->name),
			       (unsigned long long)st.size);
		else if (e->is_dir && st.size)
			report(v, "%s: a directory entry that holds data", SHOW(e->name));
		else
			continue;
		e->bad = 1;
	}
	qsort(v->e, v->n, sizeof *v->e, by_name);
	for (size_t i = 1; i < v->n; i++)
		if (strcmp(v->e[i].name, v->e[i - 1].name) == 0 && !v->e[i].bad) {
			report(v, "%s: appears twice in the zip", SHOW(v->e[i].name));
			v->e[i].bad = v->e[i - 1].bad = 1;
		}
	return 0;
}

/* Step 2b: the bag directory is the one holding bagit.txt; everything
 * must be inside it. */
static void find_top(vctx *v)
{
	for (size_t i = 0; i < v->n; i++) {
		const char *s = strchr(v->e[i].name, '/');
		if (!v->e[i].bad && s && strcmp(s, "/bagit.txt") == 0) {
			if (v->top) {
				report(v, "%s: a second bag in the same zip", SHOW(v->e[i].name));
				v->e[i].bad = 1;
				continue;
			}
			v->top = v->e[i].name;
			v->top_len = (size_t)(s - v->top);
		}
	}
	if (!v->top)
		report(v, "no <bag>/bagit.txt: this zip does not hold a BagIt bag");
	for (size_t i = 0; i < v->n; i++) {
		ventry *e = &v->e[i];
		if (e->bad)
			continue;
		if (v->top && strncmp(e->name, v->top, v->top_len) == 0 && e->name[v->top_len] == '/')
			e->rel = e->name + v->top_len + 1;
		else if (v->top) {
			report(v, "%s: lies outside the bag directory '%.*s/'", SHOW(e->name),
			       (int)v->top_len, v->top);
			e->bad = 1;
		}
	}
}

/* Reads entry e to its end, feeding the digests in md (NULL = unused) and,
 * when `keep`, storing the bytes in e->text.  0 or -1 (reported). */
static int read_entry(vctx *v, ventry *e, EVP_MD_CTX **md, int keep)
{
	if (v->stop)
		return -1;
	if (v->total_read + e->size > GW_BAG_MAX_TOTAL_BYTES) {
		report(v, "the bag holds more than 4 GB; the rest is not checked");
		v->stop = 1;
		return -1;
	}
	unsigned char chunk[65536];
	unsigned char *buf = keep ? malloc(e->size + 1) : NULL;
	if (keep && !buf) {
		report(v, "%s: out of memory reading it", SHOW(e->name));
		return -1;
	}
	zip_file_t *zf = zip_fopen_index(v->za, e->index, 0);
	int rc = -1;
	if (!zf) {
		report(v, "%s: cannot be read: %s", SHOW(e->name), zip_strerror(v->za));
		goto done;
	}
	zip_uint64_t got = 0;
	for (;;) {
		unsigned char *dst = keep ? buf + got : chunk;
		zip_uint64_t room = keep ? e->size - got : sizeof chunk;
		zip_int64_t n = zip_fread(zf, dst, room ? room : 1);
		if (n < 0) {
			report(v, "%s: damaged: %s", SHOW(e->name), zip_file_strerror(zf));
			goto done;
		}
		if (n == 0)
			break;
		if ((zip_uint64_t)n > e->size - got) {
			report(v, "%s: holds more data than its zip header says", SHOW(e->name));
			goto done;
		}
		for (int a = 0; a < N_ALGS; a++)
			if (md[a])
				EVP_DigestUpdate(md[a], dst, (size_t)n);
		got += (zip_uint64_t)n;
	}
	v->total_read += got;
	if (got != e->size) {
		report(v, "%s: holds %llu bytes but its zip header says %llu", SHOW(e->name),
		       (unsigned long long)got, (unsigned long long)e->size);
		goto done;
	}
	rc = 0;
done:
	if (zf && zip_fclose(zf) != 0 && rc == 0) {
		report(v, "%s: damaged (checked on close)", SHOW(e->name));
		rc = -1;
	}
	if (rc == 0 && keep) {
		buf[got] = '\0';
		e->text = buf;
		e->text_len = (size_t)got;
	} else {
		free(buf);
	}
	return rc;
}

static int alg_of(const char *s, size_t n)
{
	for (int a = 0; a < N_ALGS; a++)
		if (strlen(algs[a].name) == n && strncmp(algs[a].name, s, n) == 0)
			return a;
	return -1;
}

/* Step 3: tag files at the top of the bag are read into memory. */
static void load_tag_files(vctx *v)
{
	uint64_t kept = 0;   /* bytes held in memory */
	for (size_t i = 0; i < v->n; i++) {
		ventry *e = &v->e[i];
		if (e->bad || !e->rel || e->is_dir || strchr(e->rel, '/'))
			continue;
		const char *r = e->rel;
		size_t len = strlen(r);
		int tag = strncmp(r, "tagmanifest-", 12) == 0;
		int man = tag || strncmp(r, "manifest-", 9) == 0;
		if (!man && strcmp(r, "bagit.txt") && strcmp(r, "bag-info.txt") && strcmp(r, "fetch.txt"))
			continue;   /* another tag file: checked through the tag manifests */
		if (man && (len < 5 || strcmp(r + len - 4, ".txt") != 0))
			continue;
		if (e->size > GW_BAG_MAX_TAGFILE_BYTES || kept + e->size > 4ull * GW_BAG_MAX_TAGFILE_BYTES) {
			report(v, "%s: %llu bytes is more than the 16 MB a tag file may have (64 MB for all)",
			       SHOW(e->name), (unsigned long long)e->size);
			e->bad = 1;
			continue;
		}
		kept += e->size;
		EVP_MD_CTX *none[N_ALGS] = {0};
		if (read_entry(v, e, none, 1) != 0) {
			e->bad = 1;
			continue;
		}
		if (gw_utf8_valid_prefix(e->text, e->text_len) != e->text_len)
			report(v, "%s: is not valid UTF-8", SHOW(e->name));
		if (!man)
			continue;
		size_t skip = tag ? 12 : 9;
		int a = alg_of(r + skip, len - skip - 4);
		if (a < 0)
			report(v, "%s: checksum algorithm '%.*s' is not supported (md5, sha1, sha256, sha512 are)",
			       SHOW(e->name), (int)(len - skip - 4), r + skip);
		else
			v->man[v->n_man++] = (manifest){a, tag, e};
	}
}

static ventry *tag_file(vctx *v, const char *rel)
{
	for (size_t i = 0; i < v->n; i++)
		if (!v->e[i].bad && v->e[i].rel && strcmp(v->e[i].rel, rel) == 0)
			return &v->e[i];
	return NULL;
}

/* Next line of t[*pos..len) without its CR/LF; NULL at the end. */
static const char *next_line(const unsigned char *t, size_t len, size_t *pos, size_t *n)
{
	if (*pos >= len)
		return NULL;
	const char *s = (const char *)t + *pos;
	const char *nl = memchr(s, '\n', len - *pos);
	*n = nl ? (size_t)(nl - s) : len - *pos;
	*pos += *n + (nl ? 1 : 0);
	if (*n && s[*n - 1] == '\r')
		(*n)--;
	return s;
}

#define ENCODING_LINE "Tag-File-Character-Encoding: UTF-8"

/* bagit.txt: exactly "BagIt-Version: M.N" and ENCODING_LINE. */
static void check_declaration(vctx *v)
{
	ventry *e = tag_file(v, "bagit.txt");
	if (!e || !e->text)
		return;
	if (e->text_len >= 3 && memcmp(e->text, "\xEF\xBB\xBF", 3) == 0) {
		report(v, "%s: starts with a byte-order mark, which RFC 8493 forbids", SHOW(e->name));
		return;
	}
	size_t pos = 0, n, count = 0;
	const char *line;
	int version_ok = 0, encoding_ok = 0;
	while ((line = next_line(e->text, e->text_len, &pos, &n))) {
		if (n == 0)
			continue;
		count++;
		if (count == 1 && n > 15 && strncmp(line, "BagIt-Version: ", 15) == 0)
			version_ok = (n == 18 && strncmp(line + 15, "1.0", 3) == 0) ||
				     (n == 19 && strncmp(line + 15, "0.97", 4) == 0);
		else if (count == 2 && n == sizeof ENCODING_LINE - 1 &&
			 strncasecmp(line, ENCODING_LINE, n) == 0)
			encoding_ok = 1;
	}
	if (!version_ok)
		report(v, "%s: the first line must be 'BagIt-Version: 1.0' (or 0.97)", SHOW(e->name));
	if (!encoding_ok)
		report(v, "%s: the second line must be 'Tag-File-Character-Encoding: UTF-8'", SHOW(e->name));
	if (count > 2)
		report(v, "%s: has %zu lines; a bag declaration has exactly 2", SHOW(e->name), count);
}

static int is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i])
			return 0;
	return 1;
}

/* One manifest line "<hex> <path>": records the digest on the entry. */
static void manifest_line(vctx *v, const manifest *m, size_t lineno, const char *s, size_t n)
{
	const char *mname = SHOW(m->file->name), *rel = SHOW(m->file->rel);
	size_t h = 0;
	while (h < n && s[h] != ' ' && s[h] != '\t')
		h++;
	size_t p = h;
	while (p < n && (s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p == h || p == n) {
		report(v, "%s line %zu: not '<checksum>  <path>'", mname, lineno);
		return;
	}
	if (h != algs[m->alg].hex_len || !is_hex(s, h)) {
		report(v, "%s line %zu: '%.*s' is not a %s checksum", mname, lineno, (int)(h > 20 ? 20 : h), s,
		       algs[m->alg].name);
		return;
	}
	char path[GW_BAG_MAX_NAME_BYTES + 1], full[2 * GW_BAG_MAX_NAME_BYTES + 2];
	if (n - p > GW_BAG_MAX_NAME_BYTES) {
		report(v, "%s line %zu: path is longer than %u bytes", mname, lineno, GW_BAG_MAX_NAME_BYTES);
		return;
	}
	size_t plen = gw_bagit_decode_path(s + p, n - p, path);
	const char *why = gw_bagit_name_problem(path, plen);
	int in_data = strncmp(path, "data/", 5) == 0;
	if (why || plen != strlen(path) || path[plen - 1] == '/') {
		report(v, "%s line %zu: unsafe path %s: it %s", mname, lineno, show(path, plen, (char[600]){0}, 600),
		       why ? _(why) : _("is not a file name"));
		return;
	}
	if (in_data == m->tag) {
		report(v, "%s line %zu: %s must %s", mname, lineno, SHOW(path),
		       m->tag ? _("not be a payload file (data/…)") : _("be a payload file under data/"));
		return;
	}
	snprintf(full, sizeof full, "%.*s/%s", (int)v->top_len, v->top, path);
	ventry *e = find(v, full);
	if (!e || e->bad) {
		if (!e)
			report(v, "%s: listed in %s but missing from the zip", SHOW(full), rel);
		return;
	}
	if (e->expect[m->alg]) {
		report(v, "%s: listed twice in %s", SHOW(full), rel);
		return;
	}
	e->expect[m->alg] = s;
}

static void parse_manifests(vctx *v)
{
	for (size_t i = 0; i < v->n_man; i++) {
		const manifest *m = &v->man[i];
		size_t pos = 0, n, lineno = 0;
		const char *line;
		while ((line = next_line(m->file->text, m->file->text_len, &pos, &n))) {
			lineno++;
			if (n)
				manifest_line(v, m, lineno, line, n);
		}
	}
}

static int is_standard_tag_file(const char *rel)
{
	return strcmp(rel, "bagit.txt") == 0 || strcmp(rel, "bag-info.txt") == 0 ||
	       strcmp(rel, "fetch.txt") == 0 || strncmp(rel, "tagmanifest-", 12) == 0;
}

/* Step 4: every file is covered by the manifests that must cover it. */
static void check_completeness(vctx *v)
{
	int payload_manifests = 0, has_data = 0;
	for (size_t i = 0; i < v->n_man; i++)
		payload_manifests += !v->man[i].tag;
	if (v->top && !payload_manifests)
		report(v, "no usable manifest-<algorithm>.txt: nothing proves the payload is intact");
	for (size_t i = 0; i < v->n; i++) {
		ventry *e = &v->e[i];
		if (e->bad || !e->rel)
			continue;
		if (strncmp(e->rel, "data/", 5) == 0)
			has_data = 1;
		if (e->is_dir)
			continue;
		int payload = strncmp(e->rel, "data/", 5) == 0, covered = 0;
		int is_manifest = !payload && strncmp(e->rel, "manifest-", 9) == 0 && !strchr(e->rel, '/');
		for (size_t k = 0; k < v->n_man; k++) {
			const manifest *m = &v->man[k];
			int listed = e->expect[m->alg] != NULL;
			if (m->tag == !payload)
				covered |= listed;
			if ((payload && !m->tag && !listed) || (is_manifest && m->tag && !listed))
				report(v, "%s: not listed in %s", SHOW(e->name), SHOW(m->file->rel));
		}
		if (!payload && !covered && !is_manifest && !is_standard_tag_file(e->rel))
			report(v, "%s: not listed in any tag manifest, so nothing proves it is intact",
			       SHOW(e->name));
	}
	if (v->top && !has_data)
		report(v, "no data/ directory: the bag has no payload");
	ventry *fetch = tag_file(v, "fetch.txt");
	if (fetch && fetch->text_len)
		report(v, "%s: lists files to download; only complete bags can be verified", SHOW(fetch->name));
}

static void hex_of(EVP_MD_CTX *md, char *out)
{
	unsigned char raw[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	static const char digits[] = "0123456789abcdef";
	if (!EVP_DigestFinal_ex(md, raw, &n))
		n = 0;
	for (unsigned int i = 0; i < n; i++) {
		out[2 * i] = digits[raw[i] >> 4];
		out[2 * i + 1] = digits[raw[i] & 15];
	}
	out[2 * n] = '\0';
}

/* ---- step 7: the documents inside ---------------------------------------- */

/* Documents are held in memory to be read; past this only digests. */
#define MAX_DOC_BYTES ((zip_uint64_t)256 << 20)

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static int is_document(const ventry *e)
{
	return e->rel && strncmp(e->rel, "data/", 5) == 0 && e->size <= MAX_DOC_BYTES &&
	       (ends_with(e->rel, ".pdf") || ends_with(e->rel, ".ofd"));
}

/* Entry i of an OFD, whole (read to its end: libzip checks the CRC then);
 * NULL with the reason in why. */
static unsigned char *ofd_entry(zip_t *za, zip_uint64_t i, size_t *len, char *why, size_t size)
{
	zip_stat_t st;
	if (zip_stat_index(za, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > MAX_DOC_BYTES) {
		snprintf(why, size, "entry %llu has no size or is too big", (unsigned long long)i);
		return NULL;
	}
	zip_file_t *zf = zip_fopen_index(za, i, 0);
	unsigned char *buf = zf ? malloc(st.size + 1) : NULL;
	zip_int64_t got = buf ? zip_fread(zf, buf, st.size) : -1;
	unsigned char extra;
	if (got != (zip_int64_t)st.size || (zf && zip_fread(zf, &extra, 1) != 0)) {
		snprintf(why, size, "%s is damaged: %s", SHOW(zip_get_name(za, i, 0)),
			 zf ? zip_file_strerror(zf) : zip_strerror(za));
		free(buf);
		buf = NULL;
	}
	if (zf)
		zip_fclose(zf);
	*len = (size_t)st.size;
	return buf;
}

typedef struct page_check {
	zip_t *za;
	char dir[512];         /* the document's folder: "Doc_0/" */
	char *why;
	size_t size;
} page_check;

static void check_page(void *ctx, const char *baseloc)
{
	page_check *pc = ctx;
	char name[1100];
	const char *rel = baseloc[0] == '/' ? baseloc + 1 : NULL;
	snprintf(name, sizeof name, "%s%s", rel ? "" : pc->dir, rel ? rel : baseloc);
	if (!pc->why[0] && zip_name_locate(pc->za, name, 0) < 0)
		snprintf(pc->why, pc->size, "a page's content %s is missing", SHOW(name));
}

/* Every entry: safe name, whole, XML well-formed; OFD.xml first facts. */
static void ofd_entries(zip_t *za, gw_ofd_part *top, char *why, size_t size)
{
	zip_int64_t n = zip_get_num_entries(za, 0);
	for (zip_int64_t i = 0; i < n && !why[0]; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		const char *unsafe = name ? gw_bagit_name_problem(name, strlen(name)) : N_("has no name");
		if (unsafe) {
			snprintf(why, size, _("an entry %s"), _(unsafe));
			return;
		}
		size_t len;
		unsigned char *data = ofd_entry(za, (zip_uint64_t)i, &len, why, size);
		gw_ofd_part part = {0};
		char xwhy[400];
		if (data && ends_with(name, ".xml") && gw_xml_part(data, len, &part, xwhy, sizeof xwhy) != 0)
			snprintf(why, size, "%s %s", SHOW(name), xwhy);
		if (data && strcmp(name, "OFD.xml") == 0)
			*top = part;
		free(data);
	}
}

/* OFD.xml is an OFD root naming a Document part whose pages exist. */
static void ofd_document(zip_t *za, const gw_ofd_part *top, char *why, size_t size)
{
	if (strcmp(top->root, "OFD") != 0 || !top->ofd_namespace) {
		snprintf(why, size, "OFD.xml is missing or its root is not ofd:OFD");
		return;
	}
	zip_int64_t doc = zip_name_locate(za, top->docroot, 0);
	if (doc < 0) {
		snprintf(why, size, "its DocRoot %s is missing", SHOW(top->docroot));
		return;
	}
	page_check pc = {.za = za, .why = why, .size = size};
	const char *slash = strrchr(top->docroot, '/');
	size_t dl = slash ? (size_t)(slash - top->docroot) + 1 : 0;
	snprintf(pc.dir, sizeof pc.dir, "%.*s", (int)dl, top->docroot);
	size_t len;
	unsigned char *data = ofd_entry(za, (zip_uint64_t)doc, &len, why, size);
	gw_ofd_part part = {.on_page = check_page, .ctx = &pc};
	char xwhy[400];
	if (data && gw_xml_part(data, len, &part, xwhy, sizeof xwhy) == 0 && !why[0] &&
	    strcmp(part.root, "Document") != 0)
		snprintf(why, size, "%s is not an ofd:Document", SHOW(top->docroot));
	free(data);
}

static void check_ofd(vctx *v, const ventry *e)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(e->text, e->text_len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	char why[1024] = "";
	if (!za) {
		zip_source_free(src);
		snprintf(why, sizeof why, "not a readable zip (%s)", zip_error_strerror(&ze));
	} else {
		gw_ofd_part top = {0};
		ofd_entries(za, &top, why, sizeof why);
		if (!why[0])
			ofd_document(za, &top, why, sizeof why);
		zip_discard(za);
	}
	zip_error_fini(&ze);
	if (why[0])
		report(v, "%s: not a well-formed OFD: %s", SHOW(e->name), why);
}

static void check_document(vctx *v, const ventry *e)
{
	char why[512];
	if (ends_with(e->rel, ".ofd"))
		check_ofd(v, e);
	else if (gw_pdf_problem(e->text, e->text_len, why, sizeof why) != 0)
		report(v, "%s: not a well-formed PDF: %s", SHOW(e->name), why);
}

/* Step 5 for one file: read it (CRC) and compare each digest asked for. */
static void check_content(vctx *v, ventry *e)
{
	EVP_MD_CTX *md[N_ALGS] = {0};
	int ok = 1;
	for (int a = 0; a < N_ALGS && ok; a++)
		if (e->expect[a])
			ok = (md[a] = EVP_MD_CTX_new()) && EVP_DigestInit_ex(md[a], alg_md(a), NULL);
	if (!ok)
		report(v, "%s: cannot compute its checksums (out of memory)", SHOW(e->name));
	else if (e->text)
		for (int a = 0; a < N_ALGS; a++) {
			if (md[a])
				EVP_DigestUpdate(md[a], e->text, e->text_len);
		}
	else
		ok = read_entry(v, e, md, is_document(e)) == 0;
	for (int a = 0; a < N_ALGS && ok; a++) {
		if (!md[a])
			continue;
		char hex[2 * EVP_MAX_MD_SIZE + 1];
		hex_of(md[a], hex);
		if (strncasecmp(hex, e->expect[a], algs[a].hex_len) != 0)
			report(v, "%s: content changed: its %s checksum differs from %smanifest-%s.txt",
			       SHOW(e->name), algs[a].name, strncmp(e->rel, "data/", 5) ? "tag" : "",
			       algs[a].name);
	}
	for (int a = 0; a < N_ALGS; a++)
		EVP_MD_CTX_free(md[a]);
	if (ok && is_document(e) && e->text) {
		check_document(v, e);
		free(e->text);  /* documents can be big: not kept past their check */
		e->text = NULL;
	}
}

/* Decimal digits only, at least one, no overflow: sscanf's %llu took a
 * sign and wrapped 99…9 to 18446744073709551615. */
static int parse_count(const char **p, const char *end, unsigned long long *out)
{
	const char *s = *p;
	unsigned long long v = 0;
	for (; s < end && *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');
		if (v > (ULLONG_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	if (s == *p)
		return -1;
	*p = s;
	*out = v;
	return 0;
}

/* "<bytes>.<files>", trailing blanks allowed. */
static int parse_oxum(const char *s, const char *end, unsigned long long *bytes, unsigned long long *files)
{
	if (parse_count(&s, end, bytes) != 0 || s >= end || *s++ != '.' || parse_count(&s, end, files) != 0)
		return -1;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
		s++;
	return s == end ? 0 : -1;
}

/* Step 6: "Payload-Oxum: <bytes>.<files>" against what the zip holds. */
static void check_oxum(vctx *v)
{
	ventry *info = tag_file(v, "bag-info.txt");
	if (!info || !info->text)
		return;
	uint64_t bytes = 0, files = 0;
	for (size_t i = 0; i < v->n; i++)
		if (!v->e[i].bad && v->e[i].rel && !v->e[i].is_dir && strncmp(v->e[i].rel, "data/", 5) == 0) {
			bytes += v->e[i].size;
			files++;
		}
	size_t pos = 0, n, lineno = 0;
	const char *line;
	while ((line = next_line(info->text, info->text_len, &pos, &n))) {
		lineno++;
		if (n == 0 || line[0] == ' ' || line[0] == '\t')
			continue;   /* blank, or a folded continuation */
		const char *colon = memchr(line, ':', n);
		if (!colon) {
			report(v, "%s line %zu: not a 'Label: value' line", SHOW(info->name), lineno);
			continue;
		}
		if ((size_t)(colon - line) != 12 || strncmp(line, "Payload-Oxum", 12) != 0)
			continue;
		const char *v0 = colon + 1, *end = line + n;
		while (v0 < end && (*v0 == ' ' || *v0 == '\t'))
			v0++;
		char val[64];
		snprintf(val, sizeof val, "%.*s", (int)(end - v0 < 63 ? end - v0 : 63), v0);
		unsigned long long want_bytes, want_files;
		if (parse_oxum(v0, end, &want_bytes, &want_files) != 0)
			report(v, "%s line %zu: Payload-Oxum '%s' is not '<bytes>.<files>'", SHOW(info->name),
			       lineno, val);
		else if (want_bytes != bytes || want_files != files)
			report(v, "%s: Payload-Oxum says %llu bytes in %llu files, the bag holds %llu bytes in %llu files",
			       SHOW(info->name), want_bytes, want_files, (unsigned long long)bytes,
			       (unsigned long long)files);
		return;
	}
}

static int verify_archive(zip_t *za, gw_problem_fn problem, void *ctx)
{
	vctx v;
	memset(&v, 0, sizeof v);
	v.za = za;
	v.problem = problem;
	v.ctx = ctx;
	if (load_entries(&v) == 0) {
		find_top(&v);
		load_tag_files(&v);
		check_declaration(&v);
		parse_manifests(&v);
		check_completeness(&v);
		for (size_t i = 0; i < v.n && !v.stop; i++)
			if (!v.e[i].bad && v.e[i].rel && !v.e[i].is_dir)
				check_content(&v, &v.e[i]);
		check_oxum(&v);
	}
	if (v.count > MAX_SHOWN) {
		char msg[96];
		snprintf(msg, sizeof msg, "… and %d more problems", v.count - MAX_SHOWN);
		problem(ctx, msg);
	}
	for (size_t i = 0; i < v.n; i++)
		free(v.e[i].text);
	free(v.e);
	return v.count;
}

static int cannot_open(zip_error_t *ze, gw_problem_fn problem, void *ctx)
{
	char msg[512];
	if (zip_error_code_zip(ze) == ZIP_ER_EXISTS)  /* libzip's "File already exists" */
		snprintf(msg, sizeof msg, "not a readable zip file: two entries have the same name");
	else
		snprintf(msg, sizeof msg, "not a readable zip file: %s", zip_error_strerror(ze));
	problem(ctx, msg);
	return 1;
}

int gw_verify_bundle(const char *path, gw_problem_fn problem, void *ctx)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {  /* libzip: "Operation not supported" */
		problem(ctx, S_ISDIR(st.st_mode) ? "is a directory; give the bundle's .zip file"
						 : "is not a regular file; give the bundle's .zip file");
		return 1;
	}
	int code = 0;
	zip_t *za = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
	if (!za) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, code);
		int n = cannot_open(&ze, problem, ctx);
		zip_error_fini(&ze);
		return n;
	}
	int n = verify_archive(za, problem, ctx);
	zip_discard(za);
	return n;
}

int gw_verify_bundle_bytes(const unsigned char *data, size_t len, gw_problem_fn problem, void *ctx)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(len ? data : NULL, len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	int n;
	if (!za) {
		zip_source_free(src);
		n = cannot_open(&ze, problem, ctx);
	} else {
		n = verify_archive(za, problem, ctx);
		zip_discard(za);
	}
	zip_error_fini(&ze);
	return n;
}
