"""A VBA project (vbaProject.bin) read, changed and written back, source only.

[MS-OVBA] keeps each module's source compressed at MODULEOFFSET of its
stream, after an optional compiled form (p-code).  A project whose
_VBA_PROJECT stream has version 0xFFFF carries no compiled state, and Excel
compiles it from source when it loads it.  We write every module with
MODULEOFFSET 0 and no p-code, so source and compiled state can never disagree
(a module whose p-code differs from its source is what olevba reports as
"VBA stomping" and what mail filters quarantine).

Decompression uses oletools (imported when needed); compression is ours
([MS-OVBA] 2.4.1.3, copy tokens found through a small hash table).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.io import cfb

CHUNK = 4096
_NAME, _NAME_UNICODE, _STREAM, _STREAM_UNICODE, _OFFSET = 0x19, 0x47, 0x1A, 0x32, 0x31
_PROJECTNAME, _PROJECTMODULES, _REFERENCENAME, _VERSION, _MODULE_END = 0x04, 0x0F, 0x16, 0x09, 0x2B


def _bit_count(pos: int) -> int:
    return max((pos - 1).bit_length(), 4)


def _compress_chunk(data: bytes) -> bytes:
    """One chunk (at most 4096 bytes): copy tokens where a match of 3+ bytes exists, else literals."""
    out, i, seen = bytearray(), 0, {}
    while i < len(data):
        flag, tokens = 0, bytearray()
        for bit in range(8):
            if i >= len(data):
                break
            length, offset = _longest_match(data, i, seen)
            if length >= 3:
                bits = _bit_count(i)
                tokens += struct.pack("<H", ((offset - 1) << (16 - bits)) | (length - 3))
                flag |= 1 << bit
                for k in range(i, i + length):
                    seen.setdefault(data[k:k + 3], []).append(k)
                i += length
            else:
                tokens.append(data[i])
                seen.setdefault(data[i:i + 3], []).append(i)
                i += 1
        out += bytes([flag]) + tokens
    if len(out) > CHUNK:  # incompressible: a raw chunk of exactly 4096 bytes
        return struct.pack("<H", 0x3FFF) + data.ljust(CHUNK, b"\0")
    return struct.pack("<H", (len(out) - 1) | 0xB000) + bytes(out)


def _longest_match(data: bytes, i: int, seen: dict) -> tuple[int, int]:
    candidates = seen.get(data[i:i + 3])
    if not candidates or i + 3 > len(data):
        return 0, 0
    limit = min((0xFFFF >> _bit_count(i)) + 3, len(data) - i)
    best, best_at = 0, 0
    for j in reversed(candidates[-32:]):
        n = 0
        while n < limit and data[j + n] == data[i + n]:
            n += 1
        if n > best:
            best, best_at = n, j
            if n == limit:
                break
    return best, i - best_at


def compress(data: bytes) -> bytes:
    """An MS-OVBA CompressedContainer of `data`."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), CHUNK):
        chunk = data[start:start + CHUNK]
        packed = _compress_chunk(chunk)
        if packed[1] & 0x80 == 0 and len(chunk) < CHUNK:
            raise WorkbookToolsError("VBA のソースを圧縮できません（最後の部分が圧縮できない内容です）")
        out += packed
    return bytes(out)


def decompress(data: bytes) -> bytes:
    from oletools.olevba import decompress_stream

    return bytes(decompress_stream(bytearray(data)))


def parse_records(d: bytes) -> list[tuple[int, bytes]]:
    """The dir stream as (record id, body) pairs; PROJECTVERSION's size field says 4 but 6 bytes follow."""
    out, i = [], 0
    while i + 6 <= len(d):
        rid, size = struct.unpack_from("<HI", d, i)
        if rid == _VERSION:
            size = 6
        out.append((rid, bytes(d[i + 6:i + 6 + size])))
        i += 6 + size
    return out


def dump_records(records: list[tuple[int, bytes]]) -> bytes:
    return b"".join(struct.pack("<HI", rid, 4 if rid == _VERSION else len(body)) + body for rid, body in records)


@dataclass
class Module:
    records: list[tuple[int, bytes]]
    source: bytes

    @property
    def name(self) -> str:
        return next(b for r, b in self.records if r == _NAME).decode("cp1252")

    def rename(self, new: str) -> None:
        values = {_NAME: new.encode("cp1252"), _NAME_UNICODE: new.encode("utf-16-le"),
                  _STREAM: new.encode("cp1252"), _STREAM_UNICODE: new.encode("utf-16-le")}
        self.records = [(r, values.get(r, b)) for r, b in self.records]


@dataclass
class Project:
    head: list[tuple[int, bytes]]
    modules: list[Module]
    tail: list[tuple[int, bytes]]
    project_text: str
    codepage: str = "cp1252"
    extra: dict[str, bytes] = field(default_factory=dict)

    def module(self, name: str) -> Module:
        for m in self.modules:
            if m.name == name:
                return m
        raise WorkbookToolsError(f"VBA モジュール {name} がありません")

    @property
    def name(self) -> str:
        return next(b for r, b in self.head if r == _PROJECTNAME).decode(self.codepage)

    @property
    def references(self) -> list[str]:
        return [b.decode(self.codepage) for r, b in self.head if r == _REFERENCENAME]


def read_project(vba_bin: bytes) -> Project:
    import io

    import olefile

    ole = olefile.OleFileIO(io.BytesIO(vba_bin))
    try:
        records = parse_records(decompress(ole.openstream("VBA/dir").read()))
        cut = next(i for i, (r, _) in enumerate(records) if r == _PROJECTMODULES) + 2  # count + cookie
        head, rest = records[:cut], records[cut:]
        codepage = f"cp{struct.unpack('<H', next(b for r, b in head if r == 0x03))[0]}"
        modules, current = [], []
        for rec in rest:
            current.append(rec)
            if rec[0] == _MODULE_END:
                stream = dict(current)[_STREAM].decode(codepage)
                offset = struct.unpack("<I", dict(current)[_OFFSET])[0]
                data = ole.openstream(f"VBA/{stream}").read()
                modules.append(Module(current, decompress(data[offset:])))
                current = []
        text = ole.openstream("PROJECT").read().decode(codepage)
        header = ole.openstream("VBA/_VBA_PROJECT").read()[:7]
        return Project(head, modules, current, text, codepage, {"_VBA_PROJECT": header})
    finally:
        ole.close()


def rename_project(p: Project, new: str) -> None:
    old = p.name
    p.head = [(r, new.encode(p.codepage) if r == _PROJECTNAME else b) for r, b in p.head]
    p.project_text = p.project_text.replace(f'Name="{old}"', f'Name="{new}"')


def rename_module(p: Project, old: str, new: str) -> None:
    p.module(old).rename(new)
    lines = []
    for line in p.project_text.split("\r\n"):
        key, sep, value = line.partition("=")
        if sep and key == "Module" and value == old:
            line = f"Module={new}"
        elif sep and key == old:
            line = f"{new}={value}"
        lines.append(line)
    p.project_text = "\r\n".join(lines)


def add_module(p: Project, like: str, name: str, source: bytes) -> None:
    """A new module of the same type as `like` (its dir records, renamed), listed after it."""
    import copy

    model = p.module(like)
    m = Module(copy.deepcopy(model.records), source)
    m.rename(name)
    p.modules.insert(p.modules.index(model) + 1, m)
    lines = p.project_text.split("\r\n")
    at = lines.index(f"Module={like}") + 1
    lines.insert(at, f"Module={name}")
    ws = lines.index("[Workspace]")
    lines.insert(ws + 1, f"{name}=0, 0, 0, 0, C")
    p.project_text = "\r\n".join(lines)


def drop_reference(p: Project, name: str) -> None:
    """Remove every record group of the reference `name` (a REFERENCENAME starts each group)."""
    out, dropping = [], False
    for r, b in p.head:
        if r == _REFERENCENAME:
            dropping = b.decode(p.codepage) == name
        elif r == _PROJECTMODULES:
            dropping = False
        if not dropping:
            out.append((r, b))
    p.head = out


def write_project(p: Project) -> bytes:
    """vbaProject.bin: every module as source only (MODULEOFFSET 0), no performance cache."""
    streams = {"PROJECT": p.project_text.encode(p.codepage)}
    wm = bytearray()
    modules_dir = []
    for m in p.modules:
        wm += m.name.encode(p.codepage) + b"\0" + m.name.encode("utf-16-le") + b"\0\0"
        records = [(r, struct.pack("<I", 0) if r == _OFFSET else b) for r, b in m.records]
        modules_dir += records
        stream = dict(records)[_STREAM].decode(p.codepage)
        streams[f"VBA/{stream}"] = compress(m.source)
    streams["PROJECTwm"] = bytes(wm) + b"\0\0"
    head = [(r, struct.pack("<H", len(p.modules)) if r == _PROJECTMODULES else b) for r, b in p.head]
    streams["VBA/dir"] = compress(dump_records(head + modules_dir + p.tail))
    header = p.extra.get("_VBA_PROJECT", b"\xcc\x61\xff\xff\x00\x00\x00").ljust(7, b"\0")
    streams["VBA/_VBA_PROJECT"] = header[:2] + b"\xff\xff" + header[4:7]  # 0xFFFF: Excel compiles the source
    return cfb.write(streams)
