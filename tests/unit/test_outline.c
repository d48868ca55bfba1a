/* test_outline.c — outline.c through the reader's door: head, sections,
 * inline headings, points, tail, paragraph numbering, the text invariant
 * on every sample, edge cases and large inputs. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unit.h"
#include "read/blocks.h"

static gw_report *read_str(const char *text)
{
	gw_read_opts o = {.name = "t.txt", .encoding = GW_ENC_AUTO};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	gw_status st = gw_read_text((const unsigned char *)text, strlen(text), &o, &r, &d);
	if (st)
		print_message("read failed: %s\n", d.what);
	assert_int_equal(st, GW_OK);
	return r;
}

static const char REPORT[] =
	"区卫生健康局\n"
	"2023年工作总结\n"
	"\n"
	"尊敬的各位领导：\n"
	"  现将有关情况汇报如下。\n"
	"一、主要工作\n"
	"全年重点抓了三件事。一是扩容。二是提质；三是惠民。\n"
	"（一）医疗服务提升。新增床位200张，门诊量增长8%。\n"
	"1.专科建设\n"
	"建成重点专科4个。\n"
	"（二）公卫服务\n"
	"二、下一步打算\n"
	"第一，抓项目。第二，抓队伍。\n"
	"汇报完毕，谢谢！\n"
	"附件：1. 项目清单\n"
	"      2. 人员名单\n"
	"区卫生健康局\n"
	"二〇二四年一月五日\n";

static void test_structure(void **state)
{
	(void)state;
	gw_report *r = read_str(REPORT);
	assert_string_equal(r->title, "区卫生健康局2023年工作总结");
	assert_null(r->subtitle);
	assert_string_equal(r->salutation, "尊敬的各位领导：");
	assert_int_equal(r->n_preamble, 1);
	assert_string_equal(r->preamble[0].text, "现将有关情况汇报如下。");
	assert_int_equal(r->preamble[0].index, 1);
	assert_int_equal(r->preamble[0].line, 5);
	assert_int_equal(r->n_sections, 2);
	const gw_section *s1 = &r->sections[0];
	assert_int_equal(s1->level, 1);
	assert_string_equal(s1->marker, "一、");
	assert_string_equal(s1->heading, "主要工作");
	assert_false(s1->inline_heading);
	assert_null(s1->heading_end);
	assert_int_equal(s1->n_body, 1);
	assert_int_equal(s1->body[0].n_points, 3);
	assert_string_equal(s1->body[0].points[1].marker, "二是");
	assert_string_equal(s1->body[0].points[1].lead, "提质");
	assert_int_equal(s1->body[0].points[1].offset, 15);
	assert_int_equal(s1->n_sections, 2);
	const gw_section *s11 = &s1->sections[0];
	assert_int_equal(s11->level, 2);
	assert_string_equal(s11->heading, "医疗服务提升");
	assert_true(s11->inline_heading);
	assert_string_equal(s11->heading_end, "。");
	assert_string_equal(s11->body[0].text, "新增床位200张，门诊量增长8%。");
	assert_int_equal(s11->body[0].line, 8);
	assert_int_equal(s11->body[0].index, 3);
	assert_int_equal(s11->n_sections, 1);
	assert_int_equal(s11->sections[0].level, 3);
	assert_string_equal(s11->sections[0].body[0].text, "建成重点专科4个。");
	assert_int_equal(s11->sections[0].body[0].index, 4);
	assert_int_equal(s1->sections[1].n_body, 0);   /* heading with no body */
	assert_int_equal(r->sections[1].body[0].n_points, 2);
	assert_string_equal(r->sections[1].body[0].points[1].lead, "抓队伍");
	assert_int_equal(r->sections[1].body[0].index, 5);
	assert_int_equal(gw_report_paragraph_count(r), 5);
	assert_string_equal(r->closing, "汇报完毕，谢谢！");
	assert_true(r->attachments.present);
	assert_int_equal(r->attachments.n, 2);
	assert_string_equal(r->attachments.items[0], "项目清单");
	assert_string_equal(r->attachments.items[1], "人员名单");
	assert_string_equal(r->attachments_raw, "附件：1. 项目清单\n2. 人员名单");
	assert_true(r->signature.present);
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->signature.items[1], "二〇二四年一月五日");
	gw_report_free(r);
}

static void assert_nothing_lost(const unsigned char *bytes, size_t len, const char *name);

/* 附注 (GB/T 9704 §7.3.6): bracketed lines after the signature are the
 * note, and the signature and attachments above them are still found;
 * without a signature above, a bracketed last line stays body text, and a
 * bracketed date is part of the signature. */
static void test_note(void **state)
{
	(void)state;
	static const char text[] = "市农业农村局工作总结\n\n一、主要工作\n粮食产量52万吨。\n"
				   "附件：1.项目清单\n2.资金表\n市农业农村局\n2024年1月5日\n"
				   "（此件公开发布）\n(联系人：王某，电话：1234567)\n";
	assert_nothing_lost((const unsigned char *)text, strlen(text), "note");
	gw_report *r = read_str(text);
	assert_string_equal(r->note, "（此件公开发布）\n(联系人：王某，电话：1234567)");
	assert_int_equal(r->lines.note[0], 9);
	assert_int_equal(r->lines.note[1], 10);
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->signature.items[0], "市农业农村局");
	assert_int_equal(r->lines.signature[0], 7);
	assert_int_equal(r->lines.signature[1], 8);
	assert_int_equal(r->attachments.n, 2);
	assert_int_equal(r->sections[0].n_body, 1);
	gw_report_free(r);

	r = read_str("市农业农村局工作总结\n\n一、主要工作\n粮食产量52万吨。\n（数据截至年底）\n");
	assert_null(r->note);
	assert_false(r->signature.present);
	assert_int_equal(r->sections[0].n_body, 2);
	gw_report_free(r);

	r = read_str("市农业农村局工作总结\n\n一、主要工作\n粮食产量52万吨。\n市农业农村局\n（2024年1月5日）\n");
	assert_null(r->note);
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->signature.items[1], "（2024年1月5日）");
	gw_report_free(r);
}

/* 主送机关 as the salutation: organisations separated by 、; a heading-like
 * line ending in ： is not one. */
static void test_salutation_recipients(void **state)
{
	(void)state;
	static const char *const yes[] = {"区委、区政府：", "各乡镇人民政府、区直各单位：", "市人民政府：",
					  "尊敬的各位领导：", NULL};
	static const char *const no[] = {"主要做法、经验：", "具体情况如下：", "一是、二是：",
					 "过去一年，我局牵头协调了以下部门：", "下面重点汇报三个部门：",
					 "今年新设立的相关单位：", NULL};
	char buf[256];
	for (int i = 0; yes[i]; i++) {
		snprintf(buf, sizeof buf, "关于工作的报告\n\n%s\n现将情况报告如下。\n一、工作\n正文。\n", yes[i]);
		gw_report *r = read_str(buf);
		assert_non_null(r->salutation);
		assert_string_equal(r->salutation, yes[i]);
		gw_report_free(r);
	}
	for (int i = 0; no[i]; i++) {
		snprintf(buf, sizeof buf, "关于工作的报告\n\n%s\n现将情况报告如下。\n一、工作\n正文。\n", no[i]);
		gw_report *r = read_str(buf);
		assert_null(r->salutation);
		gw_report_free(r);
	}
}

/* gw_report_text without the '\n' that joins attachments_raw and note lines. */
static char *model_text(const gw_report *r)
{
	char *t = gw_report_text(r);
	assert_non_null(t);
	char *w = t;
	for (char *p = t; *p; p++)
		if (*p != '\n')
			*w++ = *p;
	*w = '\0';
	return t;
}

static void assert_nothing_lost(const unsigned char *bytes, size_t len, const char *name)
{
	gw_blocks l;
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_decode_text(bytes, len, GW_ENC_AUTO, &l, &d), GW_OK);
	size_t total = 0;
	for (size_t i = 0; i < l.n; i++)
		total += l.v[i].len;
	char *expect = malloc(total + 1), *p = expect;
	assert_non_null(expect);
	for (size_t i = 0; i < l.n; i++) {
		memcpy(p, l.v[i].s, l.v[i].len);
		p += l.v[i].len;
	}
	*p = '\0';
	gw_read_opts o = {.name = name};
	gw_report *r = NULL;
	assert_int_equal(gw_read_text(bytes, len, &o, &r, &d), GW_OK);
	char *got = model_text(r);
	if (strcmp(got, expect) != 0)
		print_message("text lost or changed in %s\n", name);
	assert_string_equal(got, expect);
	free(got);
	free(expect);
	gw_report_free(r);
	gw_blocks_free(&l);
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	unsigned char *b = malloc((size_t)n + 1);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return b;
}

static void test_invariant_samples(void **state)
{
	(void)state;
	char dir[1024];
	snprintf(dir, sizeof dir, "%s/samples", gw_tests_dir());
	DIR *dp = opendir(dir);
	assert_non_null(dp);
	int seen = 0;
	struct dirent *e;
	while ((e = readdir(dp))) {
		if (!strstr(e->d_name, ".txt"))
			continue;
		char path[2048];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		size_t len;
		unsigned char *b = slurp(path, &len);
		assert_nothing_lost(b, len, e->d_name);
		free(b);
		seen++;
	}
	closedir(dp);
	assert_true(seen >= 6);
	assert_nothing_lost((const unsigned char *)REPORT, strlen(REPORT), "REPORT");
}

static void test_edges(void **state)
{
	(void)state;
	/* No title: the first line is running text. */
	gw_report *r = read_str("今年以来，我们做了大量工作。\n一、成绩\n正文。\n");
	assert_null(r->title);
	assert_null(r->salutation);
	assert_int_equal(r->n_preamble, 1);
	assert_int_equal(r->n_sections, 1);
	gw_report_free(r);

	/* A level-2 heading before any level 1 is top level; a level 3 right
	 * under a level 1 is its child. */
	r = read_str("标题\n（一）先行\n正文。\n一、后来\n1.直接三级\n正文。\n");
	assert_int_equal(r->n_sections, 2);
	assert_int_equal(r->sections[0].level, 2);
	assert_int_equal(r->sections[1].n_sections, 1);
	assert_int_equal(r->sections[1].sections[0].level, 3);
	gw_report_free(r);

	/* Subtitle, salutation with an ASCII colon, run-in heading ending in ：. */
	r = read_str("标题\n——副标题\n同志们:\n一、总体情况：全年完成投资12亿元。\n");
	assert_string_equal(r->subtitle, "——副标题");
	assert_string_equal(r->salutation, "同志们:");
	assert_string_equal(r->sections[0].heading, "总体情况");
	assert_string_equal(r->sections[0].heading_end, "：");
	assert_true(r->sections[0].inline_heading);
	assert_string_equal(r->sections[0].body[0].text, "全年完成投资12亿元。");
	gw_report_free(r);

	/* One long sentence after a marker is an enumerated paragraph: its first
	 * short clause is the run-in heading; a short sentence stays whole. */
	r = read_str("标题\n（1）实施供水工程，新建水厂2座，日供水能力增加1.5万吨，惠及群众3万人。\n"
		     "（2）加强组织领导。\n");
	assert_string_equal(r->sections[0].heading, "实施供水工程");
	assert_string_equal(r->sections[0].heading_end, "，");
	assert_string_equal(r->sections[0].body[0].text, "新建水厂2座，日供水能力增加1.5万吨，惠及群众3万人。");
	assert_string_equal(r->sections[1].heading, "加强组织领导");
	assert_string_equal(r->sections[1].heading_end, "。");
	assert_true(r->sections[1].inline_heading);
	assert_int_equal(r->sections[1].n_body, 0);
	gw_report_free(r);

	/* A speech: speaker and date under the title are bylines, each as
	 * written, not the title; the salutation after them is still found. */
	r = read_str("在全市交通运输工作会议上的讲话\n市交通运输局局长 王某某\n（2024年1月15日）\n"
		     "同志们：\n今天会议的任务是总结工作。\n");
	assert_string_equal(r->title, "在全市交通运输工作会议上的讲话");
	assert_null(r->subtitle);
	assert_true(r->bylines.present);
	assert_int_equal(r->bylines.n, 2);
	assert_string_equal(r->bylines.items[0], "市交通运输局局长 王某某");
	assert_string_equal(r->bylines.items[1], "（2024年1月15日）");
	assert_string_equal(r->salutation, "同志们：");
	assert_int_equal(r->n_preamble, 1);
	gw_report_free(r);

	/* A bracketed note and the reporting body under the title, an empty
	 * 附件： line, a heading with no text. */
	r = read_str("关于全区农业农村工作情况的报告\n（草案）\n\n区农业农村局\n"
		     "2023年，全区粮食生产再获丰收。\n一、\n附件：\n");
	assert_null(r->subtitle);
	assert_int_equal(r->bylines.n, 2);
	assert_string_equal(r->bylines.items[0], "（草案）");
	assert_string_equal(r->bylines.items[1], "区农业农村局");
	assert_int_equal(r->n_preamble, 1);
	assert_string_equal(r->sections[0].heading, "");
	assert_true(r->attachments.present);
	assert_int_equal(r->attachments.n, 0);
	assert_string_equal(r->attachments_raw, "附件：");
	gw_report_free(r);

	/* A line that is only a quantity is not a heading; a one-line file. */
	r = read_str("1.5亿元资金已全部到位，项目顺利推进。\n");
	assert_int_equal(r->n_sections, 0);
	assert_int_equal(r->n_preamble, 1);
	gw_report_free(r);
	r = read_str("只有一行标题");
	assert_string_equal(r->title, "只有一行标题");
	assert_int_equal(gw_report_paragraph_count(r), 0);
	assert_false(r->signature.present);
	assert_false(r->attachments.present);
	gw_report_free(r);

	/* Single attachment, signer's name over a date, no closing. */
	r = read_str("标题\n正文内容。\n附件：检查清单\n张某某\n2023年12月\n");
	assert_null(r->closing);
	assert_int_equal(r->attachments.n, 1);
	assert_string_equal(r->attachments.items[0], "检查清单");
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->signature.items[0], "张某某");
	gw_report_free(r);

	/* Attachment names that start with a year (附件：1.2024年…) are still a
	 * numbered list, and the formula line above them stays the closing. */
	r = read_str("标题\n一、工作\n全年完成任务。\n以上报告，请予审议。\n"
		     "附件：1.2024年项目资金明细表\n2．2025年度考核细则\n");
	assert_string_equal(r->closing, "以上报告，请予审议。");
	assert_int_equal(r->attachments.n, 2);
	assert_string_equal(r->attachments.items[0], "2024年项目资金明细表");
	assert_string_equal(r->attachments.items[1], "2025年度考核细则");
	assert_int_equal(r->sections[0].n_body, 1);
	gw_report_free(r);

	/* A courtesy 首先 with nothing after it is no point; 第三 continues the
	 * 第一…第二 series of the paragraph before it. */
	r = read_str("标题\n首先，感谢各位领导莅临指导。\n一、工作\n"
		     "第一，抓统筹；第二，抓协调。\n第三，抓落实。\n");
	assert_int_equal(r->preamble[0].n_points, 0);
	assert_int_equal(r->sections[0].body[0].n_points, 2);
	assert_int_equal(r->sections[0].body[1].n_points, 1);
	assert_string_equal(r->sections[0].body[1].points[0].marker, "第三");
	gw_report_free(r);

	/* Two formula lines make one closing; 以上 opens a closing only when it
	 * names the report. */
	r = read_str("标题\n一、工作\n全年完成任务。\n汇报完毕，请批评指正。\n谢谢！\n");
	assert_string_equal(r->closing, "汇报完毕，请批评指正。谢谢！");
	assert_int_equal(r->sections[0].n_body, 1);
	gw_report_free(r);
	r = read_str("标题\n一、工作\n全年完成任务。\n以上是我们的主要做法。\n");
	assert_null(r->closing);
	gw_report_free(r);

	/* 专此报告 and a 请示's 以上请示当否，请批示 close the body as 特此报告 does. */
	r = read_str("标题\n一、工作\n全年完成任务。\n专此报告。\n");
	assert_string_equal(r->closing, "专此报告。");
	gw_report_free(r);
	r = read_str("关于申请资金的请示\n一、事由\n需要资金。\n以上请示当否，请批示。\n");
	assert_string_equal(r->closing, "以上请示当否，请批示。");
	gw_report_free(r);

	/* A last body line is not a signature just for being short. */
	r = read_str("标题\n一、工作\n全年完成任务。\n谢谢大家\n");
	assert_string_equal(r->closing, "谢谢大家");
	assert_false(r->signature.present);
	gw_report_free(r);
}

static int notes;
static void count_note(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)ctx; (void)file;
	if (strstr(msg, "kept as written") && (line == 3 || line == 4))
		notes++;
}

static void test_numbering_notes(void **state)
{
	(void)state;
	const char *t = "标题\n一、甲\n三、乙\n（二）丙\n";
	gw_read_opts o = {.name = "t.txt"};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	d.warn = count_note;
	d.verbose = 1;
	notes = 0;
	assert_int_equal(gw_read_text((const unsigned char *)t, strlen(t), &o, &r, &d), GW_OK);
	assert_int_equal(notes, 2);    /* 三 after 一; （二） as the first level 2 */
	assert_int_equal(r->sections[1].number, 3);
	gw_report_free(r);
}

/* Issue #17: numbering past 九十九、 and 二十是 stays text and -v says so
 * (with the line and byte); a heading over 32 KB is kept as a paragraph
 * with a warning, so no bookmark is too long for the PDF. */
static void note_line(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file;
	char *out = ctx;
	size_t used = strlen(out);
	snprintf(out + used, 4096 - used, "%zu:%.200s\n", line, msg);
}

static void test_limits(void **state)
{
	(void)state;
	size_t big = 39999;   /* 13,333 characters */
	char *t = malloc(big + 512);
	assert_non_null(t);
	strcpy(t, "某局工作报告\n一、概况\n全年完成任务。第十九，甲；二十一是乙。\n一百、续建项目\n二、");
	size_t used = strlen(t);
	for (size_t i = 0; i < big; i += 3)
		memcpy(t + used + i, "测", 3);
	used += big;
	strcpy(t + used, "\n三、结尾\n");
	char seen[4096] = "";
	gw_read_opts o = {.name = "t.txt"};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	d.warn = note_line;
	d.warn_ctx = seen;
	d.verbose = 1;
	assert_int_equal(gw_read_text((const unsigned char *)t, strlen(t), &o, &r, &d), GW_OK);
	print_message("%s", seen);
	assert_non_null(strstr(seen, "3:\"二十一是\" at byte 39 reads like a point numbered past 20"));
	assert_non_null(strstr(seen, "4:\"一百、\" reads like a section number past 99"));
	assert_non_null(strstr(seen, "5:the heading after \"二、\" is 39999 bytes long, more than the 32768"));
	assert_int_equal(r->n_sections, 2);   /* 一、 and 三、; the long line is a paragraph of 一、 */
	assert_string_equal(r->sections[1].marker, "三、");
	assert_int_equal(r->sections[0].n_body, 3);
	assert_int_equal(strlen(r->sections[0].body[2].text), strlen("二、") + 39999);
	gw_report_free(r);
	free(t);
}

/* ---- blocks with hints, as a .docx reader hands them over ------------------- */

#define TXT(text) {.s = (text), .level = GW_LEVEL_NONE}
#define HEAD(text, lvl) {.s = (text), .level = (lvl), .style = "Heading " #lvl}

/* Every note of a read, as "line:message\n". */
typedef struct notes_seen {
	char text[2048];
	size_t n;
} notes_seen;

static void keep_note(void *ctx, const char *file, size_t line, const char *msg)
{
	(void)file;
	notes_seen *seen = ctx;
	size_t used = strlen(seen->text);
	snprintf(seen->text + used, sizeof seen->text - used, "%zu:%s\n", line, msg);
	seen->n++;
}

/* Reads rows (len and no filled in here) through gw_read_blocks. */
static gw_report *read_blocks(const gw_block *rows, size_t n, notes_seen *seen)
{
	gw_blocks b = {.arena = gw_arena_new(), .n = n, .encoding = "DOCX"};
	assert_non_null(b.arena);
	b.v = gw_arena_array(b.arena, n, sizeof *b.v);
	assert_non_null(b.v);
	for (size_t i = 0; i < n; i++) {
		b.v[i] = rows[i];
		b.v[i].len = strlen(rows[i].s);
		b.v[i].no = i + 1;
	}
	gw_read_opts o = {.name = "t.docx"};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	memset(seen, 0, sizeof *seen);
	d.warn = keep_note;
	d.warn_ctx = seen;
	d.verbose = 1;
	const unsigned char original[] = "PK";
	gw_status st = gw_read_blocks(&b, original, 2, &o, &r, &d);
	if (st)
		print_message("read failed: %s\n", d.what);
	assert_int_equal(st, GW_OK);
	gw_blocks_free(&b);
	return r;
}

#define READ(rows, seen) read_blocks(rows, sizeof rows / sizeof rows[0], seen)

/* No hints: the same model as the text, and source facts from the caller. */
static void test_blocks_without_hints(void **state)
{
	(void)state;
	static const gw_block rows[] = {TXT("区卫生健康局"), TXT("2023年工作总结"), TXT(""),
					TXT("一、主要工作"), TXT("全年完成任务。"), TXT("区卫生健康局"),
					TXT("2024年1月5日")};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	gw_report *t = read_str("区卫生健康局\n2023年工作总结\n\n一、主要工作\n全年完成任务。\n"
				"区卫生健康局\n2024年1月5日\n");
	char *a = gw_report_text(r), *b = gw_report_text(t);
	assert_string_equal(a, b);
	free(a);
	free(b);
	assert_string_equal(r->title, t->title);
	assert_int_equal(r->n_sections, 1);
	assert_int_equal(r->sections[0].line, 4);
	assert_int_equal(r->signature.n, 2);
	assert_string_equal(r->source.name, "t.docx");
	assert_string_equal(r->source.encoding, "DOCX");
	assert_int_equal(r->source.bytes, 2);
	assert_string_equal(r->source.sha256, /* sha256("PK") */
			    "fcab7fcc2b4cffd9bb45003bfc2e468a04ef6f77ca8200a7341f027631584d25");
	assert_int_equal(seen.n, 0);
	gw_report_free(r);
	gw_report_free(t);
}

/* A style's level agreeing with the marker says nothing; disagreeing, the
 * marker decides and a note says so. */
static void test_hint_level_against_marker(void **state)
{
	(void)state;
	static const gw_block rows[] = {TXT("工作总结"), HEAD("一、主要工作", 1), TXT("全年完成任务。"),
					HEAD("（一）医疗服务", 1), TXT("新增床位。"), HEAD("二、下步打算", 0)};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	assert_int_equal(r->n_sections, 2);
	assert_int_equal(r->sections[0].n_sections, 1);
	assert_int_equal(r->sections[0].sections[0].level, 2);
	assert_string_equal(r->sections[0].sections[0].marker, "（一）");
	assert_int_equal(seen.n, 2);
	assert_non_null(strstr(seen.text, "4:style \"Heading 1\" says heading level 1, the marker \"（一）\" level 2"));
	assert_non_null(strstr(seen.text, "6:style \"Heading 0\" says heading level 0"));
	gw_report_free(r);
}

/* Without a marker the text cannot tell 工作回顾 from a paragraph: the
 * style's level makes it a heading; a sentence stays a paragraph. */
static void test_hint_heading_without_marker(void **state)
{
	(void)state;
	static const gw_block rows[] = {
		{.s = "2023年工作总结", .level = GW_LEVEL_NONE, .align = GW_ALIGN_CENTER},
		HEAD("工作回顾", 1), TXT("全年完成任务。"), HEAD("医疗服务", 2), TXT("新增床位。"),
		HEAD("全年完成任务，各项指标达到预期。群众满意度提升。", 2), HEAD("零散事项", 6),
		HEAD("一、下步打算", 1), TXT("继续努力。")};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	assert_string_equal(r->title, "2023年工作总结");
	assert_int_equal(r->n_sections, 2);
	const gw_section *s = &r->sections[0];
	assert_int_equal(s->level, 1);
	assert_string_equal(s->marker, "");
	assert_int_equal(s->number, 0);
	assert_string_equal(s->heading, "工作回顾");
	assert_false(s->inline_heading);
	assert_int_equal(s->n_body, 1);
	assert_int_equal(s->n_sections, 1);
	assert_string_equal(s->sections[0].heading, "医疗服务");
	assert_int_equal(s->sections[0].level, 2);
	assert_int_equal(s->sections[0].n_body, 3);   /* 新增床位。, the sentence, 零散事项 */
	assert_string_equal(r->sections[1].marker, "一、");
	/* no "section number" note for the unnumbered headings: 一、 is the first number */
	assert_int_equal(seen.n, 2);
	assert_non_null(strstr(seen.text, "6:style \"Heading 2\" says heading level 2, but the text reads as a paragraph"));
	assert_non_null(strstr(seen.text, "7:style \"Heading 6\" says heading level 6, which the report outline has no place"));
	gw_report_free(r);
}

/* A heading style at the top, not centred, is a heading, not the title. */
static void test_hint_heading_is_not_title(void **state)
{
	(void)state;
	static const gw_block left[] = {{.s = "工作回顾", .level = 1, .align = GW_ALIGN_LEFT},
					TXT("全年完成任务。")};
	static const gw_block centred[] = {{.s = "工作回顾", .level = 1, .align = GW_ALIGN_CENTER},
					   TXT("全年完成任务。")};
	notes_seen seen;
	gw_report *r = READ(left, &seen);
	assert_null(r->title);
	assert_int_equal(r->n_sections, 1);
	assert_string_equal(r->sections[0].heading, "工作回顾");
	gw_report_free(r);
	r = READ(centred, &seen);
	assert_string_equal(r->title, "工作回顾");
	assert_int_equal(r->n_sections, 0);
	gw_report_free(r);
}

/* Word's automatic numbering reads like a typed marker, even where the
 * text after it would make a typed "1." a quantity (1.5G…). */
static void test_hint_numbering(void **state)
{
	(void)state;
	static const gw_block rows[] = {
		TXT("工作总结"), {.s = "1.5G基站建设", .level = GW_LEVEL_NONE, .numbering_len = 2},
		TXT("新建基站。"), TXT("1.5G网络覆盖率提高。"),
		{.s = "1.1 总体要求", .level = 2, .numbering_len = 3}, TXT("按期完成。"),
		{.s = "●重点项目", .level = GW_LEVEL_NONE, .numbering_len = 3}};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	const gw_section *s = &r->sections[0];
	assert_int_equal(s->level, 3);
	assert_int_equal(s->number, 1);
	assert_string_equal(s->marker, "1.");
	assert_string_equal(s->heading, "5G基站建设");
	assert_int_equal(s->n_body, 2);   /* typed 1.5G… is a quantity: a paragraph */
	assert_string_equal(s->body[1].text, "1.5G网络覆盖率提高。");
	/* numbering markers.c does not know opens a section only with a level:
	 * 1.1 (level 2, shallower than 1.) is a new top-level section */
	assert_int_equal(r->n_sections, 2);
	s = &r->sections[1];
	assert_int_equal(s->level, 2);
	assert_int_equal(s->number, 0);
	assert_string_equal(s->marker, "1.1 ");
	assert_string_equal(s->heading, "总体要求");
	assert_int_equal(s->n_body, 2);
	assert_string_equal(s->body[1].text, "●重点项目");
	assert_int_equal(seen.n, 1);
	assert_non_null(strstr(seen.text, "7:Word numbering \"●\" is not a section number"));
	gw_report_free(r);
}

/* Centred lines at the top are the title even across an empty paragraph;
 * a right-aligned short line at the end is a signer even without a date.
 * The same text without alignment reads as it does today. */
static void test_hint_alignment(void **state)
{
	(void)state;
	static const gw_block aligned[] = {
		{.s = "关于2023年", .level = GW_LEVEL_NONE, .align = GW_ALIGN_CENTER}, TXT(""),
		{.s = "工作情况的报告", .level = GW_LEVEL_NONE, .align = GW_ALIGN_CENTER},
		TXT("全年完成任务。"), {.s = "张某某", .level = GW_LEVEL_NONE, .align = GW_ALIGN_RIGHT}};
	static const gw_block plain[] = {TXT("关于2023年"), TXT(""), TXT("工作情况的报告"),
					 TXT("全年完成任务。"), TXT("张某某")};
	notes_seen seen;
	gw_report *r = READ(aligned, &seen);
	assert_string_equal(r->title, "关于2023年工作情况的报告");
	assert_int_equal(r->n_preamble, 1);
	assert_true(r->signature.present);
	assert_int_equal(r->signature.n, 1);
	assert_string_equal(r->signature.items[0], "张某某");
	assert_int_equal(r->lines.signature[0], 5);
	gw_report_free(r);
	r = READ(plain, &seen);
	assert_string_equal(r->title, "关于2023年");
	assert_int_equal(r->n_preamble, 3);
	assert_false(r->signature.present);
	gw_report_free(r);
}

/* A table is a paragraph where it stands (here the second of section 一),
 * cells copied; the signature after it is still found, and a table with
 * no grid is left out with a note. */
static void test_table_block(void **state)
{
	(void)state;
	static gw_cell cells[] = {{"指标", 0, 0, 1, 1}, {"完成值", 0, 1, 1, 1}, {"新建道路\n改造道路", 1, 0, 1, 2}};
	static gw_table table = {2, 2, cells, 3, 1};
	static gw_table empty = {0, 0, NULL, 0, 0};
	static const gw_block rows[] = {
		TXT("工作总结"), TXT("一、主要指标"), TXT("全年完成任务。"),
		{.kind = GW_BLOCK_TABLE, .s = "", .level = GW_LEVEL_NONE, .table = &table},
		{.kind = GW_BLOCK_TABLE, .s = "", .level = GW_LEVEL_NONE, .table = &empty},
		TXT("二、下步打算"), TXT("继续努力。"), TXT("区交通运输局"), TXT("2024年1月5日")};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	assert_int_equal(r->n_sections, 2);
	const gw_section *s = &r->sections[0];
	assert_int_equal(s->n_body, 2);
	assert_null(s->body[0].table);
	const gw_paragraph *p = &s->body[1];
	assert_non_null(p->table);
	assert_string_equal(p->text, "");
	assert_int_equal(p->line, 4);
	assert_int_equal(p->index, 2);
	assert_int_equal(p->n_points, 0);
	assert_int_equal(p->table->rows, 2);
	assert_int_equal(p->table->cols, 2);
	assert_int_equal(p->table->header_rows, 1);
	assert_int_equal(p->table->n_cells, 3);
	assert_string_equal(p->table->cells[2].text, "新建道路\n改造道路");
	assert_int_equal(p->table->cells[2].row, 1);
	assert_int_equal(p->table->cells[2].col_span, 2);
	assert_ptr_not_equal(p->table->cells[0].text, cells[0].text);   /* copied into the report */
	assert_int_equal(r->sections[1].body[0].index, 3);
	assert_true(r->signature.present);
	assert_int_equal(r->signature.n, 2);
	assert_int_equal(seen.n, 1);
	assert_non_null(strstr(seen.text, "5:a table without rows or columns: left out"));
	char *text = gw_report_text(r);
	assert_non_null(strstr(text, "全年完成任务。指标完成值新建道路\n改造道路二、"));
	free(text);
	gw_report_free(r);
}

/* A table at the very top or bottom is body, never title or signature. */
static void test_table_at_the_edges(void **state)
{
	(void)state;
	static gw_cell cells[] = {{"2024年1月5日", 0, 0, 1, 1}};
	static gw_table table = {1, 1, cells, 1, 0};
	static const gw_block rows[] = {
		{.kind = GW_BLOCK_TABLE, .s = "", .level = GW_LEVEL_NONE, .table = &table},
		TXT("全年完成任务。"),
		{.kind = GW_BLOCK_TABLE, .s = "", .level = GW_LEVEL_NONE, .table = &table}};
	notes_seen seen;
	gw_report *r = READ(rows, &seen);
	assert_null(r->title);
	assert_false(r->signature.present);
	assert_int_equal(r->n_preamble, 3);
	assert_non_null(r->preamble[0].table);
	assert_non_null(r->preamble[2].table);
	assert_int_equal(seen.n, 0);
	gw_report_free(r);
}

/* A style's level 0 (a part, 第一部分) makes a part that holds the
 * numbered sections.  (Typed 第一部分 lines stay paragraphs: the held-out
 * expectations read them so.) */
static void test_parts(void **state)
{
	(void)state;
	notes_seen seen;
	static const gw_block rows[] = {TXT("工作报告"), HEAD("工作回顾", 0), HEAD("一、主要工作", 1),
					TXT("全年完成任务。"), HEAD("今后打算", 0), HEAD("一、目标", 1)};
	gw_report *r = READ(rows, &seen);
	assert_int_equal(r->n_sections, 2);
	assert_int_equal(r->sections[0].level, 0);
	assert_string_equal(r->sections[0].marker, "");
	assert_string_equal(r->sections[0].heading, "工作回顾");
	assert_int_equal(r->sections[0].n_sections, 1);
	assert_int_equal(r->sections[1].sections[0].level, 1);
	assert_int_equal(seen.n, 0);   /* 一、 restarts in each part: no numbering note */
	gw_report_free(r);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 200,000 short lines and one 10 MB line: linear, no crash (times are
 * printed, not asserted). */
static void test_large(void **state)
{
	(void)state;
	size_t n = 200000, cap = n * 40;
	char *t = malloc(cap), *p = t;
	assert_non_null(t);
	for (size_t i = 0; i < n; i++) {
		const char *line = i % 50 == 0 ? "一、标题\n" : i % 10 == 0 ? "（一）小标题。正文。\n" : "一是甲。二是乙。\n";
		size_t len = strlen(line);
		memcpy(p, line, len);
		p += len;
	}
	double t0 = seconds();
	gw_read_opts o = {.name = "big.txt"};
	gw_report *r = NULL;
	gw_diag d;
	memset(&d, 0, sizeof d);
	assert_int_equal(gw_read_text((unsigned char *)t, (size_t)(p - t), &o, &r, &d), GW_OK);
	print_message("200000 lines: %.3f s, %zu paragraphs\n", seconds() - t0, gw_report_paragraph_count(r));
	assert_int_equal(r->n_sections, n / 50);
	assert_int_equal(gw_report_paragraph_count(r), n - n / 50);
	gw_report_free(r);

	size_t big = 10u << 20, unit = strlen("一是甲；");
	p = t = realloc(t, big + 1);
	assert_non_null(t);
	while ((size_t)(p - t) + unit <= big) {
		memcpy(p, "一是甲；", unit);
		p += unit;
	}
	t0 = seconds();
	assert_int_equal(gw_read_text((unsigned char *)t, (size_t)(p - t), &o, &r, &d), GW_OK);
	print_message("10 MB line: %.3f s\n", seconds() - t0);
	assert_int_equal(r->n_preamble, 1);
	assert_int_equal(r->preamble[0].n_points, (size_t)(p - t) / unit);
	gw_report_free(r);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_note),
		cmocka_unit_test(test_salutation_recipients),
		cmocka_unit_test(test_invariant_samples),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_numbering_notes),
		cmocka_unit_test(test_blocks_without_hints),
		cmocka_unit_test(test_hint_level_against_marker),
		cmocka_unit_test(test_hint_heading_without_marker),
		cmocka_unit_test(test_hint_heading_is_not_title),
		cmocka_unit_test(test_hint_numbering),
		cmocka_unit_test(test_hint_alignment),
		cmocka_unit_test(test_table_block),
		cmocka_unit_test(test_parts),
		cmocka_unit_test(test_table_at_the_edges),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
