/* test_decode.c — decode.c: encodings, line ends, stripping, and every
 * refusal with its exact status, line and byte offset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "read/blocks.h"

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
} decode_case;

#define B(s) s, sizeof(s) - 1

static const decode_case cases[] = {
	{"empty", B(""), GW_ENC_AUTO, GW_E_EMPTY, 0, GW_NO_BYTE, "empty", NULL, NULL},
	{"only spaces", "  \n\t\r\n\xe3\x80\x80\xc2\xa0\n", 0, GW_ENC_AUTO, GW_E_EMPTY, 0, GW_NO_BYTE,
	 "only spaces", NULL, NULL},
	{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 0, GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE,
	 "looks like a PDF file, not text", NULL, NULL},
	{"docx", B("PK\3\4\x14\0\6\0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "zip file", NULL, NULL},
	{"png", B("\x89PNG\r\n\x1a\n"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "PNG image", NULL, NULL},
	{"jpeg", B("\xff\xd8\xff\xe0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "JPEG image", NULL, NULL},
	{"gif", B("GIF89a"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "GIF image", NULL, NULL},
	{"elf", B("\x7f" "ELF\2\1\1"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE, "program", NULL, NULL},
	{"nul byte", B("a\nb\nc\0d"), GW_ENC_AUTO, GW_E_BINARY, 3, 5, "NUL byte", NULL, NULL},
	{"lf crlf cr", "一\r\n二\r三\n四", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8", "一|二|三|四"},
	{"blank lines kept", "a\n\n\r\nb\n", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8", "a|||b"},
	{"strip indentation", "\t\xe3\x80\x80 标题 \xc2\xa0\t\n  正文 内部 空格  ", 0, GW_ENC_AUTO, GW_OK,
	 0, 0, NULL, "UTF-8", "标题|正文 内部 空格"},
	{"utf-8 bom", "\xef\xbb\xbf标题\n正文", 0, GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-8-BOM", "标题|正文"},
	{"utf-16le", B("\xff\xfe\x2d\x4e\n\0\x87\x65"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16LE", "中|文"},
	{"utf-16be crlf", B("\xfe\xff\x4e\x2d\0\r\0\n\x65\x87"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "UTF-16BE",
	 "中|文"},
	{"gbk auto", B("\xd6\xd0\xce\xc4\r\n\xb1\xa8\xb8\xe6"), GW_ENC_AUTO, GW_OK, 0, 0, NULL, "GB18030",
	 "中文|报告"},
	{"gbk explicit", B("\xd6\xd0\xce\xc4"), GW_ENC_GB18030, GW_OK, 0, 0, NULL, "GB18030", "中文"},
	{"utf-8 explicit", "中文", 0, GW_ENC_UTF8, GW_OK, 0, 0, NULL, "UTF-8", "中文"},
	/* 中文中文\n = 13 bytes, 第二行 = 9: the bad byte is at 22 on line 2. */
	{"damaged utf-8", B("中文中文\n第二行\xff尾\n"), GW_ENC_AUTO, GW_E_ENCODING, 2, 22,
	 "byte 0xFF on line 2 is not valid UTF-8", NULL, NULL},
	{"neither utf-8 nor gb18030", B("ab\r\n\xff"), GW_ENC_AUTO, GW_E_ENCODING, 2, 4,
	 "neither UTF-8", NULL, NULL},
	{"gb18030 bad lead 0x80", B("ab\n\x80"), GW_ENC_AUTO, GW_E_ENCODING, 2, 3, "nor GB18030", NULL, NULL},
	{"truncated utf-8 at eof", B("中文中文\n结尾\xe4\xb8"), GW_ENC_AUTO, GW_E_ENCODING, 2, 19,
	 "ends in the middle of a UTF-8 character", NULL, NULL},
	{"truncated utf-8, short file", B("ab\xe4"), GW_ENC_AUTO, GW_E_ENCODING, 1, 2,
	 "ends in the middle", NULL, NULL},
	{"gbk bytes as --encoding utf-8", B("\xd6\xd0\xce\xc4"), GW_ENC_UTF8, GW_E_ENCODING, 1, 0,
	 "not valid UTF-8", NULL, NULL},
	{"truncated gb18030", B("\xd6\xd0\n\xd6"), GW_ENC_GB18030, GW_E_ENCODING, 2, 3,
	 "ends in the middle of a GB18030 character", NULL, NULL},
	{"utf-16 odd length", B("\xff\xfe" "a\0\n\0b"), GW_ENC_AUTO, GW_E_ENCODING, 2, 6,
	 "ends in the middle of a UTF-16LE character", NULL, NULL},
	{"utf-16 lone surrogate", B("\xff\xfe" "a\0\n\0\x00\xd8" "b\0"), GW_ENC_AUTO, GW_E_ENCODING, 2, 6,
	 "not valid UTF-16LE", NULL, NULL},
	{"utf-16 without bom", B("a\0b\0"), GW_ENC_UTF16, GW_E_BINARY, 1, 1, "NUL byte", NULL, NULL},
	{"--encoding utf-16 needs bom", "abc", 0, GW_ENC_UTF16, GW_E_ENCODING, 1, 0, "byte-order mark", NULL,
	 NULL},
	{"utf-16 with nul char", B("\xff\xfe" "a\0\0\0"), GW_ENC_AUTO, GW_E_BINARY, 0, GW_NO_BYTE,
	 "NUL characters", NULL, NULL},
	{"error line after crlf and cr", B("中文中文\r\n二\r三\r\n\xff"), GW_ENC_AUTO, GW_E_ENCODING, 4, 23,
	 "line 4", NULL, NULL},
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
			if (c->what)
				assert_non_null(strstr(d.what, c->what));
			assert_true(d.hint[0] != '\0');
			continue;
		}
		char joined[256];
		join(&l, joined, sizeof joined);
		assert_string_equal(l.encoding, c->encoding);
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
		{"utf-16", 0, GW_ENC_UTF16}, {"UTF16", 0, GW_ENC_UTF16}, {"latin1", -1, GW_ENC_AUTO},
		{"", -1, GW_ENC_AUTO},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		gw_encoding e = GW_ENC_AUTO;
		assert_int_equal(gw_encoding_parse(names[i].name, &e), names[i].rc);
		if (names[i].rc == 0)
			assert_int_equal(e, names[i].enc);
	}
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
		cmocka_unit_test(test_read_text_source),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
