"""Expected readings of the tests/legacy16 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): reports made in February 2026 (令和8年), section titles 「2026年4月新規採用者対策」
  「2026年3月末の…」, survey figures as of November 2025, intake 2026年4月;
- a file saved by LibreOffice Calc, exported from Apple Numbers or a web system, or OCR'd from a scan is read like any
  other: what its cells show; Numbers' 「エクスポートの概要」 sheet and a system's 「出力日時」 / 「アンケート名」 lines are
  not answers; a survey whose tables sit on two worksheets (Numbers: one worksheet per table) is one answer;
- 作成日 「令和８年２月吉日」: 吉日 leaves the day unspecified, so the date is the month only, 2026-02 (debatable);
  「2026/2/10（火）」 is 2026-02-10; 「令和8年 2月 16日」 (OCR's stray spaces) is 2026-02-16; the number 46071 in a General
  cell of a value-pasted sheet is Excel's serial for 2026-02-18 (debatable);
- a Google Forms response sheet: one row per response; the LATER response (by タイムスタンプ) is the corrected one and
  replaces the earlier; with no 作成日 question, the date of that response is the report's date (debatable); a checkbox
  question's cell lists the chosen items joined by 「, 」: a listed item is done, an item not listed is not done, an
  empty cell means none was chosen (not done, debatable);
- ☑ / □, and the OCR's 「口」 (the kanji read for an empty □) → done / not done; 1 / 0 → done / not done;
  「はい」 / 「いいえ」 → done / not done, an empty cell among them → unanswered (None);
- a second person's RED 追記 column: 「→2/3に…開催済み」 beside an item marked 0 makes it done (debatable);
  「→…周知予定」 (planned) leaves it not done; a 「（追記）…」 sentence beside a section's items adds to that section's
  具体的な取り組み, after the first writer's text (debatable); a red run inside a text cell is part of the text;
- an error value (#REF!) where a text should be is no answer (None);
- a text broken over several rows (a scan's paper lines, a value-paste's next row, a Word table's paragraphs) is one
  text; a trailing empty paragraph is nothing;
- counts: 「　　１，２０４　」 (full-width digits and padding spaces) is 1204; 「約１５０」 「約20」 「約40」 「約５」 「約7」 are
  approximate (flagged); a number whose unit sits in the next cell (「218」|「人」) is the number; 「不明」 is blank (None);
  「〃」 in the 競合 row under the 自治労 row means the same as the 自治労 value above (未加入者数, 時点); strings 「512」
  from a system export are numbers; 0.0 … fractions are not used in this set (rates are percentage points);
- a 県本部 check column: the ticks 「✓」 are not answers; 「自治労は312人（11/1の名簿で確認）」 typed there is the 県本部's
  correction of the union's 「約300」, read as 312 (debatable); 「未記入（単組に確認中）」 beside an empty answer leaves the
  answer empty (debatable);
- time points 「2025/11/01」 (a date), 「2025-11-01」, 「R7.11.1現在」, a date shown 「R7.11.1」 → 2025-11;
- texts as typed, white space and line breaks aside (padding 「　」 is not text); an HTML 「<br>」 left by a web export is
  a line break and 「&amp;」 is 「&」; radical characters from a PDF are the ideographs they stand for (⻘ U+2ED8 → 青,
  ⽀ → 支, ⼊ → 入) and decomposed kana (NFD) are the ordinary ones; 「なし」 and 「特になし」 are answers;
- a 「※」 line typed outside the printed form, and a 「備考」 answer the form does not ask, are extras; the template's
  instructions, the legend 「実施欄：1＝実施　0＝未実施」, the printed 組織率 note and page numbers 「- 1 -」 are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025  # the fiscal year of every fixture (2026年4月新採, 2026年3月末 …)

REPORTS = {
    # R1 (HQ's template, saved by LibreOffice Calc): 作成日 「令和８年２月吉日」; ☑ / □ in A; red 追記 run in the s5 text;
    #     note A76.
    "新潟県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "新潟", "h.created": "2026-02", "h.author": "見本 悠斗", "h.checker": "見本 千尋",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の56.8％。保有件数は前年5月比で99.4％と減少した。\n"
                                "中越・上越地区の町村単組で新採の加入が伸びていない。",
            "s1.progress_since": "8月以降、県支部と合同で中越・上越地区の11単組を訪問し、単組ごとの2026年度末保有目標を確認"
                                 "した。",
            "s1.focus": "町村単組の新採対策への支援と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき11月に支払い、使途は単組の報告書で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のチラシを全単組に送付し、県支部と合同で11単組をオルグした。1月に新採対策会議を開き、"
                       "新採組織化方針と同時加入の具体策を示した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を単組に提起し、再任用者向けのじちろう共済の案内を配布した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認した。\n【県支部追記】上越地区のモデル単組は3月に再訪問する予定。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。代表者会議で活用方法を説明した。",
        },
        "extras": ["※作成日は決裁日が未定のため「吉日」としています。"],
        "flags": {},
        "debatable": {
            "h.created": "「令和８年２月吉日」: 吉日 names no day, so the month 2026-02 only; a reader could leave 作成日 "
                         "blank (raw kept, flagged) or take the 1st (2026-02-01)",
        },
    },
    # R2 (Google Forms response sheet): two responses, the later (2026/02/13) the corrected one; checkbox answers
    #     joined by 「, 」; s5's checkbox cell empty; no 作成日 but the タイムスタンプ.
    "共済推進取り組み報告書_静岡県本部（回答）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "静岡", "h.created": "2026-02-13", "h.author": "架空 颯太", "h.checker": "架空 弘美",
            "s1.progress_june": "新規加入は1月末で目標の59.1％。保有件数は前年5月比で100.3％と横ばい。東部地区の単組で若年層"
                                "の加入が少ない。",
            "s1.progress_since": "県支部と合同で東部・中部地区の10単組を訪問し、単組別の2026年度末保有目標を確認した。",
            "s1.focus": "東部地区の単組への支援と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき9月に支払った。使途は単組の決算書で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同で10単組をオルグした。12月に新採対策会議を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を提起し、退職予定者にじちろう共済の継続加入をアピールした。",
            "s5.progress": False, "s5.joint_org": False,
            "s5.text": "推進委員会での進捗確認は4月から行う予定。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "冊子を推進委員会で確認し、全単組に配布した。単組オルグでマニュアルの参照を提案した。",
        },
        "extras": [],
        "flags": {},
        "debatable": {
            "h.created": "no 作成日 question: the タイムスタンプ of the final response (2026/02/13 10:42:05) read as the "
                         "report's date; a reader could leave 作成日 blank",
            "s5.progress": "the checkbox cell of s5 is empty in the final response (nothing chosen): not done; a reader "
                           "could call the items unanswered (None)",
            "s5.joint_org": "as s5.progress",
        },
    },
    # R3 (XlsxWriter): header A3..A6 | B:C, 作成日 「2026/2/10（火）」; 1 / 0 in A; red 追記 column I (s3 item 3 「→…開催済み」,
    #     s4 「（追記）…」, s6 item 3 「→…予定」); note A51.
    "大阪府本部_共済推進取り組み報告書（県支部追記）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "大阪", "h.created": "2026-02-10", "h.author": "架空 翼", "h.checker": "架空 誠",
            "s1.progress_june": "新規加入は1月末で目標の54.2％。保有件数は前年5月比で99.1％と減少した。大規模単組で退職者の"
                                "脱退が多い。",
            "s1.progress_since": "県支部と合同で北摂・河内地区の15単組を訪問し、2026年度末の保有目標と到達見込みを単組ごとに"
                                 "確認した。",
            "s1.focus": "大規模単組の退職予定者対策と、新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払った。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを提供し、県支部と合同で15単組をオルグした。1月に新採対策会議を開き、同時加入方針を"
                       "提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "組織化方針を提起し、対象者を単組ごとに把握した。説明会でじちろう共済をアピールした。\n"
                       "（追記）県支部でも再任用者向けの共済説明会を1月に2回開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で進捗を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※赤字の追記欄は県支部（試験 由紀子）が記入しました。"],
        "flags": {},
        "debatable": {
            "s3.study": "marked 0 by the 県本部, but the 県支部's red 追記 beside it says 「→2/3に執行部学習会を開催済み」 "
                        "(done before the report's date): done; a reader could keep the first writer's 0 (not done)",
            "s4.text": "the 県支部's red 「（追記）…」 beside the section's items read as part of its 具体的な取り組み, after the "
                       "first writer's text; a reader could keep only the first text (and the 追記 as an extra)",
        },
    },
    # R4 (OCR'd scan): sheets 「Page 1」 / 「Page 2」; one paper line per row; ☑ / 口; 作成日 「令和8年 2月 16日」;
    #     s6 item 4 over three rows; note Page 2!A23.
    "兵庫県本部_取組報告書（スキャン）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "兵庫", "h.created": "2026-02-16", "h.author": "試験 光", "h.checker": "試験 和也",
            "s1.progress_june": "新規加入は1月末で目標の57.9％。保有件数は前年5月比で99.7％と減少した。阪神地区の大規模単組"
                                "で若年層の加入が少ない。",
            "s1.progress_since": "県支部と合同で播磨・但馬地区の9単組を訪問し、単組ごとの2026年度末保有目標を確認した。",
            "s1.focus": "但馬・丹波地区の小規模単組への支援の継続。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき12月に支払った。使途の把握はこれから行う。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同で9単組をオルグした。執行部学習会を2会場で開いた。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、対象者の説明会を3会場で開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "モデル単組を県支部と合同でオルグした。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": True,
            "s6.text": "冊子を執行委員会で確認した。単組オルグでマニュアルの参照を提案した。",
        },
        "extras": ["※説明会の資料は別途郵送します。"],
        "flags": {},
        "debatable": {},
    },
    # R5 (value-paste, Sheet1, no title): 作成日 46071 (General); Ⅰ…Ⅵ; はい / いいえ in C, s6 item 4 blank; texts in D,
    #     s4's over two rows; s5 text #REF!; note F36.
    "山口県本部_取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "山口", "h.created": "2026-02-18", "h.author": "見本 大和", "h.checker": "見本 恵美",
            "s1.progress_june": "新規加入は1月末で目標の60.8％。保有件数は前年5月比で100.4％と増加した。\nただし、周南地区の"
                                "単組で新採の加入率が下がっている。",
            "s1.progress_since": "県支部と合同で周南・下関地区の8単組を訪問し、単組ごとの保有目標を確認した。",
            "s1.focus": "周南地区の新採対策と、再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払い、使途を単組の報告で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のツールを提供し、執行部学習会を2回開いた。新採対策会議で新採組織化方針と具体策を示した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を単組に提起し、対象者の名簿を確認した。\n説明会は3月に開く予定。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": None,
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": None,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※5の具体的な取り組みは6月報告と同じです。"],
        "flags": {},
        "debatable": {
            "h.created": "the bare number 46071 in a General cell beside 作成日 (a value-only paste of a date) is Excel's "
                         "serial for 2026-02-18; a reader who does not recognise a serial could leave 作成日 blank",
        },
    },
}

SURVEYS = {
    # S1 (made in LibreOffice Calc, .ods → .xlsx): every answer padded with full-width spaces; 「１，２０４」 / 「約１５０」,
    #     「４２．８」 / 「約５」, 「１，４６０」 ×2; 時点 a date 2025/11/01 (D9:D11); intake 42/31/4/7; note A31.
    "埼玉_見本市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "埼玉", "h.union": "見本市職員労働組合", "h.writer": "見本 美咲", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1204, "org.members_r": 150, "org.rate_j": 42.8, "org.rate_r": 5,
            "org.nonmembers_j": 1460, "org.nonmembers_r": 1460, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 42, "intake.joined_j": 31, "intake.joined_r": 4, "intake.not_joined": 7,
            "texts.new_hire_main": "4月の新採研修の後に組合説明会を開き、加入届をその場で集めている。",
            "texts.new_hire_ideas": "青年部の役員が説明会に参加し、職場の先輩として話している。",
            "texts.new_hire_worries": "競合も同じ日に説明会を開き、新採が迷ってしまう。",
            "texts.nonmember_main": "未加入者の一覧を支部ごとに作り、職場委員が声をかけている。",
            "texts.nonmember_worries": "出先機関の未加入者と会う機会が少ない。",
            "texts.visibility": "交渉の結果を組合ニュースとメールで当日中に知らせている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは年5回交渉している。会計年度任用職員の処遇改善を重点にしている。",
            "texts.differentiation": "共済の給付事例を紹介し、組合と共済の両方で支えることを伝えている。",
            "texts.questions": "新採説明会の時間を当局に確保してもらう工夫",
            "texts.requests": "新採向けの共済リーフレットを早めに届けてほしい。",
        },
        "extras": ["※競合の人数と組織率は役員からの聞き取りによるおおよその数です。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S2 (Apple Numbers export): 「エクスポートの概要」 first; 「アンケート - 回答」 項目 | 回答 | 競合 (286/41, 57.2/8.2, 173/173,
    #     時点 a date); intake on 「アンケート - 新規採用者」 9/6/1/2; NFD labels; ⻘ / ⽀ / ⼊ in answers; note A21.
    "群馬_試験町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "群馬", "h.union": "試験町職員組合", "h.writer": "試験 大輔", "h.rival_union": "全労連・医労連",
            "org.members_j": 286, "org.members_r": 41, "org.rate_j": 57.2, "org.rate_r": 8.2,
            "org.nonmembers_j": 173, "org.nonmembers_r": 173, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 9, "intake.joined_j": 6, "intake.joined_r": 1, "intake.not_joined": 2,
            "texts.new_hire_main": "4月の採用日に組合説明会を開き、青年部の役員が加入を呼びかけている。",
            "texts.new_hire_ideas": "説明会の資料に共済のガイドブックを入れている。",
            "texts.new_hire_worries": "競合の役員が職場の上司で、新採が断りにくい。",
            "texts.nonmember_main": "支部ごとに未加入者の名簿を作り、昼休みに声をかけている。",
            "texts.nonmember_worries": "保育所や病院など交替制の職場の未加入者に会えない。",
            "texts.visibility": "組合ニュースを毎月発行し、青年部のSNSでも発信している。",
            "texts.sharing_worries": "ニュースが読まれているか分からない。",
            "texts.labor_relations": "町当局とは年2回交渉している。保育士の人員確保を求めている。",
            "texts.differentiation": "なし",
            "texts.questions": "小規模単組での青年部活動の続け方",
            "texts.requests": "県本部の共済学習会を地区ごとに開いてほしい。",
        },
        "extras": ["※数字は2025年11月1日現在の組合員名簿によります。"],
        "flags": {},
        "debatable": {},
    },
    # S3 (web system export): 「出力日時」 / 「アンケート名」 lines; 設問番号 | 設問 | 回答; all text (「512」 …); 時点 「2025-11-01」;
    #     正規 760 / 非正規 164; intake 14/10/1/3; 「<br>」 in two answers, 「&amp;」 in one; Q27 empty; Q29 備考.
    "三重_架空町職労_アンケート（システム出力）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "三重", "h.union": "架空町職員労働組合", "h.writer": "架空 里奈", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 512, "org.members_r": 63, "org.rate_j": 55.4, "org.rate_r": 6.8,
            "org.nonmembers_j": 349, "org.nonmembers_r": 349, "org.as_of": "2025-11",
            "org.regular": 760, "org.nonregular": 164,
            "intake.hired": 14, "intake.joined_j": 10, "intake.joined_r": 1, "intake.not_joined": 3,
            "texts.new_hire_main": "4月の採用日に組合説明会を開いている。\n説明会の後、職場ごとに先輩組合員が歓迎会に誘っている。",
            "texts.new_hire_ideas": "共済と組合のQ&A集を作り、説明会で配っている。",
            "texts.new_hire_worries": "採用が各課に分散し、まとめて話す機会が少ない。",
            "texts.nonmember_main": "未加入者には年2回、組合の案内を手渡ししている。",
            "texts.nonmember_worries": "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
            "texts.visibility": "交渉の結果を掲示板と組合ニュースで知らせている。\nニュースは全職員に配っている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年3回交渉している。時間外勤務の縮減を求めている。",
            "texts.differentiation": "共済の手厚さと、県本部の相談窓口を紹介している。",
            "texts.questions": None,
            "texts.requests": "近隣の単組との交流会を開いてほしい。",
        },
        "extras": ["競合の人数は競合組合の機関紙によります。"],
        "flags": {},
        "debatable": {},
    },
    # S4 (Word table pasted): paragraphs one per row, labels merged down; transposed pairs with units in cells of their
    #     own (218 人 | 47.6 ％ | 220 人 | R7.11.1 / 約20 人 | 不明 ％ | 〃 人 | 〃); intake 5/3/1/1 with 人; note A34.
    "高知_見本村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "高知", "h.union": "見本村職員組合", "h.writer": "見本 純一", "h.rival_union": "全労連・自治労連",
            "org.members_j": 218, "org.members_r": 20, "org.rate_j": 47.6, "org.rate_r": None,
            "org.nonmembers_j": 220, "org.nonmembers_r": 220, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 5, "intake.joined_j": 3, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日の午後に組合説明会を開いている。\n説明会では書記長が組合と共済の説明をしている。",
            "texts.new_hire_ideas": "説明会に村長との懇談の時間を合わせてもらっている。",
            "texts.new_hire_worries": "採用が毎年数人で、説明の経験が引き継がれない。",
            "texts.nonmember_main": "１．未加入者に年度初めに組合の案内を手渡ししている。\n２．歓迎会に未加入者も誘っている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ニュースを年4回発行している。",
            "texts.sharing_worries": "役場と出張所が離れていて、ニュースが届きにくい。",
            "texts.labor_relations": "村当局とは年1回交渉している。\n人員不足の解消と、時間外勤務の縮減を求めている。",
            "texts.differentiation": "共済の給付が早いことを伝えている。",
            "texts.questions": "小規模単組での新採説明会の進め方",
            "texts.requests": "なし",
        },
        "extras": ["※この表はWordで届いた回答を県本部で貼り付けたものです。"],
        "flags": {"org.members_r": "概"},
        "debatable": {},
    },
    # S5 (Sheet1, no title, a blue 県本部確認 column E): 「約300」 with the correction 「自治労は312人（11/1の名簿で確認）」,
    #     「約40」, 52 / 「約7」, 248 ×2; 時点 「R7.11.1現在」 (D7:D9); intake 8/6/0/2; questions blank with
    #     「未記入（単組に確認中）」 beside; note A30.
    "宮崎_見本町職_アンケート（県本部確認済）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "宮崎", "h.union": "見本町職員労働組合", "h.writer": "見本 結衣", "h.rival_union": "全労連・自治労連",
            "org.members_j": 312, "org.members_r": 40, "org.rate_j": 52, "org.rate_r": 7,
            "org.nonmembers_j": 248, "org.nonmembers_r": 248, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 8, "intake.joined_j": 6, "intake.joined_r": 0, "intake.not_joined": 2,
            "texts.new_hire_main": "4月の採用日に組合説明会を開き、加入届を配っている。",
            "texts.new_hire_ideas": "説明会に青年部の役員が参加している。",
            "texts.new_hire_worries": "競合の説明会と日程が重なる。",
            "texts.nonmember_main": "未加入者の多い職場で昼休みに懇談会を開いている。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を気にしている。",
            "texts.visibility": "交渉の結果を掲示板で知らせている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年2回交渉している。保育所の人員確保を重点にしている。",
            "texts.differentiation": "共済の給付事例を紹介している。",
            "texts.questions": None,
            "texts.requests": "県本部主催の新採交流会を続けてほしい。",
        },
        "extras": ["※県本部より：競合の人数と組織率は単組からの聞き取りです。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {
            "org.members_j": "the union typed 「約300」; the 県本部's check column beside it says 「自治労は312人（11/1の名簿で"
                             "確認）」: the checked 312 (it also matches the rate 52% of 600 staff); a reader could keep the "
                             "union's own 300 (approximate)",
            "texts.questions": "left empty by the union; the 県本部's 「未記入（単組に確認中）」 beside it is a remark, not an "
                               "answer: None; a reader could keep the remark",
        },
    },
}

FILES = {**REPORTS, **SURVEYS}
