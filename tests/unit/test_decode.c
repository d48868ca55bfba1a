/* test_decode.c — decode.c: encodings, line ends, stripping, and every
 * refusal with its exact status, line and byte offset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "read/blocks.h"
#include "read/charset.h"

typedef struct {
	const char *name;
	const char *bytes;
	size_t len;             /* 0: strlen(bytes) */
	gw_encoding enc;
	gw_status status;
	size_t line, byte;      /* of the error */
	const char *what;       /* substring of the message, or NULL */
	const char *encoding;   /* detected, on success */
	const char *joined;     /* stripped lines joined by '|', on success */
	const char *hint;       /* substring of the hint, or NULL */
} decode_case;

#define B(s) s, sizeof(s) - 1

/* 區環境署工作報告\n各項任務全面完成。 in Big5; 香港嘅社區服務佢哋都話好 in
 * Big5-HKSCS (嘅 佢 哋 are HKSCS only: 0x9D is no Big5 lead byte). */
#define BIG5_REPORT "\xb0\xcf\xc0\xf4\xb9\xd2\xb8\x70\xa4\x75\xa7\x40\xb3\xf8\xa7\x69\x0a" \
	"\xa6\x55\xb6\xb5\xa5\xf4\xb0\xc8\xa5\xfe\xad\xb1\xa7\xb9\xa6\xa8\xa1\x43"
#define HKSCS_LINE "\xad\xbb\xb4\xe4\x9d\xef\xaa\xc0\xb0\xcf\xaa\x41\xb0\xc8\xca\x5c\x92\x5d" \
	"\xb3\xa3\xb8\xdc\xa6\x6e"

static const decode_case cases[] = {
	{"empty", B(""), GW_ENC_AUTO, GW_E_EMPTY, 0, GW_NO_BYTE, "empty", NULL, NULL, NULL},
	{"only spaces", "  \n\t\r\n\xe3\x80\x80\xc2\xa0\n", 0, GW_ENC_AUTO, GW_E_EMPTY, 0, GW_NO_BYTE,
	 "only spaces", NULL, NULL, NULL},
	{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 0, GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE,
	 "looks like a PDF file, not text", NULL, NULL, NULL},
	{"docx", B("PK\3\4\x14\0\6\0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "zip file", NULL, NULL, NULL},
	{"png", B("\x89PNG\r\n\x1a\n"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "PNG image", NULL, NULL, NULL},
	{"jpeg", B("\xff\xd8\xff\xe0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "JPEG image", NULL, NULL, NULL},
	{"gif", B("GIF89a"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "GIF image", NULL, NULL, NULL},
	{"elf", B("\x7f" "ELF\2\1\1"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "program", NULL, NULL, NULL},
	{"nul byte", B("a\nb\nc\0d"), GW_ENC_AUTO, GW_E_BINARY, 3, 5, "NUL byte", NULL, NULL, NULL},
	{"lf crlf cr", "一\r\n二\r三\n四", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8", "一|二|三|四", NULL},
	{"blank lines kept", "a\n\n\r\nb\n", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8", "a|||b", NULL},
	{"strip indentation", "\t\xe3\x80\x80 标题 \xc2\xa0\t\n  正文 内部 空格  ", 0, GW_ENC_AUTO, GW_OK,
	 0, 0, NULL, "UTF-8", "标题|正文 内部 空格", NULL},
	{"utf-8 bom", "\xef\xbb\xbf标题\n正文", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8-BOM", "标题|正文", NULL},
	{"utf-16le", B("\xff\xfe\x2d\x4e\n\0\x87\x65"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16LE", "中|文", NULL},
	{"utf-16be crlf", B("\xfe\xff\x4e\x2d\0\r\0\n\x65\x87"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16BE",
	 "中|文", NULL},
	{"gbk auto", B("\xd6\xd0\xce\xc4\r\n\xb1\xa8\xb8\xe6"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "GB18030",
	 "中文|报告", NULL},
	{"gbk explicit", B("\xd6\xd0\xce\xc4"), GW_ENC_GB18030, GW_OK, 0, 0, NULL, "GB18030", "中文", NULL},
	{"utf-8 explicit", "中文", 0, GW_ENC_UTF8, GW_OK, 0, 0, NULL, "UTF-8", "中文", NULL},
	/* 中文中文\n = 13 bytes, 第二行 = 9: the bad byte is at 22 on line 2. */
	{"damaged utf-8", B("中文中文\n第二行\xff尾\n"), GW_ENC_AUTO, GW_E_ENCODING, 2, 22,
	 "byte 0xFF on line 2 is not valid UTF-8", NULL, NULL, NULL},
	{"neither utf-8 nor gb18030", B("ab\r\n\xff"), GW_ENC_AUTO, GW_E_ENCODING, 2, 4,
	 "neither UTF-8", NULL, NULL, NULL},
	{"gb18030 bad lead 0x80", B("ab\n\x80"), GW_ENC_AUTO, GW_E_ENCODING, 2, 3, "nor GB18030", NULL, NULL, NULL},
	{"truncated utf-8 at eof", B("中文中文\n结尾\xe4\xb8"), GW_ENC_AUTO, GW_E_ENCODING, 2, 19,
	 "ends in the middle of a UTF-8 character", NULL, NULL, NULL},
	{"truncated utf-8, short file", B("ab\xe4"), GW_ENC_AUTO, GW_E_ENCODING, 1, 2,
	 "ends in the middle", NULL, NULL, NULL},
	{"gbk bytes as --encoding utf-8", B("\xd6\xd0\xce\xc4"), GW_ENC_UTF8, GW_E_ENCODING, 1, 0,
	 "not valid UTF-8", NULL, NULL, NULL},
	{"truncated gb18030", B("\xd6\xd0\n\xd6"), GW_ENC_GB18030, GW_E_ENCODING, 2, 3,
	 "ends in the middle of a GB18030 character", NULL, NULL, NULL},
	{"utf-16 odd length", B("\xff\xfe" "a\0\n\0b"), GW_ENC_AUTO, GW_E_ENCODING, 2, 6,
	 "ends in the middle of a UTF-16LE character", NULL, NULL, NULL},
	{"utf-16 lone surrogate", B("\xff\xfe" "a\0\n\0\x00\xd8" "b\0"), GW_ENC_AUTO, GW_E_ENCODING, 2, 6,
	 "not valid UTF-16LE", NULL, NULL, NULL},
	{"--encoding utf-16 without bom", B("a\0b\0"), GW_ENC_UTF16, GW_OK, 0, 0, NULL, "UTF-16LE", "ab", NULL},
	{"--encoding utf-16, no bom, no zero bytes: LE", B("-N\x87\x65"), GW_ENC_UTF16, GW_OK, 0, 0, NULL,
	 "UTF-16LE", "中文", NULL},
	{"--encoding utf-16 without bom, BE by its zeros", B("\0a\0\n\x4e\x2d"), GW_ENC_UTF16, GW_OK, 0, 0,
	 NULL, "UTF-16BE", "a|中", NULL},
	{"--encoding utf-16 odd length", "abc", 0, GW_ENC_UTF16, GW_E_ENCODING, 1, 2,
	 "ends in the middle of a UTF-16LE character", NULL, NULL, NULL},
	{"utf-16 with nul char", B("\xff\xfe" "a\0\0\0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE,
	 "NUL characters", NULL, NULL, NULL},
	/* UTF-16 without a byte-order mark: found by its zero bytes */
	{"utf-16le no bom", B("\x2d\x4e\n\0\x87\x65"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16LE",
	 "中|文", NULL},
	{"utf-16be no bom", B("\x4e\x2d\0\r\0\n\x65\x87"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16BE",
	 "中|文", NULL},
	{"utf-16le no bom, 一 has a zero low byte", B("\0\x4e\n\0\0\x4e"), GW_ENC_AUTO, GW_OK, 0, 0,
	 NULL, "UTF-16LE", "一|一", NULL},
	{"utf-16le no bom, no line end", B("a\0b\0\x2d\x4e"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16LE",
	 "ab中", NULL},
	{"zeros on both sides: binary", B("a\0\0b\nc"), GW_ENC_AUTO, GW_E_BINARY, 1, 1, "NUL byte", NULL,
	 NULL, "--encoding utf-16le"},
	{"a U+0000 unit: binary", B("a\0\n\0\0\0b\0"), GW_ENC_AUTO, GW_E_BINARY, 1, 1, "NUL byte", NULL,
	 NULL, NULL},
	{"--encoding utf-16le, no bom", B("\x2d\x4e\n\0"), GW_ENC_UTF16LE, GW_OK, 0, 0, NULL, "UTF-16LE", "中", NULL},
	{"--encoding utf-16le skips its bom", B("\xff\xfe\x2d\x4e"), GW_ENC_UTF16LE, GW_OK, 0, 0, NULL,
	 "UTF-16LE", "中", NULL},
	{"--encoding utf-16be, no bom", B("\x4e\x2d\0\n"), GW_ENC_UTF16BE, GW_OK, 0, 0, NULL, "UTF-16BE", "中", NULL},
	{"--encoding utf-16be on odd bytes", B("\x4e\x2d\0\n\x65"), GW_ENC_UTF16BE, GW_E_ENCODING, 2, 4,
	 "ends in the middle of a UTF-16BE character", NULL, NULL, "--encoding auto"},
	/* Big5: the reading made of common characters wins */
	{"big5 auto", B(BIG5_REPORT), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "Big5", "區環境署工作報告|各項任務全面完成。", NULL},
	{"big5 explicit", B(BIG5_REPORT), GW_ENC_BIG5, GW_OK, 0, 0, NULL, "Big5",
	 "區環境署工作報告|各項任務全面完成。", NULL},
	{"big5-hkscs auto", B(HKSCS_LINE), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "Big5-HKSCS", "香港嘅社區服務佢哋都話好", NULL},
	{"big5-hkscs explicit", B(HKSCS_LINE), GW_ENC_BIG5_HKSCS, GW_OK, 0, 0, NULL, "Big5-HKSCS",
	 "香港嘅社區服務佢哋都話好", NULL},
	{"hkscs bytes as --encoding big5", B(HKSCS_LINE), GW_ENC_BIG5, GW_E_ENCODING, 1, 4,
	 "byte 0x9D on line 1 is not valid Big5", NULL, NULL, NULL},
	{"big5 as --encoding gb18030: honoured", B("\xb0\xcf\xb0\xec"), GW_ENC_GB18030, GW_OK, 0, 0, NULL,
	 "GB18030", "跋办", NULL},
	{"big5 or gb18030: unsure", B("\xb0\xcf\xb0\xec\xb3\x57\xb9\xba"), GW_ENC_AUTO, GW_E_ENCODING, 0,
	 GW_NO_BYTE, "cannot tell whether the text is GB18030 (GBK) or Big5", NULL, NULL, "--encoding big5"},
	{"rare characters in both readings: GB18030", B("\xc0\x74\xc5\xbe"), GW_ENC_AUTO, GW_OK, 0, 0, NULL,
	 "GB18030", NULL, NULL},
	/* UTF-8 and GBK lines in one file */
	{"gbk line in a utf-8 file", B("县水务局工作总结\n一、主要工作\n\xd0\xc2\xbd\xa8\xb9\xa4\xb3\xcc\n"),
	 GW_ENC_AUTO, GW_E_ENCODING, 3, 44, "line 3 is not UTF-8 like the lines before it (line 1 is)", NULL,
	 NULL, "save the whole file as UTF-8"},
	{"utf-8 line in a gbk file", B("\xd0\xc2\xbd\xa8\r\n\xb9\xa4\xb3\xcc\r\n县水务局工作总结\r\n"),
	 GW_ENC_AUTO, GW_E_ENCODING, 3, 12, "line 3 is UTF-8 but the lines before it are not (line 1", NULL,
	 NULL, "re-paste"},
	/* what clerks pick by mistake, and how to get a .docx instead */
	{"old word or wps (ole2)", B("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0"), GW_ENC_AUTO, GW_E_BINARY, 0,
	 GW_NO_BYTE, "old Word (.doc) or WPS (.wps, .et)", NULL, NULL,
	 "WPS: 文件 → 另存为 → 文件类型 选 “Microsoft Word 文件(*.docx)”; in Word: 文件 → 另存为 → 保存类型 “Word 文档(*.docx)”"},
	{"rtf", "{\\rtf1\\ansi 你好}", 0, GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "an RTF document", NULL, NULL,
	 "save it as .docx"},
	{"pdf: how to get the .docx", B("%PDF-1.4\n"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "PDF", NULL, NULL,
	 "“Word 文档(*.docx)”"},
	{"error line after crlf and cr", B("中文中文\r\n二\r三\r\n\xff"), GW_ENC_AUTO, GW_E_ENCODING, 4, 23,
	 "line 4", NULL, NULL, NULL},
};

static void join(const gw_blocks *l, char *out, size_t size)
{
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < l->n && n < size; i++)
		n += (size_t)snprintf(out + n, size - n, "%s%s", i ? "|" : "", l->v[i].s);
}

static void test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const decode_case *c = &cases[i];
		size_t len = c->len ? c->len : strlen(c->bytes);
		gw_diag d;
		memset(&d, 0, sizeof d);
		gw_blocks l;
		gw_status st = gw_decode_text((const unsigned char *)c->bytes, len, c->enc, &l, &d);
		print_message("case: %s\n", c->name);
		assert_int_equal(st, c->status);
		if (st) {
			assert_int_equal(d.status, c->status);
			assert_int_equal(d.line, c->line);
			assert_int_equal(d.byte, c->byte);
			if (c->what && !strstr(d.what, c->what))
				fail_msg("what: %s", d.what);
			if (c->hint && !strstr(d.hint, c->hint))
				fail_msg("hint: %s", d.hint);
			assert_true(d.hint[0] != '\0');
			continue;
		}
		char joined[256];
		join(&l, joined, sizeof joined);
		assert_string_equal(l.encoding, c->encoding);
		if (c->joined)
			assert_string_equal(joined, c->joined);
		for (size_t k = 0; k < l.n; k++) {
			/* text knows no structure: every hint at its "unknown" value */
			assert_int_equal(l.v[k].no, k + 1);
			assert_int_equal(l.v[k].kind, GW_BLOCK_TEXT);
			assert_int_equal(l.v[k].len, strlen(l.v[k].s));
			assert_int_equal(l.v[k].level, GW_LEVEL_NONE);
			assert_int_equal(l.v[k].numbering_len, 0);
			assert_int_equal(l.v[k].align, GW_ALIGN_NONE);
			assert_null(l.v[k].style);
			assert_null(l.v[k].table);
		}
		gw_blocks_free(&l);
		assert_null(l.v);
	}
}

static void test_encoding_names(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int rc;
		gw_encoding enc;
	} names[] = {
		{"auto", 0, GW_ENC_AUTO}, {"UTF-8", 0, GW_ENC_UTF8}, {"utf8", 0, GW_ENC_UTF8},
		{"GB18030", 0, GW_ENC_GB18030}, {"gbk", 0, GW_ENC_GB18030}, {"GB2312", 0, GW_ENC_GB18030},
		{"utf-16", 0, GW_ENC_UTF16}, {"UTF16", 0, GW_ENC_UTF16}, {"UTF-16LE", 0, GW_ENC_UTF16LE},
		{"utf-16be", 0, GW_ENC_UTF16BE}, {"big5", 0, GW_ENC_BIG5}, {"Big5-HKSCS", 0, GW_ENC_BIG5_HKSCS},
		{"cp936", 0, GW_ENC_GB18030}, {"cp950", 0, GW_ENC_BIG5}, {"latin1", -1, GW_ENC_AUTO},
		{"", -1, GW_ENC_AUTO},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		gw_encoding e = GW_ENC_AUTO;
		assert_int_equal(gw_encoding_parse(names[i].name, &e), names[i].rc);
		if (names[i].rc == 0)
			assert_int_equal(e, names[i].enc);
	}
}

/* The common set is searched by halves: every member must be found, which
 * fails for a table out of order. */
static void test_common_characters(void **state)
{
	(void)state;
	size_t found = 0;
	for (uint32_t cp = 0x4E00; cp <= 0x9FFF; cp++)
		found += gw_charset_is_common(cp);
	assert_int_equal(found, gw_charset_common_size());
	assert_true(found > 600);
	static const char both[] = "的一是发發区區经經进進报報";
	assert_int_equal(gw_charset_common_hits(both, strlen(both)), 13);
	static const char rare[] = "龜鱉臺灣abc";
	assert_int_equal(gw_charset_common_hits(rare, strlen(rare)), 0);
}

/* The GB18030-or-Big5 rule of charset.c, at its edges. */
static void test_pick_legacy(void **state)
{
	(void)state;
	static const struct {
		size_t gb, big5;
		bool valid;
		gw_legacy pick;
	} rows[] = {
		{0, 9, false, GW_LEGACY_GB18030},   /* not Big5 at all */
		{0, 0, true, GW_LEGACY_GB18030},    /* nothing known: the mainland default */
		{5, 5, true, GW_LEGACY_GB18030},
		{40, 3, true, GW_LEGACY_GB18030},
		{0, 4, true, GW_LEGACY_BIG5},
		{4, 109, true, GW_LEGACY_BIG5},
		{5, 10, true, GW_LEGACY_BIG5},
		{0, 3, true, GW_LEGACY_UNSURE},     /* too few to tell */
		{6, 11, true, GW_LEGACY_UNSURE},    /* more, but not twice as many */
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(gw_charset_pick_legacy(rows[i].gb, rows[i].big5, rows[i].valid), rows[i].pick);
}

/* The reader's door fills source metadata and refuses oversize input. */
static void test_read_text_source(void **state)
{
	(void)state;
	const char *text = "标题\n\n正文。\n";
	gw_read_opts o = {.name = "a.txt", .encoding = GW_ENC_AUTO};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_read_text((const unsigned char *)text, strlen(text), &o, &r, &d), GW_OK);
	assert_string_equal(r->source.name, "a.txt");
	assert_string_equal(r->source.encoding, "UTF-8");
	assert_int_equal(r->source.bytes, strlen(text));
	assert_int_equal(strlen(r->source.sha256), 64);
	gw_report_free(r);
	assert_int_equal(gw_read_text((const unsigned char *)text, GW_MAX_INPUT_BYTES + 1u, &o, &r, &d),
			 GW_E_TOO_LARGE);
	assert_null(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_encoding_names),
		cmocka_unit_test(test_common_characters),
		cmocka_unit_test(test_pick_legacy),
		cmocka_unit_test(test_read_text_source),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
