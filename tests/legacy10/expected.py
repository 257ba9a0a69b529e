"""Expected readings of the tests/legacy10 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a glyph before an item counts for that item whatever the glyph: ☑ ✅ ⭕ ■ (the blacked box of a printed pair)
  → done; ☐ ⬜ ❌ → not done; an item line with no glyph, an empty mark cell or a pair 「□実施　□未実施」 left
  untouched → unanswered, in a file that otherwise answers every item;
- 「■実施　□未実施」: the blacked box is the one chosen (the clerk's note says so);
- 対応済 → done, 未対応 → not done, 対応中 (still being worked on, the text says it will be done in March) → not done;
- items are identified by their (possibly shortened, radical-garbled, re-ordered) wording, not their position;
  a row the clerk added to the form (「その他（…）」) is not a form item: it is kept as an extra;
- a text answered 「別紙のとおり」 is kept as typed; the 別紙 sheet's text is typed outside the form, so it is an extra;
- 20250218 in a General cell is the date 2025-02-18; a date with a time is that day;
- a number with 約 is read as that number (approximate); 「約２割」 is about 20 %;
- a name typed with the role before it (「書記長　見本 修」) or two names are kept as typed;
- 「所属」 holding 「山梨県本部　見本村職員組合」 answers both 県本部 and 単組;
- the 記入例 column is printed matter; the 回答 column holds the answers;
- the printed form (印刷用) whose answers are formulas pointing at an input sheet shows the same answers as the
  input sheet; an empty string result is a blank answer;
- hidden columns holding last year's numbers are not answers;
- a 「※」 line typed outside the form is an extra; a printed instruction, a legend row and the printed 組織率 note are
  part of the form; cell comments are the clerk's remarks, not answers.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_UNTOUCHED = "{what} while every other item in the file is answered: unanswered; a reader could take it as 未実施"

REPORTS = {
    # R1 (XlsxWriter): 「県 名」 with a no-break space; 作成日 the number 20250218; printed labels with Kangxi radicals;
    #     all items of a section in ONE cell 「☑　…」 / 「☐　…」, s3 item 7 with no glyph; note A37.
    "青森県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "青森", "h.created": "2025-02-18", "h.author": "見本 一郎", "h.checker": "見本 和子",
            "s1.progress_june": "●団体生命共済の新規加入は1月末で目標の59.4％。\n●保有件数は前年5月比で99.1％と減少が"
                                "続いている。\n●下北・津軽地区の小規模単組で新採の加入が進んでいない。",
            "s1.progress_since": "●10月に県支部と合同で津軽地区の8単組を訪問し、新採対策の進め方を確認した。\n"
                                 "●12月の代表者会議で各単組の到達状況を共有した。",
            "s1.focus": "●下北地区の小規模単組への訪問\n●退職予定者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき年1回支払い、使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": None,
            "s3.text": "■12月　県本部新採対策会議を開催\n■1月　組織化方針を提起し、同時加入のチラシを配布\n"
                       "■県支部と合同で8単組をオルグ",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を文書で提起した。説明会は次年度に実施する。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月件数を確認し、モデル単組には県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※具体的な取り組みの詳細は県本部ニュース第12号に掲載しています。"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.simul_plan": _UNTOUCHED.format(what="its line in the section's cell has no glyph (only the "
                                                              "indent) while the file uses ☐ for not done")},
    },
    # R2 (.xls via LibreOffice): header labels row 3, answers row 4 (作成日 「令和7年2月19日（水）」); 「■実施　□未実施」
    #     pairs, s4 item 3 untouched; s3 items 3↔4 and s6 items 1↔2 out of order; added 「その他（…）」 row; note A45.
    "茨城県本部報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "茨城", "h.created": "2025-02-19", "h.author": "試験 健一", "h.checker": "試験 美和",
            "s1.progress_june": "新規加入は1月末で目標の62.8％。保有件数は前年5月比で100.4％と微増した。県南地区の単組"
                                "では新採の加入が伸び悩んでいる。",
            "s1.progress_since": "9月から県支部と合同で県南・県西の単組オルグを行い、延べ11単組を訪問した。",
            "s1.focus": "新採の同時加入の徹底と、役職定年者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程どおり支払っているが、使途の報告は求めていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "県支部と合同で単組オルグを行い、11月に執行部学習会を開催した。新採対策会議は3月に開催予定。\n"
                       "青年部と合同で新採歓迎会を企画している。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": None,
            "s4.text": "役職定年者の名簿をもとに、2単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子の内容を確認し、代表者会議で全単組に配布・説明した。",
        },
        "extras": ["その他（青年部と合同で新採歓迎会を開催）", "※実施状況は、該当する□を■に変えて記入しています。"],
        "flags": {"s4.appeal": "未回答"},
        "debatable": {"s4.appeal": _UNTOUCHED.format(what="「□実施　□未実施」 left as printed")},
    },
    # R3 (openpyxl): 「京都府本部」; 作成日 「２０２５．２．１８」; ⭕ / ❌ left of 「(1)…」 items, s6 item 4 blank; three
    #     items abbreviated; s1 first text rich text; s4 text 「別紙のとおり」 + sheet 「別紙」; note J44.
    "京都府本部_取組報告_0218.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "京都", "h.created": "2025-02-18", "h.author": "架空 真一", "h.checker": "架空 直美",
            "s1.progress_june": "【進捗】新規加入は1月末で目標の64.7％、保有件数は前年5月比100.3％。\n【課題】丹後・中丹"
                                "地区の単組で新採の同時加入が進んでいない。",
            "s1.progress_since": "11月に府本部・府支部合同で北部の単組を訪問し、新採対策の日程を確認した。",
            "s1.focus": "北部地区の単組への重点オルグと、新採説明会での同時加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、使途は年度末の報告書で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを作成して全単組に配布した。1月に新採対策会議を開き、組織化方針と同時加入方針を"
                       "提起した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "別紙のとおり",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で四半期ごとに進捗を確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": None,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布、代表者会議で活用方法を説明した。",
        },
        "extras": ["・組織化方針を11月の代表者会議で提起した。\n・役職定年者への説明会は対象者の把握が済んでいないため、"
                   "来年度に延期した。\n・再任用者向けのチラシは府支部と作成中。",
                   "※モデル単組は今年度2単組です。"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {
            "s4.text": "「別紙のとおり」 points at the sheet 「別紙」: kept as typed (the 別紙 text is kept as an extra); a "
                       "reader could put the 別紙 text in its place",
            "s6.propose": _UNTOUCHED.format(what="its 実施 cell is empty"),
        },
    },
    # R4 (XlsxWriter): 作成日 2025/2/17 16:42 (a date with a time); 「作成者：…　／　確認者：…」 one cell; 状況 column
    #     far right with 対応済 / 未対応 / 対応中, s6 item 4 blank; s5 text 「特になし」; note A44.
    "島根県本部　共済推進取組状況報告.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "島根", "h.created": "2025-02-17", "h.author": "試験 一樹", "h.checker": "試験 美香",
            "s1.progress_june": "新規加入は12月末で目標の57.1％。保有件数は前年5月比で98.7％と減少している。",
            "s1.progress_since": "10月から県支部と合同で出雲・石見地区の単組を訪問し、進捗を確認した。",
            "s1.focus": "石見・隠岐地区の小規模単組への支援。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "交付金は規程にもとづき支払い、使途は単組の活動報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入の申込書セットを配布し、県支部と合同で6単組をオルグした。組織化方針は2月の執行委員会で"
                       "確定し、3月に提起する予定。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "方針を代表者会議で提起し、じちろう共済の案内チラシを配布した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "特になし",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": None,
            "s6.text": "冊子を確認して全単組に配布し、代表者会議で活用方法を説明した。",
        },
        "extras": ["※状況欄は2月14日時点の状況です。"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {
            "s3.policy": "「対応中」 (in progress; the text says the policy is fixed in February and raised in March): "
                         "not done as of the report; a reader could treat it as unanswered or as partly done",
            "s6.propose": _UNTOUCHED.format(what="its 状況 cell is empty"),
        },
    },
    # R5 (openpyxl): header block right of the title (作成日 「Ｒ７．２．２０」, two 作成者, 確認者 with role first);
    #     printed section-1 instruction; boxes side by side with the real long label; 「✅ ①…」 / 「⬜ ②…」; note K20.
    "宮崎県本部　R6共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "宮崎", "h.created": "2025-02-20", "h.author": "見本 健・見本 早苗", "h.checker": "書記長　見本 修",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の60.9％。保有件数は前年5月比で99.8％とほぼ横ばい。",
            "s1.progress_since": "県北・県南の2会場で単組代表者会議を開き、2026年度末の保有目標と単組ごとの到達状況を"
                                 "共有した。",
            "s1.focus": "新採の同時加入と、再任用者への継続加入の案内を重点に取り組む。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき支払っている。使途の把握は来年度からの課題。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "●同時加入のツールを全単組に配布\n●県支部と合同で9単組をオルグ\n●執行部学習会を2会場で開催\n"
                       "●1月に新採対策会議を開催",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、3単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月進捗を確認し、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子の内容を執行委員会で確認し、代表者会議で活用方法を周知した。配布は3月の予定。",
        },
        "extras": ["※交付金は年度末に精算します。"],
        "flags": {},
        "debatable": {"h.checker": "typed with the role first 「書記長　見本 修」: kept as typed; a reader could keep the "
                                   "name alone (見本 修)"},
    },
}

SURVEYS = {
    # S1 (openpyxl): 上部団体 as one ☐/☑ list cell; competitor column headed by its name; 「１，０２０人」 「約４５０人」
    #     「41.3%」 「約２割」; 時点 「R6.11月末現在」; intake horizontal; texts 1-7 as a matrix; note A28.
    "福岡_見本市職員労働組合_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "福岡", "h.union": "見本市職員労働組合", "h.writer": "見本 春香", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 1020, "org.members_r": 450, "org.rate_j": 41.3, "org.rate_r": 20,
            "org.nonmembers_j": 1000, "org.nonmembers_r": 1000, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 25, "intake.joined_j": 19, "intake.joined_r": 4, "intake.not_joined": 2,
            "texts.new_hire_main": "4月の新採研修で組合説明会を開き、その場で加入届を回収している。",
            "texts.new_hire_ideas": "説明は入庁3年目までの青年部役員が担当している。",
            "texts.new_hire_worries": "競合も同じ研修で説明時間をとっており、先に声をかけられることがある。",
            "texts.nonmember_main": "職場委員と未加入者名簿を確認し、個別に声をかけている。",
            "texts.nonmember_worries": "出先機関の未加入者に会う機会が少ない。",
            "texts.visibility": "交渉の結果を翌日にビラと庁内メールで知らせている。",
            "texts.sharing_worries": "庁内メールを読まない組合員が増えている。",
            "texts.labor_relations": "市当局とは年4回の団体交渉を行っている。会計年度任用職員の処遇改善を重点にしている。",
            "texts.differentiation": "共済と交渉の両方で成果を示している。",
            "texts.questions": "出先機関の未加入者への声のかけ方",
            "texts.requests": "新採向けの短い動画をつくってほしい。",
        },
        "extras": ["※競合の人数は先方の大会資料からの推計です。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {"org.rate_r": "「約２割」 (about two tenths): about 20 %; a reader could compute 18.2 from the counts "
                                    "(450 of 2,470) or leave it blank as not a figure"},
    },
    # S2 (XlsxWriter): No. | 設問 | 記入例 | 回答 list; 「全労連･医労連」 (half-width ･); 正規 392 / 非正規 118; rates 56.1 / 8
    #     (0.0); 未加入者数 a formula (183); 時点 a date shown R6.11.1; 競合加入者数 「―」; one text blank; note A32.
    "広島_見本町職_アンケート（記入例付き）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "広島", "h.union": "見本町職員組合", "h.writer": "試験 夏美", "h.rival_union": "全労連・医労連",
            "org.members_j": 286, "org.members_r": 41, "org.rate_j": 56.1, "org.rate_r": 8.0,
            "org.nonmembers_j": 183, "org.nonmembers_r": 183, "org.as_of": "2024-11",
            "org.regular": 392, "org.nonregular": 118,
            "intake.hired": 16, "intake.joined_j": 13, "intake.joined_r": 0, "intake.not_joined": 3,
            "texts.new_hire_main": "採用前の内定者説明会で組合と共済を紹介している。",
            "texts.new_hire_ideas": "加入届をその場で書けるよう、記入例を用意している。",
            "texts.new_hire_worries": "競合が採用直後に個別に勧誘している。",
            "texts.nonmember_main": "年1回、未加入者に手紙を送り、面談をお願いしている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合だよりを月1回発行し、全職場に配布している。",
            "texts.sharing_worries": "支所の組合員に情報が届くのが遅い。",
            "texts.labor_relations": "町当局とは年2回の交渉。人員確保を最重点にしている。",
            "texts.differentiation": "共済の給付事例を紹介し、自治労の安心感を伝えている。",
            "texts.questions": None,
            "texts.requests": "県本部の学習会を平日の夜にも開いてほしい。",
        },
        "extras": ["※未加入者数は職員数から両組合の組合員数を引いて計算しています。"],
        "flags": {},
        "debatable": {
            "intake.joined_r": "「―」 in a count whose total works out (16 = 13 + 0 + 3): read as 0; a reader could keep "
                               "it blank as 「no figure」",
            "org.nonmembers_r": "the list asks 未加入者数 once (183, the staff not in either union), where the printed "
                                "form has a 自治労 and a 競合 cell that clerks fill with the same number: 183 for both; "
                                "a reader could leave the competitor's blank",
        },
    },
    # S3 (.xls via LibreOffice): 「所属」 「山梨県本部　見本村職員組合」; 「自治労連（全労連）」; hidden columns D:E (last
    #     year); 時点 「6年11月1日現在」; 「5人」…; 「問８」… texts, the first continuing on row 21; note A33.
    "山梨県本部_見本村職_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "山梨", "h.union": "見本村職員組合", "h.writer": "試験 秋子", "h.rival_union": "全労連・自治労連",
            "org.members_j": 96, "org.members_r": 22, "org.rate_j": 68.6, "org.rate_r": 15.7,
            "org.nonmembers_j": 22, "org.nonmembers_r": 22, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 5, "intake.joined_j": 4, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用時の研修で組合の説明をしている。\n加入届は配属後に職場委員が回収している。",
            "texts.new_hire_ideas": "委員長が一人ひとりと面談している。",
            "texts.new_hire_worries": "採用が少なく、毎年のやり方が引き継がれない。",
            "texts.nonmember_main": "未加入者は2人のため、委員長が直接声をかけている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ニュースを年4回発行し、役場の掲示板に貼っている。",
            "texts.sharing_worries": "支所の職員に情報が届きにくい。",
            "texts.labor_relations": "村当局とは年1回の交渉のほか、必要に応じて協議している。",
            "texts.differentiation": "共済の案内を丁寧に行い、相談にすぐ応じている。",
            "texts.questions": "小規模単組での役員の引き継ぎ方",
            "texts.requests": "県本部の会議をオンラインでも参加できるようにしてほしい。",
        },
        "extras": ["※人数は令和6年11月1日の組合員名簿による"],
        "flags": {},
        "debatable": {"h.rival_union": "typed 「自治労連（全労連）」: the union 自治労連 under 全労連, i.e. the choice "
                                       "全労連・自治労連 written the other way round; a reader could keep the raw text"},
    },
    # S4 (openpyxl): printed-form look with the choice list F7:F10; 記入者 two names; 1215 (#,##0); 「27.20%」 「15.31%」;
    #     competitor 未加入者数 「なし」; 「R7年1月時点」; 要望 box beside the intake; rich-text answers; comment B9; note A30.
    "岡山_見本市職労_実態アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岡山", "h.union": "見本市職員労働組合", "h.writer": "見本 冬美、見本 秀樹",
            "h.rival_union": "全労連・自治労連",
            "org.members_j": 1215, "org.members_r": 684, "org.rate_j": 27.2, "org.rate_r": 15.31,
            "org.nonmembers_j": 2568, "org.nonmembers_r": None, "org.as_of": "2025-01",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 48, "intake.joined_j": 9, "intake.joined_r": 31, "intake.not_joined": 8,
            "texts.new_hire_main": "採用前の説明会と、入庁後の研修の2回、組合と共済を説明している。",
            "texts.new_hire_ideas": "説明会では年齢の近い組合員が体験を話している。",
            "texts.new_hire_worries": "新採の3分の2が競合に加入しており、説明の機会の確保が課題。",
            "texts.nonmember_main": "・職場ごとの未加入者名簿を作成\n・執行委員が分担して声かけ",
            "texts.nonmember_worries": "未加入者が多く、全員に声をかけきれない。",
            "texts.visibility": "組合ニュースとSNSで交渉の経過を発信している。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "市当局とは年3回の団体交渉。競合組合とは別々に交渉している。",
            "texts.differentiation": "共済の保障と、職場の要求の取りまとめの両方を伝えている。",
            "texts.questions": "競合と同じ職場で加入を勧めるときの工夫",
            "texts.requests": "競合と並ぶ単組の事例を集めて紹介してほしい。",
        },
        "extras": ["※組織率は人事課の職員数（4,467人）から計算しています。"],
        "flags": {},
        "debatable": {"org.nonmembers_r": "「なし」 in the competitor's 未加入者数 (as real forms have it): no separate "
                                          "figure, read as blank; a reader could read 0 or copy the 自治労 figure "
                                          "(2,568)"},
    },
    # S5 (XlsxWriter): 「入力」 (short labels, plain values) + 「印刷用」 (formulas with stored values; competitor cells
    #     =IF(…,"",…) → ""); 上部団体 なし; 時点 2024-12-01; 「競合組合なし。」; note A32 on 印刷用.
    "富山_架空町職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "富山", "h.union": "架空町職員労働組合", "h.writer": "架空 冬樹", "h.rival_union": "なし",
            "org.members_j": 178, "org.members_r": None, "org.rate_j": 74.2, "org.rate_r": None,
            "org.nonmembers_j": 62, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 7, "intake.joined_j": 6, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日に組合説明会を開き、加入をお願いしている。",
            "texts.new_hire_ideas": "説明の後に先輩組合員との昼食会を開いている。",
            "texts.new_hire_worries": "特になし",
            "texts.nonmember_main": "委員長が個別に話をしている。",
            "texts.nonmember_worries": "未加入の理由が組合費の負担感で、説得が難しい。",
            "texts.visibility": "組合だよりを年6回発行している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年2回交渉。時間外勤務の縮減を求めている。",
            "texts.differentiation": "競合組合なし。",
            "texts.questions": "組合費の負担感への答え方",
            "texts.requests": "共済の説明に来てほしい。",
        },
        "extras": ["※組合員数は12月1日現在の組合費控除者数です。"],
        "flags": {},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
