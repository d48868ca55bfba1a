/*
 * lexicon.h — the words indicator extraction and labelling know, in one
 * place (private to converter/read/), and the words that tell the parts of a
 * report's outline (salutation, closing formula, signature).  Every word list of the reader is a
 * const table named by what its words are (result verbs, noun stops,
 * seasons …), in the file named above its part of gw_lex below
 * (lexicon.c, lexicon_clause.c, lexicon_assembly.c, lexicon_outline.c,
 * lexicon_label.c); code only asks "which word of list L starts (or
 * ends) here?".  Units and magnitudes are in units.c: they carry more than
 * a word (kind, factor, continuations).
 *
 * All matching is on UTF-8 bytes and returns lengths in bytes.  A list is
 * a set: the longest word matching wins, so the order of words in a list
 * never matters, except for the few read in order with gw_lex_words()
 * (said where they are declared).
 */
#ifndef GW_LEXICON_H
#define GW_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/* One word and its match keys, all computed at compile time (lexicon_data.h's
 * W()): its length and its first and last two bytes, so that matching a
 * position against a list touches the word's text only on a likely hit. */
typedef struct gw_word {
	const char *text;
	unsigned short len;
	unsigned short first, last;
} gw_word;

/* The first two bytes of a text as one key (gw_word.first). */
#define GW_LEX_FIRST2(x) (unsigned short)((unsigned char)(x)[0] << 8 | (unsigned char)(x)[1])

typedef enum gw_lex {
	/* ==== lexicon.c ==== */
	/* ---- shared by extraction (indicators.c, units.c) and labelling ---- */
	GW_LEX_VERB,        /* empty verbs stripped from the front of a label: 完成, 争取, 累计建成 */
	GW_LEX_LEAD,        /* connectives and adverbials stripped from the front: 和, 其中, 认真 */
	GW_LEX_TAIL,        /* words stripped from the end of a label: 达到, 为, 共计 */
	GW_LEX_UP,          /* change words meaning "+": 增长, 提高 */
	GW_LEX_DOWN,        /* change words meaning "-": 下降, 压缩 */
	GW_LEX_TO,          /* after a change word, make the number a level: 到, 至, 为 */
	GW_LEX_QUAL_BEFORE, /* qualifiers written before the number: 约, 近, 超过 */
	GW_LEX_QUAL_AFTER,  /* qualifiers written after the unit: 以上, 以内, 左右 */
	GW_LEX_QUAL_INSIDE, /* between number (and magnitude) and unit: 多, 余 */
	GW_LEX_GENERIC,     /* subjects that need a topic to be understood: 总投资, 开工率 */
	GW_LEX_STAGE,       /* stage words dropped from a topic before a generic subject: 开工 */
	GW_LEX_NOUN_STOP,   /* words that end the noun after a measure word: 实施, 的, 和 */
	GW_LEX_NOUN_START,  /* stop words that may still begin that noun: 在建, 各类, 免费 */
	GW_LEX_SCOPE,       /* default scopes dropped from a label front: 全市, 全县 */
	GW_LEX_BEFORE_VERB, /* dropped from a front only before a verb: 街道, 共 */
	GW_LEX_RANGE,       /* range connectors between two numbers: -, ～, 至 */
	GW_LEX_COMPARE,     /* comparison bases before a change word: 同比, 比上年 */
	GW_LEX_ATTR,        /* attributes of a subject in lists: 起数, 死亡人数, 面积 */
	GW_LEX_ACTION,      /* what is done to things counted: 化解, 上调, 受理, 安置 */
	GW_LEX_FRAME_BEFORE,/* before a span, make it a time frame: 前, 过去, 今后, 每 */
	GW_LEX_FRAME_AFTER, /* after a span, make it a time frame: 来, 以来, 内, 前, 间 */
	GW_LEX_SHIFT,       /* words ending like a frame word that measure a shift: 提前 */
	GW_LEX_LEVEL,       /* right before a number, make it a level: 至, 到, 为, 控制在 */
	GW_LEX_PROGRAMME,   /* after a span, make it a programme's name: 行动, 规划 */
	GW_LEX_BOUND,       /* words binding a one-character function word: 主要, 国有, 达标 */
	GW_LEX_SPAN,        /* calendar span units (年, 个月, 周, 天) */
	GW_LEX_CONJUNCTION, /* cannot start the noun after a measure word: 和, 及, 被 */

	/* ==== lexicon_clause.c: how a label is read from its clause ==== */
	GW_LEX_CLAUSE_FIRST_,
	/* ---- times (label_time.c) ---- */
	GW_LEX_SEASON = GW_LEX_CLAUSE_FIRST_, /* seasons and periods of the year: 汛期, 暑期, 春运 */
	GW_LEX_PLAN_POINT,  /* after a five-year plan's name, a time: 末, 期间, 以来 */
	GW_LEX_DATE_UNIT,   /* units of a date: 年, 月, 季度 */
	GW_LEX_DATE_AFTER,  /* after a date unit: 底前, 初, 中旬, 以来 */
	GW_LEX_PLACE_COUNT, /* places counted in a scope (全镇9村1社区): 村, 社区 */
	GW_LEX_PERIOD,      /* earlier periods after 比/较: 上年, 年初, 上年同期 */
	GW_LEX_EVENT_END,   /* ending an event's span that is a time: 期间, 期内, 以来 */
	GW_LEX_AFTER_DONE,  /* a time after something is done, ahead: 建成后, 实施后 */

	/* ---- clauses (label_clause.c) ---- */
	GW_LEX_RESULT_VERB,    /* verbs that bring their object about, saying what: 布设, 发放 */
	GW_LEX_TREATMENT_VERB, /* verbs acting on what was there: 检查, 拆除, 追回 */
	GW_LEX_DONE_VERB,      /* verbs saying only that it was done, set up or got: 开展, 建成 */
	GW_LEX_BARE_ACT_VERB,  /* verbs saying only that it happened or is there, gone even before a two-character thing: 开展宣讲, 共有党员 */
	GW_LEX_ACT_ON_VERB,    /* verbs of an act done to a target named by 对: 开展, 进行 */
	GW_LEX_NOMINAL_VERB,   /* verbs that name an activity inside a noun: 建设, 服务 */
	GW_LEX_NOUN_SUFFIX,    /* bound noun suffixes after a verb: 率, 区, 中心 */
	GW_LEX_SUFFIX_FREE,    /* words beginning with one of them: 区域, 度假, 率先 */
	GW_LEX_INSTRUMENT,     /* prepositions of means: 通过, 依托, 利用 */
	GW_LEX_MEANS,          /* nouns of means ending their object: 方式, 平台, 渠道 */
	GW_LEX_LEAD_WORD,      /* words opening with a connective's character: 对口, 为民 */
	GW_LEX_FRAME_END,      /* ends of a 在… frame: 上, 中, 期间, 方面 */
	GW_LEX_PREPOSITION,    /* prepositions and co-verbs before the verb: 与, 从, 联合 */
	GW_LEX_AGENT_HEAD,     /* heads of who acts: 单位, 领导, 我们 */
	GW_LEX_AGENT_ADVERB,   /* adverbs between an agent and its verb: 共, 已, 先后 */
	GW_LEX_ACTOR_END,      /* words ending the name of who acts: 机关, 市级, 村 */
	GW_LEX_CAUSATIVE,      /* verbs making someone else act: 引导, 推动 */
	GW_LEX_ESTABLISH,      /* verbs setting something up: 设立, 成立 */
	GW_LEX_COMPLEMENT,     /* a verb's complement naming a measure: 到, 于, 成 */
	GW_LEX_NOUN_HEAD,      /* head nouns a verb modifies: 设施, 项目, 车辆 */
	GW_LEX_STATE,          /* states written with 在: 在建, 在册 */
	GW_LEX_ETC_AFTER,      /* after 等 in a word: 等候, 等级 */
	GW_LEX_ETC_BEFORE,     /* before 等 in a word: 平等, 同等 */
	GW_LEX_COPULA_WORD,    /* words ending in 为 that are no copula: 行为, 成为 */
	GW_LEX_VERB_NOUN,      /* verbs that are nouns at a noun's end: 组织, 计划 */
	GW_LEX_COORDINATOR,    /* joining two verbs that share an object: 、, 和, 并 */
	GW_LEX_FOR_WHOM,       /* opening whom something is for: 为, 给 */
	GW_LEX_PLACE_PREP,     /* opening a place or where to go: 在, 到, 赴 */

	/* ---- topics (label_topic.c) ---- */
	GW_LEX_TOPIC_STOP,     /* a lead topic ends before them (read in order): 截至, 以来 */
	GW_LEX_TOPIC_PREP,     /* prepositions opening a topic: 向, 对, 为 */
	GW_LEX_ATTR_MOD,       /* modifiers before an attribute: 总, 日, 人均 */
	GW_LEX_OF_BEFORE,      /* said of the thing before: 占, 增速, 高于 */
	GW_LEX_DONE_BY_BEFORE, /* what the figure before did: 惠及, 支持, 入驻 */
	GW_LEX_EFFECT,         /* effects of what was done: 涉及, 覆盖 */
	GW_LEX_REACHING,       /* effects only a payment names: 惠及 */
	GW_LEX_PAYMENT,        /* payments: 补贴, 津贴, 助学金 */
	GW_LEX_STAGE_END,      /* stages a topic may end with: 开工, 竣工 */

	/* ---- 分别 lists (label_lists.c) ---- */
	GW_LEX_LIST_SEP,       /* separators of list parts: 、, 和, 以及 */
	GW_LEX_LIST_GAP,       /* all that may stand between list members: 、, 和, ， */
	GW_LEX_MEASURE_HEAD,   /* a part naming a measure ends with: 率, 量, 比例 */
	GW_LEX_TALLY_END,      /* a tally or rate ends with: 量, 额, 率 (label_inner.c) */
	GW_LEX_HEAD_MEASURE,   /* a head written before its items names: 标准, 收入 */

	/* ==== lexicon_assembly.c: how a label is put together, what a figure is ==== */
	GW_LEX_ASSEMBLY_FIRST_,
	/* ---- label assembly (label.c) ---- */
	GW_LEX_PUNCT = GW_LEX_ASSEMBLY_FIRST_, /* punctuation a label never keeps: ，。；： */
	GW_LEX_EXTENT,         /* adverbs of extent opening a predicate: 全, 均, 都 */
	GW_LEX_PER_UNIT,       /* per-unit phrases before a number: 每人每月, 每亩 */
	GW_LEX_GLUE,           /* between a change word and the number: 达, 了, 达到 */
	GW_LEX_SCOPE_VERB,     /* empty verbs after a short actor: 设立, 开展 */
	GW_LEX_LEVEL_VERB,     /* verbs making a number a level: 调整为, 相当于 */
	GW_LEX_EMPTY_VERB,     /* verbs saying only that something is or was done: 实现, 有 */
	GW_LEX_FROM,           /* "from" of a from … to … predicate: 由, 从 */
	GW_LEX_FROM_AFTER,     /* after 由/从 in a word: 由于, 从业 */
	GW_LEX_FROM_BEFORE,    /* before 由/从 in a word: 自由, 服从 */
	GW_LEX_EARLIER,        /* the earlier level after 由/从: 原, 过去, 上年 */
	GW_LEX_VERBAL_MEASURE, /* measure words counting an act: 次, 轮 */
	GW_LEX_PARTNER_END,    /* ending a partner, place or examples: 与, 在, 等 */
	GW_LEX_DETERMINER,     /* determiners naming nothing: 各类, 各项 */
	GW_LEX_TO_GLUED,       /* before 到 in a word: 报到, 收到 */
	GW_LEX_SHARE_ADV,      /* adverbs before a share's 占: 仅, 约 */
	GW_LEX_MORE_LESS,      /* change words after a comparison base: 多, 少 */
	GW_LEX_RESULT_COMPLEMENT, /* what a verb found or reached, after it: 出, 到 */
	GW_LEX_CHANGE_ADVERB,  /* adverbs before a change, no part of it: 还, 又 */
	GW_LEX_PLAN,           /* plans and targets: 计划, 目标 */
	GW_LEX_PLAN_DONE,      /* how far a plan is done opens with: 完成, 占 */
	GW_LEX_DONE_ADV,       /* "already" before a done share: 已经, 已 */
	GW_LEX_CONFERRED,      /* a title conferred after 被: 评为, 授予 */
	GW_LEX_THAN,           /* opening a comparison base: 比, 较 */

	/* ---- a figure's class, rank or channels (indicators.c, units.c) ---- */
	GW_LEX_CLASS_BOUND,    /* after a figure and before a noun, make it a class: 以上, 以下 */
	GW_LEX_ROUND_CLOCK,    /* figures naming a service's hours before a noun: 24小时 */
	GW_LEX_CLASS_BEFORE,   /* before a figure, 的 and a count after it, make it a class: 超, 低于 */
	GW_LEX_IN_SERVICE,     /* acts whose years are an age (使用超过8年): 使用, 运行 */
	GW_LEX_RANK_BEFORE,    /* before a number and 名/位, make it a rank: 前, 后 */
	GW_LEX_RANK_UNIT,      /* measure words of a rank after 前/后: 名, 位 */
	GW_LEX_CHANNEL_UNIT,   /* units counting channels only beside a signal word: 路 */
	GW_LEX_AGE_UNIT,       /* units of an age, which may name a class of people: 岁 */
	GW_LEX_SIGNAL,         /* what channels carry: 视频, 监控, 信号 */

	/* ---- a label's edges and predicates (label.c, label_words.c, label_topic.c) ---- */
	GW_LEX_DANGLING_END,   /* words a label never ends with: 可, 未, 仍 */
	GW_LEX_DANGLING_START, /* words a label never starts with: 着, 于 */
	GW_LEX_NUMERAL,        /* characters of a Chinese numeral: 一, 三, 百, 两, 双 */
	GW_LEX_VIEW_OPEN,      /* opening a view frame ending in 看: 分, 从, 总体 */
	GW_LEX_TIME_TAKEN,     /* verbs of spending time before a span: 用, 历时 */
	GW_LEX_LEVEL_MOVE,     /* verbs moving a figure to a new level: 扩展到, 调整为 */
	GW_LEX_NEGATION,       /* opening a predicate of what was not done: 未, 尚未 */
	GW_LEX_NOW,            /* times naming the present before a level: 今年, 目前 */
	GW_LEX_OTHERS_GAIN,    /* change words naming what others gained after a causative: 增收 */

	/* ==== lexicon_outline.c ==== */
	GW_LEX_OUTLINE_FIRST_,
	/* ---- the outline (outline.c, unwrap.c, markers.c) ---- */
	GW_LEX_SENTENCE_MARK = GW_LEX_OUTLINE_FIRST_, /* marks ending a sentence: 。！？； */
	GW_LEX_CLAUSE_MARK,    /* full-width marks ending a clause: ，。；：！？、 */
	GW_LEX_ASCII_CLAUSE_MARK, /* their ASCII forms: , ; : ! ? */
	GW_LEX_COLON,          /* ：and : */
	GW_LEX_DASH,           /* opening a subtitle: ——, —, -- */
	GW_LEX_SALUTATION_OPEN,/* opening a salutation: 尊敬的, 各位 */
	GW_LEX_AUDIENCE,       /* in a salutation, who is addressed: 领导, 同志, 来宾 */
	GW_LEX_ADDRESSED,      /* ending a salutation before its ：: 同志们, 代表 */
	GW_LEX_COLLECTIVE_BODY,/* a collective addressee ends with: 单位, 部门 */
	GW_LEX_COLLECTIVE_MARK,/* and holds: 各, 有关, 直属 */
	GW_LEX_ORG_SUFFIX,     /* an organisation's name ends with: 局, 委员会, 街道 */
	GW_LEX_CLOSING_OPEN,   /* opening a closing formula: 谢谢, 特此报告 */
	GW_LEX_CLOSING_DONE,   /* a closing formula saying the report is over: 汇报完毕 */
	GW_LEX_CLOSING_ASK,    /* a closing formula asking the audience: 请予审议, 批评指正 */
	GW_LEX_CLOSING_LEAD,   /* opening a closing formula when a report word follows: 以上 */
	GW_LEX_CLOSING_LINE,   /* a 公文's closing line, alone before its mark: 妥否，请批示 */
	GW_LEX_REPORT_WORD,    /* what the speaker gives: 汇报, 报告, 述职, 发言 */
	GW_LEX_ATTACHMENT_LABEL, /* opening the list of attachments: 附件： */
	GW_LEX_TITLE_STYLE,    /* Word style names of a title: Title, 标题 */
	GW_LEX_ORDER_WORD,     /* point markers of order: 首先, 其次, 再次, 最后 */
	GW_LEX_OPEN_END,       /* words no paragraph ends with, their object still to come: 提高到, 由 */

	/* ---- labelling only, in lexicon_label.c ---- */
	GW_LEX_LABEL_FIRST_,
	GW_LEX_WHOLE_BARE = GW_LEX_LABEL_FIRST_, /* a whole that names nothing of its own: 总数, 总量 */
	GW_LEX_INNER_CUT,      /* inside a label, cut with all before them: 将, 把, 力争 */
	GW_LEX_INNER_TIME,     /* inside a label, a time cut (with an actor before it): 全年 */
	GW_LEX_HEADCOUNT_VERB, /* verbs whose count of people is a 人数: 死亡, 参保, 容纳 */
	GW_LEX_ABLE,           /* before a headcount verb, nothing of its own: 可, 仅能 */
	GW_LEX_YIELD_VERB,     /* verbs of yield dropped before a generic measure: 实现 */
	GW_LEX_INNER_VERB,     /* inside a label, empty verbs cut alone: 完成, 合计实现 */
	GW_LEX_FINDING,        /* heads after listed examples that name what was found: 问题 */
	GW_LEX_FINDING_VERB,   /* verbs of finding that name it with that head: 发现 */
	GW_LEX_EDGE_START,     /* words of their own that never open a label: 的, 前, 有 */
	GW_LEX_EDGE_END,       /* words of their own that never end a label: 的, 将 */
	GW_LEX_EDGE_FRONT,     /* never at a label's front, wherever a word ends: 依规, 确保, 其中 */
	GW_LEX_COUNTING_VERB,  /* verbs kept at a label's front, saying what was counted: 新增 */
	GW_LEX_GAP_ADVERB,     /* adverbs cut before a gap inside a label: 仍, 均 */
	GW_LEX_EXAMPLES_END,   /* ending examples before their kind: 等, 等等 */
	GW_LEX_SEASON_DEIXIS,  /* this, the last, the whole before a season: 本供暖季, 上一学年 */
	GW_LEX_SELF_BODY,      /* the reporting body named as itself at a label's front: 中心, 学校 */
	GW_LEX_NOT_LEVEL,      /* nouns ending in 级 that are no level of a class: 班级, 年级 */
	GW_LEX_PLACE_CLASS,    /* a place alone naming a class: 城区, 农村 */
	GW_LEX_PER_HEAD,       /* an average's word before a figure of its own: 户均, 人均 */
	GW_LEX_HOW_IT_IS,      /* how a lead clause's thing is, no part of the topic: 偏紧, 较慢 */
	GW_LEX_GROUP_ASPECT,   /* what is said of a group, not the group: 队伍, 结构 */
	GW_LEX_PART_OF,        /* some of a group: 部分, 少数 */
	GW_LEX_POINT_ORDINAL,  /* a point's ordinal opening its clause: 一是, 二是 (label_status.c) */
	GW_LEX_DESIGNATION,    /* after digits, making them a name's number: 号 (3号线) */
	GW_LEX_SELF_INSIDE,    /* after a body's one-character name, inside it: 内, 里 (label_self.c) */
	GW_LEX_SELF_HAVING,    /* after a body's name, what it has: 现有, 有 (label_self.c) */
	GW_LEX_TERM_BODY,      /* kinds of body that open terms, never cut as its name: 政府 (政府投资) */
	GW_LEX_FUNDING_VERB,   /* putting money in, gone before a fund named by its use: 投入 */
	GW_LEX_FUND,           /* what money put in is: 资金, 经费 */
	GW_LEX_SHORT_OF,       /* saying what is still lacking before the figure: 尚缺, 还缺 */
	GW_LEX_PEOPLE_UNIT,    /* units counting people: 名, 人 */
	GW_LEX_COMPARATIVE,    /* ending a comparison with a base: 多, 高, 高出, 偏多 (label.c) */
	GW_LEX_AMONG,          /* a whole's members after it: 中, 里 (X中Y, label_classes.c) */
	GW_LEX_AMONG_HAVING,   /* after 中, how many of the whole there are: 有, 仍有 */
	GW_LEX_RELATIVE_TAIL,  /* between a relative clause's 的 and its count: 有, 仅, 占 */
	GW_LEX_THERE_ARE,      /* before a count of things there are: 有, 仍有, 另有 */
	GW_LEX_PREDICATE_OPEN, /* opening what is said of things counted: 没有, 未, 仍, 存在 */
	GW_LEX_PREDICATE_ATTR, /* an attribute of them opening it: 道路 (移民村道路未硬化) */
	GW_LEX_REQUEST,        /* asking a higher body for something: 恳请, 请求 */
	GW_LEX_GRANT_VERB,     /* granting money asked for: 安排, 追加, 拨付 */
	GW_LEX_RELATIVE_VERB,  /* verbs opening a relative clause, kept with it: 具有, 已完成 */
	GW_LEX_STEM_SUFFIX,    /* bound suffixes making one word of the stem before: 性, 化 */
	GW_LEX_TRAILING_MEAN,  /* an average written after its thing, moved before it: 年均, 日均 */
	GW_LEX_COUNT_
} gw_lex;

/* Length of the longest word of list `l` that s[0..n) starts with, or 0. */
size_t gw_lex_prefix(gw_lex l, const char *s, size_t n);
/* Length of the longest word of list `l` that s[0..n) ends with, or 0. */
size_t gw_lex_suffix(gw_lex l, const char *s, size_t n);
/* The longest word of list `l` that s[0..n) ends with (static storage), or NULL. */
const char *gw_lex_suffix_word(gw_lex l, const char *s, size_t n);
/* The longest word of list `l` that s[0..n) starts with (static storage), or NULL. */
const char *gw_lex_prefix_word(gw_lex l, const char *s, size_t n);
/* True when a word of list `l` occurs anywhere in s[0..n). */
bool gw_lex_within(gw_lex l, const char *s, size_t n);
/* True when s[0..n) is exactly a word of list `l`. */
bool gw_lex_is(gw_lex l, const char *s, size_t n);
/* The words of list `l` in the order written, *n of them (for rules that
 * apply them one after the other). */
const gw_word *gw_lex_words(gw_lex l, size_t *n);

/* A Chinese numeral of a count that restates a list (市、县两级): its text
 * and value. */
typedef struct gw_numeral {
	const char *text;
	size_t value;
} gw_numeral;

extern const gw_numeral gw_small_numerals[];
extern const size_t gw_small_numerals_n;
/* The numerals of an ordinal (第一、二、三产业), one after the other. */
extern const char gw_ordinal_digits[];

#endif
