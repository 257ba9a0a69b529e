"""Expected readings of the tests/legacy11 fixtures, typed BY HAND from what build.py puts in each cell, reading each
sheet as a careful human clerk would, never taken from the tool's output.

Reading rules used here (a human's):
- a mark counts for the item it stands beside: 〇 (U+3007), ✓, ☑, and a Wingdings 2 「R」 (which SHOWS ☑) → done;
  a Wingdings 2 「£」 (which SHOWS □) or 「□」 → not done; in a file that only ever marks the done items (no □ printed
  anywhere) an unmarked item is not done; an empty mark cell in a file that otherwise answers every item with ☑ / □ is
  unanswered;
- items printed 「□　label」 that were never retyped, the done ones highlighted in yellow, with the clerk's note
  「実施している取り組みは、黄色で塗りつぶしています。」: the highlighted ones are done, the others not done;
- a section answered 「該当なし」 as a whole (no mark at all, the text saying the prefecture has no model union):
  its items are unanswered (not applicable), not 未実施;
- the clerk's words appended to an item in brackets (「…の開催（1月20日開催）」) do not change the item or its mark;
- section titles still carrying last year's years (the form reused) are still sections 3 and 4 of this year's report;
- a workbook holding last year's copy (visible, or hidden) and this year's: this year's is the answer (title year,
  作成日 / 時点); a blank template sheet (「様式」 / 「原本」) holds no answer;
- 「7.2.14」 as 作成日 of a report made in February 2025 is 令和7年2月14日;
- header label and answer in one cell after a colon (「県名：秋田県」) and a free text typed as 「label：answer」 in one
  cell: the part after the colon is the answer;
- a name with the role in brackets, or two names, are kept as typed;
- 「医労連」 as 上部団体 is the choice 全労連・医労連 (the only one naming 医労連);
- a 「○」 typed in a narrow column beside the four printed choices chooses that one;
- a count shown 「312人」 by its number format is 312; a fraction in a % cell is in percentage points (0.547 → 54.7),
  a formula's stored value counts; a date shown 「2024/11」 is November 2024;
- a free-text answer typed in a text box laid over its answer cell is that question's answer;
- the competitor block of a two-block layout answers the 競合 fields; 時点 given once (or in both column headings)
  holds for both;
- hidden helper columns (文字数 counts) and hidden last-year sheets are not answers;
- a 「※」 line typed by the clerk outside the printed form (also one typed inside a table, and the note explaining the
  yellow highlight) is an extra; the printed instruction, 「←該当するものに○」 and the printed 組織率 note are part of the
  form.

The format of FILES (kind, values, extras, flags, debatable) is described once in tests/legacy_sets.py.
"""
from __future__ import annotations

YEAR = 2024  # the fiscal year of every fixture (2025年4月新採, 2025年3月末 …)

_UNTOUCHED = "{what} while every other item in the file is answered: unanswered; a reader could take it as 未実施"
_NOT_APPLICABLE = ("section 5 answered 「該当なし（本県本部にはモデル単組がないため）」 with no mark, in a file that marks "
                   "only its done items: not applicable, so unanswered; a reader applying the file's rule (unmarked = "
                   "未実施) could read 未実施")
_NO_RIVAL = ("「－」 in the competitor column (上部団体 「なし」: there is no competing union): blank; a clerk could also "
             "write 0 (or copy the shared 未加入者数)")

REPORTS = {
    # R1 (XlsxWriter): title with 秋田県本部; 「県名：秋田県」 / 「作成日：2025/2/18」 … in one cell; 〇 (U+3007) left of
    #     the done items only; s5 「該当なし」 with no mark; note A50.
    "秋田県本部_共済推進取り組み報告書_R6.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "秋田", "h.created": "2025-02-18", "h.author": "見本 良太", "h.checker": "見本 恵子",
            "s1.progress_june": "・団体生命共済の新規加入は1月末で目標の58.2％。\n・保有件数は前年5月比で99.4％と微減。\n"
                                "・県北地区の単組で新採の同時加入が進んでいない。",
            "s1.progress_since": "・11月に県支部と合同で県北地区の6単組を訪問した。\n"
                                 "・1月の代表者会議で単組ごとの到達状況を示した。",
            "s1.focus": "・新採の同時加入\n・役職定年者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき年2回支払っている。使途は単組からの報告書で確認している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシと申込書をセットにして全単組に送付した。県支部と合同で5単組をオルグし、12月に"
                       "新採対策会議を開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を文書で提起した。じちろう共済の案内は退職者会と合同で行った。",
            "s5.progress": None, "s5.joint_org": None,
            "s5.text": "該当なし（本県本部にはモデル単組がないため）",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、代表者会議で全単組に配布・説明した。",
        },
        "extras": ["※本報告は県支部長の確認を得ています。"],
        "flags": {},
        "debatable": {"s5.progress": _NOT_APPLICABLE, "s5.joint_org": _NOT_APPLICABLE},
    },
    # R2 (openpyxl): 作成日 「7.2.14」; 作成者 with 「（書記次長）」; s3/s4 titles and s6 item 4 with last year's years;
    #     「□　label」 items, the done ones filled yellow; the clerk's note A2 saying so.
    "栃木県本部　取組報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "栃木", "h.created": "2025-02-14", "h.author": "試験 大輔（書記次長）", "h.checker": "試験 真理",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の61.5％。保有件数は前年5月比で100.2％とほぼ横ばい。"
                                "県南地区の単組では新採の加入が伸びていない。",
            "s1.progress_since": "9月から県支部と合同で県南・県北の12単組を訪問した。2026年度末の保有目標を単組ごとに示し、"
                                 "進め方を話し合った。",
            "s1.focus": "新採の同時加入の徹底と、再任用者への継続加入の案内。",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき支払っている。使途は把握できていない。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": False, "s3.policy": True,
            "s3.simul_policy": False, "s3.simul_plan": False,
            "s3.text": "同時加入のツールを配布し、県支部と合同で10単組をオルグした。執行部学習会を2会場で開いた。"
                       "組織化方針は2月に提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、4単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月の件数を確認し、モデル単組を県支部と合同で訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子の内容を執行委員会で確認し、全単組に配布した。",
        },
        "extras": ["※実施している取り組みは、黄色で塗りつぶしています。"],
        "flags": {},
        "debatable": {"h.author": "typed with the role after the name in brackets 「試験 大輔（書記次長）」: kept as "
                                  "typed; a reader could keep the name alone (試験 大輔)"},
    },
    # R3 (.xls via LibreOffice): sheets R5 (last year, first, visible) and R6; answers two columns right; 作成日 a date
    #     yyyy/m/d; ✓ right of the done items (no □); s6 text 「特になし」; note A50.
    "長野県本部報告書（R6）.xls": {
        "kind": "report",
        "values": {
            "h.pref": "長野", "h.created": "2025-02-17", "h.author": "見本 拓也", "h.checker": "見本 直子",
            "s1.progress_june": "団体生命共済の新規加入は1月末で目標の63.0％。保有件数は前年5月比で100.6％と増加した。"
                                "東信・南信地区の小規模単組で新採の加入が進んでいない。",
            "s1.progress_since": "10月から県支部と合同で東信・南信地区の14単組を訪問した。12月の代表者会議で2026年度末の"
                                 "保有目標を確認した。",
            "s1.focus": "小規模単組への訪問と、新採説明会での同時加入の案内。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、使途は単組の決算書で確認している。",
            "s3.tools": True, "s3.joint_org": False, "s3.study": True, "s3.meeting": True, "s3.policy": True,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "同時加入のチラシを全単組に配布した。1月に新採対策会議を開き、組織化方針と同時加入方針を提起した。",
            "s4.policy": True, "s4.briefing": True, "s4.appeal": False,
            "s4.text": "組織化方針を提起し、役職定年者の名簿がある単組で説明会を開いた。",
            "s5.progress": True, "s5.joint_org": False,
            "s5.text": "推進委員会で四半期ごとに進捗を確認した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "特になし",
        },
        "extras": ["※✓は実施した取り組みです（2月14日現在）。"],
        "flags": {},
        "debatable": {},
    },
    # R4 (XlsxWriter): Wingdings 2 「R」 / 「£」 left of the items, s3 item 7 empty; stamp box 作成者 | 確認者 top right;
    #     作成日 a date shown 令和7年2月12日; s1 first box 「2024年6月報告のとおり」; note A50.
    "愛媛県本部_共済推進取り組み報告書.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "愛媛", "h.created": "2025-02-12", "h.author": "架空 浩二", "h.checker": "架空 美紀",
            "s1.progress_june": "2024年6月報告のとおり",
            "s1.progress_since": "東予・中予・南予の3地区で単組代表者会議を開き、単組ごとの到達状況と2026年度末の保有目標"
                                 "を共有した。12月末の新規加入は目標の55.8％。",
            "s1.focus": "南予地区の小規模単組への支援と、新採の同時加入の徹底。",
            "s2.paid": True, "s2.usage_known": True,
            "s2.text": "規程にもとづき支払い、使途は単組の報告で把握している。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": False, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": None,
            "s3.text": "同時加入のチラシを作成し、県支部と合同で7単組をオルグした。新採対策会議は11月に開いた。",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": False,
            "s4.text": "①組織化方針を11月の代表者会議で提起\n②説明会は対象者の把握ができた単組から順次実施する予定",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で毎月進捗を確認し、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": True, "s6.propose": False,
            "s6.text": "冊子を確認し、全単組に配布した。代表者会議で活用方法を説明した。",
        },
        "extras": ["※交付金の使途は3月の推進委員会で報告します。"],
        "flags": {"s3.simul_plan": "未回答"},
        "debatable": {"s3.simul_plan": _UNTOUCHED.format(what="its mark cell is empty (no Wingdings box at all)")},
    },
    # R5 (openpyxl): blank 「様式」 first, the filled sheet 「鹿児島」 second; 作成日 「令和7年2月20日」; 「☑　…」 / 「□　…」 with
    #     notes appended in brackets after three items; ● / ■ bullets; note A51.
    "鹿児島県本部　R6取り組み報告.xlsx": {
        "kind": "report",
        "values": {
            "h.pref": "鹿児島", "h.created": "2025-02-20", "h.author": "試験 隆", "h.checker": "試験 亜紀",
            "s1.progress_june": "●団体生命共済の新規加入は1月末で目標の57.6％。\n●保有件数は前年5月比で99.6％。\n"
                                "●離島の単組で新採の加入が進んでいない。",
            "s1.progress_since": "●10月から県支部と合同で大隅・薩摩地区の11単組を訪問した。\n"
                                 "●2026年度末の保有目標を単組ごとに示した。",
            "s1.focus": "●離島の単組へのオンラインでの支援\n●再任用者への継続加入の案内",
            "s2.paid": True, "s2.usage_known": False,
            "s2.text": "規程にもとづき支払っている。使途の把握は今後の課題。",
            "s3.tools": True, "s3.joint_org": True, "s3.study": True, "s3.meeting": True, "s3.policy": False,
            "s3.simul_policy": True, "s3.simul_plan": False,
            "s3.text": "■同時加入のツールを全単組に配布\n■県支部と合同で9単組をオルグ\n■1月20日に新採対策会議を開催",
            "s4.policy": True, "s4.briefing": False, "s4.appeal": True,
            "s4.text": "組織化方針を提起し、退職者会と合同でじちろう共済を案内した。",
            "s5.progress": True, "s5.joint_org": True,
            "s5.text": "推進委員会で進捗を確認し、県支部と合同でモデル単組を訪問した。",
            "s6.review": True, "s6.distribute": True, "s6.announce": False, "s6.propose": False,
            "s6.text": "冊子を執行委員会で確認し、12月に全単組へ発送した。",
        },
        "extras": ["※離島の単組にはオンラインで説明しています。"],
        "flags": {},
        "debatable": {},
    },
}

SURVEYS = {
    # S1 (XlsxWriter): sideways, two-level header rows 3-4, answers row 5; counts in 0"人" cells; 0.547 / 0.102 in
    #     0.0% cells; 時点 2024-11-01 shown 2024/11; note A7.
    "岩手_見本町職_実態共有アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岩手", "h.union": "見本町職員組合", "h.writer": "見本 陽子", "h.rival_union": "全労連・自治労連",
            "org.members_j": 312, "org.members_r": 58, "org.rate_j": 54.7, "org.rate_r": 10.2,
            "org.nonmembers_j": 200, "org.nonmembers_r": 200, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 14, "intake.joined_j": 10, "intake.joined_r": 2, "intake.not_joined": 2,
            "texts.new_hire_main": "・4月1日の辞令交付後に組合説明会\n・説明会の場で加入届を回収",
            "texts.new_hire_ideas": "青年部の役員が説明会に同席し、職場の先輩として話をしている。",
            "texts.new_hire_worries": "競合も同じ日に説明会を開くため、時間の取り合いになっている。",
            "texts.nonmember_main": "未加入者に年2回、組合だよりと加入案内を手渡している。",
            "texts.nonmember_worries": "若い職員ほど組合費の負担を理由に断られる。",
            "texts.visibility": "交渉の結果を当日中に組合ニュースで配信している。",
            "texts.sharing_worries": "出先職場に紙のニュースが届くのが遅れる。",
            "texts.labor_relations": "町当局とは年3回の交渉。\n・人員確保\n・会計年度任用職員の処遇改善",
            "texts.differentiation": "共済の給付や相談体制を具体的な事例で紹介している。",
            "texts.questions": "競合と同じ日に説明会を開く場合の工夫",
            "texts.requests": "新採向けのパンフレットを早めに届けてほしい。",
        },
        "extras": ["※組織率は正規・会計年度任用職員の合計570人で計算しました。"],
        "flags": {},
        "debatable": {},
    },
    # S2 (.xls via LibreOffice): 上部団体 「医労連」; 自治労 block A8:B12 and 競合 block A14:B17; full-width text numbers;
    #     時点 「R6.11.1現在」; texts 「label：answer」 A26..A36; note A38.
    "千葉_架空市職労_アンケート.xls": {
        "kind": "survey",
        "values": {
            "h.pref": "千葉", "h.union": "架空市職員労働組合", "h.writer": "架空 誠", "h.rival_union": "全労連・医労連",
            "org.members_j": 420, "org.members_r": 140, "org.rate_j": 35.3, "org.rate_r": 11.8,
            "org.nonmembers_j": 630, "org.nonmembers_r": 630, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 30, "intake.joined_j": 21, "intake.joined_r": 5, "intake.not_joined": 4,
            "texts.new_hire_main": "採用時研修で組合説明の時間をもらい、加入を呼びかけている。",
            "texts.new_hire_ideas": "病院の新採には看護部の組合員が個別に声をかけている。",
            "texts.new_hire_worries": "病院職場では競合の加入が多く、説明の機会が少ない。",
            "texts.nonmember_main": "職場委員会で未加入者名簿を確認し、分担して声をかけている。",
            "texts.nonmember_worries": "交代勤務の職場では会う時間が取れない。",
            "texts.visibility": "組合ニュースを月2回発行し、庁内の掲示板にも貼っている。",
            "texts.sharing_worries": "病院職場に情報が届きにくい。",
            "texts.labor_relations": "市当局とは年4回、病院当局とは年2回交渉している。",
            "texts.differentiation": "交渉の成果と共済の保障をあわせて伝えている。",
            "texts.questions": "交代勤務の職場での組合活動の進め方",
            "texts.requests": "病院職場向けの共済の説明資料がほしい。",
        },
        "extras": ["※職員数は人事課の資料（1,190人）によります。"],
        "flags": {},
        "debatable": {},
    },
    # S3 (XlsxWriter): ○ beside 旧全官公自治労連 in a choice list B7:C10; rates as formulas (0.55 / 0.125 in 0.0%); 正規 128 /
    #     非正規 32; 時点 a date shown 令和6年11月1日現在; 要望 in a text box over B38; note A40; blank 「原本」 after.
    "岐阜_見本村職_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "岐阜", "h.union": "見本村職員組合", "h.writer": "見本 和也", "h.rival_union": "旧全官公自治労連",
            "org.members_j": 88, "org.members_r": 20, "org.rate_j": 55.0, "org.rate_r": 12.5,
            "org.nonmembers_j": 52, "org.nonmembers_r": 52, "org.as_of": "2024-11",
            "org.regular": 128, "org.nonregular": 32,
            "intake.hired": 6, "intake.joined_j": 5, "intake.joined_r": 1, "intake.not_joined": 0,
            "texts.new_hire_main": "採用時の研修で組合と共済の説明をしている。",
            "texts.new_hire_ideas": "委員長と青年部長が二人で説明している。",
            "texts.new_hire_worries": "採用が毎年数人で、説明の経験が引き継がれない。",
            "texts.nonmember_main": "未加入者には委員長が年1回面談している。",
            "texts.nonmember_worries": "なし",
            "texts.visibility": "組合ニュースを年4回発行している。",
            "texts.sharing_worries": "特になし",
            "texts.labor_relations": "村当局とは年2回交渉し、人員確保を求めている。",
            "texts.differentiation": "共済の相談にすぐ応じられることを伝えている。",
            "texts.questions": "小規模単組での共済推進の進め方",
            "texts.requests": "県本部の学習会の資料を単組にも送ってほしい。\n小規模単組向けの説明会を開いてほしい。",
        },
        "extras": ["※職員数は令和6年4月1日現在の人数です。"],
        "flags": {},
        "debatable": {},
    },
    # S4 (openpyxl): hidden 「R5」 first, 「R6」 second; 「県本部：徳島」 … in one cell; number labels with bracketed notes;
    #     「1,052人」 「約150人」 「34.6%」 「約5%」 1838 1838; a 「※」 row inside the table (A10); 時点 「2024/11」; text
    #     labels with 「（200字程度）」 / 「（自由記述）」.
    "徳島_見本市職員組合_アンケート.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "徳島", "h.union": "見本市職員組合", "h.writer": "試験 由紀", "h.rival_union": "全労連・自治労連",
            "org.members_j": 1052, "org.members_r": 150, "org.rate_j": 34.6, "org.rate_r": 5,
            "org.nonmembers_j": 1838, "org.nonmembers_r": 1838, "org.as_of": "2024-11",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 42, "intake.joined_j": 30, "intake.joined_r": 7, "intake.not_joined": 5,
            "texts.new_hire_main": "新採研修の初日に組合説明会を開いている。",
            "texts.new_hire_ideas": "説明会のあとに青年部の交流会を開き、加入届を受け付けている。",
            "texts.new_hire_worries": "競合が採用前から個別に連絡をとっている。",
            "texts.nonmember_main": "・職場ごとに未加入者の名簿を作成\n・職場委員が声をかけ、執行委員が面談",
            "texts.nonmember_worries": "未加入者が多く、声をかけきれていない。",
            "texts.visibility": "交渉の経過を庁内メールとSNSで発信している。",
            "texts.sharing_worries": "メールを読んでいない組合員が多い。",
            "texts.labor_relations": "市当局とは年3回の団体交渉を行い、会計年度任用職員の処遇改善を求めている。",
            "texts.differentiation": "共済の保障を具体的な給付事例で伝えている。",
            "texts.questions": "競合が多い職場での新採への声のかけ方",
            "texts.requests": "新採説明会で使える短い資料がほしい。",
        },
        "extras": ["※競合の人数は先方の機関紙による"],
        "flags": {"org.members_r": "概", "org.rate_r": "概"},
        "debatable": {},
    },
    # S5 (XlsxWriter): merged cells; 時点 in the column headings 「自治労（R6.12.1現在）」; 「２３０」 「７６．７」 「７０」;
    #     上部団体 なし, competitor 「－」; two writers; hidden column H =LEN(…) 文字数; note A45.
    "熊本_架空町職労_アンケート（回答）.xlsx": {
        "kind": "survey",
        "values": {
            "h.pref": "熊本", "h.union": "架空町職員労働組合", "h.writer": "架空 智子／架空 悠", "h.rival_union": "なし",
            "org.members_j": 230, "org.members_r": None, "org.rate_j": 76.7, "org.rate_r": None,
            "org.nonmembers_j": 70, "org.nonmembers_r": None, "org.as_of": "2024-12",
            "org.regular": None, "org.nonregular": None,
            "intake.hired": 9, "intake.joined_j": 8, "intake.joined_r": 0, "intake.not_joined": 1,
            "texts.new_hire_main": "採用日に組合説明会を開き、その場で加入をお願いしている。",
            "texts.new_hire_ideas": "説明会で先輩組合員が共済の給付を受けた体験を話している。",
            "texts.new_hire_worries": "特になし",
            "texts.nonmember_main": "委員長が個別に面談している。",
            "texts.nonmember_worries": "組合費の負担を理由に断られることが多い。",
            "texts.visibility": "組合だよりを年6回発行し、全員に配布している。",
            "texts.sharing_worries": "支所の職員に情報が届くのが遅い。",
            "texts.labor_relations": "町当局とは年2回交渉している。\n・時間外勤務の縮減\n・人員確保",
            "texts.differentiation": "競合組合なし。",
            "texts.questions": "組合費の負担感への答え方",
            "texts.requests": "共済の説明会を町に来て開いてほしい。",
        },
        "extras": ["※組合員数は令和6年12月1日現在の名簿による。"],
        "flags": {},
        "debatable": {"org.members_r": _NO_RIVAL, "org.rate_r": _NO_RIVAL, "org.nonmembers_r": _NO_RIVAL},
    },
}

FILES = {**REPORTS, **SURVEYS}
