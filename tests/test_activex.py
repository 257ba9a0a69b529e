"""Issue 11: ActiveX check boxes (Forms.CheckBox.1) in .xlsx — the linked cell decides, a
damaged control part is a note naming sheet and cell, never a crash."""
from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import pytest

from legacy import build_report, parts
from workbook_tools.app import consolidate as job
from workbook_tools.io.activex import BadControl, morph_value


def _patch(path: Path, changes: dict[str, bytes]) -> None:
    parts._rewrite(path, changes)


def _read(path: Path, tmp_path: Path):
    return job.process_file(job.Task(str(path), str(tmp_path), "report", 2024))


def test_activex_values_say_control_and_the_linked_cell_decides(tmp_path):
    path = build_report.c7_activex(tmp_path)
    rec = _read(path, tmp_path)
    # hand-read from AX_STATES: 2.(1) unchecked (J15 = FALSE), 2.(2) checked
    assert (rec.values["s2.paid"].value, rec.values["s2.paid"].how) == (False, "control")
    assert (rec.values["s2.usage_known"].value, rec.values["s2.usage_known"].how) == (True, "control")
    assert not [e for e in rec.extras if e[1].startswith("J")], "the linked cell is not an entry of its own"
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    sheet, n = re.subn(r'(<c r="J15"[^>]*t="b"[^>]*><v>)0(</v>)', r"\g<1>1\2", sheet)
    assert n == 1
    _patch(path, {"xl/worksheets/sheet1.xml": sheet.encode()})  # the .bin still says 0
    assert _read(path, tmp_path).values["s2.paid"].value is True


@pytest.mark.parametrize("damage", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, b"not ole at all"])
def test_a_damaged_activex_part_is_a_note_and_the_rest_is_read(tmp_path, damage):
    path = build_report.c7_activex(tmp_path)
    _patch(path, {"xl/activeX/activeX2.bin": damage})  # the box on 2.(2), row 16, not linked
    rec = _read(path, tmp_path)
    assert rec.values["s2.usage_known"].value is None  # unread: 未回答, not a guess
    assert rec.values["s3.tools"].value is True and rec.values["s2.paid"].value is False
    notes = [n for n in rec.notes if "ActiveX" in n]
    assert len(notes) == 1 and "報告書" in notes[0] and "A16" in notes[0], rec.notes


def test_morph_value_reads_the_value_and_refuses_truncated_streams():
    assert morph_value(parts.morph_data("1", "はい")) == "1"
    assert morph_value(parts.morph_data("0", "")) == "0"
    # hand-built: PropMask with only Value (bit 22): DataBlock = count, ExtraDataBlock = "1" + padding
    mask = 1 << 22
    only_value = bytes([0, 2]) + struct.pack("<HQI", 16, mask, 1 | 0x80000000) + b"1\0\0\0"
    assert morph_value(only_value) == "1"
    for bad in (only_value[:14], only_value[:-4], b"\0\1" + only_value[2:], b""):
        with pytest.raises(BadControl):
            morph_value(bad)


@pytest.mark.libreoffice
def test_activex_parts_are_what_libreoffice_reads(tmp_path, soffice):
    import lo

    path = build_report.c7_activex(tmp_path)
    with zipfile.ZipFile(path) as z:
        ocx = [z.read(n).decode() for n in z.namelist() if re.fullmatch(r"xl/activeX/activeX\d+\.xml", n)]
    assert len(ocx) == 18 and all(parts.AX_CLSID in x and "persistStorage" in x for x in ocx)
    ods = lo.convert(path, tmp_path / "lo", "ods")  # LibreOffice, an independent reader of the .bin
    with zipfile.ZipFile(ods) as z:
        content = z.read("content.xml").decode()
    boxes = re.findall(r"<form:checkbox [^>]*>", content)
    assert len(boxes) == 18
    states = [('form:current-state="checked"' in b) for b in boxes]
    assert states == build_report.AX_STATES  # in control order (CheckBox1..18)
    assert [re.search(r'form:label="([^"]*)"', b).group(1) for b in boxes] == [f"実施{i}" for i in range(1, 19)]


def test_an_oversized_activex_part_is_not_kept_and_is_a_note(tmp_path):
    import os

    path = build_report.c7_activex(tmp_path)
    _patch(path, {"xl/activeX/activeX3.bin": os.urandom((1 << 20) + 1)})  # incompressible: no zip-bomb refusal
    rec = _read(path, tmp_path)
    assert rec.values["s3.tools"].value is None and rec.values["s3.joint_org"].value is True
    assert any("A21" in n and "ActiveX" in n for n in rec.notes), rec.notes


def test_only_a_link_to_one_cell_of_the_same_sheet_counts():
    from workbook_tools.io.controls import _own_cell

    assert [_own_cell(x, "報告書") for x in ("J15", "報告書!J15", "'報告書'!j15", "他!J15", "J15:J16", "名前", "")] \
        == ["J15", "J15", "J15", "", "", "", ""]


def test_morph_value_on_any_bytes_is_a_string_or_bad_control():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=96), st.integers(0, 2**64 - 1))
    def run(tail, mask):
        for stream in (tail, bytes([0, 2]) + struct.pack("<HQ", len(tail), mask) + tail):
            try:
                assert isinstance(morph_value(stream), str)
            except BadControl:
                pass

    run()
