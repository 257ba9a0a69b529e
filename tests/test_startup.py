"""Start-up stays light: the CLI and the core import no heavy library."""
import subprocess
import sys

HEAVY = ["openpyxl", "xlsxwriter", "python_calamine", "pandas", "numpy", "xlwings", "msoffcrypto", "rich"]


def _loaded_after(stmt: str) -> set[str]:
    code = f"import sys; {stmt}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_cli_import_is_light():
    loaded = _loaded_after("import workbook_tools.cli")
    assert not [m for m in HEAVY if m in loaded]


def test_help_does_not_import_heavy_libraries():
    loaded = _loaded_after("from click.testing import CliRunner; from workbook_tools.cli import app; "
                           "CliRunner().invoke(app, ['--help']); CliRunner().invoke(app, ['grid', 'recompute', '--help'])")
    assert not [m for m in HEAVY if m in loaded]


def test_core_is_pure():
    loaded = _loaded_after("import workbook_tools.core.grid, workbook_tools.core.contracts, "
                           "workbook_tools.core.normalize, workbook_tools.core.prefectures")
    assert not [m for m in HEAVY + ["click", "workbook_tools.io", "workbook_tools.app"] if m in loaded]


def _help_modules(*argv: str) -> set[str]:
    """Modules loaded by the real console entry point answering `… --help` (sys.exit caught)."""
    code = ("import sys\nfrom workbook_tools.cli import main\n"
            f"sys.argv = ['workbook-tools', *{list(argv)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "sys.stdout = sys.__stderr__\nprint(' '.join(sorted(sys.modules)), file=sys.__stderr__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "使い方:" in out.stdout
    return set(out.stderr.split())


def test_commands_that_list_no_kinds_do_not_load_the_registry():
    """The registry of kinds (every form definition) is for consolidate / template and their help only."""
    for argv in (["grid", "recompute", "--help"], ["--help"], ["addin", "build", "--help"]):
        assert "workbook_tools.forms.registry" not in _help_modules(*argv), argv
    assert "workbook_tools.forms.registry" in _help_modules("consolidate", "--help")


def test_listing_the_kinds_loads_no_form_definition():
    """template --help lists every kind by its name and label: the form modules (~70 ms of class definitions)
    load only when a kind's definition is used.  consolidate --help names the kinds that take a roster, which
    is their consolidation's rule: it loads those (report, survey) and still not the grid's or Report B's."""
    forms = {"workbook_tools.forms.model", "workbook_tools.forms.grid", "workbook_tools.forms.contracts",
             "workbook_tools.forms.report", "workbook_tools.forms.survey", "workbook_tools.forms.consolidation"}
    loaded = _help_modules("template", "--help")
    assert "workbook_tools.forms.registry" in loaded and not forms & loaded
    loaded = _help_modules("consolidate", "--help")
    assert {"workbook_tools.forms.survey", "workbook_tools.forms.report"} <= loaded
    assert not {"workbook_tools.forms.grid", "workbook_tools.forms.contracts"} & loaded


def test_subcommand_help_does_not_import_pydantic():
    for argv in (["grid", "recompute", "--help"], ["version", "--help"], ["addin", "--help"], ["consolidate", "-h"]):
        assert "pydantic" not in _help_modules(*argv), argv


def test_a_real_run_imports_no_typer_stack(tmp_path):
    """typer built a pydantic TypeAdapter per option on every run (~0.1 s); the CLI is plain click now."""
    from conftest import ROOT

    grid = ROOT / "workbook_tools" / "examples" / "grid" / "加入拡大モデル単組_6月開始.xlsx"
    code = ("import sys\nfrom workbook_tools.cli import main\n"
            f"sys.argv = ['workbook-tools', '-q', 'grid', 'recompute', {str(grid)!r}, '-o', {str(tmp_path / 'o.xlsx')!r}]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
            "print(' '.join(sorted(sys.modules)), file=sys.__stderr__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stderr.split())
    assert (tmp_path / "o.xlsx").exists() and "click" in loaded and "xlsxwriter" in loaded  # it did run
    assert not [m for m in ("typer", "pydantic", "rich", "shellingham") if m in loaded]


def test_running_a_command_still_validates_its_options(tmp_path):
    code = ("import sys\nfrom workbook_tools.cli import main\n"
            f"sys.argv = ['workbook-tools', 'grid', 'recompute', {str(tmp_path / 'x.xlsx')!r}, '-o', "
            f"{str(tmp_path / 'o.xlsx')!r}, '--start-month', '13']\nmain()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2 and "--start-month" in out.stderr and "6 か 5" in out.stderr, out.stderr
