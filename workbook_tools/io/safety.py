"""Look at a file's bytes before any reader does: what it is, and whether it
stays inside the bounds we are willing to read.

Readers (python-calamine, openpyxl) can be taken down by a small hostile
file (a far cell reference makes calamine allocate hundreds of GB and abort
the process).  Everything here is cheap, streaming and bounded.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
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
    max_ratio: float = 200.0  # uncompressed / compressed, for parts over ratio_floor_bytes
    ratio_floor_bytes: int = 1_000_000
    # rows × columns from A1 to the farthest cell: the reader allocates the whole rectangle
    # (~40 bytes a cell), so the area is bounded, not rows and columns apart.  5,000,000 is
    # 1,048,576 rows × 4 columns or 300 rows × 16,384 columns; 100,000 × 1,024 is refused.
    max_cell_area: int = 5_000_000
    max_book_area: int = 10_000_000  # all sheets of a book together (the legacy search reads them all)
    max_cells: int = 2_000_000
    max_strings: int = 2_000_000  # shared strings of an .xls (SST)
    seconds_per_file: float = 60.0


DEFAULT_LIMITS = Limits()
XLS_SHEET = "xls:"  # Sniffed.hidden's key prefix for an Excel 97-2003 sheet (by name: it has no parts)


@dataclass
class Sniffed:
    kind: str  # xlsx, xlsm, xls, encrypted, strict (as a note), ...
    has_macros: bool = False
    external_links: int = 0
    strict: bool = False
    notes: list[str] = field(default_factory=list)
    note_sheets: dict[str, str] = field(default_factory=dict)  # a note → the sheet tab it is about (problems name it)
    parts: dict[str, bytes] = field(default_factory=dict)  # small package parts read here, reused by the reader
    formulas: int = 0
    uncached_formulas: int = 0
    dde_formulas: int = 0
    uncached_cells: list[tuple[str, str]] = field(default_factory=list)  # (sheet part, A1) of uncached formulas
    # sheet parts with a formula whose saved result is #NAME? (a text typed with 「-」 or 「=」 first that Excel made a
    # formula of: 「-辞令交付日に説明会」; io.readers.Book reads such a formula's own text)
    name_errors: set[str] = field(default_factory=set)
    special_styles: dict[int, str] = field(default_factory=dict)  # xf index → format code (io.styles)
    # attributes of the <Relationship> elements of xl/_rels/workbook.xml.rels, as read here (io.controls reuses them)
    workbook_rels: list[dict[str, str]] | None = None
    cell_formats: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet part → {A1: format code}
    # sheet part (or XLS_SHEET + name) → (hidden rows, hidden columns), 0-based: what a person does not see is not
    # read as an answer
    hidden: dict[str, tuple[set[int], set[int]]] = field(default_factory=dict)
    # sheet part → (first row, last row, the columns of its conditions), 0-based, of an AutoFilter narrowing the view:
    # rows it hides are out of view, not put away (io.readers.Book.hidden leaves them out, Book.filtered names them)
    filtered: dict[str, tuple[int, int, tuple[int, ...]]] = field(default_factory=dict)
    # sheets whose prescan waits until a reader loads them (check_file(defer_sheets=True)); None when none waits
    pending: _Pending | None = field(default=None, repr=False, compare=False)


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


# Cell references and row numbers.  The literal ' r="' lets the regex engine jump from
# candidate to candidate (several times faster than a pattern starting with '<' and a class);
# a part that separates attributes with tabs or line breaks is scanned with the slow forms.
# One pattern for both: a row's r="7" has no letters.
_REF_RE = re.compile(rb' r="([A-Z]*)([0-9]+)"')
_REF_RE_ANY_SPACE = re.compile(rb'\sr="([A-Z]*)([0-9]+)"')
# a formula with no cached value: no <v>, or an empty one (<v/>, <v></v>, as openpyxl writes it)
_UNCACHED_RE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
                          rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")
_UNCACHED_CELL_RE = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*' + _UNCACHED_RE.pattern)
_DDE_RE = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?>[^<]*\|[^<]*</(?:\w+:)?f>")


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS, data: bytes | None = None, *,
               defer_sheets: bool = False) -> Sniffed:
    """Refuse (RefusedFile, Japanese reason) or describe a workbook file.

    `data`: the file's bytes when the caller has read them (they are what is checked; `path` then
    only names the file in messages).  `defer_sheets` (with `data`, in a package without ActiveX
    parts): each worksheet's prescan waits in `Sniffed.pending` until `scan_sheet` is called for it,
    which io.readers.Book does just before calamine loads that sheet; everything else is checked
    here.  Without it every sheet is scanned here."""
    name = path.name
    if data is not None:
        size, head = len(data), data[:2048]
    else:
        try:
            size = path.stat().st_size
            with open(path, "rb") as fh:
                head = fh.read(2048)
        except OSError as exc:
            raise RefusedFile(f"ファイルを開けません（{os_reason(exc)}）", file=name, code="unreadable") from exc
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
    source = io.BytesIO(data) if data is not None else path
    if kind == "ole":
        return _check_ole(source, name, limits)
    if kind != "zip":
        raise RefusedFile("Excel ブックとして認識できない形式です", file=name, code="unknown_format")
    return _check_zip(source, name, limits, defer_sheets and data is not None, data)


def os_reason(exc: OSError) -> str:
    """Japanese for a file-system error (strerror is English on most systems)."""
    import errno

    return {errno.ENOENT: "ファイルが見つかりません（削除または移動された可能性があります）",
            errno.EACCES: "アクセスが拒否されました（権限がないか、他のプログラムが使用中です）",
            errno.EPERM: "アクセスが拒否されました（権限がありません）",
            errno.EISDIR: "ファイルではなくフォルダです",
            errno.EIO: "読み取り中に入出力エラーが起きました（ディスクやネットワークを確認してください）",
            }.get(exc.errno or -1, "ファイルを読み取れません")


def _check_ole(source: Path | io.BytesIO, name: str, limits: Limits) -> Sniffed:
    try:
        import olefile  # shipped with msoffcrypto-tool
    except ImportError:  # pragma: no cover
        return Sniffed("xls")
    from workbook_tools.io.xls_bounds import check_ole_streams, scan_workbook_stream

    try:
        with olefile.OleFileIO(source if isinstance(source, io.BytesIO) else str(source)) as ole:
            # compound file names compare without case (Excel reads a "WORKBOOK" stream; some writers use it)
            streams = {"/".join(s).upper(): "/".join(s) for s in ole.listdir()}
            if "ENCRYPTIONINFO" in streams or "ENCRYPTEDPACKAGE" in streams:
                return Sniffed("encrypted")
            stream = streams.get("WORKBOOK") or streams.get("BOOK")
            if stream is None:
                raise RefusedFile("Excel ブックではない Office ファイルです（Word など）", file=name,
                                  code="not_workbook")
            check_ole_streams(ole, name, limits)
            data = ole.openstream(stream).read()
    except RefusedFile:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure is a refusal
        raise RefusedFile("壊れた Excel 97-2003 ファイルです（ファイルの構造を読めません）",
                          file=name, code="corrupt_ole") from exc
    facts = scan_workbook_stream(data, name, limits)
    if facts.encrypted:
        return Sniffed("encrypted")
    sn = Sniffed("xls")
    sn.has_macros = any(s.startswith("_VBA_PROJECT_CUR") for s in streams)  # (upper-cased names)
    sn.hidden = {XLS_SHEET + name: rows_cols for name, rows_cols in facts.hidden.items()}
    sn.cell_formats = {XLS_SHEET + name: {f"{_col_letters(c + 1).decode()}{r + 1}": code
                                             for (r, c), code in cells.items()}
                       for name, cells in facts.cell_formats.items() if cells}
    return sn


class _Package(zipfile.ZipFile):
    """A package opened over bytes in memory (``raw``), whose small parts _part can inflate from them directly."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self.raw = memoryview(data)


def name_tabs(exc: RefusedFile, part_tabs: dict[str, str]) -> RefusedFile:
    """A refusal with the sheets named by their tabs, not by their parts in the package (「xl/worksheets/sheet1.xml の行
    1,048,576 …」 → 「シート「回答票」の行 …」: the sender sees tabs).  ``part_tabs``: {part: tab}.  The refusal as it was
    when it names no sheet's part."""
    message, sheet = exc.message, exc.sheet
    for part, name in part_tabs.items():
        if part in message:
            label = f"シート「{name}」"
            message, sheet = message.replace(f"{part} の", f"{label}の").replace(part, label), sheet or name
    return exc if message == exc.message else RefusedFile(message, file=exc.file, sheet=sheet, cell=exc.cell,
                                                          code=exc.code)


def _by_tab(exc: RefusedFile, sn: Sniffed, part: str) -> RefusedFile:
    """A sheet's refusal naming the sheet by its tab, as xl/workbook.xml and its relationships say (io.controls
    sheet_parts: the one reading of them)."""
    if part not in exc.message:
        return exc
    from workbook_tools.io.controls import sheet_parts

    return name_tabs(exc, {p: n for n, p in sheet_parts(sn.parts, rels=sn.workbook_rels).items() if p == part})


def _check_zip(source: Path | io.BytesIO, name: str, limits: Limits, defer: bool = False,
               data: bytes | None = None) -> Sniffed:
    try:
        zf = _Package(data) if data is not None else zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise RefusedFile("ファイルが壊れています（zip として読めません。途中で切れている可能性があります）",
                          file=name, code="corrupt_zip") from exc
    except NotImplementedError as exc:  # a zip "version needed" or method zipfile has not got: damage, or an odd zipper
        raise RefusedFile("ファイルが壊れているか、対応していない形式の zip です（zip として読めません）",
                          file=name, code="corrupt_zip") from exc
    try:
        infos = zf.infolist()
        _check_directory(infos, name, limits)
        names = {i.filename for i in infos}
        sn = _package_kind(zf, names, name, limits)
        sheets, parsed = _parts_read_by_reader(zf, infos, name, limits, sn)
        # check boxes (io.controls) read each sheet's <controls>, cut out by the prescan, when the book is
        # opened: in a package with any VML drawing or ActiveX part every sheet is scanned here
        defer = defer and not any(n.startswith(("xl/drawings/vmlDrawing", "xl/activeX/")) for n in names)
        pending = _Pending(zf, name, limits)
        for info in infos:
            if info.filename in sn.parts:
                continue  # read (and checked) above
            if info.filename in sheets:
                if defer:
                    pending.parts[info.filename] = info
                else:
                    try:
                        pending.scan(info, sn)
                    except RefusedFile as exc:
                        named = _by_tab(exc, sn, info.filename)
                        if named is exc:
                            raise
                        raise named from exc
            elif info.filename in parsed or (_is_xml_name(info.filename) and not unparsed_part(info.filename)):
                _read_through(zf, info, name, limits)
            # any other part (images, printer settings, vbaProject.bin) is never decompressed by
            # anyone: its declared size and ratio were checked above, which is all it can cost
    except BaseException:
        zf.close()
        raise
    if pending.parts:
        sn.pending = pending  # the zip (over the caller's bytes) stays open for the sheets still to scan
    else:
        zf.close()
    return sn


class _Pending:
    """Worksheets not scanned yet (check_file(defer_sheets=True)), the open package they are in, and the
    cell area of the book's sheets scanned so far (the book-wide bound counts every sheet scanned)."""

    def __init__(self, zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
        self.zf, self.name, self.limits = zf, name, limits
        self.parts: dict[str, zipfile.ZipInfo] = {}  # stored name → entry, in the zip's order
        self.by_sheet: dict[str, str] = {}  # sheet name → its stored part, where that is certain (settle)
        self.area = 0
        self.refused: RefusedFile | None = None  # once a sheet is refused, every later scan raises it again
        self.dde_noted: dict[str, int] = {}  # part → DDE formulas counted by note_unread_sheets (not scanned)

    def scan(self, info: zipfile.ZipInfo, sn: Sniffed) -> None:
        if self.refused is not None:
            raise self.refused
        sn.dde_formulas -= self.dde_noted.pop(info.filename, 0)  # the scan counts them again
        try:
            self.area += _prescan_sheet(self.zf, info, self.name, self.limits, sn)
            if self.area > self.limits.max_book_area:
                raise RefusedFile(f"ブック全体の使われている範囲が大きすぎます（{self.area:,} セル相当、上限 "
                                  f"{self.limits.max_book_area:,}）。不要なシートや行・列を削除してください",
                                  file=self.name, code="far_cell")
        except RefusedFile as exc:
            self.refused = exc
            raise
        self.parts.pop(info.filename, None)


def settle_pending(sn: Sniffed, targets: dict[str, str]) -> None:
    """After the workbook part is read: `targets` is {sheet name: its relationship's Target} as
    xl/workbook.xml and its relationships say.  A waiting sheet stays waiting only when exactly one sheet
    name points at it with a plain target (`worksheets/x.xml` or `/xl/worksheets/x.xml`: no dot segments,
    no backslash, the stored name exactly), so the part a reader loads for that name is the part scanned
    for it; every other waiting sheet is scanned now."""
    pending = sn.pending
    if pending is None:
        return
    claims: dict[str, list[str]] = {}
    for sheet, target in targets.items():
        part = _plain_target(target)
        if part in pending.parts:
            claims.setdefault(part, []).append(sheet)
    pending.by_sheet = {names[0]: part for part, names in claims.items() if len(names) == 1}
    kept = set(pending.by_sheet.values())
    for part in [p for p in pending.parts if p not in kept]:
        _scan_waiting(sn, part)


def _plain_target(target: str) -> str | None:
    """The stored name a plain target names; None for anything else (a backslash, an empty segment, any
    segment starting with a dot: '.', '..', and a few harmless names too, which are then scanned at open)."""
    if "\\" in target or "//" in target or "/." in target or target.startswith("."):
        return None
    return target[1:] if target.startswith("/") else "xl/" + target


def scan_sheet(sn: Sniffed, sheet: str | None = None) -> None:
    """The pre-check of a waiting sheet, before a reader loads it: the one part settled for that sheet
    name, or every waiting sheet (a name not settled, or sheet None).  Refuses (RefusedFile) as the eager
    scan does; the book-wide area counts every sheet scanned so far."""
    pending = sn.pending
    if pending is None:
        return
    if pending.refused is not None:
        raise pending.refused
    if sheet is not None and sheet in pending.by_sheet:
        part = pending.by_sheet[sheet]
        waiting = [part] if part in pending.parts else []  # [] : scanned already
    else:
        waiting = list(pending.parts)
    for part in waiting:
        _scan_waiting(sn, part)


def note_unread_sheets(sn: Sniffed) -> None:
    """When the reading is over: the sheets still waiting were never loaded (e.g. a template's list sheet),
    so no reader allocated for them and their bounds did not matter; what someone opening the file in Excel
    would meet still does: their DDE formulas are counted (Sniffed.dde_formulas), as the full scan at open
    counts them.  A part that does not inflate cleanly is passed over (nobody parses it).  The sheets keep
    waiting: one loaded after all is scanned (and may be refused) first, its DDE formulas counted once."""
    pending = sn.pending
    if pending is None:
        return
    for part, info in pending.parts.items():
        if part in pending.dde_noted:
            continue
        found = 0
        try:
            for body in _tag_pieces(pending.zf, info, pending.name, pending.limits):
                if b"|" in body:
                    found += len(_DDE_RE.findall(body))
        except RefusedFile:
            continue
        pending.dde_noted[part] = found
        sn.dde_formulas += found


def _scan_waiting(sn: Sniffed, part: str) -> None:
    pending = sn.pending
    assert pending is not None
    pending.scan(pending.parts[part], sn)
    if not pending.parts:
        pending.zf.close()
        sn.pending = None


def _check_directory(infos: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Bounds that the zip's central directory alone can prove."""
    if len(infos) > limits.max_entries:
        raise RefusedFile(f"ブック内の部品が多すぎます（{len(infos):,} 個、上限 {limits.max_entries:,}）",
                          file=name, code="too_many_entries")
    seen: set[str] = set()
    total = 0
    for info in infos:
        folded = info.filename.casefold()
        if folded in seen:
            raise RefusedFile(f"ブック内に同じ名前の部品が重複しています（{info.filename}）。改ざんの可能性があります",
                              file=name, code="duplicate_entry")
        seen.add(folded)
        if info.file_size > limits.max_entry_bytes:
            raise RefusedFile(f"ブック内の部品が大きすぎます（{info.filename}）", file=name, code="entry_too_big")
        total += info.file_size
        if info.file_size > limits.ratio_floor_bytes and \
                info.file_size / max(info.compress_size, 1) > limits.max_ratio:
            raise RefusedFile(f"圧縮率が異常に高い部品があります（{info.filename}、zip 爆弾の疑い）",
                              file=name, code="zip_bomb")
    if total > limits.max_total_bytes:
        raise RefusedFile("ブックを展開すると大きすぎます", file=name, code="too_big_unpacked")


def _package_kind(zf: zipfile.ZipFile, names: set[str], name: str, limits: Limits) -> Sniffed:
    """An Excel package or not; macros, external links, Strict; the small parts the reader reuses."""
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise RefusedFile(_not_a_workbook(zf, names), file=name, code="not_workbook")
    sn = Sniffed("xlsx")
    sn.has_macros = "xl/vbaProject.bin" in names
    if sn.has_macros:
        sn.kind = "xlsm"
    sn.external_links = sum(1 for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    for info in zf.infolist():  # small parts the reader needs (names, properties, styles, check-box controls)
        if _kept_part(info.filename) and info.file_size < _kept_limit(info.filename):
            sn.parts[info.filename] = _part(zf, info, name, limits)
    from workbook_tools.io.styles import special_styles

    sn.special_styles = special_styles(sn.parts.get("xl/styles.xml"))
    if b"purl.oclc.org/ooxml/spreadsheetml/main" in sn.parts.get("xl/workbook.xml", b"")[:4096]:
        sn.strict = True
    return sn


_RESAVE = "Excel で開き、「Excel ブック（*.xlsx）」として保存し直してください"


def _not_a_workbook(zf: zipfile.ZipFile, names: set[str]) -> str:
    """Why a zip file is not a workbook we read, in words that tell the user what to do."""
    if "xl/workbook.bin" in names:
        return f"Excel バイナリ ブック（.xlsb）は読み込めません。{_RESAVE}"
    if "mimetype" in names and "content.xml" in names:
        try:
            mime = zf.read("mimetype")[:100] if zf.getinfo("mimetype").file_size <= 100 else b""
        except Exception:  # noqa: BLE001 - the kind is only a hint: any fault keeps the plain message
            mime = b""
        if b"opendocument.spreadsheet" in mime:
            return "OpenDocument のスプレッドシート（.ods）は読み込めません。Excel または LibreOffice で開き、.xlsx 形式で保存し直してください"
    if "word/document.xml" in names or "ppt/presentation.xml" in names:
        return "Excel ブックではない Office ファイルです（Word など）"
    folded = {n.replace("\\", "/").casefold() for n in names}
    if "[content_types].xml" in folded or any(n.endswith("workbook.xml") for n in folded):
        return f"Excel の標準と違う形で書かれたブックです（部品の名前や置き場所が標準と違います）。{_RESAVE}"
    return "Excel ブックではない zip ファイルです"


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
_KEPT_PREFIXES = ("xl/worksheets/_rels/", "xl/ctrlProps/", "xl/drawings/vmlDrawing", "xl/activeX/")


def _kept_part(name: str) -> bool:
    return name in _KEPT_PARTS or name.startswith(_KEPT_PREFIXES)


def _kept_limit(name: str) -> int:
    """ActiveX parts of a check box are a few hundred bytes: a larger one is not kept (not read)."""
    return 1 << 20 if name.startswith("xl/activeX/") else 5_000_000


_CONTROLS_START = re.compile(rb"<(?:\w+:)?controls[\s>]")
_CONTROLS_END = re.compile(rb"</(?:\w+:)?controls>")
_ROOT_TAG = re.compile(rb"<((?:\w+:)?worksheet)[\s>][^>]*>")
_MAX_CONTROLS = 1 << 20


def _keep_controls(body: bytes, kept: bytearray | None, root: bytes) -> tuple[bytearray | None, bool]:
    """Collect the sheet's <controls> element (ActiveX anchors and linked cells) after the root tag
    (its namespace declarations), at most 1 MB: (what is collected, whether it is complete)."""
    if kept is None:
        m = _CONTROLS_START.search(body)
        if not m or not root:
            return None, False
        kept, body = bytearray(root), body[m.start():]
    end = _CONTROLS_END.search(body)
    kept += body[:end.end()] if end else body
    if len(kept) > _MAX_CONTROLS:
        return None, False  # too large for check boxes: not kept, so not read
    return kept, bool(end)


_RELS = "xl/_rels/workbook.xml.rels"
_SHEET_TYPES = ("/worksheet", "/chartsheet", "/dialogsheet", "/macrosheet", "/xlMacrosheet", "/xlIntlMacrosheet")


def _parts_read_by_reader(zf: zipfile.ZipFile, infos, name: str, limits: Limits,
                          sn: Sniffed) -> tuple[set[str], set[str]]:
    """(sheet parts, other parts the reader parses), as stored names.

    Follows xl/_rels/workbook.xml.rels, wherever a target points and in any letter case
    (a sheet stored as xl/Data/S1.XML is still a sheet); every xl/worksheets/*.xml counts too."""
    by_folded: dict[str, list[str]] = {}
    for info in infos:
        by_folded.setdefault(info.filename.casefold(), []).append(info.filename)
    sheets = {i.filename for i in infos if i.filename.casefold().startswith("xl/worksheets/")
              and i.filename.casefold().endswith(".xml")}
    parsed = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", _RELS}
    rels = next(iter(by_folded.get(_RELS.casefold(), [])), None)
    if rels is None:
        return sheets, parsed
    if rels not in sn.parts:  # kept already (xl/_rels/workbook.xml.rels in its usual spelling)
        sn.parts[rels] = _part(zf, zf.getinfo(rels), name, limits)
    found = _relationships(sn.parts[rels], name)
    if rels == _RELS:
        sn.workbook_rels = [attrs for tag, attrs in found if tag == _RELATIONSHIP]
    for rel_type, target in ((a.get("Type", ""), a.get("Target", "")) for _, a in found
                             if a.get("TargetMode", "") != "External"):
        stored = by_folded.get(_resolve(target).casefold(), [])
        parsed.update(s for s in stored if not unparsed_part(s))  # a theme is never parsed
        if rel_type.endswith(_SHEET_TYPES):
            sheets.update(stored)
    return sheets, parsed


def _relationships(xml: bytes, name: str) -> tuple[tuple[str, dict[str, str]], ...]:
    """(element name, attributes) of every element whose name ends with Relationship."""
    try:
        return _relationship_elements(xml)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a refusal
        raise RefusedFile("ブックの構造（workbook.xml.rels）が壊れています", file=name,
                          code="bad_workbook_rels") from exc


@lru_cache(maxsize=64)
def _relationship_elements(xml: bytes) -> tuple[tuple[str, dict[str, str]], ...]:
    """_relationships, parsed once per process for the same bytes (files filled from one template carry
    the same part; a bytes object caches its hash).  A failed parse raises every time; the result is
    shared and only read (Sniffed.workbook_rels, io.controls)."""
    from workbook_tools.io.xmlscan import elements  # the part was checked for a DTD already

    return tuple(elements(xml, _is_relationship))


def _is_relationship(tag: str) -> bool:
    return tag.endswith("Relationship")


_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"  # expat's spelling


def _resolve(target: str) -> str:
    """A relationship target of xl/workbook.xml as a package path."""
    parts = [] if target.startswith("/") else ["xl"]
    for piece in target.replace("\\", "/").split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if parts:
                parts.pop()
        else:
            parts.append(piece)
    return "/".join(parts)


def _is_xml_name(part: str) -> bool:
    return part.casefold().endswith((".xml", ".rels", ".vml"))


# A DTD is the door to XML bombs and external entities; no part of a workbook needs one.
# UTF-16 spellings too (an XML part may declare that encoding).
_DTD_RE = re.compile(rb"<!(?i:doctype|entity)|<\x00!\x00[DdEe]\x00|\x00<\x00!\x00[DdEe]")
_DTD_OVERLAP = 16


_CHUNK = 1 << 20


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits):
    """Decompress one part in chunks: zipfile checks the declared size and the CRC at the
    end, the total is bounded, and no chunk (nor a chunk boundary) may hold a DTD.  Once the
    declared size has been read, zipfile has reached the end of the data and checked the CRC
    (it never gives more than the declared size), so no further read is asked for.  A part
    declared below one chunk is read in one call (_part: the same checks, no generator)."""
    if info.file_size < _CHUNK:
        yield _part(zf, info, name, limits)
        return
    total = 0
    tail = b""
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK) if total < info.file_size else b""
                if not chunk:
                    if total != info.file_size:  # shorter than declared: a reader may size buffers by it
                        raise _size_lie(info, name)
                    return
                probe = tail + chunk if tail else chunk
                if _may_hold_dtd(probe) and _DTD_RE.search(probe):
                    raise _dtd_found(info, name)
                tail = chunk[-_DTD_OVERLAP:]
                total += len(chunk)
                if total > limits.max_entry_bytes:
                    raise RefusedFile(f"ブック内の部品が申告より大きい（{info.filename}）", file=name,
                                      code="declared_size_lie")
                yield chunk
    except _ZIP_ERRORS as exc:
        raise _corrupt(info, name, exc) from exc


def _part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits) -> bytes:
    """A whole part, checked as _chunks checks it; one read when it is declared below one chunk."""
    if info.file_size >= _CHUNK:
        return b"".join(_chunks(zf, info, name, limits))
    data = _clean_part(zf.raw, info) if type(zf) is _Package else None
    if data is None:  # not a clean part in memory: zipfile reads it and names any fault
        try:
            with zf.open(info) as fh:  # zipfile stops at the declared size and checks the CRC there
                data = fh.read(_CHUNK)
        except _ZIP_ERRORS as exc:
            raise _corrupt(info, name, exc) from exc
        if len(data) != info.file_size:  # shorter than declared: a reader may size buffers by it
            raise _size_lie(info, name)
    if _may_hold_dtd(data) and _DTD_RE.search(data):
        raise _dtd_found(info, name)
    return data


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # a zip entry's local file header (as zipfile reads it)
_UNUSUAL_FLAGS = 0x1 | 0x20 | 0x40  # encrypted, compressed patched data, strong encryption


def _clean_part(raw: memoryview, info: zipfile.ZipInfo) -> bytes | None:
    """A small part inflated straight from the package's bytes, when everything about it is as it should be: the
    local header's signature and name match the directory, the part is stored or deflated (not encrypted), its
    deflate stream ends, and it gives exactly the declared size with the declared CRC.  What zipfile.open and
    reading to the end would give, without its per-part objects (about a sixth of the pre-check of a small
    file).  None for anything else: the caller then reads the part through zipfile, so every fault is refused
    exactly as before."""
    if info.flag_bits & _UNUSUAL_FLAGS or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return None
    at = info.header_offset
    header = raw[at:at + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size:
        return None
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != b"PK\x03\x04":
        return None
    start = at + _LOCAL_HEADER.size
    try:
        stored_name = bytes(raw[start:start + fields[10]]).decode("utf-8" if fields[3] & 0x800 else "cp437")
    except UnicodeDecodeError:
        return None
    if stored_name != info.orig_filename:
        return None
    start += fields[10] + fields[11]
    end = getattr(info, "_end_offset", None)  # newer zipfile refuses a part running into the next one (overlap)
    if end is not None and start + info.compress_size > end:
        return None
    body = raw[start:start + info.compress_size]
    if len(body) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        data = bytes(body)
    else:
        inflate = zlib.decompressobj(-15)
        try:
            data = inflate.decompress(body, info.file_size + 1)
        except zlib.error:
            return None
        if not inflate.eof:
            return None
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return None
    return data


_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, zlib.error)


def _corrupt(info: zipfile.ZipInfo, name: str, exc: BaseException) -> RefusedFile:
    if isinstance(exc, zlib.error):
        return RefusedFile(f"ブック内の部品が壊れています（{info.filename}、圧縮データが不正）", file=name,
                           code="corrupt_entry")
    return RefusedFile(f"ブック内の部品が壊れています（{info.filename}）。CRC の不一致や途中で切れた部品の可能性が"
                       "あります", file=name, code="corrupt_entry")


def _size_lie(info: zipfile.ZipInfo, name: str) -> RefusedFile:
    return RefusedFile(f"ブック内の部品の大きさが申告と違います（{info.filename}）", file=name, code="declared_size_lie")


def _dtd_found(info: zipfile.ZipInfo, name: str) -> RefusedFile:
    return RefusedFile(f"ブック内の XML に DTD（実体定義）があります（{info.filename}）。"
                       "XML 爆弾や外部参照の可能性があるため読み込みません", file=name, code="xml_dtd")


def _may_hold_dtd(probe: bytes) -> bool:
    """Whether '<!' or '\x00!' (UTF-16) can be in the bytes.  '!' is rare in package XML and a one-byte
    search is many times faster than a two-byte one: the first few '!' are looked at one by one (without
    any, nothing more is searched); past them the two searches decide."""
    at = probe.find(b"!")
    for _ in range(8):
        if at < 0:
            return False
        if at and probe[at - 1] in (0x3C, 0x00):  # '<' or NUL before it
            return True
        at = probe.find(b"!", at + 1)
    return b"<!" in probe or b"\x00!" in probe


def _read_through(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits) -> None:
    if info.file_size < _CHUNK:
        _part(zf, info, name, limits)
        return
    for _ in _chunks(zf, info, name, limits):
        pass


def _tag_pieces(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits):
    """A part's XML in pieces that end after a '>' (checked as _chunks checks it): no tag is cut in two; the
    bytes after the last '>' of a chunk (at most 4 KB of them) start the next piece."""
    tail = b""
    pieces = (_part(zf, info, name, limits),) if info.file_size < _CHUNK else _chunks(zf, info, name, limits)
    for chunk in pieces:
        data = tail + chunk if tail else chunk
        cut = data.rfind(b">") + 1
        body, tail = data[:cut], data[cut:]
        if len(tail) > 4096:
            tail = tail[-4096:]
        yield body


def _prescan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: Limits,
                   sn: Sniffed) -> int:
    """Stream the sheet XML: largest row/column referenced and number of cells.  Returns the
    sheet's cell area (rows × columns from A1)."""
    max_row = max_col = cells = 0
    root, controls = None, None
    # a cell opener takes at least 3 bytes ('<c '), and no piece is longer than declared (_chunks): a part declared
    # below 3 × max_cells bytes cannot pass the bound, so its cells are not counted
    countable = info.file_size // 3 > limits.max_cells
    for body in _tag_pieces(zf, info, name, limits):
        root = root or _ROOT_TAG.search(body[:8192])
        if controls is not None or b"controls" in body:
            controls, done = _keep_controls(body, controls, root.group(0) if root else b"")
            if done:
                sn.parts[info.filename + "#controls"] = bytes(controls) + b"</" + root.group(1) + b">"
                controls = None
        if countable:
            cell_tags, formula_tags = _openers(body)
            cells += cell_tags
        else:
            formula_tags = _formula_openers(body)
        rows, cols = _farthest(body, (max_row, max_col))
        max_row, max_col = max(max_row, rows), max(max_col, cols)
        _count_formulas(body, info.filename, sn, formula_tags)
        if sn.special_styles and b' s="' in body:
            _styled_cells(body, info.filename, sn)
        if b'hidden="' in body:
            _hidden_rows_cols(body, info.filename, sn)
        if b"autoFilter" in body:
            _filter_rows(body, info.filename, sn)
        if cells > limits.max_cells:
            raise RefusedFile(f"セルの数が多すぎます（{info.filename}、{cells:,} 個以上）", file=name,
                              code="too_many_cells")
        _check_area(max_row, max(max_col, 1), info.filename, name, limits)
    return max_row * max(max_col, 1)


def _farthest(body: bytes, known: tuple[int, int] = (0, 0)) -> tuple[int, int]:
    """Largest row number and column number referenced in a piece of sheet XML (at least
    `known`, the farthest already seen in the part), exact for any byte order.

    The last bytes of the cells (512 in a mid-sized piece, 32 KB in a big one) give a row R (the last
    row, in a valid file) and a column C (any reference gives a lower bound; fewer bytes only cost less).  In a
    big piece one regex search proves that nothing goes beyond (R, C).  In a smaller one (where
    compiling that regex would cost more than the scan) the column of <dimension> is a hint, and
    one regex pass picks out only the references that can be the farthest: a row of at least as
    many digits as R (any other is smaller than R), or a column beyond the hint.  The column is
    exact when a reference beyond the hint was picked out, when the hint was seen, or when a
    reference with the hint's column is found; otherwise, when the search finds anything beyond,
    and when the tail has no reference at all, every reference is looked at."""
    odd = _odd_spaces(body)
    if len(body) <= _SMALL_PIECE:  # a small piece: looking at every reference costs less
        rows, cols = _farthest_full(body, odd)
        return max(rows, known[0]), max(cols, known[1])
    tail = _FARTHEST_TAIL * 8 if len(body) > _BIG_PIECE else _MID_TAIL
    end = body.rfind(b"sheetData>")  # the cells end there (validations, print settings may follow)
    end = end if end > tail else len(body)
    rows, cols = _farthest_full(body[max(end - tail, 0):end], odd)
    rows, cols = max(rows, known[0]), max(cols, known[1])
    if rows == 0:
        rows, cols = _farthest_full(body, odd)
        return max(rows, known[0]), max(cols, known[1])
    if len(body) > _BIG_PIECE:  # one search for anything beyond: a regex compiled per piece costs little here
        if _beyond_re(rows, cols, odd).search(body):
            rows, cols = _farthest_full(body, odd)
            return max(rows, known[0]), max(cols, known[1])
        return rows, cols
    hint = max(cols, _dimension_cols(body) if known == (0, 0) else 0)
    far_rows, far_cols = _max_refs(_far_re(len(str(rows)), hint, odd).findall(body))
    rows, cols = max(rows, far_rows), max(cols, far_cols)
    if cols < hint and not _column_re(_col_letters(hint), odd).search(body):
        rows, cols = _farthest_full(body, odd)  # the hint was not reached: the column is somewhere below it
        return max(rows, known[0]), max(cols, known[1])
    return rows, max(cols, hint)


_FARTHEST_TAIL = 1 << 12
_MID_TAIL = 1 << 9  # the picking regex finds whatever these bytes do not show: a few references are enough
_SMALL_PIECE = 4 * _FARTHEST_TAIL
_BIG_PIECE = 1 << 17


def _beyond_re(rows: int, cols: int, odd: bool) -> re.Pattern[bytes]:
    """A reference (row element or cell) whose row is above `rows` or whose column is beyond
    `cols`.  It may match more than that (only costing the full scan), never less."""
    space = rb"\s" if odd else b" "
    col = _greater(_col_letters(cols), b"[A-Z]") if cols else b"[A-Z]"
    return re.compile(space + b'r="(?:[A-Z]' + _ANY_LETTERS + _greater(str(rows).encode(), b"[0-9]") + b'"|' + col
                      + b"[0-9])")


def _possessive_supported() -> bool:
    try:
        re.compile(b"a*+")
        return True
    except re.error:  # Python 3.10
        return False


# Letters before digits: giving any back never helps a match, so a possessive run (Python 3.11+)
# spares the regex engine that backtracking (about a third of the search on a big sheet).
_ANY_LETTERS = b"*+" if _possessive_supported() else b"*"
_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*[0-9]*:?([A-Z]{1,3})[0-9]{1,7}"')


def _dimension_cols(body: bytes) -> int:
    """The last column of the sheet's <dimension> (what the writer says; only a hint), 0 without one."""
    m = _DIMENSION_RE.search(body, 0, 8192)
    return _col_number(m.group(1)) if m else 0


@lru_cache(maxsize=512)
def _far_re(digits: int, cols: int, odd: bool) -> re.Pattern[bytes]:
    """References (letters, digits) whose row has at least `digits` digits or whose column is beyond `cols`."""
    space = rb"\s" if odd else b" "
    col = _greater(_col_letters(cols), b"[A-Z]") if cols else b"[A-Z]"
    return re.compile(space + b'r="(?=[A-Z]*[0-9]{%d,}"|%s[0-9])([A-Z]*)([0-9]+)"' % (digits, col))


@lru_cache(maxsize=512)
def _column_re(letters: bytes, odd: bool) -> re.Pattern[bytes]:
    """A cell reference in exactly this column."""
    return re.compile((rb"\s" if odd else b" ") + b'r="' + letters + b"[0-9]")


def _max_refs(refs: list[tuple[bytes, bytes]]) -> tuple[int, int]:
    """(largest row, largest column) of (letters, digits) pairs; (0, 0) for none."""
    if not refs:
        return 0, 0
    letters, digits = zip(*refs)
    columns = set(letters)
    columns.discard(b"")  # a row element's reference
    return max(map(int, set(digits))), _widest(columns) if columns else 0


def _widest(columns: set[bytes]) -> int:
    """The largest column number of a set of column letters (longer is larger; as long: byte order)."""
    top = max(columns)  # byte order, right when no longer letters are there (the usual case)
    width = max(map(len, columns)) if len(columns) > 1 else len(top)
    if len(top) < width:
        top = max(c for c in columns if len(c) == width)
    return _col_number(top)


def _odd_spaces(body: bytes) -> bool:
    """Whether an attribute r= follows a tab or a line break (then the slower patterns are used).
    The few line breaks of a usual part (after the XML declaration, inside texts) are looked at one
    by one with a one-byte search; with many, the two-byte-plus searches decide."""
    for space in (b"\n", b"\t", b"\r"):
        at = body.find(space)
        for _ in range(32):
            if at < 0:
                break
            if body[at + 1:at + 4] == b'r="':
                return True
            at = body.find(space, at + 1)
        if at >= 0 and space + b'r="' in body:
            return True
    return False


def _farthest_full(body: bytes, odd: bool) -> tuple[int, int]:
    """Every reference of the piece looked at (rows and cells in one regex pass)."""
    return _max_refs((_REF_RE_ANY_SPACE if odd else _REF_RE).findall(body))


def _greater(s: bytes, cls: bytes) -> bytes:
    """Regex for a run of `cls` ([0-9] or [A-Z]) greater than s: longer, or as long and
    greater in byte order (which is numeric order for digits and for column letters)."""
    top = cls[-2]
    alts = [cls + b"{%d,}" % (len(s) + 1)]
    for i, ch in enumerate(s):
        if ch < top:
            alts.append(s[:i] + b"[%c-%c]" % (ch + 1, top) + cls + b"{%d}" % (len(s) - i - 1))
    return b"(?:" + b"|".join(alts) + b")"


def _col_letters(n: int) -> bytes:
    letters = b""
    while n:
        n, r = divmod(n - 1, 26)
        letters = bytes([65 + r]) + letters
    return letters


_CELL_TAG_RE = re.compile(rb'<(?:\w+:)?c(?=\s)[^>]*?\ss="([0-9]{1,6})"[^>]*>')
_CELL_REF_RE = re.compile(rb'\sr="([A-Z]{1,3}[0-9]{1,7})"')
_ZERO_LED_STYLE_RE = re.compile(rb's="0[0-9]')  # literal start: a fast scan


_HIDDEN_TAG_RE = re.compile(rb'<(?:\w+:)?(row|col)\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER_RE = re.compile(rb'\sr="([0-9]{1,7})"')
_COL_SPAN_RE = re.compile(rb'\smin="([0-9]{1,5})"[^>]*?\smax="([0-9]{1,5})"|\smax="([0-9]{1,5})"[^>]*?\smin="([0-9]{1,5})"')


def _hidden_rows_cols(body: bytes, part: str, sn: Sniffed) -> None:
    """Rows and columns hidden on a sheet (a year's old answers kept out of sight), 0-based."""
    rows, cols = sn.hidden.setdefault(part, (set(), set()))
    for m in _HIDDEN_TAG_RE.finditer(body):
        tag = m.group(0)
        if m.group(1) == b"row":
            r = _ROW_NUMBER_RE.search(tag)
            if r and len(rows) < 100_000:
                rows.add(int(r.group(1)) - 1)
        else:
            span = _COL_SPAN_RE.search(tag)
            if span:
                lo, hi = (span.group(1), span.group(2)) if span.group(1) else (span.group(4), span.group(3))
                cols.update(range(int(lo) - 1, min(int(hi), int(lo) + 16_384)))


_FILTER_RE = re.compile(rb'<(?:\w+:)?autoFilter\s[^>]*?\bref="\$?([A-Z]{1,3})\$?([0-9]{1,7}):\$?[A-Z]{1,3}\$?([0-9]{1,7})"'
                        rb'[^>]*>((?:(?!</(?:\w+:)?autoFilter>).){0,65536}?)</(?:\w+:)?autoFilter>', re.S)
_FILTER_COLUMN_RE = re.compile(rb'<(?:\w+:)?filterColumn\s[^>]*?\bcolId="([0-9]{1,5})"')


def _filter_rows(body: bytes, part: str, sn: Sniffed) -> None:
    """The rows of an AutoFilter that narrows the view (one <filterColumn> condition or more), 0-based, and the
    columns its conditions are on: (first row, last row, columns).  An AutoFilter with no condition hides nothing."""
    m = _FILTER_RE.search(body)
    cols = [int(c) for c in _FILTER_COLUMN_RE.findall(m.group(4))] if m is not None else []
    if cols:
        first = _col_number(m.group(1))
        sn.filtered[part] = (int(m.group(2)) - 1, int(m.group(3)) - 1, tuple(first - 1 + c for c in cols))


def _styled_cells(body: bytes, part: str, sn: Sniffed) -> None:
    """Cells whose style is one of the few that change a value's meaning (percent, literal text).
    When every s="N" of those styles is in a usual cell tag, one regex pass reads them all
    (_styled_quick); otherwise each hit (bytes.find) has its tag read with the same regex a scan of
    every cell would use."""
    special = sn.special_styles
    found = sn.cell_formats.setdefault(part, {})
    if b's="0' in body and _ZERO_LED_STYLE_RE.search(body):  # s="03" is style 3 too: every cell tag looked at
        tags = [m for m in _CELL_TAG_RE.finditer(body) if int(m.group(1)) in special]
    elif (quick := _styled_quick(body, special)) is not None:
        for ref, style in quick:
            if len(found) < 100_000:
                found[ref.decode()] = special[int(style)]
        return
    else:
        tags = []
        for style in special:
            needle = b's="%d"' % style
            at = body.find(needle)
            while at >= 0:
                m = _CELL_TAG_RE.match(body, max(body.rfind(b"<", 0, at), 0))
                if m and m.end() > at and int(m.group(1)) in special:
                    tags.append(m)
                at = body.find(needle, at + len(needle))
        if len(special) > 1:
            tags.sort(key=lambda m: m.start())  # document order: a repeated reference keeps its last style
    for m in tags:
        ref = _CELL_REF_RE.search(body, m.start(), m.end())
        if ref and len(found) < 100_000:
            found[ref.group(1).decode()] = special[int(m.group(1))]


def _styled_quick(body: bytes, special: dict[int, str]) -> list[tuple[bytes, bytes]] | None:
    """(reference, style) of the special-style cells, in document order, when every s="N" of those
    styles in the piece is in a cell tag written the usual way (<c r="B3" s="N", as Excel and most
    writers write it): one regex pass instead of a look at each hit.  None otherwise (the caller
    then looks at each hit)."""
    hits = sum(body.count(b's="%d"' % style) for style in special)
    if not hits:
        return []
    quick = _quick_style_re(tuple(sorted(special))).findall(body)
    return quick if len(quick) == hits else None


@lru_cache(maxsize=64)
def _quick_style_re(styles: tuple[int, ...]) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="([A-Z]{1,3}[0-9]{1,7})" s="(' + b"|".join(b"%d" % s for s in styles) + rb')"')


def _colon_counts(body: bytes) -> tuple[int, int] | None:
    """(prefixed cells ':c ', prefixed formula openers ':f>' ':f ' ':f/'), the same numbers as
    bytes.count of each, by looking at each ':' when there are only a few (a one-byte search);
    None when there are many."""
    cells = formulas = 0
    at = body.find(b":")
    for _ in range(64):
        if at < 0:
            return cells, formulas
        after = body[at + 1:at + 3]
        cells += after == b"c "
        formulas += after in (b"f>", b"f ", b"f/")
        at = body.find(b":", at + 1)
    return None


def _count_formulas(body: bytes, part: str, sn: Sniffed, n: int) -> None:
    # n: the piece's formula openers (_openers); the two regexes run only where what they look for can be.
    if n:
        sn.formulas += n
        if b"f></" in body or b"/></" in body or b"<v></v>" in body:  # a formula cell without a cached <v>
            uncached = len(_UNCACHED_RE.findall(body))
            sn.uncached_formulas += uncached
            if uncached and len(sn.uncached_cells) < 100:
                sn.uncached_cells += [(part, m.decode()) for m in _UNCACHED_CELL_RE.findall(body)][:100]
        if b"|" in body:
            sn.dde_formulas += len(_DDE_RE.findall(body))
        if b"#NAME?" in body:
            sn.name_errors.add(part)


# A cell or formula opener: '<c ' '<c>' '<f>' '<f ' '<f/' (the letter alone is kept: one-byte bytes are shared)
_OPENER_RE = re.compile(rb"<(c(?=[ >])|f(?=[ >/]))")


def _openers(body: bytes) -> tuple[int, int]:
    """(cell openers '<c ' '<c>' ':c ', formula openers '<f>' '<f ' '<f/' and the same prefixed): the same
    numbers as bytes.count of each, from one regex pass (and a look at the few ':', or counts of the
    prefixed ones when there are many)."""
    tags = _OPENER_RE.findall(body)
    cells = tags.count(b"c")
    colon = _colon_counts(body)
    if colon is None:
        colon = body.count(b":c "), sum(body.count(b":f" + end) for end in (b">", b" ", b"/"))
    return cells + colon[0], len(tags) - cells + colon[1]


_FORMULA_OPENER_RE = re.compile(rb"<f[ >/]")  # a literal start: a fast scan


def _formula_openers(body: bytes) -> int:
    """The formula openers of _openers alone ('<f>' '<f ' '<f/' and the same prefixed), the same number."""
    colon = _colon_counts(body)
    if colon is None:
        colon = 0, sum(body.count(b":f" + end) for end in (b">", b" ", b"/"))
    return len(_FORMULA_OPENER_RE.findall(body)) + colon[1]


def _check_area(rows: int, cols: int, where: str, name: str, limits: Limits) -> None:
    if rows * cols > limits.max_cell_area:
        raise RefusedFile(
            f"使われている範囲が大きすぎます（{where} の行 {rows:,} × 列 {cols:,} = {rows * cols:,} セル相当、"
            f"上限 {limits.max_cell_area:,}）。不要な行や列を削除してください", file=name, code="far_cell")
