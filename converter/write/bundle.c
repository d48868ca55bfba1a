/*
 * bundle.c — `-f zip`: one zip holding a BagIt bag (RFC 8493), so that any
 * BagIt tool (and `gwexport verify`) can prove that nothing in it changed.
 *
 *   report.zip
 *   └── report/                      <- opts->stem
 *       ├── bagit.txt                 BagIt-Version 1.0, tag files in UTF-8
 *       ├── bag-info.txt              who, what, when, Payload-Oxum
 *       ├── manifest-sha256.txt       "<hex>  data/<path>" per payload file
 *       ├── manifest-sha512.txt
 *       ├── tagmanifest-sha256.txt    the four tag files above
 *       ├── tagmanifest-sha512.txt
 *       └── data/                     e.g. with the default formats:
 *           ├── report.pdf            stored (already compressed)
 *           ├── report.ofd            stored (already a zip)
 *           ├── report.xlsx           stored (already a zip)
 *           ├── report.json           deflated
 *           └── source/述职报告.txt    the input's bytes, untouched
 *
 * The payloads come from convert.c (opts->payloads, in bag order: the
 * writer table's bundled outputs, then the source); this file knows no
 * format list.  Same
 * input → same bytes: entries always in the order above, every time stamp
 * is opts->timestamp as a DOS date computed in UTC (zip_file_set_mtime
 * would use the local zone), fixed Unix permissions, no extra fields.
 * The zip is built in memory: libzip writes into a buffer source that we
 * keep past zip_close and read back.
 */
#include "writers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#include "../model/arena.h"
#include "../model/buf.h"
#include "../model/hash.h"
#include "../model/i18n.h"
#include "../model/utf8.h"
#include "bagit.h"
#include "zipentry.h"

#define MAX_PAYLOADS 64u
#define N_TAGFILES 6     /* bagit, bag-info, 2 manifests, 2 tag manifests */

typedef struct entry {
	const char *name;            /* full name in the zip (arena) */
	const unsigned char *data;
	size_t len;
	int store;                   /* 1: stored as is, 0: deflated */
} entry;

typedef struct bag {
	gw_arena *arena;             /* names and small strings */
	const char *top;             /* sanitized stem: the bag's directory */
	entry payload[MAX_PAYLOADS]; /* data/… entries, names relative to the bag ("data/x") */
	size_t n_payload;
	uint64_t payload_bytes;
	gw_buf tag[N_TAGFILES];        /* each up to GW_BAG_MAX_TAGFILE_BYTES */
} bag;

enum { T_BAGIT, T_INFO, T_MAN256, T_MAN512, T_TAG256, T_TAG512 };
static const char *const tag_names[N_TAGFILES] = {
	"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
	"tagmanifest-sha256.txt", "tagmanifest-sha512.txt",
};

/* Characters that are unsafe in a bag (control, '/', '\', ':' = drive letters)
 * or that Windows cannot extract (<>"|?*) become '_'; so do bytes that are
 * not UTF-8 (a GB18030 file name), which libzip would store as CP437.
 * '%' too: RFC 8493 wants it written "%25" in manifests, but bagit-python
 * and bagit-java do not decode that (bagit-python#157), so a name with '%'
 * would fail in the tools archives use.  The original name stays in
 * bag-info.txt (Source-File-Name). */
static void sanitize_component(const char *in, size_t n, gw_buf *out)
{
	size_t valid;
	for (size_t i = 0; i < n; i += valid ? valid : 1) {
		valid = gw_utf8_valid_prefix((const unsigned char *)in + i, n - i);
		if (valid) {
			gw_utf8_decode(in + i, n - i, &valid);  /* one code point */
			unsigned char ch = (unsigned char)in[i];
			if (valid == 1 && (ch < 0x20 || ch == 0x7f || strchr("/\\:<>\"|?*%", ch)))
				gw_buf_add(out, "_", 1);
			else
				gw_buf_add(out, in + i, valid);
		} else {
			gw_buf_add(out, "_", 1);
		}
	}
}

/* A safe name for `in`: components as sanitize_component, "." and ".."
 * spelled "_" and "__", empty components dropped; '/' only kept when
 * `keep_slash`.  NULL when nothing usable is left (or out of memory). */
static const char *safe_name(bag *b, const char *in, int keep_slash)
{
	gw_buf t;
	gw_buf_init(&t, GW_BAG_MAX_NAME_BYTES / 4);
	const char *p = in;
	while (*p) {
		size_t n = keep_slash ? strcspn(p, "/") : strlen(p);
		if (n > 0) {
			if (t.len)
				gw_buf_add(&t, "/", 1);
			if ((n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
				gw_buf_add(&t, "__", n);
			else
				sanitize_component(p, n, &t);
		}
		p += n;
		if (*p == '/')
			p++;
	}
	const char *s = !gw_buf_status(&t) && t.len ? gw_arena_strndup(b->arena, t.p, t.len) : NULL;
	gw_buf_free(&t);
	return s;
}

/* Contents compressed already (zip containers such as .xlsx, .docx or OFD;
 * our PDFs, PNG, JPEG): deflating them again only costs time.  Told by
 * content, so the bundle needs no list of formats. */
static int already_compressed(const unsigned char *data, size_t len)
{
	static const struct { const char *magic; size_t len; } kinds[] = {
		{"PK\3\4", 4}, {"%PDF-", 5}, {"\x89PNG\r\n\x1a\n", 8}, {"\xff\xd8\xff", 3},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (len >= kinds[i].len && memcmp(data, kinds[i].magic, kinds[i].len) == 0)
			return 1;
	return 0;
}

static gw_status add_payloads(bag *b, const gw_write_opts *o, gw_diag *d)
{
	if (!o->payloads || o->n_payloads == 0)
		return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, "please report this bug",
			       "the zip bundle was given no files to hold");
	if (o->n_payloads > MAX_PAYLOADS)
		return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, NULL,
			       "the zip bundle can hold at most %u files, not %zu", MAX_PAYLOADS,
			       o->n_payloads);
	for (size_t i = 0; i < o->n_payloads; i++) {
		const gw_payload *p = &o->payloads[i];
		const char *name = p->name ? safe_name(b, p->name, 1) : NULL;
		if (!name || (!p->data && p->len))
			return gw_fail(d, GW_E_INTERNAL, 0, GW_NO_BYTE, "please report this bug",
				       "bundle file %zu ('%s') has no usable name or no data", i + 1,
				       p->name ? p->name : "");
		if (p->len > GW_BAG_MAX_ENTRY_BYTES)
			return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE, "split the report into smaller files",
				       "'%s' is %zu bytes; a bundle file may hold at most 1 GB", name, p->len);
		entry *e = &b->payload[b->n_payload++];
		gw_buf full;
		gw_buf_init(&full, GW_BAG_MAX_NAME_BYTES);
		gw_buf_adds(&full, "data/");
		gw_buf_adds(&full, name);
		e->name = gw_buf_status(&full) ? NULL : gw_arena_strndup(b->arena, full.p, full.len);
		gw_buf_free(&full);
		if (!e->name)
			return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the bundle");
		e->data = p->data ? p->data : (const unsigned char *)"";
		e->len = p->len;
		e->store = already_compressed(e->data, e->len);
		b->payload_bytes += p->len;
	}
	return GW_OK;
}

/* One manifest line "<hex>  <path>\n", path percent-encoded (RFC 8493). */
static void manifest_line(gw_buf *t, const char *hex, const char *path)
{
	char enc[3 * GW_BAG_MAX_NAME_BYTES + 1];
	gw_bagit_encode_path(path, enc);
	gw_buf_adds(t, hex);
	gw_buf_add(t, "  ", 2);
	gw_buf_adds(t, enc);
	gw_buf_add(t, "\n", 1);
}

static int hash_into(gw_buf *m256, gw_buf *m512, const char *path, const void *data, size_t len)
{
	char h256[65], h512[129];
	if (gw_sha256_hex(data, len, h256) || gw_sha512_hex(data, len, h512))
		return -1;
	manifest_line(m256, h256, path);
	manifest_line(m512, h512, path);
	return 0;
}

/* A bag-info value on one line: control characters become spaces. */
static void put_value_n(gw_buf *t, const char *label, const char *value, size_t n)
{
	gw_buf_adds(t, label);
	gw_buf_add(t, ": ", 2);
	for (const char *p = value; p < value + n && *p; p++)
		gw_buf_add(t, (unsigned char)*p < 0x20 || *p == 0x7f ? " " : p, 1);
	gw_buf_add(t, "\n", 1);
}

static void put_value(gw_buf *t, const char *label, const char *value)
{
	put_value_n(t, label, value, strlen(value));
}

/* 公文 kinds (党政机关公文处理工作条例, article 8) and the work-report
 * genres, as a title ends with them: a longer name before a shorter one it
 * ends with. */
static const char *const doc_types[] = {
	"述职报告", "工作报告", "报告", "请示", "汇报", "讲话", "发言", "通知", "通报", "意见",
	"决定", "决议", "命令", "公报", "公告", "通告", "批复", "议案", "函", "纪要",
};

/* The kind of document the title names ("关于……的请示" → 请示), a bracketed
 * note at its end set aside (（征求意见稿）), or NULL. */
static const char *doc_type(const char *title)
{
	static const char open[] = "（", close[] = "）";
	size_t n = title ? strlen(title) : 0;
	if (n > 3 && memcmp(title + n - 3, close, 3) == 0)
		for (const char *p = title; (p = strstr(p, open)) && p < title + n; p += 3)
			if (p > title)
				n = (size_t)(p - title);  /* the last （ */
	for (size_t i = 0; i < sizeof doc_types / sizeof doc_types[0]; i++) {
		size_t k = strlen(doc_types[i]);
		if (n >= k && memcmp(title + n - k, doc_types[i], k) == 0)
			return doc_types[i];
	}
	return NULL;
}

/* The document's date as written: the signature's date line, else the
 * 版记's 印发日期. */
static const char *document_date(const gw_report *r)
{
	for (size_t i = 0; r->signature.present && i < r->signature.n; i++) {
		const char *s = r->signature.items[i];
		if (s && strstr(s, "年") && strstr(s, "月"))
			return s;
	}
	return r->imprint ? r->imprint->printed_on : NULL;
}

/* The page count of a PDF payload: the largest /Count of its /Type /Pages
 * nodes (the root's), 0 when there is none. */
static unsigned long pdf_pages(const unsigned char *p, size_t n)
{
	static const char key[] = "/Type /Pages";
	unsigned long best = 0;
	for (const unsigned char *at = p; (at = memmem(at, n - (size_t)(at - p), key, sizeof key - 1)); at++) {
		size_t left = n - (size_t)(at - p);
		const unsigned char *end = memmem(at, left, "endobj", 6);
		const unsigned char *c = memmem(at, end ? (size_t)(end - at) : left, "/Count ", 7);
		unsigned long v = 0;
		for (c = c ? c + 7 : NULL; c && c < p + n && *c >= '0' && *c <= '9' && v < 100000000ul; c++)
			v = v * 10 + (unsigned long)(*c - '0');
		best = v > best ? v : best;
	}
	return best;
}

/* One Payload-File line per output: its path, the writer that made it
 * (writers.c's row for its extension) and, for a PDF, the PDF/A level its
 * XMP claims. */
static void payload_files(gw_buf *t, const bag *b)
{
	for (size_t i = 0; i < b->n_payload; i++) {
		const entry *e = &b->payload[i];
		size_t n = strlen(e->name);
		for (size_t w = 0; w < gw_n_writers && strncmp(e->name, "data/source/", 12) != 0; w++) {
			size_t k = strlen(gw_writers[w].extension);
			if (n <= k || strcmp(e->name + n - k, gw_writers[w].extension) != 0)
				continue;
			bool pdfa = memmem(e->data, e->len, "<pdfaid:part>1</pdfaid:part>", 28) &&
				    memmem(e->data, e->len, "<pdfaid:conformance>B</pdfaid:conformance>", 42);
			gw_buf_addf(t, "Payload-File: %s (%s: %s%s)\n", e->name, gw_writers[w].name,
				    gw_writers[w].summary, pdfa ? "; PDF/A-1b" : "");
			break;
		}
	}
}

/* An issuing body from its 发文机关标志: "××县水利局文件" is the mark of
 * ××县水利局 (GB/T 9704 §7.2.4: full or short name, then 文件). */
static void issuer(gw_buf *t, const char *mark)
{
	static const char suffix[] = "文件";
	size_t n = strlen(mark), k = sizeof suffix - 1;
	char name[GW_BAG_MAX_NAME_BYTES];
	if (n > k && n - k < sizeof name && strcmp(mark + n - k, suffix) == 0) {
		memcpy(name, mark, n - k);
		name[n - k] = '\0';
		mark = name;
	}
	put_value(t, "Issuing-Organization", mark);
}

/* What an archivist files the document by: its kind, number, issuing
 * bodies, date and pages, each when known. */
static void document_fields(gw_buf *t, const gw_report *r, const bag *b)
{
	const char *type = doc_type(r->title);
	if (type)
		put_value(t, "Document-Type", type);
	if (r->head && r->head->doc_number)
		put_value(t, "Document-Number", r->head->doc_number);
	for (size_t i = 0; r->head && r->head->issuers.present && i < r->head->issuers.n; i++)
		issuer(t, r->head->issuers.items[i]);
	const char *date = document_date(r);
	if (date)
		put_value(t, "Document-Date", date);
	for (size_t i = 0; i < b->n_payload; i++) {
		unsigned long pages = b->payload[i].len >= 5 && memcmp(b->payload[i].data, "%PDF-", 5) == 0 &&
			strncmp(b->payload[i].name, "data/source/", 12) != 0
			? pdf_pages(b->payload[i].data, b->payload[i].len) : 0;
		if (pages) {
			gw_buf_addf(t, "Page-Count: %lu\n", pages);
			break;
		}
	}
}

/* "12.3 KB": Bag-Size is for people (RFC 8493 §2.2.2). */
static void human_size(uint64_t n, char *out, size_t size)
{
	static const char *const units[] = {"KB", "MB", "GB"};
	if (n < 1000) {
		snprintf(out, size, "%llu bytes", (unsigned long long)n);
		return;
	}
	uint64_t div = 1000;
	size_t u = 0;
	while (u < 2 && n >= div * 1000) {
		div *= 1000;
		u++;
	}
	uint64_t tenths = (n * 10 + div / 2) / div;
	snprintf(out, size, "%llu.%llu %s", (unsigned long long)(tenths / 10),
		 (unsigned long long)(tenths % 10), units[u]);
}

/* The file name under data/source/ when that file is not the text the
 * model was read from (a model JSON given as input), else NULL.  Decided by
 * content: the model records the size and SHA-256 of the bytes it was read
 * from, whatever they were called (stdin is "-"). */
static const char *model_source(const gw_report *r, const gw_write_opts *o)
{
	static const char dir[] = "source/";
	for (size_t i = 0; i < o->n_payloads; i++) {
		const gw_payload *p = &o->payloads[i];
		if (strncmp(p->name, dir, sizeof dir - 1) != 0)
			continue;
		char hex[65];
		bool same = p->len == r->source.bytes && gw_sha256_hex(p->data, p->len, hex) == 0 &&
			    strcmp(hex, r->source.sha256) == 0;
		return same ? NULL : p->name + sizeof dir - 1;
	}
	return NULL;
}

/* A file name that was not UTF-8 is written decoded (tag files must be
 * UTF-8); its original bytes are kept here in hex, with how they were read. */
static void source_name_bytes(gw_buf *t, const gw_write_opts *o)
{
	if (!o->source_name_bytes)
		return;
	gw_buf_adds(t, "Source-File-Name-Bytes: ");
	for (const unsigned char *p = (const unsigned char *)o->source_name_bytes; *p; p++)
		gw_buf_addf(t, "%02x", *p);
	gw_buf_add(t, "\n", 1);
	if (o->source_name_decoding)
		put_value(t, "Source-File-Name-Decoded-From", o->source_name_decoding);
}

static void bag_info(gw_buf *t, const gw_report *r, const gw_write_opts *o, const bag *b)
{
	size_t org_len;
	const char *org = gw_report_issuer(r, &org_len);
	if (org)
		put_value_n(t, "Source-Organization", org, org_len);
	if (r->title && *r->title)
		put_value(t, "External-Description", r->title);
	if (r->source.sha256[0]) {
		gw_buf_addf(t, "External-Identifier: sha256:%s\n", r->source.sha256);
	}
	document_fields(t, r, b);
	struct tm tm;
	time_t ts = o->bagging_time ? o->bagging_time : o->timestamp;
	if (gmtime_r(&ts, &tm))
		gw_buf_addf(t, "Bagging-Date: %04d-%02d-%02d\n", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (o->version && *o->version)
		put_value(t, "Bag-Software-Agent", o->version);
	char size[32];
	human_size(b->payload_bytes, size, sizeof size);
	gw_buf_addf(t, "Bag-Size: %s\n", size);
	gw_buf_addf(t, "Payload-Oxum: %llu.%zu\n", (unsigned long long)b->payload_bytes, b->n_payload);
	payload_files(t, b);
	const char *model = model_source(r, o);
	if (model) {
		/* data/source/ holds the model JSON the report was converted
		 * from: describe that file, and the text it came from apart */
		put_value(t, "Source-Encoding", "UTF-8");
		put_value(t, "Source-File-Name", model);
		if (r->source.name && *r->source.name && strcmp(r->source.name, "-") != 0)
			put_value(t, "Original-Source-File-Name", r->source.name);
		if (r->source.encoding && *r->source.encoding)
			put_value(t, "Original-Source-Encoding", r->source.encoding);
		source_name_bytes(t, o);
		return;
	}
	if (r->source.encoding && *r->source.encoding)
		put_value(t, "Source-Encoding", r->source.encoding);
	if (r->source.name && *r->source.name && strcmp(r->source.name, "-") != 0)  /* "-": stdin */
		put_value(t, "Source-File-Name", r->source.name);
	source_name_bytes(t, o);
}

static gw_status build_tag_files(bag *b, const gw_report *r, const gw_write_opts *o, gw_diag *d)
{
	gw_buf *tag = b->tag;
	gw_buf_adds(&tag[T_BAGIT], "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
	bag_info(&tag[T_INFO], r, o, b);
	int bad = 0;
	for (size_t i = 0; i < b->n_payload && !bad; i++)
		bad = hash_into(&tag[T_MAN256], &tag[T_MAN512], b->payload[i].name, b->payload[i].data,
				b->payload[i].len);
	for (int i = T_BAGIT; i <= T_MAN512 && !bad; i++)
		bad = hash_into(&tag[T_TAG256], &tag[T_TAG512], tag_names[i], tag[i].p, tag[i].len);
	for (int i = 0; i < N_TAGFILES; i++)
		bad |= gw_buf_status(&tag[i]) != GW_OK;
	if (bad)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL,
			       "cannot build the bundle's manifests (out of memory or digest failure)");
	return GW_OK;
}

static gw_status write_zip(const bag *b, time_t ts, gw_bytes *out, gw_diag *d)
{
	gw_zip z;
	gw_status st = gw_zip_begin(&z, N_("the zip bundle"), ts, d);
	if (st)
		return st;
	char name[GW_BAG_MAX_NAME_BYTES + 8];
	for (int i = 0; i < N_TAGFILES; i++) {
		snprintf(name, sizeof name, "%s/%s", b->top, tag_names[i]);
		gw_zip_add(&z, name, b->tag[i].p, b->tag[i].len, false, ZIP_FL_ENC_UTF_8);
	}
	for (size_t i = 0; i < b->n_payload; i++) {
		snprintf(name, sizeof name, "%s/%s", b->top, b->payload[i].name);
		gw_zip_add(&z, name, b->payload[i].data, b->payload[i].len, b->payload[i].store, ZIP_FL_ENC_UTF_8);
	}
	return gw_zip_end(&z, out, d);
}

gw_status gw_write_bundle(const gw_report *r, const gw_write_opts *o, gw_bytes *out, gw_diag *d)
{
	out->data = NULL;
	out->len = 0;
	bag b;
	memset(&b, 0, sizeof b);
	for (int i = 0; i < N_TAGFILES; i++)
		gw_buf_init(&b.tag[i], GW_BAG_MAX_TAGFILE_BYTES);
	b.arena = gw_arena_new();
	gw_status st = b.arena ? GW_OK
		: gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the bundle");
	if (!st) {
		b.top = o->stem ? safe_name(&b, o->stem, 0) : NULL;
		if (!b.top)  /* nothing usable left of the stem */
			b.top = safe_name(&b, "report", 0);
		if (!b.top)
			st = gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory building the bundle");
	}
	if (!st)
		st = add_payloads(&b, o, d);
	if (!st)
		st = build_tag_files(&b, r, o, d);
	if (!st)
		st = write_zip(&b, o->timestamp, out, d);
	for (int i = 0; i < N_TAGFILES; i++)
		gw_buf_free(&b.tag[i]);
	gw_arena_free(b.arena);
	return st;
}
