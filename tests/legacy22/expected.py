"""Expected readings of the tests/legacy22 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful HQ clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): figures as of October - December 2025, intake of 2025年4月;
- 県本部 typed 「青森県本部」 「宮城県」 「京都府本部」 「奈良県本部」 → the prefecture (青森, 宮城, 京都, 奈良); 単組 and
  記入者 as typed;
- a count with its unit or a note is the count: 「29名」 「６０名」 「62名」 「36人（うち会計年度任用5）」
  「565人（再任用・会計年度含む）」 「43（4/1付）」 「312（昨年298）」 → 29, 60, 62, 36, 565, 43, 312; 「約480名」 「120名程度」
  「200前後」 「約150」 「約60」 「2,500人以上」 → the number (approximate; flag not scored); 「1,024」 typed as text → 1024;
- a sum typed with its parts is its result: 「正規86＋会計年度12＝98」 → 98, 「計52（正規45＋会計年度7）」 → 52, and a
  count followed by its breakdown in brackets 「11（事務7・保健師1・保育士3）」 → 11; two rivals' intake in one cell
  「自治労連4・医労連2」 → 6 (the rivals together: 48 = 30 + 6 + 12);
- 「同左」 in the 競合 未加入者数 → the 自治労 figure;
- a RANGE 「1,200～1,250」 → 1200 (debatable: its middle 1225);
- the columns go by their headings, wherever they stand: 「自治労連｜自治労」 (swapped, the rival named) → 競合 is the
  自治労連 column; intake rows 「自治労連加入者数」 / 「自治労加入者数」 → 競合 / 自治労; 「競合（自治労連）」 → 競合;
  with 「自治労｜競合①自治労連｜競合②医労連｜競合計」 the 競合 answer is the clerk's own 競合計;
- this year's figures, not last year's kept beside them: 「令和7年度（今回）｜令和6年度（参考：前回回答）」 → the first pair,
  「今年度（R7.4）｜昨年度（R6.4）」 → the first column, 「28.6％（前年27.0％）」 → 28.6, a 「R6回答」 sheet after 「R7回答」
  → not read;
- rates in percentage points: 「41.2%」 「10.3％」 「67.4%」 「3.8パーセント」 text → 41.2, 10.3, 67.4, 3.8; 0.525 / 0.213 in
  0.0% cells → 52.5 / 21.3; 「69%（98÷142）」 → 69; 「46.2％（1,846／3,996）」 → 46.2; 「3割程度」 → 30, 「5%ほど」 → 5
  (approximate); a FRACTION OF COUNTS 「60/120」 「3/120」 → 50 / 2.5 (debatable); 「不明（職員数把握できず）」 → None;
- the intake broken down by job type: its 計 row (新潟), or, with no 計 row (奈良), the sum of the rows;
- NO RIVAL: 「－」 in the 競合 組織人員数 → None (debatable: 0); 0 typed → 0; blank → None; 「いない」 for the 競合加入者数
  → 0 (debatable: None); 上部団体 left blank → None, except where the column is headed with the rival's name
  「競合（自治労連）」 → 全労連・自治労連 (debatable);
- the intake only in the 新採加入の主な取り組み text (the cells say 「下記参照」): 15 / 12 / 3 read from the text
  (debatable: the cells give nothing); the text itself stays the answer;
- 職員数: 「正規」/「会計年度」 sub-rows under 「職員数（人）」 → 正規職員数 / 非正規職員数; a single 「職員数（正規・非正規計）」
  → neither (None: only the total is given); 「正規職員約3,400名」 「会計年度約600名」 typed beside the intake → the
  denominators (debatable);
- 時点 「R7.10.1現在」 「2025/11/1」 (a date) 「令和7年10月末日現在」 「７年１２月１日現在」 「2025.11.1」 「令和7年11月1日時点」
  「2025年10月時点」 「2025年11月上旬時点」 「2025年(令和7年)10月1日現在」 「2025/10/01時点」 a date shown 令和7年10月1日時点,
  and 「組織の状況（2025年11月現在）」 in a section title with the printed 「　年　月時点」 left blank → YYYY-MM;
- texts as typed; 「特になし」 「なし」 「競合なし」 are answers; a blank answer box is None;
- ※ notes typed beside or under the figures and a breakdown note 「（内訳：…）」 are extras; printed instructions, the
  title, the dropdown's list, 「←プルダウンから選択」 and the ※組織率 note are not; last year's figures are not extras.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025

TEXT_KEYS = ("new_hire_main", "new_hire_ideas", "new_hire_worries", "nonmember_main", "nonmember_worries", "visibility",
             "sharing_worries", "labor_relations", "differentiation", "questions", "requests")


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
    assert set(texts) <= set(TEXT_KEYS), set(texts) - set(TEXT_KEYS)
    values.update({f"texts.{k}": texts.get(k) for k in TEXT_KEYS})
    return {"kind": "survey", "values": values, "extras": list(extras), "flags": flags or {},
            "debatable": debatable or {}}


FILES = {
    # S1 distributed layout; units, 約 / 程度, rates as text (％ full width), 同左, R7.10.1現在, a ※ note (E15).
    "青森県本部_見本市職員労働組合_アンケート.xlsx": _survey(
        ("青森", "見本市職員労働組合", "試験 恵子", "全労連・自治労連"),
        ((480, 120), (41.2, 10.3), (565, 565), "2025-10", None, None),
        (36, 29, 2, 5),
        {"new_hire_main": "入庁式当日に組合説明会の時間をもらい、加入申込書と共済のパンフレットを一緒に配っている。",
         "new_hire_ideas": "青年部の役員が説明役となり、年の近い先輩から声をかけるようにしている。",
         "new_hire_worries": "競合も同じ日に説明会を行うため、どちらに入るか迷う新採が多い。",
         "nonmember_main": "職場ごとに未加入者の名簿を作り、分会長から個別に声かけをしている。",
         "nonmember_worries": "長く未加入の職員には声をかけにくく、働きかけが年々減っている。",
         "visibility": "交渉のたびに速報ビラを出し、翌日には全職場に届くようにしている。",
         "sharing_worries": "出先職場にはメールが届きにくく、紙の回覧が遅れる。",
         "labor_relations": "当局とは月1回の事務折衝を続けており、関係は良好。",
         "differentiation": "共済や学習会など、自治労ならではの支えを具体例で伝えている。",
         "questions": "会計年度任用職員の加入をどう進めているか知りたい。",
         "requests": "新採向けの説明資料のひな形を本部で作ってほしい。"},
        extras=("※4月1日付採用者で集計",),
        flags={"org.members_j": "概数", "org.members_r": "概数"},
    ),
    # S2 self-made table: columns 「自治労連｜自治労」 (swapped, rival named), fractions in 0.0% cells, a real date,
    #    intake rows 自治労連加入者数 before 自治労加入者数; texts label-left; two answers blank.
    "岩手_架空町職_実態アンケート.xlsx": _survey(
        ("岩手", "架空町職員労働組合", "仮名 次郎", "全労連・自治労連"),
        ((85, 210), (21.3, 52.5), (105, 105), "2025-11", 345, 55),
        (12, 3, 7, 2),
        {"new_hire_main": "4月の第1週に歓迎会を開き、その場で加入をお願いしている。",
         "new_hire_ideas": "配属先の先輩組合員に声かけを頼んでいる。",
         "new_hire_worries": "自治労連の方が組合員数が多く、新採はそちらに流れやすい。",
         "nonmember_main": "特になし",
         "nonmember_worries": "人手が足りず、未加入者まで手が回らない。",
         "visibility": "年2回の機関紙で活動を報告している。",
         "sharing_worries": None,
         "labor_relations": "賃金確定交渉は自治労連と別々に行っている。",
         "differentiation": "全国のつながりと共済の保障内容を説明している。",
         "questions": None,
         "requests": "競合が多数派の単組向けの事例集がほしい。"},
    ),
    # S3 two rivals and the clerk's 競合計 column; 時点 on its own row; 「自治労連4・医労連2」; a ※ note beside 上部団体.
    "宮城県本部_仮名市職員組合_アンケート回答.xlsx": _survey(
        ("宮城", "仮名市職員組合", "架空 美穂", "全労連・自治労連"),
        ((1380, 305), (38.6, 8.5), (1890, 1890), "2025-10", None, None),
        (48, 30, 6, 12),
        {"new_hire_main": "採用前の内定者説明会に参加させてもらい、組合の紹介をしている。",
         "new_hire_ideas": "病院の新採には看護部会の役員から、市役所は青年部から声をかけるよう分けている。",
         "new_hire_worries": "病院職場では医労連の勧誘が先に入ることが多い。",
         "nonmember_main": "年2回、未加入者への加入呼びかけ月間を設けている。",
         "nonmember_worries": "会計年度任用職員の入れ替わりが多く、名簿が追いつかない。",
         "visibility": "ホームページとSNSで交渉経過を公開している。",
         "sharing_worries": "SNSを見る組合員が一部に限られている。",
         "labor_relations": "市当局とは定期交渉のほか、病院当局と年3回協議している。",
         "differentiation": "相手組合の批判はせず、自分たちの活動の中身で勝負している。",
         "questions": "病院職場で医労連と競合している単組の取り組みを聞きたい。",
         "requests": "医療職場向けの学習会を県本部で開いてほしい。"},
        extras=("※病院職場に医労連あり",),
    ),
    # S4 template layout, no rival: 「－」 / 0 / blank / 「いない」; a typed sum; 「69%（98÷142）」; 「７年１２月１日現在」.
    "福島県本部_見本町職員組合_アンケート.xlsx": _survey(
        ("福島", "見本町職員組合", "見本 悠斗", "なし"),
        ((98, None), (69, 0), (44, None), "2025-12", 128, 14),
        (4, 3, 0, 1),
        {"new_hire_main": "4月1日の辞令交付後に委員長から説明し、その場で加入してもらっている。",
         "new_hire_ideas": "歓迎会の費用を組合で負担している。",
         "new_hire_worries": "特になし",
         "nonmember_main": "未加入の1名には年度内にもう一度声をかける予定。",
         "nonmember_worries": "なし",
         "visibility": "掲示板に交渉結果を貼り出している。",
         "sharing_worries": "役員が少なく、情報を出すのが遅れがち。",
         "labor_relations": "町長との懇談を年1回行っている。",
         "differentiation": "競合組合はないため該当なし。",
         "questions": "小規模単組の役員の担い手づくりをどうしているか。",
         "requests": None},
        debatable={"org.members_r": "「－」 under 競合 with 上部団体 なし: nothing to count (None) or zero members (0)",
                   "intake.joined_r": "「いない」 (nobody / no rival): 0 fits 4 = 3 + 0 + 1; None is a reading too"},
    ),
    # S5 this year | last year side by side; counts as text with commas; 「2025.11.1」; intake by job type with 計.
    "新潟県本部_架空市職労_アンケート（令和7年度）.xlsx": _survey(
        ("新潟", "架空市職員労働組合", "架空 大地", "全労連・自治労連"),
        ((1024, 88), (24.5, 2.1), (3068, 3068), "2025-11", 3520, 660),
        (29, 20, 3, 6),
        {"new_hire_main": "新採研修の昼休みに説明会を行い、職種ごとに担当役員を決めて加入を勧めている。",
         "new_hire_ideas": "保育職場には保育部会の役員が直接出向いて説明している。",
         "new_hire_worries": "技術職は配属先が本庁から遠く、声をかける機会が少ない。",
         "nonmember_main": "未加入者の多い職場を優先して職場集会を開いている。",
         "nonmember_worries": "組合費が高いという声への答え方に苦労している。",
         "visibility": "交渉の様子を写真つきのニュースで伝えている。",
         "sharing_worries": "ニュースを読まない組合員が増えている。",
         "labor_relations": "労使協議は定期的に行えており、大きな対立はない。",
         "differentiation": "共済と福利厚生の違いを一覧表にして説明している。",
         "questions": "職種別の加入率をどう上げているか聞きたい。",
         "requests": "職種別の説明資料を作ってほしい。"},
        extras=("※消防職は組合員の対象外のため含めていません",),
    ),
    # S6 .xls, distributed layout: 上部団体 blank, 競合 all 0; 「62名」 「67.4%」; breakdowns in brackets; staff only
    #    as a total (正規 / 非正規 not given).
    "群馬県本部_見本村職_実態共有アンケート.xls": _survey(
        ("群馬", "見本村職員組合", "試験 和也", None),
        ((62, 0), (67.4, 0), (30, 0), "2025-11", None, None),
        (11, 7, 0, 4),
        {"new_hire_main": "辞令交付の後、書記長から組合の説明をしている。",
         "new_hire_ideas": "加入した新採に共済の記念品を渡している。",
         "new_hire_worries": "保育士は臨時的な雇用が多く、加入につながりにくい。",
         "nonmember_main": "未加入の30人のうち、今年度は4人に声をかけて2人が加入した。",
         "nonmember_worries": "一度断った人に再び声をかけにくい。",
         "visibility": "特になし",
         "sharing_worries": "特になし",
         "labor_relations": "村当局との関係は良好で、要求は概ね回答を得ている。",
         "differentiation": None,
         "questions": None,
         "requests": "小さな単組でもできる新採対策の事例を教えてほしい。"},
    ),
    # S7 distributed layout, no rival (blank column); 「約150」, 不明, 「？」; intake cells 「下記参照」, figures in the text.
    "富山県本部_仮名町職員労働組合_アンケート.xlsx": _survey(
        ("富山", "仮名町職員労働組合", "仮名 さくら", "なし"),
        ((150, None), (None, None), (None, None), "2025-10", None, None),
        (15, 12, None, 3),
        {"new_hire_main": "4月採用の新規採用者15名を対象に、入庁式の翌週に説明会を開き、12名が加入した。"
                          "残り3名は未加入（うち2名は会計年度任用職員）。",
         "new_hire_ideas": "説明会では先輩組合員の体験談を話してもらっている。",
         "new_hire_worries": "会計年度任用職員への説明の機会が少ない。",
         "nonmember_main": "人事異動の時期に合わせて職場訪問をしている。",
         "nonmember_worries": "職員数が把握できておらず、未加入者の人数もはっきりしない。",
         "visibility": "組合ニュースを月1回発行している。",
         "sharing_worries": None,
         "labor_relations": "定期交渉のほか、必要に応じて事務折衝を行っている。",
         "differentiation": "競合なし",
         "questions": "職員数を当局から出してもらう方法を知りたい。",
         "requests": None},
        flags={"org.members_j": "概数"},
        debatable={"intake.hired": "the cell says 「下記参照」; 15 only in the 新採加入の主な取り組み text",
                   "intake.joined_j": "the cell says 「下記参照」; 12 only in the text",
                   "intake.not_joined": "the cell is blank; 「残り3名は未加入」 only in the text",
                   "intake.joined_r": "blank cell, no rival: None, or 0 by 15 − 12 − 3"},
    ),
    # S8 estimates: a range, 前後, 割, ほど, 以上, 上旬; staff typed beside the intake (F15:F16).
    "岐阜県本部_見本市職員組合連合会_アンケート.xlsx": _survey(
        ("岐阜", "見本市職員組合連合会", "見本 隆", "旧全官公自治労連"),
        ((1200, 200), (30, 5), (2500, 2500), "2025-11", 3400, 600),
        (43, 32, 3, 8),
        {"new_hire_main": "入庁前の3月に内定者向けの案内を郵送し、4月の研修で説明会を行っている。",
         "new_hire_ideas": "加入申込をQRコードから出来るようにした。",
         "new_hire_worries": "職員数が多く、配属先ごとのフォローが追いつかない。",
         "nonmember_main": "支部ごとに未加入者リストを作り、年2回の加入月間を実施。",
         "nonmember_worries": "未加入者が2,500人以上おり、どこから手をつけるか悩んでいる。",
         "visibility": "動画で交渉報告を配信している。",
         "sharing_worries": "動画を見てもらえているのか分からない。",
         "labor_relations": "交渉は連合会としてまとめて行っている。",
         "differentiation": "旧全官公系の組合とは共闘する場面もあり、違いを強調しすぎないよう気を付けている。",
         "questions": "QRコードでの加入申込を行っている単組の手続きを知りたい。",
         "requests": "大規模単組どうしの情報交換の場がほしい。"},
        flags={"org.members_r": "概数", "org.rate_j": "概数", "org.rate_r": "概数"},
        debatable={"org.members_j": "a range 「1,200～1,250」: its lower bound 1200, or its middle 1225",
                   "org.regular": "「正規職員約3,400名」 typed beside the intake, not in a 職員数 cell",
                   "org.nonregular": "「会計年度約600名」 typed beside the intake, not in a 職員数 cell"},
    ),
    # S9 組織人員数 by 正規 / 会計年度 / 計; 職員数 sub-rows; 京都府本部; 「2025年(令和7年)10月1日現在」; 「計52（…）」.
    "京都府本部_架空市職員労働組合_アンケート.xlsx": _survey(
        ("京都", "架空市職員労働組合", "試験 直美", "全労連・自治労連"),
        ((725, 225), (34.7, 10.8), (1140, 1140), "2025-10", 1480, 610),
        (52, 38, 6, 8),
        {"new_hire_main": "新採研修の中で組合の時間を30分確保し、その場で申込書を回収している。",
         "new_hire_ideas": "会計年度任用職員の新採にも同じ説明会への参加を呼びかけている。",
         "new_hire_worries": "自治労連の説明会が同じ日にあり、比べられてしまう。",
         "nonmember_main": "分会ごとに担当を決めて声をかけている。",
         "nonmember_worries": "未加入者が1,000人を超え、全員には手が回らない。",
         "visibility": "LINE公式アカウントで情報発信している。",
         "sharing_worries": "登録者が組合員の半分程度にとどまる。",
         "labor_relations": "賃金交渉は自治労連と共闘で行うこともある。",
         "differentiation": "共済と全国ネットワークの強みを前面に出している。",
         "questions": "LINEの登録者を増やす工夫を聞きたい。",
         "requests": "会計年度任用職員向けのチラシがほしい。"},
    ),
    # S10 last year in the cell 「312（昨年298）」; rates 「28.6％（前年27.0％）」 「3.8パーセント」; 時点 text in E10;
    #    intake columns 今年度 | 昨年度 (newest first); a ※ note.
    "岡山県本部_仮名市職労_アンケート.xlsx": _survey(
        ("岡山", "仮名市職員労働組合", "架空 修", "全労連・医労連"),
        ((312, 41), (28.6, 3.8), (738, 738), "2025-10", 985, 106),
        (21, 15, 2, 4),
        {"new_hire_main": "新採歓迎会と組合説明会を同じ日に開いている。",
         "new_hire_ideas": "昨年加入した2年目の職員に説明役をお願いしている。",
         "new_hire_worries": "市民病院の新採は医労連に入ることが多い。",
         "nonmember_main": "未加入者に組合ニュースを配り、関心を持ってもらうようにしている。",
         "nonmember_worries": "退職者の補充が会計年度任用職員で、加入の声かけが難しい。",
         "visibility": "交渉結果を職場集会で直接報告している。",
         "sharing_worries": "集会に参加する組合員が固定化している。",
         "labor_relations": "病院当局との交渉は医労連が先行している。",
         "differentiation": "市役所と病院の両方を組織できることを訴えている。",
         "questions": None,
         "requests": "医労連と競合する単組の交流会を開いてほしい。"},
        extras=("※昨年度の数字は前回アンケートの回答です",),
    ),
    # S11 full-width 「６０名」; 「60/120」 rates; 時点 only in the section title; intake by job type without 計.
    "奈良県本部_見本町職員組合_アンケート.xlsx": _survey(
        ("奈良", "見本町職員組合", "見本 静香", "全労連・自治労連"),
        ((60, 3), (50, 2.5), (57, 57), "2025-11", 102, 18),
        (6, 4, 1, 1),
        {"new_hire_main": "4月に歓迎会を開き、加入の呼びかけをしている。",
         "new_hire_ideas": "特になし",
         "new_hire_worries": "保育士の新採が自治労連に入った。",
         "nonmember_main": "個別に声をかけている。",
         "nonmember_worries": "未加入者が半数近くいて、なかなか減らない。",
         "visibility": "回覧で組合ニュースを回している。",
         "sharing_worries": None,
         "labor_relations": "町当局とは年2回交渉している。",
         "differentiation": "県本部の支援を受けられることを伝えている。",
         "questions": None,
         "requests": None},
        debatable={"org.rate_j": "「60/120」: a fraction of counts, 50 when worked out",
                   "org.rate_r": "「3/120」: a fraction of counts, 2.5 when worked out"},
    ),
    # S12 「R7回答」 + last year's 「R6回答」; 上部団体 blank, 「競合（自治労連）」; #,##0; 「約60」; rate with (a／b);
    #    era-format date; a breakdown note beside the intake.
    "鹿児島県本部_架空市職員労働組合_アンケート（R7）.xlsx": _survey(
        ("鹿児島", "架空市職員労働組合", "仮名 健太", "全労連・自治労連"),
        ((1846, 60), (46.2, 1.5), (2090, 2090), "2025-10", None, None),
        (105, 71, 4, 30),
        {"new_hire_main": "採用前の説明会と4月の新採研修の2回、加入を呼びかけている。",
         "new_hire_ideas": "職種別に担当役員を置き、配属後1か月以内に職場訪問している。",
         "new_hire_worries": "看護職の新採は夜勤があり、説明の時間が取りにくい。",
         "nonmember_main": "未加入者の多い出先職場を執行委員で分担して回っている。",
         "nonmember_worries": "未加入の理由を聞いても、はっきり答えてもらえない。",
         "visibility": "交渉の節目ごとにニュースとメールで報告している。",
         "sharing_worries": "メールアドレスを登録していない組合員が多い。",
         "labor_relations": "当局とは協議の場が定着しているが、人員要求は厳しい回答が続く。",
         "differentiation": "自治労連とは職場で対立しないよう気を付けている。",
         "questions": "看護職の新採対策について聞きたい。",
         "requests": "県本部のオルグ派遣を続けてほしい。"},
        extras=("（内訳：事務62、技術23、保育12、看護8）",),
        flags={"org.members_r": "概数"},
        debatable={"h.rival_union": "the 上部団体 cell is blank; the rival is named only in the column heading "
                                    "「競合（自治労連）」"},
    ),
}
