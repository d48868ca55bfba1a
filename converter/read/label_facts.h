/*
 * label_facts.h — what label.c has read of one quantity before naming it,
 * shared by the rules (label.c) and the reading of its phrase
 * (label_phrase.c).  Internal to the reader's labelling.
 */
#ifndef GW_LABEL_FACTS_H
#define GW_LABEL_FACTS_H

#include "label.h"

/* What label_one has read of quantity k before naming it: the spans of its
 * phrase, the subject as written (`whole`) and what it needs.  Rules read
 * it; their build writes the label into a buffer and may set the topic. */
struct label_facts {
	struct para_ctx *c;
	const char *p;
	size_t k;
	struct qty *q;
	struct label_state *st;
	size_t phrase;        /* start of the number's phrase */
	span pre;             /* the phrase before the number (qualifier, per-unit cut) */
	span chg;             /* the change words (同比增长) and their base */
	char change;          /* '+', '-' or 0 */
	span raw;             /* the subject, connectives stripped, verbs kept */
	span core;            /* the subject: the clause's object, trimmed */
	span lastv;           /* the last verb clause_object dropped */
	span tverb;           /* a treatment verb before listed examples (排查…等) */
	span done;            /* 已 + verb before a share (已使用92%) */
	bool share_verb;      /* X占 N%: the share of X */
	bool ends_de;         /* the subject ended with 的 */
	bool has_noun;        /* a noun follows the measure word */
	bool verb_rate;       /* a bare rate that kept its verb (发放准确率) */
	enum need need;
	span pd;              /* the noun phrase after 的 following the figures */
	char whole[BUF];      /* the subject as written, with its noun */
	char share_of[BUF];   /* 占Y比例 when whole was 占Y的 (store_label) */
	size_t wn;
};

/* The phrase before the number: pre (its qualifier recorded and cut), the
 * change words chg with their comparison base. */
void label_read_phrase(struct label_facts *f);
/* A 分别 in the phrase makes quantity k the head of a list labelled by
 * label_list; returns its last member, or (size_t)-1. */
size_t label_read_list(struct label_facts *f);
/* The subject narrowed to the clause's object, how the number relates to
 * it, the subject as written (whole) and what it needs. */
void label_read_subject(struct label_facts *f);

/* Rules of label_rules that name a figure by the class or the thing the
 * figures before it counted (label_classes.c). */
bool level_class_applies(const struct label_facts *f);
void level_class_build(const struct label_facts *f, char *buf);
bool relative_class_applies(const struct label_facts *f);
void relative_class_build(const struct label_facts *f, char *buf);
bool money_verb_applies(const struct label_facts *f);
void money_verb_build(const struct label_facts *f, char *buf);
bool requested_funds_applies(const struct label_facts *f);
void requested_funds_build(const struct label_facts *f, char *buf);
bool age_after_applies(const struct label_facts *f);
void age_after_build(const struct label_facts *f, char *buf);
/* 仍有13个自然村广播信号不稳定 → 广播信号不稳定的自然村: the predicate after
 * a count of things there are (at most PREDICATE_MAX_CHARS), before the
 * thing (after the unit, or the whole before 中: PREDICATE_THING_MAX_CHARS). */
#define PREDICATE_MAX_CHARS 14
#define PREDICATE_THING_MAX_CHARS 8
bool predicate_after_applies(const struct label_facts *f);
void predicate_after_build(const struct label_facts *f, char *buf);
bool shared_attribute_applies(const struct label_facts *f);
void shared_attribute_build(const struct label_facts *f, char *buf);
bool average_of_previous_applies(const struct label_facts *f);
void average_of_previous_build(const struct label_facts *f, char *buf);

/* 职工中50岁以上占比 → 50岁以上职工占比: a class within a whole, put
 * before it (label_classes.c; label.c calls it on each label it stores
 * that is no change). */
void label_class_share(char *buf);
/* 仓房中使用超过30年的有5栋 → 使用超过30年的仓房: members of a whole picked
 * by a condition, the condition put before the whole (label_classes.c). */
void label_class_subset(const struct label_facts *f, char *buf);

#endif
