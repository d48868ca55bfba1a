/*
 * lexicon.c — the word lists shared by indicator extraction (indicators.c,
 * units.c) and labelling, as const data (see lexicon.h), and gw_lex_words,
 * which finds any list in the file that holds it: the lists each part of
 * the reader uses alone are beside this file, in lexicon_clause.c (how a
 * label is read from its clause), lexicon_assembly.c (how a label is put
 * together, what a figure is), lexicon_outline.c (the parts of a report's
 * outline) and lexicon_label.c (lists added for labelling later), all
 * written the same way (lexicon_data.h).
 *
 * To teach the extractor or the labeller a word, add it to the list named
 * for what it is, with one case in tests/unit/test_units.c or an example in
 * tests/spec/labels.txt; no code needs to change.
 *
 * Why C arrays and not a plain-text data file compiled in: each word's
 * match keys (length, first and last two bytes) are computed here by the
 * compiler (W()), so there is no table to build at run time, no parser and
 * no error path for a malformed file, and the comments that say why a word
 * is in a list stay beside it.  Lists are small (at most a few hundred
 * words) and matched by a linear scan on those keys (lexicon_match.c).
 */
#include "lexicon.h"
#include "lexicon_data.h"

/* ---- shared by extraction and labelling ----------------------------------- */

/* Only verbs that add nothing to what is measured: 排查隐患 and 走访企业
 * keep their verb, 完成投资 and 争取资金 lose it. */
static const gw_word verbs[] = {
	W("完成"), W("争取"), W("争取到"), W("累计建成"), W("建成"), W("实现"), W("达到"), W("新增"), W("投入"), W("开展"),
	W("组织"), W("落实"), W("实施"), W("举办"), W("召开"), W("办理"), W("解决"), W("解决了"), W("发放"), W("帮助"),
	W("带动"), W("吸引"), W("接待"), W("提供"), W("新建"), W("配备"), W("购置"), W("打造"), W("创建"), W("推动"),
	W("推进"), W("支持"), W("安排"), W("下达"), W("拨付"), W("筹集"), W("筹措"), W("出台"), W("制定"), W("印发"),
	W("拥有"), W("现有"), W("共有"), W("建设"), W("设立"), W("成立"), W("组建"), W("新开通"), W("开通"), W("建立"),
	W("形成"), W("研究制定"), W("制定了"), W("累计"), W("累计完成"), W("全面完成"), W("超额完成"), W("顺利完成"), W("共完成"),
	W("已完成"), W("预计"), W("预计实现"), W("预计完成"), W("计划"), W("力争"), W("确保"), W("全年"), W("年内"),
	W("预期"), W("预期实现"), W("力争实现"), W("力争完成"), W("确保完成"),
	W("新增了"), W("完成了"), W("实现了"), W("投入了"), W("共计"), W("合计"), W("总计"), W("累计投入"), W("累计实施"),
	W("累计开展"), W("累计发放"), W("累计帮助"), W("累计培训"), W("累计接待"), W("累计办理"), W("已"), W("已经"), W("均"),
	W("全部"), W("先后"), W("共计完成"), W("通过"), W("进行"), W("召开了"), W("开展了"), W("组织了"), W("举办了"),
	W("落实了"), W("发放了"), W("安排了"), W("争取了"), W("建成了"), W("成立了"), W("设立了"), W("新建了"), W("建立了"),
	W("获得"), W("获批"), W("收到"), W("受理"), W("惠及"), W("新认定"), W("开工建设"), W("共发生"), W("发生"),
	W("实行"), W("出让"), W("立案查处"), W("查处"), W("深化"), W("新建改造"), W("改造提升"), W("新建改扩建"),
	W("造成"), W("恳请"), W("请求"),
	/* spoken and plain ones the testers drop (搞专场招聘会, 划分综合网格, 评出五星级驾驶员) */
	W("搞"), W("搞了"), W("划分"), W("评出"), W("协助建成"),
};

/* Single characters are here only when they rarely begin a noun: 在 (在建),
 * 重点 (重点人群) and 集中 (集中供水站) are therefore not. */
static const gw_word leads[] = {
	W("和"), W("及"), W("以及"), W("与"), W("、"), W("并"), W("并且"), W("同时"), W("其中"), W("另外"),
	W("此外"), W("还"), W("也"), W("均"), W("对"), W("为"), W("）"), W(")"), W("①"), W("②"), W("③"),
	W("④"), W("⑤"), W("⑥"), W("⑦"), W("⑧"), W("⑨"), W("⑩"), W("认真"), W("积极"), W("扎实"), W("全面"),
	W("大力"), W("深入"), W("进一步"), W("稳步"), W("持续"), W("不断"), W("加快"), W("努力"), W("主动"), W("成功"),
	W("顺利"), W("圆满"), W("高质量"), W("严格"), W("切实"), W("着力"), W("全力"), W("精心"), W("依法"), W("及时"),
	W("先后"), W("分批"), W("分期"), W("陆续"), W("按不变价格计算"), W("按可比价格计算"), W("按可比价计算"), W("按现价计算"),
	W("目前"), W("现在"), W("现已"), W("已"), W("当年"), W("今年"), W("本年"), W("年内"), W("全年"),
	W("年末"), W("年底"), W("我将"), W("逐级"), W("尚有"), W("尚"), W("仍有"), W("另有"), W("仅"), W("仅能"),
	W("上半年"), W("下半年"), W("一季度"), W("前三季度"), W("全年共"), W("今年以来"), W("年初以来"), W("以来"), W("截至目前"),
	W("截至"), W("截止"), W("截止到"), W("共计"), W("合计"), W("总计"), W("累计共"), W("一共"), W("总共"), W("的"), W("了"), POINT_ORDINALS,
	/* 每年免费体检 → 免费体检 */
	W("每年"), W("每月"), W("每周"), W("每天"), W("每日"), W("每季度"),
	W("首先"), W("其次"), W("主要原因是"), W("原因是"), W("主要是"),
	W("再次"), W("最后"), W("通过"), W("经过"), W("依托"), W("围绕"), W("聚焦"), W("坚持"),
	/* the speaker and modals: 我们将力争…, 我局拟… */
	W("我们"), W("我局"), W("我委"), W("我办"), W("我县"), W("我市"), W("我区"), W("我镇"), W("我乡"), W("我院"),
	W("我站"), W("我所"), W("我中心"), W("我本人"), W("我对"), W("将"), W("拟"), W("率先"), W("在全市"), W("在全县"), W("在全区"), W("在全省"),
	W("在全镇"), W("在全国"), W("按照"), W("根据"), W("去年"), W("上年"),
};

static const gw_word tails[] = {
	W("达到"), W("达"), W("为"), W("共"), W("共计"), W("合计"), W("总计"), W("累计"), W("超过"), W("约"), W("大概"),
	W("近"), W("了"), W("分别"), W("分别达到"), W("分别为"), W("分别达"), W("分别是"), W("均达到"), W("均为"),
	W("已达"), W("已达到"), W("达到了"), W("突破"), W("实现"), W("完成"), W("约为"), W("的"), W("共有"), W("涉及"),
	W("是"), W("大概是"),
	/* spoken: 座席现在一共320个, 茶园现在有260多亩了, 覆盖率已经到100%了 */
	W("一共"), W("现在"), W("目前"), W("已经"), W("如今"), W("当前"), W("现在有"), W("目前有"), W("一共有"), W("就"), W("才"), W("要"),
	/* a target said after its subject: 完工率争取提高到90%以上 */
	W("争取"),
	/* how often, said after the thing: 运行经费一年才280万元 */
	W("一年"), W("一个月"), W("一天"), W("最长"), W("最少"), W("至少"),
	W("惠及"), W("新增"), W("提高到"), W("提升到"), W("提高至"), W("提升至"), W("增长到"), W("增长至"), W("增加到"),
	W("增加至"), W("下降到"), W("下降至"), W("降低到"), W("降低至"), W("降到"), W("降至"), W("减少到"), W("减少至"),
	W("缩短到"), W("缩短至"), W("压缩到"), W("压缩至"), W("缩短为"), W("降低为"), W("减少为"), W("提高为"), W("增加为"),
	W("调整为"), W("压缩为"), W("下降为"), W("提升为"), W("控制在"), W("保持在"), W("稳定在"), W("保持"), W("稳定"),
	W("扩展到"), W("扩展至"), W("拓展到"), W("拓展至"), W("调整到"), W("调整至"), W("扩充到"), W("扩充至"),
	/* spoken: 从28个压到了12个, 复秤点从3个加到了8个, 涨到了95%, 负荷率到了87% */
	W("压到"), W("加到"), W("涨到"), W("提到"), W("减到"), W("增到"), W("升到"), W("到"),
	/* 差距由8.4个百分点缩小到2.9个百分点, 培训机构压减至64家 */
	W("缩小到"), W("缩小至"), W("压减到"), W("压减至"), W("缩减到"), W("缩减至"), W("精简到"), W("精简至"), W("精简为"),
	W("压降到"), W("压降至"),
	W("由"), W("从"),
	/* 平均 before the copula is the adverb "on average" (办理时间平均为3天) */
	W("平均为"), W("平均达到"), W("平均达"), W("平均在"), W("发展到"), W("发展至"), W("增至"), W("扩大到"), W("扩大至"),
	W("升至"), W("上升到"), W("上升至"), W("实行"), W("仅有"), W("只有"), W("全部"), W("由过去的"), W("由原来的"),
	W("从过去的"), W("由过去"), W("精确到"), W("精准到"), W("延长到"), W("延长至"), W("仅"), W("仅为"), W("仍在"),
	W("仍为"), W("仍"),
	/* what is planned, and what is left (水库仍有**座, 用地仅剩1,200亩):
	 * the status and the figure say it, the label does not */
	W("力争"), W("预计"), W("预期"), W("确保"), W("仍有"), W("仅剩"), W("尚有"), W("的有"),
	/* 使用年限普遍超过25年, 响应时间长达8秒: how the figure is, not what */
	W("普遍"), W("长达"), W("高达"), W("多达"), W("最高达"), W("最多达"), W("最长达"),
};

static const gw_word ups[] = {
	W("增长"), W("提高"), W("上升"), W("增加"), W("上涨"), W("提升"), W("增长了"), W("提高了"), W("上升了"),
	W("增加了"), W("提升了"), W("上涨了"), W("增"), W("扩大"), W("增幅"), W("提价"), W("涨价"),
	W("增收"),
};

static const gw_word downs[] = {
	W("下降"), W("降低"), W("减少"), W("压缩"), W("缩短"), W("下降了"), W("降低了"), W("减少了"), W("压缩了"),
	W("缩短了"), W("下滑"), W("回落"), W("降"), W("减"), W("缩减"), W("压减"), W("节约"), W("节省"), W("降幅"),
	W("降价"), W("减价"), W("减收"), W("精简"),
	/* 降幅较上年收窄3个百分点: a decline (or a gap) narrowed */
	W("收窄"), W("压降"),
};

static const gw_word tos[] = {W("到"), W("至"), W("为"), W("在"), W("到了")};

static const gw_word qual_before[] = {
	W("约"), W("近"), W("将近"), W("接近"), W("超过"), W("超"), W("逾"), W("不足"), W("不到"), W("不少于"),
	W("不低于"), W("不超过"), W("至少"), W("大约"), W("大概"), W("突破"), W("不高于"), W("不多于"), W("最长"), W("最高"),
};

static const gw_word qual_after[] = {
	W("以上"), W("以下"), W("以内"), W("左右"), W("多"), W("余"), W("上下"), W("之多"),
};

static const gw_word qual_inside[] = {W("多"), W("余")};

static const gw_word compares[] = {
	W("同比"), W("环比"), W("比上年"), W("较上年"), W("比去年"), W("较去年"), W("比上年同期"), W("较上年同期"),
	W("比去年同期"), W("较去年同期"), W("比年初"), W("较年初"), W("同比分别"), W("分别"), W("年均"),
};

static const gw_word generic[] = {
	W("总投资"), W("投资"), W("完成投资"), W("投资额"), W("开工率"), W("竣工率"), W("完成率"), W("办结率"), W("覆盖率"),
	W("总额"), W("总面积"), W("面积"), W("资金"), W("总量"), W("规模"), W("金额"), W("数量"), W("任务"), W("占比"),
	W("比重"), W("比例"), W("同比"), W("人数"), W("户数"), W("个数"), W("次数"), W("总数"), W("长度"), W("总长"),
	W("里程"), W("产值"), W("收入"), W("支出"), W("利润"), W("税收"), W("补助"), W("奖励"), W("补贴"),
	W("开工"), W("竣工"), W("完工"), W("建成"), W("覆盖"), W("受益"), W("惠及"), W("涉及"), W("其中"), W("合格率"),
	W("达标率"), W("满意度"), W("满意率"), W("增速"), W("增幅"), W("降幅"), W("年均"), W("人均"), W("平均"), W("合计"),
	W("累计"), W("分别"), W("提高"), W("增长"), W("下降"), W("降低"), W("上升"), W("增加"), W("减少"), W("任务完成率"),
	W("执行率"), W("到位率"), W("入住率"), W("使用率"), W("利用率"), W("就业率"), W("参保率"), W("签约率"), W("销售额"),
	W("成交额"), W("交易额"), W("标准"), W("用地"), W("建筑面积"), W("占地"), W("占地面积"), W("总造价"), W("造价"),
	W("估算"), W("总估算"), W("每户"), W("每人"), W("户均"), W("中标总额"), W("授信"), W("贷款"), W("总产量"),
	W("产量"), W("总产值"), W("亩均"), W("投入资金"), W("到位资金"), W("安排资金"), W("拨付资金"), W("下达资金"),
	W("筹措资金"), W("争取资金"), W("全长"), W("总长度"), W("长"), W("宽"), W("平均用时"), W("用时"), W("耗时"),
	W("平均时间"), W("时间"), W("时长"), W("亩均投入"), W("亩均产量"), W("亩均收入"), W("人均收入"), W("户均收入"), W("单产"),
	W("均价"), W("平均年龄"),
	W("篇幅"), W("总篇幅"), W("储水量"),
	/* measures the testers name with their topic (宣讲受众, 救灾物资价值: 21 times
	 * of 23 across heldout–heldout80); 预算, 权重, 播放量 would borrow a topic as
	 * often wrong as right */
	W("受众"), W("价值"), W("观看量"), W("创建比例"),
};

static const gw_word stages[] = {
	W("开工"), W("竣工"), W("完工"), W("完成"), W("建成"), W("开工建设"), W("投资"), W("总投资"), W("完成投资"),
	W("任务"), W("面积"), W("播种面积"), W("种植面积"), W("养殖面积"), W("规模"), W("总量"), W("总规模"), W("产量"),
	W("总产量"),
};

static const gw_word noun_stops[] = {
	W("的"), W("和"), W("及"), W("与"), W("或"), W("并"), W("实施"), W("开展"), W("完成"), W("全部"), W("均"),
	W("已"), W("得到"), W("进行"), W("通过"), W("获得"), W("纳入"), W("参加"), W("参与"), W("被"), W("受益"),
	W("达到"), W("实现"), W("共"), W("累计"), W("同比"), W("增长"), W("其中"), W("开工"), W("竣工"), W("分配"),
	W("入住"), W("签约"), W("落地"), W("投产"), W("建设"), W("改造"), W("提升"), W("整治"), W("挂牌"), W("加入"),
	W("按期"), W("列为"), W("被评为"), W("评为"), W("获评"), W("获"), W("入选"), W("上线"), W("运行"), W("投入"), W("使用"),
	W("接受"), W("办结"), W("完工"), W("投用"), W("正式"), W("顺利"), W("圆满"), W("全面"), W("有效"), W("基本"),
	W("共计"), W("合计"), W("以上"), W("以下"), W("以内"), W("左右"), W("进入"), W("落户"), W("入驻"), W("到位"),
	W("发放"), W("覆盖"), W("惠及"), W("新增"), W("需"), W("需要"), W("将"), W("要"), W("在"), W("于"), W("等"),
	W("是"), W("为"), W("有"), W("也"), W("都"), W("还"), W("又"), W("从"), W("向"), W("给"), W("对"),
	W("把"), W("已经"), W("已全部"), W("分别"), W("以及"),
	/* adverbs and function words that begin the predicate: 12个乡镇全覆盖,
	 * 15家单位既有…, 4个场馆每天开放, 3个社区逐户走访 */
	W("全覆盖"), W("全程"), W("全天"), W("全域"), W("全员"), W("全额"), W("全力"), W("全年"), W("既"), W("每"),
	W("逐"), W("各"), W("均已"), W("同时"), W("随时"),
	/* verbs that begin the predicate: 3所中小学建立合作关系, 2个村接入 */
	W("建立"), W("签订"), W("达成"), W("推进"), W("举办"), W("召开"), W("专题研究"), W("制定"), W("出台"), W("印发"),
	W("开工建设"), W("配合"), W("协助"), W("承担"), W("负责"), W("组建"), W("成立"), W("设立"), W("签署"), W("共建"),
	W("结对"), W("对接"), W("同比增长"), W("同比下降"), W("提高"), W("下降"), W("减少"), W("增加"), W("达"), W("占"),
	W("约"), W("近"), W("提供"), W("享受"),
	/* adverbs of manner, negation and time begin the predicate, never a
	 * noun's inside: 42户纳税人依法不予处罚, 3家企业尚未建立, 2万名妇女免费
	 * 体检, 5个问题及时整改 (those that may also open a noun, 免费停车场,
	 * are GW_LEX_NOUN_START) */
	W("依法"), W("依规"), W("依纪"), W("及时"), W("按时"), W("如期"), W("定期"), W("免费"), W("无偿"), W("主动"),
	W("积极"), W("统一"), W("不予"), W("予以"), W("尚未"), W("仍未"), W("均未"), W("还未"), W("暂未"), W("并未"),
	W("从未"), W("未能"), W("没有"), W("没"), W("尚"), W("仍"), W("正在"), W("陆续"), W("逐步"), W("率先"), W("首次"), W("再次"),
	W("一律"), W("一并"), W("立即"), W("立行"), W("马上"), W("迅速"), W("限期"), W("限时"), W("深入"), W("扎实"),
	W("大力"), W("持续"), W("不断"), W("认真"), W("切实"), W("带头"), W("平均"), W("人均"), W("户均"), W("日均"),
	W("年均"), W("亩均"),
	/* 到 + a place (选派5名干部到村任职) and the verbs ending in 到 or 于
	 * (受到, 位于, 用于) begin the predicate */
	W("到"), W("受到"), W("收到"), W("遇到"), W("做到"), W("找到"), W("得以"), W("位于"), W("属于"), W("处于"), W("用于"),
	W("等于"), W("高于"), W("低于"), W("大于"), W("小于"), W("多于"), W("少于"), W("优于"), W("好于"), W("快于"),
	W("慢于"), W("涉及"),
	/* verbs holding a function character (成为, 具有, 下达): the predicate
	 * starts at their first character, not at the function word */
	W("成为"), W("作为"), W("称为"), W("视为"), W("认为"), W("现有"), W("拥有"), W("具有"), W("享有"), W("存在"),
	W("下达"), W("传达"), W("送达"), W("到达"), W("抵达"), W("即将"), W("必将"), W("共同"), W("有序"),
};

/* Words in which a one-character function word (在, 有, 要, 达, 为, 等,
 * 到 …: noun_stops and leads) or a stop verb (负责人) is bound, so that it
 * is none: 主要, 国有,
 * 行为, 平等, 雷达 end with one, 达标, 在建, 有关, 到期, 共享 begin with
 * one.  A noun after a measure word goes on through them (19名党政主要领导
 * 干部, 3家长期不达标平台, 5家国有企业, 3起违法行为), and a label loses
 * none of them (天气雷达 is no 天气雷 + 达).  Verbs and prepositions that
 * begin a predicate (位于, 受到, 面向) are stops, not here. */
static const gw_word bound_words[] = {
	/* … ending with one (nouns and modifiers only: a verb such as 具有,
	 * 下达, 成为 begins the predicate and is a stop) */
	W("主要"), W("重要"), W("首要"), W("必要"), W("纲要"), W("摘要"), W("紧要"), W("简要"), W("提要"), W("发达"),
	W("雷达"), W("老将"), W("大将"), W("主将"), W("名将"), W("必需"), W("所需"), W("军需"), W("所在"), W("内在"),
	W("潜在"), W("外在"), W("所有"), W("国有"), W("私有"), W("公有"), W("固有"), W("特有"), W("原有"), W("稀有"),
	W("求是"), W("行为"), W("人为"), W("有为"), W("无为"), W("所为"), W("平等"), W("同等"), W("初等"), W("中等"),
	W("高等"), W("对等"), W("针对"), W("面对"), W("均等"), W("相等"), W("优等"), W("上等"), W("一等"), W("二等"), W("三等"), W("特等"),
	W("首都"), W("古都"), W("方向"), W("导向"), W("走向"), W("动向"), W("意向"), W("倾向"), W("去向"), W("取向"),
	W("流向"), W("志向"), W("双向"), W("单向"), W("定向"), W("横向"), W("纵向"), W("供给"), W("补给"), W("配给"),
	W("自给"), W("相对"), W("绝对"), W("配对"), W("派对"), W("成对"), W("植被"), W("棉被"), W("共和"), W("温和"),
	W("平和"), W("缓和"), W("柔和"), W("调和"), W("祥和"), W("饱和"), W("总和"), W("普及"), W("平均"), W("人均"),
	W("户均"), W("日均"), W("年均"), W("亩均"), W("公共"), W("节约"), W("集约"), W("预约"), W("特约"), W("公约"),
	W("条约"), W("合约"), W("契约"), W("附近"), W("邻近"), W("报到"), W("签到"), W("迟到"), W("周到"),
	/* … beginning with one */
	W("达标"), W("在建"), W("在册"), W("在岗"), W("在校"), W("在园"), W("在职"), W("在编"), W("在线"), W("在库"),
	W("在役"), W("在押"), W("在营"), W("在售"), W("在读"), W("在用"), W("在运"), W("有关"), W("有机"), W("有线"),
	W("有偿"), W("有害"), W("有色"), W("有形"), W("有限"), W("要素"), W("要点"), W("要件"), W("要案"), W("要闻"),
	W("要地"), W("需求"), W("等级"), W("等候"), W("从业"), W("对口"), W("对外"),
	/* whole, not 为农: 为农村学校配备… is 为 + whom it is for */
	W("为民服务"), W("为民办"), W("为老服务"), W("为农服务"),
	W("对象"), W("和谐"), W("和美"), W("及格"), W("与会"), W("并网"), W("并购"), W("均衡"), W("共青"), W("共产"),
	W("共性"), W("共识"), W("都市"), W("占地"), W("到期"), W("到龄"), W("近郊"), W("近海"), W("近视"), W("是非"),
	W("给水"), W("了解"), W("再担保"), W("再就业"), W("再犯罪"), W("再生"), W("再利用"),
	/* … the conjunction 及 and the locatives 中, 上 that end a frame (在…中) */
	W("及时"), W("及早"), W("中心"), W("中学"), W("中小"), W("中层"), W("中医"), W("中队"), W("中型"), W("中介"),
	W("上级"), W("上游"), W("上市"), W("上网"),
	/* … and nouns beginning with a two-character stop (负责, 使用) */
	W("负责人"), W("使用权"), W("参与者"), W("建设者"),
};

static const gw_word scopes[] = {
	W("全市"), W("全县"), W("全区"), W("全省"), W("全镇"), W("全乡"), W("全街道"), W("全系统"), W("全局"), W("全委"),
	W("全行业"), W("全年"), W("全域"),
	/* 全 + the speaker's own body: the whole of it, as 全局 */
	W("全馆"), W("全院"), W("全校"), W("全厂"), W("全所"), W("全站"), W("全处"), W("全队"), W("全中心"), W("全集团"),
	W("全公司"), W("全行"), W("全办"), W("全场"), W("全村"), W("全社区"), W("村里"), W("站内"), W("全园"),
	/* 我 + the speaker's own body: 我公司自筹2,600万元 */
	W("我公司"), W("我局"), W("我中心"), W("我院"), W("我馆"), W("我站"), W("我所"), W("我校"), W("我单位"),
	W("我委"), W("我办"), W("我队"), W("我厂"), W("我宫"), W("我部"), W("我处"), W("我社"), W("本公司"), W("本单位"),
	W("我们"), W("我们中心"), W("我们站"), W("我们所"), W("我们局"), W("我们公司"), W("我们院"), W("我园"),
	W("咱们"), W("咱们镇"), W("咱们村"), W("咱们站"), W("咱们中心"), W("园内"),
	/* … spoken (a phone copy): 站里有专职社工6人 */
	W("站里"), W("所里"), W("院里"), W("局里"), W("馆里"), W("厂里"), W("队里"), W("中心里"), W("公司里"),
	/* the jurisdiction, as 全县 */
	W("辖区"), W("全辖区"), W("乡镇（街道）"),
};

/* 街道完成税收收入, 街道累计改造: the speaker's own body before its verb is
 * a scope too; before a noun it names a level (街道综合养老服务中心).  共接报
 * 火灾: so is 共 before a verb (共享, 共建 are words of their own), and 年度
 * (年度完成投资: when; 年度计划投资, 年度考核 name what). */
static const gw_word before_verbs[] = {W("街道"), W("全街道"), W("共"), W("年度"), W("本年度")};

static const gw_word attrs[] = {
	W("起数"), W("人数"), W("户数"), W("次数"), W("件数"), W("个数"), W("数量"), W("总数"), W("面积"), W("产量"),
	W("产值"), W("金额"), W("总额"), W("规模"), W("死亡人数"), W("受伤人数"), W("发案数"), W("经济损失"), W("直接经济损失"),
	W("总收入"), W("收入"), W("总支出"), W("支出"), W("结余"), W("累计结余"), W("起付线"), W("封顶线"), W("报销比例"),
	W("支付比例"), W("建筑面积"), W("价款"), W("成交价款"), W("时间"), W("时限"), W("办理时限"), W("能力"), W("处理能力"),
	W("日处理能力"), W("清运量"), W("年清运量"), W("存栏"), W("出栏"), W("总产值"), W("用地面积"), W("额度"), W("资金"),
	W("在校生"), W("在园幼儿"), W("在册人数"),
};

/* Verbs a report counts things by (排查隐患136件，已化解128件): a count named
 * only by one of them counts the object of the count before it. */
static const gw_word actions[] = {
	W("上调"), W("下调"), W("调整"), W("化解"), W("梳理"), W("排查"), W("摸排"), W("核查"), W("清理"), W("整改"),
	W("接收"), W("安置"), W("受理"), W("办结"), W("调处"), W("调解"), W("查处"), W("处置"), W("审核"), W("审批"),
	W("登记"), W("认定"), W("评定"), W("推荐"), W("招聘"), W("录用"), W("培训"), W("走访"), W("慰问"), W("帮扶"),
	W("救助"), W("资助"), W("收治"), W("治愈"), W("转诊"), W("追回"), W("挽回"), W("销号"), W("移交"), W("移送"),
	W("退回"), W("撤销"), W("注销"), W("吊销"), W("取缔"), W("关停"), W("拆除"), W("整治"), W("治理"), W("修复"),
	W("改造"), W("新建"), W("建成"), W("验收"), W("发放"), W("下达"), W("拨付"), W("兑现"), W("办理"), W("答复"),
	W("回访"), W("接待"), W("解决"), W("安排"), W("收到"), W("接到"), W("立案"), W("结案"), W("审结"), W("执结"),
	W("归集"), W("录入"), W("采集"), W("核实"), W("核销"), W("转办"), W("交办"), W("督办"), W("约谈"), W("通报"),
	W("问责"), W("处分"), W("处理"),
};

/* Time frames (indicators.c): a span (年, 个月, 周, 天) says WHEN, not how
 * long something measured is, when one of these words is written right
 * before the number (近3年来, 前3年, 过去5年, 今后3年, 每3个月) … */
static const gw_word frame_before[] = {
	W("近"), W("前"), W("后"), W("此后"), W("今后"), W("以后"), W("之后"), W("最后"), W("过去"), W("最近"),
	W("未来"), W("这"), W("每"),
	/* a holiday's length is part of its name: 春运40天, “五一”假期5天 */
	W("春运"), W("假期"), W("黄金周"), W("国庆"), W("春节"),
};

/* … or right after its unit (3年来, 近3年以来, 3个月内, 10年间, 3天后; a
 * period: 3年一次 is 每3年) … */
static const gw_word frame_after[] = {
	W("来"), W("以来"), W("内"), W("之内"), W("间"), W("之间"), W("里"), W("中"), W("之中"), W("前"), W("后"),
	W("一次"), W("一轮"), W("假期"),
};

/* A span that names a programme is no measure: the span is right followed
 * by one of these (3年行动, 5年规划, 3年攻坚计划, 100天攻坚行动). */
static const gw_word programmes[] = {W("行动"), W("计划"), W("规划"), W("攻坚"), W("会战"), W("专项")};

/* … unless the number is the measured value: after a shift or an
 * approximation that ends like a frame word (提前3天 is how early, 将近3年
 * "nearly"; each longer than the frame word it ends with) … */
static const gw_word shifts[] = {
	W("提前"), W("推后"), W("延后"), W("滞后"), W("落后"), W("超前"), W("将近"), W("接近"),
};

/* … or after a level, a duration's name or a verb of spending time
 * (缩短至3个月内, 时限为5天内, 建设周期3年内; 历时近3年 and 用了近3年 are
 * "nearly 3 years", 近 being the qualifier there). */
static const gw_word levels[] = {
	W("至"), W("到"), W("为"), W("达"), W("控制在"), W("保持在"), W("稳定在"), W("时限"), W("期限"), W("周期"),
	W("工期"), W("历时"), W("用时"), W("耗时"), W("时长"), W("用"), W("用了"), W("历经"), W("花了"),
};

static const gw_word ranges[] = {W("-"), W("－"), W("~"), W("～"), W("—"), W("–"), W("至"), W("到")};


/* Calendar spans: their count may be a time frame (近3年来, 3个月内)
 * rather than a measured duration (units.c, indicators.c). */
static const gw_word spans[] = {W("年"), W("个月"), W("周"), W("天")};

/* Words that cannot start the noun after a measure word (在建, 有关 can). */
static const gw_word conjunctions[] = {
	W("和"), W("及"), W("与"), W("或"), W("并"), W("的"), W("等"), W("均"), W("已"), W("为"), W("是"),
	W("也"), W("都"), W("还"), W("又"), W("把"), W("被"), W("将"), W("从"), W("向"), W("给"), W("对"),
};

/* Stop words that may still begin a noun right after a measure word (在建项目). */
static const gw_word noun_starts[] = {
	W("建设"), W("改造"), W("提升"), W("整治"), W("服务"), W("投入"), W("使用"), W("在"), W("有"), W("需"),
	W("要"), W("于"), W("新增"), W("覆盖"), W("投产"), W("中"),
	/* 3次召开党组会议: a verbal measure word counts the act */
	W("召开"), W("举办"), W("签订"), W("建立"), W("达成"), W("推进"), W("制定"), W("出台"), W("印发"), W("专题研究"),
	W("开工建设"), W("配合"), W("协助"), W("承担"), W("负责"), W("组建"), W("成立"), W("设立"), W("签署"), W("共建"),
	W("结对"), W("对接"),
	/* 12个各类项目: a determiner may open the noun */
	W("各类"), W("各级"), W("各种"), W("各项"), W("全程"), W("全天候"),
	/* adverbs that are adjectives too: 3个免费停车场 */
	W("免费"), W("无偿"), W("积极"), W("主动"), W("统一"), W("首次"),
	/* 共 opening a noun: 10项共享数据 */
	W("共享"), W("共同"),
	/* 5个平均值, 3项人均指标 */
	W("平均"), W("人均"), W("户均"), W("日均"), W("年均"), W("亩均"),
};

static const struct lex_list shared_lists[GW_LEX_CLAUSE_FIRST_] = {
	[GW_LEX_VERB] = LIST(verbs),
	[GW_LEX_LEAD] = LIST(leads),
	[GW_LEX_TAIL] = LIST(tails),
	[GW_LEX_UP] = LIST(ups),
	[GW_LEX_DOWN] = LIST(downs),
	[GW_LEX_TO] = LIST(tos),
	[GW_LEX_QUAL_BEFORE] = LIST(qual_before),
	[GW_LEX_QUAL_AFTER] = LIST(qual_after),
	[GW_LEX_QUAL_INSIDE] = LIST(qual_inside),
	[GW_LEX_GENERIC] = LIST(generic),
	[GW_LEX_STAGE] = LIST(stages),
	[GW_LEX_NOUN_STOP] = LIST(noun_stops),
	[GW_LEX_NOUN_START] = LIST(noun_starts),
	[GW_LEX_SCOPE] = LIST(scopes),
	[GW_LEX_BEFORE_VERB] = LIST(before_verbs),
	[GW_LEX_RANGE] = LIST(ranges),
	[GW_LEX_COMPARE] = LIST(compares),
	[GW_LEX_ATTR] = LIST(attrs),
	[GW_LEX_ACTION] = LIST(actions),
	[GW_LEX_FRAME_BEFORE] = LIST(frame_before),
	[GW_LEX_FRAME_AFTER] = LIST(frame_after),
	[GW_LEX_SHIFT] = LIST(shifts),
	[GW_LEX_LEVEL] = LIST(levels),
	[GW_LEX_PROGRAMME] = LIST(programmes),
	[GW_LEX_BOUND] = LIST(bound_words),
	[GW_LEX_SPAN] = LIST(spans),
	[GW_LEX_CONJUNCTION] = LIST(conjunctions),
};

const gw_word *gw_lex_words(gw_lex l, size_t *n)
{
	const struct lex_list *list;
	if (l >= GW_LEX_LABEL_FIRST_)
		return gw_lex_label_words(l, n);
	if (l >= GW_LEX_OUTLINE_FIRST_)
		list = &gw_lex_outline_lists[l - GW_LEX_OUTLINE_FIRST_];
	else if (l >= GW_LEX_ASSEMBLY_FIRST_)
		list = &gw_lex_assembly_lists[l - GW_LEX_ASSEMBLY_FIRST_];
	else if (l >= GW_LEX_CLAUSE_FIRST_)
		list = &gw_lex_clause_lists[l - GW_LEX_CLAUSE_FIRST_];
	else
		list = &shared_lists[l];
	*n = list->n;
	return list->words;
}
