#!/bin/sh
# unwrap.sh — hard-wrapped text end to end (read/unwrap.c).  The copies in
# tests/unwrap/copies (of tests/unwrap/report.txt: LibreOffice PDFs through
# pdftotext plain and -layout, with and without page furniture, and phone
# copies; gen.py makes them) must read into the same model as the clean text
# (structure, points, indicators), with a one-line warning saying what was
# joined and removed; their PDF must look like the clean text's; --no-unwrap
# reads them line by line; clean text is never touched (every .txt under
# tests/ and the seed); phone copies of the other reports, cut at 16–30
# characters at test time, lose no text and read back paragraph for paragraph.
. "$GW_TESTS/e2e/lib.sh"

U="$GW_TESTS/unwrap"
mkdir -p "$TMP/clean" "$TMP/copy" "$TMP/lines"

if "$GWEXPORT" -f json,pdf -o "$TMP/clean" "$U/report.txt" 2> "$TMP/clean.err"; then
	ok "clean report reads"
else
	fail "clean report reads"; sed 's/^/    /' "$TMP/clean.err"
fi
check_eq "clean report: no unwrap warning" "" "$(grep -E 'hard-wrapped|furniture' "$TMP/clean.err")"

for copy in "$U"/copies/*.txt; do
	name=$(basename "$copy" .txt)
	if ! "$GWEXPORT" -f json -o "$TMP/copy" "$copy" 2> "$TMP/$name.err"; then
		fail "$name: reads"; sed 's/^/    /' "$TMP/$name.err"; continue
	fi
	if $PY "$U/compare.py" "$TMP/clean/report.json" "$TMP/copy/$name.json" > "$TMP/$name.diff"; then
		ok "$name: same model as the clean text"
	else
		fail "$name: same model as the clean text"; sed 's/^/    /' "$TMP/$name.diff"
	fi
	check_grep "$name: warning says what was joined" "warning: hard-wrapped text: joined [0-9]* wrapped lines into [0-9]* paragraphs" "$TMP/$name.err"
	check_eq "$name: one warning line" 1 "$(grep -vc ': wrote ' "$TMP/$name.err")"
done
check_grep "page numbers and running headers counted" "removed 3 page numbers and 3 running header/footer lines" "$TMP/pdf-furniture.err"

# -v lists the joins and removals by input line
"$GWEXPORT" -v -f json -o "$TMP/copy" "$U/copies/pdf-furniture.txt" 2> "$TMP/verbose.err"
check_grep "-v: joined lines listed" "pdf-furniture.txt:[0-9]*: .*lines [0-9]*-[0-9]* joined into one paragraph" "$TMP/verbose.err"
check_grep "-v: page number listed" 'removed page number "— 2 —"' "$TMP/verbose.err"

# --no-unwrap: every line its own paragraph, page numbers read as text
"$GWEXPORT" --no-unwrap -f json -o "$TMP/lines" "$U/copies/pdf-furniture.txt" 2> "$TMP/lines.err"
check_eq "--no-unwrap: no unwrap warning" "" "$(grep -v ': wrote ' "$TMP/lines.err" | grep -E 'hard-wrapped|furniture')"
check_not "--no-unwrap: the model differs" $PY "$U/compare.py" "$TMP/clean/report.json" "$TMP/lines/pdf-furniture.json"
check "--no-unwrap: page numbers stay as text" grep -q '— 2 —' "$TMP/lines/pdf-furniture.json"

# the PDF made from a copy looks like the one made from the clean text
if "$GWEXPORT" -f pdf -o "$TMP/copy" "$U/copies/pdf-furniture.txt" 2>/dev/null &&
   pdftoppm -r 50 -png "$TMP/clean/report.pdf" "$TMP/clean/page" &&
   pdftoppm -r 50 -png "$TMP/copy/pdf-furniture.pdf" "$TMP/copy/page"; then
	pages=$(ls "$TMP/clean"/page*.png | wc -l | tr -d ' ')
	same=0
	for png in "$TMP/clean"/page*.png; do
		cmp -s "$png" "$TMP/copy/$(basename "$png")" && same=$((same + 1))
	done
	check_eq "PDF from the copy: its $pages pages render like the clean text's" "$pages" "$same"
else
	fail "PDF from the copy renders"
fi

# run-in headings (tests/unwrap/runin.txt): a paragraph opening with
# （一）强化路网建设。…, with 提升运输服务：…, or with a heading cut before
# its 。 goes on past its first line, while a heading that fills a line and
# the numbered paragraphs under one stay apart.  Cut every 16, 20, 22 (the
# title fills its line, the salutation stays apart) and 25 characters (25
# breaks 4.2公 / 里) it reads as the clean text does.
mkdir -p "$TMP/runin"
"$GWEXPORT" -q -f json -o "$TMP/runin" "$U/runin.txt"
for w in 16 20 22 25; do
	mkdir -p "$TMP/runin/$w"
	$PY -c 'import sys
w = int(sys.argv[1])
for line in open(sys.argv[2], encoding="utf-8").read().splitlines():
    print("\n".join(line[i:i + w] for i in range(0, len(line), w)))' "$w" "$U/runin.txt" > "$TMP/runin/$w/runin.txt"
	"$GWEXPORT" -q -f json -o "$TMP/runin/$w" "$TMP/runin/$w/runin.txt"
	if $PY "$U/compare.py" "$TMP/runin/runin.json" "$TMP/runin/$w/runin.json" > "$TMP/runin/$w.diff"; then
		ok "run-in headings cut every $w characters: same model as the clean text"
	else
		fail "run-in headings cut every $w characters: same model as the clean text"; sed 's/^/    /' "$TMP/runin/$w.diff" | head -8
	fi
done
grep -q '4\.2公$' "$TMP/runin/25/runin.txt"
check_eq "the copy at 25 breaks 4.2公 / 里" 0 $?

# Held-out reports written as copies out of a PDF (lines cut mid-sentence,
# — 2 —): they must be joined, every other text must not.
PDF_COPIES="heldout12/livestock.txt heldout13/fishery.txt heldout14/soil.txt heldout15/cyber.txt heldout16/arts.txt heldout17/pbc.txt heldout19/agritech.txt heldout21/healthedu.txt heldout23/louyu.txt heldout25/farm.txt heldout26/wangge.txt heldout27/pingshen.txt heldout28/hunyin.txt heldout29/shizheng.txt heldout30/zizhu.txt heldout31/feigong.txt heldout32/yingshang.txt heldout33/cansang.txt heldout34/fuwuqu.txt heldout35/huagong.txt heldout36/anning.txt heldout37/tixiao.txt heldout38/weibao.txt heldout39/liangjian.txt heldout40/zhatu.txt heldout41/xianjian.txt heldout42/nongkesuo.txt heldout43/churujing.txt heldout44/chongdian.txt heldout45/yanxue.txt heldout46/fushe.txt heldout47/kuaiji.txt heldout48/laotixie.txt heldout49/baozhang.txt heldout50/guzhen.txt heldout51/difang.txt heldout52/maocu.txt heldout53/yujing.txt heldout54/jiaotou.txt heldout55/bianmin.txt heldout56/taxi.txt heldout57/jinianguan.txt heldout58/lvxie.txt heldout59/gongyong.txt heldout60/wangan.txt heldout61/wildlife.txt heldout62/buliang.txt heldout63/minban.txt heldout64/huishou.txt heldout65/jianguan.txt heldout66/guanxian.txt heldout67/shebaojb.txt heldout68/huliyuan.txt heldout69/yingshi.txt heldout70/dihuan.txt heldout71/jiuye.txt heldout72/shuju.txt heldout76/qingshaonian.txt heldout75/lugang.txt heldout74/minjin.txt heldout73/seaarea.txt heldout77/bianzhi_shuju_pdf.txt heldout78/cunshi.txt heldout80/hengqi.txt heldout79/jicha.txt heldout83/fenju.txt heldout82/pinggu.txt heldout81/lingbao.txt heldout84/pdfcopy.txt heldout88/gongwu.txt heldout85/chuban.txt heldout86/yuankesuo.txt heldout87/shengwuzhi.txt"

# clean text is never touched: no .txt of ours under tests/ (but the copies;
# node_modules is npm's; heldout6/variants are copies; the PDF copies above
# are checked below) nor the seed
touched=""
sampled=" $(held_out_dirs | tr '\n' ' ') "
for txt in $(find "$GW_TESTS" -name '*.txt' ! -path '*/unwrap/copies/*' ! -path '*/node_modules/*' ! -path '*/heldout6/variants/*') "$SHARED_SEED"; do
	[ -f "$txt" ] || continue
	case "$txt" in "$GW_TESTS"/heldout*) case "$sampled" in *" ${txt%/*} "*) ;; *) continue ;; esac ;; esac
	case " $PDF_COPIES " in *" ${txt#"$GW_TESTS"/} "*) continue ;; esac
	"$GWEXPORT" -f json -o "$TMP/lines" "$txt" 2>&1 | grep -qE 'hard-wrapped|page furniture' && touched="$touched $txt"
done
check_eq "clean texts under tests/ and the seed: nothing joined or removed" "" "$touched"
for copy in $PDF_COPIES; do
	case "$sampled" in *" $GW_TESTS/${copy%/*} "*) ;; *) continue ;; esac
	if "$GWEXPORT" -f json -o "$TMP/lines" "$GW_TESTS/$copy" 2>&1 | grep -q 'hard-wrapped'; then
		ok "$copy (a PDF copy): its lines are joined"
	else
		fail "$copy (a PDF copy): its lines are not joined"
	fi
done

# phone copies of the other reports, cut at test time
if $PY "$U/phone_check.py" "$GWEXPORT" "$TMP/phone" 16,24 "$GW_TESTS"/samples/*.txt \
	$(held_out_texts) "$GW_TESTS"/indicators/*.txt > "$TMP/phone.log"; then
	ok "phone copies of the other reports: $(grep '^at' "$TMP/phone.log" | tr '\n' ' ')"
else
	fail "phone copies of the other reports"; sed 's/^/    /' "$TMP/phone.log" | tail -12
fi
