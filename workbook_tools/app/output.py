"""Outputs shared by the jobs: the JSON beside the workbook, written in the same set."""
from __future__ import annotations

import json
from pathlib import Path


def result_json_text(data: dict, problems) -> str:
    """The job's result plus every problem (チェック), Japanese kept readable."""
    data = dict(data)
    data["チェック"] = [p.to_dict() for p in problems]
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


def write_result_json(data: dict, problems, path: Path) -> None:
    """The JSON alone, replaced atomically (no temporary file left on failure)."""
    write_text_output(path, result_json_text(data, problems))


def write_text_output(path: Path, text: str) -> None:
    write_bytes_output(path, text.encode("utf-8"))


def write_chunks_output(path: Path, chunks) -> None:
    """A text given in pieces (UTF-8), replaced atomically, never held whole."""
    from workbook_tools.io.outputs import OutputSet

    with OutputSet(Path(path)) as outs:
        outs.write_chunks(Path(path), chunks)


def write_bytes_output(path: Path, data: bytes) -> None:
    """One file replaced atomically (no temporary file left on failure)."""
    from workbook_tools.io.outputs import OutputSet

    with OutputSet(Path(path)) as outs:
        outs.write_bytes(Path(path), data)


def write_book_and_json(output: Path, json_path: Path | None, write_book, json_text,
                        extra: dict[Path, bytes | None] | None = None) -> Path | None:
    """`write_book(book)` fills the workbook; the workbook, its side files, the JSON (`json_text()`, if asked
    for: a text, or its pieces) and `extra` files (None: an old one to remove) are replaced together.  Returns the
    long-text side file."""
    from workbook_tools.app.gcpause import collector_paused
    from workbook_tools.io.outputs import OutputSet
    from workbook_tools.io.writer import safe_book

    output = Path(output)
    with collector_paused(), OutputSet(output) as outs:
        with safe_book(output, outs) as book:
            write_book(book)
            side = book.finish()
        for path, data in (extra or {}).items():
            if data is None:
                outs.drop(Path(path))
            else:
                outs.write_bytes(Path(path), data)
        if json_path is not None:  # in the same set, even in another folder
            text = json_text()
            if isinstance(text, str):
                outs.write_text(Path(json_path), text)
            else:
                outs.write_chunks(Path(json_path), text)
    return side
