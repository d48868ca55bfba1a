/*
 * units.c — the indicator vocabulary as tables (see units.h).
 *
 * To teach the extractor a new unit, measure word, change word or verb,
 * add one line here and one case to tests/unit/test_units.c; no code in
 * indicators.c needs to change.  Compound counting units (段次, 人次) are
 * derived from the table, not listed (see ci_stems).  Lists are small (tens of entries) and
 * matched by linear scan: a position is tried against each list once.
 */
#include "units.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define M true   /* measure word: the noun after it names the thing counted */
#define U false

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
	{"千瓦时", "千瓦时", GW_KIND_MEASURE, U, NULL, NULL},
	{"千瓦", "千瓦", GW_KIND_MEASURE, U, NULL, NULL},
	{"兆瓦", "兆瓦", GW_KIND_MEASURE, U, NULL, NULL},
	{"kWh", "kWh", GW_KIND_MEASURE, U, NULL, NULL},
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

static const gw_magnitude magnitudes[] = {
	{"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"亿", 1e8},
	{"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"万", 1e4},
	{"千", 1e3}, {"百", 1e2},
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* A counting unit + 次 counts occurrences of what it counts (段次: road
 * sections inspected, times their inspections; 人次, 家次, 批次, 架次 …), so
 * every one-character counting unit of the table makes one with 次.  These
 * nouns are no measure word on their own — 5校 and 3村 are nouns glued to a
 * number like 9县区, 3班 and 2车 rather a class's or a vehicle's name — but
 * count trips and visits with 次: 30校次, 12航次, 200村次, 50井次, 80车次. */
static const char *const ci_stems[] = {"航", "校", "村", "井", "车", "班"};

/* Words beginning with 次 that are no 次 "times" (3个次要问题 is 3 个). */
#define CI_NOT "要|序|生|级"

#define N_COMPOUND (N_OF(units) + N_OF(ci_stems))
static gw_unit_def compound[N_COMPOUND];
static char compound_text[N_COMPOUND][8];
static unsigned char unit_len[N_OF(units)];
static bool units_ready;

static bool one_han_count(const gw_unit_def *u)
{
	return u->kind == GW_KIND_COUNT && strlen(u->written) == 3 &&
	       (unsigned char)u->written[0] >= 0xE4 && strcmp(u->written, "次") != 0;
}

static void make_compound(size_t i, const char *stem, bool measure_word)
{
	snprintf(compound_text[i], sizeof compound_text[i], "%s次", stem);
	compound[i] = (gw_unit_def){compound_text[i], compound_text[i], GW_KIND_COUNT, measure_word,
				    NULL, NULL};
}

static void units_prepare(void)
{
	for (size_t i = 0; i < N_OF(units); i++) {
		unit_len[i] = (unsigned char)strlen(units[i].written);
		if (one_han_count(&units[i]))
			make_compound(i, units[i].written, units[i].measure_word);
	}
	for (size_t k = 0; k < N_OF(ci_stems); k++)
		make_compound(N_OF(units) + k, ci_stems[k], true);
	units_ready = true;
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

static const gw_unit_def *table_match(const char *s, size_t n, bool after_mask, size_t *len)
{
	const gw_unit_def *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < N_OF(units); i++) {
		size_t l = unit_len[i];
		if (l <= best_len || l > n || !written_at(&units[i], s, l))
			continue;
		if (ruled_out(&units[i], s + l, n - l, after_mask))
			continue;
		best = &units[i];
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
	if (best && one_han_count(best) && times_at(s + *len, n - *len)) {
		*len += 3;
		return &compound[best - units];
	}
	if (best)
		return best;
	for (size_t k = 0; k < N_OF(ci_stems); k++)
		if (n >= 3 && memcmp(s, ci_stems[k], 3) == 0 && times_at(s + 3, n - 3)) {
			*len = 6;
			return &compound[N_OF(units) + k];
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
	if (!units_ready)
		units_prepare();
	char latin[16];
	size_t at[16];
	size_t k = fold_latin(s, n, latin, sizeof latin, at);
	if (k) {
		const gw_unit_def *u = table_match(latin, k, after_mask, len);
		if (u)
			*len = at[*len - 1];
		return u;
	}
	const gw_unit_def *best = table_match(s, n, after_mask, len);
	return compound_match(best, s, n, len);
}

bool gw_unit_is_span(const gw_unit_def *u)
{
	static const char *const spans[] = {"年", "个月", "周", "天"};
	for (size_t i = 0; i < N_OF(spans); i++)
		if (u && strcmp(u->name, spans[i]) == 0)
			return true;
	return false;
}

const gw_magnitude *gw_magnitude_match(const char *s, size_t n, size_t *len)
{
	const gw_magnitude *best = NULL;
	size_t best_len = 0;
	for (size_t i = 0; i < N_OF(magnitudes); i++) {
		size_t l = strlen(magnitudes[i].written);
		if (l > best_len && l <= n && memcmp(s, magnitudes[i].written, l) == 0) {
			best = &magnitudes[i];
			best_len = l;
		}
	}
	*len = best_len;
	return best;
}

/* ---- word lists -------------------------------------------------------- */

/* Only verbs that add nothing to what is measured: 排查隐患 and 走访企业
 * keep their verb, 完成投资 and 争取资金 lose it. */
static const char *const verbs[] = {
	"完成", "争取", "争取到", "累计建成", "建成", "实现", "达到", "新增", "投入", "开展", "组织",
	"落实", "实施", "举办", "召开", "办理", "解决", "解决了", "发放", "帮助", "带动", "吸引",
	"接待", "提供", "新建", "配备", "购置", "打造", "创建", "推动", "推进", "支持",
	"安排", "下达", "拨付", "筹集", "筹措", "出台", "制定", "印发", "拥有", "现有", "共有",
	"建设", "设立", "成立", "组建", "新开通", "开通", "建立", "形成", "研究制定", "制定了",
	"累计", "累计完成", "全面完成", "超额完成", "顺利完成", "共完成", "已完成", "预计",
	"预计实现", "预计完成", "计划", "力争", "确保", "全年", "年内", "新增了", "完成了",
	"实现了", "投入了", "共计", "合计", "总计", "累计投入", "累计实施", "累计开展",
	"累计发放", "累计帮助", "累计培训", "累计接待", "累计办理", "已", "已经", "均", "全部",
	"先后", "共计完成", "通过", "进行", "召开了", "开展了", "组织了", "举办了", "落实了",
	"发放了", "安排了", "争取了", "建成了", "成立了", "设立了", "新建了", "建立了", "获得",
	"获批", "收到", "受理", "惠及", "新认定", "开工建设", "共发生", "发生", "实行", "出让", "立案查处",
	"查处", "深化", "新建改造", "改造提升", "新建改扩建",
};

/* Single characters are here only when they rarely begin a noun: 在 (在建),
 * 重点 (重点人群) and 集中 (集中供水站) are therefore not. */
static const char *const leads[] = {
	"和", "及", "以及", "与", "、", "并", "并且", "同时", "其中", "另外", "此外", "还", "也",
	"均", "对", "为", "）", ")", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "认真", "积极", "扎实", "全面", "大力", "深入", "进一步",
	"稳步", "持续", "不断", "加快", "努力", "主动", "成功", "顺利", "圆满", "高质量", "严格",
	"切实", "着力", "全力", "精心", "依法", "及时", "先后", "分批", "分期", "陆续",
	"按不变价格计算", "按可比价格计算", "按可比价计算", "按现价计算",
	"目前", "现已", "已", "当年", "今年", "本年", "年内", "全年", "年度", "本年度", "上半年",
	"下半年", "一季度", "前三季度", "全年共", "今年以来", "年初以来", "以来", "截至目前",
	"截至", "截止", "截止到", "共计", "合计", "总计", "累计共", "的", "了", "一是", "二是",
	"每年", "每月", "每周", "每天", "每日", "每季度",   /* 每年免费体检 → 免费体检 */
	"三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "首先", "其次", "再次",
	"最后", "通过", "经过", "依托", "围绕", "聚焦", "坚持",
	/* the speaker and modals: 我们将力争…, 我局拟… */
	"我们", "我局", "我委", "我办", "我县", "我市", "我区", "我镇", "我乡", "我院", "我站", "我所",
	"我中心", "将", "拟", "率先", "在全市", "在全县", "在全区", "在全省", "在全镇", "在全国",
	"按照", "根据", "去年", "上年",
};

static const char *const tails[] = {
	"达到", "达", "为", "共", "共计", "合计", "总计", "累计", "超过", "约", "近", "了",
	"分别", "分别达到", "分别为", "分别达", "分别是", "均达到", "均为", "已达", "已达到",
	"达到了", "突破", "实现", "完成", "约为", "的", "共有", "涉及", "惠及", "新增",
	"提高到", "提升到", "提高至", "提升至", "增长到", "增长至", "增加到", "增加至", "下降到",
	"下降至", "降低到", "降低至", "降到", "降至", "减少到", "减少至", "缩短到", "缩短至",
	"压缩到", "压缩至", "缩短为", "降低为", "减少为", "提高为", "增加为", "调整为", "压缩为",
	"下降为", "提升为", "控制在", "保持在", "稳定在", "保持", "稳定", "由", "从",
	/* 平均 before the copula is the adverb "on average" (办理时间平均为3天) */
	"平均为", "平均达到", "平均达", "平均在",
	"发展到", "发展至", "增至", "扩大到", "扩大至", "升至", "上升到", "上升至", "达到了",
	"实行", "仅有", "只有", "全部", "由过去的", "由原来的", "从过去的", "由过去", "精确到", "精准到", "延长到", "延长至", "仅", "仅为", "仍在", "仍为", "仍",
};

static const char *const ups[] = {
	"增长", "提高", "上升", "增加", "上涨", "提升", "增长了", "提高了", "上升了", "增加了",
	"提升了", "上涨了", "增", "扩大", "增幅", "提价", "涨价",
};

static const char *const downs[] = {
	"下降", "降低", "减少", "压缩", "缩短", "下降了", "降低了", "减少了", "压缩了", "缩短了",
	"下滑", "回落", "降", "减", "缩减", "压减", "节约", "节省", "降幅", "降价", "减价",
};

static const char *const tos[] = {"到", "至", "为", "在", "到了"};

static const char *const qual_before[] = {
	"约", "近", "将近", "接近", "超过", "超", "逾", "不足", "不到", "不少于", "不低于",
	"不超过", "至少", "大约",
};

static const char *const qual_after[] = {"以上", "以下", "以内", "左右", "多", "余", "上下", "之多"};

static const char *const qual_inside[] = {"多", "余"};

static const char *const compares[] = {
	"同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期",
	"比去年同期", "较去年同期", "比年初", "较年初", "同比分别", "分别", "年均",
};

static const char *const generic[] = {
	"总投资", "投资", "完成投资", "投资额", "开工率", "竣工率", "完成率", "办结率", "覆盖率",
	"总额", "总面积", "面积", "资金", "总量", "规模", "金额", "数量", "任务", "占比", "比重",
	"比例", "同比", "人数", "户数", "个数", "次数", "总数", "长度", "总长", "里程", "产值",
	"收入", "支出", "营业收入", "利润", "税收", "补助", "奖励", "补贴", "开工", "竣工",
	"完工", "建成", "覆盖", "受益", "惠及", "涉及", "其中", "合格率", "达标率", "满意度",
	"满意率", "增速", "增幅", "降幅", "年均", "人均", "平均", "合计", "累计", "分别",
	"提高", "增长", "下降", "降低", "上升", "增加", "减少", "任务完成率", "执行率", "到位率",
	"入住率", "使用率", "利用率", "就业率", "参保率", "签约率", "销售额", "成交额", "交易额",
	"标准", "用地", "建筑面积", "占地", "占地面积", "总造价", "造价", "估算", "总估算",
	"每户", "每人", "户均", "中标总额", "授信", "贷款", "总产量", "产量", "总产值", "亩均",
	"投入资金", "到位资金", "安排资金", "拨付资金", "下达资金", "筹措资金", "争取资金",
	"全长", "总长度", "长", "宽", "平均用时", "用时", "耗时", "平均时间", "时间", "时长", "亩均投入", "亩均产量", "亩均收入", "人均收入", "户均收入", "单产", "均价",
};

static const char *const stages[] = {
	"开工", "竣工", "完工", "完成", "建成", "开工建设", "投资", "总投资", "完成投资",
	"任务", "面积", "播种面积", "种植面积", "养殖面积", "规模", "总量", "总规模", "产量",
	"总产量",
};

static const char *const noun_stops[] = {
	"的", "和", "及", "与", "或", "并", "实施", "开展", "完成", "全部", "均", "已", "得到",
	"进行", "通过", "获得", "纳入", "参加", "参与", "被", "受益", "达到", "实现", "共",
	"累计", "同比", "增长", "其中", "开工", "竣工", "分配", "入住", "签约", "落地", "投产",
	"建设", "改造", "提升", "整治", "挂牌", "加入", "按期", "列为", "被评为", "获评", "获",
	"入选", "上线", "运行", "投入", "使用", "接受", "开展", "办结", "完工", "投用", "正式",
	"顺利", "圆满", "全面", "有效", "基本", "共计", "合计", "以上", "以下", "以内", "左右",
	"进入", "落户", "入驻", "到位", "实现", "发放", "参与", "覆盖", "惠及", "新增",
	"需", "需要", "将", "要", "在", "于", "等", "是", "为", "有", "也", "都", "还", "又",
	"从", "向", "给", "对", "把", "已经", "已全部", "分别", "以及",
	/* adverbs and function words that begin the predicate: 12个乡镇全覆盖,
	 * 15家单位既有…, 4个场馆每天开放, 3个社区逐户走访 */
	"全覆盖", "全程", "全天", "全域", "全员", "全额", "全力", "全年", "既", "每", "逐", "各",
	"均已", "同时", "随时",
	/* verbs that begin the predicate: 3所中小学建立合作关系, 2个村接入 */
	"建立", "签订", "达成", "推进", "举办", "召开", "专题研究", "制定", "出台", "印发",
	"开工建设", "配合", "协助", "承担", "负责", "组建", "成立", "设立", "签署", "共建", "结对",
	"对接",
	"同比增长", "同比下降", "提高", "下降", "减少", "增加", "达", "占", "约", "近", "提供",
	"开展", "享受", "参加", "获得", "接受", "使用",
	/* adverbs of manner, negation and time begin the predicate, never a
	 * noun's inside: 42户纳税人依法不予处罚, 3家企业尚未建立, 2万名妇女免费
	 * 体检, 5个问题及时整改 (those that may also open a noun, 免费停车场,
	 * are in indicators.c's noun_start) */
	"依法", "依规", "依纪", "及时", "按时", "如期", "定期", "免费", "无偿", "主动", "积极", "统一",
	"不予", "予以", "尚未", "仍未", "均未", "还未", "暂未", "并未", "从未", "未能", "尚", "仍",
	"正在", "陆续", "逐步", "率先", "首次", "再次", "一律", "一并", "立即", "立行", "马上", "迅速",
	"限期", "限时", "深入", "扎实", "大力", "持续", "不断", "认真", "切实", "带头",
	"平均", "人均", "户均", "日均", "年均", "亩均",
	/* 到 + a place (选派5名干部到村任职) and the verbs ending in 到 or 于
	 * (受到, 位于, 用于) begin the predicate */
	"到", "受到", "收到", "遇到", "做到", "得以", "位于", "属于", "处于", "用于", "等于", "高于",
	"低于", "大于", "小于", "多于", "少于", "优于", "好于", "快于", "慢于", "涉及",
	/* verbs holding a function character (成为, 具有, 下达): the predicate
	 * starts at their first character, not at the function word */
	"成为", "作为", "称为", "视为", "认为", "现有", "拥有", "具有", "享有", "存在", "下达", "传达",
	"送达", "到达", "抵达", "即将", "必将", "共同", "有序",
};

/* Words in which a one-character function word (在, 有, 要, 达, 为, 等,
 * 到 …: noun_stops and leads) or a stop verb (负责人) is bound, so that it
 * is none: 主要, 国有,
 * 行为, 平等, 雷达 end with one, 达标, 在建, 有关, 到期, 共享 begin with
 * one.  A noun after a measure word goes on through them (19名党政主要领导
 * 干部, 3家长期不达标平台, 5家国有企业, 3起违法行为), and a label loses
 * none of them (天气雷达 is no 天气雷 + 达).  Verbs and prepositions that
 * begin a predicate (位于, 受到, 面向) are stops, not here. */
static const char *const bound_words[] = {
	/* … ending with one (nouns and modifiers only: a verb such as 具有,
	 * 下达, 成为 begins the predicate and is a stop) */
	"主要", "重要", "首要", "必要", "纲要", "摘要", "紧要", "简要", "提要", "发达", "雷达",
	"老将", "大将", "主将", "名将", "必需", "所需", "军需", "所在", "内在", "潜在", "外在",
	"所有", "国有", "私有", "公有", "固有", "特有", "原有", "稀有", "求是",
	"行为", "人为", "有为", "无为", "所为",
	"平等", "同等", "初等", "中等", "高等", "对等", "均等", "相等", "优等", "上等", "一等", "二等",
	"三等", "特等", "首都", "古都",
	"方向", "导向", "走向", "动向", "意向", "倾向", "去向", "取向", "流向", "志向", "双向", "单向",
	"定向", "横向", "纵向", "供给", "补给", "配给", "自给", "相对", "绝对", "配对", "派对", "成对",
	"植被", "棉被", "共和", "温和", "平和", "缓和", "柔和", "调和", "祥和", "饱和",
	"总和", "普及", "平均", "人均", "户均", "日均", "年均", "亩均", "公共", "节约", "集约", "预约",
	"特约", "公约", "条约", "合约", "契约", "附近", "邻近", "报到", "签到", "迟到", "周到",
	/* … beginning with one */
	"达标", "在建", "在册", "在岗", "在校", "在园", "在职", "在编", "在线", "在库", "在役", "在押",
	"在营", "在售", "在读", "在用", "在运", "有关", "有机", "有线", "有偿", "有害", "有色", "有形",
	"有限", "要素", "要点", "要件", "要案", "要闻", "要地", "需求", "为民", "为老", "为农",
	"等级", "等候", "从业", "对口", "对外", "对象", "和谐", "和美", "及格", "与会", "并网",
	"并购", "均衡", "共青", "共产", "共性", "共识", "都市", "占地", "到期", "到龄",
	"近郊", "近海", "近视", "是非", "给水",
	/* … the conjunction 及 and the locatives 中, 上 that end a frame (在…中) */
	"及时", "及早", "中心", "中学", "中小", "中层", "中医", "中队", "中型", "中介", "上级", "上游",
	"上市", "上网",
	/* … and nouns beginning with a two-character stop (负责, 使用) */
	"负责人", "使用权", "参与者", "建设者",
};

static const char *const scopes[] = {
	"全市", "全县", "全区", "全省", "全镇", "全乡", "全街道", "全系统", "全局", "全委",
	"全行业", "全年", "全域",
	/* 全 + the speaker's own body: the whole of it, as 全局 */
	"全馆", "全院", "全校", "全厂", "全所", "全站", "全处", "全队", "全中心", "全集团", "全公司",
};

static const char *const attrs[] = {
	"起数", "人数", "户数", "次数", "件数", "个数", "数量", "总数", "面积", "产量", "产值", "金额",
	"总额", "规模", "死亡人数", "受伤人数", "发案数", "经济损失", "直接经济损失", "总收入", "收入",
	"总支出", "支出", "结余", "累计结余", "起付线", "封顶线", "报销比例", "支付比例", "建筑面积", "价款", "成交价款", "时间", "时限", "办理时限", "能力",
	"处理能力", "日处理能力", "清运量", "年清运量", "存栏", "出栏", "总产值", "用地面积", "额度",
	"资金", "在校生", "在园幼儿", "在册人数",
};

/* Verbs a report counts things by (排查隐患136件，已化解128件): a count named
 * only by one of them counts the object of the count before it. */
static const char *const actions[] = {
	"上调", "下调", "调整", "化解", "梳理", "排查", "摸排", "核查", "清理", "整改", "接收", "安置",
	"受理", "办结", "调处", "调解", "查处", "处置", "审核", "审批", "登记", "认定", "评定", "推荐",
	"招聘", "录用", "培训", "走访", "慰问", "帮扶", "救助", "资助", "收治", "治愈", "转诊", "追回",
	"挽回", "销号", "移交", "移送", "退回", "撤销", "注销", "吊销", "取缔", "关停", "拆除", "整治",
	"治理", "修复", "改造", "新建", "建成", "验收", "发放", "下达", "拨付", "兑现", "办理", "答复",
	"回访", "接待", "解决", "安排", "收到", "接到", "立案", "结案", "审结", "执结", "归集", "录入",
	"采集", "核实", "核销", "转办", "交办", "督办", "约谈", "通报", "问责", "处分", "处理",
};

/* Time frames (indicators.c): a span (年, 个月, 周, 天) says WHEN, not how
 * long something measured is, when one of these words is written right
 * before the number (近3年来, 前3年, 过去5年, 今后3年, 每3个月) … */
static const char *const frame_before[] = {
	"近", "前", "后", "此后", "今后", "以后", "之后", "最后", "过去", "最近", "未来", "这", "每",
};

/* … or right after its unit (3年来, 近3年以来, 3个月内, 10年间, 3天后; a
 * period: 3年一次 is 每3年) … */
static const char *const frame_after[] = {
	"来", "以来", "内", "之内", "间", "之间", "里", "中", "之中", "前", "后", "一次", "一轮",
};

/* A span that names a programme is no measure: the span is right followed
 * by one of these (3年行动, 5年规划, 3年攻坚计划, 100天攻坚行动). */
static const char *const programmes[] = {"行动", "计划", "规划", "攻坚", "会战", "专项"};

/* … unless the number is the measured value: after a shift or an
 * approximation that ends like a frame word (提前3天 is how early, 将近3年
 * "nearly"; each longer than the frame word it ends with) … */
static const char *const shifts[] = {"提前", "推后", "延后", "滞后", "落后", "超前", "将近", "接近"};

/* … or after a level, a duration's name or a verb of spending time
 * (缩短至3个月内, 时限为5天内, 建设周期3年内; 历时近3年 and 用了近3年 are
 * "nearly 3 years", 近 being the qualifier there). */
static const char *const levels[] = {
	"至", "到", "为", "达", "控制在", "保持在", "稳定在", "时限", "期限", "周期", "工期",
	"历时", "用时", "耗时", "时长", "用", "用了", "历经", "花了",
};

static const char *const ranges[] = {"-", "－", "~", "～", "—", "–", "至", "到"};

struct lex_list {
	const char *const *words;
	size_t n;
};

static const struct lex_list lists[GW_LEX_COUNT_] = {
	[GW_LEX_VERB] = {verbs, N_OF(verbs)},
	[GW_LEX_LEAD] = {leads, N_OF(leads)},
	[GW_LEX_TAIL] = {tails, N_OF(tails)},
	[GW_LEX_UP] = {ups, N_OF(ups)},
	[GW_LEX_DOWN] = {downs, N_OF(downs)},
	[GW_LEX_TO] = {tos, N_OF(tos)},
	[GW_LEX_QUAL_BEFORE] = {qual_before, N_OF(qual_before)},
	[GW_LEX_QUAL_AFTER] = {qual_after, N_OF(qual_after)},
	[GW_LEX_QUAL_INSIDE] = {qual_inside, N_OF(qual_inside)},
	[GW_LEX_GENERIC] = {generic, N_OF(generic)},
	[GW_LEX_STAGE] = {stages, N_OF(stages)},
	[GW_LEX_NOUN_STOP] = {noun_stops, N_OF(noun_stops)},
	[GW_LEX_SCOPE] = {scopes, N_OF(scopes)},
	[GW_LEX_RANGE] = {ranges, N_OF(ranges)},
	[GW_LEX_COMPARE] = {compares, N_OF(compares)},
	[GW_LEX_ATTR] = {attrs, N_OF(attrs)},
	[GW_LEX_ACTION] = {actions, N_OF(actions)},
	[GW_LEX_FRAME_BEFORE] = {frame_before, N_OF(frame_before)},
	[GW_LEX_FRAME_AFTER] = {frame_after, N_OF(frame_after)},
	[GW_LEX_SHIFT] = {shifts, N_OF(shifts)},
	[GW_LEX_LEVEL] = {levels, N_OF(levels)},
	[GW_LEX_PROGRAMME] = {programmes, N_OF(programmes)},
	[GW_LEX_BOUND] = {bound_words, N_OF(bound_words)},
};

/* Word lengths and last bytes, computed once: matching is called for every
 * quantity several times, so it must not strlen() every word each time. */
#define LEX_MAX 400
static struct {
	unsigned short len[LEX_MAX];
	unsigned short first[LEX_MAX], last[LEX_MAX];   /* first/last two bytes */
} lex_index[GW_LEX_COUNT_];
static bool lex_ready;

static unsigned short two(const char *s, size_t n)
{
	return (unsigned short)((unsigned char)s[0] << 8 | (n > 1 ? (unsigned char)s[1] : 0));
}

static void lex_prepare(void)
{
	for (int l = 0; l < GW_LEX_COUNT_; l++)
		for (size_t i = 0; i < lists[l].n && i < LEX_MAX; i++) {
			size_t n = strlen(lists[l].words[i]);
			lex_index[l].len[i] = (unsigned short)n;
			lex_index[l].first[i] = two(lists[l].words[i], n);
			lex_index[l].last[i] = two(lists[l].words[i] + n - (n > 1 ? 2 : 1), n);
		}
	lex_ready = true;
}

size_t gw_lex_prefix(gw_lex l, const char *s, size_t n)
{
	if (!lex_ready)
		lex_prepare();
	size_t best = 0;
	if (!n)
		return 0;
	unsigned short c1 = two(s, 1), c2 = two(s, n);
	for (size_t i = 0; i < lists[l].n; i++) {
		size_t len = lex_index[l].len[i];
		if (lex_index[l].first[i] == (len > 1 ? c2 : c1) && len > best && len <= n &&
		    memcmp(s, lists[l].words[i], len) == 0)
			best = len;
	}
	return best;
}

size_t gw_lex_suffix(gw_lex l, const char *s, size_t n)
{
	if (!lex_ready)
		lex_prepare();
	size_t best = 0;
	if (!n)
		return 0;
	unsigned short c1 = two(s + n - 1, 1), c2 = n > 1 ? two(s + n - 2, 2) : c1;
	for (size_t i = 0; i < lists[l].n; i++) {
		size_t len = lex_index[l].len[i];
		if (lex_index[l].last[i] == (len > 1 ? c2 : c1) && len > best && len <= n &&
		    memcmp(s + n - len, lists[l].words[i], len) == 0)
			best = len;
	}
	return best;
}

bool gw_lex_is(gw_lex l, const char *s, size_t n)
{
	if (!lex_ready)
		lex_prepare();
	for (size_t i = 0; i < lists[l].n; i++)
		if (lex_index[l].len[i] == n && memcmp(s, lists[l].words[i], n) == 0)
			return true;
	return false;
}
