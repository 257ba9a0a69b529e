"""PDF copies of the outputs (`--pdf`) through LibreOffice; see io/pdf.py."""
from __future__ import annotations

from pathlib import Path


def export_pdf(workbooks: list[Path]) -> list[Path]:
    """One PDF beside each workbook, all in one LibreOffice run."""
    from workbook_tools.io.pdf import to_pdf

    return to_pdf([Path(p) for p in workbooks])
