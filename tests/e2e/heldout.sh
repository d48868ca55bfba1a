#!/bin/sh
# heldout.sh — the tool against reports it was not written against, each set
# held to regression floors just under what it scores today.
#   tests/heldout/, heldout2/, heldout3/   written blind, then used to fix
#       rules (their READMEs say so): their scores flatter the tool, but a
#       drop is still a regression, so their floors are as tight.
#   tests/heldout4/   written blind, but its labels went from about 0.86 at
#       first sight to 0.987 through the label commits that followed it
#       (heldout5 stays at 0.857), so it counts as tuned too.
#   tests/heldout5/   never used to tune anything: the one honest measure of
#       how the rules generalise (labels 0.857).
#   tests/heldout6/   written blind by an independent tester on 2026-12-06;
#       its first-sight numbers are in its README; the 公文 reader may be
#       tuned on civil/fire (版头/版记), so raise its floors as it improves.
# Every floor is the set's score today with ONE item fewer right, rounded
# down to 4 places (right-1)/total: one more mismatch than today passes, two
# fail.  The acceptance issue's floors (precision and recall >= 0.99, labels
# and structure >= 0.95) are all below these, heldout5's labels aside.
# When a change improves a score, raise the floor: paste the "floors" line of
#   GWEXPORT=build/gwexport /usr/bin/python3 tests/heldout/evaluate.py --dir tests/SET -q --floors
# When a change lowers one, fix the change; lowering a floor needs a reason
# in the commit message.  Every mismatch is listed with -v instead of -q.
. "$GW_TESTS/e2e/lib.sh"
EVAL="$GW_TESTS/heldout/evaluate.py"

# floor SET SUMMARY KEY MIN: ok when the pooled score KEY is at least MIN
floor() {
	got=$($PY -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))[sys.argv[2]])' "$2" "$3" 2>/dev/null)
	if [ -n "$got" ] && $PY -c 'import json,sys; sys.exit(json.load(open(sys.argv[1]))[sys.argv[2]] < float(sys.argv[3]))' "$2" "$3" "$4"; then
		ok "held-out set $1: $3 $got >= $4"
	else
		fail "held-out set $1: $3 ${got:-?} < $4 (every mismatch: GWEXPORT=build/gwexport $PY tests/heldout/evaluate.py --dir tests/$1 -v)"
	fi
}

# set, then its floors (evaluate.py --floors, 2026-12-06, build of main 36d6255;
# heldout7: first sight at 37ff26f, before any tuning on it; its precision,
# change and qualifier floors raised when thresholds (500万元以上项目) stopped
# being indicators and 突破/增收/收窄 were read, labels2 branch.  heldout5's
# qualifier floor went DOWN from 0.9936 to 0.9872: its tester wrote null for
# 突破 (直接融资规模突破450亿元), issue #15 and heldout7's tester name 突破 a
# qualifier — the issue wins.  heldout's label floor went DOWN from 0.9684 to
# 0.9652 when labels dropped the quotation marks around names (65 of the 77
# expected labels of heldout–heldout7 whose alternatives differ by quotes
# have none in the first label): “雪亮工程”新增监控点位 was an accepted
# alternative, 雪亮工程新增监控点位 is not; exact rose on every set.
# heldout9: written blind by another tester (2026-12-06 late); first sight at
# 3e242ae and, for labels, again at 6a42d68 (its README); then its status and
# period were tuned on it; a second annotator labelled its figures blind
# (annotator2/, scored by agreement.py below: the human ceiling for labels).
# heldout9's and heldout10's floors raised (detect10 branch, tuned on their
# detection misses) when ranks (前5名), thresholds naming a class
# (完成率低于60%的单位, 超10亿元企业14家), 核/担/标准煤 units and 路 as
# video channels (beside a signal word) were read.
# heldout8: written blind after all of the above (87e71c7); first sight at
# 4a16a4f, and again with the segmenter branch, whose author never opened it
# (its README has both); not tuned on: these floors are its first-sight
# scores less one item)
# 2026-12-07: labels keep the verb of what came (新增, 新建, 引进: 新建幼儿园3所 →
# 新建幼儿园, a flow, not the stock 幼儿园), the convention heldout8's and
# heldout9's testers wrote down; the earlier sets' testers mostly dropped it, so
# label_exact went DOWN there (heldout 0.7539 → 0.7350, heldout2 0.7723 →
# 0.7439, heldout3 0.6842 → 0.6631, heldout4 0.7558 → 0.7224, heldout6 0.7082
# → 0.7024, heldout7 0.7335 → 0.7225) and label (alternatives) by one item on
# heldout, heldout4, heldout5, heldout6 (the 新建 form not among theirs);
# heldout5 0.6050 → 0.6210, heldout8 0.6612 → 0.6962, heldout9 0.5350 → 0.6008.
# 2026-12-07, later: quotation marks stay in labels as written (heldout8–10's
# testers and heldout10's second annotator write them: 50 of 53 labels;
# heldout–heldout7's dropped them in 66 of 78): label_exact DOWN on heldout
# (0.7350 → 0.7318), heldout3 (0.6631 → 0.6596), heldout4 (0.7224 → 0.7123),
# heldout5 (0.6210 → 0.6178), heldout6 (0.7024 → 0.6967), heldout7's label
# (alternatives) 0.8791 → 0.8763; up on heldout8–10.  各类 left out of a label
# (assessors leave it out in 20 of 31 held-out labels): heldout7 0.7225 → 0.7197.
# heldout10: written blind by another tester (2026-12-07, 4163251); first sight
# at 053b183 and 90f37f0 (its README), then a second annotator; floors from
# 90f37f0's follow-up (edfea78), before any tuning on it.
# status/period rules tuned on heldout9–10 (status10 branch): floors one item
# under the new scores; heldout7's period stays at its floor (0.9918, was
# 0.9945): its tester gives null to the figures of `当前，…问题，…152人`,
# heldout9's README makes a heading `当前，` a period like 目前 — the later,
# written rule and the head-phrase rule of every set win.
# heldout11: written blind by another tester (2026-12-07, aa51780); first sight
# at 053b183, 90f37f0 and 3b4b8ee (its README), a second annotator; floors from
# 3b4b8ee, never tuned on it.
# 2026-12-07, second session: a verb that is what was counted stays (审结, 受理,
# 接待, 清理: the convention heldout8–11's testers wrote, 61 labels to 2);
# heldout–heldout7's testers dropped it in 39 of 58, so their floors go DOWN:
# label_exact heldout 0.7381 → 0.7318, heldout2 0.7560 → 0.7317, heldout3
# 0.6666 → 0.6491, heldout4 0.7157 → 0.7023, heldout5 0.6210 → 0.6082,
# heldout7 0.7170 → 0.7142; label (alternatives: the verb form is not among
# theirs) heldout 0.9652 → 0.9589, heldout2 0.9959 → 0.9918, heldout3 0.9789
# → 0.9754, heldout4 0.9799 → 0.9732.  Up on heldout8–11; heldout11's period
# 0.9400 → 0.9896 (seasons of work: 本供暖季, 供暖期间, 开放以来).
# Then 完成年度预算的51.2% → …完成年度预算, without 比例 (heldout9–11's testers,
# 10 of 10; heldout and heldout7 wrote 比例 in 9 of 9): heldout label_exact
# 0.7318 → 0.7255, heldout7 label 0.8791 → 0.8626 (their alternatives lack the
# bare form), label_exact 0.7142 → 0.7060.
# 累计 inside a label goes like 全年 (公园累计接待游客 → 公园接待游客: heldout10,
# 11), heldout6's 小额信贷累计放贷 keeps it: heldout6 label_exact 0.7005 → 0.6967.
# A list member shares the verb that stays of the member before it (新建口袋公园
# 23个、社区游园9个 → 新建社区游园: heldout9–11 +19 exact, −2); heldout–heldout7
# dropped 新建/新增 there as everywhere: label_exact heldout2 0.7357 → 0.7276,
# heldout3 0.6491 → 0.6385, heldout5 0.6082 → 0.5955, heldout6 0.6967 → 0.6928,
# heldout7 0.7060 → 0.7005, heldout2's label 0.9918 → 0.9837; on the blind
# heldout12 label_exact rose (0.6431 → 0.6470) and label (alternatives) fell by
# two items (0.8490 → 0.8450).
# 亩次 is a unit (防治面积1.6万亩次): recall up on heldout6, 8 and 11; the new
# matches' labels are accepted forms, not the primary ones, so heldout6's label
# and heldout11's label_exact fractions fall by one item each (a figure found
# with a near label beats a figure missed).
# heldout12: written blind by another tester (2026-12-07, 1b436c9), a second
# annotator; first sight at 765c1b5 (its README); floors from this session's
# last rules, never tuned on it.
# A bound alone is a class of the people just counted (全镇发展党员27名，其中35岁
# 以下的占81.5% → 35岁以下发展党员占比): heldout8's tester wrote 发展党员中35岁以下
# 占比 and accepted the bare 35岁以下占比: label 0.8971 → 0.8958 (one item);
# heldout11 and heldout12 gain (45岁以下专职教师, 日均生活垃圾清运量).
# 新开通/新配置/新购置… stay like 新增 (heldout12 新开通国际货运航线, heldout13
# 新配置AED): heldout4's tester drops 新开通 (农村客货邮融合线路): its
# label_exact 0.7023 → 0.6956 (one item).
# heldout16: written blind (2026-12-07, 39c10b5); first sight at 37b077d and
# 13a03e9 in its README; floors from 13a03e9.
# heldout15: written blind (2026-12-07, 5041b09); first sight at 37b077d and
# 6f84381 in its README; floors from 6f84381.
# heldout14: written blind (2026-12-07, 724ea90); first sight at 37b077d and
# e226406 in its README; floors from the rules it was first run with plus
# this session's detection fixes made after (voltage classes, 具, …时).
# heldout13: written blind (2026-12-07, cc32299); first sight at 37b077d and
# f0b763d in its README; floors from the rules it was first run with.
# heldout49–52: written blind (2026-12-07, session 12, last round); first
# sight at b4ec7fc and 771613e in their READMEs; floors from 771613e, never
# tuned on.
# heldout45–48: written blind (2026-12-07, session 12, third round); first
# sight at b4ec7fc and ca3a40e in their READMEs; floors from 7275eeb (the
# review's fixes after their landing).
# heldout41–44: written blind (2026-12-07, session 12, second round); first
# sight at b4ec7fc and at main's landing commit in their READMEs; floors
# from 7ff6707 plus a separator line no longer taken for a running header.
# heldout37–40: written blind (2026-12-07, session 12, first round); first
# sight at b4ec7fc and 3d7e6f7 in their READMEs; floors from 4d19828.
# heldout33–36: written blind (2026-12-07, session 11, third round); first
# sight at ddb0d5e and a1ca651 in their READMEs; floors from a1ca651, never
# tuned on.
# heldout29–32: written blind (2026-12-07, session 11, second round); first
# sight at ddb0d5e and 0e44fd6 in their READMEs; floors from 0e44fd6, never
# tuned on.
# heldout25–28: written blind (2026-12-07, session 11, first round); first
# sight at ddb0d5e and 39db402 in their READMEs; floors from b47b152 (the
# '.' full stops of heldout25's phone copy read), before any tuning on them.
# heldout21–24: written blind (2026-12-07, session 10, last round); first
# sight at 8d3ae21 and cd3d55f in their READMEs; floors from cd3d55f.
# heldout19, heldout20: written blind (2026-12-07, session 10, later); first
# sight at 8d3ae21 and at the rules of their landing in their READMEs; floors
# from the latter, never tuned on.
# heldout17, heldout18: written blind (2026-12-07, session 10); first sight at
# 8d3ae21 and 0c3038c in their READMEs; floors from 0c3038c, heldout17's then
# raised by the reader fix its PDF copy showed (lines ending inside words).
# 2026-12-07 (session 10): a result verb that says what was counted stays in the label
# (发放补贴资金, 发布预警信息, 办理产地检疫, 更换破损管道, 征收…: heldout12–16's
# testers keep it in 160 labels of 172); one that says only that it was done
# goes as before (开展, 建成, 实施, 配备, 争取, 召开: lexicon_clause.c's
# done_verbs).  label_exact UP on heldout12 0.6926 → 0.7295, heldout13 0.6847
# → 0.7223, heldout14 0.5842 → 0.6396, heldout15 0.6417 → 0.6963, heldout16
# 0.6542 → 0.7006; DOWN where the testers dropped those verbs: heldout
# 0.7255 → 0.6529, heldout2 0.7317 → 0.6788, heldout3 0.6385 → 0.5684,
# heldout4 0.6956 → 0.6254, heldout5 0.5987 → 0.5222, heldout6 0.6934 →
# 0.6704, heldout7 0.7041 → 0.6657, heldout8 0.7129 → 0.7106, heldout9 0.6623
# → 0.6361, heldout10 0.7178 → 0.7074, heldout11 0.6319 → 0.6032, and label
# (alternatives: the verb form not among theirs) heldout 0.9589 → 0.9526,
# heldout2 0.9837 → 0.9796, heldout3 0.9754 → 0.9403, heldout4 0.9732 →
# 0.9464, heldout6 0.8793 → 0.8735, heldout7 0.8657 → 0.8520, heldout8 0.8958
# → 0.8888, heldout11 0.8343 → 0.8282, heldout12 0.8852 → 0.8832 (投入养护资金).
# Then a measure of such a count names the thing without any verb that stays
# (排查隐患…，整改率 → 隐患整改率; 拆除违法建设…，面积 → 违法建设面积):
# heldout12's tester keeps it once (退还投标保证金金额): label_exact 0.7315 →
# 0.7295; heldout3, 9, 13, 15 up.
# 平均年龄, 篇幅 and 储水量 alone take the sentence's topic (专职工作人员平均年龄,
# 志稿总篇幅): heldout11's 一线环卫工人平均年龄 is no accepted form of its
# 环卫工人平均年龄 (label 0.8282 → 0.8261); heldout12 and 16 up.
# A relative clause before a count is a class of what the sentence just
# counted (其中使用超过8年的14台 → 使用超过8年的检查设备; heldout6, 14, 15, 17, 18
# up): heldout11's 判处五年以上有期徒刑 and heldout13's 取得救护员证书 stay bare
# (label_exact 0.6032 → 0.6012, 0.7306 → 0.7286; label 0.8261 → 0.8241,
# 0.8935 → 0.8914), heldout3's 中级以上专业技术资格 gets 的在编干部职工 where
# its tester wrote …人员 (label 0.9403 → 0.9333).
# A share of a whole (…，占Y的N%) is …占Y比重 whatever Y is (heldout12–18's
# testers: 比重 21 times, 比例 twice): one item down each where the older
# testers wrote 比例 — heldout6 label 0.8735 → 0.8716, label_exact 0.6724 →
# 0.6704; heldout7 0.8520 → 0.8493, 0.6657 → 0.6630; heldout8 0.8888 →
# 0.8842, 0.7106 → 0.7060 (two); heldout10 0.8630 → 0.8609, 0.7074 → 0.7053;
# heldout13 0.8914 → 0.8893, 0.7286 → 0.7265; up on heldout9, 12, 14, 17, 18.
# A time after something is done opening its clause (项目建成后，…; 建成后可容纳…)
# is the period, and what it says is expected (目标): heldout15–18's testers
# (18 figures, each so); heldout8–14's left those periods null: period DOWN
# heldout8 0.9976 → 0.9930, heldout9 0.9934 → 0.9847, heldout12 0.9961 →
# 0.9863, heldout13 0.9916 → 0.9832, heldout14 0.9722 → 0.9680; up on
# heldout15–18, status up on heldout13, 14, 17.
# 需 and 使 opening a label go (需印刷出版费用 → 印刷出版费用, 使养护人员平均年龄), and
# 再 before a verb that stays (再新建…): heldout8's 需维修改造的校舍面积 keeps its
# 需 (label 0.8842 → 0.8819, label_exact 0.7060 → 0.7037); up on heldout7, 11,
# 16–20.
# Years after 使用/运行 are the 使用年限/运行时间: heldout13's 安防监控系统运行 (its
# alternative 安防监控系统已运行) is no longer met: label 0.8893 → 0.8872.
# A gap against 全市/全县 平均 takes the figure before (…比全市平均高): heldout11's
# and heldout14's accepted bare gaps (比全市平均高, 较全市平均低) now carry a
# longer subject than theirs: label 0.8282 → 0.8261, 0.8507 → 0.8486.
# A percentage share of a whole in one clause (X占Y的N%) is X占Y比重 (heldout12–24:
# 13 of 19): heldout's and heldout14's accepted bare forms are no longer met
# (label 0.9526 → 0.9495, 0.8486 → 0.8464); up on heldout18, 24.
sampled=" $(held_out_dirs | tr '\n' ' ') "
# 惠及 stays in the label, alone unless what reached them is a payment
# (惠及企业312家; 发放高龄津贴…，惠及老人 → 高龄津贴惠及老人: heldout12–24's
# testers 14 of 22 bare, 4 of the others a payment); 带动 stays with whom it
# drew in (带动农户, 带动就业: 29 of 37 in all sets), not before a change or a
# tally (带动茶农人均增收 → 茶农人均增收).  heldout3's 科技型企业 (its
# alternative 惠及科技型企业) is no longer met: label_exact 0.5789 → 0.5754.
# 开设 and 开办 only say a thing was set up (开设课程 → 课程: heldout's testers
# 10 of 12), 再 and 可 before a verb say how the figure stands (再改造老旧小区
# → 改造老旧小区, 9 of 13; 可减少… → 减少…, 6 of 6): heldout15's 开设儿童保健门诊
# (label_exact back to 0.7105) and heldout3's 企业开办时间 (label 0.9333 →
# 0.9298) are no longer met.
# 受益群众 stands alone like 惠及 (the testers: 8 of 11): heldout8's and
# heldout21's 工程/活动受益群众 one item each (still above the session's start).
# 营业收入 names itself, as the testers write it when the clause gives no
# owner (8 of 9): heldout15's 规模以上物流企业营业收入 (营业收入合计…, its
# owner in the sentence before) back to the session's start floor.
# A time word that ends inside a word is no period (全年级参考学生), a season
# after another time is part of it (今年秋季), festivals by their names
# (国庆节前): period heldout30 0.896 → 0.919, heldout31 0.926 → 0.942;
# heldout20 one item down (its 年内 of 干警年内参训 reads as inside a word).
# A label no longer opens with its own period (国庆假期接待游客 → 接待游客,
# period 国庆假期; 49 labels did, the testers' once): heldout27's 汛期前储备砂石
# keeps it, label 0.7738 → 0.7708, label_exact 0.6755 → 0.6726.
# A body's own name opening a label goes (大队现有执法人员 → 执法人员, 所内…,
# 剧院接待观众: label_self.c; +18 exact, −8): where the testers kept it as part
# of a term — heldout6 医院感染发生率 (label 0.8773 → 0.8754), heldout12 海关
# 高级认证企业 (label_exact 0.7412 → 0.7392), heldout21 集团管理委员会会议 and
# 院内中药制剂品种 (0.7149 → 0.7101), heldout25 农场负债 (0.7046 → 0.7018),
# heldout30 所内人员总数 (0.6260 → 0.6231).
# 投入 goes before a fund named by its use (投入养护资金 → 养护资金: +18, −3):
# heldout14's 投入帮扶资金 (label_exact 0.6695 → 0.6673); heldout27's 投入收储
# 资金 and heldout38's 投入维修资金 are lost too (both sets stay above their floors).
# In a plan's section, what a clause says is there now is a result (尚缺资金
# 720万元, 中心现有在编人员23人: status +19, the testers 18 of 19), and 计划用水
# names a quota system, no plan (heldout40's water office, +9): heldout14's
# 在现有骨灰堂北侧扩建骨灰堂1栋 is a target (status 0.9893 → 0.9872).
# Years after 建成 are its 建成年限 like 使用年限 (站房建成已超过20年: the
# testers 3 of 4): heldout25's 大坝建成 (label_exact 0.7073 → 0.7046).
# What is still lacking is its 缺口 (尚缺资金720万元 → 资金缺口: +9): heldout39's
# tester wrote 缺资金 first (资金缺口 its alternative): label_exact 0.6802 → 0.6773.
# A comparison with nothing compared takes the figure before (比上年末多612户 →
# 实有市场主体比上年末多: +26): heldout8's accepted bare 较常年偏多 is now
# 平均降雨量较常年偏多, its tester's 降雨量… (label 0.8842 → 0.8819).
# 筹集, 新建改造, 改造提升 and 解决 stay at a label's front (筹集保障性租赁住房,
# 解决技术难题: +24, −7): heldout's 新建改造农贸市场 and heldout4's 改造提升办税
# 服务厅面积 and 解决企业用工 were written without the verb (label_exact 0.6561 →
# 0.6530, 0.6354 → 0.6321); heldout52's 协调解决用工需求 is now 解决用工需求, where
# the loose match took 用工需求 (label 0.7701 → 0.7670).
# What is said after a count of things there are names them (仍有9家执收单位
# 未接入电子票据系统 → 未接入电子票据系统的执收单位: +36, −3; the testers 30
# of 39 with 的): heldout7's 未完成整改问题 and its 涉及金额 were written without
# 的 (label_exact 0.6794 → 0.6740).
# An amount a request asks for is named by what is granted (恳请局里在2027年部门
# 预算中追加1,060万元 → 追加资金, was the whole clause): the 其中 parts after it
# then move 资金 (其中2027年一季度拨付150万元 → 拨付资金), where heldout16's tester
# wrote a bare 拨付 (label_exact 0.7262 → 0.7239).
# 开展, 组织, 设置, 累计, 预计 go before a two-character thing too (开展宣讲 →
# 宣讲, 累计巡查 → 巡查: +36, −9; the testers 40 of 44): heldout's 社保基金累计
# 结余, heldout5's 造血干细胞累计捐献 and heldout71's 开展活动 (with its change)
# were written with the verb (label 0.9495 → 0.9464, 0.9044 → 0.9013,
# 0.7545 → 0.7509; heldout71's label_exact 0.5812 → 0.5776).
# An act done to a target named by 对 is named with it (对执法人员开展轮训2期
# → 执法人员轮训: +8, −3; the testers 9 of 12): heldout32's 街区商户 and 示范
# 单位 were left out of 满意度测评 and “回头看”抽查 (label_exact 0.6675 → 0.6648).
# 受众, 价值, 观看量 take the topic before them (宣讲活动受众: +10 exact, the
# testers 21 of 23): where the topic is not the tester's, the bare word that
# the loose match took is gone — heldout20's 中小学受众 and 临时警务点价值,
# heldout38's, heldout53's, heldout58's and heldout76's longer 受众 (label
# 0.8771 → 0.8747, 0.7521 → 0.7493, 0.7925 → 0.7896, 0.8324 → 0.8297,
# 0.8145 → 0.8113).
# 院内, 馆内, 站内, 局内 are no longer read as the speaker's own body (the
# review: 院内感染发生率 is a measure, not the hospital's 感染发生率): heldout28's
# 院内现有在院儿童 and heldout68's 院内核定床位 lose what 10e514b gave them
# (heldout28 label 0.8388 → 0.8361, label_exact 0.6972 → 0.6944; heldout68
# label_exact 0.5912 → 0.5876).
while read -r set floors; do
	[ -d "$GW_TESTS/$set" ] || { fail "held-out set $set: tests/$set missing"; continue; }
	case "$sampled" in *" $GW_TESTS/$set "*) ;; *) ok "skip held-out set $set (not in valgrind's sample: tests/e2e/lib.sh)"; continue ;; esac
	name="held-out set $set"
	check "$name: expectations match their texts" $PY "$EVAL" --dir "$GW_TESTS/$set" --check-expect
	$PY "$EVAL" --dir "$GW_TESTS/$set" --summary "$TMP/$set.json" > "$TMP/$set.log" 2>&1
	rc=$?
	sed 's/^/    /' "$TMP/$set.log"
	check_eq "$name: every report converts" 0 "$rc"
	for key_min in $floors; do
		floor "$set" "$TMP/$set.json" "${key_min%%=*}" "${key_min#*=}"
	done
done <<'FLOORS'
heldout precision=0.9968 recall=0.9968 label=0.9432 change=0.9968 qualifier=0.9968 masked=0.9968 structure=0.9928 label_exact=0.6498
heldout2 precision=0.9959 recall=0.9959 label=0.9796 change=0.9959 qualifier=0.9959 masked=0.9959 structure=0.9896 label_exact=0.6869
heldout3 precision=0.9964 recall=0.9964 label=0.9298 change=0.9964 qualifier=0.9964 masked=0.9964 structure=0.9913 label_exact=0.5824
heldout4 precision=0.9966 recall=0.9966 label=0.9531 change=0.9966 qualifier=0.9966 masked=0.9966 structure=0.9913 label_exact=0.6354
heldout5 precision=0.9936 recall=0.9936 label=0.8980 change=0.9968 qualifier=0.9904 masked=0.9968 structure=0.9915 label_exact=0.5382
heldout6 precision=0.9961 recall=0.9942 label=0.8754 change=0.9961 qualifier=0.9980 masked=0.9980 structure=0.9927 label_exact=0.6839
heldout7 precision=0.9972 recall=0.9972 label=0.8657 change=0.9972 qualifier=0.9972 masked=0.9972 label_exact=0.6712 structure=0.9913 status=0.9972 period=0.9917
heldout8 precision=0.9908 recall=0.9976 label=0.8865 change=0.9884 qualifier=0.9976 masked=0.9976 label_exact=0.7106 structure=0.9912 status=0.9976 period=0.9930
heldout9 precision=0.9913 recall=0.9913 label=0.8671 change=0.9912 qualifier=0.9978 masked=0.9978 label_exact=0.6579 structure=0.9912 status=0.9978 period=0.9847
heldout10 precision=0.9856 recall=0.9856 label=0.8734 change=0.9937 qualifier=0.9979 masked=0.9979 label_exact=0.7219 structure=0.9811 status=0.9979 period=0.9958
heldout11 precision=0.9898 recall=0.9918 label=0.8343 change=0.9938 qualifier=0.9979 masked=0.9979 label_exact=0.6216 structure=0.9916 status=0.9959 period=0.9897
heldout12 precision=0.9884 recall=0.9903 label=0.9046 change=0.9961 qualifier=0.9941 masked=0.9980 label_exact=0.7470 structure=0.9911 status=0.9961 period=0.9863
heldout13 precision=0.9937 recall=0.9815 label=0.8977 change=0.9937 qualifier=0.9916 masked=0.9979 label_exact=0.7411 structure=0.9908 status=0.9937 period=0.9832
heldout14 precision=0.9873 recall=0.9852 label=0.8742 change=0.9893 qualifier=0.9893 masked=0.9978 label_exact=0.6780 structure=0.9897 status=0.9872 period=0.9808
heldout15 precision=0.9959 recall=0.9979 label=0.8886 change=0.9898 qualifier=0.9959 masked=0.9979 label_exact=0.7267 structure=0.9897 status=0.9898 period=0.9939
heldout16 precision=0.9953 recall=0.9930 label=0.8236 change=0.9953 qualifier=0.9976 masked=0.9976 label_exact=0.7238 structure=0.9891 status=0.9883 period=0.9721
heldout17 precision=0.9872 recall=0.9974 label=0.8791 change=0.9922 qualifier=0.9948 masked=0.9974 label_exact=0.6915 structure=0.9887 status=0.9897 period=0.9897
heldout18 precision=0.9976 recall=0.9976 label=0.9050 change=0.9953 qualifier=0.9884 masked=0.9976 label_exact=0.7384 structure=0.9893 status=0.9907 period=0.9907
heldout19 precision=0.9972 recall=0.9945 label=0.9157 change=0.9972 qualifier=0.9972 masked=0.9972 label_exact=0.7418 structure=0.9890 status=0.9809 period=0.9891
heldout20 precision=0.9827 recall=0.9950 label=0.8721 change=0.9974 qualifier=0.9949 masked=0.9974 label_exact=0.6265 structure=0.9888 status=0.9874 period=0.9749
heldout21 precision=0.9904 recall=0.9951 label=0.8913 change=0.9951 qualifier=0.9951 masked=0.9975 label_exact=0.7198 structure=0.9887 status=0.9830 period=0.9903
heldout22 precision=0.9827 recall=0.9900 label=0.8421 change=0.9874 qualifier=0.9949 masked=0.9974 label_exact=0.6290 structure=0.9887 status=0.9774 period=0.9674
heldout23 precision=0.9928 recall=0.9952 label=0.8774 change=0.9855 qualifier=0.9927 masked=0.9975 label_exact=0.7764 structure=0.9888 status=0.9591 period=0.9807
heldout24 precision=0.9882 recall=0.9929 label=0.8838 change=0.9952 qualifier=0.9905 masked=0.9976 label_exact=0.7535 structure=0.9894 status=0.9952 period=0.9857
heldout25 precision=0.9919 recall=0.9919 label=0.8672 change=0.9864 qualifier=0.9972 masked=0.9972 label_exact=0.7289 structure=0.9791 status=0.9864 period=0.9810
heldout26 precision=0.9870 recall=0.9947 label=0.7454 change=0.9973 qualifier=0.9947 masked=0.9973 label_exact=0.6719 structure=0.9784 status=0.9763 period=0.9868
heldout27 precision=0.9824 recall=0.9970 label=0.7916 change=0.9791 qualifier=0.9940 masked=0.9970 label_exact=0.6964 structure=0.9900 status=0.9910 period=0.9494
heldout28 precision=0.9917 recall=0.9917 label=0.8333 change=0.9944 qualifier=0.9916 masked=0.9972 label_exact=0.6916 structure=0.9894 status=0.9750 period=0.9583
heldout29 precision=0.9969 recall=0.9969 label=0.8678 change=0.9909 qualifier=0.9969 masked=0.9969 label_exact=0.7927 structure=0.9885 status=0.9759 period=0.9639
heldout30 precision=0.9885 recall=0.9913 label=0.8173 change=0.9942 qualifier=0.9884 masked=0.9971 label_exact=0.6347 structure=0.9803 status=0.9855 period=0.9304
heldout31 precision=0.9918 recall=0.9972 label=0.7857 change=0.9972 qualifier=0.9945 masked=0.9972 label_exact=0.6236 structure=0.9888 status=0.9752 period=0.9395
heldout32 precision=0.9917 recall=0.9917 label=0.8282 change=0.9889 qualifier=0.9944 masked=0.9972 label_exact=0.6703 structure=0.9777 status=0.9695 period=0.9168
heldout33 precision=0.9914 recall=0.9857 label=0.8703 change=0.9827 qualifier=0.9827 masked=0.9971 label_exact=0.7608 structure=0.9684 status=0.9884 period=0.9394
heldout34 precision=0.9865 recall=0.9945 label=0.7907 change=0.9891 qualifier=0.9972 masked=0.9972 label_exact=0.7065 structure=0.9895 status=0.9918 period=0.9864
heldout35 precision=0.9901 recall=0.9966 label=0.8046 change=0.9933 qualifier=0.9966 masked=0.9966 label_exact=0.6158 structure=0.9890 status=0.9933 period=0.9735
heldout36 precision=0.9909 recall=0.9939 label=0.8066 change=0.9879 qualifier=0.9818 masked=0.9969 label_exact=0.6978 structure=0.9886 status=0.9879 period=0.8126
heldout37 precision=0.9946 recall=0.9946 label=0.7786 change=0.9946 qualifier=0.9973 masked=0.9973 label_exact=0.6693 structure=0.9891 status=0.9840 period=0.9813
heldout38 precision=0.9888 recall=0.9943 label=0.7464 change=0.9915 qualifier=0.9971 masked=0.9971 label_exact=0.6253 structure=0.9791 status=0.9859 period=0.9577
heldout39 precision=0.9744 recall=0.9744 label=0.8604 change=0.9825 qualifier=0.9912 masked=0.9970 label_exact=0.7034 structure=0.9687 status=0.9796 period=0.9593
heldout40 precision=0.9850 recall=0.9850 label=0.8333 change=0.9909 qualifier=0.9969 masked=0.9969 label_exact=0.6666 structure=0.9882 status=0.9818 period=0.9454
heldout41 precision=0.9970 recall=0.9970 label=0.8392 change=0.9940 qualifier=0.9880 masked=0.9970 label_exact=0.7261 structure=0.9880 status=0.9880 period=0.9702
heldout42 precision=0.9972 recall=0.9972 label=0.8579 change=0.9888 qualifier=0.9944 masked=0.9972 label_exact=0.7130 structure=0.9888 status=0.9805 period=0.9805
heldout43 precision=0.9936 recall=0.9873 label=0.7596 change=0.9935 qualifier=0.9903 masked=0.9967 label_exact=0.6025 structure=0.9795 status=0.9871 period=0.9551
heldout44 precision=0.9883 recall=0.9912 label=0.8377 change=0.9852 qualifier=0.9882 masked=0.9970 label_exact=0.7522 structure=0.9784 status=0.9764 period=0.8584
heldout45 precision=0.9940 recall=0.9911 label=0.8516 change=0.9910 qualifier=0.9940 masked=0.9970 label_exact=0.7121 structure=0.9890 status=0.9821 period=0.9643
heldout46 precision=0.9836 recall=0.9836 label=0.7569 change=0.9779 qualifier=0.9972 masked=0.9972 label_exact=0.6685 structure=0.9894 status=0.9806 period=0.9475
heldout47 precision=0.9882 recall=0.9970 label=0.7774 change=0.9910 qualifier=0.9851 masked=0.9970 label_exact=0.6112 structure=0.9687 status=0.9881 period=0.9584
heldout48 precision=0.9880 recall=0.9940 label=0.7777 change=0.9969 qualifier=0.9969 masked=0.9969 label_exact=0.5945 structure=0.9696 status=0.9399 period=0.9609
heldout49 precision=0.9938 recall=0.9969 label=0.7753 change=0.9907 qualifier=0.9938 masked=0.9969 label_exact=0.6861 structure=0.9655 status=0.9846 period=0.8430
heldout50 precision=0.9918 recall=0.9891 label=0.8191 change=0.9890 qualifier=0.9917 masked=0.9972 label_exact=0.6986 structure=0.9784 status=0.9890 period=0.9315
heldout51 precision=0.9845 recall=0.9968 label=0.7931 change=0.9968 qualifier=0.9843 masked=0.9968 label_exact=0.6394 structure=0.9888 status=0.9968 period=0.9561
heldout52 precision=0.9876 recall=0.9968 label=0.7763 change=0.9968 qualifier=0.9968 masked=0.9968 label_exact=0.6459 structure=0.9888 status=0.9844 period=0.9627
heldout53 precision=0.9885 recall=0.9971 label=0.7867 change=0.9913 qualifier=0.9740 masked=0.9971 label_exact=0.6455 structure=0.9888 status=0.9769 period=0.9308
heldout54 precision=0.9889 recall=0.9925 label=0.8364 change=0.9851 qualifier=0.9776 masked=0.9962 label_exact=0.6951 structure=0.9642 status=0.9851 period=0.9516
heldout55 precision=0.9968 recall=0.9905 label=0.8000 change=0.9936 qualifier=0.9873 masked=0.9968 label_exact=0.6190 structure=0.9888 status=0.9746 period=0.8285
heldout56 precision=0.9870 recall=0.9870 label=0.7908 change=0.9803 qualifier=0.9869 masked=0.9967 label_exact=0.6732 structure=0.9780 status=0.9542 period=0.7875
heldout57 precision=0.9967 recall=0.9967 label=0.8263 change=0.9935 qualifier=0.9935 masked=0.9967 label_exact=0.6655 structure=0.9890 status=0.9839 period=0.9614
heldout58 precision=0.9864 recall=0.9972 label=0.8269 change=0.9972 qualifier=0.9917 masked=0.9972 label_exact=0.6236 structure=0.9895 status=0.9917 period=0.9478
heldout59 precision=0.9856 recall=0.9942 label=0.8459 change=0.9912 qualifier=0.9941 masked=0.9970 label_exact=0.7238 structure=0.9784 status=0.9796 period=0.9709
heldout60 precision=0.9916 recall=0.9916 label=0.8511 change=0.9915 qualifier=0.9859 masked=0.9971 label_exact=0.7331 structure=0.9893 status=0.9971 period=0.8932
heldout61 precision=0.9905 recall=0.9937 label=0.8328 change=0.9936 qualifier=0.9936 masked=0.9968 label_exact=0.7066 structure=0.9684 status=0.9905 period=0.8738
heldout62 precision=0.9937 recall=0.9876 label=0.8660 change=0.9968 qualifier=0.9875 masked=0.9968 label_exact=0.7570 structure=0.9780 status=0.9906 period=0.9750
heldout63 precision=0.9936 recall=0.9967 label=0.8044 change=0.9935 qualifier=0.9807 masked=0.9967 label_exact=0.6634 structure=0.9438 status=0.9871 period=0.8461
heldout64 precision=0.9918 recall=0.9918 label=0.8119 change=0.9891 qualifier=0.9945 masked=0.9972 label_exact=0.7329 structure=0.9895 status=0.9918 period=0.9972
heldout65 precision=0.9904 recall=0.9872 label=0.7556 change=0.9871 qualifier=0.9839 masked=0.9967 label_exact=0.6205 structure=0.9767 status=0.9774 period=0.8649
heldout66 precision=0.9907 recall=0.9907 label=0.8379 change=0.9861 qualifier=0.9907 masked=0.9953 label_exact=0.7500 structure=0.9756 status=0.9629 period=0.8564
heldout67 precision=0.9904 recall=0.9967 label=0.7909 change=0.9967 qualifier=0.9903 masked=0.9967 label_exact=0.6045 structure=0.9565 status=0.9453 period=0.9549
heldout68 precision=0.9927 recall=0.9784 label=0.7189 change=0.9890 qualifier=0.9781 masked=0.9963 label_exact=0.5839 structure=0.9759 status=0.9708 period=0.7700
heldout69 precision=0.9940 recall=0.9940 label=0.8678 change=0.9969 qualifier=0.9939 masked=0.9969 label_exact=0.7117 structure=0.9882 status=0.9879 period=0.9579
heldout70 precision=0.9969 recall=0.9939 label=0.7896 change=0.9664 qualifier=0.9878 masked=0.9969 label_exact=0.6676 structure=0.9770 status=0.9695 period=0.9451
heldout71 precision=0.9963 recall=0.9963 label=0.7545 change=0.9927 qualifier=0.9963 masked=0.9963 label_exact=0.5848 structure=0.9450 status=0.9819 period=0.9422
heldout72 precision=0.9859 recall=0.9964 label=0.8226 change=0.9858 qualifier=0.9858 masked=0.9964 label_exact=0.7092 structure=0.9666 status=0.9964 period=0.9645
heldout76 precision=0.9966 recall=0.9868 label=0.8079 change=0.9900 qualifier=0.9900 masked=0.9966 label_exact=0.6887 structure=0.9888 status=0.9635 period=0.9536
heldout75 precision=0.9892 recall=0.9963 label=0.8768 change=0.9891 qualifier=0.9927 masked=0.9963 label_exact=0.7282 structure=0.9883 status=0.9891 period=0.9565
heldout74 precision=0.9919 recall=0.9959 label=0.8024 change=0.9919 qualifier=0.9959 masked=0.9959 label_exact=0.5846 structure=0.9782 status=0.9838 period=0.9112
heldout73 precision=0.9740 recall=0.9740 label=0.9078 change=0.9605 qualifier=0.9868 masked=0.9868 label_exact=0.8421 structure=0.9466 status=0.9078 period=0.6052
heldout77 precision=0.9860 recall=0.9887 label=0.7146 change=0.9802 qualifier=0.9887 masked=0.9971 label_exact=0.5677 structure=0.9894 status=0.9463 period=0.8220
heldout78 precision=0.9912 recall=0.9941 label=0.7315 change=0.9852 qualifier=0.9911 masked=0.9970 label_exact=0.5457 structure=0.9895 status=0.9646 period=0.9380
heldout80 precision=0.9804 recall=0.9804 label=0.8153 change=0.9971 qualifier=0.9886 masked=0.9971 label_exact=0.7045 structure=0.9780 status=0.9744 period=0.9488
heldout79 precision=0.9873 recall=0.9873 label=0.8491 change=0.9846 qualifier=0.9923 masked=0.9974 label_exact=0.7365 structure=0.9784 status=0.9897 period=0.9411
heldout83 precision=0.9825 recall=0.9912 label=0.8082 change=0.9911 qualifier=0.9941 masked=0.9970 label_exact=0.6755 structure=0.9890 status=0.9852 period=0.9115
heldout82 precision=0.9848 recall=0.9878 label=0.6953 change=0.9969 qualifier=0.9846 masked=0.9969 label_exact=0.5569 structure=0.9789 status=0.9753 period=0.9200
heldout81 precision=0.9972 recall=0.9945 label=0.8493 change=0.9972 qualifier=0.9945 masked=0.9972 label_exact=0.6657 structure=0.9896 status=0.9643 period=0.9232
heldout84 precision=0.9829 recall=0.9730 label=0.7413 change=0.9931 qualifier=0.9862 masked=0.9965 label_exact=0.5620 structure=0.9108 status=0.9655 period=0.7482
heldout88 precision=0.9862 recall=0.9835 label=0.7833 change=0.9861 qualifier=0.9944 masked=0.9972 label_exact=0.6388 structure=0.9550 status=0.9833 period=0.8472
heldout85 precision=0.9939 recall=0.9909 label=0.8060 change=0.9909 qualifier=0.9909 masked=0.9969 label_exact=0.6878 structure=0.9895 status=0.9757 period=0.9575
heldout86 precision=0.9861 recall=0.9943 label=0.7696 change=0.9859 qualifier=0.9887 masked=0.9971 label_exact=0.6151 structure=0.9885 status=0.9859 period=0.8988
heldout87 precision=0.9837 recall=0.9891 label=0.7780 change=0.9917 qualifier=0.9890 masked=0.9972 label_exact=0.6438 structure=0.9892 status=0.9726 period=0.9561
FLOORS

# A set with a second annotator: how far the two people agree on labels, and
# the tool with each (printed, not held to a floor: it says what a label
# target can ask for; see tests/heldout9/README.md).
for a2 in "$GW_TESTS"/heldout*/annotator2; do
	[ -d "$a2" ] || continue
	set_dir=$(dirname "$a2")
	case "$sampled" in *" $set_dir "*) ;; *) continue ;; esac
	$PY "$GW_TESTS/heldout/agreement.py" --dir "$set_dir" > "$TMP/agree.log" 2>&1
	rc=$?
	sed 's/^/    /' "$TMP/agree.log"
	check_eq "held-out set $(basename "$set_dir"): two annotators' labels and the tool's compared" 0 "$rc"
done
