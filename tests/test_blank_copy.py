"""A blank copy of the form kept beside the filled one (Excel's 「報告書」 and 「報告書 (2)」): its printed 「□　item」 lines
are no answers.  An item the filled sheet does not give stays 項目なし; it is not taken from the blank copy as 未実施."""
from __future__ import annotations

import xlsxwriter

from workbook_tools.app import consolidate as job
from workbook_tools.forms import report
from workbook_tools.forms.model import CHECK, LONG_TEXT, format_year

YEAR = 2024
LEFT_OUT = ("s5", "joint_org")  # not on the filled sheet (its row deleted by the sender)


def _form(ws, filled: bool) -> None:
    ws.write("A1", "県本部共済推進取り組み報告書")
    for r, (label, value) in enumerate((("県名", "群馬"), ("作成日", "2025/2/14"), ("作成者", "見本 一郎")), start=2):
        ws.write(f"A{r}", label)
        ws.write(f"B{r}", value if filled else "")
    row = 6
    for n, s in enumerate(report.FORM.sections[2:], start=2):  # sections 2-6: the check items
        ws.write(row, 0, f"{n}．{format_year(s.title, YEAR)}")
        row += 1
        for f in s.fields:
            if f.type == CHECK and not (filled and (s.key, f.key) == LEFT_OUT):
                ws.write(row, 0, ("☑" if filled else "□") + "　" + format_year(f.label, YEAR))
                row += 1
            elif f.type == LONG_TEXT:
                ws.write(row, 0, "具体的な取り組み")
                ws.write(row, 1, "県支部と合同で取り組んだ。" if filled else "")
                row += 1
        row += 1


def test_an_item_missing_from_the_filled_sheet_is_not_read_from_the_blank_copy(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    wb = xlsxwriter.Workbook(str(folder / "報告書_群馬.xlsx"))
    _form(wb.add_worksheet("報告書"), filled=False)  # the blank form first, as Excel keeps it
    filled = wb.add_worksheet("報告書 (2)")
    _form(filled, filled=True)
    filled.activate()
    wb.close()
    rec = job.consolidate("report", folder, year=YEAR, jobs=1).records[0]
    assert rec.sheet == "報告書 (2)"
    done = {k: v.value for k, v in rec.values.items() if k.startswith(("s2", "s3", "s4", "s5", "s6"))
            and not k.endswith(".text")}
    assert done.pop("s5.joint_org") is None and rec.values["s5.joint_org"].flag == "項目なし"
    assert set(done.values()) == {True}  # every other item ticked on the filled sheet
