"""What each button of the 共済ツール ribbon tab does, on a SheetIO.

Every entry point returns a short Japanese result and reports problems as a
Japanese message box, never a traceback.  Long runs show progress in the
status bar.  A recompute never overwrites cells that hold different values
without asking first.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbook_tools.errors import WorkbookToolsError
from workbook_tools.excel.sheetio import SheetIO


def _guard(action):
    def wrapper(io: SheetIO, *args, **kwargs):
        try:
            return action(io, *args, **kwargs)
        except WorkbookToolsError as exc:
            io.alert(f"処理できませんでした。\n\n{exc}")
        except Exception as exc:  # noqa: BLE001 - the user sees a message, never a traceback
            io.alert(f"予期しないエラーが発生しました（{type(exc).__name__}: {exc}）。\n"
                     "「バージョン・診断」の内容を添えて担当者に連絡してください。")
        finally:
            io.status(None)
        return None

    wrapper.__name__ = action.__name__
    wrapper.__doc__ = action.__doc__
    return wrapper


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d_%H%M")


@_guard
def grid_recompute(io: SheetIO) -> str | None:
    """グリッド再計算: the active sheet's computed columns are recomputed in place
    (input columns are never touched); a チェック sheet lists what looks wrong."""
    from workbook_tools.app.grid import build_spec, check_input
    from workbook_tools.core.grid import compute_grid
    from workbook_tools.core.rounding import REPORT_RULES
    from workbook_tools.forms import grid as form
    from workbook_tools.io.grid_reader import read_grid
    from workbook_tools.io.readers import SheetData

    sheet = io.active_sheet()
    io.status("グリッドを読み込んでいます…")
    data = SheetData(sheet, io.read_used_range(sheet))
    name = io.workbook_path().name if io.workbook_path() else ""
    inp = read_grid(data, name)
    spec = build_spec(inp, None, None, REPORT_RULES["grid"])
    result = compute_grid(inp.rows, spec)
    header = [str(v or "") for v in data.rows[inp.header_row]]
    col = _computed_columns(header, spec, form)
    updates: dict[tuple[int, int], object] = {}
    for u, x in zip(result.rows, result.results):
        r = (u.source_row or 0) - 1
        values = {"cumulative": x.cumulative, "yoy": x.yoy, "remaining": x.remaining,
                  "achievement": None if x.achievement is None else float(x.achievement),
                  "join_rate": None if x.join_rate is None else float(x.join_rate)}
        for y in spec.years[:2]:
            values[f"year_total_{y}"] = x.year_totals[y]
            values[f"cum_past_{y}"] = x.cumulative_past[y]
        for key, c in col.items():
            if key in values:
                updates[(r, c)] = values[key]
    current = io.read_cells(sheet, list(updates))
    changed = [(rc, old, new) for (rc, new), old in zip(updates.items(), current)
               if not _same(old, new)]
    typed = [x for x in changed if x[1] not in (None, "")]
    if typed and not io.confirm(f"計算結果の列で、入力済みの {len(typed)} 個のセルの値が変わります。"
                                "上書きしますか？（「いいえ」なら何も変更しません）"):
        return "変更しませんでした"
    io.status("結果を書き込んでいます…")
    io.write_cells(sheet, {rc: new for rc, _, new in changed})
    problems = list(inp.problems) + check_input(inp, name, result)
    check_rows = {(0, i): h for i, h in enumerate(["重要度", "シート", "セル", "内容", "対応"])}
    for i, p in enumerate(problems, start=1):
        for j, v in enumerate([p.severity, p.sheet, p.cell, p.message, p.action]):
            check_rows[(i, j)] = v
    io.write_cells("チェック", check_rows)
    s = result.summary
    msg = (f"{spec.fiscal_year}年度（{spec.start_month}月開始・締め {spec.cutoff.label()}）を再計算しました。\n"
           f"取組単組 {s.unions} / 目標 {s.target:,} / 実績 {s.actual:,} / 到達率 {spec.rule.text(s.rate)} / "
           f"目標達成 {s.achievers} 単組\n変更したセル {len(changed)} 個・チェック {len(problems)} 件")
    io.alert(msg)
    return msg


def _computed_columns(header: list[str], spec, form) -> dict[str, int]:
    from workbook_tools.core.normalize import label_key

    keys = {label_key(h): i for i, h in enumerate(header) if h}
    out = {}
    for key, _, aliases in form.LEFT + form.RIGHT:
        if key in ("cumulative", "yoy", "achievement", "remaining", "join_rate"):
            for a in aliases:
                if label_key(a) in keys:
                    out[key] = keys[label_key(a)]
                    break
    for y in spec.years[:2]:
        k = label_key(f"{y}年度実績")
        if k in keys:
            out[f"year_total_{y}"] = keys[k]
    cum = [i for i, h in enumerate(header) if form.CUMULATIVE_RE.match(label_key(h))]
    for y, c in zip(spec.years[:2], cum):
        out[f"cum_past_{y}"] = c
    return out


def _same(old, new) -> bool:
    if old in (None, "") and new in (None, ""):
        return True
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return abs(old - new) < 1e-9
    return old == new


@_guard
def contracts_recompute(io: SheetIO) -> Path | None:
    """新契約集計: the saved workbook in front of the user → a new result workbook beside it."""
    from workbook_tools.app import contracts

    path = io.workbook_path()
    if path is None:
        io.alert("先にこのブックを保存してください。")
        return None
    io.status("新契約件数を集計しています…")
    job = contracts.recompute(path)
    out = path.with_name(f"{path.stem}_主要共済の実績_{_stamp()}.xlsx")
    contracts.write_workbook(job, out)
    io.open_workbook(out)
    io.alert(f"{out.name} を作りました（{len(job.result.products)} 商品・チェック {len(job.problems)} 件）。")
    return out


def _consolidate(io: SheetIO, kind: str, label: str) -> Path | None:
    from workbook_tools.app import consolidate

    folder = io.pick_folder(f"{label}のファイルが入ったフォルダを選んでください")
    if folder is None:
        return None
    files, _ = consolidate.discover(folder)
    done = 0

    def tick(n: int = 1) -> None:
        nonlocal done
        done += n
        io.status(f"{label}を読み込んでいます… {done} / {len(files)}")

    batch = consolidate.consolidate(kind, folder, progress=tick)
    out = folder.parent / f"{label}_集約_{_stamp()}.xlsx"
    io.status("集約結果を書き出しています…")
    consolidate.write_workbook(batch, out)
    io.open_workbook(out)
    c = batch.counts()
    io.alert(f"{out.name} を作りました。\nファイル {len(batch.records)} 件（取込済 {c['取込済']} / 警告あり {c['警告あり']} / "
             f"取込不可 {c['取込不可']}）・未提出 {len(batch.roster_missing)} 件")
    return out


@_guard
def consolidate_reports(io: SheetIO) -> Path | None:
    """報告書を集約 (folder picker)."""
    return _consolidate(io, "report", "県本部報告書")


@_guard
def consolidate_surveys(io: SheetIO) -> Path | None:
    """アンケートを集約 (folder picker)."""
    return _consolidate(io, "survey", "実態アンケート")


@_guard
def make_templates(io: SheetIO) -> Path | None:
    """テンプレート作成: the four standard templates into a chosen folder."""
    from workbook_tools.app.templates import write_template

    folder = io.pick_folder("テンプレートを保存するフォルダを選んでください")
    if folder is None:
        return None
    io.status("テンプレートを作っています…")
    write_template("all", folder)
    io.alert(f"{folder} に 4 種類のテンプレートを作りました。")
    return folder


@_guard
def diagnose(io: SheetIO) -> str:
    """バージョン・診断."""
    from workbook_tools.app.diagnose import diagnose as info

    text = "\n".join(f"{k}: {v}" for k, v in info().items())
    io.alert(text, "バージョン・診断")
    return text


@_guard
def import_udfs(io: SheetIO) -> str:
    """UDFを取り込む: xlwings' Import Functions for workbook_tools.excel.udfs, into the add-in."""
    from workbook_tools.app.addin import UDF_MODULE

    io.status("ワークシート関数を取り込んでいます…")
    io.import_udfs(UDF_MODULE)
    msg = "KT_RATE などのワークシート関数を取り込みました。関数の分類「共済ツール」から使えます。"
    io.alert(msg)
    return msg


ACTIONS = {
    "grid_recompute": grid_recompute,
    "contracts_recompute": contracts_recompute,
    "consolidate_reports": consolidate_reports,
    "consolidate_surveys": consolidate_surveys,
    "make_templates": make_templates,
    "diagnose": diagnose,
    "import_udfs": import_udfs,
}
