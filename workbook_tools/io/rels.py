"""The parts a sheet's relationships name (its comments, tables, drawings), read from the package with expat (io.xmlscan:
no DTD, no entity).  One place for what io.comments, io.grid_reader.table_ranges and io.shapes each need."""
from __future__ import annotations

import posixpath
import zipfile

from workbook_tools.io.xmlscan import scan

_MAX_RELS = 1 << 20  # bytes: a sheet's relationships part is a few hundred; a larger one is not read


def related_parts(zf: zipfile.ZipFile, sheet_part: str, type_suffix: str) -> list[str]:
    """The package paths of the parts ``sheet_part``'s relationships name with a Type ending in ``type_suffix``
    (「/comments」, 「/table」, 「/drawing」), absolute or relative targets resolved; only parts the package holds."""
    names = {i.filename: i for i in zf.infolist()}
    rels_name = posixpath.join(posixpath.dirname(sheet_part), "_rels", posixpath.basename(sheet_part) + ".rels")
    if rels_name not in names or names[rels_name].file_size > _MAX_RELS:
        return []
    targets: list[str] = []

    def rel(name: str, attrs: dict[str, str]) -> None:
        if name.rsplit("}", 1)[-1] == "Relationship" and attrs.get("Type", "").endswith(type_suffix) \
                and attrs.get("TargetMode", "") != "External":
            target = attrs.get("Target", "")
            targets.append(target.lstrip("/") if target.startswith("/") else
                           posixpath.normpath(posixpath.join(posixpath.dirname(sheet_part), target)))

    scan(zf.read(rels_name), rel)
    return [t for t in targets if t in names]
