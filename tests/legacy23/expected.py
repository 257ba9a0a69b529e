"""Expected readings of the tests/legacy23 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful HQ clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2026 (令和8年度): reports made in February 2027 (令和9年; sections 「2027年4月…」 「2027年3月末…」),
  survey figures as of October - November 2026 (令和8年), intake 2026年4月; a workbook reused from last year whose
  printed years were never updated (title 「（2025年度）」, 「2026年4月新規採用者対策」, 「2025年 新規採用者」) is still
  this year's answer: the answers and the 作成日 / 時点 say so;
- this year's sheet, not last year's kept beside it: 「R8」 over 「R7」 whichever comes first; the 「R8」 column of
  marks over the 「R7」 column;
- 県名 / 県本部 「福島県本部」 「石川」 「長崎県」 「鹿児島県本部」 「青森」 「山形県本部」 「高知」 「大分県本部」 「徳島県」
  「佐賀」 → the prefecture;
- 作成日 「9.2.10」 (令和 implied, the report being made in 令和9年) → 2027-02-10; the serial 46427 in a General cell
  (pasted as values) → 2027-02-09; 「R9.2.15」 → 2027-02-15; 「令和９年２月１６日」 → 2027-02-16; a date cell → its date;
- marks: ○ (typed over the □) / □; ✓ / nothing with no □ anywhere → done / not done; ◯ / × / blank → done / not
  done / unanswered; 済 / 未 → done / not done, 「3月予定」 → not done (debatable); in a 「R7｜R8」 table the R8 column;
- an answer put in the cell's NOTE because the cell says 「コメントに記載」 → the note's text; a cell whose whole text
  (last year's) is STRUCK THROUGH with this year's answer in its note → the note (debatable); a cell holding last
  year's sentence struck through and this year's after it → this year's sentence only (debatable); an answer typed in a
  TEXT BOX over the empty answer box → the text box's text;
- 「特になし」 「なし」 are answers; 「ー」 「－」 alone in a text box mean nothing written → None (debatable: kept as typed);
- numbers: 「412人」 「11名」 「1,130」 → the number; 「約10」 approximate; 「286（R8.10現在）」 「120（R7のまま）」 → 286 / 120
  (the clerk says the rival's figure is last year's: still the answer given); 「32.5%」 text → 32.5; 「ー」 in the 競合
  column of a union with no rival (上部団体 なし) → None (debatable: 0); 「ー」 for the 競合加入者数 of a union with a
  rival whose intake adds up without it → 0 (debatable: None); 「ー」 for the 競合 未加入者数 → None (debatable); 「同上」
  in the 競合 未加入者数 beside the 自治労 figure → the 自治労 figure (debatable: it literally points at the rate above);
  a blank 競合 組織率 → None;
- 上部団体 chosen by typing ◯ before one of the printed choices → that choice;
- 時点 「8.11.1」 「8年11月1日」 「R8.10.1」 「令和8年10月1日現在」 and a date cell → YYYY-MM;
- rows the newcomer INSERTED for a note (「※…」, 「（引継ぎ）…」) or an aside figure (「（うち会計年度任用職員）｜3」,
  「（参考）再任用職員数｜45」) and ※ notes under the form are extras; printed instructions, headings, 「←該当に◯」 and the
  choices printed beside the ◯ are not.

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
    # R1 template; 「R7」 (last year) first, 「R8」 second and active; ○ over □; 「9.2.10」; row inserted at 54; s4 「ー」.
    "福島県本部_共済推進取り組み報告書（R8）.xlsx": _report(
        ("福島", "2027-02-10", "見本 直樹", "試験 弘美"),
        ("6月時点の団体生命共済の新規加入は目標の31％。若年層の加入が伸びず、単組ごとの差が大きい。",
         "9月から県支部と合同で15単組を訪問した。1月末で目標の58％まで進んだが、年度末の達成は厳しい見込み。",
         "新採の同時加入と、再任用者への継続案内を重点に取り組む。"),
        {"s2": (T, F), "s3": (T, T, F, F, T, T, F), "s4": (T, F, T), "s5": (T, F), "s6": (T, T, F, F)},
        {"s2": "交付金は規程どおり年1回支払っている。使途の報告は一部の単組にとどまる。",
         "s3": "11月に新採組織化方針を提起し、同時加入用のチラシを全単組に配布した。県支部と合同で8単組をオルグした。",
         "s4": None,
         "s5": "モデル単組2単組の進捗を推進委員会で毎月確認している。",
         "s6": "マニュアルを執行委員会で確認し、全単組に郵送した。"},
        extras=("※県本部新採対策会議は3月に開催予定です（前任者からの引継ぎ事項）。",),
        debatable={"s4.text": "「ー」 alone in the box: nothing written (None), or kept as typed"},
    ),
    # R2 self-made; serial 46427 作成日; 「石川」; ✓ only (no □); s1 focus 「特になし」; s6 answer in the cell's note.
    "石川_取り組み報告書.xlsx": _report(
        ("石川", "2027-02-09", "試験 健一", "仮名 明子"),
        ("上半期の新規加入は目標の4割にとどまった。退職者団体生命共済への移行案内が遅れている。",
         "10月以降、退職予定者への個別案内を始めた。1月末で新規加入は目標の55％。",
         "特になし"),
        {"s2": (T, T), "s3": (T, F, T, T, F, F, T), "s4": (F, T, T), "s5": (T, T), "s6": (F, T, T, F)},
        {"s2": "各単組から使途報告書を提出してもらい、県本部委員会で確認した。",
         "s3": "12月に新採対策会議と執行部学習会を開いた。同時加入の具体策として、申込書の一体化を提案した。",
         "s4": "対象者名簿を単組から集め、2月に説明会を2回開いた。",
         "s5": "モデル単組3単組を県支部と合同で訪問した。",
         "s6": "マニュアルは全単組に配布済み。1月の代表者会議で活用方法を説明した。"},
    ),
    # R3 retyped; header merged wider; date cell 令和9年2月12日; 「長崎県」; ◯ / × / blank; s2 last year's sentence struck.
    "長崎県本部_取組報告書.xlsx": _report(
        ("長崎", "2027-02-12", "架空 俊介", "見本 千尋"),
        ("6月報告では、新規加入が目標の35％と報告した。離島の単組への訪問が課題である。",
         "離島の4単組をオンラインでオルグした。1月末で目標の62％。",
         "離島単組への支援と、新採の同時加入の徹底。"),
        {"s2": (T, T), "s3": (T, T, N, T, T, F, F), "s4": (T, T, F), "s5": (T, F), "s6": (T, T, T, T)},
        {"s2": "今年度から上期・下期の2回に分けて支払い、使途報告も受けている。",
         "s3": "1月に新採対策会議を開催し、同時加入ツールを配布した。",
         "s4": "再任用予定者の名簿を単組と共有し、説明会を開いた。",
         "s5": "推進委員会で毎回進捗を確認している。",
         "s6": "代表者会議でマニュアルの使い方を説明した。"},
        extras=("※確認者は4月から新任の書記長です。",),
        debatable={"s2.text": "last year's sentence is struck through (deleted) before this year's; a reader may keep "
                              "both"},
    ),
    # R4 FY2025 template with old years; 「R9.2.15」; 済 / 未 / 「3月予定」; inserted row A42 note; s1 focus in a text box.
    "鹿児島県本部_報告書.xlsx": _report(
        ("鹿児島", "2027-02-15", "例示 真一", "架空 和代"),
        ("6月時点で新規加入は目標の28％。大規模単組の伸び悩みが続いている。",
         "11月に県支部と合同の推進会議を開き、単組ごとの目標を見直した。1月末で目標の47％。",
         "大規模単組での新採同時加入を最優先に取り組む。"),
        {"s2": (T, F), "s3": (T, T, F, F, T, F, F), "s4": (T, F, T), "s5": (T, T), "s6": (T, T, F, F)},
        {"s2": "交付金は規程にもとづき支払い済み。使途の把握は来年度の課題。",
         "s3": "同時加入チラシを作り、県支部と合同で10単組を訪問した。",
         "s4": "退職予定者向けのじちろう共済の案内を単組経由で配った。",
         "s5": "なし",
         "s6": "マニュアルは11月に全単組へ配布した。"},
        extras=("（引継ぎ）支払記録は共有フォルダの「交付金」にあります",),
        debatable={"s3.meeting": "「3月予定」: not done yet (False), or no answer of done / not done (None)"},
    ),
    # R5 self-made; R7 (○, kept) | R8 (✓) mark columns, no □; 「令和９年２月１６日」; s4 「特になし」, s6 「－」; note.
    "青森県本部_共済推進取り組み報告書.xlsx": _report(
        ("青森", "2027-02-16", "仮名 翔太", "見本 典子"),
        ("6月報告では新規加入が目標の33％。市部の単組で伸びが見られた。",
         "秋以降、町村の単組を中心に訪問した。1月末で目標の51％。",
         "町村単組の新採対策と、共済推進委員の育成。"),
        {"s2": (T, F), "s3": (T, F, F, T, T, T, F), "s4": (T, F, F), "s5": (T, T), "s6": (T, F, F, F)},
        {"s2": "規程どおり支払っている。使途の確認は来年度から行う。",
         "s3": "12月に新採対策会議を開き、同時加入方針を提起した。",
         "s4": "特になし",
         "s5": "モデル単組の進捗を推進委員会で確認し、2単組を合同で訪問した。",
         "s6": None},
        extras=("※R7欄は前任者の記入をそのまま残しています。",),
        debatable={"s6.text": "「－」 alone in the box: nothing written (None), or kept as typed"},
    ),
    # S1 FY2025 template reused (title, 「2025年 新規採用者」); 「山形県本部」; 競合 「ー」; 「8.11.1」; inserted intake row.
    "山形県本部_架空町職員組合_アンケート.xlsx": _survey(
        ("山形", "架空町職員組合", "試験 莉子", "なし"),
        ((214, None), (86.3, None), (34, None), "2026-11", 220, 28),
        (12, 10, 0, 2),
        {"new_hire_main": "辞令交付式の後に15分ほど時間をもらい、組合の説明をしている。",
         "new_hire_ideas": "説明は入庁2〜3年目の組合員に頼んでいる。",
         "new_hire_worries": "会計年度任用職員の採用時期がばらばらで、説明の機会が作りにくい。",
         "nonmember_main": "未加入者には年1回、委員長が直接声をかけている。",
         "nonmember_worries": "組合費の負担感を理由に断られることが多い。",
         "visibility": "組合ニュースを年4回、全職員に配っている。",
         "sharing_worries": None,
         "labor_relations": "町当局とは年2回の団体交渉を行っている。",
         "differentiation": "競合組合はない。",
         "questions": "特になし",
         "requests": "なし"},
        extras=("うち会計年度任用職員",),
        debatable={"org.members_r": "「ー」 under 競合 with 上部団体 なし: None, or 0",
                   "org.rate_r": "「ー」 under 競合 with 上部団体 なし: None, or 0",
                   "org.nonmembers_r": "「ー」 under 競合 with 上部団体 なし: None, or 0 (or the 自治労 figure)",
                   "texts.sharing_worries": "「ー」 alone in the box: nothing written (None), or kept as typed"},
    ),
    # S2 self-made on 「R8」 (first) with 「R7」 kept; 「高知」; ◯ before a printed choice; 「32.5%」; 令和8年10月1日現在.
    "高知_見本市職員労働組合_実態アンケート.xlsx": _survey(
        ("高知", "見本市職員労働組合", "架空 亮", "全労連・医労連"),
        ((390, 144), (32.5, 12.0), (666, 666), "2026-10", 1050, 150),
        (24, 15, 4, 5),
        {"new_hire_main": "新採研修の初日に組合説明会を開いている。",
         "new_hire_ideas": "説明会の後に青年部主催の交流会を開いている。",
         "new_hire_worries": "病院の新採は医労連の説明が先に入ることが多い。",
         "nonmember_main": "職場委員が未加入者の名簿をもとに声をかけている。",
         "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
         "visibility": "交渉の結果をその日のうちにメールで配信している。",
         "sharing_worries": "メールを読まない組合員が多い。",
         "labor_relations": "市当局とは月1回の労使協議を行っている。",
         "differentiation": "特になし",
         "questions": "特になし",
         "requests": "病院職場向けの資料がほしい。"},
    ),
    # S3 FY2026 template; 「大分県本部」; 「412人」; 「R8.10.1」; 競合加入者数 「ー」; struck cell + note; text box.
    "大分県本部_試験市職員労働組合_アンケート.xlsx": _survey(
        ("大分", "試験市職員労働組合", "仮名 康平", "全労連・自治労連"),
        ((412, 95), (62.1, 14.3), (156, 156), "2026-10", 580, 83),
        (20, 15, 0, 5),
        {"new_hire_main": "入庁式の翌日に説明会を開き、加入申込書をその場で回収した。",
         "new_hire_ideas": "説明会では共済の具体的な給付例を紹介している。",
         "new_hire_worries": "自治労連も同時期に勧誘しており、新採が迷っている。",
         "nonmember_main": "未加入者に年2回、個別に案内文を渡している。",
         "nonmember_worries": "長年の未加入者への声かけが難しい。",
         "visibility": "掲示板と機関紙で交渉経過を知らせている。",
         "sharing_worries": "出先機関への情報が遅れがち。",
         "labor_relations": "当局との関係は安定しており、定期交渉で要求の一部が前進した。",
         "differentiation": "全国組織の強みと共済の手厚さを伝えている。",
         "questions": "競合と併存する単組の新採対策を聞きたい。",
         "requests": "特になし"},
        debatable={"intake.joined_r": "「ー」 with a rival: 0 fits 20 = 15 + 0 + 5; None is a reading too",
                   "texts.new_hire_main": "the cell holds last year's answer, all struck through; this year's is in the "
                                          "cell's note"},
    ),
    # S4 FY2026 template; 「徳島県」; 「1,130」, 「約10」, 「同上」; inserted 再任用 row; 時点 merged C:D 「8年11月1日」.
    "徳島県_仮名町職員組合_アンケート.xlsx": _survey(
        ("徳島", "仮名町職員組合", "例示 さやか", "旧全官公自治労連"),
        ((1130, 250), (45.2, 10), (1120, 1120), "2026-11", 2200, 300),
        (30, 22, 3, 5),
        {"new_hire_main": "採用前の説明会で組合の紹介をしている。",
         "new_hire_ideas": "加入した新採に記念品を渡している。",
         "new_hire_worries": "旧全官公系の組合も同じ時期に勧誘している。",
         "nonmember_main": "人事異動の後に職場を回っている。",
         "nonmember_worries": "特になし",
         "visibility": "なし",
         "sharing_worries": "役員の間でも情報の共有が遅れる。",
         "labor_relations": "町長交渉を年1回行っている。",
         "differentiation": "共済と学習会の充実を訴えている。",
         "questions": "他の単組の役員選出の工夫を知りたい。",
         "requests": "役員向けの研修を増やしてほしい。"},
        extras=("再任用職員数",),
        flags={"org.rate_r": "概数"},
        debatable={"org.nonmembers_r": "「同上」 (literally 'as above', the rate 約10) beside the 自治労 1,120: the "
                                       "clerk means the same count (1120); None is a reading too"},
    ),
    # S5 FY2026 template; 「佐賀」; 「286（R8.10現在）」 「120（R7のまま）」; blank / 「ー」 in 競合; date 時点; ✓ bullets; note.
    "佐賀_例示市職員組合_アンケート.xlsx": _survey(
        ("佐賀", "例示市職員組合", "見本 拓海", "全労連・自治労連"),
        ((286, 120), (35.8, None), (394, None), "2026-10", 700, 100),
        (18, 11, 2, 5),
        {"new_hire_main": "✓入庁式での説明\n✓歓迎会の開催\n✓共済パンフレットの配布",
         "new_hire_ideas": "歓迎会は若手の組合員が企画している。",
         "new_hire_worries": "勤務地が分散していて集まりにくい。",
         "nonmember_main": "職場訪問（済）。3月にもう一度回る予定。",
         "nonmember_worries": "声をかける役員が足りない。",
         "visibility": "SNSで活動の様子を発信している。",
         "sharing_worries": "特になし",
         "labor_relations": "賃金交渉は競合と別々に行っている。",
         "differentiation": "なし",
         "questions": "SNSの運用ルールを知りたい。",
         "requests": "新採向けの動画を作ってほしい。"},
        extras=("※競合の人数は昨年の数字のままです（確認中）",),
        debatable={"org.nonmembers_r": "「ー」 under 競合 beside the 自治労 394: nothing given (None), or the same 394"},
    ),
}
