/*
 * fuzz_docx.c — Word bytes → gw_docx_blocks → gw_read_blocks → model JSON,
 * the path of every `gwexport report.docx`.  Each input is read twice:
 *   - as the file itself (a .docx zip, or flat Word XML);
 *   - as word/document.xml of a small package built around it in memory,
 *     with fixed styles and numbering parts, so the fuzzer spends its time
 *     on the body and not on zip checksums.
 * Promises checked on every input:
 *   - a refusal has a status and a message and leaves no blocks;
 *   - blocks are valid UTF-8, len == strlen(s), numbering_len <= len, levels
 *     -1..9, paragraph numbers increase, every table cell lies in its grid;
 *   - the blocks read into a model whose JSON round-trips (fuzz.h).
 */
#include <string.h>
#include <zip.h>

#include "fuzz.h"
#include "model/utf8.h"
#include "read/docx.h"

static const char docx_types[] =
	"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
	"officedocument.wordprocessingml.document.main+xml\"/></Types>";
static const char docx_root_rels[] =
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	"officeDocument\" Target=\"word/document.xml\"/></Relationships>";
static const char docx_doc_rels[] =
	"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	"styles\" Target=\"styles.xml\"/><Relationship Id=\"r2\" Type=\"http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>";
#define DOCX_W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
static const char docx_styles[] =
	"<w:styles " DOCX_W "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name "
	"w:val=\"Normal\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
	"<w:basedOn w:val=\"a\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"标题 2\"/><w:basedOn w:val=\"2\"/>"
	"</w:style></w:styles>";
static const char docx_numbering[] =
	"<w:numbering " DOCX_W "><w:abstractNum w:abstractNumId=\"0\">"
	"<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
	"<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
	"<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3\"/></w:lvl>"
	"</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	"<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride "
	"w:val=\"3\"/></w:lvlOverride></w:num></w:numbering>";

static void docx_check_utf8(const char *s, size_t n)
{
	GW_FUZZ_REQUIRE(s != NULL, "block strings are set");
	GW_FUZZ_REQUIRE(gw_utf8_valid_prefix((const unsigned char *)s, n) == n, "block text is valid UTF-8");
}

static void docx_check_blocks(const gw_blocks *b)
{
	GW_FUZZ_REQUIRE(b->arena != NULL && strcmp(b->encoding, "DOCX") == 0, "blocks say DOCX");
	for (size_t i = 0; i < b->n; i++) {
		const gw_block *k = &b->v[i];
		GW_FUZZ_REQUIRE(k->s && strlen(k->s) == k->len, "len is the text's length");
		GW_FUZZ_REQUIRE(k->numbering_len <= k->len, "numbering is inside the text");
		GW_FUZZ_REQUIRE(k->level >= GW_LEVEL_NONE && k->level <= 9, "level is -1..9");
		GW_FUZZ_REQUIRE(i == 0 || k->no >= b->v[i - 1].no, "paragraph numbers do not go back");
		docx_check_utf8(k->s, k->len);
		GW_FUZZ_REQUIRE((k->kind == GW_BLOCK_TABLE) == (k->table != NULL), "tables have a grid");
		for (size_t c = 0; k->table && c < k->table->n_cells; c++) {
			const gw_cell *cell = &k->table->cells[c];
			GW_FUZZ_REQUIRE(cell->rows >= 1 && cell->cols >= 1, "cell spans are at least 1");
			GW_FUZZ_REQUIRE(cell->row + cell->rows <= k->table->n_rows &&
						cell->col + cell->cols <= k->table->n_cols,
					"cells lie inside the grid");
			docx_check_utf8(cell->text, strlen(cell->text));
		}
	}
}

static void docx_read_one(const uint8_t *data, size_t size)
{
	gw_blocks b;
	gw_diag d = {0};
	d.byte = GW_NO_BYTE;
	(void)gw_docx_sniff(data, size);
	gw_status st = gw_docx_blocks(data, size, &b, &d);
	if (st != GW_OK) {
		GW_FUZZ_REQUIRE(d.status == st && d.what[0] != '\0', "a refusal says what is wrong");
		GW_FUZZ_REQUIRE(b.arena == NULL && b.v == NULL && b.n == 0, "a refusal leaves no blocks");
		return;
	}
	docx_check_blocks(&b);
	gw_read_opts opts = {.name = "fuzz.docx", .extract_indicators = 1};
	gw_report *r = NULL;
	st = gw_read_blocks(&b, data, size, &opts, &r, &d);
	if (st == GW_OK) {
		GW_FUZZ_REQUIRE(r != NULL, "a read gives a report");
		gw_fuzz_check_roundtrip(r);
		gw_report_free(r);
	} else {
		GW_FUZZ_REQUIRE(r == NULL && d.what[0] != '\0', "a failed read says what is wrong");
	}
	gw_blocks_free(&b);
}

static int docx_add(zip_t *z, const char *name, const void *data, size_t n)
{
	zip_source_t *s = zip_source_buffer(z, data, n, 0);
	if (!s)
		return -1;
	if (zip_file_add(z, name, s, ZIP_FL_OVERWRITE) < 0) {
		zip_source_free(s);
		return -1;
	}
	return 0;
}

/* data as word/document.xml of a package in memory; NULL if libzip fails. */
static unsigned char *docx_wrap(const uint8_t *data, size_t size, size_t *len)
{
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
	unsigned char *out = NULL;
	zip_error_fini(&ze);
	if (!z) {
		zip_source_free(src);
		return NULL;
	}
	zip_source_keep(src);
	if (docx_add(z, "[Content_Types].xml", docx_types, sizeof docx_types - 1) ||
	    docx_add(z, "_rels/.rels", docx_root_rels, sizeof docx_root_rels - 1) ||
	    docx_add(z, "word/_rels/document.xml.rels", docx_doc_rels, sizeof docx_doc_rels - 1) ||
	    docx_add(z, "word/styles.xml", docx_styles, sizeof docx_styles - 1) ||
	    docx_add(z, "word/numbering.xml", docx_numbering, sizeof docx_numbering - 1) ||
	    docx_add(z, "word/document.xml", size ? (const void *)data : "", size) || zip_close(z) < 0) {
		zip_discard(z);
		zip_source_free(src);
		return NULL;
	}
	zip_stat_t st;
	if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
		out = malloc(st.size ? st.size : 1);
		zip_int64_t n = out ? zip_source_read(src, out, st.size) : -1;
		if (n < 0 || (zip_uint64_t)n != st.size) {
			free(out);
			out = NULL;
		}
		*len = (size_t)st.size;
		zip_source_close(src);
	}
	zip_source_free(src);
	return out;
}

int GW_FUZZ_ENTRY(docx)(const uint8_t *data, size_t size)
{
	docx_read_one(data, size);
	if (size >= 2 && data[0] == 'P' && data[1] == 'K')
		return 0;
	size_t len = 0;
	unsigned char *zip = docx_wrap(data, size, &len);
	if (zip) {
		docx_read_one(zip, len);
		free(zip);
	}
	return 0;
}
