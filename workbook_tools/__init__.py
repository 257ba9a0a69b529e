"""workbook_tools: recompute, consolidate and template the 共済推進 workbooks."""

__version__ = "0.1.0"
