/*
 * utf8.h — stepping through valid UTF-8 (the model only holds valid UTF-8;
 * decode.c guarantees it) and classifying characters.
 */
#ifndef GW_UTF8_H
#define GW_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s (at most n bytes); stores its byte length in
 * *len.  Invalid or truncated sequences give U+FFFD with *len = 1. */
uint32_t gw_utf8_decode(const char *s, size_t n, size_t *len);
/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t gw_utf8_encode(uint32_t cp, char *out);
/* Number of code points in the first n bytes. */
size_t gw_utf8_count(const char *s, size_t n);
/* Byte offset of the cp-th code point (or n when past the end). */
size_t gw_utf8_offset(const char *s, size_t n, size_t cp);
/* Length of the longest valid UTF-8 prefix of s[0..n). */
size_t gw_utf8_valid_prefix(const unsigned char *s, size_t n);

/* East-Asian wide or full-width (occupies one grid cell of 1 em). */
bool gw_is_wide(uint32_t cp);
/* Full-width digit ０-９ or form → ASCII equivalent ('0'..'9'), else 0. */
int gw_fold_digit(uint32_t cp);
/* Whitespace used for indentation or line padding, incl. U+3000 and NBSP. */
bool gw_is_space(uint32_t cp);
/* A redaction mark: '*', '＊' (U+FF0A), '×' (U+00D7). */
bool gw_is_mask(uint32_t cp);

#endif
