"""workbook_tools: recompute, consolidate and template the 共済推進 workbooks.

Python API (lazy: importing the package stays light)::

    import workbook_tools as wt
    wt.read_surveys(folder).to_pandas()
"""

__version__ = "0.1.0"

_API = ("read_surveys", "read_reports", "read_folder", "recompute_grid", "recompute_contracts", "Result")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from workbook_tools import api

        return getattr(api, name)
    raise AttributeError(f"module 'workbook_tools' has no attribute {name!r}")
