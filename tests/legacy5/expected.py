"""Expected readings of the tests/legacy5 fixtures, typed BY HAND from what build.py
puts in each cell, reading each sheet as a careful human would (a 表紙 cover sheet and
a 記入例 row hold no answers; a legend row says what a mark means; never taken from the
tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_PARTLY = ("「△：一部実施」 (the legend's middle mark; the note says only some 県支部 did it): a clerk with only "
           "実施/未実施 to fill reads it as done; a cautious reader could say 未実施 or keep it unknown")
_ONE_CELL = ("section 1's three boxes typed together in ONE cell under 【…】 sub-headings: a clerk splits them "
             "by the sub-headings; a cautious reader could keep the whole cell in one box")
_NO_RIVAL = ("「該当なし」 (上部団体 「なし」, no competitor): left blank as typed; a clerk could also write 0")

REPORTS = {
    # R1: vertical list (label row, answer below in B); 「2025-02-10」 text; 「（実施）」 / 「：未実施」 after the items,
    #     s3 item 4 bare; s5 text 「-特になし-」 (apostrophe); a note at the bottom.
    "滋賀県本部　取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "滋賀", "h.created": "2025-02-10", "h.author": "見本 健一", "h.checker": "見本 由美",
            "s1.progress_june": "新規加入は1月末で目標の48％。\n保有件数は前年並み。",
            "s1.progress_since": "10月から単組ごとの進捗表を毎月送っている。",
            "s1.focus": "新採の同時加入と、役職定年者への継続案内。",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "交付金は年度末にまとめて支払う予定。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": None, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "県支部と合同で8単組を訪問した。\n学習会は3月に延期した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False, "s4.text": "対象者の名簿づくりを単組に依頼した。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "-特になし-",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子は全単組に配布済み。",
        },
        "extras": ["※作成日は県本部の決裁日です"],
        "flags": {"s3.meeting": "未回答"},
        "debatable": {},
    },
    # R2: 項目｜回答 table; legend ◎ 実施 / △ 一部実施 / － 未実施; s3 item 7 blank; 「R7/2/12」; a 300+ character text.
    "報告書_岡山県本部_R7.2.12.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岡山", "h.created": "2025-02-12", "h.author": "見本 達也", "h.checker": "見本 恵",
            "s1.progress_june": ("団体生命共済の新規加入は1月末で目標の46％にとどまり、前年同期と比べても20件少ない。"
                                 "保有件数は前年5月と比べて0.8％減った。減少の主な理由は、退職者の継続加入が進まなかった"
                                 "ことと、新採の同時加入が一部の単組に限られていることである。県北部の単組では役員の交代が"
                                 "続き、共済の説明ができる役員が少なくなっている。県南部では県支部と合同の学習会を2回開き、"
                                 "参加した単組では加入が増えた。今後は、学習会を県北部でも開くこと、退職予定者の名簿を"
                                 "12月までに単組と確認すること、新採の説明会に県本部の役員が同席することを進める。"
                                 "あわせて、単組ごとの目標と実績を毎月の委員会で確認し、未達の単組には早めに声をかける。"),
            "s1.progress_since": "11月の県支部合同会議で単組別の実績を示した。",
            "s1.focus": "・新採の同時加入\n・再任用者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": False, "s2.text": "規程どおり件数に応じて支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": None, "s3.text": "新採説明会の資料を単組と一緒に作った。",
            "s4.policy": False, "s4.briefing": False, "s4.appeal": True, "s4.text": "3月の説明会で案内する予定。",
            "s5.progress": True, "s5.joint_org": True, "s5.text": "モデル単組2つのうち1つは訪問できた。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "マニュアルは委員会で確認し、全単組に送った。",
        },
        "extras": ["※△は一部の県支部のみで実施したものです"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.study": _PARTLY, "s5.joint_org": _PARTLY},
    },
    # R3: one long merged header (full-width 令和７年２月１２日); s1's three boxes in one cell; 済・未 column with one
    #     word deleted, s3 item 6 untouched 「済・未」; s4 text 「＝特記事項なし＝」; a note.
    "山口県本部報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "山口", "h.created": "2025-02-12", "h.author": "見本 一郎", "h.checker": "見本 里美",
            "s1.progress_june": "新規加入は12月末で目標の61％。\n保有件数は微減。",
            "s1.progress_since": "11月から県支部と単組オルグを再開した。",
            "s1.focus": "退職予定者の継続加入と新採の同時加入。",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "交付金の使途報告を単組から受けている。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": None, "s3.simul_plan": False,
            "s3.text": "新採対策会議を1月に開いた。\n同時加入のチラシを各単組に配った。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False, "s4.text": "＝特記事項なし＝",
            "s5.progress": False, "s5.joint_org": False, "s5.text": "モデル単組の取り組みは県支部にまかせている。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": True,
            "s6.text": "冊子を委員会で読み合わせ、単組には代表者会議で紹介した。\nオルグの際にも持参している。",
        },
        "extras": ["※済・未のどちらも消していない項目は検討中です"],
        "flags": {"s3.simul_policy": "未回答"},
        "debatable": {k: _ONE_CELL for k in ("s1.progress_june", "s1.progress_since", "s1.focus")},
    },
    # R4 (.xls): 表紙 with the header (作成日 the serial 45700 in a General cell); one sheet per section;
    #            ● 実施 / ○ 未実施 (legend on every sheet), s4 item 3 blank; s4 text blank; a note on sheet 6.
    "福岡県本部_報告書（表紙付）.xls": {
        "kind": "report",
        "values": {
            "h.pref": "福岡", "h.created": "2025-02-12", "h.author": "見本 大輔", "h.checker": "見本 真理",
            "s1.progress_june": "新規加入は目標の52％。\n北部地区の伸びが大きい。",
            "s1.progress_since": "12月に県支部と合同で未達単組を訪問した。",
            "s1.focus": "・新採の同時加入\n・役職定年者への案内",
            "s2.paid": True, "s2.usage_known": True, "s2.text": "交付金は規程どおり支払い、使途は年度末に報告を受ける。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": False, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True, "s3.text": "新採向けの動画を作り、単組に配った。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": None, "s4.text": None,
            "s5.progress": True, "s5.joint_org": False, "s5.text": "モデル単組の推進委員会に毎月出ている。",
            "s6.review": False, "s6.distribute": False, "s6.announce": True, "s6.propose": True,
            "s6.text": "冊子を代表者会議で紹介した。",
        },
        "extras": ["※次回は3月の代表者会議で報告します"],
        "flags": {"s4.appeal": "未回答"},
        "debatable": {"h.created": "45700 in a General cell beside 「作成日」: Excel's serial number of 2025-02-12 (a clerk "
                                   "recognises it); a cautious reader keeps the number and flags it instead of converting"},
    },
}

SURVEYS = {
    # S1: 表紙 first (union name, 提出 date); units inside the cells; 「約30〜40人」; 「R6/12/1」; texts in a two-up
    #     grid read row by row; a note beside the numbers.
    "アンケート_北海道_見本町職員労働組合.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "北海道", "h.union": "見本町職員労働組合", "h.writer": "見本 和也", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1020, "org.members_r": None, "org.rate_j": 56.7, "org.rate_r": 1.9,
            "org.nonmembers_j": 740, "org.nonmembers_r": 740, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 31, "intake.joined_j": 22, "intake.joined_r": 1, "intake.not_joined": 8,
            "texts.new_hire_main": "入庁日の午後に説明会を開き、その場で加入用紙を集めている。",
            "texts.new_hire_ideas": "説明は2年目の組合員が担当する。",
            "texts.new_hire_worries": "競合も同じ日に説明会を開く。",
            "texts.nonmember_main": "年度初めに未加入者の名簿を確認し、個別に声をかける。",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "・機関紙を月2回発行\n・SNSで行事を紹介",
            "texts.sharing_worries": "支所が遠く、会議に来られない組合員が多い。",
            "texts.labor_relations": "町当局とは年3回交渉している。\n関係は良好。",
            "texts.differentiation": "共済の手厚さと全国の仲間の存在を伝えている。",
            "texts.questions": "競合と同じ職場での説明会の進め方",
            "texts.requests": "冬の移動が大変なので、オンラインの会議を増やしてほしい。",
        },
        "extras": ["※競合の人数は職員課からの聞き取りです"],
        "flags": {"org.members_r": "概"},
        "debatable": {
            "org.members_r": "a range 「約30〜40人」 is no single number: left blank with the raw text kept and flagged; "
                             "a clerk could also take the middle (35) or one end (30 / 40)",
        },
    },
    # S2: wide one-row layout (names in row 3, a 記入例 row 4, the answers in row 5); rates in 0.0% cells;
    #     「2024-11」; intake as text in @ cells, 未加入者数 「-1」; a 300+ character text; 「-」; a note in 備考.
    "京都_見本市職員組合_実態アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "京都", "h.union": "見本市職員組合", "h.writer": "見本 直子", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 612, "org.members_r": 88, "org.rate_j": 52.3, "org.rate_r": 7.5,
            "org.nonmembers_j": 470, "org.nonmembers_r": 470, "org.as_of": "2024-11",
            "org.regular": 1090, "org.nonregular": 80,
            "intake.hired": 14, "intake.joined_j": 9, "intake.joined_r": 6, "intake.not_joined": -1,
            "texts.new_hire_main": "4月1日の辞令交付式のあとに10分間の説明をしている。",
            "texts.new_hire_ideas": "説明資料を新採の年齢に近い役員が作っている。",
            "texts.new_hire_worries": "競合の勧誘が内定者の段階から始まっている。",
            "texts.nonmember_main": "未加入者には年2回、共済の案内とあわせて加入を呼びかける。",
            "texts.nonmember_worries": "声をかけても理由を言わずに断られる。",
            "texts.visibility": "組合ニュースを庁内の掲示板とメールで配っている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": ("市当局とは春と秋の年2回、団体交渉を行っている。\n"
                                      "春は人員確保と職場環境、秋は賃金と一時金が中心である。\n"
                                      "交渉の前には全職場で要求アンケートをとり、結果を組合ニュースで知らせている。\n"
                                      "近年は会計年度任用職員の処遇改善を重点にしており、昨年度は勤勉手当の支給を実現した。\n"
                                      "一方で、競合組合とは要求の内容が重なる部分が多く、当局からは別々に回答が示されるため、"
                                      "組合員には違いが伝わりにくい。\n"
                                      "事務折衝は月1回程度で、労使関係はおおむね安定しているが、"
                                      "人事評価の結果の扱いについては意見の違いが残っている。\n"
                                      "来年度は保育職場の人員について職場ごとの交渉を増やしたい。"
                                      "あわせて、時間外勤務の縮減と休暇の取りやすさについても、職場の実態をもとに要求していく。"),
            "texts.differentiation": "自治労共済の給付の早さを伝えている。",
            "texts.questions": "-",
            "texts.requests": "府本部の学習会の日程を早めに知らせてほしい。",
        },
        "extras": ["※非正規職員数は会計年度任用職員のみ"],
        "flags": {},
        "debatable": {
            "intake.not_joined": "「-1」 (14 − 9 − 6, the joiners exceed the hires): transcribed as typed and flagged; "
                                 "a cautious reader could leave an impossible count blank",
            "texts.questions": "「-」 typed as the answer: kept as typed (nothing to ask); a cautious reader reads a lone "
                               "dash as no answer (blank)",
        },
    },
    # S3: vertical list (label row, answer below in B); pairs split into two labels; hints 「（例：…）」 beside labels;
    #     上部団体 「なし」, competitor 「該当なし」; 「120％」; 「令和6年11月末」; 「12名」…; a text starting 「+」; one blank.
    "長崎_見本島市職労_アンケート回答.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "長崎", "h.union": "見本島市職員労働組合", "h.writer": "見本 誠", "h.rival_union": "なし",
            "org.members_j": 230, "org.members_r": None, "org.rate_j": 120, "org.rate_r": None,
            "org.nonmembers_j": 40, "org.nonmembers_r": None, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 12, "intake.joined_j": 11, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "入庁前の研修日に説明会の時間をもらっている。",
            "texts.new_hire_ideas": "+1の声かけ運動（組合員1人が新採1人に声をかける）",
            "texts.new_hire_worries": "説明会の時間が年々短くなっている。",
            "texts.nonmember_main": "未加入者は1人なので、係長から声をかけてもらっている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "行事のたびに写真入りのニュースを出している。",
            "texts.sharing_worries": None,
            "texts.labor_relations": "市当局とは年2回交渉。\n人員要求を重点にしている。",
            "texts.differentiation": "競合なし",
            "texts.questions": "単組の役員の引き継ぎをどうしているか。",
            "texts.requests": "離島の単組にも来てほしい。",
        },
        "extras": ["※組織率は人事課の資料によります"],
        "flags": {},
        "debatable": {k: _NO_RIVAL for k in ("org.members_r", "org.rate_r", "org.nonmembers_r")},
    },
    # S4: header in one long merged cell; pairs table with columns swapped (競合 before 自治労); 時点 the serial 45597
    #     in a General cell; Ｑ．/Ａ． texts; a note.
    "宮崎県本部_見本村職労.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "宮崎", "h.union": "見本村職員労働組合", "h.writer": "見本 三郎", "h.rival_union": "全労連・医労連",
            "org.members_j": 96, "org.members_r": 15, "org.rate_j": 73.8, "org.rate_r": 11.5,
            "org.nonmembers_j": 19, "org.nonmembers_r": 19, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 5, "intake.joined_j": 4, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "村長あいさつのあとに組合の時間をもらっている。",
            "texts.new_hire_ideas": "説明は書記長が一人で担当している。",
            "texts.new_hire_worries": "新採が毎年数人なので、経験が引き継がれない。",
            "texts.nonmember_main": "未加入者1人には、共済の案内を手渡している。",
            "texts.nonmember_worries": "本人が組合費を気にしている。",
            "texts.visibility": "回覧板形式で組合ニュースを回している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "村当局とは年1回、秋に交渉している。\n職員が少なく、交渉の準備が大変。",
            "texts.differentiation": "医労連の病院職場とは別に、役場の仕事に合った活動をしている。",
            "texts.questions": "他の村職労の役員の決め方",
            "texts.requests": "宮崎県本部の会議資料を早めに送ってほしい。",
        },
        "extras": ["※競合は村立病院の職員の組合です"],
        "flags": {},
        "debatable": {"org.as_of": "45597 in a General cell under 「時点」: Excel's serial number of 2024-11-01 (a clerk "
                                   "recognises it); a cautious reader keeps the number and flags it instead of converting"},
    },
}

FILES = {**REPORTS, **SURVEYS}
