"""Regenerate docs/pages/: page images of the demo's outputs and the templates as printed.

    python docs/make_page_images.py            # from the repository root; needs LibreOffice and pdftoppm

Runs the demo and `template all` into a temporary folder, converts every workbook to PDF with
LibreOffice (one call) and writes each page as a small PNG (low resolution) so that a reviewer sees the printed layout in the repository.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "docs" / "pages"
DPI = 40
MAX_PAGES = 14  # per workbook: enough to see the layout, small enough to keep the repository light
HEADER_BAND = 45  # points from the top: the page header (report name, sheet name, date)


def _sheet_first_pages(pdf: Path) -> list[int]:
    """The first two pages of every sheet (a sheet starts where the page header changes)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    picked, last, run = [], None, 0
    for n in range(1, count + 1):
        head = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-x", "0", "-y", "0", "-W", "2000",
                               "-H", str(HEADER_BAND), str(pdf), "-"], capture_output=True, text=True).stdout.strip()
        run = run + 1 if head == last else 1
        if run <= 2:
            picked.append(n)
        last = head
    return picked


def main() -> int:
    from workbook_tools.app.bundle import write_bundle
    from workbook_tools.app.demo import run_demo
    from workbook_tools.app.templates import write_template
    from workbook_tools.io.pdf import to_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm（poppler-utils）がありません", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="wbt-pages-") as tmp:
        work = Path(tmp)
        for _ in run_demo(ROOT / "workbook_tools" / "examples", work / "out"):
            pass
        write_template("all", work / "tpl", year=2026)
        write_bundle(ROOT / "workbook_tools" / "examples" / "contracts" / "新契約件数_県支部別.xlsx",
                     ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx", work / "out" / "実績報告分冊.xlsx")
        books = sorted((work / "out").glob("*.xlsx")) + sorted((work / "tpl").glob("*.xlsx"))
        pdfs = to_pdf(books, work / "pdf")
        if PAGES.exists():
            shutil.rmtree(PAGES)
        PAGES.mkdir(parents=True)
        for pdf in pdfs:
            for n in _sheet_first_pages(pdf)[:MAX_PAGES]:
                subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(n), "-l", str(n), "-singlefile",
                                str(pdf), str(PAGES / f"{pdf.stem}-{n:02d}")], check=True)
    total = sum(p.stat().st_size for p in PAGES.glob("*.png"))
    print(f"{PAGES} に {len(list(PAGES.glob('*.png')))} 枚（{total / 1e6:.1f} MB）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
