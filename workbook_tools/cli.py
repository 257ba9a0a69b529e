"""Command line: `workbook-tools …`.  Thin: parses options, calls app/, prints
Japanese results.  Heavy libraries are imported inside the commands only."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup

from workbook_tools import __version__
from workbook_tools.errors import WorkbookToolsError
from workbook_tools.forms import registry

class _Group(TyperGroup):
    """typer coerces every parameter value through pydantic (an 80-100 ms import) unless it is a bool
    already; an absent --help of a group is None, so `workbook-tools grid recompute --help` paid that
    import for the groups above the command.  Giving the help flag of every group the default False
    keeps --help free of pydantic (a command's own options still use it when the command runs)."""

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        if opt is not None and opt.default is None:
            opt.default = False
        return opt


app = typer.Typer(
    cls=_Group,
    help="自治労 共済推進の集計ワークブックを再計算・集約し、配布用テンプレートを作るツールです。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
grid_app = typer.Typer(cls=_Group, help="加入拡大モデル単組グリッド（報告A）", no_args_is_help=True, rich_markup_mode=None)
contracts_app = typer.Typer(cls=_Group, help="新契約件数 主要共済の実績（報告B）", no_args_is_help=True, rich_markup_mode=None)
addin_app = typer.Typer(cls=_Group, help="Excel アドイン（共済ツール タブ）", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(grid_app, name="grid")
app.add_typer(contracts_app, name="contracts")
app.add_typer(addin_app, name="addin")


def _fail(exc: Exception, code: int = 2) -> None:
    typer.echo(f"エラー: {exc}", err=True)
    raise typer.Exit(code)


def _print_problems(problems, limit: int = 20) -> None:
    if not problems:
        return
    typer.echo(f"チェック結果: {len(problems)} 件（出力ブックの「チェック」シートに全件あります）")
    for p in problems[:limit]:
        typer.echo(f"  [{p.severity}] {p.where()}: {p.message}")
    if len(problems) > limit:
        typer.echo(f"  …ほか {len(problems) - limit} 件")


@app.command("version")
def version() -> None:
    """バージョンと動作環境を表示します。"""
    from workbook_tools.app.diagnose import diagnose

    for k, v in diagnose().items():
        typer.echo(f"{k}: {v}")


@grid_app.command("recompute")
def grid_recompute(
    input: Path = typer.Argument(..., help="HQ 様式のグリッド（.xlsx）"),
    output: Path = typer.Option(..., "-o", "--output", help="出力ブック（入力は変更しません）"),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="読み込むシート名（省略時は見出しのあるシート）"),
    start_month: Optional[int] = typer.Option(None, "--start-month", min=1, max=12,
                                              help="年度の開始月（6 または 5。省略時は見出しから判定）"),
    cutoff: Optional[str] = typer.Option(None, "--cutoff", help="締め月 YYYY-MM（省略時は「N月累計」見出しから判定）"),
    year: Optional[int] = typer.Option(None, "--year", help="当年度（見出しに年度がないとき）"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="単組別の結果・合計・まとめを JSON で書き出す"),
) -> None:
    """グリッドの累計・累積・前年比・達成率・残件数・合計・まとめを再計算します。"""
    from workbook_tools.app import grid as grid_job
    from workbook_tools.core.calendar import YearMonth

    try:
        cut = YearMonth.parse(cutoff) if cutoff else None
    except ValueError:
        _fail(ValueError(f"--cutoff は YYYY-MM で指定してください（{cutoff}）"))
    try:
        job = grid_job.recompute(input, sheet=sheet, start_month=start_month, cutoff=cut, fiscal_year=year)
        grid_job.write_grid_workbook(job, output, json_path=json_out)
    except (WorkbookToolsError, ValueError) as exc:
        _fail(exc)
    s = job.result.summary
    rule = job.result.spec.rule
    typer.echo(f"{output} を書き出しました（{job.result.spec.fiscal_year}年度・{job.result.spec.start_month}月開始・"
               f"締め {job.result.spec.cutoff.label()}）")
    typer.echo(f"取組単組 {s.unions} 単組 / 目標 {s.target:,} 件 / 実績 {s.actual:,} 件 / "
               f"到達率 {rule.text(s.rate)} / 目標達成 {s.achievers} 単組")
    _print_problems(job.problems)


@contracts_app.command("recompute")
def contracts_recompute(
    input: Path = typer.Argument(..., help="商品 × 県支部の目標・実績の表（.xlsx）"),
    output: Path = typer.Option(..., "-o", "--output", help="出力ブック"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="結果を JSON で書き出す"),
) -> None:
    """新契約件数（主要共済の実績）を商品ごとに集計し、HQ の様式で書き出します。"""
    from workbook_tools.app import contracts as job_mod

    try:
        job = job_mod.recompute(input)
        job_mod.write_workbook(job, output, json_out)
    except WorkbookToolsError as exc:
        _fail(exc)
    typer.echo(f"{output} を書き出しました（{len(job.result.products)} 商品）")
    for p in job.result.products:
        typer.echo(f"  {p.product}: 目標 {p.target:,} / 実績 {p.actual:,} / 到達率 {job.result.rule.text(p.rate)} / "
                   f"目標達成 {len(p.achievers)} 県")
    _print_problems(job.problems)


_CONSOLIDATED = registry.consolidated()


@app.command("consolidate", no_args_is_help=True)
def consolidate(
    kind: str = typer.Argument(..., metavar="KIND", help="集約する種類: " + " / ".join(
        f"{k.name}（{k.label} {k.title}）" for k in _CONSOLIDATED)),
    folder: Path = typer.Argument(..., help="提出されたブックのフォルダ（サブフォルダも読みます）"),
    output: Path = typer.Option(..., "-o", "--output", help="集約結果のブック"),
    year: Optional[int] = typer.Option(None, "--year", help="年度（見出しの年の読み取りとテンプレートの年度確認に使います）"),
    jobs: Optional[int] = typer.Option(None, "--jobs", min=1, help="同時に読み込むプロセス数（省略時は CPU コア数）"),
    strict: bool = typer.Option(False, "--strict", help="警告が 1 件でもあれば終了コード 3 で終わります"
                                "（推定で読んだ値も警告にします）"),
    json_out: Optional[Path] = typer.Option(None, "--json", help="結果を JSON でも書き出す"),
    roster: Optional[Path] = typer.Option(None, "--roster", help="提出予定の名簿（列: 県本部・単組。.xlsx か .csv）。"
                                          "使える種類: " + " / ".join(k.name for k in _CONSOLIDATED
                                                                  if k.consolidation.roster.takes_file)),
    password: Optional[str] = typer.Option(None, "--password", help="パスワード付きブックを開くパスワード"),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help="パスワードを書いたファイル"),
    timeout: float = typer.Option(60.0, "--timeout", help="1 ファイルの読み込みの制限時間（秒）"),
    corrections: Optional[Path] = typer.Option(None, "--corrections", help="前回の出力の「読み取り確認」シートに"
                                               "修正値を書き込んだブック（ファイルの SHA-256 と項目キーで適用します）"),
    since: Optional[Path] = typer.Option(None, "--since", help="前回の --json の結果。新しい提出・差し替え・新たな未提出を示します"),
) -> None:
    """提出ブックのフォルダを一括集約します（KIND: 報告書・アンケートなど、登録された種類）。"""
    from workbook_tools.app import consolidate as job

    if password_file:
        try:
            password = password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            _fail(WorkbookToolsError(f"パスワードファイルを読めません（{exc.strerror}）", file=str(password_file)))
    try:
        registry.get(kind, consolidating=True)
        from workbook_tools.app.progress import progress_bar

        from workbook_tools.io.outputs import preflight

        for target in (output, json_out) if json_out else (output,):
            preflight(target)  # an unwritable output fails now, not after reading every file
        own = job.own_outputs(output, json_out)
        files, _ = job.discover(folder, own) if folder.is_dir() else ([], [])
        with progress_bar(len(files), "読み込み中") as tick:
            batch = job.consolidate(kind, folder, year=year, jobs=jobs, password=password, roster=roster,
                                    timeout=timeout, progress=tick, corrections=corrections, since=since,
                                    exclude=own, strict=strict)
        out, side = job.write_workbook(batch, output, json_out)
    except WorkbookToolsError as exc:
        _fail(exc)
    _print_batch(batch, out, side)
    if strict and batch.has_warnings:
        typer.echo("--strict: 警告またはエラーがあります（「検証結果」シートを確認してください）", err=True)
        raise typer.Exit(3)


def _print_batch(batch, out: Path, side: Optional[Path]) -> None:
    c = batch.counts()
    typer.echo(f"{out} を書き出しました")
    typer.echo(f"ファイル {len(batch.records)} 件: " + " / ".join(f"{k} {v}" for k, v in c.items())
               + f" / 重複で除外 {batch.superseded}")
    if batch.roster_missing:
        typer.echo(f"未提出 {len(batch.roster_missing)} 件: {'、'.join(batch.roster_missing[:20])}"
                   + (" …" if len(batch.roster_missing) > 20 else ""))
    if side:
        typer.echo(f"32,767 文字を超える記入の全文: {side}")
    csv_side = out.with_name(out.stem + "_検証結果全件.csv")
    if csv_side.exists():
        typer.echo(f"シートに入りきらない検証結果の全件: {csv_side}")
    _print_round(batch, out)


def _print_round(batch, out: Path) -> None:
    from workbook_tools.app.consolidate import reminder_path
    from workbook_tools.forms.collection import RoundStatus

    if batch.tracking:
        counts = {s.value: sum(1 for t in batch.tracking if t.status == s) for s in RoundStatus}
        typer.echo("提出状況: " + " / ".join(f"{k} {v}" for k, v in counts.items())
                   + f"（督促リスト: {reminder_path(out)}）")
    fixed = sum(len(r.corrected) for r in batch.records)
    stale = [p for p in batch.problems if p.code.startswith("correction_") and p.code != "corrected"]
    if fixed or stale:
        typer.echo(f"手修正を {fixed} 件反映しました" + (f"（適用できなかった修正 {len(stale)} 件: 「検証結果」シート）"
                                                      if stale else ""))
    if batch.since is not None:
        typer.echo(f"前回からの変化 {len(batch.since)} 件")
        for what, who, detail in batch.since[:20]:
            typer.echo(f"  {what}: {who}（{detail}）")


@app.command("template")
def template(
    kind: str = typer.Argument(..., metavar="KIND", help=" / ".join(f"{k.name}（{k.label}）" for k in registry.kinds())
                               + " / all（すべて）"),
    output: Path = typer.Option(..., "-o", "--output", help="書き出すテンプレート（.xlsx）。--roster / --each のときはフォルダ"),
    year: Optional[int] = typer.Option(None, "--year", help="年度（省略時は今年度）"),
    password: Optional[str] = typer.Option(None, "--password", help="シート保護のパスワード（省略可）"),
    roster: Optional[Path] = typer.Option(None, "--roster", help="名簿（列: 県本部・単組、または県名。.xlsx か .csv）。"
                                          "提出元ごとに名前を記入・固定した様式を -o のフォルダに書き出します"),
    each: bool = typer.Option(False, "--each", help="名簿なしで提出元ごとの様式を作ります（報告書: 47 県本部）"),
) -> None:
    """配布用の標準テンプレートを作ります（--roster / --each: 提出元ごとの様式）。"""
    from workbook_tools.app.templates import write_personalised, write_template

    try:
        if roster is not None or each:
            paths = write_personalised(kind, output, roster=roster, year=year, password=password)
            typer.echo(f"{output} に提出元ごとの様式を {len(paths)} 件書き出しました")
            return
        path = write_template(kind, output, year=year, password=password)
    except (WorkbookToolsError, KeyError) as exc:
        _fail(exc)
    typer.echo(f"{path} を書き出しました")


@addin_app.command("build")
def addin_build(
    output: Path = typer.Option(Path("build") / "kyosai_tools.xlam", "-o", "--output", help="書き出すアドイン"),
) -> None:
    """xlwings のアドイン雛形から Excel アドイン（.xlam）を作ります（Excel は不要）。ワークシート関数の宣言も組み込みます。"""
    from workbook_tools.app.addin import build
    from workbook_tools.excel.udf_vba import addin_functions

    try:
        path = build(output, addin_functions)
    except WorkbookToolsError as exc:
        _fail(exc)
    typer.echo(f"{path} を書き出しました")


@addin_app.command("install")
def addin_install(
    addin: Path = typer.Option(Path("build") / "kyosai_tools.xlam", "--addin", help="配置するアドイン（なければ作ります）"),
    dest: Optional[Path] = typer.Option(None, "--dest", help="配置先フォルダ（省略時は Excel の XLSTART）"),
) -> None:
    """アドインを Excel が起動時に読み込む場所に置き、使う Python（venv・conda）を xlwings の設定に書きます。"""
    from workbook_tools.app.addin import build
    from workbook_tools.app.addin_install import install
    from workbook_tools.excel.udf_vba import addin_functions

    try:
        if not addin.exists():
            build(addin, addin_functions)
        _, notes = install(addin, startup=dest)
    except WorkbookToolsError as exc:
        _fail(exc)
    for line in notes:
        typer.echo(line)


@addin_app.command("status")
def addin_status(
    dest: Optional[Path] = typer.Option(None, "--dest", help="アドインの配置先フォルダ（省略時は Excel の XLSTART）"),
) -> None:
    """配置したアドイン・xlwings の設定・Excel が使う Python を表示します。"""
    from workbook_tools.app.addin_install import status

    try:
        lines = status(startup=dest)
    except WorkbookToolsError as exc:
        _fail(exc)
    for line in lines:
        typer.echo(line)


@addin_app.command("remove")
def addin_remove(
    dest: Optional[Path] = typer.Option(None, "--dest", help="アドインの配置先フォルダ（省略時は Excel の XLSTART）"),
) -> None:
    """配置したアドインと xlwings の設定ファイルを消します（Excel を閉じてから実行）。"""
    from workbook_tools.app.addin_install import remove

    try:
        notes = remove(startup=dest)
    except WorkbookToolsError as exc:
        _fail(exc)
    for line in notes:
        typer.echo(line)


@addin_app.command("selftest")
def addin_selftest(
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="報告のテキストファイル（省略時は一時フォルダ）"),
) -> None:
    """自己診断: 全ワークシート関数と各ボタンの処理を同梱の例で試し、1 ページの報告を書きます。不合格があれば終了コード 1。"""
    import tempfile

    import openpyxl

    from workbook_tools.excel.buttons import ribbon_actions
    from workbook_tools.excel.selftest import run_selftest
    from workbook_tools.excel.sheetio import FileSheetIO

    host = Path(tempfile.mkdtemp(prefix="kt_")) / "host.xlsx"
    openpyxl.Workbook().save(host)
    report = run_selftest(FileSheetIO(host), ribbon_actions(), report_path=output)
    typer.echo(report.text().replace("\r\n", "\n"))
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@app.command("demo")
def demo(
    out: Path = typer.Option(Path("out"), "--out", help="出力フォルダ"),
    examples: Path = typer.Option(Path("examples"), "--examples", help="サンプルデータのフォルダ"),
) -> None:
    """同梱のサンプルデータで全レポートを作り、out/ に書き出します。"""
    from workbook_tools.app.demo import run_demo

    try:
        for line in run_demo(examples, out):
            typer.echo(line)
    except WorkbookToolsError as exc:
        _fail(exc)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("中断しました", err=True)
        sys.exit(130)


__all__ = ["app", "main", "__version__"]
