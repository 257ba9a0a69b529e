"""Expected readings of the tests/legacy13 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a mark counts for the item it stands beside: ☑ → done, □ → not done; 「☒」 (a box with an X, the glyph the domain lists
  among the done marks, here in the section the 県支部 filled) → done, as ☑ elsewhere in the same file;
- a cell holding 1 / 0 that its number format SHOWS as ☑ / □ (the clerk's note says so) → done / not done, as shown;
  the one empty cell among them → unanswered;
- a 「○」 / 「×」 grid with two items per row (mark | item | mark | item) is read mark by item, left to right then down;
- 「済」 with a date or frequency in brackets (「済（12/3）」, 「済（毎月）」) → done; 「未」 → not done; 「未（3月予定）」 →
  not done as of the report (the clerk wrote 未 and only a plan);
- item labels retyped with small wording changes (「組合・団体生命共済の同時加入に向けたツール提供」) are still the printed items;
- a printed form whose header and marks are formulas pointing at the clerk's 「入力」 sheet reads as it shows (the stored
  values), which is also what 「入力」 says (○ → done, blank → not done);
- furigana runs stored with a string are not part of its text;
- 作成日 「令和7年（2025年）2月17日」 is 2025-02-17; 「R7.2.18」 is 2025-02-18;
- texts regrouped under the clerk's headings with short sub-labels (「２．未加入者対策について」 → 「(2) 悩んでいること」)
  answer the printed question they stand for;
- a count typed 「32（見込み）」 is 32 (a projection); 「約90人」 is 90 (approximate); a fraction in a % cell is in
  percentage points (0.512 → 51.2); 「45.25%」 typed as text is 45.25;
- columns headed 「本組合」 / 「他労組」 are 自治労 (this union) / 競合 (the other union);
- 時点 「令和6年11月1日付」 is November 2024;
- 上部団体 typed as a printed choice followed by the competing union's name in brackets is that choice;
- 未加入者数 typed ONCE in a cell merged over the 自治労 and 競合 columns (the clerk's note says the number is the same for
  both) answers both;
- a figure corrected in place, the old number struck through and the new one typed after it in red (the clerk's note
  says so), is the new number;
- 「／」 (斜線) in the competitor's cells of a union with no competitor (上部団体 「なし」) means not applicable: blank;
- a 「※」 line typed by the clerk outside the printed form (also the one under the title explaining the 1 / 0 input) is an
  extra; the printed instruction, 「←プルダウンから選択」 and the printed 組織率 note are part of the form; the 「入力」
  sheet's own title and table are not extras.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_UNTOUCHED = "{what} while every other item in the file is answered: unanswered; a reader could take it as 未実施"
_NO_RIVAL = ("「／」 (斜線, not applicable) in the competitor column of a union whose 上部団体 is 「なし」: blank; a clerk "
             "could also write 0 (or copy the shared 未加入者数)")

REPORTS = {
    # R1 (XlsxWriter): close to the printed form, header G1..G4 | H:J; 作成日 「令和7年（2025年）2月17日」; 「☑　label」 /
    #     「□　label」, s6 marked 「☒」 by the 県支部; ● bullet lines in section 1; note A52.
    "岩手県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "岩手", "h.created": "2025-02-17", "h.author": "見本 健一", "h.checker": "見本 由香",
            "s1.progress_june": "●団体生命共済の新規加入は1月末で目標の61.3％。\n●保有件数は前年5月比で100.2％と横ばい。\n"
                                "●沿岸地区の単組で新採の加入が伸びていない。",
            "s1.progress_since": "●11月から県支部と合同で沿岸・県南地区の12単組を訪問した。\n●2026年度末の保有目標を単組ごと"
                                 "に示し、取り組みの日程を確認した。",
            "s1.focus": "●沿岸地区の単組への継続した支援\n●新採の同時加入と退職予定者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき年1回、新規件数に応じて支払っている。使途は単組の決算報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に送付した。県支部と合同で12単組をオルグし、1月に新採対策会議を開いた。"
                       "同時加入方針は代表者会議で提起した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を文書で提起した。じちろう共済の案内を退職予定者向けの説明資料に入れた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月進捗を確認し、モデル単組3単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子の内容を執行委員会で確かめ、県支部を通じて全単組に配った。",
        },
        "extras": ["※６．の欄は県支部で記入しました。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (openpyxl): 「県名：」 … answers right; 作成日 a date shown 令和7年2月14日; 実施 column A holding 1 / 0 shown ☑ / □
    #     by the number format, A31 (s3 item 7) empty; the clerk's note A2; texts F:H beside the items.
    "福島県本部　取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "福島", "h.created": "2025-02-14", "h.author": "試験 浩二", "h.checker": "試験 明美",
            "s1.progress_june": "新規加入は1月末で目標の55.6％。保有件数は前年5月比で99.5％と減少が続いている。会津地区の"
                                "単組で退職者の脱退が多い。",
            "s1.progress_since": "9月から県支部と合同で会津・浜通り地区の14単組を訪問し、単組ごとの到達状況を確認した。退職"
                                 "予定者向けの案内文を作成した。",
            "s1.focus": "退職予定者への継続加入の呼びかけと、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき年度末に支払っている。使途はまだ把握できていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": None,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同で14単組をオルグした。執行部学習会を2会場で開き、"
                       "組織化方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、対象者の多い4単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で隔月に進捗を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。2月の代表者会議で活用方法を説明した。",
        },
        "extras": ["※実施欄は「1」を入力すると☑、「0」を入力すると□と表示されます。"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.simul_plan": _UNTOUCHED.format(what="its 実施 cell is empty (neither 1 nor 0, so it shows "
                                                              "nothing)")},
    },
    # R3 (.xls via LibreOffice): header in one row (A3..H3), 作成日 「R7.2.18」; items two per row, ○ / × left of each
    #     item; 「具体的な取り組み」 label row + text row; s2 text 「特になし」; note A51.
    "滋賀県本部_取組報告書_R7.2.xls": {
        "kind": "report",
        "values": {
            "h.pref": "滋賀", "h.created": "2025-02-18", "h.author": "架空 直樹", "h.checker": "架空 恵美",
            "s1.progress_june": "新規加入は1月末で目標の63.5％。保有件数は前年5月比で100.8％と増加した。湖北地区の小規模"
                                "単組では新採が少なく、件数が伸びにくい。",
            "s1.progress_since": "県支部と合同で湖南・湖北地区の10単組を訪問した。2026年度末の保有目標について、単組ごとの到達"
                                 "見込みを確認した。",
            "s1.focus": "湖北地区の小規模単組への支援と、再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "特になし",
            "s3.tools": False, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True,
            "s3.text": "県支部と合同で10単組をオルグした。12月に執行部学習会と新採対策会議を開き、同時加入方針と具体策を"
                       "提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "組織化方針を提起し、対象者の名簿をもとに説明会を開いた。共済の案内を対象者に送付した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認している。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認した。代表者会議で内容と活用方法を説明した。",
        },
        "extras": ["※湖北地区の説明会は3月に開催予定です。"],
        "flags": {},
        "debatable": {},
    },
    # R4 (openpyxl + zip): 「県本部名」 「自治労奈良県本部」; 作成日 a date shown 2025/2/19; abbreviated s1 labels; 実施状況
    #     「済（12/3）」 / 「済」 / 「済（毎月）」 / 「未」 / 「未（3月予定）」 (s3 item 6); four retyped item labels; furigana
    #     runs on the names, header labels and one item; note A45.
    "奈良県本部_共済推進取組報告.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "奈良", "h.created": "2025-02-19", "h.author": "試験 一郎", "h.checker": "試験 早紀",
            "s1.progress_june": "新規加入は1月末で目標の58.4％。保有件数は前年5月比で99.9％。南部の村の単組で新採の加入が"
                                "進んでいない。",
            "s1.progress_since": "10月から県支部と合同で北部・中部地区の9単組を訪問し、2026年度末の保有目標と新採対策の日程を"
                                 "確認した。",
            "s1.focus": "南部地区の小規模単組への訪問と、同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき7月末に支払った。使途は単組からの報告書で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "12月3日に同時加入のツールを全単組に送付した。執行部学習会を11月27日に、新採対策会議を12月16日に"
                       "開いた。組織化方針は1月20日の代表者会議で提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を1月20日の代表者会議で提起した。2月6日に対象者向けの説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認している。合同オルグは来年度に行う。",
            "s6.review": True, "s6.distribute": False, "s6.announce": True, "s6.propose": False,
            "s6.text": "9月4日の執行委員会で冊子を確認し、11月11日の代表者会議で全単組に周知した。冊子の配布は3月に行う。",
        },
        "extras": ["※実施状況の（　）内は実施した日です。"],
        "flags": {},
        "debatable": {},
    },
    # R5 (XlsxWriter): 「報告書」 first (header and marks as formulas on 「入力」, values stored) then 「入力」; stamp box
    #     G1:H3; 作成日 a date shown 2025年2月18日(火); s4 text blank; note A51.
    "佐賀県本部_取り組み報告（2月）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "佐賀", "h.created": "2025-02-18", "h.author": "架空 和樹", "h.checker": "架空 直子",
            "s1.progress_june": "新規加入は1月末で目標の66.2％。保有件数は前年5月比で100.4％。唐津・伊万里地区の単組で新採"
                                "の加入が前年を下回っている。",
            "s1.progress_since": "県支部と合同で全20単組を訪問し、単組ごとの到達状況と2026年度末の保有目標を確認した。",
            "s1.focus": "新採の同時加入と、県西部の単組への支援。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程のとおり、件数に応じて年1回支払っている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True,
            "s3.text": "同時加入のツールを全単組に提供し、県支部と合同でオルグした。学習会と新採対策会議で同時加入の方針と"
                       "具体策を示した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True,
            "s4.text": None,
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月確認し、モデル単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": True,
            "s6.text": "冊子を確認して全単組に配布し、単組オルグで活用を提案した。",
        },
        "extras": ["※本報告は県支部の確認を経て提出します。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter): printed-form look, 上部団体 dropdown; 842 / 305, 0.512 / 0.185 in 0.0% cells, 498 both; 時点
    #     「R6.11.1現在」 D9:D11; intake 「32（見込み）」…; texts regrouped under four headings with short sub-labels
    #     (rows 21..34); note A36.
    "秋田_見本市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "秋田", "h.union": "見本市職員労働組合", "h.writer": "見本 隆", "h.rival_union": "全労連・自治労連",
            "org.members_j": 842, "org.members_r": 305, "org.rate_j": 51.2, "org.rate_r": 18.5,
            "org.nonmembers_j": 498, "org.nonmembers_r": 498, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 32, "intake.joined_j": 24, "intake.joined_r": 5, "intake.not_joined": 3,
            "texts.new_hire_main": "採用前の内定者説明会と4月の新採研修の2回、組合と共済の説明をしている。",
            "texts.new_hire_ideas": "説明は入庁2、3年目の組合員が担当し、自分の体験を話している。",
            "texts.new_hire_worries": "競合が採用前から個別に声をかけていて、説明会の前に加入を決めている新採がいる。",
            "texts.nonmember_main": "職場委員が未加入者の名簿をもとに、年2回声をかけている。",
            "texts.nonmember_worries": "声をかける職場委員によって熱心さに差がある。",
            "texts.visibility": "交渉が終わった日のうちに、組合ニュースをメールで全員に送っている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは年4回交渉している。会計年度任用職員の処遇改善と人員確保を求めている。",
            "texts.differentiation": "共済の給付の事例を紹介し、組合に入っている安心感を伝えている。",
            "texts.questions": "内定者への声のかけ方の工夫",
            "texts.requests": "新採向けの説明資料のひな形を作ってほしい。",
        },
        "extras": ["※新規採用者の人数は人事課の採用予定数をもとにした見込みです。"],
        "flags": {},
        "debatable": {},
    },
    # S2 (openpyxl): spaced labels, answers two columns right (A → C); pairs headed 本組合 / 他労組; 「524人」 「約90人」
    #     「48.7%」 「約8%」 「462人」 ×2; 時点 「令和6年11月1日付」 E9:E11; intake plain; texts A:B | C:F same row, one
    #     blank (C30); note A33.
    "埼玉_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "埼玉", "h.union": "架空町職員組合", "h.writer": "架空 真司", "h.rival_union": "全労連・自治労連",
            "org.members_j": 524, "org.members_r": 90, "org.rate_j": 48.7, "org.rate_r": 8,
            "org.nonmembers_j": 462, "org.nonmembers_r": 462, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 14, "intake.joined_j": 10, "intake.joined_r": 3, "intake.not_joined": 1,
            "texts.new_hire_main": "辞令交付式のあとに組合説明の時間をもらい、加入を呼びかけている。",
            "texts.new_hire_ideas": "説明の資料に共済の掛金と給付の例を載せている。",
            "texts.new_hire_worries": "他労組も同じ日に説明しており、新採が迷っている。",
            "texts.nonmember_main": "未加入者に組合の活動報告を送り、面談をお願いしている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "組合だよりを毎月発行し、職場に掲示している。",
            "texts.sharing_worries": "若い組合員が紙のニュースを読まない。",
            "texts.labor_relations": "町当局とは年3回交渉している。時間外勤務の縮減と休暇の取りやすさを求めている。",
            "texts.differentiation": "共済の相談窓口を組合事務所に置いている。",
            "texts.questions": None,
            "texts.requests": "他労組と競合している単組の事例を教えてほしい。",
        },
        "extras": ["※他労組の人数は聞き取りによる概数です。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S3 (.xls via LibreOffice): 項目 | 回答 list (rows 4..31); 上部団体 「全労連・自治労連（試験村役場職員組合）」; pairs split;
    #     61.5 / 21.4 plain; 正規 160 / 非正規 32; 時点 a date shown 令和6年11月1日; intake 「５人」…; note A34.
    "三重_試験村職_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "三重", "h.union": "試験村職員労働組合", "h.writer": "試験 和也", "h.rival_union": "全労連・自治労連",
            "org.members_j": 118, "org.members_r": 41, "org.rate_j": 61.5, "org.rate_r": 21.4,
            "org.nonmembers_j": 33, "org.nonmembers_r": 33, "org.as_of": "2024-11",
            "org.regular": 160, "org.nonregular": 32,
            "intake.hired": 5, "intake.joined_j": 3, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日に委員長が組合の説明をし、加入届を渡している。",
            "texts.new_hire_ideas": "採用から1か月以内に歓迎会を開き、先輩組合員と話す場を作っている。",
            "texts.new_hire_worries": "競合の役員と同じ職場に配属されると、競合に入ることが多い。",
            "texts.nonmember_main": "未加入者には委員長が個別に話をしている。",
            "texts.nonmember_worries": "小さな役場なので、何度も声をかけにくい。",
            "texts.visibility": "組合ニュースを季節ごとに発行し、全職場に回覧している。",
            "texts.sharing_worries": "保育所や診療所の職員に情報が届きにくい。",
            "texts.labor_relations": "村当局とは年2回交渉している。競合とは別々に交渉している。",
            "texts.differentiation": "共済の保障の手厚さを伝えている。",
            "texts.questions": "競合の役員が多い職場での声のかけ方",
            "texts.requests": "県本部の学習会をオンラインでも開いてほしい。",
        },
        "extras": ["※非正規職員数は会計年度任用職員の人数です。"],
        "flags": {},
        "debatable": {},
    },
    # S4 (openpyxl): 「県本部：愛媛」 … in one cell; 単組 「自治労試験市職員労働組合」; 905 / 248; 「45.25%」 「12.40%」;
    #     未加入者数 847 in B11:C11 merged; 時点 「2024年11月1日現在」 D9:D11; 「問１」… label rows with the answer over the
    #     two rows below; note A55.
    "愛媛_試験市職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "愛媛", "h.union": "自治労試験市職員労働組合", "h.writer": "試験 美穂", "h.rival_union": "全労連・医労連",
            "org.members_j": 905, "org.members_r": 248, "org.rate_j": 45.25, "org.rate_r": 12.4,
            "org.nonmembers_j": 847, "org.nonmembers_r": 847, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 40, "intake.joined_j": 28, "intake.joined_r": 9, "intake.not_joined": 3,
            "texts.new_hire_main": "4月の新採研修で組合説明会を開き、共済の説明もあわせて行っている。",
            "texts.new_hire_ideas": "病院の新採には、病院の組合員が別に説明会を開いている。",
            "texts.new_hire_worries": "病院職場では競合の加入者が多く、新採も競合に入りやすい。",
            "texts.nonmember_main": "・未加入者の多い職場を執行委員が訪問\n・共済の案内を年2回配布",
            "texts.nonmember_worries": "夜勤のある職場では会う時間がとれない。",
            "texts.visibility": "交渉の経過を組合ニュースと掲示板で知らせている。",
            "texts.sharing_worries": "病院と本庁で情報の届き方に差がある。",
            "texts.labor_relations": "市当局とは年4回交渉している。病院の人員確保が最大の課題。",
            "texts.differentiation": "共済と交渉の両方で組合員を支えていることを伝えている。",
            "texts.questions": "病院職場での新採の組織化の進め方",
            "texts.requests": "特になし",
        },
        "extras": ["※未加入者数は自治労・競合とも同じ人数のため、まとめて記入しました。"],
        "flags": {},
        "debatable": {"h.union": "typed with the federation's name in front 「自治労試験市職員労働組合」 (as real forms have it): "
                                 "kept as typed; a reader could drop the leading 「自治労」 (the same union)"},
    },
    # S5 (openpyxl): 上部団体 「なし」; B9 / B10 rich text 「~~212~~ 218」 / 「~~70.7~~ 72.7」 (old struck, new red);
    #     competitor cells 「／」; 時点 a date shown 2024/12/1 (D9:D11); texts A:B | C:F over two rows; note A44.
    "沖縄_架空町職_アンケート（修正版）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "沖縄", "h.union": "架空町職員労働組合", "h.writer": "架空 良子", "h.rival_union": "なし",
            "org.members_j": 218, "org.members_r": None, "org.rate_j": 72.7, "org.rate_r": None,
            "org.nonmembers_j": 82, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 6, "intake.joined_j": 5, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日の午後に組合説明会を開き、加入届をその場で受け取っている。",
            "texts.new_hire_ideas": "説明会のあとに青年部の交流会を開いている。",
            "texts.new_hire_worries": "特になし",
            "texts.nonmember_main": "委員長と書記長が未加入者と個別に面談している。",
            "texts.nonmember_worries": "組合費が高いと感じている人が多く、話を聞いてもらえない。",
            "texts.visibility": "組合だよりを隔月で発行し、町の全職場に配っている。",
            "texts.sharing_worries": "離島の出張所の職員に情報が届くのが遅い。",
            "texts.labor_relations": "町当局とは年2回交渉している。\n・会計年度任用職員の処遇改善\n・人員の確保",
            "texts.differentiation": "競合組合なし。",
            "texts.questions": "未加入者との面談で話している内容",
            "texts.requests": "共済の担当者に年1回は単組を訪問してほしい。",
        },
        "extras": ["※組織人員数・組織率は12月10日に修正しました（赤字）。"],
        "flags": {},
        "debatable": {"org.members_r": _NO_RIVAL, "org.rate_r": _NO_RIVAL, "org.nonmembers_r": _NO_RIVAL},
    },
}

FILES = {**REPORTS, **SURVEYS}
