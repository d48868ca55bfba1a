/* test_model.c — arena, UTF-8 helpers, diag formatting, report text order. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/arena.h"
#include "model/diag.h"
#include "model/hash.h"
#include "model/report.h"
#include "model/utf8.h"

static void arena_allocates_zeroed_aligned_blocks(void **state)
{
	(void)state;
	gw_arena *a = gw_arena_new();
	assert_non_null(a);
	for (size_t size = 1; size < 70000; size = size * 3 + 1) {
		unsigned char *p = gw_arena_alloc(a, size);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		for (size_t i = 0; i < size; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAB, size);
	}
	assert_null(gw_arena_array(a, SIZE_MAX / 2, 4));
	gw_arena_free(a);
}

static void arena_grow_keeps_items(void **state)
{
	(void)state;
	gw_arena *a = gw_arena_new();
	int *items = NULL;
	size_t cap = 0;
	for (int i = 0; i < 1000; i++) {
		assert_int_equal(gw_arena_grow(a, (void **)&items, &cap, (size_t)i + 1, sizeof *items), 0);
		items[i] = i * 7;
	}
	for (int i = 0; i < 1000; i++)
		assert_int_equal(items[i], i * 7);
	assert_true(cap >= 1000);
	gw_arena_free(a);
}

static void utf8_decodes_and_rejects(void **state)
{
	(void)state;
	static const struct { const char *s; uint32_t cp; size_t len; } cases[] = {
		{"A", 'A', 1}, {"\xC3\x97", 0xD7, 2}, {"\xE4\xB8\xAD", 0x4E2D, 3},
		{"\xF0\xA0\xAE\xB7", 0x20BB7, 4}, {"\xC0\x80", 0xFFFD, 1}, {"\xE4\xB8", 0xFFFD, 1},
		{"\xED\xA0\x80", 0xFFFD, 1}, {"\xF5\x80\x80\x80", 0xFFFD, 1}, {"\x80", 0xFFFD, 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len;
		assert_int_equal(gw_utf8_decode(cases[i].s, strlen(cases[i].s), &len), cases[i].cp);
		assert_int_equal(len, cases[i].len);
	}
	char buf[4];
	assert_int_equal(gw_utf8_encode(0x4E2D, buf), 3);
	assert_memory_equal(buf, "\xE4\xB8\xAD", 3);
	assert_int_equal(gw_utf8_count("中a文", strlen("中a文")), 3);
	assert_int_equal(gw_utf8_offset("中a文", strlen("中a文"), 2), 4);
	const unsigned char bad[] = "ok\xE4\xB8";
	assert_int_equal(gw_utf8_valid_prefix(bad, 4), 2);
}

static void utf8_classes(void **state)
{
	(void)state;
	assert_true(gw_is_wide(0x4E2D));
	assert_true(gw_is_wide(0xFF0C));
	assert_false(gw_is_wide('a'));
	assert_int_equal(gw_fold_digit(0xFF15), '5');
	assert_int_equal(gw_fold_digit('7'), '7');
	assert_int_equal(gw_fold_digit(0x4E00), 0);
	assert_true(gw_is_space(0x3000));
	assert_true(gw_is_mask('*'));
	assert_true(gw_is_mask(0xFF0A));
	assert_false(gw_is_mask('x'));
}

static void diag_formats_place_and_hint(void **state)
{
	(void)state;
	gw_diag d = {0};
	gw_diag_set_file(&d, "a.txt");
	assert_int_equal(gw_fail(&d, GW_E_ENCODING, 3, 17, "save as UTF-8", "bad byte 0x%02X", 0xFF),
			 GW_E_ENCODING);
	char buf[512];
	gw_diag_format(&d, buf, sizeof buf);
	assert_string_equal(buf, "a.txt:3: encoding error: bad byte 0xFF (byte offset 17)\n"
				 "  hint: save as UTF-8");
	assert_int_equal(gw_exit_code(GW_E_USAGE), 2);
	assert_int_equal(gw_exit_code(GW_E_IO), 1);
	assert_int_equal(gw_exit_code(GW_OK), 0);
}

static void report_text_follows_document_order(void **state)
{
	(void)state;
	gw_report *r = gw_report_new();
	assert_non_null(r);
	r->title = gw_report_strdup(r, "T");
	r->salutation = gw_report_strdup(r, "S：");
	r->preamble = gw_arena_array(r->arena, 1, sizeof *r->preamble);
	r->preamble[0].text = gw_report_strdup(r, "P。");
	r->n_preamble = 1;
	r->sections = gw_arena_array(r->arena, 1, sizeof *r->sections);
	r->n_sections = 1;
	gw_section *s = &r->sections[0];
	s->marker = gw_report_strdup(r, "一、");
	s->heading = gw_report_strdup(r, "H");
	s->sections = gw_arena_array(r->arena, 1, sizeof *s->sections);
	s->n_sections = 1;
	s->sections[0].marker = gw_report_strdup(r, "（一）");
	s->sections[0].heading = gw_report_strdup(r, "I");
	s->sections[0].heading_end = gw_report_strdup(r, "。");
	s->sections[0].body = gw_arena_array(r->arena, 1, sizeof(gw_paragraph));
	s->sections[0].body[0].text = gw_report_strdup(r, "B");
	s->sections[0].n_body = 1;
	r->closing = gw_report_strdup(r, "C");
	r->signature.present = true;
	r->signature.n = 1;
	r->signature.items = gw_arena_array(r->arena, 1, sizeof(char *));
	r->signature.items[0] = gw_report_strdup(r, "G");
	char *text = gw_report_text(r);
	assert_string_equal(text, "TS：P。一、H（一）I。BCG");
	assert_int_equal(gw_report_paragraph_count(r), 2);
	free(text);
	gw_report_free(r);
}

static void kinds_round_trip(void **state)
{
	(void)state;
	for (int k = GW_KIND_AMOUNT; k <= GW_KIND_COUNT; k++) {
		gw_kind back;
		assert_true(gw_kind_parse(gw_kind_name((gw_kind)k), &back));
		assert_int_equal(back, k);
	}
	gw_kind k;
	assert_false(gw_kind_parse("体积", &k));
}

static void sha_digests_match_known_vectors(void **state)
{
	(void)state;
	char h256[65], h512[129];
	assert_int_equal(gw_sha256_hex("abc", 3, h256), 0);
	assert_string_equal(h256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_int_equal(gw_sha512_hex("", 0, h512), 0);
	assert_memory_equal(h512, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce", 64);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena_allocates_zeroed_aligned_blocks),
		cmocka_unit_test(arena_grow_keeps_items),
		cmocka_unit_test(utf8_decodes_and_rejects),
		cmocka_unit_test(utf8_classes),
		cmocka_unit_test(diag_formats_place_and_hint),
		cmocka_unit_test(report_text_follows_document_order),
		cmocka_unit_test(kinds_round_trip),
		cmocka_unit_test(sha_digests_match_known_vectors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
