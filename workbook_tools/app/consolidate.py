"""Reports C and D: consolidate a folder of submitted workbooks.

Per file (in an isolated worker): hash, sniff and bound, read, locate the
form's fields, normalise, check.  Then, in the parent: roster (missing,
duplicates, unknown), totals, and the output workbook.  A bad file becomes
a row with its reason; the batch always goes on.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbook_tools.core.normalize import Flag, cell_text, date_candidates, parse_date
from workbook_tools.errors import ERROR, INFO, WARNING, Problem, WorkbookToolsError, display_name
from workbook_tools.forms import registry
from workbook_tools.forms.model import (CHECK, OUTSIDE_LIMITS, PROP_OUTPUT_KIND, PROP_SUBMISSION, Field, FormDef,
                                         Section, format_year)
from workbook_tools.forms.records import Batch, FileRecord, Status
from workbook_tools.forms.registry import Kind
from workbook_tools.forms.values import FLAG_UNKNOWN_PREF, AnswerFlag, FieldValue, normalize_value

STATUS_OK, STATUS_WARN, STATUS_REFUSED = Status.OK, Status.WARN, Status.REFUSED  # kept for callers of this module
EXTENSIONS = (".xlsx", ".xlsm", ".xls")
__all__ = ["Batch", "FileRecord", "Status", "consolidate", "discover", "write_json", "write_workbook"]


@dataclass(frozen=True)
class Task:
    path: str
    root: str
    kind: Kind | str  # the registry entry travels to the worker (a kind registered at run time works too); or its name
    year: int | None
    password: str | None = None
    strict: bool = False  # inferred readings are warnings (--strict)

    @property
    def entry(self) -> Kind:
        if isinstance(self.kind, Kind):
            return registry.canonical(self.kind)
        return registry.get(self.kind, consolidating=True)


def require_defusedxml() -> None:
    """openpyxl only guards against XML bombs when defusedxml is installed: insist on it."""
    try:
        import defusedxml  # noqa: F401 - only its presence matters
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise WorkbookToolsError("defusedxml がインストールされていません（pip install defusedxml）。"
                                 "XML 爆弾への防御がないため処理を中止しました", code="no_defusedxml") from exc


def sha256_of(path: Path, timeout: float = 60.0) -> str:
    """SHA-256 of a regular file, within a time limit (RefusedFile with a Japanese reason otherwise)."""
    from workbook_tools.io.files import sha256_file

    return sha256_file(path, timeout)


def process_file(task: Task) -> FileRecord:
    """Everything about one submission.  Runs in a worker process; never raises
    for a bad input (the reason is in the record).  The file is read once: rec.sha256 is the
    SHA-256 of the very bytes that were checked and parsed (not of a second read)."""
    path = Path(task.path)
    rec = FileRecord(display_name(str(path.relative_to(task.root)) if task.root else path.name))
    entry = task.entry
    try:
        loc = _read(path, rec, task)
    except WorkbookToolsError as exc:
        rec.refuse(exc.message)
        rec.problems.append(Problem(ERROR, exc.message, rec.path, exc.sheet, exc.cell, _action(exc.code), exc.code))
        return rec
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a reader bug (even a Rust panic) must cost one file, not the batch
        rec.refuse("読み込み中にエラーが発生しました（読み込みライブラリが処理できない壊れ方です）")
        rec.problems.append(Problem(ERROR, rec.reason, rec.path, code="reader_error",
                                    action="Excel で開いて「名前を付けて保存」し直したものを再提出してもらってください"))
        return rec
    try:
        _answers(rec, loc, entry, task)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - a bug on an odd value costs this file, said in Japanese, not the batch
        rec.values.clear()
        rec.refuse("読み取った値の処理中に予期しないエラーが起きました（ツールの不具合の可能性があります）")
        rec.problems.append(Problem(ERROR, f"{rec.reason}: {type(exc).__name__}", rec.path, loc.sheet,
                                    action="このファイルと検証結果をツールの担当者に知らせてください", code="internal_error"))
    return rec


def _answers(rec: FileRecord, loc, entry: Kind, task: Task) -> None:
    """The located cells' values normalised into the record, and every problem they raise."""
    form = entry.form
    rec.via, rec.sheet = loc.via, loc.sheet
    for key, s, f, where in _fields(form):
        found = loc.values.get(where)
        rec.values[key] = normalize_value(f, found.raw, how=found.how, sheet=found.sheet, cell=found.cell,
                                          rule=found.rule) if found else normalize_value(f, None, how="missing")
    rec.problems.extend(_location_problems(rec, loc, form, task.year))
    rec.problems.extend(_inferred_problems(rec, form, task.strict))
    rec.problems.extend(_value_problems(rec, form))
    for check in entry.consolidation.checks:
        rec.problems.extend(check.run(rec, form, entry.rounding))
    if any(p.severity in (WARNING, ERROR) for p in rec.problems):
        rec.status = Status.WARN


_FIELDS: dict[int, tuple[FormDef, tuple]] = {}  # id(form) → (form, its fields); the entry keeps its object


def _fields(form: FormDef) -> tuple[tuple[str, Section, Field, tuple[str, str]], ...]:
    """(value key, section, field, (section key, field key)) of every field in form order, built once
    per form and process (not per file)."""
    hit = _FIELDS.get(id(form))
    if hit is None or hit[0] is not form:
        hit = _FIELDS[id(form)] = (form, tuple((key, s, f, (s.key, f.key)) for key, s, f in form.keyed_fields()))
    return hit[1]


def _read(path: Path, rec: FileRecord, task: Task):
    """Read the file's bytes once, open them (sniffed and bounded) and locate the form's fields; notes
    about the file go on rec.  rec.sha256 is the SHA-256 of the very bytes that were checked and parsed."""
    from multiprocessing import parent_process

    from workbook_tools.io.files import read_error_reason, read_regular
    from workbook_tools.io.locate import locate, stamped_kind
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.safety import DEFAULT_LIMITS

    try:
        st = path.stat()
        rec.size, rec.mtime = st.st_size, st.st_mtime
        # a worker process is under the parent's deadline: no reading thread of its own
        data, rec.sha256 = read_regular(path, DEFAULT_LIMITS.max_file_bytes,
                                        None if parent_process() else 60.0)
        book = open_book(path, password=task.password, data=data)  # data None (too big): refused by its size
    except OSError as exc:  # deleted, locked or unreadable since it was found
        raise WorkbookToolsError(read_error_reason(exc), file=rec.path, code="read_error") from exc
    other = registry.find(stamped_kind(book))
    if book.properties.get(PROP_OUTPUT_KIND) or (other is not None and other.name != task.entry.name):
        book.scan_all_sheets()  # refused below: first every sheet's pre-check, as for any file
        rec.submission_id = book.properties.get(PROP_SUBMISSION, "")
        _notes(rec, book)
        if book.properties.get(PROP_OUTPUT_KIND):
            raise WorkbookToolsError("このツールが書き出した集約結果のブックです（提出されたファイルではないため読みません）",
                                     file=rec.path, code="own_output")
        assert other is not None
        title = other.form.title.split("（")[0] if isinstance(other.definition, FormDef) else other.title
        raise WorkbookToolsError(f"このファイルは「{title}」の様式です", file=rec.path, code="wrong_form")
    # a sheet's pre-check runs when it is loaded (io.readers.Book.sheet): a refusal there leaves no id or notes
    loc = locate(book, task.entry.form, year=task.year)
    book.finish_reading()  # DDE formulas of sheets nothing loaded (a template's list sheet) still noted
    rec.submission_id = book.properties.get(PROP_SUBMISSION, "")
    _notes(rec, book)  # formulas counted by the pre-check of every sheet read
    if loc.labels_seen == 0:
        raise _not_this_form(book, task, loc, rec.path)
    return loc


OTHER_FORM_LABELS = 3  # another kind's labels on a sheet at least this often: the file is that kind's form


def _not_this_form(book, task: Task, loc, path: str) -> WorkbookToolsError:
    """Why a file in which none of the form's labels is printed is not read: it has no entries at all, it is
    another kind's form (as many of its labels as OTHER_FORM_LABELS), or it is some other workbook."""
    from workbook_tools.io.locate import label_score

    title = task.entry.form.title.split("（")[0]
    if not loc.filled:
        return WorkbookToolsError(f"ブックに記入がありません（「{title}」の様式の項目も答えもありません）", file=path,
                                  code="blank_book")
    scores = [(label_score(book, k.form, task.year), k) for k in registry.consolidated() if k.name != task.entry.name]
    score, other = max(scores, key=lambda t: t[0], default=(0, None))
    if other is not None and score >= OTHER_FORM_LABELS:
        return WorkbookToolsError(f"このファイルは「{other.form.title.split('（')[0]}」の様式のようです（「{title}」の"
                                  "項目が 1 つもありません）", file=path, code="wrong_form")
    return WorkbookToolsError(f"「{title}」の様式の項目が 1 つも見つかりません（別のファイルの可能性があります）",
                              file=path, code="not_the_form")


def _notes(rec: FileRecord, book) -> None:
    """What the pre-check found about the file (macros, links, DDE, formulas without a result …)."""
    sniffed = book.sniffed
    if sniffed.has_macros:
        rec.notes.append("マクロを含むブックです（マクロは実行していません）")
    if sniffed.external_links:
        rec.notes.append(f"外部リンクが {sniffed.external_links} 件あります（出力には含めていません）")
    if sniffed.dde_formulas:
        rec.notes.append(f"外部プログラムを呼ぶ数式（DDE）が {sniffed.dde_formulas} 件あります（実行していません）")
    if sniffed.uncached_formulas or sniffed.name_errors:  # (a text Excel made a formula of, read as typed: said)
        rec.problems.extend(_uncached_problems(rec, book))
    rec.notes.extend(sniffed.notes)


def _uncached_problems(rec: FileRecord, book) -> list[Problem]:
    """Formulas saved without their result, on the sheets read: worked out (one INFO per sheet) or left blank (a
    warning per cell: Book.formula_problems); texts Excel made formulas of, read as typed (a warning each).  Those on
    sheets never read are not said (nothing was read there)."""
    return book.formula_problems(rec.path)


EXTRAS_NAMED = 20  # answers in unexpected places named one per line; the rest of a file's in one line


def _kept_entries(rec: FileRecord, entries, one: str, rest_text: str, action: str, code: str) -> list[Problem]:
    """Cells the reader did not place, each kept in the record as Excel shows it; the first EXTRAS_NAMED named by
    a warning each (``one`` with the text), the rest counted in one warning (``rest_text`` with their number and
    sheets) naming the first of them."""
    out = []
    for n, (sheet, cell, value) in enumerate(entries):
        text = cell_text(value)
        rec.extras.append((sheet, cell, text))
        if n < EXTRAS_NAMED:
            out.append(Problem(WARNING, one.format(text[:40]), rec.path, sheet, cell, action, code))
    if len(entries) > EXTRAS_NAMED:  # one line for the rest: a sheet of other data made one per cell
        rest = entries[EXTRAS_NAMED:]
        names = list(dict.fromkeys(sheet for sheet, _, _ in rest))
        sheets = "・".join(names[:5]) + ("など" if len(names) > 5 else "")
        out.append(Problem(WARNING, rest_text.format(len(rest), sheets), rec.path, rest[0][0], rest[0][1], action,
                           code))
    return out


def _location_problems(rec: FileRecord, loc, form: FormDef, year: int | None) -> list[Problem]:
    """Answers in unexpected places, missing sections, another template version or year."""
    out = _kept_entries(rec, loc.extras, "様式の想定外の場所に記入があります: 「{}」",
                        "ほかにも様式の想定外の場所に {:,} か所の記入があります（{}）。別の種類の表か、様式にない書き込みの可能性があります",
                        "内容を確認してください（「記述」シートの「その他」に残しています）", "unexpected_place")
    out += _kept_entries(rec, loc.hidden, "非表示の行・列に記入があります（答えとしては読んでいません）: 「{}」",
                         "ほかにも非表示の行・列に {:,} か所の記入があります（{}）",
                         "前年度の記入などが残っていないか、表示して確認してください", "hidden_entry")
    broken = getattr(loc, "broken_names", ())
    if broken:
        labels = "・".join(f"「{format_year(b, year)}」" for b in broken[:3]) + ("など" if len(broken) > 3 else "")
        out.append(Problem(WARNING, f"様式の入力欄の名前（{labels}）の参照先がなくなっている（#REF!）ため、名前を使わずに"
                                    "見出しの文字で読みました", rec.path, loc.sheet, "",
                           "入力欄を切り取って貼り付けていないか確認してください（値の移動はコピーと「値の貼り付け」で）",
                           "broken_names"))
    blank = getattr(loc, "blank_original", "")
    if blank:
        out.append(Problem(INFO, f"様式のシート「{blank}」には記入がなく、そのコピーのシート「{loc.sheet}」に記入があるため、"
                                 f"「{loc.sheet}」を読みました", rec.path, loc.sheet, "",
                           "読むシートが違うときは、使わないシートを消してから読み直してください", "filled_copy_read"))
    for sheet, who in getattr(loc, "other_copies", ()):
        if who:
            out.append(Problem(WARNING, f"シート「{sheet}」は別の提出者（{who}）の記入済みの様式と思われるため読んでいません"
                                        f"（このファイルからはシート「{loc.sheet}」を読みました）", rec.path, sheet, "",
                               "1 ファイルに 1 つの様式で提出してもらうか、シートを別のファイルに分けて読み直してください",
                               "other_sender_sheet"))
        else:
            out.append(Problem(INFO, f"シート「{sheet}」は同じ様式の記入済みの写し（下書き・前回分など）と思われるため読んでいません"
                                     f"（シート「{loc.sheet}」を読みました）", rec.path, sheet, "",
                               "読むシートが違うときは、使わないシートを消してから読み直してください", "form_copy_sheet"))
    for sheet, rows, what, by_year, read, n in getattr(loc, "other_blocks", ()):
        how = "年度の新しいもの" if by_year else "いちばん下のもの"
        out.append(Problem(INFO if by_year else WARNING,
                           f"シート「{sheet}」には記入済みの様式が {n} つあるため、{how}（{read} から）を読み、{rows.split(':')[0]} "
                           f"からの{what if by_year else ''}様式は読んでいません", rec.path, sheet, rows,
                           "読む様式が違うときは、使わない方を消してから読み直してください", "form_twice_on_sheet"))
    if getattr(loc, "asked_by_number", None):
        answers, questions, n = loc.asked_by_number
        out.append(Problem(INFO, f"シート「{answers}」の設問番号（Q1 など {n} 問）を、シート「{questions}」の設問に置き換えて"
                                 "読みました", rec.path, answers, "", "番号と設問の対応が正しいか確認してください",
                           "questions_by_number"))
    for sheet, filled in loc.unread_sheets:
        out.append(Problem(INFO, f"シート「{sheet}」（記入のあるセル {filled:,} 個）は様式のシートではないため読んでいません",
                           rec.path, sheet, "", "様式の記入が残っていないか確認してください", "unread_sheet"))
    for title in loc.missing_sections:
        out.append(Problem(WARNING, f"「{title}」の欄が見つかりません（古い様式の可能性）", rec.path, loc.sheet, "",
                           "最新のテンプレートでの再提出を依頼してください", "missing_section"))
    if loc.via == "template" and loc.template_version and loc.template_version.split(".")[0] != form.version.split(".")[0]:
        out.append(Problem(WARNING, f"テンプレートの版が違います（{loc.template_version}、現在 {form.version}）",
                           rec.path, loc.sheet, "", code="template_version"))
    if year and loc.year and loc.year != year:
        out.append(Problem(WARNING, f"{loc.year}年度のテンプレートです（集計対象は {year}年度）", rec.path,
                           loc.sheet, "", code="template_year"))
    return out


def _inferred_problems(rec: FileRecord, form: FormDef, strict: bool) -> list[Problem]:
    """Readings that were inferred, not read: one line per rule (a warning under --strict)."""
    from workbook_tools.io.locate import DONE_ONLY_RULE  # (loaded already: the file was just located)

    by_rule: dict[str, list[str]] = {}
    for key, s, f, _ in _fields(form):
        v = rec.values[key]
        if v.how == "inferred":
            by_rule.setdefault(v.rule, []).append(v.cell or key)
    return [Problem(WARNING if strict else INFO, f"{rule}（{len(cells)} 件）", rec.path, rec.sheet,
                    "・".join(dict.fromkeys(cells)),  # (values read from one cell: the cell named once)
                    "印のない項目が本当に未実施か確認してください" if rule == DONE_ONLY_RULE
                    else "元のファイルで推定した値が正しいか確認してください", "inferred_reading")
            for rule, cells in by_rule.items()]


def _action(code: str) -> str:
    return {
        "encrypted": "パスワードを聞いて --password で指定するか、保護を外したファイルを再提出してもらってください",
        "strict_ooxml": "Excel で「Excel ブック (*.xlsx)」形式で保存し直してもらってください",
    }.get(code, "提出者に正しいファイルの再提出を依頼してください")


_PROBLEM_FLAGS = frozenset({FLAG_UNKNOWN_PREF, Flag.DATE_UNKNOWN, AnswerFlag.NOT_CHOICE, Flag.UNPARSEABLE,
                            Flag.ERA_IMPLIED, Flag.TWO_DIGIT_YEAR, Flag.SUM, Flag.CORRECTED, Flag.SPACED})


def _value_problems(rec: FileRecord, form: FormDef) -> list[Problem]:
    out = []
    for key, s, f, _ in _fields(form):
        v = rec.values[key]
        if f.limits is not None and type(v.value) in (int, float) and not _within(v.value, f):
            out.append(_out_of_range(rec, f, v))
        if f.person and v.value not in (None, "") and _is_date(v.raw):  # 「2027-02-12」 as the 作成者: a row slipped
            out.append(Problem(WARNING, f"「{f.label}」の欄が日付（{cell_text(v.raw)}）です", rec.path, v.sheet, v.cell,
                               "見出しの行と値が 1 行ずれて入力されていないか確認してください", "person_is_date"))
        if v.flag not in _PROBLEM_FLAGS and not (f.required and v.value is None):
            continue  # most values: nothing to say
        label = f.label if f.type != CHECK else f"{s.number}．{f.label[:20]}"
        if f.required and v.value is None:
            out.append(Problem(WARNING, f"「{label}」が空欄です", rec.path, v.sheet, v.cell, code="required_blank"))
        elif v.flag == FLAG_UNKNOWN_PREF:
            out.append(Problem(WARNING, f"県名「{v.raw}」が分かりません", rec.path, v.sheet, v.cell, code="unknown_pref"))
        elif v.flag in (Flag.DATE_UNKNOWN, AnswerFlag.NOT_CHOICE, Flag.UNPARSEABLE):
            cands = date_candidates(v.raw) if v.flag == Flag.DATE_UNKNOWN else []
            hint = f"。候補: {'、'.join(cands)}" if cands else ""
            out.append(Problem(WARNING, f"「{label}」の値「{v.raw}」を読み取れません（{v.flag}）{hint}", rec.path,
                               v.sheet, v.cell, code="unreadable_value"))
        elif v.flag in (Flag.ERA_IMPLIED, Flag.TWO_DIGIT_YEAR):
            out.append(Problem(INFO, f"「{label}」の「{v.raw}」を {v.value} と読みました（{v.flag}）", rec.path, v.sheet,
                               v.cell, code="date_guess"))
        elif v.flag == Flag.CORRECTED:  # 「250→262」: the sender corrected it in the cell; the new value is read
            out.append(Problem(INFO, f"「{label}」の「{v.raw}」を訂正後の {v.display} と読みました", rec.path, v.sheet,
                               v.cell, code="corrected_value"))
        elif v.flag == Flag.SPACED:  # 「1 250」: one number with a converter's spaces (or two answers run together)
            out.append(Problem(INFO, f"「{label}」の「{v.raw}」を空白を詰めて {v.display} と読みました", rec.path, v.sheet,
                               v.cell, code="spaced_number", action="2 つの数が並んだものでないか確認してください"))
        elif v.flag == Flag.SUM:  # 「212+35」: added up, said so that the sender's meaning can be checked
            out.append(Problem(WARNING, f"「{label}」の「{v.raw}」を足し算して {v.value} と読みました", rec.path, v.sheet,
                               v.cell, code="sum_read", action="合計でよいか確認してください"))
    return out


def _is_date(raw) -> bool:
    """A cell that is a date and nothing else (a date value, 「2027/2/12」, 「令和9年2月12日」)."""
    if isinstance(raw, (dt.date, dt.datetime)):
        return True
    if not isinstance(raw, str) or not any(ch.isdigit() for ch in raw) or len(raw) > 20:
        return False
    reading = parse_date(raw)
    return reading.flag == Flag.OK and reading.day is not None


def _within(value: int | float, f: Field) -> bool:
    low, high = f.limits
    return low <= value <= high and (not f.whole or type(value) is int or value.is_integer())


def _out_of_range(rec: FileRecord, f: Field, v: FieldValue) -> Problem:
    """An answer no sender can have (Field.limits): a warning on its cell; the value stays as written."""
    low, high = f.limits
    bounds = f"{low:,}～{high:,}" + (" の整数" if f.whole else "")
    return Problem(WARNING, f"「{f.long_label}」の値「{v.raw}」が想定の範囲（{bounds}）を外れています", rec.path, v.sheet,
                   v.cell, "提出者に数字を確認してください（一覧には記入どおりに載せ、集計表の「整合する回答のみ」からは除いています）",
                   OUTSIDE_LIMITS)


def discover(root: Path, exclude=()) -> tuple[list[Path], list[tuple[str, str]]]:
    """Workbooks under root, recursively, in a stable order; and every entry passed over, with why.

    Only regular files inside root are returned: links out of the folder, broken links, pipes,
    devices, linked folders, our own outputs (`exclude`) and temporary files are listed instead."""
    from workbook_tools.io.files import read_error_reason

    root_real = os.path.realpath(root)
    own = {os.path.normcase(os.path.realpath(p)) for p in exclude}
    found: list[tuple[str, Path]] = []  # (relative path folded, path): the order files are read and listed in
    skipped: list[tuple[str, str]] = []

    def unreadable(exc: OSError) -> None:
        where = display_name(os.path.relpath(exc.filename, root)) if exc.filename else "."
        skipped.append((where, "フォルダを読めませんでした: " + read_error_reason(exc)))

    real_dirs = {os.fspath(root): root_real}  # each folder walked, resolved (linked folders are not entered)
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        real_dir = real_dirs.pop(dirpath, None) or os.path.realpath(dirpath)
        prefix = os.path.relpath(dirpath, root) + os.sep if dirpath != os.fspath(root) else ""
        dirnames.sort(key=str.casefold)
        for name in list(dirnames):
            why = _folder_refusal(Path(dirpath) / name, root_real)
            if why:
                dirnames.remove(name)
                skipped.append((display_name(str((Path(dirpath) / name).relative_to(root))), why))
            else:
                real_dirs[os.path.join(dirpath, name)] = os.path.join(real_dir, name)
        for name in sorted(filenames, key=str.casefold):
            p = Path(dirpath) / name
            why = _file_refusal(p, name, root_real, own, real_dir)
            if why is None:
                found.append(((prefix + name).casefold(), p))
            elif why:
                skipped.append((display_name(prefix + name), why))
    found.sort(key=lambda kp: kp[0])
    return [p for _, p in found], skipped


def _folder_refusal(path: Path, root_real: str) -> str | None:
    """A linked folder (symlink or junction) is not followed: it could lead out of the input folder or loop."""
    from workbook_tools.io.files import within

    real = os.path.realpath(path)
    if os.path.islink(path) or not within(real, root_real) \
            or os.path.normcase(real) != os.path.normcase(os.path.join(os.path.realpath(path.parent), path.name)):
        return "フォルダへのリンクのため中は読みませんでした"
    return None


def _file_refusal(p: Path, name: str, root_real: str, own: set[str], real_dir: str) -> str | None:
    """None to read the file, "" to pass over it silently (dot files), else the Japanese reason.
    `real_dir`: the resolved path of the file's folder (see entry_refusal)."""
    from workbook_tools.io.files import entry_refusal
    from workbook_tools.io.outputs import is_own_temp

    if is_own_temp(name):
        return "このツールの一時ファイルのため読み込みませんでした"
    if own and os.path.normcase(os.path.join(real_dir, name) if not os.path.islink(p) else os.path.realpath(p)) in own:
        return "このツールの今回の出力ファイルのため読み込みませんでした"
    if name.startswith("~$"):
        return "Excel の一時ファイル（ロックファイル）のため読み込みませんでした"
    # the text after the last dot (Path.suffix gives "" for a file named just ".xlsx": it was passed over unlisted)
    if ("." + name.rsplit(".", 1)[-1].lower() if "." in name else "") not in EXTENSIONS:
        return "" if name.startswith(".") else \
            f"Excel ブックの拡張子（{'・'.join(EXTENSIONS)}）ではないため読み込みませんでした"
    return entry_refusal(p, root_real, real_dir)


def _settle_hashes(files: list[Path], root: Path, batch: Batch, timeout: float, rehashed) -> list[Problem]:
    """Inputs are never modified: each file is hashed once more after its worker has read it (``rehashed``, an
    io/files.HashLater: the files _run handed to it as their records arrived, by index; any other file is
    hashed here) and compared with the hash the worker took of the very bytes it read (a
    changed or vanished file is reported, not raised).  A file the worker could not hash (crashed, timed out,
    or the file could not be opened) is hashed here: its record takes that hash, or, when this fails too,
    becomes a refusal naming the reason."""
    out = []
    held = batch.held()
    for i, p in enumerate(files):
        rec = held[i]
        rel = display_name(str(p.relative_to(root)))
        try:
            now = rehashed.result(i, timeout) if i in rehashed else sha256_of(p, timeout)
        except WorkbookToolsError as exc:
            if rec.sha256:
                out.append(Problem(ERROR, f"処理の後で入力ファイルを確かめられませんでした: {exc.message}", rel,
                                   code="input_changed"))
            else:
                _refuse_unhashable(batch, i, rel, exc)
            continue
        if not rec.sha256:
            rec.sha256 = now
        elif now != rec.sha256:
            out.append(Problem(ERROR, "処理中に入力ファイルが変更されました（他のプログラムが書き込んだ可能性）", rel,
                               code="input_changed"))
    return out


def _refuse_unhashable(batch: Batch, index: int, rel: str, exc: WorkbookToolsError) -> None:
    """The record of a file that cannot even be hashed: refused with the reason, nothing else kept."""
    from dataclasses import fields

    fresh = FileRecord(rel, status=Status.REFUSED, reason=exc.message)
    fresh.problems.append(Problem(ERROR, exc.message, rel, code=exc.code or "read_error",
                                  action="ファイルの場所と状態を確認してください"))
    rec = batch.edit(index)
    for f in fields(FileRecord):
        setattr(rec, f.name, getattr(fresh, f.name))


def consolidate(kind: str, root: Path, *, year: int | None = None, jobs: int | None = None,
                password: str | None = None, roster: Path | None = None, timeout: float = 60.0,
                isolate: bool = True, progress=None, corrections: Path | None = None,
                since: Path | None = None, exclude=(), strict: bool = False,
                max_memory_mb: float | None = None,
                found: tuple[list[Path], list[tuple[str, str]]] | None = None) -> Batch:
    """Read every workbook under root; then corrections, the roster rule, the round's tracking (with a roster,
    or the kind's built-in list) and the comparison with a previous run's JSON.  `exclude`: this run's own
    output paths (never read as submissions, even inside the folder).  `strict`: inferred readings are
    warnings.  `found`: what discover(root, exclude) gave the caller (e.g. to size a progress bar), so the
    folder is not listed twice."""
    from workbook_tools.app.collection import read_corrections, read_entries, read_previous

    entry = registry.get(kind, consolidating=True)
    rule = entry.consolidation.roster
    if roster is not None and not rule.takes_file:
        raise WorkbookToolsError(f"{entry.label}（{entry.title}）の集約では名簿（--roster）は使えません", code="no_roster")
    require_defusedxml()
    root = Path(root)
    if not root.is_dir():
        raise WorkbookToolsError(f"フォルダ {root} がありません", file=str(root))
    entries = read_entries(entry, roster)  # a bad roster stops the run before any file is read
    fixes = read_corrections(corrections) if corrections is not None else None
    previous = read_previous(since) if since is not None else None
    started = dt.datetime.now().isoformat(timespec="seconds")
    files, skipped = found if found is not None else discover(root, exclude)
    # a built-in kind travels by name (a pickled FormDef per file cost ~0.7 ms and made the parent the bottleneck)
    ref = entry.name if registry.importable(entry) else entry
    tasks = [Task(str(p), str(root), ref, year, password, strict) for p in files]
    from workbook_tools.io.spill import RecordSpill

    spill = RecordSpill(len(tasks), entry.consolidation.kept_keys)
    try:
        from workbook_tools.io.files import HashLater

        rehashed = HashLater()
        try:
            notes = _run(tasks, root, spill, jobs, timeout, isolate, progress, max_memory_mb, rehashed)
            batch = Batch(entry.name, root, spill, skipped, notes, year, started=started,
                          roster_file=str(Path(roster).resolve()) if roster is not None else "")
            batch.problems.extend(_settle_hashes(files, root, batch, timeout, rehashed))
        finally:
            rehashed.close()
        _after_reading(batch, entry, entries, fixes, previous, roster is not None)
    except BaseException:
        spill.close()
        raise
    return batch


def _after_reading(batch: Batch, entry: Kind, entries, fixes, previous, has_roster: bool) -> None:
    """Corrections, the kind's roster rule, the round's tracking and the comparison with a previous run."""
    rule = entry.consolidation.roster
    if fixes is not None:
        _apply_corrections(batch, entry, fixes)
    rule.apply(batch, [tuple(v for _, v in e.values) for e in entries] if has_roster else None)
    if entries is not None:
        from workbook_tools.forms.collection import track

        batch.tracking = track(batch, entries, rule.keys)
    batch.finished = dt.datetime.now().isoformat(timespec="seconds")
    if previous is not None:
        from workbook_tools.forms.collection import since as compare

        # what the comparison reads of this run: file names and hashes (held in memory), the round
        batch.since = compare(previous, {"files": [{"file": r.path, "sha256": r.sha256} for r in batch.held()],
                                         "round": [t.to_dict() for t in batch.tracking]})


def _apply_corrections(batch: Batch, entry: Kind, fixes) -> None:
    """Corrections from a 読み取り確認 sheet; the corrected records' value checks are run again."""
    from dataclasses import replace

    from workbook_tools.forms.collection import apply_corrections

    form = entry.form
    shas = {c.sha256 for c in fixes}
    targets = [i for i, r in enumerate(batch.held()) if r.sha256 in shas and r.status != Status.REFUSED]
    old = {i: dict(batch.edit(i).values) for i in targets}  # only the records a correction names are held whole
    batch.problems.extend(apply_corrections(batch, fixes, {k: f for k, _, f in form.keyed_fields()},
                                            lambda f, text: normalize_value(f, text)))
    for i in targets:
        rec = batch.edit(i)
        if old[i] == rec.values:
            continue
        stale = _derived_problems(replace(rec, values=old[i], problems=[]), entry)
        rec.problems = [p for p in rec.problems if p not in stale] + _derived_problems(rec, entry)
        rec.status = Status.WARN if any(p.severity in (WARNING, ERROR) for p in rec.problems) else Status.OK


def _derived_problems(rec: FileRecord, entry: Kind) -> list[Problem]:
    """The problems that follow from a record's values (blank, unreadable, the kind's cross-checks)."""
    out = _value_problems(rec, entry.form)
    for check in entry.consolidation.checks:
        out.extend(check.run(rec, entry.form, entry.rounding))
    return out


def _run(tasks: list[Task], root: Path, spill, jobs, timeout: float, isolate: bool,
         progress, max_memory_mb: float | None, rehashed) -> list[Problem]:
    """Every task's record into ``spill`` (index = task order) as it arrives: in isolated workers when
    possible, else in this process.  ``rehashed`` (io/files.HashLater): each file read by a worker is handed
    to its own reading thread as its record arrives, to be hashed once more while the parent waits for its
    workers (_settle_hashes compares; the run's end is spared a pass over every input)."""
    done = [False] * len(tasks)
    notes: list[Problem] = []
    if isolate:
        from functools import partial

        from workbook_tools.io.isolation import DEFAULT_MAX_MEMORY_MB, IsolationUnavailable, run_isolated
        from workbook_tools.io.spill import slim

        budget = max_memory_mb or DEFAULT_MAX_MEMORY_MB
        _preload_writer()
        try:
            # each worker sends the slim copy the parent holds and the record's pickle, spilled as it came
            for out in run_isolated(process_file, tasks, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                                    max_memory_mb=budget, pickled=partial(slim, keep=spill.keep)):
                if out.ok:
                    spill.put_pickled(out.index, *out.result)
                    rehashed.add(out.index, Path(tasks[out.index].path))
                else:
                    spill.put(out.index, _failed(tasks[out.index], root, out.failure, timeout, budget))
                done[out.index] = True
                if progress:
                    progress(1)
        except IsolationUnavailable:
            notes.append(Problem(WARNING, "別プロセスを起動できなかったため、残りのファイルをこのプロセスで読みました"
                                          "（壊れたファイルで処理が止まる可能性があります）", code="no_isolation"))
    for i, t in enumerate(tasks):
        if not done[i]:
            spill.put(i, process_file(t))
            if progress:
                progress(1)
    return notes


def _preload_writer() -> None:
    """Import what writing the output needs (XlsxWriter and the writer modules, ~0.06 s) on a thread of its own
    while this thread hands out the files and waits for the workers, so that it is not part of the serial write
    after the last file (a one-file run waits ~0.2 s for its worker to start: the import is free there).  A
    failed import is left to the write, which imports them again and reports it."""
    import threading

    def load() -> None:
        try:
            from workbook_tools.io import consolidate_writer  # noqa: F401 - imports io.writer and io.collection_writer
            from workbook_tools.io.writer import preload

            preload()
        except Exception:  # noqa: BLE001 - only a head start
            pass

    threading.Thread(target=load, daemon=True, name="wbt-preload").start()


def _failed(task: Task, root: Path, failure: str, timeout: float, budget: float = 0) -> FileRecord:
    """The record of a file whose worker crashed, hung, went past the memory budget or failed (its hash is
    taken after the run)."""
    from workbook_tools.io.isolation import CRASHED, MEMORY

    rel = display_name(str(Path(task.path).relative_to(root)))
    why = {CRASHED: "読み込み中にプログラムが異常終了しました（壊れたファイルの可能性）",
           "timed_out": f"{timeout:.0f} 秒以内に読み込めませんでした",
           MEMORY: f"読み込みに {budget:,.0f} MB を超えるメモリが必要なため中止しました（--max-memory で変更できます）",
           }.get(failure, f"読み込み中のエラー（{failure[:80]}）")
    rec = FileRecord(rel, status=Status.REFUSED, reason=why)
    rec.problems.append(Problem(ERROR, why, rel, code=failure.split(":")[0],
                                action="提出者に確認し、Excel で保存し直したものを再提出してもらってください"))
    return rec


def own_outputs(output: Path, json_path: Path | None = None) -> list[Path]:
    """This run's output files (never read as submissions when written inside the input folder)."""
    from workbook_tools.io.writer import PROBLEMS_CSV_SUFFIX, SIDE_FILE_SUFFIX

    output = Path(output)
    paths = [output, output.with_name(output.stem + SIDE_FILE_SUFFIX), output.with_name(output.stem + PROBLEMS_CSV_SUFFIX),
             reminder_path(output)]
    return paths + ([Path(json_path)] if json_path else [])


def json_text(batch: Batch) -> str:
    return "".join(json_chunks(batch))


def json_chunks(batch: Batch) -> Iterator[str]:
    """The JSON text of ``batch.to_dict()`` in pieces, one per file record (read from the spill one at a time):
    the same text as one json.dumps, without holding every record at once."""
    def dumps(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, indent=1, default=str)

    text = dumps(batch.to_dict(files=False))
    if not len(batch.records):
        yield text
        return
    # a newline inside a JSON string is escaped: this marker can only be the top-level key (one space deep)
    head, tail = text.split('\n "files": [],\n', 1)
    yield head + '\n "files": [\n'
    for i, rec in enumerate(batch.records):
        # an item of a list under a top-level key is two levels deep: every line two more spaces (no line is empty)
        yield ("  " if i == 0 else ",\n  ") + dumps(rec.to_dict()).replace("\n", "\n  ")
    yield "\n ],\n" + tail


def write_json(batch: Batch, path: Path) -> None:
    from workbook_tools.app.output import write_chunks_output

    write_chunks_output(path, json_chunks(batch))


def write_workbook(batch: Batch, output: Path, json_path: Path | None = None, *,
                   include_inconsistent: bool | None = None) -> tuple[Path, Path | None]:
    """The consolidated workbook, its side files, the reminder list and the JSON (if asked for), replaced together.
    ``include_inconsistent``: count rows failing a consistency check in the totals, rates and chart (default:
    listed and left out)."""
    from workbook_tools.app.output import write_book_and_json

    if include_inconsistent is not None:
        batch.include_inconsistent = include_inconsistent
    from workbook_tools.io.consolidate_writer import write_consolidated

    kind = registry.get(batch.kind, consolidating=True)
    note_long_texts = _long_text_noter(output)

    def fill(book) -> None:
        # every record is read once, in file order, for all the sheets; the round's sheets stamp
        # PROP_OUTPUT_KIND, so a later run never reads the output as a submission
        write_consolidated(book, batch, kind, each=note_long_texts)

    extra = {reminder_path(output): reminder_bytes(batch) if batch.tracking else None}
    side = write_book_and_json(output, json_path, fill, lambda: json_chunks(batch), extra)
    return output, side


def _long_text_noter(output: Path):
    """A function noting, on one record, every text longer than a cell holds (the side file keeps it whole)."""
    from workbook_tools.io.writer import EXCEL_MAX_TEXT, utf16_len

    side_name = output.stem + "_長文全文.txt"

    def note(rec: FileRecord) -> None:
        # a text of at most half Excel's length in characters cannot be over it in UTF-16 units
        long = [v for v in rec.values.values() if isinstance(v.value, str) and len(v.value) > EXCEL_MAX_TEXT // 2]
        long += [FieldValue(t, "", t, sh, c) for sh, c, t in rec.extras if len(t) > EXCEL_MAX_TEXT // 2]
        for v in long:
            if isinstance(v.value, str) and utf16_len(v.value) > EXCEL_MAX_TEXT and not any(
                    p.code == "long_text" and p.cell == v.cell for p in rec.problems):
                rec.problems.append(Problem(
                    WARNING, f"{len(v.value):,} 文字の記入があり、Excel のセルの上限（32,767 文字）を超えています。"
                             f"セルには先頭だけを入れ、全文は {side_name} に残しました", rec.path, v.sheet, v.cell,
                    code="long_text"))
    return note


def rerun_with_corrections(checked: Path, output: Path, **options) -> tuple[Batch, Path]:
    """修正を反映: the consolidated workbook `checked` (its 読み取り確認 sheet filled in) names its kind, input
    folder and roster in its document properties; run that consolidation again with its corrections."""
    from workbook_tools.forms.model import PROP_OUTPUT_KIND, PROP_OUTPUT_ROOT, PROP_OUTPUT_ROSTER
    from workbook_tools.io.readers import open_book

    props = open_book(checked).properties
    if not props.get(PROP_OUTPUT_KIND) or not props.get(PROP_OUTPUT_ROOT):
        raise WorkbookToolsError("このブックは集約結果ではありません（「読み取り確認」シートのある集約結果を開いてください）",
                                 file=checked.name, code="not_an_output")
    roster = props.get(PROP_OUTPUT_ROSTER) or None
    batch = consolidate(props[PROP_OUTPUT_KIND], Path(props[PROP_OUTPUT_ROOT]), roster=Path(roster) if roster else None,
                        corrections=checked, **options)
    write_workbook(batch, output)
    return batch, output


def reminder_path(output: Path) -> Path:
    """The reminder list's text file beside the consolidated workbook."""
    return output.with_name(output.stem + "_督促リスト.txt")


def write_reminders(batch: Batch, path: Path) -> None:
    """Who has not answered, per prefecture, as text to paste into a mail (UTF-8 with BOM, CRLF: Notepad-safe)."""
    from workbook_tools.app.output import write_bytes_output

    write_bytes_output(path, reminder_bytes(batch))


def reminder_bytes(batch: Batch) -> bytes:
    from workbook_tools.forms.collection import reminder_lines

    text = "\r\n".join(reminder_lines(batch.tracking, registry.get(batch.kind).title)) + "\r\n"
    return text.encode("utf-8-sig")
