"""Investigation: cheapest well-kept way to write large sheets (report only; io/writer.py is untouched).

Two synthetic outputs shaped like ours: a grid (3,000 rows x 60 columns,
numbers with 4 text columns, optionally 6 formula columns with cached values)
and a consolidation list (2,047 rows x 45 columns, mostly short Japanese
text).  Each contender writes it in a fresh process; the table shows the time
spent writing (imports excluded), the whole process, and its peak memory.

    python benchmarks/writers.py
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, run  # noqa: E402

WORDS = ["実施", "未実施", "未回答", "概ね", "職場", "説明会", "加入", "組合員", "県本部", "共済", "年金", "自動車"]


def data(kind: str) -> list[list]:
    rng = random.Random(5)
    if kind == "grid":
        return [[f"{rng.randint(1, 47):02d}", f"県{r % 47}", f"{r:05d}", f"単組{r}"] +
                [rng.randint(0, 900) for _ in range(56)] for r in range(3000)]
    return [[f"アンケート_{r:05d}.xlsx", "取込済", "" if r % 3 else "警告あり"] +
            [rng.choice(WORDS) * rng.randint(1, 4) if c % 4 else rng.randint(0, 5000) for c in range(42)]
            for r in range(2047)]


def _formulas(ws, r: int, row: list, fmt=None) -> None:
    for k in range(6):
        col = 60 + k
        ws.write_formula(r, col, f"=SUM(E{r + 1}:P{r + 1})*{k + 1}", fmt, sum(row[4:16]) * (k + 1))


def xlsxwriter_(rows, out: Path, options: dict, formulas: bool = False) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"strings_to_formulas": False, "strings_to_urls": False,
                                        "strings_to_numbers": False, **options})
    ws = wb.add_worksheet("一覧")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str):
                ws.write_string(r, c, v)
            else:
                ws.write_number(r, c, v)
        if formulas:
            _formulas(ws, r, row)
    wb.close()


def pyexcelerate_(rows, out: Path) -> None:
    from pyexcelerate import Workbook

    wb = Workbook()
    wb.new_sheet("一覧", data=rows)
    wb.save(str(out))


def rustpy_(rows, out: Path) -> None:
    import rustpy_xlsxwriter

    head = [f"c{i}" for i in range(len(rows[0]))]
    records = [dict(zip(head, row)) for row in rows]
    rustpy_xlsxwriter.write_worksheet(records, str(out), sheet_name="一覧")


CONTENDERS = {
    "XlsxWriter (our options)": lambda rows, out: xlsxwriter_(rows, out, {}),
    "XlsxWriter + constant_memory": lambda rows, out: xlsxwriter_(rows, out, {"constant_memory": True}),
    "XlsxWriter + in_memory": lambda rows, out: xlsxwriter_(rows, out, {"in_memory": True}),
    "XlsxWriter, strings_to_* left on": lambda rows, out: xlsxwriter_(rows, out, {
        "strings_to_formulas": True, "strings_to_urls": True, "strings_to_numbers": True}),
    "XlsxWriter + 6 formula columns": lambda rows, out: xlsxwriter_(rows, out, {}, formulas=True),
    "XlsxWriter + constant_memory + formulas": lambda rows, out: xlsxwriter_(rows, out, {"constant_memory": True},
                                                                             formulas=True),
    "PyExcelerate": pyexcelerate_,
    "rustpy-xlsxwriter": rustpy_,
}


def one(name: str, kind: str, out: Path) -> None:
    rows = data(kind)
    t = time.perf_counter()
    CONTENDERS[name](rows, out)
    print(f"write={time.perf_counter() - t:.4f} bytes={out.stat().st_size}")


def measure() -> dict:
    import importlib.util

    res: dict = {"machine_before": machine(), "rows": []}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("grid", "consolidation"):
            for name in CONTENDERS:
                mod = {"PyExcelerate": "pyexcelerate", "rustpy-xlsxwriter": "rustpy_xlsxwriter"}.get(name, "xlsxwriter")
                if importlib.util.find_spec(mod) is None or (kind != "grid" and "formula" in name):
                    continue
                r = run([sys.executable, __file__, "--one", name, kind, str(Path(tmp) / "o.xlsx")])
                fields = dict(x.split("=") for x in r.out.split()[-2:])
                res["rows"].append((kind, name, float(fields["write"]), r.wall, r.parent_mb, int(fields["bytes"])))
    res["machine_after"] = machine()
    return res


def report(res: dict) -> str:
    lines = ["writers: grid 3,000 x 60 (+6 formula columns), consolidation 2,047 x 45 (mostly text)",
             f"  machine before: {res['machine_before']}", f"  machine after : {res['machine_after']}",
             f"  {'output':13s} {'writer':42s} {'write':>8s} {'process':>8s} {'peak':>7s} {'size':>9s}"]
    for kind, name, write, wall, mb, size in res["rows"]:
        lines.append(f"  {kind:13s} {name:42s} {write:7.2f}s {wall:7.2f}s {mb:5.0f}MB {size:9,d}")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
    else:
        print(report(measure()))
