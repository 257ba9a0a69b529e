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
    loaded = _loaded_after("from typer.testing import CliRunner; from workbook_tools.cli import app; "
                           "CliRunner().invoke(app, ['--help']); CliRunner().invoke(app, ['grid', 'recompute', '--help'])")
    assert not [m for m in HEAVY if m in loaded and m != "rich"]


def test_core_is_pure():
    loaded = _loaded_after("import workbook_tools.core.grid, workbook_tools.core.contracts, "
                           "workbook_tools.core.normalize, workbook_tools.core.prefectures")
    assert not [m for m in HEAVY + ["typer", "workbook_tools.io", "workbook_tools.app"] if m in loaded]
