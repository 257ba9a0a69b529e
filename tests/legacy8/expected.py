"""Expected readings of the tests/legacy8 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would (a cover sheet and last year's copy hold no answers; cell comments are the
clerk's own remarks, not answers; a printed instruction or the printed 組織率 formula is part of the form, not a note;
never taken from the tool's output).

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

REPORTS = {
    # R1 (openpyxl): header block top-right, 「令和7年2月14日」 text; section-1 boxes side by side; 実施状況 words
    #     済 / 実施済み / 未 / × / － / 予定なし; comment G24; note A47.
    "新潟県本部_共済推進取組報告_R7.2.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "新潟", "h.created": "2025-02-14", "h.author": "見本 太郎", "h.checker": "見本 花子",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の58.3％。\n保有件数は前年5月比で99.6％とほぼ横ばい。",
            "s1.progress_since": "11月に県支部と合同で上越・中越・下越の3地区推進会議を開き、単組ごとの目標を再確認した。",
            "s1.focus": "新採の同時加入と、役職定年者への退職者団体生命共済の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき年2回支払っている。使途の報告は求めていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "1月28日に新採対策会議を開催し、同時加入の申込書セットを全単組に配布した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "役職定年者の一覧を単組でつくってもらうよう依頼した。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "推進委員会で毎月モデル単組の件数を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組へ郵送した。",
        },
        "extras": ["※実施状況は2025年2月10日現在"],
        "flags": {},
        "debatable": {"s3.simul_plan": "「－」 in the 実施状況 column where the others hold 済 / 未 / ×: read as 未実施 (nothing "
                                       "done); a cautious reader could call it not answered (None)"},
    },
    # R2 (XlsxWriter): 「R7.2.14」 text; abbreviated section-1 labels; check items ACROSS columns, ○ / × row below,
    #     s3 last item blank; s6 item 4 heading abbreviated; s5 text 「上記３．のとおり」; note A35.
    "香川県本部　取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "香川", "h.created": "2025-02-14", "h.author": "見本 次郎", "h.checker": "見本 京子",
            "s1.progress_june": "新規加入は12月末で目標の63.1％。保有件数は前年5月比100.2％。",
            "s1.progress_since": "9月から県支部と合同で単組オルグを行い、12単組を訪問した。",
            "s1.focus": "小規模単組での新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "交付金は件数に応じて支払い、単組の会計報告で使途を確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": None,
            "s3.text": "県支部と合同で単組オルグを行い、新採説明会の日程と同時加入の進め方を確認した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "役職定年の方針を代表者会議で提起した。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "上記３．のとおり",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "代表者会議で冊子を配り、活用方法を説明した。",
        },
        "extras": ["※3.の会議資料は別途メールで送付します。"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.simul_plan": "its 実施 cell is empty while the other six hold ○ or ×: unanswered; a reader could "
                                       "take a missing ○ as 未実施",
                      "s5.text": "「上記３．のとおり」 points at section 3's text: kept as typed; a reader could copy section "
                                 "3's text in its place"},
    },
    # R3 (.xls via LibreOffice): 県名 label merged over two rows; 「令和７年２月１７日」 full-width text; section titles
    #     merged down column A; 有 / 無 column; s2 text split over D14 and E14; comments F3, C24; note A33.
    "長野県本部報告書.xls": {
        "kind": "report",
        "values": {
            "h.pref": "長野", "h.created": "2025-02-17", "h.author": "見本 一郎", "h.checker": "見本 美咲",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の54％。\n保有件数は前年5月比で98.8％と減少している。",
            "s1.progress_since": "東信・南信・中信・北信の4地区で学習会を開いた。\n参加は延べ160人。",
            "s1.focus": "学習会参加者への個別の加入案内と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程どおり年1回支払い、使途は単組の決算書で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": True,
            "s3.text": "2月に県本部新採対策会議を開き、同時加入の方針を提起した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "再任用予定者向けのチラシを単組に送った。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会でモデル単組の進捗を確認し、県支部と合同で単組を訪問した。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認した。",
        },
        "extras": ["※6月報告の内容は県支部と調整のうえ転記しました。"],
        "flags": {},
        "debatable": {},
    },
    # R4 (XlsxWriter): 作成日 top-right 「2025年2月7日（金）」; 確認者 blank; 実施 | 未実施 columns with ○ (s3 last item
    #     neither); s4 lacks 「じちろう共済のアピール」 (older form); 備考 notes H25, H46.
    "R6鹿児島県本部_取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "鹿児島", "h.created": "2025-02-07", "h.author": "見本 三郎", "h.checker": None,
            "s1.progress_june": "新規加入は1月末で目標の47.5％と遅れている。\n保有件数は前年5月比99.1％。",
            "s1.progress_since": "離島の単組にはオンラインで学習会を行った。",
            "s1.focus": "離島・へき地の単組への支援と新採の同時加入。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき支払っているが、使途の確認まではできていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": None,
            "s3.text": "1月22日に新採対策会議を開き、同時加入のチラシを配った。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": None,
            "s4.text": "組織化方針を単組に文書で提起し、説明会を2単組で開いた。",
            "s5.progress": False, "s5.joint_org": True, "s5.text": "県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "マニュアルを全単組に発送し、代表者会議で内容を説明した。",
        },
        "extras": ["1/22開催", "12月発送"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {},
    },
    # R5 (openpyxl): sheet 「R6」 first, last year's 「R5」 visible after it; 作成日 a real date in a 和暦 format;
    #     はい / いいえ / 「一部実施」 in 「実施しているか」; 「具体的な取組」; comment E23; note A56.
    "滋賀県本部_取り組み報告書(R6).xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "滋賀", "h.created": "2025-02-21", "h.author": "試験 三郎", "h.checker": "試験 恵美",
            "s1.progress_june": "新規加入は1月末で目標の60.2％。\n保有件数は前年5月比100.5％と増加。",
            "s1.progress_since": "湖北・湖南で合同オルグを行い、新採の同時加入を呼びかけた。",
            "s1.focus": "湖東・湖西地区の単組への合同オルグの実施。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、使途は年度末の報告で把握している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "湖北・湖南の単組で県支部と合同のオルグを行った。\n新採対策会議は3月に開催予定。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "役職定年者への方針を単組に提起した。",
            "s5.progress": True, "s5.joint_org": False, "s5.text": "推進委員会で毎月の件数を確認している。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "なし",
        },
        "extras": ["※「一部実施」は一部の地区のみで実施したものです。"],
        "flags": {},
        "debatable": {"s3.joint_org": "「一部実施」 (done in some districts only, says the note): something was done, so "
                                      "実施 as a check box would be ticked; a strict reader could say not (fully) done"},
    },
}

SURVEYS = {
    # S1 (openpyxl): cover sheet 「表紙」 first, answers on 「回答」; pairs table transposed (自治労 / 競合 as rows);
    #     「1,234名」 「46.3%」 texts; 「令和6年11月1日現在」; abbreviated text labels; note A33.
    "山口県本部_見本市職員労働組合_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "山口", "h.union": "見本市職員労働組合", "h.writer": "見本 四郎", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1234, "org.members_r": 236, "org.rate_j": 46.3, "org.rate_r": 8.9,
            "org.nonmembers_j": 1195, "org.nonmembers_r": 1195, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 52, "intake.joined_j": 41, "intake.joined_r": 3, "intake.not_joined": 8,
            "texts.new_hire_main": "採用前の説明会で組合と共済をセットで説明し、加入届を回収している。",
            "texts.new_hire_ideas": "青年部の役員が説明を担当し、入庁後1か月以内に歓迎会を開いている。",
            "texts.new_hire_worries": "競合が採用前から個別に声をかけており、先を越されることがある。",
            "texts.nonmember_main": "年2回、未加入者の名簿を職場委員と確認し、声かけを分担している。",
            "texts.nonmember_worries": "長く未加入の職員には話を聞いてもらえない。",
            "texts.visibility": "交渉の翌日に速報ビラを全職場に配っている。",
            "texts.sharing_worries": "出先職場への配布が遅れることがある。",
            "texts.labor_relations": "市当局とは年4回の団体交渉を行い、関係は安定している。",
            "texts.differentiation": "共済と学習会の充実を伝え、会費に見合う活動を示している。",
            "texts.questions": "競合と同じ職場で新採説明会を開いている単組の工夫",
            "texts.requests": "新採向けの短い説明資料を県本部で用意してほしい。",
        },
        "extras": ["※未加入者数は自治労・競合とも同じ数（職員数から両組合の組合員を除いた数）"],
        "flags": {},
        "debatable": {},
    },
    # S2 (XlsxWriter): units 「人」 / 「％」 in the next cell; 「2024年11月末時点」; intake 未加入者数 「ー」;
    #     comment B8; one answer 「同上」; note A31.
    "アンケート_石川_見本町職.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "石川", "h.union": "見本町職員組合", "h.writer": "試験 花子", "h.rival_union": "全労連・医労連",
            "org.members_j": 268, "org.members_r": 54, "org.rate_j": 61.5, "org.rate_r": 12.4,
            "org.nonmembers_j": 114, "org.nonmembers_r": 114, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 12, "intake.joined_j": 10, "intake.joined_r": 2, "intake.not_joined": 0,
            "texts.new_hire_main": "辞令交付式の後に説明会を開き、その場で加入をお願いしている。",
            "texts.new_hire_ideas": "説明会には年齢の近い組合員に同席してもらっている。",
            "texts.new_hire_worries": "中途採用が増え、説明の機会をつくりにくい。",
            "texts.nonmember_main": "未加入者に組合ニュースを届け、行事に誘っている。",
            "texts.nonmember_worries": "同上",
            "texts.visibility": "組合掲示板とメールで活動報告をしている。",
            "texts.sharing_worries": "病院分会は勤務が交替制で、会議に集まりにくい。",
            "texts.labor_relations": "町当局とは年2回の交渉。病院の夜勤体制の改善を求めている。",
            "texts.differentiation": "共済の給付や相談窓口など、自治労ならではの支えを伝えている。",
            "texts.questions": "病院職場で競合と並んでいる単組の加入の勧め方",
            "texts.requests": "県本部の学習会を地区ごとに開いてほしい。",
        },
        "extras": ["※組合員数には病院分会を含む"],
        "flags": {},
        "debatable": {"intake.not_joined": "「ー」 in a count whose row total works out (12 = 10 + 2 + 0): read as 0; a "
                                           "reader could keep it blank as 「no figure」",
                      "texts.nonmember_worries": "「同上」 (same as the answer above, 未加入者対策の主な取り組み): kept as "
                                                 "typed; a reader could copy the text above in its place"},
    },
    # S3 (.xls via LibreOffice): header block at the right; 組織率 as ROUND formulas over 正規 720 + 会計年度 210;
    #     「令和6年12月1日現在」; labels merged over two rows; 労使関係 split over two merged cells; comment C10.
    "愛媛_見本市職労_アンケート回答.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "愛媛", "h.union": "見本市職員労働組合", "h.writer": "見本 五郎", "h.rival_union": "全労連・自治労連",
            "org.members_j": 512, "org.members_r": 133, "org.rate_j": 55.1, "org.rate_r": 14.3,
            "org.nonmembers_j": 285, "org.nonmembers_r": 285, "org.as_of": "2024-12",
            "org.regular": 720, "org.nonregular": 210,
            "intake.hired": 31, "intake.joined_j": 24, "intake.joined_r": 4, "intake.not_joined": 3,
            "texts.new_hire_main": "採用後の研修期間中に昼休みの説明会を2回開いている。",
            "texts.new_hire_ideas": "説明会の資料に先輩組合員の声を載せている。",
            "texts.new_hire_worries": "保育職場の新採は配属が遅く、説明の日程が合わない。",
            "texts.nonmember_main": "執行委員が職場を回り、未加入者に直接話をしている。",
            "texts.nonmember_worries": "会計年度任用職員の入れ替わりが多く、把握が追いつかない。",
            "texts.visibility": "組合ニュースを月2回発行し、庁内ポータルにも掲載している。",
            "texts.sharing_worries": "ポータルを見ない組合員が多い。",
            "texts.labor_relations": "市当局とは月1回の労使協議会を開いている。人員確保の要求では一定の回答を得た。",
            "texts.differentiation": "共済と職場の要求の両方に取り組む姿を見せている。",
            "texts.questions": "会計年度任用職員の加入を増やした取り組み",
            "texts.requests": "特になし",
        },
        "extras": ["※組織率は上の職員数から自動計算しています"],
        "flags": {},
        "debatable": {},
    },
    # S4 (XlsxWriter): a No. | 項目 | 回答 | 備考 list, one field a row; 「88人」 「約40人」 「52.4%」 「約24%」;
    #     上部団体 typed 「自治労連」; 「2024年10月1日」; 備考 D9; one answer 「上記のとおり」.
    "栃木県本部_見本村職組_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "栃木", "h.union": "見本村職員組合", "h.writer": "試験 六郎", "h.rival_union": "全労連・自治労連",
            "org.members_j": 88, "org.members_r": 40, "org.rate_j": 52.4, "org.rate_r": 24,
            "org.nonmembers_j": 40, "org.nonmembers_r": 40, "org.as_of": "2024-10",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 4, "intake.joined_j": 3, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用時に役場の研修室を借りて組合説明会を開いている。",
            "texts.new_hire_ideas": "上記のとおり",
            "texts.new_hire_worries": "採用が毎年数人で、説明会の経験が引き継がれない。",
            "texts.nonmember_main": "委員長が個別に面談し、加入をお願いしている。",
            "texts.nonmember_worries": "競合の組合員とは話す機会が少ない。",
            "texts.visibility": "組合だよりを年6回発行している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "村当局とは年1回の交渉のほか、随時協議している。",
            "texts.differentiation": "共済の説明会を開き、自治労の保障の手厚さを伝えている。",
            "texts.questions": "小規模単組の役員の引き継ぎ方",
            "texts.requests": "県本部から講師を派遣してほしい。",
        },
        "extras": ["競合組合の公表値がないため推計"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {"h.rival_union": "typed 「自治労連」, the common short name of 全労連・自治労連 (the dropdown's first "
                                       "choice); a reader could keep the raw 「自治労連」 or hesitate with 旧全官公自治労連",
                      "texts.new_hire_ideas": "「上記のとおり」 points at the answer above (新採加入の主な取り組み): kept as "
                                              "typed; a reader could copy that text in its place"},
    },
    # S5 (openpyxl): 作成日 top-right; 記入者 with role in brackets; 0.617 in a 0.0% cell; competitor rate 「ー」;
    #     時点 a real date in a 和暦 format; 競合加入者数 0; 「ー」 as a text answer; comment B9; note A32.
    "高知_見本市職_実態共有アンケート（R6）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "高知", "h.union": "見本市職員労働組合", "h.writer": "見本 七海（書記次長）",
            "h.rival_union": "旧全官公自治労連",
            "org.members_j": 830, "org.members_r": 65, "org.rate_j": 61.7, "org.rate_r": None,
            "org.nonmembers_j": 450, "org.nonmembers_r": 450, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 40, "intake.joined_j": 33, "intake.joined_r": 0, "intake.not_joined": 7,
            "texts.new_hire_main": "採用前の内定者説明会で組合の紹介時間をもらっている。",
            "texts.new_hire_ideas": "加入届をQRコードから電子でも出せるようにした。",
            "texts.new_hire_worries": "電子申請にしてから、対面で話す機会が減った。",
            "texts.nonmember_main": "未加入者の多い出先職場を重点に訪問している。",
            "texts.nonmember_worries": "訪問しても不在のことが多い。",
            "texts.visibility": "SNSで行事の写真と交渉結果を発信している。",
            "texts.sharing_worries": "SNSを見ない年配の組合員への伝え方。",
            "texts.labor_relations": "市当局とは年3回交渉。会計年度任用職員の処遇改善を重点にしている。",
            "texts.differentiation": "特になし",
            "texts.questions": None,
            "texts.requests": "SNSで使える共済の紹介素材がほしい。",
        },
        "extras": ["※競合の組織率は不明のため記入していません"],
        "flags": {},
        "debatable": {"h.writer": "the name is typed with the writer's role 「（書記次長）」: kept as typed; a reader could "
                                  "keep the name alone (見本 七海)",
                      "texts.questions": "a lone 「ー」: nothing to ask, read as no answer (None); a reader could keep "
                                         "「ー」 as the answer (like 「なし」)"},
    },
}

FILES = {**REPORTS, **SURVEYS}
