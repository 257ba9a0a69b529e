"""Expected readings of the tests/legacy12 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a mark counts for the item it stands beside: ☑ and 「✔️」 (heavy check mark with the emoji variation selector) → done,
  □ → not done; a form-control check box (the little box Excel draws over the cell) ticked → done, not ticked → not
  done, exactly like ☑ / □ on paper;
- 「実施・未実施」 with one word struck through: the word left standing is the answer (the clerk's note says the struck
  one does not apply); a pair left untouched → unanswered;
- a 実施日 column: a date → done (on that day); 「未」 → not done; 「3月予定」 → not done as of the report;
- a ○ / × column → done / not done;
- 具体的な取り組み written item by item (one cell beside each item row): the section's text is those cells read in
  order (empty ones skipped);
- the prefecture given only by the file name and the sheet name (no 県名 field) is still that prefecture;
- 上部団体 answered by an oval drawn around one of the four printed choices: that choice;
- a count typed as a formula (=1032+186) is its value (1,218); a fraction in a % cell is in percentage points
  (0.581 → 58.1); a plain 45.2 in the （％） row is 45.2; 「81.6」 typed as text in the （％） row is 81.6;
- a 合計 column and a 「うち会計年度任用職員」 row added by the clerk are not answers: 自治労 / 競合 of the printed rows are;
- a table keeping LAST YEAR's figures beside this year's (column groups headed 令和5年 / 令和6年, intake 2024年4月 /
  2025年4月): this year's columns are the answer;
- a template placeholder left in an answer cell (「（ここに入力してください）」) means the question was not answered;
- an answer written as a hyperlink cell is its displayed text;
- an instructions sheet (記入要領) and a cover sheet (表紙) are not answers and hold no extras; the printed
  instructions 「←該当するものを○で囲んでください」, 「←プルダウンから選択」, 「黄色のセルに入力してください。」 and the
  printed 組織率 note are part of the form; a 「※」 line typed by the clerk under the form is an extra.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_UNTOUCHED = "{what} while every other item in the file is answered: unanswered; a reader could take it as 未実施"
_PLANNED = ("written 「{v}」 in the 実施日 column: not done as of the report (only planned); a reader could treat a "
            "planned item as unanswered (None) rather than 未実施")

REPORTS = {
    # R1 (XlsxWriter): close to the printed form, header G1..G4 | H:J, 作成日 a date shown 2025年2月18日; 「　☑　label」 /
    #     「　□　label」, s5 ticked 「✔️」; protected sheet, gridlines hidden, print area; note A52.
    "山形県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "山形", "h.created": "2025-02-18", "h.author": "見本 拓海", "h.checker": "見本 千尋",
            "s1.progress_june": "団体生命共済の新規加入は12月末で目標の57.9％にとどまっている。保有件数は前年5月比で99.8％と"
                                "ほぼ横ばい。置賜・庄内地区の単組で新採の加入が伸び悩んでいる。",
            "s1.progress_since": "9月以降、県支部と合同で置賜・庄内地区の10単組を訪問し、単組ごとの到達状況と2026年度末の"
                                 "保有目標を確認した。1月の代表者会議では新採の同時加入の進め方を説明した。",
            "s1.focus": "新採の同時加入の徹底と、役職定年者・再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき年1回支払っている。使途は単組からの実績報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシと申込書を全単組に配布した。県支部と合同で10単組をオルグし、12月に新採対策会議を"
                       "開いて組織化方針を提起した。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を文書で全単組に提起した。じちろう共済の案内を退職者会の会報に掲載した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月の件数を確認している。合同オルグは来年度に実施する。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子の内容を執行委員会で確認し、全単組に配布した。2月の代表者会議で活用方法を説明した。",
        },
        "extras": ["※山形県本部の共済推進委員会（2月10日）で内容を確認済みです。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (openpyxl + zip): form-control check boxes in column A (11 ticked, 7 not); answers two columns right; 作成日
    #     「令和7年2月14日」; s2 text 「特になし」; note A53.
    "群馬県本部　取組報告書（R6）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "群馬", "h.created": "2025-02-14", "h.author": "試験 浩之", "h.checker": "試験 由美",
            "s1.progress_june": "新規加入は1月末で目標の60.4％。保有件数は前年5月比で100.3％と増加に転じた。東毛地区では"
                                "新採の加入が前年を下回っている。",
            "s1.progress_since": "10月から県支部と合同で東毛・西毛地区の13単組をオルグした。2026年度末の保有目標を単組ごとに"
                                 "示し、新採対策の日程を確認した。",
            "s1.focus": "東毛地区の単組への重点的な支援と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "特になし",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のツールをデジタル版でも提供した。県支部と合同で13単組をオルグし、執行部学習会を3会場で開いた。"
                       "組織化方針と具体策は1月の代表者会議で提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、対象者の名簿がある5単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で隔月に進捗を確認し、モデル単組を県支部と合同で訪問した。",
            "s6.review": False, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "マニュアルを全単組に郵送した。",
        },
        "extras": ["※交付金の使途については3月に単組へ照会する予定です。"],
        "flags": {},
        "debatable": {},
    },
    # R3 (openpyxl): 「県名：石川県」 「作成日：R7.2.17」 in one cell; Ⅰ…Ⅵ; 「実施・未実施」 with the inapplicable word struck
    #     through, s6 item 4 untouched; 具体的な取り組み label row + text below; the clerk's note A60.
    "石川県本部_取組報告_20250217.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "石川", "h.created": "2025-02-17", "h.author": "架空 翔", "h.checker": "架空 美和",
            "s1.progress_june": "新規加入は1月末で目標の62.1％。保有件数は前年5月比で100.1％。能登地区の単組は業務が立て込み、"
                                "推進の取り組みが遅れている。",
            "s1.progress_since": "加賀・金沢地区の9単組を県支部と合同で訪問した。能登地区の単組には電話とオンラインで状況を"
                                 "聞き取った。",
            "s1.focus": "能登地区の単組への支援の継続と、新採の同時加入。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、使途は単組の会計報告で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを配布した。執行部学習会を11月に、新採対策会議を12月に開いた。同時加入方針は代表者"
                       "会議で提起した。",
            "s4.policy": False, "s4.briefing": True, "s4.appeal": True,
            "s4.text": "対象者の名簿を単組から集め、3単組で説明会を開いた。共済の案内文を対象者に送った。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で毎月進捗を確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": None,
            "s6.text": "冊子の内容を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※実施状況は、該当しない方を取り消し線で消しています。"],
        "flags": {"s6.propose": "未回答"},
        "debatable": {"s6.propose": _UNTOUCHED.format(what="「実施・未実施」 left with neither word struck through")},
    },
    # R4 (.xls via LibreOffice): no 県名 field (file 香川県本部_…, sheet 「香川」); stamp box G1:H3; 作成日 a date shown
    #     R7.2.19; abbreviated s1 labels; 実施日 column: dates m/d / 「未」 / 「3月予定」 (s3 item 6); ● bullets; note A44.
    "香川県本部_共済推進取組報告.xls": {
        "kind": "report",
        "values": {
            "h.pref": "香川", "h.created": "2025-02-19", "h.author": "見本 大地", "h.checker": "見本 里奈",
            "s1.progress_june": "●新規加入は1月末で目標の64.8％。\n●保有件数は前年5月比で100.5％。\n"
                                "●島しょ部の単組で新採の加入が進んでいない。",
            "s1.progress_since": "●県支部と合同で東讃・西讃地区の8単組を訪問した。\n●2026年度末の保有目標を代表者会議で確認"
                                 "した。",
            "s1.focus": "●島しょ部の単組への訪問\n●新採の同時加入の徹底",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき7月末に支払った。使途は把握できていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "●12月5日　同時加入のツールを全単組に送付\n●12月18日　新採対策会議を開催\n●1月22日　組織化方針を提起",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を1月の代表者会議で提起した。共済のチラシを対象者に配った。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を確認し、全単組に配布した。代表者会議で活用方法を説明した。",
        },
        "extras": ["※同時加入方針は3月の代表者会議で提起する予定です。"],
        "flags": {},
        "debatable": {"s3.simul_policy": _PLANNED.format(v="3月予定")},
    },
    # R5 (XlsxWriter): 「記入要領」 first; 「県本部名：」 … with answers right, 作成日 the text 「2025/2/20」; ○/× dropdown
    #     column F; 具体的な取り組み per item (G:J on each item row, some empty); note A50.
    "大分県本部_取り組み報告書（提出）.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "大分", "h.created": "2025-02-20", "h.author": "架空 健吾", "h.checker": "架空 沙織",
            "s1.progress_june": "新規加入は1月末で目標の59.2％。保有件数は前年5月比で99.7％とわずかに減少した。県南地区の"
                                "小規模単組で新採の加入が進んでいない。",
            "s1.progress_since": "10月から県支部と合同で県南・県北地区の11単組を訪問し、2026年度末の保有目標と新採対策の"
                                 "進め方を確認した。",
            "s1.focus": "県南地区の小規模単組への支援と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "年1回、新規件数に応じて支払っている。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを作成し、全単組に配布した。\n県支部と合同で11単組をオルグした。\n12月10日に開催"
                       "した。\n新採対策会議で組織化方針を提起した。\n代表者会議で同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を文書で提起した。\n対象者の多い3単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月確認している。\nモデル単組4単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "執行委員会で内容を確認した。\n全単組に配布した。",
        },
        "extras": ["※説明会は3月にも2単組で開く予定です。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter + zip): an oval around 「全労連・医労連」 (D6); B9 =1032+186 (1,218); 0.581 / 0.101 in 0.0% cells;
    #     時点 「R6.11.1現在」 D9:D11; texts A21..A31 | B:G; note A33.
    "宮城_見本市職労_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "宮城", "h.union": "見本市職員労働組合", "h.writer": "見本 悠真", "h.rival_union": "全労連・医労連",
            "org.members_j": 1218, "org.members_r": 212, "org.rate_j": 58.1, "org.rate_r": 10.1,
            "org.nonmembers_j": 666, "org.nonmembers_r": 666, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 48, "intake.joined_j": 35, "intake.joined_r": 9, "intake.not_joined": 4,
            "texts.new_hire_main": "4月の新採研修で組合説明会を開き、その場で加入を呼びかけている。",
            "texts.new_hire_ideas": "説明会には青年部の役員が同席し、共済の給付事例を短く紹介している。",
            "texts.new_hire_worries": "病院職場の新採は研修日程が別で、説明の機会が取りにくい。",
            "texts.nonmember_main": "未加入者の名簿を職場委員と共有し、年2回声をかけている。",
            "texts.nonmember_worries": "特になし",
            "texts.visibility": "交渉の結果をその日のうちに組合ニュースとメールで伝えている。",
            "texts.sharing_worries": "出先職場や夜勤のある職場に情報が届きにくい。",
            "texts.labor_relations": "市当局とは年4回の団体交渉。会計年度任用職員の勤勉手当の支給を求めている。",
            "texts.differentiation": "共済の保障と交渉の成果を組み合わせて伝えている。",
            "texts.questions": "病院職場での新採説明会の工夫",
            "texts.requests": "病院職場向けの共済の資料を作ってほしい。",
        },
        "extras": ["※組合員数は正規職員1,032人と会計年度任用職員186人の合計です。"],
        "flags": {},
        "debatable": {},
    },
    # S2 (openpyxl): an Excel table 回答一覧 A3:C29 (No.｜項目｜回答); pairs split into two questions; 「386人」 「約60人」
    #     「61.3%」 「約10%」 「184人」 ×2; 時点 「2024年11月1日現在」; intake 「15人」…; note A31.
    "新潟_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "新潟", "h.union": "架空町職員労働組合", "h.writer": "架空 美咲", "h.rival_union": "全労連・自治労連",
            "org.members_j": 386, "org.members_r": 60, "org.rate_j": 61.3, "org.rate_r": 10,
            "org.nonmembers_j": 184, "org.nonmembers_r": 184, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 15, "intake.joined_j": 11, "intake.joined_r": 2, "intake.not_joined": 2,
            "texts.new_hire_main": "・4月1日の辞令交付式のあとに組合説明会\n・説明会で加入届と共済の申込書を配布",
            "texts.new_hire_ideas": "説明会の資料を1枚にまとめ、先輩組合員の声を載せている。",
            "texts.new_hire_worries": "競合も同じ日に声をかけており、加入の返事を保留する新採が多い。",
            "texts.nonmember_main": "・未加入者に組合だよりを毎月配布\n・委員長が年1回個別に面談",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "職場集会の様子を写真入りのニュースで伝えている。",
            "texts.sharing_worries": "支所の職員と顔を合わせる機会が少ない。",
            "texts.labor_relations": "町当局とは年2回交渉している。時間外勤務の縮減を重点に要求している。",
            "texts.differentiation": "共済の相談に役員がすぐ応じている。",
            "texts.questions": "競合と同じ職場で新採にどう声をかけているか",
            "texts.requests": "県本部の新採向けパンフレットを早めに送ってほしい。",
        },
        "extras": ["※競合の人数は職場委員からの聞き取りによる概数です。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S3 (.xls via LibreOffice): answers two columns right (A → C); pairs table with a 合計 column (formulas) and a
    #     「うち会計年度任用職員」 row; 45.2 / 9.9 plain; 時点 a date shown 令和6年11月1日 (F9:F12); intake 「２２人」…;
    #     「問１」… label rows with the answer merged over the two rows below; note A55.
    "静岡県本部_見本市職_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "静岡", "h.union": "見本市職員組合", "h.writer": "見本 彩", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1420, "org.members_r": 310, "org.rate_j": 45.2, "org.rate_r": 9.9,
            "org.nonmembers_j": 1412, "org.nonmembers_r": 1412, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 22, "intake.joined_j": 16, "intake.joined_r": 4, "intake.not_joined": 2,
            "texts.new_hire_main": "新採研修の2日目に組合の時間をもらい、説明と加入の呼びかけをしている。",
            "texts.new_hire_ideas": "説明会のあと、職場ごとに先輩組合員が声をかけている。",
            "texts.new_hire_worries": "採用者が多く、全員に個別に声をかけきれない。",
            "texts.nonmember_main": "未加入者のいる職場に執行委員が出向き、加入を呼びかけている。",
            "texts.nonmember_worries": "会計年度任用職員の入れ替わりが多く、名簿の把握が追いつかない。",
            "texts.visibility": "組合ニュースを月2回発行し、庁内ポータルにも掲載している。",
            "texts.sharing_worries": "ポータルの記事がどれだけ読まれているか分からない。",
            "texts.labor_relations": "市当局とは年5回交渉している。会計年度任用職員の処遇改善が当面の課題。",
            "texts.differentiation": "交渉の経過を組合員に細かく報告している。",
            "texts.questions": "会計年度任用職員の組織化の進め方",
            "texts.requests": "特になし",
        },
        "extras": ["※組織率の分母は正規・非正規職員の合計3,142人です。"],
        "flags": {},
        "debatable": {},
    },
    # S4 (XlsxWriter): vertical list with yellow input cells; 連絡先 row; 上部団体 dropdown; 「81.6」 「10.3」 as text;
    #     時点 「2024年12月1日」; the placeholder left in 他の単組・他の県本部に聞いてみたいこと (B30); a hyperlink answer
    #     (B26); note A33.
    "高知_試験村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "高知", "h.union": "試験村職員組合", "h.writer": "試験 光", "h.rival_union": "全労連・自治労連",
            "org.members_j": 142, "org.members_r": 18, "org.rate_j": 81.6, "org.rate_r": 10.3,
            "org.nonmembers_j": 14, "org.nonmembers_r": 14, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 5, "intake.joined_j": 4, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日の午後に組合説明会を開き、共済の説明もあわせて行っている。",
            "texts.new_hire_ideas": "村の職員が少ないので、委員長が一人ひとりと話すようにしている。",
            "texts.new_hire_worries": "採用が毎年数人で、説明会の準備の経験が引き継がれない。",
            "texts.nonmember_main": "未加入者には委員長が年1回声をかけている。",
            "texts.nonmember_worries": "役場と出先が離れていて、なかなか会えない。",
            "texts.visibility": "組合のホームページ（https://example.jp/shiken-sonshoku/）に交渉の結果を載せている。",
            "texts.sharing_worries": "ホームページを見ている組合員が少ない。",
            "texts.labor_relations": "村当局とは年2回交渉している。人員の確保を求めている。",
            "texts.differentiation": "共済の相談を役員がすぐに受けられることを伝えている。",
            "texts.questions": None,
            "texts.requests": "小規模単組向けの学習会を開いてほしい。",
        },
        "extras": ["※組織率は職員数174人で計算しました。"],
        "flags": {},
        "debatable": {},
    },
    # S5 (openpyxl): 「表紙」 first (「令和7年1月15日提出」), 「回答」 second; pairs under 令和5年 (C:D) / 令和6年 (E:F) group
    #     headings; intake 2024年4月 (C) | 2025年4月 (D); rates plain; texts A:B over two rows | C:G; note A44.
    "長崎県本部_見本町職組_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "長崎", "h.union": "見本町職員組合", "h.writer": "見本 奈央", "h.rival_union": "全労連・自治労連",
            "org.members_j": 455, "org.members_r": 97, "org.rate_j": 53.9, "org.rate_r": 11.5,
            "org.nonmembers_j": 292, "org.nonmembers_r": 292, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 12, "intake.joined_j": 9, "intake.joined_r": 2, "intake.not_joined": 1,
            "texts.new_hire_main": "4月の新採研修で組合説明の時間をもらっている。",
            "texts.new_hire_ideas": "説明会では共済の給付を受けた組合員の体験を紹介している。",
            "texts.new_hire_worries": "競合が採用前から声をかけており、先を越されることがある。",
            "texts.nonmember_main": "・未加入者の名簿を職場ごとに作成\n・執行委員が分担して声かけ",
            "texts.nonmember_worries": "声をかけても組合費を理由に断られることが多い。",
            "texts.visibility": "組合だよりを年6回発行している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "町当局とは年3回交渉している。\n・人員の確保\n・時間外勤務の縮減",
            "texts.differentiation": "競合よりも共済の保障が手厚いことを伝えている。",
            "texts.questions": "競合の多い職場での新採への声のかけ方",
            "texts.requests": "離島の単組向けにオンラインの学習会を開いてほしい。",
        },
        "extras": ["※令和5年の数字は昨年の回答を転記したものです。"],
        "flags": {},
        "debatable": {},
    },
}

FILES = {**REPORTS, **SURVEYS}
