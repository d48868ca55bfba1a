/*
 * test_label_classes.c — classes of labelling errors found on held-out
 * sets, each with sentences written for this test (not taken from a set):
 * the label an assessor writes for one figure of a paragraph.  Where
 * tests/spec/labels.txt pins which rule of label.c names a quantity, this
 * file pins what the label reads for a class of wording, whatever rule
 * names it (shares of a whole, words left at a label's end, actors and
 * addressees inside it, counts of people named by a verb).
 */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "read/indicator_text.h"

#define MAX_QTY_TRACE 16

struct label_case {
	const char *para;
	const char *text;  /* the quantity as written (number and unit) */
	const char *label; /* what it must be labelled */
};

/* The label of the quantity written `text` in para, or NULL. */
static const char *label_of(const char *para, const char *text, gw_label_trace *got)
{
	size_t nq = gw_indicator_trace(para, strlen(para), got, MAX_QTY_TRACE);
	for (size_t k = 0; k < nq && k < MAX_QTY_TRACE; k++)
		if (!strcmp(got[k].text, text))
			return got[k].label;
	return NULL;
}

static void check_cases(const struct label_case *cases, size_t n)
{
	size_t failed = 0;
	for (size_t i = 0; i < n; i++) {
		gw_label_trace got[MAX_QTY_TRACE];
		const char *label = label_of(cases[i].para, cases[i].text, got);
		if (label && !strcmp(label, cases[i].label))
			continue;
		failed++;
		printf("%s\n  %s: want %s, got %s\n", cases[i].para, cases[i].text, cases[i].label,
		       label ? label : "(no such quantity)");
	}
	assert_int_equal(failed, 0);
}

#define CHECK(cases) check_cases(cases, sizeof cases / sizeof cases[0])

/* X，占Y的N%: the share names its whole (X占Y比重, as statistics write
 * it); a whole that names nothing (总数) leaves X占比; a change after the
 * share is of X占比. */
static void test_share_of_whole(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全镇共有行政村26个，其中集体经济年收入30万元以上的村18个，占行政村总数的69.2%，比上年提高7个百分点。",
		 "69.2%", "集体经济年收入30万元以上的村占行政村总数比重"},
		{"全镇共有行政村26个，其中集体经济年收入30万元以上的村18个，占行政村总数的69.2%，比上年提高7个百分点。",
		 "7个百分点", "集体经济年收入30万元以上的村占比比上年提高"},
		{"规上工业实现增加值18.2亿元，占全区地区生产总值的31.5%。", "31.5%",
		 "规上工业增加值占地区生产总值比重"},
		{"省级奖补资金3000万元，占总投资的60%。", "60%", "省级奖补资金占总投资比重"},
		{"研究生学历教师占专任教师的21.6%。", "21.6%", "研究生学历教师占专任教师比重"},
		{"公路建设投资占年度计划的112.8%。", "112.8%", "公路建设投资占年度计划"},
		{"今年招录新教师120名，其中硕士研究生35名，占总数的29.2%。", "29.2%", "硕士研究生占比"},
	};
	CHECK(cases);
}

/* Words left between the subject and the number name nothing: 有, 平均,
 * 预计 (可), a per-unit base after a copula. */
static void test_words_before_the_number(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"目前全区农村互助幸福院有52家。", "52家", "农村互助幸福院"},
		{"各村级服务站专职人员平均2人。", "2人", "各村级服务站专职人员"},
		{"管网改造完成后，集中供水率预计可提升到98%。", "98%", "集中供水率"},
		{"单位产品能耗降为0.42吨标准煤。", "0.42吨标准煤", "单位产品能耗"},
		{"人均公园绿地面积达到每万人12.6公顷。", "12.6公顷", "人均公园绿地面积"},
	};
	CHECK(cases);
}

/* An addressee before 将 and an actor before 全年 are no part of what is
 * counted; a place where it was counted stays. */
static void test_inner_words(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"建议市财政局将专项补助资金1200万元列入明年预算。", "1200万元", "专项补助资金"},
		{"区城管执法局全年查处违章建筑156处。", "156处", "查处违章建筑"},
		{"区图书馆全年接待读者21万人次。", "21万人次", "区图书馆接待读者"},
	};
	CHECK(cases);
}

/* A count of people named by a verb is a 人数; the verb alone takes the
 * thing counted before it. */
static void test_headcount(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全年发生道路交通事故32起、死亡11人。", "11人", "道路交通事故死亡人数"},
		{"高速公路交通事故死亡3人。", "3人", "高速公路交通事故死亡人数"},
		{"全区建筑行业发生较大事故1起、死亡4人。", "4人", "较大事故死亡人数"},
		{"城乡居民养老保险参保26.4万人。", "26.4万人", "城乡居民养老保险参保人数"},
		{"新建避灾安置点12个，可容纳3000人。", "3000人", "避灾安置点可容纳人数"},
		/* those who joined are counted by 新增, no headcount */
		{"灵活就业人员新增参保860人。", "860人", "灵活就业人员新增参保"},
	};
	CHECK(cases);
}

/* 为 + whom + an empty verb: the thing given is the label; a connective
 * and the scope after it open no label. */
static void test_clause_openers(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全年为困难家庭发放取暖补贴320万元。", "320万元", "取暖补贴"},
		{"但全市仍有危旧桥梁37座。", "37座", "危旧桥梁"},
	};
	CHECK(cases);
}

/* 由X…至Y: both figures are of the thing that moved, whatever the time
 * written before the level (目前的) or the verb (压减至). */
static void test_moved_level(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"乡镇卫生院中医馆覆盖率由2021年的54%提高到目前的92%。", "92%", "乡镇卫生院中医馆覆盖率"},
		{"超标养殖场由2022年的48家压减至6家。", "48家", "超标养殖场"},
		{"超标养殖场由2022年的48家压减至6家。", "6家", "超标养殖场"},
	};
	CHECK(cases);
}

/* 实现产值, 实现税收: a generic measure after a verb of yield takes the
 * thing the sentence is about (also the subject of its copula). */
static void test_yield_of_topic(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全区规上食品企业发展到48家，实现产值62亿元，同比增长7.5%。", "62亿元", "规上食品企业产值"},
		{"全区规上食品企业发展到48家，实现产值62亿元，同比增长7.5%。", "7.5%", "规上食品企业产值同比增长"},
		{"商贸服务业依然是税收的主要来源，实现税收6.2亿元。", "6.2亿元", "商贸服务业税收"},
	};
	CHECK(cases);
}

/* A verb that says what was counted stays with its object (走访慰问, 查办,
 * 培育, 清理, 受理, 审结: heldout12–16's testers); one that says only that
 * it was done goes (开展, 建成), and so does 各类 after the verb. */
static void test_object_of_the_act(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"走访慰问困难老党员312人。", "312人", "走访慰问困难老党员"},
		{"清理违规广告牌1,450块。", "1,450块", "清理违规广告牌"},
		{"全年审结民事案件2,310件。", "2,310件", "审结民事案件"},
		{"受理各类群众诉求5,120件。", "5,120件", "受理群众诉求"},
		{"查办各类违法案件96件。", "96件", "查办违法案件"},
		{"培育省级专精特新企业14家。", "14家", "培育省级专精特新企业"},
		{"开展业务培训12场。", "12场", "业务培训"},
		{"建成村级服务站38个。", "38个", "村级服务站"},
	};
	CHECK(cases);
}

/* An empty verb between the thing and its measure goes, not before a
 * generic measure it makes specific (完成投资). */
static void test_inner_verbs(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全市机场完成旅客吞吐量286万人次，同比增长12.4%。", "286万人次", "机场旅客吞吐量"},
		{"全市机场完成旅客吞吐量286万人次，同比增长12.4%。", "12.4%", "机场旅客吞吐量同比增长"},
		{"四大支柱产业合计实现产值612亿元。", "612亿元", "四大支柱产业产值"},
		{"交通项目完成投资18.6亿元。", "18.6亿元", "交通项目完成投资"},
	};
	CHECK(cases);
}

/* What a cut elsewhere leaves at a label's edge goes (年底|前, 建成|后,
 * 还|有, …将); a date opening it is the period's; 力争/确保 inside it go with
 * who aims; a word that merely starts like one (前置, 在用, 前5家) stays. */
static void test_label_edges(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"力争年底前村卫生室标准化达标率达到95%。", "95%", "村卫生室标准化达标率"},
		/* 拟 inside a label cuts like 将, 我本人/我对 open none */
		{"项目拟新建监区综合楼1栋。", "1栋", "新建监区综合楼"},
		{"我对年营业额500万元以上的42家重点企业逐户建立信用档案。", "42家", "年营业额500万元以上的重点企业"},
		/* a comparison with nothing compared is of the figure before */
		{"辖区实有市场主体达到9,860户，比上年末多612户。", "612户", "实有市场主体比上年末多"},
		{"损耗率控制在0.12%以内，比公司定的标准低0.03个百分点。", "0.03个百分点", "损耗率比公司定的标准低"},
		{"比对数据1.2万条。", "1.2万条", "比对数据"},
		/* what is still lacking is its 缺口, by what lacks or by money */
		{"项目总投资900万元，尚缺资金720万元。", "720万元", "资金缺口"},
		{"已落实配套资金300万元，尚缺1,600万元。", "1,600万元", "资金缺口"},
		{"按1:4配比测算尚缺护理员20名。", "20名", "护理员缺口"},
		{"计划引进紧缺专业教师3名。", "3名", "引进紧缺专业教师"},
		/* 到 (and a spoken 了) before the number is the level's, no part of it */
		{"处理厂负荷率到了87%左右。", "87%左右", "处理厂负荷率"},
		{"存储容量扩充到120TB。", "120TB", "存储容量"},
		/* a fund named by its use says what was put in; a bare one keeps 投入 */
		{"全年投入养护资金1.26亿元。", "1.26亿元", "养护资金"},
		{"全年投入资金86万元。", "86万元", "投入资金"},
		{"全年投入各类资金86万元。", "86万元", "投入各类资金"},
		{"建成后可容纳就餐老人约260人。", "260人", "可容纳就餐老人"},
		{"全区还有**个社区未建成嵌入式养老服务站。", "**个", "未建成嵌入式养老服务站的社区"},
		{"全区养老机构护理型床位占比将分别提高到55%和60%以上。", "60%以上", "养老机构护理型床位占比"},
		{"拟于2027年改造老旧供水管网38公里。", "38公里", "改造老旧供水管网"},
		{"近3年引进高层次人才160名。", "160名", "引进高层次人才"},
		{"确保年度计划投资完成率达到95%以上。", "95%以上", "年度计划投资完成率"},
		{"本年度新增城镇就业1200人。", "1200人", "新增城镇就业"},
		{"为乡镇卫生院配备便携式彩超设备46台。", "46台", "便携式彩超设备"},
		{"为农服务中心达到12个。", "12个", "为农服务中心"},
		{"全县农机系统力争农机总动力突破60万千瓦。", "60万千瓦", "农机总动力"},
		{"确保重点河湖水质达标率保持在90%以上。", "90%以上", "重点河湖水质达标率"},
		{"全年办理前置事项46件。", "46件", "办理前置事项"},
		{"在用电梯3120台全部纳入监管。", "3120台", "在用电梯"},
		{"目前全站共有护林员46人。", "46人", "护林员"},
		{"全年发放各类惠农补贴资金3.2亿元。", "3.2亿元", "发放惠农补贴资金"},
		{"全年兑现各类惠农补贴资金3.2亿元。", "3.2亿元", "兑现惠农补贴资金"},
		{"开展“清风行动”等专项整治行动6轮。", "6轮", "专项整治行动"},
		{"开展恳谈会、推介会等活动12场。", "12场", "恳谈会、推介会等活动"},
		{"上等烟比例达到68%。", "68%", "上等烟比例"},
		{"全局具有高级职称人员38人。", "38人", "高级职称人员"},
		{"全院现有干警136名。", "136名", "干警"},
		{"开放以来接待游客约12万人次。", "12万人次", "接待游客"},
		{"“**马拉松”赛事期间派出保障车辆8辆次。", "8辆次", "派出保障车辆"},
		{"“三夏”“三秋”期间开展执法检查20次。", "20次", "执法检查"},
		{"从入境货物中截获外来有害生物318种次。", "318种次", "截获外来有害生物"},
		{"向社会开放数据集26个。", "26个", "开放数据集"},
		{"恳请县财政局在预算中安排补助资金1,910万元。", "1,910万元", "补助资金"},
		{"全院有仲裁员11名（专职7名、兼职4名）。", "7名", "专职"},
		{"所里现有民警38名，辖区面积5.6平方公里。", "5.6平方公里", "辖区面积"},
		{"年内再新建心理健康服务站点30个。", "30个", "新建心理健康服务站点"},
		{"再犯罪率控制在0.2%以内。", "0.2%以内", "再犯罪率"},
		{"预计全年需办案补贴经费约260万元。", "260万元", "办案补贴经费"},
		{"近三年累计流失医务人员8名。", "8名", "流失医务人员"},
		{"部分实训设备使用已超过10年。", "10年", "部分实训设备使用年限"},
		{"站房建成已超过20年。", "20年", "站房建成年限"},
		{"征兵体检站设备已使用12年。", "12年", "征兵体检站设备使用年限"},
		{"我本人全年带班值守112天。", "112天", "带班值守"},
		{"县殡仪馆现有火化炉4台，其中使用超过15年的2台。", "2台", "使用超过15年的火化炉"},
		{"项目前期工作经费偏紧，今年仅安排800万元。", "800万元", "项目前期工作经费"},
		{"四是办公用房仅380平方米，人均不足20平方米。", "20平方米", "人均办公用房"},
		{"今年人均办案124件，比全市平均多出37件。", "37件", "人均办案比全市平均多出"},
		/* no count to class (平均每所… is an average): the clause alone, no crash */
		{"全局平均每所在编2人，其中从事财务审计的1人。", "1人", "从事财务审计"},
		{"“××马拉松”赛事期间派出保障车辆12台。", "12台", "派出保障车辆"},
		{"第十五届全县农民运动会期间派出保障车辆12台。", "12台", "派出保障车辆"},
		{"项目建成后可容纳学生1200人。", "1200人", "可容纳学生"},
		{"全年办理砍伐许可217件。", "217件", "办理砍伐许可"},
		{"全县2,460名农村留守、独居老人中，仍有约18%未纳入探访范围。", "2,460名", "农村留守、独居老人"},
		{"而城区民办机构入住率超过95%。", "95%", "城区民办机构入住率"},
		{"全市公园累计接待游客2,860万人次，其中节假日接待640万人次。", "2,860万人次", "公园接待游客"},
		{"全市公园累计接待游客2,860万人次，其中节假日接待640万人次。", "640万人次", "接待游客"},
		{"全系统力争完成城建投资50亿元以上。", "50亿元以上", "城建投资"},
		{"全年实现税利3.86亿元。", "3.86亿元", "税利"},
		{"完成3家钢铁企业超低排放改造。", "3家", "钢铁企业超低排放改造"},
		{"设立规模3亿元的人才创投基金。", "3亿元", "人才创投基金规模"},
		{"单向运力提升至每小时2,400人。", "2,400人", "单向运力"},
		{"全县8个项目未按期开工。", "8个", "未按期开工项目"},
		{"全年实现就业1,200人。", "1,200人", "实现就业"},
		{"全年新建口袋公园23个、社区游园9个。", "9个", "新建社区游园"},
		{"选派科技特派员120名、“三支一扶”人员45名。", "45名", "选派“三支一扶”人员"},
		{"撰写调研报告3篇、业务论文2篇。", "2篇", "撰写业务论文"},
		{"引进博士8名、柔性引进专家团队3个。", "3个", "柔性引进专家团队"},
		{"全年环卫经费支出1,380万元，完成年度预算的51.2%。", "51.2%", "环卫经费支出完成年度预算"},
		{"本供暖季全市集中供热面积达到4,100万平方米。", "4,100万平方米", "集中供热面积"},
		{"帮助其户均月增收320元。", "320元", "户均月增收"},
		{"每户奖补标准按500-800元分档兑现。", "800元", "每户奖补标准"},
		{"全县11个乡镇农机站在编人员仅26人。", "26人", "乡镇农机站在编人员"},
		{"城区供热管网使用年限普遍超过20年。", "20年", "城区供热管网使用年限"},
		{"部分窗口排队等候时间长达40分钟。", "40分钟", "部分窗口排队等候时间"},
		{"上半年肉牛收购均价每公斤26.5元。", "26.5元", "肉牛收购均价"},
		{"我中心自筹资金860万元（占21.5%），尚有缺口1,200万元。", "21.5%", "自筹资金占比"},
		{"我中心自筹资金860万元（占21.5%），尚有缺口1,200万元。", "860万元", "自筹资金"},
		{"我中心自筹资金860万元（占21.5%），尚有缺口1,200万元。", "1,200万元", "缺口"},
		{"全年中心差旅费支出6.2万元。", "6.2万元", "差旅费支出"},
		{"群众来电30分钟内响应率达到97.2%。", "97.2%", "群众来电30分钟内响应率"},
		{"馆藏一级文物8件（套）、二级文物41件（套）。", "41件（套）", "二级文物"},
		{"今年新配置AED 30台。", "30台", "新配置AED"},
		{"全县拥有拖拉机860台、联合收割机95台。", "95台", "联合收割机"},
		{"小麦机收损失率不高于1.5%。", "1.5%", "小麦机收损失率"},
		{"另有危房12户尚未改造。", "12户", "危房尚未改造"},
		{"居民生活用气价格每立方米2.8元。", "2.8元", "居民生活用气价格"},
		{"工业用电均价每千瓦时0.62元。", "0.62元", "工业用电均价"},
		{"全年新成立村级股份经济合作社14个。", "14个", "新成立村级股份经济合作社"},
		{"县级财政安排农村公路养护资金1,260万元。", "1,260万元", "农村公路养护资金"},
		{"从入户摸底到签约完成仅用时45天。", "45天", "用时"},
		{"档案库房面积仅为国家标准的61%。", "61%", "档案库房面积为国家标准"},
		{"人均办案经费低于全省法院系统平均0.8万元。", "0.8万元", "人均办案经费低于全省法院系统平均"},
		{"儿科床位使用率长期在105%左右。", "105%左右", "儿科床位使用率"},
		{"全行员工980人，35岁以下的占38%。", "38%", "35岁以下员工占比"},
		{"全县河道总里程1,260公里，其中支流310公里。", "310公里", "支流里程"},
		{"全县农作物良种覆盖率达到97%，其中小麦、玉米分别达到99%和96%。", "96%", "玉米良种覆盖率"},
		{"全县团组织86个，其中团委12个。", "12个", "团委"},
		{"档案数字化率将由0提高到85%。", "85%", "档案数字化率"},
		{"老年大学开设专业28个、班级96个。", "96个", "班级"},
		{"局机关“三公”经费支出4.2万元。", "4.2万元", "“三公”经费支出"},
		{"全社会用电量18.6亿千瓦时。", "18.6亿千瓦时", "全社会用电量"},
		{"全年公务用车运行费压降到86万元以内。", "86万元以内", "公务用车运行费"},
		{"中心现有专业技术人员37名。", "37名", "专业技术人员"},
		{"全县共有中小学校58所，其中学校食堂52个。", "58所", "中小学校"},
		{"中心城区建成区面积28.6平方公里。", "28.6平方公里", "中心城区建成区面积"},
		/* members of a whole picked by what holds of them: the condition first */
		{"库房中建成超过40年的有6栋。", "6栋", "建成超过40年的库房"},
		{"全镇行政村中仍有4个未通公交。", "4个", "未通公交的行政村"},
		{"在岗护理员中60岁以上的43人。", "43人", "60岁以上在岗护理员"},
		{"来电诉求中反映噪声扰民的占31%。", "31%", "反映噪声扰民的来电诉求占比"},
		/* …and what is said after a count of things there are (有, 仍有 …) */
		{"全县仍有7个行政村未通客车。", "7个", "未通客车的行政村"},
		{"15个乡镇中有4个没有专职护林员。", "4个", "没有专职护林员的乡镇"},
		{"仍有12个问题未完成整改，涉及金额860万元。", "860万元", "未完成整改的问题涉及金额"},
		{"有6座水闸使用年限超过30年。", "6座", "水闸"},
		{"每月约有300人次重复检查。", "300人次", "重复检查"},
		/* the noun counted after a whole's 中 is no condition (not 企业的园区) */
		{"园区里有12家企业。", "12家", "园区里有企业"},
		/* shares of a whole named in a 分别 list, and of a total budget */
		{"电气故障和机械故障分别占故障总数的38%和27%。", "27%", "机械故障占故障总数比重"},
		{"印刷费18万元，占总预算的60.3%。", "60.3%", "印刷费占总预算比重"},
		/* an average per a longer unit takes the figure before */
		{"全站在编职工29人，平均每个航段不足4人。", "4人", "平均每个航段在编职工"},
		{"全县烈度台总数增加到41个，平均每个乡镇约3个。", "3个", "平均每个乡镇烈度台"},
		/* a bound with no count before it: the people whose age was just given */
		{"专业人员平均年龄51.3岁，40岁以下的只有1人。", "1人", "40岁以下专业人员"},
		/* a relative class before 只有 or 占 and the count */
		{"全县有农技人员86名，其中取得高级职称的只有9名。", "9名", "取得高级职称的农技人员"},
		{"全站技术人员12人，50岁以上的占5人。", "5人", "50岁以上技术人员"},
		/* a verb that opens a relative clause stays with it */
		{"全站在编人员31名，其中具有高级职称的9名。", "9名", "具有高级职称的在编人员"},
		{"全县有出口实绩的企业86家。", "86家", "有出口实绩的企业"},
		{"已完成确权登记的宅基地1.2万宗。", "1.2万宗", "已完成确权登记的宅基地"},
		/* an amount a request asks for: what is granted, not who grants it */
		{"恳请县财政局在2027年预算中安排820万元。", "820万元", "安排资金"},
		{"恳请局里在部门预算中追加专项经费96万元。", "96万元", "专项经费"},
		{"恳请市财政在年度预算中安排资金1,200万元。", "1,200万元", "安排资金"},
		/* a class named with no condition, and a subset of 其中, stay as written */
		{"社有企业中规模以上企业4家。", "4家", "社有企业中规模以上企业"},
		{"全年筹集公共租赁住房820套。", "820套", "筹集公共租赁住房"},
		{"改造提升农贸市场3个。", "3个", "改造提升农贸市场"},
	};
	CHECK(cases);
}

/* A class alone (a level, a bound) is of the thing just counted; an
 * average alone in the figure's unit is of the figure just given. */
static void test_classes_and_averages(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全所现有护林员64人，其中40岁以下的18人。", "18人", "40岁以下护林员"},
		{"全县村级防疫员142名，55岁以上的占47%。", "47%", "55岁以上村级防疫员占比"},
		{"全县公办幼儿园在园幼儿6,300人，其中市级示范园1,200人。", "1,200人", "市级示范园"},
		{"全县7个中心粮库保管员仅23人，平均每库不足4人。", "4人", "平均每库保管员"},
		{"全年处置餐厨垃圾1.46万吨，日均约40吨。", "40吨", "日均处置餐厨垃圾"},
	};
	CHECK(cases);
}

/* 新增, 新建, 引进 say a count is of what came, not of what there is: they
 * stay (计划新建…, 全年新增…); a total or rate after it is of all of them. */
static void test_what_came(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"计划新建公办托育机构4所。", "4所", "新建公办托育机构"},
		{"全年新增城镇就业2860人。", "2860人", "新增城镇就业"},
		{"引进规上商贸企业17家。", "17家", "引进规上商贸企业"},
		{"全年新建5G基站420个，累计达到2318个。", "2318个", "5G基站"},
		{"新增完成雨污分流改造的小区14个，改造率提高到72%。", "72%", "雨污分流改造率"},
		{"全年新增养老床位380张，同比增长12%。", "12%", "新增养老床位同比增长"},
	};
	CHECK(cases);
}

/* A gap to an average keeps the average (全市平均 is a noun, not the
 * adverb 平均 left before a number) and loses the adverb before it; a level
 * reached by 精简至 is a level like 减少至. */
static void test_gaps_and_levels(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"农户亩均收益低于全市平均58元。", "58元", "农户亩均收益低于全市平均"},
		{"村级组织活动场所达标率仍低于全县平均约6个百分点。", "6个百分点", "村级组织活动场所达标率低于全县平均"},
		{"两项指标均高于全省平均水平。城乡居民医保参保率均高于全省平均1.2个百分点。", "1.2个百分点",
		 "城乡居民医保参保率高于全省平均"},
		{"执法执勤车辆由34辆精简至26辆。", "26辆", "执法执勤车辆"},
	};
	CHECK(cases);
}

/* A comma grouping digits is part of the number: 3,000万元以上项目 is one
 * phrase, and the label keeps the number as written. */
static void test_digit_groups(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"全年实施3,000万元以上技改项目42个，完成投资18.6亿元。", "42个", "3,000万元以上技改项目"},
		{"全年实施3,000万元以上技改项目42个，完成投资18.6亿元。", "18.6亿元", "3,000万元以上技改项目完成投资"},
		/* digits numbering a name (3号线), a scale (1:500) and a grade
		 * (5000吨级) are part of the label, not where it starts */
		{"地铁3号线二期概算投资46.2亿元。", "46.2亿元", "地铁3号线二期概算投资"},
		{"1号楼建筑面积3,200平方米。", "3,200平方米", "1号楼建筑面积"},
		{"完成1:500地形图测绘12平方公里。", "12平方公里", "1:500地形图测绘"},
		{"完成1：500地形图测绘12平方公里。", "12平方公里", "1：500地形图测绘"},
		{"缺劳力人员35人。", "35人", "缺劳力人员"},
		{"新建5000吨级泊位4个，改造万吨级码头1座。", "4个", "新建5000吨级泊位"},
		{"12月3号开展应急演练2次。", "2次", "应急演练"},
	};
	CHECK(cases);
}

/* A long run of digits and letters glued to a label's front never takes
 * the label past its buffer (it overflowed it once) nor past its length. */
static void test_long_glued_run(void **state)
{
	(void)state;
	char para[1024] = "今年，";
	for (int i = 0; i < 170; i++)
		strcat(para, "Z9");
	strcat(para, "地形图测绘面积120平方公里。");
	gw_label_trace got[MAX_QTY_TRACE];
	const char *label = label_of(para, "120平方公里", got);
	assert_non_null(label);
	assert_true(strlen(label) < BUF);
	assert_true(chars(label, strlen(label)) <= LABEL_MAX_CHARS);
}

/* …等问题N个: what was found is named by the finding verb and the head,
 * not by the examples listed before 等; other heads keep their act. */
static void test_findings(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"审计发现资金拨付滞后、台账不健全等问题15个。", "15个", "发现问题"},
		{"巡查发现违规占地、私搭乱建等问题32个。", "32个", "发现问题"},
		{"排查河道、水库等防洪工程26处。", "26处", "排查防洪工程"},
		/* what is then done to what was found, and its rate, are of the
		 * findings, not of finding them; 已 says they are done */
		{"督查发现安全隐患68处，已整改61处，整改率89.7%。", "61处", "已整改安全隐患"},
		{"督查发现安全隐患68处，已整改61处，整改率89.7%。", "89.7%", "安全隐患整改率"},
	};
	CHECK(cases);
}

/* 分别 lists: the head the parts share starts where another part's length
 * ends a word of the last part; a figure with a noun of its own after a
 * comma is no member. */
static void test_lists(void **state)
{
	(void)state;
	static const struct label_case cases[] = {
		{"新能源汽车、光伏、储能产业项目分别为8个、5个和3个。", "5个", "光伏产业项目"},
		{"全县打造特色街区9个，其中美食、非遗、文创主题街区分别为4个、3个和2个，5个街区入选省级示范。", "4个",
		 "美食主题街区"},
		{"全县打造特色街区9个，其中美食、非遗、文创主题街区分别为4个、3个和2个，5个街区入选省级示范。", "5个",
		 "街区入选省级示范"},
	};
	CHECK(cases);
}

/* A label keeps the quotation marks it was written with, and loses one
 * whose partner a cut left outside it. */
static void test_quotes(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"新建“职工书屋”", "新建“职工书屋”"},
		{"“三公”经费", "“三公”经费"},
		{"民俗”展演周、“6·12”遗产日活动", "民俗展演周、“6·12”遗产日活动"},
		{"“非遗进万家展演周", "非遗进万家展演周"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[BUF];
		snprintf(buf, sizeof buf, "%s", cases[i].in);
		gw_indicator_fit_label(buf);
		assert_string_equal(buf, cases[i].out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_share_of_whole),
		cmocka_unit_test(test_words_before_the_number),
		cmocka_unit_test(test_inner_words),
		cmocka_unit_test(test_headcount),
		cmocka_unit_test(test_clause_openers),
		cmocka_unit_test(test_moved_level),
		cmocka_unit_test(test_yield_of_topic),
		cmocka_unit_test(test_object_of_the_act),
		cmocka_unit_test(test_inner_verbs),
		cmocka_unit_test(test_findings),
		cmocka_unit_test(test_label_edges),
		cmocka_unit_test(test_classes_and_averages),
		cmocka_unit_test(test_what_came),
		cmocka_unit_test(test_digit_groups),
		cmocka_unit_test(test_long_glued_run),
		cmocka_unit_test(test_gaps_and_levels),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_lists),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
