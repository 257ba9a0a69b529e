"""Write a Compound File Binary ([MS-CFB] version 3) from a tree of streams.

Used for the add-in's vbaProject.bin, whose streams change size when the VBA
project is rebuilt.  olefile (which reads the file back in the tests) can only
overwrite a stream with one of the same size, so the whole file is written
here: 512-byte sectors, streams under 4,096 bytes in the mini stream, the
directory siblings as a balanced red-black tree ordered the way [MS-CFB]
2.6.4 says (shorter name first, then upper-cased code units).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_MAX_FAT_SECTORS = 109  # no DIFAT sectors: up to ~7 MB, far more than a VBA project


@dataclass
class _Entry:
    name: str
    data: bytes | None = None  # None: a storage
    children: list["_Entry"] = field(default_factory=list)
    sid: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    black: bool = True
    start: int = END


def _sort_key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def _tree(path_streams: dict[str, bytes]) -> _Entry:
    root = _Entry("Root Entry")
    for path, data in path_streams.items():
        node = root
        *dirs, leaf = path.split("/")
        for d in dirs:
            found = next((c for c in node.children if c.name == d and c.data is None), None)
            if found is None:
                found = _Entry(d)
                node.children.append(found)
            node = found
        node.children.append(_Entry(leaf, bytes(data)))
    return root


def _number(root: _Entry) -> list[_Entry]:
    order, queue = [], [root]
    while queue:
        e = queue.pop(0)
        e.sid = len(order)
        order.append(e)
        e.children.sort(key=lambda c: _sort_key(c.name))
        queue.extend(e.children)
    return order


def _link(nodes: list[_Entry], depth: int, red_depth: int) -> int:
    """Balanced tree over sorted siblings (the middle one at the top).  Leaves differ in depth by one at
    most, so colouring only the deepest level red (when it is incomplete) keeps every black height equal."""
    if not nodes:
        return NOSTREAM
    mid = len(nodes) // 2
    n = nodes[mid]
    n.left = _link(nodes[:mid], depth + 1, red_depth)
    n.right = _link(nodes[mid + 1:], depth + 1, red_depth)
    n.black = depth != red_depth
    return n.sid


def _link_children(order: list[_Entry]) -> None:
    for e in order:
        if e.children:
            n = len(e.children)
            deepest = n.bit_length() - 1
            perfect = n == 2 ** (deepest + 1) - 1
            e.child = _link(e.children, 0, -1 if perfect else deepest)


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat[first + i] = first + i + 1 if i + 1 < count else END


def _dir_entry(e: _Entry, kind: int, start: int, size: int) -> bytes:
    name = e.name.encode("utf-16-le")
    if len(name) > 62:
        raise ValueError(f"CFB name too long: {e.name}")
    return (name.ljust(64, b"\0") + struct.pack("<HBB3I", len(name) + 2, kind, 1 if e.black else 0,
                                                 e.left, e.right, e.child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))


def _sectors(n: int, size: int) -> int:
    return -(-n // size)


def write(path_streams: dict[str, bytes]) -> bytes:
    """A compound file holding `path_streams` ({"VBA/dir": bytes, "PROJECT": bytes, ...})."""
    root = _tree(path_streams)
    order = _number(root)
    _link_children(order)
    streams = [e for e in order if e.data is not None]
    mini = bytearray()
    minifat: list[int] = []
    for e in (s for s in streams if len(s.data) < CUTOFF):
        first, count = len(mini) // MINI, _sectors(len(e.data), MINI)
        e.start = first if e.data else END
        mini += e.data.ljust(count * MINI, b"\0")
        minifat += [0] * count
        _chain(minifat, first, count)
    body = bytearray()
    for e in (s for s in streams if len(s.data) >= CUTOFF):
        e.start = len(body) // SECTOR
        body += e.data.ljust(_sectors(len(e.data), SECTOR) * SECTOR, b"\0")
    return _assemble(order, body, bytes(mini), minifat)


def _assemble(order: list[_Entry], body: bytearray, mini: bytes, minifat: list[int]) -> bytes:
    mini_start = len(body) // SECTOR
    body += mini.ljust(_sectors(len(mini), SECTOR) * SECTOR, b"\0")
    minifat_start = len(body) // SECTOR
    mf = b"".join(struct.pack("<I", x) for x in minifat)
    minifat_count = _sectors(len(mf), SECTOR)
    body += mf.ljust(minifat_count * SECTOR, b"\xff")
    dir_start = len(body) // SECTOR
    dir_count = _sectors(len(order) * 128, SECTOR)
    data_sectors = dir_start + dir_count
    fat_count = 1
    while fat_count * (SECTOR // 4) < data_sectors + fat_count:
        fat_count += 1
    if fat_count > _MAX_FAT_SECTORS:
        raise ValueError("compound file too large")
    fat = [FREE] * (fat_count * SECTOR // 4)
    for e in order:
        if e.data is not None and len(e.data) >= CUTOFF:
            _chain(fat, e.start, _sectors(len(e.data), SECTOR))
    _chain(fat, mini_start, _sectors(len(mini), SECTOR))
    _chain(fat, minifat_start, minifat_count)
    _chain(fat, dir_start, dir_count)
    for i in range(fat_count):
        fat[data_sectors + i] = FATSECT
    entries = bytearray()
    for e in order:
        if e is order[0]:
            entries += _dir_entry(e, 5, mini_start if mini else END, len(mini))
        elif e.data is None:
            entries += _dir_entry(e, 1, 0, 0)
        else:
            entries += _dir_entry(e, 2, e.start if e.data else END, len(e.data))
    unused = b"\0" * 64 + struct.pack("<HBB3I", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48
    while len(entries) % SECTOR:
        entries += unused
    body += entries
    body += b"".join(struct.pack("<I", x) for x in fat)
    difat = [data_sectors + i for i in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, fat_count, dir_start, 0, CUTOFF,
                            minifat_start if minifat_count else END, minifat_count, END, 0)
              + b"".join(struct.pack("<I", x) for x in difat))
    return header + bytes(body)
