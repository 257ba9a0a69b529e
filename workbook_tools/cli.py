"""Command line: `workbook-tools …` (click).  Thin: parses options, calls app/, prints
Japanese results.  Heavy libraries are imported inside the commands only; so is the registry
of kinds (help texts that list the kinds are functions, called when that help is shown)."""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Optional

import click
from click.exceptions import Exit

from workbook_tools import __version__
from workbook_tools.cli_ja import Arg, JaGroup, Opt
from workbook_tools.errors import WorkbookToolsError

option = partial(click.option, cls=Opt)
argument = partial(click.argument, cls=Arg)
PATH = click.Path(path_type=Path)  # checked by app/paths.py before any work, with Japanese reasons
_json_option = partial(option, "--json", "json_out", type=PATH)
_csv_option = option("--csv", "csv_dir", type=PATH,
                     help="一覧を CSV（UTF-8 BOM 付き、Excel でそのまま開けます）で書き出すフォルダ")
_pdf_option = option("--pdf", is_flag=True, help="印刷用の PDF も出力ブックの隣に作る（LibreOffice が必要）")


def _show_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"workbook-tools {__version__}")
        ctx.exit()


@click.group(cls=JaGroup, no_args_is_help=True,
             context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@option("--version", "-V", is_flag=True, callback=_show_version, is_eager=True, expose_value=False,
        help="バージョンを表示して終了します")
@option("--verbose", "-v", is_flag=True, help="処理の経過を詳しく表示します")
@option("--quiet", "-q", is_flag=True, help="結果の要約以外を表示しません（エラーは表示します）")
def app(verbose: bool, quiet: bool) -> None:
    """自治労 共済推進の集計ワークブックを再計算・集約し、配布用テンプレートを作るツールです。"""
    from workbook_tools.app.runlog import configure

    configure(verbose=verbose, quiet=quiet)


@click.group("grid", cls=JaGroup, no_args_is_help=True)
def grid_app() -> None:
    """加入拡大モデル単組グリッド（報告A）"""


@click.group("contracts", cls=JaGroup, no_args_is_help=True)
def contracts_app() -> None:
    """新契約件数 主要共済の実績（報告B）"""


@click.group("addin", cls=JaGroup, no_args_is_help=True)
def addin_app() -> None:
    """Excel アドイン（共済ツール タブ）"""


def _fail(exc: Exception, code: int = 2) -> None:
    click.echo(f"エラー: {exc}", err=True)
    raise Exit(code)


def _print_problems(problems, limit: int = 20) -> None:
    if not problems:
        return
    click.echo(f"チェック結果: {len(problems)} 件（出力ブックの「チェック」シートに全件あります）")
    for p in problems[:limit]:
        click.echo(f"  [{p.severity}] {p.where()}: {p.message}")
    if len(problems) > limit:
        click.echo(f"  …ほか {len(problems) - limit} 件")


def _write_pdf(workbooks: list[Path]) -> None:
    from workbook_tools.app.printing import export_pdf

    for pdf in export_pdf(workbooks):
        click.echo(f"{pdf} を書き出しました（PDF）")


@app.command("version")
def version() -> None:
    """バージョンと動作環境を表示します。"""
    from workbook_tools.app.diagnose import diagnose

    for k, v in diagnose().items():
        click.echo(f"{k}: {v}")


@grid_app.command("recompute")
@argument("input", type=PATH, help="HQ 様式のグリッド（.xlsx・.xls。他の県本部が打ち直した表も見出しの文字で読みます）")
@option("-o", "--output", type=PATH, required=True, help="出力ブック（入力は変更しません）")
@option("--sheet", help="読み込むシート名（省略時は見出しのあるシート）")
@option("--start-month", type=int, help="年度の開始月（6 または 5。省略時は見出しから判定）")
@option("--cutoff", help="締め月 YYYY-MM（省略時は「N月累計」見出しから判定）")
@option("--year", type=int, help="当年度（見出しに年度がないとき）")
@_json_option(help="単組別の結果・合計・まとめを JSON で書き出す（.json）")
@_csv_option
@_pdf_option
def grid_recompute(input: Path, output: Path, sheet: Optional[str], start_month: Optional[int], cutoff: Optional[str],
                   year: Optional[int], json_out: Optional[Path], csv_dir: Optional[Path], pdf: bool) -> None:
    """グリッドの累計・累積・前年比・達成率・残件数・合計・まとめを再計算します。"""
    from workbook_tools.app import grid as grid_job
    from workbook_tools.core.calendar import YearMonth

    if start_month not in (None, 5, 6):
        _fail(ValueError(f"--start-month は 6 か 5 で指定してください（{start_month}）"))
    _check_paths(input, output, json_out, csv_dir)
    try:
        cut = YearMonth.parse(cutoff) if cutoff else None
    except ValueError:
        _fail(ValueError(f"--cutoff は YYYY-MM で指定してください（{cutoff}）"))
    try:
        job = grid_job.recompute(input, sheet=sheet, start_month=start_month, cutoff=cut, fiscal_year=year,
                                 isolate=True)
        grid_job.write_grid_workbook(job, output, json_path=json_out)
        if csv_dir:
            _write_csv(job, csv_dir)
        if pdf:
            _write_pdf([output])
    except (WorkbookToolsError, ValueError) as exc:
        _fail(exc)
    s = job.result.summary
    rule = job.result.spec.rule
    click.echo(f"{output} を書き出しました（{job.result.spec.fiscal_year}年度・{job.result.spec.start_month}月開始・"
               f"締め {job.result.spec.cutoff.label()}）")
    click.echo(f"取組単組 {s.unions} 単組 / 目標 {s.target:,} 件 / 実績 {s.actual:,} 件 / "
               f"到達率 {rule.text(s.rate)} / 目標達成 {s.achievers} 単組")
    _print_problems(job.problems)


@contracts_app.command("recompute")
@argument("input", type=PATH, help="商品 × 県支部の目標・実績のブック（.xlsx・.xls。テンプレートの縦長の表、県支部×商品の表、"
                                  "商品ごと・県本部ごとのシートなどを見出しの文字で探します）")
@option("-o", "--output", type=PATH, required=True, help="出力ブック")
@option("--year", type=int, help="読む年度（前年度の列や行が今年度の横・上に残る表のとき。省略時はいちばん新しい年度）")
@_json_option(help="結果を JSON で書き出す（.json）")
@_csv_option
@_pdf_option
def contracts_recompute(input: Path, output: Path, year: Optional[int], json_out: Optional[Path],
                        csv_dir: Optional[Path], pdf: bool) -> None:
    """新契約件数（主要共済の実績）を商品ごとに集計し、HQ の様式で書き出します。"""
    from workbook_tools.app import contracts as job_mod

    _check_paths(input, output, json_out, csv_dir)
    try:
        job = job_mod.recompute(input, isolate=True, year=year)
        job_mod.write_workbook(job, output, json_out)
        if csv_dir:
            _write_csv(job, csv_dir)
        if pdf:
            _write_pdf([output])
    except WorkbookToolsError as exc:
        _fail(exc)
    click.echo(f"{output} を書き出しました（{len(job.result.products)} 商品）")
    for p in job.result.products:
        click.echo(f"  {p.product}: 目標 {p.target:,} / 実績 {p.actual:,} / 到達率 {job.result.rule.text(p.rate)} / "
                   f"目標達成 {len(p.achievers)} 県")
    _print_problems(job.problems)


@app.command("bundle")
@option("--contracts", type=PATH, required=True, help="報告B の入力（商品 × 県支部の目標・実績のブック .xlsx・.xls）")
@option("--grid", type=PATH, required=True,
        help="報告A の入力（HQ 様式のグリッド .xlsx）。6月開始・5月開始の両方を作ります")
@option("-o", "--output", type=PATH, required=True, help="実績報告分冊のブック（.xlsx）")
@option("--sheet", help="グリッドのシート名（省略時は見出しのあるシート）")
@option("--year", type=int, help="グリッドの当年度（見出しに年度がないとき）")
@_pdf_option
def bundle(contracts: Path, grid: Path, output: Path, sheet: Optional[str], year: Optional[int], pdf: bool) -> None:
    """実績報告分冊（報告B の表とグラフ、報告A の 6月開始・5月開始）を 1 冊のブックと PDF にまとめます。"""
    from workbook_tools.app.bundle import write_bundle

    try:
        path, problems = write_bundle(contracts, grid, output, sheet=sheet, year=year)
        click.echo(f"{path} を書き出しました（実績報告分冊）")
        if pdf:
            _write_pdf([path])
    except (WorkbookToolsError, ValueError) as exc:
        _fail(exc)
    _print_problems(problems)


def _kinds_help() -> str:
    from workbook_tools.forms.registry import consolidated

    return "集約する種類: " + " / ".join(f"{k.name}（{k.label} {k.title}）" for k in consolidated())


def _roster_help() -> str:
    from workbook_tools.forms.registry import consolidated

    return "提出予定の名簿（列: 県本部・単組。.xlsx か .csv）。使える種類: " + " / ".join(
        k.name for k in consolidated() if k.consolidation.roster.takes_file)


def _template_kinds_help() -> str:
    from workbook_tools.forms.registry import kinds

    return " / ".join(f"{k.name}（{k.label}）" for k in kinds()) + " / all（すべて）"


@app.command("consolidate", no_args_is_help=True)
@argument("kind", metavar="KIND", help=_kinds_help)
@argument("folder", type=PATH, help="提出されたブックのフォルダ（サブフォルダも読みます）")
@option("-o", "--output", type=PATH, required=True,
        help="集約結果のブック（.xlsx）。同じ名前の .log に処理の記録を残します")
@option("--year", type=int, help="年度（見出しの年の読み取りとテンプレートの年度確認に使います）")
@option("--jobs", type=click.IntRange(min=1), help="同時に読み込むプロセス数（省略時は CPU コア数）")
@option("--strict", is_flag=True, help="警告が 1 件でもあるとき（推定で読んだ値も警告にします）、"
        "ブックが 1 件もないとき、別の種類の様式があるときは終了コード 3 で終わります")
@_json_option(help="結果を JSON でも書き出す（.json）")
@option("--roster", type=PATH, help=_roster_help)
@option("--password", help="パスワード付きブックを開くパスワード")
@option("--password-file", type=PATH, help="パスワードを書いたファイル")
@option("--timeout", type=float, default=60.0, help="1 ファイルの読み込みの制限時間（秒）")
@option("--corrections", type=PATH, help="前回の出力の「読み取り確認」シートに"
        "修正値を書き込んだブック（ファイルの SHA-256 と項目キーで適用します）")
@option("--since", type=PATH, help="前回の --json の結果。新しい提出・差し替え・新たな未提出を示します")
@option("--include-inconsistent", is_flag=True,
        help="整合チェックに合わない回答（例: 採用者数 ≠ 加入者数の内訳）も合計・率・グラフに含める"
             "（既定では一覧にして除外し、全回答の表も並べます）")
@_pdf_option
@option("--max-memory", type=click.FloatRange(min=64), help=(
    "1 プロセスが使ってよいメモリ（MB、既定 1024）。超えたファイルは読み込みを中止して取込不可にします"))
@_csv_option
def consolidate(kind: str, folder: Path, output: Path, year: Optional[int], jobs: Optional[int], strict: bool,
                json_out: Optional[Path], roster: Optional[Path], password: Optional[str],
                password_file: Optional[Path], timeout: float, corrections: Optional[Path], since: Optional[Path],
                include_inconsistent: bool, pdf: bool, max_memory: Optional[float], csv_dir: Optional[Path]) -> None:
    """提出ブックのフォルダを一括集約します（KIND: 報告書・アンケートなど、登録された種類）。"""
    try:
        from workbook_tools.forms import registry

        takes_roster = registry.get(kind, consolidating=True).consolidation.roster.takes_file
    except WorkbookToolsError as exc:
        _fail(exc)
    # a roster the kind does not take is refused by the job itself, with its own message
    _check_paths(None, output, json_out, csv_dir, folder=folder,
                 extra=(roster if takes_roster else None, password_file, corrections, since))
    password = _read_password(password_file) if password_file else password
    batch, out, side = _run_consolidation(
        kind, folder, output, json_out, csv_dir,
        dict(year=year, jobs=jobs, password=password, roster=roster, timeout=timeout, corrections=corrections,
             since=since, strict=strict, max_memory_mb=max_memory),
        include_inconsistent=include_inconsistent, pdf=pdf)
    _print_batch(batch, out, side)
    _finish_batch(batch, strict)


def _run_consolidation(kind: str, folder: Path, output: Path, json_out: Optional[Path], csv_dir: Optional[Path],
                       options: dict, *, include_inconsistent: bool, pdf: bool):
    """Read the folder, write the workbook (+ JSON, CSV, PDF) and the log; (batch, workbook, side file)."""
    from workbook_tools.app import consolidate as job
    from workbook_tools.app.runlog import batch_log, log_batch, log_path

    from workbook_tools.app.progress import progress_bar
    from workbook_tools.io.outputs import preflight

    try:

        for target in (output, json_out) if json_out else (output,):
            preflight(target)  # an unwritable output fails now, not after reading every file
        own = job.own_outputs(output, json_out) + [log_path(output)]  # never read as submissions
        found = job.discover(folder, own) if folder.is_dir() else None
        with batch_log(output) as log, progress_bar(len(found[0]) if found else 0, "読み込み中") as tick:
            log.info("集約を始めます: %s（%s）→ %s", folder, kind, output)
            batch = job.consolidate(kind, folder, progress=tick, exclude=own, found=found, **options)
            out, side = job.write_workbook(batch, output, json_out, include_inconsistent=include_inconsistent)
            if csv_dir:
                _write_csv(batch, csv_dir)
            log_batch(log, batch)
        if pdf:
            _write_pdf([out])
    except WorkbookToolsError as exc:
        _fail(exc)
    return batch, out, side


def _read_password(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        _fail(WorkbookToolsError(f"パスワードファイルを読めません（{exc.strerror}）", file=str(path)))
    return ""


def _finish_batch(batch, strict: bool) -> None:
    """An empty folder or other forms are said plainly; under --strict they, and any warning, exit 3."""
    from workbook_tools.app.batchcheck import folder_trouble

    trouble = folder_trouble(batch)
    for line in trouble:
        click.echo(line, err=True)
    if strict and trouble:
        raise Exit(3)
    if strict and batch.has_warnings:
        click.echo("--strict: 警告またはエラーがあります（「検証結果」シートを確認してください）", err=True)
        raise Exit(3)


def _print_batch(batch, out: Path, side: Optional[Path]) -> None:
    c = batch.counts()
    click.echo(f"{out} を書き出しました")
    click.echo(f"ファイル {len(batch.records)} 件: " + " / ".join(f"{k} {v}" for k, v in c.items())
               + f" / 重複で除外 {batch.superseded}")
    if batch.roster_missing:
        click.echo(f"未提出 {len(batch.roster_missing)} 件: {'、'.join(batch.roster_missing[:20])}"
                   + (" …" if len(batch.roster_missing) > 20 else ""))
    if side:
        click.echo(f"32,767 文字を超える記入の全文: {side}")
    csv_side = out.with_name(out.stem + "_検証結果全件.csv")
    if csv_side.exists():
        click.echo(f"シートに入りきらない検証結果の全件: {csv_side}")
    _print_round(batch, out)


def _print_round(batch, out: Path) -> None:
    from workbook_tools.app.consolidate import reminder_path
    from workbook_tools.forms.collection import RoundStatus

    if batch.tracking:
        counts = {s.value: sum(1 for t in batch.tracking if t.status == s) for s in RoundStatus}
        click.echo("提出状況: " + " / ".join(f"{k} {v}" for k, v in counts.items())
                   + f"（督促リスト: {reminder_path(out)}）")
    fixed = sum(len(r.corrected) for r in batch.held())
    stale = [p for p in batch.problems if p.code.startswith("correction_") and p.code != "corrected"]
    if fixed or stale:
        click.echo(f"手修正を {fixed} 件反映しました" + (f"（適用できなかった修正 {len(stale)} 件: 「検証結果」シート）"
                                                      if stale else ""))
    if batch.since is not None:
        click.echo(f"前回からの変化 {len(batch.since)} 件")
        for what, who, detail in batch.since[:20]:
            click.echo(f"  {what}: {who}（{detail}）")


@app.command("template")
@argument("kind", metavar="KIND", help=_template_kinds_help)
@option("-o", "--output", type=PATH, required=True, help="書き出すテンプレート（.xlsx）。"
        "KIND が all のとき、--roster / --each のときは書き出すフォルダ")
@option("--year", type=int, help="年度（省略時は今年度）")
@option("--password", help="シート保護のパスワード（省略可）")
@option("--roster", type=PATH, help="名簿（列: 県本部・単組、または県名。.xlsx か .csv）。"
        "提出元ごとに名前を記入・固定した様式を -o のフォルダに書き出します")
@option("--each", is_flag=True, help="名簿なしで提出元ごとの様式を作ります（報告書: 47 県本部）")
@_pdf_option
def template(kind: str, output: Path, year: Optional[int], password: Optional[str], roster: Optional[Path],
             each: bool, pdf: bool) -> None:
    """配布用の標準テンプレートを作ります（all: 登録されたすべての種類、--roster / --each: 提出元ごとの様式）。"""
    from workbook_tools.app import paths as pathcheck
    from workbook_tools.app.templates import write_personalised, write_template, written_templates

    try:
        if roster is not None:
            pathcheck.existing_file(roster, "名簿")
        if kind == "all" or roster is not None or each:
            pathcheck.output_folder(output, [roster] if roster is not None else [])
        else:
            pathcheck.output_file(output, pathcheck.WORKBOOK)
        if roster is not None or each:
            paths = write_personalised(kind, output, roster=roster, year=year, password=password)
            click.echo(f"{output} に提出元ごとの様式を {len(paths)} 件書き出しました")
            return
        path = write_template(kind, output, year=year, password=password)
        if pdf:
            _write_pdf(written_templates(kind, path, year))
    except (WorkbookToolsError, KeyError) as exc:
        _fail(exc)
    click.echo(f"{path} を書き出しました")


ADDIN_DEFAULT = Path("dist-addin") / "kyosai_tools.xlam"


@addin_app.command("build")
@option("-o", "--output", type=PATH, default=ADDIN_DEFAULT,
        help="書き出すアドイン（.xlam。既定は今のフォルダの dist-addin/kyosai_tools.xlam）")
def addin_build(output: Path) -> None:
    """xlwings のアドイン雛形と同梱のリボン定義・VBA から Excel アドイン（.xlam）を作ります（Excel は不要）。ワークシート関数の宣言も組み込みます。"""
    from workbook_tools.app import paths
    from workbook_tools.app.addin import build
    from workbook_tools.excel.udf_vba import addin_functions

    try:
        if output == ADDIN_DEFAULT:
            output.parent.mkdir(exist_ok=True)
        paths.output_file(output, (".xlam",))
        path = build(output, addin_functions)
    except WorkbookToolsError as exc:
        _fail(exc)
    click.echo(f"{path} を書き出しました")


@addin_app.command("install")
@option("--addin", type=PATH, default=ADDIN_DEFAULT, help="配置するアドイン（既定の場所のものは、なければ・古ければ作ります）")
@option("--dest", type=PATH, help="配置先フォルダ（省略時は Excel の XLSTART）")
def addin_install(addin: Path, dest: Optional[Path]) -> None:
    """アドインを Excel が起動時に読み込む場所に置き、使う Python（venv・conda）を xlwings の設定に書きます。"""
    from workbook_tools.app.addin import build, is_current
    from workbook_tools.app.addin_install import install
    from workbook_tools.excel.udf_vba import addin_functions

    try:  # (the default one is made again when an earlier build was for another xlwings or workbook_tools)
        if not addin.exists() or addin == ADDIN_DEFAULT and not is_current(addin):
            addin.parent.mkdir(parents=True, exist_ok=True)
            build(addin, addin_functions)
        _, notes = install(addin, startup=dest)
    except WorkbookToolsError as exc:
        _fail(exc)
    for line in notes:
        click.echo(line)


@addin_app.command("status")
@option("--dest", type=PATH, help="アドインの配置先フォルダ（省略時は Excel の XLSTART）")
def addin_status(dest: Optional[Path]) -> None:
    """配置したアドイン・xlwings の設定・Excel が使う Python を表示します。"""
    from workbook_tools.app.addin_install import status

    _echo_lines(status, dest)


@addin_app.command("remove")
@option("--dest", type=PATH, help="アドインの配置先フォルダ（省略時は Excel の XLSTART）")
def addin_remove(dest: Optional[Path]) -> None:
    """配置したアドインと xlwings の設定ファイルを消します（Excel を閉じてから実行）。"""
    from workbook_tools.app.addin_install import remove

    _echo_lines(remove, dest)


def _echo_lines(action, dest: Optional[Path]) -> None:
    """Run an add-in action on the startup folder and print the lines it returns."""
    try:
        lines = action(startup=dest)
    except WorkbookToolsError as exc:
        _fail(exc)
    for line in lines:
        click.echo(line)


@addin_app.command("selftest")
@option("-o", "--output", type=PATH, help="報告のテキストファイル（省略時は一時フォルダ）")
def addin_selftest(output: Optional[Path]) -> None:
    """自己診断: 全ワークシート関数と各ボタンの処理を同梱の例で試し、1 ページの報告を書きます。不合格があれば終了コード 1。"""
    import tempfile

    import openpyxl

    from workbook_tools.excel.buttons import ribbon_actions
    from workbook_tools.excel.selftest import run_selftest
    from workbook_tools.excel.sheetio import FileSheetIO

    if output is not None:
        from workbook_tools.app import paths

        try:
            paths.output_file(output, (".txt",))
        except WorkbookToolsError as exc:
            _fail(exc)
    host = Path(tempfile.mkdtemp(prefix="kt_")) / "host.xlsx"
    openpyxl.Workbook().save(host)
    report = run_selftest(FileSheetIO(host), ribbon_actions(), report_path=output)
    click.echo(report.text().replace("\r\n", "\n"))
    click.echo(report.summary())
    raise Exit(0 if report.ok else 1)


@app.command("demo")
@option("--out", type=PATH, default=Path("out"), help="出力フォルダ")
@option("--examples", type=PATH, help="サンプルデータのフォルダ（省略時は同梱のもの）")
def demo(out: Path, examples: Optional[Path]) -> None:
    """同梱のサンプルデータで全レポートを作り、out/ に書き出します（どのフォルダからでも実行できます）。"""
    from workbook_tools.app import paths
    from workbook_tools.app.demo import EXAMPLES, run_demo

    try:
        src = paths.existing_folder(examples or EXAMPLES, "サンプルデータのフォルダ")
        paths.output_folder(out, [src])
        for line in run_demo(src, out):
            click.echo(line)
    except WorkbookToolsError as exc:
        _fail(exc)


def _check_paths(input: Optional[Path], output: Path, json_out: Optional[Path], csv_dir: Optional[Path],
                 folder: Optional[Path] = None, extra=()) -> None:
    """Every path option, before any work: inputs exist, outputs are not inputs and have the right extension."""
    from workbook_tools.app import paths

    try:
        inputs = [paths.existing_file(input)] if input is not None else []
        if folder is not None:
            inputs.append(paths.existing_folder(folder))
        inputs += [paths.existing_file(p) for p in extra if p is not None]
        paths.output_file(output, paths.WORKBOOK, inputs)
        if json_out is not None:
            paths.output_file(json_out, paths.JSON, inputs + [output], "JSON の出力ファイル", need_folder=False)
        if csv_dir is not None:
            paths.output_folder(csv_dir, inputs, "CSV の出力フォルダ", create=False)
    except WorkbookToolsError as exc:
        _fail(exc)


def _write_csv(job, folder: Path) -> None:
    from workbook_tools.app import paths
    from workbook_tools.app.tables import write_csv

    paths.output_folder(folder, (), "CSV の出力フォルダ")
    for path in write_csv(job, folder):
        click.echo(f"{path} を書き出しました")


# the groups come after the commands in `--help`, as they always have
app.add_command(grid_app)
app.add_command(contracts_app)
app.add_command(addin_app)


def main() -> None:
    from workbook_tools.cli_ja import run

    try:
        code = run(app)
    except KeyboardInterrupt:
        click.echo("中断しました", err=True)
        code = 130
    sys.exit(code)


__all__ = ["app", "main", "__version__"]
