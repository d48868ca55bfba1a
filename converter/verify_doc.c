/*
 * verify_doc.c — the PDF skeleton and OFD XML checks of `gwexport verify`
 * (see verify_doc.h).  Every read is bounded by the buffer: the bytes come
 * from untrusted bags.
 */
#include "verify_doc.h"

#include <expat.h>
#include <stdio.h>
#include <string.h>

#include "model/i18n.h"

#define MAX_XREF_SECTIONS 64   /* /Prev chain: incremental updates */
#define OFD_NS "http://www.ofdspec.org/2016"

typedef struct span {
	const unsigned char *p;
	size_t n;
} span;

static int fail(char *why, size_t size, const char *fmt, unsigned long long at)
{
	snprintf(why, size, _(fmt), at);
	return -1;
}

static int fail_msg(char *why, size_t size, const char *msg)
{
	snprintf(why, size, "%s", _(msg));
	return -1;
}

static size_t skip_space(span s, size_t i)
{
	while (i < s.n && (s.p[i] == ' ' || s.p[i] == '\n' || s.p[i] == '\r' || s.p[i] == '\t'))
		i++;
	return i;
}

/* Decimal digits at i (at most 12) into *v; the index after them, or 0
 * when there is no digit. */
static size_t number_at(span s, size_t i, unsigned long long *v)
{
	size_t start = i;
	*v = 0;
	while (i < s.n && i - start < 12 && s.p[i] >= '0' && s.p[i] <= '9')
		*v = *v * 10 + (unsigned long long)(s.p[i++] - '0');
	return i > start ? i : 0;
}

static int starts(span s, size_t i, const char *lit)
{
	size_t k = strlen(lit);
	return i <= s.n && s.n - i >= k && memcmp(s.p + i, lit, k) == 0;
}

/* "num gen obj" at offset `at`. */
static int object_at(span s, unsigned long long at, unsigned long long num)
{
	unsigned long long got, gen;
	size_t i = at < s.n ? number_at(s, (size_t)at, &got) : 0;
	if (!i || got != num || i >= s.n || s.p[i] != ' ')
		return 0;
	i = number_at(s, i + 1, &gen);
	return i && starts(s, skip_space(s, i), "obj");
}

/* One classic xref section at `at` and its trailer; *prev gets /Prev or 0. */
static int xref_section(span s, size_t at, unsigned long long *prev, char *why, size_t size)
{
	size_t i = skip_space(s, at + 4);
	unsigned long long first, count, off, gen;
	while (i < s.n && s.p[i] >= '0' && s.p[i] <= '9') {
		i = number_at(s, i, &first);
		size_t j = i && i < s.n && s.p[i] == ' ' ? number_at(s, i + 1, &count) : 0;
		if (!j)
			return fail(why, size, "a cross-reference subsection header at byte %llu is broken", i);
		i = skip_space(s, j);
		for (unsigned long long k = 0; k < count; k++, i += 20) {
			if (s.n - i < 20 || !number_at(s, i, &off) || !number_at(s, i + 11, &gen) ||
			    (s.p[i + 17] != 'n' && s.p[i + 17] != 'f'))
				return fail(why, size, "cross-reference entry %llu is broken", first + k);
			if (s.p[i + 17] == 'n' && !object_at(s, off, first + k))
				return fail(why, size, "object %llu is not where the cross-reference table says",
					    first + k);
		}
	}
	if (!starts(s, i, "trailer"))
		return fail(why, size, "no trailer after the cross-reference table at byte %llu", at);
	const unsigned char *end = memmem(s.p + i, s.n - i, ">>", 2);
	size_t dict = end ? (size_t)(end - (s.p + i)) : 0;
	if (!end || !memmem(s.p + i, dict, "/Root", 5))
		return fail(why, size, "the trailer at byte %llu names no /Root (document catalog)", i);
	const unsigned char *pv = memmem(s.p + i, dict, "/Prev", 5);
	*prev = 0;
	if (pv && !number_at(s, skip_space(s, (size_t)(pv - s.p) + 5), prev))
		return fail(why, size, "the trailer's /Prev at byte %llu is not a number", (size_t)(pv - s.p));
	return 0;
}

int gw_pdf_problem(const unsigned char *p, size_t n, char *why, size_t size)
{
	span s = {p, n};
	if (!starts(s, 0, "%PDF-"))
		return fail_msg(why, size, "it does not start with %PDF-");
	size_t tail = n > 1024 ? n - 1024 : 0;
	const unsigned char *eof = NULL;
	for (const unsigned char *q = p + tail; (q = memmem(q, n - (size_t)(q - p), "%%EOF", 5)); q++)
		eof = q;
	if (!eof)
		return fail_msg(why, size, "it is cut short: no %%EOF at its end");
	const unsigned char *sx = NULL;
	for (const unsigned char *q = p + tail; (q = memmem(q, (size_t)(eof - q), "startxref", 9)); q++)
		sx = q;
	unsigned long long at;
	if (!sx || !number_at(s, skip_space(s, (size_t)(sx - p) + 9), &at))
		return fail_msg(why, size, "no startxref before %%EOF");
	for (int k = 0; k < MAX_XREF_SECTIONS; k++) {
		if (at >= n)
			return fail(why, size, "startxref points past the end of the file (byte %llu)", at);
		if (!starts(s, (size_t)at, "xref")) {
			unsigned long long num;
			if (number_at(s, (size_t)at, &num) && object_at(s, at, num))
				return 0;  /* a cross-reference stream (PDF 1.5+): accepted unread */
			return fail(why, size, "no cross-reference table at byte %llu, where startxref points", at);
		}
		unsigned long long prev;
		if (xref_section(s, (size_t)at, &prev, why, size))
			return -1;
		if (!prev)
			return 0;
		at = prev;
	}
	return fail(why, size, "more than %llu cross-reference sections", MAX_XREF_SECTIONS);
}

/* ---- OFD XML ------------------------------------------------------------- */

typedef struct xml_walk {
	gw_ofd_part *part;
	int depth;
	int in_docroot;        /* inside the first DocRoot */
	size_t docroot_len;
	int docroot_done;
} xml_walk;

/* "ns|local" (expat's namespace form) → local, and whether ns is OFD's. */
static const char *local_name(const char *name, int *ofd)
{
	const char *bar = strchr(name, '|');
	*ofd = bar && (size_t)(bar - name) == sizeof OFD_NS - 1 && memcmp(name, OFD_NS, sizeof OFD_NS - 1) == 0;
	return bar ? bar + 1 : name;
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	xml_walk *w = ud;
	int ofd;
	const char *local = local_name(name, &ofd);
	if (w->depth++ == 0) {
		snprintf(w->part->root, sizeof w->part->root, "%s", local);
		w->part->ofd_namespace = ofd;
	}
	if (ofd && strcmp(local, "DocRoot") == 0 && !w->docroot_done)
		w->in_docroot = 1;
	if (ofd && strcmp(local, "Page") == 0 && w->part->on_page)
		for (size_t i = 0; atts[i]; i += 2)
			if (strcmp(atts[i], "BaseLoc") == 0)
				w->part->on_page(w->part->ctx, atts[i + 1]);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	(void)name;
	xml_walk *w = ud;
	w->depth--;
	if (w->in_docroot) {
		w->in_docroot = 0;
		w->docroot_done = 1;
	}
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	xml_walk *w = ud;
	size_t room = sizeof w->part->docroot - 1 - w->docroot_len;
	size_t n = (size_t)len < room ? (size_t)len : room;
	if (!w->in_docroot)
		return;
	memcpy(w->part->docroot + w->docroot_len, s, n);
	w->docroot_len += n;
	w->part->docroot[w->docroot_len] = '\0';
}

int gw_xml_part(const unsigned char *p, size_t n, gw_ofd_part *part, char *why, size_t size)
{
	part->root[0] = part->docroot[0] = '\0';
	part->ofd_namespace = 0;
	xml_walk w = {.part = part};
	XML_Parser x = XML_ParserCreateNS(NULL, '|');
	if (!x)
		return fail_msg(why, size, "out of memory reading its XML");
	XML_SetUserData(x, &w);
	XML_SetElementHandler(x, on_start, on_end);
	XML_SetCharacterDataHandler(x, on_text);
	int rc = 0;
	for (size_t done = 0; done < n || done == 0;) {
		size_t chunk = n - done > (1u << 30) ? (1u << 30) : n - done;
		int last = done + chunk == n;
		if (XML_Parse(x, (const char *)p + done, (int)chunk, last) != XML_STATUS_OK) {
			snprintf(why, size, "is not well-formed XML: %s at line %lu", XML_ErrorString(XML_GetErrorCode(x)),
				 (unsigned long)XML_GetCurrentLineNumber(x));
			rc = -1;
			break;
		}
		done += chunk;
		if (last)
			break;
	}
	XML_ParserFree(x);
	return rc;
}
