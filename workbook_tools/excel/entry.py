"""What the add-in's VBA calls: RunPython "import workbook_tools.excel.entry as e; e.run('…')"."""
from __future__ import annotations


def run(action: str) -> None:
    import xlwings as xw

    from workbook_tools.excel.buttons import ribbon_actions
    from workbook_tools.excel.sheetio import XlwingsSheetIO

    caller = xw.Book.caller()  # the add-in itself; the buttons work on the workbook in front of the user
    try:
        book = caller.app.books.active
    except Exception:  # noqa: BLE001 - no workbook open (診断 and 自己診断 still work)
        book = None
    io = XlwingsSheetIO(book if book is not None else caller.app.books.add(), addin=caller)
    fn = ribbon_actions().get(action)  # read from the registry of kinds, plus the tool buttons
    if fn is None:
        io.alert(f"このボタン（{action}）はこの版の workbook_tools にありません。アドインとパッケージの版を合わせてください。")
        return
    fn(io)
