"""Reports C and D: consolidate a folder of submitted workbooks.

Per file (in an isolated worker): hash, sniff and bound, read, locate the
form's fields, normalise, check.  Then, in the parent: roster (missing,
duplicates, unknown), totals, and the output workbook.  A bad file becomes
a row with its reason; the batch always goes on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.core.normalize import label_key
from workbook_tools.core.prefectures import by_name, prefectures
from workbook_tools.core.rounding import REPORT_RULES
from workbook_tools.errors import ERROR, INFO, WARNING, Problem, WorkbookToolsError
from workbook_tools.forms import report as report_form
from workbook_tools.forms import survey as survey_form
from workbook_tools.forms.model import CHECK, FormDef
from workbook_tools.forms.values import FLAG_UNKNOWN_PREF, FieldValue, normalize_value

FORMS = {"report": report_form.FORM, "survey": survey_form.FORM}
STATUS_OK, STATUS_WARN, STATUS_REFUSED = "取込済", "警告あり", "取込不可"
EXTENSIONS = (".xlsx", ".xlsm", ".xls")


@dataclass
class FileRecord:
    path: str  # relative to the input folder
    sha256: str = ""
    size: int = 0
    mtime: float = 0.0
    status: str = STATUS_OK
    reason: str = ""
    via: str = ""  # template / legacy
    sheet: str = ""
    values: dict[str, FieldValue] = field(default_factory=dict)  # "section.key" → value
    extras: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, cell, text) in unexpected places
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # macros, external links, decrypted …
    superseded_by: str = ""

    def get(self, key: str):
        v = self.values.get(key)
        return None if v is None else v.value

    def to_dict(self) -> dict:
        return {"file": self.path, "sha256": self.sha256, "status": self.status, "reason": self.reason,
                "via": self.via, "sheet": self.sheet, "superseded_by": self.superseded_by, "notes": self.notes,
                "values": {k: {"value": v.value, "flag": v.flag, "raw": v.raw, "sheet": v.sheet, "cell": v.cell}
                           for k, v in self.values.items()},
                "extras": [{"sheet": s, "cell": c, "text": t} for s, c, t in self.extras],
                "problems": [p.to_dict() for p in self.problems]}


@dataclass(frozen=True)
class Task:
    path: str
    root: str
    kind: str
    year: int | None
    password: str | None = None


def require_defusedxml() -> None:
    """openpyxl only guards against XML bombs when defusedxml is installed: insist on it."""
    try:
        import defusedxml  # noqa: F401 - only its presence matters
    except ImportError as exc:  # pragma: no cover - a hard dependency
        raise WorkbookToolsError("defusedxml がインストールされていません（pip install defusedxml）。"
                                 "XML 爆弾への防御がないため処理を中止しました", code="no_defusedxml") from exc


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_file(task: Task) -> FileRecord:
    """Everything about one submission.  Runs in a worker process; never raises
    for a bad input (the reason is in the record)."""
    from workbook_tools.io.locate import locate, stamped_kind
    from workbook_tools.io.readers import open_book

    path = Path(task.path)
    rel = display_name(str(path.relative_to(task.root)) if task.root else path.name)
    rec = FileRecord(rel)
    form = FORMS[task.kind]
    try:
        st = path.stat()
        rec.size, rec.mtime = st.st_size, st.st_mtime
        rec.sha256 = sha256_of(path)
        book = open_book(path, password=task.password)
        if book.sniffed.has_macros:
            rec.notes.append("マクロを含むブックです（マクロは実行していません）")
        if book.sniffed.external_links:
            rec.notes.append(f"外部リンクが {book.sniffed.external_links} 件あります（出力には含めていません）")
        if book.sniffed.dde_formulas:
            rec.notes.append(f"外部プログラムを呼ぶ数式（DDE）が {book.sniffed.dde_formulas} 件あります（実行していません）")
        if book.sniffed.uncached_formulas:
            rec.problems.append(Problem(WARNING, f"計算結果が保存されていない数式が {book.sniffed.uncached_formulas} 件あります"
                                                 "（その値は空欄として読みました）", rel, code="uncached_formula",
                                        action="Excel で開いて保存し直したものを再提出してもらってください"))
        rec.notes.extend(book.sniffed.notes)
        other = stamped_kind(book)
        if other and other != form.kind and other in FORMS:
            raise WorkbookToolsError(f"このファイルは「{FORMS[other].title.split('（')[0]}」の様式です", file=rel,
                                     code="wrong_form")
        loc = locate(book, form, year=task.year)
    except WorkbookToolsError as exc:
        rec.status, rec.reason = STATUS_REFUSED, exc.message
        rec.problems.append(Problem(ERROR, exc.message, rel, exc.sheet, exc.cell, _action(exc.code), exc.code))
        return rec
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - a reader bug (even a Rust panic) must cost one file, not the batch
        rec.status, rec.reason = STATUS_REFUSED, "読み込み中にエラーが発生しました（読み込みライブラリが処理できない壊れ方です）"
        rec.problems.append(Problem(ERROR, rec.reason, rel, code="reader_error",
                                    action="Excel で開いて「名前を付けて保存」し直したものを再提出してもらってください"))
        return rec
    rec.via, rec.sheet = loc.via, loc.sheet
    for s, f in form.all_fields():
        found = loc.values.get((s.key, f.key))
        how = found.how if found else "missing"
        rec.values[f"{s.key}.{f.key}"] = normalize_value(f, found.raw if found else None, how=how,
                                                         sheet=found.sheet if found else "",
                                                         cell=found.cell if found else "")
    for sheet, cell, value in loc.extras:
        text = str(value)
        rec.extras.append((sheet, cell, text))
        rec.problems.append(Problem(WARNING, f"様式の想定外の場所に記入があります: 「{text[:40]}」", rel, sheet, cell,
                                    "内容を確認してください（「記述」シートの「その他」に残しています）", "unexpected_place"))
    for title in loc.missing_sections:
        rec.problems.append(Problem(WARNING, f"「{title}」の欄が見つかりません（古い様式の可能性）", rel, loc.sheet, "",
                                    "最新のテンプレートでの再提出を依頼してください", "missing_section"))
    if loc.via == "template" and loc.template_version and loc.template_version.split(".")[0] != form.version.split(".")[0]:
        rec.problems.append(Problem(WARNING, f"テンプレートの版が違います（{loc.template_version}、現在 {form.version}）",
                                    rel, loc.sheet, "", code="template_version"))
    if task.year and loc.year and loc.year != task.year:
        rec.problems.append(Problem(WARNING, f"{loc.year}年度のテンプレートです（集計対象は {task.year}年度）", rel,
                                    loc.sheet, "", code="template_year"))
    rec.problems.extend(_value_problems(rec, form))
    rec.problems.extend(CHECKS[form.kind](rec))
    if any(p.severity in (WARNING, ERROR) for p in rec.problems):
        rec.status = STATUS_WARN
    return rec


def _action(code: str) -> str:
    return {
        "encrypted": "パスワードを聞いて --password で指定するか、保護を外したファイルを再提出してもらってください",
        "strict_ooxml": "Excel で「Excel ブック (*.xlsx)」形式で保存し直してもらってください",
    }.get(code, "提出者に正しいファイルの再提出を依頼してください")


def _value_problems(rec: FileRecord, form: FormDef) -> list[Problem]:
    out = []
    for s, f in form.all_fields():
        v = rec.values[f"{s.key}.{f.key}"]
        label = f.label if f.type != CHECK else f"{s.number}．{f.label[:20]}"
        if f.required and v.value is None:
            out.append(Problem(WARNING, f"「{label}」が空欄です", rec.path, v.sheet, v.cell, code="required_blank"))
        elif v.flag == FLAG_UNKNOWN_PREF:
            out.append(Problem(WARNING, f"県名「{v.raw}」が分かりません", rec.path, v.sheet, v.cell, code="unknown_pref"))
        elif v.flag in ("日付読取不可", "選択肢にない値", "読取不可"):
            out.append(Problem(WARNING, f"「{label}」の値「{v.raw}」を読み取れません（{v.flag}）", rec.path, v.sheet,
                               v.cell, code="unreadable_value"))
        elif v.flag in ("元号推定", "西暦2桁"):
            out.append(Problem(INFO, f"「{label}」の「{v.raw}」を {v.value} と読みました（{v.flag}）", rec.path, v.sheet,
                               v.cell, code="date_guess"))
    return out


def _report_checks(rec: FileRecord) -> list[Problem]:
    unanswered = [k for k, v in rec.values.items() if v.flag == "未回答"]
    missing = [k for k, v in rec.values.items() if v.flag == "項目なし"]
    out = []
    if unanswered:
        out.append(Problem(INFO, f"☑/□ のない項目が {len(unanswered)} 件あります（未回答として扱いました）", rec.path,
                           rec.sheet, rec.values[unanswered[0]].cell, code="unanswered"))
    if missing:
        out.append(Problem(INFO, f"様式にない項目が {len(missing)} 件あります（古い様式）", rec.path, rec.sheet, "",
                           code="missing_items"))
    return out


def organisation_rate(members, regular, nonregular):
    """組織率 (%) = 組合員数 / (正規職員数 + 非正規職員数) × 100, or None."""
    if members is None or regular is None:
        return None
    den = regular + (nonregular or 0)
    if not den:
        return None
    rate = REPORT_RULES["survey"].rate(members, den)
    return None if rate is None else float(rate * 100)


def _survey_checks(rec: FileRecord) -> list[Problem]:
    out = []
    g = rec.get
    hired, parts = g("intake.hired"), [g("intake.joined_j"), g("intake.joined_r"), g("intake.not_joined")]
    if hired is not None and all(p is not None for p in parts) and hired != sum(parts):
        out.append(Problem(WARNING, f"新規採用者数（{hired}）が 自治労加入者数＋競合加入者数＋未加入者数"
                                    f"（{' + '.join(str(p) for p in parts)} = {sum(parts)}）と一致しません", rec.path,
                           rec.values["intake.hired"].sheet, rec.values["intake.hired"].cell,
                           "提出者に数字を確認してください（値はそのまま集計しています）", "intake_mismatch"))
    computed = organisation_rate(g("org.members_j"), g("org.regular"), g("org.nonregular"))
    given = g("org.rate_j")
    if computed is not None and given is not None and abs(float(computed) - float(given)) > 1.0:
        out.append(Problem(WARNING, f"組織率（{given}%）が組織人員数と職員数から計算した値（{computed}%）と合いません",
                           rec.path, rec.values["org.rate_j"].sheet, rec.values["org.rate_j"].cell, code="rate_mismatch"))
    return out


CHECKS = {"report": _report_checks, "survey": _survey_checks}


# --- the batch -----------------------------------------------------------------------------
@dataclass
class Batch:
    kind: str
    root: Path
    records: list[FileRecord]
    skipped: list[tuple[str, str]]  # (file, why) not read at all (lock files, other extensions)
    problems: list[Problem]
    year: int | None
    roster_missing: list[str] = field(default_factory=list)  # prefectures or unions expected but absent
    started: str = ""
    finished: str = ""

    @property
    def used(self) -> list[FileRecord]:
        return [r for r in self.records if r.status != STATUS_REFUSED and not r.superseded_by]

    def counts(self) -> dict[str, int]:
        c = {STATUS_OK: 0, STATUS_WARN: 0, STATUS_REFUSED: 0}
        for r in self.records:
            c[r.status] += 1
        return c

    @property
    def has_warnings(self) -> bool:
        return any(p.severity in (WARNING, ERROR) for p in self.all_problems())

    def all_problems(self) -> list[Problem]:
        return [p for r in self.records for p in r.problems] + self.problems

    def to_dict(self) -> dict:
        return {"kind": self.kind, "year": self.year, "started": self.started, "finished": self.finished,
                "counts": self.counts(), "missing": self.roster_missing,
                "skipped": [{"file": f, "why": w} for f, w in self.skipped],
                "files": [r.to_dict() for r in self.records],
                "problems": [p.to_dict() for p in self.problems]}


def display_name(path: str) -> str:
    """A file name fit for a cell: names in Shift_JIS bytes on a UTF-8 system are decoded as cp932."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("cp932")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")


def discover(root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Workbooks under root, recursively, in a stable order; and what was passed over."""
    files, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort(key=str.casefold)
        for name in sorted(filenames, key=str.casefold):
            p = Path(dirpath) / name
            rel = display_name(str(p.relative_to(root)))
            if name.startswith("~$"):
                skipped.append((rel, "Excel の一時ファイル（ロックファイル）のため読み込みませんでした"))
            elif p.suffix.lower() in EXTENSIONS:
                files.append(p)
            elif not name.startswith("."):
                skipped.append((rel, f"Excel ブックの拡張子（{'・'.join(EXTENSIONS)}）ではないため読み込みませんでした"))
    files.sort(key=lambda p: str(p.relative_to(root)).casefold())
    return files, skipped


def consolidate(kind: str, root: Path, *, year: int | None = None, jobs: int | None = None,
                password: str | None = None, roster: Path | None = None, timeout: float = 60.0,
                isolate: bool = True, progress=None, max_memory_mb: float | None = None) -> Batch:
    if kind not in FORMS:
        raise WorkbookToolsError(f"集約の種類「{kind}」はありません（report / survey）")
    require_defusedxml()
    root = Path(root)
    if not root.is_dir():
        raise WorkbookToolsError(f"フォルダ {root} がありません", file=str(root))
    started = dt.datetime.now().isoformat(timespec="seconds")
    files, skipped = discover(root)
    before = {str(p): sha256_of(p) for p in files}
    tasks = [Task(str(p), str(root), kind, year, password) for p in files]
    records: list[FileRecord | None] = [None] * len(tasks)
    notes: list[Problem] = []
    if isolate:
        from workbook_tools.io.isolation import CRASHED, DEFAULT_MAX_MEMORY_MB, MEMORY, IsolationUnavailable, run_isolated

        try:
            budget = max_memory_mb or DEFAULT_MAX_MEMORY_MB
            for out in run_isolated(process_file, tasks, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                                    max_memory_mb=budget):
                if out.ok:
                    records[out.index] = out.result
                else:
                    rel = display_name(str(Path(tasks[out.index].path).relative_to(root)))
                    why = {CRASHED: "読み込み中にプログラムが異常終了しました（壊れたファイルの可能性）",
                           "timed_out": f"{timeout:.0f} 秒以内に読み込めませんでした",
                           MEMORY: f"読み込みに {budget:,.0f} MB を超えるメモリが必要なため中止しました（--max-memory で変更できます）"}.get(
                        out.failure, f"読み込み中のエラー（{out.failure[:80]}）")
                    rec = FileRecord(rel, sha256=before[tasks[out.index].path], status=STATUS_REFUSED, reason=why)
                    rec.problems.append(Problem(ERROR, why, rel, code=out.failure.split(":")[0],
                                                action="提出者に確認し、Excel で保存し直したものを再提出してもらってください"))
                    records[out.index] = rec
                if progress:
                    progress(1)
        except IsolationUnavailable:
            notes.append(Problem(WARNING, "別プロセスを起動できなかったため、残りのファイルをこのプロセスで読みました"
                                          "（壊れたファイルで処理が止まる可能性があります）", code="no_isolation"))
    for i, t in enumerate(tasks):
        if records[i] is None:
            records[i] = process_file(t)
            if progress:
                progress(1)
    batch = Batch(kind, root, [r for r in records if r is not None], skipped, notes, year, started=started)
    for p in files:  # inputs are never modified
        if sha256_of(p) != before[str(p)]:
            batch.problems.append(Problem(ERROR, "処理中に入力ファイルが変更されました（他のプログラムが書き込んだ可能性）",
                                          display_name(str(p.relative_to(root))), code="input_changed"))
    ROSTERS[kind](batch, roster)
    batch.finished = dt.datetime.now().isoformat(timespec="seconds")
    return batch


def _report_roster(batch: Batch, roster: Path | None) -> None:
    by_pref: dict[str, list[FileRecord]] = {}
    for r in batch.records:
        if r.status == STATUS_REFUSED:
            continue
        pref = r.get("h.pref")
        p = by_name(pref) if pref else None
        if p is None:
            guess = _pref_from_name(r.path)
            if guess:
                r.values["h.pref"] = FieldValue(guess, "ファイル名から推定", r.values.get("h.pref", FieldValue(None, "", "")).raw)
                r.problems.append(Problem(WARNING, f"県名が読み取れないため、ファイル名から「{guess}」としました", r.path,
                                          r.sheet, r.values["h.pref"].cell, code="pref_from_filename"))
                r.status = STATUS_WARN
                by_pref.setdefault(guess, []).append(r)
            else:
                r.problems.append(Problem(WARNING, "県名が分からないため、どの県の報告か特定できません", r.path, r.sheet, "",
                                          "県名欄を確認してください", "unknown_pref"))
                r.status = STATUS_WARN
            continue
        by_pref.setdefault(p.name, []).append(r)
    for pref, recs in by_pref.items():
        if len(recs) < 2:
            continue
        recs.sort(key=lambda r: (r.get("h.created") or "", r.mtime, r.path), reverse=True)
        winner = recs[0]
        for loser in recs[1:]:
            loser.superseded_by = winner.path
            batch.problems.append(Problem(INFO, f"{pref} の報告が {len(recs)} 件あります。作成日（同じならファイルの日時）が新しい"
                                                f"「{winner.path}」を使い、これは集計から外しました", loser.path, code="duplicate"))
    present = set(by_pref)
    batch.roster_missing = [p.name for p in prefectures() if p.name not in present]


def _pref_from_name(path: str) -> str | None:
    stem = Path(path).stem
    for p in prefectures():
        if p.name in stem:
            return p.name
    return None


def _survey_roster(batch: Batch, roster: Path | None) -> None:
    by_union: dict[tuple[str, str], list[FileRecord]] = {}
    for r in batch.records:
        if r.status != STATUS_REFUSED and r.get("h.union"):
            by_union.setdefault((r.get("h.pref") or "", label_key(r.get("h.union"))), []).append(r)
    for (pref, _), recs in by_union.items():
        if len(recs) < 2:
            continue
        recs.sort(key=lambda r: (r.mtime, r.path), reverse=True)
        for loser in recs[1:]:
            loser.superseded_by = recs[0].path
            batch.problems.append(Problem(INFO, f"{pref} {recs[0].get('h.union')} のアンケートが {len(recs)} 件あります。"
                                                f"新しいファイル「{recs[0].path}」を使い、これは集計から外しました",
                                          loser.path, code="duplicate"))
    if roster is None:
        return
    expected = read_roster(roster)
    seen = {(r.get("h.pref") or "", label_key(r.get("h.union") or "")) for r in batch.used}
    seen_unions = {u for _, u in seen}
    batch.roster_missing = [f"{p} {u}" for p, u in expected if label_key(u) not in seen_unions]
    known = {label_key(u) for _, u in expected}
    for r in batch.used:
        if label_key(r.get("h.union") or "") not in known:
            r.problems.append(Problem(INFO, f"単組「{r.get('h.union')}」は名簿にありません", r.path, r.sheet,
                                      r.values["h.union"].cell, code="not_in_roster"))


def read_roster(path: Path) -> list[tuple[str, str]]:
    """The expected unions: a workbook (or CSV) with columns 県本部 and 単組."""
    from workbook_tools.forms.model import Column, TableDef
    from workbook_tools.io.readers import open_book
    from workbook_tools.io.table import find_header, read_table

    table = TableDef("roster", "名簿", (Column("pref", "県本部", aliases=("県名", "県本部名")),
                                       Column("union", "単組", aliases=("単組名",))))
    if path.suffix.lower() == ".csv":
        import csv

        text = path.read_bytes()
        for enc in ("utf-8-sig", "cp932"):
            try:
                rows = list(csv.reader(text.decode(enc).splitlines()))
                break
            except UnicodeDecodeError:
                continue
        else:
            raise WorkbookToolsError("名簿の文字コードが分かりません（UTF-8 か Shift_JIS で保存してください）", file=path.name)
        head = [label_key(h) for h in rows[0]]
        ip = next(i for i, h in enumerate(head) if h in table.column("pref").label_keys())
        iu = next(i for i, h in enumerate(head) if h in table.column("union").label_keys())
        return [(_pref_name(r[ip]), r[iu].strip()) for r in rows[1:] if len(r) > max(ip, iu) and r[iu].strip()]
    book = open_book(path)
    for name in book.sheet_names:
        sh = book.sheet(name)
        if find_header(sh, table):
            return [(_pref_name(r.values.get("pref")), str(r.values.get("union") or "").strip())
                    for r in read_table(sh, table, path.name) if r.values.get("union")]
    raise WorkbookToolsError("名簿に「県本部」「単組」の見出しが見つかりません", file=path.name, code="roster_header")


def _pref_name(raw) -> str:
    p = by_name(raw)
    return p.name if p else str(raw or "").strip()


ROSTERS = {"report": _report_roster, "survey": _survey_roster}


def write_json(batch: Batch, path: Path) -> None:
    path.write_text(json.dumps(batch.to_dict(), ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def write_workbook(batch: Batch, output: Path) -> tuple[Path, Path | None]:
    from workbook_tools.io.consolidate_writer import write_consolidated, write_long_texts
    from workbook_tools.io.writer import safe_book

    from workbook_tools.io.writer import EXCEL_MAX_TEXT

    side_name = output.stem + "_長文全文.txt"
    for rec in batch.records:
        for v in list(rec.values.values()) + [FieldValue(t, "", t, sh, c) for sh, c, t in rec.extras]:
            if isinstance(v.value, str) and len(v.value) > EXCEL_MAX_TEXT and not any(
                    p.code == "long_text" and p.cell == v.cell for p in rec.problems):
                rec.problems.append(Problem(
                    WARNING, f"{len(v.value):,} 文字の記入があり、Excel のセルの上限（32,767 文字）を超えています。"
                             f"セルには先頭だけを入れ、全文は {side_name} に残しました", rec.path, v.sheet, v.cell,
                    code="long_text"))
    with safe_book(output) as book:
        write_consolidated(book, batch, FORMS[batch.kind])
        side = write_long_texts(book, output)
    return output, side
