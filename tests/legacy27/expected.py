"""Expected readings of the tests/legacy27 fixtures, typed BY HAND from what the person TYPED (and meant) in each cell,
never taken from the tool's output.  build.py stores each cell the way Excel's auto-conversion stored the typing; the
comment beside each tricky value says what Excel stored, what the file shows, and what a human reads.

Reading rules used here (a careful HQ clerk's, who knows what Excel does to typing):
- the fiscal year is 2026 (令和8年度): reports made in February 2027 (令和9年); survey figures as of April - November
  2026, the intake of 2026年4月;
- a count is the figure typed: 「012」 (stored 12) → 12; 「1e3」 (stored 1000, shows 1.00E+03) → 1000; a number stored as
  text 「1,014」 「635」 「280」 「14」 「1」 → the number; a unit in the number format (366 shown 「366人」) → 366;
  「(2)」 / 「(3)」 that Excel stored as -2 / -3 → 2 / 3 (a count is never negative, and 新規採用者数 = the sum says so);
  a count typed under a dragged-down 0.0% format (stored 6.89, shows 689.0%) → 689;
- 組織率 in percentage points: 0.498 with 0.0% → 49.8; 0.5 with 0% → 50; 0.18 with 0% → 18; 28 in a General cell → 28;
  a formula with its cached value → the cached value;
- 時点 → YYYY-MM: a real date (4月1日 typed 「4-1」, 「2026/11」, 「2026年11月」) → its month; the numbers 2026.11 / 2026.4
  → 2026-11 / 2026-04; the text 「R8.4」 → 2026-04;
- 作成日 → YYYY-MM-DD: a real date in any number format (the era format ge.m.d included); a serial number in a General
  cell (46435 = 2027-02-17); the text 「令和9年2月5日」;
- marks: ☑ / ✓ → done, □ → not done; TRUE / FALSE (a check box's linked cell) → done / not done; 1 / 0 under the
  instruction 「実施は1、未実施は0」 → done / not done, an empty cell there → unanswered; 「✓」 for done with nothing
  else in a file that never uses □ → the unmarked items are not done;
- a free text that Excel made into a formula (typed 「-…」 or 「＝…」, cached #NAME?) → the text typed (the formula's
  text); a free text 「45%」 stored as 0.45 with a percent format → 「45%」; phone numbers inside texts stay as typed.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2026

TEXT_KEYS = ("new_hire_main", "new_hire_ideas", "new_hire_worries", "nonmember_main", "nonmember_worries", "visibility",
             "sharing_worries", "labor_relations", "differentiation", "questions", "requests")
ITEM_KEYS = {"s2": ("paid", "usage_known"),
             "s3": ("tools", "joint_org", "study", "meeting", "policy", "simul_policy", "simul_plan"),
             "s4": ("policy", "briefing", "appeal"),
             "s5": ("progress", "joint_org"),
             "s6": ("review", "distribute", "announce", "propose")}


def _report(header, s1, marks, texts, extras=(), flags=None, debatable=None):
    pref, created, author, checker = header
    values = {"h.pref": pref, "h.created": created, "h.author": author, "h.checker": checker,
              "s1.progress_june": s1[0], "s1.progress_since": s1[1], "s1.focus": s1[2]}
    for sec, keys in ITEM_KEYS.items():
        assert len(marks[sec]) == len(keys), sec
        values.update({f"{sec}.{k}": v for k, v in zip(keys, marks[sec])})
        values[f"{sec}.text"] = texts[sec]
    return {"kind": "report", "values": values, "extras": list(extras), "flags": flags or {},
            "debatable": debatable or {}}


def _survey(header, org, intake, texts, extras=(), flags=None, debatable=None):
    pref, union, writer, rival = header
    members, rates, nonmembers, as_of, regular, nonregular = org
    values = {"h.pref": pref, "h.union": union, "h.writer": writer, "h.rival_union": rival,
              "org.members_j": members[0], "org.members_r": members[1],
              "org.rate_j": rates[0], "org.rate_r": rates[1],
              "org.nonmembers_j": nonmembers[0], "org.nonmembers_r": nonmembers[1],
              "org.as_of": as_of, "org.regular": regular, "org.nonregular": nonregular,
              "intake.hired": intake[0], "intake.joined_j": intake[1], "intake.joined_r": intake[2],
              "intake.not_joined": intake[3]}
    assert set(texts) == set(TEXT_KEYS), set(TEXT_KEYS) ^ set(texts)
    values.update({f"texts.{k}": texts[k] for k in TEXT_KEYS})
    return {"kind": "survey", "values": values, "extras": list(extras), "flags": flags or {},
            "debatable": debatable or {}}


T, F, N = True, False, None

FILES = {
    # RA our template.  作成日: typed 「R9.2.3」, Excel stored the date 2027-02-03 with the era format (shows R9.2.3).
    # Marks ☑ / □ from the dropdown, and 「✓」 pasted over it at s3 joint_org and s3 simul_plan (done).
    # s3 text: typed 「-辞令交付日に説明会」 (a dash bullet); Excel stored the formula -辞令交付日に説明会 with the
    # cached value #NAME? (the cell SHOWS #NAME?); a human reads the formula bar: the text typed.
    # s6 text: a phone number (022-000-1234) inside the text, kept as typed.
    "宮城県本部_共済推進取り組み報告書_2026年度.xlsx": _report(
        ("宮城", "2027-02-03", "見本 春香", "試験 浩二"),
        ("6月時点の新規加入は目標の30%。県北の単組で伸び悩んでいる。",
         "9月から県北の9単組を訪問した。1月末で目標の52%。",
         "県北の単組の支援と、新採の同時加入の徹底。"),
        {"s2": (T, F), "s3": (T, T, F, T, T, F, T), "s4": (T, F, T), "s5": (T, F), "s6": (T, T, F, F)},
        {"s2": "交付金は規程にもとづき支払っている。使途の把握はこれから。",
         "s3": "-辞令交付日に説明会",  # stored: formula + #NAME?; typed: this text
         "s4": "組織化方針を提起し、じちろう共済のチラシを配った。",
         "s5": "推進委員会で毎月の進捗を確認している。",
         "s6": "冊子を確認した。マニュアルの問い合わせ先は県本部（022-000-1234）として全単組に知らせた。"},
    ),
    # RB legacy label｜answer.  作成日: the text 「令和9年2月5日」 in a cell formatted as text (@) → 2027-02-05.
    # Marks: TRUE / FALSE in the mark column (linked cells of check boxes; the controls are not in the file).
    # s1 focus: typed 「＝前回報告と同じ」; Excel took the full-width ＝ as a formula: <f>前回報告と同じ</f>, cached #NAME?.
    "石川県本部_報告書.xlsx": _report(
        ("石川", "2027-02-05", "架空 真由美", "見本 健"),
        ("6月時点の新規加入は目標の33％。能登地域の単組で遅れている。",
         "10月〜12月に能登地域の6単組を訪問した。1月末で目標の57％。",
         "前回報告と同じ"),  # stored: formula + #NAME?; typed 「＝前回報告と同じ」
        {"s2": (T, T), "s3": (T, F, T, F, T, T, F), "s4": (F, T, T), "s5": (T, T), "s6": (T, T, F, F)},
        {"s2": "規程にもとづき年2回支払い、使途の報告を受けている。",
         "s3": "執行部学習会を12月に開いた。同時加入の方針を提起した。",
         "s4": "説明会を2月〜3月に開き、じちろう共済を紹介する。",
         "s5": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
         "s6": "冊子を執行委員会で確認し、全単組に配布した。"},
        debatable={"s1.focus": "typed 「＝前回報告と同じ」: the text with or without its leading ＝ is the answer "
                               "(「＝前回報告と同じ」 is as good); #NAME? or a blank is not"},
    ),
    # RC legacy, 1 / 0 marks under 「実施は1、未実施は0を入力してください。」; s4 briefing left empty (unanswered).
    # 作成日: typed 「R9.2.10」 → the date 2027-02-10 with the era format.
    # s1 progress (June): typed 「45%」 alone; Excel stored 0.45 with the format 0% (shows 45%) → the text 「45%」.
    # 「1/2」 inside texts (not converted: the cell holds more than 1/2); a phone number in the s5 text.
    "愛媛県本部_取組報告書.xlsx": _report(
        ("愛媛", "2027-02-10", "例示 和也", "架空 京子"),
        ("45%",  # stored 0.45 (0%); typed 「45%」
         "11月に南予の5単組を訪問した。単組の1/2で同時加入の説明ができた。",
         "南予地域の単組への支援。"),
        {"s2": (T, F), "s3": (T, T, F, T, F, T, F), "s4": (T, N, T), "s5": (F, T), "s6": (T, T, T, F)},
        {"s2": "規程どおり支払っている。単組の1/2から使途の報告があった。",
         "s3": "新採対策会議を1月に開いた。同時加入の方針を提起した。",
         "s4": "組織化方針を提起した。共済のチラシを作った。",
         "s5": "県支部と合同で2単組をオルグした。連絡先は県支部（089-000-5678）。",
         "s6": "冊子を確認し、全単組に配布した。代表者会議で周知した。"},
        debatable={"s1.progress_june": "stored 0.45 (0%): 「45%」 as typed; 「0.45」 or 「45」 as text is a misreading, but "
                                       "a reader may render the percent as 「45％」 (full width) -- that would be fine"},
    ),
    # RD legacy, 「✓」 for done items and NOTHING for the others; no □ anywhere → unmarked = not done (inferred).
    # 作成日: the serial number 46435 in a General cell (pasted as values; the file shows 46435) → 2027-02-17.
    # s4 text: typed 「-説明会を2月に開催」 → formula, cached #NAME?.
    "沖縄県本部_共済推進報告書.xlsx": _report(
        ("沖縄", "2027-02-17", "試験 直人", "見本 由美"),  # 46435 = 2027-02-17
        ("6月時点の新規加入は目標の24％。離島の単組で伸び悩んでいる。",
         "離島の単組を11月〜1月に訪問した。1月末で目標の46％。",
         "離島単組の支援と、退職予定者への継続加入の案内。"),
        {"s2": (T, F), "s3": (T, T, F, F, T, T, F), "s4": (T, F, T), "s5": (T, T), "s6": (T, F, T, F)},
        {"s2": "規程どおり支払っている。",
         "s3": "新採の同時加入の方針を提起し、合同オルグを4単組で行った。",
         "s4": "-説明会を2月に開催",  # stored: formula + #NAME?
         "s5": "推進委員会で進捗を確認し、合同オルグを行った。",
         "s6": "冊子を執行委員会で確認した。代表者会議で活用を呼びかけた。"},
        debatable={"h.created": "a bare serial 46435 in a General cell: 2027-02-17 is what Excel shows once formatted as "
                                "a date; leaving it blank with a flag is a defensible refusal"},
    ),
    # SA our template.  組織人員数 自治労 「1,014」 stored as TEXT (green triangle) → 1014; 競合 366 with #,##0"人"
    # (shows 366人) → 366; 組織率 typed 「49.8%」 → 0.498 (0.0%) → 49.8; 競合 0.18 typed into a 0% cell (shows 18%) → 18;
    # 時点 typed 「2026.11」 → the number 2026.11 → 2026-11; 非正規 386 with 0"人"; 新規採用者数 typed 「012」 → 12;
    # 競合加入者数 typed 「(2)」 → Excel stored -2 (General, shows -2) → 2 (12 = 9 + 2 + 1);
    # 新採加入の主な取り組み typed 「-辞令交付日に説明会」 → formula, cached #NAME?; a phone number in 要望.
    "秋田県本部_見本町職員労働組合_アンケート.xlsx": _survey(
        ("秋田", "見本町職員労働組合", "試験 さくら", "全労連・自治労連"),
        ((1014, 366), (49.8, 18), (656, 656), "2026-11", 1650, 386),
        (12, 9, 2, 1),  # 競合加入者数: stored -2, typed 「(2)」
        {"new_hire_main": "-辞令交付日に説明会",  # stored: formula + #NAME?
         "new_hire_ideas": "説明会のあとに青年部が職場を案内している。",
         "new_hire_worries": "競合組合の勧誘が4月1日より前に入る。",
         "nonmember_main": "未加入者に年2回、委員長の手紙を届けている。",
         "nonmember_worries": "出先の職場の未加入者に会えない。",
         "visibility": "交渉の結果を組合ニュースで全職員に配っている。",
         "sharing_worries": "メールを読まない組合員が多い。",
         "labor_relations": "町当局とは年2回交渉している。",
         "differentiation": "共済と全国のネットワークを伝えている。",
         "questions": "競合と併存する単組の新採説明会の工夫を知りたい。",
         "requests": "説明会の資料を県本部（018-000-2345）から送ってほしい。"},
    ),
    # SB legacy.  845 with 0"名" → 845; 組織率 typed 「50%」 → 0.5 (0%) → 50 (845 / 1,690); 未加入 「635」 as text;
    # 時点 typed 「4-1」 → the date 2026-04-01 (m"月"d"日", shows 4月1日) → 2026-04; 正規 typed 「1e3」 → 1000
    # (0.00E+00, shows 1.00E+03); 自治労加入者数 typed 「10/12」 (10 of the 12 hired) → the date 2026-10-12 (m/d,
    # shows 10/12) → 10 (12 = 10 + 0 + 2); 情報共有の悩み typed 「＝同上」 → formula 同上, cached #NAME?.
    "山形県本部_架空市職員組合_アンケート.xlsx": _survey(
        ("山形", "架空市職員組合", "見本 大輔", "全労連・医労連"),
        ((845, 210), (50, 12.4), (635, 635), "2026-04", 1000, 690),
        (12, 10, 0, 2),  # 自治労加入者数: stored the date 2026-10-12, typed 「10/12」
        {"new_hire_main": "辞令交付式の後に説明会を開き、その場で加入を呼びかけている。",
         "new_hire_ideas": "先輩組合員との座談会を5月に開いている。",
         "new_hire_worries": "病院職場では競合組合の加入が先になる。",
         "nonmember_main": "人事異動の後に職場委員が未加入者を訪ねている。",
         "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
         "visibility": "組合ニュースを毎月発行し、掲示板も更新している。",
         "sharing_worries": "同上",  # stored: formula 同上 + #NAME?; typed 「＝同上」 (a 同上 in a text is kept as written)
         "labor_relations": "市当局とは年3回交渉している。",
         "differentiation": "共済の給付の手厚さを伝えている。",
         "questions": "病院職場での新採対策を知りたい。",
         "requests": "特になし"},
        debatable={"intake.joined_j": "「10/12」 (shown as a date): 10 of the 12 hired (the sum says so); a blank with a "
                                      "flag is a fair refusal -- a date serial (46307) or 10.12 is not",
                   "texts.sharing_worries": "typed 「＝同上」: 「同上」 or 「＝同上」 as the text; #NAME? is not"},
    ),
    # SC legacy (XlsxWriter).  「280」 as text; 組織率 28 (General) → 28; 競合 0.06 in a General cell, a ratio the person
    # computed (60 / 1,000) → 6; 時点 text 「R8.4」 → 2026-04; 自治労加入者数 typed 「12:3」 (自治労 12 : 競合 3) →
    # the TIME 12:03 (stored 0.50208, format h:mm, shows 12:03) → 12; 競合加入者数 left blank (the 3 is in 「12:3」);
    # a phone number in 労使関係.
    "栃木県本部_例示町職員組合_アンケート.xlsx": _survey(
        ("栃木", "例示町職員組合", "架空 美咲", "旧全官公自治労連"),
        ((280, 60), (28, 6), (660, 660), "2026-04", 700, 300),
        (15, 12, None, 0),  # 自治労加入者数: stored the time 12:03
        {"new_hire_main": "採用前の説明会で組合を紹介している。",
         "new_hire_ideas": "説明会では共済の給付例を紹介している。",
         "new_hire_worries": "旧全官公系の組合の説明会が同じ日に入る。",
         "nonmember_main": "未加入者の名簿を職場委員と共有している。",
         "nonmember_worries": "長年の未加入者に話しかけにくい。",
         "visibility": "交渉の経過をその日のうちに掲示板で知らせている。",
         "sharing_worries": "出先の職場にニュースが届くのが遅い。",
         "labor_relations": "町当局とは年2回交渉している。書記局（028-000-3456）で随時相談を受けている。",
         "differentiation": "全国組織の強みと共済を伝えている。",
         "questions": "小規模単組の役員の選び方を知りたい。",
         "requests": "新採向けの説明資料がほしい。"},
        debatable={"org.rate_r": "0.06 in a General cell of a （％） field: 6 (60 / 1,000 = 6%) or 0.06 as written",
                   "intake.joined_j": "the time 12:03 from 「12:3」: 12 (自治労 12 : 競合 3; 15 = 12 + 3 + 0) or a blank "
                                      "with a flag; 0.502 or 12.05 is not",
                   "intake.joined_r": "blank in the file; the 3 of 「12:3」 is a reading too"},
    ),
    # SD our template.  上部団体 なし, 競合 blank.  組織率 28 in a General cell → 28 (268 / 957); 未加入者数 689 typed into
    # a cell whose 0.0% format was dragged down from 組織率: stored 6.89, shows 689.0% → 689 (957 - 268);
    # 時点 typed 「2026/11」 → the date 2026-11-01 (yyyy/m) → 2026-11; 新規採用者数 「14」 in a text (@) cell → 14.
    "三重県本部_試験村職員組合_アンケート.xlsx": _survey(
        ("三重", "試験村職員組合", "例示 拓海", "なし"),
        ((268, None), (28, None), (689, None), "2026-11", 800, 157),  # 未加入者数: stored 6.89 (0.0%)
        (14, 12, 0, 2),
        {"new_hire_main": "4月の新採研修で説明会を開いた。12人が加入した。",
         "new_hire_ideas": "昼食会を開き、先輩と話せる場を作っている。",
         "new_hire_worries": "保育士の新採に会う機会が少ない。",
         "nonmember_main": "職場委員と一緒に年1回職場を回っている。",
         "nonmember_worries": "会計年度任用職員への声かけが遅れている。",
         "visibility": "組合だよりを毎月発行している。",
         "sharing_worries": "なし",
         "labor_relations": "村当局とは年2回交渉している。",
         "differentiation": "競合組合はない。",
         "questions": "小規模単組の共済推進の工夫を知りたい。",
         "requests": "特になし"},
    ),
    # SE legacy (XlsxWriter).  Every count with #,##0"人" (shows 1,230人 …); 組織率 as formulas =C10/(C14+C15)*100 with
    # cached 49.2 and 16.4; 時点 typed 「2026.4」 → the number 2026.4 → 2026-04; 競合加入者数 typed 「(3)」 → -3 with
    # #,##0;(#,##0) (shows (3)) → 3 (20 = 14 + 3 + 3); 未加入者対策 typed 「-未加入者名簿を職場委員と共有」 → #NAME?;
    # a phone number in 聞いてみたいこと.
    "奈良県本部_見本市職員労働組合_アンケート.xlsx": _survey(
        ("奈良", "見本市職員労働組合", "試験 陽介", "全労連・自治労連"),
        ((1230, 410), (49.2, 16.4), (860, 860), "2026-04", 2000, 500),
        (20, 14, 3, 3),  # 競合加入者数: stored -3, shows (3)
        {"new_hire_main": "入庁式の当日に説明会を開き、加入申込書を回収している。",
         "new_hire_ideas": "説明会の後に先輩と話せる茶話会を開いている。",
         "new_hire_worries": "競合組合の説明会が同じ週に重なる。",
         "nonmember_main": "-未加入者名簿を職場委員と共有",  # stored: formula + #NAME?
         "nonmember_worries": "会計年度任用職員の未加入者が多い。",
         "visibility": "ホームページとメールで交渉の経過を伝えている。",
         "sharing_worries": "交代勤務の職場に情報が届きにくい。",
         "labor_relations": "市当局とは年3回交渉している。",
         "differentiation": "共済と学習会の充実を伝えている。",
         "questions": "問い合わせは書記局（0742-00-1234）まで。新採説明会の時間を確保する方法を知りたい。",
         "requests": "説明会用の短い動画がほしい。"},
    ),
    # SF legacy.  競合 組織率 typed 「1/2」 (half) → the date 2026-01-02 (m/d, shows 1/2) → 50 (300 / 600);
    # 時点 typed 「2026年11月」 → the date 2026-11-01 (yyyy"年"m"月") → 2026-11; 新規採用者数 8 with 0"人";
    # 自治労加入者数 typed 「03」 → 3; 未加入者数 「1」 as text → 1; a mobile number inside a text.
    "高知県本部_架空町職員労働組合_アンケート.xlsx": _survey(
        ("高知", "架空町職員労働組合", "見本 理恵", "全労連・自治労連"),
        ((150, 300), (25, 50), (150, 150), "2026-11", 480, 120),  # 競合 組織率: stored the date 2026-01-02
        (8, 3, 4, 1),
        {"new_hire_main": "辞令交付の後に組合説明会を開いている。",
         "new_hire_ideas": "説明会で先輩の話を聞く時間を作っている。",
         "new_hire_worries": "競合組合の加入者の方が多い。",
         "nonmember_main": "未加入者に年1回、共済の案内と一緒に加入を呼びかけている。",
         "nonmember_worries": "競合組合と同じ職場で声をかけにくい。",
         "visibility": "組合ニュースを隔月で発行している。",
         "sharing_worries": "役員の携帯（090-0000-1111）に連絡が集中している。",
         "labor_relations": "町当局とは競合組合と別に交渉している。",
         "differentiation": "共済と全国のネットワークを伝えている。",
         "questions": "競合組合が多数の職場での新採対策を知りたい。",
         "requests": "なし"},
        debatable={"org.rate_r": "「1/2」 (shown as a date) in a （％） field: half = 50 (300 / 600 confirms it); a blank "
                                 "with a flag is a fair refusal -- a date serial (46024) or 1.02 is not"},
    ),
}
