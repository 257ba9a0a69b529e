"""Expected readings of the tests/legacy17 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): reports made in February 2026 (令和8年), survey figures as of November 2025,
  intake 2026年4月; a file copied from LAST YEAR's (title 「令和6年度」, 「2025年4月新規採用者対策」, 「左記、2024年6月…」,
  a survey's intake heading 「2025年 新規採用者」, 「（R6）」 in the file and sheet name) is read as this year's answer
  when its date / 時点 is this year's (作成日 2026/2/12, 時点 R7.11.1): the answers are what the cells now hold;
- a value corrected by typing the new one after the old one with an arrow (「250→262」 「52.1%→54.6%」 「12 → 13」
  「８⇒９」 「2025/2/14→2026/2/12」, a mark 「□→☑」 / 「☑→□」) means the value AFTER the arrow; inside a free text the
  arrow is part of what the writer typed and the text is kept as typed (debatable);
- ☑ / □, ■ / □ (■ glued before the item label), ○ / × → done / not done; in a file marking every item ○ or ×, a
  section with no mark at all is unanswered (None);
- counts: 「約300」 「約40」 「約30」 are approximate (flagged); a RANGE 「8～10」 「約330～340」 is read as its midpoint
  (9, 335), approximate (debatable); 「正規88／会計年度23」 and two rows 「組織人員数（正規）」 / 「組織人員数（会計年度
  任用）」 are the union's members counted in two parts: the members are their sum (111, 228, 315; debatable); a
  breakdown in brackets 「39人（うち会計年度7人）」 「6人（うち会計年度2人）」 is the total before the bracket; a count row
  whose label the clerk changed to 「（千人）」 holds thousands: 12.4 → 12400, 0.8 → 800, 6.7 → 6700;
- rates are percentage points: a fraction 0.623 in a General cell is 62.3 (debatable), 0.487 in a 0.0% cell is 48.7;
  80 typed into a 0.0% cell (shown 「8000.0%」) by a union with 4 members of 5 staff is 80 (debatable); 4.0 / 31.2 /
  「48.3」 / 「8%」 are points; 「約43」 「約4」 「約74％」 approximate;
- no competitor: 上部団体 「なし」; competitor figures typed 0 are 0; competitor cells left empty, or holding the
  sentence 「競合組合はありません」, are no answer (None); a shared 未加入者数 typed in both columns is read in both;
- an empty cell is None; the placeholder 「（後日記入）」 is not an answer (None, debatable); 「特になし」 「なし」 and
  the same sentence pasted into every text box are answers, each box its own;
- time points 「R7.11.1」 「R7.11.1現在」 「R7.11現在」 「2025年11月1日現在」 「令和7年11月1日」 and a real date 2025/11/1 →
  2025-11;
- a long answer continued in the next cell(s) of the same row (the clerk typing on past the cell) is one text, the
  parts joined in order; an answer's second paragraph on the next row of a one-column sheet (not a printed label) is
  part of the same answer; red font marking the answers changed since last year does not change the reading;
- a 「※」 line typed under or outside the form is an extra; the printed 組織率 note, 「←プルダウンから選択」, the titles
  and the section headings are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025  # the fiscal year of every fixture (2026年4月新採, 2026年3月末 …)

SAME = "県支部と連携し、単組ごとの課題に応じて推進計画を立て、進捗を毎月確認している。"

REPORTS = {
    # R1 (last year's file partly updated): 作成日 「2025/2/14→2026/2/12」; ☑/□ in A, 「□→☑」 s3 item 3, 「☑→□」 s6 item 4;
    #     s4 text blank; note A52.
    "岩手県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岩手", "h.created": "2026-02-12", "h.author": "見本 健太", "h.checker": "見本 佳子",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の55.2％。保有件数は前年5月比で99.2％と減少した。沿岸地区"
                                "の単組で加入が伸び悩んでいる。",
            "s1.progress_since": "9月以降、県支部と合同で沿岸・県北地区の9単組を訪問し、単組ごとの2026年度末保有目標を確認"
                                 "した。",
            "s1.focus": "沿岸地区の小規模単組への支援と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払った。使途は単組からの報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に配り、県支部と合同で9単組をオルグした。2月に執行部学習会を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": None,
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "昨年度と同じく、推進委員会で毎月進捗を確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※昨年度の報告書を上書きして作成しました。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (everything in column A, answer on the row below its label): ■/□ glued before the items; the same sentence in
    #     every section text; note A58.
    "石川県本部_取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "石川", "h.created": "2026-02-13", "h.author": "架空 大樹", "h.checker": "架空 恵",
            "s1.progress_june": "新規加入は1月末で目標の58.4％。保有件数は前年5月比で100.1％と横ばい。能登地区の単組で新採の"
                                "加入が少ない。",
            "s1.progress_since": "県支部と合同で加賀・能登地区の8単組を訪問し、2026年度末の保有目標を確認した。",
            "s1.focus": "能登地区の単組への支援と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": SAME,
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": SAME,
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": SAME,
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": SAME,
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": SAME,
        },
        "extras": ["※各欄の具体的な取り組みは、県本部全体の方針として同じ内容を記入しています。"],
        "flags": {},
        "debatable": {},
    },
    # R3 (long answers continued in the next cells of the row): header answers in C; 確認者 blank; ○/× in B; s5 no mark
    #     and no text; note A53.
    "愛媛県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "愛媛", "h.created": "2026-02-16", "h.author": "試験 次郎", "h.checker": None,
            "s1.progress_june": "新規加入は1月末で目標の53.7％。保有件数は前年5月比で98.9％と減少した。南予地区の町村単組で"
                                "新採の加入が伸びていない。",
            "s1.progress_since": "県支部と合同で南予地区の7単組を訪問し、単組ごとの2026年度末保有目標と到達見込みを確認した。",
            "s1.focus": "南予地区の町村単組への支援と、新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき11月に支払い、使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを全単組に送り、県支部と合同で南予地区の7単組をオルグした。1月に新採対策会議を開き、"
                       "新採組織化方針を示した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を単組に提起し、退職予定者にじちろう共済の継続加入を案内した。",
            "s5.progress": None, "s5.joint_org": None,
            "s5.text": None,
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を推進委員会で確認し、全単組に郵送で配布した。",
        },
        "extras": ["※確認者は委員長が出張中のため、後日確認を受けます。"],
        "flags": {},
        "debatable": {
            "s5.progress": "section 5 has no mark (and no text) while every other item carries ○ or ×: unanswered; a "
                           "reader could call an unmarked item not done (False)",
            "s5.joint_org": "as s5.progress",
        },
    },
}

SURVEYS = {
    # S1 (5-person village, no competitor): 4 / 0, 80 in a 0.0% cell / 0, 1 / blank; 時点 「R7.11.1」; 正規 5 / 非正規 0;
    #     intake all 0; the same sentence in all eleven texts; note A34.
    "長野_見本村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "長野", "h.union": "見本村職員組合", "h.writer": "見本 実", "h.rival_union": "なし",
            "org.members_j": 4, "org.members_r": 0, "org.rate_j": 80, "org.rate_r": 0,
            "org.nonmembers_j": 1, "org.nonmembers_r": None, "org.as_of": "2025-11",
            "org.regular": 5, "org.nonregular": 0,
            "intake.hired": 0, "intake.joined_j": 0, "intake.joined_r": 0, "intake.not_joined": 0,
            **{f"texts.{k}": "職員5人の村なので特になし。" for k in (
                "new_hire_main", "new_hire_ideas", "new_hire_worries", "nonmember_main", "nonmember_worries",
                "visibility", "sharing_worries", "labor_relations", "differentiation", "questions", "requests")},
        },
        "extras": ["※競合組合はありません。"],
        "flags": {},
        "debatable": {
            "org.rate_j": "80 typed into a cell formatted 0.0% (the sheet shows 「8000.0%」); 4 members of 5 staff is 80 "
                          "points: 80; a reader going by the format could take 8000 (out of range) or flag it",
            "org.nonmembers_r": "no competitor and the competitor's 未加入者数 left empty: None; a reader could repeat the "
                                "shared 未加入者数 (1) as other files do",
        },
    },
    # S2 (12,000-member city union): counts in 千人 rows 12.4 / 0.8, 6.7 / 6.7; rates 0.623 (General) / 4.0; 時点 text
    #     merged D9:D11; 正規 15,200 / 非正規 4,700; intake 412/298/21/93; texts in B continued into C / D; note A34.
    "茨城_架空市職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "茨城", "h.union": "架空市職員労働組合", "h.writer": "架空 直樹", "h.rival_union": "全労連・自治労連",
            "org.members_j": 12400, "org.members_r": 800, "org.rate_j": 62.3, "org.rate_r": 4.0,
            "org.nonmembers_j": 6700, "org.nonmembers_r": 6700, "org.as_of": "2025-11",
            "org.regular": 15200, "org.nonregular": 4700,
            "intake.hired": 412, "intake.joined_j": 298, "intake.joined_r": 21, "intake.not_joined": 93,
            "texts.new_hire_main": "4月の新採研修の初日に組合説明会を開き、その場で加入届を集めている。",
            "texts.new_hire_ideas": "部局ごとに青年部の役員を説明会に配置している。",
            "texts.new_hire_worries": "採用が400人を超え、説明会を3回に分けても全員に会えない。",
            "texts.nonmember_main": "未加入者の名簿を支部ごとに作り、職場委員が年2回声をかけている。",
            "texts.nonmember_worries": "会計年度任用職員が4,700人いて、任期ごとに入れ替わるため名簿が追いつかない。",
            "texts.visibility": "組合ニュースを月2回発行し、ホームページにも載せている。",
            "texts.sharing_worries": "本庁と出先で情報の届く早さに差がある。",
            "texts.labor_relations": "市当局とは年6回交渉している。会計年度任用職員の勤勉手当の支給を重点にしている。",
            "texts.differentiation": "共済の給付事例と、県本部の相談窓口を紹介している。",
            "texts.questions": "大規模単組での新採説明会の分け方",
            "texts.requests": "新採向けのリーフレットを部数多めに届けてほしい。",
        },
        "extras": ["※組織人員数と未加入者数は千人単位で記入しました（小数点以下は百人）。"],
        "flags": {},
        "debatable": {
            "org.rate_j": "0.623 in a General cell of the （％） row, beside the competitor's 4.0 in points: a fraction, 62.3 "
                          "(12,400 of 19,900 staff); a reader could take 0.623 as points",
        },
    },
    # S3 (competitor bigger; members in two rows 正規 / 会計年度任用): 186+42 / 約300+15; 31.2 / 約43; 「190→187」 / 187;
    #     時点 merged D9:D12; 正規 560 / 非正規 170; intake 18/7/「8～10」/2; note A36.
    "栃木_試験町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "栃木", "h.union": "試験町職員組合", "h.writer": "試験 茂", "h.rival_union": "全労連・自治労連",
            "org.members_j": 228, "org.members_r": 315, "org.rate_j": 31.2, "org.rate_r": 43,
            "org.nonmembers_j": 187, "org.nonmembers_r": 187, "org.as_of": "2025-11",
            "org.regular": 560, "org.nonregular": 170,
            "intake.hired": 18, "intake.joined_j": 7, "intake.joined_r": 9, "intake.not_joined": 2,
            "texts.new_hire_main": "採用日の翌週に組合説明会を開き、加入をお願いしている。",
            "texts.new_hire_ideas": "説明会の後に、先輩職員との昼食会を開いている。",
            "texts.new_hire_worries": "競合組合の方が人数が多く、新採が競合に流れやすい。",
            "texts.nonmember_main": "未加入者に組合ニュースを手渡しし、相談に乗っている。",
            "texts.nonmember_worries": "競合の役員が職場の上司で、声をかけにくい。",
            "texts.visibility": "交渉の結果を職場の掲示板で知らせている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年2回交渉している。競合と別々に交渉している。",
            "texts.differentiation": "共済の給付が手厚いことと、会計年度任用職員も加入できることを伝えている。",
            "texts.questions": "競合の方が大きい単組での新採対策",
            "texts.requests": "競合の多い地域での学習会を開いてほしい。",
        },
        "extras": ["※組合員数は正規職員と会計年度任用職員を分けて書きました。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概", "intake.joined_r": "概"},
        "debatable": {
            "org.members_j": "the clerk split 組織人員数 into 「（正規）」 186 and 「（会計年度任用）」 42: the members are 228 "
                             "(the rate 31.2% of 730 staff confirms it); a reader could take only the first row (186)",
            "org.members_r": "「約300」 + 15 → about 315 (flagged approximate); a reader could take only the first row",
            "intake.joined_r": "the range 「8～10」: its midpoint 9 (hires 18 = 7 + 9 + 2), approximate; a reader could "
                               "leave it blank (raw kept) or take a bound",
        },
    },
    # S4 (last year's file, changed answers in red): title 令和6年度, intake heading 「2025年 新規採用者」; 1,046 / 約90,
    #     0.487 (0.0%) / blank, 1,012 ×2; 時点 「R7.11.1現在」; 正規 1,820 / 非正規 328; intake 36/28/2/6; two texts blank.
    "滋賀_見本市職労_アンケート（R6）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "滋賀", "h.union": "見本市職員労働組合", "h.writer": "見本 真由美", "h.rival_union": "全労連・医労連",
            "org.members_j": 1046, "org.members_r": 90, "org.rate_j": 48.7, "org.rate_r": None,
            "org.nonmembers_j": 1012, "org.nonmembers_r": 1012, "org.as_of": "2025-11",
            "org.regular": 1820, "org.nonregular": 328,
            "intake.hired": 36, "intake.joined_j": 28, "intake.joined_r": 2, "intake.not_joined": 6,
            "texts.new_hire_main": "4月の採用日に組合説明会を開き、加入届を配っている。",
            "texts.new_hire_ideas": "説明会に共済の担当者も同席してもらっている。",
            "texts.new_hire_worries": "説明会の時間が30分に短縮され、共済まで説明できない。",
            "texts.nonmember_main": "未加入者の多い職場で昼休みに懇談会を開いている。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を気にしている。",
            "texts.visibility": "組合ニュースを毎月発行している。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "市当局とは年4回交渉している。今年は保育士の処遇改善を重点にした。",
            "texts.differentiation": "共済の給付事例を紹介している。",
            "texts.questions": None,
            "texts.requests": "県本部の新採交流会を続けてほしい。",
        },
        "extras": ["※赤字が昨年度の回答から変更したところです。"],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "intake.hired": "the intake heading still says 「2025年 新規採用者」 (last year's, not updated) but the figures are "
                            "red (changed this year) and the 時点 is R7.11: this year's intake; a reader could question "
                            "which year they belong to",
        },
    },
    # S5 (everything in column A): 342 / 約30, 48.3 / 約4, 約330～340 ×2; 時点 「R7.11現在」; intake 11/8/1/2; two answers
    #     over two rows; note at the bottom.
    "島根_架空町職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "島根", "h.union": "架空町職員労働組合", "h.writer": "架空 拓也", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 342, "org.members_r": 30, "org.rate_j": 48.3, "org.rate_r": 4,
            "org.nonmembers_j": 335, "org.nonmembers_r": 335, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 11, "intake.joined_j": 8, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "採用日に組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会で共済のガイドブックを配っている。",
            "texts.new_hire_worries": "新採が少なく、説明会を開くと役員の方が多くなる。\n競合の説明会にも呼ばれている。",
            "texts.nonmember_main": "未加入者に年度初めに組合の案内を配っている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ニュースを年6回発行している。\n掲示板にも貼っている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "町当局とは年2回交渉している。人員確保を求めている。",
            "texts.differentiation": "共済の給付が早いことを伝えている。",
            "texts.questions": "小規模単組での青年部の作り方",
            "texts.requests": "なし",
        },
        "extras": ["※この様式は印刷しやすいように1列にまとめました。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概", "org.nonmembers_j": "概", "org.nonmembers_r": "概"},
        "debatable": {
            "org.nonmembers_j": "the range 「約330～340」: its midpoint 335 (708 staff − 342 − 30 = 336), approximate; a "
                                "reader could leave it blank (raw kept) or take a bound",
            "org.nonmembers_r": "as org.nonmembers_j",
        },
    },
    # S6 (corrections typed after the old value): 「250→262」 / 約40, 「52.1%→54.6%」 / 「8%」, 「190→178」 / 178; 時点
    #     2025/11/1; 正規 400 / 非正規 80; intake 「12 → 13」 「８⇒９」 1 blank; texts: one blank, 「（後日記入）」, one blank.
    "佐賀_見本市職_アンケート（訂正）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "佐賀", "h.union": "見本市職員組合", "h.writer": "見本 愛", "h.rival_union": "全労連・自治労連",
            "org.members_j": 262, "org.members_r": 40, "org.rate_j": 54.6, "org.rate_r": 8,
            "org.nonmembers_j": 178, "org.nonmembers_r": 178, "org.as_of": "2025-11",
            "org.regular": 400, "org.nonregular": 80,
            "intake.hired": 13, "intake.joined_j": 9, "intake.joined_r": 1, "intake.not_joined": None,
            "texts.new_hire_main": "4月の採用日に組合説明会を開き、共済の案内も一緒にしている。",
            "texts.new_hire_ideas": "説明会の資料を1枚にまとめ、読みやすくしている。",
            "texts.new_hire_worries": "競合の説明会が先に開かれ、新採が迷ってしまう。",
            "texts.nonmember_main": "未加入者の一覧を作り、役員で分担して声をかけている。",
            "texts.nonmember_worries": None,
            "texts.visibility": "組合ニュースを年4回→年6回発行している。",
            "texts.sharing_worries": "ニュースが若い職員に読まれていない。",
            "texts.labor_relations": "市当局とは年3回交渉している。時間外勤務の縮減を求めている。",
            "texts.differentiation": None,
            "texts.questions": None,
            "texts.requests": "単組役員向けの学習会を開いてほしい。",
        },
        "extras": ["※数字を訂正したところは「→」のあとが正しい数字です。"],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "texts.visibility": "a phrase corrected inside the text (「年4回→年6回」): kept as typed; a reader could keep only "
                                "the corrected wording 「組合ニュースを年6回発行している。」",
            "texts.differentiation": "「（後日記入）」 (to be filled in later) is a placeholder, not an answer: None; a reader "
                                     "could keep it as typed",
        },
    },
    # S7 (no competitor said in one merged sentence C9:C11): 「正規88／会計年度23」, 「約74％」, 「39人（うち会計年度7人）」;
    #     時点 「令和7年11月1日」 merged; 正規 120 / 非正規 30; intake 「6人（うち会計年度2人）」/5/0/1; note A34.
    "鹿児島_試験村職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "鹿児島", "h.union": "試験村職員労働組合", "h.writer": "試験 勇気", "h.rival_union": "なし",
            "org.members_j": 111, "org.members_r": None, "org.rate_j": 74, "org.rate_r": None,
            "org.nonmembers_j": 39, "org.nonmembers_r": None, "org.as_of": "2025-11",
            "org.regular": 120, "org.nonregular": 30,
            "intake.hired": 6, "intake.joined_j": 5, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日に村長室の隣の会議室で組合説明会を開いている。",
            "texts.new_hire_ideas": "会計年度任用職員にも同じ説明会に参加してもらっている。",
            "texts.new_hire_worries": "採用が少なく、毎年説明する役員が変わる。",
            "texts.nonmember_main": "未加入者に組合の行事の案内を届けている。",
            "texts.nonmember_worries": "会計年度任用職員の任期が短く、加入を勧めにくい。",
            "texts.visibility": "組合ニュースを年3回発行している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "村当局とは年1回交渉している。会計年度任用職員の処遇改善を求めている。",
            "texts.differentiation": "競合組合はないため記入なし。",
            "texts.questions": "会計年度任用職員の加入の進め方",
            "texts.requests": "なし",
        },
        "extras": ["※組合員数は正規職員と会計年度任用職員を分けて記入しました。"],
        "flags": {"org.rate_j": "概"},
        "debatable": {
            "org.members_j": "「正規88／会計年度23」 with no total: the members are 111 (111 of 150 staff = 74%, the rate "
                             "given; 150 − 111 = 39 未加入); a reader could take the first number (88) or leave it blank",
            "texts.differentiation": "「競合組合はないため記入なし。」 says there is nothing to write; kept as typed (like 「なし」); "
                                     "a reader could leave it None",
        },
    },
}

FILES = {**REPORTS, **SURVEYS}
