/*
 * units.c — the indicator vocabulary as tables (see units.h).
 *
 * To teach the extractor a new unit or measure word, add one line here and one case to tests/unit/test_units.c; no code in
 * indicators.c needs to change.  Each one-character counting unit has its
 * X次 compound (段次, 人次) in times_units.  Word lists are in lexicon.c.
 * Tables are small (a few hundred entries) and matched by linear scan.
 */
#include "units.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define M true   /* measure word: the noun after it names the thing counted */
#define U false

/* A mass of standard coal, in full and short (吨标准煤, 吨标煤). */
#define COAL(mass)                                                            \
	{mass "标准煤", mass "标准煤", GW_KIND_MEASURE, U, NULL, NULL},       \
	{mass "标煤", mass "标煤", GW_KIND_MEASURE, U, NULL, NULL}

#define ROUTE_GLUED "公交|车|线|口|段|灯|网|面|基|径|况|政|长|演|边|由|费|牌|标|肩|次|桥|堤|途|程"
#define CORE_GLUED "心|查|酸|实|准|定|销|减|发|算|对|验|电|能|技|桃|素|拨|增|批|证|报|收|价|裂|辐|污|安"

static const gw_unit_def units[] = {
	/* 比率 */
	{"%", "%", GW_KIND_RATIO, U, NULL, NULL},
	{"％", "%", GW_KIND_RATIO, U, NULL, NULL},
	{"‰", "‰", GW_KIND_RATIO, U, NULL, NULL},
	{"个百分点", "个百分点", GW_KIND_RATIO, U, NULL, NULL},
	{"百分点", "百分点", GW_KIND_RATIO, U, NULL, NULL},
	{"倍", "倍", GW_KIND_RATIO, U, NULL, NULL},
	{"/10万", "/10万", GW_KIND_RATIO, U, NULL, NULL},
	{"/万", "/万", GW_KIND_RATIO, U, NULL, NULL},
	/* 金额 */
	{"元", "元", GW_KIND_AMOUNT, U, NULL, "旦|素|器件|件|老|宵"},
	{"美元", "美元", GW_KIND_AMOUNT, U, NULL, NULL},
	{"港元", "港元", GW_KIND_AMOUNT, U, NULL, NULL},
	{"欧元", "欧元", GW_KIND_AMOUNT, U, NULL, NULL},
	/* 计量: length, area, volume, mass, energy, power, time */
	{"公里", "公里", GW_KIND_MEASURE, U, NULL, NULL},
	{"千米", "千米", GW_KIND_MEASURE, U, NULL, NULL},
	{"米", "米", GW_KIND_MEASURE, U, NULL, "粮|面|饭|业"},
	{"延米", "延米", GW_KIND_MEASURE, U, NULL, NULL},
	{"厘米", "厘米", GW_KIND_MEASURE, U, NULL, NULL},
	{"毫米", "毫米", GW_KIND_MEASURE, U, NULL, NULL},
	{"平方米", "平方米", GW_KIND_MEASURE, U, NULL, NULL},
	{"平米", "平米", GW_KIND_MEASURE, U, NULL, NULL},
	{"㎡", "㎡", GW_KIND_MEASURE, U, NULL, NULL},
	{"m²", "m²", GW_KIND_MEASURE, U, NULL, NULL},
	{"平方公里", "平方公里", GW_KIND_MEASURE, U, NULL, NULL},
	{"平方千米", "平方千米", GW_KIND_MEASURE, U, NULL, NULL},
	{"km²", "km²", GW_KIND_MEASURE, U, NULL, NULL},
	{"km", "km", GW_KIND_MEASURE, U, NULL, NULL},
	{"立方米", "立方米", GW_KIND_MEASURE, U, NULL, NULL},
	{"m³", "m³", GW_KIND_MEASURE, U, NULL, NULL},
	{"方", "方", GW_KIND_MEASURE, U, "面", "面|案|式|向|针|法|位|阵|言|便|能|可|才|有"},
	{"亩", "亩", GW_KIND_MEASURE, U, NULL, NULL},
	{"公顷", "公顷", GW_KIND_MEASURE, U, NULL, NULL},
	{"吨", "吨", GW_KIND_MEASURE, U, NULL, NULL},
	{"千克", "千克", GW_KIND_MEASURE, U, NULL, NULL},
	{"公斤", "公斤", GW_KIND_MEASURE, U, NULL, NULL},
	{"kg", "kg", GW_KIND_MEASURE, U, NULL, NULL},
	{"克", "克", GW_KIND_MEASURE, U, "服", "服|难"},
	{"升", "升", GW_KIND_MEASURE, U, "级", "级|格|学|值"},
	{"毫升", "毫升", GW_KIND_MEASURE, U, NULL, NULL},
	/* energy as standard coal equivalent, one unit with its mass (2.36万吨标准煤,
	 * 238.6千克标准煤/平方米): cut after the mass, 标准煤 would read as a noun */
	COAL("吨"), COAL("千克"), COAL("公斤"), COAL("克"),
	{"tce", "tce", GW_KIND_MEASURE, U, NULL, NULL},
	{"kgce", "kgce", GW_KIND_MEASURE, U, NULL, NULL},
	/* 收购烟叶5.92万担: tobacco's (and grain's) traditional weight, 50 kg; the
	 * verbs it begins (3担当 is no weight) rule it out */
	{"担", "担", GW_KIND_MEASURE, U, "当|任|保|负|责|纲|心|忧|子", NULL},
	/* 计算资源3,600核: processor cores of a cloud's computing capacity; the
	 * words 核 begins (核查, 核酸, 核减 …) follow a number without counting cores */
	{"核", "核", GW_KIND_MEASURE, U, CORE_GLUED, NULL},
	{"千瓦时", "千瓦时", GW_KIND_MEASURE, U, NULL, NULL},
	{"千瓦", "千瓦", GW_KIND_MEASURE, U, NULL, NULL},
	{"兆瓦", "兆瓦", GW_KIND_MEASURE, U, NULL, NULL},
	{"kWh", "kWh", GW_KIND_MEASURE, U, NULL, NULL},
	/* heat supply and large plants (供热单位面积耗热量0.36吉焦/平方米, 电池产能40吉瓦时) */
	{"吉焦", "吉焦", GW_KIND_MEASURE, U, NULL, NULL},
	{"兆焦", "兆焦", GW_KIND_MEASURE, U, NULL, NULL},
	{"千焦", "千焦", GW_KIND_MEASURE, U, NULL, NULL},
	{"GJ", "GJ", GW_KIND_MEASURE, U, NULL, NULL},
	{"吉瓦", "吉瓦", GW_KIND_MEASURE, U, NULL, NULL},
	{"吉瓦时", "吉瓦时", GW_KIND_MEASURE, U, NULL, NULL},
	{"兆瓦时", "兆瓦时", GW_KIND_MEASURE, U, NULL, NULL},
	{"kW", "kW", GW_KIND_MEASURE, U, NULL, NULL},
	{"MW", "MW", GW_KIND_MEASURE, U, NULL, NULL},
	/* the Latin abbreviations of this table's other units, so that a unit
	 * reads the same in either script (matching ignores case from two
	 * letters on: KW, Km; a single letter must be written as here) */
	{"m", "m", GW_KIND_MEASURE, U, NULL, NULL},
	{"cm", "cm", GW_KIND_MEASURE, U, NULL, NULL},
	{"mm", "mm", GW_KIND_MEASURE, U, NULL, NULL},
	{"t", "t", GW_KIND_MEASURE, U, NULL, NULL},
	{"mg", "mg", GW_KIND_MEASURE, U, NULL, NULL},
	{"mL", "mL", GW_KIND_MEASURE, U, NULL, NULL},
	{"kV", "kV", GW_KIND_MEASURE, U, NULL, NULL},
	{"kVA", "kVA", GW_KIND_MEASURE, U, NULL, NULL},
	{"MVA", "MVA", GW_KIND_MEASURE, U, NULL, NULL},
	{"MWh", "MWh", GW_KIND_MEASURE, U, NULL, NULL},
	{"GW", "GW", GW_KIND_MEASURE, U, NULL, NULL},
	{"GWh", "GWh", GW_KIND_MEASURE, U, NULL, NULL},
	{"h", "h", GW_KIND_MEASURE, U, NULL, NULL},
	{"min", "min", GW_KIND_MEASURE, U, NULL, NULL},
	/* data: sizes and rates (归集数据2.6TB, 千兆 = 1000Mbps); a bare G or M
	 * is no unit (5G网络 is a name, model.md) */
	{"KB", "KB", GW_KIND_MEASURE, U, NULL, NULL},
	{"MB", "MB", GW_KIND_MEASURE, U, NULL, NULL},
	{"GB", "GB", GW_KIND_MEASURE, U, NULL, NULL},
	{"TB", "TB", GW_KIND_MEASURE, U, NULL, NULL},
	{"PB", "PB", GW_KIND_MEASURE, U, NULL, NULL},
	{"Mbps", "Mbps", GW_KIND_MEASURE, U, NULL, NULL},
	{"Gbps", "Gbps", GW_KIND_MEASURE, U, NULL, NULL},
	{"字节", "字节", GW_KIND_MEASURE, U, NULL, NULL},
	{"千伏", "千伏", GW_KIND_MEASURE, U, NULL, NULL},
	{"千伏安", "千伏安", GW_KIND_MEASURE, U, NULL, NULL},
	{"标准箱", "标准箱", GW_KIND_MEASURE, U, NULL, NULL},
	{"标箱", "标箱", GW_KIND_MEASURE, U, NULL, NULL},
	{"吨公里", "吨公里", GW_KIND_MEASURE, U, NULL, NULL},
	{"天", "天", GW_KIND_MEASURE, U, NULL, "然|津|地|空|气|下|河|水"},
	{"小时", "小时", GW_KIND_MEASURE, U, NULL, NULL},
	{"分钟", "分钟", GW_KIND_MEASURE, U, NULL, NULL},
	{"秒", "秒", GW_KIND_MEASURE, U, NULL, NULL},
	/* 年 after a number is a duration (5至8年, 3年左右, 用3年时间) unless it
	 * is a date (a year: 2023年, 23年5月) or a time frame (近3年来, 3年内) —
	 * both decided in indicators.c from the number and its context.  Glued
	 * words name something else: 年底/年初/年末/年度 a date, 3年级 a grade,
	 * 90年代 a decade, 3年期 and 5年制 a term's or a school system's name,
	 * 50年一遇 a design standard (programme names such as 3年行动: see
	 * GW_LEX_PROGRAMME). */
	{"年", "年", GW_KIND_MEASURE, U, "底|初|末|度|级|代|期|制|一遇", NULL},
	{"个月", "个月", GW_KIND_MEASURE, U, NULL, NULL},
	{"个工作日", "个工作日", GW_KIND_MEASURE, U, NULL, NULL},
	{"工作日", "工作日", GW_KIND_MEASURE, U, NULL, NULL},
	{"周", "周", GW_KIND_MEASURE, U, "岁|年", "边|末|期|转|围|全|密"},
	{"微克", "微克", GW_KIND_MEASURE, U, NULL, NULL},
	{"毫克", "毫克", GW_KIND_MEASURE, U, NULL, NULL},
	{"斤", "斤", GW_KIND_MEASURE, U, NULL, NULL},
	{"人天", "人天", GW_KIND_MEASURE, U, NULL, NULL},
	/* work in person-years (研发人员68人年); 人 then 年均, 年内, 年龄 … is
	 * a count of people before another word */
	{"人年", "人年", GW_KIND_MEASURE, U, "均|内|底|初|末|度|龄|前|后|中|间|来|收", NULL},
	/* an area treated N times over (防治面积1.6万亩次), like 人次 */
	{"亩次", "亩次", GW_KIND_MEASURE, U, NULL, NULL},
	/* an age (平均年龄56.4岁, 80周岁); bounded or before a noun it names a
	 * class of people instead (60岁以上老人: GW_LEX_AGE_UNIT, indicators.c) */
	{"岁", "岁", GW_KIND_MEASURE, U, "月|末", NULL},
	{"周岁", "周岁", GW_KIND_MEASURE, U, NULL, NULL},
	{"课时", "课时", GW_KIND_MEASURE, U, NULL, NULL},
	{"学时", "学时", GW_KIND_MEASURE, U, NULL, NULL},
	{"分", "分", GW_KIND_MEASURE, U, "之|别|配|析|解|布|享|担|摊|散|管|批", "别|局|行|队|类|析|配|解|布|管|批|享|担|摊|工|散|级|段|区|子|之|成|期|钟|值|数|厂|公司|院|校"},
	/* 数量: counts with a measure word */
	/* right after a number a measure word is the measure word, whatever
	 * follows (4个体育场馆, 3家长期不达标平台, 召开3次要求…): `glued` lists
	 * only whole words that really follow a number without counting it —
	 * a noun glued to it like 9县区 (9部门, 分为3部分, 12片区, 9单位, 5项目,
	 * 从4方面, 10万人口, 80周岁), a fraction (3分之1), and after a score with
	 * no unit the word that ranks it (得分92.3位居/位列全省第2, 98名列第一)
	 * or lists it (1、2分别), and the verbs, prepositions and conjunctions
	 * that begin with a measure word — a measure word begins no verb, so one
	 * right after a number means the number had no unit (a hotline:
	 * 12345对外公开, 12345处理诉求; a score: 95对标…).  The `after_mask`
	 * words are continuations of a masked name (**家具厂, **人民医院). */
	{"个", "个", GW_KIND_COUNT, M, NULL, NULL},
	{"对", "对", GW_KIND_COUNT, M, "于|外|接|标|照|比|口|应|待", "于|外|接|口|象|照|标|话|此|待|比|策|应|其|全|本|辖|重|各|市|县|区"},
	{"双", "双", GW_KIND_COUNT, M, NULL, "方|向|重|边|拥|百|创|语|减|随|打|报|到|提|联|培|高|一"},
	{"棒", "棒", GW_KIND_COUNT, M, NULL, NULL},
	{"笔", "笔", GW_KIND_COUNT, M, NULL, "者|记|试|墨"},
	{"幅", "幅", GW_KIND_COUNT, M, NULL, "度"},
	{"票", "票", GW_KIND_COUNT, M, NULL, "据"},
	{"羽", "羽", GW_KIND_COUNT, M, NULL, "毛|绒"},
	{"尾", "尾", GW_KIND_COUNT, M, NULL, "款|气|矿|水|号|声|部"},
	{"匹", "匹", GW_KIND_COUNT, M, NULL, "配"},
	{"箱", "箱", GW_KIND_COUNT, M, NULL, NULL},
	{"袋", "袋", GW_KIND_COUNT, M, NULL, NULL},
	{"瓶", "瓶", GW_KIND_COUNT, M, NULL, "颈"},
	{"盒", "盒", GW_KIND_COUNT, M, NULL, NULL},
	{"包", "包", GW_KIND_COUNT, M, "括|含|保|联|抓|干|装", "括|含|容|装|联|保|抓|干"},
	{"段", "段", GW_KIND_COUNT, M, NULL, "时|落"},
	{"节", "节", GW_KIND_COUNT, M, "约|能", "能|约|日|点|假|水|电|庆|奏|目"},
	{"门", "门", GW_KIND_COUNT, M, NULL, "户|诊|槛|类|口|店|前|禁|票|面|窗"},
	{"种", "种", GW_KIND_COUNT, M, NULL, "植|子|类|养|苗|粮|业|地|群"},
	{"类", "类", GW_KIND_COUNT, M, NULL, "别|似|型"},
	{"粒", "粒", GW_KIND_COUNT, M, NULL, NULL},
	{"单", "单", GW_KIND_COUNT, M, "位|独", "位|独|元|一|项|次|个|据|列|纯"},
	{"人", "人", GW_KIND_COUNT, U, "口", "大|民|社|武|防|才|口|员|事|力|工|群|居|均|文|类|物|性|格"},
	{"户", "户", GW_KIND_COUNT, M, NULL, "籍|口|型|外|主|内"},
	{"次", "次", GW_KIND_COUNT, M, NULL, "要|序|生|级|数"},
	{"项", "项", GW_KIND_COUNT, M, "目|!目标", "目|!目标"},   /* 5项目 is a noun, 3项目标任务 is 项 */
	{"件", "件", GW_KIND_COUNT, M, NULL, NULL},
	{"具", "具", GW_KIND_COUNT, M, "有|备|体", "有|备|体"},   /* 火化遗体2,146具; 具有 is no unit */
	{"家", "家", GW_KIND_COUNT, M, NULL, "庭|属|长|乡|具|电|!乡镇|!乡村"},   /* 8家乡镇卫生院 */
	{"所", "所", GW_KIND_COUNT, M, "有|以", "在|属|有|得|以|谓|长"},
	{"名", "名", GW_KIND_COUNT, M, "列", "单|称|义|录|额|牌|次|!单位"},   /* 3名单位负责人 */
	{"位", "位", GW_KIND_COUNT, M, "居|列|于", "置|于"},
	{"辆", "辆", GW_KIND_COUNT, M, NULL, NULL},
	{"座", "座", GW_KIND_COUNT, M, "谈", "谈|位"},
	{"条", "条", GW_KIND_COUNT, M, NULL, "例|件|款|线"},
	{"处", "处", GW_KIND_COUNT, M, "理|置|于|罚", "理|置|室|长|分|罚|级"},
	{"套", "套", GW_KIND_COUNT, M, NULL, NULL},
	{"场", "场", GW_KIND_COUNT, M, NULL, "所|地|景|馆|站|面|长|合"},
	{"张", "张", GW_KIND_COUNT, M, NULL, NULL},
	{"起", "起", GW_KIND_COUNT, M, "到|草|步|诉", "草|来|步|诉|点|到"},
	{"份", "份", GW_KIND_COUNT, M, NULL, "额"},
	{"台", "台", GW_KIND_COUNT, M, NULL, "账|风|阶|湾"},
	{"批", "批", GW_KIND_COUNT, M, "准|复", "准|复|示|评|发"},
	{"栋", "栋", GW_KIND_COUNT, M, NULL, NULL},
	{"幢", "幢", GW_KIND_COUNT, M, NULL, NULL},
	{"间", "间", GW_KIND_COUNT, M, NULL, NULL},
	{"宗", "宗", GW_KIND_COUNT, M, NULL, "旨|教"},
	{"例", "例", GW_KIND_COUNT, M, "如", "如|会"},
	{"只", "只", GW_KIND_COUNT, M, "有|要|是|能", "有|要|是|能"},
	{"头", "头", GW_KIND_COUNT, M, NULL, NULL},
	{"棵", "棵", GW_KIND_COUNT, M, NULL, NULL},
	{"株", "株", GW_KIND_COUNT, M, NULL, NULL},
	{"本", "本", GW_KIND_COUNT, M, NULL, "地|级|市|县|区|年|次|单位|部门|领域"},
	{"册", "册", GW_KIND_COUNT, M, NULL, NULL},
	{"篇", "篇", GW_KIND_COUNT, M, NULL, "章"},
	{"部", "部", GW_KIND_COUNT, M, "门|分", "门|署|分|长|位|委|队"},
	{"架", "架", GW_KIND_COUNT, M, NULL, "构|子"},
	{"艘", "艘", GW_KIND_COUNT, M, NULL, NULL},
	{"列", "列", GW_KIND_COUNT, M, "入|为", "入|为|车"},
	{"支", "支", GW_KIND_COUNT, M, "持|撑|付|出", "出|持|付|部|撑|队伍建设"},
	{"期", "期", GW_KIND_COUNT, M, NULL, "间|限|待|末|初|满"},
	{"轮", "轮", GW_KIND_COUNT, M, NULL, NULL},
	{"块", "块", GW_KIND_COUNT, M, NULL, NULL},
	{"片", "片", GW_KIND_COUNT, M, "区", "区"},
	{"眼", "眼", GW_KIND_COUNT, M, NULL, "光"},
	{"口", "口", GW_KIND_COUNT, M, NULL, "岸|径|号|罩"},
	{"根", "根", GW_KIND_COUNT, M, "据", "本|据|治"},
	{"盏", "盏", GW_KIND_COUNT, M, NULL, NULL},
	{"层", "层", GW_KIND_COUNT, M, "次", "面|级|次"},
	/* less frequent measure words, each blocked only where a common word
	 * starts with it (枚举, 款项, 卷宗, 届时, 拨付, 首先 …) */
	{"枚", "枚", GW_KIND_COUNT, M, NULL, "举"},
	{"款", "款", GW_KIND_COUNT, M, NULL, "项|式"},
	{"卷", "卷", GW_KIND_COUNT, M, "入", "宗|烟|入"},
	{"届", "届", GW_KIND_COUNT, M, "时", "时|满|次"},
	{"拨", "拨", GW_KIND_COUNT, M, "付|打|出|入|给", "付|款|打|出|入|给"},
	{"堂", "堂", GW_KIND_COUNT, M, NULL, NULL},
	{"颗", "颗", GW_KIND_COUNT, M, NULL, NULL},
	{"束", "束", GW_KIND_COUNT, M, "缚", "缚"},
	{"枝", "枝", GW_KIND_COUNT, M, NULL, NULL},
	{"盆", "盆", GW_KIND_COUNT, M, NULL, "地"},
	{"封", "封", GW_KIND_COUNT, M, "闭|存|堵|控|锁", "闭|存|堵|控|装|锁|条|面|建|顶"},
	{"首", "首", GW_KIND_COUNT, M, "先", "先|次|批|届|位|都|府|长|要|页|创|发|个|席|选|家|轮|付|站|季|部|日|贷|违|犯|诊|期|问|台|套|例|条|单"},
	{"集", "集", GW_KIND_COUNT, M, "中|聚|成|约|结", "中|体|团|成|镇|聚|约|市|资|散|装|群|训|合|贸|会|结|控"},
	{"剂", "剂", GW_KIND_COUNT, M, NULL, "量|型"},
	{"台套", "台套", GW_KIND_COUNT, M, NULL, NULL},
	{"组", "组", GW_KIND_COUNT, M, "织|建|成", "织|建|成|长|团|合|别|委|员|队|装|件|网|图|干|训|稿|室|团"},
	{"趟", "趟", GW_KIND_COUNT, M, NULL, NULL},
	{"扇", "扇", GW_KIND_COUNT, M, NULL, NULL},
	{"孔", "孔", GW_KIND_COUNT, M, NULL, "子|雀|隙|道|洞|径"},
	{"顶", "顶", GW_KIND_COUNT, M, "替|住", "层|级|尖|岗|替|住|格|端|部"},
	{"面", "面", GW_KIND_COUNT, M, "向|对|临", "积|向|临|对|貌|上|料|试|谈|子|前|广|域|板|包|的|签|值|达|为"},
	{"页", "页", GW_KIND_COUNT, M, NULL, "面"},
	{"床", "床", GW_KIND_COUNT, M, NULL, "位|上|铺|单"},
	/* channels of video or signal (接入视频监控6,420路): 16路公交 is a route's
	 * name, so the words a route goes on with rule it out, and indicators.c
	 * keeps it only beside a signal word (GW_LEX_SIGNAL) */
	{"路", "路", GW_KIND_COUNT, M, ROUTE_GLUED, NULL},
	/* the sizes of texts and images (编印资料32万字, 数字化扫描1,520万画幅,
	 * 拍摄影像9,000帧): what they count is themselves, so no measure word.
	 * A digit before 字 may name a motto instead (12字方针, 8字诀), or a
	 * document's office (…字第3号): those continuations rule it out. */
	{"字", "字", GW_KIND_COUNT, U, "方针|诀|经|要诀|真经|号|第|母|样|幕|头|体|形|符|方",
	 "方针|诀|经|号|第|母|样|幕|头|体|形|符|方"},
	{"画幅", "画幅", GW_KIND_COUNT, U, NULL, NULL},
	{"帧", "帧", GW_KIND_COUNT, U, NULL, NULL},
	{"度", "度", GW_KIND_MEASURE, U, "过", "假|过|汛|夏|冬|为|较|上|下|内|大|的|地|提|显|明|以"},
	{"℃", "℃", GW_KIND_MEASURE, U, NULL, NULL},
};

/* Units read only after "/", as what a figure is per (400吨/日, 5万立方米/日,
 * 300t/d): right after a number 日, 月 and 时 are dates and times of day,
 * d and a letters. */
static const gw_unit_def per_only_units[] = {
	{"日", "日", GW_KIND_MEASURE, U, NULL, NULL},
	{"月", "月", GW_KIND_MEASURE, U, NULL, NULL},
	{"时", "时", GW_KIND_MEASURE, U, NULL, NULL},
	{"季度", "季度", GW_KIND_MEASURE, U, NULL, NULL},
	{"d", "d", GW_KIND_MEASURE, U, NULL, NULL},
	{"a", "a", GW_KIND_MEASURE, U, NULL, NULL},
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* A counting unit + 次 counts occurrences of what it counts (段次: road
 * sections inspected, times their inspections; 人次, 家次, 批次, 架次 …), so
 * every one-character counting unit of the table makes one with 次, with
 * its own measure-word flag (test_units.c checks that none is missing). */
#define TIMES(stem, mw) {stem "次", stem "次", GW_KIND_COUNT, mw, NULL, NULL}

static const gw_unit_def times_units[] = {
	TIMES("个", M), TIMES("对", M), TIMES("双", M), TIMES("棒", M), TIMES("笔", M), TIMES("幅", M),
	TIMES("票", M), TIMES("羽", M), TIMES("尾", M), TIMES("匹", M), TIMES("箱", M), TIMES("袋", M),
	TIMES("瓶", M), TIMES("盒", M), TIMES("包", M), TIMES("段", M), TIMES("节", M), TIMES("门", M),
	TIMES("种", M), TIMES("类", M), TIMES("粒", M), TIMES("单", M), TIMES("人", U), TIMES("户", M),
	TIMES("项", M), TIMES("件", M), TIMES("家", M), TIMES("所", M), TIMES("名", M), TIMES("位", M),
	TIMES("辆", M), TIMES("座", M), TIMES("条", M), TIMES("处", M), TIMES("套", M), TIMES("场", M),
	TIMES("张", M), TIMES("起", M), TIMES("份", M), TIMES("台", M), TIMES("批", M), TIMES("栋", M),
	TIMES("幢", M), TIMES("间", M), TIMES("宗", M), TIMES("例", M), TIMES("只", M), TIMES("头", M),
	TIMES("棵", M), TIMES("株", M), TIMES("本", M), TIMES("册", M), TIMES("篇", M), TIMES("部", M),
	TIMES("架", M), TIMES("艘", M), TIMES("列", M), TIMES("支", M), TIMES("期", M), TIMES("轮", M),
	TIMES("块", M), TIMES("片", M), TIMES("眼", M), TIMES("口", M), TIMES("根", M), TIMES("盏", M),
	TIMES("层", M), TIMES("枚", M), TIMES("款", M), TIMES("卷", M), TIMES("届", M), TIMES("拨", M),
	TIMES("堂", M), TIMES("颗", M), TIMES("束", M), TIMES("枝", M), TIMES("盆", M), TIMES("封", M),
	TIMES("首", M), TIMES("集", M), TIMES("剂", M), TIMES("组", M), TIMES("趟", M), TIMES("扇", M),
	TIMES("孔", M), TIMES("顶", M), TIMES("面", M), TIMES("页", M), TIMES("床", M), TIMES("字", U),
	TIMES("帧", U), TIMES("具", M),
};

/* Nouns that are no measure word on their own — 5校 and 3村 are nouns glued
 * to a number like 9县区, 3班 and 2车 rather a class's or a vehicle's name —
 * but count trips and visits with 次: 30校次, 12航次, 200村次, 50井次, 80车次. */
static const gw_unit_def ci_units[] = {
	TIMES("航", M), TIMES("校", M), TIMES("村", M), TIMES("井", M), TIMES("车", M), TIMES("班", M),
};

/* Words beginning with 次 that are no 次 "times" (3个次要问题 is 3 个). */
#define CI_NOT "要|序|生|级"

static bool one_han_count(const gw_unit_def *u)
{
	return u->kind == GW_KIND_COUNT && strlen(u->written) == 3 &&
	       (unsigned char)u->written[0] >= 0xE4 && strcmp(u->written, "次") != 0;
}

/* The X次 unit of the one-character counting unit u, or NULL. */
static const gw_unit_def *times_of(const gw_unit_def *u)
{
	for (size_t i = 0; i < N_OF(times_units); i++)
		if (memcmp(times_units[i].written, u->written, 3) == 0)
			return &times_units[i];
	return NULL;
}

/* True when s[0..n) starts with one of the "|"-separated words of list
 * and with none of its "!"-marked exceptions ("目|!目标": 项目 but not
 * 项目标任务, where 项 counts 目标任务). */
static bool starts_with_any(const char *s, size_t n, const char *list)
{
	bool hit = false;
	while (list && *list) {
		const char *bar = strchr(list, '|');
		size_t len = bar ? (size_t)(bar - list) : strlen(list);
		bool except = len && list[0] == '!';
		const char *w = except ? list + 1 : list;
		size_t wl = except ? len - 1 : len;
		if (wl && wl <= n && memcmp(s, w, wl) == 0) {
			if (except)
				return false;
			hit = true;
		}
		list = bar ? bar + 1 : NULL;
	}
	return hit;
}

static bool same_letters(const char *a, const char *b, size_t l)
{
	for (size_t i = 0; i < l; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return false;
	return true;
}

/* Is unit u written at s[0..l)?  Latin abbreviations of two letters or more
 * match in any case (KW, Km, tb). */
static bool written_at(const gw_unit_def *u, const char *s, size_t l)
{
	if (tolower((unsigned char)s[0]) != tolower((unsigned char)u->written[0]))
		return false;   /* the common case, kept cheap: called per unit per quantity */
	if (memcmp(s, u->written, l) == 0)
		return true;
	return l >= 2 && isalpha((unsigned char)u->written[0]) && isalpha((unsigned char)u->written[1]) &&
	       same_letters(s, u->written, l);
}

static bool ruled_out(const gw_unit_def *u, const char *rest, size_t n, bool after_mask)
{
	return starts_with_any(rest, n, u->glued) ||
	       (after_mask && starts_with_any(rest, n, u->after_mask));
}

/* The longest unit of table[0..count) written at s[0..n) and not ruled out. */
static const gw_unit_def *table_match(const gw_unit_def *table, size_t count, const char *s, size_t n,
				      bool after_mask, size_t *len)
{
	const gw_unit_def *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < count; i++) {
		if (tolower((unsigned char)s[0]) != tolower((unsigned char)table[i].written[0]))
			continue;   /* the common case, kept cheap: called per unit per quantity */
		size_t l = strlen(table[i].written);
		if (l <= best_len || l > n || !written_at(&table[i], s, l))
			continue;
		if (ruled_out(&table[i], s + l, n - l, after_mask))
			continue;
		best = &table[i];
		best_len = l;
	}
	*len = best_len;
	return best;
}

/* 次 at s[0..n) that counts times (not 次要, 次序 …). */
static bool times_at(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "次", 3) == 0 && !starts_with_any(s + 3, n - 3, CI_NOT);
}

static const gw_unit_def *compound_match(const gw_unit_def *best, const char *s, size_t n, size_t *len)
{
	const gw_unit_def *times = best && one_han_count(best) ? times_of(best) : NULL;
	if (times && times_at(s + *len, n - *len)) {
		*len += 3;
		return times;
	}
	if (best)
		return best;
	for (size_t k = 0; k < N_OF(ci_units); k++)
		if (n >= 3 && memcmp(s, ci_units[k].written, 3) == 0 && times_at(s + 3, n - 3)) {
			*len = 6;
			return &ci_units[k];
		}
	return NULL;
}

/* Folds full-width Latin letters at the start of s (ＴＢ, ｋｍ²) into
 * ASCII in out; at[k] is the byte of s where out[k + 1] starts.  Returns
 * the folded length (0 when s starts with no full-width letter). */
static size_t fold_latin(const char *s, size_t n, char *out, size_t cap, size_t *at)
{
	size_t i = 0, k = 0;
	while (k + 1 < cap && i + 3 <= n && (unsigned char)s[i] == 0xEF) {
		unsigned char b1 = (unsigned char)s[i + 1], b2 = (unsigned char)s[i + 2];
		unsigned cp = 0xF000u | (unsigned)(b1 & 0x3F) << 6 | (b2 & 0x3F);
		if (cp >= 0xFF21 && cp <= 0xFF3A)
			out[k] = (char)('A' + (cp - 0xFF21));
		else if (cp >= 0xFF41 && cp <= 0xFF5A)
			out[k] = (char)('a' + (cp - 0xFF41));
		else
			break;
		i += 3;
		at[k++] = i;
	}
	if (k && i + 2 <= n && (unsigned char)s[i] == 0xC2 &&
	    ((unsigned char)s[i + 1] == 0xB2 || (unsigned char)s[i + 1] == 0xB3) && k + 2 < cap) {
		out[k] = s[i];
		at[k++] = i + 1;
		out[k] = s[i + 1];
		at[k++] = i + 2;
	}
	return k;
}

const gw_unit_def *gw_unit_match(const char *s, size_t n, bool after_mask, size_t *len)
{
	char latin[16];
	size_t at[16];
	*len = 0;
	if (!n)
		return NULL;   /* a "/" ending the text: no byte to look at */
	size_t k = fold_latin(s, n, latin, sizeof latin, at);
	if (k) {
		const gw_unit_def *u = table_match(units, N_OF(units), latin, k, after_mask, len);
		if (u)
			*len = at[*len - 1];
		return u;
	}
	const gw_unit_def *best = table_match(units, N_OF(units), s, n, after_mask, len);
	return compound_match(best, s, n, len);
}

const gw_unit_def *gw_unit_per_match(const char *s, size_t n, size_t *len)
{
	const gw_unit_def *u = gw_unit_match(s, n, false, len);
	return u || !n ? u : table_match(per_only_units, N_OF(per_only_units), s, n, false, len);
}

bool gw_unit_is_span(const gw_unit_def *u)
{
	return u && gw_lex_is(GW_LEX_SPAN, u->name, strlen(u->name));
}

