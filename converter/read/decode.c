/*
 * decode.c — first reader pass for text input: bytes → UTF-8 lines, one
 * GW_BLOCK_TEXT block per input line (blocks.h), no hints.
 *
 * Encodings: UTF-8 with or without BOM, UTF-16LE/BE with BOM and GB18030
 * (which covers GBK and GB2312), the last two through iconv.  In auto mode a
 * BOM decides, else valid UTF-8 wins, else GB18030 is tried.  Every refusal
 * names the 1-based line and the byte offset in the ORIGINAL input, so a
 * clerk can find the bad spot in the editor that wrote the file.
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

#include "../model/utf8.h"

#define HINT_SAVE_AS "save the file as UTF-8 or GB18030, or pass --encoding"
#define HINT_TEXT "save the report as plain text (.txt)"

int gw_encoding_parse(const char *name, gw_encoding *out)
{
	static const struct {
		const char *name;
		gw_encoding enc;
	} names[] = {
		{"auto", GW_ENC_AUTO}, {"utf-8", GW_ENC_UTF8}, {"utf8", GW_ENC_UTF8},
		{"gb18030", GW_ENC_GB18030}, {"gbk", GW_ENC_GB18030}, {"gb2312", GW_ENC_GB18030},
		{"utf-16", GW_ENC_UTF16}, {"utf16", GW_ENC_UTF16},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(name, names[i].name) == 0) {
			*out = names[i].enc;
			return 0;
		}
	return -1;
}

/* ---- what the bytes are ------------------------------------------------ */

/* Magic numbers of files clerks pick by mistake, and what to call them. */
static const char *binary_kind(const unsigned char *b, size_t len)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *what;
	} kinds[] = {
		{"%PDF", 4, "a PDF file"},
		{"PK\3\4", 4, "a Word (.docx), Excel (.xlsx) or other zip file"},
		{"\xD0\xCF\x11\xE0", 4, "an old Word (.doc), WPS or Excel (.xls) file"},
		{"{\\rtf", 5, "an RTF document"},
		{"\x89PNG", 4, "a PNG image"},
		{"\xFF\xD8\xFF", 3, "a JPEG image"},
		{"GIF8", 4, "a GIF image"},
		{"\x7F" "ELF", 4, "a program (ELF executable)"},
		{"Rar!", 4, "a RAR archive"},
		{"\x1F\x8B", 2, "a gzip archive"},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (len >= kinds[i].n && memcmp(b, kinds[i].magic, kinds[i].n) == 0)
			return kinds[i].what;
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
 * c->bad / c->truncated set, or GW_E_NOMEM. */
static gw_status iconv_to_utf8(const char *from, const unsigned char *in, size_t n, conv *c)
{
	memset(c, 0, sizeof *c);
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return GW_E_UNSUPPORTED;
	size_t cap = n * 2 + 16;
	gw_status st = GW_OK;
	char *out = malloc(cap);
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = cap - 1;
	while (out && il > 0) {
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
			break;
		if (errno == E2BIG) {
			size_t used = (size_t)(op - out);
			char *bigger = realloc(out, cap * 2);
			if (!bigger)
				goto nomem;
			out = bigger;
			cap *= 2;
			op = out + used;
			ol = cap - used - 1;
			continue;
		}
		c->bad = (size_t)(ip - (char *)in);
		c->truncated = errno == EINVAL;
		st = GW_E_ENCODING;
		break;
	}
	if (!out)
		goto nomem;
	*op = '\0';
	c->text = out;
	c->len = (size_t)(op - out);
	iconv_close(cd);
	if (st) {
		free(c->text);
		c->text = NULL;
	}
	return st;
nomem:
	free(out);
	iconv_close(cd);
	return GW_E_NOMEM;
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
	const char *name;          /* source.encoding */
	int utf16_le;
} source_view;

static gw_status fail_bytes(const source_view *v, size_t off, int unit, const char *enc_name,
			    int truncated, const char *hint, gw_diag *d)
{
	size_t line = line_of(v->all, v->skip + off, v->skip, unit, v->utf16_le);
	size_t at = v->skip + off;
	if (truncated)
		return gw_fail(d, GW_E_ENCODING, line, at, hint,
			       "the file ends in the middle of a %s character: line %zu is cut short",
			       enc_name, line);
	return gw_fail(d, GW_E_ENCODING, line, at, hint,
		       "byte 0x%02X on line %zu is not valid %s", v->all[at], line, enc_name);
}

/* Validates UTF-8.  When the bytes are not UTF-8 but might be GB18030
 * (auto mode, no BOM, no sign of damaged UTF-8) sets *try_gb instead. */
static gw_status decode_utf8(const source_view *v, int strict, conv *c, int *try_gb, gw_diag *d)
{
	*try_gb = 0;
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip;
	size_t ok = gw_utf8_valid_prefix(b, n);
	if (ok == n)
		return copy_utf8(b, n, c) ? gw_fail(d, GW_E_NOMEM, 0, GW_NO_BYTE, NULL, "out of memory") : GW_OK;
	int truncated = utf8_truncated_at(b, ok, n);
	/* Text that was UTF-8 up to here (several CJK characters) is a damaged
	 * UTF-8 file, not GB18030: say where it broke. */
	if (strict || truncated || utf8_wide_count(b, ok) >= 3)
		return fail_bytes(v, ok, 1, "UTF-8", truncated,
				  strict ? "check the file's encoding, or try --encoding auto" : HINT_SAVE_AS, d);
	*try_gb = 1;
	return GW_OK;
}

static gw_status decode_iconv(const source_view *v, const char *from, int unit, const char *hint,
			      conv *c, gw_diag *d)
{
	gw_status st = iconv_to_utf8(from, v->all + v->skip, v->all_len - v->skip, c);
	if (st == GW_E_NOMEM)
		return gw_fail(d, st, 0, GW_NO_BYTE, NULL, "out of memory decoding %s", v->name);
	if (st == GW_E_UNSUPPORTED)
		return gw_fail(d, GW_E_ENCODING, 0, GW_NO_BYTE, "install the glibc gconv modules",
			       "this system's iconv cannot convert %s", from);
	if (st)
		return fail_bytes(v, c->bad, unit, v->name, c->truncated, hint, d);
	return GW_OK;
}

static void set_bom(source_view *v, gw_encoding enc)
{
	const unsigned char *b = v->all;
	size_t n = v->all_len;
	v->skip = 0;
	v->name = "UTF-8";
	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && enc != GW_ENC_GB18030) {
		v->skip = 3;
		v->name = "UTF-8-BOM";
	} else if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE && (enc == GW_ENC_AUTO || enc == GW_ENC_UTF16)) {
		v->skip = 2;
		v->name = "UTF-16LE";
		v->utf16_le = 1;
	} else if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF && (enc == GW_ENC_AUTO || enc == GW_ENC_UTF16)) {
		v->skip = 2;
		v->name = "UTF-16BE";
	} else if (n >= 4 && memcmp(b, "\x84\x31\x95\x33", 4) == 0 && enc != GW_ENC_UTF8) {
		v->skip = 4;   /* GB18030's own byte-order mark */
		v->name = "GB18030";
	}
}

static int is_utf16(const source_view *v)
{
	return strncmp(v->name, "UTF-16", 6) == 0;
}

/* Auto mode, bytes that are not UTF-8: GB18030 (GB2312 and GBK are subsets
 * of it).  When that fails too, the line is the one where UTF-8 broke. */
static gw_status decode_gb_fallback(source_view *v, conv *c, gw_diag *d)
{
	const unsigned char *b = v->all + v->skip;
	size_t n = v->all_len - v->skip;
	size_t utf8_bad = gw_utf8_valid_prefix(b, n);
	v->name = "GB18030";
	gw_status st = iconv_to_utf8("GB18030", b, n, c);
	if (st == GW_E_ENCODING) {
		size_t line = line_of(v->all, v->skip + utf8_bad, v->skip, 1, 0);
		return gw_fail(d, st, line, v->skip + utf8_bad, HINT_SAVE_AS,
			       "line %zu is neither UTF-8 (bad byte 0x%02X) nor GB18030 (bad byte at offset %zu)",
			       line, b[utf8_bad], v->skip + c->bad);
	}
	if (st)
		return gw_fail(d, st == GW_E_NOMEM ? st : GW_E_ENCODING, 0, GW_NO_BYTE, NULL,
			       "cannot convert GB18030 text on this system");
	return GW_OK;
}

/* Decodes per the (explicit or detected) encoding into c. */
static gw_status to_utf8(source_view *v, gw_encoding enc, conv *c, gw_diag *d)
{
	if (is_utf16(v))
		return decode_iconv(v, v->utf16_le ? "UTF-16LE" : "UTF-16BE", 2,
				    "save the file as UTF-8, or check that it is really UTF-16", c, d);
	if (enc == GW_ENC_UTF16)
		return gw_fail(d, GW_E_ENCODING, 1, 0,
			       "save the file as UTF-16 with a byte-order mark, or use --encoding auto",
			       "--encoding utf-16 needs a byte-order mark (FF FE or FE FF) at the start of the file");
	if (enc == GW_ENC_GB18030 || strcmp(v->name, "GB18030") == 0) {
		v->name = "GB18030";
		return decode_iconv(v, "GB18030", 1,
				    enc == GW_ENC_GB18030 ? "check the file's encoding, or try --encoding auto"
							  : HINT_SAVE_AS, c, d);
	}
	int try_gb;
	gw_status st = decode_utf8(v, enc == GW_ENC_UTF8 || v->skip == 3, c, &try_gb, d);
	return st || !try_gb ? st : decode_gb_fallback(v, c, d);
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
		buf[start + head + keep] = '\0';
		gw_block *b = &out->v[no];   /* zeroed by the arena: kind TEXT, no hints */
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
	gw_status st = split_lines(buf, c->len, out, d);
	if (!st && all_blank(out))
		st = gw_fail(d, GW_E_EMPTY, 0, GW_NO_BYTE, "check that you picked the right file",
			     "the file has no text: only spaces and blank lines");
	return st;
}

gw_status gw_decode_text(const unsigned char *bytes, size_t len, gw_encoding enc,
			 gw_blocks *out, gw_diag *d)
{
	memset(out, 0, sizeof *out);
	if (len == 0)
		return gw_fail(d, GW_E_EMPTY, 0, GW_NO_BYTE, "check that you picked the right file",
			       "the file is empty");
	const char *kind = binary_kind(bytes, len);
	if (kind)
		return gw_fail(d, GW_E_BINARY, 0, GW_NO_BYTE, HINT_TEXT,
			       "this looks like %s, not text", kind);
	source_view v = {.all = bytes, .all_len = len};
	set_bom(&v, enc);
	const unsigned char *nul = is_utf16(&v) ? NULL : memchr(bytes, 0, len);
	if (nul) {
		size_t at = (size_t)(nul - bytes);
		return gw_fail(d, GW_E_BINARY, line_of(bytes, at, 0, 1, 0), at,
			       HINT_TEXT " in UTF-8",
			       "this looks like a binary file, not text: it contains a NUL byte "
			       "(or it is UTF-16 without a byte-order mark)");
	}
	conv c = {0};
	gw_status st = to_utf8(&v, enc, &c, d);
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
