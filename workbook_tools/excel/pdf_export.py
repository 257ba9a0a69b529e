"""PDF from Excel itself (for the ribbon): Workbook.ExportAsFixedFormat through xlwings.

Excel prints with the same page setup the CLI's LibreOffice export uses (print areas, repeated titles,
scale, header and footer are in the workbook), so both PDFs show the same pages.  Wiring a ribbon
button to this belongs to the add-in (macros/ribbon.xml, excel/buttons.py)."""
from __future__ import annotations

from pathlib import Path

XL_TYPE_PDF = 0  # XlFixedFormatType.xlTypePDF
XL_QUALITY_STANDARD = 0  # XlFixedFormatQuality.xlQualityStandard


def export_pdf(book, pdf: Path | None = None) -> Path:
    """Write ``book`` (an xlwings Book) as a PDF, by default beside the workbook; returns its path."""
    target = Path(pdf) if pdf else Path(book.fullname).with_suffix(".pdf")
    # Type, Filename, Quality, IncludeDocProperties, IgnorePrintAreas (False: our print areas are meant)
    book.api.ExportAsFixedFormat(XL_TYPE_PDF, str(target), XL_QUALITY_STANDARD, True, False)
    return target
