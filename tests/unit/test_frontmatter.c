/* test_frontmatter.c — frontmatter.c: the keys and their ASCII aliases, the
 * value checks, --set arguments, the front-matter block of a text (consumed,
 * errors at their line) and the fields written into the model over what the
 * text says, every model passing gw_report_check and the JSON round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/report_json.h"
#include "read/frontmatter.h"

static gw_status read_text(const char *text, gw_report **r, gw_diag *d)
{
	gw_read_opts o = {.name = "t.txt", .encoding = GW_ENC_AUTO};
	memset(d, 0, sizeof *d);
	return gw_read_text((const unsigned char *)text, strlen(text), &o, r, d);
}

/* The model passes its checks and comes back from its JSON unchanged. */
static void assert_sound(const gw_report *r)
{
	gw_diag d = {0};
	gw_status st = gw_report_check(r, &d);
	if (st)
		print_message("check: %s\n", d.what);
	assert_int_equal(st, GW_OK);
	size_t n1 = 0, n2 = 0;
	char *j1 = gw_report_to_json(r, &n1);
	assert_non_null(j1);
	gw_report *back = NULL;
	st = gw_report_from_json(j1, n1, "t.json", &back, &d);
	if (st)
		print_message("from json: %s\n", d.what);
	assert_int_equal(st, GW_OK);
	char *j2 = gw_report_to_json(back, &n2);
	assert_string_equal(j1, j2);
	free(j1);
	free(j2);
	gw_report_free(back);
}

static void test_lookup(void **state)
{
	(void)state;
	static const struct {
		const char *key;
		int id;
	} cases[] = {
		{"发文机关", GW_FIELD_ISSUERS},   {"issuers", GW_FIELD_ISSUERS},
		{"发文字号", GW_FIELD_DOC_NUMBER}, {"文号", GW_FIELD_DOC_NUMBER},
		{"doc_number", GW_FIELD_DOC_NUMBER}, {"签发人", GW_FIELD_SIGNERS},
		{"密级和保密期限", GW_FIELD_SECRECY}, {"紧急程度", GW_FIELD_URGENCY},
		{"份号", GW_FIELD_COPY_NUMBER},    {"主送", GW_FIELD_TO},
		{"to", GW_FIELD_TO},               {"抄送", GW_FIELD_CC},
		{"printed_by", GW_FIELD_PRINTED_BY}, {"印发日期", GW_FIELD_PRINTED_ON},
		{"出席", GW_FIELD_PRESENT},        {"on_leave", GW_FIELD_ON_LEAVE},
		{"列席", GW_FIELD_ATTENDING},      {"分号", -1},
		{"发文", -1},                      {"Issuers", -1},
		{"", -1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(gw_field_lookup(cases[i].key, strlen(cases[i].key)), cases[i].id);
	assert_non_null(strstr(gw_field_keys(), "印发日期 (printed_on)"));
}

static void test_values(void **state)
{
	(void)state;
	static const struct {
		gw_field_id id;
		const char *value;
		bool ok;
	} cases[] = {
		{GW_FIELD_DOC_NUMBER, "×政办〔2024〕7号", true},
		{GW_FIELD_DOC_NUMBER, "×政办[2024]7号", true},
		{GW_FIELD_DOC_NUMBER, "×政办〔24〕7号", false},
		{GW_FIELD_DOC_NUMBER, "×政办〔2024〕7", false},
		{GW_FIELD_SECRECY, "机密★1年", true},
		{GW_FIELD_SECRECY, "秘密", true},
		{GW_FIELD_SECRECY, "内部", false},
		{GW_FIELD_URGENCY, "特急", true},
		{GW_FIELD_URGENCY, "加急", true},
		{GW_FIELD_URGENCY, "很急", false},
		{GW_FIELD_COPY_NUMBER, "000001", true},
		{GW_FIELD_COPY_NUMBER, "0000001", false},
		{GW_FIELD_COPY_NUMBER, "12a", false},
		{GW_FIELD_PRINTED_ON, "2024年1月10日", true},
		{GW_FIELD_PRINTED_ON, "2024年01月10日", false},
		{GW_FIELD_PRINTED_ON, "2024-01-10", false},
		{GW_FIELD_PRINTED_ON, "2024年13月1日", false},
		{GW_FIELD_CC, "县委办公室，县人大常委会办公室。", true},
		{GW_FIELD_TO, "　　", false},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_fields f = {0};
		gw_diag d = {0};
		gw_status st = gw_fields_put(&f, cases[i].id, cases[i].value, strlen(cases[i].value), 4, &d);
		if ((st == GW_OK) != cases[i].ok)
			print_message("case %zu: %s\n", i, cases[i].value);
		assert_int_equal(st == GW_OK, cases[i].ok);
		if (!cases[i].ok) {
			assert_int_equal(st, GW_E_STRUCTURE);
			assert_int_equal(d.line, 4);
			assert_non_null(strstr(d.what, "front matter: "));
		}
	}
}

static void test_set_arg(void **state)
{
	(void)state;
	gw_fields f = {0};
	gw_diag d = {0};
	assert_int_equal(gw_fields_set_arg(&f, "发文字号=×政办〔2024〕7号", &d), GW_OK);
	assert_int_equal(gw_fields_set_arg(&f, "urgency= 特急 ", &d), GW_OK);
	assert_int_equal(f.len[GW_FIELD_URGENCY], strlen("特急"));
	assert_int_equal(strncmp(f.value[GW_FIELD_URGENCY], "特急", f.len[GW_FIELD_URGENCY]), 0);
	/* given twice on the command line: the last wins */
	assert_int_equal(gw_fields_set_arg(&f, "urgency=加急", &d), GW_OK);
	assert_int_equal(strncmp(f.value[GW_FIELD_URGENCY], "加急", f.len[GW_FIELD_URGENCY]), 0);
	assert_int_equal(gw_fields_set_arg(&f, "colour=red", &d), GW_E_USAGE);
	assert_non_null(strstr(d.what, "unknown key 'colour'"));
	assert_non_null(strstr(d.what, "发文机关 (issuers)"));
	assert_int_equal(gw_fields_set_arg(&f, "发文字号", &d), GW_E_USAGE);
	assert_non_null(strstr(d.what, "KEY=VALUE"));
	assert_int_equal(gw_fields_set_arg(&f, "份号=12a", &d), GW_E_USAGE);
	assert_non_null(strstr(d.hint, "份号=000001"));
	assert_true(gw_fields_any(&f));
	gw_fields none = {0};
	assert_false(gw_fields_any(&none));
}

static const char BODY_ONLY[] =
	"---\n"
	"发文机关：青川县农业农村局文件\n"
	"发文字号：青农发〔2025〕12号\n"
	"签发人：林晓东、周敏\n"
	"密级：秘密★1年\n"
	"紧急程度：加急\n"
	"份号：000027\n"
	"主送：县人民政府\n"
	"抄送：县委办公室，县人大常委会办公室。\n"
	"印发机关：青川县农业农村局办公室\n"
	"印发日期：2025年3月4日\n"
	"---\n"
	"关于春季农业生产准备情况的报告\n"
	"今年以来，全县种子、化肥储备充足。\n"
	"特此报告。\n";

static void test_block_into_model(void **state)
{
	(void)state;
	gw_report *r = NULL;
	gw_diag d;
	assert_int_equal(read_text(BODY_ONLY, &r, &d), GW_OK);
	assert_sound(r);
	assert_non_null(r->head);
	assert_string_equal(r->head->copy_number, "000027");
	assert_string_equal(r->head->secrecy, "秘密★1年");
	assert_string_equal(r->head->urgency, "加急");
	assert_int_equal(r->head->issuers.n, 1);
	assert_string_equal(r->head->issuers.items[0], "青川县农业农村局文件");
	assert_string_equal(r->head->doc_number, "青农发〔2025〕12号");
	assert_int_equal(r->head->signers.n, 2);
	assert_string_equal(r->head->signers.items[1], "周敏");
	assert_string_equal(r->salutation, "县人民政府：");
	assert_non_null(r->imprint);
	assert_int_equal(r->imprint->cc.n, 2);
	assert_string_equal(r->imprint->cc.items[1], "县人大常委会办公室");
	assert_string_equal(r->imprint->printed_by, "青川县农业农村局办公室");
	assert_string_equal(r->imprint->printed_on, "2025年3月4日");
	/* consumed: the block is neither title nor text */
	assert_string_equal(r->title, "关于春季农业生产准备情况的报告");
	char *text = gw_report_text(r);
	assert_null(strstr(text, "---"));
	assert_null(strstr(text, "发文字号："));
	free(text);
	gw_report_free(r);
}

/* Fields given over a 版头/版记 the text has: replaced, the rest kept. */
static void test_override(void **state)
{
	(void)state;
	static const char text[] = "青川县人民政府文件\n青政发〔2025〕3号\n关于做好春耕工作的通知\n各乡镇人民政府：\n"
				   "请抓好春耕备耕工作。\n青川县人民政府\n2025年3月1日\n"
				   "抄送：县委办公室。\n青川县人民政府办公室　　2025年3月2日印发\n";
	gw_report *r = NULL;
	gw_diag d;
	assert_int_equal(read_text(text, &r, &d), GW_OK);
	assert_string_equal(r->head->doc_number, "青政发〔2025〕3号");
	gw_fields f = {0};
	assert_int_equal(gw_fields_set_arg(&f, "doc_number=青政发〔2025〕4号", &d), GW_OK);
	assert_int_equal(gw_fields_set_arg(&f, "印发日期=2025年3月5日", &d), GW_OK);
	assert_int_equal(gw_fields_set_arg(&f, "列席=县审计局、县统计局", &d), GW_OK);
	assert_int_equal(gw_fields_apply(r, &f, &d), GW_OK);
	assert_sound(r);
	assert_string_equal(r->head->doc_number, "青政发〔2025〕4号");
	assert_string_equal(r->head->issuers.items[0], "青川县人民政府文件");
	assert_string_equal(r->imprint->printed_on, "2025年3月5日");
	assert_string_equal(r->imprint->printed_by, "青川县人民政府办公室");
	assert_string_equal(r->salutation, "各乡镇人民政府：");
	assert_int_equal(r->n_attendance, 1);
	assert_string_equal(r->attendance[0].text, "列席：县审计局、县统计局");
	assert_string_equal(r->attendance[0].role, "列席");
	assert_int_equal(r->attendance[0].names.n, 2);
	gw_report_free(r);
}

static void test_block_errors(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		size_t line;
		const char *what;
	} cases[] = {
		{"---\n发文字号：青农发〔2025〕12号\n分号：000001\n---\n标题\n正文。\n", 3, "unknown key '分号'"},
		{"---\n发文字号：青农发〔2025〕12号\n标题\n正文。\n", 1, "never closed"},
		{"\n---\n发文机关\n---\n标题\n正文。\n", 3, "no KEY：VALUE line"},
		{"---\n份号：000001\n份号：000002\n---\n标题\n正文。\n", 3, "given twice (first on line 2)"},
		{"---\n印发日期：2025年03月04日\n---\n标题\n正文。\n", 2, "印发日期 '2025年03月04日'"},
		{"---\n主送：\n---\n标题\n正文。\n", 2, "主送 has no value"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		gw_report *r = NULL;
		gw_diag d;
		assert_int_equal(read_text(cases[i].text, &r, &d), GW_E_STRUCTURE);
		assert_null(r);
		if (!strstr(d.what, cases[i].what) || d.line != cases[i].line)
			print_message("case %zu: line %zu: %s\n", i, d.line, d.what);
		assert_int_equal(d.line, cases[i].line);
		assert_non_null(strstr(d.what, cases[i].what));
	}
	/* unknown keys: the message lists every key */
	gw_report *r = NULL;
	gw_diag d;
	assert_int_equal(read_text(cases[0].text, &r, &d), GW_E_STRUCTURE);
	assert_non_null(strstr(d.what, "列席 (attending)"));
	/* no block: a text starting with a rule of dashes further down is untouched */
	assert_int_equal(read_text("标题\n---\n正文。\n", &r, &d), GW_OK);
	assert_null(r->head);
	gw_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_set_arg),
		cmocka_unit_test(test_block_into_model),
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_block_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
