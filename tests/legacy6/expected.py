"""Expected readings of the tests/legacy6 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human clerk would (a last-year copy
「前年度」 / 「R5」, a hidden list sheet and an instructions sheet hold no answers; a
printed instruction or the printed 組織率 formula is part of the form, not a note; never
taken from the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_PENDING = ("「検討中」 in the 実施状況 column (the dropdown offers 実施済 / 未実施 / 検討中): not done yet, so a "
            "clerk with only 実施/未実施 to fill reads it as 未実施; a cautious reader could keep it unknown")

REPORTS = {
    # R1: header labels 「県名：」… with answers merged right; 作成日 a real date (yyyy/m/d); □/■ column B;
    #     texts right of the items; s5 「特になし」; note L22; 2nd sheet 「前年度」 = last year's copy.
    "富山県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "富山", "h.created": "2025-02-07", "h.author": "見本 昭", "h.checker": "見本 和子",
            "s1.progress_june": "団体生命共済の新規加入は12月末で目標の55％。\n保有件数は5月と比べて横ばい。",
            "s1.progress_since": "県支部と一緒に未達の単組を回り、退職予定者の名簿の確認をお願いした。",
            "s1.focus": "新採の同時加入を全単組で進めること。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は件数に応じて年2回支払っている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "1月に新採対策会議を開き、同時加入の方針を確認した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "再任用者向けのチラシを作り、説明会で配った。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "特になし",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を委員会で確認し、全単組に配った。",
        },
        "extras": ["※交付金の規程は今年度改定しました"],
        "flags": {},
        "debatable": {},
    },
    # R2: print titles; header answers two columns right (A → C); 「令和7年2月5日」; 一、…六、; 「・」 lists in s1;
    #     レ in a 実施 column left of ①… items (hidden list sheet), no □ anywhere; note J39.
    "兵庫県本部　報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "兵庫", "h.created": "2025-02-05", "h.author": "見本 進", "h.checker": "見本 桜",
            "s1.progress_june": "・新規加入は1月末で目標の63％\n・保有件数は前年5月比で101％",
            "s1.progress_since": "・11月に県支部と合同で12単組をオルグ\n・退職予定者の名簿を単組と確認中",
            "s1.focus": "・新採の同時加入の徹底\n・再任用者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、単組から使い道の報告を受けている。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入の申込書を単組に配り、説明会にも同行した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "説明会を2月に開き、対象者の8割が参加した。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "モデル単組の学習会に県支部と一緒に入った。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを代表者会議で紹介し、全単組に送付した。",
        },
        "extras": ["※学習会は3月に2回目を予定しています"],
        "flags": {},
        "debatable": {},
    },
    # R3: header top right (labels padded with full-width spaces); 「R7.2.14」; s1 answers right of the labels;
    #     □/■ inside the item cells, s3 item 5 bare (no glyph); s3 text with ■ bullets; note J20.
    "神奈川_取り組み報告書_R7.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "神奈川", "h.created": "2025-02-14", "h.author": "見本 大地", "h.checker": "見本 早苗",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の58％。\n保有件数は前年5月と比べて0.5％増えた。",
            "s1.progress_since": "横浜地区と県央地区で県支部との合同学習会を開いた。\n参加単組では加入が増えている。",
            "s1.focus": "退職予定者への継続加入の案内と、新採の同時加入。",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "交付金は規程どおり支払い、使途は年度末に報告を受けている。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": None,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "■１月２０日　新採対策会議を開催\n■２月　各単組に同時加入のチラシを配布",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False, "s4.text": "対象者の名簿を単組と確認した。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組3つの推進委員会に毎回出ている。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子の配布はしたが、代表者会議での説明はできなかった。",
        },
        "extras": ["※交付金規程は別紙のとおり"],
        "flags": {"s3.policy": "未回答"},
        "debatable": {"s3.policy": "the item's □ was deleted and nothing typed in its place (every other item has □ or ■): "
                                   "unanswered; a reader could guess the clerk meant to type ■ and forgot"},
    },
    # R4 (.xls): 「鹿児島県本部」; 作成日 a real date shown m/d; s1 boxes side by side; 実施済 / 未実施 / 検討中
    #            dropdown (hidden sheet 「選択肢」), s3 item 7 blank; s2 text blank; s6 「特になし」; note A51.
    "鹿児島県本部_報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "鹿児島", "h.created": "2025-02-05", "h.author": "見本 勝", "h.checker": "見本 美穂",
            "s1.progress_june": "新規加入は1月末で目標の44％。\n離島の単組で説明会が開けていないことが課題。",
            "s1.progress_since": "12月から県支部の担当者と離島の単組を順に回っている。\n1月までに5単組を訪問した。",
            "s1.focus": "新採の同時加入と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": None,
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": None,
            "s3.text": "新採説明会の資料を県本部で作り、単組に送った。\n県支部と合同で7単組をオルグした。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True, "s4.text": "対象者への案内文を単組と一緒に作った。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組2つの進捗を毎月の委員会で確認している。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": "特になし",
        },
        "extras": ["※確認者は3月末で退職予定のため、次回から変更します"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.study": _PENDING, "s6.propose": _PENDING},
    },
}

SURVEYS = {
    # S1: 「県本部：」… labels, answers merged right; 「1,234名」 「約80名」 「38.5％」 「約6％」; 時点 a real date;
    #     (1)…(11) texts with answers below, one 「特になし」, one blank; note F9; 2nd sheet 「R5」 = last year.
    "埼玉_見本市職員労働組合_実態共有用アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "埼玉", "h.union": "見本市職員労働組合", "h.writer": "見本 優", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1234, "org.members_r": 80, "org.rate_j": 38.5, "org.rate_r": 6,
            "org.nonmembers_j": 1890, "org.nonmembers_r": 1890, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 40, "intake.joined_j": 31, "intake.joined_r": 2, "intake.not_joined": 7,
            "texts.new_hire_main": "4月の採用前研修で30分の説明時間をもらい、その場で加入を呼びかけている。",
            "texts.new_hire_ideas": "青年部の組合員が説明に立ち、自分の体験を話している。",
            "texts.new_hire_worries": "競合も同じ研修の中で説明するため、違いが伝わりにくい。",
            "texts.nonmember_main": "異動の時期に職場ごとの名簿を確認し、未加入者に声をかけている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ニュースを毎月発行し、写真を多く載せている。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "市当局とは年2回交渉している。\n人員確保と会計年度任用職員の処遇改善が中心。",
            "texts.differentiation": "共済や福利厚生の窓口として頼られるようにしている。",
            "texts.questions": "競合と同じ職場での声かけの工夫",
            "texts.requests": "新採向けの動画やチラシをもっと用意してほしい。",
        },
        "extras": ["※組合員数は11月の組合費控除者数です"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S2 (.xls): labels padded with a full-width space, answers two columns right; full-width text numbers;
    #            0.415 / 0.055 in 0.0% cells; 「令和6年11月1日」; denominators added by the clerk; 「２０人」…;
    #            bold label rows with answers below; 「なし」; note F10.
    "千葉_見本町職員組合_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "千葉", "h.union": "見本町職員組合", "h.writer": "見本 勇気", "h.rival_union": "全労連・医労連",
            "org.members_j": 452, "org.members_r": 60, "org.rate_j": 41.5, "org.rate_r": 5.5,
            "org.nonmembers_j": 576, "org.nonmembers_r": 576, "org.as_of": "2024-11",
            "org.regular": 1020, "org.nonregular": 68,
            "intake.hired": 20, "intake.joined_j": 15, "intake.joined_r": 2, "intake.not_joined": 3,
            "texts.new_hire_main": "辞令交付式の後に15分の説明会を開き、加入届をその場で回収している。",
            "texts.new_hire_ideas": "説明会では先輩職員の1日を紹介するスライドを見せている。",
            "texts.new_hire_worries": "競合の説明会が先に行われると、新採が迷ってしまう。",
            "texts.nonmember_main": "職場の代議員を通じて、未加入者に年1回声をかけている。",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "教宣紙を月1回発行。\n役員会の報告をメールで全員に送っている。",
            "texts.sharing_worries": "出先の職場に情報が届くのが遅い。\nメールを見ない組合員もいる。",
            "texts.labor_relations": "町当局とは春と秋に交渉している。\n事務折衝は必要に応じて行い、関係は落ち着いている。",
            "texts.differentiation": "自治労の全国のネットワークと共済の給付の手厚さを伝えている。",
            "texts.questions": "医療職場の新採への説明の仕方",
            "texts.requests": "県本部の役員に説明会へ来てもらえるとありがたい。",
        },
        "extras": ["※組織率は人事課の職員数から計算しました"],
        "flags": {},
        "debatable": {},
    },
    # S3: numbered header labels 「１．県本部」…; 上部団体 dropdown from a hidden sheet 「list」; 2150 in a #,##0 cell,
    #     「２００程度」, 「約45％」, 「不明」; 時点 「R6.11.1」 on its own row; 「85人」…; 【label】 texts; note F3.
    "愛知県本部_見本市役所職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "愛知", "h.union": "見本市役所職員労働組合", "h.writer": "見本 千尋", "h.rival_union": "全労連・自治労連",
            "org.members_j": 2150, "org.members_r": 200, "org.rate_j": 45, "org.rate_r": None,
            "org.nonmembers_j": 2400, "org.nonmembers_r": 2400, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 85, "intake.joined_j": 60, "intake.joined_r": 5, "intake.not_joined": 20,
            "texts.new_hire_main": "・入庁式の翌日に説明会\n・その場で加入届と共済の申込書を回収",
            "texts.new_hire_ideas": "新採と年の近い役員が説明し、質問しやすい雰囲気にしている。",
            "texts.new_hire_worries": "採用人数が多く、全員に個別に声をかけきれない。",
            "texts.nonmember_main": "・職場ごとに未加入者の一覧を作成\n・分会長から声かけ",
            "texts.nonmember_worries": "未加入の理由を聞いても答えてもらえないことが多い。",
            "texts.visibility": "SNSとホームページで活動を紹介している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは定期的に交渉しており、関係は良好。\n昨年は人員要求で一部前進した。",
            "texts.differentiation": "競合にはない共済の仕組みと、全国の仲間の存在を伝えている。",
            "texts.questions": "大きな単組での未加入者対策の進め方",
            "texts.requests": "県本部で新採向けのイベントを開いてほしい。",
        },
        "extras": ["※記入者不在のため書記が代筆しました"],
        "flags": {"org.members_r": "概", "org.rate_j": "概", "org.rate_r": "不明"},
        "debatable": {},
    },
    # S4: print title row; 「山形県本部」; 「R6.12.1」; rates 27.2 / 0.9 as plain numbers; 「約1,000人」; intake in
    #     full-width text; ●label with the answer two columns away (C:H); last text 「同上」; note A42; 記入上の注意 sheet.
    "山形_見本村職労_実態アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "山形", "h.union": "見本村職員労働組合", "h.writer": "見本 拓海", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 380, "org.members_r": 12, "org.rate_j": 27.2, "org.rate_r": 0.9,
            "org.nonmembers_j": 1000, "org.nonmembers_r": 1000, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 15, "intake.joined_j": 12, "intake.joined_r": 0, "intake.not_joined": 3,
            "texts.new_hire_main": "新採の歓迎会を組合で開き、その場で加入をお願いしている。",
            "texts.new_hire_ideas": "説明は委員長と書記長の2人で行う。",
            "texts.new_hire_worries": "採用が毎年2〜3人で、説明の機会が少ない。",
            "texts.nonmember_main": "未加入者には家庭訪問で話をしている。",
            "texts.nonmember_worries": "家族の反対で加入しない人がいる。",
            "texts.visibility": "組合ニュースを紙で全員に配っている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "村当局とは年1回交渉している。\n小さい役場なので話し合いはしやすい。",
            "texts.differentiation": "競合は病院の職員が中心なので、役場の仕事に合った要求を出している。",
            "texts.questions": "少人数の単組での役員の確保の工夫",
            "texts.requests": "同上",
        },
        "extras": ["※競合組合の数字は推計です"],
        "flags": {"org.nonmembers_j": "概", "org.nonmembers_r": "概"},
        "debatable": {"texts.requests": "「同上」 (same as above) kept as typed; a clerk could copy the answer above it "
                                        "(「少人数の単組での役員の確保の工夫」) into this field"},
    },
}

FILES = {**REPORTS, **SURVEYS}
