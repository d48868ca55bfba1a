/* convert.c — one input: read, extract, write each format, bundle; every
 * format through the reader and writer tables. */
#include "convert.h"

#include <errno.h>
#include <iconv.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "model/buf.h"
#include "model/utf8.h"
#include "page/page.h"
#include "model/report_json.h"
#include "read/readers.h"
#include "write/outfile.h"
#include "write/writers.h"
#include "write/xlsx_combine.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

void gw_data_dir(char *dir, size_t size)
{
	const char *env = getenv("GWEXPORT_DATA");
	if (env && *env) {
		snprintf(dir, size, "%s", env);
		return;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *bin = dirname(exe);
		char cand[PATH_MAX + 32];
		/* build/gwexport in a source tree, then PREFIX/bin/gwexport. */
		snprintf(cand, sizeof cand, "%s/../layouts", bin);
		if (is_dir(cand)) {
			snprintf(dir, size, "%s/..", bin);
			return;
		}
		snprintf(cand, sizeof cand, "%s/../share/gwexport/layouts", bin);
		if (is_dir(cand)) {
			snprintf(dir, size, "%s/../share/gwexport", bin);
			return;
		}
	}
	snprintf(dir, size, "%s", "/usr/local/share/gwexport");
}

/* Output stem: base name without its last extension; "stdin" for stdin. */
static void output_stem(const char *input, char *stem, size_t size)
{
	if (strcmp(input, "-") == 0) {
		snprintf(stem, size, "stdin");
		return;
	}
	const char *base = strrchr(input, '/');
	base = base ? base + 1 : input;
	snprintf(stem, size, "%s", base);
	char *dot = strrchr(stem, '.');
	if (dot && dot != stem)
		*dot = '\0';
}

static void output_dir(const char *input, const gw_cli *cli, char *dir, size_t size)
{
	if (cli->out_dir) {
		snprintf(dir, size, "%s", cli->out_dir);
		return;
	}
	if (strcmp(input, "-") == 0) {
		snprintf(dir, size, ".");
		return;
	}
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof tmp, "%s", input);
	snprintf(dir, size, "%s", dirname(tmp));
}

int gw_convert_output_key(const char *input, const gw_cli *cli, char *key, size_t size)
{
	char dir[PATH_MAX], real[PATH_MAX], stem[PATH_MAX];
	output_dir(input, cli, dir, sizeof dir);
	output_stem(input, stem, sizeof stem);
	const char *d = realpath(dir, real) ? real : dir;
	int n = snprintf(key, size, "%s/%s", d, stem);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

int gw_convert_output_path(const char *input, const gw_cli *cli, size_t writer, char *path, size_t size)
{
	char dir[PATH_MAX], stem[PATH_MAX];
	output_dir(input, cli, dir, sizeof dir);
	output_stem(input, stem, sizeof stem);
	int n = snprintf(path, size, "%s/%s%s", dir, stem, gw_writers[writer].extension);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

/* The input's base name as text.  Tag files, the model and the workbook
 * need UTF-8, but a file copied from a Chinese Windows share is often
 * named in GBK: decode it, and keep the bytes for the bundle. */
typedef struct source_name {
	char text[PATH_MAX];       /* UTF-8: a NAME_MAX name escaped is 3 * 255 bytes */
	const char *raw;           /* the bytes as given (the input's base name) */
	const char *decoding;      /* NULL: raw was UTF-8 already */
} source_name;

/* Strict GB18030 → UTF-8 (iconv fails on bytes GB18030 does not define). */
static int from_gb18030(const char *raw, char *out, size_t size)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1)
		return -1;
	char *ip = (char *)raw, *op = out;
	size_t il = strlen(raw), ol = size - 1;
	size_t rc = iconv(cd, &ip, &il, &op, &ol);
	if (rc != (size_t)-1)
		rc = iconv(cd, NULL, NULL, &op, &ol);
	iconv_close(cd);
	if (rc == (size_t)-1 || il != 0)
		return -1;
	*op = '\0';
	return 0;
}

/* Valid UTF-8 kept, every other byte as "#XX". */
static void escape_name(const char *raw, char *out, size_t size)
{
	size_t n = strlen(raw), o = 0;
	for (size_t i = 0; i < n && o + 5 < size;) {
		size_t ok = gw_utf8_valid_prefix((const unsigned char *)raw + i, n - i);
		if (ok == 0) {
			o += (size_t)snprintf(out + o, size - o, "#%02X", (unsigned char)raw[i]);
			i++;
			continue;
		}
		if (ok > size - o - 1)
			ok = size - o - 1;
		memcpy(out + o, raw + i, ok);
		o += ok;
		i += ok;
	}
	out[o] = '\0';
}

static void decode_source_name(const char *input, source_name *n)
{
	const char *base = strcmp(input, "-") == 0 ? "-" : strrchr(input, '/') ? strrchr(input, '/') + 1 : input;
	n->raw = base;
	n->decoding = NULL;
	size_t len = strlen(base);
	if (gw_utf8_valid_prefix((const unsigned char *)base, len) == len) {
		snprintf(n->text, sizeof n->text, "%s", base);
		return;
	}
	n->decoding = "GB18030";
	if (from_gb18030(base, n->text, sizeof n->text) == 0)
		return;
	n->decoding = "escaped";
	escape_name(base, n->text, sizeof n->text);
}

/* Standard input whole, up to exactly GW_MAX_INPUT_BYTES (a pipe has no
 * size to check first: gw_buf_read_fd finds the ceiling while reading). */
static gw_status read_stdin(unsigned char **data, size_t *len, gw_diag *d)
{
	gw_buf b;
	gw_buf_init(&b, GW_MAX_INPUT_BYTES);
	gw_status st = gw_buf_read_fd(&b, STDIN_FILENO, 65536);
	int e = errno;
	if (st == GW_OK && !(*data = (unsigned char *)gw_buf_take(&b, len)))
		st = GW_E_NOMEM;
	gw_buf_free(&b);
	switch (st) {
	case GW_OK: return GW_OK;
	case GW_E_IO:
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, NULL, "cannot read standard input: %s", strerror(e));
	case GW_E_TOO_LARGE:
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
			       "standard input is larger than %u MB", GW_MAX_INPUT_BYTES >> 20);
	default:
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading standard input");
	}
}

/* SOURCE_DATE_EPOCH when it is set to a number of seconds, else -1. */
static long long source_date_epoch(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);
		if (!*end && v >= 0)
			return v;
	}
	return -1;
}

/* Creation time for metadata: SOURCE_DATE_EPOCH, else the input's mtime. */
static time_t input_timestamp(const char *input)
{
	long long sde = source_date_epoch();
	if (sde >= 0)
		return (time_t)sde;
	struct stat st;
	if (strcmp(input, "-") != 0 && stat(input, &st) == 0)
		return st.st_mtime;
	return 315532800; /* 1980-01-01: deterministic for stdin */
}

/* The batch: where layouts and fonts are, which writers run, and what
 * each prepared for all the batch's documents. */
struct gw_convert {
	const gw_cli *cli;
	char layouts[PATH_MAX + 16], fonts[PATH_MAX + 16];
	uint32_t run;                  /* gw_convert_writers(cli->formats) */
	void *ctx[GW_MAX_WRITERS];     /* gw_writers[i].prepare's, or NULL */
	gw_fonts *page_fonts;          /* faces for the indicators' pages when no
	                                  fixed-layout writer runs, or NULL */
	/* --combine: each converted input's model as JSON in keep_dir/N.json
	 * (N its place among the inputs), written by whichever process
	 * converts it (a -j worker too); keep_dir is removed by the process
	 * that made it (keep_owner), never by a worker. */
	char keep_dir[PATH_MAX];
	pid_t keep_owner;
	size_t index;                  /* gw_convert_set_index */
};

/* Writers whose output gives each indicator's page, and those that lay the
 * document out anyway (their layout is then the one the pages come from). */
static const char *const shows_pages[] = {"xlsx", "json"};
static const char *const lays_out[] = {"pdf", "ofd"};

/* The bits of run among the writers named in names[0..n). */
static uint32_t run_among(uint32_t run, const char *const *names, size_t n)
{
	uint32_t bits = 0;
	for (size_t i = 0; i < n; i++) {
		int k = gw_writer_index(names[i], strlen(names[i]));
		if (k >= 0)
			bits |= 1u << k;
	}
	return run & bits;
}

static void fill_write_opts(const gw_convert *c, const char *input, const char *stem, gw_write_opts *wo)
{
	memset(wo, 0, sizeof *wo);
	wo->layout = c->cli->layout;
	wo->layouts_dir = c->layouts;
	wo->fonts_dir = c->fonts;
	wo->allow_missing_glyphs = c->cli->allow_missing_glyphs;
	wo->timestamp = input_timestamp(input);
	/* a bag is dated the day it is made (RFC 8493 Bagging-Date), not the input's */
	wo->bagging_time = source_date_epoch() >= 0 ? (time_t)source_date_epoch() : time(NULL);
	wo->version = "gwexport " GW_VERSION;
	wo->stem = stem;
}

uint32_t gw_convert_writers(uint32_t requested)
{
	uint32_t run = requested, bundled = 0, packs = 0;
	for (size_t i = 0; i < gw_n_writers; i++) {
		if (gw_writers[i].bundled)
			bundled |= 1u << i;
		if (gw_writers[i].packs_bundled)
			packs |= 1u << i;
	}
	return requested & packs ? run | bundled : run;
}

/* The indicators' pages are shown: by an output, or by the batch's
 * combined workbook. */
static bool wants_pages(const gw_convert *c)
{
	return run_among(c->run, shows_pages, 2) || c->cli->combine;
}

/* ---- --combine: the models kept for the batch's workbook ---------------- */

static void kept_path(const gw_convert *c, size_t index, char *path, size_t size)
{
	snprintf(path, size, "%s/%zu.json", c->keep_dir, index);
}

/* The combined workbook is checked before any work: its folder exists, its
 * name fits, and it is none of the inputs (it would replace one). */
static gw_status combine_target_check(const gw_cli *cli, gw_diag *d)
{
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s", cli->combine);
	struct stat st, in;
	if (stat(dirname(dir), &st) != 0 || !S_ISDIR(st.st_mode))
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "create the folder first or give another path",
			       "--combine: the folder of '%s' does not exist", cli->combine);
	gw_status s = gw_outfile_check_name(cli->combine, d);
	if (s)
		return s;
	if (stat(cli->combine, &st) != 0)
		return GW_OK;
	for (size_t i = 0; i < cli->n_inputs; i++)
		if (stat(cli->inputs[i], &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino)
			return gw_fail(d, GW_E_USAGE, 0, GW_NO_BYTE, "give the combined workbook another name",
				       "--combine '%s' is also an input", cli->combine);
	return GW_OK;
}

static gw_status keep_begin(gw_convert *c, gw_diag *d)
{
	gw_status st = combine_target_check(c->cli, d);
	if (st)
		return st;
	const char *tmp = getenv("TMPDIR");
	snprintf(c->keep_dir, sizeof c->keep_dir, "%s/gwexport-combine-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(c->keep_dir)) {
		int e = errno;
		c->keep_dir[0] = '\0';
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "set TMPDIR to a writable directory",
			       "--combine: cannot create a temporary folder for the models: %s", strerror(e));
	}
	c->keep_owner = getpid();
	return GW_OK;
}

/* Removes the kept models and their folder (in the process that made it). */
static void keep_end(gw_convert *c)
{
	if (!c->keep_dir[0] || c->keep_owner != getpid())
		return;
	char path[PATH_MAX + 32];
	for (size_t i = 0; i < c->cli->n_inputs; i++) {
		kept_path(c, i, path, sizeof path);
		unlink(path);
	}
	rmdir(c->keep_dir);
}

void gw_convert_set_index(gw_convert *c, size_t index)
{
	c->index = index;
}

/* Keeps r for the combined workbook; a failure only leaves it out there
 * (the input's own outputs are written), with a warning. */
static void keep_model(const gw_convert *c, const gw_report *r, gw_diag *d)
{
	if (!c->keep_dir[0])
		return;
	char path[PATH_MAX + 32];
	kept_path(c, c->index, path, sizeof path);
	size_t len = 0;
	char *json = gw_report_to_json(r, &len);
	FILE *f = json ? fopen(path, "wbx") : NULL;
	bool ok = f && fwrite(json, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = false;
	if (!ok) {
		if (f)
			unlink(path);
		gw_warn(d, 0, "--combine: could not keep its model (%s); the combined workbook lists it as failed",
			json ? strerror(errno) : "out of memory");
	}
	free(json);
}

/* Entry i of the combined workbook: its kept model, or why there is none. */
static void load_kept(const gw_convert *c, size_t i, const char *failed, gw_combine_entry *e, gw_report **own)
{
	*own = NULL;
	e->input = c->cli->inputs[i];
	e->r = NULL;
	e->why = failed;
	if (failed)
		return;
	char path[PATH_MAX + 32];
	kept_path(c, i, path, sizeof path);
	unsigned char *data = NULL;
	size_t len = 0;
	gw_diag q = {0};
	if (gw_file_read(path, (size_t)1 << 30, &data, &len, &q) == GW_OK &&
	    gw_report_from_json((const char *)data, len, path, own, &q) == GW_OK)
		e->r = *own;
	else
		e->why = "its model was not kept";
	free(data);
}

gw_status gw_convert_combine(gw_convert *c, const char *const *failed, gw_diag *d)
{
	const gw_cli *cli = c->cli;
	size_t n = cli->n_inputs;
	gw_combine_entry *e = calloc(n ? n : 1, sizeof *e);
	gw_report **own = calloc(n ? n : 1, sizeof *own);
	gw_status st = e && own ? GW_OK : gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	gw_diag_set_file(d, cli->combine);
	for (size_t i = 0; i < n && !st; i++)
		load_kept(c, i, failed[i], &e[i], &own[i]);
	gw_bytes out = {0};
	if (!st) {
		gw_write_opts wo;
		fill_write_opts(c, "-", "combined", &wo);
		wo.timestamp = source_date_epoch() >= 0 ? (time_t)source_date_epoch() : time(NULL);
		st = gw_write_xlsx_combined(e, n, &wo, &out, d);
	}
	if (!st) {
		gw_outfile f = {cli->combine, out.data, out.len};
		st = gw_outfile_write_set(&f, 1, NULL, d);
	}
	free(out.data);
	for (size_t i = 0; own && i < n; i++)
		gw_report_free(own[i]);
	free(own);
	free(e);
	return st;
}

gw_status gw_convert_begin(const gw_cli *cli, gw_convert **out, gw_diag *d)
{
	gw_convert *c = calloc(1, sizeof *c);
	*out = c;
	if (!c)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	c->cli = cli;
	char data[PATH_MAX];
	gw_data_dir(data, sizeof data);
	snprintf(c->layouts, sizeof c->layouts, "%s/layouts", data);
	snprintf(c->fonts, sizeof c->fonts, "%s/fonts", data);
	c->run = gw_convert_writers(cli->formats);
	gw_write_opts wo;
	fill_write_opts(c, "-", "report", &wo);
	for (size_t i = 0; i < gw_n_writers; i++) {
		if (!(c->run & (1u << i)) || !gw_writers[i].prepare)
			continue;
		/* Only the notes reach d: a failure is reported per input. */
		gw_diag pd = {.warn = d->warn, .warn_ctx = d->warn_ctx, .verbose = d->verbose};
		gw_diag_set_file(&pd, d->file);
		if (gw_writers[i].prepare(&wo, &c->ctx[i], &pd) != GW_OK)
			c->ctx[i] = NULL;
	}
	if (cli->combine) {
		gw_status st = keep_begin(c, d);
		if (st) {
			gw_convert_end(c);
			*out = NULL;
			return st;
		}
	}
	if (wants_pages(c) && !run_among(c->run, lays_out, 2)) {
		gw_diag quiet = {0};  /* the pages are a column: no PDF's font warnings */
		if (gw_pages_fonts_open(c->fonts, false, &c->page_fonts, &quiet) != GW_OK)
			c->page_fonts = NULL;
	}
	return GW_OK;
}

void gw_convert_end(gw_convert *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < gw_n_writers; i++)
		if (c->ctx[i] && gw_writers[i].finish)
			gw_writers[i].finish(c->ctx[i]);
	gw_fonts_close(c->page_fonts);
	keep_end(c);
	free(c);
}

static gw_status load_model(const char *base, const gw_cli *cli, unsigned char *data, size_t len,
			    gw_report **r, gw_timings *t, gw_diag *d)
{
	double t0 = now();
	const gw_reader *reader = gw_reader_pick(data, len, base);
	if (!reader)
		return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, "gwexport --list-formats shows what it reads",
			       "no reader for this input");
	gw_read_opts ro = {.name = base, .encoding = cli->encoding, .extract_indicators = 0,
			   .keep_lines = cli->no_unwrap};
	gw_status st = reader->read(data, len, &ro, r, d);
	if (!st)  /* --set: over what any input (text, .docx, model JSON) says */
		st = gw_fields_apply(*r, &cli->set, d);
	t->read = now() - t0;
	if (st || !reader->needs_indicators)
		return st;
	t0 = now();
	st = gw_indicators_extract(*r, d);
	t->indicators = now() - t0;
	return st;
}

/* ---- each indicator's page ---------------------------------------------- */

/* Code points of s[0..n) the page engine draws (it skips control
 * characters, so a table's joining '\n' counts for nothing). */
static size_t drawn_chars(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		size_t len;
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		i += len ? len : 1;
		k += !(cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0));
	}
	return k;
}

/* A paragraph's text as the page engine sets it: its text, or a table's
 * cells one after the other (joined by '\n', which is not drawn).  NULL
 * when out of memory; *own is what the caller frees. */
static const char *laid_text(const gw_paragraph *p, char **own)
{
	*own = NULL;
	if (!p->table)
		return p->text;
	gw_buf b;
	gw_buf_init(&b, SIZE_MAX);
	for (size_t i = 0; i < p->table->n_cells; i++) {
		if (i)
			gw_buf_adds(&b, "\n");
		gw_buf_adds(&b, p->table->cells[i].text);
	}
	*own = gw_buf_take(&b, NULL);
	gw_buf_free(&b);
	return *own;
}

/* Where the indicators of one paragraph were found so far: indicators come
 * in text order, so each search starts where the previous one matched. */
typedef struct ind_cursor {
	size_t paragraph;      /* gw_paragraph.index being searched, 0: none */
	size_t clause_at;      /* bytes: where the last clause matched */
	size_t number_after;   /* bytes: the next number is at or after this */
	size_t counted_at, chars;  /* drawn characters before byte counted_at */
} ind_cursor;

/* Byte offset in T of x's number (its clause, then its text in it), from
 * the cursor on; -1 when the text does not hold it (a run-in heading's). */
static long find_number(const char *T, const gw_indicator *x, ind_cursor *cur)
{
	if (!x->clause)
		return -1;
	size_t cl = strlen(x->clause), tl = strlen(x->text);
	for (const char *c = strstr(T + cur->clause_at, x->clause); c; c = strstr(c + 1, x->clause))
		for (const char *t = c; (t = strstr(t, x->text)) && t + tl <= c + cl; t++)
			if ((size_t)(t - T) >= cur->number_after) {
				cur->clause_at = (size_t)(c - T);
				cur->number_after = (size_t)(t - T) + 1;
				return t - T;
			}
	return -1;
}

struct para_index {
	const gw_paragraph **by_index;   /* [gw_paragraph.index] */
	size_t n;
};

static void index_paragraph(const gw_paragraph *p, void *ctx)
{
	struct para_index *pi = ctx;
	if (p->index < pi->n)
		pi->by_index[p->index] = p;
}

/* Sets each indicator's page from the laid-out pages. */
static gw_status set_indicator_pages(gw_report *r, const gw_pages *pages, gw_diag *d)
{
	struct para_index pi = {NULL, gw_report_paragraph_count(r) + 1};
	pi.by_index = calloc(pi.n, sizeof *pi.by_index);
	if (!pi.by_index)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	gw_report_walk_paragraphs(r, index_paragraph, &pi);
	ind_cursor cur = {0};
	char *own = NULL;
	const char *T = NULL;
	gw_status st = GW_OK;
	for (size_t i = 0; i < r->n_indicators && !st; i++) {
		gw_indicator *x = &r->indicators[i];
		const gw_paragraph *p = x->paragraph < pi.n ? pi.by_index[x->paragraph] : NULL;
		if (!p)
			continue;
		if (cur.paragraph != x->paragraph) {
			free(own);
			cur = (ind_cursor){.paragraph = x->paragraph};
			if (!(T = laid_text(p, &own)))
				st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
		}
		long at = T ? find_number(T, x, &cur) : -1;
		if (at >= 0) {  /* count on from the previous number: numbers come in order */
			cur.chars += drawn_chars(T + cur.counted_at, (size_t)at - cur.counted_at);
			cur.counted_at = (size_t)at;
		}
		x->page = gw_pages_page_of(pages, x->paragraph, at >= 0 ? cur.chars : 0);
	}
	free(own);
	free(pi.by_index);
	return st;
}

/* Each indicator's page, when an output shows it.  With a PDF or OFD it is
 * that layout, made here once for them too (its time counted as theirs),
 * and its failure is theirs; otherwise the positions only, made for the
 * column (missing characters as 〓, nothing said), whose failure leaves the
 * pages null. */
static gw_status place_indicators(const gw_convert *c, gw_report *r, const gw_write_opts *wo,
				  gw_timings *t, gw_diag *d)
{
	uint32_t show = run_among(c->run, shows_pages, 2), fixed = run_among(c->run, lays_out, 2);
	if (!wants_pages(c) || r->n_indicators == 0)
		return GW_OK;
	for (size_t i = 0; i < r->n_indicators; i++)
		r->indicators[i].page = 0;  /* a model JSON's pages may be of another layout */
	double t0 = now();
	int first = fixed ? __builtin_ctz(fixed) : show ? __builtin_ctz(show) : 0;
	gw_page_request q = {wo->layout, wo->layouts_dir, wo->fonts_dir,
			     fixed ? c->ctx[first] : c->page_fonts, fixed ? wo->allow_missing_glyphs != 0 : true,
			     .positions_only = !fixed};
	gw_page_cache own = {0};
	gw_diag quiet = {0};
	const gw_layout *L;
	const gw_pages *pages;
	gw_status st = gw_pages_lay_out(r, &q, fixed ? wo->pages : &own, &L, &pages, fixed ? d : &quiet);
	if (!st)
		st = set_indicator_pages(r, pages, d);
	else if (!fixed)
		st = GW_OK;
	gw_page_cache_free(&own);
	t->write[first] += now() - t0;
	return st;
}

static gw_status run_writer(const gw_convert *c, size_t i, const gw_report *r, gw_write_opts *wo,
			    gw_bytes *out, gw_timings *t, gw_diag *d)
{
	double t0 = now();
	wo->ctx = c->ctx[i];
	gw_status st = gw_writers[i].write(r, wo, out, d);
	wo->ctx = NULL;
	t->write[i] += now() - t0;
	return st;
}

/* The bundled outputs ("report.pdf" …, in table order), then the source. */
static size_t bundle_payloads(const gw_write_opts *wo, const gw_bytes *out, const char *src_name,
			      const unsigned char *src, size_t src_len,
			      char names[][PATH_MAX], gw_payload *p)
{
	size_t n = 0;
	for (size_t i = 0; i < gw_n_writers; i++) {
		if (!gw_writers[i].bundled)
			continue;
		snprintf(names[n], PATH_MAX, "%s%s", wo->stem, gw_writers[i].extension);
		p[n] = (gw_payload){names[n], out[i].data, out[i].len};
		n++;
	}
	/* src_name is one decoded NAME_MAX name: at most 765 bytes, never cut */
	if (snprintf(names[n], PATH_MAX, "source/%s", src_name) < 0)
		names[n][0] = '\0';
	p[n] = (gw_payload){names[n], src, src_len};
	return n + 1;
}

/* Every writer of c->run: first those the bundle holds, then the bundle. */
static gw_status render_all(const gw_convert *c, const gw_report *r, gw_write_opts *wo,
			    const unsigned char *src, size_t src_len, const char *src_name,
			    gw_bytes *out, gw_timings *t, gw_diag *d)
{
	gw_status st = GW_OK;
	for (size_t i = 0; i < gw_n_writers && !st; i++)
		if ((c->run & (1u << i)) && !gw_writers[i].packs_bundled)
			st = run_writer(c, i, r, wo, &out[i], t, d);
	for (size_t i = 0; i < gw_n_writers && !st; i++) {
		if (!(c->run & (1u << i)) || !gw_writers[i].packs_bundled)
			continue;
		char (*names)[PATH_MAX] = malloc((GW_MAX_WRITERS + 1) * sizeof *names);
		gw_payload payloads[GW_MAX_WRITERS + 1];
		if (!names)
			return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
		wo->payloads = payloads;
		wo->n_payloads = bundle_payloads(wo, out, src_name, src, src_len, names, payloads);
		st = run_writer(c, i, r, wo, &out[i], t, d);
		wo->payloads = NULL;
		wo->n_payloads = 0;
		free(names);
	}
	return st;
}

/* The requested outputs' paths: "dir/stem.ext", in gw_writers order. */
static gw_status output_paths(const gw_cli *cli, const char *dir, const char *stem,
			      char (*paths)[PATH_MAX], gw_diag *d)
{
	for (size_t i = 0; i < gw_n_writers; i++) {
		if (!(cli->formats & (1u << i)))
			continue;
		int n = snprintf(paths[i], PATH_MAX, "%s/%s%s", dir, stem, gw_writers[i].extension);
		if (n < 0 || (size_t)n >= PATH_MAX)
			return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "use a shorter output directory or file name",
				       "output path is too long");
		gw_status st = gw_outfile_check_name(paths[i], d);
		if (st)
			return st;
	}
	return GW_OK;
}

/* The requested outputs as one set: all replaced, or none. */
static gw_status save_all(const char *input, const gw_cli *cli, const char (*paths)[PATH_MAX],
			  const gw_bytes *out, gw_diag *d)
{
	gw_outfile files[GW_MAX_WRITERS];
	size_t n = 0;
	for (size_t i = 0; i < gw_n_writers; i++)
		if (cli->formats & (1u << i))
			files[n++] = (gw_outfile){paths[i], out[i].data, out[i].len};
	return gw_outfile_write_set(files, n, strcmp(input, "-") ? input : NULL, d);
}

/* `gwexport -f pdf - > out.pdf`: the one requested output to stdout. */
static gw_status save_stdout(const gw_cli *cli, const gw_bytes *out, gw_diag *d)
{
	for (size_t i = 0; i < gw_n_writers; i++)
		if (cli->formats & (1u << i))
			return gw_outfile_to_fd(STDOUT_FILENO, out[i].data, out[i].len, d);
	return GW_OK;
}

gw_status gw_convert_one(gw_convert *c, const char *input, gw_timings *t, gw_diag *d)
{
	const gw_cli *cli = c->cli;
	double t0 = now();
	memset(t, 0, sizeof *t);
	gw_diag_set_file(d, strcmp(input, "-") ? input : "<stdin>");
	gw_diag_clear(d);
	char dir[PATH_MAX], stem[PATH_MAX];
	output_dir(input, cli, dir, sizeof dir);
	output_stem(input, stem, sizeof stem);
	bool to_stdout = strcmp(input, "-") == 0 && cli->stdin_to_stdout;
	struct stat dst;
	if (to_stdout)
		;  /* no directory is written */
	else if (stat(dir, &dst) != 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "create it first or choose another with -o",
			       "output directory '%s' does not exist", dir);
	else if (!S_ISDIR(dst.st_mode))
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "give a directory with -o",
			       "output directory '%s' is a file, not a directory", dir);

	/* Names too long for their temporaries are refused before any work. */
	char (*paths)[PATH_MAX] = calloc(GW_MAX_WRITERS, PATH_MAX);
	if (!paths)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory");
	gw_status st = to_stdout ? GW_OK : output_paths(cli, dir, stem, paths, d);
	if (st) {
		free(paths);
		return st;
	}
	unsigned char *data = NULL;
	size_t len = 0;
	st = strcmp(input, "-") == 0 ? read_stdin(&data, &len, d)
		: gw_file_read(input, GW_MAX_INPUT_BYTES, &data, &len, d);
	if (st) {
		free(paths);
		return st;
	}
	gw_report *r = NULL;
	gw_bytes out[GW_MAX_WRITERS];
	memset(out, 0, sizeof out);
	source_name name;
	decode_source_name(input, &name);
	st = load_model(name.text, cli, data, len, &r, t, d);
	if (!st) {
		gw_write_opts wo;
		char text_stem[PATH_MAX];
		output_stem(name.text, text_stem, sizeof text_stem);
		fill_write_opts(c, input, text_stem, &wo);
		wo.source_name_bytes = name.decoding ? name.raw : NULL;
		wo.source_name_decoding = name.decoding;
		const char *src_name = strcmp(input, "-") ? name.text : "stdin.txt";
		gw_page_cache pages = {0};   /* -f pdf,ofd: laid out once, drawn twice */
		wo.pages = &pages;
		st = place_indicators(c, r, &wo, t, d);
		if (!st)
			st = render_all(c, r, &wo, data, len, src_name, out, t, d);
		gw_page_cache_free(&pages);
	}
	if (!st)
		st = to_stdout ? save_stdout(cli, out, d)
			       : save_all(input, cli, (const char (*)[PATH_MAX])paths, out, d);
	if (!st)
		keep_model(c, r, d);
	free(paths);
	for (size_t i = 0; i < gw_n_writers; i++)
		free(out[i].data);
	gw_report_free(r);
	free(data);
	t->total = now() - t0;
	return st;
}
