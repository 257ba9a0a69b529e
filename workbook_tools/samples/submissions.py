"""Synthetic Report C / D submissions, in our template and in the older
layouts people really fill in.  All names and texts are invented."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms import report, survey
from workbook_tools.forms.model import CHECK, CHECK_DONE, CHECK_NOT_DONE, format_year
from workbook_tools.forms.model import defined_name

DONE_VARIANTS = ["☑", "■", "✓", "✔", "レ", "☒", "〇"]
PREF_VARIANTS = {"東京": "東京都", "大阪": "大阪府本部", "神奈川": "神奈川県本部", "埼玉": "埼\u2f5f", "京都": "京都府"}
_SENTENCES = [
    "単組との連携を強化して取り組みを進める。", "会議の度に方針と実績を確認している。",
    "新採説明会で共済の案内を行った。", "学習会を各支部で開催した。", "次年度に向けて計画を見直す。",
    "■ 継続募集を実施した。", "● 職場オルグを強化した。", "資料を改訂し、配布方法を見直した。",
]


def _text(rng: random.Random, n: int = 2) -> str:
    return "\n".join(rng.choice(_SENTENCES) for _ in range(n))


@dataclass
class ReportAnswers:
    pref: str  # canonical name
    created: dt.date
    author: str
    checker: str
    checks: dict[tuple[str, str], bool | None] = field(default_factory=dict)  # None: printed without a glyph
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    missing_items: set[tuple[str, str]] = field(default_factory=set)


def report_answers(pref: str, rng: random.Random, year: int) -> ReportAnswers:
    a = ReportAnswers(pref, dt.date(year + 1, 1, rng.randint(5, 28)), f"記入者{rng.randint(1, 99)}",
                      f"確認者{rng.randint(1, 99)}")
    for s, f in report.FORM.all_fields():
        if f.type == CHECK:
            a.checks[(s.key, f.key)] = rng.random() < 0.55
        elif s.key != "h":
            a.texts[(s.key, f.key)] = _text(rng, rng.randint(1, 3))
    return a


def fill_template(template: Path, out: Path, form, values: dict[tuple[str, str], object]) -> Path:
    """Fill a template's named cells the way a person would (openpyxl)."""
    import openpyxl

    wb = openpyxl.load_workbook(template)
    for s, f in form.all_fields():
        if (s.key, f.key) not in values:
            continue
        dest = list(wb.defined_names[defined_name(form.kind, s, f)].destinations)[0]
        ws = wb[dest[0]]
        ws[dest[1].replace("$", "").split(":")[0]] = values[(s.key, f.key)]
    wb.save(out)
    return out


def report_template_values(a: ReportAnswers) -> dict:
    v: dict = {("h", "pref"): a.pref, ("h", "created"): dt.datetime.combine(a.created, dt.time()),
               ("h", "author"): a.author, ("h", "checker"): a.checker}
    for k, done in a.checks.items():
        v[k] = CHECK_DONE if done else CHECK_NOT_DONE
    v.update(a.texts)
    return v


def _legacy_header(ws, a: ReportAnswers, rng: random.Random) -> int:
    """Title, 県名, 作成日 (in one of three spellings), 作成者, 確認者; returns the next free row."""
    ws.write_string(0, 0, "県本部共済推進取り組み報告書")
    ws.write_string(0, 4, "県　名")
    ws.write_string(0, 5, PREF_VARIANTS.get(a.pref, a.pref + ("" if a.pref == "北海道" else "県")))
    ws.write_string(1, 4, "作成日")
    created = a.created
    ws.write_string(1, 5, rng.choice([f"{created.year}年{created.month}月{created.day}日",
                                      f"R{created.year - 2018}年{created.month}月{created.day}日",
                                      f"{created.year}/{created.month}/{created.day}"]))
    ws.write_string(2, 4, "作成者")
    ws.write_string(2, 5, a.author)
    ws.write_string(3, 4, "確認者")
    ws.write_string(3, 5, a.checker)
    return 5


def _legacy_texts(ws, r: int, a: ReportAnswers, year: int, wrap) -> int:
    ws.write_string(r, 0, f"※{year}年6月 共済推進県本部・県支部合同会議で報告した内容を記載してください。")
    r += 1
    ws.write_string(r, 0, "「目標達成にむけた進捗と課題」")
    ws.write_string(r, 4, f"左記、{year}年6月報告以降の取り組みと課題および")
    r += 1
    ws.write_string(r, 0, a.texts[("s1", "progress_june")], wrap)
    ws.write_string(r, 4, a.texts[("s1", "progress_since")], wrap)
    r += 2
    ws.write_string(r, 0, "「今後、重点的に取り組む課題」")
    r += 1
    ws.write_string(r, 0, a.texts[("s1", "focus")], wrap)
    return r + 2


def _legacy_item(ws, r: int, label: str, glyph: str, mode: str) -> int:
    """One check item: glyph in its own cell or before the label; a long label wrapped over two rows."""
    if len(label) > 30 and mode == "own":
        if glyph:
            ws.write_string(r, 0, glyph)
        ws.write_string(r, 1, label[:24])
        r += 1
        ws.write_string(r, 1, label[24:])
    elif mode == "own":
        if glyph:
            ws.write_string(r, 0, glyph)
        ws.write_string(r, 1, label)
    else:
        ws.write_string(r, 0, (f"{glyph}　" if glyph else "　") + label)
    return r + 1


def _legacy_checks(ws, r: int, s, a: ReportAnswers, year: int, rng: random.Random, style: str, wrap) -> int:
    ws.write_string(r, 0, "実施している取り組み☑してください。")
    ws.write_string(r, 4, "具体的な取り組み")
    r += 1
    text_row = r
    for f in s.checks:
        if (s.key, f.key) in a.missing_items:
            continue
        label = format_year(f.label, year)
        if rng.random() < 0.3:
            label = label.replace("生", "\u2f63").replace("入", "\u2f0a").replace("方", "\u2f45")  # PDF radicals
        if rng.random() < 0.2 and len(label) > 6:
            label = label[:5] + " " + label[5:]  # stray space
        done = a.checks[(s.key, f.key)]
        glyph = "" if done is None else (rng.choice(DONE_VARIANTS) if done else "□")
        mode = rng.choice(["same", "own"]) if style == "mixed" else style
        r = _legacy_item(ws, r, label, glyph, mode)
    text = a.texts.get((s.key, "text"))
    if text:
        ws.write_string(text_row, 4, text, wrap)
    return r + 1


def write_legacy_report(path: Path, a: ReportAnswers, year: int, rng: random.Random, *, style: str = "mixed") -> Path:
    """The old printed layout: title and header at the top, numbered sections,
    glyph before the item (same cell or own cell), wrapped labels, radicals."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    ws = wb.add_worksheet("報告書")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    r = _legacy_header(ws, a, rng)
    for s in report.FORM.sections[1:]:
        r += rng.choice([0, 0, 1])  # shifted rows
        ws.write_string(r, 0, f"{s.number}.{s.resolved_title(year)}")
        r += 1
        if s.layout == "texts":
            r = _legacy_texts(ws, r, a, year, wrap)
        else:
            r = _legacy_checks(ws, r, s, a, year, rng, style, wrap)
    ws.set_column(0, 0, 6)
    ws.set_column(1, 1, 50)
    ws.set_column(4, 4, 40)
    wb.close()
    return path


@dataclass
class SurveyAnswers:
    pref: str
    union: str
    writer: str
    rival_union: str
    numbers: dict[str, object] = field(default_factory=dict)  # field key → what was typed
    texts: dict[str, str] = field(default_factory=dict)


MESSY = ["215", "729名", "283人", "72人", "400程度か", "不明", "？", "大多数", "2人？", "１２３", "", 56, 1003]


def survey_answers(pref: str, i: int, rng: random.Random) -> SurveyAnswers:
    a = SurveyAnswers(pref, f"{pref}第{i}職員労働組合", f"記入者{i}", rng.choice(survey.RIVAL_UNIONS))
    members_j, members_r = rng.randint(40, 3000), rng.randint(0, 800)
    a.numbers = {"members_j": members_j, "members_r": members_r,
                 "rate_j": f"{rng.uniform(5, 90):.1f}%", "rate_r": f"{rng.uniform(0, 50):.2f}%",
                 "nonmembers_j": f"{rng.randint(0, 400)}人", "nonmembers_r": rng.choice(MESSY),
                 "as_of": rng.choice(["2024年11月時点", "R7年1月", "７年１月", "25年1月"])}
    hired = rng.randint(0, 60)
    jj = rng.randint(0, hired)
    jr = rng.randint(0, hired - jj)
    a.numbers.update({"hired": hired, "joined_j": jj, "joined_r": jr, "not_joined": hired - jj - jr})
    if i % 7 == 3:
        a.numbers["rate_j"] = "28% 対象職員数1,003人"
    if i % 11 == 5:  # an intake that does not add up (seen in real answers)
        a.numbers.update({"hired": 20, "joined_j": 100, "joined_r": 180, "not_joined": 500})
    for s, f in survey.FORM.all_fields():
        if s.key == "texts" and rng.random() < 0.7:
            a.texts[f.key] = _text(rng, rng.randint(1, 3))
    return a


def survey_template_values(a: SurveyAnswers) -> dict:
    v: dict = {("h", "pref"): a.pref, ("h", "union"): a.union, ("h", "writer"): a.writer,
               ("h", "rival_union"): a.rival_union}
    for k, val in a.numbers.items():
        sec = "intake" if k in ("hired", "joined_j", "joined_r", "not_joined") else "org"
        v[(sec, k)] = val
    for k, t in a.texts.items():
        v[("texts", k)] = t
    return v


def write_legacy_survey(path: Path, a: SurveyAnswers, year: int) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    ws = wb.add_worksheet("Sheet1")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})

    def put(r, c, v):
        if v is None or v == "":
            return
        if isinstance(v, (int, float)):
            ws.write_number(r, c, v)
        else:
            ws.write_string(r, c, str(v), wrap)

    put(0, 0, "実態共有用アンケート")
    put(1, 0, "県本部")
    put(1, 1, PREF_VARIANTS.get(a.pref, a.pref))
    put(2, 0, "単　組")
    put(2, 1, a.union)
    put(3, 0, "記入者お名前")
    put(3, 1, a.writer)
    put(4, 0, "上部団体")
    put(4, 1, "自治労")
    put(4, 2, a.rival_union)
    put(4, 3, "←プルダウンから選択")
    for i, c in enumerate(survey.RIVAL_UNIONS[:3]):
        put(4 + i, 6, c)  # the dropdown's helper list left on the sheet
    n = a.numbers
    put(5, 0, "組織人員数（人）")
    put(5, 1, n["members_j"])
    put(5, 2, n["members_r"])
    put(6, 0, "組織率（％）")
    put(6, 1, n["rate_j"])
    put(6, 2, n["rate_r"])
    put(6, 3, n["as_of"] if n["as_of"].endswith("時点") else n["as_of"] + "時点")  # printed "年　月時点"
    put(7, 0, "未加入者数（人）")
    put(7, 1, n["nonmembers_j"])
    put(7, 2, n["nonmembers_r"])
    put(9, 0, f"{year}年")
    for i, (k, label) in enumerate((("hired", "新規採用者数"), ("joined_j", "自治労加入者数"),
                                    ("joined_r", "競合加入者数"), ("not_joined", "未加入者数"))):
        put(10 + i, 0, label)
        put(10 + i, 1, n[k])
    r = 15
    for f in survey.FORM.sections[3].fields:
        put(r, 0, f.aliases[0] if f.aliases else f.label)
        put(r + 1, 0, a.texts.get(f.key))
        r += 3
    put(r, 0, "※組織率＝組合員数/（正規職員数+会計年度任用職員やパート職員など非正規職員数）×100")
    ws.set_column(0, 0, 40)
    ws.set_column(1, 3, 14)
    wb.close()
    return path


def write_submission_examples(folder: Path, template_dir: Path, *, year: int, reports: int = 47,
                              surveys: int = 40, seed: int = 21) -> dict[str, list[Path]]:
    """Bundled demo submissions: reports for all but two prefectures (one sent
    twice), half from our template, half in the old layout; surveys likewise."""
    rng = random.Random(seed)
    rep_dir, sur_dir = folder / "reports", folder / "surveys"
    rep_dir.mkdir(parents=True, exist_ok=True)
    sur_dir.mkdir(parents=True, exist_ok=True)
    tmpl_report = template_dir / "report.xlsx"
    tmpl_survey = template_dir / "survey.xlsx"
    from workbook_tools.app.templates import write_template

    write_template("report", tmpl_report, year=year)
    write_template("survey", tmpl_survey, year=year)
    out: dict[str, list] = {"reports": [], "surveys": [], "unions": []}
    prefs = [p.name for p in prefectures()][:reports]
    skipped = {prefs[-1], prefs[-2]} if len(prefs) > 3 else set()
    for i, pref in enumerate(prefs):
        if pref in skipped:
            continue
        a = report_answers(pref, rng, year)
        if i % 5 == 1:
            a.checks[("s2", "paid")] = None  # printed without a glyph: unanswered
        if i % 9 == 2:
            a.missing_items.add(("s3", "simul_plan"))  # an older copy of the form
        if i % 2 == 0:
            p = fill_template(tmpl_report, rep_dir / f"報告書_{pref}.xlsx", report.FORM, report_template_values(a))
        else:
            p = write_legacy_report(rep_dir / f"{pref}本部_取り組み報告書.xlsx", a, year, rng)
        out["reports"].append(p)
        if i == 3:  # sent twice: a corrected version with a later 作成日
            a2 = report_answers(pref, rng, year)
            a2.created = a.created + dt.timedelta(days=3)
            out["reports"].append(fill_template(tmpl_report, rep_dir / f"報告書_{pref}_修正版.xlsx", report.FORM,
                                                report_template_values(a2)))
    for i in range(surveys):
        pref = prefs[i % len(prefs)]
        a = survey_answers(pref, i + 1, rng)
        if i % 2 == 0:
            p = fill_template(tmpl_survey, sur_dir / f"アンケート_{a.union}.xlsx", survey.FORM, survey_template_values(a))
        else:
            p = write_legacy_survey(sur_dir / f"{a.union}_実態アンケート.xlsx", a, year)
        out["surveys"].append(p)
        out["unions"].append((a.pref, a.union))
    out["unions"] += [(prefs[0], f"{prefs[0]}未提出職員組合"), (prefs[1], f"{prefs[1]}未提出職員組合")]
    tmpl_report.unlink()
    tmpl_survey.unlink()
    return out


def write_roster(path: Path, unions: list[tuple[str, str]]) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("名簿")
    ws.write_string(0, 0, "県本部")
    ws.write_string(0, 1, "単組")
    for r, (pref, union) in enumerate(unions, start=1):
        ws.write_string(r, 0, pref)
        ws.write_string(r, 1, union)
    ws.set_column(0, 1, 30)
    wb.close()
    return path
