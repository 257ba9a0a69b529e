"""The collection round (issue 12): the roster of senders (read from a workbook or CSV, or the kind's
built-in list), corrections read back from a 読み取り確認 sheet, and the previous run's JSON."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from workbook_tools.core.normalize import cell_text, label_key
from workbook_tools.errors import WorkbookToolsError
from workbook_tools.forms.collection import Correction, RosterEntry, roster_entries
from workbook_tools.forms.model import Column, TableDef
from workbook_tools.forms.registry import Kind
from workbook_tools.forms.values import normalize_value

CHECK_SHEET = "読み取り確認"
# columns of the 読み取り確認 sheet: written by io/collection_writer, read back here
CHECK_COLUMNS = (("file", "ファイル"), ("sha256", "SHA-256"), ("sheet", "シート"), ("cell", "セル"), ("key", "項目キー"),
                 ("label", "項目"), ("raw", "読み取った文字"), ("value", "値"), ("flag", "フラグ"), ("why", "理由"),
                 ("fix", "修正値"), ("by", "修正者"), ("on", "修正日"))


def sender_keys(entry: Kind) -> tuple[str, ...]:
    return entry.consolidation.roster.keys


def roster_table(entry: Kind) -> TableDef:
    """The roster's columns: the kind's sender fields, found by their labels and aliases."""
    cols = []
    for key in sender_keys(entry):
        f = entry.form.by_key(key)[1]
        cols.append(Column(key, f.label, aliases=f.aliases))
    return TableDef("roster", "名簿", tuple(cols))


def read_entries(entry: Kind, path: Path | None) -> list[RosterEntry] | None:
    """The senders expected: from the roster file, else the kind's built-in list (None if it has none)."""
    keys = sender_keys(entry)
    if path is None:
        senders = entry.consolidation.roster.default_senders()
        return None if senders is None else roster_entries(entry.name, keys, [(i + 1, s) for i, s in enumerate(senders)])
    raw_rows = _csv_rows(path, entry) if path.suffix.lower() == ".csv" else _book_rows(path, entry)
    rows = []
    for n, values in raw_rows:
        texts = tuple(_text(entry, k, values.get(k)) for k in keys)
        if texts[-1]:
            rows.append((n, texts))
    if not rows:
        raise WorkbookToolsError("名簿に提出元が 1 件もありません", file=path.name, code="roster_empty")
    return roster_entries(entry.name, keys, rows)


def _text(entry: Kind, key: str, raw) -> str:
    v = normalize_value(entry.form.by_key(key)[1], raw).value
    return str(v or "").strip()


def _book_rows(path: Path, entry: Kind) -> list[tuple[int, dict]]:
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.table import find_header, read_table

    table = roster_table(entry)
    book = open_book(path)
    for name in book.sheet_names:
        sh = book.sheet(name)
        if find_header(sh, table):
            return [(r.row + 1, r.values) for r in read_table(sh, table, path.name)]
    heads = "・".join(c.label for c in table.columns)
    raise WorkbookToolsError(f"名簿に「{heads}」の見出しが見つかりません", file=path.name, code="roster_header")


def _csv_rows(path: Path, entry: Kind) -> list[tuple[int, dict]]:
    import csv

    data = path.read_bytes()
    for enc in ("utf-8-sig", "cp932"):
        try:
            rows = list(csv.reader(data.decode(enc).splitlines()))
            break
        except UnicodeDecodeError:
            continue
    else:
        raise WorkbookToolsError("名簿の文字コードが分かりません（UTF-8 か Shift_JIS で保存してください）", file=path.name)
    head = [label_key(h) for h in (rows[0] if rows else [])]
    where = {}
    for col in roster_table(entry).columns:
        hit = [i for i, h in enumerate(head) if h in col.label_keys()]
        if not hit:
            raise WorkbookToolsError(f"名簿に「{col.label}」の見出しが見つかりません", file=path.name, code="roster_header")
        where[col.key] = hit[0]
    return [(n + 1, {k: (r[i] if i < len(r) else "") for k, i in where.items()}) for n, r in enumerate(rows) if n]


def read_corrections(path: Path) -> list[Correction]:
    """The rows of a 読み取り確認 sheet whose 修正値 is filled in."""
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.table import read_table

    table = TableDef("corrections", CHECK_SHEET, tuple(Column(k, label, required=k in ("file", "sha256", "key", "fix"))
                                                       for k, label in CHECK_COLUMNS))
    book = open_book(path)
    if CHECK_SHEET not in book.sheet_names:
        raise WorkbookToolsError(f"「{CHECK_SHEET}」シートがありません", file=path.name, code="no_corrections_sheet")
    out = []
    for r in read_table(book.sheet(CHECK_SHEET), table, path.name):
        fix = r.values.get("fix")
        if fix in (None, ""):
            continue
        when = r.values.get("on")
        out.append(Correction(str(r.values.get("file") or ""), str(r.values.get("sha256") or ""),
                              str(r.values.get("key") or ""), _cell_text(fix), str(r.values.get("by") or ""),
                              _cell_text(when), f"{path.name} / {CHECK_SHEET} / {r.cells['fix']}"))
    return out


def _cell_text(v) -> str:
    """A typed correction or its date as text (a date with a time keeps only the date)."""
    return v.date().isoformat() if isinstance(v, dt.datetime) else cell_text(v)


def read_previous(path: Path) -> dict:
    """A previous run's JSON (--json), checked to have what the comparison reads; a Japanese error otherwise."""
    from workbook_tools.io.files import read_error_reason

    def refuse(why: str, exc: BaseException | None = None):
        raise WorkbookToolsError(f"前回の結果（JSON）を読めません（{why}）", file=str(path),
                                 code="since_unreadable") from exc
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        refuse(read_error_reason(exc), exc)
    except UnicodeDecodeError as exc:
        refuse("UTF-8 のテキストではありません", exc)
    except ValueError as exc:
        refuse(f"JSON の形式ではありません: {getattr(exc, 'lineno', '?')} 行目", exc)
    rounds = data.get("round", []) if isinstance(data, dict) else None
    if not (isinstance(data, dict) and _records_of(data.get("files"), "file")
            and _records_of(rounds, "id", "status", "label") and all(_records_of(r.get("files", []), "file")
                                                                    for r in rounds)):
        refuse("このツールが --json で書き出した集約結果ではありません")
    return data


def _records_of(items, *keys: str) -> bool:
    """True when ``items`` is a list of objects, each with a text under every one of ``keys``."""
    return isinstance(items, list) and all(isinstance(i, dict) and all(isinstance(i.get(k), str) for k in keys)
                                           for i in items)
