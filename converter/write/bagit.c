/*
 * bagit.c — entry-name safety and manifest path encoding shared by the
 * bundle writer and `gwexport verify` (see bagit.h).
 */
#include "bagit.h"

#include <string.h>

#include "../model/i18n.h"
#include "../model/utf8.h"

/* One path component c[0..n): NULL if fine. */
static const char *component_problem(const char *c, size_t n)
{
	if (n == 0)
		return N_("has an empty path component ('//')");
	if ((n == 1 && c[0] == '.') || (n == 2 && c[0] == '.' && c[1] == '.'))
		return N_("has a '.' or '..' path component");
	if (n >= 2 && c[1] == ':' && ((c[0] >= 'A' && c[0] <= 'Z') || (c[0] >= 'a' && c[0] <= 'z')))
		return N_("starts with a drive letter");
	return NULL;
}

const char *gw_bagit_name_problem(const char *name, size_t len)
{
	if (len == 0)
		return N_("has an empty name");
	if (len > GW_BAG_MAX_NAME_BYTES)
		return N_("has a name longer than 4096 bytes");
	if (name[0] == '/')
		return N_("is an absolute path");
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)name[i];
		if (ch == '\\')
			return N_("contains a backslash");
		if (ch < 0x20 || ch == 0x7f)
			return N_("contains a control character");
	}
	if (gw_utf8_valid_prefix((const unsigned char *)name, len) != len)
		return N_("is not valid UTF-8");
	/* A directory entry ends with exactly one '/'. */
	size_t end = name[len - 1] == '/' ? len - 1 : len;
	size_t start = 0;
	for (size_t i = 0; i <= end; i++) {
		if (i < end && name[i] != '/')
			continue;
		const char *why = component_problem(name + start, i - start);
		if (why)
			return why;
		start = i + 1;
	}
	return NULL;
}

size_t gw_bagit_encode_path(const char *path, char *out)
{
	size_t n = 0;
	for (const char *p = path; *p; p++) {
		const char *esc = *p == '\r' ? "%0D" : *p == '\n' ? "%0A" : *p == '%' ? "%25" : NULL;
		if (esc) {
			memcpy(out + n, esc, 3);
			n += 3;
		} else {
			out[n++] = *p;
		}
	}
	out[n] = '\0';
	return n;
}

static int escape_at(const char *s, size_t left, char *ch)
{
	if (left < 3 || s[0] != '%')
		return 0;
	char hi = s[1], lo = (char)(s[2] | 0x20);  /* lower-case the letter digit */
	if (hi == '0' && lo == 'd')
		*ch = '\r';
	else if (hi == '0' && lo == 'a')
		*ch = '\n';
	else if (hi == '2' && s[2] == '5')
		*ch = '%';
	else
		return 0;
	return 1;
}

size_t gw_bagit_decode_path(const char *s, size_t len, char *out)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		char ch;
		if (escape_at(s + i, len - i, &ch)) {
			out[n++] = ch;
			i += 2;
		} else {
			out[n++] = s[i];
		}
	}
	out[n] = '\0';
	return n;
}
