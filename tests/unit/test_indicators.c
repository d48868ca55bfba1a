/*
 * test_indicators.c — indicator extraction (converter/read/indicators.c),
 * one paragraph at a time.
 *
 * Table-driven cases: one paragraph in, the expected indicators out (value
 * text, unit, label, kind, change, qualifier), including the tricky
 * negatives (dates, ordinals, document numbers, phone numbers, Chinese
 * numerals, bare numbers) that must give nothing; and the shape of labels
 * of long subjects.  Whole reports (fields, run-in headings, the corpus
 * of tests/indicators/) are tested in test_indicators_reports.c.
 */
#include <stdio.h>
#include <string.h>

#include "indicators_fixture.h"

/* ---- 1. table-driven cases --------------------------------------------- */

struct expect {
	const char *text, *unit, *label, *kind, *change, *qualifier;
};

struct icase {
	const char *para;
	struct expect want[6];   /* ends at text == NULL */
};

static const struct icase cases[] = {
	/* negatives: nothing is an indicator here */
	{"2022年9月底前，按照〔2023〕5号文件第5条，在“十四五”期间推广4G和5G网络。", {{0}}},
	{"服务热线0931-8123456全天开通，9:30开始受理，系数0.47，结构比为6.2:38.1:55.7。", {{0}}},
	{"尊敬的**组长，全市9县区3A级景区在5号楼召开三会一课，完成了三项任务。", {{0}}},
	{"1-10月，全市规模以上企业运行平稳，2023-2025年规划编制完成。", {{0}}},
	{"中共***市委印发《***市实施方案》，****人大代表建议全部办结。", {{0}}},
	/* names and conditions: a voltage class, a cohort, a figure before 时 */
	{"新建110千伏变电站2座，2026届毕业生就业人数达到860人，日均办件超过300件时系统响应变慢。",
	 {{"2", "座", "新建110千伏变电站", "数量", "", ""}, {"860", "人", "2026届毕业生就业人数", "数量", "", ""}}},
	{"全年火化遗体1,820具，其中一级文物9件（套）。",
	 {{"1,820", "具", "火化遗体", "数量", "", ""}, {"9", "件", "一级文物", "数量", "", ""}}},
	/* an average after a count starts the next figure, and its 增收 is a
	 * change; 带动 stays with whom it drew in (heldout16's tester) */
	{"带动脱贫户860户户均增收2,400元。",
	 {{"860", "户", "带动脱贫户", "数量", "", ""}, {"2,400", "元", "脱贫户户均增收", "金额", "+", ""}}},
	/* spoken: 提到了 is 提高到 */
	{"高峰时段接通率从上年的78%提到了91.5%。",
	 {{"78", "%", "高峰时段接通率", "比率", "", ""}, {"91.5", "%", "高峰时段接通率", "比率", "", ""}}},
	/* spoken: 大概 is 约 */
	{"全县社会组织从业人员大概1.1万人。", {{"1.1", "万人", "社会组织从业人员", "数量", "", "大概"}}},
	/* a figure inside a title in 《》 is part of its name */
	{"编印《青河年鉴（2026）》1部、《**年鉴》2部。",
	 {{"1", "部", "编印《青河年鉴（2026）》", "数量", "", ""}, {"2", "部", "编印《**年鉴》", "数量", "", ""}}},
	/* 个 before 和 and a figure in 个百分点 is in 个百分点 */
	{"两项指标分别较上年提高1.2个和0.9个百分点。",
	 {{"1.2", "个百分点", "两项指标较上年提高", "比率", "+", ""}, {"0.9", "个百分点", "两项指标较上年提高", "比率", "+", ""}}},
	/* 多/少 after an earlier period's comparison base is a change; 约为, 约有
	 * and 约占 qualify the number after them */
	{"参训学生2,860人，较上年多260人。", {{"2,860", "人", "参训学生", "数量", "", ""},
					    {"260", "人", "参训学生较上年多", "数量", "+", ""}}},
	{"新增存款较上年同期少9.6亿元。", {{"9.6", "亿元", "新增存款较上年同期少", "金额", "-", ""}}},
	{"公证知晓率约为61%，每月约有600人次重复检查。",
	 {{"61", "%", "公证知晓率", "比率", "", "约"}, {"600", "人次", "重复检查", "数量", "", "约"}}},
	/* an age bound after a count, and 满 before a figure with 的 and a count
	 * after it, name a class: no indicator */
	{"乡镇冷藏柜有27台使用超过8年。", {{"27", "台", "使用超过8年的乡镇冷藏柜", "数量", "", ""}}},
	{"全县污水提升泵站有4座运行超过15年。", {{"4", "座", "运行超过15年的污水提升泵站", "数量", "", ""}}},
	{"执法记录仪有11台使用不足2年。", {{"11", "台", "使用不足2年的执法记录仪", "数量", "", ""}}},
	/* the period is the indicator's own field: the label does not open
	 * with it, nor with the verb a rule cuts at a front */
	{"国庆假期接待游客98.6万人次，同比增长21%。",
	 {{"98.6", "万人次", "接待游客", "数量", "", ""}, {"21", "%", "接待游客同比增长", "比率", "+", ""}}},
	{"中秋、国庆期间开展“计量惠民”活动5场。", {{"5", "场", "“计量惠民”活动", "数量", "", ""}}},
	/* 多/少 after 比 + an earlier time is a change, whatever the time */
	{"辖区实有市场主体9,860户，比上年末多612户。",
	 {{"9,860", "户", "实有市场主体", "数量", "", ""}, {"612", "户", "实有市场主体比上年末多", "数量", "+", ""}}},
	/* a grade (5000吨级) names a class of berths: no figure of its own */
	{"新建5000吨级泊位4个。", {{"4", "个", "新建5000吨级泊位", "数量", "", ""}}},
	{"对入库满5年的126份资源开展活力检测。", {{"126", "份", "入库满5年的资源", "数量", "", ""}}},
	/* 降幅为 is the size of a decline; (去年是…) is the earlier level, as （上年为…） */
	{"化学需氧量削减量降幅为14.3%。", {{"14.3", "%", "化学需氧量削减量降幅", "比率", "-", ""}}},
	{"群众满意率96.5%(去年是93.2%)。",
	 {{"96.5", "%", "群众满意率", "比率", "", ""}, {"93.2", "%", "群众满意率", "比率", "", ""}}},
	/* an age bound with 的 before a count, 满 + a span + 的 + a noun: classes */
	{"年龄在50岁以上的中医师41名。", {{"41", "名", "50岁以上的中医师", "数量", "", ""}}},
	{"对在岗满1年的新入职人员全部完成规范化培训。", {{0}}},
	/* basics */
	{"完成投资4.97亿元。", {{"4.97", "亿元", "完成投资", "金额", "", ""}}},
	{"累计建成公租房7104套。", {{"7104", "套", "公租房", "数量", "", ""}}},
	{"对列入名录的18个村落实施挂牌保护。",
	 {{"18", "个", "列入名录的村落", "数量", "", ""}}},
	{"机关设立2个党小组。", {{"2", "个", "机关党小组", "数量", "", ""}}},
	{"全年接待游客１，２００万人次，旅游收入1,350.5万元。",
	 {{"１，２００", "万人次", "接待游客", "数量", "", ""}, {"1,350.5", "万元", "旅游收入", "金额", "", ""}}},
	/* change and level */
	{"公路货运量同比增长7.6%，城镇化率提高到61.2%。",
	 {{"7.6", "%", "公路货运量同比增长", "比率", "+", ""}, {"61.2", "%", "城镇化率", "比率", "", ""}}},
	{"审批时间压缩30%，单位能耗比上年下降1.4个百分点。",
	 {{"30", "%", "审批时间压缩", "比率", "-", ""},
	  {"1.4", "个百分点", "单位能耗比上年下降", "比率", "-", ""}}},
	{"完成房地产开发投资12亿元、同比增长5%。",
	 {{"12", "亿元", "房地产开发投资", "金额", "", ""},
	  {"5", "%", "房地产开发投资同比增长", "比率", "+", ""}}},
	/* qualifiers */
	{"带动就业2.3万多人，发放补贴约300万元，培训超过500人次，建成绿道20公里以上。",
	 {{"2.3", "万人", "带动就业", "数量", "", "多"}, {"300", "万元", "发放补贴", "金额", "", "约"},
	  {"500", "人次", "培训", "数量", "", "超过"}, {"20", "公里", "建成绿道", "计量", "", "以上"}}},
	{"全市规模以上工业企业达到126家。", {{"126", "家", "规模以上工业企业", "数量", "", ""}}},
	/* masks, 分别, ranges */
	{"市、县城区污水处理率分别达到**％、**％以上。",
	 {{"**", "%", "市城区污水处理率", "比率", "", ""}, {"**", "%", "县城区污水处理率", "比率", "", "以上"}}},
	{"城市、农村居民人均可支配收入分别增长6.1%和7.3%。",
	 {{"6.1", "%", "城市居民人均可支配收入增长", "比率", "+", ""},
	  {"7.3", "%", "农村居民人均可支配收入增长", "比率", "+", ""}}},
	/* a number inside a quoted name is no quantity */
	{"落实校园安全“四个100%”要求，开展“1+N”帮扶活动12次。",
	 {{"12", "次", "“1+N”帮扶活动", "数量", "", ""}}},
	/* 分别 after the figures themselves */
	{"全年接待游客3860万人次、实现旅游收入362亿元，分别增长46.2%和51.8%。",
	 {{"3860", "万人次", "接待游客", "数量", "", ""}, {"362", "亿元", "旅游收入", "金额", "", ""},
	  {"46.2", "%", "接待游客增长", "比率", "+", ""}, {"51.8", "%", "旅游收入增长", "比率", "+", ""}}},
	/* 对口 is a word, ① a marker, 仅为 glue; a comparison is said of the thing before */
	{"①毕业生对口就业率仅为81%，增速高于全省0.6个百分点。",
	 {{"81", "%", "毕业生对口就业率", "比率", "", ""},
	  {"0.6", "个百分点", "毕业生对口就业率增速高于全省", "比率", "", ""}}},
	/* regression (fuzz): a part length taken in bytes cut a character */
	{"市、A县城区污水处理率分别达到5％、6％。",
	 {{"5", "%", "市县城区污水处理率", "比率", "", ""}, {"6", "%", "A县城区污水处理率", "比率", "", ""}}},
	{"群众办事等候时间控制在20-30分钟，审批办结3～5天。",
	 {{"20", "分钟", "群众办事等候时间", "计量", "", ""}, {"30", "分钟", "群众办事等候时间", "计量", "", ""},
	  {"3", "天", "审批办结", "计量", "", ""}, {"5", "天", "审批办结", "计量", "", ""}}},
	/* a range written with the unit on both ends: the dash is no minus sign,
	 * the second end is labelled like the first (-, ～ and 至 alike) */
	{"学生近视检出率控制在8%-12%，候诊时长缩短为10分钟～15分钟。",
	 {{"8", "%", "学生近视检出率", "比率", "", ""}, {"12", "%", "学生近视检出率", "比率", "", ""},
	  {"10", "分钟", "候诊时长", "计量", "", ""}, {"15", "分钟", "候诊时长", "计量", "", ""}}},
	/* energy as standard coal is one unit (计量), per-unit too; 不足 before a
	 * figure after a count's noun is the figure's qualifier */
	{"机关能源消费总量0.82万吨标准煤，单位面积能耗9.6千克标准煤/平方米，3个站点年客流不足2万人次。",
	 {{"0.82", "万吨标准煤", "机关能源消费总量", "计量", "", ""},
	  {"9.6", "千克标准煤/平方米", "单位面积能耗", "计量", "", ""}, {"3", "个", "站点年客流", "数量", "", ""},
	  {"2", "万人次", "站点年客流", "数量", "", "不足"}}},
	/* newly known measure words: 枚 款 届; 4个体育馆 is 个 + 体育馆 */
	{"全年获得奖牌5枚，研发文创产品36款，建成4个体育馆。",
	 {{"5", "枚", "获得奖牌", "数量", "", ""}, {"36", "款", "研发文创产品", "数量", "", ""},
	  {"4", "个", "体育馆", "数量", "", ""}}},
	/* the noun after a measure word ends at an adverb of extent (全 既 每 …)
	 * or a predicate verb, and an empty verb before the number is no part of it */
	{"实现8个行政村全覆盖，完成6家医院既有病房改造，全市3个图书馆每周开放。",
	 {{"8", "个", "行政村", "数量", "", ""}, {"6", "家", "医院", "数量", "", ""},
	  {"3", "个", "图书馆", "数量", "", ""}}},
	/* a partner, place or examples before the number (与, 在, 等) are not what
	 * is counted; 服务 belongs to the noun; a short bracket names the same thing */
	{"区文化馆与5所小学共建美育基地，在9个社区全部设立服务点，对甲、乙等4个重点企业开展帮扶。",
	 {{"5", "所", "小学", "数量", "", ""}, {"9", "个", "社区", "数量", "", ""},
	  {"4", "个", "重点企业", "数量", "", ""}}},
	{"全县11个镇（街道）、1**个村（居）接入平台，17项政务服务事项实现掌上办。",
	 {{"11", "个", "镇（街道）", "数量", "", ""}, {"1**", "个", "村（居）", "数量", "", ""},
	  {"17", "项", "政务服务事项", "数量", "", ""}}},
	/* the speaker and modals (我们将力争), a frame (在…中) are no subject */
	{"我们将力争全市外贸进出口额达到80亿元，在市级评比中获得奖项5个。",
	 {{"80", "亿元", "外贸进出口额", "金额", "", ""}, {"5", "个", "获得奖项", "数量", "", ""}}},
	/* 降价 is a decrease; 新增 after a comparison base is an increase */
	{"集中采购药品平均降价46%。全市托育机构达到42家，比上年新增6家。",
	 {{"46", "%", "集中采购药品平均降价", "比率", "-", ""}, {"42", "家", "托育机构", "数量", "", ""},
	  {"6", "家", "托育机构比上年新增", "数量", "+", ""}}},
	/* whom something went to (向…) is no part of the label, nor of its rate */
	{"向省队输送优秀队员9名，输送率15.2%。",
	 {{"9", "名", "输送优秀队员", "数量", "", ""}, {"15.2", "%", "优秀队员输送率", "比率", "", ""}}},
	/* an attribute (封顶线) is no topic for an effect (惠及群众) */
	{"大病保险封顶线提高到30万元，全年惠及群众2.1万人次。",
	 {{"30", "万元", "大病保险封顶线", "金额", "", ""}, {"2.1", "万人次", "大病保险惠及群众", "数量", "", ""}}},
	/* a count named only by an action (已整改, 其中办结) counts the object of
	 * the count before it; its rate is the object's */
	{"全年排查安全隐患320处，已整改305处，整改率95.3%。",
	 {{"320", "处", "排查安全隐患", "数量", "", ""}, {"305", "处", "已整改安全隐患", "数量", "", ""},
	  {"95.3", "%", "安全隐患整改率", "比率", "", ""}}},
	{"受理群众投诉860件，其中办结812件、转办48件。",
	 {{"860", "件", "受理群众投诉", "数量", "", ""}, {"812", "件", "办结群众投诉", "数量", "", ""},
	  {"48", "件", "转办群众投诉", "数量", "", ""}}},
	/* a "from the earlier level" phrase (由原计划的) ends the subject, and a
	 * change to a new level after a short subject adds nothing to it */
	{"工时由原定的40天缩短为28天。审批时限从过去的20个工作日压缩到5个工作日。",
	 {{"40", "天", "工时", "计量", "", ""}, {"28", "天", "工时", "计量", "", ""},
	  {"20", "个工作日", "审批时限", "计量", "", ""}, {"5", "个工作日", "审批时限", "计量", "", ""}}},
	/* 分别: the shared head starts after the last part's copy of the word the
	 * first part ends with (养老保险 … 养老保险参保率 → 参保率) */
	{"机关养老保险、企业职工养老保险参保率分别达到99%、97%。",
	 {{"99", "%", "机关养老保险参保率", "比率", "", ""}, {"97", "%", "企业职工养老保险参保率", "比率", "", ""}}},
	/* 次 after a named thing counts how often; before a verb it names the act */
	{"召开党组会议6次专题研究安全生产，先后2次召开推进会。",
	 {{"6", "次", "党组会议", "数量", "", ""}, {"2", "次", "召开推进会", "数量", "", ""}}},
	/* 每年 before the subject is a frequency, no part of it */
	{"全县8个体检中心每年免费体检2.6万人次。",
	 {{"8", "个", "体检中心", "数量", "", ""}, {"2.6", "万人次", "免费体检", "数量", "", ""}}},
	/* the object of an actor's action (部门收到投诉举报) is what a later action
	 * counts, across a change in between; the rate is the object's; the
	 * actor itself is no part of what is counted */
	{"市场监管部门收到投诉举报1,520件，同比增长12%，依法处理1,498件，办结率98.5%。",
	 {{"1,520", "件", "投诉举报", "数量", "", ""},
	  {"12", "%", "投诉举报同比增长", "比率", "+", ""},
	  {"1,498", "件", "处理投诉举报", "数量", "", ""}, {"98.5", "%", "投诉举报办结率", "比率", "", ""}}},
	/* a determiner may open the noun after a measure word */
	{"全年完成12个各类项目。", {{"12", "个", "各类项目", "数量", "", ""}}},
	/* 为 names whom it is for: it goes with its verb, what was given is
	 * the label (as assessors write it); as a topic, what was provided counts */
	{"为返乡创业青年发放贴息贷款2,300万元。为环卫工人办理大病保险，投入资金约95万元。",
	 {{"2,300", "万元", "贴息贷款", "金额", "", ""},
	  {"95", "万元", "大病保险投入资金", "金额", "", "约"}}},
	/* 在全市率先 is a frame; 组建 ends the noun; 改造提升 is work done, no change */
	{"在全省率先实现36项涉企事项“一网通办”，市中心医院与6家乡镇卫生院组建医联体。",
	 {{"36", "项", "涉企事项", "数量", "", ""}, {"6", "家", "乡镇卫生院", "数量", "", ""}}},
	/* a holiday's length is part of its name, no figure (春运40天) */
	/* an average written after its thing goes before it (not 人均) */
	{"档案修复经费年均8万元，就餐学生日均680人。",
	 {{"8", "万元", "年均档案修复经费", "金额", "", ""}, {"680", "人", "日均就餐学生", "数量", "", ""}}},
	{"春运40天保障旅客21.4万人次，国庆7天假期接待游客3万人次。",
	 {{"21.4", "万人次", "保障旅客", "数量", "", ""}, {"3", "万人次", "接待游客", "数量", "", ""}}},
	{"其中改造提升农村公路86公里。", {{"86", "公里", "改造提升农村公路", "计量", "", ""}}},
	/* a four-character idiom with a repeated character (随产随清) is a
	 * predicate: the topic ends before it */
	{"全镇建筑垃圾随产随清，年清运量4,200吨。", {{"4,200", "吨", "建筑垃圾年清运量", "计量", "", ""}}},
	/* 新 + an action counts the inflow of the stock before it, without its state (在册) */
	{"全县在册低保对象5,420人，全年新认定860人。",
	 {{"5,420", "人", "在册低保对象", "数量", "", ""}, {"860", "人", "新认定低保对象", "数量", "", ""}}},
	/* a 其中 part named by a noun alone is new when the whole is (新建…其中…) */
	{"新建幼儿园7所，其中公办幼儿园5所。",
	 {{"7", "所", "新建幼儿园", "数量", "", ""}, {"5", "所", "新建公办幼儿园", "数量", "", ""}}},
	/* a range whose first end has its own magnitude; units stay as written */
	{"单个项目补助1.5万—2万元，新建停车场3000平米。",
	 {{"1.5", "万元", "单个项目补助", "金额", "", ""}, {"2", "万元", "单个项目补助", "金额", "", ""},
	  {"3000", "平米", "新建停车场", "计量", "", ""}}},
	/* a minus sign makes a negative value; 缩短为 is a level; 1至11月 is a date */
	{"人口自然增长率为-1.2‰，审批时间由15天缩短为3天，1至11月全市完成固定资产投资18.5亿元。",
	 {{"-1.2", "‰", "人口自然增长率", "比率", "", ""}, {"15", "天", "审批时间", "计量", "", ""},
	  {"3", "天", "审批时间", "计量", "", ""}, {"18.5", "亿元", "固定资产投资", "金额", "", ""}}},
	/* a （其中…） aside has its own subjects; the change after it is of the outer figure */
	{"一般公共预算支出完成38.6亿元（其中：教育支出9.2亿元），同比增长4.2%。",
	 {{"38.6", "亿元", "一般公共预算支出", "金额", "", ""}, {"9.2", "亿元", "教育支出", "金额", "", ""},
	  {"4.2", "%", "一般公共预算支出同比增长", "比率", "+", ""}}},
	/* L1: the label is the object of the clause's verb, whatever the verb;
	 * a prepositional phrase (与…, 从…中, 联合…, 赴…) ends at the verb after
	 * its object, an agent (我, 各相关单位) goes with its adverbs, serial verbs
	 * (牵头制定) go together */
	{"全区布设空气质量监测站点26个，与各乡镇主要负责人签订安全生产目标责任书14份。",
	 {{"26", "个", "布设空气质量监测站点", "数量", "", ""}, {"14", "份", "签订安全生产目标责任书", "数量", "", ""}}},
	{"从退休教师和志愿者中聘请校外辅导员45名，我牵头制定配套文件17件。",
	 {{"45", "名", "聘请校外辅导员", "数量", "", ""}, {"17", "件", "配套文件", "数量", "", ""}}},
	{"各相关单位共制定改进措施56条，联合县卫生健康局开展食品安全联合检查4次。",
	 {{"56", "条", "改进措施", "数量", "", ""}, {"4", "次", "食品安全联合检查", "数量", "", ""}}},
	/* a treatment verb (拆除, 调解) says what the count is of: it stays; so
	 * does a verb that says what a verbal measure (次) counts (考察) */
	{"拆除违规广告牌匾230块，赴外省考察智慧社区建设3次。",
	 {{"230", "块", "拆除违规广告牌匾", "数量", "", ""}, {"3", "次", "考察智慧社区建设", "数量", "", ""}}},
	/* examples before 等 (甲、乙等) are dropped when the head names the measure */
	{"更新垃圾压缩车、勾臂车等环卫作业车辆18辆。",
	 {{"18", "辆", "更新环卫作业车辆", "数量", "", ""}}},
	/* L2: the subject ends at its predicate: a from-phrase (由平均), a verb +
	 * 到 (扩展到), 占 (X仅占 N% is X's share); after a measure word's noun, a
	 * verb phrase says which ones (relative-clause order, its result verb
	 * dropped) */
	{"行政许可办理时限由平均12天缩短到4天，“家门口就业”服务站点扩展到38个，女性干部仅占28%。",
	 {{"12", "天", "行政许可办理时限", "计量", "", ""}, {"4", "天", "行政许可办理时限", "计量", "", ""},
	  {"38", "个", "“家门口就业”服务站点", "数量", "", ""}, {"28", "%", "女性干部占比", "比率", "", ""}}},
	{"全县7家医院实现检查结果互认，对11家企业限期整改。",
	 {{"7", "家", "检查结果互认医院", "数量", "", ""}, {"11", "家", "限期整改企业", "数量", "", ""}}},
	/* L3: only whole words are stripped: 上年度 and 建成区 are nouns */
	{"上年度信访事项按期办结率达到97%，建成区人均公园绿地面积达到14.2平方米。",
	 {{"97", "%", "上年度信访事项按期办结率", "比率", "", ""},
	  {"14.2", "平方米", "建成区人均公园绿地面积", "计量", "", ""}}},
	/* L4: any comparison with an earlier time (比2018年末) is the change of
	 * the figure before; 到 + a place (到村任职) begins the predicate; a count with nothing before it is named by the
	 * clause after its unit (被评为…); a 其中 part keeps the whole's noun and
	 * its own predicate; money spent on a named work is that work's */
	{"森林覆盖率达到46.8%，比2018年末提高3.1个百分点。选派12名干部到村任职，3人被评为全市优秀驻村干部。",
	 {{"46.8", "%", "森林覆盖率", "比率", "", ""}, {"3.1", "个百分点", "森林覆盖率比2018年末提高", "比率", "+", ""},
	  {"12", "名", "选派干部", "数量", "", ""}, {"3", "人", "全市优秀驻村干部", "数量", "", ""}}},
	{"编写典型案例汇编4册，其中2册获省级推广。投资860万元实施老旧供水管网改造工程。",
	 {{"4", "册", "编写典型案例汇编", "数量", "", ""}, {"2", "册", "典型案例汇编获省级推广", "数量", "", ""},
	  {"860", "万元", "老旧供水管网改造工程投资", "金额", "", ""}}},
	/* an effect (涉及, 惠及) is of the thing the topic names, not of what was
	 * done to it; 、 ends a list item, whose quoted name (“一窗受理”) says
	 * which kind; a rate keeps the head after 等 even with a verb in it; a
	 * second, empty verb (计划完成) is no part of a bare noun's label */
	{"查处违法案件42件，涉及当事人57人。实现26项服务“一窗受理”、18项服务“一码通办”。",
	 {{"42", "件", "查处违法案件", "数量", "", ""}, {"57", "人", "违法案件涉及当事人", "数量", "", ""},
	  {"26", "项", "“一窗受理”服务", "数量", "", ""}, {"18", "项", "“一码通办”服务", "数量", "", ""}}},
	{"自助终端、小程序等线上方式办理缴费业务占比达到76%，今年计划完成绿化0.8万亩。",
	 {{"76", "%", "线上方式办理缴费业务占比", "比率", "", ""}, {"0.8", "万亩", "绿化", "计量", "", ""}}},
	/* an instrument phrase (通过…方式, 依托…系统) ends at its noun of means,
	 * verbs inside it are modifiers; an official or a place (副局长, 各乡镇)
	 * acting at the clause start is no part of the label; 由 + a date ends
	 * the subject */
	{"通过政府购买服务方式引进社会工作者24名，各乡镇共排查整治农村危房318户，其中拆除重建42户。",
	 {{"24", "名", "引进社会工作者", "数量", "", ""}, {"318", "户", "排查整治农村危房", "数量", "", ""},
	  {"42", "户", "拆除重建农村危房", "数量", "", ""}}},
	{"分管副局长带队赴先进地区考察学习4次，依托“互联网+监管”系统开展远程巡查560次。"
	 "农村生活污水治理率由2020年的26%提高到52%。",
	 {{"4", "次", "考察学习", "数量", "", ""}, {"560", "次", "远程巡查", "数量", "", ""},
	  {"26", "%", "农村生活污水治理率", "比率", "", ""}, {"52", "%", "农村生活污水治理率", "比率", "", ""}}},
	/* 由 + an agent, a causative verb (引导…投入) and an adverb (共) before
	 * the verb are no part of the label; the treatment verb 调解 stays */
	{"由区财政安排奖补资金450万元，引导民间资本投入养老服务项目15个，今年以来共调解矛盾纠纷730件。",
	 {{"450", "万元", "奖补资金", "金额", "", ""}, {"15", "个", "投入养老服务项目", "数量", "", ""},
	  {"730", "件", "调解矛盾纠纷", "数量", "", ""}}},
	/* a long project name acting (…工程完成) scopes what it did, minus the
	 * verb; 在其中 marks a subset that names its own act */
	{"城北污水管网工程完成管道铺设6.5公里。新建村级养老服务站14个，并在其中6个增设助餐点。",
	 {{"6.5", "公里", "城北污水管网工程管道铺设", "计量", "", ""}, {"14", "个", "新建村级养老服务站", "数量", "", ""},
	  {"6", "个", "增设助餐点", "数量", "", ""}}},
	/* a causative verb right before another verb has no causee (督促解决);
	 * 建设 inside a noun phrase ends nothing; 向 + beneficiary goes */
	{"督促解决项目建设难题47个，向困难群众发放救助资金2,300万元。",
	 {{"47", "个", "解决项目建设难题", "数量", "", ""}, {"2,300", "万元", "发放救助资金", "金额", "", ""}}},
	/* examples before 等 go but a treatment verb before them stays; 各类 is a
	 * determiner assessors leave out, not an agent; what a causee sets up
	 * (成立) is its own, so the causee stays as a scope */
	{"入汛前全面检查水闸、泵站、堤防等水利设施210处，发放各类困难学生资助资金860万元，"
	 "推动非公企业成立工会组织25个。",
	 {{"210", "处", "检查水利设施", "数量", "", ""}, {"860", "万元", "发放困难学生资助资金", "金额", "", ""},
	  {"25", "个", "非公企业工会组织", "数量", "", ""}}},
	/* a means noun (平台) may be followed by another phrase (为企业); after
	 * phrases a change word is the verb, and stays (no change: it counts) */
	{"依托一体化政务平台为企业减少重复提交材料1,300份。",
	 {{"1,300", "份", "减少重复提交材料", "数量", "", ""}}},
	/* a one-character stop (要, 有, 达, 为) ends the noun after a measure
	 * word only as a word of its own, not inside 主要, 国有, 达标, 行为; an
	 * adverb (依法, 尚未, 免费) or 到 + a place begins the predicate, and a
	 * verb left at the noun's end then goes with it (作出不予…) */
	{"约谈8名街道主要负责人，关停4家长期不达标企业，6家国有企业依法整改。",
	 {{"8", "名", "约谈街道主要负责人", "数量", "", ""}, {"4", "家", "关停长期不达标企业", "数量", "", ""},
	  {"6", "家", "国有企业", "数量", "", ""}}},
	{"查处12起违规行为，3家物业企业尚未签订协议，抽调5名骨干到社区驻点，对40户个体商户作出不予处罚决定。",
	 {{"12", "起", "查处违规行为", "数量", "", ""}, {"3", "家", "物业企业", "数量", "", ""},
	  {"5", "名", "抽调骨干", "数量", "", ""}, {"40", "户", "个体商户", "数量", "", ""}}},
	/* nothing is cut inside a bound word: 雷达 keeps 达, 平均为 goes whole,
	 * 中心 ends no 在…中 frame, 及时率 is no list; figures joined by 、
	 * count one thing, the second without the first one's noun */
	{"新建多普勒天气雷达3部，不动产登记办理时间平均为1.5个工作日，在社区服务中心设立调解室12个。"
	 "政务服务事项网上可办率、办件及时率分别为96%、98%。",
	 {{"3", "部", "新建多普勒天气雷达", "数量", "", ""}, {"1.5", "个工作日", "不动产登记办理时间", "计量", "", ""},
	  {"12", "个", "调解室", "数量", "", ""}, {"96", "%", "政务服务事项网上可办率", "比率", "", ""},
	  {"98", "%", "办件及时率", "比率", "", ""}}},
	{"入库文书档案5个全宗、1.2万件。",
	 {{"5", "个", "入库文书档案全宗", "数量", "", ""}, {"1.2", "万件", "入库文书档案", "数量", "", ""}}},
	/* names in title marks or quotes one after the other before 等 are
	 * examples like a 、 list; the noun after 的 ends at its predicate, and a
	 * verb before 厂 is part of the noun (焚烧发电厂) */
	{"编发《防汛简报》《灾情快报》等信息材料86期，组织“送医”“送学”等志愿活动40次。"
	 "日处理能力600吨的城西垃圾焚烧发电厂建成投运。",
	 {{"86", "期", "编发信息材料", "数量", "", ""}, {"40", "次", "志愿活动", "数量", "", ""},
	  {"600", "吨", "城西垃圾焚烧发电厂日处理能力", "计量", "", ""}}},
	/* 分别: a count in Chinese numerals equal to the number of items (三项)
	 * restates the list and goes; items ending like the last one (…税) are
	 * whole; a rate after a list is of all of its items, not the first */
	{"城镇职工医保、城乡居民医保、生育保险三项基金结余率分别为12%、9%、15%。"
	 "契税、房产税、印花税分别征收3.1亿元、2.4亿元、0.8亿元。",
	 {{"12", "%", "城镇职工医保基金结余率", "比率", "", ""}, {"9", "%", "城乡居民医保基金结余率", "比率", "", ""},
	  {"15", "%", "生育保险基金结余率", "比率", "", ""}, {"3.1", "亿元", "契税征收", "金额", "", ""},
	  {"2.4", "亿元", "房产税征收", "金额", "", ""}, {"0.8", "亿元", "印花税征收", "金额", "", ""}}},
	{"其中红色、橙色预警分别为12次、30次，预警发布及时率达到98%。",
	 {{"12", "次", "红色预警", "数量", "", ""}, {"30", "次", "橙色预警", "数量", "", ""},
	  {"98", "%", "预警发布及时率", "比率", "", ""}}},
	/* a range of dates is a date, a season before the verb (暑期共开展) is
	 * when; before a noun (汛期降雨量) it is the period too, the indicator's
	 * own field, and the label names the measure alone; 为 + whom +
	 * a treatment verb stays whole; 推广应用 is one verb; 到 + a place
	 * scopes the counted noun like 在 */
	{"7月上旬至8月中旬暑期共开展防溺水巡查120次，为困难职工追回欠薪86万元，推广应用节水灌溉设备3.2万套，"
	 "到挂点的4个村开展调研。汛期降雨量达到800毫米。",
	 {{"120", "次", "防溺水巡查", "数量", "", ""}, {"86", "万元", "为困难职工追回欠薪", "金额", "", ""},
	  {"3.2", "万套", "推广应用节水灌溉设备", "数量", "", ""}, {"4", "个", "挂点的村", "数量", "", ""},
	  {"800", "毫米", "降雨量", "计量", "", ""}}},
	/* a group or company (集团, 公司) acting at the clause start is an agent;
	 * places of several kinds listed (社区、企业、学校) are everywhere, an
	 * agent too, not a scope of the count */
	{"集团现有二级子公司12个。深入社区、企业、学校开展普法宣讲80场，覆盖职工群众1.2万人次。",
	 {{"12", "个", "二级子公司", "数量", "", ""}, {"80", "场", "普法宣讲", "数量", "", ""},
	  {"1.2", "万人次", "普法宣讲覆盖职工群众", "数量", "", ""}}},
	/* the copula after the head (销售量达到) is no verb that makes the head
	 * an agent: the examples before 等 go; 均 of 平均 is no verb */
	{"带动香菇、木耳等食用菌销售量达到3,200吨，推动工程项目平均审批时长压缩约20天。",
	 {{"3,200", "吨", "食用菌销售量", "计量", "", ""},
	  {"20", "天", "工程项目平均审批时长压缩", "计量", "-", "约"}}},
	/* after a causative verb a bare noun's own predicate says which ones;
	 * a rate is of the things counted, not of who handled them */
	{"帮助860名农民实现居家就业。全县信访系统接待群众来访120件次，办结率98.2%。",
	 {{"860", "名", "居家就业农民", "数量", "", ""},
	  {"120", "件次", "信访系统接待群众来访", "数量", "", ""}, {"98.2", "%", "群众来访办结率", "比率", "", ""}}},
	/* a percentage right after 已 + a verb is the share that has undergone it */
	{"全县专项资金已拨付85%。", {{"85", "%", "专项资金拨付比例", "比率", "", ""}}},
	/* a relative clause of a result or treatment verb alone (发现的,
	 * 排查出的) adds nothing; one
	 * with more (检查发现的) stays; 立即 begins the predicate */
	{"对检查发现的12个问题限期整改，对发现的5个安全隐患立即整改，对排查出的126个风险点逐一整改。",
	 {{"12", "个", "检查发现的问题", "数量", "", ""}, {"5", "个", "安全隐患", "数量", "", ""},
	  {"126", "个", "风险点", "数量", "", ""}}},
	/* a measure (亩, 公里) right before a noun phrase, with nothing but 为
	 * or an empty verb before the number, measures that noun (up to its
	 * verb, a conjunction or the phrase end) */
	{"为2.4万亩高标准农田提供喷灌服务。", {{"2.4", "万亩", "高标准农田", "计量", "", ""}}},
	{"建成3.6公里污水管网并投入使用，全年完成1.8万亩造林任务。",
	 {{"3.6", "公里", "污水管网", "计量", "", ""}, {"1.8", "万亩", "造林任务", "计量", "", ""}}},
	/* 分别: 的 ends the last item's own phrase; the shared head follows it */
	{"全年招录辅警、转岗民警的人数分别为120名、34名。",
	 {{"120", "名", "招录辅警人数", "数量", "", ""}, {"34", "名", "转岗民警的人数", "数量", "", ""}}},
	/* the sizes of texts and images: 万字, 画幅 */
	{"汇编调研报告6册、约45万字，扫描历史照片3.2万画幅，坚持16字方针。",
	 {{"6", "册", "汇编调研报告", "数量", "", ""}, {"45", "万字", "汇编调研报告", "数量", "", "约"},
	  {"3.2", "万画幅", "扫描历史照片", "数量", "", ""}}},
	/* a holiday before the verb is when; 两级 restates 市、县 */
	{"春节期间共开展消防检查56次。市、县两级财政分别投入资金2.3亿元、1.1亿元。",
	 {{"56", "次", "消防检查", "数量", "", ""}, {"2.3", "亿元", "市财政投入资金", "金额", "", ""},
	  {"1.1", "亿元", "县财政投入资金", "金额", "", ""}}},
	/* an adverb (深入) ends the noun after a measure word; a topic and a
	 * subject overlapping by one character only (审执结 + 结案率) are not
	 * merged into one word */
	{"组织18名法律顾问深入村组开展普法宣传。审执结4.3万件，结案率93.5%。",
	 {{"18", "名", "法律顾问", "数量", "", ""}, {"4.3", "万件", "审执结", "数量", "", ""},
	  {"93.5", "%", "审执结结案率", "比率", "", ""}}},
	/* inside a noun, 以上 before a noun closes a class (规模以上企业); 共享
	 * may open a noun */
	{"新增4家规模以上企业达产，聘用12名副高以上职称人员，归集10项共享数据。",
	 {{"4", "家", "规模以上企业", "数量", "", ""}, {"12", "名", "聘用副高以上职称人员", "数量", "", ""},
	  {"10", "项", "归集共享数据", "数量", "", ""}}},
	/* 分别: ordinals share 第 and the head (第一、二、三产业); a head
	 * written once before short items (标准城市、农村) follows each item */
	{"第一、二、三产业投资分别增长2.1%、8.3%、6.4%。特困人员供养标准城市、农村分别提高到每人每月900元、700元。",
	 {{"2.1", "%", "第一产业投资增长", "比率", "+", ""}, {"8.3", "%", "第二产业投资增长", "比率", "+", ""},
	  {"6.4", "%", "第三产业投资增长", "比率", "+", ""}, {"900", "元", "城市特困人员供养标准", "金额", "", ""},
	  {"700", "元", "农村特困人员供养标准", "金额", "", ""}}},
	/* 组织 at a noun's end is a noun (党组织); a bare 占 is the share of
	 * the figure before; 在 opening a word (在线) is no preposition and
	 * frames nothing */
	{"23个软弱涣散党组织全部完成整顿。其中女性干部36名、占41.2%。网上办理率由上年的72%提高到91%，"
	 "在线监测点覆盖率达到98%。",
	 {{"23", "个", "软弱涣散党组织", "数量", "", ""}, {"36", "名", "女性干部", "数量", "", ""},
	  {"41.2", "%", "女性干部占比", "比率", "", ""}, {"72", "%", "网上办理率", "比率", "", ""},
	  {"91", "%", "网上办理率", "比率", "", ""}, {"98", "%", "在线监测点覆盖率", "比率", "", ""}}},
	{"在线办理率由上年的72%提高到91%。",
	 {{"72", "%", "在线办理率", "比率", "", ""}, {"91", "%", "在线办理率", "比率", "", ""}}},
	/* a plan period (“十三五”末) is a time: a comparison with it is the
	 * change of the figure before, and it is no part of a subject */
	{"全市森林覆盖率达到46.2%，较“十三五”末提高1.8个百分点。“十四五”以来累计新建学校12所。",
	 {{"46.2", "%", "森林覆盖率", "比率", "", ""},
	  {"1.8", "个百分点", "森林覆盖率较“十三五”末提高", "比率", "+", ""}, {"12", "所", "新建学校", "数量", "", ""}}},
	/* …but only when the head names a measure: 充电桩、电站 are two things */
	{"新建新能源汽车充电桩、电站分别为300个、12座。污水处理率城市、县城分别达到98%、95%。",
	 {{"300", "个", "新建新能源汽车充电桩", "数量", "", ""}, {"12", "座", "电站", "数量", "", ""},
	  {"98", "%", "城市污水处理率", "比率", "", ""}, {"95", "%", "县城污水处理率", "比率", "", ""}}},
	/* 平均, 户均 after a counted noun begin its predicate, before it the noun;
	 * 增收 is a change (issue #15) */
	{"12个村平均增收3,000元，整合5个平均值指标。",
	 {{"12", "个", "村", "数量", "", ""}, {"3,000", "元", "平均增收", "金额", "+", ""},
	  {"5", "个", "整合平均值指标", "数量", "", ""}}},
	{"带动8,600户脱贫户户均增收1,800元。",
	 {{"8,600", "户", "带动脱贫户", "数量", "", ""}, {"1,800", "元", "脱贫户户均增收", "金额", "+", ""}}},
	/* a one-character lead or verb (均, 对) opening a bound word (均等, 对象)
	 * is none and stays */
	{"对象精准识别率达到99%，均等化服务覆盖率98%。",
	 {{"99", "%", "对象精准识别率", "比率", "", ""}, {"98", "%", "均等化服务覆盖率", "比率", "", ""}}},
	/* a phrase ending in 期间 before the verb (or its adverb) is when */
	{"全年重要节假日期间共出动执法人员2,600人次。防汛关键期间累计转移群众1.2万人。",
	 {{"2,600", "人次", "出动执法人员", "数量", "", ""}, {"1.2", "万人", "转移群众", "数量", "", ""}}},
	/* 占 + a whole + 的 is the share of the figure before in that whole
	 * (…占在编人员比例), of a plan how far it is done; 全 + the speaker's
	 * body (全馆) is a default scope; 具有 stays with its relative clause */
	{"全馆具有中级职称的人员为12人，占在编人员的36.4%。交通投资完成42亿元，占年度计划的108%。",
	 {{"12", "人", "具有中级职称的人员", "数量", "", ""},
	  {"36.4", "%", "具有中级职称的人员占在编人员比重", "比率", "", ""},
	  {"42", "亿元", "交通投资", "金额", "", ""}, {"108", "%", "交通投资占年度计划", "比率", "", ""}}},
	{"完成水利投资9.6亿元，占年度目标的104%。",
	 {{"9.6", "亿元", "水利投资", "金额", "", ""}, {"104", "%", "水利投资占年度目标", "比率", "", ""}}},
	/* 分别占 N% are shares too */
	{"男性、女性就业人员分别占56%、44%。",
	 {{"56", "%", "男性就业人员占比", "比率", "", ""}, {"44", "%", "女性就业人员占比", "比率", "", ""}}},
	/* a passive count (被采纳) names the things counted before by what
	 * befell them */
	{"提出审计建议186条，被采纳172条。",
	 {{"186", "条", "提出审计建议", "数量", "", ""}, {"172", "条", "审计建议被采纳", "数量", "", ""}}},
	/* an age class with 及以上 belongs to the noun */
	{"为2.6万名60岁及以上老年人免费体检。", {{"2.6", "万名", "60岁及以上老年人", "数量", "", ""}}},
	/* a figure bounding a class (以上/以下 before a noun) or round-the-clock
	 * hours name a kind of thing: no indicator; the count after the class
	 * keeps it (issue #15); a time limit (24小时以内) is measured */
	{"其中500万元以上项目9个，实行24小时值班制度。",
	 {{"9", "个", "500万元以上项目", "数量", "", ""}}},
	{"村集体经济收入10万元以上的村达到24个。", {{"24", "个", "村集体经济收入10万元以上的村", "数量", "", ""}}},
	/* the bound written before the figure (超, 低于) with 的 and a count
	 * after: a class too; without a count after it the figure is measured */
	{"全县年产值超5亿元的建材企业6家，服役超过20年的有12台。",
	 {{"6", "家", "年产值超5亿元的建材企业", "数量", "", ""}, {"12", "台", "服役超过20年", "数量", "", ""}}},
	{"印发超过8万份的宣传册。", {{"8", "万份", "印发宣传册", "数量", "", "超过"}}},
	{"办结时限压缩至24小时以内，审批时间由60天以上压缩到15天。",
	 {{"24", "小时", "办结时限", "计量", "", "以内"}, {"60", "天", "审批时间", "计量", "", "以上"},
	  {"15", "天", "审批时间", "计量", "", ""}}},
	/* 突破 is a qualifier; 增收 and 收窄 are changes — but 增收 after a
	 * causative (带动农户增收) is what others gained */
	{"进出口总额突破52亿元。脱贫户户均增收2.4千元。税收收入降幅较上年收窄4.2个百分点。带动农户增收1800万元。",
	 {{"52", "亿元", "进出口总额", "金额", "", "突破"}, {"2.4", "千元", "脱贫户户均增收", "金额", "+", ""},
	  {"4.2", "个百分点", "税收收入降幅较上年收窄", "比率", "-", ""}, {"1800", "万元", "带动农户增收", "金额", "", ""}}},
	/* a time with 的 before the new level says when it holds, the level
	 * keeps the subject (issue #15) */
	{"群众来访批次由2024年的186批次下降至今年的97批次，病险水库由41座减少至目前的17座。",
	 {{"186", "批次", "群众来访批次", "数量", "", ""}, {"97", "批次", "群众来访批次", "数量", "", ""},
	  {"41", "座", "病险水库", "数量", "", ""}, {"17", "座", "病险水库", "数量", "", ""}}},
	/* a label's edges at word boundaries (label_words.c, segment.c): a
	 * word cut at the front is taken whole, a dangling adverb or modal at
	 * its end and a particle at its start go */
	{"各支部召开组织生活会9场。全年税费收入可达42.3亿元。可供工业用地仅剩1,200亩左右。",
	 {{"9", "场", "组织生活会", "数量", "", ""}, {"42.3", "亿元", "税费收入", "金额", "", ""},
	  {"1,200", "亩", "可供工业用地", "计量", "", "左右"}}},
	/* a one-character qualifier or tail word must be a word of its own
	 * (segment.h): the 约 of 签约 stays; 从宽 is no "from" */
	{"促成融资签约176.5亿元。培训农民约300人次。认罪认罚从宽制度适用率达到91.6%。",
	 {{"176.5", "亿元", "促成融资签约", "金额", "", ""}, {"300", "人次", "培训农民", "数量", "", "约"},
	  {"91.6", "%", "认罪认罚从宽制度适用率", "比率", "", ""}}},
	/* a table typed with tabs keeps none in its labels; 造成 and 主要原因是
	 * name nothing */
	{"门急诊人次\t39.3万人次\t42.6万人次\t增长8.4%。造成直接财产损失368.5万元，主要原因是监测哨点由3家增加到5家。",
	 {{"39.3", "万人次", "门急诊人次", "数量", "", ""}, {"42.6", "万人次", "门急诊人次", "数量", "", ""},
	  {"8.4", "%", "门急诊人次增长", "比率", "+", ""}, {"368.5", "万元", "直接财产损失", "金额", "", ""},
	  {"3", "家", "监测哨点", "数量", "", ""}, {"5", "家", "监测哨点", "数量", "", ""}}},
	/* a figure moved to a new level by 扩展到/调整为 has no noun after its
	 * measure word; both ends name the subject */
	{"检验项目由156项扩展到203项，义务教育学校由94所调整为87所。",
	 {{"156", "项", "检验项目", "数量", "", ""}, {"203", "项", "检验项目", "数量", "", ""},
	  {"94", "所", "义务教育学校", "数量", "", ""}, {"87", "所", "义务教育学校", "数量", "", ""}}},
	/* what was not done says which ones (a relative clause before the
	 * noun, and what is said after a count of things there are: 仍有3个问题
	 * 未完成整改) and is the topic after; 共 before a verb names nothing,
	 * 共享 is a word */
	{"8个项目未按期开工。仍有3个问题未完成整改，涉及金额3,420万元。全县共接报火灾176起，共享单车投放3000辆。",
	 {{"8", "个", "未按期开工项目", "数量", "", ""}, {"3", "个", "未完成整改的问题", "数量", "", ""},
	  {"3,420", "万元", "未完成整改的问题涉及金额", "金额", "", ""}, {"176", "起", "接报火灾", "数量", "", ""},
	  {"3000", "辆", "共享单车投放", "数量", "", ""}}},
	/* the year's end, 我将 and 逐级 open a clause, they name nothing */
	{"年末城镇登记失业率为2.9%，逐级签订安全生产责任书680份。",
	 {{"2.9", "%", "城镇登记失业率", "比率", "", ""}, {"680", "份", "签订安全生产责任书", "数量", "", ""}}},
	/* plan words and what is left are no part of a label */
	{"预期税收收入增长5%左右，每万人口发明专利拥有量力争达到4件，三类坝水库仍有3座。",
	 {{"5", "%", "税收收入增长", "比率", "+", "左右"}, {"4", "件", "每万人口发明专利拥有量", "数量", "", ""},
	  {"3", "座", "三类坝水库", "数量", "", ""}}},
	/* a view frame (分季度看) names nothing; a change of nothing named
	 * keeps its own time, so the labels stay apart (issue #15) */
	{"分季度看，一季度增长4.2%，上半年增长4.9%。规上工业增加值分季度看，一季度增长6.1%。",
	 {{"4.2", "%", "一季度增长", "比率", "+", ""}, {"4.9", "%", "上半年增长", "比率", "+", ""},
	  {"6.1", "%", "规上工业增加值增长", "比率", "+", ""}}},
	/* a share of a plan is named 比例; the jurisdiction (辖区) goes, and a
	 * street office's own name before its verb — before a noun it is a
	 * level and stays */
	{"街道完成税收收入4.86亿元，完成全年目标任务的93.5%，辖区低保对象412户，街道综合养老服务中心4个。",
	 {{"4.86", "亿元", "税收收入", "金额", "", ""}, {"93.5", "%", "税收收入完成全年目标任务", "比率", "", ""},
	  {"412", "户", "低保对象", "数量", "", ""}, {"4", "个", "街道综合养老服务中心", "数量", "", ""}}},
	/* quotation marks stay as written: around a name, a numbered slogan, a
	 * coined code and names side by side */
	{"新建“红色物业”示范小区10个，“三公”经费支出12万元，退出“失联”“空壳”类机构7家。",
	 {{"10", "个", "新建“红色物业”示范小区", "数量", "", ""}, {"12", "万元", "“三公”经费支出", "金额", "", ""},
	  {"7", "家", "退出“失联”“空壳”类机构", "数量", "", ""}}},
	/* nouns joined by 、 after a measure word share the last one's head */
	{"全县3个国考、省考断面全部达标。", {{"3", "个", "国考、省考断面", "数量", "", ""}}},
	/* generic subjects take the sentence topic */
	{"重建开工1200户、开工率96%，竣工800户、竣工率64%。",
	 {{"1200", "户", "重建开工", "数量", "", ""}, {"96", "%", "重建开工率", "比率", "", ""},
	  {"800", "户", "重建竣工", "数量", "", ""}, {"64", "%", "重建竣工率", "比率", "", ""}}},
	{"新建学校3所，总投资2.1亿元。",
	 {{"3", "所", "新建学校", "数量", "", ""}, {"2.1", "亿元", "新建学校总投资", "金额", "", ""}}},
};

static void check_case(const struct icase *c)
{
	gw_report *r = report_from_text(c->para);
	for (size_t i = 0; i < r->n_indicators; i++)
		check_label_shape(r->indicators[i].label);
	size_t n = 0;
	while (n < 6 && c->want[n].text)
		n++;
	if (r->n_indicators != n) {
		fprintf(stderr, "case: %s\n", c->para);
		dump(r, stderr);
	}
	assert_int_equal(r->n_indicators, n);
	for (size_t i = 0; i < n; i++) {
		const gw_indicator *in = &r->indicators[i];
		const struct expect *w = &c->want[i];
		const char *q = in->qualifier ? in->qualifier : "";
		if (strcmp(in->text, w->text) || strcmp(in->unit, w->unit) || strcmp(in->label, w->label) ||
		    strcmp(gw_kind_name(in->kind), w->kind) || strcmp(change_name(in->change), w->change) ||
		    strcmp(q, w->qualifier)) {
			fprintf(stderr, "case: %s\nwant: %s %s %s %s %s %s\n", c->para, w->text, w->unit,
				w->label, w->kind, w->change, w->qualifier);
			dump(r, stderr);
		}
		assert_string_equal(in->text, w->text);
		assert_string_equal(in->unit, w->unit);
		assert_string_equal(in->label, w->label);
		assert_string_equal(gw_kind_name(in->kind), w->kind);
		assert_string_equal(change_name(in->change), w->change);
		assert_string_equal(q, w->qualifier);
	}
	gw_report_free(r);
}

static void test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_case(&cases[i]);
}

/* Labels never exceed 24 characters nor hold ，。；： even for long subjects. */
static void test_label_shape(void **state)
{
	(void)state;
	gw_report *r = report_from_text(
		"暴洪灾害造成全市市政和村镇基础设施以及农田水利设施和交通道路直接经济损失3.2亿元。");
	assert_int_equal(r->n_indicators, 1);
	const char *l = r->indicators[0].label;
	assert_true(gw_utf8_count(l, strlen(l)) <= 24);
	assert_non_null(strstr(l, "直接经济损失"));
	gw_report_free(r);
	/* a long list cut to its last 24 characters does not start with 、 */
	r = report_from_text("附件：1．全县重点民生实事推进情况汇总表、一、城乡环境卫生整治、、"
			     "农村公路养护三项任务完成率分别为96%、98%。");
	assert_int_equal(r->n_indicators, 2);
	for (size_t i = 0; i < r->n_indicators; i++)
		check_label_shape(r->indicators[i].label);
	gw_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_label_shape),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
