"""The comments (Excel's メモ, the notes shown in a red-cornered box) of a sheet, by cell.

Asked only when a cell's answer sends the reader to its comment (「※コメント参照」).  The sheet's relationships name
its comments part; each comment is the cell's reference and the text of its runs.  Excel starts a comment with its
author's name and a colon on a line of their own (「試験 和也:」): that line is left out.  Read with expat as every
part is (io.xmlscan: no DTD, no entity)."""
from __future__ import annotations

import io
import re
import zipfile

from workbook_tools.io.cells import col_index
from workbook_tools.io.rels import related_parts
from workbook_tools.io.xmlscan import scan

_COMMENTS_REL = "/comments"
_MAX_PART = 2_000_000  # bytes: a comments part larger than this is not read
_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")
# the note Excel keeps for a threaded comment: 「[Threaded comment] Your version of Excel …」 then 「Comment:\n…」
_THREADED = re.compile(r"^\[(?:Threaded comment|スレッド化されたコメント)\].*?\n(?:Comment|コメント)[:：]\s*(.*)$", re.S)


def cell_comments(data: bytes, sheet_part: str) -> dict[tuple[int, int], str]:
    """{(row, column) 0-based: the comment's text, its author line left out} of a sheet part of the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = [zf.read(t) for t in related_parts(zf, sheet_part, _COMMENTS_REL) if zf.getinfo(t).file_size <= _MAX_PART]
    out: dict[tuple[int, int], str] = {}
    for xml in parts:
        out.update(_comments(xml))
    return out


def _comments(xml: bytes) -> dict[tuple[int, int], str]:
    authors: list[str] = []
    found: list[tuple[str, str, list[str]]] = []  # (cell, author, texts)
    state: dict = {"in": None, "buf": []}

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "author":
            state.update({"in": "author", "buf": []})
        elif local == "comment":
            author_id = attrs.get("authorId", "")
            author = authors[int(author_id)] if author_id.isdigit() and int(author_id) < len(authors) else ""
            found.append((attrs.get("ref", ""), author, []))
        elif local == "t" and found:
            state.update({"in": "t", "buf": []})

    def text(chars: str) -> None:
        if state["in"]:
            state["buf"].append(chars)

    def end(name: str) -> None:
        local = name.rsplit("}", 1)[-1]
        if local == "author" and state["in"] == "author":
            authors.append("".join(state["buf"]))
            state["in"] = None
        elif local == "t" and state["in"] == "t":
            found[-1][2].append("".join(state["buf"]))
            state["in"] = None

    scan(xml, start, end, text)
    out = {}
    for ref, author, texts in found:
        m = _CELL.match(ref.split(":")[0].upper())
        if m is None:
            continue
        body = "".join(texts)
        threaded = _THREADED.search(body)
        if threaded is not None:  # a modern Excel コメント: the legacy note holds a placeholder, then 「Comment: …」
            body = threaded.group(1)
        first, sep, rest = body.partition("\n")
        name = first.rstrip().rstrip(":：").strip()
        if sep and first.rstrip().endswith((":", "：")) and name and (name == author.strip() if author else len(name) <= 20
                                                                    and first.rstrip().endswith(":")):
            body = rest  # Excel's author line 「試験 和也:」 (not a first line 「内訳：」 of the text itself)
        out[(int(m.group(2)) - 1, col_index(m.group(1)))] = body.strip()
    return out
