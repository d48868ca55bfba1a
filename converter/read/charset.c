/*
 * charset.c — telling encodings apart (charset.h).
 *
 * GB18030 or Big5.  Both are double-byte encodings over the same byte
 * ranges, so Big5 bytes almost always convert "successfully" as GB18030
 * (into nonsense) and short GBK texts often convert as Big5.  Validity
 * cannot decide; the characters can: a real text is mostly made of a few
 * hundred very common characters, the wrong reading of it of rare ones.
 * Measured on the reports under tests/ converted to GBK, the Big5 reading
 * never has more common characters than the GB18030 one (usually it is not
 * valid Big5 at all); on a Traditional Chinese report saved as Big5, the
 * Big5 reading has 109 common characters and the GB18030 one 4 (7 vs 0 in
 * its first 20 bytes).  The rule:
 *   - not valid Big5, or big5_hits <= gb_hits      → GB18030 (the default
 *     of mainland offices, and what this reader did before Big5);
 *   - big5_hits >= 2 * gb_hits and big5_hits >= 4 → Big5;
 *   - in between (too few common characters)      → unsure: decode.c
 *     refuses and names --encoding big5 and --encoding gb18030.
 */
#include "charset.h"

#include <string.h>

#include "../model/utf8.h"

/* Sorted by code point, every character 3 bytes of UTF-8 (U+4E00..U+9FFF),
 * so the table is searched by halves in steps of 3 bytes.  Made from the
 * ~400 most frequent characters of Chinese text, their traditional forms
 * and the words of work reports (推进 落实 项目 …); test_decode.c checks
 * the order. */
static const char COMMON[] =
	"一七万三上下不与专且世业东两严个中为主么义之九也习乡书了争事二于五些交产京亲人什"
	"今从他代以们件价任众会传但位低住体何作你使來例便保信個們候值做健備傳價儿元先光克"
	"兒党入內全兩八公六共关其具养内再写军农决况准几出分切划列则创別利别到制則前創劃力"
	"办加务动劳動務勞包化北区医區十千升半华单南卫即却卻厂历压原去县参參又及反发取受变"
	"口只叫可史号各合同名后向听员周命和品响員商問善單器嚴四回因团国图圆國圓圖團土在地"
	"场坚型城基堅報場境增壓声处备复外多大天太头她好如始委子存学學它安完定实家容實寫对"
	"导将將專對導小少就局层展属層屬山工己已市布带帶常干平年并幹幾广应府度康廠廣建开式"
	"引张張強强当形影往很律後得從復心必志快态思性总情想意感態應成我或战戰所手才打技把"
	"投报拉持指按据採接推提據支收改放政效教数整數文斗料断新斷方施族无日时明易是時更書"
	"最會月有服期本术机权条来東极构林果查标样根格條業極構標樣機權次正此步歷段每比毛民"
	"气氣水求江決沒没油治法活派流济海消深清温準溫满滿濟火点為热無然照熱爭片物特状狀率"
	"王环现現理環生產用由电界當疗療發白百的目直相省看真眼眾着知石矿研确確礦示社离种科"
	"积称程種稱積究空立第等算管節米类精系約紅級素細組結給統經維線縣總織红约级线组细织"
	"经结给统维置美群習老者而联聯聲聽育能自至與般色节花華萬落著處號行術衛表被装裝裡西"
	"要見規親觀见观规角解計記設許話該認說調論證識議變计认议记许论设证识话该说调象資質"
	"质资走起越路身車軍較轉车转较辦農边达过运近还这进连适选這通速造連進運過道達適選還"
	"邊那部都鄉醫采里重量金鐵铁長长門開間關门问间队阶际院除隊階際障难集離難電需青非面"
	"革音響項須領頭題類项须领题風风養馬驗马验體高鬥麼點黨";

#define CJK_BYTES 3

bool gw_charset_is_common(uint32_t cp)
{
	size_t lo = 0, hi = gw_charset_common_size();
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, len;
		uint32_t at = gw_utf8_decode(COMMON + mid * CJK_BYTES, CJK_BYTES, &len);
		if (at == cp)
			return true;
		if (at < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

size_t gw_charset_common_size(void)
{
	return (sizeof COMMON - 1) / CJK_BYTES;
}

size_t gw_charset_common_hits(const char *s, size_t n)
{
	size_t hits = 0, len;
	for (size_t i = 0; i < n; i += len) {
		uint32_t cp = gw_utf8_decode(s + i, n - i, &len);
		if (!len)
			break;
		hits += cp >= 0x4E00 && gw_charset_is_common(cp);
	}
	return hits;
}

/* Fewest common characters that prove a Big5 reading. */
#define BIG5_MIN_HITS 4

gw_legacy gw_charset_pick_legacy(size_t gb_hits, size_t big5_hits, bool big5_valid)
{
	if (!big5_valid || big5_hits <= gb_hits)
		return GW_LEGACY_GB18030;
	if (big5_hits >= 2 * gb_hits && big5_hits >= BIG5_MIN_HITS)
		return GW_LEGACY_BIG5;
	return GW_LEGACY_UNSURE;
}

/* ---- UTF-16 without a byte-order mark ------------------------------------ */

typedef struct unit_counts {
	size_t line_ends, ascii;   /* units that are CR/LF, printable ASCII or tab */
} unit_counts;

static void count_unit(unsigned char zero, unsigned char text, unit_counts *c)
{
	if (zero != 0)
		return;
	if (text == '\n' || text == '\r')
		c->line_ends++;
	else if ((text >= 0x20 && text < 0x7F) || text == '\t')
		c->ascii++;
}

/* Line ends decide (a CR or LF unit read the wrong way round is U+0A00 or
 * U+0D00, which no report holds); without them ASCII units must outnumber
 * the other reading's four to one (一, U+4E00, is "N" read backwards).  A
 * U+0000 unit means binary, not text. */
gw_utf16_order gw_charset_utf16_order(const unsigned char *b, size_t n)
{
	unit_counts le = {0, 0}, be = {0, 0};
	for (size_t i = 0; i + 1 < n; i += 2) {
		if (b[i] == 0 && b[i + 1] == 0)
			return GW_UTF16_UNKNOWN;
		count_unit(b[i + 1], b[i], &le);
		count_unit(b[i], b[i + 1], &be);
	}
	if (le.line_ends && !be.line_ends)
		return GW_UTF16_LE;
	if (be.line_ends && !le.line_ends)
		return GW_UTF16_BE;
	if (le.line_ends || be.line_ends)
		return GW_UTF16_UNKNOWN;
	if (le.ascii >= 2 && le.ascii >= 4 * be.ascii + 1)
		return GW_UTF16_LE;
	if (be.ascii >= 2 && be.ascii >= 4 * le.ascii + 1)
		return GW_UTF16_BE;
	return GW_UTF16_UNKNOWN;
}

/* ---- lines of mixed encodings ------------------------------------------- */

/* A line that is UTF-8 beyond doubt: GBK bytes can form valid UTF-8 by
 * chance on a short line, but not three common characters. */
#define UTF8_SURE_HITS 3

static void classify_line(const unsigned char *b, size_t begin, size_t end, size_t no,
			  gw_line_kinds *out)
{
	size_t len = end - begin;
	if (gw_utf8_valid_prefix(b + begin, len) != len) {
		if (!out->bad_line) {
			out->bad_line = no;
			out->bad_begin = begin;
			out->bad_end = end;
		}
	} else if (!out->utf8_line &&
		   gw_charset_common_hits((const char *)b + begin, len) >= UTF8_SURE_HITS) {
		out->utf8_line = no;
		out->utf8_begin = begin;
	}
}

void gw_charset_line_kinds(const unsigned char *b, size_t n, gw_line_kinds *out)
{
	memset(out, 0, sizeof *out);
	size_t begin = 0, no = 1;
	for (size_t i = 0; i <= n && !(out->utf8_line && out->bad_line); i++) {
		if (i < n && b[i] != '\n' && b[i] != '\r')
			continue;
		classify_line(b, begin, i, no, out);
		if (i + 1 < n && b[i] == '\r' && b[i + 1] == '\n')
			i++;
		begin = i + 1;
		no++;
	}
}
