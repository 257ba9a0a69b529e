"""Odd file-system entries in the input folder: a generator makes each case, the CLI runs as a process, and
the run finishes with exit 0, every entry listed with a status and a Japanese reason, no traceback,
inputs unchanged.  Our own outputs are never read back as submissions."""
import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hostile
from workbook_tools.app import consolidate as job
from workbook_tools.app.templates import write_template
from workbook_tools.io import files

CLI = [sys.executable, "-m", "workbook_tools"]


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    d = tmp_path_factory.mktemp("good")
    template = write_template("survey", d / "survey.xlsx", year=2024)
    return hostile.good_survey(template, d / "良好.xlsx", 1)[0]


def make_entries(root: Path, outside: Path, good: Path) -> dict[str, str]:
    """Each odd entry the platform allows; {name: expected reason fragment, or "ok" to be read}."""
    root.mkdir(parents=True)
    outside.mkdir(parents=True)
    shutil.copy(good, root / "良好.xlsx")
    shutil.copy(good, outside / "外の提出.xlsx")
    expect = {"良好.xlsx": "ok"}
    if not hasattr(os, "symlink"):
        return expect
    try:
        os.symlink(root / "良好.xlsx", root / "中へのリンク.xlsx")
    except OSError:  # Windows without the right to make links
        return expect
    expect["中へのリンク.xlsx"] = "ok"
    os.symlink(root / "もうない.xlsx", root / "壊れたリンク.xlsx")
    expect["壊れたリンク.xlsx"] = "壊れたリンク"
    os.symlink(outside / "外の提出.xlsx", root / "外へのリンク.xlsx")
    expect["外へのリンク.xlsx"] = "入力フォルダの外を指すリンク"
    os.symlink(outside, root / "外のフォルダ", target_is_directory=True)
    expect["外のフォルダ"] = "フォルダへのリンク"
    os.symlink(root / "ループ.xlsx", root / "ループ.xlsx")
    expect["ループ.xlsx"] = "壊れたリンク"
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", root / "デバイスへのリンク.xlsx")
        expect["デバイスへのリンク.xlsx"] = "入力フォルダの外"
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "名前付きパイプ.xlsx")
        expect["名前付きパイプ.xlsx"] = "名前付きパイプ"
        os.symlink(root / "名前付きパイプ.xlsx", root / "パイプへのリンク.xlsx")
        expect["パイプへのリンク.xlsx"] = "名前付きパイプ"
    if hasattr(os, "mknod"):
        try:
            os.mknod(root / "デバイス.xlsx", 0o600 | 0o020000, os.makedev(1, 5))  # /dev/zero's numbers
            expect["デバイス.xlsx"] = "デバイス"
        except (OSError, PermissionError):
            pass
    return expect


def _snapshot(root: Path) -> dict[str, object]:
    """Links by their target, regular files by their hash; pipes and devices by their type only."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[p.name] = ("link", os.readlink(p))
        elif p.is_file():
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[p.name] = p.stat().st_mode >> 12
    return out


def _listed(data: dict) -> dict[str, str]:
    got = {r["file"]: r["status"] + ":" + (r.get("reason") or "") for r in data["files"]}
    got.update({s["file"]: "対象外:" + s["why"] for s in data["skipped"]})
    return got


def test_odd_entries_listed_run_finishes(tmp_path, good):
    root = tmp_path / "提出"
    expect = make_entries(root, tmp_path / "外", good)
    if len(expect) < 3:
        pytest.skip("this platform cannot make links, pipes or devices")
    before = _snapshot(root)
    out, js = root / "集約.xlsx", root / "集約.json"  # written inside the input folder on purpose
    for run in (1, 2):
        res = subprocess.run(CLI + ["consolidate", "survey", str(root), "-o", str(out), "--json", str(js),
                                    "--timeout", "30", "--jobs", "1"], capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        assert "Traceback" not in res.stderr
        listed = _listed(json.loads(js.read_text(encoding="utf-8")))
        for name, want in expect.items():
            assert name in listed, f"{name} not listed (run {run})"
            if want == "ok":
                assert listed[name].startswith(("正常", "警告")), listed[name]
            else:
                assert want in listed[name], (name, listed[name])
        if run == 2:  # the first run's outputs sit in the folder now: listed as ours, never read
            for own in ("集約.xlsx", "集約.json"):
                assert "このツールの今回の出力" in listed[own], listed[own]
    assert _snapshot(root) == {**before, **{k: v for k, v in _snapshot(root).items() if k.startswith("集約")}}


def test_previous_output_under_another_name_is_not_a_submission(tmp_path, good):
    root = tmp_path / "提出"
    root.mkdir()
    shutil.copy(good, root / "良好.xlsx")
    first = job.consolidate("survey", root, year=2024, isolate=False)
    job.write_workbook(first, root / "前回の集約.xlsx")
    (root / ".~wbt0000_1_1.tmp").write_bytes(b"left by a killed run")
    batch = job.consolidate("survey", root, year=2024, isolate=False)
    by = {r.path: r for r in batch.records}
    assert by["前回の集約.xlsx"].status == job.STATUS_REFUSED and "集約結果" in by["前回の集約.xlsx"].reason
    assert dict(batch.skipped)[".~wbt0000_1_1.tmp"] == "このツールの一時ファイルのため読み込みませんでした"
    assert [r.path for r in batch.used] == ["良好.xlsx"]


def test_file_deleted_between_discovery_and_hashing(tmp_path, good, monkeypatch):
    root = tmp_path / "提出"
    root.mkdir()
    for n in ("a.xlsx", "b.xlsx"):
        shutil.copy(good, root / n)
    real = job.discover

    def discover_then_delete(*a, **k):
        found = real(*a, **k)
        (root / "a.xlsx").unlink()
        return found

    monkeypatch.setattr(job, "discover", discover_then_delete)
    batch = job.consolidate("survey", root, year=2024, isolate=False)
    by = {r.path: r for r in batch.records}
    assert by["a.xlsx"].status == job.STATUS_REFUSED and "見つかりません" in by["a.xlsx"].reason
    assert by["b.xlsx"].status != job.STATUS_REFUSED


def test_file_deleted_between_discovery_and_hashing_in_a_worker(tmp_path, good, monkeypatch):
    """No hash before the run: the worker cannot open the file; the parent cannot hash it either, so the
    file is refused with the reason and the action of a file that cannot be hashed (as before)."""
    root = tmp_path / "提出"
    root.mkdir()
    for n in ("a.xlsx", "b.xlsx"):
        shutil.copy(good, root / n)
    real = job.discover

    def discover_then_delete(*a, **k):
        found = real(*a, **k)
        (root / "a.xlsx").unlink()
        return found

    monkeypatch.setattr(job, "discover", discover_then_delete)
    batch = job.consolidate("survey", root, year=2024, jobs=1, timeout=30)  # in a worker
    by = {r.path: r for r in batch.records}
    assert by["a.xlsx"].status == job.STATUS_REFUSED and "見つかりません" in by["a.xlsx"].reason
    assert [p.action for p in by["a.xlsx"].problems] == ["ファイルの場所と状態を確認してください"]
    assert not by["a.xlsx"].sha256
    assert by["b.xlsx"].status != job.STATUS_REFUSED
    assert not [p for p in batch.problems if p.code == "input_changed"]


@pytest.mark.parametrize("change", ["rewrite", "delete"])
def test_file_changed_or_deleted_after_reading(tmp_path, good, monkeypatch, change):
    """The worker's hash is of the bytes it read; the parent's, taken once more after that worker read the file
    (as its record arrives), differs (or cannot be taken)."""
    root = tmp_path / "提出"
    root.mkdir()
    for n in ("a.xlsx", "b.xlsx"):
        shutil.copy(good, root / n)
    from workbook_tools.io import files

    real = files._hash
    checked = []

    def change_then_hash(path, out):  # the file changes between its worker's read and the parent's check
        checked.append(Path(path).name)
        if Path(path).name == "a.xlsx":
            if change == "delete":
                Path(path).unlink()
            else:
                with open(path, "ab") as fh:
                    fh.write(b"\0")
        real(path, out)

    monkeypatch.setattr(files, "_hash", change_then_hash)
    batch = job.consolidate("survey", root, year=2024, jobs=1, timeout=30)
    by = {r.path: r for r in batch.records}
    assert by["a.xlsx"].status != job.STATUS_REFUSED  # read before it changed
    assert by["a.xlsx"].sha256 == hashlib.sha256(good.read_bytes()).hexdigest()
    changed = [p for p in batch.problems if p.code == "input_changed"]
    assert [p.file for p in changed] == ["a.xlsx"]
    assert ("確かめられませんでした" if change == "delete" else "変更されました") in changed[0].message
    assert sorted(checked) == ["a.xlsx", "b.xlsx"]  # each input hashed once more, once


def test_read_error_is_listed(tmp_path, good, monkeypatch):
    root = tmp_path / "提出"
    root.mkdir()
    for n in ("a.xlsx", "b.xlsx"):
        shutil.copy(good, root / n)
    real_open = os.open

    def eio(path, flags, *a, **k):
        if Path(path).name == "a.xlsx":
            raise OSError(errno.EIO, "Input/output error", str(path))
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(files.os, "open", eio)
    batch = job.consolidate("survey", root, year=2024, isolate=False)
    by = {r.path: r for r in batch.records}
    assert by["a.xlsx"].status == job.STATUS_REFUSED and "読み取りエラー" in by["a.xlsx"].reason
    assert by["b.xlsx"].status != job.STATUS_REFUSED


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX file system")
def test_pipe_is_never_opened_for_hashing(tmp_path):
    fifo = tmp_path / "p.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(files.RefusedFile) as e:
        files.sha256_file(fifo, timeout=5)
    assert "名前付きパイプ" in e.value.message


def test_hash_timeout(tmp_path, monkeypatch):
    import threading

    p = tmp_path / "slow.xlsx"
    p.write_bytes(b"x")
    gate = threading.Event()
    monkeypatch.setattr(files, "_hash", lambda path, out: gate.wait(30))
    with pytest.raises(files.RefusedFile) as e:
        files.sha256_file(p, timeout=0.2)
    assert "秒以内" in e.value.message
    other = tmp_path / "next.xlsx"
    other.write_bytes(b"next file")
    monkeypatch.undo()  # the hashing thread is still stuck on slow.xlsx: the next file must not wait for it
    assert files.sha256_file(other, timeout=5) == hashlib.sha256(b"next file").hexdigest()
    gate.set()


def test_hash_later_a_stuck_file_does_not_blame_the_files_queued_behind_it(tmp_path, monkeypatch):
    """HashLater hands files to its own reading thread in the order added; the thread sticks on the first (the
    shared thread stays free).  Waiting for a file queued behind it runs out, and that file (and the rest) is
    hashed afresh: right hashes for them, and the stuck one, asked for last, is the only one refused."""
    import threading

    gate = threading.Event()
    real = files._hash

    def stuck_on_slow(path, out):
        if path.name == "slow.xlsx":
            gate.wait(30)
        real(path, out)

    monkeypatch.setattr(files, "_hash", stuck_on_slow)
    paths = {}
    for name in ("slow.xlsx", "a.xlsx", "b.xlsx"):
        paths[name] = tmp_path / name
        paths[name].write_bytes(name.encode())
    later = files.HashLater()
    for name, p in paths.items():
        later.add(name, p)
    assert "a.xlsx" in later and "c.xlsx" not in later
    try:
        # the shared reading thread (reads with a deadline) is not held up behind the stuck file
        assert files.sha256_file(paths["b.xlsx"], timeout=1) == hashlib.sha256(b"b.xlsx").hexdigest()
        assert later.result("a.xlsx", timeout=0.3) == hashlib.sha256(b"a.xlsx").hexdigest()
        assert later.result("b.xlsx", timeout=0.3) == hashlib.sha256(b"b.xlsx").hexdigest()
        with pytest.raises(files.RefusedFile) as e:
            later.result("slow.xlsx", timeout=0.3)
        assert e.value.code == "hash_timeout"
    finally:
        gate.set()
    monkeypatch.undo()
    assert files.sha256_file(paths["a.xlsx"], timeout=5) == hashlib.sha256(b"a.xlsx").hexdigest()


def test_discover_order_and_a_folder_reached_through_a_link(tmp_path, good):
    """Files in subfolders are found in case-folded path order, whether the input folder is named by its own
    path or through a link to it; our output is recognised by either spelling of its path."""
    real = tmp_path / "実体"
    for rel in ("B.xlsx", "a.xlsx", "サブ/c.xlsx", "サブ/深い/d.xlsx", "集約.xlsx"):
        (real / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(good, real / rel)
    roots = [real]
    if hasattr(os, "symlink"):
        try:
            os.symlink(real, tmp_path / "リンク", target_is_directory=True)
            roots.append(tmp_path / "リンク")
        except OSError:  # Windows without the right to make links
            pass
    for root in roots:
        for output in {real / "集約.xlsx", root / "集約.xlsx"}:
            found, skipped = job.discover(root, [output])
            assert [p.relative_to(root).as_posix() for p in found] == \
                ["a.xlsx", "B.xlsx", "サブ/c.xlsx", "サブ/深い/d.xlsx"]
            assert all(p.is_relative_to(root) for p in found)
            assert skipped == [("集約.xlsx", "このツールの今回の出力ファイルのため読み込みませんでした")]


def test_a_consolidation_leaves_no_rehash_thread_behind(tmp_path, good):
    """Each run's rehash thread (io/files.HashLater) ends with the run: a notebook or Excel session that
    consolidates again and again does not gather idle threads."""
    import threading
    import time

    root = tmp_path / "提出"
    root.mkdir()
    for n in ("a.xlsx", "b.xlsx"):
        shutil.copy(good, root / n)

    def hashers() -> int:
        return sum(1 for t in threading.enumerate() if t.name == "wbt-hash")

    before = hashers()
    for _ in range(3):
        batch = job.consolidate("survey", root, year=2024, jobs=1, timeout=30)
        assert len(batch.records) == 2
        batch.close()
    deadline = time.monotonic() + 5
    while hashers() > before + 1 and time.monotonic() < deadline:  # + the shared reading thread, if it started
        time.sleep(0.05)
    assert hashers() <= before + 1


def test_a_file_named_only_by_its_extension_is_read(tmp_path, good):
    """'.xlsx' has no suffix for pathlib: it was passed over as a dot file, listed nowhere.  Dot files that are not
    workbooks (.DS_Store) are still passed over; a name without an extension is listed."""
    from workbook_tools.app.consolidate import discover

    for name in (".xlsx", ".XLSM", ".隠し.xlsx"):
        shutil.copyfile(good, tmp_path / name)
    (tmp_path / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tmp_path / "拡張子なし").write_bytes(b"x")
    found, skipped = discover(tmp_path)
    assert sorted(p.name for p in found) == sorted([".xlsx", ".XLSM", ".隠し.xlsx"])
    assert [name for name, _ in skipped] == ["拡張子なし"]
