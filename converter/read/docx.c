/*
 * docx.c — the Word reader's door (docx.h): finds the parts of the
 * document and feeds them, in order, to the readers of docx_*.c:
 *
 *   .docx (a zip, Open Packaging Conventions)
 *     _rels/.rels            → the main part (officeDocument relationship;
 *     [Content_Types].xml      else the part typed …wordprocessingml…main+xml)
 *     <main>.rels            → its styles and numbering parts
 *     styles.xml             → docx_styles.c
 *     numbering.xml          → docx_numbering.c
 *     document.xml           → docx_body.c → blocks
 *   flat XML saved with a .docx name (sniffed, not trusted by name)
 *     <pkg:package>          Word 2007+ "XML Document": the same parts as
 *                            pkg:part elements, read in two passes
 *     <w:wordDocument>       Word 2003 XML: styles, then the body; list
 *                            labels come written out (wx:t)
 *
 * Every part is inflated through a counter: neither its declared size nor
 * what actually comes out may pass DOCX_MAX_PART, nor all parts together
 * DOCX_MAX_TOTAL (zip bombs).
 */
#include "docx.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>

#include "../model/arena.h"
#include "../model/i18n.h"
#include "docx_parts.h"
#include "readers.h"
#include "stops.h"

#define PATH_CAP 512

static const unsigned char ole_magic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

/* What a package relationship or content type names, by suffix. */
typedef struct rels {
	char office[PATH_CAP], styles[PATH_CAP], numbering[PATH_CAP];
} rels;

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void no_text(void *ctx, docx_xml *x, const char *s, size_t n)
{
	(void)ctx, (void)x, (void)s, (void)n;
}

static void no_end(void *ctx, docx_xml *x, docx_el el)
{
	(void)ctx, (void)x, (void)el;
}

static void rels_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	(void)x;
	rels *r = ctx;
	const char *type = docx_attr(atts, "Type"), *target = docx_attr(atts, "Target");
	const char *mode = docx_attr(atts, "TargetMode");
	if (el != DX_RELATIONSHIP || !type || !target || (mode && strcmp(mode, "External") == 0))
		return;
	char *slot = ends_with(type, "/officeDocument") ? r->office
		     : ends_with(type, "/styles")       ? r->styles
		     : ends_with(type, "/numbering")    ? r->numbering
							: NULL;
	if (slot && !slot[0] && strlen(target) < PATH_CAP)
		strcpy(slot, target);
}

/* [Content_Types].xml: the type of one part, and the first Word main part. */
typedef struct types {
	const char *part; /* "/word/document.xml" */
	char type_of_part[256];
	char word_main[PATH_CAP];
} types;

static bool is_word_main(const char *ct)
{
	return (strstr(ct, "wordprocessingml") || strstr(ct, "ms-word")) && ends_with(ct, "main+xml");
}

static void types_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	(void)x;
	types *t = ctx;
	const char *name = docx_attr(atts, "PartName"), *ct = docx_attr(atts, "ContentType");
	if (el != DX_CT_OVERRIDE || !name || !ct)
		return;
	if (t->part && strcasecmp(name, t->part) == 0 && strlen(ct) < sizeof t->type_of_part)
		strcpy(t->type_of_part, ct);
	if (is_word_main(ct) && !t->word_main[0] && strlen(name) < PATH_CAP)
		strcpy(t->word_main, name);
}

/* Resolves a relationship target against the folder of its source part
 * ("word/" + "styles.xml", "/word/x.xml", "../media/…"), into a zip name. */
static bool resolve(const char *dir, const char *target, char *out)
{
	char joined[2 * PATH_CAP];
	snprintf(joined, sizeof joined, "%s%s", target[0] == '/' ? "" : dir,
		 target[0] == '/' ? target + 1 : target);
	size_t n = 0;
	for (const char *s = joined; *s;) {
		const char *e = strchr(s, '/');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (len == 2 && s[0] == '.' && s[1] == '.') {
			if (n == 0)
				return false; /* above the package root */
			n--;                  /* the '/' ending the last folder */
			while (n > 0 && out[n - 1] != '/')
				n--;
		} else if (len > 0 && !(len == 1 && s[0] == '.')) {
			if (n + len + 1 >= PATH_CAP)
				return false;
			memcpy(out + n, s, len);
			n += len;
			if (e)
				out[n++] = '/';
		}
		s += len + (e != NULL);
	}
	out[n] = '\0';
	return n > 0 && out[n - 1] != '/';
}

/* ---- the zip package ------------------------------------------------- */

typedef struct pkg {
	zip_t *zip;
	size_t total; /* bytes inflated from all parts */
	gw_diag *d;
} pkg;

static gw_status too_large(gw_diag *d, const char *part, const char *what, unsigned limit_mb)
{
	return gw_fail(d, GW_E_TOO_LARGE, 0, GW_NO_BYTE,
		       "a real report is far smaller: this may be a zip bomb; open the file in Word "
		       "or WPS and save it again, or save the report as plain text (.txt)",
		       "%s of the Word file %s more than %u MB", _(part), _(what), limit_mb);
}

static gw_status inflate_into(pkg *pk, zip_file_t *zf, docx_xml *x, const char *name)
{
	char buf[1 << 16];
	size_t part = 0;
	for (;;) {
		zip_int64_t n = zip_fread(zf, buf, sizeof buf);
		if (n < 0)
			return gw_fail(pk->d, GW_E_STRUCTURE, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
				       "the Word file is damaged: %s cannot be unpacked (%s)", name,
				       zip_file_strerror(zf));
		if (n == 0)
			return docx_xml_feed(x, buf, 0, true);
		part += (size_t)n;
		pk->total += (size_t)n;
		if (part > DOCX_MAX_PART)
			return too_large(pk->d, name, N_("unpacks to"), DOCX_MAX_PART >> 20);
		if (pk->total > DOCX_MAX_TOTAL)
			return too_large(pk->d, N_("the parts read"), N_("unpack to"), DOCX_MAX_TOTAL >> 20);
		gw_status st = docx_xml_feed(x, buf, (size_t)n, false);
		if (st != GW_OK)
			return st;
	}
}

/* Parses one part of the zip through sink; a missing part is an error
 * only when required. */
static gw_status read_part(pkg *pk, const char *name, const docx_sink *sink, bool required)
{
	zip_int64_t i = zip_name_locate(pk->zip, name, ZIP_FL_NOCASE);
	if (i < 0)
		return required ? gw_fail(pk->d, GW_E_STRUCTURE, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
					  "the Word file has no part %s (damaged, or not a Word "
					  "document)",
					  name)
				: GW_OK;
	zip_stat_t zs;
	zip_stat_init(&zs);
	if (zip_stat_index(pk->zip, (zip_uint64_t)i, 0, &zs) == 0 && (zs.valid & ZIP_STAT_SIZE) &&
	    zs.size > DOCX_MAX_PART)
		return too_large(pk->d, name, N_("declares"), DOCX_MAX_PART >> 20);
	zip_file_t *zf = zip_fopen_index(pk->zip, (zip_uint64_t)i, 0);
	if (!zf) {
		zip_error_t *ze = zip_get_error(pk->zip);
		bool locked = zip_error_code_zip(ze) == ZIP_ER_NOPASSWD ||
			      zip_error_code_zip(ze) == ZIP_ER_WRONGPASSWD;
		return gw_fail(pk->d, locked ? GW_E_UNSUPPORTED : GW_E_STRUCTURE, 0, GW_NO_BYTE,
			       DOCX_HINT_RESAVE, "%s of the Word file cannot be opened (%s)", name,
			       zip_error_strerror(ze));
	}
	docx_xml x;
	gw_status st = GW_E_NOMEM;
	if (docx_xml_open(&x, name, sink, pk->d) == 0) {
		st = inflate_into(pk, zf, &x, name);
		docx_xml_close(&x);
	}
	zip_fclose(zf);
	return st;
}

/* The main part and its styles and numbering parts, as zip names. */
typedef struct parts {
	char main[PATH_CAP], styles[PATH_CAP], numbering[PATH_CAP];
} parts;

static gw_status refuse_other_office(gw_diag *d, const char *ct)
{
	const char *kind = strstr(ct, "spreadsheetml")    ? N_("an Excel workbook")
			   : strstr(ct, "presentationml") ? N_("a PowerPoint presentation")
							  : N_("not a Word document");
	return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE,
		       "save the report from Word or WPS Writer as .docx or plain text (.txt)",
		       "the file is %s (content type %s)", _(kind), ct);
}

static gw_status find_main(pkg *pk, parts *p)
{
	rels r = {0};
	docx_sink rs = {rels_start, no_end, no_text, &r};
	gw_status st = read_part(pk, "_rels/.rels", &rs, false);
	if (st != GW_OK)
		return st;
	char main_name[PATH_CAP + 1] = "/";
	if (r.office[0] && resolve("", r.office, main_name + 1)) {
		types t = {.part = main_name};
		docx_sink ts = {types_start, no_end, no_text, &t};
		if ((st = read_part(pk, "[Content_Types].xml", &ts, false)) != GW_OK)
			return st;
		if (t.type_of_part[0] && !is_word_main(t.type_of_part))
			return refuse_other_office(pk->d, t.type_of_part);
		strcpy(p->main, main_name + 1);
		return GW_OK;
	}
	types t = {0};
	docx_sink ts = {types_start, no_end, no_text, &t};
	if ((st = read_part(pk, "[Content_Types].xml", &ts, false)) != GW_OK)
		return st;
	if (!t.word_main[0] || !resolve("", t.word_main, p->main))
		return gw_fail(pk->d, GW_E_STRUCTURE, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
			       "the zip file holds no Word document (no main part in _rels/.rels "
			       "or [Content_Types].xml)");
	return GW_OK;
}

/* word/document.xml → word/_rels/document.xml.rels → its styles and numbering. */
static gw_status find_parts(pkg *pk, parts *p)
{
	gw_status st = find_main(pk, p);
	if (st != GW_OK)
		return st;
	const char *slash = strrchr(p->main, '/');
	char dir[PATH_CAP] = "", rels_name[2 * PATH_CAP + 8];
	size_t dn = slash ? (size_t)(slash - p->main) + 1 : 0;
	memcpy(dir, p->main, dn);
	dir[dn] = '\0';
	snprintf(rels_name, sizeof rels_name, "%s_rels/%s.rels", dir, p->main + dn);
	rels r = {0};
	docx_sink rs = {rels_start, no_end, no_text, &r};
	if ((st = read_part(pk, rels_name, &rs, false)) != GW_OK)
		return st;
	if (!r.styles[0] || !resolve(dir, r.styles, p->styles))
		p->styles[0] = '\0';
	if (!r.numbering[0] || !resolve(dir, r.numbering, p->numbering))
		p->numbering[0] = '\0';
	return GW_OK;
}

/* The three readers of one document. */
typedef struct readers {
	docx_styles *styles;
	docx_numbering *numbering;
	docx_body *body;
} readers;

static gw_status finish_lists(readers *rd, gw_diag *d)
{
	if (docx_styles_finish(rd->styles) || docx_numbering_finish(rd->numbering, rd->styles))
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading styles");
	return GW_OK;
}

static gw_status read_zip(const unsigned char *bytes, size_t len, readers *rd, gw_diag *d)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
	pkg pk = {.d = d};
	if (src)
		/* No ZIP_CHECKCONS: tools differ in what they repeat in local
		 * headers; a damaged entry still fails its CRC when read. */
		pk.zip = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (!pk.zip) {
		gw_status st = gw_fail(d, src ? GW_E_STRUCTURE : GW_E_NOMEM, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
				       "the Word file is damaged: %s", zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return st;
	}
	zip_error_fini(&ze);
	parts p = {0};
	gw_status st = find_parts(&pk, &p);
	docx_sink ss = docx_styles_sink(rd->styles), ns = docx_numbering_sink(rd->numbering);
	docx_sink bs = docx_body_sink(rd->body);
	if (st == GW_OK && p.styles[0])
		st = read_part(&pk, p.styles, &ss, false);
	if (st == GW_OK && p.numbering[0])
		st = read_part(&pk, p.numbering, &ns, false);
	if (st == GW_OK)
		st = finish_lists(rd, d);
	if (st == GW_OK)
		st = read_part(&pk, p.main, &bs, true);
	zip_discard(pk.zip);
	return st;
}

/* ---- flat XML -------------------------------------------------------- */

/* Passes a flat file's events on: all of them for Word 2003 XML; in a
 * pkg:package only those inside the parts this pass wants. */
typedef struct router {
	docx_sink to[2];
	size_t n_to;
	bool main_pass; /* wants the document part, else styles + numbering */
	bool package, inside;
	bool saw_body;
} router;

static bool part_wanted(const router *r, const char *ct)
{
	if (!ct)
		return false;
	if (r->main_pass)
		return is_word_main(ct);
	return ends_with(ct, "wordprocessingml.styles+xml") ||
	       ends_with(ct, "wordprocessingml.numbering+xml");
}

static void route_start(void *ctx, docx_xml *x, docx_el el, const XML_Char **atts)
{
	router *r = ctx;
	if (el == DX_PACKAGE && x->depth == 1)
		r->package = true;
	if (r->package && el == DX_PART) {
		r->inside = part_wanted(r, docx_attr(atts, "contentType"));
		return;
	}
	if (r->package && !r->inside)
		return;
	r->saw_body |= el == DX_BODY;
	for (size_t i = 0; i < r->n_to; i++)
		r->to[i].start(r->to[i].ctx, x, el, atts);
}

static void route_end(void *ctx, docx_xml *x, docx_el el)
{
	router *r = ctx;
	if (r->package && el == DX_PART)
		r->inside = false;
	if (r->package && !r->inside)
		return;
	for (size_t i = 0; i < r->n_to; i++)
		r->to[i].end(r->to[i].ctx, x, el);
}

static void route_text(void *ctx, docx_xml *x, const char *s, size_t n)
{
	router *r = ctx;
	if (r->package && !r->inside)
		return;
	for (size_t i = 0; i < r->n_to; i++)
		r->to[i].text(r->to[i].ctx, x, s, n);
}

static gw_status flat_pass(const unsigned char *bytes, size_t len, router *r, gw_diag *d)
{
	if (len > DOCX_MAX_PART)
		return too_large(d, N_("the XML"), N_("is"), DOCX_MAX_PART >> 20);
	docx_sink rs = {route_start, route_end, route_text, r};
	docx_xml x;
	if (docx_xml_open(&x, "the Word XML file", &rs, d))
		return GW_E_NOMEM;
	gw_status st = docx_xml_feed(&x, (const char *)bytes, len, true);
	docx_xml_close(&x);
	return st;
}

static gw_status read_flat(const unsigned char *bytes, size_t len, readers *rd, gw_diag *d)
{
	router lists = {.to = {docx_styles_sink(rd->styles), docx_numbering_sink(rd->numbering)}, .n_to = 2};
	gw_status st = flat_pass(bytes, len, &lists, d);
	if (st == GW_OK)
		st = finish_lists(rd, d);
	if (st != GW_OK)
		return st;
	router body = {.to = {docx_body_sink(rd->body)}, .n_to = 1, .main_pass = true};
	if ((st = flat_pass(bytes, len, &body, d)) != GW_OK)
		return st;
	if (!body.saw_body)
		return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
			       "this XML file is not a Word document (no w:body found)");
	return GW_OK;
}

/* ---- the door -------------------------------------------------------- */

static const unsigned char *skip_bom_and_space(const unsigned char *s, size_t *n)
{
	if (*n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		s += 3;
		*n -= 3;
	}
	while (*n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		(*n)--;
	}
	return s;
}

static bool is_zip(const unsigned char *b, size_t n)
{
	return n >= 4 && memcmp(b, "PK\3\4", 4) == 0;
}

static bool is_flat_word(const unsigned char *b, size_t n)
{
	const unsigned char *s = skip_bom_and_space(b, &n);
	if (n == 0 || s[0] != '<')
		return false;
	size_t head = n < 4096 ? n : 4096;
	if (memmem(s, head, "office/word/2003/wordml", 23))
		return true;
	return memmem(s, head, "office/2006/xmlPackage", 22) &&
	       memmem(s, n < (1u << 20) ? n : (1u << 20), "wordprocessingml", 16);
}

bool gw_docx_sniff(const unsigned char *bytes, size_t len)
{
	if (!is_zip(bytes, len))
		return is_flat_word(bytes, len);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
	bool word = false;
	if (z) {
		zip_int64_t n = zip_get_num_entries(z, 0);
		for (zip_int64_t i = 0; i < n && i < 10000 && !word; i++) {
			const char *name = zip_get_name(z, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
			word = name && strncasecmp(name, "word/", 5) == 0;
		}
		zip_discard(z);
	} else {
		/* A damaged .docx (no central directory) still has its local
		 * headers: let the Word reader say it is damaged. */
		zip_source_free(src);
		size_t head = len < (1u << 20) ? len : (1u << 20);
		word = memmem(bytes, head, "word/", 5) || memmem(bytes, head, "[Content_Types].xml", 19);
	}
	zip_error_fini(&ze);
	return word;
}

static gw_status read_any(const unsigned char *bytes, size_t len, readers *rd, gw_diag *d)
{
	if (len >= sizeof ole_magic && memcmp(bytes, ole_magic, sizeof ole_magic) == 0)
		return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE,
			       "open it in Word or WPS and save it as a Word document (.docx) without "
			       "a password, or as plain text (.txt)",
			       "this is an old binary Word/WPS file (.doc, .wps) or a password-protected "
			       "document, which cannot be read");
	if (is_zip(bytes, len))
		return read_zip(bytes, len, rd, d);
	size_t n = len;
	const unsigned char *s = skip_bom_and_space(bytes, &n);
	if (n && s[0] == '<')
		return read_flat(bytes, len, rd, d);
	return gw_fail(d, GW_E_BINARY, 0, GW_NO_BYTE, DOCX_HINT_RESAVE,
		       "this is not a Word document (neither a .docx zip nor Word XML)");
}

static bool has_text(const gw_blocks *b)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].len > 0 || b->v[i].kind == GW_BLOCK_TABLE)
			return true;
	return false;
}

/* Office systems that export HTML as .docx put it in w:altChunk parts,
 * which only Word's own import turns into paragraphs. */
static gw_status check_text(const gw_blocks *out, size_t alt_chunks, gw_diag *d)
{
	static const char hint[] = N_("open the file in Word or WPS and save it again as a Word "
				      "document (.docx): that converts the embedded content");
	if (!has_text(out) && alt_chunks)
		return gw_fail(d, GW_E_UNSUPPORTED, 0, GW_NO_BYTE, hint,
			       "the document's text is embedded as %zu HTML/RTF part(s) "
			       "(w:altChunk) that only Word converts when it opens the file",
			       alt_chunks);
	if (!has_text(out))
		return gw_fail(d, GW_E_EMPTY, 0, GW_NO_BYTE,
			       "check that the file is the report, not an empty template",
			       "the Word document has no text in its body");
	if (alt_chunks)
		gw_warn(d, 0, "%zu embedded HTML/RTF part(s) (w:altChunk) not read: %s", alt_chunks, _(hint));
	return GW_OK;
}

gw_status gw_docx_blocks(const unsigned char *bytes, size_t len, gw_blocks *out, gw_diag *d)
{
	memset(out, 0, sizeof *out);
	out->encoding = "DOCX";
	readers rd = {0};
	gw_status st = GW_E_NOMEM;
	if (!(out->arena = gw_arena_new()) || !(rd.styles = docx_styles_new(out->arena)) ||
	    !(rd.numbering = docx_numbering_new(out->arena)) ||
	    !(rd.body = docx_body_new(out, rd.styles, rd.numbering)))
		gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory reading the Word file");
	else
		st = read_any(bytes, len, &rd, d);
	if (st == GW_OK)
		docx_body_finish(rd.body);
	if (st == GW_OK)
		st = check_text(out, docx_body_alt_chunks(rd.body), d);
	docx_body_free(rd.body);
	docx_numbering_free(rd.numbering);
	docx_styles_free(rd.styles);
	if (st != GW_OK) {
		gw_blocks_free(out);
		out->encoding = NULL;
	}
	return st;
}

int gw_docx_sniff_score(const unsigned char *bytes, size_t len, const char *name)
{
	(void)name; /* by content: WPS saves flat XML under a .docx name */
	return gw_docx_sniff(bytes, len) ? GW_SNIFF_YES : GW_SNIFF_NO;
}

gw_status gw_read_docx(const unsigned char *bytes, size_t len, const gw_read_opts *opts, gw_report **out,
		       gw_diag *d)
{
	*out = NULL;
	gw_blocks blocks;
	gw_status st = gw_docx_blocks(bytes, len, &blocks, d);
	if (st != GW_OK)
		return st;
	st = gw_stops_fix(&blocks, d);   /* typed in Word on a phone: 。 as '.' */
	if (!st)
		st = gw_read_blocks(&blocks, bytes, len, opts, out, d);
	gw_blocks_free(&blocks);
	return st;
}
