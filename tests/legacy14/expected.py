"""Expected readings of the tests/legacy14 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a form retyped as 「Excel方眼紙」 (narrow columns, every label and answer merged over many of them) reads like the
  printed form: the merged block right of (or under) a label is its answer;
- 「○」 / 「×」 in the 実施 cell left of an item → done / not done;
- a file that marks only the done items (「√」 in a 実施 column right of the items, 「Ｏ」 in one left of them) and never
  uses □ or × leaves the others NOT done (the domain's rule; R5's own note says 「Ｏ」 is 実施済み): 「√」 (a square-root
  sign typed as a tick) and 「Ｏ」 (a full-width letter O typed for ○) are the clerk's marks;
- 「☑︎」 (☑ followed by the text-style variation selector) is ☑ → done; 「□」 → not done;
- a 「実施回数」 column answered with how many times an item was carried out: 「1回」 「4回」 「年1回」 「毎月」 → done,
  「0回」 → not done;
- rows grouped and collapsed (outline) holding the template's 【記入例】 line, a hidden column holding last year's marks
  and a VERY hidden sheet holding last year's answers are not this year's answers (a clerk never sees the last one);
- a blank form sheet 「報告書」 beside the filled copy 「報告書 (2)」: the filled copy is the report;
- 作成日 「令和七年二月十四日」 (kanji numerals) is 2025-02-14; 「R7.2.12」 is 2025-02-12; 「25/2/17」 (two-digit western
  year) is 2025-02-17; a real date is the date it shows (also in a workbook kept in the 1904 date system: what Excel
  shows, 令和6年12月1日);
- a name followed by the seal mark 「㊞」 is the name (the ㊞ marks where to stamp);
- section-1 texts typed one sentence per row under their label are one answer (joined);
- the eleven survey texts asked with the clerk's own REPHRASED questions (「新規採用者に組合へ加入してもらうため、主にどの
  ような取り組みをしていますか。」 …) answer the printed questions they paraphrase, in order;
- 上部団体 left at the template's placeholder 「（選択してください）」 is unanswered (None), whatever the competitor's figures;
  「全労連　自治労連」 (a space for the 「・」) is the choice 全労連・自治労連;
- counts in cells formatted 0"名" are the numbers; fractions in 0.0% cells are percentage points (0.463 → 46.3);
  「約180人」 is 180 (approximate), 「約7%」 is 7; 「1,270人」 is 1270; 「不明」 is blank;
- 「1,020人（R6.11.1現在）」 is 1020 and, there being no 時点 cell, gives 時点 2024-11;
- in a table with a row per union (自治労 / 競合), 「〃」 under the 自治労 row's 未加入者数 is the same number;
- a 時点 per row (自治労 「R6.11.1」, 競合 「R6.10月（聞き取り）」): the form's 時点 is that of the union's own figures,
  2024-11 (debatable);
- the intake given BY SEX (男 | 女 | 計): the 計 column; the intake in one sentence 「新規採用者3名のうち、自治労加入2名、
  競合加入0名、未加入1名」 gives the four numbers;
- 「・」 bullet lines, 「特になし」 and 「なし」 are answers as typed;
- a 「※」 line typed by the clerk outside the printed form (under it, beside it, far right of it) is an extra; the printed
  組織率 note, 「←プルダウンから選択」, the hidden 【記入例】 line and the 「（単位：人、％）」 caption over a table are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_SEAL = ("typed with the seal mark after the name 「{name}　㊞」: the name; a reader could keep the ㊞ as typed")

REPORTS = {
    # R1 (openpyxl): Excel方眼紙 (B:AK at 2.6, everything merged); 作成日 「令和七年二月十四日」; ○ / × in a merged 実施 cell
    #     left of each item; 「（１）」… s1 labels with merged blocks below; note B68.
    "北海道本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "北海道", "h.created": "2025-02-14", "h.author": "見本 大輔", "h.checker": "見本 千春",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の57.8％。保有件数は前年5月比で99.6％と微減している。"
                                "道東・道北の小規模単組で新採の加入が少ない。",
            "s1.progress_since": "7月から地本と合同で道東・道北の16単組を訪問した。2026年度末の保有目標を単組ごとに示し、"
                                 "3月までの取り組み日程を確認した。",
            "s1.focus": "小規模単組への訪問の継続と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき年度末に支払っている。使途は単組からの実績報告で確認している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入のパンフレットを全単組に配布し、地本と合同で16単組をオルグした。執行部学習会を3会場で"
                       "開き、新採組織化方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を単組に提起し、対象者の多い札幌圏の5単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で隔月に進捗を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を推進委員会で確認し、全単組に送付した。代表者会議で活用方法を説明した。",
        },
        "extras": ["※道東地区の学習会は吹雪のため2月に延期しました。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (XlsxWriter → .xlsm): 「県名：」 … answers merged right; 作成日 a date shown 2025/2/13; s1 boxes side by side;
    #     「√」 in 実施 column F right of the done items, blank otherwise; note K23.
    "宮城県本部_取り組み報告書.xlsm": {
        "kind": "report",
        "values": {
            "h.pref": "宮城", "h.created": "2025-02-13", "h.author": "見本 智也", "h.checker": "見本 美咲",
            "s1.progress_june": "●新規加入は1月末で目標の60.4％。\n●保有件数は前年5月比で100.3％。\n●仙台市内の大規模単組で"
                                "新採の加入率が下がっている。",
            "s1.progress_since": "●10月から県支部と合同で仙南・県北地区の11単組を訪問した。\n●単組ごとの保有目標と到達状況を"
                                 "一覧にして示した。",
            "s1.focus": "●大規模単組での新採説明会の充実\n●再任用者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき9月に支払った。使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のチラシを作り全単組に送った。県支部と合同で11単組をオルグし、12月に新採対策会議を開いた。"
                       "同時加入の具体策として説明会の進め方を示した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "組織化方針を提起し、対象者の名簿を単組と確認して説明会を開いた。じちろう共済の案内を配った。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認している。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認した。代表者会議で内容を説明した。",
        },
        "extras": ["※新採対策会議の資料は別途お送りします。"],
        "flags": {},
        "debatable": {},
    },
    # R3 (.xls via LibreOffice): labels row 3, answers row 4 (「R7.2.12」, names with ㊞); collapsed 記入例 rows 5-6
    #     (「県本部新採対策会議の開催」 「2回」); 実施回数 column F (「1回」 … 「0回」, 「年1回」, 「毎月」); s6 text 「特になし」;
    #     note A52.
    "東京都本部_共済推進取組報告（R7.2）.xls": {
        "kind": "report",
        "values": {
            "h.pref": "東京", "h.created": "2025-02-12", "h.author": "試験 俊介", "h.checker": "試験 美里",
            "s1.progress_june": "新規加入は1月末で目標の52.9％。保有件数は前年5月比で98.8％と減少している。区部の単組で"
                                "退職者の脱退が多い。",
            "s1.progress_since": "区部・多摩地区の合同会議を2回開き、単組ごとの2026年度末の保有目標と到達状況を確認した。",
            "s1.focus": "退職予定者への継続加入の案内と、多摩地区の単組への支援。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき年1回支払っている。使途の把握はできていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを提供し、県支部と合同で区部・多摩の単組を4回オルグした。執行部学習会を2回開いた。"
                       "組織化方針と同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、対象者向けの説明会を3回開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "特になし",
        },
        "extras": ["※実施回数は2024年6月以降の回数です。"],
        "flags": {},
        "debatable": {"h.author": _SEAL.format(name="試験 俊介"), "h.checker": _SEAL.format(name="試験 美里")},
    },
    # R4 (XlsxWriter): 「報告書」 blank form first, 「報告書 (2)」 filled (active); 「県名：広島県」 「作成日：25/2/17」 …
    #     in one cell; s1 one sentence per row; 「☑︎　label」 (VS15) / 「□　label」; memo J20.
    "広島県本部　取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "広島", "h.created": "2025-02-17", "h.author": "架空 正人", "h.checker": "架空 美穂子",
            "s1.progress_june": "新規加入は1月末で目標の62.1％。\n保有件数は前年5月比で100.6％と増加した。\n備北地区の単組で"
                                "新採の加入が伸び悩んでいる。",
            "s1.progress_since": "県支部と合同で備北・芸北地区の8単組を訪問した。\n単組ごとに2026年度末の保有目標と今年度の"
                                 "到達見込みを確認した。",
            "s1.focus": "備北地区の単組への重点的な訪問。\n新採説明会での同時加入の呼びかけ。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき年度末に支払っている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同で8単組をオルグした。学習会と新採対策会議を開き、"
                       "同時加入方針を提起した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "対象者を単組ごとに把握し、説明会でじちろう共済の継続加入をアピールした。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、モデル単組2単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※交付金の使途は来年度から単組に報告を求める予定です。"],
        "flags": {},
        "debatable": {},
    },
    # R5 (openpyxl): no merges (centerContinuous, overflowing texts); header C3 → D3, G3 → H3 (a date shown
    #     令和7年2月20日); 「Ｏ」 in column B for the done items; hidden column A with last year's 「Ｏ」; note B47.
    "長崎県本部_取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "長崎", "h.created": "2025-02-20", "h.author": "架空 浩一", "h.checker": "架空 由紀",
            "s1.progress_june": "新規加入は1月末で目標の58.0％。保有件数は前年5月比で99.8％。離島の単組で新採の加入が"
                                "遅れている。",
            "s1.progress_since": "県支部と合同で五島・壱岐・対馬の7単組を訪問し、単組ごとの保有目標と新採対策の日程を確認"
                                 "した。",
            "s1.focus": "離島単組への支援と、同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき7月に支払った。使途は単組の報告で把握している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを提供し、離島の単組を県支部と合同でオルグした。学習会を開き、新採組織化方針と"
                       "同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "組織化方針を単組に提起した。対象者の把握は3月に行う。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、モデル単組を合同で訪問した。",
            "s6.review": False, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "全単組にマニュアルを配布し、代表者会議で活用方法を周知した。",
        },
        "extras": ["※実施欄の「Ｏ」は実施済みの取り組みです。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter): printed-form look, 上部団体 left 「（選択してください）」; 412名 / 96名 (0"名"), 0.463 / 0.108 in
    #     0.0% cells, 382 both; 時点 「R6.11.1現在」 D9:D11; intake 9/6/2/1 (0"名"); rephrased questions A21..A31 with
    #     answers B:F; note A33.
    "山梨_見本町職_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "山梨", "h.union": "見本町職員労働組合", "h.writer": "見本 里奈", "h.rival_union": None,
            "org.members_j": 412, "org.members_r": 96, "org.rate_j": 46.3, "org.rate_r": 10.8,
            "org.nonmembers_j": 382, "org.nonmembers_r": 382, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 9, "intake.joined_j": 6, "intake.joined_r": 2, "intake.not_joined": 1,
            "texts.new_hire_main": "4月の採用者研修の昼休みに説明会を開き、加入届を配っている。",
            "texts.new_hire_ideas": "説明会では年の近い青年部の役員が話すようにしている。",
            "texts.new_hire_worries": "競合の説明会が先に行われ、出遅れることがある。",
            "texts.nonmember_main": "未加入者の一覧を作り、職場の組合員から声をかけてもらっている。",
            "texts.nonmember_worries": "出先の職場の未加入者には会う機会が少ない。",
            "texts.visibility": "交渉の結果を写真付きのニュースにして、職場に掲示している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年3回交渉している。人員の確保と時間外勤務の縮減を求めている。",
            "texts.differentiation": "共済の給付や相談の事例を紹介し、組合に入る安心を伝えている。",
            "texts.questions": "競合より先に新採と話す機会をどう作っているか",
            "texts.requests": "新採向けのチラシを県本部で作ってほしい。",
        },
        "extras": ["※競合の人数は競合組合の機関紙による数字です。"],
        "flags": {},
        "debatable": {},
    },
    # S2 (.xls via LibreOffice): 項目 | 回答 list, pairs split; 「1,020人（R6.11.1現在）」 「約180人」 「41.3%」 「約7%」
    #     「1,270人」 ×2; 正規 1890 / 非正規 580; intake 男 | 女 | 計 (38 / 26 / 6 / 6); (1)…(11) texts; note A37.
    "富山_試験市職労_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "富山", "h.union": "試験市職員労働組合", "h.writer": "試験 隆之", "h.rival_union": "全労連・医労連",
            "org.members_j": 1020, "org.members_r": 180, "org.rate_j": 41.3, "org.rate_r": 7,
            "org.nonmembers_j": 1270, "org.nonmembers_r": 1270, "org.as_of": "2024-11",
            "org.regular": 1890, "org.nonregular": 580,
            "intake.hired": 38, "intake.joined_j": 26, "intake.joined_r": 6, "intake.not_joined": 6,
            "texts.new_hire_main": "採用前の3月に内定者向けの説明会を開き、4月の辞令交付後にも加入を呼びかけている。",
            "texts.new_hire_ideas": "共済の掛金と給付をまとめた一枚のチラシを配っている。",
            "texts.new_hire_worries": "病院の新採は勤務が不規則で、説明会に集まってもらえない。",
            "texts.nonmember_main": "職場ごとに担当の執行委員を決め、未加入者と面談している。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合ホームページに交渉の経過を載せ、掲示板にも貼っている。",
            "texts.sharing_worries": "組合ニュースがメールで届いても読まれていない。",
            "texts.labor_relations": "市当局とは年5回交渉している。病院職場の夜勤体制の改善を求めている。",
            "texts.differentiation": "共済と組合の相談窓口を一つにして、何でも相談できることを伝えている。",
            "texts.questions": "病院職場での未加入者対策の進め方",
            "texts.requests": "組合ニュースの作り方の学習会を開いてほしい。",
        },
        "extras": ["※組織人員数には再任用職員を含みます。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S3 (openpyxl): 「前年度」 very hidden (last year's answers) then 「今年度」; 「県本部：京都」 … in one cell; transposed
    #     pairs (rows 自治労 / 競合): 268 / 74, 0.553 / 0.153, 143 / 「〃」, 時点 「R6.11.1」 / 「R6.10月（聞き取り）」;
    #     intake 7/4/2/1; 【label】 texts, 他の単組… blank; note A54.
    "京都府本部_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "京都", "h.union": "架空町職員組合", "h.writer": "架空 陽介", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 268, "org.members_r": 74, "org.rate_j": 55.3, "org.rate_r": 15.3,
            "org.nonmembers_j": 143, "org.nonmembers_r": 143, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 7, "intake.joined_j": 4, "intake.joined_r": 2, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日の午後に組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会のあとに先輩組合員との昼食会を開いている。",
            "texts.new_hire_worries": "競合の役員が職場の上司であることが多く、声をかけにくい。",
            "texts.nonmember_main": "年に一度、未加入者全員に組合の案内を手渡ししている。",
            "texts.nonmember_worries": "同じ人に何度も声をかけると嫌がられる。",
            "texts.visibility": "組合ニュースを月1回発行し、全員に配っている。",
            "texts.sharing_worries": "交替勤務の職場に情報が届きにくい。",
            "texts.labor_relations": "町当局とは年2回交渉している。競合と共同で要求書を出したこともある。",
            "texts.differentiation": "共済の手厚さと、全国組織としての情報量を伝えている。",
            "texts.questions": None,
            "texts.requests": "小規模単組向けの学習会を開いてほしい。",
        },
        "extras": ["※競合の人数は聞き取りによるもので、10月頃の数字です。"],
        "flags": {},
        "debatable": {"org.as_of": "a 時点 on each row: 自治労 「R6.11.1」, 競合 「R6.10月（聞き取り）」; the form has one "
                                   "時点, read as that of the union's own figures (2024-11); a reader could take the "
                                   "earlier one or leave it blank"},
    },
    # S4 (XlsxWriter): Excel方眼紙 (B:AH at 2.6); header labels row 3, answers row 4; 64 / 21, 「58.2%」 / 「不明」,
    #     25 / 25; 時点 「令和6年12月1日現在」 X7:AH9; intake as one sentence (B12); 「・」 bullet texts, one 「なし」;
    #     note B50.
    "鳥取_見本村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "鳥取", "h.union": "見本村職員労働組合", "h.writer": "見本 和樹", "h.rival_union": "全労連・自治労連",
            "org.members_j": 64, "org.members_r": 21, "org.rate_j": 58.2, "org.rate_r": None,
            "org.nonmembers_j": 25, "org.nonmembers_r": 25, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 3, "intake.joined_j": 2, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "・採用日に委員長が説明\n・加入届をその場で回収",
            "texts.new_hire_ideas": "・歓迎会を組合主催で開く",
            "texts.new_hire_worries": "・採用が少なく、毎年の取り組みが続かない",
            "texts.nonmember_main": "・書記長が個別に声をかけている",
            "texts.nonmember_worries": "・競合の組合員と同じ職場で声をかけにくい",
            "texts.visibility": "・組合ニュースを年4回発行",
            "texts.sharing_worries": "なし",
            "texts.labor_relations": "・村当局と年2回交渉\n・保育所の人員確保を要求",
            "texts.differentiation": "・共済の保障内容を説明している",
            "texts.questions": "・小さな単組での新採の声のかけ方",
            "texts.requests": "・近隣の単組との合同学習会を開いてほしい",
        },
        "extras": ["※競合の組織率は把握できていません。"],
        "flags": {"org.rate_r": "不明"},
        "debatable": {},
    },
    # S5 (openpyxl, 1904 date system): 上部団体 「全労連　自治労連」; 「（単位：人、％）」 A8; 1365 / 240, 48.2 / 8.5,
    #     1227 / 1227; 時点 a date shown 令和6年12月1日 (D10:D12); intake 45/33/7/5; texts label A (two rows) | B:F;
    #     note H10.
    "大分県本部_架空市職労_アンケート（R6）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "大分", "h.union": "架空市職員労働組合", "h.writer": "架空 恵美", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1365, "org.members_r": 240, "org.rate_j": 48.2, "org.rate_r": 8.5,
            "org.nonmembers_j": 1227, "org.nonmembers_r": 1227, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 45, "intake.joined_j": 33, "intake.joined_r": 7, "intake.not_joined": 5,
            "texts.new_hire_main": "4月の新採研修で説明会を開き、共済の加入もあわせて呼びかけている。",
            "texts.new_hire_ideas": "職場ごとに新採の担当者を決め、1か月後にもう一度声をかけている。",
            "texts.new_hire_worries": "保育所や消防の新採に会う時間がとりにくい。",
            "texts.nonmember_main": "未加入者の多い職場で昼休みの懇談会を開いている。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を気にしている。",
            "texts.visibility": "交渉の経過をその日のうちに職場へメールで知らせている。",
            "texts.sharing_worries": "出先機関の組合員の声が執行部に届きにくい。",
            "texts.labor_relations": "市当局とは年4回交渉している。会計年度任用職員の処遇改善を重点にしている。",
            "texts.differentiation": "共済の給付事例と、交渉で勝ち取った成果をあわせて伝えている。",
            "texts.questions": "消防職場での組織化の取り組み",
            "texts.requests": "特になし",
        },
        "extras": ["※競合の人数は競合組合の定期大会資料によります。"],
        "flags": {},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
