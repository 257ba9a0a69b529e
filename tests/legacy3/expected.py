"""Expected readings of the tests/legacy3 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human would (hidden rows and
columns are last year's answers, not this year's; never taken from the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

REPORTS = {
    # R1: two halves (s1–3 left, s4–6 right, level with s1); ☑/□ column; texts one sentence per row.
    "岐阜県本部_共済推進報告（左右2段）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岐阜", "h.created": "2025-02-12", "h.author": "見本 花子", "h.checker": "見本 次郎",
            "s1.progress_june": "新規加入は前年同期を少し上回っている。\n保有件数の目標にはまだ届いていない。",
            "s1.progress_since": "10月に単組代表者会議で進捗を共有した。\n未達の単組には個別に電話した。\n"
                                 "1月からスポット募集を始めた。",
            "s1.focus": "青年部と合同で新採向けの学習会を開く。\n退職予定者への案内を早める。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は単組の申請にもとづき支払った。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False, "s3.text": "新採対策会議で単組ごとの計画を確認した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False, "s4.text": "退職前説明会を2か所で開いた。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "モデル単組を県支部と一緒に訪問した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子の要点を役員会で読み合わせた。",
        },
        "extras": ["※本報告は県支部長と確認済みです"],
        "flags": {},
        "debatable": {},
    },
    # R2: labels right of the answers; TRUE/FALSE right of the items (今年度); hidden column A = 前年度.
    "報告書_三重県本部.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "三重", "h.created": "2025-02-06", "h.author": "見本 三郎", "h.checker": "見本 四郎",
            "s1.progress_june": "加入件数は目標の6割まで来ている。",
            "s1.progress_since": "秋から単組訪問を月2回に増やした。",
            "s1.focus": "新採の同時加入を全単組で進める。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金の使い道を年度末に報告してもらう。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False, "s3.text": "新採向けの案内文を県本部で作った。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False, "s4.text": None,
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組の執行委員会に毎月出ている。",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "マニュアルを新任役員研修で使った。",
        },
        "extras": ["※数字は1月末現在"],
        "flags": {},
        "debatable": {},
    },
    # R3: two sheets; 「実施：②③⑤⑥」 lists the done items; 「実施：なし」 in section 6.
    "奈良県本部 報告書（2枚）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "奈良", "h.created": "2025-02-14", "h.author": "見本 五郎", "h.checker": "見本 六子",
            "s1.progress_june": "新規加入は前年の同じ時期より30件多い。",
            "s1.progress_since": "11月に県支部と合同で全単組を訪問した。",
            "s1.focus": "未加入の若手への声かけを続ける。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金の規程を単組に改めて配った。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False, "s3.text": "新採説明会の日程を単組と調整した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True, "s4.text": "再任用予定者の名簿を単組から集めた。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組の目標を毎月確認している。",
            "s6.review": False, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": "マニュアルは4月に配る予定。",
        },
        "extras": ["※問い合わせは県本部書記局までお願いします"],
        "flags": {},
        "debatable": {k: "「実施：…」 lists the done items only; an item not listed is 未実施 "
                         "(a cautious reader could say 未回答)"
                      for k in ("s2.usage_known", "s3.tools", "s3.meeting", "s3.simul_plan", "s4.briefing")},
    },
    # R4 (.xls): hidden rows of last year's texts; spaces and line breaks; s4 unmarked but
    #            「いずれも実施していない」 in its text; s5 text blank.
    "鳥取県本部報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "鳥取", "h.created": "2025-02-17", "h.author": "見本 七海", "h.checker": "見本 八郎（書記長）",
            "s1.progress_june": "加入件数は目標の5割にとどまる。\n単組ごとの差が大きい。",
            "s1.progress_since": "12月に全単組へ文書で進捗を知らせた。",
            "s1.focus": "新採の同時加入を進める。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は年2回、単組へ支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True, "s3.text": "新採向けの説明資料を県支部と作った。",
            "s4.policy": False, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "今年度は、いずれも実施していない。\n来年度に説明会を計画中。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": None,
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を全単組に配り、役員会で説明した。",
        },
        "extras": ["※作成日の時点で集計中の単組があります"],
        "flags": {},
        "debatable": {k: "no mark on the item (the file uses □ elsewhere), but the section's text says "
                         "「いずれも実施していない」: 未実施 from the words, 未回答 from the marks alone"
                      for k in ("s4.policy", "s4.briefing", "s4.appeal")},
    },
}

SURVEYS = {
    # S1: union name only in the title; text numbers with commas / full width; 0.452 in 0.0%; 「2024/11/01」.
    "島根_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "島根", "h.union": "見本市職員労働組合", "h.writer": "見本 九美", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1250, "org.members_r": 3400, "org.rate_j": 45.2, "org.rate_r": 61.3,
            "org.nonmembers_j": 1520, "org.nonmembers_r": 1500, "org.as_of": "2024-11",
            "org.regular": 2310, "org.nonregular": 450,
            "intake.hired": 120, "intake.joined_j": 35, "intake.joined_r": 70, "intake.not_joined": 15,
            "texts.new_hire_main": "入庁式の翌日に説明会を開いている。",
            "texts.new_hire_ideas": "若手組合員が案内役を務めている。",
            "texts.new_hire_worries": "競合の勧誘が入庁前から始まる。",
            "texts.nonmember_main": "年1回、未加入者に手紙を送っている。",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "活動報告を掲示板に貼り出している。",
            "texts.sharing_worries": "出先職場に情報が届きにくい。",
            "texts.labor_relations": "賃金交渉を年3回行っている。",
            "texts.differentiation": "共済の給付事例を紹介している。",
            "texts.questions": "競合のある単組の説明会の進め方",
            "texts.requests": "説明会用の資料を共通化してほしい。",
        },
        "extras": ["※人数は11月1日現在の数字です"],
        "flags": {},
        "debatable": {},
    },
    # S2: two halves (texts 4–11 on the right, level with the header); 「R6.11」; one sentence per row.
    "香川県本部_見本町職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "香川", "h.union": "見本町職員労働組合", "h.writer": "見本 十和", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 88, "org.members_r": 40, "org.rate_j": 52.1, "org.rate_r": 23.7,
            "org.nonmembers_j": 41, "org.nonmembers_r": 41, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 6, "intake.joined_j": 4, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "入庁式の後に説明会を開いた。\n配属先の先輩が声をかけた。",
            "texts.new_hire_ideas": "説明は10分以内にまとめている。",
            "texts.new_hire_worries": "競合と同じ日に説明会がある。\nどちらにも入らない人が増えた。\n説明の時間が足りない。",
            "texts.nonmember_main": "年度初めに個別に声をかけている。",
            "texts.nonmember_worries": "断られた人への再度の声かけが難しい。\n担当者が少ない。",
            "texts.visibility": "月1回ニュースを出している。\n写真を多く載せている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "労使関係は安定している。\n交渉は競合と別に行っている。",
            "texts.differentiation": "共済と全国の仲間の存在を伝えている。",
            "texts.questions": "小規模単組での説明会の工夫",
            "texts.requests": "説明会に講師を派遣してほしい。\n交流会を続けてほしい。",
        },
        "extras": ["※数字は書記局で確認済みです"],
        "flags": {},
        "debatable": {},
    },
    # S3: two sheets; hidden rows of last year's numbers above this year's; spaces; no competitor.
    "大分_見本村職_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "大分", "h.union": "見本村職員組合", "h.writer": "見本 一葉", "h.rival_union": "なし",
            "org.members_j": 32, "org.members_r": None, "org.rate_j": 71.1, "org.rate_r": None,
            "org.nonmembers_j": 13, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 3, "intake.joined_j": 2, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "入庁時に庁舎の会議室で説明会を開いた。",
            "texts.new_hire_ideas": "手作りの案内を渡している。",
            "texts.new_hire_worries": "人数が少なく、説明会を開きにくい。",
            "texts.nonmember_main": "職場を回って声をかけている。",
            "texts.nonmember_worries": "特にない。",
            "texts.visibility": "年2回、活動の報告会を開く。\n写真入りのニュースも配る。",
            "texts.sharing_worries": None,  # a cell holding two spaces only
            "texts.labor_relations": "村当局とは年1回交渉している。",
            "texts.differentiation": "なし",
            "texts.questions": "他の小さな単組の様子を知りたい。",
            "texts.requests": "研修会の日程を早めに知らせてほしい。",
        },
        "extras": ["※前年度の数字は非表示にしています"],
        "flags": {},
        "debatable": {},
    },
    # S4: labels right of the answers; 0.38 in a 0% cell; 「不明」; 未加入者数 blank with a note.
    "アンケート_沖縄_見本市職労.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "沖縄", "h.union": "見本市職員労働組合", "h.writer": "見本 三奈", "h.rival_union": "全労連・自治労連",
            "org.members_j": 640, "org.members_r": 900, "org.rate_j": 38, "org.rate_r": 53.2,
            "org.nonmembers_j": None, "org.nonmembers_r": None, "org.as_of": "2024-10",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 45, "intake.joined_j": 12, "intake.joined_r": 30, "intake.not_joined": None,
            "texts.new_hire_main": "入庁前の研修で説明の時間をもらった。",
            "texts.new_hire_ideas": "先輩職員の体験談を話してもらっている。",
            "texts.new_hire_worries": "競合の方が人数が多く、先に声をかけられる。",
            "texts.nonmember_main": "昼休みに職場を回っている。",
            "texts.nonmember_worries": "断る理由を聞けていない。",
            "texts.visibility": "SNSで行事の写真を出している。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "年2回の団体交渉を行っている。",
            "texts.differentiation": "共済の手厚さを説明している。",
            "texts.questions": None,
            "texts.requests": "若手向けの交流会を開いてほしい。",
        },
        "extras": ["※競合の人数は概数です", "（把握していないため空欄）"],
        "flags": {"org.members_r": "概", "org.nonmembers_j": "不明", "org.nonmembers_r": "不明"},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
