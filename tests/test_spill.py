"""The consolidation's parent keeps slim records and spills the rest (io/spill.py); the output is written in one
streaming pass.  Real inputs (the package's example submissions), real workbooks read back with openpyxl."""
import gc
import os
import pickle
import shutil
from pathlib import Path

import openpyxl
import pytest

from workbook_tools.app import consolidate as job
from workbook_tools.errors import Problem
from workbook_tools.forms import registry
from workbook_tools.forms.records import Batch, FileRecord, Status
from workbook_tools.forms.values import FieldValue
from workbook_tools.io import spill as spill_mod
from workbook_tools.io import writer

EXAMPLES = Path(job.__file__).resolve().parents[1] / "examples"
ROSTER = EXAMPLES / "アンケート提出予定名簿.xlsx"


@pytest.fixture(scope="module")
def surveys(tmp_path_factory):
    root = tmp_path_factory.mktemp("in") / "提出"
    shutil.copytree(EXAMPLES / "surveys", root)
    return root


def _record(i: int) -> FileRecord:
    rec = FileRecord(f"f{i}.xlsx", sha256=f"{i:064x}", mtime=float(i))
    for k in ("h.pref", "h.union", "a.text", "a.n"):
        rec.values[k] = FieldValue(f"{k}-{i}", "", f"raw {k} {i}", "表", f"B{i + 1}")
    rec.extras.append(("表", "Z9", "記入" * 50))
    rec.problems.append(Problem("警告", f"p{i}", rec.path, "表", "C3", code="x"))
    return rec


def test_spill_reads_back_whole_records_and_holds_slim_ones(tmp_path):
    s = spill_mod.RecordSpill(3, ("h.pref", "h.union"), dir=tmp_path)
    for i in (2, 0, 1):  # arrival order is not file order
        s.put(i, _record(i))
    assert [r.to_dict() for r in s] == [_record(i).to_dict() for i in range(3)]
    assert [set(r.values) for r in s.held] == [{"h.pref", "h.union"}] * 3 and not any(r.extras for r in s.held)
    assert s.bytes_written == sum(len(pickle.dumps(_record(i), pickle.HIGHEST_PROTOCOL)) for i in range(3))
    # what the rules change on the held copies is what every reader sees
    s.held[1].superseded_by, s.held[1].status = "f2.xlsx", Status.WARN
    s.held[1].values["h.pref"] = FieldValue("東京都", "ファイル名から", "")
    s[1].problems.append(Problem("情報", "added", "f1.xlsx"))  # the list is shared with the held copy
    again = s[1]
    assert (again.superseded_by, again.status, again.get("h.pref")) == ("f2.xlsx", Status.WARN, "東京都")
    assert again.get("a.text") == "a.text-1" and [p.message for p in again.problems] == ["p1", "added"]
    # a pinned record is held whole: a change to any value stays
    s.pin(0).values["a.text"] = FieldValue("直した", "手修正", "")
    assert s[0].get("a.text") == "直した" and s[0] is s.held[0]
    folder = Path(s.folder)
    assert folder.parent == tmp_path and folder.is_dir()
    s.close()
    assert not folder.exists() and s.closed


def test_spill_removed_when_garbage_collected(tmp_path):
    s = spill_mod.RecordSpill(1, (), dir=tmp_path)
    s.put(0, _record(0))
    folder = Path(s.folder)
    del s
    gc.collect()
    assert not folder.exists()


def test_consolidate_holds_only_the_kept_values_and_the_records_match_a_direct_read(surveys):
    batch = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    try:
        assert isinstance(batch.records, spill_mod.RecordSpill)
        kind = registry.get("survey", consolidating=True)
        kept = set(kind.consolidation.kept_keys)
        assert kept and len(kept) < 5
        held = batch.held()
        assert all(set(r.values) <= kept and not r.extras for r in held)
        assert len(pickle.dumps(held)) * 4 < batch.records.bytes_written  # the bulk is on disk
        # every record read back equals the file read directly, in this process, without a spill
        files, _ = job.discover(surveys)
        for path, rec in zip(files, batch.records):
            direct = job.process_file(job.Task(str(path), str(surveys), "survey", 2024))
            assert (rec.path, rec.sha256, rec.values, rec.extras) == (direct.path, direct.sha256, direct.values,
                                                                      direct.extras)
        assert Path(batch.records.folder).resolve().parent != surveys.resolve()
        assert not Path(batch.records.folder).resolve().is_relative_to(surveys.resolve())
    finally:
        batch.close()
    assert not Path(batch.records.folder).exists()


def test_spill_removed_when_the_run_fails(surveys, monkeypatch):
    made = []
    real = spill_mod.RecordSpill.__init__

    def remember(self, *a, **k):
        real(self, *a, **k)
        made.append(Path(self.folder))

    calls = []

    def fail_on_third(task):
        calls.append(task)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_process(task)

    real_process = job.process_file
    monkeypatch.setattr(spill_mod.RecordSpill, "__init__", remember)
    monkeypatch.setattr(job, "process_file", fail_on_third)
    with pytest.raises(KeyboardInterrupt):
        job.consolidate("survey", surveys, year=2024, isolate=False)
    assert made and not made[0].exists()


def test_writing_reads_one_record_at_a_time(surveys, tmp_path, monkeypatch):
    """While the workbook is written, the answers of only a few records are alive at once (a batch held in a
    list would keep every record's ~28 answers)."""
    batch = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    per_file = len(batch.records[0].values)
    alive = []
    real = job._long_text_noter

    def counting(output):
        note = real(output)

        def each(rec):
            alive.append(sum(1 for o in gc.get_objects() if type(o) is FieldValue))
            note(rec)
        return each

    monkeypatch.setattr(job, "_long_text_noter", counting)
    try:
        gc.collect()
        job.write_workbook(batch, tmp_path / "集約.xlsx")
        held = sum(len(r.values) for r in batch.held())
    finally:
        batch.close()
    assert len(alive) == len(batch.held()) == 40
    assert max(alive) <= held + 3 * per_file < 40 * per_file / 2


def _style(c) -> tuple:
    """A cell's style by what it looks like (the style index depends on when XlsxWriter first used it)."""
    f, b, a = c.font, c.border, c.alignment
    return (c.number_format, f.b, f.sz, f.color.rgb if f.color is not None else None, c.fill.fgColor.rgb,
            b.left.style, b.right.style, b.top.style, b.bottom.style, a.wrap_text, a.horizontal, a.vertical,
            c.quotePrefix, c.protection.locked)


def _cells(path: Path) -> dict:
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = ({(c.row, c.column): (c.value, _style(c)) for row in ws.iter_rows() for c in row
                          if c.value is not None or c.has_style},
                         sorted(str(m) for m in ws.merged_cells.ranges),
                         {k: d.height for k, d in ws.row_dimensions.items() if d.height},
                         ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows, ws.print_area)
    return out


def test_streamed_sheets_equal_sheets_written_in_memory(surveys, tmp_path, monkeypatch):
    """The same batch written with every sheet in memory (XlsxWriter's ordinary mode) and with the long sheets
    streamed: every cell, style, merge, row height, pane, filter and print setting is the same."""
    from workbook_tools.io import consolidate_writer

    monkeypatch.setattr(consolidate_writer, "STREAM_FROM_RECORDS", 0)  # streamed however few the records
    batch = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    try:
        job.write_workbook(batch, tmp_path / "streamed.xlsx")
        monkeypatch.setattr(writer, "_stream_rows", lambda ws, folder: False)
        job.write_workbook(batch, tmp_path / "memory.xlsx")
    finally:
        batch.close()
    streamed, memory = _cells(tmp_path / "streamed.xlsx"), _cells(tmp_path / "memory.xlsx")
    del streamed["概要"][0][(3, 2)], memory["概要"][0][(3, 2)]  # 実行日時
    assert list(streamed) == list(memory) and "読み取り確認" in streamed
    for name in memory:
        assert streamed[name][1:] == memory[name][1:], name
        cells_s, cells_m = streamed[name][0], memory[name][0]
        assert set(cells_s) == set(cells_m), name
        assert not [k for k in cells_m if cells_s[k] != cells_m[k]], name
    assert len(streamed["一覧"][0]) > 40 * 20


def test_streamed_sheet_refuses_a_row_above_the_current_one(tmp_path, monkeypatch):
    import tempfile

    from workbook_tools.errors import OutputError

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # this test's own temp folder: other runs cannot interfere
    rows_dirs = set(Path(tempfile.gettempdir()).glob("wbt_rows_*"))

    with pytest.raises(OutputError) as err:
        with writer.safe_book(tmp_path / "x.xlsx") as book:
            ws = book.sheet("一覧", streamed=True)
            ws.text(0, 0, "a")
            ws.text(5, 0, "b")
            ws.text(2, 0, "c")  # already on disk: never silently lost
    assert err.value.sheet == "一覧" and err.value.cell == "A3"
    assert not (tmp_path / "x.xlsx").exists()
    assert not [p for p in os.listdir(tmp_path) if p != "temp"]
    assert set(Path(tempfile.gettempdir()).glob("wbt_rows_*")) <= rows_dirs  # the row files are gone too


def test_plain_list_batch_still_written(tmp_path):
    """A Batch built by hand (a list of records, as the API allows) is written the same way."""
    rec = _record(0)
    batch = Batch("survey", tmp_path, [rec], [], [], 2024)
    job.write_workbook(batch, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert wb["一覧"]["B3"].value == "f0.xlsx"


def test_json_written_record_by_record_is_one_dumps(surveys, tmp_path):
    """The JSON is written in pieces (one record at a time); the text is exactly one json.dumps of the batch."""
    import json

    batch = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    empty = job.consolidate("survey", tmp_path, year=2024, isolate=False)
    try:
        for b in (batch, empty):
            whole = json.dumps(b.to_dict(), ensure_ascii=False, indent=1, default=str)
            assert job.json_text(b) == whole
            job.write_json(b, tmp_path / "結果.json")
            assert (tmp_path / "結果.json").read_text(encoding="utf-8") == whole
        assert len(json.loads(job.json_text(batch))["files"]) == 40
    finally:
        batch.close()
        empty.close()


def test_since_reads_names_and_hashes_only(surveys, tmp_path):
    """--since compares with what the held records say; the same rows as comparing the whole batch's dict."""
    from workbook_tools.forms.collection import since

    first = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    previous = first.to_dict()
    previous["files"] = previous["files"][5:]  # five files are new this time
    previous["files"][0]["sha256"] = "0" * 64  # and one changed
    (tmp_path / "前回.json").write_text(__import__("json").dumps(previous, ensure_ascii=False), encoding="utf-8")
    second = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER, since=tmp_path / "前回.json")
    try:
        assert second.since == since(previous, second.to_dict())
        assert sum(1 for what, _, _ in second.since if what == "新しいファイル") == 5
        assert sum(1 for what, _, _ in second.since if what == "変更されたファイル") == 1
    finally:
        first.close()
        second.close()


def test_full_temporary_folder_is_a_japanese_error_and_nothing_is_left(surveys, monkeypatch):
    import errno

    from workbook_tools.errors import WorkbookToolsError

    made = []
    real_init, real_put = spill_mod.RecordSpill.__init__, spill_mod.RecordSpill.put_pickled

    def remember(self, *a, **k):
        real_init(self, *a, **k)
        made.append(self)

    def full_after_two(self, index, held, data):
        if len([h for h in self.held if h is not None]) >= 2:
            class Full:  # the disk fills up: every write fails from here on
                def __getattr__(self, name):
                    raise OSError(errno.ENOSPC, "No space left on device")
            real_fh, self._fh = self._fh, Full()
            try:
                return real_put(self, index, held, data)
            finally:
                self._fh = real_fh
        return real_put(self, index, held, data)

    monkeypatch.setattr(spill_mod.RecordSpill, "__init__", remember)
    monkeypatch.setattr(spill_mod.RecordSpill, "put_pickled", full_after_two)
    with pytest.raises(WorkbookToolsError) as err:
        job.consolidate("survey", surveys, year=2024, isolate=False)
    assert err.value.code == "spill_failed" and "空きが足りません" in err.value.message
    assert made and not Path(made[0].folder).exists()


def test_row_spill_reads_rows_back_by_number_and_is_removed(tmp_path):
    rows = spill_mod.RowSpill(dir=tmp_path)
    added = [["東京都", "記述" * 300, ""], ["", "\n改行\n", "f.xlsx"], []]
    assert [rows.add(r) for r in added] == [0, 1, 2] and len(rows) == 3
    assert [rows[i] for i in (2, 0, 1)] == [added[2], added[0], added[1]]
    folder = Path(rows.folder)
    assert folder.parent == tmp_path and folder.is_dir()
    rows.close()
    assert not folder.exists()


def test_writing_reads_each_record_from_the_spill_once(surveys, tmp_path, monkeypatch):
    """記述 takes its rows from the pass over the records (io/spill.RowSpill): each record is unpickled once."""
    from workbook_tools.io import consolidate_writer

    monkeypatch.setattr(consolidate_writer, "STREAM_FROM_RECORDS", 0)  # the spilled rows, as in a large batch
    batch = job.consolidate("survey", surveys, year=2024, isolate=False, roster=ROSTER)
    reads = []
    real = spill_mod.RecordSpill.__getitem__
    monkeypatch.setattr(spill_mod.RecordSpill, "__getitem__", lambda self, i: (reads.append(i), real(self, i))[1])
    try:
        job.write_workbook(batch, tmp_path / "集約.xlsx")
        used = sum(1 for r in batch.held() if r.used)
    finally:
        batch.close()
    assert sorted(reads) == list(range(40)) and used > 20
    wb = openpyxl.load_workbook(tmp_path / "集約.xlsx", read_only=True)
    assert sum(1 for _ in wb["記述"].iter_rows(min_row=2)) == used


TRICKY = {  # 一覧 columns → what the submission holds there (the writer must write each exactly as in memory)
    "writer": "+81-3-0000-0000 に電話",  # quoted: a text Excel would take for a formula
    "rival_union": "A&B <tag> \"引用\" 'x'",  # escaped
    "members_r": "－",  # a full-width minus starts the raw text: quoted too
    "nonmembers_r": "  前後に空白  ",  # whitespace kept (xml:space)
}
FALLBACK = {  # … and submissions whose row is written the usual way (a cell that needs the sheet)
    "制御文字.xlsx": {"writer": "削除\x7f文字"},  # DEL: a control character the form can hold
    "リッチ.xlsx": {"writer": "<r>&</r>"},
    "長文.xlsx": {"nonmembers_r": "長" * 20_000},  # longer than a text that cannot be over Excel's length
}


def _survey(template: Path, out: Path, i: int, answers: dict) -> None:
    import random

    from workbook_tools.forms import survey
    from workbook_tools.samples.submissions import fill_template, survey_answers, survey_template_values

    a = survey_answers("東京", i, random.Random(i))
    for key, text in answers.items():
        if hasattr(a, key):
            setattr(a, key, text)
        else:
            a.numbers[key] = text
    fill_template(template, out, survey.FORM, survey_template_values(a))


def test_streamed_list_equals_list_written_in_memory(tmp_path, monkeypatch):
    """一覧 streamed row by row (io/xlsx_rows) holds every cell and style the in-memory book holds, tricky texts
    included (quoted, escaped, space-padded); a cell that needs the sheet (a control character, rich-text-shaped,
    too long) is cleaned or cut the same way in both."""
    from workbook_tools.app.templates import write_template
    from workbook_tools.io import consolidate_writer

    root = tmp_path / "提出"
    root.mkdir()
    template = write_template("survey", tmp_path / "survey.xlsx", year=2024)
    for i in range(1, 6):
        _survey(template, root / f"普通{i}.xlsx", i, {})
    _survey(template, root / "難しい文字.xlsx", 7, TRICKY)
    for i, (name, answers) in enumerate(FALLBACK.items(), start=8):
        _survey(template, root / name, i, answers)
    (root / "壊れた.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    for jobs in (1, None):  # a worker's pickled records, and records made in this process
        monkeypatch.setattr(consolidate_writer, "STREAM_FROM_RECORDS", 0)  # streamed however few the records
        batch = job.consolidate("survey", root, year=2024, jobs=jobs, isolate=jobs is not None, timeout=60)
        try:
            names = [r.path for r in batch.held()]
            job.write_workbook(batch, tmp_path / "streamed.xlsx")
            monkeypatch.setattr(writer, "_stream_rows", lambda ws, folder: False)
            job.write_workbook(batch, tmp_path / "memory.xlsx")
        finally:
            batch.close()
            monkeypatch.undo()
        streamed, memory = _cells(tmp_path / "streamed.xlsx"), _cells(tmp_path / "memory.xlsx")
        del streamed["概要"][0][(3, 2)], memory["概要"][0][(3, 2)]  # 実行日時
        assert list(streamed) == list(memory)
        for name in memory:
            assert streamed[name][1:] == memory[name][1:], name
            assert streamed[name][0] == memory[name][0], name
        row = 3 + names.index("難しい文字.xlsx")
        shown = {v for (r, _), (v, _) in streamed["一覧"][0].items() if r == row}
        assert set(TRICKY.values()) <= shown
        quoted = {v for (r, _), (v, style) in streamed["一覧"][0].items() if r == row and style[-2]}
        assert quoted == {TRICKY["writer"], TRICKY["members_r"]}
        assert {"削除\ufffd文字", "<r>&</r>"} <= {v for (_, _), (v, _) in memory["一覧"][0].items()}


def test_list_shows_a_held_answer_a_rule_changed_after_the_record_arrived(surveys, tmp_path, monkeypatch):
    """What a batch rule changes on a held answer after the record arrived (e.g. a prefecture guessed from the
    file name) is what the streamed 一覧 shows, not the answer as spilled."""
    from workbook_tools.io import consolidate_writer

    monkeypatch.setattr(consolidate_writer, "STREAM_FROM_RECORDS", 0)
    batch = job.consolidate("survey", surveys, year=2024, isolate=False)
    try:
        assert len(batch.held()) == 40
        held = batch.held()[4]
        held.values["h.pref"] = FieldValue("沖縄県", "ファイル名から推定", "")  # as forms/consolidation does it
        job.write_workbook(batch, tmp_path / "集約.xlsx")
    finally:
        batch.close()
    ws = openpyxl.load_workbook(tmp_path / "集約.xlsx")["一覧"]
    heads = [c.value for c in ws[2]]
    col = heads.index("県本部") + 1
    assert ws.cell(3 + 4, col).value == "沖縄県"
    assert ws.cell(3 + 5, col).value != "沖縄県"


def test_an_answer_pickles_as_its_constructor_arguments():
    """FieldValue crosses processes and the spill as (FieldValue, its seven fields): the same value comes back,
    still frozen, and smaller than the instance dictionary would pickle."""
    import dataclasses

    v = FieldValue(12.5, "全角", "１２．５", "表", "C7", "label", "")
    back = pickle.loads(pickle.dumps(v, pickle.HIGHEST_PROTOCOL))
    assert back == v and [back.value, back.flag, back.raw, back.sheet, back.cell, back.how] == \
        [12.5, "全角", "１２．５", "表", "C7", "label"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        back.value = 1
    data = pickle.dumps(v, pickle.HIGHEST_PROTOCOL)
    assert not [name for name in ("flag", "raw", "sheet", "cell", "how", "rule") if name.encode() in data]  # no names
