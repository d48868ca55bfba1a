/*
 * lexicon_assembly.c — the word lists by which label.c puts a label
 * together (its punctuation, glue, levels, shares), those that tell what
 * a figure is (a class bound, a rank, channels, an age: indicators.c,
 * units.c), and those that mark a label's edges and predicates
 * (label_words.c, label.c, label_topic.c).  Data only, written as
 * lexicon.c explains; found through gw_lex_words.
 */
#include "lexicon.h"
#include "lexicon_data.h"

/* ---- label assembly (label.c) ------------------------------------------- */

/* Punctuation a label never keeps (model.md). */
static const gw_word punct[] = {W("，"), W("。"), W("；"), W("："), W(","), W(";"), W(":")};

/* 12个乡镇全覆盖, 18个社区全部建成, 15家单位既有…: a predicate opening with
 * an adverb of extent says something of all of them, not which. */
static const gw_word extents[] = {
	W("全"), W("均"), W("都"), W("已"), W("每"), W("逐"), W("既"), W("各"), W("也"), W("还"), W("共"),
};

/* 提高到每人每月143元: a per-unit phrase before the number is no subject. */
static const gw_word per_units[] = {
	W("每人每月"), W("每人每年"), W("每人每天"), W("每人"), W("每户"), W("每月"), W("每年"), W("每天"), W("每日"),
	W("每亩"), W("每平方米"), W("每吨"), W("每小时"), W("每分钟"), W("每周"), W("每立方米"), W("每立方厘米"),
	/* 路网密度为每百平方公里96.3公里, 抽检量达到每千人5批次: a density's base */
	W("每百平方公里"), W("每平方公里"), W("每公里"), W("每百人"), W("每千人"), W("每万人"), W("每千人口"),
	W("每万人口"), W("每百户"),
};

/* 增幅达6%: between a change word and the number (not 为: 缩短为3天 is a level). */
static const gw_word glues[] = {W("达"), W("了"), W("达到")};

/* 机关设立, 市级开展: empty verbs after a short actor. */
static const gw_word scope_verbs[] = {
	W("设立"), W("开展"), W("组织"), W("举办"), W("召开"), W("完成"), W("建成"), W("新建"), W("成立"), W("组建"),
	W("建立"), W("配备"), W("实现"), W("累计"), W("共有"), W("现有"), W("拥有"), W("投入"), W("争取"), W("发放"),
};

/* 调整为, 提高到, 相当于: a level verb inside a subject. */
static const gw_word level_verbs[] = {
	W("调整为"), W("调整到"), W("提高到"), W("提高至"), W("提升到"), W("相当于"), W("达到"),
};

/* Verbs that say only that something is there or was done: 实现12个乡镇…,
 * 完成15家单位… name 乡镇 and 单位, where 支持9个乡镇 names 支持乡镇. */
static const gw_word empty_verbs[] = {
	W("实现"), W("完成"), W("达到"), W("累计"), W("共有"), W("现有"), W("拥有"), W("全部"), W("已"), W("均"),
	W("共计"), W("合计"), W("总计"), W("一共"), W("预计"), W("力争"), W("确保"), W("计划"), W("共"), W("有"),
};

/* 由平均86天, 从每件12天: "from" of a from … to … predicate … */
static const gw_word froms[] = {W("由"), W("从")};
/* … unless a word holds it: 由于, 从业, 从事, 从而, 从未, 从源头 … (not 不 or
 * 中: 由不足50%提高到85%, 由中等水平提高到… are from … to) */
static const gw_word from_afters[] = {
	W("于"), W("业"), W("事"), W("此"), W("来"), W("衷"), W("而"), W("严"), W("未"), W("源头"),
};
/* … or 自由, 理由, 经由 … */
static const gw_word from_befores[] = {
	W("自"), W("理"), W("经"), W("缘"), W("来"), W("听"), W("服"), W("顺"), W("盲"),
};

/* 工期由原计划的180天…: the earlier level after 由/从. */
static const gw_word earlier[] = {
	W("原"), W("过去"), W("以前"), W("此前"), W("去年"), W("上年"), W("年初"), W("最初"), W("改革前"), W("之前"),
};

/* Measure words that count an act (走访企业3次). */
static const gw_word verbal_measures[] = {W("次"), W("轮"), W("遍"), W("趟")};

/* 县体校与3所中小学, 在12个乡镇, 甲、乙等5个项目: before the number they
 * make what stands before it a partner, a place or examples. */
static const gw_word partner_ends[] = {
	W("与"), W("同"), W("跟"), W("向"), W("在"), W("把"), W("等"), W("从"),
};

/* Determiners that name nothing (各类, 各项). */
static const gw_word determiners[] = {W("各类"), W("各项"), W("各种"), W("各级")};

/* 报到, 签到, 收到, 做到: words of their own, no verb + 到 of a level. */
static const gw_word to_glued[] = {
	W("报"), W("签"), W("迟"), W("周"), W("收"), W("得"), W("做"), W("达"), W("想"), W("遇"), W("办"),
	W("来"), W("接"), W("听"), W("看"), W("找"), W("感"), W("受"),
};

/* 排查出, 收到: what a verb found or reached, written right after it. */
static const gw_word result_complements[] = {W("出"), W("到")};
/* 比上年多, 比去年少了: the change words of a comparison with a base. */
static const gw_word more_less[] = {W("多"), W("少"), W("多了"), W("少了")};
/* 比去年还少: an adverb before a comparison's change, no part of it. */
static const gw_word change_adverbs[] = {W("还"), W("又"), W("也"), W("都"), W("再")};

/* 专业技术人员仅占35%: adverbs before a share's 占. */

static const gw_word share_advs[] = {W("仅"), W("只"), W("约"), W("已"), W("均"), W("共")};

/* 占年度计划的108%: a plan or a target, whose share is how far it is done. */
static const gw_word plans[] = {W("计划"), W("目标"), W("任务"), W("预算"), W("指标")};

/* 运送乘客完成年度目标, 投资占年度计划: what says how far a plan is done
 * (label.c's past_plan_done). */
static const gw_word plan_dones[] = {W("完成"), W("占")};

/* 2人被评为先进个人: a title conferred, the verb dropped like 被. */
static const gw_word conferred[] = {W("评为"), W("授予")};

/* 比2020年末, 较上年: a comparison base opens with one. */
static const gw_word thans[] = {W("比"), W("较")};

/* 资金已拨付85%: "already" before the verb of a done share. */
static const gw_word done_advs[] = {W("已经"), W("已")};

/* ---- a figure's class, rank or channels (indicators.c, units.c) ---------- */

/* 500万元以上项目286个, 10万元以上的村, 5000吨级泊位: a figure bounding a class of things
 * names the class; the count after it is the indicator (indicators.c). */
static const gw_word class_bounds[] = {W("以上"), W("以下"), W("及以上"), W("及以下"), W("级")};
/* 产值超10亿元的建筑企业2家, 使用年限超过15年的有39台: a bound written before
 * the figure names the class when 的 and a count of it follow (indicators.c). */
static const gw_word class_befores[] = {W("超"), W("超过"), W("高于"), W("低于"), W("不足"), W("不到"), W("满"), W("少于"), W("多于"),
					W("大于"), W("小于")};
/* 冷藏柜有27台使用超过8年, 系统运行已超过5年: acts whose years are an
 * age, which a bound after a count makes a class (indicators.c,
 * label_classes.c; label.c's MEASURE_OF_UNIT names what each measures). */
static const gw_word in_service[] = {W("使用"), W("运行")};
/* 排名后3位的乡镇, 前5名: a place in a ranking, an ordinal like 第3位. */
static const gw_word rank_befores[] = {W("前"), W("后")};
static const gw_word rank_units[] = {W("名"), W("位")};
/* 视频监控6,420路 counts channels, 开通201路、202路公交 names bus routes. */
static const gw_word channel_units[] = {W("路")};
/* 平均年龄56.4岁 is measured; 60岁以上老人, 35岁以下41人 name which people. */
static const gw_word age_units[] = {W("岁"), W("周岁")};
static const gw_word signals[] = {W("视频"), W("监控"), W("摄像"), W("信号"), W("音频"), W("直播"), W("画面")};

/* 24小时值班, 24小时自助办税: round-the-clock hours name a kind of service. */
static const gw_word round_clocks[] = {W("24小时"), W("２４小时"), W("7×24小时"), W("7*24小时")};

/* ---- a label's edges and predicates (label.c, label_words.c, label_topic.c) */

/* 税费收入可达, 8个项目未按期开工: adverbs and modals that name nothing,
 * dropped from a label's end when the segmenter finds them a word of
 * their own (label_words.c), and opening a predicate after a figure, not
 * its name (缺口66万元由中心垫付: label.c); 承担着下游, 于2027年实施…:
 * particles and prepositions dropped from its start. */
static const gw_word dangling_ends[] = {
	W("可"), W("未"), W("仍"), W("均"), W("已"), W("将"), W("将于"), W("于"), W("在"), W("仅剩"), W("仍有"),
	W("尚"), W("尚有"), W("常年"), W("由"), W("正在"),
	/* 定点零售药店有183家, 专职人员平均1.5人, 比例预计可提高到88%,
	 * 卫生材料降为18.6元: a verb or adverb left before the number */
	W("有"), W("平均"), W("预计"), W("降"),
	/* 床位使用率长期在110%左右: how long it has been so */
	W("长期"), W("一直"), W("始终"),
};
static const gw_word dangling_starts[] = {
	W("着"), W("了"), W("于"),
	/* 但全县仍有…公路: connectives opening the clause (and the scope after
	 * them, label_words.c); not 因, 在 (因提标增加支出, 在用电梯 stay) */
	W("但"), W("但是"), W("由"), W("仍有"), W("仍"), W("有"),
};

/* “三公”经费, “四严禁”, “双带头人”: a numeral makes a quoted name a
 * numbered slogan, whose quotation marks stay (label.c). */
static const gw_word numerals[] = {
	W("一"), W("二"), W("三"), W("四"), W("五"), W("六"), W("七"), W("八"), W("九"), W("十"), W("百"), W("千"),
	W("万"), W("两"), W("双"), W("零"), W("〇"),
};

/* 分季度看, 从结构看, 总体来看: how the figures are read (label_topic.c). */
static const gw_word view_opens[] = {
	W("分"), W("从"), W("总体"), W("整体"), W("具体"), W("总的"), W("综合"),
};

/* 用3至5年时间, 历时8个月: the time a thing takes (label.c time_taken). */
static const gw_word times_taken[] = {W("用"), W("历时"), W("耗时"), W("用时"), W("花费")};

/* 由156项扩展到203项, 由94所调整为87所: a figure moved to a new level,
 * neither up nor down by the words (label.c predicate_span). */
static const gw_word level_moves[] = {
	W("扩展到"), W("扩展至"), W("拓展到"), W("拓展至"), W("调整为"), W("调整到"), W("调整至"), W("变为"),
	W("变成"), W("优化为"), W("整合为"), W("合并为"),
};

/* 8个项目未按期开工: what was not done (label.c short_noun). */
static const gw_word negations[] = {W("未"), W("尚未"), W("仍未"), W("没有"), W("未能"), W("还未")};

/* 减少至目前的17座, 增加到今年的19个: the present, when a level holds. */
static const gw_word nows[] = {
	W("今年"), W("目前"), W("现在"), W("当前"), W("本年"), W("年底"), W("年末"), W("今年底"), W("今年年底"),
	W("本年度"), W("现阶段"),
};

/* 带动农户增收1,800万元: after a causative verb 增收 is what others gained
 * (an amount), not a change of the figure (户均增收2.1千元 is one). */
static const gw_word others_gains[] = {W("增收")};

const struct lex_list gw_lex_assembly_lists[GW_LEX_OUTLINE_FIRST_ - GW_LEX_ASSEMBLY_FIRST_] = {
	[GW_LEX_PUNCT - GW_LEX_ASSEMBLY_FIRST_] = LIST(punct),
	[GW_LEX_EXTENT - GW_LEX_ASSEMBLY_FIRST_] = LIST(extents),
	[GW_LEX_PER_UNIT - GW_LEX_ASSEMBLY_FIRST_] = LIST(per_units),
	[GW_LEX_GLUE - GW_LEX_ASSEMBLY_FIRST_] = LIST(glues),
	[GW_LEX_SCOPE_VERB - GW_LEX_ASSEMBLY_FIRST_] = LIST(scope_verbs),
	[GW_LEX_LEVEL_VERB - GW_LEX_ASSEMBLY_FIRST_] = LIST(level_verbs),
	[GW_LEX_EMPTY_VERB - GW_LEX_ASSEMBLY_FIRST_] = LIST(empty_verbs),
	[GW_LEX_FROM - GW_LEX_ASSEMBLY_FIRST_] = LIST(froms),
	[GW_LEX_FROM_AFTER - GW_LEX_ASSEMBLY_FIRST_] = LIST(from_afters),
	[GW_LEX_FROM_BEFORE - GW_LEX_ASSEMBLY_FIRST_] = LIST(from_befores),
	[GW_LEX_EARLIER - GW_LEX_ASSEMBLY_FIRST_] = LIST(earlier),
	[GW_LEX_VERBAL_MEASURE - GW_LEX_ASSEMBLY_FIRST_] = LIST(verbal_measures),
	[GW_LEX_PARTNER_END - GW_LEX_ASSEMBLY_FIRST_] = LIST(partner_ends),
	[GW_LEX_DETERMINER - GW_LEX_ASSEMBLY_FIRST_] = LIST(determiners),
	[GW_LEX_TO_GLUED - GW_LEX_ASSEMBLY_FIRST_] = LIST(to_glued),
	[GW_LEX_SHARE_ADV - GW_LEX_ASSEMBLY_FIRST_] = LIST(share_advs),
	[GW_LEX_MORE_LESS - GW_LEX_ASSEMBLY_FIRST_] = LIST(more_less),
	[GW_LEX_RESULT_COMPLEMENT - GW_LEX_ASSEMBLY_FIRST_] = LIST(result_complements),
	[GW_LEX_CHANGE_ADVERB - GW_LEX_ASSEMBLY_FIRST_] = LIST(change_adverbs),
	[GW_LEX_PLAN - GW_LEX_ASSEMBLY_FIRST_] = LIST(plans),
	[GW_LEX_PLAN_DONE - GW_LEX_ASSEMBLY_FIRST_] = LIST(plan_dones),
	[GW_LEX_DONE_ADV - GW_LEX_ASSEMBLY_FIRST_] = LIST(done_advs),
	[GW_LEX_CONFERRED - GW_LEX_ASSEMBLY_FIRST_] = LIST(conferred),
	[GW_LEX_THAN - GW_LEX_ASSEMBLY_FIRST_] = LIST(thans),
	[GW_LEX_CLASS_BOUND - GW_LEX_ASSEMBLY_FIRST_] = LIST(class_bounds),
	[GW_LEX_ROUND_CLOCK - GW_LEX_ASSEMBLY_FIRST_] = LIST(round_clocks),
	[GW_LEX_CLASS_BEFORE - GW_LEX_ASSEMBLY_FIRST_] = LIST(class_befores),
	[GW_LEX_IN_SERVICE - GW_LEX_ASSEMBLY_FIRST_] = LIST(in_service),
	[GW_LEX_RANK_BEFORE - GW_LEX_ASSEMBLY_FIRST_] = LIST(rank_befores),
	[GW_LEX_RANK_UNIT - GW_LEX_ASSEMBLY_FIRST_] = LIST(rank_units),
	[GW_LEX_CHANNEL_UNIT - GW_LEX_ASSEMBLY_FIRST_] = LIST(channel_units),
	[GW_LEX_AGE_UNIT - GW_LEX_ASSEMBLY_FIRST_] = LIST(age_units),
	[GW_LEX_SIGNAL - GW_LEX_ASSEMBLY_FIRST_] = LIST(signals),
	[GW_LEX_DANGLING_END - GW_LEX_ASSEMBLY_FIRST_] = LIST(dangling_ends),
	[GW_LEX_DANGLING_START - GW_LEX_ASSEMBLY_FIRST_] = LIST(dangling_starts),
	[GW_LEX_NUMERAL - GW_LEX_ASSEMBLY_FIRST_] = LIST(numerals),
	[GW_LEX_VIEW_OPEN - GW_LEX_ASSEMBLY_FIRST_] = LIST(view_opens),
	[GW_LEX_TIME_TAKEN - GW_LEX_ASSEMBLY_FIRST_] = LIST(times_taken),
	[GW_LEX_LEVEL_MOVE - GW_LEX_ASSEMBLY_FIRST_] = LIST(level_moves),
	[GW_LEX_NEGATION - GW_LEX_ASSEMBLY_FIRST_] = LIST(negations),
	[GW_LEX_NOW - GW_LEX_ASSEMBLY_FIRST_] = LIST(nows),
	[GW_LEX_OTHERS_GAIN - GW_LEX_ASSEMBLY_FIRST_] = LIST(others_gains),
};
