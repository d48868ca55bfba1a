/*
 * label.h — what the files of indicator labelling share (private to
 * converter/read/; indicators.c calls only gw_indicator_label_all and
 * gw_indicator_fit_label, declared in indicator_text.h).
 *
 * Labelling is split by job, each file taking text spans of a paragraph
 * (byte offsets into para_ctx.p) and giving back spans, lengths or labels:
 *   label_status.c   each figure's status (实绩/目标/基期/累计) and period,
 *                    reading time phrases by label_period.c's grammar;
 *   label_time.c     times written before a subject: dates, seasons, plan
 *                    periods, 期间-phrases, comparison bases (比上年);
 *   label_clause.c   the clause's structure: which word is its verb, what
 *                    its object is (the subject the number measures);
 *   label_subject.c  the subject before the number trimmed: qualifiers,
 *                    change words, copulas, per-unit phrases, predicates;
 *   label_topic.c    sentences, asides and the topics a generic subject
 *                    (总投资, 开工率, 同比增长) borrows from earlier figures;
 *   label_lists.c    分别 lists, one label per member, and apposition;
 *   label_words.c    a label's edges moved to word boundaries (segment.h);
 *   label_inner.c    words inside a label that name nothing of it (将, 全年);
 *   label.c          one quantity's label assembled by an ordered table of
 *                    rules (label_rules);
 *   label_fit.c      the label fitted to the model (gw_indicator_fit_label).
 * All vocabulary is in lexicon.c.
 */
#ifndef GW_LABEL_H
#define GW_LABEL_H

#include "indicator_text.h"

/* What a subject needs to be understood on its own. */
enum need {
	NEED_NONE,      /* self-standing: 公路货运量, 列入名录的村落 */
	NEED_CHANGED,   /* only a change: 同比增长 → the thing just measured */
	NEED_GENERIC,   /* 总投资, 开工率, 竣工 → the topic of the sentence */
	NEED_SHORT      /* a bare short noun: 2名同志 → what the sentence says of it */
};

/* Topics a generic subject may borrow, from the current sentence. */
/* An event's span that is a time (label_time.c, label_status.c): at most
 * this many characters before its end (“**马拉松”赛事期间), and before a time
 * after something is done (项目建成后: 项目). */
#define LABEL_EVENT_MAX_CHARS 12
/* Most characters of the dates in brackets after a season (防火期（1月至4月、
 * 10月至12月）). */
#define BRACKET_DATES_MAX_CHARS 20
#define LABEL_AFTER_DONE_MAX_CHARS 2

struct label_state {
	size_t sent;               /* start of the current sentence */
	char lead[BUF];            /* the sentence's first clause when it has no quantity */
	char first_trim[BUF];      /* first self-standing label (stage word cut) */
	char first_count[BUF];     /* first self-standing label of a count (项目, 户) */
	char near_full[BUF];       /* nearest self-standing label */
	char near_trim[BUF];
	char near_count[BUF];      /* nearest self-standing label of a count */
	size_t part_sent;          /* start of the part before, when a ；started this one, else -1 */
	size_t near_phrase;        /* phrase start of the nearest one */
	char para_topic[BUF];      /* last topic of the paragraph */
	span list_subj;            /* subject of the last 分别 list (for a second 分别) */
	char prev_base[BUF];       /* label (without change words) of the previous quantity */
	char new_verb[32];         /* 新增/新建 stripped from the last self-standing label */
	char new_unit[48];         /* and that quantity's base unit */
	char by_kind[4][BUF];      /* last label of each kind (天 changes 天, not %) */
	int prev_kind;             /* kind of the previous quantity, -1 at a sentence start */
	int near_kind;             /* kind of the quantity that set near_full */
};

/* The outer sentence's topics while a （其中…） aside is labelled. */
struct aside {
	struct label_state saved;
	bool active;
};

_Static_assert(BUF >= LABEL_MAX_CHARS * 4 + 1, "a label of LABEL_MAX_CHARS characters fits a buffer");
_Static_assert(TOPIC_MAX_CHARS <= LABEL_MAX_CHARS, "a topic fits a label");

/* ---- label_time.c ---- */
size_t label_date_prefix(const char *p, size_t n);
/* 本供暖季, 上一学年: a season with this, the last or the whole before it
 * (a period wherever it stands); its length at p, or 0. */
size_t label_season_with_deixis(const char *p, size_t n);
/* True when a verb (or a co-verb opening one: 联合…开展) starts p[0..n);
 * not a change word (一季度增长4.2%: the time names the change). */
bool label_verb_follows(const char *p, size_t n);
bool label_comparison_base(const char *p, span s);
size_t label_level_time(const char *p, span s, bool dates);

/* ---- label_clause.c ---- */
bool label_bound_at(const char *p, size_t a, size_t i, size_t b);
bool label_splits_word(const char *p, size_t a, size_t i, size_t b);
void label_strip_front(const char *p, span *s, bool verbs);
size_t label_staying_verb(const char *s, size_t n);
size_t label_clause_verb(const char *s, size_t n);
size_t label_verb_before(const char *p, size_t a, size_t b);
bool label_empty_clause_verb(const char *s, size_t n);
bool label_causative(const char *s, size_t n);
size_t label_agent_adverb(const char *s, size_t n);
size_t label_first_verb(const char *p, size_t a, size_t b, bool has_noun, size_t *vl);
bool label_noun_head(const char *s, size_t n);
void label_clause_object(const char *p, span *s, size_t orig, bool has_noun, span *last);
size_t label_last_coordinated(const char *p, span s, bool has_noun);
size_t label_after_examples(const char *p, span s, bool measure);
size_t label_find_word(const char *p, const span *s, const char *w);
bool label_ends_with_actor(const char *s, size_t n);

/* ---- label_subject.c ---- */
void label_strip_back(const char *p, span *s, bool keep_de);
size_t label_split_change(const char *p, span *s, char *change);
void label_qualifier_before(const char *p, span *pre, struct qty *q);
void label_cut_per_unit(const char *p, span *s);
void label_cut_glue(const char *p, span *t);
size_t label_scope_verb(const char *p, span s, size_t *at);
size_t label_level_verb(const char *p, span s);
bool label_empty_verb(const char *s, size_t n);
void label_cut_from_earlier(const char *p, span *s);
bool label_verbal_measure(const char *unit);
bool label_ends_with_partner(const char *p, span s);
bool label_kept_verb(const char *p, span raw, span core);
void label_cut_level_tail(const char *p, span *s);
bool label_cut_share_verb(const char *p, span *s);
bool label_bare_relative(const char *p, span s);
bool label_share_of_whole(const char *whole);
void label_share_whole(const char *whole, char *out);
span label_cut_done_share(const char *p, span *s);
void label_cut_noun_predicate(const char *p, size_t n, struct qty *q, bool subject);

/* ---- label_topic.c ---- */
size_t label_phrase_start(const char *p, size_t i, size_t floor);
size_t label_sentence_start(const char *p, size_t i);
bool label_aside_at(const char *p, size_t s);
size_t label_beneficiary_verb(const char *p, span s, size_t *vlen);
size_t label_treated_after_beneficiary(const char *p, span s);
void label_post_de(const struct para_ctx *c, size_t k, span *out);
void label_join_topic(char *buf, const char *topic, const char *s, size_t n);
bool label_bare_rate(const char *whole, size_t wn);
enum need label_need_of(size_t core_n, size_t noun_n, const char *whole, bool change);
void label_set_topic(struct label_state *st, const char *topic, size_t phrase, gw_kind kind);
const char *label_pick_topic(const struct label_state *st, enum need need, size_t phrase,
			     const char *whole, gw_kind kind);
void label_new_sentence(struct label_state *st, const char *p, size_t sent, size_t num_a);
size_t label_per_capita(const struct para_ctx *c, size_t k, size_t pre_a);
const char *label_past_actor(const char *label);
const char *label_object_of(const char *label);
const char *label_past_what_came(const char *topic);
/* The label of the count quantity k may count again (label_topic.c's
 * count_before), or the sentence's nearest count. */
const char *label_count_before(const struct para_ctx *c, size_t k, const struct label_state *st);
bool label_action_of_previous(const struct para_ctx *c, size_t k, span pre, span raw, span core,
			      const struct label_state *st, char *buf);
bool label_effect_of(const char *whole, const char *topic, char *eff);

/* ---- label_self.c ---- */
#define LABEL_SELF_WORDS 8
#define LABEL_SELF_REST_MIN_CHARS 2   /* what a label keeps after the body's name */
/* The words a report's body calls itself (陵园, 公司; 所 and 办 only with
 * 内 or 里 after them: bound). */
struct label_self {
	char word[LABEL_SELF_WORDS][32];
	bool bound[LABEL_SELF_WORDS];
	size_t n;
};
void label_self_read(const gw_report *r, struct label_self *s);
/* Cuts the body's own name (and 内, 现有 after it) from label's front. */
void label_cut_self(char *label, const struct label_self *s);

/* ---- label_words.c ---- */
void label_fit_words(const struct para_ctx *c, size_t phrase, size_t num_a, bool change, char *buf);

/* ---- label_inner.c ---- */
void label_cut_inner(char *buf);
/* Cuts what a label can neither open nor end with (a date, 其中, 确保, a
 * 前/的/有 left by a cut elsewhere; a 将 at its end), as often as it is there. */
void label_trim_edges(char *buf);

/* ---- label_lists.c ---- */
bool label_list_gap(const char *p, size_t a, size_t b);
size_t label_qty_end(const struct qty *q);
size_t label_list(struct para_ctx *c, size_t k, span subj, span chg, char change,
		  struct label_state *st);
size_t label_last_list_sep(const char *p, span s);
void label_share_nouns(struct para_ctx *c);
void label_subset_measures(struct para_ctx *c);

/* Most characters of a class before its thing (50岁以上, 使用超过30年的). */
#define LABEL_CLASS_MAX_CHARS 8
/* The length of a relative clause opening buf[0..n) through its 的, with
 * a noun after it, or 0 (label_inner.c). */
size_t label_relative_len(const char *buf, size_t n);

/* 技改投资占工业投资 → 技改投资占工业投资比重: a percentage share of a
 * whole named so (label.c; label_lists.c for a 分别 list's members). */
void label_name_share(const struct qty *q, char *buf);

/* 工伤认定案件年均 → 年均工伤认定案件: an average written after its thing,
 * moved before it unless the label still holds the period p[0..pn)
 * (label.c). */
void label_mean_to_front(char *buf, const char *period, size_t pn);

#endif
