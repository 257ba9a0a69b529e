"""Hostile and broken submissions: the batch finishes, good files are consolidated,
bad files are refused with a reason, nothing leaks into the output."""
import hashlib
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

import hostile
import lo
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.errors import RefusedFile
from workbook_tools.io.readers import open_book


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return write_template("survey", tmp_path_factory.mktemp("t") / "survey.xlsx", year=2024)


def _make_xls(base: Path, folder: Path):
    if lo.soffice() is None:
        return None
    out = lo.convert(base, folder / "_xls", "xls")
    target = folder / "良好_旧形式.xls"
    out.rename(target)
    (folder / "_xls").rmdir()
    return target


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, template):
    folder = tmp_path_factory.mktemp("corpus") / "提出"
    expect = hostile.build_corpus(folder, template, _make_xls)
    before = _hashes(folder)
    batch = job.consolidate("survey", folder, year=2024, jobs=2, timeout=30)
    out, side = job.write_workbook(batch, folder.parent / "集約.xlsx")
    return folder, expect, batch, out, side, before


def test_corpus_is_large_enough(corpus):
    _, expect, *_ = corpus
    assert len([e for e in expect.values() if e["expect"] != "ok"]) >= 15 and len(expect) >= 28


def test_every_file_has_an_outcome(corpus):
    folder, expect, batch, *_ = corpus
    by = {r.path: r for r in batch.records}
    skipped = dict(batch.skipped)
    for name, e in expect.items():
        if e["expect"] == "skipped":
            assert name in skipped and "ロックファイル" in skipped[name]
            continue
        rec = by[name]
        if e["expect"] == "ok":
            assert rec.status != job.STATUS_REFUSED, (name, rec.reason)
            assert rec.get("h.union") == "東京第1職員労働組合" or name in ("良好_数式に見える文字.xlsx", "良好_長文.xlsx",
                                                                 "良好_制御文字.xlsx"), name
        else:
            assert rec.status == job.STATUS_REFUSED, name
            assert rec.reason and any(p.code == e["code"] for p in rec.problems), (name, rec.problems)
            assert any(p.file == name and p.message for p in rec.problems)


def test_notes_for_macros_links_and_formulas(corpus):
    _, _, batch, *_ = corpus
    by = {r.path: r for r in batch.records}
    assert any("マクロ" in n for n in by["良好_マクロ付き.xlsm"].notes)
    assert any("外部リンク" in n for n in by["良好_外部リンク.xlsx"].notes)
    f = by["良好_DDEとHYPERLINKと未計算の数式.xlsx"]
    assert any("DDE" in n for n in f.notes)
    # J90 =1+1 saved without its result: worked out (2) as Excel would on opening, and said (the DDE one never runs)
    said = [p for p in f.problems if p.code == "formula_worked_out"]
    assert [(p.cell, p.severity) for p in said] == [("J90", "情報")] and "1 件" in said[0].message
    if "良好_中身はxls.xlsx" in by:
        assert any("拡張子" in n for n in by["良好_中身はxls.xlsx"].notes)


def test_injection_texts_come_out_as_identical_strings(corpus):
    _, _, batch, out, *_ = corpus
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    values = {c.value for c in cells}
    for text in hostile.INJECTIONS:
        assert text in values, text
        for c in cells:
            if c.value == text:
                assert c.data_type == "s"  # a string, never a formula
    assert not wb["記述"]._hyperlinks and not any(ws._hyperlinks for ws in wb.worksheets)
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if "externalLink" in n]
        sheet_xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
        formulas = b"".join(re.findall(rb"<f[ >].*?</f>", sheet_xml, re.S))
        assert b"cmd|" not in formulas  # not even inside a formula element
        # texts are typed as strings: shared (t="s", a small batch) or inline (t="inlineStr", a streamed sheet)
        shared = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in z.namelist() else b""
        assert re.search(rb'<c [^>]*t="inlineStr"[^>]*><is><t[^>]*>[^<]*cmd\|', sheet_xml) or \
            (b"cmd|" in shared and b't="s"' in sheet_xml)
        assert b"<f>" not in b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet4"))


def test_long_text_side_file_and_control_characters(corpus):
    _, _, batch, out, side, _ = corpus
    assert side is not None and side.exists()
    assert "長" * 40_000 in side.read_text("utf-8")
    wb = openpyxl.load_workbook(out)
    texts = [c.value for row in wb["記述"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t == "長" * 32_767 for t in texts)
    assert any(t.startswith("前") and "\x01" not in t and "後" in t for t in texts)
    rec = next(r for r in batch.records if r.path == "良好_長文.xlsx")
    assert any(p.code == "long_text" for p in rec.problems)


def test_inputs_never_modified(corpus):
    folder, _, batch, _, _, before = corpus
    assert _hashes(folder) == before
    assert not [p for p in batch.problems if p.code == "input_changed"]


def test_encrypted_refused_then_read_with_password(tmp_path, template):
    import msoffcrypto

    plain, _ = hostile.good_survey(template, tmp_path / "平文.xlsx", 1)
    folder = tmp_path / "暗号"
    folder.mkdir()
    enc = folder / "パスワード付き.xlsx"
    with open(plain, "rb") as src, open(enc, "wb") as dst:
        f = msoffcrypto.OfficeFile(src)
        from msoffcrypto.format.ooxml import OOXMLFile

        OOXMLFile.encrypt(f, "秘密123", dst) if hasattr(OOXMLFile, "encrypt") else pytest.skip("no encrypt")
    with pytest.raises(RefusedFile) as e:
        open_book(enc)
    assert "パスワード" in e.value.message
    refused = job.consolidate("survey", folder, isolate=False)
    assert refused.records[0].status == job.STATUS_REFUSED and refused.records[0].problems[0].code == "encrypted"
    ok = job.consolidate("survey", folder, isolate=False, password="秘密123")
    assert ok.records[0].status != job.STATUS_REFUSED and ok.records[0].get("h.union") == "東京第1職員労働組合"
    assert any("暗号化" in n for n in ok.records[0].notes)
    wrong = job.consolidate("survey", folder, isolate=False, password="違う")
    assert wrong.records[0].problems[0].code == "decrypt_failed"
    assert "パスワードが違います" in wrong.records[0].problems[0].message


def test_an_encrypted_roster_is_not_told_to_use_password_or_be_resubmitted(tmp_path):
    """--password opens submissions, not the roster (nor a corrections workbook or a one-book command's input):
    the message about an encrypted roster tells the user to remove the protection, not to resubmit."""
    import subprocess
    import sys

    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    if not hasattr(OOXMLFile, "encrypt"):
        pytest.skip("no encrypt")
    plain = tmp_path / "名簿.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["県本部", "単組"])
    wb.active.append(["東京", "東京第1職員労働組合"])
    wb.save(plain)
    enc = tmp_path / "名簿_保護.xlsx"
    with open(plain, "rb") as src, open(enc, "wb") as dst:
        OOXMLFile.encrypt(msoffcrypto.OfficeFile(src), "秘密", dst)
    (tmp_path / "空").mkdir()
    res = subprocess.run([sys.executable, "-m", "workbook_tools", "consolidate", "survey", str(tmp_path / "空"), "-o",
                          str(tmp_path / "o.xlsx"), "--roster", str(enc), "--password", "秘密"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "パスワードで保護" in res.stderr and "パスワードを外し" in res.stderr, res.stderr
    assert "--password" not in res.stderr and "再提出" not in res.stderr, res.stderr


def test_an_encryption_msoffcrypto_cannot_undo_is_not_called_a_wrong_password(tmp_path, monkeypatch):
    """msoffcrypto checks the password first (InvalidKeyError) and fails later on what it cannot decrypt (Excel
    97-2003's XOR obfuscation ends in a struct.error): only the first is a wrong password."""
    import struct

    import msoffcrypto
    from msoffcrypto.exceptions import InvalidKeyError

    from workbook_tools.io.readers import _decrypt

    class Office:
        def __init__(self, fh):
            pass

        def load_key(self, password):
            if password != "正":
                raise InvalidKeyError("Failed to verify password")

        def decrypt(self, out):
            struct.unpack("<I", b"\0")  # what the XOR path raises

    monkeypatch.setattr(msoffcrypto, "OfficeFile", Office)
    for password, code, says in (("誤", "decrypt_failed", "パスワードが違います"),
                                 ("正", "decrypt_unsupported", "暗号化の方式に対応していない")):
        with pytest.raises(RefusedFile) as e:
            _decrypt(tmp_path / "x.xls", password, b"data")
        assert e.value.code == code and says in e.value.message


def test_a_rust_panic_in_the_reader_is_a_refusal_in_process_too(tmp_path, template, monkeypatch):
    """A file calamine's parser was not ready for makes it panic; pyo3 raises that as ``PanicException``, a
    BaseException (an `except Exception` lets it through).  A fuzzed .xls of Apache POI's public tests does
    this when the workbook is opened; here the library is replaced by one that panics the same way, when the
    book is opened and when a sheet is loaded.  Both become the usual Japanese refusal in the same process
    (the grid and Report B read in-process when not isolated); Ctrl+C still stops the run."""
    import python_calamine

    class PanicException(BaseException):  # as pyo3_runtime names it
        pass

    real = python_calamine.CalamineWorkbook
    good, _ = hostile.good_survey(template, tmp_path / "good.xlsx", 1)

    class Panics:
        @staticmethod
        def from_filelike(fh):
            raise PanicException("range end index 64 out of range for slice of length 1")

        from_path = from_filelike

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Panics)
    with pytest.raises(RefusedFile) as caught:
        open_book(good)
    assert caught.value.code == "read_failed" and "読み込めません" in caught.value.message

    class SheetPanics:  # opens, then panics loading a sheet
        def __init__(self, wb):
            self.wb = wb

        @classmethod
        def from_path(cls, path):
            return cls(real.from_path(path))

        @classmethod
        def from_filelike(cls, fh):
            return cls(real.from_filelike(fh))

        def __getattr__(self, name):
            return getattr(self.wb, name)

        def get_sheet_by_name(self, name):
            raise PanicException("called `Option::unwrap()` on a `None` value")

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", SheetPanics)
    from workbook_tools.errors import InputError

    book = open_book(good)
    with pytest.raises(InputError) as caught:
        book.sheet(book.sheet_names[0])
    assert caught.value.code == "sheet_failed" and caught.value.sheet == book.sheet_names[0]

    class Interrupted(Panics):
        @staticmethod
        def from_filelike(fh):
            raise KeyboardInterrupt

        from_path = from_filelike

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_book(good)
