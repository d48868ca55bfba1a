/* test_gongwen.c — gongwen.c: the 版头, 版记, 附件 pages, parts, bylines and
 * 主送机关 of an official document, line by line (tables of cases) and
 * through the reader's door, every model passing gw_report_check and the
 * text invariant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "read/gongwen.h"

static gw_report *read_str(const char *text)
{
	gw_read_opts o = {.name = "t.txt", .encoding = GW_ENC_AUTO};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_read_text((const unsigned char *)text, strlen(text), &o, &r, &d), GW_OK);
	gw_diag c;
	memset(&c, 0, sizeof c);
	gw_status st = gw_report_check(r, &c);
	if (st)
		print_message("check: %s\n", c.what);
	assert_int_equal(st, GW_OK);
	/* the text invariant: the model's text is the input without whitespace */
	char *got = gw_report_text(r);
	assert_non_null(got);
	char a[4096], b[4096];
	size_t na = 0, nb = 0;
	for (const char *p = got; *p && na < sizeof a - 1; p++)
		if (*p != '\n' && *p != ' ' && *p != '\t')
			a[na++] = *p;
	for (const char *p = text; *p && nb < sizeof b - 1; p++)
		if (*p != '\n' && *p != ' ' && *p != '\t')
			b[nb++] = *p;
	a[na] = b[nb] = '\0';
	free(got);
	assert_string_equal(a, b);
	return r;
}

static gw_line line(const char *s)
{
	static const gw_block plain = {.level = GW_LEVEL_NONE};
	return (gw_line){s, strlen(s), 1, false, &plain};
}

static void test_doc_number_variants(void **state)
{
	(void)state;
	static const struct {
		const char *line;
		const char *doc_number;   /* NULL: no head */
	} cases[] = {
		{"×政办〔2024〕7号", "×政办〔2024〕7号"},
		{"×政办[2024]7号", "×政办[2024]7号"},
		{"×政办（2024）17号", "×政办（2024）17号"},
		{"×政办〔2024年〕7号", "×政办〔2024年〕7号"},
		{"×政办【2024】7号", "×政办【2024】7号"},
		{"×政办〔2024〕7号　　签发人：张三", "×政办〔2024〕7号"},
		{"×政办〔24〕7号", NULL},             /* the year in full */
		{"×政办〔2024〕号", NULL},            /* no number */
		{"根据〔2024〕7号文件精神，", NULL},  /* a sentence citing one */
		/* masked for publication: serial, year, full-width ＊ and × */
		{"*交〔2026〕**号", "*交〔2026〕**号"},
		{"*交〔2026〕**号　　　　签发人：赵××", "*交〔2026〕**号"},
		{"*交〔2026〕**号    签发人: 赵××", "*交〔2026〕**号"},
		{"×交〔20**〕＊＊号", "×交〔20**〕＊＊号"},
		{"*交〔2026〕号", NULL},              /* still a serial */
		{"*交〔2026〕*******号", NULL},       /* of at most 6 */
		{"*交〔2026〕**号文件要求", NULL},    /* a sentence citing one */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_line v[2] = {line(cases[i].line), line("关于某事的通知")};
		gw_report *r = gw_report_new();
		size_t k = gw_gongwen_head(v, 2, r);
		if (!cases[i].doc_number) {
			assert_int_equal(k, 0);
			assert_null(r->head);
		} else {
			assert_int_equal(k, 1);
			assert_string_equal(r->head->doc_number, cases[i].doc_number);
		}
		gw_report_free(r);
	}
}

static void test_head_elements(void **state)
{
	(void)state;
	gw_report *r = read_str("000037\n秘密★1年\n加急\n××县人民政府办公室文件\n×政办〔2024〕7号\n\n"
				"关于做好防汛工作的通知\n各乡镇人民政府：\n请认真做好防汛工作。\n");
	assert_non_null(r->head);
	assert_string_equal(r->head->text, "000037\n秘密★1年\n加急\n××县人民政府办公室文件\n×政办〔2024〕7号");
	assert_string_equal(r->head->copy_number, "000037");
	assert_string_equal(r->head->secrecy, "秘密★1年");
	assert_string_equal(r->head->urgency, "加急");
	assert_int_equal(r->head->issuers.n, 1);
	assert_string_equal(r->head->issuers.items[0], "××县人民政府办公室文件");
	assert_false(r->head->signers.present);
	assert_string_equal(r->title, "关于做好防汛工作的通知");
	assert_string_equal(r->salutation, "各乡镇人民政府：");
	gw_report_free(r);

	/* 签发人 on its own line under the number, several names; a mark
	 * without 文件 standing above the number; 联合行文 with two marks. */
	r = read_str("××县财政局\n××县农业农村局\n×财农〔2024〕3号\n签发人：李明　王芳\n"
		     "关于申请资金的请示\n县人民政府：\n现请示如下。\n");
	assert_int_equal(r->head->issuers.n, 2);
	assert_string_equal(r->head->issuers.items[1], "××县农业农村局");
	assert_int_equal(r->head->signers.n, 2);
	assert_string_equal(r->head->signers.items[0], "李明");
	assert_string_equal(r->head->signers.items[1], "王芳");
	assert_string_equal(r->title, "关于申请资金的请示");
	gw_report_free(r);

	/* A masked 发文字号 and its 签发人 on one line, apart by full- or
	 * half-width spaces: the number and the names, not the title. */
	static const char *const masked[] = {
		"××县交通运输局文件\n*交〔2026〕**号　　　　签发人：赵××\n\n关于农村公路养护的报告\n"
		"县人民政府：\n现报告如下。\n",
		"××县交通运输局文件\n*交〔2026〕**号    签发人：赵××\n关于农村公路养护的报告\n"
		"县人民政府：\n现报告如下。\n",
	};
	for (size_t i = 0; i < sizeof masked / sizeof masked[0]; i++) {
		r = read_str(masked[i]);
		assert_non_null(r->head);
		assert_string_equal(r->head->doc_number, "*交〔2026〕**号");
		assert_int_equal(r->head->signers.n, 1);
		assert_string_equal(r->head->signers.items[0], "赵××");
		assert_string_equal(r->title, "关于农村公路养护的报告");
		gw_report_free(r);
	}

	/* An organisation over a title is no 版头 (no number under it). */
	r = read_str("区卫生健康局\n2023年工作总结\n一、主要工作\n正文。\n");
	assert_null(r->head);
	assert_string_equal(r->title, "区卫生健康局2023年工作总结");
	gw_report_free(r);
}

static void test_imprint(void **state)
{
	(void)state;
	gw_report *r = read_str("关于某事的通知\n正文。\n××县人民政府办公室\n2024年1月10日\n"
				"──────────\n抄送：县委办公室，县人大常委会办公室，\n县政协办公室。\n"
				"──────────\n××县人民政府办公室　 \t2024年1月10日印发\n");
	assert_non_null(r->imprint);
	assert_int_equal(r->imprint->cc.n, 3);
	assert_string_equal(r->imprint->cc.items[2], "县政协办公室");
	assert_string_equal(r->imprint->printed_by, "××县人民政府办公室");
	assert_string_equal(r->imprint->printed_on, "2024年1月10日");
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->signature.items[1], "2024年1月10日");
	gw_report_free(r);

	/* 印发机关 on the line above a date-only 印发 line; no 抄送. */
	r = read_str("关于某事的通知\n正文。\n某局\n2024年1月10日\n某局办公室\n2024年1月11日印发\n");
	assert_string_equal(r->imprint->printed_by, "某局办公室");
	assert_string_equal(r->imprint->printed_on, "2024年1月11日");
	assert_false(r->imprint->cc.present);
	gw_report_free(r);

	/* A sentence ending in 印发 is body text. */
	r = read_str("标题\n一、工作\n方案已于2024年1月10日印发\n");
	assert_null(r->imprint);
	gw_report_free(r);
}

static void test_appendices(void **state)
{
	(void)state;
	gw_report *r = read_str("关于某事的报告\n一、情况\n正文。\n附件：1.数据表\n2.说明\n某局\n2024年1月10日\n"
				"附件1\n数据表\n项目\t数值\n甲\t12\n乙\t30\n附件2\n说明\n第一段说明。\n第二段说明。\n");
	assert_int_equal(r->n_appendices, 2);
	assert_string_equal(r->appendices[0].marker, "附件1");
	assert_string_equal(r->appendices[0].title, "数据表");
	assert_int_equal(r->appendices[0].n_body, 1);
	const gw_report_table *t = r->appendices[0].body[0].table;
	assert_non_null(t);
	assert_int_equal(t->rows, 3);
	assert_int_equal(t->cols, 2);
	assert_string_equal(t->cells[3].text, "12");
	assert_int_equal(r->appendices[1].n_body, 2);
	assert_string_equal(r->appendices[1].body[1].text, "第二段说明。");
	/* numbered after every section body */
	assert_int_equal(r->appendices[1].body[1].index, gw_report_paragraph_count(r));
	assert_int_equal(r->attachments.n, 2);
	assert_int_equal(r->signature.n, 2);
	gw_report_free(r);

	/* 附件1 in running text before any signature is a paragraph. */
	r = read_str("标题\n一、情况\n附件1\n正文。\n");
	assert_int_equal(r->n_appendices, 0);
	gw_report_free(r);
}

static void test_parts_and_bylines(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		bool part;
	} cases[] = {
		{"第一部分　2024年工作总结", true}, {"第二部分：下一步打算", true}, {"第三部分", true},
		{"第一部分 工作回顾", true},      {"第一部分是总体情况。", false},
		{"第一部分工作总结完成较好。我们……", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_marker m;
		assert_int_equal(gw_gongwen_part(cases[i].s, strlen(cases[i].s), &m), cases[i].part);
		if (cases[i].part)
			assert_int_equal(m.level, GW_LEVEL_PART);
	}
	gw_report *r = read_str("标题\n——在某会议上的讲话\n县长　周立新\n（2024年1月10日）\n同志们：\n"
				"第一部分　回顾\n一、成绩\n正文一。\n第二部分　打算\n一、任务\n正文二。\n");
	assert_string_equal(r->subtitle, "——在某会议上的讲话");
	assert_int_equal(r->bylines.n, 2);
	assert_string_equal(r->bylines.items[0], "县长　周立新");
	assert_string_equal(r->bylines.items[1], "（2024年1月10日）");
	assert_string_equal(r->salutation, "同志们：");
	assert_int_equal(r->n_sections, 2);
	assert_int_equal(r->sections[1].level, GW_LEVEL_PART);
	assert_string_equal(r->sections[1].heading, "打算");
	assert_int_equal(r->sections[1].number, 2);
	assert_string_equal(r->sections[1].sections[0].body[0].text, "正文二。");
	gw_report_free(r);
}

static void test_addressees(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		bool yes;
	} cases[] = {
		{"市人民政府：", true},
		{"各县（市、区）人民政府，市政府各部门，各直属机构：", true},
		{"各乡镇中心学校，县直各学校：", true},
		{"现将有关情况报告如下：", false},
		{"主要做法是：", false},
		{"市人民政府", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(gw_gongwen_addressees(cases[i].s, strlen(cases[i].s)), cases[i].yes);
}

/* 10.3: a 纪要's 出席/请假/列席 lines after the body are attendance, not
 * body paragraphs; a 出席 inside running text is not. */
static void test_attendance(void **state)
{
	(void)state;
	gw_report *r = read_str("青川县防汛工作会议纪要\n会议研究了防汛准备工作。\n一、议定事项\n"
				"各乡镇要在5月15日前完成隐患整改。\n出席：林晓东，县水利局、县应急管理局\n"
				"请假：县自然资源局。\n列席：县政府办公室\n");
	assert_int_equal(r->n_attendance, 3);
	assert_string_equal(r->attendance[0].role, "出席");
	assert_string_equal(r->attendance[0].text, "出席：林晓东，县水利局、县应急管理局");
	assert_int_equal(r->attendance[0].names.n, 3);
	assert_string_equal(r->attendance[0].names.items[2], "县应急管理局");
	assert_string_equal(r->attendance[1].role, "请假");
	assert_string_equal(r->attendance[1].names.items[0], "县自然资源局");
	assert_string_equal(r->attendance[2].role, "列席");
	const gw_section *s = &r->sections[0];
	assert_string_equal(s->body[s->n_body - 1].text, "各乡镇要在5月15日前完成隐患整改。");
	gw_report_free(r);
	r = read_str("会议纪要\n会议研究了防汛工作。\n出席会议的有县水利局等单位。\n");
	assert_int_equal(r->n_attendance, 0);
	gw_report_free(r);
	gw_line l = line("出席：县水利局");
	assert_int_equal(gw_gongwen_attendance(&l, 0, 1), 0);
	l = line("出席");
	assert_int_equal(gw_gongwen_attendance(&l, 0, 1), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc_number_variants),
		cmocka_unit_test(test_head_elements),
		cmocka_unit_test(test_imprint),
		cmocka_unit_test(test_appendices),
		cmocka_unit_test(test_parts_and_bylines),
		cmocka_unit_test(test_addressees),
		cmocka_unit_test(test_attendance),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
