/*
 * segment.c — the label segmenter (segment.h): a dictionary lookup by
 * binary search in the embedded table of segdict.py, and the least-cost
 * path through the words of a text (the method of jieba without its
 * model of unknown words: a character no word covers is a word alone).
 * In: UTF-8 text; out: word end offsets.  Costs are fixed-point
 * -100·ln(frequency/total); the best path minimises their sum.
 */
#include "segment.h"

#include <stdint.h>
#include <string.h>

#include "../model/utf8.h"

/* segdict_data.S: the file segdict.py wrote (its layout is described there). */
extern const unsigned char gw_segdict_data[], gw_segdict_end[];

#define DICT_MAGIC "GWSEG2\0\0"
#define DICT_MAX_CHARS 12
#define DICT_HEADER (8 + 4 + 4 + 4 * DICT_MAX_CHARS)
#define HAN_BYTES 3   /* every character the dictionary keeps is 3 bytes */

/* The dictionary's header, read afresh by each call (ten numbers): no
 * state outlives a call. */
struct dict {
	uint32_t unknown_cost;
	const unsigned char *group[DICT_MAX_CHARS];   /* words of 1..12 characters */
	uint32_t count[DICT_MAX_CHARS];
};

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* False when the embedded table is not one segdict.py wrote (then every
 * character is a word of its own: labels are still made, only cut less well). */
static bool dict_open(struct dict *d)
{
	size_t size = (size_t)(gw_segdict_end - gw_segdict_data);
	const unsigned char *p = gw_segdict_data;
	if (size < DICT_HEADER || memcmp(p, DICT_MAGIC, 8) || le32(p + 12) != DICT_MAX_CHARS)
		return false;
	d->unknown_cost = le32(p + 8);
	size_t at = DICT_HEADER;
	for (size_t l = 0; l < DICT_MAX_CHARS; l++) {
		d->count[l] = le32(p + 16 + 4 * l);
		size_t rec = HAN_BYTES * (l + 1) + 3;
		if (d->count[l] > (size - at) / rec)
			return false;
		d->group[l] = p + at;
		at += d->count[l] * rec;
	}
	return true;
}

/* The record of word s[0..n) (n = 3 × characters), or NULL. */
static const unsigned char *find(const struct dict *d, const char *s, size_t n)
{
	if (n == 0 || n % HAN_BYTES || n / HAN_BYTES > DICT_MAX_CHARS)
		return NULL;
	size_t l = n / HAN_BYTES - 1, rec = n + 3, lo = 0, hi = d->count[l];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const unsigned char *r = d->group[l] + mid * rec;
		int c = memcmp(r, s, n);
		if (!c)
			return r;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool gw_seg_lookup(const char *s, size_t n, gw_seg_class *cls)
{
	struct dict d;
	const unsigned char *r = dict_open(&d) ? find(&d, s, n) : NULL;
	if (r && cls)
		*cls = (gw_seg_class)r[n + 2];
	return r != NULL;
}

static bool is_han_cp(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Digits, latin letters and the marks inside a number or a code (12.5,
 * 1,200, G312, 5G) make one word. */
static bool is_run_cp(uint32_t cp)
{
	return gw_fold_digit(cp) || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '.' || cp == ',' ||
	       (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) ||
	       cp == 0xFF0E || cp == '*';
}

/* One piece of at most GW_SEG_MAX_CHARS characters: pos[0..m] are its
 * character starts (pos[m] its end); writes the ends of its words. */
static size_t segment_piece(const struct dict *d, const char *s, const size_t *pos, size_t m,
			    size_t *ends, size_t cap, size_t have)
{
	uint32_t best[GW_SEG_MAX_CHARS + 1];
	unsigned char step[GW_SEG_MAX_CHARS + 1];   /* characters in the word starting at i */
	best[m] = 0;
	for (size_t i = m; i-- > 0;) {
		size_t len;
		uint32_t cp = gw_utf8_decode(s + pos[i], pos[i + 1] - pos[i], &len);
		size_t k = 1;
		if (is_run_cp(cp))
			while (i + k < m && is_run_cp(gw_utf8_decode(s + pos[i + k], pos[i + k + 1] - pos[i + k], &len)))
				k++;
		step[i] = (unsigned char)k;
		best[i] = best[i + k] + (d ? d->unknown_cost : 1);
		if (!d || !is_han_cp(cp))
			continue;
		for (k = 1; k <= DICT_MAX_CHARS && i + k <= m; k++) {
			const unsigned char *r = find(d, s + pos[i], pos[i + k] - pos[i]);
			if (!r)
				continue;
			uint32_t c = (uint32_t)(r[pos[i + k] - pos[i]] | r[pos[i + k] - pos[i] + 1] << 8);
			if (c + best[i + k] < best[i]) {
				best[i] = c + best[i + k];
				step[i] = (unsigned char)k;
			}
		}
	}
	for (size_t i = 0; i < m; i += step[i], have++)
		if (have < cap)
			ends[have] = pos[i + step[i]];
	return have;
}

size_t gw_segment(const char *s, size_t n, size_t *ends, size_t cap)
{
	struct dict dd;
	const struct dict *d = dict_open(&dd) ? &dd : NULL;
	size_t pos[GW_SEG_MAX_CHARS + 1], have = 0, i = 0;
	while (i < n) {
		size_t m = 0, len;
		for (; i < n && m < GW_SEG_MAX_CHARS; m++) {
			pos[m] = i;
			gw_utf8_decode(s + i, n - i, &len);
			i += len ? len : 1;
		}
		pos[m] = i;
		have = segment_piece(d, s, pos, m, ends, cap, have);
	}
	return have;
}

bool gw_seg_boundary(const char *s, size_t n, size_t i)
{
	if (i == 0 || i >= n)
		return true;
	size_t ends[GW_SEG_MAX_CHARS];
	size_t base = 0;
	while (base < n) {
		/* whole pieces, as gw_segment cuts them, until the one holding i */
		size_t piece = base, len, m = 0;
		for (; piece < n && m < GW_SEG_MAX_CHARS; m++) {
			gw_utf8_decode(s + piece, n - piece, &len);
			piece += len ? len : 1;
		}
		if (i <= piece) {
			size_t w = gw_segment(s + base, piece - base, ends, GW_SEG_MAX_CHARS);
			for (size_t k = 0; k < w && k < GW_SEG_MAX_CHARS; k++)
				if (base + ends[k] == i)
					return true;
			return i == piece;
		}
		base = piece;
	}
	return true;
}
