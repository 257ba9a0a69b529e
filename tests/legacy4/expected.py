"""Expected readings of the tests/legacy4 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human would (an instructions sheet,
a 記入例 sheet and a blank copy of the form hold no answers; never taken from the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_LISTED = ("「実施した項目の番号」 lists the done items only; an item not listed is 未実施 "
           "(a cautious reader could say 未回答)")

REPORTS = {
    # R1: 記入要領 sheet first (a 記入例 line, a 提出期限 date); prefecture only in the title; 作成日 a date in 和暦;
    #     header answers three columns right; はい/いいえ left of the items, s3 item 7 blank.
    "報告書（長野県本部）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "長野", "h.created": "2025-02-12", "h.author": "見本 太郎", "h.checker": "見本 冬美",
            "s1.progress_june": "加入件数は目標の4割にとどまっている。\n北部の単組で伸び悩みがある。",
            "s1.progress_since": "9月から県支部と合同で単組訪問を始めた。",
            "s1.focus": "・新採の同時加入を全単組で提起する\n・退職予定者への案内を12月までに終える",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は単組の活動計画にあわせて支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": False, "s3.simul_plan": None, "s3.text": "新採向けの説明資料を改訂した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True, "s4.text": "再任用者向けの説明会を1回開いた。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "進捗は委員会で2か月ごとに確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を全単組に郵送した。",
        },
        "extras": ["※交付金の額は3月に確定します"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {},
    },
    # R2: filled sheet 「新潟」 then a blank copy; 「県本部名　　新潟」; date shown 「2月13日」; stamp box;
    #     「実施した項目の番号」: 1 / 「1,2,5,7」 / 「1～3」 / 「なし」 / 「2、3」; bullets one per row.
    "新潟県本部_取組報告_0213.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "新潟", "h.created": "2025-02-13", "h.author": "見本 二葉", "h.checker": "見本 三吉",
            "s1.progress_june": "・保有件数は前年比で微増\n・新規加入は目標の半分",
            "s1.progress_since": "・11月に単組代表者会議で進捗を報告\n・未達の単組を県支部と訪問",
            "s1.focus": "・若年層への声かけ",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は全額を単組に支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True, "s3.text": "県支部と合同で新採オルグを行った。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True, "s4.text": "役職定年者の名簿を単組と確認した。",
            "s5.progress": False, "s5.joint_org": False, "s5.text": "モデル単組への訪問はまだできていない。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を配り、代表者会議で説明した。",
        },
        "extras": ["※3の5と7は県支部が担当して実施した"],
        "flags": {},
        "debatable": {k: _LISTED for k in ("s2.usage_known", "s3.study", "s3.meeting", "s3.simul_policy",
                                           "s6.review", "s6.propose")},
    },
    # R3: answers three columns right; 「2月10日」 with no year; □ printed in every label, 「済」 left of the done
    #     ones; (1)(2)(3) boxes; s6 item 4 wrapped over two rows; s4 text 「特になし」; a note beside the header.
    "高知_報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "高知", "h.created": "2025-02-10", "h.author": "見本 秋子", "h.checker": "見本 春男",
            "s1.progress_june": "新規加入は12月末で目標の55％。\n一部の単組で取り組みが止まっている。",
            "s1.progress_since": "1月に未着手の単組へ文書を送った。\nその後、3単組で説明会を開いた。",
            "s1.focus": "退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "規程にそって交付金を支払い、使途の報告を受けた。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": False, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False, "s3.text": "・新採向けチラシを作成\n・県支部と合同で説明会",
            "s4.policy": False, "s4.briefing": False, "s4.appeal": False, "s4.text": "特になし",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "モデル単組の推進委員会に出席した。",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "冊子の内容を委員会で確認し、単組オルグで活用を呼びかけた。",
        },
        "extras": ["※確認者は3月に交代予定です"],
        "flags": {},
        "debatable": {"h.created": "typed 「2月10日」 with no year: a February date of an FY2024 report is 2025, but a "
                                   "cautious reader keeps the raw text and flags it instead of guessing"},
    },
    # R4 (.xls): one flat table, 1/0 in the 実施 column (s4 item 2 blank); sign-off block at the bottom holds
    #            the date, the prefecture and the names; s6 text blank.
    "熊本県本部 報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "熊本", "h.created": "2025-02-14", "h.author": "見本 陽介", "h.checker": "見本 秀美",
            "s1.progress_june": "保有件数は目標の7割。\n新規加入は前年より少ない。",
            "s1.progress_since": "12月に県支部と合同で重点単組を訪問した。",
            "s1.focus": "新採の同時加入と退職者の継続加入。",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "交付金は単組の申請どおり支払った。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False, "s3.text": "新採対策会議を12月に開き、方針を確認した。",
            "s4.policy": True, "s4.briefing": None, "s4.appeal": False, "s4.text": "役職定年者の名簿を単組から集めている。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "モデル単組の会議に年3回出席した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": None,
        },
        "extras": ["※数値は2025年1月末の速報値です"],
        "flags": {"s4.briefing": "未回答"},
        "debatable": {},
    },
}

SURVEYS = {
    # S1: 記入例 sheet first (○○, example numbers); answers on 「見本市職労」 three columns right of the labels;
    #     「845人」「約560人」「45%」, 0.3 in a General cell; 「同左」; 「2024年11月1日現在」; 「25名」; 問1… labels.
    "アンケート_広島_見本市職労.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "広島", "h.union": "見本市職員労働組合", "h.writer": "見本 翼", "h.rival_union": "全労連・自治労連",
            "org.members_j": 845, "org.members_r": 560, "org.rate_j": 45, "org.rate_r": 30,
            "org.nonmembers_j": 473, "org.nonmembers_r": 473, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 25, "intake.joined_j": 18, "intake.joined_r": 3, "intake.not_joined": 4,
            "texts.new_hire_main": "・入庁初日に説明会\n・配属後に職場で個別に声かけ",
            "texts.new_hire_ideas": "説明資料を1枚にまとめた。",
            "texts.new_hire_worries": "競合の勧誘が入庁前から始まっている。",
            "texts.nonmember_main": "年2回、未加入者に加入案内を配る。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "・月1回の機関紙\n・職場集会での報告",
            "texts.sharing_worries": "出先の職場まで機関紙が届くのが遅い。",
            "texts.labor_relations": "賃金確定交渉を年2回行っている。",
            "texts.differentiation": "共済と全国組織の強みを伝えている。",
            "texts.questions": "競合のある単組の説明会の持ち方",
            "texts.requests": "新採向けのチラシの見本がほしい。",
        },
        "extras": ["※競合の人数は推計です"],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "org.rate_r": "0.3 in a General (not %) cell of the （％） row: read as points it is 0.3; but 約560 of "
                          "845+560+473 staff is 29.8%, and 自治労's 45% beside it, so a clerk reads a fraction (30)",
            "org.nonmembers_r": "「同左」 (same as the cell to the left, 473人): a clerk copies 473; a cautious reader "
                                "keeps the text and leaves the number blank",
        },
    },
    # S2: flattened questionnaire (Ⅰ…Ⅳ, 1, 2 …, question, answer in D); pairs as separate questions;
    #     時点 a date shown 「R6.12」; 正規/非正規 given; texts merged D:G, one blank; a note beside the numbers.
    "佐賀県本部_見本町職員労働組合_回答.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "佐賀", "h.union": "見本町職員労働組合", "h.writer": "見本 浩二", "h.rival_union": "全労連・医労連",
            "org.members_j": 320, "org.members_r": 45, "org.rate_j": 71.3, "org.rate_r": 10.0,
            "org.nonmembers_j": 84, "org.nonmembers_r": 84, "org.as_of": "2024-12",
            "org.regular": 430, "org.nonregular": 19,
            "intake.hired": 12, "intake.joined_j": 9, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "入庁式の後に30分の説明会を開いた。",
            "texts.new_hire_ideas": "新採と年の近い組合員が説明している。",
            "texts.new_hire_worries": "病院職場の新採は勤務がばらばらで集まれない。",
            "texts.nonmember_main": "未加入者の名簿を作り、年1回訪問している。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "掲示板と庁内メールで活動を知らせている。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "人員確保を重点に年2回交渉している。\n労使関係はおおむね良好。",
            "texts.differentiation": "共済の給付事例を紹介している。",
            "texts.questions": "病院職場での新採説明会の工夫",
            "texts.requests": "小規模単組向けの学習会を開いてほしい。",
        },
        "extras": ["※病院分会の人数を含みます"],
        "flags": {},
        "debatable": {},
    },
    # S3: header across one row; 上部団体 「自治労連」; several values in one cell; 時点 only in a heading;
    #     Ⅰ．…Ⅺ． labels with merged answers below; a note at the bottom.
    "徳島_見本市職員労働組合.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "徳島", "h.union": "見本市職員労働組合", "h.writer": "見本 若葉", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1045, "org.members_r": 200, "org.rate_j": 58.1, "org.rate_r": 11.1,
            "org.nonmembers_j": 555, "org.nonmembers_r": 555, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 42, "intake.joined_j": 30, "intake.joined_r": 5, "intake.not_joined": 7,
            "texts.new_hire_main": "・入庁前の説明会で時間をもらう\n・加入用紙をその場で回収",
            "texts.new_hire_ideas": "先輩組合員の体験談を話してもらう。",
            "texts.new_hire_worries": "競合の加入案内が同じ日に配られる。",
            "texts.nonmember_main": "・昼休みの職場訪問\n・未加入者向けの学習会",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "ホームページに行事の報告を載せている。",
            "texts.sharing_worries": "若い組合員が機関紙を読んでいない。",
            "texts.labor_relations": "市当局とは毎月事務折衝をしている。",
            "texts.differentiation": "全国の仲間とつながれることを伝えている。",
            "texts.questions": "競合が多数派の職場での声のかけ方",
            "texts.requests": "県本部の新採交流会を続けてほしい。",
        },
        "extras": ["※未加入者数は管理職を除いた数です"],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "h.rival_union": "typed 「自治労連」, not one of the dropdown's words: a clerk maps it to 全労連・自治労連; "
                             "a cautious reader keeps 「自治労連」 as typed",
            "org.nonmembers_r": "one number 「555人（両組合とも同じ）」 for both columns: the note says it holds for "
                                "the competitor too; a cautious reader fills 自治労 only",
        },
    },
    # S4: blank 「様式」 sheet first, answers on 「回答」; 「40（概数）」「62.5%」「約37%」; 時点 a date in 和暦;
    #     「名」 units in the next cell; texts continuing on the next row; one text blank; a note.
    "和歌山アンケート（見本村職）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "和歌山", "h.union": "見本村職員労働組合", "h.writer": "見本 光", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 68, "org.members_r": 40, "org.rate_j": 62.5, "org.rate_r": 37,
            "org.nonmembers_j": 1, "org.nonmembers_r": 1, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 3, "intake.joined_j": 2, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "入庁の日に村長あいさつの後で説明している。",
            "texts.new_hire_ideas": "新採の歓迎会を組合で開いている。\n費用は組合が持つ。",
            "texts.new_hire_worries": "人数が少なく、毎年の説明の経験が積み上がらない。",
            "texts.nonmember_main": "未加入者は1人のみ。個別に話をしている。",
            "texts.nonmember_worries": "今のところなし",
            "texts.visibility": "村の広報と同じ日に組合ニュースを配っている。\n写真を必ず1枚入れる。",
            "texts.sharing_worries": "全員が同じ庁舎なので特に困っていない。",
            "texts.labor_relations": "村当局とは年1回、春に交渉している。",
            "texts.differentiation": "県本部の研修に参加できることを伝えている。",
            "texts.questions": None,
            "texts.requests": "小規模単組どうしの交流の場がほしい。\nできれば平日の夜に。",
        },
        "extras": ["※職員数は4月1日現在です"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
