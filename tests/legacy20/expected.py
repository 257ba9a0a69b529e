"""Expected readings of the tests/legacy20 fixtures, typed BY HAND from what build.py puts in each cell, reading each
workbook as a careful HQ clerk would in Excel, never taken from the tool's output.

The theme is how a file ARRIVES, so besides the answers this file says, per workbook, WHICH SHEET (or which block)
holds the answer and what should happen to the rest of the book (ARRIVAL below, not scored by the shared harness).

Reading rules used here (a human's, in Excel):
- the fiscal year is 2025 (令和7年度): survey figures as of November 2025, intake 「2026年 新規採用者」, reports made
  in February 2026 (令和8年);
- the README counts ONE ROW PER FILE (一覧「1 ファイル 1 行」): a book holding the surveys of several unions (S1: one
  sheet per union; S4: two unions side by side) cannot become one record. What a user needs is every union's answers
  (one record per union) or, failing that, a clear 取込不可 whose reason names each sheet / union, so that HQ asks for
  separate files. Reading only the first union silently, merging the unions into one record, or reading the second
  union's 自治労 column as the first union's 競合 column are all wrong. The shared harness keys records by FILE
  NAME and scores values only, so it cannot express "three records" or "refused": those two files have NO scored
  values (values {}) and their expectation is in ARRIVAL (printed, unscored, by compare.py);
- a book with 「提出用」 and 「下書き」: the 提出用 sheet is the answer, whichever sheet the book opens on (README: the
  draft is not read);
- the form pasted twice on one sheet: the block titled 令和7年度 (時点 令和7年11月1日, 2026年 新規採用者) is the answer;
  last year's block above it is not (README silent for a survey; by analogy with 「いちばん新しい時点の列を読みます」);
- a filled form on a HIDDEN sheet behind a visible instructions sheet with a 記入例: the hidden form is the answer
  (the only filled form); the 記入例 is not (README: 記入例 is never an answer; silent on a hidden answer sheet);
- a protected form holding only the pre-filled 県本部 / 単組, and a second sheet 「回答」 with everything else: the
  header from the form, every other answer from 「回答」 (README: a form split over two sheets is read from both; a
  blank form before a filled sheet is not used for □ / 未実施);
- a report and a survey in one book: consolidated as a survey, the survey sheet's answers; as a report, the report
  sheet's; nothing of the other form leaks in (README silent);
- a cover letter (送付状) before the report: 作成日 / 作成者 / 確認者 are the form's (the letter's date 2026/2/20 and
  its 担当 are not the form's);
- a 2,000-row staff list pasted under the form is not part of the last answer; the union's ※ line and the list's
  heading are kept as その他 (README: a table pasted under the form is kept as 想定外の場所の記入);
- a 「※」 line typed by the sender is an extra; printed texts (titles, the 組織率 note, headings) are not;
- rival 「なし」 with the competitor's cells empty → None for the competitor's numbers.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py. ARRIVAL is
this set's own, read only by this set's compare.py (unscored): per file, "case" (the arrival), "want" (what a user
expects), and optionally "several" (names each of which must be a record of its own, or be named in a refusal),
"sheet" (the sheet the answers should come from), "min_row" (answers should come from this row down), "mention"
(words a user would want to see in the file's messages).
"""
from __future__ import annotations

YEAR = 2025

SURVEYS = {
    # S1 長野県本部: three unions as three sheets of one book. NOT SCORABLE: see ARRIVAL.
    "長野県本部_実態共有アンケート_取りまとめ.xlsx": {
        "kind": "survey",
        "values": {},
        "extras": [],
        "flags": {},
        "debatable": {},
    },
    # S2 岐阜: 「提出用」 first, 「下書き」 second and active. The 提出用 answers.
    "岐阜_見本町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岐阜", "h.union": "見本町職員労働組合", "h.writer": "見本 彩", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 398, "org.members_r": 64, "org.rate_j": 58.5, "org.rate_r": 9.4,
            "org.nonmembers_j": 218, "org.nonmembers_r": 218, "org.as_of": "2025-11",
            "org.regular": 560, "org.nonregular": 120,
            "intake.hired": 17, "intake.joined_j": 13, "intake.joined_r": 2, "intake.not_joined": 2,
            "texts.new_hire_main": "4月1日の辞令交付の後に30分の説明会を開いている。",
            "texts.new_hire_ideas": "説明会の前に新採の配属先の組合員に声をかけてもらっている。",
            "texts.new_hire_worries": "説明会のあとに加入届を出さない新採へのフォローが続かない。",
            "texts.nonmember_main": "年に1回、未加入者の名簿を作り、職場委員と手分けして声をかけている。",
            "texts.nonmember_worries": "競合組合の加入者が多い職場では話を聞いてもらえない。",
            "texts.visibility": "組合ニュースを月1回、メールと紙の両方で配っている。",
            "texts.sharing_worries": "メールを読んでいない組合員が多い。",
            "texts.labor_relations": "町当局とは年3回交渉している。今年は会計年度任用職員の手当を求めた。",
            "texts.differentiation": "共済の給付の手続きを組合が手伝っていることを伝えている。",
            "texts.questions": "競合組合の多い職場での未加入者対策",
            "texts.requests": "特になし",
        },
        "extras": ["※組織人員数は11月1日の組合員名簿の人数です。"],
        "flags": {},
        "debatable": {},
    },
    # S3 静岡: last year's block rows 1-32, this year's rows 35-66 on one sheet. This year's block.
    "静岡_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "静岡", "h.union": "架空町職員組合", "h.writer": "架空 翔太", "h.rival_union": "全労連・自治労連",
            "org.members_j": 176, "org.members_r": 29, "org.rate_j": 60.3, "org.rate_r": 9.9,
            "org.nonmembers_j": 87, "org.nonmembers_r": 87, "org.as_of": "2025-11",
            "org.regular": 250, "org.nonregular": 42,
            "intake.hired": 7, "intake.joined_j": 5, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "4月の入庁式の翌日に組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会で共済の給付を受けた先輩の話を紹介している。",
            "texts.new_hire_worries": "保健センターの新採は説明会に出られないことが多い。",
            "texts.nonmember_main": "未加入者に年2回、手紙で加入を呼びかけている。",
            "texts.nonmember_worries": "手紙だけでは反応が少ない。",
            "texts.visibility": "組合の掲示板を職員通用口の近くに移した。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年2回交渉している。今年は夏季休暇の日数を増やした。",
            "texts.differentiation": "組合員向けの相談会を月1回開いている。",
            "texts.questions": "手紙以外の未加入者への呼びかけ方",
            "texts.requests": "県本部の学習会を土曜日にも開いてほしい。",
        },
        "extras": ["※昨年度の回答を見比べられるように、同じシートに残しています。"],
        "flags": {},
        "debatable": {},
    },
    # S4 兵庫: two unions side by side on one sheet. NOT SCORABLE: see ARRIVAL.
    "兵庫_見本市職・見本町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {},
        "extras": [],
        "flags": {},
        "debatable": {},
    },
    # S5 三重: 「記入要領」 visible (with a 記入例), the filled 「アンケート」 HIDDEN. The hidden form's answers.
    "三重_試験村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "三重", "h.union": "試験村職員組合", "h.writer": "試験 早苗", "h.rival_union": "なし",
            "org.members_j": 64, "org.members_r": None, "org.rate_j": 71.1, "org.rate_r": None,
            "org.nonmembers_j": 26, "org.nonmembers_r": None, "org.as_of": "2025-11",
            "org.regular": 78, "org.nonregular": 12,
            "intake.hired": 2, "intake.joined_j": 2, "intake.joined_r": 0, "intake.not_joined": 0,
            "texts.new_hire_main": "採用日に総務課の了解を得て、組合の説明の時間をもらっている。",
            "texts.new_hire_ideas": "説明は新採と年の近い組合員にお願いしている。",
            "texts.new_hire_worries": "新採が毎年1～2人で、説明会の形にならない。",
            "texts.nonmember_main": "未加入の会計年度任用職員に、共済の案内を渡している。",
            "texts.nonmember_worries": "勤務時間が短い職員と話す時間がない。",
            "texts.visibility": "役場の休憩室に組合の掲示コーナーを作った。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "村当局とは年1回交渉している。",
            "texts.differentiation": "競合組合なし。",
            "texts.questions": "小さな単組での役員の引き継ぎ方",
            "texts.requests": "特になし",
        },
        "extras": ["※組織人員数は11月1日現在の人数です。"],
        "flags": {},
        "debatable": {},
    },
    # S6 滋賀: the locked form with 県本部 / 単組 only; everything else on 「回答」 (項目 | 回答 list).
    "滋賀_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "滋賀", "h.union": "架空町職員組合", "h.writer": "架空 美紀", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 235, "org.members_r": 31, "org.rate_j": 52.7, "org.rate_r": 7,
            "org.nonmembers_j": 180, "org.nonmembers_r": 180, "org.as_of": "2025-11",
            "org.regular": 380, "org.nonregular": 66,
            "intake.hired": 12, "intake.joined_j": 9, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "新採研修の1日目に組合説明の時間をもらっている。",
            "texts.new_hire_ideas": "説明会では組合の行事の写真をスライドで見せている。",
            "texts.new_hire_worries": "説明会の時間が年々短くなっている。",
            "texts.nonmember_main": "未加入者に組合主催の行事の案内を届けている。",
            "texts.nonmember_worries": "未加入の理由を聞き取れていない。",
            "texts.visibility": "組合の活動報告を年度末に冊子にして配っている。",
            "texts.sharing_worries": "若い組合員が組合ニュースを読んでいない。",
            "texts.labor_relations": "町当局とは年3回交渉している。休日出勤の振替の徹底を求めている。",
            "texts.differentiation": "競合組合にない共済の保障の内容を説明している。",
            "texts.questions": "若い組合員に組合ニュースを読んでもらう工夫",
            "texts.requests": "研修資料のひな形を作ってほしい。",
        },
        "extras": ["※アンケートのシートは保護されていて入力できなかったため、このシートに記入しました。"],
        "flags": {},
        "debatable": {},
    },
    # S7 岡山: the form, a ※ line, then a 2,000-row staff list (four cells a row) pasted under it.
    "岡山_架空市職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岡山", "h.union": "架空市職員労働組合", "h.writer": "架空 拓也", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1640, "org.members_r": 210, "org.rate_j": 58.2, "org.rate_r": 7.4,
            "org.nonmembers_j": 970, "org.nonmembers_r": 970, "org.as_of": "2025-11",
            "org.regular": 2300, "org.nonregular": 520,
            "intake.hired": 61, "intake.joined_j": 48, "intake.joined_r": 5, "intake.not_joined": 8,
            "texts.new_hire_main": "採用前の内定者説明会で組合の紹介をしている。",
            "texts.new_hire_ideas": "新採と年の近い青年部の役員が、配属先を回って声をかけている。",
            "texts.new_hire_worries": "配属先がばらばらで、説明会のあと会えない新採がいる。",
            "texts.nonmember_main": "職員の加入状況の名簿を作り、未加入者の多い課を重点に回っている。",
            "texts.nonmember_worries": "名簿の更新に手間がかかる。",
            "texts.visibility": "組合の取り組みを動画にして組合員に配信している。",
            "texts.sharing_worries": "動画を見た人の数が分からない。",
            "texts.labor_relations": "市当局とは年6回交渉している。会計年度任用職員の休暇制度の改善を求めている。",
            "texts.differentiation": "職場の困りごとを組合が当局に伝えて解決した例を紹介している。",
            "texts.questions": "職員の加入状況の名簿の管理の仕方",
            "texts.requests": "名簿の管理の仕方の研修を開いてほしい。",
        },
        "extras": ["※未加入者の把握のため、職員の加入状況の名簿を下に貼り付けました。",
                   "【参考】職員の加入状況（抜粋、2025年11月1日現在）"],
        "flags": {},
        "debatable": {},
    },
    # S8 鳥取県本部: the report first (active), the union's survey second. The survey's answers.
    "鳥取県本部_共済報告書とアンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "鳥取", "h.union": "架空町職員労働組合", "h.writer": "架空 真由", "h.rival_union": "全労連・自治労連",
            "org.members_j": 142, "org.members_r": 18, "org.rate_j": 60.4, "org.rate_r": 7.7,
            "org.nonmembers_j": 75, "org.nonmembers_r": 75, "org.as_of": "2025-11",
            "org.regular": 205, "org.nonregular": 30,
            "intake.hired": 5, "intake.joined_j": 4, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "辞令交付式の日に、県本部の役員と一緒に説明会を開いた。",
            "texts.new_hire_ideas": "説明会で共済の加入と組合加入を同時にすすめている。",
            "texts.new_hire_worries": "病院の新採は夜勤があり、説明会に集まれない。",
            "texts.nonmember_main": "未加入者に年1回、共済の案内と一緒に加入の呼びかけ文を渡している。",
            "texts.nonmember_worries": "病院の職員の未加入が多い。",
            "texts.visibility": "組合ニュースを病院の休憩室にも置いている。",
            "texts.sharing_worries": "夜勤の組合員に情報が届きにくい。",
            "texts.labor_relations": "町当局とは年2回交渉している。病院の夜勤の人員配置を求めている。",
            "texts.differentiation": "共済の病気の保障が手厚いことを伝えている。",
            "texts.questions": "病院のある単組での新採説明会の開き方",
            "texts.requests": "病院職場向けのチラシを作ってほしい。",
        },
        "extras": ["※県本部の報告書と同じブックで提出します。"],
        "flags": {},
        "debatable": {},
    },
}

REPORTS = {
    # R1 高知県本部: a union's survey first (active), the report second. The report's answers.
    "高知県本部_報告書・アンケート.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "高知", "h.created": "2026-02-12", "h.author": "試験 晴美", "h.checker": "試験 誠一",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の53.4％。保有件数は前年5月比で99.1％。中山間地の町村"
                                "単組で加入が伸びていない。",
            "s1.progress_since": "11月から県支部と合同で中山間地の9単組を訪問し、単組ごとの推進計画を確認した。",
            "s1.focus": "町村単組の新採の同時加入と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき10月に支払った。使途の把握は単組からの聞き取りにとどまっている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に送り、県支部と合同で9単組をオルグした。2月に新採対策会議を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "退職予定者向けにじちろう共済の継続加入の案内を単組に送った。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で2か月ごとに進捗を確認し、県支部と合同で3単組をオルグした。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※同じブックに単組のアンケート（見本村職員組合）を入れています。"],
        "flags": {},
        "debatable": {},
    },
    # R2 宮崎県本部 (.xls): 「送付状」 first (2026/2/20, 書記長 見本 健一, 担当 見本 優花), then the report (○ / ×).
    "宮崎県本部_共済推進取り組み報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "宮崎", "h.created": "2026-02-16", "h.author": "試験 さくら", "h.checker": "見本 健一",
            "s1.progress_june": "新規加入は1月末で目標の58.7％。保有件数は前年5月比で99.3％。県北の単組で退職者の脱退が"
                                "続いている。",
            "s1.progress_since": "10月から県支部と合同で県北・県西の8単組を訪問し、退職予定者への案内の進め方を確認した。",
            "s1.focus": "退職予定者への継続加入の案内と、県北の単組への支援。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき9月に支払った。使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入の申込書をチラシと一緒に全単組へ送った。12月に執行部学習会を開いた。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "対象者の名簿を単組と確認し、2月に説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "単組代表者会議でマニュアルの活用方法を説明した。",
        },
        "extras": ["※送付状を1枚目のシートに付けています。"],
        "flags": {},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}

# How each file arrived and what a user expects of the book as a whole (unscored; printed by compare.py).
ARRIVAL = {
    "長野県本部_実態共有アンケート_取りまとめ.xlsx": {
        "case": "S1 a 県本部's book: 取りまとめ list + one filled survey per union, tabs 見本町職 / 試験村職 / 架空市職労 (NEW)",
        "want": "three records (見本町職員組合 214 人, 試験村職員労働組合 58 人, 架空市職員労働組合 1,182 人) or 取込不可 "
                "naming each sheet; never the first union alone, never one merged record",
        "several": ["見本町職", "試験村職", "架空市職労"],
    },
    "岐阜_見本町職_アンケート.xlsx": {
        "case": "S2 提出用 (first) + 下書き (second, the active sheet) (seen with the draft first; this order NEW)",
        "want": "the 提出用 answers (398 人, 時点 2025年11月); the draft not read (README); a note that the draft was left out",
        "sheet": "提出用",
        "mention": ["下書き"],
    },
    "静岡_架空町職_アンケート.xlsx": {
        "case": "S3 last year's filled form (rows 1-32) above this year's (rows 35-66) on one sheet (NEW)",
        "want": "this year's block (176 人, 時点 2025年11月); last year's answers not mixed in; ideally a note",
        "min_row": 35,
    },
    "兵庫_見本市職・見本町職_アンケート.xlsx": {
        "case": "S4 one clerk, two unions side by side (B:C | D:E) (NEW)",
        "want": "two records (見本市職員労働組合 1,204 人, 見本町職員組合 96 人) or 取込不可 naming both; never one union "
                "alone, never 見本町職's 自治労 column read as 見本市職's 競合",
        "several": ["見本市職員労働組合", "見本町職員組合"],
    },
    "三重_試験村職_アンケート.xlsx": {
        "case": "S5 the filled form saved HIDDEN behind a visible 記入要領 sheet with a 記入例 (NEW)",
        "want": "the hidden form's answers (64 人, 上部団体 なし), with a note that the sheet was hidden; nothing of the "
                "記入例 (○○町職員労働組合, 1,000 / 50)",
        "sheet": "アンケート",
        "mention": ["非表示"],
    },
    "滋賀_架空町職_アンケート.xlsx": {
        "case": "S6 a fully locked form with only 県本部 / 単組 pre-filled; the answers typed on a 2nd sheet 「回答」 (NEW "
                "as combined)",
        "want": "県本部 / 単組 from the form, everything else from 「回答」",
        "sheet": "回答",
    },
    "岡山_架空市職_アンケート.xlsx": {
        "case": "S7 the form followed by a 2,000-row pasted staff list (4 cells a row, one empty row above) (NEW)",
        "want": "the answers as typed, the last answer without the list; the ※ line and the list kept as その他; a "
                "normal reading time",
    },
    "鳥取県本部_共済報告書とアンケート.xlsx": {
        "case": "S8 the 県本部's report (first, active) + a union's survey in one book, consolidated as a survey (NEW)",
        "want": "the survey sheet's answers; nothing of the report in them; ideally a note that the book also holds a "
                "report",
        "sheet": "アンケート",
    },
    "高知県本部_報告書・アンケート.xlsx": {
        "case": "R1 a union's survey (first, active) + the 県本部's report in one book, consolidated as a report (NEW)",
        "want": "the report sheet's answers; nothing of the survey in them; ideally a note that the book also holds a "
                "survey",
        "sheet": "報告書",
    },
    "宮崎県本部_共済推進取り組み報告書.xls": {
        "case": "R2 a cover letter 送付状 (own date 2026/2/20, 書記長, 担当 見本 優花) before the report, .xls (letter "
                "with its own date and names NEW)",
        "want": "作成日 2026-02-16, 作成者 試験 さくら from the form, not the letter's date or 担当",
        "sheet": "報告書",
    },
}
