"""Expected readings of the tests/legacy21 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk at HQ would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): reports made in February 2026 (令和8年), survey figures as of 2025年10月 -
  12月, intake 2025年4月; a section or item is identified by what it MEANS, whatever small differences the clerk's copy
  has (retyped 「規定に基づき」, 「ツール提供」, 「落とし込み」, full-width years, a section mis-numbered 「5．」 twice: the
  second 「5．じちろう共済推進マニュアル…」 is section 6 by its title);
- a header label in an older wording (県本部名, 記入日, 記入者) is the field it plainly is (県名, 作成日, 作成者);
  「長野県」 「高知県本部」 「北海道本部」 「佐賀県本部」 → the prefecture; 県本部 left blank but typed in the title
  「【滋賀県本部】実態共有用アンケート」 → 滋賀;
- marks: ☑ / □ / ☐, 〇 (U+3007) / ○ / □, ○ / ×, レ / nothing → done / not done; a mark INSIDE the item's cell
  (「　☑　共済推進…」) is that item's; an item printed over several rows has its mark on its first row; a file marking
  done with レ and never using □ has its unmarked items not done; a margin note 「←実施済みです（☑漏れ）」 beside an
  unchanged ☐ makes the item done (debatable); an item or section the (old) form lacks is None;
- texts copied from a PDF read as they show: Kangxi radicals ⽣ ⼊ ⽅ ⽀ and the CJK radical ⻑ are 生 入 方 支 長;
- a text printed one line per row (retyped, or pasted from Word one paragraph per row) is one text, the lines joined in
  order; bullets ● ◆ and 「1.」 numbering typed by the clerk are part of the answer (debatable); a ※ line INSIDE an
  answer box is part of that answer (debatable); full-width digits in texts stay as typed;
- numbers: 「128人」 「1,254人」 「６７３人」 (full-width) → the number; 「30くらい」 「約38％」 approximate (flagged, not scored);
  「？」 → None; a 0.0% cell 0.348 → 34.8; a FRACTION 0.612 typed in a General cell of the （％） row → 61.2
  (debatable); 「左に同じ」 in the 競合 未加入者数 → the 自治労 figure; one 未加入者数 merged over both columns → both;
  「ー」 in the 競合 column of a union with no competitor → None (debatable: 0); 「１２（会計年度任用職員を除く）」 → 12;
- 職員数 typed by the clerk outside the form beside the intake (「正規職員820名」 「会計年度任用職員364名」, S1) are the
  denominators (debatable);
- 上部団体 typed with a half-width middle dot 「全労連･自治労連」 → 全労連・自治労連;
- time points 「2025年11月時点」 「R7.12」 「2025年10月1日現在」 「２０２５年１１月１日現在」 「令和7年11月1日」 → YYYY-MM;
- notes typed in the margin or under the form (「←3月に開催予定」, 「←2単組のみ」, 「※マニュアル…配布済みです。」,
  「←昨年より12人減少」) and a 備考 remark in a pasted table are extras; printed instructions, headings, the dropdown's
  choice list, 「←プルダウンから選択」, 「以上」 and a scratch sheet of sums are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025  # the fiscal year of every fixture (2026年4月新採, 2026年3月末, intake 2025年4月 …)

REPORTS = {
    # R1 careful clerk, printed-PDF layout: header F1:H4 beside the title; s1 C10 (June) / C11 (focus) / F10:H11 (since);
    #    marks inside the item cells (「　☑　…」); s6 items wrapped over 2 and 4 rows; texts F:H over the item rows.
    "長野県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "長野", "h.created": "2026-02-13", "h.author": "試験・見本", "h.checker": "架空 一郎",
            "s1.progress_june": "団体生命共済の新規加入件数は、2025年5月末時点で対目標値48.2％と未達。保有契約件数は前年同月比で"
                                "99.6％。長期共済は県支部と連携して目標を達成した。",
            "s1.progress_since": "7月以降、県支部と合同で北信・東信地区の12単組を訪問し、新採の同時加入の進め方を確認した。"
                                 "2026年1月末時点で新規加入は対目標値61.5％。年度末に向け、未達の単組へ重点的に働きかける。",
            "s1.focus": "新採の同時加入の定着と、再任用者への継続加入の案内を重点とする。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "交付基準は団体生命共済の新規加入1件あたり3,000円。単組から使途報告書を提出してもらっている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "12月10日に新採対策会議を開催し、方針を提起した。同時加入用のリーフレットと申込書を全単組に配布した。"
                       "県支部と合同で12単組をオルグした。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "11月の単組代表者会議で組織化方針を提起した。対象者への説明会は単組ごとに3月に行う予定。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "モデル単組3単組の進捗を毎月の推進委員会で確認し、県支部と合同でオルグを行った。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを執行委員会で確認した上で全単組に配布し、2月の代表者会議で活用方法を説明した。",
        },
        "extras": [],
        "flags": {},
        "debatable": {},
    },
    # R2 hurried clerk: 〇/○ over the □, not-done left □; 作成日 「2026.2.16」; 確認者 blank; s1 answers below labels, the
    #    second box empty; texts one line in F of the first item row; section 6 headed 「5．」; scratch sheet Sheet2.
    "【修正】高知県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "高知", "h.created": "2026-02-16", "h.author": "見本 大輔", "h.checker": None,
            "s1.progress_june": "6月報告のとおり。新規加入は1月末で目標の42％。",
            "s1.progress_since": None,
            "s1.focus": "新採の同時加入。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程どおり支払い済み",
            "s3.tools": True, "s3.joint_org": False, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "12月に新採対策会議。方針提起済み。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "代表者会議で提起",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "特になし",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": None,
        },
        "extras": [],
        "flags": {},
        "debatable": {},
    },
    # R3 retyped from the printout: no merged cell; spaced labels; 作成日 「令和８年２月１２日」; every item retyped with small
    #    slips; レ / nothing (no □ anywhere); texts one printed line per row (column D beside items, B under s1 labels).
    "山形県本部_取組報告書（R7）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "山形", "h.created": "2026-02-12", "h.author": "見本 春香", "h.checker": "見本 正和",
            "s1.progress_june": "新規加入は５月末で目標の４５．８％。保有件数は前年比９９．１％で、庄内地区の単組で減少が続いている。",
            "s1.progress_since": "９月から県支部と合同で村山・置賜地区の８単組を訪問した。１月末の新規加入は目標の５７．３％。",
            "s1.focus": "庄内地区の単組への支援と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規定に基づき、１０月と３月の２回支払っている。単組の決算書で使途を確認している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入の申込書を単組ごとに作成し、１月までに全単組へ送付した。１１月に執行部学習会を２回開催した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "１２月の代表者会議で提起した。退職者団体生命共済のチラシを配布。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎回確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "執行委員会で確認した。",
        },
        "extras": [],
        "flags": {},
        "debatable": {},
    },
    # R4 very old copy of the form (.xls): 県本部名 / 記入日 (real date) / 記入者 / 確認者; s1 with TWO boxes only; s3 with
    #    five items (no 同時加入 items); no section 6; ○ / ×; a ※ line under 「以上」 about the manual.
    "宮崎県本部_共済推進取り組み報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "宮崎", "h.created": "2026-02-17", "h.author": "仮名 修", "h.checker": "仮名 直子",
            "s1.progress_june": "新規加入は1月末で目標の58.7％。県北地区の単組で新採の加入が前年を下回った。保有件数は前年5月比で"
                                "100.4％と増加している。",
            "s1.progress_since": None,
            "s1.focus": "県北地区の単組への支援と、再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程に基づき年1回支払っている。使途の把握はこれから。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": None, "s3.simul_plan": None,
            "s3.text": "1月に新採対策会議を開き、組織化方針を提起した。県支部と合同で5単組を訪問した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "退職予定者向けに共済の継続案内を単組経由で配布した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "モデル単組2単組の状況を推進委員会で確認した。",
            "s6.review": None, "s6.distribute": None, "s6.announce": None, "s6.propose": None,
            "s6.text": None,
        },
        "extras": ["※マニュアル（じちろう共済推進マニュアル）は12月に全単組へ配布済みです。"],
        "flags": {},
        "debatable": {
            "s1.progress_june": "the old form has ONE box 「目標達成にむけた進捗と課題」 (the June box's printed label), but its text "
                                "is as of 1月末: a reader could file it under 6月報告以降 (progress_since) instead",
            "s1.progress_since": "see s1.progress_june: the single old box could be read as this one",
            "s6.distribute": "the form has no section 6; the ※ note under it says the manual was distributed to every "
                             "union: a reader could tick マニュアルの単組への配布 from it",
            "s6.text": "the ※ note about the manual could be taken as section 6's text",
        },
    },
    # R5 answers in the margins: ☑ / ☐ in A; red 「←…」 notes in column H outside the print area A1:F50; 作成日 text.
    "和歌山県本部_共済推進取り組み報告書_20260218.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "和歌山", "h.created": "2026-02-18", "h.author": "試験 直人", "h.checker": "試験 洋子",
            "s1.progress_june": "新規加入は5月末で目標の51.0％。紀北地区の単組では新採の加入が前年を上回った。",
            "s1.progress_since": "8月から県支部と合同で紀南地区の7単組を訪問し、退職予定者への案内方法を確認した。"
                                 "1月末の新規加入は目標の63.4％。",
            "s1.focus": "紀南地区の単組への支援と、退職者団体生命共済への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき9月に支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを作成して全単組に配布した。12月に新採対策会議を開き、同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を11月に提起し、2単組で対象者向けの説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "モデル単組4単組の進捗を推進委員会で確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["確認者は出張中のため、確認は2/20の予定です。", "今年度中に単組から報告をもらう予定", "3月に開催予定",
                   "2単組のみ", "県支部のみで実施"],
        "flags": {},
        "debatable": {
            "s6.propose": "its ☐ was never changed, but the margin note beside it says 「←実施済みです（☑漏れ）」 (done, the tick "
                          "forgotten): a reader going by the box alone reads 未実施",
        },
    },
}

SURVEYS = {
    # S1 careful clerk on the real printed form: label B, 自治労 C, 競合 D; 時点 in E10; the dropdown list in H6:H9;
    #    職員数 typed in E14:E16 beside the intake; rates in 0.0% cells; 「左に同じ」.
    "秋田県本部_見本市職員労働組合_実態共有用アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "秋田", "h.union": "自治労見本市職員労働組合", "h.writer": "試験 直樹", "h.rival_union": "全労連・自治労連",
            "org.members_j": 412, "org.members_r": 388, "org.rate_j": 34.8, "org.rate_r": 32.8,
            "org.nonmembers_j": 384, "org.nonmembers_r": 384, "org.as_of": "2025-11",
            "org.regular": 820, "org.nonregular": 364,
            "intake.hired": 26, "intake.joined_j": 17, "intake.joined_r": 6, "intake.not_joined": 3,
            "texts.new_hire_main": "採用2日目に組合説明会を開き、青年部の役員が加入を呼びかけている。説明会の資料に共済の給付事例を"
                                   "入れている。",
            "texts.new_hire_ideas": "説明会の後、配属先の職場委員が一人ずつ声をかけるようにしている。",
            "texts.new_hire_worries": "競合組合の説明会が同じ日に開かれ、どちらにも入らない新採が増えている。",
            "texts.nonmember_main": "未加入者の一覧を職場委員と共有し、学習会や交流会に誘っている。",
            "texts.nonmember_worries": "会計年度任用職員への声かけが、職場によって差がある。",
            "texts.visibility": "団体交渉の翌日に教宣紙を出し、写真を多く載せている。",
            "texts.sharing_worries": "出先の職場では組合掲示板を見る人が少ない。",
            "texts.labor_relations": "当局とは年3回の団体交渉のほか、必要に応じて事務折衝を行っている。",
            "texts.differentiation": "共済の給付や相談体制など、自治労全体のつながりを伝えている。",
            "texts.questions": "なし",
            "texts.requests": "新採向けの説明会資料のひな形を早めに示してほしい。",
        },
        "extras": [],
        "flags": {},
        "debatable": {
            "h.union": "typed with the federation's name in front 「自治労見本市職員労働組合」: a reader could drop 「自治労」",
            "org.regular": "not asked on this form: typed by the clerk as 「正規職員820名」 in E14, beside the intake rows",
            "org.nonregular": "not asked on this form: typed by the clerk as 「会計年度任用職員364名」 in E15, beside the intake",
        },
    },
    # S2 hurried clerk: 県本部 blank but in the title; abbreviations; 「全労連･自治労連」 (half-width dot); counts with units,
    #    「30くらい」, 「45%」 text, 「？」, 「R7.12」; intake 「2」 as text; short texts, blanks, 「同上」.
    "滋賀_架空町職_アンケート回答.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "滋賀", "h.union": "架空町職", "h.writer": "架空", "h.rival_union": "全労連・自治労連",
            "org.members_j": 128, "org.members_r": 30, "org.rate_j": 45, "org.rate_r": None,
            "org.nonmembers_j": None, "org.nonmembers_r": None, "org.as_of": "2025-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 8, "intake.joined_j": 5, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "説明会で加入を呼びかけ",
            "texts.new_hire_ideas": None,
            "texts.new_hire_worries": "競合に先に声をかけられる",
            "texts.nonmember_main": "特になし",
            "texts.nonmember_worries": "同上",
            "texts.visibility": "ニュース発行（月1回）",
            "texts.sharing_worries": None,
            "texts.labor_relations": "年2回交渉",
            "texts.differentiation": None,
            "texts.questions": None,
            "texts.requests": "特になし",
        },
        "extras": [],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "texts.nonmember_worries": "「同上」 (same as above): kept as typed; a reader could carry the answer above down "
                                       "(「特になし」 or the new-hire worry)",
        },
    },
    # S3 pastes from Word: the numbers as a pasted table 区分｜自治労｜競合｜備考 (text with units); 時点 merged B12:C12;
    #    intake as a two-column table; each text question a bold heading, answer one paragraph per row below.
    "愛媛県本部　見本市職員労働組合連合会_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "愛媛", "h.union": "見本市職員労働組合連合会", "h.writer": "見本 恵子", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 1254, "org.members_r": 96, "org.rate_j": 38, "org.rate_r": 3,
            "org.nonmembers_j": 1934, "org.nonmembers_r": 1934, "org.as_of": "2025-10",
            "org.regular": 2104, "org.nonregular": 1180,
            "intake.hired": 64, "intake.joined_j": 41, "intake.joined_r": 9, "intake.not_joined": 14,
            "texts.new_hire_main": "●採用前の3月に内定者向けの説明会を開き、組合と共済を紹介している。"
                                   "●4月の研修初日に加入届を配り、その週のうちに回収している。",
            "texts.new_hire_ideas": "◆説明は入庁2、3年目の青年部員が担当し、年の近い先輩から話すようにしている。",
            "texts.new_hire_worries": "1.競合組合が採用前から個別に連絡を取っている。2.加入を保留したまま夏を過ぎる新採がいる。",
            "texts.nonmember_main": "職場ごとに未加入者の名簿を作り、執行委員が分担して声をかけている。",
            "texts.nonmember_worries": "長く未加入の職員は、声をかけても反応がない。",
            "texts.visibility": "「組合ニュース」を月2回発行し、交渉の経過をその日のうちにメールで全組合員に送っている。",
            "texts.sharing_worries": "メールを読まない組合員が多く、職場集会への参加も減っている。※特に出先機関で顕著。",
            "texts.labor_relations": "市当局とは定期的に交渉を行っており、労使関係はおおむね良好。今年度は人員確保を重点に要求した。",
            "texts.differentiation": "自治労の共済と、全国の仲間とのつながりを前面に出している。",
            "texts.questions": "新採が加入を保留した場合、いつまで、どのように声をかけているか。",
            "texts.requests": "競合対策の学習会を県本部で開いてほしい。",
        },
        "extras": ["職員数から組合員数を引いた人数"],
        "flags": {"org.rate_j": "概", "org.rate_r": "概"},
        "debatable": {
            "texts.new_hire_main": "the clerk's ● bullets are kept; a reader could leave them out",
            "texts.new_hire_ideas": "the clerk's ◆ bullet is kept; a reader could leave it out",
            "texts.new_hire_worries": "the clerk's 「1.」 「2.」 numbering is kept; a reader could leave it out",
            "texts.sharing_worries": "the 「※特に出先機関で顕著。」 paragraph is the answer's last row; a reader could take it "
                                     "as a separate note",
        },
    },
    # S4 Mac: NFD union name, full-width digits as text everywhere, 「ー」 in the 競合 column (no competitor, 上部団体 なし),
    #    「１２（会計年度任用職員を除く）」.
    "北海道本部_しらかば町職員組合_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "北海道", "h.union": "しらかば町職員組合", "h.writer": "仮名 大吾", "h.rival_union": "なし",
            "org.members_j": 421, "org.members_r": None, "org.rate_j": 38.5, "org.rate_r": None,
            "org.nonmembers_j": 673, "org.nonmembers_r": None, "org.as_of": "2025-11",
            "org.regular": 812, "org.nonregular": 282,
            "intake.hired": 12, "intake.joined_j": 9, "intake.joined_r": 0, "intake.not_joined": 3,
            "texts.new_hire_main": "4月1日の辞令交付式の後、30分の説明会で加入を呼びかけている。",
            "texts.new_hire_ideas": "説明会では給与明細の見方や共済の話など、すぐ役に立つ話をしている。",
            "texts.new_hire_worries": "競合はないが、加入を迷う新採が年々増えている。",
            "texts.nonmember_main": "未加入者の多くは会計年度任用職員のため、任用時に個別に説明している。",
            "texts.nonmember_worries": "任用期間が短く、説明の機会がつくりにくい。",
            "texts.visibility": "LINEのオープンチャットで交渉の結果を知らせている。",
            "texts.sharing_worries": "組合員が町内に点在しており、集会を開きにくい。",
            "texts.labor_relations": "町当局とは年2回交渉している。労使関係は良好。",
            "texts.differentiation": "競合なし",
            "texts.questions": "小規模単組での会計年度任用職員の組織化の事例を知りたい。",
            "texts.requests": "なし",
        },
        "extras": [],
        "flags": {},
        "debatable": {
            "org.members_r": "「ー」 (no competitor, 上部団体 なし): None; a reader could read 0",
            "org.rate_r": "「ー」 (no competitor): None; a reader could read 0",
            "org.nonmembers_r": "「ー」 (no competitor): None; a reader could read 0 or the 自治労 column's 673",
        },
    },
    # S5 merges everything: labels A:C × 2 rows, answers 2 × 2; 時点 merged H15:I20; 未加入者数 one cell D19:G20 over both
    #    columns; counts numeric with a 「#,##0"人"」 format; rates as fractions 0.612 / 0.07 in General cells; a red margin
    #    note J15.
    "佐賀　架空市職労　実態共有用アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "佐賀", "h.union": "架空市職員労働組合", "h.writer": "架空 美咲", "h.rival_union": "全労連・自治労連",
            "org.members_j": 842, "org.members_r": 96, "org.rate_j": 61.2, "org.rate_r": 7.0,
            "org.nonmembers_j": 438, "org.nonmembers_r": 438, "org.as_of": "2025-11",
            "org.regular": 1146, "org.nonregular": 230,
            "intake.hired": 31, "intake.joined_j": 22, "intake.joined_r": 4, "intake.not_joined": 5,
            "texts.new_hire_main": "4月の新採研修で組合の時間をもらい、執行委員長が説明している。",
            "texts.new_hire_ideas": "説明会の後に歓迎会を開き、先輩組合員と話せる場をつくっている。",
            "texts.new_hire_worries": "競合組合の方が組合費が安く、比べられることが多い。",
            "texts.nonmember_main": "年2回、未加入者に組合ニュースと加入案内を手渡ししている。",
            "texts.nonmember_worries": None,
            "texts.visibility": "交渉の結果を職場ごとの掲示板と庁内メールで知らせている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "当局とは年4回交渉している。今年度は時間外勤務の縮減と人員確保を求めた。",
            "texts.differentiation": "自治労共済の保障内容と、他県の仲間との交流の機会を伝えている。",
            "texts.questions": "組合費の水準について、他の単組の考え方を聞きたい。",
            "texts.requests": "競合組合との違いを説明できる資料がほしい。",
        },
        "extras": ["昨年より12人減少"],
        "flags": {},
        "debatable": {
            "org.rate_j": "0.612 typed in a plain (General) cell of the 組織率（％） row: a fraction, 61.2 points (842 / 1,376); "
                          "read literally it is 0.612",
            "org.rate_r": "0.07 typed in a plain (General) cell of the （％） row: 7.0 points (96 / 1,376); literally 0.07",
        },
    },
}

FILES = {**REPORTS, **SURVEYS}
