"""Look at a file's bytes before any reader does: what it is, and whether it
stays inside the bounds we are willing to read.

Readers (python-calamine, openpyxl) can be taken down by a small hostile
file (a far cell reference makes calamine allocate hundreds of GB and abort
the process).  Everything here is cheap, streaming and bounded.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools.errors import RefusedFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * 1024 * 1024
    max_entries: int = 2_000
    max_entry_bytes: int = 200 * 1024 * 1024
    max_total_bytes: int = 400 * 1024 * 1024
    max_ratio: float = 200.0
    max_rows: int = 100_000
    max_cols: int = 16_384 // 16  # 1,024 columns (AMJ)
    max_cells: int = 2_000_000
    seconds_per_file: float = 60.0


DEFAULT_LIMITS = Limits()


@dataclass
class Sniffed:
    kind: str  # xlsx, xlsm, xls, encrypted, strict (as a note), ...
    has_macros: bool = False
    external_links: int = 0
    strict: bool = False
    notes: list[str] = field(default_factory=list)
    parts: dict[str, bytes] = field(default_factory=dict)  # small package parts read here, reused by the reader
    formulas: int = 0
    uncached_formulas: int = 0
    dde_formulas: int = 0
    uncached_cells: list[tuple[str, str]] = field(default_factory=list)  # (sheet part, A1) of uncached formulas
    special_styles: dict[int, str] = field(default_factory=dict)  # xf index → format code (io.styles)
    cell_formats: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet part → {A1: format code}


def sniff_bytes(head: bytes) -> str:
    """Kind from the first bytes: zip / ole / html / text / empty / unknown."""
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    probe = head[:512].lstrip().lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")) or b"<html" in probe:
        return "html"
    if b"\x00" not in head[:512]:
        return "text"
    return "unknown"


_REF_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+)([0-9]+)"')
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")
# a formula with no cached value: no <v>, or an empty one (<v/>, <v></v>, as openpyxl writes it)
_UNCACHED_RE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
                          rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")
_UNCACHED_CELL_RE = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*' + _UNCACHED_RE.pattern)
_DDE_RE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?>[^<]*\|[^<]*</(?:\w+:)?f>")
_ROW_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="([0-9]{1,9})"')


def _far_ref_re(limits: Limits) -> re.Pattern:
    """A cheap superset test for cell references that might pass the limits: a reference with at
    least as many letters as the first column over max_cols could have, or as many digits as
    max_rows has.  Only a chunk where it matches is scanned cell by cell (_REF_RE)."""
    letters = 3 if limits.max_cols >= 702 else 2 if limits.max_cols >= 26 else 1
    digits = len(str(limits.max_rows))
    return _FAR_CACHE.setdefault((letters, digits), re.compile(
        rb'r="(?:[A-Z]{%d,}[0-9]|[A-Z]+[0-9]{%d,}")' % (letters, digits)))  # literal start: fast scan


_FAR_CACHE: dict[tuple[int, int], re.Pattern] = {}


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> Sniffed:
    """Refuse (RefusedFile, Japanese reason) or describe a workbook file."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise RefusedFile(f"ファイルを開けません（{exc.strerror or exc}）", file=name,
                          code="unreadable") from exc
    if size > limits.max_file_bytes:
        raise RefusedFile(f"ファイルが大きすぎます（{size:,} バイト、上限 {limits.max_file_bytes:,}）",
                          file=name, code="too_big")
    kind = sniff_bytes(head)
    if kind == "empty":
        raise RefusedFile("ファイルが空です（0 バイト）", file=name, code="empty")
    if kind == "html":
        raise RefusedFile("中身が HTML です（Excel ブックではありません）。Excel で開いて .xlsx で保存し直してください",
                          file=name, code="html")
    if kind == "text":
        raise RefusedFile("中身がテキスト（CSV など）です。Excel の様式に入力して .xlsx で保存してください",
                          file=name, code="text")
    if kind == "ole":
        return _check_ole(path, name)
    if kind != "zip":
        raise RefusedFile("Excel ブックとして認識できない形式です", file=name, code="unknown_format")
    return _check_zip(path, name, limits)


def _check_ole(path: Path, name: str) -> Sniffed:
    try:
        import olefile  # shipped with msoffcrypto-tool
    except ImportError:  # pragma: no cover
        olefile = None
    if olefile is not None:
        try:
            with olefile.OleFileIO(str(path)) as ole:
                streams = {"/".join(s) for s in ole.listdir()}
        except Exception as exc:  # noqa: BLE001 - any parse failure is a refusal
            raise RefusedFile(f"壊れた Excel 97-2003 ファイルです（{type(exc).__name__}）",
                              file=name, code="corrupt_ole") from exc
        if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
            return Sniffed("encrypted")
        if "Workbook" in streams or "Book" in streams:
            sn = Sniffed("xls")
            sn.has_macros = any(s.startswith("_VBA_PROJECT_CUR") for s in streams)
            if _xls_is_encrypted(path):
                return Sniffed("encrypted")
            return sn
        raise RefusedFile("Excel ブックではない Office ファイルです（Word など）", file=name,
                          code="not_workbook")
    return Sniffed("xls")


def _xls_is_encrypted(path: Path) -> bool:
    try:
        import msoffcrypto

        with open(path, "rb") as fh:
            return bool(msoffcrypto.OfficeFile(fh).is_encrypted())
    except Exception:  # noqa: BLE001 - unknown means "let the reader decide"
        return False


def _check_zip(path: Path, name: str, limits: Limits) -> Sniffed:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise RefusedFile("ファイルが壊れています（zip として読めません。途中で切れている可能性があります）",
                          file=name, code="corrupt_zip") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise RefusedFile(f"ブック内の部品が多すぎます（{len(infos):,} 個）", file=name, code="too_many_entries")
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            dup = sorted({n for n in names if names.count(n) > 1})[0]
            raise RefusedFile(f"ブック内に同じ名前の部品が重複しています（{dup}）。改ざんの可能性があります",
                              file=name, code="duplicate_entry")
        total = 0
        for info in infos:
            if info.file_size > limits.max_entry_bytes:
                raise RefusedFile(f"ブック内の部品が大きすぎます（{info.filename}）", file=name, code="entry_too_big")
            total += info.file_size
            if info.compress_size and info.file_size / max(info.compress_size, 1) > limits.max_ratio \
                    and info.file_size > 1_000_000:
                raise RefusedFile(f"圧縮率が異常に高い部品があります（{info.filename}、zip 爆弾の疑い）",
                                  file=name, code="zip_bomb")
        if total > limits.max_total_bytes:
            raise RefusedFile("ブックを展開すると大きすぎます", file=name, code="too_big_unpacked")
        if "[Content_Types].xml" not in names:
            raise RefusedFile("Excel ブックではない zip ファイルです", file=name, code="not_workbook")
        if "xl/workbook.xml" not in names:
            if "word/document.xml" in names or "ppt/presentation.xml" in names:
                raise RefusedFile("Excel ブックではない Office ファイルです（Word など）", file=name,
                                  code="not_workbook")
            raise RefusedFile("Excel ブックではない zip ファイルです（xl/workbook.xml がありません）",
                              file=name, code="not_workbook")
        sn = Sniffed("xlsx")
        sn.has_macros = "xl/vbaProject.bin" in names
        if sn.has_macros:
            sn.kind = "xlsm"
        sn.external_links = sum(1 for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
        for info in infos:  # small parts the reader needs (names, properties, styles, check-box controls)
            if _kept_part(info.filename) and info.file_size < 5_000_000:
                sn.parts[info.filename] = b"".join(_chunks(zf, info, name, limits))  # verified once
        if b"purl.oclc.org/ooxml/spreadsheetml/main" in sn.parts.get("xl/workbook.xml", b"")[:4096]:
            sn.strict = True
        from workbook_tools.io.styles import special_styles

        sn.special_styles = special_styles(sn.parts.get("xl/styles.xml"))
        for info in infos:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                _prescan_sheet(zf, info, name, limits, sn)
            elif info.filename not in sn.parts and not unparsed_part(info.filename):
                _read_through(zf, info, name, limits)
        return sn


# Parts that no reader of ours (python-calamine, defusedxml on workbook.xml / custom.xml, the
# check-box reading of drawings and controls) ever decompresses or parses.  Their declared sizes and
# compression ratios are still checked from the central directory above; inflating them only to
# verify a CRC nobody relies on is skipped.  Anything not listed here is inflated and verified.
_UNPARSED_PREFIXES = ("xl/theme/", "xl/media/", "xl/printerSettings/", "docProps/thumbnail")
_UNPARSED_NAMES = frozenset({"docProps/app.xml", "docProps/core.xml", "xl/calcChain.xml"})


def unparsed_part(filename: str) -> bool:
    """True for a package part no reader parses (see _UNPARSED_PREFIXES)."""
    return filename in _UNPARSED_NAMES or filename.startswith(_UNPARSED_PREFIXES)


_KEPT_PARTS = ("xl/workbook.xml", "docProps/custom.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml")
_KEPT_PREFIXES = ("xl/worksheets/_rels/", "xl/ctrlProps/", "xl/drawings/vmlDrawing")


def _kept_part(name: str) -> bool:
    return name in _KEPT_PARTS or name.startswith(_KEPT_PREFIXES)


_DTD = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits):
    """Decompress one part in chunks: zipfile checks the declared size and the CRC, the
    total is bounded, and no XML part of a workbook may carry a DTD (the door to XML
    bombs and external entities)."""
    total = 0
    first = info.filename.endswith((".xml", ".rels", ".vml"))
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    return
                if first and b"<!" in chunk[:2048] and any(d in chunk[:2048] for d in _DTD):
                    raise RefusedFile(f"ブック内の XML に DTD（実体定義）があります（{info.filename}）。"
                                      "XML 爆弾や外部参照の可能性があるため読み込みません", file=name, code="xml_dtd")
                first = False
                total += len(chunk)
                if total > limits.max_entry_bytes:
                    raise RefusedFile(f"ブック内の部品が申告より大きい（{info.filename}）", file=name,
                                      code="declared_size_lie")
                yield chunk
    except zipfile.BadZipFile as exc:
        raise RefusedFile(f"ブック内の部品が壊れています（{info.filename}: {exc}）", file=name,
                          code="corrupt_entry") from exc


def _read_through(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits) -> None:
    for _ in _chunks(zf, info, name, limits):
        pass


_CELL_TAG_RE = re.compile(rb'<(?:\w+:)?c\s[^>]*?\ss="([0-9]{1,6})"[^>]*>')
_CELL_REF_RE = re.compile(rb'\sr="([A-Z]{1,3}[0-9]{1,7})"')


def _styled_cells(body: bytes, part: str, sn: Sniffed) -> None:
    """Cells whose style is one of the few that change a value's meaning (percent, literal text)."""
    found = sn.cell_formats.setdefault(part, {})
    for m in _CELL_TAG_RE.finditer(body):
        code = sn.special_styles.get(int(m.group(1)))
        ref = _CELL_REF_RE.search(m.group(0)) if code is not None else None
        if ref and len(found) < 100_000:
            found[ref.group(1).decode()] = code


def _prescan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits,
                   sn: Sniffed) -> None:
    """Stream the sheet XML: largest row/column referenced and number of cells."""
    max_row = max_col = cells = 0
    tail = b""
    far = _far_ref_re(limits)
    for chunk in _chunks(zf, info, name, limits):
        data = tail + chunk
        cut = data.rfind(b">") + 1
        body, tail = data[:cut], data[cut:]
        if len(tail) > 4096:
            tail = tail[-4096:]
        cells += body.count(b"<c ") + body.count(b"<c>") + body.count(b":c ")
        rows = _ROW_RE.findall(body)
        if rows:
            max_row = max(max_row, max(map(int, rows)))
        if b"<f" in body:  # cheap test first; <formula1> of a data validation also matches it
            n = len(_FORMULA_RE.findall(body))
            if n:  # the finer regexes only where a real formula element is
                sn.formulas += n
                uncached = len(_UNCACHED_RE.findall(body))
                sn.uncached_formulas += uncached
                if uncached and len(sn.uncached_cells) < 100:
                    sn.uncached_cells += [(info.filename, m.decode()) for m in _UNCACHED_CELL_RE.findall(body)][:100]
                sn.dde_formulas += len(_DDE_RE.findall(body))
        if sn.special_styles and b' s="' in body:
            _styled_cells(body, info.filename, sn)
        refs = _REF_RE.findall(body) if far.search(body) else None
        if refs:
            letters, digits = zip(*refs)
            max_row = max(max_row, max(map(int, digits)))
            max_col = max(max_col, _col_number(max(set(letters), key=lambda b: (len(b), b))))
        if cells > limits.max_cells:
            raise RefusedFile(f"セルの数が多すぎます（{info.filename}、{cells:,} 個以上）", file=name,
                              code="too_many_cells")
        if max_row > limits.max_rows or max_col > limits.max_cols:
            raise RefusedFile(
                f"使われている範囲が大きすぎます（{info.filename} の行 {max_row:,}・列 {max_col:,}）。"
                "不要な行や列を削除してください", file=name, code="far_cell")
