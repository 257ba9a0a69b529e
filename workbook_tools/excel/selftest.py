"""自己診断 (the 自己診断 button and `workbook-tools addin selftest`).

On a scratch workbook it calls every worksheet function through the host
(in Excel: real formulas through the add-in's VBA wrappers), runs each
button's action on the small examples in ``selftest_data/`` (copied to a
work folder first) and compares the results with answers worked out by hand
from those examples.  The report (pass/fail per check, versions, paths,
bitness) goes to a new sheet and a text file a user can send back.

selftest_data: グリッド_自己診断.xlsx (3 unions, fiscal 2024, June start, cutoff
2025-02), 新契約_自己診断.xlsx (2 products × 北海道/東京), two reports, two surveys.
"""
from __future__ import annotations

import datetime as dt
import platform
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from workbook_tools import __version__
from workbook_tools.excel.sheetio import SheetIO

DATA = Path(__file__).with_name("selftest_data")

# (function, arguments, answer) — each answer worked out by hand
UDF_CASES = [
    ("KT_RATE", [1, 16], 0.063),  # 6.25 % → 6.3 %: half away from zero
    ("KT_RATE", [106, 45, 2, "切り捨て"], 2.3555),  # 235.555… % → 235.55 %
    ("KT_REMAINING", [100, 37], 63),
    ("KT_CUMULATIVE", [[[1, 2, 3, 4]], [["6月", "7月", "8月", "9月"]], 8], 6),  # June..August
    ("KT_YOY", [120, 100], 20),
    ("KT_JOIN_RATE", [50, 200], 0.25),
    ("KT_ORG_RATE", [80, 90, 10], 80.0),  # 80 / (90 + 10) × 100
    ("KT_RATE_TEXT", [1, 16], "6.3%"),
    ("KT_FISCAL_YEAR", ["2025/1/24", 6], 2024),  # January 2025 belongs to the year starting June 2024
    ("KT_PREF_NAME", [14], "東京"),  # 自治労県コード 14 (JIS 13)
    ("KT_PREF_CODE", ["東京都"], "14"),
    ("KT_NFKC", ["ＡＢＣ１２３"], "ABC123"),
    ("KT_CHECKED", ["☑"], True),
    ("KT_NUMBER", ["400程度か"], 400),
    ("KT_NUMBER_FLAG", ["400程度か"], "概数"),
]
ERROR_CASE = ("KT_RATE_TEXT", [1, 2, 1, "銀行丸め"], "丸め方")  # #VALUE! and the reason
GRID_SUMMARY = "取組単組 3 / 目標 38 / 実績 20 / 到達率 52.6% / 目標達成 1 単組"  # 20 ÷ 38 = 52.63 %
GRID_UNIONS = {  # 単組名: (累積件数, 前年比, 達成率, 残件数)
    "テスト第1職員組合": (11, 9, 1.1, -1),  # 2+3+0+1+1×5; last year June–Feb 1+1
    "テスト第2職員組合": (9, 5, 0.45, 11),  # 5+4; last year 4
    "テスト第3職員組合": (0, 0, 0.0, 8),
}
CONTRACT_PRODUCTS = {  # 商品: (目標, 実績, 到達率 truncated to 0.01 %)
    "団体生命共済": (15, 15, 1.0),
    "じちろう退職者団体生命共済": (45, 110, 2.4444),  # 110 ÷ 45 = 244.444… % → 244.44 %
}


@dataclass
class Check:
    group: str
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Report:
    env: dict[str, str]
    checks: list[Check] = field(default_factory=list)
    path: Path | None = None

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def summary(self) -> str:
        bad = [c for c in self.checks if not c.ok]
        head = f"自己診断: {'すべて合格' if not bad else '不合格あり'}（合格 {len(self.checks) - len(bad)} / 全 {len(self.checks)}）"
        lines = [head] + [f"× {c.group} {c.name}: {c.detail}" for c in bad[:10]]
        if self.path:
            lines.append(f"報告: {self.path}")
        return "\n".join(lines)

    def rows(self) -> list[list]:
        out: list[list] = [["共済ツール 自己診断", dt.datetime.now().strftime("%Y-%m-%d %H:%M")], []]
        out += [[k, v] for k, v in self.env.items()]
        out += [[], ["区分", "項目", "結果", "内容"]]
        out += [[c.group, c.name, "合格" if c.ok else "不合格", c.detail] for c in self.checks]
        return out

    def text(self) -> str:
        return "\r\n".join("\t".join("" if v is None else str(v) for v in r) for r in self.rows()) + "\r\n"


def _same(got, want) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want or got == want and type(got) is type(want)
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(got - want) < 1e-9
    return got == want


def environment(io: SheetIO) -> dict[str, str]:
    """What 診断 shows: Python, bitness, xlwings (package and add-in), our version, the functions."""
    from workbook_tools.app.diagnose import diagnose

    env = {"workbook_tools": __version__, "Python": f"{sys.version.split()[0]}（{struct.calcsize('P') * 8} ビット）",
           "Python の場所": sys.executable, "OS": f"{platform.system()} {platform.release()}"}
    host = io.host_info()
    env["xlwings（パッケージ）"] = diagnose().get("xlwings", "?")
    for key, label in (("xlwings", "xlwings（アドイン）"), ("addin", "アドインの版"), ("office_bits", "Office のビット数"),
                       ("excel", "Excel の版")):
        if key in host:
            env[label] = host[key]
    env.update({k: v for k, v in host.items() if k not in ("xlwings", "addin", "office_bits", "excel", "udfs")})
    env["ワークシート関数"] = _udf_state(host.get("udfs"))
    env["xlwings の DLL"] = _xlwings_dlls(env["xlwings（パッケージ）"])
    env["xlwings の設定"] = _settings()
    env.update({k: v for k, v in diagnose().items() if k not in ("workbook-tools", "Python", "OS", "xlwings")})
    bits = str(struct.calcsize("P") * 8)
    if host.get("office_bits") and host["office_bits"] != bits:
        env["ビット数"] = (f"Office {host['office_bits']} ビット / Python {bits} ビット（異なります。xlwings は Python を"
                         "別のプロセスで動かすので通常は動きますが、動かないときは Office と同じビット数の Python を入れてください）")
    return env


def _settings() -> str:
    """Which Python xlwings would start, from the installed add-in and the user config (addin status)."""
    from workbook_tools.app.addin_install import status

    try:
        return " / ".join(line.strip() for line in status() if "Python" in line or "注意" in line)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return f"読み取れません（{exc}）"


def _xlwings_dlls(version: str) -> str:
    """Where the DLL the add-in's VBA loads (xlwings32/64-<version>.dll) is: beside pythonw.exe or one
    folder up (a venv), as xlwings' VBA looks for it."""
    exe = Path(sys.executable)
    found = [str(folder / f"xlwings{b}-{version}.dll") for folder in (exe.parent, exe.parent.parent)
             for b in (32, 64) if (folder / f"xlwings{b}-{version}.dll").exists()]
    return "、".join(found) if found else "見つかりません（Windows 以外か、xlwings が正しく入っていません）"


def _udf_state(built_digest: str | None) -> str:
    try:
        from workbook_tools.excel import udfs
        from workbook_tools.excel.udf_vba import signature_digest
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return f"読み込めません（{type(exc).__name__}: {exc}）"
    digest = signature_digest(udfs.UDFS)
    state = f"{len(udfs.UDFS)} 個を読み込み済み（{udfs.__name__}、署名 {digest}）"
    if built_digest and built_digest != digest:
        state += "。アドインと関数の定義が合いません: workbook-tools addin install をやり直してください"
    return state


def check_udfs(io: SheetIO) -> list[Check]:
    from workbook_tools.excel import udfs

    checks = []
    for name, args, want in UDF_CASES:
        got, reason = io.call_udf(name, args)
        checks.append(Check("関数", f"{name}({_show(args)})", _same(got, want) and not reason,
                            f"結果 {got!r}（正解 {want!r}）" + (f" {reason}" if reason else "")))
    name, args, words = ERROR_CASE
    got, reason = io.call_udf(name, args)
    checks.append(Check("関数", f"{name} のエラー", got == "#VALUE!" and words in reason,
                        f"結果 {got!r}・理由「{reason}」"))
    checks.append(_grid_udf(io))
    missing = sorted(set(udfs.UDFS) - {n for n, _, _ in UDF_CASES} - {"KT_GRID"})
    checks.append(Check("関数", "すべての関数を試験", not missing, f"未試験: {missing}" if missing else f"{len(udfs.UDFS)} 個"))
    return checks


def _show(args) -> str:
    return ", ".join("範囲" if isinstance(a, list) else repr(a) for a in args)


def _grid_udf(io: SheetIO) -> Check:
    with io.open_copy(DATA / "グリッド_自己診断.xlsx") as g:
        rows = g.read_used_range(g.active_sheet())
    got, reason = io.call_udf("KT_GRID", [rows])
    table = {r[3]: (r[4], r[5], r[6], r[7]) for r in (got if isinstance(got, list) else [])[1:] if len(r) > 7}
    ok = all(n in table and all(_same(a, b) for a, b in zip(table[n], w)) for n, w in GRID_UNIONS.items())
    return Check("関数", "KT_GRID(グリッド)", ok and not reason, reason or f"{len(table)} 行")


class _Scripted:
    """A SheetIO whose dialogs are answered by the self-test: a given folder, "no" to every
    question, messages kept, workbooks not opened."""

    def __init__(self, inner: SheetIO, folder: Path | None = None) -> None:
        self.inner, self.folder = inner, folder
        self.messages: list[str] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def alert(self, text: str, title: str = "") -> None:
        self.messages.append(text)

    def confirm(self, text: str, title: str = "") -> bool:
        self.messages.append(text)
        return False

    def pick_folder(self, prompt: str) -> Path | None:
        return self.folder

    def open_workbook(self, path: Path) -> None:
        self.messages.append(f"開く: {path}")


def check_grid_button(io: SheetIO, work: Path, actions: dict) -> list[Check]:
    with io.open_copy(work / "グリッド_自己診断.xlsx") as g:
        sheet = g.active_sheet()
        before = g.read_used_range(sheet)
        s = _Scripted(g)
        msg = actions["grid_recompute"](s) or " ".join(s.messages)
        after = g.read_used_range(sheet)
        added = [n for n in g.sheet_names() if n.startswith("再計算_")]
        result = g.read_used_range(added[0]) if added else []
    rows = {r[4]: tuple(r[6:10]) for r in result if len(r) > 9 and r[4] in GRID_UNIONS}
    ok_rows = all(n in rows and all(_same(a, b) for a, b in zip(rows[n], w)) for n, w in GRID_UNIONS.items())
    return [Check("ボタン", "グリッド再計算: 集計", GRID_SUMMARY in msg, msg.splitlines()[-1] if msg else ""),
            Check("ボタン", "グリッド再計算: 単組の結果", ok_rows, f"シート {added[:1]}"),
            Check("ボタン", "グリッド再計算: 入力シートは変わらない", before == after and len(added) == 1, sheet)]


def check_contracts_button(io: SheetIO, work: Path, actions: dict) -> list[Check]:
    import openpyxl

    with io.open_copy(work / "新契約_自己診断.xlsx") as c:
        out = actions["contracts_recompute"](_Scripted(c))
    if out is None or not Path(out).exists():
        return [Check("ボタン", "新契約集計", False, "結果のブックができませんでした")]
    wb = openpyxl.load_workbook(out, data_only=True, read_only=True)
    rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    found = {}
    for i, row in enumerate(rows[:-2]):  # "（n）商品名（時点）", the header, then 目標・実績・到達率
        for name, want in CONTRACT_PRODUCTS.items():
            if any(isinstance(v, str) and f"）{name}（" in v for v in row):
                found[name] = all(_same(a, b) for a, b in zip(rows[i + 2][:3], want))
    ok = all(found.get(n) for n in CONTRACT_PRODUCTS)
    return [Check("ボタン", "新契約集計: 目標・実績・到達率", ok, Path(out).name)]


def check_folder_buttons(io: SheetIO, work: Path, actions: dict) -> list[Check]:
    checks = []
    s = _Scripted(io, work / "reports")
    out = actions["consolidate_reports"](s)
    msg = " ".join(s.messages)
    checks.append(Check("ボタン", "報告書を集約", out is not None and "ファイル 2 件（取込済 2" in msg
                        and "未提出 45 件" in msg, msg[-120:]))
    s = _Scripted(io, work / "surveys")
    out = actions["consolidate_surveys"](s)
    msg = " ".join(s.messages)
    checks.append(Check("ボタン", "アンケートを集約", out is not None and "ファイル 2 件（取込済 2" in msg, msg[-120:]))
    s = _Scripted(io, work / "templates")
    (work / "templates").mkdir(exist_ok=True)
    actions["make_templates"](s)
    made = sorted(p.name for p in (work / "templates").glob("*.xlsx"))
    checks.append(Check("ボタン", "テンプレート作成", len(made) == 4, "、".join(made)))
    s = _Scripted(io)
    text = actions["diagnose"](s) or ""
    checks.append(Check("ボタン", "バージョン・診断", "Python の場所" in text and __version__ in text, ""))
    return checks


def check_round_buttons(io: SheetIO, work: Path, actions: dict) -> list[Check]:
    """名簿から様式作成 on a one-row roster, and 修正を反映 on a consolidated survey workbook."""
    roster = work / "名簿_自己診断.csv"
    roster.write_text("県本部,単組\r\n北海道,自己診断職員組合\r\n", encoding="utf-8-sig")
    s = _Scripted(io, work / "様式")
    s.workbook_path = lambda: roster  # the roster is the workbook in front of the user
    actions["make_personal_forms"](s)
    made = sorted(p.name for p in (work / "様式").glob("*.xlsx"))
    checks = [Check("ボタン", "名簿から様式作成", len(made) == 1 and "自己診断職員組合" in made[0], "、".join(made))]
    out = actions["consolidate_surveys"](_Scripted(io, work / "surveys"))
    s = _Scripted(io)
    s.workbook_path, s.sheet_names = (lambda: out), (lambda: ["読み取り確認"])
    new = actions["apply_corrections"](s) if out else None
    msg = " ".join(s.messages)
    checks.append(Check("ボタン", "修正を反映", bool(new) and Path(new).exists() and "手修正 0 件" in msg, msg[-120:]))
    return checks


TESTED_ACTIONS = {"grid_recompute", "contracts_recompute", "consolidate_reports", "consolidate_surveys",
                  "make_templates", "diagnose", "self_test", "make_personal_forms", "apply_corrections"}


def run_selftest(io: SheetIO, actions: dict, work: Path | None = None, report_path: Path | None = None) -> Report:
    """Run every check on a scratch workbook beside `io`; write the report sheet and text file.
    `actions` is the ribbon's action table (excel/buttons.ribbon_actions())."""
    work = Path(work or tempfile.mkdtemp(prefix="kt_selftest_"))
    shutil.copytree(DATA, work, dirs_exist_ok=True)
    scratch = io.scratch()
    report = Report(environment(io))
    untested = sorted(set(actions) - TESTED_ACTIONS)
    report.checks.append(Check("ボタン", "すべてのボタンを試験", not untested, f"未試験: {untested}" if untested else ""))
    steps = [("関数", lambda: check_udfs(scratch)), ("グリッド再計算", lambda: check_grid_button(scratch, work, actions)),
             ("新契約集計", lambda: check_contracts_button(scratch, work, actions)),
             ("集約・テンプレート・診断", lambda: check_folder_buttons(scratch, work, actions)),
             ("提出ラウンド", lambda: check_round_buttons(scratch, work, actions))]
    for label, step in steps:
        io.status(f"自己診断: {label}…")
        try:
            report.checks += step()
        except Exception as exc:  # noqa: BLE001 - a failing step is a failed check, the others still run
            report.checks.append(Check(label, "実行", False, f"{type(exc).__name__}: {exc}"))
    io.status(None)
    report.path = report_path or work / f"自己診断_{dt.datetime.now():%Y%m%d_%H%M}.txt"
    report.path.write_text(report.text(), encoding="utf-8-sig")
    sheet = scratch.add_sheet("自己診断")
    scratch.write_block(sheet, (0, 0), report.rows())
    save = getattr(scratch, "save", None)  # a file-backed scratch book is saved beside the text report
    if save is not None:
        save(report.path.with_suffix(".xlsx"))
    return report

