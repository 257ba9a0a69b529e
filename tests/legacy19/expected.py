"""Expected readings of the tests/legacy19 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would in Excel, never taken from the tool's output.

Reading rules used here (a human's):
- the fiscal year is 2025 (令和7年度): reports made in February 2026 (令和8年), survey figures as of November 2025,
  intake 2026年4月; last year's form reused (title 「令和6年度」, 「2025年4月新規採用者対策」, 「2025年 新規採用者」) is read
  as this year's answer when its date / 時点 is this year's;
- a field is identified by what its label MEANS, whatever the wording: a reworded section title (「２．県本部交付金の
  使い方」), a shortened item (「合同オルグ」 under the 新採対策 heading is s3's 県本部・県支部合同の単組オルグ, under the
  モデル単組 heading s5's), an item rewritten as a question (「…を実施しましたか」 → はい / いいえ), a paraphrased header
  label (報告日 = 作成日, 報告者 = 作成者, 承認者 = 確認者, 組合名 = 単組, 回答者 = 記入者), a paraphrased number or
  intake label (「組合員の数」, 「うちの組合」 / 「ライバル組合」 for 自治労 / 競合, 「新採者数」, 「そのうち自治労に入った人」
  …), a paraphrased text label (「…で困っていること」 for 悩んでいること, 「見える化」 for 可視化, 「ライバル組合との違い」
  for 差別化 …);
- a section that sits out of the printed order, or under another NUMBER than the printed one, is identified by its
  title (R2's 「３．2026年3月末の…」 is the form's section 4);
- a question asked by NUMBER only (「Q5」) means the question listed under that number on the file's own 設問一覧 sheet;
- two questions answered in ONE box with sub-headings (「【退職者対策】… 【新採対策】…」, 「取り組み：… 工夫：…」) give each
  question the part under its sub-heading, the sub-heading left out (debatable);
- one question answered in SUB-BOXES (①②③ with sub-labels) is answered by the sub-answers joined in order, the
  sub-labels left out (debatable);
- items SORTED into 「○実施した取り組み」 / 「×実施していない取り組み」 lists are done / not done by the list they are in;
  an item the clerk SPLIT into two (県本部主催 done, 単組主催 not done) is done (the printed item asks for 県本部・単組主催
  学習会: one was held; debatable);
- a clerk-added question, item or section (「青年部・女性部の活動（当組合で追加）」, 「…（県本部独自）」, 「７．その他」) is
  not a form field: its text is kept as an extra;
- an answer BY REFERENCE to a NUMBER (「Q9と同じ」) is that number (debatable); a free text answered by reference
  (「前問参照」) is kept as typed, as in tests/legacy8 (debatable);
- ☑ / □, ○ / ×, はい / いいえ, 済 / 未 → done / not done;
- a 組織率 answered as the CALCULATION 「846÷1,410×100」 is its result, 60.0 (debatable);
- counts: 「約50人」 「約120名」 「約60」 approximate (flagged, not scored); rates are percentage points: 0.612 in a 0.0%
  cell is 61.2; 「約6%」 「約14%」 「約4」 approximate; 上部団体 typed 「自治労連」 is 全労連・自治労連 (debatable);
- time points 「R7.11.1現在」 「2025年11月1日現在」 「2025/11/1」 and a real date 2025/11/1 → 2025-11;
- section-1 or section texts typed as 「・」 lines one per row are one text, the lines joined in order;
- a 「※」 line typed under the form is an extra; the printed 組織率 note, 「←プルダウンから選択」, the titles, the section
  headings, the 設問一覧 sheet's instruction and its question list are not.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2025  # the fiscal year of every fixture (2026年4月新採, 2026年3月末 …)

REPORTS = {
    # R1 (reworded section titles, every item shortened; s1 labels abbreviated, text on the same row C:H; header
    #     「県名：」 → B3, 「作成日：」 → F3 2026/2/12; ☑/□ in A); note A44.
    "静岡県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "静岡", "h.created": "2026-02-12", "h.author": "試験 美和", "h.checker": "試験 康弘",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の55.1％。保有件数は前年5月比で99.2％。東部地区の単組で"
                                "新採の加入が伸び悩んでいる。",
            "s1.progress_since": "10月から県支部と合同で東部・伊豆地区の9単組を訪問し、単組ごとの推進計画を見直した。",
            "s1.focus": "東部地区の単組への支援と、退職予定者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払った。使途は単組の会計報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に配り、12月に新採対策会議を開いた。県支部と合同で9単組をオルグした。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を11月の代表者会議で提起し、じちろう共済の継続加入の案内を単組に送った。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "モデル単組4単組の進捗を推進委員会で毎月確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※取り組み項目は本部様式の文言を短くして記入しています。"],
        "flags": {},
        "debatable": {},
    },
    # R2 (sections 3 / 4 swapped and renumbered: 「３．2026年3月末…」 = s4 (○○×), 「４．2026年4月新規採用者対策」 = s3;
    #     their texts in ONE box 「３・４の具体的な取り組み」 【退職者対策】… 【新採対策】…; 作成日 「令和8年2月10日」; ○/× in F).
    "三重県本部_取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "三重", "h.created": "2026-02-10", "h.author": "見本 由紀", "h.checker": "見本 哲也",
            "s1.progress_june": "新規加入は1月末で目標の53.6％。保有件数は前年5月比で98.9％。伊賀・東紀州地区の単組で退職に"
                                "よる減少が大きい。",
            "s1.progress_since": "9月以降、県支部と合同で伊賀・東紀州地区の6単組を訪問し、退職予定者への案内の進め方を確認した。",
            "s1.focus": "退職予定者への継続加入の案内と、新採の同時加入の定着。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき11月に支払った。使途は単組の報告書で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": True,
            "s3.text": "同時加入のチラシを全単組に送り、12月に執行部学習会、1月に新採対策会議を開いた。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "役職定年・再任用の対象者名簿を単組と確認し、1月に説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で2か月ごとに進捗を確認し、県支部と合同で3単組をオルグした。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を推進委員会で確認して全単組に配布し、1月の代表者会議で活用方法を説明した。",
        },
        "extras": ["※３（退職者対策）と４（新採対策）は時期の早い順に並べ替え、具体的な取り組みはまとめて記入しました。"],
        "flags": {},
        "debatable": {
            "s3.text": "one box 「３・４の具体的な取り組み」 answers both sections: the 【新採対策】 part is s3's text (sub-heading "
                       "left out); a reader could keep the whole box for both sections, or give it to the section it sits "
                       "under only",
            "s4.text": "the 【退職者対策】 part of the shared box 「３・４の具体的な取り組み」 (sub-heading left out); the box sits "
                       "under the 新採 section, so a reader could leave s4 without a text or copy the whole box",
        },
    },
    # R3 (items rewritten as questions, はい / いいえ in G; an added 「７．その他」 section; section 1 as 「・」 rows; header in
    #     one row, 作成日 「R8.2.13」); note at the bottom.
    "鳥取県本部_取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "鳥取", "h.created": "2026-02-13", "h.author": "架空 真一", "h.checker": "架空 久美",
            "s1.progress_june": "・団体生命共済の新規加入は1月末で目標の58.7％。\n・保有件数は前年5月比で100.2％と微増。\n"
                                "・西部地区の町村単組で新採の加入が少ない。",
            "s1.progress_since": "・11月に県支部と合同で西部地区の5単組を訪問した。\n・12月の代表者会議で各単組の到達状況を共有"
                                 "した。",
            "s1.focus": "・町村単組への訪問の継続\n・退職予定者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき12月に支払った。使途の把握は来年度からの課題。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを全単組に配り、県支部と合同で5単組をオルグした。1月に執行部学習会を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を単組に提起し、退職予定者向けにじちろう共済の案内を作った。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "モデル単組2単組の進捗を推進委員会で確認し、県支部と合同でオルグした。",
            "s6.review": True, "s6.distribute": False, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子の内容を執行委員会で確認した。配布は3月の予定。",
        },
        "extras": ["青年部と合同で新採歓迎会を開き、じちろう共済の説明の時間をもらった。",
                   "※各項目を質問の形に直して、はい・いいえで回答しています。"],
        "flags": {},
        "debatable": {},
    },
    # R4 (last year's form, 作成日 2026/2/16 shown 令和8年2月16日; Ⅰ…Ⅵ; items sorted into 「○実施した取り組み」 /
    #     「×実施していない取り組み」; s3 学習会 split 県本部主催 (done) / 単組主催 (not done); added s4 item); note at the bottom.
    "徳島県本部_共済推進取組報告.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "徳島", "h.created": "2026-02-16", "h.author": "試験 和彦", "h.checker": "試験 恵美",
            "s1.progress_june": "新規加入は1月末で目標の61.4％。保有件数は前年5月比で100.8％。県南地区の単組で新採の同時加入"
                                "が進んでいない。",
            "s1.progress_since": "10月から県支部と合同で県南地区の7単組を訪問し、新採の同時加入の進め方を確認した。",
            "s1.focus": "県南地区の単組への支援と、新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき9月に支払った。使途は単組の活動報告で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に送り、県支部と合同で7単組をオルグした。11月に県本部主催の執行部学習会を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "再任用者向けのライフプラン学習会を1月に開き、じちろう共済の継続加入を案内した。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "モデル単組の進捗を推進委員会で毎月確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を全単組に配布し、12月の代表者会議で活用方法を周知した。",
        },
        "extras": ["再任用者向けのライフプラン学習会の開催（県本部独自）",
                   "※各項目を「実施した取り組み」と「実施していない取り組み」に分けて記入しています。"],
        "flags": {},
        "debatable": {
            "s3.study": "the clerk split 「県本部・単組主催の執行部学習会の開催」 into 「県本部主催…」 (in the done list) and "
                        "「単組主催…」 (in the not-done list): a 学習会 was held, so done; a reader could call it not done "
                        "(only half of it) or unanswered",
        },
    },
    # R5 (header 県本部 / 報告日 2026/2/18 / 報告者 / 承認者; focus split into ①新採対策 ②退職者対策 ③モデル単組 sub-boxes;
    #     第1…第6; 済 / 未 in F; s5 「特になし」; s6 text three 「・」 rows); note at the bottom.
    "大分県本部_取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "大分", "h.created": "2026-02-18", "h.author": "見本 圭介", "h.checker": "見本 良子",
            "s1.progress_june": "新規加入は1月末で目標の52.4％。保有件数は前年5月比で99.0％。県北地区の単組で組合員の減少が"
                                "続いている。",
            "s1.progress_since": "11月から県支部と合同で県北地区の6単組を訪問し、2026年度末の保有目標を確認した。",
            "s1.focus": "4月の新採説明会での同時加入の徹底。\n退職予定者への継続加入の案内を早める。\n"
                        "県北地区のモデル単組への訪問を増やす。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき10月に支払った。使途は単組の会計報告で把握している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを作り直して全単組に配った。12月に執行部学習会、1月に新採対策会議を開いた。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "再任用者向けの説明会を2月に開いた。",
            "s5.progress": False, "s5.joint_org": False,
            "s5.text": "特になし",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "・冊子を執行委員会で確認した。\n・全単組に冊子を配布した。\n・1月の代表者会議で活用方法を説明した。",
        },
        "extras": ["※今後の重点課題は3つに分けて記入しました。"],
        "flags": {},
        "debatable": {
            "s1.focus": "「今後、重点的に取り組む課題」 answered in three sub-boxes 「①新採対策」 「②退職者対策」 「③モデル単組」: "
                        "the three answers joined in order, the sub-labels left out; a reader could keep the sub-labels "
                        "(「①新採対策　4月の…」) or only the first sub-box",
        },
    },
}

SURVEYS = {
    # S1 (paraphrased labels: 組合名 / 回答者 / ライバル組合の上部団体; うちの組合 | ライバル組合 | いつ現在か; 組合員の数 842 / 96,
    #     組織率 53.4 / 6.1, 組合に入っていない職員 638 / 638; 正規 1,380 / 非正規 196; 新採者数 31, 24 / 3 / 4); note A34.
    "福島_見本市職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "福島", "h.union": "見本市職員労働組合", "h.writer": "見本 健太", "h.rival_union": "全労連・自治労連",
            "org.members_j": 842, "org.members_r": 96, "org.rate_j": 53.4, "org.rate_r": 6.1,
            "org.nonmembers_j": 638, "org.nonmembers_r": 638, "org.as_of": "2025-11",
            "org.regular": 1380, "org.nonregular": 196,
            "intake.hired": 31, "intake.joined_j": 24, "intake.joined_r": 3, "intake.not_joined": 4,
            "texts.new_hire_main": "4月の辞令交付式の後に組合説明会を開き、その場で加入届を集めている。",
            "texts.new_hire_ideas": "説明会に年の近い青年部の役員が同席し、質問に答えている。",
            "texts.new_hire_worries": "ライバル組合の説明会が先に開かれ、先に加入してしまう人がいる。",
            "texts.nonmember_main": "未加入者の名簿を職場委員に渡し、年2回声をかけてもらっている。",
            "texts.nonmember_worries": "会計年度任用職員の加入が進まない。",
            "texts.visibility": "組合ニュースを月2回発行し、交渉の結果を早く知らせている。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "市当局とは年4回交渉している。人員確保と時間外勤務の縮減を求めている。",
            "texts.differentiation": "共済の給付事例と、自治労の全国的な相談体制を紹介している。",
            "texts.questions": "ライバル組合と同じ職場での声のかけ方",
            "texts.requests": "新採向けのリーフレットを2月中に届けてほしい。",
        },
        "extras": ["※人数は11月1日の職員名簿と組合員名簿から数えました。"],
        "flags": {},
        "debatable": {},
    },
    # S2 (Q1…Q26 on 「回答」, the questions on 「設問一覧」: Q5 412人 / Q6 約50人, Q7 46.8% / Q8 約6%, Q9 418人 / Q10 「Q9と同じ」,
    #     Q11 2025年11月1日現在, Q12-15 18 / 13 / 2 / 3, Q16-26 the texts); note A31.
    "栃木_架空町職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "栃木", "h.union": "架空町職員組合", "h.writer": "架空 千夏", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 412, "org.members_r": 50, "org.rate_j": 46.8, "org.rate_r": 6,
            "org.nonmembers_j": 418, "org.nonmembers_r": 418, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 18, "intake.joined_j": 13, "intake.joined_r": 2, "intake.not_joined": 3,
            "texts.new_hire_main": "採用前の説明会で組合の紹介の時間をもらい、加入を呼びかけている。",
            "texts.new_hire_ideas": "共済の給付事例を説明会の資料に入れている。",
            "texts.new_hire_worries": "説明会のあと、個別に話す時間が取れない。",
            "texts.nonmember_main": "未加入者に組合ニュースを配り、学習会に誘っている。",
            "texts.nonmember_worries": "一度断った人にもう一度声をかけにくい。",
            "texts.visibility": "交渉の経過を職場集会で報告している。",
            "texts.sharing_worries": "出先の職場に情報が届くのが遅い。",
            "texts.labor_relations": "町当局とは年2回交渉している。今年は会計年度任用職員の処遇改善を求めた。",
            "texts.differentiation": "自治労の共済と相談体制を伝えている。",
            "texts.questions": "競合と同じ職場での新採への声のかけ方",
            "texts.requests": "特になし",
        },
        "extras": ["※人数は11月1日の名簿から数えています。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {
            "org.nonmembers_r": "Q10 (未加入者数（競合）) answered 「Q9と同じ」: the number given for Q9, 418; a reader could "
                                "leave it unanswered (not a number) or keep the text",
        },
    },
    # S3 (texts re-ordered: merged box 「新採加入の主な取り組みと工夫していること」 first, then 未加入 / 可視化 / 労使 / 差別化,
    #     the added 「青年部・女性部の活動（当組合で追加）」, the three 悩み, 聞きたいこと, 要望; 164 / 22; 0.612 / 0.082 in 0.0%;
    #     82 / 82; date 2025/11/1; 正規 230 / 非正規 38; intake 8 / 6 / 1 / 1); note A34.
    "岐阜_見本村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岐阜", "h.union": "見本村職員組合", "h.writer": "見本 隆", "h.rival_union": "全労連・自治労連",
            "org.members_j": 164, "org.members_r": 22, "org.rate_j": 61.2, "org.rate_r": 8.2,
            "org.nonmembers_j": 82, "org.nonmembers_r": 82, "org.as_of": "2025-11",
            "org.regular": 230, "org.nonregular": 38,
            "intake.hired": 8, "intake.joined_j": 6, "intake.joined_r": 1, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日の午後に組合説明会を開き、加入をお願いしている。",
            "texts.new_hire_ideas": "村の保健師の先輩組合員に説明会で話してもらっている。",
            "texts.new_hire_worries": "競合の説明会が先に開かれることがある。",
            "texts.nonmember_main": "未加入者に年1回、共済の案内と組合ニュースを届けている。",
            "texts.nonmember_worries": "職員が少なく、断られた後の関係が気まずくなる。",
            "texts.visibility": "組合ニュースを年4回発行し、役場の掲示板に貼っている。",
            "texts.sharing_worries": "診療所の組合員と顔を合わせる機会が少ない。",
            "texts.labor_relations": "村当局とは年2回交渉している。診療所の人員確保を求めている。",
            "texts.differentiation": "共済の給付が早いことと、県本部の支援があることを伝えている。",
            "texts.questions": "小規模単組での新採説明会の進め方",
            "texts.requests": "特になし",
        },
        "extras": ["青年部で新採歓迎のバーベキューを開き、組合員以外の職員にも声をかけた。",
                   "※設問の順番を入れ替え、青年部・女性部の活動を追加しています。"],
        "flags": {},
        "debatable": {
            "texts.new_hire_main": "one box 「新採加入の主な取り組みと工夫していること」 answers two questions: the part after "
                                   "「取り組み：」 (prefix left out); a reader could keep the whole box here",
            "texts.new_hire_ideas": "the part after 「工夫：」 in the merged box (prefix left out); a reader could leave the "
                                    "question unanswered (no box of its own) or copy the whole box",
        },
    },
    # S4 (.xls; last year's form, 時点 「R7.11.1現在」; 「356名」 / 「約120名」, 「41.2%」 / 「約14%」, 「388名」 both; no 正規 /
    #     非正規; intake 「12名」 「9名」 「2名」 「1名」; 労使関係 in sub-boxes ① / ② (rows 27, 28), 差別化 「前問参照」, 要望 in
    #     sub-boxes ①県本部へ / ②本部へ (rows 31, 32)); note A34.
    "和歌山_試験町職労_アンケート（R6様式）.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "和歌山", "h.union": "試験町職員労働組合", "h.writer": "試験 沙織", "h.rival_union": "全労連・医労連",
            "org.members_j": 356, "org.members_r": 120, "org.rate_j": 41.2, "org.rate_r": 14,
            "org.nonmembers_j": 388, "org.nonmembers_r": 388, "org.as_of": "2025-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 12, "intake.joined_j": 9, "intake.joined_r": 2, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日に町長の訓示の後、組合説明の時間をもらっている。",
            "texts.new_hire_ideas": "説明会のあとに先輩組合員との昼食会を開いている。",
            "texts.new_hire_worries": "競合の役員が同じ課にいて、先に声をかけられてしまう。",
            "texts.nonmember_main": "未加入者に共済の案内を年2回届けている。",
            "texts.nonmember_worries": "会計年度任用職員の入れ替わりが多い。",
            "texts.visibility": "組合ニュースを毎月発行している。",
            "texts.sharing_worries": "ニュースを読んでいない組合員が多い。",
            "texts.labor_relations": "町当局とは話し合いができる関係にある。\n年3回交渉し、今年は保育士の人員確保を求めた。",
            "texts.differentiation": "前問参照",
            "texts.questions": "会計年度任用職員の加入を増やした単組の取り組み",
            "texts.requests": "新採説明会に県本部の役員も来てほしい。\n会計年度任用職員向けの共済の資料がほしい。",
        },
        "extras": ["※様式は昨年度のものを使っています。数字と回答は今年度（令和7年11月1日現在）のものです。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {
            "texts.labor_relations": "answered in two sub-boxes 「①労使関係の状態」 / 「②労使交渉の取り組み状況」: the two answers "
                                     "joined, the sub-labels left out; a reader could keep the sub-labels or only the first",
            "texts.requests": "answered in two sub-boxes 「①県本部へ」 / 「②本部へ」: the two answers joined, the sub-labels "
                              "left out; a reader could keep the sub-labels or only the first",
            "texts.differentiation": "「前問参照」 points at the 労使関係 answer above: kept as typed (as tests/legacy8 keeps "
                                     "「上記のとおり」); a reader could copy the answer it points at",
        },
    },
    # S5 (paraphrased text labels; 上部団体 「自治労連」; 846 / 約60; 組織率 「846÷1,410×100」 / 約4; 504 / 504; 時点
    #     「2025/11/1」; 正規 1,200 / 非正規 210; intake horizontal 36 / 29 / 3 / 4); note A32.
    "熊本_架空市職労_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "熊本", "h.union": "架空市職員労働組合", "h.writer": "架空 直樹", "h.rival_union": "全労連・自治労連",
            "org.members_j": 846, "org.members_r": 60, "org.rate_j": 60, "org.rate_r": 4,
            "org.nonmembers_j": 504, "org.nonmembers_r": 504, "org.as_of": "2025-11",
            "org.regular": 1200, "org.nonregular": 210,
            "intake.hired": 36, "intake.joined_j": 29, "intake.joined_r": 3, "intake.not_joined": 4,
            "texts.new_hire_main": "入庁式の翌日に組合説明会を開き、加入届をその場で受け取っている。",
            "texts.new_hire_ideas": "説明会のあとに職場ごとの歓迎会を組合で開いている。",
            "texts.new_hire_worries": "出先に配属された新採に会う機会が少ない。",
            "texts.nonmember_main": "未加入者の多い職場に役員が出向き、昼休みに話をしている。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を気にしている。",
            "texts.visibility": "交渉の経過を組合のホームページとSNSで知らせている。",
            "texts.sharing_worries": "SNSを見ない組合員に情報が届かない。",
            "texts.labor_relations": "市当局とは年4回交渉している。時間外勤務の縮減を重点にしている。",
            "texts.differentiation": "共済の手厚さと、全国的な相談体制を伝えている。",
            "texts.questions": "SNSでの情報発信の工夫",
            "texts.requests": "特になし",
        },
        "extras": ["※組織率は計算式のまま記入しました。"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {
            "org.rate_j": "typed as the calculation 「846÷1,410×100」 without its result (the note says so): 60.0; a reader "
                          "could leave it unanswered or compute it from 組織人員数 and the staff counts itself",
            "h.rival_union": "typed 「自治労連」 under 「競合相手の上部団体」: a clerk maps it to 全労連・自治労連; a cautious reader "
                             "keeps 「自治労連」 as typed",
        },
    },
}

FILES = {**REPORTS, **SURVEYS}
