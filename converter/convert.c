/* convert.c — one input: read, extract, write each format, bundle. */
#include "convert.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "model/report_json.h"
#include "read/read.h"
#include "write/outfile.h"
#include "write/writers.h"

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

const char *gw_data_dir(void)
{
	static char dir[PATH_MAX];
	if (dir[0])
		return dir;
	const char *env = getenv("GWEXPORT_DATA");
	if (env && *env) {
		snprintf(dir, sizeof dir, "%s", env);
		return dir;
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
			snprintf(dir, sizeof dir, "%s/..", bin);
			return dir;
		}
		snprintf(cand, sizeof cand, "%s/../share/gwexport/layouts", bin);
		if (is_dir(cand)) {
			snprintf(dir, sizeof dir, "%s/../share/gwexport", bin);
			return dir;
		}
	}
	snprintf(dir, sizeof dir, "%s", "/usr/local/share/gwexport");
	return dir;
}

/* Output stem: base name without its last extension; "report" for stdin. */
static void output_stem(const char *input, char *stem, size_t size)
{
	if (strcmp(input, "-") == 0) {
		snprintf(stem, size, "report");
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

static gw_status read_stdin(unsigned char **data, size_t *len, gw_diag *d)
{
	size_t cap = 65536, n = 0;
	unsigned char *buf = malloc(cap + 1);
	if (!buf)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading standard input");
	for (;;) {
		if (n == cap) {
			if (cap >= GW_MAX_INPUT_BYTES) {
				free(buf);
				return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE,
					       "split the report into smaller files",
					       "standard input is larger than %u MB", GW_MAX_INPUT_BYTES >> 20);
			}
			unsigned char *p = realloc(buf, cap * 2 + 1);
			if (!p) {
				free(buf);
				return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading standard input");
			}
			buf = p;
			cap *= 2;
		}
		size_t got = fread(buf + n, 1, cap - n, stdin);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(stdin)) {
		free(buf);
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, NULL, "cannot read standard input: %s", strerror(errno));
	}
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return GW_OK;
}

/* Creation time for metadata: SOURCE_DATE_EPOCH, else the input's mtime. */
static time_t input_timestamp(const char *input)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		long long v = strtoll(sde, &end, 10);
		if (!*end && v >= 0)
			return (time_t)v;
	}
	struct stat st;
	if (strcmp(input, "-") != 0 && stat(input, &st) == 0)
		return st.st_mtime;
	return 315532800; /* 1980-01-01: deterministic for stdin */
}

static gw_status load_model(const char *input, const gw_cli *cli, unsigned char *data, size_t len,
			    gw_report **r, gw_timings *t, gw_diag *d)
{
	const char *base = strrchr(input, '/');
	base = base ? base + 1 : input;
	double t0 = now();
	gw_status st;
	if (gw_looks_like_json(data, len)) {
		st = gw_report_from_json((const char *)data, len, base, r, d);
		t->read = now() - t0;
		return st;
	}
	gw_read_opts ro = {.name = base, .encoding = cli->encoding, .extract_indicators = 0};
	st = gw_read_text(data, len, &ro, r, d);
	t->read = now() - t0;
	if (st)
		return st;
	t0 = now();
	st = gw_indicators_extract(*r, d);
	t->indicators = now() - t0;
	return st;
}

struct outputs {
	gw_bytes json, pdf, xlsx, zip;
};

static void outputs_free(struct outputs *o)
{
	free(o->json.data);
	free(o->pdf.data);
	free(o->xlsx.data);
	free(o->zip.data);
}

static gw_status run_writer(const char *format, const gw_report *r, const gw_write_opts *wo,
			    gw_bytes *out, double *elapsed, gw_diag *d)
{
	const gw_writer *w = gw_writer_find(format);
	if (!w || !w->write)
		return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE,
			       "choose other formats with -f (see gwexport --help)",
			       "the %s format is not yet supported by this build", format);
	double t0 = now();
	gw_status st = w->write(r, wo, out, d);
	*elapsed += now() - t0;
	return st;
}

static gw_status render_all(const gw_report *r, const gw_cli *cli, gw_write_opts *wo,
			    const unsigned char *src, size_t src_len, const char *src_name,
			    struct outputs *o, gw_timings *t, gw_diag *d)
{
	int zip = (cli->formats & GW_FMT_ZIP) != 0;
	gw_status st = GW_OK;
	if ((cli->formats & GW_FMT_JSON) || zip)
		st = run_writer("json", r, wo, &o->json, &t->json, d);
	if (!st && ((cli->formats & GW_FMT_PDF) || zip))
		st = run_writer("pdf", r, wo, &o->pdf, &t->pdf, d);
	if (!st && ((cli->formats & GW_FMT_XLSX) || zip))
		st = run_writer("xlsx", r, wo, &o->xlsx, &t->xlsx, d);
	if (st || !zip)
		return st;
	char pdf_name[PATH_MAX], xlsx_name[PATH_MAX], json_name[PATH_MAX], source_name[PATH_MAX];
	snprintf(pdf_name, sizeof pdf_name, "%s.pdf", wo->stem);
	snprintf(xlsx_name, sizeof xlsx_name, "%s.xlsx", wo->stem);
	snprintf(json_name, sizeof json_name, "%s.json", wo->stem);
	snprintf(source_name, sizeof source_name, "source/%s", src_name);
	gw_payload payloads[] = {
		{pdf_name, o->pdf.data, o->pdf.len},
		{xlsx_name, o->xlsx.data, o->xlsx.len},
		{json_name, o->json.data, o->json.len},
		{source_name, src, src_len},
	};
	wo->payloads = payloads;
	wo->n_payloads = 4;
	st = run_writer("zip", r, wo, &o->zip, &t->zip, d);
	wo->payloads = NULL;
	wo->n_payloads = 0;
	return st;
}

static gw_status save(const char *dir, const char *stem, const char *ext, const gw_bytes *b,
		      const char *input, gw_diag *d)
{
	char path[PATH_MAX];
	int n = snprintf(path, sizeof path, "%s/%s%s", dir, stem, ext);
	if (n < 0 || (size_t)n >= sizeof path)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "use a shorter output directory or file name",
			       "output path is too long");
	return gw_outfile_write(path, b->data, b->len, strcmp(input, "-") ? input : NULL, d);
}

static gw_status save_all(const char *input, const gw_cli *cli, const char *dir, const char *stem,
			  const struct outputs *o, gw_diag *d)
{
	gw_status st = GW_OK;
	if (cli->formats & GW_FMT_JSON)
		st = save(dir, stem, ".json", &o->json, input, d);
	if (!st && (cli->formats & GW_FMT_PDF))
		st = save(dir, stem, ".pdf", &o->pdf, input, d);
	if (!st && (cli->formats & GW_FMT_XLSX))
		st = save(dir, stem, ".xlsx", &o->xlsx, input, d);
	if (!st && (cli->formats & GW_FMT_ZIP))
		st = save(dir, stem, ".zip", &o->zip, input, d);
	return st;
}

static void fill_write_opts(const gw_cli *cli, const char *input, const char *stem, gw_write_opts *wo)
{
	static char layouts[PATH_MAX + 16], fonts[PATH_MAX + 16];
	snprintf(layouts, sizeof layouts, "%s/layouts", gw_data_dir());
	snprintf(fonts, sizeof fonts, "%s/fonts", gw_data_dir());
	memset(wo, 0, sizeof *wo);
	wo->layout = cli->layout;
	wo->layouts_dir = layouts;
	wo->fonts_dir = fonts;
	wo->allow_missing_glyphs = cli->allow_missing_glyphs;
	wo->timestamp = input_timestamp(input);
	wo->version = "gwexport " GW_VERSION;
	wo->stem = stem;
}

gw_status gw_convert_prepare(const gw_cli *cli, gw_diag *d)
{
	gw_write_opts wo;
	fill_write_opts(cli, "-", "report", &wo);
	return gw_writers_prepare(&wo, d);
}

gw_status gw_convert_one(const char *input, const gw_cli *cli, gw_timings *t, gw_diag *d)
{
	double t0 = now();
	memset(t, 0, sizeof *t);
	gw_diag_set_file(d, strcmp(input, "-") ? input : "<stdin>");
	gw_diag_clear(d);
	char dir[PATH_MAX], stem[PATH_MAX];
	output_dir(input, cli, dir, sizeof dir);
	output_stem(input, stem, sizeof stem);
	struct stat dst;
	if (stat(dir, &dst) != 0)
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "create it first or choose another with -o",
			       "output directory '%s' does not exist", dir);
	if (!S_ISDIR(dst.st_mode))
		return gw_fail(d, GW_E_IO, 0, GW_NO_BYTE, "give a directory with -o",
			       "output directory '%s' is a file, not a directory", dir);

	unsigned char *data = NULL;
	size_t len = 0;
	gw_status st = strcmp(input, "-") == 0 ? read_stdin(&data, &len, d)
		: gw_file_read(input, GW_MAX_INPUT_BYTES, &data, &len, d);
	if (st)
		return st;
	gw_report *r = NULL;
	struct outputs o;
	memset(&o, 0, sizeof o);
	st = load_model(input, cli, data, len, &r, t, d);
	if (!st) {
		gw_write_opts wo;
		fill_write_opts(cli, input, stem, &wo);
		const char *src_name = strcmp(input, "-") ? strrchr(input, '/') ? strrchr(input, '/') + 1 : input
							 : "stdin.txt";
		st = render_all(r, cli, &wo, data, len, src_name, &o, t, d);
	}
	if (!st)
		st = save_all(input, cli, dir, stem, &o, d);
	outputs_free(&o);
	gw_report_free(r);
	free(data);
	t->total = now() - t0;
	return st;
}
