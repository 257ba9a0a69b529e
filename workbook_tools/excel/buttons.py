"""What each button of the 共済ツール ribbon tab does, on a SheetIO.

Every entry point returns a short Japanese result and reports problems as a
Japanese message box, never a traceback.  Long runs show progress in the
status bar.  No button writes into a user's sheet: results go to a sheet the
button adds, or to a new workbook; ranges are read and written in blocks.
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
    """グリッド再計算: the active sheet is read in one block and recomputed; the results and the
    checks go to a new sheet in one block.  The input sheet is never written."""
    from workbook_tools.app.grid import build_spec, check_input
    from workbook_tools.core.grid import compute_grid
    from workbook_tools.core.rounding import REPORT_RULES
    from workbook_tools.io.grid_reader import read_grid
    from workbook_tools.io.readers import SheetData

    sheet = io.active_sheet()
    io.status("グリッドを読み込んでいます…")
    data = SheetData(sheet, io.read_used_range(sheet))
    name = io.workbook_path().name if io.workbook_path() else ""
    inp = read_grid(data, name, hidden=(io.hidden_rows(sheet), set()))  # rows out of sight: not read, said
    spec = build_spec(inp, None, None, REPORT_RULES["grid"])
    result = compute_grid(inp.rows, spec)
    problems = list(inp.problems) + check_input(inp, name, result)
    io.status("結果を書き込んでいます…")
    out = io.add_sheet(f"再計算_{sheet}")
    io.write_block(out, (0, 0), _grid_result_rows(sheet, spec, result, problems))
    s = result.summary
    msg = (f"{spec.fiscal_year}年度（{spec.start_month}月開始・締め {spec.cutoff.label()}）を再計算し、"
           f"シート「{out}」に書きました（入力したシートは変更していません）。\n"
           f"取組単組 {s.unions} / 目標 {s.target:,} / 実績 {s.actual:,} / 到達率 {spec.rule.text(s.rate)} / "
           f"目標達成 {s.achievers} 単組・チェック {len(problems)} 件")
    io.alert(msg)
    return msg


GRID_RESULT_HEADER = ["行", "県コード", "県名", "単組コード", "単組名", "目標", "累積件数", "前年比", "達成率",
                      "残件数", "加入率", "目標達成"]
CHECK_HEADER = ["重要度", "シート", "セル", "内容", "対応"]


def _grid_result_rows(sheet: str, spec, result, problems) -> list[list]:
    def num(d):
        return None if d is None else float(d)

    s = result.summary
    rows: list[list] = [
        [f"「{sheet}」の再計算結果（{spec.fiscal_year}年度・{spec.start_month}月開始・締め {spec.cutoff.label()}）"],
        [f"取組単組 {s.unions} / 目標 {s.target:,} / 実績 {s.actual:,} / 到達率 {spec.rule.text(s.rate)} / "
         f"目標達成 {s.achievers} 単組"],
        [], GRID_RESULT_HEADER]
    for u, x in zip(result.rows, result.results):
        rows.append([u.source_row, u.pref_code, u.pref_name, u.union_code, u.name, u.target, x.cumulative, x.yoy,
                     num(x.achievement), x.remaining, num(x.join_rate), "達成" if x.achieved else ""])
    rows += [[], [f"チェック（{len(problems)} 件）"], CHECK_HEADER]
    rows += [[p.severity, p.sheet, p.cell, p.message, p.action] for p in problems]
    return rows


@_guard
def contracts_recompute(io: SheetIO) -> Path | None:
    """新契約集計: the saved workbook in front of the user → a new result workbook beside it."""
    from workbook_tools.app import contracts

    path = io.workbook_path()
    if path is None:
        io.alert("先にこのブックを保存してください。")
        return None
    io.status("新契約件数を集計しています…")
    job = contracts.recompute(path, isolate=True)  # read in a worker: a reader crash cannot end Excel's Python
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
    found = consolidate.discover(folder)
    files = found[0]
    done = 0

    def tick(n: int = 1) -> None:
        nonlocal done
        done += n
        io.status(f"{label}を読み込んでいます… {done} / {len(files)}")

    batch = consolidate.consolidate(kind, folder, progress=tick, found=found)
    out = folder.parent / f"{label}_集約_{_stamp()}.xlsx"
    io.status("集約結果を書き出しています…")
    consolidate.write_workbook(batch, out)
    io.open_workbook(out)
    c = batch.counts()
    io.alert(f"{out.name} を作りました。\nファイル {len(batch.records)} 件（取込済 {c['取込済']} / 警告あり {c['警告あり']} / "
             f"取込不可 {c['取込不可']}）・未提出 {len(batch.roster_missing)} 件")
    return out


def consolidate_action(kind_name: str):
    """The 集約 button of a consolidated kind (folder picker → a new workbook beside the folder)."""
    from workbook_tools.forms import registry

    kind = registry.get(kind_name, consolidating=True)

    def action(io: SheetIO) -> Path | None:
        return _consolidate(io, kind.name, kind.short)

    action.__name__ = f"consolidate_{kind.name}"
    action.__doc__ = f"{kind.short}を集約 (folder picker)."
    return _guard(action)


consolidate_reports = consolidate_action("report")
consolidate_surveys = consolidate_action("survey")


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
def make_personal_forms(io: SheetIO) -> Path | None:
    """名簿から様式作成: the roster in front of the user → one form per sender, names filled and locked."""
    from workbook_tools.app.templates import personalise_from_roster

    roster = io.workbook_path()
    if roster is None:
        io.alert("先に名簿のブックを保存してください。")
        return None
    folder = io.pick_folder("提出元ごとの様式を保存するフォルダを選んでください")
    if folder is None:
        return None
    io.status("提出元ごとの様式を作っています…")
    kind, paths = personalise_from_roster(roster, folder)
    io.alert(f"{folder} に {kind.title}の様式を {len(paths)} 件作りました（名前は記入済み・変更不可）。")
    return folder


@_guard
def apply_corrections(io: SheetIO) -> Path | None:
    """修正を反映: the consolidated workbook in front of the user, with 修正値 typed in 読み取り確認 and saved,
    is consolidated again from the same folder with those corrections."""
    from workbook_tools.app.consolidate import rerun_with_corrections

    path = io.workbook_path()
    if path is None or "読み取り確認" not in io.sheet_names():
        io.alert("「読み取り確認」シートのある集約結果を保存してから押してください。")
        return None
    io.status("修正を反映して集約し直しています…")
    batch, out = rerun_with_corrections(path, path.with_name(f"{path.stem.split('_修正反映')[0]}_修正反映_{_stamp()}.xlsx"))
    io.open_workbook(out)
    fixed = sum(len(r.corrected) for r in batch.held())
    skipped = sum(1 for p in batch.problems if p.code.startswith("correction_"))
    io.alert(f"{out.name} を作りました（手修正 {fixed} 件を反映" + (f"、適用できなかった修正 {skipped} 件は「検証結果」"
                                                               "シートにあります" if skipped else "") + "）。")
    return out


@_guard
def diagnose(io: SheetIO) -> str:
    """バージョン・診断: Python, xlwings (package and add-in), our version, the worksheet functions."""
    from workbook_tools.excel.selftest import environment

    text = "\n".join(f"{k}: {v}" for k, v in environment(io).items())
    io.alert(text, "バージョン・診断")
    return text


@_guard
def self_test(io: SheetIO) -> str:
    """自己診断: every worksheet function and every button on the bundled examples, one-page report."""
    from workbook_tools.excel.selftest import run_selftest

    report = run_selftest(io, ribbon_actions())
    io.alert(report.summary(), "自己診断")
    return report.summary()


KIND_ACTIONS = {"grid": grid_recompute, "contracts": contracts_recompute}  # kinds with their own button logic
TOOL_ACTIONS = {"make_templates": make_templates, "make_personal_forms": make_personal_forms,
                "apply_corrections": apply_corrections, "diagnose": diagnose, "self_test": self_test}


def ribbon_actions() -> dict:
    """Ribbon tag → action: each kind's tag from the registry (a consolidated kind without its own logic
    gets the folder-consolidation action), plus the tool buttons."""
    from workbook_tools.forms import registry

    actions = {}
    for tag, name in registry.ribbon_actions().items():
        actions[tag] = KIND_ACTIONS.get(name) or consolidate_action(name)
    return {**actions, **TOOL_ACTIONS}


ACTIONS = ribbon_actions()
