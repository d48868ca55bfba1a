/* test_unwrap.c — unwrap.c: detection (clean text untouched), joining
 * (CJK, Latin, numbers and units, hyphens), what is never joined
 * (headings, salutation, date, closing), page numbers, running headers,
 * form feeds, indentation, options, the summary warning and -v notes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "blocks_fixture.h"
#include "model/utf8.h"
#include "read/unwrap.h"

/* ---- helpers ------------------------------------------------------------- */

typedef struct sink {
	char text[8192];
	size_t warnings;
} sink;

static void collect(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file;
	sink *s = ctx;
	size_t used = strlen(s->text);
	snprintf(s->text + used, sizeof s->text - used, "%zu: %s\n", line, msg);
	s->warnings++;
}

/* Runs the pass over text and returns the blocks joined by '\n' (caller
 * frees); stats and messages into *st and *out (either may be NULL). */
static char *unwrap_opts(const char *text, bool indent, const gw_unwrap_opts *o, gw_unwrap_stats *st,
			 sink *out, int verbose)
{
	gw_blocks b;
	make_blocks(&b, text, indent);
	sink local = {0};
	gw_diag d = {.warn = collect, .warn_ctx = out ? out : &local, .verbose = verbose};
	assert_int_equal(gw_unwrap(&b, o, st, &d), GW_OK);
	size_t total = 1;
	for (size_t i = 0; i < b.n; i++)
		total += b.v[i].len + 1;
	char *res = calloc(total, 1);
	assert_non_null(res);
	for (size_t i = 0; i < b.n; i++) {
		assert_int_equal(strlen(b.v[i].s), b.v[i].len);
		strcat(res, b.v[i].s);
		if (i + 1 < b.n)
			strcat(res, "\n");
	}
	gw_blocks_free(&b);
	return res;
}

static char *unwrap(const char *text)
{
	return unwrap_opts(text, false, NULL, NULL, NULL, 0);
}

static void expect(const char *name, const char *input, const char *want)
{
	char *got = unwrap(input);
	if (strcmp(got, want) != 0)
		print_message("%s:\n--- want\n%s\n--- got\n%s\n", name, want, got);
	assert_string_equal(got, want);
	free(got);
}

/* A paragraph cut every `width` characters, as a phone app shows it. */
static void append_wrapped(char *out, size_t size, const char *para, size_t width)
{
	size_t n = strlen(para), i = 0;
	while (i < n) {
		size_t take = gw_utf8_offset(para + i, n - i, width);
		size_t used = strlen(out);
		snprintf(out + used, size - used, "%.*s\n", (int)take, para + i);
		i += take;
	}
}

/* Four paragraphs of ordinary body text that set the width at 16. */
static const char *const BODY[] = {
	"全县完成造林面积一万二千亩，森林覆盖率稳步提高，生态环境持续向好，群众满意度明显上升。",
	"全年开展安全生产检查四百余次，排查整改各类隐患一千多项，重点行业领域安全形势总体平稳。",
	"深化放管服改革，政务服务事项全部实现网上可办，群众办事平均跑动次数进一步减少。",
	"加强干部队伍建设，组织业务培训十二期，干部队伍的履职能力和服务水平不断提升。",
};

static void body_wrapped(char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; i < sizeof BODY / sizeof BODY[0]; i++)
		append_wrapped(out, size, BODY[i], 16);
}

static void body_joined(char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; i < sizeof BODY / sizeof BODY[0]; i++) {
		size_t used = strlen(out);
		snprintf(out + used, size - used, "%s\n", BODY[i]);
	}
}

/* ---- detection -------------------------------------------------------------- */

static void test_clean_untouched(void **state)
{
	(void)state;
	static const char *const clean[] = {
		"县农业农村局2023年工作总结\n"
		"县人大常委会：\n"
		"2023年，我局认真贯彻落实县委、县政府决策部署，全力推进乡村振兴，各项工作取得新成效。\n"
		"一、主要工作\n"
		"（一）粮食生产\n"
		"全县粮食播种面积稳定在52万亩，总产量达到21.6万吨，同比增长2.3%。\n"
		"1.高标准农田\n"
		"新建高标准农田3.2万亩，完成投资4800万元。\n"
		"二、存在的问题\n"
		"一是产业链条偏短；二是人才支撑不足。\n"
		"县农业农村局\n"
		"2024年1月10日\n",
		/* short lines of equal length are a list, not a wrap */
		"工作要点\n一、抓好粮食生产\n二、推进乡村建设\n三、深化农村改革\n四、加强队伍建设\n",
		/* a lone number in body text stays */
		"年度指标\n全年新增就业人数\n1328\n比上年增加百分之五。\n",
	};
	for (size_t i = 0; i < sizeof clean / sizeof clean[0]; i++) {
		gw_unwrap_stats st;
		sink out = {0};
		char *got = unwrap_opts(clean[i], false, NULL, &st, &out, 1);
		char want[2048];
		snprintf(want, sizeof want, "%.*s", (int)strlen(clean[i]) - 1, clean[i]);
		assert_string_equal(got, want);
		assert_int_equal(st.lines_joined + st.page_numbers + st.running_lines + st.form_feeds, 0);
		assert_int_equal(st.wrap_width, 0);
		assert_int_equal(out.warnings, 0);
		free(got);
	}
}

static void test_phone_copy(void **state)
{
	(void)state;
	char in[4096], want[4096];
	body_wrapped(in, sizeof in);
	body_joined(want, sizeof want);
	want[strlen(want) - 1] = '\0';
	gw_unwrap_stats st;
	char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
	assert_string_equal(got, want);
	assert_int_equal(st.wrap_width, 16);
	assert_false(st.wrap_in_columns);
	assert_int_equal(st.paragraphs, 4);
	assert_int_equal(st.lines_joined, 8);   /* 3 + 3 + 2 + 2 lines after the first */
	free(got);
}

/* ---- seams ---------------------------------------------------------------------- */

static void test_seams(void **state)
{
	(void)state;
	static const struct {
		const char *name, *a, *b, *joined;
	} cases[] = {
		{"number and unit", "线上线下参与群众累计共有1328", "万人次。", "线上线下参与群众累计共有1328万人次。"},
		{"number split", "检查生产经营单位累计达到了286", "7家。", "检查生产经营单位累计达到了2867家。"},
		{"decimal split", "罚款金额同比增长十分明显达到5.", "3%。", "罚款金额同比增长十分明显达到5.3%。"},
		{"Latin words", "本年度参与该项目的单位有Open", "Data Lab等机构。", "本年度参与该项目的单位有Open Data Lab等机构。"},
		{"hyphenated word", "参与该项目的单位还有inter-", "national伙伴。", "参与该项目的单位还有international伙伴。"},
		{"token cut in CJK", "全县万元生产总值用水量即万元GD", "P用水量下降。", "全县万元生产总值用水量即万元GDP用水量下降。"},
		{"ratio", "产业结构调整为6.2:38.1:", "55.7。", "产业结构调整为6.2:38.1:55.7。"},
		{"kinsoku", "全年完成固定资产投资九十亿元", "，同比增长。", "全年完成固定资产投资九十亿元，同比增长。"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char in[4096], want[4096];
		body_wrapped(in, sizeof in);
		body_joined(want, sizeof want);
		size_t used = strlen(in);
		snprintf(in + used, sizeof in - used, "%s\n%s\n", cases[i].a, cases[i].b);
		used = strlen(want);
		snprintf(want + used, sizeof want - used, "%s", cases[i].joined);
		/* the cases are written so that line a fills the width */
		if (strcmp(cases[i].name, "kinsoku") != 0)
			assert_int_equal(gw_utf8_count(cases[i].a, strlen(cases[i].a)), 16);
		expect(cases[i].name, in, want);
	}
}

/* ---- never joined -------------------------------------------------------------- */

static void test_breaks_kept(void **state)
{
	(void)state;
	static const struct {
		const char *name, *a, *b;
	} cases[] = {
		{"section marker", "工作取得明显成效群众普遍认可满意", "一、主要工作成效"},
		{"item marker", "工作取得明显成效群众普遍认可满意", "（1）危险化学品"},
		{"heading", "二、深化改革创新，激发发展活力动", "全年推进改革事项四十项，完成年度任务。"},
		{"date", "以上报告请予审议，谢谢大家支持。", "2025年1月16日"},
		{"signature", "今后我们继续努力，再创工作佳绩。", "青川县应急管理局"},
		{"closing", "今后我们继续努力，再创工作佳绩。", "特此报告。"},
		{"closing done", "今后我们继续努力，再创工作佳绩。", "发言完毕，谢谢！"},
		{"closing lead", "今后我们继续努力，再创工作佳绩。", "以上述职，请予评议。"},
		{"attachments", "今后我们继续努力，再创工作佳绩。", "附件：重点项目清单"},
		{"subtitle", "青川县应急管理局工作情况汇报材料", "——在县政府常务会议上的汇报"},
		{"blank line", "全年开展安全生产检查四百余次，排", "\n查整改各类隐患一千多项。"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char in[4096], want[4096];
		body_wrapped(in, sizeof in);
		body_joined(want, sizeof want);
		size_t used = strlen(in);
		snprintf(in + used, sizeof in - used, "%s\n%s\n", cases[i].a, cases[i].b);
		used = strlen(want);
		snprintf(want + used, sizeof want - used, "%s\n%s", cases[i].a, cases[i].b);
		assert_int_equal(gw_utf8_count(cases[i].a, strlen(cases[i].a)), 16);
		expect(cases[i].name, in, want);
	}
}

/* A heading too long for its line goes on into its own short tail, and a
 * title into its rest; never into the body text after it. */
static void test_heading_tail(void **state)
{
	(void)state;
	char in[4096], want[4096];
	snprintf(in, sizeof in, "青川县应急管理局二〇二四年工作报\n告\n县人大常委会：\n");
	body_wrapped(in + strlen(in), sizeof in - strlen(in));
	snprintf(in + strlen(in), sizeof in - strlen(in), "一、坚持党建引领，基层治理体系不\n断完善\n");
	snprintf(want, sizeof want, "青川县应急管理局二〇二四年工作报告\n县人大常委会：\n");
	body_joined(want + strlen(want), sizeof want - strlen(want));
	snprintf(want + strlen(want), sizeof want - strlen(want), "一、坚持党建引领，基层治理体系不断完善");
	expect("heading tail", in, want);

	/* A title that fills its line exactly: the salutation under it is no
	 * rest of it. */
	snprintf(in, sizeof in, "青川县应急管理局二〇二四年度总结\n县人大常委会：\n");
	body_wrapped(in + strlen(in), sizeof in - strlen(in));
	snprintf(want, sizeof want, "青川县应急管理局二〇二四年度总结\n县人大常委会：\n");
	body_joined(want + strlen(want), sizeof want - strlen(want));
	want[strlen(want) - 1] = '\0';
	assert_int_equal(gw_utf8_count("青川县应急管理局二〇二四年度总结", strlen("青川县应急管理局二〇二四年度总结")), 16);
	expect("full title, then salutation", in, want);
}

/* A paragraph opening with a run-in heading (（一）强化路网建设。上半年…)
 * is body text, cut wherever the width falls: its first line goes on into
 * the next when the heading ends in ： on it, when the cut fell before the
 * heading's 。 (the next line ends it within a few characters), or when the
 * next line starts with 。 or ，.  A heading that fills the line exactly
 * stays apart from the body and from a numbered paragraph after it. */
static void test_runin_heading_cut(void **state)
{
	(void)state;
	static const struct {
		const char *name, *a, *b;
		bool joined;
	} cases[] = {
		{"run-in at 。", "（一）强化路网建设。上半年完成农", "村公路改造4.2公里，新建候车亭", true},
		{"run-in at ：", "（一）强化路网建设：上半年完成农", "村公路改造4.2公里，新建候车亭", true},
		{"cut before 。", "（一）坚持项目为王，经济发展稳中", "有进。面对外部需求偏弱、企业订单", true},
		{"next starts with 。", "（二）聚焦民生需求，提升服务品质", "。首先，推进城乡公交一元一票制", true},
		{"heading, then body", "（三）深化公路管养体制改革见成效", "全县落实县乡村三级路长制，各级路", false},
		{"heading, then 1、", "二、履职尽责，推动残疾人事业发展", "1、兜牢基本民生保障。全年发放", false},
		{"heading, then a long sentence", "二、深化改革创新，激发发展活力动",
		 "全年推进改革事项四十项，完成年度任务。", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char in[4096], want[4096];
		body_wrapped(in, sizeof in);
		body_joined(want, sizeof want);
		size_t used = strlen(in);
		snprintf(in + used, sizeof in - used, "%s\n%s\n", cases[i].a, cases[i].b);
		used = strlen(want);
		snprintf(want + used, sizeof want - used, "%s%s%s", cases[i].a, cases[i].joined ? "" : "\n", cases[i].b);
		assert_int_equal(gw_utf8_count(cases[i].a, strlen(cases[i].a)), 16);
		expect(cases[i].name, in, want);
	}
}

/* ---- ambiguous ends: indentation decides when the text shows it ---------------- */

static void test_indentation(void **state)
{
	(void)state;
	const char *in =
		"　　全县完成造林面积一万二千亩，森\n"
		"林覆盖率稳步提高，生态环境持续向好。\n"
		"　　全年开展安全生产检查四百余次，\n"
		"排查整改各类隐患一千多项，重点行业\n"
		"领域安全形势总体平稳。群众满意度高\n"
		"。深化放管服改革，政务服务事项全部\n"
		"　　加强干部队伍建设，组织业务培训\n"
		"十二期，干部队伍的履职能力不断提升\n"
		"。\n";
	const char *want =
		"全县完成造林面积一万二千亩，森林覆盖率稳步提高，生态环境持续向好。\n"
		"全年开展安全生产检查四百余次，排查整改各类隐患一千多项，重点行业领域安全形势总体平稳。群众满意度高"
		"。深化放管服改革，政务服务事项全部\n"
		"加强干部队伍建设，组织业务培训十二期，干部队伍的履职能力不断提升。";
	char *got = unwrap_opts(in, true, NULL, NULL, NULL, 0);
	assert_string_equal(got, want);
	free(got);
}

/* A full line ending a sentence followed by a point: paragraphs open with
 * 一是/二是 in this text (seen after a short line), so a new one opens. */
static void test_point_paragraphs(void **state)
{
	(void)state;
	char in[4096], want[4096];
	body_wrapped(in, sizeof in);
	body_joined(want, sizeof want);
	snprintf(in + strlen(in), sizeof in - strlen(in),
		 "一是扎实开展专项整治行动。\n二是全面推进隐患排查治理工作，并\n取得明显成效。\n"
		 "三是持续加强应急队伍建设工作力度。\n四是完善预案。\n");
	snprintf(want + strlen(want), sizeof want - strlen(want),
		 "一是扎实开展专项整治行动。\n二是全面推进隐患排查治理工作，并取得明显成效。\n"
		 "三是持续加强应急队伍建设工作力度。\n四是完善预案。");
	expect("point paragraphs", in, want);
}

/* A PDF copy: lines fill the same width in ems (digits take half), not the
 * same number of characters; pdftotext's spaces in a justified line go. */
static void test_pdf_copy(void **state)
{
	(void)state;
	const char *in =
		"青川县二〇二四年工作报告\n"
		"全县完成造林面积一万二千亩，森林\n"
		"覆盖率提高到25%，生态环境持续向好\n"
		"。全年开展安全检查400余次，排查整\n"
		"改隐患1200多项，重点行业领域安全\n"
		"形势总体平稳。\n"
		"深化放管服改革，政务服务事项全部\n"
		"实现网上可办，群众办事平均跑动次\n"
		"数减少到1.5次。\n"
		"全年参训人员3200 余 人 。 行 业 安 全\n"
		"事故起数同比下降18.52%，未发生较\n"
		"大事故。\n"
		"1. 完善干线公路网络。\n";
	const char *want =
		"青川县二〇二四年工作报告\n"
		"全县完成造林面积一万二千亩，森林覆盖率提高到25%，生态环境持续向好。全年开展安全检查400余次，"
		"排查整改隐患1200多项，重点行业领域安全形势总体平稳。\n"
		"深化放管服改革，政务服务事项全部实现网上可办，群众办事平均跑动次数减少到1.5次。\n"
		"全年参训人员3200余人。行业安全事故起数同比下降18.52%，未发生较大事故。\n"
		"1. 完善干线公路网络。";
	gw_unwrap_stats st;
	char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
	assert_string_equal(got, want);
	assert_true(st.wrap_in_columns);
	/* 16 characters of 2 columns; digits and kinsoku move a line by one */
	assert_in_range(st.wrap_width, 31, 34);
	free(got);
}

/* Lines of uneven width (a retyped PDF, a phone's proportional font): a
 * line of body text over half the width that stops on a character, a
 * digit or a comma goes on, wherever the width is; a short line without
 * a clause mark (a signature) and a line ending a sentence stay. */
static void test_ragged_wrap(void **state)
{
	(void)state;
	const char *in =
		"全县完成造林面积一万二千亩，森林覆盖\n"
		"率提高到25%，生态环境持续向好。\n"
		"全年开展安全检查400余次，排\n"
		"查整改隐患1200多项，重点行业领域安全\n"
		"形势总体平稳，\n"
		"群众满意度进一步提升。\n"
		"深化放管服改革，政务服务事项全部实\n"
		"现网上可办，群众办事平均跑动次数减少\n"
		"到1.5次。\n"
		"印制手册1.6\n"
		"万册。\n"
		"人均养老金由2856元提高到\n"
		"2981元，群众满意度进一步提升。\n"
		"移动支付使用率达到96%以上。“五一”\n"
		"假期累计运送旅客19.8万人次，端午假期日均出车率97.2%。\n"
		"县林业和草原局\n"
		"2026年7月8日\n";
	const char *want =
		"全县完成造林面积一万二千亩，森林覆盖率提高到25%，生态环境持续向好。\n"
		"全年开展安全检查400余次，排查整改隐患1200多项，重点行业领域安全形势总体平稳，群众满意度进一步提升。\n"
		"深化放管服改革，政务服务事项全部实现网上可办，群众办事平均跑动次数减少到1.5次。\n"
		"印制手册1.6万册。\n"
		"人均养老金由2856元提高到2981元，群众满意度进一步提升。\n"
		"移动支付使用率达到96%以上。“五一”假期累计运送旅客19.8万人次，端午假期日均出车率97.2%。\n"
		"县林业和草原局\n"
		"2026年7月8日";
	expect("ragged wrap", in, want);
}

/* Lines of no common width at all (typed out again from a PDF): they
 * still end inside words (水资源刚 / 性约束, 全市平 / 均), which clean text
 * never does; enough such lines make the text wrapped, and a line whose
 * end splits a word goes on. */
static void test_split_words(void **state)
{
	(void)state;
	const char *in =
		"县水务局2026年工作总结\n"
		"2026年，县水务局认真落实节水优先方针，持续加强水资源刚\n"
		"性约束，全县供水安全保障能力稳步提升。\n"
		"一、城乡供水\n"
		"全年新建改造供水管网86公里，城区供水普及率达到99.2%，较上年提\n"
		"高0.6个百分点；农村集中供水率达到93.5%，\n"
		"自来水普及率高于全市平\n"
		"均2.1个百分点。\n"
		"二、水土保持\n"
		"治理水土流失面积12.4平方公里，新修梯田1,800亩，\n"
		"栽植水保林2,600亩，林草覆\n"
		"盖率提高到百分之六十以上，生态环境明显改善。\n";
	const char *want =
		"县水务局2026年工作总结\n"
		"2026年，县水务局认真落实节水优先方针，持续加强水资源刚性约束，全县供水安全保障能力稳步提升。\n"
		"一、城乡供水\n"
		"全年新建改造供水管网86公里，城区供水普及率达到99.2%，较上年提高0.6个百分点；农村集中供水率达到93.5%，"
		"自来水普及率高于全市平均2.1个百分点。\n"
		"二、水土保持\n"
		"治理水土流失面积12.4平方公里，新修梯田1,800亩，栽植水保林2,600亩，林草覆盖率提高到百分之六十以上，"
		"生态环境明显改善。";
	expect("split words", in, want);
}

/* Lines of no common width that end between words but inside a clause
 * (a ， in them and no sentence mark at their end) are wrapped too; a line
 * ending in ： (a salutation) is no such line. */
static void test_open_clauses(void **state)
{
	(void)state;
	const char *in =
		"县商务局2026年工作情况的报告\n"
		"县人民政府：\n"
		"今年以来，全县社会消费品零售总额达到86.4亿元，较年初\n"
		"增长5.2%，网络零售额12.6亿元，其中\n"
		"农产品网络零售额3.1亿元，同比增长9.4%，\n"
		"新增限额以上商贸企业23家，培育电商示范村12个，\n"
		"外贸进出口总额完成9.8亿元，\n"
		"为年度目标的103%。\n";
	const char *want =
		"县商务局2026年工作情况的报告\n"
		"县人民政府：\n"
		"今年以来，全县社会消费品零售总额达到86.4亿元，较年初增长5.2%，网络零售额12.6亿元，其中"
		"农产品网络零售额3.1亿元，同比增长9.4%，新增限额以上商贸企业23家，培育电商示范村12个，"
		"外贸进出口总额完成9.8亿元，为年度目标的103%。";
	expect("open clauses", in, want);
}

/* decode.c keeps what the white space it strips said, for this pass. */
static void test_decode_hints(void **state)
{
	(void)state;
	const char *text = "第一页最后一行\n\f第二页第一行\n　　缩进两字\n    四个空格\n\f\n";
	gw_blocks b;
	gw_diag d = {0};
	assert_int_equal(gw_decode_text((const unsigned char *)text, strlen(text), GW_ENC_AUTO, &b, &d), GW_OK);
	assert_int_equal(b.n, 5);
	assert_false(b.v[0].page_break_before);
	assert_true(b.v[1].page_break_before);
	assert_string_equal(b.v[1].s, "第二页第一行");
	assert_int_equal(b.v[1].indent_chars, 0);
	assert_int_equal(b.v[2].indent_chars, 2);
	assert_int_equal(b.v[3].indent_chars, 2);
	assert_true(b.v[4].page_break_before);
	assert_int_equal(b.v[4].len, 0);
	gw_blocks_free(&b);
}

/* ---- furniture ------------------------------------------------------------------ */

static void test_page_numbers(void **state)
{
	(void)state;
	static const char *const forms[] = {"— 3 —", "-3-", "－ 3 －", "第3页", "第 3 页 共 8 页", "第3页/共8页"};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		char in[4096], want[4096];
		body_wrapped(in, sizeof in);
		/* in the middle of the second paragraph, as a page ends there */
		char *cut = strstr(in, "\n查整改");
		assert_non_null(cut);
		cut++;
		char tail[4096];
		snprintf(tail, sizeof tail, "%s", cut);
		snprintf(cut, sizeof in - (size_t)(cut - in), "%s\n\n%s", forms[i], tail);
		body_joined(want, sizeof want);
		want[strlen(want) - 1] = '\0';
		gw_unwrap_stats st;
		char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
		print_message("page number %s\n", forms[i]);
		assert_string_equal(got, want);
		assert_int_equal(st.page_numbers, 1);
		free(got);
	}
}

/* Bare numbers go only as a run of pages, far enough apart. */
static void test_bare_page_numbers(void **state)
{
	(void)state;
	char in[8192] = "", want[8192] = "";
	for (int page = 1; page <= 3; page++) {
		body_wrapped(in + strlen(in), sizeof in - strlen(in));
		snprintf(in + strlen(in), sizeof in - strlen(in), "%d\n", page);
		body_joined(want + strlen(want), sizeof want - strlen(want));
	}
	want[strlen(want) - 1] = '\0';
	gw_unwrap_stats st;
	char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
	assert_string_equal(got, want);
	assert_int_equal(st.page_numbers, 3);
	free(got);
	/* 3 then 7: no run, so they are text */
	char *got2 = unwrap("第一部分\n3\n第二部分\n7\n");
	assert_string_equal(got2, "第一部分\n3\n第二部分\n7");
	free(got2);
}

/* pdftotext: each page after the first starts with a form feed; the
 * header repeats the title, on page 1 too; the footer is a page number. */
static void test_running_header(void **state)
{
	(void)state;
	char in[8192] = "青川县应急管理局工作报告\n\n青川县应急管理局工作报告\n", want[8192] = "青川县应急管理局工作报告\n";
	for (int page = 1; page <= 3; page++) {
		if (page > 1)
			snprintf(in + strlen(in), sizeof in - strlen(in), "\f青川县应急管理局工作报告\n\n");
		body_wrapped(in + strlen(in), sizeof in - strlen(in));
		snprintf(in + strlen(in), sizeof in - strlen(in), "— %d —\n\n", page);
		body_joined(want + strlen(want), sizeof want - strlen(want));
	}
	snprintf(in + strlen(in), sizeof in - strlen(in), "\f");
	want[strlen(want) - 1] = '\0';
	gw_unwrap_stats st;
	sink out = {0};
	char *got = unwrap_opts(in, false, NULL, &st, &out, 1);
	assert_string_equal(got, want);
	assert_int_equal(st.page_numbers, 3);
	assert_int_equal(st.running_lines, 3);
	assert_int_equal(st.form_feeds, 3);
	assert_non_null(strstr(out.text, "removed running header or footer \"青川县应急管理局工作报告\""));
	assert_non_null(strstr(out.text, "removed page number \"— 2 —\""));
	free(got);
}

/* Without page breaks: a line coming back at a regular interval (a footer
 * here).  The text's first line is never taken for one: it is the title. */
static void test_periodic_header(void **state)
{
	(void)state;
	char in[8192] = "内部资料 注意保存\n", want[8192] = "内部资料 注意保存\n";
	for (int page = 1; page <= 3; page++) {
		body_wrapped(in + strlen(in), sizeof in - strlen(in));
		snprintf(in + strlen(in), sizeof in - strlen(in), "内部资料 注意保存\n");
		body_joined(want + strlen(want), sizeof want - strlen(want));
	}
	want[strlen(want) - 1] = '\0';
	gw_unwrap_stats st;
	char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
	assert_string_equal(got, want);
	assert_int_equal(st.running_lines, 3);
	free(got);
}

/* ... but a line of marks alone coming back as often (a separator the
 * writer typed between parts) names nothing: it stays. */
static void test_periodic_separator(void **state)
{
	(void)state;
	char in[8192] = "关于测试的报告\n";
	for (int part = 1; part <= 3; part++) {
		body_wrapped(in + strlen(in), sizeof in - strlen(in));
		snprintf(in + strlen(in), sizeof in - strlen(in), "＊＊＊＊＊＊\n");
	}
	gw_unwrap_stats st;
	char *got = unwrap_opts(in, false, NULL, &st, NULL, 0);
	assert_int_equal(st.running_lines, 0);
	assert_non_null(strstr(got, "＊＊＊＊＊＊"));
	free(got);
}

static void test_form_feed_page_break(void **state)
{
	(void)state;
	gw_blocks b;
	make_blocks(&b, "第一页的内容。\n\f第二页的内容。\n\f", false);
	gw_diag d = {0};
	gw_unwrap_stats st;
	assert_int_equal(gw_unwrap(&b, NULL, &st, &d), GW_OK);
	assert_int_equal(b.n, 2);
	assert_string_equal(b.v[0].s, "第一页的内容。");
	assert_false(b.v[0].page_break_before);
	assert_string_equal(b.v[1].s, "第二页的内容。");
	assert_true(b.v[1].page_break_before);
	assert_int_equal(b.v[1].no, 2);
	assert_int_equal(st.form_feeds, 2);
	gw_blocks_free(&b);
}

/* ---- options, non-text blocks, messages ------------------------------------------ */

static void test_options(void **state)
{
	(void)state;
	char in[4096];
	body_wrapped(in, sizeof in);
	snprintf(in + strlen(in), sizeof in - strlen(in), "— 1 —\n");
	char want_all[4096];
	snprintf(want_all, sizeof want_all, "%.*s", (int)strlen(in) - 1, in);
	gw_unwrap_opts keep = {.keep_lines = true, .keep_furniture = true};
	char *got = unwrap_opts(in, false, &keep, NULL, NULL, 0);
	assert_string_equal(got, want_all);
	free(got);
	gw_unwrap_opts lines_only = {.keep_furniture = true};
	gw_unwrap_stats st;
	got = unwrap_opts(in, false, &lines_only, &st, NULL, 0);
	assert_non_null(strstr(got, "— 1 —"));
	assert_int_equal(st.page_numbers, 0);
	assert_int_equal(st.paragraphs, 4);
	free(got);
	gw_unwrap_opts furniture_only = {.keep_lines = true};
	got = unwrap_opts(in, false, &furniture_only, &st, NULL, 0);
	assert_null(strstr(got, "— 1 —"));
	assert_int_equal(st.page_numbers, 1);
	assert_int_equal(st.lines_joined, 0);
	free(got);
}

/* Rows typed with tabs are a table's: never joined to each other or to
 * the wrapped text around them, and never counted as wrapped lines. */
static void test_tab_rows_kept(void **state)
{
	(void)state;
	char in[4096], want[4096];
	const char *rows = "乡镇\t播种面积\t产量\n城关镇\t12,406.8\t38,215\n河东乡\t9,812.5\t27,640\n";
	body_wrapped(in, sizeof in);
	body_joined(want, sizeof want);
	strcat(in, rows);
	strcat(want, rows);
	want[strlen(want) - 1] = '\0';
	expect("tab rows", in, want);
	/* alone, tab rows with lines of one width are no wrapped text */
	char table[2048] = "";
	for (int k = 0; k < 6; k++)
		strcat(table, "城关镇\t126,845.6\t48,312.7\t95,120.4\n");
	char *got = unwrap(table);
	assert_int_equal(strncmp(got, table, strlen(table) - 1), 0);
	free(got);
}

static void test_table_block_kept(void **state)
{
	(void)state;
	char in[4096];
	body_wrapped(in, sizeof in);
	gw_blocks b;
	make_blocks(&b, in, false);
	/* a table in the middle of the second paragraph ends it there */
	size_t at = 4;
	b.v[at].kind = GW_BLOCK_TABLE;
	b.v[at].s = "";
	b.v[at].len = 0;
	gw_diag d = {0};
	assert_int_equal(gw_unwrap(&b, NULL, NULL, &d), GW_OK);
	size_t tables = 0;
	for (size_t i = 0; i < b.n; i++)
		tables += b.v[i].kind == GW_BLOCK_TABLE;
	assert_int_equal(tables, 1);
	assert_int_equal(b.n, 6);   /* 4 paragraphs, the second cut in two by the table */
	assert_int_equal(b.v[2].kind, GW_BLOCK_TABLE);
	gw_blocks_free(&b);
}

static void test_messages(void **state)
{
	(void)state;
	char in[4096];
	body_wrapped(in, sizeof in);
	snprintf(in + strlen(in), sizeof in - strlen(in), "第1页 共1页\n");
	sink quiet = {0}, verbose = {0};
	char *got = unwrap_opts(in, false, NULL, NULL, &quiet, 0);
	free(got);
	assert_int_equal(quiet.warnings, 1);
	assert_string_equal(quiet.text, "0: hard-wrapped text: joined 8 wrapped lines into 4 paragraphs; "
			    "removed 1 page numbers (--no-unwrap keeps every line)\n");
	got = unwrap_opts(in, false, NULL, NULL, &verbose, 1);
	free(got);
	assert_int_equal(verbose.warnings, 1 + 4 + 1);   /* summary, one note per paragraph, one removal */
	assert_non_null(strstr(verbose.text, "1: lines 1-3 joined into one paragraph"));
	assert_non_null(strstr(verbose.text, "removed page number \"第1页 共1页\""));
	/* furniture alone */
	sink only = {0};
	got = unwrap_opts("报告正文第一段。\n— 1 —\n报告正文第二段。\n— 2 —\n", false, NULL, NULL, &only, 0);
	assert_string_equal(got, "报告正文第一段。\n报告正文第二段。");
	free(got);
	assert_string_equal(only.text, "0: page furniture: removed 2 page numbers (--no-unwrap keeps every line)\n");
}

static void test_empty_and_blank(void **state)
{
	(void)state;
	gw_blocks b = {0};
	b.arena = gw_arena_new();
	gw_diag d = {0};
	gw_unwrap_stats st;
	assert_int_equal(gw_unwrap(&b, NULL, &st, &d), GW_OK);
	assert_int_equal(b.n, 0);
	gw_blocks_free(&b);
	char *got = unwrap("\n\n\n");
	assert_string_equal(got, "\n\n");
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_untouched),
		cmocka_unit_test(test_phone_copy),
		cmocka_unit_test(test_seams),
		cmocka_unit_test(test_breaks_kept),
		cmocka_unit_test(test_heading_tail),
		cmocka_unit_test(test_runin_heading_cut),
		cmocka_unit_test(test_indentation),
		cmocka_unit_test(test_point_paragraphs),
		cmocka_unit_test(test_pdf_copy),
		cmocka_unit_test(test_decode_hints),
		cmocka_unit_test(test_page_numbers),
		cmocka_unit_test(test_bare_page_numbers),
		cmocka_unit_test(test_running_header),
		cmocka_unit_test(test_periodic_separator),
		cmocka_unit_test(test_periodic_header),
		cmocka_unit_test(test_form_feed_page_break),
		cmocka_unit_test(test_options),
		cmocka_unit_test(test_table_block_kept),
		cmocka_unit_test(test_tab_rows_kept),
		cmocka_unit_test(test_messages),
		cmocka_unit_test(test_empty_and_blank),
		cmocka_unit_test(test_ragged_wrap),
		cmocka_unit_test(test_split_words),
		cmocka_unit_test(test_open_clauses),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
