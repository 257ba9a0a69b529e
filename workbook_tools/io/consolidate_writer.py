"""The consolidated workbook for Reports C and D, print-ready, in Japanese.

Every text that came from a submission is written with write_string (through
SafeSheet.text), so no submitted text becomes a formula or a link."""
from __future__ import annotations

from pathlib import Path

from workbook_tools import __version__
from workbook_tools.core.normalize import Flag
from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms.consolidation import GroupTotals, ItemTotals, prefecture_order
from workbook_tools.forms.model import CHECK, LONG_TEXT, NUMBER, FormDef, format_year, value_key
from workbook_tools.forms.records import VIA_LABELS, Batch, FileRecord, Status
from workbook_tools.forms.registry import Kind
from workbook_tools.forms.values import FLAG_NO_ITEM, FLAG_UNANSWERED
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import SafeBook, SafeSheet, write_problems_sheet

LIST, SUMMARY, TOTALS, TEXTS, ROSTER, ISSUES = "一覧", "概要", "集計", "記述", "未提出・重複", "検証結果"
USED_MARK = "○"


class _Fmt:
    def __init__(self, book: SafeBook, kind: Kind) -> None:
        b = book.fmt
        self.title = b(bold=True, font_size=14)
        self.head = b(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
        self.cell = b(border=1, valign="top")
        self.wrap = b(border=1, valign="top", text_wrap=True)
        self.center = b(border=1, align="center", valign="top")
        self.int = b(border=1, num_format="#,##0", valign="top")
        self.num = b(border=1, num_format="#,##0.##", valign="top")
        self.rate = b(border=1, num_format=kind.rounding.number_format(), valign="top")
        self.key = b(bold=True, border=1, bg_color="#F2F2F2")
        self.flag = b(border=1, font_color="#9C5700", bg_color="#FFEB9C", valign="top", text_wrap=True)
        self.refused = b(border=1, font_color="#9C0006", bg_color="#FFC7CE", valign="top", text_wrap=True)


def _print(ws: SafeSheet, landscape: bool, last_row: int, last_col: int, repeat: int | tuple[int, int] = 0) -> None:
    ws.print_setup(landscape=landscape, fit=(1, 0), repeat_rows=repeat if isinstance(repeat, tuple) else (repeat, repeat),
                   area=(0, 0, max(last_row, 0), max(last_col, 0)), footer="&C&A  &P / &N")


def _mark(record: FileRecord) -> str:
    return USED_MARK if record.used else ""


def _check_text(v) -> str:
    if v is None:
        return ""
    if v.flag == FLAG_NO_ITEM:
        return "－"
    if v.flag == FLAG_UNANSWERED:
        return "未回答"
    return "✓" if v.value else ""


def _remark(r: FileRecord) -> str:
    parts = []
    if r.reason:
        parts.append(r.reason)
    if r.superseded_by:
        parts.append(f"重複のため集計から除外（採用: {r.superseded_by}）")
    parts.extend(r.notes)
    return "／".join(parts)


def write_consolidated(book: SafeBook, batch: Batch, kind: Kind) -> None:
    f = _Fmt(book, kind)
    summary = book.sheet(SUMMARY)
    listing = book.sheet(LIST)
    totals = book.sheet(TOTALS)
    texts = book.sheet(TEXTS)
    roster = book.sheet(ROSTER)
    list_info = _write_list(listing, batch, kind, f)
    _TOTALS_WRITERS[type(kind.consolidation.totals)](book, totals, batch, kind, f, list_info)
    _write_texts(texts, batch, kind, f)
    _write_roster(roster, batch, f)
    write_problems_sheet(book, batch.all_problems(), ISSUES)
    _write_summary(summary, batch, kind, f)
    summary.activate()


def _write_summary(ws: SafeSheet, batch: Batch, kind: Kind, f: _Fmt) -> None:
    form, spec = kind.form, kind.consolidation
    counts = batch.counts()
    used = len(batch.used)
    title = format_year(form.title, batch.year).split("（")[0]
    ws.text(0, 0, f"{title} 集約結果", f.title)
    rows = [
        ("実行日時", batch.finished or batch.started),
        ("読み込んだフォルダ", str(batch.root)),
        ("対象年度", f"{batch.year}年度" if batch.year else "（指定なし）"),
        ("ツールの版", f"workbook_tools {__version__}"),
        ("テンプレートの版", f"{form.kind} {form.version}"),
        ("ファイル数", len(batch.records)),
        *((status.value, counts[status]) for status in Status),
        ("重複で除外", batch.superseded),
        ("集計に使ったファイル", used),
        (spec.roster.missing_label, len(batch.roster_missing)),
        ("読み込まなかったファイル", len(batch.skipped)),
        ("検証結果の件数", len(batch.all_problems()) + len(ws.book.problems)),
    ]
    for i, (k, v) in enumerate(rows, start=2):
        ws.text(i, 0, k, f.key)
        ws.value(i, 1, v, f.cell)
    r = len(rows) + 3
    ws.text(r, 0, "シートの説明", f.key)
    notes = [(LIST, "提出ファイルごとの 1 行（状態・回答・読み取り元）"),
             (TOTALS, spec.totals.description),
             (TEXTS, "自由記述の一覧（折り返して表示）"), (ROSTER, "未提出・重複・読み込まなかったファイル"),
             (ISSUES, "すべての問題点（ファイル・シート・セル・対応）")]
    for i, (k, v) in enumerate(notes, start=r + 1):
        ws.text(i, 0, k, f.cell)
        ws.text(i, 1, v, f.cell)
    ws.column_width(0, 0, 26)
    ws.column_width(1, 1, 70)
    _print(ws, False, r + len(notes), 1)


def _list_columns(form: FormDef):
    """(header1, header2, key, kind) for every column of 一覧 after the fixed ones."""
    cols = []
    for key, s, fd in form.keyed_fields():
        if fd.type == LONG_TEXT:
            continue
        group = s.resolved_title(None) if s.title else "基本情報"
        if s.number:
            group = f"{s.number}．{group}"
        label = fd.long_label
        if fd.type == CHECK:
            cols.append((group, label, key, "check"))
        elif fd.type == NUMBER:
            cols.append((group, label, key, "number"))
            cols.append((group, f"{label} 元の記入", key, "raw"))
            cols.append((group, f"{label} 注記", key, "flag"))
        else:
            cols.append((group, label, key, "value"))
    return cols


FIXED = ["No.", "ファイル", "状態", "集計対象", "様式", "備考"]


def _write_list(ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt) -> dict:
    cols = _list_columns(entry.form)
    derived = entry.consolidation.derived
    last_col = _list_heads(ws, batch, cols, [d.label for d in derived] + ["SHA-256"], f)
    col_of = {(key, kind): len(FIXED) + i for i, (_, _, key, kind) in enumerate(cols)}
    for n, rec in enumerate(batch.records, start=1):
        r = n + 1
        _list_fixed(ws, r, n, rec, f)
        for i, (_, _, key, kind) in enumerate(cols):
            _list_value(ws, r, len(FIXED) + i, kind, rec.values.get(key), f)
        cc = len(FIXED) + len(cols)
        for d in derived:
            ws.number(r, cc, d.value(rec, entry.rounding), f.rate)
            cc += 1
        ws.text(r, cc, rec.sha256, f.cell)
    last_row = len(batch.records) + 1
    ws.freeze(2, 2)
    ws.filter(1, 0, max(last_row, 1), last_col)
    ws.column_width(0, 0, 5)
    ws.column_width(1, 1, 30)
    ws.column_width(2, 4, 8)
    ws.column_width(5, 5, 24)
    for i, (_, _, _, kind) in enumerate(cols):
        ws.column_width(len(FIXED) + i, len(FIXED) + i, 6 if kind == "check" else 12)
    ws.column_width(last_col, last_col, 18)
    ws.row_height(1, entry.consolidation.list_header_height)
    _print(ws, True, last_row, last_col, (0, 1))
    return {"col_of": col_of, "first": 2, "last": last_row, "used_col": 3}


def _list_heads(ws: SafeSheet, batch: Batch, cols: list, extra: list[str], f: _Fmt) -> int:
    """The two heading rows of 一覧 (fixed columns, field groups over field labels, extra columns); the last column."""
    for i, h in enumerate(FIXED):
        ws.merge(0, i, 1, i, h, f.head)
    c = len(FIXED)
    groups: list[tuple[str, int, int]] = []
    for h1, h2, _, _ in cols:
        if groups and groups[-1][0] == h1:
            groups[-1] = (h1, groups[-1][1], c)
        else:
            groups.append((h1, c, c))
        ws.text(1, c, format_year(h2, batch.year), f.head)
        c += 1
    for h1, c1, c2 in groups:
        if c2 > c1:
            ws.merge(0, c1, 0, c2, format_year(h1, batch.year), f.head)
        else:
            ws.text(0, c1, format_year(h1, batch.year), f.head)
    for h in extra:
        ws.merge(0, c, 1, c, h, f.head)
        c += 1
    return c - 1


def _list_fixed(ws: SafeSheet, r: int, n: int, rec: FileRecord, f: _Fmt) -> None:
    refused = rec.status == Status.REFUSED
    ws.number(r, 0, n, f.center)
    ws.text(r, 1, rec.path, f.wrap)
    ws.text(r, 2, rec.status, f.refused if refused else (f.flag if rec.status == Status.WARN else f.center))
    ws.text(r, 3, _mark(rec), f.center)
    ws.text(r, 4, VIA_LABELS.get(rec.via, ""), f.center)
    ws.text(r, 5, _remark(rec), f.wrap)


def _list_value(ws: SafeSheet, r: int, cc: int, kind: str, v, f: _Fmt) -> None:
    """One answer cell of 一覧; kind is the column's role (check / number / raw / flag / value)."""
    if v is None:
        ws.blank(r, cc, f.cell)
    elif kind == "check":
        ws.text(r, cc, _check_text(v), f.center)
    elif kind == "number":
        ws.number(r, cc, v.value, f.num)
    elif kind == "raw":
        ws.text(r, cc, v.raw, f.cell)
    elif kind == "flag":
        ws.text(r, cc, v.flag if v.flag != Flag.BLANK else "", f.flag if v.flag and v.flag != Flag.BLANK else f.cell)
    else:
        ws.text(r, cc, v.display, f.flag if v.flag and v.flag != Flag.BLANK else f.cell)


def _write_item_totals(book: SafeBook, ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt, info: dict) -> None:
    """ItemTotals: per checkbox item, done / not done / unanswered among the files used, and the rate done."""
    form, rule, spec = entry.form, entry.rounding, entry.consolidation.totals
    heads = ["区分", "取り組み項目", "実施", "未実施", "未回答・項目なし", "報告県数", "実施率"]
    for i, h in enumerate(heads):
        ws.text(0, i, h, f.head)
    used = batch.used
    L = col_letter(info["used_col"])
    first, last = info["first"] + 1, info["last"] + 1
    used_rng = f"'{LIST}'!${L}${first}:${L}${last}"
    r = 1
    for s in form.sections:
        for fd in s.checks:
            key = value_key(s.key, fd.key)
            c = col_letter(info["col_of"][(key, "check")])
            rng = f"'{LIST}'!${c}${first}:${c}${last}"
            done = sum(1 for x in used if x.get(key) is True)
            not_done = sum(1 for x in used if x.get(key) is False)
            ws.text(r, 0, f"{s.number}．{s.resolved_title(batch.year)}", f.wrap)
            ws.text(r, 1, format_year(fd.label, batch.year), f.wrap)
            ws.formula(r, 2, f'COUNTIFS({rng},"✓",{used_rng},"{USED_MARK}")', done, f.int)
            # not done is a blank cell; count the marked ones and take the rest
            ws.formula(r, 3, f"{a1(r, 5)}-{a1(r, 2)}-{a1(r, 4)}", not_done, f.int)
            ws.formula(r, 4, f'COUNTIFS({rng},"未回答",{used_rng},"{USED_MARK}")+COUNTIFS({rng},"－",{used_rng},'
                             f'"{USED_MARK}")', len(used) - done - not_done, f.int)
            ws.formula(r, 5, f'COUNTIF({used_rng},"{USED_MARK}")', len(used), f.int)
            ws.formula(r, 6, rule.formula(a1(r, 2), a1(r, 5)), rule.rate(done, len(used)) if used else None,
                       book.fmt(border=1, num_format=rule.number_format(), valign="top"))
            ws.row_height(r, 30)  # section names and long items wrap to two lines
            r += 1
    last_row = r - 1
    ws.column_width(0, 0, 28)
    ws.column_width(1, 1, 50)
    ws.column_width(2, 6, 9)
    ws.freeze(1, 2)
    if last_row >= 1:
        chart = book.chart({"type": "bar"}, [{
            "name": "実施率", "categories": [TOTALS, 1, 1, last_row, 1], "values": [TOTALS, 1, 6, last_row, 6],
            "fill": {"color": "#5B9BD5"}, "data_labels": {"value": True, "num_format": rule.number_format()}}],
            title={"name": spec.chart_title}, x_axis={"num_format": "0%", "min": 0, "max": 1},
            y_axis={"reverse": True}, legend={"none": True}, size={"width": 900, "height": 60 + 26 * last_row})
        ws.chart(last_row + 2, 0, chart)
    _print(ws, False, last_row + 2 + (60 + 26 * last_row) // 20, 6)


def _write_group_totals(book: SafeBook, ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt, info: dict) -> None:
    """GroupTotals: sums per prefecture (all 47 and a total row) with a rate column and a stacked chart."""
    spec: GroupTotals = entry.consolidation.totals
    keys = [(c.key, c.heading(entry.form)) for c in spec.columns]
    col = {key: i for i, (key, _) in enumerate(keys, start=2)}  # totals-sheet column of each sum
    num, den, rate_head = spec.rate
    heads = ["県本部", "回答単組数"] + [k[1] for k in keys] + [rate_head]
    for i, h in enumerate(heads):
        ws.text(0, i, h, f.head)
    used = batch.used
    first, last = info["first"] + 1, info["last"] + 1
    U = col_letter(info["used_col"])
    P = col_letter(info["col_of"][(spec.by, "value")])
    used_rng = f"'{LIST}'!${U}${first}:${U}${last}"
    pref_rng = f"'{LIST}'!${P}${first}:${P}${last}"
    rule = entry.rounding
    f_rate = book.fmt(border=1, num_format=rule.number_format())
    r = 1
    for p in prefectures():
        mine = [x for x in used if x.get(spec.by) == p.name]
        ws.text(r, 0, p.name, f.cell)
        ws.formula(r, 1, f'COUNTIFS({pref_rng},{a1(r, 0)},{used_rng},"{USED_MARK}")', len(mine), f.int)
        for i, (key, _) in enumerate(keys, start=2):
            c = col_letter(info["col_of"][(key, "number")])
            value = sum(x.get(key) or 0 for x in mine)
            ws.formula(r, i, f"SUMIFS('{LIST}'!${c}${first}:${c}${last},{pref_rng},{a1(r, 0)},{used_rng},"
                             f'"{USED_MARK}")', value, f.int)
        _group_rate(ws, r, mine, (num, col[num]), (den, col[den]), rule, len(keys) + 2, f_rate)
        r += 1
    total = r
    ws.text(total, 0, "合計", f.key)
    for c in range(1, len(keys) + 2):
        ws.formula(total, c, f"SUM({a1(1, c)}:{a1(total - 1, c)})",
                   len(used) if c == 1 else sum(x.get(keys[c - 2][0]) or 0 for x in used), f.int)
    _group_rate(ws, total, used, (num, col[num]), (den, col[den]), rule, len(keys) + 2, f_rate)
    ws.column_width(0, 0, 10)
    ws.column_width(1, len(heads) - 1, 12)
    ws.row_height(0, 30)
    ws.freeze(1, 1)
    _group_chart(book, ws, spec, keys, col, total, len(heads) + 1)
    _print(ws, True, total, len(heads) + 12)


def _group_rate(ws: SafeSheet, r: int, records: list[FileRecord], num: tuple[str, int], den: tuple[str, int],
                rule, c: int, fmt) -> None:
    """The rate cell of a totals row: the sums of records as the value, a formula on the row's cells."""
    n = sum(x.get(num[0]) or 0 for x in records)
    d = sum(x.get(den[0]) or 0 for x in records)
    ws.formula(r, c, rule.formula(a1(r, num[1]), a1(r, den[1])), rule.rate(n, d) if d else None, fmt)


def _group_chart(book: SafeBook, ws: SafeSheet, spec: GroupTotals, keys: list, col: dict, total: int, at: int) -> None:
    heading = dict(keys)
    series = [{"name": heading[key], "categories": [TOTALS, 1, 0, total - 1, 0],
               "values": [TOTALS, 1, col[key], total - 1, col[key]], "fill": {"color": color}}
              for key, color in spec.chart]
    chart = book.chart({"type": "bar", "subtype": "stacked"}, series, title={"name": spec.chart_title},
                       y_axis={"reverse": True}, legend={"position": "top"}, size={"width": 900, "height": 1100})
    ws.chart(0, at, chart)


_TOTALS_WRITERS = {ItemTotals: _write_item_totals, GroupTotals: _write_group_totals}


def _write_texts(ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt) -> None:
    form, spec = entry.form, entry.consolidation
    fields = [(s, fd) for s, fd in form.all_fields() if fd.type == LONG_TEXT]
    who_keys = list(spec.identity)
    who = [form.by_key(k)[1].label for k in who_keys]
    heads = who + [(f"{s.number}．" if s.number else "") + (format_year(fd.label, batch.year) if fd.label != "具体的な取り組み"
                                                           else f"{s.resolved_title(batch.year)}（具体的な取り組み）")
                   for s, fd in fields] + ["その他（想定外の場所の記入）", "ファイル"]
    for i, h in enumerate(heads):
        ws.text(0, i, h, f.head)
    pref, rest = spec.identity[0], spec.sort
    order = sorted(batch.used, key=lambda x: (prefecture_order(x.get(pref)), *(x.get(k) or "" for k in rest), x.path))
    for r, rec in enumerate(order, start=1):
        for i, key in enumerate(who_keys):
            v = rec.values.get(key)
            ws.text(r, i, v.display if v else "", f.wrap)
        for i, (s, fd) in enumerate(fields, start=len(who)):
            v = rec.values.get(value_key(s.key, fd.key))
            ws.text(r, i, v.display if v else "", f.wrap)
        ws.text(r, len(heads) - 2, "\n".join(f"[{sh}!{c}] {t}" for sh, c, t in rec.extras), f.wrap)
        ws.text(r, len(heads) - 1, rec.path, f.wrap)
    ws.column_width(0, len(who) - 1, 10)
    ws.column_width(len(who), len(heads) - 2, 45)
    ws.column_width(len(heads) - 1, len(heads) - 1, 24)
    ws.row_height(0, 45)
    ws.freeze(1, len(who))
    ws.filter(0, 0, max(len(order), 1), len(heads) - 1)
    _print(ws, True, len(order), len(heads) - 1)


def _write_roster(ws: SafeSheet, batch: Batch, f: _Fmt) -> None:
    ws.text(0, 0, "区分", f.head)
    ws.text(0, 1, "対象", f.head)
    ws.text(0, 2, "内容", f.head)
    r = 1
    for name in batch.roster_missing:
        ws.text(r, 0, "未提出", f.refused)
        ws.text(r, 1, name, f.cell)
        ws.text(r, 2, "提出がありません", f.wrap)
        r += 1
    for rec in batch.records:
        if rec.superseded_by:
            ws.text(r, 0, "重複", f.flag)
            ws.text(r, 1, rec.path, f.cell)
            ws.text(r, 2, f"同じ提出元の新しいファイル「{rec.superseded_by}」を集計に使いました", f.wrap)
            r += 1
        elif rec.status == Status.REFUSED:
            ws.text(r, 0, "取込不可", f.refused)
            ws.text(r, 1, rec.path, f.cell)
            ws.text(r, 2, rec.reason, f.wrap)
            r += 1
    for name, why in batch.skipped:
        ws.text(r, 0, "対象外", f.cell)
        ws.text(r, 1, name, f.cell)
        ws.text(r, 2, why, f.wrap)
        r += 1
    if r == 1:
        ws.text(1, 0, "未提出・重複はありません", f.cell)
    ws.column_width(0, 0, 10)
    ws.column_width(1, 1, 40)
    ws.column_width(2, 2, 70)
    ws.freeze(1, 0)
    _print(ws, False, r, 2)


def write_long_texts(book: SafeBook, output: Path) -> Path | None:
    """Text over Excel's 32,767 UTF-16 units: the cell keeps the start, the side file keeps it whole."""
    return book.finish()
