/*
 * decode.c — first reader pass for text input: bytes → UTF-8 lines, one
 * GW_BLOCK_TEXT block per input line (blocks.h), no hints.
 *
 * Encodings: UTF-8 with or without BOM, GB18030 (which covers GBK and
 * GB2312), Big5, Big5-HKSCS, UTF-16LE and UTF-16BE with or without BOM; all
 * but UTF-8 through iconv.  In auto mode:
 *   1. a byte-order mark decides (UTF-8, UTF-16LE/BE, GB18030);
 *   2. zero bytes where UTF-16 text has them make it UTF-16 (charset.c);
 *   3. valid UTF-8 is UTF-8;
 *   4. UTF-8 lines next to lines that are not (GBK pasted into a UTF-8
 *      file) are refused, naming the line;
 *   5. otherwise GB18030 or Big5, whichever reading is made of common
 *      characters (charset.c); when that is unclear, refused, naming
 *      --encoding big5 and --encoding gb18030.
 * --encoding skips detection; only a byte-order mark of that encoding is
 * skipped.  Every refusal names the 1-based line and the byte offset in the
 * ORIGINAL input, so a clerk can find the bad spot in the editor that wrote
 * the file.
 *
 * Then the text is cut at LF, CRLF or CR, and each line loses its
 * indentation and trailing spaces (ASCII spaces, tabs, U+3000, NBSP).
 */
#include "blocks.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../model/buf.h"
#include "../model/i18n.h"
#include "../model/utf8.h"
#include "charset.h"

#define HINT_SAVE_AS "save the file as UTF-8 or GB18030, or pass --encoding"
#define HINT_FORCED "check the file's encoding, or try --encoding auto"
#define HINT_TEXT "save the report as plain text (.txt)"
#define HOW_TO_DOCX "in WPS: 文件 → 另存为 → 文件类型 选 “Microsoft Word 文件(*.docx)”; " \
	"in Word: 文件 → 另存为 → 保存类型 “Word 文档(*.docx)”"
#define HINT_DOCX "open it in WPS or Word and save it as .docx: " HOW_TO_DOCX
#define HINT_PDF "open the document the PDF was made from and save it as .docx (" HOW_TO_DOCX \
	"), or copy the PDF's text into a .txt file"

/* --encoding names (lower case; matched without regard to case). */
static const struct {
	const char *name;
	gw_encoding enc;
} ENCODING_NAMES[] = {
	{"auto", GW_ENC_AUTO},
	{"utf-8", GW_ENC_UTF8}, {"utf8", GW_ENC_UTF8},
	{"gb18030", GW_ENC_GB18030}, {"gbk", GW_ENC_GB18030}, {"gb2312", GW_ENC_GB18030},
	{"cp936", GW_ENC_GB18030},
	{"big5", GW_ENC_BIG5}, {"cp950", GW_ENC_BIG5},
	{"big5-hkscs", GW_ENC_BIG5_HKSCS}, {"big5hkscs", GW_ENC_BIG5_HKSCS},
	{"utf-16", GW_ENC_UTF16}, {"utf16", GW_ENC_UTF16},
	{"utf-16le", GW_ENC_UTF16LE}, {"utf16le", GW_ENC_UTF16LE},
	{"utf-16be", GW_ENC_UTF16BE}, {"utf16be", GW_ENC_UTF16BE},
};

int gw_encoding_parse(const char *name, gw_encoding *out)
{
	for (size_t i = 0; i < sizeof ENCODING_NAMES / sizeof ENCODING_NAMES[0]; i++)
		if (strcasecmp(name, ENCODING_NAMES[i].name) == 0) {
			*out = ENCODING_NAMES[i].enc;
			return 0;
		}
	return -1;
}

/* ---- what the bytes are ------------------------------------------------ */

/* Magic numbers of files clerks pick by mistake, what to call them and
 * what to do instead. */
typedef struct binary_kind {
	const char *magic;
	size_t n;
	const char *what;
	const char *hint;
} binary_kind;

static const binary_kind *binary_kind_of(const unsigned char *b, size_t len)
{
	static const binary_kind kinds[] = {
		{"%PDF", 4, N_("a PDF file"), N_(HINT_PDF)},
		{"PK\3\4", 4, N_("a Word (.docx), Excel (.xlsx) or other zip file"), HINT_TEXT},
		{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
		 N_("an old Word (.doc) or WPS (.wps, .et) file, or an old Excel (.xls) one"), N_(HINT_DOCX)},
		{"{\\rtf", 5, N_("an RTF document"), N_(HINT_DOCX)},
		{"\x89PNG", 4, N_("a PNG image"), HINT_TEXT},
		{"\xFF\xD8\xFF", 3, N_("a JPEG image"), HINT_TEXT},
		{"GIF8", 4, N_("a GIF image"), HINT_TEXT},
		{"\x7F" "ELF", 4, N_("a program (ELF executable)"), HINT_TEXT},
		{"Rar!", 4, N_("a RAR archive"), HINT_TEXT},
		{"\x1F\x8B", 2, N_("a gzip archive"), HINT_TEXT},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (len >= kinds[i].n && memcmp(b, kinds[i].magic, kinds[i].n) == 0)
			return &kinds[i];
	return NULL;
}

/* 1-based line of a byte offset: counts LF, CRLF and lone CR before it.
 * unit is 1 for byte encodings, 2 for UTF-16 (le says which byte is low). */
static size_t line_of(const unsigned char *b, size_t off, size_t start, int unit, int le)
{
	size_t line = 1;
	for (size_t i = start; i + unit <= off; i += unit) {
		unsigned c = unit == 1 ? b[i] : le ? (unsigned)(b[i] | b[i + 1] << 8)
						   : (unsigned)(b[i] << 8 | b[i + 1]);
		if (c == '\n') {
			line++;
		} else if (c == '\r') {
			size_t j = i + unit;
			unsigned next = j + unit > off ? 0
				: unit == 1 ? b[j] : le ? (unsigned)(b[j] | b[j + 1] << 8)
							: (unsigned)(b[j] << 8 | b[j + 1]);
			if (next != '\n')
				line++;
		}
	}
	return line;
}

/* Length a UTF-8 lead byte announces, 0 when it cannot start a sequence. */
static size_t utf8_need(unsigned char c)
{
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

/* True when b[p..len) is the beginning of a UTF-8 sequence cut by EOF. */
static int utf8_truncated_at(const unsigned char *b, size_t p, size_t len)
{
	size_t need = utf8_need(b[p]);
	if (need == 0 || len - p >= need)
		return 0;
	for (size_t i = p + 1; i < len; i++)
		if ((b[i] & 0xC0) != 0x80)
			return 0;
	return 1;
}

/* Multi-byte (3 or 4 byte: CJK and beyond) sequences in valid UTF-8 b[0..n). */
static size_t utf8_wide_count(const unsigned char *b, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (b[i] >= 0xE0)
			count++;
	return count;
}

/* ---- conversion -------------------------------------------------------- */

typedef struct conv {
	char *text;         /* malloc'd UTF-8 + NUL */
	size_t len;
	size_t bad;         /* offset of the first bad byte in the converted input */
	int truncated;      /* the input ends inside a character */
} conv;

/* Converts in[0..n) from `from` to UTF-8.  Returns GW_OK, GW_E_ENCODING with
 * c->bad / c->truncated set, or GW_E_NOMEM.  The output starts at twice the
 * input and doubles when iconv asks (E2BIG); its ceiling (4n + 64) is never
 * reached, as UTF-8 takes at most 1.5 bytes per byte of GB18030 or UTF-16. */
static gw_status iconv_to_utf8(const char *from, const unsigned char *in, size_t n, conv *c)
{
	memset(c, 0, sizeof *c);
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return GW_E_UNSUPPORTED;
	gw_buf out;
	gw_buf_init(&out, n < SIZE_MAX / 8 ? 4 * n + 64 : SIZE_MAX);
	gw_status st = gw_buf_reserve(&out, n < SIZE_MAX / 4 ? 2 * n + 16 : n);
	char *ip = (char *)in;
	size_t il = n;
	while (st == GW_OK && il > 0) {
		char *op = out.p + out.len;
		size_t room = out.cap - 1 - out.len, ol = room;
		size_t rc = iconv(cd, &ip, &il, &op, &ol);
		int e = errno;
		out.len += room - ol;
		out.p[out.len] = '\0';
		if (rc != (size_t)-1)
			break;
		if (e == E2BIG) {
			st = gw_buf_reserve(&out, out.cap);
		} else {
			c->bad = (size_t)(ip - (char *)in);
			c->truncated = e == EINVAL;
			st = GW_E_ENCODING;
		}
	}
	iconv_close(cd);
	if (st == GW_OK && !(c->text = gw_buf_take(&out, &c->len)))
		st = GW_E_NOMEM;
	gw_buf_free(&out);
	return st == GW_E_TOO_LARGE ? GW_E_NOMEM : st;
}

static gw_status copy_utf8(const unsigned char *in, size_t n, conv *c)
{
	memset(c, 0, sizeof *c);
	c->text = malloc(n + 1);
	if (!c->text)
		return GW_E_NOMEM;
	memcpy(c->text, in, n);
	c->text[n] = '\0';
	c->len = n;
	return GW_OK;
}

/* The input as seen by the decoder: bytes after the BOM, and the encoding. */
typedef struct source_view {
	const unsigned char *all;  /* original input */
	size_t all_len;
	size_t skip;               /* BOM bytes */
	const char *name;          /* source.encoding; NULL while undecided (auto) */
	const char *iconv;         /* iconv's name for it; NULL for UTF-8 */
	int unit;                  /* bytes per code unit in line_of: 1, or 2 (UTF-16) */
	int utf16_le;
	bool given;                /* --encoding said it (not auto) */
} source_view;

/* An encoding decode.c reads: its source.encoding name, iconv's name (NULL:
 * UTF-8, validated here) and its byte-order mark ("" when it has none). */
typedef struct known_encoding {
	gw_encoding enc;
	const char *name;
	const char *iconv;
	const char *bom;
	size_t bom_len;
} known_encoding;

static const known_encoding KNOWN[] = {
	{GW_ENC_UTF8, "UTF-8-BOM", NULL, "\xEF\xBB\xBF", 3},
	{GW_ENC_UTF16LE, "UTF-16LE", "UTF-16LE", "\xFF\xFE", 2},
	{GW_ENC_UTF16BE, "UTF-16BE", "UTF-16BE", "\xFE\xFF", 2},
	{GW_ENC_GB18030, "GB18030", "GB18030", "\x84\x31\x95\x33", 4},
	{GW_ENC_BIG5, "Big5", "BIG5", "", 0},
	{GW_ENC_BIG5_HKSCS, "Big5-HKSCS", "BIG5-HKSCS", "", 0},
};

static const known_encoding *known(gw_encoding enc)
{
	for (size_t i = 0; i < sizeof KNOWN / sizeof KNOWN[0]; i++)
		if (KNOWN[i].enc == enc)
			return &KNOWN[i];
	return NULL;
}

static bool has_bom(const source_view *v, const known_encoding *k)
{
	return k->bom_len && v->all_len >= k->bom_len && memcmp(v->all, k->bom, k->bom_len) == 0;
}

static void use(source_view *v, const known_encoding *k, bool skip_bom)
{
	v->name = k->name;
	v->iconv = k->iconv;
	v->skip = skip_bom ? k->bom_len : 0;
	v->unit = k->enc == GW_ENC_UTF16LE || k->enc == GW_ENC_UTF16BE ? 2 : 1;
	v->utf16_le = k->enc == GW_ENC_UTF16LE;
}

/* Auto mode: the byte-order mark, if any, decides. */
static void use_bom(source_view *v)
{
	for (size_t i = 0; i < sizeof KNOWN / sizeof KNOWN[0]; i++)
		if (has_bom(v, &KNOWN[i])) {
			use(v, &KNOWN[i], true);
			return;
		}
}

/* --encoding utf-16: the BOM, else the zero bytes, else little-endian
 * (what Windows calls "Unicode"). */
static void use_utf16(source_view *v)
{
	const known_encoding *le = known(GW_ENC_UTF16LE), *be = known(GW_ENC_UTF16BE);
	if (has_bom(v, le) || has_bom(v, be)) {
		use(v, has_bom(v, le) ? le : be, true);
		return;
	}
	use(v, gw_charset_utf16_order(v->all, v->all_len) == GW_UTF16_BE ? be : le, false);
}

/* The view for an encoding given with --encoding (not auto). */
static void use_given(source_view *v, gw_encoding enc)
{
	if (enc == GW_ENC_UTF16) {
		use_utf16(v);
		return;
	}
	const known_encoding *k = known(enc);
	use(v, k, has_bom(v, k));
	if (enc == GW_ENC_UTF8 && !v->skip)
		v->name = "UTF-8";
}

static gw_status fail_bytes(const source_view *v, size_t off, int truncated, const char *hint,
			    gw_diag *d)
{
	size_t line = line_of(v->all, v->skip + off, v->skip, v->unit, v->utf16_le);
	size_t at = v->skip + off;
	const char *enc_name = v->iconv ? v->name : "UTF-8";
	if (truncated)
		return gw_fail(d, GW_E_ENCODING, line, at, hint,
			       "the file ends in the middle of a %s character: line %zu is cut short",
			       enc_name, line);
	if (v->unit == 2 && at + 1 < v->all_len) {   /* name the 16-bit unit, not one of its bytes */
		unsigned u = v->utf16_le ? v->all[at] | v->all[at + 1] << 8 : v->all[at] << 8 | v->all[at + 1];
		bool half = u >= 0xD800 && u <= 0xDFFF;
		return gw_fail(d, GW_E_ENCODING, line, at, hint, "%s U+%04X on line %zu is not valid %s%s",
			       half ? _("a lone surrogate") : _("the code unit"), u, line, enc_name,
			       half ? _(" (half of a character whose other half is missing)") : "");
	}
	return gw_fail(d, GW_E_ENCODING, line, at, hint,
		       "byte 0x%02X on line %zu is not valid %s", v->all[at], line, enc_name);
}

static gw_status fail_nomem(gw_diag *d)
{
	return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory decoding the text");
}

/* Converts with iconv: an encoding given, or decided by its BOM. */
static gw_status decode_iconv(const source_view *v, const char *hint, conv *c, gw_diag *d)
{
	gw_status st = iconv_to_utf8(v->iconv, v->all + v->skip, v->all_len - v->skip, c);
	if (st == GW_E_NOMEM)
		return fail_nomem(d);
	if (st == GW_E_UNSUPPORTED)
		return gw_fail(d, GW_E_ENCODING, 0, GW_NO_BYTE, "install the glibc gconv modules",
			       "this system's iconv cannot convert %s", v->iconv);
	if (st)
		return fail_bytes(v, c->bad, c->truncated, hint, d);
	return GW_OK;
}

/* UTF-8, given or announced by its BOM: every byte must be valid. */
static gw_status decode_utf8_strict(const source_view *v, conv *c, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip, ok = gw_utf8_valid_prefix(b, n);
	if (ok < n)
		return fail_bytes(v, ok, utf8_truncated_at(b, ok, n), HINT_FORCED, d);
	return copy_utf8(b, n, c) ? fail_nomem(d) : GW_OK;
}

/* ---- auto mode without a byte-order mark ---------------------------------- */

/* True when bytes b[0..n) convert from `from`, with the UTF-8 in *c. */
static bool converts(const char *from, const unsigned char *b, size_t n, conv *c, gw_status *st)
{
	*st = iconv_to_utf8(from, b, n, c);
	if (*st == GW_E_ENCODING || *st == GW_E_UNSUPPORTED)
		*st = GW_OK;
	else if (!*st)
		return true;
	return false;
}

/* UTF-8 lines and lines that are not (but read as GB18030: GBK pasted into
 * a UTF-8 file, or the other way round): refuses, naming the first line
 * that differs from how the file began. */
static gw_status refuse_mixed(const source_view *v, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	gw_line_kinds k;
	gw_charset_line_kinds(b, v->all_len - v->skip, &k);
	if (!k.utf8_line || !k.bad_line)
		return GW_OK;
	conv c;
	gw_status st;
	if (!converts("GB18030", b + k.bad_begin, k.bad_end - k.bad_begin, &c, &st))
		return st ? fail_nomem(d) : GW_OK;   /* not GBK: damaged, said elsewhere */
	free(c.text);
	const char *hint = N_("the text was pasted from programs that save differently: retype or "
			      "re-paste that line, and save the whole file as UTF-8");
	if (k.utf8_line < k.bad_line)
		return gw_fail(d, GW_E_ENCODING, k.bad_line, v->skip + k.bad_begin, hint,
			       "line %zu is not UTF-8 like the lines before it (line %zu is): it looks "
			       "like GBK text pasted into a UTF-8 file", k.bad_line, k.utf8_line);
	return gw_fail(d, GW_E_ENCODING, k.utf8_line, v->skip + k.utf8_begin, hint,
		       "line %zu is UTF-8 but the lines before it are not (line %zu looks like GBK): "
		       "the file mixes two encodings", k.utf8_line, k.bad_line);
}

/* GB18030 or Big5 (charset.c decides), for bytes that are not UTF-8. */
static gw_status decode_legacy(source_view *v, conv *c, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip;
	conv big5 = {0};
	gw_status st;
	const known_encoding *b5 = known(GW_ENC_BIG5);
	if (!converts(b5->iconv, b, n, &big5, &st) && !st) {
		b5 = known(GW_ENC_BIG5_HKSCS);
		converts(b5->iconv, b, n, &big5, &st);
	}
	if (st)
		return fail_nomem(d);
	size_t gb_hits = gw_charset_common_hits(c->text, c->len);
	size_t big5_hits = big5.text ? gw_charset_common_hits(big5.text, big5.len) : 0;
	gw_legacy pick = gw_charset_pick_legacy(gb_hits, big5_hits, big5.text != NULL);
	if (pick == GW_LEGACY_BIG5) {
		free(c->text);
		*c = big5;
		use(v, b5, false);
		return GW_OK;
	}
	free(big5.text);
	if (pick == GW_LEGACY_GB18030)
		return GW_OK;
	return gw_fail(d, GW_E_ENCODING, 0, GW_NO_BYTE,
		       "pass --encoding big5 if the report is in Traditional Chinese (Taiwan, Hong Kong), "
		       "--encoding gb18030 if in Simplified Chinese, or save it as UTF-8",
		       "cannot tell whether the text is GB18030 (GBK) or Big5: it has too few "
		       "common characters in either reading (%zu and %zu)", gb_hits, big5_hits);
}

/* Not UTF-8 and no BOM: GB18030 (which GB2312 and GBK are part of) or
 * Big5.  When not even GB18030 reads it, the line is where UTF-8 broke. */
static gw_status decode_not_utf8(source_view *v, conv *c, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip;
	size_t utf8_bad = gw_utf8_valid_prefix(b, n);
	use(v, known(GW_ENC_GB18030), false);
	gw_status st = iconv_to_utf8(v->iconv, b, n, c);
	if (st == GW_E_ENCODING) {
		size_t line = line_of(v->all, v->skip + utf8_bad, v->skip, 1, 0);
		return gw_fail(d, st, line, v->skip + utf8_bad, HINT_SAVE_AS,
			       "line %zu is neither UTF-8 (bad byte 0x%02X) nor GB18030 (bad byte at offset %zu)",
			       line, b[utf8_bad], v->skip + c->bad);
	}
	if (st)
		return st == GW_E_NOMEM ? fail_nomem(d)
			: gw_fail(d, GW_E_ENCODING, 0, GW_NO_BYTE, "install the glibc gconv modules",
				  "cannot convert GB18030 text on this system");
	st = decode_legacy(v, c, d);
	if (st) {
		free(c->text);
		c->text = NULL;
	}
	return st;
}

/* Auto mode, no BOM, no UTF-16: UTF-8, or why not, or the legacy encoding. */
static gw_status decode_detect(source_view *v, conv *c, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip;
	size_t ok = gw_utf8_valid_prefix(b, n);
	v->name = "UTF-8";
	if (ok == n)
		return copy_utf8(b, n, c) ? fail_nomem(d) : GW_OK;
	int truncated = utf8_truncated_at(b, ok, n);
	if (truncated)
		return fail_bytes(v, ok, truncated, HINT_SAVE_AS, d);
	gw_status st = refuse_mixed(v, d);
	if (st)
		return st;
	/* Text that was UTF-8 up to here (several CJK characters) is a damaged
	 * UTF-8 file, not GB18030: say where it broke. */
	if (utf8_wide_count(b, ok) >= 3)
		return fail_bytes(v, ok, 0, HINT_SAVE_AS, d);
	return decode_not_utf8(v, c, d);
}

/* Decodes per the view (given or BOM) or detects, into c. */
static gw_status to_utf8(source_view *v, conv *c, gw_diag *d)
{
	if (v->iconv)
		return decode_iconv(v, v->given ? HINT_FORCED : v->unit == 2
				    ? "save the file as UTF-8, or check that it is really UTF-16" : HINT_SAVE_AS,
				    c, d);
	if (v->name)
		return decode_utf8_strict(v, c, d);
	return decode_detect(v, c, d);
}

/* ---- control characters --------------------------------------------- */

/* A terminal colour code (ESC [ params letter) or another C0/C1 control
 * character has no place in report text: `ESC[31m` read as a figure "31 m".
 * Tab, form feed (pdftotext's page break) and vertical tab (Word's manual
 * line break in copied text) are layout and stay. */
typedef struct {
	size_t removed, first_line;
	uint32_t first_cp;
} control_scrub;

/* Bytes of the control sequence at b[0..n) to drop (0: none), its code point in *cp. */
static size_t control_at(const unsigned char *b, size_t n, uint32_t *cp)
{
	if (b[0] == 0x1B && n > 1 && b[1] == '[') {   /* CSI: ESC [ 0x20-0x3F… final 0x40-0x7E */
		size_t k = 2;
		while (k < n && b[k] >= 0x20 && b[k] <= 0x3F)
			k++;
		*cp = 0x1B;
		return k < n && b[k] >= 0x40 && b[k] <= 0x7E ? k + 1 : 1;
	}
	if ((b[0] < 0x20 && b[0] != '\t' && b[0] != '\n' && b[0] != '\r' && b[0] != '\f' && b[0] != '\v') ||
	    b[0] == 0x7F) {
		*cp = b[0];
		return 1;
	}
	if (b[0] == 0xC2 && n > 1 && b[1] >= 0x80 && b[1] <= 0x9F) {   /* C1: U+0080-U+009F */
		*cp = b[1];
		return 2;
	}
	return 0;
}

/* Removes control characters from buf in place (line breaks kept, so line
 * numbers stay right); returns the new length. */
static size_t scrub_controls(char *buf, size_t len, control_scrub *cs)
{
	size_t o = 0, line = 1;
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0;
		size_t drop = control_at((const unsigned char *)buf + i, len - i, &cp);
		if (drop) {
			if (!cs->removed++) {
				cs->first_line = line;
				cs->first_cp = cp;
			}
			i += drop;
			continue;
		}
		line += buf[i] == '\n';
		buf[o++] = buf[i++];
	}
	buf[o] = '\0';
	return o;
}

/* ---- lines --------------------------------------------------------------- */

static size_t strip_head(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t len;
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if (!gw_is_space(cp))
			break;
		i += len;
	}
	return i;
}

/* Bytes of s[0..n) left after removing trailing spaces. */
static size_t strip_tail(const char *s, size_t n)
{
	while (n > 0) {
		size_t start = n - 1;
		while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
			start--;
		size_t len;
		uint32_t cp = gw_utf8_decode(s + start, n - start, &len);
		if (!gw_is_space(cp) || start + len != n)
			break;
		n = start;
	}
	return n;
}

/* What the stripped white space said, for unwrap.c: a form feed (a page
 * break pdftotext writes) and the indentation in characters (U+3000 one,
 * two spaces one, a tab two). */
static void layout_hints(const char *line, size_t head, size_t keep, size_t end, gw_block *b)
{
	b->page_break_before = memchr(line, '\f', head) || memchr(line + head + keep, '\f', end - head - keep);
	size_t cols = 0, len;
	for (size_t i = 0; i < head && keep; i += len) {
		uint32_t cp = gw_utf8_decode(line + i, head - i, &len);
		cols += cp == 0x3000 ? 2 : cp == '\t' ? 4 : cp == '\f' ? 0 : 1;
	}
	b->indent_chars = (int)(cols / 2);
}

/* Line ends in buf[0..len): LF, CRLF or lone CR. */
static size_t count_breaks(const char *buf, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= len || buf[i + 1] != '\n')))
			n++;
	return n;
}

/* Cuts buf (arena-owned) at line ends, in place, into one stripped text
 * block per line. */
static gw_status split_lines(char *buf, size_t len, gw_blocks *out, gw_diag *d)
{
	out->v = gw_arena_array(out->arena, count_breaks(buf, len) + 1, sizeof *out->v);
	if (!out->v)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory splitting lines");
	size_t start = 0, no = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && buf[i] != '\n' && buf[i] != '\r')
			continue;
		size_t end = i;
		if (i < len && buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
			i++;
		if (i == len && start == len && no > 0)
			break;  /* the final line break ends the last line; no empty line after */
		size_t head = strip_head(buf + start, end - start);
		size_t keep = strip_tail(buf + start + head, end - start - head);
		gw_block *b = &out->v[no];   /* zeroed by the arena: kind TEXT */
		layout_hints(buf + start, head, keep, end - start, b);
		buf[start + head + keep] = '\0';
		b->s = buf + start + head;
		b->len = keep;
		b->no = no + 1;
		b->level = GW_LEVEL_NONE;
		no++;
		start = i + 1;
	}
	out->n = no;
	return GW_OK;
}

static int all_blank(const gw_blocks *b)
{
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].len)
			return 0;
	return 1;
}

/* Moves the decoded text into a new arena and cuts it into blocks. */
static gw_status to_blocks(conv *c, gw_blocks *out, gw_diag *d)
{
	out->arena = gw_arena_new();
	char *buf = out->arena ? gw_arena_strndup(out->arena, c->text, c->len) : NULL;
	free(c->text);
	c->text = NULL;
	if (!buf)
		return gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory splitting lines");
	control_scrub cs = {0};
	size_t len = scrub_controls(buf, c->len, &cs);
	if (cs.removed)
		gw_warn(d, cs.first_line, "removed %zu control character%s (the first, U+%04X, on this line): "
			"report text has none; a terminal's colour codes or a damaged copy leave them",
			cs.removed, cs.removed == 1 ? "" : "s", (unsigned)cs.first_cp);
	gw_status st = split_lines(buf, len, out, d);
	if (!st && all_blank(out))
		st = gw_fail(d, GW_E_EMPTY, 0, GW_NO_BYTE, "check that you picked the right file",
			     "the file has no text: only spaces and blank lines");
	return st;
}

/* The encoding to read with: given, or from a BOM, or (auto mode, zero
 * bytes) UTF-16 by their pattern; v->name stays NULL when the text decides. */
static gw_status choose_view(source_view *v, gw_encoding enc, gw_diag *d)
{
	if (enc != GW_ENC_AUTO) {
		v->given = true;
		use_given(v, enc);
	} else {
		use_bom(v);
	}
	const unsigned char *nul = v->unit == 2 ? NULL : memchr(v->all, 0, v->all_len);
	if (!nul)
		return GW_OK;
	gw_utf16_order order = v->name ? GW_UTF16_UNKNOWN : gw_charset_utf16_order(v->all, v->all_len);
	if (order != GW_UTF16_UNKNOWN) {
		use(v, known(order == GW_UTF16_LE ? GW_ENC_UTF16LE : GW_ENC_UTF16BE), false);
		return GW_OK;
	}
	size_t at = (size_t)(nul - v->all);
	return gw_fail(d, GW_E_BINARY, line_of(v->all, at, 0, 1, 0), at,
		       HINT_TEXT " in UTF-8, or pass --encoding utf-16le or utf-16be if it is UTF-16",
		       "this looks like a binary file, not text: it contains a NUL byte");
}

gw_status gw_decode_text(const unsigned char *bytes, size_t len, gw_encoding enc,
			 gw_blocks *out, gw_diag *d)
{
	memset(out, 0, sizeof *out);
	if (len == 0)
		return gw_fail(d, GW_E_EMPTY, 0, GW_NO_BYTE, "check that you picked the right file",
			       "the file is empty");
	const binary_kind *kind = binary_kind_of(bytes, len);
	if (kind)
		return gw_fail(d, GW_E_BINARY, 0, GW_NO_BYTE, kind->hint,
			       "this looks like %s, not text", _(kind->what));
	source_view v = {.all = bytes, .all_len = len, .unit = 1};
	conv c = {0};
	gw_status st = choose_view(&v, enc, d);
	if (!st)
		st = to_utf8(&v, &c, d);
	if (st)
		return st;
	out->encoding = v.name;
	if (memchr(c.text, 0, c.len)) {
		free(c.text);
		return gw_fail(d, GW_E_BINARY, 0, GW_NO_BYTE, HINT_TEXT,
			       "this looks like a binary file, not text: it contains NUL characters");
	}
	st = to_blocks(&c, out, d);
	if (st)
		gw_blocks_free(out);
	return st;
}
