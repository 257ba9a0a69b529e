"""バージョン・診断: what is installed, for support calls."""
from __future__ import annotations

import platform
import sys
from importlib import metadata

from workbook_tools import __version__

_PACKAGES = ["openpyxl", "XlsxWriter", "python-calamine", "defusedxml", "msoffcrypto-tool", "click", "tqdm",
             "xlwings"]


def diagnose() -> dict[str, str]:
    info = {"workbook-tools": __version__, "Python": sys.version.split()[0],
            "OS": f"{platform.system()} {platform.release()}"}
    for name in _PACKAGES:
        try:
            info[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info[name] = "（未インストール）"
    try:
        import defusedxml  # noqa: F401 - only its presence matters

        info["XML 爆弾対策 (defusedxml)"] = "有効"
    except ImportError:  # pragma: no cover
        info["XML 爆弾対策 (defusedxml)"] = "無効: pip install defusedxml が必要です"
    return info
