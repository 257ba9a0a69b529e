"""Expected readings of the tests/legacy7 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human clerk would (a memo sheet, an
instructions sheet, untouched default sheets, a hidden list sheet and a hidden last-year
copy hold no answers; a printed instruction or the printed 組織率 formula is part of the
form, not a note; never taken from the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_NO_RIVAL = ("「－」 in the competitor column (上部団体 「なし」: there is no competing union): blank as typed; "
             "a clerk could also write 0, or copy the shared 未加入者数")
_SHOWN_ROUNDED = ("the cell holds {v} in a 0% format, so the sheet SHOWS 「{shown}%」: the stored value gives {pts}; a "
                  "clerk reading the printed page would type {shown}")

REPORTS = {
    # R1 (XlsxWriter): 【】 labels; a real date shown yyyy年m月d日; 第1…; section 1 one line per row;
    #     ✔ in a 実施 column right of the items (no □); s2 「特になし」; note A51; メモ sheet.
    "東京都本部_共済推進取り組み報告書_0212.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "東京", "h.created": "2025-02-12", "h.author": "見本 健一", "h.checker": "見本 由美",
            "s1.progress_june": "・団体生命共済の新規加入は1月末で目標の61％にとどまっている。\n"
                                "・保有件数は前年5月比で99.2％と、わずかに減少した。",
            "s1.progress_since": "・10月から12月にかけて、県支部と23単組を訪問した。\n"
                                 "・多摩地区では退職者への継続加入の案内が遅れている。",
            "s1.focus": "・新採の同時加入と、役職定年者への継続加入の案内を進める。",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "特になし",
            "s3.tools": True, "s3.joint_org": False, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "12月の新採対策会議で、同時加入の申込書セットを配ることを確認した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "役職定年者の名簿を人事当局から得ている単組に、説明会の開催をお願いした。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "モデル単組の推進委員会で毎月の件数を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを1月の単組代表者会議で配り、使い方を説明した。",
        },
        "extras": ["※23単組の訪問には県支部単独の訪問を含みません。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (openpyxl): print titles; 「県本部名：」 labels; 「R7年2月18日」; Ⅰ．…Ⅵ．; 「　☑　item」 / 「　□　item」, s5 ■;
    #     s6 items 3-4 wrapped inside the cell; s4 text blank; note J7.
    "宮城県本部_報告書（2月）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "宮城", "h.created": "2025-02-18", "h.author": "見本 直樹", "h.checker": "見本 里美",
            "s1.progress_june": "団体生命共済の新規加入は12月末で目標の57.8％。\n"
                                "保有件数は2024年5月と比べて100.3％と、わずかに増えている。",
            "s1.progress_since": "沿岸部の単組を中心に、県支部と合同で学習会を9回開いた。\n"
                                 "参加者アンケートでは、共済の内容を初めて知ったという声が多かった。",
            "s1.focus": "学習会に参加した組合員への個別の加入案内。\n新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "交付金は新規件数1件あたりの単価で、半期ごとに支払っている。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True,
            "s3.text": "1月に県本部新採対策会議を開き、単組ごとの説明会の日程を確認した。\n"
                       "同時加入のチラシを県本部で作成し、全単組に送った。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True, "s4.text": None,
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "モデル単組2つの推進委員会に県本部役員が出席し、進捗を確認している。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを全単組に郵送した。\n代表者会議で活用方法を説明した。",
        },
        "extras": ["※①は6月の合同会議で報告した内容の再掲です"],
        "flags": {},
        "debatable": {},
    },
    # R3 (.xls): header in one row; a real date shown yyyy.m.d; 1.…6.; TRUE/FALSE in column A left of the items,
    #     s4 item 2 blank; s6 text 「特になし」; note J25; 記入要領 sheet.
    "福島県本部_報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "福島", "h.created": "2025-02-17", "h.author": "見本 光", "h.checker": "見本 恵",
            "s1.progress_june": "新規加入は1月末で目標の49％。\n保有件数は前年5月とほぼ同じ。",
            "s1.progress_since": "県支部と地区ごとの推進会議を開き、単組ごとの目標を確認した。\n"
                                 "会津地区の単組訪問は雪のため2月に延期した。",
            "s1.focus": "退職予定者への継続加入の案内と、新採の同時加入。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程どおり支払い、単組から年度末に使途の報告書を出してもらっている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "浜通り・中通り・会津の3地区で、単組役員向けの学習会を開いた。",
            "s4.policy": True, "s4.briefing": None, "s4.appeal": False,
            "s4.text": "再任用予定者の名簿を単組に照会している。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "県支部と合同でモデル単組の執行委員会に入った。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": True,
            "s6.text": "特になし",
        },
        "extras": ["※学習会の資料は県支部が作成しました"],
        "flags": {"s4.briefing": "未回答"},
        "debatable": {"s4.briefing": "its 実施 cell is empty while every other item holds TRUE or FALSE: unanswered; a "
                                     "reader used to check boxes (unticked = FALSE) could read it as 未実施"},
    },
    # R4 (XlsxWriter): print titles; 「県　名」 「大阪府本部」; 「2025年2月19日」; two 作成者; (一)…(六); ● bullets;
    #     実施 / 未実施 dropdown, s3 item 4 「2月予定」, s6 item 4 blank; note A52.
    "大阪府本部　取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "大阪", "h.created": "2025-02-19", "h.author": "見本 翔太・見本 茜", "h.checker": "見本 誠",
            "s1.progress_june": "●新規加入は1月末で目標の52.4％\n●保有件数は前年5月比で98.9％",
            "s1.progress_since": "●府内4ブロックで単組代表者会議を開き、進捗を共有した\n●衛星都市の単組で退職者説明会を6回開催した",
            "s1.focus": "●新採の同時加入\n●再任用者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "交付金は規程にもとづき年1回、件数に応じて支払っている。\n使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "2月下旬に府本部新採対策会議を開く予定。\n同時加入に向けたツールはデジタル申込の案内カードを作成した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True, "s4.text": "説明会の案内を各単組の書記局に送った。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "推進委員会で毎月の実績を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": None,
            "s6.text": "マニュアルの冊子を執行委員会で確認し、各単組に配布した。",
        },
        "extras": ["※(三)の新採対策会議は2月26日に開催予定です。"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {"s3.meeting": "「2月予定」 in the 実施状況 column (the dropdown offers 実施 / 未実施; the text and the "
                                    "note say the meeting is on 2月26日, after the report): not held yet, so 未実施; "
                                    "a cautious reader could keep it unknown"},
    },
    # R5 (openpyxl): prefecture also in the title; 「2025/2/20」 text; freeze pane; section numbers in their own cell;
    #     「」 labels; レ typed left of the printed □ (s5: none); s3 text as two lines; note A52; Sheet2/Sheet3 empty.
    "報告書_岩手県本部.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岩手", "h.created": "2025-02-20", "h.author": "見本 隆", "h.checker": "見本 陽子",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の66％。\n保有件数は前年5月比で100.8％と増えている。",
            "s1.progress_since": "内陸部と沿岸部で推進会議を1回ずつ開いた。\n沿岸部では単組役員の交代が多く、引き継ぎが課題。",
            "s1.focus": "役員交代のあった単組への学習会の支援。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "支払いはしているが、単組での使い道までは確認できていない。",
            "s3.tools": False, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "・12月に新採対策会議を開催した。\n・同時加入の方針を単組に文書で提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "退職予定者向けの説明会を3単組で開いた。\n共済のチラシを再任用者に配った。",
            "s5.progress": False, "s5.joint_org": False,
            "s5.text": "モデル単組は県支部が担当しているため、県本部は関わっていない。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": "執行委員会で冊子を確認した。",
        },
        "extras": ["※作成日は執行委員会での確認日です。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter): close to the printed form (上部団体 row 「自治労 | 全労連・自治労連 | ←プルダウンから選択」);
    #     #,##0 numbers; 0.452 / 0.030 in 0.0% cells; 「2024年11月時点」 beside the rates; competitor 未加入者数 blank;
    #     label | answer on one row; 「特になし」, one blank; note H7.
    "静岡_見本市職員労働組合_実態共有用アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "静岡", "h.union": "見本市職員労働組合", "h.writer": "見本 悠斗", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1420, "org.members_r": 95, "org.rate_j": 45.2, "org.rate_r": 3.0,
            "org.nonmembers_j": 1627, "org.nonmembers_r": None, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 48, "intake.joined_j": 39, "intake.joined_r": 1, "intake.not_joined": 8,
            "texts.new_hire_main": "採用時研修の昼休みに説明会を開き、加入届と団体生命共済の申込書を同時に配っている。",
            "texts.new_hire_ideas": "説明会の後、配属先の職場委員が1週間以内に声をかけるようにしている。",
            "texts.new_hire_worries": "会計年度任用職員の採用が通年で、説明の機会をつくりにくい。",
            "texts.nonmember_main": "夏と冬の一時金闘争の時期に、未加入者へ職場訪問をしている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "交渉の結果を当日中に電子掲示板へ掲載している。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "市当局とは年3回の団体交渉を行っている。\n時間外勤務の縮減で一定の前進があった。",
            "texts.differentiation": "共済の給付事例を紹介し、自治労の安心感を伝えている。",
            "texts.questions": "会計年度任用職員の加入を増やした事例",
            "texts.requests": "新採説明会で使える短い動画がほしい。",
        },
        "extras": ["※競合の人数は組合ニュースからの推計"],
        "flags": {},
        "debatable": {},
    },
    # S2 (openpyxl): print titles; 「県本部：」 labels; 上部団体 「なし」, competitor 「－」; full-width text numbers with
    #     units, 「約７８０人」, 「２８．５％」; 「R6年12月1日現在」; 「１．」… labels, answers one line per row (・);
    #     「特になし」; hidden list sheet; note A56.
    "青森県本部_見本町職労_アンケート回答.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "青森", "h.union": "見本町職員労働組合", "h.writer": "見本 康平", "h.rival_union": "なし",
            "org.members_j": 312, "org.members_r": None, "org.rate_j": 28.5, "org.rate_r": None,
            "org.nonmembers_j": 780, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 18, "intake.joined_j": 14, "intake.joined_r": 0, "intake.not_joined": 4,
            "texts.new_hire_main": "・辞令交付式の後、組合の説明時間を20分もらっている。\n・説明後に加入届を回収している。",
            "texts.new_hire_ideas": "・説明は青年部長が担当し、若手の目線で話してもらう。",
            "texts.new_hire_worries": "・役場の採用が少なく、毎年の説明会が形だけになりがち。",
            "texts.nonmember_main": "・未加入者に組合ニュースを配り、行事にも誘っている。",
            "texts.nonmember_worries": "・加入しない理由が「会費が高い」に集中している。",
            "texts.visibility": "・行事の写真を庁内の掲示板に貼っている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "・町当局とは春と秋に交渉。\n・昨年は特殊勤務手当の見直しで合意した。",
            "texts.differentiation": "競合組合なし",
            "texts.questions": "・小規模単組の役員の担い手づくり",
            "texts.requests": "・県本部の学習会を地方でも開いてほしい。",
        },
        "extras": ["※組織率は正規職員のみで計算しています"],
        "flags": {"org.nonmembers_j": "概"},
        "debatable": {"org.members_r": _NO_RIVAL, "org.rate_r": _NO_RIVAL, "org.nonmembers_r": _NO_RIVAL},
    },
    # S3 (.xls): instructions sheet first; 【】 labels; 52.2 / 11.5 in 0.0"%" cells; 正規 / 会計年度任用 given;
    #     時点 a real date shown yyyy年m月; ①…⑪ labels with answers below; 「なし」 「特になし」; note E9.
    "奈良_見本村職員組合_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "奈良", "h.union": "見本村職員組合", "h.writer": "見本 舞", "h.rival_union": "全労連・医労連",
            "org.members_j": 186, "org.members_r": 41, "org.rate_j": 52.2, "org.rate_r": 11.5,
            "org.nonmembers_j": 129, "org.nonmembers_r": 129, "org.as_of": "2024-11",
            "org.regular": 301, "org.nonregular": 55,
            "intake.hired": 9, "intake.joined_j": 7, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "●採用前の説明会で組合と共済を紹介している。\n●加入届はその場で回収。",
            "texts.new_hire_ideas": "村の先輩職員から、組合に入ってよかった体験を話してもらう。",
            "texts.new_hire_worries": "診療所の新採は競合の説明を先に受けることが多い。",
            "texts.nonmember_main": "未加入者には年1回、委員長が個別に話をしている。",
            "texts.nonmember_worries": "競合から移ってくる人がほとんどいない。",
            "texts.visibility": "組合の活動報告を年4回、全職員に配っている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "村当局とは年2回交渉。\n診療所の人員確保を重点にしている。",
            "texts.differentiation": "役場の職場に根ざした要求づくりを大事にしている。",
            "texts.questions": "医療職場で競合と並んでいる単組の取り組み",
            "texts.requests": "特になし",
        },
        "extras": ["※競合の人数は分会長からの聞き取りによる"],
        "flags": {},
        "debatable": {},
    },
    # S4 (XlsxWriter): freeze pane; 「県本部：熊本」 label and answer in one cell; text numbers 「1,045」, 「41.8%」 /
    #     「8.4％」, 「約1,250」; 「R6.10.1時点」 in 備考; ■label rows; 「特になし」, last blank; hidden 「R5回答」; note A65.
    "熊本県本部_見本町職員組合.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "熊本", "h.union": "見本町職員組合", "h.writer": "見本 翼", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1045, "org.members_r": 210, "org.rate_j": 41.8, "org.rate_r": 8.4,
            "org.nonmembers_j": 1250, "org.nonmembers_r": 1250, "org.as_of": "2024-10",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 32, "intake.joined_j": 25, "intake.joined_r": 3, "intake.not_joined": 4,
            "texts.new_hire_main": "・採用前研修で組合と共済の説明を30分。\n・加入届は研修の最後に回収。",
            "texts.new_hire_ideas": "若手役員が自分の給与明細を見せて、共済の掛金を説明している。",
            "texts.new_hire_worries": "競合の勧誘が入庁前から始まっている。",
            "texts.nonmember_main": "職場ごとに未加入者を洗い出し、役員が分担して声をかけている。",
            "texts.nonmember_worries": "会計年度任用職員の未加入者が多い。",
            "texts.visibility": "組合だよりをLINEでも配信している。",
            "texts.sharing_worries": "紙とLINEの両方を作る手間がかかる。",
            "texts.labor_relations": "町当局とは定期的に協議しており、関係は良好。",
            "texts.differentiation": "特になし",
            "texts.questions": "競合と同じ職場での共済の勧め方",
            "texts.requests": None,
        },
        "extras": ["※組織率は総務課の職員数（2,500人）から計算"],
        "flags": {"org.nonmembers_j": "概", "org.nonmembers_r": "概"},
        "debatable": {},
    },
    # S5 (openpyxl): print titles; 「県本部：」 labels; full-width text members; 0.318 / 0.056 in 0% cells (shown 32% /
    #     6%); 時点 a real date; intake as a horizontal table; label | answer over two rows; 「なし」 「特にありません」;
    #     note H10; empty Sheet2.
    "秋田_見本湖市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "秋田", "h.union": "見本湖市職員労働組合", "h.writer": "見本 颯太", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 580, "org.members_r": 102, "org.rate_j": 31.8, "org.rate_r": 5.6,
            "org.nonmembers_j": 1142, "org.nonmembers_r": 1142, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 26, "intake.joined_j": 19, "intake.joined_r": 2, "intake.not_joined": 5,
            "texts.new_hire_main": "入庁式の午後に組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会で配る資料を1枚にまとめ、読みやすくした。",
            "texts.new_hire_worries": "競合も同じ日に説明会を開くため、新採が迷う。",
            "texts.nonmember_main": "未加入者の多い職場に執行委員が出向いている。",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "ホームページを作り直し、行事の様子を載せている。",
            "texts.sharing_worries": "若い組合員ほど情報が届いていない。",
            "texts.labor_relations": "市当局とは月1回の事務折衝を行っている。\n秋の確定交渉では一時金の上積みを求めた。",
            "texts.differentiation": "共済と福利厚生の充実を前面に出している。",
            "texts.questions": "特にありません",
            "texts.requests": "新採向けの共済パンフレットを早めに届けてほしい。",
        },
        "extras": ["※組織率は会計年度任用職員を含めて計算"],
        "flags": {},
        "debatable": {"org.rate_j": _SHOWN_ROUNDED.format(v="0.318", shown="32", pts="31.8"),
                      "org.rate_r": _SHOWN_ROUNDED.format(v="0.056", shown="6", pts="5.6")},
    },
}

FILES = {**REPORTS, **SURVEYS}
