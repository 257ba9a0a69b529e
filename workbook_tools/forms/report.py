"""Form definition of Report C: 県本部共済推進取り組み報告書 (one per prefecture)."""
from __future__ import annotations

from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms.consolidation import CheckItemNotes, Consolidation, ItemTotals, PrefectureRoster
from workbook_tools.forms.model import CHECK, CHOICE, DATE, LONG_TEXT, TEXT, Field, FormDef, Section, value_key

VERSION = "1.0"


def _check(key: str, label: str, *aliases: str) -> Field:
    return Field(key, label, CHECK, aliases=aliases)


def _text(key: str, label: str, lines: int = 6, *aliases: str) -> Field:
    return Field(key, label, LONG_TEXT, lines=lines, aliases=aliases)


HEADER = Section("h", "", (
    Field("pref", "県名", CHOICE, choices=tuple(p.name for p in prefectures()), required=True,
          help="一覧から県名を選んでください", aliases=("県本部", "県本部名")),
    Field("created", "作成日", DATE, required=True, help="例: 2025/2/3", aliases=("作成年月日", "報告日")),
    Field("author", "作成者", TEXT, person=True, aliases=("作成者名", "作成者氏名", "担当", "担当者", "記入者", "報告者")),
    Field("checker", "確認者", TEXT, person=True, aliases=("確認者名", "確認者氏名", "確認", "承認者")),
), layout="fields")

PREF, CREATED = value_key(HEADER.key, "pref"), value_key(HEADER.key, "created")  # who sent it, and when

CONCRETE = "具体的な取り組み"

FORM = FormDef(
    kind="report",
    title="県本部共済推進取り組み報告書（{y}年度）",
    version=VERSION,
    sheet="報告書",
    # printed text of older copies that is not an answer ("…": any cell starting with it)
    # (the printed ※ note only: a note a sender adds, ※東京都は…, is an answer and kept)
    title_field="h.pref",  # typed before the title when the form has no cell for it
    boilerplate=("県本部共済推進取り組み報告書", "実施している取り組み…", "具体的な取り組み",
                 "※{y}年6月共済推進県本部・県支部合同会議で報告した…", "左記…",
                 "2点について記入してください",
                 "実施",  # the heading of a column of marks, and of tables typed by hand (取り組み内容 | 実施状況)
                 "実施状況", "実施(○×)", "実施(○・×)", "取り組み項目", "取り組み内容", "以上",
                 # the other headings of such tables: 実施 | 未実施 | 備考, 実施しているか, 有・無
                 "未実施", "実施しているか", "実施の有無", "有・無", "有無",
                 "No.", "No", "番号", "項番",  # the heading of a column of item numbers (No.｜ア｜イ…)
                 "上記のとおり報告します…", "上記の通り報告します…"),  # a sign-off block under the form
    instructions=(
        "黄色のセルに入力してください（それ以外のセルは保護されています）。",
        "実施している取り組みは左のセルで ☑ を選んでください。実施していない取り組みは □ のままにしてください。",
        "「具体的な取り組み」には自由に記述してください（セル内の改行は Alt+Enter）。",
        "ファイル名は「報告書_県名.xlsx」として、このブックのまま提出してください（シートの追加・削除はしないでください）。",
    ),
    sections=(
        HEADER,
        Section("s1", "県本部共済推進方針の目標達成にむけた進捗と重点的に取り組む課題", (
            _text("progress_june", "目標達成にむけた進捗と課題（6月報告の内容）", 6,
                  "「目標達成にむけた進捗と課題」", "目標達成にむけた進捗と課題"),
            _text("progress_since", "目標達成にむけた進捗と課題（6月報告以降の取り組みと課題）", 6,
                  "左記、{y}年6月報告以降の取り組みと課題", "6月報告以降の取り組みと課題",
                  # the old form's box label, printed over three rows
                  "左記、{y}年6月報告以降の取り組みと課題および{y}年度末団体生命共済保有目標達成に向けた取り組み"
                  "2点について記入してください。"),
            _text("focus", "今後、重点的に取り組む課題", 6, "「今後、重点的に取り組む課題」"),
        ), number=1, layout="texts",
            note="{y}年6月の共済推進県本部・県支部合同会議で報告した内容と、その後の取り組みを記入してください。"),
        Section("s2", "共済推進県本部交付金の活用について", (
            _check("paid", "共済推進単組交付金規程にもとづき支払っている"),
            _check("usage_known", "単組に支払った交付金の使われ方を把握している"),
            _text("text", CONCRETE, 4),
        ), number=2, layout="checks"),
        Section("s3", "{y1}年4月新規採用者対策", (
            _check("tools", "組合と団体生命共済の同時加入に向けたツールの提供"),
            _check("joint_org", "県本部・県支部合同の単組オルグの実施"),
            _check("study", "県本部・単組主催の執行部学習会の開催"),
            _check("meeting", "県本部新採対策会議の開催"),
            _check("policy", "新採組織化方針、具体的な取り組み提起"),
            _check("simul_policy", "組合と団体生命共済の同時加入方針提起"),
            _check("simul_plan", "同時加入に向けた具体策の提案"),
            _text("text", CONCRETE, 7),
        ), number=3, layout="checks"),
        Section("s4", "{y1}年3月末の役職定年者、再任用、再雇用者への対応状況", (
            _check("policy", "組織化方針の単組への提起"),
            _check("briefing", "対象者の把握と説明会等の実施"),
            _check("appeal", "じちろう共済のアピール"),
            _text("text", CONCRETE, 4),
        ), number=4, layout="checks"),
        Section("s5", "加入拡大モデル単組に対して県本部の関わり方について", (
            _check("progress", "県本部共済推進委員会で進捗確認"),
            _check("joint_org", "県本部・県支部合同の単組オルグの実施"),
            _text("text", CONCRETE, 3),
        ), number=5, layout="checks"),
        Section("s6", "じちろう共済推進マニュアルの単組への落し込みや活用方法の提示など", (
            _check("review", "執行委員会・共済推進委員会で冊子の内容を確認"),
            _check("distribute", "マニュアルの単組への配布"),
            _check("announce", "単組代表者会議等において、マニュアルの内容および活用方法を全単組へ周知"),
            _check("propose", "単組執行部オルグ等において、各単組が「{y1}年3月末退職予定者対策」「{y1}年4月新採取り組み」"
                              "にむけて、推進計画の立案や具体的な実行内容を協議する際に本マニュアルを参照するように提案"),
            _text("text", CONCRETE, 5),
        ), number=6, layout="checks"),
    ),
)

CONSOLIDATION = Consolidation(
    identity=(PREF, CREATED),
    roster=PrefectureRoster(pref=PREF, date=CREATED),
    totals=ItemTotals(),
    checks=(CheckItemNotes(),),
    list_header_height=90,
)
