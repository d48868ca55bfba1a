/* utf8.c — UTF-8 stepping and character classes. */
#include "utf8.h"

uint32_t gw_utf8_decode(const char *str, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	*len = 1;
	if (n == 0)
		return 0xFFFD;
	unsigned c = s[0];
	if (c < 0x80)
		return c;
	size_t need;
	uint32_t cp, min;
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2; cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3; cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4; cp = c & 0x07; min = 0x10000;
	} else {
		return 0xFFFD;
	}
	if (n < need)
		return 0xFFFD;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0xFFFD;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	*len = need;
	return cp;
}

size_t gw_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t gw_utf8_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

size_t gw_utf8_offset(const char *s, size_t n, size_t cp)
{
	size_t i = 0;
	while (i < n && cp > 0) {
		size_t len;
		gw_utf8_decode(s + i, n - i, &len);
		i += len;
		cp--;
	}
	return i;
}

size_t gw_utf8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t len;
		uint32_t cp = gw_utf8_decode((const char *)s + i, n - i, &len);
		if (cp == 0xFFFD && !(len == 3 && s[i] == 0xEF && s[i + 1] == 0xBF && s[i + 2] == 0xBD))
			return i;
		i += len;
	}
	return n;
}

bool gw_is_wide(uint32_t cp)
{
	return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
	       (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	       (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
	       (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	       (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) ||
	       cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D ||
	       cp == 0x2018 || cp == 0x2019 || (cp >= 0x2460 && cp <= 0x24FF) ||
	       cp == 0x3000;
}

int gw_fold_digit(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)cp;
	if (cp >= 0xFF10 && cp <= 0xFF19)
		return (int)('0' + (cp - 0xFF10));
	return 0;
}

bool gw_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0 || cp == '\f' ||
	       cp == '\v' || cp == 0xFEFF;
}

bool gw_is_mask(uint32_t cp)
{
	return cp == '*' || cp == 0xFF0A || cp == 0xD7;
}
