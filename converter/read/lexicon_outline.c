/*
 * lexicon_outline.c — the word lists that tell the parts of a report's
 * outline (outline.c, unwrap.c, markers.c): sentence and clause marks, a
 * salutation, an organisation's name, a closing formula, attachments,
 * points in order.  Data only, written as lexicon.c explains; found
 * through gw_lex_words.
 */
#include "lexicon.h"
#include "lexicon_data.h"

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
static const gw_word closing_opens[] = {W("谢谢"), W("特此报告"), W("特此汇报"), W("专此报告"), W("专此汇报")};
static const gw_word closing_done[] = {W("汇报完毕"), W("报告完毕"), W("述职完毕"), W("发言完毕")};
static const gw_word closing_asks[] = {
	W("请予审议"), W("请审议"), W("批评指正"), W("请指正"), W("予以指正"), W("请予评议"), W("谢谢大家"),
};
/* 以上报告…, 以上是我的述职…: 以上 opens a closing only with a report word. */
static const gw_word closing_leads[] = {W("以上")};
/* The formulas a 请示, 通知, 通报 or 函 ends its body with, a line holding
 * nothing else but its mark (妥否，请批示。: gongwen.c). */
static const gw_word closing_lines[] = {
	W("妥否，请批示"), W("当否，请批示"), W("妥否，请批复"), W("当否，请批复"), W("以上请示，请予审批"),
	W("以上请示如无不妥，请批准"), W("请批示"), W("请批复"), W("请审批"), W("请予批准"), W("特此请示"),
	W("特此通知"), W("特此通报"), W("特此函告"), W("特此函复"), W("特此批复"), W("特此公告"), W("特此报告"),
	W("以上请示当否，请批示"), W("以上请示妥否，请批示"), W("专此报告"), W("专此请示"),
};
static const gw_word report_words[] = {W("汇报"), W("报告"), W("述职"), W("发言")};

static const gw_word attachment_labels[] = {W("附件："), W("附件:")};

/* Word's built-in title style, by its English and Chinese names. */
static const gw_word title_styles[] = {W("Title"), W("标题")};

/* 首先，… 其次，…: a series of points in order (markers.c). */
static const gw_word order_words[] = {W("首先"), W("其次"), W("再次"), W("最后")};

/* …养老金由上年的2,856元提高到 / 2,981元: a line ending in one of these
 * goes on, whatever its width (unwrap.c's stops_mid_clause). */
static const gw_word open_ends[] = {
	W("提高到"), W("增加到"), W("增长到"), W("下降到"), W("降低到"), W("减少到"), W("达到"), W("提高至"),
	W("增加至"), W("下降至"), W("降至"), W("升至"), W("缩短至"), W("缩短到"), W("扩大到"), W("调整为"),
	W("由"), W("从"), W("比"), W("较"), W("占"), W("为"), W("和"), W("及"), W("与"), W("的"), W("对"), W("把"),
	W("将"), W("在"), W("向"),
};

const struct lex_list gw_lex_outline_lists[GW_LEX_LABEL_FIRST_ - GW_LEX_OUTLINE_FIRST_] = {
	[GW_LEX_SENTENCE_MARK - GW_LEX_OUTLINE_FIRST_] = LIST(sentence_marks),
	[GW_LEX_CLAUSE_MARK - GW_LEX_OUTLINE_FIRST_] = LIST(clause_marks),
	[GW_LEX_ASCII_CLAUSE_MARK - GW_LEX_OUTLINE_FIRST_] = LIST(ascii_clause_marks),
	[GW_LEX_COLON - GW_LEX_OUTLINE_FIRST_] = LIST(colons),
	[GW_LEX_DASH - GW_LEX_OUTLINE_FIRST_] = LIST(dashes),
	[GW_LEX_SALUTATION_OPEN - GW_LEX_OUTLINE_FIRST_] = LIST(salutation_opens),
	[GW_LEX_AUDIENCE - GW_LEX_OUTLINE_FIRST_] = LIST(audiences),
	[GW_LEX_ADDRESSED - GW_LEX_OUTLINE_FIRST_] = LIST(addressed),
	[GW_LEX_COLLECTIVE_BODY - GW_LEX_OUTLINE_FIRST_] = LIST(collective_bodies),
	[GW_LEX_COLLECTIVE_MARK - GW_LEX_OUTLINE_FIRST_] = LIST(collective_marks),
	[GW_LEX_ORG_SUFFIX - GW_LEX_OUTLINE_FIRST_] = LIST(org_suffixes),
	[GW_LEX_CLOSING_OPEN - GW_LEX_OUTLINE_FIRST_] = LIST(closing_opens),
	[GW_LEX_CLOSING_DONE - GW_LEX_OUTLINE_FIRST_] = LIST(closing_done),
	[GW_LEX_CLOSING_ASK - GW_LEX_OUTLINE_FIRST_] = LIST(closing_asks),
	[GW_LEX_CLOSING_LEAD - GW_LEX_OUTLINE_FIRST_] = LIST(closing_leads),
	[GW_LEX_CLOSING_LINE - GW_LEX_OUTLINE_FIRST_] = LIST(closing_lines),
	[GW_LEX_REPORT_WORD - GW_LEX_OUTLINE_FIRST_] = LIST(report_words),
	[GW_LEX_ATTACHMENT_LABEL - GW_LEX_OUTLINE_FIRST_] = LIST(attachment_labels),
	[GW_LEX_TITLE_STYLE - GW_LEX_OUTLINE_FIRST_] = LIST(title_styles),
	[GW_LEX_ORDER_WORD - GW_LEX_OUTLINE_FIRST_] = LIST(order_words),
	[GW_LEX_OPEN_END - GW_LEX_OUTLINE_FIRST_] = LIST(open_ends),
};
