/*
 * charset.h — how decode.c tells encodings apart when the bytes carry no
 * byte-order mark and are not UTF-8: GB18030 or Big5, UTF-16 by its zero
 * bytes, and files whose lines mix UTF-8 with GBK.  Internal to read/.
 */
#ifndef GW_CHARSET_H
#define GW_CHARSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True for the ~700 characters that carry most of any Chinese report,
 * each in simplified and traditional form (的 一 是 … 發 區 經 …). */
bool gw_charset_is_common(uint32_t cp);
/* How many characters the common set has (for tests). */
size_t gw_charset_common_size(void);
/* How many characters of valid UTF-8 s[0..n) are common. */
size_t gw_charset_common_hits(const char *s, size_t n);

typedef enum gw_legacy {
	GW_LEGACY_GB18030,
	GW_LEGACY_BIG5,
	GW_LEGACY_UNSURE
} gw_legacy;

/* Bytes that read both as GB18030 and as Big5: which reading is the text.
 * gb_hits / big5_hits: common characters of each reading; big5_valid false
 * when the bytes are not Big5 at all.  See charset.c for the rule. */
gw_legacy gw_charset_pick_legacy(size_t gb_hits, size_t big5_hits, bool big5_valid);

typedef enum gw_utf16_order {
	GW_UTF16_UNKNOWN = 0,
	GW_UTF16_LE,
	GW_UTF16_BE
} gw_utf16_order;

/* Byte order of UTF-16 text without a byte-order mark, from where its
 * zero bytes are (ASCII and line ends are one zero byte and one byte of
 * text); GW_UTF16_UNKNOWN when the bytes do not look like UTF-16. */
gw_utf16_order gw_charset_utf16_order(const unsigned char *b, size_t n);

/* Lines of a file that is not valid UTF-8 as a whole (1-based numbers and
 * byte ranges in b): the first one that clearly is UTF-8 (valid, and with
 * at least three common characters) and the first one that is not valid
 * UTF-8.  A line number is 0 when there is no such line. */
typedef struct gw_line_kinds {
	size_t utf8_line, utf8_begin;
	size_t bad_line, bad_begin, bad_end;
} gw_line_kinds;

void gw_charset_line_kinds(const unsigned char *b, size_t n, gw_line_kinds *out);

#endif
