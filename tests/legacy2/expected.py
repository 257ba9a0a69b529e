"""Expected readings of the tests/legacy2 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human would (never taken from
the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

INF = "推定"  # an unmarked item in a file that marks done items only: 未実施（推定）

REPORTS = {
    # R1: cover sheet; 「県名：山梨県」; ○ typed left of done items only (no □ anywhere).
    "山梨県本部_取り組み報告書（令和7年2月）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "山梨", "h.created": "2025-02-03", "h.author": "試験 花子", "h.checker": "試験 太郎",
            "s1.progress_june": "加入件数は前年並みで推移している。\n保有目標まではあと120件。",
            "s1.progress_since": "12月に県支部と合同で単組を回った。",
            "s1.focus": "青年部と連携して新採向け説明会を開く。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "規程どおり年2回に分けて支払った。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": False, "s3.simul_plan": True, "s3.text": "新採向けのチラシを全単組に送付した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": False, "s4.text": None,
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組の役員会に毎月参加している。",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "マニュアルを役員研修の教材として使った。",
        },
        "extras": ["※新採対策会議は3月に開催予定"],
        "flags": {k: INF for k in ("s2.usage_known", "s3.joint_org", "s3.policy", "s3.simul_policy", "s4.policy",
                                   "s4.appeal", "s6.review", "s6.announce")},
        "debatable": {k: "○ on done items only and no □: unmarked = 未実施 per DOMAIN, a cautious reader could say 未回答"
                      for k in ("s2.usage_known", "s3.joint_org", "s3.policy", "s3.simul_policy", "s4.policy",
                                "s4.appeal", "s6.review", "s6.announce")},
    },
    # R2: header answers in the row below the labels; 実施/未実施 words in column G.
    "石川県本部　報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "石川", "h.created": "2025-02-07", "h.author": "試験 一美", "h.checker": "試験 二美",
            "s1.progress_june": "・新規加入は目標の半分程度\n・保有件数は微増",
            "s1.progress_since": "秋の推進月間に単組訪問を強めた。",
            "s1.focus": "退職予定者に継続加入を案内する。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金の使途を年度末に報告してもらっている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": None, "s3.simul_plan": True, "s3.text": "4月の入庁式にあわせて説明会を設定した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True, "s4.text": "再任用予定者の名簿を単組から集めた。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": None,
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を全単組に郵送した。",
        },
        "extras": ["※交付金の金額は別紙のとおり"],
        "flags": {"s3.simul_policy": "未回答"},
        "debatable": {},
    },
    # R3: spaced header labels, 「R7.2.10」, 「愛媛県本部」; ○/× in column F right of the items.
    "愛媛報告書_R7.2.10.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "愛媛", "h.created": "2025-02-10", "h.author": "試験 三郎（書記長）", "h.checker": "試験 四郎",
            "s1.progress_june": "新規加入は12月時点で目標の6割。",
            "s1.progress_since": "単組代表者会議で進捗を共有した。\n未達単組に個別に連絡した。",
            "s1.focus": "新採の同時加入率を上げる。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は単組の推進行動に使うよう依頼した。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False, "s3.text": "県支部と合同で新採オルグを行った。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True, "s4.text": "説明会で共済の継続加入を案内した。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "モデル単組の会議に出席した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": None,
            "s6.text": "要点を一枚のチラシにした。",
        },
        "extras": ["※交付金の支払いは3月の予定"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {},
    },
    # R4: 「県名　静岡県」, 「作成者：…／確認者：…」 in one cell, date with (月);
    #     each section a table 取り組み内容 | 実施 | 未実施 with ○ in one of the two columns.
    "静岡県本部_報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "静岡", "h.created": "2025-02-03", "h.author": "試験 五子", "h.checker": "試験 六子",
            "s1.progress_june": "地域ごとの推進会議で目標を確認した。",
            "s1.progress_since": "未加入の多い単組に絞って訪問した。",
            "s1.focus": "若い組合員への説明の機会を作る。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "・交付金の規程を見直した\n・使途の報告書を様式化した",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True, "s3.text": "新採説明会の資料を県本部で作成した。",
            "s4.policy": False, "s4.briefing": False, "s4.appeal": True, "s4.text": "退職前説明会で共済を案内した。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "進捗を毎月の委員会で報告している。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": None, "s6.text": None,
        },
        "extras": ["※担当：試験 七子（内線123）"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {},
    },
}

SURVEYS = {
    # S1: 「県本部：茨城県本部」 label：answer cells; units; ■ before the text labels, answers below.
    "アンケート回答_茨城_試験第3職員労働組合.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "茨城", "h.union": "試験第3職員労働組合", "h.writer": "試験 花子", "h.rival_union": "なし",
            "org.members_j": 1200, "org.members_r": 30, "org.rate_j": 78.5, "org.rate_r": 2,
            "org.nonmembers_j": 300, "org.nonmembers_r": None, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 15, "intake.joined_j": 12, "intake.joined_r": 0, "intake.not_joined": 3,
            "texts.new_hire_main": "配属先の職場で個別に説明している。",
            "texts.new_hire_ideas": "先輩組合員と一緒に声をかけている。",
            "texts.new_hire_worries": "説明会の時間が短い。",
            "texts.nonmember_main": "年2回の加入呼びかけ。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "機関紙をメールでも配っている。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "人員確保を重点に交渉している。",
            "texts.differentiation": "共済の手厚さを伝えている。",
            "texts.questions": "他の単組の新採歓迎会の様子",
            "texts.requests": "新採向けの動画を作ってほしい。",
        },
        "extras": ["※提出が遅れて申し訳ありません"],
        "flags": {"org.members_r": "概", "org.rate_r": "概", "org.nonmembers_r": "不明"},
        "debatable": {},
    },
    # S2: 記入要領 cover sheet; header answers below the labels; pairs transposed (自治労/競合 rows);
    #     時点 a date cell in 和暦 format; intake header row + value row; ①…⑪ labels, answers right.
    "実態アンケート（栃木・試験町職員組合）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "栃木", "h.union": "試験町職員組合", "h.writer": "試験 一子", "h.rival_union": "全労連・自治労連",
            "org.members_j": 210, "org.members_r": 95, "org.rate_j": 41.2, "org.rate_r": 18.6,
            "org.nonmembers_j": 300, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": 480, "org.nonregular": 30,
            "intake.hired": 20, "intake.joined_j": 8, "intake.joined_r": 7, "intake.not_joined": 5,
            "texts.new_hire_main": "職場ごとに昼休みの説明会を開いた。",
            "texts.new_hire_ideas": "なし",
            "texts.new_hire_worries": "競合の説明会が先に行われる。",
            "texts.nonmember_main": "未加入者名簿を作って訪問。",
            "texts.nonmember_worries": "声をかける担当者が足りない。",
            "texts.visibility": "SNSで活動報告を載せている。",
            "texts.sharing_worries": "掲示物を見てもらえない。",
            "texts.labor_relations": "月1回の労使協議を行っている。",
            "texts.differentiation": "学習会を多く開いている。",
            "texts.questions": None,
            "texts.requests": "競合対策の資料がほしい。",
        },
        "extras": ["※記入者不在のため代理で提出します"],
        "flags": {"org.nonmembers_j": "概", "org.nonmembers_r": "不明"},
        "debatable": {},
    },
    # S3: (1)… numbering, a 「：」 column; 「45.2％」「大多数」; 時点 in a 備考 column; 「うち…」 intake labels.
    "試験市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "福井", "h.union": "試験市職員労働組合", "h.writer": "試験 二郎", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 450, "org.members_r": 120, "org.rate_j": 45.2, "org.rate_r": 12.0,
            "org.nonmembers_j": 50, "org.nonmembers_r": None, "org.as_of": "2024-10",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 22, "intake.joined_j": 18, "intake.joined_r": 2, "intake.not_joined": 2,
            "texts.new_hire_main": "入庁初日に説明会を開いた。",
            "texts.new_hire_ideas": "特になし",
            "texts.new_hire_worries": "加入を迷う新採が多い。",
            "texts.nonmember_main": "年度途中の採用者にも声をかけた。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "ホームページを更新している。",
            "texts.sharing_worries": "回覧が止まってしまう。",
            "texts.labor_relations": None,
            "texts.differentiation": "自治労共済の説明を重視している。",
            "texts.questions": None,
            "texts.requests": "なし",
        },
        "extras": ["※数字は概数です"],
        "flags": {"org.nonmembers_r": "読"},
        "debatable": {"org.as_of": "令和6年10月時点 sits in a 備考 column beside the rate row, not under a 時点 label"},
    },
    # S4: every text label and its answer in ONE merged cell (「【label】\nanswer」);
    #     header labels merged A:B with the answer in C; 「８人」; 「－」; 時点 a date cell.
    "群馬_試験村職組_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "群馬", "h.union": "試験村職員組合", "h.writer": "試験 三子", "h.rival_union": "全労連・医労連",
            "org.members_j": 8, "org.members_r": 2, "org.rate_j": 35.0, "org.rate_r": 9,
            "org.nonmembers_j": 12, "org.nonmembers_r": None, "org.as_of": "2025-01",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 8, "intake.joined_j": 6, "intake.joined_r": 0, "intake.not_joined": 2,
            "texts.new_hire_main": "入庁式の後に説明会を開いている。",
            "texts.new_hire_ideas": "若手役員が説明役を担っている。",
            "texts.new_hire_worries": "説明会への出席が少ない。",
            "texts.nonmember_main": "なし",
            "texts.nonmember_worries": None,
            "texts.visibility": "組合ニュースを毎月配っている。",
            "texts.sharing_worries": "職場が広く回りきれない。",
            "texts.labor_relations": "労使関係は良好で、定期的に協議している。",
            "texts.differentiation": "なし",
            "texts.questions": "未加入者への声かけの工夫",
            "texts.requests": "特になし",
        },
        "extras": ["提出日：2025/2/14"],
        "flags": {},
        "debatable": {"org.nonmembers_r": "「－」 can mean 0 (none) as well as 'no answer'"},
    },
}

FILES = {**REPORTS, **SURVEYS}
