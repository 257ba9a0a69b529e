"""Expected readings of the tests/legacy26 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful HQ clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2026 (令和8年度): reports made in February 2027 (令和9年), survey figures as of October -
  November 2026, intake 2026年4月;
- characters a human does not see or sees as the same are the same in LABELS: half-width katakana (ｼﾞﾁﾛｳ共済 is
  じちろう共済, ｵﾙｸﾞ with a separate ﾞ is オルグ, ｱﾝｹｰﾄ is アンケート), combining dakuten (NFD from a Mac), the spacing
  dakuten 「オルク゛」 (U+309B) for オルグ, zero-width
  spaces, a BOM U+FEFF, NBSP, ideographic spaces, a trailing U+2028, a trailing CRLF or lone CR (Excel's 「_x000D_」), the colons
  「:」 「：」 and the empty brackets 「（）」 「()」 「（ ）」 after a header label, 「(%)」 / 「（％）」 with the brackets mixed,
  a circled number 「③」 before an item or 「①」 before a question;
- header values: 「\u200b広島」 → 広島; 作成日 「㋿9年2月3日」 (the Reiwa ligature), 「令和９年２月１０日」, 「二〇二七年二月十二日」,
  「令和9年2月１５日」 (digits half and full width mixed), 「2027年2月17日(水)」 → the date;
- names are kept as typed (a trailing line break is not part of them), old forms and variants included (髙, 﨑, 邊 with its variation selector U+E0100, half-width
  katakana 「ﾐﾎﾝ ﾕｳｷ」); white space inside a name does not count (the harness drops it);
- marks: ☑ / □, 「☑︎」 (with U+FE0E) / □, ■ / □, ✔ / □ → done / not done; ○ (or ◯ U+25EF, 〇 U+3007) in the 「実施」
  column → done, ○ in the
  「未実施」 column → not done, ○ in neither → unanswered;
- numbers: kanji numerals 「三百四十五人」 「四十」 「二百七十」 「百二十」 「十二人」 「三」 「五人」, and the digit-by-digit
  「二〇」 「五三五」 → 345, 40, 270, 120, 12, 3, 5, 20, 535; a number with a ZWSP / NBSP / ideographic space / U+2028 /
  CRLF / lone CR before or after it → the number; full-width 「４２０」 「３８０」 → the number; 「1,020」 → 1020;
- 「－」 in the 競合 column of a union whose 上部団体 is 「なし」 → blank (None; debatable: 0); 「‐」 as the 競合加入者数
  when 19 + ? + 9 = 28 → 0 (debatable: blank);
- 上部団体 「全労連･自治労連」 (half-width middle dot) → 全労連・自治労連; 「ﾅｼ」 → なし; 「旧全官公自治労連\u200b」 → 旧全官公自治労連;
- 時点 「㋿8年11月1日」 「令和８年１１月１日」 「二〇二六年十月一日」 「2026年11月1日\u2028」 「R8.10.1」 → YYYY-MM;
- FREE TEXTS ARE KEPT AS TYPED: emoji (👍 📨 💪 🙏 📱 ☺️ 🙇 📰 🎉 💦 🌸 ✨), circled numbers (①②③) in lists, ㈱, ㍻,
  ～ / 〜 / ~, the minus signs − － ‐, half-width katakana; line breaks (CRLF, lone CR, LF) are line breaks, not the
  text 「_x000D_」 (the harness drops white space, so where the break goes does not count); NFD text is the same text
  as its NFC (the harness compares NFC);
- a ※ note the sender typed under the form is an extra (its emoji kept).

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
IVS = "\U000E0100"  # VARIATION SELECTOR-17 after 邊 (an Ideographic Variation Sequence)

FILES = {
    # R1 「県名:」 「作成日：」 colons; 「㋿9年2月3日」; 髙橋 / 山﨑; items and the s6 title in half-width katakana
    # (ﾂｰﾙ, ｵﾙｸﾞ, ｼﾞﾁﾛｳ共済のｱﾋﾟｰﾙ, ﾏﾆｭｱﾙ, the s6 last item with ｢｣ ､); ☑ / □; 👍 📨; 「ｱﾝｹｰﾄ」 in an s1 text.
    "北海道本部_共済推進取り組み報告書.xlsx": _report(
        ("北海道", "2027-02-03", "髙橋 見本", "山﨑 仮名"),
        ("6月時点の新規加入は目標の31％。単組ｱﾝｹｰﾄでは道東の単組で共済の認知度が低かった。",
         "10月から道東・道北の14単組を訪問した。1月末で目標の55％👍",
         "新採の同時加入と、道東地域での共済の周知。"),
        {"s2": (T, T), "s3": (T, T, F, T, T, F, T), "s4": (T, F, T), "s5": (T, F), "s6": (T, T, F, F)},
        {"s2": "交付金は規程にもとづき年2回支払っている。使途は報告書で把握している。",
         "s3": "2月に新採対策会議を開き、同時加入の案内を各単組に送った📨",
         "s4": "組織化方針を単組に提起し、共済のチラシを配った。",
         "s5": "推進委員会で毎月の進捗を確認している。",
         "s6": "冊子を執行委員会で確認し、全単組に郵送した。"},
    ),
    # R2 XlsxWriter: CRLF / lone CR (「_x000D_」) in labels, texts and after the 確認者's name; 「令和９年２月１０日」; ○ in 実施｜未実施 columns,
    # s4 briefing with neither, ○ / ◯ / 〇 mixed; 💪 🙏.
    "新潟県本部_報告書.xlsx": _report(
        ("新潟", "2027-02-10", "例示 恵美", "見本 拓也"),
        ("6月時点の新規加入は目標の27％。\n上越地域の単組で伸び悩んでいる。",
         "9月から上越地域の8単組を訪問した。\n1月末で目標の50％に届いた💪",
         "新採の同時加入の徹底。\n退職予定者への継続加入の案内。"),
        {"s2": (T, F), "s3": (T, F, T, T, F, T, F), "s4": (T, N, T), "s5": (F, T), "s6": (T, T, T, F)},
        {"s2": "規程どおり支払っている。\n使途の把握は来年度から始める。",
         "s3": "学習会を1月に開いた。\n同時加入の方針を提起した🙏",
         "s4": "組織化方針を提起した。\nチラシで共済をアピールした。",
         "s5": "県支部と合同で2単組をオルグした。",
         "s6": "冊子を確認し、全単組に配布した。\n代表者会議で活用方法を周知した。"},
    ),
    # R3 a Mac, every string NFD (labels, items, the s6 title, texts); 「県名（）」 「作成日()」 「作成者（ ）」 「確認者( )」;
    # 「二〇二七年二月十二日」; 「☑︎」 (U+FE0E) / 「□」; 〜 and 📱.
    "静岡県本部_取り組み報告書.xlsx": _report(
        ("静岡", "2027-02-12", "架空 美和", "仮名 ゆずは"),
        ("6月時点の新規加入は目標の35％。伊豆地域の単組で伸び悩んでいる。",
         "10月〜12月に伊豆地域の7単組を訪問した。1月末で目標の58％。",
         "伊豆地域の単組への支援と、新採の同時加入。"),
        {"s2": (T, F), "s3": (T, T, F, F, T, T, F), "s4": (F, T, T), "s5": (T, T), "s6": (T, F, T, F)},
        {"s2": "規程にもとづき、上期と下期に分けて支払っている。",
         "s3": "LINEで4月〜6月に3回、同時加入の案内を送った📱 県支部と合同で5単組をオルグした。",
         "s4": "説明会を2月に開き、じちろう共済のパンフレットを配った。",
         "s5": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
         "s6": "冊子を執行委員会で確認した。代表者会議でマニュアルの使い方を説明した。"},
    ),
    # R4 ZWSP / NBSP / ideographic space / trailing U+2028 in header and s1 labels; 「\u200b広島」; 「令和9年2月１５日」;
    # items numbered ①–⑱ through the report, a BOM at two items; ■ / □; ① ② lists and ☺️ in texts.
    "広島県本部_共済推進取り組み報告書.xlsx": _report(
        ("広島", "2027-02-15", "例示 直樹", "見本 聡子"),
        ("6月時点の新規加入は目標の28％。\n①県北の単組で伸び悩み\n②新採の同時加入が低調",
         "11月に県北の6単組を訪問した。1月末で目標の51％☺️",
         "①県北地域の単組の支援\n②新採の同時加入の徹底"),
        {"s2": (T, T), "s3": (F, T, T, T, F, F, T), "s4": (T, T, F), "s5": (T, F), "s6": (F, T, T, T)},
        {"s2": "規程にもとづき支払い、使途の報告を受けている。",
         "s3": "①合同オルグ 4単組\n②執行部学習会 12月\n③新採対策会議 1月",
         "s4": "組織化方針を提起し、対象者向けの説明会を3月に開く。",
         "s5": "推進委員会で毎月の進捗を確認している。",
         "s6": "マニュアルを全単組に配布した。代表者会議と単組オルグで活用を呼びかけた。"},
    ),
    # R5 XlsxWriter: 「作成日（提出日)」 「作成者(担当)」; 「2027年2月17日(水)」; 宮﨑 / 渡邊+IVS; 「オルク゛」 (U+309B); ✔ / □; ㈱ ㍻ ～ 〜 ~
    # − － ‐ 🙇 in texts; a ※ note with an emoji under the form.
    "鹿児島県本部_取組報告書_2026.xlsx": _report(
        ("鹿児島", "2027-02-17", "宮﨑 架空", f"渡邊{IVS} 試験"),
        ("6月時点の新規加入は目標の22％。12月末の新規加入は前年同期比−18件。",
         "離島の単組を1月～2月に訪問した。㈱見本損保の自動車保険からマイカー共済への切り替えを勧めている。",
         "離島単組の支援と、新採の同時加入の徹底。"),
        {"s2": (T, F), "s3": (T, F, F, T, T, T, F), "s4": (T, T, T), "s5": (F, T), "s6": (T, T, F, T)},
        {"s2": "交付金は規程どおり支払った。使途を報告した単組は前年より－3単組。",
         "s3": "新採の同時加入を提起した。昨年度の未加入は‐2人減った。",
         "s4": "㍻の初めに採用された職員の退職が続く。説明会は2月〜3月に開く。",
         "s5": "11月~12月に県支部と合同でモデル単組をオルグした🙇",
         "s6": "冊子を執行委員会で確認し、全単組に配布した。オルグで参照を提案した。"},
        extras=("※作成者は4月に異動します。後任は追ってお知らせします🙇",),
        debatable={"h.checker": "渡邊 + VS17 (U+E0100): dropping the variation selector shows the common 邊 glyph; "
                                "a clerk might accept the name either way"},
    ),
    # S1 「実態共有用ｱﾝｹｰﾄ」; 「全労連･自治労連」 (U+FF65); 「ﾐﾎﾝ ﾕｳｷ」; 「ﾊﾟｰﾄ」 label; kanji numerals; 「㋿8年11月1日」.
    "青森県本部_見本市職員労働組合_ｱﾝｹｰﾄ.xlsx": _survey(
        ("青森", "見本市職員労働組合", "ﾐﾎﾝ ﾕｳｷ", "全労連・自治労連"),
        ((345, 40), (52.7, 6.1), (270, 270), "2026-11", 535, 120),
        (20, 12, 3, 5),
        {"new_hire_main": "辞令交付式の後に説明会を開き、その場で加入を呼びかけている。",
         "new_hire_ideas": "青年部の役員が職場を案内しながら話をしている。",
         "new_hire_worries": "競合組合の勧誘が辞令交付の前に入る。",
         "nonmember_main": "未加入者に年2回、委員長の手紙を届けている。",
         "nonmember_worries": "長年の未加入者への声かけが難しい。",
         "visibility": "交渉の結果を組合ニュースで全職員に配っている📰",
         "sharing_worries": "出先の職場にニュースが届くのが遅い。",
         "labor_relations": "市当局とは年3回交渉している。",
         "differentiation": "共済と全国のネットワークを伝えている。",
         "questions": "競合と併存する単組の新採説明会の工夫を知りたい。",
         "requests": "特になし"},
        debatable={"h.writer": "a name typed in half-width katakana: kept as typed here; a roster might fold it to "
                               "full width (ミホン ユウキ)"},
    ),
    # S2 XlsxWriter: CRLF / lone CR in labels, after numbers, after the union name and in texts; 上部団体 「ﾅｼ」, 競合 「－」; 「令和８年１１月１日」; 🎉 💦.
    "福井県本部_試験町職員組合_アンケート.xlsx": _survey(
        ("福井", "試験町職員組合", "例示 和子", "なし"),
        ((218, None), (61.4, None), (137, None), "2026-11", 300, 55),
        (14, 11, 0, 3),
        {"new_hire_main": "4月の新採研修で説明会を開いた🎉\n11人が加入した。",
         "new_hire_ideas": "昼食会を開き、先輩と話せる場を作っている。",
         "new_hire_worries": "保育士の新採に会う機会が少ない💦",
         "nonmember_main": "職場委員と一緒に年1回職場を回っている。\n未加入者には個別に声をかけている。",
         "nonmember_worries": "会計年度任用職員への声かけが遅れている。",
         "visibility": "組合だよりを毎月発行している。\n掲示板も更新している。",
         "sharing_worries": "なし",
         "labor_relations": "町当局とは年2回交渉している。\n人員確保の要求が一部前進した。",
         "differentiation": "競合組合はない。",
         "questions": "小規模単組の役員の選び方を知りたい。",
         "requests": "新採向けの説明資料がほしい。"},
        debatable={k: "「－」 in the 競合 column with 上部団体 「なし」: no rival, so blank; 0 is also a reading"
                   for k in ("org.members_r", "org.rate_r", "org.nonmembers_r")},
    ),
    # S3 a Mac, every string NFD (labels with combining dakuten: 悩んでいること, 労使関係・交渉など, パート); 「４２０」;
    # 「二〇二六年十月一日」; 〜 and 🌸.
    "岐阜県本部_架空市職員組合_アンケート.xlsx": _survey(
        ("岐阜", "架空市職員組合", "見本 じゅんこ", "全労連・医労連"),
        ((420, 95), (38.2, 8.6), (585, 585), "2026-10", 880, 220),
        (30, 21, 4, 5),
        {"new_hire_main": "採用前の説明会で組合を紹介している。",
         "new_hire_ideas": "4月〜5月に先輩との座談会を開いている🌸",
         "new_hire_worries": "病院職場では競合組合の加入が先になる。",
         "nonmember_main": "人事異動の後に職場委員が未加入者を訪ねている。",
         "nonmember_worries": "夜勤のある職場の未加入者に会えない。",
         "visibility": "ホームページとメールで交渉の経過を伝えている。",
         "sharing_worries": "若い組合員がメールを読まない。",
         "labor_relations": "市当局とは年2回交渉し、夜勤手当の改善が前進した。",
         "differentiation": "共済の給付の手厚さを伝えている。",
         "questions": "病院職場での新採対策を知りたい。",
         "requests": "なし"},
    ),
    # S4 BOM / ZWSP / NBSP / ideographic space / U+2028 in labels and numbers; 「旧全官公自治労連\u200b」; − － ‐ in texts.
    "長崎県本部_例示市職員労働組合_アンケート.xlsx": _survey(
        ("長崎", "例示市職員労働組合", "仮名 翔太", "旧全官公自治労連"),
        ((1020, 160), (45.7, 7.2), (1050, 1050), "2026-11", 1850, 380),
        (46, 33, 5, 8),
        {"new_hire_main": "入庁式の当日に説明会を開き、加入申込書を回収している。",
         "new_hire_ideas": "説明会では共済の給付例を紹介している。",
         "new_hire_worries": "競合組合の説明会が同じ週に重なる。",
         "nonmember_main": "未加入者の名簿を職場委員と共有している。",
         "nonmember_worries": "組合員は前年比−15人、青年部は－3人と減っている。",
         "visibility": "交渉の経過をその日のうちに掲示板で知らせている。",
         "sharing_worries": "離島の出先機関への連絡が遅れがち。",
         "labor_relations": "市当局とは定期交渉のほか、職場ごとの協議もしている。人員は前年比‐12人。",
         "differentiation": "全国組織の強みと共済を伝えている。",
         "questions": "競合と併存する単組の未加入者対策を知りたい。",
         "requests": "特になし"},
    ),
    # S5 XlsxWriter: labels with mixed brackets / colons; 架空髙原町職員組合; 渡邊+IVS; 「R8.10.1」; questions ①–⑪;
    # 競合加入者数 「‐」; ㈱ ㍻ ～ ~ 〜 ✨ in texts.
    "大分県本部_架空髙原町職員組合_アンケート.xlsx": _survey(
        ("大分", "架空髙原町職員組合", f"渡邊{IVS} 見本", "全労連・自治労連"),
        ((612, 88), (47.1, 6.8), (600, 600), "2026-10", 1050, 250),
        (28, 19, 0, 9),
        {"new_hire_main": "辞令交付の後に組合説明会を開いている✨",
         "new_hire_ideas": "説明会の後に先輩と話せる茶話会を開いている。",
         "new_hire_worries": "㈱架空生命の団体保険と比べられることが多い。",
         "nonmember_main": "未加入者に年1回、共済の案内と一緒に加入を呼びかけている。",
         "nonmember_worries": "㍻の頃からの未加入者が多い。",
         "visibility": "組合ニュースを毎月～隔月で発行している。",
         "sharing_worries": "交代勤務の職場に情報が届きにくい。",
         "labor_relations": "町当局とは年2回交渉している。10月~11月が交渉の山場。",
         "differentiation": "共済と学習会の充実を伝えている。",
         "questions": "新採説明会の時間を当局から確保する方法を知りたい。",
         "requests": "説明会用の動画（5〜10分）がほしい。"},
        debatable={"h.writer": "渡邊 + VS17 (U+E0100): dropping the variation selector shows the common 邊 glyph",
                   "intake.joined_r": "「‐」 as a count: none (0, as 19 + 0 + 9 = 28 says) or a blank left with a dash"},
    ),
}
