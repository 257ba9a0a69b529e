"""Expected readings of the tests/legacy15 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): reports made in February 2026 (令和8年), section titles 「2026年4月新規採用者対策」
  「2026年3月末の…」, survey figures as of November 2025, intake 2026年4月;
- 作成日 「令和8年2月12日」 is 2026-02-12, 「R8.2.16」 is 2026-02-16; a real date is the date it shows; a date labelled
  「提出日」 where the form has 作成日 is the report's date (debatable);
- a cover sheet 「表紙」 before the form repeats the title, the prefecture and the date: the form sheet is the report;
- with two mark columns 「前年度」 | 「今年度」 side by side, this year's answer is 今年度; the 前年度 column is last year's;
- 「○」 / 「×」, the half-width letters 「o」 / 「x」 typed with the IME off, 「実施」 / 「未実施」, 「済」 / 「未」 and 「☑」 / 「□」
  before the item → done / not done; a mark cell left empty in a file that otherwise marks both ways → unanswered (None);
- item rows separated by empty rows, items numbered 「3-4」 by the clerk, items in a flat 区分 | No. | 項目 | 実施状況 list
  are still the printed items, identified by section + item;
- rows hidden by an AUTOFILTER the clerk left on (実施状況 = 「済」) are this year's answers like the others: their 「未」
  means not done (unlike hidden rows holding last year's copy in earlier sets);
- 確認者 typed 「同上」 directly under the 作成者 means the same person: the 作成者's name (debatable);
- a 役職 | 氏名 table under the header: 作成者 / 確認者 are the names, the roles are not part of them (debatable);
- no 県名 cell: the prefecture printed in the page header (「自治労岡山県本部」) and named in the file name is the 県名;
- a 「フリガナ」 row above 記入者お名前 is the reading of the name, not the name: the writer is the name in kanji;
- counts: 「１，０２０名」 is 1020; 「90名弱」 (a little under 90) is 90, approximate; 「約4％」 is 4; 「約1.2万人」 is 12000,
  approximate; 「1,850※」 is 1850 (the ※ points at the note under the table); 「212+35」 typed as text under a note
  saying 正規212人 and 再任用35人 is their sum 247 (debatable); 「６人」 「０人」 are 6 and 0; numbers in cells formatted
  #,##0"人" are the numbers; fractions in 0.0% cells are percentage points (0.462 → 46.2); 「３８．５％」 is 38.5;
- 「同左」 in the competitor's 未加入者数 is the number to its left (the union's); 「－」 in every competitor cell next to
  上部団体 「なし」, and 「把握していない」, are blank (None);
- 上部団体 answered with the NUMBER 2 against the numbered list printed in its label is choice 2, 旧全官公自治労連;
- 時点 「令和7年11月1日現在」, 「R7.11末日現在」, 「2025年11月末」, a real date 2025/11/1 → 2025-11; the bare number 45962
  in the merged 時点 cell is Excel's serial for 2025-11-01 → 2025-11 (debatable);
- texts as typed, line breaks aside (three answers pasted from an e-mail carry Windows CR LF line breaks, stored as
  「_x000D_」: they are line breaks, not text); 「・」 bullet lines, 「なし」 and 「特になし」 are answers; an empty box is None;
- a 「※」 line typed by the clerk outside the printed form (under it, beside it) is an extra; the printed 組織率 note,
  「←プルダウンから選択」, the legend 「凡例：○実施　×未実施」 and the cover sheet's lines are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025  # the fiscal year of every fixture (2026年4月新採, 2026年3月末 …)

REPORTS = {
    # R1 (XlsxWriter): 「表紙」 first; header A3..A6 | C:F, 作成日 「令和8年2月12日」, 確認者 「同上」; s1 「・」 bullets;
    #     legend A22; 前年度 (A) | 今年度 (B) ○ / × marks; note A56.
    "青森県本部_共済推進取り組み報告書（R7）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "青森", "h.created": "2026-02-12", "h.author": "見本 拓海", "h.checker": "見本 拓海",
            "s1.progress_june": "・団体生命共済の新規加入は1月末で目標の55.3％にとどまっている。\n・保有件数は前年5月比で99.2％と"
                                "微減した。\n・津軽地区の町村単組で新採の加入が伸びていない。",
            "s1.progress_since": "・9月から県支部と合同で津軽・下北地区の12単組を訪問した。\n・単組ごとに2026年度末の保有目標と"
                                 "到達状況を示した。",
            "s1.focus": "・町村単組への訪問の継続\n・新採説明会での同時加入の呼びかけ",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払った。使途は単組の決算報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のリーフレットを作成し全単組に送付した。県支部と合同で12単組をオルグし、1月に新採対策会議を"
                       "開いた。同時加入の具体策として説明会の進行例を示した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を単組に提起した。再任用者向けにじちろう共済の継続加入の案内を配布した。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月進捗を確認し、モデル単組3単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※前年度の欄は令和6年度（昨年2月）の報告の写しです。"],
        "flags": {},
        "debatable": {"h.checker": "typed 「同上」 under the 作成者 「見本 拓海」: the same person; a reader could keep 「同上」 "
                                   "as typed (or flag it) rather than copy the name"},
    },
    # R2 (openpyxl): print title row 1, frozen; 「県　名」 / 「作　成⏎年月日」 | B:C, a date shown 令和8年2月9日;
    #     s1 labels A:B over 3 rows | C:I; 「o」 / 「x」 in G, items double-spaced; s4 text blank; note J27.
    "神奈川県本部　取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "神奈川", "h.created": "2026-02-09", "h.author": "試験 由香", "h.checker": "試験 健一",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の61.7％。保有件数は前年5月比で100.2％と横ばい。政令市の"
                                "大規模単組で若年層の加入が少ない。",
            "s1.progress_since": "7月以降、県支部と合同で県西・湘南地区の9単組を訪問した。単組ごとの2026年度末保有目標を確認し、"
                                 "3月までの行動計画を作った。",
            "s1.focus": "大規模単組の若年層への働きかけと、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき年度末に支払っている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシと動画を全単組に提供し、県支部と合同で9単組をオルグした。執行部学習会を2回開き、"
                       "新採組織化方針と同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": None,
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で四半期ごとに進捗を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "特になし",
        },
        "extras": ["※新採対策会議は2月下旬に開催予定です。"],
        "flags": {},
        "debatable": {},
    },
    # R3 (.xls via LibreOffice): A3 県名 | B3 愛知 | C3 作成日 | D3 「R8.2.16」; 役職 | 氏名 table rows 4-6; (1)… s1 labels;
    #     No. 「2-1」… | items | 実施状況 (実施 / 未実施, s3 item 6 blank) | text G:H; s2 text 「特になし」; note A51.
    "愛知県本部_取組報告_R8.2.xls": {
        "kind": "report",
        "values": {
            "h.pref": "愛知", "h.created": "2026-02-16", "h.author": "架空 涼子", "h.checker": "架空 康弘",
            "s1.progress_june": "新規加入は1月末で目標の63.4％。保有件数は前年5月比で100.8％と増加した。尾張地区の一部単組で"
                                "新採の加入率が下がっている。",
            "s1.progress_since": "県支部と合同で尾張・三河地区の14単組を訪問し、単組別の2026年度末保有目標と年度内の取り組み"
                                 "日程を確認した。",
            "s1.focus": "新採の同時加入率の向上と、三河地区の小規模単組への支援。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "特になし",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": None, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを提供し、執行部学習会を3会場で開いた。12月に新採対策会議を開き、新採組織化方針を"
                       "提起した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "対象者を単組ごとに把握し、説明会でじちろう共済の継続加入をアピールした。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、モデル単組を県支部と合同でオルグした。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を推進委員会で確認し、代表者会議で内容と活用方法を説明した。",
        },
        "extras": ["※No.欄の番号は県本部で付けたものです。"],
        "flags": {},
        "debatable": {
            "h.author": "a 役職 | 氏名 table: 作成者 | 書記次長 | 架空 涼子; the name is 架空 涼子, a reader could keep the "
                        "role with it (「書記次長 架空 涼子」)",
            "h.checker": "a 役職 | 氏名 table: 確認者 | 書記長 | 架空 康弘; the name is 架空 康弘, a reader could keep the "
                         "role with it",
        },
    },
    # R4 (XlsxWriter, protected): no 県名 cell, 「自治労岡山県本部」 in the print header only; 提出日 G1 | H1:J1 a date
    #     shown 2026/2/10; s1 boxes side by side; 「　☑　label」 / 「　□　label」; 「・」 bullets; note A49.
    "岡山県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岡山", "h.created": "2026-02-10", "h.author": "架空 直樹", "h.checker": "架空 真理子",
            "s1.progress_june": "・新規加入は1月末で目標の58.6％。\n・保有件数は前年5月比で99.5％と減少した。\n・県北の単組で"
                                "退職者の脱退が続いている。",
            "s1.progress_since": "・県支部と合同で県北・県南の10単組を訪問した。\n・単組ごとに2026年度末の保有目標を示し、"
                                 "到達見込みを確認した。",
            "s1.focus": "・退職予定者への継続加入の案内\n・県北単組への支援の継続",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "・規程にもとづき8月に支払った。",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "・県支部と合同で10単組をオルグした。\n・執行部学習会と新採対策会議を開き、同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "・組織化方針を提起し、対象者の名簿を単組と確認した。\n・説明会を4会場で開き、じちろう共済をアピール"
                       "した。",
            "s5.progress": False, "s5.joint_org": True,
            "s5.text": "・モデル単組2単組を県支部と合同でオルグした。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "・冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※説明会の参加者名簿は別途送付します。"],
        "flags": {},
        "debatable": {"h.created": "labelled 「提出日」 (the date it is sent) where the form prints 作成日: read as the "
                                   "report's date; a reader could leave 作成日 blank"},
    },
    # R5 (openpyxl): header A3..A6 | B, a date shown 2026年2月13日; s1 label rows + blocks; flat list rows 21..38 with an
    #     AUTOFILTER on 実施状況 = 「済」 (the 「未」 rows 25, 27, 31, 32, 34, 35, 38 hidden); texts table rows 42..46; note A48.
    "熊本県本部_取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "熊本", "h.created": "2026-02-13", "h.author": "見本 大地", "h.checker": "見本 早紀",
            "s1.progress_june": "新規加入は1月末で目標の60.2％。保有件数は前年5月比で100.1％とほぼ横ばい。天草・球磨地区の単組"
                                "で新採の加入が少ない。",
            "s1.progress_since": "県支部と合同で天草・球磨地区の8単組を訪問し、2026年度末の保有目標と新採対策の日程を単組ごとに"
                                 "確認した。",
            "s1.focus": "地区ごとの学習会の開催と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき9月に支払い、使途は単組の報告書で把握している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同で8単組をオルグした。新採対策会議で同時加入方針と"
                       "具体策を示した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "組織化方針を単組に提起した。対象者の把握はこれから行う。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で進捗を確認している。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを全単組に配布し、代表者会議で活用方法を周知した。",
        },
        "extras": ["※学習会の日程は県支部と調整中です。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter): printed-form look; フリガナ row A5; 上部団体 C7 (dropdown); 「１，０２０名」 / 「90名弱」, 「45.2％」 /
    #     「約4％」, 「1,146名」 / 「同左」; 時点 D8:D10 「令和7年11月1日現在」; intake 28/19/5/4; texts A19..A29 | B:F; note A31.
    "福島_見本市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "福島", "h.union": "見本市職員労働組合", "h.writer": "見本 遥", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1020, "org.members_r": 90, "org.rate_j": 45.2, "org.rate_r": 4,
            "org.nonmembers_j": 1146, "org.nonmembers_r": 1146, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 28, "intake.joined_j": 19, "intake.joined_r": 5, "intake.not_joined": 4,
            "texts.new_hire_main": "4月の新採研修で組合説明会を開き、その場で加入を呼びかけている。",
            "texts.new_hire_ideas": "説明会には青年部の役員が参加し、職場の先輩として話すようにしている。",
            "texts.new_hire_worries": "競合の説明会と日程が重なり、時間を十分にとれないことがある。",
            "texts.nonmember_main": "未加入者の名簿を職場委員と共有し、個別に声をかけている。",
            "texts.nonmember_worries": "本庁以外の職場の未加入者と話す機会が少ない。",
            "texts.visibility": "交渉の結果を当日中に組合ニュースで知らせている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは年4回交渉している。時間外勤務の縮減と人員の確保を求めている。",
            "texts.differentiation": "共済の給付事例を紹介し、組合に入っている安心を伝えている。",
            "texts.questions": "新採説明会の時間を当局に確保してもらう方法",
            "texts.requests": "新採向けの共済パンフレットを増やしてほしい。",
        },
        "extras": ["※競合の人数は役員からの聞き取りによるおおよその数です。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S2 (.xls via LibreOffice): 項目 | 回答 list; 上部団体 the number 2 (numbered choices in the label); 「356人」 / 「48人」,
    #     「61.4%」 / 「8.3%」, 「176人」 ×2; 時点 「R7.11末日現在」; 正規 「480人」 / 非正規 「100人」; intake 「６人」 「４人」
    #     「０人」 「２人」; 問1…問11 texts, one 「なし」; note A38.
    "千葉_架空町職_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "千葉", "h.union": "架空町職員組合", "h.writer": "架空 美和", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 356, "org.members_r": 48, "org.rate_j": 61.4, "org.rate_r": 8.3,
            "org.nonmembers_j": 176, "org.nonmembers_r": 176, "org.as_of": "2025-11",
            "org.regular": 480, "org.nonregular": 100,
            "intake.hired": 6, "intake.joined_j": 4, "intake.joined_r": 0, "intake.not_joined": 2,
            "texts.new_hire_main": "採用日に町の研修の後、組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会では組合費と共済の掛金をまとめた早見表を配っている。",
            "texts.new_hire_worries": "採用が少ない年は説明会を開けず、個別の声かけになる。",
            "texts.nonmember_main": "未加入者には職場の組合員から一人ずつ声をかけてもらっている。",
            "texts.nonmember_worries": "何度声をかけても加入しない人への対応。",
            "texts.visibility": "組合ニュースを毎月発行し、町内の全職場に配っている。",
            "texts.sharing_worries": "会計年度任用職員に情報が届きにくい。",
            "texts.labor_relations": "町当局とは年2回交渉している。人事評価の運用について協議を続けている。",
            "texts.differentiation": "共済の手厚さと、県本部の相談窓口を紹介している。",
            "texts.questions": "なし",
            "texts.requests": "近隣の町の単組と合同の新採交流会を開いてほしい。",
        },
        "extras": ["※非正規職員数には会計年度任用職員（パートタイム）を含みます。"],
        "flags": {},
        "debatable": {},
    },
    # S3 (XlsxWriter): 「県本部：福岡」 … A3..A6; transposed pairs rows 9-10: 「約1.2万人」 | 0.462 | 「約1.2万人」 /
    #     「1,850※」 | 0.071 | 「約1.2万人」; 時点 B11 a date shown 2025/11/1; ※ note A12; intake D16..D19 165/121/18/26;
    #     【label】 texts, answers merged over two rows, three with CR LF; one 「特になし」.
    "福岡県本部_架空市職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "福岡", "h.union": "架空市職員労働組合", "h.writer": "架空 浩二", "h.rival_union": "全労連・自治労連",
            "org.members_j": 12000, "org.members_r": 1850, "org.rate_j": 46.2, "org.rate_r": 7.1,
            "org.nonmembers_j": 12000, "org.nonmembers_r": 12000, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 165, "intake.joined_j": 121, "intake.joined_r": 18, "intake.not_joined": 26,
            "texts.new_hire_main": "・3月に内定者説明会を開いた。\n・4月の辞令交付式の後に加入説明会を開く。",
            "texts.new_hire_ideas": "・説明会の後、職場ごとに先輩組合員が昼食に誘っている。",
            "texts.new_hire_worries": "・採用者が多く、一人ひとりと話す時間が足りない。\n・競合も同じ日に説明会を開く。",
            "texts.nonmember_main": "区役所ごとに未加入者の一覧を作り、支部の役員が声をかけている。",
            "texts.nonmember_worries": "交替制の職場の未加入者に会えない。",
            "texts.visibility": "交渉の経過を組合のホームページとSNSで発信している。",
            "texts.sharing_worries": "ニュースを配っても読まれているか分からない。",
            "texts.labor_relations": "市当局とは年6回交渉している。\n会計年度任用職員の処遇改善と、区役所の人員確保を求めている。",
            "texts.differentiation": "共済と組合の相談窓口が一つで、何でも相談できることを伝えている。",
            "texts.questions": "大規模単組での新採説明会の進め方",
            "texts.requests": "特になし",
        },
        "extras": ["※競合の人数は競合組合の機関紙による推計です。"],
        "flags": {"org.members_j": "概", "org.nonmembers_j": "概", "org.nonmembers_r": "概"},
        "debatable": {},
    },
    # S4 (XlsxWriter): A3..A7 | B:D with a 役職 row; 上部団体 「なし」; 「212+35」 (text) / 「－」, 38.6 / 「－」, 393 / 「－」;
    #     時点 D10:D12 the serial 45962 (General); ※ note A14; intake 3/3/0/0; Q1…Q11 label rows, answers below; Q10 blank.
    "徳島_試験村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "徳島", "h.union": "試験村職員労働組合", "h.writer": "試験 恵子", "h.rival_union": "なし",
            "org.members_j": 247, "org.members_r": None, "org.rate_j": 38.6, "org.rate_r": None,
            "org.nonmembers_j": 393, "org.nonmembers_r": None, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 3, "intake.joined_j": 3, "intake.joined_r": 0, "intake.not_joined": 0,
            "texts.new_hire_main": "採用日に村長との面談の後、書記長が組合の説明をしている。",
            "texts.new_hire_ideas": "歓迎会を組合主催で開き、家族の共済の話もしている。",
            "texts.new_hire_worries": "採用が毎年数人で、説明の経験が引き継がれない。",
            "texts.nonmember_main": "未加入者には年度初めに組合の案内を手渡ししている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ニュースを年6回発行している。",
            "texts.sharing_worries": "役員の負担が大きく、ニュースの発行が遅れがちになる。",
            "texts.labor_relations": "村当局とは年1回交渉している。人員不足の解消を求めている。",
            "texts.differentiation": "なし",
            "texts.questions": None,
            "texts.requests": "小規模単組向けの共済学習会を開いてほしい。",
        },
        "extras": ["※組織人員数は正規職員212人と再任用職員35人の合計です。"],
        "flags": {},
        "debatable": {
            "org.members_j": "typed as the text 「212+35」 (no 「=」), the note under the table saying 正規212人 + 再任用35人: "
                             "the sum 247; a reader could leave it unread (raw kept, flagged) or take the first number",
            "org.as_of": "the bare number 45962 in a General cell under 時点 is Excel's serial for 2025-11-01; a reader who "
                         "does not recognise a serial could leave 時点 blank",
        },
    },
    # S5 (openpyxl): every label wrapped with Alt+Enter; 310 / 「約60人」 (#,##0"人"), 「３８．５％」 / 「把握していない」,
    #     435 / 「同左」; 時点 D9:D11 「2025年11月末」; intake row 15 12/8/1/3; texts A (two rows) | B:F; note A40.
    "沖縄_架空町職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "沖縄", "h.union": "架空町職員労働組合", "h.writer": "架空 真一", "h.rival_union": "全労連・医労連",
            "org.members_j": 310, "org.members_r": 60, "org.rate_j": 38.5, "org.rate_r": None,
            "org.nonmembers_j": 435, "org.nonmembers_r": 435, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 12, "intake.joined_j": 8, "intake.joined_r": 1, "intake.not_joined": 3,
            "texts.new_hire_main": "4月の採用日に組合説明会を開き、加入届を配っている。",
            "texts.new_hire_ideas": "説明会で共済の給付事例を紹介している。",
            "texts.new_hire_worries": "競合の役員が職場の上司であることが多い。",
            "texts.nonmember_main": "未加入者の多い職場で昼休みに懇談会を開いている。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を気にしている。",
            "texts.visibility": "交渉の結果を掲示板とメールで知らせている。",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "町当局とは年3回交渉している。保育所の人員確保を重点にしている。",
            "texts.differentiation": "全国組織としての情報量と共済の手厚さを伝えている。",
            "texts.questions": "離島の単組での新採の声のかけ方",
            "texts.requests": "県本部主催の新採交流会を続けてほしい。",
        },
        "extras": ["※競合の組織率は相手方から聞けていません。"],
        "flags": {"org.members_r": "概"},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
