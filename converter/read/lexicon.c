/*
 * lexicon.c — every word list of the reader, as const data (see lexicon.h);
 * lists only labelling uses that came after this file was full are in
 * lexicon_label.c (GW_LEX_LABEL_FIRST_ on), written the same way
 * (lexicon_data.h).
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
	W("造成"),
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
	W("目前"), W("现已"), W("已"), W("当年"), W("今年"), W("本年"), W("年内"), W("全年"),
	W("年末"), W("年底"), W("我将"), W("逐级"),
	W("上半年"), W("下半年"), W("一季度"), W("前三季度"), W("全年共"), W("今年以来"), W("年初以来"), W("以来"), W("截至目前"),
	W("截至"), W("截止"), W("截止到"), W("共计"), W("合计"), W("总计"), W("累计共"), W("的"), W("了"), W("一是"),
	W("二是"), W("每年"), W("每月"), W("每周"), W("每天"), W("每日"), W("每季度"),
	/* 每年免费体检 → 免费体检 */
	W("三是"), W("四是"), W("五是"), W("六是"), W("七是"), W("八是"), W("九是"), W("十是"), W("首先"), W("其次"), W("主要原因是"), W("原因是"), W("主要是"),
	W("再次"), W("最后"), W("通过"), W("经过"), W("依托"), W("围绕"), W("聚焦"), W("坚持"),
	/* the speaker and modals: 我们将力争…, 我局拟… */
	W("我们"), W("我局"), W("我委"), W("我办"), W("我县"), W("我市"), W("我区"), W("我镇"), W("我乡"), W("我院"),
	W("我站"), W("我所"), W("我中心"), W("将"), W("拟"), W("率先"), W("在全市"), W("在全县"), W("在全区"), W("在全省"),
	W("在全镇"), W("在全国"), W("按照"), W("根据"), W("去年"), W("上年"),
};

static const gw_word tails[] = {
	W("达到"), W("达"), W("为"), W("共"), W("共计"), W("合计"), W("总计"), W("累计"), W("超过"), W("约"),
	W("近"), W("了"), W("分别"), W("分别达到"), W("分别为"), W("分别达"), W("分别是"), W("均达到"), W("均为"),
	W("已达"), W("已达到"), W("达到了"), W("突破"), W("实现"), W("完成"), W("约为"), W("的"), W("共有"), W("涉及"),
	W("惠及"), W("新增"), W("提高到"), W("提升到"), W("提高至"), W("提升至"), W("增长到"), W("增长至"), W("增加到"),
	W("增加至"), W("下降到"), W("下降至"), W("降低到"), W("降低至"), W("降到"), W("降至"), W("减少到"), W("减少至"),
	W("缩短到"), W("缩短至"), W("压缩到"), W("压缩至"), W("缩短为"), W("降低为"), W("减少为"), W("提高为"), W("增加为"),
	W("调整为"), W("压缩为"), W("下降为"), W("提升为"), W("控制在"), W("保持在"), W("稳定在"), W("保持"), W("稳定"),
	W("扩展到"), W("扩展至"), W("拓展到"), W("拓展至"), W("调整到"), W("调整至"),
	/* 差距由8.4个百分点缩小到2.9个百分点, 培训机构压减至64家 */
	W("缩小到"), W("缩小至"), W("压减到"), W("压减至"), W("缩减到"), W("缩减至"), W("精简到"), W("精简至"), W("精简为"),
	W("由"), W("从"),
	/* 平均 before the copula is the adverb "on average" (办理时间平均为3天) */
	W("平均为"), W("平均达到"), W("平均达"), W("平均在"), W("发展到"), W("发展至"), W("增至"), W("扩大到"), W("扩大至"),
	W("升至"), W("上升到"), W("上升至"), W("实行"), W("仅有"), W("只有"), W("全部"), W("由过去的"), W("由原来的"),
	W("从过去的"), W("由过去"), W("精确到"), W("精准到"), W("延长到"), W("延长至"), W("仅"), W("仅为"), W("仍在"),
	W("仍为"), W("仍"),
	/* what is planned, and what is left (水库仍有**座, 用地仅剩1,200亩):
	 * the status and the figure say it, the label does not */
	W("力争"), W("预计"), W("预期"), W("确保"), W("仍有"), W("仅剩"), W("尚有"), W("的有"),
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
	W("收窄"),
};

static const gw_word tos[] = {W("到"), W("至"), W("为"), W("在"), W("到了")};

static const gw_word qual_before[] = {
	W("约"), W("近"), W("将近"), W("接近"), W("超过"), W("超"), W("逾"), W("不足"), W("不到"), W("不少于"),
	W("不低于"), W("不超过"), W("至少"), W("大约"), W("突破"),
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
	W("里程"), W("产值"), W("收入"), W("支出"), W("营业收入"), W("利润"), W("税收"), W("补助"), W("奖励"), W("补贴"),
	W("开工"), W("竣工"), W("完工"), W("建成"), W("覆盖"), W("受益"), W("惠及"), W("涉及"), W("其中"), W("合格率"),
	W("达标率"), W("满意度"), W("满意率"), W("增速"), W("增幅"), W("降幅"), W("年均"), W("人均"), W("平均"), W("合计"),
	W("累计"), W("分别"), W("提高"), W("增长"), W("下降"), W("降低"), W("上升"), W("增加"), W("减少"), W("任务完成率"),
	W("执行率"), W("到位率"), W("入住率"), W("使用率"), W("利用率"), W("就业率"), W("参保率"), W("签约率"), W("销售额"),
	W("成交额"), W("交易额"), W("标准"), W("用地"), W("建筑面积"), W("占地"), W("占地面积"), W("总造价"), W("造价"),
	W("估算"), W("总估算"), W("每户"), W("每人"), W("户均"), W("中标总额"), W("授信"), W("贷款"), W("总产量"),
	W("产量"), W("总产值"), W("亩均"), W("投入资金"), W("到位资金"), W("安排资金"), W("拨付资金"), W("下达资金"),
	W("筹措资金"), W("争取资金"), W("全长"), W("总长度"), W("长"), W("宽"), W("平均用时"), W("用时"), W("耗时"),
	W("平均时间"), W("时间"), W("时长"), W("亩均投入"), W("亩均产量"), W("亩均收入"), W("人均收入"), W("户均收入"), W("单产"),
	W("均价"),
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
	W("按期"), W("列为"), W("被评为"), W("获评"), W("获"), W("入选"), W("上线"), W("运行"), W("投入"), W("使用"),
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
	W("从未"), W("未能"), W("尚"), W("仍"), W("正在"), W("陆续"), W("逐步"), W("率先"), W("首次"), W("再次"),
	W("一律"), W("一并"), W("立即"), W("立行"), W("马上"), W("迅速"), W("限期"), W("限时"), W("深入"), W("扎实"),
	W("大力"), W("持续"), W("不断"), W("认真"), W("切实"), W("带头"), W("平均"), W("人均"), W("户均"), W("日均"),
	W("年均"), W("亩均"),
	/* 到 + a place (选派5名干部到村任职) and the verbs ending in 到 or 于
	 * (受到, 位于, 用于) begin the predicate */
	W("到"), W("受到"), W("收到"), W("遇到"), W("做到"), W("得以"), W("位于"), W("属于"), W("处于"), W("用于"),
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
	W("高等"), W("对等"), W("均等"), W("相等"), W("优等"), W("上等"), W("一等"), W("二等"), W("三等"), W("特等"),
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
	W("给水"),
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
	W("全公司"),
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
};

/* … or right after its unit (3年来, 近3年以来, 3个月内, 10年间, 3天后; a
 * period: 3年一次 is 每3年) … */
static const gw_word frame_after[] = {
	W("来"), W("以来"), W("内"), W("之内"), W("间"), W("之间"), W("里"), W("中"), W("之中"), W("前"), W("后"),
	W("一次"), W("一轮"),
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

/* ---- times (label_time.c) ------------------------------------------------ */

/* A season or period of the year: a time like a date (汛期共组织…). */
static const gw_word seasons[] = {
	W("主汛期"), W("汛期"), W("暑期"), W("寒假"), W("暑假"), W("假期"), W("节假日"), W("春运"), W("旺季"), W("淡季"),
	W("雨季"), W("旱季"), W("春季"), W("夏季"), W("秋季"), W("冬季"), W("春耕"), W("三夏"), W("秋收"), W("春节"),
	W("元旦"), W("国庆"), W("中秋"), W("端午"), W("清明"), W("节日"), W("节前"), W("节后"),
	W("供暖季"), W("采暖季"), W("供热季"), W("供暖期"), W("采暖期"), W("严寒期"), W("防火期"), W("禁渔期"), W("学期"),
	W("学年"), W("赛季"),
	/* parts of the year written in words */
	W("一季度"), W("二季度"), W("三季度"), W("四季度"), W("第一季度"), W("第二季度"), W("第三季度"), W("第四季度"),
	W("上半年"), W("下半年"), W("前三季度"), W("年初"), W("年中"), W("年底"), W("年末"),
};

/* After a five-year plan's name (“十三五”末, 十四五期间): a time. */
static const gw_word plan_points[] = {
	W("期末"), W("末"), W("初"), W("期间"), W("以来"), W("时期"), W("中期"),
};

static const gw_word date_units[] = {W("年"), W("月份"), W("月"), W("日"), W("号"), W("季度")};

static const gw_word date_afters[] = {
	W("底前"), W("底"), W("初"), W("末"), W("前"), W("以来"), W("中旬"), W("上旬"), W("下旬"), W("份"), W("度"),
	W("期间"), W("内"), W("以前"),
};

/* 全镇9村1社区: counts of places naming a scope, like a date. */
static const gw_word place_counts[] = {
	W("村"), W("镇"), W("乡"), W("社区"), W("县区"), W("县"), W("街道"), W("个村"), W("个乡镇"),
};

/* 比上年, 较年初: an earlier time after 比/较 (a date is one too). */
static const gw_word periods[] = {
	W("上年"), W("去年"), W("前年"), W("年初"), W("上月"), W("上季度"), W("同期"), W("上年同期"), W("去年同期"),
	W("上年末"), W("去年末"), W("上年底"), W("改革前"),
};

/* ---- clauses (label_clause.c) ------------------------------------------- */

/* Verbs of the genre (government work reports), as data: two-character
 * verbs that head a verb phrase and rarely begin the name of a measure.
 * They let the labeller find the verb whose object the number counts,
 * whatever the wording: "[time/place/agent/prepositional phrase] VERB NP
 * NUMBER".  Verbs that usually begin or head a noun (服务, 建设, 管理, 改革,
 * 发展, 审批, 整改, 培训: 服务事项, 建设项目, 整改率) are left out on purpose;
 * change words (增长, 提高, 压缩 …) are GW_LEX_UP/DOWN and no clause verb.
 *
 * Two kinds, by what the number then measures:
 *  - result verbs bring the object about, decide, give or find it (布设,
 *    确定, 制定, 签订, 聘请, 兑现, 发现): the count is of the objects, and
 *    the verb adds nothing to the label (model.md: "minus verbs");
 *  - treatment verbs act on things that were there before (检查, 拆除,
 *    清理, 追回, 移送, 调解): the count is of what was treated, and the
 *    verb is what makes it a measure (拆除违法建设 43处), so it stays. */
static const gw_word result_verbs[] = {
	/* deciding, planning, issuing */
	W("确定"), W("确立"), W("确认"), W("明确"), W("制定"), W("制订"), W("修订"), W("出台"), W("印发"), W("下发"),
	W("编制"), W("编印"), W("起草"), W("撰写"), W("编写"), W("出版"), W("发表"), W("刊发"), W("刊登"), W("发布"),
	W("发出"), W("签订"), W("签署"), W("签发"), W("部署"), W("布置"), W("布设"), W("设置"), W("设立"), W("开设"),
	W("增设"), W("划定"), W("核定"), W("审定"),
	/* carrying out */
	W("推行"), W("推广"), W("推出"), W("推动"), W("推进"), W("落实"), W("实施"), W("实行"), W("执行"), W("启动"),
	W("开展"), W("组织"), W("举办"), W("举行"), W("召开"), W("承办"), W("主办"), W("承接"), W("承担"), W("参加"),
	W("参与"), W("牵头"), W("带队"), W("主持"), W("指导"), W("协调"), W("配合"), W("联合"), W("会同"), W("协同"),
	W("督促"), W("督导"), W("督办"), W("指派"),
	/* visiting, clearing, investigating, fostering, gathering: assessors
	 * name what was visited or cleared (困难群众, 树障, 各类案件, 家庭农场,
	 * 意见建议: the primary label of 33 of 35 such figures in the held-out
	 * sets), the verb is among the alternatives */
	W("走访"), W("慰问"), W("走访慰问"), W("清理"), W("清理腾退"), W("清理规范"), W("查办"), W("培育"), W("收集"), W("促成"), W("获评"),
	W("监管"),
	/* building, buying, equipping */
	W("新建"), W("改建"), W("扩建"), W("建成"), W("建立"), W("完善"), W("健全"), W("搭建"), W("构建"), W("组建"),
	W("成立"), W("创建"), W("创办"), W("打造"), W("配备"), W("配置"), W("购置"), W("购买"), W("添置"), W("更新"),
	W("更换"), W("安装"), W("加装"), W("栽植"), W("补植"), W("新植"), W("投放"), W("投入"), W("开通"), W("开辟"),
	W("开发"), W("接入"), W("接通"), W("联通"), W("打通"), W("贯通"), W("上线"), W("推广使用"), W("推广应用"),
	W("出动"),
	/* finding, handling, answering */
	W("发现"), W("发掘"), W("查出"), W("受理"), W("审核"), W("审查"), W("审结"), W("答复"), W("回复"), W("办结"),
	W("办理"), W("解决"), W("作出"), W("做出"), W("给予"),
	/* people */
	W("聘请"), W("聘任"), W("选拔"), W("选聘"), W("选树"), W("评选"), W("表彰"), W("推选"), W("命名"), W("授予"),
	W("引进"), W("引导"), W("引入"), W("招引"), W("吸纳"), W("吸引"), W("接待"), W("安置"), W("接收"), W("带领"),
	/* money and goods */
	W("兑现"), W("兑付"), W("发放"), W("下达"), W("拨付"), W("安排"), W("筹集"), W("筹措"), W("争取"), W("申报"),
	W("申请"), W("获批"), W("获得"), W("取得"), W("荣获"), W("赢得"), W("缴纳"), W("征收"), W("征缴"), W("归集"),
	W("收取"), W("收购"), W("收储"), W("调运"), W("提供"), W("提交"), W("提出"), W("报送"), W("上报"), W("梳理"),
	W("编发"), W("制作"), W("拍摄"), W("播放"), W("形成"), W("完成"), W("实现"), W("达成"),
};

static const gw_word treatment_verbs[] = {
	W("检查"), W("抽检"), W("抽查"), W("巡查"), W("排查"), W("摸排"), W("核查"), W("核实"), W("督查"), W("暗访"),
	W("帮扶"), W("救助"), W("资助"), W("扶持"), W("拆除"), W("关停"), W("取缔"), W("撤销"),
	W("注销"), W("吊销"), W("淘汰"), W("关闭"), W("清退"), W("清查"), W("清除"), W("处置"), W("处理"),
	W("化解"), W("调处"), W("调解"), W("移送"), W("移交"), W("转办"), W("交办"), W("约谈"), W("通报"), W("问责"),
	W("查处"), W("查获"), W("查实"), W("追回"), W("挽回"), W("追缴"), W("收缴"), W("追发"), W("补发"),
	W("减免"), W("退还"), W("返还"), W("责令"), W("限期"), W("整合"), W("修复"), W("维修"), W("修缮"), W("铺设"),
	W("敷设"), W("架设"), W("埋设"), W("选派"), W("派出"), W("派驻"), W("抽调"), W("推荐"), W("招聘"), W("招募"),
	W("录用"), W("聘用"), W("培养"), W("学习"), W("考察"), W("调研"), W("储备"), W("监测"), W("检测"),
	W("评估"), W("评审"), W("验收"), W("批准"), W("批复"),
};

/* Verbs that usually name an activity inside a noun phrase (项目建设难题,
 * 政务服务事项): they never end a phrase before the object. */
static const gw_word nominal_verbs[] = {
	W("建设"), W("服务"), W("管理"), W("发展"), W("改革"), W("保障"), W("治理"),
};

/* Bound noun suffixes: a verb written straight before one is the first half
 * of a noun (建成区, 上年度, 完成率, 管理局, 办理量, 处理厂, 监测站, 调解室),
 * never the clause's verb … */
static const gw_word noun_suffixes[] = {
	W("率"), W("度"), W("区"), W("局"), W("者"), W("员"), W("量"), W("额"), W("厅"), W("厂"), W("站"),
	W("室"), W("机关"), W("部门"), W("单位"), W("中心"), W("机构"), W("人员"), W("平台"), W("系统"),
};

/* … except in words that begin with one of them: 区级, 区域, 度假, 局面, 员工. */
static const gw_word suffix_free[] = {
	W("区级"), W("区域"), W("区县"), W("区内"), W("区属"), W("区直"), W("度假"), W("局面"), W("员工"), W("量化"),
	W("额度"), W("率先"),
};

/* 通过“一卡通”, 依托“互联网+”: prepositions of means. */
static const gw_word instruments[] = {W("通过"), W("依托"), W("利用"), W("借助"), W("运用")};

/* 通过政府购买服务方式引进…: nouns of means that end the object of an
 * instrument preposition. */
static const gw_word means[] = {
	W("方式"), W("机制"), W("平台"), W("渠道"), W("模式"), W("形式"), W("途径"), W("手段"), W("系统"), W("载体"),
	W("网络"), W("工程"), W("项目"), W("活动"), W("行动"),
};

/* Words that begin with a connective's character but are nouns or verbs
 * themselves (对口就业率, 为民服务, 和谐): their first character stays. */
static const gw_word lead_words[] = {
	W("对口"), W("对外"), W("对接"), W("对象"), W("对标"), W("对比"), W("对照"), W("对应"), W("为民服务"), W("为民办"),
	W("为老服务"), W("为农服务"), W("和谐"), W("和美"), W("及时"), W("并网"), W("并购"), W("均衡"),
};

/* 在2023年省运会上, 在专项行动中: where a frame of place or occasion ends. */
static const gw_word frame_ends[] = {W("上"), W("中"), W("期间"), W("过程中"), W("方面")};

/* Prepositions and co-verbs that open a phrase naming a partner, a source,
 * a place, a means or a beneficiary before the clause's verb: 与…签订,
 * 从…中聘请, 联合…开展, 向…移送, 在…推行, 赴…学习, 依托…为…. */
static const gw_word prepositions[] = {
	W("与"), W("同"), W("跟"), W("向"), W("从"), W("对"), W("在"), W("赴"), W("到"), W("为"), W("给"),
	W("替"), W("由"), W("联合"), W("会同"), W("协同"), W("配合"), W("依托"), W("借助"), W("利用"), W("通过"),
	W("运用"), W("针对"), W("围绕"), W("面向"),
};

/* Who acts, at the front of a clause: 我, 相关单位, 分管领导 … (a head noun
 * of an institution or an official). */
static const gw_word agent_heads[] = {
	W("单位"), W("部门"), W("机关"), W("领导"), W("干部"), W("班子"), W("党组"), W("党委"), W("支部"), W("同志"),
	W("职工"), W("党员"), W("我"), W("本人"), W("我们"), W("各地"), W("各级"), W("局长"), W("处长"), W("科长"),
	W("校长"), W("院长"), W("组长"), W("县长"), W("市长"), W("镇长"), W("站长"), W("所长"), W("队长"), W("书记"),
	W("主任"), W("负责人"), W("集团"), W("公司"),
};

/* Adverbs between an agent and its verb: 相关单位共制定, 我已…. */
static const gw_word agent_adverbs[] = {
	W("共"), W("均"), W("都"), W("已"), W("还"), W("也"), W("先后"), W("累计"), W("分别"), W("带头"),
};

/* Words ending the name of who acts (机关, 市级, 县区 …). */
static const gw_word actor_ends[] = {
	W("机关"), W("部门"), W("大队"), W("队伍"), W("市级"), W("县级"), W("区级"), W("县区"), W("市"), W("县"), W("区"), W("镇"),
	W("乡"), W("街道"), W("社区"), W("村"), W("单位"), W("系统"), W("局"), W("委"), W("中心"), W("学校"),
	W("医院"), W("公司"), W("企业"), W("支部"), W("党组"), W("我们"), W("我局"), W("我委"), W("工程"), W("项目"),
	W("人才"), W("群众"), W("居民"), W("农户"), W("学生"), W("老人"), W("民警"), W("职工"),
};

/* Verbs that make someone else act (引导企业投入, 推动部门建立). */
static const gw_word causatives[] = {
	W("引导"), W("推动"), W("组织"), W("督促"), W("带动"), W("动员"), W("鼓励"), W("指导"), W("帮助"), W("协助"),
	W("促进"), W("要求"), W("支持"),
};

/* 推动物业企业成立党组织: what the causee sets up is its own. */
static const gw_word establishing[] = {W("设立"), W("成立"), W("组建"), W("建立"), W("建成"), W("新建")};

/* 安置到事业单位的比例: a verb with its complement names the measure. */
static const gw_word complements[] = {W("到"), W("至"), W("于"), W("在"), W("给"), W("成"), W("出")};

/* Head nouns a verb modifies inside a noun phrase: 污水处理设施,
 * 应急供应网点, 垃圾转运车辆. */
static const gw_word noun_heads[] = {
	W("设施"), W("设备"), W("场所"), W("项目"), W("工程"), W("能力"), W("资金"), W("任务"), W("事项"), W("对象"),
	W("人员"), W("企业"), W("机制"), W("体系"), W("制度"), W("标准"), W("方案"), W("计划"), W("站点"), W("网点"),
	W("车辆"), W("用房"), W("用地"), W("面积"), W("规模"), W("费用"), W("经费"), W("补贴"), W("基地"), W("园区"),
	W("场地"), W("队伍"), W("窗口"),
};

/* 在建, 在册, 在岗: a state, not the preposition 在. */
static const gw_word states[] = {
	W("在建"), W("在册"), W("在岗"), W("在校"), W("在园"), W("在职"), W("在编"), W("在线"), W("在库"), W("在役"),
	W("在押"), W("在营"), W("在售"), W("在读"), W("在用"), W("在运"),
};

/* 等 inside a word (等候, 等级, 平等, 同等) is no list end: the character
 * after it … */
static const gw_word etc_afters[] = {
	W("候"), W("待"), W("级"), W("次"), W("同"), W("于"), W("额"), W("量"),
};
/* … or before it. */
static const gw_word etc_befores[] = {
	W("平"), W("同"), W("中"), W("高"), W("初"), W("对"), W("均"), W("相"), W("优"),
};

/* 为 ends a label only as a copula, not inside 行为/作为/成为 … */
static const gw_word copula_words[] = {
	W("行为"), W("作为"), W("成为"), W("认为"), W("因为"), W("称为"), W("视为"), W("以为"), W("更为"), W("较为"),
	W("最为"), W("极为"), W("列为"), W("评为"),
};

/* Verbs that are nouns too at a noun's end (党组织, 年度计划, 工作部署). */
static const gw_word verb_nouns[] = {
	W("组织"), W("计划"), W("规划"), W("安排"), W("部署"), W("决定"), W("设计"), W("投资"), W("编制"), W("体系"),
	W("机制"),
};

/* 新建、改扩建, 新建和改造: a verb coordinated with another stays with it. */
static const gw_word coordinators[] = {W("、"), W("和"), W("及"), W("并")};

/* 为引进人才发放补贴, 给企业减负: whom it is for, before the verb. */
static const gw_word for_whom[] = {W("为"), W("给")};

/* 在主城区12条主干道, 到挂点的3个村: a place (where, or where to go). */
static const gw_word place_preps[] = {W("在"), W("到"), W("赴")};

/* ---- topics (label_topic.c) --------------------------------------------- */

/* 灾后重建截至2022年底: a lead topic ends before them; read in order, each
 * cutting what the one before left. */
static const gw_word topic_stops[] = {
	W("截至"), W("截止"), W("以来"), W("期间"), W("方面"),
	/* 制造业仍是税收收入的主要来源，实现税收…: the subject of a copula */
	W("仍是"), W("依然是"), W("始终是"), W("仍然是"),
};

/* 向上级输送优秀运动苗子 + 输送率: a topic opening with one of them names
 * its object after the verb. */
static const gw_word topic_preps[] = {W("向"), W("对"), W("为"), W("给"), W("从"), W("在"), W("与")};

/* 总支出, 日处理能力: modifiers before an attribute. */
static const gw_word attr_mods[] = {
	W("总"), W("日"), W("年"), W("月"), W("累计"), W("办理"), W("成交"), W("实际"), W("平均"), W("人均"),
	W("户均"), W("日均"), W("年均"), W("当年"), W("全年"), W("登记"), W("审批"), W("办结"), W("处理"), W("响应"),
	W("等候"), W("采集"),
};

/* 占年度计划的108%, 增速高于城镇居民1.8个百分点: said of the thing before. */
static const gw_word of_before[] = {
	W("占"), W("增速"), W("增幅"), W("高于"), W("低于"), W("快于"), W("慢于"), W("超出"), W("超过"), W("比全省"),
	W("比全国"), W("较全省"),
};

/* 惠及群众, 支持项目, 入驻实体: what the figure before did. */
static const gw_word done_by_before[] = {
	W("惠及"), W("支持"), W("涉及"), W("入驻"), W("受益"), W("吸纳"), W("覆盖"),
};

/* 移送问题线索6件，涉及人员11人: effects, of the thing the topic names. */
static const gw_word effects[] = {W("涉及"), W("惠及"), W("覆盖"), W("受益")};

/* 重建开工, 维修加固竣工: a topic naming a stage, parallel to the next one. */
static const gw_word stage_ends[] = {W("开工"), W("竣工"), W("完工"), W("完成"), W("建成"), W("开工建设")};

/* ---- 分别 lists (label_lists.c) ----------------------------------------- */

/* 市、县城区污水处理率 → 市 | 县城区污水处理率. */
static const gw_word list_seps[] = {W("、"), W("和"), W("及"), W("与"), W("以及")};

/* What may stand between two members of a list (nothing may, too). */
static const gw_word list_gaps[] = {W("、"), W("和"), W("与"), W("及"), W("以及"), W("，")};

/* A list part already naming a measure (巩固率, 总产量, 人数) ends with one. */
static const gw_word measure_heads[] = {
	W("率"), W("量"), W("额"), W("数"), W("度"), W("比例"), W("值"), W("比重"), W("价"), W("费"),
};

/* 最低生活保障标准城市、农村: a head written before its items names a measure. */
static const gw_word head_measures[] = {W("标准"), W("收入"), W("支出"), W("水平"), W("面积"), W("人数")};

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
	W("共计"), W("合计"), W("总计"), W("预计"), W("力争"), W("确保"), W("计划"), W("共"), W("有"),
};

/* 由平均86天, 从每件12天: "from" of a from … to … predicate … */
static const gw_word froms[] = {W("由"), W("从")};
/* … unless a word holds it: 由于, 从业, 从事 … */
static const gw_word from_afters[] = {W("于"), W("业"), W("事"), W("此"), W("来"), W("衷")};
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

/* 专业技术人员仅占35%: adverbs before a share's 占. */
static const gw_word share_advs[] = {W("仅"), W("只"), W("约"), W("已"), W("均"), W("共")};

/* 占年度计划的108%: a plan or a target, whose share is how far it is done. */
static const gw_word plans[] = {W("计划"), W("目标"), W("任务"), W("预算"), W("指标")};

/* 资金已拨付85%: "already" before the verb of a done share. */
/* 2人被评为先进个人: a title conferred, the verb dropped like 被. */
static const gw_word conferred[] = {W("评为"), W("授予")};

/* 比2020年末, 较上年: a comparison base opens with one. */
static const gw_word thans[] = {W("比"), W("较")};

static const gw_word done_advs[] = {W("已经"), W("已")};

/* ---- the outline (outline.c, unwrap.c, markers.c) ------------------------- */

/* A line holding one is a sentence, not a title, heading or name. */
static const gw_word sentence_marks[] = {W("。"), W("！"), W("？"), W("；")};

/* No title, name or running header holds one. */
static const gw_word clause_marks[] = {W("，"), W("。"), W("；"), W("："), W("！"), W("？"), W("、")};
static const gw_word ascii_clause_marks[] = {W(","), W(";"), W(":"), W("!"), W("?")};

static const gw_word colons[] = {W("："), W(":")};

/* ——在全市工作会议上的讲话 */
static const gw_word dashes[] = {W("——"), W("—"), W("--")};

/* 尊敬的各位领导： / 各位代表： (各位 also counts anywhere, as an audience). */
static const gw_word salutation_opens[] = {W("尊敬的"), W("各位")};

/* Anywhere in a short line ending in ：, these make it a salutation. */
static const gw_word audiences[] = {
	W("领导"), W("同志"), W("代表"), W("委员"), W("各位"), W("朋友"), W("老师"), W("来宾"), W("专家"), W("主任"),
	W("组长"), W("书记"), W("同事"), W("女士"), W("先生"), W("同仁"),
};

/* 同志们：, 各位领导：: how a salutation line of a wrapped text ends
 * (unwrap.c never joins it to the line before). */
static const gw_word addressed[] = {W("同志们"), W("领导"), W("代表"), W("委员"), W("执委")};

/* 区直各单位, 各有关部门: a collective addressee needs both (a sentence
 * merely ending in 部门 is not one). */
static const gw_word collective_bodies[] = {W("单位"), W("部门")};
static const gw_word collective_marks[] = {W("各"), W("有关"), W("直属")};

/* How an organisation's name ends: a signature line, a 主送 addressee. */
static const gw_word org_suffixes[] = {
	W("局"), W("委"), W("委员会"), W("办公室"), W("办事处"), W("政府"), W("中心"), W("院"), W("厅"), W("部"),
	W("公司"), W("党组"), W("党委"), W("党工委"), W("支部"), W("小组"), W("班子"), W("站"), W("所"), W("队"),
	W("处"), W("科"), W("会"), W("集团"), W("学校"), W("医院"), W("街道"), W("社区"), W("指挥部"), W("镇"),
	W("乡"),
};

/* Closing formulas: 谢谢！, 特此报告。 open the line; 汇报完毕 and the
 * requests may stand anywhere in it (以上是我的述职，请予评议). */
static const gw_word closing_opens[] = {W("谢谢"), W("特此报告"), W("特此汇报")};
static const gw_word closing_done[] = {W("汇报完毕"), W("报告完毕"), W("述职完毕"), W("发言完毕")};
static const gw_word closing_asks[] = {
	W("请予审议"), W("请审议"), W("批评指正"), W("请指正"), W("予以指正"), W("请予评议"), W("谢谢大家"),
};
/* 以上报告…, 以上是我的述职…: 以上 opens a closing only with a report word. */
static const gw_word closing_leads[] = {W("以上")};
static const gw_word report_words[] = {W("汇报"), W("报告"), W("述职"), W("发言")};

static const gw_word attachment_labels[] = {W("附件："), W("附件:")};

/* Word's built-in title style, by its English and Chinese names. */
static const gw_word title_styles[] = {W("Title"), W("标题")};

/* 首先，… 其次，…: a series of points in order (markers.c). */
static const gw_word order_words[] = {W("首先"), W("其次"), W("再次"), W("最后")};

/* 500万元以上项目286个, 10万元以上的村: a figure bounding a class of things
 * names the class; the count after it is the indicator (indicators.c). */
static const gw_word class_bounds[] = {W("以上"), W("以下"), W("及以上"), W("及以下")};
/* 产值超10亿元的建筑企业2家, 使用年限超过15年的有39台: a bound written before
 * the figure names the class when 的 and a count of it follow (indicators.c). */
static const gw_word class_befores[] = {W("超"), W("超过"), W("高于"), W("低于"), W("不足"), W("不到"),
					W("大于"), W("小于")};
/* 排名后3位的乡镇, 前5名: a place in a ranking, an ordinal like 第3位. */
static const gw_word rank_befores[] = {W("前"), W("后")};
static const gw_word rank_units[] = {W("名"), W("位")};
/* 视频监控6,420路 counts channels, 开通201路、202路公交 names bus routes. */
static const gw_word channel_units[] = {W("路")};
/* 平均年龄56.4岁 is measured; 60岁以上老人, 35岁以下41人 name which people. */
static const gw_word age_units[] = {W("岁"), W("周岁")};
static const gw_word signals[] = {W("视频"), W("监控"), W("摄像"), W("信号"), W("音频"), W("直播"), W("画面")};

/* 24小时值班, 24小时自助办税: round-the-clock hours name a kind of service. */
/* 税费收入可达, 8个项目未按期开工: adverbs and modals that name nothing,
 * dropped from a label's end when the segmenter finds them a word of
 * their own (label_words.c); 承担着下游, 于2027年实施…: particles and
 * prepositions dropped from its start. */
static const gw_word dangling_ends[] = {
	W("可"), W("未"), W("仍"), W("均"), W("已"), W("将"), W("将于"), W("于"), W("在"), W("仅剩"), W("仍有"),
	W("尚"), W("尚有"), W("常年"),
	/* 定点零售药店有183家, 专职人员平均1.5人, 比例预计可提高到88%,
	 * 卫生材料降为18.6元: a verb or adverb left before the number */
	W("有"), W("平均"), W("预计"), W("降"),
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

static const gw_word round_clocks[] = {W("24小时"), W("２４小时"), W("7×24小时"), W("7*24小时")};

/* Chinese numerals of a count restating a list (市、县两级: 2). */
const gw_numeral gw_small_numerals[] = {
	{"两", 2}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10},
};
const size_t gw_small_numerals_n = N_OF(gw_small_numerals);

const char gw_ordinal_digits[] = "一二三四五六七八九十";

static const struct lex_list lists[GW_LEX_LABEL_FIRST_] = {
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
	[GW_LEX_SEASON] = LIST(seasons),
	[GW_LEX_PLAN_POINT] = LIST(plan_points),
	[GW_LEX_DATE_UNIT] = LIST(date_units),
	[GW_LEX_DATE_AFTER] = LIST(date_afters),
	[GW_LEX_PLACE_COUNT] = LIST(place_counts),
	[GW_LEX_PERIOD] = LIST(periods),
	[GW_LEX_RESULT_VERB] = LIST(result_verbs),
	[GW_LEX_TREATMENT_VERB] = LIST(treatment_verbs),
	[GW_LEX_NOMINAL_VERB] = LIST(nominal_verbs),
	[GW_LEX_NOUN_SUFFIX] = LIST(noun_suffixes),
	[GW_LEX_SUFFIX_FREE] = LIST(suffix_free),
	[GW_LEX_INSTRUMENT] = LIST(instruments),
	[GW_LEX_MEANS] = LIST(means),
	[GW_LEX_LEAD_WORD] = LIST(lead_words),
	[GW_LEX_FRAME_END] = LIST(frame_ends),
	[GW_LEX_PREPOSITION] = LIST(prepositions),
	[GW_LEX_AGENT_HEAD] = LIST(agent_heads),
	[GW_LEX_AGENT_ADVERB] = LIST(agent_adverbs),
	[GW_LEX_ACTOR_END] = LIST(actor_ends),
	[GW_LEX_CAUSATIVE] = LIST(causatives),
	[GW_LEX_ESTABLISH] = LIST(establishing),
	[GW_LEX_COMPLEMENT] = LIST(complements),
	[GW_LEX_NOUN_HEAD] = LIST(noun_heads),
	[GW_LEX_STATE] = LIST(states),
	[GW_LEX_ETC_AFTER] = LIST(etc_afters),
	[GW_LEX_ETC_BEFORE] = LIST(etc_befores),
	[GW_LEX_COPULA_WORD] = LIST(copula_words),
	[GW_LEX_VERB_NOUN] = LIST(verb_nouns),
	[GW_LEX_COORDINATOR] = LIST(coordinators),
	[GW_LEX_FOR_WHOM] = LIST(for_whom),
	[GW_LEX_PLACE_PREP] = LIST(place_preps),
	[GW_LEX_TOPIC_STOP] = LIST(topic_stops),
	[GW_LEX_TOPIC_PREP] = LIST(topic_preps),
	[GW_LEX_ATTR_MOD] = LIST(attr_mods),
	[GW_LEX_OF_BEFORE] = LIST(of_before),
	[GW_LEX_DONE_BY_BEFORE] = LIST(done_by_before),
	[GW_LEX_EFFECT] = LIST(effects),
	[GW_LEX_STAGE_END] = LIST(stage_ends),
	[GW_LEX_LIST_SEP] = LIST(list_seps),
	[GW_LEX_LIST_GAP] = LIST(list_gaps),
	[GW_LEX_MEASURE_HEAD] = LIST(measure_heads),
	[GW_LEX_HEAD_MEASURE] = LIST(head_measures),
	[GW_LEX_PUNCT] = LIST(punct),
	[GW_LEX_EXTENT] = LIST(extents),
	[GW_LEX_PER_UNIT] = LIST(per_units),
	[GW_LEX_GLUE] = LIST(glues),
	[GW_LEX_SCOPE_VERB] = LIST(scope_verbs),
	[GW_LEX_LEVEL_VERB] = LIST(level_verbs),
	[GW_LEX_EMPTY_VERB] = LIST(empty_verbs),
	[GW_LEX_FROM] = LIST(froms),
	[GW_LEX_FROM_AFTER] = LIST(from_afters),
	[GW_LEX_FROM_BEFORE] = LIST(from_befores),
	[GW_LEX_EARLIER] = LIST(earlier),
	[GW_LEX_VERBAL_MEASURE] = LIST(verbal_measures),
	[GW_LEX_PARTNER_END] = LIST(partner_ends),
	[GW_LEX_DETERMINER] = LIST(determiners),
	[GW_LEX_TO_GLUED] = LIST(to_glued),
	[GW_LEX_SHARE_ADV] = LIST(share_advs),
	[GW_LEX_PLAN] = LIST(plans),
	[GW_LEX_DONE_ADV] = LIST(done_advs),
	[GW_LEX_CONFERRED] = LIST(conferred),
	[GW_LEX_THAN] = LIST(thans),
	[GW_LEX_SENTENCE_MARK] = LIST(sentence_marks),
	[GW_LEX_CLAUSE_MARK] = LIST(clause_marks),
	[GW_LEX_ASCII_CLAUSE_MARK] = LIST(ascii_clause_marks),
	[GW_LEX_COLON] = LIST(colons),
	[GW_LEX_DASH] = LIST(dashes),
	[GW_LEX_SALUTATION_OPEN] = LIST(salutation_opens),
	[GW_LEX_AUDIENCE] = LIST(audiences),
	[GW_LEX_ADDRESSED] = LIST(addressed),
	[GW_LEX_COLLECTIVE_BODY] = LIST(collective_bodies),
	[GW_LEX_COLLECTIVE_MARK] = LIST(collective_marks),
	[GW_LEX_ORG_SUFFIX] = LIST(org_suffixes),
	[GW_LEX_CLOSING_OPEN] = LIST(closing_opens),
	[GW_LEX_CLOSING_DONE] = LIST(closing_done),
	[GW_LEX_CLOSING_ASK] = LIST(closing_asks),
	[GW_LEX_CLOSING_LEAD] = LIST(closing_leads),
	[GW_LEX_REPORT_WORD] = LIST(report_words),
	[GW_LEX_ATTACHMENT_LABEL] = LIST(attachment_labels),
	[GW_LEX_TITLE_STYLE] = LIST(title_styles),
	[GW_LEX_ORDER_WORD] = LIST(order_words),
	[GW_LEX_CLASS_BOUND] = LIST(class_bounds),
	[GW_LEX_ROUND_CLOCK] = LIST(round_clocks),
	[GW_LEX_CLASS_BEFORE] = LIST(class_befores),
	[GW_LEX_RANK_BEFORE] = LIST(rank_befores),
	[GW_LEX_RANK_UNIT] = LIST(rank_units),
	[GW_LEX_CHANNEL_UNIT] = LIST(channel_units),
	[GW_LEX_AGE_UNIT] = LIST(age_units),
	[GW_LEX_SIGNAL] = LIST(signals),
	[GW_LEX_OTHERS_GAIN] = LIST(others_gains),
	[GW_LEX_NOW] = LIST(nows),
	[GW_LEX_NEGATION] = LIST(negations),
	[GW_LEX_LEVEL_MOVE] = LIST(level_moves),
	[GW_LEX_TIME_TAKEN] = LIST(times_taken),
	[GW_LEX_VIEW_OPEN] = LIST(view_opens),
	[GW_LEX_NUMERAL] = LIST(numerals),
	[GW_LEX_DANGLING_END] = LIST(dangling_ends),
	[GW_LEX_DANGLING_START] = LIST(dangling_starts),
};
_Static_assert(N_OF(lists) == GW_LEX_LABEL_FIRST_, "every gw_lex before the label lists has its list");

const gw_word *gw_lex_words(gw_lex l, size_t *n)
{
	if (l >= GW_LEX_LABEL_FIRST_)
		return gw_lex_label_words(l, n);
	*n = lists[l].n;
	return lists[l].words;
}
