"""Expected readings of the tests/legacy25 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful HQ clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2026 (令和8年度): reports made in February 2027 (sections 「2027年4月…」 「2027年3月末…」), survey
  figures as of October - November 2026, intake 2026年4月;
- what counts is what the sheet SHOWS beside each printed label, not where a defined name points: a name left on
  #REF! or moved onto another cell by a cut / paste (高知 作成者 / 確認者, 福井 自治労 / 競合) does not change what the
  sheet says; a row or column inserted inside a section moves nothing a human reads;
- last year's template filled this year (秋田 「（2025年度）」 with 「2026年4月新規採用者対策」, 岐阜 「（2025年度）」) is
  this year's report / survey: 作成日 2027-02-10, texts about 2027年4月, 時点 R8.11.1, the intake retitled 「2026年」;
- the hidden 選択肢 sheet missing, or the sheet copied into a fresh book without names / properties, changes nothing
  a human reads;
- marks typed over the ☑/□ dropdown: 「○」 → done; 「一部実施」 → done (partly; debatable); 「実施予定」 → not done
  (planned; debatable);
- a column headed 「前年度」 beside this year's ☑/□ column (高知) is last year's: not read; 「前年度（自治労）」 (福井) and
  「（参考）2025年」 (鳥取) beside this year's figures are last year's: not read;
- 「（うち会計年度任用職員）」 under 新規採用者数 (鳥取) is a breakdown of the 新規採用者数, none of the four counts (not
  scored as an extra either: it is not a note);
- header values pasted one row low (山形: 県名 in the 作成日 row, the date in the 作成者 row, …) are read by what they
  are: 「山形」 is the 県名, the date the 作成日; the two names in order are 作成者 then 確認者 (debatable);
- 県本部 typed 「岐阜県本部」 「鳥取県本部」, 県名 「秋田県」 → the prefecture; 上部団体 typed 「自治労連」 → 全労連・自治労連
  (debatable); 競合 「約40」 → 40 (approximate); 組織率 0.452 shown 45.2% → 45.2; 時点 「2026年10月」 「R8.11.1現在」, a real
  date 2026/10/1 → YYYY-MM; 作成日 typed as text 「2027年2月8日」 → the date;
- two unions filled on two copies of the sheet in one book (三重): the first sheet 「アンケート」 (試験市職員労働組合) is this
  file's record; the copy 「アンケート (2)」 (架空町職員組合) is another union's answer the harness cannot score (the
  reader should say so by name);
- a ※ note the sender typed inside or under the form is an extra; the printed ・ instructions are not.

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
    # R1 template; row inserted in s3 after item 3 (names moved) with a ※ note in B50; 「○」 「一部実施」 「実施予定」 typed
    # over the dropdown; saved through LibreOffice.
    "報告書_青森.xlsx": _report(
        ("青森", "2027-02-05", "見本 洋平", "架空 節子"),
        ("6月時点で団体生命共済の新規加入は目標の27％にとどまり、津軽地域の単組で伸び悩んでいた。",
         "9月から県支部と合同で津軽地域の10単組を訪問し、1月末で目標の51％まで進んだ。",
         "新採の同時加入の徹底と、下北地域の小規模単組への支援。"),
        {"s2": (T, T), "s3": (T, T, F, T, T, F, F), "s4": (T, F, T), "s5": (T, F), "s6": (T, T, F, F)},
        {"s2": "交付金は規程どおり年2回支払っている。使途は年度末に報告を受けて確認している。",
         "s3": "12月に新採対策会議を開いた。組織化方針は一部の県支部にとどまり、残りは2月に提起する。",
         "s4": "役職定年者向けのチラシを作成した。説明会は3月に開く予定。",
         "s5": "推進委員会で毎月モデル単組の進捗を確認している。",
         "s6": "冊子を執行委員会で確認し、全単組に郵送した。"},
        extras=("※学習会は県支部ごとに3月に開催予定です。",),
        debatable={"s3.policy": "「一部実施」 typed over the dropdown: partly done, so done; a strict reader could call it "
                                "not (yet fully) done, or not a valid answer (unanswered)",
                   "s4.briefing": "「実施予定」 typed over the dropdown: planned, so not done yet; a reader could leave it "
                                  "unanswered since neither ☑ nor □ was chosen"},
    ),
    # R2 copied into a fresh workbook (Sheet1, no names / properties / 選択肢); 作成日 text 「2027年2月8日」; ※ note under the form.
    "岩手県本部_共済推進取り組み報告書.xlsx": _report(
        ("岩手", "2027-02-08", "仮名 正樹", "例示 由紀子"),
        ("6月時点の新規加入は目標の31％。県北の単組で推進委員が不在のところがある。",
         "10月に県北の8単組を県支部と合同で訪問し、推進委員を選んでもらった。1月末で目標の55％。",
         "推進委員の育成と、退職予定者への退職者団体生命共済の案内。"),
        {"s2": (T, T), "s3": (T, F, T, T, F, T, F), "s4": (F, T, T), "s5": (T, T), "s6": (T, F, T, F)},
        {"s2": "規程にもとづき支払い、使途を一覧にまとめている。",
         "s3": "11月に執行部学習会を開いた。1月に新採対策会議を開き、同時加入の方針を確認した。",
         "s4": "再任用予定者の名簿を単組から集め、説明会を開いた。共済のチラシも配った。",
         "s5": "推進委員会で進捗を確認し、県支部と合同で2単組を訪問した。",
         "s6": "冊子を執行委員会で確認した。代表者会議で活用方法を説明した。"},
        extras=("※確認者は3月末で交代します。",),
    ),
    # R3 LAST YEAR'S template (「（2025年度）」, 「2026年4月新規採用者対策」, wbt_fiscal_year 2025) filled this year; 選択肢
    # deleted; 「秋田県」; 「○」 typed for done, □ left for not done.
    "報告書_秋田.xlsx": _report(
        ("秋田", "2027-02-10", "試験 拓也", "見本 理恵"),
        ("2026年6月の合同会議では、新規加入が目標の22％で、県南の単組の取り組みが遅れていると報告した。",
         "11月から県南の単組を重点的に訪問し、1月末で目標の47％となった。",
         "2027年4月の新採の同時加入と、県南の単組の推進体制づくり。"),
        {"s2": (T, F), "s3": (T, T, F, T, F, T, F), "s4": (F, T, T), "s5": (T, T), "s6": (T, F, F, T)},
        {"s2": "規程どおり支払っている。",
         "s3": "2027年4月採用予定者向けに、同時加入の申込書を組合加入届と同じ封筒で配る案内を作った。",
         "s4": "2027年3月末の退職予定者の説明会を2月に開いた。",
         "s5": "モデル単組の進捗を推進委員会で確認し、県支部と合同でオルグを行った。",
         "s6": "冊子の内容を執行委員会で確認し、単組オルグで参照を呼びかけた。"},
    ),
    # R4 template; header values pasted one row low (C8 山形, C9 date, C10 / C11 the names); ● bullets in s5; ※ note;
    # saved through LibreOffice.
    "山形県本部_取り組み報告書_2026.xlsx": _report(
        ("山形", "2027-02-12", "架空 誠", "仮名 美穂"),
        ("6月時点の新規加入は目標の28％。置賜地域で推進の担い手が足りない。",
         "10月に推進担当者会議を開き、単組ごとの目標を確認した。1月末で目標の50％。",
         "担い手の育成と、同時加入の徹底。"),
        {"s2": (T, F), "s3": (T, T, F, F, T, T, F), "s4": (T, F, T), "s5": (T, T), "s6": (T, T, F, F)},
        {"s2": "規程どおり支払っている。",
         "s3": "県支部と合同で7単組をオルグし、同時加入の方針を提起した。",
         "s4": "役職定年者向けに共済の案内を単組経由で配った。",
         "s5": "●県支部と合同でモデル単組を訪問\n●訪問の結果を推進委員会で共有",
         "s6": "冊子を執行委員会で確認し、全単組に配布した。"},
        extras=("※モデル単組の一覧は別途メールで送付します。",),
        debatable={"h.author": "the four header values sit one row low (山形 in the 作成日 row, the date in the 作成者 "
                               "row): 「架空 誠」 in the 確認者 row is the 作成者 once the shift is seen; a reader going "
                               "by the labels would take him as the 確認者 and find no 作成者",
                   "h.checker": "「仮名 美穂」 sits under the 確認者 row with no label of its own: the 確認者 once the "
                                "shift is seen; by the labels 「架空 誠」"},
    ),
    # R5 template; a 「前年度」 column inserted before A (names moved right); 作成者 cut from the 確認者 row and pasted in
    # the 作成者 row (report_h_author -> #REF!, report_h_checker -> the 作成者 cells), 確認者 retyped.
    "高知県本部_報告書.xlsx": _report(
        ("高知", "2027-02-15", "例示 聡", "試験 麻衣"),
        ("6月時点で新規加入は目標の25％。幡多地域の単組への訪問が追いついていない。",
         "12月に幡多地域の6単組を訪問した。1月末で目標の45％。",
         "幡多地域への継続した訪問と、新採の同時加入の定着。"),
        {"s2": (T, T), "s3": (F, T, T, F, T, F, T), "s4": (T, T, F), "s5": (F, T), "s6": (T, T, T, F)},
        {"s2": "交付金は規程どおり支払い、全単組から使途の報告を受けた。",
         "s3": "県支部と合同で5単組をオルグし、学習会も開いた。同時加入の具体策を示した。",
         "s4": "組織化方針を単組に示し、対象者の名簿をそろえた。",
         "s5": "県支部と合同で幡多地域のモデル単組を訪問した。",
         "s6": "冊子を確認し、配布したうえで代表者会議で周知した。"},
    ),
    # S1 template; 自治労 figures cut from the 競合 column and pasted into the 自治労 column (survey_org_*_j -> #REF!,
    # survey_org_*_r -> the 自治労 cells), 競合 typed again (its 未加入者数 left blank); 「前年度（自治労）」 column E;
    # saved through LibreOffice.
    "福井県本部_見本市職員労働組合_アンケート.xlsx": _survey(
        ("福井", "見本市職員労働組合", "見本 恭子", "全労連・自治労連"),
        ((1480, 260), (52.3, 9.2), (1090, None), "2026-10", 2300, 530),
        (64, 51, 4, 9),
        {"new_hire_main": "新採研修の初日に組合の説明会を開き、その場で加入を呼びかけている。",
         "new_hire_ideas": "説明会では入庁2年目の組合員に体験を話してもらっている。",
         "new_hire_worries": "競合組合の説明が研修の前に行われることがある。",
         "nonmember_main": "職場委員が未加入者の一覧をもとに声をかけている。",
         "nonmember_worries": "本庁以外の職場の未加入者に会う機会が少ない。",
         "visibility": "交渉の結果をその週のうちに組合ニュースで知らせている。",
         "sharing_worries": "若い組合員がニュースを読んでいるか分からない。",
         "labor_relations": "市当局とは春と秋に交渉を行い、人員要求の一部が前進した。",
         "differentiation": "共済の給付と全国の仲間のつながりを伝えている。",
         "questions": "競合組合と併存する単組の新採説明会のやり方を知りたい。",
         "requests": "新採向けのパンフレットを早めに届けてほしい。"},
    ),
    # S2 LAST YEAR'S template (「（2025年度）」), intake retitled 「2026年 新規採用者」; 選択肢 deleted; 「岐阜県本部」 and
    # 「自治労連」 typed over the dropdowns; 「R8.11.1現在」.
    "岐阜県本部_例示町職員組合_実態アンケート.xlsx": _survey(
        ("岐阜", "例示町職員組合", "例示 和夫", "全労連・自治労連"),
        ((212, 38), (61.4, 11.0), (95, 95), "2026-11", 270, 75),
        (14, 11, 1, 2),
        {"new_hire_main": "辞令交付式の後に組合の説明をしている。",
         "new_hire_ideas": "説明の後に先輩組合員と昼食をとる場を設けている。",
         "new_hire_worries": "新採が少なく、毎年の担当者が替わってしまう。",
         "nonmember_main": "未加入者に年1回、委員長が直接声をかけている。",
         "nonmember_worries": "保育士の職場で競合組合への加入が多い。",
         "visibility": "組合だよりを月1回発行し、全職員に配っている。",
         "sharing_worries": "交代勤務の職場に情報が届きにくい。",
         "labor_relations": "町当局とは年2回交渉している。",
         "differentiation": "共済と県本部の支援の手厚さを伝えている。",
         "questions": "小規模単組での役員の引き継ぎ方を知りたい。",
         "requests": "なし"},
        debatable={"h.rival_union": "「自治労連」 typed over the dropdown: 日本自治体労働組合総連合, i.e. 全労連・自治労連; "
                                    "the letters also occur in 旧全官公自治労連, and a strict reader could keep the raw "
                                    "text as a value outside the list"},
    ),
    # S3 template, TWO UNIONS: 「アンケート」 (試験市職員労働組合, read) and its copy 「アンケート (2)」 (架空町職員組合, sheet-
    # scoped names); 競合 「約40」; 時点 a real date.
    "三重県本部_アンケート（試験市職労・架空町職組）.xlsx": _survey(
        ("三重", "試験市職員労働組合", "試験 広美", "旧全官公自治労連"),
        ((830, 40), (44.6, 2.2), (990, 990), "2026-10", 1520, 340),
        (37, 30, 1, 6),
        {"new_hire_main": "採用前の説明会で組合を紹介し、入庁後に加入書を回収している。",
         "new_hire_ideas": "青年部が新採歓迎会を開いている。",
         "new_hire_worries": "歓迎会への参加が年々減っている。",
         "nonmember_main": "異動の時期に職場委員が未加入者を訪ねている。",
         "nonmember_worries": "会計年度任用職員への声かけが進まない。",
         "visibility": "組合の掲示板と職場ニュースで交渉の経過を知らせている。",
         "sharing_worries": "職場委員によって情報の伝わり方に差がある。",
         "labor_relations": "市当局とは定期交渉のほか、職場ごとの協議を行っている。",
         "differentiation": "共済の保障と全国組織の情報量を伝えている。",
         "questions": "会計年度任用職員の組織化の進め方を知りたい。",
         "requests": "特になし"},
        flags={"org.members_r": "概"},
    ),
    # S4 template; row inserted under the 非正規 row with a ※ note; copied into a fresh workbook (Sheet1, no names);
    # saved through LibreOffice.
    "滋賀県本部_架空村職員組合_アンケート.xlsx": _survey(
        ("滋賀", "架空村職員組合", "仮名 孝", "全労連・医労連"),
        ((96, 20), (48.0, 10.0), (84, 84), "2026-11", 150, 50),
        (9, 7, 1, 1),
        {"new_hire_main": "村の新採研修の時間をもらい、組合の説明をしている。",
         "new_hire_ideas": "説明の資料を1枚にまとめ、分かりやすくしている。",
         "new_hire_worries": "診療所の新採は競合組合に入ることが多い。",
         "nonmember_main": "年に1度、未加入者に手紙を渡している。",
         "nonmember_worries": "診療所の職員と話す機会がない。",
         "visibility": "組合の取り組みを村内の掲示板に貼っている。",
         "sharing_worries": "特になし",
         "labor_relations": "村当局とは年1回交渉し、休暇制度の改善を求めている。",
         "differentiation": "自治労の共済と研修の充実を伝えている。",
         "questions": "診療所の職員への声のかけ方を知りたい。",
         "requests": "県本部から診療所向けの資料がほしい。"},
        extras=("※非正規職員数は2026年4月1日現在の人数です。",),
    ),
    # S5 template; row 「（うち会計年度任用職員）」 inserted under 新規採用者数 (names moved); 「（参考）2025年」 column G;
    # 「鳥取県本部」 over the dropdown; 組織率 0.452 as 45.2%.
    "鳥取県本部_見本町職員労働組合_アンケート.xlsx": _survey(
        ("鳥取", "見本町職員労働組合", "見本 直樹", "なし"),
        ((388, None), (45.2, None), (470, None), "2026-10", 720, 138),
        (22, 18, 0, 4),
        {"new_hire_main": "入庁式の日に組合の説明会を開いている。",
         "new_hire_ideas": "会計年度任用職員にも同じ説明会に来てもらっている。",
         "new_hire_worries": "会計年度任用職員の採用が年度の途中にもあり、説明が漏れる。",
         "nonmember_main": "職場ごとに未加入者の名簿を作り、役員が声をかけている。",
         "nonmember_worries": "組合費の負担を理由に断られることが多い。",
         "visibility": "組合の活動をSNSでも発信し始めた。",
         "sharing_worries": "SNSを見ない組合員への伝え方に悩んでいる。",
         "labor_relations": "町当局とは年2回交渉し、会計年度任用職員の処遇改善を求めている。",
         "differentiation": "競合組合はない。",
         "questions": "SNSでの発信の工夫を知りたい。",
         "requests": "特になし"},
    ),
}
