/*
 * label_self.c — the body a report speaks for, as its labels name it.
 * A unit writing about itself opens figures with its own name (剧院接待观众,
 * 公司供应再生水, 所内党员, 办里专业技术人员); an assessor reading the
 * unit's own report leaves it out (接待观众, 党员), as the 我局 of a
 * speaker (lexicon's GW_LEX_LEAD) goes.  Its words: GW_LEX_SELF_INSIDE (内,
 * 里 after a one-character name) and GW_LEX_SELF_HAVING (现有, 有 after it).
 * In: the report (its issuer, model/report.h's gw_report_issuer, else the
 * name its title opens with); out: the words the body calls itself, then
 * each label without them at its front.
 */
#include <string.h>

#include "label.h"
#include "segment.h"

/* The length of a word of list l at byte k of label that is a word there
 * (公司|有|再生水用户, not 公司|有机肥: segment.h), or 0. */
static size_t word_after(gw_lex l, const char *label, size_t n, size_t k)
{
	size_t w = gw_lex_prefix(l, label + k, n - k);
	return w && gw_seg_boundary(label, n, k + w) ? w : 0;
}

static void add_word(struct label_self *s, const char *w, size_t n, bool bound)
{
	if (!n || n >= sizeof s->word[0] || s->n >= LABEL_SELF_WORDS || gw_lex_is(GW_LEX_TERM_BODY, w, n))
		return;
	for (size_t i = 0; i < s->n; i++)
		if (strlen(s->word[i]) == n && !memcmp(s->word[i], w, n))
			return;
	memcpy(s->word[s->n], w, n);
	s->word[s->n][n] = '\0';
	s->bound[s->n++] = bound;
}

/* The body's name: its issuer, else what its title opens with when that
 * ends like an organisation (县烈士陵园管理所2026年工作总结). */
static size_t body_name(const gw_report *r, const char **name)
{
	size_t n;
	if ((*name = gw_report_issuer(r, &n)))
		return n;
	const char *t = r->title;
	if (!t)
		return 0;
	size_t e = 0, len;
	while (t[e] && !is_digit_cp(gw_utf8_decode(t + e, strlen(t + e), &len)) && strncmp(t + e, "关于", 6))
		e += len;
	*name = t;
	return e && gw_lex_suffix(GW_LEX_ORG_SUFFIX, t, e) ? e : 0;
}

void label_self_read(const gw_report *r, struct label_self *s)
{
	memset(s, 0, sizeof *s);
	const char *name;
	size_t n = body_name(r, &name), ends[GW_SEG_MAX_CHARS];
	size_t w = n ? gw_segment(name, n, ends, GW_SEG_MAX_CHARS) : 0;
	if (!w || w > GW_SEG_MAX_CHARS)
		return;
	/* its head (公司, 中心, 剧院): not what it manages or serves, which
	 * names the domain of its figures (地名|服务中心: 地名工作经费) */
	size_t last = w > 1 ? ends[w - 2] : 0, len, sl;
	if (chars(name + last, n - last) >= 2)
		add_word(s, name + last, n - last, false);
	/* 有限公司 → 公司, 服务中心 → 中心: the kind of body it ends with */
	if ((sl = gw_lex_suffix(GW_LEX_ORG_SUFFIX, name + last, n - last)) && sl < n - last && chars(name + n - sl, sl) >= 2)
		add_word(s, name + n - sl, sl, false);
	/* 管理所 → 所内, 办公室 → 办里: its head's first or last character */
	gw_utf8_decode(name + last, n - last, &len);
	add_word(s, name + last, len, true);
	size_t tail = n - prev_start(name, n);
	add_word(s, name + n - tail, tail, true);
}

void label_cut_self(char *label, const struct label_self *s)
{
	size_t n = strlen(label);
	for (size_t i = 0; i < s->n; i++) {
		size_t l = strlen(s->word[i]), k;
		if (l >= n || memcmp(label, s->word[i], l))
			continue;
		k = l + word_after(GW_LEX_SELF_INSIDE, label, n, l);
		if (s->bound[i] && k == l)
			continue;   /* 所 alone opens many words (所属) */
		if (k == l && !gw_seg_boundary(label, n, l))
			continue;   /* 中心城区: the name inside a longer word */
		k += word_after(GW_LEX_SELF_HAVING, label, n, k);
		if (chars(label + k, n - k) < LABEL_SELF_REST_MIN_CHARS || gw_lex_is(GW_LEX_GENERIC, label + k, n - k))
			continue;   /* 农场负债: a generic measure needs its owner */
		memmove(label, label + k, n - k + 1);
		return;
	}
}
