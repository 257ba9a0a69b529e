"""Expected readings of the tests/legacy9 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a file with a 「下書き」 (draft) sheet and a 「提出用」 (final) sheet is read from 「提出用」, whatever the sheet
  order; the draft holds no answers for this set and nothing in it is expected as an extra;
- an instructions sheet (記入要領 / 記入方法) is printed matter: no answers, no extras (its deadline date is not
  the 作成日);
- a state written as a sentence is read for its meaning: 実施した / 実施している / 毎回実施している → done;
  まだ実施していない / 実施していない / 実施できなかった / 把握できていない / 検討したが実施に至らず / 今後実施予定 → not
  done (nothing done yet as of the report); an empty state → unanswered;
- 「（実施）・未実施」: the word in brackets is the one chosen (the clerk's note says so); untouched → unanswered;
- a 「※」 line INSIDE an answer box is part of that answer; a 「※」 line typed outside the form is an extra;
- a number with 約 / 程度 / 位 / 前後 is read as that number (approximate); a bracketed breakdown or calculation
  after the number (（うち会計年度約300名）, （1,046÷2,490）) explains it and is not the answer;
- a 合計 row in a table broken down by job is the answer to each intake question.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 / 令和7年3月末 …)

_PLANNED = ("written 「{v}」: not done as of the report (only planned); a reader could treat a planned item as "
            "unanswered (None) rather than 未実施")
_EMPTY = "its state is empty while every other item in the file is answered: unanswered; a reader could take it as 未実施"

REPORTS = {
    # R1 (openpyxl): two-column tables 項目｜内容 / 項目｜実施状況 with sentences; 【一】… titles with 令和 years;
    #     作成日 full-width text; s6 item 4 state empty; note A52.
    "福井県本部　共済推進取り組み報告（令和6年度）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "福井", "h.created": "2025-02-10", "h.author": "見本 一朗", "h.checker": "見本 奈緒",
            "s1.progress_june": "団体生命共済の新規加入は12月末で目標の61.2％にとどまっている。保有件数は前年5月比で99.3％と"
                                "微減。嶺南地区の単組で新採の加入が伸びていない。",
            "s1.progress_since": "10月に嶺北・嶺南の2会場で単組代表者会議を開き、目標と進捗を共有した。11月からは県支部と"
                                 "合同で未達の単組を訪問している。",
            "s1.focus": "新採の同時加入の徹底と、再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "交付金は規程どおり年1回支払っているが、使途の報告を求めていないため、使われ方は把握できていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "新採組織化方針を10月の代表者会議で提起した。県支部と合同で5単組をオルグし、同時加入の申込書セットを"
                       "配った。新採対策会議は3月に開催予定。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "役職定年者の名簿を各単組で作成してもらった。説明会は日程が合わず、まだ開けていない。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会の都度、モデル単組の件数を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": None,
            "s6.text": "冊子の内容を執行委員会で確認し、全単組に2部ずつ配布した。",
        },
        "extras": ["※実施状況は令和7年2月7日現在で記入しています。"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {
            "s3.meeting": _PLANNED.format(v="今後実施予定（3月）"),
            "s4.briefing": "「対象者の把握のみ実施」 for 「対象者の把握と説明会等の実施」: half of the item done (the text "
                           "says the 説明会 is not held yet), read as done like 一部実施; a strict reader could say "
                           "not done",
            "s6.propose": _EMPTY,
        },
    },
    # R2 (XlsxWriter): 「下書き」 first, 「提出用」 second (read 提出用); 県名 「岐阜」+ printed 「県本部」; 作成日 split
    #     over B4..G4 (2025|年|2|月|12|日); ☑ / ☐ (once □) AFTER the item text; note A54 on 提出用.
    "岐阜県本部_取り組み報告書（提出用）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岐阜", "h.created": "2025-02-12", "h.author": "試験 健", "h.checker": "試験 由紀",
            "s1.progress_june": "新規加入は1月末で目標の57.9％。保有件数は前年5月比で100.1％と横ばい。飛騨地区の小規模単組で"
                                "加入が進んでいない。",
            "s1.progress_since": "9月から県支部と合同で飛騨・東濃の単組を訪問し、新採対策の進め方を確認した。",
            "s1.focus": "小規模単組への訪問の継続と、新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、各単組の決算報告で使途を確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "1月31日に県本部新採対策会議を開き、同時加入のチラシと申込書をセットにして配布した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "役職定年者向けの説明会を3単組で開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月件数を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "執行委員会で冊子を確認し、代表者会議で配布・説明した。",
        },
        "extras": ["※新採対策会議の資料はメールで別送します。"],
        "flags": {},
        "debatable": {},
    },
    # R3 (.xls via LibreOffice): 「自治労和歌山県本部」; 作成日 a real date shown R7.2.14; s1 first text 800+ characters
    #     over ten merged rows; 「（実施）・未実施」 / 「実施・（未実施）」 / 「(実施)・未実施」, s3 item 7 untouched; note A70.
    "和歌山県本部報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "和歌山", "h.created": "2025-02-14", "h.author": "見本 拓也", "h.checker": "見本 千尋",
            "s1.progress_june": (
                "【団体生命共済】\n"
                "・新規加入件数は2025年1月末で412件、目標（680件）に対して60.6％にとどまっている。前年同月（58.2％）と"
                "比べるとわずかに上回っているが、年度末までに目標を達成するには残り268件が必要で、月平均では約67件の加入を"
                "積み上げなければならない。\n"
                "・保有件数は2024年5月比で99.2％と減少が続いている。定年退職による自然減を新規加入で補いきれていないことが"
                "主な要因である。\n"
                "・地区別にみると、紀北地区は目標の71.3％と比較的順調だが、紀中・紀南地区はそれぞれ52.4％、48.9％と遅れが"
                "目立つ。特に紀南地区は単組の規模が小さく、専従役員のいない単組がほとんどであり、推進の担い手の確保が課題と"
                "なっている。\n"
                "【新規採用者対策】\n"
                "・2024年4月の新採の同時加入率は38.5％で、前年より4.2ポイント上昇した。採用前の説明会で共済の案内を行った"
                "単組では加入率が高く、説明の機会をいかに確保するかが鍵になっている。\n"
                "・一方、説明会を開けなかった単組では、入庁後の個別の声かけに頼っており、加入が夏以降にずれ込む傾向が"
                "みられる。\n"
                "【県支部との連携】\n"
                "・県支部とは毎月の推進会議で実績を共有しているが、単組訪問の日程調整は県本部と県支部で別々に行っており、"
                "同じ単組を短い間隔で訪問してしまうことがあった。11月からは訪問予定を一つの表にまとめ、重複をなくすように"
                "している。\n"
                "【課題】\n"
                "①推進を担う単組役員の高齢化と後継者不足。共済担当を兼務で持つ役員が多く、推進に割ける時間が限られている。\n"
                "②県支部・県本部の訪問回数に地区ごとの差があり、紀南地区への支援が十分ではない。\n"
                "③若年層に団体生命共済の必要性が伝わりにくく、「保険は民間で入っている」という声が多い。保障の内容と掛金を"
                "具体的に比べて示す資料が必要である。\n"
                "④退職予定者への継続加入の案内が単組任せになっており、退職者団体生命共済への移行の状況を県本部として把握"
                "できていない。"),
            "s1.progress_since": "10月から紀中・紀南地区の単組を県支部と合同で訪問し（延べ14単組）、推進担当者と目標・進捗を"
                                 "確認した。12月には若年層向けに保障の比較資料を作成し、全単組へ配布した。",
            "s1.focus": "①紀南地区の小規模単組への重点的な支援\n②新採説明会での同時加入の案内の徹底\n"
                        "③退職予定者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "交付金は規程にもとづき支払っているが、使途の報告の様式がなく、把握はできていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": None,
            "s3.text": "県支部と合同で単組オルグを行い、新採説明会の日程を確認した。新採対策会議は1月24日に開催した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を文書で提起した。説明会は対象者が少なく、各単組での個別対応とした。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認するとともに、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。代表者会議での周知は次年度に行う。",
        },
        "extras": ["※実施状況欄は、該当するものを（　）で囲んでいます。"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.simul_plan": "the printed 「実施・未実施」 left untouched (no brackets) while every other item has "
                                       "one word bracketed: unanswered; a reader could take it as 未実施"},
    },
    # R4 (openpyxl): 「記入要領」 sheet FIRST (deadline 2025年2月14日), form on 「報告書」; 県本部名 / 作成年月日 / 作成者名 /
    #     確認者名; 作成年月日 a real date yyyy/mm/dd; ア イ ウ … item numbers; ◯ (U+25EF) / ✕ (U+2715); ◆ bullets; note A57.
    "徳島県本部　共済推進取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "徳島", "h.created": "2025-02-13", "h.author": "見本 誠司", "h.checker": "見本 真由美",
            "s1.progress_june": "◆新規加入は1月末で目標の66.4％。\n◆保有件数は前年5月比100.8％と増加している。",
            "s1.progress_since": "◆9月以降、県支部と合同で執行部学習会を4地区で開催した。\n◆参加した単組では新規加入が"
                                 "増えている。",
            "s1.focus": "◆学習会に参加していない単組への働きかけ\n◆新採の同時加入",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程どおり支払っている。使途は年度末に単組から報告を受けている。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "◆10月に県本部・単組主催の執行部学習会を開催\n◆1月に新採対策会議を開催し、組織化方針を提起",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "◆方針を単組に提起\n◆対象者の名簿をもとに3単組で説明会を開催",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で進捗を確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を確認し、全単組に配布した。代表者会議で内容を説明した。",
        },
        "extras": ["※県支部と内容を確認のうえ提出します。"],
        "flags": {},
        "debatable": {},
    },
    # R5 (XlsxWriter): 担当 / 確認 stamp box (I1:J2); 作成日 a real date shown 2月12日(水); ■ bullets; matrix
    #     実施済 | 実施予定 | 未実施 with ●; s3 item 3 in 実施予定; s5 item 2 no ●; note K37.
    "R7.2佐賀県本部報告.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "佐賀", "h.created": "2025-02-12", "h.author": "試験 大輔", "h.checker": "試験 彩",
            "s1.progress_june": "■新規加入は1月末で目標の55.7％。\n■保有件数は前年5月比で98.9％と減少。\n"
                                "■有明・唐津地区の単組で加入が伸び悩んでいる。",
            "s1.progress_since": "■11月に県支部と合同で単組オルグを実施（8単組）。\n■12月に推進委員会で単組ごとの進捗を"
                                 "確認した。",
            "s1.focus": "■伸び悩んでいる地区の単組への重点オルグ\n■新採の同時加入",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき支払っている。使途の把握は今後の課題。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "県支部と合同で8単組をオルグした。執行部学習会は3月に予定している。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "1)組織化方針を代表者会議で提起した。\n2)共済のチラシを対象者に配布した。",
            "s5.progress": True, "s5.joint_org": None,
            "s5.text": "推進委員会で毎月確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を確認し、全単組に配布・周知した。",
        },
        "extras": ["※今年度のモデル単組は3単組"],
        "flags": {"s5.joint_org": "未回答"},
        "debatable": {
            "s3.study": "● in the 実施予定 column (the text: 「執行部学習会は3月に予定」): not done yet, read as 未実施; a "
                        "reader could treat a planned item as unanswered (None)",
            "s5.joint_org": "no ● in any of 実施済 / 実施予定 / 未実施 while every other item has one: unanswered; a reader "
                            "could take it as 未実施",
        },
    },
}

SURVEYS = {
    # S1 (openpyxl): a vertical Q&A list (Q1 … Q7-11), answer in the row below merged B:F; one 未加入者数 question;
    #     intake 「18人」…; note A57.
    "群馬_架空町職_アンケート回答.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "群馬", "h.union": "架空町職員組合", "h.writer": "架空 健太", "h.rival_union": "全労連・自治労連",
            "org.members_j": 356, "org.members_r": 48, "org.rate_j": 58.6, "org.rate_r": 7.9,
            "org.nonmembers_j": 204, "org.nonmembers_r": 204, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 18, "intake.joined_j": 15, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "・4月1日の辞令交付後に組合説明会（30分）\n・説明会の場で組合と共済の加入届を配布・回収",
            "texts.new_hire_ideas": "説明は入庁2～3年目の若手組合員が担当し、先輩として話してもらっている。",
            "texts.new_hire_worries": "競合の組合も同じ日に説明会を求めており、時間の取り合いになっている。",
            "texts.nonmember_main": "・未加入者名簿を職場ごとに整理\n・職場委員から声かけ",
            "texts.nonmember_worries": "一度断られた人に再度声をかけにくい。",
            "texts.visibility": "交渉結果をその日のうちにメールで全組合員に送っている。",
            "texts.sharing_worries": "メールを読んでいるか分からない。",
            "texts.labor_relations": "町当局とは年3回交渉。人員不足の解消を最重点にしている。",
            "texts.differentiation": "共済の給付事例を紹介し、自治労の共済の安心感を伝えている。",
            "texts.questions": "若手役員の育て方",
            "texts.requests": "新採説明会で使える動画がほしい。",
        },
        "extras": ["※組織率の分母には再任用短時間勤務職員を含みます。"],
        "flags": {},
        "debatable": {"org.nonmembers_r": "the list asks 未加入者数 once (Q5-5, 204), where the printed form has a 自治労 and a "
                                          "競合 cell that clerks fill with the same number: read as 204 for both; a "
                                          "reader could leave the competitor's blank"},
    },
    # S2 (XlsxWriter): 上部団体 by 「（○）」 after the third printed choice (F7 全労連・医労連, G7 （○）); 「1,046名」;
    #     「42.0％（1,046÷2,490）」; 時点 D10:D12; answers with ①②③, 「・」 and 「※」 lines inside; note A34.
    "【三重】架空市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "三重", "h.union": "架空市職員労働組合", "h.writer": "見本 沙織", "h.rival_union": "全労連・医労連",
            "org.members_j": 1046, "org.members_r": 88, "org.rate_j": 42.0, "org.rate_r": 3.5,
            "org.nonmembers_j": 1356, "org.nonmembers_r": 1356, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 38, "intake.joined_j": 30, "intake.joined_r": 3, "intake.not_joined": 5,
            "texts.new_hire_main": "①採用前の説明会（3月）で組合を紹介\n②4月の新採研修で加入の呼びかけ\n③5月に新採歓迎会",
            "texts.new_hire_ideas": "・説明会に青年部の役員が同席\n・加入届をその場で記入してもらう\n"
                                    "※令和6年度からオンライン説明会も併用",
            "texts.new_hire_worries": "病院の看護職は競合の加入が多く、説明の機会が少ない。",
            "texts.nonmember_main": "未加入者に組合ニュースを手渡しし、行事に誘っている。",
            "texts.nonmember_worries": "病院職場の未加入者への声かけが進まない。",
            "texts.visibility": "・組合ニュース（月1回）\n・庁内掲示板\n・LINE公式アカウント",
            "texts.sharing_worries": "交替勤務の職場に情報が届きにくい。",
            "texts.labor_relations": "市当局とは年4回の団体交渉を行っている。\n※病院の夜勤体制について継続協議中",
            "texts.differentiation": "共済と福利厚生の充実。",
            "texts.questions": "病院職場での加入の勧め方",
            "texts.requests": "看護職向けの共済の説明資料がほしい。",
        },
        "extras": ["※組織率は人事課提供の職員数（2,490人）で計算しています。"],
        "flags": {},
        "debatable": {},
    },
    # S3 (.xls via LibreOffice): 「記入方法」 sheet FIRST, answers on 「回答」; 「約1,200名（うち会計年度約300名）」,
    #     「30名程度」, 「約62％（会計年度含む）」, 「1.5%位」, 「700名前後（うち会計年度約250名）」 both; 時点
    #     「令和6年11月末現在」; 「41名（うち保育士6名）」, 「6名（保留中含む）」; 「特になし」; note A31.
    "鳥取県本部_架空市職労_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "鳥取", "h.union": "架空市職員労働組合", "h.writer": "試験 亮", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1200, "org.members_r": 30, "org.rate_j": 62, "org.rate_r": 1.5,
            "org.nonmembers_j": 700, "org.nonmembers_r": 700, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 41, "intake.joined_j": 33, "intake.joined_r": 2, "intake.not_joined": 6,
            "texts.new_hire_main": "採用前の内定者研修で組合の説明時間をもらっている。",
            "texts.new_hire_ideas": "共済の説明は県支部の担当者に来てもらっている。",
            "texts.new_hire_worries": "会計年度任用職員は採用時期がばらばらで、説明の機会がない。",
            "texts.nonmember_main": "会計年度任用職員の更新時期に合わせて加入を呼びかけている。",
            "texts.nonmember_worries": "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
            "texts.visibility": "組合ニュースを全職場に配布している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは年2回の交渉。会計年度任用職員の処遇改善を求めている。",
            "texts.differentiation": "会計年度任用職員も加入できる共済があることを伝えている。",
            "texts.questions": "会計年度任用職員の組織化の進め方",
            "texts.requests": "会計年度任用職員向けのチラシを作ってほしい。",
        },
        "extras": ["※組合員数は令和6年11月末の組合費名簿による"],
        "flags": {"org.members_j": "概", "org.members_r": "概", "org.rate_j": "概", "org.rate_r": "概",
                  "org.nonmembers_j": "概", "org.nonmembers_r": "概"},
        "debatable": {
            "org.members_j": "「約1,200名（うち会計年度約300名）」: the total (about 1,200) is the answer, the bracket a "
                             "breakdown; a reader could hesitate over which of the two numbers to take",
            "org.nonmembers_j": "「700名前後（うち会計年度約250名）」: the total (about 700) is the answer, the bracket a "
                                "breakdown",
            "org.nonmembers_r": "the same text as the 自治労 cell: about 700",
        },
    },
    # S4 (openpyxl): 「下書き」 FIRST (older numbers, texts mostly empty), 「提出用」 second (read 提出用); labels merged
    #     down over their answer box; first answer 800+ characters over eight rows; 時点 「2024.11.1」; note A51.
    "大分_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "大分", "h.union": "架空町職員組合", "h.writer": "見本 隆之", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 310, "org.members_r": 72, "org.rate_j": 48.2, "org.rate_r": 11.2,
            "org.nonmembers_j": 261, "org.nonmembers_r": 261, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 14, "intake.joined_j": 11, "intake.joined_r": 2, "intake.not_joined": 1,
            "texts.new_hire_main": (
                "【採用前】\n"
                "・2月に内定者向けの説明会を町当局の了解を得て開催している。町の人事担当者が研修日程を説明した後、30分間の"
                "時間をもらい、委員長と青年部長が組合の役割と活動を説明する。\n"
                "・説明会では、組合の紹介パンフレットと共済の案内、加入届をセットにした封筒を全員に配布し、その場での記入は"
                "お願いせず、4月の入庁時に回収している。\n"
                "【入庁後】\n"
                "・4月1日の辞令交付式の後、新採研修の昼休みを使って2回目の説明会を開く。ここで加入届を回収し、まだ迷って"
                "いる人には配属先の職場委員から改めて声をかけてもらう。\n"
                "・配属先ごとに先輩組合員を「相談役」として決め、仕事の悩みも含めて気軽に話せる関係づくりをしている。"
                "相談役には事前に執行部から説明のポイントを伝えている。\n"
                "・5月の連休明けに新採歓迎会を開き、他の課の同期や先輩と顔を合わせる機会をつくっている。費用は組合が負担"
                "し、未加入の人も参加できるようにしている。\n"
                "【共済の案内】\n"
                "・団体生命共済は、若いうちは掛金が安く保障が大きいことを、民間の保険と比べた資料で説明している。\n"
                "・実家から離れて一人暮らしを始める新採には、火災共済や自動車共済の案内もあわせて行っている。\n"
                "・加入手続きは組合事務所で書記が手伝い、書類の書き方で迷わないようにしている。扶養家族のいる人には家族の"
                "加入もあわせて案内している。\n"
                "・共済の説明の後に、組合費の使い道（共済の事務費、学習会、職場の要求の取りまとめなど）も示し、組合費が何に"
                "使われているかが分かるようにしている。\n"
                "【結果】\n"
                "・2024年4月の新採は14人中11人が加入し、うち9人が団体生命共済にも同時加入した。説明会に2回とも参加した人"
                "は全員が加入している。\n"
                "・一方で、保健師や保育士など専門職の中途採用は採用時期がばらばらで、説明会の対象から漏れやすい。中途採用者"
                "には個別に説明の時間をとるよう、今年度から人事担当と調整を始めた。"),
            "texts.new_hire_ideas": "説明会で先輩組合員に体験を話してもらっている。",
            "texts.new_hire_worries": "中途採用の専門職に説明する機会がない。",
            "texts.nonmember_main": "年1回、未加入者の一覧を作り、執行委員で分担して声をかけている。",
            "texts.nonmember_worries": "組合費の負担感を理由に断られることが多い。",
            "texts.visibility": "組合だよりを年4回発行し、全職場に回覧している。",
            "texts.sharing_worries": "回覧が途中で止まり、全員に届かないことがある。",
            "texts.labor_relations": (
                "町当局とは年3回の団体交渉を基本とし、必要に応じて事務折衝を行っている。\n"
                "・人員確保：退職者の補充を求め、2025年度は3人の増員の回答を得た。\n"
                "・会計年度任用職員：勤勉手当の支給を求め、2024年度から支給が始まった。\n"
                "・時間外勤務：災害対応時の長時間労働について、代休の確実な取得を確認した。\n"
                "労使関係はおおむね良好だが、交渉の前に当局の考え方を知る機会が少ないため、日常的な協議の場をつくることが"
                "課題である。"),
            "texts.differentiation": "共済と交渉の成果を両方伝えている。",
            "texts.questions": "中途採用者への説明の工夫",
            "texts.requests": "県本部の学習会の資料を電子データでもらいたい。",
        },
        "extras": ["※組合員数には再任用職員を含みます。"],
        "flags": {},
        "debatable": {},
    },
    # S5 (XlsxWriter): 記入者 B5 with a 「職名」 field C5 | D5 「書記長」; 上部団体 なし, competitor cells empty; 0.864 in a
    #     0.0% cell; 時点 a real date shown 「11月1日現在」 (no year on screen); intake by job with a 合計 row (SUM);
    #     「※」 / 「・」 lines inside answers; 「競合組合なし。」; note A33.
    "沖縄県本部　架空村職労　実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "沖縄", "h.union": "架空村職員労働組合", "h.writer": "架空 大地", "h.rival_union": "なし",
            "org.members_j": 152, "org.members_r": None, "org.rate_j": 86.4, "org.rate_r": None,
            "org.nonmembers_j": 24, "org.nonmembers_r": None, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 8, "intake.joined_j": 6, "intake.joined_r": 0, "intake.not_joined": 2,
            "texts.new_hire_main": "採用時の研修で組合の説明をしている。",
            "texts.new_hire_ideas": "村長部局と教育委員会の新採をまとめて説明している。\n※採用人数が少ないため、個別に話す"
                                    "ことも多い。",
            "texts.new_hire_worries": "特になし。",
            "texts.nonmember_main": "未加入の職員は2人だけなので、委員長が直接話をしている。",
            "texts.nonmember_worries": "特になし。",
            "texts.visibility": "・組合ニュース（年6回）\n・役場の掲示板",
            "texts.sharing_worries": "離島の出張所に情報が届くのが遅い。",
            "texts.labor_relations": "村当局とは年2回の交渉。\n・会計年度任用職員の処遇改善\n・離島勤務手当の見直し",
            "texts.differentiation": "競合組合なし。",
            "texts.questions": "小規模単組の共済推進の進め方",
            "texts.requests": "離島でも参加できるオンラインの学習会を増やしてほしい。",
        },
        "extras": ["※採用者数は2025年4月1日付の辞令による"],
        "flags": {},
        "debatable": {"org.as_of": "the cell holds the date 2024-11-01 but shows only 「11月1日現在」: the year is in the "
                                   "value (and the survey's round is late 2024); a reader going by the screen alone "
                                   "has no year"},
    },
}

FILES = {**REPORTS, **SURVEYS}
