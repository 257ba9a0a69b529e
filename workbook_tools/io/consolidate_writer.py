"""The consolidated workbook for Reports C and D, print-ready, in Japanese.

Every text that came from a submission is written with write_string (through
SafeSheet.text), so no submitted text becomes a formula or a link."""
from __future__ import annotations

from pathlib import Path

from workbook_tools import __version__
from workbook_tools.core.normalize import Flag
from workbook_tools.core.prefectures import prefectures
from workbook_tools.forms.consolidation import GroupTotals, ItemTotals, prefecture_order
from workbook_tools.forms.model import CHECK, LONG_TEXT, NUMBER, TEXT, FormDef, format_year, value_key
from workbook_tools.forms.records import VIA_LABELS, Batch, FileRecord, Status
from workbook_tools.forms.registry import Kind
from workbook_tools.forms.values import FLAG_NO_ITEM, FLAG_UNANSWERED
from workbook_tools.io.readers import a1, col_letter
from workbook_tools.io.writer import (ROW_PT, AsNumber, SafeBook, SafeSheet, text_columns, wrapped_height,
                                      write_problems_sheet)

CHART_WIDTH, CHART_HEIGHT = 620, 940  # px: one portrait page at the smallest print scale
LIST_GROUP_MAX_PT = 80  # tallest group heading row of 一覧
LIST_GROUP_FIT_PT = 40  # a section's heading over all its columns: two lines
LIST_HEAD_MAX_PT = 120  # tallest column heading row of 一覧 (repeated on every printed page: 200 took 4 in 10 of a page)
# 一覧's ファイル and 備考 columns (their texts wrap): a file name as staff give it (「アンケート_北海道第1職員労働組合.xlsx」)
# on one line, or every row is two lines tall on every printed page
LIST_FILE_WIDTH, LIST_REMARK_WIDTH = 40, 14
ROSTER_TARGET_WIDTH, ROSTER_WHY_WIDTH = 40, 70  # 未提出・重複's 対象 and 内容 columns (their texts wrap)
ITEM_CHART_MAX_HEIGHT = 600  # px: fits a landscape A4 page
ROW_PX = round(ROW_PT * 4 / 3)  # a row's height in pixels (every row is ROW_PT high: io/writer)
CHART_COLS, CHART_ROWS = 10, -(-CHART_HEIGHT // ROW_PX)  # cells the chart covers (64 px columns), in the print area
CHART_LABEL_CHARS = 16  # an item's words shown under the 集計 chart's bars (its number before them)
LIST, SUMMARY, TOTALS, TEXTS, ROSTER, ISSUES = "一覧", "概要", "集計", "記述", "未提出・重複", "検証結果"
USED_MARK = "○"


class _Fmt:
    def __init__(self, book: SafeBook, kind: Kind) -> None:
        b = book.fmt
        self.report = f"{kind.label} {kind.title}（集約）"
        self.paper = kind.paper
        self.title = b(bold=True, font_size=14)
        self.head = b(bold=True, bg_color="#DDEBF7", border=1, align="center", valign="vcenter", text_wrap=True)
        self.cell = b(border=1, valign="top")
        # the answer as typed, beside the value read: indented and grey, so 「366｜366」 does not print as 「366366」
        self.raw = b(border=1, valign="top", align="left", indent=1, font_color="#595959", text_wrap=True)
        self.wrap = b(border=1, valign="top", text_wrap=True)
        self.center = b(border=1, align="center", valign="top")
        self.int = b(border=1, num_format="#,##0", valign="top")
        self.dec = b(border=1, num_format="#,##0.0#", valign="top")  # never "#,##0.##": Excel shows "729."
        self.rate = b(border=1, num_format=kind.rounding.number_format(), valign="top")
        self.key = b(bold=True, border=1, bg_color="#F2F2F2")
        self.section = b(bold=True, font_size=12)
        self.flag = b(border=1, font_color="#9C5700", bg_color="#FFEB9C", valign="top", text_wrap=True)
        self.refused = b(border=1, font_color="#9C0006", bg_color="#FFC7CE", valign="top", text_wrap=True)


def _print(ws: SafeSheet, f: _Fmt, landscape: bool, last_row: int, last_col: int,
           repeat: int | tuple[int, int] | None = 0,
           *, columns: tuple[int, int] | None = None, v_breaks: list[int] | None = None,
           h_breaks: list[int] | None = None, v_groups: list[int] | None = None,
           titled_until: int | None = None) -> None:
    ws.print_setup(landscape=landscape, title=f"{f.report}　{ws.name}", paper=f.paper,
                   repeat_rows=repeat if isinstance(repeat, tuple) or repeat is None else (repeat, repeat),
                   repeat_columns=columns,
                   area=(0, 0, max(last_row, 0), max(last_col, 0)), v_breaks=v_breaks, h_breaks=h_breaks, across=True,
                   v_groups=v_groups, titled_until=titled_until)


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


STREAM_FROM_RECORDS = 300  # more records than this: the long sheets are streamed (flat memory)


def write_consolidated(book: SafeBook, batch: Batch, kind: Kind, each=None) -> None:
    """Every sheet of the consolidated workbook, the round's included (io/collection_writer).  The records are
    read once, in file order (``each(record)`` is called on each first); 一覧, 読み取り確認 and the other long
    sheets are streamed, the totals are summed on the way and 記述 reads its records again in its own order."""
    from workbook_tools.io.collection_writer import RoundSheets

    f = _Fmt(book, kind)
    book.title = f.report
    book.stream = len(batch.records) > STREAM_FROM_RECORDS  # a small batch is cheaper written in memory
    summary = book.sheet(SUMMARY)
    listing = _ListSheet(book.sheet(LIST, streamed=True), batch, kind, f)
    totals = book.sheet(TOTALS)
    texts = book.sheet(TEXTS, streamed=True)
    roster = book.sheet(ROSTER, streamed=True)
    write_problems_sheet(book, batch.all_problems, ISSUES)  # filled last: problems noted on the way are in
    round_sheets = RoundSheets(book, batch, kind)
    sums = _Sums(kind)
    text_rows = _TextRows(kind, book.stream)
    try:
        held = batch.held()
        for i, rec in enumerate(batch.records):
            if each is not None:
                each(rec)
            listing.row(i, rec)
            if rec.used:
                sums.add(rec, held[i])
                text_rows.add(rec)
            round_sheets.record(rec)
        _TOTALS_WRITERS[type(kind.consolidation.totals)](book, totals, batch, kind, f, listing.info, sums)
        _write_texts(texts, batch, kind, f, text_rows)
    finally:
        text_rows.close()
    _write_roster(roster, batch, f)
    round_sheets.finish()
    _write_summary(summary, batch, kind, f)
    summary.activate()


class _Sums:
    """What the totals sheet needs of the files used, gathered while 一覧 is written: per checkbox item the
    done / not done counts (ItemTotals); the summed fields of each file and whether it is consistent
    (GroupTotals: a few numbers per file, summed with sum() in file order as before)."""

    def __init__(self, kind: Kind) -> None:
        spec = kind.consolidation.totals
        self.used = 0
        self.items: dict[str, list[int]] = {}
        if isinstance(spec, ItemTotals):
            self.items = {value_key(s.key, fd.key): [0, 0] for s in kind.form.sections for fd in s.checks}
        self.keys = (spec.by, *(c.key for c in spec.columns)) if isinstance(spec, GroupTotals) else ()
        self.spec = spec
        self.rows: list[dict] = []  # GroupTotals: per used file, its grouping and summed values
        self.good: list[dict] = []  # … of the consistent ones
        self.bad: list[FileRecord] = []  # the inconsistent ones (held records: path, problems, grouping value)

    def add(self, rec: FileRecord, held: FileRecord) -> None:
        self.used += 1
        for key, done in self.items.items():
            v = rec.get(key)
            if v is True:
                done[0] += 1
            elif v is False:
                done[1] += 1
        if self.keys:
            row = {k: rec.get(k) for k in self.keys}
            self.rows.append(row)
            if self.spec.consistent(rec):
                self.good.append(row)
            else:
                self.bad.append(held)


class _TextRows:
    """記述's rows of the files used, made in the one pass over the records (file order) and kept until 記述 is
    written in its own order (prefecture, the kind's sort keys, file): in a temporary file (io/spill.RowSpill)
    when the book is streamed, else in memory.  The records are not read a second time."""

    def __init__(self, kind: Kind, spilled: bool) -> None:
        from workbook_tools.io.spill import RowSpill

        spec, form = kind.consolidation, kind.form
        self.pref, self.rest = spec.identity[0], spec.sort
        self.who_keys = list(spec.identity)
        self.fields = [(s, fd) for s, fd in form.all_fields() if fd.type == LONG_TEXT]
        self.text_keys = [value_key(s.key, fd.key) for s, fd in self.fields]
        self.rows = RowSpill() if spilled else []
        self.keys: list[tuple] = []

    def add(self, rec: FileRecord) -> None:
        values = rec.values
        row = [(v.display if v else "") for v in map(values.get, self.who_keys)]
        row += [(v.display if v else "") for v in map(values.get, self.text_keys)]
        row += ["\n".join(f"[{sh}!{c}] {t}" for sh, c, t in rec.extras), rec.path]
        self.keys.append(((prefecture_order(rec.get(self.pref)), *(rec.get(k) or "" for k in self.rest),
                           rec.path), len(self.keys)))
        if isinstance(self.rows, list):
            self.rows.append(row)
        else:
            self.rows.add(row)

    def __len__(self) -> int:
        return len(self.keys)

    def ordered(self):
        """The rows in 記述's order."""
        for _, n in sorted(self.keys, key=lambda t: t[0]):
            yield self.rows[n]

    def close(self) -> None:
        if not isinstance(self.rows, list):
            self.rows.close()


def _write_summary(ws: SafeSheet, batch: Batch, kind: Kind, f: _Fmt) -> None:
    form, spec = kind.form, kind.consolidation
    counts = batch.counts()
    used = sum(1 for r in batch.held() if r.used)
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
    from workbook_tools.io.collection_writer import CHECK_SHEET, REMIND_SHEET, SINCE_SHEET, STATUS_SHEET

    round_notes = ((STATUS_SHEET, "名簿の単組（県本部）ごとの提出の有無と状態"),
                   (REMIND_SHEET, "未提出・再提出を依頼する先の一覧（県本部ごと）"),
                   (SINCE_SHEET, "前回の集約（--since）からの追加・差し替え・取り下げ"),
                   (CHECK_SHEET, "推定や注意の要る読み取りの一覧（「修正値」の列に記入すると、修正を反映して集約し直せます）"))
    written = {sh.name for sh in ws.book.sheets}
    notes += [(name, text) for name, text in round_notes if name in written]  # (the round's sheets, when written)
    for i, (k, v) in enumerate(notes, start=r + 1):
        ws.text(i, 0, k, f.cell)
        ws.text(i, 1, v, f.cell)
    ws.column_width(0, 0, 26)
    ws.column_width(1, 1, 70)
    _print(ws, f, False, r + len(notes), 1)


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
CONTINUED = "（つづき）"  # after a group heading printed again on the next page


class _ListSheet:
    """一覧: two heading rows, then one row per file, written as the records come (a streamed sheet)."""

    def __init__(self, ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt) -> None:
        self.ws, self.entry, self.f = ws, entry, f
        self.cols = cols = _list_columns(entry.form)
        self.derived = entry.consolidation.derived
        self.totals = entry.consolidation.totals
        self.checked = checked = bool(getattr(self.totals, "consistency", ()))  # a column: is the row consistent
        # (the SHA-256 last, off paper: it ties a file to its corrections on screen and means nothing printed)
        extra = [d.label for d in self.derived] + (["整合"] if checked else []) + ["SHA-256"]
        last_row = len(batch.records) + 1
        self.last_col = last_col = len(FIXED) + len(cols) + len(extra) - 1
        _list_layout(ws, batch, entry, cols, last_row, last_col, checked)
        # each section's columns on one page under its heading where they fit; a section wider than a page is split
        # and its heading printed over each part (「新規|採用者」: a section's first columns under the previous heading)
        groups = [len(FIXED) + i for i, c in enumerate(cols) if i == 0 or c[0] != cols[i - 1][0]]
        groups.append(len(FIXED) + len(cols))
        breaks = ws.column_pages(0, last_col - 1, landscape=True, paper=f.paper, repeat=(0, 1), groups=groups)
        _list_heads(ws, batch, cols, extra, f, breaks)
        self.plan = [(len(FIXED) + i, key, kind) for i, (_, _, key, kind) in enumerate(cols)]  # per answer column
        self.info = {"col_of": {(key, kind): len(FIXED) + i for i, (_, _, key, kind) in enumerate(cols)},
                     "first": 2, "last": last_row, "used_col": 3, "consistent_col": last_col - 1 if checked else None}
        _print(ws, f, True, last_row, last_col - 1, (0, 1), columns=(0, 1), v_breaks=breaks, v_groups=groups)

    def row(self, index: int, rec: FileRecord) -> None:
        """One file's row, all its cells given to the sheet together (SafeSheet.put_row)."""
        f = self.f
        cells = _list_fixed(index + 1, rec, f)
        values = rec.values
        cells += [_list_value(c, kind, values.get(key), f) for c, key, kind in self.plan]
        cc = len(FIXED) + len(self.cols)
        for d in self.derived:
            cells.append((cc, d.value(rec, self.entry.rounding), f.rate))
            cc += 1
        if self.checked:
            cells.append((cc, USED_MARK if self.totals.consistent(rec) else "×", f.center))
            cc += 1
        cells.append((cc, _text(rec.sha256), f.cell))
        # a long file name, remark, answer or what was typed (元の記入) wraps: the row grows to show it (cut at the
        # column's edge on paper before)
        ws = self.ws
        ws.fit_row(index + 2, [(cells[1][1], LIST_FILE_WIDTH), (cells[5][1], LIST_REMARK_WIDTH)]
                   + [(t, ws.width(c)) for c, t, _ in cells[len(FIXED):] if type(t) is str and t
                      and c != self.last_col])  # (the SHA-256, last: one line, off paper)
        ws.put_row(index + 2, cells)


def _text(value) -> str:
    """What SafeSheet.text writes for a value (None as an empty text)."""
    return value if type(value) is str else "" if value is None else str(value)


def _list_layout(ws: SafeSheet, batch: Batch, entry: Kind, cols: list, last_row: int, last_col: int,
                 checked: bool) -> None:
    """一覧's panes, filter, column widths and heading heights (set before any row: the sheet is streamed)."""
    ws.freeze(2, 2)
    ws.filter(1, 0, max(last_row, 1), last_col)
    ws.column_width(0, 0, 5)
    ws.column_width(1, 1, LIST_FILE_WIDTH)
    # 状態 and 様式 show their longest word on one line (「テンプレート」 was cut at width 8); 集計対象 holds a mark
    # (its heading wraps: the heading row is taller than two lines anyway)
    for col, words in ((2, [s.value for s in Status]), (4, list(VIA_LABELS.values()))):
        ws.column_width(col, col, max(8, max(text_columns(w) for w in words) + 2))
    ws.column_width(3, 3, 6)
    ws.column_width(5, 5, LIST_REMARK_WIDTH)
    # an answer column is 6 wide (a check), a text answer as wide as its longest choice or a name (_value_width),
    # else 12; wider where its heading would not fit in LIST_HEAD_MAX_PT
    fields = {key: fd for key, _, fd in entry.form.keyed_fields()}
    width = {len(FIXED) + i: _head_width(format_year(label, batch.year), 6 if kind == "check" else
                                         _value_width(fields[key]) if kind == "value" else 12)
             for i, (_, label, key, kind) in enumerate(cols)}
    # a section's heading over its columns in two lines at most (「4．3月末の役職定年者、再任用、再雇用者への対応状況」
    # over two check columns took 80 pt on every printed page): its columns widened for it, one step each at a time
    sections: dict[str, list[int]] = {}
    for i, (h1, _, _, _) in enumerate(cols):
        sections.setdefault(h1, []).append(len(FIXED) + i)
    for h1, cs in sections.items():
        title = format_year(h1, batch.year)
        while wrapped_height(title, sum(width[c] for c in cs)) > LIST_GROUP_FIT_PT and sum(width[c] for c in cs) < 120:
            for c in cs:
                width[c] += 1
    for c, w in width.items():
        ws.column_width(c, c, w)
    ws.column_width(last_col, last_col, 18)  # SHA-256
    if checked:
        ws.column_width(last_col - 1, last_col - 1, 6)  # 整合
    # the column headings (row 2) wrap in their widths: tall enough for the longest (a long check item in a column
    # 6 wide printed over the group heading above it), at most LIST_HEAD_MAX_PT
    need = max(wrapped_height(format_year(label, batch.year), width[len(FIXED) + i])
               for i, (_, label, _, _) in enumerate(cols)) if cols else 0.0
    ws.row_height(1, max(entry.consolidation.list_header_height, min(need, LIST_HEAD_MAX_PT)))


LIST_NAME_WIDTH = 22  # a text answer of 一覧 (a union's name: 「北海道第1職員労働組合」 on one line, 11 characters)
LIST_PERSON_WIDTH = 12  # a person's name (「見本 太郎」)


def _value_width(fd) -> int:
    """An answer column's width for a text answer: its longest choice on one line (「全労連・自治労連」), a typed text
    (a name) LIST_NAME_WIDTH: a row of 一覧 grows to two lines when one of its answers wraps, and every printed page
    of its columns with it (36 pt rows where one line is 18: twice the paper)."""
    if fd.choices:
        return max(12, min(LIST_NAME_WIDTH, max(text_columns(c) for c in fd.choices) + 1))
    return (LIST_PERSON_WIDTH if fd.person else LIST_NAME_WIDTH) if fd.type == TEXT else 12


def _head_width(label: str, width: int) -> int:
    """The width of an answer column of 一覧: ``width``, or wider until its heading fits in LIST_HEAD_MAX_PT."""
    while wrapped_height(label, width) > LIST_HEAD_MAX_PT and width < 40:
        width += 2
    return width


def _list_heads(ws: SafeSheet, batch: Batch, cols: list, extra: list[str], f: _Fmt, breaks=()) -> None:
    """The two heading rows of 一覧 (fixed columns, field groups over field labels, extra columns), row by row:
    the fixed and extra headings are merged over both rows.  A group heading is merged over its columns on each page
    (``breaks``: the printed pages' first columns), 「（つづき）」 after it on the next pages."""
    groups: list[tuple[str, int, int]] = []
    breaks = set(breaks)
    for c, (h1, _, _, _) in enumerate(cols, start=len(FIXED)):
        if groups and groups[-1][0].removesuffix(CONTINUED) == h1 and c in breaks:
            groups.append((h1 + CONTINUED, c, c))
        elif groups and groups[-1][0].removesuffix(CONTINUED) == h1:
            groups[-1] = (groups[-1][0], groups[-1][1], c)
        else:
            groups.append((h1, c, c))
    # the group headings wrap inside their merged width (on each page): tall enough to show them whole
    ws.row_height(0, min(max([wrapped_height(format_year(h, batch.year), sum(ws.width(c) for c in range(c1, c2 + 1)))
                              for h, c1, c2 in groups] + [18.0]), LIST_GROUP_MAX_PT))
    tall = list(enumerate(FIXED)) + list(enumerate(extra, start=len(FIXED) + len(cols)))
    for c, h in tall[:len(FIXED)]:
        ws.merge_top(0, c, 1, c, h, f.head)
    for h1, c1, c2 in groups:
        if c2 > c1:
            ws.merge(0, c1, 0, c2, format_year(h1, batch.year), f.head)
        else:
            ws.text(0, c1, format_year(h1, batch.year), f.head)
    for c, h in tall[len(FIXED):]:
        ws.merge_top(0, c, 1, c, h, f.head)
    for c, _ in tall[:len(FIXED)]:
        ws.blank(1, c, f.head)
    for c, (_, h2, _, _) in enumerate(cols, start=len(FIXED)):
        ws.text(1, c, format_year(h2, batch.year), f.head)
    for c, _ in tall[len(FIXED):]:
        ws.blank(1, c, f.head)


def _list_fixed(n: int, rec: FileRecord, f: _Fmt) -> list:
    """The fixed cells of a 一覧 row [(col, value, fmt)]."""
    status = rec.status
    return [(0, n, f.center), (1, _text(rec.path), f.wrap),
            (2, _text(status), f.refused if status == Status.REFUSED else (f.flag if status == Status.WARN else f.center)),
            (3, _mark(rec), f.center), (4, VIA_LABELS.get(rec.via, ""), f.center), (5, _remark(rec), f.wrap)]


def _list_value(cc: int, kind: str, v, f: _Fmt) -> tuple:
    """One answer cell of 一覧 (col, value, fmt); kind is the column's role (check / number / raw / flag / value).
    Texts are str (written as text), numbers int or float, None a formatted blank."""
    if v is None:
        return cc, None, f.cell
    if kind == "check":
        return cc, _check_text(v), f.center
    if kind == "number":
        value = v.value
        integral = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        return cc, AsNumber(value) if isinstance(value, str) else value, f.int if integral else f.dec
    if kind == "raw":
        return cc, _text(v.raw), f.raw
    flagged = v.flag and v.flag != Flag.BLANK
    if kind == "flag":
        return cc, _text(v.flag) if flagged else "", f.flag if flagged else f.cell
    return cc, _text(v.display), f.flag if flagged else f.wrap  # (a long name wraps: its row grows, see row())


def _list_rows(info: dict) -> tuple[int, int]:
    """一覧's first and last file rows (1-based, as in A1): one empty row when there are no files, never a range
    that ends above its start (Excel would turn $G$3:$G$2 into $G$2:$G$3, a heading row counted)."""
    first = info["first"] + 1
    return first, max(first, info["last"] + 1)


def _write_item_totals(book: SafeBook, ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt, info: dict,
                       sums: _Sums) -> None:
    """ItemTotals: per checkbox item, done / not done / unanswered among the files used, and the rate done."""
    form, rule, spec = entry.form, entry.rounding, entry.consolidation.totals
    heads = ["区分", "取り組み項目", "実施", "未実施", "未回答・項目なし", "報告県数", "実施率"]
    widths = (28, 50, 9, 9, 9, 9, 9)
    ws.fit_row(0, zip(heads, widths))  # (「未回答・項目なし」 wraps in its column: two lines)
    for i, h in enumerate(heads):
        ws.text(0, i, h, f.head)
    used = sums.used
    L = col_letter(info["used_col"])
    first, last = _list_rows(info)
    used_rng = f"'{LIST}'!${L}${first}:${L}${last}"
    r = 1
    # column H, outside the print area: the chart's short labels (they are printed as the chart's categories)
    for s in form.sections:
        for n, fd in enumerate(s.checks, 1):
            key = value_key(s.key, fd.key)
            c = col_letter(info["col_of"][(key, "check")])
            rng = f"'{LIST}'!${c}${first}:${c}${last}"
            done, not_done = sums.items[key]
            label = format_year(fd.label, batch.year)
            ws.text(r, 0, f"{s.number}．{s.resolved_title(batch.year)}", f.wrap)
            ws.text(r, 1, label, f.wrap)
            # the chart's label: the item's number and its first words (a whole item squeezed the bars to a sliver)
            ws.text(r, 7, f"{s.number}-{n} {label if len(label) <= CHART_LABEL_CHARS else label[:CHART_LABEL_CHARS] + '…'}",
                    f.cell)
            ws.formula(r, 2, f'COUNTIFS({rng},"✓",{used_rng},"{USED_MARK}")', done, f.int)
            # not done is a blank cell; count the marked ones and take the rest
            ws.formula(r, 3, f"{a1(r, 5)}-{a1(r, 2)}-{a1(r, 4)}", not_done, f.int)
            ws.formula(r, 4, f'COUNTIFS({rng},"未回答",{used_rng},"{USED_MARK}")+COUNTIFS({rng},"－",{used_rng},'
                             f'"{USED_MARK}")', used - done - not_done, f.int)
            ws.formula(r, 5, f'COUNTIF({used_rng},"{USED_MARK}")', used, f.int)
            ws.formula(r, 6, rule.formula(a1(r, 2), a1(r, 5)), rule.rate(done, used) if used else None,
                       book.fmt(border=1, num_format=rule.number_format(), valign="top"))
            # section names wrap to two lines; a long item to more (its last line was cut in a row of two)
            ws.row_height(r, max(30, wrapped_height(label, widths[1])))
            r += 1
    last_row = r - 1
    for c, w in enumerate(widths):
        ws.column_width(c, c, w)
    ws.column_width(7, 7, CHART_LABEL_CHARS + 6)
    ws.freeze(1, 2)
    if last_row >= 1:
        chart = book.chart({"type": "bar"}, [{
            "name": "実施率", "categories": [TOTALS, 1, 7, last_row, 7], "values": [TOTALS, 1, 6, last_row, 6],
            "fill": {"color": "#5B9BD5"}, "data_labels": {"value": True, "num_format": rule.number_format()}}],
            title={"name": spec.chart_title}, x_axis={"num_format": "0%", "min": 0, "max": 1},
            y_axis={"reverse": True}, legend={"none": True},
            size={"width": 900, "height": min(60 + 22 * last_row, ITEM_CHART_MAX_HEIGHT)})
        ws.chart(last_row + 3, 0, chart)  # (a row into its page: anchored on the break's row, LibreOffice drew a sliver
    # of it at the foot of the page before)
    # the chart starts a page of its own: a block never split across pages
    # (the heading repeated only when the table runs past its first page: else the chart's page held it alone)
    _print(ws, f, True, last_row + 3 + -(-ITEM_CHART_MAX_HEIGHT // ROW_PX), 6, h_breaks=[last_row + 2],
           titled_until=last_row)


def _write_group_totals(book: SafeBook, ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt, info: dict,
                        sums: _Sums) -> None:
    """GroupTotals: sums per prefecture (all 47 rows and a total) with a rate column and a stacked chart.

    With consistency checks, rows failing them are listed and left out of the first table, the rate and
    the chart (整合する回答のみ); a second table shows 全回答.  `batch.include_inconsistent` swaps the two."""
    spec: GroupTotals = entry.consolidation.totals
    used, good, bad = sums.rows, sums.good, sums.bad  # the files used: their grouping and summed values
    tables = [("", used, False)]
    if spec.consistency:
        only, every = ("整合する回答のみ", good, True), ("全回答（整合しない回答を含む）", used, False)
        tables = [every, only] if batch.include_inconsistent else [only, every]
    r, starts, first_total = 0, [], 0
    for heading, records, consistent_only in tables:
        starts.append(r)
        total = _group_table(ws, r, heading, records, consistent_only, entry, f, info)
        first_total = first_total or total
        r = total + 2
    if spec.consistency:
        starts.append(r)
        r = _excluded_rows(ws, r, bad, batch.include_inconsistent, entry, f)
    heads = 3 + len(spec.columns)
    ws.column_width(0, 0, 10)
    ws.column_width(1, heads - 1, 10)  # headings wrap: the table fits a portrait page at a readable scale
    ws.column_width(heads, heads, 2)
    ws.freeze(1 if not spec.consistency else 2, 1)
    top = 1 if spec.consistency else 0
    keys = [(c.key, c.heading(entry.form)) for c in spec.columns]
    col = {key: i for i, (key, _) in enumerate(keys, start=2)}
    _group_chart(book, ws, spec, keys, col, (top + 1, first_total - 1), heads + 1,
                 spec.chart_title + (f"（{tables[0][0]}）" if tables[0][0] else ""))
    # each table on its own page; the chart on a page of its own beside them
    _print(ws, f, False, max(r, CHART_ROWS), heads + CHART_COLS, None, v_breaks=[heads + 1], h_breaks=starts[1:])


def _group_table(ws: SafeSheet, r0: int, heading: str, records: list[dict], consistent_only: bool,
                 entry: Kind, f: _Fmt, info: dict) -> int:
    """One totals table from row r0 (an optional heading row, the column heads, 47 prefectures, 合計)."""
    spec: GroupTotals = entry.consolidation.totals
    keys = [(c.key, c.heading(entry.form)) for c in spec.columns]
    col = {key: i for i, (key, _) in enumerate(keys, start=2)}
    num, den, rate_head = spec.rate
    if heading:
        ws.text(r0, 0, heading, f.section)
        r0 += 1
    for i, h in enumerate(["県本部", "回答単組数"] + [k[1] for k in keys] + [rate_head]):
        ws.text(r0, i, h, f.head)
    ws.row_height(r0, 30)
    first, last = _list_rows(info)
    crit = [(info["used_col"], USED_MARK)] + ([(info["consistent_col"], USED_MARK)] if consistent_only else [])
    crit_text = "".join(f",'{LIST}'!${col_letter(c)}${first}:${col_letter(c)}${last},\"{m}\"" for c, m in crit)
    P = col_letter(info["col_of"][(spec.by, "value")])
    pref_rng = f"'{LIST}'!${P}${first}:${P}${last}"
    f_rate = f.rate  # (top-aligned as the row's other cells: a bottom-aligned rate read as the next row's)
    r = r0 + 1
    by_group: dict[object, list[dict]] = {}  # the records of each prefecture, in one pass (not one per prefecture)
    for x in records:
        by_group.setdefault(x.get(spec.by), []).append(x)
    for p in prefectures():
        mine = by_group.get(p.name, [])
        ws.text(r, 0, p.name, f.cell)
        ws.formula(r, 1, f"COUNTIFS({pref_rng},{a1(r, 0)}{crit_text})", len(mine), f.int)
        for i, (key, _) in enumerate(keys, start=2):
            c = col_letter(info["col_of"][(key, "number")])
            ws.formula(r, i, f"SUMIFS('{LIST}'!${c}${first}:${c}${last},{pref_rng},{a1(r, 0)}{crit_text})",
                       sum(x.get(key) or 0 for x in mine), f.int)
        _group_rate(ws, r, mine, (num, col[num]), (den, col[den]), entry.rounding, len(keys) + 2, f_rate)
        r += 1
    ws.text(r, 0, "合計", f.key)
    for c in range(1, len(keys) + 2):
        ws.formula(r, c, f"SUM({a1(r0 + 1, c)}:{a1(r - 1, c)})",
                   len(records) if c == 1 else sum(x.get(keys[c - 2][0]) or 0 for x in records), f.int)
    _group_rate(ws, r, records, (num, col[num]), (den, col[den]), entry.rounding, len(keys) + 2, f_rate)
    return r


def _excluded_rows(ws: SafeSheet, r: int, bad: list[FileRecord], included: bool, entry: Kind, f: _Fmt) -> int:
    """The rows that fail a consistency check, with the reason; returns the next free row."""
    spec: GroupTotals = entry.consolidation.totals
    ws.text(r, 0, "整合しない回答（" + ("合計・率・グラフに含めています" if included else "合計・率・グラフから除外")
            + f"）{len(bad)} 件", f.section)
    ws.row_height(r, 18)  # the 12-point title
    r += 1
    # 県本部 (A:B: a blank B between it and the file printed as a gap), 単組・ファイル (C:D) and 理由 (E:I), each heading on
    # one line
    ws.merge(r, 0, r, 1, "県本部", f.head)
    ws.merge(r, 2, r, 3, "単組・ファイル", f.head)
    ws.merge(r, 4, r, 8, "理由", f.head)
    r += 1
    for rec in bad:
        why = "；".join(p.message for p in rec.problems if p.code in spec.consistency)
        ws.merge(r, 0, r, 1, rec.get(spec.by) or "", f.cell)
        ws.merge(r, 2, r, 3, rec.path, f.wrap)
        ws.merge(r, 4, r, 8, why, f.wrap)
        ws.fit_row(r, ((why, 4 * 10), (rec.path, 2 * 10)))  # E:I: about four columns of 10 (a narrow spacer among them)
        r += 1
    if not bad:
        ws.text(r, 0, "なし", f.cell)
        r += 1
    return r


def _group_rate(ws: SafeSheet, r: int, records: list[dict], num: tuple[str, int], den: tuple[str, int],
                rule, c: int, fmt) -> None:
    """The rate cell of a totals row: the sums of records as the value, a formula on the row's cells."""
    n = sum(x.get(num[0]) or 0 for x in records)
    d = sum(x.get(den[0]) or 0 for x in records)
    ws.formula(r, c, rule.formula(a1(r, num[1]), a1(r, den[1])), rule.rate(n, d) if d else None, fmt)


def _group_chart(book: SafeBook, ws: SafeSheet, spec: GroupTotals, keys: list, col: dict, rows: tuple[int, int],
                 at: int, title: str) -> None:
    heading = dict(keys)
    first, last = rows
    series = [{"name": heading[key], "categories": [TOTALS, first, 0, last, 0],
               "values": [TOTALS, first, col[key], last, col[key]], "fill": {"color": color},
               "border": {"color": "#404040", "width": 0.5}}  # (a light bar keeps its edge on paper)
              for key, color in spec.chart]
    chart = book.chart({"type": "bar", "subtype": "stacked"}, series, title={"name": title},
                       y_axis={"reverse": True}, legend={"position": "top"},
                       size={"width": CHART_WIDTH, "height": CHART_HEIGHT})
    ws.chart(0, at, chart)


_TOTALS_WRITERS = {ItemTotals: _write_item_totals, GroupTotals: _write_group_totals}


def _write_texts(ws: SafeSheet, batch: Batch, entry: Kind, f: _Fmt, rows: _TextRows) -> None:
    """記述: the free texts of the files used, in its order (the rows gathered in the pass over the records)."""
    form, fields = entry.form, rows.fields
    who = [form.by_key(k)[1].label for k in rows.who_keys]
    heads = who + [(f"{s.number}．" if s.number else "") + (format_year(fd.label, batch.year) if fd.label != "具体的な取り組み"
                                                           else f"{s.resolved_title(batch.year)}（具体的な取り組み）")
                   for s, fd in fields] + ["その他（想定外の場所の記入）", "ファイル"]
    ws.row_height(0, 45)
    for i, h in enumerate(heads):
        ws.text(0, i, h, f.head)
    widths = [10] * len(who) + [45] * len(fields) + [45, 24]
    for r, row in enumerate(rows.ordered(), start=1):
        texts = [_text(text) for text in row]
        ws.fit_row(r, zip(texts[:-1], widths), always=True)  # (the ファイル column is off paper: not its height)
        ws.put_row(r, [(i, t, f.wrap) for i, t in enumerate(texts)])
    for i, w in enumerate(widths):
        ws.column_width(i, i, w)
    ws.freeze(1, len(who))
    ws.filter(0, 0, max(len(rows), 1), len(heads) - 1)
    # the ファイル column stays on screen, off paper: printed, it took a page of its own after the texts (the rows are
    # named by their sender on every page, and 一覧 prints each file's name)
    _print(ws, f, True, len(rows), len(heads) - 2, columns=(0, len(who) - 1))


def _write_roster(ws: SafeSheet, batch: Batch, f: _Fmt) -> None:
    ws.text(0, 0, "区分", f.head)
    ws.text(0, 1, "対象", f.head)
    ws.text(0, 2, "内容", f.head)
    rows = [("未提出", f.refused, name, "提出がありません") for name in batch.roster_missing]
    for rec in batch.held():
        if rec.superseded_by:
            rows.append(("重複", f.flag, rec.path, f"同じ提出元の新しいファイル「{rec.superseded_by}」を集計に使いました"))
        elif rec.status == Status.REFUSED:
            rows.append(("取込不可", f.refused, rec.path, rec.reason))
    rows += [("対象外", f.cell, name, why) for name, why in batch.skipped]
    for r, (what, fmt, target, why) in enumerate(rows, start=1):
        # long file names and reasons wrap: the row grows to show them
        ws.fit_row(r, ((target, ROSTER_TARGET_WIDTH), (why, ROSTER_WHY_WIDTH)))
        ws.text(r, 0, what, fmt)
        ws.text(r, 1, target, f.wrap)
        ws.text(r, 2, why, f.wrap)
    if not rows:
        ws.merge(1, 0, 1, 2, "未提出・重複はありません", f.cell)  # (across the three columns: it ran over the border)
    ws.column_width(0, 0, 10)
    ws.column_width(1, 1, ROSTER_TARGET_WIDTH)
    ws.column_width(2, 2, ROSTER_WHY_WIDTH)
    ws.freeze(1, 0)
    _print(ws, f, True, max(len(rows), 1), 2)  # landscape: the three columns on one page across


def write_long_texts(book: SafeBook, output: Path) -> Path | None:
    """Text over Excel's 32,767 UTF-16 units: the cell keeps the start, the side file keeps it whole."""
    return book.finish()
