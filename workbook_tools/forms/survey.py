"""Form definition of Report D: 実態共有用アンケート (one per local union)."""
from __future__ import annotations

from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms.consolidation import (Consolidation, GroupTotals, OrganisationRate, RateCheck, SumCheck,
                                                SumColumn, UnionRoster)
from workbook_tools.forms.model import (CHOICE, LONG_TEXT, NUMBER, OUTSIDE_LIMITS, TEXT, YEAR_MONTH, Field,
                                         FormDef, Section, value_key)

VERSION = "1.0"
RIVAL_UNIONS = ("全労連・自治労連", "旧全官公自治労連", "全労連・医労連", "なし")
JICHIRO, RIVAL = "自治労", "競合"
# the rival unions by name (the parts of the 上部団体 choices): 「自治労連加入者数」 is the 競合加入者数
RIVAL_NAMES = tuple(dict.fromkeys(p for c in RIVAL_UNIONS for p in c.split("・") if p != "なし"))

HEADER = Section("h", "", (
    Field("pref", "県本部", CHOICE, choices=tuple(p.name for p in prefectures()), required=True,
          help="一覧から県本部を選んでください", aliases=("県本部名", "県名")),
    Field("union", "単組", TEXT, required=True, aliases=("単組名", "所属", "組合名")),  # 所属: 「山梨県本部　見本村職員組合」
    Field("writer", "記入者お名前", TEXT, person=True, aliases=("記入者", "記入者名", "回答者", "回答者名")),
    Field("rival_union", "上部団体", CHOICE, choices=RIVAL_UNIONS, help="競合する組合の上部団体を選んでください（なければ「なし」）",
          aliases=("競合組合の上部団体", "競合の上部団体", "競合相手の上部団体", "ライバル組合の上部団体")),
), layout="fields")
PREF, UNION = value_key(HEADER.key, "pref"), value_key(HEADER.key, "union")  # who sent it


# what a local union can answer: a head count is a whole number of people, at most MAX_PEOPLE (the largest
# local unions have tens of thousands; a count past a million is a typing slip: a phone number, a digit too
# many); a rate is 0–100 (%)
MAX_PEOPLE = 1_000_000
PEOPLE = {"limits": (0, MAX_PEOPLE), "whole": True}
RATE = {"limits": (0, 100)}


def _pair(key: str, label: str, *aliases: str, limits: dict) -> tuple[Field, Field]:
    return (Field(f"{key}_j", label, NUMBER, group=JICHIRO, aliases=aliases, **limits),
            Field(f"{key}_r", label, NUMBER, group=RIVAL, aliases=aliases, **limits))


def _text(key: str, label: str, *aliases: str, grid: tuple[str, str] = ()) -> Field:
    return Field(key, label, LONG_TEXT, lines=5, aliases=aliases, grid=grid)


# the texts asked as a table (topic rows × 主な取り組み｜工夫していること｜悩んでいること): Field.grid's words
_NEW_HIRES, _MAIN, _WORRIES = "新規採用|新採", "主な取組|取組内容|取組", "悩"


FORM = FormDef(
    kind="survey",
    title="実態共有用アンケート（{y}年度）",
    version=VERSION,
    sheet="アンケート",
    # printed text of older copies that is not an answer ("…": any cell starting with it)
    title_field="h.union",  # typed before the title when the form has no cell for it
    boilerplate=("←プルダウンから選択", "※組織率＝…", "実態共有用アンケート", "自治労", "競合", "時点", "以上"),
    instructions=(
        "黄色のセルに入力してください。数字が分からないときは空欄のままで構いません（「約」「程度」なども書けます）。",
        "上部団体は一覧から選んでください。競合する組合がない場合は「なし」を選んでください。",
        "組織率＝組合員数／（正規職員数＋会計年度任用職員やパート職員など非正規職員数）×100",
    ),
    sections=(
        HEADER,
        Section("org", "組織の状況", (
            *_pair("members", "組織人員数（人）", "組織人員数", "組合員数", "組合員の数", limits=PEOPLE),
            *_pair("rate", "組織率（％）", "組織率", limits=RATE),
            *_pair("nonmembers", "未加入者数（人）", "組合に入っていない職員", "組合に入っていない職員数", "未加入の職員数",
                   limits=PEOPLE),
            Field("as_of", "時点", YEAR_MONTH, help="例: 2025年1月", aliases=("時点（年月）",)),
            Field("regular", "正規職員数（人）", NUMBER, aliases=("正規職員数", "正規の職員数", "正職員数"), **PEOPLE),
            Field("nonregular", "会計年度任用職員・パート等の非正規職員数（人）", NUMBER,
                  aliases=("非正規職員数", "会計年度任用職員・パート等の非正規職員数", "会計年度任用職員等", "非正規の職員数",
                           "会計年度任用職員など非正規の職員数", "会計年度任用職員数", "会計年度職員数"), **PEOPLE),
        ), layout="pairs", groups=(JICHIRO, RIVAL)),
        Section("intake", "{y}年 新規採用者", (
            Field("hired", "新規採用者数", NUMBER, aliases=("新採者数", "新採数", "新規採用数"), **PEOPLE),
            Field("joined_j", "自治労加入者数", NUMBER, aliases=("うち自治労加入者数", "そのうち自治労に入った人",
                                                                   "自治労に入った人", "自治労に加入した人"), **PEOPLE),  # 「うち」: of the hires
            Field("joined_r", "競合加入者数", NUMBER, aliases=("うち競合加入者数", "競合に入った人", "競合組合に入った人",
                                                                   "ライバル組合に入った人",
                                                                   *(f"{w}{n}加入者数" for n in RIVAL_NAMES
                                                                     for w in ("", "うち"))), **PEOPLE),
            Field("not_joined", "未加入者数", NUMBER, aliases=("うち未加入者数", "どちらにも入っていない人",
                                                               "どこにも入っていない人"), **PEOPLE),
        ), layout="fields"),
        Section("texts", "取り組みと悩み", (
            _text("new_hire_main", "新採加入の主な取り組み", grid=(_NEW_HIRES, _MAIN)),
            _text("new_hire_ideas", "新規採用者組織化で工夫していること", grid=(_NEW_HIRES, "工夫")),
            _text("new_hire_worries", "新規採用者組織化で悩んでいること", grid=(_NEW_HIRES, _WORRIES)),
            _text("nonmember_main", "未加入者対策の主な取り組み", grid=("未加入", _MAIN)),
            _text("nonmember_worries", "未加入者対策で悩んでいること", grid=("未加入", _WORRIES)),
            _text("visibility", "組合活動の可視化", grid=("可視化", _MAIN)),
            _text("sharing_worries", "組合員との情報共有で悩んでいること", grid=("情報共有", _WORRIES)),
            _text("labor_relations", "労使関係・交渉など", "労使関係・交渉など（労使関係の状態、労使交渉の取り組み状況など）"),
            _text("differentiation", "競合単組との差別化"),
            _text("questions", "他の単組・他の県本部に聞いてみたいこと"),
            _text("requests", "県本部・本部への要望"),
        ), layout="texts"),
    ),
)

ORG = OrganisationRate("組織率（計算）", members="org.members_j", regular="org.regular", nonregular="org.nonregular")
# the rival union's rate, computed the same way: only to check the one the sender wrote (not a column of 一覧)
ORG_RIVAL = OrganisationRate("組織率（競合・計算）", members="org.members_r", regular="org.regular",
                             nonregular="org.nonregular")
HIRED, JOINED_J, JOINED_R, NOT_JOINED = "intake.hired", "intake.joined_j", "intake.joined_r", "intake.not_joined"

CONSOLIDATION = Consolidation(
    identity=(PREF, UNION),
    roster=UnionRoster(pref=PREF, union=UNION),
    totals=GroupTotals(
        by=PREF,
        columns=(SumColumn(HIRED), SumColumn(JOINED_J), SumColumn(JOINED_R), SumColumn(NOT_JOINED),
                 SumColumn("org.members_j", "組織人員数（自治労）"), SumColumn("org.members_r", "組織人員数（競合）")),
        rate=(JOINED_J, HIRED, "自治労加入の割合"),
        # dark, middle and light: the three stay apart printed in grey (blue, orange and grey of one lightness did not)
        chart=((JOINED_J, "#1F4E79"), (JOINED_R, "#ED7D31"), (NOT_JOINED, "#BFBFBF")),
        chart_title="県本部別 新規採用者の加入状況",  # (the legend names the three; the longer title broke in two)
        # hires ≠ joined + joined elsewhere + not joined; a number no local union can have (Field.limits)
        consistency=("intake_mismatch", OUTSIDE_LIMITS),
    ),
    checks=(SumCheck(HIRED, (JOINED_J, JOINED_R, NOT_JOINED), code="intake_mismatch"),
            RateCheck("org.rate_j", ORG, label="組織率", basis="組織人員数と職員数"),
            RateCheck("org.rate_r", ORG_RIVAL, label="競合の組織率", basis="競合の組織人員数と職員数")),
    derived=(ORG,),
    sort=(UNION,),
)
