"""Expected readings of the tests/legacy24 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful HQ clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2026 (令和8年度): reports made in February 2027 (令和9年; sections 「2027年4月…」 「2027年3月末…」),
  survey figures as of October - November 2026, intake 2026年4月;
- a page footer (「- 1 -」 「1/2」 「2/2」), a page header (the repeated title, 「沖縄県本部」, a printer's time stamp
  「2026/11/05 14:32」) is not an answer and not an extra; the form goes on after it (and on the next sheet 「Table 2」
  when the converter made one sheet per page), its columns shifted or not;
- a label broken over two rows or two cells (「…重点的に取り組」｜「む課題」, 「作成」｜「日」, 「会計年度任用職員・パート等
  の非正」｜「規職員数（人）」) is the one label; an item label broken over rows or cells is the one item, its mark where
  its first line is;
- stray spaces inside a text (a flattened text box) do not count; a text over several rows is joined;
- Kangxi radicals (⽀ ⽅ ⼊ ⼈ ⾃) and ⻑ (CJK supplement) from a PDF's text layer are the ideographs (支 方 入 人 自 長);
- 県名 「宮城県本部」 「富 山 県」 「県　名：和歌山」 「島根」 「沖縄」 / 県本部 「栃木県本部」 「奈良」 「県本部：山口」 「愛媛県本部」
  「熊本県本部」 → the prefecture;
- 作成日 「2027年 2月 9日」, 「２０２７年２月１０日」, 「作成日：令和９年２月１１日」, 「2027/2/16」, 「令和 9年 2月 17日」 → the date;
- marks: Wingdings 「þ」 / 「¨」 (shown ☑ / □ in that font) → done / not done; Wingdings 「ü」 (✓) with nothing else and no
  box anywhere → done / not done (DOMAIN: a file marking done items and never using □); 「■ …」 / 「□ …」 / 「口 …」 (OCR of
  an empty box) → done / not done / not done; 「(レ)」 「(ﾚ)」 / 「(　)」 → done / not done; 「[x]」 「□✓」 / 「[ ]」 → done /
  not done, an item with no mark at all where the others carry 「[ ]」 → unanswered; 「■」 「●」 at the start of lines
  inside a 具体的な取り組み text are bullets, part of the text;
- 上部団体: the choice marked 「■」 among 「□」 in one flattened cell, 「●」 among 「○」, 「(レ)」 among 「( )」, Wingdings 「þ」
  among 「¨」 → that choice; 「全労連 ・ 自治労連」 → 全労連・自治労連;
- numbers: 「1 250」 「2 345」 (space as thousands separator), 「1，900」 (full-width comma), 「1, 305」 (OCR space after the
  comma), full-width 「３８２」 「２７．４」, 「520 人」, 「４３．３ ％」, 「41.2 %」, 「62. 1」 → the number; 「1.200」 for the
  正規職員数 → 1200 (debatable); a blank 競合 cell → None;
- 時点 「2026年 10月 1日 時点」 「R８．１１．１」 「令和8年10月末」 「2026/11/01」 「R 8. 11. 1」 → YYYY-MM;
- a ※ note the sender added under the form (typed, or handwritten and OCR'd) is an extra; the printed ※ instructions
  (the s1 note, the 組織率 formula) are not.

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
    # R1 PDF converter; header F|G; 「2027年 2月 9日」; s1 title broken over 2 rows; Wingdings þ / ¨; s3 item over 2 rows,
    # s6 item over 3; 「- 1 -」 + repeated title between s3 and s4.
    "宮城県本部_共済推進取り組み報告書.xlsx": _report(
        ("宮城", "2027-02-09", "見本 和也", "試験 由美"),
        ("6月時点で団体生命共済の新規加入は目標の29％。沿岸部の単組で加入が伸び悩んでいる。",
         "10月から県支部と合同で沿岸部の12単組を訪問した。1月末で目標の53％。",
         "沿岸部単組の新採対策と、推進委員の世代交代への備え。"),
        {"s2": (T, F), "s3": (T, T, F, T, T, F, F), "s4": (T, T, F), "s5": (T, F), "s6": (T, T, F, T)},
        {"s2": "交付金は規程どおり上期と下期に支払っている。",
         "s3": "12月に新採対策会議を開き、組織化方針と同時加入用の案内文を提起した。",
         "s4": "退職予定者の名簿を単組から集め、3月に説明会を開く。",
         "s5": "モデル単組3単組の進捗を推進委員会で確認している。",
         "s6": "冊子を執行委員会で確認し、全単組に配布した。オルグの際に参照を呼びかけた。"},
    ),
    # R2 OCR; 「富 山 県」; 「２０２７年２月１０日」; lines in column A; 「■ item」 / 「□ item」 / 「口 item」; radicals ⽀ ⽅ ⼊ ⻑;
    # ■ bullets in s5 text; 「1/2」 + repeated title; ※ note.
    "富山県本部 取り組み報告書（スキャン）.xlsx": _report(
        ("富山", "2027-02-10", "架空 達也", "見本 恵子"),
        ("6月時点の新規加入は目標の33％で、県支部ごとの差が大きい。",
         "11月に県支部長会議を開き、推進の方法を見直した。1月末で目標の57％。",
         "若年層への同時加入の徹底と、退職予定者への継続加入の案内。"),
        {"s2": (T, T), "s3": (F, T, T, F, T, T, F), "s4": (T, F, T), "s5": (T, T), "s6": (F, T, T, F)},
        {"s2": "交付金は規程にもとづき支払い、各単組から使途の報告を受けている。",
         "s3": "書記長が県支部と合同で9単組をオルグし、同時加入の方針を提起した。",
         "s4": "退職予定者向けのチラシを作成し、単組を通じて配布した。",
         "s5": "■モデル単組の進捗を毎月確認\n■県支部と合同で2単組を訪問",
         "s6": "マニュアルを全単組に配布し、代表者会議で活用方法を説明した。"},
        extras=("※担当者は4月に交代する予定です。",),
    ),
    # R3 retyped in column A; 「県　名：和歌山」; 「令和９年２月１１日」; (レ) / (　) / (ﾚ) inline; s6 item over 2 rows;
    # 「1/2」 「2/2」; texts one line per row; s4 「特になし」.
    "和歌山県本部_報告書（打ち直し）.xlsx": _report(
        ("和歌山", "2027-02-11", "仮名 大輔", "例示 久美子"),
        ("6月時点の新規加入は目標の26％。紀南地域の単組で伸び悩んでいる。",
         "9月以降、紀南地域の単組を重点的に訪問した。1月末で目標の48％。",
         "紀南地域の単組への支援と、新採の同時加入の徹底。"),
        {"s2": (T, F), "s3": (T, F, F, T, T, F, T), "s4": (F, T, T), "s5": (T, T), "s6": (T, T, T, F)},
        {"s2": "規程どおり支払っている。使い方の把握は来年度の課題とする。",
         "s3": "1月に新採対策会議を開き、組織化方針を提起した。同時加入の申込書を組合加入届と一枚にする案を示した。",
         "s4": "特になし",
         "s5": "毎月の推進委員会で進捗を確認し、県支部と合同で3単組を訪問した。",
         "s6": "冊子を執行委員会で確認し、全単組に配布した。2月の代表者会議で内容を周知した。"},
    ),
    # R4 converter, one sheet per page (「Table 1」 header-s3, 「Table 2」 s4-s6 shifted one column right); 「2027/2/16」;
    # Wingdings ü for done, nothing for not done; ● bullets in s3 text.
    "島根県本部_共済推進取り組み報告書_R8.xlsx": _report(
        ("島根", "2027-02-16", "試験 浩二", "架空 真理"),
        ("6月時点の新規加入は目標の30％。中山間地域の単組で担い手が不足している。",
         "11月に推進担当者会議を開き、単組ごとの計画を確認した。1月末で目標の54％。",
         "担い手の育成と、新採の同時加入。"),
        {"s2": (T, T), "s3": (T, T, F, F, T, F, F), "s4": (T, F, F), "s5": (F, T), "s6": (T, F, F, F)},
        {"s2": "全単組から使途の報告を受け、一覧にまとめた。",
         "s3": "●同時加入の案内チラシを作成\n●県支部と合同で6単組をオルグ\n●組織化方針を提起",
         "s4": "退職予定者の名簿を単組から集めた。",
         "s5": "県支部と合同でモデル単組を訪問した。",
         "s6": "冊子の内容を執行委員会で確認した。"},
    ),
    # R5 OCR; labels over two cells 「作成」｜「日」; 「令和 9年 2月 17日」; [x] / [ ] / □✓ / one bare item; item labels over
    # two cells; s1 labels over two rows; 「- 1 -」 + page header 「沖縄県本部」; handwritten ※ note.
    "沖縄県本部_報告書_OCR.xlsx": _report(
        ("沖縄", "2027-02-17", "例示 健太", "試験 直子"),
        ("6月時点で新規加入は目標の24％。離島の単組への訪問が少ない。",
         "12月に離島の5単組を訪問した。1月末で目標の46％。",
         "離島単組への訪問の継続と、新採の同時加入。"),
        {"s2": (T, F), "s3": (T, T, T, F, N, T, F), "s4": (T, T, F), "s5": (T, T), "s6": (T, F, F, T)},
        {"s2": "規程にもとづき年1回支払っている。",
         "s3": "同時加入の申込書を作成し、県支部と合同で4単組をオルグした。",
         "s4": "再任用予定者への説明会を2月に開いた。",
         "s5": "推進委員会で毎月進捗を確認し、合同オルグも行った。",
         "s6": "冊子を執行委員会で確認した。単組オルグの際に参照を提案した。"},
        extras=("※県支部との合同会議は3月に開催予定（手書き追記）",),
    ),
    # S1 converter; 上部団体 「■全労連・自治労連　□旧全官公自治労連 …」 in one cell; 「1 250」 「1，900」; 「2026年 10月 1日 時点」;
    # 非正規 label over two rows; 「- 1 -」 「- 2 -」 + repeated titles; text labels broken over two rows.
    "栃木県本部_見本市職員労働組合_アンケート.xlsx": _survey(
        ("栃木", "見本市職員労働組合", "見本 健二", "全労連・自治労連"),
        ((1250, 180), (55.6, 8.0), (820, 820), "2026-10", 1900, 350),
        (42, 35, 2, 5),
        {"new_hire_main": "入庁式の後に組合説明会を開き、その場で加入を呼びかけている。",
         "new_hire_ideas": "説明は青年部の役員が担当している。",
         "new_hire_worries": "競合組合も同じ日に説明会を開くことがある。",
         "nonmember_main": "未加入者の名簿を職場委員と共有し、声をかけている。",
         "nonmember_worries": "出先機関の未加入者に会う機会が少ない。",
         "visibility": "交渉の結果を職場ニュースで配っている。",
         "sharing_worries": "若い組合員ほど紙のニュースを読まない。",
         "labor_relations": "市当局とは年3回の交渉を行い、一部の要求が前進した。",
         "differentiation": "共済と全国のネットワークを伝えている。",
         "questions": "競合と併存する単組の説明会の工夫を知りたい。",
         "requests": "特になし"},
    ),
    # S2 OCR; full-width digits; 「1.200」; radicals in labels and texts; 上部団体 ○ / ● in four cells; 「R８．１１．１」;
    # 「1/2」 between org and intake; the 労使関係 label over two rows.
    "奈良県本部_試験市職員組合_アンケート（スキャン）.xlsx": _survey(
        ("奈良", "試験市職員組合", "架空 沙織", "旧全官公自治労連"),
        ((382, 45), (27.4, 3.2), (968, 968), "2026-11", 1200, 195),
        (16, 11, 1, 4),
        {"new_hire_main": "新採研修の昼休みに説明会を開き、加入申込書を配っている。",
         "new_hire_ideas": "先輩組合員が自分の言葉で組合の良さを話している。",
         "new_hire_worries": "競合組合の勧誘が先に入ることが多い。",
         "nonmember_main": "未加入者に年2回、共済の案内と一緒に加入を呼びかけている。",
         "nonmember_worries": "特になし",
         "visibility": "組合の掲示板を毎月更新している。",
         "sharing_worries": "役員の方針が職場に届きにくい。",
         "labor_relations": "市当局とは年2回の交渉を行っている。",
         "differentiation": "共済の給付の手厚さを伝えている。",
         "questions": "新採説明会の時間の確保の方法を知りたい。",
         "requests": "なし"},
        debatable={"org.regular": "「1.200」: OCR took the thousands comma for a point (1200 staff, 382 + 45 + 968 = "
                                  "1,395 = 1,200 + 195); a literal reading is 1.2 (or unparseable)"},
    ),
    # S3 retyped; 「県本部：山口」; (レ) among ( ); 「520 人」 「４３．３ ％」 「1，000」; 「令和8年10月末」; spaced labels; ※ note.
    "山口県本部_試験町職員組合_アンケート.xlsx": _survey(
        ("山口", "試験町職員組合", "試験 美咲", "全労連・医労連"),
        ((520, 60), (43.3, 5.0), (620, 620), "2026-10", 1000, 200),
        (25, 19, 3, 3),
        {"new_hire_main": "採用前の説明会で組合の紹介をしている。",
         "new_hire_ideas": "説明会の後に茶話会を開き、先輩と話せるようにしている。",
         "new_hire_worries": "町立病院の新採に会う機会が少ない。",
         "nonmember_main": "職場委員と一緒に年1回職場を回っている。",
         "nonmember_worries": "病院職場では競合組合の加入が先になる。",
         "visibility": "組合だよりを毎月発行している。",
         "sharing_worries": "なし",
         "labor_relations": "町当局とは年2回交渉している。人員確保の要求が一部前進した。",
         "differentiation": "共済と学習会の充実を訴えている。",
         "questions": "病院職場での新採対策の工夫を知りたい。",
         "requests": "特になし"},
        extras=("※競合の組織人員数は推計です。",),
    ),
    # S4 converter; page 1 B | D｜E, page 2 shifted C | F; 「2 345」; 「41.2 %」; 「全労連 ・ 自治労連」; 「2026/11/01」;
    # the visibility answer broken by the page break.
    "愛媛県本部_架空市職員労働組合_アンケート.xlsx": _survey(
        ("愛媛", "架空市職員労働組合", "仮名 優子", "全労連・自治労連"),
        ((2345, 410), (41.2, 7.2), (2935, 2935), "2026-11", 4800, 890),
        (88, 61, 9, 18),
        {"new_hire_main": "入庁式の当日に説明会を開き、加入申込書をその場で回収している。",
         "new_hire_ideas": "説明会では共済の給付例を具体的に紹介している。",
         "new_hire_worries": "競合組合の説明会が同じ週に重なる。",
         "nonmember_main": "人事異動の後に職場委員が未加入者を訪問している。",
         "nonmember_worries": "長年の未加入者への声かけが難しい。",
         "visibility": "交渉の経過をその日のうちにメールと掲示板で知らせ、年度末には1年間の成果をまとめた冊子を配っている。",
         "sharing_worries": "出先機関への連絡が遅れがち。",
         "labor_relations": "市当局とは定期交渉のほか、職場ごとの協議も行っている。",
         "differentiation": "全国組織の強みと共済の手厚さを伝えている。",
         "questions": "競合と併存する単組の新採対策を知りたい。",
         "requests": "新採向けの動画教材がほしい。"},
    ),
    # S5 OCR; printer time stamp rows; Wingdings ¨ / þ before each 上部団体 choice (なし); 競合 blank; 「1, 305」 「62. 1」;
    # 「R 8. 11. 1」; labels broken over two rows.
    "熊本県本部_例示町職員組合_アンケート_OCR.xlsx": _survey(
        ("熊本", "例示町職員組合", "見本 大樹", "なし"),
        ((1305, None), (62.1, None), (795, None), "2026-11", 1800, 300),
        (30, 26, 0, 4),
        {"new_hire_main": "辞令交付の後に組合の説明をしている。",
         "new_hire_ideas": "若手役員が職場を案内しながら声をかけている。",
         "new_hire_worries": "採用が年度途中にもあり、説明の機会が作りにくい。",
         "nonmember_main": "未加入者に年1回、委員長が手紙を送っている。",
         "nonmember_worries": "組合費の負担感を理由に断られる。",
         "visibility": "組合ニュースを全職員に配っている。",
         "sharing_worries": "交代勤務の職場に情報が届きにくい。",
         "labor_relations": "町当局とは年2回交渉を行っている。",
         "differentiation": "競合組合はない。",
         "questions": "小規模単組の役員の選び方を知りたい。",
         "requests": "なし"},
    ),
}
